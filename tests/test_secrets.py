"""No secret ever becomes observable: reprs, results, exceptions, tracebacks, logs, stderr.

Distinctive canary secrets are planted everywhere the SDK handles one (platform API key, pairing
tokens from real pairings, the provisioning token from enrollment, runtime-endpoint and heartbeat
``auth_token``, skill credentials, provider credentials, the x402 payment signature, the private
keys used for signing, an RPC URL carrying a key) and every method is driven through success and
failure paths with ``verbose=True`` and logging captured at DEBUG. Everything observable is
scanned; a leak is the whole secret or any 16-character window of it, case-insensitively.

Assertions compare booleans, counts and secret *names*; no assertion message ever contains a
secret value, so pytest's own failure rendering cannot leak one either.
"""

from __future__ import annotations

import io
import json
import logging
import traceback
from collections.abc import Iterable
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peaq_os_sdk import PeaqosClient
from peaq_os_sdk._model_support import REDACTED
from peaq_os_sdk.exceptions.base import PeaqosError
from peaq_os_sdk.orchestration import (
    CreateAgentPairingChallengeRequest,
    CreateAgentPairingSessionRequest,
    CreateMarketOrderRequest,
    CreatePaymentIntentRequest,
    DisputeMarketOrderRequest,
    CancelMarketOrderRequest,
    RetryMarketOrderRequest,
    ExecuteMarketOrderRequest,
    ExecutePaymentInput,
    LockEscrowPaymentRequest,
    MachineAgentHeartbeatEndpoint,
    MachineAgentHeartbeatRequest,
    MarketSearchRequest,
    OrchestrationApiError,
    OrchestrationConfigError,
    OrchestrationError,
    OrchestrationValidationError,
    ProviderCredentials,
    RefundPaymentRequest,
    ReleasePaymentRequest,
    SubmitPaymentProofRequest,
    UpdateAgentPairingRequest,
    UpdateMachineRequest,
    UpdateSkillConfigRequest,
    UpsertRuntimeEndpointRequest,
)
from peaq_os_sdk._rules import SENSITIVE_NAME_PARTS
from peaq_os_sdk.orchestration._redact import redact_headers, sanitize_body, scrub
from peaq_os_sdk.orchestration.signing import address_of, sign_pairing_challenge
from tests import _report
from tests._opargs import OPERATIONS, Secrets, acall, call, call_args, mock_aclient, mock_client
from tests.conftest import run
from tests.world import World

STATS = _report.section("secrets", {"observations": 0, "leaks": 0, "scenarios": 0})
WINDOW = 16


class Scanner:
    """Counts observations and records leaks as ``(label, secret name)`` pairs (never values)."""

    def __init__(self, secrets: Secrets) -> None:
        self.secrets = secrets
        self.leaks: list[tuple[str, str]] = []
        self.observations = 0
        self._windows: dict[str, str] = {}
        self._known: set[str] = set()
        self._refresh()

    def _refresh(self) -> None:
        for name, value in self.secrets.named().items():
            if value in self._known:
                continue
            self._known.add(value)
            low = value.lower()
            if len(low) <= WINDOW:
                self._windows.setdefault(low, name)
            for i in range(len(low) - WINDOW + 1):
                self._windows.setdefault(low[i : i + WINDOW], name)

    def add(self, name: str, value: str) -> None:
        """A secret minted during the run (pairing token, provisioning token)."""
        self.secrets.extra[name] = value
        self._refresh()

    def text(self, label: str, text: str) -> None:
        self.observations += 1
        STATS["observations"] += 1
        low = text.lower()
        hit = next(
            (
                self._windows[low[i : i + WINDOW]]
                for i in range(len(low) - WINDOW + 1)
                if low[i : i + WINDOW] in self._windows
            ),
            None,
        )
        if hit is None and len(low) < WINDOW:
            hit = self._windows.get(low)
        if hit is not None:
            self.leaks.append((label, hit))
            STATS["leaks"] += 1

    def obj(self, label: str, value: Any) -> Any:
        """repr and str of a value (a result, a request model, a client...)."""
        self.text(f"{label}:repr", repr(value))
        self.text(f"{label}:str", str(value))
        return value

    def exc(self, label: str, error: BaseException) -> None:
        """str, repr, args, details and message of the exception and its whole cause/context chain, plus
        the rendered traceback."""
        seen: set[int] = set()
        stack: list[BaseException | None] = [error]
        depth = 0
        while stack:
            e = stack.pop()
            if e is None or id(e) in seen:
                continue
            seen.add(id(e))
            tag = f"{label}:chain{depth}:{type(e).__name__}"
            depth += 1
            self.text(f"{tag}:str", str(e))
            self.text(f"{tag}:repr", repr(e))
            self.text(f"{tag}:args", repr(e.args))
            for attr in ("details", "message", "code", "field", "constraint"):
                if hasattr(e, attr):
                    self.text(f"{tag}:{attr}", repr(getattr(e, attr)))
            stack.extend([e.__cause__, e.__context__])
        self.text(f"{label}:traceback", "".join(traceback.format_exception(type(error), error, error.__traceback__)))

    def logs(self, label: str, records: Iterable[logging.LogRecord]) -> None:
        fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s")
        for i, r in enumerate(records):
            self.text(f"{label}:log{i}:message", r.getMessage())
            self.text(f"{label}:log{i}:formatted", fmt.format(r))
            self.text(f"{label}:log{i}:args", repr(r.args))

    def expect_error(self, label: str, fn: Any, *args: Any, **kwargs: Any) -> BaseException:
        try:
            result = fn(*args, **kwargs)
        except PeaqosError as e:
            self.exc(label, e)
            return e
        self.obj(f"{label}:unexpected-result", result)
        raise AssertionError(f"{label}: expected an error")


