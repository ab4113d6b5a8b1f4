"""Mistakes a new user makes are reported at the line that made them, in the caller's own words."""

from __future__ import annotations

import functools

import pytest

from peaq_os_sdk.orchestration import DelegationPolicy, OrchestrationValidationError, flows
from tests.conftest import run
from tests.world import AGENT_KEY, CONTROLLER_KEY
from tests import _oneshot as oneshot

BAD_KEYS = ["0x1234", "not-a-key", "0x" + "00" * 32, "0x" + "ff" * 32, 42]


@pytest.mark.parametrize("bad", BAD_KEYS, ids=repr)
def test_flows_report_a_bad_key_under_the_argument_name_before_any_request(world, mock, make_aclient, bad):
    c = world.client
    m = world.active_machine()
    pairing = flows.pair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="openai", agent_role="buyer")
    seen = len(mock.requests)
    calls = {
        "controller_key": lambda: flows.register_machine(
            c, identity_ref=world.identity(), controller_key=bad, display_name="r", owner_id="o",
            machine_type="robot", runtime_profile="linux",
        ),
        "agent_key": lambda: flows.pair_agent(c, m.id, agent_key=bad, agent_provider="openai", agent_role="buyer"),
        "agent_key (rotate)": lambda: flows.rotate_session(c, pairing, agent_key=bad),
        "agent_key (policy)": lambda: flows.update_delegation_policy(
            c, pairing, DelegationPolicy(per_transaction_limit=1.0), agent_key=bad
        ),
    }
    for label, call in calls.items():
        with pytest.raises(OrchestrationValidationError) as info:
            call()
        assert info.value.field == label.split()[0], label
        assert "private_key" not in str(info.value)
    assert len(mock.requests) == seen, "a bad key must be refused before anything is sent"

    async def go() -> None:
        async with make_aclient() as ac:
            with pytest.raises(OrchestrationValidationError) as info:
                await flows.apair_agent(ac, m.id, agent_key=bad, agent_provider="openai", agent_role="buyer")
            assert info.value.field == "agent_key"
            with pytest.raises(OrchestrationValidationError) as info:
                await flows.aregister_machine(
                    ac, identity_ref="did:peaq:1", controller_key=bad, display_name="r", owner_id="o",
                    machine_type="robot", runtime_profile="linux",
                )
            assert info.value.field == "controller_key"

    run(go())
    assert len(mock.requests) == seen


def test_a_good_controller_key_still_registers(world):
    m = flows.register_machine(world.client, identity_ref=world.identity(), controller_key=CONTROLLER_KEY,
                               display_name="r", owner_id="o", machine_type="robot", runtime_profile="linux")
    assert m.status == "active"


