"""Cost of the audit trail per write, against store size (run by hand: ``python tests/bench/bench_audit.py``).

Every write request runs through ``ObservabilityRules.run_operation``, which records one audit event per state
change. The simulator is driven in-process (no HTTP), so the figures are the rule plus its audit bookkeeping.
For each store size the store is filled with machines and policies through the rules themselves (without the
audit step, which would make filling quadratic before the change tracking), then writes
that touch one record (``updatePolicy``, ``updateMachine``) and one that creates a record (``createPolicy``) are
timed; the median per write is printed, and the ratio of the largest size to the smallest. A per-write cost that
does not grow with the store gives a ratio near 1.
"""

from __future__ import annotations

import statistics
import sys
import time
from typing import Any

from peaq_os_sdk.mock import MockConfig, create_app
from peaq_os_sdk.mock.simulator import Call, Simulator

SIZES = (1_000, 10_000)
WRITES = 200


def call(sim: Simulator, op_id: str, body: Any = None, *, audit: bool = True, **path: str) -> Any:
    """One write as the app runs it (``audit=False``: the rule alone, to fill the store quickly)."""
    c = Call(op=sim.spec.by_id[op_id], path=path, query={}, body=body, headers={})
    with sim.store.lock:
        handler = getattr(sim, op_id)
        status, payload = sim.run_operation(c, handler) if audit else handler(c)
    assert status < 300, (op_id, status, payload)
    return payload


def fill(sim: Simulator, n: int) -> tuple[list[str], list[str]]:
    machines, policies = [], []
    for i in range(n // 2):
        policy = call(sim, "createPolicy", {"name": f"p{i}", "deniedSkillKeys": ["x"]}, audit=False)
        policies.append(policy["item"]["id"])
        body = {"displayName": f"m{i}", "ownerId": "o", "machineType": "robot", "runtimeProfile": "linux"}
        machines.append(call(sim, "createMachine", {**body, "labels": {"i": str(i)}}, audit=False)["item"]["id"])
    return machines, policies


def writes(sim: Simulator, machines: list[str], policies: list[str]) -> dict[str, Any]:
    return {
        "updatePolicy": lambda i: call(sim, "updatePolicy", {"name": f"v{i}"}, policyId=policies[i % len(policies)]),
        "updateMachine": lambda i: call(
            sim, "updateMachine", {"displayName": f"v{i}"}, machineId=machines[i % len(machines)]
        ),
        "createPolicy": lambda i: call(sim, "createPolicy", {"name": f"new{i}"}),
    }


def median_ms(fn: Any) -> float:
    times = []
    for i in range(WRITES):
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    results: dict[str, dict[int, float]] = {}
    for n in SIZES:
        sim = create_app(MockConfig(machine_identity_verification=False)).state.sim
        machines, policies = fill(sim, n)
        call(sim, "createPolicy", {"name": "warm-up"})  # the first audited write takes in the filled store
        events = len(sim.store.audit_events)
        timed = writes(sim, machines, policies)
        for name, fn in timed.items():
            results.setdefault(name, {})[n] = median_ms(fn)
        assert len(sim.store.audit_events) == events + len(timed) * WRITES  # one event per write
        print(f"{n:>6} records: " + ", ".join(f"{k} {v[n]:.3f} ms" for k, v in results.items()), flush=True)
    lo, hi = SIZES[0], SIZES[-1]
    for name, by_size in results.items():
        print(f"{name}: {hi} vs {lo} records = {by_size[hi] / by_size[lo]:.2f}x per write")


if __name__ == "__main__":
    sys.exit(main())
