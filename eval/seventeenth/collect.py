"""Re-create sources/ from pinned snapshots (/work/.mirror) and the installed Faker.

Needs git, pyyaml and faker 40.63.0. Only needed to re-create sources/; build.py is offline.
"""
import hashlib, importlib, json, os, subprocess, tomllib
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
HOST = ("ShipEngine/shipengine-openapi", "f77943e5bfd154adde33780c25e5b0f22a319fbf", "openapi.yaml",
        "/work/.mirror/ShipEngine+shipengine-openapi/repo")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml",
            "/work/.mirror/gitleaks+gitleaks/repo")
RULES = ["flyio-access-token", "intra42-client-secret", "sendinblue-api-token", "travisci-access-token", "jwt"]
LOCALES = ["uz_UZ", "gu_IN", "ne_NP"]
METHODS = ("get", "post", "put", "patch", "delete")


def git_show(repo_dir, commit, path):
    return subprocess.run(["git", "--git-dir", repo_dir, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def sha(b):
    return hashlib.sha256(b).hexdigest()


def dump(rel, obj):
    p = os.path.join(SRC, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    b = (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    with open(p, "wb") as f:
        f.write(b)
    return sha(b)


def main():
    man = []
    raw = git_show(HOST[3], HOST[1], HOST[2])
    spec = yaml.safe_load(raw)
    ops = []
    for path, item in spec["paths"].items():
        common = item.get("parameters", [])
        for m in METHODS:
            if m not in item:
                continue
            op = item[m]
            ops.append({"path": path, "method": m.upper(), "operationId": op.get("operationId"),
                        "summary": op.get("summary"), "description": op.get("description"),
                        "tags": op.get("tags", []), "parameters": common + op.get("parameters", []),
                        "requestBody": op.get("requestBody")})
    sub = {"info": {k: spec["info"].get(k) for k in ("title", "version")},
           "components": {"schemas": spec["components"]["schemas"]}, "operations": ops}
    h = dump("hosts/shipengine.subset.json", sub)
    man.append({"file": "sources/hosts/shipengine.subset.json", "repo": HOST[0], "commit": HOST[1],
                "path": HOST[2], "licence": "MIT (package.json \"license\": \"MIT\"; no LICENSE file)",
                "sha256": h, "source_sha256": sha(raw)})
    for loc in LOCALES:
        mod = importlib.import_module(f"faker.providers.person.{loc}")
        P = mod.Provider
        tables = {"first_names_male": sorted(set(P.first_names_male)),
                  "first_names_female": sorted(set(P.first_names_female)),
                  "last_names": sorted(set(P.last_names))}
        h = dump(f"names/{loc}.json", tables)
        with open(mod.__file__, "rb") as f:
            s = sha(f.read())
        import faker
        man.append({"file": f"sources/names/{loc}.json", "repo": "joke2k/faker",
                    "commit": f"PyPI Faker {faker.VERSION}",
                    "path": f"faker/providers/person/{loc}/__init__.py", "licence": "MIT",
                    "sha256": h, "source_sha256": s})
    graw = git_show(GITLEAKS[3], GITLEAKS[1], GITLEAKS[2])
    rules = [{"id": r["id"], "regex": r.get("regex"), "keywords": r.get("keywords", [])}
             for r in tomllib.loads(graw.decode())["rules"] if r["id"] in RULES]
    h = dump("rules/gitleaks.subset.json", rules)
    man.append({"file": "sources/rules/gitleaks.subset.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1],
                "path": GITLEAKS[2], "licence": "MIT", "sha256": h, "source_sha256": sha(graw)})
    with open(os.path.join(SRC, "MANIFEST.jsonl"), "w") as f:
        for m in man:
            f.write(json.dumps(m, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
