// Reads the members of a structured answer that carry its outcome.
#include "analysis/answeroutcome.h"

#include "analysis/answerview.h"
#include "analysis/answervocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

namespace pbw {

namespace {

constexpr int maxDepth = 8;
constexpr int maxMembers = 512;
constexpr int maxPairs = 32;

bool isCodeLike(const QString& key)
{
    return key == u"code" || key.endsWith(u"code") || key == u"ret";
}

// A number written as text ("0", "-1", "200"), read without QString::toDouble's cost for words.
bool readNumber(const QString& text, double* number)
{
    if (text.isEmpty() || !(text.front().isDigit() || text.front() == u'-' || text.front() == u'+'))
        return false;
    bool ok = false;
    *number = text.toDouble(&ok);
    return ok;
}

bool falsyText(const QString& value)
{
    const QString folded = value.trimmed().toLower();
    return folded.isEmpty() || folded == u"0" || folded == u"false" || folded == u"null" || folded == u"none"
        || folded == u"no" || folded == u"[]" || folded == u"{}" || folded == u"ok" || folded == u"success";
}

class OutcomeReader
{
public:
    OutcomeReader(const AnswerView& view, const AnswerVocabulary::Outcome& words)
        : m_view(view)
        , m_words(words)
    {
    }

    AnswerOutcome read()
    {
        if (m_view.shape == AnswerView::Shape::Json) {
            m_out.structured = true;
            walk(m_view.json, {}, 0);
        } else if (m_view.shape == AnswerView::Shape::Xml) {
            m_out.structured = true;
            for (qsizetype i = 0; i < m_view.xml.size(); ++i) {
                const XmlElement& element = m_view.xml.at(i);
                const QString key = AnswerVocabulary::memberKey(element.name);
                member(key, element.name, element.text,
                       {element.name, element.text, element.offset, element.length, {}}, false, 0);
                // <PartialErrors/>: the answer's slot for errors, with nothing inside it.
                const bool hasChild
                    = i + 1 < m_view.xml.size() && m_view.xml.at(i + 1).offset < element.offset + element.length;
                if (m_words.failureMembers.contains(key) && element.text.isEmpty() && !hasChild)
                    setSuccess({element.name, element.text, element.offset, element.length, {}}, false);
            }
        } else if (m_view.shape == AnswerView::Shape::Text) {
            readPairs();
        }
        if (m_failure) {
            m_out.polarity = AnswerOutcome::Polarity::Failure;
            m_out.deciding = m_failure;
        } else if (m_success) {
            m_out.polarity = AnswerOutcome::Polarity::Success;
            m_out.deciding = m_success;
            m_out.successFromCodeOnly = !m_successBeyondCode;
        }
        return m_out;
    }

private:
    void walk(const QJsonValue& value, const QString& path, int depth)
    {
        if (depth > maxDepth || m_seen >= maxMembers)
            return;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size() && m_seen < maxMembers; ++i) {
                const QJsonValue item = array.at(i);
                const QString itemPath = path + (path.isEmpty() ? QString() : QStringLiteral(".")) + QString::number(i);
                if (item.isString() && !path.isEmpty()) {
                    const QString name = path.section(u'.', -1);
                    scalar(AnswerVocabulary::memberKey(name), name, itemPath, item);
                } else
                    walk(item, itemPath, depth + 1);
            }
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject object = value.toObject();
        // Each member's name as the outcome lists hold it, made once.
        QVarLengthArray<QString, 16> keys;
        for (auto it = object.constBegin(); it != object.constEnd() && keys.size() < maxMembers; ++it)
            keys.append(AnswerVocabulary::memberKey(it.key()));
        // {"field": "amount", "message": "must be greater than 0"}: the message is about the field.
        const QString outerField = m_field;
        m_field.clear();
        qsizetype k = 0;
        for (auto it = object.constBegin(); it != object.constEnd() && k < keys.size(); ++it, ++k) {
            if (it->isString() && m_words.fieldMembers.contains(keys[k])) {
                m_field = it->toString().left(128);
                break;
            }
        }
        k = 0;
        for (auto it = object.constBegin(); it != object.constEnd() && m_seen < maxMembers && k < keys.size();
             ++it, ++k) {
            ++m_seen;
            const QString& key = keys[k];
            if (it->isObject() || it->isArray()) {
                const QString childPath = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                const bool set = it->isObject() ? !it->toObject().isEmpty() : !it->toArray().isEmpty();
                if (m_words.failureMembers.contains(key)) {
                    // "errors": [ … ] is a failure; "validationMessages": [] an answer that found none.
                    if (set && !m_failure)
                        m_failure = located(it.key(), childPath, compact(*it));
                    else if (!set && it->isArray())
                        setSuccess(located(it.key(), childPath, QStringLiteral("[]")), false);
                }
                walk(*it, childPath, depth + 1);
            } else if (m_words.outcomeMembers.contains(key) || (key == u"id" && path.isEmpty())) {
                // Most members of a large answer say nothing of its outcome: not even read.
                scalar(key, it.key(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(), *it);
            }
        }
        m_field = outerField;
    }

