#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the Faker name tables are read with ast.literal_eval, the
gitleaks config with tomllib, the API specs with json.
"""
import ast
import hashlib
import json
import subprocess
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

PINS = {
    "kratos": ("ory/kratos", "b86338da04a040247a07f46100a86dcfb3875909", "spec/api.json", "Apache-2.0 (LICENSE)"),
    "discourse": ("discourse/discourse_api_docs", "6737ac2ab31321c6e0dedb76dd2d02fb145b54cb", "openapi.json",
                  "MIT (LICENSE.txt)"),
}
FAKER = ("joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)")
FAKER_TABLES = {  # locale -> (file locale, table names)
    "zh_TW": ("zh_TW", ["first_names_male", "first_names_female", "last_names", "first_romanized_names_male",
                        "first_romanized_names_female", "last_romanized_names"]),
    "fa_IR": ("fa_IR", ["first_names_male", "first_names_female", "last_names"]),
    "es_CA": ("es_CA", ["first_names_male", "first_names_female"]),
    "es_ES": ("es_ES", ["last_names"]),   # es_CA inherits its surnames from es_ES
}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["anthropic-api-key", "openai-api-key", "github-pat", "gcp-api-key", "digitalocean-pat",
                  "pypi-upload-token", "planetscale-password", "pulumi-api-token", "rubygems-api-token",
                  "heroku-api-key-v2", "dynatrace-api-token", "age-secret-key", "clojars-api-token",
                  "duffel-api-token", "easypost-api-token", "prefect-api-token", "readme-api-token",
                  "scalingo-api-token", "jwt"]

N_HOSTS, N_REAL = 32, 28


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


def tok(s):
    return s.replace("~", "~0").replace("/", "~1")


def all_units(family, doc):
    """kratos: components/schemas entries.  discourse: each operation's request-body and response schemas (the
    spec keeps almost all of its schemas inline under paths)."""
    out = []
    if family == "kratos":
        for k, v in doc["components"]["schemas"].items():
            out.append((k, f"/components/schemas/{tok(k)}", v))
        return out
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            if not isinstance(op, dict):
                continue
            base = f"/paths/{tok(path)}/{method}"
            name = op.get("operationId") or f"{method}{path}"
            for ct, c in (op.get("requestBody") or {}).get("content", {}).items():
                out.append((f"{name}.request", f"{base}/requestBody/content/{tok(ct)}/schema", c.get("schema")))
            for code, r in (op.get("responses") or {}).items():
                for ct, c in (r.get("content") or {}).items():
                    out.append((f"{name}.response{code}", f"{base}/responses/{code}/content/{tok(ct)}/schema",
                                c.get("schema")))
    return out


def units(family):
    repo, commit, path, lic = PINS[family]
    raw = git_show(repo, commit, path)
    doc = json.loads(raw)
    cands = [(hashlib.sha256(f"{family}:{n}".encode()).hexdigest(), n, p, v) for n, p, v in all_units(family, doc)
             if qualifies(v)]
    cands.sort()
    hosts, real = [], []
    for _, name, ptr, v in cands:
        if len(hosts) < N_HOSTS:
            hosts.append({"name": name, "pointer": ptr, "schema": v})
        elif len(real) < N_REAL and len(compact(v).encode()) <= 12000 and all(
                compact(v) != compact(h["schema"]) for h in hosts) and all(
                compact(v) != compact(r["schema"]) for r in real):
            real.append({"name": name, "pointer": ptr, "schema": v})
    assert len(hosts) == N_HOSTS and len(real) == N_REAL, (family, len(hosts), len(real))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": hashlib.sha256(raw).hexdigest(), "hosts": hosts, "real": real}


def faker_tables():
    repo, commit, lic = FAKER
    out = {}
    for loc, (floc, names) in FAKER_TABLES.items():
        src = git_show(repo, commit, f"faker/providers/person/{floc}/__init__.py").decode()
        tree = ast.parse(src)
        got = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name not in names:
                    continue
                val = node.value
                if isinstance(val, ast.Call):      # OrderedDict((name, weight), ...): keep the names
                    got[name] = [k for k, _w in ast.literal_eval(val.args[0])]
                else:
                    got[name] = list(ast.literal_eval(val))
        assert set(got) == set(names), (loc, set(names) - set(got))
        out[loc] = {"path": f"faker/providers/person/{floc}/__init__.py",
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
    for fam in PINS:
        u = units(fam)
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                    "pointer": "see each unit's pointer", "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER[0], "commit": FAKER[1],
                "path": "faker/providers/person/{zh_TW,fa_IR,es_CA,es_ES}/__init__.py",
                "pointer": "; ".join(f"{k}: {','.join(v[1])}" for k, v in FAKER_TABLES.items()),
                "licence": FAKER[2], "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