@pytest.fixture
def secrets() -> Secrets:
    return Secrets()


@pytest.fixture
def scanner(secrets: Secrets, caplog: pytest.LogCaptureFixture) -> Scanner:
    caplog.set_level(logging.DEBUG)
    STATS["scenarios"] += 1
    return Scanner(secrets)


def _finish(scanner: Scanner, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str], label: str) -> None:
    scanner.logs(label, caplog.records)
    scanner.text(f"{label}:caplog.text", caplog.text)
    out, err = capfd.readouterr()
    scanner.text(f"{label}:stdout", out)
    scanner.text(f"{label}:stderr", err)
    assert scanner.observations > 0
    assert not scanner.leaks, f"leaks (label, secret name): {scanner.leaks}"


# ---- 1. the whole product against the mock, success and failure paths ----------------------------
def test_full_flow_sync_leaks_nothing(mock, scanner, caplog, capfd):
    s = scanner.secrets
    mock.config.require_api_auth = True
    mock.config.api_keys = (s.api_key,)
    client = PeaqosClient(
        orchestration_url=mock.url,
        api_key=s.api_key,
        verbose=True,
        private_key=s.client_private_key,
        rpc_url=f"https://rpc.example.com/v3/{s.rpc_url_key}",
    )
    sc = scanner.obj
    sc("client", client)
    o = client.orchestration
    sc("namespace", o)
    sc("transport", client._transport)
    sc("client-after", client)
    w = World(mock, client)

    # machines
    m = w.draft_machine(key=s.controller_key, labels={"site": "A"})
    m = sc("update_machine", o.update_machine(m.id, UpdateMachineRequest(status="active"))).item
    sc("get_machine", o.get_machine(m.id))
    sc("list_machines", o.list_machines(limit=5))
    sc("list_machines_all", list(o.list_machines_all(limit=1)))

    # runtime endpoints (manual, with an auth token)
    upsert = UpsertRuntimeEndpointRequest(
        endpoint_base_url="http://127.0.0.1:11434/v1", auth_type="bearer", auth_token=s.endpoint_auth_token
    )
    sc("upsert-request", upsert)
    ep = sc("upsert_runtime_endpoint", o.upsert_runtime_endpoint(m.id, "qvac", upsert)).item
    assert ep.has_auth_token is True
    sc("get_runtime_endpoint", o.get_runtime_endpoint(m.id, "qvac"))
    sc("list_runtime_endpoints", o.list_runtime_endpoints(m.id))
    sc("list_runtime_endpoints_all", list(o.list_runtime_endpoints_all(m.id)))
    assert o.delete_runtime_endpoint(m.id, "qvac") is None

    # machine agents: the one-time provisioning token, then a heartbeat carrying it
    agent = sc("enroll_machine_agent", o.enroll_machine_agent(m.id)).item
    assert bool(agent.provisioning_token)
    scanner.add("provisioning_token", agent.provisioning_token)
    sc("enroll_machine_agent-again", agent)
    hb = MachineAgentHeartbeatRequest(
        machine_id=m.id,
        agent_id=agent.id,
        agent_token=agent.provisioning_token,
        endpoints=[
            MachineAgentHeartbeatEndpoint(
                provider_key="qvac", endpoint_base_url="http://127.0.0.1:11434/v1", auth_token=s.heartbeat_auth_token
            )
        ],
    )
    sc("heartbeat-request", hb)
    sc("machine_agent_heartbeat", o.machine_agent_heartbeat(hb))
    sc("list_machine_agents", o.list_machine_agents(m.id))

    # skills and catalogue
    sc("list_skills", o.list_skills(limit=3))
    sc("list_skills_all", list(o.list_skills_all()))
    sc("get_skill", o.get_skill("storage.object"))
    sc("get_skill_manifest", o.get_skill_manifest("storage.object"))
    cfg = UpdateSkillConfigRequest(enabled=True, credentials={"apiKey": s.skill_credential})
    sc("skill-config-request", cfg)
    assert sc("update_skill_config", o.update_skill_config("storage.object", cfg)).item.has_credentials is True
    sc("list_market_services", o.list_market_services(limit=4))
    sc("list_market_services_all", list(o.list_market_services_all()))
    sc("get_market_service", o.get_market_service("svc-walrus-store"))

    # pairing: create (token once), rotate (new token once)
    pairing, token1 = w.pairing(m, key=s.agent_key)
    scanner.add("pairing_token_1", token1)
    sc("pairing", pairing)
    sc("list_agent_pairings", o.list_agent_pairings(m.id))
    sc("list_agent_pairings_all", list(o.list_agent_pairings_all(m.id)))
    sc("update_agent_pairing", o.update_agent_pairing(m.id, pairing.id, UpdateAgentPairingRequest(description="d")))
    ch = sc(
        "pairing-challenge",
        o.create_agent_pairing_challenge(
            m.id,
            CreateAgentPairingChallengeRequest(
                agent_address=address_of(s.agent_key), agent_provider="anthropic", agent_role="buyer"
            ),
        ),
    )
    rotated = o.create_agent_pairing_session(
        m.id, pairing.id, CreateAgentPairingSessionRequest(agent_proof=sign_pairing_challenge(ch, s.agent_key))
    ).item
    token = rotated.pairing_token
    assert bool(token) and token != token1
    scanner.add("pairing_token_2", token)
    sc("create_agent_pairing_session", rotated)

    # search with provider credentials, x402 order with a payment signature, escrow order disputed+refunded
    creds = ProviderCredentials(providers={"walrus": {"apiKey": s.provider_credential}})
    search_req = MarketSearchRequest(
        machine_id=m.id, agent_pairing_id=pairing.id, service_type="storage", provider_credentials=creds
    )
    sc("search-request", search_req)
    search = sc("search_market", o.search_market(search_req, token)).item
    sc("get_market_search", o.get_market_search(search.id))
    order_req = CreateMarketOrderRequest(
        machine_id=m.id,
        agent_pairing_id=pairing.id,
        service_id="svc-walrus-store",
        search_id=search.id,
        quote_id=search.quotes[0].id,
        provider_credentials=creds,
    )
    sc("order-request", order_req)
    order = sc("create_market_order", o.create_market_order(order_req, token)).item
    sc("create_payment_intent", o.create_payment_intent(order.id, CreatePaymentIntentRequest(), token))
    proof = SubmitPaymentProofRequest(
        verification_mode="recorded",
        chain="base",
        token="USDC",
        payer_address="0x" + "11" * 20,
        payee_address="0x" + "22" * 20,
        amount="0.01",
        transaction_hash="0x" + "ab" * 32,
    )
    sc("submit_payment_proof", o.submit_payment_proof(order.id, proof, token))
    execute = ExecuteMarketOrderRequest(payment=ExecutePaymentInput(payment_signature=s.payment_signature))
    sc("execute-request", execute)
    sc("execute_market_order", o.execute_market_order(order.id, execute, token))
    sc("confirm_market_order", o.confirm_market_order(order.id, token))
    sc("release_payment", o.release_payment(order.id, ReleasePaymentRequest(notes="ok"), token))
    sc("get_market_order", o.get_market_order(order.id))
    sc("get_market_payment", o.get_market_payment(order.id))

    escrow = o.create_market_order(
        CreateMarketOrderRequest(machine_id=m.id, agent_pairing_id=pairing.id, service_id="svc-rtk-eu"), token
    ).item
    sc(
        "lock_escrow_payment",
        o.lock_escrow_payment(
            escrow.id,
            LockEscrowPaymentRequest(transaction_hash="0x" + "cd" * 32, chain="peaq", escrow_address="0x" + "33" * 20),
            token,
        ),
    )
    sc("execute-escrow", o.execute_market_order(escrow.id, ExecuteMarketOrderRequest(), token))
    sc("dispute_market_order", o.dispute_market_order(escrow.id, DisputeMarketOrderRequest(reason="late"), token))
    sc("refund_payment", o.refund_payment(escrow.id, RefundPaymentRequest(reason="late"), token))
    sc("list_market_order_events", list(o.list_market_order_events_all(order.id)))
    spare = o.create_market_order(
        CreateMarketOrderRequest(
            machine_id=m.id, agent_pairing_id=pairing.id, service_id="svc-price-basic", provider_credentials=creds
        ),
        token,
    ).item
    mock.store.faults["providerFailure"] = True
    try:
        sc("execute-failing", o.execute_market_order(spare.id, ExecuteMarketOrderRequest(), token))
    finally:
        mock.store.faults["providerFailure"] = False
    sc("retry_market_order", o.retry_market_order(spare.id, RetryMarketOrderRequest(reason="again"), token))
    cancelled = o.create_market_order(
        CreateMarketOrderRequest(machine_id=m.id, agent_pairing_id=pairing.id, service_id="svc-price-basic"), token
    ).item
    sc("cancel_market_order", o.cancel_market_order(cancelled.id, CancelMarketOrderRequest(reason="r"), token))
    sc("list_market_order_events-retried", list(o.list_market_order_events_all(spare.id)))
    sc("list_market_orders", o.list_market_orders(machine_id=m.id))
    sc("list_market_orders_all", list(o.list_market_orders_all(machine_id=m.id, limit=1)))

    # ---- failure paths, each with a secret in play ----
    e = scanner.expect_error("stale-token", o.search_market, search_req, token1)
    assert e.code == "AGENT_AUTH_INVALID"
    e = scanner.expect_error("bogus-token", o.create_market_order, order_req, s.pairing_token)
    assert e.code == "AGENT_AUTH_INVALID"
    wrong = PeaqosClient(orchestration_url=mock.url, api_key=s.wrong_api_key, verbose=True)
    e = scanner.expect_error("wrong-api-key", wrong.orchestration.get_machine, m.id)
    assert e.code == "AUTH_INVALID"
    sc("wrong-client", wrong)
    no_key = PeaqosClient(orchestration_url=mock.url, verbose=True)
    assert scanner.expect_error("no-api-key", no_key.orchestration.list_machines).code == "AUTH_REQUIRED"
    bad_hb = MachineAgentHeartbeatRequest(
        machine_id=m.id, agent_id=agent.id, agent_token=s.agent_token, endpoints=hb.endpoints
    )
    assert scanner.expect_error("heartbeat-wrong-token", o.machine_agent_heartbeat, bad_hb).code == "AGENT_AUTH_INVALID"
    assert (
        scanner.expect_error("upsert-unknown-machine", o.upsert_runtime_endpoint, "mach_nope", "qvac", upsert).code
        == "NOT_FOUND"
    )
    assert scanner.expect_error("skill-config-unknown", o.update_skill_config, "nope.skill", cfg).code == "NOT_FOUND"
    assert (
        scanner.expect_error(
            "order-unknown-service",
            o.create_market_order,
            CreateMarketOrderRequest(
                machine_id=m.id, agent_pairing_id=pairing.id, service_id="svc-nope", provider_credentials=creds
            ),
            token,
        ).code
        == "NOT_FOUND"
    )
    assert (
        scanner.expect_error("execute-closed", o.execute_market_order, order.id, execute, token).code == "ORDER_CLOSED"
    )
    # rejected before sending, with secrets inside the rejected input
    bad_url = UpsertRuntimeEndpointRequest(endpoint_base_url="ftp://host", auth_token=s.endpoint_auth_token)
    assert isinstance(
        scanner.expect_error("validation-url", o.upsert_runtime_endpoint, m.id, "qvac", bad_url),
        OrchestrationValidationError,
    )
    bad_creds = UpdateSkillConfigRequest(credentials={"apiKey": s.skill_credential, "n": 7})  # type: ignore[dict-item]
    assert isinstance(
        scanner.expect_error("validation-creds", o.update_skill_config, "storage.object", bad_creds),
        OrchestrationValidationError,
    )
    assert isinstance(
        scanner.expect_error("validation-token-type", o.search_market, search_req, 12345), OrchestrationValidationError
    )
    bad_sig = ExecuteMarketOrderRequest(payment=ExecutePaymentInput(payment_signature=""))
    assert isinstance(
        scanner.expect_error("validation-sig", o.execute_market_order, order.id, bad_sig, token),
        OrchestrationValidationError,
    )

    # cleanup paths also succeed quietly
    assert o.revoke_machine_agent(m.id, agent.id) is None
    assert o.revoke_agent_pairing(m.id, pairing.id) is None
    assert scanner.expect_error("revoked-token", o.search_market, search_req, token).code == "AGENT_AUTH_INVALID"
    assert o.archive_machine(m.id) is None
    sc("client-end", client)
    client.close()
    _finish(scanner, caplog, capfd, "flow")


