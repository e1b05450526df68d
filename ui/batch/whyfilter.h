#pragma once

#include "reconcilemodel.h"

#include <QComboBox>
#include <memory>

namespace pbw::ui {

// The Rows page's second filter: why a row is where it is. Each cause the batch check found (most
// rows first), then what became of the rows' re-fires in the case's ledger; each with its rows.
class WhyFilter : public QComboBox
{
    Q_OBJECT

public:
    explicit WhyFilter(QWidget* parent = nullptr);

    // Lists what these give; the choice stays when it is still listed, else it is any reason (and
    // currentIndexChanged says so).
    void setSources(std::shared_ptr<const batch::MissingCheck> check, std::shared_ptr<const RowRefires> refires);
    ReconcileModel::Reason choice() const;
    bool choose(const ReconcileModel::Reason& why); // false when it is not listed
    void retranslate();

private:
    void fill();
    int indexOf(const ReconcileModel::Reason& why) const;

    std::shared_ptr<const batch::MissingCheck> m_check;
    std::shared_ptr<const RowRefires> m_refires;
};

} // namespace pbw::ui
