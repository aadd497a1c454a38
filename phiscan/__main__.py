"""`python -m phiscan`: the same command as the `phiscan` console script."""

from __future__ import annotations

from phiscan.app.cli import main

if __name__ == "__main__":
    main()
