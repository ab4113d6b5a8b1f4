"""Intermediate representation built from spec/openapi.yaml.

The loader resolves every schema and operation into small attrs records that the Jinja
templates render. All decisions about Python names, types, defaults and signatures are made
here, once, so the templates stay declarative.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs
import yaml

HTTP_METHODS = ("get", "post", "put", "patch", "delete")
COMMON = "common"  # the group of every type more than one group uses (and of every enum)
REF_PREFIX = "#/components/schemas/"


def snake(name: str) -> str:
    s = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = s.replace("-", "_").replace(".", "_").lower()
    if keyword.iskeyword(s):
        s += "_"
    return s


def const_name(name: str) -> str:
    return snake(name).upper()


@attrs.frozen
class FieldIR:
    name: str
    wire: str
    annotation: str
    has_default: bool
    default_expr: str  # e.g. "None", "attrs.Factory(tuple)"
    metadata: dict[str, Any]
    secret: bool
    description: str | None
    decode: str = ""  # expression decoding this field from the wire dict ``o`` (see decoders.py.jinja)

    @property
    def doc(self) -> str:
        """The field's line in its model's docstring: the spec's description plus what the SDK does with it."""
        notes = [f"wire ``{self.wire}``"]
        if self.metadata.get("required"):
            notes.append("required")
        if self.metadata.get("aliases"):
            notes.append("also read from " + ", ".join(f"``{a}``" for a in self.metadata["aliases"]))
        if self.metadata.get("non_empty"):
            notes.append("never empty")
        if self.metadata.get("one_time"):
            notes.append("returned once: keep it")
        if self.secret:
            notes.append("secret: never shown in repr, errors or logs")
        if self.metadata.get("opaque"):
            notes.append("keys kept exactly as written")
        text = " ".join((self.description or "").split()).removesuffix(".")
        return f"{text} ({'; '.join(notes)})." if text else f"({'; '.join(notes)})."


@attrs.frozen
class ModelIR:
    name: str
    description: str | None
    fields: tuple[FieldIR, ...]
    aliases: tuple[str, ...]
    wrap: str | None
    deps: frozenset[str]
    response: bool = False  # reachable from a success response (gets a generated decoder)
    base: str | None = None  # allOf [$ref Base, {...}]: a subclass of Base narrowing some fields
    own: tuple[FieldIR, ...] = ()  # the fields the subclass declares itself (all fields when there is no base)
    known: tuple[str, ...] = ()  # every wire key a decoder reads: field names and their x-aliases
    # a request model whose required fields share a type (payer/payee, tx hash/address ...): built by
    # keyword only, so two same-typed values cannot be swapped by position
    kw_only: bool = False
    request: bool = False  # reachable from a request body
    query: bool = False  # the query filters of one operation (``x-sdk-options``)
    group: str = ""  # the group whose module defines it (COMMON when several groups use it)
    # cross-field rules of a request model (``x-sdk-rules`` and an exactly-one-of ``oneOf``), Python names
    checks: tuple[dict[str, Any], ...] = ()


@attrs.frozen
class EnumIR:
    name: str
    values: tuple[Any, ...]


@attrs.frozen
class UnionIR:
    name: str
    members: tuple[str, ...]
    path: tuple[str, ...]
    mapping: tuple[tuple[str, str], ...]
    description: str | None
    group: str = ""


@attrs.frozen
class QueryParamIR:
    name: str
    wire: str
    required: bool
    group: str  # "options" | "kwonly"
    annotation: str
    rules: dict[str, Any]
    description: str | None = None


@attrs.frozen
class OperationIR:
    operation_id: str
    sdk_name: str | None
    const: str
    method: str
    path: str
    summary: str | None
    auth: str
    idempotent: bool  # GET/PUT/DELETE by method, or a POST marked x-idempotent: true
    envelope: str
    pagination: str | None
    iterator: str | None
    path_params: tuple[tuple[str, str], ...]  # (python, wire)
    query_params: tuple[QueryParamIR, ...]
    options_class: str | None
    body_model: str | None  # the annotation: one model, or a union of the variants of a oneOf body
    body_models: tuple[str, ...]  # the body's model classes (several for a oneOf body)
    body_param: str | None
    body_optional: bool
    body_default: bool
    body_when_none: str
    response_model: str | None
    nullable_item: bool
    success_statuses: tuple[int, ...]
    error_codes: tuple[str, ...]
    return_annotation: str
    signature: tuple[str, ...]  # parameter source strings, after the client argument
    forward_args: tuple[str, ...]  # how the namespace method forwards its arguments
    call_kwargs: tuple[str, ...]  # keyword arguments of the transport call
    iterator_signature: tuple[str, ...]
    iterator_forward: tuple[str, ...]
    item_annotation: str | None
    # documentation carried into every docstring of the operation (functional, namespace, raw)
    description: str | None = None
    status: str = "confirmed"  # x-status: confirmed | assumed
    assumed: tuple[str, ...] = ()  # x-assumed: the details chosen where the facts are silent
    arg_docs: tuple[tuple[str, str], ...] = ()  # (argument, description), in signature order
    returns_doc: str = ""
    example: str | None = None  # x-sdk-example: a short snippet for the main flows
    group: str = ""  # the module group: the snake_case name of the operation's first tag


