# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
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
    _extra,
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
_C_MachineIdentityProof = m.MachineIdentityProof
_s_MachineIdentityProof_method = _slot_setter(m.MachineIdentityProof, "method")
_s_MachineIdentityProof_identity_ref = _slot_setter(m.MachineIdentityProof, "identity_ref")
_s_MachineIdentityProof_signer_address = _slot_setter(m.MachineIdentityProof, "signer_address")
_s_MachineIdentityProof_challenge_id = _slot_setter(m.MachineIdentityProof, "challenge_id")
_s_MachineIdentityProof_verified_at = _slot_setter(m.MachineIdentityProof, "verified_at")
_s_MachineIdentityProof_challenge_expires_at = _slot_setter(m.MachineIdentityProof, "challenge_expires_at")
_s_MachineIdentityProof_resolution_source = _slot_setter(m.MachineIdentityProof, "resolution_source")
_s_MachineIdentityProof_controller_addresses = _slot_setter(m.MachineIdentityProof, "controller_addresses")
_s_MachineIdentityProof_extra = _slot_setter(m.MachineIdentityProof, "extra")


def decode_MachineIdentityProof(o: Any) -> "m.MachineIdentityProof":
    if type(o) is not dict:
        _not_object("MachineIdentityProof", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineIdentityProof)
    try:
        _s_MachineIdentityProof_method(
            obj, v if type(v := o["method"]) is str else _bad("MachineIdentityProof.method", "str", v)
        )
        _s_MachineIdentityProof_identity_ref(
            obj, v if type(v := o["identityRef"]) is str else _bad("MachineIdentityProof.identity_ref", "str", v)
        )
        _s_MachineIdentityProof_signer_address(
            obj, v if type(v := o["signerAddress"]) is str else _bad("MachineIdentityProof.signer_address", "str", v)
        )
        _s_MachineIdentityProof_challenge_id(
            obj, v if type(v := o["challengeId"]) is str else _bad("MachineIdentityProof.challenge_id", "str", v)
        )
        _s_MachineIdentityProof_verified_at(
            obj, v if type(v := o["verifiedAt"]) is str else _bad("MachineIdentityProof.verified_at", "str", v)
        )
        _s_MachineIdentityProof_challenge_expires_at(
            obj,
            v
            if type(v := o["challengeExpiresAt"]) is str
            else _bad("MachineIdentityProof.challenge_expires_at", "str", v),
        )
        _s_MachineIdentityProof_resolution_source(
            obj,
            v if type(v := o["resolutionSource"]) is str else _bad("MachineIdentityProof.resolution_source", "str", v),
        )
        _s_MachineIdentityProof_controller_addresses(
            obj, _tuple_str(o.get("controllerAddresses"), "MachineIdentityProof.controller_addresses")
        )
    except KeyError as e:
        raise ShapeError(f"MachineIdentityProof: missing required field {e.args[0]!r}") from None
    _s_MachineIdentityProof_extra(
        obj, {} if _KNOWN_MachineIdentityProof.issuperset(o) else _extra(o, _KNOWN_MachineIdentityProof)
    )
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
_C_Machine = m.Machine
_s_Machine_id = _slot_setter(m.Machine, "id")
_s_Machine_display_name = _slot_setter(m.Machine, "display_name")
_s_Machine_status = _slot_setter(m.Machine, "status")
_s_Machine_owner_id = _slot_setter(m.Machine, "owner_id")
_s_Machine_machine_type = _slot_setter(m.Machine, "machine_type")
_s_Machine_runtime_profile = _slot_setter(m.Machine, "runtime_profile")
_s_Machine_capabilities = _slot_setter(m.Machine, "capabilities")
_s_Machine_labels = _slot_setter(m.Machine, "labels")
_s_Machine_policy_ids = _slot_setter(m.Machine, "policy_ids")
_s_Machine_skill_keys = _slot_setter(m.Machine, "skill_keys")
_s_Machine_created_at = _slot_setter(m.Machine, "created_at")
_s_Machine_updated_at = _slot_setter(m.Machine, "updated_at")
_s_Machine_identity_ref = _slot_setter(m.Machine, "identity_ref")
_s_Machine_identity_proof = _slot_setter(m.Machine, "identity_proof")
_s_Machine_extra = _slot_setter(m.Machine, "extra")


def decode_Machine(o: Any) -> "m.Machine":
    if type(o) is not dict:
        _not_object("Machine", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_Machine)
    try:
        _s_Machine_id(obj, v if type(v := o["id"]) is str else _bad("Machine.id", "str", v))
        _s_Machine_display_name(
            obj, v if type(v := o["displayName"]) is str else _bad("Machine.display_name", "str", v)
        )
        _s_Machine_status(obj, v if type(v := o["status"]) is str else _bad("Machine.status", "str", v))
        _s_Machine_owner_id(obj, v if type(v := o["ownerId"]) is str else _bad("Machine.owner_id", "str", v))
        _s_Machine_machine_type(
            obj, v if type(v := o["machineType"]) is str else _bad("Machine.machine_type", "str", v)
        )
        _s_Machine_runtime_profile(
            obj, v if type(v := o["runtimeProfile"]) is str else _bad("Machine.runtime_profile", "str", v)
        )
        _s_Machine_capabilities(obj, _tuple_str(o.get("capabilities"), "Machine.capabilities"))
        _s_Machine_labels(obj, _map_str(o.get("labels"), "Machine.labels"))
        _s_Machine_policy_ids(obj, _tuple_str(o.get("policyIds"), "Machine.policy_ids"))
        _s_Machine_skill_keys(obj, _tuple_str(o.get("skillKeys"), "Machine.skill_keys"))
        _s_Machine_created_at(obj, v if type(v := o["createdAt"]) is str else _bad("Machine.created_at", "str", v))
        _s_Machine_updated_at(obj, v if type(v := o["updatedAt"]) is str else _bad("Machine.updated_at", "str", v))
        _s_Machine_identity_ref(
            obj, v if type(v := o.get("identityRef")) is str or v is None else _bad("Machine.identity_ref", "str", v)
        )
        _s_Machine_identity_proof(
            obj,
            decode_MachineIdentityProof(v)
            if type(v := o.get("identityProof")) is dict
            else (None if v is None else _bad("Machine.identity_proof", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"Machine: missing required field {e.args[0]!r}") from None
    _s_Machine_extra(obj, {} if _KNOWN_Machine.issuperset(o) else _extra(o, _KNOWN_Machine))
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
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
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
    _s_RegisteredMachine_extra(
        obj, {} if _KNOWN_RegisteredMachine.issuperset(o) else _extra(o, _KNOWN_RegisteredMachine)
    )
    return obj


DECODERS: dict[Any, Any] = {
    m.MachineIdentityProof: decode_MachineIdentityProof,
    m.Machine: decode_Machine,
    m.RegisteredMachine: decode_RegisteredMachine,
}
