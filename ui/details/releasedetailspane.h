#pragma once

#include "backup/backuprecord.h"
#include "inventory/fleet.h"

#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;

namespace chartroom::inventory {
class ReleaseDetailsLoader;
}

namespace chartroom::ui {

class HistoryView;

/// The release detail pane beside the inventory: Overview, Values (user-supplied or computed),
/// Manifest, Notes and History. It follows the selection; each tab loads lazily through
/// ReleaseDetailsLoader when it is first shown, with a visible loading state and the tool's own
/// error message on failure.
class ReleaseDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReleaseDetailsPane)

public:
    /// What the backup repository holds for one release (the Overview's "Backups" section).
    struct Backups
    {
        QString repository;               ///< where they are looked for
        QString error;                    ///< the repository cannot be read
        bool loaded = false;              ///< false while the repository is first read
        QList<backup::BackupRecord> list; ///< oldest first
        QString drillError;               ///< the repository's drills file cannot be read
    };

    explicit ReleaseDetailsPane(inventory::ReleaseDetailsLoader *loader, QWidget *parent = nullptr);
    ~ReleaseDetailsPane() override;

    /// Where the Overview gets a release's backups from; without a source it shows none.
    void setBackupSource(std::function<Backups(const QString &releaseKey)> source);
    /// Renders the Overview again (the repository was read again).
    void refreshBackups();

    /// What the last RBAC review says about one release (the Overview's "RBAC" section).
    struct Rbac
    {
        bool reviewed = false;   ///< false: its context has not been reviewed yet
        QString summary;         ///< e.g. "Critical (2 open)" or "No open findings"
        QStringList openFindings; ///< one line each
    };
    /// Where the Overview gets a release's RBAC findings from; without a source it shows none.
    /// Call refreshBackups() when what it answers changed.
    void setRbacSource(std::function<Rbac(const QString &releaseKey)> source);

    /// Where the Overview's "Upgrade" row comes from: a newer chart version at the release's
    /// remembered source, or why there is none (one line; empty: no row). Call refreshBackups()
    /// when what it answers changed.
    void setUpgradeSource(std::function<QString(const QString &releaseKey)> source);

    /// Shows a release (or the empty state). `statusNote` explains the status (e.g. why it is stuck).
    void setRelease(const std::optional<inventory::Release> &release, const QString &statusNote = {});
    [[nodiscard]] const std::optional<inventory::Release> &release() const { return m_release; }
    [[nodiscard]] QString statusNote() const { return m_statusNote; }
    /// Loads what the current tab needs (after tools became available, for instance).
    void loadCurrentTab();

private:
    struct PartView
    {
        QLabel *state = nullptr;
        QPlainTextEdit *text = nullptr;
    };

    QWidget *makePartPage(PartView &view, const QString &name, QWidget *extra = nullptr);
    void renderOverview();
    [[nodiscard]] QString backupsHtml() const;
    [[nodiscard]] QString rbacHtml() const;
    /// The Overview's "Measured RTO" row: last successful drill's time, flagged against the RTO.
    [[nodiscard]] QString drillSummaryHtml(const inventory::Release &release, const QDateTime &now) const;
    /// The Overview's "Restore drills" section: the last drills, newest first.
    [[nodiscard]] QString drillsHtml() const;
    void requestPart(int part);
    void handlePart(const QString &key, int part, int revision, const QString &text);
    void handlePartFailed(const QString &key, int part, int revision, const QString &error);
    [[nodiscard]] PartView *viewFor(int part);
    [[nodiscard]] int valuesPart() const;

    inventory::ReleaseDetailsLoader *m_loader;
    std::optional<inventory::Release> m_release;
    QString m_statusNote;
    std::function<Backups(const QString &)> m_backupSource;
    std::function<Rbac(const QString &)> m_rbacSource;
    std::function<QString(const QString &)> m_upgradeSource;
    QStackedWidget *m_stack;
    QLabel *m_title;
    QLabel *m_subtitle;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QButtonGroup *m_valuesKind;
    PartView m_values;
    PartView m_manifest;
    PartView m_notes;
    HistoryView *m_history;
    QSet<int> m_requested; ///< parts asked for the current release
};

} // namespace chartroom::ui
