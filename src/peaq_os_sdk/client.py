"""``PeaqosClient`` and ``AsyncPeaqosClient``: configuration plus the lazy ``.orchestration`` namespace."""

from __future__ import annotations

import copy
import os
import re
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlsplit

from peaq_os_sdk._options import OnRetry, RequestOptions, check_options
from peaq_os_sdk._rules import is_url_with_host
from peaq_os_sdk.exceptions.base import PeaqosConfigError

if TYPE_CHECKING:
    import httpx

    from peaq_os_sdk.orchestration import AsyncOrchestration, Orchestration

_ADDRESS = re.compile(r"^0x[0-9a-fA-F]{40}$")
_PRIVATE_KEY = re.compile(r"^(0x)?[0-9a-fA-F]{64}$")

CONTRACT_ENV = {
    "identity_registry_address": "IDENTITY_REGISTRY_ADDRESS",
    "identity_staking_address": "IDENTITY_STAKING_ADDRESS",
    "event_registry_address": "EVENT_REGISTRY_ADDRESS",
    "machine_nft_address": "MACHINE_NFT_ADDRESS",
    "did_registry_address": "DID_REGISTRY_ADDRESS",
    "batch_precompile_address": "BATCH_PRECOMPILE_ADDRESS",
}
DEFAULT_API_URL = "http://127.0.0.1:8000"

_ClientT = TypeVar("_ClientT", bound="_ClientBase")


def _check_url(name: str, value: str | None, schemes: tuple[str, ...]) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise PeaqosConfigError(f"{name} must be a string URL")
    if not is_url_with_host(value, schemes):
        raise PeaqosConfigError(f"{name} must be a {'/'.join(schemes)} URL with a host")
    return value


def _display_url(value: str | None, *, keep_path: bool) -> str | None:
    """A URL for ``repr``: never its userinfo or query, and (for RPC URLs, where providers put
    the API key in the path) never its path."""
    if value is None:
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return "[REDACTED]"
    netloc = parts.netloc.rpartition("@")[2]
    rest = parts.path if keep_path else ("/[REDACTED]" if parts.path.strip("/") else "")
    if parts.query or parts.fragment:
        rest += "?[REDACTED]"
    return f"{parts.scheme}://{netloc}{rest}"


def _config_error(field: str, constraint: str) -> PeaqosConfigError:
    return PeaqosConfigError(f"{field} must be {constraint}")


class _ClientBase:
    _is_async = False

    def __init__(
        self,
        *,
        rpc_url: str | None = None,
        private_key: str | None = None,
        identity_registry_address: str | None = None,
        identity_staking_address: str | None = None,
        event_registry_address: str | None = None,
        machine_nft_address: str | None = None,
        did_registry_address: str | None = None,
        batch_precompile_address: str | None = None,
        api_url: str = DEFAULT_API_URL,
        orchestration_url: str | None = None,
        api_key: str | None = None,
        verbose: bool = False,
        http_client: Any = None,
        max_retries: int = 2,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        on_retry: OnRetry | None = None,
    ) -> None:
        # On-chain settings are accepted and shape-checked; orchestration use needs none of them.
        self.rpc_url = _check_url("rpc_url", rpc_url, ("http", "https", "ws", "wss"))
        if private_key is not None and (not isinstance(private_key, str) or not _PRIVATE_KEY.match(private_key)):
            raise PeaqosConfigError("private_key must be 32 bytes of hex (optionally 0x-prefixed)")
        self.__private_key = private_key
        addresses = {
            "identity_registry_address": identity_registry_address,
            "identity_staking_address": identity_staking_address,
            "event_registry_address": event_registry_address,
            "machine_nft_address": machine_nft_address,
            "did_registry_address": did_registry_address,
            "batch_precompile_address": batch_precompile_address,
        }
        for name, value in addresses.items():
            if value is not None and (not isinstance(value, str) or not _ADDRESS.match(value)):
                raise PeaqosConfigError(f"{name} must be a 0x-prefixed 20-byte hex address")
            setattr(self, name, value)
        self.api_url = _check_url("api_url", api_url, ("http", "https")) or DEFAULT_API_URL
        self.orchestration_url = orchestration_url
        self.__api_key = api_key
        self.verbose = bool(verbose)
        self._http_client = http_client
        # retries, timeouts, deadline: see docs/retries.md
        self._options = check_options(
            _config_error, timeout=timeout, max_retries=max_retries, deadline=deadline, on_retry=on_retry
        )
        self._transport: Any = None
        self._namespace: Any = None
        self._lock = threading.Lock()

    # secrets are reachable only through properties, never through repr/vars of public attributes
    @property
    def private_key(self) -> str | None:
        return self.__private_key

    @property
    def api_key(self) -> str | None:
        return self.__api_key

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(orchestration_url={_display_url(self.orchestration_url, keep_path=True)!r}, "
            f"api_key={'[REDACTED]' if self.__api_key else None}, "
            f"private_key={'[REDACTED]' if self.__private_key else None}, "
            f"rpc_url={_display_url(self.rpc_url, keep_path=False)!r})"
        )

    @classmethod
    def from_env(cls: type[_ClientT], env: Mapping[str, str] | None = None, **overrides: Any) -> _ClientT:
        """Build a client from the documented environment variables (``os.environ`` by default).

        ``PEAQOS_ORCHESTRATION_URL`` enables ``.orchestration``; ``PEAQOS_API_KEY`` (or the CLI's
        ``PEAQOS_ORCH_API_KEY``) is the platform key; ``PEAQOS_MCR_API_URL`` the MCR API; RPC,
        private key and contract addresses are read and shape-checked when present;
        ``PEAQOS_MAX_RETRIES`` sets ``max_retries`` (0 turns retries off). Keyword ``overrides`` win
        over the environment. (``PEAQOS_LOG=info|debug`` is read by every client: see docs/retries.md.)
        """
        e = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = e.get(name)
            return value.strip() or None if isinstance(value, str) else None

        kwargs: dict[str, Any] = {
            "rpc_url": get("PEAQOS_RPC_URL"),
            "private_key": get("PEAQOS_PRIVATE_KEY"),
            "orchestration_url": get("PEAQOS_ORCHESTRATION_URL"),
            "api_key": get("PEAQOS_API_KEY") or get("PEAQOS_ORCH_API_KEY"),
        }
        kwargs.update({arg: get(var) for arg, var in CONTRACT_ENV.items()})
        mcr = get("PEAQOS_MCR_API_URL")
        if mcr:
            kwargs["api_url"] = mcr
        retries = get("PEAQOS_MAX_RETRIES")
        if retries is not None:
            if not retries.isdigit():
                raise PeaqosConfigError("PEAQOS_MAX_RETRIES must be a whole number (0 turns retries off)")
            kwargs["max_retries"] = int(retries)
        kwargs.update(overrides)
        return cls(**kwargs)

    def _orchestration_transport(self) -> Any:
        if self._transport is None:
            with self._lock:
                if self._transport is None:
                    self._transport = self._make_transport()
        return self._transport

    def _make_transport(self) -> Any:
        raise NotImplementedError

    def with_options(
        self: _ClientT,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        on_retry: OnRetry | None = None,
    ) -> _ClientT:
        """A copy of this client with per-call options, on the same connection pool (nothing is reopened).

        ``timeout`` (seconds or ``httpx.Timeout``, per attempt), ``max_retries`` (0 = off),
        ``deadline`` (seconds for the whole call), ``extra_headers`` and ``on_retry`` win over the
        client's own settings; unset ones are inherited. Pass the copy to the functional forms, or
        use ``client.orchestration.with_options(...)``. Closing the copy leaves the pool open.
        """
        from peaq_os_sdk.orchestration.errors import OrchestrationValidationError

        options = check_options(
            OrchestrationValidationError,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            extra_headers=extra_headers,
            on_retry=on_retry,
        )
        return self._view(self._orchestration_transport().derive(options), self._options.merged(options))

    def _raw_view(self: _ClientT) -> _ClientT:
        """This client, its transport answering with ``RawResponse`` (``orchestration.with_raw_response``)."""
        return self._view(self._orchestration_transport().derive(raw=True), self._options)

    def _view(self: _ClientT, transport: Any, options: RequestOptions) -> _ClientT:
        view = copy.copy(self)
        view._transport = transport
        view._options = options
        view._namespace = None
        view._lock = threading.Lock()
        return view

    def _require_url(self) -> str:
        from peaq_os_sdk.orchestration.errors import OrchestrationConfigError

        if not self.orchestration_url:
            raise OrchestrationConfigError(
                "orchestration_url is not set: pass orchestration_url=... or set PEAQOS_ORCHESTRATION_URL"
            )
        return self.orchestration_url


