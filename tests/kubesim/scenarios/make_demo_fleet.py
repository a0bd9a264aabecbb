#!/usr/bin/python3
"""Writes demo-fleet.json (the homelab demo scenario). Edit the tables below and rerun:
    /usr/bin/python3 tests/kubesim/scenarios/make_demo_fleet.py
Each release: rel(name, namespace, chart, [(chart version, values, deployed offset[, status[, description]]), ...]).
"""
import json
import os

import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo-fleet.json")
R = []
def rel(name, ns, chart, history, stuck=None, writer=None, comment=None):
    """history: list of (chartversion, values, deployed-offset[, status[, description]])"""
    revisions = []
    for i, h in enumerate(history):
        v, vals, when = h[0], h[1], h[2]
        r = {"chart": {"version": v}, "deployed": when}
        if vals: r["values"] = vals
        if len(h) > 3 and h[3]: r["status"] = h[3]
        if len(h) > 4: r["description"] = h[4]
        revisions.append(r)
    first_v = history[0][0]
    for r in revisions:
        if r["chart"]["version"] == first_v: del r["chart"]
    e = {"name": name, "namespace": ns, "chart": {"name": chart, "version": first_v}, "revisions": revisions}
    if stuck: e["stuck"] = stuck
    if writer: e["writer"] = writer
    if comment: e["comment"] = comment
    R.append(e)

# Tier 1
rel("postgresql", "db", "postgresql", [("0.3.0", {}, "-120d"), ("0.3.0", {"persistence": {"size": "50Gi"}}, "-60d")],
    comment="Still on 0.3.0: 0.4.0 changes spec.serviceName (immutable) - the upgrade-risk case")
rel("mysql", "db", "mysql", [("0.3.0", {}, "-150d"), ("0.3.0", {"image": {"tag": "8.0.39"}}, "-90d"), ("0.4.0", {}, "-12d")])
rel("redis", "db", "redis", [("0.3.3", {}, "-140d"), ("0.4.0", {}, "-12d")])
rel("prometheus", "monitoring", "prometheus", [("0.3.0", {}, "-200d"), ("0.3.0", {"config": {"retention": "30d", "scrape-interval": "30s"}}, "-100d"),
    ("0.3.0", {"config": {"retention": "30d", "scrape-interval": "15s"}}, "-40d"), ("0.4.0", {"config": {"retention": "30d", "scrape-interval": "15s"}}, "-10d")])
rel("loki", "monitoring", "loki", [("0.3.0", {}, "-180d"), ("0.4.0", {}, "-10d")])
rel("tempo", "monitoring", "tempo", [("0.4.0", {}, "-9d")])
# Tier 2
rel("keycloak", "identity", "keycloak", [("0.3.1", {}, "-160d"), ("0.3.4", {"replicaCount": 2}, "-30d")])
rel("airflow", "data", "airflow", [("0.3.0", {}, "-100d"), ("0.3.2", {}, "-45d"), ("0.3.2", {"env": {"AIRFLOW__CORE__EXECUTOR": "KubernetesExecutor", "AIRFLOW__CORE__PARALLELISM": "16"}}, "-20d")])
rel("harbor", "harbor", "harbor", [("0.3.0", {}, "-90d", "deployed"), ("0.3.1", {"image": {"tag": "v2.12.2"}}, "-1d", "failed",
     "Upgrade \"harbor\" failed: context deadline exceeded")], comment="the failed release: last upgrade timed out, revision 1 stays deployed")
rel("mlflow", "data", "mlflow", [("0.3.2", {}, "-33d")])
rel("grafana", "monitoring", "grafana", [("0.3.0", {}, "-200d"), ("0.3.0", {"persistence": {"size": "10Gi"}}, "-150d"), ("0.3.0", {"persistence": {"size": "10Gi"}, "image": {"tag": "11.2.2"}}, "-80d"),
    ("0.4.0", {"persistence": {"size": "10Gi"}}, "-15d"), ("0.4.0", {"persistence": {"size": "10Gi"}, "env": {"GF_SECURITY_ADMIN_USER": "admin", "GF_USERS_ALLOW_SIGN_UP": "false"}}, "-3d")])
rel("nextcloud", "apps", "nextcloud", [("0.3.0", {}, "-170d"), ("0.3.0", {"persistence": {"size": "200Gi"}}, "-70d"), ("0.4.0", {"persistence": {"size": "200Gi"}}, "-2h", "pending-upgrade")],
    comment="stuck pending-upgrade: helm was interrupted during the 0.3.0 -> 0.4.0 upgrade; revision 2 is still deployed")
