#include "export/jsonspans.h"

namespace pbw {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

struct Frame
{
    bool isObject = false;
    bool onPath = false; // this container is the root or reached by the path's keys so far
    bool expectKey = false; // objects: the next string is a key
    QByteArrayView key; // objects: the last key read
    qsizetype elementStart = -1; // the target array: where the current element began
};

} // namespace

std::optional<ArraySpans> arrayElementSpans(QByteArrayView json, const QByteArrayList& path, int maxDepth)
{
    ArraySpans spans;
    QList<Frame> stack;
    qsizetype target = -1; // depth of the target array in the stack
    const qsizetype size = json.size();
    qsizetype i = 0;
    while (i < size && isSpace(json[i]))
        ++i;
    if (i == size || (json[i] != '{' && json[i] != '['))
        return std::nullopt;

    const auto closeElement = [&](qsizetype end) {
        Frame& frame = stack.last();
        if (frame.elementStart < 0)
            return;
        qsizetype last = end;
        while (last > frame.elementStart && isSpace(json[last - 1]))
            --last;
        if (last > frame.elementStart)
            spans.elements.append({frame.elementStart, last - frame.elementStart});
        frame.elementStart = -1;
    };

    for (; i < size; ++i) {
        const char c = json[i];
        if (isSpace(c))
            continue;
        if (!stack.isEmpty() && qsizetype(stack.size()) - 1 == target && stack.last().elementStart < 0 && c != ']'
            && c != ',')
            stack.last().elementStart = i;
        switch (c) {
        case '"': {
            const qsizetype start = i + 1;
            ++i;
            while (i < size && json[i] != '"')
                i += json[i] == '\\' ? 2 : 1;
            if (i >= size)
                return std::nullopt;
            if (!stack.isEmpty() && stack.last().isObject && stack.last().expectKey) {
                stack.last().key = json.sliced(start, i - start);
                stack.last().expectKey = false;
            }
            break;
        }
        case '{':
        case '[': {
            if (stack.size() >= maxDepth)
                return std::nullopt;
            Frame frame;
            frame.isObject = c == '{';
            frame.expectKey = frame.isObject;
            if (stack.isEmpty()) {
                frame.onPath = true;
            } else {
                const Frame& parent = stack.last();
                const qsizetype depth = stack.size(); // keys matched so far, when on the path
                frame.onPath = parent.onPath && parent.isObject && depth <= path.size()
                    && parent.key == QByteArrayView(path.at(depth - 1));
            }
            stack.append(frame);
            if (!frame.isObject && frame.onPath && stack.size() - 1 == path.size() && target < 0) {
                target = stack.size() - 1;
                spans.found = true;
            }
            break;
        }
        case '}':
        case ']':
            if (stack.isEmpty() || stack.last().isObject != (c == '}'))
                return std::nullopt;
            if (stack.size() - 1 == target) {
                closeElement(i);
                target = -2; // done: only the first such array counts
            }
            stack.removeLast();
            if (stack.isEmpty()) {
                for (++i; i < size; ++i) {
                    if (!isSpace(json[i]))
                        return std::nullopt; // something after the document
                }
                return spans;
            }
            break;
        case ',':
            if (stack.isEmpty())
                return std::nullopt;
            if (stack.size() - 1 == target)
                closeElement(i);
            if (stack.last().isObject)
                stack.last().expectKey = true;
            break;
        default:
            break; // ':' and scalars
        }
    }
    return std::nullopt; // ran out before the document closed
}

namespace {

bool isScalarStart(char c)
{
    return c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
}

bool isScalarChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' || c == '.' || c == 'E';
}

} // namespace

JsonSplitter::JsonSplitter(Decide decide, Found found, int maxDepth)
    : m_decide(std::move(decide))
    , m_found(std::move(found))
    , m_maxDepth(maxDepth)
{
}

