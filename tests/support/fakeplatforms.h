#pragma once

// Loopback stand-ins for the conversion APIs beyond Meta, each checking the request shape its
// platform documents (resources/rules/platforms/<id>.json names the sources): the address, the
// credentials in their header or parameter, the required members, customer information hashed
// (64 lower-case hex) where the platform wants a hash. A request that breaks the shape gets a 400
// whose message starts with "fake:". The token decides the answer, so that each documented error
// can be asked for: GOOD answers success; the others are listed in fakeplatforms.cpp.
#include "testserver.h"

namespace pbw::test {

inline const QByteArray platformToken = "GOOD";
inline const QByteArray developerToken = "DEV-TOKEN-123";
inline const QString googleCustomer = QStringLiteral("1234567890");
inline const QString tiktokPixel = QStringLiteral("CABC123DEF456");
inline const QString snapPixel = QStringLiteral("a1b2c3d4-e5f6-7890");
inline const QString measurementId = QStringLiteral("G-TEST1234");
inline const QString pinterestAccount = QStringLiteral("549755885175");
inline const QString redditPixel = QStringLiteral("a2_test1234");

// Routes to the platform whose address the request has; Meta's falls to fakeGraph.
ScriptedReply fakePlatforms(const RecordedRequest& request);

} // namespace pbw::test
