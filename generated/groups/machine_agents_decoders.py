# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
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
    _extra,
    _int,
    _not_object,
    _pick_opt,
    _slot_setter,
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
_C_MachineAgent = m.MachineAgent
_s_MachineAgent_id = _slot_setter(m.MachineAgent, "id")
_s_MachineAgent_machine_id = _slot_setter(m.MachineAgent, "machine_id")
_s_MachineAgent_label = _slot_setter(m.MachineAgent, "label")
_s_MachineAgent_status = _slot_setter(m.MachineAgent, "status")
_s_MachineAgent_created_at = _slot_setter(m.MachineAgent, "created_at")
_s_MachineAgent_updated_at = _slot_setter(m.MachineAgent, "updated_at")
_s_MachineAgent_allowed_provider_keys = _slot_setter(m.MachineAgent, "allowed_provider_keys")
_s_MachineAgent_last_seen_at = _slot_setter(m.MachineAgent, "last_seen_at")
_s_MachineAgent_provisioning_token = _slot_setter(m.MachineAgent, "provisioning_token")
_s_MachineAgent_extra = _slot_setter(m.MachineAgent, "extra")


def decode_MachineAgent(o: Any) -> "m.MachineAgent":
    if type(o) is not dict:
        _not_object("MachineAgent", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineAgent)
    try:
        _s_MachineAgent_id(obj, v if type(v := o["id"]) is str else _bad("MachineAgent.id", "str", v))
        _s_MachineAgent_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MachineAgent.machine_id", "str", v)
        )
        _s_MachineAgent_label(obj, v if type(v := o["label"]) is str else _bad("MachineAgent.label", "str", v))
        _s_MachineAgent_status(obj, v if type(v := o["status"]) is str else _bad("MachineAgent.status", "str", v))
        _s_MachineAgent_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MachineAgent.created_at", "str", v)
        )
        _s_MachineAgent_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("MachineAgent.updated_at", "str", v)
        )
        _s_MachineAgent_allowed_provider_keys(
            obj, _tuple_str(o.get("allowedProviderKeys"), "MachineAgent.allowed_provider_keys")
        )
        _s_MachineAgent_last_seen_at(
            obj,
            v if type(v := o.get("lastSeenAt")) is str or v is None else _bad("MachineAgent.last_seen_at", "str", v),
        )
        _s_MachineAgent_provisioning_token(
            obj,
            v
            if type(v := _pick_opt(o, ("provisioningToken", "agentToken"))) is str or v is None
            else _bad("MachineAgent.provisioning_token", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MachineAgent: missing required field {e.args[0]!r}") from None
    _s_MachineAgent_extra(obj, {} if _KNOWN_MachineAgent.issuperset(o) else _extra(o, _KNOWN_MachineAgent))
    return obj


_KNOWN_HeartbeatEndpointResult = frozenset(
    ["providerKey", "endpointBaseUrl", "status", "leaseExpiresAt", "healthError"]
)
_C_HeartbeatEndpointResult = m.HeartbeatEndpointResult
_s_HeartbeatEndpointResult_provider_key = _slot_setter(m.HeartbeatEndpointResult, "provider_key")
_s_HeartbeatEndpointResult_endpoint_base_url = _slot_setter(m.HeartbeatEndpointResult, "endpoint_base_url")
_s_HeartbeatEndpointResult_status = _slot_setter(m.HeartbeatEndpointResult, "status")
_s_HeartbeatEndpointResult_lease_expires_at = _slot_setter(m.HeartbeatEndpointResult, "lease_expires_at")
_s_HeartbeatEndpointResult_health_error = _slot_setter(m.HeartbeatEndpointResult, "health_error")
_s_HeartbeatEndpointResult_extra = _slot_setter(m.HeartbeatEndpointResult, "extra")


def decode_HeartbeatEndpointResult(o: Any) -> "m.HeartbeatEndpointResult":
    if type(o) is not dict:
        _not_object("HeartbeatEndpointResult", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_HeartbeatEndpointResult)
    try:
        _s_HeartbeatEndpointResult_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("HeartbeatEndpointResult.provider_key", "str", v)
        )
        _s_HeartbeatEndpointResult_endpoint_base_url(
            obj,
            v
            if type(v := o["endpointBaseUrl"]) is str
            else _bad("HeartbeatEndpointResult.endpoint_base_url", "str", v),
        )
        _s_HeartbeatEndpointResult_status(
            obj, v if type(v := o["status"]) is str else _bad("HeartbeatEndpointResult.status", "str", v)
        )
        _s_HeartbeatEndpointResult_lease_expires_at(
            obj,
            v if type(v := o["leaseExpiresAt"]) is str else _bad("HeartbeatEndpointResult.lease_expires_at", "str", v),
        )
        _s_HeartbeatEndpointResult_health_error(
            obj,
            v
            if type(v := o.get("healthError")) is str or v is None
            else _bad("HeartbeatEndpointResult.health_error", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"HeartbeatEndpointResult: missing required field {e.args[0]!r}") from None
    _s_HeartbeatEndpointResult_extra(
        obj, {} if _KNOWN_HeartbeatEndpointResult.issuperset(o) else _extra(o, _KNOWN_HeartbeatEndpointResult)
    )
    return obj


_KNOWN_MachineAgentHeartbeatResponse = frozenset(["machineId", "agentId", "leaseTtlSeconds", "observedAt", "endpoints"])
_C_MachineAgentHeartbeatResponse = m.MachineAgentHeartbeatResponse
_s_MachineAgentHeartbeatResponse_machine_id = _slot_setter(m.MachineAgentHeartbeatResponse, "machine_id")
_s_MachineAgentHeartbeatResponse_agent_id = _slot_setter(m.MachineAgentHeartbeatResponse, "agent_id")
_s_MachineAgentHeartbeatResponse_lease_ttl_seconds = _slot_setter(m.MachineAgentHeartbeatResponse, "lease_ttl_seconds")
_s_MachineAgentHeartbeatResponse_observed_at = _slot_setter(m.MachineAgentHeartbeatResponse, "observed_at")
_s_MachineAgentHeartbeatResponse_endpoints = _slot_setter(m.MachineAgentHeartbeatResponse, "endpoints")
_s_MachineAgentHeartbeatResponse_extra = _slot_setter(m.MachineAgentHeartbeatResponse, "extra")


def decode_MachineAgentHeartbeatResponse(o: Any) -> "m.MachineAgentHeartbeatResponse":
    if type(o) is not dict:
        _not_object("MachineAgentHeartbeatResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineAgentHeartbeatResponse)
    try:
        _s_MachineAgentHeartbeatResponse_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MachineAgentHeartbeatResponse.machine_id", "str", v)
        )
        _s_MachineAgentHeartbeatResponse_agent_id(
            obj, v if type(v := o["agentId"]) is str else _bad("MachineAgentHeartbeatResponse.agent_id", "str", v)
        )
        _s_MachineAgentHeartbeatResponse_lease_ttl_seconds(
            obj,
            v if type(v := o["leaseTtlSeconds"]) is int else _int(v, "MachineAgentHeartbeatResponse.lease_ttl_seconds"),
        )
        _s_MachineAgentHeartbeatResponse_observed_at(
            obj, v if type(v := o["observedAt"]) is str else _bad("MachineAgentHeartbeatResponse.observed_at", "str", v)
        )
        _s_MachineAgentHeartbeatResponse_endpoints(
            obj, _tuple_of(o["endpoints"], decode_HeartbeatEndpointResult, "MachineAgentHeartbeatResponse.endpoints")
        )
    except KeyError as e:
        raise ShapeError(f"MachineAgentHeartbeatResponse: missing required field {e.args[0]!r}") from None
    _s_MachineAgentHeartbeatResponse_extra(
        obj,
        {} if _KNOWN_MachineAgentHeartbeatResponse.issuperset(o) else _extra(o, _KNOWN_MachineAgentHeartbeatResponse),
    )
    return obj


DECODERS: dict[Any, Any] = {
    m.MachineAgent: decode_MachineAgent,
    m.HeartbeatEndpointResult: decode_HeartbeatEndpointResult,
    m.MachineAgentHeartbeatResponse: decode_MachineAgentHeartbeatResponse,
}
