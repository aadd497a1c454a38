"""Specification of `phiscan.documents.load`: files become plain data or a FileError, never an exception."""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phiscan.documents import sourcemap
from phiscan.documents.load import Document, Limits, load_bytes, load_path, load_text
from phiscan.errors import ConfigError
from phiscan.pointer import escape_token
from phiscan.types import FileError, Location

SSN = "078-05-1121"


def _doc(result: Document | FileError) -> Document:
    assert isinstance(result, Document), result
    return result


def _err(result: Document | FileError) -> FileError:
    assert isinstance(result, FileError), result
    return result


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _source(text: str, loc: Location) -> str:
    """The characters a Location covers."""
    lines = text.split("\n")
    start = sum(len(line) + 1 for line in lines[: loc.line - 1]) + loc.column - 1
    end = sum(len(line) + 1 for line in lines[: loc.end_line - 1]) + loc.end_column - 1
    return text[start:end]


# --- formats and plain data -------------------------------------------------------------------


def test_format_comes_from_the_extension_then_the_first_character(tmp_path: Path) -> None:
    assert _doc(load_path(_write(tmp_path, "a.json", '{"a": 1}'))).format == "json"
    assert _doc(load_path(_write(tmp_path, "a.YML", "a: 1"))).format == "yaml"
    assert _doc(load_path(_write(tmp_path, "a.yaml", '{"a": 1}'))).format == "yaml"
    assert _doc(load_path(_write(tmp_path, "a.txt", '  [{"a": 1}]'))).format == "json"
    assert _doc(load_path(_write(tmp_path, "a.txt", "a: 1"))).format == "yaml"


