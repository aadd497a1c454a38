#!/usr/bin/env python3
"""Re-create sources/ from pinned repository snapshots under /work/.mirror (only needed once).

build.py never runs this and never touches the network; it reads sources/ and checks the
sha256 of every file against sources/MANIFEST.jsonl.
"""
import hashlib, json, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")
PINS = {
    "openEHR/specifications-ITS-JSON": ("5acae056248e917a4b4c56f7e712f4fcfeb616a6", "Apache-2.0"),
    "datreeio/CRDs-catalog": ("7b1e26ef9deea49293714d204c1a2270aab1178f", "MIT (catalog); each CRD is its upstream project's (mostly Apache-2.0)"),
    "box/box-openapi": ("c9a878a9824344129881392e2b08f7117201e82e", "Apache-2.0"),
    "Keith3895/name-forge": ("e077ecd9a32f8e1e84cc6c4ab05275f8f230d82e", "MIT"),
    "gitleaks/gitleaks": ("b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "MIT"),
}


def git(repo, *args):
    gd = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.check_output(["git", "--git-dir", str(gd), *args])


def show(repo, path):
    return git(repo, "show", f"{PINS[repo][0]}:{path}")


def ls(repo):
    return git(repo, "ls-tree", "-r", "-l", PINS[repo][0]).decode().splitlines()


def h(name):
    return hashlib.sha256(name.encode()).hexdigest()


manifest = []


def put(rel, data: bytes, repo, path, note, pointer=None):
    p = SRC / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    row = {"file": rel, "repo": repo, "commit": PINS[repo][0], "path": path, "licence": PINS[repo][1],
           "sha256": hashlib.sha256(data).hexdigest(), "note": note}
    if pointer is not None:
        row["pointer"] = pointer
    manifest.append(row)


def dump(obj):
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode()


def main():
    # openEHR ITS-JSON: RM 1.0.4, BASE 1.1.0, AM 1.4 (the simple, non "-detailed" schemas), verbatim
    repo = "openEHR/specifications-ITS-JSON"
    files = []
    for line in ls(repo):
        meta, path = line.split("\t", 1)
        sz = meta.split()[3]
        if not sz.isdigit():
            continue
        size = int(sz)
        if re.match(r"components/(RM/Release-1\.0\.4|BASE/Release-1\.1\.0|AM/Release-1\.4)/[^/]+/[^/]+\.json$", path) \
                and "-detailed" not in path and 400 < size < 40000:
            files.append(path)
    files.sort(key=h)
    for path in files[:110]:
        put("openehr/" + path.split("/", 1)[1].replace("/", "."), show(repo, path), repo, path, "verbatim")

    # Kubernetes CRD JSON schemas (datree catalog), verbatim, 1.5-30 kB
    repo = "datreeio/CRDs-catalog"
    files = []
    for line in ls(repo):
        meta, path = line.split("\t", 1)
        sz = meta.split()[3]
        if not sz.isdigit():
            continue
        size = int(sz)
        if path.count("/") == 1 and path.endswith(".json") and 1500 < size < 30000 and not path.startswith((".", "Utilities")):
            files.append(path)
    files.sort(key=h)
    seen_groups = set()
    picked = []
    for path in files:  # at most two per API group, for spread
        g = path.split("/")[0]
        if sum(1 for q in picked if q.startswith(g + "/")) >= 2:
            continue
        picked.append(path)
        if len(picked) == 95:
            break
    for path in picked:
        put("crds/" + path.replace("/", "."), show(repo, path), repo, path, "verbatim")

    # Box Platform OpenAPI: component schemas (verbatim) and operations as neutral tools
    repo = "box/box-openapi"
    spec = json.loads(show(repo, "openapi.json"))
    comps = spec["components"]["schemas"]
    names = sorted(comps, key=h)
    n = 0
    for name in names:
        data = dump(comps[name])
        if 600 < len(data) < 25000:
            put(f"box/schemas/{name}.json", data, repo, "openapi.json", "components/schemas entry, indent 2",
                pointer=f"/components/schemas/{name.replace('~', '~0').replace('/', '~1')}")
            n += 1
            if n == 70:
                break

    def deref(node, depth):
        if isinstance(node, dict):
            if "$ref" in node and isinstance(node["$ref"], str) and node["$ref"].startswith("#/components/schemas/"):
                nm = node["$ref"].rsplit("/", 1)[-1]
                if depth >= 2:
                    out = {"type": "object"}
                    if comps[nm].get("description"):
                        out["description"] = comps[nm]["description"]
                    return out
                return deref(comps[nm], depth + 1)
            return {k: deref(v, depth) for k, v in node.items() if k not in ("x-box-resource-id", "x-box-tag", "x-box-variant", "x-box-variants", "x-box-sanitized", "x-box-resource-variant")}
        if isinstance(node, list):
            return [deref(v, depth) for v in node]
        return node

    ops = []
    for p, item in spec["paths"].items():
        for m, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                ops.append((p, m, op))
    ops.sort(key=lambda t: h(t[2]["operationId"]))
    n = 0
    for p, m, op in ops:
        props, req = {}, []
        for prm in op.get("parameters", []):
            if "$ref" in prm or prm.get("in") not in ("path", "query"):
                continue
            s = deref(prm.get("schema", {"type": "string"}), 0)
            s = dict(s)
            if prm.get("description"):
                s["description"] = prm["description"]
            props[prm["name"]] = s
            if prm.get("required"):
                req.append(prm["name"])
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        if body:
            b = deref(body, 0)
            for k, v in (b.get("properties") or {}).items():
                props.setdefault(k, v)
            req += [r for r in b.get("required", []) if r not in req]
        params = {"type": "object", "properties": props}
        if req:
            params["required"] = req
        desc = op.get("description") or op.get("summary") or ""
        tool = {"name": op["operationId"], "description": desc.strip(), "parameters": params}
        data = dump(tool)
        if not props or len(data) > 14000:
            continue
        ptr = "/paths/" + p.replace("~", "~0").replace("/", "~1") + "/" + m
        put(f"box/ops/{op['operationId']}.json", data, repo, "openapi.json",
            "operation as a neutral tool: name=operationId, description, parameters from path/query parameters and the JSON requestBody ($ref inlined two levels deep)",
            pointer=ptr)
        n += 1
        if n == 120:
            break

    put("names/dict.ts", show("Keith3895/name-forge", "src/dict.ts"), "Keith3895/name-forge", "src/dict.ts",
        "verbatim; country order from src/index.ts: AR AT BE BR CZ DE DK ES FI FR GB ID IN IT MX NL NO PL US EG JP BO KE SO")
    put("rules/gitleaks.toml", show("gitleaks/gitleaks", "config/gitleaks.toml"), "gitleaks/gitleaks",
        "config/gitleaks.toml", "verbatim")
    manifest.sort(key=lambda r: r["file"])
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in manifest))
    print(len(manifest), "source files")


if __name__ == "__main__":
    main()
