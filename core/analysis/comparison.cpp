#include "analysis/comparison.h"

namespace pbw {

Comparison compareCallbacks(const QString& left, const QString& right, Comparison::Mode mode)
{
    Comparison result;
    result.mode = mode;
    if (!left.trimmed().isEmpty()) {
        result.left = readCallback(left);
        result.leftIsUrl = looksLikeUrl(result.left);
    }
    if (!right.trimmed().isEmpty()) {
        result.right = readCallback(right);
        result.rightIsUrl = looksLikeUrl(result.right);
    }
    const auto add = [&](Comparison::Side side, const QList<Finding>& findings) {
        for (const Finding& finding : findings)
            result.findings.append({side, finding});
    };
    if (mode == Comparison::Mode::TemplateVsCallback) {
        // A template holds macros by design: only the real callback is checked.
        QList<Finding> findings;
        if (result.rightIsUrl)
            findings = checkCallback(result.right);
        if (result.leftIsUrl && result.rightIsUrl) {
            result.match = matchTemplate(result.left, result.right);
            findings += result.match->findings;
        }
        add(Comparison::Side::Right, findings);
        if (result.rightIsUrl)
            result.rebuilt = rebuildCallback(result.right, findings, result.match ? &result.left : nullptr,
                                             result.match ? &*result.match : nullptr);
    } else {
        QList<Finding> leftFindings;
        if (result.leftIsUrl) {
            leftFindings = checkCallback(result.left);
            add(Comparison::Side::Left, leftFindings);
        }
        if (result.rightIsUrl)
            add(Comparison::Side::Right, checkCallback(result.right));
        if (result.leftIsUrl && result.rightIsUrl)
            result.rows = diffCallbacks(result.left, result.right);
        if (result.leftIsUrl)
            result.rebuilt = rebuildCallback(result.left, leftFindings);
    }
    std::stable_sort(result.findings.begin(), result.findings.end(),
                     [](const Comparison::SideFinding& a, const Comparison::SideFinding& b) {
                         return int(a.finding.severity) < int(b.finding.severity);
                     });
    return result;
}

ReplayRequest replayRequestFor(const Callback& callback)
{
    ReplayRequest request;
    request.method = callback.method.toLatin1();
    if (callback.textIsUrl) {
        request.url = callback.text.trimmed();
    } else {
        QString url = (callback.scheme.isEmpty() ? QStringLiteral("http") : callback.scheme) + QStringLiteral("://")
            + callback.host + (callback.port.isEmpty() ? QString() : QLatin1Char(':') + callback.port) + callback.path;
        QStringList query;
        for (const CallbackParam& param : callback.paramsFrom(ParamSource::Query))
            query.append(param.rawKey + (param.hasValue ? QLatin1Char('=') + param.rawValue : QString()));
        if (!query.isEmpty())
            url += QLatin1Char('?') + query.join(QLatin1Char('&'));
        request.url = url;
    }
    for (const Header& header : callback.headers) {
        const QByteArray name = header.first.toLower();
        if (name != "host" && name != "content-length")
            request.headers.append(header);
    }
    request.body = callback.body;
    return request;
}

} // namespace pbw
