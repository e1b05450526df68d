#include "i18n/language.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pbw {

namespace {

struct Installed
{
    QTranslator* product = nullptr;
    QTranslator* qt = nullptr;
    QString code;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void remove(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QStringList Language::available()
{
    return {QStringLiteral("en"), QStringLiteral("ru")};
}

QString Language::resolve(const QString& code)
{
    if (!code.isEmpty())
        return code.toLower();
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

bool Language::apply(const QString& code)
{
    const QString language = resolve(code);
    if (!available().contains(language))
        return false;
    Installed& state = installed();
    remove(state.product);
    remove(state.qt);
    state.code = language;
    auto* product = new QTranslator(QCoreApplication::instance());
    if (product->load(QStringLiteral(":/i18n/postback-workbench_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(product);
        state.product = product;
    } else {
        delete product;
        if (language != QLatin1String("en"))
            qCWarning(lcI18n) << "no catalogue for" << language;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        state.qt = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(language == QLatin1String("ru") ? QLocale::Russian : QLocale::English));
    return true;
}

QString Language::current()
{
    return installed().code.isEmpty() ? QStringLiteral("en") : installed().code;
}

} // namespace pbw
