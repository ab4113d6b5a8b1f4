"""Run the mock app with uvicorn in a background thread on a free loopback port."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any

import httpx
import uvicorn

from peaq_os_sdk._simulator_types import SimulatorIdentity
from peaq_os_sdk.mock.app import create_app
from peaq_os_sdk.mock.config import MockConfig


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class MockServer:
    """Context manager: ``with MockServer() as s: s.url``. ``s.store`` and ``s.requests`` expose state."""

    def __init__(self, config: MockConfig | None = None, *, host: str = "127.0.0.1", port: int | None = None) -> None:
        self.config = config or MockConfig()
        self.host = host
        self.port = port or free_port(host)
        self.app = create_app(self.config)
        self.sim = self.app.state.sim
        self.store = self.app.state.store
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def requests(self) -> list[dict[str, Any]]:
        return list(self.store.requests)

    def start(self) -> MockServer:
        cfg = uvicorn.Config(
            self.app, host=self.host, port=self.port, log_level="warning", access_log=False, lifespan="off"
        )
        self._server = uvicorn.Server(cfg)
        self._thread = threading.Thread(target=self._server.run, name="peaqos-mock", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=0.5).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.02)
        raise RuntimeError("mock server did not start")

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> MockServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # conveniences for tests and demos
    def register_identity(
        self,
        token_id: int | str,
        controllers: list[str],
        *,
        activated: bool = True,
        bonded: bool = True,
        machine_address: str | None = None,
    ) -> SimulatorIdentity:
        """Register a peaqOS identity ``did:peaq:<token_id>`` controlled by ``controllers`` (0x addresses);
        ``machine_address`` makes ``did:peaq:0x<address>`` resolve to it. Returns the identity as registered."""
        body: dict[str, Any] = {
            "tokenId": str(token_id),
            "controllerAddresses": controllers,
            "activated": activated,
            "bonded": bonded,
        }
        if machine_address is not None:
            body["machineAddress"] = machine_address
        with self.store.lock:
            return SimulatorIdentity.from_wire(self.sim.register_identity(body))

    def advance_clock(self, seconds: float) -> None:
        self.store.advance(seconds)

    def reset(self) -> None:
        with self.store.lock:
            self.sim.reset()
        self.app.state.faults.reset()
