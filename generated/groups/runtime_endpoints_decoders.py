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

from peaq_os_sdk._generated.groups import runtime_endpoints_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _not_object,
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
_LAST_RuntimeEndpoint: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_RuntimeEndpoint = m.RuntimeEndpoint
_S_RuntimeEndpoint = m._RuntimeEndpointSlots


def decode_RuntimeEndpoint(o: Any) -> "m.RuntimeEndpoint":
    if type(o) is not dict:
        _not_object("RuntimeEndpoint", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_RuntimeEndpoint)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("RuntimeEndpoint.id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("RuntimeEndpoint.machine_id", "str", v)
        obj.provider_key = v if type(v := o["providerKey"]) is str else _bad("RuntimeEndpoint.provider_key", "str", v)
        obj.source = v if type(v := o["source"]) is str else _bad("RuntimeEndpoint.source", "str", v)
        obj.label = v if type(v := o["label"]) is str else _bad("RuntimeEndpoint.label", "str", v)
        obj.endpoint_base_url = (
            v if type(v := o["endpointBaseUrl"]) is str else _bad("RuntimeEndpoint.endpoint_base_url", "str", v)
        )
        obj.auth_type = v if type(v := o["authType"]) is str else _bad("RuntimeEndpoint.auth_type", "str", v)
        obj.has_auth_token = (
            v if type(v := o["hasAuthToken"]) is bool else _bad("RuntimeEndpoint.has_auth_token", "bool", v)
        )
        obj.network_scope = (
            v if type(v := o["networkScope"]) is str else _bad("RuntimeEndpoint.network_scope", "str", v)
        )
        obj.status = v if type(v := o["status"]) is str else _bad("RuntimeEndpoint.status", "str", v)
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("RuntimeEndpoint.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("RuntimeEndpoint.updated_at", "str", v)
        obj.probe_path = (
            v if type(v := o.get("probePath", "")) is str or v is None else _bad("RuntimeEndpoint.probe_path", "str", v)
        )
        obj.agent_id = (
            v if type(v := o.get("agentId")) is str or v is None else _bad("RuntimeEndpoint.agent_id", "str", v)
        )
        obj.model_alias = (
            v if type(v := o.get("modelAlias")) is str or v is None else _bad("RuntimeEndpoint.model_alias", "str", v)
        )
        obj.lease_expires_at = (
            v
            if type(v := o.get("leaseExpiresAt")) is str or v is None
            else _bad("RuntimeEndpoint.lease_expires_at", "str", v)
        )
        obj.last_checked_at = (
            v
            if type(v := o.get("lastCheckedAt")) is str or v is None
            else _bad("RuntimeEndpoint.last_checked_at", "str", v)
        )
        obj.last_healthy_at = (
            v
            if type(v := o.get("lastHealthyAt")) is str or v is None
            else _bad("RuntimeEndpoint.last_healthy_at", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"RuntimeEndpoint: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_RuntimeEndpoint[0]:
        _LAST_RuntimeEndpoint[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_RuntimeEndpoint, _LAST_RuntimeEndpoint)
    obj.__class__ = _C_RuntimeEndpoint
    return obj


DECODERS: dict[Any, Any] = {
    m.RuntimeEndpoint: decode_RuntimeEndpoint,
}
