# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
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
    _extra,
    _float,
    _int,
    _map_any,
    _not_object,
    _pick_opt,
    _slot_setter,
    _tuple_of,
    _tuple_str,
)

_new = object.__new__

_KNOWN_FieldSpec = frozenset(["key", "type", "description", "default", "example"])
_C_FieldSpec = m.FieldSpec
_s_FieldSpec_key = _slot_setter(m.FieldSpec, "key")
_s_FieldSpec_type = _slot_setter(m.FieldSpec, "type")
_s_FieldSpec_description = _slot_setter(m.FieldSpec, "description")
_s_FieldSpec_default = _slot_setter(m.FieldSpec, "default")
_s_FieldSpec_example = _slot_setter(m.FieldSpec, "example")
_s_FieldSpec_extra = _slot_setter(m.FieldSpec, "extra")


def decode_FieldSpec(o: Any) -> "m.FieldSpec":
    if type(o) is not dict:
        _not_object("FieldSpec", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_FieldSpec)
    try:
        _s_FieldSpec_key(obj, v if type(v := o["key"]) is str else _bad("FieldSpec.key", "str", v))
        _s_FieldSpec_type(obj, v if type(v := o["type"]) is str else _bad("FieldSpec.type", "str", v))
        _s_FieldSpec_description(
            obj, v if type(v := o.get("description")) is str or v is None else _bad("FieldSpec.description", "str", v)
        )
        _s_FieldSpec_default(obj, o.get("default"))
        _s_FieldSpec_example(obj, o.get("example"))
    except KeyError as e:
        raise ShapeError(f"FieldSpec: missing required field {e.args[0]!r}") from None
    _s_FieldSpec_extra(obj, {} if _KNOWN_FieldSpec.issuperset(o) else _extra(o, _KNOWN_FieldSpec))
    return obj


_KNOWN_OperationContract = frozenset(
    ["operation", "inputFields", "outputFields", "exampleInput", "exampleOutput", "providerRequest", "summary", "notes"]
)
_C_OperationContract = m.OperationContract
_s_OperationContract_operation = _slot_setter(m.OperationContract, "operation")
_s_OperationContract_input_fields = _slot_setter(m.OperationContract, "input_fields")
_s_OperationContract_output_fields = _slot_setter(m.OperationContract, "output_fields")
_s_OperationContract_example_input = _slot_setter(m.OperationContract, "example_input")
_s_OperationContract_example_output = _slot_setter(m.OperationContract, "example_output")
_s_OperationContract_provider_request = _slot_setter(m.OperationContract, "provider_request")
_s_OperationContract_summary = _slot_setter(m.OperationContract, "summary")
_s_OperationContract_notes = _slot_setter(m.OperationContract, "notes")
_s_OperationContract_extra = _slot_setter(m.OperationContract, "extra")


def decode_OperationContract(o: Any) -> "m.OperationContract":
    if type(o) is not dict:
        _not_object("OperationContract", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_OperationContract)
    try:
        _s_OperationContract_operation(
            obj, v if type(v := o["operation"]) is str else _bad("OperationContract.operation", "str", v)
        )
        _s_OperationContract_input_fields(
            obj, _tuple_of(o.get("inputFields"), decode_FieldSpec, "OperationContract.input_fields")
        )
        _s_OperationContract_output_fields(
            obj, _tuple_of(o.get("outputFields"), decode_FieldSpec, "OperationContract.output_fields")
        )
        _s_OperationContract_example_input(
            obj, v if type(v := o.get("exampleInput")) is dict else _map_any(v, "OperationContract.example_input")
        )
        _s_OperationContract_example_output(obj, o.get("exampleOutput"))
        _s_OperationContract_provider_request(
            obj,
            v
            if type(v := o.get("providerRequest")) is dict or v is None
            else _map_any(v, "OperationContract.provider_request"),
        )
        _s_OperationContract_summary(
            obj, v if type(v := o.get("summary")) is str or v is None else _bad("OperationContract.summary", "str", v)
        )
        _s_OperationContract_notes(obj, _tuple_str(o.get("notes"), "OperationContract.notes"))
    except KeyError as e:
        raise ShapeError(f"OperationContract: missing required field {e.args[0]!r}") from None
    _s_OperationContract_extra(
        obj, {} if _KNOWN_OperationContract.issuperset(o) else _extra(o, _KNOWN_OperationContract)
    )
    return obj


_KNOWN_MarketServiceConsumption = frozenset(["adapterSetupPath", "serviceDetailPath", "marketSearchPath"])
_C_MarketServiceConsumption = m.MarketServiceConsumption
_s_MarketServiceConsumption_adapter_setup_path = _slot_setter(m.MarketServiceConsumption, "adapter_setup_path")
_s_MarketServiceConsumption_service_detail_path = _slot_setter(m.MarketServiceConsumption, "service_detail_path")
_s_MarketServiceConsumption_market_search_path = _slot_setter(m.MarketServiceConsumption, "market_search_path")
_s_MarketServiceConsumption_extra = _slot_setter(m.MarketServiceConsumption, "extra")


