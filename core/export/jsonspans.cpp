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

} // namespace pbw
