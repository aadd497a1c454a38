"""Whether a code no word explains stands alone where it is (`phiscan.detect.barecodes`): in a schema's values and names
under a key that says nothing of it, not in prose, nor under a key that names what kind of code it is; and whether a
national number's word that is an everyday word elsewhere names it where it stands (`unnamed`)."""

from __future__ import annotations

import re

from phiscan.detect.names import is_common, schema_word
from phiscan.detect.nationalids import NATIONAL_IDS
from phiscan.detect.vocabulary import TRAILING, cues_in, normal_words
from phiscan.surfaces.identifiers import split_identifier
from phiscan.types import Role

# the words of a key that say nothing of what its value is (`ref`, `value_id`)
_GENERIC = frozenset(
    {"id", "ids", "identifier", "number", "no", "nr", "num", "code", "value", "ref", "reference", "key", "string"}
    | {"text", "data", "field", "item", "example", "sample", "default", "val", "str", "param", "arg", "input"}
)
# where a code may stand alone: a schema's values and names, not its prose, whose words tell what each code is
_ALONE = frozenset({Role.ENUM, Role.CONST, Role.PATTERN, Role.EXAMPLES, Role.DEFAULT, Role.PROPERTY_NAME})
_ALONE |= {Role.PATTERN_PROPERTY, Role.TOOL_NAME, Role.FILE_NAME}


def unexplained(role: Role, key: str) -> bool:
    """A code in `role` under `key` stands alone: a schema's value or name, whose key (if any) says nothing of what
    it is; `isin`, `order_id`, `vat_number`, `trackingNumber` say what kind of code their values are."""
    if role not in _ALONE:
        return False
    if not key:
        return True
    if cues_in(normal_words(key), head=True):
        return True  # the key names a person's identifier, whose shape this code is not: still someone's
    words = [w.lower() for w in split_identifier(key).words if w.isalpha()]
    return not any(w not in _GENERIC and len(w) >= 3 and (is_common(w) or schema_word(w)) for w in words)


def unnamed(entity: str, text: str, context: tuple[str, ...]) -> bool:
    """A number of `entity` whose word is an everyday word elsewhere (`NationalId.everyday`), named neither by a key of
    `context` nor by its word written in capitals in `text` or its title or description (`sin prefijo, p. ej.
    612345678`: Spanish "without")."""
    national = _EVERYDAY.get(entity)
    if national is None:
        return False
    for key in (k for k in context if " " not in k):  # (a title's or description's words are text: `sin espacios`)
        words = normal_words(key)
        at = next((i for i, w in enumerate(words) if w in national), None)
        if at is not None and all(w in TRAILING for w in words[at + 1 :]):
            return False  # the key's head (`patientSIN`, `sin_no`, `sin2`; not `telefono_sin_prefijo`)
    texts = [text, *(k for k in context if " " in k)]
    return not any(re.search(rf"\b{re.escape(w.upper())}\b", t) for w in national for t in texts)


_EVERYDAY = {n.entity: n.words for n in NATIONAL_IDS if n.everyday}
