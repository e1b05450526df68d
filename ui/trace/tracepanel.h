#pragma once

#include "net/useragents.h"
#include "trace/paramtimeline.h"
#include "trace/tracer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableWidget;
class QTabWidget;

namespace pbw::ui {

class ExtractorView;
class LinkBuilderView;
class TimelineGrid;

// The Redirect trace tab: follow a click URL hop by hop with a chosen user agent, see where each
// click ID appears, changes or is lost; the click-ID extractor and the link builder with its QA
// click. It asks the core's Tracer; it never holds a network reply.
class TracePanel : public QWidget
{
    Q_OBJECT

public:
    // tracer: the program's one (AppServices); a panel made alone makes its own.
    explicit TracePanel(QWidget* parent = nullptr, Tracer* tracer = nullptr);

    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);
    // The user's own user agents (after the shipped presets) and the proxy the settings give.
    void setPreferences(const QList<UserAgentPreset>& userAgents, const QString& proxy);
    void focusUrl(); // Ctrl+L
    bool isBusy() const { return m_running != 0; }
    const ClickTrace& lastTrace() const { return m_result; }
    void setCaseOpen(bool open);

public slots:
    void trace();
    void cancel();
    void traceUrl(const QString& url, const QString& qaParam = {}, const QString& qaValue = {});

signals:
    void statusMessage(const QString& message);
    // Keep the trace in the open case: its hops as the reference click, its story as a note (with
    // what became of the QA click, when one was put into the link).
    void saveToCase(const pbw::ClickTrace& trace, const QString& qaParam, const QString& qaValue);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillUserAgents();
    void onHop(Tracer::Id id, const TraceHop& hop);
    void onFinished(Tracer::Id id, const ClickTrace& trace);
    void showResult(const ClickTrace& trace);
    void addHopRow(const TraceHop& hop);
    void showHop(int row);
    void setBusy(bool busy);
    QString qaVerdict() const;

    Tracer* m_tracer;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_uaLabel;
    QComboBox* m_ua;
    QLabel* m_proxyLabel;
    QLineEdit* m_proxy;
    QPushButton* m_trace;
    QPushButton* m_cancel;
    QPushButton* m_save;
    QProgressBar* m_busy;
    QLabel* m_headline;
    QTableWidget* m_hops;
    TimelineGrid* m_timeline;
    QTabWidget* m_tools;
    QPlainTextEdit* m_hopDetails;
    ExtractorView* m_extractor;
    LinkBuilderView* m_builder;
    Tracer::Id m_running = 0;
    ClickTrace m_result;
    QList<ParamTimeline> m_timelines;
    QString m_qaParam;
    QString m_qaValue;
    bool m_caseOpen = false;
    // The trace shown was saved: the button stays off until another one is traced, so a Space or
    // Enter on the focused button does not save the same hops again.
    bool m_saved = false;
    void updateSave();
    QList<UserAgentPreset> m_userAgents;
    QString m_defaultProxy;
};

} // namespace pbw::ui
