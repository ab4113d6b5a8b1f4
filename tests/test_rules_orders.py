"""Orders and payments (api-facts §3.5, §3.6) through the SDK, plus a concurrency test of spend accounting.

Helpers (``Ctx``, ``Market``, catalogue service ids, ``expect``) come from ``tests/test_rules.py``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import attrs
import httpx
import pytest

from peaq_os_sdk import PeaqosClient
from peaq_os_sdk.orchestration import (
    CreateMarketOrderRequest,
    CreatePaymentIntentRequest,
    DelegationPolicy,
    ExecuteMarketOrderHandoffResponse,
    ExecuteMarketOrderNativeResponse,
    ExecutePaymentInput,
    LockEscrowPaymentRequest,
    MarketSearchBudget,
    OrchestrationApiError,
    PaymentRailInput,
    RefundPaymentRequest,
    ReleasePaymentRequest,
    SubmitX402PaymentProofRequest,
    UpsertRuntimeEndpointRequest,
)
from tests.test_rules import (
    AKASH,
    COMMERCE,
    CONSOLE,
    PAYEE,
    PAYER,
    PRICE_BASIC,
    PRICE_PRO,
    QVAC,
    QVAC_URL,
    RTK,
    SECOND_AGENT_KEY,
    TOKEN_ADDRESS,
    TX_A,
    TX_B,
    WALRUS,
    Ctx,
    Market,
    expect,
    hb_req,
    proof_req,
)
from tests.world import World
from tests import _oneshot as oneshot


@pytest.fixture
def ctx(world: World) -> Iterator[Ctx]:
    c = Ctx(world)
    yield c
    c.close()


def status(mk: Market, order_id: str) -> tuple[str, str | None]:
    """(order status, payment status or None) as the platform sees them."""
    pay = mk.o.get_market_payment(order_id).item
    return mk.o.get_market_order(order_id).item.status, pay.status if pay else None


# ---- happy paths --------------------------------------------------------------------------------
def test_wallet_order_full_lifecycle(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO, input={"pair": "PEAQ/USD", "snake_key": 1})
    assert (order.status, order.payment.default_rail, order.payment.required) == ("created", "wallet", True)
    assert order.input == {"pair": "PEAQ/USD", "snake_key": 1} and order.budget and order.budget.amount == 0.05
    assert ctx.o.get_market_payment(order.id).item is None

    intent = mk.intent(order.id)
    assert (intent.status, intent.rail.type, intent.amount, intent.proof) == ("intent_created", "wallet", 0.05, None)
    assert status(mk, order.id) == ("payment_pending", "intent_created")
    again = mk.intent(order.id, amount=99.0)  # idempotent: the existing record, unchanged
    assert (again.id, again.amount, again.status) == (intent.id, 0.05, "intent_created")

    held = mk.proof(order.id, token="USDT")
    assert (held.id, held.status, held.rail.type) == (intent.id, "held", "wdk-usdt-transfer")
    assert held.proof and (held.proof.transaction_hash, held.proof.verification_mode, held.proof.payer_address) == (
        TX_A,
        "recorded",
        PAYER,
    )
    assert status(mk, order.id) == ("ready", "held")
    assert mk.proof(order.id, tx=TX_B).proof.transaction_hash == TX_A  # type: ignore[union-attr]  # repeat: no-op

    ex = mk.execute(order.id, input={"extra": True})
    assert isinstance(ex, ExecuteMarketOrderNativeResponse)
    assert (ex.execution.status_code, ex.order.status) == (200, "delivered")
    run, outcome = ex.execution.run, ex.execution.outcome
    assert (run.status, outcome.status, run.outcome_id, outcome.service_id) == (
        "completed",
        "completed",
        outcome.id,
        PRICE_PRO,
    )
    assert outcome.result["input"] == {"pair": "PEAQ/USD", "snake_key": 1}  # opaque, verbatim
    assert status(mk, order.id) == ("delivered", "held")

    confirmed = mk.confirm(order.id)
    assert (confirmed.order.status, confirmed.payment.status) == ("confirmed", "release_pending")  # type: ignore[union-attr]
    released = mk.release(order.id, ReleasePaymentRequest(transaction_hash=TX_B, notes="paid out"))
    assert released.status == "released" and "paid out" in released.notes
    assert status(mk, order.id) == ("confirmed", "released")


def test_usdc_proof_keeps_the_wallet_rail(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    assert mk.proof(order.id, token="USDC").rail.type == "wallet"


def test_proof_without_intent_creates_the_held_payment(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    pay = mk.proof(order.id, token="USDT", amount="0.05")
    assert (pay.status, pay.rail.type, pay.amount) == ("held", "wdk-usdt-transfer", 0.05)
    assert status(mk, order.id) == ("ready", "held")


def test_free_rail_goes_straight_to_ready(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_BASIC)
    pay = mk.intent(order.id)
    assert (pay.status, pay.rail.type) == ("not_required", "not-required")
    assert status(mk, order.id) == ("ready", "not_required")
    assert mk.execute(order.id).order.status == "delivered"
    confirmed = mk.confirm(order.id)
    assert (confirmed.order.status, confirmed.payment.status) == ("confirmed", "not_required")  # type: ignore[union-attr]


def test_free_order_executes_without_any_payment_record(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_BASIC)
    assert mk.execute(order.id).order.status == "delivered"
    confirmed = mk.confirm(order.id)
    assert (confirmed.order.status, confirmed.payment) == ("confirmed", None)


def test_intent_rail_choice_and_enforcement(ctx: Ctx) -> None:
    mk = ctx.market()
    o1 = mk.order(PRICE_PRO)
    escrow = mk.intent(o1.id, rail=PaymentRailInput(type="escrow", escrow_address="0x" + "e5" * 20))
    assert (escrow.rail.type, escrow.rail.escrow_address) == ("escrow", "0x" + "e5" * 20)
    ctx.mock.config.enforce_service_payment_rails = True  # PEAQOS_ENFORCE_SERVICE_PAYMENT_RAILS
    o2 = mk.order(PRICE_PRO)
    expect("VALIDATION_ERROR", mk.intent, o2.id, rail=PaymentRailInput(type="x402"))
    assert ctx.o.get_market_payment(o2.id).item is None  # nothing recorded
    assert mk.intent(o2.id, rail=PaymentRailInput(type="wdk-usdt-transfer")).rail.type == "wdk-usdt-transfer"


# ---- payment proofs -----------------------------------------------------------------------------
def test_rpc_proof_without_rpc_leaves_the_intent(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    expect("PAYMENT_RPC_REQUIRED", mk.proof, order.id, mode="rpc")
    assert status(mk, order.id) == ("payment_pending", "intent_created")


@pytest.mark.parametrize(
    ("receipt", "fault", "code"),
    [
        (None, False, "PAYMENT_NOT_MINED"),  # no receipt at all
        ({"status": "pending"}, False, "PAYMENT_NOT_MINED"),
        ({"status": "failed"}, False, "PAYMENT_TX_FAILED"),
        ({"status": "success", "to": "0x" + "d1" * 20}, False, "PAYMENT_TRANSFER_NOT_FOUND"),
        ({"status": "success", "from": "0x" + "d2" * 20}, False, "PAYMENT_TRANSFER_NOT_FOUND"),
        ({"status": "success", "token": "0x" + "d3" * 20}, False, "PAYMENT_TRANSFER_NOT_FOUND"),
        ({"status": "success", "rawAmount": "49999"}, False, "PAYMENT_TRANSFER_NOT_FOUND"),
        ({"status": "success"}, True, "PAYMENT_RPC_ERROR"),
    ],
    ids=[
        "unknown-tx",
        "pending",
        "reverted",
        "wrong-recipient",
        "wrong-sender",
        "wrong-token",
        "wrong-amount",
        "rpc-down",
    ],
)
def test_rpc_proof_failures_record_nothing(ctx: Ctx, receipt: dict[str, Any] | None, fault: bool, code: str) -> None:
    ctx.mock.config.payment_rpc_url = "http://rpc.peaq.invalid"
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    if receipt is not None:
        ctx.register_tx(
            transactionHash=TX_A,
            **{"token": TOKEN_ADDRESS, "from": PAYER, "to": PAYEE, "rawAmount": "50000", **receipt},
        )
    if fault:
        ctx.fault("rpcError")
    expect(code, mk.proof, order.id, mode="rpc", token_address=TOKEN_ADDRESS, raw_amount="50000")
    assert status(mk, order.id) == ("payment_pending", "intent_created")


def test_rpc_proof_with_matching_transfer(ctx: Ctx) -> None:
    ctx.mock.config.payment_rpc_url = "http://rpc.peaq.invalid"
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    ctx.register_tx(
        transactionHash=TX_A.upper().replace("0X", "0x"),
        status="success",
        token=TOKEN_ADDRESS.upper(),
        **{"from": PAYER.lower()},
        to=PAYEE,
        rawAmount="50000",
    )
    pay = mk.proof(order.id, mode="rpc", token="USDT", token_address=TOKEN_ADDRESS, raw_amount="50000")
    assert (pay.status, pay.rail.type) == ("held", "wdk-usdt-transfer")
    assert pay.proof and pay.proof.verification_mode == "rpc"
    assert status(mk, order.id) == ("ready", "held")


def test_solana_proof_is_always_recorded(ctx: Ctx) -> None:
    mk = ctx.market()  # no payment RPC configured
    order = mk.order(PRICE_PRO)
    mk.intent(order.id, rail=PaymentRailInput(type="wallet", chain="solana", payer_address="So1anaPayer111"))
    pay = mk.proof(
        order.id,
        mode="rpc",
        chain="solana",
        signature="5" * 88,
        payer="So1anaPayer111",
        payee="So1anaPayee111",
        token="USDC",
        token_mint="EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v",
    )
    assert pay.status == "held" and pay.proof
    assert (pay.proof.verification_mode, pay.proof.chain, pay.proof.transaction_hash) == ("recorded", "solana", None)
    assert pay.proof.transaction_signature == "5" * 88
    assert pay.rail.token_mint == "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v"
    assert status(mk, order.id) == ("ready", "held")


def test_escrow_lock_is_idempotent_while_held(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(RTK)
    intent = mk.intent(order.id)
    assert intent.rail.type == "escrow"
    held = mk.escrow(order.id, TX_A)
    assert (held.id, held.status, held.rail.escrow_address, held.rail.chain) == (
        intent.id,
        "held",
        "0x" + "e5" * 20,
        "peaq",
    )
    again = mk.escrow(order.id, TX_B)
    assert (again.id, again.status) == (held.id, "held")
    assert again.proof and again.proof.transaction_hash == TX_A  # the first lock stands
    assert status(mk, order.id) == ("ready", "held")
    assert mk.execute(order.id).order.status == "delivered"


# ---- execute ------------------------------------------------------------------------------------
def test_execute_external_handoff_is_202(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(AKASH)
    ex = mk.execute(order.id)
    assert isinstance(ex, ExecuteMarketOrderHandoffResponse)
    assert ex.execution.status_code == 202 and ex.execution.handoff.url.startswith("http")
    assert ex.order.status == "handoff" and ex.order.handoff == ex.execution.handoff
    assert ctx.mock.requests[-1]["operationId"] == "executeMarketOrder"
    assert status(mk, order.id) == ("handoff", None)


def test_execute_needs_a_held_payment(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    expect("PAYMENT_REQUIRED", mk.execute, order.id)
    mk.intent(order.id)
    expect("PAYMENT_REQUIRED", mk.execute, order.id)
    assert status(mk, order.id) == ("payment_pending", "intent_created")
    mk.proof(order.id)
    assert mk.execute(order.id).order.status == "delivered"


def test_x402_execute_needs_the_signed_payment(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    intent = mk.intent(order.id)
    assert intent.rail.type == "x402" and "paymentRequest" in intent.rail.metadata
    held = ctx.o.submit_payment_proof(order.id, proof_req(chain="base", amount="0.01"), mk.tok).item
    assert held.status == "held"
    expect("PAYMENT_REQUIRED", mk.execute, order.id)
    ex = mk.execute(order.id, payment=ExecutePaymentInput(payment_signature="x402-signed-payload"))
    assert ex.order.status == "delivered"


def test_docs_only_service_cannot_execute(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(COMMERCE)
    expect("EXECUTION_UNSUPPORTED", mk.execute, order.id)
    assert status(mk, order.id) == ("created", None)


def test_runtime_service_needs_a_reachable_endpoint(ctx: Ctx) -> None:
    o = ctx.o
    mk = ctx.market()
    first, second, third = mk.order(QVAC), mk.order(QVAC), mk.order(QVAC)
    expect("ENDPOINT_UNREACHABLE", mk.execute, first.id)
    assert status(mk, first.id) == ("created", None)  # the order is untouched, retry is possible

    agent = o.enroll_machine_agent(mk.m.id).item
    o.machine_agent_heartbeat(hb_req(agent, lease=30))
    ex = mk.execute(first.id)
    assert isinstance(ex, ExecuteMarketOrderNativeResponse) and ex.order.status == "delivered"

    ctx.mock.advance_clock(31)  # lease lapsed
    expect("ENDPOINT_UNREACHABLE", mk.execute, second.id)
    o.machine_agent_heartbeat(hb_req(agent))
    assert mk.execute(second.id).order.status == "delivered"

    o.upsert_runtime_endpoint(
        mk.m.id, "qvac", UpsertRuntimeEndpointRequest(endpoint_base_url=QVAC_URL, status="unreachable")
    )
    expect("ENDPOINT_UNREACHABLE", mk.execute, third.id)


# ---- confirm, release, refund, dispute ----------------------------------------------------------
def test_confirm_only_after_delivery(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    expect("ORDER_NOT_DELIVERED", mk.confirm, order.id)
    mk.intent(order.id)
    expect("ORDER_NOT_DELIVERED", mk.confirm, order.id)
    mk.proof(order.id)
    expect("ORDER_NOT_DELIVERED", mk.confirm, order.id)
    assert status(mk, order.id) == ("ready", "held")
    expect("ORDER_CLOSED", mk.release, order.id)  # release waits for the confirmation
    mk.execute(order.id)
    assert mk.confirm(order.id).payment.status == "release_pending"  # type: ignore[union-attr]
    assert mk.release(order.id).status == "released"


def test_refund_before_execution_cancels_the_order(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.paid()
    refunded = mk.refund(order.id, RefundPaymentRequest(reason="changed my mind"))
    assert refunded.status == "refunded" and "changed my mind" in refunded.notes
    assert status(mk, order.id) == ("cancelled", "refunded")


def test_refund_of_an_intent_and_of_a_confirmed_order(ctx: Ctx) -> None:
    mk = ctx.market()
    pending = mk.order(PRICE_PRO)
    mk.intent(pending.id)
    assert mk.refund(pending.id).status == "refunded"
    assert status(mk, pending.id) == ("cancelled", "refunded")
    done = mk.delivered(PRICE_PRO)
    mk.confirm(done.id)
    assert mk.refund(done.id).status == "refunded"
    assert status(mk, done.id) == ("confirmed", "refunded")  # delivered work stays confirmed


def test_dispute_freezes_the_payment(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.delivered(PRICE_PRO)
    d = mk.dispute(order.id, reason="empty result", evidence={"run_id": "r-1", "Mixed": [1, 2]})
    assert (d.order.status, d.payment.status) == ("disputed", "frozen")  # type: ignore[union-attr]
    assert (d.dispute.status, d.dispute.reason, d.dispute.order_id) == ("open", "empty result", order.id)
    assert d.dispute.evidence == {"run_id": "r-1", "Mixed": [1, 2]}
    assert status(mk, order.id) == ("disputed", "frozen")
    expect("ORDER_CLOSED", mk.release, order.id)  # frozen funds are not released
    assert mk.refund(order.id).status == "refunded"  # resolution by refund
    assert status(mk, order.id) == ("disputed", "refunded")


def test_dispute_after_confirmation_and_of_a_handoff(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.delivered(PRICE_PRO)
    mk.confirm(order.id)
    d = mk.dispute(order.id)
    assert (d.order.status, d.payment.status) == ("disputed", "frozen")  # type: ignore[union-attr]
    handoff = mk.order(AKASH)
    mk.execute(handoff.id)
    d2 = mk.dispute(handoff.id)
    assert (d2.order.status, d2.payment) == ("disputed", None)


def test_dispute_before_delivery_is_refused(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.paid()
    expect("ORDER_CLOSED", mk.dispute, order.id)
    assert status(mk, order.id) == ("ready", "held")


# ---- ORDER_CLOSED on terminal orders, for each write --------------------------------------------
def _released(mk: Market) -> str:
    order = mk.delivered(PRICE_PRO)
    mk.confirm(order.id)
    mk.release(order.id)
    return order.id


def _cancelled(mk: Market) -> str:
    order = mk.paid()
    mk.refund(order.id)
    return order.id


def _disputed(mk: Market) -> str:
    order = mk.delivered(PRICE_PRO)
    mk.dispute(order.id)
    return order.id


def _handoff(mk: Market) -> str:
    order = mk.order(AKASH)
    mk.intent(order.id)  # rail "external": recorded as an intent, nothing to hold
    mk.execute(order.id)
    return order.id


TERMINAL: dict[str, Callable[[Market], str]] = {
    "released": _released,
    "cancelled": _cancelled,
    "disputed": _disputed,
    "handoff": _handoff,
}

WRITES: dict[str, Callable[[Market, str], Any]] = {
    "payment-intent": lambda mk, oid: mk.intent(oid),
    "payment-proof": lambda mk, oid: mk.proof(oid, tx=TX_B),
    "escrow-lock": lambda mk, oid: mk.escrow(oid, TX_B),
    "execute": lambda mk, oid: mk.execute(oid),
    "confirm": lambda mk, oid: mk.confirm(oid),
    "dispute": lambda mk, oid: mk.dispute(oid),
    "release": lambda mk, oid: mk.release(oid),
    "refund": lambda mk, oid: mk.refund(oid),
}

# writes that are legitimately open on a terminal order (tested in the dispute/refund tests)
OPEN = {("disputed", "refund"), ("handoff", "dispute"), ("handoff", "refund")}


@pytest.mark.parametrize(
    ("terminal", "write"), [(t, w) for t in sorted(TERMINAL) for w in sorted(WRITES) if (t, w) not in OPEN]
)
def test_writes_on_terminal_orders_are_closed(ctx: Ctx, terminal: str, write: str) -> None:
    mk = ctx.market()
    oid = TERMINAL[terminal](mk)
    before = status(mk, oid)
    expect("ORDER_CLOSED", WRITES[write], mk, oid)
    assert status(mk, oid) == before  # and nothing changed


def test_handoff_order_can_be_refunded_and_disputed(ctx: Ctx) -> None:
    mk = ctx.market()
    refunded, disputed = _handoff(mk), _handoff(mk)
    assert status(mk, refunded) == ("handoff", "intent_created")
    assert mk.refund(refunded).status == "refunded"
    assert status(mk, refunded) == ("handoff", "refunded")
    d = mk.dispute(disputed)
    assert (d.order.status, d.payment.status) == ("disputed", "frozen")  # type: ignore[union-attr]
    expect("ORDER_CLOSED", mk.dispute, refunded)  # refunded money is not disputable


# ---- concurrency --------------------------------------------------------------------------------
THREADS, PER_THREAD, PRICE, LIMIT = 16, 10, 2.0, 50.0  # 160 attempts, exactly 25 fit


def test_concurrent_orders_and_payments_keep_spend_and_state_consistent(ctx: Ctx) -> None:
    started = time.monotonic()
    mk = ctx.market(DelegationPolicy(daily_spend_limit=LIMIT, currency="USD"))
    url, tok = ctx.mock.url, mk.tok
    lock = threading.Lock()
    accepted: list[Any] = []
    refused: list[tuple[str, int]] = []
    intents: dict[str, set[str]] = {}
    held: dict[str, str] = {}
    gate = threading.Barrier(THREADS)

    def worker(n: int) -> None:
        with PeaqosClient(orchestration_url=url) as client:
            o = client.orchestration
            gate.wait()
            for i in range(PER_THREAD):
                try:
                    order = o.create_market_order(
                        CreateMarketOrderRequest(machine_id=mk.m.id, agent_pairing_id=mk.p.id, service_id=RTK), tok
                    ).item
                except OrchestrationApiError as e:
                    with lock:
                        refused.append((e.code, e.status_code))
                    continue
                ids = {o.create_payment_intent(order.id, CreatePaymentIntentRequest(), tok).item.id for _ in range(2)}
                tx = "0x" + f"{n:02x}{i:02x}".rjust(64, "0")
                pay = o.submit_payment_proof(order.id, proof_req(tx=tx, amount="2.0"), tok).item
                with lock:
                    accepted.append(order)
                    intents[order.id] = ids
                    held[order.id] = pay.status

    with ThreadPoolExecutor(THREADS) as pool:
        for f in [pool.submit(worker, n) for n in range(THREADS)]:
            f.result()

    cap = int(LIMIT // PRICE)
    assert len(accepted) == cap and len(refused) == THREADS * PER_THREAD - cap
    assert set(refused) == {("AGENT_DAILY_LIMIT_EXCEEDED", 403)}
    assert sum(o.budget.amount for o in accepted) <= LIMIT
    assert all(len(ids) == 1 for ids in intents.values())  # repeats returned the same intent
    assert len({next(iter(ids)) for ids in intents.values()}) == cap  # one payment per order
    assert set(held.values()) == {"held"}

    listed = list(ctx.o.list_market_orders_all(machine_id=mk.m.id, limit=7))
    assert len(listed) == len({o.id for o in listed}) == cap
    assert {o.id for o in listed} == {o.id for o in accepted}
    assert {o.status for o in listed} == {"ready"}
    assert {ctx.o.get_market_payment(o.id).item.id for o in listed} == {next(iter(i)) for i in intents.values()}  # type: ignore[union-attr]
    expect("AGENT_DAILY_LIMIT_EXCEEDED", mk.order, RTK)  # the window is full
    assert mk.order(PRICE_BASIC).status == "created"  # free orders still fit
    assert time.monotonic() - started < 15


def test_concurrent_repeats_of_one_payment_intent(ctx: Ctx) -> None:
    mk = ctx.market(key=SECOND_AGENT_KEY)
    orders = [mk.order(svc) for svc in (PRICE_PRO, RTK, CONSOLE, PRICE_BASIC)]
    url, tok = ctx.mock.url, mk.tok
    seen: dict[str, list[str]] = {o.id: [] for o in orders}
    lock = threading.Lock()
    gate = threading.Barrier(12)

    def worker(_: int) -> None:
        with PeaqosClient(orchestration_url=url) as client:
            gate.wait()
            for order in orders:
                pid = client.orchestration.create_payment_intent(order.id, CreatePaymentIntentRequest(), tok).item.id
                with lock:
                    seen[order.id].append(pid)

    with ThreadPoolExecutor(12) as pool:
        for f in [pool.submit(worker, n) for n in range(12)]:
            f.result()
    for order in orders:
        assert len(seen[order.id]) == 12 and len(set(seen[order.id])) == 1
        assert ctx.o.get_market_payment(order.id).item.id == seen[order.id][0]  # type: ignore[union-attr]
    assert len({ids[0] for ids in seen.values()}) == len(orders)
    assert [status(mk, o.id)[0] for o in orders] == ["payment_pending", "payment_pending", "payment_pending", "ready"]


# ---- x402: the proof variant records the signature, execute replays it, confirm settles it --------------------
def _x402(sig: str, **kw: Any) -> SubmitX402PaymentProofRequest:
    return SubmitX402PaymentProofRequest(payment=ExecutePaymentInput(payment_signature=sig), **kw)


def test_x402_proof_recorded_replayed_at_execute_settled_on_confirm(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    intent = mk.intent(order.id)
    assert intent.rail.type == "x402" and "paymentRequest" in intent.rail.metadata
    sig = "eyJ4NDAyVmVyc2lvbiI6Mn0-" + "q" * 40  # a base64 PAYMENT-SIGNATURE value
    held = ctx.o.submit_payment_proof(
        order.id, _x402(sig, payment_reference="inv-7", metadata={"agentRun": "r1"}), mk.tok
    ).item
    assert (held.status, held.rail.type) == ("held", "x402")
    assert held.proof is not None and held.proof.verification_mode == "recorded" and held.proof.transaction_hash is None
    meta = held.proof.metadata
    assert meta["headerName"] == "PAYMENT-SIGNATURE" and meta["paymentSettlement"] == {"status": "recorded"}
    assert (meta["paymentReference"], meta["agentRun"]) == ("inv-7", "r1")
    assert status(mk, order.id) == ("ready", "held")
    for r in (ctx.o.get_market_payment(order.id), ctx.o.get_market_order(order.id)):
        assert sig not in repr(r.item) and sig not in str(attrs.asdict(r.item))  # never echoed

    # a different signature at execute is refused; the order and payment stay as they were
    expect("PAYMENT_REQUIRED", mk.execute, order.id, payment=ExecutePaymentInput(payment_signature="forged"))
    assert status(mk, order.id) == ("ready", "held")
    ex = mk.execute(order.id)  # no signature in the body: the recorded one is replayed
    assert ex.order.status == "delivered" and ex.execution.status_code == 200
    executed = ctx.o.get_market_payment(order.id).item
    assert executed.proof.metadata["paymentSettlement"] == {"status": "executed"}  # type: ignore[union-attr]

    confirmed = mk.confirm(order.id)
    assert confirmed.payment is not None and confirmed.payment.status == "release_pending"
    settlement = confirmed.payment.proof.metadata["paymentSettlement"]  # type: ignore[union-attr]
    assert settlement["status"] == "settled" and settlement["response"]["success"] is True
    assert confirmed.payment.proof.transaction_hash == settlement["response"]["transaction"]  # type: ignore[union-attr]
    assert mk.release(order.id).status == "released"


def test_x402_execute_may_present_the_recorded_signature_again(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    ctx.o.submit_payment_proof(order.id, _x402("sig-1"), mk.tok)  # no intent first: the proof creates the record
    assert status(mk, order.id) == ("ready", "held")
    assert mk.execute(order.id, payment=ExecutePaymentInput(payment_signature="sig-1")).order.status == "delivered"


def test_x402_proof_only_for_an_x402_rail(ctx: Ctx) -> None:
    mk = ctx.market()
    wallet = mk.order(PRICE_PRO)
    expect("VALIDATION_ERROR", ctx.o.submit_payment_proof, wallet.id, _x402("sig"), mk.tok)
    mk.intent(wallet.id)
    expect("VALIDATION_ERROR", ctx.o.submit_payment_proof, wallet.id, _x402("sig"), mk.tok)
    assert status(mk, wallet.id) == ("payment_pending", "intent_created")
    # a held x402 payment: a repeated proof is a no-op (the first signature stands), like the on-chain proof
    order = mk.order(WALRUS, operation="put-object")
    ctx.o.submit_payment_proof(order.id, _x402("first"), mk.tok)
    ctx.o.submit_payment_proof(order.id, _x402("second"), mk.tok)
    expect("PAYMENT_REQUIRED", mk.execute, order.id, payment=ExecutePaymentInput(payment_signature="second"))
    assert mk.execute(order.id, payment=ExecutePaymentInput(payment_signature="first")).order.status == "delivered"
    expect("ORDER_CLOSED", ctx.o.submit_payment_proof, order.id, _x402("late"), mk.tok)


def test_x402_proof_wire_body_is_the_documented_variant(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    ctx.o.submit_payment_proof(order.id, _x402("s-1", payment_reference="ref"), mk.tok)
    seen = ctx.w.last_request("submitPaymentProof")
    assert seen["body"] == {"payment": {"paymentSignature": "s-1"}, "paymentReference": "ref"}


# ---- an order placed from a quote ---------------------------------------------------------------------
def test_a_quote_binds_to_its_own_search(ctx: Ctx) -> None:
    mk = ctx.market()
    first, second = mk.search(), mk.search()
    q = first.quotes[0]
    err = expect("NOT_FOUND", mk.order, q.service_id, search_id=second.id, quote_id=q.id)
    assert "quote" in err.message
    expect("NOT_FOUND", mk.order, q.service_id, search_id=first.id, quote_id="quote_unknown")
    # the search id is optional: a quote alone names its search
    order = mk.order(q.service_id, quote_id=q.id)
    assert (order.quote_id, order.search_id) == (q.id, None)
    assert mk.order(q.service_id, search_id=first.id, quote_id=q.id).search_id == first.id


def test_the_operation_comes_from_the_request_then_the_quote_then_the_service(ctx: Ctx) -> None:
    mk = ctx.market()
    s = mk.search("storage.object", operation="get-object")
    (q,) = s.quotes
    assert (q.service_id, q.operation) == (WALRUS, "get-object")
    assert mk.order(WALRUS, search_id=s.id, quote_id=q.id).operation == "get-object"  # not the service's first
    assert mk.order(WALRUS, search_id=s.id, quote_id=q.id, operation="put-object").operation == "put-object"
    assert mk.order(WALRUS).operation == "put-object"  # no quote: the service's first operation
    err = expect("VALIDATION_ERROR", mk.order, WALRUS, operation="delete-object")
    assert err.details == {"field": "operation"}


def test_search_honours_budget_cap_and_required_capabilities(ctx: Ctx) -> None:
    mk = ctx.market()
    both = {PRICE_BASIC, PRICE_PRO}
    assert {q.service_id for q in mk.search().quotes} == both
    # the pro feed costs 0.05: a cap under it, given as max or as amount (max wins), leaves the free one
    for budget in (MarketSearchBudget(max=0.01), MarketSearchBudget(amount=0.01)):
        assert [q.service_id for q in mk.search(budget=budget).quotes] == [PRICE_BASIC], budget
    assert {q.service_id for q in mk.search(budget=MarketSearchBudget(max=0.05)).quotes} == both
    assert {q.service_id for q in mk.search(budget=MarketSearchBudget(max=0.05, amount=0.01)).quotes} == both
    # only the pro feed is sub-second
    assert [q.service_id for q in mk.search(required_capabilities=["sub-second"]).quotes] == [PRICE_PRO]
    assert {q.service_id for q in mk.search(required_capabilities=["realtime"]).quotes} == both
    assert mk.search(required_capabilities=["realtime", "gpu"]).status == "no_match"


def test_x402_proof_carries_the_rail_chain_token_and_payer(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    rail = PaymentRailInput(type="x402", chain="base-sepolia", token="USDC", payer_address=PAYER)
    mk.intent(order.id, rail=rail)
    held = ctx.o.submit_payment_proof(order.id, _x402("sig-r"), mk.tok).item
    assert held.proof is not None
    assert (held.proof.chain, held.proof.token, held.proof.payer_address) == ("base-sepolia", "USDC", None)
    assert held.proof.metadata["network"] == "base-sepolia"  # the rail's chain, not the default
    mk.execute(order.id)
    proof = mk.confirm(order.id).payment.proof  # type: ignore[union-attr]
    settlement = proof.metadata["paymentSettlement"]
    assert (settlement["payerAddress"], proof.payer_address) == (PAYER, PAYER)
    assert settlement["response"]["network"] == "base-sepolia"


def test_x402_settlement_without_a_payer_names_none(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    ctx.o.submit_payment_proof(order.id, _x402("sig-n"), mk.tok)
    mk.execute(order.id)
    proof = mk.confirm(order.id).payment.proof  # type: ignore[union-attr]
    assert "payerAddress" not in proof.metadata["paymentSettlement"] and proof.payer_address is None
    assert proof.metadata["network"] == "base"  # the catalogue's chain for the service


def test_escrow_lock_without_an_intent_creates_the_payment_from_the_order(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(RTK)
    req = LockEscrowPaymentRequest(transaction_hash=TX_A, chain="agung", escrow_address="0x" + "e6" * 20)
    held = ctx.o.lock_escrow_payment(order.id, req, mk.tok).item
    assert (held.status, held.rail.type, held.amount, held.currency) == ("held", "escrow", 2.0, "USD")
    assert (held.rail.chain, held.rail.escrow_address) == ("agung", "0x" + "e6" * 20)
    assert held.proof is not None and (held.proof.chain, held.proof.transaction_hash) == ("agung", TX_A)


def test_search_scores_and_reasons(ctx: Ctx) -> None:
    """Native execution +0.3, a matching region +0.1, a native integration +0.1, minus price/100 (at most 0.2);
    best first. Reasons say what matched, how it runs, and when it costs nothing."""
    mk = ctx.market()

    def quotes(service_type: str, **kw: Any) -> list[tuple[str, float, tuple[str, ...]]]:
        return [(q.service_id, q.score, tuple(q.reasons)) for q in mk.search(service_type, **kw).quotes]

    assert quotes("defi") == [
        (PRICE_BASIC, 0.9, ("serves oracle.price-feed", "native execution", "no charge")),
        (PRICE_PRO, 0.9, ("serves oracle.price-feed", "native execution")),
    ]
    assert quotes("compute") == [(AKASH, 0.5, ("serves compute.marketplace", "external handoff", "no charge"))]
    assert quotes("data.location", region="eu") == [(RTK, 0.98, ("serves data.location", "native execution"))]
    assert quotes("data.location") == [(RTK, 0.88, ("serves data.location", "native execution"))]


def test_native_execution_answers_the_catalogue_example_with_the_input_echoed(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_BASIC, input={"pair": "PEAQ/USD", "depth": 2})
    ex = mk.execute(order.id)
    assert ex.execution.outcome.result == {
        "pair": "PEAQ/USD",
        "price": 0.1234,
        "source": "peaq-oracle",
        "operation": "get-latest-price",
        "input": {"pair": "PEAQ/USD", "depth": 2},
    }


def test_a_cursor_the_server_never_issued_is_refused_naming_the_field(ctx: Ctx) -> None:
    expect("VALIDATION_ERROR", ctx.o.list_machines, cursor="not-a-cursor")
    r = oneshot.get(ctx.mock.url + "/api/v1/machines", params={"cursor": "not-a-cursor"}, timeout=30)
    assert (r.status_code, r.json()["error"]["details"]) == (400, {"field": "cursor"})  # as sent, not as decoded


def test_x402_rail_chosen_on_a_service_whose_default_is_another_rail(ctx: Ctx) -> None:
    """The x402 replay rule follows the payment's rail, not only the service's default rail."""
    payment = ctx.mock.store.services.get(PRICE_PRO)["payment"]
    saved = dict(payment)
    payment["supportedRails"] = [*saved["supportedRails"], "x402"]
    del payment["chain"]  # and a service that names no chain: x402 defaults to base
    try:
        mk = ctx.market()
        order = mk.order(PRICE_PRO)
        assert mk.intent(order.id, rail=PaymentRailInput(type="x402")).rail.type == "x402"
        held = ctx.o.submit_payment_proof(order.id, _x402("sig-pro"), mk.tok).item
        assert held.proof is not None and (held.proof.chain, held.proof.metadata["network"]) == (None, "base")
        expect("PAYMENT_REQUIRED", mk.execute, order.id, payment=ExecutePaymentInput(payment_signature="forged"))
        assert mk.execute(order.id).order.status == "delivered"  # the recorded signature is replayed
    finally:
        payment.clear()
        payment.update(saved)


def test_a_service_without_operations_is_quoted_and_ordered_as_default(ctx: Ctx) -> None:
    svc = ctx.mock.store.services.get(PRICE_BASIC)
    saved = svc.pop("operations")
    try:
        mk = ctx.market()
        s = mk.search()
        (basic,) = [q for q in s.quotes if q.service_id == PRICE_BASIC]
        assert basic.operation == "default"
        assert mk.order(PRICE_BASIC).operation == "default"
        assert mk.order(PRICE_BASIC, search_id=s.id, quote_id=basic.id).operation == "default"
    finally:
        svc["operations"] = saved


def test_proof_without_intent_takes_the_chain_and_token_of_the_proof(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    pay = mk.proof(order.id, token="USDT", chain="agung")
    assert (pay.rail.chain, pay.rail.token, pay.currency) == ("agung", "USDT", "USDT")


def test_a_proof_stamps_the_payment(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    intent = mk.intent(order.id)
    ctx.mock.advance_clock(30)
    held = mk.proof(order.id)
    assert held.updated_at > intent.updated_at  # same ISO format: ordered as text
    assert ctx.o.get_market_order(order.id).item.updated_at == held.updated_at


def test_x402_intent_carries_the_payment_request_challenge(ctx: Ctx) -> None:
    import base64
    import json

    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    rail = mk.intent(order.id).rail
    challenge = json.loads(base64.b64decode(rail.metadata["paymentRequest"]["paymentRequired"]))
    assert challenge == {
        "x402Version": 2,
        "accepts": [
            {
                "scheme": "exact",
                "network": rail.chain,
                "maxAmountRequired": "0.01",
                "payTo": rail.wallet_address,
                "asset": rail.token_address,
            }
        ],
    }


def test_native_execution_ids_name_their_kind(ctx: Ctx) -> None:
    mk = ctx.market()
    ex = mk.execute(mk.order(PRICE_BASIC).id).execution
    assert ex.run.id.startswith("run_") and ex.outcome.id.startswith("out_")
    assert ex.run.outcome_id == ex.outcome.id


# ---- cancel, retry and the order's events -------------------------------------------------------
def events(mk: Market, order_id: str) -> list[tuple[str, str | None]]:
    """(type, previousStatus) of every event of the order, oldest first, through the iterator."""
    out = []
    for e in mk.o.list_market_order_events_all(order_id, limit=2):  # several pages
        assert e.order_id == order_id and e.type == e.payload["status"]
        out.append((e.type, e.payload["previousStatus"]))
    return out


def _created(mk: Market) -> str:
    return mk.order(PRICE_PRO).id


def _payment_pending(mk: Market) -> str:
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    return order.id


def _ready_free(mk: Market) -> str:
    order = mk.order()
    mk.intent(order.id)  # rail not-required: ready at once
    return order.id


# before execution: (order builder, payment status before, payment status after the cancel)
CANCELLABLE: dict[str, tuple[Callable[[Market], str], str | None, str | None]] = {
    "created": (_created, None, None),
    "payment_pending": (_payment_pending, "intent_created", "refunded"),
    "ready-held": (lambda mk: mk.paid().id, "held", "refunded"),
    "ready-escrow": (lambda mk: _escrowed(mk), "held", "refunded"),
    "ready-free": (_ready_free, "not_required", "not_required"),
}


def _escrowed(mk: Market) -> str:
    order = mk.order(RTK)
    mk.intent(order.id)
    mk.escrow(order.id)
    return order.id


@pytest.mark.parametrize("state", sorted(CANCELLABLE))
def test_cancel_before_execution_refunds_a_live_payment(ctx: Ctx, state: str) -> None:
    mk = ctx.market()
    build, pay_before, pay_after = CANCELLABLE[state]
    oid = build(mk)
    before = status(mk, oid)
    assert before[0] == state.split("-")[0] and before[1] == pay_before
    answer = mk.cancel(oid, reason="changed my mind")
    assert answer.order.status == "cancelled"
    assert (answer.payment.status if answer.payment else None) == pay_after
    assert status(mk, oid) == ("cancelled", pay_after)
    last = list(mk.o.list_market_order_events_all(oid))[-1]
    assert (last.type, last.payload) == (
        "cancelled",
        {"status": "cancelled", "previousStatus": before[0], "reason": "changed my mind"},
    )
    expect("ORDER_CLOSED", mk.cancel, oid)  # once
    for write in ("execute", "payment-intent", "escrow-lock"):
        expect("ORDER_CLOSED", WRITES[write], mk, oid)


def _failed(mk: Market) -> str:
    return _failing(mk, mk.paid().id)


def _failing(mk: Market, oid: str) -> str:
    faults = mk.ctx.mock.store.faults
    faults["providerFailure"] = True
    try:
        mk.execute(oid)
    finally:
        faults["providerFailure"] = False
    return oid


def _confirmed(mk: Market) -> str:
    order = mk.delivered(PRICE_PRO)
    mk.confirm(order.id)
    return order.id


# after execution started: every status refuses a cancel, and nothing changes
AFTER_EXECUTION: dict[str, Callable[[Market], str]] = {
    "delivered": lambda mk: mk.delivered(PRICE_PRO).id,
    "confirmed": _confirmed,
    "disputed": _disputed,
    "failed": _failed,
    "handoff": _handoff,
    "cancelled": _cancelled,
}


@pytest.mark.parametrize("state", sorted(AFTER_EXECUTION))
def test_cancel_after_execution_started_is_closed(ctx: Ctx, state: str) -> None:
    mk = ctx.market()
    oid = AFTER_EXECUTION[state](mk)
    before = status(mk, oid)
    assert before[0] == state
    n = len(events(mk, oid))
    expect("ORDER_CLOSED", mk.cancel, oid, "too late")
    assert status(mk, oid) == before
    assert len(events(mk, oid)) == n  # a refused request leaves no event


def test_failed_execution_keeps_the_payment_and_records_a_failed_run(ctx: Ctx) -> None:
    mk = ctx.market()
    oid = _failed(mk)
    order = mk.o.get_market_order(oid).item
    assert order.status == "failed" and (order.error_message or "").endswith("provider failed (simulated)")
    assert status(mk, oid) == ("failed", "held")
    run = mk.o.get_run(order.run_id).item
    assert (run.status, run.order_id, run.outcome_id, run.task_id, run.route_id) == (
        "failed",
        oid,
        order.outcome_id,
        order.task_id,
        order.route_id,
    )
    expect("ORDER_CLOSED", mk.confirm, oid)  # nothing was delivered


def test_retry_redispatches_a_failed_execution_with_a_new_run(ctx: Ctx) -> None:
    mk = ctx.market()
    oid = _failed(mk)
    first = mk.o.get_market_order(oid).item
    # failing again: still failed, a second run
    ctx.mock.store.faults["providerFailure"] = True
    again = mk.retry(oid, reason="provider flaked")
    ctx.mock.store.faults["providerFailure"] = False
    assert isinstance(again, ExecuteMarketOrderNativeResponse)
    assert (again.order.status, again.execution.run.status, again.execution.outcome.status) == (
        "failed",
        "failed",
        "failed",
    )
    # then succeeding: delivered, with the new run's ids on the order
    ok = mk.retry(oid)
    assert (ok.order.status, ok.execution.run.status, ok.execution.outcome.status) == (
        "delivered",
        "completed",
        "completed",
    )
    assert ok.order.error_message is None
    runs = list(mk.o.list_runs_all(order_id=oid))
    assert [r.status for r in runs] == ["failed", "failed", "completed"]
    assert len({r.id for r in runs}) == 3 and runs[0].id == first.run_id
    last = runs[-1]
    assert (last.id, last.outcome_id, last.task_id, last.route_id) == (
        ok.order.run_id,
        ok.order.outcome_id,
        ok.order.task_id,
        ok.order.route_id,
    )
    assert ok.execution.run.id == last.id and ok.execution.outcome.id == last.outcome_id
    assert mk.o.get_run(last.id).item.order_id == oid
    assert status(mk, oid) == ("delivered", "held")
    mk.confirm(oid)  # the ordinary path continues
    assert status(mk, oid) == ("confirmed", "release_pending")


# every status but failed refuses a retry: closed ones with ORDER_CLOSED, the others with ORDER_NOT_FAILED
NOT_RETRYABLE: dict[str, tuple[Callable[[Market], str], str]] = {
    "created": (_created, "ORDER_NOT_FAILED"),
    "payment_pending": (_payment_pending, "ORDER_NOT_FAILED"),
    "ready": (lambda mk: mk.paid().id, "ORDER_NOT_FAILED"),
    "delivered": (lambda mk: mk.delivered(PRICE_PRO).id, "ORDER_NOT_FAILED"),
    "confirmed": (_confirmed, "ORDER_CLOSED"),
    "disputed": (_disputed, "ORDER_CLOSED"),
    "cancelled": (_cancelled, "ORDER_CLOSED"),
    "handoff": (_handoff, "ORDER_CLOSED"),
}


@pytest.mark.parametrize("state", sorted(NOT_RETRYABLE))
def test_retry_only_a_failed_order(ctx: Ctx, state: str) -> None:
    mk = ctx.market()
    build, code = NOT_RETRYABLE[state]
    oid = build(mk)
    before = status(mk, oid)
    assert before[0] == state
    runs = len(mk.o.list_runs(order_id=oid).items)
    expect(code, mk.retry, oid)
    assert status(mk, oid) == before
    assert len(mk.o.list_runs(order_id=oid).items) == runs


def test_retry_needs_the_payment_still_held(ctx: Ctx) -> None:
    mk = ctx.market()
    oid = _failed(mk)
    assert mk.refund(oid).status == "refunded"
    assert status(mk, oid) == ("failed", "refunded")  # a refund after execution leaves the order's status
    expect("PAYMENT_REQUIRED", mk.retry, oid)
    assert status(mk, oid) == ("failed", "refunded")


def test_order_events_follow_every_status_change_in_order(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(PRICE_PRO)
    mk.intent(order.id)
    mk.proof(order.id)
    _failing(mk, order.id)
    mk.retry(order.id, reason="once more")
    mk.confirm(order.id)
    assert events(mk, order.id) == [
        ("created", None),
        ("payment_pending", "created"),
        ("ready", "payment_pending"),
        ("executing", "ready"),
        ("failed", "executing"),
        ("executing", "failed"),
        ("delivered", "executing"),
        ("confirmed", "delivered"),
    ]
    page = mk.o.list_market_order_events(order.id)
    stamps = [e.created_at for e in page.items]
    assert stamps == sorted(stamps) and len({e.id for e in page.items}) == len(page.items)
    reasons = {e.type: e.payload.get("reason") for e in page.items if e.payload.get("previousStatus") == "failed"}
    assert reasons == {"executing": "once more"}
    # the same changes reach the audit trail, one market_order event each
    audit = [e.type for e in mk.o.list_audit_events_all(resource_type="market_order") if e.resource_id == order.id]
    assert audit == [
        "market_order.created",
        "market_order.payment_pending",
        "market_order.ready",
        "market_order.executing",
        "market_order.failed",
        "market_order.executing",
        "market_order.delivered",
        "market_order.confirmed",
    ]
    # other orders' events are not mixed in; the owner's pairing token sees its own order only
    other = ctx.market(key=SECOND_AGENT_KEY)
    theirs = other.order()
    assert events(mk, theirs.id) == [("created", None)]
    ctx.mock.config.require_api_auth = True
    ctx.mock.config.api_keys = ("the-right-key",)
    expect("AUTH_REQUIRED", ctx.o.list_market_order_events, order.id)
    as_owner = ctx.injecting({"x-agent-pairing-token": mk.tok})
    assert len(as_owner.list_market_order_events(order.id).items) == 8
    expect("NOT_FOUND", as_owner.list_market_order_events, theirs.id)
    assert len(ctx.client(api_key="the-right-key").list_market_order_events(theirs.id).items) == 1


def test_order_events_payloads_carry_no_secret(ctx: Ctx) -> None:
    mk = ctx.market()
    order = mk.order(WALRUS, operation="put-object")
    ctx.o.submit_payment_proof(order.id, _x402("sig-secret-value"), mk.tok)
    mk.execute(order.id)
    mk.confirm(order.id)
    for e in mk.o.list_market_order_events_all(order.id):
        assert set(e.payload) <= {"status", "previousStatus", "reason"}
        text = repr(e.payload)
        assert "sig-secret-value" not in text and mk.tok not in text
