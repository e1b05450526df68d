#pragma once

#include "capi/capievent.h"
#include "capi/userdata.h"

#include <QList>

namespace pbw {

// One customer-information value of one event, as the normalisation table shows it.
struct CapiUserDataRow
{
    int event = 0;
    UserDataValue value;
};

// Events as they are sent: every customer-information value normalised and hashed where Meta
// wants a hash (hashes passed through lower-cased, duplicates removed after hashing), empty
// values left out. A value that cannot be normalised stays as typed; validation reports it.
struct CapiPrepared
{
    QList<CapiEvent> events;
    QList<CapiUserDataRow> rows;
};

CapiPrepared prepareCapiEvents(const QList<CapiEvent>& events);

} // namespace pbw
