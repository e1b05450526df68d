#include "capi/capisender.h"

namespace pbw {

CapiSender::CapiSender(QObject* parent)
    : QObject(parent)
    , m_replayer(new Replayer(this))
{
    connect(m_replayer, &Replayer::finished, this, [this](Replayer::Id id, const Exchange& exchange) {
        if (id != m_running)
            return;
        m_running = 0;
        emit finished(exchange, readCapiAnswer(exchange, m_eventCount));
    });
}

std::optional<QString> CapiSender::send(const QList<CapiEvent>& prepared, const CapiSend& send)
{
    if (m_running)
        m_replayer->cancel(m_running);
    const auto request = buildCapiRequest(prepared, send);
    if (!request)
        return request.error().message;
    const auto started = m_replayer->send(request.value());
    if (!started)
        return started.error().message();
    m_running = started.value();
    m_eventCount = int(prepared.size());
    return std::nullopt;
}

void CapiSender::cancel()
{
    if (m_running)
        m_replayer->cancel(m_running); // finished still comes, with the cancellation as its error
}

} // namespace pbw
