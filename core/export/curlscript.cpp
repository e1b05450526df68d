#include "export/curlscript.h"

#include "analysis/verdict.h"
#include "io/exchangejson.h"
#include "net/curlcommand.h"
#include "text/casetext.h"
#include "text/verdicttext.h"

#include <QCoreApplication>

namespace pbw {

QString curlScript(const CaseBundle& bundle)
{
    QString script = QStringLiteral("#!/usr/bin/env bash\n# ")
        + QCoreApplication::translate("pbw::CurlScript",
                                      "Case \"%1\": the requests of its exchanges, as curl commands.")
              .arg(QString(bundle.record.title).replace(u'\n', u' '))
        + u'\n';
    for (const StoredExchange& stored : bundle.exchanges) {
        const Exchange exchange = stored.exchange();
        const QString headline = verdictHeadline(judgeExchange(exchange));
        script += QStringLiteral("\n# ")
            + QCoreApplication::translate("pbw::CurlScript", "Exchange %1 · %2 · %3 · sent %4")
                  .arg(stored.number > 0 ? stored.number : stored.id)
                  .arg(roleName(stored.role), headline, exchange.timing.started.toUTC().toString(Qt::ISODate))
                  .replace(u'\n', u' ')
            + u'\n' + curlCommandFor(exchange.request) + u'\n';
    }
    return script;
}

} // namespace pbw
