"""The mock as users run it: the CLI, the admin routes, root health, owner-scoped token views."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

from peaq_os_sdk.mock.server import free_port
from peaq_os_sdk.orchestration import CreateMarketOrderRequest
from peaq_os_sdk.orchestration.signing import address_of
from tests.world import OTHER_KEY, wait_until_serving
from tests import _oneshot as oneshot


def test_cli_serves_the_api_and_honours_switches():
    port = free_port()
    env = {**os.environ, "PEAQOS_REQUIRE_API_AUTH": "true", "PEAQOS_API_KEYS": "k1"}
    proc = subprocess.Popen([sys.executable, "-m", "peaq_os_sdk.mock", "--host", "127.0.0.1", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base)
        assert oneshot.get(base + "/api/v1/health").json() == {"ok": True}
        denied = oneshot.get(base + "/api/v1/machines")
        assert denied.status_code == 401 and denied.json()["error"]["code"] == "AUTH_REQUIRED"
        ok = oneshot.get(base + "/api/v1/machines", headers={"x-api-key": "k1"})
        assert ok.status_code == 200 and ok.json() == {"items": []}
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_admin_routes_seed_identity_move_clock_and_show_requests(mock):
    base = mock.url
    r = oneshot.post(base + "/_mock/identities", json={"tokenId": "77", "controllerAddresses": [address_of(OTHER_KEY)]})
    assert r.status_code == 201 and r.json()["item"]["identityRef"] == "did:peaq:77"
    bad = oneshot.post(base + "/_mock/identities", json={"tokenId": "78", "controllerAddresses": ["nope"]})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "VALIDATION_ERROR"
    upd = oneshot.patch(base + "/_mock/identities/77", json={"activated": False})
    assert upd.json()["item"]["activated"] is False
    before = mock.store.now()
    assert oneshot.post(base + "/_mock/clock", json={"advanceSeconds": 3600}).status_code == 200
    assert (mock.store.now() - before).total_seconds() >= 3600
    oneshot.get(base + "/api/v1/machines", headers={"x-api-key": "secret-key-value"})
    seen = oneshot.get(base + "/_mock/requests").json()["items"]
    assert seen[-1]["path"] == "/api/v1/machines" and seen[-1]["headers"]["x-api-key"] == "[REDACTED]"
    assert oneshot.post(base + "/_mock/faults", json={"mcrUnavailable": True}).json()["mcrUnavailable"] is True
    assert oneshot.post(base + "/_mock/reset").status_code == 204
    assert mock.store.identities == {} and mock.store.faults["mcrUnavailable"] is False


def test_unknown_routes_answer_in_the_error_envelope(mock):
    r = oneshot.get(mock.url + "/api/v1/nope")
    assert r.status_code == 404 and r.json()["error"]["code"] == "NOT_FOUND"
    r = oneshot.put(mock.url + "/api/v1/machines")
    assert r.status_code == 405 and r.json()["error"]["code"] == "METHOD_NOT_ALLOWED"


def test_pairing_token_on_order_read_is_owner_scoped(world):
    m = world.active_machine()
    p1, t1 = world.pairing(m)
    p2, t2 = world.pairing(m, key=OTHER_KEY)
    order = world.o.create_market_order(
        CreateMarketOrderRequest(machine_id=m.id, agent_pairing_id=p1.id, service_id="svc-price-basic"), t1).item
    url = f"{world.mock.url}/api/v1/market/orders/{order.id}"
    assert oneshot.get(url, headers={"x-agent-pairing-token": t1}).status_code == 200
    other = oneshot.get(url, headers={"x-agent-pairing-token": t2})
    assert other.status_code == 404 and other.json()["error"]["code"] == "NOT_FOUND"
    forged = oneshot.get(url, headers={"x-agent-pairing-token": t1[:-4] + "AAAA"})
    assert forged.status_code == 401 and forged.json()["error"]["code"] == "AGENT_AUTH_INVALID"
    assert oneshot.get(url).status_code == 200  # platform view (API auth off)


def test_cursor_pagination_is_stable_over_thousands_of_records(mock, client):
    def record(i: int) -> dict:
        return {"id": f"mach_{i:05d}", "displayName": f"m{i}", "status": "draft", "ownerId": "o", "machineType": "t",
                "runtimeProfile": "r", "capabilities": [], "labels": {}, "policyIds": [], "skillKeys": [],
                "createdAt": "2026-01-01T00:00:00.000Z", "updatedAt": "2026-01-01T00:00:00.000Z",
                "identityRef": None, "identityProof": None}

    mock.config.machine_identity_verification = False
    with mock.store.lock:
        for i in range(2500):
            mock.store.machines.add(record(i))
    seen = []
    for n, m in enumerate(client.orchestration.list_machines_all(limit=97)):
        seen.append(m.id)
        if n == 1000:  # records created mid-walk land after the cursor, once
            with mock.store.lock:
                mock.store.machines.add(record(9999))
        if n == 1500:  # archiving one not yet seen hides it without shifting the pages
            with mock.store.lock:
                mock.store.machines.get("mach_02000")["status"] = "archived"
    assert len(seen) == len(set(seen)) == 2500
    assert seen[:3] == ["mach_00000", "mach_00001", "mach_00002"] and seen[-1] == "mach_09999"
    assert "mach_02000" not in seen
    pages = [r for r in mock.requests if r["operationId"] == "listMachines"]
    assert len(pages) == 26 and all(p["query"]["limit"] == "97" for p in pages)
