#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Faker name tables are read with ast (literal_eval of
literals, with list / tuple concatenation of earlier literal tables resolved by name), the gitleaks config with
tomllib, the API specs with json (Casdoor, Swagger 2.0) and PyYAML without implicit timestamps (Gusto, OpenAPI 3.1).
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
    "gusto": ("Gusto/gusto-typescript-client", "1fa8f82cfc47d70873cf22d57b14691e29879b2f",
              ".speakeasy/logs/changes/new.openapi.yaml",
              "no licence file in the repository or licence field in the spec; published by Gusto with its SDK "
              "(info.termsOfService: Gusto developer terms of service)"),
    "casdoor": ("casdoor/casdoor", "e6b2338f8955455254ec2f48ef0a0390cbef9ec5", "swagger/swagger.json",
                "Apache-2.0 (LICENSE)"),
}
FAKER_REPO, FAKER_LIC = "joke2k/faker", "MIT (LICENSE.txt)"
# locale -> (commit, where the commit lives).  Both exist only on pull-request branches (never merged into
# master), pinned by commit.
FAKER_PINS = {"es_VE": ("7947288798d8494407fc57b9dbe020727ac7b3f1", "refs/pull/464/head"),
              "pa_AF_en": ("245d3045f318d73b2b7ed1d1defce7ff97f7f38b", "refs/pull/2293 (an earlier commit of its head)")}
# pa_AF_en keeps its given names in per-community tables; the Pashto ones are read (given names by gender).
PA_AF_TABLES = {"first_names_male": "pashto_male_first_names", "first_names_female": "pashto_female_first_names"}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["age-secret-key", "clojars-api-token", "digitalocean-pat", "easypost-api-token", "pulumi-api-token",
                  "rubygems-api-token", "scalingo-api-token", "square-access-token", "duffel-api-token",
                  "dynatrace-api-token", "frameio-api-token", "anthropic-api-key", "artifactory-api-key",
                  "github-fine-grained-pat", "alibaba-access-key-id", "sendinblue-api-token"]

N_HOSTS = 36
N_REAL = {"gusto": 14, "casdoor": 14}   # at most; qualifying non-host units up to this


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
    base = "/components/schemas" if "components" in doc else "/definitions"
    schemas = doc["components"]["schemas"] if "components" in doc else doc["definitions"]
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
            "hosts": [{"name": n, "pointer": f"{base}/{n.replace('~', '~0').replace('/', '~1')}", "schema": schemas[n]} for n in hosts],
            "real": [{"name": n, "pointer": f"{base}/{n.replace('~', '~0').replace('/', '~1')}", "schema": schemas[n]} for n in real]}


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
        if not (name.startswith("first_names") or name.startswith("last_names") or name.startswith("pashto_")):
            continue
        try:
            env[name] = _eval(val, env)
        except (ValueError, KeyError, TypeError):
            continue
    if "first_names_male" not in env and "pashto_male_first_names" in env:     # pa_AF_en: the Pashto tables
        for k, v in PA_AF_TABLES.items():
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
                    "pointer": "/components/schemas/<Name> or /definitions/<Name>", "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO,
                "commit": FAKER_PINS["es_VE"][0],
                "commits": {k: v[0] for k, v in FAKER_PINS.items()},
                "path": "faker/providers/person/{es_VE,pa_AF_en}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names (pa_AF_en: pashto_male_first_names, pashto_female_first_names, last_names)",
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
