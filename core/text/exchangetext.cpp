#include "text/exchangetext.h"

#include "text/timetext.h"

#include <QCoreApplication>
#include <QLocale>

namespace pbw {

namespace {

// The translation context of this file's messages.
class ExchangeText
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeText)
};

void appendHeaders(QStringList& lines, const HeaderList& headers)
{
    for (const auto& [name, value] : headers)
        lines.append(QStringLiteral("  ") + QString::fromLatin1(name) + QStringLiteral(": ")
                     + QString::fromUtf8(value));
}

QString indented(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        out.append(QStringLiteral("  ") + line);
    return out.join(QLatin1Char('\n'));
}

} // namespace

QString formatMs(double ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    return QLocale().toString(ms, 'f', ms < 10 ? 2 : ms < 100 ? 1 : 0);
}

QString formatByteSize(qint64 bytes)
{
    if (bytes < 1024)
        return ExchangeText::tr("%1 bytes").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString exchangeAsText(const Exchange& exchange, int bodyPreviewChars)
{
    const SentRequest& request = exchange.request;
    QStringList lines;
    lines.append(ExchangeText::tr("Sent: %1 %2").arg(QString::fromLatin1(request.method), request.url));
    if (!exchange.notes.isEmpty()) {
        lines.append(ExchangeText::tr("Sent differently from what you typed:"));
        for (const WireNote& note : exchange.notes)
            lines.append(QStringLiteral("  • ") + note.text());
    }
    lines.append(ExchangeText::tr("Request line: %1 %2")
                     .arg(QString::fromLatin1(request.method), QString::fromLatin1(request.target)));
    appendHeaders(lines, request.headers);
    if (!request.body.isEmpty())
        lines.append(ExchangeText::tr("Request body (%1):").arg(formatByteSize(request.body.size())) + QLatin1Char('\n')
                     + indented(QString::fromUtf8(request.body.left(bodyPreviewChars * 4)).left(bodyPreviewChars)));
    if (exchange.tls) {
        const TlsInfo& tls = *exchange.tls;
        // A handshake that failed has no protocol or cipher: say so rather than print empty fields.
        QString line = tls.protocol.isEmpty() ? ExchangeText::tr("TLS: the handshake did not complete")
                                              : ExchangeText::tr("TLS: %1, %2").arg(tls.protocol, tls.cipher);
        if (tls.peer)
            line += ExchangeText::tr(", certificate for \"%1\" issued by \"%2\", valid until %3")
                        .arg(tls.peer->subject, tls.peer->issuer, dateText(tls.peer->notAfter.date()));
        lines.append(line);
        for (const QString& error : tls.certificateErrors)
            lines.append(QStringLiteral("  ! ") + error);
        if (tls.invalidCertificateAccepted)
            lines.append(ExchangeText::tr("  ! The invalid certificate was accepted because you asked for it."));
    }
    lines.append(QString());

    if (exchange.response) {
        const ReceivedResponse& response = *exchange.response;
        lines.append(ExchangeText::tr("Answer: %1 %2 %3")
                         .arg(QString::fromLatin1(response.httpVersion))
                         .arg(response.status)
                         .arg(QString::fromLatin1(response.reason)));
        lines.append(ExchangeText::tr("Time: %1 ms to the first byte, %2 ms in total")
                         .arg(formatMs(exchange.timing.firstByteMs), formatMs(exchange.timing.totalMs)));
        appendHeaders(lines, response.headers);
        if (response.headersUnread)
            lines.append(QStringLiteral("  ⚠ ") + ReceivedResponse::headersUnreadText());
        if (response.body.isEmpty()) {
            lines.append(ExchangeText::tr("Body: empty"));
        } else {
            const QString size
                = response.bodySize >= 0 ? formatByteSize(response.bodySize) : ExchangeText::tr("size unknown");
            QString heading = response.isBinary ? ExchangeText::tr("Body (%1, binary; %2 captured):")
                                                : ExchangeText::tr("Body (%1, text; %2 captured):");
            heading = heading.arg(size, formatByteSize(response.body.size()));
            lines.append(heading);
            if (response.isBinary) {
                lines.append(indented(QString::fromLatin1(response.body.left(64).toHex(' '))));
            } else if (bodyPreviewChars > 0) {
                lines.append(indented(response.text.left(bodyPreviewChars)));
                if (response.text.size() > bodyPreviewChars)
                    lines.append(ExchangeText::tr("  … (%n more characters)", nullptr,
                                                  int(response.text.size() - bodyPreviewChars)));
            }
            if (response.truncated)
                lines.append(ExchangeText::tr("  The body was cut at the capture limit."));
        }
    }
    if (exchange.error) {
        lines.append(ExchangeText::tr("No complete answer: %1").arg(exchange.error->message()));
        if (!exchange.error->detail.isEmpty())
            lines.append(ExchangeText::tr("  (system message: %1)").arg(exchange.error->detail));
        if (exchange.error->layer != TransportError::Layer::Cancelled)
            lines.append(ExchangeText::tr("Time: %1 ms").arg(formatMs(exchange.timing.totalMs)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pbw