class PeaqosClient(_ClientBase):
    """Sync client. ``client.orchestration`` exposes every Machine Markets operation.

    Transport settings (docs/retries.md): ``max_retries`` (default 2; 0 turns
    retries off), ``timeout`` (seconds or an ``httpx.Timeout`` per attempt; default 30 s for GET and 60 s
    for other methods, or the timeout configured on ``http_client``), ``deadline`` (seconds for one call,
    every attempt and wait included; default 120) and ``on_retry(attempt, wait, reason)``.
    ``with_options(...)`` returns a view with per-call options on the same connection pool.
    """

    @property
    def orchestration(self) -> Orchestration:
        if self._namespace is None:
            from peaq_os_sdk.orchestration import Orchestration

            self._orchestration_transport()
            self._namespace = Orchestration(self)
        return self._namespace  # type: ignore[no-any-return]

    @property
    def session(self) -> httpx.Client:
        """The ``httpx.Client`` the orchestration transport sends through (pass ``http_client=`` to supply your own)."""
        session: httpx.Client = self._orchestration_transport()._http
        return session

    def _make_transport(self) -> Any:
        from peaq_os_sdk.orchestration._transport import Transport

        return Transport(
            self._require_url(),
            api_key=self.api_key,
            verbose=self.verbose,
            http_client=self._http_client,
            options=self._options,
        )

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    def __enter__(self) -> PeaqosClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncPeaqosClient(_ClientBase):
    """Async twin of :class:`PeaqosClient`: the same method names and transport settings, awaited."""

    _is_async = True

    @property
    def orchestration(self) -> AsyncOrchestration:
        if self._namespace is None:
            from peaq_os_sdk.orchestration import AsyncOrchestration

            self._orchestration_transport()
            self._namespace = AsyncOrchestration(self)
        return self._namespace  # type: ignore[no-any-return]

    @property
    def session(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` the orchestration transport sends through."""
        session: httpx.AsyncClient = self._orchestration_transport()._http
        return session

    def _make_transport(self) -> Any:
        from peaq_os_sdk.orchestration._transport import AsyncTransport

        return AsyncTransport(
            self._require_url(),
            api_key=self.api_key,
            verbose=self.verbose,
            http_client=self._http_client,
            options=self._options,
        )

    async def aclose(self) -> None:
        if self._transport is not None:
            await self._transport.aclose()

    async def __aenter__(self) -> AsyncPeaqosClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
