#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git and PyYAML (6.0.x).  Nothing here runs code from the snapshots: the Faker name tables are read with
ast.literal_eval, the gitleaks config with tomllib, the API specs with json / yaml (safe loader, no timestamps).
"""
import ast
import hashlib
import json
import subprocess
import tomllib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

DHIS2 = ("dhis2/dhis2-api-specification", "cf6d366e57d5fba2057860a20687784dd4d36f7f",
         ["docs/spec/src/components_openapi.json"], "BSD-3-Clause (LICENSE)")
VONAGE = ("Nexmo/api-specification", "ad042003e946f5d99512cda2a8601488c8e863e5", None, "MIT (LICENSE)")
FAKER = ("joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)")
FAKER_LOCALES = ["de_LU", "mk_MK", "ru_RU"]
FAKER_TABLES = ("first_names_male", "first_names_female", "last_names", "last_names_male", "last_names_female",
                "middle_names_male", "middle_names_female")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["slack-bot-token", "anthropic-api-key", "digitalocean-pat", "pypi-upload-token",
                  "planetscale-api-token", "pulumi-api-token", "rubygems-api-token", "age-secret-key", "gcp-api-key",
                  "dynatrace-api-token", "heroku-api-key-v2", "vault-service-token", "alibaba-access-key-id",
                  "square-access-token", "gitlab-runner-authentication-token", "gitlab-deploy-token",
                  "clojars-api-token"]

N_HOSTS, N_REAL = 48, 30


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def git_ls(repo, commit, under):
    out = subprocess.run(["git", "--git-dir", gd(repo), "ls-tree", "-r", "--name-only", commit, under], check=True,
                         capture_output=True, text=True).stdout
    return sorted(p for p in out.split() if p.endswith((".yml", ".yaml", ".json")))


class _NoTimestampLoader(yaml.SafeLoader):
    pass


_NoTimestampLoader.yaml_implicit_resolvers = {
    k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    try:
        n = len(compact(v).encode())
    except TypeError:
        return False
    return 150 <= n <= 20000


def units(family):
    repo, commit, paths, lic = DHIS2 if family == "dhis2" else VONAGE
    if paths is None:
        paths = git_ls(repo, commit, "definitions")
    cands, src_sha, schemas = [], {}, {}
    for path in paths:
        raw = git_show(repo, commit, path)
        src_sha[path] = hashlib.sha256(raw).hexdigest()
        doc = json.loads(raw) if path.endswith(".json") else yaml.load(raw.decode(), Loader=_NoTimestampLoader)
        sch = ((doc or {}).get("components") or {}).get("schemas") or {}
        stem = Path(path).stem
        for k, v in sch.items():
            name = k if family == "dhis2" else f"{stem}.{k}"
            if qualifies(v):
                schemas[name] = (path, k, v)
                cands.append((hashlib.sha256(f"{family}:{name}".encode()).hexdigest(), name))
    cands.sort()
    hosts, real = [], []
    for _, name in cands:
        v = schemas[name][2]
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL and len(compact(v).encode()) <= 12000 and all(
                compact(v) != compact(schemas[h][2]) for h in hosts):
            real.append(name)
    mk = lambda n: {"name": n, "path": schemas[n][0], "pointer": f"/components/schemas/{schemas[n][1]}",
                    "schema": schemas[n][2]}
    return {"family": family, "repo": repo, "commit": commit, "licence": lic, "source_sha256": src_sha,
            "hosts": [mk(n) for n in hosts], "real": [mk(n) for n in real]}


def faker_tables():
    repo, commit, lic = FAKER
    out = {}
    for loc in FAKER_LOCALES:
        src = git_show(repo, commit, f"faker/providers/person/{loc}/__init__.py").decode()
        got = {}
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name not in FAKER_TABLES:
                    continue
                val = node.value
                if isinstance(val, ast.Call):      # OrderedDict(((name, weight), ...)): keep the names
                    got[name] = [k for k, _w in ast.literal_eval(val.args[0])]
                elif isinstance(val, (ast.Tuple, ast.List)):
                    got[name] = list(ast.literal_eval(val))
        out[loc] = {"path": f"faker/providers/person/{loc}/__init__.py",
                    "source_sha256": hashlib.sha256(src.encode()).hexdigest(), **got}
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
    for fam in ("dhis2", "vonage"):
        u = units(fam)
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"],
                    "path": sorted(u["source_sha256"]) if fam == "vonage" else DHIS2[2][0],
                    "pointer": "/components/schemas/<Name>", "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER[0], "commit": FAKER[1],
                "path": "faker/providers/person/{" + ",".join(FAKER_LOCALES) + "}/__init__.py",
                "pointer": ", ".join(FAKER_TABLES), "licence": FAKER[2], "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
