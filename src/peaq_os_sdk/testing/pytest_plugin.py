"""pytest plugin ``peaqos``: the peaq OS simulator as fixtures (installed with the package; opt out: ``-p no:peaqos``).

Fixtures (none is autouse):

* ``peaqos_mock_server`` (session): one simulator for the whole session on a free loopback port, or the running
  simulator named by ``--peaqos-mock-url`` / ini ``peaqos_mock_url`` / env ``PEAQOS_MOCK_URL``.
* ``peaqos_mock`` (function): the same simulator, reset before the test (fresh state, this test's switches), as a
  :class:`PeaqosMock`: ``url``, ``requests``, ``register_identity()``, ``advance_clock()``, ``set_faults()``.
* ``peaqos_client`` / ``peaqos_async_client``: a ``PeaqosClient`` / ``AsyncPeaqosClient`` bound to it.

Marker ``@pytest.mark.peaqos_mock(...)`` sets the test's switches: any ``MockConfig`` field
(``require_api_auth=True, api_keys=["k"], machine_identity_verification=False, agent_pairing_verification=False,
require_agent_pairing_auth=..., enforce_service_payment_rails=..., payment_rpc_url=...``), ``catalogue="file.json"``
``transport_faults=[{...}, ...]`` (each the body of ``POST /_mock/transport-faults``) and ``faults={...}`` (the
body of ``POST /_mock/faults``). With an external simulator only the two fault kinds apply.

Ini ``peaqos_mock_check_responses = true`` starts the in-process simulator with ``check_responses`` on: every
success answer is checked against the spec, closed (an undeclared or missing key answers 500
``MOCK_RESPONSE_INVALID``); off by default.

This module imports nothing beyond pytest and the SDK's light core at load time: the simulator (starlette,
uvicorn; the ``mock`` extra) loads when a fixture first needs it, and without the extra the fixtures skip with
an install hint.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import os
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

from peaq_os_sdk._simulator_types import SimulatorFaults, SimulatorIdentity

INSTALL_HINT = "the peaqos simulator fixtures need the mock extra: pip install 'peaq-os-sdk[mock]'"
MARKER = "peaqos_mock"
ENV_URL = "PEAQOS_MOCK_URL"
_EXTRA_MODULES = ("starlette", "uvicorn", "jsonschema", "jwt")
_ALIASES = {"catalogue": "catalogue_path"}  # marker name -> MockConfig field
_DEFAULTS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()  # simulator -> its session switches


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("peaqos", "peaq OS simulator fixtures")
    group.addoption(
        "--peaqos-mock-url",
        default=None,
        help=f"use this running simulator (peaqos-mock) instead of starting one (env {ENV_URL})",
    )
    parser.addini("peaqos_mock_url", "URL of a running simulator for the peaqos fixtures", default="")
    parser.addini(
        "peaqos_mock_check_responses",
        "check the in-process simulator's success answers against the spec, closed (MockConfig.check_responses)",
        type="bool",
        default=False,
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{MARKER}(**switches): this test's simulator switches (MockConfig fields, catalogue=path, faults={{...}})",
    )


class ExternalSimulator:
    """A simulator someone else runs (``peaqos-mock``); driven through its ``/_mock`` admin routes."""

    config = None

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")

    def __repr__(self) -> str:
        return f"ExternalSimulator({self.url!r})"


class PeaqosMock:
    """The simulator for one test: fresh state and this test's switches.

    ``server`` is the in-process ``MockServer`` (``None`` with an external simulator); ``api_key`` is the first key
    the test's marker configured (the client fixtures send it).
    """

    def __init__(self, server: Any, api_key: str | None = None) -> None:
        import httpx

        from peaq_os_sdk.orchestration._shards import tls_context

        self.server = server if not isinstance(server, ExternalSimulator) else None
        self.url: str = server.url
        self.api_key = api_key
        # one per test: the SDK's shared TLS context spares each test re-reading the CA bundle
        self._http = httpx.Client(base_url=self.url, timeout=10, verify=tls_context())

    def __repr__(self) -> str:
        return f"PeaqosMock(url={self.url!r})"

    def _admin(self, method: str, path: str, body: Any = None) -> Any:
        r = self._http.request(method, "/_mock" + path, json=body)
        if r.status_code >= 400:
            raise AssertionError(f"simulator admin {method} /_mock{path} answered {r.status_code}: {r.text[:300]}")
        return r.json() if r.content else None

    @property
    def requests(self) -> list[dict[str, Any]]:
        """What the simulator received since the reset (method, path, query, headers with secrets redacted, body)."""
        return list(self._admin("GET", "/requests")["items"])

    def register_identity(
        self, token_id: int | str, controllers: list[str], *, activated: bool = True, bonded: bool = True
    ) -> SimulatorIdentity:
        """Seed an on-chain machine identity (``did:peaq:<token_id>``) controlled by ``controllers``."""
        body = {"tokenId": str(token_id), "controllerAddresses": controllers, "activated": activated, "bonded": bonded}
        return SimulatorIdentity.from_wire(self._admin("POST", "/identities", body)["item"])

    def advance_clock(self, seconds: float) -> str:
        """Move the simulator's clock forward (expiries, TTLs); returns its new time."""
        return str(self._admin("POST", "/clock", {"advanceSeconds": seconds})["now"])

    def set_faults(self, faults: dict[str, Any] | None = None, **more: bool) -> SimulatorFaults:
        """Inject faults, as the body of ``POST /_mock/faults`` (``{"mcrUnavailable": True}``) or by keyword
        (``mcr_unavailable=True``); they last until the next test's reset. Returns every fault's state."""
        body = {**(faults or {}), **{SimulatorFaults.WIRE.get(k, k): v for k, v in more.items()}}
        return SimulatorFaults.from_wire(self._admin("POST", "/faults", body))

    def add_transport_fault(self, rule: dict[str, Any]) -> Any:
        """Script a transport fault (the body of ``POST /_mock/transport-faults``) until the next test's reset."""
        return self._admin("POST", "/transport-faults", rule)

    def reset(self) -> None:
        self._admin("POST", "/reset")

    def close(self) -> None:
        self._http.close()


