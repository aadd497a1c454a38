#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git and PyYAML (6.0.x).  Nothing here runs code from the snapshots: the Faker name tables are read with
ast.literal_eval, the gitleaks config with tomllib, the API specs with yaml.safe_load (timestamps kept as strings).

Host families:
* asana: Asana REST API, defs/asana_oas.yaml (OpenAPI 3.0), one unit per #/components/schemas/<Name>.
* digitalocean: DigitalOcean public API v2, one unit per model file specification/resources/<area>/models/<f>.yml
  whose root is an object schema (relative file $refs left as written).
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
    "asana": ("Asana/openapi", "fc9f8dcf224efa8e06bfc955d91dd95aac7a398d", "defs/asana_oas.yaml",
              "Apache-2.0 (declared in the spec's info.license; the repository has no LICENSE file)"),
    "digitalocean": ("digitalocean/openapi", "7c1300c479fed9c353cda9fc21cd968619552304",
                     "specification/resources/*/models/*.yml", "Apache-2.0 (LICENSE)"),
}
FAKER = ("joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)")
# locale -> (file for the given names, file for the family names)
FAKER_LOCALES = {"ar_PS": ("ar_AA", "ar_PS"), "hi_IN": ("hi_IN", "hi_IN"), "en_NZ": ("en_NZ", "en_NZ")}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["slack-bot-token", "openai-api-key", "anthropic-api-key", "digitalocean-pat", "pypi-upload-token",
                  "flyio-access-token", "pulumi-api-token", "planetscale-password", "dynatrace-api-token",
                  "age-secret-key", "hashicorp-tf-api-token", "sentry-user-token", "clojars-api-token",
                  "rubygems-api-token", "prefect-api-token", "scalingo-api-token"]

N_HOSTS, N_REAL = 32, 30


def gitdir(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gitdir(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def git_ls(repo, commit):
    out = subprocess.run(["git", "--git-dir", gitdir(repo), "ls-tree", "-r", "--name-only", commit], check=True,
                         capture_output=True).stdout.decode()
    return out.splitlines()


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


def candidates(family):
    """(name, pointer-or-path, schema, source sha256) of every qualifying unit."""
    repo, commit, path, lic = PINS[family]
    out = []
    if family == "asana":
        raw = git_show(repo, commit, path)
        doc = yaml.load(raw.decode(), Loader=_NoTimestampLoader)
        sha = hashlib.sha256(raw).hexdigest()
        for k, v in doc["components"]["schemas"].items():
            if qualifies(v):
                out.append((k, path, f"/components/schemas/{k}", v, sha))
    else:
        for p in git_ls(repo, commit):
            parts = p.split("/")
            if len(parts) == 5 and parts[:2] == ["specification", "resources"] and parts[3] == "models" \
                    and p.endswith(".yml"):
                raw = git_show(repo, commit, p)
                try:
                    v = yaml.load(raw.decode(), Loader=_NoTimestampLoader)
                except yaml.YAMLError:
                    continue
                if qualifies(v):
                    name = f"{parts[2]}.{parts[4][:-4]}"
                    out.append((name, p, "", v, hashlib.sha256(raw).hexdigest()))
    return out


def units(family):
    repo, commit, path, lic = PINS[family]
    cands = candidates(family)
    cands.sort(key=lambda c: hashlib.sha256(f"{family}:{c[0]}".encode()).hexdigest())
    hosts, real = [], []
    for c in cands:
        if len(hosts) < N_HOSTS:
            hosts.append(c)
        elif len(real) < N_REAL and len(compact(c[3]).encode()) <= 12000 and all(
                compact(c[3]) != compact(h[3]) for h in hosts):
            real.append(c)
    mk = lambda c: {"name": c[0], "path": c[1], "pointer": c[2], "source_sha256": c[4], "schema": c[3]}
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "hosts": [mk(c) for c in hosts], "real": [mk(c) for c in real]}


def _names(src):
    got = {}
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, val = node.targets[0].id, node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, val = node.target.id, node.value
        else:
            continue
        if name not in ("first_names_male", "first_names_female", "last_names"):
            continue
        if isinstance(val, ast.Call):      # OrderedDict(((name, weight), ...)): keep the names
            got[name] = [k for k, _w in ast.literal_eval(val.args[0])]
        else:
            try:
                got[name] = list(ast.literal_eval(val))
            except ValueError:
                continue
    return got


def faker_tables():
    repo, commit, lic = FAKER
    out = {}
    for loc, (gsrc, fsrc) in FAKER_LOCALES.items():
        srcs = {}
        for p in sorted({gsrc, fsrc}):
            srcs[p] = git_show(repo, commit, f"faker/providers/person/{p}/__init__.py").decode()
        g, f = _names(srcs[gsrc]), _names(srcs[fsrc])
        out[loc] = {"paths": [f"faker/providers/person/{p}/__init__.py" for p in sorted(srcs)],
                    "source_sha256": {p: hashlib.sha256(s.encode()).hexdigest() for p, s in srcs.items()},
                    "first_names_male": g["first_names_male"], "first_names_female": g["first_names_female"],
                    "last_names": f["last_names"]}
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
                    "pointer": "/components/schemas/<Name>" if fam == "asana" else "(whole model file)",
                    "licence": u["licence"], "sha256": sha,
                    "source_sha256": "per unit (units[].source_sha256)"})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER[0], "commit": FAKER[1],
                "path": "faker/providers/person/{ar_AA,ar_PS,hi_IN,en_NZ}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names (ar_PS: given names from ar_AA)",
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