bool JsonSplitter::fail(Stop why)
{
    if (m_stop == Stop::None) {
        m_stop = why;
        m_stopOffset = m_offset + std::max<qsizetype>(m_at, 0);
    }
    m_capture = QByteArray();
    return false;
}

bool JsonSplitter::scalarIsValid() const
{
    if (m_scalar == "true" || m_scalar == "false" || m_scalar == "null")
        return true;
    if (m_scalar.isEmpty() || !(m_scalar.front() == '-' || (m_scalar.front() >= '0' && m_scalar.front() <= '9')))
        return false;
    for (const char c : m_scalar) {
        if (!((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
            return false;
    }
    return true;
}

bool JsonSplitter::handOver(QByteArrayView chunk, qsizetype last)
{
    if (last >= m_captureFrom)
        m_capture.append(chunk.sliced(m_captureFrom, last - m_captureFrom + 1));
    m_captureDepth = -1;
    m_captureFrom = -1;
    if (m_capture.size() > m_captureMax) {
        m_stoppedAt = m_capturePath;
        return fail(Stop::TooLarge);
    }
    QByteArray value = std::move(m_capture);
    m_capture = QByteArray();
    if (!m_found(m_capturePath, std::move(value)))
        return fail(Stop::Stopped);
    return true;
}

bool JsonSplitter::beginValue(QByteArrayView chunk, qsizetype at)
{
    const char c = chunk[at];
    if (c != '{' && c != '[' && c != '"' && !isScalarStart(c))
        return fail(Stop::NotJson);
    const bool quietParent = !m_stack.isEmpty() && m_stack.last().quiet;
    Step step;
    bool hasStep = false;
    if (!m_stack.isEmpty()) {
        Frame& parent = m_stack.last();
        parent.empty = false;
        parent.expect = Expect::Comma;
        if (!parent.isObject)
            ++parent.count;
        if (!quietParent) {
            step = parent.isObject ? Step{parent.key, -1} : Step{QByteArray(), parent.count - 1};
            hasStep = true;
        }
    }
    bool quiet = quietParent;
    if (!quietParent) {
        Path where = m_path;
        if (hasStep)
            where.append(step);
        const Take take = m_decide(where, c);
        if (take.kind == Take::Whole) {
            m_captureDepth = m_stack.size();
            m_captureMax = take.maxBytes;
            m_capture = QByteArray();
            m_captureFrom = at;
            m_capturePath = where;
            quiet = true;
        } else if (take.kind == Take::Skip || (c != '{' && c != '[')) {
            quiet = true;
        }
    }
    if (c == '{' || c == '[') {
        if (m_stack.size() >= m_maxDepth)
            return fail(Stop::TooDeep);
        Frame frame;
        frame.isObject = c == '{';
        frame.quiet = quiet;
        frame.expect = frame.isObject ? Expect::Key : Expect::Value;
        frame.hasStep = !quiet && hasStep;
        if (frame.hasStep)
            m_path.append(step);
        m_stack.append(frame);
    } else if (c == '"') {
        m_scan = Scan::InString;
    } else {
        m_scan = Scan::Scalar;
        m_scalar = QByteArray(1, c);
    }
    return true;
}

bool JsonSplitter::valueEnded(QByteArrayView chunk, qsizetype last)
{
    if (m_captureDepth >= 0 && m_captureDepth == m_stack.size())
        return handOver(chunk, last);
    return true;
}

bool JsonSplitter::closeContainer(QByteArrayView chunk, qsizetype at, char c)
{
    const Frame& frame = m_stack.last();
    if (frame.isObject != (c == '}'))
        return fail(Stop::NotJson);
    const bool closable = frame.expect == Expect::Comma
        || (frame.empty && frame.expect == (frame.isObject ? Expect::Key : Expect::Value));
    if (!closable)
        return fail(Stop::NotJson);
    const bool hadStep = frame.hasStep;
    m_stack.removeLast();
    if (hadStep)
        m_path.removeLast();
    if (m_stack.isEmpty())
        m_done = true;
    return valueEnded(chunk, at);
}

bool JsonSplitter::feed(QByteArrayView chunk)
{
    if (m_stop != Stop::None)
        return false;
    const qsizetype size = chunk.size();
    for (m_at = 0; m_at < size; ++m_at) {
        const char c = chunk[m_at];
        switch (m_scan) {
        case Scan::InString:
            if (m_escape) {
                m_escape = false;
                continue;
            }
            // The common case: plain characters, passed over in one go.
            while (m_at < size) {
                const char d = chunk[m_at];
                if (d == '"' || d == '\\' || uchar(d) < 0x20)
                    break;
                ++m_at;
            }
            if (m_at == size)
                break;
            if (chunk[m_at] == '\\') {
                m_escape = true;
            } else if (chunk[m_at] == '"') {
                m_scan = Scan::Structure;
                if (!valueEnded(chunk, m_at))
                    return false;
            } else {
                return fail(Stop::NotJson); // a control character in a string
            }
            continue;
        case Scan::InKey: {
            if (m_escape) {
                m_escape = false;
            } else if (c == '\\') {
                m_escape = true;
            } else if (c == '"') {
                m_scan = Scan::Structure;
                m_stack.last().expect = Expect::Colon;
                continue;
            } else if (uchar(c) < 0x20) {
                return fail(Stop::NotJson);
            }
            Frame& frame = m_stack.last();
            if (!frame.quiet && frame.key.size() < 4096)
                frame.key.append(c);
            continue;
        }
        case Scan::Scalar:
            if (isScalarChar(c)) {
                if (m_scalar.size() < 64)
                    m_scalar.append(c);
                continue;
            }
            if (!scalarIsValid())
                return fail(Stop::NotJson);
            m_scan = Scan::Structure;
            if (!valueEnded(chunk, m_at - 1))
                return false;
            break; // c is read as structure below
        case Scan::Structure:
            break;
        }
        if (m_scan != Scan::Structure || isSpace(c))
            continue;
        if (m_done)
            return fail(Stop::NotJson); // something after the document
        if (m_stack.isEmpty()) {
            if (c != '{' && c != '[')
                return fail(Stop::NotJson);
            if (!beginValue(chunk, m_at))
                return false;
            continue;
        }
        Frame& frame = m_stack.last();
        switch (c) {
        case '"':
            if (frame.isObject && frame.expect == Expect::Key) {
                frame.empty = false;
                m_scan = Scan::InKey;
                frame.key.clear();
            } else if (frame.expect == Expect::Value) {
                if (!beginValue(chunk, m_at))
                    return false;
            } else {
                return fail(Stop::NotJson);
            }
            break;
        case ':':
            if (!frame.isObject || frame.expect != Expect::Colon)
                return fail(Stop::NotJson);
            frame.expect = Expect::Value;
            break;
        case ',':
            if (frame.expect != Expect::Comma)
                return fail(Stop::NotJson);
            frame.expect = frame.isObject ? Expect::Key : Expect::Value;
            break;
        case '}':
        case ']':
            if (!closeContainer(chunk, m_at, c))
                return false;
            break;
        default:
            if (frame.expect != Expect::Value)
                return fail(Stop::NotJson);
            if (!beginValue(chunk, m_at))
                return false;
            break;
        }
    }
    if (m_captureDepth >= 0) {
        m_capture.append(chunk.sliced(m_captureFrom));
        m_captureFrom = 0;
        if (m_capture.size() > m_captureMax) {
            m_stoppedAt = m_capturePath;
            return fail(Stop::TooLarge);
        }
    }
    m_offset += size;
    m_at = 0;
    return true;
}

bool JsonSplitter::finish()
{
    if (m_stop != Stop::None)
        return false;
    if (m_scan == Scan::Structure && m_done)
        return true;
    m_at = 0;
    return fail(Stop::NotJson);
}

} // namespace pbw
