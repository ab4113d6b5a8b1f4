# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated.groups import runtime_endpoints_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra,
    _not_object,
    _slot_setter,
)

_new = object.__new__

_KNOWN_RuntimeEndpoint = frozenset(
    [
        "id",
        "machineId",
        "providerKey",
        "source",
        "label",
        "endpointBaseUrl",
        "authType",
        "hasAuthToken",
        "networkScope",
        "status",
        "createdAt",
        "updatedAt",
        "probePath",
        "agentId",
        "modelAlias",
        "leaseExpiresAt",
        "lastCheckedAt",
        "lastHealthyAt",
    ]
)
_C_RuntimeEndpoint = m.RuntimeEndpoint
_s_RuntimeEndpoint_id = _slot_setter(m.RuntimeEndpoint, "id")
_s_RuntimeEndpoint_machine_id = _slot_setter(m.RuntimeEndpoint, "machine_id")
_s_RuntimeEndpoint_provider_key = _slot_setter(m.RuntimeEndpoint, "provider_key")
_s_RuntimeEndpoint_source = _slot_setter(m.RuntimeEndpoint, "source")
_s_RuntimeEndpoint_label = _slot_setter(m.RuntimeEndpoint, "label")
_s_RuntimeEndpoint_endpoint_base_url = _slot_setter(m.RuntimeEndpoint, "endpoint_base_url")
_s_RuntimeEndpoint_auth_type = _slot_setter(m.RuntimeEndpoint, "auth_type")
_s_RuntimeEndpoint_has_auth_token = _slot_setter(m.RuntimeEndpoint, "has_auth_token")
_s_RuntimeEndpoint_network_scope = _slot_setter(m.RuntimeEndpoint, "network_scope")
_s_RuntimeEndpoint_status = _slot_setter(m.RuntimeEndpoint, "status")
_s_RuntimeEndpoint_created_at = _slot_setter(m.RuntimeEndpoint, "created_at")
_s_RuntimeEndpoint_updated_at = _slot_setter(m.RuntimeEndpoint, "updated_at")
_s_RuntimeEndpoint_probe_path = _slot_setter(m.RuntimeEndpoint, "probe_path")
_s_RuntimeEndpoint_agent_id = _slot_setter(m.RuntimeEndpoint, "agent_id")
_s_RuntimeEndpoint_model_alias = _slot_setter(m.RuntimeEndpoint, "model_alias")
_s_RuntimeEndpoint_lease_expires_at = _slot_setter(m.RuntimeEndpoint, "lease_expires_at")
_s_RuntimeEndpoint_last_checked_at = _slot_setter(m.RuntimeEndpoint, "last_checked_at")
_s_RuntimeEndpoint_last_healthy_at = _slot_setter(m.RuntimeEndpoint, "last_healthy_at")
_s_RuntimeEndpoint_extra = _slot_setter(m.RuntimeEndpoint, "extra")


def decode_RuntimeEndpoint(o: Any) -> "m.RuntimeEndpoint":
    if type(o) is not dict:
        _not_object("RuntimeEndpoint", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_RuntimeEndpoint)
    try:
        _s_RuntimeEndpoint_id(obj, v if type(v := o["id"]) is str else _bad("RuntimeEndpoint.id", "str", v))
        _s_RuntimeEndpoint_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("RuntimeEndpoint.machine_id", "str", v)
        )
        _s_RuntimeEndpoint_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("RuntimeEndpoint.provider_key", "str", v)
        )
        _s_RuntimeEndpoint_source(obj, v if type(v := o["source"]) is str else _bad("RuntimeEndpoint.source", "str", v))
        _s_RuntimeEndpoint_label(obj, v if type(v := o["label"]) is str else _bad("RuntimeEndpoint.label", "str", v))
        _s_RuntimeEndpoint_endpoint_base_url(
            obj, v if type(v := o["endpointBaseUrl"]) is str else _bad("RuntimeEndpoint.endpoint_base_url", "str", v)
        )
        _s_RuntimeEndpoint_auth_type(
            obj, v if type(v := o["authType"]) is str else _bad("RuntimeEndpoint.auth_type", "str", v)
        )
        _s_RuntimeEndpoint_has_auth_token(
            obj, v if type(v := o["hasAuthToken"]) is bool else _bad("RuntimeEndpoint.has_auth_token", "bool", v)
        )
        _s_RuntimeEndpoint_network_scope(
            obj, v if type(v := o["networkScope"]) is str else _bad("RuntimeEndpoint.network_scope", "str", v)
        )
        _s_RuntimeEndpoint_status(obj, v if type(v := o["status"]) is str else _bad("RuntimeEndpoint.status", "str", v))
        _s_RuntimeEndpoint_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("RuntimeEndpoint.created_at", "str", v)
        )
        _s_RuntimeEndpoint_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("RuntimeEndpoint.updated_at", "str", v)
        )
        _s_RuntimeEndpoint_probe_path(
            obj,
            v
            if type(v := o.get("probePath", "")) is str or v is None
            else _bad("RuntimeEndpoint.probe_path", "str", v),
        )
        _s_RuntimeEndpoint_agent_id(
            obj, v if type(v := o.get("agentId")) is str or v is None else _bad("RuntimeEndpoint.agent_id", "str", v)
        )
        _s_RuntimeEndpoint_model_alias(
            obj,
            v if type(v := o.get("modelAlias")) is str or v is None else _bad("RuntimeEndpoint.model_alias", "str", v),
        )
        _s_RuntimeEndpoint_lease_expires_at(
            obj,
            v
            if type(v := o.get("leaseExpiresAt")) is str or v is None
            else _bad("RuntimeEndpoint.lease_expires_at", "str", v),
        )
        _s_RuntimeEndpoint_last_checked_at(
            obj,
            v
            if type(v := o.get("lastCheckedAt")) is str or v is None
            else _bad("RuntimeEndpoint.last_checked_at", "str", v),
        )
        _s_RuntimeEndpoint_last_healthy_at(
            obj,
            v
            if type(v := o.get("lastHealthyAt")) is str or v is None
            else _bad("RuntimeEndpoint.last_healthy_at", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"RuntimeEndpoint: missing required field {e.args[0]!r}") from None
    _s_RuntimeEndpoint_extra(obj, {} if _KNOWN_RuntimeEndpoint.issuperset(o) else _extra(o, _KNOWN_RuntimeEndpoint))
    return obj


DECODERS: dict[Any, Any] = {
    m.RuntimeEndpoint: decode_RuntimeEndpoint,
}
