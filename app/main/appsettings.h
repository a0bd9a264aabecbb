#pragma once

#include <QDateTime>
#include <QSettings>
#include <QStringList>
#include <QString>

#include <memory>

namespace chartroom {

/// The user's persistent preferences (INI file under the config directory).
///
/// Typed accessors only; no other code reads QSettings keys directly. Values are never
/// secrets: those live in the OS keychain.
class AppSettings final
{
public:
    /// Uses `<config dir>/chartroom.ini`, or `file` when given (tests).
    explicit AppSettings(const QString &file = {});

    [[nodiscard]] QString helmPath() const;
    void setHelmPath(const QString &path);
    [[nodiscard]] QString kubectlPath() const;
    void setKubectlPath(const QString &path);
    [[nodiscard]] int maxConcurrentJobs() const;
    void setMaxConcurrentJobs(int count);
    [[nodiscard]] int maxJobsPerCluster() const;
    void setMaxJobsPerCluster(int count);
    /// Contexts that form the fleet; empty = every context of the kubeconfig.
    [[nodiscard]] QStringList fleetContexts() const;
    void setFleetContexts(const QStringList &contexts);
    [[nodiscard]] QStringList excludedNamespaces() const;
    void setExcludedNamespaces(const QStringList &namespaces);
    /// The backup repository the app backs up to and reads RPO status from
    /// (default: BackupRepository::defaultLocation()).
    [[nodiscard]] QString backupRepository() const;
    void setBackupRepository(const QString &path);
    /// Minutes between background refreshes of the fleet; 0 = manual only.
    [[nodiscard]] int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    /// The inventory tree's header (column order, widths, hidden columns, sort).
    [[nodiscard]] QByteArray fleetHeaderState() const;
    void setFleetHeaderState(const QByteArray &state);
    /// The inventory/detail splitter.
    [[nodiscard]] QByteArray fleetSplitterState() const;
    void setFleetSplitterState(const QByteArray &state);
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    /// The jobs dock's list/output split and list columns (QSplitter/QHeaderView::saveState).
    [[nodiscard]] QByteArray jobsSplitterState() const;
    void setJobsSplitterState(const QByteArray &state);
    [[nodiscard]] QByteArray jobsHeaderState() const;
    void setJobsHeaderState(const QByteArray &state);
    /// When the user last cleared finished jobs from the jobs list (UTC; invalid if never).
    [[nodiscard]] QDateTime jobListClearedAt() const;
    void setJobListClearedAt(const QDateTime &time);

    void sync();
    [[nodiscard]] QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace chartroom
