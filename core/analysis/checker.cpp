#include "analysis/checker.h"

#include "analysis/macros.h"
#include "url/rawurl.h"

#include <QCoreApplication>
#include <QHash>

namespace pbw {

namespace {

class CheckerText
{
    Q_DECLARE_TR_FUNCTIONS(CheckerText)
};

using Severity = Finding::Severity;

bool isLocalHost(const QString& host)
{
    const QString h = host.toLower();
    return h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost"))
        || h.startsWith(QLatin1String("127.")) || h == QLatin1String("[::1]") || h == QLatin1String("0.0.0.0");
}

bool isIpHost(const QString& host)
{
    if (host.startsWith(QLatin1Char('[')))
        return true;
    if (host.isEmpty())
        return false;
    for (const QChar c : host) {
        if (!(c.isDigit() || c == QLatin1Char('.')))
            return false;
    }
    return host.count(QLatin1Char('.')) == 3;
}

bool isPlainNumber(QStringView text)
{
    qsizetype i = 0;
    qsizetype digits = 0;
    while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128) {
        ++i;
        ++digits;
    }
    if (digits == 0)
        return false;
    if (i < text.size() && text.at(i) == QLatin1Char('.')) {
        ++i;
        qsizetype fraction = 0;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128) {
            ++i;
            ++fraction;
        }
        if (fraction == 0)
            return false;
    }
    return i == text.size();
}

// "data.payout" → "payout", "items[0].click_id" → "click_id": JSON fields are known by their own name.
QStringView jsonLeaf(QStringView path)
{
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    QStringView leaf = dot >= 0 ? path.mid(dot + 1) : path;
    const qsizetype bracket = leaf.indexOf(QLatin1Char('['));
    return bracket > 0 ? leaf.left(bracket) : leaf;
}

class Checker
{
public:
    Checker(const Callback& callback, const ParamTable& table)
        : m_callback(callback)
        , m_table(table)
    {
    }

    QList<Finding> run()
    {
        checkUrlParts();
        checkFragment();
        QHash<QString, QList<qsizetype>> byKey;
        QStringList keyOrder;
        bool hasClickId = false;
        for (qsizetype i = 0; i < m_callback.params.size(); ++i) {
            const CallbackParam& param = m_callback.params.at(i);
            const ParamRole role = m_table.roleOf(param.source == ParamSource::Json ? jsonLeaf(param.key) : param.key);
            hasClickId = hasClickId || role == ParamRole::ClickId || role == ParamRole::SubId;
            checkParam(param, role, i == m_cutParam);
            if (param.source != ParamSource::Json) {
                QList<qsizetype>& indexes = byKey[param.key];
                if (indexes.isEmpty())
                    keyOrder.append(param.key);
                indexes.append(i);
            }
        }
        checkDuplicates(keyOrder, byKey);
        if (!hasClickId && !m_callback.params.isEmpty()) {
            add(Finding::make(
                QStringLiteral("no-clickid"), Severity::Info, QString(),
                CheckerText::tr("No click ID parameter was found (names known: %1). If the partner matches "
                                "conversions by click ID, it cannot match this one.")
                    .arg(m_table.namesWithRole(ParamRole::ClickId).join(QStringLiteral(", "))),
                CheckerText::tr("Check the partner's template for the name of its click ID parameter.")));
        }
        std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding& a, const Finding& b) {
            return (a.offset < 0 ? INT_MAX : a.offset) < (b.offset < 0 ? INT_MAX : b.offset);
        });
        return std::move(m_findings);
    }

