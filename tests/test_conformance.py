"""The public surface against the documentation (orchestration-py.md), which is the authority.

The expected signatures below are copied by hand from the doc. Each is turned into a real function
(``def _doc<signature>: ...``) evaluated against the public names of ``peaq_os_sdk.orchestration``,
so names, kinds, defaults and annotations are compared as objects, not as text.
"""

from __future__ import annotations

import collections.abc
import json
import dataclasses
import inspect
import re
import types
import typing
from importlib.resources import files
from pathlib import Path
from typing import Any

import attrs
import pytest
from peaq_os_sdk._generated.operations import ALL

import peaq_os_sdk.orchestration as orch
import peaq_os_sdk.orchestration.aio as aio
import peaq_os_sdk.orchestration.types as types_mod
from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.exceptions.base import PeaqosError
from peaq_os_sdk.orchestration import (
    AgentPairing,
    AsyncOrchestration,
    DelegationPolicy,
    OrchestrationApiError,
    OrchestrationConfigError,
    OrchestrationError,
    OrchestrationNetworkError,
    OrchestrationValidationError,
)
from tests.conftest import run

# ---- the documented signatures: tests/documented_signatures.txt, the doc's own code, parsed ---------------
SIGNATURES_FILE = Path(__file__).with_name("documented_signatures.txt")
_SIGNATURE = re.compile(r"client\.orchestration\.(\w+)\(((?:[^()]|\([^()]*\))*)\)\s*->\s*([^\n#]+)", re.S)
_ITERATOR = re.compile(r"for \w+ in client\.orchestration\.(\w+)_all\(")


def _documented() -> tuple[dict[str, str], dict[str, str]]:
    """(method -> signature, iterator -> signature), without self / client, as the doc writes them."""
    text = SIGNATURES_FILE.read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0].rstrip() for line in text.splitlines())  # the doc's comments go
    methods: dict[str, str] = {}
    for name, params, ret in _SIGNATURE.findall(code):
        params = re.sub(r"\(\s+", "(", " ".join(params.split())).strip().rstrip(",").strip()
        methods[name] = f"({params}) -> {ret.strip()}"
    # "Each *_all accepts the same filter kwargs as its non-iterator counterpart, minus cursor." (The doc's loop
    # examples call list_agent_pairings_all() / list_runtime_endpoints_all() without the machine id; the rule
    # above, and the list methods they wrap, need it.)
    iterators: dict[str, str] = {}
    for base in _ITERATOR.findall(code):
        sig = methods[base].replace(", cursor: str | None = None", "")
        iterators[base + "_all"] = sig.replace("-> ListResponse[", "-> ITER[")
    return methods, iterators


DOC_METHODS, DOC_ITERATORS = _documented()

