// The Catch tab, as a media buyer uses it: the catcher started from the tab, the URL to give the
// tracker built from the partner's template, callbacks fired at it (by Qt's network stack and byte
// for byte over a socket) listed and judged as they come, the raw request shown as the bytes that
// arrived, a path outside the secret prefix counted and not listed, the answer chosen being the
// answer the tracker gets, saving to a real case store, the keys, HTTPS with a certificate the
// program made, ten thousand callbacks in a burst, and the tab in Russian after a switch.
#include "analysis/finding.h"
#include "cases/casesession.h"
#include "catch/catchanswers.h"
#include "catch/catchpanel.h"
#include "catch/catchsession.h"
#include "catch/caughtdetails.h"
#include "catch/caughtmodel.h"
#include "catch/listenerform.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "replay/replaypanel.h"
#include "store/casestore.h"
#include "windowfixture.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslConfiguration>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <algorithm>

using namespace pbw;
using namespace pbw::test;

namespace {

const QString partnerTemplate = QStringLiteral("https://partner.example/pb?cid={clickid}&amount={payout}");

bool isRussian(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x410 && c.unicode() <= 0x44f; });
}

struct Answer
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestCatchPanel : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startsAndGivesTheTrackerItsUrl();
    void judgesEachCallbackAgainstTheTemplate();
    void showsTheRequestAsTheBytesThatArrived();
    void countsAPathOutsideThePrefixWithoutListingIt();
    void savesToTheCase();
    void savesEachCallbackWhenAsked();
    void answersAsChosen();
    void keysStartAndStop();
    void allInterfacesWarns();
    void httpsWithAMadeCertificate();
    void tenThousandCallbacksKeepTheWindowTurning();
    void savingEachKeepsUpWithABurst();
    void speaksRussianAfterASwitch();
    void screenshots(); // only with PBW_SCREENSHOT_DIR

private:
    template <typename T> T* in(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    ui::CatchPanel* panel() const { return m_window->catchPanel(); }
    ui::CatchSession* session() const { return panel()->session(); }
    ui::CaughtModel* model() const { return session()->model(); }
    QTableView* table() const { return in<QTableView>(panel(), "caughtTable"); }
    void setTemplate(const QString& text);
    void start();
    Answer get(const QString& url);
    QByteArray sendRaw(const QByteArray& request); // the answer's bytes
    void selectRow(int row);
    qint64 openCaseWithTemplate(const QString& title);
    std::vector<std::unique_ptr<QTcpSocket>> fire(int total, int connections);
    struct Stalls // the window's own clock: the longest gap between two ticks is how long it stood still
    {
        QTimer tick;
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        void start(QObject* context);
    };

    QNetworkAccessManager m_network;
};

void TestCatchPanel::initTestCase()
{
    useTestPaths({1366, 768});
}

void TestCatchPanel::init()
{
    static int run = 0;
    ++run;
    newSettings(QStringLiteral("catch-%1.ini").arg(run), QStringLiteral("catch-%1.sqlite").arg(run));
    QVERIFY(openWindow());
    m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(panel());
}

void TestCatchPanel::cleanup()
{
    closeWindow();
}

void TestCatchPanel::setTemplate(const QString& text)
{
    auto* field = in<QLineEdit>(panel(), "catchTemplate");
    field->setText(text);
    emit field->editingFinished();
    QCOMPARE(session()->templateText(), text.trimmed());
}

void TestCatchPanel::start()
{
    QTest::mouseClick(in<QPushButton>(panel(), "startCatch"), Qt::LeftButton);
    QVERIFY2(panel()->isListening(), qPrintable(in<QLabel>(panel(), "catchState")->text()));
}

