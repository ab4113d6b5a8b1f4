"""Valid arguments for every generated operation, carrying planted canary secrets.

Shared by the reliability tests (secrets, hostile responses, network faults): each builds a call
to the functional form of an operation without knowing its signature by heart. Canary values are
derived (never written literally), so no source line shown in a traceback can contain one.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from peaq_os_sdk._generated import models as m
from peaq_os_sdk._generated.operations import ALL

import peaq_os_sdk.orchestration as orch
import peaq_os_sdk.orchestration.aio as orch_aio
from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk._operation import Operation

OPERATIONS: tuple[Operation, ...] = tuple(op for op in ALL if op.sdk_name)
"""Every operation with a public SDK method."""

FAKE_URL = "http://127.0.0.1:9"
"""Base URL used with an ``httpx.MockTransport`` (never dialled)."""


def canary(name: str, length: int = 32) -> str:
    """A distinctive, deterministic secret value that cannot be confused with anything else."""
    return f"cny-{name}-" + hashlib.sha256(f"peaq-canary:{name}".encode()).hexdigest()[:length]


def canary_key(name: str) -> str:
    """A distinctive, valid secp256k1 private key (0x + 64 hex)."""
    return "0x" + hashlib.sha256(f"peaq-canary-key:{name}".encode()).hexdigest()


@dataclass
class Secrets:
    """The canaries planted in one test run. ``extra`` gathers secrets minted by the server."""

    api_key: str = field(default_factory=lambda: canary("apikey"))
    wrong_api_key: str = field(default_factory=lambda: canary("wrongapikey"))
    pairing_token: str = field(default_factory=lambda: canary("pairingtoken", 48))
    agent_token: str = field(default_factory=lambda: canary("agenttoken"))
    endpoint_auth_token: str = field(default_factory=lambda: canary("endpointauth"))
    heartbeat_auth_token: str = field(default_factory=lambda: canary("heartbeatauth"))
    skill_credential: str = field(default_factory=lambda: canary("skillcred"))
    provider_credential: str = field(default_factory=lambda: canary("providercred"))
    payment_signature: str = field(default_factory=lambda: canary("x402sig", 40))
    controller_key: str = field(default_factory=lambda: canary_key("controller"))
    agent_key: str = field(default_factory=lambda: canary_key("agent"))
    client_private_key: str = field(default_factory=lambda: canary_key("client"))
    rpc_url_key: str = field(default_factory=lambda: canary("rpcurlkey"))
    extra: dict[str, str] = field(default_factory=dict)

    def named(self) -> dict[str, str]:
        """name -> value of every planted secret (names are safe to print, values never)."""
        out = {k: v for k, v in vars(self).items() if isinstance(v, str)}
        out.update(self.extra)
        return out


def bodies(s: Secrets) -> dict[type, Callable[[], Any]]:
    """A valid request body per body model; secret fields carry the canaries."""
    proof = m.AgentProofInput(challenge_id="apc_1", signature="0x" + "ab" * 65)
    providers = m.ProviderCredentials(providers={"walrus": {"apiKey": s.provider_credential}})
    return {
        m.CreateMachineIdentityChallengeRequest: lambda: m.CreateMachineIdentityChallengeRequest(
            identity_ref="did:peaq:7"
        ),
        m.CreateMachineRequest: lambda: m.CreateMachineRequest(
            display_name="r",
            owner_id="o",
            machine_type="robot",
            runtime_profile="linux",
            identity_ref="did:peaq:7",
            identity_proof=m.MachineIdentityProofInput(challenge_id="mic_1", signature="0x" + "01" * 65),
        ),
        m.UpdateMachineRequest: lambda: m.UpdateMachineRequest(status="active"),
        m.EnrollMachineAgentRequest: lambda: m.EnrollMachineAgentRequest(label="agent"),
        m.MachineAgentHeartbeatRequest: lambda: m.MachineAgentHeartbeatRequest(
            machine_id="mach_1",
            agent_id="agent_1",
            agent_token=s.agent_token,
            endpoints=[
                m.MachineAgentHeartbeatEndpoint(
                    provider_key="qvac",
                    endpoint_base_url="http://127.0.0.1:11434/v1",
                    auth_token=s.heartbeat_auth_token,
                )
            ],
        ),
        m.CreateAgentPairingChallengeRequest: lambda: m.CreateAgentPairingChallengeRequest(
            agent_address="0x" + "ab" * 20, agent_provider="anthropic", agent_role="buyer"
        ),
        m.CreateAgentPairingRequest: lambda: m.CreateAgentPairingRequest(
            agent_address="0x" + "ab" * 20, agent_provider="anthropic", agent_role="buyer", agent_proof=proof
        ),
        m.CreateAgentPairingSessionRequest: lambda: m.CreateAgentPairingSessionRequest(agent_proof=proof),
        m.UpdateAgentPairingRequest: lambda: m.UpdateAgentPairingRequest(description="d"),
        m.UpsertRuntimeEndpointRequest: lambda: m.UpsertRuntimeEndpointRequest(
            endpoint_base_url="http://127.0.0.1:11434/v1", auth_type="bearer", auth_token=s.endpoint_auth_token
        ),
        m.UpdateSkillConfigRequest: lambda: m.UpdateSkillConfigRequest(
            enabled=True, credentials={"apiKey": s.skill_credential}, settings={"region": "eu"}
        ),
        m.MarketSearchRequest: lambda: m.MarketSearchRequest(
            machine_id="mach_1", agent_pairing_id="pair_1", service_type="storage", provider_credentials=providers
        ),
        m.CreateMarketOrderRequest: lambda: m.CreateMarketOrderRequest(
            machine_id="mach_1",
            agent_pairing_id="pair_1",
            service_id="svc-walrus-store",
            provider_credentials=providers,
        ),
        m.ExecuteMarketOrderRequest: lambda: m.ExecuteMarketOrderRequest(
            input={"k": "v"}, payment=m.ExecutePaymentInput(payment_signature=s.payment_signature)
        ),
        m.DisputeMarketOrderRequest: lambda: m.DisputeMarketOrderRequest(reason="late"),
        m.CancelMarketOrderRequest: lambda: m.CancelMarketOrderRequest(reason="not needed"),
        m.RetryMarketOrderRequest: lambda: m.RetryMarketOrderRequest(reason="flaky"),
        m.CreatePaymentIntentRequest: lambda: m.CreatePaymentIntentRequest(),
        m.SubmitPaymentProofRequest: lambda: m.SubmitPaymentProofRequest(
            verification_mode="recorded",
            chain="base",
            token="USDC",
            payer_address="0x" + "11" * 20,
            payee_address="0x" + "22" * 20,
            amount="1.5",
            transaction_hash="0x" + "cd" * 32,
        ),
        m.SubmitX402PaymentProofRequest: lambda: m.SubmitX402PaymentProofRequest(
            payment=m.ExecutePaymentInput(payment_signature=s.payment_signature), payment_reference="ref-1"
        ),
        m.LockEscrowPaymentRequest: lambda: m.LockEscrowPaymentRequest(
            transaction_hash="0x" + "ef" * 32, chain="base", escrow_address="0x" + "33" * 20
        ),
        m.ReleasePaymentRequest: lambda: m.ReleasePaymentRequest(notes="ok"),
        m.RefundPaymentRequest: lambda: m.RefundPaymentRequest(reason="r"),
        m.CreatePolicyRequest: lambda: m.CreatePolicyRequest(
            name="p", denied_skill_keys=["x.y"], budget_cap=m.BudgetCapInput(currency="USD", amount=1.0)
        ),
        m.UpdatePolicyRequest: lambda: m.UpdatePolicyRequest(native_only=True),
        m.CreateGraphNodeRequest: lambda: m.CreateGraphNodeRequest(label="n", data={"k": 1}),
        m.UpdateGraphNodeRequest: lambda: m.UpdateGraphNodeRequest(status="active"),
        m.CreateGraphEdgeRequest: lambda: m.CreateGraphEdgeRequest(source_node_id="gnode_1", target_node_id="gnode_2"),
        m.UpdateGraphEdgeRequest: lambda: m.UpdateGraphEdgeRequest(kind="feeds"),
        m.CreateTaskRequest: lambda: m.CreateTaskRequest(
            machine_id="mach_1", agent_pairing_id="pair_1", service_type="defi", input={"k": "v"}
        ),
        m.ResolveTaskRequest: lambda: m.ResolveTaskRequest(quote_id="quote_1"),
        m.ExecuteTaskRequest: lambda: m.ExecuteTaskRequest(
            input={"k": "v"}, payment=m.ExecutePaymentInput(payment_signature=s.payment_signature)
        ),
    }


def call_args(op: Operation, s: Secrets) -> tuple[list[Any], dict[str, Any]]:
    """Positional and keyword arguments (after the client) for ``op``'s functional form."""
    fn = getattr(orch, op.sdk_name)  # type: ignore[arg-type]
    made = bodies(s)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for p in list(inspect.signature(fn).parameters.values())[1:]:
        if p.name in ("limit", "cursor", "options"):
            continue
        if p.name == "params":
            # a body with variants (oneOf) gets its last one: the x402 payment proof carries a secret
            value = made[op.body_model[-1] if isinstance(op.body_model, tuple) else op.body_model]()
        elif p.name == "pairing_token":
            value = s.pairing_token
        else:
            value = p.name.replace("_id", "").replace("_", "-") + "_1"
        if p.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[p.name] = value
        else:
            args.append(value)
    return args, kwargs


def call(client: PeaqosClient, op: Operation, s: Secrets) -> Any:
    args, kwargs = call_args(op, s)
    return getattr(orch, op.sdk_name)(client, *args, **kwargs)  # type: ignore[arg-type]


async def acall(client: AsyncPeaqosClient, op: Operation, s: Secrets) -> Any:
    args, kwargs = call_args(op, s)
    return await getattr(orch_aio, op.sdk_name)(client, *args, **kwargs)  # type: ignore[arg-type]


def mock_client(handler: Callable[[httpx.Request], httpx.Response], **kw: Any) -> PeaqosClient:
    """A client whose every request is answered by ``handler`` (no socket involved)."""
    return PeaqosClient(
        orchestration_url=FAKE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **kw
    )


def mock_aclient(handler: Callable[[httpx.Request], Any], **kw: Any) -> AsyncPeaqosClient:
    return AsyncPeaqosClient(
        orchestration_url=FAKE_URL, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)), **kw
    )
