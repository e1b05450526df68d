#include "capiform.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pbw::ui {

namespace {

const QStringList userKeys{QStringLiteral("em"),
                           QStringLiteral("ph"),
                           QStringLiteral("fn"),
                           QStringLiteral("ln"),
                           QStringLiteral("ct"),
                           QStringLiteral("st"),
                           QStringLiteral("zp"),
                           QStringLiteral("country"),
                           QStringLiteral("db"),
                           QStringLiteral("ge"),
                           QStringLiteral("external_id"),
                           QStringLiteral("client_ip_address"),
                           QStringLiteral("client_user_agent"),
                           QStringLiteral("fbc"),
                           QStringLiteral("fbp")};
const QStringList customKeys{QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("order_id")};
const QString multiSeparator = QStringLiteral(" | ");

QString shown(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : value.toArray())
            parts.append(shown(item));
        return parts.join(multiSeparator);
    }
    return value.toString();
}

} // namespace

CapiForm::CapiForm(QWidget* parent)
    : QWidget(parent)
    , m_eventBox(new QGroupBox(this))
    , m_userBox(new QGroupBox(this))
    , m_customBox(new QGroupBox(this))
    , m_name(new QComboBox(this))
    , m_time(new QDateTimeEdit(this))
    , m_now(new QPushButton(this))
    , m_source(new QComboBox(this))
    , m_buildFbc(new QPushButton(this))
{
    m_name->setEditable(true);
    m_name->addItems(capiStandardEvents());
    m_name->setObjectName(QStringLiteral("eventName"));
    m_time->setObjectName(QStringLiteral("eventTime"));
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_time->setCalendarPopup(true);
    m_source->addItems(capiActionSources());
    m_source->setObjectName(QStringLiteral("actionSource"));
    m_buildFbc->setObjectName(QStringLiteral("buildFbc"));

    auto* eventForm = new QFormLayout(m_eventBox);
    eventForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* timeRow = new QWidget(this);
    auto* timeLayout = new QHBoxLayout(timeRow);
    timeLayout->setContentsMargins(0, 0, 0, 0);
    timeLayout->addWidget(m_time, 1);
    timeLayout->addWidget(m_now);
    m_rows.append({QStringLiteral("event_name"), new QLabel(this), m_name});
    m_rows.append({QStringLiteral("event_time"), new QLabel(this), timeRow});
    m_rows.append({QStringLiteral("action_source"), new QLabel(this), m_source});
    for (const Row& row : std::as_const(m_rows))
        eventForm->addRow(row.label, row.field);
    addLine(eventForm, QStringLiteral("event_source_url"));
    addLine(eventForm, QStringLiteral("event_id"));

    auto* userForm = new QFormLayout(m_userBox);
    userForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString& key : userKeys)
        addLine(userForm, key);
    userForm->addRow(QString(), m_buildFbc);
    auto* customForm = new QFormLayout(m_customBox);
    customForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const QString& key : customKeys)
        addLine(customForm, key);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_eventBox);
    layout->addWidget(m_userBox);
    layout->addWidget(m_customBox);
    layout->addStretch();

    connect(m_name, &QComboBox::currentTextChanged, this, [this] { touch(QStringLiteral("event_name")); });
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] { touch(QStringLiteral("event_time")); });
    connect(m_source, &QComboBox::currentTextChanged, this, [this] { touch(QStringLiteral("action_source")); });
    connect(m_now, &QPushButton::clicked, this, [this] { m_time->setDateTime(QDateTime::currentDateTime()); });
    connect(m_buildFbc, &QPushButton::clicked, this, &CapiForm::buildFbcRequested);
    retranslate();
}

QLineEdit* CapiForm::addLine(QFormLayout* form, const QString& key)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("field_") + key);
    auto* label = new QLabel(this);
    label->setBuddy(edit);
    form->addRow(label, edit);
    m_rows.append({key, label, edit});
    connect(edit, &QLineEdit::textEdited, this, [this, key] { touch(key); });
    return edit;
}

QLineEdit* CapiForm::userDataEdit(const QString& key) const
{
    for (const Row& row : m_rows) {
        if (row.key == key)
            return qobject_cast<QLineEdit*>(row.field);
    }
    return nullptr;
}

void CapiForm::touch(const QString& key)
{
    if (m_loading)
        return;
    m_touched.insert(key);
    emit changed();
}

