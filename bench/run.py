"""phiscan against a naive Presidio loop: same machine, same run, same strings, same recognizers.

    python bench/run.py            # full run (~10 min on 2 cores); writes bench/results/latest.json
    python bench/run.py --quick    # a small subset, a minute or two

The naive loop is what a user would write instead: phiscan's own Presidio `AnalyzerEngine`
(same recognizers, same spaCy pipeline), `engine.analyze(text=s, language="en")` once per
string of every file: no de-duplication, no pre-filter, no batching, no cache.  "Strings" are
every object key, every string value and the file name, counted the same way for both.

Every measurement runs in a new process; peak RSS is `getrusage(RUSAGE_CHILDREN).ru_maxrss`
of a small wrapper around that process (so `--jobs` workers count too).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "latest.json"
SAMPLE_FULL = 300
SAMPLE_QUICK = 30
_SUFFIXES = (".json", ".yaml", ".yml")

# Runs a command, then prints its wall time and the peak RSS of it and its descendants.
_WRAPPER = """
import json, resource, subprocess, sys, time
out = open(sys.argv[1], "wb")
t = time.perf_counter()
err = open(sys.argv[1] + ".err", "wb")
rc = subprocess.run(sys.argv[2:], stdout=out, stderr=err).returncode
wall = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"rc": rc, "wall_s": wall, "peak_rss_mb": peak}))
"""


# ---------------------------------------------------------------- the naive loop (runs in its own process)


def strings_of(path: Path) -> Iterator[str]:
    """Every object key, string value and the file name: what a naive loop would feed Presidio."""
    yield path.name
    stack: list[Any] = [_read(path)]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                yield str(k)
                stack.append(v)
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            yield node


def _read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix == ".json":
        try:
            return json.loads(text)
        except ValueError:
            return None
    from ruamel.yaml import YAML

    try:
        return YAML(typ="safe").load(text)
    except Exception:
        return None


def naive_main(list_file: str) -> None:
    """The naive loop over the files listed in `list_file`; prints timings and finding counts as JSON."""
    t0 = time.perf_counter()
    from phiscan.detect.analyzer import Analyzer

    analyzer = Analyzer()
    analyzer._build()  # phiscan's recognizers and pipeline, loaded the way phiscan loads them
    engine = analyzer._engine
    t_built = time.perf_counter()
    files = [Path(p) for p in Path(list_file).read_text().splitlines() if p]
    strings = [s for f in files for s in strings_of(f)]
    t_read = time.perf_counter()
    first = None
    entities: collections.Counter[str] = collections.Counter()
    over_half = 0
    for s in strings:
        results = engine.analyze(text=s, language="en")
        if first is None:
            first = time.perf_counter() - t0
        for r in results:
            entities[r.entity_type] += 1
            over_half += r.score >= 0.5
    t_done = time.perf_counter()
    print(
        json.dumps(
            {
                "files": len(files),
                "strings": len(strings),
                "distinct_strings": len(set(strings)),
                "build_s": t_built - t0,
                "analyze_s": t_done - t_read,
                "startup_plus_first_s": first,
                "findings": sum(entities.values()),
                "findings_score_ge_0_5": over_half,
                "findings_by_entity": dict(entities.most_common()),
            }
        )
    )


# ---------------------------------------------------------------- the driver


def _script(name: str, module: str) -> list[str]:
    """The console script `name` beside this Python (or on PATH), else `python -m module`."""
    exe = Path(sys.executable).parent / name
    if exe.exists():
        return [str(exe)]
    found = shutil.which(name)
    return [found] if found else [sys.executable, "-m", module]


def _phiscan_cmd() -> list[str]:
    return _script("phiscan", "phiscan")


def _hook_cmd() -> list[str]:
    return _script("phiscan-hook", "phiscan.app.hook")


def one_file(cmd: list[str], path: Path, work: Path, env: dict[str, str], fresh: bool) -> dict[str, Any]:
    """A one-file scan in a new process; `fresh` empties the verdict cache first (nothing cached)."""
    if fresh:
        shutil.rmtree(work / "cache", ignore_errors=True)
    return run([*cmd, str(path)], env)[0]  # the default text report, as a developer sees it


def naive_one(path: Path, work: Path, env: dict[str, str]) -> dict[str, Any]:
    """The naive loop over one file: its start-up plus first analysis, and its whole wall time."""
    listed = work / "one.txt"
    listed.write_text(str(path))
    stats, body = run([sys.executable, __file__, "--naive-worker", str(listed)], env)
    return {**stats, **json.loads(body)}


def compile_bytecode() -> str:
    """Byte-compile phiscan as `pip install` does, so an editable checkout is timed like an install.

    With PYTHONDONTWRITEBYTECODE set (as on some CI machines) Python would otherwise recompile
    every module of an editable install on every run.
    """
    import phiscan

    where = Path(phiscan.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(where)], check=True, capture_output=True)
    return str(where)


def run(cmd: list[str], env: dict[str, str]) -> tuple[dict[str, Any], bytes]:
    """Run `cmd` in a new process; its wall time, exit code, peak RSS, and stdout."""
    with tempfile.NamedTemporaryFile(delete=False) as out:
        name = out.name
    try:
        wrapped = subprocess.run(
            [sys.executable, "-c", _WRAPPER, name, *cmd], capture_output=True, env=env, cwd=REPO, check=True
        )
        stats = json.loads(wrapped.stdout.decode().strip().splitlines()[-1])
        body = Path(name).read_bytes()
        if not body.strip():
            tail = Path(name + ".err").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"{cmd[:3]} printed nothing (exit {stats['rc']}):\n{tail}")
        return stats, body
    finally:
        for leftover in (name, name + ".err"):
            Path(leftover).unlink(missing_ok=True)


def pick_files(root: Path, n: int | None) -> list[Path]:
    """All scan files under `root`, or a deterministic sample of `n` of them."""
    files = sorted(
        p for p in root.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file() and not p.name.startswith(".")
    )
    if n is not None and len(files) > n:
        files = sorted(random.Random(20261128).sample(files, n))
    return files


def machine() -> dict[str, Any]:
    """Where the figures were measured."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    versions = {}
    for dist in ("phiscan", "presidio-analyzer", "spacy", "bc-detect-secrets"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    try:
        meta = json.loads((REPO / "models" / "phiscan-ner" / "meta.json").read_text())
        versions["phiscan-ner"] = f"{meta.get('version')} ({'+'.join(meta.get('pipeline', [])) or 'blank'})"
    except (OSError, ValueError):
        pass
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
        "load_average_at_start": os.getloadavg(),
    }  # other work on the machine skews every figure


