#pragma once

#include "net/headers.h"
#include "net/inputproblem.h"
#include "util/result.h"

#include <QString>
#include <QUrl>

namespace pbw {

struct ProxySetting
{
    enum class Mode { None, System, Url };
    Mode mode = Mode::None;
    QUrl url; // http://host:port or socks5://host:port when mode is Url

    // "none", "system", or an http:// / socks5:// URL.
    static Result<ProxySetting, InputProblem> parse(const QString& text);
    QString toString() const;
};

struct ReplayOptions
{
    static constexpr qint64 DefaultMaxBodyBytes = 10 * 1024 * 1024;
    static constexpr int DefaultTimeoutMs = 30'000;

    int timeoutMs = DefaultTimeoutMs;
    bool followRedirects = false; // a 3xx on a postback endpoint is itself a finding
    ProxySetting proxy;
    bool acceptInvalidCertificate = false; // recorded in the exchange when used
    qint64 maxBodyBytes = DefaultMaxBodyBytes;
};

// A callback to send, as the user wrote it.
struct ReplayRequest
{
    QByteArray method = "GET";
    QString url; // untouched typed text
    HeaderList headers;
    QByteArray body;
    ReplayOptions options;
};

// The header the user writes as "Name: value", checked against HTTP's grammar.
Result<QPair<QByteArray, QByteArray>, InputProblem> parseHeaderLine(const QString& line);
bool isValidMethod(QByteArrayView method);

} // namespace pbw
