#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSplitter;

namespace pbw::ui {

struct CaughtCallback;

// One caught callback: the request exactly as it arrived, as plain text (remote content: never
// rendered), the URL as the partner would have received it, and what the check found.
class CaughtDetails : public QWidget
{
    Q_OBJECT

public:
    explicit CaughtDetails(QWidget* parent = nullptr);

    void show(const CaughtCallback& callback);
    void clear();
    void retranslate();

    // The bytes as text: UTF-8 where they are, each other byte as the Latin-1 character it is; cut
    // after maxBytes with a line that says so.
    static QString rawText(const QByteArray& raw, qsizetype maxBytes = 512 * 1024);

private:
    QLabel* m_urlTitle;
    QLabel* m_url;
    QLabel* m_rawTitle;
    QPlainTextEdit* m_raw;
    QLabel* m_findingsTitle;
    QListWidget* m_findings;
    QSplitter* m_split;
    bool m_empty = true;
};

} // namespace pbw::ui
