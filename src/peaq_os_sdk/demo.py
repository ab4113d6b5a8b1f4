"""End-to-end machine-market demo: the whole flow a real integrator goes through.

Run it from an installed package with ``peaqos-demo`` or ``python -m peaq_os_sdk.demo`` (the embedded
mock needs the ``[mock]`` extra: ``pip install 'peaq-os-sdk[mock]'``), or from a clone with ``make demo``.

By default it starts the embedded mock orchestrator on a free loopback port. With
PEAQOS_ORCHESTRATION_URL (and PEAQOS_API_KEY) set it targets that server instead; a server that is
not this project's mock also needs PEAQOS_DEMO_IDENTITY_REF and PEAQOS_DEMO_CONTROLLER_KEY (a
registered peaqOS identity and one of its controller keys) and PEAQOS_DEMO_AGENT_KEY.

Exit status: 0 when every step did what it should, 1 otherwise.
"""

from __future__ import annotations

import os
import secrets
import sys
import time
from contextlib import ExitStack

import httpx

from peaq_os_sdk import PeaqosClient
from peaq_os_sdk.orchestration import (
    CreateMarketOrderRequest,
    CreatePaymentIntentRequest,
    DelegationPolicy,
    EnrollMachineAgentRequest,
    ExecuteMarketOrderNativeResponse,
    ExecuteMarketOrderRequest,
    ExecutePaymentInput,
    ListMarketServicesOptions,
    MachineAgentHeartbeatEndpoint,
    MachineAgentHeartbeatRequest,
    MarketSearchRequest,
    OrchestrationApiError,
    OrchestrationError,
    PaymentRailInput,
    ReleasePaymentRequest,
    SubmitPaymentProofRequest,
    SubmitX402PaymentProofRequest,
    flows,
)
from peaq_os_sdk.orchestration.signing import address_of, sign_x402_payment

_step = 0


def step(title: str, detail: str = "") -> None:
    global _step
    _step += 1
    print(f"[{_step:2d}] {title}" + (f"\n       {detail}" if detail else ""), flush=True)


def note(text: str) -> None:
    print(f"       {text}", flush=True)


def masked(secret: str | None) -> str:
    return "(none)" if not secret else f"received, {len(secret)} chars, ends …{secret[-4:]} (shown once, keep it safe)"


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SystemExit(f"demo check failed: {what}")


def setup(stack: ExitStack) -> tuple[str, str | None, str, str, str]:
    """Server URL, API key, identity ref, controller key, agent key."""
    url = os.environ.get("PEAQOS_ORCHESTRATION_URL")
    api_key = os.environ.get("PEAQOS_API_KEY")
    controller_key = os.environ.get("PEAQOS_DEMO_CONTROLLER_KEY") or "0x" + secrets.token_hex(32)
    agent_key = os.environ.get("PEAQOS_DEMO_AGENT_KEY") or "0x" + secrets.token_hex(32)
    if not url:
        try:
            from peaq_os_sdk.mock import MockConfig, MockServer
        except ImportError as exc:  # the embedded mock's dependencies come with the [mock] extra
            raise SystemExit(
                f"the embedded mock needs the [mock] extra (pip install 'peaq-os-sdk[mock]'): {exc}; "
                "or set PEAQOS_ORCHESTRATION_URL to a running orchestrator"
            ) from exc

        server = stack.enter_context(MockServer(MockConfig()))
        url = server.url
        step("Started the embedded mock orchestrator", f"{url}  (API under /api/v1, admin under /_mock)")
    else:
        step("Targeting the orchestrator from PEAQOS_ORCHESTRATION_URL", url)
    identity_ref = os.environ.get("PEAQOS_DEMO_IDENTITY_REF")
    if not identity_ref:
        token_id = int(time.time() * 1000) % 10**12
        r = httpx.post(
            f"{url}/_mock/identities",
            json={"tokenId": str(token_id), "controllerAddresses": [address_of(controller_key)]},
            timeout=10,
        )
        if r.status_code != 201:
            raise SystemExit(
                "this server has no /_mock admin routes: set PEAQOS_DEMO_IDENTITY_REF, "
                "PEAQOS_DEMO_CONTROLLER_KEY and PEAQOS_DEMO_AGENT_KEY"
            )
        identity_ref = f"peaqos:machine:{token_id}"
        step(
            "Registered a peaqOS identity in the simulated registry (MCR)",
            f"{identity_ref}, controller {address_of(controller_key)}",
        )
    return url, api_key, identity_ref, controller_key, agent_key


