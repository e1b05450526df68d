#pragma once

// The GUI tests' window set-up, written once. A test class derives from it beside QObject:
//
//   class TestSomething : public QObject, protected pbw::test::WindowFixture
//
//   initTestCase: useTestPaths({1180, 760});     no user's own settings, data or cache; window size
//   init:         newSettings(); QVERIFY(openWindow());
//   cleanup:      closeWindow();
//
// Tests reach the window, its settings and the temporary folder as m_window, m_settings, m_dir.
#include "i18n/language.h"
#include "mainwindow.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace pbw::test {

class WindowFixture
{
protected:
    // For initTestCase. QStandardPaths in test mode: nothing the program writes or reads through it
    // (its own QSettings, data, cache) is the user's. Windows opened later get `windowSize` (an
    // empty size keeps the window's own); `activate` also makes each one the active window, for tests
    // that press keys.
    void useTestPaths(QSize windowSize = {}, bool activate = false)
    {
        QStandardPaths::setTestModeEnabled(true);
        m_windowSize = windowSize;
        m_activate = activate;
    }

    // Every test starts in English, whatever the one before switched to.
    static void resetLanguage() { Language::apply(QStringLiteral("en")); }

    // English, and new settings in the temporary folder with the case store beside them. Returns the
    // store's path.
    QString newSettings(const QString& settingsFile = QStringLiteral("settings.ini"),
                        const QString& storeFile = QStringLiteral("cases.sqlite"))
    {
        resetLanguage();
        const QString store = m_dir.filePath(storeFile);
        m_settings = std::make_unique<QSettings>(m_dir.filePath(settingsFile), QSettings::IniFormat);
        m_settings->setValue(QStringLiteral("cases/store"), store);
        return store;
    }

    // A new main window on m_settings, shown (and active when asked); the test fails when it is not.
    bool openWindow()
    {
        m_window = std::make_unique<ui::MainWindow>(m_settings.get());
        if (m_windowSize.isValid())
            m_window->resize(m_windowSize);
        m_window->show();
        if (!QTest::qVerify(QTest::qWaitForWindowExposed(m_window.get()), "the window is exposed", "", __FILE__,
                            __LINE__))
            return false;
        if (!m_activate)
            return true;
        m_window->activateWindow();
        return QTest::qVerify(QTest::qWaitFor([this] { return m_window->isActiveWindow(); }), "the window is active",
                              "", __FILE__, __LINE__);
    }

    // For cleanup: the window closed, the settings dropped and their file removed.
    void closeWindow()
    {
        m_window.reset();
        if (!m_settings)
            return;
        const QString file = m_settings->fileName();
        m_settings.reset();
        QFile::remove(file);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;

private:
    QSize m_windowSize;
    bool m_activate = false;
};

} // namespace pbw::test
