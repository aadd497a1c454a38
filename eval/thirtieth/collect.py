#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ and real/amadeus/ (only needed to re-create them).

Needs git and PyYAML (6.0.x).  Nothing here runs code from the snapshots: the Faker name tables are read with
ast.literal_eval, the gitleaks config with tomllib, the API specs with json / yaml.safe_load (timestamps kept as
strings).  Whole Amadeus spec files chosen as real files are copied byte for byte.
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
REAL_AMADEUS = HERE / "real" / "amadeus"
MIRROR = Path("/work/.mirror")

AMADEUS = ("amadeus4dev/amadeus-open-api-specification", "d64e4c75f6f1a352824cddead504b3d582bc1b53", "spec/json/",
           "MIT (LICENSE)")
INTERCOM = ("intercom/Intercom-OpenAPI", "8889625a7b931d8649e18726e7f872ff073520fc",
            "descriptions/2.11/api.intercom.io.yaml", "MIT (LICENSE.md)")
FAKER = ("joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)")
FAKER_LOCALES = ["es_AR", "de_CH", "fr_CH"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["age-secret-key", "anthropic-api-key", "digitalocean-pat", "slack-bot-token", "sentry-user-token",
                  "pulumi-api-token", "rubygems-api-token", "prefect-api-token", "planetscale-password",
                  "shippo-api-token", "sendinblue-api-token", "dynatrace-api-token", "easypost-api-token",
                  "heroku-api-key-v2", "scalingo-api-token", "infracost-api-token", "jwt"]

N_HOSTS, N_REAL_AMADEUS, N_REAL_INTERCOM = 32, 26, 30


def git(repo, *args):
    gd = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), *args], check=True, capture_output=True).stdout


def git_show(repo, commit, path):
    return git(repo, "show", f"{commit}:{path}")


class _NoTimestampLoader(yaml.SafeLoader):
    pass


