#!/usr/bin/env python3
"""Re-create sources/ from the pinned snapshots under /work/.mirror (needs git; run once).

build.py never calls this; it reads only sources/ and checks it against sources/MANIFEST.jsonl.
"""
import csv, hashlib, io, json, os, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sources")
M = "/work/.mirror"

PINS = [
    # (mirror dir, repo, commit, path, licence, stored name, transform)
    ("stripe+openapi", "stripe/openapi", "403fdb8da43c0ae518bb5b7b37f0e551db9fd18f", "openapi/spec3.json", "MIT",
     "hosts/stripe-spec3.subset.json", "stripe_subset"),
    ("okta+okta-management-openapi-spec", "okta/okta-management-openapi-spec", "fdda229e82940cf5af4611ad673ca6a27974e31b",
     "dist/legacy-v1-swagger/spec.json", "Apache-2.0 (info.license of the spec; README badge)", "hosts/okta-v1-swagger.json", "verbatim"),
    ("MatthiasWinkelmann+firstname-database", "MatthiasWinkelmann/firstname-database", "bb040db50fec19558e853062c49e0029e1805a90",
     "firstnames.csv", "GFDL-1.2 (Joerg Michael's gender.c name dictionary; LICENSE.txt)", "names/firstnames.subset.csv", "names_subset"),
    ("gitleaks+gitleaks", "gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT",
     "rules/gitleaks.toml", "verbatim"),
]
NAME_COLS = ["Vietnam", "Korea", "Turkey", "Poland", "Arabia/Persia", "India/Sri Lanka", "Portugal", "Japan", "Greece", "Georgia"]


def git_show(d, commit, path):
    return subprocess.run(["git", "-C", os.path.join(M, d, "repo"), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


def stripe_subset(raw):
    d = json.loads(raw)
    keep = {"openapi": d["openapi"], "info": d["info"], "paths": d["paths"],
            "components": {"schemas": d["components"]["schemas"]}}
    return (json.dumps(keep, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode()


def names_subset(raw):
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8", "replace")), delimiter=";"))
    head = rows[0]
    idx = [head.index(c) for c in NAME_COLS]
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(["name", "gender"] + NAME_COLS)
    for r in rows[1:]:
        if len(r) < len(head):
            continue
        vals = [r[i].strip() for i in idx]
        if any(vals):
            w.writerow([r[0], r[1]] + vals)
    return out.getvalue().encode()


def main():
    man = []
    for d, repo, commit, path, lic, name, tr in PINS:
        raw = git_show(d, commit, path)
        data = raw if tr == "verbatim" else globals()[tr](raw)
        dest = os.path.join(SRC, name)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(data)
        man.append({"file": name, "repo": repo, "commit": commit, "path": path, "licence": lic,
                    "transform": tr, "source_sha256": hashlib.sha256(raw).hexdigest(),
                    "sha256": hashlib.sha256(data).hexdigest()})
    with open(os.path.join(SRC, "MANIFEST.jsonl"), "w") as f:
        for m in man:
            f.write(json.dumps(m, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
