#pragma once

#include "fleet.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace chartroom::inventory {

/// The last scanned fleet on disk (`<state dir>/fleet-cache.json`), so Chartroom opens at once on
/// the fleet as it was, marked stale with its age, while a fresh scan runs.
///
/// save() and loadAsync() do their disk work on the thread pool; loadAsync() calls back in
/// `context`'s thread. Writes are atomic (QSaveFile). A cache of another format version or a
/// damaged file is ignored (and reported), never half-read.
class FleetCache final
{
public:
    explicit FleetCache(QString path);

    [[nodiscard]] QString path() const { return m_path; }
    void save(const Fleet &fleet) const;
    /// Synchronous save and load, for the CLI and tests.
    bool saveNow(const Fleet &fleet, QString *error = nullptr) const;
    /// Saves an already serialised fleet (Fleet::toJson()), for callers that need the JSON too.
    bool saveNow(const QJsonObject &fleetJson, QString *error = nullptr) const;
    [[nodiscard]] std::optional<Fleet> loadNow(QString *error = nullptr) const;
    void loadAsync(QObject *context, std::function<void(std::optional<Fleet>)> done) const;

private:
    QString m_path;
};

} // namespace chartroom::inventory
