#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the nbformat and SPDX schema files are read with json, the
gitleaks config with tomllib.  The person-name tables are hand-written (cues.py), not read from a snapshot.
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
    "nbformat": ("jupyter/nbformat", "75f819f5b60bc6ffc72145c364132efe5b3c4b35",
                 "nbformat/v3/nbformat.v3.schema.json, nbformat/v4/nbformat.v4*.schema.json",
                 "BSD-3-Clause (LICENSE)", "LICENSE", None),
    "spdx": ("spdx/spdx-spec", "954412d7328bdab4dbdc52cb201a66f0195ebbc8", "3.0.1/model/schema.json",
             "Community-Spec-1.0 (with CC-BY-3.0 for pre-existing portions; LICENSE on the develop branch at "
             "4b2f9d4158d7099a7beef99c8083a0d26f2d26f1)", "LICENSE", "4b2f9d4158d7099a7beef99c8083a0d26f2d26f1"),
}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["atlassian-api-token", "sentry-org-token", "microsoft-teams-webhook", "sidekiq-sensitive-url",
                  "grafana-api-key", "authress-service-client-access-key", "gitlab-rrt", "jwt-base64",
                  "curl-auth-header", "settlemint-application-access-token", "settlemint-service-access-token",
                  "slack-legacy-bot-token", "private-key", "aws-amazon-bedrock-api-key-short-lived",
                  "artifactory-reference-token", "gitlab-pat-routable"]

N_HOSTS = 24
N_REAL = {"nbformat": 10, "spdx": 10}


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
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def nested(v, ptr, name, out):
    """Object schemas below properties / patternProperties / items / additionalProperties / oneOf / anyOf / allOf."""
    if not isinstance(v, dict):
        return
    for kw in ("properties", "patternProperties"):
        for k, sv in (v.get(kw) or {}).items() if isinstance(v.get(kw), dict) else []:
            if isinstance(sv, dict):
                out.append((f"{name}.{k}", f"{ptr}/{kw}/{tok(k)}", sv))
                nested(sv, f"{ptr}/{kw}/{tok(k)}", f"{name}.{k}", out)
    for kw in ("items", "additionalProperties"):
        if isinstance(v.get(kw), dict):
            out.append((f"{name}.{kw}", f"{ptr}/{kw}", v[kw]))
            nested(v[kw], f"{ptr}/{kw}", f"{name}.{kw}", out)
    for kw in ("oneOf", "anyOf", "allOf"):
        for i, sv in enumerate(v.get(kw) or []):
            if isinstance(sv, dict):
                out.append((f"{name}.{kw}{i}", f"{ptr}/{kw}/{i}", sv))
                nested(sv, f"{ptr}/{kw}/{i}", f"{name}.{kw}{i}", out)


def schemas_of(family):
    """name -> (path#pointer, schema) in source order, and a sha256 over the source bytes read."""
    repo, commit, path, lic, _, _ = PINS[family]
    h = hashlib.sha256()
    out = {}
    seen = set()
    if family == "nbformat":
        files = sorted(f for f in ls_tree(repo, commit)
                       if re.fullmatch(r"nbformat/v[34]/nbformat\.v[34][.\d]*\.schema\.json", f))
        for f in files:
            raw = git_show(repo, commit, f)
            h.update(f.encode() + b"\0" + raw)
            doc = json.loads(raw.decode())
            stem = f.split("/")[-1][:-len(".schema.json")].replace("nbformat.", "").replace(".", "_")
            items = [(stem, "", doc)]
            nested(doc, "", stem, items)
            for k, v in (doc.get("definitions") or {}).items():
                items.append((f"{stem}.{k}", f"/definitions/{tok(k)}", v))
                nested(v, f"/definitions/{tok(k)}", f"{stem}.{k}", items)
            for name, ptr, v in items:
                c = compact(v)
                if c in seen:      # the same schema in two versions: keep the first
                    continue
                seen.add(c)
                out[name] = (f"{f}#{ptr}", v)
    else:
        raw = git_show(repo, commit, path)
        h.update(path.encode() + b"\0" + raw)
        doc = json.loads(raw.decode())
        for k, v in doc["$defs"].items():
            if not k.endswith("_props") or not isinstance(v, dict):
                continue
            for i, sv in enumerate(v.get("allOf") or []):
                c = compact(sv)
                if c in seen:
                    continue
                seen.add(c)
                out[f"{k[:-len('_props')]}"] = (f"{path}#/$defs/{tok(k)}/allOf/{i}", sv)
    return out, h.hexdigest()


def units(family):
    repo, commit, path, lic, _, _ = PINS[family]
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
    print(family, "qualifying units:", len(cands), "real:", len(real))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": src_sha, "n_qualifying": len(cands),
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


def gitleaks_rules():
    repo, commit, path, lic = GITLEAKS
    raw = git_show(repo, commit, path)
    conf = tomllib.loads(raw.decode())
    rules = [{k: r[k] for k in ("id", "description", "regex", "keywords", "entropy") if k in r}
             for r in conf["rules"] if r["id"] in GITLEAKS_RULES]
    assert len(rules) == len(GITLEAKS_RULES), sorted(set(GITLEAKS_RULES) - {r["id"] for r in rules})
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
                    "pointer": "<schema file>#<pointer> (root, definitions and nested object schemas; nbformat) or "
                               "<schema file>#/$defs/<Class>_props/allOf/<i> (spdx)",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["nbformat"][0], PINS["nbformat"][1], "LICENSE"),
                 (PINS["spdx"][0], PINS["spdx"][5], "LICENSE"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
