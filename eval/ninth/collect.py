#!/usr/bin/env python3
"""Re-create sources/ from pinned snapshots under /work/.mirror (needs git and pyyaml).

Only needed to re-create sources/; build.py works offline from sources/.
"""
import hashlib, json, os, posixpath, subprocess, sys
import yaml

MIRROR = "/work/.mirror"
HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")

SENDGRID = ("sendgrid/sendgrid-oai", "bef1536aeed2eb7b1ad4fde110a8ec65c583c4c5", "MIT (LICENSE)")
DO = ("digitalocean/openapi", "7c1300c479fed9c353cda9fc21cd968619552304", "Apache-2.0 (LICENSE; spec info.license)")
NAMES = ("jgwoolley/Names-by-Culture", "81e3c9d22a04b6c47d65e7a8d07f5e3b1d6e089b",
         "Apache-2.0 (LICENSE); name lists taken from Wiktionary categories (CC BY-SA)")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "MIT")
LANGS = ["cat", "eus", "cym", "gle", "isl", "lav", "lit", "sqi", "ind", "tgl", "yor", "haw", "uzb",
         "hye", "heb", "ben"]


def git_show(repo, commit, path):
    d = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "-C", d, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


def git_ls(repo, commit, under):
    d = os.path.join(MIRROR, repo.replace("/", "+"), "repo")
    out = subprocess.run(["git", "-C", d, "ls-tree", "-r", "--name-only", commit, under], check=True,
                         capture_output=True, text=True).stdout
    return out.split()


manifest = []


def sha(b):
    return hashlib.sha256(b).hexdigest()


def store(rel, data, repo, commit, path, licence, src_bytes, note=""):
    p = os.path.join(SRC, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "wb") as f:
        f.write(data)
    manifest.append({"file": rel, "repo": repo, "commit": commit, "path": path, "licence": licence,
                     "source_sha256": sha(src_bytes) if src_bytes is not None else None,
                     "sha256": sha(data), "note": note})


# ---- DigitalOcean: multi-file YAML; resolve relative-file $refs ----
class DOResolver:
    def __init__(self):
        self.cache = {}
        self.raw_sha = {}

    def load(self, path):
        if path not in self.cache:
            b = git_show(DO[0], DO[1], "specification/" + path)
            self.raw_sha[path] = sha(b)
            self.cache[path] = yaml.safe_load(b)
        return self.cache[path]

    def resolve(self, node, cur, depth=0, stack=()):
        if isinstance(node, list):
            return [self.resolve(x, cur, depth, stack) for x in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node and isinstance(node["$ref"], str):
            ref = node["$ref"]
            fpart, _, frag = ref.partition("#")
            target = posixpath.normpath(posixpath.join(posixpath.dirname(cur), fpart)) if fpart else cur
            key = (target, frag)
            if key in stack or depth > 8:
                return {"type": "object"}
            try:
                doc = self.load(target)
            except subprocess.CalledProcessError:
                return {"type": "object"}
            for tok in [t for t in frag.split("/") if t]:
                tok = tok.replace("~1", "/").replace("~0", "~")
                doc = doc[tok]
            res = self.resolve(doc, target, depth + 1, stack + (key,))
            extra = {k: v for k, v in node.items() if k != "$ref"}
            if extra and isinstance(res, dict):
                res = dict(res)
                res.update(self.resolve(extra, cur, depth, stack))
            return res
        return {k: self.resolve(v, cur, depth, stack) for k, v in node.items()}


def collect_do():
    r = DOResolver()
    main_path = "DigitalOcean-public.v2.yaml"
    main = r.load(main_path)
    ops = {}
    for p, item in main["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "$ref" not in op:
                continue
            opfile = posixpath.normpath(op["$ref"])
            o = r.load(opfile)
            keep = {k: o[k] for k in ("operationId", "summary", "description", "tags", "parameters",
                                      "requestBody") if k in o}
            keep = r.resolve(keep, opfile)
            if "requestBody" in keep:
                for ct in keep["requestBody"].get("content", {}).values():
                    ct.pop("examples", None)
                    ct.pop("example", None)
            ops[f"{method.upper()} {p}"] = {"file": opfile, "method": method, "path": p, "operation": keep}
    models = {}
    for f in git_ls(DO[0], DO[1], "specification/resources"):
        if "/models/" in f and f.endswith(".yml"):
            rel = f[len("specification/"):]
            doc = r.load(rel)
            if not isinstance(doc, dict):
                continue
            res = r.resolve(doc, rel)
            if isinstance(res, dict) and (res.get("type") == "object" or "properties" in res or "allOf" in res):
                models[rel] = res
    out = {"info": {"title": main["info"]["title"], "version": main["info"]["version"],
                    "license": main["info"].get("license")},
           "operations": ops, "models": models,
           "raw_sha256": dict(sorted(r.raw_sha.items()))}
    data = json.dumps(out, indent=1, sort_keys=True, ensure_ascii=False, default=str).encode()
    store("hosts/digitalocean.resolved.json", data, DO[0], DO[1], "specification/ (DigitalOcean-public.v2.yaml + "
          f"{len(r.raw_sha) - 1} referenced files)", DO[2], git_show(DO[0], DO[1], "specification/" + main_path),
          "operations (parameters, requestBody; responses and examples dropped) and resources/*/models/*.yml, "
          "relative $refs inlined (cycles / depth > 8 -> {type: object}); text verbatim; raw_sha256 lists each file read")


def collect_sendgrid():
    b = git_show(SENDGRID[0], SENDGRID[1], "oai.json")
    d = json.loads(b)
    sub = {k: d[k] for k in ("swagger", "info", "paths", "parameters", "definitions")}
    for item in sub["paths"].values():
        for op in item.values():
            if isinstance(op, dict):
                op.pop("responses", None)
                op.pop("x-codeSamples", None)
    data = json.dumps(sub, indent=1, ensure_ascii=False).encode()
    store("hosts/sendgrid-oai.subset.json", data, SENDGRID[0], SENDGRID[1], "oai.json", SENDGRID[2], b,
          "swagger, info, paths (responses dropped), parameters, definitions kept; text verbatim")


def collect_names():
    for lang in LANGS:
        for kind in ("given_names", "surnames"):
            path = f"pages/{lang}/{kind}.csv"
            b = git_show(NAMES[0], NAMES[1], path)
            store(f"names/{lang}.{kind}.csv", b, NAMES[0], NAMES[1], path, NAMES[2], b, "verbatim")


def collect_rules():
    b = git_show(GITLEAKS[0], GITLEAKS[1], "config/gitleaks.toml")
    store("rules/gitleaks.toml", b, GITLEAKS[0], GITLEAKS[1], "config/gitleaks.toml", GITLEAKS[2], b, "verbatim")


if __name__ == "__main__":
    collect_sendgrid()
    collect_do()
    collect_names()
    collect_rules()
    with open(os.path.join(SRC, "MANIFEST.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    print(len(manifest), "source files")
