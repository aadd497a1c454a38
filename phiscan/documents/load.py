"""Read a JSON or YAML file into plain data, never raising and never quoting content.

Every failure is a `FileError` whose message says what was expected, with a line and
column where there is one; file content (which may be PHI) is never quoted, not even a
key: a duplicate key is reported by position only.

Choices a caller should know:

- An empty or whitespace-only file (a YAML file of comments only, too) is a clean
  document with `data=None`: it holds nothing to scan, and failing a pre-commit run
  over an empty placeholder file helps nobody.
- A YAML stream with more than one document is refused rather than half scanned.
- JSON Lines (`.jsonl`, as batch APIs take requests) is one document: the list of its lines' values, each
  line's pointer `/<n>` counting non-blank lines from 0, positions on the line in the file.
- YAML follows the 1.2 core schema.  Mapping keys become strings as written (`1:` is
  the key "1"), since pointers and JSON keys are strings.  Timestamps and other
  standard tags stay source strings; any other tag (`!!python/...`, `!Ref`) is refused
  and nothing is ever constructed.  Merge keys (`<<`) are applied.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from phiscan.documents.document import Document, Limits, error_at
from phiscan.documents.sourcemap import JsonLinesPositions, JsonPositions, json_too_deep
from phiscan.errors import ConfigError
from phiscan.types import FileError

__all__ = ["Document", "Limits", "load_bytes", "load_path", "load_text"]

FORMATS = ("json", "yaml", "jsonl")
_DEFAULT_LIMITS = Limits()
_EXTENSIONS = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".jsonl": "jsonl"}
_LEADING_SPACE = re.compile(r"\s*")
# Git's heuristic: a NUL in the first 8 KiB means binary.
_BINARY_SNIFF = 8192


def load_path(path: Path, limits: Limits = _DEFAULT_LIMITS) -> Document | FileError:
    """Read and parse the file at `path`; the format comes from its extension, else its content."""
    name = path.as_posix()
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            return FileError(name, "is a directory")
        if not stat.S_ISREG(info.st_mode):
            # Opening a FIFO would block until a writer comes; devices never end.
            return FileError(name, "not a regular file")
        if info.st_size > limits.max_file_bytes:
            return _too_big(name, info.st_size, limits)
        with open(path, "rb") as f:
            raw = f.read(limits.max_file_bytes + 1)
    except OSError as e:
        return FileError(name, _os_message(path, e))
    except Exception as e:
        return _internal(name, e)
    if len(raw) > limits.max_file_bytes:  # it grew after stat
        return _too_big(name, len(raw), limits)
    return load_bytes(raw, name, None, limits)


def load_bytes(raw: bytes, path: str, fmt: str | None = None, limits: Limits = _DEFAULT_LIMITS) -> Document | FileError:
    """Decode (UTF-8, with or without BOM, or UTF-16 with BOM) and parse `raw`."""
    _check_format(fmt)
    try:
        if len(raw) > limits.max_file_bytes:
            return _too_big(path, len(raw), limits)
        text = _decode(raw)
        if isinstance(text, FileError):
            return FileError(path, text.message)
        return _parse(text, path, fmt, limits)
    except Exception as e:
        return _internal(path, e)


def load_text(text: str, path: str, fmt: str | None = None, limits: Limits = _DEFAULT_LIMITS) -> Document | FileError:
    """Parse already decoded `text`; `max_file_bytes` is compared with its length in characters."""
    _check_format(fmt)
    try:
        if len(text) > limits.max_file_bytes:
            return _too_big(path, len(text), limits)
        return _parse(text.removeprefix("\ufeff"), path, fmt, limits)
    except Exception as e:
        return _internal(path, e)


def _check_format(fmt: str | None) -> None:
    if fmt is not None and fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)} or None to detect it")


def _parse(text: str, path: str, fmt: str | None, limits: Limits) -> Document | FileError:
    start = _LEADING_SPACE.match(text)
    first = start.end() if start else 0
    if fmt is None:
        fmt = _EXTENSIONS.get(os.path.splitext(path)[1].lower())
    if fmt is None:
        fmt = "json" if text[first : first + 1] in ("{", "[") else "yaml"
    if first == len(text):
        return Document(path, None, fmt)
    if fmt == "json":
        return _load_json(text, path, limits)
    if fmt == "jsonl":
        return _load_jsonl(text, path, limits)
    from phiscan.documents.yaml import load_yaml  # ruamel is imported only for YAML files

    return load_yaml(text, path, limits)


class _Refused(Exception):
    """A JSON construct refused from inside `json.loads` hooks; the message is ours."""


class _Duplicate(Exception):
    pass


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Duplicate
    return obj


def _no_constant(name: str) -> Any:
    raise _Refused("NaN and Infinity are not JSON")


def _int(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:  # over sys.get_int_max_str_digits()
        raise _Refused("integer has too many digits") from None


def _load_json(text: str, path: str, limits: Limits) -> Document | FileError:
    deep = json_too_deep(text, limits.max_depth)
    if deep is not None:
        return error_at(path, f"nesting deeper than max_depth ({limits.max_depth})", text, deep)
    try:
        data = json.loads(text, object_pairs_hook=_unique_object, parse_constant=_no_constant, parse_int=_int)
    except json.JSONDecodeError as e:
        # The decoder's messages name the expected token and never quote the text.
        message = e.msg.removesuffix(" at").removesuffix(" starting at")
        return FileError(path, f"invalid JSON: {message[:1].lower()}{message[1:]}", e.lineno, e.colno)
    except _Refused as e:
        return FileError(path, f"invalid JSON: {e}")
    except _Duplicate:
        from phiscan.documents.sourcemap import DuplicateKey, scan_json

        try:
            scan_json(text, find_duplicate=True)
        except DuplicateKey as dup:
            return error_at(path, "duplicate key in an object", text, dup.offset)
        return FileError(path, "duplicate key in an object")
    except RecursionError:
        return FileError(path, f"nesting deeper than max_depth ({limits.max_depth})")
    return Document(path, data, "json", JsonPositions(text))


def _load_jsonl(text: str, path: str, limits: Limits) -> Document | FileError:
    records: list[tuple[int, Document]] = []
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        doc = _load_json(line, path, limits)
        if isinstance(doc, FileError):  # its line is the record's; the record is one line
            return FileError(path, doc.message, number, doc.column)
        records.append((number, doc))
    return Document(path, [d.data for _, d in records], "jsonl", JsonLinesPositions(records))


def _decode(raw: bytes) -> str | FileError:
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return FileError("", "file is UTF-32 text, which is not supported: save it as UTF-8")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")  # the codec reads and drops the BOM
        except UnicodeDecodeError as e:
            return FileError("", f"file is not valid UTF-16 text (at byte offset {e.start})")
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    if b"\x00" in raw[:_BINARY_SNIFF]:
        return FileError("", "file looks binary")
    try:
        return raw[bom:].decode("utf-8")
    except UnicodeDecodeError as e:
        at = bom + e.start
        return FileError("", f"file is not UTF-8 text (byte 0x{raw[at]:02x} at offset {at})")


def _too_big(path: str, size: int, limits: Limits) -> FileError:
    return FileError(path, f"file is {_size(size)}, over max_file_bytes ({_size(limits.max_file_bytes)})")


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}".removesuffix(".0") + " MB"
    if n >= 10_000:
        return f"{n / 1000:.1f}".removesuffix(".0") + " kB"
    return f"{n} bytes"


def _os_message(path: Path, e: OSError) -> str:
    if e.errno == errno.ENOENT:
        return "broken symlink" if os.path.islink(path) else "no such file"
    if e.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    if e.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if e.errno == errno.EISDIR:
        return "is a directory"
    if e.errno == errno.ENOTDIR:
        return "not a directory: a parent in the path is a file"
    return f"cannot read file ({errno.errorcode.get(e.errno or 0, type(e).__name__)})"


def _internal(path: str, e: Exception) -> FileError:
    # Last resort: the exception's text may quote content, so only its class is shown.
    return FileError(path, f"could not load file ({type(e).__name__})")