    // An object or a list as the evidence shows it: {"code":"OFFER_CAP_REACHED"}, cut at 160 characters.
    static QString compact(const QJsonValue& value)
    {
        const QByteArray json = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        const QString text = QString::fromUtf8(json);
        return text.size() > 160 ? text.left(159) + QChar(0x2026) : text;
    }

    AnswerMember located(const QString& key, const QString& path, const QString& value) const
    {
        const auto [offset, length] = locateJsonField(m_view.text, key);
        return {path, value, offset, length, {}};
    }

    void scalar(const QString& key, const QString& name, const QString& path, const QJsonValue& value)
    {
        QString text;
        bool isNumber = false;
        double number = 0;
        switch (value.type()) {
        case QJsonValue::Bool:
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case QJsonValue::Double:
            isNumber = true;
            number = value.toDouble();
            text = number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
            break;
        case QJsonValue::String:
            text = value.toString();
            break;
        default:
            return; // null says nothing
        }
        member(key, name, text, {path, text, -2, 0, {}}, isNumber, number);
    }

    void member(const QString& key, const QString& name, const QString& text, AnswerMember found, bool isNumber,
                double number)
    {
        if (!m_words.outcomeMembers.contains(key) && key != u"id")
            return; // most members of a large answer say nothing of its outcome: not even located
        if (found.offset == -2) {
            const auto [offset, length] = locateJsonField(m_view.text, name);
            found.offset = offset;
            found.length = length;
        }
        found.value = text;
        const QString folded = text.trimmed().toLower();
        if (m_words.testMembers.contains(key) && !falsyText(text) && !m_out.test)
            m_out.test = found;
        if (m_words.failureMembers.contains(key) && !falsyText(text) && !m_failure)
            m_failure = found;
        if (isNumber && m_words.countMembers.contains(key)) {
            if (number > 0)
                setSuccess(found, true);
            else
                setFailure(found);
        }
        if (m_words.recordMembers.contains(key) && !falsyText(text))
            setSuccess(found, true);
        // {"id": 5796, …} at the top of an answer: the record the partner made, a weaker sign.
        if (key == u"id" && !found.path.contains(u'.') && !falsyText(text))
            setSuccess(found, false);
        // "error": false, "hasFailures": false — the answer's own slot for errors says there are none.
        if (m_words.failureMembers.contains(key) && (folded == u"false" || folded == u"0") && !isNumber)
            setSuccess(found, false);
        if (m_words.polarityMembers.contains(key)) {
            if (!m_out.first)
                m_out.first = found;
            polarity(key, folded, found, isNumber, number);
        }
        if (m_words.reasonMembers.contains(key) && !folded.isEmpty() && m_out.reasons.size() < 16) {
            double ignored = 0;
            const bool numeric = readNumber(folded, &ignored);
            // "message": "OK" beside "code": 0 says success in words; "message": "Error" failure.
            const bool errorSlot = m_words.failureMembers.contains(key); // "error": false says nothing
            if (m_words.successValues.contains(folded) && !numeric) {
                if (!errorSlot)
                    setSuccess(found, true);
            } else if (m_words.failureValues.contains(folded) && !numeric) {
                if (!errorSlot)
                    setFailure(found);
            } else if (!numeric) {
                found.field = m_field;
                m_out.reasons.append(found);
            }
        }
    }

