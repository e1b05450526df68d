#include "net/contentdecoder.h"

#include <zlib.h>

namespace pbw {

struct ContentDecoder::Stream
{
    z_stream z{};
    bool finished = false;
    ~Stream() { inflateEnd(&z); }
};

namespace {

constexpr int GzipWindow = 15 + 16; // gzip wrapper
constexpr int ZlibWindow = 15; // zlib wrapper, as HTTP's "deflate" should be
constexpr int RawWindow = -15; // bare deflate, as some servers send it anyway

} // namespace

ContentDecoder::ContentDecoder(const QByteArray& contentEncoding)
{
    const QByteArray coding = contentEncoding.trimmed().toLower();
    int window = 0;
    if (coding == "gzip" || coding == "x-gzip") {
        window = GzipWindow;
    } else if (coding == "deflate") {
        window = ZlibWindow;
        m_deflate = true;
    } else {
        return;
    }
    m_stream = std::make_unique<Stream>();
    if (inflateInit2(&m_stream->z, window) != Z_OK)
        m_stream.reset();
}

ContentDecoder::~ContentDecoder() = default;

ContentDecoder::State ContentDecoder::feed(const QByteArray& input, QByteArray& out, qint64 maxTotal)
{
    if (!m_stream) {
        const qint64 room = maxTotal - out.size();
        out += input.left(qMax<qint64>(0, room));
        return input.size() > room ? State::LimitReached : State::Ok;
    }
    if (m_stream->finished || input.isEmpty())
        return State::Ok;
    const bool firstFeed = !m_fed;
    m_fed = true;

    z_stream& z = m_stream->z;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    z.avail_in = uInt(input.size());
    char buffer[16 * 1024];
    while (z.avail_in > 0) {
        z.next_out = reinterpret_cast<Bytef*>(buffer);
        z.avail_out = sizeof buffer;
        const int result = inflate(&z, Z_NO_FLUSH);
        const qsizetype produced = qsizetype(sizeof buffer - z.avail_out);
        const qint64 room = maxTotal - out.size();
        out.append(buffer, qsizetype(qMin<qint64>(produced, room)));
        if (produced > room)
            return State::LimitReached;
        if (result == Z_STREAM_END) {
            m_stream->finished = true;
            return State::Ok;
        }
        if (result == Z_DATA_ERROR && m_deflate && !m_triedRaw && firstFeed && out.isEmpty()) {
            // "deflate" without the zlib wrapper (the header is wrong at once): start again as raw deflate.
            m_triedRaw = true;
            inflateEnd(&z);
            z = z_stream{};
            if (inflateInit2(&z, RawWindow) != Z_OK)
                return State::Error;
            m_fed = false;
            return feed(input, out, maxTotal);
        }
        if (result != Z_OK && result != Z_BUF_ERROR)
            return State::Error;
        if (result == Z_BUF_ERROR && z.avail_in == 0)
            break;
    }
    return State::Ok;
}

} // namespace pbw