def median_of(k: int, fn: Any) -> dict[str, Any]:
    """Run `fn` k times; the run with the median wall time (with all walls kept)."""
    runs = [fn() for _ in range(k)]
    walls = [r["wall_s"] for r in runs]
    best = sorted(runs, key=lambda r: r["wall_s"])[len(runs) // 2]
    return {**best, "walls_s": walls}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help=f"{SAMPLE_QUICK} files, one repetition")
    ap.add_argument(
        "--corpus", type=Path, help="folder of real schemas (default: ../shared/corpus/real, else fixtures/)"
    )
    ap.add_argument("--sample", type=int, help=f"files to sample from the folder (default {SAMPLE_FULL}; 0 = all)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="workers for the --jobs run")
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--naive-worker", metavar="LIST", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.naive_worker:
        naive_main(args.naive_worker)
        return 0

    corpus = args.corpus or (REPO.parent / "shared" / "corpus" / "real")
    if not corpus.is_dir():
        corpus = REPO / "fixtures"
    sample = SAMPLE_QUICK if args.quick else (args.sample if args.sample is not None else SAMPLE_FULL)
    files = pick_files(corpus, sample or None)
    reps = 1 if args.quick else 3
    phiscan = _phiscan_cmd()
    work = Path(tempfile.mkdtemp(prefix="phiscan-bench-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache"), "PYTHONHASHSEED": "0"}
    list_file = work / "files.txt"
    list_file.write_text("\n".join(str(f) for f in files))
    out: dict[str, Any] = {
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "machine": machine(),
        "corpus": {
            "folder": str(corpus),
            "files": len(files),
            "sampled": bool(sample) and len(pick_files(corpus, None)) > len(files),
            "quick": args.quick,
        },
    }
    say = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
    out["bytecode_compiled"] = compile_bytecode()

    # 1. throughput -------------------------------------------------------------------------------
    say(f"[1/4] throughput on {len(files)} files from {corpus} ...")
    naive_stats, naive_out = run([sys.executable, __file__, "--naive-worker", str(list_file)], env)
    naive = {**json.loads(naive_out), **naive_stats}
    strings = naive["strings"]
    thr: dict[str, Any] = {"strings": strings, "distinct_strings": naive["distinct_strings"], "naive": naive}
    scan = [*phiscan, "scan", "--format", "json", "--no-cache", *map(str, files)]
    variants = {"phiscan": scan, f"phiscan_jobs{args.jobs}": [*scan, "--jobs", str(args.jobs)]}
    if not args.quick:  # the pre-filters' own effect: the same scan with all three gates open
        variants["phiscan_no_prefilter"] = [
            sys.executable,
            "-c",
            "import phiscan.detect.prefilter as p, sys; "
            "p.may_hold_entity = p.needs_presidio = p.may_hold_name = lambda *a: True; "
            "p.presidio_entities = lambda *a: None; from phiscan.app.cli import main; "
            "sys.argv[0] = 'phiscan'; main()",
            *scan[1:],
        ]
    for name, cmd in variants.items():
        stats, body = run(cmd, env)
        report = json.loads(body)
        by_entity = collections.Counter(f["entity"] for f in report["findings"])
        thr[name] = {
            **stats,
            "findings": len(report["findings"]),
            "files_scanned": report["files_scanned"],
            "strings_scanned": report.get("strings_scanned"),
            "findings_by_entity": dict(by_entity.most_common()),
        }
    for name in variants:
        r = thr[name]
        r["strings_per_s"] = strings / r["wall_s"]
        r["files_per_s"] = len(files) / r["wall_s"]
        r["speedup_vs_naive_wall"] = naive["wall_s"] / r["wall_s"]
        r["speedup_vs_naive_analysis_only"] = naive["analyze_s"] / r["wall_s"]
    naive["strings_per_s"] = strings / naive["wall_s"]
    naive["strings_per_s_analysis_only"] = strings / naive["analyze_s"]
    naive["files_per_s"] = len(files) / naive["wall_s"]
    out["throughput"] = thr

    # 2. cold start of a one-file scan ---------------------------------------------------------------
    say("[2/4] cold start of a one-file scan ...")
    by_size = sorted(files, key=lambda f: f.stat().st_size)
    one = by_size[len(by_size) // 2]
    cold_start: dict[str, Any] = {"file": str(one), "file_bytes": one.stat().st_size}
    nv = median_of(reps, lambda: naive_one(one, work, env))
    base = nv["startup_plus_first_s"]
    cold_start["naive"] = {
        "startup_plus_first_s": base,
        "whole_file_wall_s": nv["wall_s"],
        "walls_s": nv["walls_s"],
        "peak_rss_mb": nv["peak_rss_mb"],
    }
    # pre-commit runs the hook entry point; `phiscan scan` is the same scan behind the typer CLI
    for name, cmd in (("hook", _hook_cmd()), ("cli", [*phiscan, "scan"])):
        cold = median_of(reps, lambda cmd=cmd: one_file(cmd, one, work, env, fresh=True))
        warm = median_of(reps, lambda cmd=cmd: one_file(cmd, one, work, env, fresh=False))
        cold_start[name] = {
            "command": Path(cmd[0]).name + "".join(f" {a}" for a in cmd[1:]),
            "cold": cold,
            "warm_cache": warm,
            "cold_ratio": cold["wall_s"] / base,
            "warm_ratio": warm["wall_s"] / base,
        }
    # one file is one draw: the hook's cold start on files spread over the sizes, each against the naive loop
    k = 5 if args.quick else 20
    spread = [by_size[round(i * (len(by_size) - 1) / (k - 1))] for i in range(k)]
    rows = []
    for f in spread:
        naive_f = naive_one(f, work, env)
        hook_f = one_file(_hook_cmd(), f, work, env, fresh=True)
        rows.append(
            {
                "file": str(f),
                "bytes": f.stat().st_size,
                "naive_startup_plus_first_s": naive_f["startup_plus_first_s"],
                "hook_cold_s": hook_f["wall_s"],
                "ratio": hook_f["wall_s"] / naive_f["startup_plus_first_s"],
            }
        )
    ratios = [r["ratio"] for r in rows]
    cold_start["spread"] = {
        "files": rows,
        "median_ratio": statistics.median(ratios),
        "at_most_half": sum(r <= 0.5 for r in ratios),
        "of": len(ratios),
    }
    out["cold_start"] = cold_start

    # 3. guard overhead ------------------------------------------------------------------------------
    say("[3/4] guard overhead ...")
    guard = REPO / "bench" / "guard_overhead.py"
    if guard.is_file():
        proc = subprocess.run([sys.executable, str(guard)], capture_output=True, env=env, cwd=REPO, text=True)
        parsed: Any = None
        with contextlib.suppress(ValueError):
            parsed = json.loads(proc.stdout)
        for line in [] if parsed is not None else reversed(proc.stdout.strip().splitlines()):
            try:
                parsed = json.loads(line)
                break
            except ValueError:
                continue
        out["guard_overhead"] = {"rc": proc.returncode, "result": parsed}
        if parsed is None:
            out["guard_overhead"]["stdout_tail"] = proc.stdout.strip().splitlines()[-10:]
    else:
        out["guard_overhead"] = "not available"

    # 4. peak RSS --------------------------------------------------------------------------------------
    out["peak_rss_mb"] = {
        "naive": naive["peak_rss_mb"],
        "phiscan": thr["phiscan"]["peak_rss_mb"],
        f"phiscan_jobs{args.jobs}": thr[f"phiscan_jobs{args.jobs}"]["peak_rss_mb"],
    }

    shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=2) + "\n")
    summary(out, args.jobs)
    say(f"written to {args.out}")
    return 0


