# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated.groups import skills_models as m
from peaq_os_sdk._generated.groups.common_decoders import (
    decode_ExternalHandoff,
)

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra,
    _map_any,
    _not_object,
    _slot_setter,
    _tuple_of,
    _tuple_str,
)

_new = object.__new__

_KNOWN_SkillSummary = frozenset(
    [
        "key",
        "providerKey",
        "label",
        "description",
        "direction",
        "scope",
        "source",
        "listedBy",
        "kind",
        "authType",
        "authState",
        "accessMode",
        "distribution",
        "maturity",
        "executionMode",
        "integrationStatus",
        "requiresHumanEnablement",
        "serviceTypes",
        "operations",
        "requiredEnv",
        "lastVerifiedAt",
        "referenceUrl",
        "artifactUrl",
        "handoff",
    ]
)
_C_SkillSummary = m.SkillSummary
_s_SkillSummary_key = _slot_setter(m.SkillSummary, "key")
_s_SkillSummary_provider_key = _slot_setter(m.SkillSummary, "provider_key")
_s_SkillSummary_label = _slot_setter(m.SkillSummary, "label")
_s_SkillSummary_description = _slot_setter(m.SkillSummary, "description")
_s_SkillSummary_direction = _slot_setter(m.SkillSummary, "direction")
_s_SkillSummary_scope = _slot_setter(m.SkillSummary, "scope")
_s_SkillSummary_source = _slot_setter(m.SkillSummary, "source")
_s_SkillSummary_listed_by = _slot_setter(m.SkillSummary, "listed_by")
_s_SkillSummary_kind = _slot_setter(m.SkillSummary, "kind")
_s_SkillSummary_auth_type = _slot_setter(m.SkillSummary, "auth_type")
_s_SkillSummary_auth_state = _slot_setter(m.SkillSummary, "auth_state")
_s_SkillSummary_access_mode = _slot_setter(m.SkillSummary, "access_mode")
_s_SkillSummary_distribution = _slot_setter(m.SkillSummary, "distribution")
_s_SkillSummary_maturity = _slot_setter(m.SkillSummary, "maturity")
_s_SkillSummary_execution_mode = _slot_setter(m.SkillSummary, "execution_mode")
_s_SkillSummary_integration_status = _slot_setter(m.SkillSummary, "integration_status")
_s_SkillSummary_requires_human_enablement = _slot_setter(m.SkillSummary, "requires_human_enablement")
_s_SkillSummary_service_types = _slot_setter(m.SkillSummary, "service_types")
_s_SkillSummary_operations = _slot_setter(m.SkillSummary, "operations")
_s_SkillSummary_required_env = _slot_setter(m.SkillSummary, "required_env")
_s_SkillSummary_last_verified_at = _slot_setter(m.SkillSummary, "last_verified_at")
_s_SkillSummary_reference_url = _slot_setter(m.SkillSummary, "reference_url")
_s_SkillSummary_artifact_url = _slot_setter(m.SkillSummary, "artifact_url")
_s_SkillSummary_handoff = _slot_setter(m.SkillSummary, "handoff")
_s_SkillSummary_extra = _slot_setter(m.SkillSummary, "extra")