def test_async_flow_leaks_nothing(mock, scanner, caplog, capfd, make_aclient, client):
    s = scanner.secrets
    w = World(mock, client)
    m = w.draft_machine(key=s.controller_key)
    client.orchestration.update_machine(m.id, UpdateMachineRequest(status="active"))
    pairing, token = w.pairing(m, key=s.agent_key)
    scanner.add("pairing_token", token)
    mock.config.require_api_auth = True
    mock.config.api_keys = (s.api_key,)

    async def go() -> None:
        async with make_aclient(api_key=s.api_key, verbose=True) as ac:
            o = ac.orchestration
            scanner.obj("aclient", ac)
            scanner.obj("anamespace", o)
            scanner.obj("aget_machine", await o.get_machine(m.id))
            creds = ProviderCredentials(providers={"walrus": {"apiKey": s.provider_credential}})
            req = MarketSearchRequest(machine_id=m.id, service_type="storage", provider_credentials=creds)
            search = scanner.obj("asearch", await o.search_market(req, token)).item
            order_req = CreateMarketOrderRequest(
                machine_id=m.id,
                agent_pairing_id=pairing.id,
                service_id=search.quotes[0].service_id,
                provider_credentials=creds,
            )
            scanner.obj("aorder", await o.create_market_order(order_req, token))
            for label, coro in (
                ("abogus", o.search_market(req, s.pairing_token)),
                (
                    "askill",
                    o.update_skill_config("nope", UpdateSkillConfigRequest(credentials={"apiKey": s.skill_credential})),
                ),
            ):
                try:
                    await coro
                except OrchestrationError as e:
                    scanner.exc(label, e)
                else:
                    raise AssertionError(label)
        async with make_aclient(api_key=s.wrong_api_key, verbose=True) as bad:
            try:
                await bad.orchestration.list_machines()
            except OrchestrationApiError as e:
                assert e.code == "AUTH_INVALID"
                scanner.exc("awrong-key", e)

    run(go())
    _finish(scanner, caplog, capfd, "async-flow")


