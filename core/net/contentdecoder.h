#pragma once

#include <QByteArray>
#include <memory>

namespace pbw {

// Streams a gzip or deflate body back to its bytes, never producing more than a limit:
// a small compressed answer cannot grow memory past the capture limit.
class ContentDecoder
{
public:
    enum class State { Ok, LimitReached, Error };

    // Content-Encoding value; identity (empty) passes bytes through. Unknown codings pass through too
    // and isDecoding() is false.
    explicit ContentDecoder(const QByteArray& contentEncoding);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder&) = delete;
    ContentDecoder& operator=(const ContentDecoder&) = delete;

    bool isDecoding() const { return m_stream != nullptr; }
    // Appends decoded bytes to out, up to maxTotal bytes in out.
    State feed(const QByteArray& input, QByteArray& out, qint64 maxTotal);

private:
    struct Stream;
    std::unique_ptr<Stream> m_stream;
    bool m_deflate = false;
    bool m_triedRaw = false;
    bool m_fed = false;
};

} // namespace pbw