Answer TestCatchPanel::get(const QString& url)
{
    QNetworkRequest request{QUrl(url)};
    QNetworkReply* reply = m_network.get(request);
    reply->ignoreSslErrors(); // the catcher's own certificate: its fingerprint is what is checked
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!done.wait(10'000))
        return {};
    const Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return answer;
}

QByteArray TestCatchPanel::sendRaw(const QByteArray& request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, session()->port());
    if (!socket.waitForConnected(5'000))
        return {};
    socket.write(request);
    QByteArray answer;
    QElapsedTimer clock;
    clock.start();
    // The event loop turns meanwhile: the catcher is in this process.
    while (!answer.contains("\r\n\r\n") && clock.elapsed() < 10'000) {
        QTest::qWait(5);
        answer += socket.readAll();
    }
    QTest::qWait(20);
    answer += socket.readAll();
    return answer;
}

void TestCatchPanel::selectRow(int row)
{
    table()->setCurrentIndex(model()->index(row, 0));
    table()->selectRow(row);
}

qint64 TestCatchPanel::openCaseWithTemplate(const QString& title)
{
    ui::CaseSession* cases = m_window->caseSession();
    const qint64 id = cases->createCase(title);
    Attachment approved;
    approved.kind = Attachment::Kind::Template;
    approved.title = QStringLiteral("Approved template");
    approved.text = partnerTemplate;
    cases->addAttachment(approved);
    return id;
}

void TestCatchPanel::startsAndGivesTheTrackerItsUrl()
{
    auto* url = in<QLineEdit>(panel(), "trackerUrl");
    QVERIFY(url->text().isEmpty());
    setTemplate(partnerTemplate);
    start();
    const QString catchUrl = session()->catchUrl();
    QVERIFY2(catchUrl.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(catchUrl));
    QVERIFY(catchUrl.contains(QStringLiteral("/c/") + session()->prefix()));
    QCOMPARE(session()->prefix().size(), 12);
    // The partner's host replaced, the rest of the template as written: macros and all.
    QCOMPARE(url->text(), catchUrl + QStringLiteral("/pb?cid={clickid}&amount={payout}"));
    QTest::mouseClick(in<QPushButton>(panel(), "copyTrackerUrl"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), url->text());
    // The port taken is kept: stopped and started again, the tracker's URL still holds.
    QCOMPARE(in<QSpinBox>(panel(), "catchPort")->value(), int(session()->port()));
    QVERIFY(!in<QSpinBox>(panel(), "catchPort")->isEnabled());
    panel()->stop();
    QVERIFY(url->text().isEmpty());
    QVERIFY(in<QSpinBox>(panel(), "catchPort")->isEnabled());
    panel()->start();
    QCOMPARE(session()->catchUrl(), catchUrl);

    // A template written without a path, and none at all.
    setTemplate(QStringLiteral("partner.example?cid={clickid}"));
    QCOMPARE(url->text(), catchUrl + QStringLiteral("/?cid={clickid}"));
    setTemplate(QString());
    QCOMPARE(url->text(), catchUrl + u'/');
}

void TestCatchPanel::judgesEachCallbackAgainstTheTemplate()
{
    setTemplate(partnerTemplate);
    start();
    const QString base = session()->catchUrl();
    QCOMPARE(get(base + QStringLiteral("/pb?cid=abc123&amount=1.50")).status, 200);
    QCOMPARE(get(base + QStringLiteral("/pb?cid={clickid}")).status, 200);
    QTRY_COMPARE(model()->rowCount(), 2);

    const auto cell = [this](int row, int column, int role = Qt::DisplayRole) {
        return model()->index(row, column).data(role);
    };
    QCOMPARE(cell(0, ui::CaughtModel::Method).toString(), QStringLiteral("GET"));
    QCOMPARE(cell(0, ui::CaughtModel::Path).toString(), QStringLiteral("/pb?cid=abc123&amount=1.50"));
    QVERIFY(cell(0, ui::CaughtModel::Path, Qt::ToolTipRole).toString().contains(session()->prefix()));
    QVERIFY(cell(0, ui::CaughtModel::From).toString().startsWith(QStringLiteral("127.0.0.1:")));
    QVERIFY(!cell(0, ui::CaughtModel::Time).toString().isEmpty());
    const QString good = cell(0, ui::CaughtModel::Verdict).toString();
    const QString bad = cell(1, ui::CaughtModel::Verdict).toString();
    QVERIFY2(good.startsWith(u'✓'), qPrintable(good));
    QVERIFY2(bad.startsWith(u'✗'), qPrintable(bad));
    QVERIFY2(bad.contains(QStringLiteral("amount")), qPrintable(bad)); // missing from the second
    QCOMPARE(bad, catchVerdictLine(model()->at(1).check));
    QVERIFY(cell(0, ui::CaughtModel::Verdict, Qt::ForegroundRole).value<QBrush>().color()
            != cell(1, ui::CaughtModel::Verdict, Qt::ForegroundRole).value<QBrush>().color());
    // As the partner would have got it: the partner's address back, the secret prefix gone.
    QCOMPARE(model()->at(0).check.url, QStringLiteral("https://partner.example/pb?cid=abc123&amount=1.50"));

    // Another template: every row judged again.
    setTemplate(QStringLiteral("https://partner.example/pb?cid={clickid}"));
    QVERIFY(!cell(1, ui::CaughtModel::Verdict).toString().contains(QStringLiteral("amount")));
    QVERIFY(cell(0, ui::CaughtModel::Verdict).toString().startsWith(u'✓'));

    // The findings of the row selected, as a list.
    selectRow(1);
    auto* findings = in<QListWidget>(panel(), "catchFindings");
    QVERIFY(findings->count() >= 1);
    QVERIFY(findings->item(0)->text().startsWith(u'✗'));
    QVERIFY(in<QLabel>(panel(), "partnerUrl")->text().startsWith(QStringLiteral("https://partner.example/pb")));
    QCOMPARE(in<QLabel>(panel(), "partnerUrl")->textFormat(), Qt::PlainText);

    // Open in Replay: the callback as the partner would have received it.
    QList<ReplayRequest> opened;
    connect(panel(), &ui::CatchPanel::openInReplay, this,
            [&opened](const ReplayRequest& request) { opened.append(request); });
    QTest::mouseClick(in<QPushButton>(panel(), "openCaughtInReplay"), Qt::LeftButton);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).url, model()->at(1).check.url);
    QCOMPARE(opened.at(0).url, QStringLiteral("https://partner.example/pb?cid=%7Bclickid%7D")); // as Qt sent it
    QCOMPARE(opened.at(0).method, QByteArray("GET"));
    QCOMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget(), m_window->replayPanel());
    QVERIFY(m_window->replayPanel()
                ->findChild<QPlainTextEdit*>(QStringLiteral("url"))
                ->toPlainText()
                .contains(QStringLiteral("partner.example/pb?cid=%7Bclickid%7D")));
}

