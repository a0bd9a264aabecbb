#pragma once

#include "artifact/datakey.h"
#include "backup/backuprepository.h"
#include "inventory/fleet.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace chartroom {

class Runtime;

/// What every chartroom-cli command shares.
namespace cli {

/// Translates a chartroom-cli message (one context for the whole tool).
QString tr(const char *text);

/// A duration for people: "12.4 s".
QString seconds(qint64 ms);

/// Probes helm and kubectl (blocking on a local event loop); false, with the reason written to
/// `err`, when either is unusable.
bool probeTools(Runtime &runtime, QTextStream &err);

/// The key of an encrypted repository: from the OS keychain, else from CHARTROOM_PASSPHRASE_FILE
/// or the terminal (passphrase mode). nullopt for an unencrypted repository, or with `*failed`
/// set and the reason written to `err` when it cannot be had. Secrets read are wiped after use.
std::optional<artifact::DataKey> unlockRepository(const backup::BackupRepository &repository, QTextStream &err,
                                                  bool *failed);

/// Scans the fleet (blocking on a local event loop; only the contexts of `wanted` when only those
/// are asked for) and returns the releases named in `wanted` plus, with `tier`, every release of
/// that tier (with `all`, every release). nullopt
/// when a wanted release is not in the fleet (each one named in `err`); unreachable contexts are
/// reported in `err` too.
std::optional<QList<inventory::Release>> selectReleases(Runtime &runtime, const QStringList &wanted, std::optional<int> tier,
                                                        QTextStream &err, bool all = false);

} // namespace cli
} // namespace chartroom
