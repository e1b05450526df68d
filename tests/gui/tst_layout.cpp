// The window at the sizes media buyers use (1366×768, 1600×1000), in both languages, as issue 23
// found it: the CAPI customer-data table readable, the Problems box following the edits, the CAPI
// tab in Russian after a switch at run time, every header whole, the link builder's rows in sight,
// and a first window placed on its own screen. PBW_SCREENSHOT_DIR: the tabs grabbed there as PNG.
#include "capi/capipanel.h"
#include "capi/secretfield.h"
#include "examplecallbacks.h"
#include "fakegraph.h"
#include "templatediff/templatediffpanel.h"
#include "trace/tracepanel.h"
#include "windowfixture.h"
#include "windowplacement.h"

#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <algorithm>

using namespace pbw;
using namespace pbw::test;

namespace {

bool isRussian(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x410 && c.unicode() <= 0x44f; });
}

// The width a cell needs to show its text whole (the delegate's margins are a few pixels).
int textWidth(const QTableWidgetItem* item)
{
    int width = 0;
    for (const QString& line : item->text().split(QLatin1Char('\n')))
        width = qMax(width, QFontMetrics(item->font()).horizontalAdvance(line));
    return width + 8;
}

// Each visible section at least as wide as its header text asks.
QString clippedHeader(const QHeaderView* header)
{
    for (int section = 0; section < header->count(); ++section) {
        if (!header->isSectionHidden(section) && header->sectionSize(section) < header->sectionSizeHint(section))
            return QStringLiteral("%1: %2 < %3")
                .arg(header->model()->headerData(section, Qt::Horizontal).toString())
                .arg(header->sectionSize(section))
                .arg(header->sectionSizeHint(section));
    }
    return {};
}

} // namespace

class TestLayout : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void problemsFollowTheEdits();
    void customerValuesReadable_data();
    void customerValuesReadable();
    void capiSpeaksRussianAfterASwitch();
    void linkBuilderRowsInSight_data();
    void linkBuilderRowsInSight();
    void firstWindowOnItsScreen();
    void screenshots();

private:
    template <typename T> T* in(QWidget* parent, const char* name) const
    {
        return parent->findChild<T*>(QLatin1String(name));
    }
    void type(const char* name, const QString& text);
    void fillCustomer();
    void openAt(const QSize& size, const QString& language);
    ui::CapiPanel* capi() const { return m_window->capiPanel(); }

    TestServer m_server;
};

void TestLayout::initTestCase()
{
    useTestPaths();
    QVERIFY(m_server.listen());
    m_server.setHandler(fakeGraph);
}

void TestLayout::init()
{
    m_server.clear();
    newSettings();
    QVERIFY(openWindow());
}

void TestLayout::cleanup()
{
    closeWindow();
}

void TestLayout::type(const char* name, const QString& text)
{
    auto* edit = in<QLineEdit>(capi(), name);
    QVERIFY2(edit, name);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void TestLayout::fillCustomer()
{
    type("field_em", QStringLiteral("  John_Smith@Gmail.com "));
    type("field_ph", QStringLiteral("8 (916) 123-45-67"));
    type("field_fn", QStringLiteral("John"));
    type("field_ct", QStringLiteral("Moscow"));
    type("field_client_user_agent", QStringLiteral("Mozilla/5.0 (X11; Linux x86_64)"));
    type("field_value", QStringLiteral("49.90"));
}

void TestLayout::openAt(const QSize& size, const QString& language)
{
    m_window->resize(size);
    m_window->setLanguage(language);
    QTest::qWait(50); // LanguageChange events are posted
}

// Issue 23: "the Problems box stays stale until Validate is pressed again".
void TestLayout::problemsFollowTheEdits()
{
    m_window->showTab(ui::MainWindow::CapiTab);
    auto* problems = in<QListWidget>(capi(), "problems");
    QVERIFY(problems->count() > 0); // the preset's problems, shown from the start
    const auto says = [problems](const QString& words) {
        for (int row = 0; row < problems->count(); ++row) {
            if (problems->item(row)->text().contains(words))
                return true;
        }
        return false;
    };
    fillCustomer();
    QVERIFY(!says(QStringLiteral("user_data.ph"))); // not on every key: once the typing pauses
    QTRY_VERIFY(says(QStringLiteral("user_data.ph")));
    QCOMPARE(problems->count(), 1);

    type("field_ph", QStringLiteral("+7 (916) 123-45-67")); // the fix, and nothing pressed
    QTRY_VERIFY(problems->item(0)->text().startsWith(QStringLiteral("✓")));

    in<QPlainTextEdit>(capi(), "eventsJson")->setPlainText(QStringLiteral("{\"data\": ["));
    QTRY_VERIFY(says(QStringLiteral("The JSON is not read yet")));
    QCOMPARE(m_server.requests().size(), 0); // validating is local
}

void TestLayout::customerValuesReadable_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("language");
    for (const QSize size : {QSize(1366, 768), QSize(1600, 1000)}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")})
            QTest::addRow("%dx%d-%s", size.width(), size.height(), qPrintable(language)) << size << language;
    }
}

