"""Request validation from the same spec the SDK is generated from (generated/openapi.json)."""

from __future__ import annotations

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


def _x_url(validator: Any, enabled: Any, instance: Any, schema: dict[str, Any]) -> Any:
    """``x-url: true``: an http(s) URL with a host, the rule the SDK checks before sending."""
    if not enabled or not isinstance(instance, str):
        return
    if not is_url_with_host(instance):
        yield jsonschema.ValidationError("must be an http(s) URL with a host")


_VALIDATOR = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"x-url": _x_url})


def _rebase(node: Any) -> Any:
    """Point local refs (#/components/...) at the registered spec resource."""
    if isinstance(node, dict):
        return {
            k: ("urn:spec" + v if k == "$ref" and isinstance(v, str) and v.startswith("#/") else _rebase(v))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_rebase(v) for v in node]
    return node


MAX_PROBLEMS = 50


def error_details(errors: list[Any]) -> list[dict[str, str]]:
    """One problem per offending field: an unexpected-keys error names each key (never a value), and a
    failed oneOf reports the problems of the variant that came closest."""
    out: list[dict[str, str]] = []
    for e in errors:
        path = "/".join(str(p) for p in e.absolute_path)
        rule = str(e.validator)
        if rule == "additionalProperties" and isinstance(e.instance, dict):
            known = e.schema.get("properties", {}) if isinstance(e.schema, dict) else {}
            for key in e.instance:
                if key not in known:
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
    if rule == "additionalProperties":
        return "unexpected property"
    return f"violates {rule}"