void TestCatchPanel::showsTheRequestAsTheBytesThatArrived()
{
    start();
    const QByteArray path = "/c/" + session()->prefix().toLatin1() + "/pb";
    const QByteArray body = "cid=r%C3%A9f-7&amount=2&note=<script>alert(1)</script>";
    const QByteArray request = "POST " + path
        + " HTTP/1.1\r\nHost: tracker.example\r\nX-Odd-CASE: kept as sent\r\n"
          "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    QVERIFY(sendRaw(request).startsWith("HTTP/1.1 200"));
    QTRY_COMPARE(model()->rowCount(), 1);
    const Exchange& caught = model()->at(0).exchange;
    QVERIFY(caught.arrival.has_value());
    QCOMPARE(caught.arrival->raw, request); // byte for byte, header case and order kept
    QCOMPARE(model()->index(0, ui::CaughtModel::Method).data().toString(), QStringLiteral("POST"));

    selectRow(0);
    auto* raw = in<QPlainTextEdit>(panel(), "rawRequest");
    QVERIFY(raw->isReadOnly());
    QCOMPARE(raw->toPlainText(), QString::fromUtf8(request).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));
    QCOMPARE(raw->toPlainText(),
             ui::CaughtDetails::rawText(request).replace(QStringLiteral("\r\n"), QStringLiteral("\n")));

    // Bytes that are not UTF-8 are shown each as itself, none lost.
    const QByteArray latin = "GET /x?v=\xe9\xff HTTP/1.1\r\n\r\n";
    QCOMPARE(ui::CaughtDetails::rawText(latin), QString::fromLatin1(latin));
    QVERIFY(ui::CaughtDetails::rawText(QByteArray(600 * 1024, 'a')).endsWith(QStringLiteral("not shown]")));
}

void TestCatchPanel::countsAPathOutsideThePrefixWithoutListingIt()
{
    start();
    QCOMPARE(get(session()->catchUrl() + QStringLiteral("/pb?cid=1")).status, 200);
    const QString listener = session()->catchUrl().section(u'/', 0, 2); // http://127.0.0.1:port
    QCOMPARE(get(listener + QStringLiteral("/pb?cid=2")).status, 404);
    QCOMPARE(get(listener + QStringLiteral("/c/wrongprefix/pb?cid=3")).status, 404);
    QTRY_COMPARE(session()->refusalCount(CatchRefusal::OutsidePrefix), 2);
    auto* counts = in<QLabel>(panel(), "catchCounts");
    QTRY_VERIFY2(counts->text().contains(QStringLiteral("2 refused")), qPrintable(counts->text()));
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY2(counts->text().startsWith(QStringLiteral("1 kept")), qPrintable(counts->text()));
    QVERIFY2(counts->text().contains(QStringLiteral("2 refused ") + catchRefusalName(CatchRefusal::OutsidePrefix)),
             qPrintable(counts->text()));
}

