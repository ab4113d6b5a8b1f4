"""Retries, waits, deadlines, timeout precedence, per-call options, raw responses and request ids.

Each retry rule is checked three ways: against ``httpx.MockTransport`` (every operation, every status,
sync and async), against the mock's scripted faults (status N with Retry-After, delay, dropped
connection; proven by the mock's request log) and against raw loopback sockets. Waits never happen:
the suite's ``no_backoff_waits`` fixture records them instead, and the deadline tests drive a fake
clock, so nothing here asserts on elapsed time.

The expected behaviour is restated here from the table in docs/retries.md (``expect_retry``); the operation list,
and which operations are idempotent, come from the spec.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import json
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable
from importlib import resources
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient, PeaqosConfigError
from peaq_os_sdk.mock import MockConfig
from peaq_os_sdk.mock.faults import FaultSpecError, parse_spec
from peaq_os_sdk.orchestration import (
    DEFAULT_DEADLINE_S,
    DEFAULT_MAX_RETRIES,
    RETRY_AFTER_CAP_S,
    OrchestrationApiError,
    OrchestrationNetworkError,
    OrchestrationValidationError,
    RawResponse,
    _transport,
)
from tests import _oneshot as oneshot
from tests._opargs import FAKE_URL, OPERATIONS, Secrets, acall, call, mock_aclient, mock_client
from tests.conftest import run
from tests.test_network import RawServer, response, silent
from tests.world import wait_until_serving

OPS = {op.sdk_name: op for op in OPERATIONS}
NON_IDEMPOTENT = [op for op in OPERATIONS if not op.idempotent]
IDEMPOTENT = [op for op in OPERATIONS if op.idempotent]
ERROR = {"error": {"code": "UNAVAILABLE", "message": "try later"}}
STATUSES = (400, 401, 403, 404, 408, 409, 410, 422, 429, 500, 501, 502, 503, 504)


def expect_retry(status: int, idempotent: bool) -> bool:
    """The docs/retries.md table: 429 for anything; 408/500/502/503/504 for idempotent operations; never the rest."""
    return status == 429 or (idempotent and status in (408, 500, 502, 503, 504))


# ---- a scripted httpx handler: a list of answers (status, (status, headers), exception), last one repeats --
class Script:
    def __init__(self, *answers: Any, ok: Any = None) -> None:
        self.answers = answers
        self.requests: list[httpx.Request] = []
        self.ok = ok

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, type) and issubclass(answer, Exception):
            raise answer("scripted", request=request)
        status, headers = answer if isinstance(answer, tuple) else (answer, {})
        if 200 <= status < 300:
            return httpx.Response(status, json=self.ok if self.ok is not None else {"items": []}, headers=headers)
        return httpx.Response(status, json=ERROR, headers=headers)

    @property
    def count(self) -> int:
        return len(self.requests)


def both(op: Any, make_script: Callable[[], Script], **client_kw: Any) -> list[tuple[Any, Script]]:
    """Run ``op`` once sync and once async, each against a fresh script; (outcome, script) per mode."""
    out: list[tuple[Any, Script]] = []
    script = make_script()
    try:
        outcome: Any = call(mock_client(script, **client_kw), op, Secrets())
    except Exception as e:  # noqa: BLE001 - the outcome is inspected by the caller
        outcome = e
    out.append((outcome, script))
    ascript = make_script()

    async def go() -> Any:
        c = mock_aclient(ascript, **client_kw)
        try:
            return await acall(c, op, Secrets())
        except Exception as e:  # noqa: BLE001
            return e
        finally:
            await c.aclose()

    out.append((run(go()), ascript))
    return out


# ---- the spec decides what is idempotent ------------------------------------------------------------
def test_idempotent_operations_come_from_the_spec():
    spec = json.loads(resources.files("peaq_os_sdk._generated").joinpath("openapi.json").read_text("utf-8"))
    marked = set()
    for item in spec["paths"].values():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op and op.get("x-idempotent"):
                assert method == "post"
                marked.add(op["operationId"])
            if isinstance(op, dict) and op.get("x-sdk-name") in OPS:
                want = method in ("get", "put", "delete") or bool(op.get("x-idempotent"))
                assert OPS[op["x-sdk-name"]].idempotent is want, op["operationId"]
    assert marked == {"createPaymentIntent", "lockEscrowPayment"}  # the facts state exactly these two
    assert {op.method for op in NON_IDEMPOTENT} == {"POST", "PATCH"}
    assert len(NON_IDEMPOTENT) >= 15 and len(IDEMPOTENT) >= 20


# ---- status rules, every operation, sync and async ---------------------------------------------------
@pytest.mark.parametrize("status", STATUSES)
def test_status_rules_for_every_operation(status, no_backoff_waits):
    for op in OPERATIONS:
        for outcome, script in both(op, lambda: Script(status)):
            assert isinstance(outcome, OrchestrationApiError) and outcome.status_code == status
            want = 1 + DEFAULT_MAX_RETRIES if expect_retry(status, op.idempotent) else 1
            assert script.count == want, (op.sdk_name, status, script.count)
            assert outcome.retries_taken == want - 1


def test_retry_then_success_returns_the_result():
    op = OPS["list_machines"]
    for outcome, script in both(op, lambda: Script(503, 502, 200)):
        assert outcome.items == () and script.count == 3


@pytest.mark.parametrize("verdict", ["true", "false"])
def test_x_should_retry_header_decides_both_ways(verdict):
    # true: even a 409 on a non-idempotent POST is re-sent; false: even a 503 on a GET is not
    cases = [(OPS["create_market_order"], 409), (OPS["list_machines"], 503), (OPS["create_market_order"], 503)]
    for op, status in cases:
        for outcome, script in both(op, lambda s=status: Script((s, {"x-should-retry": verdict}))):
            assert isinstance(outcome, OrchestrationApiError)
            assert script.count == (1 + DEFAULT_MAX_RETRIES if verdict == "true" else 1), (op.sdk_name, status)


# ---- property: any sequence of answers, any operation, any max_retries -> the attempts the table predicts ------
_NOTHING_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAYBE_SENT = (httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError)
_ANSWERS = st.one_of(
    st.sampled_from([200, 400, 404, 408, 409, 429, 500, 501, 502, 503, 504]),
    st.tuples(
        st.sampled_from([409, 429, 503]), st.sampled_from(["true", "false"]).map(lambda v: {"x-should-retry": v})
    ),
    st.sampled_from([*_NOTHING_SENT, *_MAYBE_SENT, httpx.DecodingError]),
)


def _model_attempts(idempotent: bool, answers: list[Any], max_retries: int) -> int:
    """The docs/retries.md table as a reference model: how many requests the SDK sends."""
    for attempt in range(max_retries + 1):
        answer = answers[min(attempt, len(answers) - 1)]
        if answer == 200:
            return attempt + 1
        if isinstance(answer, tuple):
            retry = answer[1]["x-should-retry"] == "true"
        elif isinstance(answer, int):
            retry = expect_retry(answer, idempotent)
        else:
            retry = issubclass(answer, _NOTHING_SENT) or (idempotent and issubclass(answer, _MAYBE_SENT))
        if not retry:
            return attempt + 1
    return max_retries + 1


@settings(max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    op=st.sampled_from(OPERATIONS),
    answers=st.lists(_ANSWERS, min_size=1, max_size=5),
    max_retries=st.integers(min_value=0, max_value=4),
)
def test_attempts_match_the_rule_table_property(op, answers, max_retries):
    script = Script(*answers, ok={"items": [], "item": None})
    with contextlib.suppress(OrchestrationApiError, OrchestrationNetworkError):
        call(mock_client(script, max_retries=max_retries), op, Secrets())
    assert script.count == _model_attempts(op.idempotent, answers, max_retries)


# ---- exceptions: nothing sent vs maybe sent vs never --------------------------------------------------
def _tls_error(request: httpx.Request) -> httpx.ConnectError:
    err = httpx.ConnectError("certificate verify failed", request=request)
    err.__cause__ = ssl.SSLCertVerificationError("CERTIFICATE_VERIFY_FAILED")
    return err


class _TLS(Script):
    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        raise _tls_error(request)


@pytest.mark.parametrize(
    ("exc", "rule"),
    [
        (httpx.ConnectError, "any"),
        (httpx.ConnectTimeout, "any"),
        (httpx.PoolTimeout, "any"),
        (httpx.ReadTimeout, "idempotent"),
        (httpx.WriteTimeout, "idempotent"),
        (httpx.ReadError, "idempotent"),
        (httpx.WriteError, "idempotent"),
        (httpx.RemoteProtocolError, "idempotent"),
        (httpx.DecodingError, "never"),
        (httpx.UnsupportedProtocol, "never"),
    ],
)
def test_exception_rules(exc, rule):
    for op in (OPS["list_machines"], OPS["create_payment_intent"], OPS["create_market_order"], OPS["update_machine"]):
        retried = rule == "any" or (rule == "idempotent" and op.idempotent)
        for outcome, script in both(op, lambda: Script(exc)):
            assert isinstance(outcome, OrchestrationNetworkError) and isinstance(outcome.__cause__, exc)
            assert script.count == (1 + DEFAULT_MAX_RETRIES if retried else 1), (op.sdk_name, exc)


def test_tls_failures_are_not_retried():
    for outcome, script in both(OPS["list_machines"], _TLS):
        assert isinstance(outcome, OrchestrationNetworkError) and script.count == 1


# ---- waits: backoff with jitter, Retry-After forms, the cap --------------------------------------------
@pytest.mark.parametrize("r", [0.0, 0.25, 0.5, 0.999999])
def test_backoff_is_exponential_capped_and_jitter_stays_in_bounds(r, monkeypatch, no_backoff_waits):
    monkeypatch.setattr(_transport, "_random", lambda: r)
    op = OPS["list_machines"]
    both(op, lambda: Script(503), max_retries=7)
    bases = [0.5, 1, 2, 4, 8, 8, 8]
    assert len(no_backoff_waits) == 2 * len(bases)
    for wait, base in zip(no_backoff_waits, bases + bases, strict=True):
        assert base * 0.75 <= wait <= base  # jitter takes off at most 25 %
        assert wait == pytest.approx(base * (1 - 0.25 * r))


def test_jitter_is_drawn_per_retry(monkeypatch, no_backoff_waits):
    draws = iter([0.0, 0.9, 0.4])
    monkeypatch.setattr(_transport, "_random", lambda: next(draws))
    with pytest.raises(OrchestrationApiError):
        call(mock_client(Script(503), max_retries=3), OPS["list_machines"], Secrets())
    assert no_backoff_waits == pytest.approx([0.5, 1 * (1 - 0.225), 2 * (1 - 0.1)])


def _http_date(seconds_from_now: float) -> str:
    return email.utils.formatdate(time.time() + seconds_from_now, usegmt=True)


@pytest.mark.parametrize(
    ("headers", "low", "high"),
    [
        ({"retry-after": "2"}, 2.0, 2.0),
        ({"retry-after": "0.5"}, 0.5, 0.5),
        ({"retry-after": "0"}, 0.0, 0.0),
        ({"retry-after-ms": "250"}, 0.25, 0.25),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5, 1.5),  # -ms wins
        ("date+3", 1.0, 3.0),  # an HTTP-date three seconds ahead (the header has 1 s resolution)
        ("date-30", 0.0, 0.0),  # a date in the past: retry at once
    ],
)
def test_retry_after_is_honoured(headers, low, high, no_backoff_waits):
    op = OPS["list_machines"]

    def make() -> Script:
        h = headers
        if isinstance(h, str):
            h = {"retry-after": _http_date(float(h[4:]))}
        return Script((429, h), 200)

    for outcome, script in both(op, make):
        assert outcome.items == () and script.count == 2
    assert len(no_backoff_waits) in (0, 2)  # a zero wait is not slept at all
    for wait in no_backoff_waits:
        assert low <= wait <= high


@pytest.mark.parametrize("bad", ["soon", "-3", "nan", "Thu, 99 Foo 2026"])
def test_unusable_retry_after_falls_back_to_backoff(bad, monkeypatch, no_backoff_waits):
    monkeypatch.setattr(_transport, "_random", lambda: 0.0)
    call(mock_client(Script((503, {"retry-after": bad}), 200)), OPS["list_machines"], Secrets())
    assert no_backoff_waits == [0.5]


@pytest.mark.parametrize(
    ("headers", "asked"),
    [
        ({"retry-after": str(int(RETRY_AFTER_CAP_S) + 1)}, RETRY_AFTER_CAP_S + 1),
        ({"retry-after-ms": "600000"}, 600.0),
        ("date+3600", 3600.0),
    ],
)
def test_retry_after_above_the_cap_raises_with_the_asked_wait(headers, asked, no_backoff_waits):
    op = OPS["list_machines"]

    def make() -> Script:
        h = {"retry-after": _http_date(3600)} if headers == "date+3600" else headers
        return Script((503, h), 200)

    for outcome, script in both(op, make):
        assert isinstance(outcome, OrchestrationApiError) and script.count == 1
        assert outcome.retry_after == pytest.approx(asked, abs=2)
        assert "retry after" in str(outcome)
    assert no_backoff_waits == []


def test_retry_after_at_the_cap_is_waited(no_backoff_waits):
    call(mock_client(Script((429, {"retry-after": str(int(RETRY_AFTER_CAP_S))}), 200)), OPS["list_machines"], Secrets())
    assert no_backoff_waits == [RETRY_AFTER_CAP_S]


# ---- max_retries ---------------------------------------------------------------------------------------
def test_max_retries_zero_turns_retries_off(no_backoff_waits):
    for op in (OPS["list_machines"], OPS["create_market_order"]):
        for answer in (429, 503, httpx.ConnectError):
            for outcome, script in both(op, lambda a=answer: Script(a), max_retries=0):
                assert isinstance(outcome, OrchestrationApiError | OrchestrationNetworkError)
                assert script.count == 1
    assert no_backoff_waits == []


def test_max_retries_from_client_env_and_per_call():
    script = Script(503)
    c = mock_client(script, max_retries=5)
    with pytest.raises(OrchestrationApiError):
        c.orchestration.list_machines()
    assert script.count == 6
    with pytest.raises(OrchestrationApiError):
        c.orchestration.with_options(max_retries=1).list_machines()
    assert script.count == 8
    with pytest.raises(OrchestrationApiError):
        c.orchestration.list_machines()  # the client's own setting is untouched
    assert script.count == 14
    assert PeaqosClient.from_env(env={"PEAQOS_MAX_RETRIES": "0"})._options.max_retries == 0
    assert PeaqosClient.from_env(env={})._options.max_retries == DEFAULT_MAX_RETRIES
    for bad in ("-1", "two", "1.5"):
        with pytest.raises(PeaqosConfigError):
            PeaqosClient.from_env(env={"PEAQOS_MAX_RETRIES": bad})


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": 1.0}, "max_retries"),
        ({"timeout": 0}, "timeout"),
        ({"timeout": "5"}, "timeout"),
        ({"deadline": -2}, "deadline"),
        ({"deadline": float("inf")}, "deadline"),
        ({"extra_headers": {"x-a": 1}}, "extra_headers"),
        ({"on_retry": 3}, "on_retry"),
    ],
)
def test_options_are_checked(kw, field):
    if field != "extra_headers":
        with pytest.raises(PeaqosConfigError, match=field):
            PeaqosClient(orchestration_url=FAKE_URL, **kw)
    c = PeaqosClient(orchestration_url=FAKE_URL)
    with pytest.raises(OrchestrationValidationError) as e:
        c.with_options(**kw)
    assert e.value.field == field


# ---- the deadline: every attempt and every wait together ----------------------------------------------
@pytest.fixture
def fake_clock(monkeypatch: pytest.MonkeyPatch, no_backoff_waits: list[float]) -> list[float]:
    """Time that advances only by the waits the transport asks for (and by ``advance``)."""
    extra = [0.0]
    monkeypatch.setattr(_transport, "_now", lambda: 1000.0 + sum(no_backoff_waits) + extra[0])
    return extra


def test_deadline_bounds_waits_and_shortens_attempt_timeouts(fake_clock, no_backoff_waits):
    # Retry-After 4 s, deadline 10 s: attempts at t=0, 4, 8 with 10, 6 and 2 s left; no fourth at t=12
    def make() -> Script:
        return Script((503, {"retry-after": "4"}))

    for outcome, script in both(OPS["list_machines"], make, max_retries=10, deadline=10, timeout=30):
        assert isinstance(outcome, OrchestrationApiError) and script.count == 3
        assert outcome.retry_after == 4  # the wait it did not take
        reads = [r.extensions["timeout"]["read"] for r in script.requests]
        assert reads == pytest.approx([10, 6, 2])
        no_backoff_waits.clear()


def test_deadline_stops_backoff_retries(fake_clock, monkeypatch, no_backoff_waits):
    monkeypatch.setattr(_transport, "_random", lambda: 0.0)
    # waits 0.5, 1, 2, 4 would end at 0.5, 1.5, 3.5, 7.5: a 4 s deadline leaves room for three retries
    script = Script(httpx.ConnectError)
    c = mock_client(script, max_retries=10, deadline=4)
    with pytest.raises(OrchestrationNetworkError) as e:
        c.orchestration.list_machines()
    assert script.count == 4 and no_backoff_waits == [0.5, 1, 2] and e.value.retries_taken == 3


def test_default_deadline_is_documented():
    assert DEFAULT_DEADLINE_S == 120.0
    seen = Script(200)
    mock_client(seen).orchestration.list_machines()
    assert seen.requests[0].extensions["timeout"]["read"] == 30.0  # the default deadline does not cut it


def test_deadline_over_a_real_socket(raw_server):
    srv = raw_server(silent)
    c = PeaqosClient(orchestration_url=srv.url, timeout=30, deadline=0.3)
    with pytest.raises(OrchestrationNetworkError) as e:
        c.orchestration.list_machines()
    assert isinstance(e.value.__cause__, httpx.ReadTimeout) and "deadline of 0.3 s reached" in str(e.value)
    assert srv.hits == 1  # no time was left for a second attempt


# ---- timeout precedence: per call > client > user httpx client > documented defaults --------------------
def _timeouts(c: PeaqosClient, script: Script, names: tuple[str, ...] = ("list_machines", "create_market_order")):
    start = script.count
    for name in names:
        call(c, OPS[name], Secrets())
    return [r.extensions["timeout"]["read"] for r in script.requests[start:]]


def test_timeout_precedence():
    script = Script(200, ok={"items": [], "item": None})
    plain = httpx.Client(transport=httpx.MockTransport(script))
    configured = httpx.Client(transport=httpx.MockTransport(script), timeout=7)

    def client(http: httpx.Client, **kw: Any) -> PeaqosClient:
        return PeaqosClient(orchestration_url=FAKE_URL, http_client=http, max_retries=0, **kw)

    def safe(c: PeaqosClient) -> list[float]:
        try:
            return _timeouts(c, script)
        except OrchestrationApiError:  # create_market_order's body shape is not the point here
            return [r.extensions["timeout"]["read"] for r in script.requests[-2:]]

    assert safe(client(plain)) == [30.0, 60.0]  # documented defaults (an unconfigured httpx client)
    assert safe(client(configured)) == [7.0, 7.0]  # the user's httpx client
    assert safe(client(configured, timeout=9)) == [9.0, 9.0]  # the client option beats it
    assert safe(client(configured, timeout=9).with_options(timeout=3)) == [3.0, 3.0]  # per call beats all
    per_call = client(plain).with_options(timeout=httpx.Timeout(4, connect=1))
    safe(per_call)
    assert script.requests[-1].extensions["timeout"] == {"connect": 1, "read": 4, "write": 4, "pool": 4}


def test_timeout_precedence_async():
    script = Script(200)

    async def go() -> list[float]:
        for kw, http_kw, options in (({}, {}, {}), ({}, {"timeout": 7}, {}), ({"timeout": 9}, {"timeout": 7}, {})):
            http = httpx.AsyncClient(transport=httpx.MockTransport(script), **http_kw)
            c = AsyncPeaqosClient(orchestration_url=FAKE_URL, http_client=http, **kw)
            await c.orchestration.with_options(**options).list_machines()
            await c.with_options(timeout=2).orchestration.list_machines()
            await http.aclose()
        return [r.extensions["timeout"]["read"] for r in script.requests]

    assert run(go()) == [30.0, 2.0, 7.0, 2.0, 9.0, 2.0]


# ---- per-call options: same pool, functional forms, extra headers, on_retry ----------------------------
def test_with_options_shares_the_pool_and_leaves_it_open(mock):
    c = PeaqosClient(orchestration_url=mock.url)
    view = c.with_options(timeout=5, extra_headers={"x-trace": "t1"})
    assert view.session is c.session and c.orchestration.with_options(max_retries=0) is not c.orchestration
    from peaq_os_sdk.orchestration import list_machines

    assert list_machines(view).items == ()  # the functional form takes the options through its client
    view.close()  # closing a view leaves the shared pool open
    assert c.orchestration.list_machines().items == ()
    assert [r["headers"].get("x-trace") for r in mock.requests] == ["t1", None]
    c.close()


def test_with_options_async_shares_the_pool(mock):
    async def go() -> None:
        async with AsyncPeaqosClient(orchestration_url=mock.url) as c:
            o = c.orchestration.with_options(extra_headers={"x-trace": "a1"}, max_retries=0)
            assert (await o.list_machines()).items == ()
            from peaq_os_sdk.orchestration.aio import list_machines

            assert (await list_machines(c.with_options(timeout=4))).items == ()
            assert c.with_options(timeout=4).session is c.session

    run(go())
    assert [r["headers"].get("x-trace") for r in mock.requests] == ["a1", None]


def test_on_retry_is_told_attempt_wait_and_reason(monkeypatch, caplog):
    monkeypatch.setattr(_transport, "_random", lambda: 0.0)
    seen: list[tuple[int, float, str]] = []
    script = Script(503, (429, {"retry-after": "1"}), httpx.ConnectError, 200)
    c = mock_client(script, max_retries=3, on_retry=lambda *a: seen.append(a))
    caplog.set_level("INFO", logger="peaq_os_sdk")
    assert c.orchestration.list_machines().items == ()
    assert seen == [(1, 0.5, "HTTP 503"), (2, 1.0, "HTTP 429"), (3, 2.0, "ConnectError")]
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("peaq_os_sdk") and r.levelname == "INFO"]
    assert [line.split(" in ")[0] for line in lines] == ["retrying GET /api/v1/machines"] * 3
    assert "(retry 2 of 3): HTTP 429" in lines[1]


# ---- raw responses and request ids ------------------------------------------------------------------------
def test_raw_response_every_operation_sync_and_async():
    """``with_raw_response.<name>`` exists for every operation and ``parse()`` equals the plain result."""
    ok = {"items": [], "item": None, "ok": True}
    for op in OPERATIONS:
        script = Script((200, {"x-request-id": "req_abc"}), ok=ok)
        c = mock_client(script, max_retries=0)
        try:
            plain: Any = call(c, op, Secrets())
        except OrchestrationApiError as e:
            plain = e
        raw_ns = c.orchestration.with_raw_response
        from tests._opargs import call_args

        args, kwargs = call_args(op, Secrets())
        got = getattr(raw_ns, op.sdk_name)(*args, **kwargs)
        assert isinstance(got, RawResponse) and got.status_code == 200 and got.request_id == "req_abc"
        assert got.retries_taken == 0 and got.elapsed >= 0
        if isinstance(plain, OrchestrationApiError):  # the body did not fit this operation: parse says so
            with pytest.raises(OrchestrationApiError):
                got.parse()
        else:
            assert got.parse() == plain

        async def go(op: Any = op, args: Any = args, kwargs: Any = kwargs) -> RawResponse[Any]:
            ac = mock_aclient(Script((200, {"x-request-id": "req_def"}), ok=ok))
            try:
                return await getattr(ac.orchestration.with_raw_response, op.sdk_name)(*args, **kwargs)  # type: ignore[no-any-return]
            finally:
                await ac.aclose()

        assert run(go()).request_id == "req_def"


def test_raw_response_carries_retries_and_errors_still_raise(monkeypatch):
    script = Script((503, {"x-request-id": "req_1"}), (200, {"x-request-id": "req_2"}))
    raw = mock_client(script).orchestration.with_raw_response.list_machines()
    assert raw.retries_taken == 1 and raw.request_id == "req_2" and raw.parse().items == ()
    assert raw.parse() is raw.parse()
    assert "req_2" in repr(raw) and "retries_taken=1" in repr(raw)
    failing = mock_client(Script((404, {"x-request-id": "req_404"}))).orchestration.with_raw_response
    with pytest.raises(OrchestrationApiError) as e:
        failing.get_machine("m_1")
    assert e.value.request_id == "req_404" and "request id req_404" in str(e.value)


def test_request_ids_from_the_mock_match_its_log(mock, client):
    with pytest.raises(OrchestrationApiError) as e:
        client.orchestration.get_machine("mach_missing")
    logged = [r for r in mock.requests if r["operationId"] == "getMachine"]
    assert len(logged) == 1 and logged[0]["requestId"] == e.value.request_id
    assert e.value.request_id.startswith("req_") and f"request id {e.value.request_id}" in str(e.value)
    raw = client.orchestration.with_raw_response.list_machines()
    assert raw.request_id == mock.requests[-1]["requestId"] == raw.headers["x-request-id"]
    seen = oneshot.get(mock.url + "/_mock/requests").json()["items"]
    assert [r["requestId"] for r in seen] == [r["requestId"] for r in mock.requests]
    assert len({r["requestId"] for r in seen}) == len(seen)
    assert oneshot.get(mock.url + "/health").headers["x-request-id"].startswith("req_")


def test_network_error_after_headers_carries_the_request_id(raw_server):
    def cut(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        conn.sendall(response(200, b'{"items": [', length=400, extra="x-request-id: req_cut\r\n"))

    srv = raw_server(cut)
    with pytest.raises(OrchestrationNetworkError) as e:
        PeaqosClient(orchestration_url=srv.url, max_retries=0).orchestration.list_machines()
    assert e.value.request_id == "req_cut" and "request id req_cut" in str(e.value)

    async def go() -> OrchestrationNetworkError:
        async with AsyncPeaqosClient(orchestration_url=srv.url, max_retries=0) as c:
            with pytest.raises(OrchestrationNetworkError) as ae:
                await c.orchestration.list_machines()
        return ae.value

    async_error = asyncio.run(go())  # the async transport streams too, so the headers survive the cut body
    assert async_error.request_id == "req_cut" and "request id req_cut" in str(async_error)


def test_hostile_request_ids_are_bounded_and_printable():
    ids = ["a" * 5000, "req\x00\x1b[31m\nnext"]
    for rid in ids:
        with pytest.raises(OrchestrationApiError) as e:
            mock_client(Script((404, {"x-request-id": rid}))).orchestration.get_machine("m")
        assert e.value.request_id is not None and len(e.value.request_id) <= 128
        assert e.value.request_id.isprintable()


# ---- the mock's scripted faults ------------------------------------------------------------------------------
def _logged(mock: Any, op: Any) -> list[dict[str, Any]]:
    return [r for r in mock.requests if r["operationId"] == op.operation_id]


def test_mock_fault_status_with_retry_after_is_retried_then_served(mock, client, no_backoff_waits):
    oneshot.transport_fault(mock, method="GET", path="/machines", status=503, times=2, retryAfter="1")
    raw = client.orchestration.with_raw_response.list_machines()
    assert raw.retries_taken == 2 and raw.parse().items == ()
    log = _logged(mock, OPS["list_machines"])
    assert [r.get("fault") for r in log] == ["status 503", "status 503", None]
    assert raw.request_id == log[-1]["requestId"] and no_backoff_waits == [1.0, 1.0]


def test_mock_fault_429_retries_a_non_idempotent_write(mock, client):
    op = OPS["create_market_order"]
    oneshot.transport_fault(mock, method="POST", path="/market/orders", status=429, retryAfterMs="10")
    with pytest.raises(OrchestrationApiError):
        call(client, op, Secrets())  # the second attempt reaches the simulator, which refuses the dummy order
    assert [r.get("fault") for r in _logged(mock, op)] == ["status 429", None]


MODES = ["sync", "async"]


def _outcome(mode: str, url: str, op: Any, **kw: Any) -> Any:
    """The result of ``op`` (sync or async client) or the orchestration error it raised."""
    if mode == "sync":
        with PeaqosClient(orchestration_url=url, **kw) as c:
            try:
                return call(c, op, Secrets())
            except (OrchestrationApiError, OrchestrationNetworkError) as e:
                return e

    async def go() -> Any:
        async with AsyncPeaqosClient(orchestration_url=url, **kw) as ac:
            try:
                return await acall(ac, op, Secrets())
            except (OrchestrationApiError, OrchestrationNetworkError) as e:
                return e

    return run(go())


def _call_mode(mode: str, url: str, op: Any, **kw: Any) -> BaseException:
    outcome = _outcome(mode, url, op, **kw)
    assert isinstance(outcome, BaseException), "expected an error"
    return outcome


def _glob(path: str) -> str:
    """The operation's path with any value in place of each parameter."""
    return re.sub(r"\{[^}]+\}", "*", path)


