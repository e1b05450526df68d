#pragma once

#include <QCoreApplication>
#include <QString>

namespace pbw {

// One way in which what went on the wire differs from what the user typed.
// Kept as data so it can be re-worded in another language at any time.
struct WireNote
{
    Q_DECLARE_TR_FUNCTIONS(WireNote)

public:
    enum class Kind {
        FragmentCut, // a '#' started a fragment; the rest was not sent
        Encoded, // a character was percent-encoded
        Decoded, // an escape of a plain character was sent as that character
        HexUppercased, // %7b sent as %7B
        PathNormalised, // '.' and '..' segments resolved
        HostNormalised, // host lower-cased or converted to ASCII (IDN)
        UserInfoRemoved,
        WhitespaceTrimmed,
        Differs, // anything the rules above do not explain
    };

    Kind kind = Kind::Differs;
    int position = 0; // 1-based position in the typed text of the first occurrence; 0 when not positional
    int count = 1; // how many places
    QString typed;
    QString sent;

    static QString kindKey(Kind kind); // stable key for JSON
    static Kind kindFromKey(const QString& key); // Differs for an unknown key
    QString text() const; // plain words, translated

    friend bool operator==(const WireNote&, const WireNote&) = default;
};

} // namespace pbw
