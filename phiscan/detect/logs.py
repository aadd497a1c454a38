"""The third-party loggers phiscan drives carry no scanned text.

Presidio logs the context words and matched values of each string at DEBUG (`presidio-analyzer`,
`decision_process`), and other libraries may quote text in warnings.  Values must never reach a log at any
level, so while phiscan owns the analysis it owns these loggers: records below WARNING are dropped, and
the rest keep their level and origin but lose their text.
"""

from __future__ import annotations

import logging

THIRD_PARTY = ("presidio-analyzer", "decision_process", "spacy", "detect-secrets", "detect_secrets")


class _Withhold(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return False
        record.msg = f"{record.name} logged a {record.levelname} record; its text may quote scanned values: withheld"
        record.args = ()
        record.exc_info = record.exc_text = None
        return True


_FILTER = _Withhold()


def contain() -> None:
    """Attach the filter to every third-party logger phiscan drives (idempotent)."""
    for name in THIRD_PARTY:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
