"""The categories a surface's context names: its keys (innermost last), where a phrase must be the key's head
(`memberId`, not `memberCount`), and its schema's title and short description, read as text clause by clause."""

from __future__ import annotations

import functools
import re

from phiscan.detect.fieldrefs import FIELD_REF
from phiscan.detect.vocabulary import STRONG, cues_in, normal_words, phrase_head


@functools.lru_cache(maxsize=1 << 12)
def context_cues(context: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Categories named by a surface's context: its keys (innermost last), where a phrase must be the key's
    head (`memberId`, not `memberCount`), and its schema's title and short description, read as text."""
    out: dict[str, tuple[int, int]] = {}
    prose: frozenset[str] = frozenset()  # the words of the text just read, listed after it one by one
    for i, text in enumerate(_whole_keys(context)):
        spaced = " " in text.strip()
        if not spaced and text in prose:
            continue  # a word of a title or description, not a key: it is read in its phrase
        prose = frozenset(text.split()) | frozenset(normal_words(text)) if spaced else prose
        if len(text) > 80:  # long prose: its cues are read next to the values inside it
            continue
        # a text is read clause by clause: `Account. Required.` ends its phrase at `Account`
        for clause in _CLAUSES.split(text) if spaced else (text,):
            words = normal_words(clause)
            for category, (strength, end) in cues_in(words, head=not spaced).items():
                if spaced and strength != STRONG and not phrase_head(words, end):
                    continue  # `an image account transfer` names a transfer, not an account
                out[category] = max(out.get(category, (0, -1)), (strength, i * 100 + end))
    # a key naming a thing's name (`carrier_name`): `the name of the carrier` in its description is no person's
    if out.pop("THING", None) is not None and out.get("PERSON", (0, -1))[0] != STRONG:
        out.pop("PERSON", None)
    return out


def _whole_keys(context: tuple[str, ...]) -> list[str]:
    """The context with each key's words, which `phiscan.surfaces.views.context_words` lists after the key one
    by one (`zipsize`, `zip`, `size`), joined back into one key (`zipsize`, `zip_size`): a word of a key names its
    value only as the key's head (`zipSize` is a size, `memberCount` a count)."""
    out: list[str] = []
    i = 0
    while i < len(context):
        text = context[i]
        out.append(text)
        i += 1
        glued = re.sub(r"[\W_]", "", text.lower())
        if " " in text or not glued:
            continue
        words: list[str] = []
        while i < len(context) and " " not in context[i] and glued.startswith("".join([*words, context[i]])):
            words.append(context[i])
            i += 1
            if "".join(words) == glued:
                break
        if words and "".join(words) == glued:  # a field id (`ePatient.13`) is read in the key as written
            if len(words) > 1 and not FIELD_REF.search(text):
                out.append("_".join(words))
        else:
            out.extend(words)
    return out


_CLAUSES = re.compile(r"[.,;:!?()\[\]{}]+(?:\s|$)|[()\[\]{}]")