void TestCatchPanel::savesToTheCase()
{
    auto* save = in<QPushButton>(panel(), "saveCaught");
    start();
    QCOMPARE(get(session()->catchUrl() + QStringLiteral("/pb?cid=before-a-case")).status, 200);
    QTRY_COMPARE(model()->rowCount(), 1);
    selectRow(0);
    QVERIFY(!save->isEnabled()); // no case open

    // A case with the partner's approved template: the tab checks against it.
    const qint64 caseId = openCaseWithTemplate(QStringLiteral("Everflow, lost leads"));
    QCOMPARE(in<QLineEdit>(panel(), "catchTemplate")->text(), partnerTemplate);
    QCOMPARE(session()->templateText(), partnerTemplate);
    QVERIFY(in<QLabel>(panel(), "templateSource")->text().contains(QStringLiteral("Everflow, lost leads")));
    QVERIFY(in<QLineEdit>(panel(), "trackerUrl")->text().endsWith(QStringLiteral("/pb?cid={clickid}&amount={payout}")));

    QCOMPARE(get(session()->catchUrl() + QStringLiteral("/pb?cid=kept-1&amount=3")).status, 200);
    QTRY_COMPARE(model()->rowCount(), 2);
    selectRow(1);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    const auto stored = m_window->caseSession()->store()->exchanges(caseId).value();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.at(0).role, StoredExchange::Role::TestCallback);
    QCOMPARE(stored.at(0).exchange().arrival->raw, model()->at(1).exchange.arrival->raw);
    QCOMPARE(stored.at(0).exchange().request.target, model()->at(1).exchange.request.target);
    QVERIFY(stored.at(0).note.contains(QStringLiteral("✓")));
    QCOMPARE(model()->index(1, ui::CaughtModel::Saved).data().toString(),
             QStringLiteral("exchange %1").arg(stored.at(0).number));
    QVERIFY(!save->isEnabled()); // saved already
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("saved to the case")));

    // A case without a template, then another: a pasted template stays; the case's follows the case.
    m_window->caseSession()->createCase(QStringLiteral("No template yet"));
    QVERIFY(in<QLineEdit>(panel(), "catchTemplate")->text().isEmpty());
    setTemplate(QStringLiteral("https://other.example/cb?sub={sub}"));
    m_window->caseSession()->setCurrentCase(caseId);
    QCOMPARE(in<QLineEdit>(panel(), "catchTemplate")->text(), QStringLiteral("https://other.example/cb?sub={sub}"));
    QTest::mouseClick(in<QPushButton>(panel(), "useCaseTemplate"), Qt::LeftButton);
    QCOMPARE(session()->templateText(), partnerTemplate);
}

void TestCatchPanel::savesEachCallbackWhenAsked()
{
    const qint64 caseId = openCaseWithTemplate(QStringLiteral("Every callback kept"));
    in<QCheckBox>(panel(), "saveEachCallback")->setChecked(true);
    start();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(session()->catchUrl() + QStringLiteral("/pb?cid=each-%1&amount=1").arg(i)).status, 200);
    QTRY_COMPARE(m_window->caseSession()->store()->exchanges(caseId).value().size(), 3);
    QTRY_COMPARE(model()->index(2, ui::CaughtModel::Saved).data().toString(), QStringLiteral("saved"));
    const QList<StoredExchange> stored = m_window->caseSession()->store()->exchanges(caseId).value();
    for (const StoredExchange& each : stored)
        QCOMPARE(each.role, StoredExchange::Role::TestCallback);

    // Another tab shows the case with them: the case's views are told when the tab is left.
    m_window->showTab(ui::MainWindow::ReplayTab);
    QCOMPARE(in<QListWidget>(m_window->replayPanel(), "history")->count(), 3);
    m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->setCurrentWidget(panel());

    // Kept in the settings: the next window saves each one too.
    QVERIFY(m_settings->value(QStringLiteral("catch/saveEach")).toBool());
    // What came last before the window closed is saved all the same.
    QCOMPARE(get(session()->catchUrl() + QStringLiteral("/pb?cid=last&amount=1")).status, 200);
    m_window.reset();
    auto store = CaseStore::open(m_settings->value(QStringLiteral("cases/store")).toString());
    QVERIFY(store);
    QCOMPARE((*store)->exchanges(caseId).value().size(), 4);
}

