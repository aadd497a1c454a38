"""Running the gateway under uvicorn, in one process or several workers.

With one worker the application is built here; with several, uvicorn's workers import `worker_app` and each
builds its own from the same arguments (passed in the environment as JSON: a config path and the flags, no
secret), so every worker reads the same configuration and holds its own pool, guard and metrics.
uvicorn's access log is off: it would write each request's path and query string, and the audit line
replaces it.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Mapping
from typing import Any

from phiscan.errors import PhiscanError
from phiscan.gateway.config import GatewaySettings, load_settings

ENV = "PHISCAN_GATEWAY_ARGS"


def _settings_from_env() -> GatewaySettings:
    args = json.loads(os.environ[ENV])
    return load_settings(args["config"], args["flags"])


def worker_app() -> Any:
    """The application one uvicorn worker serves (the factory `--workers` above 1 uses)."""
    from phiscan.gateway.app import create_app

    return create_app(_settings_from_env())


def _uvicorn_options(settings: GatewaySettings) -> dict[str, Any]:
    return {
        "host": settings.host,
        "port": settings.port,
        "lifespan": "on",
        "ws": "none",
        "access_log": False,
        "server_header": False,  # the upstream's own Server and Date headers are relayed instead
        "date_header": False,
        "log_level": "info",
        "timeout_graceful_shutdown": 30,
    }


def main(config: str | None, flags: Mapping[str, Any]) -> int:
    """`phiscan gateway`: check the configuration, then serve until stopped; 2 on a configuration error."""
    try:
        settings = load_settings(config, flags)
        import uvicorn

        from phiscan.gateway.app import create_app
    except PhiscanError as e:
        print(f"phiscan: {e}", file=sys.stderr)
        return 2
    except ImportError as e:
        print(
            f"phiscan: the gateway needs its extra: pip install 'phiscan[gateway]' ({e.name} missing)", file=sys.stderr
        )
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(name)s: %(message)s")
    options = _uvicorn_options(settings)
    if settings.workers == 1:
        uvicorn.run(create_app(settings), **options)
    else:
        from phiscan.detect.model import one_blas_thread

        one_blas_thread()  # the workers inherit it
        os.environ[ENV] = json.dumps({"config": config, "flags": dict(flags)})
        uvicorn.run("phiscan.gateway.server:worker_app", factory=True, workers=settings.workers, **options)
    return 0
