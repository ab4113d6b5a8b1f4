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
    CreateMarketOrderRequest,
    DelegationPolicy,
    ExecuteMarketOrderRequest,
    ItemResponse,
    MarketPayment,
    MarketSearchRequest,
    OrchestrationApiError,
    OrchestrationValidationError,
    PaymentRailInput,
    ReleasePaymentRequest,
    flows,
)
from peaq_os_sdk.orchestration.signing import address_of

CONTROLLER_KEY = "0x" + "4c" * 32  # demo keys: load real ones from your secret store
AGENT_KEY = "0x" + "a7" * 32
POLICY = DelegationPolicy(per_transaction_limit=1.0, daily_spend_limit=5.0, currency="USD")


def transfer(intent: MarketPayment) -> str:
    """Your wallet pays the provider (peaqOS moves no money) and returns the transaction hash.

    The intent says what to send: ``intent.amount`` whole tokens (a JSON number, e.g. 0.05) of ``intent.rail.token``
    to ``intent.rail.payee_address`` on ``intent.rail.chain``; on chain that is ``amount x 10^decimals`` base
    units. This demo only makes up a hash (the simulator records proofs in ``recorded`` mode without a chain).
    """
    print("transfer:", intent.amount, intent.rail.token, "to", intent.rail.payee_address, "on", intent.rail.chain)
    return "0x" + secrets.token_hex(32)


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
    paid = flows.pay_order(
        client,
        order,
        pairing_token=token,
        agent_key=AGENT_KEY,
        transfer=transfer,
        rail=PaymentRailInput(type="wallet", chain="peaq", token="USDT"),
    )
    print("paid:", paid.status, "on", paid.rail.type)  # held, on wdk-usdt-transfer (a USDT wallet payment)
    run = o.execute_market_order(order.id, ExecuteMarketOrderRequest(input={"pair": "PEAQ/USD"}), token)
    print("executed:", run.order.status, "HTTP", run.execution.status_code)
    o.confirm_market_order(order.id, token)
    released: ItemResponse[MarketPayment] = o.release_payment(order.id, ReleasePaymentRequest(), token)
    return released.item


async def abuy(client: AsyncPeaqosClient, machine_id: str) -> tuple[str, str]:
    """Async: an order the delegation policy refuses, then an x402 purchase paid by a local signature."""
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
    refused = "accepted"
    try:
        await o.create_market_order(
            CreateMarketOrderRequest(machine_id=machine_id, agent_pairing_id=pairing.id, service_id="svc-rtk-eu"),
            token,
        )
    except OrchestrationApiError as exc:
        refused = exc.code  # AGENT_SPEND_LIMIT_EXCEEDED: 2.0 USD is over the 1.0 per-transaction limit
    order = (
        await o.create_market_order(
            CreateMarketOrderRequest(
                machine_id=machine_id,
                agent_pairing_id=pairing.id,
                service_id="svc-walrus-store",
                input={"object_key": "reports/today.json"},
            ),
            token,
        )
    ).item
    paid = await flows.apay_order(client, order, pairing_token=token, agent_key=AGENT_KEY)  # x402: signed, held
    run = await o.execute_market_order(order.id, ExecuteMarketOrderRequest(), token)  # the signature is replayed
    confirmed = await o.confirm_market_order(order.id, token)
    print("x402:", paid.status, "->", run.order.status, "->", confirmed.order.status)
    return refused, confirmed.order.status


def mistakes() -> list[str]:
    """Mistakes are refused before any request, naming what you typed."""
    said: list[str] = []
    with PeaqosClient(orchestration_url="http://127.0.0.1:9") as nowhere:  # never reached
        for bad in (
            DelegationPolicy(per_transaction_limit=5.0, daily_spend_limit=1.0),  # the two limits swapped
            DelegationPolicy(per_transaction_limit=1.0, currency="usd"),  # currencies are upper-case codes
        ):
            try:
                flows.pair_agent(
                    nowhere,
                    "mach_1",
                    agent_key=AGENT_KEY,
                    agent_provider="anthropic",
                    agent_role="buyer",
                    delegation_policy=bad,
                )
            except OrchestrationValidationError as exc:
                said.append(exc.field)
    return said


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

        async def run_async() -> tuple[str, str]:
            async with AsyncPeaqosClient(orchestration_url=server.url) as aclient:
                return await abuy(aclient, machine.id)

        refused, x402_status = asyncio.run(run_async())
        print("over-limit order:", refused)
        print("refused before sending:", ", ".join(mistakes()))
        ok = (payment.status, refused, x402_status) == ("released", "AGENT_SPEND_LIMIT_EXCEEDED", "confirmed")
        return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
