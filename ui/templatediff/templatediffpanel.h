#pragma once

#include "analysis/comparison.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace pbw::ui {

class ComparisonView;

// The Template diff tab: the partner's template (or the failing callback) beside the real (or the
// corrected) one, analysed as the user types, off the GUI thread.
class TemplateDiffPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateDiffPanel(QWidget* parent = nullptr);

    void setTexts(const QString& left, const QString& right);
    void setMode(Comparison::Mode mode);
    const Comparison& comparison() const { return m_comparison; }
    void setCaseOpen(bool open); // "Save to case" is offered only with a case open
    void sendCorrected(); // Ctrl+Enter: the right-hand callback goes to Replay, when it is one
    void focusFirst(); // Ctrl+L

signals:
    void sendToReplay(const pbw::ReplayRequest& request);
    void statusMessage(const QString& message);
    // "Save to case": template mode keeps the left side as the approved template; the other mode
    // keeps both callbacks in a note.
    void saveToCase(pbw::Comparison::Mode mode, const QString& left, const QString& right);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateSaveButton();
    void retranslate();
    void scheduleAnalysis();
    void analyse();
    void showComparison();
    void highlight(Comparison::Side side, int offset, int length);
    void send(Comparison::Side side);

    QComboBox* m_mode;
    QLabel* m_modeLabel;
    QLabel* m_leftLabel;
    QLabel* m_rightLabel;
    QPlainTextEdit* m_left;
    QPlainTextEdit* m_right;
    QPushButton* m_sendLeft;
    QPushButton* m_sendRight;
    QPushButton* m_saveToCase;
    ComparisonView* m_view;
    QTimer* m_debounce;
    QFutureWatcher<Comparison> m_watcher;
    Comparison m_comparison;
    bool m_rerun = false; // the text changed while an analysis was running
    bool m_caseOpen = false;
    bool m_saved = false; // what the two sides hold now is in the case already
};

} // namespace pbw::ui