def test_path_is_kept_in_posix_form(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.json", "{}")
    assert _doc(load_path(path)).path == path.as_posix()
    assert _err(load_text("[", "dir/a.json")).path == "dir/a.json"


def test_unknown_format_is_misuse_and_raises() -> None:
    with pytest.raises(ConfigError, match="json, yaml"):
        load_text("{}", "a", fmt="xml")


def test_yaml_follows_the_core_schema_and_keeps_other_scalars_as_source_text() -> None:
    text = "a: ~\nb: true\nc: 0x1f\nd: 1.5e3\ne: .inf\nf: 2001-12-14\ng: yes\nh: '1'\ni: !!float 1\n1: k\n"
    data = _doc(load_text(text, "a.yaml")).data
    assert data == {
        "a": None, "b": True, "c": 31, "d": 1500.0, "e": float("inf"), "f": "2001-12-14",
        "g": "yes", "h": "1", "i": 1.0, "1": "k",
    }  # fmt: skip


def test_yaml_aliases_and_merge_keys_become_plain_data() -> None:
    text = "base: &b {k: v, n: 3}\nm:\n  <<: *b\n  n: 4\nl: *b\n"
    assert _doc(load_text(text, "a.yaml")).data == {
        "base": {"k": "v", "n": 3},
        "m": {"n": 4, "k": "v"},
        "l": {"k": "v", "n": 3},
    }


def test_empty_and_blank_files_are_clean_documents_without_data(tmp_path: Path) -> None:
    for name, content in [("e.json", ""), ("b.json", " \n\t"), ("e.yaml", ""), ("c.yaml", "# only\n")]:
        doc = _doc(load_path(_write(tmp_path, name, content)))
        assert doc.data is None
        assert doc.locate("") is None


# --- encodings --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16-le", "utf-16-be"])
def test_boms_are_decoded_and_not_counted_in_columns(encoding: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    raw = bom + '{"naïve": "x"}'.encode(encoding)
    doc = _doc(load_bytes(raw, "a.json"))
    assert doc.data == {"naïve": "x"}
    assert doc.locate("/naïve", key=True) == Location(1, 2, 1, 9)


def test_bytes_that_are_not_utf8_are_refused_with_the_offset() -> None:
    error = _err(load_bytes(b'{"a": "\xff"}', "a.json"))
    assert error.message == "file is not UTF-8 text (byte 0xff at offset 7)"


def test_binary_and_utf32_files_are_refused() -> None:
    assert _err(load_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.json")).message == "file looks binary"
    assert "UTF-32" in _err(load_bytes("{}".encode("utf-32"), "a.json")).message


# --- file system ------------------------------------------------------------------------------


def test_a_directory_named_like_a_schema_is_reported(tmp_path: Path) -> None:
    (tmp_path / "x.json").mkdir()
    assert _err(load_path(tmp_path / "x.json")).message == "is a directory"


def test_broken_symlinks_and_loops_are_reported(tmp_path: Path) -> None:
    (tmp_path / "broken.json").symlink_to(tmp_path / "missing.json")
    (tmp_path / "a.json").symlink_to(tmp_path / "b.json")
    (tmp_path / "b.json").symlink_to(tmp_path / "a.json")
    assert _err(load_path(tmp_path / "broken.json")).message == "broken symlink"
    assert _err(load_path(tmp_path / "a.json")).message == "too many levels of symbolic links"
    assert _err(load_path(tmp_path / "absent.json")).message == "no such file"


def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    assert _err(load_path(tmp_path / "pipe.json")).message == "not a regular file"


def test_an_unreadable_file_is_permission_denied() -> None:
    # Root reads through any mode bits, and tests run as root: a forked child drops to
    # `nobody` so the real EACCES path runs.  The file sits in a world-traversable directory
    # so it is open(), not stat(), that fails.
    folder = tempfile.mkdtemp()
    try:
        os.chmod(folder, 0o755)
        path = Path(folder, "secret.json")
        path.write_text("{}")
        path.chmod(0)
        if os.geteuid() != 0:
            assert _err(load_path(path)).message == "permission denied"
            return
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never return into pytest
            try:
                os.setgid(65534)
                os.setuid(65534)
                os.write(write_end, str(load_path(path)).encode())
            finally:
                os._exit(0)
        os.close(write_end)
        os.waitpid(pid, 0)
        with os.fdopen(read_end, "rb") as pipe:
            assert pipe.read().decode() == f"{path.as_posix()}: permission denied"
    finally:
        Path(folder, "secret.json").unlink(missing_ok=True)
        os.rmdir(folder)


def test_files_over_max_file_bytes_are_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as f:
        f.truncate(210_000_000)  # sparse: stat says 210 MB, nothing is read
    assert _err(load_path(big)).message == "file is 210 MB, over max_file_bytes (50 MB)"
    small = _write(tmp_path, "small.json", "[" + "1," * 100 + "1]")
    assert _err(load_path(small, Limits(max_file_bytes=100))).message == (
        "file is 203 bytes, over max_file_bytes (100 bytes)"
    )


# --- syntax errors with positions -------------------------------------------------------------


def test_invalid_json_says_what_was_expected_and_where() -> None:
    error = _err(load_text('{\n  "a": 1,\n  "b": 2\n  "c": 3\n}', "a.json"))
    assert (error.message, error.line, error.column) == ("invalid JSON: expecting ',' delimiter", 4, 3)


def test_invalid_yaml_says_what_was_expected_and_where() -> None:
    error = _err(load_text("a: 1\nb: c: d\n", "a.yaml"))
    assert (error.message, error.line, error.column) == (
        "invalid YAML: mapping values are not allowed here", 2, 5,
    )  # fmt: skip


def test_nan_is_not_json() -> None:
    assert _err(load_text('{"a": NaN}', "a.json")).message == "invalid JSON: NaN and Infinity are not JSON"


def test_duplicate_keys_are_reported_at_the_second_key_without_naming_it() -> None:
    json_error = _err(load_text('{"p": {\n  "name": 1,\n  "name": 2}}', "a.json"))
    yaml_error = _err(load_text("p:\n  name: 1\n  name: 2\n", "a.yaml"))
    assert (json_error.message, json_error.line, json_error.column) == ("duplicate key in an object", 3, 3)
    assert (yaml_error.message, yaml_error.line, yaml_error.column) == ("duplicate key in a mapping", 3, 3)


def test_multi_document_yaml_is_refused_at_the_second_document() -> None:
    error = _err(load_text("a: 1\n---\nb: 2\n", "a.yaml"))
    assert error.message.startswith("multi-document YAML is not supported")
    assert (error.line, error.column) == (2, 1)


def test_custom_yaml_tags_are_refused_and_nothing_is_constructed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = f'a: !!python/object/apply:os.system ["touch {marker}"]\nb: !Ref x\n'
    error = _err(load_text(text, "a.yaml"))
    assert (error.message, error.line, error.column) == ("invalid YAML: only standard tags are allowed", 1, 4)
    assert not marker.exists()
    assert _err(load_text("b: !Ref x\n", "a.yaml")).message == "invalid YAML: only standard tags are allowed"


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{n}: &{n} [{', '.join(['*' + p] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi", strict=True)]
    started = time.perf_counter()
    error = _err(load_text("\n".join(lines), "a.yaml"))
    assert time.perf_counter() - started < 1  # the brief's bound; a hang here is the bug
    assert error.message == "too many YAML alias references (over max_yaml_aliases, 1000)"


def test_recursive_and_undefined_aliases_are_refused() -> None:
    assert "contains it" in _err(load_text("&a [*a]", "a.yaml")).message
    assert "undefined anchor" in _err(load_text("a: *nope", "a.yaml")).message


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        ("[" * 100_000 + "]" * 100_000, "json"),
        ('{"a": ' * 100_000 + "1" + "}" * 100_000, "json"),
        ("[" * 100_000 + "]" * 100_000, "yaml"),
        ("- " * 100_000 + "x", "yaml"),
        ("{a: " * 100_000 + "1" + "}" * 100_000, "yaml"),
    ],
)
def test_deep_nesting_is_refused_without_recursion_errors(text: str, fmt: str) -> None:
    error = _err(load_text(text, "deep", fmt=fmt))
    assert error.message == "nesting deeper than max_depth (512)"
    assert error.line == 1


def test_depth_counts_only_brackets_outside_strings() -> None:
    text = '[["' + "[" * 600 + '"]]'
    assert _doc(load_text(text, "a.json", limits=Limits(max_depth=2))).data == [["[" * 600]]
    assert _err(load_text("[[[1]]]", "a.json", limits=Limits(max_depth=2))).column == 3


def test_no_error_message_quotes_file_content(tmp_path: Path) -> None:
    cases: list[tuple[str, str | bytes]] = [
        ("a.json", f'{{"{SSN}": 1, "{SSN}": 2}}'),
        ("b.json", f'{{"ssn": "{SSN}" "x": 1}}'),
        ("c.json", f'{{"ssn": "{SSN}\x01"}}'),
        ("d.json", f'["{SSN}", {SSN}]'),
        ("e.yaml", f"{SSN}: 1\n{SSN}: 2\n"),
        ("f.yaml", f"a: !{SSN} x\n"),
        ("g.yaml", f"a: *{SSN}\n"),
        ("h.yaml", f"a: '{SSN}\n"),
        ("i.yaml", f"a: %{SSN}\n"),
        ("j.yaml", f"a: !{SSN}! x\n"),
        ("k.yaml", f"{SSN}: &{SSN} [*{SSN}]\n"),
        ("l.yaml", f"a: {SSN}\n\t{SSN}: x\n"),
        ("m.json", f'{{"ssn": "{SSN}"}}'.encode() + b"\xfe"),
        ("n.yaml", f"? [{SSN}]\n: 1\n"),
    ]
    for name, content in cases:
        error = _err(load_path(_write(tmp_path, name, content)))
        assert SSN not in str(error), name
        assert "078" not in error.message, name


# --- locate -----------------------------------------------------------------------------------

_JSON = {"a/b": {"x~y": [1, {"é": "v"}]}, "s": "078-05-1121", "n": None}


@pytest.mark.parametrize("indent", [None, 2])
def test_locate_places_json_keys_and_values(indent: int | None) -> None:
    text = json.dumps(_JSON, indent=indent, ensure_ascii=indent is None)
    doc = _doc(load_text(text, "a.json"))
    assert _source(text, _loc(doc, "/s", key=True)) == '"s"'
    assert _source(text, _loc(doc, "/s")) == '"078-05-1121"'
    assert json.loads(_source(text, _loc(doc, "/a~1b/x~0y/1"))) == {"é": "v"}
    assert json.loads(_source(text, _loc(doc, "/a~1b/x~0y/1/é", key=True))) == "é"
    assert _source(text, _loc(doc, "/a~1b/x~0y/0", key=True)) == "1"  # no key: the value
    assert doc.locate("/missing") is None
    assert doc.locate("/a/b") is None


def test_locate_places_yaml_block_and_flow_nodes() -> None:
    text = "name: x\n'a/b':\n  x~y:\n    - 1\n    - {k: [v, w]}\nref: &r {k: 1}\nuse: *r\nm:\n  <<: *r\n"
    doc = _doc(load_text(text, "a.yaml"))
    assert _loc(doc, "/name", key=True) == Location(1, 1, 1, 5)
    assert _loc(doc, "/name") == Location(1, 7, 1, 8)
    assert _loc(doc, "/a~1b", key=True) == Location(2, 1, 2, 6)
    assert _loc(doc, "/a~1b/x~0y/1/k/1") == Location(5, 15, 5, 16)
    assert _source(text, _loc(doc, "/a~1b/x~0y/1")) == "{k: [v, w]}"
    assert _loc(doc, "/use") == Location(7, 6, 7, 8)  # the alias itself
    assert _loc(doc, "/use/k", key=True) == Location(6, 10, 6, 11)  # through the alias
    assert _loc(doc, "/m/k") == Location(6, 13, 6, 14)  # through the merge key
    assert doc.locate("/nope") is None


def test_json_source_map_is_built_on_first_locate_only(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = sourcemap.scan_json

    def counting(text: str, **kwargs: Any) -> dict[str, tuple[int, int, int, int]]:
        calls.append("scan")
        return real(text, **kwargs)

    monkeypatch.setattr(sourcemap, "scan_json", counting)
    doc = _doc(load_text('{"a": [1, 2]}', "a.json"))
    assert calls == []
    assert doc.locate("/a/1") == Location(1, 11, 1, 12)
    assert doc.locate("/a", key=True) == Location(1, 2, 1, 5)
    assert calls == ["scan"]


def _loc(doc: Document, pointer: str, *, key: bool = False) -> Location:
    found = doc.locate(pointer, key=key)
    assert found is not None, pointer
    return found


def _pointers(value: Any, pointer: str = "") -> list[tuple[str, Any, str | None]]:
    out: list[tuple[str, Any, str | None]] = [(pointer, value, None)]
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else []
    for k, v in items:
        child = f"{pointer}/{escape_token(str(k))}"
        out += [(p, x, k if p == child and isinstance(value, dict) else key) for p, x, key in _pointers(v, child)]
    return out


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(value=_json_values, indent=st.sampled_from([None, 2]))
def test_every_json_pointer_locates_source_that_parses_back(value: Any, indent: int | None) -> None:
    text = json.dumps(value, indent=indent)
    doc = _doc(load_text(text, "a.json"))
    assert doc.data == value
    for pointer, expected, key in _pointers(value):
        assert json.loads(_source(text, _loc(doc, pointer))) == expected
        if key is not None:
            assert json.loads(_source(text, _loc(doc, pointer, key=True))) == key


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(value=_json_values)
def test_json_read_as_yaml_gives_the_same_data_and_positions(value: Any) -> None:
    text = json.dumps(value, indent=2)
    doc = _doc(load_text(text, "a.yaml"))
    assert doc.data == value
    for pointer, expected, _ in _pointers(value):
        assert json.loads(_source(text, _loc(doc, pointer))) == expected
