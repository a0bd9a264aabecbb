#include "rulecatalog.h"

#include <QCoreApplication>

namespace chartroom::rbac {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chartroom::rbac::rules", text);
}

const QString GoodPractices = QStringLiteral("https://kubernetes.io/docs/concepts/security/rbac-good-practices/");
const QString RbacDocs = QStringLiteral("https://kubernetes.io/docs/reference/access-authn-authz/rbac/");

QList<RuleDefinition> makeCatalog()
{
    return {
        {QStringLiteral("wildcard-verbs"), Severity::High, tr("Wildcard verbs"),
         tr("The rule grants every verb (\"*\"), including ones added to the API later, such as escalate, bind "
            "and impersonate where they apply."),
         GoodPractices + QStringLiteral("#least-privilege")},
        {QStringLiteral("wildcard-resources"), Severity::High, tr("Wildcard resources"),
         tr("The rule grants every resource (\"*\") of its API groups, including Secrets and resources that "
            "future API versions add."),
         GoodPractices + QStringLiteral("#least-privilege")},
        {QStringLiteral("wildcard-apigroups"), Severity::Medium, tr("Wildcard API groups"),
         tr("The rule applies to every API group (\"*\"), including custom resources installed later."),
         GoodPractices + QStringLiteral("#least-privilege")},
        {QStringLiteral("cluster-admin-binding"), Severity::Critical, tr("Binding to cluster-admin"),
         tr("The subject is bound to the cluster-admin ClusterRole: full control of the cluster (or of the "
            "namespace, for a RoleBinding)."),
         RbacDocs + QStringLiteral("#user-facing-roles")},
        {QStringLiteral("admin-edit-binding"), Severity::High, tr("Binding to admin or edit"),
         tr("The subject is bound to the admin or edit ClusterRole: it can read Secrets, run commands in pods "
            "and create workloads that run as any ServiceAccount of the namespace."),
         RbacDocs + QStringLiteral("#user-facing-roles")},
        {QStringLiteral("cluster-secrets-read"), Severity::High, tr("Cluster-wide read access to Secrets"),
         tr("get, list or watch on Secrets through a ClusterRoleBinding reads every Secret of every namespace, "
            "including ServiceAccount tokens and other applications' credentials."),
         GoodPractices + QStringLiteral("#listing-secrets")},
        {QStringLiteral("pod-exec"), Severity::High, tr("exec, attach or port-forward into pods"),
         tr("pods/exec, pods/attach and pods/portforward give a shell or a network path into every matching "
            "pod, with the pod's ServiceAccount, files and mounted Secrets."),
         GoodPractices + QStringLiteral("#workload-creation")},
        {QStringLiteral("workload-create"), Severity::Medium, tr("Creating pods or workloads"),
         tr("Whoever can create pods (directly or through Deployments, StatefulSets, DaemonSets, ReplicaSets, "
            "Jobs, CronJobs or ReplicationControllers) can run them as any ServiceAccount of the namespace and "
            "mount any of its Secrets: privilege escalation through pod creation."),
         GoodPractices + QStringLiteral("#workload-creation")},
        {QStringLiteral("escalate-bind-impersonate"), Severity::Critical, tr("escalate, bind or impersonate"),
         tr("escalate and bind on roles let the subject grant itself permissions it does not have; impersonate "
            "lets it act as other users, groups or ServiceAccounts."),
         GoodPractices + QStringLiteral("#escalate-verb")},
        {QStringLiteral("nodes-proxy"), Severity::High, tr("nodes/proxy"),
         tr("nodes/proxy reaches the kubelet API of every node, which runs commands in any pod on it and "
            "bypasses audit logging and admission control."),
         GoodPractices + QStringLiteral("#access-to-proxy-subresource-of-nodes")},
        {QStringLiteral("serviceaccount-token"), Severity::High, tr("Creating ServiceAccount tokens"),
         tr("create on serviceaccounts/token issues tokens for other ServiceAccounts, and so their permissions."),
         GoodPractices + QStringLiteral("#token-request")},
        {QStringLiteral("csr-approval"), Severity::Critical, tr("Approving certificate signing requests"),
         tr("update on certificatesigningrequests/approval (or approve on signers) lets the subject approve "
            "client certificates, for example for system:masters."),
         GoodPractices + QStringLiteral("#csrs-and-certificate-issuing")},
        {QStringLiteral("admission-webhook-write"), Severity::High, tr("Writing admission webhook configurations"),
         tr("Whoever writes mutating or validating webhook configurations can read or change every object sent "
            "to the API server, or block them."),
         GoodPractices + QStringLiteral("#control-admission-webhooks")},
        {QStringLiteral("anonymous-binding"), Severity::Critical, tr("Binding to anonymous users"),
         tr("The binding names system:anonymous or system:unauthenticated: anyone who can reach the API server "
            "gets these permissions without credentials."),
         RbacDocs + QStringLiteral("#discovery-roles")},
        {QStringLiteral("authenticated-binding"), Severity::High, tr("Binding to every authenticated user"),
         tr("The binding names system:authenticated: every user and every ServiceAccount of every namespace "
            "gets these permissions."),
         RbacDocs + QStringLiteral("#discovery-roles")},
        {QStringLiteral("default-serviceaccount-binding"), Severity::Medium, tr("Binding to default ServiceAccounts"),
         tr("The binding names a namespace's default ServiceAccount (or every ServiceAccount through the "
            "system:serviceaccounts groups): every pod that does not name a ServiceAccount gets these permissions."),
         RbacDocs + QStringLiteral("#service-account-permissions")},
        {QStringLiteral("chart-drift"), Severity::Medium, tr("Grants more than its chart is expected to"),
         tr("The release's RBAC grants permissions its chart profile does not expect (a changed chart, values "
            "that widen RBAC, or a binding added by hand)."),
         QStringLiteral("resources/profiles/SCHEMA.md")},
    };
}

} // namespace

const QList<RuleDefinition> &ruleCatalog()
{
    static const QList<RuleDefinition> catalog = makeCatalog();
    return catalog;
}

const RuleDefinition *findRule(const QString &id)
{
    for (const RuleDefinition &rule : ruleCatalog())
        if (rule.id == id)
            return &rule;
    return nullptr;
}

} // namespace chartroom::rbac
