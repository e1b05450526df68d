#pragma once

// A field of /proc/self/status in kilobytes ("VmRSS:", "VmHWM:"), -1 when it cannot be read.
#include <QFile>

inline double statusKb(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toDouble();
    }
    return -1;
}
