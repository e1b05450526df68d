#include "guidewindow.h"

#include "analysis/verdict.h"
#include "i18n/language.h"

#include <QEvent>
#include <QFile>
#include <QShortcut>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace pbw::ui {

GuideWindow::GuideWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guide"));
    m_browser->setObjectName(QStringLiteral("guideText"));
    // Our own text from the resources: links inside it move within the page, nothing is fetched.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme().isEmpty() && !url.fragment().isEmpty())
            showSection(url.fragment());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    resize(720, 640);
    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    load();
}

GuideWindow* GuideWindow::show(QWidget* from, const QString& section)
{
    QWidget* top = from ? from->window() : nullptr;
    auto* guide = top ? top->findChild<GuideWindow*>(QStringLiteral("guide"), Qt::FindDirectChildrenOnly) : nullptr;
    if (!guide)
        guide = new GuideWindow(top);
    guide->showSection(section);
    guide->QWidget::show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

QString GuideWindow::sectionForLayer(int layer)
{
    switch (Verdict::Layer(layer)) {
    case Verdict::Layer::Transport:
        return QStringLiteral("transport");
    case Verdict::Layer::Http:
        return QStringLiteral("http");
    case Verdict::Layer::Template:
        return QStringLiteral("template");
    case Verdict::Layer::Business:
    case Verdict::Layer::Unknown:
        return QStringLiteral("business");
    case Verdict::Layer::Ok:
        return QStringLiteral("case");
    }
    return {};
}

void GuideWindow::showSection(const QString& section)
{
    m_section = section;
    if (section.isEmpty())
        m_browser->scrollToAnchor(QStringLiteral("top"));
    else
        m_browser->scrollToAnchor(section);
}

void GuideWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QWidget::changeEvent(event);
}

void GuideWindow::load()
{
    setWindowTitle(tr("Guide: proving a postback, layer by layer"));
    const QString language = Language::current() == QLatin1String("ru") ? QStringLiteral("ru") : QStringLiteral("en");
    QFile file(QStringLiteral(":/guide/guide_%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(tr("The guide is missing from this build."));
        return;
    }
    m_browser->setHtml(QString::fromUtf8(file.readAll()));
    if (!m_section.isEmpty())
        showSection(m_section);
}

} // namespace pbw::ui
