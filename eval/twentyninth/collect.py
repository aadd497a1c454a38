#!/usr/bin/env python3
"""Read the pinned snapshots under /work/.mirror into sources/ (only needed to re-create sources/).

Needs git and PyYAML (6.0.x).  Nothing here runs code from the snapshots: the Faker name tables are read with
ast.literal_eval, the gitleaks config with tomllib, the API specs with json / yaml.safe_load.
"""
import ast
import hashlib
import json
import subprocess
import tomllib
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SRC = HERE / "sources"
MIRROR = Path("/work/.mirror")

PAYPAL = ("paypal/paypal-rest-api-specifications", "ec4d8f36a6ab0abcc3865e1072aaddc85ea14d5c",
          ["openapi/billing_subscriptions_v1.json", "openapi/catalogs_products_v1.json",
           "openapi/checkout_orders_v2.json", "openapi/customer_disputes_v1.json",
           "openapi/customer_partner_referrals_v2.json", "openapi/invoicing_v2.json",
           "openapi/notifications_webhooks_v1.json", "openapi/payments_payment_v2.json",
           "openapi/payments_payouts_batch_v1.json", "openapi/reporting_transactions_v1.json",
           "openapi/shipping_shipment_tracking_v1.json", "openapi/vault_payment_tokens_v3.json"],
          "Apache-2.0 (LICENSE)")
MOJALOOP = ("mojaloop/api-snippets", "6b102d6c2ab40f0d35f979db54ffe4476437c01d",
            ["docs/fspiop-rest-v2.0-openapi3-snippets.yaml", "docs/thirdparty-openapi3-snippets.yaml",
             "docs/sdk-scheme-adapter-backend-v2_1_0-openapi3-snippets.yaml"],
            "Apache-2.0 (LICENSE.md)")
PINS = {"paypal": PAYPAL, "mojaloop": MOJALOOP}
FAKER = ("joke2k/faker", "8ad78a632a4116e6392e6d5743524c683a2e02a1", "MIT (LICENSE.txt)")
FAKER_LOCALES = ["es_AR", "de_CH", "fr_CH"]
GITLEAKS = ("gitleaks/gitleaks", "b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b", "config/gitleaks.toml", "MIT (LICENSE)")
GITLEAKS_RULES = ["anthropic-api-key", "openai-api-key", "slack-bot-token", "gcp-api-key", "digitalocean-pat",
                  "pulumi-api-token", "heroku-api-key-v2", "vault-service-token", "planetscale-password",
                  "rubygems-api-token", "dynatrace-api-token", "shippo-api-token", "prefect-api-token",
                  "scalingo-api-token", "age-secret-key", "adobe-client-secret", "square-access-token",
                  "infracost-api-token", "openshift-user-token", "artifactory-api-key", "flyio-access-token"]

N_HOSTS, N_REAL = 32, 25


