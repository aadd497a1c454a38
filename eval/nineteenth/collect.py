#!/usr/bin/env python3
"""Copy the pinned source files of the nineteenth set out of the repository snapshots.

Reads two snapshots that the `fetch` tool put under /work/.mirror (git directories, no work tree):

* mobilityhouse/ocpp (MIT): OCPP-J JSON Schemas. v1.6 schemas are the *hosts* for planted files
  (sources/ocpp16/), a fixed subset of the OCPP 2.1 schemas is copied verbatim into real/ocpp21/.
* ConsumerDataStandardsAustralia/standards (MIT, "MIT Open Licence", Data61): the Australian Consumer
  Data Right OpenAPI 3 specs. cds_banking.json and cds_common.json are the *hosts* (sources/cdr/,
  their components/schemas entries are cut out by build.py); six other CDR specs are copied verbatim into
  real/cdr/.

Hosts and real files never come from the same source file. Writes sources/MANIFEST.jsonl and
real/MANIFEST.jsonl (file, repo, commit, path, licence, sha256). Only needed to re-create sources/ and real/.
"""
import hashlib
import json
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SNAP = {
    "mobilityhouse/ocpp": ("/work/.mirror/mobilityhouse+ocpp/repo", "b0e0b07fd77652a586b0b6aba1bac77b6683573a", "MIT"),
    "ConsumerDataStandardsAustralia/standards": ("/work/.mirror/ConsumerDataStandardsAustralia+standards/repo",
                                                  "45f31a807cf6770456eb26aa2c68003d634ea53c", "MIT"),
}
CDR_REAL = ["cds_admin.json", "cds_dcr.json", "cds_energy.json", "cds_energy_sdh.json", "cds_register.json", "cds_telco.json"]
CDR_HOST = ["cds_banking.json", "cds_common.json"]
N_OCPP21_REAL = 54


def git(repo, *args) -> bytes:
    gd, commit, _ = SNAP[repo]
    return subprocess.run(["git", "--git-dir", gd, *args], check=True, stdout=subprocess.PIPE).stdout


def show(repo, path) -> bytes:
    return git(repo, "show", f"{SNAP[repo][1]}:{path}")


def ls(repo, folder):
    out = git(repo, "ls-tree", "--name-only", SNAP[repo][1], folder + "/").decode().split("\n")
    return sorted(p for p in out if p.endswith(".json"))


def main():
    rows_src, rows_real = [], []

    def put(kind, rel, repo, path):
        data = show(repo, path)
        json.loads(data)  # must parse
        dest = HERE / kind / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        row = {"file": rel, "repo": repo, "commit": SNAP[repo][1], "path": path, "licence": SNAP[repo][2],
               "sha256": hashlib.sha256(data).hexdigest()}
        (rows_src if kind == "sources" else rows_real).append(row)

    o = "mobilityhouse/ocpp"
    for p in ls(o, "ocpp/v16/schemas"):
        put("sources", "ocpp16/" + p.rsplit("/", 1)[1], o, p)
    v21 = ls(o, "ocpp/v21/schemas")
    # deterministic subset: the N files with the smallest sha256 of their path
    pick = sorted(v21, key=lambda p: hashlib.sha256(p.encode()).hexdigest())[:N_OCPP21_REAL]
    for p in sorted(pick):
        put("real", "ocpp21/" + p.rsplit("/", 1)[1], o, p)
    c = "ConsumerDataStandardsAustralia/standards"
    for f in CDR_HOST:
        put("sources", "cdr/" + f, c, "swagger-gen/api/" + f)
    for f in CDR_REAL:
        put("real", "cdr/" + f, c, "swagger-gen/api/" + f)
    for kind, rows in (("sources", rows_src), ("real", rows_real)):
        with open(HERE / kind / "MANIFEST.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"sources: {len(rows_src)} files, real: {len(rows_real)} files")


if __name__ == "__main__":
    main()
