# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``identity`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping
from typing import Any

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    VerificationMethod,
)

__all__ = [
    "CreateMachineIdentityChallengeRequest",
    "MachineIdentityChallengeResponse",
]


# ---- models ----------------------------------------------------------------------------------


@attrs.frozen
class CreateMachineIdentityChallengeRequest:
    """Asks for a challenge that proves control of a peaqOS machine identity.

    Attributes:
        identity_ref: The peaqOS machine identity to prove control of: ``did:peaq:0x<address>``,
            ``did:peaq:<decimal>`` or its alias ``peaqos:machine:<decimal>``. An identity the registry does
            not know answers NOT_FOUND (wire ``identityRef``; required).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

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
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MachineIdentityChallengeResponseSlots:
    """The storage of :class:`MachineIdentityChallengeResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MachineIdentityChallengeResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "challenge_id",
        "identity_ref",
        "message",
        "expires_at",
        "verification_method",
        "controller_addresses",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MachineIdentityChallengeResponse(_MachineIdentityChallengeResponseSlots):
    """A short-lived identity challenge: sign message with a controller key of the identity and send
    {challengeId, signature} as identityProof on machine create or update.

    Attributes:
        challenge_id: Id to send back with the signature (wire ``challengeId``; never empty).
        identity_ref: The canonical ``did:peaq:<decimal>``, whatever form the request used (wire
            ``identityRef``).
        message: The text to sign, exactly as returned (byte for byte, whitespace included); never rebuild
            or normalise it (wire ``message``).
        expires_at: ISO 8601 timestamp after which a proof from this challenge answers
            MACHINE_IDENTITY_PROOF_EXPIRED (wire ``expiresAt``).
        verification_method: Signature scheme to use (eip191) (wire ``verificationMethod``).
        controller_addresses: The identity's controller addresses from the registry (at least one); the
            recovered signer must be one of them (wire ``controllerAddresses``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    challenge_id: str = attrs.field(metadata={"wire": "challengeId", "non_empty": True})
    identity_ref: str = attrs.field(metadata={"wire": "identityRef"})
    message: str = attrs.field(metadata={"wire": "message"})
    expires_at: str = attrs.field(metadata={"wire": "expiresAt"})
    verification_method: VerificationMethod = attrs.field(metadata={"wire": "verificationMethod"})
    controller_addresses: tuple[str, ...] = attrs.field(metadata={"wire": "controllerAddresses"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""
