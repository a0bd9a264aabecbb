#include "releasedetailsloader.h"

#include "core/redactor.h"
#include "jobs/jobqueue.h"
#include "jobs/processjob.h"
#include "kube/parsers/toolerror.h"

namespace chartroom::inventory {

namespace {

constexpr int DetailPriority = 80; // the user is waiting for it
constexpr int HistoryPart = -1;

QString failureText(jobs::ProcessJob *job)
{
    const QString message = kube::toolErrorMessage(job->stderrTail().join(QLatin1Char('\n')));
    return message.isEmpty() ? job->errorString() : message;
}

} // namespace

ReleaseDetailsLoader::ReleaseDetailsLoader(jobs::JobQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
{
    qRegisterMetaType<QList<kube::HelmRevision>>();
}

QString ReleaseDetailsLoader::cacheKey(const QString &releaseKey, int part, int revision)
{
    return releaseKey + QLatin1Char('#') + QString::number(part) + QLatin1Char('@') + QString::number(revision);
}

void ReleaseDetailsLoader::invalidate(const QString &releaseKey)
{
    const QString prefix = releaseKey + QLatin1Char('#');
    m_texts.removeIf([&prefix](const auto &it) { return it.key().startsWith(prefix); });
    m_histories.remove(releaseKey);
}

void ReleaseDetailsLoader::requestPart(const Release &release, Part part, int revision)
{
    const QString releaseKey = release.key();
    const int partId = static_cast<int>(part);
    const QString key = cacheKey(releaseKey, partId, revision);
    if (const auto it = m_texts.constFind(key); it != m_texts.cend()) {
        Q_EMIT partLoaded(releaseKey, partId, revision, *it);
        return;
    }
    if (!m_tools) {
        Q_EMIT partFailed(releaseKey, partId, revision, tr("helm has not been found yet"));
        return;
    }
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    static const QHash<int, const char *> titles{
        {static_cast<int>(Part::UserValues), QT_TR_NOOP("Get values of %1")},
        {static_cast<int>(Part::ComputedValues), QT_TR_NOOP("Get computed values of %1")},
        {static_cast<int>(Part::Manifest), QT_TR_NOOP("Get manifest of %1")},
        {static_cast<int>(Part::Notes), QT_TR_NOOP("Get notes of %1")},
    };
    auto job = std::make_unique<jobs::ProcessJob>(
        tr(titles.value(partId)).arg(release.name),
        m_tools->getReleasePart(release.context, release.namespaceName, release.name, part, revision));
    job->setCaptureStdout(true, 256LL * 1024 * 1024);
    job->setShowStdout(false);
    job->setTimeout(std::chrono::seconds(60));
    jobs::Job *raw = m_queue->enqueue(std::move(job), {DetailPriority, release.context});
    connect(raw, &jobs::Job::finished, this, [this, raw, releaseKey, partId, revision, key, part] {
        m_pending.remove(key);
        auto *process = static_cast<jobs::ProcessJob *>(raw);
        if (raw->state() != jobs::JobState::Succeeded) {
            Q_EMIT partFailed(releaseKey, partId, revision, failureText(process));
            return;
        }
        const QString text = QString::fromUtf8(process->capturedStdout());
        const QString redacted = part == Part::Manifest ? Redactor::shared().redactManifest(text)
                                                        : Redactor::shared().redactText(text);
        m_texts.insert(key, redacted);
        Q_EMIT partLoaded(releaseKey, partId, revision, redacted);
    });
}

void ReleaseDetailsLoader::requestHistory(const Release &release)
{
    const QString releaseKey = release.key();
    if (const auto it = m_histories.constFind(releaseKey); it != m_histories.cend()) {
        Q_EMIT historyLoaded(releaseKey, *it);
        return;
    }
    if (!m_tools) {
        Q_EMIT historyFailed(releaseKey, tr("helm has not been found yet"));
        return;
    }
    const QString key = cacheKey(releaseKey, HistoryPart, 0);
    if (m_pending.contains(key))
        return;
    m_pending.insert(key);
    auto job = std::make_unique<jobs::ProcessJob>(tr("Get history of %1").arg(release.name),
                                                  m_tools->releaseHistory(release.context, release.namespaceName, release.name));
    job->setCaptureStdout(true, 64 * 1024 * 1024);
    job->setShowStdout(false);
    job->setTimeout(std::chrono::seconds(60));
    jobs::Job *raw = m_queue->enqueue(std::move(job), {DetailPriority, release.context});
    connect(raw, &jobs::Job::finished, this, [this, raw, releaseKey, key] {
        m_pending.remove(key);
        auto *process = static_cast<jobs::ProcessJob *>(raw);
        if (raw->state() != jobs::JobState::Succeeded) {
            Q_EMIT historyFailed(releaseKey, failureText(process));
            return;
        }
        const auto revisions = kube::parseHelmHistory(process->capturedStdout());
        if (!revisions) {
            Q_EMIT historyFailed(releaseKey, revisions.error().toString());
            return;
        }
        m_histories.insert(releaseKey, *revisions);
        Q_EMIT historyLoaded(releaseKey, *revisions);
    });
}

} // namespace chartroom::inventory