def test_the_mock_without_its_extra_names_the_extra_to_install(tmp_path):
    """An interpreter with only the package (no site-packages): importing the simulator says what to install."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import peaq_os_sdk

    if "mutmut" in sys.modules:
        pytest.skip("under mutmut the package is its trampolined copy, which imports mutmut (not on a bare path)")
    shutil.copytree(Path(peaq_os_sdk.__file__).parent, tmp_path / "peaq_os_sdk", symlinks=False)
    proc = subprocess.run(
        [sys.executable, "-S", "-c", f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import peaq_os_sdk.mock"],
        capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 1
    assert "pip install 'peaq-os-sdk[mock]'" in proc.stderr and "ModuleNotFoundError" in proc.stderr, proc.stderr


def test_an_orchestration_url_ending_in_the_api_base_path_is_fixed_with_a_warning(mock):
    from peaq_os_sdk import PeaqosClient

    for given in (mock.url + "/api/v1", mock.url + "/api/v1/"):
        with pytest.warns(UserWarning, match=r"ends with /api/v1, which the SDK adds") as caught:
            client = PeaqosClient(orchestration_url=given)
            page = client.orchestration.list_machines()
        assert [w.filename for w in caught.list] == [__file__]  # it points at the caller's line
        assert str(caught.list[0].message) == (
            f"orchestration_url ends with /api/v1, which the SDK adds to every path itself; using {mock.url} as the base URL"
        )
        assert page.items == ()
        assert mock.requests[-1]["path"] == "/api/v1/machines"  # not /api/v1/api/v1/machines
        client.close()


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("http://127.0.0.1:9", "http://127.0.0.1:9"),
        ("http://127.0.0.1:9/some/prefix", "http://127.0.0.1:9"),
        ("http://[::1]:9", "http://[::1]:9"),
    ],
)
def test_a_network_error_names_scheme_host_and_port(url, named):
    from peaq_os_sdk import PeaqosClient
    from peaq_os_sdk.orchestration import OrchestrationNetworkError

    client = PeaqosClient(orchestration_url=url, max_retries=0)
    with pytest.raises(OrchestrationNetworkError) as info:
        client.orchestration.list_machines()
    message = str(info.value)
    assert f" to {named} " in message, message
    assert "prefix" not in message.split(" to ", 1)[1]  # the base path is never shown
    client.close()


# ---- request rules across fields: refused before sending, the field named as the caller typed it --------------
def test_cross_field_and_currency_mistakes_are_named_before_any_request(world, mock):
    from peaq_os_sdk.orchestration import (
        CreateMarketOrderRequest,
        MarketSearchBudget,
        MarketSearchRequest,
        OrderBudget,
        SubmitPaymentProofRequest,
        UpdateAgentPairingRequest,
    )

    c = world.client
    o = c.orchestration
    m = world.active_machine()
    pairing = flows.pair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="openai", agent_role="buyer")
    tok = pairing.pairing_token
    swapped = DelegationPolicy(per_transaction_limit=5.0, daily_spend_limit=1.0)
    lower = DelegationPolicy(per_transaction_limit=1.0, currency="usd")
    proof = dict(verification_mode="recorded", chain="peaq", token="USDT", payer_address="0x1", payee_address="0x2")
    seen = len(mock.requests)
    cases = [
        (lambda: flows.pair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="a", agent_role="b",
                                  delegation_policy=swapped),
         "delegation_policy.per_transaction_limit", "at most delegation_policy.daily_spend_limit"),
        (lambda: flows.pair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="a", agent_role="b",
                                  delegation_policy=lower),
         "delegation_policy.currency", "an upper-case currency code such as USD"),
        (lambda: flows.update_delegation_policy(c, pairing, swapped, agent_key=AGENT_KEY),
         "policy.per_transaction_limit", "at most policy.daily_spend_limit"),
        (lambda: o.update_agent_pairing(m.id, pairing.id, UpdateAgentPairingRequest(delegation_policy=swapped)),
         "params.delegation_policy.per_transaction_limit", "swapped"),
        (lambda: o.search_market(MarketSearchRequest(service_type="defi", budget=MarketSearchBudget(
            max=1.0, preferred=2.0)), tok), "params.budget.preferred", "at most params.budget.max"),
        (lambda: o.search_market(MarketSearchRequest(service_type="defi", budget=MarketSearchBudget(
            currency="dollars")), tok), "params.budget.currency", "upper-case currency code"),
        (lambda: o.search_market(MarketSearchRequest(service_type=None), tok),  # type: ignore[arg-type]
         "params.service_type", "required"),
        (lambda: o.create_market_order(CreateMarketOrderRequest(
            machine_id=m.id, agent_pairing_id=pairing.id, service_id="svc-price-pro",
            budget=OrderBudget(amount=3.0, max=2.0)), tok), "params.budget.amount", "at most params.budget.max"),
        (lambda: o.submit_payment_proof("ord_1", SubmitPaymentProofRequest(**proof, amount="1.5"), tok),
         "params.transaction_hash", "exactly one of params.transaction_hash, params.transaction_signature"),
        (lambda: o.submit_payment_proof("ord_1", SubmitPaymentProofRequest(
            **proof, amount="1.5", transaction_hash="0x" + "ab" * 32, token_decimals=6, raw_amount="150000"), tok),
         "params.raw_amount", "= params.amount x 10^params.token_decimals"),
        (lambda: flows.register_machine(c, identity_ref=world.identity(), controller_key=CONTROLLER_KEY,
                                        display_name="r", owner_id="", machine_type="robot", runtime_profile="x"),
         "owner_id", "min_length=1"),
        (lambda: flows.pair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="", agent_role="b"),
         "agent_provider", "min_length=1"),
        (lambda: flows.rotate_session(c, "pair_1", agent_key=AGENT_KEY),  # type: ignore[arg-type]
         "pairing", "type=AgentPairing"),
    ]
    for call, field, says in cases:
        with pytest.raises(OrchestrationValidationError) as info:
            call()
        assert info.value.field == field and says in str(info.value), (field, str(info.value))
    assert len(mock.requests) == seen, "a request left the client although its arguments were refused"
    # the rules hold at equality and with one side unset
    DelegationPolicy(per_transaction_limit=1.0, daily_spend_limit=1.0)
    o.search_market(MarketSearchRequest(service_type="defi", budget=MarketSearchBudget(max=1.0, preferred=1.0,
                                                                                       currency="USD")), tok)


def test_a_search_without_a_service_type_fails_at_its_line():
    from peaq_os_sdk.orchestration import MarketSearchRequest

    with pytest.raises(TypeError, match="service_type"):
        MarketSearchRequest(machine_id="mach_1")  # type: ignore[call-arg]


# ---- the simulator's own surface --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("path", "body", "says"),
    [
        ("/clock", {"seconds": 10}, "unknown field 'seconds' (accepted: advanceSeconds)"),
        ("/clock", {"advanceSeconds": "10"}, "advanceSeconds must be an integer or a number"),
        ("/clock", {"advanceSeconds": True}, "advanceSeconds must be"),
        ("/clock", [10], "the body must be a JSON object"),
        ("/identities", {"tokenId": "5", "controllerAddresses": ["0x" + "11" * 20], "bonded": "yes"},
         "bonded must be a boolean"),
        ("/identities", {"tokenId": "5", "controllers": ["0x" + "11" * 20]}, "unknown field 'controllers'"),
        ("/faults", {"mcrDown": True}, "unknown field 'mcrDown'"),
        ("/faults", {"mcrUnavailable": 1}, "mcrUnavailable must be a boolean"),
        ("/transactions", {"transactionHash": "0x1", "amount": "1"}, "unknown field 'amount'"),
        ("/reset", {"all": True}, "unknown field 'all'"),
    ],
)
def test_simulator_admin_routes_refuse_unknown_fields_and_wrong_types(mock, path, body, says):
    import httpx

    before = (mock.store.clock_offset, dict(mock.store.faults), len(mock.store.identities))
    r = oneshot.post(mock.url + "/_mock" + path, json=body)
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["code"] == "VALIDATION_ERROR" and says in error["message"], error
    assert (mock.store.clock_offset, dict(mock.store.faults), len(mock.store.identities)) == before  # no effect


def test_simulator_admin_routes_still_take_their_documented_bodies(mock):
    import httpx

    r = oneshot.post(mock.url + "/_mock/clock", json={"advanceSeconds": 10})
    assert r.status_code == 200 and mock.store.clock_offset.total_seconds() == 10
    r = oneshot.patch(mock.url + "/_mock/identities/9", json={"bonded": False})
    assert r.status_code == 404  # validated, then looked up


def test_simulator_helpers_return_typed_snake_case_objects(mock):
    from peaq_os_sdk.mock import SimulatorIdentity
    from peaq_os_sdk.orchestration.signing import address_of

    ident = mock.register_identity(12, [address_of(CONTROLLER_KEY).lower()], bonded=False)
    assert isinstance(ident, SimulatorIdentity)
    assert ident.identity_ref == "did:peaq:12" and ident.token_id == "12" and ident.bonded is False
    assert ident.controller_addresses == (address_of(CONTROLLER_KEY),)  # checksummed
    assert ident.machine_address is None and ident.activated is True


# ---- every argument of every method and flow: a wrong value is reported under the name the caller typed --------
def _flow_calls(world, pairing, order):
    from peaq_os_sdk.orchestration import MarketOrder  # noqa: F401

    good = {
        "register_machine": dict(identity_ref="did:peaq:1", controller_key=CONTROLLER_KEY, display_name="r",
                                 owner_id="o", machine_type="robot", runtime_profile="linux"),
        "pair_agent": dict(machine_id="mach_1", agent_key=AGENT_KEY, agent_provider="a", agent_role="b"),
        "rotate_session": dict(pairing=pairing, agent_key=AGENT_KEY),
        "update_delegation_policy": dict(pairing=pairing, policy=DelegationPolicy(), agent_key=AGENT_KEY),
        "pay_order": dict(order=order, pairing_token="tok", agent_key=AGENT_KEY, transfer=lambda i: "0x1"),
    }
    return good


def test_every_flow_argument_is_named_as_typed(world, mock):
    import inspect

    from peaq_os_sdk.orchestration import CreateMarketOrderRequest

    c = world.client
    m = world.active_machine()
    pairing = flows.pair_agent(c, m.id, agent_key=AGENT_KEY, agent_provider="openai", agent_role="buyer")
    order = c.orchestration.create_market_order(CreateMarketOrderRequest(
        machine_id=m.id, agent_pairing_id=pairing.id, service_id="svc-price-pro"), pairing.pairing_token).item
    seen = len(mock.requests)
    checked = 0
    for name, kwargs in _flow_calls(world, pairing, order).items():
        flow = getattr(flows, name)
        params = [p for p in inspect.signature(flow).parameters if p != "client"]
        assert set(kwargs) <= set(params), name
        for param in params:
            call = {**kwargs, param: 12345}
            with pytest.raises(OrchestrationValidationError) as info:
                flow(c, **call)
            assert info.value.field.split(".")[0].split("[")[0] == param, (name, param, str(info.value))
            checked += 1
    assert checked >= 25 and len(mock.requests) == seen


def _method_cases(ns):
    """(method name, parameter, call) for every parameter of every public method: that parameter wrong, the rest set."""
    import inspect

    from tests._opargs import OPERATIONS

    for op in OPERATIONS:
        method = getattr(ns, op.sdk_name)
        sig = inspect.signature(method)
        required = {n: "x" for n, p in sig.parameters.items() if p.default is inspect.Parameter.empty}
        for param in sig.parameters:
            yield op.sdk_name, param, functools.partial(method, **{**required, param: 12345})


def _named(name, param, error):
    assert isinstance(error, OrchestrationValidationError), (name, param, error)
    assert error.field.split(".")[0].split("[")[0] == param, (name, param, str(error))


def test_every_method_argument_is_named_as_typed():
    """Every public method (spec-generated) of both namespaces, each parameter given a wrong type in turn."""
    from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient

    checked = 0
    with PeaqosClient(orchestration_url="http://127.0.0.1:9", max_retries=0) as client:  # never reached
        for name, param, call in _method_cases(client.orchestration):
            with pytest.raises(OrchestrationValidationError) as info:
                call()
            _named(name, param, info.value)
            checked += 1
    assert checked >= 60

    async def main():
        async with AsyncPeaqosClient(orchestration_url="http://127.0.0.1:9", max_retries=0) as ac:
            for name, param, call in _method_cases(ac.orchestration):
                with pytest.raises(OrchestrationValidationError) as info:
                    await call()
                _named(name, param, info.value)

    run(main())


def test_every_money_field_says_its_units_and_why_number_or_text():
    """Amounts, limits and budgets: each description gives the unit and whether it is a JSON number or text."""
    import re

    from tests import _spec as S

    money = re.compile(r"^(amount|max|preferred|rawAmount|perTransactionLimit|dailySpendLimit)$")
    seen = []
    for name, schema in S.schemas().items():
        for prop, node in (schema.get("properties") or {}).items():
            if money.match(prop):
                text = node.get("description", "")
                seen.append(f"{name}.{prop}")
                assert "unit" in text, f"{name}.{prop}: say the unit (whole currency units or base units)"
                if "string" in str(node.get("type")):  # text on the wire: say so, and why not a number
                    assert "string" in text and ("because" in text or "not a JSON number" in text), name + prop
                else:
                    assert "JSON number" in text, f"{name}.{prop}: say it is a JSON number"
    assert "SubmitPaymentProofRequest.amount" in seen and "DelegationPolicy.perTransactionLimit" in seen
    assert len(seen) >= 14
    # the rail a wallet payment ends on is explained where it happens
    from peaq_os_sdk.orchestration import submit_payment_proof

    assert "wallet to wdk-usdt-transfer" in " ".join((submit_payment_proof.__doc__ or "").split())


def test_request_types_with_same_typed_required_fields_are_keyword_only_in_documented_order():
    """payer/payee (and every other pair of same-typed required fields) cannot be swapped by position."""
    import collections

    import attrs

    from peaq_os_sdk._generated import models
    from peaq_os_sdk.orchestration import SubmitPaymentProofRequest
    from tests import _spec as S

    with pytest.raises(TypeError, match="positional"):
        SubmitPaymentProofRequest("recorded", "peaq", "USDT", "0xpayer", "0xpayee", "1.5")  # type: ignore[misc]
    checked = []
    for name, schema in S.schemas().items():
        cls = getattr(models, name, None)
        if cls is None or not attrs.has(cls) or "properties" not in schema or cls in models.WRAPPED:
            continue
        fields = [f for f in attrs.fields(cls) if not f.metadata.get("extra")]
        # documented order: the spec's property order is the class's field order
        assert [f.metadata["wire"] for f in fields] == [w for w in schema["properties"]], name
        required = [f for f in fields if f.default is attrs.NOTHING]
        types = collections.Counter(str(f.type) for f in required)
        request = any(f.metadata.get("rules") or f.metadata.get("required") for f in fields)
        if request and any(n > 1 for n in types.values()):
            assert all(f.kw_only for f in fields), f"{name}: same-typed required fields must be keyword-only"
            checked.append(name)
    assert "SubmitPaymentProofRequest" in checked and "CreateMarketOrderRequest" in checked
