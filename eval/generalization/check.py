#!/usr/bin/env python3
"""Sanity checks for the generalization set (standard library only).

* every label's pointer resolves in its file;
* the string there contains `value` (for property_name / pattern_property the key,
  for file_name the file's name);
* `raw`, when present, is what the escaped `value` un-escapes to;
* surfaces and categories are the corpus names; ids are unique;
* no two labels of different polarity share a (file, pointer);
* real/MANIFEST.jsonl lists every real file and nothing else.

    python check.py            # exits non-zero on the first class of error, prints a summary
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLANTED = HERE / "planted"
REAL = HERE / "real"
CATEGORIES = [
    "PERSON",
    "US_SSN",
    "MRN",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "STREET_ADDRESS",
    "ZIP_CODE",
    "DATE_OF_BIRTH",
    "HEALTH_PLAN_ID",
    "ACCOUNT_NUMBER",
    "LICENSE_NUMBER",
    "DEVICE_ID",
    "VEHICLE_ID",
    "IP_ADDRESS",
    "URL",
    "SECRET",
    "NONE",
]
SURFACES = [
    "property_name",
    "enum",
    "const",
    "pattern",
    "pattern_property",
    "title",
    "description",
    "examples",
    "default",
    "tool_name",
    "tool_description",
    "file_name",
    "metadata",
]
NEG_KINDS = [
    "category_label_key",
    "format_regex",
    "code_enum",
    "reserved_placeholder",
    "version_date",
    "name_like_word",
    "category_words_text",
    "tool_category_words",
    "file_name_category_words",
]
FIELDS = ["id", "file", "pointer", "surface", "category", "value", "kind", "base"]


def unescape(tok):
    return tok.replace("~1", "/").replace("~0", "~")


def resolve(doc, pointer):
    node = doc
    for tok in [unescape(t) for t in pointer.split("/")[1:]] if pointer else []:
        node = node[int(tok)] if isinstance(node, list) else node[tok]
    return node


def regex_unescape(s):
    return re.sub(r"\\(.)", r"\1", s)


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            n -= 9 if n > 9 else 0
        total += n
    return total % 10 == 0


VIN_T = dict(
    zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True)
)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
MBI_RE = re.compile(
    r"^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]"
    r"[AC-HJKMNP-RT-Y]{2}[0-9]{2}$"
)


def format_problem(lab):
    """Check the published format rules of the values whose kind names one (None = fine)."""
    import ipaddress

    v, k = lab.get("raw", lab["value"]), lab["kind"]
    if k == "literal_alternation":
        return None
    if k == "vin" or (lab["category"] == "VEHICLE_ID" and re.fullmatch(r"[A-HJ-NPR-Z0-9]{17}", v)):
        s = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W, strict=False)) % 11
        return None if v[8] == ("X" if s == 10 else str(s)) else "VIN check digit"
    if k.startswith("card_") or k == "imei":
        d = re.sub(r"\D", "", v)
        return None if luhn_ok(d) else "Luhn"
    if k == "mbi":
        return None if MBI_RE.match(v.replace("-", "")) else "MBI format"
    if k in ("ipv4", "ipv6_compressed", "ipv6_full"):
        ip = ipaddress.ip_address(v)
        return None if ip.is_global else "not a global address"
    if k == "ipv6_mixed":
        ip4 = ipaddress.ip_address(v.rsplit(":", 1)[-1])
        return None if ip4.is_global else "embedded IPv4 not global"
    if lab["category"] == "US_SSN":
        d = re.sub(r"\D", "", v)
        if len(d) != 9:
            return "SSN length"
        a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
        if a == 0 or a == 666 or g == 0 or s == 0:
            return "SSN range"
        if a >= 900 and not (50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99):
            return "ITIN group"
    if k == "iban":
        t = v.replace(" ", "")
        n = int("".join(str(int(c, 36)) for c in t[4:] + t[:4]))
        return None if n % 97 == 1 else "IBAN check digits"
    if lab["category"] == "EMAIL_ADDRESS" and re.search(r"@(.+\.)?(example\.(com|org|net)|test|invalid|localhost)$", v):
        return "reserved e-mail domain"
    return None


def main():
    errors = []
    labels = [
        json.loads(lab) for lab in (PLANTED / "labels.jsonl").read_text(encoding="utf-8").splitlines() if lab.strip()
    ]
    docs = {}
    ids = Counter(lab["id"] for lab in labels)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    polarity = {}
    for lab in labels:
        tag = f"{lab.get('id')} {lab.get('file')} {lab.get('pointer')!r}"
        missing = [f for f in FIELDS if f not in lab]
        extra = [f for f in lab if f not in [*FIELDS, "raw"]]
        if missing or extra:
            errors.append(f"{tag}: fields missing {missing} extra {extra}")
            continue
        if lab["surface"] not in SURFACES:
            errors.append(f"{tag}: unknown surface {lab['surface']}")
        if lab["category"] not in CATEGORIES:
            errors.append(f"{tag}: unknown category {lab['category']}")
        if lab["category"] == "NONE" and lab["kind"] not in NEG_KINDS:
            errors.append(f"{tag}: negative kind {lab['kind']} is not a policy kind")
        if not lab["value"]:
            errors.append(f"{tag}: empty value")
        path = PLANTED / lab["file"]
        if not path.is_file():
            errors.append(f"{tag}: file missing")
            continue
        if path.suffix != ".json":
            errors.append(f"{tag}: not a .json file (score.py would not pass it)")
        if lab["file"] not in docs:
            docs[lab["file"]] = json.loads(path.read_text(encoding="utf-8"))
        doc = docs[lab["file"]]
        key = (lab["file"], lab["pointer"], lab["surface"] if lab["surface"] in ("property_name", "file_name") else "")
        pol = lab["category"] == "NONE"
        if polarity.setdefault(key, pol) != pol:
            errors.append(f"{tag}: positive and negative labels share this pointer")
        if lab["surface"] == "file_name":
            if lab["pointer"] != "":
                errors.append(f"{tag}: file_name label must have pointer ''")
            elif lab["value"] not in path.name:
                errors.append(f"{tag}: value {lab['value']!r} not in file name {path.name!r}")
            continue
        if lab["pointer"] == "":
            errors.append(f"{tag}: empty pointer on surface {lab['surface']}")
            continue
        try:
            node = resolve(doc, lab["pointer"])
        except (KeyError, IndexError, ValueError, TypeError) as exc:
            errors.append(f"{tag}: pointer does not resolve ({exc!r})")
            continue
        if lab["surface"] in ("property_name", "pattern_property"):
            keyname = unescape(lab["pointer"].rsplit("/", 1)[-1])
            parent = lab["pointer"].rsplit("/", 2)[-2] if lab["pointer"].count("/") >= 2 else ""
            want_parent = "patternProperties" if lab["surface"] == "pattern_property" else None
            if want_parent and parent != want_parent:
                errors.append(f"{tag}: pattern_property label not under patternProperties")
            if lab["value"] not in keyname:
                errors.append(f"{tag}: value {lab['value']!r} not in key {keyname!r}")
        else:
            if not isinstance(node, str):
                errors.append(f"{tag}: pointer holds {type(node).__name__}, not a string")
            elif lab["value"] not in node:
                errors.append(f"{tag}: value {lab['value']!r} not in string {node[:120]!r}")
        if lab["category"] != "NONE":
            prob = format_problem(lab)
            if prob:
                errors.append(f"{tag}: {prob}: {lab['value']!r}")
        if "raw" in lab:
            parts = [p.strip() for p in lab["raw"].split(" | ")]
            vals = (
                lab["value"].split("|") if lab["kind"] == "literal_alternation" and len(parts) > 1 else [lab["value"]]
            )
            if [regex_unescape(v) for v in vals] != parts:
                errors.append(f"{tag}: raw {lab['raw']!r} does not match unescaped value {lab['value']!r}")
    files = sorted(p.relative_to(PLANTED).as_posix() for p in PLANTED.rglob("*.json"))
    unlabelled = [f for f in files if f not in {lab["file"] for lab in labels}]
    if unlabelled:
        errors.append(f"planted files without labels: {unlabelled[:5]}")
    per_file = Counter(lab["file"] for lab in labels)

    # real/ manifest
    if REAL.is_dir():
        man = [
            json.loads(lab) for lab in (REAL / "MANIFEST.jsonl").read_text(encoding="utf-8").splitlines() if lab.strip()
        ]
        listed = [m["file"] for m in man]
        on_disk = sorted(
            p.relative_to(REAL).as_posix() for p in REAL.rglob("*") if p.is_file() and p.name not in ("MANIFEST.jsonl",)
        )
        if sorted(listed) != on_disk:
            errors.append(f"real/MANIFEST.jsonl and real/ disagree: {sorted(set(listed) ^ set(on_disk))[:5]}")
        for m in man:
            for f in ("file", "source", "licence"):
                if not m.get(f):
                    errors.append(f"real manifest entry without {f}: {m}")
            try:
                json.loads((REAL / m["file"]).read_text(encoding="utf-8"))
            except Exception as exc:
                errors.append(f"real/{m['file']}: not JSON ({exc})")
        size = sum((REAL / m).stat().st_size for m in listed)
        print(f"real: {len(listed)} files, {size / 1e6:.2f} MB")

    pos = [lab for lab in labels if lab["category"] != "NONE"]
    print(
        f"planted: {len(files)} files, {len(pos)} positive labels, {len(labels) - len(pos)} hard negatives; "
        f"labels per file min {min(per_file.values())} max {max(per_file.values())}"
    )
    if errors:
        print(f"{len(errors)} error(s):")
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
