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

from peaq_os_sdk._generated.groups import agent_pairings_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _float,
    _not_object,
    _slot_setter,
    _tuple_str,
)

_new = object.__new__

_KNOWN_AgentPairingChallengeResponse = frozenset(
    [
        "challengeId",
        "agentAddress",
        "message",
        "expiresAt",
        "verificationMethod",
        "machineId",
        "machineIdentityRef",
        "agentDid",
        "agentProvider",
        "agentRole",
    ]
)
_LAST_AgentPairingChallengeResponse: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_AgentPairingChallengeResponse = m.AgentPairingChallengeResponse
_S_AgentPairingChallengeResponse = m._AgentPairingChallengeResponseSlots


def decode_AgentPairingChallengeResponse(o: Any) -> "m.AgentPairingChallengeResponse":
    if type(o) is not dict:
        _not_object("AgentPairingChallengeResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_AgentPairingChallengeResponse)
    try:
        obj.challenge_id = (
            v
            if (type(v := o["challengeId"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.challenge_id", "non-empty str", v)
        )
        obj.agent_address = (
            v
            if (type(v := o["agentAddress"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.agent_address", "non-empty str", v)
        )
        obj.message = (
            v
            if (type(v := o["message"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.message", "non-empty str", v)
        )
        obj.expires_at = (
            v
            if (type(v := o["expiresAt"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.expires_at", "non-empty str", v)
        )
        obj.verification_method = (
            v
            if type(v := o["verificationMethod"]) is str
            else _bad("AgentPairingChallengeResponse.verification_method", "str", v)
        )
        obj.machine_id = (
            v
            if (type(v := o["machineId"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.machine_id", "non-empty str", v)
        )
        obj.machine_identity_ref = (
            v
            if type(v := o["machineIdentityRef"]) is str
            else _bad("AgentPairingChallengeResponse.machine_identity_ref", "str", v)
        )
        obj.agent_did = (
            v
            if (type(v := o["agentDid"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.agent_did", "non-empty str", v)
        )
        obj.agent_provider = (
            v
            if (type(v := o["agentProvider"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.agent_provider", "non-empty str", v)
        )
        obj.agent_role = (
            v
            if (type(v := o["agentRole"]) is str and v != "")
            else _bad("AgentPairingChallengeResponse.agent_role", "non-empty str", v)
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairingChallengeResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_AgentPairingChallengeResponse[0]:
        _LAST_AgentPairingChallengeResponse[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_AgentPairingChallengeResponse, _LAST_AgentPairingChallengeResponse)
    obj.__class__ = _C_AgentPairingChallengeResponse
    return obj


_KNOWN_DelegationPolicy = frozenset(
    [
        "allowedSkillKeys",
        "deniedSkillKeys",
        "allowedServiceIds",
        "deniedServiceIds",
        "perTransactionLimit",
        "dailySpendLimit",
        "currency",
    ]
)
_LAST_DelegationPolicy: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_DelegationPolicy = m.DelegationPolicy
_S_DelegationPolicy = m._DelegationPolicySlots


def decode_DelegationPolicy(o: Any) -> "m.DelegationPolicy":
    if type(o) is not dict:
        _not_object("DelegationPolicy", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_DelegationPolicy)
    try:
        obj.allowed_skill_keys = _tuple_str(o.get("allowedSkillKeys"), "DelegationPolicy.allowed_skill_keys")
        obj.denied_skill_keys = _tuple_str(o.get("deniedSkillKeys"), "DelegationPolicy.denied_skill_keys")
        obj.allowed_service_ids = _tuple_str(o.get("allowedServiceIds"), "DelegationPolicy.allowed_service_ids")
        obj.denied_service_ids = _tuple_str(o.get("deniedServiceIds"), "DelegationPolicy.denied_service_ids")
        obj.per_transaction_limit = (
            v
            if type(v := o.get("perTransactionLimit")) is float
            else _float(v, "DelegationPolicy.per_transaction_limit", True)
        )
        obj.daily_spend_limit = (
            v if type(v := o.get("dailySpendLimit")) is float else _float(v, "DelegationPolicy.daily_spend_limit", True)
        )
        obj.currency = (
            v if type(v := o.get("currency")) is str or v is None else _bad("DelegationPolicy.currency", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"DelegationPolicy: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_DelegationPolicy[0]:
        _LAST_DelegationPolicy[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_DelegationPolicy, _LAST_DelegationPolicy)
    obj.__class__ = _C_DelegationPolicy
    return obj


_KNOWN_AgentPairingVerification = frozenset(["method", "signerAddress", "verifiedAt", "challengeExpiresAt"])
_LAST_AgentPairingVerification: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_AgentPairingVerification = m.AgentPairingVerification
_S_AgentPairingVerification = m._AgentPairingVerificationSlots


def decode_AgentPairingVerification(o: Any) -> "m.AgentPairingVerification":
    if type(o) is not dict:
        _not_object("AgentPairingVerification", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_AgentPairingVerification)
    try:
        obj.method = v if type(v := o["method"]) is str else _bad("AgentPairingVerification.method", "str", v)
        obj.signer_address = (
            v if type(v := o["signerAddress"]) is str else _bad("AgentPairingVerification.signer_address", "str", v)
        )
        obj.verified_at = (
            v if type(v := o["verifiedAt"]) is str else _bad("AgentPairingVerification.verified_at", "str", v)
        )
        obj.challenge_expires_at = (
            v
            if type(v := o["challengeExpiresAt"]) is str
            else _bad("AgentPairingVerification.challenge_expires_at", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairingVerification: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_AgentPairingVerification[0]:
        _LAST_AgentPairingVerification[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_AgentPairingVerification, _LAST_AgentPairingVerification)
    obj.__class__ = _C_AgentPairingVerification
    return obj


_KNOWN_AgentPairing = frozenset(
    [
        "id",
        "machineId",
        "status",
        "agentAddress",
        "agentProvider",
        "agentRole",
        "delegationPolicy",
        "hasAuthToken",
        "createdAt",
        "updatedAt",
        "agentDid",
        "description",
        "verification",
        "tokenLastFour",
        "sessionId",
        "sessionTokenId",
        "sessionIssuedAt",
        "sessionExpiresAt",
        "pairingToken",
    ]
)
_LAST_AgentPairing: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_AgentPairing = m.AgentPairing
_S_AgentPairing = m._AgentPairingSlots


def decode_AgentPairing(o: Any) -> "m.AgentPairing":
    if type(o) is not dict:
        _not_object("AgentPairing", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_AgentPairing)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("AgentPairing.id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("AgentPairing.machine_id", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("AgentPairing.status", "str", v)
        obj.agent_address = v if type(v := o["agentAddress"]) is str else _bad("AgentPairing.agent_address", "str", v)
        obj.agent_provider = (
            v if type(v := o["agentProvider"]) is str else _bad("AgentPairing.agent_provider", "str", v)
        )
        obj.agent_role = v if type(v := o["agentRole"]) is str else _bad("AgentPairing.agent_role", "str", v)
        obj.delegation_policy = (
            decode_DelegationPolicy(v)
            if type(v := o["delegationPolicy"]) is dict
            else _bad("AgentPairing.delegation_policy", "object", v)
        )
        obj.has_auth_token = (
            v if type(v := o["hasAuthToken"]) is bool else _bad("AgentPairing.has_auth_token", "bool", v)
        )
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("AgentPairing.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("AgentPairing.updated_at", "str", v)
        obj.agent_did = (
            v if type(v := o.get("agentDid")) is str or v is None else _bad("AgentPairing.agent_did", "str", v)
        )
        obj.description = (
            v if type(v := o.get("description")) is str or v is None else _bad("AgentPairing.description", "str", v)
        )
        obj.verification = (
            decode_AgentPairingVerification(v)
            if type(v := o.get("verification")) is dict
            else (None if v is None else _bad("AgentPairing.verification", "object", v))
        )
        obj.token_last_four = (
            v
            if type(v := o.get("tokenLastFour")) is str or v is None
            else _bad("AgentPairing.token_last_four", "str", v)
        )
        obj.session_id = (
            v if type(v := o.get("sessionId")) is str or v is None else _bad("AgentPairing.session_id", "str", v)
        )
        obj.session_token_id = (
            v
            if type(v := o.get("sessionTokenId")) is str or v is None
            else _bad("AgentPairing.session_token_id", "str", v)
        )
        obj.session_issued_at = (
            v
            if type(v := o.get("sessionIssuedAt")) is str or v is None
            else _bad("AgentPairing.session_issued_at", "str", v)
        )
        obj.session_expires_at = (
            v
            if type(v := o.get("sessionExpiresAt")) is str or v is None
            else _bad("AgentPairing.session_expires_at", "str", v)
        )
        obj.pairing_token = (
            v if type(v := o.get("pairingToken")) is str or v is None else _bad("AgentPairing.pairing_token", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairing: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_AgentPairing[0]:
        _LAST_AgentPairing[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_AgentPairing, _LAST_AgentPairing)
    obj.__class__ = _C_AgentPairing
    return obj


_KNOWN_AgentPairingWithToken = frozenset(
    [
        "id",
        "machineId",
        "status",
        "agentAddress",
        "agentProvider",
        "agentRole",
        "delegationPolicy",
        "hasAuthToken",
        "createdAt",
        "updatedAt",
        "agentDid",
        "description",
        "verification",
        "tokenLastFour",
        "sessionId",
        "sessionTokenId",
        "sessionIssuedAt",
        "sessionExpiresAt",
        "pairingToken",
    ]
)
_LAST_AgentPairingWithToken: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_AgentPairingWithToken = m.AgentPairingWithToken
_s_AgentPairingWithToken_id = _slot_setter(m.AgentPairingWithToken, "id")
_s_AgentPairingWithToken_machine_id = _slot_setter(m.AgentPairingWithToken, "machine_id")
_s_AgentPairingWithToken_status = _slot_setter(m.AgentPairingWithToken, "status")
_s_AgentPairingWithToken_agent_address = _slot_setter(m.AgentPairingWithToken, "agent_address")
_s_AgentPairingWithToken_agent_provider = _slot_setter(m.AgentPairingWithToken, "agent_provider")
_s_AgentPairingWithToken_agent_role = _slot_setter(m.AgentPairingWithToken, "agent_role")
_s_AgentPairingWithToken_delegation_policy = _slot_setter(m.AgentPairingWithToken, "delegation_policy")
_s_AgentPairingWithToken_has_auth_token = _slot_setter(m.AgentPairingWithToken, "has_auth_token")
_s_AgentPairingWithToken_created_at = _slot_setter(m.AgentPairingWithToken, "created_at")
_s_AgentPairingWithToken_updated_at = _slot_setter(m.AgentPairingWithToken, "updated_at")
_s_AgentPairingWithToken_agent_did = _slot_setter(m.AgentPairingWithToken, "agent_did")
_s_AgentPairingWithToken_description = _slot_setter(m.AgentPairingWithToken, "description")
_s_AgentPairingWithToken_verification = _slot_setter(m.AgentPairingWithToken, "verification")
_s_AgentPairingWithToken_token_last_four = _slot_setter(m.AgentPairingWithToken, "token_last_four")
_s_AgentPairingWithToken_session_id = _slot_setter(m.AgentPairingWithToken, "session_id")
_s_AgentPairingWithToken_session_token_id = _slot_setter(m.AgentPairingWithToken, "session_token_id")
_s_AgentPairingWithToken_session_issued_at = _slot_setter(m.AgentPairingWithToken, "session_issued_at")
_s_AgentPairingWithToken_session_expires_at = _slot_setter(m.AgentPairingWithToken, "session_expires_at")
_s_AgentPairingWithToken_pairing_token = _slot_setter(m.AgentPairingWithToken, "pairing_token")
_s_AgentPairingWithToken_extra = _slot_setter(m.AgentPairingWithToken, "extra")


def decode_AgentPairingWithToken(o: Any) -> "m.AgentPairingWithToken":
    if type(o) is not dict:
        _not_object("AgentPairingWithToken", o)
    # a subclass: fields are stored through the slot descriptors (past the frozen class's guard)
    obj = _new(_C_AgentPairingWithToken)
    try:
        _s_AgentPairingWithToken_id(obj, v if type(v := o["id"]) is str else _bad("AgentPairingWithToken.id", "str", v))
        _s_AgentPairingWithToken_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("AgentPairingWithToken.machine_id", "str", v)
        )
        _s_AgentPairingWithToken_status(
            obj, v if type(v := o["status"]) is str else _bad("AgentPairingWithToken.status", "str", v)
        )
        _s_AgentPairingWithToken_agent_address(
            obj, v if type(v := o["agentAddress"]) is str else _bad("AgentPairingWithToken.agent_address", "str", v)
        )
        _s_AgentPairingWithToken_agent_provider(
            obj, v if type(v := o["agentProvider"]) is str else _bad("AgentPairingWithToken.agent_provider", "str", v)
        )
        _s_AgentPairingWithToken_agent_role(
            obj, v if type(v := o["agentRole"]) is str else _bad("AgentPairingWithToken.agent_role", "str", v)
        )
        _s_AgentPairingWithToken_delegation_policy(
            obj,
            decode_DelegationPolicy(v)
            if type(v := o["delegationPolicy"]) is dict
            else _bad("AgentPairingWithToken.delegation_policy", "object", v),
        )
        _s_AgentPairingWithToken_has_auth_token(
            obj, v if type(v := o["hasAuthToken"]) is bool else _bad("AgentPairingWithToken.has_auth_token", "bool", v)
        )
        _s_AgentPairingWithToken_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("AgentPairingWithToken.created_at", "str", v)
        )
        _s_AgentPairingWithToken_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("AgentPairingWithToken.updated_at", "str", v)
        )
        _s_AgentPairingWithToken_agent_did(
            obj,
            v
            if type(v := o.get("agentDid")) is str or v is None
            else _bad("AgentPairingWithToken.agent_did", "str", v),
        )
        _s_AgentPairingWithToken_description(
            obj,
            v
            if type(v := o.get("description")) is str or v is None
            else _bad("AgentPairingWithToken.description", "str", v),
        )
        _s_AgentPairingWithToken_verification(
            obj,
            decode_AgentPairingVerification(v)
            if type(v := o.get("verification")) is dict
            else (None if v is None else _bad("AgentPairingWithToken.verification", "object", v)),
        )
        _s_AgentPairingWithToken_token_last_four(
            obj,
            v
            if type(v := o.get("tokenLastFour")) is str or v is None
            else _bad("AgentPairingWithToken.token_last_four", "str", v),
        )
        _s_AgentPairingWithToken_session_id(
            obj,
            v
            if type(v := o.get("sessionId")) is str or v is None
            else _bad("AgentPairingWithToken.session_id", "str", v),
        )
        _s_AgentPairingWithToken_session_token_id(
            obj,
            v
            if type(v := o.get("sessionTokenId")) is str or v is None
            else _bad("AgentPairingWithToken.session_token_id", "str", v),
        )
        _s_AgentPairingWithToken_session_issued_at(
            obj,
            v
            if type(v := o.get("sessionIssuedAt")) is str or v is None
            else _bad("AgentPairingWithToken.session_issued_at", "str", v),
        )
        _s_AgentPairingWithToken_session_expires_at(
            obj,
            v
            if type(v := o.get("sessionExpiresAt")) is str or v is None
            else _bad("AgentPairingWithToken.session_expires_at", "str", v),
        )
        _s_AgentPairingWithToken_pairing_token(
            obj,
            v
            if (type(v := o["pairingToken"]) is str and v != "")
            else _bad("AgentPairingWithToken.pairing_token", "non-empty str", v),
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairingWithToken: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_AgentPairingWithToken[0]:
        _LAST_AgentPairingWithToken[0] = k  # this body's own key strings: the next object compares by identity
        _s_AgentPairingWithToken_extra(obj, {})
    else:
        _s_AgentPairingWithToken_extra(obj, _extra_of(o, k, _KNOWN_AgentPairingWithToken, _LAST_AgentPairingWithToken))
    return obj


DECODERS: dict[Any, Any] = {
    m.AgentPairingChallengeResponse: decode_AgentPairingChallengeResponse,
    m.DelegationPolicy: decode_DelegationPolicy,
    m.AgentPairingVerification: decode_AgentPairingVerification,
    m.AgentPairing: decode_AgentPairing,
    m.AgentPairingWithToken: decode_AgentPairingWithToken,
}
