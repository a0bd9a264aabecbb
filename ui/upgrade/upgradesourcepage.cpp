#include "upgradesourcepage.h"

#include "upgradesession.h"

#include "runtime.h"

#include "jobs/jobqueue.h"
#include "upgrade/chartversion.h"
#include "upgrade/chartversionsjob.h"
#include "upgrade/releasesourcestore.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace chartroom::ui {

using upgrade::ChartSource;

UpgradeSourcePage::UpgradeSourcePage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_repositoryRadio(new QRadioButton(tr("A &Helm repository")))
    , m_ociRadio(new QRadioButton(tr("An &OCI registry")))
    , m_localRadio(new QRadioButton(tr("A &local chart directory or archive")))
    , m_repositoryChart(new QLineEdit)
    , m_findVersions(new QPushButton(tr("&Find Versions")))
    , m_ociReference(new QLineEdit)
    , m_localPath(new QLineEdit)
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_version(new QComboBox)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("sourcePage"));
    setTitle(tr("New Version"));
    setSubTitle(tr("Where the new chart comes from. Helm does not record it: Chartroom remembers it once an upgrade succeeded."));
    m_repositoryRadio->setObjectName(QStringLiteral("sourceRepositoryRadio"));
    m_ociRadio->setObjectName(QStringLiteral("sourceOciRadio"));
    m_localRadio->setObjectName(QStringLiteral("sourceLocalRadio"));
    m_repositoryChart->setObjectName(QStringLiteral("repositoryChartEdit"));
    m_repositoryChart->setPlaceholderText(tr("REPOSITORY/CHART, e.g. sb-charts/memcached"));
    m_findVersions->setObjectName(QStringLiteral("findVersionsButton"));
    m_ociReference->setObjectName(QStringLiteral("ociReferenceEdit"));
    m_ociReference->setPlaceholderText(QStringLiteral("oci://registry.example.com/charts/memcached"));
    m_localPath->setObjectName(QStringLiteral("localChartEdit"));
    m_localPath->setPlaceholderText(tr("A chart directory or a .tgz archive"));
    m_browse->setObjectName(QStringLiteral("browseChartButton"));
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->setEditable(true);
    m_version->setInsertPolicy(QComboBox::NoInsert);
    m_version->lineEdit()->setPlaceholderText(tr("the newest"));
    m_note->setObjectName(QStringLiteral("sourceNoteLabel"));
    m_note->setWordWrap(true);

    auto *group = new QButtonGroup(this);
    for (QRadioButton *radio : {m_repositoryRadio, m_ociRadio, m_localRadio})
        group->addButton(radio);
    m_repositoryRadio->setChecked(true);

    auto *repositoryRow = new QHBoxLayout;
    repositoryRow->addWidget(m_repositoryChart, 1);
    repositoryRow->addWidget(m_findVersions);
    auto *localRow = new QHBoxLayout;
    localRow->addWidget(m_localPath, 1);
    localRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_repositoryRadio);
    form->addRow(tr("Chart:"), repositoryRow);
    form->addRow(m_ociRadio);
    form->addRow(tr("Reference:"), m_ociReference);
    form->addRow(m_localRadio);
    form->addRow(tr("Path:"), localRow);
    form->addRow(tr("&Version:"), m_version);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);

    for (QRadioButton *radio : {m_repositoryRadio, m_ociRadio, m_localRadio})
        connect(radio, &QRadioButton::toggled, this, &UpgradeSourcePage::updateFields);
    for (QLineEdit *edit : {m_repositoryChart, m_ociReference, m_localPath})
        connect(edit, &QLineEdit::textChanged, this, &UpgradeSourcePage::completeChanged);
    connect(m_findVersions, &QPushButton::clicked, this, &UpgradeSourcePage::findVersions);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Chart Directory"), m_localPath->text());
        if (!dir.isEmpty())
            m_localPath->setText(QDir::toNativeSeparators(dir));
    });
    connect(&m_watcher, &QFutureWatcher<std::optional<ChartSource>>::finished, this, [this] {
        const std::optional<ChartSource> remembered = m_watcher.result();
        m_session.rememberedSource = remembered;
        if (remembered) {
            fill(*remembered);
            m_note->setText(tr("Last upgraded from %1.").arg(remembered->displayName()));
        } else {
            m_note->setText(tr("Chartroom does not know yet where %1's chart comes from.").arg(m_session.release->name));
        }
    });
    updateFields();
}

UpgradeSourcePage::~UpgradeSourcePage() = default;

void UpgradeSourcePage::initializePage()
{
    const QString key = m_session.release->key();
    if (key == m_loadedFor)
        return;
    m_loadedFor = key;
    m_note->setText(tr("Looking up where %1's chart came from…").arg(m_session.release->name));
    // The store is a file: read it off the UI thread.
    m_watcher.setFuture(QtConcurrent::run([key]() -> std::optional<ChartSource> {
        upgrade::ReleaseSourceStore store(upgrade::ReleaseSourceStore::defaultPath());
        if (!store.load())
            return std::nullopt;
        return store.source(key);
    }));
}

