#include "analysis/answerview.h"

#include "net/exchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QXmlStreamReader>

namespace pbw {

namespace {

constexpr int maxXmlElements = 256;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f' || c == QChar(0xA0) || c == QChar(0xFEFF);
}

void blank(QString& folded, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to && i < folded.size(); ++i)
        folded[i] = u' ';
}

// Keys of a JSON document are not what the partner said: only values stay visible.
void maskJsonKeys(QString& folded)
{
    const qsizetype size = folded.size();
    qsizetype i = 0;
    while (i < size) {
        if (folded.at(i) != u'"') {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < size && folded.at(end) != u'"')
            end += folded.at(end) == u'\\' ? 2 : 1;
        qsizetype next = end + 1;
        while (next < size && isSpace(folded.at(next)))
            ++next;
        if (next < size && folded.at(next) == u':')
            blank(folded, i, end + 1);
        i = end + 1;
    }
}

qsizetype indexOfFolded(const QString& folded, QStringView needle, qsizetype from)
{
    return QStringView(folded).indexOf(needle, from);
}

// Tags, comments, scripts and styles are not text a person would read.
void maskMarkup(QString& folded, bool html)
{
    const qsizetype size = folded.size();
    qsizetype i = 0;
    while (i < size) {
        if (folded.at(i) != u'<') {
            ++i;
            continue;
        }
        qsizetype end = -1;
        const QStringView rest = QStringView(folded).mid(i);
        if (rest.startsWith(u"<!--")) {
            end = indexOfFolded(folded, u"-->", i + 4);
            end = end < 0 ? size : end + 3;
        } else if (html && (rest.startsWith(u"<script") || rest.startsWith(u"<style"))) {
            const QStringView closing
                = rest.startsWith(u"<script") ? QStringView(u"</script") : QStringView(u"</style");
            qsizetype close = indexOfFolded(folded, closing, i + 1);
            close = close < 0 ? size : folded.indexOf(u'>', close);
            end = close < 0 ? size : close + 1;
        } else if (rest.startsWith(u"<![cdata[")) {
            blank(folded, i, i + 9);
            const qsizetype close = indexOfFolded(folded, u"]]>", i + 9);
            if (close >= 0)
                blank(folded, close, close + 3);
            i = close < 0 ? size : close + 3;
            continue;
        } else {
            const qsizetype close = folded.indexOf(u'>', i + 1);
            end = close < 0 ? size : close + 1;
        }
        blank(folded, i, end);
        i = end;
    }
}

bool readXml(const QString& text, QList<XmlElement>& elements)
{
    QXmlStreamReader reader(text);
    struct Open
    {
        qsizetype index;
        QString text;
    };
    QList<Open> open;
    qint64 before = 0;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            XmlElement element;
            element.name = reader.name().toString().toLower();
            element.offset = int(text.indexOf(u'<', before));
            if (elements.size() < maxXmlElements) {
                open.append(Open{elements.size(), {}});
                elements.append(element);
            } else {
                open.append(Open{-1, {}});
            }
        } else if (token == QXmlStreamReader::Characters && !open.isEmpty()) {
            open.last().text += reader.text();
        } else if (token == QXmlStreamReader::EndElement && !open.isEmpty()) {
            const Open closed = open.takeLast();
            if (closed.index >= 0) {
                XmlElement& element = elements[closed.index];
                element.text = closed.text.trimmed();
                element.length = int(reader.characterOffset()) - element.offset;
            }
        }
        before = reader.characterOffset();
    }
    return !reader.hasError();
}

void findTitle(AnswerView& view)
{
    const qsizetype start = view.text.indexOf(u"<title", 0, Qt::CaseInsensitive);
    if (start < 0)
        return;
    const qsizetype open = view.text.indexOf(u'>', start);
    if (open < 0)
        return;
    qsizetype close = view.text.indexOf(u"</title", open, Qt::CaseInsensitive);
    if (close < 0)
        close = qMin(view.text.size(), open + 1 + 512);
    view.title = foldedText(QStringView(view.text).mid(open + 1, close - open - 1)).simplified();
    view.titleOffset = int(open + 1);
}

AnswerView::Shape detectShape(const AnswerView& view, QChar first)
{
    const QByteArray& type = view.contentType;
    if (first == u'{' || first == u'[')
        return AnswerView::Shape::Json; // confirmed by parsing
    if (first != u'<')
        return AnswerView::Shape::Text;
    const QStringView start = QStringView(view.folded).mid(view.trimStart, 64);
    if (type.contains("html") || start.startsWith(u"<!doctype html") || start.startsWith(u"<html"))
        return AnswerView::Shape::Html;
    return AnswerView::Shape::Xml; // confirmed by parsing
}

} // namespace

QChar foldedChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + 32)) : c;
    return c.isSurrogate() ? c : c.toLower();
}

const AnswerView::Words& AnswerView::visibleWords() const
{
    if (!m_visibleWords) {
        const QStringView visible = visibleText();
        Words words;
        words.reserve(visible.size() / 5 + 1);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= visible.size(); ++i) {
            const bool word = i < visible.size() && (visible[i].isLetterOrNumber() || visible[i] == u'_');
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.append(visible.mid(start, i - start));
                start = -1;
            }
        }
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        m_visibleWords = std::make_shared<const Words>(std::move(words));
    }
    return *m_visibleWords;
}

namespace {

void collectKeys(const QJsonValue& value, QSet<QString>& keys, int depth)
{
    if (depth > 16 || keys.size() > 1024)
        return;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectKeys(item, keys, depth + 1);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            keys.insert(it.key().toLower());
            collectKeys(*it, keys, depth + 1);
        }
    }
}

} // namespace

