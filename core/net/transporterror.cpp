#include "net/transporterror.h"

namespace pbw {

QString TransportError::layerKey(Layer layer)
{
    switch (layer) {
    case Layer::Dns:
        return QStringLiteral("dns");
    case Layer::Connect:
        return QStringLiteral("connect");
    case Layer::Tls:
        return QStringLiteral("tls");
    case Layer::Timeout:
        return QStringLiteral("timeout");
    case Layer::Reset:
        return QStringLiteral("reset");
    case Layer::RedirectLoop: // reported as "other" with its own message: the key set is a contract
    case Layer::Cancelled:
    case Layer::Other:
        break;
    }
    return QStringLiteral("other");
}

QString TransportError::kindKey(Layer layer)
{
    switch (layer) {
    case Layer::RedirectLoop:
        return QStringLiteral("redirect_loop");
    case Layer::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return layerKey(layer);
    }
}

TransportError::Layer TransportError::layerFromKindKey(const QString& key)
{
    for (int layer = 0; layer <= int(Layer::Other); ++layer) {
        if (kindKey(Layer(layer)) == key)
            return Layer(layer);
    }
    return Layer::Other;
}

QString TransportError::layerName() const
{
    switch (layer) {
    case Layer::Dns:
        return tr("DNS");
    case Layer::Connect:
        return tr("Connection");
    case Layer::Tls:
        return tr("TLS");
    case Layer::Timeout:
        return tr("Timeout");
    case Layer::Reset:
        return tr("Connection reset");
    case Layer::RedirectLoop:
        return tr("Redirects");
    case Layer::Cancelled:
        return tr("Cancelled");
    case Layer::Other:
        break;
    }
    return tr("Other");
}

QString TransportError::message() const
{
    switch (layer) {
    case Layer::Dns:
        return tr("The host name could not be resolved: check the domain in the URL.");
    case Layer::Connect:
        return tr("The server refused the connection or could not be reached: check the host and port, "
                  "and whether the server is up.");
    case Layer::Tls:
        return tr("The secure (TLS) connection failed: the server's certificate is not trusted or the "
                  "handshake was refused.");
    case Layer::Timeout:
        return tr("The server did not answer in time.");
    case Layer::Reset:
        return tr("The server closed the connection before the answer was complete.");
    case Layer::RedirectLoop:
        return tr("The server kept redirecting (a redirect loop, or too many hops), or redirected from "
                  "https to http.");
    case Layer::Cancelled:
        return tr("The request was cancelled before an answer came back.");
    case Layer::Other:
        break;
    }
    return tr("The request failed before any HTTP answer came back.");
}

} // namespace pbw