def _wait_logged(mock: Any, op: Any, n: int) -> list[dict[str, Any]]:
    give_up = time.monotonic() + 5
    while len(_logged(mock, op)) < n and time.monotonic() < give_up:
        time.sleep(0.01)
    return _logged(mock, op)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("op", NON_IDEMPOTENT, ids=lambda op: op.sdk_name)
def test_non_idempotent_exactly_once_under_mock_faults(mock, op, mode):
    """503, a read timeout (the server is slower than the client's timeout) and a dropped connection:
    the mock's log shows exactly one request each time, for every non-idempotent operation."""
    path = _glob(op.path)
    # 503 with an invitation to retry soon: still exactly once
    oneshot.transport_fault(mock, method=op.method, path=path, status=503, retryAfter="0")
    e = _call_mode(mode, mock.url, op)
    assert isinstance(e, OrchestrationApiError) and e.status_code == 503 and e.retries_taken == 0
    assert [r.get("fault") for r in _logged(mock, op)] == ["status 503"]
    # the connection dropped after the request was read
    mock.reset()
    oneshot.transport_fault(mock, method=op.method, path=path, drop=True)
    e = _call_mode(mode, mock.url, op)
    assert isinstance(e, OrchestrationNetworkError) and isinstance(e.__cause__, httpx.RemoteProtocolError)
    assert [r.get("fault") for r in _logged(mock, op)] == ["drop"]
    # a read timeout: the request reaches the simulator after the client gave up
    mock.reset()
    oneshot.transport_fault(mock, method=op.method, path=path, delayMs=200)
    e = _call_mode(mode, mock.url, op, timeout=httpx.Timeout(5, read=0.1))
    assert isinstance(e, OrchestrationNetworkError) and isinstance(e.__cause__, httpx.ReadTimeout)
    log = _wait_logged(mock, op, 1)
    time.sleep(0.05)  # a re-send would have been logged before the slow original
    assert len(_logged(mock, op)) == 1 and log[0].get("fault") is None


