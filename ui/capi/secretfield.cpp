#include "secretfield.h"

#include "secrets/secretstore.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace pbw::ui {

SecretField::SecretField(SecretStore* keychain, QWidget* parent)
    : QWidget(parent)
    , m_keychain(keychain)
    , m_edit(new QLineEdit(this))
    , m_forget(new QToolButton(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    m_forget->setText(QStringLiteral("✕"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_forget);
    connect(m_forget, &QToolButton::clicked, this, &SecretField::forget);
    setState(State::NoKey);
}

void SecretField::setPlaceholderWhenEmpty(const QString& text)
{
    m_placeholderEmpty = text;
    m_forget->setToolTip(tr("Remove the kept value from the keychain"));
    updatePlaceholder();
}

void SecretField::setKey(const QString& key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_sessionValue.clear();
    if (key.isEmpty()) {
        setState(State::NoKey);
        return;
    }
    setState(State::Unknown);
    QPointer<SecretField> self(this);
    m_keychain->read(key, [self, key](const SecretOutcome& outcome) {
        if (!self || self->m_key != key)
            return;
        if (outcome.ok())
            self->setState(State::Kept);
        else if (outcome.status == SecretOutcome::Status::NoKeychain)
            self->setState(State::NoKeychain, outcome.message);
        else
            self->setState(State::NotKept,
                           outcome.status == SecretOutcome::Status::Failed ? outcome.message : QString());
    });
}

void SecretField::fetch(Fetched done)
{
    const QByteArray typed = m_edit->text().trimmed().toUtf8();
    QPointer<SecretField> self(this);
    if (!typed.isEmpty()) {
        if (m_state == State::NoKeychain || !m_keep || m_key.isEmpty()) {
            m_sessionValue = typed;
            done(typed, {});
            return;
        }
        const QString key = m_key;
        m_keychain->write(key, typed, [self, key, typed, done](const SecretOutcome& outcome) {
            if (self && self->m_key == key) {
                if (outcome.ok()) {
                    self->m_edit->clear();
                    self->setState(State::Kept);
                } else {
                    self->m_sessionValue = typed;
                    self->setState(outcome.status == SecretOutcome::Status::NoKeychain ? State::NoKeychain
                                                                                       : State::NotKept,
                                   outcome.message);
                }
            }
            done(typed, {}); // used for this send whether or not the keychain took it
        });
        return;
    }
    if (!m_sessionValue.isEmpty()) {
        done(m_sessionValue, {});
        return;
    }
    if (m_state != State::Kept && (m_state != State::Unknown || m_key.isEmpty())) {
        done({}, {}); // (Unknown: the keychain has not said yet whether it keeps one: ask it now)
        return;
    }
    m_keychain->read(m_key, [done](const SecretOutcome& outcome) {
        done(outcome.value, outcome.ok() ? QString() : outcome.message);
    });
}

void SecretField::forget()
{
    m_edit->clear();
    m_sessionValue.clear();
    if (m_key.isEmpty() || m_state == State::NoKeychain)
        return;
    QPointer<SecretField> self(this);
    const QString key = m_key;
    m_keychain->remove(key, [self, key](const SecretOutcome& outcome) {
        if (self && self->m_key == key)
            self->setState(outcome.ok() || outcome.status == SecretOutcome::Status::NotFound ? State::NotKept
                                                                                             : self->m_state,
                           outcome.ok() ? QString() : outcome.message);
    });
}

void SecretField::setState(State state, const QString& message)
{
    m_state = state;
    m_forget->setEnabled(state == State::Kept);
    updatePlaceholder();
    emit stateChanged(state, message);
}

void SecretField::updatePlaceholder()
{
    switch (m_state) {
    case State::Kept:
        m_edit->setPlaceholderText(tr("●●●●●●●● kept in the keychain; type to replace"));
        break;
    case State::Unknown:
        m_edit->setPlaceholderText(tr("asking the keychain…"));
        break;
    case State::NoKey:
        m_edit->setPlaceholderText(tr("enter the pixel ID first"));
        break;
    case State::NotKept:
    case State::NoKeychain:
        m_edit->setPlaceholderText(m_placeholderEmpty);
        break;
    }
}

} // namespace pbw::ui
