"""Reads the pinned repository snapshots (bare git dirs under /work/.mirror) and returns the
candidate real files as {name: (bytes, manifest-row)}. Used by build.py --collect only."""
from __future__ import annotations

import ast
import hashlib
import json
import re
import subprocess
from pathlib import Path

MIRROR = Path("/work/.mirror")

REPOS = {
    "openmhealth/schemas": ("36078a89e5e5efeba8dfc590a81cc42fd140c815", "Apache-2.0"),
    "ga4gh-beacon/beacon-v2": ("47af89c8fd199d2674e5ca7fb504815ebc145e63", "CC0-1.0"),
    "json-schema-org/JSON-Schema-Test-Suite": ("44401e0c046704b476ec9d2e2fccdaee618f259d", "MIT"),
    "OAI/OpenAPI-Specification": ("46c1076ba6f9a7a09ecaa6b740ab603cf6cc9886", "Apache-2.0"),
    "CMSgov/price-transparency-guide": ("ee99c1376b871dd4305838cf42f73d6864549516",
                                        "US Government work (CMS), public domain in the US; the repository has no licence file"),
    "sierra-research/tau-bench": ("59a200c6d575d595120f1cb70fea53cef0632f6b", "MIT"),
    "anthropics/anthropic-cookbook": ("4b36a1e1f64361397f4cbe4fbc7cdace338f16f8", "MIT"),
    "google-gemini/cookbook": ("f1e7e3de6004e6ca604b174684ecf89d628ac6c4", "Apache-2.0"),
    "mistralai/cookbook": ("1cf863b8a356d4cd562d1008d71bd63484d7fdd8", "MIT"),
}
NAME_REPOS = {
    "DinaAbrahim/MarriageInTexas": ("eaaa2405d3e82e899311107262aff6f7034939f8", "Names_2010Census.csv",
                                    "US Census Bureau 2010 surname file (first 64 kB as mirrored; ranks 1-1021); US government work, public domain"),
    "mfoley6052/breakout": ("e79f131d5c099f529a02032ed82e6bd4cde4098b", "yob1990.txt",
                            "SSA baby names, births in 1990 (national file); US government work, public domain"),
}
MAX_BYTES = 200_000


def _gitdir(repo: str) -> str:
    return str(MIRROR / repo.replace("/", "+") / "repo")


def git(repo: str, *args) -> bytes:
    return subprocess.run(["git", "--git-dir", _gitdir(repo), *args], check=True, capture_output=True).stdout


def show(repo: str, path: str) -> bytes:
    commit = (REPOS.get(repo) or NAME_REPOS[repo])[0]
    return git(repo, "show", f"{commit}:{path}")


def ls(repo: str) -> list[tuple[str, str, int]]:
    commit = REPOS[repo][0]
    out = []
    for line in git(repo, "ls-tree", "-r", "-l", commit).decode().splitlines():
        meta, path = line.split("\t", 1)
        mode, typ, blob, size = meta.split()
        if typ == "blob" and size.isdigit() and mode != "120000":
            out.append((path, blob, int(size)))
    return out


def check_commits():
    for repo, (commit, *_rest) in {**REPOS, **NAME_REPOS}.items():
        git(repo, "cat-file", "-e", commit + "^{commit}")


def row(repo, path, transform, pointer=None):
    commit, lic = REPOS[repo]
    r = {"source": f"{repo}@{commit}:{path}", "licence": lic, "transformation": transform}
    if pointer is not None:
        r["pointer"] = pointer
    return r


# ------------------------------------------------------------------ schema sources
def collect_schemas():
    out = {}
    seen = set()
    repo = "openmhealth/schemas"
    for path, blob, size in ls(repo):
        if not re.match(r"schema/(omh|granola)/.*\.json$", path) or size > MAX_BYTES or blob in seen:
            continue
        seen.add(blob)
        fam = path.split("/")[1]
        name = f"omh/{'' if fam == 'omh' else fam + '.'}{path.rsplit('/', 1)[1]}"
        out[name] = (show(repo, path), row(repo, path, "verbatim"))
    repo = "ga4gh-beacon/beacon-v2"
    for path, blob, size in ls(repo):
        if (not re.match(r"(framework|models)/json/.*\.json$", path) or "/examples" in path or size > MAX_BYTES
                or size < 300 or blob in seen):
            continue
        seen.add(blob)
        name = "beacon/" + path.replace("/json/", "/").replace("beacon-v2-default-model/", "").replace("/", ".")
        out[name] = (show(repo, path), row(repo, path, "verbatim"))
    repo = "OAI/OpenAPI-Specification"
    for path, blob, size in ls(repo):
        if re.match(r"_archive_/schemas/v[\d.]+/.*\.json$", path):
            name = "oas-archive/" + path.split("/", 2)[2].replace("/", ".")
            out[name] = (show(repo, path), row(repo, path, "verbatim"))
    repo = "CMSgov/price-transparency-guide"
    for path, blob, size in ls(repo):
        if re.match(r"schemas/.*\.json$", path):
            name = "cms-tic/" + path.rsplit("/", 1)[1].replace(".json", ".schema.json")
            out[name] = (show(repo, path), row(repo, path, "verbatim"))
    repo = "json-schema-org/JSON-Schema-Test-Suite"
    for path, blob, size in ls(repo):
        if re.match(r"remotes/draft2020-12/[^/]+\.json$", path) and size >= 200:
            name = "jsts/remote." + path.rsplit("/", 1)[1]
            out[name] = (show(repo, path), row(repo, path, "verbatim"))
        m = re.match(r"tests/(draft2020-12|draft7)/([^/]+)\.json$", path)
        if m:
            groups = json.loads(show(repo, path))
            for i, g in enumerate(groups):
                s = g.get("schema")
                text = json.dumps(s, indent=2, ensure_ascii=False)
                if isinstance(s, dict) and len(text) >= 260 and text not in seen:
                    seen.add(text)
                    name = f"jsts/{m.group(1)}.{m.group(2)}.{i}.schema.json"
                    out[name] = ((text + "\n").encode(), row(repo, path, "the test group's `schema` only, re-serialised with indent 2", f"/{i}/schema"))
    return out


