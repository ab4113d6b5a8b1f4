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

from peaq_os_sdk._generated.groups import market_models as m
from peaq_os_sdk._generated.groups.common_decoders import (
    decode_ExecutionOutcome,
    decode_ExecutionRun,
    decode_ExternalHandoff,
    decode_MarketPayment,
    decode_MarketPaymentRailRecommendation,
    decode_MarketPricing,
    decode_MarketQuote,
    decode_NormalizedTask,
)

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _dispatch,
    _extra_of,
    _float,
    _int,
    _map_any,
    _not_object,
    _pick_opt,
    _tuple_of,
    _tuple_str,
)

_new = object.__new__

_KNOWN_FieldSpec = frozenset(["key", "type", "description", "default", "example"])
_LAST_FieldSpec: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_FieldSpec = m.FieldSpec
_S_FieldSpec = m._FieldSpecSlots


def decode_FieldSpec(o: Any) -> "m.FieldSpec":
    if type(o) is not dict:
        _not_object("FieldSpec", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_FieldSpec)
    try:
        obj.key = v if type(v := o["key"]) is str else _bad("FieldSpec.key", "str", v)
        obj.type = v if type(v := o["type"]) is str else _bad("FieldSpec.type", "str", v)
        obj.description = (
            v if type(v := o.get("description")) is str or v is None else _bad("FieldSpec.description", "str", v)
        )
        obj.default = o.get("default")
        obj.example = o.get("example")
    except KeyError as e:
        raise ShapeError(f"FieldSpec: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_FieldSpec[0]:
        _LAST_FieldSpec[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_FieldSpec, _LAST_FieldSpec)
    obj.__class__ = _C_FieldSpec
    return obj


_KNOWN_OperationContract = frozenset(
    ["operation", "inputFields", "outputFields", "exampleInput", "exampleOutput", "providerRequest", "summary", "notes"]
)
_LAST_OperationContract: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_OperationContract = m.OperationContract
_S_OperationContract = m._OperationContractSlots


def decode_OperationContract(o: Any) -> "m.OperationContract":
    if type(o) is not dict:
        _not_object("OperationContract", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_OperationContract)
    try:
        obj.operation = v if type(v := o["operation"]) is str else _bad("OperationContract.operation", "str", v)
        obj.input_fields = _tuple_of(o.get("inputFields"), decode_FieldSpec, "OperationContract.input_fields")
        obj.output_fields = _tuple_of(o.get("outputFields"), decode_FieldSpec, "OperationContract.output_fields")
        obj.example_input = (
            v if type(v := o.get("exampleInput")) is dict else _map_any(v, "OperationContract.example_input")
        )
        obj.example_output = o.get("exampleOutput")
        obj.provider_request = (
            v
            if type(v := o.get("providerRequest")) is dict or v is None
            else _map_any(v, "OperationContract.provider_request")
        )
        obj.summary = (
            v if type(v := o.get("summary")) is str or v is None else _bad("OperationContract.summary", "str", v)
        )
        obj.notes = _tuple_str(o.get("notes"), "OperationContract.notes")
    except KeyError as e:
        raise ShapeError(f"OperationContract: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_OperationContract[0]:
        _LAST_OperationContract[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_OperationContract, _LAST_OperationContract)
    obj.__class__ = _C_OperationContract
    return obj


_KNOWN_MarketServiceConsumption = frozenset(["adapterSetupPath", "serviceDetailPath", "marketSearchPath"])
_LAST_MarketServiceConsumption: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketServiceConsumption = m.MarketServiceConsumption
_S_MarketServiceConsumption = m._MarketServiceConsumptionSlots


def decode_MarketServiceConsumption(o: Any) -> "m.MarketServiceConsumption":
    if type(o) is not dict:
        _not_object("MarketServiceConsumption", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketServiceConsumption)
    try:
        obj.adapter_setup_path = (
            v
            if type(v := o.get("adapterSetupPath")) is str or v is None
            else _bad("MarketServiceConsumption.adapter_setup_path", "str", v)
        )
        obj.service_detail_path = (
            v
            if type(v := o.get("serviceDetailPath")) is str or v is None
            else _bad("MarketServiceConsumption.service_detail_path", "str", v)
        )
        obj.market_search_path = (
            v
            if type(v := o.get("marketSearchPath")) is str or v is None
            else _bad("MarketServiceConsumption.market_search_path", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketServiceConsumption: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketServiceConsumption[0]:
        _LAST_MarketServiceConsumption[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketServiceConsumption, _LAST_MarketServiceConsumption)
    obj.__class__ = _C_MarketServiceConsumption
    return obj


_KNOWN_MarketServiceEndpoint = frozenset(
    ["label", "operation", "url", "method", "path", "providerName", "key", "protocols", "networks"]
)
_LAST_MarketServiceEndpoint: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketServiceEndpoint = m.MarketServiceEndpoint
_S_MarketServiceEndpoint = m._MarketServiceEndpointSlots


def decode_MarketServiceEndpoint(o: Any) -> "m.MarketServiceEndpoint":
    if type(o) is not dict:
        _not_object("MarketServiceEndpoint", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketServiceEndpoint)
    try:
        obj.label = (
            v if type(v := o.get("label")) is str or v is None else _bad("MarketServiceEndpoint.label", "str", v)
        )
        obj.operation = (
            v
            if type(v := o.get("operation")) is str or v is None
            else _bad("MarketServiceEndpoint.operation", "str", v)
        )
        obj.url = v if type(v := o.get("url")) is str or v is None else _bad("MarketServiceEndpoint.url", "str", v)
        obj.method = (
            v if type(v := o.get("method")) is str or v is None else _bad("MarketServiceEndpoint.method", "str", v)
        )
        obj.path = v if type(v := o.get("path")) is str or v is None else _bad("MarketServiceEndpoint.path", "str", v)
        obj.provider_name = (
            v
            if type(v := o.get("providerName")) is str or v is None
            else _bad("MarketServiceEndpoint.provider_name", "str", v)
        )
        obj.key = v if type(v := o.get("key")) is str or v is None else _bad("MarketServiceEndpoint.key", "str", v)
        obj.protocols = _tuple_str(o.get("protocols"), "MarketServiceEndpoint.protocols")
        obj.networks = _tuple_str(o.get("networks"), "MarketServiceEndpoint.networks")
    except KeyError as e:
        raise ShapeError(f"MarketServiceEndpoint: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketServiceEndpoint[0]:
        _LAST_MarketServiceEndpoint[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketServiceEndpoint, _LAST_MarketServiceEndpoint)
    obj.__class__ = _C_MarketServiceEndpoint
    return obj


_KNOWN_MarketService = frozenset(
    [
        "id",
        "skillKey",
        "providerKey",
        "providerId",
        "providerLabel",
        "serviceType",
        "name",
        "description",
        "authType",
        "accessMode",
        "executionMode",
        "integrationStatus",
        "distribution",
        "maturity",
        "kind",
        "region",
        "freshnessSeconds",
        "requiresHumanEnablement",
        "updatedAt",
        "operations",
        "capabilities",
        "metadata",
        "companyName",
        "referenceUrl",
        "artifactUrl",
        "handoff",
        "operationContracts",
        "pricing",
        "payment",
        "endpoints",
        "endpoint",
        "consumption",
    ]
)
_LAST_MarketService: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketService = m.MarketService
_S_MarketService = m._MarketServiceSlots


def decode_MarketService(o: Any) -> "m.MarketService":
    if type(o) is not dict:
        _not_object("MarketService", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketService)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("MarketService.id", "str", v)
        obj.skill_key = v if type(v := o["skillKey"]) is str else _bad("MarketService.skill_key", "str", v)
        obj.provider_key = v if type(v := o["providerKey"]) is str else _bad("MarketService.provider_key", "str", v)
        obj.provider_id = v if type(v := o["providerId"]) is str else _bad("MarketService.provider_id", "str", v)
        obj.provider_label = (
            v if type(v := o["providerLabel"]) is str else _bad("MarketService.provider_label", "str", v)
        )
        obj.service_type = v if type(v := o["serviceType"]) is str else _bad("MarketService.service_type", "str", v)
        obj.name = v if type(v := o["name"]) is str else _bad("MarketService.name", "str", v)
        obj.description = v if type(v := o["description"]) is str else _bad("MarketService.description", "str", v)
        obj.auth_type = v if type(v := o["authType"]) is str else _bad("MarketService.auth_type", "str", v)
        obj.access_mode = v if type(v := o["accessMode"]) is str else _bad("MarketService.access_mode", "str", v)
        obj.execution_mode = (
            v if type(v := o["executionMode"]) is str else _bad("MarketService.execution_mode", "str", v)
        )
        obj.integration_status = (
            v if type(v := o["integrationStatus"]) is str else _bad("MarketService.integration_status", "str", v)
        )
        obj.distribution = v if type(v := o["distribution"]) is str else _bad("MarketService.distribution", "str", v)
        obj.maturity = v if type(v := o["maturity"]) is str else _bad("MarketService.maturity", "str", v)
        obj.kind = v if type(v := o["kind"]) is str else _bad("MarketService.kind", "str", v)
        obj.region = v if type(v := o["region"]) is str else _bad("MarketService.region", "str", v)
        obj.freshness_seconds = (
            v if type(v := o["freshnessSeconds"]) is int else _int(v, "MarketService.freshness_seconds")
        )
        obj.requires_human_enablement = (
            v
            if type(v := o["requiresHumanEnablement"]) is bool
            else _bad("MarketService.requires_human_enablement", "bool", v)
        )
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("MarketService.updated_at", "str", v)
        obj.operations = _tuple_str(o.get("operations"), "MarketService.operations")
        obj.capabilities = _tuple_str(o.get("capabilities"), "MarketService.capabilities")
        obj.metadata = v if type(v := o.get("metadata")) is dict else _map_any(v, "MarketService.metadata")
        obj.company_name = (
            v if type(v := o.get("companyName")) is str or v is None else _bad("MarketService.company_name", "str", v)
        )
        obj.reference_url = (
            v if type(v := o.get("referenceUrl")) is str or v is None else _bad("MarketService.reference_url", "str", v)
        )
        obj.artifact_url = (
            v if type(v := o.get("artifactUrl")) is str or v is None else _bad("MarketService.artifact_url", "str", v)
        )
        obj.handoff = (
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketService.handoff", "object", v))
        )
        obj.operation_contracts = _tuple_of(
            o.get("operationContracts"), decode_OperationContract, "MarketService.operation_contracts"
        )
        obj.pricing = (
            decode_MarketPricing(v)
            if type(v := o.get("pricing")) is dict
            else (None if v is None else _bad("MarketService.pricing", "object", v))
        )
        obj.payment = (
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o.get("payment")) is dict
            else (None if v is None else _bad("MarketService.payment", "object", v))
        )
        obj.endpoints = _tuple_of(o.get("endpoints"), decode_MarketServiceEndpoint, "MarketService.endpoints")
        obj.endpoint = (
            decode_MarketServiceEndpoint(v)
            if type(v := o.get("endpoint")) is dict
            else (None if v is None else _bad("MarketService.endpoint", "object", v))
        )
        obj.consumption = (
            decode_MarketServiceConsumption(v)
            if type(v := o.get("consumption")) is dict
            else (None if v is None else _bad("MarketService.consumption", "object", v))
        )
    except KeyError as e:
        raise ShapeError(f"MarketService: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketService[0]:
        _LAST_MarketService[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketService, _LAST_MarketService)
    obj.__class__ = _C_MarketService
    return obj


_KNOWN_MarketSearch = frozenset(
    [
        "id",
        "machineId",
        "requestPayload",
        "request",
        "normalizedTask",
        "status",
        "quotes",
        "createdAt",
        "agentPairingId",
    ]
)
_LAST_MarketSearch: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketSearch = m.MarketSearch
_S_MarketSearch = m._MarketSearchSlots


def decode_MarketSearch(o: Any) -> "m.MarketSearch":
    if type(o) is not dict:
        _not_object("MarketSearch", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketSearch)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("MarketSearch.id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("MarketSearch.machine_id", "str", v)
        obj.request_payload = (
            v
            if type(v := _pick_opt(o, ("requestPayload", "request"))) is dict
            else _map_any(v, "MarketSearch.request_payload")
        )
        obj.normalized_task = (
            decode_NormalizedTask(v)
            if type(v := o["normalizedTask"]) is dict
            else _bad("MarketSearch.normalized_task", "object", v)
        )
        obj.status = v if type(v := o["status"]) is str else _bad("MarketSearch.status", "str", v)
        obj.quotes = _tuple_of(o["quotes"], decode_MarketQuote, "MarketSearch.quotes")
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("MarketSearch.created_at", "str", v)
        obj.agent_pairing_id = (
            v
            if type(v := o.get("agentPairingId")) is str or v is None
            else _bad("MarketSearch.agent_pairing_id", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketSearch: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketSearch[0]:
        _LAST_MarketSearch[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketSearch, _LAST_MarketSearch)
    obj.__class__ = _C_MarketSearch
    return obj


_KNOWN_MarketOrderBudget = frozenset(["amount", "currency"])
_LAST_MarketOrderBudget: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketOrderBudget = m.MarketOrderBudget
_S_MarketOrderBudget = m._MarketOrderBudgetSlots


def decode_MarketOrderBudget(o: Any) -> "m.MarketOrderBudget":
    if type(o) is not dict:
        _not_object("MarketOrderBudget", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketOrderBudget)
    try:
        obj.amount = v if type(v := o.get("amount")) is float else _float(v, "MarketOrderBudget.amount", True)
        obj.currency = (
            v if type(v := o.get("currency")) is str or v is None else _bad("MarketOrderBudget.currency", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrderBudget: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketOrderBudget[0]:
        _LAST_MarketOrderBudget[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketOrderBudget, _LAST_MarketOrderBudget)
    obj.__class__ = _C_MarketOrderBudget
    return obj


_KNOWN_MarketOrder = frozenset(
    [
        "id",
        "machineId",
        "agentPairingId",
        "serviceId",
        "skillKey",
        "providerKey",
        "serviceType",
        "operation",
        "executionMode",
        "integrationStatus",
        "status",
        "payment",
        "createdAt",
        "updatedAt",
        "searchId",
        "quoteId",
        "input",
        "inputPayload",
        "budget",
        "handoff",
        "errorMessage",
        "serviceSnapshot",
        "taskId",
        "routeId",
        "runId",
        "outcomeId",
    ]
)
_LAST_MarketOrder: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketOrder = m.MarketOrder
_S_MarketOrder = m._MarketOrderSlots


def decode_MarketOrder(o: Any) -> "m.MarketOrder":
    if type(o) is not dict:
        _not_object("MarketOrder", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketOrder)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("MarketOrder.id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("MarketOrder.machine_id", "str", v)
        obj.agent_pairing_id = (
            v if type(v := o["agentPairingId"]) is str else _bad("MarketOrder.agent_pairing_id", "str", v)
        )
        obj.service_id = v if type(v := o["serviceId"]) is str else _bad("MarketOrder.service_id", "str", v)
        obj.skill_key = v if type(v := o["skillKey"]) is str else _bad("MarketOrder.skill_key", "str", v)
        obj.provider_key = v if type(v := o["providerKey"]) is str else _bad("MarketOrder.provider_key", "str", v)
        obj.service_type = v if type(v := o["serviceType"]) is str else _bad("MarketOrder.service_type", "str", v)
        obj.operation = v if type(v := o["operation"]) is str else _bad("MarketOrder.operation", "str", v)
        obj.execution_mode = v if type(v := o["executionMode"]) is str else _bad("MarketOrder.execution_mode", "str", v)
        obj.integration_status = (
            v if type(v := o["integrationStatus"]) is str else _bad("MarketOrder.integration_status", "str", v)
        )
        obj.status = v if type(v := o["status"]) is str else _bad("MarketOrder.status", "str", v)
        obj.payment = (
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o["payment"]) is dict
            else _bad("MarketOrder.payment", "object", v)
        )
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("MarketOrder.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("MarketOrder.updated_at", "str", v)
        obj.search_id = (
            v if type(v := o.get("searchId")) is str or v is None else _bad("MarketOrder.search_id", "str", v)
        )
        obj.quote_id = v if type(v := o.get("quoteId")) is str or v is None else _bad("MarketOrder.quote_id", "str", v)
        obj.input = (
            v if type(v := _pick_opt(o, ("input", "inputPayload"))) is dict else _map_any(v, "MarketOrder.input")
        )
        obj.budget = (
            decode_MarketOrderBudget(v)
            if type(v := o.get("budget")) is dict
            else (None if v is None else _bad("MarketOrder.budget", "object", v))
        )
        obj.handoff = (
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketOrder.handoff", "object", v))
        )
        obj.error_message = (
            v if type(v := o.get("errorMessage")) is str or v is None else _bad("MarketOrder.error_message", "str", v)
        )
        obj.service_snapshot = (
            v if type(v := o.get("serviceSnapshot")) is dict else _map_any(v, "MarketOrder.service_snapshot")
        )
        obj.task_id = v if type(v := o.get("taskId")) is str or v is None else _bad("MarketOrder.task_id", "str", v)
        obj.route_id = v if type(v := o.get("routeId")) is str or v is None else _bad("MarketOrder.route_id", "str", v)
        obj.run_id = v if type(v := o.get("runId")) is str or v is None else _bad("MarketOrder.run_id", "str", v)
        obj.outcome_id = (
            v if type(v := o.get("outcomeId")) is str or v is None else _bad("MarketOrder.outcome_id", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrder: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketOrder[0]:
        _LAST_MarketOrder[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketOrder, _LAST_MarketOrder)
    obj.__class__ = _C_MarketOrder
    return obj


_KNOWN_NativeExecution = frozenset(["statusCode", "run", "outcome"])
_LAST_NativeExecution: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_NativeExecution = m.NativeExecution
_S_NativeExecution = m._NativeExecutionSlots


def decode_NativeExecution(o: Any) -> "m.NativeExecution":
    if type(o) is not dict:
        _not_object("NativeExecution", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_NativeExecution)
    try:
        obj.status_code = v if type(v := o["statusCode"]) is int else _int(v, "NativeExecution.status_code")
        obj.run = decode_ExecutionRun(v) if type(v := o["run"]) is dict else _bad("NativeExecution.run", "object", v)
        obj.outcome = (
            decode_ExecutionOutcome(v)
            if type(v := o["outcome"]) is dict
            else _bad("NativeExecution.outcome", "object", v)
        )
    except KeyError as e:
        raise ShapeError(f"NativeExecution: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_NativeExecution[0]:
        _LAST_NativeExecution[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_NativeExecution, _LAST_NativeExecution)
    obj.__class__ = _C_NativeExecution
    return obj


_KNOWN_HandoffExecution = frozenset(["statusCode", "handoff"])
_LAST_HandoffExecution: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_HandoffExecution = m.HandoffExecution
_S_HandoffExecution = m._HandoffExecutionSlots


def decode_HandoffExecution(o: Any) -> "m.HandoffExecution":
    if type(o) is not dict:
        _not_object("HandoffExecution", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_HandoffExecution)
    try:
        obj.status_code = v if type(v := o["statusCode"]) is int else _int(v, "HandoffExecution.status_code")
        obj.handoff = (
            decode_ExternalHandoff(v)
            if type(v := o["handoff"]) is dict
            else _bad("HandoffExecution.handoff", "object", v)
        )
    except KeyError as e:
        raise ShapeError(f"HandoffExecution: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_HandoffExecution[0]:
        _LAST_HandoffExecution[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_HandoffExecution, _LAST_HandoffExecution)
    obj.__class__ = _C_HandoffExecution
    return obj


_KNOWN_ExecuteMarketOrderNativeResponse = frozenset(["order", "execution"])
_LAST_ExecuteMarketOrderNativeResponse: list[tuple[str, ...]] = [
    ()
]  # the last known-keys-only key tuple (see _extra_of)
_C_ExecuteMarketOrderNativeResponse = m.ExecuteMarketOrderNativeResponse
_S_ExecuteMarketOrderNativeResponse = m._ExecuteMarketOrderNativeResponseSlots


def decode_ExecuteMarketOrderNativeResponse(o: Any) -> "m.ExecuteMarketOrderNativeResponse":
    if type(o) is not dict:
        _not_object("ExecuteMarketOrderNativeResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_ExecuteMarketOrderNativeResponse)
    try:
        obj.order = (
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ExecuteMarketOrderNativeResponse.order", "object", v)
        )
        obj.execution = (
            decode_NativeExecution(v)
            if type(v := o["execution"]) is dict
            else _bad("ExecuteMarketOrderNativeResponse.execution", "object", v)
        )
    except KeyError as e:
        raise ShapeError(f"ExecuteMarketOrderNativeResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_ExecuteMarketOrderNativeResponse[0]:
        _LAST_ExecuteMarketOrderNativeResponse[0] = (
            k  # this body's own key strings: the next object compares by identity
        )
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_ExecuteMarketOrderNativeResponse, _LAST_ExecuteMarketOrderNativeResponse)
    obj.__class__ = _C_ExecuteMarketOrderNativeResponse
    return obj


_KNOWN_ExecuteMarketOrderHandoffResponse = frozenset(["order", "execution"])
_LAST_ExecuteMarketOrderHandoffResponse: list[tuple[str, ...]] = [
    ()
]  # the last known-keys-only key tuple (see _extra_of)
_C_ExecuteMarketOrderHandoffResponse = m.ExecuteMarketOrderHandoffResponse
_S_ExecuteMarketOrderHandoffResponse = m._ExecuteMarketOrderHandoffResponseSlots


def decode_ExecuteMarketOrderHandoffResponse(o: Any) -> "m.ExecuteMarketOrderHandoffResponse":
    if type(o) is not dict:
        _not_object("ExecuteMarketOrderHandoffResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_ExecuteMarketOrderHandoffResponse)
    try:
        obj.order = (
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ExecuteMarketOrderHandoffResponse.order", "object", v)
        )
        obj.execution = (
            decode_HandoffExecution(v)
            if type(v := o["execution"]) is dict
            else _bad("ExecuteMarketOrderHandoffResponse.execution", "object", v)
        )
    except KeyError as e:
        raise ShapeError(f"ExecuteMarketOrderHandoffResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_ExecuteMarketOrderHandoffResponse[0]:
        _LAST_ExecuteMarketOrderHandoffResponse[0] = (
            k  # this body's own key strings: the next object compares by identity
        )
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_ExecuteMarketOrderHandoffResponse, _LAST_ExecuteMarketOrderHandoffResponse)
    obj.__class__ = _C_ExecuteMarketOrderHandoffResponse
    return obj


_KNOWN_ConfirmMarketOrderResponse = frozenset(["order", "payment"])
_LAST_ConfirmMarketOrderResponse: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_ConfirmMarketOrderResponse = m.ConfirmMarketOrderResponse
_S_ConfirmMarketOrderResponse = m._ConfirmMarketOrderResponseSlots


def decode_ConfirmMarketOrderResponse(o: Any) -> "m.ConfirmMarketOrderResponse":
    if type(o) is not dict:
        _not_object("ConfirmMarketOrderResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_ConfirmMarketOrderResponse)
    try:
        obj.order = (
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ConfirmMarketOrderResponse.order", "object", v)
        )
        obj.payment = (
            decode_MarketPayment(v)
            if type(v := o["payment"]) is dict
            else (None if v is None else _bad("ConfirmMarketOrderResponse.payment", "object", v))
        )
    except KeyError as e:
        raise ShapeError(f"ConfirmMarketOrderResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_ConfirmMarketOrderResponse[0]:
        _LAST_ConfirmMarketOrderResponse[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_ConfirmMarketOrderResponse, _LAST_ConfirmMarketOrderResponse)
    obj.__class__ = _C_ConfirmMarketOrderResponse
    return obj


_KNOWN_CancelMarketOrderResponse = frozenset(["order", "payment"])
_LAST_CancelMarketOrderResponse: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_CancelMarketOrderResponse = m.CancelMarketOrderResponse
_S_CancelMarketOrderResponse = m._CancelMarketOrderResponseSlots


def decode_CancelMarketOrderResponse(o: Any) -> "m.CancelMarketOrderResponse":
    if type(o) is not dict:
        _not_object("CancelMarketOrderResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_CancelMarketOrderResponse)
    try:
        obj.order = (
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("CancelMarketOrderResponse.order", "object", v)
        )
        obj.payment = (
            decode_MarketPayment(v)
            if type(v := o["payment"]) is dict
            else (None if v is None else _bad("CancelMarketOrderResponse.payment", "object", v))
        )
    except KeyError as e:
        raise ShapeError(f"CancelMarketOrderResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_CancelMarketOrderResponse[0]:
        _LAST_CancelMarketOrderResponse[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_CancelMarketOrderResponse, _LAST_CancelMarketOrderResponse)
    obj.__class__ = _C_CancelMarketOrderResponse
    return obj


_KNOWN_MarketOrderEvent = frozenset(["id", "orderId", "type", "payload", "createdAt"])
_LAST_MarketOrderEvent: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_MarketOrderEvent = m.MarketOrderEvent
_S_MarketOrderEvent = m._MarketOrderEventSlots


def decode_MarketOrderEvent(o: Any) -> "m.MarketOrderEvent":
    if type(o) is not dict:
        _not_object("MarketOrderEvent", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_MarketOrderEvent)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("MarketOrderEvent.id", "str", v)
        obj.order_id = v if type(v := o["orderId"]) is str else _bad("MarketOrderEvent.order_id", "str", v)
        obj.type = v if type(v := o["type"]) is str else _bad("MarketOrderEvent.type", "str", v)
        obj.payload = v if type(v := o.get("payload")) is dict else _map_any(v, "MarketOrderEvent.payload")
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("MarketOrderEvent.created_at", "str", v)
    except KeyError as e:
        raise ShapeError(f"MarketOrderEvent: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_MarketOrderEvent[0]:
        _LAST_MarketOrderEvent[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_MarketOrderEvent, _LAST_MarketOrderEvent)
    obj.__class__ = _C_MarketOrderEvent
    return obj


_KNOWN_OrderDispute = frozenset(
    ["id", "orderId", "machineId", "status", "reason", "createdAt", "updatedAt", "evidence"]
)
_LAST_OrderDispute: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_OrderDispute = m.OrderDispute
_S_OrderDispute = m._OrderDisputeSlots


def decode_OrderDispute(o: Any) -> "m.OrderDispute":
    if type(o) is not dict:
        _not_object("OrderDispute", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_OrderDispute)
    try:
        obj.id = v if type(v := o["id"]) is str else _bad("OrderDispute.id", "str", v)
        obj.order_id = v if type(v := o["orderId"]) is str else _bad("OrderDispute.order_id", "str", v)
        obj.machine_id = v if type(v := o["machineId"]) is str else _bad("OrderDispute.machine_id", "str", v)
        obj.status = v if type(v := o["status"]) is str else _bad("OrderDispute.status", "str", v)
        obj.reason = v if type(v := o["reason"]) is str else _bad("OrderDispute.reason", "str", v)
        obj.created_at = v if type(v := o["createdAt"]) is str else _bad("OrderDispute.created_at", "str", v)
        obj.updated_at = v if type(v := o["updatedAt"]) is str else _bad("OrderDispute.updated_at", "str", v)
        obj.evidence = v if type(v := o.get("evidence")) is dict else _map_any(v, "OrderDispute.evidence")
    except KeyError as e:
        raise ShapeError(f"OrderDispute: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_OrderDispute[0]:
        _LAST_OrderDispute[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_OrderDispute, _LAST_OrderDispute)
    obj.__class__ = _C_OrderDispute
    return obj


_KNOWN_DisputeMarketOrderResponse = frozenset(["order", "payment", "dispute"])
_LAST_DisputeMarketOrderResponse: list[tuple[str, ...]] = [()]  # the last known-keys-only key tuple (see _extra_of)
_C_DisputeMarketOrderResponse = m.DisputeMarketOrderResponse
_S_DisputeMarketOrderResponse = m._DisputeMarketOrderResponseSlots


def decode_DisputeMarketOrderResponse(o: Any) -> "m.DisputeMarketOrderResponse":
    if type(o) is not dict:
        _not_object("DisputeMarketOrderResponse", o)
    # filled as the plain storage class (the class has no validators or converters), then made the frozen
    # model: same slots, same layout, and no per-attribute frozen guard on large pages
    obj: Any = _new(_S_DisputeMarketOrderResponse)
    try:
        obj.order = (
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("DisputeMarketOrderResponse.order", "object", v)
        )
        obj.payment = (
            decode_MarketPayment(v)
            if type(v := o["payment"]) is dict
            else (None if v is None else _bad("DisputeMarketOrderResponse.payment", "object", v))
        )
        obj.dispute = (
            decode_OrderDispute(v)
            if type(v := o["dispute"]) is dict
            else _bad("DisputeMarketOrderResponse.dispute", "object", v)
        )
    except KeyError as e:
        raise ShapeError(f"DisputeMarketOrderResponse: missing required field {e.args[0]!r}") from None
    if (k := tuple(o)) == _LAST_DisputeMarketOrderResponse[0]:
        _LAST_DisputeMarketOrderResponse[0] = k  # this body's own key strings: the next object compares by identity
        obj.extra = {}
    else:
        obj.extra = _extra_of(o, k, _KNOWN_DisputeMarketOrderResponse, _LAST_DisputeMarketOrderResponse)
    obj.__class__ = _C_DisputeMarketOrderResponse
    return obj


def decode_ExecuteMarketOrderResponse(o: Any) -> Any:
    return _dispatch(
        o,
        ("execution", "statusCode"),
        {"200": decode_ExecuteMarketOrderNativeResponse, "202": decode_ExecuteMarketOrderHandoffResponse},
        "ExecuteMarketOrderResponse",
    )


DECODERS: dict[Any, Any] = {
    m.FieldSpec: decode_FieldSpec,
    m.OperationContract: decode_OperationContract,
    m.MarketServiceConsumption: decode_MarketServiceConsumption,
    m.MarketServiceEndpoint: decode_MarketServiceEndpoint,
    m.MarketService: decode_MarketService,
    m.MarketSearch: decode_MarketSearch,
    m.MarketOrderBudget: decode_MarketOrderBudget,
    m.MarketOrder: decode_MarketOrder,
    m.NativeExecution: decode_NativeExecution,
    m.HandoffExecution: decode_HandoffExecution,
    m.ExecuteMarketOrderNativeResponse: decode_ExecuteMarketOrderNativeResponse,
    m.ExecuteMarketOrderHandoffResponse: decode_ExecuteMarketOrderHandoffResponse,
    m.ConfirmMarketOrderResponse: decode_ConfirmMarketOrderResponse,
    m.CancelMarketOrderResponse: decode_CancelMarketOrderResponse,
    m.MarketOrderEvent: decode_MarketOrderEvent,
    m.OrderDispute: decode_OrderDispute,
    m.DisputeMarketOrderResponse: decode_DisputeMarketOrderResponse,
    m.ExecuteMarketOrderResponse: decode_ExecuteMarketOrderResponse,
}
