#pragma once

#include "catch/catchcertificate.h"
#include "catch/catchoptions.h"
#include "util/result.h"

#include <QFuture>
#include <QObject>
#include <optional>

class QTimer;

namespace pbw {
class Catcher;
struct Exchange;
} // namespace pbw

namespace pbw::ui {

class CaseSession;
class CaughtModel;

// The Catch tab's way to the listener and the case store: the Catcher it owns, the callbacks it
// kept (judged against the partner's template as they come, a batch at a time), and saving them to
// the open case as test callbacks — when asked, or each one as it comes. The panel asks it; it holds
// neither a socket nor the database.
class CatchSession : public QObject
{
    Q_OBJECT

public:
    explicit CatchSession(CaseSession* cases, QObject* parent = nullptr);
    ~CatchSession() override;

    // Listens with the options given, its secret prefix kept from one start to the next (the tracker
    // keeps the URL it was given) and the answer chosen; the error in words.
    Result<void, QString> start(CatchOptions options);
    void stop();
    bool isListening() const;
    QString catchUrl() const; // "http://127.0.0.1:8765/c/<prefix>"; empty when not listening
    QString trackerUrl() const; // the template with the partner's address replaced by catchUrl()
    QString certificateFingerprint() const; // of the listener's certificate; empty over plain HTTP
    quint16 port() const;
    QString prefix() const { return m_prefix; }
    void setPrefix(const QString& prefix); // from the settings; empty: a new one at the next start
    int caughtCount() const;
    int refusalCount(CatchRefusal refusal) const;

    QString answerId() const { return m_answerId; }
    void setAnswer(const QString& choiceId); // catchAnswerChoices(); for the callbacks that come next

    // The catcher's own self-signed certificate, made (or read again) off the window's thread.
    struct MadeCertificate
    {
        std::optional<CatchCertificate> certificate;
        QString problem;
    };
    QFuture<MadeCertificate> makeCertificate() const;
    static QString fingerprintOf(const QSslCertificate& certificate); // SHA-256, "AB:CD:…"

    // The template the callbacks are judged against: the open case's approved one, or one pasted.
    QString templateText() const { return m_template; }
    void setTemplateText(const QString& text); // judges every callback again
    QString caseTemplate(); // the latest approved template of the open case; empty when none
    bool caseOpen() const;
    QString caseTitle() const;

    CaughtModel* model() const { return m_model; }
    void flush(); // the callbacks caught since the last batch, into the table now
    void rejudge(); // every callback judged again (the language changed: the findings are words)
    void clear(); // the table emptied; what was to be saved is saved first

    // Saved to the open case as test callbacks; false with lastError() when none is open or the store
    // refused. Rows saved already are skipped. The number of those saved now in *count.
    bool save(const QList<int>& rows, int* count = nullptr);
    bool saveEach() const { return m_saveEach; }
    void setSaveEach(bool on); // each callback saved as it comes (a batch at a time)
    QString lastError() const { return m_lastError; }
    // The case's views redraw with what was saved each as it came (they read the whole case, so they
    // are told when the callbacks stop coming, when listening stops, or when the tab is left).
    void showSavedInViews();

signals:
    void listeningChanged(bool listening);
    void countsChanged();
    void caseChanged(); // a case opened or closed, or what it holds changed (its template)
    void autoSaved(int count);
    void problem(const QString& message);

private:
    void caught(const Exchange& exchange);
    void judgeArrived(qint64 budgetMs); // -1: all of them
    enum Telling { TellTheViews, TellTheViewsLater, Quietly };
    void saveWaiting(Telling telling = TellTheViewsLater); // the next slice of what is waiting
    void saveAllWaiting();
    // How many were saved into the case; -1 when the store refused (lastError() says why).
    int saveAsBatch(const QList<int>& rows, qint64 caseId, Telling telling);

    CaseSession* m_cases;
    Catcher* m_catcher;
    CaughtModel* m_model;
    QTimer* m_batch; // coalesces arrivals: a burst is one insertion into the table
    QTimer* m_saveTimer; // the same for the case store
    QTimer* m_viewsTimer; // the case's views told once the callbacks stop coming
    qint64 m_viewsBehind = 0; // the case whose views have not been told of what was saved
    QList<Exchange> m_arrived; // since the last batch
    QList<int> m_waitingToSave; // rows of the table
    qint64 m_waitingCase = 0; // the case they go to: the one open when they came
    QString m_prefix;
    QString m_answerId = QStringLiteral("plain-ok");
    QString m_template;
    QString m_lastError;
    bool m_saveEach = false;
};

} // namespace pbw::ui
