// The Batch tab, as a media buyer uses it: the tracker's export against the partner's report, the
// totals and the rows filtered (by group, by cause, by what became of their re-fire), a file that
// cannot be read, a million-row-sized pair that keeps the window turning, the missing callbacks
// sent again through the case's ledger — asked first, written down, each conversion exactly once —
// a re-fired row opened at its exchange in the Case tab, and the window's keys on the tab.
#include "batch/batchfileside.h"
#include "batch/batchpanel.h"
#include "batch/reconcilemodel.h"
#include "batch/rowactions.h"
#include "batch/sendsmodel.h"
#include "cases/casepanel.h"
#include "cases/casesession.h"
#include "export/htmlreport.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "replay/replaypanel.h"
#include "replay/requesteditor.h"
#include "store/casestore.h"
#include "testserver.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace pbw;
using namespace pbw::test;
using batch::MatchGroup;

class TestBatchPanel : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reconcilesTheFixturePair();
    void filtersByGroupAndClickId();
    void aFileThatCannotBeReadIsSaidWithItsLine();
    void largePairStaysResponsive();
    void sendsTheMissingOnesOnceThroughTheLedger();
    void whyTheyFailedAndTheCorrectedOnesSent();
    void filtersByCause();
    void refiredRowOpensItsExchangeInTheCase();
    void ctrlEnterReconcilesAndEscCancels();
    void keepsTheReconciliationInTheCase();
    void screenshots(); // only with PBW_SCREENSHOT_DIR

private:
    template <typename T> T* in(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    ui::BatchPanel* panel() const { return m_window->batchPanel(); }
    void reconcile(const QString& tracker, const QString& partner, const QString& trackerPreset = {},
                   const QString& partnerPreset = {});
    QString writeFile(const QString& name, const QByteArray& bytes);
    void writeSendPair(int missing); // the loopback log and the partner's report: missing ones at the end
    void send(bool fast); // "Send the missing ones…", confirmed
    QString writeWhyLog(); // a postback log whose four missing conversions failed for three causes
    int rowOf(const QString& clickId) const; // in the rows shown; -1 when not shown
    QStringList shownClickIds() const;
    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(QStringLiteral("tabs")); }
    QTableView* rowsTable() const { return panel()->findChild<QTableView*>(QStringLiteral("reconciledRows")); }

    TestServer m_server;
    QHash<QString, int> m_arrivals; // per click ID
    QString m_log, m_report;
};

void TestBatchPanel::initTestCase()
{
    useTestPaths({1366, 768});
    QVERIFY(m_server.listen());
    m_server.setHandler([this](const RecordedRequest& request) {
        const QUrlQuery query(QUrl(QString::fromUtf8(request.target)).query());
        ++m_arrivals[query.queryItemValue(QStringLiteral("click_id"))];
        return ScriptedReply::text(200, R"({"status":"ok"})", "application/json");
    });
}

void TestBatchPanel::init()
{
    static int run = 0;
    ++run;
    newSettings(QStringLiteral("batch-%1.ini").arg(run), QStringLiteral("batch-%1.sqlite").arg(run));
    QVERIFY(openWindow());
    m_arrivals.clear();
    m_server.clear();
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    tabs->setCurrentWidget(panel());
}

void TestBatchPanel::cleanup()
{
    closeWindow();
}

QString TestBatchPanel::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestBatchPanel::reconcile(const QString& tracker, const QString& partner, const QString& trackerPreset,
                               const QString& partnerPreset)
{
    panel()->trackerSide()->setPath(tracker);
    panel()->partnerSide()->setPath(partner);
    panel()->trackerSide()->setPreset(trackerPreset);
    panel()->partnerSide()->setPreset(partnerPreset);
    auto* button = in<QPushButton>(panel(), "reconcile");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isReconciling(), 30'000);
}

