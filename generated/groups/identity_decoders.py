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

from peaq_os_sdk._generated.groups import identity_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _not_object,
    _tuple_str,
)

_new = object.__new__

_KNOWN_MachineIdentityChallengeResponse = frozenset(
    ["challengeId", "identityRef", "message", "expiresAt", "verificationMethod", "controllerAddresses"]
)
_LAST_MachineIdentityChallengeResponse: list[tuple[str, ...]] = [
    ()
]  # the last known-keys-only key tuple (see _extra_of)
_C_MachineIdentityChallengeResponse = m.MachineIdentityChallengeResponse
_S_MachineIdentityChallengeResponse = m._MachineIdentityChallengeResponseSlots


def decode_MachineIdentityChallengeResponse(o: Any) -> "m.MachineIdentityChallengeResponse":
    if type(o) is not dict:
        _not_object("MachineIdentityChallengeResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MachineIdentityChallengeResponse)
    try:
        obj.challenge_id = (
            v
            if (type(v := o["challengeId"]) is str and v != "")
            else _bad("MachineIdentityChallengeResponse.challenge_id", "non-empty str", v)
        )
        obj.identity_ref = (
            v if type(v := o["identityRef"]) is str else _bad("MachineIdentityChallengeResponse.identity_ref", "str", v)
        )
        obj.message = (
            v if type(v := o["message"]) is str else _bad("MachineIdentityChallengeResponse.message", "str", v)
        )
        obj.expires_at = (
            v if type(v := o["expiresAt"]) is str else _bad("MachineIdentityChallengeResponse.expires_at", "str", v)
        )
        obj.verification_method = (
            v
            if type(v := o["verificationMethod"]) is str
            else _bad("MachineIdentityChallengeResponse.verification_method", "str", v)
        )
        obj.controller_addresses = _tuple_str(
            o["controllerAddresses"], "MachineIdentityChallengeResponse.controller_addresses"
        )
    except KeyError as e:
        raise ShapeError(f"MachineIdentityChallengeResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MachineIdentityChallengeResponse[0]:
        _LAST_MachineIdentityChallengeResponse[0] = (
            k  # this body's own key strings: the next object compares by identity
        )
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MachineIdentityChallengeResponse, _LAST_MachineIdentityChallengeResponse)
    obj.__class__ = _C_MachineIdentityChallengeResponse
    return obj


DECODERS: dict[Any, Any] = {
    m.MachineIdentityChallengeResponse: decode_MachineIdentityChallengeResponse,
}
