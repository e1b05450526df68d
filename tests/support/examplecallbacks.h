#pragma once

#include <QString>

namespace pbw::test {

// The partner's template and a real callback that breaks it in every usual way (a renamed click ID,
// a constant's case, a decimal comma, a '#' that cuts the URL): what the Template diff tests drive
// and what the README's screenshots show.
inline const QString exampleTemplate
    = QStringLiteral("https://pb.partner.example/track/conv?click_id={clickid}&goal=purchase&amount={payout}");
inline const QString exampleCallback
    = QStringLiteral("https://pb.partner.example/track/"
                     "conv?clickid=5f1e2d3c4b5a69788f9e0d1c&goal=Purchase&amount=12,50&status=#status#");

} // namespace pbw::test
