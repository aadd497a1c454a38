"""Bounded work on hostile input (issue 12): measure what the real CLI does with it, assert nothing.

    python bench/hostile.py                                  # the current checkout, all cases
    python bench/hostile.py --tree /tmp/old --label before --out bench/results/hostile-before.json
    python bench/hostile.py --cases long-description-1,deep  # a few cases

Every case is generated here, deterministically (seeded), in a temporary folder, and scanned by
`python -m phiscan scan FILE --format json --no-cache` in a new process whose `PYTHONPATH` is the
chosen checkout (`--tree`).  As in bench/run.py, a small wrapper process starts that scan and
reports its wall time and `getrusage(RUSAGE_CHILDREN).ru_maxrss` (peak RSS of the scan and
anything it started).  Each run is bounded: the wrapper and the scan get `RLIMIT_AS` (default
6 GiB of address space) and the scan's process group is killed after `--timeout` seconds
(default 180); a case that hits either is recorded as such - that is the finding, not a failure of
this script.  `--budget` bounds the whole run: cases left when it is spent are recorded as skipped.

Per case: wall time, peak RSS, user+sys CPU, exit code, status, stdout bytes, findings / errors /
notes counted from the JSON report when it parses (error and note messages are kept: phiscan never
quotes scanned text in them), the input's size, and for the long-description cases the cost per
MiB of input (gross, and net of the `baseline` case: start-up and model load) and an estimate of
the cost per description.  Sizes are MiB (2**20 bytes) for input and RSS alike.

Target from issue 12 (reported beside the figures, not checked): at default limits on a 2-core
machine, at most 10 s and 1 GB of peak RSS per MB of input, and no single string costing more than
a second.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import os
import platform
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results" / "hostile-latest.json"
SEED = 20260412
DRAFT = "https://json-schema.org/draft/2020-12/schema"
DESC_CHARS = 99_000  # just under the default max_string_chars (100,000): each description is analysed whole
TARGET = {"s_per_mb": 10.0, "rss_mb_per_mb": 1024.0, "s_per_string": 1.0}

# Runs the scan in its own process group, kills the group after `timeout` seconds, then prints
# wall time, exit code and the peak RSS of the scan and its descendants (as bench/run.py's _WRAPPER).
_WRAPPER = """
import json, os, resource, signal, subprocess, sys, time
out_path, timeout, cmd = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
timed_out = False
with open(out_path, "wb") as out, open(out_path + ".err", "wb") as err:
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=out, stderr=err, start_new_session=True)
    with open(out_path + ".pid", "w") as f:
        f.write(str(p.pid))
    try:
        rc = p.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(p.pid, signal.SIGKILL)
        rc = p.wait()
    wall = time.perf_counter() - t
    try:
        os.killpg(p.pid, signal.SIGKILL)  # anything the scan left behind in its group
    except (ProcessLookupError, PermissionError):
        pass
ru = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": rc, "wall_s": wall, "peak_rss_mb": ru.ru_maxrss / 1024,
                  "cpu_s": ru.ru_utime + ru.ru_stime, "timed_out": timed_out}))
