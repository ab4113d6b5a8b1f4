"""Small handwritten runtime pieces pinned exactly (gaps mutation testing showed): the pagination drivers,
``ListQuery``, challenge signing and recovery, the client's repr of URLs, ``from_env``'s default, and the
signatures of the flows as ``inspect`` sees them."""

from __future__ import annotations

import asyncio
import inspect
import weakref
from typing import Any

import pytest

from peaq_os_sdk import PeaqosClient
from peaq_os_sdk.orchestration import ListQuery, ListResponse, OrchestrationValidationError, flows
from peaq_os_sdk.orchestration.pagination import aiter_pages, iter_pages
from peaq_os_sdk.orchestration.signing import address_of, recover_challenge_signer, sign_challenge_message

KEY = "0x" + "4c" * 32


# ---- pagination ------------------------------------------------------------------------------------------
def _pages(*cursors: str | None) -> tuple[list[str | None], Any]:
    """fetch() over pages whose next cursors are ``cursors``; records the cursor each call was given."""
    asked: list[str | None] = []

    def fetch(cursor: str | None) -> ListResponse[int]:
        asked.append(cursor)
        i = len(asked) - 1
        return ListResponse(items=(i * 10, i * 10 + 1), next_cursor=cursors[i])

    return asked, fetch


def _async(fetch: Any) -> Any:
    async def afetch(cursor: str | None) -> Any:
        return fetch(cursor)

    async def collect() -> list[int]:
        return [x async for x in aiter_pages(afetch)]

    return asyncio.run(collect())


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_pages_follow_the_cursor_until_there_is_none(mode: str) -> None:
    asked, fetch = _pages("c1", "c2", None)
    items = list(iter_pages(fetch)) if mode == "sync" else _async(fetch)
    assert items == [0, 1, 10, 11, 20, 21]
    assert asked == [None, "c1", "c2"]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_cursor_handed_back_again_ends_the_walk(mode: str) -> None:
    asked, fetch = _pages("c1", "c2", "c1", "c9", None)
    items = list(iter_pages(fetch)) if mode == "sync" else _async(fetch)
    assert items == [0, 1, 10, 11, 20, 21]  # the third page is yielded, its old cursor is not followed
    assert asked == [None, "c1", "c2"]


@pytest.mark.parametrize("cursor", ["", 7, b"c"])
def test_list_query_refuses_a_cursor_that_is_not_a_non_empty_string(cursor: Any) -> None:
    with pytest.raises(OrchestrationValidationError) as ei:
        ListQuery(cursor=cursor)
    assert (ei.value.field, ei.value.constraint) == ("cursor", "non-empty string")


def test_list_query_accepts_a_cursor() -> None:
    assert ListQuery(limit=5, cursor="c").cursor == "c"


# ---- signing -----------------------------------------------------------------------------------------------
def test_sign_then_recover_gives_the_signer() -> None:
    signature = sign_challenge_message("peaq challenge\nNonce: 1", KEY)
    assert recover_challenge_signer("peaq challenge\nNonce: 1", signature) == address_of(KEY)
    assert recover_challenge_signer("another message", signature) != address_of(KEY)


@pytest.mark.parametrize("signature", [None, "", "0x" + "ab" * 64, "ab" * 65, "0x" + "zz" * 65])
def test_recover_refuses_a_malformed_signature(signature: Any) -> None:
    with pytest.raises(OrchestrationValidationError) as ei:
        recover_challenge_signer("m", signature)
    assert (ei.value.field, ei.value.constraint) == ("signature", "0x + 130 hex characters")


@pytest.mark.parametrize("key", ["0x" + "00" * 32, "0x" + "ff" * 32])
def test_out_of_range_key_is_named(key: str) -> None:
    for call in (lambda: address_of(key), lambda: sign_challenge_message("m", key)):
        with pytest.raises(OrchestrationValidationError) as ei:
            call()
        assert (ei.value.field, ei.value.constraint) == (
            "private_key",
            "a valid secp256k1 private key (1 <= key < curve order)",
        )
    with pytest.raises(OrchestrationValidationError) as ei:
        address_of(key, name="agent_key")
    assert ei.value.field == "agent_key"


