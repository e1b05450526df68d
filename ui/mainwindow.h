#pragma once

#include "appservices.h"
#include "settings/preferences.h"
#include "trace/tracer.h"

#include <QHash>
#include <QMainWindow>
#include <functional>

class QAction;
class QActionGroup;
class QMenu;
class QSettings;
class QTabWidget;

namespace pbw::ui {

class BatchPanel;
class CapiPanel;
class CasePanel;
class CaseSession;
class CaseTransfer;
class CasesDock;
class CatchPanel;
class ReplayPanel;
class TemplateDiffPanel;
class TracePanel;

// Tabs for the panels, menus, status bar; remembers its geometry, tab, language and last request.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // services: the settings file, the keychain store and the network, made once in main.
    explicit MainWindow(const AppServices& services, QWidget* parent = nullptr);
    // settings: where state is kept (a temporary file in tests); the rest is made for this window.
    explicit MainWindow(QSettings* settings, QWidget* parent = nullptr);

    ReplayPanel* replayPanel() const { return m_replay; }
    TemplateDiffPanel* templateDiffPanel() const { return m_templateDiff; }
    CasePanel* casePanel() const { return m_case; }
    CapiPanel* capiPanel() const { return m_capi; }
    BatchPanel* batchPanel() const { return m_batch; }
    TracePanel* tracePanel() const { return m_tracePanel; }
    CatchPanel* catchPanel() const { return m_catch; }
    CasesDock* casesDock() const { return m_casesDock; }
    CaseSession* caseSession() const { return m_session; }
    CaseTransfer* caseTransfer() const { return m_transfer; }
    void setLanguage(const QString& code); // "", "en" or "ru"
    // Keeps and applies what the Settings dialog gives: language, defaults for new requests, user
    // agents, secret names, the case store (opened again when it moved) and the Graph API version.
    void applyPreferences(const Preferences& preferences);
    const Preferences& preferences() const { return m_preferences; }

    // What the window's keys do, on whichever tab is shown.
    enum Tab { ReplayTab, TemplateDiffTab, TraceTab, CapiTab, CaseTab, BatchTab };
    void showTab(Tab tab);
    void sendInCurrentTab(); // Ctrl+Enter
    void cancelInCurrentTab(); // Esc
    void focusAddress(); // Ctrl+L
    void showSettings();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void restore();
    void save();
    void updateTabActions();
    struct TabKeys
    {
        QString sendText;
        QString cancelText; // empty: nothing to cancel here
        std::function<void()> send, cancel, focus;
    };
    TabKeys keysOf(QWidget* tab) const;
    void saveSplitters();
    void restoreSplitters();
    void showAbout();
    void openStore();
    void showCase(qint64 id);
    void reopenStored(qint64 exchangeId);
    void saveToCase(int mode, const QString& left, const QString& right);
    void saveTrace(const pbw::ClickTrace& trace, const QString& qaParam, const QString& qaValue);
    void addCatchTab();
    void retranslateCatchTab();

    QSettings* m_settings;
    AppServices m_services;
    Preferences m_preferences;
    QAction* m_settingsAction = nullptr;
    QAction* m_focusAddress = nullptr;
    QAction* m_guide = nullptr;
    bool m_splittersRestored = false;
    QHash<QObject*, QByteArray> m_splitterStates; // restored when a tab's splitter is first shown
    CaseTransfer* m_transfer = nullptr;
    CaseSession* m_session;
    QTabWidget* m_tabs;
    ReplayPanel* m_replay;
    TemplateDiffPanel* m_templateDiff;
    TracePanel* m_tracePanel;
    CasePanel* m_case;
    CapiPanel* m_capi;
    BatchPanel* m_batch = nullptr;
    CasesDock* m_casesDock;
    CatchPanel* m_catch = nullptr;
    QAction* m_catchTab = nullptr;
    QAction* m_caseTab = nullptr;
    QAction* m_batchTab = nullptr;
    QAction* m_capiTab = nullptr;
    QAction* m_traceTab = nullptr;
    QAction* m_toggleCases = nullptr;
    QAction* m_undoDelete = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_exportCase = nullptr;
    QAction* m_import = nullptr;
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
