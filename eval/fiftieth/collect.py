#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the faker-js name tables (TypeScript data modules) are read as
text (quoted string literals inside the named arrays), the gitleaks config with tomllib, the HSDS and DCAT-US schema
files with json.
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

# family -> list of (repo, commit, path regex, licence, licence file)
PINS = {
    "hsds": [("openreferral/specification", "279fd2eb3552c349bf698c07c00cc25f5fc8249b",
              r"schema/(?:compiled/)?[a-z_]+\.json", "CC-BY-SA-4.0 (LICENSE: Creative Commons Attribution Share-Alike "
              "4.0; Open Referral)", "LICENSE")],
    "dcatus": [("DOI-DO/dcat-us", "bec44686ff1ada05a56e9ef44fe99557e1627261", r"jsonschema/.+\.json",
                "CC0-1.0 (LICENSE.md: US Government work, CC0 1.0 dedication)", "LICENSE.md"),
               ("project-open-data/project-open-data.github.io", "f136070aa9fea595277f6ebd1cd66f57ff504dfd",
                r"(?:v1\.1/)?schema/.+\.json", "CC0-1.0 (LICENSE.md: US Government work, CC0 1.0 dedication)",
                "LICENSE.md")],
}
EXCLUDE = {"schema/openapi.json", "schema/compiled/tabular.json"}   # an OpenAPI document, a tabular-format descriptor
FAKER_REPO, FAKER_COMMIT, FAKER_LIC = "faker-js/faker", "e3858f221bb3b6e1278933c0b8e0d98da6854e52", "MIT (LICENSE)"
FAKER_LOCALES = ["ur", "az"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["aws-amazon-bedrock-api-key-short-lived", "gitlab-pat-routable", "grafana-api-key",
                  "sentry-org-token", "settlemint-application-access-token", "settlemint-service-access-token",
                  "slack-legacy-bot-token", "sidekiq-sensitive-url", "easypost-test-api-token",
                  "flutterwave-encryption-key", "flutterwave-public-key", "microsoft-teams-webhook",
                  "authress-service-client-access-key", "facebook-access-token", "jwt-base64"]

N_HOSTS = 24
N_REAL = {"hsds": 10, "dcatus": 10}   # at most; qualifying non-host units up to this


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


def walk(v, name, ptr, out):
    """The schema itself, its definitions / $defs, and every object schema nested below properties,
    patternProperties, items, additionalProperties, oneOf / anyOf / allOf."""
    if not isinstance(v, dict):
        return
    out.append((name, ptr, v))
    for dk in ("definitions", "$defs"):
        if isinstance(v.get(dk), dict):
            for k, s in v[dk].items():
                walk(s, f"{name}.{k}", f"{ptr}/{dk}/{tok(k)}", out)
    for pk in ("properties", "patternProperties"):
        if isinstance(v.get(pk), dict):
            for k, s in v[pk].items():
                walk(s, f"{name}.{k}", f"{ptr}/{pk}/{tok(k)}", out)
    for k in ("items", "additionalProperties"):
        if isinstance(v.get(k), dict):
            walk(v[k], f"{name}.{k}", f"{ptr}/{k}", out)
    for k in ("oneOf", "anyOf", "allOf"):
        if isinstance(v.get(k), list):
            for i, s in enumerate(v[k]):
                walk(s, f"{name}.{k}{i}", f"{ptr}/{k}/{i}", out)


def schemas_of(family):
    """name -> (repo, commit, path#pointer, licence, schema) in source order, and a sha256 over the source bytes."""
    h = hashlib.sha256()
    out = {}
    seen = set()
    for repo, commit, rx, lic, _ in PINS[family]:
        files = sorted(f for f in ls_tree(repo, commit) if re.fullmatch(rx, f) and f not in EXCLUDE)
        for f in files:
            raw = git_show(repo, commit, f)
            h.update(repo.encode() + b"\0" + f.encode() + b"\0" + raw)
            doc = json.loads(raw.decode())
            stem = re.sub(r"\.json$", "", f)
            for a, b in (("schema/compiled/", "compiled_"), ("jsonschema/definitions/", "dcat3_"),
                         ("jsonschema/", "dcat3_"), ("v1.1/schema/", "pod11_"), ("schema/1_0_final/", "pod10_"),
                         ("schema/", "")):
                if stem.startswith(a):
                    stem = b + stem[len(a):]
                    break
            stem = re.sub(r"[^0-9A-Za-z_]+", "_", stem).strip("_")
            items = []
            walk(doc, stem, "", items)
            for name, ptr, v in items:
                c = compact(v)
                if c in seen:
                    continue
                seen.add(c)
                if name in out:
                    continue
                out[name] = (repo, commit, f"{f}#{ptr}", lic, v)
    return out, h.hexdigest()


def units(family):
    schemas, src_sha = schemas_of(family)
    cands = [(hashlib.sha256(f"{family}:{k}".encode()).hexdigest(), k) for k, t in schemas.items() if qualifies(t[4])]
    cands.sort()
    hosts, real = [], []
    for _, name in cands:
        v = schemas[name][4]
        if len(hosts) < N_HOSTS:
            hosts.append(name)
        elif len(real) < N_REAL[family] and all(compact(v) != compact(schemas[h][4]) for h in hosts) and \
                all(compact(v) != compact(schemas[r][4]) for r in real):
            real.append(name)
    assert len(hosts) == N_HOSTS and len(real) == N_REAL[family], (family, len(hosts), len(real))
    mk = lambda n: {"name": n, "repo": schemas[n][0], "commit": schemas[n][1], "pointer": schemas[n][2],
                    "licence": schemas[n][3], "schema": schemas[n][4]}
    return {"family": family, "repos": [{"repo": p[0], "commit": p[1], "path": p[2], "licence": p[3]}
                                        for p in PINS[family]],
            "qualifying": len(cands), "source_sha256": src_sha,
            "hosts": [mk(n) for n in hosts], "real": [mk(n) for n in real]}


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
            clean = lambda xs: [x.strip() for x in xs if x.strip()]
            if part == "first_name":
                entry["first_names_female"] = clean(arr["female"])
                entry["first_names_male"] = clean(arr["male"])
            elif "female" in arr:       # gendered family names (az): Quliyeva / Quliyev
                entry["last_names_female"] = clean(arr["female"])
                entry["last_names_male"] = clean(arr["male"])
            else:
                entry["last_names_female"] = entry["last_names_male"] = clean(arr["generic"])
        for k in ("first_names_male", "first_names_female", "last_names_female", "last_names_male"):
            assert len(entry[k]) >= 10, (loc, k, len(entry[k]))
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
        for p in PINS[fam]:
            man.append({"file": f"{fam}-units.json", "repo": p[0], "commit": p[1], "path": p[2],
                        "pointer": "<schema file>#<pointer of the unit: root, definitions / $defs, nested object>",
                        "licence": p[3], "sha256": sha, "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO, "commit": FAKER_COMMIT,
                "path": "src/locales/{ur,az}/person/{first_name,last_name}.ts",
                "pointer": "female, male (first_name.ts); generic (ur) or female, male (az) (last_name.ts)",
                "licence": FAKER_LIC, "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(p[0], p[1], p[4]) for fam in PINS for p in PINS[fam]] + \
        [(FAKER_REPO, FAKER_COMMIT, "LICENSE"), (GITLEAKS[0], GITLEAKS[1], "LICENSE")]
    for repo, commit, path in lic_files:
        name = f"{repo.replace('/', '+')}@{commit[:12]}.{path}"
        (lic_dir / name).write_bytes(git_show(repo, commit, path))
        man.append({"file": f"licences/{name}", "repo": repo, "commit": commit, "path": path, "pointer": "",
                    "licence": "the licence text itself",
                    "sha256": hashlib.sha256((lic_dir / name).read_bytes()).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
