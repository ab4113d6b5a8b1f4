"""What the tests learn from the spec (generated/openapi.json, the same file the SDK and mock read).

Operations, auth kinds, error codes and response schemas come from here, never from hand-kept lists,
so an operation or schema added to the spec shows up in the parametrised tests by itself.
"""

from __future__ import annotations

import functools
from typing import Any

from peaq_os_sdk.mock.spec import load_spec

METHODS = ("get", "post", "put", "patch", "delete")
JSON_TYPES = ("null", "boolean", "integer", "number", "string", "array", "object")
SAMPLE: dict[str, Any] = {
    # one value of each JSON type; the number is non-integral and the string spells a number, so
    # "string for integer" and "float for integer" are covered by the same table
    "null": None,
    "boolean": True,
    "integer": 7,
    "number": 1.5,
    "string": "7",
    "array": [],
    "object": {},
}


@functools.lru_cache(maxsize=1)
def spec() -> dict[str, Any]:
    return load_spec()


def schemas() -> dict[str, Any]:
    return spec()["components"]["schemas"]  # type: ignore[no-any-return]


def operations() -> dict[str, dict[str, Any]]:
    """operationId -> operation object (with ``_path`` and ``_method`` added)."""
    out: dict[str, dict[str, Any]] = {}
    for path, item in spec()["paths"].items():
        for method in METHODS:
            if method in item:
                out[item[method]["operationId"]] = {**item[method], "_path": path, "_method": method}
    return out


def error_pairs() -> set[tuple[str, str]]:
    """(operationId, code) for every code an operation documents in ``x-error-codes``."""
    return {(op_id, code) for op_id, op in operations().items() for code in op.get("x-error-codes", [])}


def auth_kind(op: dict[str, Any]) -> str:
    return str(op.get("x-auth", "platform"))


def resolve(node: Any) -> Any:
    """The schema ``node`` stands for: references followed, a subclass (``allOf`` of several parts) merged."""
    while isinstance(node, dict) and "$ref" in node:
        node = schemas()[node["$ref"].rsplit("/", 1)[-1]]
    if isinstance(node, dict) and len(node.get("allOf", ())) > 1:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in node["allOf"]:
            part = resolve(part)
            merged["properties"].update(part.get("properties", {}))  # a subclass narrows its base's properties
            merged["required"] += [r for r in part.get("required", []) if r not in merged["required"]]
        return merged
    return node


def schema(name: str) -> Any:
    """A component schema, resolved (subclasses merged)."""
    return resolve(schemas()[name])


def ref_name(node: Any) -> str | None:
    if isinstance(node, dict) and "$ref" in node:
        return str(node["$ref"].rsplit("/", 1)[-1])
    return None


def types_of(node: Any) -> set[str]:
    """The JSON types a schema admits (``number`` admits integers too; ``oneOf`` is the union)."""
    node = resolve(non_null(node)) if isinstance(node, dict) and "allOf" in node else resolve(node)
    if not isinstance(node, dict) or node is True or not node:
        return set(JSON_TYPES)
    if "oneOf" in node:
        return set().union(*(types_of(n) for n in node["oneOf"]))
    if "const" in node:
        return {json_type(node["const"])}
    t = node.get("type")
    if t is None:
        return {"object"} if "properties" in node else set(JSON_TYPES)
    out = set(t) if isinstance(t, list) else {t}
    if "number" in out:
        out.add("integer")
    return out


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "integer" if value.is_integer() else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def non_null(node: Any) -> Any:
    """``oneOf: [X, {type: null}]`` -> X; anything else unchanged."""
    target = resolve(node)
    if isinstance(target, dict) and len(target.get("allOf", ())) == 1:
        return non_null(target["allOf"][0])  # allOf: [$ref] is the spec's way to annotate a reference
    if isinstance(target, dict) and "oneOf" in target:
        rest = [n for n in target["oneOf"] if resolve(n).get("type") != "null"]
        if len(rest) == 1:
            return rest[0]
    return node


def minimal(node: Any, depth: int = 0) -> Any:
    """A valid wire value for ``node`` with every optional property present (so each can be spoiled)."""
    node = non_null(node)
    node = resolve(node)
    if depth > 12:
        return None
    if "const" in node:
        return node["const"]
    if "enum" in node:
        return next(v for v in node["enum"] if v is not None)
    if "oneOf" in node:
        return minimal(node["oneOf"][0], depth + 1)
    t = node.get("type")
    if isinstance(t, list):
        t = next(x for x in t if x != "null")
    if t == "object" or (t is None and "properties" in node):
        out = {k: minimal(v, depth + 1) for k, v in node.get("properties", {}).items()}
        extra = node.get("additionalProperties")
        if not node.get("properties") and isinstance(extra, dict):
            out["k"] = minimal(extra, depth + 1)
        elif not node.get("properties") and extra is not False:
            out["k"] = "v"
        return out
    if t == "array":
        return [minimal(node.get("items", {}), depth + 1)]
    if t == "string":
        return "s" * max(1, node.get("minLength", 1))
    if t == "integer":
        return max(1, node.get("minimum", 1))
    if t == "number":
        return max(1.25, node.get("minimum", 1.25))
    if t == "boolean":
        return True
    return "v"


def response_schema_names() -> set[str]:
    """Every component schema a 2xx response can carry, nested ones included."""
    seen: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            name = ref_name(node)
            if name is not None:
                if name not in seen:
                    seen.add(name)
                    walk(schemas()[name])
                return
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for op in operations().values():
        for status, resp in op.get("responses", {}).items():
            if status.startswith("2"):
                walk(resp.get("content", {}).get("application/json", {}).get("schema"))
    return seen


def inline(node: Any, depth: int = 0) -> Any:
    """``node`` with every ``$ref`` replaced by its target (the spec's schemas are not recursive)."""
    if depth > 40:
        raise RecursionError("recursive schema")
    if isinstance(node, dict):
        if "$ref" in node:
            return inline(schemas()[node["$ref"].rsplit("/", 1)[-1]], depth + 1)
        return {k: inline(v, depth) for k, v in node.items()}
    if isinstance(node, list):
        return [inline(v, depth) for v in node]
    return node


def is_list_or_map(prop: Any) -> bool:
    """An array, or a free-form map (not a model): absent, null and empty all read as empty."""
    inner = non_null(prop)
    target = resolve(inner)
    declared = target.get("type")
    types = set(declared) if isinstance(declared, list) else {declared}
    return "array" in types or ("object" in types and "properties" not in target and ref_name(inner) is None)
