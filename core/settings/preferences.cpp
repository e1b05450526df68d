#include "settings/preferences.h"

#include "capi/capirequest.h"
#include "i18n/language.h"
#include "store/casestore.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

namespace pbw {

namespace {

const QString keyLanguage = QStringLiteral("language");
const QString keyTimeout = QStringLiteral("net/timeout_ms");
const QString keyProxy = QStringLiteral("net/proxy");
const QString keyBodyLimit = QStringLiteral("net/max_body_bytes");
const QString keyUserAgents = QStringLiteral("trace/user_agent_presets");
const QString keySecretNames = QStringLiteral("secrets/names");
const QString keyCaseStore = QStringLiteral("cases/store");
const QString keyApiVersion = QStringLiteral("capi/api_version");
const QString separator = QStringLiteral(" = ");

// The nearest folder that exists on the way to path, so a store in a folder yet to be made is fine
// when that folder could be made; a file in the way is returned as it is (not a folder).
QFileInfo nearestExisting(const QString& path)
{
    QFileInfo at(QFileInfo(path).absolutePath());
    while (!at.exists() && !at.isRoot())
        at = QFileInfo(at.absolutePath());
    return at;
}

QString caseStoreProblem(const QString& path)
{
    if (path.isEmpty())
        return {};
    const QFileInfo info(path);
    if (!QDir::isAbsolutePath(path))
        return Preferences::tr("The case store needs a full path (starting with /), not \"%1\".").arg(path);
    if (info.isDir())
        return Preferences::tr("\"%1\" is a folder; the case store is a file in it, such as %2.")
            .arg(path, QDir(path).filePath(QStringLiteral("cases.sqlite")));
    if (info.exists() && !info.isWritable())
        return Preferences::tr("The case store \"%1\" cannot be written.").arg(path);
    const QFileInfo folder = nearestExisting(path);
    if (!folder.isDir())
        return Preferences::tr("\"%1\" is a file, so the case store cannot have a folder there.")
            .arg(folder.absoluteFilePath());
    if (!folder.isWritable())
        return Preferences::tr("The folder for the case store cannot be written: %1.").arg(folder.absoluteFilePath());
    return {};
}

} // namespace

Preferences Preferences::load(const QSettings& settings)
{
    Preferences p;
    p.language = settings.value(keyLanguage).toString();
    p.timeoutMs = settings.value(keyTimeout, p.timeoutMs).toInt();
    p.proxy = settings.value(keyProxy, p.proxy).toString();
    p.maxBodyBytes = settings.value(keyBodyLimit, p.maxBodyBytes).toLongLong();
    p.secretNames = settings.value(keySecretNames).toStringList();
    p.caseStorePath = settings.value(keyCaseStore).toString();
    p.apiVersion = settings.value(keyApiVersion).toString();
    if (auto agents = userAgentsFromText(settings.value(keyUserAgents).toStringList().join(u'\n')))
        p.userAgents = agents.value();
    // A value edited by hand into something unusable falls back to the default, never to a crash.
    if (p.timeoutMs < MinTimeoutMs || p.timeoutMs > MaxTimeoutMs)
        p.timeoutMs = ReplayOptions::DefaultTimeoutMs;
    if (p.maxBodyBytes < MinBodyBytes || p.maxBodyBytes > MaxBodyBytes)
        p.maxBodyBytes = ReplayOptions::DefaultMaxBodyBytes;
    if (!ProxySetting::parse(p.proxy))
        p.proxy = QStringLiteral("none");
    return p;
}

void Preferences::save(QSettings& settings) const
{
    settings.setValue(keyLanguage, language);
    settings.setValue(keyTimeout, timeoutMs);
    settings.setValue(keyProxy, proxy.trimmed());
    settings.setValue(keyBodyLimit, maxBodyBytes);
    QStringList agents = userAgentsAsText(userAgents).split(u'\n', Qt::SkipEmptyParts);
    settings.setValue(keyUserAgents, agents);
    settings.setValue(keySecretNames, secretNames);
    if (caseStorePath.trimmed().isEmpty())
        settings.remove(keyCaseStore);
    else
        settings.setValue(keyCaseStore, caseStorePath.trimmed());
    if (apiVersion.trimmed().isEmpty())
        settings.remove(keyApiVersion);
    else
        settings.setValue(keyApiVersion, apiVersion.trimmed());
}

QList<PreferenceProblem> Preferences::problems() const
{
    QList<PreferenceProblem> out;
    using F = PreferenceProblem::Field;
    if (!language.isEmpty() && !Language::available().contains(language))
        out.append({F::Language, tr("There is no \"%1\" translation; choose English or Russian.").arg(language)});
    if (timeoutMs < MinTimeoutMs || timeoutMs > MaxTimeoutMs)
        out.append(
            {F::Timeout,
             tr("The timeout must be between %1 and %2 seconds.").arg(MinTimeoutMs / 1000).arg(MaxTimeoutMs / 1000)});
    if (auto parsed = ProxySetting::parse(proxy); !parsed)
        out.append({F::Proxy, parsed.error().message()});
    if (maxBodyBytes < MinBodyBytes || maxBodyBytes > MaxBodyBytes)
        out.append({F::BodyLimit,
                    tr("The answer capture limit must be between %1 and %2.")
                        .arg(QLocale().formattedDataSize(MinBodyBytes), QLocale().formattedDataSize(MaxBodyBytes))});
    QStringList names;
    for (const UserAgentPreset& shipped : userAgentPresets())
        names << shipped.key.toLower() << shipped.name.toLower();
    for (const UserAgentPreset& preset : userAgents) {
        if (names.contains(preset.name.toLower())) {
            out.append({F::UserAgents, tr("The user agent name \"%1\" is used twice.").arg(preset.name)});
            break;
        }
        names << preset.name.toLower();
    }
    static const QRegularExpression secretName(QStringLiteral("^[A-Za-z0-9_.\\-\\[\\]]+$"));
    for (const QString& name : secretNames) {
        if (!secretName.match(name.trimmed()).hasMatch()) {
            out.append({F::SecretNames,
                        tr("\"%1\" is not a parameter or header name (letters, digits, _ . - [ ] "
                           "only).")
                            .arg(name)});
            break;
        }
    }
    if (const QString problem = caseStoreProblem(caseStorePath.trimmed()); !problem.isEmpty())
        out.append({F::CaseStore, problem});
    CapiEndpoint endpoint;
    endpoint.apiVersion = effectiveApiVersion();
    if (const QString problem = endpoint.problem(); !problem.isEmpty())
        out.append({F::ApiVersion, problem});
    return out;
}

ReplayOptions Preferences::replayOptions() const
{
    ReplayOptions options;
    options.timeoutMs = timeoutMs;
    options.maxBodyBytes = maxBodyBytes;
    if (auto parsed = ProxySetting::parse(proxy))
        options.proxy = parsed.value();
    return options;
}

QString Preferences::effectiveCaseStorePath() const
{
    return caseStorePath.trimmed().isEmpty() ? CaseStore::defaultPath() : caseStorePath.trimmed();
}

QString Preferences::effectiveApiVersion() const
{
    return apiVersion.trimmed().isEmpty() ? CapiEndpoint::defaultApiVersion() : apiVersion.trimmed();
}

QList<UserAgentPreset> Preferences::allUserAgents() const
{
    return userAgentPresets() + userAgents;
}

QString Preferences::userAgentsAsText(const QList<UserAgentPreset>& presets)
{
    QStringList lines;
    for (const UserAgentPreset& preset : presets)
        lines << preset.name + separator + preset.value;
    return lines.join(u'\n');
}

Result<QList<UserAgentPreset>, QString> Preferences::userAgentsFromText(const QString& text)
{
    QList<UserAgentPreset> out;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype at = line.indexOf(u'=');
        const QString name = line.left(at).trimmed();
        const QString value = at < 0 ? QString() : line.mid(at + 1).trimmed();
        if (at < 0 || name.isEmpty() || value.isEmpty())
            return tr("Line %1 of the user agents should read \"Name = user agent\".").arg(i + 1);
        for (const QChar c : value) {
            if (c.unicode() < 0x20 || c.unicode() > 0x7e)
                return tr("The user agent \"%1\" holds a character a header cannot carry (only printable ASCII).")
                    .arg(name);
        }
        out.append({name, name, value});
    }
    return out;
}

} // namespace pbw
