# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``agent_pairings`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    AgentPairingStatus,
    VerificationMethod,
)

from peaq_os_sdk._model_support import redacted_repr

__all__ = [
    "CreateAgentPairingChallengeRequest",
    "AgentPairingChallengeResponse",
    "AgentProofInput",
    "AgentPairingProof",
    "DelegationPolicy",
    "CreateAgentPairingRequest",
    "CreateAgentPairingSessionRequest",
    "UpdateAgentPairingRequest",
    "AgentPairingVerification",
    "AgentPairing",
    "AgentPairingWithToken",
]


# ---- models ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class CreateAgentPairingChallengeRequest:
    """Asks for a challenge the agent's wallet signs to pair the agent with the machine.

    Attributes:
        agent_address: The agent's EVM wallet address (0x + 40 hex); the challenge must be signed by its
            key (wire ``agentAddress``; required).
        agent_provider: Free text (e.g. anthropic, openai); non-empty, as the challenge echoes it and
            readers require it non-empty (wire ``agentProvider``; required).
        agent_role: Free text (e.g. buyer, machine-market-buyer); non-empty, as agentProvider (wire
            ``agentRole``; required).
        agent_did: Optional ``did:pkh:eip155:<chainId>:<agentAddress>``; its address must match
            agentAddress (VALIDATION_ERROR otherwise). When omitted the server derives
            ``did:pkh:eip155:1:<agentAddress>`` (wire ``agentDid``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - agent_did ends with agent_address (any case) when both are set: the server refuses an agentDid
          naming another address (VALIDATION_ERROR, stated).
    """

    agent_address: str = attrs.field(
        metadata={
            "wire": "agentAddress",
            "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{40}$", "pattern_name": "an EVM address, 0x + 40 hex"},
            "required": True,
        }
    )
    agent_provider: str = attrs.field(
        metadata={"wire": "agentProvider", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_role: str = attrs.field(
        metadata={"wire": "agentRole", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_did: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "agentDid",
            "rules": {
                "type": "str",
                "pattern": "^did:pkh:eip155:[0-9]+:0x[0-9a-fA-F]{40}$",
                "pattern_name": "did:pkh:eip155:<chain id>:<0x agent address>",
            },
        },
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _AgentPairingChallengeResponseSlots:
    """The storage of :class:`AgentPairingChallengeResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``AgentPairingChallengeResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "challenge_id",
        "agent_address",
        "message",
        "expires_at",
        "verification_method",
        "machine_id",
        "machine_identity_ref",
        "agent_did",
        "agent_provider",
        "agent_role",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class AgentPairingChallengeResponse(_AgentPairingChallengeResponseSlots):
    """Every field is always present and non-empty (the reference SDK requires each; the identity ref is
    canonical).

    Attributes:
        challenge_id: Id to send back with the signature as agentProof (wire ``challengeId``; never
            empty).
        agent_address: The agent address the signature must recover to (wire ``agentAddress``; never
            empty).
        message: The text to sign with the agentAddress key, exactly as returned (wire ``message``; never
            empty).
        expires_at: ISO 8601 timestamp after which a proof answers AGENT_PAIRING_PROOF_EXPIRED (wire
            ``expiresAt``; never empty).
        verification_method: Signature scheme to use (eip191) (wire ``verificationMethod``).
        machine_id: The machine being paired (wire ``machineId``; never empty).
        machine_identity_ref: The machine's canonical ``did:peaq:<decimal>`` (wire
            ``machineIdentityRef``).
        agent_did: The agent DID given in the request, or the one the server derived
            (``did:pkh:eip155:1:<agentAddress>``) (wire ``agentDid``; never empty).
        agent_provider: Echo of the request's agentProvider; the pairing must use the same value (wire
            ``agentProvider``; never empty).
        agent_role: Echo of the request's agentRole; the pairing must use the same value (wire
            ``agentRole``; never empty).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    challenge_id: str = attrs.field(metadata={"wire": "challengeId", "non_empty": True})
    agent_address: str = attrs.field(metadata={"wire": "agentAddress", "non_empty": True})
    message: str = attrs.field(metadata={"wire": "message", "non_empty": True})
    expires_at: str = attrs.field(metadata={"wire": "expiresAt", "non_empty": True})
    verification_method: VerificationMethod = attrs.field(metadata={"wire": "verificationMethod"})
    machine_id: str = attrs.field(metadata={"wire": "machineId", "non_empty": True})
    machine_identity_ref: str = attrs.field(metadata={"wire": "machineIdentityRef"})
    agent_did: str = attrs.field(metadata={"wire": "agentDid", "non_empty": True})
    agent_provider: str = attrs.field(metadata={"wire": "agentProvider", "non_empty": True})
    agent_role: str = attrs.field(metadata={"wire": "agentRole", "non_empty": True})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class AgentProofInput:
    """A signed pairing challenge, sent as agentProof on pairing create and session rotation.

    Attributes:
        challenge_id: Id of the pairing challenge that was signed (wire ``challengeId``; required).
        signature: EIP-191 signature: 0x + 130 hex (65 bytes r||s||v, v 27 or 28) (wire ``signature``;
            required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    challenge_id: str = attrs.field(
        metadata={"wire": "challengeId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    signature: str = attrs.field(
        metadata={
            "wire": "signature",
            "rules": {
                "type": "str",
                "pattern": "^0x[0-9a-fA-F]{130}$",
                "pattern_name": "0x + 130 hex (a 65-byte EIP-191 signature)",
            },
            "required": True,
        }
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


AgentPairingProof = AgentProofInput


class _DelegationPolicySlots:
    """The storage of :class:`DelegationPolicy`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``DelegationPolicy`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "allowed_skill_keys",
        "denied_skill_keys",
        "allowed_service_ids",
        "denied_service_ids",
        "per_transaction_limit",
        "daily_spend_limit",
        "currency",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class DelegationPolicy(_DelegationPolicySlots):
    """What a paired agent may buy for the machine. The server enforces it on order create
    (AGENT_POLICY_DENIED, AGENT_SPEND_LIMIT_EXCEEDED, AGENT_DAILY_LIMIT_EXCEEDED). Changing it makes the
    current pairing token stale (its delegationPolicyHash no longer matches): rotate the session afterwards.

    Attributes:
        allowed_skill_keys: When not empty, only these skills may be ordered (wire ``allowedSkillKeys``).
        denied_skill_keys: Skills that may never be ordered (wire ``deniedSkillKeys``).
        allowed_service_ids: When not empty, only these services may be ordered (wire
            ``allowedServiceIds``).
        denied_service_ids: Services that may never be ordered (wire ``deniedServiceIds``).
        per_transaction_limit: Largest amount one order may spend, in whole units of currency (a JSON
            number such as 1.5 for 1.50 USD, >= 0, not base units: a limit is compared with quoted prices,
            which are numbers too); null for no limit; at most dailySpendLimit. Over it:
            AGENT_SPEND_LIMIT_EXCEEDED (wire ``perTransactionLimit``).
        daily_spend_limit: Largest total the pairing may spend per day, in whole units of currency (a JSON
            number, >= 0, not base units, as perTransactionLimit); null for no limit. Over it:
            AGENT_DAILY_LIMIT_EXCEEDED (wire ``dailySpendLimit``).
        currency: Currency code of both limits (e.g. USD), upper case: the server compares currencies
            exactly and prices are quoted in upper-case codes; or null (wire ``currency``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim; sent back as
            given when this object is part of a request.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - per_transaction_limit <= daily_spend_limit when both are set: a per-transaction limit above the
          daily limit can never be reached (the daily limit refuses the order first): most often the two are
          swapped.
    """

    allowed_skill_keys: Sequence[str] = attrs.field(
        default=attrs.Factory(tuple),
        kw_only=True,
        metadata={"wire": "allowedSkillKeys", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    denied_skill_keys: Sequence[str] = attrs.field(
        default=attrs.Factory(tuple),
        kw_only=True,
        metadata={"wire": "deniedSkillKeys", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    allowed_service_ids: Sequence[str] = attrs.field(
        default=attrs.Factory(tuple),
        kw_only=True,
        metadata={"wire": "allowedServiceIds", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    denied_service_ids: Sequence[str] = attrs.field(
        default=attrs.Factory(tuple),
        kw_only=True,
        metadata={"wire": "deniedServiceIds", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    per_transaction_limit: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "perTransactionLimit", "rules": {"type": "number", "minimum": 0}}
    )
    daily_spend_limit: float | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "dailySpendLimit", "rules": {"type": "number", "minimum": 0}}
    )
    currency: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "currency",
            "rules": {
                "type": "str",
                "pattern": "^[A-Z][A-Z0-9]{1,11}$",
                "pattern_name": "an upper-case currency code such as USD",
            },
        },
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class CreateAgentPairingRequest:
    """Pairs an agent wallet with the machine, delegating permission to search, order and pay; the answer
    carries the one-time pairing token.

    Attributes:
        agent_address: The agent's EVM wallet address (0x + 40 hex); must match the signed challenge (wire
            ``agentAddress``; required).
        agent_provider: Free text (e.g. anthropic, openai); non-empty, as the challenge echoes it and
            readers require it non-empty (wire ``agentProvider``; required).
        agent_role: Free text (e.g. buyer, machine-market-buyer); non-empty, as agentProvider (wire
            ``agentRole``; required).
        agent_proof: Required by the SDK; the server enforces it while pairing verification is on
            (AGENT_PAIRING_PROOF_REQUIRED) (wire ``agentProof``; required).
        agent_did: Optional ``did:pkh:eip155:<chainId>:<agentAddress>`` (derived when omitted) (wire
            ``agentDid``).
        description: Free-text note about the pairing (wire ``description``).
        delegation_policy: What the agent may buy; the server's default when omitted is not stated (wire
            ``delegationPolicy``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.

    Checked before sending (``OrchestrationValidationError``, no request made):
        - agent_did ends with agent_address (any case) when both are set: the server refuses an agentDid
          naming another address (VALIDATION_ERROR, stated).
    """

    agent_address: str = attrs.field(
        metadata={
            "wire": "agentAddress",
            "rules": {"type": "str", "pattern": "^0x[0-9a-fA-F]{40}$", "pattern_name": "an EVM address, 0x + 40 hex"},
            "required": True,
        }
    )
    agent_provider: str = attrs.field(
        metadata={"wire": "agentProvider", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_role: str = attrs.field(
        metadata={"wire": "agentRole", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_proof: AgentProofInput = attrs.field(
        metadata={"wire": "agentProof", "rules": {"model": "AgentProofInput"}, "required": True}
    )
    agent_did: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "agentDid",
            "rules": {
                "type": "str",
                "pattern": "^did:pkh:eip155:[0-9]+:0x[0-9a-fA-F]{40}$",
                "pattern_name": "did:pkh:eip155:<chain id>:<0x agent address>",
            },
        },
    )
    description: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "description", "rules": {"type": "str"}}
    )
    delegation_policy: DelegationPolicy | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "delegationPolicy", "rules": {"model": "DelegationPolicy"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class CreateAgentPairingSessionRequest:
    """Rotates the pairing token of an active pairing with a freshly signed pairing challenge.

    Attributes:
        agent_proof: A pairing challenge requested with the pairing's own agentAddress, agentProvider and
            agentRole, signed by the agent key (wire ``agentProof``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    agent_proof: AgentProofInput = attrs.field(
        metadata={"wire": "agentProof", "rules": {"model": "AgentProofInput"}, "required": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateAgentPairingRequest:
    """A partial update of a pairing; only the fields sent change. A delegationPolicy change makes the current
    token stale.

    Attributes:
        agent_provider: New provider label (non-empty) (wire ``agentProvider``).
        agent_role: New role label (non-empty) (wire ``agentRole``).
        description: New free-text note (wire ``description``).
        status: New status: active, paused or revoked (wire ``status``).
        delegation_policy: Replacement delegation policy; rotate the session afterwards (wire
            ``delegationPolicy``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    agent_provider: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "agentProvider", "rules": {"type": "str", "min_length": 1}}
    )
    agent_role: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "agentRole", "rules": {"type": "str", "min_length": 1}}
    )
    description: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "description", "rules": {"type": "str"}}
    )
    status: AgentPairingStatus | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "status", "rules": {"enum": ("active", "paused", "revoked")}}
    )
    delegation_policy: DelegationPolicy | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "delegationPolicy", "rules": {"model": "DelegationPolicy"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _AgentPairingVerificationSlots:
    """The storage of :class:`AgentPairingVerification`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``AgentPairingVerification`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("method", "signer_address", "verified_at", "challenge_expires_at", "extra", "__weakref__")


