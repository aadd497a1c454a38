"""History audit and changed-files scans (issue 15): measure the real CLI, assert nothing.

    python bench/history.py                          # 10,000 commits (and 1,000, to show memory stays flat)
    python bench/history.py --commits 2000 --skip-diff --out /tmp/h.json

History: a repository is generated here with `git fast-import` (seeded, deterministic): 40 schema files of
about 30 properties each, one file changed per commit (a description reworded, a default changed, a value
of PHI added and, some commits later, removed again), a file renamed every 500 commits, a README changed
beside them.  `python -m phiscan history --format json --no-cache` runs in a new process; a wrapper
reports its wall time and peak RSS (`getrusage(RUSAGE_CHILDREN).ru_maxrss`: the scan and the git processes
it starts), as bench/run.py does.  Run at two sizes, the ratio of peak RSS shows whether memory grows with
history (it should not: blobs are streamed and only ids, paths and masked findings are kept).

Changed files: the developer corpus (/work/shared/corpus/real, when present) is copied into a fresh
repository and committed; one file is then edited (a property added) and `phiscan scan --diff HEAD` is
timed against `phiscan scan .` of the whole tree, both `--no-cache` and with default `--jobs`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "history.json"
CORPUS = Path("/work/shared/corpus/real")
SEED = 20260415
FILES = 40
_WRAPPER = """
import json, resource, subprocess, sys, time
cwd, cmd = sys.argv[1], sys.argv[2:]
t = time.perf_counter()
done = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
wall = time.perf_counter() - t
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": done.returncode, "wall_s": wall, "peak_rss_mb": ru.ru_maxrss / 1024,
                  "cpu_s": ru.ru_utime + ru.ru_stime, "stdout": done.stdout.decode("utf-8", "replace"),
                  "stderr": done.stderr.decode("utf-8", "replace")[-2000:]}))
"""
_GIT_ENV = {"GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
_PHI = [
    ("const", "078-05-1122"),
    ("default", "(424) 844-2776"),
    ("examples", ["alicia.cano@icloud.com"]),
    ("default", "MRN-0045821"),
    ("examples", ["1HGBC3ZP5CT717581"]),
]
_WORDS = [
    "order",
    "ticket",
    "status",
    "amount",
    "currency",
    "region",
    "priority",
    "channel",
    "label",
    "queue",
    "note",
    "code",
    "kind",
]


def _schema(rng: random.Random, n: int, phi: tuple[str, Any] | None) -> bytes:
    props: dict[str, Any] = {}
    for i in range(30):
        word = _WORDS[(n + i) % len(_WORDS)]
        props[f"{word}_{i}"] = {
            "type": "string",
            "description": f"The {word} of the request, revision {rng.randint(0, 9)}",
        }
    if phi is not None:
        props["contact"] = {"type": "string", phi[0]: phi[1]}
    doc = {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": props}
    return json.dumps(doc, indent=2).encode()


def _data(out: list[bytes], body: bytes) -> None:
    out += [b"data %d\n" % len(body), body, b"\n"]


def generate(root: Path, commits: int) -> Path:
    """A repository of `commits` commits on main, built with one `git fast-import`."""
    rng = random.Random(SEED)
    repo = root / f"history-{commits}"
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env={**os.environ, **_GIT_ENV})
    names = [f"schemas/service{i:02d}.json" for i in range(FILES)]
    carrying: dict[int, int] = {}  # file -> commit at which its PHI is removed again
    stream: list[bytes] = []
    for n in range(commits):
        stream.append(b"commit refs/heads/main\nmark :%d\n" % (n + 1))
        stream.append(b"committer Bench <bench@example.org> %d +0000\n" % (1_700_000_000 + 60 * n))
        _data(stream, f"change {n}".encode())
        if n:
            stream.append(b"from :%d\n" % n)
        if n == 0:
            for i, name in enumerate(names):
                stream.append(f"M 100644 inline {name}\n".encode())
                _data(stream, _schema(rng, i, None))
            continue
        if n % 500 == 0:
            k = rng.randrange(FILES)
            new = f"schemas/renamed{n:05d}.json"
            stream.append(f"R {names[k]} {new}\n".encode())
            names[k] = new
            continue
        k = rng.randrange(FILES)
        phi: tuple[str, Any] | None = None
        if k in carrying and n < carrying[k]:
            phi = _PHI[k % len(_PHI)]
        elif k in carrying:
            del carrying[k]
        elif rng.random() < 0.02:
            carrying[k] = n + rng.randint(5, 200)
            phi = _PHI[rng.randrange(len(_PHI))]
        stream.append(f"M 100644 inline {names[k]}\n".encode())
        _data(stream, _schema(rng, n, phi))
        if n % 7 == 0:
            stream.append(b"M 100644 inline README.md\n")
            _data(stream, f"notes {n}\n".encode())
    subprocess.run(
        ["git", "-C", str(repo), "fast-import", "--quiet"],
        input=b"".join(stream),
        check=True,
        env={**os.environ, **_GIT_ENV},
    )
    subprocess.run(["git", "-C", str(repo), "checkout", "-q", "main"], check=True, env={**os.environ, **_GIT_ENV})
    return repo


def measure(cwd: Path, *args: str) -> dict[str, Any]:
    """One phiscan run in a fresh process: wall time, peak RSS, CPU, exit code, stdout."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-c", _WRAPPER, str(cwd), sys.executable, "-m", "phiscan", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
    return dict(json.loads(done.stdout))


