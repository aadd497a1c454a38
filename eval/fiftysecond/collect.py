#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Devfile and Dev Container schema files are read with
json, the gitleaks config with tomllib.

Families:
  devfile       devfile/api, schemas/latest/devfile.json at one pinned commit: every nested object schema (below
                properties, patternProperties, items, additionalProperties, oneOf / anyOf / allOf, definitions)
                is one unit (the root itself is over the size limit).
  devcontainer  devcontainers/spec, schemas/*.json (devContainer.base, devContainerFeature, devContainer,
                devContainerTemplate) at every commit of the pinned snapshot's first-parent history that touched
                schemas/: the spec's schemas have too few object units at any single commit, so each distinct
                content of a unit (a schema version) is a unit of its own, named <name>@<commit date>.  Real files
                are the newest version of the 10 unit names with the fewest versions; hosts are drawn only from the
                other names, so no real file shares a name (a pointer) with a host.
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
    "devfile": ("devfile/api", "368ea4e93a4c9b772240eefc80b2ac24e42c5ee2", "schemas/latest/devfile.json",
                "Apache-2.0 (LICENSE)"),
    "devcontainer": ("devcontainers/spec", "c95ffeed1d059abfe9ffbe79762dc2fa4e7c2421", "schemas/*.json",
                     "CC-BY-4.0 (LICENSE; README 'License for this repository'); code MIT (LICENSE-CODE)"),
}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["gitlab-rrt", "gitlab-pat-routable", "gitlab-runner-authentication-token-routable",
                  "grafana-api-key", "slack-legacy-bot-token", "aws-amazon-bedrock-api-key-short-lived",
                  "settlemint-application-access-token", "settlemint-service-access-token",
                  "easypost-test-api-token", "microsoft-teams-webhook", "sidekiq-sensitive-url",
                  "artifactory-reference-token", "facebook-access-token", "nuget-config-password",
                  "authress-service-client-access-key"]

N_HOSTS = 24
N_REAL = {"devfile": 10, "devcontainer": 10}
WALK_KEYS = ("properties", "patternProperties", "definitions", "$defs")
WALK_ONE = ("items", "additionalProperties")
WALK_LIST = ("oneOf", "anyOf", "allOf")


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", gd(repo), *args], check=True, capture_output=True).stdout


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def walk(v, ptr, name, out):
    """Every object schema below the root, in document order: (pointer, dotted name, schema)."""
    if not isinstance(v, dict):
        return
    if ptr:
        out.append((ptr, name, v))
    for key in WALK_KEYS:
        if isinstance(v.get(key), dict):
            for k, x in v[key].items():
                nm = re.sub(r"[^0-9A-Za-z_]+", "_", k).strip("_") or "pattern"
                walk(x, f"{ptr}/{key}/{tok(k)}", f"{name}.{nm}" if name else nm, out)
    for key in WALK_ONE:
        if isinstance(v.get(key), dict):
            walk(v[key], f"{ptr}/{key}", name + ("" if key == "items" else ".additional"), out)
    for key in WALK_LIST:
        if isinstance(v.get(key), list):
            for i, x in enumerate(v[key]):
                walk(x, f"{ptr}/{key}/{i}", f"{name}.{key}{i}", out)


def devfile_units():
    repo, commit, path, lic = PINS["devfile"]
    raw = git(repo, "show", f"{commit}:{path}")
    doc = json.loads(raw.decode())
    out = []
    walk(doc, "", "", out)
    seen, units = set(), []
    for ptr, name, v in out:
        c = compact(v)
        if c in seen or not qualifies(v):
            continue
        seen.add(c)
        units.append({"name": name, "pointer": f"{commit}:{path}#{ptr}", "schema": v})
    names = [u["name"] for u in units]
    assert len(names) == len(set(names)), "devfile unit names not unique"
    return units, hashlib.sha256(raw).hexdigest()


def devcontainer_units():
    repo, commit, path, lic = PINS["devcontainer"]
    log = git(repo, "log", "--first-parent", "--reverse", "--format=%H %cs", commit, "--", "schemas").decode()
    h = hashlib.sha256()
    seen, units = set(), []
    for line in log.split("\n"):
        if not line:
            continue
        c, day = line.split()
        files = git(repo, "ls-tree", "--name-only", c, "schemas/").decode().split()
        for f in sorted(files):
            if not f.endswith(".json"):
                continue
            raw = git(repo, "show", f"{c}:{f}")
            h.update(c.encode() + b":" + f.encode() + b"\0" + raw)
            try:
                doc = json.loads(raw.decode())
            except ValueError:
                continue                      # one historical version does not parse; skipped
            stem = f.split("/")[-1][:-len(".schema.json")] if f.endswith(".schema.json") else f.split("/")[-1][:-5]
            out = []
            walk(doc, "", stem, out)
            for ptr, name, v in out:
                cc = compact(v)
                if cc in seen or not qualifies(v):
                    continue
                seen.add(cc)
                units.append({"name": f"{name}@{day.replace('-', '')}", "base_name": name,
                              "pointer": f"{c}:{f}#{ptr}", "schema": v})
    for i, u in enumerate(units):          # two versions of one name on one day: suffix b, c, ...
        same = [x for x in units[:i] if x["name"].split("~")[0] == u["name"]]
        if same:
            u["name"] = f"{u['name']}~{chr(97 + len(same))}"
    return units, h.hexdigest()


def select(family, units):
    key = lambda n: hashlib.sha256(f"{family}:{n}".encode()).hexdigest()
    if family == "devfile":
        order = sorted(units, key=lambda u: key(u["name"]))
        hosts = order[:N_HOSTS]
        hb = {compact(u["schema"]) for u in hosts}
        real = []
        for u in order[N_HOSTS:]:
            if len(real) < N_REAL[family] and compact(u["schema"]) not in hb and \
                    all(compact(u["schema"]) != compact(r["schema"]) for r in real):
                real.append(u)
        return hosts, real
    by_name = {}
    for u in units:
        by_name.setdefault(u["base_name"], []).append(u)
    names = sorted(by_name, key=lambda n: (len(by_name[n]), key(n)))
    real_names = names[:N_REAL[family]]
    real = [by_name[n][-1] for n in real_names]            # the newest version of each
    rest = [u for n in names[N_REAL[family]:] for u in by_name[n]]
    hosts = sorted(rest, key=lambda u: key(u["name"]))[:N_HOSTS]
    return hosts, real


def units(family):
    repo, commit, path, lic = PINS[family]
    us, src_sha = devfile_units() if family == "devfile" else devcontainer_units()
    hosts, real = select(family, us)
    assert len(hosts) == N_HOSTS and len(real) == N_REAL[family], (family, len(hosts), len(real))
    strip = lambda u: {"name": u["name"], "pointer": u["pointer"], "schema": u["schema"]}
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": src_sha, "n_units": len(us),
            "hosts": [strip(u) for u in hosts], "real": [strip(u) for u in real]}


def gitleaks_rules():
    repo, commit, path, lic = GITLEAKS
    raw = git(repo, "show", f"{commit}:{path}")
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
                    "pointer": "<commit>:<schema file>#<pointer of the object schema>", "licence": u["licence"],
                    "sha256": sha, "source_sha256": u["source_sha256"]})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["devfile"][0], PINS["devfile"][1], "LICENSE"),
                 (PINS["devcontainer"][0], PINS["devcontainer"][1], "LICENSE"),
                 (PINS["devcontainer"][0], PINS["devcontainer"][1], "LICENSE-CODE"),
                 (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git(repo, "show", f"{commit}:{path}"))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