# "Coming next": the page names these methods (policies, observability, graph, tasks), not their signatures; the
# signatures are ours, by the spec's conventions (x-status: assumed where the route itself is ours).
COMING_NEXT: dict[str, str] = {
    "list_policies": "() -> ListResponse[Policy]",
    "create_policy": "(params: CreatePolicyRequest) -> ItemResponse[Policy]",
    "get_policy": "(policy_id: str) -> ItemResponse[Policy]",
    "update_policy": "(policy_id: str, params: UpdatePolicyRequest) -> ItemResponse[Policy]",
    "list_audit_events": "(*, machine_id: str | None = None, resource_type: str | None = None,"
                         " limit: int | None = None, cursor: str | None = None) -> ListResponse[AuditEvent]",
    "list_runs": "(*, machine_id: str | None = None, order_id: str | None = None, limit: int | None = None,"
                 " cursor: str | None = None) -> ListResponse[RunRecord]",
    "get_run": "(run_id: str) -> ItemResponse[RunRecord]",
    "get_readiness": "() -> Readiness",
    "get_health": "() -> Health",
    "cancel_market_order": "(order_id: str, params: CancelMarketOrderRequest | None, pairing_token: str)"
                           " -> CancelMarketOrderResponse",
    "retry_market_order": "(order_id: str, params: RetryMarketOrderRequest | None, pairing_token: str)"
                          " -> ExecuteMarketOrderNativeResponse",
    "list_market_order_events": "(order_id: str, *, limit: int | None = None, cursor: str | None = None)"
                                " -> ListResponse[MarketOrderEvent]",
    "get_machine_graph": "(machine_id: str) -> ItemResponse[MachineGraph]",
    "create_graph_node": "(machine_id: str, params: CreateGraphNodeRequest) -> ItemResponse[GraphNode]",
    "update_graph_node": "(machine_id: str, node_id: str, params: UpdateGraphNodeRequest) -> ItemResponse[GraphNode]",
    "delete_graph_node": "(machine_id: str, node_id: str) -> None",
    "create_graph_edge": "(machine_id: str, params: CreateGraphEdgeRequest) -> ItemResponse[GraphEdge]",
    "update_graph_edge": "(machine_id: str, edge_id: str, params: UpdateGraphEdgeRequest) -> ItemResponse[GraphEdge]",
    "delete_graph_edge": "(machine_id: str, edge_id: str) -> None",
    "create_task": "(params: CreateTaskRequest, pairing_token: str) -> ItemResponse[Task]",
    "discover_task": "(task_id: str, pairing_token: str) -> ItemResponse[Task]",
    "resolve_task": "(task_id: str, params: ResolveTaskRequest | None, pairing_token: str) -> ItemResponse[Task]",
    "execute_task": "(task_id: str, params: ExecuteTaskRequest, pairing_token: str) -> ItemResponse[Task]",
    "get_task": "(task_id: str) -> ItemResponse[Task]",
    "list_tasks": "(*, machine_id: str, limit: int | None = None, cursor: str | None = None) -> ListResponse[Task]",
}
COMING_NEXT_ITERATORS: dict[str, str] = {
    "list_audit_events_all": "(*, machine_id: str | None = None, resource_type: str | None = None,"
                             " limit: int | None = None) -> ITER[AuditEvent]",
    "list_runs_all": "(*, machine_id: str | None = None, order_id: str | None = None, limit: int | None = None)"
                     " -> ITER[RunRecord]",
    "list_market_order_events_all": "(order_id: str, *, limit: int | None = None) -> ITER[MarketOrderEvent]",
    "list_tasks_all": "(*, machine_id: str, limit: int | None = None) -> ITER[Task]",
}
assert not (COMING_NEXT.keys() & DOC_METHODS.keys()), "a coming-next method is documented now: use the page's"
DOC_METHODS.update(COMING_NEXT)
DOC_ITERATORS.update(COMING_NEXT_ITERATORS)


def _doc_function(name: str, signature: str, *, iterator: Any, client: str | None = None,
                  is_async: bool = False) -> Any:
    sig = signature.replace("ITER", "__ITER__")
    if client is not None:  # functional form: the client comes first, positionally
        rest = sig[1:]
        sig = f"(client: {client}" + ("" if rest.startswith(")") else ", ") + rest
    ns: dict[str, Any] = {name_: getattr(orch, name_) for name_ in orch.__all__}
    ns.update({"__ITER__": iterator, "PeaqosClient": PeaqosClient, "AsyncPeaqosClient": AsyncPeaqosClient})
    src = f"{'async ' if is_async else ''}def {name}{sig}: ...\n"
    exec(src, ns)  # noqa: S102 - the doc's own signature text, turned into a function to compare against
    return ns[name]


def _hints(fn: Any) -> dict[str, Any]:
    # the generated modules import their model types for type checkers only (each group loads on first use),
    # so the names are resolved here from the public namespace
    names = {name: getattr(orch, name) for name in orch.__all__}
    return typing.get_type_hints(
        fn, localns={**names, "PeaqosClient": PeaqosClient, "AsyncPeaqosClient": AsyncPeaqosClient}
    )


def assert_same_signature(actual: Any, expected: Any) -> None:
    a, e = inspect.signature(actual), inspect.signature(expected)
    assert [(p.name, p.kind, p.default) for p in a.parameters.values()] == \
        [(p.name, p.kind, p.default) for p in e.parameters.values()], f"{actual.__qualname__}: {a} != {e}"
    ha, he = _hints(actual), _hints(expected)
    for pname in e.parameters:
        assert _accepts(ha.get(pname), he.get(pname)), f"{actual.__qualname__}({pname}): {ha.get(pname)} != {he.get(pname)}"
    assert _narrows(ha.get("return"), he.get("return")), (
        f"{actual.__qualname__} -> {ha.get('return')} != {he.get('return')}")


def _accepts(actual: Any, documented: Any) -> bool:
    """The parameter takes what the page documents: the same type, or a union that includes it (another body
    variant, e.g. the x402 payment proof next to the on-chain one)."""
    if actual == documented:
        return True
    return typing.get_origin(actual) in (typing.Union, types.UnionType) and documented in typing.get_args(actual)


