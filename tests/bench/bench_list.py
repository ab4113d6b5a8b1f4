"""SDK overhead against raw httpx, measured as ratios within one run (``make bench``).

Every figure is printed next to its raw-httpx reference from the same run (the machine may be shared
and noisy: absolute times drift between runs, ratios taken within one run much less):

1. Cold start: ``import peaq_os_sdk`` + the first client + the first ``client.orchestration`` (every
   group present), in fresh interpreters, vs ``import httpx`` alone; wall time and peak RSS.
2. Fixed page: ``list_machines(limit=500)`` vs ``httpx.Client.get(...).json()`` of the same page, both on
   kept-alive connections to a server (its own process) answering one pre-encoded 500-machine page (no
   server work to hide behind). Calls alternate; medians are compared.
3. The same against the stateful mock holding 500 verified machines (server time included).
4. Decode only: envelope + model decoding of the page vs ``json.loads`` of the same bytes.
5. Iteration: ``list_machines_all(limit=500)`` over 100,000 machines (200 pages) vs a raw httpx loop
   following the cursors; items/s and the peak RSS growth while iterating.
6. Async fan-out: 100 concurrent ``get_machine`` calls against a server that takes 20 ms per call, vs the
   same 100 awaited one after another; the raw ``httpx.AsyncClient`` fan-out alongside.
7. A new client's first call: ``PeaqosClient(...)``, one ``get_machine``, close, vs ``httpx.Client()``, one
   ``get().json()``, close (a program that makes a client per task or per tenant pays this every time).

``python tests/bench/bench_list.py --smoke`` runs every measurement at tiny sizes (what the test suite
does: the bench code runs and yields every figure; nothing is asserted about times).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass(frozen=True)
class Sizes:
    rounds: int = 60  # alternating calls per fixed-page comparison
    page: int = 500  # items per page
    cold_runs: int = 7  # fresh interpreters per cold-start figure
    iter_items: int = 100_000  # machines walked by the iteration figure
    iter_repeats: int = 3  # alternating SDK / raw walks
    fanout: int = 100  # concurrent get_machine calls
    latency_s: float = 0.020  # server time per get_machine
    fanout_repeats: int = 5
    fresh_clients: int = 30  # alternating new-client first calls


FULL = Sizes()
SMOKE = Sizes(
    rounds=2, page=5, cold_runs=1, iter_items=15, iter_repeats=1, fanout=4, latency_s=0.001, fanout_repeats=1,
    fresh_clients=2,
)


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


def page_bytes(n: int) -> bytes:
    return json.dumps({"items": [machine(i) for i in range(n)], "nextCursor": f"v1:{n}"}).encode()


def bench_app(n: int, total: int, latency_s: float) -> Any:
    """One pre-encoded ``n``-machine page: ``/machines`` answers it with a cursor until ``total`` items were
    served (``?cursor=v1:<offset>``); ``/machines/{id}`` answers one machine after ``latency_s`` (at once for an
    id starting ``now_``)."""
    from starlette.applications import Starlette
    from starlette.responses import Response
    from starlette.routing import Route

    items = json.dumps([machine(i) for i in range(n)]).encode()
    one = json.dumps({"item": machine(0)}).encode()

    async def page(request: Any) -> Response:
        cursor = request.query_params.get("cursor")
        offset = int(cursor.split(":")[1]) if cursor else 0
        nxt = offset + n
        tail = json.dumps(f"v1:{nxt}" if nxt < total else None).encode()
        return Response(b'{"items":' + items + b',"nextCursor":' + tail + b"}", media_type="application/json")

    async def get_one(request: Any) -> Response:
        if not request.path_params["machine_id"].startswith("now_"):
            await asyncio.sleep(latency_s)
        return Response(one, media_type="application/json")

    async def health(request: Any) -> Response:
        return Response(b'{"ok":true}', media_type="application/json")

    return Starlette(
        routes=[
            Route("/api/v1/machines", page),
            Route("/api/v1/machines/{machine_id}", get_one),
            Route("/health", health),
        ]
    )


@contextmanager
def serve(n: int, total: int, latency_s: float) -> Iterator[str]:
    """The bench server (:func:`bench_app`) in its own process, so it never competes with the client for the GIL."""
    from peaq_os_sdk.mock.server import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(port), str(n), str(total), str(latency_s)])
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(1000):
            try:
                httpx.get(url + "/health", timeout=0.5)
                break
            except httpx.HTTPError:
                if proc.poll() is not None:
                    raise RuntimeError("the bench server exited") from None
                time.sleep(0.02)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _serve_forever(port: int, n: int, total: int, latency_s: float) -> None:
    import uvicorn

    uvicorn.run(
        bench_app(n, total, latency_s), host="127.0.0.1", port=port, log_level="warning", lifespan="off", backlog=2048
    )


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _rss_mb() -> float:
    """Current resident set size (Linux /proc; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- 1. cold start ---------------------------------------------------------------------------------------
_COLD_SDK = (
    "import time, resource; t0 = time.perf_counter(); import peaq_os_sdk; "
    "c = peaq_os_sdk.PeaqosClient(orchestration_url='http://127.0.0.1:1'); c.orchestration; "
    "t1 = time.perf_counter(); print((t1 - t0) * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)
_COLD_HTTPX = (
    "import time, resource; t0 = time.perf_counter(); import httpx; t1 = time.perf_counter(); "
    "print((t1 - t0) * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)
_GROUPS = (
    "import sys, peaq_os_sdk; c = peaq_os_sdk.PeaqosClient(orchestration_url='http://127.0.0.1:1'); "
    "c.orchestration; from peaq_os_sdk._generated.decoders import GROUPS; "
    "print(len(GROUPS), sum(m.startswith('peaq_os_sdk._generated.groups.') for m in sys.modules))"
)


def bench_cold_start(sizes: Sizes) -> dict[str, float]:
    """Medians over fresh interpreters, SDK and ``import httpx`` alternating (bytecode caches on, as users run it)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def run(code: str) -> tuple[float, float]:
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
        ms, rss_kb = out.stdout.split()
        return float(ms), float(rss_kb) / 1024

    if sizes.cold_runs > 1:  # warm-up: bytecode caches and the page cache
        run(_COLD_SDK)
        run(_COLD_HTTPX)
    sdk, raw = [], []
    for _ in range(sizes.cold_runs):
        sdk.append(run(_COLD_SDK))
        raw.append(run(_COLD_HTTPX))
    groups, loaded = subprocess.run(
        [sys.executable, "-c", _GROUPS], capture_output=True, text=True, check=True, env=env
    ).stdout.split()
    return {
        "sdk_ms": statistics.median(s[0] for s in sdk),
        "sdk_rss_mb": statistics.median(s[1] for s in sdk),
        "httpx_ms": statistics.median(r[0] for r in raw),
        "httpx_rss_mb": statistics.median(r[1] for r in raw),
        "groups": float(groups),
        "groups_loaded": float(loaded),
    }


# ---- 2.-4. one page --------------------------------------------------------------------------------------
def bench_fixed_page(sizes: Sizes, url: str) -> dict[str, float]:
    from peaq_os_sdk import PeaqosClient

    sdk_times, raw_times, sdk_cpu, raw_cpu = [], [], [], []
    with PeaqosClient(orchestration_url=url) as client, httpx.Client() as raw:
        o = client.orchestration
        page = o.list_machines(limit=sizes.page)  # warm up both paths
        assert len(page.items) == sizes.page and page.items[0].identity_proof is not None
        raw.get(url + "/api/v1/machines", params={"limit": sizes.page}).json()
        for _ in range(sizes.rounds):
            c0, t0 = time.process_time(), time.perf_counter()
            o.list_machines(limit=sizes.page)
            c1, t1 = time.process_time(), time.perf_counter()
            raw.get(url + "/api/v1/machines", params={"limit": sizes.page}).json()
            c2, t2 = time.process_time(), time.perf_counter()
            sdk_times.append(t1 - t0)
            raw_times.append(t2 - t1)
            sdk_cpu.append(c1 - c0)
            raw_cpu.append(c2 - c1)
    # the client's own CPU time (the server runs in another process): steadier than wall time on a busy machine
    return {
        "sdk_ms": median_ms(sdk_times),
        "raw_ms": median_ms(raw_times),
        "sdk_cpu_ms": sum(sdk_cpu) * 1000 / len(sdk_cpu),
        "raw_cpu_ms": sum(raw_cpu) * 1000 / len(raw_cpu),
    }


def bench_against_mock(sizes: Sizes) -> dict[str, float]:
    """The same comparison against the stateful mock holding verified machines (server time included)."""
    from peaq_os_sdk import PeaqosClient
    from peaq_os_sdk.mock import MockConfig, MockServer

    with MockServer(MockConfig()) as server:
        with server.store.lock:
            for i in range(sizes.page):
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
            assert len(o.list_machines(limit=sizes.page).items) == sizes.page
            raw.get(server.url + "/api/v1/machines", params={"limit": sizes.page}).json()
            for _ in range(max(1, sizes.rounds // 2)):
                t0 = time.perf_counter()
                o.list_machines(limit=sizes.page)
                t1 = time.perf_counter()
                raw.get(server.url + "/api/v1/machines", params={"limit": sizes.page}).json()
                t2 = time.perf_counter()
                sdk_times.append(t1 - t0)
                raw_times.append(t2 - t1)
    return {"sdk_ms": median_ms(sdk_times), "raw_ms": median_ms(raw_times)}


def bench_decode(sizes: Sizes) -> dict[str, float]:
    from peaq_os_sdk._generated import operations
    from peaq_os_sdk.orchestration._transport import _TransportBase

    body = page_bytes(sizes.page)
    transport = _TransportBase("http://127.0.0.1:1", api_key=None, verbose=False)
    op = operations.LIST_MACHINES
    sdk, raw = [], []
    transport._decode(op, json.loads(body))
    for _ in range(sizes.rounds):
        t0 = time.perf_counter()
        transport._decode(op, json.loads(body))
        t1 = time.perf_counter()
        json.loads(body)
        t2 = time.perf_counter()
        sdk.append(t1 - t0)
        raw.append(t2 - t1)
    return {"sdk_ms": median_ms(sdk), "raw_ms": median_ms(raw), "items": float(sizes.page)}


# ---- 5. iteration ----------------------------------------------------------------------------------------
def bench_iteration(sizes: Sizes, url: str) -> dict[str, float]:
    """Walk every page, SDK and raw loop alternating; items/s are medians, RSS growth the worst SDK walk."""
    from peaq_os_sdk import PeaqosClient

    def raw_walk(raw: httpx.Client) -> int:
        n, cursor = 0, None
        while True:
            params: dict[str, Any] = {"limit": sizes.page}
            if cursor:
                params["cursor"] = cursor
            data = raw.get(url + "/api/v1/machines", params=params).json()
            for _item in data["items"]:
                n += 1
            cursor = data.get("nextCursor")
            if not cursor:
                return n

    def sdk_walk(client: PeaqosClient) -> tuple[int, float]:
        n, start, peak = 0, _rss_mb(), 0.0
        for _item in client.orchestration.list_machines_all(limit=sizes.page):
            n += 1
            if n % sizes.page == 0:
                peak = max(peak, _rss_mb() - start)
        return n, peak

    sdk_rates, raw_rates, growth = [], [], 0.0
    with PeaqosClient(orchestration_url=url) as client, httpx.Client() as raw:
        client.orchestration.list_machines(limit=sizes.page)  # warm up (connections, the machines group)
        raw.get(url + "/api/v1/machines", params={"limit": sizes.page}).json()
        for _ in range(sizes.iter_repeats):
            t0 = time.perf_counter()
            n_sdk, peak = sdk_walk(client)
            t1 = time.perf_counter()
            n_raw = raw_walk(raw)
            t2 = time.perf_counter()
            assert n_sdk == n_raw >= sizes.iter_items, (n_sdk, n_raw)
            sdk_rates.append(n_sdk / (t1 - t0))
            raw_rates.append(n_raw / (t2 - t1))
            growth = max(growth, peak)
    return {
        "sdk_items_s": statistics.median(sdk_rates),
        "raw_items_s": statistics.median(raw_rates),
        "rss_growth_mb": growth,
        "items": float(n_sdk),
    }


# ---- 6. async fan-out ------------------------------------------------------------------------------------
def bench_fanout(sizes: Sizes, url: str) -> dict[str, float]:
    from peaq_os_sdk import AsyncPeaqosClient

    async def main() -> dict[str, float]:
        # the raw reference is a default httpx.AsyncClient (100 connections, 20 of them kept alive)
        async with httpx.AsyncClient() as http, AsyncPeaqosClient(orchestration_url=url) as client:
            o = client.orchestration
            ids = [f"mach_{i:06d}" for i in range(sizes.fanout)]

            async def raw_one(mid: str) -> Any:
                return (await http.get(f"{url}/api/v1/machines/{mid}")).json()

            await asyncio.gather(*(o.get_machine(mid) for mid in ids))  # warm up: open every connection
            await asyncio.gather(*(raw_one(mid) for mid in ids))
            seq_t0 = time.perf_counter()
            for mid in ids:
                item = (await o.get_machine(mid)).item
            sequential = time.perf_counter() - seq_t0
            assert item.id == "mach_000000"
            concurrent, raw_concurrent, cpu, raw_cpu = [], [], [], []
            for _ in range(sizes.fanout_repeats):
                c0, t0 = time.process_time(), time.perf_counter()
                results = await asyncio.gather(*(o.get_machine(mid) for mid in ids))
                c1, t1 = time.process_time(), time.perf_counter()
                await asyncio.gather(*(raw_one(mid) for mid in ids))
                c2, t2 = time.process_time(), time.perf_counter()
                assert len(results) == sizes.fanout
                concurrent.append(t1 - t0)
                raw_concurrent.append(t2 - t1)
                cpu.append((c1 - c0) / sizes.fanout)
                raw_cpu.append((c2 - c1) / sizes.fanout)
            # the client's CPU per call bounds a fan-out once the server's latency is overlapped: on a busy
            # machine it is what the speed-up depends on, so it is reported too
            return {
                "sequential_ms": sequential * 1000,
                "concurrent_ms": median_ms(concurrent),
                "raw_concurrent_ms": median_ms(raw_concurrent),
                "calls": float(sizes.fanout),
                "cpu_per_call_ms": median_ms(cpu),
                "raw_cpu_per_call_ms": median_ms(raw_cpu),
            }

    return asyncio.run(main())


# ---- 7. a new client's first call ------------------------------------------------------------------------
def bench_fresh_client(sizes: Sizes, url: str) -> dict[str, float]:
    from peaq_os_sdk import PeaqosClient

    def sdk() -> None:
        with PeaqosClient(orchestration_url=url) as client:
            assert client.orchestration.get_machine("now_1").item.id == "mach_000000"

    def raw() -> None:
        with httpx.Client() as http:
            assert http.get(f"{url}/api/v1/machines/now_1").json()["item"]["id"] == "mach_000000"

    sdk()  # warm up: imports, the machines group, the process's first TLS trust store
    raw()
    sdk_times, raw_times = [], []
    for _ in range(sizes.fresh_clients):
        t0 = time.perf_counter()
        sdk()
        t1 = time.perf_counter()
        raw()
        t2 = time.perf_counter()
        sdk_times.append(t1 - t0)
        raw_times.append(t2 - t1)
    return {"sdk_ms": median_ms(sdk_times), "raw_ms": median_ms(raw_times)}


# ---- the run ---------------------------------------------------------------------------------------------
def run(sizes: Sizes) -> dict[str, dict[str, float]]:
    results = {"cold": bench_cold_start(sizes)}
    total = max(sizes.iter_items, sizes.page)
    with serve(sizes.page, total, sizes.latency_s) as url:
        results["fixed"] = bench_fixed_page(sizes, url)
        results["iteration"] = bench_iteration(sizes, url)
        results["fanout"] = bench_fanout(sizes, url)
        results["fresh"] = bench_fresh_client(sizes, url)
    results["mock"] = bench_against_mock(sizes)
    results["decode"] = bench_decode(sizes)
    return results


def report(r: dict[str, dict[str, float]], sizes: Sizes) -> list[str]:
    c, f, m, d, it, fo, fr = (r[k] for k in ("cold", "fixed", "mock", "decode", "iteration", "fanout", "fresh"))
    n = int(d["items"])
    return [
        f"cold start (import + first client + first .orchestration, {int(c['groups'])} groups in the package, "
        f"{int(c['groups_loaded'])} loaded), median of {sizes.cold_runs} fresh interpreters:",
        f"  SDK          {c['sdk_ms']:8.1f} ms  {c['sdk_rss_mb']:6.1f} MB peak RSS",
        f"  import httpx {c['httpx_ms']:8.1f} ms  {c['httpx_rss_mb']:6.1f} MB peak RSS",
        f"  ratio        {c['sdk_ms'] / c['httpx_ms']:8.2f}x  {c['sdk_rss_mb'] / c['httpx_rss_mb']:6.2f}x"
        "   (target: <= 0.20 s and <= 35 MB, or within 1.6x of import httpx)",
        f"list_machines(limit={n}) from a fixed pre-encoded page, median of {sizes.rounds} alternating calls:",
        f"  SDK          {f['sdk_ms']:8.2f} ms",
        f"  raw httpx    {f['raw_ms']:8.2f} ms   (httpx.Client.get(...).json())",
        f"  ratio        {f['sdk_ms'] / f['raw_ms']:8.2f}x   (target <= 1.50)",
        f"  client CPU per call (mean): SDK {f['sdk_cpu_ms']:.2f} ms, raw httpx {f['raw_cpu_ms']:.2f} ms, "
        f"ratio {f['sdk_cpu_ms'] / f['raw_cpu_ms']:.2f}x",
        f"the same against the stateful mock ({n} verified machines, server time included), "
        f"median of {max(1, sizes.rounds // 2)}:",
        f"  SDK {m['sdk_ms']:.2f} ms, raw httpx {m['raw_ms']:.2f} ms, ratio {m['sdk_ms'] / m['raw_ms']:.2f}x"
        "   (target <= 1.30)",
        f"decode only, {n} machines: SDK {d['sdk_ms']:.2f} ms vs json.loads {d['raw_ms']:.2f} ms "
        f"(+{d['sdk_ms'] - d['raw_ms']:.2f} ms, {(d['sdk_ms'] - d['raw_ms']) / n * 1000:.1f} µs per machine)",
        f"list_machines_all(limit={n}) over {int(it['items']):,} machines, median of {sizes.iter_repeats} "
        "alternating walks:",
        f"  SDK          {it['sdk_items_s']:10,.0f} items/s   peak RSS growth {it['rss_growth_mb']:.1f} MB",
        f"  raw httpx    {it['raw_items_s']:10,.0f} items/s   (get + json + follow nextCursor)",
        f"  ratio        {it['raw_items_s'] / it['sdk_items_s']:10.2f}x   (target >= 100,000 items/s and <= 1.50x)",
        f"async fan-out: {int(fo['calls'])} get_machine calls, server latency {sizes.latency_s * 1000:.0f} ms:",
        f"  sequential   {fo['sequential_ms']:8.1f} ms",
        f"  concurrent   {fo['concurrent_ms']:8.1f} ms   speed-up {fo['sequential_ms'] / fo['concurrent_ms']:.1f}x"
        "   (target >= 15x)",
        f"  raw httpx    {fo['raw_concurrent_ms']:8.1f} ms   concurrent (httpx.AsyncClient), "
        f"ratio {fo['concurrent_ms'] / fo['raw_concurrent_ms']:.2f}x",
        f"  client CPU per call: SDK {fo['cpu_per_call_ms']:.2f} ms, raw httpx {fo['raw_cpu_per_call_ms']:.2f} ms "
        f"(ratio {fo['cpu_per_call_ms'] / fo['raw_cpu_per_call_ms']:.2f}x)",
        f"a new client's first call (create, one get_machine, close), median of {sizes.fresh_clients} alternating:",
        f"  SDK {fr['sdk_ms']:.2f} ms, raw httpx {fr['raw_ms']:.2f} ms (new httpx.Client, get, json, close), "
        f"ratio {fr['sdk_ms'] / fr['raw_ms']:.2f}x",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smoke", action="store_true", help="tiny sizes: check that every figure is produced")
    ap.add_argument("--json", metavar="PATH", help="also write the raw figures as JSON")
    ap.add_argument("--serve", nargs=4, metavar=("PORT", "N", "TOTAL", "LATENCY"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.serve:
        port, n, total, latency = args.serve
        _serve_forever(int(port), int(n), int(total), float(latency))
        return 0
    sizes = SMOKE if args.smoke else FULL
    results = run(sizes)
    print("\n".join(report(results, sizes)))
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(results, fh, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