def history_case(root: Path, commits: int) -> dict[str, Any]:
    repo = generate(root, commits)
    run = measure(repo, "history", "--format", "json", "--no-cache")
    report = json.loads(run.pop("stdout")) if run["rc"] in (0, 1) else {}
    findings = report.get("findings", [])
    return {
        "commits": commits,
        "rc": run["rc"],
        "wall_s": round(run["wall_s"], 1),
        "cpu_s": round(run["cpu_s"], 1),
        "peak_rss_mb": round(run["peak_rss_mb"], 1),
        "versions_scanned": report.get("versions_scanned"),
        "findings": len(findings),
        "removed": report.get("removed"),
        "stderr": run["stderr"] if run["rc"] not in (0, 1) else "",
    }


def diff_case(root: Path) -> dict[str, Any]:
    repo = root / "corpus"
    shutil.copytree(CORPUS, repo)
    env = {**os.environ, **_GIT_ENV, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.org"}
    env |= {"GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.org"}
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "corpus"]):
        subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True)
    candidates = sorted(p for p in repo.rglob("*.json") if ".git" not in p.parts and p.stat().st_size < 20_000)
    edited, doc = next((p, d) for p in candidates if isinstance(d := json.loads(p.read_bytes()), dict))
    doc["x-bench"] = {"type": "string", "description": "Added by bench/history.py"}
    edited.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    one = measure(repo, "scan", "--diff", "HEAD", "--format", "json", "--no-cache")
    full = measure(repo, "scan", ".", "--format", "json", "--no-cache")
    files = {k: json.loads(r.pop("stdout"))["files_scanned"] for k, r in (("diff", one), ("full", full))}
    return {
        "corpus": str(CORPUS),
        "edited": edited.relative_to(repo).as_posix(),
        "diff": {
            "wall_s": round(one["wall_s"], 1),
            "peak_rss_mb": round(one["peak_rss_mb"], 1),
            "files": files["diff"],
        },
        "full": {
            "wall_s": round(full["wall_s"], 1),
            "peak_rss_mb": round(full["peak_rss_mb"], 1),
            "files": files["full"],
        },
        "speedup": round(full["wall_s"] / one["wall_s"], 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--commits", type=int, nargs="*", default=[1000, 10_000])
    ap.add_argument("--skip-diff", action="store_true", help="Skip the changed-files comparison.")
    ap.add_argument("--out", type=Path, default=RESULTS)
    args = ap.parse_args()
    out: dict[str, Any] = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "units": "seconds of wall time; peak RSS in MiB (ru_maxrss of phiscan and the git processes it starts)",
    }
    with tempfile.TemporaryDirectory(prefix="phiscan-bench-") as tmp:
        if not args.skip_diff and CORPUS.is_dir():
            out["diff"] = diff_case(Path(tmp))
            _save(out, args.out)
        out["history"] = []
        for n in args.commits:
            out["history"].append(history_case(Path(tmp), n))
            _save(out, args.out)
        if len(out["history"]) > 1:
            a, b = out["history"][0], out["history"][-1]
            out["history_rss_growth"] = round(b["peak_rss_mb"] / a["peak_rss_mb"], 2)
    _save(out, args.out)
    print(json.dumps(out, indent=2))
    return 0


def _save(out: dict[str, Any], path: Path) -> None:
    """Write what is measured so far (a long run that fails late keeps its figures)."""
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
