#include "mainwindow.h"

#include "runtime.h"

namespace chartroom::ui {

MainWindow::MainWindow(Runtime &runtime, QWidget *parent)
    : QMainWindow(parent)
    , m_runtime(runtime)
{
    setWindowTitle(tr("Chartroom"));
}

} // namespace chartroom::ui
