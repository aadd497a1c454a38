"""A recognizer for URLs that point at one person, not at documentation.

Schemas are full of links to specs and docs; those are not PHI.  A URL is reported when it
is a personal profile, a fundraiser, or a patient-portal page about one patient.  The
Presidio recognizer built on these is in `phiscan.detect.presidio`.
"""

from __future__ import annotations

import functools
import re
from urllib.parse import parse_qsl, unquote_plus, urlsplit

from phiscan.data import data_file
from phiscan.detect.appeals import SLUG_SPLIT, appeal, name_in_slug
from phiscan.detect.candidates import URL_PATTERN as URL_PATTERN
from phiscan.detect.handles import full_name_handle, named_handle, person_handle, worded
from phiscan.detect.namewords import GENERATIONS
from phiscan.detect.reserved import is_reserved_domain
from phiscan.detect.specs import phone_ok, repetitive
from phiscan.detect.urlquery import identifying_query

_SOCIAL = re.compile(
    r"^(?:www\.|m\.|mobile\.)?(?:facebook|fb|twitter|x|instagram|tiktok|linkedin|gofundme|threads|pinterest|"
    r"snapchat|myspace|vk|ok|bsky|weibo)\.(?:com|net|ru|app|social|cn)$"
    # link pages, scheduling and payment handles: each path is one person's (linktr.ee/rosa.garcia)
    r"|^(?:www\.)?(?:linktr\.ee|about\.me|calendly\.com|venmo\.com|cash\.app|paypal\.me|ko-fi\.com|"
    r"buymeacoffee\.com|patreon\.com)$"
)
# Blog, portfolio and personal-page hosts that give each user a subdomain, as each documents its user sites, so the
# first label is the owner's name (`rosa-garcia.github.io`, an artist's `rosagarcia.bandcamp.com`)
_PERSONAL_HOSTS = re.compile(
    r"^([a-z0-9-]+)\.(?:wordpress\.com|blogspot\.com|substack\.com|github\.io|gitlab\.io|netlify\.app|"
    r"carrd\.co|wixsite\.com|squarespace\.com|tumblr\.com|weebly\.com|webflow\.io|bandcamp\.com|itch\.io|"
    r"neocities\.org|livejournal\.com|dreamwidth\.org|micro\.blog|bearblog\.dev|hashnode\.dev|typepad\.com|"
    r"jimdosite\.com|mystrikingly\.com|codeberg\.page)$"
)
_CHAT = ("wa.me", "t.me")  # WhatsApp's click-to-chat links, and Telegram's to a phone number (`t.me/+<number>`)
# A domain that is a given name and a surname on the personal top-level domains (`kiprop-cheruiyot.me`,
# `rosagarcia.name`); on others a brand is as often named for its founders (`harley-davidson.com`)
_VANITY_HOST = re.compile(r"(?:www\.)?([a-z]{3,16}-?[a-z]{3,16})\.(?:me|name)")
# Sites whose pages are each about one person: fundraisers (and other countries' personal and medical ones, as
# each describes itself), obituaries and memorials, care journals
_ONE_PERSON_SITES = re.compile(
    r"(?:^|\.)(?:leetchi\.com|lepotcommun\.fr|vakinha\.com\.br|kitabisa\.com|zrzutka\.pl|siepomaga\.pl|"
    r"pomagam\.pl|ketto\.org|milaap\.org|impactguru\.com|givealittle\.co\.nz|backabuddy\.co\.za|betterplace\.me|"
    r"gofundme\.com|crowdfunder\.co\.uk|whydonate\.(?:com|nl|de|fr|es|it|be)|betterplace\.org|ulule\.com|"
    r"kisskissbankbank\.com|helloasso\.com|donorbox\.org|chuffed\.org|mightycause\.com|youcaring\.com|"
    r"plumfund\.com|totalgiving\.co\.uk|virginmoneygiving\.com|everydayhero\.com|mycause\.com\.au|"
    r"gogetfunding\.com|migranodearena\.org|kickante\.com\.br|retedeldono\.it|doneeractie\.nl|fueladream\.com|"
    r"qschou\.com|shuidichou\.com|readyfor\.jp|gofund\.me|givesendgo\.com|justgiving\.com|fundly\.com|"
    r"fundrazr\.com|spotfund\.com|givebutter\.com|caringbridge\.org|mealtrain\.com|lotsahelpinghands\.com|"
    r"legacy\.com|everloved\.com|forevermissed\.com|echovita\.com|tributearchive\.com|dignitymemorial\.com|"
    r"findagrave\.com|ever-loved\.com|muchloved\.com|inmemori\.com)$"
)
# Where `/@handle` is one person's profile: Mastodon and the other fediverse servers (`https://<server>/@user`,
# the ActivityPub profile URL Mastodon prints), Medium, Threads; Bluesky's `bsky.app/profile/<handle>` and
# Reddit's `/user/<name>`.  (YouTube's `/@handle` is mostly a company's channel in documentation.)
_HANDLE_HOSTS = re.compile(
    r"(?:^|\.)(?:mastodon\.[a-z.]+|mstdn\.[a-z.]+|[a-z0-9-]+\.social|fosstodon\.org|hachyderm\.io|"
    r"infosec\.exchange|mas\.to|medium\.com|threads\.net|pixelfed\.[a-z.]+)$"
)
_KEYBASE_PAGES = frozenset({"download", "blog", "team", "encrypt", "decrypt", "sign", "verify", "kbfs", "docs", "pgp"})
_ATHLETES = re.compile(r"(?:^|\.)strava\.com$")  # strava.com/athletes/<id>: one person's activity, often their home
_ORCID = re.compile(r"\d{4}-\d{4}-\d{4}-\d{3}[\dX]")
_STAND_IN_ORCIDS = frozenset({"0000-0002-1825-0097"})  # ORCID's own example iD (Josiah Carberry, a fiction)


