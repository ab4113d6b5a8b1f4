"""flows.pay_order / apay_order against the simulator: each rail it pays, and each mistake named at its cause."""

from __future__ import annotations

import base64
import json
from types import SimpleNamespace
from typing import Any

import pytest

from peaq_os_sdk.orchestration import (
    CreateMarketOrderRequest,
    ExecuteMarketOrderRequest,
    MarketOrder,
    MarketPayment,
    OrchestrationValidationError,
    PaymentRailInput,
    ReleasePaymentRequest,
    flows,
)
from peaq_os_sdk.orchestration.signing import address_of
from tests.conftest import run
from tests.world import AGENT_KEY, World

TX = "0x" + "ab" * 32


def _order(world: World, service_id: str) -> tuple[MarketOrder, str]:
    machine = world.active_machine()
    pairing, token = world.pairing(machine)
    order = world.o.create_market_order(
        CreateMarketOrderRequest(machine_id=machine.id, agent_pairing_id=pairing.id, service_id=service_id), token
    ).item
    return order, token


def test_wallet_rail_transfer_proof_held_then_the_order_runs_to_release(world: World) -> None:
    order, token = _order(world, "svc-price-pro")  # wallet rail, USDT on peaq, 0.05 USD
    asked: list[MarketPayment] = []

    def transfer(intent: MarketPayment) -> str:
        asked.append(intent)
        return TX

    paid = flows.pay_order(world.client, order, pairing_token=token, agent_key=AGENT_KEY, transfer=transfer)
    assert paid.status == "held" and paid.rail.type == "wdk-usdt-transfer"  # a USDT wallet transfer is upgraded
    assert [i.status for i in asked] == ["intent_created"] and asked[0].amount == 0.05
    sent = world.last_request("submitPaymentProof")["body"]
    assert sent == {
        "verificationMode": "recorded",
        "chain": "peaq",
        "token": "USDT",
        "payerAddress": address_of(AGENT_KEY),
        "payeeAddress": order.payment.payee_address,
        "amount": "0.05",  # the intent's number as exact decimal text
        "transactionHash": TX,
    }
    assert world.o.get_market_order(order.id).item.status == "ready"
    # a repeated call is safe: the held payment comes back, no second transfer or proof
    again = flows.pay_order(world.client, order, pairing_token=token, agent_key=AGENT_KEY, transfer=transfer)
    assert again.status == "held" and len(asked) == 1 and len(world.requests_for("submitPaymentProof")) == 1
    world.o.execute_market_order(order.id, ExecuteMarketOrderRequest(), token)
    world.o.confirm_market_order(order.id, token)
    assert world.o.release_payment(order.id, ReleasePaymentRequest(), token).item.status == "released"


def test_wallet_rail_async_with_an_async_transfer(world: World, make_aclient: Any) -> None:
    order, token = _order(world, "svc-price-pro")

    async def transfer(intent: MarketPayment) -> str:
        return TX

    async def go() -> MarketPayment:
        async with make_aclient() as ac:
            return await flows.apay_order(
                ac,
                order,
                pairing_token=token,
                agent_key=AGENT_KEY,
                transfer=transfer,
                rail=PaymentRailInput(type="wallet", chain="peaq", token="USDT"),
            )

    paid = run(go())
    assert paid.status == "held" and paid.proof is not None and paid.proof.transaction_hash == TX
    assert world.last_request("createPaymentIntent")["body"] == {
        "rail": {"type": "wallet", "chain": "peaq", "token": "USDT"}
    }

    other, token2 = _order(world, "svc-price-pro")

    async def with_a_sync_transfer() -> MarketPayment:  # a plain function is fine in the async flow too
        async with make_aclient() as ac:
            return await flows.apay_order(
                ac, other, pairing_token=token2, agent_key=AGENT_KEY, transfer=lambda intent: TX
            )

    assert run(with_a_sync_transfer()).status == "held"


