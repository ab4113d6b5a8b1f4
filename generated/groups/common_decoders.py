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

from peaq_os_sdk._generated.groups import common_models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _extra_of,
    _float,
    _map_any,
    _not_object,
    _pick,
    _tuple_str,
)

_new = object.__new__

_KNOWN_ExecutionRun = frozenset(["id", "status", "executionMode", "skillKey", "serviceId", "outcomeId"])
_LAST_ExecutionRun: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_ExecutionRun = m.ExecutionRun
_S_ExecutionRun = m._ExecutionRunSlots


def decode_ExecutionRun(o: Any) -> "m.ExecutionRun":
    if type(o) is not dict:
        _not_object("ExecutionRun", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_ExecutionRun)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("ExecutionRun.id", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("ExecutionRun.status", "str", v)
        obj.execution_mode = (
            v
            if type(v := o.get("executionMode")) is str or v is None
            else _bad("ExecutionRun.execution_mode", "str", v)
        )
        obj.skill_key = (
            v if type(v := o.get("skillKey")) is str or v is None else _bad("ExecutionRun.skill_key", "str", v)
        )
        obj.service_id = (
            v if type(v := o.get("serviceId")) is str or v is None else _bad("ExecutionRun.service_id", "str", v)
        )
        obj.outcome_id = (
            v if type(v := o.get("outcomeId")) is str or v is None else _bad("ExecutionRun.outcome_id", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionRun: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_ExecutionRun[0]:
        _LAST_ExecutionRun[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_ExecutionRun, _LAST_ExecutionRun)
    obj.__class__ = _C_ExecutionRun
    return obj


_KNOWN_ExternalHandoff = frozenset(["label", "url", "notes"])
_LAST_ExternalHandoff: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_ExternalHandoff = m.ExternalHandoff
_S_ExternalHandoff = m._ExternalHandoffSlots


def decode_ExternalHandoff(o: Any) -> "m.ExternalHandoff":
    if type(o) is not dict:
        _not_object("ExternalHandoff", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_ExternalHandoff)
    try:
        obj.label = v if type(v := o["label"]) is str else _bad("ExternalHandoff.label", "str", v)
        obj.url = v if type(v := o["url"]) is str else _bad("ExternalHandoff.url", "str", v)
        obj.notes = _tuple_str(o.get("notes"), "ExternalHandoff.notes")
    except KeyError as e:
        raise ShapeError(f"ExternalHandoff: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_ExternalHandoff[0]:
        _LAST_ExternalHandoff[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_ExternalHandoff, _LAST_ExternalHandoff)
    obj.__class__ = _C_ExternalHandoff
    return obj


_KNOWN_ExecutionOutcome = frozenset(
    ["id", "status", "skillKey", "serviceId", "executionMode", "result", "errorMessage", "externalRef"]
)
_LAST_ExecutionOutcome: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_ExecutionOutcome = m.ExecutionOutcome
_S_ExecutionOutcome = m._ExecutionOutcomeSlots


def decode_ExecutionOutcome(o: Any) -> "m.ExecutionOutcome":
    if type(o) is not dict:
        _not_object("ExecutionOutcome", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_ExecutionOutcome)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("ExecutionOutcome.id", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("ExecutionOutcome.status", "str", v)
        obj.skill_key = v if type(v := o["skillKey"]) is str else _bad("ExecutionOutcome.skill_key", "str", v)
        obj.service_id = v if type(v := o["serviceId"]) is str else _bad("ExecutionOutcome.service_id", "str", v)
        obj.execution_mode = (
            v if type(v := o["executionMode"]) is str else _bad("ExecutionOutcome.execution_mode", "str", v)
        )
        obj.result = o.get("result")
        obj.error_message = (
            v
            if type(v := o.get("errorMessage")) is str or v is None
            else _bad("ExecutionOutcome.error_message", "str", v)
        )
        obj.external_ref = (
            v
            if type(v := o.get("externalRef")) is str or v is None
            else _bad("ExecutionOutcome.external_ref", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionOutcome: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_ExecutionOutcome[0]:
        _LAST_ExecutionOutcome[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_ExecutionOutcome, _LAST_ExecutionOutcome)
    obj.__class__ = _C_ExecutionOutcome
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
_LAST_MarketPaymentRailRecommendation: list[tuple[str, ...]] = [
    ()
]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketPaymentRailRecommendation = m.MarketPaymentRailRecommendation
_S_MarketPaymentRailRecommendation = m._MarketPaymentRailRecommendationSlots


def decode_MarketPaymentRailRecommendation(o: Any) -> "m.MarketPaymentRailRecommendation":
    if type(o) is not dict:
        _not_object("MarketPaymentRailRecommendation", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketPaymentRailRecommendation)
    try:
        obj.default_rail = (
            v if type(v := o["defaultRail"]) is str else _bad("MarketPaymentRailRecommendation.default_rail", "str", v)
        )
        obj.required = (
            v if type(v := o["required"]) is bool else _bad("MarketPaymentRailRecommendation.required", "bool", v)
        )
        obj.supported_rails = _tuple_str(o.get("supportedRails"), "MarketPaymentRailRecommendation.supported_rails")
        obj.notes = _tuple_str(o.get("notes"), "MarketPaymentRailRecommendation.notes")
        obj.provider = (
            v
            if type(v := o.get("provider")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.provider", "str", v)
        )
        obj.chain = (
            v
            if type(v := o.get("chain")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.chain", "str", v)
        )
        obj.token = (
            v
            if type(v := o.get("token")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token", "str", v)
        )
        obj.token_address = (
            v
            if type(v := o.get("tokenAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token_address", "str", v)
        )
        obj.token_mint = (
            v
            if type(v := o.get("tokenMint")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token_mint", "str", v)
        )
        obj.wallet_address = (
            v
            if type(v := o.get("walletAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.wallet_address", "str", v)
        )
        obj.external_url = (
            v
            if type(v := o.get("externalUrl")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.external_url", "str", v)
        )
        obj.payer_address = (
            v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.payer_address", "str", v)
        )
        obj.payee_address = (
            v
            if type(v := o.get("payeeAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.payee_address", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketPaymentRailRecommendation: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketPaymentRailRecommendation[0]:
        _LAST_MarketPaymentRailRecommendation[0] = (
            k  # this body's own key strings: the next object compares by identity
        )
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketPaymentRailRecommendation, _LAST_MarketPaymentRailRecommendation)
    obj.__class__ = _C_MarketPaymentRailRecommendation
    return obj


_KNOWN_MarketPricing = frozenset(["mode", "amount", "currency", "rate", "notes"])
_LAST_MarketPricing: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketPricing = m.MarketPricing
_S_MarketPricing = m._MarketPricingSlots


def decode_MarketPricing(o: Any) -> "m.MarketPricing":
    if type(o) is not dict:
        _not_object("MarketPricing", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketPricing)
    try:
        obj.mode = v if type(v := o["mode"]) is str else _bad("MarketPricing.mode", "str", v)
        obj.amount = v if type(v := o.get("amount")) is float else _float(v, "MarketPricing.amount", True)
        obj.currency = (
            v if type(v := o.get("currency")) is str or v is None else _bad("MarketPricing.currency", "str", v)
        )
        obj.rate = v if type(v := o.get("rate")) is str or v is None else _bad("MarketPricing.rate", "str", v)
        obj.notes = _tuple_str(o.get("notes"), "MarketPricing.notes")
    except KeyError as e:
        raise ShapeError(f"MarketPricing: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketPricing[0]:
        _LAST_MarketPricing[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketPricing, _LAST_MarketPricing)
    obj.__class__ = _C_MarketPricing
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
_LAST_MarketQuote: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketQuote = m.MarketQuote
_S_MarketQuote = m._MarketQuoteSlots


def decode_MarketQuote(o: Any) -> "m.MarketQuote":
    if type(o) is not dict:
        _not_object("MarketQuote", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketQuote)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("MarketQuote.id", "str", v)
        obj.service_id = v if type(v := o["serviceId"]) is str else _bad("MarketQuote.service_id", "str", v)
        obj.skill_key = v if type(v := o["skillKey"]) is str else _bad("MarketQuote.skill_key", "str", v)
        obj.provider_key = v if type(v := o["providerKey"]) is str else _bad("MarketQuote.provider_key", "str", v)
        obj.execution_mode = v if type(v := o["executionMode"]) is str else _bad("MarketQuote.execution_mode", "str", v)
        obj.integration_status = (
            v if type(v := o["integrationStatus"]) is str else _bad("MarketQuote.integration_status", "str", v)
        )
        obj.operation = v if type(v := o["operation"]) is str else _bad("MarketQuote.operation", "str", v)
        obj.score = v if type(v := o["score"]) is float else _float(v, "MarketQuote.score", False)
        obj.pricing = (
            decode_MarketPricing(v) if type(v := o["pricing"]) is dict else _bad("MarketQuote.pricing", "object", v)
        )
        obj.payment = (
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o["payment"]) is dict
            else _bad("MarketQuote.payment", "object", v)
        )
        obj.expires_at = v if type(v := o["expiresAt"]) is str else _bad("MarketQuote.expires_at", "str", v)
        obj.reasons = _tuple_str(o.get("reasons"), "MarketQuote.reasons")
        obj.handoff = (
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketQuote.handoff", "object", v))
        )
    except KeyError as e:
        raise ShapeError(f"MarketQuote: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketQuote[0]:
        _LAST_MarketQuote[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketQuote, _LAST_MarketQuote)
    obj.__class__ = _C_MarketQuote
    return obj


_KNOWN_NormalizedTask = frozenset(
    ["serviceType", "allowExternalHandoff", "requireNativeExecution", "requiredCapabilities", "operation", "region"]
)
_LAST_NormalizedTask: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_NormalizedTask = m.NormalizedTask
_S_NormalizedTask = m._NormalizedTaskSlots


def decode_NormalizedTask(o: Any) -> "m.NormalizedTask":
    if type(o) is not dict:
        _not_object("NormalizedTask", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_NormalizedTask)
    try:
        obj.service_type = v if type(v := o["serviceType"]) is str else _bad("NormalizedTask.service_type", "str", v)
        obj.allow_external_handoff = (
            v
            if type(v := o["allowExternalHandoff"]) is bool
            else _bad("NormalizedTask.allow_external_handoff", "bool", v)
        )
        obj.require_native_execution = (
            v
            if type(v := o["requireNativeExecution"]) is bool
            else _bad("NormalizedTask.require_native_execution", "bool", v)
        )
        obj.required_capabilities = _tuple_str(o.get("requiredCapabilities"), "NormalizedTask.required_capabilities")
        obj.operation = (
            v if type(v := o.get("operation")) is str or v is None else _bad("NormalizedTask.operation", "str", v)
        )
        obj.region = v if type(v := o.get("region")) is str or v is None else _bad("NormalizedTask.region", "str", v)
    except KeyError as e:
        raise ShapeError(f"NormalizedTask: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_NormalizedTask[0]:
        _LAST_NormalizedTask[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_NormalizedTask, _LAST_NormalizedTask)
    obj.__class__ = _C_NormalizedTask
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
_LAST_PaymentProof: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_PaymentProof = m.PaymentProof
_S_PaymentProof = m._PaymentProofSlots


def decode_PaymentProof(o: Any) -> "m.PaymentProof":
    if type(o) is not dict:
        _not_object("PaymentProof", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_PaymentProof)
    try:
        obj.chain = v if type(v := o.get("chain")) is str or v is None else _bad("PaymentProof.chain", "str", v)
        obj.token = v if type(v := o.get("token")) is str or v is None else _bad("PaymentProof.token", "str", v)
        obj.transaction_hash = (
            v
            if type(v := o.get("transactionHash")) is str or v is None
            else _bad("PaymentProof.transaction_hash", "str", v)
        )
        obj.transaction_signature = (
            v
            if type(v := o.get("transactionSignature")) is str or v is None
            else _bad("PaymentProof.transaction_signature", "str", v)
        )
        obj.payer_address = (
            v if type(v := o.get("payerAddress")) is str or v is None else _bad("PaymentProof.payer_address", "str", v)
        )
        obj.verified_at = (
            v if type(v := o.get("verifiedAt")) is str or v is None else _bad("PaymentProof.verified_at", "str", v)
        )
        obj.verification_mode = (
            v
            if type(v := o.get("verificationMode")) is str or v is None
            else _bad("PaymentProof.verification_mode", "str", v)
        )
        obj.metadata = v if type(v := o.get("metadata")) is dict else _map_any(v, "PaymentProof.metadata")
    except KeyError as e:
        raise ShapeError(f"PaymentProof: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_PaymentProof[0]:
        _LAST_PaymentProof[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_PaymentProof, _LAST_PaymentProof)
    obj.__class__ = _C_PaymentProof
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
_LAST_PaymentRailDetails: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_PaymentRailDetails = m.PaymentRailDetails
_S_PaymentRailDetails = m._PaymentRailDetailsSlots


def decode_PaymentRailDetails(o: Any) -> "m.PaymentRailDetails":
    if type(o) is not dict:
        _not_object("PaymentRailDetails", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_PaymentRailDetails)
    try:
        obj.type = v if type(v := _pick(o, ("type", "railType"))) is str else _bad("PaymentRailDetails.type", "str", v)
        obj.chain = v if type(v := o.get("chain")) is str or v is None else _bad("PaymentRailDetails.chain", "str", v)
        obj.token = v if type(v := o.get("token")) is str or v is None else _bad("PaymentRailDetails.token", "str", v)
        obj.token_address = (
            v
            if type(v := o.get("tokenAddress")) is str or v is None
            else _bad("PaymentRailDetails.token_address", "str", v)
        )
        obj.token_mint = (
            v if type(v := o.get("tokenMint")) is str or v is None else _bad("PaymentRailDetails.token_mint", "str", v)
        )
        obj.escrow_address = (
            v
            if type(v := o.get("escrowAddress")) is str or v is None
            else _bad("PaymentRailDetails.escrow_address", "str", v)
        )
        obj.external_url = (
            v
            if type(v := o.get("externalUrl")) is str or v is None
            else _bad("PaymentRailDetails.external_url", "str", v)
        )
        obj.provider = (
            v if type(v := o.get("provider")) is str or v is None else _bad("PaymentRailDetails.provider", "str", v)
        )
        obj.account_id = (
            v if type(v := o.get("accountId")) is str or v is None else _bad("PaymentRailDetails.account_id", "str", v)
        )
        obj.wallet_address = (
            v
            if type(v := o.get("walletAddress")) is str or v is None
            else _bad("PaymentRailDetails.wallet_address", "str", v)
        )
        obj.payer_address = (
            v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("PaymentRailDetails.payer_address", "str", v)
        )
        obj.payee_address = (
            v
            if type(v := o.get("payeeAddress")) is str or v is None
            else _bad("PaymentRailDetails.payee_address", "str", v)
        )
        obj.payment_intent_id = (
            v
            if type(v := o.get("paymentIntentId")) is str or v is None
            else _bad("PaymentRailDetails.payment_intent_id", "str", v)
        )
        obj.metadata = v if type(v := o.get("metadata")) is dict else _map_any(v, "PaymentRailDetails.metadata")
    except KeyError as e:
        raise ShapeError(f"PaymentRailDetails: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_PaymentRailDetails[0]:
        _LAST_PaymentRailDetails[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_PaymentRailDetails, _LAST_PaymentRailDetails)
    obj.__class__ = _C_PaymentRailDetails
    return obj


_KNOWN_MarketPayment = frozenset(
    ["id", "orderId", "machineId", "status", "rail", "createdAt", "updatedAt", "amount", "currency", "notes", "proof"]
)
_LAST_MarketPayment: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketPayment = m.MarketPayment
_S_MarketPayment = m._MarketPaymentSlots


def decode_MarketPayment(o: Any) -> "m.MarketPayment":
    if type(o) is not dict:
        _not_object("MarketPayment", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketPayment)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("MarketPayment.id", "str", v)
        obj.order_id = v if type(v := o["orderId"]) is str else _bad("MarketPayment.order_id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("MarketPayment.machine_id", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("MarketPayment.status", "str", v)
        obj.rail = (
            decode_PaymentRailDetails(v) if type(v := o["rail"]) is dict else _bad("MarketPayment.rail", "object", v)
        )
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("MarketPayment.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("MarketPayment.updated_at", "str", v)
        obj.amount = v if type(v := o.get("amount")) is float else _float(v, "MarketPayment.amount", True)
        obj.currency = (
            v if type(v := o.get("currency")) is str or v is None else _bad("MarketPayment.currency", "str", v)
        )
        obj.notes = _tuple_str(o.get("notes"), "MarketPayment.notes")
        obj.proof = (
            decode_PaymentProof(v)
            if type(v := o.get("proof")) is dict
            else (None if v is None else _bad("MarketPayment.proof", "object", v))
        )
    except KeyError as e:
        raise ShapeError(f"MarketPayment: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketPayment[0]:
        _LAST_MarketPayment[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketPayment, _LAST_MarketPayment)
    obj.__class__ = _C_MarketPayment
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
