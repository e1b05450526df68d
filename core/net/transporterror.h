#pragma once

#include <QCoreApplication>
#include <QString>

namespace pbw {

// Why no HTTP answer came back, by the layer that failed.
struct TransportError
{
    Q_DECLARE_TR_FUNCTIONS(TransportError)

public:
    enum class Layer { Dns, Connect, Tls, Timeout, Reset, RedirectLoop, Cancelled, Other };

    Layer layer = Layer::Other;
    QString detail; // the system's own words, untranslated, for the curious

    static QString layerKey(Layer layer); // stable key for JSON: "dns", "connect", ...
    static QString kindKey(Layer layer); // every layer apart: "redirect_loop", "cancelled" too
    static Layer layerFromKindKey(const QString& key);
    QString message() const; // plain words, translated
    QString layerName() const; // translated short name
};

} // namespace pbw