# ---- 2. every operation, a hostile server echoing back every secret it received --------------------
def _echo_handler(status: int):
    def handler(request: httpx.Request) -> httpx.Response:
        raw = request.content.decode("utf-8", "replace")
        body = json.loads(raw) if raw else None
        received: list[str] = [v for k, v in request.headers.items() if k.startswith("x-")]
        stack = [body]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                received.append(node)
            elif isinstance(node, dict):
                stack.extend(node.values())
                received.extend(node.keys())
            elif isinstance(node, list):
                stack.extend(node)
        echoed = " | ".join(received)
        details: dict[str, Any] = {
            "request": {"headers": dict(request.headers), "body": body},  # sensitive key names
            "echo": received,  # innocuous key, secret values
            "context": {"value": echoed, "rows": [{"v": r} for r in received]},
            "padded": "x" * 480 + echoed,
        }
        details.update({r: "as-key" for r in received if len(r) > 8})  # secrets as keys
        error = {"code": "E_" + echoed, "message": "x" * 480 + f"{echoed} rejected {raw}", "details": details}
        return httpx.Response(status, json={"error": error})

    return handler


STATUSES = (400, 401, 403, 404, 409, 422, 500, 502, 503)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.sdk_name)
def test_every_operation_error_echo_is_scrubbed(op, scanner, caplog, capfd):
    s = scanner.secrets
    status = STATUSES[OPERATIONS.index(op) % len(STATUSES)]
    client = mock_client(_echo_handler(status), api_key=s.api_key, verbose=True)
    e = scanner.expect_error(f"{op.sdk_name}:sync", call, client, op, s)
    assert isinstance(e, OrchestrationApiError) and e.status_code == status
    # the details survived, masked (an unauthenticated call without a body or parameters sends nothing to echo)
    sends_nothing = op.auth == "none" and op.body_model is None and not op.path_params and not op.query_params
    assert isinstance(e.details, dict) and (bool(e.details.get("echo")) or sends_nothing)

    async def go() -> BaseException:
        ac = mock_aclient(_echo_handler(status), api_key=s.api_key, verbose=True)
        try:
            await acall(ac, op, s)
        except OrchestrationApiError as err:
            return err
        finally:
            await ac.aclose()
        raise AssertionError("expected an error")

    scanner.exc(f"{op.sdk_name}:async", run(go()))
    _finish(scanner, caplog, capfd, op.sdk_name)


