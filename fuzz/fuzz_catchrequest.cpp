// The catcher's request reader (catch/requestreader.h) on anything a client can send: never a crash,
// the same outcome fed whole and fed in two parts, each request's bytes the very bytes it took (in
// order, nothing added), bodies within the limit, and the caught request checked as a callback.
#include "catch/catchcheck.h"
#include "catch/requestreader.h"

#include <cstdlib>

namespace {

using namespace pbw;

void require(bool condition)
{
    if (!condition)
        std::abort();
}

struct Outcome
{
    QList<ReadRequest> requests;
    RequestReader::State last = RequestReader::State::NeedMore;
    int failure = 0;
};

Outcome readAll(QByteArrayView bytes, qsizetype split, const RequestLimits& limits)
{
    Outcome outcome;
    RequestReader reader(limits);
    for (const QByteArrayView part : {bytes.first(split), bytes.sliced(split)}) {
        RequestReader::State state = reader.feed(part);
        while (state == RequestReader::State::Complete) {
            outcome.requests.append(reader.take());
            state = reader.state();
        }
        outcome.last = state;
        if (state == RequestReader::State::Failed)
            break;
    }
    outcome.failure = reader.failure();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    RequestLimits limits;
    limits.maxBodyBytes = 4096;
    limits.maxHeadBytes = 2048;
    const Outcome whole = readAll(bytes, 0, limits);
    const Outcome split = readAll(bytes, bytes.size() / 2, limits);
    require(whole.requests.size() == split.requests.size());
    require(whole.last == split.last && whole.failure == split.failure);
    QByteArray taken;
    for (qsizetype i = 0; i < whole.requests.size(); ++i) {
        const ReadRequest& request = whole.requests.at(i);
        require(request.raw == split.requests.at(i).raw && request.body == split.requests.at(i).body);
        require(request.body.size() <= limits.maxBodyBytes);
        require(!request.method.isEmpty() && request.raw.contains(request.target));
        taken += request.raw;
        Exchange exchange;
        exchange.request.method = request.method;
        exchange.request.target = request.target;
        exchange.request.url = QStringLiteral("http://127.0.0.1:1") + QString::fromLatin1(request.target);
        exchange.request.headers = request.headers;
        exchange.request.body = request.body;
        const CatchCheck check
            = checkCaught(exchange, QStringLiteral("p"), QStringLiteral("https://x.example/pb?a={a}"));
        (void)catchVerdictLine(check);
    }
    // What the requests took is what was sent, less blank lines a client may put between requests.
    QByteArray sent = bytes.toByteArray();
    sent.replace("\r\n", "\n");
    QByteArray got = taken;
    got.replace("\r\n", "\n");
    require(got.size() <= sent.size());
    return 0;
}
