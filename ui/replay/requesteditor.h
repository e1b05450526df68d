#pragma once

#include "analysis/queryparams.h"
#include "net/replayrequest.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace pbw::ui {

// The request side of the Replay panel: method, URL, parameters (in sync with the URL both ways),
// headers, body, per-request options, and a live preview of what will go on the wire.
class RequestEditor : public QWidget
{
    Q_OBJECT

public:
    explicit RequestEditor(QWidget* parent = nullptr);

    ReplayRequest request() const;
    void setRequest(const ReplayRequest& request);
    QString urlText() const;
    // The settings' timeout and proxy go into the fields; the capture limit goes with every request.
    void setDefaults(const ReplayOptions& defaults);
    const ReplayOptions& defaults() const { return m_defaults; }
    void focusUrl(); // Ctrl+L
    void setUrlText(const QString& text);

signals:
    void changed();
    void sendRequested(); // Return (or Ctrl+Return) in the URL field

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void onUrlChanged();
    void onParamEdited(int row);
    void fillParams();
    void updatePreview();
    void addHeaderRow(const QString& name = {}, const QString& value = {});
    bool takeCurlCommand(const QString& text);

    QComboBox* m_method;
    QPlainTextEdit* m_url;
    QTabWidget* m_tabs;
    QTableWidget* m_params;
    QTableWidget* m_headers;
    QPushButton* m_addParam;
    QPushButton* m_removeParam;
    QPushButton* m_addHeader;
    QPushButton* m_removeHeader;
    QComboBox* m_contentType;
    QPlainTextEdit* m_body;
    QLabel* m_timeoutLabel;
    QDoubleSpinBox* m_timeout;
    QCheckBox* m_follow;
    QLabel* m_proxyLabel;
    QLineEdit* m_proxy;
    QCheckBox* m_insecure;
    QLabel* m_insecureWarning;
    QLabel* m_previewTitle;
    QPlainTextEdit* m_preview;
    SplitUrl m_split;
    bool m_syncing = false;
    QString m_curlProblem;
    ReplayOptions m_defaults;
};

} // namespace pbw::ui
