#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace pbw::ui {

// What the Replay tab shows before its first exchange: the method instead of an empty pane — paste
// the callback that returned 200, and the three layers to prove, each with where to prove it.
class FirstRunView : public QFrame
{
    Q_OBJECT

public:
    enum class Place { Trace, TemplateDiff, Capi };
    explicit FirstRunView(QWidget* parent = nullptr);

signals:
    void goTo(pbw::ui::FirstRunView::Place place);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_start;
    QLabel* m_layersTitle;
    QLabel* m_click;
    QLabel* m_event;
    QLabel* m_callback;
    QLabel* m_more;
    QPushButton* m_trace;
    QPushButton* m_diff;
    QPushButton* m_capi;
    QPushButton* m_guide;
};

} // namespace pbw::ui