def _narrows(actual: Any, documented: Any) -> bool:
    """The return is the documented type, or the same envelope of a documented subclass (a response where a field
    the documented class leaves optional is always present: the pairing token on create, identityRef on create)."""
    if actual == documented:
        return True
    if typing.get_origin(actual) is None or typing.get_origin(actual) is not typing.get_origin(documented):
        return False
    pairs = list(zip(typing.get_args(actual), typing.get_args(documented), strict=True))
    return all(a == d or (isinstance(a, type) and isinstance(d, type) and issubclass(a, d)) for a, d in pairs)


SPEC_METHODS = sorted(op.sdk_name for op in ALL if op.sdk_name)
SPEC_ITERATORS = sorted(f"{op.sdk_name}_all" for op in ALL if op.sdk_name and op.paginated)


@pytest.mark.parametrize("name", SPEC_METHODS)
def test_spec_operation_has_a_documented_signature(name: str) -> None:
    """The spec is the list: every operation with an SDK method must appear in the documented signatures."""
    assert name in DOC_METHODS, f"{name} is in the spec but not in {SIGNATURES_FILE.name}"


@pytest.mark.parametrize("name", SPEC_ITERATORS)
def test_paginated_operation_has_a_documented_iterator(name: str) -> None:
    assert name in DOC_ITERATORS, f"{name}: paginated in the spec, no *_all loop in {SIGNATURES_FILE.name}"


def test_documented_signatures_are_all_spec_operations() -> None:
    assert sorted(DOC_METHODS) == SPEC_METHODS
    assert sorted(DOC_ITERATORS) == SPEC_ITERATORS
    # the page as copied today, plus the "Coming next" methods bound so far
    assert len(DOC_METHODS) == 40 + len(COMING_NEXT) and len(DOC_ITERATORS) == 6 + len(COMING_NEXT_ITERATORS)


# ---- client.orchestration (sync namespace) -----------------------------------------------------
@pytest.fixture(scope="module")
def namespace() -> Any:
    c = PeaqosClient(orchestration_url="http://127.0.0.1:9")
    yield c.orchestration
    c.close()


@pytest.fixture(scope="module")
def anamespace() -> Any:
    c = AsyncPeaqosClient(orchestration_url="http://127.0.0.1:9")
    yield c.orchestration
    run(c.aclose())


TRANSPORT_VIEWS = {"with_options", "with_raw_response"}  # docs/retries.md


def test_namespace_exposes_exactly_the_documented_methods(namespace: Any, anamespace: Any) -> None:
    public = {n for n in dir(type(namespace)) if not n.startswith("_")}
    assert public == set(DOC_METHODS) | set(DOC_ITERATORS) | TRANSPORT_VIEWS
    assert isinstance(anamespace, AsyncOrchestration)
    assert {n for n in dir(type(anamespace)) if not n.startswith("_")} == public
    for ns in (namespace, anamespace):  # the raw view: every documented method, no iterators
        raw = {n for n in dir(type(ns.with_raw_response)) if not n.startswith("_")}
        assert raw == set(DOC_METHODS)


@pytest.mark.parametrize("name", sorted(DOC_METHODS))
def test_sync_method_signature(name: str, namespace: Any) -> None:
    method = getattr(namespace, name)
    assert inspect.ismethod(method) and not inspect.iscoroutinefunction(method)
    assert_same_signature(method, _doc_function(name, DOC_METHODS[name], iterator=None))


@pytest.mark.parametrize("name", sorted(DOC_ITERATORS))
def test_sync_iterator_signature(name: str, namespace: Any) -> None:
    method = getattr(namespace, name)
    assert not inspect.iscoroutinefunction(method)
    assert_same_signature(method, _doc_function(name, DOC_ITERATORS[name], iterator=collections.abc.Iterator))


@pytest.mark.parametrize("name", sorted(DOC_METHODS))
def test_async_method_signature(name: str, anamespace: Any) -> None:
    method = getattr(anamespace, name)
    assert inspect.iscoroutinefunction(method)
    assert_same_signature(method, _doc_function(name, DOC_METHODS[name], iterator=None, is_async=True))


@pytest.mark.parametrize("name", sorted(DOC_ITERATORS))
def test_async_iterator_signature(name: str, anamespace: Any) -> None:
    method = getattr(anamespace, name)
    assert not inspect.iscoroutinefunction(method)  # a plain call that returns an async iterator
    assert_same_signature(method, _doc_function(name, DOC_ITERATORS[name], iterator=collections.abc.AsyncIterator))