def decode_MarketServiceConsumption(o: Any) -> "m.MarketServiceConsumption":
    if type(o) is not dict:
        _not_object("MarketServiceConsumption", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketServiceConsumption)
    try:
        _s_MarketServiceConsumption_adapter_setup_path(
            obj,
            v
            if type(v := o.get("adapterSetupPath")) is str or v is None
            else _bad("MarketServiceConsumption.adapter_setup_path", "str", v),
        )
        _s_MarketServiceConsumption_service_detail_path(
            obj,
            v
            if type(v := o.get("serviceDetailPath")) is str or v is None
            else _bad("MarketServiceConsumption.service_detail_path", "str", v),
        )
        _s_MarketServiceConsumption_market_search_path(
            obj,
            v
            if type(v := o.get("marketSearchPath")) is str or v is None
            else _bad("MarketServiceConsumption.market_search_path", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketServiceConsumption: missing required field {e.args[0]!r}") from None
    _s_MarketServiceConsumption_extra(
        obj, {} if _KNOWN_MarketServiceConsumption.issuperset(o) else _extra(o, _KNOWN_MarketServiceConsumption)
    )
    return obj


_KNOWN_MarketServiceEndpoint = frozenset(
    ["label", "operation", "url", "method", "path", "providerName", "key", "protocols", "networks"]
)
_C_MarketServiceEndpoint = m.MarketServiceEndpoint
_s_MarketServiceEndpoint_label = _slot_setter(m.MarketServiceEndpoint, "label")
_s_MarketServiceEndpoint_operation = _slot_setter(m.MarketServiceEndpoint, "operation")
_s_MarketServiceEndpoint_url = _slot_setter(m.MarketServiceEndpoint, "url")
_s_MarketServiceEndpoint_method = _slot_setter(m.MarketServiceEndpoint, "method")
_s_MarketServiceEndpoint_path = _slot_setter(m.MarketServiceEndpoint, "path")
_s_MarketServiceEndpoint_provider_name = _slot_setter(m.MarketServiceEndpoint, "provider_name")
_s_MarketServiceEndpoint_key = _slot_setter(m.MarketServiceEndpoint, "key")
_s_MarketServiceEndpoint_protocols = _slot_setter(m.MarketServiceEndpoint, "protocols")
_s_MarketServiceEndpoint_networks = _slot_setter(m.MarketServiceEndpoint, "networks")
_s_MarketServiceEndpoint_extra = _slot_setter(m.MarketServiceEndpoint, "extra")


def decode_MarketServiceEndpoint(o: Any) -> "m.MarketServiceEndpoint":
    if type(o) is not dict:
        _not_object("MarketServiceEndpoint", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketServiceEndpoint)
    try:
        _s_MarketServiceEndpoint_label(
            obj, v if type(v := o.get("label")) is str or v is None else _bad("MarketServiceEndpoint.label", "str", v)
        )
        _s_MarketServiceEndpoint_operation(
            obj,
            v
            if type(v := o.get("operation")) is str or v is None
            else _bad("MarketServiceEndpoint.operation", "str", v),
        )
        _s_MarketServiceEndpoint_url(
            obj, v if type(v := o.get("url")) is str or v is None else _bad("MarketServiceEndpoint.url", "str", v)
        )
        _s_MarketServiceEndpoint_method(
            obj, v if type(v := o.get("method")) is str or v is None else _bad("MarketServiceEndpoint.method", "str", v)
        )
        _s_MarketServiceEndpoint_path(
            obj, v if type(v := o.get("path")) is str or v is None else _bad("MarketServiceEndpoint.path", "str", v)
        )
        _s_MarketServiceEndpoint_provider_name(
            obj,
            v
            if type(v := o.get("providerName")) is str or v is None
            else _bad("MarketServiceEndpoint.provider_name", "str", v),
        )
        _s_MarketServiceEndpoint_key(
            obj, v if type(v := o.get("key")) is str or v is None else _bad("MarketServiceEndpoint.key", "str", v)
        )
        _s_MarketServiceEndpoint_protocols(obj, _tuple_str(o.get("protocols"), "MarketServiceEndpoint.protocols"))
        _s_MarketServiceEndpoint_networks(obj, _tuple_str(o.get("networks"), "MarketServiceEndpoint.networks"))
    except KeyError as e:
        raise ShapeError(f"MarketServiceEndpoint: missing required field {e.args[0]!r}") from None
    _s_MarketServiceEndpoint_extra(
        obj, {} if _KNOWN_MarketServiceEndpoint.issuperset(o) else _extra(o, _KNOWN_MarketServiceEndpoint)
    )
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
_C_MarketService = m.MarketService
_s_MarketService_id = _slot_setter(m.MarketService, "id")
_s_MarketService_skill_key = _slot_setter(m.MarketService, "skill_key")
_s_MarketService_provider_key = _slot_setter(m.MarketService, "provider_key")
_s_MarketService_provider_id = _slot_setter(m.MarketService, "provider_id")
_s_MarketService_provider_label = _slot_setter(m.MarketService, "provider_label")
_s_MarketService_service_type = _slot_setter(m.MarketService, "service_type")
_s_MarketService_name = _slot_setter(m.MarketService, "name")
_s_MarketService_description = _slot_setter(m.MarketService, "description")
_s_MarketService_auth_type = _slot_setter(m.MarketService, "auth_type")
_s_MarketService_access_mode = _slot_setter(m.MarketService, "access_mode")
_s_MarketService_execution_mode = _slot_setter(m.MarketService, "execution_mode")
_s_MarketService_integration_status = _slot_setter(m.MarketService, "integration_status")
_s_MarketService_distribution = _slot_setter(m.MarketService, "distribution")
_s_MarketService_maturity = _slot_setter(m.MarketService, "maturity")
_s_MarketService_kind = _slot_setter(m.MarketService, "kind")
_s_MarketService_region = _slot_setter(m.MarketService, "region")
_s_MarketService_freshness_seconds = _slot_setter(m.MarketService, "freshness_seconds")
_s_MarketService_requires_human_enablement = _slot_setter(m.MarketService, "requires_human_enablement")
_s_MarketService_updated_at = _slot_setter(m.MarketService, "updated_at")
_s_MarketService_operations = _slot_setter(m.MarketService, "operations")
_s_MarketService_capabilities = _slot_setter(m.MarketService, "capabilities")
_s_MarketService_metadata = _slot_setter(m.MarketService, "metadata")
_s_MarketService_company_name = _slot_setter(m.MarketService, "company_name")
_s_MarketService_reference_url = _slot_setter(m.MarketService, "reference_url")
_s_MarketService_artifact_url = _slot_setter(m.MarketService, "artifact_url")
_s_MarketService_handoff = _slot_setter(m.MarketService, "handoff")
_s_MarketService_operation_contracts = _slot_setter(m.MarketService, "operation_contracts")
_s_MarketService_pricing = _slot_setter(m.MarketService, "pricing")
_s_MarketService_payment = _slot_setter(m.MarketService, "payment")
_s_MarketService_endpoints = _slot_setter(m.MarketService, "endpoints")
_s_MarketService_endpoint = _slot_setter(m.MarketService, "endpoint")
_s_MarketService_consumption = _slot_setter(m.MarketService, "consumption")
_s_MarketService_extra = _slot_setter(m.MarketService, "extra")


def decode_MarketService(o: Any) -> "m.MarketService":
    if type(o) is not dict:
        _not_object("MarketService", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketService)
    try:
        _s_MarketService_id(obj, v if type(v := o["id"]) is str else _bad("MarketService.id", "str", v))
        _s_MarketService_skill_key(
            obj, v if type(v := o["skillKey"]) is str else _bad("MarketService.skill_key", "str", v)
        )
        _s_MarketService_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("MarketService.provider_key", "str", v)
        )
        _s_MarketService_provider_id(
            obj, v if type(v := o["providerId"]) is str else _bad("MarketService.provider_id", "str", v)
        )
        _s_MarketService_provider_label(
            obj, v if type(v := o["providerLabel"]) is str else _bad("MarketService.provider_label", "str", v)
        )
        _s_MarketService_service_type(
            obj, v if type(v := o["serviceType"]) is str else _bad("MarketService.service_type", "str", v)
        )
        _s_MarketService_name(obj, v if type(v := o["name"]) is str else _bad("MarketService.name", "str", v))
        _s_MarketService_description(
            obj, v if type(v := o["description"]) is str else _bad("MarketService.description", "str", v)
        )
        _s_MarketService_auth_type(
            obj, v if type(v := o["authType"]) is str else _bad("MarketService.auth_type", "str", v)
        )
        _s_MarketService_access_mode(
            obj, v if type(v := o["accessMode"]) is str else _bad("MarketService.access_mode", "str", v)
        )
        _s_MarketService_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("MarketService.execution_mode", "str", v)
        )
        _s_MarketService_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("MarketService.integration_status", "str", v)
        )
        _s_MarketService_distribution(
            obj, v if type(v := o["distribution"]) is str else _bad("MarketService.distribution", "str", v)
        )
        _s_MarketService_maturity(
            obj, v if type(v := o["maturity"]) is str else _bad("MarketService.maturity", "str", v)
        )
        _s_MarketService_kind(obj, v if type(v := o["kind"]) is str else _bad("MarketService.kind", "str", v))
        _s_MarketService_region(obj, v if type(v := o["region"]) is str else _bad("MarketService.region", "str", v))
        _s_MarketService_freshness_seconds(
            obj, v if type(v := o["freshnessSeconds"]) is int else _int(v, "MarketService.freshness_seconds")
        )
        _s_MarketService_requires_human_enablement(
            obj,
            v
            if type(v := o["requiresHumanEnablement"]) is bool
            else _bad("MarketService.requires_human_enablement", "bool", v),
        )
        _s_MarketService_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("MarketService.updated_at", "str", v)
        )
        _s_MarketService_operations(obj, _tuple_str(o.get("operations"), "MarketService.operations"))
        _s_MarketService_capabilities(obj, _tuple_str(o.get("capabilities"), "MarketService.capabilities"))
        _s_MarketService_metadata(
            obj, v if type(v := o.get("metadata")) is dict else _map_any(v, "MarketService.metadata")
        )
        _s_MarketService_company_name(
            obj,
            v if type(v := o.get("companyName")) is str or v is None else _bad("MarketService.company_name", "str", v),
        )
        _s_MarketService_reference_url(
            obj,
            v
            if type(v := o.get("referenceUrl")) is str or v is None
            else _bad("MarketService.reference_url", "str", v),
        )
        _s_MarketService_artifact_url(
            obj,
            v if type(v := o.get("artifactUrl")) is str or v is None else _bad("MarketService.artifact_url", "str", v),
        )
        _s_MarketService_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketService.handoff", "object", v)),
        )
        _s_MarketService_operation_contracts(
            obj, _tuple_of(o.get("operationContracts"), decode_OperationContract, "MarketService.operation_contracts")
        )
        _s_MarketService_pricing(
            obj,
            decode_MarketPricing(v)
            if type(v := o.get("pricing")) is dict
            else (None if v is None else _bad("MarketService.pricing", "object", v)),
        )
        _s_MarketService_payment(
            obj,
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o.get("payment")) is dict
            else (None if v is None else _bad("MarketService.payment", "object", v)),
        )
        _s_MarketService_endpoints(
            obj, _tuple_of(o.get("endpoints"), decode_MarketServiceEndpoint, "MarketService.endpoints")
        )
        _s_MarketService_endpoint(
            obj,
            decode_MarketServiceEndpoint(v)
            if type(v := o.get("endpoint")) is dict
            else (None if v is None else _bad("MarketService.endpoint", "object", v)),
        )
        _s_MarketService_consumption(
            obj,
            decode_MarketServiceConsumption(v)
            if type(v := o.get("consumption")) is dict
            else (None if v is None else _bad("MarketService.consumption", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"MarketService: missing required field {e.args[0]!r}") from None
    _s_MarketService_extra(obj, {} if _KNOWN_MarketService.issuperset(o) else _extra(o, _KNOWN_MarketService))
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
_C_MarketSearch = m.MarketSearch
_s_MarketSearch_id = _slot_setter(m.MarketSearch, "id")
_s_MarketSearch_machine_id = _slot_setter(m.MarketSearch, "machine_id")
_s_MarketSearch_request_payload = _slot_setter(m.MarketSearch, "request_payload")
_s_MarketSearch_normalized_task = _slot_setter(m.MarketSearch, "normalized_task")
_s_MarketSearch_status = _slot_setter(m.MarketSearch, "status")
_s_MarketSearch_quotes = _slot_setter(m.MarketSearch, "quotes")
_s_MarketSearch_created_at = _slot_setter(m.MarketSearch, "created_at")
_s_MarketSearch_agent_pairing_id = _slot_setter(m.MarketSearch, "agent_pairing_id")
_s_MarketSearch_extra = _slot_setter(m.MarketSearch, "extra")


def decode_MarketSearch(o: Any) -> "m.MarketSearch":
    if type(o) is not dict:
        _not_object("MarketSearch", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketSearch)
    try:
        _s_MarketSearch_id(obj, v if type(v := o["id"]) is str else _bad("MarketSearch.id", "str", v))
        _s_MarketSearch_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MarketSearch.machine_id", "str", v)
        )
        _s_MarketSearch_request_payload(
            obj,
            v
            if type(v := _pick_opt(o, ("requestPayload", "request"))) is dict
            else _map_any(v, "MarketSearch.request_payload"),
        )
        _s_MarketSearch_normalized_task(
            obj,
            decode_NormalizedTask(v)
            if type(v := o["normalizedTask"]) is dict
            else _bad("MarketSearch.normalized_task", "object", v),
        )
        _s_MarketSearch_status(obj, v if type(v := o["status"]) is str else _bad("MarketSearch.status", "str", v))
        _s_MarketSearch_quotes(obj, _tuple_of(o["quotes"], decode_MarketQuote, "MarketSearch.quotes"))
        _s_MarketSearch_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MarketSearch.created_at", "str", v)
        )
        _s_MarketSearch_agent_pairing_id(
            obj,
            v
            if type(v := o.get("agentPairingId")) is str or v is None
            else _bad("MarketSearch.agent_pairing_id", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketSearch: missing required field {e.args[0]!r}") from None
    _s_MarketSearch_extra(obj, {} if _KNOWN_MarketSearch.issuperset(o) else _extra(o, _KNOWN_MarketSearch))
    return obj


_KNOWN_MarketOrderBudget = frozenset(["amount", "currency"])
_C_MarketOrderBudget = m.MarketOrderBudget
_s_MarketOrderBudget_amount = _slot_setter(m.MarketOrderBudget, "amount")
_s_MarketOrderBudget_currency = _slot_setter(m.MarketOrderBudget, "currency")
_s_MarketOrderBudget_extra = _slot_setter(m.MarketOrderBudget, "extra")


def decode_MarketOrderBudget(o: Any) -> "m.MarketOrderBudget":
    if type(o) is not dict:
        _not_object("MarketOrderBudget", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketOrderBudget)
    try:
        _s_MarketOrderBudget_amount(
            obj, v if type(v := o.get("amount")) is float else _float(v, "MarketOrderBudget.amount", True)
        )
        _s_MarketOrderBudget_currency(
            obj, v if type(v := o.get("currency")) is str or v is None else _bad("MarketOrderBudget.currency", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrderBudget: missing required field {e.args[0]!r}") from None
    _s_MarketOrderBudget_extra(
        obj, {} if _KNOWN_MarketOrderBudget.issuperset(o) else _extra(o, _KNOWN_MarketOrderBudget)
    )
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
_C_MarketOrder = m.MarketOrder
_s_MarketOrder_id = _slot_setter(m.MarketOrder, "id")
_s_MarketOrder_machine_id = _slot_setter(m.MarketOrder, "machine_id")
_s_MarketOrder_agent_pairing_id = _slot_setter(m.MarketOrder, "agent_pairing_id")
_s_MarketOrder_service_id = _slot_setter(m.MarketOrder, "service_id")
_s_MarketOrder_skill_key = _slot_setter(m.MarketOrder, "skill_key")
_s_MarketOrder_provider_key = _slot_setter(m.MarketOrder, "provider_key")
_s_MarketOrder_service_type = _slot_setter(m.MarketOrder, "service_type")
_s_MarketOrder_operation = _slot_setter(m.MarketOrder, "operation")
_s_MarketOrder_execution_mode = _slot_setter(m.MarketOrder, "execution_mode")
_s_MarketOrder_integration_status = _slot_setter(m.MarketOrder, "integration_status")
_s_MarketOrder_status = _slot_setter(m.MarketOrder, "status")
_s_MarketOrder_payment = _slot_setter(m.MarketOrder, "payment")
_s_MarketOrder_created_at = _slot_setter(m.MarketOrder, "created_at")
_s_MarketOrder_updated_at = _slot_setter(m.MarketOrder, "updated_at")
_s_MarketOrder_search_id = _slot_setter(m.MarketOrder, "search_id")
_s_MarketOrder_quote_id = _slot_setter(m.MarketOrder, "quote_id")
_s_MarketOrder_input = _slot_setter(m.MarketOrder, "input")
_s_MarketOrder_budget = _slot_setter(m.MarketOrder, "budget")
_s_MarketOrder_handoff = _slot_setter(m.MarketOrder, "handoff")
_s_MarketOrder_error_message = _slot_setter(m.MarketOrder, "error_message")
_s_MarketOrder_service_snapshot = _slot_setter(m.MarketOrder, "service_snapshot")
_s_MarketOrder_task_id = _slot_setter(m.MarketOrder, "task_id")
_s_MarketOrder_route_id = _slot_setter(m.MarketOrder, "route_id")
_s_MarketOrder_run_id = _slot_setter(m.MarketOrder, "run_id")
_s_MarketOrder_outcome_id = _slot_setter(m.MarketOrder, "outcome_id")
_s_MarketOrder_extra = _slot_setter(m.MarketOrder, "extra")


def decode_MarketOrder(o: Any) -> "m.MarketOrder":
    if type(o) is not dict:
        _not_object("MarketOrder", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketOrder)
    try:
        _s_MarketOrder_id(obj, v if type(v := o["id"]) is str else _bad("MarketOrder.id", "str", v))
        _s_MarketOrder_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("MarketOrder.machine_id", "str", v)
        )
        _s_MarketOrder_agent_pairing_id(
            obj, v if type(v := o["agentPairingId"]) is str else _bad("MarketOrder.agent_pairing_id", "str", v)
        )
        _s_MarketOrder_service_id(
            obj, v if type(v := o["serviceId"]) is str else _bad("MarketOrder.service_id", "str", v)
        )
        _s_MarketOrder_skill_key(obj, v if type(v := o["skillKey"]) is str else _bad("MarketOrder.skill_key", "str", v))
        _s_MarketOrder_provider_key(
            obj, v if type(v := o["providerKey"]) is str else _bad("MarketOrder.provider_key", "str", v)
        )
        _s_MarketOrder_service_type(
            obj, v if type(v := o["serviceType"]) is str else _bad("MarketOrder.service_type", "str", v)
        )
        _s_MarketOrder_operation(
            obj, v if type(v := o["operation"]) is str else _bad("MarketOrder.operation", "str", v)
        )
        _s_MarketOrder_execution_mode(
            obj, v if type(v := o["executionMode"]) is str else _bad("MarketOrder.execution_mode", "str", v)
        )
        _s_MarketOrder_integration_status(
            obj, v if type(v := o["integrationStatus"]) is str else _bad("MarketOrder.integration_status", "str", v)
        )
        _s_MarketOrder_status(obj, v if type(v := o["status"]) is str else _bad("MarketOrder.status", "str", v))
        _s_MarketOrder_payment(
            obj,
            decode_MarketPaymentRailRecommendation(v)
            if type(v := o["payment"]) is dict
            else _bad("MarketOrder.payment", "object", v),
        )
        _s_MarketOrder_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MarketOrder.created_at", "str", v)
        )
        _s_MarketOrder_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("MarketOrder.updated_at", "str", v)
        )
        _s_MarketOrder_search_id(
            obj, v if type(v := o.get("searchId")) is str or v is None else _bad("MarketOrder.search_id", "str", v)
        )
        _s_MarketOrder_quote_id(
            obj, v if type(v := o.get("quoteId")) is str or v is None else _bad("MarketOrder.quote_id", "str", v)
        )
        _s_MarketOrder_input(
            obj, v if type(v := _pick_opt(o, ("input", "inputPayload"))) is dict else _map_any(v, "MarketOrder.input")
        )
        _s_MarketOrder_budget(
            obj,
            decode_MarketOrderBudget(v)
            if type(v := o.get("budget")) is dict
            else (None if v is None else _bad("MarketOrder.budget", "object", v)),
        )
        _s_MarketOrder_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o.get("handoff")) is dict
            else (None if v is None else _bad("MarketOrder.handoff", "object", v)),
        )
        _s_MarketOrder_error_message(
            obj,
            v if type(v := o.get("errorMessage")) is str or v is None else _bad("MarketOrder.error_message", "str", v),
        )
        _s_MarketOrder_service_snapshot(
            obj, v if type(v := o.get("serviceSnapshot")) is dict else _map_any(v, "MarketOrder.service_snapshot")
        )
        _s_MarketOrder_task_id(
            obj, v if type(v := o.get("taskId")) is str or v is None else _bad("MarketOrder.task_id", "str", v)
        )
        _s_MarketOrder_route_id(
            obj, v if type(v := o.get("routeId")) is str or v is None else _bad("MarketOrder.route_id", "str", v)
        )
        _s_MarketOrder_run_id(
            obj, v if type(v := o.get("runId")) is str or v is None else _bad("MarketOrder.run_id", "str", v)
        )
        _s_MarketOrder_outcome_id(
            obj, v if type(v := o.get("outcomeId")) is str or v is None else _bad("MarketOrder.outcome_id", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrder: missing required field {e.args[0]!r}") from None
    _s_MarketOrder_extra(obj, {} if _KNOWN_MarketOrder.issuperset(o) else _extra(o, _KNOWN_MarketOrder))
    return obj


_KNOWN_NativeExecution = frozenset(["statusCode", "run", "outcome"])
_C_NativeExecution = m.NativeExecution
_s_NativeExecution_status_code = _slot_setter(m.NativeExecution, "status_code")
_s_NativeExecution_run = _slot_setter(m.NativeExecution, "run")
_s_NativeExecution_outcome = _slot_setter(m.NativeExecution, "outcome")
_s_NativeExecution_extra = _slot_setter(m.NativeExecution, "extra")


def decode_NativeExecution(o: Any) -> "m.NativeExecution":
    if type(o) is not dict:
        _not_object("NativeExecution", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_NativeExecution)
    try:
        _s_NativeExecution_status_code(
            obj, v if type(v := o["statusCode"]) is int else _int(v, "NativeExecution.status_code")
        )
        _s_NativeExecution_run(
            obj, decode_ExecutionRun(v) if type(v := o["run"]) is dict else _bad("NativeExecution.run", "object", v)
        )
        _s_NativeExecution_outcome(
            obj,
            decode_ExecutionOutcome(v)
            if type(v := o["outcome"]) is dict
            else _bad("NativeExecution.outcome", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"NativeExecution: missing required field {e.args[0]!r}") from None
    _s_NativeExecution_extra(obj, {} if _KNOWN_NativeExecution.issuperset(o) else _extra(o, _KNOWN_NativeExecution))
    return obj


_KNOWN_HandoffExecution = frozenset(["statusCode", "handoff"])
_C_HandoffExecution = m.HandoffExecution
_s_HandoffExecution_status_code = _slot_setter(m.HandoffExecution, "status_code")
_s_HandoffExecution_handoff = _slot_setter(m.HandoffExecution, "handoff")
_s_HandoffExecution_extra = _slot_setter(m.HandoffExecution, "extra")


def decode_HandoffExecution(o: Any) -> "m.HandoffExecution":
    if type(o) is not dict:
        _not_object("HandoffExecution", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_HandoffExecution)
    try:
        _s_HandoffExecution_status_code(
            obj, v if type(v := o["statusCode"]) is int else _int(v, "HandoffExecution.status_code")
        )
        _s_HandoffExecution_handoff(
            obj,
            decode_ExternalHandoff(v)
            if type(v := o["handoff"]) is dict
            else _bad("HandoffExecution.handoff", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"HandoffExecution: missing required field {e.args[0]!r}") from None
    _s_HandoffExecution_extra(obj, {} if _KNOWN_HandoffExecution.issuperset(o) else _extra(o, _KNOWN_HandoffExecution))
    return obj


_KNOWN_ExecuteMarketOrderNativeResponse = frozenset(["order", "execution"])
_C_ExecuteMarketOrderNativeResponse = m.ExecuteMarketOrderNativeResponse
_s_ExecuteMarketOrderNativeResponse_order = _slot_setter(m.ExecuteMarketOrderNativeResponse, "order")
_s_ExecuteMarketOrderNativeResponse_execution = _slot_setter(m.ExecuteMarketOrderNativeResponse, "execution")
_s_ExecuteMarketOrderNativeResponse_extra = _slot_setter(m.ExecuteMarketOrderNativeResponse, "extra")


def decode_ExecuteMarketOrderNativeResponse(o: Any) -> "m.ExecuteMarketOrderNativeResponse":
    if type(o) is not dict:
        _not_object("ExecuteMarketOrderNativeResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecuteMarketOrderNativeResponse)
    try:
        _s_ExecuteMarketOrderNativeResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ExecuteMarketOrderNativeResponse.order", "object", v),
        )
        _s_ExecuteMarketOrderNativeResponse_execution(
            obj,
            decode_NativeExecution(v)
            if type(v := o["execution"]) is dict
            else _bad("ExecuteMarketOrderNativeResponse.execution", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"ExecuteMarketOrderNativeResponse: missing required field {e.args[0]!r}") from None
    _s_ExecuteMarketOrderNativeResponse_extra(
        obj,
        {}
        if _KNOWN_ExecuteMarketOrderNativeResponse.issuperset(o)
        else _extra(o, _KNOWN_ExecuteMarketOrderNativeResponse),
    )
    return obj


_KNOWN_ExecuteMarketOrderHandoffResponse = frozenset(["order", "execution"])
_C_ExecuteMarketOrderHandoffResponse = m.ExecuteMarketOrderHandoffResponse
_s_ExecuteMarketOrderHandoffResponse_order = _slot_setter(m.ExecuteMarketOrderHandoffResponse, "order")
_s_ExecuteMarketOrderHandoffResponse_execution = _slot_setter(m.ExecuteMarketOrderHandoffResponse, "execution")
_s_ExecuteMarketOrderHandoffResponse_extra = _slot_setter(m.ExecuteMarketOrderHandoffResponse, "extra")


def decode_ExecuteMarketOrderHandoffResponse(o: Any) -> "m.ExecuteMarketOrderHandoffResponse":
    if type(o) is not dict:
        _not_object("ExecuteMarketOrderHandoffResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ExecuteMarketOrderHandoffResponse)
    try:
        _s_ExecuteMarketOrderHandoffResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ExecuteMarketOrderHandoffResponse.order", "object", v),
        )
        _s_ExecuteMarketOrderHandoffResponse_execution(
            obj,
            decode_HandoffExecution(v)
            if type(v := o["execution"]) is dict
            else _bad("ExecuteMarketOrderHandoffResponse.execution", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"ExecuteMarketOrderHandoffResponse: missing required field {e.args[0]!r}") from None
    _s_ExecuteMarketOrderHandoffResponse_extra(
        obj,
        {}
        if _KNOWN_ExecuteMarketOrderHandoffResponse.issuperset(o)
        else _extra(o, _KNOWN_ExecuteMarketOrderHandoffResponse),
    )
    return obj


_KNOWN_ConfirmMarketOrderResponse = frozenset(["order", "payment"])
_C_ConfirmMarketOrderResponse = m.ConfirmMarketOrderResponse
_s_ConfirmMarketOrderResponse_order = _slot_setter(m.ConfirmMarketOrderResponse, "order")
_s_ConfirmMarketOrderResponse_payment = _slot_setter(m.ConfirmMarketOrderResponse, "payment")
_s_ConfirmMarketOrderResponse_extra = _slot_setter(m.ConfirmMarketOrderResponse, "extra")


def decode_ConfirmMarketOrderResponse(o: Any) -> "m.ConfirmMarketOrderResponse":
    if type(o) is not dict:
        _not_object("ConfirmMarketOrderResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_ConfirmMarketOrderResponse)
    try:
        _s_ConfirmMarketOrderResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("ConfirmMarketOrderResponse.order", "object", v),
        )
        _s_ConfirmMarketOrderResponse_payment(
            obj,
            decode_MarketPayment(v)
            if type(v := o["payment"]) is dict
            else (None if v is None else _bad("ConfirmMarketOrderResponse.payment", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"ConfirmMarketOrderResponse: missing required field {e.args[0]!r}") from None
    _s_ConfirmMarketOrderResponse_extra(
        obj, {} if _KNOWN_ConfirmMarketOrderResponse.issuperset(o) else _extra(o, _KNOWN_ConfirmMarketOrderResponse)
    )
    return obj


_KNOWN_CancelMarketOrderResponse = frozenset(["order", "payment"])
_C_CancelMarketOrderResponse = m.CancelMarketOrderResponse
_s_CancelMarketOrderResponse_order = _slot_setter(m.CancelMarketOrderResponse, "order")
_s_CancelMarketOrderResponse_payment = _slot_setter(m.CancelMarketOrderResponse, "payment")
_s_CancelMarketOrderResponse_extra = _slot_setter(m.CancelMarketOrderResponse, "extra")


def decode_CancelMarketOrderResponse(o: Any) -> "m.CancelMarketOrderResponse":
    if type(o) is not dict:
        _not_object("CancelMarketOrderResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_CancelMarketOrderResponse)
    try:
        _s_CancelMarketOrderResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("CancelMarketOrderResponse.order", "object", v),
        )
        _s_CancelMarketOrderResponse_payment(
            obj,
            decode_MarketPayment(v)
            if type(v := o["payment"]) is dict
            else (None if v is None else _bad("CancelMarketOrderResponse.payment", "object", v)),
        )
    except KeyError as e:
        raise ShapeError(f"CancelMarketOrderResponse: missing required field {e.args[0]!r}") from None
    _s_CancelMarketOrderResponse_extra(
        obj, {} if _KNOWN_CancelMarketOrderResponse.issuperset(o) else _extra(o, _KNOWN_CancelMarketOrderResponse)
    )
    return obj


_KNOWN_MarketOrderEvent = frozenset(["id", "orderId", "type", "payload", "createdAt"])
_C_MarketOrderEvent = m.MarketOrderEvent
_s_MarketOrderEvent_id = _slot_setter(m.MarketOrderEvent, "id")
_s_MarketOrderEvent_order_id = _slot_setter(m.MarketOrderEvent, "order_id")
_s_MarketOrderEvent_type = _slot_setter(m.MarketOrderEvent, "type")
_s_MarketOrderEvent_payload = _slot_setter(m.MarketOrderEvent, "payload")
_s_MarketOrderEvent_created_at = _slot_setter(m.MarketOrderEvent, "created_at")
_s_MarketOrderEvent_extra = _slot_setter(m.MarketOrderEvent, "extra")


def decode_MarketOrderEvent(o: Any) -> "m.MarketOrderEvent":
    if type(o) is not dict:
        _not_object("MarketOrderEvent", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_MarketOrderEvent)
    try:
        _s_MarketOrderEvent_id(obj, v if type(v := o["id"]) is str else _bad("MarketOrderEvent.id", "str", v))
        _s_MarketOrderEvent_order_id(
            obj, v if type(v := o["orderId"]) is str else _bad("MarketOrderEvent.order_id", "str", v)
        )
        _s_MarketOrderEvent_type(obj, v if type(v := o["type"]) is str else _bad("MarketOrderEvent.type", "str", v))
        _s_MarketOrderEvent_payload(
            obj, v if type(v := o.get("payload")) is dict else _map_any(v, "MarketOrderEvent.payload")
        )
        _s_MarketOrderEvent_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("MarketOrderEvent.created_at", "str", v)
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrderEvent: missing required field {e.args[0]!r}") from None
    _s_MarketOrderEvent_extra(obj, {} if _KNOWN_MarketOrderEvent.issuperset(o) else _extra(o, _KNOWN_MarketOrderEvent))
    return obj


_KNOWN_OrderDispute = frozenset(
    ["id", "orderId", "machineId", "status", "reason", "createdAt", "updatedAt", "evidence"]
)
_C_OrderDispute = m.OrderDispute
_s_OrderDispute_id = _slot_setter(m.OrderDispute, "id")
_s_OrderDispute_order_id = _slot_setter(m.OrderDispute, "order_id")
_s_OrderDispute_machine_id = _slot_setter(m.OrderDispute, "machine_id")
_s_OrderDispute_status = _slot_setter(m.OrderDispute, "status")
_s_OrderDispute_reason = _slot_setter(m.OrderDispute, "reason")
_s_OrderDispute_created_at = _slot_setter(m.OrderDispute, "created_at")
_s_OrderDispute_updated_at = _slot_setter(m.OrderDispute, "updated_at")
_s_OrderDispute_evidence = _slot_setter(m.OrderDispute, "evidence")
_s_OrderDispute_extra = _slot_setter(m.OrderDispute, "extra")


def decode_OrderDispute(o: Any) -> "m.OrderDispute":
    if type(o) is not dict:
        _not_object("OrderDispute", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_OrderDispute)
    try:
        _s_OrderDispute_id(obj, v if type(v := o["id"]) is str else _bad("OrderDispute.id", "str", v))
        _s_OrderDispute_order_id(obj, v if type(v := o["orderId"]) is str else _bad("OrderDispute.order_id", "str", v))
        _s_OrderDispute_machine_id(
            obj, v if type(v := o["machineId"]) is str else _bad("OrderDispute.machine_id", "str", v)
        )
        _s_OrderDispute_status(obj, v if type(v := o["status"]) is str else _bad("OrderDispute.status", "str", v))
        _s_OrderDispute_reason(obj, v if type(v := o["reason"]) is str else _bad("OrderDispute.reason", "str", v))
        _s_OrderDispute_created_at(
            obj, v if type(v := o["createdAt"]) is str else _bad("OrderDispute.created_at", "str", v)
        )
        _s_OrderDispute_updated_at(
            obj, v if type(v := o["updatedAt"]) is str else _bad("OrderDispute.updated_at", "str", v)
        )
        _s_OrderDispute_evidence(
            obj, v if type(v := o.get("evidence")) is dict else _map_any(v, "OrderDispute.evidence")
        )
    except KeyError as e:
        raise ShapeError(f"OrderDispute: missing required field {e.args[0]!r}") from None
    _s_OrderDispute_extra(obj, {} if _KNOWN_OrderDispute.issuperset(o) else _extra(o, _KNOWN_OrderDispute))
    return obj


_KNOWN_DisputeMarketOrderResponse = frozenset(["order", "payment", "dispute"])
_C_DisputeMarketOrderResponse = m.DisputeMarketOrderResponse
_s_DisputeMarketOrderResponse_order = _slot_setter(m.DisputeMarketOrderResponse, "order")
_s_DisputeMarketOrderResponse_payment = _slot_setter(m.DisputeMarketOrderResponse, "payment")
_s_DisputeMarketOrderResponse_dispute = _slot_setter(m.DisputeMarketOrderResponse, "dispute")
_s_DisputeMarketOrderResponse_extra = _slot_setter(m.DisputeMarketOrderResponse, "extra")


def decode_DisputeMarketOrderResponse(o: Any) -> "m.DisputeMarketOrderResponse":
    if type(o) is not dict:
        _not_object("DisputeMarketOrderResponse", o)
    # fields are stored straight into the slots (the class has no validators or converters): about
    # twice as fast as calling the frozen class's __init__ per object on large pages
    obj = _new(_C_DisputeMarketOrderResponse)
    try:
        _s_DisputeMarketOrderResponse_order(
            obj,
            decode_MarketOrder(v)
            if type(v := o["order"]) is dict
            else _bad("DisputeMarketOrderResponse.order", "object", v),
        )
        _s_DisputeMarketOrderResponse_payment(
            obj,
            decode_MarketPayment(v)
            if type(v := o["payment"]) is dict
            else (None if v is None else _bad("DisputeMarketOrderResponse.payment", "object", v)),
        )
        _s_DisputeMarketOrderResponse_dispute(
            obj,
            decode_OrderDispute(v)
            if type(v := o["dispute"]) is dict
            else _bad("DisputeMarketOrderResponse.dispute", "object", v),
        )
    except KeyError as e:
        raise ShapeError(f"DisputeMarketOrderResponse: missing required field {e.args[0]!r}") from None
    _s_DisputeMarketOrderResponse_extra(
        obj, {} if _KNOWN_DisputeMarketOrderResponse.issuperset(o) else _extra(o, _KNOWN_DisputeMarketOrderResponse)
    )
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
