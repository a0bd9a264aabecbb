#include "upgrade/backupgate.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::upgrade", text);
}

QString age(qint64 seconds)
{
    if (seconds < 3600)
        return tr("%1 min").arg(seconds / 60);
    if (seconds < 48 * 3600)
        return tr("%1 h").arg(seconds / 3600);
    return tr("%1 days").arg(seconds / 86400);
}
} // namespace

QString backupGateDecisionId(BackupGate::Decision decision)
{
    switch (decision) {
    case BackupGate::Decision::Fresh: return u"fresh"_s;
    case BackupGate::Decision::TakeBackup: return u"take-backup"_s;
    case BackupGate::Decision::Skipped: return u"skipped"_s;
    case BackupGate::Decision::Blocked: return u"blocked"_s;
    }
    return {};
}

BackupGate::BackupGate(Input input, QDateTime now)
    : m_input(std::move(input))
    , m_now(std::move(now))
{
    const bool fresh = m_input.lastVerified && m_input.lastVerified->secsTo(m_now) <= m_input.maxAge.count();
    if (fresh)
        m_decision = Decision::Fresh;
    else if (m_input.skipConfirmed)
        m_decision = Decision::Skipped;
    else if (m_input.canTakeBackup)
        m_decision = Decision::TakeBackup;
    else
        m_decision = Decision::Blocked;
}

std::chrono::seconds BackupGate::maxAgeFor(const catalog::ChartProfile *profile)
{
    if (profile && profile->rpo && profile->rpo->count() > 0)
        return *profile->rpo;
    return std::chrono::hours(24);
}

QString BackupGate::describe() const
{
    const QString policy = age(m_input.maxAge.count());
    switch (m_decision) {
    case Decision::Fresh:
        return tr("Backup gate: verified backup %1 is %2 old (policy: newer than %3)")
            .arg(m_input.lastVerifiedId, age(m_input.lastVerified->secsTo(m_now)), policy);
    case Decision::TakeBackup:
        return m_input.lastVerified ? tr("Backup gate: the last verified backup (%1) is older than %2: a backup is taken and verified first")
                                          .arg(m_input.lastVerifiedId, policy)
                                    : tr("Backup gate: no verified backup: one is taken and verified first");
    case Decision::Skipped:
        return tr("Backup gate SKIPPED on the user's explicit confirmation (recorded): no backup newer than %1").arg(policy);
    case Decision::Blocked:
        return tr("Backup gate: no verified backup newer than %1, and none can be taken here (no backup recipe or "
                  "repository): going on needs an explicit confirmation").arg(policy);
    }
    return {};
}

} // namespace chartroom::upgrade