# ---- 3. one-time secrets: present for the caller, absent from every rendering -------------------------
@pytest.mark.parametrize("kind", ["create_agent_pairing", "create_agent_pairing_session", "enroll_machine_agent"])
def test_one_time_secret_reaches_caller_but_not_renderings(kind, scanner, caplog, capfd):
    s = scanner.secrets
    minted = s.pairing_token if kind != "enroll_machine_agent" else s.agent_token
    op = next(o for o in OPERATIONS if o.sdk_name == kind)
    item = {"id": "x_1", "machineId": "mach_1", "createdAt": "t", "updatedAt": "t"}
    if kind == "enroll_machine_agent":
        item.update(label="a", status="provisioned", provisioningToken=minted)
    else:
        item.update(
            status="active",
            agentAddress="0x" + "ab" * 20,
            agentProvider="p",
            agentRole="buyer",
            delegationPolicy={},
            hasAuthToken=True,
            tokenLastFour=minted[-4:],
            pairingToken=minted,
        )
    client = mock_client(lambda r: httpx.Response(201, json={"item": item}), api_key=s.api_key, verbose=True)
    got = scanner.obj(kind, call(client, op, s))
    value = got.item.provisioning_token if kind == "enroll_machine_agent" else got.item.pairing_token
    assert value == minted  # the caller gets the token (compared, never printed)
    assert REDACTED in repr(got)
    _finish(scanner, caplog, capfd, kind)


