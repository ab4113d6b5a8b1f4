"""One-call helpers for the common multi-step flows, thin over the documented methods.

``register_machine`` (identity challenge -> proof -> create -> activate), ``pair_agent`` (pairing challenge ->
proof -> pairing with its one-time token), ``rotate_session``, ``update_delegation_policy`` and ``pay_order``
(payment intent -> on-chain transfer proof or x402 signature -> payment held). Arguments are checked before
the first request, and an error names the argument as the caller wrote it (``agent_key``, ``delegation_policy.
per_transaction_limit``), never an internal name.

Each flow is written once, as a generator that yields steps — calls of the typed
``client.orchestration`` methods, ``lambda o: o.create_machine(params)`` — and receives each step's
result. ``register_machine(client, ...)`` runs it against ``PeaqosClient.orchestration``;
its async twin ``aregister_machine(client, ...)`` runs the same generator against
``AsyncPeaqosClient.orchestration``, awaiting each step. Signing uses eth-account (loaded lazily).

    pairing = flows.pair_agent(client, machine.id, agent_key=key, agent_provider="anthropic",
                               agent_role="buyer", delegation_policy=DelegationPolicy(...))
    token = pairing.pairing_token
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Awaitable, Callable, Generator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import attrs

from peaq_os_sdk._generated.models import (
    AgentPairing,
    AgentPairingWithToken,
    AgentProofInput,
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingRequest,
    CreateAgentPairingSessionRequest,
    CreateMachineIdentityChallengeRequest,
    CreateMachineRequest,
    CreatePaymentIntentRequest,
    DelegationPolicy,
    ExecutePaymentInput,
    Machine,
    MachineIdentityProofInput,
    MarketOrder,
    MarketPayment,
    PaymentRailInput,
    PaymentVerificationMode,
    SubmitPaymentProofRequest,
    SubmitX402PaymentProofRequest,
    UpdateAgentPairingRequest,
    UpdateMachineRequest,
)
from peaq_os_sdk.orchestration._validate import require_str, validate_body, validate_model
from peaq_os_sdk.orchestration.errors import OrchestrationValidationError
from peaq_os_sdk.orchestration.signing import (
    address_of,
    sign_identity_challenge,
    sign_pairing_challenge,
    sign_x402_payment,
)

if TYPE_CHECKING:
    from peaq_os_sdk._generated.endpoints import Orchestration
    from peaq_os_sdk.client import AsyncPeaqosClient, PeaqosClient

T = TypeVar("T")
P = ParamSpec("P")
Step = Callable[["Orchestration"], Any]
"""One call of a documented method. The async twin hands it the async namespace and awaits the result."""
Flow = Generator[Step, Any, T]


class _Twins(Generic[P, T]):
    """A flow as its sync function (``self(client, ...)``) and its async twin (``self.aio(client, ...)``)."""

    def __init__(self, flow: Callable[P, Flow[T]]) -> None:
        # runs at import (the decorator), before mutmut forks a mutant: not mutated; test_runtime_units checks it
        self._flow = flow  # pragma: no mutate
        functools.update_wrapper(self, flow)  # pragma: no mutate
        sig = inspect.signature(flow)  # pragma: no mutate
        kind = inspect.Parameter.POSITIONAL_OR_KEYWORD  # pragma: no mutate
        client = inspect.Parameter("client", kind, annotation="PeaqosClient")  # pragma: no mutate
        self.__signature__ = sig.replace(parameters=[client, *sig.parameters.values()])  # pragma: no mutate

    def __call__(self, client: PeaqosClient, *args: P.args, **kwargs: P.kwargs) -> T:
        flow = self._flow(*args, **kwargs)
        ns = client.orchestration
        try:
            step = next(flow)
            while True:
                got = step(ns)
                if inspect.isawaitable(got):  # a caller's async callback handed to the sync flow
                    getattr(got, "close", lambda: None)()
                    flow.throw(_sync_only())
                step = flow.send(got)
        except StopIteration as done:
            result: T = done.value
            return result

    async def aio(self, client: AsyncPeaqosClient, *args: P.args, **kwargs: P.kwargs) -> T:
        flow = self._flow(*args, **kwargs)
        ns: Any = client.orchestration  # the steps are written against the sync namespace; same names, awaited
        try:
            step = next(flow)
            while True:
                got = step(ns)
                # every method of the async namespace returns an awaitable; a caller's callback may not
                step = flow.send(await got if inspect.isawaitable(got) else got)
        except StopIteration as done:
            result: T = done.value
            return result


def _sync_only() -> OrchestrationValidationError:
    return OrchestrationValidationError(
        "transfer", "a function returning the transaction hash (an async one needs the async flow, apay_order)"
    )


def _arguments(obj: Any) -> None:
    """Check a request built from a flow's keyword arguments, reporting each field as the argument it came from."""
    validate_model(obj, "")


