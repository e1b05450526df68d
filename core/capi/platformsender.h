#pragma once

#include "capi/platformanswer.h"
#include "capi/platformrequest.h"
#include "net/replayer.h"

#include <QObject>
#include <optional>

namespace pbw {

// Sends events to one conversion API and reads its answer. Like CapiSender: a Replayer of its own,
// one send at a time (a new one cancels the one waiting), the exchange handed back like a replay's.
class PlatformSender : public QObject
{
    Q_OBJECT

public:
    explicit PlatformSender(QObject* parent = nullptr);

    // Starts the send; a message (translated) when the request cannot be built.
    std::optional<QString> send(const ConversionPlatform& platform, const QList<CapiEvent>& events,
                                const PlatformSend& send);
    void cancel();
    bool isRunning() const { return m_running != 0; }

signals:
    void finished(const pbw::Exchange& exchange, const pbw::PlatformAnswer& answer);

private:
    Replayer* m_replayer;
    Replayer::Id m_running = 0;
    QString m_platform;
    int m_eventCount = 0;
    bool m_test = false;
};

} // namespace pbw
