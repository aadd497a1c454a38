"""An identifier no word explains: a code of one to four capitals and six to ten digits (`TVM2783066`, `U5937930`,
`DSQ-2267364`) standing alone in a schema.

Every number a site assigns to a person has this shape somewhere (medical records, member ids, licences), and the
words that would say which are often in a language or a house style no list holds.  HIPAA's Safe Harbor names the
case: "any other unique identifying number, characteristic, or code" (45 CFR 164.514(b)(2)(i)(R)).  Public schemas
almost never hold such a code (about one in a hundred files, public sets of 7,787), and when they do it is an
accession of a public registry, listed below with its source, or a placeholder (`W0000000`), a date or a time
(`D20240115`, `T143045`).
"""

from __future__ import annotations

import re

# Public registries' accession prefixes: NCBI RefSeq (NCBI Handbook, "RefSeq accession prefixes": NM_ NR_ XM_ XR_
# NP_ XP_ NC_ NG_ NT_ NW_ NZ_ AC_ WP_ YP_), NCBI Assembly (GCF_, GCA_), the INSDC Sequence Read Archive's runs,
# experiments, samples, studies and submissions (SRR ERR DRR, SRX ERX DRX, SRS ERS DRS, SRP ERP DRP, SRA ERA DRA),
# ClinVar's records (RCV VCV SCV), GEO's (GSM GSE GPL GDS), the GWAS Catalog's studies (GCST), InterPro (IPR), Pfam
# (PF), PharmGKB (PA), COSMIC (COSM), MDL numbers (MFCD), NCI's NSC numbers, FDA applications (NDA ANDA BLA, De Novo
# DEN), PubMed Central (PMC), PubMed (PMID), ClinicalTrials.gov (NCT), patents (EP, WO), Microsoft's knowledge base
# (KB), ServiceNow's records (INC CHG RITM PRB TASK REQ), UMLS concepts and NCI Thesaurus codes (C), MeSH descriptors
# (D), Wikidata items and properties (Q, P); and the OBO Foundry's ontologies' ids in their underscore form
# (`HP_0001250`, `GO_0005634`: http://obofoundry.org/id-policy), of four letters or fewer
_ACCESSIONS = frozenset(
    {"NM", "NR", "XM", "XR", "NP", "XP", "NC", "NG", "NT", "NW", "NZ", "AC", "WP", "YP", "GCF", "GCA"}
    | {"SRR", "ERR", "DRR", "SRX", "ERX", "DRX", "SRS", "ERS", "DRS", "SRP", "ERP", "DRP", "SRA", "ERA", "DRA"}
    | {"RCV", "VCV", "SCV", "GSM", "GSE", "GPL", "GDS", "GCST", "IPR", "PF", "PA", "COSM", "MFCD", "NSC"}
    | {"NDA", "ANDA", "BLA", "DEN", "PMC", "PMID", "NCT", "EP", "WO", "KB", "INC", "CHG", "RITM", "PRB", "TASK", "REQ"}
    | {"C", "D", "Q", "P"}
)
_OBO = frozenset(
    {"HP", "EFO", "GO", "CL", "SO", "MP", "RO", "PR", "OBI", "IAO", "BFO", "PATO", "UO", "ECO", "VO", "OAE", "ENVO"}
    | {"NCIT", "DOID", "OGMS", "MAXO", "MA", "ZFA", "ZP", "APO", "FYPO", "TO", "PO", "PECO", "EO", "CMO", "MMO", "XCO"}
    | {"VT", "LPT", "UPHENO", "MPATH", "OMIT", "OMP", "ERO", "CHMO", "FAO", "NBO", "SYMP", "TRANS", "IDO", "CTO"}
)
ENTITY = "OTHER_IDENTIFIER"  # HIPAA's "any other unique identifying number or code"
BARE_CODE = re.compile(r"(?<![A-Za-z0-9#@$%&*+=./:\\-])([A-Z]{1,4})[-_]?(\d{6,10})(?![A-Za-z0-9]|[.,]\d|[-/:]\d)")


def public_code(prefix: str, digits: str, text: str) -> bool:
    """A registry's accession, an ontology's term, a documentation's numbering or ISO 8601's time: no one's.
    (Placeholders, dates, ISINs and standards' numbers are asked in `phiscan.detect.specs`, with its helpers.)"""
    if prefix in _ACCESSIONS or (prefix in _OBO and "_" in text):
        return True
    if "00000" in digits.lstrip("0"):
        return True  # a documentation's numbering (Square's `L2100000005`); a record's padding leads (`E0000482`)
    hh, mm, ss = digits[:2], digits[2:4], digits[4:]  # ISO 8601's time designator before a time of day (`T143045`)
    return prefix == "T" and len(digits) == 6 and hh <= "23" and mm <= "59" and ss <= "59"


def standing_codes(text: str) -> frozenset[str]:
    """The codes that stand alone in `text` as written: a view that reads `ClinGen:CA152954` as two words (a CURIE,
    a registry's prefix and its local id) makes no code of its local part."""
    return frozenset(m[0] for m in BARE_CODE.finditer(text))
