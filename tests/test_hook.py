"""`phiscan-hook`, the pre-commit entry point: the files pre-commit passes, settings from the config file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phiscan.app.hook import main

ROOT = Path(__file__).resolve().parent.parent
PRECOMMIT = ROOT / "fixtures" / "config" / "precommit"
RAW_SSN = "078-05-1123"


@pytest.fixture
def staged(tmp_path: Path) -> Path:
    """The two pre-commit fixtures, copied outside the checkout so the repo's own config does not apply."""
    for name in ("clean.schema.json", "dirty.schema.json"):
        shutil.copy(PRECOMMIT / name, tmp_path / name)
    return tmp_path


def test_clean_files_pass_and_a_file_with_phi_fails_without_showing_it(
    staged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(staged / "clean.schema.json")]) == 0
    assert main([str(staged / "clean.schema.json"), str(staged / "dirty.schema.json"), "--no-cache"]) == 1
    out = capsys.readouterr().out
    assert "dirty.schema.json:7:40 high phi-ssn /properties/ssn/const" in out
    assert RAW_SSN not in out


def test_fail_on_and_a_config_file_are_honoured(staged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dirty = str(staged / "dirty.schema.json")
    assert main([dirty, "--fail-on", "high"]) == 1
    config = staged / ".phiscan.toml"
    config.write_text('[entities]\n"phi-ssn" = false\n', encoding="utf-8")
    capsys.readouterr()
    code = main([dirty, "--config", str(config)])
    assert code == 0, capsys.readouterr()


def test_a_baseline_silences_accepted_findings(staged: Path) -> None:
    dirty = staged / "dirty.schema.json"
    baseline = staged / ".phiscan-baseline.json"
    created = subprocess.run(
        [sys.executable, "-m", "phiscan", "baseline", "create", str(dirty), "--baseline", str(baseline)],
        capture_output=True,
        text=True,
        cwd=staged,
    )
    assert created.returncode == 0, created.stderr
    assert main([str(dirty), "--baseline", str(baseline)]) == 0


def test_github_format_writes_annotations(staged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(staged / "dirty.schema.json"), "--format", "github"]) == 1
    assert capsys.readouterr().out.startswith("::error file=")


def test_bad_input_is_an_error_not_a_crash(staged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = staged / "broken.json"
    broken.write_text('{"enum": ["a",]}', encoding="utf-8")
    assert main([str(broken), str(staged / "clean.schema.json")]) == 2
    assert "broken.json" in capsys.readouterr().out
    with pytest.raises(SystemExit) as exc:
        main(["--format", "html", str(broken)])
    assert exc.value.code == 2  # argparse's usage error
    assert main(["--config", str(staged / "missing.toml"), str(broken)]) == 2
    assert "missing.toml" in capsys.readouterr().err


def test_no_files_is_a_clean_run() -> None:
    assert main([]) == 0


def test_the_hook_does_not_import_the_cli_framework(staged: Path) -> None:
    code = (
        "import sys; from phiscan.app.hook import main; code = main(sys.argv[1:]); "
        "print(code, 'typer' in sys.modules, 'click' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(staged / "clean.schema.json")], capture_output=True, text=True, check=True
    )
    assert out.stdout.split()[-3:] == ["0", "False", "False"]


def test_the_hook_takes_every_option_of_phiscan_scan() -> None:
    import typer.main

    from phiscan.app.cli import app
    from phiscan.app.hook import parser

    group = typer.main.get_command(app)
    scan = group.commands["scan"]  # type: ignore[attr-defined]
    cli = {opt for param in scan.params for opt in (*param.opts, *param.secondary_opts) if opt.startswith("-")}
    hook = {opt for action in parser()._actions for opt in action.option_strings} - {"-h", "--help", "--version"}
    assert cli == hook


def test_scan_options_work_in_the_hook(staged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dirty = str(staged / "dirty.schema.json")
    assert main([dirty, "--format", "json", "--jobs", "1", "--profile", "none", "--max-string-chars", "500"]) == 1
    assert '"rule": "phi-ssn"' in capsys.readouterr().out
    assert main([dirty, "--exclude", "dirty.schema.json"]) == 0
    assert main([dirty, "--min-score", "0.99"]) == 0
