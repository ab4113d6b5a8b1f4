# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``machine_agents`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    EndpointAuthType,
    EndpointHealthStatus,
    EndpointNetworkScope,
    MachineAgentStatus,
)

from peaq_os_sdk._model_support import redacted_repr

__all__ = [
    "MachineAgent",
    "EnrollMachineAgentRequest",
    "MachineAgentHeartbeatEndpoint",
    "MachineAgentHeartbeatRequest",
    "HeartbeatEndpointResult",
    "MachineAgentHeartbeatResponse",
]


# ---- models ----------------------------------------------------------------------------------


class _MachineAgentSlots:
    """The storage of :class:`MachineAgent`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MachineAgent`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "machine_id",
        "label",
        "status",
        "created_at",
        "updated_at",
        "allowed_provider_keys",
        "last_seen_at",
        "provisioning_token",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class MachineAgent(_MachineAgentSlots):
    """A machine-side runtime agent: software on the machine that reports its runtime endpoints by heartbeat.

    Attributes:
        id: Agent id (agentId in paths and heartbeats) (wire ``id``).
        machine_id: The machine the agent belongs to (wire ``machineId``).
        label: Human-readable label (wire ``label``).
        status: provisioned until the first heartbeat, then active; revoked after DELETE (wire
            ``status``).
        created_at: ISO 8601 timestamp of enrollment (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        allowed_provider_keys: Provider keys the agent may report in heartbeats (others answer
            AGENT_POLICY_DENIED); empty when absent (wire ``allowedProviderKeys``).
        last_seen_at: ISO 8601 timestamp of the last heartbeat, or null before the first (wire
            ``lastSeenAt``).
        provisioning_token: One-time agent secret, returned only by enrollment: the agent sends it as
            agentToken in its heartbeats. The docs name it agentToken; a reader accepts either name (wire
            ``provisioningToken``; also read from ``agentToken``; returned once: keep it; secret: never shown
            in repr, errors or logs).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    label: str = attrs.field(metadata={"wire": "label"})
    status: MachineAgentStatus = attrs.field(metadata={"wire": "status"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    allowed_provider_keys: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "allowedProviderKeys"}
    )
    last_seen_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "lastSeenAt"})
    provisioning_token: str | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={"wire": "provisioningToken", "secret": True, "one_time": True, "aliases": ["agentToken"]},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class EnrollMachineAgentRequest:
    """Enrolls a machine-side agent; every field is optional (the SDK sends {} when none is given).

    Attributes:
        label: Human-readable label for the agent (wire ``label``).
        allowed_provider_keys: Provider keys the agent may report in heartbeats (e.g. qvac) (wire
            ``allowedProviderKeys``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    label: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "label", "rules": {"type": "str"}})
    allowed_provider_keys: Sequence[str] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "allowedProviderKeys", "rules": {"type": "list", "items": {"type": "str", "min_length": 1}}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class MachineAgentHeartbeatEndpoint:
    """A runtime endpoint the agent reports; the server upserts it with source agent and a lease.

    Attributes:
        provider_key: Provider key of the endpoint; qvac only (the reference SDK's literal; our choice to
            refuse others with VALIDATION_ERROR) (wire ``providerKey``; required).
        endpoint_base_url: http(s) URL with a host; the SDK checks it before sending and the server
            answers VALIDATION_ERROR (wire ``endpointBaseUrl``; required).
        label: Human-readable label (wire ``label``).
        auth_type: How the orchestrator authenticates to the endpoint (wire ``authType``).
        auth_token: Credential for the endpoint; never echoed (views expose hasAuthToken) (wire
            ``authToken``; secret: never shown in repr, errors or logs).
        model_alias: Model name the endpoint serves, when relevant (wire ``modelAlias``).
        network_scope: Where the endpoint is reachable from (wire ``networkScope``).
        probe_path: Path the server probes for health (wire ``probePath``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    provider_key: Literal["qvac"] = attrs.field(
        metadata={"wire": "providerKey", "rules": {"enum": ("qvac",), "type": "str"}, "required": True}
    )
    endpoint_base_url: str = attrs.field(
        metadata={"wire": "endpointBaseUrl", "rules": {"type": "str", "min_length": 1, "url": True}, "required": True}
    )
    label: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "label", "rules": {"type": "str"}})
    auth_type: EndpointAuthType | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "authType", "rules": {"enum": ("none", "api-key", "bearer")}}
    )
    auth_token: str | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={"wire": "authToken", "secret": True, "rules": {"type": "str"}},
    )
    model_alias: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "modelAlias", "rules": {"type": "str"}}
    )
    network_scope: EndpointNetworkScope | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "networkScope", "rules": {"enum": ("loopback", "lan", "vpn", "public")}},
    )
    probe_path: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "probePath", "rules": {"type": "str"}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen(kw_only=True)