private:
    void add(Finding finding) { m_findings.append(std::move(finding)); }

    // Points a finding about the scheme or the host at where it is written.
    Finding at(Finding finding, const QString& part)
    {
        const qsizetype where = part.isEmpty() || !m_callback.textIsUrl ? -1 : m_callback.text.indexOf(part);
        if (where >= 0) {
            finding.offset = int(where);
            finding.length = int(part.size());
        }
        return finding;
    }

    Finding about(const CallbackParam& param, const char* id, Severity severity, const QString& message,
                  const QString& fix, const QString& suggestion = QString())
    {
        Finding finding = Finding::make(QString::fromLatin1(id), severity, param.key, message, fix, suggestion);
        finding.offset = param.valueOffset >= 0 ? param.valueOffset : param.offset;
        finding.length = param.valueOffset >= 0 ? int(param.rawValue.size()) : param.length;
        return finding;
    }

    void checkUrlParts()
    {
        const Callback& c = m_callback;
        if (c.host.isEmpty()) {
            add(Finding::make(QStringLiteral("not-a-url"), Severity::Error, QStringLiteral("host"),
                              CheckerText::tr("This does not read as a callback URL: there is no host name."),
                              CheckerText::tr("Paste the whole callback, starting with https://.")));
            return;
        }
        if (const MacroHit hit = findMacro(c.host); hit.found()) {
            add(at(Finding::make(
                       QStringLiteral("macro-literal"), Severity::Error, QStringLiteral("host"),
                       CheckerText::tr("The host name still holds the macro %1: the request cannot reach the partner.")
                           .arg(quotedValue(hit.text)),
                       CheckerText::tr("Put the partner's real domain in the template.")),
                   c.host));
        }
        const bool local = isLocalHost(c.host);
        if (c.scheme == QLatin1String("http") && !local && !c.schemeGuessed) {
            add(at(Finding::make(
                       QStringLiteral("insecure-scheme"), Severity::Warning, QStringLiteral("scheme"),
                       CheckerText::tr("The callback is sent over plain http: anyone on the way can read its values "
                                       "and tokens, and some partners accept only https."),
                       CheckerText::tr("Use https:// if the partner supports it.")),
                   c.scheme));
        }
        if (local) {
            add(at(
                Finding::make(QStringLiteral("localhost-host"), Severity::Info, QStringLiteral("host"),
                              CheckerText::tr("The host %1 is this computer: the partner never receives this callback.")
                                  .arg(quotedValue(c.host)),
                              CheckerText::tr("Fine for a test; use the partner's domain for the real callback.")),
                c.host));
        } else if (isIpHost(c.host)) {
            add(at(Finding::make(
                       QStringLiteral("ip-host"), Severity::Info, QStringLiteral("host"),
                       CheckerText::tr("The host is an IP address (%1): if the partner moves its server, the callback "
                                       "breaks, and https certificates rarely cover an IP.")
                           .arg(quotedValue(c.host)),
                       CheckerText::tr("Prefer the partner's domain name.")),
                   c.host));
        }
        const QStringList segments = c.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (const QString& segment : segments) {
            if (const MacroHit hit = findMacro(segment, m_table.placeholderWords()); hit.found()) {
                Finding finding = Finding::make(
                    QStringLiteral("macro-literal"), Severity::Error, QStringLiteral("path"),
                    CheckerText::tr("The path still holds %1: the macro was never replaced, so the partner "
                                    "receives a path it does not know.")
                        .arg(quotedValue(hit.text)),
                    CheckerText::tr("Put the real value (for Keitaro, the postback key) in the path."));
                finding.offset = c.pathOffset >= 0 && c.textIsUrl ? c.pathOffset + int(c.path.indexOf(segment)) : -1;
                finding.length = int(segment.size());
                add(finding);
            }
        }
    }

    void checkFragment()
    {
        const Callback& c = m_callback;
        if (c.fragmentOffset < 0)
            return;
        // The query parameter that ends at the '#' lost the rest of its value.
        for (qsizetype i = 0; i < c.params.size(); ++i) {
            const CallbackParam& p = c.params.at(i);
            if (p.source == ParamSource::Query && p.offset >= 0 && p.offset + p.length == c.fragmentOffset)
                m_cutParam = i;
        }
        // The fragment's first pair is the rest of the cut value; the pairs after it were parameters.
        QStringList lost;
        const QList<RawPair> pieces = readRawPairs(c.fragment, PlusAs::Plus);
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            if (pieces.at(i).whole.length > 0)
                lost.append(pieces.at(i).decodedKey);
        }
        QString message = CheckerText::tr("A `#` at position %1 cuts the URL: everything after it (%2) is a "
                                          "fragment, which is never sent.")
                              .arg(c.fragmentOffset + 1)
                              .arg(quotedValue(QLatin1Char('#') + c.fragment));
        if (m_cutParam >= 0) {
            const CallbackParam& cut = c.params.at(m_cutParam);
            message += QLatin1Char(' ')
                + (cut.rawValue.isEmpty()
                       ? CheckerText::tr("The partner receives %1 empty.").arg(cut.key)
                       : CheckerText::tr("The partner receives %1 as %2.").arg(cut.key, quotedValue(cut.rawValue)));
        }
        if (!lost.isEmpty())
            message += QLatin1Char(' ') + CheckerText::tr("Lost parameters: %1.").arg(lost.join(QStringLiteral(", ")));
        const qsizetype closing = c.fragment.indexOf(QLatin1Char('#'));
        if (closing > 0 && findMacro(QLatin1Char('#') + c.fragment.left(closing + 1)).found()) {
            message += QLatin1Char(' ')
                + CheckerText::tr("%1 looks like a macro that was never replaced.")
                      .arg(quotedValue(QLatin1Char('#') + c.fragment.left(closing + 1)));
        }
        Finding finding = Finding::make(
            QStringLiteral("fragment-cut"), Severity::Error, m_cutParam >= 0 ? c.params.at(m_cutParam).key : QString(),
            message,
            CheckerText::tr("If `#name#` is a macro, your tracker did not replace it: use the macro syntax your "
                            "tracker supports. If the value really contains `#`, send it as `%23`."));
        finding.offset = c.textIsUrl ? c.fragmentOffset : -1;
        finding.length = int(c.fragment.size()) + 1;
        add(finding);
    }

    void checkParam(const CallbackParam& param, ParamRole role, bool cutByFragment)
    {
        const QString& name = param.key;
        const MacroHit macro = param.source == ParamSource::Json
            ? findMacroInText(param.value, m_table.placeholderWords())
            : findMacro(param.rawValue, m_table.placeholderWords());
        if (macro.found()) {
            addMacro(param, macro);
        } else if (param.hasValue && param.value.isEmpty() && !cutByFragment && role != ParamRole::Payout) {
            add(about(param, "empty-value", role == ParamRole::ClickId ? Severity::Error : Severity::Warning,
                      CheckerText::tr("%1 is empty: the partner receives no value for it.").arg(name),
                      role == ParamRole::ClickId
                          ? CheckerText::tr("Check that the click reached the offer with its click ID and that the "
                                            "tracker passes it to this macro.")
                          : CheckerText::tr("Check that the tracker has a value for this field when the conversion "
                                            "happens, or remove the parameter if the partner does not need it.")));
        } else if (m_table.isPlaceholderValue(param.value) && !param.value.trimmed().isEmpty()) {
            add(about(
                param, "placeholder-value", role == ParamRole::ClickId ? Severity::Error : Severity::Warning,
                CheckerText::tr("%1 is %2, a placeholder rather than a real value.")
                    .arg(name, quotedValue(param.value)),
                CheckerText::tr("The tracker had no value for this field: check where the value should come from.")));
        }
        if (param.source != ParamSource::Json)
            checkEncoding(param);
        if (macro.found())
            return;
        if (role == ParamRole::Payout)
            checkPayout(param);
        else if (role == ParamRole::ClickId && !param.value.isEmpty() && !m_table.isPlaceholderValue(param.value))
            checkClickId(param);
    }

    void addMacro(const CallbackParam& param, const MacroHit& hit)
    {
        QString message;
        switch (hit.encoding) {
        case MacroHit::Encoding::Literal:
            message = hit.syntax == QLatin1String("word")
                ? CheckerText::tr("%1 still holds the template's placeholder word %2: nobody replaced it with a "
                                  "value.")
                      .arg(param.key, quotedValue(hit.text))
                : CheckerText::tr("%1 holds the macro %2, never replaced: the partner receives the macro's name "
                                  "instead of a value.")
                      .arg(param.key, quotedValue(hit.text));
            break;
        case MacroHit::Encoding::Encoded:
            message = CheckerText::tr("%1 holds the macro %2, percent-encoded (%3): it was encoded instead of "
                                      "being replaced, so the tracker does not know this macro.")
                          .arg(param.key, quotedValue(hit.text), quotedValue(param.rawValue));
            break;
        case MacroHit::Encoding::DoubleEncoded:
            message = CheckerText::tr("%1 holds the macro %2, encoded twice (%3): it was never replaced.")
                          .arg(param.key, quotedValue(hit.text), quotedValue(param.rawValue));
            break;
        }
        Finding finding
            = about(param, "macro-literal", Severity::Error, message,
                    CheckerText::tr("Use a macro your tracker really fills in for this field (check its name, case and "
                                    "brackets in the tracker's list of macros), and make sure it has a value when the "
                                    "conversion happens."));
        if (hit.rawStart >= 0 && param.valueOffset >= 0) {
            finding.offset = param.valueOffset + hit.rawStart;
            finding.length = hit.rawLength;
        }
        add(finding);
    }

    void checkEncoding(const CallbackParam& param)
    {
        const QString& raw = param.rawValue;
        const qsizetype twice = raw.indexOf(QLatin1String("%25"));
        if (twice >= 0 && hasPercentEscape(percentDecoded(raw))) {
            const QString once = percentDecoded(raw);
            add(about(param, "double-encoded", Severity::Warning,
                      CheckerText::tr("%1 is encoded twice: the partner decodes it once and reads %2, not %3.")
                          .arg(param.key, quotedValue(once), quotedValue(percentDecoded(once))),
                      CheckerText::tr("Encode the value once: remove the extra encoding step, or use the tracker's "
                                      "raw-value macro (Keitaro: {_name})."),
                      percentDecoded(once)));
        }
        if (param.source == ParamSource::Query && raw.contains(QLatin1Char('+'))) {
            add(about(
                param, "plus-ambiguity", Severity::Warning,
                CheckerText::tr("The `+` in %1 may be read as a space by the partner (web forms encode spaces "
                                "that way) or kept as a plus sign.")
                    .arg(param.key),
                CheckerText::tr("Send `%2B` for a plus sign and `%20` for a space, so there is only one reading."),
                param.value));
        }
        QString bad;
        bool nonAscii = false;
        for (const QString& part : {param.rawKey, raw}) {
            for (const QChar c : part) {
                if (c.unicode() > 0x7E) {
                    nonAscii = true;
                } else if (c == QLatin1Char(' ') || c == QLatin1Char('"') || c == QLatin1Char('\\')
                           || c == QLatin1Char('^') || c == QLatin1Char('`') || c == QLatin1Char('|')
                           || c.unicode() < 0x20) {
                    if (!bad.contains(c))
                        bad += c;
                }
            }
        }
        if (!bad.isEmpty() && param.source == ParamSource::Query) {
            QStringList names;
            for (const QChar c : bad)
                names.append(c == QLatin1Char(' ') ? CheckerText::tr("a space") : quotedValue(c));
            add(about(param, "invalid-char", Severity::Warning,
                      CheckerText::tr("%1 contains %2 written unencoded: it is not allowed in a URL, so it is sent "
                                      "percent-encoded and some partners or proxies read it differently or cut the "
                                      "URL there.")
                          .arg(param.key, names.join(QStringLiteral(", "))),
                      CheckerText::tr("Percent-encode the value (a space as %20, a quote as %22).")));
        }
        if (nonAscii && param.source == ParamSource::Query) {
            add(about(
                param, "invalid-char", Severity::Warning,
                CheckerText::tr("%1 contains characters outside ASCII (%2) written unencoded: they are sent as "
                                "UTF-8 escapes, and a partner that expects another encoding reads them wrongly.")
                    .arg(param.key, quotedValue(param.value)),
                CheckerText::tr("Check that the partner expects UTF-8; percent-encode the value in the template.")));
        }
    }

    void checkPayout(const CallbackParam& param)
    {
        const QString value = param.value.trimmed();
        if (!param.hasValue)
            return;
        auto add = [&](Severity severity, const QString& message, const QString& suggestion = QString()) {
            this->add(about(param, "payout-format", severity, message,
                            suggestion.isEmpty() ? CheckerText::tr(
                                "Send a plain number with a period for decimals, e.g. 12.50; send the "
                                "currency in its own parameter.")
                                                 : CheckerText::tr("Send %1.").arg(quotedValue(suggestion)),
                            suggestion));
        };
        if (value.isEmpty()) {
            add(Severity::Error,
                CheckerText::tr("The payout in %1 is blank: partners then record 0 or reject the "
                                "conversion.")
                    .arg(param.key));
            return;
        }
        if (isPlainNumber(value)) {
            if (value != param.value)
                add(Severity::Warning, CheckerText::tr("The payout in %1 has spaces around it.").arg(param.key), value);
            return;
        }
        if (value.startsWith(QLatin1Char('-')) && isPlainNumber(value.mid(1))) {
            add(Severity::Warning,
                CheckerText::tr("The payout in %1 is negative (%2): most partners reject it or record a refund.")
                    .arg(param.key, quotedValue(value)));
            return;
        }
        QString digits = value;
        static const QString currencySigns = QStringLiteral("$€£¥₽₴₸");
        bool hadCurrency = false;
        for (const QChar sign : currencySigns) {
            if (digits.contains(sign)) {
                digits.remove(sign);
                hadCurrency = true;
            }
        }
        if (digits.size() > 3 && digits.right(3).toUpper() == digits.right(3) && digits.right(3).at(0).isLetter()) {
            digits.chop(3);
            hadCurrency = true;
        }
        digits = digits.trimmed();
        QString normalised;
        if (digits.count(QLatin1Char(',')) == 1 && !digits.contains(QLatin1Char('.'))
            && digits.section(QLatin1Char(','), 1).size() != 3) {
            normalised = QString(digits).replace(QLatin1Char(','), QLatin1Char('.'));
        } else if (digits.contains(QLatin1Char(','))) {
            normalised = QString(digits).remove(QLatin1Char(','));
        } else {
            normalised = digits;
        }
        normalised.remove(QLatin1Char(' '));
        if (!isPlainNumber(normalised))
            normalised.clear();
        if (hadCurrency) {
            add(Severity::Error,
                CheckerText::tr("The payout in %1 (%2) contains a currency: partners expect a plain number.")
                    .arg(param.key, quotedValue(value)),
                normalised);
        } else if (value.contains(QLatin1Char(',')) && !normalised.isEmpty()) {
            add(Severity::Warning,
                CheckerText::tr("The payout in %1 (%2) uses a comma: Everflow accepts it, most other partners need "
                                "a period and read this as a wrong number or 0.")
                    .arg(param.key, quotedValue(value)),
                normalised);
        } else {
            add(Severity::Error,
                CheckerText::tr("The payout in %1 (%2) is not a number.").arg(param.key, quotedValue(value)),
                normalised);
        }
    }

    void checkClickId(const CallbackParam& param)
    {
        const QString& value = param.value;
        const QString trimmed = value.trimmed();
        bool whitespace = false;
        for (const QChar c : value)
            whitespace = whitespace || c.isSpace();
        if (whitespace) {
            add(about(param, "clickid-format", Severity::Error,
                      CheckerText::tr("The click ID %1 contains spaces (%2): the partner will not find such a click.")
                          .arg(param.key, quotedValue(value)),
                      CheckerText::tr("Send the click ID exactly as the partner gave it, without spaces."),
                      trimmed.contains(QLatin1Char(' ')) ? QString() : trimmed));
            return;
        }
        if (value.size() < 6) {
            add(about(param, "clickid-format", Severity::Warning,
                      CheckerText::tr("The click ID %1 is only %n character(s) long (%2): real click IDs are longer, "
                                      "so this is probably a test value or a cut one.",
                                      nullptr, int(value.size()))
                          .arg(param.key, quotedValue(value)),
                      CheckerText::tr("Use a click ID from a fresh real click (or a controlled QA click).")));
            return;
        }
        const KnownParam* known = m_table.find(param.key);
        if (!known || known->shapes.isEmpty()) {
            for (const QChar c : value) {
                if (!(c.isLetterOrNumber() && c.unicode() < 128) && !QStringLiteral("-_.~:").contains(c)) {
                    add(about(param, "clickid-format", Severity::Warning,
                              CheckerText::tr("The click ID %1 contains %2, which click IDs do not usually contain: "
                                              "check that it was not changed on the way.")
                                  .arg(param.key, quotedValue(c)),
                              CheckerText::tr("Compare it with the click ID the partner's click URL carried.")));
                    return;
                }
            }
            return;
        }
        for (const IdShape& shape : known->shapes) {
            if (shape.matches(value))
                return;
        }
        QStringList shapes;
        for (const IdShape& shape : known->shapes)
            shapes.append(shape.describe());
        add(about(param, "clickid-format", Severity::Warning,
                  CheckerText::tr("The click ID %1 (%2) does not look like a %3 click ID (%4).")
                      .arg(param.key, quotedValue(value), known->platforms.join(QStringLiteral(" / ")),
                           shapes.join(CheckerText::tr(" or "))),
                  CheckerText::tr("Check that the right macro fills this parameter: another ID (an order number, a "
                                  "sub-ID) is often sent in its place.")));
    }

    void checkDuplicates(const QStringList& keyOrder, const QHash<QString, QList<qsizetype>>& byKey)
    {
        for (const QString& key : keyOrder) {
            const auto it = byKey.constFind(key);
            if (it.value().size() < 2)
                continue;
            QStringList values;
            bool differ = false;
            const QString& first = m_callback.params.at(it.value().constFirst()).value;
            for (const qsizetype index : it.value()) {
                const QString& value = m_callback.params.at(index).value;
                differ = differ || value != first;
                values.append(quotedValue(value));
            }
            const CallbackParam& second = m_callback.params.at(it.value().at(1));
            add(about(
                second, "duplicate-param", differ ? Severity::Error : Severity::Warning,
                CheckerText::tr("%1 appears %n time(s) (%2): partners read only one of them, some the first, some "
                                "the last.",
                                nullptr, int(it.value().size()))
                    .arg(it.key(), values.join(QStringLiteral(", "))),
                CheckerText::tr("Keep one %1 with the right value.").arg(it.key())));
        }
    }

    const Callback& m_callback;
    const ParamTable& m_table;
    QList<Finding> m_findings;
    qsizetype m_cutParam = -1;
};

} // namespace

QList<Finding> checkCallback(const Callback& callback, const ParamTable& table)
{
    return Checker(callback, table).run();
}

} // namespace pbw
