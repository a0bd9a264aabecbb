#include "upgrade/batchupgradeplan.h"

#include "jobs/sequencejob.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace chartroom::upgrade {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("chartroom::upgrade", text, disambiguation, n);
}

} // namespace

BatchUpgradePlan::BatchUpgradePlan(QList<Item> items)
    : m_items(std::move(items))
{
    std::stable_sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) {
        const int ta = a.tier.value_or(INT_MAX), tb = b.tier.value_or(INT_MAX);
        if (ta != tb)
            return ta < tb;
        const ReleaseTarget &ra = a.plan.request().release, &rb = b.plan.request().release;
        return std::tie(ra.context, ra.namespaceName, ra.name) < std::tie(rb.context, rb.namespaceName, rb.name);
    });
}

QString BatchUpgradePlan::tierLabel(const std::optional<int> &tier)
{
    return tier ? tr("tier %1").arg(*tier) : tr("untiered");
}

QString BatchUpgradePlan::problem() const
{
    if (m_items.isEmpty())
        return tr("No release to upgrade.");
    for (const Item &item : m_items)
        if (const QString p = item.plan.problem(); !p.isEmpty())
            return QString(item.plan.request().release.key() + u": "_s + p);
    return {};
}

QStringList BatchUpgradePlan::describe(const backup::ClusterTools &tools) const
{
    QStringList lines;
    lines << tr("Batch upgrade of %n release(s) in tier order, stopping at the first failure:", nullptr, int(m_items.size()));
    int n = 0;
    for (const Item &item : m_items)
        lines << u"  %1. %2 (%3)"_s.arg(++n).arg(item.plan.request().release.key(), tierLabel(item.tier));
    for (const Item &item : m_items) {
        lines << QString();
        lines << item.plan.describe(tools);
    }
    return lines;
}

std::unique_ptr<jobs::Job> BatchUpgradePlan::makeJob(const backup::ClusterTools &tools) const
{
    if (!problem().isEmpty())
        return nullptr;
    auto sequence = std::make_unique<jobs::SequenceJob>(tr("Upgrade %n release(s) in tier order", nullptr, int(m_items.size())));
    sequence->setPolicy(jobs::SequenceJob::Policy::StopOnError);
    for (const Item &item : m_items) {
        auto job = item.plan.makeJob(tools);
        if (!job)
            return nullptr; // e.g. a backup needed without a backup job factory
        sequence->addStep(std::move(job));
    }
    return sequence;
}

QList<BatchUpgradePlan::Outcome> BatchUpgradePlan::outcomes(const jobs::Job &job) const
{
    const auto *sequence = qobject_cast<const jobs::SequenceJob *>(&job);
    QList<Outcome> out;
    QString stoppedAfter;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        Outcome o;
        o.release = m_items[i].plan.request().release.key();
        const jobs::Job *step = sequence && i < sequence->stepCount() ? sequence->step(int(i)) : nullptr;
        o.state = step ? step->state() : jobs::JobState::Pending;
        switch (o.state) {
        case jobs::JobState::Succeeded:
            o.text = tr("succeeded");
            break;
        case jobs::JobState::Failed:
            o.text = tr("failed: %1").arg(step->errorString());
            if (stoppedAfter.isEmpty())
                stoppedAfter = o.release;
            break;
        case jobs::JobState::Canceled:
            o.text = tr("canceled");
            if (stoppedAfter.isEmpty())
                stoppedAfter = o.release;
            break;
        default:
            o.text = stoppedAfter.isEmpty() ? tr("not started") : tr("not started: stopped after %1 failed").arg(stoppedAfter);
            break;
        }
        out << o;
    }
    return out;
}

} // namespace chartroom::upgrade
