"""Records the simulator keeps outside orders: runtime endpoints written by hand, skill configuration,
policy ids, revoked agents, the mock's identity registry and what a lookup that misses names.

Several of these are read over raw HTTP: the SDK redacts detail keys that look like credentials
(``skillKey``), and the status code of an answer is not part of an SDK result.
"""

from __future__ import annotations

import httpx
import pytest

from peaq_os_sdk.orchestration import UpdateSkillConfigRequest, UpsertRuntimeEndpointRequest
from tests.test_rules import QVAC_URL, Ctx, ctx, expect  # noqa: F401
from tests.test_rules_observability import policy


def _put_endpoint(ctx: Ctx, machine_id: str, body: dict[str, object]) -> httpx.Response:
    return httpx.put(f"{ctx.mock.url}/api/v1/machines/{machine_id}/runtime-endpoints/qvac", json=body, timeout=30)


def test_runtime_endpoint_upsert_creates_then_updates(ctx: Ctx) -> None:
    m = ctx.active()
    first = ctx.o.upsert_runtime_endpoint(m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL))
    assert ctx.mock.requests[-1]["status"] == 201  # created
    second = ctx.o.upsert_runtime_endpoint(
        m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL, label="renamed")
    )
    assert ctx.mock.requests[-1]["status"] == 200  # the same record, updated
    assert (second.item.id, second.item.label) == (first.item.id, "renamed")
    assert len(ctx.o.list_runtime_endpoints(m.id).items) == 1


@pytest.mark.parametrize("lease", ["tomorrow", "2026-12-01T10:00:00"])
def test_runtime_endpoint_lease_must_be_a_zoned_date_time(ctx: Ctx, lease: object) -> None:
    m = ctx.active()
    r = _put_endpoint(ctx, m.id, {"endpointBaseUrl": QVAC_URL, "leaseExpiresAt": lease})
    assert r.status_code == 400, r.text
    err = r.json()["error"]
    assert (err["code"], err["details"]) == ("VALIDATION_ERROR", {"field": "leaseExpiresAt"})
    assert _put_endpoint(ctx, m.id, {"endpointBaseUrl": QVAC_URL, "leaseExpiresAt": "2099-01-01T00:00:00Z"}).is_success


def test_skill_config_starts_disabled(ctx: Ctx) -> None:
    cfg = ctx.o.update_skill_config("storage.object", UpdateSkillConfigRequest(settings={"bucket": "b"})).item
    assert (cfg.enabled, cfg.has_credentials, cfg.settings) == (False, False, {"bucket": "b"})
    on = ctx.o.update_skill_config("storage.object", UpdateSkillConfigRequest(enabled=True)).item
    assert (on.enabled, on.settings) == (True, {"bucket": "b"})


def test_lookups_that_miss_name_the_kind_and_the_key(ctx: Ctx) -> None:
    r = httpx.get(f"{ctx.mock.url}/api/v1/skills/no.such-skill", timeout=30)
    err = r.json()["error"]
    assert (r.status_code, err["code"], err["details"]) == (404, "NOT_FOUND", {"skillKey": "no.such-skill"})
    assert err["message"] == "skill not found"


def test_policy_ids_are_pol_prefixed_and_distinct(ctx: Ctx) -> None:
    a, b = policy(ctx), policy(ctx)
    assert a.id.startswith("pol_") and b.id.startswith("pol_") and a.id != b.id


def test_revoking_an_agent_stamps_it(ctx: Ctx) -> None:
    m, agent = ctx.enrolled()
    ctx.mock.advance_clock(60)
    ctx.o.revoke_machine_agent(m.id, agent.id)
    (after,) = ctx.o.list_machine_agents(m.id).items
    assert after.status == "revoked" and after.updated_at > agent.updated_at  # same ISO format: ordered as text


def test_the_mock_identity_registry_refuses_an_unknown_identity(ctx: Ctx) -> None:
    r = httpx.patch(f"{ctx.mock.url}/_mock/identities/did:peaq:999999", json={"activated": False}, timeout=30)
    assert (r.status_code, r.json()["error"]["code"]) == (404, "NOT_FOUND")


def test_endpoint_update_keeps_what_it_does_not_restate(ctx: Ctx) -> None:
    m = ctx.active()
    first = UpsertRuntimeEndpointRequest(
        endpoint_base_url=QVAC_URL, auth_type="api-key", network_scope="vpn", probe_path="/ping", model_alias="m1"
    )
    ctx.o.upsert_runtime_endpoint(m.id, "qvac", first)
    again = ctx.o.upsert_runtime_endpoint(m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL)).item
    assert (again.auth_type, again.network_scope, again.probe_path, again.model_alias) == (
        "api-key",
        "vpn",
        "/ping",
        "m1",
    )


@pytest.mark.parametrize(
    ("url", "scope"),
    [
        ("http://localhost:8080", "loopback"),
        ("http://127.0.0.1:8080", "loopback"),
        ("http://10.1.2.3:8080", "lan"),
        ("http://192.168.1.9", "lan"),
        ("https://8.8.8.8", "public"),
        ("https://runtime.example.com", "public"),
    ],
)
def test_endpoint_network_scope_follows_the_host(ctx: Ctx, url: str, scope: str) -> None:
    m = ctx.active()
    ep = ctx.o.upsert_runtime_endpoint(m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=url)).item
    assert ep.network_scope == scope
