#!/usr/bin/python3
"""kubesim: a Kubernetes API test server for Chartroom's integration tests.

Serves enough of kube-apiserver (discovery, OpenAPI v3 stub, CRUD, patches, watch,
WatchList, a fake controller, RBAC reviews, logs, exec hand-off) that the pinned real
helm and kubectl binaries work against it unmodified.  Python standard library only.
See tests/kubesim/README.md and /work/shared/reference/kube-api-test-server.md.
"""
import argparse
import base64
import calendar
import copy
import hashlib
import heapq
import json
import os
import random
import re
import select
import signal
import socket
import sys
import threading
import time
import traceback
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

SERVER_VERSION = {
    "major": "1", "minor": "33", "gitVersion": "v1.33.0-kubesim",
    "gitCommit": "60a317eadfcb839692a68eab88b2096f4d708f4f", "gitTreeState": "clean",
    "buildDate": "2025-04-23T13:07:12Z", "goVersion": "go1.24.2", "compiler": "gc",
    "platform": "linux/amd64",
}
CONTROLLER_DELAY = 0.3
NODE_NAME = "kubesim-node"
ALL_VERBS = ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]
PATCH_TYPES = ["application/apply-patch+yaml", "application/json-patch+json",
               "application/merge-patch+json", "application/strategic-merge-patch+json"]


def jdump(o):
    return json.dumps(o, separators=(",", ":")).encode()


def strip_rv(o):
    return jdump(dict(o, metadata={k: v for k, v in o.get("metadata", {}).items() if k != "resourceVersion"}))


def now_iso(t=None):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t if t is not None else time.time()))


def parse_iso(s):
    try:
        return calendar.timegm(time.strptime(s[:19], "%Y-%m-%dT%H:%M:%S"))
    except Exception:
        return time.time()