@pytest.mark.parametrize("op", IDEMPOTENT, ids=lambda op: op.sdk_name)
def test_idempotent_operations_are_retried_under_the_same_faults(mock, op):
    """The counterpart: the same faults on an idempotent operation are re-sent (so the test above can fail)."""
    path = _glob(op.path)
    oneshot.transport_fault(mock, method=op.method, path=path, status=503, retryAfter="0")
    oneshot.transport_fault(mock, method=op.method, path=path, drop=True)
    outcome = _outcome("sync", mock.url, op)  # the third attempt reaches the simulator
    assert [r.get("fault") for r in _logged(mock, op)] == ["status 503", "drop", None]
    if isinstance(outcome, OrchestrationApiError):
        assert outcome.retries_taken == 2


def test_a_reset_ends_a_request_still_waiting_out_its_delay(mock):
    """A slow request a test leaves behind (its client gave up) must not land in the next test's fresh state: the
    mock drops it when it wakes after a reset. Without the reset the same request does land (see above)."""
    op = OPS["create_machine"]
    path = _glob(op.path)
    oneshot.transport_fault(mock, method=op.method, path=path, delayMs=300)
    e = _call_mode("sync", mock.url, op, timeout=httpx.Timeout(5, read=0.05))
    assert isinstance(e, OrchestrationNetworkError) and isinstance(e.__cause__, httpx.ReadTimeout)
    give_up = time.monotonic() + 5  # on a loaded machine the client may give up before the mock has taken it
    while mock.app.state.faults.rules and time.monotonic() < give_up:  # the rule is used up once taken
        time.sleep(0.01)
    mock.reset()
    oneshot.transport_fault(mock, method=op.method, path=path, delayMs=300)
    # sent after the reset with the same delay, so it wakes after the stale one: once it has answered, the stale
    # one has been dealt with
    fresh = _outcome("sync", mock.url, op)
    assert not isinstance(fresh, OrchestrationNetworkError), fresh
    log = _logged(mock, op)
    assert [r.get("status") for r in log] == [getattr(fresh, "status_code", 201)]  # statuses only: no headers shown
    assert len(mock.store.machines) == (0 if isinstance(fresh, BaseException) else 1)


