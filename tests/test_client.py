"""Client configuration: from_env, shape checks, secret-free reprs, session, lifecycle, verbose logging."""

from __future__ import annotations

import logging
import re
from typing import Any

import httpx
import pytest

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient, PeaqosConfigError
from peaq_os_sdk.orchestration import OrchestrationConfigError
from tests._opargs import mock_client
from tests.conftest import run

KEY = "0x" + "5a" * 32
ADDR = "0x" + "12" * 20
FULL_ENV = {
    "PEAQOS_RPC_URL": "https://rpc.example/v1/secretpathkey",
    "PEAQOS_PRIVATE_KEY": KEY,
    "IDENTITY_REGISTRY_ADDRESS": ADDR,
    "IDENTITY_STAKING_ADDRESS": ADDR,
    "EVENT_REGISTRY_ADDRESS": ADDR,
    "MACHINE_NFT_ADDRESS": ADDR,
    "DID_REGISTRY_ADDRESS": ADDR,
    "BATCH_PRECOMPILE_ADDRESS": ADDR,
    "PEAQOS_ORCHESTRATION_URL": "https://orchestration.example",
    "PEAQOS_API_KEY": "platform-key-0123456789",
    "PEAQOS_MCR_API_URL": "https://mcr.example",
}


def test_from_env_reads_every_documented_variable():
    c = PeaqosClient.from_env(env=FULL_ENV)
    assert c.rpc_url == FULL_ENV["PEAQOS_RPC_URL"] and c.private_key == KEY
    for attr in ("identity_registry_address", "identity_staking_address", "event_registry_address",
                 "machine_nft_address", "did_registry_address", "batch_precompile_address"):
        assert getattr(c, attr) == ADDR
    assert c.orchestration_url == "https://orchestration.example"
    assert c.api_key == "platform-key-0123456789" and c.api_url == "https://mcr.example"
    text = repr(c)
    assert KEY not in text and "platform-key" not in text and "secretpathkey" not in text


def test_from_env_defaults_aliases_and_overrides():
    c = PeaqosClient.from_env(env={"PEAQOS_ORCH_API_KEY": "cli-name-key", "PEAQOS_ORCHESTRATION_URL": " "})
    assert c.api_key == "cli-name-key" and c.orchestration_url is None and c.api_url == "http://127.0.0.1:8000"
    with pytest.raises(OrchestrationConfigError):
        c.orchestration  # noqa: B018
    o = PeaqosClient.from_env(env=FULL_ENV, api_key="override", verbose=True)
    assert o.api_key == "override" and o.verbose is True


@pytest.mark.parametrize(("name", "value"), [
    ("PEAQOS_PRIVATE_KEY", "0x1234"), ("PEAQOS_PRIVATE_KEY", "zz" * 32), ("IDENTITY_REGISTRY_ADDRESS", "0x12"),
    ("MACHINE_NFT_ADDRESS", "not-an-address"), ("PEAQOS_RPC_URL", "ftp://rpc"), ("PEAQOS_MCR_API_URL", "mcr"),
])
def test_on_chain_settings_are_shape_checked_without_echoing_them(name, value):
    with pytest.raises(PeaqosConfigError) as e:
        PeaqosClient.from_env(env={**FULL_ENV, name: value})
    assert value not in str(e.value)


def test_on_chain_settings_are_optional_for_orchestration(mock):
    with PeaqosClient(orchestration_url=mock.url) as c:
        assert c.rpc_url is None and c.private_key is None
        assert c.orchestration.list_machines().items == ()


def test_session_is_the_transport_client_and_can_be_supplied(mock):
    own = httpx.Client()
    c = PeaqosClient(orchestration_url=mock.url, http_client=own)
    assert c.session is own
    c.orchestration.list_machines()
    c.close()
    assert not own.is_closed  # a client you pass in stays yours to close
    own.close()
    d = PeaqosClient(orchestration_url=mock.url)
    assert isinstance(d.session, httpx.Client)
    d.close()
    assert d.session.is_closed


def test_async_client_lifecycle_and_session(mock):
    async def go():
        async with AsyncPeaqosClient(orchestration_url=mock.url) as c:
            assert isinstance(c.session, httpx.AsyncClient)
            page = await c.orchestration.list_machines(limit=5)
            return page, c.session

    page, session = run(go())
    assert page.items == () and session.is_closed


