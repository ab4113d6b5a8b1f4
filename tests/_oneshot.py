"""One-off HTTP calls from tests (``oneshot.get(url)`` where ``httpx.get(url)`` would do).

``httpx.get`` builds a client, and with it a TLS context that reads the whole CA bundle, for every call: tens
of milliseconds each, paid hundreds of times by a suite that talks to the simulator over plain http. These
send the same one-off request with the SDK's shared, verifying context (``_shards.tls_context``).
"""

from __future__ import annotations

from typing import Any

import httpx

from peaq_os_sdk.orchestration._shards import tls_context


def request(method: str, url: str, **kw: Any) -> httpx.Response:
    return httpx.request(method, url, verify=tls_context(), **kw)


def get(url: str, **kw: Any) -> httpx.Response:
    return request("GET", url, **kw)


def post(url: str, **kw: Any) -> httpx.Response:
    return request("POST", url, **kw)


def put(url: str, **kw: Any) -> httpx.Response:
    return request("PUT", url, **kw)


def patch(url: str, **kw: Any) -> httpx.Response:
    return request("PATCH", url, **kw)


def delete(url: str, **kw: Any) -> httpx.Response:
    return request("DELETE", url, **kw)


def transport_fault(mock: Any, **rule: Any) -> None:
    """Script a transport fault on a running simulator (``POST /_mock/transport-faults``; see ``mock/faults.py``)."""
    r = post(mock.url + "/_mock/transport-faults", json=rule)
    assert r.status_code == 201, r.text