def test_idempotent_read_timeout_is_retried(mock):
    op = OPS["list_machines"]
    oneshot.transport_fault(mock, method="GET", path="/machines", delayMs=200)
    c = PeaqosClient(orchestration_url=mock.url, timeout=httpx.Timeout(5, read=0.1))
    assert c.orchestration.list_machines().items == ()
    assert len(_wait_logged(mock, op, 2)) == 2


# ---- raw loopback sockets: the same rules with no mock in between ---------------------------------------------
@pytest.fixture
def raw_server():
    servers: list[RawServer] = []

    def make(handler: Any) -> RawServer:
        servers.append(RawServer(handler))
        return servers[-1]

    yield make
    for s in servers:
        s.close()


def _answers(*answers: bytes) -> Any:
    count = {"n": 0}
    lock = threading.Lock()

    def handler(conn: socket.socket, head: bytes, stop: threading.Event) -> None:
        with lock:
            i = min(count["n"], len(answers) - 1)
            count["n"] += 1
        if answers[i]:
            conn.sendall(answers[i])

    return handler


SERVICE_UNAVAILABLE = response(503, json.dumps(ERROR).encode(), extra="retry-after: 0\r\n")
OK_LIST = response(200, b'{"items": []}')


@pytest.mark.parametrize("mode", MODES)
def test_raw_socket_rules(raw_server, mode):
    cases = [
        (OPS["list_machines"], SERVICE_UNAVAILABLE, 3),
        (OPS["create_payment_intent"], SERVICE_UNAVAILABLE, 3),  # x-idempotent
        (OPS["create_market_order"], SERVICE_UNAVAILABLE, 1),
        (OPS["create_market_order"], response(429, json.dumps(ERROR).encode(), extra="retry-after: 0\r\n"), 3),
        (OPS["create_market_order"], response(409, json.dumps(ERROR).encode(), extra="x-should-retry: true\r\n"), 3),
        (OPS["list_machines"], response(503, json.dumps(ERROR).encode(), extra="x-should-retry: false\r\n"), 1),
        (OPS["list_machines"], b"", 3),  # hang-up after reading the request
        (OPS["create_market_order"], b"", 1),
    ]
    for op, answer, hits in cases:
        srv = raw_server(_answers(answer))
        e = _call_mode(mode, srv.url, op, api_key=Secrets().api_key)
        time.sleep(0.02)
        assert srv.hits == hits, (op.sdk_name, answer[:40], srv.hits)
        assert isinstance(e, OrchestrationApiError | OrchestrationNetworkError)