def _decimal_text(amount: float) -> str:
    """A JSON number amount as the decimal text a proof carries (0.25 -> '0.25', 1e-07 -> '0.0000001')."""
    return format(Decimal(repr(amount)), "f")


@_Twins
def register_machine(
    *,
    identity_ref: str,
    controller_key: str,
    display_name: str,
    owner_id: str,
    machine_type: str,
    runtime_profile: str,
    activate: bool = True,
    capabilities: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
    skill_keys: Sequence[str] | None = None,
    policy_ids: Sequence[str] | None = None,
) -> Flow[Machine]:
    """``register_machine(client, *, identity_ref, controller_key, ...)``: identity challenge -> EIP-191 proof with
    the controller key -> create (-> activate). Returns the machine. Async twin: :func:`aregister_machine`."""
    address_of(controller_key, name="controller_key")  # a bad key is refused before any request
    if not isinstance(activate, bool):
        raise OrchestrationValidationError("activate", "type=bool")
    unsigned = CreateMachineRequest(
        display_name=display_name,
        owner_id=owner_id,
        machine_type=machine_type,
        runtime_profile=runtime_profile,
        identity_ref=identity_ref,
        identity_proof=MachineIdentityProofInput(challenge_id="-", signature="0x" + "00" * 65),  # signed below
        capabilities=capabilities,
        labels=labels,
        skill_keys=skill_keys,
        policy_ids=policy_ids,
    )
    _arguments(unsigned)  # every argument checked, under its own name, before the first request
    challenge = yield lambda o: o.create_machine_identity_challenge(
        CreateMachineIdentityChallengeRequest(identity_ref=identity_ref)
    )
    params = attrs.evolve(unsigned, identity_proof=sign_identity_challenge(challenge, controller_key))
    machine: Machine = (yield lambda o: o.create_machine(params)).item
    if activate:
        created = machine
        machine = (yield lambda o: o.update_machine(created.id, UpdateMachineRequest(status="active"))).item
    return machine


@_Twins
def pair_agent(
    machine_id: str,
    *,
    agent_key: str,
    agent_provider: str,
    agent_role: str,
    agent_did: str | None = None,
    description: str | None = None,
    delegation_policy: DelegationPolicy | None = None,
) -> Flow[AgentPairingWithToken]:
    """``pair_agent(client, machine_id, *, agent_key, ...)``: pairing challenge -> EIP-191 proof with the agent's
    key -> pairing. ``.pairing_token`` is set (once). Async twin: :func:`apair_agent`."""
    address = address_of(agent_key, name="agent_key")  # a bad key is refused before any request
    require_str(machine_id, "machine_id")
    unsigned = CreateAgentPairingRequest(
        agent_address=address,
        agent_provider=agent_provider,
        agent_role=agent_role,
        agent_proof=AgentProofInput(challenge_id="-", signature="0x" + "00" * 65),  # signed below
        agent_did=agent_did,
        description=description,
        delegation_policy=delegation_policy,
    )
    _arguments(unsigned)  # e.g. delegation_policy.per_transaction_limit above its daily limit: no request made
    binding = CreateAgentPairingChallengeRequest(
        agent_address=address, agent_provider=agent_provider, agent_role=agent_role, agent_did=agent_did
    )
    challenge = yield lambda o: o.create_agent_pairing_challenge(machine_id, binding)
    params = attrs.evolve(unsigned, agent_proof=sign_pairing_challenge(challenge, agent_key))
    pairing: AgentPairingWithToken = (yield lambda o: o.create_agent_pairing(machine_id, params)).item
    return pairing