# ---- functional forms --------------------------------------------------------------------------
def test_functional_forms_are_exported() -> None:
    names = set(DOC_METHODS) | set(DOC_ITERATORS)
    assert names <= set(orch.__all__)
    assert names <= set(aio.__all__)


@pytest.mark.parametrize("name", sorted(DOC_METHODS))
def test_sync_functional_signature(name: str) -> None:
    fn = getattr(orch, name)
    assert inspect.isfunction(fn) and not inspect.iscoroutinefunction(fn)
    assert_same_signature(fn, _doc_function(name, DOC_METHODS[name], iterator=None, client="PeaqosClient"))


@pytest.mark.parametrize("name", sorted(DOC_ITERATORS))
def test_sync_functional_iterator_signature(name: str) -> None:
    fn = getattr(orch, name)
    assert_same_signature(fn, _doc_function(name, DOC_ITERATORS[name], iterator=collections.abc.Iterator,
                                            client="PeaqosClient"))


@pytest.mark.parametrize("name", sorted(DOC_METHODS))
def test_async_functional_signature(name: str) -> None:
    fn = getattr(aio, name)
    assert inspect.iscoroutinefunction(fn)
    assert_same_signature(fn, _doc_function(name, DOC_METHODS[name], iterator=None, client="AsyncPeaqosClient",
                                            is_async=True))


@pytest.mark.parametrize("name", sorted(DOC_ITERATORS))
def test_async_functional_iterator_signature(name: str) -> None:
    fn = getattr(aio, name)
    assert not inspect.iscoroutinefunction(fn)
    assert_same_signature(fn, _doc_function(name, DOC_ITERATORS[name], iterator=collections.abc.AsyncIterator,
                                            client="AsyncPeaqosClient"))


def test_functional_forms_reject_the_wrong_client_kind() -> None:
    sync_client = PeaqosClient(orchestration_url="http://127.0.0.1:9")
    async_client = AsyncPeaqosClient(orchestration_url="http://127.0.0.1:9")
    with pytest.raises(OrchestrationConfigError):
        orch.get_machine(async_client, "m")  # type: ignore[arg-type]
    with pytest.raises(OrchestrationConfigError):
        next(orch.list_machines_all(async_client))  # type: ignore[arg-type]
    with pytest.raises(OrchestrationConfigError):
        run(aio.get_machine(sync_client, "m"))  # type: ignore[arg-type]

    async def first() -> Any:
        return await anext(aio.list_machines_all(sync_client))  # type: ignore[arg-type]

    with pytest.raises(OrchestrationConfigError):
        run(first())
    sync_client.close()
    run(async_client.aclose())


def test_signature_check_catches_a_drift() -> None:
    """The comparison itself can fail: a keyword-only limit made positional is caught."""
    def drifted(limit: int | None = None, cursor: str | None = None) -> Any: ...

    with pytest.raises(AssertionError):
        assert_same_signature(drifted, _doc_function("list_machines", DOC_METHODS["list_machines"], iterator=None))


# ---- public types ------------------------------------------------------------------------------
DOC_MODEL_TYPES = [
    "Machine", "CreateMachineRequest", "UpdateMachineRequest",
    "MachineAgent", "EnrollMachineAgentRequest", "MachineAgentHeartbeatRequest", "MachineAgentHeartbeatResponse",
    "CreateMachineIdentityChallengeRequest", "MachineIdentityChallengeResponse", "MachineIdentityProofInput",
    "AgentPairing", "CreateAgentPairingChallengeRequest", "AgentPairingChallengeResponse",
    "CreateAgentPairingRequest", "CreateAgentPairingSessionRequest", "UpdateAgentPairingRequest",
    "AgentPairingProof", "AgentProofInput", "DelegationPolicy",
    "RuntimeEndpoint", "UpsertRuntimeEndpointRequest",
    "ListSkillsOptions", "SkillSummary", "SkillManifest", "UpdateSkillConfigRequest", "SkillConfigResponse",
    "ListMarketServicesOptions", "GetMarketServiceOptions", "MarketService",
    "MarketSearchRequest", "MarketSearch", "NormalizedTask", "MarketQuote",
    "MarketOrder", "CreateMarketOrderRequest", "ExecuteMarketOrderRequest", "ConfirmMarketOrderResponse",
    "DisputeMarketOrderRequest", "DisputeMarketOrderResponse",
    "MarketPayment", "CreatePaymentIntentRequest", "SubmitPaymentProofRequest", "LockEscrowPaymentRequest",
    "ReleasePaymentRequest", "RefundPaymentRequest", "ProviderCredentials",
]
DOC_ENVELOPES = ["ListResponse", "ItemResponse", "ListQuery"]
DOC_ALIASES = ["ExecuteMarketOrderResponse", "MarketPaymentRailType", "SkillScope", "SkillDirection", "SkillSource",
               "ServiceType", "ExecutionMode"]


