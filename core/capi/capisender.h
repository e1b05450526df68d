#pragma once

#include "capi/capianswer.h"
#include "capi/capirequest.h"
#include "net/replayer.h"

#include <QObject>
#include <optional>

namespace pbw {

// Sends prepared events to the Graph API and reads Meta's answer. Each CapiSender makes a Replayer
// of its own (its child, with its own network access manager; not the one the Replay tab uses) and
// runs one send at a time: a new send cancels the one still waiting. The exchange it hands back is
// like any replay's: the window can keep it in a case (redacted).
class CapiSender : public QObject
{
    Q_OBJECT

public:
    explicit CapiSender(QObject* parent = nullptr);

    // Starts the send; a message (translated) when the request cannot be built.
    std::optional<QString> send(const QList<CapiEvent>& prepared, const CapiSend& send);
    void cancel();
    bool isRunning() const { return m_running != 0; }

signals:
    void finished(const pbw::Exchange& exchange, const pbw::CapiAnswer& answer);

private:
    Replayer* m_replayer;
    Replayer::Id m_running = 0;
    int m_eventCount = 0;
};

} // namespace pbw
