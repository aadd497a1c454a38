"""A verdict cache on disk: what detection found in each distinct view, keyed without the view itself.

A pre-commit run over a file that has not changed should not pay two seconds of Presidio and
spaCy start-up.  Each view (text, context words, key) is keyed by HMAC-SHA256 under a random
per-cache key kept beside the database (mode 0600), so the cache holds no scanned text and a
copied database alone cannot confirm a guessed value.  Entries hold detections without their
matched text (entity, offsets, score, recognizer); the text is cut from the live string again.

The database is one sqlite file (WAL mode, safe under concurrent processes) per *fingerprint*:
phiscan's source and data files, the installed versions of Presidio, spaCy, detect-secrets and
regex, the spaCy pipeline (path, meta.json, config.cfg and the size and mtime of its files) and
the analyzer settings.
Anything that could change a verdict changes the fingerprint, and a new fingerprint starts an
empty file.  Every cache failure degrades to a miss: the cache can make a scan faster, never wrong.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from phiscan.data import PACKAGE_DIR as _PACKAGE_DIR
from phiscan.data import bundled_model_dir as _default_model_dir
from phiscan.surfaces.views import View
from phiscan.types import Detection, Verdict

_KEY_FILE = "key"
_KEY_BYTES = 32
_SCHEMA = 1
_STALE_SECONDS = 14 * 24 * 3600  # databases of other fingerprints unused this long are removed

# Modules whose version can change a verdict, and the distributions (normalised names) that ship them.
_DEPENDENCIES = {
    "presidio_analyzer": ("presidio_analyzer",),
    "spacy": ("spacy",),
    "detect_secrets": ("bc_detect_secrets", "detect_secrets"),
    "regex": ("regex",),
    "thinc": ("thinc",),
    "numpy": ("numpy",),  # the name model's matrix product (phiscan.detect.model.use_numpy_products)
    "stdnum": ("python_stdnum",),  # national identity numbers' checks (phiscan.detect.nationalids)
    "phonenumbers": ("phonenumbers",),  # every region's phone formats
    "netaddr": ("netaddr",),  # IEEE's OUI registry (bare MAC addresses)
    "anyascii": ("anyascii",),  # romanised names and borrowed words
    "tldextract": ("tldextract",),  # e-mail and URL domains
}


def cache_dir() -> Path:
    """`$XDG_CACHE_HOME/phiscan`, else `~/.cache/phiscan`."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "phiscan"


def _model_identity(nlp_model: str | None) -> str | None:
    """Path plus content of meta.json/config.cfg plus size/mtime of every file; None if unknown."""
    where: Path | None
    if nlp_model:
        p = Path(nlp_model).expanduser()
        if p.is_dir():
            where = p.resolve()
        else:  # an installed package: find its files without importing spaCy
            import importlib.util

            try:
                spec = importlib.util.find_spec(str(nlp_model))
            except (ImportError, ValueError):
                return None
            if spec is None or not spec.submodule_search_locations:
                return None
            where = Path(next(iter(spec.submodule_search_locations))).resolve()
    else:
        where = _default_model_dir()
    if where is None:
        return None
    h = hashlib.sha256(str(where).encode())
    for root, dirs, files in os.walk(where):
        dirs.sort()
        for name in sorted(files):
            f = Path(root) / name
            st = f.stat()
            h.update(f"{f.relative_to(where)}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
            if name in ("meta.json", "config.cfg"):
                h.update(f.read_bytes())
    return h.hexdigest()


def _source_identity() -> str:
    """phiscan's own code and data (gazetteers, token splits: the pre-screens read them), then its dependencies."""
    h = hashlib.sha256()
    files = [*_PACKAGE_DIR.rglob("*.py"), *(_PACKAGE_DIR / "data").glob("*")]
    for f in sorted(p for p in files if p.is_file()):
        h.update(f.relative_to(_PACKAGE_DIR).as_posix().encode() + b"\0" + f.read_bytes())
    h.update(_dependency_versions().encode())
    return h.hexdigest()


def _dependency_versions() -> str:
    """Where each dependency is installed and the names of its `.dist-info` / `.egg-info` (which carry
    the version); for one installed without them (editable, vendored), its entry file's size and mtime.

    Read from the file system: neither the dependencies nor `importlib.metadata` (which a warm
    pre-commit run would otherwise spend most of its time importing) are imported.
    """
    import importlib.util

    parts: list[str] = []
    listings: dict[Path, list[str]] = {}
    for module, dists in _DEPENDENCIES.items():
        try:
            spec = importlib.util.find_spec(module)
        except (ImportError, ValueError):
            spec = None
        if spec is None or spec.origin is None:
            parts.append(f"{module}=-")
            continue
        origin = Path(spec.origin).resolve()
        home = origin.parent.parent if origin.name == "__init__.py" else origin.parent
        if home not in listings:
            try:
                listings[home] = sorted(n for n in os.listdir(home) if n.endswith((".dist-info", ".egg-info")))
            except OSError:
                listings[home] = []
        infos = [n for n in listings[home] if n.split("-", 1)[0].lower().replace(".", "_") in dists]
        if infos:
            parts.append(f"{module}={home}:{','.join(infos)}")
        else:
            st = origin.stat()
            parts.append(f"{module}={origin}:{st.st_size}:{st.st_mtime_ns}")
    return "\0".join(parts)


def fingerprint(nlp_model: str | None, entities: Sequence[str] | None) -> str | None:
    """What the verdicts depend on, or None when it cannot be known (then nothing is cached)."""
    model = _model_identity(nlp_model)
    if model is None:
        return None
    config = json.dumps({"schema": _SCHEMA, "entities": list(entities) if entities is not None else None})
    return hashlib.sha256(f"{_source_identity()}\0{model}\0{config}".encode()).hexdigest()


def _load_key(root: Path) -> bytes:
    path = root / _KEY_FILE
    try:
        key = path.read_bytes()
        if len(key) == _KEY_BYTES:
            return key
        path.unlink()  # damaged: start over (entries under the old key become unreachable)
    except FileNotFoundError:
        pass
    tmp = root / f".key.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, secrets.token_bytes(_KEY_BYTES))
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)  # atomic and fails if another process won the race: then use theirs
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    key = path.read_bytes()
    if len(key) != _KEY_BYTES:
        raise OSError("cache key file is unreadable")
    return key


