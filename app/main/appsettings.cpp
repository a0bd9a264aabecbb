#include "appsettings.h"

#include "backup/backuprepository.h"
#include "core/apppaths.h"

namespace chartroom {

namespace {
const QString HelmPath = QStringLiteral("tools/helmPath");
const QString KubectlPath = QStringLiteral("tools/kubectlPath");
const QString MaxConcurrent = QStringLiteral("jobs/maxConcurrent");
const QString MaxPerCluster = QStringLiteral("jobs/maxPerCluster");
const QString WindowState = QStringLiteral("window/state");
const QString FleetContexts = QStringLiteral("fleet/contexts");
const QString ExcludedNamespaces = QStringLiteral("fleet/excludedNamespaces");
const QString AutoRefreshMinutes = QStringLiteral("fleet/autoRefreshMinutes");
const QString WindowGeometry = QStringLiteral("window/geometry");
const QString JobListClearedAt = QStringLiteral("jobs/listClearedAt");
const QString JobsSplitterState = QStringLiteral("window/jobsSplitter");
const QString JobsHeaderState = QStringLiteral("window/jobsHeader");
const QString FleetHeaderState = QStringLiteral("window/fleetHeader");
const QString FleetSplitterState = QStringLiteral("window/fleetSplitter");
const QString BackupRepositoryKey = QStringLiteral("backup/repository");
} // namespace

AppSettings::AppSettings(const QString &file)
    : m_settings(std::make_unique<QSettings>(file.isEmpty() ? AppPaths::configDir() + QStringLiteral("/chartroom.ini")
                                                            : file,
                                             QSettings::IniFormat))
{
}

QString AppSettings::helmPath() const { return m_settings->value(HelmPath).toString(); }
void AppSettings::setHelmPath(const QString &path) { m_settings->setValue(HelmPath, path); }
QString AppSettings::kubectlPath() const { return m_settings->value(KubectlPath).toString(); }
void AppSettings::setKubectlPath(const QString &path) { m_settings->setValue(KubectlPath, path); }
int AppSettings::maxConcurrentJobs() const { return qBound(1, m_settings->value(MaxConcurrent, 4).toInt(), 32); }
void AppSettings::setMaxConcurrentJobs(int count) { m_settings->setValue(MaxConcurrent, count); }
int AppSettings::maxJobsPerCluster() const { return qBound(1, m_settings->value(MaxPerCluster, 2).toInt(), 32); }
void AppSettings::setMaxJobsPerCluster(int count) { m_settings->setValue(MaxPerCluster, count); }
QStringList AppSettings::fleetContexts() const { return m_settings->value(FleetContexts).toStringList(); }
void AppSettings::setFleetContexts(const QStringList &contexts) { m_settings->setValue(FleetContexts, contexts); }
QStringList AppSettings::excludedNamespaces() const { return m_settings->value(ExcludedNamespaces).toStringList(); }
void AppSettings::setExcludedNamespaces(const QStringList &namespaces) { m_settings->setValue(ExcludedNamespaces, namespaces); }
QString AppSettings::backupRepository() const
{
    const QString path = m_settings->value(BackupRepositoryKey).toString();
    return path.isEmpty() ? backup::BackupRepository::defaultLocation() : path;
}
void AppSettings::setBackupRepository(const QString &path) { m_settings->setValue(BackupRepositoryKey, path); }
int AppSettings::autoRefreshMinutes() const { return qBound(0, m_settings->value(AutoRefreshMinutes, 10).toInt(), 24 * 60); }
void AppSettings::setAutoRefreshMinutes(int minutes) { m_settings->setValue(AutoRefreshMinutes, minutes); }
QByteArray AppSettings::windowState() const { return m_settings->value(WindowState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &state) { m_settings->setValue(WindowState, state); }
QByteArray AppSettings::fleetHeaderState() const { return m_settings->value(FleetHeaderState).toByteArray(); }
void AppSettings::setFleetHeaderState(const QByteArray &state) { m_settings->setValue(FleetHeaderState, state); }
QByteArray AppSettings::fleetSplitterState() const { return m_settings->value(FleetSplitterState).toByteArray(); }
void AppSettings::setFleetSplitterState(const QByteArray &state) { m_settings->setValue(FleetSplitterState, state); }
QByteArray AppSettings::windowGeometry() const { return m_settings->value(WindowGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { m_settings->setValue(WindowGeometry, geometry); }
QByteArray AppSettings::jobsSplitterState() const { return m_settings->value(JobsSplitterState).toByteArray(); }
void AppSettings::setJobsSplitterState(const QByteArray &state) { m_settings->setValue(JobsSplitterState, state); }
QByteArray AppSettings::jobsHeaderState() const { return m_settings->value(JobsHeaderState).toByteArray(); }
void AppSettings::setJobsHeaderState(const QByteArray &state) { m_settings->setValue(JobsHeaderState, state); }
QDateTime AppSettings::jobListClearedAt() const
{
    return QDateTime::fromString(m_settings->value(JobListClearedAt).toString(), Qt::ISODateWithMs);
}
void AppSettings::setJobListClearedAt(const QDateTime &time)
{
    m_settings->setValue(JobListClearedAt, time.toUTC().toString(Qt::ISODateWithMs));
}
void AppSettings::sync() { m_settings->sync(); }
QString AppSettings::fileName() const { return m_settings->fileName(); }

} // namespace chartroom
