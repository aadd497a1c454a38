#!/usr/bin/env python3
"""Reads the pinned repository snapshots (fetched under /work/.mirror) and writes sources/:
host and real files as taken from the snapshots (before any planting), the name lists, and
sources/MANIFEST.jsonl with a sha256 per file.  Only needed to re-create sources/; build.py
works offline from sources/.
"""
from __future__ import annotations

import ast
import csv
import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")
PINS = {
    "aws-samples/amazon-bedrock-samples": "85fba9d9c404ae120c0ceee5e67befed35004fdc",
    "twilio/twilio-oai": "d50069b44ea8cd23141385bdb6db48f16ff75bb5",
    "OHDSI/CommonDataModel": "f853f6e39c61b4eb8b3e5287fd573a1ced36c0e4",
    "sigpwned/popular-names-by-country-dataset": "eb62e13d4d62dd96cdfae79d293a02066352205f",
    "gitleaks/gitleaks": "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b",
}
LICENCES = {
    "aws-samples/amazon-bedrock-samples": "MIT-0",
    "twilio/twilio-oai": "MIT",
    "OHDSI/CommonDataModel": "Apache-2.0",
    "sigpwned/popular-names-by-country-dataset": "CC0-1.0",
    "gitleaks/gitleaks": "MIT",
}


def git(repo, *args) -> bytes:
    gd = MIRROR / (repo.replace("/", "+")) / "repo"
    return subprocess.run(["git", f"--git-dir={gd}", *args], capture_output=True, check=True).stdout


def show(repo, path) -> bytes:
    return git(repo, "show", f"{PINS[repo]}:{path}")


def ls(repo) -> list[str]:
    return git(repo, "ls-tree", "-r", "--name-only", PINS[repo]).decode().split("\n")


manifest = []


KEEP = {"twilio-schemas": 100, "twilio-mcp": 110}   # taken by sha256 of the file name
pending: dict[str, list] = {k: [] for k in KEEP}


def put(rel: str, data: bytes, repo: str, path: str, transformation: str, pointer: str | None = None, final=False):
    folder = rel.split("/")[1] if rel.startswith("pool/") else ""
    if folder in KEEP and not final:
        if len(data) <= 20_000:
            pending[folder].append((rel, data, repo, path, transformation, pointer))
        return
    while any(m["file"] == rel for m in manifest):
        rel = rel[:-5] + ".2.json"
    p = SRC / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    m = {"file": rel, "source": f"{repo}@{PINS[repo]}:{path}", "licence": LICENCES[repo],
         "transformation": transformation, "sha256": hashlib.sha256(data).hexdigest()}
    if pointer is not None:
        m["pointer"] = pointer
    manifest.append(m)