"""

# ---------------------------------------------------------------- the inputs

_FIRST = ["Maria", "James", "Aisha", "Wei", "Olga", "Kwame", "Priya", "Liam", "Sofia", "Diego", "Fatima", "Hiroshi"]
_LAST = ["Gonzalez", "Whitaker", "Rahman", "Chen", "Petrov", "Mensah", "Natarajan", "Brennan", "Rossi",
         "Hernandez", "Haddad", "Tanaka"]  # fmt: skip


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def description(rng: random.Random, length: int = DESC_CHARS) -> str:
    """`length` characters of 'Patient <first> <last> SSN <ssn> phone <phone>. ', names and numbers drawn from `rng`.

    Drawn rather than one sentence repeated, so no two descriptions of a file are equal and
    de-duplication cannot hide what each one costs.
    """
    parts: list[str] = []
    n = 0
    while n < length:
        s = (
            f"Patient {rng.choice(_FIRST)} {rng.choice(_LAST)} SSN {_ssn(rng)} "
            f"phone {rng.choice(['415', '212', '617', '312'])}-555-{rng.randint(100, 199):04d}. "
        )
        parts.append(s)
        n += len(s)
    return "".join(parts)[:length]


def _dump(doc: Any) -> str:
    return json.dumps(doc, indent=2)


def gen_baseline(rng: random.Random) -> str:
    """A tiny schema: start-up, model load and one short string (subtracted for the net figures)."""
    return _dump({"$schema": DRAFT, "type": "object", "description": "Patient Maria Gonzalez SSN 078-05-1120."})


def gen_long_descriptions(n: int) -> Callable[[random.Random], str]:
    def gen(rng: random.Random) -> str:
        if n == 1:
            return _dump({"$schema": DRAFT, "type": "object", "description": description(rng)})
        props = {f"note_{i:02d}": {"type": "string", "description": description(rng)} for i in range(n)}
        return _dump({"$schema": DRAFT, "type": "object", "properties": props})

    gen.__doc__ = f"{n} description(s) of {DESC_CHARS:,} characters of names, SSNs and phone numbers."
    return gen


def gen_email_redos(rng: random.Random) -> str:
    """A `default` of 'a.' * 25,000 + '@' (backtracking bait for e-mail regexes)."""
    return _dump({"$schema": DRAFT, "type": "string", "default": "a." * 25_000 + "@"})


def _alternation(rng: random.Random, n: int = 10_000) -> str:
    return "^(" + "|".join(f"MRN-{k:07d}" for k in rng.sample(range(10**7), n)) + ")$"


def gen_alternatives(rng: random.Random) -> str:
    """A `pattern` and a `patternProperties` key, each ^( 10,000 distinct MRN-nnnnnnn literals joined by | )$."""
    return _dump(
        {
            "$schema": DRAFT,
            "type": "object",
            "properties": {"mrn": {"type": "string", "pattern": _alternation(rng)}},
            "patternProperties": {_alternation(rng): {"type": "string"}},
        }
    )


def gen_surrogate(rng: random.Random) -> str:
    r"""An SSN-like const ending in a lone surrogate, written as the JSON escape \ud800 (the file is ASCII)."""
    return '{"type":"string","const":"412-67-8831 \\ud800"}'


def gen_many_strings(rng: random.Random) -> str:
    """200,000 short distinct enum values (plus the file's other strings: over max_surfaces_per_file)."""
    return json.dumps({"$schema": DRAFT, "type": "string", "enum": [f"opt-{i:06d}" for i in range(200_000)]})


def gen_deep(rng: random.Random) -> str:
    """{"properties":{"a": ...}} nested 100,000 deep (200,001 levels of braces)."""
    n = 100_000
    return '{"properties":{"a":' * n + "{}" + "}}" * n


CASES: dict[str, Callable[[random.Random], str]] = {
    "baseline": gen_baseline,
    "long-description-1": gen_long_descriptions(1),
    "long-description-5": gen_long_descriptions(5),
    "long-description-40": gen_long_descriptions(40),
    "email-redos": gen_email_redos,
    "alternatives-10k": gen_alternatives,
    "surrogate": gen_surrogate,
    "many-strings": gen_many_strings,
    "deep": gen_deep,
}
LONG = {"long-description-1": 1, "long-description-5": 5, "long-description-40": 40}


def generate(name: str, work: Path) -> Path:
    """Write case `name` to `work`; the same bytes on every run (seeded by the case name)."""
    rng = random.Random(f"{SEED}:{name}")
    path = work / f"{name}.schema.json"
    path.write_text(CASES[name](rng), encoding="ascii")
    return path


# ---------------------------------------------------------------- running one case


def _limit(mem_bytes: int) -> Callable[[], None]:
    def preexec() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (mem_bytes, mem_bytes))

    return preexec


def _killpg(pid_file: Path) -> None:
    try:
        pid = int(pid_file.read_text())
        os.killpg(pid, signal.SIGKILL)
    except (OSError, ValueError):
        pass


