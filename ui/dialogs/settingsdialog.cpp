#include "settingsdialog.h"

#include "appsettings.h"

#include "backup/backuprepository.h"
#include "kube/toollocator.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace chartroom::ui {

SettingsDialog::SettingsDialog(AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_helmEdit(new QLineEdit(settings.helmPath()))
    , m_kubectlEdit(new QLineEdit(settings.kubectlPath()))
    , m_helmResolved(new QLabel)
    , m_kubectlResolved(new QLabel)
    , m_maxConcurrent(new QSpinBox)
    , m_maxPerCluster(new QSpinBox)
    , m_repositoryEdit(new QLineEdit)
    , m_repositoryStatus(new QLabel)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_helmEdit->setObjectName(QStringLiteral("helmPathEdit"));
    m_kubectlEdit->setObjectName(QStringLiteral("kubectlPathEdit"));
    m_helmResolved->setObjectName(QStringLiteral("helmResolvedLabel"));
    m_kubectlResolved->setObjectName(QStringLiteral("kubectlResolvedLabel"));
    m_repositoryEdit->setObjectName(QStringLiteral("repositoryEdit"));
    m_repositoryStatus->setObjectName(QStringLiteral("repositoryStatusLabel"));
    for (QLabel *label : {m_helmResolved, m_kubectlResolved, m_repositoryStatus}) {
        label->setForegroundRole(QPalette::PlaceholderText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }

    auto *tools = new QGroupBox(tr("Tools"));
    auto *toolsForm = new QFormLayout(tools);
    toolsForm->addRow(tr("&helm:"), pathRow(m_helmEdit, m_helmResolved, QStringLiteral("helm")));
    toolsForm->addRow(tr("&kubectl:"), pathRow(m_kubectlEdit, m_kubectlResolved, QStringLiteral("kubectl")));

    m_maxConcurrent->setObjectName(QStringLiteral("maxConcurrentSpin"));
    m_maxConcurrent->setRange(1, 32);
    m_maxConcurrent->setValue(settings.maxConcurrentJobs());
    m_maxConcurrent->setToolTip(tr("How many jobs may run at the same time"));
    m_maxPerCluster->setObjectName(QStringLiteral("maxPerClusterSpin"));
    m_maxPerCluster->setRange(1, 32);
    m_maxPerCluster->setValue(settings.maxJobsPerCluster());
    m_maxPerCluster->setToolTip(tr("How many jobs may run against one cluster at the same time"));

    auto *queue = new QGroupBox(tr("Job queue"));
    auto *queueForm = new QFormLayout(queue);
    queueForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    queueForm->addRow(tr("Jobs running at &once:"), m_maxConcurrent);
    queueForm->addRow(tr("Jobs per &cluster:"), m_maxPerCluster);

    // Only a non-default location is stored, so the default can follow XDG_DATA_HOME.
    const QString defaultRepository = backup::BackupRepository::defaultLocation();
    if (settings.backupRepository() != defaultRepository)
        m_repositoryEdit->setText(QDir::toNativeSeparators(settings.backupRepository()));
    m_repositoryEdit->setPlaceholderText(QDir::toNativeSeparators(defaultRepository));
    m_repositoryEdit->setClearButtonEnabled(true);
    m_repositoryEdit->setToolTip(tr("Where backups are written and read from; one repository can hold several clusters"));
    auto *browseRepository = new QToolButton;
    browseRepository->setObjectName(QStringLiteral("repositoryBrowseButton"));
    browseRepository->setText(tr("Browse…"));
    browseRepository->setToolTip(tr("Choose the backup repository folder"));
    connect(browseRepository, &QToolButton::clicked, this, [this] {
        const QString start = backupRepository();
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the backup repository"),
                                                                 QFileInfo::exists(start) ? start : QDir::homePath());
        if (!folder.isEmpty())
            m_repositoryEdit->setText(QDir::toNativeSeparators(folder));
    });
    auto *backups = new QGroupBox(tr("Backups"));
    auto *backupsForm = new QFormLayout(backups);
    backupsForm->addRow(tr("&Repository:"), fieldRow(m_repositoryEdit, browseRepository, m_repositoryStatus));

    // One label column for all groups, so the fields line up.
    int labelWidth = 0;
    for (QFormLayout *form : {toolsForm, queueForm, backupsForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                labelWidth = qMax(labelWidth, item->widget()->sizeHint().width());
    for (QFormLayout *form : {toolsForm, queueForm, backupsForm})
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole))
                item->widget()->setMinimumWidth(labelWidth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tools);
    layout->addWidget(queue);
    layout->addWidget(backups);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_helmEdit, &QLineEdit::textChanged, this,
            [this] { updateResolved(m_helmEdit, m_helmResolved, QStringLiteral("helm")); });
    connect(m_kubectlEdit, &QLineEdit::textChanged, this,
            [this] { updateResolved(m_kubectlEdit, m_kubectlResolved, QStringLiteral("kubectl")); });
    updateResolved(m_helmEdit, m_helmResolved, QStringLiteral("helm"));
    updateResolved(m_kubectlEdit, m_kubectlResolved, QStringLiteral("kubectl"));
    connect(m_repositoryEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateRepositoryStatus);
    updateRepositoryStatus();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 96), sizeHint().height());
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::pathRow(QLineEdit *edit, QLabel *resolved, const QString &tool)
{
    edit->setPlaceholderText(tr("Automatic"));
    edit->setClearButtonEnabled(true);
    auto *browse = new QToolButton;
    browse->setObjectName(tool + QStringLiteral("BrowseButton"));
    browse->setText(tr("Browse…"));
    browse->setToolTip(tr("Choose the %1 program").arg(tool));
    connect(browse, &QToolButton::clicked, this, [this, edit, tool] {
        const QString start = edit->text().isEmpty() ? QDir::homePath() : edit->text();
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose %1").arg(tool), start);
        if (!file.isEmpty())
            edit->setText(file);
    });
    return fieldRow(edit, browse, resolved);
}

