#!/usr/bin/env python3
"""Re-create sources/ from the pinned repository snapshots under /work/.mirror.

Needs git and PyYAML (FusionAuth ships its spec as YAML).  Only this script reads the
mirrors; build.py works offline from sources/.

Host families
  * Square Connect API  square/connect-api-specification@5733f66...:api.json  (Apache-2.0, LICENSE.txt)
  * FusionAuth API      FusionAuth/fusionauth-openapi@f07c95a...:openapi.yaml  (Apache-2.0, LICENSE)

From each spec the `components/schemas` entries are the units.  A unit qualifies when it is an
object schema with >= 3 `properties` and its compact JSON is 500..20000 bytes.  Units are ordered
by sha256 of "<family>:<name>"; the first 32 qualifying units are hosts (planted), the next 30
(with <= 12000 bytes) are real files.  Hosts and real files never share a unit.
"""
import hashlib, json, subprocess, sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
FAMILIES = [
    {"family": "square", "repo": "square/connect-api-specification",
     "commit": "5733f6624e9a5b930a8426f0e02a6bf7e35c6c0f", "path": "api.json", "licence": "Apache-2.0",
     "licence_file": "LICENSE.txt",
     "mirror": "/work/.mirror/square+connect-api-specification/repo", "fmt": "json"},
    {"family": "fusionauth", "repo": "FusionAuth/fusionauth-openapi",
     "commit": "f07c95a224194589262eb3b151625d65f9a6ebd8", "path": "openapi.yaml", "licence": "Apache-2.0",
     "licence_file": "LICENSE",
     "mirror": "/work/.mirror/FusionAuth+fusionauth-openapi/repo", "fmt": "yaml"},
]
N_HOST, N_REAL = 32, 30


def git_show(mirror, commit, path):
    return subprocess.check_output(["git", "-C", mirror, "show", f"{commit}:{path}"])


def main():
    SRC.mkdir(exist_ok=True)
    manifest = []
    for fam in FAMILIES:
        raw = git_show(fam["mirror"], fam["commit"], fam["path"])
        lic = git_show(fam["mirror"], fam["commit"], fam["licence_file"])
        assert b"Apache License" in lic and b"Version 2.0" in lic
        doc = json.loads(raw) if fam["fmt"] == "json" else yaml.safe_load(raw)
        schemas = doc["components"]["schemas"]
        order = sorted(schemas, key=lambda n: hashlib.sha256(f"{fam['family']}:{n}".encode()).hexdigest())
        hosts, real = [], []
        for name in order:
            s = schemas[name]
            if not isinstance(s, dict) or not isinstance(s.get("properties"), dict) or len(s["properties"]) < 3:
                continue
            size = len(json.dumps(s, ensure_ascii=False, separators=(",", ":")))
            if not 500 <= size <= 20000:
                continue
            if len(hosts) < N_HOST:
                hosts.append(name)
            elif len(real) < N_REAL and size <= 12000:
                real.append(name)
        assert len(hosts) == N_HOST and len(real) == N_REAL and not set(hosts) & set(real)
        out = {"family": fam["family"], "repo": fam["repo"], "commit": fam["commit"], "path": fam["path"],
               "licence": fam["licence"], "source_sha256": hashlib.sha256(raw).hexdigest(),
               "hosts": {n: schemas[n] for n in hosts}, "real": {n: schemas[n] for n in real}}
        fn = f"{fam['family']}.units.json"
        data = (json.dumps(out, ensure_ascii=False, indent=1) + "\n").encode()
        (SRC / fn).write_bytes(data)
        manifest.append({"file": fn, "repo": fam["repo"], "commit": fam["commit"], "path": fam["path"],
                         "pointer": "/components/schemas", "licence": fam["licence"],
                         "sha256": hashlib.sha256(data).hexdigest(), "source_sha256": out["source_sha256"],
                         "hosts": len(hosts), "real": len(real)})
    with open(SRC / "MANIFEST.jsonl", "w") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    print("wrote", [m["file"] for m in manifest])


if __name__ == "__main__":
    sys.exit(main())