@_Twins
def rotate_session(pairing: AgentPairing, *, agent_key: str) -> Flow[AgentPairingWithToken]:
    """``rotate_session(client, pairing, *, agent_key)``: fresh challenge for the pairing's agent -> proof -> new
    session; the returned token replaces the old one. Async twin: :func:`arotate_session`."""
    address_of(agent_key, name="agent_key")
    if not isinstance(pairing, AgentPairing):
        raise OrchestrationValidationError("pairing", "type=AgentPairing (the pairing pair_agent returned)")
    binding = CreateAgentPairingChallengeRequest(
        agent_address=pairing.agent_address, agent_provider=pairing.agent_provider, agent_role=pairing.agent_role
    )
    challenge = yield lambda o: o.create_agent_pairing_challenge(pairing.machine_id, binding)
    params = CreateAgentPairingSessionRequest(agent_proof=sign_pairing_challenge(challenge, agent_key))
    new: AgentPairingWithToken = (
        yield lambda o: o.create_agent_pairing_session(pairing.machine_id, pairing.id, params)
    ).item
    return new


@_Twins
def update_delegation_policy(
    pairing: AgentPairing, policy: DelegationPolicy, *, agent_key: str
) -> Flow[AgentPairingWithToken]:
    """``update_delegation_policy(client, pairing, policy, *, agent_key)``: PATCH the policy, then rotate the
    session (a policy change invalidates the current token). Async twin: :func:`aupdate_delegation_policy`."""
    address_of(agent_key, name="agent_key")
    if not isinstance(pairing, AgentPairing):
        raise OrchestrationValidationError("pairing", "type=AgentPairing (the pairing pair_agent returned)")
    validate_body(policy, DelegationPolicy, "policy")
    params = UpdateAgentPairingRequest(delegation_policy=policy)
    updated = yield lambda o: o.update_agent_pairing(pairing.machine_id, pairing.id, params)
    return (yield from rotate_session._flow(updated.item, agent_key=agent_key))


ON_CHAIN_RAILS = ("wallet", "wdk-usdt-transfer")
"""Rails ``pay_order`` pays with an on-chain transfer and its proof."""
SIGNED_RAILS = ("x402",)
"""Rails ``pay_order`` pays with a locally signed x402 payment."""