def rand_suffix(n=5):
    return "".join(random.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


def hash_name(obj, n=10):
    h = hashlib.sha256(jdump(obj)).digest()
    alphabet = "bcdfghjklmnpqrstvwxz2456789"
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def human_age(ts):
    if not ts:
        return "<unknown>"
    d = max(0, int(time.time() - parse_iso(ts)))
    if d < 120:
        return "%ds" % d
    if d < 600:
        return "%dm%ds" % (d // 60, d % 60) if d % 60 else "%dm" % (d // 60)
    if d < 3 * 3600:
        return "%dm" % (d // 60)
    if d < 8 * 3600:
        return "%dh%dm" % (d // 3600, (d % 3600) // 60)
    if d < 2 * 86400:
        return "%dh" % (d // 3600)
    if d < 8 * 86400:
        return "%dd%dh" % (d // 86400, (d % 86400) // 3600) if (d % 86400) // 3600 else "%dd" % (d // 86400)
    if d < 365 * 86400:
        return "%dd" % (d // 86400)
    return "%dy%dd" % (d // (365 * 86400), (d % (365 * 86400)) // 86400)


# --------------------------------------------------------------------------------------
# Resource registry
# --------------------------------------------------------------------------------------
class Res:
    def __init__(self, group, version, plural, kind, namespaced, short=(), cat=False,
                 status=False, scale=False, verbs=None, singular=None, spec=True):
        self.group, self.version, self.plural, self.kind = group, version, plural, kind
        self.namespaced, self.short, self.cat = namespaced, list(short), cat
        self.status, self.scale = status, scale
        self.verbs = verbs if verbs is not None else list(ALL_VERBS)
        self.singular = singular or kind.lower()
        self.has_spec = spec
        self.crd = False

    @property
    def gv(self):
        return "%s/%s" % (self.group, self.version) if self.group else self.version

    @property
    def key(self):
        return (self.group, self.plural)

    @property
    def qualified(self):  # "deployments.apps" / "pods"
        return "%s.%s" % (self.plural, self.group) if self.group else self.plural

    @property
    def writable(self):
        return "patch" in self.verbs


NS_VERBS = ["create", "delete", "get", "list", "patch", "update", "watch"]
BUILTIN = [
    Res("", "v1", "namespaces", "Namespace", False, ["ns"], status=True, verbs=NS_VERBS),
    Res("", "v1", "pods", "Pod", True, ["po"], cat=True, status=True),
    Res("", "v1", "services", "Service", True, ["svc"], cat=True, status=True),
    Res("", "v1", "configmaps", "ConfigMap", True, ["cm"], spec=False),
    Res("", "v1", "secrets", "Secret", True, spec=False),
    Res("", "v1", "events", "Event", True, ["ev"], spec=False),
    Res("", "v1", "serviceaccounts", "ServiceAccount", True, ["sa"], spec=False),
    Res("", "v1", "nodes", "Node", False, ["no"], status=True),
    Res("", "v1", "persistentvolumeclaims", "PersistentVolumeClaim", True, ["pvc"], status=True),
    Res("", "v1", "persistentvolumes", "PersistentVolume", False, ["pv"], status=True),
    Res("", "v1", "endpoints", "Endpoints", True, ["ep"], spec=False, singular="endpoints"),
    Res("", "v1", "replicationcontrollers", "ReplicationController", True, ["rc"], cat=True, status=True, scale=True),
    Res("", "v1", "resourcequotas", "ResourceQuota", True, ["quota"], status=True),
    Res("", "v1", "limitranges", "LimitRange", True, ["limits"]),
    Res("apps", "v1", "deployments", "Deployment", True, ["deploy"], cat=True, status=True, scale=True),
    Res("apps", "v1", "statefulsets", "StatefulSet", True, ["sts"], cat=True, status=True, scale=True),
    Res("apps", "v1", "replicasets", "ReplicaSet", True, ["rs"], cat=True, status=True, scale=True),
    Res("apps", "v1", "daemonsets", "DaemonSet", True, ["ds"], cat=True, status=True),
    Res("apps", "v1", "controllerrevisions", "ControllerRevision", True, spec=False),
    Res("batch", "v1", "jobs", "Job", True, cat=True, status=True),
    Res("batch", "v1", "cronjobs", "CronJob", True, ["cj"], cat=True, status=True),
    Res("rbac.authorization.k8s.io", "v1", "clusterroles", "ClusterRole", False, spec=False),
    Res("rbac.authorization.k8s.io", "v1", "clusterrolebindings", "ClusterRoleBinding", False, spec=False),
    Res("rbac.authorization.k8s.io", "v1", "roles", "Role", True, spec=False),
    Res("rbac.authorization.k8s.io", "v1", "rolebindings", "RoleBinding", True, spec=False),
    Res("authorization.k8s.io", "v1", "selfsubjectaccessreviews", "SelfSubjectAccessReview", False, verbs=["create"]),
    Res("authorization.k8s.io", "v1", "selfsubjectrulesreviews", "SelfSubjectRulesReview", False, verbs=["create"]),
    Res("authentication.k8s.io", "v1", "selfsubjectreviews", "SelfSubjectReview", False, verbs=["create"]),
    Res("networking.k8s.io", "v1", "ingresses", "Ingress", True, ["ing"], status=True),
    Res("networking.k8s.io", "v1", "networkpolicies", "NetworkPolicy", True, ["netpol"]),
    Res("networking.k8s.io", "v1", "ingressclasses", "IngressClass", False),
    Res("policy", "v1", "poddisruptionbudgets", "PodDisruptionBudget", True, ["pdb"], status=True),
    Res("autoscaling", "v2", "horizontalpodautoscalers", "HorizontalPodAutoscaler", True, ["hpa"], cat=True, status=True),
    Res("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", False, ["crd", "crds"], status=True),
    Res("coordination.k8s.io", "v1", "leases", "Lease", True),
    Res("storage.k8s.io", "v1", "storageclasses", "StorageClass", False, ["sc"], spec=False),
    Res("events.k8s.io", "v1", "events", "Event", True, ["ev"], spec=False),
    Res("discovery.k8s.io", "v1", "endpointslices", "EndpointSlice", True, spec=False),
]
REVIEW_KINDS = {"selfsubjectaccessreviews", "selfsubjectrulesreviews", "selfsubjectreviews"}


class Registry:
    def __init__(self):
        self.by_gvp = {}      # (group, version, plural) -> Res
        self.groups = {}      # group -> [versions] (preferred first)
        for r in BUILTIN:
            self.add(r)
        self.hash = "0"
        self.bump()

    def add(self, r):
        self.by_gvp[(r.group, r.version, r.plural)] = r
        vs = self.groups.setdefault(r.group, [])
        if r.version not in vs:
            vs.append(r.version)

    def remove_crd(self, group, plural):
        for k in [k for k, r in self.by_gvp.items() if r.crd and r.group == group and r.plural == plural]:
            del self.by_gvp[k]
        used = {r.version for r in self.by_gvp.values() if r.group == group}
        if group in self.groups:
            self.groups[group] = [v for v in self.groups[group] if v in used]
            if not self.groups[group]:
                del self.groups[group]

    def bump(self):
        self.hash = hashlib.sha256(repr(sorted(self.by_gvp)).encode() + str(time.time()).encode()).hexdigest()[:16].upper()

    def get(self, group, version, plural):
        return self.by_gvp.get((group, version, plural))

    def resources(self, group, version):
        return [r for (g, v, _), r in self.by_gvp.items() if g == group and v == version]

    def by_key(self, group, plural):
        for (g, v, p), r in self.by_gvp.items():
            if g == group and p == plural:
                return r
        return None

    def by_kind(self, api_version, kind):
        g, _, v = api_version.rpartition("/")
        for (rg, rv, _), r in self.by_gvp.items():
            if rg == g and r.kind == kind:
                return r
        return None


# --------------------------------------------------------------------------------------
# Protobuf decoding (the subset helm and kubectl send)
# --------------------------------------------------------------------------------------
class ProtoError(Exception):
    pass


def pb_fields(buf):
    i, n = 0, len(buf)
    while i < n:
        key, i = _varint(buf, i)
        fno, wt = key >> 3, key & 7
        if wt == 0:
            v, i = _varint(buf, i)
        elif wt == 1:
            v, i = buf[i:i + 8], i + 8
        elif wt == 2:
            ln, i = _varint(buf, i)
            v, i = buf[i:i + ln], i + ln
            if i > n:
                raise ProtoError("truncated")
        elif wt == 5:
            v, i = buf[i:i + 4], i + 4
        else:
            raise ProtoError("wire type %d" % wt)
        yield fno, wt, v


def _varint(buf, i):
    shift = result = 0
    while True:
        if i >= len(buf):
            raise ProtoError("truncated varint")
        b = buf[i]
        i += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, i
        shift += 7


# schema: fieldno -> (name, kind, sub) ; kind: s=string, b=bytes, B=bool, i=int, m=message,
# ms=map<string,string>, mb=map<string,bytes>, rs=repeated string, rm=repeated message
TIME = {1: ("seconds", "i", None)}
OWNER_REF = {1: ("kind", "s", None), 3: ("name", "s", None), 4: ("uid", "s", None),
             5: ("apiVersion", "s", None), 6: ("controller", "B", None), 7: ("blockOwnerDeletion", "B", None)}
OBJECT_META = {1: ("name", "s", None), 2: ("generateName", "s", None), 3: ("namespace", "s", None),
               5: ("uid", "s", None), 6: ("resourceVersion", "s", None), 7: ("generation", "i", None),
               11: ("labels", "ms", None), 12: ("annotations", "ms", None),
               13: ("ownerReferences", "rm", OWNER_REF), 14: ("finalizers", "rs", None)}
POLICY_RULE = {1: ("verbs", "rs", None), 2: ("apiGroups", "rs", None), 3: ("resources", "rs", None),
               4: ("resourceNames", "rs", None), 5: ("nonResourceURLs", "rs", None)}
SUBJECT = {1: ("kind", "s", None), 2: ("apiGroup", "s", None), 3: ("name", "s", None), 4: ("namespace", "s", None)}
ROLE_REF = {1: ("apiGroup", "s", None), 2: ("kind", "s", None), 3: ("name", "s", None)}
# Workload kinds that kubectl >= 1.32 `create deployment|service|cronjob|job|pdb|quota|ingress` sends as
# protobuf (typed clients). Field numbers per upstream proto, confirmed on kubectl 1.35 request bytes.
# Only the fields those generators and common manifests set are decoded.
LABEL_SELECTOR = {1: ("matchLabels", "ms", None),
                  2: ("matchExpressions", "rm", {1: ("key", "s", None), 2: ("operator", "s", None),
                                                 3: ("values", "rs", None)})}
NAME_REF = {1: ("name", "s", None)}
KEY_SELECTOR = {1: ("", "mi", NAME_REF), 2: ("key", "s", None), 3: ("optional", "B", None)}
ENV_VAR = {1: ("name", "s", None), 2: ("value", "s", None),
           3: ("valueFrom", "m", {1: ("fieldRef", "m", {1: ("apiVersion", "s", None), 2: ("fieldPath", "s", None)}),
                                  3: ("configMapKeyRef", "m", KEY_SELECTOR), 4: ("secretKeyRef", "m", KEY_SELECTOR)})}
CONTAINER = {1: ("name", "s", None), 2: ("image", "s", None), 3: ("command", "rs", None), 4: ("args", "rs", None),
             5: ("workingDir", "s", None),
             6: ("ports", "rm", {1: ("name", "s", None), 2: ("hostPort", "i", None), 3: ("containerPort", "i", None),
                                 4: ("protocol", "s", None), 5: ("hostIP", "s", None)}),
             7: ("env", "rm", ENV_VAR),
             8: ("resources", "m", {1: ("limits", "mq", None), 2: ("requests", "mq", None)}),
             9: ("volumeMounts", "rm", {1: ("name", "s", None), 2: ("readOnly", "B", None), 3: ("mountPath", "s", None),
                                        4: ("subPath", "s", None)}),
             13: ("terminationMessagePath", "s", None), 14: ("imagePullPolicy", "s", None),
             16: ("stdin", "B", None), 17: ("stdinOnce", "B", None), 18: ("tty", "B", None),
             20: ("terminationMessagePolicy", "s", None)}
POD_SPEC = {2: ("containers", "rm", CONTAINER), 3: ("restartPolicy", "s", None),
            4: ("terminationGracePeriodSeconds", "i", None), 6: ("dnsPolicy", "s", None),
            7: ("nodeSelector", "ms", None), 8: ("serviceAccountName", "s", None), 10: ("nodeName", "s", None),
            15: ("imagePullSecrets", "rm", NAME_REF), 16: ("hostname", "s", None), 17: ("subdomain", "s", None),
            19: ("schedulerName", "s", None), 20: ("initContainers", "rm", CONTAINER)}
POD_TEMPLATE = {1: ("metadata", "m", None), 2: ("spec", "m", POD_SPEC)}
JOB_SPEC = {1: ("parallelism", "iz", None), 2: ("completions", "iz", None), 3: ("activeDeadlineSeconds", "i", None),
            4: ("selector", "m", LABEL_SELECTOR), 5: ("manualSelector", "B", None), 6: ("template", "m", POD_TEMPLATE),
            7: ("backoffLimit", "iz", None), 8: ("ttlSecondsAfterFinished", "iz", None), 10: ("suspend", "B", None)}
BACKEND = {3: ("resource", "m", {1: ("apiGroup", "s", None), 2: ("kind", "s", None), 3: ("name", "s", None)}),
           4: ("service", "m", {1: ("name", "s", None), 2: ("port", "m", {1: ("name", "s", None), 2: ("number", "i", None)})})}
PB_WORKLOADS = {
    "Deployment": {1: ("metadata", "m", None), 2: ("spec", "m", {
        1: ("replicas", "iz", None), 2: ("selector", "m", LABEL_SELECTOR), 3: ("template", "m", POD_TEMPLATE),
        4: ("strategy", "m", {1: ("type", "s", None), 2: ("rollingUpdate", "m", {1: ("maxUnavailable", "ios", None),
                                                                                  2: ("maxSurge", "ios", None)})}),
        5: ("minReadySeconds", "i", None), 6: ("revisionHistoryLimit", "iz", None), 7: ("paused", "B", None),
        9: ("progressDeadlineSeconds", "i", None)})},
    "Service": {1: ("metadata", "m", None), 2: ("spec", "m", {
        1: ("ports", "rm", {1: ("name", "s", None), 2: ("protocol", "s", None), 3: ("port", "i", None),
                            4: ("targetPort", "ios", None), 5: ("nodePort", "i", None), 6: ("appProtocol", "s", None)}),
        2: ("selector", "ms", None), 3: ("clusterIP", "s", None), 4: ("type", "s", None), 5: ("externalIPs", "rs", None),
        7: ("sessionAffinity", "s", None), 10: ("externalName", "s", None), 11: ("externalTrafficPolicy", "s", None),
        18: ("clusterIPs", "rs", None)})},
    "Job": {1: ("metadata", "m", None), 2: ("spec", "m", JOB_SPEC)},
    "CronJob": {1: ("metadata", "m", None), 2: ("spec", "m", {
        1: ("schedule", "s", None), 2: ("startingDeadlineSeconds", "i", None), 3: ("concurrencyPolicy", "s", None),
        4: ("suspend", "B", None), 5: ("jobTemplate", "m", {1: ("metadata", "m", None), 2: ("spec", "m", JOB_SPEC)}),
        6: ("successfulJobsHistoryLimit", "iz", None), 7: ("failedJobsHistoryLimit", "iz", None),
        8: ("timeZone", "s", None)})},
    "PodDisruptionBudget": {1: ("metadata", "m", None), 2: ("spec", "m", {
        1: ("minAvailable", "ios", None), 2: ("selector", "m", LABEL_SELECTOR), 3: ("maxUnavailable", "ios", None)})},
    "ResourceQuota": {1: ("metadata", "m", None), 2: ("spec", "m", {1: ("hard", "mq", None), 2: ("scopes", "rs", None)})},
    "Ingress": {1: ("metadata", "m", None), 2: ("spec", "m", {
        1: ("defaultBackend", "m", BACKEND), 2: ("tls", "rm", {1: ("hosts", "rs", None), 2: ("secretName", "s", None)}),
        3: ("rules", "rm", {1: ("host", "s", None), 2: ("", "mi", {1: ("http", "m", {1: ("paths", "rm", {
            1: ("path", "s", None), 2: ("backend", "m", BACKEND), 3: ("pathType", "s", None)})})})}),
        4: ("ingressClassName", "s", None)})},
}


class KeepInt(int):
    """An int field that stays in the result even when 0 (pointer fields such as replicas)."""


PB_SCHEMAS = {
    "Secret": {1: ("metadata", "m", OBJECT_META), 2: ("data", "mb", None), 3: ("type", "s", None),
               4: ("stringData", "ms", None), 5: ("immutable", "B", None)},
    "ConfigMap": {1: ("metadata", "m", OBJECT_META), 2: ("data", "ms", None), 3: ("binaryData", "mb", None),
                  4: ("immutable", "B", None)},
    "Namespace": {1: ("metadata", "m", OBJECT_META), 2: ("spec", "m", {1: ("finalizers", "rs", None)})},
    "SelfSubjectRulesReview": {1: ("metadata", "m", OBJECT_META), 2: ("spec", "m", {1: ("namespace", "s", None)})},
    "SelfSubjectAccessReview": {1: ("metadata", "m", OBJECT_META), 2: ("spec", "m", {
        1: ("resourceAttributes", "m", {1: ("namespace", "s", None), 2: ("verb", "s", None), 3: ("group", "s", None),
                                        4: ("version", "s", None), 5: ("resource", "s", None),
                                        6: ("subresource", "s", None), 7: ("name", "s", None)}),
        2: ("nonResourceAttributes", "m", {1: ("path", "s", None), 2: ("verb", "s", None)})})},
    "SelfSubjectReview": {1: ("metadata", "m", OBJECT_META)},
    "ServiceAccount": {1: ("metadata", "m", OBJECT_META),
                       3: ("imagePullSecrets", "rm", {1: ("name", "s", None)}),
                       4: ("automountServiceAccountToken", "B", None)},
    # rbac.authorization.k8s.io/v1 per upstream proto (kubectl 1.32+ `create role|clusterrole|rolebinding|...`)
    "Role": {1: ("metadata", "m", OBJECT_META), 2: ("rules", "rm", POLICY_RULE)},
    "ClusterRole": {1: ("metadata", "m", OBJECT_META), 2: ("rules", "rm", POLICY_RULE)},
    "RoleBinding": {1: ("metadata", "m", OBJECT_META), 2: ("subjects", "rm", SUBJECT), 3: ("roleRef", "m", ROLE_REF)},
    "ClusterRoleBinding": {1: ("metadata", "m", OBJECT_META), 2: ("subjects", "rm", SUBJECT),
                           3: ("roleRef", "m", ROLE_REF)},
    "Status": {}, "DeleteOptions": {},
}



def _bind_meta(schema):
    for fno, (name, kind, sub) in list(schema.items()):
        if name == "metadata" and kind == "m" and sub is None:
            schema[fno] = (name, kind, OBJECT_META)
        elif isinstance(sub, dict):
            _bind_meta(sub)


for _k, _schema in PB_WORKLOADS.items():
    _bind_meta(_schema)
    PB_SCHEMAS[_k] = _schema


def pb_decode(buf, schema):
    out = {}
    for fno, wt, v in pb_fields(buf):
        if fno not in schema:
            continue
        name, kind, sub = schema[fno]
        if kind == "s":
            out[name] = bytes(v).decode("utf-8")
        elif kind == "b":
            out[name] = base64.b64encode(bytes(v)).decode()
        elif kind == "B":
            out[name] = bool(v)
        elif kind == "i":
            out[name] = v
        elif kind == "iz":
            out[name] = KeepInt(v)
        elif kind == "mi":   # inlined (embedded) message: its fields belong to the parent
            out.update(pb_decode(v, sub))
        elif kind == "ios":  # IntOrString{type=1, intVal=2, strVal=3}
            d = {f2: v2 for f2, _, v2 in pb_fields(v)}
            out[name] = bytes(d.get(3, b"")).decode() if d.get(1) == 1 else KeepInt(d.get(2, 0))
        elif kind == "mq":   # map<string, Quantity{string=1}>
            k, val = "", ""
            for f2, _, v2 in pb_fields(v):
                if f2 == 1:
                    k = bytes(v2).decode("utf-8")
                elif f2 == 2:
                    val = next((bytes(v3).decode() for f3, _, v3 in pb_fields(v2) if f3 == 1), "")
            out.setdefault(name, {})[k] = val
        elif kind == "m":
            out[name] = pb_decode(v, sub)
        elif kind == "rm":
            out.setdefault(name, []).append(pb_decode(v, sub))
        elif kind == "rs":
            out.setdefault(name, []).append(bytes(v).decode("utf-8"))
        elif kind in ("ms", "mb"):
            k, val = "", b""
            for f2, _, v2 in pb_fields(v):
                if f2 == 1:
                    k = bytes(v2).decode("utf-8")
                elif f2 == 2:
                    val = bytes(v2)
            out.setdefault(name, {})[k] = val.decode("utf-8") if kind == "ms" else base64.b64encode(val).decode()
    return out


PB_USER_MAPS = {"labels", "annotations", "data", "stringData", "binaryData", "matchLabels", "nodeSelector",
                "selector", "hard", "limits", "requests"}


PB_FALSE_OMITTED = {"stdin", "stdinOnce", "tty", "paused", "readOnly", "manualSelector", "optional"}


def pb_strip(o):
    """Go writes unset strings as "" and ints as 0: drop them (maps of user data stay)."""
    if isinstance(o, dict):
        for k in list(o):
            v = o[k]
            if k in PB_USER_MAPS and isinstance(v, dict) and all(isinstance(x, str) for x in v.values()):
                continue
            if v is False and k in PB_FALSE_OMITTED:
                del o[k]
                continue
            if isinstance(v, KeepInt):
                o[k] = int(v)
                continue
            pb_strip(v)
            if v in ("", 0, None) and not isinstance(v, bool) or v == {} or v == []:
                del o[k]
    elif isinstance(o, list):
        for v in o:
            pb_strip(v)
    return o


def pb_envelope(body):
    if body[:4] != b"k8s\x00":
        raise ProtoError("missing magic")
    api_version = kind = ""
    raw = b""
    for fno, _, v in pb_fields(body[4:]):
        if fno == 1:
            for f2, _, v2 in pb_fields(v):
                if f2 == 1:
                    api_version = bytes(v2).decode()
                elif f2 == 2:
                    kind = bytes(v2).decode()
        elif fno == 2:
            raw = bytes(v)
    return api_version, kind, raw


# --------------------------------------------------------------------------------------
# Selectors
# --------------------------------------------------------------------------------------
def parse_label_selector(s):
    """Return a list of (key, op, values) requirements; raise ValueError when invalid."""
    reqs = []
    if not s:
        return reqs
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    parts.append(cur)
    for p in parts:
        p = p.strip()
        if not p:
            continue
        m = re.match(r"^([\w./-]+)\s+(in|notin)\s*\((.*)\)$", p)
        if m:
            reqs.append((m.group(1), m.group(2), [v.strip() for v in m.group(3).split(",") if v.strip()]))
            continue
        m = re.match(r"^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$", p)
        if m:
            op = "!=" if m.group(2) == "!=" else "="
            reqs.append((m.group(1), op, [m.group(3)]))
            continue
        m = re.match(r"^(!?)\s*([\w./-]+)$", p)
        if m:
            reqs.append((m.group(2), "!exists" if m.group(1) else "exists", []))
            continue
        raise ValueError("unable to parse requirement: %r" % p)
    return reqs


def labels_match(reqs, labels):
    labels = labels or {}
    for k, op, vals in reqs:
        has = k in labels
        if op == "=" and (not has or labels[k] != vals[0]):
            return False
        if op == "!=" and has and labels[k] == vals[0]:
            return False
        if op == "in" and (not has or labels[k] not in vals):
            return False
        if op == "notin" and has and labels[k] in vals:
            return False
        if op == "exists" and not has:
            return False
        if op == "!exists" and has:
            return False
    return True


def parse_field_selector(s):
    reqs = []
    for p in (s or "").split(","):
        p = p.strip()
        if not p:
            continue
        m = re.match(r"^([\w.]+)\s*(==|=|!=)\s*(.*)$", p)
        if not m:
            raise ValueError("invalid field selector: %r" % p)
        reqs.append((m.group(1), m.group(2) != "!=", m.group(3)))
    return reqs


def dig(obj, path):
    cur = obj
    for part in path.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur


def fields_match(reqs, obj):
    for path, eq, val in reqs:
        v = dig(obj, path)
        v = "" if v is None else (str(v).lower() if isinstance(v, bool) else str(v))
        if (v == val) != eq:
            return False
    return True


def selector_string(sel):
    """metav1.LabelSelector -> string form."""
    parts = ["%s=%s" % (k, v) for k, v in sorted((sel or {}).get("matchLabels", {}).items())]
    for e in (sel or {}).get("matchExpressions", []) or []:
        op = e.get("operator")
        if op == "In":
            parts.append("%s in (%s)" % (e["key"], ",".join(e.get("values", []))))
        elif op == "NotIn":
            parts.append("%s notin (%s)" % (e["key"], ",".join(e.get("values", []))))
        elif op == "Exists":
            parts.append(e["key"])
        elif op == "DoesNotExist":
            parts.append("!" + e["key"])
    return ",".join(parts)


# --------------------------------------------------------------------------------------
# Patches
# --------------------------------------------------------------------------------------
class PatchError(Exception):
    pass


MERGE_KEYS = {
    "containers": "name", "initContainers": "name", "ephemeralContainers": "name", "volumes": "name",
    "env": "name", "imagePullSecrets": "name", "resourceClaims": "name", "volumeMounts": "mountPath",
    "volumeDevices": "devicePath", "conditions": "type", "ownerReferences": "uid", "hostAliases": "ip",
    "topologySpreadConstraints": "topologyKey", "readinessGates": "conditionType",
    "volumeClaimTemplates": None, "subsets": None,
}
PRIMITIVE_SET_LISTS = {"finalizers"}


def merge_key_for(field, kind, path):
    if field == "ports":
        if kind == "Service" and path == ("spec",):
            return "port"
        return "containerPort"
    return MERGE_KEYS.get(field)


def merge_patch(orig, patch):
    """RFC 7386."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    res = dict(orig) if isinstance(orig, dict) else {}
    for k, v in patch.items():
        if v is None:
            res.pop(k, None)
        else:
            res[k] = merge_patch(res.get(k), v)
    return res


def smp(orig, patch, kind, path=()):
    """Strategic merge patch of dict `orig` with dict `patch`; returns a new object."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    if not isinstance(orig, dict):
        orig = {}
    directive = patch.get("$patch")
    if directive == "delete":
        return None
    if directive == "replace":
        return {k: copy.deepcopy(v) for k, v in patch.items() if k != "$patch"}
    res = dict(orig)
    retain = patch.get("$retainKeys")
    order_hints = {}
    for k, v in patch.items():
        if k in ("$patch", "$retainKeys"):
            continue
        if k.startswith("$setElementOrder/"):
            order_hints[k.split("/", 1)[1]] = v
            continue
        if k.startswith("$deleteFromPrimitiveList/"):
            f = k.split("/", 1)[1]
            if isinstance(res.get(f), list):
                res[f] = [x for x in res[f] if x not in v]
            continue
        if v is None:
            res.pop(k, None)
            continue
        cur = res.get(k)
        if isinstance(v, dict):
            r = smp(cur, v, kind, path + (k,))
            if r is None:
                res.pop(k, None)
            else:
                res[k] = r
        elif isinstance(v, list):
            res[k] = smp_list(cur if isinstance(cur, list) else [], v, k, kind, path)
        else:
            res[k] = v
    for f, order in order_hints.items():
        if isinstance(res.get(f), list):
            res[f] = apply_order(res[f], order, merge_key_for(f, kind, path))
    if isinstance(retain, list):
        res = {k: v for k, v in res.items() if k in retain}
    return res


def smp_list(cur, patch, field, kind, path):
    if field in PRIMITIVE_SET_LISTS:
        out = list(cur)
        for x in patch:
            if x not in out:
                out.append(x)
        return out
    mk = merge_key_for(field, kind, path)
    if any(isinstance(x, dict) and x.get("$patch") == "replace" for x in patch):
        return [copy.deepcopy(x) for x in patch if not (isinstance(x, dict) and "$patch" in x)]
    if not mk or not all(isinstance(x, dict) for x in patch):
        return [copy.deepcopy(x) for x in patch if not (isinstance(x, dict) and x.get("$patch") == "delete")]
    out = [copy.deepcopy(x) for x in cur]
    for item in patch:
        key = item.get(mk)
        idx = next((i for i, x in enumerate(out) if isinstance(x, dict) and x.get(mk) == key), None)
        if item.get("$patch") == "delete":
            if idx is not None:
                out.pop(idx)
            continue
        if idx is None:
            out.append(smp({}, item, kind, path + (field,)))
        else:
            out[idx] = smp(out[idx], item, kind, path + (field,))
    return out


def apply_order(lst, order, mk):
    def ident(x):
        return x.get(mk) if (mk and isinstance(x, dict)) else x
    order_ids = [ident(x) if isinstance(x, dict) else x for x in order]
    pos = {v: i for i, v in enumerate(order_ids) if not isinstance(v, (dict, list))}
    ranked = [(pos.get(ident(x), len(pos) + i), i, x) for i, x in enumerate(lst)]
    ranked.sort(key=lambda t: (t[0], t[1]))
    return [x for _, _, x in ranked]


def _ptr(path):
    if path == "":
        return []
    if not path.startswith("/"):
        raise PatchError("invalid path %r" % path)
    return [p.replace("~1", "/").replace("~0", "~") for p in path[1:].split("/")]


def json_patch(doc, ops):
    doc = copy.deepcopy(doc)
    if not isinstance(ops, list):
        raise PatchError("json patch must be a list")

    def parent(d, parts):
        for p in parts[:-1]:
            if isinstance(d, list):
                d = d[int(p)]
            elif isinstance(d, dict) and p in d:
                d = d[p]
            else:
                raise PatchError("doc is missing path: %s" % "/".join(parts))
        return d

    def get(d, parts):
        for p in parts:
            if isinstance(d, list):
                d = d[int(p)]
            elif isinstance(d, dict) and p in d:
                d = d[p]
            else:
                raise PatchError("missing value")
        return d

    def add(d, parts, val):
        if not parts:
            return val
        par, last = parent(d, parts), parts[-1]
        if isinstance(par, list):
            if last == "-":
                par.append(val)
            else:
                i = int(last)
                if i > len(par):
                    raise PatchError("index out of range")
                par.insert(i, val)
        else:
            par[last] = val
        return d

    def remove(d, parts):
        par, last = parent(d, parts), parts[-1]
        try:
            if isinstance(par, list):
                return par.pop(int(last))
            return par.pop(last)
        except (KeyError, IndexError, ValueError):
            raise PatchError("unable to remove nonexistent key: %s" % last)

    try:
        for op in ops:
            o, parts = op.get("op"), _ptr(op.get("path", ""))
            if o == "add":
                doc = add(doc, parts, copy.deepcopy(op.get("value")))
            elif o == "remove":
                remove(doc, parts)
            elif o == "replace":
                get(doc, parts)
                if not parts:
                    doc = copy.deepcopy(op.get("value"))
                else:
                    par = parent(doc, parts)
                    par[int(parts[-1]) if isinstance(par, list) else parts[-1]] = copy.deepcopy(op.get("value"))
            elif o == "move":
                val = remove(doc, _ptr(op["from"]))
                doc = add(doc, parts, val)
            elif o == "copy":
                doc = add(doc, parts, copy.deepcopy(get(doc, _ptr(op["from"]))))
            elif o == "test":
                if get(doc, parts) != op.get("value"):
                    raise PatchError("testing value %s failed" % op.get("path"))
            else:
                raise PatchError("unexpected kind of operation: %r" % o)
    except (IndexError, ValueError, TypeError) as e:
        raise PatchError(str(e))
    return doc


def apply_deletions(prev, new, kind, path=()):
    """Patch removing fields present in prev (a previous apply body) but absent from new."""
    out = {}
    if not isinstance(prev, dict):
        return out
    new = new if isinstance(new, dict) else {}
    for k, pv in prev.items():
        if path == () and k in ("apiVersion", "kind"):
            continue
        if k not in new:
            out[k] = None
            continue
        nv = new[k]
        if isinstance(pv, dict) and isinstance(nv, dict):
            sub = apply_deletions(pv, nv, kind, path + (k,))
            if sub:
                out[k] = sub
        elif isinstance(pv, list) and isinstance(nv, list):
            mk = merge_key_for(k, kind, path)
            if mk and all(isinstance(x, dict) for x in pv + nv):
                newkeys = {x.get(mk) for x in nv}
                items = [{mk: x.get(mk), "$patch": "delete"} for x in pv if x.get(mk) not in newkeys]
                for x in pv:
                    if x.get(mk) in newkeys:
                        nx = next(y for y in nv if y.get(mk) == x.get(mk))
                        sub = apply_deletions(x, nx, kind, path + (k,))
                        if sub:
                            sub[mk] = x.get(mk)
                            items.append(sub)
                if items:
                    out[k] = items
    return out


# --------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------
class ApiError(Exception):
    def __init__(self, code, reason, message, name=None, group=None, kind=None, causes=None):
        super().__init__(message)
        self.code, self.reason, self.message = code, reason, message
        self.details = {}
        if name is not None:
            self.details["name"] = name
        if group is not None:
            self.details["group"] = group
        if kind is not None:
            self.details["kind"] = kind
        if causes:
            self.details["causes"] = causes

    def body(self):
        b = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
             "message": self.message, "reason": self.reason, "code": self.code}
        if self.details:
            b["details"] = self.details
        return b


def not_found(res, name):
    return ApiError(404, "NotFound", '%s "%s" not found' % (res.qualified, name), name, res.group, res.plural)


def ns_not_found(ns):
    return ApiError(404, "NotFound", 'namespaces "%s" not found' % ns, ns, "", "namespaces")


def invalid(res, name, field, reason, detail, ctype="FieldValueRequired"):
    qkind = "%s.%s" % (res.kind, res.group) if res.group else res.kind
    text = reason + (": " + detail if detail else "")
    return ApiError(422, "Invalid", '%s "%s" is invalid: %s: %s' % (qkind, name, field, text),
                    name, res.group, res.kind, [{"reason": ctype, "message": text, "field": field}])


def unknown_path():
    return ApiError(404, "NotFound", "the server could not find the requested resource")


def forbidden_error(user, verb, res_plural, group, ns, name=None, sub=None, qualified=None):
    resource = res_plural + ("/" + sub if sub else "")
    who = '%s "%s"' % (qualified, name) if name else (qualified or res_plural)
    msg = '%s is forbidden: User "%s" cannot %s resource "%s" in API group "%s"' % (
        who, user, verb, resource, group)
    msg += ' in the namespace "%s"' % ns if ns else " at the cluster scope"
    return ApiError(403, "Forbidden", msg, name or "", group, res_plural)


# --------------------------------------------------------------------------------------
# RBAC evaluation
# --------------------------------------------------------------------------------------
BASIC_RULES = [
    {"verbs": ["create"], "apiGroups": ["authorization.k8s.io"],
     "resources": ["selfsubjectaccessreviews", "selfsubjectrulesreviews"]},
    {"verbs": ["create"], "apiGroups": ["authentication.k8s.io"], "resources": ["selfsubjectreviews"]},
]
BASIC_NONRESOURCE = [
    {"verbs": ["get"], "nonResourceURLs": ["/api", "/api/*", "/apis", "/apis/*", "/healthz", "/livez",
                                           "/openapi", "/openapi/*", "/readyz", "/version", "/version/"]},
]
ADMIN_RULES = [{"verbs": ["*"], "apiGroups": ["*"], "resources": ["*"]}]
ADMIN_NONRESOURCE = [{"verbs": ["*"], "nonResourceURLs": ["*"]}]


def rule_allows(rule, verb, group, resource, name):
    def has(lst, v):
        return "*" in (lst or []) or v in (lst or [])
    if not has(rule.get("verbs"), verb) or not has(rule.get("apiGroups"), group):
        return False
    rs = rule.get("resources") or []
    ok = "*" in rs or resource in rs
    if not ok and "/" in resource:
        ok = "*/" + resource.split("/", 1)[1] in rs
    if not ok:
        return False
    names = rule.get("resourceNames") or []
    return not names or (name is not None and name in names)


# --------------------------------------------------------------------------------------
# The simulated cluster: store, CRUD, controller
# --------------------------------------------------------------------------------------
class Sim:
    LOG_MAX = 50000
    EVENTS_MAX = 5000

    def __init__(self, state_dir=None):
        self.reg = Registry()
        self.lock = threading.RLock()
        self.cond = threading.Condition(self.lock)
        self.data = {}            # (group, plural) -> {(ns, name): [obj, json]}
        self.owners = {}          # owner uid -> set((group, plural, ns, name))
        self.rv = 1000
        self.log = []             # (rv, gkey, ns, type, obj, json)
        self.log_base = 0
        self.applied = {}         # (group, plural, ns, name, manager) -> last applied body
        self.logs = {}            # "ns/pod" -> [lines]
        self.faults = {"watchlist": "serve"}
        self.rbac = {"mode": "allow-all", "user": "chartroom-test", "groups": ["system:authenticated"]}
        self.seeding = False
        self.pending = []
        self.pending_eps = set()
        self.eps_queued = set()
        self.queue = []
        self.qseq = 0
        self.qcond = threading.Condition()
        self.busy = 0
        self.ip_counter = 10
        self.pod_ip_counter = 10
        self.node_port = 30000
        self.lb_counter = 0
        self.state_dir = state_dir
        self.dirty = False
        self.stopping = False
        self.server_seconds = 0.0
        self.requests = 0
        self.watchers = 0
        self.loaded_state = False
        if state_dir and self.load_state():
            self.loaded_state = True
        else:
            self.bootstrap()
        threading.Thread(target=self.controller_loop, daemon=True, name="controller").start()
        if state_dir:
            threading.Thread(target=self.saver_loop, daemon=True, name="saver").start()

    # ---------------------------------------------------------------- store primitives
    def res(self, group, plural):
        return self.reg.by_key(group, plural)

    def get(self, group, plural, ns, name):
        e = self.data.get((group, plural), {}).get((ns or "", name))
        return e[0] if e else None

    def store_get(self, group, plural, namespace, name):
        with self.lock:
            o = self.get(group, plural, namespace, name)
            return copy.deepcopy(o) if o is not None else None

    def items(self, group, plural, ns=None):
        d = self.data.get((group, plural), {})
        if ns is None:
            return [e[0] for e in d.values()]
        return [e[0] for (n, _), e in d.items() if n == ns]

    def entries(self, group, plural, ns=None):
        d = self.data.get((group, plural), {})
        if ns is None:
            return list(d.values())
        return [e for (n, _), e in d.items() if n == ns]

    def owned(self, uid, group, plural):
        out = []
        for (g, p, ns, name) in list(self.owners.get(uid, ())):
            if g == group and p == plural:
                o = self.get(g, p, ns, name)
                if o is not None:
                    out.append(o)
        return out

    def _index_owner(self, g, p, obj, add):
        md = obj.get("metadata", {})
        for ref in md.get("ownerReferences") or []:
            u = ref.get("uid")
            if not u:
                continue
            s = self.owners.setdefault(u, set())
            k = (g, p, md.get("namespace", ""), md["name"])
            if add:
                s.add(k)
            else:
                s.discard(k)
                if not s:
                    del self.owners[u]

    def next_rv(self):
        self.rv += 1
        return self.rv

    def _put(self, res, obj, etype):
        """Store obj (already fully formed) with a fresh resourceVersion; record the event."""
        md = obj["metadata"]
        rv = self.next_rv()
        md["resourceVersion"] = str(rv)
        md.pop("managedFields", None)
        ns = md.get("namespace", "") if res.namespaced else ""
        table = self.data.setdefault(res.key, {})
        old = table.get((ns, md["name"]))
        if old is not None:
            self._index_owner(res.group, res.plural, old[0], False)
        j = jdump(obj)
        table[(ns, md["name"])] = [obj, j]
        self._index_owner(res.group, res.plural, obj, True)
        self._log(rv, res.key, ns, etype, obj, j)
        if res.key in (("", "pods"), ("", "services")) and ns:
            self.kick("", "__endpoints__", ns, "")
        return obj

    def _remove(self, res, ns, name):
        table = self.data.get(res.key, {})
        e = table.pop((ns or "", name), None)
        if e is None:
            return None
        obj = copy.deepcopy(e[0])
        self._index_owner(res.group, res.plural, e[0], False)
        for k in [k for k in self.applied if k[:4] == (res.group, res.plural, ns or "", name)]:
            del self.applied[k]
        rv = self.next_rv()
        obj["metadata"]["resourceVersion"] = str(rv)
        self._log(rv, res.key, ns or "", "DELETED", obj, jdump(obj))
        if res.key in (("", "pods"), ("", "services")) and ns:
            self.kick("", "__endpoints__", ns, "")
        return obj

    def _log(self, rv, gkey, ns, etype, obj, j):
        self.log.append((rv, gkey, ns, etype, obj, j))
        if len(self.log) > self.LOG_MAX:
            cut = len(self.log) - self.LOG_MAX // 2
            del self.log[:cut]
            self.log_base += cut
        self.dirty = True
        self.cond.notify_all()

    # ---------------------------------------------------------------- bootstrap / state
    def bootstrap(self):
        with self.lock:
            for ns in ("default", "kube-system", "kube-public", "kube-node-lease"):
                self.create(self.res("", "namespaces"), None, {"metadata": {"name": ns}}, internal=True)
            t = now_iso()
            self.create(self.res("", "nodes"), None, {"metadata": {"name": NODE_NAME, "labels": {
                "kubernetes.io/hostname": NODE_NAME, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64",
                "node-role.kubernetes.io/control-plane": ""}}, "spec": {"podCIDR": "10.244.0.0/24"},
                "status": {"conditions": [
                    {"type": "MemoryPressure", "status": "False", "reason": "KubeletHasSufficientMemory",
                     "lastHeartbeatTime": t, "lastTransitionTime": t, "message": "kubelet has sufficient memory available"},
                    {"type": "DiskPressure", "status": "False", "reason": "KubeletHasNoDiskPressure",
                     "lastHeartbeatTime": t, "lastTransitionTime": t, "message": "kubelet has no disk pressure"},
                    {"type": "PIDPressure", "status": "False", "reason": "KubeletHasSufficientPID",
                     "lastHeartbeatTime": t, "lastTransitionTime": t, "message": "kubelet has sufficient PID available"},
                    {"type": "Ready", "status": "True", "reason": "KubeletReady", "lastHeartbeatTime": t,
                     "lastTransitionTime": t, "message": "kubelet is posting ready status"}],
                    "addresses": [{"type": "InternalIP", "address": "172.18.0.2"}, {"type": "Hostname", "address": NODE_NAME}],
                    "capacity": {"cpu": "2", "memory": "24576Mi", "pods": "110", "ephemeral-storage": "100Gi"},
                    "allocatable": {"cpu": "2", "memory": "24576Mi", "pods": "110", "ephemeral-storage": "100Gi"},
                    "nodeInfo": {"kubeletVersion": "v1.33.0", "kubeProxyVersion": "v1.33.0", "osImage": "kubesim",
                                 "kernelVersion": "6.1.0", "containerRuntimeVersion": "containerd://1.7.27",
                                 "operatingSystem": "linux", "architecture": "amd64"}}}, internal=True)
            self.create(self.res("storage.k8s.io", "storageclasses"), None, {
                "metadata": {"name": "standard", "annotations": {"storageclass.kubernetes.io/is-default-class": "true"}},
                "provisioner": "rancher.io/local-path", "reclaimPolicy": "Delete",
                "volumeBindingMode": "WaitForFirstConsumer"}, internal=True)
            self.bootstrap_rbac()
            self.create(self.res("", "services"), "default", {
                "metadata": {"name": "kubernetes", "labels": {"component": "apiserver", "provider": "kubernetes"}},
                "spec": {"clusterIP": "10.96.0.1", "ports": [{"name": "https", "port": 443, "targetPort": 6443}]}},
                internal=True)

    def bootstrap_rbac(self):
        """The default user-facing ClusterRoles (rules approximate the aggregated upstream ones) and the
        cluster-admin binding for system:masters, so scenarios can bind to them."""
        read = ["get", "list", "watch"]
        write = ["create", "delete", "deletecollection", "patch", "update"]
        core = ["pods", "pods/log", "pods/status", "services", "endpoints", "configmaps", "persistentvolumeclaims",
                "replicationcontrollers", "events", "serviceaccounts", "limitranges", "resourcequotas"]
        groups = [("apps", ["deployments", "deployments/scale", "statefulsets", "statefulsets/scale", "replicasets",
                            "replicasets/scale", "daemonsets", "controllerrevisions"]),
                  ("batch", ["jobs", "cronjobs"]), ("networking.k8s.io", ["ingresses", "networkpolicies"]),
                  ("policy", ["poddisruptionbudgets"]), ("autoscaling", ["horizontalpodautoscalers"])]
        view = [{"apiGroups": [""], "resources": core + ["namespaces"], "verbs": read}] + \
            [{"apiGroups": [g], "resources": rs, "verbs": read} for g, rs in groups]
        edit = view + [{"apiGroups": [""], "resources": core + ["secrets", "pods/exec", "pods/attach",
                                                                  "pods/portforward", "pods/eviction"],
                        "verbs": write + read}] + [{"apiGroups": [g], "resources": rs, "verbs": write} for g, rs in groups]
        admin = edit + [{"apiGroups": ["rbac.authorization.k8s.io"], "resources": ["roles", "rolebindings"],
                         "verbs": write + read}]
        cr = self.res("rbac.authorization.k8s.io", "clusterroles")
        labels = {"kubernetes.io/bootstrapping": "rbac-defaults"}
        for name, rules in (("cluster-admin", [{"apiGroups": ["*"], "resources": ["*"], "verbs": ["*"]},
                                               {"nonResourceURLs": ["*"], "verbs": ["*"]}]),
                            ("admin", admin), ("edit", edit), ("view", view)):
            self.create(cr, None, {"metadata": {"name": name, "labels": dict(labels), "annotations": {
                "rbac.authorization.kubernetes.io/autoupdate": "true"}}, "rules": rules}, internal=True)
        self.create(self.res("rbac.authorization.k8s.io", "clusterrolebindings"), None, {
            "metadata": {"name": "cluster-admin", "labels": dict(labels)},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
            "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "system:masters"}]},
            internal=True)

    def state_path(self):
        return os.path.join(self.state_dir, "kubesim-state.json")

    def load_state(self):
        try:
            with open(self.state_path()) as f:
                st = json.load(f)
        except (OSError, ValueError):
            return False
        with self.lock:
            for crd in st.get("crds", []):
                self.register_crd(crd)
            for key, objs in st["objects"].items():
                g, p = key.split("/", 1)
                res = self.res(g, p)
                if res is None:
                    continue
                table = self.data.setdefault(res.key, {})
                for o in objs:
                    md = o["metadata"]
                    table[(md.get("namespace", "") if res.namespaced else "", md["name"])] = [o, jdump(o)]
                    self._index_owner(g, p, o, True)
            self.rv = st["rv"]
            self.ip_counter = st.get("ip", 10)
            self.pod_ip_counter = st.get("podip", 10)
            self.node_port = st.get("np", 30000)
            self.lb_counter = st.get("lb", 0)
            for k, v in st.get("applied", []):
                self.applied[tuple(k)] = v
            self.logs = st.get("logs", {})
        return True

    def save_state(self):
        # Serialise from the cached JSON of each object so the store lock is held only briefly.
        with self.lock:
            head = {"rv": self.rv, "ip": self.ip_counter, "podip": self.pod_ip_counter, "np": self.node_port,
                    "lb": self.lb_counter,
                    "crds": [o for o in self.items("apiextensions.k8s.io", "customresourcedefinitions")],
                    "applied": [[list(k), v] for k, v in self.applied.items()], "logs": self.logs}
            head = jdump(head)
            tables = [("%s/%s" % k, [e[1] for e in t.values()]) for k, t in self.data.items()]
            self.dirty = False
        parts = [head[:-1], b',"objects":{']
        parts.append(b",".join(jdump(k) + b":[" + b",".join(items) + b"]" for k, items in tables))
        parts.append(b"}}")
        os.makedirs(self.state_dir, exist_ok=True)
        tmp = self.state_path() + ".tmp"
        with open(tmp, "wb") as f:
            f.write(b"".join(parts))
        os.replace(tmp, self.state_path())

    def saver_loop(self):
        """Write on change, debounced: after 0.5 s without changes, or every 5 s under constant change."""
        first = None
        while not self.stopping:
            rv = self.rv
            time.sleep(0.5)
            if not self.dirty or self.seeding:
                first = None
                continue
            first = first or time.time()
            if self.rv != rv and time.time() - first < 5:
                continue
            first = None
            try:
                self.save_state()
            except Exception:
                traceback.print_exc()

    # ---------------------------------------------------------------- CRDs
    def register_crd(self, crd):
        spec = crd.get("spec", {})
        names = spec.get("names", {})
        group, plural = spec.get("group"), names.get("plural")
        if not group or not plural:
            return
        for v in spec.get("versions", []) or []:
            if not v.get("served", True):
                continue
            r = Res(group, v["name"], plural, names.get("kind", plural), spec.get("scope") != "Cluster",
                    names.get("shortNames", []), cat="all" in (names.get("categories") or []),
                    status="status" in (v.get("subresources") or {}), singular=names.get("singular"))
            r.crd = True
            self.reg.add(r)
        self.reg.bump()

    # ---------------------------------------------------------------- namespaces
    def ns_check(self, res, ns, name=""):
        if not res.namespaced:
            return
        nso = self.get("", "namespaces", "", ns)
        if nso is None:
            raise ns_not_found(ns)
        if nso.get("status", {}).get("phase") == "Terminating":
            raise ApiError(403, "Forbidden", "%s \"%s\" is forbidden: unable to create new content in namespace %s "
                           "because it is being terminated" % (res.qualified, name, ns), name, res.group, res.plural)

    # ---------------------------------------------------------------- defaults
    def defaults(self, res, obj, old=None):
        md = obj["metadata"]
        if res.key == ("", "services"):
            spec = obj.setdefault("spec", {})
            ospec = (old or {}).get("spec", {})
            spec.setdefault("type", "ClusterIP")
            if spec["type"] != "ExternalName":
                if not spec.get("clusterIP") and ospec.get("clusterIP"):
                    spec["clusterIP"] = ospec["clusterIP"]
                    spec["clusterIPs"] = ospec.get("clusterIPs", [ospec["clusterIP"]])
                if not spec.get("clusterIP") and self.faults.get("clusterIP", True) is not False:
                    self.ip_counter += 1
                    ip = "10.96.%d.%d" % (self.ip_counter // 250, self.ip_counter % 250 + 1)
                    spec["clusterIP"] = ip
                if spec.get("clusterIP"):
                    spec.setdefault("clusterIPs", [spec["clusterIP"]])
                spec.setdefault("ipFamilies", ["IPv4"])
                spec.setdefault("ipFamilyPolicy", "SingleStack")
                spec.setdefault("internalTrafficPolicy", "Cluster")
            spec.setdefault("sessionAffinity", "None")
            oports = {(p.get("port"), p.get("protocol", "TCP")): p for p in ospec.get("ports", []) or []}
            for p in spec.get("ports", []) or []:
                p.setdefault("protocol", "TCP")
                p.setdefault("targetPort", p.get("port"))
                if spec["type"] in ("NodePort", "LoadBalancer") and not p.get("nodePort"):
                    prev = oports.get((p.get("port"), p["protocol"]), {}).get("nodePort")
                    if not prev:
                        self.node_port += 1
                        prev = 30000 + (self.node_port * 7919) % 2768
                    p["nodePort"] = prev
            if spec["type"] in ("NodePort", "LoadBalancer"):
                spec.setdefault("externalTrafficPolicy", "Cluster")
            status = obj.get("status") if isinstance(obj.get("status"), dict) else {}
            lb = status.get("loadBalancer") or {}
            if spec["type"] == "LoadBalancer" and not lb.get("ingress") and self.faults.get("loadBalancer", True) is not False:
                olb = ((old or {}).get("status") or {}).get("loadBalancer") or {}
                if olb.get("ingress"):
                    lb = copy.deepcopy(olb)
                else:
                    self.lb_counter += 1
                    lb = {"ingress": [{"ip": "172.18.255.%d" % (200 + self.lb_counter % 50), "ipMode": "VIP"}]}
            status["loadBalancer"] = lb
            obj["status"] = status
        elif res.key == ("", "secrets"):
            obj.setdefault("type", "Opaque")
            sd = obj.pop("stringData", None)
            if sd:
                data = obj.setdefault("data", {}) or {}
                obj["data"] = data
                for kk, vv in sd.items():
                    data[kk] = base64.b64encode(str(vv).encode()).decode()
        elif res.key == ("", "namespaces"):
            md.setdefault("labels", {})
            md["labels"]["kubernetes.io/metadata.name"] = md["name"]
            obj.setdefault("spec", {}).setdefault("finalizers", ["kubernetes"])
            if not obj.get("status", {}).get("phase"):
                obj["status"] = {"phase": "Active"}
        elif res.key == ("apps", "deployments"):
            spec = obj.setdefault("spec", {})
            spec.setdefault("replicas", 1)
            st = spec.setdefault("strategy", {"type": "RollingUpdate"})
            if st.get("type", "RollingUpdate") == "RollingUpdate":
                st.setdefault("type", "RollingUpdate")
                st.setdefault("rollingUpdate", {}).setdefault("maxUnavailable", "25%")
                st["rollingUpdate"].setdefault("maxSurge", "25%")
            spec.setdefault("progressDeadlineSeconds", 600)
            spec.setdefault("revisionHistoryLimit", 10)
            self.pod_template_defaults(spec.get("template"))
        elif res.key == ("apps", "statefulsets"):
            spec = obj.setdefault("spec", {})
            spec.setdefault("replicas", 1)
            us = spec.setdefault("updateStrategy", {"type": "RollingUpdate"})
            if us.get("type", "RollingUpdate") == "RollingUpdate":
                us.setdefault("type", "RollingUpdate")
                us.setdefault("rollingUpdate", {}).setdefault("partition", 0)
            spec.setdefault("podManagementPolicy", "OrderedReady")
            spec.setdefault("revisionHistoryLimit", 10)
            spec.setdefault("persistentVolumeClaimRetentionPolicy", {"whenDeleted": "Retain", "whenScaled": "Retain"})
            self.pod_template_defaults(spec.get("template"))
        elif res.key in (("apps", "replicasets"), ("apps", "daemonsets")):
            spec = obj.setdefault("spec", {})
            if res.plural == "replicasets":
                spec.setdefault("replicas", 1)
            self.pod_template_defaults(spec.get("template"))
        elif res.key == ("batch", "jobs"):
            spec = obj.setdefault("spec", {})
            uid = md.get("uid")
            if old is None and uid and not spec.get("selector"):
                spec["selector"] = {"matchLabels": {"batch.kubernetes.io/controller-uid": uid}}
                tl = spec.setdefault("template", {}).setdefault("metadata", {}).setdefault("labels", {})
                tl.update({"batch.kubernetes.io/controller-uid": uid, "batch.kubernetes.io/job-name": md["name"],
                           "controller-uid": uid, "job-name": md["name"]})
            spec.setdefault("parallelism", 1)
            spec.setdefault("completions", 1)
            spec.setdefault("backoffLimit", 6)
            spec.setdefault("completionMode", "NonIndexed")
            spec.setdefault("suspend", False)
            self.pod_template_defaults(spec.get("template"))
        elif res.key == ("batch", "cronjobs"):
            spec = obj.setdefault("spec", {})
            spec.setdefault("concurrencyPolicy", "Allow")
            spec.setdefault("suspend", False)
            spec.setdefault("successfulJobsHistoryLimit", 3)
            spec.setdefault("failedJobsHistoryLimit", 1)
        elif res.key == ("", "pods"):
            spec = obj.setdefault("spec", {})
            self.pod_spec_defaults(spec)

    def pod_template_defaults(self, tmpl):
        if isinstance(tmpl, dict):
            tmpl.setdefault("metadata", {})
            self.pod_spec_defaults(tmpl.setdefault("spec", {}))

    def pod_spec_defaults(self, spec):
        spec.setdefault("restartPolicy", "Always")
        spec.setdefault("terminationGracePeriodSeconds", 30)
        spec.setdefault("dnsPolicy", "ClusterFirst")
        spec.setdefault("schedulerName", "default-scheduler")
        spec.setdefault("securityContext", {})
        for c in (spec.get("containers") or []) + (spec.get("initContainers") or []):
            c.setdefault("terminationMessagePath", "/dev/termination-log")
            c.setdefault("terminationMessagePolicy", "File")
            img = c.get("image", "")
            c.setdefault("imagePullPolicy", "Always" if img.endswith(":latest") or ":" not in img.split("/")[-1] else "IfNotPresent")
            c.setdefault("resources", {})
            for p in c.get("ports", []) or []:
                p.setdefault("protocol", "TCP")

    # ---------------------------------------------------------------- CRUD
    def validate_meta(self, res, obj, url_ns):
        if not isinstance(obj, dict):
            raise ApiError(400, "BadRequest", "the body of the request was not a JSON object")
        md = obj.setdefault("metadata", {})
        if not isinstance(md, dict):
            raise ApiError(400, "BadRequest", "metadata must be an object")
        body_ns = md.get("namespace")
        if res.namespaced:
            if body_ns and url_ns and body_ns != url_ns:
                raise ApiError(400, "BadRequest",
                               "the namespace of the provided object does not match the namespace sent on the request")
            if url_ns:
                md["namespace"] = url_ns
        else:
            md.pop("namespace", None)
        obj["apiVersion"] = res.gv
        obj["kind"] = res.kind

    def create(self, res, ns, body, dry=False, internal=False, insert=False):
        with self.lock:
            obj = body if internal else copy.deepcopy(body)
            self.validate_meta(res, obj, ns)
            md = obj["metadata"]
            if not md.get("name"):
                if md.get("generateName"):
                    md["name"] = md["generateName"] + rand_suffix()
                else:
                    raise invalid(res, "", "metadata.name", "Required value", "name or generateName is required")
            ns = md.get("namespace", "") if res.namespaced else ""
            if res.namespaced and not ns:
                raise ApiError(400, "BadRequest", "the server could not find the requested resource")
            if not internal:
                self.ns_check(res, ns, md["name"])
            if self.get(res.group, res.plural, ns, md["name"]) is not None:
                raise ApiError(409, "AlreadyExists", '%s "%s" already exists' % (res.qualified, md["name"]),
                               md["name"], res.group, res.plural)
            if not (insert and md.get("uid")):
                md["uid"] = str(uuid.uuid4())
            if not (insert and md.get("creationTimestamp")):
                md["creationTimestamp"] = now_iso()
            md.pop("resourceVersion", None)
            md.pop("deletionTimestamp", None)
            md.pop("selfLink", None)
            for k in ("labels", "annotations"):
                if md.get(k) is None:
                    md.pop(k, None)
            if res.has_spec and res.key not in (("", "namespaces"),) and "spec" in obj or res.key in (
                    ("apps", "deployments"), ("apps", "statefulsets"), ("apps", "replicasets"), ("batch", "jobs")):
                md["generation"] = 1
            if res.status and not insert and res.key not in (("", "services"), ("", "namespaces"), ("", "nodes")):
                obj.pop("status", None)
            self.defaults(res, obj)
            if res.key == ("", "pods") and not (insert and obj.get("status")):
                obj["status"] = self.pod_status(obj, ready=True)
            if dry:
                md["resourceVersion"] = ""
                return obj
            self._put(res, obj, "ADDED")
            self.after_write(res, obj, created=True)
            return obj

    def update(self, res, ns, name, body, dry=False, subresource=None, check_rv=True):
        with self.lock:
            obj = copy.deepcopy(body)
            self.validate_meta(res, obj, ns)
            ns = ns or ""
            old = self.get(res.group, res.plural, ns, name)
            md = obj["metadata"]
            if md.get("name") and md["name"] != name:
                raise ApiError(400, "BadRequest", "the name of the object (%s) does not match the name on the URL (%s)"
                               % (md["name"], name))
            md["name"] = name
            if old is None:
                raise not_found(res, name)
            orv = old["metadata"]["resourceVersion"]
            if check_rv and md.get("resourceVersion") and md["resourceVersion"] != orv:
                raise ApiError(409, "Conflict", 'Operation cannot be fulfilled on %s "%s": the object has been modified; '
                               "please apply your changes to the latest version and try again" % (res.qualified, name),
                               name, res.group, res.plural)
            omd = old["metadata"]
            for k in ("uid", "creationTimestamp", "deletionTimestamp", "generation"):
                if k in omd:
                    md[k] = omd[k]
                else:
                    md.pop(k, None)
            for k in ("labels", "annotations"):
                if md.get(k) is None:
                    md.pop(k, None)
            if subresource == "status":
                new = copy.deepcopy(old)
                if "status" in obj:
                    new["status"] = obj["status"]
                else:
                    new.pop("status", None)
                obj = new
            else:
                if res.status:
                    if "status" in old:
                        obj["status"] = copy.deepcopy(old["status"])
                    else:
                        obj.pop("status", None)
                if "generation" in omd and jdump(obj.get("spec")) != jdump(old.get("spec")):
                    md["generation"] = omd["generation"] + 1
                if res.key == ("", "namespaces"):
                    obj["status"] = copy.deepcopy(old.get("status", {}))
                self.defaults(res, obj, old)
            if dry:
                return obj
            if strip_rv(obj) == strip_rv(old):
                return old   # no-op update keeps the resourceVersion
            self._put(res, obj, "MODIFIED")
            if res.crd is False and res.key == ("apiextensions.k8s.io", "customresourcedefinitions"):
                self.register_crd(obj)
            self.after_write(res, obj)
            return obj

    def delete(self, res, ns, name, dry=False, orphan=False):
        with self.lock:
            ns = ns or ""
            old = self.get(res.group, res.plural, ns, name)
            if old is None:
                raise not_found(res, name)
            if dry:
                return old
            if res.key == ("", "namespaces"):
                if old.get("status", {}).get("phase") == "Terminating":
                    return old
                o = copy.deepcopy(old)
                o["metadata"]["deletionTimestamp"] = now_iso()
                o["status"] = {"phase": "Terminating"}
                self._put(res, o, "MODIFIED")
                self.kick("", "namespaces", "", name)
                return o
            gone = self._remove(res, ns, name)
            if orphan:
                self.orphan(gone)
            else:
                self.gc(gone)
            if res.key == ("apiextensions.k8s.io", "customresourcedefinitions"):
                sp = old.get("spec", {})
                for r in [r for r in self.reg.by_gvp.values() if r.crd and r.group == sp.get("group")
                          and r.plural == sp.get("names", {}).get("plural")]:
                    self.data.pop(r.key, None)
                self.reg.remove_crd(sp.get("group"), sp.get("names", {}).get("plural"))
                self.reg.bump()
            if res.key in (("apps", "replicasets"), ("apps", "statefulsets"), ("", "pods"), ("batch", "jobs")):
                self.kick_owner(gone)
            return gone

    def gc(self, gone):
        """Delete dependents of a deleted object, keyed by the owner's uid."""
        todo = [gone["metadata"]["uid"]]
        while todo:
            uid = todo.pop()
            for (g, p, ns, name) in list(self.owners.get(uid, ())):
                r = self.res(g, p)
                if r is None:
                    continue
                o = self.get(g, p, ns, name)
                if o is None:
                    continue
                refs = [x for x in o["metadata"].get("ownerReferences", []) if x.get("uid") != uid]
                if refs and any(self.uid_exists(x.get("uid")) for x in refs):
                    continue
                d = self._remove(r, ns, name)
                if d:
                    todo.append(d["metadata"]["uid"])

    def orphan(self, gone):
        """propagationPolicy=Orphan: dependents lose the ownerReference instead of being deleted."""
        uid = gone["metadata"]["uid"]
        for (g, p, ns, name) in list(self.owners.get(uid, ())):
            r, o = self.res(g, p), self.get(g, p, ns, name)
            if r is None or o is None:
                continue
            o2 = copy.deepcopy(o)
            o2["metadata"]["ownerReferences"] = [x for x in o2["metadata"].get("ownerReferences", []) if x.get("uid") != uid]
            if not o2["metadata"]["ownerReferences"]:
                del o2["metadata"]["ownerReferences"]
            self._put(r, o2, "MODIFIED")

    def uid_exists(self, uid):
        # Only used for multi-owner objects (rare): a linear scan is fine.
        for t in self.data.values():
            for e in t.values():
                if e[0]["metadata"].get("uid") == uid:
                    return True
        return False

    def after_write(self, res, obj, created=False):
        md = obj["metadata"]
        if res.key == ("", "pods") and created and not md.get("ownerReferences") and \
                obj.get("spec", {}).get("restartPolicy") in ("Never", "OnFailure"):
            self.kick("", "pods", md.get("namespace", ""), md["name"])
        if res.key == ("apiextensions.k8s.io", "customresourcedefinitions") and created:
            self.register_crd(obj)
            self.kick(res.group, res.plural, "", md["name"])
        if res.key in (("apps", "deployments"), ("apps", "replicasets"), ("apps", "statefulsets"),
                       ("apps", "daemonsets"), ("batch", "jobs"), ("", "persistentvolumeclaims")):
            self.kick(res.group, res.plural, md.get("namespace", ""), md["name"])
        if res.key == ("", "namespaces") and created and md["name"] not in ("kube-node-lease",):
            sa = self.res("", "serviceaccounts")
            if self.get("", "serviceaccounts", md["name"], "default") is None:
                self.create(sa, md["name"], {"metadata": {"name": "default"}}, internal=True)

    # ---------------------------------------------------------------- patch / apply
    def patch(self, res, ns, name, ctype, body, query, dry=False, subresource=None):
        manager = query.get("fieldManager", [""])[0]
        with self.lock:
            ns = ns or ""
            old = self.get(res.group, res.plural, ns, name)
            try:
                patch = json.loads(body or b"null")
            except ValueError as e:
                raise ApiError(400, "BadRequest", "error decoding patch: %s" % e)
            if ctype.startswith("application/apply-patch"):
                if not manager:
                    raise ApiError(422, "Invalid", 'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: '
                                   "is required for apply patch", "", "meta.k8s.io", "PatchOptions",
                                   [{"reason": "FieldValueRequired", "message": "Required value: is required for apply patch",
                                     "field": "fieldManager"}])
                if not isinstance(patch, dict):
                    raise ApiError(400, "BadRequest", "error decoding YAML: apply patch must be an object")
                patch.setdefault("metadata", {})
                key = (res.group, res.plural, ns, name, manager)
                if old is None:
                    if subresource:
                        raise not_found(res, name)
                    patch["metadata"].setdefault("name", name)
                    if patch["metadata"]["name"] != name:
                        raise ApiError(400, "BadRequest", "the name of the object (%s) does not match the name on the URL (%s)"
                                       % (patch["metadata"]["name"], name))
                    out = self.create(res, ns, patch, dry=dry)
                    if not dry:
                        self.applied[key] = patch
                    return out, 201
                cur = copy.deepcopy(old)
                prev = self.applied.get(key)
                if prev is None:
                    # objects last written by client-side apply: their last-applied annotation is what the
                    # previous owner applied (kubectl migrates those fields to the server-side manager)
                    lac = (old["metadata"].get("annotations") or {}).get("kubectl.kubernetes.io/last-applied-configuration")
                    try:
                        prev = json.loads(lac) if lac and manager in ("kubectl", "kubectl-last-applied") else None
                    except ValueError:
                        prev = None
                if prev is not None:
                    dels = apply_deletions(prev, patch, res.kind)
                    if dels:
                        cur = smp(cur, dels, res.kind)
                new = smp(cur, {k: v for k, v in patch.items() if k not in ("apiVersion", "kind", "status")}
                          if not subresource else patch, res.kind)
                new["metadata"]["resourceVersion"] = patch["metadata"].get("resourceVersion") or old["metadata"]["resourceVersion"]
                out = self.update(res, ns, name, new, dry=dry, subresource=subresource)
                if not dry:
                    self.applied[key] = patch
                return out, 200
            if old is None:
                raise not_found(res, name)
            cur = copy.deepcopy(old)
            try:
                if ctype.startswith("application/json-patch"):
                    new = json_patch(cur, patch)
                elif ctype.startswith("application/merge-patch"):
                    new = merge_patch(cur, patch)
                elif ctype.startswith("application/strategic-merge-patch"):
                    if res.crd:
                        raise ApiError(415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
                                       "accepted media types include: application/json-patch+json, "
                                       "application/merge-patch+json, application/apply-patch+yaml")
                    if not isinstance(patch, dict):
                        raise PatchError("strategic merge patch must be an object")
                    new = smp(cur, patch, res.kind)
                else:
                    raise ApiError(415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
                                   "accepted media types include: " + ", ".join(PATCH_TYPES))
            except PatchError as e:
                raise ApiError(422, "Invalid", str(e))
            if not isinstance(new, dict):
                raise ApiError(422, "Invalid", "patch produced a non-object")
            new.setdefault("metadata", {})
            if isinstance(patch, dict) and (patch.get("metadata") or {}).get("resourceVersion"):
                check = True
            else:
                new["metadata"]["resourceVersion"] = old["metadata"]["resourceVersion"]
                check = True
            return self.update(res, ns, name, new, dry=dry, subresource=subresource, check_rv=check), 200

    # ---------------------------------------------------------------- scale subresource
    def scale_obj(self, obj):
        md = obj["metadata"]
        sel = obj.get("spec", {}).get("selector") or {}
        return {"kind": "Scale", "apiVersion": "autoscaling/v1",
                "metadata": {"name": md["name"], "namespace": md.get("namespace"), "uid": md.get("uid"),
                             "resourceVersion": md.get("resourceVersion"), "creationTimestamp": md.get("creationTimestamp")},
                "spec": {"replicas": obj.get("spec", {}).get("replicas", 1)},
                "status": {"replicas": obj.get("status", {}).get("replicas", 0),
                           "selector": selector_string(sel) if "matchLabels" in sel or "matchExpressions" in sel
                           else ",".join("%s=%s" % kv for kv in sorted(sel.items()))}}

    def set_scale(self, res, ns, name, replicas, rv=None, dry=False):
        with self.lock:
            old = self.get(res.group, res.plural, ns, name)
            if old is None:
                raise not_found(res, name)
            if rv and rv != old["metadata"]["resourceVersion"]:
                raise ApiError(409, "Conflict", 'Operation cannot be fulfilled on %s "%s": the object has been modified; '
                               "please apply your changes to the latest version and try again" % (res.qualified, name),
                               name, res.group, res.plural)
            new = copy.deepcopy(old)
            new["spec"]["replicas"] = int(replicas)
            return self.update(res, ns, name, new, dry=dry)

    # ---------------------------------------------------------------- controller
    def kick(self, group, plural, ns, name, delay=None):
        if plural == "__endpoints__":   # one pending Endpoints/EndpointSlice sync per namespace
            if self.seeding:
                self.pending_eps.add(ns)
                return
            if ns in self.eps_queued:
                return
            self.eps_queued.add(ns)
            delay = 0.1 if delay is None else delay
        if self.seeding:
            self.pending.append((group, plural, ns, name))
            return
        due = time.time() + (CONTROLLER_DELAY if delay is None else delay)
        with self.qcond:
            self.qseq += 1
            heapq.heappush(self.queue, (due, self.qseq, (group, plural, ns, name)))
            self.qcond.notify()

    def kick_owner(self, obj, delay=0.1):
        for ref in obj["metadata"].get("ownerReferences", []) or []:
            g = ref.get("apiVersion", "").rpartition("/")[0]
            r = self.reg.by_kind(ref.get("apiVersion", ""), ref.get("kind"))
            if r is not None:
                self.kick(g, r.plural, obj["metadata"].get("namespace", ""), ref.get("name"), delay)

    def drain_pending(self, endpoints=True):
        """Run the queued reconciles synchronously (seeding); Endpoints last, once per namespace."""
        while self.pending or (endpoints and self.pending_eps):
            while self.pending:
                item = self.pending.pop(0)
                self.reconcile(*item)
            while endpoints and self.pending_eps:
                self.rec_endpoints(self.pending_eps.pop(), "")

    def controller_loop(self):
        while not self.stopping:
            with self.qcond:
                while not self.queue or self.queue[0][0] > time.time():
                    timeout = (self.queue[0][0] - time.time()) if self.queue else 1.0
                    self.qcond.wait(max(0.005, min(timeout, 1.0)))
                    if self.stopping:
                        return
                _, _, item = heapq.heappop(self.queue)
                self.busy += 1
            try:
                with self.lock:
                    self.reconcile(*item)
            except Exception:
                traceback.print_exc()
            finally:
                with self.qcond:
                    self.busy -= 1
                    self.qcond.notify_all()

    def settle(self, timeout=10.0):
        end = time.time() + timeout
        with self.qcond:
            while (self.queue or self.busy) and time.time() < end:
                self.qcond.wait(0.05)
            return not self.queue and not self.busy

    def reconcile(self, group, plural, ns, name):
        fn = {("apps", "deployments"): self.rec_deployment, ("apps", "replicasets"): self.rec_replicaset,
              ("apps", "statefulsets"): self.rec_statefulset, ("apps", "daemonsets"): self.rec_daemonset,
              ("batch", "jobs"): self.rec_job, ("", "persistentvolumeclaims"): self.rec_pvc,
              ("", "namespaces"): self.rec_namespace, ("", "pods"): self.rec_pod,
              ("", "__endpoints__"): self.rec_endpoints,
              ("apiextensions.k8s.io", "customresourcedefinitions"): self.rec_crd}.get((group, plural))
        if fn:
            with self.lock:
                fn(ns, name)

    def is_stuck(self, obj):
        md = obj.get("metadata", {})
        if (md.get("annotations") or {}).get("test.chartroom.io/stuck") == "true":
            return True
        tmd = obj.get("spec", {}).get("template", {}).get("metadata", {}) or {}
        if (tmd.get("annotations") or {}).get("test.chartroom.io/stuck") == "true":
            return True
        stuck = self.faults.get("stuck") or []
        return "%s/%s" % (md.get("namespace", ""), md.get("name")) in stuck or md.get("name") in stuck

    def exit_code(self, obj):
        """test.chartroom.io/exit-code on the object or its pod template: how its containers finish."""
        for md in (obj.get("metadata", {}), obj.get("spec", {}).get("template", {}).get("metadata", {}) or {}):
            v = (md.get("annotations") or {}).get("test.chartroom.io/exit-code")
            if v is not None:
                try:
                    return int(v)
                except ValueError:
                    return 1
        return 0

    def rec_pod(self, ns, name):
        """Bare pods with restartPolicy Never/OnFailure run to completion (helm test, kubectl run --restart=Never)."""
        pod = self.get("", "pods", ns, name)
        if pod is None or pod.get("status", {}).get("phase") in ("Succeeded", "Failed") or self.is_stuck(pod):
            return
        code = self.exit_code(pod)
        p2 = copy.deepcopy(pod)
        ip = (pod.get("status") or {}).get("podIP")
        p2["status"] = self.pod_status(p2, False, "Succeeded" if code == 0 else "Failed", code)
        if ip:
            p2["status"]["podIP"], p2["status"]["podIPs"] = ip, [{"ip": ip}]
        self._put(self.res("", "pods"), p2, "MODIFIED")

    def write_status(self, res, obj, status):
        if obj.get("status") == status:
            return obj
        new = dict(obj)
        new["metadata"] = dict(obj["metadata"])
        new["status"] = status
        return self._put(res, new, "MODIFIED")

    def owner_ref(self, obj):
        return {"apiVersion": obj["apiVersion"], "kind": obj["kind"], "name": obj["metadata"]["name"],
                "uid": obj["metadata"]["uid"], "controller": True, "blockOwnerDeletion": True}

    def pod_status(self, pod, ready=True, phase="Running", exit_code=0):
        t = now_iso()
        self.pod_ip_counter += 1
        ip = "10.244.%d.%d" % (self.pod_ip_counter // 250 % 250, self.pod_ip_counter % 250 + 2)
        spec = pod.get("spec", {})
        spec.setdefault("nodeName", NODE_NAME)
        done = phase in ("Succeeded", "Failed")
        rd = "True" if ready and not done else "False"
        conds = [{"type": "PodReadyToStartContainers", "status": "False" if done else "True", "lastTransitionTime": t},
                 {"type": "Initialized", "status": "True", "lastTransitionTime": t},
                 {"type": "Ready", "status": rd, "lastTransitionTime": t},
                 {"type": "ContainersReady", "status": rd, "lastTransitionTime": t},
                 {"type": "PodScheduled", "status": "True", "lastTransitionTime": t}]
        if done:
            conds[2]["reason"] = conds[3]["reason"] = "PodCompleted" if phase == "Succeeded" else "PodFailed"
        elif not ready:
            conds[2]["reason"] = conds[3]["reason"] = "ContainersNotReady"
        cs = []
        for c in spec.get("containers", []) or []:
            s = {"name": c.get("name"), "image": c.get("image", ""), "imageID": "", "ready": rd == "True",
                 "started": not done, "restartCount": 0,
                 "containerID": "containerd://" + hashlib.sha256((pod["metadata"].get("uid", "") + c.get("name", "")).encode()).hexdigest()}
            if done:
                s["state"] = {"terminated": {"exitCode": exit_code, "reason": "Completed" if exit_code == 0 else "Error",
                                             "startedAt": t, "finishedAt": t, "containerID": s["containerID"]}}
            else:
                s["state"] = {"running": {"startedAt": t}}
            cs.append(s)
        return {"phase": phase, "conditions": conds, "hostIP": "172.18.0.2", "hostIPs": [{"ip": "172.18.0.2"}],
                "podIP": ip, "podIPs": [{"ip": ip}], "startTime": t, "containerStatuses": cs, "qosClass": "BestEffort"}

    def make_pod(self, owner, name, tmpl, labels, ready=True, phase="Running", exit_code=0):
        tm = tmpl.get("metadata", {}) or {}
        md = {"name": name, "namespace": owner["metadata"]["namespace"], "labels": labels,
              "ownerReferences": [self.owner_ref(owner)]}
        if tm.get("annotations"):
            md["annotations"] = copy.deepcopy(tm["annotations"])
        pod = {"apiVersion": "v1", "kind": "Pod", "metadata": md, "spec": copy.deepcopy(tmpl.get("spec", {}))}
        pod["spec"]["nodeName"] = NODE_NAME
        pod["metadata"]["uid"] = str(uuid.uuid4())
        pod["status"] = self.pod_status(pod, ready, phase, exit_code)
        out = self.create(self.res("", "pods"), md["namespace"], pod, internal=True, insert=True)
        if not self.seeding:
            c0 = (pod["spec"].get("containers") or [{}])[0]
            self.event(out, "Scheduled", "Successfully assigned %s/%s to %s" % (md["namespace"], name, NODE_NAME),
                       "default-scheduler")
            self.event(out, "Pulled", 'Container image "%s" already present on machine' % c0.get("image", ""), "kubelet")
            self.event(out, "Created", "Created container: %s" % c0.get("name", ""), "kubelet")
            self.event(out, "Started", "Started container %s" % c0.get("name", ""), "kubelet")
            if not ready and phase == "Running":
                self.event(out, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503",
                           "kubelet", "Warning")
        return out

    def event(self, obj, reason, message, component, etype="Normal"):
        md = obj["metadata"]
        t = now_iso()
        ev = {"metadata": {"name": "%s.%x" % (md["name"], time.time_ns() + random.getrandbits(10)), "namespace": md.get("namespace") or "default"},
              "involvedObject": {"kind": obj["kind"], "namespace": md.get("namespace"), "name": md["name"],
                                 "uid": md.get("uid"), "apiVersion": obj["apiVersion"],
                                 "resourceVersion": md.get("resourceVersion")},
              "reason": reason, "message": message, "source": {"component": component},
              "firstTimestamp": t, "lastTimestamp": t, "count": 1, "type": etype, "eventTime": None,
              "reportingComponent": component, "reportingInstance": ""}
        if component == "kubelet":
            ev["source"]["host"] = NODE_NAME
            ev["reportingInstance"] = NODE_NAME
        evres = self.res("", "events")
        self.create(evres, ev["metadata"]["namespace"], ev, internal=True)
        table = self.data.get(evres.key, {})
        if len(table) > self.EVENTS_MAX:
            # like the event TTL of a real cluster: drop the oldest fifth
            old = sorted(table.items(), key=lambda kv: kv[1][0]["metadata"]["resourceVersion"].zfill(20))
            for (n, en), _ in old[:len(old) // 5]:
                self._remove(evres, n, en)

    def rec_deployment(self, ns, name):
        d = self.get("apps", "deployments", ns, name)
        if d is None or d["metadata"].get("deletionTimestamp"):
            return
        spec = d.get("spec", {})
        replicas = spec.get("replicas", 1)
        tmpl = spec.get("template", {})
        h = hash_name(tmpl)
        rsres = self.res("apps", "replicasets")
        rss = self.owned(d["metadata"]["uid"], "apps", "replicasets")

        def rev(rs):
            try:
                return int(rs["metadata"].get("annotations", {}).get("deployment.kubernetes.io/revision", "0"))
            except ValueError:
                return 0
        maxrev = max([rev(r) for r in rss] or [0])
        new = next((r for r in rss if r["metadata"].get("labels", {}).get("pod-template-hash") == h), None)
        if spec.get("paused") and new is None:
            # paused: no new ReplicaSet for a changed template; the newest existing one keeps serving
            # and follows spec.replicas (kubectl rollout pause/resume)
            if rss:
                cur = max(rss, key=rev)
                if cur["spec"].get("replicas") != replicas:
                    c2 = copy.deepcopy(cur)
                    c2["spec"]["replicas"] = replicas
                    self.update(rsres, ns, c2["metadata"]["name"], c2, check_rv=False)
            self.deployment_status(d)
            return
        ann = {"deployment.kubernetes.io/desired-replicas": str(replicas),
               "deployment.kubernetes.io/max-replicas": str(replicas + max(1, (replicas + 3) // 4))}
        if new is None:
            t2 = copy.deepcopy(tmpl)
            t2.setdefault("metadata", {}).setdefault("labels", {})["pod-template-hash"] = h
            sel = copy.deepcopy(spec.get("selector") or {"matchLabels": {}})
            sel.setdefault("matchLabels", {})["pod-template-hash"] = h
            labels = dict(t2["metadata"]["labels"])
            a = dict(ann)
            a["deployment.kubernetes.io/revision"] = str(maxrev + 1)
            rs = {"metadata": {"name": "%s-%s" % (name, h), "namespace": ns, "labels": labels, "annotations": a,
                               "ownerReferences": [self.owner_ref(d)]},
                  "spec": {"replicas": replicas, "minReadySeconds": spec.get("minReadySeconds", 0),
                           "selector": sel, "template": t2}}
            new = self.create(rsres, ns, rs, internal=True)
            if not self.seeding:
                self.event(d, "ScalingReplicaSet", "Scaled up replica set %s from 0 to %d" % (new["metadata"]["name"], replicas),
                           "deployment-controller")
        else:
            changed = False
            n2 = copy.deepcopy(new)
            if rev(new) < maxrev:
                n2["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = str(maxrev + 1)
                changed = True
            if n2["spec"].get("replicas") != replicas:
                if not self.seeding:
                    self.event(d, "ScalingReplicaSet", "Scaled %s replica set %s from %s to %d" % (
                        "up" if replicas > n2["spec"].get("replicas", 0) else "down", n2["metadata"]["name"],
                        n2["spec"].get("replicas", 0), replicas), "deployment-controller")
                n2["spec"]["replicas"] = replicas
                changed = True
            for k, v in ann.items():
                if n2["metadata"].setdefault("annotations", {}).get(k) != v:
                    n2["metadata"]["annotations"][k] = v
                    changed = True
            if changed:
                new = self.update(rsres, ns, n2["metadata"]["name"], n2, check_rv=False)
        for r in rss:
            if r["metadata"]["uid"] != new["metadata"]["uid"] and r["spec"].get("replicas", 0) != 0:
                r2 = copy.deepcopy(r)
                r2["spec"]["replicas"] = 0
                self.update(rsres, ns, r2["metadata"]["name"], r2, check_rv=False)
                if not self.seeding:
                    self.event(d, "ScalingReplicaSet", "Scaled down replica set %s from %s to 0" % (
                        r["metadata"]["name"], r["spec"].get("replicas")), "deployment-controller")
        # Old surplus history beyond revisionHistoryLimit is kept (harmless).
        self.deployment_status(d, new)

    def deployment_status(self, d, new=None):
        ns, name = d["metadata"]["namespace"], d["metadata"]["name"]
        d = self.get("apps", "deployments", ns, name)
        if d is None:
            return
        rss = self.owned(d["metadata"]["uid"], "apps", "replicasets")
        h = hash_name(d.get("spec", {}).get("template", {}))
        new = next((r for r in rss if r["metadata"].get("labels", {}).get("pod-template-hash") == h), None)
        desired = d["spec"].get("replicas", 1)
        stuck = self.is_stuck(d)
        tot = sum(r.get("status", {}).get("replicas", 0) for r in rss)
        upd = new.get("status", {}).get("replicas", 0) if new else 0
        ready = sum(r.get("status", {}).get("readyReplicas", 0) for r in rss)
        avail = sum(r.get("status", {}).get("availableReplicas", 0) for r in rss)
        old = d.get("status", {})
        t = now_iso()

        def cond(typ, status, reason, msg):
            prev = next((c for c in old.get("conditions", []) if c.get("type") == typ), None)
            ltt = prev["lastTransitionTime"] if prev and prev.get("status") == status else t
            lut = prev["lastUpdateTime"] if prev and prev.get("reason") == reason and prev.get("status") == status else t
            return {"type": typ, "status": status, "lastUpdateTime": lut, "lastTransitionTime": ltt,
                    "reason": reason, "message": msg}
        complete = new is not None and upd == desired and tot == desired and avail >= desired and not stuck
        paused = d["spec"].get("paused")
        if paused and new is None and rss:
            cur = max(rss, key=lambda r: int(r["metadata"].get("annotations", {}).get("deployment.kubernetes.io/revision", "0")))
            upd = cur.get("status", {}).get("replicas", 0)
        rsname = new["metadata"]["name"] if new else name
        conds = [cond("Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.")
                 if (avail >= desired and not stuck) else
                 cond("Available", "False", "MinimumReplicasUnavailable", "Deployment does not have minimum availability."),
                 cond("Progressing", "Unknown", "DeploymentPaused", "Deployment is paused") if paused else
                 cond("Progressing", "True", "NewReplicaSetAvailable", 'ReplicaSet "%s" has successfully progressed.' % rsname)
                 if complete else
                 cond("Progressing", "True", "ReplicaSetUpdated", 'ReplicaSet "%s" is progressing.' % rsname)]
        st = {"observedGeneration": d["metadata"].get("generation", 1)}
        for k, v in (("replicas", tot), ("updatedReplicas", upd), ("readyReplicas", ready),
                     ("availableReplicas", avail), ("unavailableReplicas", max(0, desired - avail))):
            if v:
                st[k] = v
        st["conditions"] = conds
        self.write_status(self.res("apps", "deployments"), d, st)

    def rec_replicaset(self, ns, name):
        rs = self.get("apps", "replicasets", ns, name)
        if rs is None:
            return
        owner = None
        for ref in rs["metadata"].get("ownerReferences", []) or []:
            if ref.get("kind") == "Deployment":
                owner = self.get("apps", "deployments", ns, ref.get("name"))
        stuck = self.is_stuck(rs) or (owner is not None and self.is_stuck(owner))
        desired = rs["spec"].get("replicas", 1)
        pods = sorted(self.owned(rs["metadata"]["uid"], "", "pods"), key=lambda p: p["metadata"]["creationTimestamp"])
        tmpl = rs["spec"].get("template", {})
        labels = dict(tmpl.get("metadata", {}).get("labels", {}) or {})
        podres = self.res("", "pods")
        while len(pods) < desired:
            pname = "%s-%s" % (name, rand_suffix())
            p = self.make_pod(rs, pname, tmpl, dict(labels), ready=not stuck)
            if not self.seeding:
                self.event(rs, "SuccessfulCreate", "Created pod: %s" % pname, "replicaset-controller")
            pods.append(p)
        while len(pods) > desired:
            p = pods.pop()
            self._remove(podres, ns, p["metadata"]["name"])
            if not self.seeding:
                self.event(rs, "SuccessfulDelete", "Deleted pod: %s" % p["metadata"]["name"], "replicaset-controller")
        for p in pods:
            want_ready = not stuck
            is_ready = any(c.get("type") == "Ready" and c.get("status") == "True" for c in p.get("status", {}).get("conditions", []))
            if want_ready != is_ready:
                p2 = copy.deepcopy(p)
                p2["status"] = self.pod_status(p2, ready=want_ready)
                self._put(podres, p2, "MODIFIED")
        n = len(pods)
        rdy = 0 if stuck else n
        st = {"replicas": n, "observedGeneration": rs["metadata"].get("generation", 1)}
        if n:
            st["fullyLabeledReplicas"] = n
        if rdy:
            st["readyReplicas"] = rdy
            st["availableReplicas"] = rdy
        self.write_status(self.res("apps", "replicasets"), rs, st)
        if owner is not None:
            if self.seeding:
                self.deployment_status(owner)
            else:
                self.kick("apps", "deployments", ns, owner["metadata"]["name"], 0.1)

    def rec_statefulset(self, ns, name):
        sts = self.get("apps", "statefulsets", ns, name)
        if sts is None:
            return
        spec = sts.get("spec", {})
        tmpl = spec.get("template", {})
        h = hash_name(tmpl)
        revname = "%s-%s" % (name, h)
        crres = self.res("apps", "controllerrevisions")
        crs = self.owned(sts["metadata"]["uid"], "apps", "controllerrevisions")
        if not any(c["metadata"]["name"] == revname for c in crs):
            self.create(crres, ns, {"metadata": {"name": revname, "namespace": ns, "labels": dict(
                (tmpl.get("metadata", {}) or {}).get("labels", {}) or {}, **{"controller.kubernetes.io/hash": h}),
                "ownerReferences": [self.owner_ref(sts)]},
                "data": {"spec": {"template": dict(copy.deepcopy(tmpl), **{"$patch": "replace"})}},
                "revision": len(crs) + 1}, internal=True)
        desired = spec.get("replicas", 1)
        stuck = self.is_stuck(sts)
        podres = self.res("", "pods")
        pods = {p["metadata"]["name"]: p for p in self.owned(sts["metadata"]["uid"], "", "pods")}
        for pname, p in list(pods.items()):
            idx = pname.rsplit("-", 1)[-1]
            if not idx.isdigit() or int(idx) >= desired or p["metadata"].get("labels", {}).get("controller-revision-hash") != revname:
                self._remove(podres, ns, pname)
                del pods[pname]
        for i in range(desired):
            pname = "%s-%d" % (name, i)
            if pname in pods:
                continue
            labels = dict((tmpl.get("metadata", {}) or {}).get("labels", {}) or {})
            labels.update({"controller-revision-hash": revname, "statefulset.kubernetes.io/pod-name": pname,
                           "apps.kubernetes.io/pod-index": str(i)})
            t2 = copy.deepcopy(tmpl)
            t2.setdefault("spec", {})["hostname"] = pname
            if spec.get("serviceName"):
                t2["spec"]["subdomain"] = spec["serviceName"]
            for vct in spec.get("volumeClaimTemplates", []) or []:
                cname = "%s-%s-%d" % (vct.get("metadata", {}).get("name"), name, i)
                t2["spec"].setdefault("volumes", []).append({"name": vct.get("metadata", {}).get("name"),
                                                             "persistentVolumeClaim": {"claimName": cname}})
                if self.get("", "persistentvolumeclaims", ns, cname) is None:
                    pvc = {"metadata": {"name": cname, "namespace": ns,
                                        "labels": dict(spec.get("selector", {}).get("matchLabels", {}) or {})},
                           "spec": copy.deepcopy(vct.get("spec", {}))}
                    pvc["spec"].setdefault("volumeMode", "Filesystem")
                    pvc["spec"].setdefault("storageClassName", "standard")
                    self.create(self.res("", "persistentvolumeclaims"), ns, pvc, internal=True)
            self.make_pod(sts, pname, t2, labels, ready=not stuck)
            if not self.seeding:
                self.event(sts, "SuccessfulCreate", "create Pod %s in StatefulSet %s successful" % (pname, name),
                           "statefulset-controller")
        for p in self.owned(sts["metadata"]["uid"], "", "pods"):
            is_ready = any(c.get("type") == "Ready" and c.get("status") == "True" for c in p.get("status", {}).get("conditions", []))
            if is_ready == stuck:
                p2 = copy.deepcopy(p)
                p2["status"] = self.pod_status(p2, ready=not stuck)
                self._put(podres, p2, "MODIFIED")
        rdy = 0 if stuck else desired
        st = {"observedGeneration": sts["metadata"].get("generation", 1), "replicas": desired,
              "currentReplicas": desired, "updatedReplicas": desired,
              "currentRevision": revname, "updateRevision": revname, "collisionCount": 0}
        if rdy:
            st["readyReplicas"] = rdy
            st["availableReplicas"] = rdy
        self.write_status(self.res("apps", "statefulsets"), sts, st)

    def rec_daemonset(self, ns, name):
        ds = self.get("apps", "daemonsets", ns, name)
        if ds is None:
            return
        tmpl = ds["spec"].get("template", {})
        h = hash_name(tmpl)
        pods = self.owned(ds["metadata"]["uid"], "", "pods")
        for p in pods:
            if p["metadata"].get("labels", {}).get("controller-revision-hash") != h:
                self._remove(self.res("", "pods"), ns, p["metadata"]["name"])
        if not any(p["metadata"].get("labels", {}).get("controller-revision-hash") == h for p in pods):
            labels = dict((tmpl.get("metadata", {}) or {}).get("labels", {}) or {})
            labels.update({"controller-revision-hash": h, "pod-template-generation": str(ds["metadata"].get("generation", 1))})
            self.make_pod(ds, "%s-%s" % (name, rand_suffix()), tmpl, labels, ready=not self.is_stuck(ds))
        n = 0 if self.is_stuck(ds) else 1
        self.write_status(self.res("apps", "daemonsets"), ds, {
            "observedGeneration": ds["metadata"].get("generation", 1), "currentNumberScheduled": 1,
            "desiredNumberScheduled": 1, "updatedNumberScheduled": 1, "numberReady": n, "numberAvailable": n,
            "numberMisscheduled": 0})

    def rec_job(self, ns, name):
        job = self.get("batch", "jobs", ns, name)
        if job is None:
            return
        st = job.get("status", {})
        if st.get("completionTime") or job["spec"].get("suspend"):
            return
        t = now_iso()
        tmpl = job["spec"].get("template", {})
        labels = dict((tmpl.get("metadata", {}) or {}).get("labels", {}) or {})
        stuck = self.is_stuck(job)
        code = self.exit_code(job)
        pods = self.owned(job["metadata"]["uid"], "", "pods")
        if not pods:
            pname = "%s-%s" % (name, rand_suffix())
            self.make_pod(job, pname, tmpl, labels, ready=False if stuck else True,
                          phase="Running" if stuck else ("Succeeded" if code == 0 else "Failed"), exit_code=code)
            if not self.seeding:
                self.event(job, "SuccessfulCreate", "Created pod: %s" % pname, "job-controller")
        if code != 0 and not stuck:
            if any(c.get("type") == "Failed" for c in st.get("conditions", []) or []):
                return
            msg = "Job has reached the specified backoff limit"
            self.write_status(self.res("batch", "jobs"), job, {
                "startTime": st.get("startTime", t), "failed": 1, "ready": 0, "terminating": 0,
                "uncountedTerminatedPods": {},
                "conditions": [{"type": "FailureTarget", "status": "True", "lastProbeTime": t, "lastTransitionTime": t,
                                "reason": "BackoffLimitExceeded", "message": msg},
                               {"type": "Failed", "status": "True", "lastProbeTime": t, "lastTransitionTime": t,
                                "reason": "BackoffLimitExceeded", "message": msg}]})
            if not self.seeding:
                self.event(job, "BackoffLimitExceeded", msg, "job-controller", "Warning")
            return
        if stuck:
            self.write_status(self.res("batch", "jobs"), job, {"active": 1, "startTime": st.get("startTime", t),
                                                               "ready": 0, "terminating": 0, "uncountedTerminatedPods": {}})
            return
        self.write_status(self.res("batch", "jobs"), job, {
            "startTime": st.get("startTime", t), "completionTime": t, "succeeded": 1, "ready": 0, "terminating": 0,
            "uncountedTerminatedPods": {},
            "conditions": [{"type": "SuccessCriteriaMet", "status": "True", "lastProbeTime": t,
                            "lastTransitionTime": t, "reason": "CompletionsReached",
                            "message": "Reached expected number of succeeded pods"},
                           {"type": "Complete", "status": "True", "lastProbeTime": t, "lastTransitionTime": t,
                            "reason": "CompletionsReached", "message": "Reached expected number of succeeded pods"}]})
        if not self.seeding:
            self.event(job, "Completed", "Job completed", "job-controller")

    def rec_pvc(self, ns, name):
        pvc = self.get("", "persistentvolumeclaims", ns, name)
        if pvc is None or pvc.get("status", {}).get("phase") == "Bound":
            return
        spec = pvc.get("spec", {})
        if not spec.get("volumeName"):
            p2 = copy.deepcopy(pvc)
            p2["spec"]["volumeName"] = "pvc-" + pvc["metadata"]["uid"]
            p2["spec"].setdefault("volumeMode", "Filesystem")
            pvc = self._put(self.res("", "persistentvolumeclaims"), p2, "MODIFIED")
        self.write_status(self.res("", "persistentvolumeclaims"), pvc, {
            "phase": "Bound", "accessModes": spec.get("accessModes", ["ReadWriteOnce"]),
            "capacity": dict((spec.get("resources", {}) or {}).get("requests", {}) or {"storage": "1Gi"})})

    def rec_endpoints(self, ns, name_unused):
        """Endpoints and EndpointSlices for the Services with a selector in namespace ns."""
        self.eps_queued.discard(ns)
        if self.get("", "namespaces", "", ns) is None:
            return
        eres, sres = self.res("", "endpoints"), self.res("discovery.k8s.io", "endpointslices")
        pods = [p for p in self.items("", "pods", ns) if (p.get("status") or {}).get("podIP")
                and p["status"].get("phase") not in ("Succeeded", "Failed")]
        services = {}
        for svc in self.items("", "services", ns):
            spec = svc.get("spec") or {}
            sel = spec.get("selector")
            if not sel or spec.get("type") == "ExternalName":
                continue
            name = svc["metadata"]["name"]
            services[name] = svc
            reqs = [(k, "=", [v]) for k, v in sel.items()]
            match = sorted((p for p in pods if labels_match(reqs, p["metadata"].get("labels"))),
                           key=lambda p: p["metadata"]["name"])
            ports = []
            for sp in spec.get("ports", []) or []:
                tp = sp.get("targetPort", sp.get("port"))
                if isinstance(tp, str) and not tp.isdigit():
                    tp = next((cp.get("containerPort") for p in match for c in p["spec"].get("containers", []) or []
                               for cp in c.get("ports", []) or [] if cp.get("name") == tp), None)
                if tp is None:
                    continue
                e = {"port": int(tp), "protocol": sp.get("protocol", "TCP")}
                if sp.get("name"):
                    e["name"] = sp["name"]
                ports.append(e)

            def ready(p):
                return any(c.get("type") == "Ready" and c.get("status") == "True"
                           for c in p["status"].get("conditions", []) or [])

            def ref(p):
                return {"kind": "Pod", "namespace": ns, "name": p["metadata"]["name"], "uid": p["metadata"]["uid"]}
            subset = {}
            for p in match:
                a = {"ip": p["status"]["podIP"], "nodeName": p["spec"].get("nodeName", NODE_NAME), "targetRef": ref(p)}
                subset.setdefault("addresses" if ready(p) else "notReadyAddresses", []).append(a)
            ep = {"apiVersion": "v1", "kind": "Endpoints", "metadata": {
                "name": name, "namespace": ns, "labels": dict(svc["metadata"].get("labels") or {},
                                                             **{"endpoints.kubernetes.io/managed-by": "endpoint-controller"})}}
            if subset and ports:
                subset["ports"] = ports
                ep["subsets"] = [subset]
            self._sync_obj(eres, ep)
            sl = {"apiVersion": "discovery.k8s.io/v1", "kind": "EndpointSlice", "metadata": {
                "name": "%s-%s" % (name, hash_name(svc["metadata"]["uid"], 5)), "namespace": ns,
                "generateName": name + "-",
                "labels": dict(svc["metadata"].get("labels") or {}, **{
                    "kubernetes.io/service-name": name,
                    "endpointslice.kubernetes.io/managed-by": "endpointslice-controller.k8s.io"}),
                "ownerReferences": [self.owner_ref(svc)]},
                "addressType": "IPv4",
                "endpoints": [{"addresses": [p["status"]["podIP"]], "nodeName": p["spec"].get("nodeName", NODE_NAME),
                               "targetRef": ref(p), "conditions": {"ready": ready(p), "serving": ready(p),
                                                                   "terminating": False}} for p in match],
                "ports": ports}
            self._sync_obj(sres, sl)
        for ep in self.items("", "endpoints", ns):
            if (ep["metadata"].get("labels") or {}).get("endpoints.kubernetes.io/managed-by") == "endpoint-controller" \
                    and ep["metadata"]["name"] not in services:
                self._remove(eres, ns, ep["metadata"]["name"])

    def _sync_obj(self, res, want):
        """Create or update a controller-owned object when its content changed."""
        md = want["metadata"]
        cur = self.get(res.group, res.plural, md["namespace"], md["name"])
        if cur is None:
            md["uid"] = str(uuid.uuid4())
            md["creationTimestamp"] = now_iso()
            self._put(res, want, "ADDED")
            return
        new = dict(want)
        new["metadata"] = dict(cur["metadata"], labels=md.get("labels"))
        if "ownerReferences" in md:
            new["metadata"]["ownerReferences"] = md["ownerReferences"]
        if strip_rv(new) != strip_rv(cur):
            self._put(res, new, "MODIFIED")

    def rec_namespace(self, ns_unused, name):
        nso = self.get("", "namespaces", "", name)
        if nso is None or nso.get("status", {}).get("phase") != "Terminating":
            return
        for key, table in list(self.data.items()):
            r = self.res(*key)
            if r is None or not r.namespaced:
                continue
            for (n, oname) in [k for k in table if k[0] == name]:
                self._remove(r, n, oname)
        self._remove(self.res("", "namespaces"), "", name)

    def rec_crd(self, ns_unused, name):
        crd = self.get("apiextensions.k8s.io", "customresourcedefinitions", "", name)
        if crd is None:
            return
        t = now_iso()
        names = crd.get("spec", {}).get("names", {})
        self.write_status(self.res("apiextensions.k8s.io", "customresourcedefinitions"), crd, {
            "acceptedNames": names, "storedVersions": [v["name"] for v in crd["spec"].get("versions", []) if v.get("storage")],
            "conditions": [{"type": "NamesAccepted", "status": "True", "lastTransitionTime": t, "reason": "NoConflicts",
                            "message": "no conflicts found"},
                           {"type": "Established", "status": "True", "lastTransitionTime": t, "reason": "InitialNamesAccepted",
                            "message": "the initial names have been accepted"}]})

    # ---------------------------------------------------------------- RBAC
    def subject_matches(self, subjects):
        """The first subject naming the configured user or one of its groups, as 'User "u"' / 'Group "g"'."""
        user, groups = self.rbac.get("user", "chartroom-test"), self.rbac.get("groups") or []
        for s in subjects or []:
            if s.get("kind") == "User" and s.get("name") == user:
                return 'User "%s"' % user
            if s.get("kind") == "Group" and s.get("name") in groups:
                return 'Group "%s"' % s["name"]
        return None

    def bound_rules(self, ns):
        """([(rule, source)], [(nonResourceRule, source)], admin_fallback) for the configured user in ns;
        source is the real authorizer's wording, e.g. 'RoleBinding "rb/ns" of Role "r" to User "u"'."""
        with self.lock:
            crbs = [(b, self.subject_matches(b.get("subjects")))
                    for b in self.items("rbac.authorization.k8s.io", "clusterrolebindings")]
            crbs = [(b, who) for b, who in crbs if who]
            rbs = [(b, self.subject_matches(b.get("subjects")))
                   for b in self.items("rbac.authorization.k8s.io", "rolebindings", ns)] if ns else []
            rbs = [(b, who) for b, who in rbs if who]
            basic = ([(r, "") for r in BASIC_RULES], [(r, "") for r in BASIC_NONRESOURCE])
            if self.rbac.get("mode") != "rbac":
                anyb = crbs or any(self.subject_matches(b.get("subjects"))
                                   for b in self.items("rbac.authorization.k8s.io", "rolebindings"))
                if not anyb:
                    return [(r, "") for r in ADMIN_RULES] + basic[0], [(r, "") for r in ADMIN_NONRESOURCE] + basic[1], True
            rules, nonres = [], []

            def add_role(b, who, bns):
                ref = b.get("roleRef", {})
                kind, name = ref.get("kind"), ref.get("name")
                role = (self.get("rbac.authorization.k8s.io", "clusterroles", "", name) if kind == "ClusterRole"
                        else self.get("rbac.authorization.k8s.io", "roles", bns, name))
                src = ('RoleBinding "%s/%s"' % (b["metadata"]["name"], bns) if bns else
                       'ClusterRoleBinding "%s"' % b["metadata"]["name"]) + ' of %s "%s" to %s' % (kind, name, who)
                for r in (role or {}).get("rules", []) or []:
                    if r.get("nonResourceURLs"):
                        if not bns:
                            nonres.append(({"verbs": r.get("verbs", []), "nonResourceURLs": r["nonResourceURLs"]}, src))
                    else:
                        rr = {"verbs": r.get("verbs", []), "apiGroups": r.get("apiGroups", []),
                              "resources": r.get("resources", [])}
                        if r.get("resourceNames"):
                            rr["resourceNames"] = r["resourceNames"]
                        rules.append((rr, src))
            for b, who in crbs:
                add_role(b, who, "")
            for b, who in rbs:
                add_role(b, who, ns)
            return rules + basic[0], nonres + basic[1], False

    def rules_for(self, ns):
        """(resourceRules, nonResourceRules, admin_fallback) for the configured user in namespace ns."""
        rules, nonres, admin = self.bound_rules(ns)
        return [r for r, _ in rules], [r for r, _ in nonres], admin

    def allowed(self, verb, group, resource, ns, name=None):
        rules, _, _ = self.rules_for(ns)
        return any(rule_allows(r, verb, group, resource, name) for r in rules)

    def check_forbidden(self, verb, res, ns, name, sub):
        """Raise 403 for fault-injected or RBAC-denied requests."""
        user = self.rbac.get("user", "chartroom-test")
        for f in self.faults.get("forbid") or []:
            if (not f.get("verbs") or verb in f["verbs"]) and \
               (not f.get("resources") or res.plural in f["resources"] or res.qualified in f["resources"]) and \
               (not f.get("namespaces") or (ns or "") in f["namespaces"]):
                raise forbidden_error(f.get("user", user), verb, res.plural, res.group, ns, name, sub, res.qualified)
        if self.rbac.get("mode") == "rbac" and res.plural not in REVIEW_KINDS:
            resource = res.plural + ("/" + sub if sub else "")
            if not self.allowed(verb, res.group, resource, ns, name):
                raise forbidden_error(user, verb, res.plural, res.group, ns, name, sub, res.qualified)

    def review(self, res, body):
        user, groups = self.rbac.get("user", "chartroom-test"), self.rbac.get("groups") or []
        out = {"kind": res.kind, "apiVersion": res.gv, "metadata": {"creationTimestamp": None},
               "spec": body.get("spec", {})}
        if res.plural == "selfsubjectrulesreviews":
            ns = body.get("spec", {}).get("namespace", "")
            rules, nonres, _ = self.rules_for(ns)
            out["status"] = {"resourceRules": rules, "nonResourceRules": nonres, "incomplete": False}
        elif res.plural == "selfsubjectaccessreviews":
            ra = body.get("spec", {}).get("resourceAttributes")
            nra = body.get("spec", {}).get("nonResourceAttributes")
            if ra:
                resource = ra.get("resource", "") + ("/" + ra["subresource"] if ra.get("subresource") else "")
                rules, _, admin = self.bound_rules(ra.get("namespace", ""))
                src = next((src for r, src in rules
                            if rule_allows(r, ra.get("verb", ""), ra.get("group", ""), resource, ra.get("name"))), None)
            else:
                _, nonres, admin = self.bound_rules("")
                path = (nra or {}).get("path", "")
                src = next((src for r, src in nonres if ("*" in r["verbs"] or (nra or {}).get("verb") in r["verbs"]) and any(
                    u == "*" or u == path or (u.endswith("*") and path.startswith(u[:-1])) for u in r["nonResourceURLs"])),
                    None)
            out["status"] = {"allowed": src is not None}
            if src is not None:
                out["status"]["reason"] = (
                    'RBAC: allowed by ClusterRoleBinding "cluster-admin" of ClusterRole "cluster-admin" to User "%s"'
                    % user if admin else ("RBAC: allowed by " + src) if src else
                    'RBAC: allowed by ClusterRoleBinding "system:basic-user" of ClusterRole "system:basic-user" to '
                    'Group "system:authenticated"')
        else:
            out["status"] = {"userInfo": {"username": user, "groups": groups}}
        return out

    # ---------------------------------------------------------------- listing
    def list_entries(self, res, ns, lsel, fsel):
        with self.lock:
            out = []
            for e in self.entries(res.group, res.plural, ns if res.namespaced else None):
                o = e[0]
                if lsel and not labels_match(lsel, o["metadata"].get("labels")):
                    continue
                if fsel and not fields_match(fsel, o):
                    continue
                out.append(e)
            out.sort(key=lambda e: (e[0]["metadata"].get("namespace", ""), e[0]["metadata"]["name"]))
            return out, self.rv


# --------------------------------------------------------------------------------------
# Tables (kubectl get)
# --------------------------------------------------------------------------------------
def col(name, typ="string", fmt="", desc="", prio=0):
    return {"name": name, "type": typ, "format": fmt, "description": desc or name, "priority": prio}


def table_columns(res):
    p = res.plural
    if p == "pods":
        return [col("Name", fmt="name"), col("Ready"), col("Status"), col("Restarts"), col("Age"),
                col("IP", prio=1), col("Node", prio=1)]
    if p == "deployments":
        return [col("Name", fmt="name"), col("Ready"), col("Up-to-date", "integer"), col("Available", "integer"), col("Age"),
                col("Containers", prio=1), col("Images", prio=1), col("Selector", prio=1)]
    if p == "statefulsets":
        return [col("Name", fmt="name"), col("Ready"), col("Age")]
    if p == "replicasets":
        return [col("Name", fmt="name"), col("Desired", "integer"), col("Current", "integer"), col("Ready", "integer"), col("Age")]
    if p == "services":
        return [col("Name", fmt="name"), col("Type"), col("Cluster-IP"), col("External-IP"), col("Port(s)"), col("Age"),
                col("Selector", prio=1)]
    if p == "namespaces":
        return [col("Name", fmt="name"), col("Status"), col("Age")]
    if p == "secrets":
        return [col("Name", fmt="name"), col("Type"), col("Data", "integer"), col("Age")]
    if p == "configmaps":
        return [col("Name", fmt="name"), col("Data", "integer"), col("Age")]
    if p == "jobs":
        return [col("Name", fmt="name"), col("Status"), col("Completions"), col("Duration"), col("Age")]
    if p == "persistentvolumeclaims":
        return [col("Name", fmt="name"), col("Status"), col("Volume"), col("Capacity"), col("Access Modes"),
                col("StorageClass"), col("VolumeAttributesClass"), col("Age")]
    if p == "events" and not res.group:
        return [col("Last Seen"), col("Type"), col("Reason"), col("Object"), col("Message")]
    if p == "nodes":
        return [col("Name", fmt="name"), col("Status"), col("Roles"), col("Age"), col("Version")]
    if p == "endpoints":
        return [col("Name", fmt="name"), col("Endpoints"), col("Age")]
    if p == "endpointslices":
        return [col("Name", fmt="name"), col("AddressType"), col("Ports"), col("Endpoints"), col("Age")]
    return [col("Name", fmt="name"), col("Age")]


def table_cells(res, o):
    md, spec, st = o["metadata"], o.get("spec", {}) or {}, o.get("status", {}) or {}
    age = human_age(md.get("creationTimestamp"))
    p = res.plural
    if p == "pods":
        cs = st.get("containerStatuses", []) or []
        ready = sum(1 for c in cs if c.get("ready"))
        phase = st.get("phase", "Pending")
        if phase == "Succeeded":
            phase = "Completed"
        return [md["name"], "%d/%d" % (ready, len(spec.get("containers", []) or [])), phase,
                sum(c.get("restartCount", 0) for c in cs), age, st.get("podIP", "<none>"), spec.get("nodeName", "<none>")]
    if p == "deployments":
        cs = spec.get("template", {}).get("spec", {}).get("containers", []) or []
        return [md["name"], "%d/%d" % (st.get("readyReplicas", 0), spec.get("replicas", 1)), st.get("updatedReplicas", 0),
                st.get("availableReplicas", 0), age, ",".join(c.get("name", "") for c in cs),
                ",".join(c.get("image", "") for c in cs), selector_string(spec.get("selector"))]
    if p == "statefulsets":
        return [md["name"], "%d/%d" % (st.get("readyReplicas", 0), spec.get("replicas", 1)), age]
    if p == "replicasets":
        return [md["name"], spec.get("replicas", 1), st.get("replicas", 0), st.get("readyReplicas", 0), age]
    if p == "services":
        ports = ",".join("%s%s/%s" % (x.get("port"), ":%s" % x["nodePort"] if x.get("nodePort") else "", x.get("protocol", "TCP"))
                         for x in spec.get("ports", []) or []) or "<none>"
        sel = ",".join("%s=%s" % kv for kv in sorted((spec.get("selector") or {}).items())) or "<none>"
        ext = [i.get("ip") or i.get("hostname") for i in ((st.get("loadBalancer") or {}).get("ingress") or [])]
        ext = ext or list(spec.get("externalIPs") or [])
        if spec.get("type") == "ExternalName":
            ext = [spec.get("externalName", "")]
        ext = ",".join(ext) or ("<pending>" if spec.get("type") == "LoadBalancer" else "<none>")
        return [md["name"], spec.get("type", "ClusterIP"), spec.get("clusterIP", "<none>"), ext, ports, age, sel]
    if p == "namespaces":
        return [md["name"], st.get("phase", "Active"), age]
    if p == "secrets":
        return [md["name"], o.get("type", "Opaque"), len(o.get("data") or {}), age]
    if p == "configmaps":
        return [md["name"], len(o.get("data") or {}) + len(o.get("binaryData") or {}), age]
    if p == "jobs":
        done = st.get("succeeded", 0)
        status = "Complete" if any(c.get("type") == "Complete" and c.get("status") == "True"
                                   for c in st.get("conditions", []) or []) else "Running"
        dur = "0s"
        if st.get("startTime"):
            dur = "%ds" % max(0, int(parse_iso(st.get("completionTime") or now_iso()) - parse_iso(st["startTime"])))
        return [md["name"], status, "%d/%d" % (done, spec.get("completions", 1)), dur, age]
    if p == "persistentvolumeclaims":
        return [md["name"], st.get("phase", "Pending"), spec.get("volumeName", ""), (st.get("capacity") or {}).get("storage", ""),
                ",".join({"ReadWriteOnce": "RWO", "ReadOnlyMany": "ROX", "ReadWriteMany": "RWX",
                          "ReadWriteOncePod": "RWOP"}.get(a, a) for a in st.get("accessModes", []) or []),
                spec.get("storageClassName", "<unset>"), "<unset>", age]
    if p == "events" and not res.group:
        io = o.get("involvedObject", {})
        return [human_age(o.get("lastTimestamp") or md.get("creationTimestamp")), o.get("type", ""), o.get("reason", ""),
                "%s/%s" % (io.get("kind", "").lower(), io.get("name", "")), o.get("message", "")]
    if p == "nodes":
        return [md["name"], "Ready", "control-plane", age, "v1.33.0"]
    if p == "endpoints":
        eps = ["%s:%s" % (a["ip"], pt["port"]) for ss in o.get("subsets", []) or [] for a in ss.get("addresses", []) or []
               for pt in ss.get("ports", []) or []]
        return [md["name"], (",".join(eps[:3]) + (" + %d more..." % (len(eps) - 3) if len(eps) > 3 else "")) or "<none>", age]
    if p == "endpointslices":
        ips = [a for e in o.get("endpoints", []) or [] for a in e.get("addresses", [])]
        return [md["name"], o.get("addressType", ""), ",".join(str(x.get("port")) for x in o.get("ports", []) or []) or "<unset>",
                (",".join(ips[:3]) + (" + %d more..." % (len(ips) - 3) if len(ips) > 3 else "")) or "<unset>", age]
    return [md["name"], age]


def partial_meta(o):
    return {"kind": "PartialObjectMetadata", "apiVersion": "meta.k8s.io/v1",
            "metadata": {k: v for k, v in o["metadata"].items() if k != "managedFields"}}


# --------------------------------------------------------------------------------------
# Discovery and OpenAPI
# --------------------------------------------------------------------------------------
def discovery_resources(reg, group, version):
    out = []
    for r in sorted(reg.resources(group, version), key=lambda r: r.plural):
        e = {"name": r.plural, "singularName": r.singular, "namespaced": r.namespaced, "kind": r.kind,
             "verbs": list(r.verbs)}
        if r.short:
            e["shortNames"] = list(r.short)
        if r.cat:
            e["categories"] = ["all"]
        e["storageVersionHash"] = base64.b64encode(hashlib.sha256(r.gv.encode() + r.kind.encode()).digest()[:8]).decode()
        out.append(e)
        if r.status:
            out.append({"name": r.plural + "/status", "singularName": "", "namespaced": r.namespaced, "kind": r.kind,
                        "verbs": ["get", "patch", "update"]})
        if r.scale:
            out.append({"name": r.plural + "/scale", "singularName": "", "namespaced": r.namespaced, "group": "autoscaling",
                        "version": "v1", "kind": "Scale", "verbs": ["get", "patch", "update"]})
        if r.key == ("", "pods"):
            out.append({"name": "pods/log", "singularName": "", "namespaced": True, "kind": "Pod", "verbs": ["get"]})
            out.append({"name": "pods/exec", "singularName": "", "namespaced": True, "kind": "PodExecOptions",
                        "verbs": ["create", "get"]})
            out.append({"name": "pods/eviction", "singularName": "", "namespaced": True, "group": "policy",
                        "version": "v1", "kind": "Eviction", "verbs": ["create"]})
    return {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": "%s/%s" % (group, version) if group else version,
            "resources": out}


def aggregated_discovery(reg, core):
    """apidiscovery.k8s.io/v2 APIGroupDiscoveryList for /api (core) or /apis (all other groups)."""
    items = []
    groups = [""] if core else sorted((g for g in reg.groups if g), key=lambda g: (g.count("."), g))
    for g in groups:
        versions = []
        for v in reg.groups.get(g, []):
            resources = []
            for r in sorted(reg.resources(g, v), key=lambda r: r.plural):
                e = {"resource": r.plural, "responseKind": {"group": g, "version": v, "kind": r.kind},
                     "scope": "Namespaced" if r.namespaced else "Cluster", "singularResource": r.singular,
                     "verbs": list(r.verbs)}
                if r.short:
                    e["shortNames"] = list(r.short)
                if r.cat:
                    e["categories"] = ["all"]
                subs = []
                if r.status:
                    subs.append({"subresource": "status", "responseKind": {"group": g, "version": v, "kind": r.kind},
                                 "verbs": ["get", "patch", "update"]})
                if r.scale:
                    subs.append({"subresource": "scale", "responseKind": {"group": "autoscaling", "version": "v1",
                                                                          "kind": "Scale"}, "verbs": ["get", "patch", "update"]})
                if r.key == ("", "pods"):
                    subs += [{"subresource": "log", "responseKind": {"group": "", "version": "v1", "kind": "Pod"},
                              "verbs": ["get"]},
                             {"subresource": "exec", "responseKind": {"group": "", "version": "v1", "kind": "PodExecOptions"},
                              "verbs": ["create", "get"]},
                             {"subresource": "eviction", "responseKind": {"group": "policy", "version": "v1",
                                                                          "kind": "Eviction"}, "verbs": ["create"]}]
                if subs:
                    e["subresources"] = subs
                resources.append(e)
            versions.append({"version": v, "resources": resources, "freshness": "Current"})
        items.append({"metadata": {"name": g, "creationTimestamp": None}, "versions": versions})
    return {"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": {}, "items": items}


def api_group(reg, g):
    vs = reg.groups.get(g, [])
    return {"name": g, "versions": [{"groupVersion": "%s/%s" % (g, v), "version": v} for v in vs],
            "preferredVersion": {"groupVersion": "%s/%s" % (g, vs[0]), "version": vs[0]}}


def _pb_str(field, value):
    data = value if isinstance(value, bytes) else value.encode()
    out, n = bytearray([field << 3 | 2]), len(data)
    while True:
        b = n & 0x7F
        n >>= 7
        out.append(b | (0x80 if n else 0))
        if not n:
            break
    return bytes(out) + data


OPENAPI_V2_PB = _pb_str(1, "2.0") + _pb_str(2, _pb_str(1, "Kubernetes") + _pb_str(2, SERVER_VERSION["gitVersion"])) + \
    _pb_str(8, b"")


def openapi_root(reg, faults):
    paths = {}
    for g, vs in reg.groups.items():
        for v in vs:
            gvp = "api/%s" % v if not g else "apis/%s/%s" % (g, v)
            paths[gvp] = {"serverRelativeURL": "/openapi/v3/%s?hash=%s" % (gvp, reg.hash + ("F" if faults.get("fieldValidation") is False else ""))}
    return {"paths": paths}


def openapi_gv(reg, group, version, faults):
    paths = {}
    for r in reg.resources(group, version):
        if r.plural in REVIEW_KINDS or not r.writable:
            continue
        base = "/api/%s" % version if not group else "/apis/%s/%s" % (group, version)
        p = base + ("/namespaces/{namespace}/%s/{name}" % r.plural if r.namespaced else "/%s/{name}" % r.plural)
        params = [{"name": "dryRun", "in": "query", "schema": {"type": "string", "uniqueItems": True}},
                  {"name": "fieldManager", "in": "query", "schema": {"type": "string", "uniqueItems": True}},
                  {"name": "force", "in": "query", "schema": {"type": "boolean", "uniqueItems": True}}]
        if faults.get("fieldValidation") is not False:
            params.insert(2, {"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": True}})
        gvk = {"group": group, "version": version, "kind": r.kind}
        op = {"operationId": "patch" + r.kind, "parameters": params, "x-kubernetes-action": "patch",
              "x-kubernetes-group-version-kind": gvk,
              "requestBody": {"content": {t: {"schema": {"$ref": "#/components/schemas/io.k8s.apimachinery.pkg.apis.meta.v1.Patch"}}
                                          for t in PATCH_TYPES}},
              "responses": {"200": {"description": "OK"}}}
        get = {"operationId": "read" + r.kind, "x-kubernetes-action": "get", "x-kubernetes-group-version-kind": gvk,
               "responses": {"200": {"description": "OK"}}}
        paths[p] = {"get": get, "patch": op, "parameters": [
            {"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}] + (
            [{"name": "namespace", "in": "path", "required": True, "schema": {"type": "string"}}] if r.namespaced else [])}
    return {"openapi": "3.0.0", "info": {"title": "Kubernetes", "version": SERVER_VERSION["gitVersion"]},
            "paths": paths, "components": {"schemas": {}}}


# --------------------------------------------------------------------------------------
# HTTP
# --------------------------------------------------------------------------------------
class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kubesim"
    sys_version = ""

    def log_message(self, fmt, *args):
        pass

    def setup(self):
        super().setup()
        self.server.track(self.connection, True)

    def finish(self):
        try:
            super().finish()
        finally:
            self.server.track(self.connection, False)

    # ------------------------------------------------------------ plumbing
    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def do_PUT(self):
        self.dispatch("PUT")

    def do_PATCH(self):
        self.dispatch("PATCH")

    def do_DELETE(self):
        self.dispatch("DELETE")

    def do_HEAD(self):
        self.dispatch("HEAD")

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            out = b""
            while True:
                ln = int(self.rfile.readline().strip().split(b";")[0], 16)
                if ln == 0:
                    self.rfile.readline()
                    return out
                out += self.rfile.read(ln)
                self.rfile.readline()
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def send_bytes(self, code, data, ctype="application/json"):
        self.status = code
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-cache, private")
        self.send_header("Audit-Id", str(uuid.uuid4()))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def send_json(self, code, obj, ctype="application/json"):
        self.send_bytes(code, obj if isinstance(obj, (bytes, bytearray)) else jdump(obj), ctype)

    def send_error_obj(self, e):
        self.send_json(e.code, e.body())

    def dispatch(self, method):
        srv = self.server
        sim = srv.sim
        t0 = time.time()
        self.status = 0
        self.note = ""
        self.body = b""
        url = urlsplit(self.path)
        self.q = parse_qs(url.query, keep_blank_values=True)
        path = unquote(url.path)
        try:
            self.body = self.read_body()
            self.route(method, path)
        except ApiError as e:
            self.send_error_obj(e)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        except Exception as e:
            traceback.print_exc()
            try:
                self.send_error_obj(ApiError(500, "InternalError", "Internal error occurred: %s" % e))
            except Exception:
                self.close_connection = True
        dt = time.time() - t0
        if not getattr(self, "is_watch", False) and not path.startswith("/__test/"):
            with srv.stat_lock:
                sim.server_seconds += dt
                sim.requests += 1
        bp = self.body[:80]
        try:
            bp = bp.decode("utf-8")
        except UnicodeDecodeError:
            bp = repr(bp)
        srv.log("%s %s %s ct=%s accept=%s ua=%s body=%s status=%s %.1fms%s" % (
            method, url.path, url.query or "-", self.headers.get("Content-Type", "-"),
            self.headers.get("Accept", "-"), self.headers.get("User-Agent", "-"), json.dumps(bp) if bp else "-",
            self.status, dt * 1000, " " + self.note if self.note else ""))

    def inject_latency(self, verb, resource=None, namespace=None):
        """faults.latency: a number of ms for every request, or rules {ms, verb, resource, namespace}
        (first match wins; a rule with a resource or namespace only matches resource requests)."""
        lat = self.server.sim.faults.get("latency")
        if not lat:
            return
        if isinstance(lat, (int, float)):
            time.sleep(lat / 1000.0)
            return
        for rule in lat if isinstance(lat, list) else [lat]:
            if rule.get("verb") and rule["verb"] != verb:
                continue
            if rule.get("resource") and rule["resource"] != resource:
                continue
            if rule.get("namespace") and rule["namespace"] != namespace:
                continue
            time.sleep(rule.get("ms", 0) / 1000.0)
            return

    # ------------------------------------------------------------ routing
    def route(self, method, path):
        sim = self.server.sim
        if path.startswith("/__test/"):
            return self.admin(method, path)
        if path in ("/healthz", "/livez", "/readyz"):
            return self.send_bytes(200, b"ok", "text/plain; charset=utf-8")
        parts = [p for p in path.split("/") if p]
        if not (len(parts) > 2 and parts[0] in ("api", "apis")) or (parts[0] == "apis" and len(parts) == 3):
            self.inject_latency("get")
        if path in ("/version", "/version/"):
            return self.send_json(200, SERVER_VERSION)
        if parts and parts[0] == "openapi":
            return self.openapi(parts)
        if not parts or parts[0] not in ("api", "apis"):
            raise unknown_path()
        # discovery
        if parts == ["api"] or parts == ["apis"] or (parts[0] == "api" and len(parts) == 2) or \
                (parts[0] == "apis" and len(parts) in (2, 3)):
            if method not in ("GET", "HEAD"):
                raise ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")
            with sim.lock:
                reg = sim.reg
                accept = self.headers.get("Accept") or ""
                if parts in (["api"], ["apis"]) and sim.faults.get("aggregatedDiscovery") and \
                        "as=APIGroupDiscoveryList" in accept and "v=v2" in accept:
                    return self.send_json(200, aggregated_discovery(reg, parts == ["api"]),
                                          "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList")
                if parts == ["api"]:
                    return self.send_json(200, {"kind": "APIVersions", "versions": ["v1"], "serverAddressByClientCIDRs": [
                        {"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]})
                if parts == ["apis"]:
                    return self.send_json(200, {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
                        api_group(reg, g) for g in sorted(reg.groups, key=lambda g: (g.count("."), g)) if g]})
                if parts[0] == "api":
                    if parts[1] != "v1":
                        raise unknown_path()
                    return self.send_json(200, discovery_resources(reg, "", "v1"))
                if len(parts) == 2:
                    if parts[1] not in reg.groups:
                        raise unknown_path()
                    return self.send_json(200, dict(api_group(reg, parts[1]), kind="APIGroup", apiVersion="v1"))
                if parts[2] not in reg.groups.get(parts[1], []):
                    raise unknown_path()
                return self.send_json(200, discovery_resources(reg, parts[1], parts[2]))
        if parts[0] == "api":
            group, version, rest = "", parts[1], parts[2:]
        else:
            group, version, rest = parts[1], parts[2], parts[3:]
        ns = None
        with sim.lock:
            if len(rest) >= 3 and rest[0] == "namespaces" and sim.reg.get(group, version, rest[2]) is not None \
                    and sim.reg.get(group, version, rest[2]).namespaced:
                ns, rest = rest[1], rest[2:]
            res = sim.reg.get(group, version, rest[0]) if rest else None
        if res is not None and res.key == ("", "pods") and ns and len(rest) >= 3 and rest[2] == "proxy" \
                and method == "GET":
            return self.pod_proxy(ns, rest[1], "/" + "/".join(rest[3:]))
        if res is None or len(rest) > 3:
            raise unknown_path()
        name = rest[1] if len(rest) > 1 else None
        sub = rest[2] if len(rest) > 2 else None
        self.resource(method, res, ns, name, sub)

    def openapi(self, parts):
        sim = self.server.sim
        if parts == ["openapi", "v2"] and sim.faults.get("openapi") is not False \
                and sim.faults.get("fieldValidation") is not False:
            # A minimal gnostic openapi_v2.Document (protobuf): swagger=1, info=2{title=1, version=2}, paths=8.
            # kubectl falls back to it for kinds without a v3 path (e.g. `kind: List` files).
            return self.send_bytes(200, OPENAPI_V2_PB, "application/com.github.proto-openapi.spec.v2.v1.0+protobuf")
        if sim.faults.get("openapi") is False or parts[:2] != ["openapi", "v3"]:
            raise unknown_path()
        with sim.lock:
            if len(parts) == 2:
                return self.send_json(200, openapi_root(sim.reg, sim.faults))
            rest = parts[2:]
            if rest[0] == "api" and len(rest) == 2:
                g, v = "", rest[1]
            elif rest[0] == "apis" and len(rest) == 3:
                g, v = rest[1], rest[2]
            else:
                raise unknown_path()
            if v not in sim.reg.groups.get(g, []):
                raise unknown_path()
            doc = openapi_gv(sim.reg, g, v, sim.faults)
        self.send_json(200, doc)

    # ------------------------------------------------------------ body decoding
    def decode_body(self, res):
        ctype = (self.headers.get("Content-Type") or "application/json").split(";")[0].strip()
        if ctype == "application/vnd.kubernetes.protobuf":
            sim = self.server.sim
            if sim.faults.get("protobuf") is False:
                raise ApiError(415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
                               "accepted media types include: application/json, application/yaml")
            try:
                api_version, kind, raw = pb_envelope(self.body)
                schema = PB_SCHEMAS.get(kind)
                if schema is None and os.environ.get("KUBESIM_DUMP_PROTOBUF"):
                    self.server.log("PROTOBUF %s %s raw=%s" % (api_version, kind, raw.hex()))
                if schema is None:
                    raise ApiError(415, "UnsupportedMediaType", "the body of the request was in an unknown format - "
                                   "accepted media types include: application/json, application/yaml (kubesim cannot "
                                   "decode protobuf %s)" % kind)
                obj = pb_strip(pb_decode(raw, schema))
            except ProtoError as e:
                raise ApiError(400, "BadRequest", "the body of the request could not be decoded: %s" % e)
            obj["apiVersion"], obj["kind"] = api_version or res.gv, kind
            if kind == "Job" and any(r.get("kind") == "CronJob" for r in obj.get("metadata", {}).get("ownerReferences", [])):
                obj = self.job_from_cronjob(obj)
            self.note = "protobuf:%s" % kind
            return obj
        if ctype in ("application/json", "", "application/yaml", "*/*") or ctype.endswith("+json") or ctype.endswith("+yaml"):
            try:
                return json.loads(self.body or b"{}")
            except ValueError as e:
                raise ApiError(400, "BadRequest", "the body of the request could not be decoded: %s" % e)
        raise ApiError(415, "UnsupportedMediaType", "the body of the request was in an unknown format - accepted media "
                       "types include: application/json, application/yaml, application/vnd.kubernetes.protobuf")

    def job_from_cronjob(self, job):
        sim = self.server.sim
        md = job.get("metadata", {})
        for ref in md.get("ownerReferences", []) or []:
            if ref.get("kind") == "CronJob":
                with sim.lock:
                    for cj in sim.items("batch", "cronjobs", md.get("namespace")):
                        if cj["metadata"]["uid"] == ref.get("uid"):
                            jt = copy.deepcopy(cj.get("spec", {}).get("jobTemplate", {}))
                            job["spec"] = jt.get("spec", {})
                            jmd = jt.get("metadata", {}) or {}
                            if jmd.get("labels"):
                                md.setdefault("labels", {}).update(jmd["labels"])
                            if jmd.get("annotations"):
                                md.setdefault("annotations", {}).update(jmd["annotations"])
                            md.setdefault("annotations", {})["cronjob.kubernetes.io/instantiate"] = "manual"
                            return job
        raise ApiError(415, "UnsupportedMediaType", "the body of the request was in an unknown format - accepted media "
                       "types include: application/json, application/yaml (kubesim decodes protobuf Jobs only when "
                       "created from a CronJob)")

    # ------------------------------------------------------------ resources
    def verb_of(self, method, name, sub):
        if method in ("GET", "HEAD"):
            if name is None:
                return "watch" if self.q.get("watch", [""])[0] in ("true", "1") else "list"
            return "get"
        if sub == "exec":
            return "create"
        return {"POST": "create", "PUT": "update", "PATCH": "patch",
                "DELETE": "delete" if name else "deletecollection"}.get(method, "get")

    def resource(self, method, res, ns, name, sub):
        sim = self.server.sim
        q = self.q
        dry = "All" in q.get("dryRun", [])
        verb = self.verb_of(method, name, sub)
        self.inject_latency(verb, res.plural + ("/" + sub if sub else ""), ns)
        if verb not in res.verbs and not sub:
            raise ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")
        if name and ns is None and res.namespaced:
            raise unknown_path()
        sim.check_forbidden(verb, res, ns, name, sub)
        if res.plural in REVIEW_KINDS:
            if method != "POST" or name:
                raise ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")
            return self.send_json(201, sim.review(res, self.decode_body(res)))
        if sub:
            return self.subresource(method, res, ns, name, sub, dry)
        if method in ("GET", "HEAD"):
            if name is None:
                if verb == "watch":
                    return self.watch(res, ns)
                return self.list(res, ns)
            with sim.lock:
                o = sim.get(res.group, res.plural, ns or "", name)
                if o is None:
                    raise not_found(res, name)
                e = sim.data[res.key][(ns or "", name)]
                if self.wants_table():
                    return self.send_table(res, [e], sim.rv)
                return self.send_json(200, e[1])
        if method == "POST":
            if name:
                raise ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")
            obj = self.decode_body(res)
            out = sim.create(res, ns, obj, dry=dry)
            return self.send_json(201, out)
        if method == "PUT":
            if not name:
                raise ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")
            obj = self.decode_body(res)
            return self.send_json(200, sim.update(res, ns, name, obj, dry=dry))
        if method == "PATCH":
            if not name:
                raise ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
            out, code = sim.patch(res, ns, name, ctype, self.body, q, dry=dry)
            return self.send_json(code, out)
        if method == "DELETE":
            if name:
                return self.send_json(200, sim.delete(res, ns, name, dry=dry, orphan=self.propagation() == "Orphan"))
            lsel, fsel = self.selectors()
            entries, _ = sim.list_entries(res, ns, lsel, fsel)
            items = []
            for e in entries:
                md = e[0]["metadata"]
                try:
                    items.append(sim.delete(res, md.get("namespace"), md["name"], dry=dry))
                except ApiError:
                    pass
            return self.send_json(200, {"kind": res.kind + "List", "apiVersion": res.gv,
                                        "metadata": {"resourceVersion": str(sim.rv)}, "items": items})
        raise ApiError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource")

    def propagation(self):
        """propagationPolicy from the query, a JSON DeleteOptions body or a protobuf one (field 4;
        orphanDependents=3 is the deprecated form)."""
        pol = self.q.get("propagationPolicy", [""])[0]
        if pol:
            return pol
        if self.q.get("orphanDependents", [""])[0] == "true":
            return "Orphan"
        try:
            if self.body[:4] == b"k8s\x00":
                _, _, raw = pb_envelope(self.body)
                for fno, _, v in pb_fields(raw):
                    if fno == 4:
                        return bytes(v).decode()
                    if fno == 3 and v:
                        return "Orphan"
            elif self.body.strip():
                b = json.loads(self.body)
                return b.get("propagationPolicy") or ("Orphan" if b.get("orphanDependents") else "")
        except (ProtoError, ValueError, AttributeError):
            pass
        return ""

    def selectors(self):
        try:
            lsel = parse_label_selector(self.q.get("labelSelector", [""])[0])
            fsel = parse_field_selector(self.q.get("fieldSelector", [""])[0])
        except ValueError as e:
            raise ApiError(400, "BadRequest", str(e))
        return lsel, fsel

    def wants_table(self):
        return "as=Table" in (self.headers.get("Accept") or "")

    def list(self, res, ns):
        sim = self.server.sim
        lsel, fsel = self.selectors()
        entries, rv = sim.list_entries(res, ns, lsel, fsel)
        if self.wants_table():
            return self.send_table(res, entries, rv)
        head = ('{"kind":"%sList","apiVersion":"%s","metadata":{"resourceVersion":"%d"},"items":['
                % (res.kind, res.gv, rv)).encode()
        self.send_bytes(200, head + b",".join(e[1] for e in entries) + b"]}")

    def send_table(self, res, entries, rv):
        rows = [{"cells": table_cells(res, e[0]), "object": partial_meta(e[0])} for e in entries]
        t = {"kind": "Table", "apiVersion": "meta.k8s.io/v1", "metadata": {"resourceVersion": str(rv)},
             "columnDefinitions": table_columns(res), "rows": rows}
        self.send_json(200, t, "application/json;as=Table;v=v1;g=meta.k8s.io")

    # ------------------------------------------------------------ subresources
    def subresource(self, method, res, ns, name, sub, dry):
        sim = self.server.sim
        if sub == "status" and res.status:
            if method in ("GET", "HEAD"):
                o = sim.store_get(res.group, res.plural, ns, name)
                if o is None:
                    raise not_found(res, name)
                return self.send_json(200, o)
            if method == "PUT":
                return self.send_json(200, sim.update(res, ns, name, self.decode_body(res), dry=dry, subresource="status"))
            if method == "PATCH":
                ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
                out, code = sim.patch(res, ns, name, ctype, self.body, self.q, dry=dry, subresource="status")
                return self.send_json(code, out)
        if sub == "scale" and res.scale:
            with sim.lock:
                o = sim.get(res.group, res.plural, ns, name)
                if o is None:
                    raise not_found(res, name)
                cur = sim.scale_obj(o)
            if method in ("GET", "HEAD"):
                return self.send_json(200, cur)
            if method == "PUT":
                body = self.decode_body(res)
                out = sim.set_scale(res, ns, name, body.get("spec", {}).get("replicas", 0),
                                    body.get("metadata", {}).get("resourceVersion"), dry)
                return self.send_json(200, sim.scale_obj(out))
            if method == "PATCH":
                ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip()
                patch = json.loads(self.body or b"{}")
                try:
                    if ctype.startswith("application/json-patch"):
                        new = json_patch(cur, patch)
                    elif ctype.startswith("application/merge-patch"):
                        new = merge_patch(cur, patch)
                    else:
                        new = smp(cur, patch, "Scale")
                except PatchError as e:
                    raise ApiError(422, "Invalid", str(e))
                out = sim.set_scale(res, ns, name, new.get("spec", {}).get("replicas", 0), None, dry)
                return self.send_json(200, sim.scale_obj(out))
        if res.key == ("", "pods") and sub == "log" and method == "GET":
            return self.pod_log(ns, name)
        if res.key == ("", "pods") and sub == "exec" and method in ("GET", "POST"):
            return self.pod_exec(ns, name)
        if res.key == ("", "pods") and sub == "eviction" and method == "POST":
            sim.delete(res, ns, name, dry=dry)
            return self.send_json(201, {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Success", "code": 201})
        raise unknown_path()

    def pod_proxy(self, ns, target, path):
        """GET pods/NAME[:PORT]/proxy/PATH, answered from the `podProxy` fault key: a list of
        {"pod": "ns/name" | "name", "port": N, "path": "/p" (optional), "status": 200, "body": "text"}.
        No matching entry: 503 as kube-apiserver answers when nothing listens on the port."""
        sim = self.server.sim
        name, _, port = target.partition(":")
        pod = sim.store_get("", "pods", ns, name)
        if pod is None:
            raise not_found(sim.res("", "pods"), name)
        for rule in sim.faults.get("podProxy") or []:
            if rule.get("pod") not in ("%s/%s" % (ns, name), name):
                continue
            if "port" in rule and str(rule["port"]) != (port or "80"):
                continue
            if rule.get("path") not in (None, path):
                continue
            return self.send_bytes(int(rule.get("status", 200)), str(rule.get("body", "")).encode(),
                                   "text/plain; charset=utf-8")
        raise ApiError(503, "ServiceUnavailable", 'error trying to reach service: dial tcp %s:%s: connect: connection refused'
                       % ((pod.get("status") or {}).get("podIP", "10.0.0.1"), port or "80"))

    def pod_log(self, ns, name):
        sim = self.server.sim
        pod = sim.store_get("", "pods", ns, name)
        if pod is None:
            raise not_found(sim.res("", "pods"), name)
        containers = [c.get("name") for c in pod.get("spec", {}).get("containers", []) or []]
        c = self.q.get("container", [""])[0]
        if not c:
            if len(containers) > 1:
                raise ApiError(400, "BadRequest", "a container name must be specified for pod %s, choose one of: [%s]"
                               % (name, " ".join(containers)))
            c = containers[0] if containers else ""
        elif c not in containers + [x.get("name") for x in pod["spec"].get("initContainers", []) or []]:
            raise ApiError(400, "BadRequest", "container %s is not valid for pod %s" % (c, name))
        keys = ("%s/%s/%s" % (ns, name, c), "%s/%s" % (ns, name))
        key = next((k for k in keys if k in sim.logs), keys[0])
        lines = list(sim.logs.get(key) or [])
        start = pod.get("status", {}).get("startTime") or pod["metadata"].get("creationTimestamp")
        if key not in sim.logs:
            image = next((x.get("image", "") for x in pod["spec"].get("containers", []) if x.get("name") == c), "")
            lines = ["kubesim: container %s started (image %s)" % (c, image),
                     "kubesim: pod %s/%s is running on %s" % (ns, name, NODE_NAME),
                     "kubesim: ready to serve"]
        sent = len(sim.logs.get(key) or [])
        tail = self.q.get("tailLines", [""])[0]
        if tail.lstrip("-").isdigit() and int(tail) >= 0:
            lines = lines[len(lines) - int(tail):] if int(tail) else []
        stamps = self.q.get("timestamps", [""])[0] == "true"

        def render(ls, ts):
            if stamps:
                ts = ts.replace("Z", ".000000000Z")
                ls = ["%s %s" % (ts, ln) for ln in ls]
            return "".join(ln + "\n" for ln in ls).encode()
        data = render(lines, start or now_iso())
        limit = self.q.get("limitBytes", [""])[0]
        if limit.isdigit():
            data = data[:int(limit)]
        if self.q.get("follow", [""])[0] != "true":
            return self.send_bytes(200, data, "text/plain")
        # follow: stream what is there, then lines appended later (POST /__test/logs?append=true),
        # until the client goes away or the server stops.
        self.is_watch = True
        self.status = 200
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            if data:
                self.chunk(data)
            while not sim.stopping and not self.server.closing:
                cur = sim.logs.get(key) or []
                if len(cur) > sent:
                    self.chunk(render(cur[sent:], now_iso()))
                    sent = len(cur)
                elif self.client_gone():
                    self.close_connection = True
                    return
                else:
                    time.sleep(0.2)
            self.wfile.write(b"0\r\n\r\n")
        except OSError:
            self.close_connection = True

    def pod_exec(self, ns, name):
        sim = self.server.sim
        pod = sim.store_get("", "pods", ns, name)
        if pod is None:
            raise not_found(sim.res("", "pods"), name)
        if sim.faults.get("websocket") is False:
            raise ApiError(400, "BadRequest", "Upgrade request required")
        containers = [c.get("name") for c in pod.get("spec", {}).get("containers", []) or []]
        c = self.q.get("container", [""])[0] or (containers[0] if containers else "")
        if c not in containers:
            raise ApiError(400, "BadRequest", "container %s is not valid for pod %s" % (c, name))
        try:
            import kubesim_exec
        except ImportError:
            raise ApiError(501, "NotImplemented", "exec is not implemented by this kubesim build")
        flag = lambda k: self.q.get(k, ["false"])[0] in ("true", "1")
        self.note = "exec"
        self.status = 101
        kubesim_exec.handle_exec(self, pod, c, self.q.get("command", []), flag("stdin"), flag("stdout"),
                                 flag("stderr"), flag("tty"), sim)
        self.close_connection = True

    # ------------------------------------------------------------ watch
    def watch(self, res, ns):
        sim = self.server.sim
        q = self.q
        lsel, fsel = self.selectors()
        send_initial = q.get("sendInitialEvents", [""])[0] == "true"
        rvq = q.get("resourceVersion", [""])[0]
        try:
            timeout = int(q.get("timeoutSeconds", ["0"])[0] or 0)
        except ValueError:
            timeout = 0
        if timeout <= 0:
            timeout = 1800
        if send_initial and sim.faults.get("watchlist") == "reject":
            raise ApiError(422, "Invalid", 'ListOptions.meta.k8s.io "" is invalid: sendInitialEvents: Forbidden: '
                           "sendInitialEvents is forbidden for watch unless the WatchList feature gate is enabled",
                           "", "meta.k8s.io", "ListOptions",
                           [{"reason": "FieldValueForbidden", "message": "Forbidden: sendInitialEvents is forbidden for "
                             "watch unless the WatchList feature gate is enabled", "field": "sendInitialEvents"}])
        if send_initial and q.get("resourceVersionMatch", [""])[0] != "NotOlderThan":
            raise ApiError(422, "Invalid", 'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Forbidden: '
                           "sendInitialEvents requires setting resourceVersionMatch to NotOlderThan", "", "meta.k8s.io",
                           "ListOptions")
        initial, bookmark_rv = [], None
        gone = None
        with sim.lock:
            nsf = ns if res.namespaced else None
            if send_initial or not rvq or rvq == "0":
                initial = [e[1] for e in sim.list_entries(res, nsf, lsel, fsel)[0]]
                pos = sim.log_base + len(sim.log)
                bookmark_rv = sim.rv if send_initial else None
            else:
                try:
                    want = int(rvq)
                except ValueError:
                    raise ApiError(400, "BadRequest", "invalid resourceVersion %r" % rvq)
                oldest = sim.log[0][0] if sim.log else sim.rv + 1
                if sim.log_base > 0 and want < oldest - 1:
                    gone = want
                lo, hi = 0, len(sim.log)
                while lo < hi:
                    mid = (lo + hi) // 2
                    if sim.log[mid][0] <= want:
                        lo = mid + 1
                    else:
                        hi = mid
                pos = sim.log_base + lo
            sim.watchers += 1
        self.is_watch = True
        self.note = "watch-start"
        table = self.wants_table()
        first = [True]

        def wrap(etype, j, obj=None):
            if not table or etype == "BOOKMARK":
                return b'{"type":"' + etype.encode() + b'","object":' + j + b"}\n"
            o = obj if obj is not None else json.loads(j)
            t = {"kind": "Table", "apiVersion": "meta.k8s.io/v1",
                 "metadata": {"resourceVersion": o["metadata"].get("resourceVersion", "")},
                 "columnDefinitions": table_columns(res) if first[0] else [],
                 "rows": [{"cells": table_cells(res, o), "object": partial_meta(o)}]}
            first[0] = False
            return jdump({"type": etype, "object": t}) + b"\n"
        self.server.log("WATCH start %s ns=%s q=%s" % (res.qualified, ns, self.path.split("?", 1)[-1]))
        self.status = 200
        self.send_response(200)
        self.send_header("Content-Type", "application/json;as=Table;v=v1;g=meta.k8s.io" if table else "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.send_header("Cache-Control", "no-cache, private")
        self.end_headers()
        sent = 0
        reason = "timeout"
        try:
            if gone is not None:
                err = ApiError(410, "Expired", "too old resource version: %d (%d)" % (gone, sim.log[0][0] - 1))
                self.chunk(jdump({"type": "ERROR", "object": err.body()}) + b"\n")
                reason = "expired"
                return
            for j in initial:
                self.chunk(wrap("ADDED", j))
                sent += 1
            if bookmark_rv is not None:
                self.chunk(jdump({"type": "BOOKMARK", "object": {"kind": res.kind, "apiVersion": res.gv, "metadata": {
                    "resourceVersion": str(bookmark_rv), "annotations": {"k8s.io/initial-events-end": "true"}}}}) + b"\n")
            end = time.time() + timeout
            gk = res.key
            while not sim.stopping and not self.server.closing:
                batch = []
                with sim.cond:
                    if pos - sim.log_base >= len(sim.log):
                        left = end - time.time()
                        if left <= 0:
                            break
                        sim.cond.wait(min(0.5, left))
                    if pos < sim.log_base:
                        pos = sim.log_base
                    idx = pos - sim.log_base
                    for (erv, egk, ens, etype, eobj, ej) in sim.log[idx:]:
                        if egk != gk or (nsf and ens != nsf):
                            continue
                        if lsel and not labels_match(lsel, eobj["metadata"].get("labels")):
                            continue
                        if fsel and not fields_match(fsel, eobj):
                            continue
                        batch.append(wrap(etype, ej, eobj))
                    pos = sim.log_base + len(sim.log)
                slow = sim.faults.get("slowWatch")
                for b in batch:
                    if slow:
                        time.sleep(slow / 1000.0)
                    self.chunk(b)
                    sent += 1
                if not batch and self.client_gone():
                    reason = "client-gone"
                    break
                if time.time() >= end:
                    break
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, OSError):
            reason = "client-gone"
            self.close_connection = True
        finally:
            with sim.lock:
                sim.watchers -= 1
            self.server.log("WATCH close %s ns=%s events=%d reason=%s" % (res.qualified, ns, sent, reason))

    def chunk(self, data):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def client_gone(self):
        try:
            r, _, _ = select.select([self.connection], [], [], 0)
            if r:
                data = self.connection.recv(1, socket.MSG_PEEK)
                return data == b""
        except (OSError, ValueError):
            return True
        return False

    # ------------------------------------------------------------ admin endpoints
    def admin(self, method, path):
        srv, sim = self.server, self.server.sim
        parts = [p for p in path.split("/") if p][1:]
        what = parts[0] if parts else ""
        try:
            body = json.loads(self.body) if self.body.strip() else {}
        except ValueError:
            raise ApiError(400, "BadRequest", "admin body must be JSON")
        if what == "mark":
            m = self.q.get("m", [""])[0] or (body.get("m", "") if isinstance(body, dict) else "")
            srv.log("MARK %s" % m)
            return self.send_json(200, {"ok": True})
        if what == "state":
            with sim.lock:
                counts = {"%s/%s" % k if k[0] else k[1]: len(t) for k, t in sim.data.items() if t}
                st = {"resourceVersion": sim.rv, "counts": counts, "faults": sim.faults, "rbac": sim.rbac,
                      "watchers": sim.watchers, "queue": len(sim.queue), "requests": sim.requests,
                      "serverSeconds": round(sim.server_seconds, 4), "port": srv.server_address[1],
                      "openapiHash": sim.reg.hash}
                if self.q.get("objects", [""])[0] == "true":
                    st["objects"] = {"%s/%s" % k: [e[0] for e in t.values()] for k, t in sim.data.items()}
            return self.send_json(200, st)
        if what == "stats":
            if method == "POST" or (parts[1:] == ["reset"]):
                with srv.stat_lock:
                    sim.server_seconds, sim.requests = 0.0, 0
            return self.send_json(200, {"requests": sim.requests, "serverSeconds": sim.server_seconds})
        if what == "faults":
            if method == "DELETE":
                sim.faults = {"watchlist": "serve"}
            elif method in ("POST", "PUT", "PATCH"):
                if not isinstance(body, dict):
                    raise ApiError(400, "BadRequest", "faults must be an object")
                f = dict(sim.faults) if method != "PUT" else {"watchlist": "serve"}
                for k, v in body.items():
                    if v is None:
                        f.pop(k, None)
                    else:
                        f[k] = v
                sim.faults = f
                with sim.lock:
                    sim.reg.bump()
                    # re-evaluate workloads so stuck / unstuck takes effect
                    for g, p in (("apps", "deployments"), ("apps", "replicasets"), ("apps", "statefulsets"),
                                 ("apps", "daemonsets"), ("batch", "jobs")):
                        for o in sim.items(g, p):
                            sim.kick(g, p, o["metadata"].get("namespace", ""), o["metadata"]["name"], 0.05)
            return self.send_json(200, sim.faults)
        if what == "rbac":
            if method != "GET":
                for k in ("mode", "user", "groups"):
                    if k in body:
                        sim.rbac[k] = body[k]
            return self.send_json(200, sim.rbac)
        if what == "logs":
            if method != "GET":
                if self.q.get("append", [""])[0] == "true":
                    for k, v in body.items():
                        sim.logs[k] = list(sim.logs.get(k) or []) + list(v)
                else:
                    sim.logs.update(body)
                sim.dirty = True
            return self.send_json(200, {"pods": sorted(sim.logs)})
        if what == "outage":
            secs = float(body.get("seconds", self.q.get("seconds", ["5"])[0]))
            self.send_json(200, {"ok": True, "seconds": secs, "port": srv.server_address[1]})
            self.close_connection = True
            srv.request_outage(secs)
            return
        if what == "objects":
            objs = body.get("objects", body.get("items")) if isinstance(body, dict) and (
                "objects" in body or "items" in body) else (body if isinstance(body, list) else [body])
            t0 = time.time()
            n = insert_objects(sim, objs)
            return self.send_json(201, {"created": n, "seconds": round(time.time() - t0, 3)})
        if what == "settle":
            ok = sim.settle(float(self.q.get("timeout", ["10"])[0]))
            return self.send_json(200 if ok else 504, {"settled": ok})
        if what == "save" and sim.state_dir:
            sim.save_state()
            return self.send_json(200, {"saved": sim.state_path()})
        if what == "exec":
            try:
                import kubesim_exec
            except ImportError:
                raise ApiError(501, "NotImplemented", "exec is not implemented by this kubesim build")
            code, resp = kubesim_exec.admin(self.path, body, sim)
            return self.send_json(code, resp)
        raise unknown_path()


def insert_objects(sim, objs):
    """Seeding path: create every object through the normal create path, reconcile synchronously."""
    order = {"Namespace": 0, "CustomResourceDefinition": 1, "ClusterRole": 2, "Role": 2, "ServiceAccount": 2}
    objs = sorted((o for o in objs if isinstance(o, dict)), key=lambda o: order.get(o.get("kind"), 5))
    n = 0
    with sim.lock:
        sim.seeding = True
        try:
            for o in objs:
                res = sim.reg.by_kind(o.get("apiVersion", ""), o.get("kind"))
                if res is None:
                    raise ApiError(400, "BadRequest", "no kind %s is registered for version %s" % (o.get("kind"), o.get("apiVersion")))
                md = o.setdefault("metadata", {})
                ns = (md.get("namespace") or "default") if res.namespaced else None
                if ns and sim.get("", "namespaces", "", ns) is None:
                    sim.create(sim.res("", "namespaces"), None, {"metadata": {"name": ns}}, internal=True)
                    sim.drain_pending(endpoints=False)
                if sim.get(res.group, res.plural, ns or "", md.get("name")) is not None:
                    sim.update(res, ns, md["name"], o, check_rv=False)
                else:
                    sim.create(res, ns, o, internal=True, insert=True)
                n += 1
                if len(sim.pending) > 200:
                    sim.drain_pending(endpoints=False)
            sim.drain_pending()
        finally:
            sim.seeding = False
            sim.dirty = True
    return n


class KubeServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, addr, sim, logfile=sys.stderr):
        super().__init__(addr, Handler)
        self.sim = sim
        self.conns = set()
        self.conn_lock = threading.Lock()
        self.stat_lock = threading.Lock()
        self.log_lock = threading.Lock()
        self.logfile = logfile
        self.closing = False
        self.outage_seconds = None
        self.wake = threading.Event()
        self.outage_end = threading.Event()

    def server_bind(self):
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        super().server_bind()

    def track(self, conn, add):
        with self.conn_lock:
            (self.conns.add if add else self.conns.discard)(conn)

    def log(self, msg):
        with self.log_lock:
            try:
                self.logfile.write("%s %s\n" % (time.strftime("%H:%M:%S", time.gmtime()) + ".%03d" % (time.time() % 1 * 1000), msg))
                self.logfile.flush()
            except (OSError, ValueError):
                pass

    def request_outage(self, seconds):
        self.outage_seconds = seconds
        self.outage_end.clear()
        self.wake.set()

    def drop_connections(self):
        with self.conn_lock:
            conns = list(self.conns)
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def do_outage(self, seconds):
        """Close the listening socket (connection refused), drop live connections, then re-listen on the same port."""
        time.sleep(0.05)
        port = self.server_address[1]
        self.log("OUTAGE start port=%d seconds=%s" % (port, seconds))
        self.shutdown()
        self.socket.close()
        self.closing = True
        self.drop_connections()
        self.outage_end.wait(seconds if seconds is not None and seconds >= 0 else None)
        self.closing = False
        self.socket = socket.socket(self.address_family, self.socket_type)
        for attempt in range(100):
            try:
                self.server_bind()
                break
            except OSError:
                time.sleep(0.05)
        self.server_activate()
        self.log("OUTAGE end port=%d" % port)


def write_kubeconfig(path, url, context):
    kc = {"apiVersion": "v1", "kind": "Config", "preferences": {},
          "clusters": [{"name": context, "cluster": {"server": url}}],
          "users": [{"name": "chartroom-test", "user": {"token": "kubesim-token"}}],
          "contexts": [{"name": context, "context": {"cluster": context, "user": "chartroom-test", "namespace": "default"}}],
          "current-context": context}
    d = os.path.dirname(os.path.abspath(path))
    os.makedirs(d, exist_ok=True)
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(kc, f, indent=2)
        f.write("\n")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def load_scenario(path):
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)
    try:
        import scenario
        return scenario.load(path)
    except ImportError:
        with open(path) as f:
            d = json.load(f)
        if isinstance(d, list):
            d = {"objects": d}
        d.setdefault("objects", [])
        d.setdefault("exec", [])
        return d


def main(argv=None):
    ap = argparse.ArgumentParser(description="Kubernetes API test server for Chartroom")
    ap.add_argument("--kubeconfig", required=True)
    ap.add_argument("--scenario")
    ap.add_argument("--state-dir")
    ap.add_argument("--context-name", default="kubesim")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--quiet", action="store_true", help="do not log requests")
    ap.add_argument("--aggregated-discovery", action="store_true",
                    help="answer /api and /apis with apidiscovery.k8s.io/v2 when asked (default: legacy only)")
    args = ap.parse_args(argv)
    here = os.path.dirname(os.path.abspath(__file__))
    if here not in sys.path:
        sys.path.insert(0, here)
    # stdout carries exactly one line ("ready URL"): anything printed while loading goes to stderr
    real_stdout, sys.stdout = sys.stdout, sys.stderr
    sim = Sim(args.state_dir)
    if args.aggregated_discovery:
        sim.faults["aggregatedDiscovery"] = True
    scen = None
    if args.scenario:
        t0 = time.time()
        scen = load_scenario(args.scenario)
        if scen.get("rbac"):
            sim.rbac.update({k: v for k, v in scen["rbac"].items() if k in ("mode", "user", "groups")})
        if scen.get("logs"):
            sim.logs.update(scen["logs"])
        if not sim.loaded_state:
            n = insert_objects(sim, scen.get("objects") or [])
            sys.stderr.write("kubesim: seeded %d objects in %.2fs\n" % (n, time.time() - t0))
    try:
        import kubesim_exec
        kubesim_exec.configure((scen or {}).get("exec") or [], sim)
    except ImportError:
        pass
    srv = KubeServer(("127.0.0.1", args.port), sim, open(os.devnull, "w") if args.quiet else sys.stderr)
    port = srv.server_address[1]
    url = "http://127.0.0.1:%d" % port
    write_kubeconfig(args.kubeconfig, url, args.context_name)
    stop = threading.Event()

    def on_term(signum, frame):
        stop.set()
        srv.wake.set()
        srv.outage_end.set()

    def on_usr1(signum, frame):
        srv.request_outage(-1)

    def on_usr2(signum, frame):
        srv.outage_end.set()
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    signal.signal(signal.SIGUSR1, on_usr1)
    signal.signal(signal.SIGUSR2, on_usr2)

    def serve():
        srv.serve_forever(poll_interval=0.1)
    th = threading.Thread(target=serve, daemon=True)
    th.start()
    sys.stdout = real_stdout
    sys.stdout.write("ready %s\n" % url)
    sys.stdout.flush()
    sys.stdout = sys.stderr
    while not stop.is_set():
        srv.wake.wait(0.5)
        srv.wake.clear()
        if stop.is_set():
            break
        if srv.outage_seconds is not None:
            secs, srv.outage_seconds = srv.outage_seconds, None
            srv.do_outage(secs)
            th = threading.Thread(target=serve, daemon=True)
            th.start()
    srv.log("kubesim stopping")
    sim.stopping = True
    srv.closing = True
    with sim.qcond:
        sim.qcond.notify_all()
    with sim.cond:
        sim.cond.notify_all()
    srv.shutdown()
    srv.server_close()
    srv.drop_connections()
    if sim.state_dir:
        try:
            sim.save_state()
        except Exception:
            traceback.print_exc()
    return 0


if __name__ == "__main__":
    sys.exit(main())