def orcid_ok(text: str) -> bool:
    """An ORCID iD whose check character is right (ISO 7064 MOD 11-2), other than ORCID's documented example."""
    text = text.upper()
    if not _ORCID.fullmatch(text) or text in _STAND_IN_ORCIDS or repetitive(text.replace("-", "")[:15].lstrip("0")):
        return False  # `0000-0001-2345-6789` is a run, written to show the format
    total = 0
    for c in text[:-1].replace("-", ""):
        total = (total + int(c)) * 2
    check = (12 - total % 11) % 11
    return text[-1] == ("X" if check == 10 else str(check))


_WEB_PAGE = re.compile(r"\.(?:html?|php|aspx?|jsp|cgi|naver|json|xml)$", re.IGNORECASE)
_NOT_A_PROFILE = frozenset(
    {"", "share", "sharer", "sharer.php", "intent", "home", "login", "help", "about", "legal", "policies", "privacy"}
    | {"terms", "developers", "developer", "business", "hashtag", "search", "explore", "settings", "pages", "groups"}
    | {"company", "school", "jobs", "watch", "embed", "plugins", "dialog", "i", "docs"}
    # a site's own sections, where a handle would stand
    | {"directory", "discover", "browse", "trending", "popular", "charts", "feed", "upload", "signup", "signin"}
    | {"register", "pricing", "features", "blog", "news", "support", "contact", "careers", "download", "apps"}
    | {"account", "accounts", "messages", "notifications", "library", "tags", "categories", "videos", "music"}
    | {"shots", "projects", "project", "films", "film", "albums", "album", "tag", "app", "site", "sites", "forum"}
    | {"forums", "events", "topics", "collections", "members", "users", "community", "store", "shop", "games"}
    | {"teams", "team", "faq", "szukaj", "artists", "artist", "photos", "stories", "live", "new", "ideas", "today"}
)
_PATIENT_PATH = re.compile(r"/(?:patients?|members?|people|person|profiles?|users?|mychart)/([^/?#]+)", re.I)
_PERSON_QUERY = re.compile(r"[?&](?:patient|patient_id|mrn|name|member|member_id|ssn|dob|email)=([^&#]+)", re.I)


@functools.cache
def _profile_hosts() -> dict[str, str]:
    """Sites whose `https://<host>/<handle>` is one person's profile (`data/profile_hosts.txt`, from Sherlock's
    site list): host -> what stands before the handle: "@" (`/@handle`), a section (`people/`) or ""."""
    rows = data_file("profile_hosts.txt").read_text("utf-8").splitlines()
    fields = [[*r.split(), ""] for r in rows if r and not r.startswith("#")]
    return {f[0]: f[1] for f in fields}