// Issue 23: "the CAPI customer-data table cuts nearly every value ("John_S…il.com")".
void TestLayout::customerValuesReadable()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    openAt(size, language);
    m_window->showTab(ui::MainWindow::CapiTab);
    fillCustomer();
    auto* table = in<QTableWidget>(capi(), "normalization");
    QTRY_VERIFY(table->rowCount() >= 5);
    QVERIFY2(clippedHeader(table->horizontalHeader()).isEmpty(), qPrintable(clippedHeader(table->horizontalHeader())));
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString field = table->item(row, 0)->text();
        for (int column = 0; column < table->columnCount(); ++column) // whole in the tooltip, always
            QCOMPARE(table->item(row, column)->toolTip(), table->item(row, column)->text());
        if (field == QLatin1String("client_user_agent"))
            continue; // a long user agent may be elided in the middle
        // The warning wraps in its column: every line of it in the row's height.
        const QTableWidgetItem* warning = table->item(row, 3);
        const QRect wrapped
            = QFontMetrics(warning->font())
                  .boundingRect(QRect(0, 0, table->columnWidth(3) - 8, 10'000), Qt::TextWordWrap, warning->text());
        QVERIFY2(table->rowHeight(row) >= wrapped.height(), qPrintable(warning->text()));
        for (int column : {0, 1, 2}) {
            const QTableWidgetItem* item = table->item(row, column);
            QVERIFY2(table->columnWidth(column) >= textWidth(item),
                     qPrintable(QStringLiteral("%1 column %2: \"%3\" needs %4, has %5")
                                    .arg(field)
                                    .arg(column)
                                    .arg(item->text())
                                    .arg(textWidth(item))
                                    .arg(table->columnWidth(column))));
        }
    }
    for (int row = 0; row < table->rowCount(); ++row) // all five values in sight, without scrolling
        QVERIFY2(table->viewport()->rect().contains(table->visualRect(table->model()->index(row, 1))),
                 qPrintable(table->item(row, 0)->text()));
    // The Problems box shows its problem whole, not one line of it.
    auto* problems = in<QListWidget>(capi(), "problems");
    QTRY_COMPARE(problems->count(), 1);
    const QRect shown = problems->visualItemRect(problems->item(0));
    QVERIFY(problems->viewport()->rect().contains(shown));
    QVERIFY(shown.height() >= 2 * problems->fontMetrics().lineSpacing()); // the problem and its fix
    QVERIFY(problems->viewport()->height() >= 5 * problems->fontMetrics().lineSpacing());
}

// Issue 23: "CAPI results and the Problems box stay English after switching".
void TestLayout::capiSpeaksRussianAfterASwitch()
{
    m_window->showTab(ui::MainWindow::CapiTab);
    CapiEndpoint endpoint;
    endpoint.graphUrl = m_server.baseUrl();
    capi()->setEndpoint(endpoint);
    in<QCheckBox>(capi(), "keepCapiSecrets")->setChecked(false); // nothing written to a keychain
    type("pixel", pixel);
    in<QLineEdit>(capi(), "pixel")->editingFinished();
    auto* token = capi()->findChild<ui::SecretField*>(QStringLiteral("token"));
    QTRY_VERIFY(token->state() != ui::SecretField::State::Unknown);
    fillCustomer();
    type("tokenEdit", QStringLiteral("EXPIRED"));
    QSignalSpy done(capi(), &ui::CapiPanel::exchangeCompleted);
    QTest::mouseClick(in<QPushButton>(capi(), "send"), Qt::LeftButton);
    QVERIFY(done.wait(20'000));
    auto* headline = in<QLabel>(capi(), "answerHeadline");
    auto* answer = in<QPlainTextEdit>(capi(), "answer");
    auto* problems = in<QListWidget>(capi(), "problems");
    auto* table = in<QTableWidget>(capi(), "normalization");
    QVERIFY(!isRussian(headline->text()));
    QVERIFY(!isRussian(problems->item(0)->text()));

    m_window->setLanguage(QStringLiteral("ru"));
    QTRY_VERIFY(isRussian(headline->text()));
    QVERIFY2(isRussian(answer->toPlainText()), qPrintable(answer->toPlainText()));
    QVERIFY2(isRussian(problems->item(0)->text()), qPrintable(problems->item(0)->text()));
    QVERIFY(isRussian(table->horizontalHeaderItem(1)->text()));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QLatin1String("ph"))
            QVERIFY2(isRussian(table->item(row, 3)->text()), qPrintable(table->item(row, 3)->text()));
        if (table->item(row, 0)->text() == QLatin1String("client_user_agent"))
            QVERIFY2(isRussian(table->item(row, 4)->text()), qPrintable(table->item(row, 4)->text()));
    }
    QCOMPARE(m_server.requests().size(), 1); // the switch read the answer again; it sent nothing
}

