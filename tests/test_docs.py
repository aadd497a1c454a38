"""The documentation stays true to the code: commands, module paths, config keys, links and the JSON contract.

Each check reads the Markdown as written (README.md, ARCHITECTURE.md, docs/*.md) and compares it with the
code's own tables: the click command group, `SCAN_FLAGS`, `KEYS`, `Limits`, the value enums.  Each one also
asserts that it found what it checks, and a test per checker feeds it a known mistake, so a parser that
silently matches nothing cannot pass.  CHANGELOG.md is left out of the module check on purpose: it names
modules that were removed.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import re
import shlex
import sys
import warnings
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from phiscan.app.flags import SCAN_FLAGS
from phiscan.app.keys import KEYS, check
from phiscan.documents.load import Limits
from phiscan.errors import ConfigError
from phiscan.report.json import report_dict
from phiscan.types import Exposure, FileError, Finding, FindingKind, Location, Note, Report, Role, Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
USER_DOCS = [README, *DOCS]  # where commands and config examples are
ALL_DOCS = [README, ROOT / "ARCHITECTURE.md", *DOCS]  # where module paths are named
LINKED_DOCS = [*ALL_DOCS, ROOT / "CHANGELOG.md"]

SHELL = frozenset({"sh", "bash", "shell", "console", "zsh"})
OPERATORS = frozenset({"&&", "||", "|", ";", "&"})
FENCE = re.compile(r"^\s*(```+|~~~+)\s*([\w+-]*)")
INLINE_CODE = re.compile(r"`((?:[^`\n]|\n(?![ \t]*\n))+)`")  # a code span may wrap, not cross a blank line
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
# `phiscan.a.b` not preceded by a word, dot, slash or dash: leaves out `.phiscan.toml`, `tool.phiscan.x`,
# `$XDG_CACHE_HOME/phiscan`
DOTTED = re.compile(r"(?<![\w./-])phiscan(?:\.[A-Za-z_]\w*)+")
FILE_SUFFIXES = frozenset({"toml", "sarif", "yml", "yaml", "json", "md", "txt", "py", "cfg"})
REPO_PATH = re.compile(r"(?<![\w./\"'\[-])((?:phiscan|tests|scripts|bench|models|fixtures|docs|training)/[\w./-]*)")


# ---------------------------------------------------------------- reading Markdown
def blocks(path: Path) -> Iterator[tuple[str, str, int]]:
    """Fenced code blocks of `path`: (language, body, line number of the opening fence)."""
    lines = path.read_text("utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, lang, start = m.group(1), m.group(2).lower(), i + 1
        body: list[str] = []
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            body.append(lines[i])
            i += 1
        yield lang, "\n".join(body), start
        i += 1


def prose(path: Path) -> str:
    """`path` without its fenced code blocks (inline code and links are read from this)."""
    out: list[str] = []
    fence = ""
    for line in path.read_text("utf-8").splitlines():
        m = FENCE.match(line)
        if fence:
            if line.strip().startswith(fence):
                fence = ""
            out.append("")
        elif m:
            fence = m.group(1)
            out.append("")
        else:
            out.append(line)
    return "\n".join(out)


def inline_code(path: Path) -> list[str]:
    return INLINE_CODE.findall(prose(path))


def section(path: Path, heading: str) -> str:
    """The prose of `path` from the heading that ends with `heading` to the next heading of its level or above."""
    lines = prose(path).splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^(#+) (.*)$", line)
        if m and m.group(2).strip().endswith(heading):
            level, out = len(m.group(1)), []
            for rest in lines[i + 1 :]:
                n = re.match(r"^(#+) ", rest)
                if n and len(n.group(1)) <= level:
                    break
                out.append(rest)
            return "\n".join(out)
    raise AssertionError(f"{path.name} has no heading {heading!r}")


def slug(heading: str) -> str:
    """The anchor GitHub makes of a heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    return {slug(m.group(1)) for m in re.finditer(r"^#+ (.*)$", prose(path), re.MULTILINE)}


