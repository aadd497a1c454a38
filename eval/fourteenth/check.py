"""Label and format checks for the fourteenth set (stdlib + phonenumbers). Run after build.py."""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
ERR = []
RULES = V.load_rules()


def fail(msg):
    ERR.append(msg)


def unptr(t):
    return t.replace('~1', '/').replace('~0', '~')


def resolve(doc, ptr):
    node = doc
    parent = key = None
    for t in ptr.split('/')[1:]:
        t = unptr(t)
        parent, key = node, t
        node = node[int(t)] if isinstance(node, list) else node[t]
    return parent, key, node


def unesc(s):
    return re.sub(r'\\(.)', r'\1', s)


def tree_hash(root):
    h = hashlib.sha256()
    lines = []
    for part in ('planted', 'real'):
        for dp, dn, fn in os.walk(os.path.join(root, part)):
            for f in fn:
                p = os.path.join(dp, f)
                lines.append('%s  %s' % (hashlib.sha256(open(p, 'rb').read()).hexdigest(), os.path.relpath(p, root)))
    for l in sorted(lines, key=lambda x: x.split('  ', 1)[1]):
        h.update((l + '\n').encode())
    return h.hexdigest()


def strings_of(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            out.append(k)
            strings_of(v, out)
    elif isinstance(node, list):
        for v in node:
            strings_of(v, out)
    elif isinstance(node, str):
        out.append(node)


NEEDS_CUE = {'dob_bg', 'dob_bg_long', 'dob_me', 'dob_da', 'dob_ncic', 'dob_iso', 'ssn_ncic_plain', 'ssn_spaced', 'mrn_site',
             'mrn_bg_iz', 'mrn_da', 'mrn_mulago', 'egn_nzok', 'jmbg_fzo', 'cpr_sygesikring', 'us_dashed', 'gpsi_msisdn',
             'mobile_national', 'address_us_line', 'zip5', 'zip4', 'pan_plain', 'me_account', 'dk_account', 'ncic_oln',
             'dk_koerekort', 'bg_knizhka', 'me_vozacka', 'pei_imei', 'imei_plain', 'imeisv', 'secret_password'}


def fmt_ok(lab):
    k, v = lab['kind'], lab.get('raw', lab['value'])
    c = lab['category']
    if k.endswith('_regex_key'):
        k = k[:-len('_regex_key')]
    if k.endswith('_joined'):
        # joined forms: check the digits / token
        if c == 'DATE_OF_BIRTH':
            m = re.search(r'(\d{4})(\d{2})(\d{2})$', v)
            return bool(m) and 1931 <= int(m.group(1)) <= 2012 and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31
        if c == 'US_SSN':
            return V.ssn_ok(re.sub(r'^[A-Za-z]+_', '', v))
        if c == 'VEHICLE_ID':
            return V.vin_ok(v[-17:])
        if c == 'HEALTH_PLAN_ID':
            t = re.sub(r'^[a-z]+_', '', v)
            return V.mbi_ok(t) or V.egn_ok(t) or V.jmbg_ok(t) or V.cpr_ok(t)
        if c == 'PHONE_NUMBER':
            return V.phone_ok('+' + re.sub(r'^[a-z]+_', '', v))
        if c == 'IP_ADDRESS':
            t = re.sub(r'^(ip|ueIpv4Addr)_', '', v)
            return V.ip_ok(t.replace('_', '.')) if t.count('_') == 3 else V.ip_ok(t.replace('_', ':'))
        if c == 'DEVICE_ID':
            t = re.sub(r'^[a-z]+_', '', v)
            return V.mac_ok(t) if re.fullmatch(r'[0-9A-F]{12}', t) else (V.luhn_ok(t) if len(t) == 15 else len(t) == 16 and V.luhn_ok(t[:14] + V.luhn_complete(t[:14])[-1]))
        if c == 'ACCOUNT_NUMBER':
            t = re.sub(r'^[a-z]+_', '', v)
            return V.luhn_ok(t) if len(t) == 16 else (V.me_account_ok('%s-%s-%s' % (t[:3], t[3:16], t[16:])) if len(t) == 18 else bool(re.fullmatch(r'\d{14}', t)))
        if c == 'ZIP_CODE':
            return bool(re.search(r'(395|321|761|462|294|352)\d\d(_\d{4})?$', v))
        if c == 'PERSON':
            return bool(re.fullmatch(r'[A-Za-z_]+', v))
        return True
    if c == 'PERSON':
        return len(v.split()) >= 2 or ', ' in v
    if c == 'DATE_OF_BIRTH':
        return bool(re.search(r'(19[3-9]\d|200\d|201[0-2])', v))
    if c == 'US_SSN':
        return V.ssn_ok(v)
    if c == 'MRN':
        return bool(re.search(r'\d{5}', v))
    if c == 'HEALTH_PLAN_ID':
        return {'mbi': V.mbi_ok, 'mbi_dashed': V.mbi_ok, 'egn_nzok': V.egn_ok, 'jmbg_fzo': V.jmbg_ok, 'cpr_sygesikring': V.cpr_ok}[k](v)
    if c == 'PHONE_NUMBER':
        if k == 'mobile_national':
            return any(V.phone_ok(v, reg) for reg in V.MOBILE_REGIONS)
        return V.phone_ok(v) and not re.search(r'555-01\d\d', v)
    if c == 'EMAIL_ADDRESS':
        return v.split('@')[1] in V.EMAIL_DOMAINS
    if c == 'STREET_ADDRESS':
        return bool(re.search(r'\d', v))
    if c == 'ZIP_CODE':
        return bool(re.fullmatch(r'(395|321|761|462|294|352)\d\d(-\d{4})?', v))
    if c == 'ACCOUNT_NUMBER':
        if k.startswith('pan'):
            return V.luhn_ok(v) and len(v.replace(' ', '')) == 16
        if k == 'me_account':
            return V.me_account_ok(v)
        return bool(re.fullmatch(r'\d{4} \d{10}', v))
    if c == 'LICENSE_NUMBER':
        return bool(re.fullmatch(r'[A-Z0-9-]{8,17}', v))
    if c == 'DEVICE_ID':
        t = re.sub(r'^(imei|imeisv|mac)-', '', v)
        if k in ('pei_imei', 'imei_plain'):
            return len(t) == 15 and V.luhn_ok(t)
        if k == 'imeisv':
            return len(t) == 16 and V.luhn_ok(V.luhn_complete(t[:14]))
        return V.mac_ok(t)
    if c == 'VEHICLE_ID':
        return V.vin_ok(v)
    if c == 'IP_ADDRESS':
        t = v.rsplit(':', 1)[0] if k == 'ipv4_port' else v
        return V.ip_ok(t)
    if c == 'URL':
        return v.startswith('https://') and 'example.' not in v
    if c == 'SECRET':
        return V.secret_ok(k[len('secret_'):], v, RULES)
    return False


RESERVED = [r'555-01\d\d', r'msisdn-1555', r'@example\.(com|org|net)', r'^(192\.0\.2|198\.51\.100|203\.0\.113)\.', r'^2001:db8:',
            r'^000-00-0000$', r'^XXX-XX-XXXX$', r'^<[A-Z_]+>$', r'^\$\{[A-Z_]+\}$', r'^1{17}$', r'example\.org/',
            r'^MRN-X+$', r'^00-00-5E-00-53-']


def main(rebuild=True):
    # sources
    for line in open(os.path.join(HERE, 'sources', 'MANIFEST.jsonl'), encoding='utf-8'):
        m = json.loads(line)
        for f in ('file', 'repo', 'commit', 'path', 'licence', 'sha256', 'source_sha256'):
            if not m.get(f):
                fail('manifest field %s missing in %s' % (f, m.get('file')))
        if not re.fullmatch(r'[0-9a-f]{40}', m.get('commit', '')):
            fail('commit not pinned: %s' % m['file'])
        if hashlib.sha256(open(os.path.join(HERE, m['file']), 'rb').read()).hexdigest() != m['sha256']:
            fail('sha256 mismatch %s' % m['file'])
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'planted', 'labels.jsonl'), encoding='utf-8')]
    ids = [l['id'] for l in labels]
    if len(ids) != len(set(ids)):
        fail('duplicate label ids')
    pfiles = {}
    for dp, dn, fn in os.walk(os.path.join(HERE, 'planted')):
        for f in fn:
            if f.endswith('.json'):
                rel = os.path.relpath(os.path.join(dp, f), os.path.join(HERE, 'planted'))
                pfiles[rel] = json.load(open(os.path.join(dp, f), encoding='utf-8'))
    labelled = {l['file'] for l in labels}
    for f in pfiles:
        if f not in labelled:
            fail('planted file without label: %s' % f)
    seen = {}
    for l in labels:
        f = l['file']
        if f not in pfiles:
            fail('label names missing file %s' % f)
            continue
        doc = pfiles[f]
        ptr, s, v = l['pointer'], l['surface'], l['value']
        try:
            if s == 'file_name':
                if ptr != '':
                    fail('%s: file_name pointer not empty' % l['id'])
                text = os.path.basename(f)
            elif s in ('property_name', 'pattern_property'):
                parent, key, node = resolve(doc, ptr)
                text = key
                seg = ptr.split('/')[-2]
                if (s == 'property_name') != (seg == 'properties') and not (s == 'pattern_property' and seg == 'patternProperties'):
                    fail('%s: key pointer shape %s' % (l['id'], ptr))
            else:
                parent, key, node = resolve(doc, ptr)
                text = node
        except (KeyError, IndexError, TypeError) as e:
            fail('%s: pointer does not resolve %s (%s)' % (l['id'], ptr, e))
            continue
        if not isinstance(text, str) or v not in text:
            fail('%s: value %r not in %r' % (l['id'], v, text))
        last = ptr.split('/')[-1] if ptr else ''
        prev = ptr.split('/')[-2] if ptr.count('/') >= 2 else ''
        shape = {'enum': prev == 'enum', 'examples': prev == 'examples', 'const': last == 'const', 'default': last == 'default',
                 'pattern': last == 'pattern', 'title': last == 'title', 'description': last == 'description' and '/properties/' in ptr,
                 'metadata': last == '$comment' or last.startswith('x-'),
                 'tool_name': bool(re.fullmatch(r'(/tools/\d+/name|/functions/\d+/name|/skills/\d+/name|/paths/[^/]+/\w+/operationId)', ptr)),
                 'tool_description': bool(re.fullmatch(r'(/tools/\d+/description|/functions/\d+/description|/skills/\d+/description|/paths/[^/]+/\w+/description)', ptr)),
                 'property_name': prev == 'properties', 'pattern_property': prev == 'patternProperties', 'file_name': ptr == ''}
        if not shape.get(s):
            fail('%s: surface %s does not match pointer %s' % (l['id'], s, ptr))
        if 'raw' in l and unesc(l['value']) != l['raw']:
            fail('%s: raw does not unescape' % l['id'])
        if s in ('pattern', 'pattern_property'):
            try:
                rx = re.compile(text)
            except re.error:
                fail('%s: regex does not compile' % l['id'])
                rx = None
            if rx and l['category'] != 'NONE' and not any(rx.fullmatch(l.get('raw', v) + sfx) for sfx in ('', '.1', '_a')):
                fail('%s: regex does not match its literal' % l['id'])
        k = (f, ptr, s)
        cats = seen.setdefault(k, [])
        if l['category'] in cats or (cats and ('NONE' in cats) != (l['category'] == 'NONE')):
            fail('%s: pointer clash %s' % (l['id'], k))
        cats.append(l['category'])
        if l['category'] != 'NONE':
            if not fmt_ok(l):
                fail('%s: format rule fails for %s %r' % (l['id'], l['kind'], l.get('raw', v)))
            base_kind = re.sub(r'(_regex_key)$', '', l['kind'])
            if l['placement'] == 'no_cue' and (base_kind in NEEDS_CUE or (base_kind.endswith('_joined') and l['category'] not in (
                    'PERSON', 'VEHICLE_ID', 'HEALTH_PLAN_ID', 'DEVICE_ID'))):
                fail('%s: value that cannot stand alone has no cue' % l['id'])
            if l['placement'] not in ('key_cue', 'text_cue', 'no_cue'):
                fail('%s: placement' % l['id'])
        else:
            if l['placement'] != 'none':
                fail('%s: negative placement' % l['id'])
            if l['kind'] == 'reserved_placeholder' and not any(re.search(p, v) for p in RESERVED):
                fail('%s: placeholder not reserved %r' % (l['id'], v))
    # tool names, planted and real
    rfiles = {}
    for dp, dn, fn in os.walk(os.path.join(HERE, 'real')):
        for f in fn:
            if f.endswith('.json'):
                rel = os.path.relpath(os.path.join(dp, f), os.path.join(HERE, 'real'))
                rfiles[rel] = json.load(open(os.path.join(dp, f), encoding='utf-8'))

    def tool_names(doc):
        out = []
        for t in doc.get('tools', []) if isinstance(doc.get('tools'), list) else []:
            out.append(t.get('name'))
        for t in doc.get('functions', []):
            out.append(t.get('name'))
        for t in doc.get('skills', []):
            out.append(t.get('name'))
        for p in doc.get('paths', {}).values():
            for op in p.values():
                out.append(op.get('operationId'))
        return out
    for part, fs in (('planted', pfiles), ('real', rfiles)):
        for f, doc in fs.items():
            for n in tool_names(doc):
                if not isinstance(n, str) or not re.fullmatch(r'[A-Za-z0-9_-]{1,64}', n):
                    fail('%s/%s: bad tool name %r' % (part, f, n))
    # real manifest and disjointness
    man = [json.loads(l) for l in open(os.path.join(HERE, 'real', 'MANIFEST.jsonl'), encoding='utf-8')]
    if sorted(m['file'] for m in man) != sorted(rfiles):
        fail('real manifest does not list exactly the real files')
    planted_units = set(json.load(open(os.path.join(HERE, 'planted_units.json'))))
    for m in man:
        for u in m['units']:
            if u in planted_units:
                fail('real file %s shares unit %s' % (m['file'], u))
    real_text = []
    for f, doc in rfiles.items():
        real_text.append(f)
        strings_of(doc, real_text)
    blob = '\n'.join(real_text)
    for l in labels:
        if l['category'] == 'NONE':
            continue
        for v in {l['value'], l.get('raw', l['value'])}:
            if v in blob:
                fail('%s: planted value occurs in a real file: %r' % (l['id'], v))
    # determinism
    if rebuild:
        h0 = tree_hash(HERE)
        for seed in ('0', '123'):
            with tempfile.TemporaryDirectory() as td:
                env = dict(os.environ, PYTHONHASHSEED=seed)
                subprocess.run([sys.executable, os.path.join(HERE, 'build.py'), td], check=True, env=env)
                h = tree_hash(td)
                if h != h0:
                    fail('rebuild with PYTHONHASHSEED=%s differs' % seed)
        print('tree hash (file-wise):', h0)
    npos = sum(1 for l in labels if l['category'] != 'NONE')
    print('labels %d (positives %d, negatives %d), planted files %d, real files %d' % (
        len(labels), npos, len(labels) - npos, len(pfiles), len(rfiles)))
    if ERR:
        print('\n'.join(ERR[:80]))
        print('FAILED: %d problems' % len(ERR))
        sys.exit(1)
    print('all checks passed')


if __name__ == '__main__':
    main(rebuild='--fast' not in sys.argv)
