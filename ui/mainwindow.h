#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QSettings;
class QTabWidget;

namespace pbw::ui {

class ReplayPanel;
class TemplateDiffPanel;

// Tabs for the panels, menus, status bar; remembers its geometry, tab, language and last request.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings: where state is kept (the user's config file; a temporary file in tests).
    explicit MainWindow(QSettings* settings, QWidget* parent = nullptr);

    ReplayPanel* replayPanel() const { return m_replay; }
    TemplateDiffPanel* templateDiffPanel() const { return m_templateDiff; }
    void setLanguage(const QString& code); // "", "en" or "ru"

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void restore();
    void save();
    void showAbout();

    QSettings* m_settings;
    QTabWidget* m_tabs;
    ReplayPanel* m_replay;
    TemplateDiffPanel* m_templateDiff;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_send = nullptr;
    QAction* m_cancel = nullptr;
    QAction* m_copyCurl = nullptr;
    QAction* m_copyResponse = nullptr;
    QAction* m_saveBody = nullptr;
    QAction* m_replayTab = nullptr;
    QAction* m_templateDiffTab = nullptr;
    QAction* m_systemLanguage = nullptr;
    QAction* m_english = nullptr;
    QAction* m_russian = nullptr;
    QAction* m_about = nullptr;
    QActionGroup* m_languages = nullptr;
};

} // namespace pbw::ui