# ------------------------------------------------------------------ tool sources
def _is_tool(d):
    return isinstance(d, dict) and isinstance(d.get("name") or (d.get("function") or {}).get("name"), str) and (
        "input_schema" in d or "parameters" in d or "inputSchema" in d or isinstance(d.get("function"), dict))


def _literals(src: str):
    """Outermost tool-shaped literals of a code cell, in source order."""
    lines = [l if not l.lstrip().startswith(("%", "!")) else "" for l in src.splitlines()]
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return []
    cands = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.List, ast.Dict)):
            try:
                v = ast.literal_eval(node)
            except Exception:
                continue
            if (isinstance(v, list) and v and all(_is_tool(x) for x in v)) or _is_tool(v):
                cands.append(((node.lineno, node.col_offset), (node.end_lineno, node.end_col_offset), v))
    cands.sort(key=lambda t: (t[0], (-t[1][0], -t[1][1])))
    out, last_end = [], (0, 0)
    for start, end, v in cands:
        if start < last_end:
            continue  # nested inside an accepted literal
        out.append(v if isinstance(v, list) else [v])
        last_end = end
    return out


def _nb_tool_lists(repo, path):
    try:
        nb = json.loads(show(repo, path))
    except ValueError:
        return []
    found, taken = [], set()
    for ci, cell in enumerate(nb.get("cells", [])):
        if cell.get("cell_type") != "code":
            continue
        src = "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]
        for k, cand in enumerate(_literals(src)):
            key = json.dumps(cand, sort_keys=True)
            if key in taken:
                continue
            taken.add(key)
            found.append((f"{ci}" + (f"-{k}" if k else ""), cand))
    return found


def collect_tools():
    out = {}
    seen = set()
    repo = "sierra-research/tau-bench"
    for path, blob, size in ls(repo):
        m = re.match(r"tau_bench/envs/(airline|retail)/tools/(\w+)\.py$", path)
        if not m or m.group(2) == "__init__":
            continue
        tree = ast.parse(show(repo, path).decode())
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "get_info":
                ret = [n for n in ast.walk(node) if isinstance(n, ast.Return)][0]
                info = ast.literal_eval(ret.value)
                out[f"tau-bench/{m.group(1)}.{m.group(2)}.json"] = (info, row(
                    repo, path, "the dict returned by get_info() (OpenAI function tool), evaluated with ast.literal_eval"))
    for repo, pattern in (("anthropics/anthropic-cookbook", r".*\.ipynb$"),
                          ("google-gemini/cookbook", r".*\.ipynb$"),
                          ("mistralai/cookbook", r"mistral/.*\.ipynb$")):
        short = repo.split("/")[0].split("-")[0].replace("anthropics", "anthropic").replace("mistralai", "mistral")
        for path, blob, size in ls(repo):
            if not re.match(pattern, path):
                continue
            for ci, tools in _nb_tool_lists(repo, path):
                key = json.dumps(tools, sort_keys=True)
                if key in seen:
                    continue
                seen.add(key)
                stem = re.sub(r"[^A-Za-z0-9_-]+", "_", path.rsplit("/", 1)[1][:-6])
                out[f"cookbook-tools/{short}.{stem}.cell{ci}.json"] = (tools, row(
                    repo, path, f"tool list literal from code cell {ci}, evaluated with ast.literal_eval", f"/cells/{ci}"))
    return out


def name_lists():
    res = {}
    for repo, (commit, path, note) in NAME_REPOS.items():
        res[path] = (git(repo, "show", f"{commit}:{path}"), {"source": f"{repo}@{commit}:{path}", "licence": note})
    return res


def sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()
