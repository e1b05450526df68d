#include "loggedanswer.h"

namespace pbw::batch {

std::optional<TransportError> loggedTransportFailure(QByteArrayView text)
{
    const QByteArray lower = text.trimmed().toByteArray().toLower();
    if (lower.isEmpty() || lower.size() > 300)
        return std::nullopt;
    struct Word
    {
        const char* text;
        TransportError::Layer layer;
    };
    // The words senders write (curl's, Qt's, Go's and PHP's messages, trackers' short forms).
    static constexpr Word words[] = {
        {"timeout", TransportError::Layer::Timeout},
        {"timed out", TransportError::Layer::Timeout},
        {"could not resolve", TransportError::Layer::Dns},
        {"name or service not known", TransportError::Layer::Dns},
        {"no such host", TransportError::Layer::Dns},
        {"nxdomain", TransportError::Layer::Dns},
        {"host not found", TransportError::Layer::Dns},
        {"connection refused", TransportError::Layer::Connect},
        {"econnrefused", TransportError::Layer::Connect},
        {"network is unreachable", TransportError::Layer::Connect},
        {"failed to connect", TransportError::Layer::Connect},
        {"ssl", TransportError::Layer::Tls},
        {"tls", TransportError::Layer::Tls},
        {"certificate", TransportError::Layer::Tls},
        {"connection reset", TransportError::Layer::Reset},
        {"econnreset", TransportError::Layer::Reset},
        {"empty reply", TransportError::Layer::Reset},
        {"broken pipe", TransportError::Layer::Reset},
        {"too many redirects", TransportError::Layer::RedirectLoop},
    };
    for (const Word& word : words) {
        if (lower.contains(word.text))
            return TransportError{word.layer, QString::fromUtf8(text.trimmed())};
    }
    return std::nullopt;
}

ReceivedResponse loggedResponse(int status, QByteArrayView body)
{
    ReceivedResponse response;
    response.status = status;
    response.body = body.toByteArray();
    response.bodySize = response.body.size();
    response.text = QString::fromUtf8(body);
    return response;
}

} // namespace pbw::batch
