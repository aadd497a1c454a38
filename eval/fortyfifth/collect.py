#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the faker-js name tables (TypeScript data modules) are read as
text (quoted string literals inside the named arrays), the gitleaks config with tomllib, the Vega-Lite and Adaptive
Cards schema files with json.
"""
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
    "vegalite": ("vega/vega-lite", "4c03edb62dbc1cee09a5ab3b25efb1fce367de54", "build/vega-lite-schema.json",
                 "BSD-3-Clause (LICENSE)"),
    "adaptivecards": ("microsoft/AdaptiveCards", "644d933e185a8482c4dcf4c375d177aac37fd095",
                      "schemas/1.6.0/adaptive-card.json", "MIT (LICENSE)"),
}
FAKER_REPO, FAKER_COMMIT, FAKER_LIC = "faker-js/faker", "e3858f221bb3b6e1278933c0b8e0d98da6854e52", "MIT (LICENSE)"
FAKER_LOCALES = ["sr_RS_latin", "ne"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["github-app-token", "github-oauth", "slack-app-token", "slack-webhook-url", "square-access-token",
                  "clojars-api-token", "adobe-client-secret", "alibaba-access-key-id", "duffel-api-token",
                  "easypost-api-token", "frameio-api-token", "flutterwave-secret-key", "readme-api-token",
                  "scalingo-api-token", "sendinblue-api-token", "shippo-api-token"]

N_HOSTS = 24
N_REAL = {"vegalite": 10, "adaptivecards": 10}   # at most; qualifying non-host units up to this


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


def schemas_of(family):
    """name -> (path#pointer, schema) in source order, and a sha256 over the source bytes read."""
    repo, commit, path, lic = PINS[family]
    h = hashlib.sha256()
    out = {}
    seen = set()
    raw = git_show(repo, commit, path)
    h.update(path.encode() + b"\0" + raw)
    doc = json.loads(raw.decode())
    for k, v in (doc.get("definitions") or {}).items():
        c = compact(v)
        if c in seen:
            continue
        seen.add(c)
        out[k] = (f"{path}#/definitions/{tok(k)}", v)
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
    assert len(hosts) == N_HOSTS, (family, len(hosts))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": src_sha,
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


STR_RX = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def ts_arrays(src):
    """Named arrays of string literals in a faker-js locale data module (export default { key: [ '...', ], })."""
    out = {}
    for m in re.finditer(r"(\w+):\s*\[(.*?)\]", src, re.S):
        out[m[1]] = [(a or b).replace("\\'", "'") for a, b in STR_RX.findall(m[2])]
    return out


def faker_tables():
    out = {}
    for loc in FAKER_LOCALES:
        entry = {"commit": FAKER_COMMIT, "paths": {}, "source_sha256": {}}
        for part in ("first_name", "last_name"):
            p = f"src/locales/{loc}/person/{part}.ts"
            src = git_show(FAKER_REPO, FAKER_COMMIT, p).decode()
            entry["paths"][part] = p
            entry["source_sha256"][part] = hashlib.sha256(src.encode()).hexdigest()
            arr = ts_arrays(src)
            if part == "first_name":
                entry["first_names_female"] = [x.strip() for x in arr["female"] if x.strip()]
                entry["first_names_male"] = [x.strip() for x in arr["male"] if x.strip()]
            else:
                entry["last_names"] = [x.strip() for x in arr["generic"] if x.strip()]
        for k in ("first_names_male", "first_names_female", "last_names"):
            assert len(entry[k]) >= 10, (loc, k)
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
                    "pointer": "<schema file>#/definitions/<Name>",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO, "commit": FAKER_COMMIT,
                "path": "src/locales/{sr_RS_latin,ne}/person/{first_name,last_name}.ts",
                "pointer": "female, male (first_name.ts); generic (last_name.ts)",
                "licence": FAKER_LIC, "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["vegalite"][0], PINS["vegalite"][1], "LICENSE"), (PINS["adaptivecards"][0], PINS["adaptivecards"][1], "LICENSE"),
                 (FAKER_REPO, FAKER_COMMIT, "LICENSE"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
