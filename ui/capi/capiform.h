#pragma once

#include "capi/capievent.h"

#include <QSet>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pbw::ui {

// One Conversions API event as a form. Only the fields the user edits are written back, so a
// value the form cannot show (event_time in milliseconds, a key it has no field for) stays as it
// came in the JSON.
class CapiForm : public QWidget
{
    Q_OBJECT

public:
    explicit CapiForm(QWidget* parent = nullptr);

    void setEvent(const CapiEvent& event); // does not emit changed
    CapiEvent event() const;
    QLineEdit* userDataEdit(const QString& key) const;

signals:
    void changed();
    void buildFbcRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        QString key; // user_data key, or event / custom_data member
        QLabel* label;
        QWidget* field;
    };
    void retranslate();
    QLineEdit* addLine(QFormLayout* form, const QString& key);
    void touch(const QString& key);
    void updateTimeToolTip();

    QGroupBox* m_eventBox;
    QGroupBox* m_userBox;
    QGroupBox* m_customBox;
    QComboBox* m_name;
    QDateTimeEdit* m_time;
    QPushButton* m_now;
    QComboBox* m_source;
    QPushButton* m_buildFbc;
    QList<Row> m_rows;
    CapiEvent m_base;
    QSet<QString> m_touched;
    bool m_loading = false;
    bool m_timeKeptAsIs = false; // event_time is not Unix seconds: kept until a time is set here
};

} // namespace pbw::ui
