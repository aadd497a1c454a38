"""A throw-away workspace for the report-format tests, and the real CLI run over it.

The workspace holds the report fixture (`fixtures/report/referral.schema.json`), the broken fixture
(`fixtures/report/broken/unclosed.json`, which fails to parse at line 5), and a schema whose file name is
not UTF-8 and whose finding sits under a flagged key (`/properties/maria_gonzalez/enum/0`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "fixtures" / "report"
DATA = Path(__file__).resolve().parent / "data"
# Every raw value planted in the workspace; none may reach an uploaded report.
RAW = ("maria", "gonzalez", "ryan", "davis", "078-05-1122", "078-05-1121", "0045821", "0099310")
ODD_NAME = os.fsdecode(b"intake-\xff.json")  # a file name that is not UTF-8
ODD_SHOWN = "intake-\\xff.json"  # how the reports name it: its byte, escaped, in plain UTF-8
UNDER_KEY = '{"type": "object", "properties": {"maria_gonzalez": {"type": "string", "enum": ["078-05-1121"]}}}'


def workspace(folder: Path) -> Path:
    """Fill `folder` with the three files (it is no git checkout: paths are relative to it) and return it."""
    shutil.copy(REPORT / "referral.schema.json", folder / "referral.schema.json")
    (folder / "broken").mkdir()
    shutil.copy(REPORT / "broken" / "unclosed.json", folder / "broken" / "unclosed.json")
    (folder / ODD_NAME).write_text(UNDER_KEY, encoding="utf-8")
    return folder


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """`python -m phiscan scan ARGS .` in `folder`; output kept as bytes, so its encoding can be checked."""
    cmd = [sys.executable, "-m", "phiscan", "scan", *args, "."]
    return subprocess.run(cmd, capture_output=True, cwd=folder, timeout=600, check=False)
