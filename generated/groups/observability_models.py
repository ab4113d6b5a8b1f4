# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``observability`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping
from typing import Any, Literal

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    ExecutionRun,
)

__all__ = [
    "ReadinessCheck",
    "Readiness",
    "AuditEvent",
    "RunRecord",
]


# ---- models ----------------------------------------------------------------------------------


class _ReadinessCheckSlots:
    """The storage of :class:`ReadinessCheck`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``ReadinessCheck`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("name", "status", "message", "extra", "__weakref__")


@attrs.frozen
class ReadinessCheck(_ReadinessCheckSlots):
    """One dependency check of the readiness probe.

    Attributes:
        name: The dependency checked, e.g. identity-registry or payment-rpc (wire ``name``).
        status: pass or fail (wire ``status``).
        message: Why the check failed (null when it passes) (wire ``message``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    name: str = attrs.field(metadata={"wire": "name"})
    status: Literal["pass", "fail"] = attrs.field(metadata={"wire": "status"})
    message: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "message"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _ReadinessSlots:
    """The storage of :class:`Readiness`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``Readiness`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("status", "checks", "extra", "__weakref__")


@attrs.frozen
class Readiness(_ReadinessSlots):
    """Whether the server can serve calls now, with one check per dependency.

    Attributes:
        status: ready when every check passes; not_ready when at least one fails (wire ``status``).
        checks: One entry per dependency the server checks (identity registry, payment RPC, ...) (wire
            ``checks``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    status: Literal["ready", "not_ready"] = attrs.field(metadata={"wire": "status"})
    checks: tuple[ReadinessCheck, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "checks"}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _AuditEventSlots:
    """The storage of :class:`AuditEvent`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``AuditEvent`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "id",
        "actor",
        "type",
        "resource_type",
        "resource_id",
        "created_at",
        "machine_id",
        "payload",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class AuditEvent(_AuditEventSlots):
    """One state change recorded by the server.

    Attributes:
        id: Server-assigned event id (wire ``id``).
        actor: Who caused the change: the platform caller, an agent pairing or a machine agent (wire
            ``actor``).
        type: What happened, e.g. machine.created or order.status_changed (wire ``type``).
        resource_type: Kind of record that changed (machine, agent, pairing, policy, order, payment, ...);
            filterable (wire ``resourceType``).
        resource_id: Id of the record that changed (wire ``resourceId``).
        created_at: When the change happened (ISO 8601) (wire ``createdAt``).
        machine_id: The machine the change belongs to, when there is one; filterable (wire ``machineId``).
        payload: What changed: the new status and the names of changed fields, never their values (no
            secret is ever recorded) (wire ``payload``; keys kept exactly as written).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    id: str = attrs.field(metadata={"wire": "id"})
    actor: str = attrs.field(metadata={"wire": "actor"})
    type: str = attrs.field(metadata={"wire": "type"})
    resource_type: str = attrs.field(metadata={"wire": "resourceType"})
    resource_id: str = attrs.field(metadata={"wire": "resourceId"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})
    machine_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "machineId"})
    payload: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "payload", "opaque": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class RunRecord(ExecutionRun):
    """A stored execution run (the ExecutionRun of an execute response, with the ids that tie it to its
    order).

    Attributes:
        id: Server-assigned run id (wire ``id``).
        status: Run result: completed, failed or external (wire ``status``).
        execution_mode: How the run executed, or null (wire ``executionMode``).
        skill_key: The skill run, or null (wire ``skillKey``).
        service_id: The service run, or null (wire ``serviceId``).
        outcome_id: The outcome record, or null (wire ``outcomeId``).
        machine_id: The machine the run executed for (wire ``machineId``).
        order_id: The order whose execution this run is (wire ``orderId``).
        task_id: The task id on the order (null when none) (wire ``taskId``).
        route_id: The route id on the order (null when none) (wire ``routeId``).
        created_at: When the run was recorded (ISO 8601) (wire ``createdAt``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    machine_id: str = attrs.field(metadata={"wire": "machineId"})
    order_id: str = attrs.field(metadata={"wire": "orderId"})
    task_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "taskId"})
    route_id: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "routeId"})
    created_at: str = attrs.field(metadata={"wire": "createdAt"})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""
