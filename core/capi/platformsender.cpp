#include "capi/platformsender.h"

namespace pbw {

PlatformSender::PlatformSender(QObject* parent)
    : QObject(parent)
    , m_replayer(new Replayer(this))
{
    connect(m_replayer, &Replayer::finished, this, [this](Replayer::Id id, const Exchange& exchange) {
        if (id != m_running)
            return;
        m_running = 0;
        const ConversionPlatform* platform = conversionPlatform(m_platform);
        PlatformAnswer answer;
        if (platform)
            answer = readPlatformAnswer(*platform, exchange, m_eventCount, m_test);
        emit finished(exchange, answer);
    });
}

std::optional<QString> PlatformSender::send(const ConversionPlatform& platform, const QList<CapiEvent>& events,
                                            const PlatformSend& send)
{
    if (m_running)
        m_replayer->cancel(m_running);
    const auto request = buildPlatformRequest(platform, events, send);
    if (!request)
        return request.error().message;
    const auto started = m_replayer->send(request.value());
    if (!started)
        return started.error().message();
    m_running = started.value();
    m_platform = platform.id;
    m_eventCount = int(events.size());
    m_test = send.test;
    return std::nullopt;
}

void PlatformSender::cancel()
{
    if (m_running)
        m_replayer->cancel(m_running);
}

} // namespace pbw