# ---- client --------------------------------------------------------------------------------------------------
def test_repr_shows_urls_without_userinfo_query_or_rpc_path() -> None:
    c = PeaqosClient(
        orchestration_url="https://user:pw@orch.example/api?token=x#f",
        rpc_url="https://rpc.example/v2/abcdef?key=y",
        api_key="k",
    )
    text = repr(c)
    assert "orchestration_url='https://orch.example/api?[REDACTED]'" in text
    assert "rpc_url='https://rpc.example/[REDACTED]?[REDACTED]'" in text
    assert "user" not in text and "pw" not in text and "abcdef" not in text
    bare = PeaqosClient(orchestration_url="http://127.0.0.1:9", rpc_url="https://rpc.example/")
    assert "rpc_url='https://rpc.example'" in repr(bare)
    assert "orchestration_url='http://127.0.0.1:9'" in repr(bare)


def test_from_env_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PEAQOS_ORCHESTRATION_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("PEAQOS_API_KEY", "env-key")
    c = PeaqosClient.from_env()
    assert (c.orchestration_url, c.api_key) == ("http://127.0.0.1:9", "env-key")


# ---- flows -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("register_machine", "identity_ref"),
        ("pair_agent", "machine_id"),
        ("rotate_session", "pairing"),
        ("update_delegation_policy", "pairing"),
        ("pay_order", "order"),
    ],
)
def test_flows_take_the_client_first(name: str, first: str) -> None:
    fn = getattr(flows, name)
    params = list(inspect.signature(fn).parameters.values())
    assert (params[0].name, params[0].kind) == ("client", inspect.Parameter.POSITIONAL_OR_KEYWORD)
    assert params[1].name == first
    assert fn.__name__ == name and fn.__doc__ and "Async twin" in fn.__doc__
    assert inspect.iscoroutinefunction(getattr(flows, "a" + name))


def test_repr_states_which_secrets_are_set_without_them() -> None:
    key = "0x" + "4c" * 32
    with_both = PeaqosClient(orchestration_url="http://127.0.0.1:9", api_key="k", private_key=key)
    assert repr(with_both) == (
        "PeaqosClient(orchestration_url='http://127.0.0.1:9', api_key=[REDACTED], private_key=[REDACTED], rpc_url=None)"
    )
    assert repr(PeaqosClient(orchestration_url="http://127.0.0.1:9")) == (
        "PeaqosClient(orchestration_url='http://127.0.0.1:9', api_key=None, private_key=None, rpc_url=None)"
    )
    odd = PeaqosClient(orchestration_url="http://[::1", rpc_url="https://rpc.example/XX")
    assert "orchestration_url='[REDACTED]'" in repr(odd)  # unparseable: shown as nothing at all
    assert "rpc_url='https://rpc.example/[REDACTED]'" in repr(odd)


# ---- redaction -------------------------------------------------------------------------------------------------
def _nested_secret(depth: int) -> Any:
    from tests.test_secret_marking import Outer

    node: Any = "s-deep"
    for _ in range(depth - 1):
        node = {"k": node}
    return Outer(credentials=node)


def test_secret_values_walk_64_levels_and_stop_on_cycles() -> None:
    from peaq_os_sdk.orchestration._redact import secret_values
    from tests.test_secret_marking import Outer

    assert secret_values(_nested_secret(64)) == ["s-deep"]  # Outer (0) -> credentials (1) -> ... -> leaf (64)
    loop: list[Any] = ["s-loop"]
    loop.append(loop)
    assert secret_values(Outer(credentials=loop)).count("s-loop") >= 1  # a cycle ends at the depth bound


def test_scrub_masks_the_longest_secret_first_and_only_secrets_of_four_or_more() -> None:
    from peaq_os_sdk.orchestration._redact import scrub

    assert scrub("x azzzzb y", ["zzzz", "azzzzb"]) == "x [REDACTED] y"
    assert scrub("abcd abc", ["abcd", "abc"]) == "[REDACTED] abc"


def test_snake_keys_leaves_non_string_keys() -> None:
    from peaq_os_sdk.orchestration._redact import snake_keys

    assert snake_keys({1: {"aB": [{"cD": 2}]}}) == {1: {"a_b": [{"c_d": 2}]}}


# ---- errors -----------------------------------------------------------------------------------------------------
def test_api_error_str_repr_and_args() -> None:
    from peaq_os_sdk.orchestration import OrchestrationApiError

    e = OrchestrationApiError("CODE", "msg", status_code=409)
    assert (str(e), e.args) == ("[CODE] msg (HTTP 409)", ("msg",))
    assert repr(e) == "OrchestrationApiError(code='CODE', status_code=409, message='msg', request_id=None)"
    assert str(OrchestrationApiError("BAD_RESPONSE", "m")) == "[BAD_RESPONSE] m"