@attrs.frozen
class SpecIR:
    title: str
    version: str
    enums: tuple[EnumIR, ...]
    models: tuple[ModelIR, ...]
    unions: tuple[UnionIR, ...]
    options: tuple[ModelIR, ...]
    operations: tuple[OperationIR, ...]
    error_statuses: tuple[tuple[str, int], ...]
    groups: tuple[str, ...] = ()  # COMMON first, then the spec's tags that have operations, in spec order

    def group_of(self, name: str) -> str:
        """The group whose module defines a model, options class, union or enum."""
        for m in (*self.models, *self.options, *self.unions):
            if m.name == name:
                return m.group
        return COMMON


class SpecError(Exception):
    pass


def _ref_name(ref: str) -> str:
    if not ref.startswith(REF_PREFIX):
        raise SpecError(f"unsupported $ref {ref!r}")
    return ref[len(REF_PREFIX) :]


def _text(value: Any) -> str:
    """A description as one line of text ending in a full stop ('' when absent)."""
    text = " ".join(str(value or "").split())
    return text + "." if text and not text.endswith((".", "!", "?", ":")) else text


def _returns_doc(envelope: str, model: str | None, nullable: bool, statuses: tuple[int, ...]) -> str:
    if envelope == "empty":
        return f"Nothing (HTTP {' or '.join(map(str, statuses))} with no body)."
    if envelope == "list":
        return (
            f"A page: ``.items`` (a tuple of ``{model}``) and ``.next_cursor`` (``None`` on the last page). "
            "Decoded strictly: a body that does not match raises ``INVALID_RESPONSE_SHAPE``."
        )
    if envelope == "item":
        none = " (``None`` when there is none)" if nullable else ""
        return f"``.item``: the ``{model}``{none}. Decoded strictly."
    return f"The ``{model}``. Decoded strictly."