    void polarity(const QString& key, const QString& folded, const AnswerMember& found, bool isNumber, double number)
    {
        if (!isNumber)
            isNumber = readNumber(folded, &number);
        if (isNumber) {
            if (isCodeLike(key)) {
                if (m_words.successCodes.contains(number))
                    setSuccess(found, false);
                else if (number >= m_words.failureCodesFrom)
                    setFailure(found);
                return;
            }
            if (number == 1 || (number >= 200 && number < 300))
                setSuccess(found, true);
            else if (number == 0 || number == -1 || number >= 400)
                setFailure(found);
            return;
        }
        if (m_words.successValues.contains(folded))
            setSuccess(found, true);
        else if (m_words.failureValues.contains(folded))
            setFailure(found);
    }

    void setSuccess(const AnswerMember& found, bool beyondCode)
    {
        if (!m_success || (beyondCode && !m_successBeyondCode))
            m_success = found;
        m_successBeyondCode = m_successBeyondCode || beyondCode;
    }

    void setFailure(const AnswerMember& found)
    {
        if (!m_failure)
            m_failure = found;
    }

    // "success=false; err_msg=Invalid Trans. ID" or "status=ok&id=1": every part a key=value pair.
    void readPairs()
    {
        const QStringView text = QStringView(m_view.text).mid(m_view.trimStart, m_view.trimEnd - m_view.trimStart);
        struct Pair
        {
            QString key;
            QString value;
            int offset;
            int length;
        };
        QList<Pair> pairs;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text[i] != u';' && text[i] != u'&' && text[i] != u'\n')
                continue;
            const QStringView part = text.mid(start, i - start).trimmed();
            const qsizetype partStart = text.mid(start, i - start).indexOf(part) + start;
            start = i + 1;
            if (part.isEmpty())
                continue;
            const qsizetype equals = part.indexOf(u'=');
            if (equals <= 0 || pairs.size() >= maxPairs)
                return;
            const QStringView key = part.left(equals).trimmed();
            for (const QChar c : key) {
                if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.')
                    return;
            }
            pairs.append({key.toString(), part.mid(equals + 1).trimmed().toString(), int(m_view.trimStart + partStart),
                          int(part.size())});
        }
        if (pairs.isEmpty())
            return;
        m_out.structured = true;
        for (const Pair& pair : pairs)
            member(AnswerVocabulary::memberKey(pair.key), pair.key, pair.value,
                   {pair.key, pair.value, pair.offset, pair.length, {}}, false, 0);
    }

    const AnswerView& m_view;
    const AnswerVocabulary::Outcome& m_words;
    AnswerOutcome m_out;
    std::optional<AnswerMember> m_failure;
    std::optional<AnswerMember> m_success;
    bool m_successBeyondCode = false;
    int m_seen = 0;
    QString m_field; // the field the members being read are about
};

} // namespace

AnswerOutcome readOutcome(const AnswerView& view, const AnswerVocabulary& vocabulary)
{
    return OutcomeReader(view, vocabulary.outcome()).read();
}

QString polarityKey(AnswerOutcome::Polarity polarity)
{
    switch (polarity) {
    case AnswerOutcome::Polarity::Success:
        return QStringLiteral("success");
    case AnswerOutcome::Polarity::Failure:
        return QStringLiteral("failure");
    case AnswerOutcome::Polarity::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace pbw