@attrs.frozen
class AgentPairingVerification(_AgentPairingVerificationSlots):
    """How the agent's pairing proof was verified.

    Attributes:
        method: Signature scheme (eip191) (wire ``method``).
        signer_address: Recovered signer; equals the pairing's agentAddress (wire ``signerAddress``).
        verified_at: ISO 8601 timestamp of the verification (wire ``verifiedAt``).
        challenge_expires_at: ISO 8601 timestamp at which the signed challenge expired (wire
            ``challengeExpiresAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    method: VerificationMethod = attrs.field(metadata={"wire": "method"})
    signer_address: str = attrs.field(metadata={"wire": "signerAddress"})
    verified_at: str = attrs.field(metadata={"wire": "verifiedAt"})
    challenge_expires_at: str = attrs.field(metadata={"wire": "challengeExpiresAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _AgentPairingSlots:
    """The storage of :class:`AgentPairing`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``AgentPairing`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "machine_id",
        "status",
        "agent_address",
        "agent_provider",
        "agent_role",
        "delegation_policy",
        "has_auth_token",
        "created_at",
        "updated_at",
        "agent_did",
        "description",
        "verification",
        "token_last_four",
        "session_id",
        "session_token_id",
        "session_issued_at",
        "session_expires_at",
        "pairing_token",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class AgentPairing(_AgentPairingSlots):
    """A pairing between the machine and an agent wallet. Views never carry the token: they show hasAuthToken
    and tokenLastFour.

    Attributes:
        id: Pairing id (pairingId in paths, agentPairingId in orders) (wire ``id``).
        machine_id: The paired machine (wire ``machineId``).
        status: active, paused or revoked (wire ``status``).
        agent_address: The agent's EVM wallet address (wire ``agentAddress``).
        agent_provider: Provider label of the agent (free text) (wire ``agentProvider``).
        agent_role: Role label of the agent (free text) (wire ``agentRole``).
        delegation_policy: What the agent may buy (wire ``delegationPolicy``).
        has_auth_token: Whether a pairing token has been issued (the token itself is never shown again)
            (wire ``hasAuthToken``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        agent_did: The agent's did:pkh:eip155 DID, or null (wire ``agentDid``).
        description: Free-text note, or null (wire ``description``).
        verification: How the pairing proof was verified, or null (wire ``verification``).
        token_last_four: Last four characters of the current token (to tell tokens apart), or null (wire
            ``tokenLastFour``).
        session_id: Id of the current session, or null (wire ``sessionId``).
        session_token_id: Id of the current session token, or null (wire ``sessionTokenId``).
        session_issued_at: ISO 8601 timestamp the current token was issued, or null (wire
            ``sessionIssuedAt``).
        session_expires_at: ISO 8601 timestamp the current token expires (rotate before it), or null (wire
            ``sessionExpiresAt``).
        pairing_token: Returned only by pairing create and session rotation (never by list, get or update)
            (wire ``pairingToken``; returned once: keep it; secret: never shown in repr, errors or logs).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    status: AgentPairingStatus = attrs.field(metadata={"wire": "status"})
    agent_address: str = attrs.field(metadata={"wire": "agentAddress"})
    agent_provider: str = attrs.field(metadata={"wire": "agentProvider"})
    agent_role: str = attrs.field(metadata={"wire": "agentRole"})
    delegation_policy: DelegationPolicy = attrs.field(metadata={"wire": "delegationPolicy"})
    has_auth_token: bool = attrs.field(metadata={"wire": "hasAuthToken"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    agent_did: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "agentDid"})
    description: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "description"})
    verification: AgentPairingVerification | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "verification"}
    )
    token_last_four: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "tokenLastFour"})
    session_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "sessionId"})
    session_token_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "sessionTokenId"})
    session_issued_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "sessionIssuedAt"})
    session_expires_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "sessionExpiresAt"})
    pairing_token: str | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={"wire": "pairingToken", "secret": True, "one_time": True},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class AgentPairingWithToken(AgentPairing):
    """An AgentPairing as pairing create and session rotation answer it, carrying the one-time pairingToken (a
    documented subclass of AgentPairing).

    Attributes:
        id: Pairing id (pairingId in paths, agentPairingId in orders) (wire ``id``).
        machine_id: The paired machine (wire ``machineId``).
        status: active, paused or revoked (wire ``status``).
        agent_address: The agent's EVM wallet address (wire ``agentAddress``).
        agent_provider: Provider label of the agent (free text) (wire ``agentProvider``).
        agent_role: Role label of the agent (free text) (wire ``agentRole``).
        delegation_policy: What the agent may buy (wire ``delegationPolicy``).
        has_auth_token: Whether a pairing token has been issued (the token itself is never shown again)
            (wire ``hasAuthToken``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        agent_did: The agent's did:pkh:eip155 DID, or null (wire ``agentDid``).
        description: Free-text note, or null (wire ``description``).
        verification: How the pairing proof was verified, or null (wire ``verification``).
        token_last_four: Last four characters of the current token (to tell tokens apart), or null (wire
            ``tokenLastFour``).
        session_id: Id of the current session, or null (wire ``sessionId``).
        session_token_id: Id of the current session token, or null (wire ``sessionTokenId``).
        session_issued_at: ISO 8601 timestamp the current token was issued, or null (wire
            ``sessionIssuedAt``).
        session_expires_at: ISO 8601 timestamp the current token expires (rotate before it), or null (wire
            ``sessionExpiresAt``).
        pairing_token: HS256 session JWT, returned here once: send it as x-agent-pairing-token on search,
            order and payment calls. It carries machineId, pairingId, sessionId, agentAddress, agentDid,
            delegationPolicyHash and an expiry (wire ``pairingToken``; never empty; returned once: keep it;
            secret: never shown in repr, errors or logs).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    pairing_token: str = attrs.field(
        repr=redacted_repr, metadata={"wire": "pairingToken", "secret": True, "one_time": True, "non_empty": True}
    )


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {
    CreateAgentPairingChallengeRequest: (
        {
            "rule": "did-of",
            "fields": ("agent_did", "agent_address"),
            "why": "the server refuses an agentDid naming another address (VALIDATION_ERROR, stated)",
        },
    ),
    DelegationPolicy: (
        {
            "rule": "at-most",
            "fields": ("per_transaction_limit", "daily_spend_limit"),
            "why": "a per-transaction limit above the daily limit can never be reached (the daily limit refuses the order first): most often the two are swapped",
        },
    ),
    CreateAgentPairingRequest: (
        {
            "rule": "did-of",
            "fields": ("agent_did", "agent_address"),
            "why": "the server refuses an agentDid naming another address (VALIDATION_ERROR, stated)",
        },
    ),
}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""