def test_raw_socket_retry_then_success(raw_server):
    srv = raw_server(_answers(SERVICE_UNAVAILABLE, b"", OK_LIST))
    assert PeaqosClient(orchestration_url=srv.url).orchestration.list_machines().items == ()
    assert srv.hits == 3


def test_raw_socket_connection_refused_then_retried_until_exhausted():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    seen: list[str] = []
    c = PeaqosClient(orchestration_url=f"http://127.0.0.1:{port}", on_retry=lambda a, w, r: seen.append(r))
    with pytest.raises(OrchestrationNetworkError):
        call(c, OPS["create_market_order"], Secrets())
    assert seen == ["ConnectError", "ConnectError"]


# ---- the mock's fault configuration: admin route, CLI form, env -------------------------------------------------
def test_fault_specs_cli_and_env_forms():
    rule = parse_spec("POST /market/orders,status=503,times=2,retry-after=1,should-retry=true")
    assert (rule.method, rule.path, rule.status, rule.times, rule.retry_after) == (
        "POST",
        "/market/orders",
        503,
        2,
        "1",
    )
    assert rule.headers == {"x-should-retry": "true"}
    assert parse_spec("/machines*,drop,times=always").times is None
    assert parse_spec("GET /machines,delay-ms=50").delay_ms == 50
    for bad in ("POST /x", "/x,status=999", "/x,frobnicate", "FETCH /x,drop", "x,drop", "/x,times=0,drop"):
        with pytest.raises(FaultSpecError):
            parse_spec(bad)
    cfg = MockConfig.from_env({"PEAQOS_MOCK_FAULTS": "GET /machines,status=500; POST /market/search,drop"})
    assert len(cfg.faults) == 2
    with pytest.raises(FaultSpecError):
        MockConfig.from_env({"PEAQOS_MOCK_FAULTS": "GET /machines,status=nope"})


