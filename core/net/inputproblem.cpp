#include "net/inputproblem.h"

namespace pbw {

QString InputProblem::message() const
{
    switch (kind) {
    case Kind::EmptyUrl:
        return tr("The URL is empty: paste the callback you want to send.");
    case Kind::MissingScheme:
        return tr("The URL must start with http:// or https://.");
    case Kind::UnsupportedScheme:
        return tr("Only http:// and https:// callbacks can be sent; \"%1:\" is not supported.").arg(detail);
    case Kind::MissingHost:
        return tr("The URL has no host name after \"//\".");
    case Kind::MalformedHost:
        return tr("The host name \"%1\" is not valid.").arg(detail);
    case Kind::PortOutOfRange:
        return tr("The port \"%1\" is not valid: use a number from 1 to 65535.").arg(detail);
    case Kind::LineBreakInUrl:
        return tr("The URL contains a line break or tab at position %1; it was probably copied in pieces.").arg(detail);
    case Kind::MalformedUrl:
        return tr("The URL cannot be read: %1").arg(detail);
    case Kind::InvalidMethod:
        return tr("\"%1\" is not a valid HTTP method.").arg(detail);
    case Kind::InvalidHeader:
        return tr("The header \"%1\" is not valid: write it as \"Name: value\".").arg(detail);
    case Kind::RepeatedHeader:
        return tr("The header \"%1\" is given more than once. It can be sent only once: keep one, or join the "
                  "values with a comma in one header (\"%1: one, two\").")
            .arg(detail);
    case Kind::UnreadableFile:
        return tr("The file \"%1\" cannot be read.").arg(detail);
    case Kind::BadCurlCommand:
        return tr("The curl command cannot be read: %1").arg(detail);
    case Kind::BadOption:
        return tr("Invalid option: %1").arg(detail);
    }
    return {};
}

} // namespace pbw
