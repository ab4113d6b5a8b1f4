# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated.groups import identity_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra,
    _not_object,
    _slot_setter,
    _tuple_str,
)

_new = object.__new__

_KNOWN_MachineIdentityChallengeResponse = frozenset(
    ["challengeId", "identityRef", "message", "expiresAt", "verificationMethod", "controllerAddresses"]
)
_C_MachineIdentityChallengeResponse = m.MachineIdentityChallengeResponse
_s_MachineIdentityChallengeResponse_challenge_id = _slot_setter(m.MachineIdentityChallengeResponse, "challenge_id")
_s_MachineIdentityChallengeResponse_identity_ref = _slot_setter(m.MachineIdentityChallengeResponse, "identity_ref")
_s_MachineIdentityChallengeResponse_message = _slot_setter(m.MachineIdentityChallengeResponse, "message")
_s_MachineIdentityChallengeResponse_expires_at = _slot_setter(m.MachineIdentityChallengeResponse, "expires_at")
_s_MachineIdentityChallengeResponse_verification_method = _slot_setter(
    m.MachineIdentityChallengeResponse, "verification_method"
)
_s_MachineIdentityChallengeResponse_controller_addresses = _slot_setter(
    m.MachineIdentityChallengeResponse, "controller_addresses"
)
_s_MachineIdentityChallengeResponse_extra = _slot_setter(m.MachineIdentityChallengeResponse, "extra")


def decode_MachineIdentityChallengeResponse(o: Any) -> "m.MachineIdentityChallengeResponse":
    if type(o) is not dict:
        _not_object("MachineIdentityChallengeResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MachineIdentityChallengeResponse)
    try:
        _s_MachineIdentityChallengeResponse_challenge_id(
            obj,
            v
            if (type(v := o["challengeId"]) is str and v != "")
            else _bad("MachineIdentityChallengeResponse.challenge_id", "non-empty str", v),
        )
        _s_MachineIdentityChallengeResponse_identity_ref(
            obj,
            v
            if type(v := o["identityRef"]) is str
            else _bad("MachineIdentityChallengeResponse.identity_ref", "str", v),
        )
        _s_MachineIdentityChallengeResponse_message(
            obj, v if type(v := o["message"]) is str else _bad("MachineIdentityChallengeResponse.message", "str", v)
        )
        _s_MachineIdentityChallengeResponse_expires_at(
            obj,
            v if type(v := o["expiresAt"]) is str else _bad("MachineIdentityChallengeResponse.expires_at", "str", v),
        )
        _s_MachineIdentityChallengeResponse_verification_method(
            obj,
            v
            if type(v := o["verificationMethod"]) is str
            else _bad("MachineIdentityChallengeResponse.verification_method", "str", v),
        )
        _s_MachineIdentityChallengeResponse_controller_addresses(
            obj, _tuple_str(o["controllerAddresses"], "MachineIdentityChallengeResponse.controller_addresses")
        )
    except KeyError as e:
        raise ShapeError(f"MachineIdentityChallengeResponse: missing required field {e.args[0]!r}") from None
    _s_MachineIdentityChallengeResponse_extra(
        obj,
        {}
        if _KNOWN_MachineIdentityChallengeResponse.issuperset(o)
        else _extra(o, _KNOWN_MachineIdentityChallengeResponse),
    )
    return obj


DECODERS: dict[Any, Any] = {
    m.MachineIdentityChallengeResponse: decode_MachineIdentityChallengeResponse,
}