# ---- signing input checks ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("key", [None, 7, "0x1234", "4c" * 31, "0x" + "g" * 64])
def test_malformed_key_is_refused_by_name(key: Any) -> None:
    for call, name in ((lambda: sign_challenge_message("m", key), "private_key"),
                       (lambda: address_of(key, name="controller_key"), "controller_key")):  # fmt: skip
        with pytest.raises(OrchestrationValidationError) as ei:
            call()
        assert (ei.value.field, ei.value.constraint) == (name, "32 bytes of hex (optionally 0x-prefixed)")


@pytest.mark.parametrize("message", ["", None, 7])
def test_empty_or_non_string_message_is_refused(message: Any) -> None:
    with pytest.raises(OrchestrationValidationError) as ei:
        sign_challenge_message(message, KEY)
    assert (ei.value.field, ei.value.constraint) == ("message", "non-empty string")


# ---- the JSON depth guard (a hostile body must not overflow the C parser's stack) ---------------------
def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize(
    ("body", "too_deep"),
    [
        (_nested(512), False),  # exactly at the limit
        (_nested(513), True),  # one over
        (b"[" + b"[]," * 2000 + b"[]]", False),  # many brackets, shallow
        (b"[" * 500 + b"[]" * 100 + b"]" * 500, False),  # near the limit, closers counted down
        (b'["' + b"[" * 600 + b'"]', False),  # brackets inside a string do not nest
        (b'["a", "' + b"[" * 600 + b'"]', False),  # ... nor in a later string
        (b'["\\"' + b"[" * 600 + b'"]', False),  # an escaped quote does not end the string
        (b'["\\\\", "' + b"[" * 600 + b'"]', False),  # an escaped backslash does not escape the quote
        (b'{"a": "x", "b": ' + _nested(513) + b"}", True),  # deep after a string
    ],
)
def test_json_depth_guard(body: bytes, too_deep: bool) -> None:
    from peaq_os_sdk.orchestration._transport import _too_deep

    assert _too_deep(body) is too_deep


def test_query_booleans_are_lowercase_words() -> None:
    from peaq_os_sdk.orchestration._transport import _query_value

    assert [_query_value(v) for v in (True, False, 0, 1, "x")] == ["true", "false", "0", "1", "x"]


def test_signature_v_is_27_or_28_even_from_a_signer_giving_0_or_1(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from peaq_os_sdk.orchestration import signing

    for v, want in ((0, "1b"), (1, "1c"), (27, "1b"), (28, "1c")):
        fake = SimpleNamespace(
            sign_message=lambda *_a, _v=v, **_k: SimpleNamespace(signature=b"\x11" * 64 + bytes([_v]))
        )
        monkeypatch.setattr(signing, "_account", lambda fake=fake: fake)
        assert sign_challenge_message("m", KEY) == "0x" + "11" * 64 + want


def test_pairing_challenge_signed_from_the_response_or_the_challenge_itself() -> None:
    from types import SimpleNamespace

    from peaq_os_sdk.orchestration.signing import sign_pairing_challenge

    challenge = SimpleNamespace(challenge_id="chal_1", message="peaq pairing\nNonce: 9")
    direct = sign_pairing_challenge(challenge, KEY)
    wrapped = sign_pairing_challenge(SimpleNamespace(item=challenge), KEY)
    assert direct == wrapped and direct.challenge_id == "chal_1"
    assert recover_challenge_signer(challenge.message, direct.signature) == address_of(KEY)


def test_api_error_text_keeps_the_message_with_the_retry_hint() -> None:
    from peaq_os_sdk.orchestration import OrchestrationApiError

    e = OrchestrationApiError("RATE_LIMITED", "slow down", status_code=429, request_id="req_1", retry_after=2.5)
    assert str(e) == "[RATE_LIMITED] slow down (HTTP 429, request id req_1); the server asked to retry after 2.5 s"


def test_transport_repr_says_whether_a_key_is_set() -> None:
    with PeaqosClient(orchestration_url="http://127.0.0.1:9", api_key="k-secret-123") as c:
        text = repr(c._orchestration_transport())
        assert "api_key=set" in text and "k-secret-123" not in text
    with PeaqosClient(orchestration_url="http://127.0.0.1:9") as c:
        assert "api_key=unset" in repr(c._orchestration_transport())


def test_bad_max_retries_env_is_named() -> None:
    from peaq_os_sdk import PeaqosConfigError

    with pytest.raises(PeaqosConfigError, match=r"^PEAQOS_MAX_RETRIES must be a whole number"):
        PeaqosClient.from_env(env={"PEAQOS_MAX_RETRIES": "two"})


def test_functional_forms_name_the_client_they_need() -> None:
    from types import SimpleNamespace

    from peaq_os_sdk.orchestration import OrchestrationConfigError
    from peaq_os_sdk.orchestration._runtime import atransport, transport

    # anything that is not the right client: no transport at all, or one without the async marker
    for thing in (object(), "http://x", SimpleNamespace(_orchestration_transport=lambda: "t")):
        with pytest.raises(OrchestrationConfigError, match=r"^expected an AsyncPeaqosClient \(use the sync functions"):
            atransport(thing)
    with pytest.raises(OrchestrationConfigError, match=r"^expected a PeaqosClient \(use the async functions"):
        transport(object())
    assert atransport(SimpleNamespace(_orchestration_transport=lambda: "t", _is_async=True)) == "t"
    assert transport(SimpleNamespace(_orchestration_transport=lambda: "t")) == "t"


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after-ms": "0", "retry-after": "5"}, 0.0),  # zero milliseconds is a valid ask: retry now
        ({"retry-after-ms": "1500", "retry-after": "5"}, 1.5),
        ({"retry-after-ms": "soon", "retry-after": "5"}, 5.0),  # unreadable ms: the seconds header decides
        ({"retry-after-ms": "-3", "retry-after": "5"}, 5.0),
        ({"retry-after-ms": "nan", "retry-after": "0"}, 0.0),
        ({"retry-after": "-1"}, None),
        ({}, None),
    ],
)
def test_retry_after_headers(headers: dict[str, str], wait: float | None) -> None:
    import httpx

    from peaq_os_sdk.orchestration._transport import _retry_after

    assert _retry_after(httpx.Headers(headers)) == wait


