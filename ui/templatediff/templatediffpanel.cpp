#include "templatediffpanel.h"

#include "comparisonview.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace pbw::ui {

namespace {

constexpr int DebounceMs = 150;

QPlainTextEdit* makeEditor(const char* name)
{
    auto* editor = new QPlainTextEdit;
    editor->setObjectName(QLatin1String(name));
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setWordWrapMode(QTextOption::WrapAnywhere);
    editor->setTabChangesFocus(true);
    QFont font = editor->font();
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    editor->setFont(font);
    return editor;
}

} // namespace

TemplateDiffPanel::TemplateDiffPanel(QWidget* parent)
    : QWidget(parent)
    , m_mode(new QComboBox)
    , m_modeLabel(new QLabel)
    , m_leftLabel(new QLabel)
    , m_rightLabel(new QLabel)
    , m_left(makeEditor("leftInput"))
    , m_right(makeEditor("rightInput"))
    , m_sendLeft(new QPushButton)
    , m_sendRight(new QPushButton)
    , m_saveToCase(new QPushButton)
    , m_view(new ComparisonView)
    , m_debounce(new QTimer(this))
{
    m_mode->setObjectName(QStringLiteral("diffMode"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mode->addItems({QString(), QString()});
    m_modeLabel->setBuddy(m_mode);
    m_sendLeft->setObjectName(QStringLiteral("sendLeft"));
    m_sendRight->setObjectName(QStringLiteral("sendRight"));
    m_leftLabel->setBuddy(m_left);
    m_rightLabel->setBuddy(m_right);

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_modeLabel);
    modeRow->addWidget(m_mode);
    modeRow->addStretch();
    modeRow->addWidget(m_saveToCase);
    m_saveToCase->setObjectName(QStringLiteral("saveToCase"));
    m_saveToCase->setEnabled(false);
    connect(m_saveToCase, &QPushButton::clicked, this, [this] {
        if (m_saved)
            return;
        // Saved once: the button (which keeps the focus) does not save the same again on the next
        // Space or Enter; a change to either side, or the mode, makes it ready again.
        m_saved = true;
        emit saveToCase(Comparison::Mode(m_mode->currentIndex()), m_left->toPlainText(), m_right->toPlainText());
        updateSaveButton();
    });

    const auto side = [](QLabel* label, QPlainTextEdit* editor, QPushButton* send) {
        auto* box = new QWidget;
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* top = new QHBoxLayout;
        top->addWidget(label, 1);
        top->addWidget(send);
        layout->addLayout(top);
        layout->addWidget(editor);
        return box;
    };
    auto* editors = new QSplitter(Qt::Horizontal);
    editors->setObjectName(QStringLiteral("diffEditors"));
    editors->addWidget(side(m_leftLabel, m_left, m_sendLeft));
    editors->addWidget(side(m_rightLabel, m_right, m_sendRight));
    editors->setChildrenCollapsible(false);

    auto* vertical = new QSplitter(Qt::Vertical);
    vertical->setObjectName(QStringLiteral("diffSplitter"));
    vertical->addWidget(editors);
    vertical->addWidget(m_view);
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 3);
    vertical->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(modeRow);
    layout->addWidget(vertical, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TemplateDiffPanel::analyse);
    connect(m_left, &QPlainTextEdit::textChanged, this, &TemplateDiffPanel::scheduleAnalysis);
    connect(m_right, &QPlainTextEdit::textChanged, this, &TemplateDiffPanel::scheduleAnalysis);
    for (QPlainTextEdit* editor : {m_left, m_right}) {
        connect(editor, &QPlainTextEdit::textChanged, this, [this] {
            m_saved = false;
            updateSaveButton();
        });
    }
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_saved = false;
        retranslate();
        scheduleAnalysis();
    });
    connect(&m_watcher, &QFutureWatcher<Comparison>::finished, this, [this] {
        m_comparison = m_watcher.result();
        showComparison();
        if (m_rerun) {
            m_rerun = false;
            analyse();
        }
    });
    connect(m_sendLeft, &QPushButton::clicked, this, [this] { send(Comparison::Side::Left); });
    connect(m_sendRight, &QPushButton::clicked, this, [this] { send(Comparison::Side::Right); });
    connect(m_view, &ComparisonView::findingActivated, this, &TemplateDiffPanel::highlight);
    connect(m_view, &ComparisonView::sendRequested, this, &TemplateDiffPanel::sendToReplay);
    connect(m_view, &ComparisonView::useOnTheRight, this, [this](const QString& url) {
        m_right->setPlainText(url);
        m_right->setFocus();
    });
    retranslate();
    showComparison();
}

void TemplateDiffPanel::setTexts(const QString& left, const QString& right)
{
    m_left->setPlainText(left);
    m_right->setPlainText(right);
}

