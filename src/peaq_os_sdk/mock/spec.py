"""Request validation from the same spec the SDK is generated from (generated/openapi.json)."""

from __future__ import annotations

import copy
import json
from functools import cached_property
from importlib import resources
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from peaq_os_sdk._rules import is_url_with_host

METHODS = ("get", "post", "put", "patch", "delete")


def load_spec() -> dict[str, Any]:
    text = resources.files("peaq_os_sdk._generated").joinpath("openapi.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


class SpecOperation:
    def __init__(self, spec: Spec, path: str, method: str, op: dict[str, Any], shared: list[dict[str, Any]]) -> None:
        self.spec = spec
        self.path = path
        self.method = method.upper()
        self.raw = op
        self.operation_id: str = op["operationId"]
        self.auth: str = op.get("x-auth", "platform")
        self.params = [spec.resolve_param(p) for p in shared + op.get("parameters", [])]
        body = op.get("requestBody")
        self.body_required = bool(body and body.get("required"))
        self.body_schema = body["content"]["application/json"]["schema"] if body else None

    @cached_property
    def body_validator(self) -> jsonschema.protocols.Validator | None:
        if self.body_schema is None:
            return None
        return self.spec.validator(self.body_schema)

    @cached_property
    def param_validators(self) -> list[tuple[dict[str, Any], Any]]:
        return [(p, self.spec.validator(p["schema"])) for p in self.params]

    @cached_property
    def response_validators(self) -> dict[int, Any]:
        """Status -> a validator of the JSON success answer, its schema CLOSED (see :func:`close_schema`)."""
        out: dict[int, Any] = {}
        for status, response in self.raw.get("responses", {}).items():
            if not (status.isdigit() and status.startswith("2")):
                continue
            schema = response.get("content", {}).get("application/json", {}).get("schema")
            if schema is not None:
                out[int(status)] = self.spec.closed_validator(schema)
        return out


class Spec:
    def __init__(self, raw: dict[str, Any] | None = None) -> None:
        self.raw = raw or load_spec()
        resource = Resource.from_contents(self.raw, default_specification=DRAFT202012)
        self.registry: Registry = Registry().with_resource("urn:spec", resource)
        self.operations: list[SpecOperation] = []
        for path, item in self.raw["paths"].items():
            shared = item.get("parameters", [])
            for method in METHODS:
                if method in item:
                    self.operations.append(SpecOperation(self, path, method, item[method], shared))
        self.by_id = {o.operation_id: o for o in self.operations}
        self.error_statuses: dict[str, int] = self.raw["info"].get("x-error-statuses", {})

    def resolve_param(self, p: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in p:
            return self.raw["components"]["parameters"][p["$ref"].split("/")[-1]]  # type: ignore[no-any-return]
        return p

    def validator(self, schema: dict[str, Any]) -> Any:
        wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", **_rebase(schema)}
        return _VALIDATOR(wrapped, registry=self.registry, format_checker=None)

    @cached_property
    def closed_registry(self) -> Registry:
        """The spec's schemas closed for checking the simulator's own answers: ``#/components/schemas/X`` is X
        closed, ``#/x-open/X`` is X with its own level open (for an ``allOf`` branch, closed by its parent)."""
        schemas = self.raw["components"]["schemas"]
        doc = {  # close_schema works in place: each variant on its own deep copy
            "components": {"schemas": {k: close_schema(copy.deepcopy(v)) for k, v in schemas.items()}},
            "x-open": {k: close_schema(copy.deepcopy(v), top=False) for k, v in schemas.items()},
        }
        resource = Resource.from_contents(doc, default_specification=DRAFT202012)
        registry: Registry = Registry().with_resource(_CLOSED, resource)
        return registry

    def closed_validator(self, schema: dict[str, Any]) -> Any:
        """A validator of ``schema`` closed: an object answer may carry only the keys the spec declares."""
        closed = _rebase(close_schema(copy.deepcopy(schema)), _CLOSED)
        wrapped = {"$schema": "https://json-schema.org/draft/2020-12/schema", **closed}
        return _VALIDATOR(wrapped, registry=self.closed_registry, format_checker=None)


_CLOSED = "urn:closed-spec"
_OPEN_KEYS = ("additionalProperties", "unevaluatedProperties")
_SCHEMA_LISTS = ("oneOf", "anyOf", "prefixItems")
_SCHEMA_VALUES = ("items", "additionalProperties", "contains", "if", "then", "else")


def close_schema(node: Any, *, top: bool = True) -> Any:
    """Close ``node`` in place (Draft 2020-12): every object schema that declares ``properties`` (or composes with
    ``allOf``) and says nothing of extra keys gets ``unevaluatedProperties: false``; maps (``additionalProperties``
    or ``x-opaque: true``) stay open at their own level. An ``allOf`` branch stays open at its own level (``$ref`` -> ``#/x-open/X``): its parent, which sees
    what every branch evaluated, is the one closed. ``not`` is left alone (closing it would invert it)."""
    if not isinstance(node, dict):
        return node
    props = node.get("properties")
    if isinstance(props, dict):
        for sub in props.values():
            close_schema(sub)
    for key in _SCHEMA_VALUES:
        if isinstance(node.get(key), dict):
            close_schema(node[key])
    for key in _SCHEMA_LISTS:
        for sub in node.get(key) or ():
            close_schema(sub)
    for branch in node.get("allOf") or ():
        ref = branch.get("$ref") if isinstance(branch, dict) else None
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            branch["$ref"] = "#/x-open/" + ref.rsplit("/", 1)[-1]
        else:
            close_schema(branch, top=False)
    opaque = node.get("x-opaque") is True  # the spec's free-form map: documented keys listed, others kept
    if top and not opaque and ("properties" in node or "allOf" in node) and not any(k in node for k in _OPEN_KEYS):
        node["unevaluatedProperties"] = False
    return node


def _x_url(validator: Any, enabled: Any, instance: Any, schema: dict[str, Any]) -> Any:
    """``x-url: true``: an http(s) URL with a host, the rule the SDK checks before sending."""
    if not enabled or not isinstance(instance, str):
        return
    if not is_url_with_host(instance):
        yield jsonschema.ValidationError("must be an http(s) URL with a host")


_VALIDATOR = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"x-url": _x_url})


