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


def mobile_in_name(value: str) -> bool:
    """Eleven to fifteen digits alone that E.164 reads as a mobile number (`4917623918847`): in a name, whose numbers
    are rarely that long, the number a messaging API stores without its `+` (among 888,000 keys and 8,000 file names
    of public schemas, one such run is not a phone's); no Unix time, no drama or example number."""
    import phonenumbers

    from phiscan.detect.specs import phone_ok

    if not (value.isdigit() and 11 <= len(value) <= 15) or _EPOCH.fullmatch(value) or not phone_ok("+" + value):
        return False
    kind = phonenumbers.number_type(phonenumbers.parse("+" + value))
    return kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