void CapiForm::setEvent(const CapiEvent& event)
{
    m_loading = true;
    m_base = event;
    m_touched.clear();
    m_name->setCurrentText(event.eventName);
    const auto seconds = event.eventTimeNumber();
    m_time->setDateTime(seconds && *seconds < 100'000'000'000LL ? QDateTime::fromSecsSinceEpoch(*seconds)
                                                                : QDateTime::currentDateTime());
    m_timeKeptAsIs = !(seconds && *seconds < 100'000'000'000LL);
    updateTimeToolTip();
    m_source->setCurrentText(event.actionSource);
    for (const Row& row : std::as_const(m_rows)) {
        auto* edit = qobject_cast<QLineEdit*>(row.field);
        if (!edit)
            continue;
        if (row.key == QLatin1String("event_source_url"))
            edit->setText(event.eventSourceUrl);
        else if (row.key == QLatin1String("event_id"))
            edit->setText(event.eventId);
        else if (customKeys.contains(row.key))
            edit->setText(shown(event.customData.value(row.key)));
        else
            edit->setText(shown(event.userData.value(row.key)));
    }
    m_loading = false;
}

CapiEvent CapiForm::event() const
{
    CapiEvent event = m_base;
    if (m_touched.contains(QStringLiteral("event_name")))
        event.eventName = m_name->currentText().trimmed();
    if (m_touched.contains(QStringLiteral("event_time")))
        event.eventTime = double(m_time->dateTime().toSecsSinceEpoch());
    if (m_touched.contains(QStringLiteral("action_source")))
        event.actionSource = m_source->currentText().trimmed();
    for (const Row& row : m_rows) {
        auto* edit = qobject_cast<QLineEdit*>(row.field);
        if (!edit || !m_touched.contains(row.key))
            continue;
        const QString text = edit->text();
        if (text.trimmed().isEmpty()) { // a cleared field leaves the key out, as if never typed
            event.customData.remove(row.key);
            event.userData.remove(row.key);
            if (row.key == QLatin1String("event_source_url"))
                event.eventSourceUrl.clear();
            else if (row.key == QLatin1String("event_id"))
                event.eventId.clear();
            continue;
        }
        if (row.key == QLatin1String("event_source_url")) {
            event.eventSourceUrl = text.trimmed();
        } else if (row.key == QLatin1String("event_id")) {
            event.eventId = text.trimmed();
        } else if (row.key == QLatin1String("value")) {
            bool number = false;
            const double amount = text.trimmed().toDouble(&number);
            event.customData.insert(row.key, number ? QJsonValue(amount) : QJsonValue(text.trimmed()));
        } else if (customKeys.contains(row.key)) {
            event.customData.insert(row.key, text.trimmed());
        } else if (text.contains(u'|')) { // several values of one key
            QStringList values = text.split(u'|');
            for (QString& value : values)
                value = value.trimmed();
            event.userData.insert(row.key, QJsonArray::fromStringList(values));
        } else {
            event.userData.insert(row.key, text);
        }
    }
    return event;
}

void CapiForm::updateTimeToolTip()
{
    m_time->setToolTip(m_timeKeptAsIs ? tr("The JSON's event_time is not Unix seconds; it is kept as it is until you "
                                           "set a time here.")
                                      : QString());
}

void CapiForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CapiForm::retranslate()
{
    m_eventBox->setTitle(tr("Event"));
    m_userBox->setTitle(tr("Customer information (user_data)"));
    m_customBox->setTitle(tr("Custom data (custom_data)"));
    m_now->setText(tr("Now"));
    m_buildFbc->setText(tr("Build fbc from an fbclid…"));
    const QHash<QString, QString> names{{QStringLiteral("event_name"), tr("Event name")},
                                        {QStringLiteral("event_time"), tr("Event time")},
                                        {QStringLiteral("action_source"), tr("Action source")},
                                        {QStringLiteral("event_source_url"), tr("Page URL")},
                                        {QStringLiteral("event_id"), tr("Event ID, for deduplication")},
                                        {QStringLiteral("em"), tr("E-mail")},
                                        {QStringLiteral("ph"), tr("Phone")},
                                        {QStringLiteral("fn"), tr("First name")},
                                        {QStringLiteral("ln"), tr("Last name")},
                                        {QStringLiteral("ct"), tr("City")},
                                        {QStringLiteral("st"), tr("State or region")},
                                        {QStringLiteral("zp"), tr("ZIP or postcode")},
                                        {QStringLiteral("country"), tr("Country")},
                                        {QStringLiteral("db"), tr("Date of birth")},
                                        {QStringLiteral("ge"), tr("Gender")},
                                        {QStringLiteral("external_id"), tr("External ID")},
                                        {QStringLiteral("client_ip_address"), tr("IP address")},
                                        {QStringLiteral("client_user_agent"), tr("User agent")},
                                        {QStringLiteral("fbc"), tr("Click ID cookie")},
                                        {QStringLiteral("fbp"), tr("Browser ID cookie")},
                                        {QStringLiteral("value"), tr("Value")},
                                        {QStringLiteral("currency"), tr("Currency")},
                                        {QStringLiteral("order_id"), tr("Order ID")}};
    for (const Row& row : std::as_const(m_rows)) {
        row.label->setText(tr("%1 (%2)").arg(names.value(row.key), row.key));
        row.field->setAccessibleName(row.label->text());
        if (row.key == QLatin1String("event_time"))
            m_time->setAccessibleName(row.label->text()); // the field is the row holding it and "Now"
    }
    if (auto* phone = userDataEdit(QStringLiteral("ph")))
        phone->setPlaceholderText(tr("with the country code: +7 916 123-45-67"));
    if (auto* email = userDataEdit(QStringLiteral("em")))
        email->setPlaceholderText(tr("several values: a@x.com | b@y.com"));
    if (auto* fbc = userDataEdit(QStringLiteral("fbc")))
        fbc->setPlaceholderText(QStringLiteral("fb.1.1700000000000.IwAR…"));
    if (auto* currency = userDataEdit(QStringLiteral("currency")))
        currency->setPlaceholderText(QStringLiteral("USD"));
    updateTimeToolTip();
}

} // namespace pbw::ui
