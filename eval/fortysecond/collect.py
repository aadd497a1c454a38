#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Faker name tables are read with ast (literal_eval of
literals, with list / tuple concatenation of earlier literal tables resolved by name), the gitleaks config with
tomllib, the API specs with json (HMRC schema files) and PyYAML without implicit timestamps (Moov ACH, OpenAPI 3.0.2).
"""
import ast
import hashlib
import json
import re
import subprocess
import tomllib

import yaml
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

PINS = {
    "moov": ("moov-io/ach", "c6bd2372ebf04eb513d0eb81c5b425aa191704a4", "openapi.yaml",
             "Apache-2.0 (LICENSE; info.license: Apache 2.0)"),
    "hmrc": ("hmrc/individuals-income-received-api", "338bf2be531ed57ef96a24b0557fdec67a5cfae1",
             "resources/public/api/conf/{1.0,2.0}/schemas/**/*.json", "Apache-2.0 (LICENSE)"),
}
FAKER_REPO, FAKER_LIC = "joke2k/faker", "MIT (LICENSE.txt in the same commits)"
# locale -> (commit, where the commit lives).  Neither locale was merged into master; pinned by commit.
FAKER_PINS = {"bs_BA": ("bf927c16a58c520a8924e1dbf55088818f4fc2f8", "refs/pull/415/head (not merged)"),
              "efik_NG": ("1c9806fd7f8ef3b41eb8a00364a3de431ee506b9", "refs/pull/2286/head (not merged)")}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["doppler-api-token", "linear-api-key", "planetscale-password", "postman-api-token",
                  "prefect-api-token", "readme-api-token", "shopify-access-token", "databricks-api-token",
                  "npm-access-token", "gitlab-pat", "huggingface-access-token", "grafana-service-account-token",
                  "sentry-user-token", "infracost-api-token", "flyio-access-token", "openai-api-key"]

N_HOSTS = 24
N_REAL = {"moov": 14, "hmrc": 11}   # at most; qualifying non-host units up to this


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


def ls_tree(repo, commit):
    gd = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), "ls-tree", "-r", "--name-only", commit], check=True,
                          capture_output=True, text=True).stdout.split("\n")


def schemas_of(family):
    """name -> (pointer-or-path, schema), and a sha256 over the source bytes read."""
    repo, commit, path, lic = PINS[family]
    h = hashlib.sha256()
    out = {}
    if family == "moov":
        raw = git_show(repo, commit, path)
        h.update(raw)
        doc = yaml.load(raw.decode(), Loader=_NoDates)
        for k, v in doc["components"]["schemas"].items():
            out[k] = (f"{path}#/components/schemas/{k.replace('~', '~0').replace('/', '~1')}", v)
    else:
        files = sorted(f for f in ls_tree(repo, commit)
                       if re.fullmatch(r"resources/public/api/conf/(1\.0|2\.0)/schemas/.+\.json", f))
        seen = set()
        for f in files:
            raw = git_show(repo, commit, f)
            h.update(f.encode() + b"\0" + raw)
            try:
                v = json.loads(raw.decode())
            except ValueError:
                continue
            c = compact(v)
            if c in seen:          # the same schema under 1.0 and 2.0: keep the first (1.0) copy
                continue
            seen.add(c)
            ver, rest = f.split("/conf/")[1].split("/schemas/")
            name = f"v{ver.replace('.', '')}." + rest[:-5].replace("/", ".")
            out[name] = (f"{f}#", v)
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
    assert len(hosts) == N_HOSTS and len(real) == N_REAL[family], (family, len(hosts), len(real))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": src_sha,
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


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
        if not (name.startswith("first_names") or name.startswith("last_names") ):
            continue
        try:
            env[name] = _eval(val, env)
        except (ValueError, KeyError, TypeError):
            continue
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
                    "pointer": "openapi.yaml#/components/schemas/<Name> (moov) or <schema file>#  (hmrc)", "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO,
                "commit": FAKER_PINS["bs_BA"][0],
                "commits": {k: v[0] for k, v in FAKER_PINS.items()},
                "path": "faker/providers/person/{bs_BA,efik_NG}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names",
                "licence": FAKER_LIC, "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["moov"][0], PINS["moov"][1], "LICENSE"), (PINS["hmrc"][0], PINS["hmrc"][1], "LICENSE"),
                 (FAKER_REPO, FAKER_PINS["bs_BA"][0], "LICENSE.txt"), (FAKER_REPO, FAKER_PINS["efik_NG"][0], "LICENSE.txt"),
                 (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself", "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
