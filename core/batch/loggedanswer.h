#pragma once

#include "net/exchange.h"
#include "net/transporterror.h"

#include <QByteArrayView>
#include <optional>

namespace pbw::batch {

// A transport failure a tracker logged instead of an answer ("timeout", "Connection refused",
// "Could not resolve host", "SSL handshake failed", "connection reset"): nothing when the text names
// none.
std::optional<TransportError> loggedTransportFailure(QByteArrayView text);

// The partner's answer as the tracker logged it, in the form the verdict reads: the status, the body
// (UTF-8) and its text.
ReceivedResponse loggedResponse(int status, QByteArrayView body);

} // namespace pbw::batch
