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


_KNOWN_ExecutionOutcome = frozenset(
    ["id", "status", "skillKey", "serviceId", "executionMode", "result", "errorMessage", "externalRef"]
)
_C_ExecutionOutcome = m.ExecutionOutcome
_s_ExecutionOutcome_id = _slot_setter(m.ExecutionOutcome, "id")
_s_ExecutionOutcome_status = _slot_setter(m.ExecutionOutcome, "status")
_s_ExecutionOutcome_skill_key = _slot_setter(m.ExecutionOutcome, "skill_key")
_s_ExecutionOutcome_service_id = _slot_setter(m.ExecutionOutcome, "service_id")
_s_ExecutionOutcome_execution_mode = _slot_setter(m.ExecutionOutcome, "execution_mode")
_s_ExecutionOutcome_result = _slot_setter(m.ExecutionOutcome, "result")
_s_ExecutionOutcome_error_message = _slot_setter(m.ExecutionOutcome, "error_message")
_s_ExecutionOutcome_external_ref = _slot_setter(m.ExecutionOutcome, "external_ref")
_s_ExecutionOutcome_extra = _slot_setter(m.ExecutionOutcome, "extra")


def decode_ExecutionOutcome(o: Any) -> "m.ExecutionOutcome":
    if type(o) is not dict:
        _not_object("ExecutionOutcome", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecutionOutcome)
    try:
        _s_ExecutionOutcome_id(obj, v if type(v := o["id"]) is str else _bad("ExecutionOutcome.id", "str", v))
        _s_ExecutionOutcome_status(
            obj, v if type(v := o["status"]) is str else _bad("ExecutionOutcome.status", "str", v)
        )
        _s_ExecutionOutcome_skill_key(
            obj, v if type(v := o["skillKey"]) is str else _bad("ExecutionOutcome.skill_key", "str", v)
        )
        _s_ExecutionOutcome_service_id(
            obj, v if type(v := o["serviceId"]) is str else _bad("ExecutionOutcome.service_id", "str", v)
        )
        _s_ExecutionOutcome_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("ExecutionOutcome.execution_mode", "str", v)
        )
        _s_ExecutionOutcome_result(obj, o.get("result"))
        _s_ExecutionOutcome_error_message(
            obj,
            v
            if type(v := o.get("errorMessage")) is str or v is None
            else _bad("ExecutionOutcome.error_message", "str", v),
        )
        _s_ExecutionOutcome_external_ref(
            obj,
            v
            if type(v := o.get("externalRef")) is str or v is None
            else _bad("ExecutionOutcome.external_ref", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionOutcome: missing required field {e.args[0]!r}") from None
    _s_ExecutionOutcome_extra(obj, {} if _KNOWN_ExecutionOutcome.issuperset(o) else _extra(o, _KNOWN_ExecutionOutcome))
    return obj


_KNOWN_MarketPaymentRailRecommendation = frozenset(
    [
        "defaultRail",
        "required",
        "supportedRails",
        "notes",
        "provider",
        "chain",
        "token",
        "tokenAddress",
        "tokenMint",
        "walletAddress",
        "externalUrl",
        "payerAddress",
        "payeeAddress",
    ]
)
_C_MarketPaymentRailRecommendation = m.MarketPaymentRailRecommendation
_s_MarketPaymentRailRecommendation_default_rail = _slot_setter(m.MarketPaymentRailRecommendation, "default_rail")
_s_MarketPaymentRailRecommendation_required = _slot_setter(m.MarketPaymentRailRecommendation, "required")
_s_MarketPaymentRailRecommendation_supported_rails = _slot_setter(m.MarketPaymentRailRecommendation, "supported_rails")
_s_MarketPaymentRailRecommendation_notes = _slot_setter(m.MarketPaymentRailRecommendation, "notes")
_s_MarketPaymentRailRecommendation_provider = _slot_setter(m.MarketPaymentRailRecommendation, "provider")
_s_MarketPaymentRailRecommendation_chain = _slot_setter(m.MarketPaymentRailRecommendation, "chain")
_s_MarketPaymentRailRecommendation_token = _slot_setter(m.MarketPaymentRailRecommendation, "token")
_s_MarketPaymentRailRecommendation_token_address = _slot_setter(m.MarketPaymentRailRecommendation, "token_address")
_s_MarketPaymentRailRecommendation_token_mint = _slot_setter(m.MarketPaymentRailRecommendation, "token_mint")
_s_MarketPaymentRailRecommendation_wallet_address = _slot_setter(m.MarketPaymentRailRecommendation, "wallet_address")
_s_MarketPaymentRailRecommendation_external_url = _slot_setter(m.MarketPaymentRailRecommendation, "external_url")
_s_MarketPaymentRailRecommendation_payer_address = _slot_setter(m.MarketPaymentRailRecommendation, "payer_address")
_s_MarketPaymentRailRecommendation_payee_address = _slot_setter(m.MarketPaymentRailRecommendation, "payee_address")
_s_MarketPaymentRailRecommendation_extra = _slot_setter(m.MarketPaymentRailRecommendation, "extra")


def decode_MarketPaymentRailRecommendation(o: Any) -> "m.MarketPaymentRailRecommendation":
    if type(o) is not dict:
        _not_object("MarketPaymentRailRecommendation", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketPaymentRailRecommendation)
    try:
        _s_MarketPaymentRailRecommendation_default_rail(
            obj,
            v if type(v := o["defaultRail"]) is str else _bad("MarketPaymentRailRecommendation.default_rail", "str", v),
        )
        _s_MarketPaymentRailRecommendation_required(
            obj, v if type(v := o["required"]) is bool else _bad("MarketPaymentRailRecommendation.required", "bool", v)
        )
        _s_MarketPaymentRailRecommendation_supported_rails(
            obj, _tuple_str(o.get("supportedRails"), "MarketPaymentRailRecommendation.supported_rails")
        )
        _s_MarketPaymentRailRecommendation_notes(
            obj, _tuple_str(o.get("notes"), "MarketPaymentRailRecommendation.notes")
        )
        _s_MarketPaymentRailRecommendation_provider(
            obj,
            v
            if type(v := o.get("provider")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.provider", "str", v),
        )
        _s_MarketPaymentRailRecommendation_chain(
            obj,
            v
            if type(v := o.get("chain")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.chain", "str", v),
        )
        _s_MarketPaymentRailRecommendation_token(
            obj,
            v
            if type(v := o.get("token")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token", "str", v),
        )
        _s_MarketPaymentRailRecommendation_token_address(
            obj,
            v
            if type(v := o.get("tokenAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token_address", "str", v),
        )
        _s_MarketPaymentRailRecommendation_token_mint(
            obj,
            v
            if type(v := o.get("tokenMint")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token_mint", "str", v),
        )
        _s_MarketPaymentRailRecommendation_wallet_address(
            obj,
            v
            if type(v := o.get("walletAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.wallet_address", "str", v),
        )
        _s_MarketPaymentRailRecommendation_external_url(
            obj,
            v
            if type(v := o.get("externalUrl")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.external_url", "str", v),
        )
        _s_MarketPaymentRailRecommendation_payer_address(
            obj,
            v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.payer_address", "str", v),
        )
        _s_MarketPaymentRailRecommendation_payee_address(
            obj,
            v
            if type(v := o.get("payeeAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.payee_address", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketPaymentRailRecommendation: missing required field {e.args[0]!r}") from None
    _s_MarketPaymentRailRecommendation_extra(
        obj,
        {}
        if _KNOWN_MarketPaymentRailRecommendation.issuperset(o)
        else _extra(o, _KNOWN_MarketPaymentRailRecommendation),
    )
    return obj


_KNOWN_MarketPricing = frozenset(["mode", "amount", "currency", "rate", "notes"])
_C_MarketPricing = m.MarketPricing
_s_MarketPricing_mode = _slot_setter(m.MarketPricing, "mode")
_s_MarketPricing_amount = _slot_setter(m.MarketPricing, "amount")
_s_MarketPricing_currency = _slot_setter(m.MarketPricing, "currency")
_s_MarketPricing_rate = _slot_setter(m.MarketPricing, "rate")
_s_MarketPricing_notes = _slot_setter(m.MarketPricing, "notes")
_s_MarketPricing_extra = _slot_setter(m.MarketPricing, "extra")


def decode_MarketPricing(o: Any) -> "m.MarketPricing":
    if type(o) is not dict:
        _not_object("MarketPricing", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketPricing)
    try:
        _s_MarketPricing_mode(obj, v if type(v := o["mode"]) is str else _bad("MarketPricing.mode", "str", v))
        _s_MarketPricing_amount(
            obj, v if type(v := o.get("amount")) is float else _float(v, "MarketPricing.amount", True)
        )
        _s_MarketPricing_currency(
            obj, v if type(v := o.get("currency")) is str or v is None else _bad("MarketPricing.currency", "str", v)
        )
        _s_MarketPricing_rate(
            obj, v if type(v := o.get("rate")) is str or v is None else _bad("MarketPricing.rate", "str", v)
        )
        _s_MarketPricing_notes(obj, _tuple_str(o.get("notes"), "MarketPricing.notes"))
    except KeyError as e:
        raise ShapeError(f"MarketPricing: missing required field {e.args[0]!r}") from None
    _s_MarketPricing_extra(obj, {} if _KNOWN_MarketPricing.issuperset(o) else _extra(o, _KNOWN_MarketPricing))
    return obj


_KNOWN_MarketQuote = frozenset(
    [
        "id",
        "serviceId",
        "skillKey",
        "providerKey",
        "executionMode",
        "integrationStatus",
        "operation",
        "score",
        "pricing",
        "payment",
        "expiresAt",
        "reasons",
        "handoff",
    ]
)
_C_MarketQuote = m.MarketQuote
_s_MarketQuote_id = _slot_setter(m.MarketQuote, "id")
_s_MarketQuote_service_id = _slot_setter(m.MarketQuote, "service_id")
_s_MarketQuote_skill_key = _slot_setter(m.MarketQuote, "skill_key")
_s_MarketQuote_provider_key = _slot_setter(m.MarketQuote, "provider_key")
_s_MarketQuote_execution_mode = _slot_setter(m.MarketQuote, "execution_mode")
_s_MarketQuote_integration_status = _slot_setter(m.MarketQuote, "integration_status")
_s_MarketQuote_operation = _slot_setter(m.MarketQuote, "operation")
_s_MarketQuote_score = _slot_setter(m.MarketQuote, "score")
_s_MarketQuote_pricing = _slot_setter(m.MarketQuote, "pricing")
_s_MarketQuote_payment = _slot_setter(m.MarketQuote, "payment")
_s_MarketQuote_expires_at = _slot_setter(m.MarketQuote, "expires_at")
_s_MarketQuote_reasons = _slot_setter(m.MarketQuote, "reasons")
_s_MarketQuote_handoff = _slot_setter(m.MarketQuote, "handoff")
_s_MarketQuote_extra = _slot_setter(m.MarketQuote, "extra")


def decode_MarketQuote(o: Any) -> "m.MarketQuote":
    if type(o) is not dict:
        _not_object("MarketQuote", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketQuote)
    try:
        _s_MarketQuote_id(obj, v if type(v := o["id"]) is str else _bad("MarketQuote.id", "str", v))
        _s_MarketQuote_service_id(
            obj, v if type(v := o["serviceId"]) is str else _bad("MarketQuote.service_id", "str", v)
        )
        _s_MarketQuote_skill_key(obj, v if type(v := o["skillKey"]) is str else _bad("MarketQuote.skill_key", "str", v))
        _s_MarketQuote_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("MarketQuote.provider_key", "str", v)
        )
        _s_MarketQuote_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("MarketQuote.execution_mode", "str", v)
        )
        _s_MarketQuote_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("MarketQuote.integration_status", "str", v)
        )
        _s_MarketQuote_operation(
            obj, v if type(v := o["operation"]) is str else _bad("MarketQuote.operation", "str", v)
        )
        _s_MarketQuote_score(obj, v if type(v := o["score"]) is float else _float(v, "MarketQuote.score", False))
        _s_MarketQuote_pricing(
            obj,
            decode_MarketPricing(v) if type(v := o["pricing"]) is dict else _bad("MarketQuote.pricing", "object", v),
        )
        _s_MarketQuote_payment(
            obj,
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o["payment"]) is dict
            else _bad("MarketQuote.payment", "object", v),
        )
        _s_MarketQuote_expires_at(
            obj, v if type(v := o["expiresAt"]) is str else _bad("MarketQuote.expires_at", "str", v)
        )
        _s_MarketQuote_reasons(obj, _tuple_str(o.get("reasons"), "MarketQuote.reasons"))
        _s_MarketQuote_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketQuote.handoff", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"MarketQuote: missing required field {e.args[0]!r}") from None
    _s_MarketQuote_extra(obj, {} if _KNOWN_MarketQuote.issuperset(o) else _extra(o, _KNOWN_MarketQuote))
    return obj


_KNOWN_NormalizedTask = frozenset(
    ["serviceType", "allowExternalHandoff", "requireNativeExecution", "requiredCapabilities", "operation", "region"]
)
_C_NormalizedTask = m.NormalizedTask
_s_NormalizedTask_service_type = _slot_setter(m.NormalizedTask, "service_type")
_s_NormalizedTask_allow_external_handoff = _slot_setter(m.NormalizedTask, "allow_external_handoff")
_s_NormalizedTask_require_native_execution = _slot_setter(m.NormalizedTask, "require_native_execution")
_s_NormalizedTask_required_capabilities = _slot_setter(m.NormalizedTask, "required_capabilities")
_s_NormalizedTask_operation = _slot_setter(m.NormalizedTask, "operation")
_s_NormalizedTask_region = _slot_setter(m.NormalizedTask, "region")
_s_NormalizedTask_extra = _slot_setter(m.NormalizedTask, "extra")


def decode_NormalizedTask(o: Any) -> "m.NormalizedTask":
    if type(o) is not dict:
        _not_object("NormalizedTask", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_NormalizedTask)
    try:
        _s_NormalizedTask_service_type(
            obj, v if type(v := o["serviceType"]) is str else _bad("NormalizedTask.service_type", "str", v)
        )
        _s_NormalizedTask_allow_external_handoff(
            obj,
            v
            if type(v := o["allowExternalHandoff"]) is bool
            else _bad("NormalizedTask.allow_external_handoff", "bool", v),
        )
        _s_NormalizedTask_require_native_execution(
            obj,
            v
            if type(v := o["requireNativeExecution"]) is bool
            else _bad("NormalizedTask.require_native_execution", "bool", v),
        )
        _s_NormalizedTask_required_capabilities(
            obj, _tuple_str(o.get("requiredCapabilities"), "NormalizedTask.required_capabilities")
        )
        _s_NormalizedTask_operation(
            obj, v if type(v := o.get("operation")) is str or v is None else _bad("NormalizedTask.operation", "str", v)
        )
        _s_NormalizedTask_region(
            obj, v if type(v := o.get("region")) is str or v is None else _bad("NormalizedTask.region", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"NormalizedTask: missing required field {e.args[0]!r}") from None
    _s_NormalizedTask_extra(obj, {} if _KNOWN_NormalizedTask.issuperset(o) else _extra(o, _KNOWN_NormalizedTask))
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
    m.ExecutionOutcome: decode_ExecutionOutcome,
    m.MarketPaymentRailRecommendation: decode_MarketPaymentRailRecommendation,
    m.MarketPricing: decode_MarketPricing,
    m.MarketQuote: decode_MarketQuote,
    m.NormalizedTask: decode_NormalizedTask,
    m.PaymentProof: decode_PaymentProof,
    m.PaymentRailDetails: decode_PaymentRailDetails,
    m.MarketPayment: decode_MarketPayment,
}
