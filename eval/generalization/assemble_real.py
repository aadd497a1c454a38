#!/usr/bin/env python3
"""Assemble real/ (the no-plant noise set) from repository snapshots, and write real/MANIFEST.jsonl.

Needs bare git snapshots of the four source repositories (made with the session's `fetch`
tool; pass other locations with --mirror) and, for the YAML and MCP parts, PyYAML and
pydantic (both are in the project venv). Selection is deterministic (sha256 of the path).

    python assemble_real.py [--mirror /work/.mirror]
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import shutil
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = HERE / "real"

REPOS = {
    "azure": ("Azure/azure-resource-manager-schemas", "MIT"),
    "openai": ("openai/openai-openapi", "MIT"),
    "nhs": ("NHSDigital/personal-demographics-service-api", "MIT (Crown Copyright)"),
    "mcp": ("modelcontextprotocol/servers", "MIT (src/git, src/time, src/fetch; see the repository's LICENSE)"),
}


class Repo:
    def __init__(self, mirror: Path, name: str):
        self.name = name
        self.git = mirror / (name.replace("/", "+")) / "repo"
        self.commit = self.run("rev-parse", "HEAD").strip()

    def run(self, *args) -> str:
        return subprocess.run(["git", f"--git-dir={self.git}", *args], check=True, capture_output=True).stdout.decode()

    def blob(self, path) -> bytes:
        return subprocess.run(
            ["git", f"--git-dir={self.git}", "show", f"HEAD:{path}"], check=True, capture_output=True
        ).stdout

    def files(self):
        out = []
        for line in self.run("ls-tree", "-r", "-l", "HEAD").splitlines():
            meta, path = line.split("\t", 1)
            _mode, _typ, sha, size = meta.split()
            out.append((path, int(size) if size.isdigit() else -1, sha))  # "BAD": blob absent from the snapshot
        return out


def h(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    a = ap.parse_args()
    if REAL.exists():
        shutil.rmtree(REAL)
    REAL.mkdir()
    manifest = []

    def put(rel, data: bytes, repo: Repo, src_path, licence, transformation, **extra):
        p = REAL / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        manifest.append(
            {
                "file": rel,
                "source": f"{repo.name}@{repo.commit}:{src_path}",
                "licence": licence,
                "transformation": transformation,
                **extra,
            }
        )

    # ---- Azure Resource Manager schemas: 60 files <= 200 kB, verbatim
    az = Repo(a.mirror, REPOS["azure"][0])
    cands = [(p, s) for p, s, _ in az.files() if p.startswith("schemas/") and p.endswith(".json") and 0 < s <= 200_000]
    for p, _s in sorted(cands, key=lambda x: h(x[0]))[:60]:
        data = az.blob(p)
        json.loads(data)
        put("azure-arm/" + p[len("schemas/") :].replace("/", "."), data, az, p, REPOS["azure"][1], "verbatim")

    # ---- OpenAI OpenAPI: 60 components/schemas entries, one file each
    oa = Repo(a.mirror, REPOS["openai"][0])
    spec = json.loads(oa.blob("openapi.json"))
    schemas = spec["components"]["schemas"]
    names = [n for n in schemas if len(json.dumps(schemas[n])) >= 400]
    for n in sorted(names, key=h)[:60]:
        data = (json.dumps(schemas[n], indent=2, ensure_ascii=False) + "\n").encode()
        put(
            f"openai-openapi/{n}.schema.json",
            data,
            oa,
            "openapi.json",
            REPOS["openai"][1],
            "cut out at the JSON pointer, re-serialised with 2-space indentation; content unchanged",
            pointer=f"/components/schemas/{n}",
        )

    # ---- NHS Personal Demographics Service: sandbox/test patients verbatim, YAML spec parts as JSON
    import yaml  # PyYAML

    nhs = Repo(a.mirror, REPOS["nhs"][0])
    seen_blobs = []
    lic = REPOS["nhs"][1]
    search = sorted([p for p, _s, _ in nhs.files() if "/stubs/searchResponses/" in p], key=h)
    for p, s, sha in sorted(nhs.files()):
        if s < 0 or (p in search and search.index(p) >= 10):  # keep 10 of the 34 near-identical search bundles
            continue
        verbatim = (
            (p.startswith("sandbox/mocks/") and p.endswith(".json"))
            or (p.startswith("specification/components/examples/requests/") and p.endswith(".json"))
            or (
                p.startswith("karate-tests/src/test/java/mocks/stubs/")
                and p.endswith(".json")
                and "/errorResponses/" not in p
            )
            or p == "postman/patient-demographics-sandbox.postman_collection.json"
        )
        if verbatim:
            if sha in seen_blobs:
                continue
            seen_blobs.append(sha)
            rel = (
                p.replace("specification/components/examples/requests/", "spec-request-examples/")
                .replace("karate-tests/src/test/java/mocks/stubs/", "karate-stubs/")
                .replace("sandbox/mocks/", "sandbox-mocks/")
                .replace("postman/", "postman/")
            )
            put("nhs-pds/" + rel, nhs.blob(p), nhs, p, lic, "verbatim")
        elif (
            p.startswith("specification/components/schemas/")
            or p.startswith("specification/components/paths/")
            or p == "specification/personal-demographics.yaml"
        ) and p.endswith(".yaml"):
            obj = yaml.safe_load(nhs.blob(p))
            data = (json.dumps(obj, indent=2, ensure_ascii=False, default=str) + "\n").encode()
            rel = p.replace("specification/components/", "spec-").replace("specification/", "spec-")
            rel = rel[:-5].replace("/", ".") + ".json"
            put(
                "nhs-pds/" + rel,
                data,
                nhs,
                p,
                lic,
                "YAML converted to JSON (PyYAML safe_load, json.dumps indent 2); content unchanged",
            )

    # ---- MCP reference servers (Python): the tool list each server returns from list_tools()
    mcp = Repo(a.mirror, REPOS["mcp"][0])
    for p in [
        "src/git/src/mcp_server_git/server.py",
        "src/time/src/mcp_server_time/server.py",
        "src/fetch/src/mcp_server_fetch/server.py",
    ]:
        server = p.split("/")[1]
        for tool in mcp_tools(mcp.blob(p).decode()):
            data = (json.dumps(tool, indent=2, ensure_ascii=False) + "\n").encode()
            put(
                f"mcp-servers/{server}.{tool['name']}.json",
                data,
                mcp,
                p,
                REPOS["mcp"][1],
                "generated: the Tool(...) entries of list_tools() evaluated with pydantic "
                "(inputSchema = Model.model_json_schema(); f-string placeholder local_tz = 'UTC'); "
                "names, descriptions and schemas as the server returns them",
            )

    manifest.sort(key=lambda m: m["file"])
    with open(REAL / "MANIFEST.jsonl", "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    size = sum((REAL / m["file"]).stat().st_size for m in manifest)
    print(f"real: {len(manifest)} files, {size / 1e6:.2f} MB")


def mcp_tools(src: str):
    """Evaluate the Tool(...) calls of a reference MCP server without importing the mcp package."""
    import enum
    import sys
    import types
    import typing

    import pydantic

    tree = ast.parse(src)
    mod = types.ModuleType("mcp_reference_server")
    sys.modules[mod.__name__] = mod  # pydantic resolves annotations through the class's module
    ns = mod.__dict__
    ns.update(
        {
            "Enum": enum.Enum,
            "BaseModel": pydantic.BaseModel,
            "Field": pydantic.Field,
            "AnyUrl": pydantic.AnyUrl,
            "Annotated": typing.Annotated,
            "Optional": typing.Optional,
            "Sequence": typing.Sequence,
            "Literal": typing.Literal,
            "Union": typing.Union,
            "List": list,
            "Path": Path,
            "ToolAnnotations": lambda **kw: {k: v for k, v in kw.items() if v is not None},
            "local_tz": "UTC",
            "PositiveInt": pydantic.PositiveInt if hasattr(pydantic, "PositiveInt") else int,
        }
    )
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant):
            exec(compile(ast.Module([node], []), "<const>", "exec"), ns)
        elif isinstance(node, ast.ClassDef):
            bases = [b.id for b in node.bases if isinstance(b, ast.Name)]
            if "BaseModel" in bases or "Enum" in bases:
                exec(compile(ast.Module([node], []), "<class>", "exec"), ns)
    tools = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Tool":
            kw = {k.arg: k.value for k in node.keywords}
            if not {"name", "description", "inputSchema"} <= set(kw):
                continue
            ev = lambda n: eval(compile(ast.Expression(n), "<tool>", "eval"), ns)  # noqa: E731
            name = ev(kw["name"])
            name = name.value if isinstance(name, enum.Enum) else name
            t = {"name": name, "description": ev(kw["description"]), "inputSchema": ev(kw["inputSchema"])}
            if "annotations" in kw:
                t["annotations"] = ev(kw["annotations"])
            tools.append(t)
    return tools


if __name__ == "__main__":
    main()
