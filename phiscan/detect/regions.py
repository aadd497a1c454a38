"""Regions no place list holds: a name's words can spell them as they spell towns (`South Asia`, `Middle East`)."""

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
