"""Exact boundaries of the time and money rules, with the mock's clock frozen.

Expiry instants — identity and pairing challenges, quotes, pairing tokens, endpoint leases — are checked
one millisecond before, exactly at, and one millisecond after the instant the server advertised: the
thing is valid strictly before its ``expires_at`` and expired from that instant on (the spec's choice).
Spend limits are checked exactly at the per-transaction and daily limits (inclusive), just over them, and
at the edges of the rolling 24-hour window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.orchestration import (
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingRequest,
    CreateMachineIdentityChallengeRequest,
    CreateMachineRequest,
    DelegationPolicy,
    MarketSearchRequest,
)
from peaq_os_sdk.orchestration.signing import address_of, sign_identity_challenge, sign_pairing_challenge
from tests.test_rules import CONSOLE, PRICE_BASIC, PRICE_PRO, RTK, Ctx, ctx, expect, hb_req  # noqa: F401
from tests.world import AGENT_KEY, CONTROLLER_KEY

MS = timedelta(milliseconds=1)
WHEN = {"1ms-before": -MS, "exactly-at": timedelta(0), "1ms-after": MS}
EXPIRED = {"1ms-before": False, "exactly-at": True, "1ms-after": True}
# a start with a fractional second, so an instant rounded or truncated anywhere shows up as an off-by-some-ms
START = datetime(2026, 5, 1, 12, 0, 0, 456_789, tzinfo=timezone.utc)


class FrozenClock:
    def __init__(self, now: datetime) -> None:
        self.at = now

    def now(self) -> datetime:
        return self.at

    def set(self, when: datetime) -> None:
        self.at = when

    def advance(self, delta: timedelta) -> None:
        self.at += delta


@pytest.fixture
def clock(mock: MockServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[FrozenClock]:
    frozen = FrozenClock(START)
    monkeypatch.setattr(mock.store, "now", frozen.now)
    yield frozen


def instant(iso: str | None) -> datetime:
    assert iso is not None
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def at_boundary(clock: FrozenClock, iso: str | None, when: str, call: Callable[[], Any], code: str) -> None:
    clock.set(instant(iso) + WHEN[when])
    if EXPIRED[when]:
        expect(code, call)
    else:
        call()


# ---- expiry instants -------------------------------------------------------------------------------------
@pytest.mark.parametrize("when", WHEN)
def test_identity_challenge_expiry(ctx: Ctx, clock: FrozenClock, when: str) -> None:
    ref = ctx.w.identity()
    challenge = ctx.o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(identity_ref=ref)).item
    params = CreateMachineRequest(
        display_name="r", owner_id="o", machine_type="robot", runtime_profile="linux", identity_ref=ref,
        identity_proof=sign_identity_challenge(challenge, CONTROLLER_KEY),
    )  # fmt: skip
    at_boundary(
        clock, challenge.expires_at, when, lambda: ctx.o.create_machine(params), "MACHINE_IDENTITY_PROOF_EXPIRED"
    )


@pytest.mark.parametrize("when", WHEN)
def test_pairing_challenge_expiry(ctx: Ctx, clock: FrozenClock, when: str) -> None:
    m = ctx.active()
    addr = address_of(AGENT_KEY)
    binding = {"agent_address": addr, "agent_provider": "anthropic", "agent_role": "buyer"}
    challenge = ctx.o.create_agent_pairing_challenge(m.id, CreateAgentPairingChallengeRequest(**binding)).item
    params = CreateAgentPairingRequest(**binding, agent_proof=sign_pairing_challenge(challenge, AGENT_KEY))
    at_boundary(
        clock,
        challenge.expires_at,
        when,
        lambda: ctx.o.create_agent_pairing(m.id, params),
        "AGENT_PAIRING_PROOF_EXPIRED",
    )


@pytest.mark.parametrize("when", WHEN)
def test_pairing_token_expiry(ctx: Ctx, clock: FrozenClock, when: str) -> None:
    mk = ctx.market()
    search = MarketSearchRequest(machine_id=mk.m.id, agent_pairing_id=mk.p.id, service_type="defi")
    at_boundary(clock, mk.p.session_expires_at, when, lambda: ctx.o.search_market(search, mk.tok), "AGENT_AUTH_EXPIRED")


@pytest.mark.parametrize("when", WHEN)
def test_quote_expiry(ctx: Ctx, clock: FrozenClock, when: str) -> None:
    mk = ctx.market()
    search = mk.search("defi")
    quote = next(q for q in search.quotes if q.service_id == PRICE_PRO)
    req = mk.order_req(PRICE_PRO, quote_id=quote.id, search_id=search.id)
    at_boundary(clock, quote.expires_at, when, lambda: ctx.o.create_market_order(req, mk.tok), "QUOTE_EXPIRED")


@pytest.mark.parametrize("when", WHEN)
def test_endpoint_lease_expiry(ctx: Ctx, clock: FrozenClock, when: str) -> None:
    m, agent = ctx.enrolled()
    hb = ctx.o.machine_agent_heartbeat(hb_req(agent, lease=30))
    lease = hb.endpoints[0].lease_expires_at
    clock.set(instant(lease) + WHEN[when])
    status = ctx.o.get_runtime_endpoint(m.id, "qvac").item.status
    assert status == ("unreachable" if EXPIRED[when] else "active")
    assert [e.status for e in ctx.o.list_runtime_endpoints(m.id).items] == [status]


# ---- spend limits -------------------------------------------------------------------------------------------
def test_per_transaction_limit_is_inclusive(ctx: Ctx, clock: FrozenClock) -> None:
    mk = ctx.market(DelegationPolicy(per_transaction_limit=2.0, currency="USD"))
    assert mk.order(RTK).budget.amount == 2.0  # type: ignore[union-attr]  # exactly at the limit
    assert mk.order(CONSOLE).status == "created"  # 1.5: under it
    mk2 = ctx.market(DelegationPolicy(per_transaction_limit=1.99, currency="USD"))
    expect("AGENT_SPEND_LIMIT_EXCEEDED", mk2.order, RTK)  # 0.01 over


def test_daily_limit_is_inclusive_and_the_window_is_24_hours(ctx: Ctx, clock: FrozenClock) -> None:
    mk = ctx.market(DelegationPolicy(daily_spend_limit=3.5, currency="USD"))
    first = clock.now()
    mk.order(RTK)  # 2.0
    clock.advance(timedelta(minutes=30))
    mk.order(CONSOLE)  # 1.5: 3.5 in total, exactly the limit
    expect("AGENT_DAILY_LIMIT_EXCEEDED", mk.order, PRICE_PRO)  # 0.05 over
    assert mk.order(PRICE_BASIC).status == "created"  # free still fits
    clock.set(first + timedelta(days=1) - MS)  # the first order is still inside the window
    mk.rotate()
    expect("AGENT_DAILY_LIMIT_EXCEEDED", mk.order, PRICE_PRO)
    clock.set(first + timedelta(days=1))  # exactly 24 h later the first order has left the window
    mk.order(RTK)
    expect("AGENT_DAILY_LIMIT_EXCEEDED", mk.order, PRICE_PRO)  # 1.5 + 2.0 again at the limit
