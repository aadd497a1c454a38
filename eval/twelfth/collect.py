"""Re-create sources/ from the pinned snapshots under /work/.mirror (needs git + pyyaml).
Writes JSON subsets of the host specs, the name lists and the gitleaks rules, plus sources/MANIFEST.jsonl."""
import hashlib, json, os, subprocess, sys
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
MIRROR = "/work/.mirror"

PINS = [
    # (local file, owner/repo, commit, path, licence, kind)
    ("hosts/lob.subset.json", "lob/lob-openapi", "539ed451fc9f3af0d4b1ee01348c095126c64df3",
     "dist/lob-api-bundled.yml", "MIT (LICENSE, (c) 2020 Lob)", "openapi3"),
    ("hosts/casdoor.subset.json", "casdoor/casdoor", "e6b2338f8955455254ec2f48ef0a0390cbef9ec5",
     "swagger/swagger.yml", "Apache-2.0 (LICENSE)", "swagger2"),
    ("hosts/supabase-auth.subset.json", "supabase/auth", "bc32168e13fdc928c98b449fc76bc3fdb9a293c5",
     "openapi.yaml", "MIT (LICENSE, (c) 2021-2025 Supabase)", "openapi3"),
    ("names/male_en.txt", "armanyazdi/persian-names", "d87db4d1abbd96b3858b69f714841fd93c0bf092",
     "persian_names/data/male_en.txt", "MIT (LICENSE, (c) Arman Yazdi)", "text"),
    ("names/female_en.txt", "armanyazdi/persian-names", "d87db4d1abbd96b3858b69f714841fd93c0bf092",
     "persian_names/data/female_en.txt", "MIT (LICENSE, (c) Arman Yazdi)", "text"),
    ("names/male_fa.txt", "armanyazdi/persian-names", "d87db4d1abbd96b3858b69f714841fd93c0bf092",
     "persian_names/data/male_fa.txt", "MIT (LICENSE, (c) Arman Yazdi)", "text"),
    ("names/female_fa.txt", "armanyazdi/persian-names", "d87db4d1abbd96b3858b69f714841fd93c0bf092",
     "persian_names/data/female_fa.txt", "MIT (LICENSE, (c) Arman Yazdi)", "text"),
    ("names/region_en.txt", "armanyazdi/persian-names", "d87db4d1abbd96b3858b69f714841fd93c0bf092",
     "persian_names/data/region_en.txt", "MIT (LICENSE, (c) Arman Yazdi)", "text"),
    ("names/region_fa.txt", "armanyazdi/persian-names", "d87db4d1abbd96b3858b69f714841fd93c0bf092",
     "persian_names/data/region_fa.txt", "MIT (LICENSE, (c) Arman Yazdi)", "text"),
    ("rules/gitleaks.toml", "gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b",
     "config/gitleaks.toml", "MIT", "text"),
]

KEEP_OP = ("operationId", "summary", "description", "tags", "parameters", "requestBody", "consumes")


def git_show(repo, commit, path):
    d = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "-C", d, "show", f"{commit}:{path}"], check=True, capture_output=True).stdout


def subset(doc, kind):
    out = {"info": {"title": doc.get("info", {}).get("title"), "version": doc.get("info", {}).get("version")}}
    ops = []
    for path, item in doc.get("paths", {}).items():
        common = item.get("parameters", [])
        for m in ("get", "post", "put", "patch", "delete"):
            if m not in item:
                continue
            op = {k: v for k, v in item[m].items() if k in KEEP_OP}
            if common:
                op["parameters"] = list(common) + list(op.get("parameters", []))
            op["method"], op["path"] = m, path
            resp = (item[m].get("responses") or {})
            ops.append(op)
    out["operations"] = ops
    if kind == "swagger2":
        out["definitions"] = doc.get("definitions", {})
    else:
        comp = doc.get("components", {})
        out["components"] = {k: comp.get(k, {}) for k in ("schemas", "parameters", "requestBodies")}
    return out


def main():
    rows = []
    for local, repo, commit, path, lic, kind in PINS:
        raw = git_show(repo, commit, path)
        dest = os.path.join(SRC, local)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        if kind == "text":
            data = raw
        else:
            doc = yaml.safe_load(raw)
            data = (json.dumps(subset(doc, kind), indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode()
        with open(dest, "wb") as f:
            f.write(data)
        rows.append({"file": local, "repo": repo, "commit": commit, "path": path, "licence": lic,
                     "source_sha256": hashlib.sha256(raw).hexdigest(), "sha256": hashlib.sha256(data).hexdigest()})
    with open(os.path.join(SRC, "MANIFEST.jsonl"), "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "sources written")


if __name__ == "__main__":
    main()
