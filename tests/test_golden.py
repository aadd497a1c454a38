"""Golden outputs: `phiscan scan fixtures/` in every format, and the guard's verdicts on the request fixtures.

These pin the whole pipeline's observable behaviour byte for byte, so that moving code around cannot
change what a user sees without the change showing up here.  After an intended change of output, run
`PHISCAN_UPDATE_GOLDEN=1 pytest tests/test_golden.py` and review the diff of `tests/golden/`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phiscan.detect.analyzer import Analyzer
from phiscan.report import reporter

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = bool(os.environ.get("PHISCAN_UPDATE_GOLDEN"))


def _normalise(text: str) -> str:
    # the checkout's location and the installed version are the only parts that vary between machines
    from phiscan.report.sarif import _tool_version

    text = text.replace(ROOT.as_uri() + "/", "file:///CHECKOUT/").replace(str(ROOT), "/CHECKOUT")
    return text.replace(f'"version": "{_tool_version()}"', '"version": "VERSION"')


def _check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert path.read_text(encoding="utf-8") == actual, f"{name} differs from its golden file"


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_scan_of_the_fixtures_matches_its_golden_output(fmt: str, tmp_path: Path) -> None:
    exe = shutil.which("phiscan", path=str(Path(sys.executable).parent)) or shutil.which("phiscan")
    assert exe is not None
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "NO_COLOR": "1"}
    env.pop("FORCE_COLOR", None)
    done = subprocess.run(
        [exe, "scan", "fixtures/", "--format", fmt, "--no-cache"],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 2  # fixtures/broken holds files that cannot be parsed
    _check(f"fixtures.{fmt}", _normalise(done.stdout) + "--- stderr\n" + _normalise(done.stderr))


def test_guard_verdicts_on_the_request_fixtures_match_their_golden_output(analyzer: Analyzer) -> None:
    import io

    from phiscan.sdk.guard import Guard
    from phiscan.types import Severity

    guard = Guard("hipaa", Severity.MEDIUM, (), "raise", analyzer)
    out = io.StringIO()
    for request in sorted((ROOT / "fixtures" / "requests").glob("*.json")):
        body = json.loads(request.read_text(encoding="utf-8"))
        report = guard.check(body, endpoint="/v1/messages")
        out.write(f"=== {request.name} exit={report.exit_code}\n")
        reporter("json")(report, out)
        out.write("\n")
    _check("guard.json.txt", out.getvalue())
