#pragma once

#include "core/result.h"
#include "rbac/finding.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace chartroom::rbac {

/// A finding the user accepted, with their note. Keyed by context, release ("ns/name", empty for
/// "not from a release") and rule; `target` (a binding or role text) narrows it to one finding,
/// empty accepts every finding of that rule for that release.
struct Acceptance
{
    QString context;
    QString release;
    QString ruleId;
    QString target;
    QString note;
    QDateTime acceptedAt;

    [[nodiscard]] bool matches(const Finding &finding) const;
};

/// The accepted findings, persisted as JSON (`rbac-acceptances.json` in Chartroom's data
/// directory by default) so that a review converges instead of nagging.
///
/// load() tolerates a missing file (empty store) and reports a malformed one as an Error without
/// touching it; save() writes atomically (QSaveFile: a crash leaves the old file or the new one).
/// Not thread-safe: one owner.
class AcceptanceStore final
{
public:
    explicit AcceptanceStore(QString path = defaultPath());

    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] const QString &path() const { return m_path; }

    Result<void> load();
    Result<void> save() const;

    [[nodiscard]] const QList<Acceptance> &acceptances() const { return m_acceptances; }
    /// Adds or replaces (same context, release, rule and target).
    void accept(const Acceptance &acceptance);
    /// Removes the matching entry; false when there was none.
    bool reopen(const QString &context, const QString &release, const QString &ruleId, const QString &target = {});
    /// Marks the findings covered by an acceptance (accepted + note); returns how many.
    int apply(QList<Finding> &findings) const;

private:
    QString m_path;
    QList<Acceptance> m_acceptances;
};

} // namespace chartroom::rbac