def _depth_oracle(body: bytes) -> int:
    """Deepest bracket nesting outside JSON strings, by a plain character walk (the reference for the fast check)."""
    depth = deepest = 0
    in_string = escaped = False
    for c in body:
        if in_string:
            if escaped:
                escaped = False
            elif c == ord("\\"):
                escaped = True
            elif c == ord('"'):
                in_string = False
        elif c == ord('"'):
            in_string = True
        elif c in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in b"]}":
            depth -= 1
    return deepest


_PIECES = [b"[", b"]", b"{", b"}", b'"', b"\\", b"a", b",", b"\\\\", b'\\"', b'""', b'"]"', b'"[["']


def test_the_json_depth_check_agrees_with_a_character_walk():
    """``_too_deep`` (C-speed byte passes) refuses exactly the bodies nested deeper than the limit outside strings."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from peaq_os_sdk.orchestration._transport import _MAX_JSON_DEPTH, _too_deep

    body = st.tuples(st.integers(0, _MAX_JSON_DEPTH + 40), st.lists(st.sampled_from(_PIECES), max_size=300)).map(
        lambda t: b"[" * t[0] + b"".join(t[1])
    )

    @settings(max_examples=300, deadline=None)
    @given(body)
    def check(b: bytes) -> None:
        assert _too_deep(b) == (_depth_oracle(b) > _MAX_JSON_DEPTH), b[-200:]

    check()
    deep = b"[" * (_MAX_JSON_DEPTH + 1) + b'"]]]\\"[["' + b"]" * (_MAX_JSON_DEPTH + 1)
    assert _too_deep(deep) and not _too_deep(deep[1:])


def test_api_error_text_names_the_request_id_with_or_without_a_status() -> None:
    from peaq_os_sdk.orchestration import OrchestrationApiError

    assert str(OrchestrationApiError("NOT_FOUND", "no such machine", status_code=404, request_id="req_1")) == (
        "[NOT_FOUND] no such machine (HTTP 404, request id req_1)"
    )
    # no HTTP status (the answer never came whole): the request id still shows
    assert str(OrchestrationApiError("INVALID_RESPONSE_SHAPE", "bad body", request_id="req_2")) == (
        "[INVALID_RESPONSE_SHAPE] bad body (request id req_2)"
    )
    assert str(OrchestrationApiError("INVALID_RESPONSE_SHAPE", "bad body")) == "[INVALID_RESPONSE_SHAPE] bad body"


def test_a_cross_field_rule_without_a_reason_says_only_the_rule() -> None:
    """The spec's exactly-one-of rules (from ``oneOf``) carry no ``why``: the message ends with the rule."""
    from types import SimpleNamespace

    from peaq_os_sdk.orchestration._validate import check_cross_field

    obj = SimpleNamespace(transaction_hash="0x1", transaction_signature="s")
    rule = {"rule": "exactly-one", "fields": ("transaction_hash", "transaction_signature"), "why": ""}
    with pytest.raises(OrchestrationValidationError) as info:
        check_cross_field(obj, rule, "params")
    assert info.value.constraint == "exactly one of params.transaction_hash, params.transaction_signature must be set"
    with pytest.raises(OrchestrationValidationError) as info:
        check_cross_field(obj, {**rule, "why": "one proof per payment"}, "params")
    assert info.value.constraint.endswith("must be set: one proof per payment")


