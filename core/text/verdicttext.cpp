#include "text/verdicttext.h"

#include <QCoreApplication>
#include <QStringList>

namespace pbw {

namespace {

// The translation context of this file's messages.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(VerdictText)
};

} // namespace

QString evidenceAsText(const Evidence& evidence)
{
    switch (evidence.kind) {
    case Evidence::Kind::Status:
        return VerdictText::tr("HTTP status: %1").arg(evidence.text);
    case Evidence::Kind::HttpHeader:
        return VerdictText::tr("Header %1: %2").arg(evidence.where, quotedValue(evidence.text));
    case Evidence::Kind::Body:
        return VerdictText::tr("Body: %1").arg(quotedValue(evidence.text));
    case Evidence::Kind::Json:
        return VerdictText::tr("JSON field %1: %2").arg(evidence.where, quotedValue(evidence.text));
    case Evidence::Kind::Xml:
        return VerdictText::tr("XML element <%1>: %2").arg(evidence.where, quotedValue(evidence.text));
    case Evidence::Kind::Title:
        return VerdictText::tr("Page title: %1").arg(quotedValue(evidence.text));
    case Evidence::Kind::Shape:
        return VerdictText::tr("Body: empty");
    case Evidence::Kind::Request:
        return VerdictText::tr("Callback: %1").arg(evidence.text);
    case Evidence::Kind::Transport:
        return evidence.text;
    }
    return {};
}

QString verdictSymbol(Verdict::Layer layer)
{
    if (layer == Verdict::Layer::Ok)
        return QStringLiteral("✓");
    return layer == Verdict::Layer::Unknown ? QStringLiteral("?") : QStringLiteral("✗");
}

QString verdictHeadline(const Verdict& verdict)
{
    QStringList parts{layerName(verdict.layer)};
    if (verdict.bucket != Verdict::Bucket::None
        && !(verdict.layer == Verdict::Layer::Ok && verdict.bucket == Verdict::Bucket::Accepted))
        parts.append(bucketName(verdict.bucket));
    parts.append(confidenceName(verdict.confidence));
    return parts.join(QStringLiteral(" · "));
}

QString verdictAsText(const Verdict& verdict)
{
    QStringList lines;
    lines.append(VerdictText::tr("Verdict: %1 %2").arg(verdictSymbol(verdict.layer), verdictHeadline(verdict)));
    lines.append(QStringLiteral("  ") + verdict.summary);
    if (!verdict.evidence.isEmpty()) {
        lines.append(VerdictText::tr("  Evidence:"));
        for (const Evidence& evidence : verdict.evidence)
            lines.append(QStringLiteral("    • ") + evidenceAsText(evidence));
    }
    if (verdict.judgedOnPart)
        lines.append(VerdictText::tr("  Judged on the captured part of the body only."));
    lines.append(VerdictText::tr("  Next step: %1").arg(verdict.nextStep));
    if (!verdict.rule.isEmpty()) {
        lines.append(
            verdict.platform.isEmpty()
                ? VerdictText::tr("  (rule \"%1\")").arg(verdict.rule)
                : VerdictText::tr("  (rule \"%1\": an answer documented for %2)").arg(verdict.rule, verdict.platform));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace pbw