def _decoded(signature: str) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(base64.b64decode(signature))
    return value


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_x402_rail_signed_locally_recorded_and_replayed_at_execute(world: World, make_aclient: Any, mode: str) -> None:
    from eth_account import Account

    order, token = _order(world, "svc-walrus-store")  # x402, 0.01 USDC on base
    if mode == "sync":
        paid = flows.pay_order(world.client, order, pairing_token=token, agent_key=AGENT_KEY)
    else:

        async def go() -> MarketPayment:
            async with make_aclient() as ac:
                return await flows.apay_order(ac, order, pairing_token=token, agent_key=AGENT_KEY)

        paid = run(go())
    assert paid.status == "held" and paid.proof is not None
    assert paid.proof.metadata["headerName"] == "PAYMENT-SIGNATURE"
    signature = world.last_request("submitPaymentProof")["body"]["payment"]["paymentSignature"]
    payload = _decoded(signature)["payload"]
    auth = payload["authorization"]
    assert auth["from"] == address_of(AGENT_KEY) and auth["to"] == order.payment.wallet_address
    assert auth["value"] == "10000"  # 0.01 USDC in base units (6 decimals)
    fields = [
        ("from", "address"),
        ("to", "address"),
        ("value", "uint256"),
        ("validAfter", "uint256"),
        ("validBefore", "uint256"),
        ("nonce", "bytes32"),
    ]
    message = {**auth, "value": int(auth["value"]), "nonce": bytes.fromhex(auth["nonce"][2:])}
    from eth_account.messages import encode_typed_data

    signable = encode_typed_data(
        {"name": "USD Coin", "version": "2", "chainId": 8453, "verifyingContract": order.payment.token_address},
        {"TransferWithAuthorization": [{"name": n, "type": t} for n, t in fields]},
        message,
    )
    assert Account.recover_message(signable, signature=payload["signature"]) == address_of(AGENT_KEY)
    run_ = world.o.execute_market_order(order.id, ExecuteMarketOrderRequest(), token)  # the recorded value replays
    assert run_.execution.status_code == 200


def test_a_rail_needing_no_payment_returns_at_once(world: World) -> None:
    order, token = _order(world, "svc-price-basic")
    paid = flows.pay_order(world.client, order, pairing_token=token)
    assert paid.status == "not_required"
    assert world.requests_for("submitPaymentProof") == []


def test_pay_order_mistakes_are_named_before_any_request(world: World) -> None:
    wallet, token = _order(world, "svc-price-pro")
    x402, _ = _order(world, "svc-walrus-store")
    seen = len(world.mock.requests)
    cases: list[tuple[str, Any, str]] = [
        ("transfer", lambda: flows.pay_order(world.client, wallet, pairing_token=token), "required on the wallet rail"),
        ("agent_key", lambda: flows.pay_order(world.client, x402, pairing_token=token), "sign the x402 payment"),
        ("agent_key", lambda: flows.pay_order(world.client, x402, pairing_token=token, agent_key="0x12"), "32 bytes"),
        (
            "order",
            lambda: flows.pay_order(world.client, wallet.id, pairing_token=token),  # type: ignore[arg-type]
            "type=MarketOrder",
        ),
        ("pairing_token", lambda: flows.pay_order(world.client, wallet, pairing_token=""), "min_length=1"),
        (
            "rail.type",
            lambda: flows.pay_order(
                world.client, wallet, pairing_token=token, transfer=lambda i: TX, rail=PaymentRailInput(type="bitcoin")
            ),  # type: ignore[arg-type]
            "one of",
        ),
        (
            "agent_key",
            lambda: flows.pay_order(world.client, wallet, pairing_token=token, transfer=lambda i: TX),
            "to name the payer",
        ),
        (
            "verification_mode",
            lambda: flows.pay_order(
                world.client, wallet, pairing_token=token, transfer=lambda i: TX, verification_mode="maybe"
            ),  # type: ignore[arg-type]
            "recorded, rpc",
        ),
    ]
    for field, call, says in cases:
        with pytest.raises(OrchestrationValidationError) as info:
            call()
        assert info.value.field == field and says in str(info.value), (field, str(info.value))
    assert len(world.mock.requests) == seen, "a mistaken pay_order call sent a request"


