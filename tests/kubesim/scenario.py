#!/usr/bin/python3
"""Scenario loader for Chartroom's Kubernetes API test server.

A scenario (JSON, see scenarios/README.md) describes a fleet: namespaces, Helm
releases with their revision history, the workloads those releases own, raw
objects (RBAC, extra Secrets/ConfigMaps), exec mappings and canned logs.

    load(path) -> {"objects": [...], "exec": [...], "rbac": {...} | None, "logs": {...}}

`objects` are complete Kubernetes objects (apiVersion, kind, metadata, ...) in
dependency order (namespaces first), ready for the server's create path.
Helm releases become Secrets in helm's own storage format:

    name    sh.helm.release.v1.<release>.v<revision>
    type    helm.sh/release.v1
    labels  name, owner=helm, status, version, createdAt|modifiedAt
    data.release = base64( base64( gzip( release JSON ) ) )
                   ^ JSON wire  ^ helm's own encoding

so `helm list/history/status/get` read seeded releases as if helm had
installed them. The release manifest is rendered from the chart profile
(scenarios/chart-profiles.json) by the same rules as the test charts under
tests/data/charts/ (which this module also writes: `scenario.py write-charts DIR`),
and the objects stored in the cluster are the objects of that manifest.

Standard library only.
"""

import base64
import copy
import gzip
import hashlib
import json
import os
import re
import sys
import time
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILES_PATH = os.path.join(HERE, "scenarios", "chart-profiles.json")

RELEASE_STATUSES = ("unknown", "deployed", "uninstalled", "superseded", "failed", "uninstalling",
                    "pending-install", "pending-upgrade", "pending-rollback")
STUCK_ANNOTATION = "test.chartroom.io/stuck"

# helm's install order (pkg/releaseutil/kind_sorter.go)
INSTALL_ORDER = [
    "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
    "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
    "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
    "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
    "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
    "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
]
_ORDER = {k: i for i, k in enumerate(INSTALL_ORDER)}

CLUSTER_SCOPED = {"Namespace", "ClusterRole", "ClusterRoleBinding", "PersistentVolume", "StorageClass",
                  "CustomResourceDefinition", "PriorityClass", "IngressClass", "APIService", "Node"}


class ScenarioError(Exception):
    pass


# ---------------------------------------------------------------------------
# YAML emitter (manifests, values.yaml of the generated charts)

# A string is written plain when it uses only these characters and would not resolve to another
# YAML type (number, timestamp, bool, null) - the same choice go-yaml's toYaml makes for such strings.
# The test charts' "<chart>.str" helper applies the identical rule (PLAIN_RE / NONSTR_RE below).
PLAIN_RE = r"^[A-Za-z0-9_/][A-Za-z0-9_./-]*$"
NONSTR_RE = (r"^([-+]?[0-9_]+|[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+"
             r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*|\.(inf|Inf|INF|nan|NaN|NAN))$")
_PLAIN = re.compile(PLAIN_RE)
_NONSTR = re.compile(NONSTR_RE)
_YAML_WORDS = ("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~")


_SCALAR_CACHE = {}


def _yscalar(v):
    if type(v) is str:
        r = _SCALAR_CACHE.get(v)
        if r is None:
            r = _yscalar_uncached(v)
            if len(_SCALAR_CACHE) < 200000:
                _SCALAR_CACHE[v] = r
        return r
    return _yscalar_uncached(v)


def _clone(o):
    """Deep copy of JSON-like data (much faster than copy.deepcopy)."""
    return json.loads(json.dumps(o))