rel("vaultwarden", "apps", "vaultwarden", [("0.3.0", {}, "-130d"), ("0.4.0", {}, "-11d")])
rel("wordpress", "wordpress", "wordpress", [("0.3.0", {}, "-110d"), ("0.4.0", {}, "-11d")])
# Tier 3
rel("kafka", "data", "kafka", [("0.3.1", {}, "-75d")])
rel("elasticsearch", "data", "elasticsearch", [("0.3.0", {}, "-95d"), ("0.3.2", {"persistence": {"size": "100Gi"}}, "-25d")])
rel("mimir", "monitoring", "mimir", [("0.3.1", {}, "-60d")])
rel("minio", "storage", "minio", [("0.3.0", {}, "-190d"), ("0.3.0", {"persistence": {"size": "500Gi"}}, "-120d"), ("0.4.0", {"persistence": {"size": "500Gi"}}, "-8d")])
rel("mongodb", "db", "mongodb", [("0.3.0", {}, "-85d"), ("0.4.0", {}, "-8d")])
rel("rabbitmq", "data", "rabbitmq", [("0.4.0", {}, "-6h")], stuck=True, comment="workload not ready (stuck rollout)")
rel("paperless-ngx", "apps", "paperless-ngx", [("0.3.0", {}, "-160d"), ("0.3.0", {"env": {"PAPERLESS_OCR_LANGUAGE": "eng+deu"}}, "-100d"),
    ("0.3.0", {"env": {"PAPERLESS_OCR_LANGUAGE": "eng+deu", "PAPERLESS_TIME_ZONE": "Europe/Berlin"}}, "-50d"), ("0.4.0", {"env": {"PAPERLESS_OCR_LANGUAGE": "eng+deu", "PAPERLESS_TIME_ZONE": "Europe/Berlin"}}, "-7d")])
rel("immich", "media", "immich", [("0.3.0", {}, "-140d"), ("0.3.0", {"image": {"tag": "v1.119.1"}}, "-60d"), ("0.4.0", {}, "-7d")], writer="helm4")
# Tier 4
rel("otel-collector", "monitoring", "opentelemetry-collector", [("0.3.1", {}, "-50d")])
rel("promtail", "monitoring", "promtail", [("0.3.0", {}, "-180d"), ("0.4.0", {}, "-10d")])
rel("alertmanager", "monitoring", "alertmanager", [("0.3.0", {}, "-180d"), ("0.3.0", {"config": {"log-level": "debug"}}, "-90d"), ("0.4.0", {"config": {"log-level": "info"}}, "-10d")])
rel("jellyfin", "media", "jellyfin", [("0.3.0", {}, "-300d"), ("0.3.0", {"image": {"tag": "10.9.11"}}, "-200d"), ("0.3.0", {"image": {"tag": "10.10.0"}}, "-120d"),
    ("0.3.0", {"image": {"tag": "10.9.11"}}, "-90d", None, "Rollback to 2"), ("0.4.0", {}, "-30d"), ("0.4.0", {"env": {"JELLYFIN_PublishedServerUrl": "https://media.homelab.lan"}}, "-4d")])
rel("uptime-kuma", "monitoring", "uptime-kuma", [("0.3.0", {}, "-100d"), ("0.4.0", {}, "-9d")], writer="helm4")
rel("memcached", "db", "memcached", [("0.4.0", {}, "-12d")])
# untiered extras
rel("pgadmin", "db", "pgadmin", [("0.2.1", {}, "-100d"), ("0.2.3", {}, "-20d")])
rel("node-exporter", "monitoring", "node-exporter", [("0.2.2", {}, "-60d")])
rel("blackbox-exporter", "monitoring", "blackbox-exporter", [("0.2.0", {}, "-60d"), ("0.2.1", {}, "-14d")])
rel("kube-state-metrics", "monitoring", "kube-state-metrics", [("0.2.2", {}, "-60d")])
rel("wireguard", "network", "wireguard", [("0.2.1", {}, "-45d")])

