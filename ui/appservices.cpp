#include "appservices.h"

#include "capi/capisender.h"
#include "net/replayer.h"
#include "secrets/secretstore.h"
#include "trace/tracer.h"

namespace pbw::ui {

AppServices completeServices(AppServices services, QObject* owner)
{
    if (!services.keychain)
        services.keychain = makeKeychainStore(keychainService(), owner).release();
    if (!services.replayer)
        services.replayer = new Replayer(owner);
    if (!services.tracer)
        services.tracer = new Tracer(owner);
    if (!services.capiSender)
        services.capiSender = new CapiSender(owner);
    return services;
}

} // namespace pbw::ui