# ---- 4. the client, its transport and its namespace --------------------------------------------------
def test_client_reprs_and_config_errors_leak_nothing(scanner, caplog, capfd):
    s = scanner.secrets
    rpc = f"https://mainnet.example.io/v3/{s.rpc_url_key}?apikey={s.rpc_url_key}"
    c = PeaqosClient(
        orchestration_url="https://orch.example.com/base",
        api_key=s.api_key,
        verbose=True,
        private_key=s.client_private_key,
        rpc_url=rpc,
    )
    scanner.obj("client", c)
    scanner.obj("namespace", c.orchestration)
    scanner.obj("transport", c._transport)
    assert c.api_key == s.api_key and c.private_key == s.client_private_key  # reachable on purpose, via properties
    creds_url = f"https://user:{s.api_key}@orch.example.com"
    embedded = PeaqosClient(orchestration_url=creds_url)
    scanner.obj("client-with-userinfo", embedded)
    assert isinstance(scanner.expect_error("userinfo", lambda: embedded.orchestration), OrchestrationConfigError)
    query = PeaqosClient(orchestration_url=f"https://orch.example.com/?key={s.api_key}")
    scanner.obj("client-with-query", query)
    assert isinstance(scanner.expect_error("query", lambda: query.orchestration), OrchestrationConfigError)
    for label, kw in (
        ("bad-private-key", {"private_key": s.client_private_key[:-1]}),
        ("bad-rpc", {"rpc_url": "ftp://" + s.rpc_url_key}),
        ("empty-api-key", {"orchestration_url": "https://h", "api_key": ""}),
    ):

        def build(kw: dict[str, Any] = kw) -> Any:
            return PeaqosClient(**kw).orchestration

        scanner.expect_error(label, build)
    _finish(scanner, caplog, capfd, "client")


# ---- 5. the documented body redaction rule and header redaction in logs ----------------------------
@pytest.mark.parametrize(
    "name",
    [
        "token",
        "pairingToken",
        "agent_token",
        "APIKEY",
        "apiKey",
        "x-api-key",
        "clientSecret",
        "SECRET",
        "password",
        "dbPassword",
        "credentials",
        "providerCredentials",
        "authorization",
        "Authorization",
        "authToken",
        "OAuth",
        "providerKey",
        "skillKey",
    ],
)
def test_sanitize_body_redacts_every_sensitive_name(name):
    body = {name: "v", "nested": [{name: {"deep": 1}}], "safe": "keep", "list": [1, "two"]}
    out = sanitize_body(body)
    assert out[name] == REDACTED and out["nested"][0][name] == REDACTED
    assert out["safe"] == "keep" and out["list"] == [1, "two"]


