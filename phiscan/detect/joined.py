"""A value right after the word for its thing in a name (`plate_kda417k`, `device_48271630`), or in a label of
two words (`Plate KXR4471`): the word vouches for the value next to it, as a key's head vouches for its value.
Read by `phiscan.detect.evidence` for the views that are a name's words (`View.joined`)."""

from __future__ import annotations

import re

from phiscan.detect.plates import joined_plate

# a lab microplate's wells and sizes (`A01B02`, `H12`, `384W1`, `96W01`): a plate's, not a car's
_WELLS = re.compile(r"(?:[A-P]\d{1,2}){1,2}|\d*W\d+|\d+W\d*|P\d{2,3}W\d+", re.IGNORECASE)
_DEVICE_WORDS = frozenset({"device", "devices"})  # as written: `dev` is as often development or a deviation
# a Unix time in seconds or milliseconds (2017 onwards), which names a moment, not a device
_EPOCH = re.compile(r"1[5-9]\d{8}(?:\d{3})?")
_LABEL = re.compile(r"[A-Za-z]{2,}(?=\d)")


def last_word(before: str, joined: bool, prose: bool) -> str | None:
    """The word right before a value: in a name's words, or in a label of at most two words; None in prose or
    when a separator other than a space stands between."""
    words = before.split()
    if prose or not words or not before.endswith(" ") or (not joined and len(words) > 2):
        return None
    return words[-1]


def plate_after_word(word: str | None, value: str) -> bool:
    """A plate right after a word ending in the word for a plate (`plate kda417k`, `vehiclePlate KDA417K`; not after
    `vehicle`, which car models follow, nor `plateKD` cut too late)."""
    from phiscan.detect.vocabulary import normal_words

    return (
        word is not None
        and normal_words(word)[-1:] == ("plate",)
        and joined_plate(value)
        and not _WELLS.fullmatch(value)
    )


def device_after_word(word: str | None, value: str) -> bool:
    """An id right after the word `device` in a name (`device_48271630`): a long number, not a time or a stand-in."""
    from phiscan.detect.plates import stand_in_plate
    from phiscan.detect.shapes import id_shaped
    from phiscan.detect.vocabulary import cues_in, normal_words

    label = _LABEL.match(value)  # `device_Iban9482050399849028`: the value's own label names it, not `device`
    return (
        word is not None
        and word.lower() in _DEVICE_WORDS
        and not (label is not None and cues_in(normal_words(label.group())))
        and id_shaped(value, strong=True)
        and _EPOCH.fullmatch(value) is None
        and not stand_in_plate(re.sub(r"(?<=\d)(?=[A-Za-z])|(?<=[A-Za-z])(?=\d)", " ", value))
    )


def mobile_in_name(before: str, value: str) -> bool:
    """Eleven to fifteen digits alone that E.164 reads as a mobile number (`4917623918847`): in a name, whose numbers
    are rarely that long, the number a messaging API stores without its `+` (among 888,000 keys and 8,000 file names
    of public schemas, one such run is not a phone's); no Unix time, date and time, drama or example number, nor right
    after a word for another thing's number (`orderId_12126647000`, `backup_201506050448`)."""
    import phonenumbers

    from phiscan.detect.specs import phone_ok
    from phiscan.detect.vocabulary import normal_words

    if not (value.isdigit() and 11 <= len(value) <= 15) or value[0] == "0" or _EPOCH.fullmatch(value):
        return False  # (`011`, North America's international prefix, is no country code)
    if _DATE_TIME.fullmatch(value) or _OTHER_IDS.intersection(normal_words(" ".join(before.split()[-2:]))):
        return False
    if not phone_ok("+" + value):
        return False
    kind = phonenumbers.number_type(phonenumbers.parse("+" + value))
    return kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


# a date and time as logs and backups stamp them (`201506050448`, `20150605044812`, `150605044812`)
_DATE_TIME = re.compile(
    r"(?:(?:19|20)\d\d|\d\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
)
# the things whose numbers names hold as often (an order's, a build's, a project's, a barcode's)
_OTHER_IDS = frozenset(
    {"order", "invoice", "shipment", "tracking", "track", "ts", "timestamp", "time", "build", "backup", "snapshot"}
    | {"project", "account", "role", "ean", "gtin", "upc", "sku", "item", "isbn", "cpf", "cnpj", "event", "run", "ref"}
    | {"log", "trace", "arn", "version", "transaction", "txn", "payment", "ticket", "batch", "job", "task", "request"}
    | {"session", "release", "commit", "node", "cluster", "instance", "product", "ean13", "serial", "device", "card"}
    | {"fedex", "ups", "usps", "dhl", "uid", "aadhaar", "v", "ver", "revision", "rev", "seq", "sequence", "nonce"}
    | {"export", "import", "dump", "archive", "report", "gcp", "aws", "azure", "bucket", "tenant", "org", "workspace"}
)


def id_in_name(before: str, word: str | None, value: str) -> str | None:
    """The entity of an id a name holds without a cue: a device's right after its word, or a mobile number."""
    return "DEVICE_ID" if device_after_word(word, value) else "PHONE_NUMBER" if mobile_in_name(before, value) else None
