"""Build phiscan/data/role_mailboxes.txt: the mailbox names of a team, a function or a system, not of a person.

    python scripts/build_role_mailboxes.py /work/.mirror/mbalatsko+role-based-email-addresses-list/repo

Input: a git directory of mbalatsko/role-based-email-addresses-list (MIT), whose `list.txt` compiles
mixmaxhq/role-based-email-addresses (MIT) weekly.  Kept: every entry but those the name lists hold as a given name
or a surname (`gardner`, `alexa`, `paris`): a person may use those as a mailbox of their own.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from phiscan.detect.names import listed

OUT = Path(__file__).resolve().parent.parent / "phiscan" / "data" / "role_mailboxes.txt"


def main(git_dir: str) -> None:
    def git(*args: str) -> str:
        return subprocess.run(["git", "--git-dir", git_dir, *args], capture_output=True, text=True, check=True).stdout

    commit = git("rev-parse", "HEAD").strip()
    raw = {w.lower() for w in git("show", "HEAD:list.txt").split()}
    keep = sorted(w for w in raw if not listed(w))
    header = (
        f"# {len(keep)} role-based mailbox names (a team's, a function's, a system's), not people's:"
        " mixmaxhq/role-based-email-addresses as compiled by"
        f" mbalatsko/role-based-email-addresses-list@{commit} (list.txt; MIT), less the {len(raw) - len(keep)}"
        " entries that are listed given names or surnames.  Built by scripts/build_role_mailboxes.py.\n"
    )
    OUT.write_text(header + "\n".join(keep) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