def _yscalar_uncached(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return json.dumps(v)
    s = str(v)
    if _PLAIN.match(s) and not _NONSTR.match(s) and s.lower() not in _YAML_WORDS:
        return s
    return json.dumps(s)


def to_yaml(obj, indent=0):
    """Block-style YAML; strings are JSON-quoted when not plainly safe."""
    pad = " " * indent
    out = []
    if isinstance(obj, dict):
        if not obj:
            return pad + "{}\n"
        for k, v in obj.items():
            key = _yscalar(k)
            if isinstance(v, dict) and v:
                out.append("%s%s:\n%s" % (pad, key, to_yaml(v, indent + 2)))
            elif isinstance(v, list) and v:
                out.append("%s%s:\n%s" % (pad, key, to_yaml(v, indent + 2)))
            elif isinstance(v, (dict, list)):
                out.append("%s%s: %s\n" % (pad, key, "{}" if isinstance(v, dict) else "[]"))
            else:
                out.append("%s%s: %s\n" % (pad, key, _yscalar(v)))
        return "".join(out)
    if isinstance(obj, list):
        if not obj:
            return pad + "[]\n"
        for v in obj:
            if isinstance(v, (dict, list)) and v:
                inner = to_yaml(v, indent + 2)
                out.append("%s- %s" % (pad, inner[indent + 2:]))
            else:
                out.append("%s- %s\n" % (pad, _yscalar(v) if not isinstance(v, (dict, list))
                                          else ("{}" if isinstance(v, dict) else "[]")))
        return "".join(out)
    return pad + _yscalar(obj) + "\n"


# ---------------------------------------------------------------------------
# helm time format (helm 3 pkg/time: RFC3339Nano, zero time -> "")

def k8s_time(epoch):
    """metav1.Time: RFC 3339, whole seconds, UTC."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(int(epoch)))


def helm_time(epoch):
    if epoch is None:
        return ""
    sec = int(epoch)
    frac = int(round((epoch - sec) * 1e9))
    if frac >= 1000000000:
        sec, frac = sec + 1, 0
    base = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(sec))
    if frac:
        base += ("." + ("%09d" % frac)).rstrip("0")
    return base + "Z"


_OFFSET = re.compile(r"^\s*([+-]?)\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_when(v, now):
    """'-3d', '-2h', '90m' (relative, past), epoch number, or ISO-8601 'Z' time."""
    if v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    m = _OFFSET.match(str(v))
    if m:
        return now - float(m.group(2)) * _UNITS[m.group(3)]
    s = str(v).rstrip("Z")
    frac = 0.0
    if "." in s:
        s, f = s.split(".", 1)
        frac = float("0." + f)
    try:
        import calendar
        return calendar.timegm(time.strptime(s, "%Y-%m-%dT%H:%M:%S")) + frac
    except ValueError:
        raise ScenarioError("cannot parse time %r (use -3d, -2h, epoch, or 2025-01-02T03:04:05Z)" % v)


# ---------------------------------------------------------------------------
# chart profiles and values

_profiles_cache = None


def profiles():
    global _profiles_cache
    if _profiles_cache is None:
        with open(PROFILES_PATH) as f:
            _profiles_cache = json.load(f)["charts"]
    return _profiles_cache


def generic_profile(chart):
    return {"kind": "Deployment", "image": chart, "appVersion": "1.0.0", "port": 8080, "dataPath": None,
            "secret": None, "secretEnv": {}, "env": {}, "extraMounts": {}, "configmaps": [], "pvcs": [],
            "volumeClaimTemplates": [], "rbac": [], "versions": {}, "description": "%s (generic test chart)" % chart}


_profile_cache = {}


def profile_for(chart, version=None):
    """The chart profile with the per-version overrides of `versionOverrides[version]` applied.
    Cached: callers must not modify the result."""
    key = (chart, version)
    p = _profile_cache.get(key)
    if p is None:
        p = _profile_cache[key] = _profile_for(chart, version)
    return p


def _profile_for(chart, version):
    p = profiles().get(chart)
    p = copy.deepcopy(p) if p else generic_profile(chart)
    ov = (p.get("versionOverrides") or {}).get(version) if version else None
    if ov:
        for k, v in ov.items():
            if k == "env":
                p["env"] = dict(p.get("env") or {}, **v)
            elif k == "removeEnv":
                for e in v:
                    p.get("env", {}).pop(e, None)
                    p.get("secretEnv", {}).pop(e, None)
            elif k == "values":
                p["values"] = deep_merge(p.get("values") or {}, v)
            else:
                p[k] = v
    return p


def deep_merge(base, over):
    """helm's coalescing for values: maps merge recursively, `null` deletes a key."""
    out = dict(base)
    for k, v in over.items():
        if v is None:
            out.pop(k, None)
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


_values_cache = {}


def default_values(chart, version):
    """values.yaml of the test chart <chart>-<version> (also the release's chart.values). Returns a copy."""
    key = (chart, version)
    if key not in _values_cache:
        _values_cache[key] = _default_values(chart, version)
    return _clone(_values_cache[key])


def _default_values(chart, version):
    p = profile_for(chart, version)
    v = {
        "nameOverride": "",
        "fullnameOverride": "",
        "replicaCount": 1,
        "image": {"repository": p["image"], "tag": "", "pullPolicy": "IfNotPresent"},
        "serviceAccount": {"create": True, "name": ""},
        "rbac": {"create": bool(p.get("rbac"))},
        "service": {"type": "ClusterIP", "port": p["port"]},
    }
    if p.get("secret"):
        v["existingSecret"] = ""
        v["auth"] = {k: "" for k in p["secret"]["keys"]}
    v["env"] = dict(p.get("env") or {})
    v["extraEnv"] = []
    if p.get("pvcs") or p.get("volumeClaimTemplates"):
        sizes = [x["size"] for x in (p.get("volumeClaimTemplates") or p.get("pvcs"))]
        v["persistence"] = {"enabled": True, "storageClass": "", "accessMode": "ReadWriteOnce", "size": sizes[0]}
    if p["kind"] == "StatefulSet":
        v["headlessService"] = bool(p.get("headlessService", False))
    if p.get("configmaps"):
        v["config"] = dict(p.get("config") or {"log-level": "info"})
    v["upgrade"] = {"preUpgradeBackup": bool(p.get("preUpgradeHook", False))}
    v["resources"] = {}
    return deep_merge(v, p.get("values") or {})


def fullname(chart, release, values):
    if values.get("fullnameOverride"):
        return values["fullnameOverride"][:63].rstrip("-")
    name = values.get("nameOverride") or chart
    if name in release:
        return release[:63].rstrip("-")
    return ("%s-%s" % (release, name))[:63].rstrip("-")


def derived_secret(namespace, release, key):
    # The test charts use the same rule: sha256sum (printf "%s/%s/%s" ns release key) | trunc 20
    return hashlib.sha256(("%s/%s/%s" % (namespace, release, key)).encode()).hexdigest()[:20]


# ---------------------------------------------------------------------------
# rendering (mirrors the templates written by write_chart)

def render(chart, version, release, namespace, config=None, app_version=None):
    """Render a release of `chart` `version`.

    Returns {"manifests": [(source, obj)], "hooks": [(source, obj, events, weight, policies)],
             "notes": str, "values": coalesced values, "fullname": str, "workload": obj}.
    """
    p = profile_for(chart, version)
    defaults = default_values(chart, version)
    vals = deep_merge(defaults, config or {})
    app = app_version or p.get("appVersion") or "1.0.0"
    fn = fullname(chart, release, vals)
    tag = str(vals["image"].get("tag") or app)
    sel = {"app.kubernetes.io/name": vals.get("nameOverride") or chart, "app.kubernetes.io/instance": release}
    labels = {"helm.sh/chart": ("%s-%s" % (chart, version)).replace("+", "_")[:63].rstrip("-")}
    labels.update(sel)
    labels["app.kubernetes.io/version"] = tag
    labels["app.kubernetes.io/managed-by"] = "Helm"

    def meta(name, extra=None, ns=True):
        m = {"name": name}
        if ns:
            m["namespace"] = namespace
        m["labels"] = dict(labels)
        if extra:
            m.update(extra)
        return m

    src = lambda f: "%s/templates/%s" % (chart, f)
    out = []
    sa_name = fn if vals["serviceAccount"].get("create") else (vals["serviceAccount"].get("name") or "default")
    if vals["serviceAccount"].get("name"):
        sa_name = vals["serviceAccount"]["name"]
    if vals["serviceAccount"].get("create"):
        out.append((src("serviceaccount.yaml"), {"apiVersion": "v1", "kind": "ServiceAccount",
                                                 "metadata": meta(sa_name), "automountServiceAccountToken": False}))
    secret_name = None
    if p.get("secret"):
        secret_name = vals.get("existingSecret") or p["secret"]["name"].replace("{fullname}", fn)
        if not vals.get("existingSecret"):
            data = {}
            for k in p["secret"]["keys"]:
                val = str((vals.get("auth") or {}).get(k) or derived_secret(namespace, release, k))
                data[k] = base64.b64encode(val.encode()).decode()
            out.append((src("secret.yaml"), {"apiVersion": "v1", "kind": "Secret", "metadata": meta(secret_name),
                                             "type": "Opaque", "data": data}))
    for cm in (p.get("configmaps") or [])[:1]:
        out.append((src("configmap.yaml"), {"apiVersion": "v1", "kind": "ConfigMap",
                                            "metadata": meta(cm.replace("{fullname}", fn)),
                                            "data": {k: str(v) for k, v in sorted((vals.get("config") or {}).items())}}))
    persistence = (vals.get("persistence") or {}).get("enabled")
    if p["kind"] != "StatefulSet" and persistence:
        for pv in p.get("pvcs") or []:
            spec = {"accessModes": [vals["persistence"]["accessMode"]],
                    "resources": {"requests": {"storage": pv["size"] if len(p["pvcs"]) > 1 else vals["persistence"]["size"]}}}
            if vals["persistence"].get("storageClass"):
                spec["storageClassName"] = vals["persistence"]["storageClass"]
            out.append((src("pvc.yaml"), {"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                                          "metadata": meta(pv["name"].replace("{fullname}", fn)), "spec": spec}))
    if vals["rbac"].get("create"):
        for r in p.get("rbac") or []:
            cluster = r["kind"] == "ClusterRole"
            role_name = fn
            out.append((src("role.yaml"), {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": r["kind"],
                                           "metadata": meta(role_name, ns=not cluster),
                                           "rules": copy.deepcopy(r["rules"])}))
            out.append((src("rolebinding.yaml"), {
                "apiVersion": "rbac.authorization.k8s.io/v1",
                "kind": "ClusterRoleBinding" if cluster else "RoleBinding",
                "metadata": meta(role_name, ns=not cluster),
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": r["kind"], "name": role_name},
                "subjects": [{"kind": "ServiceAccount", "name": sa_name, "namespace": namespace}]}))
    port_name = p.get("portName") or "http"
    svc_port = {"name": port_name, "port": vals["service"]["port"], "targetPort": port_name, "protocol": "TCP"}
    out.append((src("service.yaml"), {"apiVersion": "v1", "kind": "Service", "metadata": meta(fn),
                                      "spec": {"type": vals["service"]["type"], "ports": [svc_port],
                                               "selector": dict(sel)}}))
    headless = p["kind"] == "StatefulSet" and vals.get("headlessService")
    if headless:
        out.append((src("service-headless.yaml"), {
            "apiVersion": "v1", "kind": "Service", "metadata": meta(fn + "-headless"),
            "spec": {"clusterIP": "None", "ports": [dict(svc_port)], "selector": dict(sel)}}))

    # the pod template
    env = []
    for ename, key in (p.get("secretEnv") or {}).items():
        if secret_name:
            env.append({"name": ename, "valueFrom": {"secretKeyRef": {"name": secret_name, "key": key}}})
    for ename, val in sorted((vals.get("env") or {}).items()):
        env.append({"name": ename, "value": str(val)})
    for e in vals.get("extraEnv") or []:
        env.append(copy.deepcopy(e))
    mounts, volumes = [], []
    if p["kind"] == "StatefulSet":
        for vct in p.get("volumeClaimTemplates") or []:
            if persistence:
                mounts.append({"name": vct["name"], "mountPath": vct["mountPath"]})
    else:
        for pv in p.get("pvcs") or []:
            if persistence:
                mounts.append({"name": pv["volume"], "mountPath": pv["mountPath"]})
                volumes.append({"name": pv["volume"], "persistentVolumeClaim":
                                {"claimName": pv["name"].replace("{fullname}", fn)}})
    for vname, path in sorted((p.get("extraMounts") or {}).items()):
        mounts.append({"name": vname, "mountPath": path})
        volumes.append({"name": vname, "emptyDir": {}})
    if p.get("configmaps"):
        mounts.append({"name": "config", "mountPath": "/etc/%s" % chart, "readOnly": True})
        volumes.append({"name": "config", "configMap": {"name": p["configmaps"][0].replace("{fullname}", fn)}})
    container = {"name": chart, "image": "%s:%s" % (vals["image"]["repository"], tag),
                 "imagePullPolicy": vals["image"]["pullPolicy"]}
    if p.get("args"):
        container["args"] = [str(a) for a in p["args"]]
    container["ports"] = [{"name": port_name, "containerPort": p["port"], "protocol": "TCP"}]
    if env:
        container["env"] = env
    if mounts:
        container["volumeMounts"] = mounts
    if vals.get("resources"):
        container["resources"] = copy.deepcopy(vals["resources"])
    pod_spec = {"serviceAccountName": sa_name, "containers": [container]}
    if volumes:
        pod_spec["volumes"] = volumes
    template = {"metadata": {"labels": dict(sel)}, "spec": pod_spec}
    if secret_name and not vals.get("existingSecret"):
        # checksum of the rendered secret.yaml would differ between helm and this renderer; use the values
        template["metadata"]["annotations"] = {"checksum/auth": hashlib.sha256(
            json.dumps(vals.get("auth") or {}, sort_keys=True, separators=(",", ":")).encode()).hexdigest()[:16]}
    kind = p["kind"]
    wl_spec = {}
    if kind != "DaemonSet":
        wl_spec["replicas"] = vals["replicaCount"]
    if kind == "StatefulSet":
        wl_spec["serviceName"] = fn + "-headless" if headless else fn
    wl_spec["selector"] = {"matchLabels": dict(sel)}
    wl_spec["template"] = template
    if kind == "StatefulSet" and persistence and p.get("volumeClaimTemplates"):
        vcts = []
        for vct in p["volumeClaimTemplates"]:
            spec = {"accessModes": [vals["persistence"]["accessMode"]],
                    "resources": {"requests": {"storage": vals["persistence"]["size"]}}}
            if vals["persistence"].get("storageClass"):
                spec["storageClassName"] = vals["persistence"]["storageClass"]
            vcts.append({"metadata": {"name": vct["name"]}, "spec": spec})
        wl_spec["volumeClaimTemplates"] = vcts
    workload = {"apiVersion": "apps/v1", "kind": kind, "metadata": meta(fn), "spec": wl_spec}
    out.append((src(kind.lower() + ".yaml"), workload))

    hooks = []
    if (vals.get("upgrade") or {}).get("preUpgradeBackup"):
        job = {"apiVersion": "batch/v1", "kind": "Job",
               "metadata": meta(fn + "-pre-upgrade", {"annotations": {
                   "helm.sh/hook": "pre-upgrade", "helm.sh/hook-weight": "-5",
                   "helm.sh/hook-delete-policy": "before-hook-creation"}}),
               "spec": {"backoffLimit": 1, "template": {
                   "metadata": {"labels": dict(sel)},
                   "spec": {"restartPolicy": "Never", "serviceAccountName": sa_name, "containers": [{
                       "name": "pre-upgrade-backup", "image": "%s:%s" % (vals["image"]["repository"], tag),
                       "command": ["sh", "-c", p.get("hookCommand") or "echo pre-upgrade check for %s" % chart],
                       "env": [e for e in env if "valueFrom" in e]}]}}}}
        if not job["spec"]["template"]["spec"]["containers"][0]["env"]:
            del job["spec"]["template"]["spec"]["containers"][0]["env"]
        hooks.append((src("hooks/pre-upgrade-job.yaml"), job, ["pre-upgrade"], -5, ["before-hook-creation"]))

    notes = ("%s %s is running as %s in namespace %s.\n\nService: %s.%s.svc.cluster.local:%s\n"
             % (chart, app, fn, namespace, fn, namespace, vals["service"]["port"]))
    if secret_name:
        notes += ("Credentials: kubectl get secret %s -n %s -o jsonpath='{.data.%s}' | base64 -d\n"
                  % (secret_name, namespace, p["secret"]["keys"][0].replace(".", "\\.")))
    # helm's stable sort by kind
    out = sorted(out, key=lambda so: (_ORDER.get(so[1]["kind"], len(_ORDER)), so[0]))
    return {"manifests": out, "hooks": hooks, "notes": notes, "values": vals, "fullname": fn,
            "workload": workload, "appVersion": app, "secretName": secret_name}


def manifest_text(manifests):
    """The release manifest exactly as helm stores it: '---\\n# Source: f\\n<yaml>' per object."""
    return "".join("---\n# Source: %s\n%s" % (s, to_yaml(o)) for s, o in manifests)


# ---------------------------------------------------------------------------
# helm release encoding

def chart_metadata(chart, version, app_version, description=None):
    p = profile_for(chart, version)
    md = {"name": chart, "home": "https://github.com/ScriptonBasestar-containers/sb-helm-charts",
          "sources": ["https://github.com/ScriptonBasestar-containers/sb-helm-charts"],
          "version": version, "description": description or p.get("description") or chart,
          "keywords": [t.lower() for t in (p.get("tags") or [])] or None,
          "maintainers": [{"name": "ScriptonBasestar", "url": "https://github.com/ScriptonBasestar-containers"}],
          "apiVersion": "v2", "appVersion": app_version, "type": "application"}
    return {k: v for k, v in md.items() if v}


def chart_files(chart, version, modtime=None):
    """The chart's files as helm stores them: (templates, files), each a list of {name, data(base64)}
    (+ modtime for helm 4)."""
    files = chart_template_files(chart, version)
    tpl, other = [], []
    for n, d in sorted(files.items()):
        e = {"name": n, "data": base64.b64encode(d.encode()).decode()}
        if modtime:
            e["modtime"] = modtime
        if n.startswith("templates/"):
            tpl.append(e)
        elif n not in ("Chart.yaml", "values.yaml", "values.schema.json", "Chart.lock"):
            other.append(e)
    return tpl, other


class _Enc:
    """Caches the serialised chart part of release JSON per (chart, version, appVersion, writer)."""

    def __init__(self):
        self.charts = {}

    def chart_json(self, chart, version, app_version, writer="helm3", modtime=None):
        key = (chart, version, app_version, writer)
        s = self.charts.get(key)
        if s is None:
            md = chart_metadata(chart, version, app_version)
            if writer == "helm4":
                mt = modtime or "2025-12-28T09:00:00Z"
                tpl, other = chart_files(chart, version, mt)
                c = {"metadata": md, "lock": None, "templates": tpl, "values": default_values(chart, version),
                     "schema": None, "schemamodtime": "0001-01-01T00:00:00Z", "files": other, "modtime": mt}
            else:
                tpl, other = chart_files(chart, version)
                c = {"metadata": md, "lock": None, "templates": tpl, "values": default_values(chart, version),
                     "schema": None, "files": other}
            s = self.charts[key] = json.dumps(c, separators=(",", ":"))
        return s


_ENC = _Enc()


def release_json(rel, chart_json=None, split=False):
    """Release JSON in helm 3's field order (pkg/release). `rel` keys: name, namespace, version,
    info{first_deployed, last_deployed, deleted, description, status, notes}, chart (dict) or
    chart_json (pre-serialised), config, manifest, hooks[], apply_method (helm 4 only).
    split=True returns (text before the chart, chart, text after it)."""
    info = rel["info"]
    helm4 = bool(rel.get("apply_method"))
    i = {"first_deployed": info.get("first_deployed", ""), "last_deployed": info.get("last_deployed", ""),
         "deleted": info.get("deleted", "")}
    if helm4 and not i["deleted"]:
        del i["deleted"]      # helm 4 omits zero times
    if info.get("description"):
        i["description"] = info["description"]
    i["status"] = info["status"]
    if info.get("notes"):
        i["notes"] = info["notes"]
    info_s = json.dumps(i, separators=(",", ":"))
    head = "{" + '"name":' + json.dumps(rel["name"]) + ',"info":' + info_s + ',"chart":'
    chart_s = chart_json if chart_json is not None else json.dumps(rel["chart"], separators=(",", ":"))
    parts = []
    if rel.get("config"):
        parts.append('"config":' + json.dumps(rel["config"], separators=(",", ":")))
    if rel.get("manifest"):
        parts.append('"manifest":' + json.dumps(rel["manifest"]))
    if rel.get("hooks"):
        parts.append('"hooks":' + json.dumps(rel["hooks"], separators=(",", ":")))
    parts.append('"version":%d' % rel["version"])
    parts.append('"namespace":' + json.dumps(rel["namespace"]))
    if rel.get("apply_method"):
        parts.append('"apply_method":' + json.dumps(rel["apply_method"]))
    tail = "," + ",".join(parts) + "}"
    return (head, chart_s, tail) if split else head + chart_s + tail


def encode_release_payload(release_json_text, level=9):
    """helm's storage encoding: base64(gzip(json)); helm uses gzip.BestCompression."""
    raw = release_json_text.encode()
    # gzip header like Go's compress/gzip: no name, mtime 0, OS unknown (255)
    co = zlib.compressobj(level, zlib.DEFLATED, -15)
    body = co.compress(raw) + co.flush()
    xfl = b"\x02" if level == 9 else (b"\x04" if level == 1 else b"\x00")
    gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + xfl + b"\xff" + body + \
        (zlib.crc32(raw) & 0xffffffff).to_bytes(4, "little") + (len(raw) & 0xffffffff).to_bytes(4, "little")
    return base64.b64encode(gz)


_SEGMENTS = {}


def encode_release_payload_parts(parts, level=9):
    """encode_release_payload of "".join(parts), where parts[1] (the chart, identical for every
    release of a chart version) is deflated once and reused: each part is deflated on its own and
    ended with a full flush (byte-aligned, no back-references across parts), so the raw deflate
    streams concatenate into one valid gzip member."""
    head, chart, tail = parts
    key = (chart, level)
    mid = _SEGMENTS.get(key)
    if mid is None:
        co = zlib.compressobj(level, zlib.DEFLATED, -15)
        mid = co.compress(chart.encode()) + co.flush(zlib.Z_FULL_FLUSH)
        if len(_SEGMENTS) > 512:
            _SEGMENTS.clear()
        _SEGMENTS[key] = mid
    co = zlib.compressobj(level, zlib.DEFLATED, -15)
    h = head.encode()
    first = co.compress(h) + co.flush(zlib.Z_FULL_FLUSH)
    co = zlib.compressobj(level, zlib.DEFLATED, -15)
    t = tail.encode()
    last = co.compress(t) + co.flush()
    crc = zlib.crc32(t, zlib.crc32(chart.encode(), zlib.crc32(h)))
    size = len(h) + len(chart.encode()) + len(t)
    xfl = b"\x02" if level == 9 else (b"\x04" if level == 1 else b"\x00")
    gz = b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + xfl + b"\xff" + first + mid + last + \
        (crc & 0xffffffff).to_bytes(4, "little") + (size & 0xffffffff).to_bytes(4, "little")
    return base64.b64encode(gz)


def decode_release_payload(payload):
    """Inverse of encode_release_payload; accepts str or bytes (helm's base64 text)."""
    if isinstance(payload, str):
        payload = payload.encode()
    data = base64.b64decode(payload)
    if data[:3] == b"\x1f\x8b\x08":
        data = gzip.decompress(data)
    return json.loads(data)


def decode_release_secret(secret):
    """Decode a Kubernetes Secret object (JSON form) holding a helm release."""
    return decode_release_payload(base64.b64decode(secret["data"]["release"]))


def release_secret(name, namespace, version, status, payload_b64, stamp, created=False, extra_labels=None):
    """The Secret helm writes. `payload_b64` is helm's base64 text; in JSON it is base64'd once more."""
    labels = dict(extra_labels or {})
    labels.update({"name": name, "owner": "helm", "status": status, "version": str(version)})
    labels["createdAt" if created else "modifiedAt"] = str(int(stamp))
    return {"apiVersion": "v1", "kind": "Secret",
            "metadata": {"name": "sh.helm.release.v1.%s.v%d" % (name, version), "namespace": namespace,
                         "labels": labels},
            "type": "helm.sh/release.v1",
            "data": {"release": base64.b64encode(payload_b64).decode()}}


# ---------------------------------------------------------------------------
# scenario -> objects

DEFAULT_DESCRIPTIONS = {
    "deployed": None, "superseded": None,
    "failed": "Upgrade \"{name}\" failed: context deadline exceeded",
    "pending-install": "Initial install underway",
    "pending-upgrade": "Preparing upgrade",
    "pending-rollback": "Preparing rollback",
    "uninstalling": "Deletion in progress (or silently failed)",
    "uninstalled": "Uninstallation complete",
    "unknown": "",
}


def _chart_ref(c):
    if isinstance(c, str):
        m = re.match(r"^(.*)-(\d+\.\d+\.\d+.*)$", c)
        if not m:
            raise ScenarioError("chart %r: use {\"name\":..,\"version\":..} or NAME-VERSION" % c)
        return {"name": m.group(1), "version": m.group(2)}
    return dict(c)


def _helm_meta(obj, name, namespace):
    md = obj.setdefault("metadata", {})
    md.setdefault("labels", {})["app.kubernetes.io/managed-by"] = "Helm"
    ann = md.setdefault("annotations", {})
    ann["meta.helm.sh/release-name"] = name
    ann["meta.helm.sh/release-namespace"] = namespace
    return obj


class Builder:
    def __init__(self, base_dir, now=None):
        self.base_dir = base_dir
        self.now = time.time() if now is None else now
        self.namespaces = {}
        self.secrets = []     # helm release Secrets
        self.objects = []     # everything else
        self.release_names = set()
        self.render_cache = {}

    def namespace(self, ns, labels=None):
        if ns not in self.namespaces:
            self.namespaces[ns] = {"apiVersion": "v1", "kind": "Namespace",
                                   "metadata": {"name": ns, "labels": dict(labels or {})}}
        elif labels:
            self.namespaces[ns]["metadata"]["labels"].update(labels)

    def _render(self, chart, version, name, ns, config, app):
        key = (chart, version, name, ns, json.dumps(config, sort_keys=True), app)
        r = self.render_cache.get(key)
        if r is None:
            r = render(chart, version, name, ns, config, app)
            r["manifest"] = manifest_text(r["manifests"])
            self.render_cache[key] = r
        return r

    def release(self, spec, level):
        name, ns = spec["name"], spec.get("namespace", "default")
        if (ns, name) in self.release_names:
            raise ScenarioError("release %s/%s defined twice" % (ns, name))
        self.release_names.add((ns, name))
        if not re.match(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", name) or len(name) > 53:
            raise ScenarioError("release name %r is not valid for helm" % name)
        self.namespace(ns)
        base_chart = _chart_ref(spec["chart"])
        revisions = spec.get("revisions") or [{"status": "deployed"}]
        n = len(revisions)
        # default timeline: one revision a week, the newest `deployed` offset ago (default 2 days)
        times = []
        for i, rv in enumerate(revisions):
            t = parse_when(rv.get("deployed", rv.get("time")), self.now)
            if t is None:
                t = self.now - 2 * 86400 - (n - 1 - i) * 7 * 86400 - 3600 * (zlib.crc32(name.encode()) % 24)
            times.append(t)
        first = times[0]
        last_render = None
        rev_keys = []          # per revision: (time, {(kind, name)} of its manifest)
        for i, rv in enumerate(revisions):
            version = i + 1
            status = rv.get("status")
            if not status:
                # helm keeps the previous revision deployed while an upgrade is pending or after it failed
                last_status = revisions[-1].get("status") or "deployed"
                if i == n - 1:
                    status = "deployed"
                elif i == n - 2 and last_status in ("failed", "pending-upgrade", "pending-rollback"):
                    status = "deployed"
                else:
                    status = "superseded"
            if status not in RELEASE_STATUSES:
                raise ScenarioError("release %s revision %d: unknown status %r" % (name, version, status))
            ch = dict(base_chart)
            if rv.get("chart"):
                ch.update(_chart_ref(rv["chart"]))
            chart, cver = ch["name"], ch["version"]
            app = ch.get("appVersion")
            config = rv.get("values") or {}
            r = self._render(chart, cver, name, ns, config, app)
            app = r["appVersion"]
            explicit = spec.get("workloads")
            manifest = r["manifest"]
            if isinstance(explicit, list):
                manifest = manifest_text([("%s/templates/objects.yaml" % chart, o) for o in explicit])
            desc = rv.get("description")
            if desc is None:
                if status in ("deployed", "superseded"):
                    desc = "Install complete" if version == 1 else "Upgrade complete"
                    if rv.get("rollback"):
                        desc = "Rollback to %d" % rv["rollback"]
                elif status == "failed" and version == 1:
                    desc = "Release \"%s\" failed: context deadline exceeded" % name
                else:
                    desc = DEFAULT_DESCRIPTIONS[status].format(name=name)
            t = times[i]
            hooks = []
            for hsrc, hobj, events, weight, pols in r["hooks"]:
                ran = version > 1 and "pre-upgrade" in events and status not in ("pending-install",)
                hooks.append({"name": hobj["metadata"]["name"], "kind": hobj["kind"], "path": hsrc,
                              "manifest": to_yaml(hobj).rstrip("\n"), "events": events,
                              "last_run": {"started_at": helm_time(t - 4.2) if ran else "",
                                           "completed_at": helm_time(t - 1.1) if ran else "",
                                           "phase": "Succeeded" if ran else ""},
                              "weight": weight, "delete_policies": pols})
            info = {"first_deployed": helm_time(first), "last_deployed": helm_time(t),
                    "deleted": helm_time(t) if status == "uninstalled" else "",
                    "description": desc, "status": status, "notes": r["notes"]}
            rel = {"name": name, "namespace": ns, "version": version, "info": info, "config": config,
                   "manifest": manifest, "hooks": hooks}
            writer = rv.get("writer", spec.get("writer", "helm3"))
            if writer == "helm4":
                rel["apply_method"] = "ssa"
                for h in hooks:
                    h["last_run"] = {k: v for k, v in h["last_run"].items() if v or k == "phase"}
            payload = encode_release_payload_parts(release_json(rel, _ENC.chart_json(chart, cver, app, writer), split=True),
                                                   level)
            created = status.startswith("pending-")
            stamp = t if created else times[i + 1] if (i + 1 < n and status == "superseded") else t + 3
            self.secrets.append(release_secret(name, ns, version, status, payload, stamp, created,
                                               spec.get("labels")))
            if status not in ("uninstalled",):
                last_render = (r, explicit, version, t, status)
            rev_keys.append((t, None if isinstance(explicit, list) else
                             {(o["kind"], o["metadata"]["name"]) for _, o in r["manifests"]}))
            self.secrets[-1]["metadata"]["creationTimestamp"] = k8s_time(t)
        # live objects of the newest revision (none when it is uninstalled: `uninstall --keep-history`)
        if last_render is None or last_render[2] != n or spec.get("workloads") in ("none", False):
            return
        r, explicit, version, t, status = last_render
        objs = _clone(explicit) if isinstance(explicit, list) else _clone([o for _, o in r["manifests"]])
        if version > 1 and not isinstance(explicit, list):
            for _, hobj, events, _, pols in r["hooks"]:
                if "pre-upgrade" in events and status != "pending-upgrade":
                    objs.append(_clone(hobj))   # before-hook-creation leaves the last run's Job
        for o in objs:
            _helm_meta(o, name, ns)
            # created by the earliest revision of the latest run of revisions that rendered it
            key = (o["kind"], o["metadata"]["name"])
            born = rev_keys[-1][0]
            for rt, keys in reversed(rev_keys):
                if keys is None or key in keys:
                    born = rt
                else:
                    break
            if o["kind"] == "Job":
                born = t - 4
            o["metadata"]["creationTimestamp"] = k8s_time(born)
            if o["kind"] not in CLUSTER_SCOPED:
                o["metadata"].setdefault("namespace", ns)
            if spec.get("stuck") and o["kind"] in ("Deployment", "StatefulSet", "DaemonSet"):
                stuck = spec["stuck"]
                if stuck is True or stuck == o["metadata"]["name"]:
                    o["metadata"]["annotations"][STUCK_ANNOTATION] = "true"
            self.objects.append(o)

    def generate(self, g, level):
        """Synthetic fleet for scale tests: {"releases": N, "revisions": R, "namespaces": M,
        "charts": [...], "workloads": bool, "prefix": "rel"}."""
        nrel = int(g.get("releases", 100))
        nrev = int(g.get("revisions", 1))
        nns = max(1, int(g.get("namespaces", 10)))
        charts = g.get("charts") or ["postgresql-0.4.0", "redis-0.4.0", "grafana-0.4.0", "memcached-0.4.0",
                                      "vaultwarden-0.4.0", "nextcloud-0.4.0", "mysql-0.4.0", "prometheus-0.4.0"]
        prefix = g.get("prefix", "rel")
        workloads = g.get("workloads", True)
        for i in range(nrel):
            ch = _chart_ref(charts[i % len(charts)])
            revs = []
            for j in range(nrev):
                revs.append({"status": "deployed" if j == nrev - 1 else "superseded",
                             "values": {"replicaCount": 1 + (j % 2)} if j else {},
                             "deployed": "-%dh" % ((nrev - j) * 24 + i % 24)})
            self.release({"name": "%s-%04d-%s" % (prefix, i, ch["name"]),
                          "namespace": "%s-ns-%02d" % (prefix, i % nns), "chart": ch, "revisions": revs,
                          "workloads": "render" if workloads else "none"}, level)

    def result(self):
        earliest = {}
        for o in self.objects + self.secrets:
            ns, ts = o["metadata"].get("namespace"), o["metadata"].get("creationTimestamp")
            if ns and ts and (ns not in earliest or ts < earliest[ns]):
                earliest[ns] = ts
        for ns, o in self.namespaces.items():
            if ns in earliest and "creationTimestamp" not in o["metadata"]:
                o["metadata"]["creationTimestamp"] = earliest[ns]
        objs = list(self.namespaces.values())
        objs += sorted(self.objects, key=lambda o: (_ORDER.get(o["kind"], len(_ORDER)),))
        objs += self.secrets
        return objs


def _expand(s):
    return os.path.expandvars(s) if isinstance(s, str) else s


def _host_path(p, base_dir):
    p = os.path.expanduser(os.path.expandvars(p))
    if "${" in p:
        raise ScenarioError("unset variable in path %r" % p)
    return p if os.path.isabs(p) else os.path.normpath(os.path.join(base_dir, p))


def build(doc, base_dir=".", now=None, gzip_level=None):
    """Turn a parsed scenario document into the load() result."""
    b = Builder(base_dir, now)
    nrel = len(doc.get("releases") or []) + int((doc.get("generate") or {}).get("releases", 0))
    level = gzip_level if gzip_level is not None else (9 if nrel <= 100 else 1)
    for ns in doc.get("namespaces") or []:
        if isinstance(ns, str):
            b.namespace(ns)
        else:
            b.namespace(ns["name"], ns.get("labels"))
    for spec in doc.get("releases") or []:
        try:
            b.release(spec, level)
        except KeyError as e:
            raise ScenarioError("release %r: missing field %s" % (spec.get("name"), e))
    if doc.get("generate"):
        b.generate(doc["generate"], level)
    for o in doc.get("objects") or []:
        if not isinstance(o, dict) or "kind" not in o or "apiVersion" not in o or "name" not in o.get("metadata", {}):
            raise ScenarioError("raw object needs apiVersion, kind and metadata.name: %r" % (o,))
        o = copy.deepcopy(o)
        ct = o["metadata"].get("creationTimestamp")
        if ct is not None:
            # relative times ("-80d") are allowed here, like a revision's "deployed"
            o["metadata"]["creationTimestamp"] = k8s_time(parse_when(ct, b.now))
        ns = o["metadata"].get("namespace")
        if o["kind"] == "Namespace":
            b.namespace(o["metadata"]["name"], o["metadata"].get("labels"))
            continue
        if o["kind"] not in CLUSTER_SCOPED:
            ns = ns or "default"
            o["metadata"]["namespace"] = ns
            b.namespace(ns)
        b.objects.append(o)
    b.namespace("default")
    execs = []
    for e in doc.get("exec") or []:
        e = copy.deepcopy(e)
        if "paths" in e:
            # null = let the exec module make a per-pod temporary directory
            e["paths"] = {k: (None if v is None else _host_path(v, base_dir)) for k, v in e["paths"].items()}
        if "hostPaths" in e:
            e["hostPaths"] = [_host_path(v, base_dir) for v in e["hostPaths"]]
        if "env" in e:
            e["env"] = {k: _expand(v) for k, v in e["env"].items()}
        for k in ("cwd", "root"):
            if k in e:
                e[k] = _host_path(e[k], base_dir)
        execs.append(e)
    rbac = doc.get("rbac")
    if rbac is not None:
        rbac = dict(rbac)
        rbac.setdefault("mode", "rbac")
        if rbac["mode"] not in ("rbac", "allow-all"):
            raise ScenarioError("rbac.mode must be rbac or allow-all")
        rbac.setdefault("groups", ["system:authenticated"])
    return {"objects": b.result(), "exec": execs, "rbac": rbac, "logs": dict(doc.get("logs") or {})}


def load(path, now=None, gzip_level=None):
    """Load a scenario file (JSON). See scenarios/README.md for the format."""
    path = os.path.abspath(path)
    with open(path) as f:
        try:
            doc = json.load(f)
        except ValueError as e:
            raise ScenarioError("%s: not valid JSON: %s" % (path, e))
    inc = doc.pop("include", None)
    if inc:
        # include: other scenario files merged in (their releases/objects/... are appended)
        for p in ([inc] if isinstance(inc, str) else inc):
            with open(_host_path(p, os.path.dirname(path))) as f:
                sub = json.load(f)
            for k in ("namespaces", "releases", "objects", "exec"):
                doc[k] = (sub.get(k) or []) + (doc.get(k) or [])
            doc.setdefault("logs", {}).update(sub.get("logs") or {})
            if sub.get("rbac") and not doc.get("rbac"):
                doc["rbac"] = sub["rbac"]
    return build(doc, os.path.dirname(path), now, gzip_level)


def seed(url, source, timeout=120):
    """Seed a running kubesim at `url` (http://127.0.0.1:PORT) with a scenario: a path, a scenario
    document (dict, paths relative to the current directory), or a load() result. Uses the
    server's test endpoints: /__test/objects, /__test/rbac, /__test/logs, /__test/exec/...
    Returns the server's answer for the objects."""
    import urllib.request
    if isinstance(source, str):
        r = load(source)
    elif isinstance(source, dict) and "objects" in source and isinstance(source.get("exec", []), list) \
            and "releases" not in source and "namespaces" not in source and "generate" not in source:
        r = source
    else:
        r = build(source, os.getcwd())

    def post(path, body):
        req = urllib.request.Request(url.rstrip("/") + "/__test/" + path, data=json.dumps(body).encode(),
                                     method="POST", headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return json.loads(resp.read() or b"null")
    if r.get("rbac"):
        post("rbac", r["rbac"])
    if r.get("logs"):
        post("logs", r["logs"])
    for e in r.get("exec") or []:
        if "faults" in e:
            post("exec/faults", e["faults"] or {})
        elif "paths" in e:
            post("exec/backends", e)
        else:
            post("exec/table", e)
    return post("objects", {"objects": r["objects"]})


# ---------------------------------------------------------------------------
# test charts (tests/data/charts/<chart>-<version>/): written from the same profiles

TEST_CHARTS = ["postgresql", "mysql", "redis", "grafana", "vaultwarden", "nextcloud", "prometheus", "memcached"]


def _tpl_helpers(chart):
    c = chart
    return """{{/* Chart name, truncated to 63 characters. */}}
{{- define "%(c)s.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Fully qualified app name: <release> if it contains the chart name, else <release>-<chart>. */}}
{{- define "%(c)s.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%%s-%%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "%(c)s.chart" -}}
{{- printf "%%s-%%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "%(c)s.labels" -}}
helm.sh/chart: {{ include "%(c)s.chart" . }}
{{ include "%(c)s.selectorLabels" . }}
app.kubernetes.io/version: {{ include "%(c)s.str" (include "%(c)s.imageTag" .) }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "%(c)s.selectorLabels" -}}
app.kubernetes.io/name: {{ include "%(c)s.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "%(c)s.imageTag" -}}
{{- .Values.image.tag | default .Chart.AppVersion | toString }}
{{- end }}

{{/* A string scalar written the way scenario.to_yaml writes it (plain when safe, else JSON-quoted),
     so that seeded release manifests and rendered ones are byte-identical. */}}
{{- define "%(c)s.str" -}}
{{- $s := toString . -}}
{{- if and (regexMatch %(plain)s $s) (not (regexMatch %(nonstr)s $s)) (not (has (lower $s) (list %(words)s))) -}}
{{ $s }}
{{- else -}}
{{ $s | toJson }}
{{- end -}}
{{- end }}

{{- define "%(c)s.serviceAccountName" -}}
{{- if .Values.serviceAccount.name }}
{{- .Values.serviceAccount.name }}
{{- else if .Values.serviceAccount.create }}
{{- include "%(c)s.fullname" . }}
{{- else }}
{{- "default" }}
{{- end }}
{{- end }}
""" % {"c": c, "plain": json.dumps(PLAIN_RE), "nonstr": json.dumps(NONSTR_RE),
       "words": " ".join(json.dumps(w) for w in _YAML_WORDS)}


def chart_template_files(chart, version):
    """{relative path: text} for the whole test chart directory (Chart.yaml, values.yaml, templates/...)."""
    p = profile_for(chart, version)
    vals = default_values(chart, version)
    c = chart
    inc = lambda what: '{{ include "%s.%s" . }}' % (c, what)
    labels = '    {{- include "%s.labels" . | nindent 4 }}' % c
    files = {}
    files["Chart.yaml"] = to_yaml({k: v for k, v in chart_metadata(chart, version, p["appVersion"]).items()
                                   if k != "apiVersion"} | {"apiVersion": "v2"})
    files["values.yaml"] = ("# Default values for the %s test chart %s (modelled on sb-helm-charts/%s).\n"
                            % (chart, version, chart)) + to_yaml(vals)
    files[".helmignore"] = ".git/\n*.swp\n*.bak\n*.tmp\n"
    files["templates/_helpers.tpl"] = _tpl_helpers(c)
    files["templates/NOTES.txt"] = (
        '{{ .Chart.Name }} {{ .Chart.AppVersion }} is running as {{ include "%s.fullname" . }} in namespace '
        '{{ .Release.Namespace }}.\n\nService: {{ include "%s.fullname" . }}.{{ .Release.Namespace }}'
        '.svc.cluster.local:{{ .Values.service.port }}\n' % (c, c))
    if p.get("secret"):
        key0 = p["secret"]["keys"][0].replace(".", "\\\\.")
        files["templates/NOTES.txt"] += (
            "{{- if not .Values.existingSecret }}\nCredentials: kubectl get secret %s -n {{ .Release.Namespace }}"
            " -o jsonpath='{.data.%s}' | base64 -d\n{{- end }}\n" % (
                p["secret"]["name"].replace("{fullname}", inc("fullname")), key0))
    files["templates/serviceaccount.yaml"] = (
        "{{- if .Values.serviceAccount.create }}\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n"
        "  name: %s\n  namespace: {{ .Release.Namespace }}\n  labels:\n%s\nautomountServiceAccountToken: false\n"
        "{{- end }}\n" % (inc("serviceAccountName"), labels))
    secret_ref = None
    if p.get("secret"):
        sname = p["secret"]["name"].replace("{fullname}", inc("fullname"))
        lines = ["{{- if not .Values.existingSecret }}", "apiVersion: v1", "kind: Secret", "metadata:",
                 "  name: %s" % sname, "  namespace: {{ .Release.Namespace }}", "  labels:", labels,
                 "type: Opaque", "data:"]
        for k in p["secret"]["keys"]:
            lines.append('  %s: {{ include "%s.str" (index .Values.auth %s | default (sha256sum (printf "%%s/%%s/%%s" '
                         '.Release.Namespace .Release.Name %s) | trunc 20) | toString | b64enc) }}'
                         % (_yscalar(k), c, json.dumps(k), json.dumps(k)))
        lines.append("{{- end }}")
        files["templates/secret.yaml"] = "\n".join(lines) + "\n"
        secret_ref = '{{ .Values.existingSecret | default (printf "%s" (include "%s.fullname" .)) }}' % (
            p["secret"]["name"].replace("{fullname}", "%s"), c)
    if p.get("configmaps"):
        files["templates/configmap.yaml"] = (
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\n  namespace: {{ .Release.Namespace }}\n"
            "  labels:\n%s\ndata:\n  {{- range $k, $v := .Values.config }}\n  {{ include \"%s.str\" $k }}: {{ include \"%s.str\" $v }}\n"
            "  {{- end }}\n" % (p["configmaps"][0].replace("{fullname}", inc("fullname")), labels, c, c))
    if p["kind"] != "StatefulSet" and p.get("pvcs"):
        docs = []
        for pv in p["pvcs"]:
            size = _yscalar(pv["size"]) if len(p["pvcs"]) > 1 else '{{ include "%s.str" .Values.persistence.size }}' % c
            docs.append(
                "---\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: %s\n"
                "  namespace: {{ .Release.Namespace }}\n  labels:\n%s\nspec:\n  accessModes:\n"
                "    - {{ .Values.persistence.accessMode }}\n  resources:\n    requests:\n      storage: %s\n"
                "  {{- with .Values.persistence.storageClass }}\n  storageClassName: {{ . }}\n  {{- end }}\n"
                % (pv["name"].replace("{fullname}", inc("fullname")), labels, size))
        files["templates/pvc.yaml"] = "{{- if .Values.persistence.enabled }}\n" + "".join(docs) + "{{- end }}\n"
    if p.get("rbac"):
        r = p["rbac"][0]
        cluster = r["kind"] == "ClusterRole"
        nsline = "" if cluster else "  namespace: {{ .Release.Namespace }}\n"
        files["templates/role.yaml"] = (
            "{{- if .Values.rbac.create }}\napiVersion: rbac.authorization.k8s.io/v1\nkind: %s\nmetadata:\n"
            "  name: %s\n%s  labels:\n%s\nrules:\n%s{{- end }}\n"
            % (r["kind"], inc("fullname"), nsline, labels, to_yaml(r["rules"], 2)))
        files["templates/rolebinding.yaml"] = (
            "{{- if .Values.rbac.create }}\napiVersion: rbac.authorization.k8s.io/v1\nkind: %s\nmetadata:\n"
            "  name: %s\n%s  labels:\n%s\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: %s\n"
            "  name: %s\nsubjects:\n  - kind: ServiceAccount\n    name: %s\n"
            "    namespace: {{ .Release.Namespace }}\n{{- end }}\n"
            % ("ClusterRoleBinding" if cluster else "RoleBinding", inc("fullname"), nsline, labels,
               r["kind"], inc("fullname"), inc("serviceAccountName")))
    port_name = p.get("portName") or "http"
    files["templates/service.yaml"] = (
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: %s\n  namespace: {{ .Release.Namespace }}\n"
        "  labels:\n%s\nspec:\n  type: {{ .Values.service.type }}\n  ports:\n    - name: %s\n"
        "      port: {{ .Values.service.port }}\n      targetPort: %s\n      protocol: TCP\n  selector:\n"
        '    {{- include "%s.selectorLabels" . | nindent 4 }}\n' % (inc("fullname"), labels, port_name, port_name, c))
    if p["kind"] == "StatefulSet":
        files["templates/service-headless.yaml"] = (
            "{{- if .Values.headlessService }}\napiVersion: v1\nkind: Service\nmetadata:\n  name: %s-headless\n"
            "  namespace: {{ .Release.Namespace }}\n  labels:\n%s\nspec:\n  clusterIP: None\n  ports:\n"
            "    - name: %s\n      port: {{ .Values.service.port }}\n      targetPort: %s\n      protocol: TCP\n"
            '  selector:\n    {{- include "%s.selectorLabels" . | nindent 4 }}\n{{- end }}\n'
            % (inc("fullname"), labels, port_name, port_name, c))
    # workload
    env_lines = []
    for ename, key in ((p.get("secretEnv") or {}) if p.get("secret") else {}).items():
        env_lines.append("            - name: %s\n              valueFrom:\n                secretKeyRef:\n"
                         "                  name: %s\n                  key: %s\n" % (ename, secret_ref, key))
    # always written; renders no env key when there is nothing to put in it
    env_block = (
        "          {{- if or %s .Values.env .Values.extraEnv }}\n          env:\n%s"
        "            {{- range $k, $v := .Values.env }}\n            - name: {{ $k }}\n"
        "              value: {{ include \"%s.str\" $v }}\n            {{- end }}\n"
        "            {{- with .Values.extraEnv }}\n            {{- toYaml . | nindent 12 }}\n            {{- end }}\n"
        "          {{- end }}\n" % ("true" if env_lines else "false", "".join(env_lines), c))
    mounts, vols = [], []
    if p["kind"] == "StatefulSet":
        for vct in p.get("volumeClaimTemplates") or []:
            mounts.append("            {{- if .Values.persistence.enabled }}\n            - name: %s\n"
                          "              mountPath: %s\n            {{- end }}\n" % (vct["name"], vct["mountPath"]))
    else:
        for pv in p.get("pvcs") or []:
            mounts.append("            {{- if .Values.persistence.enabled }}\n            - name: %s\n"
                          "              mountPath: %s\n            {{- end }}\n" % (pv["volume"], pv["mountPath"]))
            vols.append("        {{- if .Values.persistence.enabled }}\n        - name: %s\n"
                        "          persistentVolumeClaim:\n            claimName: %s\n        {{- end }}\n"
                        % (pv["volume"], pv["name"].replace("{fullname}", inc("fullname"))))
    for vname, path in sorted((p.get("extraMounts") or {}).items()):
        mounts.append("            - name: %s\n              mountPath: %s\n" % (vname, path))
        vols.append("        - name: %s\n          emptyDir: {}\n" % vname)
    if p.get("configmaps"):
        mounts.append("            - name: config\n              mountPath: /etc/%s\n              readOnly: true\n" % c)
        vols.append("        - name: config\n          configMap:\n            name: %s\n"
                    % p["configmaps"][0].replace("{fullname}", inc("fullname")))
    static_mount = any("{{- if" not in m for m in mounts)
    mount_block = ""
    if mounts:
        cond = "true" if static_mount else ".Values.persistence.enabled"
        mount_block = "          {{- if %s }}\n          volumeMounts:\n%s          {{- end }}\n" % (cond, "".join(mounts))
    vol_block = ""
    if vols:
        cond = "true" if any("{{- if" not in v for v in vols) else ".Values.persistence.enabled"
        vol_block = "      {{- if %s }}\n      volumes:\n%s      {{- end }}\n" % (cond, "".join(vols))
    args_block = ""
    if p.get("args"):
        args_block = "          args:\n" + "".join("            - %s\n" % json.dumps(str(a)) for a in p["args"])
    checksum = ""
    if p.get("secret"):
        checksum = ('      {{- if not .Values.existingSecret }}\n      annotations:\n'
                    '        checksum/auth: {{ include "%s.str" (.Values.auth | toJson | sha256sum | trunc 16) }}\n'
                    '      {{- end }}\n' % c)
    kind = p["kind"]
    spec_head = ""
    if kind != "DaemonSet":
        spec_head += "  replicas: {{ .Values.replicaCount }}\n"
    if kind == "StatefulSet":
        spec_head += ('  serviceName: {{ include "%s.fullname" . }}{{ if .Values.headlessService }}-headless{{ end }}\n' % c)
    vct_block = ""
    if kind == "StatefulSet" and p.get("volumeClaimTemplates"):
        vct_block = "  {{- if .Values.persistence.enabled }}\n  volumeClaimTemplates:\n"
        for vct in p["volumeClaimTemplates"]:
            vct_block += ("    - metadata:\n        name: %s\n      spec:\n        accessModes:\n"
                          "          - {{ .Values.persistence.accessMode }}\n        resources:\n          requests:\n"
                          "            storage: {{ include \"%s.str\" .Values.persistence.size }}\n"
                          "        {{- with .Values.persistence.storageClass }}\n        storageClassName: {{ . }}\n"
                          "        {{- end }}\n" % (vct["name"], c))
        vct_block += "  {{- end }}\n"
    files["templates/%s.yaml" % kind.lower()] = (
        "apiVersion: apps/v1\nkind: %(kind)s\nmetadata:\n  name: %(fn)s\n  namespace: {{ .Release.Namespace }}\n"
        "  labels:\n%(labels)s\nspec:\n%(head)s  selector:\n    matchLabels:\n"
        '      {{- include "%(c)s.selectorLabels" . | nindent 6 }}\n  template:\n    metadata:\n'
        '      labels:\n        {{- include "%(c)s.selectorLabels" . | nindent 8 }}\n%(checksum)s    spec:\n'
        "      serviceAccountName: %(sa)s\n      containers:\n        - name: %(c)s\n"
        '          image: "{{ .Values.image.repository }}:{{ include "%(c)s.imageTag" . }}"\n'
        "          imagePullPolicy: {{ .Values.image.pullPolicy }}\n%(args)s          ports:\n"
        "            - name: %(port_name)s\n              containerPort: %(port)d\n              protocol: TCP\n"
        "%(env)s%(mounts)s          {{- with .Values.resources }}\n          resources:\n"
        "            {{- toYaml . | nindent 12 }}\n          {{- end }}\n%(vols)s%(vct)s"
        % {"kind": kind, "fn": inc("fullname"), "labels": labels, "head": spec_head, "c": c,
           "checksum": checksum, "sa": inc("serviceAccountName"), "args": args_block, "port_name": port_name,
           "port": p["port"], "env": env_block, "mounts": mount_block, "vols": vol_block, "vct": vct_block})
    # pre-upgrade hook (rendered when upgrade.preUpgradeBackup)
    hook_env = ""
    if env_lines:
        hook_env = "          env:\n" + "".join(l.replace("            ", "            ", 1) for l in env_lines)
    files["templates/hooks/pre-upgrade-job.yaml"] = (
        "{{- if .Values.upgrade.preUpgradeBackup }}\napiVersion: batch/v1\nkind: Job\nmetadata:\n"
        "  name: %(fn)s-pre-upgrade\n  namespace: {{ .Release.Namespace }}\n  labels:\n%(labels)s\n"
        "  annotations:\n    helm.sh/hook: pre-upgrade\n    helm.sh/hook-weight: \"-5\"\n"
        "    helm.sh/hook-delete-policy: before-hook-creation\nspec:\n  backoffLimit: 1\n  template:\n"
        '    metadata:\n      labels:\n        {{- include "%(c)s.selectorLabels" . | nindent 8 }}\n    spec:\n'
        "      restartPolicy: Never\n      serviceAccountName: %(sa)s\n      containers:\n"
        '        - name: pre-upgrade-backup\n          image: "{{ .Values.image.repository }}:{{ include "%(c)s.imageTag" . }}"\n'
        "          command:\n            - sh\n            - \"-c\"\n            - %(cmd)s\n%(env)s{{- end }}\n"
        % {"fn": inc("fullname"), "labels": labels, "c": c, "sa": inc("serviceAccountName"),
           "cmd": _yscalar(p.get("hookCommand") or "echo pre-upgrade check for %s" % chart), "env": hook_env})
    return files


def write_chart(chart, version, dest_root):
    d = os.path.join(dest_root, "%s-%s" % (chart, version))
    files = chart_template_files(chart, version)
    for rel, text in files.items():
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    return d


def test_chart_versions(chart):
    return profile_for(chart)["versions"]


def write_test_charts(dest_root):
    out = []
    for c in TEST_CHARTS:
        for v in test_chart_versions(c):
            out.append(write_chart(c, v, dest_root))
    return out


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("dump", help="print the objects of a scenario as JSON (a List)")
    s.add_argument("scenario")
    s.add_argument("--summary", action="store_true", help="counts only")
    s = sub.add_parser("decode", help="decode a helm release Secret (JSON file or '-') to release JSON")
    s.add_argument("secret")
    s = sub.add_parser("write-charts", help="(re)write the test charts under DIR")
    s.add_argument("dir")
    s = sub.add_parser("seed", help="seed a running kubesim (URL) with a scenario through its test endpoints")
    s.add_argument("url")
    s.add_argument("scenario")
    a = ap.parse_args(argv)
    if a.cmd == "dump":
        t0 = time.time()
        r = load(a.scenario)
        if a.summary:
            kinds = {}
            for o in r["objects"]:
                kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
            print(json.dumps({"seconds": round(time.time() - t0, 3), "kinds": kinds, "exec": len(r["exec"]),
                              "rbac": r["rbac"], "logs": len(r["logs"])}, indent=1))
        else:
            json.dump({"apiVersion": "v1", "kind": "List", "items": r["objects"]}, sys.stdout, indent=1)
            print()
    elif a.cmd == "decode":
        src = sys.stdin if a.secret == "-" else open(a.secret)
        json.dump(decode_release_secret(json.load(src)), sys.stdout, indent=1)
        print()
    elif a.cmd == "seed":
        print(json.dumps(seed(a.url, a.scenario)))
    elif a.cmd == "write-charts":
        for d in write_test_charts(a.dir):
            print(d)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
