#include "upgradevaluespage.h"

#include "upgradesession.h"

#include "backup/backupformatting.h"
#include "details/yamlhighlighter.h"
#include "runtime.h"

#include "core/redactor.h"
#include "jobs/jobqueue.h"
#include "upgrade/upgradepreviewjob.h"
#include "upgrade/valuesflatten.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chartroom::ui {

using upgrade::ValuesMode;

namespace {

QPlainTextEdit *yamlText(const char *name, bool readOnly)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(QLatin1String(name));
    edit->setReadOnly(readOnly);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new YamlHighlighter(edit->document(), edit->palette());
    return edit;
}

} // namespace

UpgradeValuesPage::UpgradeValuesPage(UpgradeSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_status(new QLabel)
    , m_mode(new QComboBox)
    , m_explanation(new QLabel)
    , m_tabs(new QTabWidget)
    , m_user(yamlText("userValuesText", true))
    , m_defaults(new QTreeWidget)
    , m_proposed(yamlText("proposedValuesText", true))
    , m_editor(yamlText("valuesEditor", false))
    , m_validation(new QLabel)
{
    setObjectName(QStringLiteral("valuesPage"));
    setTitle(tr("Values"));
    setSubTitle(tr("How the release's values meet the new chart's defaults. Secrets are shown masked."));
    m_status->setObjectName(QStringLiteral("valuesStatusLabel"));
    m_status->setWordWrap(true);
    m_mode->setObjectName(QStringLiteral("valuesModeCombo"));
    m_mode->addItem(tr("Your values over the new defaults (--reset-then-reuse-values)"), int(ValuesMode::ResetThenReuseValues));
    m_mode->addItem(tr("The deployed values as they are (--reuse-values)"), int(ValuesMode::ReuseValues));
    m_mode->addItem(tr("An edited values file over the new defaults (--reset-values -f)"), int(ValuesMode::ValuesFile));
    m_explanation->setObjectName(QStringLiteral("valuesExplanationLabel"));
    m_explanation->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("valuesTabs"));
    m_defaults->setObjectName(QStringLiteral("changedDefaultsTree"));
    m_defaults->setRootIsDecorated(false);
    m_defaults->setHeaderLabels({tr("Value"), tr("Deployed (old default)"), tr("New default")});
    m_defaults->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_validation->setObjectName(QStringLiteral("valuesValidationLabel"));
    m_validation->setWordWrap(true);
    auto *editTab = new QWidget;
    auto *editLayout = new QVBoxLayout(editTab);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addWidget(m_editor, 1);
    editLayout->addWidget(m_validation);
    m_tabs->addTab(m_user, tr("Your Values"));
    m_tabs->addTab(m_defaults, tr("Defaults: Old → New"));
    m_tabs->addTab(m_proposed, tr("Proposed Values"));
    m_tabs->addTab(editTab, tr("Edit Values"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_mode);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_explanation);
    layout->addWidget(m_tabs, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = ValuesMode(m_mode->currentData().toInt());
        m_session.request.valuesMode = mode;
        if (mode == ValuesMode::ValuesFile) {
            if (m_editor->toPlainText().isEmpty() && m_session.preview)
                m_editor->setPlainText(m_session.preview->userValuesYaml());
            m_tabs->setCurrentIndex(EditTab);
        }
        showValues();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &UpgradeValuesPage::showValues);
}

UpgradeValuesPage::~UpgradeValuesPage() = default;

void UpgradeValuesPage::initializePage()
{
    const QVersionNumber helm = upgrade::parseHelmVersion(m_session.runtime.clusterTools().helmVersion);
    const int resetIndex = m_mode->findData(int(ValuesMode::ResetThenReuseValues));
    const bool canReset = upgrade::valuesModeSupported(ValuesMode::ResetThenReuseValues, helm);
    if (!canReset && m_session.request.valuesMode == ValuesMode::ResetThenReuseValues)
        m_session.request.valuesMode = ValuesMode::ReuseValues;
    m_mode->setItemData(resetIndex, canReset ? QVariant() : QVariant(0), Qt::UserRole - 1); // disabled without the flag
    m_mode->setCurrentIndex(m_mode->findData(int(m_session.request.valuesMode)));
    if (m_session.previewInputs)
        return showValues();
    gather();
}