def decode_SkillSummary(o: Any) -> "m.SkillSummary":
    if type(o) is not dict:
        _not_object("SkillSummary", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillSummary)
    try:
        _s_SkillSummary_key(obj, v if type(v := o["key"]) is str else _bad("SkillSummary.key", "str", v))
        _s_SkillSummary_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("SkillSummary.provider_key", "str", v)
        )
        _s_SkillSummary_label(obj, v if type(v := o["label"]) is str else _bad("SkillSummary.label", "str", v))
        _s_SkillSummary_description(
            obj, v if type(v := o["description"]) is str else _bad("SkillSummary.description", "str", v)
        )
        _s_SkillSummary_direction(
            obj, v if type(v := o["direction"]) is str else _bad("SkillSummary.direction", "str", v)
        )
        _s_SkillSummary_scope(obj, v if type(v := o["scope"]) is str else _bad("SkillSummary.scope", "str", v))
        _s_SkillSummary_source(obj, v if type(v := o["source"]) is str else _bad("SkillSummary.source", "str", v))
        _s_SkillSummary_listed_by(
            obj, v if type(v := o["listedBy"]) is str else _bad("SkillSummary.listed_by", "str", v)
        )
        _s_SkillSummary_kind(obj, v if type(v := o["kind"]) is str else _bad("SkillSummary.kind", "str", v))
        _s_SkillSummary_auth_type(
            obj, v if type(v := o["authType"]) is str else _bad("SkillSummary.auth_type", "str", v)
        )
        _s_SkillSummary_auth_state(
            obj, v if type(v := o["authState"]) is str else _bad("SkillSummary.auth_state", "str", v)
        )
        _s_SkillSummary_access_mode(
            obj, v if type(v := o["accessMode"]) is str else _bad("SkillSummary.access_mode", "str", v)
        )
        _s_SkillSummary_distribution(
            obj, v if type(v := o["distribution"]) is str else _bad("SkillSummary.distribution", "str", v)
        )
        _s_SkillSummary_maturity(obj, v if type(v := o["maturity"]) is str else _bad("SkillSummary.maturity", "str", v))
        _s_SkillSummary_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("SkillSummary.execution_mode", "str", v)
        )
        _s_SkillSummary_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("SkillSummary.integration_status", "str", v)
        )
        _s_SkillSummary_requires_human_enablement(
            obj,
            v
            if type(v := o["requiresHumanEnablement"]) is bool
            else _bad("SkillSummary.requires_human_enablement", "bool", v),
        )
        _s_SkillSummary_service_types(obj, _tuple_str(o.get("serviceTypes"), "SkillSummary.service_types"))
        _s_SkillSummary_operations(obj, _tuple_str(o.get("operations"), "SkillSummary.operations"))
        _s_SkillSummary_required_env(obj, _tuple_str(o.get("requiredEnv"), "SkillSummary.required_env"))
        _s_SkillSummary_last_verified_at(
            obj,
            v
            if type(v := o.get("lastVerifiedAt")) is str or v is None
            else _bad("SkillSummary.last_verified_at", "str", v),
        )
        _s_SkillSummary_reference_url(
            obj,
            v if type(v := o.get("referenceUrl")) is str or v is None else _bad("SkillSummary.reference_url", "str", v),
        )
        _s_SkillSummary_artifact_url(
            obj,
            v if type(v := o.get("artifactUrl")) is str or v is None else _bad("SkillSummary.artifact_url", "str", v),
        )
        _s_SkillSummary_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("SkillSummary.handoff", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"SkillSummary: missing required field {e.args[0]!r}") from None
    _s_SkillSummary_extra(obj, {} if _KNOWN_SkillSummary.issuperset(o) else _extra(o, _KNOWN_SkillSummary))
    return obj


_KNOWN_SkillManifestInput = frozenset(["key", "type", "required", "description"])
_C_SkillManifestInput = m.SkillManifestInput
_s_SkillManifestInput_key = _slot_setter(m.SkillManifestInput, "key")
_s_SkillManifestInput_type = _slot_setter(m.SkillManifestInput, "type")
_s_SkillManifestInput_required = _slot_setter(m.SkillManifestInput, "required")
_s_SkillManifestInput_description = _slot_setter(m.SkillManifestInput, "description")
_s_SkillManifestInput_extra = _slot_setter(m.SkillManifestInput, "extra")


