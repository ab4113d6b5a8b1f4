# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``machines`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    MachineStatus,
    ResolutionSource,
    VerificationMethod,
)

__all__ = [
    "MachineIdentityProofInput",
    "MachineIdentityProof",
    "Machine",
    "RegisteredMachine",
    "CreateMachineRequest",
    "UpdateMachineRequest",
]


# ---- models ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class MachineIdentityProofInput:
    """A signed identity challenge, sent as identityProof.

    Attributes:
        challenge_id: Id of the identity challenge that was signed (wire ``challengeId``; required).
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


class _MachineIdentityProofSlots:
    """The storage of :class:`MachineIdentityProof`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MachineIdentityProof`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "method",
        "identity_ref",
        "signer_address",
        "challenge_id",
        "verified_at",
        "challenge_expires_at",
        "resolution_source",
        "controller_addresses",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MachineIdentityProof(_MachineIdentityProofSlots):
    """The verified identity proof the server stores with a machine and re-checks against the registry on
    every read and write.

    Attributes:
        method: Signature scheme (eip191) (wire ``method``).
        identity_ref: The canonical ``did:peaq:<decimal>`` the proof is for (wire ``identityRef``).
        signer_address: Address recovered from the signature (one of the controllers) (wire
            ``signerAddress``).
        challenge_id: The challenge that was signed (wire ``challengeId``).
        verified_at: ISO 8601 timestamp of the verification (wire ``verifiedAt``).
        challenge_expires_at: ISO 8601 timestamp at which the signed challenge expired (wire
            ``challengeExpiresAt``).
        resolution_source: Registry the identity was resolved in (peaqos-mcr) (wire ``resolutionSource``).
        controller_addresses: Controller addresses at verification time (empty when absent) (wire
            ``controllerAddresses``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    method: VerificationMethod = attrs.field(metadata={"wire": "method"})
    identity_ref: str = attrs.field(metadata={"wire": "identityRef"})
    signer_address: str = attrs.field(metadata={"wire": "signerAddress"})
    challenge_id: str = attrs.field(metadata={"wire": "challengeId"})
    verified_at: str = attrs.field(metadata={"wire": "verifiedAt"})
    challenge_expires_at: str = attrs.field(metadata={"wire": "challengeExpiresAt"})
    resolution_source: ResolutionSource = attrs.field(metadata={"wire": "resolutionSource"})
    controller_addresses: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "controllerAddresses"}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MachineSlots:
    """The storage of :class:`Machine`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``Machine`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "display_name",
        "status",
        "owner_id",
        "machine_type",
        "runtime_profile",
        "capabilities",
        "labels",
        "policy_ids",
        "skill_keys",
        "created_at",
        "updated_at",
        "identity_ref",
        "identity_proof",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class Machine(_MachineSlots):
    """An orchestration machine record: the market-side view of a peaqOS machine (created as draft, activated
    by PATCH).

    Attributes:
        id: Server-assigned machine id (mach_...), used in every machine path (wire ``id``).
        display_name: Human-readable name (wire ``displayName``).
        status: draft after create, active after activation, archived after DELETE (degraded and blocked
            are settable; their effect is not stated). Only active machines pass the orchestration gate
            (MACHINE_NOT_ACTIVE otherwise) (wire ``status``).
        owner_id: Owner reference (free text; operators often use their wallet address) (wire
            ``ownerId``).
        machine_type: Kind of machine in free text (e.g. edge-node, robot, sensor) (wire ``machineType``).
        runtime_profile: Runtime profile in free text (e.g. linux-docker) (wire ``runtimeProfile``).
        capabilities: Capability tags (null and absent read as empty) (wire ``capabilities``).
        labels: Free-form string labels, kept exactly as written (null and absent read as empty) (wire
            ``labels``; keys kept exactly as written).
        policy_ids: Ids of the policies attached to the machine (null and absent read as empty) (wire
            ``policyIds``).
        skill_keys: Keys of the skills attached to the machine (null and absent read as empty) (wire
            ``skillKeys``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        identity_ref: The canonical ``did:peaq:<decimal>`` (wire ``identityRef``).
        identity_proof: The stored identity proof, or null when none was verified (wire
            ``identityProof``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    display_name: str = attrs.field(metadata={"wire": "displayName"})
    status: MachineStatus = attrs.field(metadata={"wire": "status"})
    owner_id: str = attrs.field(metadata={"wire": "ownerId"})
    machine_type: str = attrs.field(metadata={"wire": "machineType"})
    runtime_profile: str = attrs.field(metadata={"wire": "runtimeProfile"})
    capabilities: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "capabilities"}
    )
    labels: Mapping[str, str] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "labels", "opaque": True}
    )
    policy_ids: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "policyIds"}
    )
    skill_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "skillKeys"}
    )
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    identity_ref: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "identityRef"})
    identity_proof: MachineIdentityProof | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "identityProof"}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class RegisteredMachine(Machine):
    """A Machine as POST /machines answers it, where identityRef is always present (a documented subclass of
    Machine).

    Attributes:
        id: Server-assigned machine id (mach_...), used in every machine path (wire ``id``).
        display_name: Human-readable name (wire ``displayName``).
        status: draft after create, active after activation, archived after DELETE (degraded and blocked
            are settable; their effect is not stated). Only active machines pass the orchestration gate
            (MACHINE_NOT_ACTIVE otherwise) (wire ``status``).
        owner_id: Owner reference (free text; operators often use their wallet address) (wire
            ``ownerId``).
        machine_type: Kind of machine in free text (e.g. edge-node, robot, sensor) (wire ``machineType``).
        runtime_profile: Runtime profile in free text (e.g. linux-docker) (wire ``runtimeProfile``).
        capabilities: Capability tags (null and absent read as empty) (wire ``capabilities``).
        labels: Free-form string labels, kept exactly as written (null and absent read as empty) (wire
            ``labels``; keys kept exactly as written).
        policy_ids: Ids of the policies attached to the machine (null and absent read as empty) (wire
            ``policyIds``).
        skill_keys: Keys of the skills attached to the machine (null and absent read as empty) (wire
            ``skillKeys``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        identity_ref: The canonical ``did:peaq:<decimal>`` (wire ``identityRef``).
        identity_proof: The stored identity proof, or null when none was verified (wire
            ``identityProof``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    identity_ref: str = attrs.field(metadata={"wire": "identityRef"})


@attrs.frozen(kw_only=True)
class CreateMachineRequest:
    """Registers a machine (as draft) bound to a peaqOS machine identity.

    Attributes:
        display_name: Human-readable name (non-empty) (wire ``displayName``; required).
        owner_id: Owner reference (non-empty free text, e.g. the operator's wallet address) (wire
            ``ownerId``; required).
        machine_type: Free text (e.g. edge-node (wire ``machineType``; required).
        runtime_profile: Free text (e.g. linux-docker) (wire ``runtimeProfile``; required).
        identity_ref: The peaqOS machine identity the record is bound to: ``did:peaq:0x<address>``,
            ``did:peaq:<decimal>`` or ``peaqos:machine:<decimal>``. Required even with verification off (our
            choice); answers carry the canonical ``did:peaq:<decimal>`` (wire ``identityRef``; required).
        identity_proof: Required by the SDK; the server enforces it while identity verification is on
            (MACHINE_IDENTITY_PROOF_REQUIRED) (wire ``identityProof``; required).
        capabilities: Capability tags (wire ``capabilities``).
        labels: Free-form string labels, kept exactly as written (wire ``labels``; keys kept exactly as
            written).
        policy_ids: Ids of policies to attach (wire ``policyIds``).
        skill_keys: Keys of skills to attach (wire ``skillKeys``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    display_name: str = attrs.field(
        metadata={"wire": "displayName", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    owner_id: str = attrs.field(
        metadata={"wire": "ownerId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    machine_type: str = attrs.field(metadata={"wire": "machineType", "rules": {"type": "str"}, "required": True})
    runtime_profile: str = attrs.field(metadata={"wire": "runtimeProfile", "rules": {"type": "str"}, "required": True})
    identity_ref: str = attrs.field(
        metadata={
            "wire": "identityRef",
            "rules": {
                "type": "str",
                "min_length": 1,
                "pattern": "^(did:peaq:(0x[0-9a-fA-F]{40}|0|[1-9][0-9]*)|peaqos:machine:(0|[1-9][0-9]*))$",
                "pattern_name": "did:peaq:0x<40 hex address>, did:peaq:<decimal> or peaqos:machine:<decimal>",
            },
            "required": True,
        }
    )
    identity_proof: MachineIdentityProofInput = attrs.field(
        metadata={"wire": "identityProof", "rules": {"model": "MachineIdentityProofInput"}, "required": True}
    )
    capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "capabilities", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    labels: Mapping[str, str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "labels", "opaque": True, "rules": {"type": "map", "values": {"type": "str"}}},
    )
    policy_ids: Sequence[str] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "policyIds", "rules": {"type": "list", "items": {"type": "str"}}}
    )
    skill_keys: Sequence[str] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "skillKeys", "rules": {"type": "list", "items": {"type": "str"}}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateMachineRequest:
    """A partial update of a machine: only the fields sent change. Sending status active activates the record
    (the stored proof is reused when no identityProof is sent).

    Attributes:
        display_name: New name (non-empty) (wire ``displayName``).
        status: New status; active needs a verified identity (MACHINE_NOT_ACTIVATED otherwise) (wire
            ``status``).
        owner_id: New owner reference (non-empty) (wire ``ownerId``).
        identity_ref: Set once: another identity answers MACHINE_IDENTITY_IMMUTABLE (another form of the
            stored identity is no change). Accepts ``did:peaq:0x<address>``, ``did:peaq:<decimal>`` or
            ``peaqos:machine:<decimal>``; sending it for a machine with no verified proof needs identityProof
            (wire ``identityRef``).
        machine_type: New kind of machine (free text) (wire ``machineType``).
        runtime_profile: New runtime profile (free text) (wire ``runtimeProfile``).
        capabilities: Replaces the capability tags (wire ``capabilities``).
        labels: Replaces the labels, kept exactly as written (wire ``labels``; keys kept exactly as
            written).
        policy_ids: Replaces the attached policy ids (wire ``policyIds``).
        skill_keys: Replaces the attached skill keys (wire ``skillKeys``).
        identity_proof: A fresh signed identity challenge; re-verified against the registry (wire
            ``identityProof``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    display_name: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "displayName", "rules": {"type": "str", "min_length": 1}}
    )
    status: MachineStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("draft", "active", "degraded", "blocked", "archived")}},
    )
    owner_id: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "ownerId", "rules": {"type": "str", "min_length": 1}}
    )
    identity_ref: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={
            "wire": "identityRef",
            "rules": {
                "type": "str",
                "min_length": 1,
                "pattern": "^(did:peaq:(0x[0-9a-fA-F]{40}|0|[1-9][0-9]*)|peaqos:machine:(0|[1-9][0-9]*))$",
                "pattern_name": "did:peaq:0x<40 hex address>, did:peaq:<decimal> or peaqos:machine:<decimal>",
            },
        },
    )
    machine_type: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "machineType", "rules": {"type": "str"}}
    )
    runtime_profile: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "runtimeProfile", "rules": {"type": "str"}}
    )
    capabilities: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "capabilities", "rules": {"type": "list", "items": {"type": "str"}}},
    )
    labels: Mapping[str, str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "labels", "opaque": True, "rules": {"type": "map", "values": {"type": "str"}}},
    )
    policy_ids: Sequence[str] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "policyIds", "rules": {"type": "list", "items": {"type": "str"}}}
    )
    skill_keys: Sequence[str] | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "skillKeys", "rules": {"type": "list", "items": {"type": "str"}}}
    )
    identity_proof: MachineIdentityProofInput | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "identityProof", "rules": {"model": "MachineIdentityProofInput"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""
