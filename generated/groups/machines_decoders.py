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

from peaq_os_sdk._generated.groups import machines_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _map_str,
    _not_object,
    _slot_setter,
    _tuple_str,
)

_new = object.__new__

_KNOWN_MachineIdentityProof = frozenset(
    [
        "method",
        "identityRef",
        "signerAddress",
        "challengeId",
        "verifiedAt",
        "challengeExpiresAt",
        "resolutionSource",
        "controllerAddresses",
    ]
)
_LAST_MachineIdentityProof: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MachineIdentityProof = m.MachineIdentityProof
_S_MachineIdentityProof = m._MachineIdentityProofSlots


def decode_MachineIdentityProof(o: Any) -> "m.MachineIdentityProof":
    if type(o) is not dict:
        _not_object("MachineIdentityProof", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MachineIdentityProof)
    try:
        obj.method = v if type(v := o["method"]) is str else _bad("MachineIdentityProof.method", "str", v)
        obj.identity_ref = (
            v if type(v := o["identityRef"]) is str else _bad("MachineIdentityProof.identity_ref", "str", v)
        )
        obj.signer_address = (
            v if type(v := o["signerAddress"]) is str else _bad("MachineIdentityProof.signer_address", "str", v)
        )
        obj.challenge_id = (
            v if type(v := o["challengeId"]) is str else _bad("MachineIdentityProof.challenge_id", "str", v)
        )
        obj.verified_at = v if type(v := o["verifiedAt"]) is str else _bad("MachineIdentityProof.verified_at", "str", v)
        obj.challenge_expires_at = (
            v
            if type(v := o["challengeExpiresAt"]) is str
            else _bad("MachineIdentityProof.challenge_expires_at", "str", v)
        )
        obj.resolution_source = (
            v if type(v := o["resolutionSource"]) is str else _bad("MachineIdentityProof.resolution_source", "str", v)
        )
        obj.controller_addresses = _tuple_str(o.get("controllerAddresses"), "MachineIdentityProof.controller_addresses")
    except KeyError as e:
        raise ShapeError(f"MachineIdentityProof: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MachineIdentityProof[0]:
        _LAST_MachineIdentityProof[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MachineIdentityProof, _LAST_MachineIdentityProof)
    obj.__class__ = _C_MachineIdentityProof
    return obj


_KNOWN_Machine = frozenset(
    [
        "id",
        "displayName",
        "status",
        "ownerId",
        "machineType",
        "runtimeProfile",
        "capabilities",
        "labels",
        "policyIds",
        "skillKeys",
        "createdAt",
        "updatedAt",
        "identityRef",
        "identityProof",
    ]
)
_LAST_Machine: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_Machine = m.Machine
_S_Machine = m._MachineSlots


def decode_Machine(o: Any) -> "m.Machine":
    if type(o) is not dict:
        _not_object("Machine", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_Machine)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("Machine.id", "str", v)
        obj.display_name = v if type(v := o["displayName"]) is str else _bad("Machine.display_name", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("Machine.status", "str", v)
        obj.owner_id = v if type(v := o["ownerId"]) is str else _bad("Machine.owner_id", "str", v)
        obj.machine_type = v if type(v := o["machineType"]) is str else _bad("Machine.machine_type", "str", v)
        obj.runtime_profile = v if type(v := o["runtimeProfile"]) is str else _bad("Machine.runtime_profile", "str", v)
        obj.capabilities = _tuple_str(o.get("capabilities"), "Machine.capabilities")
        obj.labels = _map_str(o.get("labels"), "Machine.labels")
        obj.policy_ids = _tuple_str(o.get("policyIds"), "Machine.policy_ids")
        obj.skill_keys = _tuple_str(o.get("skillKeys"), "Machine.skill_keys")
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("Machine.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("Machine.updated_at", "str", v)
        obj.identity_ref = (
            v if type(v := o.get("identityRef")) is str or v is None else _bad("Machine.identity_ref", "str", v)
        )
        obj.identity_proof = (
            decode_MachineIdentityProof(v)
            if type(v := o.get("identityProof")) is dict
            else (None if v is None else _bad("Machine.identity_proof", "object", v))
        )
    except KeyError as e:
        raise ShapeError(f"Machine: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_Machine[0]:
        _LAST_Machine[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_Machine, _LAST_Machine)
    obj.__class__ = _C_Machine
    return obj


_KNOWN_RegisteredMachine = frozenset(
    [
        "id",
        "displayName",
        "status",
        "ownerId",
        "machineType",
        "runtimeProfile",
        "capabilities",
        "labels",
        "policyIds",
        "skillKeys",
        "createdAt",
        "updatedAt",
        "identityRef",
        "identityProof",
    ]
)
_LAST_RegisteredMachine: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_RegisteredMachine = m.RegisteredMachine
_s_RegisteredMachine_id = _slot_setter(m.RegisteredMachine, "id")
_s_RegisteredMachine_display_name = _slot_setter(m.RegisteredMachine, "display_name")
_s_RegisteredMachine_status = _slot_setter(m.RegisteredMachine, "status")
_s_RegisteredMachine_owner_id = _slot_setter(m.RegisteredMachine, "owner_id")
_s_RegisteredMachine_machine_type = _slot_setter(m.RegisteredMachine, "machine_type")
_s_RegisteredMachine_runtime_profile = _slot_setter(m.RegisteredMachine, "runtime_profile")
_s_RegisteredMachine_capabilities = _slot_setter(m.RegisteredMachine, "capabilities")
_s_RegisteredMachine_labels = _slot_setter(m.RegisteredMachine, "labels")
_s_RegisteredMachine_policy_ids = _slot_setter(m.RegisteredMachine, "policy_ids")
_s_RegisteredMachine_skill_keys = _slot_setter(m.RegisteredMachine, "skill_keys")
_s_RegisteredMachine_created_at = _slot_setter(m.RegisteredMachine, "created_at")
_s_RegisteredMachine_updated_at = _slot_setter(m.RegisteredMachine, "updated_at")
_s_RegisteredMachine_identity_ref = _slot_setter(m.RegisteredMachine, "identity_ref")
_s_RegisteredMachine_identity_proof = _slot_setter(m.RegisteredMachine, "identity_proof")
_s_RegisteredMachine_extra = _slot_setter(m.RegisteredMachine, "extra")


def decode_RegisteredMachine(o: Any) -> "m.RegisteredMachine":
    if type(o) is not dict:
        _not_object("RegisteredMachine", o)
    # a subclass: fields are stored through the slot descriptors (past the frozen class's guard)
    obj = _new(_C_RegisteredMachine)
    try:
        _s_RegisteredMachine_id(obj, v if type(v := o["id"]) is str else _bad("RegisteredMachine.id", "str", v))
        _s_RegisteredMachine_display_name(
            obj, v if type(v := o["displayName"]) is str else _bad("RegisteredMachine.display_name", "str", v)
        )
        _s_RegisteredMachine_status(
            obj, v if type(v := o["status"]) is str else _bad("RegisteredMachine.status", "str", v)
        )
        _s_RegisteredMachine_owner_id(
            obj, v if type(v := o["ownerId"]) is str else _bad("RegisteredMachine.owner_id", "str", v)
        )
        _s_RegisteredMachine_machine_type(
            obj, v if type(v := o["machineType"]) is str else _bad("RegisteredMachine.machine_type", "str", v)
        )
        _s_RegisteredMachine_runtime_profile(
            obj, v if type(v := o["runtimeProfile"]) is str else _bad("RegisteredMachine.runtime_profile", "str", v)
        )
        _s_RegisteredMachine_capabilities(obj, _tuple_str(o.get("capabilities"), "RegisteredMachine.capabilities"))
        _s_RegisteredMachine_labels(obj, _map_str(o.get("labels"), "RegisteredMachine.labels"))
        _s_RegisteredMachine_policy_ids(obj, _tuple_str(o.get("policyIds"), "RegisteredMachine.policy_ids"))
        _s_RegisteredMachine_skill_keys(obj, _tuple_str(o.get("skillKeys"), "RegisteredMachine.skill_keys"))
        _s_RegisteredMachine_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("RegisteredMachine.created_at", "str", v)
        )
        _s_RegisteredMachine_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("RegisteredMachine.updated_at", "str", v)
        )
        _s_RegisteredMachine_identity_ref(
            obj, v if type(v := o["identityRef"]) is str else _bad("RegisteredMachine.identity_ref", "str", v)
        )
        _s_RegisteredMachine_identity_proof(
            obj,
            decode_MachineIdentityProof(v)
            if type(v := o.get("identityProof")) is dict
            else (None if v is None else _bad("RegisteredMachine.identity_proof", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"RegisteredMachine: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_RegisteredMachine[0]:
        _LAST_RegisteredMachine[0] = k  # this body's own key strings: the next object compares by identity
        _s_RegisteredMachine_extra(obj, {})
    else:
        _s_RegisteredMachine_extra(obj, _extra_of(o, k, _KNOWN_RegisteredMachine, _LAST_RegisteredMachine))
    return obj


DECODERS: dict[Any, Any] = {
    m.MachineIdentityProof: decode_MachineIdentityProof,
    m.Machine: decode_Machine,
    m.RegisteredMachine: decode_RegisteredMachine,
}
