#pragma once

#include <QFile>
#include <QtGlobal>

// Items per second from a count and elapsed nanoseconds; 0 when nothing was timed.
inline double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0;
}

// Milliseconds from nanoseconds.
inline double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// This process's peak resident memory (VmHWM) in kilobytes; -1 when /proc cannot tell.
inline long peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}
