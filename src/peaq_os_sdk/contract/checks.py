"""The spec's own contract checks, shared by ``peaqos-contract`` and the project's schemathesis suite.

Each check is a schemathesis check ``(ctx, response, case)``; it reads what it needs from the loaded spec
(``x-error-codes`` per operation, ``info.x-error-statuses``), so it works against any deployment. Every check
applies to one generation mode only where that matters and returns ``None`` otherwise, so registering all of
them once (:func:`register`) is the same as passing the right ones to each call.
"""

from __future__ import annotations

from typing import Any

#: codes a schema-invalid request may be answered with (auth is checked before validation)
REJECTION_CODES = frozenset(
    {
        "VALIDATION_ERROR",
        "AUTH_REQUIRED",
        "AUTH_INVALID",
        "AGENT_AUTH_REQUIRED",
        "AGENT_AUTH_INVALID",
        "AGENT_AUTH_EXPIRED",
    }
)

#: schemathesis ``checks`` configuration both runs share.
#: 400 is allowed for schema-valid requests on purpose: the API documents semantic VALIDATION_ERRORs the schema
#: cannot express (opaque server-issued cursors, "archive with DELETE", addresses checked per chain, a search needs a
#: serviceType to normalise the task) and deployment-switch codes such as MACHINE_IDENTITY_PROOF_REQUIRED. The
#: stricter :func:`passes_schema_validation` still fails when the server's *schema* layer rejects one.
CHECKS_CONFIG: dict[str, Any] = {
    "positive_data_acceptance": {"expected-statuses": ["2xx", 400, 401, 402, 403, 404, 409, 410, 422]},
}


def _error_body(response: Any) -> dict[str, Any]:
    try:
        body = response.json()
    except Exception:  # noqa: BLE001 - any decoding problem is the same contract break
        body = None
    error = body.get("error") if isinstance(body, dict) else None
    assert isinstance(error, dict) and isinstance(error.get("code"), str), (
        f"error response {response.status_code} is not the JSON error envelope {{'error': {{'code', 'message'}}}}"
    )
    return error


def documented_error(ctx: Any, response: Any, case: Any) -> bool | None:
    """Every error names a code the operation documents (x-error-codes), with that code's HTTP status."""
    if response.status_code < 400 or case.method.upper() != case.operation.method.upper():
        return None  # undeclared-method probes are answered by routing (405 + Allow), not by the operation
    op = case.operation.definition.raw
    code = _error_body(response)["code"]
    statuses = case.operation.schema.raw_schema.get("info", {}).get("x-error-statuses", {})
    assert code in op.get("x-error-codes", []), f"{op['operationId']} answered undocumented error code {code}"
    assert response.status_code == statuses.get(code), (
        f"{code} answered {response.status_code}, x-error-statuses says {statuses.get(code)}"
    )
    return None


def passes_schema_validation(ctx: Any, response: Any, case: Any) -> bool | None:
    """A request generated as schema-valid never fails the server's request validation (spec/server drift).

    Applies where the server explains a VALIDATION_ERROR with ``details.problems`` (as the simulator does).
    """
    if case.meta is None or not case.meta.generation.mode.is_positive or response.status_code != 400:
        return None
    error = _error_body(response)
    details = error.get("details")
    if error["code"] != "VALIDATION_ERROR" or not isinstance(details, dict) or "problems" not in details:
        return None
    # x-url (spec header: an http(s) URL with a host) is the one vendor rule the validation layer adds on top of JSON
    # Schema; `format: uri` alone lets a generator produce "urn:x", which the contract rightly refuses.
    drift = [p for p in details["problems"] if not isinstance(p, dict) or p.get("rule") != "x-url"]
    assert not drift, f"request validation rejected a schema-valid request: {drift}"
    return None


# schemathesis' own negative_data_rejection check skips cases whose invalid part disappears on the wire (an array of
# one serialises like its item, "1" in a query is as good as 1, only undeclared query keys were added, ...); the strict
# check below skips the same ones, so both agree on what "invalid input" is.
_WIRE_VALID = (
    ("has_only_additional_properties_in_non_body_parameters", False),
    ("_body_negation_becomes_valid_after_serialization", True),
    ("_body_negation_is_only_forbidden_property", False),
    ("_single_element_array_becomes_valid_after_serialization", True),
    ("_type_mutations_become_valid_after_serialization", False),
    ("_path_array_becomes_valid_after_serialization", False),
    ("_non_body_negative_values_match_schema", True),
)


def acceptable_anyway(case: Any, response: Any) -> str | None:
    """Why a case generated in negative mode is not bad input under this spec (None: it is bad input)."""
    from schemathesis.core.parameters import ParameterLocation
    from schemathesis.generation.meta import CONTENT_TYPE_PROBES, CoverageScenario
    from schemathesis.specs.openapi import checks as st_checks

    for name, needs_response in _WIRE_VALID:
        predicate = getattr(st_checks, name)
        if predicate(response, case) if needs_response else predicate(case):
            return name
    if case.method.upper() != case.operation.method.upper():
        # An undeclared method probe: the built-in unsupported_method check wants 405 with Allow; it is no operation.
        return "undeclared method"
    data = case.meta.phase.data
    scenario = getattr(data, "scenario", None)
    if scenario in CONTENT_TYPE_PROBES and "requestBody" not in case.operation.definition.raw:
        return "content type on an operation without a body (no body is sent, so nothing is parsed)"
    if scenario == CoverageScenario.OBJECT_UNEXPECTED_PROPERTIES and data.parameter_location == ParameterLocation.QUERY:
        return "unknown query parameters are ignored (spec header: a documented choice)"
    return None


def rejected_as_invalid(ctx: Any, response: Any, case: Any) -> bool | None:
    """Schema-invalid input gets a 4xx VALIDATION_ERROR (or an auth code when auth is checked first), never 5xx."""
    if case.meta is None or not case.meta.generation.mode.is_negative or acceptable_anyway(case, response):
        return None
    assert 400 <= response.status_code < 500, f"invalid input answered {response.status_code}"
    code = _error_body(response)["code"]
    assert code in REJECTION_CODES, f"invalid input answered {code}, not VALIDATION_ERROR"
    return None


CHECKS = (documented_error, passes_schema_validation, rejected_as_invalid)


def register() -> None:
    """Register the checks with schemathesis (idempotent): every ``validate_response`` then runs them."""
    import schemathesis
    from schemathesis.checks import CHECKS as REGISTRY

    known = set(REGISTRY.get_all_names())
    for check in CHECKS:
        if check.__name__ not in known:
            schemathesis.check(check)
