#pragma once

#include "net/replayrequest.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTimer;

namespace pbw::ui {

class CatchSession;
class CaughtDetails;
class ListenerForm;

// The Catch tab: a listener for the callbacks the tracker really fires. Where it listens, the URL
// to give the tracker (the partner's template with the partner's address replaced), the answer the
// tracker gets (a partner's documented success or refusal), and every callback as it comes, judged
// against the template: its raw request, its findings, saved to the case, opened in Replay.
class CatchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CatchPanel(CatchSession* session, QWidget* parent = nullptr);

    CatchSession* session() const { return m_session; }
    ListenerForm* listenerForm() const { return m_form; }
    bool isListening() const;

    void start();
    void stop();
    void startOrStop(); // Ctrl+Enter
    void focusTemplate(); // Ctrl+L
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

signals:
    void openInReplay(const pbw::ReplayRequest& request);
    void statusMessage(const QString& text);
    void listeningChanged(bool listening);
    void settingsChanged(); // a choice to keep: where it listens, the answer, the template pasted

protected:
    void changeEvent(QEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void retranslate();
    void fitHeaders();
    void fillAnswers();
    void showListening();
    void showCounts();
    void showCase();
    void showSelected();
    void templateEdited();
    void updateButtons();
    QList<int> selectedRows() const;
    void saveSelected();
    void openSelected();

    CatchSession* m_session;
    ListenerForm* m_form;
    QPushButton* m_start;
    QLabel* m_state;
    QLabel* m_urlLabel;
    QLineEdit* m_trackerUrl;
    QPushButton* m_copy;
    QLabel* m_templateLabel;
    QLineEdit* m_template;
    QPushButton* m_caseTemplate;
    QLabel* m_templateSource;
    QLabel* m_answerLabel;
    QComboBox* m_answer;
    QLabel* m_answerBody;
    QCheckBox* m_saveEach;
    QLabel* m_counts;
    QTableView* m_table;
    CaughtDetails* m_details;
    QSplitter* m_split;
    QPushButton* m_save;
    QPushButton* m_openReplay;
    QPushButton* m_clear;
    QTimer* m_countsTimer; // the counters redrawn a few times a second, not once per request
    QTimer* m_templateTimer;
    QString m_shownCaseTemplate; // the case's template when it was last read
    bool m_followEnd = true; // new rows scroll into view while the view shows the last one
};

} // namespace pbw::ui