void UpgradeSourcePage::cleanupPage()
{
    if (m_search && !m_search->isFinished())
        m_search->cancel();
}

void UpgradeSourcePage::fill(const ChartSource &source)
{
    switch (source.kind) {
    case ChartSource::Kind::Repository:
        m_repositoryRadio->setChecked(true);
        m_repositoryChart->setText(source.repository + u'/' + source.chart);
        break;
    case ChartSource::Kind::Oci:
        m_ociRadio->setChecked(true);
        m_ociReference->setText(source.reference);
        break;
    case ChartSource::Kind::Local:
        m_localRadio->setChecked(true);
        m_localPath->setText(QDir::toNativeSeparators(source.reference));
        break;
    }
    m_version->setEditText(QString()); // the newest unless the user picks one
}

void UpgradeSourcePage::updateFields()
{
    m_repositoryChart->setEnabled(m_repositoryRadio->isChecked());
    m_findVersions->setEnabled(m_repositoryRadio->isChecked());
    m_ociReference->setEnabled(m_ociRadio->isChecked());
    m_localPath->setEnabled(m_localRadio->isChecked());
    m_browse->setEnabled(m_localRadio->isChecked());
    m_version->setEnabled(!m_localRadio->isChecked());
    Q_EMIT completeChanged();
}

void UpgradeSourcePage::findVersions()
{
    const std::optional<ChartSource> chosen = source();
    if (!chosen || chosen->kind != ChartSource::Kind::Repository)
        return;
    const QString repoChart = chosen->repository + u'/' + chosen->chart;
    auto job = std::make_unique<upgrade::ChartVersionsJob>(m_session.runtime.clusterTools(), *chosen);
    auto *raw = job.get();
    m_findVersions->setEnabled(false);
    m_note->setText(tr("Asking helm which versions %1 offers…").arg(repoChart));
    m_session.runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, m_session.release->context});
    m_search = raw;
    connect(raw, &jobs::Job::finished, this, [this, raw, repoChart] {
        m_findVersions->setEnabled(m_repositoryRadio->isChecked());
        if (raw != m_search)
            return;
        if (raw->state() != jobs::JobState::Succeeded) {
            m_note->setText(tr("The versions of %1 could not be listed: %2").arg(repoChart, raw->errorString()));
            return;
        }
        const QString current = m_session.release->chartVersion;
        m_version->clear();
        for (const upgrade::ChartVersionEntry &entry : raw->versions()) {
            const int order = upgrade::compareChartVersions(entry.version, current);
            const QString mark = order > 0 ? tr("newer") : (order == 0 ? tr("deployed") : tr("older"));
            m_version->addItem(tr("%1 (app %2, %3)").arg(entry.version, entry.appVersion, mark), entry.version);
        }
        const auto newest = raw->upgradeAvailable(current);
        m_note->setText(newest ? tr("%1 %2 is newer than the deployed %3.").arg(repoChart, newest->version, current)
                               : tr("No version of %1 is newer than the deployed %2.").arg(repoChart, current));
        if (newest)
            m_version->setCurrentIndex(m_version->findData(newest->version));
    });
}

std::optional<ChartSource> UpgradeSourcePage::source() const
{
    QString reference;
    if (m_repositoryRadio->isChecked())
        reference = m_repositoryChart->text().trimmed();
    else if (m_ociRadio->isChecked())
        reference = m_ociReference->text().trimmed();
    else
        reference = QDir::fromNativeSeparators(m_localPath->text().trimmed());
    if (reference.isEmpty())
        return std::nullopt;
    if (m_localRadio->isChecked() && !reference.startsWith(u'/') && !reference.startsWith(u'.'))
        reference = QDir::current().absoluteFilePath(reference);
    std::optional<ChartSource> parsed = ChartSource::fromReference(reference);
    if (!parsed)
        return std::nullopt;
    const bool kindMatches = (m_repositoryRadio->isChecked() && parsed->kind == ChartSource::Kind::Repository) ||
                             (m_ociRadio->isChecked() && parsed->kind == ChartSource::Kind::Oci) ||
                             (m_localRadio->isChecked() && parsed->kind == ChartSource::Kind::Local);
    if (!kindMatches)
        return std::nullopt;
    if (parsed->kind == ChartSource::Kind::Repository && m_session.rememberedSource &&
        m_session.rememberedSource->repository == parsed->repository)
        parsed->repositoryUrl = m_session.rememberedSource->repositoryUrl;
    if (parsed->kind != ChartSource::Kind::Local) {
        const int index = m_version->findText(m_version->currentText());
        parsed->version = index >= 0 ? m_version->itemData(index).toString() : m_version->currentText().trimmed();
    }
    return parsed;
}

bool UpgradeSourcePage::isComplete() const
{
    return source().has_value();
}

bool UpgradeSourcePage::validatePage()
{
    const std::optional<ChartSource> chosen = source();
    if (!chosen)
        return false;
    if (!(*chosen == m_session.request.source)) {
        m_session.request.source = *chosen;
        m_session.preview.reset();
        m_session.previewInputs.reset();
    }
    return true;
}

} // namespace chartroom::ui