void TestLayout::linkBuilderRowsInSight_data()
{
    customerValuesReadable_data();
}

// Issue 23: "the link builder shows three rows"; "Russian column headers are clipped".
void TestLayout::linkBuilderRowsInSight()
{
    QFETCH(QSize, size);
    QFETCH(QString, language);
    openAt(size, language);
    m_window->showTab(ui::MainWindow::TraceTab);
    auto* tools = in<QTabWidget>(m_window->tracePanel(), "traceTools");
    auto* parts = in<QTableWidget>(m_window->tracePanel(), "linkParts");
    tools->setCurrentWidget(parts->parentWidget());
    QTRY_VERIFY(parts->isVisible());
    for (int row = 0; row < parts->rowCount(); ++row) {
        const QRect cell = parts->visualRect(parts->model()->index(row, 1));
        QVERIFY2(parts->viewport()->rect().contains(cell),
                 qPrintable(QStringLiteral("row %1 of %2 out of sight").arg(row + 1).arg(parts->rowCount())));
    }
    QVERIFY2(clippedHeader(parts->horizontalHeader()).isEmpty(), qPrintable(clippedHeader(parts->horizontalHeader())));

    auto* extracted = in<QTableWidget>(m_window->tracePanel(), "extracted");
    tools->setCurrentWidget(extracted->parentWidget());
    in<QPlainTextEdit>(m_window->tracePanel(), "extractorInput")
        ->setPlainText(QStringLiteral("https://shop.example/?gclid=Cj0KCQjw-x&utm_source=google&subid=8fk2q9x1mz0c4"));
    QTRY_VERIFY(extracted->rowCount() >= 3);
    QVERIFY2(clippedHeader(extracted->horizontalHeader()).isEmpty(),
             qPrintable(clippedHeader(extracted->horizontalHeader())));

    m_window->showTab(ui::MainWindow::TemplateDiffTab);
    auto* diff = m_window->templateDiffPanel();
    in<QPlainTextEdit>(diff, "leftInput")->setPlainText(exampleTemplate);
    in<QPlainTextEdit>(diff, "rightInput")->setPlainText(exampleCallback);
    auto* findings = in<QTreeWidget>(diff, "findings");
    QTRY_VERIFY(findings->topLevelItemCount() >= 3);
    auto* params = in<QTableWidget>(diff, "paramTable");
    QVERIFY2(clippedHeader(params->horizontalHeader()).isEmpty(),
             qPrintable(clippedHeader(params->horizontalHeader())));
    QVERIFY2(clippedHeader(findings->header()).isEmpty(), qPrintable(clippedHeader(findings->header())));
}