def run_case(
    python: str, path: Path, work: Path, env: dict[str, str], timeout: float, mem_bytes: int
) -> dict[str, Any]:
    """Scan `path` in a new process under the limits; stats, status and what the report says."""
    out = work / f"{path.stem}.out"
    cmd = [python, "-m", "phiscan", "scan", str(path), "--format", "json", "--no-cache"]
    wrapper = [python, "-c", _WRAPPER, str(out), str(timeout), *cmd]
    try:
        proc = subprocess.run(
            wrapper,
            capture_output=True,
            env=env,
            cwd=work,
            timeout=timeout + 60,
            preexec_fn=_limit(mem_bytes),
            start_new_session=True,
        )
    except subprocess.TimeoutExpired:  # the wrapper itself hung: kill the scan's group too
        _killpg(Path(str(out) + ".pid"))
        return {"status": f"killed at time limit ({timeout:.0f} s, wrapper backstop)", "wall_s": None}
    try:
        stats = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        tail = proc.stderr.decode(errors="replace")[-1500:]
        return {"status": "wrapper failed", "wrapper_rc": proc.returncode, "wrapper_stderr_tail": tail}
    body = out.read_bytes() if out.exists() else b""
    err = Path(str(out) + ".err")
    stderr = err.read_text(errors="replace") if err.exists() else ""
    rec: dict[str, Any] = {
        "exit": stats["rc"],
        "wall_s": round(stats["wall_s"], 3),
        "cpu_s": round(stats["cpu_s"], 3),
        "peak_rss_mb": round(stats["peak_rss_mb"], 1),
        "stdout_bytes": len(body),
        "stderr_bytes": len(stderr.encode()),
    }
    report: Any = None
    with contextlib.suppress(ValueError):
        report = json.loads(body)
    if isinstance(report, dict):
        rec["findings"] = len(report.get("findings") or [])
        rec["errors"] = len(report.get("errors") or [])
        rec["notes"] = len(report.get("notes") or [])
        rec["warnings"] = len(report.get("warnings") or [])
        rec["strings_scanned"] = report.get("strings_scanned")
        rec["files_scanned"] = report.get("files_scanned")
        rec["error_messages"] = [str(e.get("message", e))[:300] for e in (report.get("errors") or [])[:5]]
        rec["note_messages"] = [str(n.get("message", n) if isinstance(n, dict) else n)[:300] for n in
                                (report.get("notes") or [])[:5]]  # fmt: skip
        entities: dict[str, int] = {}
        for f in report.get("findings") or []:
            entities[f.get("entity", "?")] = entities.get(f.get("entity", "?"), 0) + 1
        rec["findings_by_entity"] = dict(sorted(entities.items(), key=lambda kv: -kv[1]))
    out_of_memory = any(s in stderr for s in ("MemoryError", "bad_alloc", "Cannot allocate memory"))
    rec["memory_error_in_stderr"] = out_of_memory
    if stats["timed_out"]:
        rec["status"] = f"killed at time limit ({timeout:.0f} s)"
    elif stats["rc"] < 0:
        rec["status"] = f"killed by signal {-stats['rc']}"
    elif out_of_memory and report is None:
        rec["status"] = f"out of memory at limit ({mem_bytes / 2**30:.0f} GiB address space)"
    elif report is None:
        rec["status"] = "no JSON report"
    else:
        rec["status"] = "ok" if not out_of_memory else "ok (MemoryError seen in stderr)"
    if report is None or out_of_memory or stats["rc"] not in (0, 1, 2):
        rec["stderr_tail"] = stderr[-1500:]
    for leftover in (out, err, Path(str(out) + ".pid")):
        leftover.unlink(missing_ok=True)
    return rec


# ---------------------------------------------------------------- provenance and the table


def tree_info(tree: Path) -> dict[str, Any]:
    """The checkout measured: commit, uncommitted files under phiscan/, and a hash of its source."""
    info: dict[str, Any] = {"path": str(tree)}
    git = ["git", "-C", str(tree)]
    r = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True)
    info["commit"] = r.stdout.strip() or None
    r = subprocess.run([*git, "status", "--porcelain", "--", "phiscan"], capture_output=True, text=True)
    info["uncommitted"] = r.stdout.splitlines()
    info["source_sha256"] = source_hash(tree)
    return info


