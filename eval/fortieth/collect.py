#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Faker name tables are read with ast (literal_eval of
literals, with list / tuple concatenation of earlier literal tables resolved by name), the gitleaks config with
tomllib, the API specs with json (SORMAS, Keycloak); PyYAML only if a pinned spec were YAML.
"""
import ast
import hashlib
import json
import subprocess
import tomllib

import yaml
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

PINS = {
    "sormas": ("SORMAS-Foundation/SORMAS-Project", "af6249bc672f10c283ebddd73ca2314d9ec0c3de", "sormas-rest/swagger.json",
               "GPL-3.0 (LICENSE); the spec's info.license names GPL v3"),
    "keycloak": ("ccouzens/keycloak-openapi", "9068318ff6680c14100219b51ad6ffef4fb322c8", "keycloak/23.0.7.json",
                 "Apache-2.0 (keycloak/LICENSE.txt, Keycloak's documentation); the transformer is MIT"),
}
FAKER_REPO, FAKER_LIC = "joke2k/faker", "MIT (LICENSE.txt)"
# locale -> (commit, where the commit lives).  All three exist only on pull-request heads (never merged into
# master), pinned by commit.
FAKER_PINS = {"es_PE": ("6a375d503cb8103946ef0b9b9cf98bc4a6f612a2", "refs/pull/1844/head"),
              "en_SG": ("db4f03cc9b3b7a5fe2a040fe7a268dcf82ba39df", "refs/pull/648/head"),
              "ta_LK": ("89485ff860a6f23a876c7084b56102e09ff03cb0", "refs/pull/2013/head")}
# en_SG keeps its names in per-community tables; the Malay ones are read (given names by gender, family names).
EN_SG_TABLES = {"first_names_male": "malay_names_male", "first_names_female": "malay_name_female_set",
                "last_names": "malay_family_names"}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["gitlab-pat", "npm-access-token", "huggingface-access-token", "shopify-access-token",
                  "linear-api-key", "postman-api-token", "doppler-api-token", "planetscale-password",
                  "grafana-service-account-token", "databricks-api-token", "hashicorp-tf-api-token", "prefect-api-token",
                  "readme-api-token", "sendgrid-api-token", "shippo-api-token", "heroku-api-key-v2"]

N_HOSTS = 36
N_REAL = {"sormas": 14, "keycloak": 14}   # at most; qualifying non-host units up to this


class _NoDates(yaml.SafeLoader):
    pass


_NoDates.yaml_implicit_resolvers = {k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
                                    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def git_show(repo, commit, path):
    gd = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def units(family):
    repo, commit, path, lic = PINS[family]
    raw = git_show(repo, commit, path)
    if path.endswith((".yml", ".yaml")):
        doc = yaml.load(raw.decode(), Loader=_NoDates)   # YAML 1.1 timestamps kept as strings (as JSON would)
    else:
        doc = json.loads(raw.decode())
    schemas = doc["components"]["schemas"]
    cands = [(hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k, v in schemas.items() if qualifies(v)]
    cands.sort()
    hosts, real = [], []
    for _, name in cands:
        v = schemas[name]
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL[family] and all(compact(v) != compact(schemas[h]) for h in hosts):
            real.append(name)
    assert len(hosts) == N_HOSTS and len(real) >= 10, (family, len(hosts), len(real))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": hashlib.sha256(raw).hexdigest(),
            "hosts": [{"name": n, "pointer": f"/components/schemas/{n}", "schema": schemas[n]} for n in hosts],
            "real": [{"name": n, "pointer": f"/components/schemas/{n}", "schema": schemas[n]} for n in real]}


def _eval(node, env):
    """Literal tables, OrderedDict((name, weight), ...) (names kept), earlier tables by name, and '+' of those."""
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _eval(node.left, env) + _eval(node.right, env)
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "OrderedDict":
        return [k for k, _w in ast.literal_eval(node.args[0])]
    v = ast.literal_eval(node)
    if isinstance(v, dict):
        return list(v)
    return list(v)


def _tables(src):
    env = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, val = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, val = node.target.id, node.value
        else:
            continue
        if not (name.startswith("first_names") or name.startswith("last_names") or name.startswith("malay_")):
            continue
        try:
            env[name] = _eval(val, env)
        except (ValueError, KeyError, TypeError):
            continue
    if "first_names_male" not in env and "malay_names_male" in env:     # en_SG: the Malay tables
        for k, v in EN_SG_TABLES.items():
            env[k] = env[v]
    for k in ("first_names_male", "first_names_female", "last_names"):
        if k in env:
            env[k] = [x.strip() for x in env[k] if x.strip()]
    return {k: sorted(set(env[k]), key=env[k].index) for k in ("first_names_male", "first_names_female", "last_names")
            if k in env}


def faker_tables():
    out = {}
    for loc, (commit, ref) in FAKER_PINS.items():
        p = f"faker/providers/person/{loc}/__init__.py"
        src = git_show(FAKER_REPO, commit, p).decode()
        entry = {"commit": commit, "ref": ref, "path": p, "source_sha256": hashlib.sha256(src.encode()).hexdigest()}
        entry.update(_tables(src))
        for k in ("first_names_male", "first_names_female", "last_names"):
            assert entry.get(k), (loc, k)
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
                    "pointer": "/components/schemas/<Name>", "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO,
                "commit": FAKER_PINS["es_PE"][0],
                "commits": {k: v[0] for k, v in FAKER_PINS.items()},
                "path": "faker/providers/person/{es_PE,en_SG,ta_LK}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names (en_SG: malay_names_male, malay_name_female_set, malay_family_names)",
                "licence": FAKER_LIC, "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
