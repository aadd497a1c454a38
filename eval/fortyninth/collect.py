#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Python Faker person providers are read as text and parsed
with ``ast`` (the list / tuple literals assigned to first_names_male, first_names_female and last_names are read with
``ast.literal_eval``; the modules are never imported or executed), the gitleaks config is read with tomllib and the
SchemaStore schema files with json.
"""
import ast
import hashlib
import json
import re
import subprocess
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

SCHEMASTORE = ("SchemaStore/schemastore", "3b6446ad8a077bac56f4a4796c0b7fd88927fc8e", "Apache-2.0 (LICENSE)")
PINS = {"hugo": "src/schemas/json/hugo.json", "stylelint": "src/schemas/json/stylelintrc.json"}
FAKER_REPO, FAKER_COMMIT, FAKER_LIC = "joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)"
FAKER_LOCALES = ["sl_SI", "zu_ZA"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["gitlab-rrt", "gitlab-pat-routable", "grafana-api-key", "settlemint-service-access-token",
                  "microsoft-teams-webhook", "sidekiq-sensitive-url", "authress-service-client-access-key",
                  "slack-legacy-bot-token", "facebook-access-token", "aws-amazon-bedrock-api-key-short-lived",
                  "artifactory-reference-token", "easypost-test-api-token", "new-relic-user-api-key",
                  "typeform-api-token", "mailgun-private-api-token", "telegram-bot-api-token"]

N_HOSTS = 24
N_REAL = 10            # at most, per family


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def walk(v, ptr, out):
    """Every object schema reachable through properties / patternProperties / definitions / $defs / items /
    additionalProperties / not / if / then / else / contains / oneOf / anyOf / allOf / prefixItems."""
    if not isinstance(v, dict):
        return
    out.append((ptr, v))
    for k, c in v.items():
        if k in ("properties", "patternProperties", "definitions", "$defs") and isinstance(c, dict):
            for kk, cc in c.items():
                walk(cc, f"{ptr}/{k}/{tok(kk)}", out)
        elif k in ("items", "additionalProperties", "not", "if", "then", "else", "contains", "additionalItems"):
            walk(c, f"{ptr}/{k}", out)
        elif k in ("oneOf", "anyOf", "allOf", "prefixItems") and isinstance(c, list):
            for i, cc in enumerate(c):
                walk(cc, f"{ptr}/{k}/{i}", out)


def unit_name(family, ptr):
    parts = [p.replace("~1", "/").replace("~0", "~") for p in ptr.split("/")[1:]]
    keep = [p for p in parts if p not in ("properties", "definitions", "$defs", "patternProperties")]
    name = ".".join(re.sub(r"[^0-9A-Za-z_-]+", "", p) or "x" for p in keep)
    return name or "root"


def units(family):
    repo, commit, lic = SCHEMASTORE
    path = PINS[family]
    raw = git_show(repo, commit, path)
    doc = json.loads(raw.decode())
    found = []
    walk(doc, "", found)
    schemas, seen = {}, set()
    for ptr, v in found:
        if not qualifies(v):
            continue
        c = compact(v)
        if c in seen:
            continue
        seen.add(c)
        name = unit_name(family, ptr)
        base, n = name, 2
        while name in schemas:
            name, n = f"{base}{n}", n + 1
        schemas[name] = (f"{path}#{ptr}", v)
    cands = sorted((hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k in schemas)
    hosts, real = [], []
    for _, name in cands:
        v = schemas[name][1]
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL and all(compact(v) != compact(schemas[h][1]) for h in hosts):
            real.append(name)
    assert len(hosts) == N_HOSTS and len(real) == N_REAL, (family, len(hosts), len(real))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": hashlib.sha256(raw).hexdigest(), "qualifying_units": len(schemas),
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


def py_tables(src):
    """Module-level or class-level assignments of list / tuple literals of strings, read with ast (not run)."""
    out = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) \
                and isinstance(node.value, (ast.List, ast.Tuple)):
            try:
                val = ast.literal_eval(node.value)
            except ValueError:
                continue
            if all(isinstance(x, str) for x in val):
                out[node.targets[0].id] = list(val)
    return out


def faker_tables():
    out = {}
    for loc in FAKER_LOCALES:
        p = f"faker/providers/person/{loc}/__init__.py"
        src = git_show(FAKER_REPO, FAKER_COMMIT, p).decode()
        t = py_tables(src)
        entry = {"commit": FAKER_COMMIT, "path": p, "source_sha256": hashlib.sha256(src.encode()).hexdigest(),
                 "first_names_male": sorted(set(x.strip() for x in t["first_names_male"] if x.strip())),
                 "first_names_female": sorted(set(x.strip() for x in t["first_names_female"] if x.strip())),
                 "last_names": sorted(set(x.strip() for x in t.get("last_names_male", t.get("last_names", []))
                                          if x.strip()))}
        for k in ("first_names_male", "first_names_female", "last_names"):
            assert len(entry[k]) > 20, (loc, k)
        out[loc] = entry
    return out


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
                    "pointer": "<schema file>#<JSON pointer of each object-schema unit>",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO, "commit": FAKER_COMMIT,
                "path": "faker/providers/person/{sl_SI,zu_ZA}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names (zu_ZA: last_names_male, which is "
                           "also its last_names_female)",
                "licence": FAKER_LIC, "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(SCHEMASTORE[0], SCHEMASTORE[1], "LICENSE"), (FAKER_REPO, FAKER_COMMIT, "LICENSE.txt"),
                 (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
