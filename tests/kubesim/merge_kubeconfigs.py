#!/usr/bin/python3
"""Merge the single-context kubeconfigs written by several kubesim instances into one file.

    merge_kubeconfigs.py OUT IN1 [IN2 ...] [--current NAME]

Each input contributes its contexts; clusters and users are renamed after their context
("<context>" for the cluster, "<user>@<context>" for the user) so that names stay unique even
though every kubesim writes the same user name. A context name that is already taken gets a
numeric suffix (-2, -3, ...). The current context is the first input's unless --current names
another. OUT is written atomically with mode 0600, as JSON (which kubectl and helm read as YAML).

Inputs are JSON (what kubesim writes); YAML inputs are accepted when PyYAML happens to be
installed. Standard library only otherwise.
"""

import argparse
import json
import os
import sys


def read_kubeconfig(path):
    with open(path) as f:
        text = f.read()
    try:
        return json.loads(text)
    except ValueError:
        try:
            import yaml  # optional
        except ImportError:
            raise SystemExit("%s: not JSON, and PyYAML is not available to read YAML" % path)
        return yaml.safe_load(text)


def _unique(name, taken):
    if name not in taken:
        return name
    i = 2
    while "%s-%d" % (name, i) in taken:
        i += 1
    return "%s-%d" % (name, i)


def merge(configs, current=None):
    """configs: list of parsed kubeconfig dicts. Returns the merged kubeconfig dict."""
    out = {"apiVersion": "v1", "kind": "Config", "preferences": {}, "clusters": [], "users": [], "contexts": []}
    taken = set()
    first = None
    for cfg in configs:
        clusters = {c["name"]: c.get("cluster", {}) for c in cfg.get("clusters") or []}
        users = {u["name"]: u.get("user", {}) for u in cfg.get("users") or []}
        for ctx in cfg.get("contexts") or []:
            c = dict(ctx.get("context") or {})
            name = _unique(ctx["name"], taken)
            taken.add(name)
            if c.get("cluster") not in clusters:
                raise ValueError("context %r refers to unknown cluster %r" % (ctx["name"], c.get("cluster")))
            out["clusters"].append({"name": name, "cluster": clusters[c["cluster"]]})
            if c.get("user"):
                if c["user"] not in users:
                    raise ValueError("context %r refers to unknown user %r" % (ctx["name"], c["user"]))
                uname = "%s@%s" % (c["user"], name)
                out["users"].append({"name": uname, "user": users[c["user"]]})
                c["user"] = uname
            c["cluster"] = name
            out["contexts"].append({"name": name, "context": c})
            if first is None:
                first = name
    if current is not None:
        if current not in taken:
            raise ValueError("--current %r is not one of the merged contexts: %s" % (current, ", ".join(sorted(taken))))
        out["current-context"] = current
    elif first is not None:
        out["current-context"] = first
    return out


def write_kubeconfig(path, cfg):
    d = os.path.dirname(os.path.abspath(path))
    os.makedirs(d, exist_ok=True)
    tmp = "%s.tmp.%d" % (path, os.getpid())
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(cfg, f, indent=2)
        f.write("\n")
    os.replace(tmp, path)


def main(argv=None):
    ap = argparse.ArgumentParser(description="Merge kubesim kubeconfigs into one file with several contexts")
    ap.add_argument("out")
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--current", help="context to make current (default: the first input's)")
    a = ap.parse_args(argv)
    try:
        merged = merge([read_kubeconfig(p) for p in a.inputs], a.current)
    except (OSError, ValueError, KeyError) as e:
        sys.stderr.write("merge_kubeconfigs: %s\n" % e)
        return 1
    write_kubeconfig(a.out, merged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
