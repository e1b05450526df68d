#pragma once

#include "net/replayrequest.h"
#include "net/useragents.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace pbw {

// One refused value of the Settings dialog: which field, and why (translated).
struct PreferenceProblem
{
    enum class Field { Language, Timeout, Proxy, UserAgents, BodyLimit, SecretNames, CaseStore, ApiVersion };
    Field field;
    QString message;
};

// What the user sets once (Settings dialog), kept with QSettings and read by the window and by pbw,
// so both send with the same defaults and keep the same names out of the store.
struct Preferences
{
    Q_DECLARE_TR_FUNCTIONS(Preferences)

public:
    static constexpr int MinTimeoutMs = 1'000;
    static constexpr int MaxTimeoutMs = 600'000;
    static constexpr qint64 MinBodyBytes = 1024 * 1024;
    static constexpr qint64 MaxBodyBytes = 1024LL * 1024 * 1024;

    QString language; // "" (the system's), "en" or "ru"
    int timeoutMs = ReplayOptions::DefaultTimeoutMs;
    QString proxy = QStringLiteral("none"); // "none", "system", http://host:port or socks5://host:port
    QList<UserAgentPreset> userAgents; // the user's own, after the shipped ones
    qint64 maxBodyBytes = ReplayOptions::DefaultMaxBodyBytes;
    QStringList secretNames; // parameter and header names redacted besides the built-in ones
    QString caseStorePath; // empty: CaseStore::defaultPath()
    QString apiVersion; // empty: CapiEndpoint::defaultApiVersion()

    static Preferences load(const QSettings& settings);
    void save(QSettings& settings) const;

    // Every value that cannot be used, with a message naming it; empty when all can.
    QList<PreferenceProblem> problems() const;

    ReplayOptions replayOptions() const; // timeout, proxy and capture limit for a new request
    QString effectiveCaseStorePath() const;
    QString effectiveApiVersion() const;
    QList<UserAgentPreset> allUserAgents() const; // shipped presets, then the user's

    // "Name = value" lines as the dialog edits them; a line without " = " is a problem.
    static QString userAgentsAsText(const QList<UserAgentPreset>& presets);
    static Result<QList<UserAgentPreset>, QString> userAgentsFromText(const QString& text);
};

} // namespace pbw