RO = "rbac.authorization.k8s.io/v1"
objects = [
 # the built-in roles a real cluster has (cluster-admin is what the risky binding points at)
 {"apiVersion": RO, "kind": "ClusterRole", "metadata": {"name": "cluster-admin", "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}},
  "rules": [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]}, {"nonResourceURLs": ["*"], "verbs": ["*"]}]},
 {"apiVersion": RO, "kind": "ClusterRole", "metadata": {"name": "view", "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}},
  "rules": [{"apiGroups": ["", "apps", "batch"], "resources": ["pods", "services", "configmaps", "persistentvolumeclaims", "deployments", "statefulsets", "replicasets", "daemonsets", "jobs", "cronjobs"], "verbs": ["get", "list", "watch"]}]},
 {"apiVersion": RO, "kind": "ClusterRole", "metadata": {"name": "edit", "labels": {"kubernetes.io/bootstrapping": "rbac-defaults"}},
  "rules": [{"apiGroups": ["", "apps", "batch"], "resources": ["pods", "pods/exec", "pods/log", "services", "configmaps", "secrets", "persistentvolumeclaims", "deployments", "deployments/scale", "statefulsets", "statefulsets/scale", "jobs", "cronjobs"], "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"]}]},
 # the homelab admin (the kubeconfig's user) is cluster-admin through a group
 {"apiVersion": RO, "kind": "ClusterRoleBinding", "metadata": {"name": "homelab-admins", "creationTimestamp": "-300d"},
  "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
  "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "homelab:admins"}]},
 # backup orchestrator, as the DR guide defines it (namespace monitoring)
 {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "backup-orchestrator", "namespace": "monitoring", "labels": {"app.kubernetes.io/name": "backup-orchestrator"}}},
 {"apiVersion": RO, "kind": "Role", "metadata": {"name": "backup-orchestrator", "namespace": "monitoring"},
  "rules": [{"apiGroups": [""], "resources": ["pods", "pods/exec", "configmaps", "secrets", "persistentvolumeclaims"], "verbs": ["get", "list", "create", "delete"]},
            {"apiGroups": ["apps"], "resources": ["statefulsets", "deployments"], "verbs": ["get", "list", "patch"]},
            {"apiGroups": ["snapshot.storage.k8s.io"], "resources": ["volumesnapshots"], "verbs": ["get", "list", "create", "delete"]}]},
 {"apiVersion": RO, "kind": "RoleBinding", "metadata": {"name": "backup-orchestrator", "namespace": "monitoring"},
  "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "backup-orchestrator"},
  "subjects": [{"kind": "ServiceAccount", "name": "backup-orchestrator", "namespace": "monitoring"}]},
 {"apiVersion": "batch/v1", "kind": "CronJob", "metadata": {"name": "backup-orchestrator", "namespace": "monitoring", "creationTimestamp": "-150d"},
  "spec": {"schedule": "0 2 * * *", "concurrencyPolicy": "Forbid", "successfulJobsHistoryLimit": 7, "failedJobsHistoryLimit": 3,
           "jobTemplate": {"spec": {"backoffLimit": 2, "template": {"spec": {"serviceAccountName": "backup-orchestrator", "restartPolicy": "OnFailure",
             "containers": [{"name": "orchestrator", "image": "alpine/k8s:1.31.4", "command": ["/scripts/backup-orchestrator.sh"],
                             "env": [{"name": "TIER_FILTER", "value": "all"}, {"name": "S3_BUCKET", "value": "sb-helm-backups"},
                                     {"name": "AWS_ACCESS_KEY_ID", "valueFrom": {"secretKeyRef": {"name": "s3-credentials", "key": "access-key-id"}}},
                                     {"name": "AWS_SECRET_ACCESS_KEY", "valueFrom": {"secretKeyRef": {"name": "s3-credentials", "key": "secret-access-key"}}}]}]}}}}}},
 {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s3-credentials", "namespace": "monitoring"}, "type": "Opaque",
  "stringData": {"access-key-id": "homelab-backup", "secret-access-key": "not-a-real-secret-demo-only"}},
 {"apiVersion": "v1", "kind": "PersistentVolumeClaim", "metadata": {"name": "backup-storage", "namespace": "monitoring"},
  "spec": {"accessModes": ["ReadWriteOnce"], "resources": {"requests": {"storage": "100Gi"}}}},
 # RISKY: someone gave grafana's ServiceAccount cluster-admin to debug a datasource plugin and never removed it
 {"apiVersion": RO, "kind": "ClusterRoleBinding", "metadata": {"name": "grafana-debug-cluster-admin", "creationTimestamp": "-80d", "annotations": {"homelab/note": "temporary, remove after plugin debugging"}},
  "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
  "subjects": [{"kind": "ServiceAccount", "name": "grafana", "namespace": "monitoring"}]},
 # cluster-wide secrets read for the airflow workers
 {"apiVersion": RO, "kind": "ClusterRole", "metadata": {"name": "airflow-secrets-reader", "creationTimestamp": "-45d"},
  "rules": [{"apiGroups": [""], "resources": ["secrets"], "verbs": ["get", "list", "watch"]}]},
 {"apiVersion": RO, "kind": "ClusterRoleBinding", "metadata": {"name": "airflow-secrets-reader", "creationTimestamp": "-45d"},
  "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "airflow-secrets-reader"},
  "subjects": [{"kind": "ServiceAccount", "name": "airflow", "namespace": "data"}]},
 # a ConfigMap not owned by any release
 {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "homelab-dns", "namespace": "network"}, "data": {"domain": "homelab.lan", "upstream": "1.1.1.1"}},
]
NS = [{"name": n, "labels": {"homelab.lan/purpose": p}} for n, p in [("db", "databases"), ("monitoring", "observability"), ("identity", "sso"), ("data", "data-platform"), ("harbor", "registry"),
      ("apps", "applications"), ("wordpress", "website"), ("storage", "object-storage"), ("media", "media"), ("network", "networking")]]