def _external_url(config: pytest.Config) -> str | None:
    url = config.getoption("--peaqos-mock-url") or config.getini("peaqos_mock_url") or os.environ.get(ENV_URL)
    return str(url) if url else None


@pytest.fixture(scope="session")
def peaqos_mock_server(pytestconfig: pytest.Config) -> Iterator[Any]:
    """One simulator for the session: an in-process ``MockServer`` on a free loopback port, or the external one."""
    url = _external_url(pytestconfig)
    if url:
        yield ExternalSimulator(url)
        return
    for name in _EXTRA_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:
            pytest.skip(f"{INSTALL_HINT} ({name} is not installed)")
    import attrs

    from peaq_os_sdk.mock import MockConfig, MockServer

    check = bool(pytestconfig.getini("peaqos_mock_check_responses"))
    with MockServer(MockConfig(check_responses=check)) as server:
        _DEFAULTS[server] = attrs.evolve(server.config)  # what each test's reset returns to
        yield server


@pytest.fixture
def peaqos_mock(peaqos_mock_server: Any, request: pytest.FixtureRequest) -> Iterator[PeaqosMock]:
    """The session's simulator reset for this test, with the switches of its ``peaqos_mock`` marker."""
    switches: dict[str, Any] = {}
    for marker in reversed(list(request.node.iter_markers(MARKER))):  # the closest marker wins
        if marker.args:
            raise pytest.UsageError(f"@pytest.mark.{MARKER} takes keyword arguments only")
        switches.update(marker.kwargs)
    faults = switches.pop("faults", None)
    transport_faults = switches.pop("transport_faults", None) or ()
    switches = {_ALIASES.get(k, k): v for k, v in switches.items()}
    api_keys = switches.get("api_keys") or ()
    if isinstance(api_keys, str):
        api_keys = switches["api_keys"] = (api_keys,)
    if isinstance(peaqos_mock_server, ExternalSimulator):
        if switches:
            pytest.skip(f"{MARKER} switches {sorted(switches)} need the in-process simulator, not --peaqos-mock-url")
    else:
        _configure(peaqos_mock_server, switches)
    mock = PeaqosMock(peaqos_mock_server, api_key=next(iter(api_keys), None))
    try:
        mock.reset()
        if faults:
            mock.set_faults(faults)
        for rule in transport_faults:
            mock.add_transport_fault(rule)
        yield mock
    finally:
        mock.close()


def _configure(server: Any, switches: dict[str, Any]) -> None:
    import attrs

    defaults = _DEFAULTS.get(server)
    if defaults is None:  # a session simulator someone provided by overriding peaqos_mock_server
        defaults = _DEFAULTS[server] = attrs.evolve(server.config)
    names = {f.name for f in attrs.fields(type(server.config))}
    unknown = sorted(set(switches) - names)
    if unknown:
        raise pytest.UsageError(f"@pytest.mark.{MARKER}: unknown switch(es) {unknown}; known: {sorted(names)}")
    for name in names:
        value = switches.get(name, getattr(defaults, name))
        setattr(server.config, name, tuple(value) if isinstance(value, list) else value)


@pytest.fixture
def peaqos_client(peaqos_mock: PeaqosMock) -> Iterator[Any]:
    """A ``PeaqosClient`` bound to the test's simulator (sends the marker's first API key, if any)."""
    from peaq_os_sdk import PeaqosClient

    client = PeaqosClient(orchestration_url=peaqos_mock.url, api_key=peaqos_mock.api_key)
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
def peaqos_async_client(peaqos_mock: PeaqosMock) -> Iterator[Any]:
    """An ``AsyncPeaqosClient`` bound to the test's simulator; await its methods in the test's event loop."""
    from peaq_os_sdk import AsyncPeaqosClient

    client = AsyncPeaqosClient(orchestration_url=peaqos_mock.url, api_key=peaqos_mock.api_key)
    yield client
    if getattr(client, "_transport", None) is not None:
        # the test's event loop is gone by now; connections it opened cannot outlive it, so close what is left
        with contextlib.suppress(RuntimeError):
            asyncio.run(client.aclose())
