"""One-call helpers for the common multi-step flows, thin over the documented methods.

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
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

from peaq_os_sdk._generated.models import (
    AgentPairing,
    AgentPairingWithToken,
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingRequest,
    CreateAgentPairingSessionRequest,
    CreateMachineIdentityChallengeRequest,
    CreateMachineRequest,
    DelegationPolicy,
    Machine,
    UpdateAgentPairingRequest,
    UpdateMachineRequest,
)
from peaq_os_sdk.orchestration.signing import address_of, sign_identity_challenge, sign_pairing_challenge

if TYPE_CHECKING:
    from peaq_os_sdk._generated.endpoints import Orchestration

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

    def __call__(self, client: Any, *args: P.args, **kwargs: P.kwargs) -> T:
        flow = self._flow(*args, **kwargs)
        ns = client.orchestration
        try:
            step = next(flow)
            while True:
                step = flow.send(step(ns))
        except StopIteration as done:
            result: T = done.value
            return result

    async def aio(self, client: Any, *args: P.args, **kwargs: P.kwargs) -> T:
        flow = self._flow(*args, **kwargs)
        ns = client.orchestration
        try:
            step = next(flow)
            while True:
                step = flow.send(await step(ns))
        except StopIteration as done:
            result: T = done.value
            return result


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
    challenge = yield lambda o: o.create_machine_identity_challenge(
        CreateMachineIdentityChallengeRequest(identity_ref=identity_ref)
    )
    params = CreateMachineRequest(
        display_name=display_name,
        owner_id=owner_id,
        machine_type=machine_type,
        runtime_profile=runtime_profile,
        identity_ref=identity_ref,
        identity_proof=sign_identity_challenge(challenge, controller_key),
        capabilities=capabilities,
        labels=labels,
        skill_keys=skill_keys,
        policy_ids=policy_ids,
    )
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
    binding = CreateAgentPairingChallengeRequest(
        agent_address=address, agent_provider=agent_provider, agent_role=agent_role, agent_did=agent_did
    )
    challenge = yield lambda o: o.create_agent_pairing_challenge(machine_id, binding)
    params = CreateAgentPairingRequest(
        agent_address=address,
        agent_provider=agent_provider,
        agent_role=agent_role,
        agent_proof=sign_pairing_challenge(challenge, agent_key),
        agent_did=agent_did,
        description=description,
        delegation_policy=delegation_policy,
    )
    pairing: AgentPairingWithToken = (yield lambda o: o.create_agent_pairing(machine_id, params)).item
    return pairing


@_Twins
def rotate_session(pairing: AgentPairing, *, agent_key: str) -> Flow[AgentPairingWithToken]:
    """``rotate_session(client, pairing, *, agent_key)``: fresh challenge for the pairing's agent -> proof -> new
    session; the returned token replaces the old one. Async twin: :func:`arotate_session`."""
    address_of(agent_key, name="agent_key")
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
    params = UpdateAgentPairingRequest(delegation_policy=policy)
    updated = yield lambda o: o.update_agent_pairing(pairing.machine_id, pairing.id, params)
    return (yield from rotate_session._flow(updated.item, agent_key=agent_key))


aregister_machine = register_machine.aio
"""Async :func:`register_machine`."""
apair_agent = pair_agent.aio
"""Async :func:`pair_agent`."""
arotate_session = rotate_session.aio
"""Async :func:`rotate_session`."""
aupdate_delegation_policy = update_delegation_policy.aio
"""Async :func:`update_delegation_policy`."""

__all__ = [
    "address_of",
    "apair_agent",
    "aregister_machine",
    "arotate_session",
    "aupdate_delegation_policy",
    "pair_agent",
    "register_machine",
    "rotate_session",
    "update_delegation_policy",
]
