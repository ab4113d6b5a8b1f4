"""The spec is the list: every operation in it has a simulator handler, an SDK method and an auth kind the
mock enforces — and an operation added to the spec without a handler is a failing test named after it,
while the mock still starts and answers that operation ``501 NOT_IMPLEMENTED``, naming it.
"""

from __future__ import annotations

import copy
from typing import Any

import httpx
import pytest
from peaq_os_sdk._generated.operations import ALL

from peaq_os_sdk.mock import MockConfig, create_app
from peaq_os_sdk.mock.simulator import Simulator
from peaq_os_sdk.mock.spec import Spec
from tests import _spec as S
from tests.conftest import run

SPEC_OPERATIONS = sorted(S.operations())


def missing_handlers(spec: Spec) -> list[str]:
    return [op.operation_id for op in spec.operations if not callable(getattr(Simulator, op.operation_id, None))]


@pytest.mark.parametrize("operation_id", SPEC_OPERATIONS)
def test_simulator_has_a_handler(operation_id: str) -> None:
    assert callable(getattr(Simulator, operation_id, None)), (
        f"{operation_id} is in the spec but the simulator has no handler: the mock answers it 501 NOT_IMPLEMENTED"
    )


@pytest.mark.parametrize("operation_id", SPEC_OPERATIONS)
def test_operation_is_generated_with_its_auth_kind(operation_id: str) -> None:
    generated = {op.operation_id: op for op in ALL}
    assert operation_id in generated, f"{operation_id} is in the spec but not generated (run make generate)"
    assert generated[operation_id].auth == S.auth_kind(S.operations()[operation_id])


def _spec_with_new_operation() -> Spec:
    raw = copy.deepcopy(S.spec())
    raw["paths"]["/zz-new-things"] = {
        "get": {
            "operationId": "listZzNewThings",
            "x-auth": "none",
            "responses": {"200": {"description": "ok"}},
        }
    }
    return Spec(raw)


def _get(app: Any, path: str) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as c:
            return await c.get(path)

    return run(go())  # type: ignore[no-any-return]


def test_an_operation_without_a_handler_is_named_and_answered_501() -> None:
    spec = _spec_with_new_operation()
    # the per-operation check above, run against this spec, names exactly the new operation
    assert missing_handlers(spec) == ["listZzNewThings"]
    assert missing_handlers(Spec()) == []
    app = create_app(MockConfig(jwt_secret="s" * 32), spec=spec)  # starts: no crash at start-up
    r = _get(app, "/api/v1/zz-new-things")
    assert r.status_code == 501
    error = r.json()["error"]
    assert error["code"] == "NOT_IMPLEMENTED" and "listZzNewThings" in error["message"]
    assert _get(app, "/api/v1/skills").status_code == 200  # the rest of the API is unaffected
