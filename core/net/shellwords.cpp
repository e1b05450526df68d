#include "net/shellwords.h"

#include <QCoreApplication>

namespace pbw {

namespace {

// The translation context of this file's messages.
class ShellWords
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)
};

bool isOctal(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('7');
}

// Reads a $'...' escape at text[i] (just after the backslash) and appends its bytes to out.
qsizetype readAnsiEscape(const QString& text, qsizetype i, QByteArray& out)
{
    const QChar c = text.at(i);
    auto hexRun = [&](qsizetype from, int maxDigits, uint* value) {
        qsizetype n = 0;
        *value = 0;
        while (n < maxDigits && from + n < text.size()) {
            bool ok = false;
            const uint digit = QString(text.at(from + n)).toUInt(&ok, 16);
            if (!ok)
                break;
            *value = *value * 16 + digit;
            ++n;
        }
        return n;
    };
    switch (c.unicode()) {
    case 'n':
        out += '\n';
        return 1;
    case 't':
        out += '\t';
        return 1;
    case 'r':
        out += '\r';
        return 1;
    case 'a':
        out += '\a';
        return 1;
    case 'b':
        out += '\b';
        return 1;
    case 'e':
    case 'E':
        out += '\x1b';
        return 1;
    case 'f':
        out += '\f';
        return 1;
    case 'v':
        out += '\v';
        return 1;
    case 'x': {
        uint value = 0;
        const qsizetype n = hexRun(i + 1, 2, &value);
        if (n == 0) {
            out += "\\x";
            return 1;
        }
        out += char(value);
        return 1 + n;
    }
    case 'u':
    case 'U': {
        uint value = 0;
        const qsizetype n = hexRun(i + 1, c == QLatin1Char('u') ? 4 : 8, &value);
        if (n == 0) {
            out += '\\';
            out += char(c.unicode());
            return 1;
        }
        const char32_t codePoint = value;
        out += QString::fromUcs4(&codePoint, 1).toUtf8();
        return 1 + n;
    }
    default:
        break;
    }
    if (isOctal(c)) {
        uint value = 0;
        qsizetype n = 0;
        while (n < 3 && i + n < text.size() && isOctal(text.at(i + n))) {
            value = value * 8 + uint(text.at(i + n).unicode() - '0');
            ++n;
        }
        out += char(value & 0xFF);
        return n;
    }
    out += QString(c).toUtf8(); // \\ \' \" \? and anything else stand for themselves
    return 1;
}

// Appends the character at text[i] (both halves of a surrogate pair) and returns its length.
qsizetype appendChar(const QString& text, qsizetype i, QByteArray& out)
{
    const qsizetype length = (text.at(i).isHighSurrogate() && i + 1 < text.size()) ? 2 : 1;
    out += text.mid(i, length).toUtf8();
    return length;
}

} // namespace

Result<QStringList, QString> splitShellWords(const QString& command)
{
    QStringList words;
    QByteArray word; // UTF-8, so $'\xd0\x98' escapes form real characters
    bool inWord = false;
    qsizetype i = 0;
    const qsizetype n = command.size();
    auto flush = [&] {
        if (inWord)
            words.append(QString::fromUtf8(word));
        word.clear();
        inWord = false;
    };
    while (i < n) {
        const QChar c = command.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 < n && command.at(i + 1) == QLatin1Char('\r') && i + 2 < n
                && command.at(i + 2) == QLatin1Char('\n')) {
                i += 3; // continuation written with Windows line ends
                continue;
            }
            if (i + 1 < n && command.at(i + 1) == QLatin1Char('\n')) {
                i += 2;
                continue;
            }
            inWord = true;
            i += 1 + (i + 1 < n ? appendChar(command, i + 1, word) : 0);
            continue;
        }
        if (c.isSpace()) {
            flush();
            ++i;
            continue;
        }
        inWord = true;
        if (c == QLatin1Char('\'')) {
            const qsizetype close = command.indexOf(QLatin1Char('\''), i + 1);
            if (close < 0)
                return ShellWords::tr("a single quote (') is not closed");
            word += command.mid(i + 1, close - i - 1).toUtf8();
            i = close + 1;
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < n && command.at(i + 1) == QLatin1Char('\'')) {
            i += 2;
            bool closed = false;
            while (i < n) {
                const QChar d = command.at(i);
                if (d == QLatin1Char('\'')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < n) {
                    i += 1 + readAnsiEscape(command, i + 1, word);
                    continue;
                }
                i += appendChar(command, i, word);
            }
            if (!closed)
                return ShellWords::tr("a $'…' quote is not closed");
            continue;
        }
        if (c == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = command.at(i);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < n) {
                    const QChar e = command.at(i + 1);
                    if (e == QLatin1Char('\n')) {
                        i += 2;
                        continue;
                    }
                    if (QStringLiteral("$`\"\\").contains(e)) {
                        word += QString(e).toUtf8();
                        i += 2;
                        continue;
                    }
                }
                i += appendChar(command, i, word);
            }
            if (!closed)
                return ShellWords::tr("a double quote (\") is not closed");
            continue;
        }
        i += appendChar(command, i, word);
    }
    flush();
    return words;
}

} // namespace pbw
