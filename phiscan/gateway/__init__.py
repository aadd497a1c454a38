"""`phiscan gateway`: a reverse proxy that checks every Anthropic and OpenAI request and keeps nothing.

One request flows through `routes` (which endpoint, which provider, refused by profile?), `decide` (read the
body under a size limit, parse it, check it with the SDK guard's `Guard`), then `upstream` (forward the same
bytes, relay the response chunk by chunk); `errors` shapes a refusal as the provider would, `audit` and
`metrics` record each decision without its content, `config` reads the settings and `server` runs uvicorn.
Importing this package needs none of the `gateway` extra; `phiscan.gateway.app` does.
"""

from __future__ import annotations

from phiscan.gateway.config import GatewaySettings, load_settings

__all__ = ["GatewaySettings", "load_settings"]