def test_pay_order_refuses_an_async_transfer_in_the_sync_flow_and_a_rail_it_does_not_pay(world: World) -> None:
    order, token = _order(world, "svc-price-pro")

    async def transfer(intent: MarketPayment) -> str:
        return TX

    with pytest.raises(OrchestrationValidationError) as info:
        flows.pay_order(world.client, order, pairing_token=token, agent_key=AGENT_KEY, transfer=transfer)
    assert info.value.field == "transfer" and "apay_order" in str(info.value)
    assert world.requests_for("submitPaymentProof") == []

    escrow, token2 = _order(world, "svc-rtk-eu")
    with pytest.raises(OrchestrationValidationError) as info:
        flows.pay_order(world.client, escrow, pairing_token=token2, transfer=lambda i: TX)
    assert info.value.field == "rail" and "escrow rail is paid with" in str(info.value)


def test_a_transfer_that_returns_no_hash_is_named(world: World) -> None:
    order, token = _order(world, "svc-price-pro")
    with pytest.raises(OrchestrationValidationError) as info:
        flows.pay_order(world.client, order, pairing_token=token, agent_key=AGENT_KEY, transfer=lambda i: None)  # type: ignore[arg-type,return-value]
    assert info.value.field == "transfer" and "transaction hash" in str(info.value)
    assert world.requests_for("submitPaymentProof") == []


def _intent_with(offer: dict[str, Any] | None, **challenge: Any) -> Any:
    from types import SimpleNamespace

    body = {"x402Version": 2, "accepts": [offer] if offer else [], **challenge}
    raw = base64.b64encode(json.dumps(body).encode()).decode()
    return SimpleNamespace(rail=SimpleNamespace(metadata={"paymentRequest": {"paymentRequired": raw}}))


OFFER = {"scheme": "exact", "network": "base", "payTo": "0x" + "11" * 20, "asset": "0x" + "22" * 20}


@pytest.mark.parametrize(
    ("amount", "extra", "network", "units"),
    [
        ("10000", {}, "base", "10000"),  # x402: base units as an integer string
        ("0.01", {}, "base-sepolia", "10000"),  # whole tokens as decimal text, 6 decimals by default
        ("1.5", {"decimals": 18, "name": "Tether", "version": "1"}, "eip155:1", "1500000000000000000"),
        (str(2**256 - 1), {}, "base", str(2**256 - 1)),  # the largest uint256
        ("1e3", {}, "base", "1000"),  # no point: base units, exponent and all
    ],
)
def test_sign_x402_payment_reads_the_offer(amount: str, extra: dict[str, Any], network: str, units: str) -> None:
    from peaq_os_sdk.orchestration.signing import sign_x402_payment

    offer = {**OFFER, "maxAmountRequired": amount, "network": network, "extra": extra}
    payload = _decoded(sign_x402_payment(_intent_with(offer), AGENT_KEY))
    assert payload["network"] == network and payload["payload"]["authorization"]["value"] == units
    assert payload["payload"]["authorization"]["from"] == address_of(AGENT_KEY)


@pytest.mark.parametrize(
    ("intent", "says"),
    [
        (_intent_with(None), "PAYMENT-REQUIRED challenge"),
        (_intent_with({**OFFER, "scheme": "upto", "maxAmountRequired": "1"}), "exact scheme"),
        (_intent_with({**OFFER, "network": "solana", "maxAmountRequired": "1"}), "x402 network"),
        (_intent_with({**OFFER, "maxAmountRequired": "0.0000001"}), "base units"),  # finer than 6 decimals
        # exact past a default decimal context's 28 digits: never rounded to 1000000
        (_intent_with({**OFFER, "maxAmountRequired": "1." + "0" * 30 + "1"}), "base units"),
        (_intent_with({**OFFER, "maxAmountRequired": "1.5", "extra": {"decimals": 10**6}}), "base units"),
        (_intent_with({**OFFER, "maxAmountRequired": "1.5", "extra": {"decimals": -1}}), "base units"),
        (_intent_with({**OFFER, "maxAmountRequired": "1.5", "extra": {"decimals": "six"}}), "base units"),
        (_intent_with({**OFFER, "maxAmountRequired": str(2**256)}), "base units"),  # past a uint256
        (_intent_with({**OFFER, "maxAmountRequired": "-1"}), "base units"),
        (_intent_with({**OFFER, "maxAmountRequired": "NaN"}), "base units"),
        (_intent_with({**OFFER, "payTo": "nowhere", "maxAmountRequired": "1"}), "0x addresses"),
    ],
)
def test_sign_x402_payment_names_what_the_intent_lacks(intent: Any, says: str) -> None:
    from peaq_os_sdk.orchestration.signing import sign_x402_payment

    with pytest.raises(OrchestrationValidationError) as info:
        sign_x402_payment(intent, AGENT_KEY)
    assert info.value.field == "intent" and says in str(info.value)
    with pytest.raises(OrchestrationValidationError) as info:
        sign_x402_payment(intent, "0x12", name="agent_key")
    assert info.value.field == "agent_key"


