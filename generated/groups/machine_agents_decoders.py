# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type,no-any-return"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str; a model is
# filled as its plain storage class, typed Any, before it becomes the model)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated.groups import machine_agents_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _int,
    _not_object,
    _pick_opt,
    _tuple_of,
    _tuple_str,
)

_new = object.__new__

_KNOWN_MachineAgent = frozenset(
    [
        "id",
        "machineId",
        "label",
        "status",
        "createdAt",
        "updatedAt",
        "allowedProviderKeys",
        "lastSeenAt",
        "provisioningToken",
        "agentToken",
    ]
)
_LAST_MachineAgent: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MachineAgent = m.MachineAgent
_S_MachineAgent = m._MachineAgentSlots


def decode_MachineAgent(o: Any) -> "m.MachineAgent":
    if type(o) is not dict:
        _not_object("MachineAgent", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MachineAgent)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("MachineAgent.id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("MachineAgent.machine_id", "str", v)
        obj.label = v if type(v := o["label"]) is str else _bad("MachineAgent.label", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("MachineAgent.status", "str", v)
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("MachineAgent.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("MachineAgent.updated_at", "str", v)
        obj.allowed_provider_keys = _tuple_str(o.get("allowedProviderKeys"), "MachineAgent.allowed_provider_keys")
        obj.last_seen_at = (
            v if type(v := o.get("lastSeenAt")) is str or v is None else _bad("MachineAgent.last_seen_at", "str", v)
        )
        obj.provisioning_token = (
            v
            if type(v := _pick_opt(o, ("provisioningToken", "agentToken"))) is str or v is None
            else _bad("MachineAgent.provisioning_token", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MachineAgent: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MachineAgent[0]:
        _LAST_MachineAgent[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MachineAgent, _LAST_MachineAgent)
    obj.__class__ = _C_MachineAgent
    return obj


_KNOWN_HeartbeatEndpointResult = frozenset(
    ["providerKey", "endpointBaseUrl", "status", "leaseExpiresAt", "healthError"]
)
_LAST_HeartbeatEndpointResult: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_HeartbeatEndpointResult = m.HeartbeatEndpointResult
_S_HeartbeatEndpointResult = m._HeartbeatEndpointResultSlots


def decode_HeartbeatEndpointResult(o: Any) -> "m.HeartbeatEndpointResult":
    if type(o) is not dict:
        _not_object("HeartbeatEndpointResult", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_HeartbeatEndpointResult)
    try:
        obj.provider_key = (
            v if type(v := o["providerKey"]) is str else _bad("HeartbeatEndpointResult.provider_key", "str", v)
        )
        obj.endpoint_base_url = (
            v if type(v := o["endpointBaseUrl"]) is str else _bad("HeartbeatEndpointResult.endpoint_base_url", "str", v)
        )
        obj.status = v if type(v := o["status"]) is str else _bad("HeartbeatEndpointResult.status", "str", v)
        obj.lease_expires_at = (
            v if type(v := o["leaseExpiresAt"]) is str else _bad("HeartbeatEndpointResult.lease_expires_at", "str", v)
        )
        obj.health_error = (
            v
            if type(v := o.get("healthError")) is str or v is None
            else _bad("HeartbeatEndpointResult.health_error", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"HeartbeatEndpointResult: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_HeartbeatEndpointResult[0]:
        _LAST_HeartbeatEndpointResult[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_HeartbeatEndpointResult, _LAST_HeartbeatEndpointResult)
    obj.__class__ = _C_HeartbeatEndpointResult
    return obj


_KNOWN_MachineAgentHeartbeatResponse = frozenset(["machineId", "agentId", "leaseTtlSeconds", "observedAt", "endpoints"])
_LAST_MachineAgentHeartbeatResponse: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MachineAgentHeartbeatResponse = m.MachineAgentHeartbeatResponse
_S_MachineAgentHeartbeatResponse = m._MachineAgentHeartbeatResponseSlots


def decode_MachineAgentHeartbeatResponse(o: Any) -> "m.MachineAgentHeartbeatResponse":
    if type(o) is not dict:
        _not_object("MachineAgentHeartbeatResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MachineAgentHeartbeatResponse)
    try:
        obj.machine_id = (
            v if type(v := o["machineId"]) is str else _bad("MachineAgentHeartbeatResponse.machine_id", "str", v)
        )
        obj.agent_id = v if type(v := o["agentId"]) is str else _bad("MachineAgentHeartbeatResponse.agent_id", "str", v)
        obj.lease_ttl_seconds = (
            v if type(v := o["leaseTtlSeconds"]) is int else _int(v, "MachineAgentHeartbeatResponse.lease_ttl_seconds")
        )
        obj.observed_at = (
            v if type(v := o["observedAt"]) is str else _bad("MachineAgentHeartbeatResponse.observed_at", "str", v)
        )
        obj.endpoints = _tuple_of(
            o["endpoints"], decode_HeartbeatEndpointResult, "MachineAgentHeartbeatResponse.endpoints"
        )
    except KeyError as e:
        raise ShapeError(f"MachineAgentHeartbeatResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MachineAgentHeartbeatResponse[0]:
        _LAST_MachineAgentHeartbeatResponse[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MachineAgentHeartbeatResponse, _LAST_MachineAgentHeartbeatResponse)
    obj.__class__ = _C_MachineAgentHeartbeatResponse
    return obj


DECODERS: dict[Any, Any] = {
    m.MachineAgent: decode_MachineAgent,
    m.HeartbeatEndpointResult: decode_HeartbeatEndpointResult,
    m.MachineAgentHeartbeatResponse: decode_MachineAgentHeartbeatResponse,
}
