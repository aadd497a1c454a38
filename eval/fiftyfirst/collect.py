#!/usr/bin/env python3
"""Read the pinned snapshots (FDC3, WoT Thing Description, Python Faker, gitleaks) under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Python Faker person providers are read as text (their
class-level tuple / OrderedDict literals parsed with ast.literal_eval; Faker is never imported), the gitleaks config
with tomllib, the FDC3 and WoT schema files with json.
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

PINS = {
    "fdc3": ("finos/FDC3", "bbece95f6448c35e394e0ce2bbe145c8b8065262",
             "packages/fdc3-context/schemas/context/*.schema.json, packages/fdc3-schema/schemas/api/*.schema.json",
             "Apache-2.0 (LICENSE.spdx PackageLicenseDeclared; package.json; LICENSE.md is the Community Specification "
             "License 1.0)"),
    "wot": ("w3c/wot-thing-description", "18b7ca0e2aa0c6b2247a8e23bdb3ef3f932f0fa1",
            "validation/{td,tm}-json-schema-validation.json, publication/**/validation/*.json",
            "W3C Software and Document License (LICENSE.md)"),
}
FAKER_REPO, FAKER_COMMIT, FAKER_LIC = "joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)"
FAKER_LOCALES = ["mr_IN", "es_CO"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["databricks-api-token", "doppler-api-token", "gitlab-pat", "grafana-service-account-token",
                  "huggingface-access-token", "linear-api-key", "npm-access-token", "openai-api-key",
                  "planetscale-password", "postman-api-token", "prefect-api-token", "pulumi-api-token",
                  "readme-api-token", "scalingo-api-token", "sentry-user-token", "shopify-access-token"]

N_HOSTS = 24
N_REAL = {"fdc3": 10, "wot": 10}   # at most; qualifying non-host units up to this


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


def walk(name, ptr, v, out):
    """The schema itself, its definitions / $defs, and nested object schemas below properties, patternProperties,
    items, additionalProperties, oneOf / anyOf / allOf (name = dotted path)."""
    if not isinstance(v, dict):
        return
    out.append((name, ptr, v))
    for kw in ("definitions", "$defs", "properties", "patternProperties"):
        for k, sub in (v.get(kw) or {}).items() if isinstance(v.get(kw), dict) else []:
            walk(f"{name}.{k}", f"{ptr}/{kw}/{tok(k)}", sub, out)
    for kw in ("items", "additionalProperties"):
        if isinstance(v.get(kw), dict):
            walk(f"{name}.{kw}", f"{ptr}/{kw}", v[kw], out)
    for kw in ("oneOf", "anyOf", "allOf"):
        if isinstance(v.get(kw), list):
            for i, sub in enumerate(v[kw]):
                walk(f"{name}.{kw}{i}", f"{ptr}/{kw}/{i}", sub, out)


def family_files(family):
    repo, commit, _, _ = PINS[family]
    files = ls_tree(repo, commit)
    if family == "fdc3":
        return sorted(f for f in files if re.fullmatch(
            r"packages/fdc3-(context/schemas/context|schema/schemas/api)/[^/]+\.schema\.json", f))
    return sorted(f for f in files if re.fullmatch(r"(validation|publication/.+/validation)/t[dm]-json-schema-validation\.json", f))


def schemas_of(family):
    """name -> (path#pointer, schema) in source order, and a sha256 over the source bytes read."""
    repo, commit, path, lic = PINS[family]
    h = hashlib.sha256()
    out = {}
    seen = set()
    for f in family_files(family):
        raw = git_show(repo, commit, f)
        h.update(f.encode() + b"\0" + raw)
        doc = json.loads(raw.decode())
        stem = f.split("/")[-1].replace(".schema.json", "").replace(".json", "")
        if family == "wot":
            stem = ("pub" + re.sub(r"[^0-9a-z]", "", f.split("/")[1]) + "." if f.startswith("publication") else "") + stem
        items = []
        walk(stem, "", doc, items)
        for name, ptr, v in items:
            c = compact(v)
            if c in seen or name in out:
                continue
            seen.add(c)
            out[name] = (f"{f}#{ptr}", v)
    return out, h.hexdigest()


def units(family):
    repo, commit, path, lic = PINS[family]
    schemas, src_sha = schemas_of(family)
    cands = [(hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k, (_, v) in schemas.items() if qualifies(v)]
    print(family, "qualifying units:", len(cands))
    cands.sort()
    hosts, real = [], []
    for _, name in cands:
        v = schemas[name][1]
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL[family] and all(compact(v) != compact(schemas[h][1]) for h in hosts) and \
                all(compact(v) != compact(schemas[r][1]) for r in real) and \
                all(compact(v) not in compact(schemas[h][1]) and compact(schemas[h][1]) not in compact(v)
                    for h in hosts):
            real.append(name)
    assert len(hosts) == N_HOSTS, (family, len(hosts))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": src_sha, "qualifying": len(cands),
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


def py_tables(src):
    """Class-level assignments of a Python Faker person provider whose value is a tuple / list literal or an
    OrderedDict(...) of a literal (name -> weight); read with ast.literal_eval, never imported or run."""
    out = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            v = node.value
            try:
                if isinstance(v, (ast.Tuple, ast.List)):
                    out[node.targets[0].id] = list(ast.literal_eval(v))
                elif isinstance(v, ast.Call) and getattr(v.func, "id", "") == "OrderedDict" and v.args:
                    out[node.targets[0].id] = [k for k, _ in ast.literal_eval(v.args[0])]
            except (ValueError, TypeError):
                pass
    return out


def faker_tables():
    out = {}
    for loc in FAKER_LOCALES:
        p = f"faker/providers/person/{loc}/__init__.py"
        src = git_show(FAKER_REPO, FAKER_COMMIT, p).decode()
        t = py_tables(src)
        entry = {"commit": FAKER_COMMIT, "path": p, "source_sha256": hashlib.sha256(src.encode()).hexdigest(),
                 "first_names_female": [x.strip() for x in t["first_names_female"] if x.strip()],
                 "first_names_male": [x.strip() for x in t["first_names_male"] if x.strip()],
                 "last_names": [x.strip() for x in t["last_names"] if x.strip()]}
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
                    "pointer": "<schema file>#<pointer of each unit> (roots, definitions / $defs, nested object schemas)",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO, "commit": FAKER_COMMIT,
                "path": "faker/providers/person/{mr_IN,es_CO}/__init__.py",
                "pointer": "first_names_female, first_names_male, last_names (class attributes, literals)",
                "licence": FAKER_LIC, "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["fdc3"][0], PINS["fdc3"][1], "LICENSE.md"), (PINS["fdc3"][0], PINS["fdc3"][1], "LICENSE.spdx"),
                 (PINS["wot"][0], PINS["wot"][1], "LICENSE.md"),
                 (FAKER_REPO, FAKER_COMMIT, "LICENSE.txt"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
