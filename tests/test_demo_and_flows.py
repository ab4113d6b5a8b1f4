"""The README's main job (the demo) runs as a test; the one-call flows work sync and async."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peaq_os_sdk.orchestration import DelegationPolicy, MarketSearchRequest, OrchestrationApiError, flows
from peaq_os_sdk.orchestration.signing import address_of
from tests.conftest import run
from tests.world import AGENT_KEY, CONTROLLER_KEY

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_end_to_end_and_exits_zero():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PEAQOS_")}
    proc = subprocess.run([sys.executable, "-m", "peaq_os_sdk.demo"], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = proc.stdout
    for fragment in ("Registered and activated the machine", "Enrolled a machine agent", "Paired an AI agent",
                     "Searched the market", "Submitted the on-chain payment proof", "HTTP 200; order delivered",
                     "payment released", "Submitted the x402 payment proof", "header PAYMENT-SIGNATURE",
                     "the x402 payment is settled", "AGENT_SPEND_LIMIT_EXCEEDED", "AGENT_POLICY_DENIED",
                     "Read the audit trail of the settled x402 order", "market_order.confirmed -> payment.release_pending",
                     "Fetched the order's run", "Checked readiness", "ready: store pass",
                     "Demo finished: every step succeeded."):
        assert fragment in out
    assert "pairing_token='[REDACTED]'" in out


def test_demo_fails_non_zero_against_a_dead_server():
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("PEAQOS_")},
           "PEAQOS_ORCHESTRATION_URL": "http://127.0.0.1:9"}
    proc = subprocess.run([sys.executable, "-m", "peaq_os_sdk.demo"], capture_output=True, text=True,
                          timeout=120, env=env, cwd=ROOT)
    assert proc.returncode != 0


def test_flows_register_pair_rotate_and_update_policy(world, mock):
    c = world.client
    ref = world.identity()
    m = flows.register_machine(c, identity_ref=ref, controller_key=CONTROLLER_KEY, display_name="r", owner_id="o",
                               machine_type="robot", runtime_profile="linux", labels={"site_id": "x"})
    assert m.status == "active" and m.labels == {"site_id": "x"} and m.identity_ref == ref
    p = flows.pair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="openai", agent_role="buyer")
    assert p.agent_address == address_of(AGENT_KEY) and p.pairing_token
    search = MarketSearchRequest(machine_id=m.id, service_type="defi")
    c.orchestration.search_market(search, p.pairing_token)
    rotated = flows.rotate_session(c, p, agent_key=AGENT_KEY)
    assert rotated.pairing_token and rotated.pairing_token != p.pairing_token
    with pytest.raises(OrchestrationApiError) as e:
        c.orchestration.search_market(search, p.pairing_token)
    assert e.value.code == "AGENT_AUTH_INVALID"
    updated = flows.update_delegation_policy(c, rotated, DelegationPolicy(per_transaction_limit=2.0), agent_key=AGENT_KEY)
    assert updated.delegation_policy.per_transaction_limit == 2.0
    c.orchestration.search_market(search, updated.pairing_token)
    with pytest.raises(OrchestrationApiError) as e:
        c.orchestration.search_market(search, rotated.pairing_token)
    assert e.value.code == "AGENT_AUTH_INVALID"


def test_async_flows(world, make_aclient):
    ref = world.identity()

    async def go():
        async with make_aclient() as c:
            m = await flows.aregister_machine(c, identity_ref=ref, controller_key=CONTROLLER_KEY, display_name="r",
                                              owner_id="o", machine_type="robot", runtime_profile="linux")
            p = await flows.apair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="openai", agent_role="buyer")
            r = await flows.arotate_session(c, p, agent_key=AGENT_KEY)
            u = await flows.aupdate_delegation_policy(c, r, DelegationPolicy(daily_spend_limit=3.0), agent_key=AGENT_KEY)
            return m, p, r, u

    m, p, r, u = run(go())
    assert m.status == "active"
    assert len({p.pairing_token, r.pairing_token, u.pairing_token}) == 3
    assert u.delegation_policy.daily_spend_limit == 3.0
