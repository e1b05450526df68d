#pragma once

#include <QByteArrayList>
#include <QByteArrayView>
#include <QList>
#include <functional>
#include <optional>

namespace pbw {

// Where the elements of one array of a JSON text lie (the array found by its keys from the root,
// e.g. {"log", "entries"}), without building the whole document: a big file can then be read one
// element at a time. Strings and nesting are followed; scalars are not checked (each element is
// parsed on its own afterwards). Nothing when the text is not balanced JSON or nests deeper than
// maxDepth; found false when there is no such array.
struct ArraySpans
{
    bool found = false;
    QList<std::pair<qsizetype, qsizetype>> elements; // start and length in the text
};
std::optional<ArraySpans> arrayElementSpans(QByteArrayView json, const QByteArrayList& path, int maxDepth = 512);

} // namespace pbw

namespace pbw {

// A JSON text read a chunk at a time (a file of hundreds of MB is never held whole), handing over
// one by one the values found at the places asked for, as their own bytes: each is then parsed on
// its own. Strings, nesting and the separators are followed; scalars outside the values handed over
// are checked only for their characters (a value handed over is parsed by QJsonDocument).
class JsonSplitter
{
public:
    // One step from the root to a value: a key of an object, or a position in an array.
    struct Step
    {
        QByteArray key; // raw, as written between the quotes (keys longer than 4 KB are cut)
        qsizetype index = -1; // in an array: the position; in an object: -1
    };
    using Path = QList<Step>;

    // What to do with a value that starts: go into it (an object or array: its members are asked
    // about one by one), hand it over whole (at most maxBytes of it, or the splitter stops), or skip it.
    struct Take
    {
        enum Kind { Descend, Whole, Skip } kind = Skip;
        qsizetype maxBytes = 0;
    };
    // first: the value's first byte ('{', '[', '"', a digit, t, f, n, -).
    using Decide = std::function<Take(const Path& where, char first)>;
    // A value asked for, whole; false stops the reading (the caller has what it needs, or a problem).
    using Found = std::function<bool(const Path& where, QByteArray value)>;

    enum class Stop { None, NotJson, TooDeep, TooLarge, Stopped };

    JsonSplitter(Decide decide, Found found, int maxDepth = 512);

    // The next bytes of the text; false once it stopped (stop() says why).
    bool feed(QByteArrayView chunk);
    // The text ended: true when it was one whole JSON value with nothing after it.
    bool finish();

    Stop stop() const { return m_stop; }
    qint64 offset() const { return m_stopOffset; } // where it stopped, in bytes from the start
    Path stoppedAt() const { return m_stoppedAt; } // TooLarge: the value that was too large

private:
    enum class Expect { Key, Colon, Value, Comma };
    struct Frame
    {
        bool isObject = false;
        bool quiet = false; // inside a value skipped or handed over whole: its members are not asked about
        bool hasStep = false; // its step is the last of m_path
        bool empty = true;
        Expect expect = Expect::Value;
        qsizetype count = 0; // arrays: values begun so far
        QByteArray key; // objects that are not quiet: the last key read
    };
    enum class Scan { Structure, InString, InKey, Scalar };

    bool fail(Stop why);
    bool beginValue(QByteArrayView chunk, qsizetype at);
    bool valueEnded(QByteArrayView chunk, qsizetype last); // a string or scalar ended at last (inclusive)
    bool closeContainer(QByteArrayView chunk, qsizetype at, char c);
    bool handOver(QByteArrayView chunk, qsizetype last);
    bool scalarIsValid() const;

    Decide m_decide;
    Found m_found;
    int m_maxDepth;
    QList<Frame> m_stack;
    Path m_path; // the steps to the innermost frame that is not quiet
    Scan m_scan = Scan::Structure;
    bool m_escape = false;
    bool m_done = false; // the root value ended
    QByteArray m_scalar; // the scalar being read (its first 64 characters)
    Stop m_stop = Stop::None;
    qint64 m_offset = 0; // of the chunk being read, from the start
    qsizetype m_at = 0; // in the chunk being read
    qint64 m_stopOffset = 0;
    Path m_stoppedAt;

    // The value being handed over: the stack's size when it began, the most it may be, its bytes so
    // far, where its bytes start in the chunk being read (-1: not handing over), its path.
    qsizetype m_captureDepth = -1;
    qsizetype m_captureMax = 0;
    QByteArray m_capture;
    qsizetype m_captureFrom = -1;
    Path m_capturePath;
};

} // namespace pbw
