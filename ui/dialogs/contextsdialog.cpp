#include "contextsdialog.h"

#include "runtime.h"

#include "models/statusicons.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

enum Column { NameColumn, ServerColumn, StatusColumn };

QString statusText(const inventory::ContextStatus &status)
{
    using R = inventory::ContextStatus::Reachability;
    switch (status.reachability) {
    case R::Unknown: return ContextsDialog::tr("Not scanned yet");
    case R::Reachable:
        return status.error.isEmpty() ? ContextsDialog::tr("Reachable, %n release(s)", nullptr, status.releaseCount)
                                      : ContextsDialog::tr("Reachable with errors: %1").arg(status.error);
    default: return status.error.isEmpty() ? inventory::reachabilityName(status.reachability) : status.error;
    }
}

} // namespace

ContextsDialog::ContextsDialog(Runtime &runtime, QWidget *parent)
    : QDialog(parent)
    , m_runtime(runtime)
    , m_contexts(new QTreeWidget)
    , m_excluded(new QLineEdit)
    , m_autoRefresh(new QSpinBox)
{
    setObjectName(QStringLiteral("contextsDialog"));
    setWindowTitle(tr("Fleet Contexts"));

    auto *intro = new QLabel(tr("Chartroom scans the checked contexts of your kubeconfig. "
                                "When all are checked, contexts added to the kubeconfig later are scanned too."));
    intro->setWordWrap(true);
    m_contexts->setObjectName(QStringLiteral("contextsList"));
    m_contexts->setRootIsDecorated(false);
    m_contexts->setUniformRowHeights(true);
    m_contexts->setHeaderLabels({tr("Context"), tr("Server"), tr("Last status")});
    m_contexts->header()->setStretchLastSection(true);

    auto *all = new QPushButton(tr("Check &All"));
    all->setObjectName(QStringLiteral("checkAllContextsButton"));
    auto *none = new QPushButton(tr("Check &None"));
    none->setObjectName(QStringLiteral("checkNoContextsButton"));
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(all);
    checkRow->addWidget(none);
    checkRow->addStretch();

    m_excluded->setObjectName(QStringLiteral("excludedNamespacesEdit"));
    m_excluded->setPlaceholderText(tr("e.g. kube-system, scratch"));
    m_excluded->setToolTip(tr("Namespaces whose releases are left out of the fleet, separated by commas"));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshSpin"));
    m_autoRefresh->setRange(0, 24 * 60);
    m_autoRefresh->setSuffix(tr(" min"));
    m_autoRefresh->setSpecialValueText(tr("Off"));
    m_autoRefresh->setToolTip(tr("Scan the fleet again in the background every so many minutes; Off scans only on F5"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Excluded namespaces:"), m_excluded);
    form->addRow(tr("&Refresh every:"), m_autoRefresh);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("contextsButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and &Refresh"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ContextsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContextsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_contexts, 1);
    layout->addLayout(checkRow);
    layout->addLayout(form);
    layout->addWidget(buttons);

    populate();
    // An empty choice would mean "all": keep at least one context checked.
    connect(m_contexts, &QTreeWidget::itemChanged, this, [this, buttons] {
        bool any = false;
        for (int row = 0; row < m_contexts->topLevelItemCount(); ++row)
            any = any || m_contexts->topLevelItem(row)->checkState(NameColumn) == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any || m_contexts->topLevelItemCount() == 0);
    });
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 24);
}

ContextsDialog::~ContextsDialog() = default;

void ContextsDialog::populate()
{
    const AppSettings &settings = m_runtime.settings();
    const QStringList selected = settings.fleetContexts();
    QHash<QString, inventory::ContextStatus> statuses;
    for (const inventory::ContextStatus &status : m_runtime.scanner().fleet().contexts)
        statuses.insert(status.name, status);

    // The kubeconfig as last read; before the first scan, what the fleet (cache) knows.
    QList<std::pair<QString, QString>> contexts;
    for (const kube::KubeContext &context : m_runtime.scanner().availableContexts())
        contexts << std::pair{context.name, context.server};
    if (contexts.isEmpty())
        for (const inventory::ContextStatus &status : std::as_const(statuses))
            contexts << std::pair{status.name, status.server};
    for (const QString &name : selected)
        if (std::none_of(contexts.cbegin(), contexts.cend(), [&name](const auto &c) { return c.first == name; }))
            contexts << std::pair{name, tr("not in the kubeconfig")};

    for (const auto &[name, server] : std::as_const(contexts)) {
        auto *item = new QTreeWidgetItem(m_contexts);
        item->setText(NameColumn, name);
        item->setText(ServerColumn, server);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, selected.isEmpty() || selected.contains(name) ? Qt::Checked : Qt::Unchecked);
        const inventory::ContextStatus status = statuses.value(name);
        item->setText(StatusColumn, statusText(status));
        item->setToolTip(StatusColumn, status.error);
        if (status.reachability != inventory::ContextStatus::Reachability::Unknown)
            item->setIcon(StatusColumn, models::StatusIcons::icon(status.isOk() ? models::StatusIcons::Kind::Good
                                                                               : models::StatusIcons::Kind::Bad));
    }
    m_contexts->resizeColumnToContents(NameColumn);
    m_contexts->resizeColumnToContents(ServerColumn);
    m_excluded->setText(settings.excludedNamespaces().join(QStringLiteral(", ")));
    m_autoRefresh->setValue(settings.autoRefreshMinutes());
}

void ContextsDialog::setAllChecked(bool checked)
{
    for (int row = 0; row < m_contexts->topLevelItemCount(); ++row)
        m_contexts->topLevelItem(row)->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
}

void ContextsDialog::accept()
{
    QStringList checked;
    bool all = true;
    for (int row = 0; row < m_contexts->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_contexts->topLevelItem(row);
        if (item->checkState(NameColumn) == Qt::Checked)
            checked << item->text(NameColumn);
        else
            all = false;
    }
    QStringList excluded;
    for (const QString &name : m_excluded->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            excluded << name.trimmed();
    AppSettings &settings = m_runtime.settings();
    // All checked = every context, including ones added to the kubeconfig later.
    settings.setFleetContexts(all ? QStringList() : checked);
    settings.setExcludedNamespaces(excluded);
    settings.setAutoRefreshMinutes(m_autoRefresh->value());
    settings.sync();
    m_runtime.applyFleetSettings();
    QDialog::accept();
}

} // namespace chartroom::ui