def dump(obj) -> bytes:
    return (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode()


# ---------------------------------------------------------------- Bedrock
def literal_tool_nodes(src: str):
    """Outermost literals in Python source that contain a toolSpec / functionSchema entry."""
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return []
    out = []

    def visit(node):
        if isinstance(node, (ast.Dict, ast.List)):
            try:
                val = ast.literal_eval(node)
            except Exception:
                val = None
            if val is not None:
                s = json.dumps(val)
                if '"toolSpec"' in s or '"functionSchema"' in s or ('"functions"' in s and '"parameters"' in s):
                    out.append(val)
                    return
        for ch in ast.iter_child_nodes(node):
            visit(ch)
    visit(tree)
    return out


def collect_bedrock():
    repo = "aws-samples/amazon-bedrock-samples"
    files = ls(repo)
    # 1. action-group OpenAPI schemas and BDA blueprints, verbatim
    for f in files:
        if not f.endswith(".json"):
            continue
        if not re.search(r"(api-schema/|openapi|OpenAPI|crm_schema|blueprint-schemas/|open-api-spec/)", f):
            continue
        try:
            data = show(repo, f)
            json.loads(data)
        except Exception:
            continue
        if len(data) < 300 or len(data) > 100_000:
            continue
        folder = "bedrock-blueprints" if "blueprint-schemas" in f else "bedrock-agents"
        name = re.sub(r"[^A-Za-z0-9._-]", "_", f.split("/")[-3] + "." + f.split("/")[-1]) if folder == "bedrock-agents" else f.split("/")[-1]
        put(f"pool/{folder}/{name}", data, repo, f, "verbatim")
    # 2. Converse toolSpec lists and agent functionSchema literals from notebooks and scripts
    seen = set()
    for f in files:
        if not (f.endswith(".ipynb") or f.endswith(".py")) or ".ipynb_checkpoints" in f:
            continue
        try:
            raw = show(repo, f).decode("utf-8", "replace")
        except subprocess.CalledProcessError:  # files of 4 MiB and more are absent from the snapshot
            continue
        if "toolSpec" not in raw and "functionSchema" not in raw:
            continue
        if f.endswith(".ipynb"):
            try:
                nb = json.loads(raw)
            except Exception:
                continue
            cells = ["".join(c.get("source", [])) for c in nb.get("cells", []) if c.get("cell_type") == "code"]
            cells = ["\n".join(l for l in c.split("\n") if not l.lstrip().startswith(("!", "%"))) for c in cells]
        else:
            cells = [raw]
        for ci, cell in enumerate(cells):
            for val in literal_tool_nodes(cell):
                specs = []
                s = json.dumps(val, sort_keys=True)
                if s in seen:
                    continue
                seen.add(s)
                if isinstance(val, dict) and "tools" in val:
                    specs = val["tools"]
                elif isinstance(val, list):
                    specs = val
                elif isinstance(val, dict) and "toolSpec" in val:
                    specs = [val]
                elif isinstance(val, dict) and "functions" in val:
                    kind = "functionSchema"
                    base = f.split("/")[-1].rsplit(".", 1)[0]
                    put(f"pool/bedrock-functions/{base}.{ci}.json", dump(val), repo, f,
                        f"Bedrock agent functionSchema literal from code cell {ci} (ast.literal_eval), indent 2")
                    continue
                specs = [x for x in specs if isinstance(x, dict) and "toolSpec" in x]
                if not specs:
                    continue
                base = f.split("/")[-1].rsplit(".", 1)[0]
                put(f"pool/bedrock-converse/{base}.{ci}.json", dump({"tools": specs}), repo, f,
                    f"Converse toolConfig literal from code cell {ci} (ast.literal_eval), indent 2")


# ---------------------------------------------------------------- Twilio
def collect_twilio():
    repo = "twilio/twilio-oai"
    for f in sorted(x for x in ls(repo) if x.startswith("spec/json/") and x.endswith(".json")):
        doc = json.loads(show(repo, f))
        api = f.split("/")[-1][:-5]
        for name, sch in doc.get("components", {}).get("schemas", {}).items():
            data = dump(sch)
            if 700 <= len(data) <= 40_000:
                put(f"pool/twilio-schemas/{name}.json", data, repo, f,
                    "one components/schemas entry, indent 2", f"/components/schemas/{name}")
        # operations -> MCP tools, the way OpenAPI-to-MCP generators do it
        for path, item in doc.get("paths", {}).items():
            params_common = item.get("parameters", [])
            for meth, op in item.items():
                if meth not in ("get", "post", "delete"):
                    continue
                props, req = {}, []
                for p in params_common + op.get("parameters", []):
                    if "$ref" in p or "name" not in p:
                        continue
                    sch = dict(p.get("schema", {}))
                    if p.get("description"):
                        sch["description"] = p["description"]
                    props[p["name"]] = sch
                    if p.get("required"):
                        req.append(p["name"])
                body = op.get("requestBody", {}).get("content", {})
                for ct, media in body.items():
                    s = media.get("schema", {})
                    for k, v in s.get("properties", {}).items():
                        props[k] = v
                    req += s.get("required", [])
                    break
                if not op.get("operationId") or len(props) < 2:
                    continue
                tool = {"name": op["operationId"], "description": op.get("description") or op.get("summary") or "",
                        "inputSchema": {"type": "object", "properties": props}}
                if req:
                    tool["inputSchema"]["required"] = req
                data = dump(tool)
                if 600 <= len(data) <= 30_000:
                    put(f"pool/twilio-mcp/{api}.{op['operationId']}.json", data, repo, f,
                        f"MCP tool generated from the operation (name=operationId, description, inputSchema from path/query parameters and the form requestBody schema), indent 2",
                        "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + meth)


# ---------------------------------------------------------------- OMOP
def collect_omop():
    repo = "OHDSI/CommonDataModel"
    for v in ("5.4",):
        p = f"inst/csv/OMOP_CDMv{v}_Field_Level.csv"
        put(f"omop/OMOP_CDMv{v}_Field_Level.csv", show(repo, p), repo, p, "verbatim")
        p = f"inst/csv/OMOP_CDMv{v}_Table_Level.csv"
        put(f"omop/OMOP_CDMv{v}_Table_Level.csv", show(repo, p), repo, p, "verbatim")


# ---------------------------------------------------------------- names, secret rules
def collect_names():
    repo = "sigpwned/popular-names-by-country-dataset"
    for p in ("common-forenames-by-country.csv", "common-surnames-by-country.csv"):
        put(f"names/{p}", show(repo, p), repo, p, "verbatim")
    repo = "gitleaks/gitleaks"
    put("rules/gitleaks.toml", show(repo, "config/gitleaks.toml"), repo, "config/gitleaks.toml", "verbatim (only the rule regexes are used, by check.py)")


if __name__ == "__main__":
    collect_bedrock()
    collect_twilio()
    collect_omop()
    collect_names()
    for folder, items in pending.items():
        items.sort(key=lambda x: hashlib.sha256(x[0].encode()).hexdigest())
        for it in items[:KEEP[folder]]:
            put(*it, final=True)
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in manifest))
    from collections import Counter
    print(Counter(m["file"].split("/")[1] for m in manifest if m["file"].startswith("pool/")))
