#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace pbw {

// What a parameter means to the partner.
enum class ParamRole { Unknown, ClickId, SubId, Payout, Status, Goal, TransactionId, Currency, Auth };

QString roleKey(ParamRole role); // "clickid", "payout"... as in resources/rules/params.json

// The shape a platform's click ID has; a value matching any shape of its parameter looks right.
struct IdShape
{
    enum class Charset { Any, Hex, Digits, Alnum, Base36, Base64Url };
    Charset charset = Charset::Any;
    int min = 0;
    int max = 0; // 0: no limit
    QStringList prefixes; // when set, the value starts with one of them

    bool matches(QStringView value) const;
    static bool charsetFromKey(QStringView key, Charset* charset); // "hex", "base64url"…
    QString describe() const; // "32 hex characters", translated
};

struct KnownParam
{
    QString name;
    ParamRole role = ParamRole::Unknown;
    QStringList platforms;
    QList<IdShape> shapes;
};

// The table of known parameter names (resources/rules/params.json), validated when loaded.
class ParamTable
{
public:
    // The table shipped in the program (":/rules/params.json"); loaded once.
    static const ParamTable& builtIn();

    // Reads a table from JSON; every problem found is appended to errors (plain English, for a log
    // and for the test that guards the shipped file), and entries with a problem are skipped.
    static ParamTable fromJson(const QByteArray& json, QStringList* errors);

    const KnownParam* find(QStringView name) const; // case-insensitive
    ParamRole roleOf(QStringView name) const;
    QStringList namesWithRole(ParamRole role) const;
    const QSet<QString>& placeholderWords() const { return m_placeholderWords; }
    bool isPlaceholderValue(QStringView value) const; // null, undefined, test... (case-insensitive)
    qsizetype size() const { return m_params.size(); }

private:
    QList<KnownParam> m_params;
    QHash<QString, qsizetype> m_byLowerName;
    QSet<QString> m_placeholderWords;
    QSet<QString> m_placeholderValues; // lower-case
};

} // namespace pbw