void TestBatchPanel::reconcilesTheFixturePair()
{
    const QString data = QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/");
    reconcile(data + QStringLiteral("keitaro-conversions.csv"), data + QStringLiteral("everflow-conversions.csv"),
              QStringLiteral("keitaro"), QStringLiteral("everflow"));
    const auto& result = panel()->outcome().result;
    QVERIFY2(result,
             qPrintable(in<QLabel>(panel(), "batchProblem")->text() + QStringLiteral(" | ")
                        + m_window->statusBar()->currentMessage()));
    QCOMPARE(result->total(MatchGroup::Credited).rows, 6);
    QCOMPARE(result->total(MatchGroup::PayoutDifferent).rows, 1);
    QCOMPARE(result->total(MatchGroup::StatusDifferent).rows, 1);
    QCOMPARE(result->total(MatchGroup::MissingAtPartner).rows, 2);
    QCOMPARE(result->total(MatchGroup::ExtraAtPartner).rows, 1);
    QCOMPARE(panel()->model()->rowCount(), 11); // 10 tracker rows and the extra partner row
    const QString summary = in<QLabel>(panel(), "batchSummary")->text();
    QVERIFY2(summary.contains(QStringLiteral("212.20")) && summary.contains(QStringLiteral("74.90"))
                 && summary.contains(QStringLiteral("18.75")),
             qPrintable(summary));
    QVERIFY(!in<QLabel>(panel(), "batchProblem")->isVisible());
    // Keitaro's export has no postback URL column: nothing to send from it.
    QVERIFY(!in<QPushButton>(panel(), "sendMissing")->isEnabled());

    // The extra partner row is the last one, and its click ID is the partner's.
    const int last = panel()->model()->rowCount() - 1;
    QCOMPARE(panel()->model()->clickId(last), QStringLiteral("e0ehjuflgfiuzi1fmie"));
    QCOMPARE(panel()->model()->data(panel()->model()->index(last, ui::ReconcileModel::Group)).toString(),
             batch::matchGroupName(MatchGroup::ExtraAtPartner));

    // Exported through core's writer, off the window's thread.
    const QString csv = m_dir.filePath(QStringLiteral("reconciled.csv"));
    panel()->exportCsv(csv);
    QTRY_VERIFY(QFile::exists(csv) && in<QPushButton>(panel(), "exportCsv")->isEnabled());
    QFile written(csv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count('\n'), 12); // the header and 11 rows
}

void TestBatchPanel::filtersByGroupAndClickId()
{
    const QString data = QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/");
    reconcile(data + QStringLiteral("keitaro-conversions.csv"), data + QStringLiteral("everflow-conversions.csv"),
              QStringLiteral("keitaro"), QStringLiteral("everflow"));
    auto* group = in<QComboBox>(panel(), "groupFilter");
    auto* text = in<QLineEdit>(panel(), "clickIdFilter");
    group->setCurrentIndex(group->findData(int(MatchGroup::MissingAtPartner)));
    QCOMPARE(panel()->model()->rowCount(), 2);
    QCOMPARE(panel()->model()->clickId(0), QStringLiteral("jgttoq9l5cx9b8slie8"));
    QCOMPARE(panel()->model()->clickId(1), QStringLiteral("6jfht4cdoult92bac"));
    text->setText(QStringLiteral("6JFHT")); // any case
    QCOMPARE(panel()->model()->rowCount(), 1);
    group->setCurrentIndex(0);
    text->setText(QStringLiteral("nk0p1"));
    QCOMPARE(panel()->model()->rowCount(), 1);
    QCOMPARE(panel()->model()->data(panel()->model()->index(0, ui::ReconcileModel::Group)).toString(),
             batch::matchGroupName(MatchGroup::PayoutDifferent));
    text->clear();
    QCOMPARE(panel()->model()->rowCount(), 11);
}

void TestBatchPanel::aFileThatCannotBeReadIsSaidWithItsLine()
{
    const QString data = QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/");
    reconcile(data + QStringLiteral("keitaro-conversions.csv"), data + QStringLiteral("everflow-conversions.csv"),
              QStringLiteral("keitaro"), QStringLiteral("everflow"));
    QCOMPARE(panel()->model()->rowCount(), 11);
    const QString ragged
        = writeFile(QStringLiteral("ragged.csv"), "click_id,payout,status\nabc,1.00,sale\ndef,2.00\nghi,3.00,sale\n");
    reconcile(data + QStringLiteral("keitaro-conversions.csv"), ragged, QStringLiteral("keitaro"));
    auto* problem = in<QLabel>(panel(), "batchProblem");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("ragged.csv")) && problem->text().contains(QStringLiteral("3")),
             qPrintable(problem->text()));
    // Nothing is lost: the results before are still there.
    QCOMPARE(panel()->model()->rowCount(), 11);
    // A file whose click ID column is not found: the way out is the window's (Columns…), not pbw's.
    const QString unnamed = writeFile(QStringLiteral("unnamed.csv"), "ref,amount\nabc,1.00\n");
    reconcile(unnamed, data + QStringLiteral("everflow-conversions.csv"), {}, QStringLiteral("everflow"));
    QVERIFY2(problem->text().contains(QStringLiteral("Columns…")) && !problem->text().contains(QStringLiteral("--map")),
             qPrintable(problem->text()));

    // The same in Russian.
    Language::apply(QStringLiteral("ru"));
    reconcile(data + QStringLiteral("keitaro-conversions.csv"), ragged, QStringLiteral("keitaro"));
    QVERIFY2(problem->text().contains(QStringLiteral("ragged.csv")), qPrintable(problem->text()));
    QVERIFY2(!problem->text().contains(QStringLiteral("line")), qPrintable(problem->text()));
}

