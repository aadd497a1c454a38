"""Read the pinned snapshots under /work/.mirror into sources/ (needs git + pyyaml). Only to re-create sources/."""
import hashlib
import json
import os
import re
import subprocess

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'sources')
MIRROR = '/work/.mirror'

KC = ('ccouzens/keycloak-openapi', '9068318ff6680c14100219b51ad6ffef4fb322c8', 'keycloak/23.0.7.json',
      'Apache-2.0 (keycloak/LICENSE.txt; the transformer is MIT)')
OI = ('br-openinsurance/areadesenvolvedor', '49d4f72f9e49caf42b81a68b180d228c11d5c368',
      ['docs/specs/current/customers.yaml', 'docs/specs/current/claim-notification.yaml',
       'docs/specs/current/quote-life-pension-withdrawal.yaml', 'docs/specs/current/consents_v3.yaml'],
      'Apache-2.0 (each spec\'s info.license; the repository has no licence file)')
FK = ('FakerPHP/Faker', '054058d29557027ad71f7506ad0dc39b0d8e0129', 'MIT (LICENSE)')
GL = ('gitleaks/gitleaks', 'b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b', 'config/gitleaks.toml', 'MIT (LICENSE)')
RULES = ['okta-access-token', 'slack-config-access-token', 'slack-config-refresh-token', 'linkedin-client-secret',
         'asana-client-secret', 'flickr-access-token', 'twitch-api-token', 'alibaba-secret-key', 'freemius-secret-key',
         'dropbox-short-lived-api-token']
METHODS = ('get', 'put', 'post', 'delete', 'patch')


def show(repo, commit, path):
    d = os.path.join(MIRROR, repo.replace('/', '+'), 'repo')
    return subprocess.run(['git', '-C', d, 'show', '%s:%s' % (commit, path)], check=True, capture_output=True).stdout


def sha(b):
    return hashlib.sha256(b).hexdigest()


def ops_of(spec):
    out = []
    for p, item in spec.get('paths', {}).items():
        common = item.get('parameters', [])
        for m in METHODS:
            if m not in item:
                continue
            op = item[m]
            out.append({'path': p, 'method': m.upper(), 'operationId': op.get('operationId'), 'summary': op.get('summary'),
                        'description': op.get('description'), 'tags': op.get('tags', []),
                        'parameters': common + op.get('parameters', []), 'requestBody': op.get('requestBody')})
    return out


def write(rel, obj, manifest, **meta):
    path = os.path.join(SRC, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True).encode('utf-8') + b'\n'
    with open(path, 'wb') as f:
        f.write(data)
    manifest.append(dict(file='sources/' + rel, sha256=sha(data), **meta))


def main():
    manifest = []
    raw = show(KC[0], KC[1], KC[2])
    spec = json.loads(raw)
    write('hosts/keycloak.subset.json', {'info': {'title': spec['info'].get('title'), 'version': spec['info'].get('version')},
                                         'schemas': spec['components']['schemas'], 'ops': ops_of(spec)},
          manifest, repo=KC[0], commit=KC[1], path=KC[2], licence=KC[3], source_sha256=sha(raw))
    files = {}
    h = hashlib.sha256()
    for p in OI[2]:
        raw = show(OI[0], OI[1], p)
        h.update(p.encode() + b'\0' + raw)
        spec = yaml.safe_load(raw)
        comps = spec.get('components', {})
        files[p] = {'info': {'title': spec['info'].get('title'), 'version': spec['info'].get('version'),
                             'license': spec['info'].get('license')},
                    'schemas': comps.get('schemas', {}), 'parameters': comps.get('parameters', {}),
                    'requestBodies': comps.get('requestBodies', {}), 'ops': ops_of(spec)}
    write('hosts/openinsurance.subset.json', files, manifest, repo=OI[0], commit=OI[1], path=' '.join(OI[2]),
          licence=OI[3], source_sha256=h.hexdigest())
    for loc in ('bg_BG', 'me_ME', 'en_UG'):
        p = 'src/Faker/Provider/%s/Person.php' % loc
        raw = show(FK[0], FK[1], p)
        txt = raw.decode('utf-8')
        arrays = {}
        for m in re.finditer(r'protected static \$(\w+) = \[(.*?)\];', txt, re.S):
            arrays[m.group(1)] = [s.replace("\\'", "'") for s in re.findall(r"'((?:[^'\\]|\\.)*)'", m.group(2))]
        keep = {k: v for k, v in arrays.items() if k.startswith(('firstName', 'lastName')) and k != 'lastNameFormat'}
        write('names/%s.json' % loc, keep, manifest, repo=FK[0], commit=FK[1], path=p, licence=FK[2], source_sha256=sha(raw))
    raw = show(GL[0], GL[1], GL[2])
    import tomllib
    rules = [{'id': r['id'], 'regex': r['regex'], 'keywords': r.get('keywords', [])}
             for r in tomllib.loads(raw.decode('utf-8'))['rules'] if r['id'] in RULES]
    write('rules/gitleaks.subset.json', rules, manifest, repo=GL[0], commit=GL[1], path=GL[2], licence=GL[3], source_sha256=sha(raw))
    with open(os.path.join(SRC, 'MANIFEST.jsonl'), 'w', encoding='utf-8') as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + '\n')


if __name__ == '__main__':
    main()