def personal_url(url: str) -> bool:
    """True when `url` identifies one person (profile, fundraiser, patient page)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if not host or is_reserved_domain(host):
        return False
    segments = [s for s in parts.path.split("/") if s]
    # a language's label before the site (`en.gravatar.com`), never the site's own name (`vk.com`, `hp.com`)
    site = re.sub(r"^(?:www|m|mobile|[a-z]{2})\.(?=[^.]+\.[^.]+)", "", host)
    at = _profile_hosts().get(host, _profile_hosts().get(site))
    hub = at is not None and at.startswith("?")  # a code or model hub: only a person's handle counts there
    at = at[1:] if at is not None and hub else at
    social = _SOCIAL.match(host)
    if at and at.endswith("/"):  # flickr.com/people/<handle>: the site's section for people, then the handle
        section = at.strip("/").split("/")
        if [s.lower() for s in segments[: len(section)]] == section and len(segments) == len(section) + 1:
            segments, at = segments[len(section) :], ""
        else:
            at = None  # another page of the site: read as any other URL
    one = at is not None and len(segments) == 1 and segments[0].startswith(at) and segments[0] != at
    if at is not None and not social and one and (not hub or person_handle(segments[0].removeprefix(at))):
        own = segments[0].removeprefix(at)  # twitch.tv/<handle>, 7cups.com/@<handle>
        page = _WEB_PAGE.search(own)  # `PostList.naver`, `index.html`: a page of the site
        return (
            bool(re.fullmatch(r"[\w.\-]{3,}", own))
            and not page
            and own.lower() not in _NOT_A_PROFILE | _STAND_IN_HANDLES
            and not (own.isdigit() and repetitive(own))  # `/athletes/12345`: a run, written to show the form
            and not own.startswith(("{", "%7B"))
        )
    if social:
        if not segments or segments[0].lower() in _NOT_A_PROFILE:
            return False
        first = segments[0].lstrip("@$")  # cash.app/$handle
        if first in ("in", "f", "pub", "u") and len(segments) > 1:  # linkedin.com/in/x, gofundme.com/f/x, venmo /u/x
            first = segments[1]
        return (
            bool(re.fullmatch(r"[\w.\-]{3,}", first))
            and not first.startswith(("{", "%7B"))
            and first.lower() not in _STAND_IN_HANDLES
        )
    handle = segments[0] if segments and segments[0].startswith("@") and _HANDLE_HOSTS.search(host) else None
    if host == "bsky.app" and len(segments) >= 2 and segments[0] == "profile":
        handle = segments[1]
    if re.fullmatch(r"(?:(?:www|old|new)\.)?reddit\.com", host) and len(segments) >= 2 and segments[0] in ("user", "u"):
        handle = segments[1]
    if handle is not None and len(segments) <= 2:
        return (
            bool(re.fullmatch(r"@?[\w.\-]{3,}", handle))
            and not is_reserved_domain(handle.lstrip("@"))
            and handle.lstrip("@").lower() not in _STAND_IN_HANDLES
        )
    if _ONE_PERSON_SITES.search(host):
        return any(len(s) >= 3 and not s.startswith(("{", "%7B")) for s in segments)
    if (site == "wa.me" or (segments[:1] and segments[0].startswith("+"))) and len(segments) == 1 and site in _CHAT:
        return _personal_phone(segments[0].lstrip("+"))  # a click-to-chat link: one person's phone (wa.me/<number>)
    if host in ("orcid.org", "www.orcid.org") and segments and orcid_ok(segments[0]):  # one researcher's iD
        return True
    if _ATHLETES.search(host) and len(segments) >= 2 and segments[0] in ("athletes", "athlete"):
        athlete = segments[1]
        return athlete.isdigit() and len(athlete) >= 5 and not repetitive(athlete)
    if host == "keybase.io" and len(segments) == 1:  # keybase.io/<user>: an identity page; the site's own aside
        return bool(re.fullmatch(r"[a-z0-9_]{2,16}", segments[0])) and segments[0] not in _KEYBASE_PAGES
    if _section_handle(host, segments) or _profile_query(host, segments, parts.query):
        return True
    personal = _PERSONAL_HOSTS.match(host)
    if personal is not None and (_name_slug(personal[1]) or _glued_name(personal[1])):
        return True
    vanity = _VANITY_HOST.fullmatch(host)  # `kiprop-cheruiyot.me`, `rosagarcia.name`: a person's own domain
    if vanity is not None and full_name_handle(vanity[1]):
        return True
    if identifying_query(parts.query) or any(_name_slug(seg) for seg in segments):
        return True
    if (
        segments
        and appeal(segments)
        and any(name_in_slug(seg, appeal(segments, plainly=True)) for seg in segments[-2:])
    ):
        return True  # ketto.org/fundraiser/help-rosa-garcia-fight-cancer: an appeal for one person
    for m in (_PATIENT_PATH.search(parts.path), _PERSON_QUERY.search("?" + parts.query)):
        if m is not None:
            value = m.group(1)
            if m.group(0).lower().startswith(("/user", "/people", "/person")) and _REFERENCE_HOSTS.search(host):
                continue  # an API's resource for a user account (`api.pagerduty.com/users/PXPGF42`), not a page
            if not value.startswith(("{", "%7B", ":", "<", "$")) and any(c.isalnum() for c in value):
                if m.group(0).lower().startswith("/profile") and worded(value):
                    continue  # a profile of a thing (`/profile/patient`, `/profiles/patient-summary`)
                return "mychart" in host or "patient" in parts.path.lower() or bool(re.search(r"\d", value))
    return host.startswith("mychart.") and len(segments) > 1


# On any site, a people section and one handle (`/users/<h>`, `/people/<h>`; FHIR's `profiles` are none), or `/@<h>`
# and `/~<h>` alone, is one person's page, as on most of Sherlock's sites; not on an API's or documentation's host.
_PEOPLE_SECTIONS = frozenset({"user", "users", "u", "people", "member", "members", "author"})
# More sections Sherlock's sites put before a handle, some in their languages (German `nutzer`, Polish `ludzie`);
# apps also keep their own pages there (`/profile/avatar`, `/nutzer/anmelden`): under these a handle names a person
_NAMED_SECTIONS = frozenset({"profile", "profil", "nutzer", "uzytkownicy", "ludzie", "fans"})
# A profile page that takes its handle as a parameter (`profile.php?mode=viewprofile&u=<h>`, `member.php?username=`)
_PROFILE_PAGE = re.compile(r"(?:view)?(?:profile|member|user)s?(?:\.(?:php|aspx?|jsp|cgi))?", re.IGNORECASE)
_HANDLE_PARAMS = frozenset({"u", "user", "username", "uname", "member", "nick", "nickname"})
_REFERENCE_HOSTS = re.compile(
    r"^(?:api|api-[\w-]+|docs?|developers?|dev|devportal|help|support|learn|status|reference|wiki|confluence|rest|"
    r"gateway|graph|esm|cdn|unpkg)\.|\.(?:readthedocs\.io|readme\.io|gitbook\.io|jsdelivr\.net|skypack\.dev)$"
    r"|^(?:esm\.sh|unpkg\.com)$|(?:^|\.)youtube\.com$|^[\d.]+$|^\["  # a CDN's `/@scope`, a channel; no site
)
_A_FILE = re.compile(r"\.(?:git|zip|tar|gz|tgz|js|css|png|jpe?g|gif|svg|pdf|md|txt|ya?ml|ico)$", re.IGNORECASE)
# a handle that is a stand-in, a bot, a team or a route, not a person's (`your_handle`, `john_doe`, `renovate-bot`,
# `acme-team`, `rust-lang`, `sign_in`, `@v1.2.3`)
_NOT_A_PERSON = re.compile(
    r"(?i:^(?:your|my|example|demo|test|sample|dummy|fake|current)(?:[-_.]\w*|name|handle|user|username)?$|[-_.]doe$"
    r"|^j(?:doe|smith)$|(?:^|[-_.])bot$|^github-actions$|(?:^|[-_.])(?:team|support|admin|org|official|staff|lang|"
    r"dev|help|info|news|community|project|app|core|labs?|group|hq|inc)(?:$|[-_.]))|[a-z]Bot$|^v?\d+(?:\.\d+)+$"
    r"|^[0-9a-f]{8}-[0-9a-f]{4}-|^[0-9a-f]{16,}$|^[a-z]{2,5}_[A-Za-z0-9]{10,}$|^[A-Z0-9]{8,}$"
)


def _section_handle(host: str, segments: list[str]) -> bool:
    if _REFERENCE_HOSTS.search(host) or not 1 <= len(segments) <= 2:
        return False
    if len(segments) == 2 and segments[0].lower() in _PEOPLE_SECTIONS:
        handle = segments[1]
    elif len(segments) == 2 and segments[0].lower() in _NAMED_SECTIONS:
        handle = segments[1] if named_handle(segments[1]) else ""
    elif len(segments) == 1 and segments[0][:1] in ("@", "~"):
        handle = segments[0][1:]
    else:
        return False
    return (
        re.fullmatch(r"[\w.\-]{3,40}", handle) is not None
        and not (_WEB_PAGE.search(handle) or _A_FILE.search(handle) or _NOT_A_PERSON.search(handle))
        and handle.lower() not in _NOT_A_PROFILE | _STAND_IN_HANDLES
        and not (handle.isdigit() and repetitive(handle))
        and not worded(handle, digits=True)  # `sign_in`
        and (re.fullmatch(r"[a-z]+\d+", handle) is None or person_handle(handle))  # `aisha1987`, not `user42`
    )


def _profile_query(host: str, segments: list[str], query: str) -> bool:
    """A profile page's handle in its query (`/profile.php?user=<h>`), on no API's or documentation's host."""
    if not query or not segments or len(segments) > 2 or not _PROFILE_PAGE.fullmatch(segments[-1]):
        return False
    handles = [v for k, v in parse_qsl(query)[:16] if k.lower() in _HANDLE_PARAMS]
    return len(handles) == 1 and _section_handle(host, ["profile", handles[0]])