@_Twins
def pay_order(
    order: MarketOrder,
    *,
    pairing_token: str,
    agent_key: str | None = None,
    transfer: Callable[[MarketPayment], str | Awaitable[str]] | None = None,
    rail: PaymentRailInput | None = None,
    verification_mode: PaymentVerificationMode = "recorded",
) -> Flow[MarketPayment]:
    """``pay_order(client, order, *, pairing_token, agent_key=..., transfer=...)``: payment intent -> proof of an
    on-chain transfer (``wallet`` / ``wdk-usdt-transfer`` rails) or a locally signed x402 payment (``x402``) ->
    the payment ``held`` and the order ``ready`` to execute. Returns the payment. Async twin: :func:`apay_order`.

    * ``rail``: the rail to pay on (``PaymentRailInput(type="wallet", chain="peaq", token="USDT")``); without one
      the order's ``payment.default_rail`` is used. Rails needing no payment (``not-required``) return at once.
    * On-chain rails: ``transfer(intent)`` makes the transfer and returns its transaction hash (an async
      function with :func:`apay_order`). peaqOS does not move money: your wallet pays the provider. The intent
      tells what to send: ``intent.amount`` of ``intent.rail.token`` (``intent.currency``) on ``intent.rail.chain``
      to ``intent.rail.payee_address`` (or ``wallet_address``). The proof then says what was sent, from
      ``intent.rail.payer_address`` or else the address of ``agent_key``.
    * x402: ``agent_key`` signs the provider's payment challenge (EIP-3009, see
      :func:`~peaq_os_sdk.orchestration.signing.sign_x402_payment`); nothing moves until execute, which replays
      the recorded signature to the provider. No ``transfer`` is needed.

    Money: the intent's ``amount`` is a JSON number in whole units of its currency (``0.25`` USDT, as quoted
    prices); the proof's ``amount`` is the same value as decimal text (``"0.25"``), because a proof must match
    the on-chain transfer exactly, which a binary float cannot promise. On-chain the token moves in base units
    (``0.25`` USDT with 6 decimals is ``250000``): ``transfer`` converts, the proof does not need them.

    ``verification_mode``: ``recorded`` (the server records your attestation) or ``rpc`` (it checks the receipt
    on its EVM RPC; ``PAYMENT_RPC_REQUIRED`` when it has none). An intent that is already ``held`` is returned
    as it is (the intent call is idempotent), so a retry after a failure is safe.
    """
    if not isinstance(order, MarketOrder):
        raise OrchestrationValidationError("order", "type=MarketOrder (the order create_market_order returned)")
    require_str(pairing_token, "pairing_token")
    payer = address_of(agent_key, name="agent_key") if agent_key is not None else None
    if rail is not None:
        validate_body(rail, PaymentRailInput, "rail")
    if transfer is not None and not callable(transfer):
        raise OrchestrationValidationError("transfer", "a function (intent) -> transaction hash")
    if verification_mode not in ("recorded", "rpc"):
        raise OrchestrationValidationError("verification_mode", "one of recorded, rpc")
    rail_type = (rail.type if rail is not None else None) or order.payment.default_rail
    _check_means(rail_type, agent_key, transfer, before=True)
    if rail_type in ON_CHAIN_RAILS and not (payer or (rail and rail.payer_address) or order.payment.payer_address):
        raise OrchestrationValidationError(
            "agent_key",
            f"required on the {rail_type} rail to name the payer (or rail=PaymentRailInput(payer_address=))",
        )

    intent_request = CreatePaymentIntentRequest(rail=rail)
    intent: MarketPayment = (yield lambda o: o.create_payment_intent(order.id, intent_request, pairing_token)).item
    if intent.status != "intent_created":  # not_required, or already held (a repeated call)
        return intent
    _check_means(intent.rail.type, agent_key, transfer, before=False)
    proof: SubmitPaymentProofRequest | SubmitX402PaymentProofRequest
    if intent.rail.type in SIGNED_RAILS:
        assert agent_key is not None  # _check_means
        signature = sign_x402_payment(intent, agent_key, name="agent_key")
        proof = SubmitX402PaymentProofRequest(
            payment=ExecutePaymentInput(payment_signature=signature), payment_reference=order.id
        )
    else:
        assert transfer is not None  # _check_means
        send = transfer
        details = intent.rail
        payee = details.payee_address or details.wallet_address
        missing = [
            name
            for name, value in (
                ("rail.chain", details.chain),
                ("rail.token", details.token or intent.currency),
                ("rail.payee_address", payee),
                ("rail.payer_address (or agent_key)", details.payer_address or payer),
                ("amount", intent.amount),
            )
            if value is None
        ]
        if missing:
            raise OrchestrationValidationError(
                "rail", f"the payment intent leaves {', '.join(missing)} unset: name them in rail=PaymentRailInput(...)"
            )
        transaction_hash = yield lambda o: send(intent)
        if not isinstance(transaction_hash, str) or not transaction_hash:
            raise OrchestrationValidationError("transfer", "returns the transaction hash as a non-empty str")
        proof = SubmitPaymentProofRequest(
            verification_mode=verification_mode,
            chain=str(details.chain),
            token=str(details.token or intent.currency),
            payer_address=str(details.payer_address or payer),
            payee_address=str(payee),
            amount=_decimal_text(float(intent.amount or 0)),
            transaction_hash=transaction_hash,
        )
    held: MarketPayment = (yield lambda o: o.submit_payment_proof(order.id, proof, pairing_token)).item
    return held


def _check_means(rail_type: str, agent_key: str | None, transfer: object, *, before: bool) -> None:
    """The caller gave what the rail needs; ``before``: only the rails known before the intent are judged."""
    if rail_type in SIGNED_RAILS and agent_key is None:
        raise OrchestrationValidationError("agent_key", f"required to sign the {rail_type} payment of this order")
    if rail_type in ON_CHAIN_RAILS and transfer is None:
        raise OrchestrationValidationError(
            "transfer", f"required on the {rail_type} rail: a function (intent) -> transaction hash of your transfer"
        )
    if not before and rail_type not in SIGNED_RAILS + ON_CHAIN_RAILS:
        raise OrchestrationValidationError(
            "rail",
            f"pay_order pays {', '.join(ON_CHAIN_RAILS + SIGNED_RAILS)}; the {rail_type} rail is paid with "
            "submit_payment_proof or lock_escrow_payment",
        )


aregister_machine = register_machine.aio
"""Async :func:`register_machine`."""
apair_agent = pair_agent.aio
"""Async :func:`pair_agent`."""
arotate_session = rotate_session.aio
"""Async :func:`rotate_session`."""
aupdate_delegation_policy = update_delegation_policy.aio
"""Async :func:`update_delegation_policy`."""
apay_order = pay_order.aio
"""Async :func:`pay_order` (``transfer`` may be an async function)."""

__all__ = [
    "address_of",
    "apair_agent",
    "apay_order",
    "aregister_machine",
    "arotate_session",
    "aupdate_delegation_policy",
    "pair_agent",
    "pay_order",
    "register_machine",
    "rotate_session",
    "update_delegation_policy",
]