void TestBatchPanel::largePairStaysResponsive()
{
    constexpr int rows = 200'000;
    QByteArray tracker = "click_id,transaction_id,payout,currency,status,time\n";
    QByteArray partner = "click_id,transaction_id,payout,currency,status,time\n";
    tracker.reserve(rows * 64);
    partner.reserve(rows * 64);
    for (int i = 0; i < rows; ++i) {
        const QByteArray id = "c" + QByteArray::number(i * 7919 + 100000, 36) + "x" + QByteArray::number(i);
        const QByteArray row = id + ",t" + QByteArray::number(i) + ",12.50,USD,approved,2026-12-07 10:00:00\n";
        tracker += row;
        if (i % 10 != 0)
            partner += row;
    }
    const QString trackerPath = writeFile(QStringLiteral("big-tracker.csv"), tracker);
    const QString partnerPath = writeFile(QStringLiteral("big-partner.csv"), partner);
    tracker.clear();
    partner.clear();

    int ticks = 0;
    QTimer timer;
    connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
    timer.start(5);
    panel()->trackerSide()->setPath(trackerPath);
    panel()->partnerSide()->setPath(partnerPath);
    QElapsedTimer clock;
    clock.start();
    in<QPushButton>(panel(), "reconcile")->click();
    QVERIFY(panel()->isReconciling()); // handed to a pool thread: the click came back at once
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isReconciling(), 60'000);
    const qint64 took = clock.elapsed();
    timer.stop();
    // The event loop kept turning: the timer fired through the read (at least once every 100 ms).
    QVERIFY2(ticks >= took / 100, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(took)));

    ui::ReconcileModel* model = panel()->model();
    QVERIFY2(panel()->outcome().result, qPrintable(in<QLabel>(panel(), "batchProblem")->text()));
    QCOMPARE(model->rowCount(), rows);
    QCOMPARE(panel()->outcome().result->total(MatchGroup::MissingAtPartner).rows, rows / 10);
    clock.restart();
    const int count = model->rowCount();
    const QVariant last = model->data(model->index(count - 1, ui::ReconcileModel::ClickId));
    const QVariant time = model->data(model->index(count - 1, ui::ReconcileModel::Time));
    QVERIFY(clock.elapsed() < 20);
    QVERIFY(last.toString().endsWith(QStringLiteral("x199999")));
    QVERIFY(time.toString().startsWith(QStringLiteral("2026-12-07")));
    // A filter over every row stays well under a second.
    clock.restart();
    auto* group = in<QComboBox>(panel(), "groupFilter");
    group->setCurrentIndex(group->findData(int(MatchGroup::MissingAtPartner)));
    QCOMPARE(model->rowCount(), rows / 10);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    // So does one by cause (the log has no callbacks: one cause for every missing row).
    QCOMPARE(panel()->outcome().check->causes.size(), 1);
    clock.restart();
    panel()->showCause(0);
    QCOMPARE(model->rowCount(), rows / 10);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    // The view asks for what it shows, never every row.
    QTest::qWait(50);
    QFile::remove(trackerPath);
    QFile::remove(partnerPath);
}

void TestBatchPanel::writeSendPair(int missing)
{
    QByteArray log = "click_id,postback_url,http_status,response_body,sent_at\n";
    QByteArray report = "click_id,payout,status\n";
    for (int i = 0; i < 6 + missing; ++i) {
        const QByteArray id = "lb" + QByteArray::number(1000 + i);
        const bool lost = i >= 6;
        log += id + ',' + m_server.baseUrl().toUtf8() + "/postback?click_id=" + id + "&amount=12.50,"
            + (lost ? "403,IP not whitelisted" : "200,OK") + ",2026-12-07T17:54:56+00:00\n";
        if (!lost)
            report += id + ",12.50,approved\n";
    }
    m_log = writeFile(QStringLiteral("loopback-postback-log.csv"), log);
    m_report = writeFile(QStringLiteral("loopback-partner.csv"), report);
}

void TestBatchPanel::send(bool fast)
{
    bool asked = false;
    QTimer::singleShot(0, this, [this, fast, &asked] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->objectName(), QStringLiteral("sendDialog"));
        const QString question = in<QLabel>(dialog, "sendQuestion")->text();
        QVERIFY2(question.contains(QStringLiteral("4")) && question.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(question));
        QVERIFY(!in<QLabel>(dialog, "sendDuration")->text().isEmpty());
        QCOMPARE(in<QDoubleSpinBox>(dialog, "sendRate")->value(), 1.0);
        if (fast)
            in<QDoubleSpinBox>(dialog, "sendRate")->setValue(0);
        asked = true;
        in<QPushButton>(dialog, "sendConfirm")->click();
    });
    in<QPushButton>(panel(), "sendMissing")->click();
    QVERIFY(asked);
}

