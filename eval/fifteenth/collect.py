"""Re-create sources/ from pinned snapshots (/work/.mirror) and the installed Faker package.

Needs git, pyyaml and faker 40.63.0. Not needed to build: build.py reads only sources/.
"""
import hashlib, json, os, subprocess, tomllib, importlib
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
HOSTS = [
    ("fusionauth", "FusionAuth/fusionauth-openapi", "f07c95a224194589262eb3b151625d65f9a6ebd8", "openapi.yaml",
     "Apache-2.0 (LICENSE; info.license Apache2)"),
    ("moov-customers", "moov-io/customers", "1fcf6e1fe58f47347cacbd545bffae8f37f4d6b0", "api/client.yaml",
     "Apache-2.0 (LICENSE; info.license Apache 2.0)"),
]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT")
RULES = ["droneci-access-token", "flutterwave-encryption-key", "flutterwave-public-key", "flutterwave-secret-key",
         "frameio-api-token", "intra42-client-secret", "nytimes-access-token", "privateai-api-token",
         "sumologic-access-token", "travisci-access-token"]
NAMES = ["mk_MK", "de_LU", "si_LK"]


def git_show(repo, commit, path):
    d = "/work/.mirror/%s/repo" % repo.replace("/", "+")
    return subprocess.run(["git", "-C", d, "show", "%s:%s" % (commit, path)], check=True, capture_output=True).stdout


def dump(rel, obj, manifest, **meta):
    p = os.path.join(SRC, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    data = (json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    with open(p, "wb") as f:
        f.write(data)
    manifest.append(dict(file=rel, sha256=hashlib.sha256(data).hexdigest(), **meta))


def main():
    man = []
    for name, repo, commit, path, lic in HOSTS:
        raw = git_show(repo, commit, path)
        d = yaml.safe_load(raw)
        ops = []
        for p, item in d["paths"].items():
            for m, o in item.items():
                if m not in ("get", "post", "put", "patch", "delete"):
                    continue
                ops.append({"path": p, "method": m, "operationId": o.get("operationId"),
                            "summary": o.get("summary"), "description": o.get("description"),
                            "tags": o.get("tags"), "parameters": o.get("parameters", []) + item.get("parameters", []),
                            "requestBody": o.get("requestBody")})
        sub = {"info": {"title": d["info"]["title"], "version": d["info"]["version"]},
               "components": {"schemas": d["components"]["schemas"],
                              "parameters": d["components"].get("parameters", {}),
                              "requestBodies": d["components"].get("requestBodies", {})},
               "operations": ops}
        dump("hosts/%s.subset.json" % name, sub, man, repo=repo, commit=commit, path=path, licence=lic,
             source_sha256=hashlib.sha256(raw).hexdigest())
    raw = git_show(*GITLEAKS[:3])
    conf = tomllib.loads(raw.decode())
    rules = [{"id": r["id"], "regex": r["regex"], "keywords": r.get("keywords", [])} for r in conf["rules"] if r["id"] in RULES]
    dump("rules/gitleaks.subset.json", rules, man, repo=GITLEAKS[0], commit=GITLEAKS[1], path=GITLEAKS[2],
         licence=GITLEAKS[3], source_sha256=hashlib.sha256(raw).hexdigest())
    import faker
    for loc in NAMES:
        P = importlib.import_module("faker.providers.person." + loc).Provider
        tab = {}
        for a in ("first_names_male", "first_names_female", "first_names", "last_names", "last_names_male", "last_names_female"):
            v = getattr(P, a, None)
            if v:
                tab[a] = sorted(set(v.keys() if isinstance(v, dict) else v))
        path = "faker/providers/person/%s/__init__.py" % loc
        raw = open(os.path.join(os.path.dirname(faker.__file__), "providers/person/%s/__init__.py" % loc), "rb").read()
        dump("names/%s.json" % loc, tab, man, repo="joke2k/faker", commit="PyPI Faker %s" % faker.VERSION, path=path,
             licence="MIT", source_sha256=hashlib.sha256(raw).hexdigest())
    with open(os.path.join(SRC, "MANIFEST.jsonl"), "w") as f:
        for m in man:
            f.write(json.dumps(m, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