def _challenge_b64(**challenge: Any) -> str:
    body = {"accepts": [{**OFFER, "maxAmountRequired": "10000"}], **challenge}
    return base64.b64encode(json.dumps(body).encode()).decode()


@pytest.mark.parametrize(
    "intent",
    [
        SimpleNamespace(),  # no rail at all
        SimpleNamespace(rail=None),
        SimpleNamespace(rail=SimpleNamespace()),  # a rail without metadata
        SimpleNamespace(rail=SimpleNamespace(metadata=None)),
        SimpleNamespace(rail=SimpleNamespace(metadata=["paymentRequired"])),  # metadata not an object
        SimpleNamespace(rail=SimpleNamespace(metadata={"paymentRequest": "nope"})),  # paymentRequest not an object
        SimpleNamespace(
            rail=SimpleNamespace(metadata={"paymentRequest": {"paymentRequired": "!!" + _challenge_b64()}})
        ),
    ],
    ids=["no-rail", "rail-null", "no-metadata", "metadata-null", "metadata-list", "request-text", "not-base64"],
)
def test_sign_x402_payment_refuses_an_intent_without_a_readable_challenge(intent: Any) -> None:
    """Whatever the intent lacks, the answer is a validation error naming it, never an AttributeError; base64 is
    read strictly (characters outside the alphabet are not skipped)."""
    from peaq_os_sdk.orchestration.signing import sign_x402_payment

    with pytest.raises(OrchestrationValidationError) as info:
        sign_x402_payment(intent, AGENT_KEY)
    assert info.value.field == "intent" and "PAYMENT-REQUIRED challenge" in str(info.value)


def test_sign_x402_payment_reads_a_challenge_at_the_top_of_the_metadata_and_defaults_its_version() -> None:
    from peaq_os_sdk.orchestration.signing import sign_x402_payment

    top = SimpleNamespace(rail=SimpleNamespace(metadata={"paymentRequired": _challenge_b64()}))
    assert _decoded(sign_x402_payment(top, AGENT_KEY))["x402Version"] == 2  # absent: version 2
    given = SimpleNamespace(rail=SimpleNamespace(metadata={"paymentRequired": _challenge_b64(x402Version=1)}))
    assert _decoded(sign_x402_payment(given, AGENT_KEY))["x402Version"] == 1
    # a decoded (JSON object) challenge is taken as it is
    decoded = json.loads(base64.b64decode(_challenge_b64()))
    obj = SimpleNamespace(rail=SimpleNamespace(metadata={"paymentRequest": {"paymentRequired": decoded}}))
    assert _decoded(sign_x402_payment(obj, AGENT_KEY))["network"] == "base"


def test_sign_x402_payment_names_the_key_argument_private_key_by_default() -> None:
    from peaq_os_sdk.orchestration.signing import sign_x402_payment

    with pytest.raises(OrchestrationValidationError) as info:
        sign_x402_payment(_intent_with({**OFFER, "maxAmountRequired": "1"}), "0x12")
    assert info.value.field == "private_key"


