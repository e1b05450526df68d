#pragma once

#include <QWidget>

class QTextBrowser;

namespace pbw::ui {

// Help → Guide: the method (click → event → callback → template → CAPI) in the user's language, from
// the application's resources. One window per main window; a verdict's next step opens it at the
// section for its layer.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit GuideWindow(QWidget* parent = nullptr);

    // Shows the guide of the window that holds `from`, at a section: click, event, callback,
    // transport, http, template, business, capi, case; empty for the top.
    static GuideWindow* show(QWidget* from, const QString& section = {});
    // The section of the guide that explains a verdict's layer ("transport", "http"…).
    static QString sectionForLayer(int layer);
    void showSection(const QString& section);
    QString currentSection() const { return m_section; }
    QTextBrowser* browser() const { return m_browser; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void load();

    QTextBrowser* m_browser;
    QString m_section;
};

} // namespace pbw::ui