def decode_SkillManifestInput(o: Any) -> "m.SkillManifestInput":
    if type(o) is not dict:
        _not_object("SkillManifestInput", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillManifestInput)
    try:
        _s_SkillManifestInput_key(obj, v if type(v := o["key"]) is str else _bad("SkillManifestInput.key", "str", v))
        _s_SkillManifestInput_type(obj, v if type(v := o["type"]) is str else _bad("SkillManifestInput.type", "str", v))
        _s_SkillManifestInput_required(
            obj, v if type(v := o["required"]) is bool else _bad("SkillManifestInput.required", "bool", v)
        )
        _s_SkillManifestInput_description(
            obj, v if type(v := o["description"]) is str else _bad("SkillManifestInput.description", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"SkillManifestInput: missing required field {e.args[0]!r}") from None
    _s_SkillManifestInput_extra(
        obj, {} if _KNOWN_SkillManifestInput.issuperset(o) else _extra(o, _KNOWN_SkillManifestInput)
    )
    return obj


_KNOWN_SkillManifestOutput = frozenset(["key", "type", "description"])
_C_SkillManifestOutput = m.SkillManifestOutput
_s_SkillManifestOutput_key = _slot_setter(m.SkillManifestOutput, "key")
_s_SkillManifestOutput_type = _slot_setter(m.SkillManifestOutput, "type")
_s_SkillManifestOutput_description = _slot_setter(m.SkillManifestOutput, "description")
_s_SkillManifestOutput_extra = _slot_setter(m.SkillManifestOutput, "extra")


def decode_SkillManifestOutput(o: Any) -> "m.SkillManifestOutput":
    if type(o) is not dict:
        _not_object("SkillManifestOutput", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillManifestOutput)
    try:
        _s_SkillManifestOutput_key(obj, v if type(v := o["key"]) is str else _bad("SkillManifestOutput.key", "str", v))
        _s_SkillManifestOutput_type(
            obj, v if type(v := o["type"]) is str else _bad("SkillManifestOutput.type", "str", v)
        )
        _s_SkillManifestOutput_description(
            obj, v if type(v := o["description"]) is str else _bad("SkillManifestOutput.description", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"SkillManifestOutput: missing required field {e.args[0]!r}") from None
    _s_SkillManifestOutput_extra(
        obj, {} if _KNOWN_SkillManifestOutput.issuperset(o) else _extra(o, _KNOWN_SkillManifestOutput)
    )
    return obj


_KNOWN_SkillManifest = frozenset(["key", "providerKey", "label", "summary", "inputs", "outputs"])
_C_SkillManifest = m.SkillManifest
_s_SkillManifest_key = _slot_setter(m.SkillManifest, "key")
_s_SkillManifest_provider_key = _slot_setter(m.SkillManifest, "provider_key")
_s_SkillManifest_label = _slot_setter(m.SkillManifest, "label")
_s_SkillManifest_summary = _slot_setter(m.SkillManifest, "summary")
_s_SkillManifest_inputs = _slot_setter(m.SkillManifest, "inputs")
_s_SkillManifest_outputs = _slot_setter(m.SkillManifest, "outputs")
_s_SkillManifest_extra = _slot_setter(m.SkillManifest, "extra")


def decode_SkillManifest(o: Any) -> "m.SkillManifest":
    if type(o) is not dict:
        _not_object("SkillManifest", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillManifest)
    try:
        _s_SkillManifest_key(obj, v if type(v := o["key"]) is str else _bad("SkillManifest.key", "str", v))
        _s_SkillManifest_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("SkillManifest.provider_key", "str", v)
        )
        _s_SkillManifest_label(obj, v if type(v := o["label"]) is str else _bad("SkillManifest.label", "str", v))
        _s_SkillManifest_summary(obj, v if type(v := o["summary"]) is str else _bad("SkillManifest.summary", "str", v))
        _s_SkillManifest_inputs(obj, _tuple_of(o["inputs"], decode_SkillManifestInput, "SkillManifest.inputs"))
        _s_SkillManifest_outputs(obj, _tuple_of(o["outputs"], decode_SkillManifestOutput, "SkillManifest.outputs"))
    except KeyError as e:
        raise ShapeError(f"SkillManifest: missing required field {e.args[0]!r}") from None
    _s_SkillManifest_extra(obj, {} if _KNOWN_SkillManifest.issuperset(o) else _extra(o, _KNOWN_SkillManifest))
    return obj


_KNOWN_SkillConfigResponse = frozenset(
    ["skillKey", "providerKey", "enabled", "hasCredentials", "updatedAt", "settings"]
)
_C_SkillConfigResponse = m.SkillConfigResponse
_s_SkillConfigResponse_skill_key = _slot_setter(m.SkillConfigResponse, "skill_key")
_s_SkillConfigResponse_provider_key = _slot_setter(m.SkillConfigResponse, "provider_key")
_s_SkillConfigResponse_enabled = _slot_setter(m.SkillConfigResponse, "enabled")
_s_SkillConfigResponse_has_credentials = _slot_setter(m.SkillConfigResponse, "has_credentials")
_s_SkillConfigResponse_updated_at = _slot_setter(m.SkillConfigResponse, "updated_at")
_s_SkillConfigResponse_settings = _slot_setter(m.SkillConfigResponse, "settings")
_s_SkillConfigResponse_extra = _slot_setter(m.SkillConfigResponse, "extra")


def decode_SkillConfigResponse(o: Any) -> "m.SkillConfigResponse":
    if type(o) is not dict:
        _not_object("SkillConfigResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_SkillConfigResponse)
    try:
        _s_SkillConfigResponse_skill_key(
            obj, v if type(v := o["skillKey"]) is str else _bad("SkillConfigResponse.skill_key", "str", v)
        )
        _s_SkillConfigResponse_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("SkillConfigResponse.provider_key", "str", v)
        )
        _s_SkillConfigResponse_enabled(
            obj, v if type(v := o["enabled"]) is bool else _bad("SkillConfigResponse.enabled", "bool", v)
        )
        _s_SkillConfigResponse_has_credentials(
            obj, v if type(v := o["hasCredentials"]) is bool else _bad("SkillConfigResponse.has_credentials", "bool", v)
        )
        _s_SkillConfigResponse_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("SkillConfigResponse.updated_at", "str", v)
        )
        _s_SkillConfigResponse_settings(
            obj, v if type(v := o.get("settings")) is dict else _map_any(v, "SkillConfigResponse.settings")
        )
    except KeyError as e:
        raise ShapeError(f"SkillConfigResponse: missing required field {e.args[0]!r}") from None
    _s_SkillConfigResponse_extra(
        obj, {} if _KNOWN_SkillConfigResponse.issuperset(o) else _extra(o, _KNOWN_SkillConfigResponse)
    )
    return obj


DECODERS: dict[Any, Any] = {
    m.SkillSummary: decode_SkillSummary,
    m.SkillManifestInput: decode_SkillManifestInput,
    m.SkillManifestOutput: decode_SkillManifestOutput,
    m.SkillManifest: decode_SkillManifest,
    m.SkillConfigResponse: decode_SkillConfigResponse,
}
