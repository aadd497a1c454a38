#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git and PyYAML (6.0.x).  Nothing here runs code from the snapshots: the Faker name tables are read
with ast.literal_eval, the gitleaks config with tomllib, the API specs with yaml.safe_load (timestamps kept as text).
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

INTERCOM = ("intercom/Intercom-OpenAPI", "8889625a7b931d8649e18726e7f872ff073520fc",
            "descriptions/2.14/api.intercom.io.yaml", "MIT (LICENSE.md)")
OPENSEARCH = ("opensearch-project/opensearch-api-specification", "fbe9edebac41d098c67e2d379667184368c4ab6c",
              "spec/schemas/*.yaml", "Apache-2.0 (LICENSE.txt)")
FAKER = ("joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)")
FAKER_LOCALES = ["el_GR", "hy_AM", "fr_BE"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["digitalocean-pat", "pulumi-api-token", "planetscale-password", "dynatrace-api-token",
                  "heroku-api-key-v2", "hashicorp-tf-api-token", "readme-api-token", "rubygems-api-token",
                  "pypi-upload-token", "sentry-user-token", "age-secret-key", "prefect-api-token",
                  "scalingo-api-token", "infracost-api-token", "harness-api-key", "shippo-api-token"]

N_HOSTS, N_REAL = 32, 28


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def git_ls(repo, commit, prefix):
    out = subprocess.run(["git", "--git-dir", gd(repo), "ls-tree", "--name-only", f"{commit}:{prefix}"], check=True,
                         capture_output=True, text=True).stdout
    return sorted(prefix + "/" + x for x in out.split())


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
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def split(family, cands):
    """cands: list of (name, path, pointer, schema).  Order by sha256 of '<family>:<name>'."""
    cands = sorted(cands, key=lambda c: hashlib.sha256(f"{family}:{c[0]}".encode()).hexdigest())
    hosts, real = [], []
    for c in cands:
        if len(hosts) < N_HOSTS:
            hosts.append(c)
        elif len(real) < N_REAL and len(compact(c[3]).encode()) <= 12000 and all(
                compact(c[3]) != compact(h[3]) for h in hosts):
            real.append(c)
    mk = lambda c: {"name": c[0], "path": c[1], "pointer": c[2], "schema": c[3]}
    return [mk(c) for c in hosts], [mk(c) for c in real]


def intercom_units():
    repo, commit, path, lic = INTERCOM
    raw = git_show(repo, commit, path)
    doc = yaml.load(raw.decode(), Loader=_NoTimestampLoader)
    cands = [(k, path, f"/components/schemas/{k}", v) for k, v in doc["components"]["schemas"].items()
             if qualifies(v)]
    hosts, real = split("intercom", cands)
    return {"family": "intercom", "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": hashlib.sha256(raw).hexdigest(), "hosts": hosts, "real": real}


def opensearch_units():
    repo, commit, pat, lic = OPENSEARCH
    cands, shas = [], {}
    for path in git_ls(repo, commit, "spec/schemas"):
        if not path.endswith(".yaml"):
            continue
        raw = git_show(repo, commit, path)
        shas[path] = hashlib.sha256(raw).hexdigest()
        doc = yaml.load(raw.decode(), Loader=_NoTimestampLoader)
        stem = path.rsplit("/", 1)[1][:-5]
        for k, v in ((doc.get("components") or {}).get("schemas") or {}).items():
            if qualifies(v):
                cands.append((f"{stem}.{k}", path, f"/components/schemas/{k}", v))
    hosts, real = split("opensearch", cands)
    return {"family": "opensearch", "repo": repo, "commit": commit, "path": pat, "licence": lic,
            "source_sha256": shas, "hosts": hosts, "real": real}


def faker_tables():
    repo, commit, lic = FAKER
    out = {}
    for loc in FAKER_LOCALES:
        src = git_show(repo, commit, f"faker/providers/person/{loc}/__init__.py").decode()
        tree = ast.parse(src)
        got = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                name = node.targets[0].id
                if name not in ("first_names_male", "first_names_female", "last_names", "last_names_male",
                                "last_names_female"):
                    continue
                val = node.value
                if isinstance(val, ast.BinOp):
                    continue                     # last_names = last_names_male + last_names_female
                if isinstance(val, ast.Call):    # OrderedDict((name, weight), ...): keep the names
                    got[name] = [k for k, _w in ast.literal_eval(val.args[0])]
                else:
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
    for fam, fn in (("intercom", intercom_units), ("opensearch", opensearch_units)):
        u = fn()
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                    "pointer": "/components/schemas/<Name>", "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER[0], "commit": FAKER[1],
                "path": "faker/providers/person/{" + ",".join(FAKER_LOCALES) + "}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names[_male|_female]", "licence": FAKER[2],
                "sha256": sha, "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))
    for fam in ("intercom", "opensearch"):
        u = json.loads((SRC / f"{fam}-units.json").read_text())
        print(fam, len(u["hosts"]), "hosts", len(u["real"]), "real")


if __name__ == "__main__":
    main()
