#!/usr/bin/env python3
"""Re-create sources/ from the pinned repository snapshots (/work/.mirror) and the installed Faker.

Only needed to re-create sources/; build.py works offline from sources/.
Needs: git, the two snapshots below, faker 40.63.0.
"""
import hashlib, importlib, json, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")
REPOS = {
    "ga4gh-beacon/beacon-v2": ("47af89c8fd199d2674e5ca7fb504815ebc145e63", "CC0-1.0"),
    "asyncapi/spec-json-schemas": ("7dd3990d9fff9df76e81c8d2ab544e0000f29aff", "Apache-2.0"),
}


def git(repo, *args):
    gd = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), *args], check=True, stdout=subprocess.PIPE).stdout


def beacon_paths(commit):
    out = []
    for line in git("ga4gh-beacon/beacon-v2", "ls-tree", "-r", "-l", commit).decode().splitlines():
        meta, path = line.split("\t", 1)
        size = int(meta.split()[3])
        if not path.endswith(".json") or not (path.startswith("framework/json/") or path.startswith("models/json/")):
            continue
        if "example" in path.lower() or size < 300 or size > 26000:
            continue
        out.append(path)
    return sorted(out)


def asyncapi_paths(commit):
    out = []
    for path in git("asyncapi/spec-json-schemas", "ls-tree", "-r", "--name-only", commit).decode().splitlines():
        if path.startswith("definitions/3.0.0/") and path.endswith(".json"):
            out.append(path)
    return sorted(out)


def main():
    manifest = []
    for repo, lister, sub in (("ga4gh-beacon/beacon-v2", beacon_paths, "beacon"),
                              ("asyncapi/spec-json-schemas", asyncapi_paths, "asyncapi")):
        commit, lic = REPOS[repo]
        for path in lister(commit):
            data = git(repo, "show", f"{commit}:{path}")
            json.loads(data)  # must parse
            dest = SRC / sub / path.replace("/", "__")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)
            manifest.append({"file": dest.relative_to(SRC).as_posix(), "repo": repo, "commit": commit, "path": path,
                             "url": f"https://github.com/{repo}/blob/{commit}/{path}", "licence": lic,
                             "sha256": hashlib.sha256(data).hexdigest()})
    # given/family name tables from Faker's person providers (MIT), three locales
    import faker
    assert faker.VERSION == "40.63.0", faker.VERSION
    names = {}
    for loc in ("is_IS", "az_AZ", "et_EE"):
        P = importlib.import_module(f"faker.providers.person.{loc}").Provider
        given = sorted({n for n in P.first_names if len(n) >= 4 and n.isalpha()})
        if loc == "is_IS":
            fam = sorted({n for n in P.last_names_without_suffix if len(n) >= 4 and n.isalpha()})
        elif loc == "et_EE":
            fam = sorted({n for n in P.last_names_est if len(n) >= 4 and n.isalpha()})
        else:
            fam = sorted({n for n in P.last_names if len(n) >= 5 and n.isalpha()})
        names[loc] = {"given": given, "family": fam}
    data = (json.dumps(names, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    (SRC / "names.json").write_bytes(data)
    manifest.append({"file": "names.json", "repo": "joke2k/faker", "commit": "pypi:Faker==40.63.0",
                     "path": "faker/providers/person/{is_IS,az_AZ,et_EE}/__init__.py", "licence": "MIT",
                     "url": "https://pypi.org/project/Faker/40.63.0/", "sha256": hashlib.sha256(data).hexdigest()})
    with open(SRC / "MANIFEST.jsonl", "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False, sort_keys=True) + "\n")
    print(len(manifest), "source files")


if __name__ == "__main__":
    sys.exit(main())
