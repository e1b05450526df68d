#include "checklistview.h"

#include "casesession.h"
#include "labels.h"
#include "store/casestore.h"
#include "store/evidencesuggestions.h"
#include "text/casetext.h"
#include "text/saidtext.h"
#include "text/timetext.h"
#include "util/username.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace pbw::ui {

namespace {

// Evidence is kept in the combo's data as "kind:id".
QString evidenceKey(const ChecklistStep& step)
{
    if (step.exchangeId > 0)
        return QStringLiteral("x:%1").arg(step.exchangeId);
    if (step.noteId > 0)
        return QStringLiteral("n:%1").arg(step.noteId);
    if (step.attachmentId > 0)
        return QStringLiteral("a:%1").arg(step.attachmentId);
    return {};
}

} // namespace

ChecklistView::ChecklistView(CaseSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_provedBar(new QWidget)
    , m_proved(new QLabel)
    , m_markFixed(new QPushButton)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    makeBold(m_title);
    grid->addWidget(m_title, 0, 0, 1, 3);
    for (int layer = 0; layer < checklistLayerCount; ++layer) {
        Row row{new QCheckBox, new QLabel, new QComboBox, new QPushButton};
        row.suggestion->setObjectName(QStringLiteral("suggest_%1").arg(checklistKey(ChecklistStep::Layer(layer))));
        row.suggestion->hide();
        row.box->setObjectName(QStringLiteral("check_%1").arg(checklistKey(ChecklistStep::Layer(layer))));
        row.evidence->setObjectName(QStringLiteral("evidence_%1").arg(checklistKey(ChecklistStep::Layer(layer))));
        row.evidence->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        row.evidence->setMinimumContentsLength(14);
        row.who->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(row.box, layer + 1, 0);
        grid->addWidget(row.who, layer + 1, 1);
        grid->addWidget(row.evidence, layer + 1, 2);
        grid->addWidget(row.suggestion, layer + 1, 3);
        connect(row.suggestion, &QPushButton::clicked, this, [this, layer] { accept(layer); });
        connect(row.box, &QCheckBox::toggled, this, [this, layer] { store(layer, false); });
        connect(row.evidence, &QComboBox::activated, this, [this, layer] { store(layer, true); });
        m_rows.append(row);
    }
    grid->setColumnStretch(2, 1);
    m_markFixed->setObjectName(QStringLiteral("markFixed"));
    m_provedBar->setObjectName(QStringLiteral("provedBar"));
    m_proved->setWordWrap(true);
    auto* proved = new QHBoxLayout(m_provedBar);
    proved->setContentsMargins(0, 0, 0, 0);
    proved->addWidget(m_proved, 1);
    proved->addWidget(m_markFixed);
    m_provedBar->hide();
    grid->addWidget(m_provedBar, checklistLayerCount + 1, 0, 1, 4);
    connect(m_markFixed, &QPushButton::clicked, this, [this] {
        if (auto record = m_session->caseRecord(m_session->currentCase())) {
            record->status = CaseRecord::Status::Fixed;
            m_session->updateCase(*record);
        }
    });
    retranslate();
}

void ChecklistView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChecklistView::retranslate()
{
    m_title->setText(tr("Checklist: prove the layers in order"));
    m_proved->setText(tr("Every layer is proved."));
    m_markFixed->setText(tr("Mark the case Fixed"));
    for (int layer = 0; layer < m_rows.size(); ++layer) {
        m_rows[layer].box->setText(checklistName(ChecklistStep::Layer(layer)));
        m_rows[layer].box->setToolTip(checklistHint(ChecklistStep::Layer(layer)));
        m_rows[layer].evidence->setAccessibleName(
            tr("Evidence for \"%1\"").arg(checklistName(ChecklistStep::Layer(layer))));
    }
    reload();
}