class MachineAgentHeartbeatRequest:
    """A machine agent's heartbeat: proves the agent is alive and renews the leases of its runtime endpoints.

    Attributes:
        machine_id: The agent's machine (non-empty) (wire ``machineId``; required).
        agent_id: The enrolled agent's id (non-empty) (wire ``agentId``; required).
        agent_token: Required by the SDK; the server also accepts the token as x-agent-pairing-token or
            Authorization: Bearer, and answers AGENT_AUTH_REQUIRED when it is missing everywhere (wire
            ``agentToken``; required; secret: never shown in repr, errors or logs).
        endpoints: The endpoints the agent serves (at least one) (wire ``endpoints``; required).
        lease_ttl_seconds: Requested lease of the reported endpoints, in seconds (>= 1; the server default
            when absent; the server grants at most one day, our choice). Never null (wire
            ``leaseTtlSeconds``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    machine_id: str = attrs.field(
        metadata={"wire": "machineId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_id: str = attrs.field(
        metadata={"wire": "agentId", "rules": {"type": "str", "min_length": 1}, "required": True}
    )
    agent_token: str = attrs.field(
        repr=redacted_repr,
        metadata={"wire": "agentToken", "secret": True, "rules": {"type": "str", "min_length": 1}, "required": True},
    )
    endpoints: Sequence[MachineAgentHeartbeatEndpoint] = attrs.field(
        metadata={
            "wire": "endpoints",
            "rules": {"type": "list", "min_items": 1, "items": {"model": "MachineAgentHeartbeatEndpoint"}},
            "required": True,
        }
    )
    lease_ttl_seconds: int | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "leaseTtlSeconds", "rules": {"type": "int", "minimum": 1}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _HeartbeatEndpointResultSlots:
    """The storage of :class:`HeartbeatEndpointResult`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``HeartbeatEndpointResult`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "provider_key",
        "endpoint_base_url",
        "status",
        "lease_expires_at",
        "health_error",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class HeartbeatEndpointResult(_HeartbeatEndpointResultSlots):
    """The state of one reported endpoint after a heartbeat.

    Attributes:
        provider_key: Provider key of the endpoint (wire ``providerKey``).
        endpoint_base_url: Base URL as stored (scheme and host[:port]) (wire ``endpointBaseUrl``).
        status: Health of the endpoint (wire ``status``).
        lease_expires_at: ISO 8601 timestamp at which the endpoint's lease ends unless renewed by another
            heartbeat (wire ``leaseExpiresAt``).
        health_error: Why the endpoint is not healthy, or null (wire ``healthError``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    endpoint_base_url: str = attrs.field(metadata={"wire": "endpointBaseUrl"})
    status: EndpointHealthStatus = attrs.field(metadata={"wire": "status"})
    lease_expires_at: str = attrs.field(metadata={"wire": "leaseExpiresAt"})
    health_error: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "healthError"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _MachineAgentHeartbeatResponseSlots:
    """The storage of :class:`MachineAgentHeartbeatResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``MachineAgentHeartbeatResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("machine_id", "agent_id", "lease_ttl_seconds", "observed_at", "endpoints", "extra", "__weakref__")


@attrs.frozen
class MachineAgentHeartbeatResponse(_MachineAgentHeartbeatResponseSlots):
    """The heartbeat result: the lease granted and the state of each reported endpoint.

    Attributes:
        machine_id: The agent's machine (wire ``machineId``).
        agent_id: The agent (wire ``agentId``).
        lease_ttl_seconds: Lease granted, in seconds (the server grants at most one day; our choice) (wire
            ``leaseTtlSeconds``).
        observed_at: ISO 8601 timestamp the server recorded the heartbeat (the agent's lastSeenAt) (wire
            ``observedAt``).
        endpoints: One result per reported endpoint (wire ``endpoints``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    agent_id: str = attrs.field(metadata={"wire": "agentId"})
    lease_ttl_seconds: int = attrs.field(metadata={"wire": "leaseTtlSeconds"})
    observed_at: str = attrs.field(metadata={"wire": "observedAt"})
    endpoints: tuple[HeartbeatEndpointResult, ...] = attrs.field(metadata={"wire": "endpoints"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""