class _Builder:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, dict[str, Any]] = spec["components"]["schemas"]
        self.enum_names = {n for n, s in self.schemas.items() if "enum" in s and s.get("type") == "string"}
        self.union_names = {n for n, s in self.schemas.items() if "x-discriminator" in s}
        self.request_models = self._reachable(self._request_roots())
        self.response_models = self._reachable(self._response_roots())

    # -- groups ------------------------------------------------------------------------------
    def op_group(self, op: dict[str, Any]) -> str:
        """An operation's group: its first tag, snake_cased (``machine-agents`` -> ``machine_agents``); an
        operation without a tag joins ``common``."""
        tags = op.get("tags") or []
        if not tags:
            return COMMON
        group = snake(str(tags[0]))
        if not group.isidentifier() or keyword.iskeyword(group) or group.startswith("_"):
            raise SpecError(f"{op['operationId']}: tag {tags[0]!r} cannot name a group module")
        return group

    def schema_groups(self) -> dict[str, str]:
        """Schema name -> the group that defines it: the one group whose operations use it, else COMMON."""
        users: dict[str, set[str]] = {}
        for _p, _m, op in self._iter_ops():
            group = self.op_group(op)
            roots: set[str] = set()
            if "requestBody" in op:
                roots.update(self._refs_in(op["requestBody"]))
            for status, resp in op["responses"].items():
                if status.startswith("2"):
                    roots.update(self._refs_in(resp))
            if op.get("x-sdk-returns"):
                roots.add(op["x-sdk-returns"])
            for name in self._reachable(roots):
                users.setdefault(name, set()).add(group)
        where = {
            n: next(iter(users[n])) if len(users.get(n, ())) == 1 and n not in self.enum_names else COMMON
            for n in self.schemas
        }
        # what a common type refers to is common too (a type no operation uses is common, and so are its parts)
        for name in self._reachable({n for n, g in where.items() if g == COMMON}):
            where[name] = COMMON
        return where

    # -- reachability ------------------------------------------------------------------------
    def _request_roots(self) -> set[str]:
        roots = set()
        for _p, _m, op in self._iter_ops():
            body = op.get("requestBody")
            if body:
                roots.update(_body_refs(body))
        return roots

    def _response_roots(self) -> set[str]:
        roots = set()
        for _p, _m, op in self._iter_ops():
            for status, resp in op["responses"].items():
                if status.startswith("2") and "content" in resp:
                    roots.update(self._refs_in(resp["content"]))
        return roots

    def _refs_in(self, node: Any) -> Iterable[str]:
        if isinstance(node, dict):
            if "$ref" in node:
                yield _ref_name(node["$ref"])
            for v in node.values():
                yield from self._refs_in(v)
        elif isinstance(node, list):
            for v in node:
                yield from self._refs_in(v)

    def _reachable(self, roots: set[str]) -> set[str]:
        seen: set[str] = set()
        todo = list(roots)
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            todo.extend(self._refs_in(self.schemas[n]))
        return seen

    def _iter_ops(self) -> Iterable[tuple[str, str, dict[str, Any]]]:
        for path, item in self.spec["paths"].items():
            for method in HTTP_METHODS:
                if method in item:
                    yield path, method, item[method]

    # -- types -------------------------------------------------------------------------------
    def annotation(self, schema: dict[str, Any], *, request: bool) -> str:
        """Python annotation for a schema (without the Optional part added for defaults)."""
        if "$ref" in schema:
            return _ref_name(schema["$ref"])
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.annotation(schema["allOf"][0], request=request)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                parts = [self.annotation(s, request=request) for s in schema[key]]
                return " | ".join(_dedupe(parts))
        if "const" in schema:
            return f"Literal[{schema['const']!r}]"
        if "enum" in schema:
            return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
        t = schema.get("type")
        if isinstance(t, list):
            parts = [self.annotation({**schema, "type": x}, request=request) for x in t]
            return " | ".join(_dedupe(parts))
        if t == "null":
            return "None"
        if t == "string":
            return "str"
        if t == "integer":
            return "int"
        if t == "number":
            return "float"
        if t == "boolean":
            return "bool"
        if t == "array":
            inner = self.annotation(schema["items"], request=request)
            return f"Sequence[{inner}]" if request else f"tuple[{inner}, ...]"
        if t == "object" or t is None:
            if schema.get("x-opaque") or t is None:
                ap = schema.get("additionalProperties")
                if t == "object" and isinstance(ap, dict) and ap.get("type") == "string":
                    return "Mapping[str, str]"
                return "Mapping[str, Any]" if t == "object" else "Any"
            ap = schema.get("additionalProperties")
            if isinstance(ap, dict):
                return f"Mapping[str, {self.annotation(ap, request=request)}]"
            return "Mapping[str, Any]"
        raise SpecError(f"cannot type schema {schema!r}")

    def rules(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Client-side write constraints for a request field."""
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.rules(schema["allOf"][0])
        if "$ref" in schema:
            name = _ref_name(schema["$ref"])
            if name in self.enum_names:
                return {"enum": tuple(self.schemas[name]["enum"])}
            return {"model": name}
        out: dict[str, Any] = {}
        if "anyOf" in schema or "oneOf" in schema:
            values: list[Any] = []
            for s in schema.get("anyOf", schema.get("oneOf", [])):
                r = self.rules(s)
                if "enum" not in r:
                    return {}
                values.extend(r["enum"])
            return {"enum": tuple(values)}
        if "enum" in schema:
            out["enum"] = tuple(schema["enum"])
        t = schema.get("type")
        kinds = t if isinstance(t, list) else [t]
        kinds = [k for k in kinds if k and k != "null"]
        if len(kinds) == 1:
            out["type"] = {
                "string": "str",
                "integer": "int",
                "number": "number",
                "boolean": "bool",
                "array": "list",
                "object": "map",
            }[kinds[0]]
        elif kinds:
            out["type"] = tuple(kinds)
        for key, rule in (
            ("minLength", "min_length"),
            ("pattern", "pattern"),
            ("minimum", "minimum"),
            ("maximum", "maximum"),
            ("minItems", "min_items"),
        ):
            if key in schema:
                out[rule] = schema[key]
        if schema.get("x-url"):
            out["url"] = True
        if schema.get("x-pattern-name"):
            out["pattern_name"] = schema["x-pattern-name"]
        if t == "array":
            item_rules = self.rules(schema["items"])
            if item_rules:
                out["items"] = item_rules
        if t == "object" and isinstance(schema.get("additionalProperties"), dict):
            vr = self.rules(schema["additionalProperties"])
            if vr and not schema.get("x-opaque"):
                out["values"] = vr
            elif vr.get("type") == "str":
                out["values"] = {"type": "str"}
        return out

    # -- decoders ----------------------------------------------------------------------------
    def kind(self, schema: dict[str, Any]) -> tuple[Any, ...]:
        """Decoding kind of a (non-null part of a) schema."""
        if "allOf" in schema and len(schema["allOf"]) == 1:
            return self.kind(schema["allOf"][0])
        if "$ref" in schema:
            name = _ref_name(schema["$ref"])
            if name in self.enum_names:
                return ("str",)
            if name in self.union_names:
                return ("union", name)
            return ("model", name)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                parts = [s for s in schema[key] if s.get("type") != "null"]
                kinds = {self.kind(s) for s in parts}
                if len(kinds) == 1:
                    return kinds.pop()
                return ("any",)
        if "const" in schema:
            return ("const", type(schema["const"]).__name__)
        t = schema.get("type")
        if isinstance(t, list):
            rest = [x for x in t if x != "null"]
            if len(rest) != 1:
                return ("any",)
            t = rest[0]
        if "enum" in schema or t == "string":
            return ("str",)
        if t in ("integer", "number", "boolean"):
            return ({"integer": "int", "number": "float", "boolean": "bool"}[t],)
        if t == "array":
            return ("array", self.kind(schema["items"]))
        if t == "object":
            ap = schema.get("additionalProperties")
            if isinstance(ap, dict) and ap.get("type") == "string":
                return ("map_str",)
            return ("map_any",)
        return ("any",)

    def decode_expr(
        self,
        schema: dict[str, Any],
        wire: str,
        label: str,
        *,
        required: bool,
        nullable: bool,
        default: Any,
        aliases: tuple[str, ...] = (),
    ) -> str:
        if aliases:  # the first of the wire name and its aliases that is present (x-aliases)
            names = (wire, *aliases)
            if required:
                get = f"_pick(o, {names!r})"
            else:
                get = (
                    f"_pick_opt(o, {names!r}, {default!r})" if isinstance(default, str) else f"_pick_opt(o, {names!r})"
                )
        else:
            get = (
                f"o[{wire!r}]"
                if required
                else (f"o.get({wire!r}, {default!r})" if isinstance(default, str) else f"o.get({wire!r})")
            )
        k = self.kind(schema)
        lab = repr(label)
        none_ok = nullable or not required
        if k[0] in ("str", "bool", "const") or k == ("int",):
            pytype = {"str": "str", "bool": "bool", "int": "int"}.get(k[0]) or k[1]
            if pytype == "int":
                ok = f"type(v := {get}) is int"
                fix = f"_int(v, {lab})"
            elif pytype == "str" and schema.get("minLength", 0) >= 1 and "pattern" not in schema:
                # a response string the facts say is always non-empty (one-time tokens, challenge fields)
                ok = f"(type(v := {get}) is str and v != '')"
                fix = f"_bad({lab}, 'non-empty str', v)"
            else:
                ok = f"type(v := {get}) is {pytype}"
                fix = f"_bad({lab}, {pytype!r}, v)"
            if none_ok:
                return f"v if {ok} or v is None else {fix}"
            return f"v if {ok} else {fix}"
        if k == ("float",):
            fix = f"_float(v, {lab}, {none_ok})"
            return f"v if type(v := {get}) is float else {fix}"
        if k[0] == "any":
            return get
        if k[0] in ("model", "union"):
            # the object check is made here, so a wrong type names this field, not just the nested model
            fn = f"decode_{k[1]}"
            if none_ok:
                return f"{fn}(v) if type(v := {get}) is dict else (None if v is None else _bad({lab}, 'object', v))"
            return f"{fn}(v) if type(v := {get}) is dict else _bad({lab}, 'object', v)"
        if k[0] == "array":
            inner = k[1]
            if inner == ("str",):
                return f"_tuple_str({get}, {lab})"
            if inner[0] in ("model", "union"):
                return f"_tuple_of({get}, decode_{inner[1]}, {lab})"
            return f"_tuple_any({get}, {lab})"
        keep_null = nullable and default is None  # a nullable map without a default stays None when absent/null
        if k == ("map_str",):
            return f"None if (v := {get}) is None else _map_str(v, {lab})" if keep_null else f"_map_str({get}, {lab})"
        if k == ("map_any",):
            if keep_null:
                return f"v if type(v := {get}) is dict or v is None else _map_any(v, {lab})"
            return f"v if type(v := {get}) is dict else _map_any(v, {lab})"
        raise SpecError(f"no decoder for {label}")

    def deps(self, node: Any) -> frozenset[str]:
        return frozenset(n for n in self._refs_in(node) if n not in self.enum_names)

    # -- models ------------------------------------------------------------------------------
    def _flatten(self, name: str) -> tuple[str | None, dict[str, Any], set[str], set[str]]:
        """(base, merged properties, merged required, own property names) of a schema.

        ``allOf: [{$ref: Base}, {required: [...], properties: {...}}]`` is a subclass of Base: it keeps
        every Base field and redeclares the ones it narrows (e.g. a field always present in one response).
        """
        schema = self.schemas[name]
        parts = schema.get("allOf")
        if not parts:
            return None, dict(schema.get("properties", {})), set(schema.get("required", [])), set()
        if len(parts) != 2 or "$ref" not in parts[0]:
            raise SpecError(f"{name}: allOf must be [{{$ref: Base}}, {{...}}]")
        base = _ref_name(parts[0]["$ref"])
        _b, props, required, _o = self._flatten(base)
        ext = parts[1]
        own = set(ext.get("properties", {})) | set(ext.get("required", []))
        for wire, prop in ext.get("properties", {}).items():
            props[wire] = {**props.get(wire, {}), **prop}
        required |= set(ext.get("required", []))
        return base, props, required, own

    def model(self, name: str) -> ModelIR:
        schema = self.schemas[name]
        if "x-sdk-wrap" in schema:
            return self.wrapped_model(name, schema)
        request = name in self.request_models
        base, properties, required, own = self._flatten(name)
        fields = []
        for wire, prop in properties.items():
            pyname = prop.get("x-sdk-name") or snake(wire)
            ann = self.annotation(prop, request=request)
            nullable = _nullable(prop, self.schemas)
            is_required = wire in required or bool(prop.get("x-sdk-required"))
            meta: dict[str, Any] = {"wire": wire}
            if prop.get("x-secret"):
                meta["secret"] = True
            if prop.get("x-opaque"):
                meta["opaque"] = True
            if prop.get("x-one-time"):
                meta["one_time"] = True
            if prop.get("x-aliases"):
                meta["aliases"] = list(prop["x-aliases"])
            if not request and prop.get("type") == "string" and prop.get("minLength", 0) >= 1:
                meta["non_empty"] = True  # the reader refuses an empty value (decoders.py)
            if request or name in self.request_models:
                r = self.rules(prop)
                if r:
                    meta["rules"] = r
                if is_required:
                    meta["required"] = True
            if is_required:
                has_default, default_expr = False, ""
            elif "default" in prop:
                d = prop["default"]
                if d == []:
                    default_expr = "attrs.Factory(tuple)"
                elif d == {}:
                    default_expr = "attrs.Factory(dict)"
                else:
                    default_expr = repr(d)
                has_default = True
            else:
                has_default, default_expr = True, "None"
            # a null that decodes to the field's empty default ([] / {}) never reaches the caller
            null_as_default = nullable and prop.get("default") in ([], {})
            if null_as_default:
                ann = " | ".join(part for part in ann.split(" | ") if part != "None")
            if ((not is_required and "default" not in prop) or nullable) and not null_as_default:
                if "None" not in ann.split(" | ") and ann != "Any":
                    ann = f"{ann} | None"
            decode = self.decode_expr(
                prop,
                wire,
                f"{name}.{pyname}",
                required=wire in required,
                nullable=nullable,
                default=prop.get("default"),
                aliases=tuple(prop.get("x-aliases", ())),
            )
            fields.append(
                FieldIR(
                    name=pyname,
                    wire=wire,
                    annotation=ann,
                    has_default=has_default,
                    default_expr=default_expr,
                    metadata=meta,
                    secret=bool(prop.get("x-secret")),
                    description=_with_keys(prop.get("description"), prop),
                    decode=decode,
                )
            )
        positional = [f.annotation for f in fields if not f.has_default]
        return ModelIR(
            name=name,
            description=schema.get("description"),
            fields=tuple(fields),
            aliases=tuple(schema.get("x-sdk-aliases", [])),
            wrap=schema.get("x-sdk-wrap"),
            deps=self.deps(schema),
            response=name in self.response_models,
            base=base,
            own=tuple(f for f in fields if base is None or f.wire in own),
            known=tuple(k for w, p in properties.items() for k in (w, *p.get("x-aliases", ()))),
            kw_only=request and len(positional) != len(set(positional)),
            request=request,
            checks=self.cross_field_rules(name, schema, {f.wire: f.name for f in fields}) if request else (),
        )

    CROSS_FIELD_KINDS = {"at-most": 2, "scaled": 3, "did-of": 2}  # rule -> number of fields it names

    def cross_field_rules(self, name: str, schema: dict[str, Any], py: dict[str, str]) -> tuple[dict[str, Any], ...]:
        """The rules a request model checks across its fields, with the Python names of the fields.

        ``oneOf: [{required: [a], not: {required: [b]}}, ...]`` is "exactly one of a, b, ..."; ``x-sdk-rules``
        lists the others: ``{at-most: [a, b], why: ...}`` (a <= b when both are set),
        ``{scaled: [amount, decimals, raw], why: ...}`` (raw == amount x 10^decimals when all three are set) and
        ``{did-of: [did, address], why: ...}`` (the DID's last segment is the address, any case, when both are set).
        """
        out: list[dict[str, Any]] = []

        def names(wires: list[str]) -> tuple[str, ...]:
            unknown = [w for w in wires if w not in py]
            if unknown:
                raise SpecError(f"{name}: a cross-field rule names unknown properties {unknown}")
            return tuple(py[w] for w in wires)

        branches = schema.get("oneOf")
        if branches and "properties" in schema:
            one = []
            for b in branches:
                if len(b.get("required", [])) != 1:
                    raise SpecError(f"{name}: oneOf branches must each require one property")
                one.append(b["required"][0])
            out.append({"rule": "exactly-one", "fields": names(one), "why": ""})
        for rule in schema.get("x-sdk-rules", []):
            kinds = [k for k in rule if k in self.CROSS_FIELD_KINDS]
            if len(kinds) != 1 or set(rule) - {kinds[0], "why"} or not rule.get("why"):
                raise SpecError(
                    f"{name}: x-sdk-rules entry {rule!r} is not one of {sorted(self.CROSS_FIELD_KINDS)} + why"
                )
            kind = kinds[0]
            if len(rule[kind]) != self.CROSS_FIELD_KINDS[kind]:
                raise SpecError(f"{name}: {kind} names {self.CROSS_FIELD_KINDS[kind]} properties")
            out.append({"rule": kind, "fields": names(rule[kind]), "why": " ".join(rule["why"].split())})
        return tuple(out)

    def wrapped_model(self, name: str, schema: dict[str, Any]) -> ModelIR:
        """A class with one field whose wire value is the whole schema (e.g. ProviderCredentials.providers)."""
        field = schema["x-sdk-wrap"]
        inner = {k: v for k, v in schema.items() if not k.startswith("x-") and k != "description"}
        meta: dict[str, Any] = {"wire": field}
        if schema.get("x-secret"):
            meta["secret"] = True
        rules = self.rules(inner)
        if rules:
            meta["rules"] = rules
        f = FieldIR(
            name=field,
            wire=field,
            annotation=self.annotation(inner, request=True) + " | None",
            has_default=True,
            default_expr="None",
            metadata=meta,
            secret=bool(schema.get("x-secret")),
            description=_with_keys("The map itself: name -> settings", schema),
        )
        return ModelIR(
            name=name,
            description=schema.get("description"),
            fields=(f,),
            aliases=(),
            wrap=field,
            deps=self.deps(schema),
            response=name in self.response_models,
        )

    def union(self, name: str) -> UnionIR:
        s = self.schemas[name]
        disc = s["x-discriminator"]
        members = tuple(_ref_name(m["$ref"]) for m in s["oneOf"])
        return UnionIR(
            name=name,
            members=members,
            path=tuple(disc["path"]),
            mapping=tuple((str(k), v) for k, v in disc["mapping"].items()),
            description=s.get("description"),
        )

    # -- operations --------------------------------------------------------------------------
    def _arg_docs(
        self,
        op: dict[str, Any],
        params: list[dict[str, Any]],
        path_params: tuple[tuple[str, str], ...],
        options_class: str | None,
        body_model: str | None,
        body_param: str | None,
        body_cfg: dict[str, Any],
        auth: str,
        kwonly: list[QueryParamIR],
    ) -> tuple[tuple[str, str], ...]:
        """One line per argument of the generated signature, from the spec's parameter and body descriptions."""
        by_wire = {(p["in"], p["name"]): p for p in params}
        docs: list[tuple[str, str]] = []
        for py, wire in path_params:
            docs.append((py, _text(by_wire[("path", wire)].get("description")) or f"The ``{wire}`` path segment."))
        if options_class:
            docs.append(("options", f"Query filters (``{options_class}``); ``None`` sends none."))
        if body_model and body_param:
            body = op["requestBody"]
            what = (_text(body.get("description")) or "The request body.").rstrip(".")
            optional = (
                " Optional: "
                + (
                    "``None`` sends an empty JSON object."
                    if body_cfg.get("when-none") == "empty-object"
                    else "``None`` sends no body."
                )
                if body_cfg.get("optional")
                else ""
            )
            kinds = " or ".join(f"``{m}``" for m in _body_refs(body))
            docs.append((body_param, f"{what} ({kinds}).{optional}"))
        if auth == "agent-pairing":
            docs.append(
                (
                    "pairing_token",
                    "The agent pairing's session token (returned once by pairing create or session rotation), "
                    "sent as ``x-agent-pairing-token``; never logged or shown in errors.",
                )
            )
        for q in kwonly:
            p = by_wire[("query", q.wire)]
            doc = _text(p.get("description")) or f"The ``{q.wire}`` query parameter."
            docs.append((q.name, doc + ("" if q.required else " ``None`` leaves it out.")))
        return tuple(docs)

    def _param(self, p: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in p:
            key = p["$ref"].split("/")[-1]
            return self.spec["components"]["parameters"][key]
        return p

    def operation(self, path: str, method: str, op: dict[str, Any], shared: list[dict[str, Any]]) -> OperationIR:
        params = [self._param(p) for p in shared + op.get("parameters", [])]
        path_params = tuple((snake(p["name"]), p["name"]) for p in params if p["in"] == "path")
        query: list[QueryParamIR] = []
        for p in params:
            if p["in"] != "query":
                continue
            group = p.get("x-sdk-in", "kwonly")
            ann = self.annotation(p["schema"], request=True)
            query.append(
                QueryParamIR(
                    name=snake(p["name"]),
                    wire=p["name"],
                    required=bool(p.get("required")),
                    group=group,
                    annotation=ann,
                    rules=self.rules(p["schema"]),
                    description=p.get("description"),
                )
            )
        body_model = None
        body_models: tuple[str, ...] = ()
        body_cfg = op.get("x-sdk-body") or {}
        if "requestBody" in op:
            body_models = _body_refs(op["requestBody"])
            body_model = " | ".join(body_models)
        envelope = op["x-envelope"]
        statuses = tuple(sorted(int(s) for s in op["responses"] if s.isdigit() and 200 <= int(s) < 300))
        response_model = None
        nullable_item = False
        success = [op["responses"][str(s)] for s in statuses]
        schemas = [r["content"]["application/json"]["schema"] for r in success if "content" in r]
        if envelope in ("item", "item-unwrapped"):
            item = schemas[0]["properties"]["item"]
            if "oneOf" in item:
                refs = [s for s in item["oneOf"] if "$ref" in s]
                nullable_item = any(s.get("type") == "null" for s in item["oneOf"])
                response_model = _ref_name(refs[0]["$ref"])
            else:
                response_model = _ref_name(item["$ref"])
        elif envelope == "list":
            response_model = _ref_name(schemas[0]["properties"]["items"]["items"]["$ref"])
        elif envelope == "raw":
            response_model = op.get("x-sdk-returns") or _ref_name(schemas[0]["$ref"])
        elif envelope != "empty":
            raise SpecError(f"{op['operationId']}: unknown x-envelope {envelope!r}")
        if envelope == "item":
            inner = f"{response_model} | None" if nullable_item else response_model
            ret = f"ItemResponse[{inner}]"
        elif envelope == "list":
            ret = f"ListResponse[{response_model}]"
        elif envelope == "empty":
            ret = "None"
        else:
            ret = str(response_model)

        auth = op["x-auth"]
        sig: list[str] = []
        fwd: list[str] = []
        kw: list[str] = []
        for py, _wire in path_params:
            sig.append(f"{py}: str")
            fwd.append(py)
        if path_params:
            kw.append("path={" + ", ".join(f"{wire!r}: {py}" for py, wire in path_params) + "}")
        options_class = op.get("x-sdk-options")
        if options_class:
            sig.append(f"options: {options_class} | None = None")
            fwd.append("options")
            kw.append("options=options")
        body_param = body_cfg.get("param") if body_model else None
        if body_model and body_param:
            ann = body_model + (" | None" if body_cfg.get("optional") else "")
            sig.append(f"{body_param}: {ann}" + (" = None" if body_cfg.get("default") else ""))
            fwd.append(body_param)
            kw.append(f"body={body_param}")
        if auth == "agent-pairing":
            sig.append("pairing_token: str")
            fwd.append("pairing_token")
            kw.append("pairing_token=pairing_token")
        kwonly = [q for q in query if q.group == "kwonly"]
        if kwonly:
            sig.append("*")
            for q in kwonly:
                if q.required:
                    sig.append(f"{q.name}: {q.annotation}")
                else:
                    sig.append(f"{q.name}: {q.annotation} | None = None")
                fwd.append(f"{q.name}={q.name}")
            kw.append("query={" + ", ".join(f"{q.wire!r}: {q.name}" for q in kwonly) + "}")
        arg_docs = self._arg_docs(
            op, params, path_params, options_class, body_model, body_param, body_cfg, auth, kwonly
        )
        # iterators: same as list, minus cursor
        it_sig = [s for s in sig if not s.startswith("cursor:")]
        it_fwd = [f for f in fwd if f != "cursor=cursor"]
        return OperationIR(
            operation_id=op["operationId"],
            sdk_name=op.get("x-sdk-name"),
            const=const_name(op["operationId"]),
            method=method.upper(),
            path=path,
            summary=op.get("summary") or _first_line(op, success),
            auth=auth,
            idempotent=_idempotent(method, op),
            envelope=envelope,
            pagination=op.get("x-pagination"),
            iterator=op.get("x-sdk-iterator"),
            path_params=path_params,
            query_params=tuple(query),
            options_class=options_class,
            body_model=body_model,
            body_models=body_models,
            body_param=body_param,
            body_optional=bool(body_cfg.get("optional")),
            body_default=bool(body_cfg.get("default")),
            body_when_none=body_cfg.get("when-none", "omit"),
            response_model=response_model,
            nullable_item=nullable_item,
            success_statuses=statuses,
            error_codes=tuple(op.get("x-error-codes", [])),
            return_annotation=ret,
            description=op.get("description"),
            status=op.get("x-status", "confirmed"),
            assumed=tuple(op.get("x-assumed", [])),
            arg_docs=arg_docs,
            returns_doc=_returns_doc(envelope, response_model, nullable_item, statuses),
            example=_example(op),
            group=self.op_group(op),
            signature=tuple(sig),
            forward_args=tuple(fwd),
            call_kwargs=tuple(kw),
            iterator_signature=tuple(it_sig),
            iterator_forward=tuple(it_fwd),
            item_annotation=response_model if envelope == "list" else None,
        )

    def options_model(self, name: str, op: OperationIR) -> ModelIR:
        fields = []
        for q in op.query_params:
            if q.group != "options":
                continue
            meta: dict[str, Any] = {"wire": q.wire}
            if q.rules:
                meta["rules"] = q.rules
            fields.append(
                FieldIR(
                    name=q.name,
                    wire=q.wire,
                    annotation=f"{q.annotation} | None",
                    has_default=True,
                    default_expr="None",
                    metadata=meta,
                    secret=False,
                    description=q.description,
                )
            )
        return ModelIR(
            name=name,
            description=f"Query filters of {op.sdk_name}.",
            fields=tuple(fields),
            aliases=(),
            wrap=None,
            deps=frozenset(),
            query=True,
            group=op.group,
        )

    def build(self) -> SpecIR:
        enums = tuple(EnumIR(n, tuple(self.schemas[n]["enum"])) for n in self.schemas if n in self.enum_names)
        model_names = [
            n
            for n, s in self.schemas.items()
            if n not in self.enum_names
            and n not in self.union_names
            and (s.get("type") == "object" or "allOf" in s)
            and n not in ("ErrorResponse", "EmptyRequest")
        ]
        models = {n: self.model(n) for n in model_names}
        ordered = _toposort(models)
        unions = tuple(self.union(n) for n in self.schemas if n in self.union_names)
        ops = []
        options = []
        for path, item in self.spec["paths"].items():
            shared = item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in item:
                    o = self.operation(path, method, item[method], shared)
                    ops.append(o)
                    if o.options_class:
                        options.append(self.options_model(o.options_class, o))
        where = self.schema_groups()
        ordered = [attrs.evolve(m, group=where[m.name]) for m in ordered]
        unions = tuple(attrs.evolve(u, group=where[u.name]) for u in unions)
        tag_order = [snake(str(t["name"])) for t in self.spec.get("tags", [])]
        used = {o.group for o in ops}
        groups = (COMMON, *[g for g in tag_order if g in used and g != COMMON], *sorted(used - {*tag_order, COMMON}))
        info = self.spec["info"]
        return SpecIR(
            title=info["title"],
            version=info["version"],
            enums=enums,
            models=tuple(ordered),
            unions=unions,
            options=tuple(options),
            operations=tuple(ops),
            error_statuses=tuple(info.get("x-error-statuses", {}).items()),
            groups=groups,
        )


IDEMPOTENT_METHODS = ("get", "put", "delete")


def _example(op: dict[str, Any]) -> str | None:
    """x-sdk-example: Python source that compiles (the test suite runs it against the simulator)."""
    example = op.get("x-sdk-example")
    if example is None:
        return None
    if not isinstance(example, str) or not example.strip():
        raise SpecError(f"{op['operationId']}: x-sdk-example must be a non-empty string of Python source")
    try:
        compile(example, f"x-sdk-example of {op['operationId']}", "exec")
    except SyntaxError as exc:
        raise SpecError(f"{op['operationId']}: x-sdk-example is not valid Python: {exc}") from None
    return example


def _idempotent(method: str, op: dict[str, Any]) -> bool:
    mark = op.get("x-idempotent")
    if mark is not None and (not isinstance(mark, bool) or method != "post"):
        raise SpecError(f"{op['operationId']}: x-idempotent must be a boolean on a POST")
    return method in IDEMPOTENT_METHODS or bool(mark)


def _body_refs(body: dict[str, Any]) -> tuple[str, ...]:
    """The model names of a request body: one $ref, or the $refs of a oneOf of variants."""
    schema = body["content"]["application/json"]["schema"]
    if "$ref" in schema:
        return (_ref_name(schema["$ref"]),)
    if "oneOf" in schema and all("$ref" in v for v in schema["oneOf"]):
        return tuple(_ref_name(v["$ref"]) for v in schema["oneOf"])
    raise SpecError("a request body must be a $ref or a oneOf of $refs")


def _first_line(op: dict[str, Any], success: list[dict[str, Any]]) -> str | None:
    for r in success:
        if r.get("description"):
            return str(r["description"])
    return None


def _keys(schema: dict[str, Any]) -> str:
    """The documented keys of a map-like object, with their descriptions (nested keys in parentheses)."""
    parts = []
    for key, prop in (schema.get("properties") or {}).items():
        text = " ".join(str(prop.get("description") or "").split()).removesuffix(".")
        inner = _keys(prop)
        parts.append(f"``{key}``" + (f": {text}" if text else "") + (f" ({inner})" if inner else ""))
    return "; ".join(parts)


def _with_keys(description: str | None, schema: dict[str, Any]) -> str | None:
    """A field's description plus the keys its (open) object documents, which get no class of their own."""
    keys = _keys(schema)
    if not keys:
        return description
    text = " ".join((description or "").split()).removesuffix(".")
    return f"{text}. Documented keys: {keys}" if text else f"Documented keys: {keys}"


def _dedupe(parts: list[str]) -> list[str]:
    out: list[str] = []
    for p in parts:
        for piece in p.split(" | "):
            if piece not in out:
                out.append(piece)
    # None always last
    if "None" in out:
        out.remove("None")
        out.append("None")
    return out


def _nullable(prop: dict[str, Any], schemas: dict[str, Any]) -> bool:
    t = prop.get("type")
    if isinstance(t, list) and "null" in t:
        return True
    return any(s.get("type") == "null" for s in prop.get("oneOf", []) + prop.get("anyOf", []))


def _toposort(models: dict[str, ModelIR]) -> list[ModelIR]:
    out: list[ModelIR] = []
    done: set[str] = set()

    def visit(n: str, stack: tuple[str, ...]) -> None:
        if n in done:
            return
        if n in stack:
            raise SpecError(f"recursive schema {' -> '.join(stack + (n,))}")
        for d in sorted(models[n].deps):
            if d in models:
                visit(d, stack + (n,))
        done.add(n)
        out.append(models[n])

    for n in models:
        visit(n, ())
    return out


# libyaml's parser and emitter where PyYAML was built with it (loading the spec is about 6x faster), the
# pure-Python ones otherwise; both use SafeConstructor/SafeRepresenter, so what a document means does not change
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_SafeDumper: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` with the fastest safe loader available."""
    return yaml.load(text, Loader=_SafeLoader)  # noqa: S506 - SafeLoader or its libyaml twin


def dump_yaml(data: Any, **options: Any) -> str:
    """``yaml.safe_dump`` with the fastest safe dumper available."""
    return yaml.dump(data, Dumper=_SafeDumper, **options)  # type: ignore[no-any-return]


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """YAML silently keeps the last of two equal keys; in a hand-maintained spec that hides a mistake."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise SpecError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def load_spec(text: str) -> dict[str, Any]:
    """Parse the spec's YAML, refusing a key given twice in one mapping."""
    spec: dict[str, Any] = yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass
    return spec


def load(path: Path) -> tuple[dict[str, Any], SpecIR]:
    spec = load_spec(path.read_text(encoding="utf-8"))
    return spec, _Builder(spec).build()
