#include "backupreport.h"

#include "backupformatting.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace chartroom::ui {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("chartroom::ui::BackupReport", text, nullptr, n);
}

/// Table cells must not break the Markdown table.
QString cell(QString text)
{
    return text.replace(u'|', u"\\|"_s).replace(u'\n', u' ');
}

} // namespace

QString outcomeText(BackupOutcome::Result result)
{
    switch (result) {
    case BackupOutcome::Result::Succeeded:
        return tr("succeeded");
    case BackupOutcome::Result::Failed:
        return tr("failed");
    case BackupOutcome::Result::Canceled:
        return tr("canceled");
    case BackupOutcome::Result::NotStarted:
        return tr("not started");
    case BackupOutcome::Result::Skipped:
        return tr("skipped");
    }
    return {};
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return u"—"_s;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

QString backupReportPath(const QString &repository, const QDateTime &startedAt)
{
    return QDir(repository)
        .filePath(u"reports/backup-"_s + startedAt.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s) + u".md"_s);
}

QString backupReportMarkdown(const QString &repository, bool encrypted, const QDateTime &startedAt,
                             const QDateTime &finishedAt, const QList<BackupOutcome> &outcomes)
{
    int succeeded = 0;
    int failed = 0;
    int skipped = 0;
    for (const BackupOutcome &o : outcomes) {
        succeeded += o.result == BackupOutcome::Result::Succeeded ? 1 : 0;
        failed += o.result == BackupOutcome::Result::Failed || o.result == BackupOutcome::Result::Canceled ||
                          o.result == BackupOutcome::Result::NotStarted
                      ? 1
                      : 0;
        skipped += o.result == BackupOutcome::Result::Skipped ? 1 : 0;
    }
    QString md = u"# "_s + tr("Chartroom backup report") + u"\n\n"_s;
    md += u"- "_s + tr("Started: %1").arg(startedAt.toUTC().toString(Qt::ISODate)) + u'\n';
    md += u"- "_s + tr("Finished: %1").arg(finishedAt.toUTC().toString(Qt::ISODate)) + u'\n';
    md += u"- "_s + tr("Repository: `%1`").arg(QDir::toNativeSeparators(repository)) + u'\n';
    md +=
        u"- "_s +
        (encrypted ? tr("Encrypted: yes") : tr("Encrypted: no (Secrets and the Helm release record were not stored)")) +
        u'\n';
    md += u"- "_s + tr("Succeeded: %1, failed: %2, skipped: %3").arg(succeeded).arg(failed).arg(skipped) + u"\n\n"_s;
    md += u"| "_s + tr("Release") + u" | "_s + tr("Tier") + u" | "_s + tr("Result") + u" | "_s + tr("Size") + u" | "_s +
          tr("Duration") + u" | "_s + tr("Backup") + u" | "_s + tr("Reason") + u" |\n"_s;
    md += u"|---|---|---|---|---|---|---|\n"_s;
    for (const BackupOutcome &o : outcomes) {
        md += u"| "_s + cell(o.releaseKey) + u" | "_s + (o.tier ? QString::number(*o.tier) : u"—"_s) + u" | "_s +
              outcomeText(o.result) + u" | "_s + (o.storedBytes >= 0 ? backupSizeText(o.storedBytes) : u"—"_s) +
              u" | "_s + durationText(o.durationMs) + u" | "_s +
              (o.backupId.isEmpty() ? u"—"_s : u'`' + o.backupId + u'`') + u" | "_s + cell(o.reason) + u" |\n"_s;
    }
    return md;
}

} // namespace chartroom::ui