@pytest.mark.parametrize("name", DOC_MODEL_TYPES + DOC_ENVELOPES + DOC_ALIASES)
def test_type_importable_from_both_modules(name: str) -> None:
    assert name in orch.__all__ and name in types_mod.__all__
    assert getattr(orch, name) is getattr(types_mod, name)


@pytest.mark.parametrize("name", DOC_MODEL_TYPES)
def test_model_is_frozen_slotted_attrs(name: str) -> None:
    cls = getattr(types_mod, name)
    assert inspect.isclass(cls) and attrs.has(cls)
    assert "__slots__" in cls.__dict__
    inst = object.__new__(cls)
    assert not hasattr(inst, "__dict__")
    first = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(inst, first, "changed")


@pytest.mark.parametrize("name", DOC_ENVELOPES)
def test_envelope_is_frozen_slotted_dataclass(name: str) -> None:
    """The doc declares the envelopes as @dataclass(frozen=True, slots=True)."""
    cls = getattr(types_mod, name)
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
    assert "__slots__" in cls.__dict__
    inst = object.__new__(cls)
    assert not hasattr(inst, "__dict__")
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(inst, dataclasses.fields(cls)[0].name, "changed")


def test_envelope_fields() -> None:
    assert [f.name for f in dataclasses.fields(orch.ListResponse)] == ["items", "next_cursor"]
    assert [f.name for f in dataclasses.fields(orch.ItemResponse)] == ["item"]
    q = orch.ListQuery()
    assert (q.limit, q.cursor) == (None, None)
    assert typing.get_origin(orch.ListResponse[orch.Machine]) is orch.ListResponse


def test_execute_response_union_members_are_frozen_attrs() -> None:
    members = typing.get_args(orch.ExecuteMarketOrderResponse)
    assert set(members) == {orch.ExecuteMarketOrderNativeResponse, orch.ExecuteMarketOrderHandoffResponse}
    for cls in members:
        assert attrs.has(cls) and "__slots__" in cls.__dict__
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            object.__new__(cls).order = None  # type: ignore[misc]


# Documented field lists, in documented order. A documented class may carry extra optional
# fields after the documented ones only if they are listed here (then ``extra`` last).
DOC_FIELDS: dict[str, list[tuple[str, str, bool]]] = {  # (name, annotation, documented default None)
    "Machine": [
        ("id", "str", False), ("display_name", "str", False),
        ("status", 'Literal["draft", "active", "degraded", "blocked", "archived"]', False),
        ("owner_id", "str", False), ("machine_type", "str", False), ("runtime_profile", "str", False),
        ("capabilities", "tuple[str, ...]", False), ("labels", "Mapping[str, str]", False),
        ("policy_ids", "tuple[str, ...]", False), ("skill_keys", "tuple[str, ...]", False),
        ("created_at", "str", False), ("updated_at", "str", False), ("identity_ref", "str | None", True),
    ],
    "MarketSearch": [
        ("id", "str", False), ("machine_id", "str", False), ("request_payload", "Mapping[str, Any]", False),
        ("normalized_task", "NormalizedTask", False), ("status", 'Literal["completed", "no_match"]', False),
        ("quotes", "tuple[MarketQuote, ...]", False), ("created_at", "str", False),
        ("agent_pairing_id", "str | None", True),
    ],
    "MachineIdentityProofInput": [("challenge_id", "str", False), ("signature", "str", False)],
    "AgentPairingChallengeResponse": [
        ("challenge_id", "str", False), ("agent_address", "str", False), ("message", "str", False),
        ("expires_at", "str", False), ("verification_method", 'Literal["eip191"]', False),
        # narrowed from the page's ``str | None = None``: the server always sends them (the newer reference SDK
        # requires each non-empty), so the type says so
        ("machine_id", "str", False), ("machine_identity_ref", "str", False), ("agent_did", "str", False),
    ],
    "AgentProofInput": [("challenge_id", "str", False), ("signature", "str", False)],
    "ProviderCredentials": [("providers", "Mapping[str, Mapping[str, str]] | None", True)],
}
# Fields the implementation adds beyond the doc (all optional, all after the documented ones):
# Machine.identity_proof (api-facts §2.3 lists identityProof on Machine) and the challenge's echo
# of agent_provider / agent_role (api-facts §2.5).
ALLOWED_EXTRA_FIELDS: dict[str, list[str]] = {
    "Machine": ["identity_proof"],
    "AgentPairingChallengeResponse": ["agent_provider", "agent_role"],
}
REQUIRED_EXTRA_FIELDS = {("AgentPairingChallengeResponse", "agent_provider"), ("AgentPairingChallengeResponse", "agent_role")}
"""Response fields beyond the page that the server always sends (so they are required, not optional)."""