# Handles documentation writes for anyone's, and a platform's own bots
_STAND_IN_HANDLES = frozenset({"username", "user", "yourname", "your-name", "yourusername", "your_username"})
_STAND_IN_HANDLES |= {"handle", "example", "automoderator", "octocat", "johndoe", "janedoe", "john.doe", "jane.doe"}
_STAND_IN_HANDLES |= {"foo", "bar", "baz", "qux", "foobar", "graphql", "repos", "omniauth", "oauth", "saml", "sso"}
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof"})
_SUFFIXES = frozenset({"md", "do", "rn", "np", "pa", "dds", "dmd", "phd"}) | GENERATIONS


def _name_slug(segment: str) -> bool:
    """A path segment that is a person's name (`rosa.garcia`, `garcia-rosa-1957`): both a known given name and
    a known surname, so `getting-started` and `user-guide` are not."""
    from phiscan.detect.names import known_full_name

    # a site's id (`rosa-garcia-3b2a1`, `garcia-rosa-1957`), a title and a degree (`dr-rosa-garcia-md`) aside
    words = [w for w in SLUG_SPLIT.split(unquote_plus(segment).lstrip("@~")) if w and not any(c.isdigit() for c in w)]
    while words and words[0].lower() in _TITLES:
        words.pop(0)
    while words and words[-1].lower() in _SUFFIXES:
        words.pop()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() for w in words):
        return False
    titled = [w.title() for w in words]
    return known_full_name(" ".join(titled)) or known_full_name(" ".join(reversed(titled)))


def _glued_name(label: str) -> bool:
    """A given name and a surname written as one word (`rosagarcia`, `garciarosa`), both in the gazetteers."""
    from phiscan.detect.names import is_place, known_full_name

    if not label.isalpha() or not 6 <= len(label) <= 30 or is_place([label]):  # `kingston`, `charleston`
        return False
    for cut in range(3, len(label) - 2):
        a, b = label[:cut].title(), label[cut:].title()
        if known_full_name(f"{a} {b}") or known_full_name(f"{b} {a}"):
            return True
    return False


def _personal_phone(digits: str) -> bool:
    """A dialable number that is no business's toll-free line."""
    import phonenumbers

    if not digits.isdigit() or not phone_ok("+" + digits):
        return False
    number = phonenumbers.parse("+" + digits)
    return phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.TOLL_FREE