void TestBatchPanel::sendsTheMissingOnesOnceThroughTheLedger()
{
    writeSendPair(4);
    reconcile(m_log, m_report);
    QCOMPARE(panel()->outcome().result->total(MatchGroup::MissingAtPartner).rows, 4);
    auto* sendButton = in<QPushButton>(panel(), "sendMissing");
    QVERIFY(!sendButton->isEnabled()); // no case open: no ledger to write in
    const qint64 caseId = m_window->caseSession()->createCase(QStringLiteral("Loopback partner, lost sales"));
    QTRY_VERIFY(sendButton->isEnabled());

    send(true);
    QVERIFY(!sendButton->isEnabled()); // while it runs
    auto* summary = in<QLabel>(panel(), "sendSummary");
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 20'000);
    QVERIFY2(summary->text().startsWith(QStringLiteral("4 sent, 4 accepted")), qPrintable(summary->text()));
    QCOMPARE(m_arrivals.size(), 4);
    for (auto it = m_arrivals.cbegin(); it != m_arrivals.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QVERIFY(m_arrivals.contains(QStringLiteral("lb1006")) && m_arrivals.contains(QStringLiteral("lb1009")));

    // The ledger has each, sent; the sends table says so.
    const auto ledger = m_window->caseSession()->store()->ledger(caseId);
    QVERIFY(ledger);
    QCOMPARE(ledger->size(), 4);
    for (const LedgerEntry& entry : *ledger) {
        QCOMPARE(entry.state, LedgerEntry::State::Sent);
        QCOMPARE(entry.status, 200);
    }
    ui::SendsModel* sends = panel()->sendsModel();
    QCOMPARE(sends->rowCount(), 4);
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(sends->stateOf(row), LedgerEntry::State::Sent);
        QCOMPARE(sends->data(sends->index(row, ui::SendsModel::HttpStatus)).toInt(), 200);
    }

    // Asked again: the ledger has them all, nothing goes twice.
    QTimer::singleShot(0, this, [] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->accept();
    });
    sendButton->click();
    QTest::qWait(300);
    for (auto it = m_arrivals.cbegin(); it != m_arrivals.cend(); ++it)
        QCOMPARE(it.value(), 1);

    // A row's logged postback opens in Replay.
    panel()->model()->setFilter(MatchGroup::MissingAtPartner, {});
    QSignalSpy opened(panel(), &ui::BatchPanel::openInReplay);
    panel()->findChild<QTableView*>(QStringLiteral("reconciledRows"))->setCurrentIndex(panel()->model()->index(0, 0));
    in<QPushButton>(panel(), "openInReplay")->click();
    QCOMPARE(opened.size(), 1);
    QVERIFY(m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget() == m_window->replayPanel());
    QVERIFY(m_window->replayPanel()
                ->findChild<QPlainTextEdit*>(QStringLiteral("url"))
                ->toPlainText()
                .contains(QStringLiteral("click_id=lb1006")));
}

void TestBatchPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("screenshots only: PBW_SCREENSHOT_DIR is not set");
    m_window->resize(1366, 768);
    const QString data = QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/");
    m_window->caseSession()->createCase(QStringLiteral("Keitaro → Everflow, December"));
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        Language::apply(language);
        panel()->trackerSide()->setZone(QStringLiteral("Europe/Madrid"));
        reconcile(data + QStringLiteral("keitaro-conversions.csv"), data + QStringLiteral("everflow-conversions.csv"),
                  QStringLiteral("keitaro"), QStringLiteral("everflow"));
        QTest::qWait(100);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("batch-reconcile-%1.png").arg(language))));
    }
    // During a send: a slow partner, one a second.
    m_server.setHandler([this](const RecordedRequest& request) {
        const QUrlQuery query(QUrl(QString::fromUtf8(request.target)).query());
        ++m_arrivals[query.queryItemValue(QStringLiteral("click_id"))];
        return ScriptedReply::text(200, R"({"status":"ok"})", "application/json");
    });
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        Language::apply(language);
        m_window->caseSession()->createCase(language == QLatin1String("en") ? QStringLiteral("Loopback, lost sales")
                                                                            : QStringLiteral("Лупбек, потерянные"));
        writeSendPair(4);
        reconcile(m_log, m_report);
        send(false);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->sendsModel()->stateOf(1) == LedgerEntry::State::Sent, 10'000);
        QTest::qWait(200);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("batch-send-%1.png").arg(language))));
        panel()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!in<QLabel>(panel(), "sendSummary")->text().isEmpty(), 10'000);
    }
}

QString TestBatchPanel::writeWhyLog()
{
    return writeFile(QStringLiteral("why-log.csv"),
                     QStringLiteral("click_id,postback_url,http_status,response_body\n"
                                    "ok1,%1/pb?click_id=ok1&amount=10,200,OK\n"
                                    "m1,%1/pb?click_id={clickid}&amount=10,200,\n"
                                    "m2,%1/pb?click_id={clickid}&amount=20,200,\n"
                                    "m3,%1/pb?click_id=m3&amount=30,403,IP not whitelisted\n"
                                    "m4,%1/pb?click_id=m4&amount=40,,timeout\n")
                         .arg(m_server.baseUrl())
                         .toUtf8());
}