void ChecklistView::reload()
{
    const qint64 caseId = m_session->currentCase();
    m_steps = m_session->checklist(caseId);
    QList<QPair<QString, QString>> choices{{tr("No evidence attached"), QString()}};
    if (caseId != 0) {
        for (const StoredExchange& stored : m_session->exchanges(caseId)) {
            choices.append(
                {tr("Exchange %1 · %2 · %3").arg(stored.number).arg(roleName(stored.role), dateTimeText(stored.saved)),
                 QStringLiteral("x:%1").arg(stored.id)});
        }
        for (const Attachment& attachment : m_session->attachments(caseId))
            choices.append({QStringLiteral("%1: %2").arg(attachmentKindName(attachment.kind), attachment.title),
                            QStringLiteral("a:%1").arg(attachment.id)});
        for (const CaseNote& note : m_session->notes(caseId))
            choices.append(
                {tr("Note: %1").arg(shownText(note).simplified().left(60)), QStringLiteral("n:%1").arg(note.id)});
    }
    for (int layer = 0; layer < m_rows.size(); ++layer) {
        const Row& row = m_rows[layer];
        const QSignalBlocker boxBlocker(row.box);
        const QSignalBlocker comboBlocker(row.evidence);
        const ChecklistStep step = layer < m_steps.size() ? m_steps[layer] : ChecklistStep{};
        row.box->setEnabled(caseId != 0);
        row.evidence->setEnabled(caseId != 0);
        row.box->setChecked(step.done);
        row.who->setText(step.done ? tr("%1, %2").arg(step.who, dateTimeText(step.when)) : QString());
        row.evidence->clear();
        for (const auto& [text, key] : choices)
            row.evidence->addItem(text, key);
        row.evidence->setCurrentIndex(std::max(0, row.evidence->findData(evidenceKey(step))));
        row.suggestion->hide();
    }
    if (caseId == 0) {
        m_provedBar->hide();
        return;
    }
    const QList<StoredExchange> exchanges = m_session->exchanges(caseId);
    const QList<Attachment> attachments = m_session->attachments(caseId);
    m_suggestions = suggestEvidence(exchanges, attachments, m_steps);
    for (const EvidenceSuggestion& suggestion : std::as_const(m_suggestions)) {
        QPushButton* button = m_rows[int(suggestion.layer)].suggestion;
        QString title;
        for (const Attachment& attachment : attachments) {
            if (attachment.id == suggestion.attachmentId)
                title = attachment.title;
        }
        const int number = numberOf(exchanges, suggestion.exchangeId);
        button->setText(suggestion.exchangeId ? tr("Use exchange %1").arg(number) : tr("Use \"%1\"").arg(title));
        switch (suggestion.reason) {
        case EvidenceSuggestion::Reason::ReachedClick:
            button->setToolTip(tr("Exchange %1: the click trace reached the page. Accept it as the evidence and tick "
                                  "the layer.")
                                   .arg(number));
            break;
        case EvidenceSuggestion::Reason::AcceptedCorrected:
            button->setToolTip(tr("Exchange %1: the partner accepted the corrected callback. Accept it as the "
                                  "evidence and tick the layer.")
                                   .arg(number));
            break;
        case EvidenceSuggestion::Reason::MatchesTemplate:
            button->setToolTip(tr("The accepted corrected callback matches the approved template \"%1\". Accept it "
                                  "as the evidence and tick the layer.")
                                   .arg(title));
            break;
        case EvidenceSuggestion::Reason::Confirmation:
            button->setToolTip(
                tr("\"%1\" is the partner's confirmation. Accept it as the evidence and tick the layer.").arg(title));
            break;
        }
        button->show();
    }
    const auto record = m_session->caseRecord(caseId);
    m_provedBar->setVisible(
        everyLayerProved(m_steps) && record
        && (record->status == CaseRecord::Status::Open || record->status == CaseRecord::Status::Waiting));
}

void ChecklistView::accept(int layer)
{
    for (const EvidenceSuggestion& suggestion : std::as_const(m_suggestions)) {
        if (int(suggestion.layer) != layer)
            continue;
        ChecklistStep step;
        step.layer = suggestion.layer;
        step.done = true;
        step.who = currentUserName();
        step.exchangeId = suggestion.exchangeId;
        step.attachmentId = suggestion.attachmentId;
        m_session->setChecklistStep(step);
        return;
    }
}

void ChecklistView::store(int layer, bool evidenceChosen)
{
    ChecklistStep step;
    step.layer = ChecklistStep::Layer(layer);
    step.done = m_rows[layer].box->isChecked();
    step.who = currentUserName();
    const QString key = m_rows[layer].evidence->currentData().toString();
    const qint64 id = key.mid(2).toLongLong();
    if (key.startsWith(u'x'))
        step.exchangeId = id;
    else if (key.startsWith(u'n'))
        step.noteId = id;
    else if (key.startsWith(u'a'))
        step.attachmentId = id;
    // Choosing evidence for an unticked layer ticks it: the evidence is what proves it.
    if (!key.isEmpty() && evidenceChosen)
        step.done = true;
    m_session->setChecklistStep(step); // the session's change signal reloads this view
}

} // namespace pbw::ui
