#include "upgrade/rollbackplan.h"

#include "core/redactor.h"
#include "upgrade/upgradepreviewjob.h"
#include "upgrade/upgradeplan.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::upgrade", text);
}
} // namespace

RollbackPlan::RollbackPlan(ReleaseTarget release, QList<kube::HelmRevision> history, int revision, int timeoutSeconds)
    : m_release(std::move(release))
    , m_history(std::move(history))
    , m_requested(revision)
    , m_timeoutSeconds(timeoutSeconds)
{
}

int RollbackPlan::currentRevision() const
{
    return m_history.isEmpty() ? 0 : m_history.last().revision;
}

QString RollbackPlan::currentStatus() const
{
    return m_history.isEmpty() ? QString() : m_history.last().status;
}

bool RollbackPlan::isStuck() const
{
    return currentStatus().startsWith(u"pending-");
}

RollbackPlan::Mode RollbackPlan::mode() const
{
    return isStuck() ? Mode::RecoverStuck : Mode::Rollback;
}

const kube::HelmRevision *RollbackPlan::revisionEntry(int revision) const
{
    for (const kube::HelmRevision &r : m_history)
        if (r.revision == revision)
            return &r;
    return nullptr;
}

int RollbackPlan::targetRevision() const
{
    if (m_requested > 0)
        return m_requested;
    // The newest earlier revision that was running (deployed, or superseded by a later one).
    for (qsizetype i = m_history.size() - 2; i >= 0; --i)
        if (m_history[i].status == u"deployed" || m_history[i].status == u"superseded")
            return m_history[i].revision;
    return 0;
}

QString RollbackPlan::problem() const
{
    if (m_history.isEmpty())
        return tr("%1 has no history: it is not installed.").arg(m_release.key());
    const int target = targetRevision();
    if (target == 0)
        return isStuck() ? tr("%1 is %2 and has no earlier deployed revision to recover to: uninstall it and install again.")
                               .arg(m_release.key(), currentStatus())
                         : tr("%1 has no earlier revision to roll back to.").arg(m_release.key());
    if (!revisionEntry(target))
        return tr("%1 has no revision %2 (helm keeps a limited history).").arg(m_release.key()).arg(target);
    if (target == currentRevision())
        return tr("Revision %1 is the current one.").arg(target);
    return {};
}

CommandLine RollbackPlan::command(const backup::ClusterTools &tools) const
{
    return upgradeCommandsFor(tools).rollback(m_release.context, m_release.namespaceName, m_release.name, targetRevision(),
                                              m_timeoutSeconds);
}

QStringList RollbackPlan::describe(const backup::ClusterTools &tools) const
{
    QStringList lines;
    const kube::HelmRevision *target = revisionEntry(targetRevision());
    if (mode() == Mode::RecoverStuck)
        lines << tr("Recovery plan: %1 is stuck in %2 at revision %3 (a helm operation was interrupted)")
                     .arg(m_release.key(), currentStatus())
                     .arg(currentRevision());
    else
        lines << tr("Rollback plan: %1 at revision %2 (%3)").arg(m_release.key()).arg(currentRevision()).arg(currentStatus());
    if (target)
        lines << tr(" 1. [rollback] Roll back to revision %1 (%2, %3, %4)")
                     .arg(target->revision)
                     .arg(target->chart, target->status, target->updated.toUTC().toString(Qt::ISODate));
    lines << u"      $ "_s + command(tools).toDisplayString(Redactor::shared());
    lines << tr("      (helm records the rollback as a new revision; the values of revision %1 come back with it)").arg(targetRevision());
    if (const QString p = problem(); !p.isEmpty())
        lines << tr("Cannot run: %1").arg(p);
    return lines;
}

std::unique_ptr<jobs::Job> RollbackPlan::makeJob(const backup::ClusterTools &tools) const
{
    if (!problem().isEmpty())
        return nullptr;
    return makeToolJob(mode() == Mode::RecoverStuck ? tr("Recover %1 to revision %2").arg(m_release.key()).arg(targetRevision())
                                                    : tr("Roll %1 back to revision %2").arg(m_release.key()).arg(targetRevision()),
                       command(tools), tools, m_timeoutSeconds + 120);
}

} // namespace chartroom::upgrade
