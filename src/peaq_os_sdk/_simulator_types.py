"""Typed answers of the simulator's Python helpers (``MockServer`` and the ``peaqos_mock`` fixture).

Kept apart from :mod:`peaq_os_sdk.mock` so the pytest plugin can return them when it drives an external simulator
(only its admin routes, no server dependencies installed).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.frozen
class SimulatorIdentity:
    """A peaqOS machine identity seeded in the simulator's registry (``register_identity``).

    Attributes:
        identity_ref: The canonical ``did:peaq:<decimal>`` machines register with.
        token_id: The identity's token id (the decimal of ``identity_ref``), as text.
        controller_addresses: The checksummed addresses whose EIP-191 signatures prove control.
        activated: Whether the identity resolves as an activated peaqOS machine (else MACHINE_NOT_ACTIVATED).
        bonded: Whether the machine is bonded (market search needs it).
        machine_address: The address of the ``did:peaq:0x<address>`` form of this identity, when registered.
    """

    identity_ref: str
    token_id: str
    controller_addresses: tuple[str, ...]
    activated: bool
    bonded: bool
    machine_address: str | None = None

    @classmethod
    def from_wire(cls, item: Mapping[str, Any]) -> SimulatorIdentity:
        """From the admin route's JSON (``POST /_mock/identities``)."""
        return cls(
            identity_ref=str(item["identityRef"]),
            token_id=str(item["tokenId"]),
            controller_addresses=tuple(item["controllerAddresses"]),
            activated=bool(item["activated"]),
            bonded=bool(item["bonded"]),
            machine_address=item.get("machineAddress"),
        )


@attrs.frozen
class SimulatorFaults:
    """The simulator's injected faults (``set_faults``), each on until the next reset.

    Attributes:
        mcr_unavailable: The peaqOS identity registry is down (PEAQOS_IDENTITY_UNAVAILABLE on identity checks).
        rpc_error: The payment RPC fails (PAYMENT_RPC_ERROR on ``rpc`` proof verification).
        provider_failure: Native executions fail (the order ends ``failed`` with a failed run and outcome; see
            ``retry_market_order``).
    """

    mcr_unavailable: bool
    rpc_error: bool
    provider_failure: bool = False

    WIRE = {"mcr_unavailable": "mcrUnavailable", "rpc_error": "rpcError", "provider_failure": "providerFailure"}
    """Python name -> the admin route's field."""

    @classmethod
    def from_wire(cls, body: Mapping[str, Any]) -> SimulatorFaults:
        """From the admin route's JSON (``POST /_mock/faults``)."""
        return cls(**{name: bool(body[wire]) for name, wire in cls.WIRE.items()})


__all__ = ["SimulatorFaults", "SimulatorIdentity"]
