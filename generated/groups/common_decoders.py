# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated.groups import common_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra,
    _float,
    _map_any,
    _not_object,
    _pick,
    _slot_setter,
    _tuple_str,
)

_new = object.__new__

_KNOWN_ExecutionRun = frozenset(["id", "status", "executionMode", "skillKey", "serviceId", "outcomeId"])
_C_ExecutionRun = m.ExecutionRun
_s_ExecutionRun_id = _slot_setter(m.ExecutionRun, "id")
_s_ExecutionRun_status = _slot_setter(m.ExecutionRun, "status")
_s_ExecutionRun_execution_mode = _slot_setter(m.ExecutionRun, "execution_mode")
_s_ExecutionRun_skill_key = _slot_setter(m.ExecutionRun, "skill_key")
_s_ExecutionRun_service_id = _slot_setter(m.ExecutionRun, "service_id")
_s_ExecutionRun_outcome_id = _slot_setter(m.ExecutionRun, "outcome_id")
_s_ExecutionRun_extra = _slot_setter(m.ExecutionRun, "extra")


def decode_ExecutionRun(o: Any) -> "m.ExecutionRun":
    if type(o) is not dict:
        _not_object("ExecutionRun", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecutionRun)
    try:
        _s_ExecutionRun_id(obj, v if type(v := o["id"]) is str else _bad("ExecutionRun.id", "str", v))
        _s_ExecutionRun_status(obj, v if type(v := o["status"]) is str else _bad("ExecutionRun.status", "str", v))
        _s_ExecutionRun_execution_mode(
            obj,
            v
            if type(v := o.get("executionMode")) is str or v is None
            else _bad("ExecutionRun.execution_mode", "str", v),
        )
        _s_ExecutionRun_skill_key(
            obj, v if type(v := o.get("skillKey")) is str or v is None else _bad("ExecutionRun.skill_key", "str", v)
        )
        _s_ExecutionRun_service_id(
            obj, v if type(v := o.get("serviceId")) is str or v is None else _bad("ExecutionRun.service_id", "str", v)
        )
        _s_ExecutionRun_outcome_id(
            obj, v if type(v := o.get("outcomeId")) is str or v is None else _bad("ExecutionRun.outcome_id", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionRun: missing required field {e.args[0]!r}") from None
    _s_ExecutionRun_extra(obj, {} if _KNOWN_ExecutionRun.issuperset(o) else _extra(o, _KNOWN_ExecutionRun))
    return obj


_KNOWN_ExternalHandoff = frozenset(["label", "url", "notes"])
_C_ExternalHandoff = m.ExternalHandoff
_s_ExternalHandoff_label = _slot_setter(m.ExternalHandoff, "label")
_s_ExternalHandoff_url = _slot_setter(m.ExternalHandoff, "url")
_s_ExternalHandoff_notes = _slot_setter(m.ExternalHandoff, "notes")
_s_ExternalHandoff_extra = _slot_setter(m.ExternalHandoff, "extra")


def decode_ExternalHandoff(o: Any) -> "m.ExternalHandoff":
    if type(o) is not dict:
        _not_object("ExternalHandoff", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExternalHandoff)
    try:
        _s_ExternalHandoff_label(obj, v if type(v := o["label"]) is str else _bad("ExternalHandoff.label", "str", v))
        _s_ExternalHandoff_url(obj, v if type(v := o["url"]) is str else _bad("ExternalHandoff.url", "str", v))
        _s_ExternalHandoff_notes(obj, _tuple_str(o.get("notes"), "ExternalHandoff.notes"))
    except KeyError as e:
        raise ShapeError(f"ExternalHandoff: missing required field {e.args[0]!r}") from None
    _s_ExternalHandoff_extra(obj, {} if _KNOWN_ExternalHandoff.issuperset(o) else _extra(o, _KNOWN_ExternalHandoff))
    return obj


_KNOWN_PaymentProof = frozenset(
    [
        "chain",
        "token",
        "transactionHash",
        "transactionSignature",
        "payerAddress",
        "verifiedAt",
        "verificationMode",
        "metadata",
    ]
)
_C_PaymentProof = m.PaymentProof
_s_PaymentProof_chain = _slot_setter(m.PaymentProof, "chain")
_s_PaymentProof_token = _slot_setter(m.PaymentProof, "token")
_s_PaymentProof_transaction_hash = _slot_setter(m.PaymentProof, "transaction_hash")
_s_PaymentProof_transaction_signature = _slot_setter(m.PaymentProof, "transaction_signature")
_s_PaymentProof_payer_address = _slot_setter(m.PaymentProof, "payer_address")
_s_PaymentProof_verified_at = _slot_setter(m.PaymentProof, "verified_at")
_s_PaymentProof_verification_mode = _slot_setter(m.PaymentProof, "verification_mode")
_s_PaymentProof_metadata = _slot_setter(m.PaymentProof, "metadata")
_s_PaymentProof_extra = _slot_setter(m.PaymentProof, "extra")


def decode_PaymentProof(o: Any) -> "m.PaymentProof":
    if type(o) is not dict:
        _not_object("PaymentProof", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_PaymentProof)
    try:
        _s_PaymentProof_chain(
            obj, v if type(v := o.get("chain")) is str or v is None else _bad("PaymentProof.chain", "str", v)
        )
        _s_PaymentProof_token(
            obj, v if type(v := o.get("token")) is str or v is None else _bad("PaymentProof.token", "str", v)
        )
        _s_PaymentProof_transaction_hash(
            obj,
            v
            if type(v := o.get("transactionHash")) is str or v is None
            else _bad("PaymentProof.transaction_hash", "str", v),
        )
        _s_PaymentProof_transaction_signature(
            obj,
            v
            if type(v := o.get("transactionSignature")) is str or v is None
            else _bad("PaymentProof.transaction_signature", "str", v),
        )
        _s_PaymentProof_payer_address(
            obj,
            v if type(v := o.get("payerAddress")) is str or v is None else _bad("PaymentProof.payer_address", "str", v),
        )
        _s_PaymentProof_verified_at(
            obj, v if type(v := o.get("verifiedAt")) is str or v is None else _bad("PaymentProof.verified_at", "str", v)
        )
        _s_PaymentProof_verification_mode(
            obj,
            v
            if type(v := o.get("verificationMode")) is str or v is None
            else _bad("PaymentProof.verification_mode", "str", v),
        )
        _s_PaymentProof_metadata(
            obj, v if type(v := o.get("metadata")) is dict else _map_any(v, "PaymentProof.metadata")
        )
    except KeyError as e:
        raise ShapeError(f"PaymentProof: missing required field {e.args[0]!r}") from None
    _s_PaymentProof_extra(obj, {} if _KNOWN_PaymentProof.issuperset(o) else _extra(o, _KNOWN_PaymentProof))
    return obj


_KNOWN_PaymentRailDetails = frozenset(
    [
        "type",
        "railType",
        "chain",
        "token",
        "tokenAddress",
        "tokenMint",
        "escrowAddress",
        "externalUrl",
        "provider",
        "accountId",
        "walletAddress",
        "payerAddress",
        "payeeAddress",
        "paymentIntentId",
        "metadata",
    ]
)
_C_PaymentRailDetails = m.PaymentRailDetails
_s_PaymentRailDetails_type = _slot_setter(m.PaymentRailDetails, "type")
_s_PaymentRailDetails_chain = _slot_setter(m.PaymentRailDetails, "chain")
_s_PaymentRailDetails_token = _slot_setter(m.PaymentRailDetails, "token")
_s_PaymentRailDetails_token_address = _slot_setter(m.PaymentRailDetails, "token_address")
_s_PaymentRailDetails_token_mint = _slot_setter(m.PaymentRailDetails, "token_mint")
_s_PaymentRailDetails_escrow_address = _slot_setter(m.PaymentRailDetails, "escrow_address")
_s_PaymentRailDetails_external_url = _slot_setter(m.PaymentRailDetails, "external_url")
_s_PaymentRailDetails_provider = _slot_setter(m.PaymentRailDetails, "provider")
_s_PaymentRailDetails_account_id = _slot_setter(m.PaymentRailDetails, "account_id")
_s_PaymentRailDetails_wallet_address = _slot_setter(m.PaymentRailDetails, "wallet_address")
_s_PaymentRailDetails_payer_address = _slot_setter(m.PaymentRailDetails, "payer_address")
_s_PaymentRailDetails_payee_address = _slot_setter(m.PaymentRailDetails, "payee_address")
_s_PaymentRailDetails_payment_intent_id = _slot_setter(m.PaymentRailDetails, "payment_intent_id")
_s_PaymentRailDetails_metadata = _slot_setter(m.PaymentRailDetails, "metadata")
_s_PaymentRailDetails_extra = _slot_setter(m.PaymentRailDetails, "extra")


def decode_PaymentRailDetails(o: Any) -> "m.PaymentRailDetails":
    if type(o) is not dict:
        _not_object("PaymentRailDetails", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_PaymentRailDetails)
    try:
        _s_PaymentRailDetails_type(
            obj, v if type(v := _pick(o, ("type", "railType"))) is str else _bad("PaymentRailDetails.type", "str", v)
        )
        _s_PaymentRailDetails_chain(
            obj, v if type(v := o.get("chain")) is str or v is None else _bad("PaymentRailDetails.chain", "str", v)
        )
        _s_PaymentRailDetails_token(
            obj, v if type(v := o.get("token")) is str or v is None else _bad("PaymentRailDetails.token", "str", v)
        )
        _s_PaymentRailDetails_token_address(
            obj,
            v
            if type(v := o.get("tokenAddress")) is str or v is None
            else _bad("PaymentRailDetails.token_address", "str", v),
        )
        _s_PaymentRailDetails_token_mint(
            obj,
            v if type(v := o.get("tokenMint")) is str or v is None else _bad("PaymentRailDetails.token_mint", "str", v),
        )
        _s_PaymentRailDetails_escrow_address(
            obj,
            v
            if type(v := o.get("escrowAddress")) is str or v is None
            else _bad("PaymentRailDetails.escrow_address", "str", v),
        )
        _s_PaymentRailDetails_external_url(
            obj,
            v
            if type(v := o.get("externalUrl")) is str or v is None
            else _bad("PaymentRailDetails.external_url", "str", v),
        )
        _s_PaymentRailDetails_provider(
            obj,
            v if type(v := o.get("provider")) is str or v is None else _bad("PaymentRailDetails.provider", "str", v),
        )
        _s_PaymentRailDetails_account_id(
            obj,
            v if type(v := o.get("accountId")) is str or v is None else _bad("PaymentRailDetails.account_id", "str", v),
        )
        _s_PaymentRailDetails_wallet_address(
            obj,
            v
            if type(v := o.get("walletAddress")) is str or v is None
            else _bad("PaymentRailDetails.wallet_address", "str", v),
        )
        _s_PaymentRailDetails_payer_address(
            obj,
            v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("PaymentRailDetails.payer_address", "str", v),
        )
        _s_PaymentRailDetails_payee_address(
            obj,
            v
            if type(v := o.get("payeeAddress")) is str or v is None
            else _bad("PaymentRailDetails.payee_address", "str", v),
        )
        _s_PaymentRailDetails_payment_intent_id(
            obj,
            v
            if type(v := o.get("paymentIntentId")) is str or v is None
            else _bad("PaymentRailDetails.payment_intent_id", "str", v),
        )
        _s_PaymentRailDetails_metadata(
            obj, v if type(v := o.get("metadata")) is dict else _map_any(v, "PaymentRailDetails.metadata")
        )
    except KeyError as e:
        raise ShapeError(f"PaymentRailDetails: missing required field {e.args[0]!r}") from None
    _s_PaymentRailDetails_extra(
        obj, {} if _KNOWN_PaymentRailDetails.issuperset(o) else _extra(o, _KNOWN_PaymentRailDetails)
    )
    return obj


_KNOWN_MarketPayment = frozenset(
    ["id", "orderId", "machineId", "status", "rail", "createdAt", "updatedAt", "amount", "currency", "notes", "proof"]
)
_C_MarketPayment = m.MarketPayment
_s_MarketPayment_id = _slot_setter(m.MarketPayment, "id")
_s_MarketPayment_order_id = _slot_setter(m.MarketPayment, "order_id")
_s_MarketPayment_machine_id = _slot_setter(m.MarketPayment, "machine_id")
_s_MarketPayment_status = _slot_setter(m.MarketPayment, "status")
_s_MarketPayment_rail = _slot_setter(m.MarketPayment, "rail")
_s_MarketPayment_created_at = _slot_setter(m.MarketPayment, "created_at")
_s_MarketPayment_updated_at = _slot_setter(m.MarketPayment, "updated_at")
_s_MarketPayment_amount = _slot_setter(m.MarketPayment, "amount")
_s_MarketPayment_currency = _slot_setter(m.MarketPayment, "currency")
_s_MarketPayment_notes = _slot_setter(m.MarketPayment, "notes")
_s_MarketPayment_proof = _slot_setter(m.MarketPayment, "proof")
_s_MarketPayment_extra = _slot_setter(m.MarketPayment, "extra")


def decode_MarketPayment(o: Any) -> "m.MarketPayment":
    if type(o) is not dict:
        _not_object("MarketPayment", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketPayment)
    try:
        _s_MarketPayment_id(obj, v if type(v := o["id"]) is str else _bad("MarketPayment.id", "str", v))
        _s_MarketPayment_order_id(
            obj, v if type(v := o["orderId"]) is str else _bad("MarketPayment.order_id", "str", v)
        )
        _s_MarketPayment_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MarketPayment.machine_id", "str", v)
        )
        _s_MarketPayment_status(obj, v if type(v := o["status"]) is str else _bad("MarketPayment.status", "str", v))
        _s_MarketPayment_rail(
            obj,
            decode_PaymentRailDetails(v) if type(v := o["rail"]) is dict else _bad("MarketPayment.rail", "object", v),
        )
        _s_MarketPayment_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MarketPayment.created_at", "str", v)
        )
        _s_MarketPayment_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("MarketPayment.updated_at", "str", v)
        )
        _s_MarketPayment_amount(
            obj, v if type(v := o.get("amount")) is float else _float(v, "MarketPayment.amount", True)
        )
        _s_MarketPayment_currency(
            obj, v if type(v := o.get("currency")) is str or v is None else _bad("MarketPayment.currency", "str", v)
        )
        _s_MarketPayment_notes(obj, _tuple_str(o.get("notes"), "MarketPayment.notes"))
        _s_MarketPayment_proof(
            obj,
            decode_PaymentProof(v)
            if type(v := o.get("proof")) is dict
            else (None if v is None else _bad("MarketPayment.proof", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"MarketPayment: missing required field {e.args[0]!r}") from None
    _s_MarketPayment_extra(obj, {} if _KNOWN_MarketPayment.issuperset(o) else _extra(o, _KNOWN_MarketPayment))
    return obj


DECODERS: dict[Any, Any] = {
    m.ExecutionRun: decode_ExecutionRun,
    m.ExternalHandoff: decode_ExternalHandoff,
    m.PaymentProof: decode_PaymentProof,
    m.PaymentRailDetails: decode_PaymentRailDetails,
    m.MarketPayment: decode_MarketPayment,
}
