#!/usr/bin/env python3
"""Re-create sources/ from the pinned snapshots under /work/.mirror (needs git + PyYAML).

Units:
  netlify  netlify/open-api@<commit>:swagger.yml#/definitions/<Name>   (Swagger 2.0, MIT)
  matrix   matrix-org/matrix-spec@<commit>:data/**.yaml                 (stand-alone JSON Schemas in YAML, Apache-2.0)
A unit qualifies when it is an object schema with at least 2 root `properties` and 150-20,000 bytes of compact
JSON. Units are ordered by sha256 of "<family>:<name>"; the first 32 are hosts, the next 30 with at most 12,000
bytes are real files. Also copies the fakernaija name lists and the gitleaks rules used.
"""
import hashlib, json, subprocess, sys, tomllib
from pathlib import Path
import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")
NETLIFY = ("netlify/open-api", "650803172c55155ec34dcad94602e058477a4a98", "swagger.yml", "MIT (LICENSE)")
MATRIX = ("matrix-org/matrix-spec", "d0ba2aaef801e0134a4e5c6054a2c2f41bb55531", "data", "Apache-2.0 (LICENSE)")
NAMES = ("Pythonian/fakernaija", "323257a39f84fb38f0c45ea51f4b2c7f4a8472a4",
         ["fakernaija/data/names/first_names.json", "fakernaija/data/names/last_names.json"], "MIT (LICENSE)")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
RULES = ["github-fine-grained-pat", "gitlab-pat", "npm-access-token", "shopify-access-token", "linear-api-key",
         "doppler-api-token", "postman-api-token", "grafana-service-account-token", "databricks-api-token",
         "huggingface-access-token", "aws-access-token", "rubygems-api-token", "planetscale-password",
         "alibaba-access-key-id"]


class NoDates(yaml.SafeLoader):
    pass


NoDates.yaml_implicit_resolvers = {k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
                                   for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def git_show(repo, commit, path) -> bytes:
    gd = MIRROR / (repo.replace("/", "+")) / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def git_ls(repo, commit, path):
    gd = MIRROR / (repo.replace("/", "+")) / "repo"
    out = subprocess.run(["git", "--git-dir", str(gd), "ls-tree", "-r", "--name-only", commit, path],
                         check=True, capture_output=True, text=True).stdout
    return out.split()


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False)


def qualifies(s):
    return (isinstance(s, dict) and isinstance(s.get("properties"), dict) and len(s["properties"]) >= 2
            and 150 <= len(compact(s).encode()) <= 20000)


def order(family, names):
    return sorted(names, key=lambda n: hashlib.sha256(f"{family}:{n}".encode()).hexdigest())


def pick(family, units):
    names = order(family, [n for n, u in units.items() if qualifies(u["schema"])])
    hosts = names[:32]
    real = [n for n in names[32:] if len(compact(units[n]["schema"]).encode()) <= 12000][:30]
    return {"hosts": {n: units[n] for n in hosts}, "real": {n: units[n] for n in real}}


def main():
    SRC.mkdir(exist_ok=True)
    manifest = []
    # netlify
    repo, commit, path, lic = NETLIFY
    raw = git_show(repo, commit, path)
    spec = yaml.load(raw, Loader=NoDates)
    units = {n: {"path": path, "pointer": f"/definitions/{n}", "schema": s} for n, s in spec["definitions"].items()}
    out = pick("netlify", units)
    # matrix
    repo2, commit2, root2, lic2 = MATRIX
    units2 = {}
    for p in git_ls(repo2, commit2, root2):
        if not p.endswith((".yaml", ".yml", ".json")) or "/examples/" in p:
            continue
        try:
            d = yaml.load(git_show(repo2, commit2, p), Loader=NoDates)
        except yaml.YAMLError:
            continue
        if not isinstance(d, dict) or "openapi" in d or "swagger" in d or "paths" in d:
            continue
        units2[p.split("/")[-1].rsplit(".", 1)[0] + "@" + p] = {"path": p, "pointer": "", "schema": d}
    out2 = pick("matrix", units2)
    for fam, o, (rp, cm, _, lc), rawsha in (("netlify", out, NETLIFY, hashlib.sha256(raw).hexdigest()),
                                            ("matrix", out2, MATRIX, None)):
        fn = f"{fam}.units.json"
        data = json.dumps(o, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
        (SRC / fn).write_text(data, encoding="utf-8")
        manifest.append({"file": fn, "repo": rp, "commit": cm, "path": NETLIFY[2] if fam == "netlify" else "data/**",
                         "pointer": "/definitions/<Name>" if fam == "netlify" else "(whole file)", "licence": lc,
                         "sha256": hashlib.sha256(data.encode()).hexdigest(), "source_sha256": rawsha})
    # names
    repo3, commit3, paths3, lic3 = NAMES
    names = {}
    for p in paths3:
        b = git_show(repo3, commit3, p)
        names[p.rsplit("/", 1)[-1].replace(".json", "")] = json.loads(b)
    data = json.dumps(names, indent=1, ensure_ascii=False) + "\n"
    (SRC / "fakernaija-names.json").write_text(data, encoding="utf-8")
    manifest.append({"file": "fakernaija-names.json", "repo": repo3, "commit": commit3, "path": ",".join(paths3),
                     "pointer": "", "licence": lic3, "sha256": hashlib.sha256(data.encode()).hexdigest(),
                     "source_sha256": None})
    # gitleaks
    repo4, commit4, path4, lic4 = GITLEAKS
    b = git_show(repo4, commit4, path4)
    cfg = tomllib.loads(b.decode())
    rules = [{k: r[k] for k in ("id", "description", "regex", "keywords") if k in r}
             for r in cfg["rules"] if r["id"] in RULES]
    data = json.dumps(rules, indent=1, ensure_ascii=False) + "\n"
    (SRC / "gitleaks-rules.json").write_text(data, encoding="utf-8")
    manifest.append({"file": "gitleaks-rules.json", "repo": repo4, "commit": commit4, "path": path4, "pointer": "",
                     "licence": lic4, "sha256": hashlib.sha256(data.encode()).hexdigest(),
                     "source_sha256": hashlib.sha256(b).hexdigest()})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in manifest))
    print({m["file"]: m["sha256"][:12] for m in manifest},
          len(out["hosts"]), len(out["real"]), len(out2["hosts"]), len(out2["real"]))


if __name__ == "__main__":
    main()