def test_pay_order_names_what_each_rail_needs_in_full(world: World) -> None:
    """The whole constraint, not a fragment: a caller reads it to know what to pass."""
    wallet, token = _order(world, "svc-price-pro")
    x402, _ = _order(world, "svc-walrus-store")
    escrow, token2 = _order(world, "svc-rtk-eu")
    cases: list[tuple[Any, str, str]] = [
        (
            lambda: flows.pay_order(world.client, wallet, pairing_token=token),
            "transfer",
            "required on the wallet rail: a function (intent) -> transaction hash of your transfer",
        ),
        (
            lambda: flows.pay_order(world.client, x402, pairing_token=token),
            "agent_key",
            "required to sign the x402 payment of this order",
        ),
        (
            lambda: flows.pay_order(world.client, escrow, pairing_token=token2, transfer=lambda i: TX),
            "rail",
            "pay_order pays wallet, wdk-usdt-transfer, x402; the escrow rail is paid with submit_payment_proof or lock_escrow_payment",
        ),
    ]
    for call, field, constraint in cases:
        with pytest.raises(OrchestrationValidationError) as info:
            call()
        assert (info.value.field, info.value.constraint) == (field, constraint)
        assert str(info.value) == f"{field}: {constraint}"


@pytest.mark.parametrize(
    ("extra", "name", "version"),
    [({}, "USD Coin", "2"), ({"name": "Tether", "version": "1"}, "Tether", "1")],
    ids=["defaults", "from-the-offer"],
)
def test_the_x402_signature_covers_the_tokens_eip712_domain(extra: dict[str, Any], name: str, version: str) -> None:
    """The authorization is signed under the token's EIP-712 domain: its name and version come from the offer's
    ``extra`` (USDC's "USD Coin" / "2" when absent), so a facilitator recovering it with that domain gets the payer."""
    from eth_account import Account
    from eth_account.messages import encode_typed_data

    from peaq_os_sdk.orchestration.signing import X402_NETWORKS, sign_x402_payment

    offer = {**OFFER, "maxAmountRequired": "10000", "extra": extra}
    payload = _decoded(sign_x402_payment(_intent_with(offer), AGENT_KEY))
    auth = payload["payload"]["authorization"]
    fields = [("from", "address"), ("to", "address"), ("value", "uint256"), ("validAfter", "uint256"),
              ("validBefore", "uint256"), ("nonce", "bytes32")]  # fmt: skip
    message = {
        "from": auth["from"], "to": auth["to"], "value": int(auth["value"]), "validAfter": int(auth["validAfter"]),
        "validBefore": int(auth["validBefore"]), "nonce": bytes.fromhex(auth["nonce"][2:]),
    }  # fmt: skip
    domain = {"name": name, "version": version, "chainId": X402_NETWORKS["base"], "verifyingContract": OFFER["asset"]}
    signable = encode_typed_data(
        domain, {"TransferWithAuthorization": [{"name": n, "type": t} for n, t in fields]}, message
    )
    assert Account.recover_message(signable, signature=payload["payload"]["signature"]) == address_of(AGENT_KEY)


def test_sign_x402_payment_states_each_refusal_in_full() -> None:
    from peaq_os_sdk.orchestration.signing import sign_x402_payment

    with pytest.raises(OrchestrationValidationError) as info:
        sign_x402_payment(_intent_with({**OFFER, "scheme": "upto", "maxAmountRequired": "1"}), AGENT_KEY)
    assert (info.value.field, info.value.constraint) == ("intent", "an x402 challenge offering the exact scheme")


def test_the_sync_flow_closes_an_async_transfers_coroutine_it_refuses(world: World) -> None:
    """An ``async def`` transfer given to the sync ``pay_order`` is refused; the coroutine it returned is closed,
    so no "coroutine was never awaited" warning follows the refusal."""
    import gc
    import warnings

    order, token = _order(world, "svc-price-pro")

    async def transfer(intent: MarketPayment) -> str:
        return TX

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(OrchestrationValidationError):
            flows.pay_order(world.client, order, pairing_token=token, agent_key=AGENT_KEY, transfer=transfer)
        gc.collect()
    assert not [w for w in caught if "never awaited" in str(w.message)], [str(w.message) for w in caught]