def test_redacted_headers_mask_credential_names_and_known_secrets_inside_other_values() -> None:
    from peaq_os_sdk.orchestration._redact import REDACTED, redact_headers

    headers = {"authorization": "Bearer abc", "x-trace": "tok-SECRET1-x", "accept": "application/json"}
    assert redact_headers(headers) == {
        "authorization": REDACTED,
        "x-trace": "tok-SECRET1-x",
        "accept": "application/json",
    }
    masked = redact_headers(headers, ["SECRET1"])
    assert masked["authorization"] == REDACTED and "SECRET1" not in masked["x-trace"]
    assert masked["accept"] == "application/json"


def test_an_awaitable_without_close_handed_to_a_sync_flow_is_refused_by_name(client: PeaqosClient) -> None:
    """A sync flow given an async callback refuses it naming the argument, whatever kind of awaitable it returns."""

    class Pending:  # awaitable, but not a coroutine: no close()
        def __await__(self) -> Any:
            yield None

    def step(ns: Any) -> Any:
        return Pending()

    def flow() -> Any:
        yield step

    twins = flows._Twins(flow)
    with pytest.raises(OrchestrationValidationError) as info:
        twins(client)
    assert info.value.field == "transfer"


def _every_error() -> list[Exception]:
    from peaq_os_sdk.exceptions.base import PeaqosConfigError
    from peaq_os_sdk.orchestration import (
        OrchestrationApiError,
        OrchestrationConfigError,
        OrchestrationNetworkError,
    )

    return [
        OrchestrationApiError(
            "NOT_FOUND",
            "no such machine",
            status_code=404,
            details={"machine_id": "m1"},
            request_id="req_1",
            retry_after=2.5,
            retries_taken=1,
        ),
        OrchestrationNetworkError("connection reset", request_id="req_2", retries_taken=2),
        OrchestrationValidationError("params.limit", "maximum=500"),
        OrchestrationConfigError("orchestration_url must be a non-empty http(s) URL"),
        PeaqosConfigError("bad key"),
    ]


@pytest.mark.parametrize("index", range(5), ids=["api", "network", "validation", "config", "peaqos-config"])
def test_errors_pickle_whole_and_keep_their_message_as_args(index: int) -> None:
    """Errors cross process boundaries (multiprocessing, ProcessPoolExecutor) with every attribute; ``args[0]``
    is the message, as for any exception. (Built inside the test, so mutation testing sees the test cover the
    constructors.)"""
    import pickle

    err = _every_error()[index]
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is type(err) and str(again) == str(err) and repr(again) == repr(err)
    assert vars(again) == vars(err) and again.args == err.args
    message = getattr(err, "message", None)
    assert err.args == ((message,) if message is not None else err.args) and isinstance(err.args[0], str)


def test_a_decoder_failing_in_an_unforeseen_way_is_an_invalid_response_shape() -> None:
    """The safety net behind the generated decoders: any KeyError/TypeError/... they let through becomes
    INVALID_RESPONSE_SHAPE naming the operation and the kind of failure, never the bare exception."""
    from types import SimpleNamespace

    import httpx

    from peaq_os_sdk.orchestration import OrchestrationApiError
    from peaq_os_sdk.orchestration._transport import _Prepared, _TransportBase

    def decode(value: Any) -> Any:
        raise TypeError("unforeseen")

    transport = _TransportBase("http://127.0.0.1:1", api_key=None, verbose=False)
    op = SimpleNamespace(envelope="item", operation_id="getThing", decode=decode, nullable_item=False)
    prep = _Prepared("GET", "http://127.0.0.1:1/x", {}, {}, None, httpx.Timeout(1.0), (), "getThing")
    response = httpx.Response(200, json={"item": {"id": "t1"}}, headers={"x-request-id": "req_9"})
    with pytest.raises(OrchestrationApiError) as info:
        transport._parse(op, response, prep)  # type: ignore[arg-type]
    err = info.value
    assert (err.code, err.status_code, err.request_id) == ("INVALID_RESPONSE_SHAPE", 200, "req_9")
    assert err.message == "getThing: response did not match the documented shape (TypeError)"