const QSet<QString>& AnswerView::jsonKeys() const
{
    if (!m_jsonKeys) {
        QSet<QString> keys;
        collectKeys(json, keys, 0);
        m_jsonKeys = std::make_shared<const QSet<QString>>(std::move(keys));
    }
    return *m_jsonKeys;
}

const AnswerView::WordStarts& AnswerView::wordStarts() const
{
    if (!m_wordStarts) {
        auto starts = std::make_shared<WordStarts>();
        starts->fill(0);
        const QStringView visible = visibleText();
        const auto isWord = [](QChar c) {
            return c.isLetterOrNumber() || c == u'_';
        };
        for (qsizetype i = 0; i + 1 < visible.size(); ++i) {
            if (isWord(visible[i]) && isWord(visible[i + 1]) && (i == 0 || !isWord(visible[i - 1]))) {
                const int bit = wordStartBit(visible.mid(i, 3));
                (*starts)[bit / 64] |= quint64(1) << (bit % 64);
            }
        }
        m_wordStarts = std::move(starts);
    }
    return *m_wordStarts;
}

QString foldedText(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar* data = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        data[i] = foldedChar(text[i]);
    return out;
}

QString shapeKey(AnswerView::Shape shape)
{
    switch (shape) {
    case AnswerView::Shape::Empty:
        return QStringLiteral("empty");
    case AnswerView::Shape::Json:
        return QStringLiteral("json");
    case AnswerView::Shape::Xml:
        return QStringLiteral("xml");
    case AnswerView::Shape::Html:
        return QStringLiteral("html");
    case AnswerView::Shape::Text:
        return QStringLiteral("text");
    case AnswerView::Shape::Binary:
        return QStringLiteral("binary");
    }
    return {};
}

AnswerView prepareAnswer(int status, const QByteArray& contentType, const HeaderList& headers, const QString& text,
                         bool isBinary)
{
    AnswerView view;
    view.status = status;
    view.contentType = contentType.toLower();
    view.headers = headers;
    if (isBinary) {
        view.shape = AnswerView::Shape::Binary;
        return view;
    }
    view.text = text.size() > AnswerView::judgedChars ? text.left(AnswerView::judgedChars) : text;
    view.judgedOnPart = text.size() > AnswerView::judgedChars;
    view.folded = foldedText(view.text);

    qsizetype start = 0;
    qsizetype end = view.folded.size();
    while (start < end && isSpace(view.folded.at(start)))
        ++start;
    if (start == end) {
        view.shape = AnswerView::Shape::Empty;
        return view;
    }
    view.trimStart = int(start);
    view.shape = detectShape(view, view.folded.at(start));
    if (view.shape == AnswerView::Shape::Json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(view.text.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            view.json = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
            maskJsonKeys(view.folded);
        } else {
            view.shape = AnswerView::Shape::Text;
        }
    } else if (view.shape == AnswerView::Shape::Xml) {
        if (!readXml(view.text, view.xml)) {
            view.xml.clear();
            view.shape = AnswerView::Shape::Html;
        }
    }
    if (view.shape == AnswerView::Shape::Html)
        findTitle(view);
    if (view.shape == AnswerView::Shape::Xml || view.shape == AnswerView::Shape::Html)
        maskMarkup(view.folded, view.shape == AnswerView::Shape::Html);

    start = 0;
    while (start < end && isSpace(view.folded.at(start)))
        ++start;
    while (end > start && isSpace(view.folded.at(end - 1)))
        --end;
    view.trimStart = int(start);
    view.trimEnd = int(end);
    return view;
}

AnswerView prepareAnswer(const ReceivedResponse& response)
{
    AnswerView view = prepareAnswer(response.status, response.contentType, response.headers, response.text,
                                    response.isBinary || (response.text.isEmpty() && !response.body.isEmpty()));
    view.judgedOnPart = view.judgedOnPart || response.truncated;
    return view;
}

std::pair<int, int> locateJsonField(const QString& text, const QString& key)
{
    const QString quoted = QLatin1Char('"') + key + QLatin1Char('"');
    qsizetype from = 0;
    while (true) {
        const qsizetype at = text.indexOf(quoted, from, Qt::CaseInsensitive);
        if (at < 0)
            return {-1, 0};
        qsizetype i = at + quoted.size();
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
        if (i >= text.size() || text.at(i) != u':') {
            from = at + 1;
            continue;
        }
        ++i;
        while (i < text.size() && isSpace(text.at(i)))
            ++i;
        qsizetype end = i;
        if (end < text.size() && text.at(end) == u'"') {
            ++end;
            while (end < text.size() && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = qMin(end + 1, text.size());
        } else if (end < text.size() && (text.at(end) == u'{' || text.at(end) == u'[')) {
            int depth = 0;
            bool inString = false;
            for (; end < text.size(); ++end) {
                const QChar c = text.at(end);
                if (inString) {
                    if (c == u'\\')
                        ++end;
                    else if (c == u'"')
                        inString = false;
                } else if (c == u'"') {
                    inString = true;
                } else if (c == u'{' || c == u'[') {
                    ++depth;
                } else if ((c == u'}' || c == u']') && --depth == 0) {
                    ++end;
                    break;
                }
            }
        } else {
            while (end < text.size() && !isSpace(text.at(end)) && text.at(end) != u',' && text.at(end) != u'}'
                   && text.at(end) != u']')
                ++end;
        }
        return {int(at), int(qMin(end, text.size()) - at)};
    }
}

} // namespace pbw
