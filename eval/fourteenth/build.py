"""Deterministic builder of the fourteenth set: sources/ -> planted/ + real/ (seed 141414; stdlib + phonenumbers)."""
import copy
import hashlib
import json
import os
import random
import re
import shutil
import sys

import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 141414
PER_WRAPPER = 16
KC_BASE = 'ccouzens/keycloak-openapi@9068318ff6680c14100219b51ad6ffef4fb322c8:keycloak/23.0.7.json'
OI_BASE = 'br-openinsurance/areadesenvolvedor@49d4f72f9e49caf42b81a68b180d228c11d5c368:'
WRAPPERS = ['powerplatform-connector', 'google-discovery', 'openai-agents-sdk', 'semantic-kernel', 'mongodb-validator',
            'a2a-agent-card']
SCHEMA_WRAPPERS = {'google-discovery', 'mongodb-validator'}
SURFACES = ['property_name', 'enum', 'const', 'pattern', 'pattern_property', 'default', 'examples', 'title', 'description',
            'metadata', 'tool_name', 'tool_description', 'file_name']
CAPS = {
    'powerplatform-connector': {'property_name', 'enum', 'pattern', 'default', 'title', 'description', 'metadata', 'tool_name',
                                'tool_description', 'file_name'},
    'google-discovery': {'property_name', 'enum', 'pattern', 'default', 'description', 'file_name'},
    'openai-agents-sdk': set(SURFACES),
    'semantic-kernel': set(SURFACES),
    'mongodb-validator': {'property_name', 'enum', 'pattern', 'pattern_property', 'title', 'description', 'file_name'},
    'a2a-agent-card': {'tool_name', 'tool_description', 'examples', 'file_name'},
}
CATS = ['PERSON', 'DATE_OF_BIRTH', 'US_SSN', 'MRN', 'HEALTH_PLAN_ID', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'STREET_ADDRESS',
        'ZIP_CODE', 'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'DEVICE_ID', 'VEHICLE_ID', 'IP_ADDRESS', 'URL', 'SECRET']
JOINABLE = set(CATS) - {'EMAIL_ADDRESS', 'STREET_ADDRESS', 'URL', 'SECRET'}
JOINED_SURFACES = {'property_name', 'pattern_property', 'tool_name', 'file_name'}
UNSUPPORTED_KW = {'discriminator', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly', 'nullable', 'example',
                  'examples', 'style', 'explode'}


def H(*parts):
    return hashlib.sha256('|'.join(str(p) for p in parts).encode()).hexdigest()


def ptok(s):
    return s.replace('~', '~0').replace('/', '~1')


def slug(s):
    return re.sub(r'[^A-Za-z0-9]+', '_', s).strip('_')


# ------------------------------------------------------------------ hosts and units

def load_hosts():
    with open(os.path.join(HERE, 'sources', 'hosts', 'keycloak.subset.json'), encoding='utf-8') as f:
        kc = json.load(f)
    with open(os.path.join(HERE, 'sources', 'hosts', 'openinsurance.subset.json'), encoding='utf-8') as f:
        oi = json.load(f)
    specs = {'keycloak': {'schemas': kc['schemas'], 'parameters': {}, 'ops': kc['ops'], 'base': KC_BASE,
                          'title': 'Keycloak Admin REST API'}}
    for path, d in sorted(oi.items()):
        key = 'openinsurance-' + os.path.basename(path).split('.')[0]
        specs[key] = {'schemas': d['schemas'], 'parameters': d['parameters'], 'ops': d['ops'], 'base': OI_BASE + path,
                      'title': d['info']['title']}
    return specs


def resolve(spec, node, depth, seen=()):
    """Inline #/components refs two levels deep; merge allOf; first oneOf/anyOf branch; drop host extensions."""
    if isinstance(node, list):
        return [resolve(spec, x, depth, seen) for x in node]
    if not isinstance(node, dict):
        return node
    if '$ref' in node:
        ref = node['$ref']
        name = ref.split('/')[-1]
        target = spec['schemas'].get(name) if '/schemas/' in ref else spec['parameters'].get(name)
        if target is None or depth <= 0 or name in seen:
            out = {'type': 'object'}
            if target and target.get('description'):
                out['description'] = target['description']
            return out
        return resolve(spec, target, depth - 1, seen + (name,))
    node = dict(node)
    if 'allOf' in node:
        merged = {'type': 'object', 'properties': {}}
        req = []
        for part in node.pop('allOf'):
            r = resolve(spec, part, depth, seen)
            merged['properties'].update(r.get('properties', {}))
            req += [x for x in r.get('required', []) if x not in req]
            for k in ('description', 'title'):
                if k in r and k not in merged:
                    merged[k] = r[k]
        if req:
            merged['required'] = req
        for k, v in node.items():
            if k not in merged:
                merged[k] = v
        node = merged
    for key in ('oneOf', 'anyOf'):
        if key in node:
            first = resolve(spec, node.pop(key)[0], depth, seen)
            for k, v in first.items():
                node.setdefault(k, v)
    out = {}
    for k, v in node.items():
        if k.startswith('x-') or k in UNSUPPORTED_KW:
            continue
        if k == 'properties' and isinstance(v, dict):
            out[k] = {pk: resolve(spec, pv, depth, seen) for pk, pv in v.items()}
        elif k in ('items', 'additionalProperties') and isinstance(v, dict):
            out[k] = resolve(spec, v, depth, seen)
        else:
            out[k] = copy.deepcopy(v)
    return out


def schema_units(specs):
    units = []
    for host, spec in specs.items():
        for name, s in spec['schemas'].items():
            r = resolve(spec, s, 2, (name,))
            if r.get('type', 'object') != 'object' or len(r.get('properties', {})) < 2:
                continue
            if len(json.dumps(r)) > 14000:
                continue
            units.append({'id': '%s#schema/%s' % (host, name), 'host': host, 'name': name, 'schema': r,
                          'base': spec['base'] + '#schema/' + name, 'title': spec['title']})
    return units


def op_units(specs):
    units = []
    for host, spec in specs.items():
        counts = {}
        for op in spec['ops']:
            counts[op.get('operationId')] = counts.get(op.get('operationId'), 0) + 1
        for op in spec['ops']:
            oid = op.get('operationId')
            if not oid or counts[oid] > 1 or oid in ('get', 'post', 'put', 'delete'):
                oid = op['method'].lower() + '_' + slug(op['path'].replace('{', '').replace('}', ''))
            params = []
            for p in op['parameters']:
                p = resolve(spec, p, 1)
                if p.get('in') not in ('path', 'query') or 'name' not in p:
                    continue
                sch = resolve(spec, p.get('schema', {'type': 'string'}), 1)
                params.append({'name': p['name'], 'in': p['in'], 'required': bool(p.get('required')),
                               'description': p.get('description', ''), 'schema': sch})
            body = {}
            breq = []
            rb = op.get('requestBody')
            if rb:
                rb = resolve(spec, rb, 1)
                sch = (rb.get('content', {}).get('application/json') or {}).get('schema')
                if sch:
                    r = resolve(spec, sch, 2)
                    if r.get('type', 'object') == 'object':
                        body = r.get('properties', {})
                        breq = [x for x in r.get('required', []) if x in body]
            desc = ' '.join(x for x in (op.get('summary'), op.get('description')) if x) or oid
            units.append({'id': '%s#op/%s %s' % (host, op['method'], op['path']), 'host': host, 'name': oid[:48],
                          'method': op['method'], 'path': op['path'], 'desc': desc, 'params': params, 'body': body,
                          'body_required': breq, 'tags': op.get('tags', []),
                          'base': spec['base'] + '#op/%s %s' % (op['method'], op['path']), 'title': spec['title']})
    return units


def order(units, tag):
    by_host = {}
    for u in sorted(units, key=lambda u: H(SEED, tag, u['id'])):
        by_host.setdefault(u['host'] == 'keycloak', []).append(u)
    kc, oi = by_host.get(True, []), by_host.get(False, [])
    out = []
    while kc or oi:
        for _ in range(2):
            if kc:
                out.append(kc.pop(0))
        if oi:
            out.append(oi.pop(0))
    return out


# ------------------------------------------------------------------ wrappers

def to_json_schema(props, required, extra=None):
    s = {'type': 'object', 'properties': copy.deepcopy(props)}
    if required:
        s['required'] = list(required)
    if extra:
        s.update(extra)
    return s


def op_input_schema(u):
    props = {}
    req = []
    for p in u['params']:
        sch = dict(p['schema'])
        if p['description']:
            sch['description'] = p['description']
        props[p['name']] = sch
        if p['required']:
            req.append(p['name'])
    for k, v in u['body'].items():
        if k not in props:
            props[k] = copy.deepcopy(v)
    req += [x for x in u['body_required'] if x not in req]
    return props, req


def discovery_schema(s):
    out = {}
    t = s.get('type')
    if t:
        out['type'] = t if t in ('string', 'integer', 'number', 'boolean', 'object', 'array') else 'any'
    elif 'properties' in s:
        out['type'] = 'object'
    else:
        out['type'] = 'any'
    for k in ('description', 'enum', 'pattern', 'default', 'format'):
        if k in s:
            out[k] = s[k]
    if 'properties' in s:
        out['properties'] = {k: discovery_schema(v) for k, v in s['properties'].items()}
    if isinstance(s.get('items'), dict):
        out['items'] = discovery_schema(s['items'])
    if isinstance(s.get('additionalProperties'), dict):
        out['additionalProperties'] = discovery_schema(s['additionalProperties'])
    return out


BSON = {'string': 'string', 'integer': 'int', 'number': 'double', 'boolean': 'bool', 'object': 'object', 'array': 'array'}


def mongo_schema(s):
    out = {}
    t = s.get('type') or ('object' if 'properties' in s else None)
    if t in BSON:
        out['bsonType'] = BSON[t]
    for k in ('title', 'description', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems',
              'maxItems', 'uniqueItems', 'required'):
        if k in s:
            out[k] = s[k]
    if 'properties' in s:
        out['properties'] = {k: mongo_schema(v) for k, v in s['properties'].items()}
    if isinstance(s.get('items'), dict):
        out['items'] = mongo_schema(s['items'])
    if isinstance(s.get('additionalProperties'), bool):
        out['additionalProperties'] = s['additionalProperties']
    return out


def swagger_schema(s):
    out = {}
    for k in ('type', 'format', 'title', 'description', 'enum', 'default', 'pattern', 'minLength', 'maxLength', 'minimum',
              'maximum', 'required', 'items', 'properties', 'additionalProperties'):
        if k not in s:
            continue
        v = s[k]
        if k == 'properties':
            v = {pk: swagger_schema(pv) for pk, pv in v.items()}
        elif k in ('items', 'additionalProperties') and isinstance(v, dict):
            v = swagger_schema(v)
        out[k] = v
    if 'type' not in out and 'properties' in out:
        out['type'] = 'object'
    return out


def build_file(wrapper, units):
    """Return a file record: doc, name, containers, tools, meta targets."""
    u0 = units[0]
    F = {'wrapper': wrapper, 'units': units, 'host': u0['host'], 'unit': u0['name'], 'containers': [], 'tools': [],
         'meta': [], 'used': set(), 'npos': 0, 'nneg': 0, 'base': ' + '.join(u['base'] for u in units)}
    if wrapper == 'google-discovery':
        name = u0['name']
        sch = discovery_schema(u0['schema'])
        sch = {'id': name, **sch}
        sch.setdefault('properties', {})
        doc = {'kind': 'discovery#restDescription', 'discoveryVersion': 'v1', 'id': '%s:v1' % slug(u0['host']).lower(),
               'name': slug(u0['host']).replace('_', '').lower(), 'version': 'v1', 'title': u0['title'],
               'protocol': 'rest', 'rootUrl': 'http://localhost:8080/', 'servicePath': '', 'schemas': {name: sch},
               'resources': {}}
        F['containers'].append((sch, '/schemas/%s' % ptok(name)))
    elif wrapper == 'mongodb-validator':
        sch = mongo_schema(u0['schema'])
        sch['bsonType'] = 'object'
        sch.setdefault('title', u0['name'])
        sch.setdefault('properties', {})
        doc = {'create': re.sub(r'(?<!^)(?=[A-Z])', '_', u0['name']).lower(), 'validator': {'$jsonSchema': sch},
               'validationLevel': 'strict', 'validationAction': 'error'}
        F['containers'].append((sch, '/validator/$jsonSchema'))
    elif wrapper == 'powerplatform-connector':
        paths = {}
        defs = {}
        for u in units:
            dname = u['name'][:1].upper() + u['name'][1:] + 'Body'
            params = [{'name': p['name'], 'in': p['in'], 'required': p['required'],
                       'type': p['schema'].get('type', 'string') if p['schema'].get('type') in ('string', 'integer', 'number', 'boolean') else 'string',
                       'description': p['description'], 'x-ms-summary': p['name']} for p in u['params']]
            params.append({'name': 'body', 'in': 'body', 'required': True, 'schema': {'$ref': '#/definitions/' + dname}})
            dsch = swagger_schema(to_json_schema(u['body'], u['body_required']))
            defs[dname] = dsch
            op = {'operationId': u['name'], 'summary': u['name'], 'description': u['desc'], 'x-ms-visibility': 'important',
                  'parameters': params, 'responses': {'200': {'description': 'OK'}}}
            paths.setdefault(u['path'], {})[u['method'].lower()] = op
            pp = '/paths/%s/%s' % (ptok(u['path']), u['method'].lower())
            F['tools'].append((op, pp, 'operationId', 'description'))
            F['containers'].append((dsch, '/definitions/%s' % ptok(dname)))
            F['meta'].append((dsch, '/definitions/%s' % ptok(dname), 'x-sample-source'))
        doc = {'swagger': '2.0', 'info': {'title': u0['title'] + ' (custom connector)', 'description': u0['title'],
                                          'version': '1.0'}, 'host': 'localhost:8080', 'basePath': '/',
               'schemes': ['https'], 'consumes': ['application/json'], 'produces': ['application/json'], 'paths': paths,
               'definitions': defs, 'securityDefinitions': {'oauth2_auth': {'type': 'oauth2', 'flow': 'accessCode',
                                                                            'authorizationUrl': 'https://login.windows.net/common/oauth2/authorize',
                                                                            'tokenUrl': 'https://login.windows.net/common/oauth2/authorize',
                                                                            'scopes': {}}}}
    elif wrapper == 'openai-agents-sdk':
        tools = []
        for i, u in enumerate(units):
            props, req = op_input_schema(u)
            sch = to_json_schema(props, req, {'additionalProperties': False})
            t = {'type': 'function', 'name': u['name'], 'description': u['desc'], 'params_json_schema': sch,
                 'strict_json_schema': True}
            tools.append(t)
            F['tools'].append((t, '/tools/%d' % i, 'name', 'description'))
            F['containers'].append((sch, '/tools/%d/params_json_schema' % i))
            F['meta'].append((sch, '/tools/%d/params_json_schema' % i, '$comment'))
        doc = {'name': slug(u0['title']).lower() + '_agent', 'instructions': 'You help operators with the %s. Call a tool when the request needs live data.' % u0['title'],
               'model': 'gpt-4.1', 'model_settings': {'tool_choice': 'auto', 'parallel_tool_calls': False},
               'tools': tools, 'tool_use_behavior': 'run_llm_again', 'handoffs': [], 'output_type': None}
    elif wrapper == 'semantic-kernel':
        funcs = []
        plugin = slug(u0['title']).replace('_', '') + 'Plugin'
        for i, u in enumerate(units):
            params = []
            for p in u['params']:
                s = dict(p['schema'])
                if p['description']:
                    s['description'] = p['description']
                params.append({'name': p['name'], 'description': p['description'], 'defaultValue': None,
                               'isRequired': p['required'], 'parameterType': s.get('type', 'string'), 'schema': s})
            payload = to_json_schema(u['body'], u['body_required'])
            params.append({'name': 'payload', 'description': 'REST API request body.', 'defaultValue': None,
                           'isRequired': bool(u['body']), 'parameterType': 'object', 'schema': payload})
            f = {'name': u['name'], 'pluginName': plugin, 'description': u['desc'], 'parameters': params,
                 'returnParameter': {'description': 'REST API response.', 'parameterType': 'RestApiOperationResponse'}}
            funcs.append(f)
            F['tools'].append((f, '/functions/%d' % i, 'name', 'description'))
            pp = '/functions/%d/parameters/%d/schema' % (i, len(params) - 1)
            F['containers'].append((payload, pp))
            F['meta'].append((payload, pp, '$comment'))
        doc = {'name': plugin, 'description': u0['title'] + ' operations imported from its OpenAPI document.',
               'functions': funcs}
    elif wrapper == 'a2a-agent-card':
        skills = []
        for i, u in enumerate(units):
            s = {'id': u['name'], 'name': u['name'], 'description': u['desc'], 'tags': u['tags'] or [u['host']],
                 'inputModes': ['application/json'], 'outputModes': ['application/json']}
            skills.append(s)
            F['tools'].append((s, '/skills/%d' % i, 'name', 'description'))
        doc = {'protocolVersion': '0.3.0', 'name': u0['title'] + ' agent',
               'description': 'Answers operator questions with the %s.' % u0['title'], 'url': 'http://localhost:9999/a2a/v1',
               'preferredTransport': 'JSONRPC', 'version': '1.0.0', 'capabilities': {'streaming': False, 'pushNotifications': False},
               'defaultInputModes': ['application/json', 'text/plain'], 'defaultOutputModes': ['application/json'],
               'skills': skills}
    F['doc'] = doc
    F['name'] = '%s.%s.json' % (u0['host'], slug(u0['name']))
    return F


# ------------------------------------------------------------------ values

NAMES = V.Names()
LOCALES = ['bg', 'me', 'ug']

CUES = {  # text cues (written before the value)
    'PERSON': ['NAM/', 'Име и фамилия:', 'Ime i prezime:', 'Fulde navn:', 'EMV 5F20 cardholder name', 'DCC nam:'],
    'DATE_OF_BIRTH': {'dob_bg': ['Дата на раждане:', 'роден на'], 'dob_bg_long': ['Дата на раждане:'],
                      'dob_me': ['datum rođenja:', 'rođen'], 'dob_da': ['fødselsdato:', 'født'],
                      'dob_ncic': ['DOB/'], 'dob_iso': ['DCC dob:', 'birth date (DCC dob)']},
    'US_SSN': ['SOC/', 'US SSN', 'NCIC SOC'],
    'MRN': {'mrn_site': ['MRN', 'istorija bolesti br.'], 'mrn_bg_iz': ['ИЗ №', 'история на заболяването №'],
            'mrn_da': ['journalnr.', 'journalnummer'], 'mrn_mulago': ['Mulago IP no.', 'inpatient no.']},
    'HEALTH_PLAN_ID': {'mbi': ['Medicare MBI', 'MBI'], 'mbi_dashed': ['Medicare MBI', 'MBI'],
                       'egn_nzok': ['здравноосигурителен номер (ЕГН)', 'НЗОК осигурен ЕГН'],
                       'jmbg_fzo': ['FZO osiguranik JMBG', 'broj zdravstvenog osiguranja (JMBG)'],
                       'cpr_sygesikring': ['sygesikringsbevis CPR-nr.', 'sundhedskort CPR']},
    'PHONE_NUMBER': ['тел.', 'tel.', 'tlf.', 'GPSI', 'MSISDN', 'mob.'],
    'EMAIL_ADDRESS': ['e-mail:', 'имейл:', 'e-pošta:', 'e-mail adresse:'],
    'STREET_ADDRESS': ['адрес:', 'adresa:', 'bopælsadresse:', 'residential address:'],
    'ZIP_CODE': ['ZIP', 'ZIP code', 'US ZIP', 'пощенски код (САЩ)', 'poštanski broj (SAD)', 'US-postnummer'],
    'ACCOUNT_NUMBER': {'pan_grouped': ['EMV 5A PAN', 'card'], 'pan_plain': ['EMV tag 5A', 'PAN (5A)'],
                       'me_account': ['žiro račun', 'broj računa'], 'dk_account': ['bankkonto reg.nr./kontonr.', 'konto']},
    'LICENSE_NUMBER': {'ncic_oln': ['OLN/'], 'dk_koerekort': ['kørekortnr.', 'kørekort nr.'],
                       'bg_knizhka': ['шофьорска книжка №', 'СУМПС №'], 'me_vozacka': ['vozačka dozvola br.']},
    'DEVICE_ID': ['PEI', 'IMEI', 'serijski broj', 'EVCCID', 'сериен номер'],
    'VEHICLE_ID': ['VIN/', 'номер на рама', 'broj šasije', 'stelnummer'],
    'IP_ADDRESS': ['ueIpv4Addr', 'IP адрес', 'IP adresa', 'IP-adresse'],
    'URL': ['profil:', 'профил:', 'profilside:'],
    'SECRET': ['парола:', 'lozinka:', 'adgangskode:'],
}
KEYS = {  # cue keys for key_cue placements
    'PERSON': ['NAM', 'ime_i_familiya', 'ime_prezime', 'fulde_navn', 'cardholder_name_5F20', 'nam_fn_gn'],
    'DATE_OF_BIRTH': ['DOB', 'data_na_razhdane', 'datum_rodjenja', 'foedselsdato', 'dcc_dob'],
    'US_SSN': ['SOC', 'us_ssn', 'ncic_soc'],
    'MRN': ['iz_nomer', 'broj_istorije_bolesti', 'journalnummer', 'mrn'],
    'HEALTH_PLAN_ID': ['mbi', 'zdravnoosiguritelen_nomer', 'jmbg_osiguranika', 'sygesikring_cpr'],
    'PHONE_NUMBER': ['gpsi', 'msisdn', 'telefonen_nomer', 'broj_telefona', 'mobilnummer'],
    'EMAIL_ADDRESS': ['el_poshta', 'e_posta', 'email_adresse'],
    'STREET_ADDRESS': ['adres', 'adresa_stanovanja', 'bopaelsadresse'],
    'ZIP_CODE': ['us_zip', 'zip_code', 'postenski_kod_sasht'],
    'ACCOUNT_NUMBER': ['tag_5A_pan', 'ziro_racun', 'bankkonto'],
    'LICENSE_NUMBER': ['OLN', 'shofyorska_knizhka', 'vozacka_dozvola_br', 'koerekort_nr'],
    'DEVICE_ID': ['pei', 'imei', 'serijski_broj', 'evccid'],
    'VEHICLE_ID': ['VIN', 'nomer_na_rama', 'broj_sasije', 'stelnummer'],
    'IP_ADDRESS': ['ueIpv4Addr', 'ip_adres', 'ip_adresse'],
    'URL': ['profil_url', 'link_profila', 'profilside'],
    'SECRET': ['parola', 'lozinka', 'adgangskode'],
}
GENERIC_KEYS = ['value', 'sample', 'primer', 'stoynost', 'vrijednost', 'vaerdi', 'legacy_ref', 'imported_text']
LEADINS = ['Sample row:', 'Пример от импорта:', 'Primjer iz uvoza:', 'Eksempel fra importen:', 'Seen in the NCIC batch:']
NEUTRAL_DESC = ['Imported column.', 'Импортирана колона.', 'Uvezena kolona.', 'Importeret kolonne.']

FORMATS = {
    'PERSON': ['person_bg_cyr', 'person_bg_lat', 'person_me', 'person_ug', 'person_ug_family_first', 'person_ncic_caps'],
    'DATE_OF_BIRTH': ['dob_bg', 'dob_me', 'dob_da', 'dob_ncic', 'dob_iso', 'dob_bg_long'],
    'US_SSN': ['ssn_dashed', 'ssn_ncic_plain', 'ssn_spaced'],
    'MRN': ['mrn_site', 'mrn_bg_iz', 'mrn_da', 'mrn_mulago'],
    'HEALTH_PLAN_ID': ['mbi', 'egn_nzok', 'jmbg_fzo', 'cpr_sygesikring', 'mbi_dashed'],
    'PHONE_NUMBER': ['us_paren', 'us_e164', 'us_dashed', 'gpsi_msisdn', 'mobile_intl', 'mobile_national'],
    'EMAIL_ADDRESS': ['email'],
    'STREET_ADDRESS': ['us_full', 'us_line', 'sofia', 'podgorica', 'kampala', 'aarhus'],
    'ZIP_CODE': ['zip5', 'zip4'],
    'ACCOUNT_NUMBER': ['pan_grouped', 'pan_plain', 'me_account', 'dk_account'],
    'LICENSE_NUMBER': ['ncic_oln', 'dk_koerekort', 'bg_knizhka', 'me_vozacka'],
    'DEVICE_ID': ['pei_imei', 'mac_colon', 'pei_mac', 'imei_plain', 'imeisv'],
    'VEHICLE_ID': ['vin'],
    'IP_ADDRESS': ['ipv4', 'ipv4_port', 'ipv6'],
    'URL': V.URL_KINDS,
    'SECRET': V.SECRET_KINDS,
}


class Gen:
    def __init__(self, rng):
        self.rng = rng
        self.cycles = {}
        self.seen = set()

    def fmt(self, cat, joined=False):
        key = (cat, joined)  # joined plants draw from their own cycle
        c = self.cycles.get(key)
        if not c:
            c = list(FORMATS[cat])
            self.rng.shuffle(c)
            self.cycles[key] = c
        return c.pop()

    def person(self):
        loc = self.rng.choice(LOCALES)
        return (loc,) + NAMES.pick(self.rng, loc)

    def value(self, cat, joined=False):
        """Return dict(value, kind, standalone, joined, prefix, fmt)."""
        for _ in range(100):
            v = self._value(cat, joined)
            if v['value'] not in self.seen:
                self.seen.add(v['value'])
                return v
        raise RuntimeError(cat)

    def _value(self, cat, joined):
        r = self.rng
        f = self.fmt(cat, joined)
        out = {'fmt': f, 'standalone': False, 'join': None, 'prefix': None}
        if cat == 'PERSON':
            loc = {'person_bg_cyr': 'bg', 'person_bg_lat': 'bg', 'person_me': 'me', 'person_ug': 'ug',
                   'person_ug_family_first': 'ug'}.get(f) or r.choice(LOCALES)
            g, fam, ga, fa = NAMES.pick(r, loc)
            if f == 'person_bg_cyr':
                val = '%s %s' % (g, fam)
            elif f == 'person_ncic_caps':
                val = '%s, %s' % (fa.upper(), ga.upper())
            elif f == 'person_ug_family_first':
                val = '%s %s' % (fa, ga)
            else:
                val = '%s %s' % (g if loc != 'bg' else ga, fam if loc != 'bg' else fa)
            out.update(value=val, kind=f, standalone=True)
            style = r.choice(['snake', 'camel', 'pascal', 'screaming'])
            a, b = V.ascii_fold(ga), V.ascii_fold(fa)
            out['join'] = {'snake': '%s_%s' % (a.lower(), b.lower()), 'camel': a.lower() + b, 'pascal': a + b,
                           'screaming': '%s_%s' % (b.upper(), a.upper())}[style]
            out['join_kind'] = 'person_' + style + '_joined'
            out['prefix'] = r.choice(['NAM_', 'holder_', 'ime_'])
        elif cat == 'DATE_OF_BIRTH':
            y, m, d = V.rand_date(r)
            out.update(value=V.fmt_date(f, y, m, d), kind=f)
            out['join'] = V.fmt_date('dob_joined', y, m, d)
            out['join_kind'] = 'dob_yyyymmdd_joined'
            out['prefix'] = r.choice(['DOB_', 'dob_', 'rodjen_', 'foedt_', 'razhdane_'])
        elif cat == 'US_SSN':
            s = V.ssn(r)
            if f == 'ssn_dashed':
                out.update(value=s, kind=f, standalone=True)
            elif f == 'ssn_ncic_plain':
                out.update(value=s.replace('-', ''), kind=f)
            else:
                out.update(value=s.replace('-', ' '), kind=f)
            out['join'] = s.replace('-', '_') if r.random() < 0.5 else s.replace('-', '')
            out['join_kind'] = 'ssn_joined'
            out['prefix'] = r.choice(['SOC_', 'ssn_'])
        elif cat == 'MRN':
            if f == 'mrn_site':
                val = '%s-%07d' % (r.choice(['KCCG', 'ISUL', 'AUH', 'MLG', 'OBN']), r.randint(0, 9999999))
            elif f == 'mrn_bg_iz':
                val = '%05d/%d' % (r.randint(1, 99999), r.randint(2015, 2025))
            elif f == 'mrn_da':
                val = '%08d' % r.randint(10 ** 6, 10 ** 8 - 1)
            else:
                val = 'MUL/%d/%06d' % (r.randint(2015, 2025), r.randint(1, 999999))
            out.update(value=val, kind=f)
            out['join'] = re.sub(r'[^A-Za-z0-9]', '', val)
            out['join_kind'] = 'mrn_joined'
            out['prefix'] = r.choice(['mrn_', 'iz_', 'journal_'])
        elif cat == 'HEALTH_PLAN_ID':
            if f == 'mbi':
                val = V.mbi(r)
                out['standalone'] = True
            elif f == 'mbi_dashed':
                m = V.mbi(r)
                val = '%s-%s-%s' % (m[:4], m[4:7], m[7:])
                out['standalone'] = True
            elif f == 'egn_nzok':
                val = V.egn(r)
            elif f == 'jmbg_fzo':
                val = V.jmbg(r)
            else:
                val = V.cpr(r)
            out.update(value=val, kind=f)
            out['join'] = val.replace('-', '')
            out['join_kind'] = f + '_joined'
            out['prefix'] = {'mbi': 'mbi_', 'mbi_dashed': 'mbi_', 'egn_nzok': 'egn_', 'jmbg_fzo': 'jmbg_',
                             'cpr_sygesikring': 'cpr_'}[f]
        elif cat == 'PHONE_NUMBER':
            if f.startswith('us_') or f == 'gpsi_msisdn':
                area = r.choice(sorted(V.US_AREAS))
                a, n, l = V.us_phone(r, area)
                val = {'us_paren': '(%s) %s-%s' % (a, n, l), 'us_e164': '+1%s%s%s' % (a, n, l),
                       'us_dashed': '%s-%s-%s' % (a, n, l), 'gpsi_msisdn': 'msisdn-1%s%s%s' % (a, n, l)}[f]
                out['standalone'] = f in ('us_paren', 'us_e164')
                digits = '1' + a + n + l
            else:
                import phonenumbers
                num = V.mobile(r, r.choice(V.MOBILE_REGIONS))
                if f == 'mobile_intl':
                    val = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
                    out['standalone'] = True
                else:
                    val = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
                    out['region'] = phonenumbers.region_code_for_number(num)
                digits = '%d%d' % (num.country_code, num.national_number)
            out.update(value=val, kind=f)
            out['join'] = digits
            out['join_kind'] = 'phone_digits_joined'
            out['prefix'] = r.choice(['tel_', 'msisdn_', 'gpsi_'])
        elif cat == 'EMAIL_ADDRESS':
            loc, g, fam, ga, fa = self.person()
            local = r.choice(['%s.%s', '%s_%s', '%s%s']) % (V.ascii_fold(ga).lower(), V.ascii_fold(fa).lower())
            if r.random() < 0.4:
                local += str(r.randint(1, 99))
            out.update(value='%s@%s' % (local, r.choice(V.EMAIL_DOMAINS)), kind='email', standalone=True)
        elif cat == 'STREET_ADDRESS':
            num = r.randint(12, 9899)
            if f in ('us_full', 'us_line'):
                area = r.choice(sorted(V.US_AREAS))
                city, st, zp = V.US_AREAS[area]
                line = '%d %s %s' % (num, r.choice(V.US_STREETS), r.choice(V.US_SUFFIXES))
                if r.random() < 0.5:
                    line += ' %s %d' % (r.choice(['Apt', 'Unit', 'Ste']), r.randint(1, 40))
                if f == 'us_full':
                    val = '%s, %s, %s %s%02d' % (line, city, st, zp, r.randint(1, 99))
                    out['standalone'] = True
                else:
                    val = line
            elif f == 'sofia':
                val = 'ул. „%s“ %d, ет. %d, ап. %d, 1%03d София' % (r.choice(['Граф Игнатиев', 'Шипка', 'Оборище', 'Цар Асен']),
                                                                  r.randint(1, 90), r.randint(1, 8), r.randint(1, 40), r.randint(0, 999))
                out['standalone'] = True
            elif f == 'podgorica':
                val = '%s %d, stan %d, 81000 Podgorica' % (r.choice(['Ulica Slobode', 'Bulevar Svetog Petra Cetinjskog', 'Njegoševa', 'Ulica Hercegovačka']),
                                                           r.randint(1, 120), r.randint(1, 30))
                out['standalone'] = True
            elif f == 'kampala':
                val = 'Plot %d, %s, P.O. Box %d, Kampala' % (r.randint(1, 300), r.choice(['Kampala Road', 'Bombo Road', 'Entebbe Road', 'Gayaza Road']),
                                                            r.randint(1000, 39999))
                out['standalone'] = True
            else:
                val = '%s %d, %d. %s, 8000 Aarhus C' % (r.choice(['Vestergade', 'Søndergade', 'Guldsmedgade', 'Mejlgade']),
                                                         r.randint(1, 90), r.randint(1, 5), r.choice(['th.', 'tv.', 'mf.']))
                out['standalone'] = True
            out.update(value=val, kind='address_' + f)
        elif cat == 'ZIP_CODE':
            area = r.choice(sorted(V.US_AREAS))
            zp = V.US_AREAS[area][2] + '%02d' % r.randint(1, 99)
            val = zp if f == 'zip5' else '%s-%04d' % (zp, r.randint(1, 9999))
            out.update(value=val, kind=f)
            out['join'] = val.replace('-', '_')
            out['join_kind'] = 'zip_joined'
            out['prefix'] = r.choice(['zip_', 'us_zip_'])
        elif cat == 'ACCOUNT_NUMBER':
            if f in ('pan_grouped', 'pan_plain'):
                p = V.pan(r)
                val = ' '.join(p[i:i + 4] for i in range(0, 16, 4)) if f == 'pan_grouped' else p
                out['standalone'] = f == 'pan_grouped'
                j = p
            elif f == 'me_account':
                val = V.me_account(r)
                j = val.replace('-', '')
            else:
                val = '%04d %010d' % (r.randint(1000, 9899), r.randint(10 ** 6, 10 ** 10 - 1))
                j = val.replace(' ', '')
            out.update(value=val, kind=f)
            out['join'] = j
            out['join_kind'] = 'account_joined'
            out['prefix'] = {'pan_grouped': 'pan_', 'pan_plain': 'pan_', 'me_account': 'racun_', 'dk_account': 'konto_'}[f]
        elif cat == 'LICENSE_NUMBER':
            if f == 'ncic_oln':
                st, val = r.choice([('MS', '8%08d' % r.randint(0, 10 ** 8 - 1)), ('FL', '%s%03d%03d%02d%03d%d' % (
                    r.choice('ABCDEFGHJKLMNPRSTW'), r.randint(0, 999), r.randint(0, 999), r.randint(0, 99), r.randint(0, 999), r.randint(0, 9))),
                    ('TX', '%08d' % r.randint(10 ** 7, 10 ** 8 - 1)), ('IN', '%04d-%02d-%04d' % (r.randint(0, 9999), r.randint(0, 99), r.randint(0, 9999)))])
                out['state'] = st
            elif f == 'dk_koerekort':
                val = '%08d' % r.randint(10 ** 7, 10 ** 8 - 1)
            elif f == 'bg_knizhka':
                val = '%09d' % r.randint(10 ** 8, 10 ** 9 - 1)
            else:
                val = '%09d' % r.randint(10 ** 8, 10 ** 9 - 1)
            out.update(value=val, kind=f)
            out['join'] = val.replace('-', '')
            out['join_kind'] = 'licence_joined'
            out['prefix'] = {'ncic_oln': 'OLN_', 'dk_koerekort': 'koerekort_', 'bg_knizhka': 'knizhka_', 'me_vozacka': 'vozacka_'}[f]
        elif cat == 'DEVICE_ID':
            if f in ('pei_imei', 'imei_plain'):
                im = V.imei(r)
                val = 'imei-' + im if f == 'pei_imei' else im
                j = im
                out['prefix'] = 'imei_'
            elif f == 'imeisv':
                val = V.imeisv(r)
                j = val
                out['prefix'] = 'imeisv_'
            else:
                m = V.mac(r)
                val = m if f == 'mac_colon' else 'mac-' + m.lower().replace(':', '-')
                if f == 'mac_colon' and r.random() < 0.5:
                    val = val.lower()
                out['standalone'] = True
                j = m.replace(':', '')
                out['prefix'] = r.choice(['mac_', None])
            out.update(value=val, kind=f)
            out['join'] = j
            out['join_kind'] = 'device_joined'
        elif cat == 'VEHICLE_ID':
            v = V.vin(r, r.choice(V.WMIS))
            out.update(value=v, kind='vin', standalone=True, join=v, join_kind='vin_joined', prefix=r.choice(['vin_', None]))
        elif cat == 'IP_ADDRESS':
            if f == 'ipv6':
                val = V.ipv6(r)
                j = val.replace(':', '_')
            else:
                ip = V.ipv4(r)
                val = ip if f == 'ipv4' else '%s:%d' % (ip, r.choice([443, 8443, 4222, 5060]))
                j = ip.replace('.', '_')
            out.update(value=val, kind=f, standalone=True, join=j, join_kind='ip_joined', prefix=r.choice(['ip_', 'ueIpv4Addr_']))
        elif cat == 'URL':
            loc, g, fam, ga, fa = self.person()
            handle = '%s%s%d' % (V.ascii_fold(ga).lower(), V.ascii_fold(fa).lower()[:r.randint(3, 6)], r.randint(1, 99))
            y, m, d = V.rand_date(r)
            val = V.url(f, handle, r, V.ascii_fold(ga), V.ascii_fold(fa), '%04d-%02d-%02d' % (y, m, d))
            out.update(value=val, kind='url_' + f, standalone=True)
        elif cat == 'SECRET':
            out.update(value=V.secret(r, f), kind='secret_' + f, standalone=f != 'password')
        return out


def cue_for(cat, v, rng):
    c = CUES[cat]
    if isinstance(c, dict):
        c = c[v['fmt']]
    if cat == 'LICENSE_NUMBER' and v['fmt'] == 'ncic_oln':
        return 'OLS/%s OLN/' % v['state']
    if cat == 'PHONE_NUMBER' and v['fmt'] == 'gpsi_msisdn':
        return 'GPSI'
    if cat == 'DEVICE_ID' and v['fmt'] == 'imeisv':
        return 'IMEISV'
    return rng.choice(c)


def cued_text(cue, val, rng):
    if cue.endswith('/'):
        return cue + val
    return rng.choice(['%s %s', '(%s %s)', '%s = %s']) % (cue, val)


def esc(s):
    return re.sub(r'([.^$*+?()\[\]{}|\\])', r'\\\1', s)


# ------------------------------------------------------------------ negatives

NEG = {
    'category_label_key': ['NAM', 'DOB', 'SOC', 'OLN', 'supi', 'gpsi', 'pei', 'tag_5A_pan', 'dcc_fnt', 'data_na_razhdane',
                           'datum_rodjenja', 'foedselsdato', 'egn', 'jmbg', 'cpr_nummer', 'lozinka', 'evccid', 'broj_sasije'],
    'code_enum': [('ncic_sex', ['M', 'F', 'U']), ('ncic_race', ['A', 'B', 'I', 'U', 'W']), ('dcc_tg', ['840539006']),
                  ('rat_type', ['NR', 'EUTRA', 'WLAN', 'VIRTUAL']), ('access_type', ['3GPP_ACCESS', 'NON_3GPP_ACCESS']),
                  ('country', ['BG', 'ME', 'DK', 'UG']), ('pol', ['мъж', 'жена']), ('spol', ['muški', 'ženski']),
                  ('koen', ['mand', 'kvinde']), ('state', ['MS', 'FL', 'TX', 'IN', 'SC', 'AL']),
                  ('icd10', ['E11.9', 'I10', 'J45.909']), ('dcc_mp', ['EU/1/20/1528', 'EU/1/20/1507'])],
    'reserved_placeholder': [('phone', '(228) 555-0143'), ('phone', '+1-386-555-0178'), ('email', 'patient@example.com'),
                             ('email', 'claims@example.org'), ('ip', '203.0.113.77'), ('ip', '198.51.100.14:8443'),
                             ('ip', '2001:db8:14::9'), ('ssn', '000-00-0000'), ('ssn', 'XXX-XX-XXXX'),
                             ('token', '<OKTA_API_TOKEN>'), ('token', '${SLACK_CONFIG_REFRESH_TOKEN}'),
                             ('vin', '11111111111111111'), ('url', 'https://example.org/patients/{patientId}'),
                             ('mrn', 'MRN-XXXXXXX'), ('mac', '00-00-5E-00-53-01'), ('gpsi', 'msisdn-15550100')],
    'format_regex': [('egn', r'^\d{2}[0-5]\d[0-3]\d{5}$'), ('jmbg', r'^\d{13}$'), ('cpr', r'^\d{6}-\d{4}$'),
                     ('ssn', r'^\d{3}-\d{2}-\d{4}$'), ('vin', r'^[A-HJ-NPR-Z0-9]{17}$'),
                     ('pei', r'^(imei-[0-9]{15}|imeisv-[0-9]{16}|mac((-[0-9a-fA-F]{2}){6}))$'),
                     ('gpsi', r'^(msisdn-[0-9]{5,15}|extid-[^@]+@[^@]+)$'), ('email', r'^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
                     ('mbi', r'^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9]'), ('zip4', r'^\d{5}-\d{4}$')],
    'name_like_word': [('city', 'Sofia'), ('architecture_style', 'Tudor'), ('herb', 'Rosemary'), ('tree_species', 'Juniper'),
                       ('reed_instrument_part', 'Reed'), ('bird', 'Drake'), ('fruit', 'Cherry'), ('flower', 'Lily')],
    'version_date': ['api_version: 2024-05-01', 'Available since API version 2023-11-15', 'Deprecated as of 2025-06-30',
                     'В сила от 2024-07-01', 'Važi od 2025-01-01', 'Gyldig fra 2025-03-01', 'Schema snapshot 2026-08-07',
                     'NCIC 2000 code manual revision 2023-12'],
    'category_words_text': ['Patient date of birth as YYYYMMDD (NCIC DOB field).',
                            'Номер на здравноосигурителната книжка на пациента.',
                            'Broj zdravstvene knjižice osiguranika (JMBG).', 'Kørekortnummer på forsikringstageren.',
                            "The subscriber's GPSI in msisdn- form.", 'EMV tag 5A: primary account number of the card.'],
    'tool_category_words': ['lookup_patient_by_egn', 'find_by_jmbg', 'verify_cpr', 'search_by_dob'],
    'file_name_category_words': ['patient_egn_lookup', 'holder_ncic_oln_form'],
}
NEG_COUNTS = [('category_label_key', 14), ('code_enum', 12), ('reserved_placeholder', 16), ('format_regex', 10),
              ('name_like_word', 8), ('version_date', 8), ('category_words_text', 6), ('tool_category_words', 4),
              ('file_name_category_words', 2)]


# ------------------------------------------------------------------ planting

class Planter:
    def __init__(self, rng):
        self.rng = rng
        self.gen = Gen(rng)
        self.labels = []
        self.nid = 0

    def label(self, F, pointer, surface, cat, value, kind, placement, raw=None):
        self.nid += 1
        lab = {'id': 'fourteenth-%04d' % self.nid, 'file': None, 'pointer': pointer, 'surface': surface,
               'category': cat, 'value': value, 'kind': kind, 'placement': placement, 'base': F['base']}
        if raw is not None:
            lab['raw'] = raw
        lab['_F'] = F
        self.labels.append(lab)
        F['used'].add((pointer, surface))

    def new_prop(self, F, key, schema, ci=0):
        cont, cptr = F['containers'][ci]
        props = cont.setdefault('properties', {})
        base = key
        i = 2
        while key in props:
            key = '%s_%d' % (base, i)
            i += 1
        if F['wrapper'] == 'mongodb-validator':
            schema = {('bsonType' if k == 'type' else k): v for k, v in schema.items()}
        props[key] = schema
        return key, '%s/properties/%s' % (cptr, ptok(key))

    def host_string_prop(self, F, keyword, ci=0):
        cont, cptr = F['containers'][ci]
        props = cont.get('properties', {})
        tkey = 'bsonType' if F['wrapper'] == 'mongodb-validator' else 'type'
        cands = [k for k, s in props.items() if isinstance(s, dict) and s.get(tkey) == 'string' and 'enum' not in s
                 and (('%s/properties/%s/%s' % (cptr, ptok(k), keyword)), keyword) not in F['used']
                 and not k.startswith('_') and k not in F.get('planted_keys', set())]
        if not cands:
            return None
        k = self.rng.choice(sorted(cands))
        return k, '%s/properties/%s' % (cptr, ptok(k))

    def string_schema(self, F):
        return {'type': 'string', 'description': self.rng.choice(NEUTRAL_DESC)}

    # -- positives
    def plant(self, F, surface, cat):
        r = self.rng
        joined = surface in JOINED_SURFACES
        v = self.gen.value(cat, joined)
        ci = r.randrange(len(F['containers'])) if F['containers'] else 0
        if joined:
            bare_ok = cat in ('PERSON', 'VEHICLE_ID', 'HEALTH_PLAN_ID', 'DEVICE_ID') and v['standalone'] and (v['prefix'] is None or r.random() < 0.5)
            if cat == 'HEALTH_PLAN_ID' and not v['fmt'].startswith('mbi'):
                bare_ok = False
            if cat == 'DEVICE_ID' and not v['fmt'].startswith('mac') and v['fmt'] != 'pei_mac':
                bare_ok = False
            prefix = '' if bare_ok else (v['prefix'] or 'sn_')
            token = prefix + v['join']
            placement = 'no_cue' if bare_ok else 'key_cue'
            kind = v.get('join_kind', v['kind'] + '_joined')
            if surface == 'property_name':
                key = token + r.choice(['', '', '_record', '_v2', '_ref'])
                key, ptr = self.new_prop(F, key, self.string_schema(F), ci)
                F.setdefault('planted_keys', set()).add(key)
                self.label(F, ptr, surface, cat, token, kind, placement)
            elif surface == 'pattern_property':
                cont, cptr = F['containers'][ci]
                rx = r.choice(['^%s$', '^%s(_[a-z]+)?$', '^%s\\.[0-9]+$']) % esc(token)
                cont.setdefault('patternProperties', {})[rx] = self.string_schema(F) if F['wrapper'] != 'mongodb-validator' else {'bsonType': 'string'}
                self.label(F, '%s/patternProperties/%s' % (cptr, ptok(rx)), surface, cat, esc(token), kind + '_regex_key',
                           placement, raw=token if esc(token) != token else None)
            elif surface == 'tool_name':
                tools = [t for t in F['tools'] if (t[1] + '/' + t[2], 'tool_name') not in F['used']]
                t, tptr, nk, dk = r.choice(tools)
                room = 64 - len(token) - 1
                t[nk] = t[nk][:max(room, 8)] + '_' + token
                t[nk] = t[nk][:64] if len(t[nk]) > 64 else t[nk]
                assert token in t[nk], (t[nk], token)
                self.label(F, tptr + '/' + nk, surface, cat, token, kind, placement)
            else:  # file_name
                F['name'] = '%s.%s.%s.json' % (F['host'], slug(F['unit'])[:40], token)
                self.label(F, '', surface, cat, token, kind, placement)
            return
        # value surfaces
        val = v['value']
        if surface in ('tool_description', 'description', 'metadata', 'examples') or not v['standalone']:
            modes = ['text_cue', 'key_cue'] + (['no_cue'] if v['standalone'] else [])
        else:
            modes = ['key_cue', 'text_cue', 'no_cue']
        if surface == 'pattern':
            modes = ['key_cue'] + (['no_cue'] if v['standalone'] else [])
        if surface in ('tool_description',) or F['wrapper'] == 'a2a-agent-card':
            modes = [m for m in modes if m != 'key_cue']
        weights = {'text_cue': 5, 'key_cue': 3, 'no_cue': 3}
        mode = r.choices(modes, [weights[m] for m in modes])[0]
        cue = cue_for(cat, v, r)
        text = cued_text(cue, val, r) if mode == 'text_cue' else val
        if mode == 'no_cue' and surface in ('description', 'metadata', 'tool_description', 'examples'):
            text = '%s %s' % (r.choice(LEADINS), val)
        kind = v['kind']
        if surface == 'tool_description':
            tools = [t for t in F['tools'] if (t[1] + '/' + t[3], 'tool_description') not in F['used']]
            t, tptr, nk, dk = r.choice(tools)
            t[dk] = (t[dk].rstrip() + ' ' + text).strip()
            self.label(F, tptr + '/' + dk, surface, cat, val, kind, mode)
            return
        if surface == 'examples' and F['wrapper'] == 'a2a-agent-card':
            tools = [t for t in F['tools'] if (t[1] + '/examples', 'x') not in F['used']]
            t, tptr, nk, dk = r.choice(tools)
            ex = t.setdefault('examples', [])
            lead = r.choice(['Look up', 'Check', 'Open the record for', 'Pull the file with'])
            ex.append('%s %s' % (lead, text))
            F['used'].add((tptr + '/examples', 'x'))
            self.label(F, '%s/examples/%d' % (tptr, len(ex) - 1), surface, cat, val, kind, mode)
            return
        if surface == 'metadata':
            target = r.choice(F['meta'])
            d, dptr, mk = target
            if (dptr + '/' + ptok(mk), 'metadata') in F['used']:
                alt = [m for m in F['meta'] if (m[1] + '/' + ptok(m[2]), 'metadata') not in F['used']]
                if alt:
                    d, dptr, mk = alt[0]
                else:
                    mk = 'x-import-note' if mk == 'x-sample-source' else 'x-provenance'
            d[mk] = text
            self.label(F, dptr + '/' + ptok(mk), surface, cat, val, kind, mode)
            return
        # property-level keyword surfaces
        if mode == 'key_cue':
            key, ptr = self.new_prop(F, r.choice(KEYS[cat]), {'type': 'string'}, ci)
            F.setdefault('planted_keys', set()).add(key)
            text = val
        else:
            hp = None
            if r.random() < 0.6:
                hp = self.host_string_prop(F, surface, ci)
            if hp:
                key, ptr = hp
            else:
                key, ptr = self.new_prop(F, r.choice(GENERIC_KEYS), {'type': 'string'}, ci)
                F.setdefault('planted_keys', set()).add(key)
        cont, cptr = F['containers'][ci]
        sch = cont['properties'][key]
        if surface == 'enum':
            sch['enum'] = [r.choice(['UNKNOWN', '', 'n/a', 'other']), text]
            self.label(F, ptr + '/enum/1', surface, cat, val, kind, mode)
        elif surface == 'examples':
            sch['examples'] = [text]
            self.label(F, ptr + '/examples/0', surface, cat, val, kind, mode)
        elif surface == 'pattern':
            sch['pattern'] = '^%s$' % esc(val)
            self.label(F, ptr + '/pattern', surface, cat, esc(val), kind, mode, raw=val if esc(val) != val else None)
        elif surface == 'description':
            old = sch.get('description', '') if mode != 'key_cue' else ''
            sch['description'] = (old.rstrip() + ' ' + text).strip()
            self.label(F, ptr + '/description', surface, cat, val, kind, mode)
        else:  # const, default, title
            sch[surface] = text
            self.label(F, ptr + '/' + surface, surface, cat, val, kind, mode)

    # -- negatives
    def negative(self, F, kind, item):
        r = self.rng
        ci = r.randrange(len(F['containers'])) if F['containers'] else 0
        w = F['wrapper']
        if kind == 'category_label_key':
            key, ptr = self.new_prop(F, item, {'type': 'string', 'description': r.choice(NEUTRAL_DESC)}, ci)
            self.label(F, ptr, 'property_name', 'NONE', key, kind, 'none')
        elif kind == 'code_enum':
            key, vals = item
            key, ptr = self.new_prop(F, key, {'type': 'string', 'enum': list(vals)}, ci)
            self.label(F, ptr + '/enum/0', 'enum', 'NONE', vals[0], kind, 'none')
        elif kind == 'reserved_placeholder':
            key, val = item
            surf = r.choice(sorted({'default', 'enum', 'description', 'examples', 'const'} & CAPS[w]))
            key, ptr = self.new_prop(F, key, {'type': 'string'}, ci)
            sch = F['containers'][ci][0]['properties'][key]
            if surf == 'enum':
                sch['enum'] = [val]
                ptr += '/enum/0'
            elif surf == 'examples':
                sch['examples'] = [val]
                ptr += '/examples/0'
            elif surf == 'description':
                sch['description'] = 'Placeholder, e.g. %s' % val
                ptr += '/description'
            else:
                sch[surf] = val
                ptr += '/' + surf
            self.label(F, ptr, surf, 'NONE', val, kind, 'none')
        elif kind == 'format_regex':
            key, rx = item
            if 'pattern_property' in CAPS[w] and r.random() < 0.35:
                cont, cptr = F['containers'][ci]
                cont.setdefault('patternProperties', {})[rx] = {'type': 'string'} if w != 'mongodb-validator' else {'bsonType': 'string'}
                self.label(F, '%s/patternProperties/%s' % (cptr, ptok(rx)), 'pattern_property', 'NONE', rx, kind, 'none')
            else:
                key, ptr = self.new_prop(F, key + '_format', {'type': 'string', 'pattern': rx}, ci)
                self.label(F, ptr + '/pattern', 'pattern', 'NONE', rx, kind, 'none')
        elif kind == 'name_like_word':
            key, word = item
            surf = 'default' if 'default' in CAPS[w] and r.random() < 0.5 else 'enum'
            if surf == 'enum':
                key, ptr = self.new_prop(F, key, {'type': 'string', 'enum': [word, 'other']}, ci)
                ptr += '/enum/0'
            else:
                key, ptr = self.new_prop(F, key, {'type': 'string', 'default': word}, ci)
                ptr += '/default'
            self.label(F, ptr, surf, 'NONE', word, kind, 'none')
        elif kind == 'version_date':
            if 'default' in CAPS[w] and item.startswith('api_version'):
                key, ptr = self.new_prop(F, 'api_version', {'type': 'string', 'default': item.split(': ')[1]}, ci)
                self.label(F, ptr + '/default', 'default', 'NONE', item.split(': ')[1], kind, 'none')
            else:
                key, ptr = self.new_prop(F, 'schema_note', {'type': 'string', 'description': item}, ci)
                self.label(F, ptr + '/description', 'description', 'NONE', item, kind, 'none')
        elif kind == 'category_words_text':
            key, ptr = self.new_prop(F, 'field_note', {'type': 'string', 'description': item}, ci)
            self.label(F, ptr + '/description', 'description', 'NONE', item, kind, 'none')
        elif kind == 'tool_category_words':
            tools = [t for t in F['tools'] if (t[1] + '/' + t[2], 'tool_name') not in F['used']]
            t, tptr, nk, dk = tools[0]
            t[nk] = t[nk][:64 - len(item) - 1] + '_' + item
            self.label(F, tptr + '/' + nk, 'tool_name', 'NONE', item, kind, 'none')
        elif kind == 'file_name_category_words':
            F['name'] = '%s.%s.%s.json' % (F['host'], slug(F['unit'])[:40], item)
            self.label(F, '', 'file_name', 'NONE', item, kind, 'none')


def can_take_neg(F, kind):
    w = F['wrapper']
    if kind in ('category_label_key', 'code_enum', 'format_regex', 'name_like_word', 'category_words_text', 'version_date'):
        ok = bool(F['containers'])
        if kind == 'code_enum' or kind == 'name_like_word':
            ok = ok and 'enum' in CAPS[w]
        return ok
    if kind == 'reserved_placeholder':
        return bool(F['containers'])
    if kind == 'tool_category_words':
        return any((t[1] + '/' + t[2], 'tool_name') not in F['used'] for t in F['tools'])
    if kind == 'file_name_category_words':
        return ('', 'file_name') not in F['used']
    return False


# ------------------------------------------------------------------ main

def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(json.dumps(obj, ensure_ascii=False, indent=2) + '\n')


def verify_sources():
    with open(os.path.join(HERE, 'sources', 'MANIFEST.jsonl'), encoding='utf-8') as f:
        for line in f:
            m = json.loads(line)
            with open(os.path.join(HERE, m['file']), 'rb') as g:
                assert hashlib.sha256(g.read()).hexdigest() == m['sha256'], m['file']


def main(out_dir=HERE):
    verify_sources()
    rng = random.Random(SEED)
    specs = load_hosts()
    su = order(schema_units(specs), 'schema')
    ou = order([u for u in op_units(specs)], 'op')
    ou_body = [u for u in ou if u['body']]
    ou_other = [u for u in ou if not u['body']]
    used_units = set()

    def take(pool, n):
        out = []
        for u in pool:
            if u['id'] not in used_units and len(out) < n:
                out.append(u)
                used_units.add(u['id'])
        return out

    group_cycle = {'openai-agents-sdk': [1, 2, 1, 1, 2], 'semantic-kernel': [1, 1, 2], 'a2a-agent-card': [2, 3, 2],
                   'powerplatform-connector': [1]}
    files = {'planted': [], 'real': []}
    for part in ('planted', 'real'):
        for w in WRAPPERS:
            for i in range(PER_WRAPPER):
                if w in SCHEMA_WRAPPERS:
                    units = take(su, 1)
                else:
                    n = group_cycle[w][i % len(group_cycle[w])]
                    pool = ou_body if w in ('powerplatform-connector', 'openai-agents-sdk', 'semantic-kernel') and i % 2 == 0 else ou
                    units = take(pool, 1)
                    host = units[0]['host']
                    more = [u for u in ou if u['host'] == host and u['id'] not in used_units][:n - 1]
                    for u in more:
                        used_units.add(u['id'])
                    units += more
                    if w == 'powerplatform-connector' and not units[0]['body']:
                        pass
                files[part].append(build_file(w, units))
    planted_units = sorted(u['id'] for F in files['planted'] for u in F['units'])

    P = Planter(rng)
    # plans: 16 per surface, categories from a shuffled cycle, joinable ones first
    plans = []
    tokens = [c for c in CATS for _ in range(13)]
    rng.shuffle(tokens)
    js = [s for s in SURFACES if s in JOINED_SURFACES for _ in range(16)]
    vs = [s for s in SURFACES if s not in JOINED_SURFACES for _ in range(16)]
    for s in js:
        i = next(i for i, c in enumerate(tokens) if c in JOINABLE)
        plans.append((s, tokens.pop(i)))
    for s in vs:
        plans.append((s, tokens.pop(0)))
    rng.shuffle(plans)
    # order: tool surfaces first so tools are free
    plans.sort(key=lambda p: 0 if p[0] in ('tool_name', 'tool_description', 'file_name', 'examples', 'metadata', 'const', 'pattern_property') else 1)
    pf = files['planted']
    wcount = {}
    for surface, cat in plans:
        cands = [F for F in pf if surface in CAPS[F['wrapper']] and F['npos'] < 3]
        if surface == 'tool_name':
            cands = [F for F in cands if any((t[1] + '/' + t[2], 'tool_name') not in F['used'] for t in F['tools'])]
        if surface == 'tool_description':
            cands = [F for F in cands if any((t[1] + '/' + t[3], 'tool_description') not in F['used'] for t in F['tools'])]
        if surface == 'file_name':
            cands = [F for F in cands if ('', 'file_name') not in F['used']]
        if surface == 'examples':
            cands = [F for F in cands if F['wrapper'] != 'a2a-agent-card' or any((t[1] + '/examples', 'x') not in F['used'] for t in F['tools'])]
        if surface == 'metadata':
            cands = [F for F in cands if F['meta']]
        cands.sort(key=lambda F: (wcount.get((F['wrapper'], surface), 0), F['npos'], H(SEED, surface, cat, F['name'])))
        F = cands[0]
        wcount[(F['wrapper'], surface)] = wcount.get((F['wrapper'], surface), 0) + 1
        P.plant(F, surface, cat)
        F['npos'] += 1
    # negatives
    negs = []
    for kind, n in NEG_COUNTS:
        pool = list(NEG[kind])
        rng.shuffle(pool)
        negs += [(kind, pool[i % len(pool)]) for i in range(n)]
    for kind, item in negs:
        cands = [F for F in pf if can_take_neg(F, kind) and F['nneg'] < 2]
        cands.sort(key=lambda F: (F['nneg'], F['npos'], H(SEED, kind, str(item), F['name'])))
        F = cands[0]
        P.negative(F, kind, item)
        F['nneg'] += 1

    # write
    for part in ('planted', 'real'):
        d = os.path.join(out_dir, part)
        if os.path.isdir(d):
            shutil.rmtree(d)
    names = set()
    for part in ('planted', 'real'):
        for F in files[part]:
            rel = '%s/%s' % (F['wrapper'], F['name'])
            assert rel not in names, rel
            names.add(rel)
            F['rel'] = rel
            write_json(os.path.join(out_dir, part, rel), F['doc'])
    labs = []
    for lab in P.labels:
        F = lab.pop('_F')
        lab['file'] = F['rel']
        labs.append(lab)
    with open(os.path.join(out_dir, 'planted', 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in labs:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    with open(os.path.join(out_dir, 'real', 'MANIFEST.jsonl'), 'w', encoding='utf-8') as f:
        for F in files['real']:
            f.write(json.dumps({'file': F['rel'], 'format': F['wrapper'], 'units': [u['id'] for u in F['units']],
                                'base': F['base']}, ensure_ascii=False) + '\n')
    write_json(os.path.join(out_dir, 'planted_units.json'), planted_units)
    if out_dir == HERE:
        from collections import Counter
        pos = [l for l in labs if l['category'] != 'NONE']
        print('planted files', len(files['planted']), 'real files', len(files['real']))
        print('positives', len(pos), 'negatives', len(labs) - len(pos))
        print('by surface', dict(Counter(l['surface'] for l in pos)))
        print('by category', dict(Counter(l['category'] for l in pos)))
        print('by placement', dict(Counter(l['placement'] for l in pos)))
        print('by wrapper', dict(Counter(l['file'].split('/')[0] for l in pos)))
        print('neg by surface', dict(Counter(l['surface'] for l in labs if l['category'] == 'NONE')))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
