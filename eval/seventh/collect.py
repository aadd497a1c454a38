"""Re-create sources/ from the pinned snapshots under /work/.mirror (run once; build.py reads only sources/)."""
import hashlib, json, subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
PINS = [
    # (repo, commit, path, licence, out name, transform)
    ("Adyen/adyen-openapi", "aa014f0cbdb58ff5c44a2ff9d5fe734642210aff", "json/LegalEntityService-v3.json", "MIT", "hosts/adyen-LegalEntityService-v3.json", None),
    ("Adyen/adyen-openapi", "aa014f0cbdb58ff5c44a2ff9d5fe734642210aff", "json/BalancePlatformService-v2.json", "MIT", "hosts/adyen-BalancePlatformService-v2.json", None),
    ("square/connect-api-specification", "5733f6624e9a5b930a8426f0e02a6bf7e35c6c0f", "api.json", "Apache-2.0", "hosts/square-api.subset.json", "square_subset"),
    ("dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba", "data/humans/firstNames.json", "CC0-1.0", "names/firstNames.json", None),
    ("dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba", "data/humans/lastNames.json", "CC0-1.0", "names/lastNames.json", None),
    ("dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba", "data/humans/spanishFirstNames.json", "CC0-1.0", "names/spanishFirstNames.json", None),
    ("dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba", "data/humans/spanishLastNames.json", "CC0-1.0", "names/spanishLastNames.json", None),
    ("dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba", "data/humans/norwayFirstNamesBoys.json", "CC0-1.0", "names/norwayFirstNamesBoys.json", None),
    ("dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba", "data/humans/norwayFirstNamesGirls.json", "CC0-1.0", "names/norwayFirstNamesGirls.json", None),
    ("dariusk/corpora", "cf30ca27ab176b63623af1ddcfa2447ac07305ba", "data/humans/norwayLastNames.json", "CC0-1.0", "names/norwayLastNames.json", None),
    ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT", "rules/gitleaks.toml", None),
]
SQUARE_TAGS = {"Customers", "Team", "Labor", "Payments", "Cards", "Bank Accounts", "Invoices", "Bookings",
               "Gift Cards", "Refunds", "Loyalty", "Vendors", "Disputes", "Payouts"}


def git_show(repo, commit, path):
    gd = f"/work/.mirror/{repo.replace('/', '+')}/repo"
    return subprocess.run(["git", f"--git-dir={gd}", "show", f"{commit}:{path}"], check=True, capture_output=True).stdout


def refs(o, acc):
    if isinstance(o, dict):
        r = o.get("$ref")
        if isinstance(r, str) and r.startswith("#/components/schemas/"):
            acc.add(r.rsplit("/", 1)[1])
        for v in o.values():
            refs(v, acc)
    elif isinstance(o, list):
        for v in o:
            refs(v, acc)


def square_subset(raw):
    d = json.loads(raw)
    paths = {}
    for p, item in d["paths"].items():
        keep = {m: op for m, op in item.items() if isinstance(op, dict) and set(op.get("tags", [])) & SQUARE_TAGS}
        if keep:
            paths[p] = keep
    need, todo = set(), set()
    refs(paths, todo)
    schemas = d["components"]["schemas"]
    while todo:
        n = todo.pop()
        if n in need or n not in schemas:
            continue
        need.add(n)
        refs(schemas[n], todo)
    out = {"openapi": d["openapi"], "info": d["info"], "paths": paths,
           "components": {"schemas": {k: schemas[k] for k in sorted(need)}}}
    return (json.dumps(out, indent=1, ensure_ascii=False) + "\n").encode()


def main():
    rows = []
    for repo, commit, path, lic, out, tf in PINS:
        raw = git_show(repo, commit, path)
        data = square_subset(raw) if tf == "square_subset" else raw
        dst = SRC / out
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.write_bytes(data)
        rows.append({"file": out, "repo": repo, "commit": commit, "path": path, "licence": lic,
                     "source_sha256": hashlib.sha256(raw).hexdigest(), "sha256": hashlib.sha256(data).hexdigest(),
                     "transform": tf or "verbatim"})
    with open(SRC / "MANIFEST.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