def main() -> int:
    with ExitStack() as stack:
        url, api_key, identity_ref, controller_key, agent_key = setup(stack)
        client = stack.enter_context(PeaqosClient(orchestration_url=url, api_key=api_key))
        o = client.orchestration

        # -- the machine ------------------------------------------------------------------------
        machine = flows.register_machine(
            client,
            identity_ref=identity_ref,
            controller_key=controller_key,
            display_name="Rooftop weather robot",
            owner_id=address_of(controller_key),
            machine_type="robot",
            runtime_profile="linux-docker",
            capabilities=["gnss", "camera"],
            labels={"site_id": "berlin-01"},
        )
        step(
            "Registered and activated the machine with an EIP-191 identity proof",
            f"{machine.id} status={machine.status} identity={machine.identity_ref} "
            f"signer={machine.identity_proof.signer_address if machine.identity_proof else None}",
        )
        check(machine.status == "active", "machine is active")

        # -- the machine-side agent ---------------------------------------------------------------
        agent = o.enroll_machine_agent(
            machine.id, EnrollMachineAgentRequest(label="edge agent", allowed_provider_keys=["qvac"])
        ).item
        step(
            "Enrolled a machine agent",
            f"{agent.id} status={agent.status}; provisioning token {masked(agent.provisioning_token)}",
        )
        check(bool(agent.provisioning_token), "provisioning token returned once")
        beat = o.machine_agent_heartbeat(
            MachineAgentHeartbeatRequest(
                machine_id=machine.id,
                agent_id=agent.id,
                agent_token=agent.provisioning_token or "",
                endpoints=[
                    MachineAgentHeartbeatEndpoint(provider_key="qvac", endpoint_base_url="http://127.0.0.1:11434/v1")
                ],
                lease_ttl_seconds=120,
            )
        )
        step(
            "Heartbeat from the machine agent (no API key; the token rides in the body)",
            ", ".join(
                f"{e.provider_key} {e.endpoint_base_url} {e.status} lease→{e.lease_expires_at}" for e in beat.endpoints
            ),
        )

        # -- the AI agent -------------------------------------------------------------------------
        policy = DelegationPolicy(
            per_transaction_limit=1.0, daily_spend_limit=5.0, currency="USD", denied_skill_keys=("compute.marketplace",)
        )
        pairing = flows.pair_agent(
            client,
            machine.id,
            agent_key=agent_key,
            agent_provider="anthropic",
            agent_role="machine-market-buyer",
            delegation_policy=policy,
        )
        token = pairing.pairing_token or ""
        step(
            "Paired an AI agent (challenge → EIP-191 proof → pairing) with a delegation policy",
            f"{pairing.id} agent={pairing.agent_address} did={pairing.agent_did}\n"
            f"       session JWT {masked(token)}; repr shows: pairing_token={repr(pairing).split('pairing_token=')[1]}",
        )
        check(token.count(".") == 2, "pairing token is a JWT")

        # -- browse -------------------------------------------------------------------------------
        skills = list(o.list_skills_all(limit=3))
        step(
            "Browsed the skill registry (auto-paginated, 3 per page)",
            f"{len(skills)} skills: " + ", ".join(s.key for s in skills),
        )
        feeds = o.list_market_services(ListMarketServicesOptions(service_type="oracle.price-feed")).items
        step(
            "Browsed market services for oracle.price-feed",
            "; ".join(f"{s.id} {s.execution_mode} rail={s.payment.default_rail if s.payment else '?'}" for s in feeds),
        )

        # -- search and order ---------------------------------------------------------------------
        search = o.search_market(
            MarketSearchRequest(
                machine_id=machine.id,
                agent_pairing_id=pairing.id,
                service_type="defi",
                operation="get-latest-price",
                required_capabilities=["sub-second"],
                require_native_execution=True,
            ),
            token,
        ).item
        step(
            "Searched the market (x-agent-pairing-token auth)",
            f"{search.id} status={search.status} task={search.normalized_task.service_type}; quotes: "
            + "; ".join(
                f"{q.service_id} score={q.score} {q.pricing.amount} {q.pricing.currency} via {q.payment.default_rail}"
                for q in search.quotes
            ),
        )
        check(search.status == "completed" and bool(search.quotes), "search found quotes")
        best = search.quotes[0]
        order = o.create_market_order(
            CreateMarketOrderRequest(
                machine_id=machine.id,
                agent_pairing_id=pairing.id,
                service_id=best.service_id,
                search_id=search.id,
                quote_id=best.id,
                input={"pair": "PEAQ/USD"},
            ),
            token,
        ).item
        step("Ordered the best quote", f"{order.id} status={order.status} rail={order.payment.default_rail}")

        # -- pay ------------------------------------------------------------------------------------
        intent = o.create_payment_intent(
            order.id,
            CreatePaymentIntentRequest(
                rail=PaymentRailInput(type="wallet", chain="peaq", token="USDT", payer_address=pairing.agent_address)
            ),
            token,
        ).item
        step(
            "Created the payment intent",
            f"{intent.id} status={intent.status} {intent.amount} {intent.currency} on {intent.rail.chain}",
        )
        paid = o.submit_payment_proof(
            order.id,
            SubmitPaymentProofRequest(
                verification_mode="recorded",
                chain="peaq",
                token="USDT",
                payer_address=pairing.agent_address,
                payee_address=order.payment.payee_address or order.payment.wallet_address or pairing.agent_address,
                amount=f"{intent.amount or 0:.2f}",
                transaction_hash="0x" + secrets.token_hex(32),
            ),
            token,
        ).item
        step("Submitted the on-chain payment proof", f"payment {paid.status}, rail upgraded to {paid.rail.type}")
        check(paid.status == "held", "payment held")

        # -- execute, confirm, release ----------------------------------------------------------
        run = o.execute_market_order(order.id, ExecuteMarketOrderRequest(input={"pair": "PEAQ/USD"}), token)
        outcome = getattr(run.execution, "outcome", None)
        step(
            "Executed the order",
            f"HTTP {run.execution.status_code}; order {run.order.status}; "
            f"result={outcome.result if outcome else getattr(run.execution, 'handoff', None)}",
        )
        check(run.execution.status_code == 200, "native execution")
        confirmed = o.confirm_market_order(order.id, token)
        step(
            "Confirmed delivery",
            f"order {confirmed.order.status}; payment {confirmed.payment.status if confirmed.payment else None}",
        )
        released = o.release_payment(order.id, ReleasePaymentRequest(notes="delivered on time"), token).item
        step("Released the payment", f"payment {released.status}")
        check(released.status == "released", "payment released")

        # -- the x402 path: order -> intent -> sign locally -> proof -> execute -> confirm --------------
        x_order = o.create_market_order(
            CreateMarketOrderRequest(
                machine_id=machine.id,
                agent_pairing_id=pairing.id,
                service_id="svc-walrus-store",
                operation="put-object",
                input={"object_key": "reports/today.json"},
            ),
            token,
        ).item
        x_intent = o.create_payment_intent(x_order.id, CreatePaymentIntentRequest(), token).item
        signature = sign_x402_payment(x_intent, agent_key)
        step(
            "Ordered x402 blob storage and signed the provider's payment challenge locally (EIP-3009)",
            f"{x_order.id} rail={x_intent.rail.type} {x_intent.amount} {x_intent.currency} on {x_intent.rail.chain}; "
            f"PAYMENT-SIGNATURE value of {len(signature)} chars (a secret: never logged)",
        )
        x_paid = o.submit_payment_proof(
            x_order.id,
            SubmitX402PaymentProofRequest(
                payment=ExecutePaymentInput(payment_signature=signature), payment_reference=x_order.id
            ),
            token,
        ).item
        header = x_paid.proof.metadata.get("headerName") if x_paid.proof else None
        step("Submitted the x402 payment proof (recorded for execute)", f"payment {x_paid.status}; header {header}")
        check(x_paid.status == "held", "x402 payment held")
        x_run = o.execute_market_order(
            x_order.id, ExecuteMarketOrderRequest(payment=ExecutePaymentInput(payment_signature=signature)), token
        )
        x_outcome = getattr(x_run.execution, "outcome", None)
        step(
            "Executed the x402 order (the signed payment replayed to the provider)",
            f"HTTP {x_run.execution.status_code}; order {x_run.order.status}; "
            f"result={x_outcome.result if x_outcome else None}",
        )
        x_confirmed = o.confirm_market_order(x_order.id, token)
        settlement = (
            x_confirmed.payment.proof.metadata.get("paymentSettlement", {})
            if x_confirmed.payment and x_confirmed.payment.proof
            else {}
        )
        step("Confirmed delivery; the x402 payment is settled", f"settlement {settlement.get('status')}")
        check(settlement.get("status") == "settled", "x402 payment settled")

        # -- a refused order ------------------------------------------------------------------------
        try:
            o.create_market_order(
                CreateMarketOrderRequest(machine_id=machine.id, agent_pairing_id=pairing.id, service_id="svc-rtk-eu"),
                token,
            )
        except OrchestrationApiError as e:
            step(
                "Tried an order above the per-transaction limit — refused as it should be",
                f"{e.code} (HTTP {e.status_code}): {e.message}",
            )
            check(e.code == "AGENT_SPEND_LIMIT_EXCEEDED", "spend limit enforced")
        else:
            check(False, "the over-limit order was refused")
        try:
            o.create_market_order(
                CreateMarketOrderRequest(
                    machine_id=machine.id, agent_pairing_id=pairing.id, service_id="svc-akash-gpu"
                ),
                token,
            )
        except OrchestrationApiError as e:
            step("Tried a service the delegation policy denies — refused", f"{e.code} (HTTP {e.status_code})")
            check(e.code == "AGENT_POLICY_DENIED", "policy enforced")
        else:
            check(False, "the denied order was refused")
        orders = list(o.list_market_orders_all(machine_id=machine.id))
        step("Listed the machine's orders", ", ".join(f"{x.id}:{x.status}" for x in orders))

        # -- observability: the settled order's audit trail, its run, readiness ------------------------
        mine = {x_order.id, x_paid.id}
        trail = [e.type for e in o.list_audit_events_all(machine_id=machine.id) if e.resource_id in mine]
        step("Read the audit trail of the settled x402 order (its order and payment events)", " -> ".join(trail))
        check(trail[0] == "market_order.created" and "market_order.confirmed" in trail, "order audited")
        check("payment.release_pending" in trail, "settlement audited")
        runs = o.list_runs(order_id=x_order.id).items
        check(len(runs) == 1, "one run recorded for the execution")
        record = o.get_run(runs[0].id).item
        step(
            "Fetched the order's run",
            f"{record.id} {record.status} (order {record.order_id}, outcome {record.outcome_id})",
        )
        check(
            isinstance(x_run, ExecuteMarketOrderNativeResponse) and record.id == x_run.execution.run.id,
            "the run is the execution's",
        )
        ready = o.get_readiness()
        step("Checked readiness", f"{ready.status}: " + ", ".join(f"{c.name} {c.status}" for c in ready.checks))
    print("\nDemo finished: every step succeeded.")
    return 0


def cli() -> None:
    """Console script ``peaqos-demo`` and ``python -m peaq_os_sdk.demo``."""
    try:
        sys.exit(main())
    except OrchestrationError as exc:
        print(f"\nDemo failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
    except SystemExit as exc:
        if exc.code not in (0, None):
            print(f"\n{exc.code}", file=sys.stderr)
            sys.exit(1)
        raise


if __name__ == "__main__":
    cli()
