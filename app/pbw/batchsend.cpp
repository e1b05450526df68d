// pbw batch send: re-fires the callbacks a check found missing, through the case's ledger.
#include "batchsend.h"

#include "batch/csvreader.h"
#include "batch/reconciledcsv.h"
#include "casecommand.h"
#include "cliapp.h"
#include "clicontext.h"
#include "commandline.h"
#include "console.h"
#include "refire/refireplan.h"
#include "secrets/redaction.h"
#include "text/verdicttext.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTextStream>
#include <QUrl>
#include <cstdio>
#include <unistd.h>

namespace pbw::cli {

namespace {

class Pbw
{
    Q_DECLARE_TR_FUNCTIONS(Pbw)
};

struct SendOptions
{
    QCommandLineOption caseId{QStringLiteral("case"), Pbw::tr("The case whose ledger records the sends (required)."),
                              QStringLiteral("ID")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), Pbw::tr("Show exactly what would be sent; send nothing.")};
    QCommandLineOption rate{QStringLiteral("rate"),
                            Pbw::tr("At most this many callbacks a second (default 1; 0: no limit)."),
                            QStringLiteral("N")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   Pbw::tr("At most this many in flight at once (default 1)."), QStringLiteral("N")};
    QCommandLineOption stopAfter{QStringLiteral("stop-after"),
                                 Pbw::tr("Stop after this many answers in a row that are not accepted (default 10; "
                                         "0: never). Some networks switch a partner's postback off after 10 failures "
                                         "in a row."),
                                 QStringLiteral("N")};
    QCommandLineOption retries{QStringLiteral("retries"),
                               Pbw::tr("Tries again after a transport error, a 5xx or a 429, at most N times, waiting "
                                       "longer each time (default 3)."),
                               QStringLiteral("N")};
    QCommandLineOption timeout{QStringLiteral("timeout"), Pbw::tr("Seconds to wait for each answer (default 30)."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption resend{QStringLiteral("resend"),
                              Pbw::tr("Send this conversion again although the ledger has it (sent, failed or in "
                                      "flight when a run stopped); repeatable."),
                              QStringLiteral("KEY")};
    QCommandLineOption yes{QStringLiteral("yes"), Pbw::tr("Send without asking (needed when not at a terminal).")};
};

bool isTerminal(FILE* stream)
{
    return ::isatty(::fileno(stream)) == 1;
}

QString durationText(double seconds)
{
    const qint64 whole = qint64(std::ceil(seconds));
    return whole >= 3600 ? QStringLiteral("%1:%2:%3")
                               .arg(whole / 3600)
                               .arg(whole / 60 % 60, 2, 10, QLatin1Char('0'))
                               .arg(whole % 60, 2, 10, QLatin1Char('0'))
                         : QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QJsonObject entryJson(const LedgerEntry& entry)
{
    return {{QStringLiteral("key"), entry.key},
            {QStringLiteral("state"), ledgerStateKey(entry.state)},
            {QStringLiteral("url"), entry.url},
            {QStringLiteral("attempts"), entry.attempts},
            {QStringLiteral("status"), entry.status ? QJsonValue(entry.status) : QJsonValue()},
            {QStringLiteral("layer"), entry.layer.isEmpty() ? QJsonValue() : QJsonValue(entry.layer)},
            {QStringLiteral("batch"), entry.batch}};
}

QString stateWords(LedgerEntry::State state)
{
    switch (state) {
    case LedgerEntry::State::Planned:
        return Pbw::tr("planned");
    case LedgerEntry::State::Sending:
        return Pbw::tr("in flight when a run stopped: it may have arrived");
    case LedgerEntry::State::Sent:
        return Pbw::tr("sent");
    case LedgerEntry::State::Failed:
        return Pbw::tr("failed");
    case LedgerEntry::State::Skipped:
        break;
    }
    return Pbw::tr("skipped");
}

} // namespace

int runBatchSend(const QStringList& arguments, const CliContext& context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Pbw::tr(
        "Re-fire callbacks safely: each is written in the case's ledger before it is sent and its answer after, so "
        "none is ever sent twice — a conversion already sent, or in flight when a run stopped, is sent again only "
        "when named with --resend; a run that stopped is resumed by running the same command again. The file is "
        "CSV with the columns key and url, as \"pbw batch check --csv\" writes it. Exit status: 0 every callback "
        "sent was accepted, 1 some were refused, failed or not sent, 2 bad input."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("callbacks"), Pbw::tr("The callbacks to send (CSV: key,url)."));
    SendOptions o;
    const QCommandLineOption db = dbOption(context);
    const QCommandLineOption json = jsonOption();
    const QCommandLineOption lang = langOption();
    parser.addOptions({o.caseId, o.dryRun, o.rate, o.concurrency, o.stopAfter, o.retries, o.timeout, o.resend, o.yes,
                       db, json, lang});
    if (const auto done = parseOrFinish(parser, arguments))
        return *done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 || !parser.isSet(o.caseId))
        return badInput(Pbw::tr("Use \"pbw batch send CALLBACKS.csv --case ID\" (see --help)."));

    RefireOptions options;
    const auto number
        = [&](const QCommandLineOption& option, double low, double high, double fallback, double* into) -> bool {
        if (!parser.isSet(option)) {
            *into = fallback;
            return true;
        }
        bool ok = false;
        *into = parser.value(option).toDouble(&ok);
        return ok && *into >= low && *into <= high;
    };
    double rate = 0, concurrency = 0, stopAfter = 0, retries = 0, timeout = 0;
    if (!number(o.rate, 0, 1000, 1, &rate))
        return badInput(Pbw::tr("--rate needs a number of callbacks a second from 0 to 1000."));
    if (!number(o.concurrency, 1, 64, 1, &concurrency))
        return badInput(Pbw::tr("--concurrency needs a number from 1 to 64."));
    if (!number(o.stopAfter, 0, 1e6, 10, &stopAfter))
        return badInput(Pbw::tr("--stop-after needs a number of answers (0: never stop)."));
    if (!number(o.retries, 0, 10, 3, &retries))
        return badInput(Pbw::tr("--retries needs a number from 0 to 10."));
    if (!number(o.timeout, 1, 3600, 30, &timeout))
        return badInput(Pbw::tr("--timeout needs a number of seconds between 1 and 3600."));
    options.ratePerSecond = rate;
    options.concurrency = int(concurrency);
    options.stopAfter = int(stopAfter);
    options.maxRetries = int(retries);

    // The callbacks: the file gives each URL whole (with its secrets); the ledger keeps it redacted.
    const QString path = files.first();
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return badInput(Pbw::tr("%1: the file cannot be read.").arg(path));
    batch::ReadOptions read;
    const auto mapping = batch::ColumnMapping::fromSpec(QStringLiteral("click_id=key,postback_url=url"));
    read.mapping = *mapping;
    const auto table = batch::readConversions(&file, read);
    if (!table)
        return badInput(table.error().message(QFileInfo(path).fileName()));
    QList<PlannedSend> sends;
    QSet<QString> keys;
    for (qsizetype i = 0; i < table->size(); ++i) {
        batch::ConversionRow row = table->row(i);
        row.clickId = batch::cellAsWritten(row.clickId); // a key "'=…" was written so by a CSV writer
        const QUrl url(row.postbackUrl, QUrl::StrictMode);
        if (row.clickId.isEmpty() || !url.isValid()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return badInput(Pbw::tr("%1: line %2: a callback needs a key and an http(s) URL.")
                                .arg(QFileInfo(path).fileName())
                                .arg(row.line));
        if (keys.contains(row.clickId))
            return badInput(Pbw::tr("%1: line %2: the key %3 is there twice; a conversion is sent once.")
                                .arg(QFileInfo(path).fileName())
                                .arg(row.line)
                                .arg(row.clickId));
        keys.insert(row.clickId);
        sends.append({row.clickId, row.postbackUrl});
    }

    auto target = openCaseToSaveInto(parser.value(o.caseId), parser.value(db), context);
    if (!target)
        return BadInput;
    CaseStore& store = *target->store;
    const qint64 caseId = target->caseId;
    const QString batchName = QFileInfo(path).fileName();
    const QStringList resend = parser.values(o.resend);
    for (const QString& key : resend) {
        if (!keys.contains(key))
            return badInput(Pbw::tr("--resend %1: the file has no callback with that key.").arg(key));
    }
    // Asked first, written after: a run that is not confirmed (or a dry run) leaves the ledger as it was,
    // --resend included.
    const auto preview = previewRefire(store, caseId, sends, resend);
    if (!preview)
        return storeFailed(preview.error());
    const double seconds = rate > 0 ? double(preview->toSend.size()) / rate : 0;
    const QString rateText = rate > 0 ? QString::number(rate) : Pbw::tr("no limit");
    if (parser.isSet(o.dryRun)) {
        if (parser.isSet(json)) {
            QJsonArray wouldSend;
            for (const PlannedSend& send : preview->toSend)
                wouldSend.append(QJsonObject{{QStringLiteral("key"), send.key}, {QStringLiteral("url"), send.url}});
            QJsonArray held;
            for (const LedgerEntry& entry : preview->held)
                held.append(entryJson(entry));
            printJson({{QStringLiteral("dry_run"), true},
                       {QStringLiteral("would_send"), wouldSend},
                       {QStringLiteral("not_sent_again"), held},
                       {QStringLiteral("seconds_at_least"), seconds}});
            return Ok;
        }
        printOut(Pbw::tr("Would send %n callback(s) (at %1 a second: about %2):", nullptr, int(preview->toSend.size()))
                     .arg(rateText, durationText(seconds)));
        for (const PlannedSend& send : preview->toSend)
            printOut(QStringLiteral("  GET %1").arg(send.url));
        if (!preview->held.isEmpty())
            printOut(Pbw::tr("Not sent again (the ledger has them; --resend KEY sends one again): %n", nullptr,
                             int(preview->held.size())));
        for (const LedgerEntry& entry : preview->held)
            printOut(QStringLiteral("  %1  %2").arg(entry.key, stateWords(entry.state)));
        return Ok;
    }
    for (const LedgerEntry& entry : preview->held) {
        if (entry.state == LedgerEntry::State::Sending)
            printError(Pbw::tr("%1: in flight when a run stopped, it may have arrived: ask the partner, and send it "
                               "again only if it did not (--resend %1).")
                           .arg(entry.key));
    }
    if (preview->toSend.isEmpty()) {
        printError(Pbw::tr("Nothing to send: the ledger of case #%1 has every callback of %2 already.")
                       .arg(caseId)
                       .arg(batchName));
        return preview->heldAllAccepted() ? Ok : ProblemFound;
    }
    const QString question
        = Pbw::tr("Send %n callback(s) to %1 at %2 a second (about %3)?", nullptr, int(preview->toSend.size()))
              .arg(preview->hosts.join(QStringLiteral(", ")), rateText, durationText(seconds));
    if (!parser.isSet(o.yes)) {
        if (!isTerminal(stdin) || !isTerminal(stderr))
            return badInput(question + QLatin1Char(' ') + Pbw::tr("Add --yes to send without a terminal to ask at."));
        std::fprintf(stderr, "%s [y/N] ", qPrintable(question));
        std::fflush(stderr);
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed().toLower();
        if (answer != QLatin1String("y") && answer != QLatin1String("yes") && answer != QStringLiteral("д")
            && answer != QStringLiteral("да"))
            return badInput(Pbw::tr("Nothing was sent."));
    }
    if (!resend.isEmpty()) {
        if (const auto replanned = store.replanSends(caseId, resend); !replanned)
            return storeFailed(replanned.error());
    }
    const auto items = planRefire(store, caseId, batchName, sends, int(timeout * 1000));
    if (!items)
        return storeFailed(items.error());

    Replayer replayer;
    Refirer refirer(&store, &replayer);
    QEventLoop loop;
    RefireSummary summary;
    const bool showProgress = isTerminal(stderr) && !parser.isSet(json);
    QObject::connect(&refirer, &Refirer::progress, &loop, [&](int done, int total) {
        if (showProgress)
            std::fprintf(stderr, "\r%s", qPrintable(Pbw::tr("%1 of %2 sent").arg(done).arg(total)));
    });
    QObject::connect(
        &refirer, &Refirer::itemFinished, &loop,
        [&](const RefireItem& item, LedgerEntry::State state, const Exchange& exchange, const Verdict& verdict) {
            if (parser.isSet(json))
                return;
            if (showProgress)
                std::fprintf(stderr, "\r");
            printOut(QStringLiteral("%1  %2  %3  %4")
                         .arg(verdictSymbol(verdict.layer), item.key,
                              exchange.response ? QString::number(exchange.response->status) : stateWords(state),
                              verdictHeadline(verdict)));
        });
    QObject::connect(&refirer, &Refirer::finished, &loop, [&](const RefireSummary& done) {
        summary = done;
        loop.quit();
    });
    refirer.start(*items, options);
    if (refirer.isRunning())
        loop.exec();
    if (showProgress)
        std::fprintf(stderr, "\n");

    const auto after = store.ledger(caseId, batchName);
    if (parser.isSet(json)) {
        QJsonArray entries;
        if (after) {
            for (const LedgerEntry& entry : *after)
                entries.append(entryJson(entry));
        }
        printJson({{QStringLiteral("case"), caseId},
                   {QStringLiteral("batch"), batchName},
                   {QStringLiteral("sent"), summary.sent},
                   {QStringLiteral("accepted"), summary.accepted},
                   {QStringLiteral("failed"), summary.failed},
                   {QStringLiteral("not_started"), summary.notStarted},
                   {QStringLiteral("stopped_after_failures"), summary.stoppedAfterFailures},
                   {QStringLiteral("entries"), entries}});
    } else {
        printOut(Pbw::tr("%1 sent, %2 accepted, %3 failed, %4 not sent.")
                     .arg(summary.sent)
                     .arg(summary.accepted)
                     .arg(summary.failed)
                     .arg(summary.notStarted));
        if (summary.stoppedAfterFailures)
            printError(Pbw::tr("Stopped after %n answer(s) in a row that were not accepted: find out why before "
                               "sending the rest (run the same command again to go on).",
                               nullptr, options.stopAfter));
    }
    if (!summary.storeError.isEmpty())
        printError(summary.storeError);
    const bool allAccepted = summary.accepted == summary.sent && summary.failed == 0 && summary.notStarted == 0;
    return allAccepted && preview->heldAllAccepted() ? Ok : ProblemFound;
}

} // namespace pbw::cli
