#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the gitleaks config is read with tomllib, the Meltano and
ansible-lint schema files with json.  A unit is the root or any nested object schema of a schema file (an object with
at least one property and 100-20,000 bytes of compact JSON); a unit whose content equals an earlier one is skipped.
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
    "meltano": ("meltano/meltano", "c139d24b2ea4b711569483a93c2f321d05fd93b2",
                "src/meltano/schemas/meltano.schema.json and src/meltano/core/tracking/iglu-client-embedded/schemas/"
                "com.meltano/*/jsonschema/*", "MIT (LICENSE, Arch Data, Inc.)"),
    "ansiblelint": ("ansible/ansible-lint", "262624cd0ab22a4221293216856c59671ce7aa5e",
                    "src/ansiblelint/schemas/*.json", "GPL-3.0 (COPYING)"),
}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["easypost-test-api-token", "gitlab-rrt", "grafana-api-key", "authress-service-client-access-key",
                  "atlassian-api-token", "settlemint-application-access-token", "settlemint-service-access-token",
                  "gitlab-pat-routable", "aws-amazon-bedrock-api-key-short-lived", "slack-legacy-bot-token",
                  "microsoft-teams-webhook", "sidekiq-sensitive-url", "facebook-access-token", "private-key",
                  "nuget-config-password", "freemius-secret-key"]

N_HOSTS = 24
N_REAL = {"meltano": 10, "ansiblelint": 10}   # at most; qualifying non-host units up to this


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def ls_tree(repo, commit):
    return subprocess.run(["git", "--git-dir", gd(repo), "ls-tree", "-r", "--name-only", commit], check=True,
                          capture_output=True, text=True).stdout.split("\n")


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    """An object schema with at least one property and 100-20,000 bytes of compact JSON."""
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 1:
        return False
    n = len(compact(v).encode())
    return 100 <= n <= 20000


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def nested(v, ptr, out):
    """Every object schema below v (walked in document order), with its JSON pointer."""
    if isinstance(v, dict):
        out.append((ptr, v))
        for k, x in v.items():
            if k in ("enum", "const", "default", "examples"):
                continue
            nested(x, f"{ptr}/{tok(k)}", out)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            nested(x, f"{ptr}/{i}", out)


def files_of(family):
    repo, commit, path, lic = PINS[family]
    names = ls_tree(repo, commit)
    if family == "meltano":
        return ["src/meltano/schemas/meltano.schema.json"] + sorted(
            f for f in names if re.fullmatch(r"src/meltano/core/tracking/iglu-client-embedded/schemas/com\.meltano/"
                                             r"[^/]+/jsonschema/\d+-\d+-\d+", f))
    return sorted(f for f in names if re.fullmatch(r"src/ansiblelint/schemas/[^/_][^/]*\.json", f))


def unit_name(family, f, ptr):
    if family == "meltano" and f.endswith("meltano.schema.json"):
        stem = "project"
    elif family == "meltano":
        parts = f.split("/")
        stem = parts[-3] + "_" + parts[-1].replace("-", "_")
    else:
        stem = f.split("/")[-1][:-5].replace("-", "_")
    toks = [t for t in ptr.split("/")[1:] if t not in ("properties", "$defs", "definitions", "items",
                                                       "additionalProperties", "patternProperties")]
    toks = [re.sub(r"[^0-9A-Za-z_]+", "_", t.replace("~1", "/").replace("~0", "~")).strip("_") or "x" for t in toks]
    return ".".join([stem] + toks)


def schemas_of(family):
    """name -> (path#pointer, schema) in source order, and a sha256 over the source bytes read."""
    repo, commit, path, lic = PINS[family]
    h = hashlib.sha256()
    out = {}
    seen = set()
    for f in files_of(family):
        raw = git_show(repo, commit, f)
        h.update(f.encode() + b"\0" + raw)
        doc = json.loads(raw.decode())
        found = []
        nested(doc, "", found)
        for ptr, v in found:
            if not qualifies(v):
                continue
            c = compact(v)
            if c in seen:
                continue
            seen.add(c)
            name = unit_name(family, f, ptr)
            k, n = name, 2
            while k in out:
                k, n = f"{name}.{n}", n + 1
            out[k] = (f"{f}#{ptr}", v)
    return out, h.hexdigest()


def units(family):
    repo, commit, path, lic = PINS[family]
    schemas, src_sha = schemas_of(family)
    cands = [(hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k, (_, v) in schemas.items() if qualifies(v)]
    cands.sort()
    hosts, real = [], []
    for _, name in cands:
        v = schemas[name][1]
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL[family] and all(compact(v) != compact(schemas[h][1]) for h in hosts) and \
                all(compact(v) != compact(schemas[r][1]) for r in real):
            real.append(name)
    assert len(hosts) == N_HOSTS, (family, len(hosts))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": src_sha,
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


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
                    "pointer": "<schema file>#<JSON pointer of each unit>",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["meltano"][0], PINS["meltano"][1], "LICENSE"),
                 (PINS["ansiblelint"][0], PINS["ansiblelint"][1], "COPYING"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