def test_request_bodies_are_compact_utf8_json() -> None:
    from peaq_os_sdk.orchestration._transport import _dumps

    assert _dumps({"displayName": "Röbot", "labels": {"a": "b"}, "n": [1, 2]}, "params") == (
        '{"displayName":"Röbot","labels":{"a":"b"},"n":[1,2]}'.encode()
    )
    with pytest.raises(OrchestrationValidationError) as info:
        _dumps({"x": float("nan")}, "params")
    assert info.value.field == "params"


def test_every_field_is_checked_whatever_comes_before_it() -> None:
    """``extra`` and unset optional fields are skipped, not an end of the checks: a subclass model lists its own
    fields after the inherited ``extra``."""
    import attrs

    from peaq_os_sdk.orchestration._validate import validate_model

    @attrs.frozen
    class Base:
        note: str | None = attrs.field(default=None, metadata={"rules": {"minLength": 1}})
        extra: dict[str, Any] = attrs.field(factory=dict, kw_only=True, metadata={"extra": True})

    @attrs.frozen
    class Sub(Base):
        name: str | None = attrs.field(default=None, kw_only=True, metadata={"required": True})

    assert [f.name for f in attrs.fields(Sub)] == ["note", "extra", "name"]
    with pytest.raises(OrchestrationValidationError) as info:
        validate_model(Sub(), "params")
    assert info.value.field == "params.name" and info.value.constraint == "required"


def test_a_deadline_shortens_only_the_phases_longer_than_what_remains() -> None:
    import httpx

    from peaq_os_sdk.orchestration._transport import _clamp

    t = httpx.Timeout(connect=1.0, read=10.0, write=2.0, pool=None)
    assert _clamp(t, 5.0) == httpx.Timeout(connect=1.0, read=5.0, write=2.0, pool=5.0)
    same = httpx.Timeout(connect=1.0, read=2.0, write=3.0, pool=4.0)
    assert _clamp(same, 4.0) is same


def test_secrets_nested_in_a_secret_map_are_collected_to_the_depth_bound() -> None:
    """Every string under a secret map is masked wherever a server echoes it, down to 64 levels (a bound
    against hostile nesting, not a limit any real credential map reaches)."""
    from peaq_os_sdk.orchestration._redact import _collect

    def nested(levels: int) -> Any:
        value: Any = "s3cret-leaf"
        for i in range(levels):
            value = {"k": value} if i % 2 else [value]
        return value

    out: list[str] = []
    _collect(nested(60), True, out, 0)
    assert out == ["s3cret-leaf"]
    out = []
    _collect(nested(70), True, out, 0)
    assert out == []


@pytest.mark.parametrize("fails", [False, True], ids=["answered", "failed"])
def test_the_call_log_gives_the_time_the_attempt_took_in_milliseconds(
    fails: bool, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import logging

    import httpx

    from peaq_os_sdk.orchestration import OrchestrationNetworkError, _transport

    clock = [100.0]
    monkeypatch.setattr(_transport, "_now", lambda: clock[0])

    def handler(request: httpx.Request) -> httpx.Response:
        clock[0] += 0.25  # the server takes a quarter of a second
        if fails:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json={"items": [], "nextCursor": None})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = PeaqosClient(orchestration_url="http://127.0.0.1:1", http_client=http, verbose=True, max_retries=0)
    with caplog.at_level(logging.INFO, logger="peaq_os_sdk.orchestration"):
        if fails:
            with pytest.raises(OrchestrationNetworkError):
                client.orchestration.list_machines()
        else:
            client.orchestration.list_machines()
    answers = [r.getMessage() for r in caplog.records if r.getMessage().startswith("<-")]
    assert len(answers) == 1 and " 250.0 ms" in answers[0] and answers[0].endswith("attempt=1"), answers


