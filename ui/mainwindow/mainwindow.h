#pragma once

#include <QMainWindow>

namespace chartroom {
class Runtime;
}

namespace chartroom::ui {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Runtime &runtime, QWidget *parent = nullptr);

private:
    Runtime &m_runtime;
};

} // namespace chartroom::ui
