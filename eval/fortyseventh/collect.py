#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git.  Nothing here runs code from the snapshots: the faker-js name tables (TypeScript data modules) are read as
text (quoted string literals inside the named arrays), the gitleaks config with tomllib, the DAP and SARIF schema
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
    "dap": ("microsoft/debug-adapter-protocol", "e34479c39ed4973210115872c8e118c097a50d4a",
            "debugAdapterProtocol.json", "MIT (License-code.txt); documentation CC BY (License.txt)"),
    "sarif": ("microsoft/sarif-sdk", "a4dbd243d9586b7d60b5ea21841d991e73b36f3b",
              "src/Sarif/Schemata/{sarif-2.1.0,Sarif-1.0.0.schema,sarif-external-property-file-2.1.0}.json",
              "MIT (LICENSE)"),
}
FAMILY_FILES = {"dap": ["debugAdapterProtocol.json"],
                "sarif": ["src/Sarif/Schemata/sarif-2.1.0.json", "src/Sarif/Schemata/Sarif-1.0.0.schema.json",
                          "src/Sarif/Schemata/sarif-external-property-file-2.1.0.json"]}
FAKER_REPO, FAKER_COMMIT, FAKER_LIC = "faker-js/faker", "e3858f221bb3b6e1278933c0b8e0d98da6854e52", "MIT (LICENSE)"
FAKER_LOCALES = ["en_AU_ocker", "uz_UZ_latin"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["gitlab-feed-token", "gitlab-incoming-mail-token", "gitlab-oauth-app-secret", "gitlab-scim-token",
                  "gitlab-kubernetes-agent-token", "gitlab-cicd-job-token", "flyio-access-token",
                  "shopify-private-app-access-token", "openshift-user-token", "digitalocean-access-token",
                  "digitalocean-refresh-token", "settlemint-personal-access-token", "maxmind-license-key",
                  "cloudflare-origin-ca-key", "clickhouse-cloud-api-secret-key", "planetscale-oauth-token"]

N_HOSTS = 24
N_REAL = {"dap": 10, "sarif": 10}   # at most; qualifying non-host units up to this


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
    """name -> (path#pointer, schema) in source order, and a sha256 over the source bytes read.  Each root and each
    entry of `definitions` is a candidate unit; a content equal to an earlier one is skipped."""
    repo, commit, path, lic = PINS[family]
    h = hashlib.sha256()
    out = {}
    seen = set()
    for f in FAMILY_FILES[family]:
        raw = git_show(repo, commit, f)
        h.update(f.encode() + b"\0" + raw)
        doc = json.loads(raw.decode("utf-8-sig"))
        stem = f.split("/")[-1][:-len(".json")].replace(".schema", "").lower()
        if family == "dap":
            stem = "dap"
        items = [(stem, "", doc)] + [(f"{stem}.{k}", f"/definitions/{tok(k)}", v)
                                     for k, v in (doc.get("definitions") or {}).items()]
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
            if part == "first_name":    # en_AU_ocker has only a generic list: it serves both pools
                entry["first_names_female"] = [x.strip() for x in arr.get("female", arr["generic"]) if x.strip()]
                entry["first_names_male"] = [x.strip() for x in arr.get("male", arr["generic"]) if x.strip()]
            else:
                entry["last_names"] = [x.strip() for x in arr["generic"] if x.strip()]
        for k in ("first_names_male", "first_names_female", "last_names"):
            assert len(entry[k]) >= 20, (loc, k)
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
                    "pointer": "<schema file>#/definitions/<Name> and roots",
                    "licence": u["licence"], "sha256": sha, "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER_REPO, "commit": FAKER_COMMIT,
                "path": "src/locales/{en_AU_ocker,uz_UZ_latin}/person/{first_name,last_name}.ts",
                "pointer": "female, male or generic (first_name.ts); generic (last_name.ts)",
                "licence": FAKER_LIC, "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    lic_dir = SRC / "licences"
    lic_dir.mkdir(exist_ok=True)
    lic_files = [(PINS["dap"][0], PINS["dap"][1], "License-code.txt"), (PINS["dap"][0], PINS["dap"][1], "License.txt"),
                 (PINS["sarif"][0], PINS["sarif"][1], "LICENSE"),
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