@pytest.mark.parametrize("name", sorted(DOC_FIELDS))
def test_documented_fields_in_documented_order(name: str) -> None:
    cls = getattr(types_mod, name)
    fields = attrs.fields(cls)
    documented = DOC_FIELDS[name]
    expected_names = [n for n, _, _ in documented] + ALLOWED_EXTRA_FIELDS.get(name, []) + ["extra"]
    assert [f.name for f in fields] == expected_names
    assert fields[-1].metadata.get("extra") is True and fields[-1].kw_only and not fields[-1].repr
    for f in fields[len(documented):-1]:  # undocumented additions must be optional (unless always sent)
        if (name, f.name) in REQUIRED_EXTRA_FIELDS:
            assert f.default is attrs.NOTHING, f.name
            continue
        assert f.default is None and f.kw_only, f.name
    for f, (fname, _, default_none) in zip(fields[:len(documented)], documented, strict=True):
        if default_none:
            assert f.default is None, fname


KNOWN_TYPE_DRIFT: dict[str, str] = {}  # name -> reason, for a documented type the SDK does not match yet


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=KNOWN_TYPE_DRIFT[n])) if n in KNOWN_TYPE_DRIFT else n
    for n in sorted(DOC_FIELDS)])
def test_documented_field_types(name: str) -> None:
    cls = getattr(types_mod, name)
    ns = {n: getattr(orch, n) for n in orch.__all__}
    ns.update({"Literal": typing.Literal, "Mapping": collections.abc.Mapping, "Any": Any})
    hints = typing.get_type_hints(cls)
    for fname, annotation, _ in DOC_FIELDS[name]:
        expected = eval(annotation, ns)  # noqa: S307 - the doc's own annotation text
        assert hints[fname] == expected, f"{name}.{fname}: {hints[fname]} != {annotation}"


def test_agent_pairing_proof_is_the_agent_proof_input() -> None:
    assert orch.AgentPairingProof is orch.AgentProofInput
    assert orch.CreateAgentPairingRequest.__attrs_attrs__.agent_proof.type is orch.AgentProofInput


def test_delegation_policy_has_service_allow_and_deny_lists() -> None:
    names = [f.name for f in attrs.fields(DelegationPolicy)]
    for n in ("allowed_skill_keys", "denied_skill_keys", "allowed_service_ids", "denied_service_ids"):
        assert n in names


def test_create_agent_pairing_request_requires_proof_and_accepts_did() -> None:
    f = attrs.fields_dict(orch.CreateAgentPairingRequest)
    assert f["agent_proof"].default is attrs.NOTHING
    assert f["agent_did"].default is None


# ---- literals and enums named in the doc -------------------------------------------------------
def test_rail_type_includes_wdk_usdt_transfer() -> None:
    members = set(typing.get_args(orch.MarketPaymentRailType))
    assert {"wdk-usdt-transfer", "x402", "mpp", "wallet", "vault-stripe", "escrow", "onchain-escrow",
            "offchain-record", "external", "not-required"} <= members


def test_skill_and_service_enums_match_the_doc() -> None:
    assert set(typing.get_args(orch.SkillScope)) == {"core-product", "bootstrap-reference", "ecosystem"}
    assert set(typing.get_args(orch.SkillDirection)) == {"machine-offers", "machine-consumes"}
    assert set(typing.get_args(orch.SkillSource)) == {"peaq", "partner", "clawhub", "external-marketplace"}
    assert set(typing.get_args(orch.ExecutionMode)) == {"native", "external-handoff"}
    assert set(typing.get_args(typing.get_type_hints(orch.SubmitPaymentProofRequest)["verification_mode"])) == \
        {"recorded", "rpc"}