logs = {"db/postgresql-0": ["PostgreSQL init process complete; ready for start up.", "LOG:  database system is ready to accept connections"],
        "db/mysql-0": ["[Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.40'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306"],
        "db/redis-0": ["* Ready to accept connections tcp"],
        "monitoring/prometheus-0": ["msg=\"Server is ready to receive web requests.\""]}
doc = {"description": "Demo homelab: the 28 tiered sb-helm-charts charts plus 5 untiered ones, one failed release (harbor), one stuck pending-upgrade (nextcloud), one workload that never becomes ready (rabbitmq), the collection's RBAC plus one risky ClusterRoleBinding (grafana's ServiceAccount -> cluster-admin).",
       "rbac": {"mode": "rbac", "user": "chartroom-test", "groups": ["system:authenticated", "homelab:admins"]},
       "namespaces": NS, "releases": R, "objects": objects, "logs": logs}
doc["exec"] = [
 {"pod": "db/postgresql-0", "commandPrefix": ["pg_isready"], "stdout": "/var/run/postgresql:5432 - accepting connections\n"},
 {"pod": "db/postgresql-0", "commandPrefix": ["psql"], "stdout": " PostgreSQL 16.4 (Debian 16.4-1.pgdg120+2) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit\n"},
 {"pod": "db/postgresql-0", "commandPrefix": ["pg_dumpall"], "stdout": "--\n-- PostgreSQL database cluster dump\n--\n\nSET default_transaction_read_only = off;\nCREATE ROLE homelab;\nCREATE DATABASE homelab OWNER homelab;\n--\n-- PostgreSQL database cluster dump complete\n--\n"},
 {"pod": "db/mysql-0", "commandPrefix": ["mysqladmin"], "stdout": "mysqld is alive\n"},
 {"pod": "db/redis-0", "commandPrefix": ["redis-cli"], "stdout": "PONG\n"},
 {"pod": "monitoring/prometheus-0", "commandPrefix": ["wget"], "stdout": "Prometheus Server is Healthy.\n"},
 {"pod": "apps/vaultwarden-0", "commandPrefix": ["/vaultwarden", "--version"], "stdout": "Vaultwarden 1.32.5\n"},
 {"pod": "*", "container": "grafana", "commandPrefix": ["curl"], "stdout": "{\"commit\":\"d9455ff7db\",\"database\":\"ok\",\"version\":\"11.3.0\"}\n"},
 {"pod": "*", "container": "nextcloud", "commandPrefix": ["php", "occ", "status"], "stdout": "  - installed: true\n  - version: 29.0.8.1\n  - versionstring: 29.0.8\n  - maintenance: false\n"},
 {"pod": "*", "container": "memcached", "script": "echo stats | nc localhost 11211", "stdout": "STAT pid 1\r\nSTAT uptime 86400\r\nSTAT version 1.6.32\r\nSTAT curr_items 1532\r\nEND\r\n"},
]
json.dump(doc, open(OUT, 'w'), indent=1)
print("%s: %d releases" % (OUT, len(R)))