def test_verbose_logs_requests_with_redacted_headers(mock, caplog):
    caplog.set_level(logging.DEBUG, logger="peaq_os_sdk.orchestration")
    with PeaqosClient(orchestration_url=mock.url, api_key="verbose-key-0123456789", verbose=True) as c:
        c.orchestration.list_machines(limit=3)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "GET /api/v1/machines" in text and "<- 200" in text
    assert "verbose-key" not in text and "[REDACTED]" in text


@pytest.mark.parametrize("verbose", [True, False, None])
def test_verbose_logs_request_lines_only_when_asked_sync_and_async(mock, caplog, verbose):
    caplog.set_level(logging.DEBUG, logger="peaq_os_sdk.orchestration")
    kw = {} if verbose is None else {"verbose": verbose}  # None: the default, off
    with PeaqosClient(orchestration_url=mock.url, **kw) as c:
        c.orchestration.list_machines(limit=3)

    async def go() -> None:
        async with AsyncPeaqosClient(orchestration_url=mock.url, **kw) as ac:
            await ac.orchestration.list_machines(limit=4)

    run(go())
    sent = [r.getMessage() for r in caplog.records if r.getMessage().startswith("-> GET /api/v1/machines")]
    answered = [r.getMessage() for r in caplog.records if r.getMessage().startswith("<- 200 GET /api/v1/machines")]
    assert (len(sent), len(answered)) == ((2, 2) if verbose else (0, 0)), sent + answered


def test_sync_and_async_clients_are_not_interchangeable(mock):
    from peaq_os_sdk.orchestration import aio, list_machines

    with pytest.raises(OrchestrationConfigError):
        list_machines(AsyncPeaqosClient(orchestration_url=mock.url))
    with pytest.raises(OrchestrationConfigError):
        run(aio.list_machines(PeaqosClient(orchestration_url=mock.url)))


def _answering(seen: list[httpx.Request]) -> Any:
    """A handler for ``mock_client`` that records each request and answers health or an empty page."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        body = {"ok": True} if request.url.path.endswith("/health") else {"items": [], "nextCursor": None}
        return httpx.Response(200, json=body)

    return handler


def test_every_request_names_the_sdk_and_asks_for_json():
    from peaq_os_sdk import __version__

    seen: list[httpx.Request] = []
    with mock_client(_answering(seen)) as c:
        c.orchestration.list_machines()
    (request,) = seen
    assert request.headers["user-agent"] == f"peaqos-sdk-py/{__version__}"
    assert request.headers["accept"] == "application/json"


def test_a_public_operation_never_carries_the_api_key():
    seen: list[httpx.Request] = []
    key = "public-check-key-0123456789"
    with mock_client(_answering(seen), api_key=key) as c:
        c.orchestration.get_health()  # auth: none in the spec
        c.orchestration.list_machines()  # auth: platform
    health, machines = seen
    assert "x-api-key" not in health.headers
    assert machines.headers["x-api-key"] == key


def test_verbose_without_any_logging_setup_prints_time_logger_and_message(monkeypatch, capsys):
    """``verbose=True`` in a program that configured no logging installs one stderr handler (time, logger name,
    message) on the SDK's logger; with logging configured it adds nothing."""
    sdk = logging.getLogger("peaq_os_sdk.orchestration")
    root = logging.getLogger()
    monkeypatch.setattr(sdk, "level", sdk.level)
    configured = logging.NullHandler()
    monkeypatch.setattr(root, "handlers", [configured])  # logging configured: nothing is added
    monkeypatch.setattr(sdk, "handlers", [])
    with mock_client(_answering([]), verbose=True) as c:
        c.orchestration.list_machines()
    assert (sdk.handlers, root.handlers) == ([], [configured])

    monkeypatch.setattr(root, "handlers", [])  # no logging configured (pytest's own handlers aside)
    with mock_client(_answering([]), verbose=True) as c:
        c.orchestration.list_machines()
    (handler,) = sdk.handlers
    assert isinstance(handler, logging.StreamHandler)
    assert handler.formatter is not None and handler.formatter._fmt == "%(asctime)s %(name)s %(message)s"
    err = capsys.readouterr().err
    assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} peaq_os_sdk\.orchestration <- 200 GET ", err, re.M), err
