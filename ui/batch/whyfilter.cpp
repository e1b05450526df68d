#include "whyfilter.h"

#include "causetitle.h"

#include <QLocale>
#include <QSignalBlocker>

namespace pbw::ui {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int ValueRole = Qt::UserRole + 1;
using Kind = ReconcileModel::Reason::Kind;

} // namespace

WhyFilter::WhyFilter(QWidget* parent)
    : QComboBox(parent)
{
    // A cause's title can be long: the combo keeps its width, the list shows them whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    fill();
}

void WhyFilter::setSources(std::shared_ptr<const batch::MissingCheck> check, std::shared_ptr<const RowRefires> refires)
{
    m_check = std::move(check);
    m_refires = std::move(refires);
    fill();
}

ReconcileModel::Reason WhyFilter::choice() const
{
    ReconcileModel::Reason why;
    why.kind = Kind(currentData(KindRole).toInt());
    if (why.kind == Kind::Cause)
        why.cause = currentData(ValueRole).toInt();
    else if (why.kind == Kind::Refire)
        why.refire = RefireOutcome(currentData(ValueRole).toInt());
    return why;
}

int WhyFilter::indexOf(const ReconcileModel::Reason& why) const
{
    for (int i = 0; i < count(); ++i) {
        const Kind kind = Kind(itemData(i, KindRole).toInt());
        const int value = itemData(i, ValueRole).toInt();
        if (kind == why.kind
            && (kind == Kind::Any || (kind == Kind::Cause && value == why.cause)
                || (kind == Kind::Refire && value == int(why.refire))))
            return i;
    }
    return -1;
}

bool WhyFilter::choose(const ReconcileModel::Reason& why)
{
    const int index = indexOf(why);
    if (index >= 0)
        setCurrentIndex(index);
    return index >= 0;
}

void WhyFilter::retranslate()
{
    fill();
}

void WhyFilter::fill()
{
    const ReconcileModel::Reason chosen = count() > 0 ? choice() : ReconcileModel::Reason{};
    {
        const QSignalBlocker blocker(this);
        clear();
        const QLocale locale;
        addItem(tr("Any reason"));
        setItemData(0, int(Kind::Any), KindRole);
        const auto add = [&](const QString& text, Kind kind, int value, const QString& tip) {
            addItem(text);
            const int at = count() - 1;
            setItemData(at, int(kind), KindRole);
            setItemData(at, value, ValueRole);
            setItemData(at, tip, Qt::ToolTipRole);
        };
        if (m_check && !m_check->causes.isEmpty()) {
            insertSeparator(count());
            for (qsizetype i = 0; i < m_check->causes.size(); ++i) {
                const batch::Cause& cause = m_check->causes.at(i);
                add(QStringLiteral("%1 (%2)").arg(causeTitle(cause), locale.toString(cause.rows)), Kind::Cause, int(i),
                    cause.why);
            }
        }
        if (m_refires && !m_refires->refires.isEmpty()) {
            insertSeparator(count());
            for (const RefireOutcome outcome : allRefireOutcomes) {
                if (m_refires->count(outcome) > 0)
                    add(tr("Re-fire: %1 (%2)")
                            .arg(refireOutcomeName(outcome), locale.toString(m_refires->count(outcome))),
                        Kind::Refire, int(outcome), tr("Rows whose callback was sent again through the case's ledger"));
            }
        }
        // The same choice again is no change: the rows are not filtered again for it.
        setCurrentIndex(std::max(indexOf(chosen), 0));
    }
    if (indexOf(chosen) < 0)
        emit currentIndexChanged(0); // the choice is gone: every reason again
}

} // namespace pbw::ui
