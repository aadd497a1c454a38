"""One mechanical fix per place: a `const`/`default` removed, an `examples` element replaced by a placeholder
or removed, an `enum` cut down or turned into an opaque string, a `pattern` generalized, a secret moved to an
environment variable.  Each action returns a `Fix` (the edits, and the same change on the parsed data so the
plan can check the edits do exactly that) or, when no safe edit exists, the reason as a string."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from phiscan.fix.layout import append_words, remove_items, replace_member, replace_value
from phiscan.fix.places import Edit, Places, last_token
from phiscan.fix.values import env_name, generalize_pattern, placeholder
from phiscan.masking import mask, mask_secret
from phiscan.pointer import join_pointer, pointer_tokens
from phiscan.types import Finding, FindingKind

OPAQUE = "opaque identifier resolved server-side"
_REMOVE = object()


@dataclass(frozen=True, slots=True)
class Op:
    """The change an edit makes, on the parsed data: remove the node at `pointer`, or set it to `value`."""

    pointer: str
    value: Any = _REMOVE

    @property
    def removes(self) -> bool:
        """True for a removal."""
        return self.value is _REMOVE


@dataclass(frozen=True, slots=True)
class Fix:
    """One fix: what it does (said without any value), its edits, the findings it fixes, and the same change
    as operations on the parsed data."""

    pointer: str
    action: str
    edits: tuple[Edit, ...]
    findings: tuple[Finding, ...]
    ops: tuple[Op, ...]


@dataclass(frozen=True, slots=True)
class Context:
    """What every action reads: the document's places, the pointers of every finding in the file, and the
    pointers of flagged keys (which never name an environment variable)."""

    places: Places
    flagged: frozenset[str]
    sensitive: frozenset[str]


def whole(f: Finding, node: Any) -> bool:
    """True when the finding is the whole scalar, judged on masked forms only (`f.text` is masked)."""
    if isinstance(node, bool) or not isinstance(node, (str, int)):
        return False
    shown = mask_secret(str(node)) if f.kind is FindingKind.SECRET else mask(str(node))
    return shown == f.text


def _member_removal(ctx: Context, pointer: str, findings: Sequence[Finding], action: str) -> Fix | str:
    parent = pointer.rsplit("/", 1)[0]
    edits = remove_items(ctx.places, parent, [last_token(pointer)])
    if edits is None:
        return "the text around it is not a layout phiscan edits safely"
    return Fix(pointer, action, tuple(edits), tuple(findings), (Op(pointer),))


def _env_refs(ctx: Context, findings: Sequence[Finding]) -> Fix | str | None:
    """Every finding a whole secret: each scalar becomes `${NAME}`; None when that is not the case."""
    nodes = {f.pointer: _get(ctx, f.pointer) for f in findings}
    if not all(f.kind is FindingKind.SECRET and whole(f, nodes[f.pointer]) for f in findings):
        return None
    edits, ops, names = [], [], []
    for pointer in dict.fromkeys(f.pointer for f in findings):
        name = "${" + env_name(pointer, findings[0].entity, ctx.sensitive) + "}"
        edit = replace_value(ctx.places, pointer, name)
        if edit is None:
            return "the secret is not a plain scalar"
        edits.append(edit)
        ops.append(Op(pointer, name))
        names.append(name)
    action = f"replace the secret with an environment variable reference, {', '.join(names)}"
    return Fix(findings[0].pointer, action, tuple(edits), tuple(findings), tuple(ops))


def _get(ctx: Context, pointer: str) -> Any:
    try:
        return ctx.places.node(pointer)
    except LookupError:
        return None


def fix_value_keyword(ctx: Context, keyword: str, findings: Sequence[Finding]) -> Fix | str:
    """`const` or `default`: a whole secret becomes an environment variable reference; anything else, the
    keyword goes (the value belongs in the message content, not the schema)."""
    refs = _env_refs(ctx, findings)
    if refs is not None:
        return refs
    return _member_removal(ctx, keyword, findings, f"remove `{last_token(keyword)}`")


def _element(keyword: str, f: Finding) -> int | None:
    rest = pointer_tokens(f.pointer)[len(pointer_tokens(keyword)) :]
    return int(rest[0]) if rest and rest[0].isdigit() else None


def fix_examples(ctx: Context, keyword: str, findings: Sequence[Finding]) -> Fix | str:
    """Each flagged example becomes a placeholder of its category when it is wholly one value, else it goes;
    when none would be left, the keyword goes."""
    node = _get(ctx, keyword)
    if not isinstance(node, list):
        swap = _swap(ctx, keyword, findings, node)
        return swap if swap is not None else _member_removal(ctx, keyword, findings, f"remove `{last_token(keyword)}`")
    by_index: dict[int, list[Finding]] = {}
    for f in findings:
        index = _element(keyword, f)
        if index is None:
            return _member_removal(ctx, keyword, findings, f"remove `{last_token(keyword)}`")
        by_index.setdefault(index, []).append(f)
    swaps = {i: _swap(ctx, join_pointer(keyword, i), fs, node[i]) for i, fs in by_index.items()}
    gone = sorted(i for i, s in swaps.items() if s is None)
    if len(gone) == len(node):
        return _member_removal(ctx, keyword, findings, f"remove `{last_token(keyword)}` (every example is flagged)")
    edits: list[Edit] = []
    ops: list[Op] = []
    for swap in swaps.values():
        if swap is not None:
            edits += swap.edits
            ops += swap.ops
    if gone:
        removal = remove_items(ctx.places, keyword, gone)
        if removal is None:
            return "the text around it is not a layout phiscan edits safely"
        edits += removal
        ops += [Op(join_pointer(keyword, i)) for i in reversed(gone)]
    said = [f"{len(swaps) - len(gone)} replaced by placeholders"] if len(gone) < len(swaps) else []
    said += [f"{len(gone)} removed"] if gone else []
    return Fix(keyword, f"examples: {', '.join(said)}", tuple(edits), tuple(findings), tuple(ops))


def _swap(ctx: Context, pointer: str, findings: Sequence[Finding], node: Any) -> Fix | None:
    """The scalar at `pointer` replaced by a placeholder (or a secret by `${NAME}`), or None."""
    if not isinstance(node, str) or any(f.pointer != pointer for f in findings):
        return None
    refs = _env_refs(ctx, findings)
    if isinstance(refs, Fix):
        return refs
    entities = {f.entity for f in findings}
    if refs is not None or len(entities) != 1 or not all(whole(f, node) for f in findings):
        return None
    stand_in = placeholder(entities.pop(), node)
    edit = None if stand_in is None else replace_value(ctx.places, pointer, stand_in)
    if stand_in is None or edit is None:
        return None
    return Fix(pointer, "replace by a placeholder", (edit,), tuple(findings), (Op(pointer, stand_in),))


def fix_enum(ctx: Context, keyword: str, findings: Sequence[Finding]) -> Fix | str:
    """Flagged members go; when every member is flagged, the enum becomes an opaque string described as such."""
    node = _get(ctx, keyword)
    indices = {_element(keyword, f) for f in findings}
    if not isinstance(node, list) or None in indices:
        return "the enum is not a list of values"
    gone = sorted(i for i in indices if i is not None)
    if len(gone) < len(node):
        edits = remove_items(ctx.places, keyword, gone)
        if edits is None:
            return "the text around it is not a layout phiscan edits safely"
        ops = tuple(Op(join_pointer(keyword, i)) for i in reversed(gone))
        return Fix(keyword, f"remove {len(gone)} flagged enum member(s)", tuple(edits), tuple(findings), ops)
    return _opaque(ctx, keyword, findings, node)


def _opaque(ctx: Context, keyword: str, findings: Sequence[Finding], members: list[Any]) -> Fix | str:
    schema_ptr = keyword.rsplit("/", 1)[0]
    schema = _get(ctx, schema_ptr)
    assert isinstance(schema, dict)  # the keyword was found in it
    add: list[tuple[str, str]] = []
    ops = [Op(keyword)]
    if "type" not in schema and all(isinstance(m, str) for m in members):
        add.append(("type", "string"))
    description = schema.get("description")
    desc_ptr = join_pointer(schema_ptr, "description")
    edits: list[Edit] = []
    if description is None:
        add.append(("description", OPAQUE[:1].upper() + OPAQUE[1:] + "."))
    elif isinstance(description, str) and desc_ptr not in ctx.flagged:
        suffix = append_words(ctx.places, desc_ptr, f" ({OPAQUE})")
        if suffix is not None:
            edits.append(suffix)
            ops.append(Op(desc_ptr, f"{description} ({OPAQUE})"))
    ops += [Op(join_pointer(schema_ptr, k), v) for k, v in add]
    if add:
        swap = replace_member(ctx.places, keyword, add)
        if swap is None:
            return "the text around it is not a layout phiscan edits safely"
        edits.append(swap)
    else:
        removal = remove_items(ctx.places, schema_ptr, ["enum"])
        if removal is None:
            return "the text around it is not a layout phiscan edits safely"
        edits += removal
    action = "replace the enum (every member is flagged) by an opaque string identifier"
    return Fix(keyword, action, tuple(edits), tuple(findings), tuple(ops))


def fix_pattern(ctx: Context, keyword: str, findings: Sequence[Finding]) -> Fix | str:
    """A pattern spelling out values becomes the format regex of their category."""
    pattern = _get(ctx, keyword)
    if not isinstance(pattern, str) or any(f.kind is not FindingKind.PHI for f in findings):
        return "the pattern holds something other than identifiers"
    flagged = [(f.span, f.entity) for f in findings]
    generalized = generalize_pattern(pattern, flagged, partial=any(f.count > 1 for f in findings))
    if generalized is None:
        return "the pattern is not a finite list of literal values"
    edit = replace_value(ctx.places, keyword, generalized)
    if edit is None:
        return "the pattern is not a plain scalar"
    action = f"replace the pattern by the format regex {generalized}"
    return Fix(keyword, action, (edit,), tuple(findings), (Op(keyword, generalized),))


def fix_secret(ctx: Context, pointer: str, findings: Sequence[Finding]) -> Fix | str:
    """A secret that is a whole scalar anywhere else (metadata, an extension) becomes `${NAME}`."""
    refs = _env_refs(ctx, findings)
    return refs if refs is not None else "the secret is part of a longer text: move it out by hand"
