#!/usr/bin/env python3
"""Copy the pinned source files out of the snapshots under /work/.mirror into sources/ and real/.

Needs git and the two bare snapshots (fetched with the search tool's `fetch`):
  department-of-veterans-affairs/vets-json-schema @ VETS_COMMIT  (package.json: "license": "CC0-1.0")
  openEHR/specifications-ITS-JSON                 @ OEHR_COMMIT  (LICENSE: Apache-2.0)

Selection (deterministic, by sha256 of the source path):
  hosts  : 32 vets-json-schema dist/*-schema.json files <= 16 kB (distinct blobs)
           32 openEHR RM Release-1.1.0 component files whose one definition has >= 3 properties
  real   : 30 other vets-json-schema dist/*-schema.json files <= 20 kB whose blob differs from every host
           30 openEHR AM Release-2.2.0 / BASE Release-1.1.0 component files (never RM, so never a host file)
Everything is copied byte for byte; build.py does the cutting and wrapping.
"""
import hashlib, json, os, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VETS = ("department-of-veterans-affairs/vets-json-schema", "ea08303608c47dc35ada003546bb43d7b8ba794b", "CC0-1.0",
        "/work/.mirror/department-of-veterans-affairs+vets-json-schema/repo")
OEHR = ("openEHR/specifications-ITS-JSON", "5acae056248e917a4b4c56f7e712f4fcfeb616a6", "Apache-2.0",
        "/work/.mirror/openEHR+specifications-ITS-JSON/repo")


def git(repo, *args):
    return subprocess.run(["git", "--git-dir", repo[3], *args], check=True, stdout=subprocess.PIPE).stdout


def tree(repo, under):
    out = []
    for line in git(repo, "ls-tree", "-r", "-l", repo[1], "--", under).decode().splitlines():
        meta, path = line.split("\t", 1)
        _, _, blob, size = meta.split()
        out.append((path, blob, int(size)))
    return out


def key(path):
    return hashlib.sha256(path.encode()).hexdigest()


def main():
    for d in ("sources", "real"):
        p = HERE / d
        if p.exists():
            for f in sorted(p.rglob("*"), reverse=True):
                f.unlink() if f.is_file() else f.rmdir()
    src_rows, real_rows = [], []

    def put(repo, path, dest, rows, extra=None):
        data = git(repo, "show", f"{repo[1]}:{path}")
        json.loads(data)
        out = HERE / dest
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(data)
        row = {"file": dest.split("/", 1)[1], "repo": repo[0], "commit": repo[1], "path": path,
               "licence": repo[2], "sha256": hashlib.sha256(data).hexdigest()}
        row.update(extra or {})
        rows.append(row)

    # vets-json-schema
    vets = [t for t in tree(VETS, "dist") if t[0].endswith("-schema.json")]
    vets.sort(key=lambda t: key(t[0]))
    seen_blobs, hosts = set(), []
    for path, blob, size in vets:
        if size <= 16000 and blob not in seen_blobs and len(hosts) < 32:
            d = json.loads(git(VETS, "show", f"{VETS[1]}:{path}"))
            if isinstance(d.get("properties"), dict) and len(d["properties"]) >= 2:
                hosts.append(path); seen_blobs.add(blob)
    for p in hosts:
        put(VETS, p, "sources/vets/" + p.rsplit("/", 1)[1], src_rows, {"role": "host"})
    n = 0
    for path, blob, size in vets:
        if path in hosts or blob in seen_blobs or size > 20000 or n >= 30:
            continue
        seen_blobs.add(blob)
        put(VETS, path, "real/vets/" + path.rsplit("/", 1)[1], real_rows)
        n += 1

    # openEHR ITS-JSON
    rm = [t for t in tree(OEHR, "components/RM/Release-1.1.0") if t[0].endswith(".json") and not t[0].endswith("main.json")]
    rm.sort(key=lambda t: key(t[0]))
    oh = []
    for path, blob, size in rm:
        d = json.loads(git(OEHR, "show", f"{OEHR[1]}:{path}"))
        defs = d.get("definitions") or {}
        if len(defs) == 1:
            (name, body), = defs.items()
            if isinstance(body.get("properties"), dict) and len(body["properties"]) >= 3 and len(oh) < 32:
                oh.append(path)
    for p in oh:
        put(OEHR, p, "sources/openehr/" + p.split("/", 3)[3].replace("/", "__"), src_rows, {"role": "host"})
    am = [t for t in tree(OEHR, "components/AM/Release-2.2.0") + tree(OEHR, "components/BASE/Release-1.1.0")
          if t[0].endswith(".json")]
    am.sort(key=lambda t: key(t[0]))
    for path, blob, size in am[:30]:
        put(OEHR, path, "real/openehr/" + path.split("/", 3)[3].replace("/", "__"), real_rows)

    for rows, dest in ((src_rows, HERE / "sources/MANIFEST.jsonl"), (real_rows, HERE / "real/MANIFEST.jsonl")):
        rows.sort(key=lambda r: r["file"])
        dest.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows), encoding="utf-8")
    print(f"hosts {len(src_rows)}  real {len(real_rows)}")


if __name__ == "__main__":
    main()
