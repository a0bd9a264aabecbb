#include "rbacscopepage.h"

#include "rbacsession.h"
#include "runtime.h"

#include "inventory/inventoryscanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chartroom::ui {

namespace {

QTreeWidgetItem *childWithText(QTreeWidgetItem *parent, const QString &text)
{
    for (int i = 0; i < parent->childCount(); ++i)
        if (parent->child(i)->text(0) == text)
            return parent->child(i);
    return nullptr;
}

} // namespace

RbacScopePage::RbacScopePage(RbacSession &session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_tree(new QTreeWidget)
    , m_note(new QLabel)
{
    setObjectName(QStringLiteral("rbacScopePage"));
    setTitle(tr("Scope"));
    setSubTitle(tr("Choose what to review: the whole fleet, one context, one namespace or one release. "
                   "Chartroom reads the RBAC objects of each context with kubectl; nothing is changed."));
    m_tree->setObjectName(QStringLiteral("scopeTree"));
    m_tree->setHeaderLabels({tr("Scope"), tr("Chart")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    m_note->setObjectName(QStringLiteral("scopeNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Cluster-wide bindings are read for every scope: a ClusterRoleBinding that reaches a "
                       "release's ServiceAccount is reported with that release."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_note);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &QWizardPage::completeChanged);
}

RbacScopePage::~RbacScopePage() = default;

void RbacScopePage::initializePage()
{
    m_tree->clear();
    auto *fleet = new QTreeWidgetItem(m_tree, {tr("Whole fleet")});
    fleet->setData(0, ScopeRole, int(RbacSession::Scope::Fleet));
    QList<inventory::Release> releases = m_session.runtime.scanner().fleet().releases;
    std::sort(releases.begin(), releases.end(),
              [](const inventory::Release &a, const inventory::Release &b) { return a.key() < b.key(); });
    for (const inventory::Release &release : std::as_const(releases)) {
        QTreeWidgetItem *context = childWithText(fleet, release.context);
        if (!context) {
            context = new QTreeWidgetItem(fleet, {release.context});
            context->setData(0, ScopeRole, int(RbacSession::Scope::Context));
            context->setData(0, ContextRole, release.context);
        }
        QTreeWidgetItem *ns = childWithText(context, release.namespaceName);
        if (!ns) {
            ns = new QTreeWidgetItem(context, {release.namespaceName});
            ns->setData(0, ScopeRole, int(RbacSession::Scope::Namespace));
            ns->setData(0, ContextRole, release.context);
            ns->setData(0, NamespaceRole, release.namespaceName);
        }
        auto *item = new QTreeWidgetItem(ns, {release.name, release.chart});
        item->setData(0, ScopeRole, int(RbacSession::Scope::Release));
        item->setData(0, ContextRole, release.context);
        item->setData(0, NamespaceRole, release.namespaceName);
        item->setData(0, ReleaseRole, release.name);
    }
    m_tree->expandAll();
    m_tree->setCurrentItem(preselected());
}

QTreeWidgetItem *RbacScopePage::preselected() const
{
    QTreeWidgetItem *fleet = m_tree->topLevelItem(0);
    const QList<inventory::Release> &selection = m_session.selection;
    if (selection.isEmpty())
        return fleet;
    const inventory::Release &first = selection.first();
    bool sameContext = true;
    bool sameNamespace = true;
    for (const inventory::Release &release : selection) {
        sameContext = sameContext && release.context == first.context;
        sameNamespace = sameNamespace && sameContext && release.namespaceName == first.namespaceName;
    }
    QTreeWidgetItem *context = sameContext ? childWithText(fleet, first.context) : nullptr;
    if (!context)
        return fleet;
    QTreeWidgetItem *ns = sameNamespace ? childWithText(context, first.namespaceName) : nullptr;
    if (!ns)
        return context;
    if (selection.size() == 1)
        if (QTreeWidgetItem *release = childWithText(ns, first.name))
            return release;
    return ns;
}

bool RbacScopePage::isComplete() const
{
    return m_tree->currentItem() != nullptr;
}

bool RbacScopePage::validatePage()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return false;
    m_session.scope = RbacSession::Scope(item->data(0, ScopeRole).toInt());
    m_session.context = item->data(0, ContextRole).toString();
    m_session.namespaceName = item->data(0, NamespaceRole).toString();
    m_session.release = item->data(0, ReleaseRole).toString();
    return true;
}

} // namespace chartroom::ui
