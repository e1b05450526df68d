#include "net/replayrequest.h"

namespace pbw {

namespace {

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

} // namespace

bool isValidMethod(QByteArrayView method)
{
    if (method.isEmpty())
        return false;
    for (const char c : method) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

Result<QPair<QByteArray, QByteArray>, InputProblem> parseHeaderLine(const QString& line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    const QByteArray name = line.left(colon).trimmed().toLatin1();
    if (colon <= 0 || !isValidMethod(name) || line.left(colon) != line.left(colon).trimmed())
        return InputProblem{InputProblem::Kind::InvalidHeader, line};
    const QString value = line.mid(colon + 1).trimmed();
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return InputProblem{InputProblem::Kind::InvalidHeader, line};
    return qMakePair(name, value.toUtf8());
}

Result<ProxySetting, InputProblem> ProxySetting::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return ProxySetting{};
    if (trimmed.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return ProxySetting{Mode::System, {}};
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.port() <= 0
        || (scheme != QLatin1String("http") && scheme != QLatin1String("socks5")))
        return InputProblem{InputProblem::Kind::BadOption,
                            QCoreApplication::translate("ProxySetting",
                                                        "proxy \"%1\": use none, system, http://host:port or "
                                                        "socks5://host:port")
                                .arg(trimmed)};
    return ProxySetting{Mode::Url, url};
}

QString ProxySetting::toString() const
{
    switch (mode) {
    case Mode::None:
        return QStringLiteral("none");
    case Mode::System:
        return QStringLiteral("system");
    case Mode::Url:
        break;
    }
    return url.toString(QUrl::RemovePassword);
}

} // namespace pbw
