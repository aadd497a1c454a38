"""`--jobs N` gives the same report as one process, byte for byte, through the real CLI; long text split between
processes gives the same verdicts as one."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import phiscan
from phiscan.detect.analyzer import Analyzer
from phiscan.surfaces.views import View

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _cli(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("phiscan")
    cmd = [exe] if exe else [sys.executable, "-c", "from phiscan.app.cli import main; main()"]
    env = {**os.environ, "XDG_CACHE_HOME": str(home)}
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, timeout=600, env=env)


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_jobs_2_output_equals_jobs_1(tmp_path: Path, fmt: str) -> None:
    tree = tmp_path / "tree"
    shutil.copytree(FIXTURES, tree)  # every kind, clean, dirty and broken files
    assert sum(1 for _ in tree.rglob("*.json")) >= 8  # enough files for two workers to share
    one = _cli("scan", "--format", fmt, "--no-cache", "--jobs", "1", tree, home=tmp_path / "c1")
    two = _cli("scan", "--format", fmt, "--no-cache", "--jobs", "2", tree, home=tmp_path / "c2")
    assert one.returncode == two.returncode
    assert one.returncode in (1, 2), one.stderr
    assert one.stdout == two.stdout
    assert one.stdout


def test_jobs_with_a_shared_cache_match_too(tmp_path: Path) -> None:
    home = tmp_path / "c"
    plain = _cli("scan", "--format", "json", "--no-cache", FIXTURES, home=home)
    cold = _cli("scan", "--format", "json", "--jobs", "2", FIXTURES, home=home)
    warm = _cli("scan", "--format", "json", "--jobs", "2", FIXTURES, home=home)
    assert plain.stdout == cold.stdout == warm.stdout


def _long_description(n: int = 60_000) -> str:
    """Prose of names, numbers and filler, long enough to be split between processes."""
    unit = "Seen by Ingrid Halvorsen, MRN 48213377, call 614-278-3391; the rest of the note is routine. "
    return (unit * (n // len(unit) + 1))[:n]


def test_a_long_text_split_between_processes_gives_the_same_verdict(analyzer: Analyzer) -> None:
    view = View(_long_description(), ("description",), "description")
    alone, split = analyzer.analyze([view], workers=1), analyzer.analyze([view], workers=2)
    assert split == alone
    assert alone[0].complete and {d.entity for d in alone[0].detections} >= {"PERSON", "PHONE_NUMBER"}


def test_a_worker_that_dies_has_its_windows_analysed_in_the_parent(
    analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from phiscan.detect import forked

    view = View(_long_description(), ("description",), "description")
    alone = analyzer.analyze([view], workers=1)
    monkeypatch.setattr(forked, "_in_worker", lambda items: os._exit(3))  # the fork inherits it
    assert analyzer.analyze([view], workers=2) == alone


def test_text_is_not_split_in_a_process_with_other_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    from phiscan.detect import forked

    assert forked.can_split(2, forked.MIN_CHARS)
    monkeypatch.setattr(forked.threading, "active_count", lambda: 2)  # the guard's and the gateway's case
    assert not forked.can_split(2, forked.MIN_CHARS)
    assert not forked.can_split(1, 10 * forked.MIN_CHARS)


def test_a_split_run_keeps_the_order_and_does_its_meanwhile_work_once() -> None:
    from phiscan.detect import forked

    calls: list[str] = []
    items = [str(i) * 30_000 for i in range(6)]
    assert forked.can_split(2, sum(map(len, items)))  # the split happens: the test is of it
    out = forked.map_split(
        lambda part: [len(x) + int(x[0]) for x in part],
        items,
        [len(x) for x in items],
        2,
        lambda: calls.append("meanwhile"),
    )
    assert out == [30_000 + i for i in range(6)]
    assert calls == ["meanwhile"]
    assert forked.map_split(lambda part: list(part), ["a"], [1], 2, lambda: calls.append("small")) == ["a"]
    assert calls == ["meanwhile", "small"]  # nothing to split: still done, here


def test_long_text_is_judged_in_two_processes_as_in_one(analyzer: Analyzer) -> None:
    from phiscan.detect import forked

    assert forked.can_split(2, 3 * len(_long_description()))  # the split happens: the test is of it
    doc = {"type": "object", "properties": {f"note_{i}": {"description": _long_description()} for i in range(3)}}
    alone = phiscan.scan_document(doc, analyzer=analyzer, options=phiscan.ScanOptions(jobs=1))
    split = phiscan.scan_document(doc, analyzer=analyzer, options=phiscan.ScanOptions(jobs=2))
    assert split.findings == alone.findings and alone.findings
