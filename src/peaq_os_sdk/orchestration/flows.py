"""One-call helpers for the common multi-step flows, thin over the documented methods.

Each flow is written once, as a generator that yields ``(method, args)`` steps and receives each
step's result; :func:`_drive` runs it against ``PeaqosClient.orchestration`` and :func:`_adrive`
against ``AsyncPeaqosClient.orchestration``. Signing uses eth-account (loaded lazily).

    pairing = flows.pair_agent(client, machine.id, agent_key=key, agent_provider="anthropic",
                               agent_role="buyer", delegation_policy=DelegationPolicy(...))
    token = pairing.pairing_token
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from typing import Any, TypeVar

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

T = TypeVar("T")
Step = tuple[str, tuple[Any, ...]]
Flow = Generator[Step, Any, T]


def _register_machine(
    identity_ref: str,
    controller_key: str,
    display_name: str,
    owner_id: str,
    machine_type: str,
    runtime_profile: str,
    activate: bool,
    capabilities: Sequence[str] | None,
    labels: Mapping[str, str] | None,
    skill_keys: Sequence[str] | None,
    policy_ids: Sequence[str] | None,
) -> Flow[Machine]:
    address_of(controller_key, name="controller_key")  # a bad key is refused before any request
    challenge = yield (
        "create_machine_identity_challenge",
        (CreateMachineIdentityChallengeRequest(identity_ref=identity_ref),),
    )
    created = yield (
        "create_machine",
        (
            CreateMachineRequest(
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
            ),
        ),
    )
    machine: Machine = created.item
    if activate:
        machine = (yield ("update_machine", (machine.id, UpdateMachineRequest(status="active")))).item
    return machine


def _pair_agent(
    machine_id: str,
    agent_key: str,
    agent_provider: str,
    agent_role: str,
    agent_did: str | None,
    description: str | None,
    delegation_policy: DelegationPolicy | None,
) -> Flow[AgentPairingWithToken]:
    address = address_of(agent_key, name="agent_key")  # a bad key is refused before any request
    challenge = yield (
        "create_agent_pairing_challenge",
        (
            machine_id,
            CreateAgentPairingChallengeRequest(
                agent_address=address, agent_provider=agent_provider, agent_role=agent_role, agent_did=agent_did
            ),
        ),
    )
    created = yield (
        "create_agent_pairing",
        (
            machine_id,
            CreateAgentPairingRequest(
                agent_address=address,
                agent_provider=agent_provider,
                agent_role=agent_role,
                agent_proof=sign_pairing_challenge(challenge, agent_key),
                agent_did=agent_did,
                description=description,
                delegation_policy=delegation_policy,
            ),
        ),
    )
    pairing: AgentPairingWithToken = created.item
    return pairing


def _rotate_session(pairing: AgentPairing, agent_key: str) -> Flow[AgentPairingWithToken]:
    address_of(agent_key, name="agent_key")
    challenge = yield (
        "create_agent_pairing_challenge",
        (
            pairing.machine_id,
            CreateAgentPairingChallengeRequest(
                agent_address=pairing.agent_address,
                agent_provider=pairing.agent_provider,
                agent_role=pairing.agent_role,
            ),
        ),
    )
    rotated = yield (
        "create_agent_pairing_session",
        (
            pairing.machine_id,
            pairing.id,
            CreateAgentPairingSessionRequest(agent_proof=sign_pairing_challenge(challenge, agent_key)),
        ),
    )
    new: AgentPairingWithToken = rotated.item
    return new


def _update_policy(pairing: AgentPairing, agent_key: str, policy: DelegationPolicy) -> Flow[AgentPairingWithToken]:
    address_of(agent_key, name="agent_key")
    updated = yield (
        "update_agent_pairing",
        (pairing.machine_id, pairing.id, UpdateAgentPairingRequest(delegation_policy=policy)),
    )
    return (yield from _rotate_session(updated.item, agent_key))


def _drive(client: Any, flow: Flow[T]) -> T:
    ns = client.orchestration
    try:
        method, args = next(flow)
        while True:
            method, args = flow.send(getattr(ns, method)(*args))
    except StopIteration as done:
        result: T = done.value
        return result


async def _adrive(client: Any, flow: Flow[T]) -> T:
    ns = client.orchestration
    try:
        method, args = next(flow)
        while True:
            method, args = flow.send(await getattr(ns, method)(*args))
    except StopIteration as done:
        result: T = done.value
        return result


def register_machine(
    client: Any,
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
) -> Machine:
    """Identity challenge -> EIP-191 proof with the controller key -> create (-> activate). Returns the machine."""
    return _drive(
        client,
        _register_machine(
            identity_ref,
            controller_key,
            display_name,
            owner_id,
            machine_type,
            runtime_profile,
            activate,
            capabilities,
            labels,
            skill_keys,
            policy_ids,
        ),
    )


async def aregister_machine(
    client: Any,
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
) -> Machine:
    """Async :func:`register_machine`."""
    return await _adrive(
        client,
        _register_machine(
            identity_ref,
            controller_key,
            display_name,
            owner_id,
            machine_type,
            runtime_profile,
            activate,
            capabilities,
            labels,
            skill_keys,
            policy_ids,
        ),
    )


def pair_agent(
    client: Any,
    machine_id: str,
    *,
    agent_key: str,
    agent_provider: str,
    agent_role: str,
    agent_did: str | None = None,
    description: str | None = None,
    delegation_policy: DelegationPolicy | None = None,
) -> AgentPairingWithToken:
    """Pairing challenge -> EIP-191 proof with the agent's key -> pairing. ``.pairing_token`` is set (once)."""
    return _drive(
        client,
        _pair_agent(
            machine_id,
            agent_key,
            agent_provider,
            agent_role,
            agent_did,
            description,
            delegation_policy,
        ),
    )


async def apair_agent(
    client: Any,
    machine_id: str,
    *,
    agent_key: str,
    agent_provider: str,
    agent_role: str,
    agent_did: str | None = None,
    description: str | None = None,
    delegation_policy: DelegationPolicy | None = None,
) -> AgentPairingWithToken:
    """Async :func:`pair_agent`."""
    return await _adrive(
        client,
        _pair_agent(
            machine_id,
            agent_key,
            agent_provider,
            agent_role,
            agent_did,
            description,
            delegation_policy,
        ),
    )


def rotate_session(client: Any, pairing: AgentPairing, *, agent_key: str) -> AgentPairingWithToken:
    """Fresh challenge for the pairing's agent -> proof -> new session; the returned token replaces the old one."""
    return _drive(client, _rotate_session(pairing, agent_key))


async def arotate_session(client: Any, pairing: AgentPairing, *, agent_key: str) -> AgentPairingWithToken:
    """Async :func:`rotate_session`."""
    return await _adrive(client, _rotate_session(pairing, agent_key))


def update_delegation_policy(
    client: Any, pairing: AgentPairing, policy: DelegationPolicy, *, agent_key: str
) -> AgentPairingWithToken:
    """PATCH the policy, then rotate the session (a policy change invalidates the current token)."""
    return _drive(client, _update_policy(pairing, agent_key, policy))


async def aupdate_delegation_policy(
    client: Any, pairing: AgentPairing, policy: DelegationPolicy, *, agent_key: str
) -> AgentPairingWithToken:
    """Async :func:`update_delegation_policy`."""
    return await _adrive(client, _update_policy(pairing, agent_key, policy))


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