void TestCatchPanel::answersAsChosen()
{
    start();
    auto* answers = in<QComboBox>(panel(), "catchAnswer");
    for (const QString& id : {QStringLiteral("everflow-duplicate"), QStringLiteral("plain-not-found")}) {
        const auto choice = catchAnswerChoice(id);
        QVERIFY(choice);
        const int index = answers->findData(id);
        QVERIFY(index >= 0);
        QCOMPARE(answers->itemText(index), catchAnswerLabel(*choice));
        answers->setCurrentIndex(index);
        const Answer answer = get(session()->catchUrl() + QStringLiteral("/pb?cid=") + id);
        QCOMPARE(answer.status, choice->answer.status);
        QCOMPARE(answer.body, choice->answer.body);
    }
    QCOMPARE(m_settings->value(QStringLiteral("catch/answer")).toString(), QStringLiteral("plain-not-found"));
    // Every documented answer can be chosen, each under its platform.
    int offered = 0;
    for (int i = 0; i < answers->count(); ++i)
        offered += answers->itemData(i).toString().isEmpty() ? 0 : 1;
    QCOMPARE(offered, int(catchAnswerChoices().size()));
}

void TestCatchPanel::keysStartAndStop()
{
    auto* send = m_window->findChild<QAction*>(QStringLiteral("sendAction"));
    auto* cancel = m_window->findChild<QAction*>(QStringLiteral("cancelAction"));
    QCOMPARE(send->text().remove(u'&'), QStringLiteral("Start listening"));
    QVERIFY(!cancel->isEnabled());
    m_window->sendInCurrentTab();
    QVERIFY(panel()->isListening());
    QCOMPARE(send->text().remove(u'&'), QStringLiteral("Stop listening"));
    QVERIFY(cancel->isEnabled());
    QCOMPARE(cancel->text().remove(u'&'), QStringLiteral("Stop listening"));
    m_window->cancelInCurrentTab();
    QVERIFY(!panel()->isListening());
    QVERIFY(!cancel->isEnabled());
    m_window->sendInCurrentTab();
    m_window->sendInCurrentTab(); // Ctrl+Enter again: stops
    QVERIFY(!panel()->isListening());

    // The View menu's entry shows the tab.
    auto* view = m_window->findChild<QAction*>(QStringLiteral("catchTabAction"));
    QVERIFY(view);
    QCOMPARE(view->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_7));
    m_window->showTab(ui::MainWindow::ReplayTab);
    view->trigger();
    QCOMPARE(m_window->findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget(), panel());
}

void TestCatchPanel::allInterfacesWarns()
{
    auto* address = in<QComboBox>(panel(), "catchAddress");
    auto* warning = in<QLabel>(panel(), "allInterfacesWarning");
    QCOMPARE(address->currentIndex(), 0); // this computer only, unless chosen
    QVERIFY(!warning->isVisible());
    address->setCurrentIndex(1);
    QVERIFY(warning->isVisible());
    QVERIFY(warning->text().contains(QStringLiteral("Anyone on your network")));
    QCOMPARE(m_settings->value(QStringLiteral("catch/address")).toString(), QStringLiteral("any"));
    address->setCurrentIndex(0);
    QVERIFY(!warning->isVisible());
}

