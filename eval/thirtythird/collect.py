#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git and PyYAML (6.0.x).  Nothing here runs code from the snapshots: the Faker name tables are read
with ast.literal_eval, the gitleaks config with tomllib, the API specs with json / yaml.safe_load.
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

PINS = {
    "sendgrid": ("sendgrid/sendgrid-oai", "bef1536aeed2eb7b1ad4fde110a8ec65c583c4c5", "spec/components/schemas.json",
                 "MIT (LICENSE)"),
    "okta": ("okta/okta-management-openapi-spec", "fdda229e82940cf5af4611ad673ca6a27974e31b",
             "dist/current/management-minimal.yaml", "Apache-2.0 (info.license of the spec)"),
}
FAKER = ("joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)")
FAKER_LOCALES = ["bg_BG", "th_TH", "en_IE"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["age-secret-key", "anthropic-api-key", "digitalocean-pat", "gcp-api-key", "github-pat", "jwt",
                  "openai-api-key", "planetscale-password", "prefect-api-token", "pulumi-api-token",
                  "pypi-upload-token", "readme-api-token", "rubygems-api-token", "sentry-user-token",
                  "slack-bot-token", "square-access-token"]

N_HOSTS, N_REAL = 32, 28


def git_show(repo, commit, path):
    gd = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


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


def units(family):
    repo, commit, path, lic = PINS[family]
    raw = git_show(repo, commit, path)
    doc = json.loads(raw) if path.endswith(".json") else yaml.load(raw.decode(), Loader=_NoTimestampLoader)
    schemas = doc if family == "sendgrid" else doc["components"]["schemas"]
    base = "" if family == "sendgrid" else "/components/schemas"
    cands = [(hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k, v in schemas.items() if qualifies(v)]
    cands.sort()
    hosts, real = [], []
    for _, name in cands:
        v = schemas[name]
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL and len(compact(v).encode()) <= 12000 and all(
                compact(v) != compact(schemas[h]) for h in hosts):
            real.append(name)
    out = {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
           "source_sha256": hashlib.sha256(raw).hexdigest(),
           "hosts": [{"name": n, "pointer": f"{base}/{n.replace('~', '~0').replace('/', '~1')}", "schema": schemas[n]} for n in hosts],
           "real": [{"name": n, "pointer": f"{base}/{n.replace('~', '~0').replace('/', '~1')}", "schema": schemas[n]} for n in real]}
    return out, raw


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
                if isinstance(val, ast.Call):      # OrderedDict((name, weight), ...): keep the names
                    val = val.args[0]
                    got[name] = [k for k, _w in ast.literal_eval(val)]
                elif isinstance(val, (ast.Tuple, ast.List)):   # skip computed tables (e.g. a + b)
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
    for fam in PINS:
        u, raw = units(fam)
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"], "path": u["path"],
                    "pointer": ("/<Name>" if fam == "sendgrid" else "/components/schemas/<Name>"), "licence": u["licence"], "sha256": sha,
                    "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER[0], "commit": FAKER[1],
                "path": "faker/providers/person/{" + ",".join(FAKER_LOCALES) + "}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names (bg_BG: last_names_male, last_names_female)", "licence": FAKER[2], "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
