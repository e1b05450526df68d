#pragma once

#include <QtGlobal>

// Items per second from a count and elapsed nanoseconds; 0 when nothing was timed.
inline double perSecond(qint64 count, qint64 ns)
{
    return ns > 0 ? double(count) * 1e9 / double(ns) : 0;
}
