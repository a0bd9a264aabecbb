#pragma once

#include <QJsonObject>

#include <QStringList>
#include <QTextStream>

namespace chartroom {

class Runtime;

/// `chartroom-cli inventory`: scans the fleet the same way the GUI does and prints it as a
/// table or as JSON (the Fleet format). Exit code 1 when any scanned context failed.
class InventoryCommand final
{
public:
    InventoryCommand(Runtime &runtime, QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    void printTable() const;
    /// `json` with an `upgradeAvailable` object on each release that has a remembered chart source
    /// (its source asked for its newest version, as jobs).
    QJsonObject withUpgrades(QJsonObject json);

    Runtime &m_runtime;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace chartroom
