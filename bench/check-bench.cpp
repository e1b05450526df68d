// Checks and diffs per second on one core, over generated postback URLs, next to the cost of
// only splitting the same URLs with QUrl + QUrlQuery (the floor any analysis pays).
//
//   pbw-check-bench [COUNT]     (default 100000)
#include "analysis/callbackdiff.h"
#include "analysis/checker.h"
#include "rate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <cstdio>

using namespace pbw;

namespace {

// Postbacks shaped like the trackers' (DOMAIN.md), with the usual mistakes mixed in.
QStringList generate(int count)
{
    QRandomGenerator random(2026);
    const QStringList hosts{
        QStringLiteral("https://trk.example/a1b2c3d/postback"), QStringLiteral("https://binom.example/click.php"),
        QStringLiteral("http://abc.trackvol.com/postback"), QStringLiteral("https://net.go2cloud.org/aff_lsr")};
    const QStringList clickKeys{QStringLiteral("subid"), QStringLiteral("cnv_id"), QStringLiteral("cid"),
                                QStringLiteral("transaction_id")};
    const QStringList payouts{QStringLiteral("12.50"), QStringLiteral("1,5"), QStringLiteral("%7Bpayout%7D"),
                              QStringLiteral(""), QStringLiteral("3")};
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString id;
        for (int c = 0; c < 20; ++c)
            id += QLatin1Char("0123456789abcdefghijklmnopqrstuvwxyz"[random.bounded(36)]);
        if (i % 7 == 0)
            id = QStringLiteral("{clickid}");
        QString url = hosts.at(i % hosts.size()) + QLatin1Char('?') + clickKeys.at(i % clickKeys.size())
            + QLatin1Char('=') + id + QStringLiteral("&payout=") + payouts.at(i % payouts.size())
            + QStringLiteral("&status=") + (i % 11 == 0 ? QStringLiteral("#status#") : QStringLiteral("sale"))
            + QStringLiteral("&currency=USD&sub2=") + QString::number(random.bounded(100000));
        out.append(url);
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    const QStringList urls = generate(count);
    (void)ParamTable::builtIn(); // loaded once at start, as in the app

    QElapsedTimer timer;
    qsizetype sink = 0;
    timer.start();
    for (const QString& url : urls)
        sink += QUrlQuery(QUrl(url).query()).queryItems().size();
    const qint64 splitNs = timer.nsecsElapsed();

    timer.restart();
    qsizetype findings = 0;
    for (const QString& url : urls)
        findings += checkCallback(readCallbackUrl(url)).size();
    const qint64 checkNs = timer.nsecsElapsed();

    timer.restart();
    qsizetype rows = 0;
    for (int i = 0; i + 1 < count; i += 2) {
        const QList<DiffRow> diff = diffCallbacks(readCallbackUrl(urls.at(i)), readCallbackUrl(urls.at(i + 1)));
        for (const DiffRow& row : diff) {
            if (row.change == DiffRow::Change::Changed)
                rows += pbw::charDiff(row.a, row.b).inA.size();
        }
    }
    const int diffs = count / 2;
    const qint64 diffNs = timer.nsecsElapsed();

    std::printf("%d generated postback URLs, one core\n", count);
    std::printf("QUrl + QUrlQuery split   %10.0f /s   (peer: parsing only)\n", perSecond(count, splitNs));
    std::printf("checks (read + check)    %10.0f /s   (target >= 100000: %s)   %lld findings\n",
                perSecond(count, checkNs), perSecond(count, checkNs) >= 100000 ? "ok" : "UNDER TARGET",
                static_cast<long long>(findings));
    std::printf("diffs (read 2 + diff)    %10.0f /s   (target >= 50000: %s)   %lld changed spans\n",
                perSecond(diffs, diffNs), perSecond(diffs, diffNs) >= 50000 ? "ok" : "UNDER TARGET",
                static_cast<long long>(rows + sink * 0));
    return 0;
}
