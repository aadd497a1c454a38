"""Build phiscan/data/profile_hosts.txt: sites where `https://<host>/<handle>` is one person's profile page.

    python scripts/build_profile_hosts.py SHERLOCK_DATA_JSON

Input (pinned): sherlock-project/sherlock@4e2a4f6b66433849abe46cae76ed557c6c8313c8
`sherlock_project/resources/data.json` (MIT), the maintained list of sites and the URL each gives a username.
Kept: sites whose profile URL is the host and the username alone (`https://www.twitch.tv/{}`, `/@{}`).  Marked
`?`: hosts where that URL is as often a project's, a company's or a bot's as a person's (code hosting, model
and package hubs, video and document sharing, messengers' channels, Q&A and coding-challenge sites).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "profile_hosts.txt"
# `https://<host>/{}` or `/@{}`, and a fixed section before the handle (`flickr.com/people/{}`, `/u/{}`); a
# language label before the host (`en.gravatar.com`) is left out, as phiscan reads any
_ONE_HANDLE = re.compile(
    r"https?://(?:www\.|[a-z]{2}\.(?=[a-z0-9-]+\.[a-z0-9.-]+/))?([a-z0-9.-]+)/((?:[A-Za-z_-]+/){0,2}@?)\{\}/?"
)
_NOT_A_PERSON_SECTION = frozenset({"groups/", "search/", "gallery/", "station/", "s/", "add/", "uservids/"})
_NOT_PERSONAL = frozenset(
    {"github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitea.com", "gitee.com", "gitlab.gnome.org"}
    | {"notabug.org", "huggingface.co", "kaggle.com", "replit.com", "codepen.io", "observablehq.com", "hackmd.io"}
    | {"trello.com", "leetcode.com", "hackerrank.com", "hackerearth.com", "hackerone.com", "bugcrowd.com"}
    | {"producthunt.com", "opencollective.com", "lottiefiles.com", "youtube.com", "vimeo.com", "dailymotion.com"}
    | {"giphy.com", "issuu.com", "scribd.com", "slideshare.net", "t.me", "disqus.com", "flipboard.com"}
    | {"buzzfeed.com", "seoforum.com", "freecodecamp.org", "profiles.topcoder.com", "laracasts.com", "dev.to"}
    | {"hashnode.com", "hive.blog", "odysee.com", "aparat.com", "my.flightradar24.com", "career.habr.com"}
    | {"independent.academia.edu", "scholar.harvard.edu", "profiles.wordpress.org", "slides.com", "note.com"}
    | {"rubygems.org", "sourceforge.net", "hosted.weblate.org", "virustotal.com", "xboxgamertag.com", "packagist.org"}
    | {"developer.apple.com"}
)


def main(source: str) -> None:
    data = json.loads(Path(source).read_text("utf-8"))
    hosts: dict[str, str] = {}
    for site in data.values():
        if not isinstance(site, dict):
            continue
        m = _ONE_HANDLE.fullmatch(site.get("url", ""))
        if m is not None and "." in m[1] and m[2] not in _NOT_A_PERSON_SECTION:
            # a hub's handle is one person's only when it looks like one (`mariagomez77`, not `pallets`): marked `?`
            hosts.setdefault(m[1], ("?" if m[1] in _NOT_PERSONAL else "") + m[2])
    header = [
        "# Hosts where https://<host>/<handle> is one person's profile; after the host, what stands before the",
        "# handle: `@` (/@<handle>) or a section (`people/` for /people/<handle>); `?` before it marks a hub, where",
        "# the handle is as often a project's or a company's: there only a person's handle counts (`mariagomez77`).",
        "# Source: sherlock-project/sherlock@4e2a4f6b66433849abe46cae76ed557c6c8313c8",
        "# sherlock_project/resources/data.json (MIT, Copyright (c) 2019 Sherlock Project);",
        "# built by scripts/build_profile_hosts.py, which lists the hosts left out and why.",
    ]
    rows = [f"{h} {at}".rstrip() for h, at in sorted(hosts.items())]
    OUT.write_text("\n".join(header + rows) + "\n", "utf-8")
    print(f"{len(rows)} hosts -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
