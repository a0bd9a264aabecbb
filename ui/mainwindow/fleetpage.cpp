#include "fleetpage.h"

#include "runtime.h"

#include "fleet/fleetworkspace.h"
#include "kube/toolinfo.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStackedLayout>
#include <QStyle>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

QLabel *selectableLabel()
{
    auto *label = new QLabel;
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

} // namespace

FleetPage::FleetPage(Runtime &runtime, QWidget *parent)
    : QWidget(parent)
    , m_runtime(runtime)
    , m_helmIcon(new QLabel)
    , m_helmText(selectableLabel())
    , m_kubectlIcon(new QLabel)
    , m_kubectlText(selectableLabel())
    , m_kubeconfigText(selectableLabel())
    , m_checkButton(new QPushButton(tr("Check &Tools")))
    , m_workspace(new FleetWorkspace(runtime))
    , m_stack(new QStackedLayout(this))
{
    setObjectName(QStringLiteral("fleetPage"));

    auto *logo = new QLabel;
    logo->setPixmap(QIcon(QStringLiteral(":/icons/chartroom.svg")).pixmap(64, 64));
    logo->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(tr("Your fleet will appear here"));
    heading->setObjectName(QStringLiteral("fleetHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto *intro = new QLabel(
        tr("Chartroom lists the Helm releases on your clusters, grouped by disaster-recovery tier "
           "with their RTO and RPO status. It reads them with helm and kubectl: once both are found, "
           "your fleet appears here. The job queue below records every helm and kubectl command."));
    intro->setObjectName(QStringLiteral("fleetIntro"));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto *toolsBox = new QGroupBox(tr("Tools"));
    toolsBox->setObjectName(QStringLiteral("toolsGroup"));
    auto *form = new QFormLayout(toolsBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    const auto toolRow = [](QLabel *icon, QLabel *text) {
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        icon->setFixedSize(16, 16);
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        return row;
    };
    m_helmText->setObjectName(QStringLiteral("helmStatus"));
    m_kubectlText->setObjectName(QStringLiteral("kubectlStatus"));
    m_kubeconfigText->setObjectName(QStringLiteral("kubeconfigStatus"));
    form->addRow(tr("helm:"), toolRow(m_helmIcon, m_helmText));
    form->addRow(tr("kubectl:"), toolRow(m_kubectlIcon, m_kubectlText));
    form->addRow(tr("Kubeconfig:"), m_kubeconfigText);

    m_checkButton->setObjectName(QStringLiteral("checkToolsButton"));
    m_checkButton->setToolTip(tr("Find helm and kubectl again and ask each for its version"));
    connect(m_checkButton, &QPushButton::clicked, this, &FleetPage::checkToolsRequested);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch();
    buttonRow->addWidget(m_checkButton);
    form->addRow(buttonRow);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addStretch(2);
    column->addWidget(logo);
    column->addWidget(heading);
    column->addWidget(intro);
    column->addSpacing(8);
    column->addWidget(toolsBox);
    column->addStretch(3);

    // Keep the text at a readable measure on wide windows.
    auto *holder = new QWidget;
    holder->setLayout(column);
    holder->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto *emptyState = new QWidget;
    emptyState->setObjectName(QStringLiteral("fleetEmptyState"));
    auto *outer = new QHBoxLayout(emptyState);
    outer->addStretch();
    outer->addWidget(holder, 10);
    outer->addStretch();
    m_stack->addWidget(emptyState);
    m_stack->addWidget(m_workspace);
    connect(m_workspace, &FleetWorkspace::fleetShown, this, &FleetPage::refresh);
    m_workspace->start();

    connect(&m_runtime.tools(), &kube::ToolProbe::finished, this, &FleetPage::refresh);
    // Each tool's result is in place once its version job has finished; show it without waiting
    // for the other tool.
    connect(&m_runtime.queue(), &jobs::JobQueue::jobFinished, this, &FleetPage::refresh);
    refresh();
}

FleetPage::~FleetPage() = default;

QStringList FleetPage::kubeconfigPaths()
{
    const QString variable = qEnvironmentVariable("KUBECONFIG");
    if (!variable.isEmpty())
        return variable.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return {QDir::homePath() + QStringLiteral("/.kube/config")};
}

void FleetPage::refresh()
{
    setToolRow(m_helmIcon, m_helmText, QStringLiteral("helm"));
    setToolRow(m_kubectlIcon, m_kubectlText, QStringLiteral("kubectl"));
    m_checkButton->setEnabled(!m_runtime.tools().isRunning());

    QStringList lines;
    for (const QString &path : kubeconfigPaths()) {
        const QString shown = QDir::toNativeSeparators(path);
        lines << (QFileInfo::exists(path) ? shown : tr("%1 (does not exist yet)").arg(shown));
    }
    if (qEnvironmentVariableIsSet("KUBECONFIG"))
        lines << tr("from the KUBECONFIG environment variable");
    m_kubeconfigText->setText(lines.join(QLatin1Char('\n')));

    // The empty state stays only while there is neither a fleet to show nor tools to scan one.
    const kube::ToolProbe &probe = m_runtime.tools();
    const bool usable = probe.helm().isUsable() && probe.kubectl().isUsable();
    m_stack->setCurrentWidget(m_workspace->hasFleet() || usable ? static_cast<QWidget *>(m_workspace)
                                                                 : m_stack->widget(0));
}

void FleetPage::setToolRow(QLabel *icon, QLabel *text, const QString &toolName)
{
    const kube::ToolProbe &probe = m_runtime.tools();
    const kube::ToolInfo &info = toolName == QLatin1String("helm") ? probe.helm() : probe.kubectl();
    // A tool is pending while its own version check runs; the other may be done already.
    const bool pending = probe.isRunning() && info.version.isNull() && info.error.isEmpty();
    if (pending) {
        icon->clear();
        text->setText(tr("Checking…"));
        text->setToolTip({});
        return;
    }
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString message;
    if (info.name.isEmpty()) {
        message = tr("Not checked yet");
    } else if (info.isUsable()) {
        pixmap = QStyle::SP_DialogApplyButton;
        message = tr("kubectl %1 — %2").arg(info.version.toString(), QDir::toNativeSeparators(info.path));
        if (toolName == QLatin1String("helm"))
            message = tr("helm %1 (major version %2) — %3")
                          .arg(info.version.toString())
                          .arg(info.majorVersion())
                          .arg(QDir::toNativeSeparators(info.path));
    } else {
        pixmap = QStyle::SP_MessageBoxWarning;
        message = info.path.isEmpty() ? tr("Not found. Install it, or set its path in Tools ▸ Settings.")
                                      : tr("%1 — %2").arg(QDir::toNativeSeparators(info.path), info.error);
    }
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(16, 16));
    text->setText(message);
    text->setToolTip(info.versionText);
}

} // namespace chartroom::ui
