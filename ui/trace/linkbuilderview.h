#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace pbw::ui {

// Build a tracking link from an offer or tracker URL — UTM values and sub-IDs, macros in the
// chosen tracker's syntax — and start a controlled QA click with a fresh test click ID.
class LinkBuilderView : public QWidget
{
    Q_OBJECT

public:
    explicit LinkBuilderView(QWidget* parent = nullptr);
    void setBase(const QString& url);
    QString link() const;

signals:
    // Trace this URL; for a QA click, the parameter and the test click ID put into it.
    void traceRequested(const QString& url, const QString& qaParam, const QString& qaValue);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void fitPartsHeight();
    void insertMacro();

    QLabel* m_baseLabel;
    QLineEdit* m_base;
    QTableWidget* m_parts;
    QLabel* m_syntaxLabel;
    QComboBox* m_syntax;
    QPushButton* m_macro;
    QLabel* m_resultLabel;
    QLineEdit* m_result;
    QLabel* m_notes;
    QPushButton* m_trace;
    QLabel* m_qaLabel;
    QComboBox* m_qaParam;
    QPushButton* m_qa;
};

} // namespace pbw::ui
