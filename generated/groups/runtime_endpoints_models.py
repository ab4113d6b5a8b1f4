# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``runtime_endpoints`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping
from typing import Any

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    EndpointAuthType,
    EndpointHealthStatus,
    EndpointNetworkScope,
    EndpointSource,
)

from peaq_os_sdk._model_support import redacted_repr

__all__ = [
    "UpsertRuntimeEndpointRequest",
    "RuntimeEndpoint",
]


# ---- models ----------------------------------------------------------------------------------


@attrs.frozen
class UpsertRuntimeEndpointRequest:
    """Creates or replaces the manual runtime endpoint of one provider key (source is forced to manual).

    Attributes:
        endpoint_base_url: http(s) URL with a host; the server keeps scheme and host[:port] only (path,
            query and fragment are stripped) (wire ``endpointBaseUrl``; required).
        label: Default "``<PROVIDERKEY upper-cased>`` runtime" (wire ``label``).
        auth_type: How the orchestrator authenticates to the endpoint (default not stated) (wire
            ``authType``).
        auth_token: Never echoed; views expose hasAuthToken (wire ``authToken``; secret: never shown in
            repr, errors or logs).
        model_alias: Model name the endpoint serves, when relevant (wire ``modelAlias``).
        network_scope: Where the endpoint is reachable from (default not stated) (wire ``networkScope``).
        probe_path: Path the server probes for health; default /v1/models for qvac, /health otherwise
            (wire ``probePath``).
        status: Initial health status (wire ``status``).
        lease_expires_at: ISO 8601 end of the endpoint's lease (a documented request field) (wire
            ``leaseExpiresAt``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

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
    status: EndpointHealthStatus | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "status", "rules": {"enum": ("active", "degraded", "unreachable")}},
    )
    lease_expires_at: str | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "leaseExpiresAt", "rules": {"type": "str", "min_length": 1}}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _RuntimeEndpointSlots:
    """The storage of :class:`RuntimeEndpoint`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``RuntimeEndpoint`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "machine_id",
        "provider_key",
        "source",
        "label",
        "endpoint_base_url",
        "auth_type",
        "has_auth_token",
        "network_scope",
        "status",
        "created_at",
        "updated_at",
        "probe_path",
        "agent_id",
        "model_alias",
        "lease_expires_at",
        "last_checked_at",
        "last_healthy_at",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class RuntimeEndpoint(_RuntimeEndpointSlots):
    """A runtime endpoint: where the orchestrator reaches a provider running on or near the machine.

    Attributes:
        id: Server-assigned endpoint id (wire ``id``).
        machine_id: The machine the endpoint belongs to (wire ``machineId``).
        provider_key: Provider key (e.g. qvac), lower-cased by the server (wire ``providerKey``).
        source: manual (PUT) or agent (heartbeat, with a lease) (wire ``source``).
        label: Human-readable label (wire ``label``).
        endpoint_base_url: Base URL (scheme and host[:port] only) (wire ``endpointBaseUrl``).
        auth_type: How the orchestrator authenticates to the endpoint (wire ``authType``).
        has_auth_token: Whether a credential is stored (the credential itself is never echoed) (wire
            ``hasAuthToken``).
        network_scope: Where the endpoint is reachable from (wire ``networkScope``).
        status: Health of the endpoint (wire ``status``).
        created_at: ISO 8601 timestamp of creation (wire ``createdAt``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        probe_path: Path the server probes for health (absent and null read as empty) (wire
            ``probePath``).
        agent_id: The reporting agent for source agent, else null (wire ``agentId``).
        model_alias: Model name the endpoint serves, or null (wire ``modelAlias``).
        lease_expires_at: ISO 8601 timestamp the agent lease ends, or null (wire ``leaseExpiresAt``).
        last_checked_at: ISO 8601 timestamp of the last health check, or null (wire ``lastCheckedAt``).
        last_healthy_at: ISO 8601 timestamp the endpoint was last healthy, or null (wire
            ``lastHealthyAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    source: EndpointSource = attrs.field(metadata={"wire": "source"})
    label: str = attrs.field(metadata={"wire": "label"})
    endpoint_base_url: str = attrs.field(metadata={"wire": "endpointBaseUrl"})
    auth_type: EndpointAuthType = attrs.field(metadata={"wire": "authType"})
    has_auth_token: bool = attrs.field(metadata={"wire": "hasAuthToken"})
    network_scope: EndpointNetworkScope = attrs.field(metadata={"wire": "networkScope"})
    status: EndpointHealthStatus = attrs.field(metadata={"wire": "status"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    probe_path: str | None = attrs.field(default="", kw_only=True, metadata={"wire": "probePath"})
    agent_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "agentId"})
    model_alias: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "modelAlias"})
    lease_expires_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "leaseExpiresAt"})
    last_checked_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "lastCheckedAt"})
    last_healthy_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "lastHealthyAt"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""
