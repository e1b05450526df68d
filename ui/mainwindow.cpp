#include "mainwindow.h"

#include <QEvent>

namespace pbw::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    retranslate();
    resize(1100, 720);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Postback Workbench"));
}

} // namespace pbw::ui
