"""Every ``x-sdk-example`` in the spec runs against the simulator, and each docstring shows its example.

The examples of one flow build on each other (``create_machine`` signs the ``challenge`` that
``create_machine_identity_challenge``'s example issued), so they run as one session: one namespace holding
``client`` (a ``PeaqosClient`` bound to a fresh simulator), ``CONTROLLER_KEY`` (a controller of identity
``did:peaq:42``) and ``AGENT_KEY``, as the spec's header promises. They are taken in spec order; an example
that raises is tried again after the others, so a step that needs a later step of the flow (execute needs the
payment proof, which the spec lists after it) runs once that step has. The session ends when a round makes
no progress: an example that still fails in every state the flow reaches turns the test red, with its error.
"""

from __future__ import annotations

import inspect
import pydoc
import traceback
from typing import Any

import pytest

from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient
from peaq_os_sdk.mock import MockServer
from peaq_os_sdk.orchestration import aio as functional_aio
from peaq_os_sdk.orchestration.signing import address_of
from tests import _spec
from tests.world import AGENT_KEY, CONTROLLER_KEY

# (operationId, SDK name, example) in spec order
EXAMPLES: list[tuple[str, str, str]] = [
    (op_id, op["x-sdk-name"], op["x-sdk-example"])
    for op_id, op in _spec.operations().items()
    if "x-sdk-example" in op
]

# the main flows the docstrings must show: register a machine, pair an agent, search, order, pay, settle
MAIN_FLOWS = {
    "createMachineIdentityChallenge", "createMachine", "createAgentPairingChallenge", "createAgentPairing",
    "createAgentPairingSession", "searchMarket", "createMarketOrder", "createPaymentIntent",
    "submitPaymentProof", "executeMarketOrder", "confirmMarketOrder", "releasePayment", "getMarketOrder",
    "listMachines",
}


def run_session(examples: list[tuple[str, str, str]]) -> tuple[list[str], dict[str, str]]:
    """Run the examples in one namespace against a fresh simulator: (the order they passed in, failures)."""
    passed: list[str] = []
    errors: dict[str, str] = {}
    with MockServer() as server:
        server.register_identity(42, [address_of(CONTROLLER_KEY)])
        with PeaqosClient(orchestration_url=server.url) as client:
            ns: dict[str, Any] = {"client": client, "CONTROLLER_KEY": CONTROLLER_KEY, "AGENT_KEY": AGENT_KEY}
            pending = list(examples)
            while pending:
                left = []
                for op_id, name, code in pending:
                    try:
                        exec(compile(code, f"x-sdk-example of {op_id} ({name})", "exec"), ns)
                    except Exception as exc:  # noqa: BLE001 - kept and reported when it never passes
                        errors[op_id] = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                        left.append((op_id, name, code))
                    else:
                        errors.pop(op_id, None)
                        passed.append(op_id)
                if len(left) == len(pending):
                    break
                pending = left
    return passed, errors


def test_the_main_flows_have_examples():
    assert {op_id for op_id, _name, _code in EXAMPLES} >= MAIN_FLOWS


def test_every_example_runs_against_the_simulator(capsys: pytest.CaptureFixture[str]) -> None:
    passed, errors = run_session(EXAMPLES)
    assert errors == {}, "x-sdk-example failing in every state the flow reaches:\n" + "\n".join(
        f"  {op}: {err}" for op, err in errors.items()
    )
    assert sorted(passed) == sorted(op_id for op_id, _n, _c in EXAMPLES)
    # the flow really ran: ordered, paid, executed, confirmed and released in that order
    order = [op for op in passed if op in MAIN_FLOWS]
    assert order.index("submitPaymentProof") < order.index("executeMarketOrder") < order.index("releasePayment")
    assert "PEAQ/USD" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("op_id", "old", "new"),
    [
        ("createMarketOrder", "quote_id=quote.id", 'quote_id="quote_that_does_not_exist"'),  # the server refuses
        ("submitPaymentProof", 'assert payment.status == "held"', 'assert payment.status == "released"'),
        ("createAgentPairing", "token = pairing.pairing_token", "token = pairing.pairing_tokn"),  # a typo
    ],
)
def test_a_broken_example_turns_the_run_red(op_id: str, old: str, new: str) -> None:
    broken = []
    for oid, name, code in EXAMPLES:
        if oid == op_id:
            assert old in code, f"the planted change no longer applies to {op_id}'s example"
            code = code.replace(old, new)
        broken.append((oid, name, code))
    _passed, errors = run_session(broken)
    assert op_id in errors


def _doc_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(("op_id", "name", "code"), EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_docstrings_show_the_example(op_id: str, name: str, code: str) -> None:
    """Sync and async namespace methods and the functional forms each carry it in an Example section."""
    import peaq_os_sdk.orchestration as functional

    sync = PeaqosClient(orchestration_url="http://127.0.0.1:9")
    asyn = AsyncPeaqosClient(orchestration_url="http://127.0.0.1:9")
    targets = {
        "method": getattr(sync.orchestration, name),
        "async method": getattr(asyn.orchestration, name),
        "function": getattr(functional, name),
        "async function": getattr(functional_aio, name),
    }
    expected = _doc_lines(code)
    for kind, target in targets.items():
        doc = inspect.getdoc(target) or ""
        example = doc[doc.index("Example:\n") :] if "Example:\n" in doc else ""
        assert example, f"{kind} {name} has no Example section"
        shown = _doc_lines(example)
        assert [line for line in shown if line in expected] == expected, f"{kind} {name} does not show the example"
    assert "await" in inspect.getdoc(targets["async method"]).split("Example:", 1)[1]  # type: ignore[union-attr]


def test_help_shows_the_example() -> None:
    client = PeaqosClient(orchestration_url="http://127.0.0.1:9")
    text = pydoc.render_doc(client.orchestration.create_market_order, renderer=pydoc.plaintext)
    code = {op_id: c for op_id, _n, c in EXAMPLES}["createMarketOrder"]
    assert "Example:" in text and "Args:" in text and "Raises:" in text
    assert all(line.strip() in text for line in code.splitlines())


def test_codegen_refuses_an_example_that_is_not_python() -> None:
    from codegen.ir import SpecError, _example

    assert _example({"operationId": "listMachines"}) is None
    assert _example({"operationId": "listMachines", "x-sdk-example": "page = client.orchestration.list_machines()\n"})
    with pytest.raises(SpecError, match="listMachines: x-sdk-example is not valid Python"):
        _example({"operationId": "listMachines", "x-sdk-example": "page = client.orchestration.list_machines(\n"})
    with pytest.raises(SpecError, match="non-empty string"):
        _example({"operationId": "listMachines", "x-sdk-example": ["not", "a", "string"]})