def summary(out: dict[str, Any], jobs: int) -> None:
    """The ratios, one line each."""
    m, t, c = out["machine"], out["throughput"], out["cold_start"]
    nv = t["naive"]
    print(f"machine: {m['cpu_count']} x {m['cpu_model']}, Python {m['python']}, {m['versions']}")
    print(
        f"corpus: {out['corpus']['files']} files{' (sampled)' if out['corpus']['sampled'] else ''}, "
        f"{t['strings']} strings ({t['distinct_strings']} distinct)"
    )
    print(
        f"naive Presidio: {nv['strings_per_s']:.0f} strings/s end to end "
        f"({nv['strings_per_s_analysis_only']:.0f}/s analysis only), {nv['files_per_s']:.2f} files/s, "
        f"{nv['findings']} findings ({nv['findings_score_ge_0_5']} at score >= 0.5), {nv['peak_rss_mb']:.0f} MB"
    )
    for name in [k for k in t if k.startswith("phiscan")]:
        r = t[name]
        print(
            f"{name}: {r['strings_per_s']:.0f} strings/s, {r['files_per_s']:.2f} files/s, "
            f"{r['speedup_vs_naive_wall']:.1f}x naive ({r['speedup_vs_naive_analysis_only']:.1f}x its analysis "
            f"alone), {r['findings']} findings, {r['peak_rss_mb']:.0f} MB"
        )
    print(
        f"cold start, one file ({Path(c['file']).name}): naive start-up + first analysis "
        f"{c['naive']['startup_plus_first_s']:.2f} s"
    )
    for name in ("hook", "cli"):
        r = c[name]
        print(
            f"  {r['command']}: cold {r['cold']['wall_s']:.2f} s ({r['cold_ratio']:.2f}x), "
            f"warm cache {r['warm_cache']['wall_s']:.3f} s ({r['warm_ratio']:.3f}x)"
        )
    sp = c["spread"]
    print(
        f"  hook cold start on {sp['of']} files spread over the sizes: median {sp['median_ratio']:.2f}x naive, "
        f"{sp['at_most_half']} of {sp['of']} at or under 0.5x"
    )
    g = out["guard_overhead"]
    print(f"guard overhead: {g if isinstance(g, str) else g.get('result') or g.get('stdout_tail')}")
    print(f"peak RSS MB: {out['peak_rss_mb']}")


if __name__ == "__main__":
    sys.exit(main())
