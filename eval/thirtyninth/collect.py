#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Faker name tables are read with ast (literal_eval of
literals, with list / tuple concatenation of earlier literal tables resolved by name), the gitleaks config with
tomllib, the API specs with PyYAML safe loading (Apideck HRIS) or json (Mastodon).
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
    "apideck": ("apideck-libraries/openapi-specs", "fc186f740c8effdafc16f3a76af38ef0a500f6d1", "hris.yml",
                "MIT (LICENSE); the spec's info.license names Apache-2.0"),
    "mastodon": ("abraham/mastodon-openapi", "89b11e724f5015e232d160749e3b2fd4006e100d", "dist/schema.json",
                 "MIT (LICENSE); the spec's info.license names GFDL-1.3 (Mastodon's documentation)"),
}
FAKER_REPO, FAKER_LIC = "joke2k/faker", "MIT (LICENSE.txt)"
# locale -> (commit, where the commit lives).  en_TH is on master; si_LK and lo_LA exist only on pull-request heads
# (never merged into master), pinned by commit.
FAKER_PINS = {"en_TH": ("8ad78a632a4116e6392e6d5743524c683a2e02a1", "refs/heads/master"),
              "si_LK": ("dc4d5ea9f25f2c8fbe5ec6b0709a8adc4f8959c8", "refs/pull/2430/head"),
              "lo_LA": ("6d5e8c774058dd5568118936da8786181510e5aa", "refs/pull/2013/head")}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["github-pat", "github-fine-grained-pat", "slack-bot-token", "openai-api-key", "anthropic-api-key",
                  "gcp-api-key", "digitalocean-pat", "pypi-upload-token", "age-secret-key", "flyio-access-token",
                  "pulumi-api-token", "rubygems-api-token", "vault-service-token", "sentry-user-token",
                  "dynatrace-api-token", "easypost-api-token"]

N_HOSTS = 36
N_REAL = {"apideck": 14, "mastodon": 14}   # at most; qualifying non-host units up to this


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
        if not (name.startswith("first_names") or name.startswith("last_names")):
            continue
        try:
            env[name] = _eval(val, env)
        except (ValueError, KeyError, TypeError):
            continue
    if "first_names_male" not in env and "first_names" in env:     # en_TH: one ungendered first-name table
        env["first_names_male"] = env["first_names_female"] = env["first_names"]
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
                "commit": FAKER_PINS["en_TH"][0],
                "commits": {k: v[0] for k, v in FAKER_PINS.items()},
                "path": "faker/providers/person/{en_TH,si_LK,lo_LA}/__init__.py",
                "pointer": "first_names_male, first_names_female (en_TH: first_names), last_names",
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
