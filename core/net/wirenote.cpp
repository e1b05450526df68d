#include "net/wirenote.h"

namespace pbw {

namespace {

// Shows a typed character so that invisible ones can be seen.
QString visible(const QString& s)
{
    if (s == QLatin1String(" "))
        return WireNote::tr("a space");
    return QLatin1Char('`') + s + QLatin1Char('`');
}

QString places(const WireNote& note)
{
    if (note.count > 1)
        return WireNote::tr(" (%n places, the first at position %1)", nullptr, note.count).arg(note.position);
    return WireNote::tr(" (at position %1)").arg(note.position);
}

} // namespace

QString WireNote::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::FragmentCut:
        return QStringLiteral("fragment_cut");
    case Kind::Encoded:
        return QStringLiteral("encoded");
    case Kind::Decoded:
        return QStringLiteral("decoded");
    case Kind::HexUppercased:
        return QStringLiteral("hex_uppercased");
    case Kind::PathNormalised:
        return QStringLiteral("path_normalised");
    case Kind::HostNormalised:
        return QStringLiteral("host_normalised");
    case Kind::UserInfoRemoved:
        return QStringLiteral("userinfo_removed");
    case Kind::WhitespaceTrimmed:
        return QStringLiteral("whitespace_trimmed");
    case Kind::Differs:
        break;
    }
    return QStringLiteral("differs");
}

WireNote::Kind WireNote::kindFromKey(const QString& key)
{
    for (int kind = 0; kind <= int(Kind::Differs); ++kind) {
        if (kindKey(Kind(kind)) == key)
            return Kind(kind);
    }
    return Kind::Differs;
}

QString WireNote::text() const
{
    switch (kind) {
    case Kind::FragmentCut:
        return tr("`#` at position %1: the rest of the URL (%2) is a fragment and was not sent.")
            .arg(position)
            .arg(visible(typed));
    case Kind::Encoded:
        return tr("%1 was sent as `%2`%3.").arg(visible(typed), sent, places(*this));
    case Kind::Decoded:
        return tr("`%1` was sent as `%2`: it stands for a plain character, so it is sent unencoded%3.")
            .arg(typed, sent, places(*this));
    case Kind::HexUppercased:
        return tr("`%1` was sent as `%2` (upper-case hex digits, same meaning)%3.").arg(typed, sent, places(*this));
    case Kind::PathNormalised:
        return tr("The path `%1` was sent as `%2`: `.` and `..` segments are resolved before sending.")
            .arg(typed, sent);
    case Kind::HostNormalised:
        return tr("The host `%1` was sent as `%2`.").arg(typed, sent);
    case Kind::UserInfoRemoved:
        return tr("The user name and password in the URL (`%1`) are not part of the request; they are used "
                  "only if the server asks to log in.")
            .arg(typed);
    case Kind::WhitespaceTrimmed:
        return tr("Spaces or line breaks at the start or end of what you typed were removed.");
    case Kind::Differs:
        break;
    }
    return tr("What was sent (`%1`) differs from what you typed (`%2`).").arg(sent, typed);
}

} // namespace pbw
