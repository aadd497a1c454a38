"""The house plan holds: stages in their folders, no import cycles, modules of readable size, rule ids pinned,
one option table, and the code formatted, linted and typed as CI enforces."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from phiscan import rules
from phiscan.app.flags import SCAN_FLAGS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "phiscan"
GOLDEN_RULES = Path(__file__).resolve().parent / "golden" / "rules.txt"
MAX_LINES = 300
# deliberate tables: a module that is mostly data may run longer
TABLES = {"detect/specs.py"}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(path: Path, known: set[str]) -> set[str]:
    """phiscan modules `path` imports, at module level or inside functions (a cycle is a cycle either way);
    imports under `if TYPE_CHECKING:` are left out, since they never run."""
    tree = ast.parse(path.read_text("utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(n) for n in ast.walk(node))
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("phiscan"):
            names = [f"{node.module}.{a.name}" for a in node.names] + [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("phiscan")]
        for name in names:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != "phiscan":
                found.add(name)
    return found


def test_no_import_cycles() -> None:
    modules = _modules()
    graph = {name: _imports(path, set(modules)) - {name} for name, path in modules.items()}
    # a package's __init__ importing its own submodules is how packages export: not a cycle through them
    cycles: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if node.startswith(nxt + "."):  # a module "importing" its parent package
                continue
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    assert cycles == []


def test_no_module_is_much_longer_than_a_page_or_two() -> None:
    long = {
        p.relative_to(PACKAGE).as_posix(): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES and p.relative_to(PACKAGE).as_posix() not in TABLES
    }
    assert long == {}


def test_the_stages_have_their_folders() -> None:
    for folder in ("documents", "surfaces", "detect", "policy", "report", "app", "sdk"):
        assert (PACKAGE / folder / "__init__.py").is_file(), folder


def test_a_finding_is_built_only_by_the_policy_stage() -> None:
    builders = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Finding":
                builders.add(path.relative_to(PACKAGE).as_posix())
    assert builders == {"policy/mint.py"}


def test_rule_ids_are_permanent() -> None:
    # Rule ids key baselines, ignores and code-scanning alerts: adding one is fine (update the golden file),
    # renaming or removing one breaks every user who keyed on it.
    ids = "".join(f"{r.id} {r.kind.value}\n" for r in sorted(rules.all_rules(), key=lambda r: r.id))
    if os.environ.get("PHISCAN_UPDATE_GOLDEN"):
        GOLDEN_RULES.write_text(ids, encoding="utf-8")
    assert ids == GOLDEN_RULES.read_text("utf-8")


def test_every_secret_the_detectors_emit_has_a_rule() -> None:
    from phiscan.detect import secrets

    emitted = set(secrets.ALL_PLUGINS.values()) | {n.entity for n in secrets._NAMED} | {"PASSWORD"}
    assert emitted <= set(rules.SECRET_ENTITIES)


def test_every_pattern_entity_has_a_phi_rule() -> None:
    from phiscan.detect.specs import SPECS

    for spec in SPECS:
        assert rules.for_entity(spec.entity).kind.value == "phi", spec.entity


def test_each_scan_option_is_declared_once() -> None:
    names = [f.name for f in SCAN_FLAGS]
    spellings = [s for f in SCAN_FLAGS for s in f.spellings]
    assert len(names) == len(set(names)) and len(spellings) == len(set(spellings))
    import inspect

    from phiscan.app.command import run_scan

    assert set(inspect.signature(run_scan).parameters) == {"paths", *names}


def _tool(name: str) -> str:
    exe = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if exe is None:
        pytest.fail(f"{name} is not installed: it is part of the test extras")
    return exe


@pytest.mark.parametrize(
    "command",
    [["ruff", "format", "--check", "."], ["ruff", "check", "."], ["mypy"]],
    ids=["ruff-format", "ruff-check", "mypy-strict"],
)
def test_the_code_is_formatted_linted_and_typed(command: list[str]) -> None:
    done = subprocess.run([_tool(command[0]), *command[1:]], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