def test_network_errors_name_the_origin_with_its_default_port() -> None:
    from urllib.parse import urlsplit

    from peaq_os_sdk.orchestration._transport import _origin

    assert _origin(urlsplit("https://api.example.com/api/v1")) == "https://api.example.com:443"
    assert _origin(urlsplit("http://api.example.com/api/v1")) == "http://api.example.com:80"
    assert _origin(urlsplit("http://user:pw@[::1]:8080/x?q=1")) == "http://[::1]:8080"


@pytest.mark.parametrize(
    ("deadline", "exc", "says_deadline"),
    [
        (None, "read-timeout", False),  # a timeout the call's deadline did not shorten
        (30.0, "read-timeout", False),  # a deadline longer than every phase: nothing was shortened
        (0.5, "read-timeout", True),  # the deadline shortened the attempt's timeout, which then ran out
        (0.5, "connect-error", False),  # shortened, but the failure was no timeout
    ],
)
def test_a_network_error_blames_the_deadline_only_when_it_shortened_the_timeout_that_ran_out(
    deadline: float | None, exc: str, says_deadline: bool
) -> None:
    import httpx

    from peaq_os_sdk.orchestration import OrchestrationNetworkError

    def handler(request: httpx.Request) -> httpx.Response:
        if exc == "read-timeout":
            raise httpx.ReadTimeout("slow", request=request)
        raise httpx.ConnectError("refused", request=request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = PeaqosClient(
        orchestration_url="http://127.0.0.1:1", http_client=http, max_retries=0, timeout=5.0, deadline=deadline
    )
    with pytest.raises(OrchestrationNetworkError) as info:
        client.orchestration.list_machines()
    assert ("deadline" in str(info.value)) is says_deadline, str(info.value)


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"private_key": "0x12"}, "PeaqosConfigError", "private_key must be 32 bytes of hex (optionally 0x-prefixed)"),
        ({"api_url": "ftp://api.example.com"}, "PeaqosConfigError", "api_url must be a http/https URL with a host"),
        ({"rpc_url": "mailto:x"}, "PeaqosConfigError", "rpc_url must be a http/https/ws/wss URL with a host"),
        ({"orchestration_url": 123}, "OrchestrationConfigError", "orchestration_url must be a non-empty http(s) URL"),
        ({"orchestration_url": "http://[::1"}, "OrchestrationConfigError", "orchestration_url is not a valid URL"),
        ({"api_key": ""}, "OrchestrationConfigError", "api_key must be a non-empty string when given"),
        ({"api_url": 5}, "PeaqosConfigError", "api_url must be a string URL"),
        ({"orchestration_url": "ftp://h"}, "OrchestrationConfigError", "orchestration_url must be an http(s) URL with a host"),
        ({"orchestration_url": "http://h/?q=1"}, "OrchestrationConfigError", "orchestration_url must not carry a query or fragment"),
        ({"orchestration_url": "http://u:p@h"}, "OrchestrationConfigError", "orchestration_url must not embed credentials"),
    ],
    ids=["private-key", "api-url", "rpc-url", "url-not-text", "bad-url", "empty-key", "api-url-not-text", "scheme",
         "query", "credentials"],
)
def test_configuration_errors_say_which_setting_and_what_it_must_be(
    kwargs: dict[str, Any], error: str, message: str
) -> None:
    settings = {"orchestration_url": "http://127.0.0.1:1", **kwargs}
    with pytest.raises(Exception) as info:
        PeaqosClient(**settings).orchestration  # noqa: B018 (the URL and key are checked at first use)
    assert type(info.value).__name__ == error and str(info.value) == message


@pytest.mark.parametrize(
    "rpc_url", ["http://127.0.0.1:8545", "https://rpc.example", "ws://127.0.0.1:8546", "wss://x.io"]
)
def test_every_rpc_url_scheme_is_accepted(rpc_url: str) -> None:
    assert PeaqosClient(orchestration_url="http://127.0.0.1:1", rpc_url=rpc_url).rpc_url == rpc_url


def _base_units_oracle(amount: str, decimals: int, max_digits: int) -> str | None:
    from fractions import Fraction

    value = Fraction(amount) * 10**decimals
    if value < 0 or value.denominator != 1 or (value and len(str(value.numerator)) > max_digits):
        return None
    return str(value.numerator)


