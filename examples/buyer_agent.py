"""A buyer agent, sync and async: pair with a machine, search, order, pay, execute, confirm, release.

Written from the README and the docstrings only, as a new user would; the test suite runs it against the
simulator and type-checks it with mypy --strict and pyright against the built wheel.

    python examples/buyer_agent.py                     # starts an in-process simulator
"""

from __future__ import annotations

import asyncio
import secrets

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.orchestration import (
    AgentPairing,
    CreateMarketOrderRequest,
    CreatePaymentIntentRequest,
    DelegationPolicy,
    ExecuteMarketOrderRequest,
    ItemResponse,
    MarketOrder,
    MarketPayment,
    MarketSearchRequest,
    OrchestrationApiError,
    PaymentRailInput,
    ReleasePaymentRequest,
    SubmitPaymentProofRequest,
    flows,
)
from peaq_os_sdk.orchestration.signing import address_of

CONTROLLER_KEY = "0x" + "4c" * 32  # demo keys: load real ones from your secret store
AGENT_KEY = "0x" + "a7" * 32
POLICY = DelegationPolicy(per_transaction_limit=1.0, daily_spend_limit=5.0, currency="USD")


def proof_for(order: MarketOrder, pairing: AgentPairing, amount: float) -> SubmitPaymentProofRequest:
    """The proof of an on-chain USDT transfer (recorded mode: the orchestrator records the attestation)."""
    payee = order.payment.payee_address or order.payment.wallet_address or pairing.agent_address
    return SubmitPaymentProofRequest(
        verification_mode="recorded",
        chain="peaq",
        token="USDT",
        payer_address=pairing.agent_address,
        payee_address=payee,
        amount=f"{amount:.2f}",  # a decimal string: the exact on-chain amount
        transaction_hash="0x" + secrets.token_hex(32),
    )


def buy(client: PeaqosClient, machine_id: str) -> MarketPayment:
    o = client.orchestration
    pairing = flows.pair_agent(
        client,
        machine_id,
        agent_key=AGENT_KEY,
        agent_provider="anthropic",
        agent_role="buyer",
        delegation_policy=POLICY,
    )
    token = pairing.pairing_token  # a str: pairing create always returns the one-time token
    search = o.search_market(
        MarketSearchRequest(
            machine_id=machine_id,
            agent_pairing_id=pairing.id,
            service_type="defi",
            operation="get-latest-price",
            required_capabilities=["sub-second"],
            require_native_execution=True,
        ),
        token,
    ).item
    best = search.quotes[0]
    order = o.create_market_order(
        CreateMarketOrderRequest(
            machine_id=machine_id,
            agent_pairing_id=pairing.id,
            service_id=best.service_id,
            search_id=search.id,
            quote_id=best.id,
            input={"pair": "PEAQ/USD"},
        ),
        token,
    ).item
    intent = o.create_payment_intent(
        order.id,
        CreatePaymentIntentRequest(
            rail=PaymentRailInput(type="wallet", chain="peaq", token="USDT", payer_address=pairing.agent_address)
        ),
        token,
    ).item
    o.submit_payment_proof(order.id, proof_for(order, pairing, intent.amount or 0.0), token)
    run = o.execute_market_order(order.id, ExecuteMarketOrderRequest(input={"pair": "PEAQ/USD"}), token)
    print("executed:", run.order.status, "HTTP", run.execution.status_code)
    o.confirm_market_order(order.id, token)
    released: ItemResponse[MarketPayment] = o.release_payment(order.id, ReleasePaymentRequest(), token)
    return released.item


async def abuy(client: AsyncPeaqosClient, machine_id: str) -> str:
    o = client.orchestration
    pairing = await flows.apair_agent(
        client,
        machine_id,
        agent_key=AGENT_KEY,
        agent_provider="anthropic",
        agent_role="buyer",
        delegation_policy=POLICY,
    )
    token = pairing.pairing_token
    try:
        await o.create_market_order(
            CreateMarketOrderRequest(machine_id=machine_id, agent_pairing_id=pairing.id, service_id="svc-rtk-eu"),
            token,
        )
    except OrchestrationApiError as exc:
        return exc.code
    return "accepted"


def main() -> int:
    from peaq_os_sdk.mock import MockServer

    with MockServer() as server:
        server.register_identity(5, [address_of(CONTROLLER_KEY)])
        with PeaqosClient(orchestration_url=server.url) as client:
            machine = flows.register_machine(
                client,
                identity_ref="did:peaq:5",
                controller_key=CONTROLLER_KEY,
                display_name="buyer host",
                owner_id="owner-1",
                machine_type="agent-host",
                runtime_profile="linux-amd64",
            )
            payment = buy(client, machine.id)
            print("payment:", payment.status)

        async def run_async() -> str:
            async with AsyncPeaqosClient(orchestration_url=server.url) as aclient:
                return await abuy(aclient, machine.id)

        refused = asyncio.run(run_async())
        print("over-limit order:", refused)
        return 0 if (payment.status, refused) == ("released", "AGENT_SPEND_LIMIT_EXCEEDED") else 1


if __name__ == "__main__":
    raise SystemExit(main())