void TestCatchPanel::httpsWithAMadeCertificate()
{
    auto* protocol = in<QComboBox>(panel(), "catchProtocol");
    auto* make = in<QPushButton>(panel(), "makeCertificate");
    auto* info = in<QLabel>(panel(), "certificateInfo");
    QVERIFY(!make->isVisible());
    protocol->setCurrentIndex(1);
    QVERIFY(make->isVisible());
    // Without a certificate it does not start, and says why.
    QTest::mouseClick(in<QPushButton>(panel(), "startCatch"), Qt::LeftButton);
    QVERIFY(!panel()->isListening());
    QVERIFY(in<QLabel>(panel(), "catchState")->text().contains(QStringLiteral("certificate")));

    QTest::mouseClick(make, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(info->text().startsWith(QStringLiteral("SHA-256")), 20'000);
    const QString fingerprint = panel()->listenerForm()->fingerprint();
    QCOMPARE(fingerprint.size(), 32 * 3 - 1); // "AB:CD:…"
    QVERIFY(info->text().contains(fingerprint));
    start();
    QVERIFY(session()->catchUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
    QCOMPARE(session()->certificateFingerprint(), fingerprint);
    QVERIFY(in<QLabel>(panel(), "catchState")->text().contains(fingerprint));

    QNetworkRequest request{QUrl(session()->catchUrl() + QStringLiteral("/pb?cid=tls"))};
    QNetworkReply* reply = m_network.get(request);
    QString peerFingerprint;
    connect(reply, &QNetworkReply::sslErrors, reply, [reply, &peerFingerprint](const QList<QSslError>&) {
        peerFingerprint = ui::CatchSession::fingerprintOf(reply->sslConfiguration().peerCertificate());
        reply->ignoreSslErrors();
    });
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(10'000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(peerFingerprint, fingerprint); // what the tab says to trust is what the tracker is shown
    reply->deleteLater();
    QTRY_COMPARE(model()->rowCount(), 1);
    QVERIFY(model()->at(0).exchange.arrival->secure);
}

// Keep-alive connections, each with its share of the requests written at once, as a tracker's queue
// would send them: every third one with the click ID left literal.
std::vector<std::unique_ptr<QTcpSocket>> TestCatchPanel::fire(int total, int connections)
{
    const QByteArray prefix = "/c/" + session()->prefix().toLatin1();
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int c = 0; c < connections; ++c) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, session()->port());
        if (!socket->waitForConnected(5'000))
            return {};
        connect(socket.get(), &QTcpSocket::readyRead, socket.get(), [s = socket.get()] { s->readAll(); });
        QByteArray burst;
        for (int i = c; i < total; i += connections) {
            const QByteArray cid = i % 3 == 2 ? "{clickid}" : "c" + QByteArray::number(i);
            burst += "GET " + prefix + "/pb?cid=" + cid + "&amount=1 HTTP/1.1\r\nHost: tracker.example\r\n\r\n";
        }
        socket->write(burst);
        sockets.push_back(std::move(socket));
    }
    return sockets;
}

void TestCatchPanel::Stalls::start(QObject* context)
{
    QObject::connect(&tick, &QTimer::timeout, context, [this] { longest = std::max(longest, sinceTick.restart()); });
    tick.start(10);
    sinceTick.start();
}

void TestCatchPanel::tenThousandCallbacksKeepTheWindowTurning()
{
    setTemplate(partnerTemplate);
    start();
    constexpr int total = 10'000;
    QSignalSpy inserted(model(), &QAbstractItemModel::rowsInserted);
    Stalls stalls;
    stalls.start(this);
    const auto sockets = fire(total, 8);
    QVERIFY(!sockets.empty());
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), total, 120'000);
    const qint64 elapsed = clock.elapsed();
    stalls.tick.stop();
    qInfo("%d callbacks in %lld ms, %lld insertions into the table, longest stall %lld ms", total, elapsed,
          qint64(inserted.size()), stalls.longest);
    QVERIFY2(inserted.size() < total / 20, "rows are appended a batch at a time");
    QVERIFY2(stalls.longest < 1'000, qPrintable(QString::number(stalls.longest)));
    QCOMPARE(session()->caughtCount(), total);
    int failing = 0;
    for (int row = 0; row < total; ++row)
        failing += model()->index(row, ui::CaughtModel::Verdict).data().toString().startsWith(u'✗') ? 1 : 0;
    QCOMPARE(failing, total / 3); // the click ID left literal: every third one

    // Judged again (a template changed, the language switched): ten thousand rows at once.
    clock.restart();
    setTemplate(QStringLiteral("https://partner.example/pb?cid={clickid}"));
    qInfo("judged again in %lld ms", clock.elapsed());
    QVERIFY(clock.elapsed() < 5'000);
}

void TestCatchPanel::savingEachKeepsUpWithABurst()
{
    const qint64 caseId = openCaseWithTemplate(QStringLiteral("A burst, every callback kept"));
    in<QCheckBox>(panel(), "saveEachCallback")->setChecked(true);
    start();
    constexpr int total = 3'000;
    Stalls stalls;
    stalls.start(this);
    const auto sockets = fire(total, 4);
    QVERIFY(!sockets.empty());
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(model()->rowCount(), total, 120'000);
    QTRY_VERIFY_WITH_TIMEOUT(model()->at(total - 1).saved, 120'000);
    stalls.tick.stop();
    qInfo("%d callbacks caught and saved in %lld ms, longest stall %lld ms", total, clock.elapsed(), stalls.longest);
    QCOMPARE(m_window->caseSession()->store()->exchanges(caseId).value().size(), total);
    QVERIFY2(stalls.longest < 2'000, qPrintable(QString::number(stalls.longest)));
}

void TestCatchPanel::speaksRussianAfterASwitch()
{
    setTemplate(partnerTemplate);
    start();
    QCOMPARE(get(session()->catchUrl() + QStringLiteral("/pb?cid=ru-1&amount=1")).status, 200);
    QTRY_COMPARE(model()->rowCount(), 1);
    selectRow(0);
    auto* tabs = m_window->findChild<QTabWidget*>(QStringLiteral("tabs"));
    QCOMPARE(tabs->tabText(tabs->indexOf(panel())), QStringLiteral("Catch"));
    QVERIFY(!isRussian(in<QPushButton>(panel(), "startCatch")->text()));
    QVERIFY(panel()->minimumSizeHint().width() <= 800);

    m_window->setLanguage(QStringLiteral("ru"));
    QTRY_COMPARE(tabs->tabText(tabs->indexOf(panel())), QStringLiteral("Приём"));
    QVERIFY(isRussian(in<QPushButton>(panel(), "startCatch")->text()));
    QVERIFY(isRussian(in<QPushButton>(panel(), "saveCaught")->text()));
    QVERIFY(isRussian(in<QLabel>(panel(), "catchCounts")->text()));
    QVERIFY(isRussian(in<QLabel>(panel(), "templateSource")->text()));
    QVERIFY(isRussian(model()->headerData(ui::CaughtModel::Verdict, Qt::Horizontal).toString()));
    QVERIFY(isRussian(m_window->findChild<QAction*>(QStringLiteral("catchTabAction"))->text()));
    QVERIFY(isRussian(m_window->findChild<QAction*>(QStringLiteral("sendAction"))->text()));
    auto* answers = in<QComboBox>(panel(), "catchAnswer");
    QCOMPARE(answers->currentData().toString(), QStringLiteral("plain-ok")); // the choice kept
    QCOMPARE(answers->currentText(), catchAnswerLabel(*catchAnswerChoice(QStringLiteral("plain-ok"))));
    // The verdicts are read again in the new language.
    QCOMPARE(model()->index(0, ui::CaughtModel::Verdict).data().toString(), catchVerdictLine(model()->at(0).check));
    QVERIFY(panel()->isListening()); // a switch changes words, not the listener
    // Beside the cases, in the smallest window (1024 wide), in the longer language.
    QVERIFY2(panel()->minimumSizeHint().width() <= 800,
             qPrintable(QString::number(panel()->minimumSizeHint().width())));
}

void TestCatchPanel::screenshots()
{
    const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("screenshots only: PBW_SCREENSHOT_DIR is not set");
    m_window->resize(1366, 768);
    openCaseWithTemplate(QStringLiteral("Keitaro → Everflow, leads not credited"));
    in<QComboBox>(panel(), "catchAnswer")
        ->setCurrentIndex(in<QComboBox>(panel(), "catchAnswer")->findData(QStringLiteral("everflow-accepted")));
    start();
    const QString base = session()->catchUrl();
    get(base + QStringLiteral("/pb?cid=a81f3c0e5b&amount=12.50"));
    get(base + QStringLiteral("/pb?cid={clickid}"));
    get(base + QStringLiteral("/pb?cid=a81f3c0e77&amount=7.00"));
    get(session()->catchUrl().section(u'/', 0, 2) + QStringLiteral("/favicon.ico"));
    QTRY_COMPARE(model()->rowCount(), 3);
    selectRow(1);
    table()->setFocus();
    QTest::mouseClick(in<QPushButton>(panel(), "saveCaught"), Qt::LeftButton);
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
        m_window->setLanguage(language);
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("catch-%1.png").arg(language))));
    }
}

QTEST_MAIN(TestCatchPanel)
#include "tst_catchpanel.moc"
