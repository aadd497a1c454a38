#!/usr/bin/env python3
"""Re-create sources/ from the pinned snapshots under /work/.mirror (needs git + PyYAML).

Only needed to re-create sources/; build.py works offline from sources/ alone.

* Discord HTTP API OpenAPI 3.1 description  discord/discord-api-spec@<DISCORD_COMMIT>:specs/openapi.json (MIT)
* Clerk Backend API OpenAPI 3.0 description   clerk/openapi-specs@<CLERK_COMMIT>:bapi/2025-11-10.yml (MIT)
* Hebrew name lists (Israel CBS / Beit Hatfutsot derived) shlomoweb1/random-names-hebrew@<HEB_COMMIT>:data/ethnic/** (ISC)
* gitleaks rules (only the rule ids used)     gitleaks/gitleaks@<GITLEAKS_COMMIT>:config/gitleaks.toml (MIT)

A unit is one `components/schemas/<Name>` entry. It qualifies when it is an object schema with at least 3
`properties` and 500-20,000 bytes of compact JSON. Qualifying units are ordered by sha256 of `<family>:<name>`;
the first 32 become hosts, the next 30 that are at most 12,000 bytes become real files.
"""
import hashlib
import json
import subprocess
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

DISCORD = ("discord/discord-api-spec", "74fda0fad044407ea280043a03ffc9bc64c4e49e", "specs/openapi.json", "MIT (LICENSE)")
CLERK = ("clerk/openapi-specs", "7987d1b776258d5ddd9163e1a03d256b5ac4d64a", "bapi/2025-11-10.yml", "MIT (LICENSE)")
HEB = ("shlomoweb1/random-names-hebrew", "319091d9737c1d54ca6d5b6b10d7459652245b51", "data/ethnic", "ISC (package.json)")
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_IDS = ["anthropic-api-key", "openai-api-key", "pypi-upload-token", "age-secret-key", "pulumi-api-token",
                "sendinblue-api-token", "dynatrace-api-token", "prefect-api-token", "sentry-user-token",
                "heroku-api-key-v2", "harness-api-key", "infracost-api-token", "jwt"]


def git_show(repo, commit, path) -> bytes:
    g = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "-C", str(g), "show", f"{commit}:{path}"], check=True,
                          stdout=subprocess.PIPE).stdout


def qualifies(v) -> bool:
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 3:
        return False
    n = len(json.dumps(v, separators=(",", ":"), ensure_ascii=False).encode())
    return 500 <= n <= 20000


def select(family, schemas):
    cands = sorted((k for k, v in schemas.items() if qualifies(v)),
                   key=lambda k: hashlib.sha256(f"{family}:{k}".encode()).hexdigest())
    hosts = cands[:32]
    real = [k for k in cands[32:]
            if len(json.dumps(schemas[k], separators=(",", ":"), ensure_ascii=False).encode()) <= 12000][:30]
    return hosts, real


def main():
    SRC.mkdir(exist_ok=True)
    manifest = []
    for family, (repo, commit, path, lic) in (("discord", DISCORD), ("clerk", CLERK)):
        raw = git_show(repo, commit, path)
        doc = json.loads(raw) if path.endswith(".json") else yaml.safe_load(raw)
        schemas = doc["components"]["schemas"]
        hosts, real = select(family, schemas)
        out = {"family": family, "repo": repo, "commit": commit, "path": path, "licence": lic,
               "hosts": hosts, "real": real, "units": {k: schemas[k] for k in hosts + real}}
        fn = f"{family}.units.json"
        data = (json.dumps(out, indent=1, ensure_ascii=False, sort_keys=False) + "\n").encode()
        (SRC / fn).write_bytes(data)
        manifest.append({"file": fn, "repo": repo, "commit": commit, "path": path,
                         "pointer": "#/components/schemas/<Name>", "licence": lic,
                         "sha256": hashlib.sha256(data).hexdigest(), "source_sha256": hashlib.sha256(raw).hexdigest()})
    # Hebrew names
    names = {}
    src_sha = {}
    for rel in ["firstName/female/jewish.json", "firstName/male/jewish.json", "firstName/female/muslims.json",
                "firstName/male/muslims.json", "firstName/female/christian.json", "firstName/male/christian.json",
                "firstName/female/druze.json", "firstName/male/druze.json", "lastName/jewish.json",
                "lastName/muslims.json", "lastName/christian.json", "lastName/druze.json"]:
        raw = git_show(HEB[0], HEB[1], f"{HEB[2]}/{rel}")
        names[rel] = json.loads(raw)
        src_sha[rel] = hashlib.sha256(raw).hexdigest()
    data = (json.dumps({"repo": HEB[0], "commit": HEB[1], "path": HEB[2], "licence": HEB[3], "lists": names,
                        "source_sha256": src_sha}, ensure_ascii=False, indent=0) + "\n").encode()
    (SRC / "hebrew-names.json").write_bytes(data)
    manifest.append({"file": "hebrew-names.json", "repo": HEB[0], "commit": HEB[1], "path": HEB[2] + "/**",
                     "pointer": "", "licence": HEB[3], "sha256": hashlib.sha256(data).hexdigest(),
                     "source_sha256": hashlib.sha256(json.dumps(src_sha, sort_keys=True).encode()).hexdigest()})
    # gitleaks rules used (the TOML blocks copied as text)
    raw = git_show(*GITLEAKS[:3]).decode()
    blocks = {}
    for blk in raw.split("[[rules]]")[1:]:
        for line in blk.splitlines():
            if line.startswith("id = "):
                rid = line.split('"')[1]
                if rid in GITLEAKS_IDS:
                    blocks[rid] = "[[rules]]" + blk.split("\n[[")[0]
    data = (json.dumps({"repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2], "licence": GITLEAKS[3],
                        "rules": blocks}, indent=1) + "\n").encode()
    (SRC / "gitleaks-rules.json").write_bytes(data)
    manifest.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                     "pointer": "", "licence": GITLEAKS[3], "sha256": hashlib.sha256(data).hexdigest(),
                     "source_sha256": hashlib.sha256(raw.encode()).hexdigest()})
    with open(SRC / "MANIFEST.jsonl", "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    print("\n".join(f"{m['file']} {m['sha256']}" for m in manifest))


if __name__ == "__main__":
    main()