def test_fault_admin_route_lists_clears_and_validates(mock, client):
    oneshot.transport_fault(mock, path="/api/v1/machines", status=500, times=3)
    listed = oneshot.get(mock.url + "/_mock/transport-faults").json()["items"]
    assert listed[0]["path"] == "/api/v1/machines" and listed[0]["times"] == 3
    bad = oneshot.post(mock.url + "/_mock/transport-faults", json={"path": "/machines"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "VALIDATION_ERROR"
    assert oneshot.delete(mock.url + "/_mock/transport-faults").status_code == 204
    assert oneshot.get(mock.url + "/_mock/transport-faults").json()["items"] == []
    assert client.orchestration.list_machines().items == ()
    oneshot.transport_fault(mock, path="/machines", status=500)
    assert oneshot.post(mock.url + "/_mock/reset").status_code == 204
    assert oneshot.get(mock.url + "/_mock/transport-faults").json()["items"] == []


def test_configured_faults_are_rearmed_by_reset_and_admin_ones_dropped():
    import warnings

    from peaq_os_sdk.mock import create_app

    app = create_app(MockConfig(faults=("GET /machines,status=503,times=1",)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # starlette's note about httpx vs httpx2
        from starlette.testclient import TestClient

        http = TestClient(app, base_url="http://mock")
    statuses = lambda: [http.get("/api/v1/machines").status_code for _ in range(2)]  # noqa: E731
    assert statuses() == [503, 200]  # used up
    http.post("/_mock/transport-faults", json={"path": "/machines", "status": 500, "times": 5})
    assert http.post("/_mock/reset").status_code == 204
    assert statuses() == [503, 200]  # the configured rule is back, the admin one is gone
    assert http.get("/_mock/requests").status_code == 200 and http.get("/health").status_code == 200
    http.close()


def test_transport_view_reprs_and_summary(capsys):
    c = PeaqosClient(orchestration_url=FAKE_URL, max_retries=4)
    assert "max_retries=4" in repr(c.with_options(timeout=1)._orchestration_transport())
    assert repr(c.orchestration.with_raw_response) == "<OrchestrationWithRawResponse>"
    with capsys.disabled():
        print(
            f"\n[retries] operations={len(OPERATIONS)} idempotent={len(IDEMPOTENT)} "
            f"non-idempotent={len(NON_IDEMPOTENT)} statuses={len(STATUSES)}"
        )


def test_async_drop_and_sleep_paths(mock, no_backoff_waits):
    oneshot.transport_fault(mock, method="GET", path="/machines", drop=True, times=2)

    async def go() -> Any:
        async with AsyncPeaqosClient(orchestration_url=mock.url) as c:
            return await c.orchestration.with_raw_response.list_machines()

    raw = run(go())
    assert raw.retries_taken == 2 and len(no_backoff_waits) == 2
    assert asyncio.iscoroutinefunction(_transport.AsyncTransport.call)


def test_mock_cli_and_env_script_faults():
    import os
    import subprocess
    import sys

    from peaq_os_sdk.mock.server import free_port

    port = free_port()
    env = {**os.environ, "PEAQOS_MOCK_FAULTS": "POST /market/search,drop"}
    cmd = [sys.executable, "-m", "peaq_os_sdk.mock", "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(
        [*cmd, "--fault", "GET /machines,status=429,retry-after=0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_serving(base)
        first = oneshot.get(base + "/api/v1/machines")
        assert first.status_code == 429 and first.headers["retry-after"] == "0"
        assert first.headers["x-request-id"].startswith("req_")
        assert oneshot.get(base + "/api/v1/machines").status_code == 200  # times defaults to 1
        rules = oneshot.get(base + "/_mock/transport-faults").json()["items"]
        assert [(r["method"], r["path"], r["drop"]) for r in rules] == [("POST", "/market/search", True)]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    bad = subprocess.run([*cmd, "--fault", "GET /machines,status=nope"], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "--fault" in bad.stderr


def test_a_success_status_with_a_bad_body_carries_the_request_id():
    for body in (b"not json", b'{"wrong": 1}'):

        def handler(request: httpx.Request, body: bytes = body) -> httpx.Response:
            return httpx.Response(200, content=body, headers={"x-request-id": "req_shape"})

        with pytest.raises(OrchestrationApiError) as e:
            mock_client(handler).orchestration.list_machines()
        assert e.value.request_id == "req_shape" and e.value.retries_taken == 0


@pytest.mark.parametrize("level", ["info", "debug", "bogus"])
def test_peaqos_log_writes_one_line_per_attempt_to_stderr(level, mock, monkeypatch, capfd):
    import logging

    monkeypatch.setenv("PEAQOS_LOG", level)
    pkg = logging.getLogger("peaq_os_sdk")
    try:
        capfd.readouterr()
        oneshot.transport_fault(mock, method="GET", path="/machines", status=503, retryAfter="0")
        with PeaqosClient(orchestration_url=mock.url, api_key="log-check-key-0123456789") as c:
            c.orchestration.list_machines()
        err = capfd.readouterr().err
    finally:
        for h in list(pkg.handlers):
            if getattr(h, "_peaqos_log_handler", False):
                pkg.removeHandler(h)
        pkg.setLevel(logging.NOTSET)
    if level == "bogus":
        assert "request_id=" not in err  # an unknown level attaches nothing
        return
    ids = [r["requestId"] for r in mock.requests]
    lines = [line for line in err.splitlines() if "/api/v1/machines" in line and "headers=" not in line]
    assert re.search(rf"<- 503 GET /api/v1/machines \d+\.\d ms request_id={ids[0]} attempt=1$", lines[0])
    assert re.search(r"retrying GET /api/v1/machines in 0\.00 s \(retry 1 of 2\): HTTP 503", lines[1])
    assert re.search(rf"<- 200 GET /api/v1/machines \d+\.\d ms request_id={ids[1]} attempt=2$", lines[2])
    headers = [line for line in err.splitlines() if "headers=" in line]
    assert len(headers) == (2 if level == "debug" else 0)  # debug adds the request headers, redacted
    assert "log-check-key" not in err and all("[REDACTED]" in line for line in headers)


def test_a_logged_answer_without_a_request_id_shows_a_dash(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"items": [], "nextCursor": None})  # no x-request-id header

    with caplog.at_level(logging.INFO, logger="peaq_os_sdk"):
        mock_client(handler, verbose=True).orchestration.list_machines()
    (line,) = [r.getMessage() for r in caplog.records if r.getMessage().startswith("<- ")]
    assert re.fullmatch(r"<- 200 GET /api/v1/machines \d+\.\d ms request_id=- attempt=1", line), line
