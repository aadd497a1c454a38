"""Words around people's names: particles and titles, which stand inside or before a name, and the regions no place
list holds, which a name's words can spell as they spell towns (`South Asia`, `Middle East`)."""

# fmt: off
PARTICLES = frozenset({  # and Malay's `binti` with its abbreviations, Hassaniya's `ould`, Welsh `ap`
    "van", "von", "der", "den", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "bin", "bint",
    "al", "el", "ibn", "y", "e", "ten", "ter", "st", "ó", "o", "ní", "nic", "mac", "ua", "binti", "bte", "bt", "ould",
    "ap",
})
# English titles, and the polite forms Faker's locales put before names (pan, pani, Herr, señora, ông, bà ...)
TITLES = frozenset({
    "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "rev", "fr", "pan", "pani", "herr", "frau", "sr",
    "sra", "srta", "señor", "señora", "sig", "sig.ra", "mme", "mlle", "ông", "bà", "cô", "anh", "chị", "bay",
    "bayan", "hr", "fru", "heer", "mevrouw", "dhr", "mw",
})
# generational suffixes, which stand after a name (`James Whitfield Jr`, `WHITFIELD JR, JAMES`)
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# fmt: on


# the continents and regions of the UN's M49 standard (Standard country or area codes for statistical use), and
# the regions writers name most besides (`North America`, `Middle East`), which GeoNames' places leave out
# fmt: off
REGIONS = frozenset({
    "africa", "northern africa", "sub-saharan africa", "eastern africa", "middle africa", "southern africa",
    "western africa", "americas", "the americas", "latin america", "latin america and the caribbean", "caribbean",
    "the caribbean", "central america", "south america", "northern america", "north america", "antarctica", "asia",
    "central asia", "eastern asia", "south-eastern asia", "southern asia", "western asia", "europe", "eastern europe",
    "northern europe", "southern europe", "western europe", "oceania", "australia and new zealand", "melanesia",
    "micronesia", "polynesia", "middle east", "southeast asia", "east asia", "south asia", "west africa",
    "east africa", "north africa", "central europe", "scandinavia", "the balkans", "asia pacific", "asia-pacific",
})
# fmt: on
