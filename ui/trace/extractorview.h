#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTimer;

namespace pbw::ui {

// Paste a URL or any text: every click ID and tracking parameter in it, with platform, kind,
// decoded value and a shape check.
class ExtractorView : public QWidget
{
    Q_OBJECT

public:
    explicit ExtractorView(QWidget* parent = nullptr);
    void setText(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void extract();

    QLabel* m_hint;
    QPlainTextEdit* m_input;
    QTableWidget* m_table;
    QTimer* m_timer;
};

} // namespace pbw::ui