def git_show(repo, commit, path):
    gd = MIRROR / repo.replace("/", "+") / "repo"
    return subprocess.run(["git", "--git-dir", str(gd), "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout


class _NoTimestampLoader(yaml.SafeLoader):
    pass


_NoTimestampLoader.yaml_implicit_resolvers = {
    k: [r for r in v if r[0] != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def compact(o):
    return json.dumps(o, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def qualifies(v):
    if not isinstance(v, dict) or not isinstance(v.get("properties"), dict) or len(v["properties"]) < 2:
        return False
    n = len(compact(v).encode())
    return 200 <= n <= 16000


def units(family):
    repo, commit, paths, lic = PINS[family]
    cands, seen_names, seen_blobs, shas = [], set(), set(), {}
    for path in paths:
        raw = git_show(repo, commit, path)
        shas[path] = hashlib.sha256(raw).hexdigest()
        doc = json.loads(raw) if path.endswith(".json") else yaml.load(raw.decode(), Loader=_NoTimestampLoader)
        stem = Path(path).stem.replace("-openapi3-snippets", "")
        for name, v in doc["components"]["schemas"].items():
            if not qualifies(v):
                continue
            blob = compact(v)
            # the same schema name or content in two documents is taken once (first document wins)
            if (family == "mojaloop" and name in seen_names) or blob in seen_blobs:
                continue
            seen_names.add(name)
            seen_blobs.add(blob)
            uid = f"{stem}.{name}" if family == "paypal" else name
            key = hashlib.sha256(f"{family}:{uid}".encode()).hexdigest()
            cands.append((key, uid, name, path, v))
    cands.sort(key=lambda c: c[0])
    hosts, real = [], []
    for _, uid, name, path, v in cands:
        unit = {"name": uid, "schema_name": name, "path": path, "pointer": f"/components/schemas/{name}",
                "schema": v}
        if len(hosts) < N_HOSTS:
            hosts.append(unit)
        elif len(real) < N_REAL and len(compact(v).encode()) <= 10000:
            real.append(unit)
    return {"family": family, "repo": repo, "commit": commit, "paths": paths, "licence": lic,
            "source_sha256": shas, "hosts": hosts, "real": real}


def faker_tables():
    repo, commit, lic = FAKER
    out = {}
    for loc in FAKER_LOCALES:
        src = git_show(repo, commit, f"faker/providers/person/{loc}/__init__.py").decode()
        tree = ast.parse(src)
        got = {}
        for node in ast.walk(tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                tgt = node.targets[0] if isinstance(node, ast.Assign) else node.target
                if not isinstance(tgt, ast.Name) or tgt.id not in ("first_names_male", "first_names_female",
                                                                    "last_names"):
                    continue
                val = node.value
                if isinstance(val, ast.Call):      # OrderedDict([(name, weight), ...]): keep the names
                    got[tgt.id] = [k for k, _w in ast.literal_eval(val.args[0])]
                else:
                    got[tgt.id] = list(ast.literal_eval(val))
        assert set(got) == {"first_names_male", "first_names_female", "last_names"}, (loc, list(got))
        out[loc] = {"path": f"faker/providers/person/{loc}/__init__.py",
                    "source_sha256": hashlib.sha256(src.encode()).hexdigest(), **got}
    return out


def gitleaks_rules():
    repo, commit, path, lic = GITLEAKS
    raw = git_show(repo, commit, path)
    conf = tomllib.loads(raw.decode())
    rules = [{k: r[k] for k in ("id", "description", "regex", "keywords", "entropy") if k in r}
             for r in conf["rules"] if r["id"] in GITLEAKS_RULES]
    assert len(rules) == len(GITLEAKS_RULES)
    return rules, hashlib.sha256(raw).hexdigest()


def write(name, obj):
    p = SRC / name
    p.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return hashlib.sha256(p.read_bytes()).hexdigest()


def main():
    SRC.mkdir(exist_ok=True)
    man = []
    for fam in ("paypal", "mojaloop"):
        u = units(fam)
        sha = write(f"{fam}-units.json", u)
        man.append({"file": f"{fam}-units.json", "repo": u["repo"], "commit": u["commit"],
                    "path": ",".join(u["paths"]), "pointer": "/components/schemas/<Name>", "licence": u["licence"],
                    "sha256": sha, "source_sha256": u["source_sha256"]})
    ft = faker_tables()
    sha = write("faker-names.json", ft)
    man.append({"file": "faker-names.json", "repo": FAKER[0], "commit": FAKER[1],
                "path": "faker/providers/person/{" + ",".join(FAKER_LOCALES) + "}/__init__.py",
                "pointer": "first_names_male, first_names_female, last_names", "licence": FAKER[2], "sha256": sha,
                "source_sha256": {k: v["source_sha256"] for k, v in ft.items()}})
    rules, src_sha = gitleaks_rules()
    sha = write("gitleaks-rules.json", rules)
    man.append({"file": "gitleaks-rules.json", "repo": GITLEAKS[0], "commit": GITLEAKS[1], "path": GITLEAKS[2],
                "pointer": "rules[id in " + ",".join(GITLEAKS_RULES) + "]", "licence": GITLEAKS[3], "sha256": sha,
                "source_sha256": src_sha})
    (SRC / "MANIFEST.jsonl").write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in man))


if __name__ == "__main__":
    main()
