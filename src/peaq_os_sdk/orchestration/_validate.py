"""Client-side validation of request arguments, driven by the rules codegen copied from the spec.

Every failure is an :class:`OrchestrationValidationError` naming the argument path and the rule;
messages never contain the offending value (it may be a secret).
"""

from __future__ import annotations

import math
import re
import sys
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from peaq_os_sdk._generated import models
from peaq_os_sdk._rules import base_units, is_url_with_host
from peaq_os_sdk.orchestration.errors import OrchestrationValidationError

_TYPE_CHECKS = {
    "str": lambda v: isinstance(v, str),
    "string": lambda v: isinstance(v, str),
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v),
    "bool": lambda v: isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "list": lambda v: isinstance(v, list | tuple),
    "map": lambda v: isinstance(v, Mapping) and all(isinstance(k, str) for k in v),
}


@lru_cache(maxsize=256)
def _pattern(p: str) -> re.Pattern[str]:
    return re.compile(p)


def check_value(value: Any, rules: Mapping[str, Any], path: str) -> None:
    model = rules.get("model")
    if model is not None:
        cls = getattr(models, model)
        if not isinstance(value, cls):
            raise OrchestrationValidationError(path, f"type={model}")
        validate_model(value, path)
        return
    kind = rules.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not any(_TYPE_CHECKS[k](value) for k in kinds):
            raise OrchestrationValidationError(path, "type=" + "|".join(kinds))
    if "enum" in rules and value not in rules["enum"]:
        raise OrchestrationValidationError(path, "one of " + ", ".join(map(str, rules["enum"])))
    if "min_length" in rules and len(value) < rules["min_length"]:
        raise OrchestrationValidationError(path, f"min_length={rules['min_length']}")
    if "pattern" in rules and not _pattern(rules["pattern"]).search(value):
        named = f": {rules['pattern_name']}" if "pattern_name" in rules else ""
        raise OrchestrationValidationError(path, f"pattern={rules['pattern']}{named}")
    if "minimum" in rules and value < rules["minimum"]:
        raise OrchestrationValidationError(path, f"minimum={rules['minimum']}")
    if "maximum" in rules and value > rules["maximum"]:
        raise OrchestrationValidationError(path, f"maximum={rules['maximum']}")
    if "min_items" in rules and len(value) < rules["min_items"]:
        raise OrchestrationValidationError(path, f"min_items={rules['min_items']}")
    if rules.get("url"):
        check_http_url(value, path)
    if "items" in rules:
        for i, v in enumerate(value):
            check_value(v, rules["items"], f"{path}[{i}]")
    if "values" in rules:
        for k, v in value.items():
            check_value(v, rules["values"], f"{path}[{k!r}]")


def check_http_url(value: str, path: str) -> None:
    """An http(s) URL with a non-empty host (the runtime-endpoint rule)."""
    if not is_url_with_host(value):
        raise OrchestrationValidationError(path, "http(s) URL with a host")


def _join(path: str, name: str) -> str:
    """``params`` + ``name`` -> ``params.name``; an empty path (a flow's own arguments) gives ``name``."""
    return f"{path}.{name}" if path else name


def validate_model(obj: Any, path: str) -> None:
    for f in type(obj).__attrs_attrs__:  # the model's attrs fields (attrs itself is not imported here)
        value = getattr(obj, f.name)
        meta = f.metadata
        if meta.get("extra"):
            if not isinstance(value, Mapping):
                raise OrchestrationValidationError(_join(path, "extra"), "type=map")
            continue
        if value is None:
            if meta.get("required"):
                raise OrchestrationValidationError(_join(path, f.name), "required")
            continue
        rules = meta.get("rules")
        if rules:
            check_value(value, rules, _join(path, f.name))
    # the rules live in the model's own group module (the facade's merged table would load every group)
    for rule in getattr(sys.modules.get(type(obj).__module__), "CROSS_FIELD", {}).get(type(obj), ()):
        check_cross_field(obj, rule, path)


def check_cross_field(obj: Any, rule: Mapping[str, Any], path: str) -> None:
    """One cross-field rule of a request model (the spec's ``x-sdk-rules`` or an exactly-one-of ``oneOf``).

    The error names the fields as the caller wrote them (``params.delegation_policy.per_transaction_limit``)
    and the rule with its reason; never a value.
    """
    names = rule["fields"]
    values = [getattr(obj, n) for n in names]
    why = f": {rule['why']}" if rule["why"] else ""
    kind = rule["rule"]
    if kind == "exactly-one":
        if sum(v is not None for v in values) != 1:
            listed = ", ".join(_join(path, n) for n in names)
            raise OrchestrationValidationError(_join(path, names[0]), f"exactly one of {listed} must be set{why}")
    elif kind == "at-most":
        (a, b), (va, vb) = names, values
        if va is not None and vb is not None and va > vb:
            raise OrchestrationValidationError(_join(path, a), f"at most {_join(path, b)} when both are set{why}")
    elif kind == "scaled":
        amount, decimals, raw = values
        if amount is None or decimals is None or raw is None:
            return
        # raw is an integer string (its pattern); the amount must be whole base units, computed exactly
        if base_units(amount, decimals, len(raw)) != (raw.lstrip("0") or "0"):
            a, d, r = names
            raise OrchestrationValidationError(
                _join(path, r),
                f"= {_join(path, a)} x 10^{_join(path, d)} (e.g. '1.5' with 6 decimals is '1500000'){why}",
            )
    elif kind == "did-of":
        did, address = values
        if did is not None and address is not None and did.rsplit(":", 1)[-1].lower() != address.lower():
            raise OrchestrationValidationError(
                _join(path, names[0]),
                f"a DID ending with {_join(path, names[1])} (did:pkh:eip155:<chain id>:<address>){why}",
            )
    else:  # pragma: no cover - codegen refuses an unknown rule
        raise AssertionError(kind)


def validate_body(obj: Any, model: type | tuple[type, ...], name: str) -> None:
    """``model`` is the body class, or the classes of a body with several variants (a oneOf body)."""
    if not isinstance(obj, model):
        names = "|".join(m.__name__ for m in model) if isinstance(model, tuple) else model.__name__
        raise OrchestrationValidationError(name, f"type={names}")
    validate_model(obj, name)


def require_str(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise OrchestrationValidationError(name, "type=str")
    if not value:
        raise OrchestrationValidationError(name, "min_length=1")
    return value