void UpgradeValuesPage::cleanupPage()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void UpgradeValuesPage::gather()
{
    upgrade::UpgradeRequest request = m_session.request;
    if (request.valuesMode == ValuesMode::ValuesFile) // nothing written yet: gather as helm would reuse
        request.valuesMode = upgrade::defaultValuesMode(upgrade::parseHelmVersion(m_session.runtime.clusterTools().helmVersion));
    auto job = std::make_unique<upgrade::UpgradePreviewJob>(m_session.runtime.clusterTools(), request);
    auto *raw = job.get();
    m_status->setText(tr("Reading the values of %1 and the defaults of %2…")
                          .arg(request.release.name, request.source.displayName()));
    m_session.runtime.queue().enqueue(std::move(job), jobs::JobOptions{0, request.release.context});
    m_job = raw;
    connect(raw, &jobs::Job::finished, this, [this, raw, request] {
        if (raw != m_job)
            return;
        if (!raw->preview()) {
            m_status->setText(tr("The values cannot be read: %1").arg(raw->errorString()));
            m_status->setStyleSheet(QStringLiteral("color: %1;").arg(backupErrorColor().name()));
            return;
        }
        m_status->setStyleSheet(QString());
        m_session.previewInputs = raw->inputs();
        m_session.previewRequest = request;
        m_session.preview = raw->preview();
        m_session.dryRunError = raw->dryRunError();
        if (m_editor->toPlainText().isEmpty())
            m_editor->setPlainText(m_session.preview->userValuesYaml());
        showValues();
    });
    Q_EMIT completeChanged();
}

void UpgradeValuesPage::showValues()
{
    const auto mode = ValuesMode(m_mode->currentData().toInt());
    m_explanation->setText(upgrade::valuesModeExplanation(mode));
    m_editor->setReadOnly(mode != ValuesMode::ValuesFile);
    if (!m_session.previewInputs) {
        Q_EMIT completeChanged();
        return;
    }
    upgrade::UpgradePreview::Inputs inputs = *m_session.previewInputs;
    inputs.mode = mode;
    inputs.valuesFile = m_editor->toPlainText().toUtf8();
    inputs.currentManifest.clear(); // only the values are shown here: no manifest diff on every key press
    inputs.newManifest.clear();
    const upgrade::UpgradePreview values = upgrade::UpgradePreview::build(inputs);
    m_status->setText(tr("%1 is at revision %2 (%3).")
                          .arg(m_session.request.release.name)
                          .arg(values.currentRevision())
                          .arg(values.currentStatus()));
    m_user->setPlainText(values.userValuesYaml().isEmpty() ? tr("# no user-supplied values") : values.userValuesYaml());
    m_proposed->setPlainText(values.proposedValuesYaml());
    m_defaults->clear();
    for (const upgrade::DefaultsChange &change : values.changedDefaults()) {
        auto *item = new QTreeWidgetItem(m_defaults);
        item->setText(0, change.path);
        item->setText(1, change.oldValue.isEmpty() ? tr("(new)") : change.oldValue);
        item->setText(2, change.newValue.isEmpty() ? tr("(removed)") : change.newValue);
        if (mode == ValuesMode::ReuseValues)
            item->setToolTip(2, tr("--reuse-values keeps the old value: this new default is not applied"));
    }
    m_tabs->setTabText(DefaultsTab, tr("Defaults: Old → New (%1)").arg(values.changedDefaults().size()));
    validateEditor();
}

void UpgradeValuesPage::validateEditor()
{
    m_editorProblem.clear();
    if (ValuesMode(m_mode->currentData().toInt()) == ValuesMode::ValuesFile) {
        const QString text = m_editor->toPlainText();
        const Result<upgrade::FlatValues> parsed = upgrade::flattenValues(text.toUtf8());
        if (!parsed)
            m_editorProblem = tr("Not valid YAML: %1").arg(parsed.error().message);
        else if (text.contains(Redactor::Mask))
            m_editorProblem = tr("Replace each masked value (%1) with the real one: helm gets this file as it is.").arg(Redactor::Mask);
        m_validation->setText(m_editorProblem.isEmpty() ? tr("Valid YAML: %n value(s).", nullptr, int(parsed ? parsed->size() : 0))
                                                        : m_editorProblem);
        m_validation->setStyleSheet(m_editorProblem.isEmpty() ? QString()
                                                              : QStringLiteral("color: %1;").arg(backupErrorColor().name()));
    } else {
        m_validation->setText(tr("Choose “An edited values file” to edit the values helm gets."));
        m_validation->setStyleSheet(QString());
    }
    Q_EMIT completeChanged();
}

bool UpgradeValuesPage::isComplete() const
{
    return m_session.previewInputs.has_value() && m_editorProblem.isEmpty();
}

bool UpgradeValuesPage::validatePage()
{
    m_session.request.valuesMode = ValuesMode(m_mode->currentData().toInt());
    m_session.editedValues = m_session.request.valuesMode == ValuesMode::ValuesFile ? m_editor->toPlainText() : QString();
    return true;
}

} // namespace chartroom::ui