int TestBatchPanel::rowOf(const QString& clickId) const
{
    for (int row = 0; row < panel()->model()->rowCount(); ++row) {
        if (panel()->model()->clickId(row) == clickId)
            return row;
    }
    return -1;
}

QStringList TestBatchPanel::shownClickIds() const
{
    QStringList ids;
    for (int row = 0; row < panel()->model()->rowCount(); ++row)
        ids.append(panel()->model()->clickId(row));
    return ids;
}

void TestBatchPanel::whyTheyFailedAndTheCorrectedOnesSent()
{
    // The tracker's postback log says what it sent and what the partner answered: the tab says why
    // each missing conversion failed, and what it re-fires is the corrected callback, not the one
    // that failed.
    const QString log = writeWhyLog();
    const QString report = writeFile(QStringLiteral("why-report.csv"), QByteArrayLiteral("click_id,payout\nok1,10\n"));
    reconcile(log, report);
    QVERIFY(panel()->outcome().check);
    auto* causes = panel()->findChild<QTableWidget*>(QStringLiteral("causesTable"));
    QVERIFY(causes);
    QCOMPARE(causes->rowCount(), 3);
    QCOMPARE(causes->item(0, 0)->text(), QStringLiteral("2")); // most first: the macro left literal
    QVERIFY2(causes->item(0, 2)->text().contains(QStringLiteral("macro-literal")),
             qPrintable(causes->item(0, 2)->text()));
    QVERIFY(causes->item(1, 2)->text().contains(QStringLiteral("IP"))
            || causes->item(2, 2)->text().contains(QStringLiteral("IP")));
    QVERIFY(causes->item(0, 3)->text().contains(QStringLiteral("m1")));
    if (const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR"); !dir.isEmpty()) {
        auto* views = causes->parentWidget();
        while (views && !qobject_cast<QTabWidget*>(views))
            views = views->parentWidget();
        if (auto* tabs = qobject_cast<QTabWidget*>(views))
            tabs->setCurrentWidget(panel()->findChild<QWidget*>(QStringLiteral("batchCauses")));
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            m_window->setLanguage(language);
            QTest::qWait(60);
            QVERIFY(m_window->grab().save(QStringLiteral("%1/batch-causes-%2.png").arg(dir, language)));
        }
        m_window->setLanguage(QStringLiteral("en"));
    }

    m_window->caseSession()->createCase(QStringLiteral("Why they failed"));
    send(true);
    QTRY_COMPARE(m_arrivals.value(QStringLiteral("m1")), 1);
    QTRY_COMPARE(m_arrivals.value(QStringLiteral("m3")), 1);
    QTRY_COMPARE(m_arrivals.value(QStringLiteral("m4")), 1);
    QCOMPARE(m_arrivals.value(QStringLiteral("{clickid}")), 0); // the failed callback is not what went
    QCOMPARE(m_arrivals.value(QStringLiteral("ok1")), 0);
}