def _encode(dets: Iterable[Detection]) -> str:
    return json.dumps([[d.entity, d.start, d.end, d.score, d.recognizer] for d in dets], separators=(",", ":"))


def _decode(text: str, blob: str) -> list[Detection]:
    out = []
    for entity, start, end, score, recognizer in json.loads(blob):
        out.append(Detection(str(entity), int(start), int(end), float(score), str(recognizer), text[start:end]))
    return out


class VerdictCache:
    """Detections per view, on disk.  Open with `VerdictCache.open`; every method swallows cache errors."""

    def __init__(self, conn: sqlite3.Connection, key: bytes, path: Path) -> None:
        self._conn = conn
        self._key = key
        self.path = path

    @classmethod
    def open(cls, fp: str, root: Path | None = None) -> VerdictCache | None:
        """The cache for fingerprint `fp` under `root` (default `cache_dir()`), or None if unusable."""
        root = root or cache_dir()
        try:
            root.mkdir(mode=0o700, parents=True, exist_ok=True)
            key = _load_key(root)
            path = root / f"verdicts-{fp[:24]}.sqlite"
            fresh = not path.exists()
            try:
                conn = cls._connect(path)
            except sqlite3.DatabaseError:  # a damaged file is not worth keeping: rebuild it
                for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    stale.unlink(missing_ok=True)
                conn = cls._connect(path)
            if fresh:
                _prune(root, keep=path)
            return cls(conn, key, path)
        except (OSError, sqlite3.Error):
            return None

    @staticmethod
    def _connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, timeout=5.0, isolation_level=None)
        try:
            os.chmod(path, 0o600)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("CREATE TABLE IF NOT EXISTS verdicts (h BLOB PRIMARY KEY, dets TEXT NOT NULL) WITHOUT ROWID")
            conn.execute("SELECT count(*) FROM verdicts WHERE h = x'00'").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def _hash(self, view: View) -> bytes:
        msg = json.dumps(
            [view.text, list(view.context), view.key, view.joined, view.name, view.member],
            ensure_ascii=False,
            separators=(",", ":"),
        )
        return hmac.new(self._key, msg.encode("utf-8", "surrogatepass"), hashlib.sha256).digest()

    def get(self, views: Sequence[View]) -> dict[int, Verdict]:
        """Cached verdicts by index into `views`, for the views seen before."""
        hashes = [self._hash(v) for v in views]
        found: dict[bytes, str] = {}
        try:
            for start in range(0, len(hashes), 500):
                chunk = hashes[start : start + 500]
                marks = ",".join("?" * len(chunk))
                found.update(self._conn.execute(f"SELECT h, dets FROM verdicts WHERE h IN ({marks})", chunk))
        except sqlite3.Error:
            return {}
        out: dict[int, Verdict] = {}
        for i, (view, h) in enumerate(zip(views, hashes, strict=True)):
            blob = found.get(h)
            if blob is not None:
                try:
                    out[i] = Verdict(tuple(_decode(view.text, blob)))
                except Exception:  # any damage (even a row nested to exhaust the parser) is a miss
                    continue  # a damaged row is a miss
        return out

    def put(self, entries: Iterable[tuple[View, Verdict]]) -> None:
        """Remember verdicts; incomplete ones (a detector failed) are never cached."""
        rows = [(self._hash(v), _encode(d.detections)) for v, d in entries if d.complete]
        if not rows:
            return
        try:
            with self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                self._conn.executemany("INSERT OR REPLACE INTO verdicts (h, dets) VALUES (?, ?)", rows)
        except sqlite3.Error:
            pass

    def close(self) -> None:
        """Close the database."""
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()


def _prune(root: Path, keep: Path) -> None:
    cutoff = time.time() - _STALE_SECONDS
    for old in root.glob("verdicts-*.sqlite*"):
        if not old.name.startswith(keep.name):
            try:
                if old.stat().st_mtime < cutoff:
                    old.unlink()
            except OSError:
                pass
