#pragma once

#include "backup/backuprequest.h"
#include "jobs/job.h"
#include "upgrade/upgradeplan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace chartroom::upgrade {

/// Several releases upgraded one after another in DR tier order, stopping at the first failure
/// (the batch upgrade): tier 1 first, untiered releases last, and within a tier by context,
/// namespace and release name.
///
/// Each release keeps its own UpgradePlan (gate, checks, strategy and compensation); the batch only
/// orders them and chains their jobs. Contract: like UpgradePlan, constructing it and calling
/// items()/problem()/describe() has no side effect. makeJob() is one StopOnError sequence with one
/// step per release (each release's own plan job), nullptr when problem() is set; after it
/// finished, outcomes() says per release what happened — a release after the failing one is
/// "not started: stopped after X failed".
class BatchUpgradePlan final
{
public:
    struct Item
    {
        UpgradePlan plan;
        std::optional<int> tier; ///< the release's DR tier (inventory), nullopt: untiered
    };

    struct Outcome
    {
        QString release;  ///< "CTX/NS/NAME"
        jobs::JobState state = jobs::JobState::Pending; ///< Pending: never started
        QString text;     ///< "succeeded", "failed: …", "not started: stopped after X failed"
    };

    /// Orders `items` by tier (stable for equal keys).
    explicit BatchUpgradePlan(QList<Item> items);

    /// In the order they run.
    [[nodiscard]] const QList<Item> &items() const { return m_items; }
    /// The first release whose plan cannot run, with its reason; empty when all can.
    [[nodiscard]] QString problem() const;
    /// The order, then every release's own plan.
    [[nodiscard]] QStringList describe(const backup::ClusterTools &tools) const;
    [[nodiscard]] std::unique_ptr<jobs::Job> makeJob(const backup::ClusterTools &tools) const;
    /// Per release, in order, from the job makeJob() made (after it finished).
    [[nodiscard]] QList<Outcome> outcomes(const jobs::Job &job) const;

    /// "tier 1" / "untiered".
    [[nodiscard]] static QString tierLabel(const std::optional<int> &tier);

private:
    QList<Item> m_items;
};

} // namespace chartroom::upgrade
