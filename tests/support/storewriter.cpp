// Writes a burst of exchanges into a case store and reports each one the moment it is committed:
// the other side of the store's crash and concurrency tests (it is killed, or runs twice at once).
//   pbw-store-writer PATH CASE_ID COUNT TAG
#include "analysis/verdict.h"
#include "net/exchange.h"
#include "store/casestore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: pbw-store-writer PATH CASE_ID COUNT TAG\n", stderr);
        return 2;
    }
    auto opened = pbw::CaseStore::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message()));
        return 2;
    }
    const qint64 caseId = args.at(2).toLongLong();
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        pbw::Exchange exchange;
        exchange.request.method = "GET";
        exchange.request.url = QStringLiteral("http://127.0.0.1:9/pb?writer=%1&n=%2").arg(args.at(4)).arg(i);
        exchange.request.input = exchange.request.url;
        exchange.request.target = exchange.request.url.mid(19).toLatin1();
        pbw::ReceivedResponse response;
        response.status = 200;
        response.reason = "OK";
        response.body = QByteArray("{\"status\":\"ok\",\"n\":") + QByteArray::number(i) + '}';
        response.text = QString::fromUtf8(response.body);
        exchange.response = response;
        exchange.timing.started = QDateTime::currentDateTimeUtc();
        const auto saved = opened.value()->addExchange(caseId, pbw::StoredExchange::Role::Other, exchange, {});
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message()));
            return 1;
        }
        // Reported only once committed: the test holds the store to every id it reads here.
        std::printf("saved %lld\n", saved.value());
        std::fflush(stdout);
    }
    return 0;
}
