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

from peaq_os_sdk._generated.groups import skills_models as m
from peaq_os_sdk._generated.groups.common_decoders import (
    decode_ExternalHandoff,
)

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _map_any,
    _not_object,
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
_LAST_SkillSummary: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_SkillSummary = m.SkillSummary
_S_SkillSummary = m._SkillSummarySlots


def decode_SkillSummary(o: Any) -> "m.SkillSummary":
    if type(o) is not dict:
        _not_object("SkillSummary", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_SkillSummary)
    try:
        obj.key = v if type(v := o["key"]) is str else _bad("SkillSummary.key", "str", v)
        obj.provider_key = v if type(v := o["providerKey"]) is str else _bad("SkillSummary.provider_key", "str", v)
        obj.label = v if type(v := o["label"]) is str else _bad("SkillSummary.label", "str", v)
        obj.description = v if type(v := o["description"]) is str else _bad("SkillSummary.description", "str", v)
        obj.direction = v if type(v := o["direction"]) is str else _bad("SkillSummary.direction", "str", v)
        obj.scope = v if type(v := o["scope"]) is str else _bad("SkillSummary.scope", "str", v)
        obj.source = v if type(v := o["source"]) is str else _bad("SkillSummary.source", "str", v)
        obj.listed_by = v if type(v := o["listedBy"]) is str else _bad("SkillSummary.listed_by", "str", v)
        obj.kind = v if type(v := o["kind"]) is str else _bad("SkillSummary.kind", "str", v)
        obj.auth_type = v if type(v := o["authType"]) is str else _bad("SkillSummary.auth_type", "str", v)
        obj.auth_state = v if type(v := o["authState"]) is str else _bad("SkillSummary.auth_state", "str", v)
        obj.access_mode = v if type(v := o["accessMode"]) is str else _bad("SkillSummary.access_mode", "str", v)
        obj.distribution = v if type(v := o["distribution"]) is str else _bad("SkillSummary.distribution", "str", v)
        obj.maturity = v if type(v := o["maturity"]) is str else _bad("SkillSummary.maturity", "str", v)
        obj.execution_mode = (
            v if type(v := o["executionMode"]) is str else _bad("SkillSummary.execution_mode", "str", v)
        )
        obj.integration_status = (
            v if type(v := o["integrationStatus"]) is str else _bad("SkillSummary.integration_status", "str", v)
        )
        obj.requires_human_enablement = (
            v
            if type(v := o["requiresHumanEnablement"]) is bool
            else _bad("SkillSummary.requires_human_enablement", "bool", v)
        )
        obj.service_types = _tuple_str(o.get("serviceTypes"), "SkillSummary.service_types")
        obj.operations = _tuple_str(o.get("operations"), "SkillSummary.operations")
        obj.required_env = _tuple_str(o.get("requiredEnv"), "SkillSummary.required_env")
        obj.last_verified_at = (
            v
            if type(v := o.get("lastVerifiedAt")) is str or v is None
            else _bad("SkillSummary.last_verified_at", "str", v)
        )
        obj.reference_url = (
            v if type(v := o.get("referenceUrl")) is str or v is None else _bad("SkillSummary.reference_url", "str", v)
        )
        obj.artifact_url = (
            v if type(v := o.get("artifactUrl")) is str or v is None else _bad("SkillSummary.artifact_url", "str", v)
        )
        obj.handoff = (
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("SkillSummary.handoff", "object", v))
        )
    except KeyError as e:
        raise ShapeError(f"SkillSummary: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_SkillSummary[0]:
        _LAST_SkillSummary[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_SkillSummary, _LAST_SkillSummary)
    obj.__class__ = _C_SkillSummary
    return obj


_KNOWN_SkillManifestInput = frozenset(["key", "type", "required", "description"])
_LAST_SkillManifestInput: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_SkillManifestInput = m.SkillManifestInput
_S_SkillManifestInput = m._SkillManifestInputSlots


def decode_SkillManifestInput(o: Any) -> "m.SkillManifestInput":
    if type(o) is not dict:
        _not_object("SkillManifestInput", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_SkillManifestInput)
    try:
        obj.key = v if type(v := o["key"]) is str else _bad("SkillManifestInput.key", "str", v)
        obj.type = v if type(v := o["type"]) is str else _bad("SkillManifestInput.type", "str", v)
        obj.required = v if type(v := o["required"]) is bool else _bad("SkillManifestInput.required", "bool", v)
        obj.description = v if type(v := o["description"]) is str else _bad("SkillManifestInput.description", "str", v)
    except KeyError as e:
        raise ShapeError(f"SkillManifestInput: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_SkillManifestInput[0]:
        _LAST_SkillManifestInput[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_SkillManifestInput, _LAST_SkillManifestInput)
    obj.__class__ = _C_SkillManifestInput
    return obj


_KNOWN_SkillManifestOutput = frozenset(["key", "type", "description"])
_LAST_SkillManifestOutput: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_SkillManifestOutput = m.SkillManifestOutput
_S_SkillManifestOutput = m._SkillManifestOutputSlots


def decode_SkillManifestOutput(o: Any) -> "m.SkillManifestOutput":
    if type(o) is not dict:
        _not_object("SkillManifestOutput", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_SkillManifestOutput)
    try:
        obj.key = v if type(v := o["key"]) is str else _bad("SkillManifestOutput.key", "str", v)
        obj.type = v if type(v := o["type"]) is str else _bad("SkillManifestOutput.type", "str", v)
        obj.description = v if type(v := o["description"]) is str else _bad("SkillManifestOutput.description", "str", v)
    except KeyError as e:
        raise ShapeError(f"SkillManifestOutput: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_SkillManifestOutput[0]:
        _LAST_SkillManifestOutput[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_SkillManifestOutput, _LAST_SkillManifestOutput)
    obj.__class__ = _C_SkillManifestOutput
    return obj


_KNOWN_SkillManifest = frozenset(["key", "providerKey", "label", "summary", "inputs", "outputs"])
_LAST_SkillManifest: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_SkillManifest = m.SkillManifest
_S_SkillManifest = m._SkillManifestSlots


def decode_SkillManifest(o: Any) -> "m.SkillManifest":
    if type(o) is not dict:
        _not_object("SkillManifest", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_SkillManifest)
    try:
        obj.key = v if type(v := o["key"]) is str else _bad("SkillManifest.key", "str", v)
        obj.provider_key = v if type(v := o["providerKey"]) is str else _bad("SkillManifest.provider_key", "str", v)
        obj.label = v if type(v := o["label"]) is str else _bad("SkillManifest.label", "str", v)
        obj.summary = v if type(v := o["summary"]) is str else _bad("SkillManifest.summary", "str", v)
        obj.inputs = _tuple_of(o["inputs"], decode_SkillManifestInput, "SkillManifest.inputs")
        obj.outputs = _tuple_of(o["outputs"], decode_SkillManifestOutput, "SkillManifest.outputs")
    except KeyError as e:
        raise ShapeError(f"SkillManifest: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_SkillManifest[0]:
        _LAST_SkillManifest[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_SkillManifest, _LAST_SkillManifest)
    obj.__class__ = _C_SkillManifest
    return obj


_KNOWN_SkillConfigResponse = frozenset(
    ["skillKey", "providerKey", "enabled", "hasCredentials", "updatedAt", "settings"]
)
_LAST_SkillConfigResponse: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_SkillConfigResponse = m.SkillConfigResponse
_S_SkillConfigResponse = m._SkillConfigResponseSlots


def decode_SkillConfigResponse(o: Any) -> "m.SkillConfigResponse":
    if type(o) is not dict:
        _not_object("SkillConfigResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_SkillConfigResponse)
    try:
        obj.skill_key = v if type(v := o["skillKey"]) is str else _bad("SkillConfigResponse.skill_key", "str", v)
        obj.provider_key = (
            v if type(v := o["providerKey"]) is str else _bad("SkillConfigResponse.provider_key", "str", v)
        )
        obj.enabled = v if type(v := o["enabled"]) is bool else _bad("SkillConfigResponse.enabled", "bool", v)
        obj.has_credentials = (
            v if type(v := o["hasCredentials"]) is bool else _bad("SkillConfigResponse.has_credentials", "bool", v)
        )
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("SkillConfigResponse.updated_at", "str", v)
        obj.settings = v if type(v := o.get("settings")) is dict else _map_any(v, "SkillConfigResponse.settings")
    except KeyError as e:
        raise ShapeError(f"SkillConfigResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_SkillConfigResponse[0]:
        _LAST_SkillConfigResponse[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_SkillConfigResponse, _LAST_SkillConfigResponse)
    obj.__class__ = _C_SkillConfigResponse
    return obj


DECODERS: dict[Any, Any] = {
    m.SkillSummary: decode_SkillSummary,
    m.SkillManifestInput: decode_SkillManifestInput,
    m.SkillManifestOutput: decode_SkillManifestOutput,
    m.SkillManifest: decode_SkillManifest,
    m.SkillConfigResponse: decode_SkillConfigResponse,
}