DOC_ERROR_CODES = {
    "AUTH_REQUIRED", "AUTH_INVALID", "AGENT_AUTH_REQUIRED", "AGENT_AUTH_INVALID", "AGENT_AUTH_EXPIRED",
    "VALIDATION_ERROR", "NOT_FOUND", "MACHINE_NOT_ACTIVE", "MACHINE_NOT_ACTIVATED", "MACHINE_IDENTITY_EXISTS",
    "MACHINE_IDENTITY_IMMUTABLE", "MACHINE_IDENTITY_PROOF_REQUIRED", "MACHINE_IDENTITY_PROOF_INVALID",
    "MACHINE_IDENTITY_PROOF_EXPIRED", "PEAQOS_IDENTITY_UNAVAILABLE", "AGENT_PAIRING_PROOF_REQUIRED",
    "AGENT_PAIRING_PROOF_INVALID", "AGENT_PAIRING_PROOF_EXPIRED", "AGENT_PAIRING_UNAVAILABLE",
    "AGENT_PAIRING_REQUIRED", "AGENT_PAIRING_INACTIVE", "AGENT_POLICY_DENIED", "AGENT_SPEND_LIMIT_EXCEEDED",
    "AGENT_DAILY_LIMIT_EXCEEDED", "QUOTE_EXPIRED", "ORDER_CLOSED", "ORDER_NOT_DELIVERED", "PAYMENT_REQUIRED",
    "PAYMENT_RPC_REQUIRED", "PAYMENT_RPC_ERROR", "PAYMENT_TX_FAILED", "EXECUTION_UNSUPPORTED", "ENDPOINT_UNREACHABLE",
}


def test_common_error_code_literal_covers_the_doc_and_every_spec_code() -> None:
    assert typing.get_origin(orch.CommonErrorCode) is typing.Literal
    args = typing.get_args(orch.CommonErrorCode)
    assert len(args) == len(set(args))
    assert DOC_ERROR_CODES <= set(args), sorted(DOC_ERROR_CODES - set(args))
    spec_codes = set(json.loads(files("peaq_os_sdk._generated").joinpath("openapi.json").read_text())["info"]["x-error-statuses"])
    assert set(args) == spec_codes, sorted(set(args) ^ spec_codes)
    assert {"PAYMENT_NOT_MINED", "PAYMENT_TRANSFER_NOT_FOUND"} <= set(args)
    assert orch.BAD_RESPONSE == "BAD_RESPONSE" and orch.INVALID_RESPONSE_SHAPE == "INVALID_RESPONSE_SHAPE"


# ---- constants ---------------------------------------------------------------------------------
def test_transport_and_list_constants() -> None:
    assert orch.DEFAULT_READ_TIMEOUT_MS == 30_000
    assert orch.DEFAULT_WRITE_TIMEOUT_MS == 60_000
    assert orch.API_BASE_PATH == "/api/v1"
    assert orch.HEADER_API_KEY == "x-api-key"
    assert orch.HEADER_AGENT_PAIRING_TOKEN == "x-agent-pairing-token"
    assert orch.LIST_QUERY_DEFAULT_LIMIT == 100
    assert orch.LIST_QUERY_MAX_LIMIT == 500


@pytest.mark.parametrize("limit", [None, 1, 250, 500])
def test_validate_list_limit_accepts(limit: Any) -> None:
    assert orch.validate_list_limit(limit) is None
    assert orch.ListQuery(limit=limit).limit == limit


@pytest.mark.parametrize("limit", [0, -1, 501, 10_000, True, "5", 2.0])
def test_validate_list_limit_rejects(limit: Any) -> None:
    with pytest.raises(OrchestrationValidationError) as ei:
        orch.validate_list_limit(limit)
    assert ei.value.field == "limit"
    with pytest.raises(OrchestrationValidationError):
        orch.ListQuery(limit=limit)


# ---- errors ------------------------------------------------------------------------------------
def test_error_class_tree() -> None:
    assert issubclass(OrchestrationError, PeaqosError)
    for cls in (OrchestrationApiError, OrchestrationNetworkError, OrchestrationConfigError,
                OrchestrationValidationError):
        assert issubclass(cls, OrchestrationError) and issubclass(cls, PeaqosError)
    assert not issubclass(OrchestrationValidationError, OrchestrationApiError)
    assert not issubclass(OrchestrationNetworkError, OrchestrationApiError)


