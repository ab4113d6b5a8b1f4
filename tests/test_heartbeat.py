"""The machine-agent heartbeat in detail: where the agent token may ride, what the answer and the stored
endpoint record hold, and what a refused heartbeat names.

The SDK always sends ``agentToken`` in the body (x-sdk-required); the server also accepts it as
``x-agent-pairing-token`` or ``Authorization: Bearer`` (spec), so those paths are driven over raw HTTP.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.test_rules import QVAC_URL, Ctx, ctx, expect, hb_req  # noqa: F401
from tests import _oneshot as oneshot

PATH = "/api/v1/machine-agents/heartbeat"


def _raw(ctx: Ctx, agent: Any, headers: dict[str, str], *, token_in_body: bool = False) -> httpx.Response:
    body: dict[str, Any] = {
        "machineId": agent.machine_id,
        "agentId": agent.id,
        "endpoints": [{"providerKey": "qvac", "endpointBaseUrl": QVAC_URL}],
    }
    if token_in_body:
        body["agentToken"] = agent.provisioning_token
    return oneshot.post(ctx.mock.url + PATH, json=body, headers=headers, timeout=30)


@pytest.mark.parametrize(
    "where",
    ["body", "x-agent-pairing-token", "Authorization: Bearer", "Authorization: bearer (any case)"],
)
def test_agent_token_may_ride_in_the_body_or_either_header(ctx: Ctx, where: str) -> None:
    _, agent = ctx.enrolled()
    token = agent.provisioning_token
    assert token
    headers = {
        "body": {},
        "x-agent-pairing-token": {"x-agent-pairing-token": token},
        "Authorization: Bearer": {"authorization": f"Bearer {token}"},
        "Authorization: bearer (any case)": {"authorization": f"bEaReR   {token}"},
    }[where]
    r = _raw(ctx, agent, headers, token_in_body=where == "body")
    assert r.status_code == 200, r.text
    assert r.json()["item"]["agentId"] == agent.id


@pytest.mark.parametrize(
    "headers",
    [{}, {"authorization": "Basic abc"}, {"authorization": "Bearer"}, {"authorization": "Bearer wrong-token"}],
    ids=["none", "basic", "empty-bearer", "wrong-bearer"],
)
def test_heartbeat_without_a_usable_token_is_refused(ctx: Ctx, headers: dict[str, str]) -> None:
    _, agent = ctx.enrolled()
    r = _raw(ctx, agent, headers)
    code = "AGENT_AUTH_INVALID" if headers.get("authorization", "").startswith("Bearer w") else "AGENT_AUTH_REQUIRED"
    assert (r.status_code, r.json()["error"]["code"]) == (401, code)


def test_answer_and_stored_records(ctx: Ctx) -> None:
    m, agent = ctx.enrolled()
    before = ctx.o.list_machine_agents(m.id).items[0]
    hb = ctx.o.machine_agent_heartbeat(hb_req(agent, lease=45))
    assert ctx.mock.requests[-1]["operationId"] == "machineAgentHeartbeat"
    assert [(e.provider_key, e.status, e.health_error) for e in hb.endpoints] == [("qvac", "active", None)]
    ep = ctx.o.get_runtime_endpoint(m.id, "qvac").item
    assert (ep.last_checked_at, ep.last_healthy_at, ep.status) == (hb.observed_at, hb.observed_at, "active")
    assert ep.lease_expires_at == hb.endpoints[0].lease_expires_at
    after = ctx.o.list_machine_agents(m.id).items[0]
    assert after.updated_at == hb.observed_at
    assert after.last_seen_at == hb.observed_at


def test_status_is_200(ctx: Ctx) -> None:
    _, agent = ctx.enrolled()
    assert _raw(ctx, agent, {}, token_in_body=True).status_code == 200


def test_refused_provider_is_named_in_the_details(ctx: Ctx) -> None:
    _, agent = ctx.enrolled(allowed_provider_keys=["ollama"])
    err = expect("AGENT_POLICY_DENIED", ctx.o.machine_agent_heartbeat, hb_req(agent))
    assert err.details == {"provider_key": "[REDACTED]"}  # the SDK redacts by name ("key"); the server names it
    r = _raw(ctx, agent, {}, token_in_body=True)
    assert r.json()["error"]["details"] == {"providerKey": "qvac"}