def _rebase(node: Any, base: str = "urn:spec") -> Any:
    """Point local refs (#/components/...) at the registered spec resource."""
    if isinstance(node, dict):
        return {
            k: (base + v if k == "$ref" and isinstance(v, str) and v.startswith("#/") else _rebase(v, base))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v, base) for v in node]
    return node


MAX_PROBLEMS = 50


def error_details(errors: list[Any]) -> list[dict[str, str]]:
    """One problem per offending field: an unexpected-keys error names each key (never a value), and a
    failed oneOf reports the problems of the variant that came closest."""
    out: list[dict[str, str]] = []
    for e in errors:
        path = "/".join(str(p) for p in e.absolute_path)
        rule = str(e.validator)
        if rule in ("additionalProperties", "unevaluatedProperties") and isinstance(e.instance, dict):
            known = e.schema.get("properties", {}) if isinstance(e.schema, dict) else {}
            for key in e.instance:
                # unevaluatedProperties: the keys jsonschema named unexpected (keys only; never a value)
                if key not in known if rule == "additionalProperties" else repr(key) in str(e.message):
                    name = str(key)[:64]
                    out.append(
                        {
                            "path": f"{path}/{name}" if path else name,
                            "rule": rule,
                            "message": f"unexpected property {name}",
                        }
                    )
        elif rule == "oneOf" and e.context:
            branches: dict[Any, list[Any]] = {}
            for sub in e.context:
                branches.setdefault(sub.relative_schema_path[0], []).append(sub)
            closest = min(branches.values(), key=len)
            out.extend(error_details(sorted(closest, key=lambda x: list(x.absolute_path))))
        else:
            out.append({"path": path or "(root)", "rule": rule, "message": _safe_message(e)})
        if len(out) >= MAX_PROBLEMS:
            break
    return out[:MAX_PROBLEMS]


def _safe_message(e: Any) -> str:
    # jsonschema messages quote the offending value; never echo values (they may be secrets).
    rule = str(e.validator)
    if rule == "required":
        return str(e.message).split(" is a required")[0].strip("'") + " is required"
    if rule in ("additionalProperties", "unevaluatedProperties"):
        return "unexpected property"
    return f"violates {rule}"
