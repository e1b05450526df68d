#pragma once

#include <QDir>
#include <QString>

namespace pbw {

// Who is working: the login name, recorded with a ticked checklist layer.
inline QString currentUserName()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QDir::home().dirName();
}

} // namespace pbw
