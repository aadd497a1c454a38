"""How phiscan presents a string to the NER model, mirrored here so training matches it.

Free text goes in as-is.  Identifiers (property names, tool names, file name stems) are
split into words and each alphabetic word is Title-cased; a regex contributes each of its
literal alternatives alone.  If phiscan's surface walker changes these rules, change them
here too and retrain: the model only knows the shapes it was trained on.
"""

from __future__ import annotations

import re

# Lower->Upper ("johnSmith"), acronym->word ("HTTPServer"), letter<->digit ("dob1984").
_BOUNDARY = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_SEPARATORS = re.compile(r"[_\-.\s]+")


def split_identifier(identifier: str) -> list[str]:
    """Split an identifier on `_ - .`, spaces, camelCase and letter/digit boundaries."""
    words: list[str] = []
    for chunk in _SEPARATORS.split(identifier):
        words.extend(w for w in _BOUNDARY.split(chunk) if w)
    return words


def present_identifier(identifier: str) -> str:
    """`maria_gonzalez_dob_1984_03_12` -> `Maria Gonzalez Dob 1984 03 12`."""
    return " ".join(w[:1].upper() + w[1:].lower() if w.isalpha() else w for w in split_identifier(identifier))


def file_stem(file_name: str) -> str:
    """The stem phiscan scans for a file name: directories and `.json`/`.schema` suffixes dropped."""
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    for suffix in (".json", ".yaml", ".yml", ".schema", ".tools", ".snap"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


_ESCAPED = re.compile(r"\\(.)")
# Anything that is regex syntax rather than literal text ends a literal run.
_META = re.compile(r"\\[dDwWsSbBAzZ]|\[[^\]]*\]|[{][0-9,]*[}]|[\^$()|*+?]")


def regex_literals(pattern: str) -> list[str]:
    """Literal runs of a regex, one per alternative: `^(John Baker|Mary Smith)$` -> both names.

    Classes, quantifiers and anchors end a run; escaped punctuation (`\\.`) is unescaped.
    Runs with no letters or digits are dropped.
    """
    out: list[str] = []
    pos = 0
    buf: list[str] = []

    def flush() -> None:
        text = "".join(buf).strip()
        buf.clear()
        if any(ch.isalnum() for ch in text):
            out.append(text)

    while pos < len(pattern):
        meta = _META.match(pattern, pos)
        if meta:
            token = meta.group(0)
            # A quantifier binds to the character before it, which is then not literal text.
            if token[0] in "*+?{" and buf:
                buf.pop()
            flush()
            pos = meta.end()
            continue
        esc = _ESCAPED.match(pattern, pos)
        if esc:
            buf.append(esc.group(1))
            pos = esc.end()
            continue
        buf.append(pattern[pos])
        pos += 1
    flush()
    return out
