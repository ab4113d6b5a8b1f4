"""Builders for the states tests start from: an active verified machine, a pairing and its token."""

from __future__ import annotations

import itertools
import time
from typing import Any

import httpx

from peaq_os_sdk import PeaqosClient
from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.orchestration import (
    AgentPairing,
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingRequest,
    CreateMachineIdentityChallengeRequest,
    CreateMachineRequest,
    DelegationPolicy,
    Machine,
    UpdateMachineRequest,
)
from peaq_os_sdk.orchestration.signing import address_of, sign_identity_challenge, sign_pairing_challenge
from tests import _oneshot as oneshot

CONTROLLER_KEY = "0x" + "4c" * 32
AGENT_KEY = "0x" + "a7" * 32
OTHER_KEY = "0x" + "3e" * 32
_token_ids = itertools.count(1000)


class World:
    def __init__(self, mock: MockServer, client: PeaqosClient) -> None:
        self.mock = mock
        self.client = client
        self.o = client.orchestration

    def identity(self, *, activated: bool = True, bonded: bool = True, key: str = CONTROLLER_KEY) -> str:
        token_id = next(_token_ids)
        self.mock.register_identity(token_id, [address_of(key)], activated=activated, bonded=bonded)
        return f"did:peaq:{token_id}"

    def draft_machine(self, *, identity_ref: str | None = None, key: str = CONTROLLER_KEY, **fields: Any) -> Machine:
        ref = identity_ref or self.identity(key=key)
        ch = self.o.create_machine_identity_challenge(CreateMachineIdentityChallengeRequest(identity_ref=ref))
        params = CreateMachineRequest(
            display_name=fields.pop("display_name", "Test robot"),
            owner_id=fields.pop("owner_id", "0xowner"),
            machine_type=fields.pop("machine_type", "robot"),
            runtime_profile=fields.pop("runtime_profile", "linux-docker"),
            identity_ref=ref,
            identity_proof=sign_identity_challenge(ch, key),
            **fields,
        )
        return self.o.create_machine(params).item

    def active_machine(self, **fields: Any) -> Machine:
        m = self.draft_machine(**fields)
        return self.o.update_machine(m.id, UpdateMachineRequest(status="active")).item

    def pairing(self, machine: Machine, *, policy: DelegationPolicy | None = None, key: str = AGENT_KEY,
                provider: str = "anthropic", role: str = "buyer") -> tuple[AgentPairing, str]:
        addr = address_of(key)
        ch = self.o.create_agent_pairing_challenge(
            machine.id, CreateAgentPairingChallengeRequest(agent_address=addr, agent_provider=provider, agent_role=role))
        p = self.o.create_agent_pairing(machine.id, CreateAgentPairingRequest(
            agent_address=addr, agent_provider=provider, agent_role=role, agent_proof=sign_pairing_challenge(ch, key),
            delegation_policy=policy)).item
        assert p.pairing_token
        return p, p.pairing_token

    def requests_for(self, operation_id: str) -> list[dict[str, Any]]:
        return [r for r in self.mock.requests if r["operationId"] == operation_id]

    def last_request(self, operation_id: str) -> dict[str, Any]:
        seen = self.requests_for(operation_id)
        assert seen, f"server saw no {operation_id} request"
        return seen[-1]


def wait_until_serving(base: str, attempts: int = 300) -> None:
    """Wait for a simulator started as a separate process (the CLI) to answer its health probe."""
    for _ in range(attempts):
        try:
            if oneshot.get(base + "/health", timeout=0.5).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.05)
    raise AssertionError("mock CLI did not start")
