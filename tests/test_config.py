"""Configuration: discovery, precedence, validation errors, and its effect on a real scan."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phiscan.app import settings as config
from phiscan.detect.analyzer import Analyzer
from phiscan.errors import ConfigError
from phiscan.scan import ScanOptions, scan_document
from phiscan.types import Severity

ROOT = Path(__file__).resolve().parent.parent
PROJECT = ROOT / "fixtures" / "config" / "project"
PYPROJECT = PROJECT / "pyproject.toml"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("phiscan", path=str(Path(sys.executable).parent)) or shutil.which("phiscan")
    assert exe is not None
    return subprocess.run([exe, *map(str, args)], capture_output=True, text=True, timeout=300, cwd=cwd)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# discovery and precedence


def test_discovery_walks_up_from_the_scanned_path() -> None:
    cfg = config.load([PROJECT / "schemas" / "visit.schema.json"])
    assert cfg.file == PYPROJECT
    assert cfg["fail_on"] is Severity.HIGH and cfg["min_score"] == 0.6
    assert cfg.sources["fail_on"] == str(PYPROJECT)
    assert cfg.sources["include"] == config.DEFAULT


def test_phiscan_toml_wins_over_pyproject_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.phiscan]\nmin_score = 0.9\n")
    write(tmp_path / ".phiscan.toml", "min_score = 0.7\n")
    assert config.load([tmp_path])["min_score"] == 0.7


def test_nearest_config_wins(tmp_path: Path) -> None:
    write(tmp_path / ".phiscan.toml", "min_score = 0.7\n")
    write(tmp_path / "sub" / ".phiscan.toml", "min_score = 0.8\n")
    f = write(tmp_path / "sub" / "a.json", "{}")
    assert config.load([f])["min_score"] == 0.8


def test_pyproject_without_a_phiscan_table_is_passed_over(tmp_path: Path) -> None:
    write(tmp_path / ".phiscan.toml", "min_score = 0.7\n")
    write(tmp_path / "pkg" / "pyproject.toml", "[project]\nname = 'x'\n")
    cfg = config.load([tmp_path / "pkg"])
    assert cfg.file == tmp_path / ".phiscan.toml"


def test_no_config_found_gives_defaults(tmp_path: Path) -> None:
    cfg = config.load([tmp_path])
    assert cfg.file is None
    assert set(cfg.sources.values()) == {config.DEFAULT}


def test_config_flag_skips_discovery(tmp_path: Path) -> None:
    other = write(tmp_path / "other.toml", "fail_on = 'low'\n")
    cfg = config.load([PROJECT], other)
    assert cfg.file == other and cfg["fail_on"] is Severity.LOW and cfg["min_score"] == 0.5


def test_a_scan_reads_a_file_that_also_configures_the_gateway(tmp_path: Path) -> None:
    write(tmp_path / ".phiscan.toml", "fail_on = 'low'\n[gateway]\nlisten = '0.0.0.0:8787'\nworkers = 2\n")
    assert config.load([tmp_path])["fail_on"] is Severity.LOW


def test_command_line_overrides_the_file() -> None:
    cfg = config.load([PROJECT], overrides={"fail_on": "medium", "min_score": None, "exclude": ["x/**"]})
    assert cfg["fail_on"] is Severity.MEDIUM and cfg.sources["fail_on"] == config.COMMAND_LINE
    assert cfg["min_score"] == 0.6 and cfg.sources["min_score"] == str(PYPROJECT)  # None = flag not given
    assert cfg["exclude"] == ("x/**",)


def test_relative_paths_in_a_config_resolve_against_its_folder(tmp_path: Path) -> None:
    (tmp_path / "model").mkdir()
    write(tmp_path / ".phiscan.toml", "nlp_model = 'model'\nbaseline = 'b.json'\n")
    cfg = config.load([tmp_path])
    assert cfg["nlp_model"] == str(tmp_path / "model") and cfg["baseline"] == str(tmp_path / "b.json")


def test_kebab_and_snake_keys_are_the_same_key(tmp_path: Path) -> None:
    write(tmp_path / ".phiscan.toml", "fail-on = 'low'\n[per_file_ignores]\n'a/*' = ['phi-ssn']\n")
    cfg = config.load([tmp_path])
    assert cfg["fail_on"] is Severity.LOW and cfg["per_file_ignores"] == {"a/*": ("phi-ssn",)}


# failure paths: each names the file, the key and what is allowed


BAD = [
    ("colour = 'red'\n", "unknown key 'colour'; allowed keys: include, exclude, fail_on"),
    ("fail_on = 'critical'\n", "fail_on must be one of 'low', 'medium', 'high'"),
    ("fail_on = 3\n", "fail_on must be one of 'low', 'medium', 'high' (got an integer)"),
    ("min_score = 'high'\n", "min_score must be a number from 0 to 1 (got a string)"),
    ("min_score = 1.5\n", "min_score must be a number from 0 to 1 (got out of range)"),
    ("min_score = true\n", "min_score must be a number from 0 to 1 (got a boolean)"),
    ("profile = 'gdpr'\n", "profile must be one of 'hipaa', 'zdr', 'none'"),
    ("exclude = 'build'\n", "exclude must be a list of path globs (got a string)"),
    ("deny_list = ['']\n", "deny_list must be a list of non-empty terms"),
    ("entities = { PERSON = 'off' }\n", "entities.PERSON must be true or false"),
    ("[allowlist]\nvalue = ['x']\n", "unknown key allowlist.'value'; allowed keys: values, regexes"),
    (
        "[allowlist]\nregexes = ['(unclosed']\n",
        "allowlist.regexes[0] is not a valid regular expression (missing ), unterminated subpattern at position 0)",
    ),
    ("[per-file-ignores]\n'*.json' = 'phi-ssn'\n", "per-file-ignores.'*.json' must be a list of rule ids"),
    ("[per-file-ignores]\n'*.json' = ['PHI SSN']\n", "per-file-ignores.'*.json' must be a list of rule ids"),
    ("[[recognizers]]\nentity = 'X'\nregex = 'a'\n", "recognizers[0] needs 'score'"),
    (
        "[[recognizers]]\nentity = 'x'\nregex = 'a'\nscore = 0.5\n",
        "recognizers[0].entity must be an UPPER_SNAKE entity name",
    ),
    (
        "[[recognizers]]\nentity = 'X'\nregex = '[a'\nscore = 0.5\n",
        "recognizers[0].regex is not a valid regular expression",
    ),
    (
        "[[recognizers]]\nentity = 'X'\nregex = 'a'\nscore = 0.5\nflags = 'i'\n",
        "unknown key recognizers[0].'flags'; allowed keys: entity, regex, score, context, name",
    ),
    (
        "[[recognizers]]\nentity = 'X'\nregex = 'a'\nscore = 0.5\ncontext = 'patient'\n",
        "recognizers[0].context must be a list of words (got a string)",
    ),
    ("[gateway]\nlistn = '0.0.0.0:8787'\n", "unknown key gateway.'listn'; allowed keys: listen, upstream"),
    ("fail_on = 'low'\nfail-on = 'high'\n", "'fail-on' is given twice"),
    ("min_score = \n", "not valid TOML"),
]


@pytest.mark.parametrize(("text", "message"), BAD, ids=[m[:40] for _, m in BAD])
def test_bad_config_names_file_key_and_what_is_allowed(tmp_path: Path, text: str, message: str) -> None:
    f = write(tmp_path / ".phiscan.toml", text)
    with pytest.raises(ConfigError) as e:
        config.load([tmp_path])
    assert str(e.value).startswith(f"{f}: ")
    assert message in str(e.value)


def test_bad_values_in_pyproject_name_the_pyproject(tmp_path: Path) -> None:
    f = write(tmp_path / "pyproject.toml", "[tool.phiscan]\nmin_score = 'x'\n")
    with pytest.raises(ConfigError, match=re.escape(f"{f}: min_score must be")):
        config.load([tmp_path])


def test_an_allowlisted_value_is_never_quoted_in_an_error(tmp_path: Path) -> None:
    write(tmp_path / ".phiscan.toml", "[allowlist]\nvalues = ['078-05-1120', 7]\n")
    with pytest.raises(ConfigError) as e:
        config.load([tmp_path])
    assert "078-05-1120" not in str(e.value)


def test_unreadable_config_is_a_config_error(tmp_path: Path) -> None:
    folder = tmp_path / "conf.toml"
    folder.mkdir()
    with pytest.raises(ConfigError, match="config file cannot be read"):
        config.load([tmp_path], folder)
    with pytest.raises(ConfigError, match="does not exist"):
        config.load([tmp_path], tmp_path / "missing.toml")
    binary = tmp_path / "bin.toml"
    binary.write_bytes(b"min_score = 0.5 # \xff\xfe\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        config.load([tmp_path], binary)


def test_a_given_pyproject_without_the_table_is_an_error(tmp_path: Path) -> None:
    f = write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n")
    with pytest.raises(ConfigError, match=r"has no \[tool.phiscan\] table"):
        config.load([], f)


def test_bad_command_line_value_is_reported_as_command_line() -> None:
    with pytest.raises(ConfigError, match=r"^command line: min_score must be a number from 0 to 1"):
        config.load([PROJECT], overrides={"min_score": 7.0})


# what the configuration turns into


def test_scan_options_carry_policy_and_suppressions() -> None:
    opts = config.scan_options(config.load([PROJECT]))
    assert isinstance(opts, ScanOptions)
    assert opts.fail_on is Severity.HIGH and opts.policy.min_score == 0.6
    assert opts.policy.allow_values == frozenset({"Maria Gonzalez"})
    assert [p.pattern for p in opts.policy.allow_patterns] == [r"^Dr\. Example\b"]
    assert opts.policy.disabled_entities == frozenset({"ZIP_CODE"})
    assert opts.suppressions.disabled_rules == frozenset({"phi-ip-address"})
    assert opts.suppressions.per_file == (("legacy/*.json", ("phi-person-name",)),)
    assert opts.suppressions.root == str(PROJECT)
    assert opts.exclude == ("generated/**",) and opts.profile == "hipaa"
    assert opts.analyze_also is not None and opts.analyze_also.search("lakeside")


def test_deny_terms_match_the_word_they_start() -> None:
    rx = re.compile(config.deny_regex(["PT-", "Lakeside Clinic"]), re.IGNORECASE)
    assert [m.group() for m in rx.finditer("ids PT-004512 and pt-77 at lakeside clinic")] == [
        "PT-004512",
        "pt-77",
        "lakeside clinic",
    ]
    assert rx.search("OPT-1") is None  # a term must start a word


def _doc() -> dict[str, object]:
    return {
        "type": "object",
        "title": "Visit for Robert Davis",
        "properties": {"guardian": {"type": "string", "enum": ["Linda Chen"]}},
    }


@pytest.mark.parametrize("switch", ["PERSON", "phi-person-name", "phi-person-*"])
def test_entities_off_by_entity_or_rule_id(tmp_path: Path, analyzer: Analyzer, switch: str) -> None:
    write(tmp_path / ".phiscan.toml", f'entities = {{ "{switch}" = false }}\n')
    assert len(scan_document(_doc(), analyzer=analyzer).findings) == 2
    opts = config.scan_options(config.load([tmp_path]))
    report = scan_document(_doc(), options=opts, analyzer=analyzer)
    assert report.findings == () and report.ignored == 0  # disabled rules are not findings at all


def test_allowlist_values_and_regexes(tmp_path: Path, analyzer: Analyzer) -> None:
    write(tmp_path / ".phiscan.toml", "[allowlist]\nvalues = ['Linda Chen']\nregexes = ['^Robert\\b']\n")
    opts = config.scan_options(config.load([tmp_path]))
    assert scan_document(_doc(), options=opts, analyzer=analyzer).findings == ()


# through the real CLI


def test_cli_scan_applies_the_discovered_config() -> None:
    result = run("scan", "--format", "json", PROJECT)
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    got = sorted((Path(f["path"]).relative_to(PROJECT).as_posix(), f["pointer"], f["rule"]) for f in doc["findings"])
    assert got == [
        ("schemas/visit.schema.json", "/properties/clinic_code/enum/0", "phi-deny-list"),
        ("schemas/visit.schema.json", "/properties/patient/const", "phi-clinic-patient-id"),
        ("schemas/visit.schema.json", "/properties/site/description", "phi-deny-list"),
    ]  # the allowlisted title, the per-file-ignored legacy names and the excluded generated/ are gone
    assert doc["ignored"] == 2 and doc["files_scanned"] == 2 and doc["fail_on"] == "high"


def test_cli_flags_override_the_config() -> None:
    result = run("scan", "--format", "json", "--fail-on", "low", "--exclude", "schemas/**", PROJECT)
    doc = json.loads(result.stdout)
    assert doc["fail_on"] == "low" and doc["files_scanned"] == 2
    # --exclude replaces the file's exclude (like ruff): generated/ is back, schemas/ is out
    assert {Path(f["path"]).parent.name for f in doc["findings"]} == {"generated"}
    assert result.returncode == 1


def test_cli_config_prints_values_and_sources() -> None:
    result = run("config", PROJECT / "schemas")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"# config file: {PYPROJECT}"
    assert f'fail_on = "high"  # {PYPROJECT}' in lines
    assert 'profile = "hipaa"  # default' in lines
    assert f'per-file-ignores = {{"legacy/*.json" = ["phi-person-name"]}}  # {PYPROJECT}' in lines


def test_cli_config_shows_command_line_sources() -> None:
    result = run("config", "--fail-on", "low", "--profile", "zdr", PROJECT)
    assert result.returncode == 0, result.stderr
    assert 'fail_on = "low"  # command line' in result.stdout.splitlines()
    assert 'profile = "zdr"  # command line' in result.stdout.splitlines()
    assert f"min_score = 0.6  # {PYPROJECT}" in result.stdout.splitlines()


def test_cli_config_with_a_bad_file_exits_2(tmp_path: Path) -> None:
    f = write(tmp_path / ".phiscan.toml", "min_scor = 0.5\n")
    for args in (("config", tmp_path), ("scan", tmp_path)):
        result = run(*args)
        assert result.returncode == 2
        assert f"{f}: unknown key 'min_scor'; allowed keys:" in result.stderr