_NoTimestampLoader.yaml_implicit_resolvers = {
    k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def sha(b):
    return hashlib.sha256(b).hexdigest()


def qualifies(v):
    """An object schema with at least 2 root properties and 150-20,000 bytes of compact JSON."""
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    return 150 <= len(compact(v).encode()) <= 20000


def amadeus():
    """Spec files are ordered by sha256 of their path; the first 26 of at most 100 kB are real files (byte for byte);
    hosts are the first 32 qualifying definitions (ordered by sha256 of 'amadeus:<path>#<name>') of the other files
    whose content occurs in no real file and in no earlier host."""
    repo, commit, folder, lic = AMADEUS
    rows = git(repo, "ls-tree", "-l", commit, folder).decode().splitlines()
    files = [(r.split()[4], int(r.split()[3])) for r in rows if r.split()[4].endswith(".json")]
    files.sort(key=lambda f: sha(f[0].encode()))
    real = [p for p, n in files if n <= 100000][:N_REAL_AMADEUS]
    raws = {p: git_show(repo, commit, p) for p, _ in files}
    real_defs = set()
    for p in real:
        for v in json.loads(raws[p]).get("definitions", {}).values():
            real_defs.add(compact(v))
    cands = []
    for p, _ in files:
        if p in real:
            continue
        for k, v in json.loads(raws[p]).get("definitions", {}).items():
            if qualifies(v):
                cands.append((sha(f"amadeus:{p}#{k}".encode()), p, k, v))
    cands.sort(key=lambda c: c[0])
    hosts, seen = [], set()
    for _, p, k, v in cands:
        c = compact(v)
        if c in real_defs or c in seen or len(hosts) >= N_HOSTS:
            continue
        seen.add(c)
        stem = Path(p).name.split("_")[0]
        hosts.append({"name": f"{stem}.{k}", "path": p, "pointer": f"/definitions/{k}", "schema": v,
                      "source_sha256": sha(raws[p])})
    out = {"family": "amadeus", "repo": repo, "commit": commit, "path": folder, "licence": lic, "hosts": hosts,
           "real_files": [{"path": p, "sha256": sha(raws[p])} for p in real]}
    return out, {p: raws[p] for p in real}


def intercom():
    """Component schemas ordered by sha256 of 'intercom:<name>'; the first 32 qualifying are hosts, the next 30 of at
    most 12,000 bytes whose content equals no host's are real files."""
    repo, commit, path, lic = INTERCOM
    raw = git_show(repo, commit, path)
    doc = yaml.load(raw.decode(), Loader=_NoTimestampLoader)
    schemas = doc["components"]["schemas"]
    cands = sorted((sha(f"intercom:{k}".encode()), k) for k, v in schemas.items() if qualifies(v))
    hosts, real = [], []
    for _, k in cands:
        v = schemas[k]
        if len(hosts) < N_HOSTS:
            hosts.append(k)
        elif len(real) < N_REAL_INTERCOM and len(compact(v).encode()) <= 12000 and all(
                compact(v) != compact(schemas[h]) for h in hosts):
            real.append(k)
    unit = lambda k: {"name": k, "path": path, "pointer": f"/components/schemas/{k}", "schema": schemas[k]}
    return {"family": "intercom", "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": sha(raw), "hosts": [unit(k) for k in hosts], "real": [unit(k) for k in real]}


def faker_tables():
    repo, commit, lic = FAKER
    out = {}
    for loc in FAKER_LOCALES:
        src = git_show(repo, commit, f"faker/providers/person/{loc}/__init__.py").decode()
        got = {}
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                tgt = node.targets[0] if isinstance(node, ast.Assign) else node.target
                if not isinstance(tgt, ast.Name) or tgt.id not in ("first_names_male", "first_names_female",
                                                                     "last_names"):
                    continue
                val = node.value
                if isinstance(val, ast.Call):          # OrderedDict((name, weight), ...): keep the names
                    arg = val.args[0]
                    lit = ast.literal_eval(arg)
                    got[tgt.id] = list(lit.keys()) if isinstance(lit, dict) else [k for k, _w in lit]
                else:
                    got[tgt.id] = list(ast.literal_eval(val))
        assert set(got) == {"first_names_male", "first_names_female", "last_names"}, (loc, list(got))
        out[loc] = {"path": f"faker/providers/person/{loc}/__init__.py", "source_sha256": sha(src.encode()), **got}
    return out


def gitleaks_rules():
    repo, commit, path, lic = GITLEAKS
    raw = git_show(repo, commit, path)
    conf = tomllib.loads(raw.decode())
    rules = [{k: r[k] for k in ("id", "description", "regex", "keywords", "entropy") if k in r}
             for r in conf["rules"] if r["id"] in GITLEAKS_RULES]
    assert len(rules) == len(GITLEAKS_RULES)
    return rules, sha(raw)


def write(name, obj):
    p = SRC / name
    p.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return sha(p.read_bytes())


def main():
    SRC.mkdir(exist_ok=True)
    REAL_AMADEUS.mkdir(parents=True, exist_ok=True)
    man = []
    a, real_raw = amadeus()
    h = write("amadeus-units.json", a)
    man.append({"file": "amadeus-units.json", "repo": a["repo"], "commit": a["commit"], "path": a["path"] + "*.json",
                "pointer": "/definitions/<Name>", "licence": a["licence"], "sha256": h,
                "source_sha256": {u["path"]: u["source_sha256"] for u in a["hosts"]}})
    for p, raw in real_raw.items():
        (REAL_AMADEUS / Path(p).name).write_bytes(raw)
    i = intercom()
    h = write("intercom-units.json", i)
    man.append({"file": "intercom-units.json", "repo": i["repo"], "commit": i["commit"], "path": i["path"],
                "pointer": "/components/schemas/<Name>", "licence": i["licence"], "sha256": h,
                "source_sha256": i["source_sha256"]})
    ft = faker_tables()
    h = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER[0], "commit": FAKER[1],
                "path": "faker/providers/person/{" + ",".join(FAKER_LOCALES) + "}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names", "licence": FAKER[2], "sha256": h,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    h = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": h,
                "source_sha256": src_sha})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