def source_hash(tree: Path) -> str:
    h = hashlib.sha256()
    for p in sorted((tree / "phiscan").rglob("*")):
        if p.is_file() and p.suffix != ".pyc" and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(tree)).encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def machine(python: str) -> dict[str, Any]:
    """Where the figures were measured: bench/run.py's description, plus the interpreter that scanned."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from run import machine as described

    return {**described(), "python": python, "python_version": platform.python_version()}


def _fmt(v: Any, spec: str = "") -> str:
    if v is None:
        return "-"
    return format(v, spec) if spec else str(v)


def table(label: str, cases: dict[str, dict[str, Any]]) -> str:
    head = ["case", "input KiB", "wall s", "cpu s", "peak MiB", "exit", "stdout B", "findings", "errors", "notes",
            "s/MiB net", "cpu s/MiB net", "MiB/MiB net", "status"]  # fmt: skip
    rows = [head]
    for name, c in cases.items():
        per = c.get("per_mb") or {}
        cut = ">" if c.get("status") != "ok" and c.get("wall_s") is not None else ""  # killed: lower bounds
        rows.append(
            [
                name,
                _fmt(c.get("input_bytes", 0) / 1024, ".1f"),
                cut + _fmt(c.get("wall_s"), ".2f"),
                cut + _fmt(c.get("cpu_s"), ".2f"),
                cut + _fmt(c.get("peak_rss_mb"), ".0f"),
                _fmt(c.get("exit")),
                _fmt(c.get("stdout_bytes")),
                _fmt(c.get("findings")),
                _fmt(c.get("errors")),
                _fmt(c.get("notes")),
                (cut if "s_per_mb_net" in per else "") + _fmt(per.get("s_per_mb_net"), ".2f"),
                (cut if "cpu_s_per_mb_net" in per else "") + _fmt(per.get("cpu_s_per_mb_net"), ".2f"),
                (cut if "rss_mb_per_mb_net" in per else "") + _fmt(per.get("rss_mb_per_mb_net"), ".0f"),
                c.get("status", ""),
            ]
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [f"hostile inputs - {label}  ('>': killed at a limit, so a lower bound; net = minus the baseline case)"]
    for k, r in enumerate(rows):
        lines.append("  ".join(cell.ljust(w) if i in (0, len(r) - 1) else cell.rjust(w) for i, (cell, w) in
                               enumerate(zip(r, widths, strict=True))).rstrip())  # fmt: skip
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def per_mb(rec: dict[str, Any], n: int, base: dict[str, Any] | None) -> dict[str, Any]:
    """Cost per MiB of input, gross and net of the baseline case, and per description."""
    mb = rec["input_bytes"] / 2**20
    wall, rss = rec.get("wall_s"), rec.get("peak_rss_mb")
    out: dict[str, Any] = {"input_mb": round(mb, 4)}
    if wall is None or rss is None:
        return out
    out["s_per_mb"] = round(wall / mb, 3)
    out["rss_mb_per_mb"] = round(rss / mb, 1)
    out["cpu_s_per_mb"] = round(rec["cpu_s"] / mb, 3)
    if base and base.get("wall_s") is not None and base.get("status") == "ok":
        out["s_per_mb_net"] = round((wall - base["wall_s"]) / mb, 3)
        out["cpu_s_per_mb_net"] = round((rec["cpu_s"] - base["cpu_s"]) / mb, 3)  # steadier than wall when busy
        out["rss_mb_per_mb_net"] = round((rss - base["peak_rss_mb"]) / mb, 1)
        out["s_per_description_net_est"] = round((wall - base["wall_s"]) / n, 3)
        out["cpu_s_per_description_net_est"] = round((rec["cpu_s"] - base["cpu_s"]) / n, 3)
    out["lower_bound"] = rec.get("status") != "ok"  # killed at a limit: the real cost is higher
    return out


# ---------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tree", type=Path, default=REPO, help="checkout to run (put on PYTHONPATH); default this one")
    ap.add_argument("--label", default=None, help="name of this run (default: the tree's folder name)")
    ap.add_argument("--out", type=Path, default=RESULTS, help=f"results file (default {RESULTS.relative_to(REPO)})")
    ap.add_argument("--cases", default=",".join(CASES), help=f"comma-separated, from: {', '.join(CASES)}")
    ap.add_argument("--python", default=sys.executable, help="interpreter with phiscan's dependencies")
    ap.add_argument("--timeout", type=float, default=180.0, help="wall-clock limit per scan, seconds (180)")
    ap.add_argument("--mem-gb", type=float, default=6.0, help="RLIMIT_AS per process, GiB (6)")
    ap.add_argument("--budget", type=float, default=900.0, help="whole-run budget, seconds; later cases skipped")
    ap.add_argument("--keep", action="store_true", help="keep the generated inputs (path printed)")
    ap.add_argument(
        "--show", nargs="+", type=Path, metavar="RESULTS", help="print the tables of results files; run nothing"
    )
    args = ap.parse_args()
    if args.show:
        for f in args.show:
            saved = json.loads(f.read_text())
            print(table(saved["label"], saved["cases"]) + "\n")
        return 0

    tree = args.tree.resolve()
    if not (tree / "phiscan" / "__init__.py").is_file():
        ap.error(f"{tree} has no phiscan/ package")
    names = [c.strip() for c in args.cases.split(",") if c.strip()]
    unknown = [c for c in names if c not in CASES]
    if unknown:
        ap.error(f"unknown case(s) {', '.join(unknown)}; choose from {', '.join(CASES)}")
    label = args.label or tree.name
    mem_bytes = int(args.mem_gb * 2**30)
    say = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731

    work = Path(tempfile.mkdtemp(prefix="phiscan-hostile-"))
    env = {
        **os.environ,
        "PYTHONPATH": str(tree),
        "XDG_CACHE_HOME": str(work / "cache"),
        "PYTHONHASHSEED": "0",
        "NO_COLOR": "1",
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    result: dict[str, Any] = {
        "label": label,
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "command": [args.python, "-m", "phiscan", "scan", "FILE", "--format", "json", "--no-cache"],
        "tree": tree_info(tree),
        "machine": machine(args.python),
        "limits": {"timeout_s": args.timeout, "rlimit_as_gib": args.mem_gb, "budget_s": args.budget},
        "target": TARGET,
        "units": "input and RSS in MiB (2**20 bytes); peak RSS is ru_maxrss of the scan and its descendants",
        "seed": SEED,
        "cases": {},
    }
    try:
        # warm-up, not recorded: byte-compiles the tree and fills the page cache with the model
        say(f"[{label}] warm-up ...")
        warm = work / "warmup.schema.json"
        warm.write_text(gen_baseline(random.Random(0)))
        run_case(args.python, warm, work, env, args.timeout, mem_bytes)
        t_start = time.monotonic()
        for name in names:
            path = generate(name, work)
            rec: dict[str, Any] = {"input_bytes": path.stat().st_size, "generator": (CASES[name].__doc__ or "").strip()}
            if time.monotonic() - t_start > args.budget:
                rec["status"] = f"skipped: run budget ({args.budget:.0f} s) spent"
                say(f"[{label}] {name}: skipped (budget)")
            else:
                say(f"[{label}] {name} ({rec['input_bytes']:,} bytes) ...")
                rec["load_average_before"] = os.getloadavg()
                rec.update(run_case(args.python, path, work, env, args.timeout, mem_bytes))
                say(f"[{label}]   {rec.get('status')}: {rec.get('wall_s')} s, {rec.get('peak_rss_mb')} MiB")
            if name in LONG:
                rec["per_mb"] = per_mb(rec, LONG[name], result["cases"].get("baseline"))
            result["cases"][name] = rec
            if not args.keep:
                path.unlink(missing_ok=True)
    finally:
        if args.keep:
            say(f"inputs kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    result["load_average_at_end"] = os.getloadavg()
    after = source_hash(tree)
    result["tree"]["source_changed_during_run"] = after != result["tree"]["source_sha256"]
    if result["tree"]["source_changed_during_run"]:
        say(f"[{label}] note: {tree}/phiscan changed while this ran; figures may mix two versions")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(table(label, result["cases"]))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
