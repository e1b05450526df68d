// The click-ID extractor at size: 200,000 ad click URLs (gclid, fbclid, msclkid, UTM, tracker
// sub-IDs, some nested in a redirect parameter) read on one core. Goal: at least 200,000 URLs per
// second. The peer: Python's urllib.parse.parse_qsl over the same URLs (splitting only, no table).
//
//   pbw-trace-bench     (bench/trace-bench.sh runs it after timing pbw trace against curl -L)
#include "analysis/clickids.h"
#include "rate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <cstdio>

using namespace pbw;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr int count = 200'000;
    QStringList urls;
    urls.reserve(count);
    for (int i = 0; i < count; ++i) {
        switch (i % 4) {
        case 0:
            urls.append(
                QStringLiteral("https://shop.example/landing?utm_source=google&utm_medium=cpc&utm_campaign=bf_%1"
                               "&gclid=Cj0KCQiA5rGuBhCnARIsAN11vgSF%2Fz%1")
                    .arg(i));
            break;
        case 1:
            urls.append(QStringLiteral(
                            "https://offer.example/p/%1?fbclid=IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjc%1"
                            "&utm_source=facebook")
                            .arg(i));
            break;
        case 2:
            urls.append(
                QStringLiteral(
                    "https://r.example/go?u=https%3A%2F%2Fland.example%2F%3Fmsclkid%3D4d0f6b53b1a115a5f0cb8fa37d6e1f2c"
                    "%26utm_term%3Dshoes%1")
                    .arg(i));
            break;
        default:
            urls.append(
                QStringLiteral("https://trk.example/click?subid=3f6kq9a1b2c%1&sub1=pub42&aff_sub=zone7&x=%1#frag")
                    .arg(i));
        }
    }
    (void)ClickIdTable::builtIn(); // the table is loaded before the clock
    QElapsedTimer clock;
    clock.start();
    qint64 found = 0;
    for (const QString& url : std::as_const(urls))
        found += trackingParamsOfUrl(url).size();
    const qint64 ns = clock.nsecsElapsed();
    const double rate = perSecond(count, ns);
    std::printf("extract tracking parameters from %d URLs: %.1f ms, %.0f URLs/s (%lld parameters), peak %.1f MB\n",
                count, ms(ns), rate, qlonglong(found), double(peakKilobytes()) / 1024);
    std::fflush(stdout);

    QTemporaryFile inputs;
    if (inputs.open()) {
        for (const QString& url : std::as_const(urls))
            inputs.write(url.toUtf8() + '\n');
        inputs.flush();
        QProcess peer;
        peer.setProcessChannelMode(QProcess::ForwardedChannels);
        peer.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys,time\nfrom urllib.parse import urlsplit,parse_qsl\n"
                            "v=open(sys.argv[1]).read().split('\\n')[:-1]\nt=time.perf_counter()\n"
                            "n=sum(len(parse_qsl(urlsplit(u).query)) for u in v)\nd=time.perf_counter()-t\n"
                            "print('peer: python3 urlsplit + parse_qsl of the same %d URLs: %.1f ms, %.0f URLs/s "
                            "(%d pairs)' % (len(v), d*1000, len(v)/d, n))"),
             inputs.fileName()});
        peer.waitForFinished(120'000);
    }
    const bool ok = rate >= 200'000;
    std::printf("%s\n", ok ? "extractor goal met" : "EXTRACTOR GOAL MISSED");
    return ok ? 0 : 1;
}