QWidget *SettingsDialog::fieldRow(QLineEdit *edit, QToolButton *browse, QLabel *status)
{
    auto *row = new QWidget;
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->addWidget(edit, 1);
    line->addWidget(browse);
    column->addLayout(line);
    column->addWidget(status);
    return row;
}

void SettingsDialog::updateResolved(QLineEdit *edit, QLabel *label, const QString &tool)
{
    // A stat and a PATH lookup: cheap enough to run on every keystroke.
    const QString configured = edit->text().trimmed();
    const QString resolved = kube::ToolLocator::locate(tool, configured);
    if (resolved.isEmpty())
        label->setText(configured.isEmpty() ? tr("Not found on PATH or in the development tools folder")
                                            : tr("Not an executable file"));
    else
        label->setText(tr("Uses %1").arg(QDir::toNativeSeparators(resolved)));
}

QString SettingsDialog::backupRepository() const
{
    const QString typed = m_repositoryEdit->text().trimmed();
    return typed.isEmpty() ? backup::BackupRepository::defaultLocation() : QDir::cleanPath(QDir::fromNativeSeparators(typed));
}

void SettingsDialog::updateRepositoryStatus()
{
    // Two stats: cheap enough for every keystroke. Opening the repository is left to the reader thread.
    const QString path = backupRepository();
    if (!QDir::isAbsolutePath(path))
        m_repositoryStatus->setText(tr("Give an absolute path"));
    else if (backup::BackupRepository::exists(path))
        m_repositoryStatus->setText(tr("A Chartroom backup repository"));
    else if (QFileInfo(path).exists() && !QDir(path).isEmpty())
        m_repositoryStatus->setText(tr("Not a backup repository, and not empty: a new repository needs an empty folder"));
    else
        m_repositoryStatus->setText(tr("Not created yet: the first backup creates it"));
}

void SettingsDialog::accept()
{
    if (!QDir::isAbsolutePath(backupRepository())) {
        m_repositoryEdit->setFocus();
        return;
    }
    m_settings.setHelmPath(m_helmEdit->text().trimmed());
    m_settings.setKubectlPath(m_kubectlEdit->text().trimmed());
    m_settings.setMaxConcurrentJobs(m_maxConcurrent->value());
    m_settings.setMaxJobsPerCluster(m_maxPerCluster->value());
    m_settings.sync();
    QDialog::accept();
}

} // namespace chartroom::ui