@pytest.mark.parametrize("value", [True, False, None])
def test_sanitize_body_keeps_booleans_and_nulls(value):
    assert sanitize_body({"hasAuthToken": value}) == {"hasAuthToken": value}


_PARTS = st.sampled_from(SENSITIVE_NAME_PARTS)
_CASED = _PARTS.flatmap(
    lambda p: st.lists(st.booleans(), min_size=len(p), max_size=len(p)).map(
        lambda flags, p=p: "".join(c.upper() if f else c for c, f in zip(p, flags, strict=True))
    )
)
_AFFIX = st.text(alphabet="abcdefghijlmnqrsuvwxyz_-0123456789", max_size=6)  # no letters can spell a part
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(prefix=_AFFIX, part=_CASED, suffix=_AFFIX, value=_JSON)
def test_sanitize_body_rule_property(prefix, part, suffix, value):
    key = prefix + part + suffix
    out = sanitize_body({key: value, "plain": value})
    if value is None or isinstance(value, bool):
        assert out[key] == value
    else:
        assert out[key] == REDACTED
    assert "plain" in out


@settings(max_examples=100, deadline=None)
@given(key=st.text(alphabet="bfghijlmqvxyz_-019", min_size=1, max_size=12), value=st.text(max_size=10))
def test_sanitize_body_leaves_other_names_alone(key, value):
    assert sanitize_body({key: value}) == {key: value}


def test_scrub_masks_values_keys_and_overlapping_secrets():
    short, long_ = "abcd1234", "zz-abcd1234-zz"
    out = scrub({"m": f"a {long_} b {short}", long_: [short, {"k": long_}]}, [short, long_, None, "ab"])
    flat = json.dumps(out)
    assert short not in flat and "zz-" not in flat
    assert flat.count(REDACTED) == 5


def test_redact_headers_masks_credentials_only():
    headers = {
        "x-api-key": "a",
        "X-Agent-Pairing-Token": "b",
        "Authorization": "c",
        "Proxy-Authorization": "d",
        "user-agent": "peaqos-sdk-py/x",
        "accept": "application/json",
        "content-type": "application/json",
    }
    out = redact_headers(headers)
    assert [k for k, v in out.items() if v == REDACTED] == [
        "x-api-key",
        "X-Agent-Pairing-Token",
        "Authorization",
        "Proxy-Authorization",
    ]
    assert out["user-agent"] == "peaqos-sdk-py/x" and out["accept"] == "application/json"


def test_verbose_logs_show_redacted_headers(scanner, caplog, capfd):
    s = scanner.secrets
    client = mock_client(lambda r: httpx.Response(201, json={"item": {}}), api_key=s.api_key, verbose=True)
    op = next(o for o in OPERATIONS if o.sdk_name == "create_market_order")
    scanner.expect_error("shape", call, client, op, s)
    sdk = [r.getMessage() for r in caplog.records if r.name == "peaq_os_sdk.orchestration"]
    sent = [msg for msg in sdk if msg.startswith("-> POST /api/v1/market/orders")]
    assert len(sent) == 1 and len([msg for msg in sdk if msg.startswith("<- 201")]) == 1
    assert sent[0].count(REDACTED) == 2  # x-api-key and x-agent-pairing-token
    assert "x-api-key" in sent[0] and "x-agent-pairing-token" in sent[0] and "peaqos-sdk-py/" in sent[0]
    quiet = mock_client(lambda r: httpx.Response(200, json={"items": []}), api_key=s.api_key)
    caplog.clear()
    quiet.orchestration.list_machines()
    assert not [r for r in caplog.records if r.name == "peaq_os_sdk.orchestration"]  # verbose off: no SDK logs
    _finish(scanner, caplog, capfd, "headers")


# ---- 6. retries, PEAQOS_LOG, raw responses and request ids ------------------------------------------
def _hostile_retry_handler(s: Secrets, final: int) -> Any:
    """429 twice (retried for every operation), then ``final``; every answer echoes what it received in the
    body, in ``x-request-id`` and in credential-named response headers."""
    seen: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(1)
        received = [v for k, v in request.headers.items() if k.startswith("x-")]
        received.append(request.content.decode("utf-8", "replace"))
        echoed = " ".join(received)
        headers = {
            "x-request-id": "req-" + "-".join(received[:2]),
            "x-api-key": s.api_key,
            "x-agent-pairing-token": s.pairing_token,
            "set-cookie": f"session={s.pairing_token}",
            "authorization": f"Bearer {s.api_key}",
            "retry-after": "0",
        }
        if len(seen) <= 2:
            return httpx.Response(429, json={"error": {"code": "SLOW_" + echoed, "message": echoed}}, headers=headers)
        if final >= 400:
            return httpx.Response(final, json={"error": {"code": "E", "message": echoed}}, headers=headers)
        return httpx.Response(final, json={"items": [], "item": {"echo": echoed}}, headers=headers)

    return handler