def test_api_error_attributes() -> None:
    e = OrchestrationApiError("NOT_FOUND", "machine not found", status_code=404, details={"machine_id": "m"})
    assert (e.code, e.status_code, e.details) == ("NOT_FOUND", 404, {"machine_id": "m"})
    assert "machine not found" in str(e)
    assert OrchestrationApiError("X", "y").status_code == 0


def test_validation_error_attributes() -> None:
    e = OrchestrationValidationError("params.display_name", "min_length=1")
    assert (e.field, e.constraint) == ("params.display_name", "min_length=1")
    assert e.status_code == 0 and e.code == "VALIDATION_ERROR"


# ---- configuration -----------------------------------------------------------------------------
@pytest.mark.parametrize("cls", [PeaqosClient, AsyncPeaqosClient])
def test_orchestration_without_url_raises_config_error(cls: Any) -> None:
    c = cls()
    with pytest.raises(OrchestrationConfigError):
        c.orchestration  # noqa: B018
    with pytest.raises(OrchestrationConfigError):
        cls.from_env(env={}).orchestration  # noqa: B018
    ok = cls.from_env(env={"PEAQOS_ORCHESTRATION_URL": "http://127.0.0.1:9"})
    assert isinstance(ok.orchestration, orch.Orchestration if cls is PeaqosClient else AsyncOrchestration)
    run(ok.aclose()) if cls is AsyncPeaqosClient else ok.close()


def test_functional_form_without_url_raises_config_error() -> None:
    with pytest.raises(OrchestrationConfigError):
        orch.list_machines(PeaqosClient())


@pytest.mark.parametrize("url", ["ftp://host", "not a url", "http://", "", "https://user:pw@host"])
def test_invalid_orchestration_url_raises_config_error(url: str) -> None:
    with pytest.raises(OrchestrationConfigError):
        PeaqosClient(orchestration_url=url).orchestration  # noqa: B018


# ---- secret-safe reprs -------------------------------------------------------------------------
TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJwYWlyaW5nSWQiOiJwIn0.SECRETSIGNATUREvalue"


def _pairing(**kw: Any) -> AgentPairing:
    return AgentPairing(id="pair_1", machine_id="mach_1", status="active", agent_address="0x" + "1" * 40,
                        agent_provider="anthropic", agent_role="buyer", delegation_policy=DelegationPolicy(),
                        has_auth_token=True, created_at="t0", updated_at="t1", **kw)


def test_agent_pairing_repr_never_shows_the_token() -> None:
    p = _pairing(pairing_token=TOKEN)
    for text in (repr(p), str(p), repr(orch.ItemResponse(item=p)), repr(orch.ListResponse(items=(p,), next_cursor=None))):
        assert TOKEN not in text and "SECRETSIGNATURE" not in text
        assert "pairing_token" in text  # the field is shown as present, with a redacted value
    assert p.pairing_token == TOKEN  # still readable by the caller
    assert "pairing_token=None" in repr(_pairing())


def test_other_secret_fields_are_redacted_in_repr() -> None:
    agent = orch.MachineAgent(id="a", machine_id="m", label="l", status="provisioned", created_at="t",
                              updated_at="t", provisioning_token="mat_SECRET_PROVISIONING")
    hb = orch.MachineAgentHeartbeatRequest(machine_id="m", agent_id="a", agent_token="AGENT_TOKEN_SECRET",
                                           endpoints=[orch.MachineAgentHeartbeatEndpoint(
                                               provider_key="qvac", endpoint_base_url="http://h",
                                               auth_token="EP_TOKEN_SECRET")])
    cfg = orch.UpdateSkillConfigRequest(credentials={"api_key": "CRED_SECRET"})
    creds = orch.ProviderCredentials(providers={"walrus": {"publisherToken": "PROVIDER_SECRET"}})
    text = repr(agent) + repr(hb) + repr(cfg) + repr(creds)
    for secret in ("mat_SECRET_PROVISIONING", "AGENT_TOKEN_SECRET", "EP_TOKEN_SECRET", "CRED_SECRET",
                   "PROVIDER_SECRET"):
        assert secret not in text


def test_client_repr_hides_the_api_key() -> None:
    c = PeaqosClient(orchestration_url="http://127.0.0.1:9", api_key="PLATFORM_KEY_SECRET")
    assert "PLATFORM_KEY_SECRET" not in repr(c)
    assert "PLATFORM_KEY_SECRET" not in repr(c.orchestration)
    assert c.api_key == "PLATFORM_KEY_SECRET"
    c.close()
