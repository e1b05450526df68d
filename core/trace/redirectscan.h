#pragma once

#include "net/exchange.h"

#include <QString>

namespace pbw {

// How a page sends the browser on.
enum class HopKind { Http, RefreshHeader, MetaRefresh, Js, Final };
QString hopKindKey(HopKind kind); // "http", "refresh-header", "meta-refresh", "js", "final"
QString hopKindName(HopKind kind); // translated

// Where an answer sends the browser next, as written in it (not yet resolved against the page).
struct RedirectFound
{
    HopKind kind = HopKind::Final;
    QString target; // raw: "/next?x=1", "//host/p", "https://…", "market://…"
    QString evidence; // the header or the snippet it was read from, shortened
};

// Reads a hop's answer: a 3xx Location, the Refresh header, <meta http-equiv="refresh">, or a
// JavaScript location change found statically in the page — script is read, never run. Only the
// first maxScanBytes of a body are looked at; a binary body is not.
RedirectFound findRedirect(const Exchange& exchange, qsizetype maxScanBytes = 2 * 1024 * 1024);
// "0; url=/next" (a Refresh header or a meta refresh's content) → "/next"; empty when there is no URL.
QString refreshTarget(QStringView content);

} // namespace pbw
