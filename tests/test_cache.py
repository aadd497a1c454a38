"""The verdict cache: same findings as a cold run, invalidation, no text on disk, --no-cache, damage."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from phiscan.detect import cache
from phiscan.detect.analyzer import Analyzer
from phiscan.detect.cache import VerdictCache, cache_dir, fingerprint
from phiscan.scan import ScanOptions, scan_paths
from phiscan.surfaces.views import View
from phiscan.types import Detection, Verdict

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "phiscan-ner"
PLANTED = ("Maria Gonzalez", "maria.gonzalez@gmail.com", "536-22-1234")
SCHEMA = {
    "type": "object",
    "properties": {
        "contact": {"type": "string", "description": f"Call {PLANTED[0]} or write to {PLANTED[1]}"},
        "ssn": {"enum": [PLANTED[2]]},
    },
}


@pytest.fixture(autouse=True)
def _cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "phiscan"


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    f = tmp_path / "src" / "intake.schema.json"
    f.parent.mkdir()
    f.write_text(json.dumps(SCHEMA, indent=2))
    return f


class _MustNotAnalyze(Analyzer):
    def analyze(self, items: Any) -> Any:
        raise AssertionError("every view should have come from the cache")


def _dicts(report: Any) -> list[dict[str, Any]]:
    return [f.to_dict() for f in report.findings]


def test_cache_dir_honours_xdg_cache_home(_cache_home: Path) -> None:
    assert cache_dir() == _cache_home


def test_warm_cache_returns_the_cold_findings_without_analysing(planted: Path, analyzer: Analyzer) -> None:
    options = ScanOptions(cache=True)
    cold = scan_paths([planted], options=options, analyzer=analyzer)
    assert cold.findings, "the planted values should be found"
    warm = scan_paths([planted], options=options, analyzer=_MustNotAnalyze())
    assert _dicts(warm) == _dicts(cold)
    assert _dicts(scan_paths([planted], analyzer=analyzer)) == _dicts(cold)  # no cache at all


def test_cache_holds_no_scanned_text(planted: Path, analyzer: Analyzer, _cache_home: Path) -> None:
    scan_paths([planted], options=ScanOptions(cache=True), analyzer=analyzer)
    blobs = b"".join(p.read_bytes() for p in _cache_home.iterdir() if p.is_file())
    assert blobs
    for value in (*PLANTED, "Gonzalez", "536-22", "gmail"):
        for encoded in (value.encode(), value.encode("utf-16-le")):
            assert encoded not in blobs


def test_key_file_is_private(planted: Path, analyzer: Analyzer, _cache_home: Path) -> None:
    scan_paths([planted], options=ScanOptions(cache=True), analyzer=analyzer)
    assert (_cache_home / "key").stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in _cache_home.glob("verdicts-*.sqlite"))


def test_library_default_writes_no_cache(planted: Path, analyzer: Analyzer, _cache_home: Path) -> None:
    scan_paths([planted], analyzer=analyzer)
    assert not _cache_home.exists()


def test_fingerprint_changes_when_a_dependency_is_upgraded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site-packages"
    (site / "presidio_analyzer").mkdir(parents=True)
    (site / "presidio_analyzer" / "__init__.py").write_text("")
    (site / "presidio_analyzer-2.2.1.dist-info").mkdir()
    real = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> Any:
        if name == "presidio_analyzer":
            return importlib.util.spec_from_file_location(name, site / name / "__init__.py")
        return real(name, package)

    before = fingerprint(None, None)
    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    moved = fingerprint(None, None)
    assert moved != before
    (site / "presidio_analyzer-2.2.1.dist-info").rename(site / "presidio_analyzer-2.2.2.dist-info")
    assert fingerprint(None, None) not in (before, moved)


def test_fingerprint_changes_with_model_and_config(tmp_path: Path) -> None:
    model = tmp_path / "model"
    shutil.copytree(MODEL, model)
    first = fingerprint(str(model), None)
    assert first is not None and first == fingerprint(str(model), None)
    assert first != fingerprint(None, None)  # another path
    meta = json.loads((model / "meta.json").read_text())
    meta["version"] = "9.9.9"
    (model / "meta.json").write_text(json.dumps(meta))
    assert fingerprint(str(model), None) != first
    assert fingerprint(None, ["PERSON"]) != fingerprint(None, None)
    assert fingerprint(str(tmp_path / "missing"), None) is None


def test_a_new_fingerprint_starts_empty() -> None:
    view = View("Call Maria Gonzalez", ("contact",), "contact")
    found = Verdict((Detection("PERSON", 5, 19, 0.85, "SpacyRecognizer", "Maria Gonzalez"),))
    old = VerdictCache.open("a" * 64)
    assert old is not None
    old.put([(view, found)])
    assert old.get([view])[0] == found
    old.close()
    new = VerdictCache.open("b" * 64)
    assert new is not None and new.get([view]) == {}
    new.close()


def test_incomplete_verdicts_are_not_cached() -> None:
    c = VerdictCache.open("c" * 64)
    assert c is not None
    partial = Verdict((Detection("US_SSN", 0, 11, 0.9, "phiscan_us_ssn", "078-05-1120"),), complete=False)
    c.put([(View("x1", (), ""), partial)])
    assert c.get([View("x1", (), "")]) == {}
    c.close()


def test_damaged_cache_is_ignored_and_rebuilt(planted: Path, analyzer: Analyzer, _cache_home: Path) -> None:
    options = ScanOptions(cache=True)
    cold = scan_paths([planted], options=options, analyzer=analyzer)
    for db in _cache_home.glob("verdicts-*.sqlite*"):
        db.write_bytes(b"this is not a database" * 100)
    (_cache_home / "key").write_bytes(b"short")
    again = scan_paths([planted], options=options, analyzer=analyzer)
    assert _dicts(again) == _dicts(cold)
    warm = scan_paths([planted], options=options, analyzer=_MustNotAnalyze())
    assert _dicts(warm) == _dicts(cold)


def _cli(*args: str | Path, home: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("phiscan")
    cmd = [exe] if exe else [sys.executable, "-c", "from phiscan.app.cli import main; main()"]
    env = {**__import__("os").environ, "XDG_CACHE_HOME": str(home)}
    return subprocess.run([*cmd, *map(str, args)], capture_output=True, text=True, timeout=300, env=env)


def test_cli_caches_by_default_and_no_cache_writes_nothing(planted: Path, tmp_path: Path) -> None:
    off = tmp_path / "off"
    first = _cli("scan", "--format", "json", "--no-cache", planted, home=off)
    assert first.returncode == 1, first.stderr
    assert not (off / "phiscan").exists()  # (tldextract keeps its own suffix-list cache beside it)
    on = tmp_path / "on"
    cold = _cli("scan", "--format", "json", planted, home=on)
    warm = _cli("scan", "--format", "json", planted, home=on)
    assert list((on / "phiscan").glob("verdicts-*.sqlite"))
    assert cold.stdout == warm.stdout == first.stdout


def test_fingerprint_changes_with_phiscan_code_and_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "phiscan"
    shutil.copytree(cache._PACKAGE_DIR, package, ignore=shutil.ignore_patterns("_models", "__pycache__"))
    model = cache._default_model_dir()
    monkeypatch.setattr(cache, "_PACKAGE_DIR", package)
    monkeypatch.setattr(cache, "_default_model_dir", lambda: model)
    first = fingerprint(None, None)
    assert first is not None and fingerprint(None, None) == first
    splits = package / "data" / "token_splits.json"
    splits.write_text(splits.read_text("utf-8").replace('"Cannot": [', '"Cannot":[', 1), "utf-8")
    second = fingerprint(None, None)
    assert second != first  # the pre-screens read the data files: a new gazetteer is a new verdict
    (package / "policy" / "decide.py").write_text(
        (package / "policy" / "decide.py").read_text("utf-8") + "\n# changed\n", "utf-8"
    )
    assert fingerprint(None, None) not in (first, second)


def test_a_dependency_without_dist_info_is_known_by_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vendored = tmp_path / "vendor" / "regex"
    vendored.mkdir(parents=True)
    (vendored / "__init__.py").write_text("")
    real = importlib.util.find_spec

    def find_spec(name: str, package: str | None = None) -> Any:
        if name == "regex":
            return importlib.util.spec_from_file_location(name, vendored / "__init__.py")
        return real(name, package)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    before = fingerprint(None, None)
    (vendored / "__init__.py").write_text("# upgraded\n")
    assert fingerprint(None, None) != before