void TestBatchPanel::filtersByCause()
{
    const QString report = writeFile(QStringLiteral("why-report.csv"), QByteArrayLiteral("click_id,payout\nok1,10\n"));
    reconcile(writeWhyLog(), report);
    QCOMPARE(panel()->model()->rowCount(), 5);
    auto* causes = panel()->findChild<QTableWidget*>(QStringLiteral("causesTable"));
    auto* views = panel()->findChild<QTabWidget*>(QStringLiteral("batchViews"));
    auto* why = in<QComboBox>(panel(), "whyFilter");
    QVERIFY(causes && views && why);
    QCOMPARE(causes->rowCount(), 3);

    // Each cause's line, double-clicked on the causes page: the Rows page with exactly its rows. A
    // cause is known by the click IDs its examples name.
    const auto causeLineOf = [causes](const QString& clickId) {
        for (int row = 0; row < causes->rowCount(); ++row) {
            if (causes->item(row, 3)->text().contains(QStringLiteral("(%1)").arg(clickId)))
                return row;
        }
        return -1;
    };
    // The Why combo's entry of a cause: its title, then how many rows.
    const auto whyEntryOf = [causes, why](int line) {
        return why->findText(causes->item(line, 2)->text().section(QStringLiteral(" — "), 0, 0) + QStringLiteral(" ("),
                             Qt::MatchStartsWith);
    };
    const QList<QStringList> expected{
        {QStringLiteral("m1"), QStringLiteral("m2")}, // the macro left literal
        {QStringLiteral("m3")}, // the IP not allow-listed
        {QStringLiteral("m4")}, // the timeout
    };
    for (const QStringList& ids : expected) {
        const int line = causeLineOf(ids.first());
        QVERIFY2(line >= 0, qPrintable(ids.first()));
        views->setCurrentWidget(panel()->findChild<QWidget*>(QStringLiteral("batchCauses")));
        const QRect cell = causes->visualItemRect(causes->item(line, 2));
        QTest::mouseClick(causes->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(causes->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(views->currentWidget()->findChild<QTableView*>(QStringLiteral("reconciledRows")), rowsTable());
        QCOMPARE(shownClickIds(), ids);
        // The Why filter says which, with its count.
        QCOMPARE(why->currentIndex(), whyEntryOf(line));
        QVERIFY2(why->currentText().endsWith(QStringLiteral("(%1)").arg(ids.size())), qPrintable(why->currentText()));
    }

    // The Why combo itself: a cause within a group, the same rows; "any reason" gives every row back.
    auto* group = in<QComboBox>(panel(), "groupFilter");
    group->setCurrentIndex(group->findData(int(MatchGroup::MissingAtPartner)));
    why->setCurrentIndex(why->findText(QStringLiteral("[macro-literal]"), Qt::MatchContains));
    QCOMPARE(shownClickIds(), (QStringList{QStringLiteral("m1"), QStringLiteral("m2")}));
    const QString title = panel()->model()->data(panel()->model()->index(0, ui::ReconcileModel::Why)).toString();
    QVERIFY2(title.contains(QStringLiteral("macro-literal")), qPrintable(title));
    group->setCurrentIndex(group->findData(int(MatchGroup::Credited)));
    QCOMPARE(panel()->model()->rowCount(), 0); // a credited row has no cause
    group->setCurrentIndex(0);
    why->setCurrentIndex(0);
    QCOMPARE(panel()->model()->rowCount(), 5);
    QVERIFY(panel()
                ->model()
                ->data(panel()->model()->index(rowOf(QStringLiteral("ok1")), ui::ReconcileModel::Why))
                .toString()
                .isEmpty());
    // No re-fire yet (no case): the combo lists the causes only, and the Re-fire column is hidden.
    QCOMPARE(why->findText(QStringLiteral("Re-fire"), Qt::MatchContains), -1);
    QVERIFY(rowsTable()->isColumnHidden(ui::ReconcileModel::Refire));
    QVERIFY(!rowsTable()->isColumnHidden(ui::ReconcileModel::Why));

    // A language switch tells the causes again and keeps the choice.
    why->setCurrentIndex(whyEntryOf(causeLineOf(QStringLiteral("m3"))));
    QCOMPARE(shownClickIds(), QStringList{QStringLiteral("m3")});
    m_window->setLanguage(QStringLiteral("ru"));
    QTRY_COMPARE(group->currentText(), QStringLiteral("Все группы")); // the change is posted to the window
    QCOMPARE(shownClickIds(), QStringList{QStringLiteral("m3")});
    QCOMPARE(why->currentIndex(), whyEntryOf(causeLineOf(QStringLiteral("m3"))));
}

void TestBatchPanel::refiredRowOpensItsExchangeInTheCase()
{
    writeSendPair(4);
    reconcile(m_log, m_report);
    const qint64 caseId = m_window->caseSession()->createCase(QStringLiteral("Loopback partner, re-fired"));
    QTRY_VERIFY(in<QPushButton>(panel(), "sendMissing")->isEnabled());
    send(true);
    QTRY_VERIFY_WITH_TIMEOUT(!in<QLabel>(panel(), "sendSummary")->text().isEmpty(), 20'000);

    // The number the case gave each re-fired conversion's exchange, read from the store.
    const auto ledger = m_window->caseSession()->store()->ledger(caseId);
    QVERIFY(ledger && ledger->size() == 4);
    QHash<QString, int> numberOf;
    for (const LedgerEntry& entry : *ledger) {
        const auto exchange = m_window->caseSession()->store()->exchangeById(entry.exchangeId);
        QVERIFY(exchange);
        numberOf.insert(entry.key, exchange->number);
    }

    // The ledger is read again after the send: the Why filter lists the outcome, with its rows.
    auto* why = in<QComboBox>(panel(), "whyFilter");
    QTRY_VERIFY(why->findText(QStringLiteral("Re-fire: accepted (4)")) >= 0);
    QVERIFY(!rowsTable()->isColumnHidden(ui::ReconcileModel::Refire));
    why->setCurrentIndex(why->findText(QStringLiteral("Re-fire: accepted (4)")));
    QCOMPARE(shownClickIds(),
             (QStringList{QStringLiteral("lb1006"), QStringLiteral("lb1007"), QStringLiteral("lb1008"),
                          QStringLiteral("lb1009")}));
    for (int row = 0; row < 4; ++row) {
        const QString refire
            = panel()->model()->data(panel()->model()->index(row, ui::ReconcileModel::Refire)).toString();
        QCOMPARE(refire, QStringLiteral("accepted · exchange %1").arg(numberOf.value(panel()->model()->clickId(row))));
    }

    // Enter on a re-fired row: the Case tab, that exchange selected.
    const int row = rowOf(QStringLiteral("lb1008"));
    rowsTable()->setCurrentIndex(panel()->model()->index(row, ui::ReconcileModel::ClickId));
    QVERIFY(in<QPushButton>(panel(), "openInCase")->isEnabled());
    QSignalSpy exchanges(panel(), &ui::BatchPanel::openExchange);
    QSignalSpy replays(panel(), &ui::BatchPanel::openInReplay);
    QTest::keyClick(rowsTable(), Qt::Key_Return);
    QCOMPARE(exchanges.size(), 1);
    QCOMPARE(exchanges.first().first().toInt(), numberOf.value(QStringLiteral("lb1008")));
    QCOMPARE(replays.size(), 0);
    QCOMPARE(tabs()->currentWidget(), m_window->casePanel());
    auto* caseTable = m_window->casePanel()->findChild<QTableWidget*>(QStringLiteral("caseExchanges"));
    QVERIFY(caseTable->currentRow() >= 0);
    QCOMPARE(caseTable->item(caseTable->currentRow(), 0)->text(),
             QString::number(numberOf.value(QStringLiteral("lb1008"))));
    QCOMPARE(caseTable->selectionModel()->selectedRows().size(), 1);

    // Its menu offers both: here the corrected callback it re-fired, in Replay.
    tabs()->setCurrentWidget(panel());
    bool menuSeen = false;
    QTimer::singleShot(0, this, [&menuSeen] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        auto* inCase = menu->findChild<QAction*>(QStringLiteral("openRowInCase"));
        auto* inReplay = menu->findChild<QAction*>(QStringLiteral("openRowInReplay"));
        QVERIFY(inCase && inReplay && inCase->isEnabled() && inReplay->isEnabled());
        QCOMPARE(menu->defaultAction(), inCase);
        menuSeen = true;
        inReplay->trigger();
        menu->close();
    });
    const QRect cell = rowsTable()->visualRect(panel()->model()->index(row, ui::ReconcileModel::ClickId));
    QContextMenuEvent click(QContextMenuEvent::Mouse, cell.center(),
                            rowsTable()->viewport()->mapToGlobal(cell.center()));
    QApplication::sendEvent(rowsTable()->viewport(), &click);
    QVERIFY(menuSeen);
    QCOMPARE(replays.size(), 1);
    QVERIFY(replays.first().at(1).toBool()); // the check's corrected callback
    QCOMPARE(tabs()->currentWidget(), m_window->replayPanel());
    QVERIFY(m_window->replayPanel()->editor()->urlText().contains(QStringLiteral("click_id=lb1008")));

    // A row that was not re-fired (credited): Enter opens its logged callback in Replay.
    tabs()->setCurrentWidget(panel());
    why->setCurrentIndex(0);
    const int credited = rowOf(QStringLiteral("lb1002"));
    rowsTable()->setCurrentIndex(panel()->model()->index(credited, ui::ReconcileModel::ClickId));
    QVERIFY(!in<QPushButton>(panel(), "openInCase")->isEnabled());
    QTest::keyClick(rowsTable(), Qt::Key_Return);
    QCOMPARE(exchanges.size(), 1);
    QCOMPARE(replays.size(), 2);
    QVERIFY(!replays.last().at(1).toBool()); // the logged one
    QCOMPARE(tabs()->currentWidget(), m_window->replayPanel());
    QVERIFY(m_window->replayPanel()->editor()->urlText().contains(QStringLiteral("click_id=lb1002")));

    // Another case open: its ledger has none of these rows, nothing opens in it.
    m_window->caseSession()->createCase(QStringLiteral("Another partner"));
    QTRY_COMPARE(why->findText(QStringLiteral("Re-fire"), Qt::MatchContains), -1);
    QVERIFY(rowsTable()->isColumnHidden(ui::ReconcileModel::Refire));
    QCOMPARE(panel()->rowActions()->exchangeOf(rowOf(QStringLiteral("lb1008"))), 0);
}

void TestBatchPanel::ctrlEnterReconcilesAndEscCancels()
{
    // Keys reach the window's shortcuts only when it is the active one.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto press = [this](Qt::Key key, Qt::KeyboardModifiers modifiers = {}) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), key, modifiers);
    };
    // The Edit menu says what the keys do here; View → Batch (Ctrl+6) comes back to the tab.
    tabs()->setCurrentWidget(m_window->replayPanel());
    press(Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), panel());
    auto* sendAction = m_window->findChild<QAction*>(QStringLiteral("sendAction"));
    auto* cancelAction = m_window->findChild<QAction*>(QStringLiteral("cancelAction"));
    QCOMPARE(sendAction->text(), QStringLiteral("Reco&ncile the two files"));
    QCOMPARE(cancelAction->text(), QStringLiteral("&Cancel the reconcile or the send"));
    QVERIFY(sendAction->isEnabled() && cancelAction->isEnabled());

    // Ctrl+Enter reconciles.
    writeSendPair(4);
    panel()->trackerSide()->setPath(m_log);
    panel()->partnerSide()->setPath(m_report);
    press(Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(panel()->isReconciling());
    QTRY_VERIFY(!panel()->isReconciling());
    QVERIFY(panel()->outcome().result);
    QCOMPARE(panel()->model()->rowCount(), 10);

    // Esc cancels a reconcile under way; the rows shown before stay.
    QByteArray tracker = "click_id,payout\n";
    for (int i = 0; i < 150'000; ++i)
        tracker += "key" + QByteArray::number(i) + ",1.00\n";
    panel()->trackerSide()->setPath(writeFile(QStringLiteral("keys-tracker.csv"), tracker));
    press(Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    QVERIFY(panel()->isReconciling());
    press(Qt::Key_Escape);
    QTRY_VERIFY(!panel()->isReconciling());
    QVERIFY2(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Reconcile cancelled")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(panel()->model()->rowCount(), 10);

    // Esc stops a send too: what was not sent stays planned.
    panel()->trackerSide()->setPath(m_log);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!panel()->isReconciling());
    m_window->caseSession()->createCase(QStringLiteral("Keys"));
    QTRY_VERIFY(in<QPushButton>(panel(), "sendMissing")->isEnabled());
    send(false); // one a second
    QTRY_COMPARE_WITH_TIMEOUT(m_arrivals.size(), 1, 10'000);
    // The question closed; offscreen, no window manager gives the window its focus back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    press(Qt::Key_Escape);
    auto* summary = in<QLabel>(panel(), "sendSummary");
    QTRY_VERIFY_WITH_TIMEOUT(!summary->text().isEmpty(), 10'000);
    QVERIFY2(summary->text().contains(QStringLiteral("Cancelled")), qPrintable(summary->text()));
    QVERIFY(m_arrivals.size() < 4);
}

void TestBatchPanel::keepsTheReconciliationInTheCase()
{
    // "Keep in the case": the totals and why the missing ones failed, as data the case's report tells in
    // its reader's language; only with a case open.
    const QString data = QStringLiteral(PBW_SOURCE_DIR "/tests/data/batch/");
    reconcile(data + QStringLiteral("generic-postback-log.csv"), data + QStringLiteral("everflow-conversions.csv"),
              QString(), QStringLiteral("everflow"));
    QVERIFY(panel()->outcome().check);
    auto* keep = in<QPushButton>(panel(), "saveToCase");
    QVERIFY(!keep->isEnabled());
    const qint64 caseId = m_window->caseSession()->createCase(QStringLiteral("Everflow, December"));
    QVERIFY(caseId > 0);
    QTRY_VERIFY(keep->isEnabled());
    keep->click();
    const auto kept = m_window->caseSession()->store()->reconciliations(caseId);
    QVERIFY(kept && kept->size() == 1);
    const ReconciliationRecord& record = kept->first();
    QCOMPARE(record.trackerFile, QStringLiteral("generic-postback-log.csv"));
    QCOMPARE(record.partnerFile, QStringLiteral("everflow-conversions.csv"));
    QCOMPARE(record.trackerPreset, QString());
    QCOMPARE(record.partnerPreset, QStringLiteral("everflow"));
    QCOMPARE(record.groups.size(), batch::matchGroupCount);
    QCOMPARE(record.groups.at(int(MatchGroup::MissingAtPartner)).rows, qint64(12));
    QVERIFY(record.checked);
    QCOMPARE(record.causes.size(), panel()->outcome().check->causes.size());
    QCOMPARE(record.causes.first().examples.first(), QStringLiteral("jgttoq9l5cx9b8slie8"));
    QCOMPARE(record.rebuilt, qint64(panel()->outcome().check->refire.size()));
    QVERIFY(m_window->caseSession()->notes(caseId).isEmpty()); // no longer a note of totals
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("kept in the case")),
             qPrintable(m_window->statusBar()->currentMessage()));

    // The case's report has it.
    const auto bundle = m_window->caseSession()->bundle(caseId);
    QVERIFY(bundle);
    const QString html = htmlReport(*bundle, QDateTime::currentDateTimeUtc());
    QVERIFY(html.contains(QStringLiteral("<h2>Reconciliation</h2>")));
    QVERIFY(html.contains(QStringLiteral("<code>jgttoq9l5cx9b8slie8</code>")));
}

QTEST_MAIN(TestBatchPanel)
#include "tst_batchpanel.moc"
