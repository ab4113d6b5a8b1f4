"""Every part of the spec a user reads carries a description.

The descriptions in spec/openapi.yaml become the docstrings of the generated models, fields, query options
and endpoints, so a missing one is a hole in the SDK's documentation. ``missing_descriptions`` lists each
hole by its place in the spec; ``python -m codegen.generate`` (and ``--check``) refuses to run while any
is left.

What must be described: every tag, every operation (summary and description), every parameter (shared and inline),
every component schema, and every property of a component schema at any depth (inside allOf/oneOf/anyOf
members, nested objects and array items). The inline response envelopes under paths (``item``, ``items``,
``nextCursor``) are not: their meaning is the envelope convention in the spec header, and they generate
no class.
"""

from __future__ import annotations

from typing import Any

HTTP_METHODS = ("get", "put", "post", "patch", "delete")


def _described(node: Any) -> bool:
    return isinstance(node, dict) and bool(str(node.get("description") or "").strip())


def _properties(schema: Any, where: str) -> list[str]:
    """The places of the undescribed properties under one schema node."""
    if not isinstance(schema, dict):
        return []
    out: list[str] = []
    for key in ("allOf", "oneOf", "anyOf"):
        for member in schema.get(key, []):
            if isinstance(member, dict) and "$ref" not in member:
                out += _properties(member, where)
    for name, prop in (schema.get("properties") or {}).items():
        place = f"{where}.{name}"
        if not _described(prop):
            out.append(place)
        out += _properties(prop, place)
        if isinstance(prop, dict):
            out += _properties(prop.get("items"), f"{place}[]")
    return out


def missing_descriptions(spec: dict[str, Any]) -> list[str]:
    """One line per missing description, e.g. ``schema Machine``, ``property Machine.status``."""
    out: list[str] = [f"tag {t.get('name')}" for t in spec.get("tags", []) if not _described(t)]
    for path, item in spec.get("paths", {}).items():
        for p in item.get("parameters", []):
            if "$ref" not in p and not _described(p):
                out.append(f"parameter {p.get('in')} {p.get('name')} of {path}")
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            name = op.get("operationId", f"{method.upper()} {path}")
            if not str(op.get("summary") or "").strip():
                out.append(f"operation {name}: summary")
            if not _described(op):
                out.append(f"operation {name}: description")
            for p in op.get("parameters", []):
                if "$ref" not in p and not _described(p):
                    out.append(f"parameter {p.get('in')} {p.get('name')} of {name}")
    components = spec.get("components", {})
    for key, p in components.get("parameters", {}).items():
        if not _described(p):
            out.append(f"parameter {key}")
    for name, schema in components.get("schemas", {}).items():
        if not _described(schema):
            out.append(f"schema {name}")
        out += [f"property {place}" for place in _properties(schema, name)]
    return out
