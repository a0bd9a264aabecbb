#include "backup/restorereleasejob.h"

#include "artifact/decompressingsource.h"
#include "jobs/processjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace chartroom::backup {

namespace {

/// Hands a buffer to the decompressor, which reads from a pipeline stage.
class BufferSource final : public artifact::detail::StageSource
{
public:
    explicit BufferSource(QByteArray data) : m_data(std::move(data)) {}
    qint64 read(char *buffer, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_pos);
        std::copy_n(m_data.constData() + m_pos, n, buffer);
        m_pos += n;
        return n;
    }

private:
    const QByteArray m_data;
    qint64 m_pos = 0;
};

Result<QByteArray> gunzip(const QByteArray &data)
{
    BufferSource source(data);
    artifact::detail::DecompressingSource decompress(&source, artifact::Compression::Gzip, u"helm-release"_s);
    QByteArray out;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = decompress.read(buffer.data(), buffer.size());
        if (n < 0)
            return decompress.error();
        if (n == 0)
            return out;
        out.append(buffer.constData(), n);
    }
}

Error recordError(const QString &message)
{
    return makeError(u"restore.bad-release-record"_s, message);
}

/// A chart file's path, refused when it would leave the chart directory.
bool safeRelativePath(const QString &name)
{
    return !name.isEmpty() && !QDir::isAbsolutePath(name) && !name.split(u'/').contains(u".."_s);
}

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(u"restore.io"_s, QObject::tr("Cannot create the directory of %1").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(u"restore.io"_s, QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size())
        return makeError(u"restore.io"_s, QObject::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> writeFiles(const QJsonArray &files, const QString &chartDir)
{
    for (const QJsonValue &value : files) {
        const QString name = value.toObject().value(u"name"_s).toString();
        if (!safeRelativePath(name))
            return recordError(QObject::tr("The chart holds a file with an unsafe name: “%1”").arg(name));
        const QByteArray data = QByteArray::fromBase64(value.toObject().value(u"data"_s).toString().toLatin1());
        if (auto written = writeFile(chartDir + u'/' + name, data); !written)
            return written.error();
    }
    return {};
}

} // namespace

RestoreReleaseJob::RestoreReleaseJob(QString title, ClusterTools tools, QString context, QString namespaceName,
                                     QString release, ArtifactInput input, QObject *parent)
    : RestoreStepJob(std::move(title), std::move(tools), parent)
    , m_context(std::move(context))
    , m_namespace(std::move(namespaceName))
    , m_release(std::move(release))
    , m_input(std::move(input))
{
}

RestoreReleaseJob::~RestoreReleaseJob() = default;

CommandLine RestoreReleaseJob::installCommand(const ClusterTools &tools, const QString &context, const QString &namespaceName,
                                              const QString &release, const QString &chartDir, const QString &valuesFile)
{
    return CommandLine(tools.commands.helm(), {u"upgrade"_s, u"--install"_s, release, chartDir, u"--namespace"_s, namespaceName,
                                               u"--kube-context"_s, context, u"--create-namespace"_s, u"-f"_s, valuesFile});
}

Result<RestoreReleaseJob::Chart> RestoreReleaseJob::writeChart(const QByteArray &secretJson, const QString &chartDir,
                                                               const QString &valuesFile)
{
    const QJsonObject secret = QJsonDocument::fromJson(secretJson).object();
    const QString encoded = secret.value(u"data"_s).toObject().value(u"release"_s).toString();
    if (encoded.isEmpty())
        return recordError(QObject::tr("The backup's Helm record holds no release."));
    // The Secret's own base64, then Helm's base64 of the gzipped JSON.
    QByteArray data = QByteArray::fromBase64(QByteArray::fromBase64(encoded.toLatin1()));
    if (data.startsWith("\x1f\x8b")) {
        auto unpacked = gunzip(data);
        if (!unpacked)
            return recordError(QObject::tr("The backup's Helm record cannot be decompressed: %1").arg(unpacked.error().message));
        data = unpacked.value();
    }
    QJsonParseError parseError;
    const QJsonObject release = QJsonDocument::fromJson(data, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || release.isEmpty())
        return recordError(QObject::tr("The backup's Helm record is not a release: %1").arg(parseError.errorString()));
    const QJsonObject chart = release.value(u"chart"_s).toObject();
    const QJsonObject metadata = chart.value(u"metadata"_s).toObject();
    if (metadata.value(u"name"_s).toString().isEmpty())
        return recordError(QObject::tr("The backup's Helm record holds no chart."));
    if (!metadata.value(u"dependencies"_s).toArray().isEmpty())
        return recordError(QObject::tr("Chart %1 has dependencies, and Helm does not keep subcharts in its release record.")
                               .arg(metadata.value(u"name"_s).toString()));

    for (const auto &[name, content] :
         {std::pair{u"Chart.yaml"_s, QJsonDocument(metadata).toJson()},
          std::pair{u"values.yaml"_s, QJsonDocument(chart.value(u"values"_s).toObject()).toJson()}}) {
        if (auto written = writeFile(chartDir + u'/' + name, content); !written)
            return written.error();
    }
    if (const QString schema = chart.value(u"schema"_s).toString(); !schema.isEmpty())
        if (auto written = writeFile(chartDir + u"/values.schema.json"_s, QByteArray::fromBase64(schema.toLatin1())); !written)
            return written.error();
    if (auto written = writeFiles(chart.value(u"templates"_s).toArray(), chartDir); !written)
        return written.error();
    if (auto written = writeFiles(chart.value(u"files"_s).toArray(), chartDir); !written)
        return written.error();
    if (auto written = writeFile(valuesFile, QJsonDocument(release.value(u"config"_s).toObject()).toJson()); !written)
        return written.error();
    return Chart{metadata.value(u"name"_s).toString(), metadata.value(u"version"_s).toString(), release.value(u"name"_s).toString(),
                 release.value(u"config"_s).toObject().value(u"fullnameOverride"_s).toString()};
}

void RestoreReleaseJob::doStart()
{
    artifact::ArtifactReader reader(m_input.path, m_input.options);
    QByteArray content;
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = reader.read(buffer.data(), buffer.size());
        if (n < 0) {
            finishFailed(jobs::JobError::SourceFailed, tr("The Helm release record cannot be read: %1").arg(reader.errorString()));
            return;
        }
        if (n == 0)
            break;
        content.append(buffer.constData(), n);
    }
    m_workDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/chartroom-restore-XXXXXX"_s);
    if (!m_workDir->isValid()) {
        finishFailed(jobs::JobError::Internal, tr("No temporary directory for the chart: %1").arg(m_workDir->errorString()));
        return;
    }
    const QString chartDir = m_workDir->filePath(u"chart"_s);
    const QString valuesFile = m_workDir->filePath(u"values.json"_s);
    auto chart = writeChart(content, chartDir, valuesFile);
    content.fill('\0');
    if (!chart) {
        finishFailed(jobs::JobError::ParseFailed, chart.error().message);
        return;
    }
    if (chart->release != m_release && !chart->fullnameOverride.isEmpty()) {
        m_workDir.reset();
        finishFailed(jobs::JobError::SourceFailed,
                     tr("The backed-up values of %1 set fullnameOverride=%2: installed as %3, the chart would create objects "
                        "with the same names as %1's. Restore under the original name (into another namespace), or install %3 "
                        "yourself without the override and restore into it.")
                         .arg(chart->release, chart->fullnameOverride, m_release));
        return;
    }
    emitOutput(jobs::OutputChannel::Info, tr("Chart %1 %2 rebuilt from the backup's Helm record").arg(chart->name, chart->version));
    runProcess(title(), installCommand(m_tools, m_context, m_namespace, m_release, chartDir, valuesFile), {},
               [this](jobs::ProcessJob &process) {
                   m_workDir.reset(); // the values may hold secrets: gone as soon as helm is done
                   if (process.state() == jobs::JobState::Succeeded)
                       finishSucceeded();
                   else
                       failWith(process);
               });
}

} // namespace chartroom::backup
