#!/usr/bin/env python3
"""Copy the pinned host and real files out of the snapshots under /work/.mirror.

Writes sources/ (host schemas: Open mHealth files verbatim, Adyen component schemas cut out of two
OpenAPI specs) and real/ (byte-for-byte copies), each with a MANIFEST.jsonl.
Needs git and the two snapshots; stdlib only. Deterministic: selection is by sha256 of the path/name.
"""
import hashlib, json, os, subprocess, shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent
OMH = dict(repo="openmhealth/schemas", commit="36078a89e5e5efeba8dfc590a81cc42fd140c815",
           git="/work/.mirror/openmhealth+schemas/repo", licence="Apache-2.0")
ADY = dict(repo="Adyen/adyen-openapi", commit="aa014f0cbdb58ff5c44a2ff9d5fe734642210aff",
           git="/work/.mirror/Adyen+adyen-openapi/repo", licence="MIT")
HOST_SPECS = ["json/LegalEntityService-v3.json", "json/BalancePlatformService-v2.json"]


def show(src, path):
    return subprocess.check_output(["git", "--git-dir", src["git"], "show", f"{src['commit']}:{path}"])


def ls(src, under):
    out = subprocess.check_output(["git", "--git-dir", src["git"], "ls-tree", "-r", "-l", src["commit"], under]).decode()
    rows = []
    for line in out.splitlines():
        meta, path = line.split("\t", 1)
        _, _, blob, size = meta.split()
        rows.append((path, blob, int(size) if size.isdigit() else -1))
    return rows


def h(s):
    return hashlib.sha256(s.encode()).hexdigest()


def main():
    for d in ("sources", "real"):
        shutil.rmtree(HERE / d, ignore_errors=True)
        (HERE / d).mkdir()
    smani, rmani = [], []
    # ---- Open mHealth: hosts = 32 versioned (not *.x.json) omh schemas with root properties
    rows = [r for r in ls(OMH, "schema") if r[0].endswith(".json")]
    cands, other = [], []
    for path, blob, size in rows:
        data = show(OMH, path)
        try:
            doc = json.loads(data)
        except Exception:
            continue
        if (path.startswith("schema/omh/") and not path.endswith(".x.json") and isinstance(doc, dict)
                and isinstance(doc.get("properties"), dict) and len(doc["properties"]) >= 2):
            cands.append((h(path), path, blob, data))
        else:
            other.append((h(path), path, blob, data))
    cands.sort()
    hosts = cands[:32]
    host_blobs = {b for _, _, b, _ in hosts}
    (HERE / "sources/omh").mkdir()
    for _, path, blob, data in hosts:
        name = "omh/" + path.split("/")[-1]
        (HERE / "sources" / name).write_bytes(data)
        smani.append(dict(file=name, repo=OMH["repo"], commit=OMH["commit"], path=path, pointer="",
                          licence=OMH["licence"], sha256=hashlib.sha256(data).hexdigest()))
    # real: 40 other Open mHealth files (any folder), never a host path nor a host's blob
    pool = sorted([c for c in cands[32:] + other if c[2] not in host_blobs])
    (HERE / "real/omh").mkdir()
    seen = set()
    for _, path, blob, data in pool:
        if len([m for m in rmani if m["repo"] == OMH["repo"]]) >= 40:
            break
        if blob in seen:
            continue
        seen.add(blob)
        name = "omh/" + path.split("/")[-2] + "." + path.split("/")[-1]
        (HERE / "real" / name).write_bytes(data)
        rmani.append(dict(file=name, repo=OMH["repo"], commit=OMH["commit"], path=path,
                          licence=OMH["licence"], sha256=hashlib.sha256(data).hexdigest()))
    # ---- Adyen: hosts = 16 component schemas from each of two specs (names unique across both)
    (HERE / "sources/adyen").mkdir()
    used = set()
    for spec in HOST_SPECS:
        raw = show(ADY, spec)
        doc = json.loads(raw)
        cs = doc["components"]["schemas"]
        ok = sorted((h(spec + "#" + k), k) for k, v in cs.items()
                    if isinstance(v.get("properties"), dict) and len(v["properties"]) >= 3
                    and len(json.dumps(v)) < 6000 and k not in used)
        for _, k in ok[:16]:
            used.add(k)
            stem = spec.split("/")[-1][:-5]
            name = f"adyen/{stem}.{k}.json"
            data = (json.dumps(cs[k], indent=2, ensure_ascii=False) + "\n").encode()
            (HERE / "sources" / name).write_bytes(data)
            smani.append(dict(file=name, repo=ADY["repo"], commit=ADY["commit"], path=spec,
                              pointer="/components/schemas/" + k, licence=ADY["licence"],
                              sha256=hashlib.sha256(data).hexdigest(),
                              source_sha256=hashlib.sha256(raw).hexdigest()))
    # real: 20 whole Adyen specs (< 70 kB), not the host specs
    rows = [r for r in ls(ADY, "json") if r[0].endswith(".json") and 0 < r[2] < 70000 and r[0] not in HOST_SPECS]
    rows.sort(key=lambda r: h(r[0]))
    (HERE / "real/adyen").mkdir()
    seen = set()
    n = 0
    for path, blob, size in rows:
        if n >= 20 or blob in seen:
            continue
        seen.add(blob)
        data = show(ADY, path)
        name = "adyen/" + path.split("/")[-1]
        (HERE / "real" / name).write_bytes(data)
        rmani.append(dict(file=name, repo=ADY["repo"], commit=ADY["commit"], path=path,
                          licence=ADY["licence"], sha256=hashlib.sha256(data).hexdigest()))
        n += 1
    for d, m in (("sources", smani), ("real", rmani)):
        with open(HERE / d / "MANIFEST.jsonl", "w") as f:
            for r in sorted(m, key=lambda r: r["file"]):
                f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    print(len(smani), "sources;", len(rmani), "real")


if __name__ == "__main__":
    main()
