#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Buildkite and Deno schema files are read with json, the
gitleaks config with tomllib.  The name tables and cue dictionaries are written by hand in cues.py (no snapshot).
"""
import hashlib
import json
import re
import subprocess
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

PINS = {
    "buildkite": ("buildkite/pipeline-schema", "829d2f7c715b10256b9a4ea23c3798aac9ea25d2", ["schema.json"], [],
                  "MIT (LICENSE, Copyright (c) 2018 Buildkite)", "LICENSE"),
    "deno": ("denoland/deno", "98f9507affc905f088124891add3a8dd63b91f77", ["cli/schemas/config-file.v1.json"],
             ["cli/schemas/kv-metadata-exchange-response.v1.json", "cli/schemas/module-graph.json",
              "cli/schemas/registry-completions.v1.json", "cli/schemas/registry-completions.v2.json"],
             "MIT (LICENSE.md, Copyright 2018-2026 the Deno authors)", "LICENSE.md"),
}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["aws-access-token", "azure-ad-client-secret", "github-pat", "github-fine-grained-pat",
                  "slack-bot-token", "slack-webhook-url", "stripe-access-token", "openai-api-key",
                  "anthropic-api-key", "gcp-api-key", "twilio-api-key", "sendgrid-api-token", "npm-access-token",
                  "postman-api-token", "square-access-token", "jwt"]

N_HOSTS = 24
N_REAL = 10          # at most; qualifying non-host units up to this
MIN_BYTES, MAX_BYTES = 60, 20000


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    """An object schema with at least one property and MIN_BYTES..MAX_BYTES of compact JSON."""
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 1:
        return False
    n = len(compact(v).encode())
    return MIN_BYTES <= n <= MAX_BYTES


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def walk(v, ptr, out):
    """Every object schema that has `properties`, anywhere in the document (root, definitions / $defs, nested)."""
    if isinstance(v, dict):
        if isinstance(v.get("properties"), dict):
            out.append((ptr, v))
        for k, c in v.items():
            walk(c, f"{ptr}/{tok(k)}", out)
    elif isinstance(v, list):
        for i, c in enumerate(v):
            walk(c, f"{ptr}/{i}", out)


def unit_name(fam, path, ptr):
    stem = path.split("/")[-1][:-5].replace(".v1", "").replace(".v2", "2").replace("-", "_")
    parts = [p for p in ptr.split("/") if p and p not in ("properties", "definitions", "$defs", "items",
                                                           "additionalProperties", "patternProperties")]
    parts = [re.sub(r"[^A-Za-z0-9_]+", "_", p.replace("~1", "/").replace("~0", "~")).strip("_") or "pattern"
             for p in parts]
    return ".".join([stem] + parts) if parts else stem


def schemas_of(family, paths):
    repo, commit = PINS[family][0], PINS[family][1]
    h = hashlib.sha256()
    out = {}
    seen = set()
    for f in paths:
        raw = git_show(repo, commit, f)
        h.update(f.encode() + b"\0" + raw)
        found = []
        walk(json.loads(raw.decode()), "", found)
        for ptr, v in found:
            c = compact(v)
            if c in seen:          # the same content at two places: keep the first
                continue
            seen.add(c)
            out[unit_name(family, f, ptr)] = (f"{f}#{ptr}", v)
    return out, h.hexdigest()


def units(family):
    repo, commit, host_paths, extra_paths, lic, _ = PINS[family]
    hs, sha1 = schemas_of(family, host_paths)
    xs, sha2 = schemas_of(family, extra_paths) if extra_paths else ({}, "")
    order = lambda d: sorted((hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k, (_, v) in d.items()
                             if qualifies(v))
    hosts, real = [], []
    allv = {**hs, **xs}
    for _, name in order(hs):
        if len(hosts) < N_HOSTS:
            hosts.append(name)
    # real units: the remaining host-file units first, then the family's other schema files
    for _, name in order(hs) + order(xs):
        if name in hosts or name in real or len(real) >= N_REAL:
            continue
        v = allv[name][1]
        if all(compact(v) != compact(allv[h][1]) for h in hosts) and \
                all(compact(v) != compact(allv[r][1]) for r in real):
            real.append(name)
    assert len(hosts) == N_HOSTS, (family, len(hosts))
    assert len(real) == N_REAL, (family, len(real))
    return {"family": family, "repo": repo, "commit": commit, "path": ", ".join(host_paths + extra_paths),
            "licence": lic, "source_sha256": hashlib.sha256((sha1 + sha2).encode()).hexdigest(),
            "hosts": [{"name": n, "pointer": allv[n][0], "schema": allv[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": allv[n][0], "schema": allv[n][1]} for n in real]}


def gitleaks_rules():
    repo, commit, path, lic = GITLEAKS
    raw = git_show(repo, commit, path)
    conf = tomllib.loads(raw.decode())
    rules = [{k: r[k] for k in ("id", "description", "regex", "keywords", "entropy") if k in r}
             for r in conf["rules"] if r["id"] in GITLEAKS_RULES]
    assert len(rules) == len(GITLEAKS_RULES)
    return rules, hashlib.sha256(raw).hexdigest()


def write(name, obj):
    p = SRC / name
    p.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return hashlib.sha256(p.read_bytes()).hexdigest()


def main():
    SRC.mkdir(exist_ok=True)
    man = []
    for fam in PINS:
        u = units(fam)
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                    "pointer": "<schema file>#<pointer of an object schema with properties>",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS[f][0], PINS[f][1], PINS[f][5]) for f in PINS] + [(GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