def test_base_units_is_exact_for_any_amount_and_scale() -> None:
    """The one home of "amount x 10^decimals": agrees with exact fraction arithmetic on random decimal text,
    including amounts longer than a decimal context's 28 digits, and refuses what is not whole base units."""
    from hypothesis import given, strategies as st

    from peaq_os_sdk._rules import base_units

    amounts = st.builds(
        lambda whole, frac, exp: whole + (f".{frac}" if frac else "") + (f"e{exp}" if exp is not None else ""),
        st.from_regex(r"[0-9]{1,40}", fullmatch=True),
        st.from_regex(r"[0-9]{0,40}", fullmatch=True),
        st.none() | st.integers(-60, 60),
    )

    @given(amounts, st.integers(0, 80), st.integers(0, 120))
    def check(amount: str, decimals: int, max_digits: int) -> None:
        assert base_units(amount, decimals, max_digits) == _base_units_oracle(amount, decimals, max_digits)

    check()


@pytest.mark.parametrize("amount", ["-1", "-0.5", "NaN", "sNaN", "Infinity", "-Infinity", "", "1.2.3", "0x10", None])
def test_base_units_refuses_what_is_not_a_non_negative_finite_number(amount: Any) -> None:
    from peaq_os_sdk._rules import base_units

    assert base_units(amount, 6, 100) is None
    assert base_units("-0", 6, 100) == "0" and base_units("0e-999999", 10**9, 1) == "0"


def test_a_tls_failure_is_found_anywhere_in_the_first_eight_links_of_the_chain() -> None:
    """The retry loop does not retry TLS failures; httpx wraps them, so the cause chain is searched (boundedly)."""
    import ssl

    import httpx

    from peaq_os_sdk.orchestration._transport import _tls_failure

    def chain(depth: int, *, via: str) -> BaseException:
        exc: BaseException = ssl.SSLError("certificate verify failed")
        for n in range(depth):
            outer = httpx.ConnectError(f"wrap {n}")
            setattr(outer, via, exc)
            exc = outer
        return exc

    for via in ("__cause__", "__context__"):
        assert _tls_failure(chain(0, via=via)) and _tls_failure(chain(7, via=via)), via
        assert not _tls_failure(chain(8, via=via)), via  # past the bound: not searched
    assert not _tls_failure(httpx.ConnectError("refused"))
    plain = httpx.ConnectError("refused")
    plain.__cause__ = ValueError("x")
    plain.__context__ = ssl.SSLError("only in the context")  # an explicit cause wins over the context
    assert not _tls_failure(plain)


@pytest.mark.parametrize(
    ("value", "rules", "constraint"),
    [
        ("lost", {"type": "str", "enum": ("active", "paused", "revoked")}, "one of active, paused, revoked"),
        ("b", {"type": "str", "pattern": "^a$"}, "pattern=^a$"),  # a pattern the spec gives no name
        ("b", {"type": "str", "pattern": "^a$", "pattern_name": "the letter a"}, "pattern=^a$: the letter a"),
    ],
    ids=["enum", "pattern", "named-pattern"],
)
def test_a_broken_field_rule_is_stated_in_full(value: str, rules: dict[str, Any], constraint: str) -> None:
    from peaq_os_sdk.orchestration import OrchestrationValidationError
    from peaq_os_sdk.orchestration._validate import check_value

    with pytest.raises(OrchestrationValidationError) as info:
        check_value(value, rules, "params.status")
    assert (info.value.field, info.value.constraint) == ("params.status", constraint)


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_walk_lets_go_of_a_page_before_fetching_the_next(mode: str) -> None:
    """Only the page being yielded is alive: by the time the next page is fetched, the previous page's
    items are gone (the caller kept none of them), so a long walk holds one page of models, not two."""

    class Item:  # weak-referenceable, like the models
        pass

    alive: list[weakref.ref[Item]] = []
    seen_alive: list[int] = []

    def fetch(cursor: str | None) -> ListResponse[Item]:
        seen_alive.append(sum(1 for r in alive if r() is not None))
        items = tuple(Item() for _ in range(3))
        alive.extend(weakref.ref(x) for x in items)
        return ListResponse(items=items, next_cursor={None: "c1", "c1": "c2"}.get(cursor))

    count = 0
    if mode == "sync":
        for _ in iter_pages(fetch):
            count += 1
    else:

        async def afetch(cursor: str | None) -> ListResponse[Item]:
            return fetch(cursor)

        async def walk() -> int:
            n = 0
            async for _ in aiter_pages(afetch):
                n += 1
            return n

        count = asyncio.run(walk())
    assert count == 9
    # the loop variable `_` still holds the last item yielded; nothing else of the previous page survives
    assert seen_alive == [0, 1, 1]
