// The Template diff tab driven as a user would: paste a template and a callback, read the table
// and the findings, click a finding, send a side or the proposed callback to Replay.
#include "examplecallbacks.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "replay/replaypanel.h"
#include "replay/requesteditor.h"
#include "templatediff/templatediffpanel.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace pbw;
using namespace pbw::test;

namespace {

const QString& Template = exampleTemplate;
const QString& RealCallback = exampleCallback;

} // namespace

class TestTemplateDiffPanel : public QObject, protected WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void templateAgainstCallback();
    void clickingAFindingShowsThePlace();
    void sendingToReplay();
    void failingAgainstCorrected();
    void notAUrlIsExplained();
    void languageSwitch();

private:
    // Within the Template diff tab: the Case tab's Compare view holds widgets of the same names.
    template <typename T> T* find(const char* name) const
    {
        T* inPanel = m_window->templateDiffPanel()->findChild<T*>(QLatin1String(name));
        return inPanel ? inPanel : m_window->findChild<T*>(QLatin1String(name));
    }
    bool waitForFindings(int atLeast);
    QTreeWidget* findings() const { return find<QTreeWidget>("findings"); }
};

void TestTemplateDiffPanel::initTestCase()
{
    useTestPaths({1180, 760});
}

void TestTemplateDiffPanel::init()
{
    newSettings();
    QVERIFY(openWindow());
    find<QTabWidget>("tabs")->setCurrentWidget(m_window->templateDiffPanel());
}

void TestTemplateDiffPanel::cleanup()
{
    closeWindow();
}

bool TestTemplateDiffPanel::waitForFindings(int atLeast)
{
    return QTest::qWaitFor([&] { return findings()->topLevelItemCount() >= atLeast; }, 5000);
}

void TestTemplateDiffPanel::templateAgainstCallback()
{
    find<QPlainTextEdit>("leftInput")->setPlainText(Template);
    find<QPlainTextEdit>("rightInput")->setPlainText(RealCallback);
    QVERIFY(waitForFindings(4));
    QTreeWidget* list = findings();
    auto* table = find<QTableWidget>("paramTable");
    QTRY_VERIFY(table->rowCount() >= 4);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("click_id (sent as clickid)"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("✗ renamed"));
    QCOMPARE(table->item(1, 3)->text(), QStringLiteral("✗ different"));
    QCOMPARE(table->item(2, 3)->text(), QStringLiteral("✓ filled"));
    QStringList texts;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        texts.append(list->topLevelItem(i)->text(2));
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QLatin1String("expects click_id")));
    QVERIFY(all.contains(QLatin1String("fixes it to `purchase`")));
    QVERIFY(all.contains(QLatin1String("cuts the URL")));
    QVERIFY(find<QLabel>("comparisonSummary")->text().startsWith(QStringLiteral("✗")));
    QVERIFY(find<QPlainTextEdit>("proposed")
                ->toPlainText()
                .contains(QLatin1String("click_id=5f1e2d3c4b5a69788f9e0d1c&goal=purchase&amount=12.50")));
}

void TestTemplateDiffPanel::clickingAFindingShowsThePlace()
{
    find<QPlainTextEdit>("leftInput")->setPlainText(Template);
    find<QPlainTextEdit>("rightInput")->setPlainText(RealCallback);
    QVERIFY(waitForFindings(4));
    QTreeWidget* list = findings();
    QTreeWidgetItem* payout = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(2).contains(QLatin1String("comma")))
            payout = list->topLevelItem(i);
    }
    QVERIFY(payout);
    const QRect rect = list->visualItemRect(payout);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(find<QPlainTextEdit>("rightInput")->textCursor().selectedText(), QStringLiteral("12,50"));
}

void TestTemplateDiffPanel::sendingToReplay()
{
    find<QPlainTextEdit>("leftInput")->setPlainText(Template);
    find<QPlainTextEdit>("rightInput")->setPlainText(RealCallback);
    QVERIFY(waitForFindings(1));
    QTest::mouseClick(find<QPushButton>("sendRight"), Qt::LeftButton);
    QCOMPARE(find<QTabWidget>("tabs")->currentWidget(), m_window->replayPanel());
    QCOMPARE(m_window->replayPanel()->editor()->urlText(), RealCallback);

    find<QTabWidget>("tabs")->setCurrentWidget(m_window->templateDiffPanel());
    QTest::mouseClick(find<QPushButton>("sendProposed"), Qt::LeftButton);
    QVERIFY(m_window->replayPanel()->editor()->urlText().contains(QLatin1String("goal=purchase&amount=12.50")));
}

void TestTemplateDiffPanel::failingAgainstCorrected()
{
    find<QComboBox>("diffMode")->setCurrentIndex(1);
    find<QPlainTextEdit>("leftInput")
        ->setPlainText(QStringLiteral("https://t.example/pb?subid=abc123def456&payout=1,5"));
    find<QPlainTextEdit>("rightInput")
        ->setPlainText(QStringLiteral("https://t.example/pb?subid=abc123def457&payout=1.5"));
    auto* table = find<QTableWidget>("paramTable");
    QTRY_VERIFY(table->rowCount() >= 5);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Failing"));
    int changed = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        changed += table->item(row, 3)->text().contains(QLatin1String("changed"));
    QCOMPARE(changed, 2);
    // The one differing character is marked in the cell, in bold and underlined, escaped.
    auto* cell = qobject_cast<QLabel*>(table->cellWidget(3, 2));
    QVERIFY(cell);
    QVERIFY(cell->text().contains(QLatin1String("<b><u>7</u></b>")));
    QCOMPARE(table->item(3, 2)->data(Qt::UserRole).toString(), QStringLiteral("abc123def457"));
}

void TestTemplateDiffPanel::notAUrlIsExplained()
{
    find<QPlainTextEdit>("rightInput")->setPlainText(QStringLiteral("<script>alert(1)</script> not a url"));
    QTRY_VERIFY(find<QLabel>("comparisonSummary")->text().contains(QLatin1String("does not read as a callback URL")));
    QCOMPARE(find<QPlainTextEdit>("rightInput")->toPlainText(), QStringLiteral("<script>alert(1)</script> not a url"));
}

void TestTemplateDiffPanel::languageSwitch()
{
    find<QPlainTextEdit>("leftInput")->setPlainText(Template);
    find<QPlainTextEdit>("rightInput")->setPlainText(RealCallback);
    QVERIFY(waitForFindings(4));
    find<QAction>("language_ru")->trigger();
    QTRY_COMPARE(find<QTabWidget>("tabs")->tabText(1), QStringLiteral("Сравнение с шаблоном"));
    QTRY_VERIFY(find<QTableWidget>("paramTable")->item(0, 3)->text().contains(QStringLiteral("переименован")));
    QTRY_VERIFY(find<QTreeWidget>("findings")->topLevelItem(0)->text(0).contains(QStringLiteral("Ошибка")));
    find<QAction>("language_en")->trigger();
}

QTEST_MAIN(TestTemplateDiffPanel)
#include "tst_templatediffpanel.moc"
