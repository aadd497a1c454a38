"""Value generators for the fourteenth set, from published format rules, and their validators.

Stdlib + phonenumbers only. Every generator takes a random.Random so the build is deterministic.
"""
import ipaddress
import json
import os
import re
import string

import phonenumbers

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- names (FakerPHP bg_BG, me_ME, en_UG)

def _load(name):
    with open(os.path.join(HERE, 'sources', 'names', name), encoding='utf-8') as f:
        return json.load(f)

# Bulgarian Transliteration Act (2009) "streamlined system"
BG_TR = dict(zip('абвгдежзийклмнопрстуфхцчшщъьюя',
                 ['a', 'b', 'v', 'g', 'd', 'e', 'zh', 'z', 'i', 'y', 'k', 'l', 'm', 'n', 'o', 'p', 'r', 's', 't',
                  'u', 'f', 'h', 'ts', 'ch', 'sh', 'sht', 'a', 'y', 'yu', 'ya']))


def bg_romanise(s):
    out = []
    low = s.lower()
    for i, ch in enumerate(low):
        if ch == 'я' and i == len(low) - 1 and i > 0 and low[i - 1] == 'и':
            r = 'a'  # final -ия -> -ia
        else:
            r = BG_TR.get(ch, ch)
        if s[i].isupper():
            r = r[:1].upper() + r[1:]
        out.append(r)
    return ''.join(out)


FOLD = {'č': 'c', 'ć': 'c', 'đ': 'dj', 'š': 's', 'ž': 'z', 'Č': 'C', 'Ć': 'C', 'Đ': 'Dj', 'Š': 'S', 'Ž': 'Z'}


def ascii_fold(s):
    return ''.join(FOLD.get(c, c) for c in s)


# English words / too-common tokens dropped from the en_UG and me_ME lists
WORDLIKE = {'Will', 'Bill', 'Hope', 'Grace', 'Royal', 'Kim', 'Robin', 'Lola', 'Luna', 'Eva', 'Iva', 'Lana', 'Lara', 'Vera', 'Nina',
            'Dana', 'Ana', 'Sava', 'Gaja', 'Bane', 'Mane', 'Pera', 'Lepa', 'Zora', 'Mila', 'Mara', 'Bwana', 'Destiny', 'Bella',
            'Dolly', 'Daisy', 'Frank', 'Max', 'Ray', 'Glen', 'Don', 'Flo', 'Reagan', 'Taylor', 'Kelly', 'Lincoln', 'Florence',
            'Carol', 'Berry', 'Sam', 'Nat', 'Sid', 'Jack', 'Earnest', 'Eunice', 'Esta', 'Bette', 'Beth'}


def _ok(n):
    return len(n) >= 3 and ' ' not in n and '-' not in n and '.' not in n and n not in WORDLIKE and n[:1].isupper()


class Names:
    def __init__(self):
        bg = _load('bg_BG.json')
        me = _load('me_ME.json')
        ug = _load('en_UG.json')
        self.bg_m = [n for n in bg['firstNameMale'] if _ok(n)]
        self.bg_f = [n for n in bg['firstNameFemale'] if _ok(n)]
        self.bg_lm = [n for n in bg['lastNameMale'] if _ok(n)]
        self.bg_lf = [n for n in bg['lastNameFemale'] if _ok(n)]
        self.me_m = [n for n in me['firstNameMale'] if _ok(n)]
        self.me_f = [n for n in me['firstNameFemale'] if _ok(n)]
        self.me_l = [n for n in me['lastName'] if _ok(n)]
        self.ug_m = [n for n in ug['firstNameMale'] if _ok(n)]
        self.ug_f = [n for n in ug['firstNameFemale'] if _ok(n)]
        self.ug_l = [n for n in ug['lastName'] if _ok(n)]

    def pick(self, rng, locale):
        """Return (given, family, given_ascii, family_ascii, script) ."""
        if locale == 'bg':
            if rng.random() < 0.5:
                g, f = rng.choice(self.bg_m), rng.choice(self.bg_lm)
            else:
                g, f = rng.choice(self.bg_f), rng.choice(self.bg_lf)
            return g, f, bg_romanise(g), bg_romanise(f)
        if locale == 'me':
            g = rng.choice(self.me_m if rng.random() < 0.5 else self.me_f)
            f = rng.choice(self.me_l)
            return g, f, ascii_fold(g), ascii_fold(f)
        g = rng.choice(self.ug_m if rng.random() < 0.5 else self.ug_f)
        f = rng.choice(self.ug_l)
        return g, f, g, f


