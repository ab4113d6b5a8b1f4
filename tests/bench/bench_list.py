"""SDK overhead on a 500-item page, measured as ratios in one run (``make bench``).

1. End to end over loopback: ``client.orchestration.list_machines(limit=500)`` vs a raw
   ``httpx.Client.get(...).json()`` of the same page, both on a kept-alive connection to a server that
   answers with one fixed, pre-encoded 500-machine page (so server time does not hide the SDK's).
   Calls alternate, and the median of each is compared.
2. Decode only: the SDK's envelope + model decoding of the page vs ``json.loads`` of the same bytes.
3. ``import peaq_os_sdk`` time and the first ``client.orchestration`` access, in fresh interpreters.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from typing import Any

import httpx

ROUNDS = 60
N_ITEMS = 500


def machine(i: int) -> dict[str, Any]:
    return {
        "id": f"mach_{i:06d}",
        "displayName": f"Robot {i}",
        "status": "active",
        "ownerId": "0x" + "ab" * 20,
        "machineType": "robot",
        "runtimeProfile": "linux-docker",
        "capabilities": ["gnss", "camera", "lidar"],
        "labels": {"site_id": f"site-{i % 17}", "zone": "eu"},
        "policyIds": ["pol_1"],
        "skillKeys": ["oracle.price-feed"],
        "createdAt": "2026-11-28T10:00:00.000Z",
        "updatedAt": "2026-11-28T10:00:00.000Z",
        "identityRef": f"did:peaq:{1000 + i}",
        "identityProof": {
            "method": "eip191",
            "identityRef": f"did:peaq:{1000 + i}",
            "signerAddress": "0x" + "cd" * 20,
            "challengeId": f"mic_{i}",
            "verifiedAt": "2026-11-28T10:00:00.000Z",
            "challengeExpiresAt": "2026-11-28T10:05:00.000Z",
            "controllerAddresses": ["0x" + "cd" * 20],
            "resolutionSource": "peaqos-mcr",
        },
    }


PAGE = json.dumps({"items": [machine(i) for i in range(N_ITEMS)], "nextCursor": "v1:500"}).encode()


def fixed_page_app() -> Any:
    from starlette.applications import Starlette
    from starlette.responses import Response
    from starlette.routing import Route

    async def page(request: Any) -> Response:
        return Response(PAGE, media_type="application/json")

    async def health(request: Any) -> Response:
        return Response(b'{"ok":true}', media_type="application/json")

    return Starlette(routes=[Route("/api/v1/machines", page), Route("/health", health)])


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def bench_end_to_end() -> tuple[float, float]:
    import uvicorn

    from peaq_os_sdk import PeaqosClient
    from peaq_os_sdk.mock.server import free_port

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(fixed_page_app(), host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    )
    import threading

    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(url + "/health", timeout=0.5)
            break
        except httpx.HTTPError:
            time.sleep(0.02)
    sdk_times, raw_times = [], []
    with PeaqosClient(orchestration_url=url) as client, httpx.Client() as raw:
        o = client.orchestration
        page = o.list_machines(limit=N_ITEMS)  # warm up both paths
        assert len(page.items) == N_ITEMS and page.items[0].identity_proof is not None
        raw.get(url + "/api/v1/machines", params={"limit": N_ITEMS}).json()
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            o.list_machines(limit=N_ITEMS)
            t1 = time.perf_counter()
            raw.get(url + "/api/v1/machines", params={"limit": N_ITEMS}).json()
            t2 = time.perf_counter()
            sdk_times.append(t1 - t0)
            raw_times.append(t2 - t1)
    server.should_exit = True
    t.join(timeout=5)
    return median_ms(sdk_times), median_ms(raw_times)


def bench_against_mock() -> tuple[float, float]:
    """The same comparison against the stateful mock holding 500 verified machines (server time included)."""
    from peaq_os_sdk import PeaqosClient
    from peaq_os_sdk.mock import MockConfig, MockServer

    with MockServer(MockConfig()) as server:
        with server.store.lock:
            for i in range(N_ITEMS):
                record = machine(i)
                proof = record["identityProof"]
                server.store.identities[str(1000 + i)] = {
                    "identityRef": record["identityRef"],
                    "tokenId": str(1000 + i),
                    "controllerAddresses": proof["controllerAddresses"],
                    "activated": True,
                    "bonded": True,
                }
                server.store.machines.add(record)
        sdk_times, raw_times = [], []
        with PeaqosClient(orchestration_url=server.url) as client, httpx.Client() as raw:
            o = client.orchestration
            assert len(o.list_machines(limit=N_ITEMS).items) == N_ITEMS
            raw.get(server.url + "/api/v1/machines", params={"limit": N_ITEMS}).json()
            for _ in range(ROUNDS // 2):
                t0 = time.perf_counter()
                o.list_machines(limit=N_ITEMS)
                t1 = time.perf_counter()
                raw.get(server.url + "/api/v1/machines", params={"limit": N_ITEMS}).json()
                t2 = time.perf_counter()
                sdk_times.append(t1 - t0)
                raw_times.append(t2 - t1)
    return median_ms(sdk_times), median_ms(raw_times)


def bench_decode() -> tuple[float, float]:
    from peaq_os_sdk._generated import operations
    from peaq_os_sdk.orchestration._transport import _TransportBase

    transport = _TransportBase("http://127.0.0.1:1", api_key=None, verbose=False)
    op = operations.LIST_MACHINES
    sdk, raw = [], []
    transport._decode(op, json.loads(PAGE))
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        transport._decode(op, json.loads(PAGE))
        t1 = time.perf_counter()
        json.loads(PAGE)
        t2 = time.perf_counter()
        sdk.append(t1 - t0)
        raw.append(t2 - t1)
    return median_ms(sdk), median_ms(raw)


def bench_import() -> tuple[float, float]:
    code = (
        "import time; t0=time.perf_counter(); import peaq_os_sdk; t1=time.perf_counter(); "
        "c=peaq_os_sdk.PeaqosClient(orchestration_url='http://127.0.0.1:1'); c.orchestration; "
        "t2=time.perf_counter(); print((t1-t0)*1000, (t2-t1)*1000)"
    )
    imports, first_use = [], []
    # as users run it: bytecode caches on (this machine sets PYTHONDONTWRITEBYTECODE); one warm-up run
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=True, env=env)
    for _ in range(7):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        ).stdout.split()
        imports.append(float(out[0]))
        first_use.append(float(out[1]))
    return statistics.median(imports), statistics.median(first_use)


def main() -> int:
    sdk_ms, raw_ms = bench_end_to_end()
    mock_sdk_ms, mock_raw_ms = bench_against_mock()
    dec_ms, loads_ms = bench_decode()
    imp_ms, first_ms = bench_import()
    ratio = sdk_ms / raw_ms
    print(f"list_machines(limit={N_ITEMS}) over loopback, median of {ROUNDS} alternating calls:")
    print(f"  SDK          {sdk_ms:8.2f} ms")
    print(f"  raw httpx    {raw_ms:8.2f} ms   (httpx.Client.get(...).json())")
    print(f"  ratio        {ratio:8.2f}x   (target <= 1.50; the strict measure: no server work to hide behind)")
    print(f"the same against the stateful mock (500 verified machines, server time included), median of {ROUNDS // 2}:")
    print(f"  SDK {mock_sdk_ms:.2f} ms, raw httpx {mock_raw_ms:.2f} ms, ratio {mock_sdk_ms / mock_raw_ms:.2f}x")
    print(
        f"decode only, {N_ITEMS} machines: SDK {dec_ms:.2f} ms vs json.loads {loads_ms:.2f} ms "
        f"(+{dec_ms - loads_ms:.2f} ms, {(dec_ms - loads_ms) / N_ITEMS * 1000:.1f} µs per machine)"
    )
    print(f"import peaq_os_sdk: {imp_ms:.1f} ms; first client.orchestration access: {first_ms:.1f} ms (median of 7)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