// Issue 23: "The default window uses the screen it opens on".
void TestLayout::firstWindowOnItsScreen()
{
    const QSize minimum(1024, 640);
    for (const QRect available : {QRect(0, 0, 1366, 740), QRect(0, 27, 1600, 973), QRect(1920, 0, 2560, 1400),
                                  QRect(-1366, 0, 1366, 768), QRect(0, 0, 1024, 600)}) {
        const QRect placed = ui::placementIn(available, minimum);
        QVERIFY2(available.contains(placed), qPrintable(QStringLiteral("%1,%2").arg(available.x()).arg(available.y())));
        QVERIFY(qAbs(placed.center().x() - available.center().x()) <= 1);
        QVERIFY(qAbs(placed.center().y() - available.center().y()) <= 1);
        QVERIFY(placed.width() >= qMin(minimum.width(), available.width()));
        QVERIFY(placed.height() >= qMin(minimum.height(), available.height()));
        QVERIFY(placed.width() <= 1600 || placed.width() == minimum.width());
    }
    QCOMPARE(ui::placementIn(QRect(0, 0, 1600, 1000), minimum).size(), QSize(1440, 900));

    // A real window, placed before it is shown (as the main window is), and again once its frame is known.
    QWidget window;
    window.setMinimumSize(minimum);
    ui::placeOnScreen(&window);
    const QRect available = window.screen()->availableGeometry();
    QVERIFY(available.contains(window.geometry()));
    QVERIFY(window.width() >= qMin(minimum.width(), available.width()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::placeOnScreen(&window);
    QTRY_VERIFY(available.contains(window.frameGeometry()));
    QVERIFY(qAbs(window.frameGeometry().center().x() - available.center().x()) <= 2);
}

// capi, capi-answer (Meta refused the token), trace (the link builder), extractor, templatediff: each
// at 1366×768 and 1600×1000, in English and Russian.
void TestLayout::screenshots()
{
    const QString dir = qEnvironmentVariable("PBW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PBW_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(dir));
    m_window->showTab(ui::MainWindow::CapiTab);
    fillCustomer();
    auto* diff = m_window->templateDiffPanel();
    in<QPlainTextEdit>(diff, "leftInput")->setPlainText(exampleTemplate);
    in<QPlainTextEdit>(diff, "rightInput")->setPlainText(exampleCallback);
    auto* tools = in<QTabWidget>(m_window->tracePanel(), "traceTools");
    auto* builder = in<QTableWidget>(m_window->tracePanel(), "linkParts")->parentWidget();
    auto* extractor = in<QTableWidget>(m_window->tracePanel(), "extracted")->parentWidget();
    in<QLineEdit>(builder, "linkBase")->setText(QStringLiteral("https://tracker.example/click?offer=12"));
    in<QPlainTextEdit>(extractor, "extractorInput")
        ->setPlainText(QStringLiteral("https://shop.example/?gclid=Cj0KCQjw-x8AbBhCZARIsAGmvUVxYq&fbclid=IwAR2x&"
                                      "utm_source=google&utm_campaign=spring_sale&subid=8fk2q9x1mz0c4"));
    const auto shoot = [&](const QSize& size, const QString& language, const QString& name) {
        QTest::qWait(400);
        const QString file = QStringLiteral("%1-%2x%3-%4.png").arg(name).arg(size.width()).arg(size.height());
        return m_window->grab().save(QDir(dir).filePath(file.arg(language)));
    };
    for (const QSize size : {QSize(1366, 768), QSize(1600, 1000)}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            openAt(size, language);
            m_window->showTab(ui::MainWindow::CapiTab);
            QVERIFY(shoot(size, language, QStringLiteral("capi")));
            m_window->showTab(ui::MainWindow::TraceTab);
            tools->setCurrentWidget(builder);
            QVERIFY(shoot(size, language, QStringLiteral("trace")));
            tools->setCurrentWidget(extractor);
            QVERIFY(shoot(size, language, QStringLiteral("extractor")));
            m_window->showTab(ui::MainWindow::TemplateDiffTab);
            QVERIFY(shoot(size, language, QStringLiteral("templatediff")));
        }
    }
    // After a send Meta refused.
    m_window->showTab(ui::MainWindow::CapiTab);
    CapiEndpoint endpoint;
    endpoint.graphUrl = m_server.baseUrl();
    capi()->setEndpoint(endpoint);
    in<QCheckBox>(capi(), "keepCapiSecrets")->setChecked(false);
    type("pixel", pixel);
    in<QLineEdit>(capi(), "pixel")->editingFinished();
    QTRY_VERIFY(capi()->findChild<ui::SecretField*>(QStringLiteral("token"))->state()
                != ui::SecretField::State::Unknown);
    type("tokenEdit", QStringLiteral("EXPIRED"));
    QSignalSpy done(capi(), &ui::CapiPanel::exchangeCompleted);
    QTest::mouseClick(in<QPushButton>(capi(), "send"), Qt::LeftButton);
    QVERIFY(done.wait(20'000));
    for (const QSize size : {QSize(1366, 768), QSize(1600, 1000)}) {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ru")}) {
            openAt(size, language);
            QVERIFY(shoot(size, language, QStringLiteral("capi-answer")));
        }
    }
}

QTEST_MAIN(TestLayout)
#include "tst_layout.moc"
