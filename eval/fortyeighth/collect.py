#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the faker-js name tables (TypeScript data modules) are read as
text (quoted string literals inside the named arrays), the gitleaks config with tomllib, the Compose and WinGet schema
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

PINS = {
    "compose": ("compose-spec/compose-spec", "170098ba07d9f53c383a41bfd4c5166b0a4529a6", "schema/compose-spec.json",
                "Apache-2.0 (LICENSE)"),
    "winget": ("microsoft/winget-cli", "fa3d9e511d1bd9bed2f1b72e9f0fa25323e7f3eb",
               "schemas/JSON/manifests/{v*,preview}/*.json", "MIT (LICENSE)"),
}
FAKER_REPO, FAKER_COMMIT, FAKER_LIC = "faker-js/faker", "e3858f221bb3b6e1278933c0b8e0d98da6854e52", "MIT (LICENSE)"
# locale -> (its own tables, the fallback locale whose tables faker-js uses for what the locale lacks)
FAKER_LOCALES = {"en_HK": "en", "fr_LU": "fr"}
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["anthropic-admin-api-key", "vault-batch-token", "1password-service-account-token",
                  "1password-secret-key", "slack-config-access-token", "slack-config-refresh-token",
                  "slack-legacy-token", "slack-legacy-workspace-token", "facebook-page-access-token",
                  "intra42-client-secret", "gitlab-feature-flag-client-token", "gitlab-session-cookie",
                  "huggingface-organization-api-token", "airtable-personnal-access-token",
                  "aws-amazon-bedrock-api-key-long-lived", "jwt"]

N_HOSTS = 24
N_REAL = {"compose": 10, "winget": 10}   # at most; qualifying non-host units up to this


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
    """The schema itself, its definitions / $defs entries and every nested object schema below properties, items,
    additionalProperties, patternProperties and the *Of lists, depth first in source order."""
    if not isinstance(v, dict):
        return
    out.append((name, ptr, v))
    for dk in ("definitions", "$defs"):
        for k, s in (v.get(dk) or {}).items() if isinstance(v.get(dk), dict) else []:
            walk(f"{name}.{k}", f"{ptr}/{dk}/{tok(k)}", s, out)
    for k, s in (v.get("properties") or {}).items() if isinstance(v.get("properties"), dict) else []:
        walk(f"{name}.{k}", f"{ptr}/properties/{tok(k)}", s, out)
    for k, s in (v.get("patternProperties") or {}).items() if isinstance(v.get("patternProperties"), dict) else []:
        walk(f"{name}.pp{len(out)}", f"{ptr}/patternProperties/{tok(k)}", s, out)
    for dk in ("items", "additionalProperties"):
        if isinstance(v.get(dk), dict):
            walk(f"{name}.{dk}", f"{ptr}/{dk}", v[dk], out)
    for dk in ("oneOf", "anyOf", "allOf"):
        if isinstance(v.get(dk), list):
            for i, s in enumerate(v[dk]):
                walk(f"{name}.{dk}{i}", f"{ptr}/{dk}/{i}", s, out)


def schemas_of(family):
    """name -> (path#pointer, schema) in source order, and a sha256 over the source bytes read."""
    repo, commit, path, lic = PINS[family]
    h = hashlib.sha256()
    out = {}
    seen = set()
    if family == "compose":
        files = [path]
    else:
        files = sorted(f for f in ls_tree(repo, commit)
                       if re.fullmatch(r"schemas/JSON/manifests/(v[\d.]+|preview)/[^/]+\.json", f))
    for f in files:
        raw = git_show(repo, commit, f)
        h.update(f.encode() + b"\0" + raw)
        doc = json.loads(raw.decode("utf-8-sig"))
        if family == "compose":
            stem = "compose"
        else:
            stem = re.sub(r"^manifest\.", "", f.split("/")[-1][:-5]).replace(".", "_")
        items = []
        walk(stem, "", doc, items)
        for name, ptr, v in items:
            c = compact(v)
            if c in seen:
                continue
            seen.add(c)
            out[name] = (f"{f}#{ptr}", v)
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
    print(family, "qualifying units:", len(cands))
    return {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
            "source_sha256": src_sha, "qualifying_units": len(cands),
            "hosts": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in hosts],
            "real": [{"name": n, "pointer": schemas[n][0], "schema": schemas[n][1]} for n in real]}


STR_RX = re.compile(r"'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"")


def ts_arrays(src):
    """Named arrays of string literals in a faker-js locale data module (export default { key: [ '...', ], })."""
    out = {}
    for m in re.finditer(r"(\w+):\s*\[(.*?)\]", src, re.S):
        out[m[1]] = [(a or b).replace("\\'", "'") for a, b in STR_RX.findall(m[2])]
    return out


def ts_table(loc, part):
    p = f"src/locales/{loc}/person/{part}.ts"
    try:
        src = git_show(FAKER_REPO, FAKER_COMMIT, p).decode()
    except subprocess.CalledProcessError:
        return None, None, None
    return p, hashlib.sha256(src.encode()).hexdigest(), ts_arrays(src)


def faker_tables():
    """Each locale's own first_name / last_name tables, and for a table the locale lacks, the fallback locale's (as
    faker-js composes names for the locale)."""
    out = {}
    for loc, fb in FAKER_LOCALES.items():
        entry = {"commit": FAKER_COMMIT, "fallback": fb, "paths": {}, "source_sha256": {}}
        for part in ("first_name", "last_name"):
            p, sha, arr = ts_table(loc, part)
            if p is None:
                p, sha, arr = ts_table(fb, part)
            entry["paths"][part] = p
            entry["source_sha256"][part] = sha
            if part == "first_name":
                entry["first_names_female"] = [x.strip() for x in arr["female"] if x.strip()]
                entry["first_names_male"] = [x.strip() for x in arr["male"] if x.strip()]
            else:
                entry["last_names"] = [x.strip() for x in arr["generic"] if x.strip()]
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
                    "pointer": "<schema file>#<pointer of the root, a definitions entry or a nested object schema>",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO, "commit": FAKER_COMMIT,
                "path": "src/locales/{en_HK,fr_LU,en,fr}/person/{first_name,last_name}.ts",
                "pointer": "female, male (first_name.ts); generic (last_name.ts); per locale, its own table or its "
                           "fallback's",
                "licence": FAKER_LIC, "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["compose"][0], PINS["compose"][1], "LICENSE"), (PINS["winget"][0], PINS["winget"][1], "LICENSE"),
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