# ---------------------------------------------------------------- (a) commands
def _segments(line: str) -> Iterator[list[str]]:
    """The simple commands of one shell line (split at &&, |, ;), comments dropped."""
    lex = shlex.shlex(line, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    words: list[str] = []
    for token in lex:
        if token in OPERATORS:
            yield words
            words = []
        else:
            words.append(token)
    yield words


def phiscan_commands(line: str) -> Iterator[tuple[str, list[str]]]:
    """(program, arguments) for each `phiscan` / `phiscan-hook` command on a shell line, `python -m` forms too."""
    for words in _segments(line):
        if not words:
            continue
        if words[0] in ("phiscan", "phiscan-hook"):
            yield words[0], words[1:]
        elif re.fullmatch(r"python3?(\.\d+)?", words[0]) and "-m" in words:
            i = words.index("-m")
            module = words[i + 1] if i + 1 < len(words) else ""
            if module == "phiscan":
                yield "phiscan", words[i + 2 :]
            elif module == "phiscan.app.hook":
                yield "phiscan-hook", words[i + 2 :]


def shell_lines(path: Path) -> Iterator[tuple[int, str]]:
    """Command lines of the shell blocks of `path` (a console block's `$ ` lines), and `run:` lines of YAML."""
    for lang, body, start in blocks(path):
        for n, raw in enumerate(body.splitlines(), start + 1):
            text = raw.strip()
            if lang == "console":
                if text.startswith("$ "):
                    yield n, text[2:]
            elif lang in SHELL:
                yield n, text
            elif lang in ("yaml", "yml"):
                m = re.match(r"^(?:-\s+)?run:\s*(.+)$", text)
                if m:
                    yield n, m.group(1)


@cache
def cli() -> Any:
    from phiscan.app.cli import command

    return command()


def options_of(cmd: Any) -> set[str]:
    # typer ships its own copy of click, so parameters are told apart by their spellings, not their class
    names = {"--help"}
    for p in cmd.params:
        names.update(o for o in (*p.opts, *p.secondary_opts) if o.startswith("-"))
    return names


def hook_options() -> set[str]:
    names = {"--version", "--help", "-h"}
    for flag in SCAN_FLAGS:
        names.update(flag.spellings)
        if flag.switch:
            names.add("--no-" + flag.spellings[0][2:])
    return names


def command_problems(program: str, args: list[str]) -> list[str]:
    """What is wrong with one documented command line: unknown subcommands and options."""
    problems = []
    if program == "phiscan-hook":
        known = hook_options()
        for arg in args:
            if arg == "--":
                break
            if arg.startswith("-") and arg != "-" and arg.split("=", 1)[0] not in known:
                problems.append(f"phiscan-hook has no option {arg}")
        return problems
    cmd = cli()
    for arg in args:
        if arg == "--":
            break
        if arg.startswith("-") and arg != "-":
            if arg.split("=", 1)[0] not in options_of(cmd):
                problems.append(f"{cmd.name} has no option {arg}")
        elif hasattr(cmd, "commands"):  # a group: this word names a subcommand
            if arg not in cmd.commands:
                problems.append(f"{cmd.name} has no subcommand {arg!r} (it has {', '.join(cmd.commands)})")
                break
            cmd = cmd.commands[arg]
    return problems


def documented_commands() -> list[tuple[str, int, str, list[str]]]:
    return [
        (path.name, n, program, args)
        for path in USER_DOCS
        for n, line in shell_lines(path)
        for program, args in phiscan_commands(line)
    ]


def test_documented_commands_use_real_subcommands_and_options() -> None:
    found = documented_commands()
    programs = {program for _, _, program, _ in found}
    subcommands = {args[0] for _, _, program, args in found if program == "phiscan" and args}
    assert programs == {"phiscan", "phiscan-hook"}, programs
    assert {"scan", "config", "baseline"} <= subcommands, subcommands
    problems = [
        f"{name}:{n}: {problem}" for name, n, program, args in found for problem in command_problems(program, args)
    ]
    assert not problems, "\n".join(problems)


def test_the_command_check_catches_mistakes() -> None:
    def check_line(line: str) -> list[str]:
        return [p for program, args in phiscan_commands(line) for p in command_problems(program, args)]

    assert not check_line("pip install . && phiscan scan --jobs 2 -f json --no-cache fixtures/ # a comment --nope")
    assert not check_line("phiscan baseline update x --baseline b.json && phiscan-hook --no-show-values a.json")
    assert check_line("phiscan scan --jbos 2 fixtures/")
    assert check_line("phiscan sacn fixtures/")
    assert check_line("phiscan baseline craete fixtures/")
    assert check_line("phiscan config --format json")  # a scan option `config` does not take
    assert check_line("cat x | phiscan-hook --no-such-flag a.json")
    assert check_line("python -m phiscan scan --show-value x")


# ---------------------------------------------------------------- (b) module paths and repository paths
def resolves(dotted: str) -> bool:
    """Whether `dotted` is a module, or a module followed by attributes (`phiscan.Severity.HIGH`,
    `phiscan.policy.eligibility.refusal_message`)."""
    parts = dotted.split(".")
    for i in range(len(parts), 0, -1):
        name = ".".join(parts[:i])
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # the deprecated shims may say so
                obj: Any = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name is not None and (name == e.name or name.startswith(e.name + ".")):
                continue  # not a module (nor is a parent): the last parts may be attributes
            raise
        for attr in parts[i:]:
            if not hasattr(obj, attr):
                return False
            obj = getattr(obj, attr)
        return True
    return False


def dotted_names(texts: list[str]) -> set[str]:
    """Every `phiscan.x.y` in `texts`, leaving out file names (`phiscan.toml`, `phiscan.sarif`)."""
    found = set()
    for text in texts:
        for m in DOTTED.finditer(text):
            parts = m.group(0).split(".")
            if not (len(parts) == 2 and parts[1] in FILE_SUFFIXES):
                found.add(m.group(0))
    return found


def module_paths(path: Path) -> set[str]:
    """The dotted names in the inline code and the Python blocks of `path`."""
    return dotted_names(inline_code(path) + [body for lang, body, _ in blocks(path) if lang in ("python", "py")])


def test_documented_module_paths_are_importable() -> None:
    named = {p: module_paths(p) for p in ALL_DOCS}
    assert sum(map(len, named.values())) >= 30, named
    bad = [f"{p.name}: `{d}`" for p, ds in named.items() for d in sorted(ds) if not resolves(d)]
    assert not bad, "not importable:\n" + "\n".join(bad)


def test_the_module_check_catches_mistakes() -> None:
    assert resolves("phiscan.documents.load.Limits")
    assert resolves("phiscan.policy.eligibility.refusal_message")
    assert resolves("phiscan.guard")  # a lazy attribute of the package
    assert not resolves("phiscan.no_such_module")
    assert not resolves("phiscan.rules.no_such_name")
    text = "`phiscan.toml`, `.phiscan.toml`, `tool.phiscan.recognizers`, `~/.cache/phiscan`, `phiscan.x.y`"
    assert dotted_names(INLINE_CODE.findall(text)) == {"phiscan.x.y"}


def test_documented_repository_paths_exist() -> None:
    named = {
        m.group(1).rstrip(".")
        for p in ALL_DOCS
        for code in inline_code(p)
        for m in REPO_PATH.finditer(code)
        if not re.search(r"[*?\[<{]", code)
    }
    assert len(named) >= 10, named
    missing = sorted(n for n in named if not (ROOT / n).exists())
    assert not missing, missing


# ---------------------------------------------------------------- (c) configuration keys
def toml_tables() -> list[tuple[str, dict[str, Any]]]:
    """(where, table) of every `[tool.phiscan]` written in a TOML block of the docs."""
    out = []
    for path in [*USER_DOCS, ROOT / "ARCHITECTURE.md"]:
        for lang, body, start in blocks(path):
            if lang == "toml":
                data = tomllib.loads(body)
                table = data.get("tool", {}).get("phiscan")
                if table is not None:
                    out.append((f"{path.name}:{start}", table))
    return out


def test_documented_config_keys_exist_and_their_values_are_accepted() -> None:
    tables = toml_tables()
    assert len(tables) >= 2, tables
    for where, table in tables:
        for raw, value in table.items():
            key = raw.replace("-", "_")
            assert key in KEYS, f"{where}: unknown config key {raw!r}; keys are {', '.join(KEYS)}"
            check(where, key, value, None)  # raises ConfigError on a value the loader would refuse


def test_the_config_check_catches_mistakes() -> None:
    assert "min_scor" not in KEYS
    with pytest.raises(ConfigError):
        check("doc", "min_score", 2, None)
    with pytest.raises(ConfigError):
        check("doc", "allowlist", {"value": ["x"]}, None)


def test_the_configuration_page_lists_every_key() -> None:
    page = ROOT / "docs" / "configuration.md"
    rows = re.findall(r"^\| `([\w.-]+)` \|", section(page, "Keys"), re.MULTILINE)
    listed = {r.split(".")[0].replace("-", "_") for r in rows}
    assert listed == set(KEYS), f"the key table has {sorted(listed)}, the code {sorted(KEYS)}"
    assert f"allowed keys: {', '.join(KEYS)}\n" in page.read_text("utf-8")


def test_the_limits_page_matches_limits() -> None:
    table = section(ROOT / "docs" / "limits.md", "hostile and broken input")
    rows = re.findall(r"^\| `(\w+)` \| [\d,]+ \| ([^|]+) \|", table, re.MULTILINE)
    assert {name for name, _ in rows} == {f.name for f in dataclasses.fields(Limits)}
    spellings = {s for flag in SCAN_FLAGS for s in flag.spellings}
    for name, option in rows:
        given = re.findall(r"`(--[\w-]+)`", option)
        assert all(o in spellings for o in given), (name, given)
        assert bool(given) == any(f"--{name.replace('_', '-')}" in flag.spellings for flag in SCAN_FLAGS), name


# ---------------------------------------------------------------- (d) links
def links(path: Path) -> list[str]:
    return [t for t in LINK.findall(prose(path)) if not re.match(r"^[a-z]+:", t)]


def test_readme_links_every_docs_page_and_each_exists() -> None:
    targets = {t.split("#")[0] for t in links(README) if t.startswith("docs/")}
    assert targets, "the README links no docs page"
    missing = sorted(t for t in targets if not (ROOT / t).is_file())
    assert not missing, missing
    unlinked = sorted(p.relative_to(ROOT).as_posix() for p in DOCS if p.relative_to(ROOT).as_posix() not in targets)
    assert not unlinked, f"docs pages the README does not link: {unlinked}"


def test_relative_links_and_anchors_resolve() -> None:
    bad = []
    for path in LINKED_DOCS:
        for target in links(path):
            file, _, anchor = target.partition("#")
            dest = (path.parent / file).resolve() if file else path
            if not dest.exists():
                bad.append(f"{path.name}: {target} (no such file)")
            elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
                bad.append(f"{path.name}: {target} (no such heading)")
    assert not bad, "\n".join(bad)


def test_the_link_check_catches_mistakes() -> None:
    assert slug("`--jobs`") == "--jobs"
    assert slug("Request pre-flight and the SDK guard") == "request-pre-flight-and-the-sdk-guard"
    assert "the-verdict-cache" in anchors(ROOT / "docs" / "performance.md")
    assert "no-such-heading" not in anchors(ROOT / "docs" / "performance.md")
    assert LINK.findall("[a](docs/x.md#y) ![img](i.png) [b](https://e.org)") == ["docs/x.md#y", "https://e.org"]


# ---------------------------------------------------------------- the README's promises
def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    command = ci[ci.index("# --- the README's test command ---") + 1].strip()
    assert command == 'pip install ".[test]" && pytest'
    readme_sh = [line for lang, body, _ in blocks(README) if lang in SHELL for line in body.splitlines()]
    assert any(line.endswith(command) for line in readme_sh)


def _finding(**changes: Any) -> Finding:
    base = Finding(
        rule="phi-ssn",
        kind=FindingKind.PHI,
        path="a.json",
        pointer="/const",
        surface=Role.CONST,
        entity="US_SSN",
        hipaa="social security numbers",
        severity=Severity.HIGH,
        score=0.5,
        exposure=Exposure.SCHEMA_CACHE,
        message="m",
        text="***-**-****",
        fingerprint="0" * 32,
    )
    return dataclasses.replace(base, **changes)


def test_readme_json_contract_matches_the_json_writer() -> None:
    contract = section(README, "JSON output contract")
    example = next(body for lang, body, _ in blocks(README) if lang == "json" and '"findings"' in body)
    doc = json.loads(example)
    report = Report(
        findings=(_finding(location=Location(1, 2, 1, 3), span=(0, 3)),),
        errors=(FileError("a.json", "invalid JSON", 1, 2),),
        notes=(Note("b.json", "skipped"),),
    )
    written = report_dict(report)
    assert list(doc) == list(written), "top-level keys (and their order) differ from phiscan.report.json"
    every = set(written["findings"][0])
    always = set(_finding().to_dict())
    for f in doc["findings"]:
        assert always <= set(f) <= every, (sorted(set(f) ^ every), sorted(always - set(f)))
    assert every - always <= {"line", "column", "span"}
    for key in ("errors", "notes"):
        for entry in doc[key]:
            assert set(entry) == set(written[key][0]), key
    # every value a finding's enumerated fields can take is named in the contract
    named = set(INLINE_CODE.findall(contract))
    for values in (Role, FindingKind, Exposure, Severity):
        missing = {v.value for v in values} - named
        assert not missing, f"the JSON contract does not name {sorted(missing)} ({values.__name__})"
    for key in every | set(written):
        assert f"`{key}`" in contract, f"the contract does not explain {key!r}"