# ---------------------------------------------------------------- check digits

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c
    raise ValueError


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip('ABCDEFGH', range(1, 9))), **dict(zip('JKLMN', range(1, 6))), 'P': 7, 'R': 9,
          **dict(zip('STUVWXYZ', range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin_check(v):
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return 'X' if s == 10 else str(s)


def vin_ok(v):
    return len(v) == 17 and all(c in VIN_CH for c in v) and v[8] == vin_check(v)


def egn_check(d9):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = sum(int(a) * b for a, b in zip(d9, w)) % 11
    return '0' if r == 10 else str(r)


def egn_ok(s):
    return bool(re.fullmatch(r'\d{10}', s)) and egn_check(s[:9]) == s[9]


def jmbg_check(d12):
    a = [int(c) for c in d12]
    m = 11 - ((7 * (a[0] + a[6]) + 6 * (a[1] + a[7]) + 5 * (a[2] + a[8]) + 4 * (a[3] + a[9]) + 3 * (a[4] + a[10]) + 2 * (a[5] + a[11])) % 11)
    return '0' if m > 9 else str(m)


def jmbg_ok(s):
    return bool(re.fullmatch(r'\d{13}', s)) and jmbg_check(s[:12]) == s[12]


CPR_W = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]


def cpr_ok(s):
    d = s.replace('-', '')
    return bool(re.fullmatch(r'\d{10}', d)) and sum(int(a) * b for a, b in zip(d, CPR_W)) % 11 == 0


def mod97_control(digits):
    return '%02d' % (98 - (int(digits) * 100) % 97)


def me_account_ok(s):
    m = re.fullmatch(r'(\d{3})-(\d{13})-(\d{2})', s)
    return bool(m) and mod97_control(m.group(1) + m.group(2)) == m.group(3)


# ---------------------------------------------------------------- dates

BG_MONTHS = ['януари', 'февруари', 'март', 'април', 'май', 'юни', 'юли', 'август', 'септември', 'октомври', 'ноември', 'декември']
ME_MONTHS = ['januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar']
DA_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december']
MDAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def rand_date(rng):
    y = rng.randint(1931, 2012)
    m = rng.randint(1, 12)
    d = rng.randint(1, MDAYS[m - 1])
    return y, m, d


def fmt_date(kind, y, m, d):
    if kind == 'dob_bg':
        return '%02d.%02d.%04d г.' % (d, m, y)
    if kind == 'dob_bg_long':
        return '%d %s %d г.' % (d, BG_MONTHS[m - 1], y)
    if kind == 'dob_me':
        return '%d. %s %d.' % (d, ME_MONTHS[m - 1], y)
    if kind == 'dob_da':
        return '%d. %s %d' % (d, DA_MONTHS[m - 1], y)
    if kind == 'dob_ncic':
        return '%04d%02d%02d' % (y, m, d)
    if kind == 'dob_iso':
        return '%04d-%02d-%02d' % (y, m, d)
    if kind == 'dob_joined':
        return '%04d%02d%02d' % (y, m, d)
    raise KeyError(kind)


# ---------------------------------------------------------------- numbers

def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        if a == 666:
            continue
        v = '%03d-%02d-%04d' % (a, g, s)
        if v.startswith('987-65-432') or v in ('078-05-1120', '219-09-9999'):
            continue
        return v


def ssn_ok(v):
    d = re.sub(r'[ _-]', '', v)
    if not re.fullmatch(r'\d{9}', d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


MBI_A = 'ACDEFGHJKMNPQRTUVWXY'


def mbi(rng):
    an = MBI_A + string.digits
    c = [rng.choice('123456789'), rng.choice(MBI_A), rng.choice(an), rng.choice(string.digits), rng.choice(MBI_A),
         rng.choice(an), rng.choice(string.digits), rng.choice(MBI_A), rng.choice(MBI_A), rng.choice(string.digits),
         rng.choice(string.digits)]
    return ''.join(c)


def mbi_ok(v):
    v = v.replace('-', '')
    pat = '[1-9][%s][%s0-9][0-9][%s][%s0-9][0-9][%s][%s][0-9][0-9]' % ((MBI_A,) * 6)
    return bool(re.fullmatch(pat, v)) and v != '1EG4TE5MK73'


def egn(rng):
    y, m, d = rand_date(rng)
    mm = m + 40 if y >= 2000 else m
    body = '%02d%02d%02d%03d' % (y % 100, mm, d, rng.randint(0, 999))
    return body + egn_check(body)


def jmbg(rng):
    y, m, d = rand_date(rng)
    body = '%02d%02d%03d%02d%03d' % (d, m, y % 1000, rng.choice([21, 22, 23, 26, 29]), rng.randint(0, 999))
    return body + jmbg_check(body)


def cpr(rng):
    while True:
        y, m, d = rand_date(rng)
        if not 1937 <= y <= 1999:
            continue
        # 7th digit 0-3 for 1900-1999 births
        base = '%02d%02d%02d' % (d, m, y % 100)
        for _ in range(50):
            seq = '%d%02d' % (rng.randint(0, 3), rng.randint(0, 99))
            for last in range(10):
                v = base + seq + str(last)
                if cpr_ok(v):
                    return v[:6] + '-' + v[6:]


def imei(rng):
    body = '35' + ''.join(rng.choice(string.digits) for _ in range(12))
    return luhn_complete(body)


def imeisv(rng):
    return imei(rng)[:14] + '%02d' % rng.randint(1, 98)


OUIS = ['00:1E:3A', '00:16:32', '00:E0:FC', 'F0:27:2D', '70:B3:D5', '00:24:D7']  # assigned, unicast, universal


def mac(rng):
    o = rng.choice(OUIS)
    return o + ':' + ':'.join('%02X' % rng.randint(0, 255) for _ in range(3))


def mac_ok(v):
    h = re.sub(r'[^0-9A-Fa-f]', '', v)
    return len(h) == 12 and int(h[:2], 16) & 3 == 0


WMIS = ['NLH', 'LRB', 'WDC', 'JHL', '1GT', '3C6', 'KMJ', 'SUU', 'VSE', 'NMA', 'LVG', 'TSB', '2LM']


def vin(rng, wmi):
    body = wmi + ''.join(rng.choice(VIN_CH) for _ in range(5))
    tail = ''.join(rng.choice(VIN_CH) for _ in range(8))
    v = body + '0' + tail
    return v[:8] + vin_check(v) + v[9:]


def pan(rng):
    while True:
        first = rng.choice(['4', '5'])
        if first == '5':
            body = '5' + str(rng.randint(1, 5)) + ''.join(rng.choice(string.digits) for _ in range(13))
        else:
            body = '4' + ''.join(rng.choice(string.digits) for _ in range(14))
        v = luhn_complete(body)
        if v.startswith(('4111', '4242', '4000', '5555', '5105', '4012')):
            continue
        return v


def me_account(rng):
    bank = rng.choice(['510', '520', '530', '535', '540', '555'])
    acct = '%013d' % rng.randint(10 ** 8, 10 ** 12)
    return '%s-%s-%s' % (bank, acct, mod97_control(bank + acct))


def dk_account(rng):
    return 'reg.nr. %04d kontonr. %010d' % (rng.randint(1000, 9899), rng.randint(10 ** 6, 10 ** 10 - 1))


def ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(rng.randint(int(ipaddress.IPv4Address('1.0.0.0')), int(ipaddress.IPv4Address('223.255.255.255'))))
        if ip_ok(str(a)):
            return str(a)


V6_PREFIXES = ['2a01:5a8', '2a00:4c80', '2c0f:ef18', '2a02:6b8', '2803:9810', '2404:e800']


def ipv6(rng):
    p = rng.choice(V6_PREFIXES)
    return p + ':' + ':'.join('%x' % rng.randint(1, 0xffff) for _ in range(3)) + '::' + '%x' % rng.randint(1, 0xffff)


DOC_NETS = [ipaddress.ip_network(n) for n in ('192.0.2.0/24', '198.51.100.0/24', '203.0.113.0/24', '2001:db8::/32',
                                              '198.18.0.0/15', '100.64.0.0/10')]


def ip_ok(v):
    v = v.strip('[]')
    a = ipaddress.ip_address(v)
    return a.is_global and not any(a in n for n in DOC_NETS if n.version == a.version)


# ---------------------------------------------------------------- phones

US_AREAS = {'228': ('Gulfport', 'MS', '395'), '386': ('Daytona Beach', 'FL', '321'), '682': ('Fort Worth', 'TX', '761'),
            '463': ('Indianapolis', 'IN', '462'), '854': ('Charleston', 'SC', '294'), '659': ('Birmingham', 'AL', '352')}
MOBILE_REGIONS = ['BG', 'BZ', 'GM', 'TG', 'ML', 'BF']


def us_phone(rng, area):
    while True:
        nxx = '%d%02d' % (rng.randint(2, 9), rng.randint(0, 99))
        if nxx == '555' or nxx[1:] == '11':
            continue
        line = '%04d' % rng.randint(0, 9999)
        n = phonenumbers.parse('+1' + area + nxx + line)
        if phonenumbers.is_valid_number(n):
            return area, nxx, line


def mobile(rng, region):
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    nsn = str(ex.national_number)
    for keep in (len(nsn) - 4, len(nsn) - 5, len(nsn) - 3):
        for _ in range(200):
            cand = nsn[:keep] + ''.join(rng.choice(string.digits) for _ in range(len(nsn) - keep))
            if cand == nsn:
                continue
            n = phonenumbers.parse('+%d%s' % (ex.country_code, cand))
            if phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in (
                    phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
                return n
    raise ValueError(region)


def phone_ok(v, region=None):
    s = re.sub(r'^(msisdn-|tel:)', '', v)
    try:
        n = phonenumbers.parse(s, region or 'US')
    except phonenumbers.NumberParseException:
        return False
    nsn = str(n.national_number)
    if n.country_code == 1 and nsn[3:6] == '555':
        return False
    return phonenumbers.is_valid_number(n)


# ---------------------------------------------------------------- e-mail, URL, address

EMAIL_DOMAINS = ['mail.bg', 'dir.bg', 'gbg.bg', 't-com.me', 'jubii.dk', 'ofir.dk', 'stofanet.dk', 'mail.dk', 'utlonline.co.ug']
US_SUFFIXES = ['Curv', 'Fwy', 'Kys', 'Opas', 'Trwy', 'Vws', 'Walk', 'Xrds', 'Un']
US_STREETS = ['Magnolia Ridge', 'Old Mill', 'Pecan Grove', 'Cedar Hollow', 'Heron Bay', 'Lakeshore', 'Quarry', 'Sandpiper',
              'Whitfield', 'Tanglewood', 'Briar Patch', 'Cobblestone']
URL_KINDS = ['bandcamp', 'vimeo', 'dribbble', 'mixcloud', 'discogs', 'npm', 'pypi', 'wattpad', 'dockerhub', 'portal']


def url(kind, handle, rng, given='', family='', dob=''):
    if kind == 'bandcamp':
        return 'https://%s.bandcamp.com/' % handle.replace('_', '')
    if kind == 'vimeo':
        return 'https://vimeo.com/%s' % handle
    if kind == 'dribbble':
        return 'https://dribbble.com/%s' % handle
    if kind == 'mixcloud':
        return 'https://www.mixcloud.com/%s/' % handle
    if kind == 'discogs':
        return 'https://www.discogs.com/user/%s' % handle
    if kind == 'npm':
        return 'https://www.npmjs.com/~%s' % handle
    if kind == 'pypi':
        return 'https://pypi.org/user/%s/' % handle
    if kind == 'wattpad':
        return 'https://www.wattpad.com/user/%s' % handle
    if kind == 'dockerhub':
        return 'https://hub.docker.com/u/%s' % handle
    return 'https://moj.zdravlje-portal.me/pacijent/karton?ime=%s&prezime=%s&datum=%s' % (given, family, dob)


# ---------------------------------------------------------------- secrets (gitleaks rules in sources/rules/)

ALNUM_L = string.ascii_lowercase + string.digits


def _r(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


SECRET_KINDS = ['okta-access-token', 'slack-config-access-token', 'slack-config-refresh-token', 'linkedin-client-secret',
                'asana-client-secret', 'flickr-access-token', 'twitch-api-token', 'alibaba-secret-key', 'freemius-secret-key',
                'dropbox-short-lived-api-token', 'nats-url', 'password']


def secret(rng, kind):
    if kind == 'okta-access-token':
        return 'OKTA_API_TOKEN=00' + _r(rng, string.ascii_letters + string.digits, 40)
    if kind == 'slack-config-access-token':
        return 'xoxe.xoxp-1-' + _r(rng, string.ascii_uppercase + string.digits, 164)
    if kind == 'slack-config-refresh-token':
        return 'xoxe-1-' + _r(rng, string.ascii_uppercase + string.digits, 146)
    if kind == 'linkedin-client-secret':
        return 'LINKEDIN_CLIENT_SECRET=' + _r(rng, ALNUM_L, 16)
    if kind == 'asana-client-secret':
        return 'ASANA_CLIENT_SECRET=' + _r(rng, ALNUM_L, 32)
    if kind == 'flickr-access-token':
        return 'flickr_access_token: ' + _r(rng, ALNUM_L, 32)
    if kind == 'twitch-api-token':
        return 'TWITCH_API_TOKEN=' + _r(rng, ALNUM_L, 30)
    if kind == 'alibaba-secret-key':
        return 'alibaba_secret_key = ' + _r(rng, ALNUM_L, 30)
    if kind == 'freemius-secret-key':
        return "'secret_key' => 'sk_" + _r(rng, string.ascii_letters + string.digits + '#%&', 29) + "'"
    if kind == 'dropbox-short-lived-api-token':
        return 'DROPBOX_TOKEN=sl.' + _r(rng, ALNUM_L + '-_', 135)
    if kind == 'nats-url':
        return 'nats://svc_claims:%s@nats.%s.internal:4222' % (_r(rng, string.ascii_letters + string.digits, 18), rng.choice(['sof1', 'pgd2', 'kla3']))
    if kind == 'password':
        return _r(rng, string.ascii_letters, 6) + rng.choice('!#%*') + _r(rng, string.digits, 3) + _r(rng, string.ascii_letters, 3)
    raise KeyError(kind)


def load_rules():
    with open(os.path.join(HERE, 'sources', 'rules', 'gitleaks.subset.json'), encoding='utf-8') as f:
        return {r['id']: r for r in json.load(f)}


def go_regex(rx):
    """Compile a Go (RE2) rule regex with Python's re: a mid-pattern (?i) becomes a whole-pattern re.I."""
    flags = 0
    if '(?i)' in rx:
        flags = re.I
        rx = rx.replace('(?i)', '')
    rx = re.sub(r'\(\?i:', '(?:', rx)
    rx = re.sub(r'\(\?-i:', '(?:', rx)
    return re.compile(rx, flags)


def secret_ok(kind, v, rules):
    if kind == 'nats-url':
        return bool(re.fullmatch(r'nats://[\w.-]+:[^@\s]{8,}@[\w.-]+:\d+', v))
    if kind == 'password':
        return len(v) >= 10
    return bool(go_regex(rules[kind]['regex']).search(v + '\n'))