void TemplateDiffPanel::setMode(Comparison::Mode mode)
{
    m_mode->setCurrentIndex(mode == Comparison::Mode::TemplateVsCallback ? 0 : 1);
}

void TemplateDiffPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        scheduleAnalysis(); // findings are written in the language of the moment
    }
    QWidget::changeEvent(event);
}

void TemplateDiffPanel::setCaseOpen(bool open)
{
    m_caseOpen = open;
    m_saved = false;
    updateSaveButton();
}

void TemplateDiffPanel::updateSaveButton()
{
    m_saveToCase->setEnabled(m_caseOpen && !m_saved);
    if (m_saved)
        m_saveToCase->setText(tr("Saved to the case"));
    else
        m_saveToCase->setText(m_mode->currentIndex() == 0 ? tr("Save template to case") : tr("Save both to case"));
}

void TemplateDiffPanel::retranslate()
{
    updateSaveButton();
    m_saveToCase->setToolTip(m_mode->currentIndex() == 0
                                 ? tr("Keep the left side in the open case as the partner's approved template")
                                 : tr("Keep the failing and the corrected callback in a note of the open case"));
    m_modeLabel->setText(tr("&Compare:"));
    m_mode->setItemText(0, tr("Partner's template ↔ real callback"));
    m_mode->setItemText(1, tr("Failing callback ↔ corrected callback"));
    const bool templateMode = m_mode->currentIndex() == 0;
    m_leftLabel->setText(templateMode ? tr("Partner's &template (with macros)") : tr("&Failing callback"));
    m_rightLabel->setText(templateMode ? tr("&Real callback (as sent)") : tr("C&orrected callback"));
    m_left->setPlaceholderText(templateMode ? tr("Paste the postback template the partner approved, e.g. "
                                                 "https://partner.example/pb?click_id={clickid}&goal=purchase")
                                            : tr("Paste the callback that returned 200 but did not credit the "
                                                 "conversion (a URL, a raw request or a curl command)"));
    m_right->setPlaceholderText(
        templateMode ? tr("Paste the callback your tracker really sent (a URL, a raw request or a curl command)")
                     : tr("Paste the corrected callback"));
    m_sendLeft->setText(tr("Send in Replay"));
    m_sendRight->setText(tr("Send in Replay"));
    m_sendLeft->setToolTip(tr("Open this side in the Replay tab"));
    m_sendRight->setToolTip(tr("Open this side in the Replay tab"));
}

void TemplateDiffPanel::scheduleAnalysis()
{
    m_debounce->start();
}

void TemplateDiffPanel::analyse()
{
    if (m_watcher.isRunning()) {
        m_rerun = true; // one analysis at a time; the newest text is read when it ends
        return;
    }
    const QString left = m_left->toPlainText();
    const QString right = m_right->toPlainText();
    const auto mode
        = m_mode->currentIndex() == 0 ? Comparison::Mode::TemplateVsCallback : Comparison::Mode::FailingVsCorrected;
    m_watcher.setFuture(QtConcurrent::run([left, right, mode] { return compareCallbacks(left, right, mode); }));
}

void TemplateDiffPanel::showComparison()
{
    m_view->display(m_comparison, m_left->toPlainText().trimmed().isEmpty(),
                    m_right->toPlainText().trimmed().isEmpty());
    m_sendLeft->setEnabled(m_comparison.leftIsUrl && m_comparison.mode == Comparison::Mode::FailingVsCorrected);
    m_sendRight->setEnabled(m_comparison.rightIsUrl);
}

void TemplateDiffPanel::highlight(Comparison::Side side, int offset, int length)
{
    QPlainTextEdit* editor = side == Comparison::Side::Left ? m_left : m_right;
    if (offset < 0 || offset > editor->document()->characterCount())
        return;
    QTextCursor cursor(editor->document());
    cursor.setPosition(offset);
    cursor.setPosition(std::min(offset + std::max(length, 1), editor->document()->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    editor->setTextCursor(cursor);
    editor->ensureCursorVisible();
    editor->setFocus();
}

void TemplateDiffPanel::sendCorrected()
{
    if (m_sendRight->isEnabled())
        send(Comparison::Side::Right);
    else
        emit statusMessage(tr("Put a callback on the right first: it is the one sent to Replay."));
}

void TemplateDiffPanel::focusFirst()
{
    m_left->setFocus(Qt::ShortcutFocusReason);
}

void TemplateDiffPanel::send(Comparison::Side side)
{
    const Callback& callback = side == Comparison::Side::Left ? m_comparison.left : m_comparison.right;
    emit sendToReplay(replayRequestFor(callback));
}

} // namespace pbw::ui