@pytest.fixture
def peaqos_log(monkeypatch: pytest.MonkeyPatch) -> Iterable[None]:
    """``PEAQOS_LOG=debug`` for one test; the stderr handler it attaches is removed afterwards."""
    monkeypatch.setenv("PEAQOS_LOG", "debug")
    yield
    pkg = logging.getLogger("peaq_os_sdk")
    for h in list(pkg.handlers):
        if getattr(h, "_peaqos_log_handler", False):
            pkg.removeHandler(h)
    pkg.setLevel(logging.NOTSET)


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.sdk_name)
def test_retry_logs_peaqos_log_raw_responses_and_request_ids_leak_nothing(op, scanner, caplog, capfd, peaqos_log):
    s = scanner.secrets
    reasons: list[Any] = []
    client = mock_client(_hostile_retry_handler(s, 503), api_key=s.api_key, on_retry=lambda *a: reasons.append(a))
    e = scanner.expect_error(f"{op.sdk_name}:retried", call, client, op, s)
    assert isinstance(e, OrchestrationApiError) and e.retries_taken >= 2 and e.request_id
    scanner.text(f"{op.sdk_name}:request_id", e.request_id)
    scanner.text(f"{op.sdk_name}:on_retry", repr(reasons))
    # the raw view: repr, headers' repr and str, the request id, and whatever parse() makes of the body
    raw_client = mock_client(_hostile_retry_handler(s, 200), api_key=s.api_key)
    args, kwargs = call_args(op, s)
    raw = getattr(raw_client.orchestration.with_raw_response, op.sdk_name)(*args, **kwargs)
    scanner.obj(f"{op.sdk_name}:raw", raw)
    scanner.obj(f"{op.sdk_name}:raw.headers", raw.headers)
    scanner.text(f"{op.sdk_name}:raw.request_id", str(raw.request_id))
    assert raw.retries_taken == 2 and raw.headers["x-api-key"] == s.api_key  # readable by key, on purpose
    try:
        scanner.obj(f"{op.sdk_name}:parsed", raw.parse())
    except OrchestrationError as err:
        scanner.exc(f"{op.sdk_name}:parse", err)

    async def go() -> BaseException:
        ac = mock_aclient(_hostile_retry_handler(s, 503), api_key=s.api_key)
        try:
            await acall(ac, op, s)
        except OrchestrationError as err:
            return err
        finally:
            await ac.aclose()
        raise AssertionError("expected an error")

    scanner.exc(f"{op.sdk_name}:async", run(go()))
    out, err = capfd.readouterr()
    scanner.text(f"{op.sdk_name}:PEAQOS_LOG stderr", err)
    scanner.text(f"{op.sdk_name}:stdout", out)
    assert "retrying " in err and "request_id=" in err and "<- 429" in err  # PEAQOS_LOG really wrote here
    _finish(scanner, caplog, capfd, op.sdk_name)


def test_redacting_filter_masks_credentials_in_foreign_log_lines(scanner, capfd):
    from peaq_os_sdk import RedactingFilter

    s = scanner.secrets
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter(secrets=[s.rpc_url_key]))
    log = logging.getLogger("thirdparty.redaction-check")
    log.addHandler(handler)
    log.propagate = False
    log.setLevel(logging.DEBUG)
    try:
        log.info("headers=%s", {"x-api-key": s.api_key, "X-Agent-Pairing-Token": s.pairing_token})
        log.info('body {"agentToken": "%s", "authToken":"%s"}', s.agent_token, s.endpoint_auth_token)
        log.warning("Authorization: Bearer %s; token=%s", s.api_key, s.heartbeat_auth_token)
        log.error("rpc https://rpc.example/v3/%s", s.rpc_url_key)
        try:
            raise ValueError(f"credentials={s.skill_credential}")
        except ValueError:
            log.exception("failed with apiKey=%s", s.provider_credential)
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    scanner.text("redacting-filter", text)
    assert text.count(REDACTED) >= 8 and "x-api-key" in text and "ValueError" in text
    assert not scanner.leaks, f"leaks (label, secret name): {scanner.leaks}"

