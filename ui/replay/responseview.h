#pragma once

#include "analysis/verdict.h"
#include "net/exchange.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace pbw::ui {

class VerdictView;

// The answer side of the Replay panel: a status badge that never relies on colour alone, the
// verdict (what the partner most likely did with the callback) with its evidence marked in the body, the
// body as text (JSON and XML indented, HTML as source, binary as hex), headers, the request as
// it was sent, timings and TLS facts, or the transport error in plain words.
class ResponseView : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseView(QWidget* parent = nullptr);

    void showBusy();
    void showExchange(const Exchange& exchange);
    void clear();
    const std::optional<Exchange>& exchange() const { return m_exchange; }
    const std::optional<Verdict>& verdict() const { return m_verdictValue; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void render();
    void highlightEvidence(const QString& shown, const ReceivedResponse& response);

    QLabel* m_badge;
    QLabel* m_summary;
    QLabel* m_explanation;
    VerdictView* m_verdict;
    QTabWidget* m_tabs;
    QLabel* m_bodyInfo;
    QPlainTextEdit* m_body;
    QTableWidget* m_headers;
    QPlainTextEdit* m_sent;
    QPlainTextEdit* m_details;
    std::optional<Exchange> m_exchange;
    std::optional<Verdict> m_verdictValue; // judged again on a language change, so its words follow
    bool m_busy = false;
};

} // namespace pbw::ui
