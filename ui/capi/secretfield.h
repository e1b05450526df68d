#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWidget>
#include <functional>

class QLineEdit;
class QToolButton;

namespace pbw {
class SecretStore;
}

namespace pbw::ui {

// One secret of a pixel (its access token or app secret): typed masked, kept in the OS keychain
// under a key per pixel, never shown again once kept. Without a keychain, what is typed serves
// for the sends of this session only.
class SecretField : public QWidget
{
    Q_OBJECT

public:
    enum class State { NoKey, Unknown, Kept, NotKept, NoKeychain };
    using Fetched = std::function<void(const QByteArray& value, const QString& problem)>;

    SecretField(SecretStore* keychain, QWidget* parent = nullptr);

    void setKey(const QString& key); // reads whether the keychain holds a value; empty: no pixel yet
    State state() const { return m_state; }
    QLineEdit* edit() const { return m_edit; }
    // The value for one send: what was typed (kept in the keychain when asked), else the kept one.
    void fetch(Fetched done);
    void forget();
    void setPlaceholderWhenEmpty(const QString& text);
    void setKeep(bool keep) { m_keep = keep; } // whether a typed value is written to the keychain

signals:
    void stateChanged(pbw::ui::SecretField::State state, const QString& message);

private:
    void setState(State state, const QString& message = {});
    void updatePlaceholder();

    SecretStore* m_keychain;
    QLineEdit* m_edit;
    bool m_keep = true;
    QToolButton* m_forget;
    QString m_key;
    State m_state = State::NoKey;
    QString m_placeholderEmpty;
    QByteArray m_sessionValue; // no keychain: typed once, used for this session's sends
};

} // namespace pbw::ui
