"""A bounded load test on loopback against the mock: nothing lost, nothing duplicated, no errors.

8 threads share one ``PeaqosClient`` (its transport is created lazily under contention) and each
makes a fixed, deterministic mix of 50 calls: catalogue and record reads plus order + payment-intent
writes. Afterwards every created order must appear exactly once in ``list_market_orders_all`` and
the server must have seen exactly one create per call; then concurrent payment intents on the same
order must all name one payment. A hard time cap keeps it bounded; the figures are printed.
"""

from __future__ import annotations

import asyncio
import statistics
import threading
import time
from collections import Counter

import pytest

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.orchestration import CreateMarketOrderRequest, CreatePaymentIntentRequest

THREADS = 8
PER_THREAD = 50
TIME_CAP_S = 20.0
MIX = (
    "order",
    "intent",
    "list_services",
    "get_machine",
    "get_order",
    "get_payment",
    "list_orders",
    "order",
    "get_service",
    "get_skill",
)
"""Ten-step cycle per thread: 2 order creates + 1 payment intent (writes) and 7 reads."""


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


@pytest.mark.slow
def test_bounded_mixed_load_loses_and_duplicates_nothing(world, mock, capsys):
    machine = world.active_machine()
    pairing, token = world.pairing(machine)
    client = PeaqosClient(orchestration_url=mock.url)  # fresh: first access to .orchestration happens in the threads
    start_gate = threading.Barrier(THREADS)
    deadline = time.monotonic() + TIME_CAP_S
    lock = threading.Lock()
    latencies: list[float] = []
    errors: list[str] = []
    created: list[str] = []
    intents: dict[str, str] = {}
    transports: set[int] = set()
    calls = Counter[str]()

    def order_request() -> CreateMarketOrderRequest:
        return CreateMarketOrderRequest(
            machine_id=machine.id, agent_pairing_id=pairing.id, service_id="svc-price-basic", input={"pair": "PEAQ/USD"}
        )

    def worker(n: int) -> None:
        start_gate.wait(5)
        o = client.orchestration
        with lock:
            transports.add(id(client._transport))
        mine: list[str] = []
        for i in range(PER_THREAD):
            if time.monotonic() > deadline:
                with lock:
                    errors.append("time cap reached")
                return
            step = MIX[(i + n) % len(MIX)]
            t0 = time.perf_counter()
            try:
                if step == "order":
                    oid = o.create_market_order(order_request(), token).item.id
                    mine.append(oid)
                    with lock:
                        created.append(oid)
                elif step == "intent":
                    target = mine[-1] if mine else o.create_market_order(order_request(), token).item.id
                    if not mine:
                        mine.append(target)
                        with lock:
                            created.append(target)
                    pay = o.create_payment_intent(target, CreatePaymentIntentRequest(), token).item
                    with lock:
                        intents.setdefault(target, pay.id)
                        assert intents[target] == pay.id
                elif step == "list_services":
                    assert o.list_market_services(limit=5).items
                elif step == "get_machine":
                    assert o.get_machine(machine.id).item.id == machine.id
                elif step == "get_order" and mine:
                    assert o.get_market_order(mine[-1]).item.id == mine[-1]
                elif step == "get_payment" and mine:
                    o.get_market_payment(mine[-1])
                elif step == "list_orders":
                    o.list_market_orders(machine_id=machine.id, limit=20)
                elif step == "get_service":
                    assert o.get_market_service("svc-price-basic").item.id == "svc-price-basic"
                elif step == "get_skill":
                    assert o.get_skill("oracle.price-feed").item.key == "oracle.price-feed"
                else:  # a record read before this thread created anything: read the catalogue instead
                    o.list_skills(limit=2)
            except Exception as e:  # noqa: BLE001 - counted, reported by type only
                with lock:
                    errors.append(f"{step}: {type(e).__name__}")
            finally:
                with lock:
                    latencies.append(time.perf_counter() - t0)
                    calls[step] += 1

    seen_before = len(mock.requests)
    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(n,), daemon=True) for n in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(max(0.0, deadline - time.monotonic()) + 1)
    wall = time.perf_counter() - started
    assert not any(t.is_alive() for t in threads), "load test exceeded its time cap"

    # phase 2: concurrent payment intents on the same fresh order are idempotent
    o = client.orchestration
    fresh = [o.create_market_order(order_request(), token).item.id for _ in range(6)]
    created.extend(fresh)
    same: dict[str, set[str]] = {oid: set() for oid in fresh}

    def intent(oid: str) -> None:
        t0 = time.perf_counter()
        try:
            pid = o.create_payment_intent(oid, CreatePaymentIntentRequest(), token).item.id
            with lock:
                same[oid].add(pid)
        except Exception as e:  # noqa: BLE001
            with lock:
                errors.append(f"concurrent intent: {type(e).__name__}")
        finally:
            with lock:
                latencies.append(time.perf_counter() - t0)
                calls["concurrent_intent"] += 1

    racers = [threading.Thread(target=intent, args=(oid,), daemon=True) for oid in fresh for _ in range(THREADS)]
    for t in racers:
        t.start()
    for t in racers:
        t.join(10)

    # phase 3: a burst of async calls on one AsyncPeaqosClient
    async def burst() -> int:
        async with AsyncPeaqosClient(orchestration_url=mock.url) as ac:
            results = await asyncio.gather(*[ac.orchestration.get_market_order(oid) for oid in created[:64]])
            return sum(1 for r, oid in zip(results, created[:64], strict=True) if r.item.id == oid)

    async_ok = asyncio.run(burst())
    listed = [x.id for x in o.list_market_orders_all(machine_id=machine.id, limit=37)]
    server_creates = len(world.requests_for("createMarketOrder"))
    server_intents = len(world.requests_for("createPaymentIntent"))

    total = len(mock.requests) - seen_before  # every HTTP request the server saw during the three phases
    p50, p99 = _percentile(latencies, 0.50) * 1000, _percentile(latencies, 0.99) * 1000
    with capsys.disabled():
        print(
            f"\n[load] threads={THREADS} x {PER_THREAD} + {len(fresh) * THREADS} concurrent intents "
            f"+ {async_ok} async: requests={total} errors={len(errors)} orders={len(created)} "
            f"p50={p50:.1f}ms p99={p99:.1f}ms mean={statistics.mean(latencies) * 1000:.1f}ms wall={wall:.2f}s "
            f"throughput={sum(calls.values()) / wall:.0f} req/s"
        )

    assert errors == [], errors[:10]
    assert len(transports) == 1  # the lazily created transport was created once, under contention
    assert sum(calls.values()) == THREADS * PER_THREAD + len(fresh) * THREADS
    assert async_ok == min(64, len(created))
    # nothing lost, nothing duplicated
    counts = Counter(listed)
    assert len(created) == len(set(created))
    assert all(n == 1 for n in counts.values())
    assert set(listed) == set(created)
    assert server_creates == len(created)  # one request per create: no retries, no duplicates
    # idempotent payment intents under concurrency: one payment per order, whoever won the race
    assert all(len(ids) == 1 for ids in same.values())
    for oid, ids in same.items():
        assert o.get_market_payment(oid).item.id in ids
    assert server_intents == calls["intent"] + len(fresh) * THREADS
    assert wall < TIME_CAP_S
    client.close()
