"""Copy the pinned source files from the repository snapshots under /work/.mirror into sources/.
Only needed to re-create sources/; build.py works offline from sources/ and MANIFEST.jsonl."""
import hashlib, json, subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
M = Path("/work/.mirror")
SRC = [
    # (repo, commit, path in repo, dest under sources/, licence)
    ("slackapi/slack-api-specs", "bc08db49625630e3585bf2f1322128ea04f2a7f3", "web-api/slack_web_openapi_v2.json", "slack/slack_web_openapi_v2.json", "MIT"),
    ("slackapi/slack-api-specs", "bc08db49625630e3585bf2f1322128ea04f2a7f3", "LICENSE", "slack/LICENSE", "MIT"),
    ("innolitics/dicom-standard", "7f4749d09ed3ef2fa70637d376d423a4b13523cd", "standard/attributes.json", "dicom/attributes.json", "MIT"),
    ("innolitics/dicom-standard", "7f4749d09ed3ef2fa70637d376d423a4b13523cd", "standard/modules.json", "dicom/modules.json", "MIT"),
    ("innolitics/dicom-standard", "7f4749d09ed3ef2fa70637d376d423a4b13523cd", "standard/ciods.json", "dicom/ciods.json", "MIT"),
    ("innolitics/dicom-standard", "7f4749d09ed3ef2fa70637d376d423a4b13523cd", "standard/ciod_to_modules.json", "dicom/ciod_to_modules.json", "MIT"),
    ("innolitics/dicom-standard", "7f4749d09ed3ef2fa70637d376d423a4b13523cd", "LICENSE.txt", "dicom/LICENSE.txt", "MIT"),
    ("lk-geimfari/mimesis", "b7d77dd23d7dcef395c5ea3295b8211eb0242d2c", "LICENSE", "names/mimesis/LICENSE", "MIT"),
    ("huu4ontocord/rio", "a017d8ea77fbf3efa93eff21813e91d1e0b7dc39", "fake_names.py", "names/rio/fake_names.py", "Apache-2.0"),
    ("huu4ontocord/rio", "a017d8ea77fbf3efa93eff21813e91d1e0b7dc39", "LICENSE", "names/rio/LICENSE", "Apache-2.0"),
    ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "rules/gitleaks.toml", "MIT"),
    ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "LICENSE", "rules/LICENSE", "MIT"),
]
MIMESIS_LOCALES = ["tr", "az", "hu", "is", "et", "el", "ko", "zh", "fa", "ar-eg", "kk"]
for loc in MIMESIS_LOCALES:
    SRC.append(("lk-geimfari/mimesis", "b7d77dd23d7dcef395c5ea3295b8211eb0242d2c", f"mimesis/datasets/{loc}/person.json",
                f"names/mimesis/{loc}/person.json", "MIT"))

rows = []
for repo, commit, path, dest, lic in SRC:
    gd = M / repo.replace("/", "+") / "repo"
    data = subprocess.run(["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], check=True, capture_output=True).stdout
    out = HERE / "sources" / dest
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    rows.append({"file": dest, "repo": repo, "commit": commit, "path": path, "licence": lic,
                 "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})
(HERE / "sources" / "MANIFEST.jsonl").write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
print(len(rows), "files")
