#pragma once

#include <QCoreApplication>
#include <QString>

namespace pbw {

// Why a typed request cannot be sent. An error value, never an exception.
struct InputProblem
{
    Q_DECLARE_TR_FUNCTIONS(InputProblem)

public:
    enum class Kind {
        EmptyUrl,
        MissingScheme,
        UnsupportedScheme,
        MissingHost,
        MalformedHost,
        PortOutOfRange,
        LineBreakInUrl,
        MalformedUrl,
        InvalidMethod,
        InvalidHeader,
        RepeatedHeader,
        UnreadableFile,
        BadCurlCommand,
        BadOption,
    };

    Kind kind = Kind::MalformedUrl;
    QString detail; // the offending part, shown to the user

    QString message() const; // plain words, translated
};

} // namespace pbw
