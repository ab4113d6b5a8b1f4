"""Contract diff between two versions of spec/openapi.yaml, computed over codegen's own IR.

Both specs are loaded with :func:`codegen.ir.load`, so the diff sees exactly what the generator
turns into Python: operations (method, path, auth, success statuses, parameters, request body,
return type) and models (fields, requiredness, nullability, types, enum values).

Breaking rules (each change is classified by exactly one rule; the ids appear in the table):

====================================  =============================================================
rule id                               breaking when
====================================  =============================================================
operation-removed                     an operation disappears, or moves to another method or path
sdk-method-removed                    an operation loses or renames its SDK method (x-sdk-name)
parameter-removed                     a path or query parameter disappears
parameter-required                    an optional query parameter becomes required
new-required-parameter                a required (or path) parameter is added
parameter-moved                       a query parameter moves between the options class and kwargs
request-field-removed                 a field of a request model disappears
request-field-required                an optional request field becomes required
new-required-request-field            a required field is added to a request model
request-body-required                 an optional request body becomes required
response-field-removed                a field of a response model disappears
response-field-optional               a required response field becomes optional
response-field-nullable               a response field becomes nullable
request-enum-value-removed            an enum value a request may carry is removed
type-changed                          a field, parameter, body or return type changes
success-status-changed                the set of success statuses of an operation changes
auth-changed                          the auth kind of an operation changes (x-auth)
pagination-removed                    a paginated list stops being paginated (its iterator goes)
model-removed                         a model class disappears from the generated package
====================================  =============================================================

Non-breaking (listed in the table as additions or changes): new operations, optional
parameters, optional request fields, response fields, models and enum values; a request field
or parameter becoming optional; a response field becoming required or non-null; enum values
removed from response-only enums; error codes added or removed; a return type narrowed to a
subclass of the old one (allOf [Base, ...]); a request body that also takes another variant
(oneOf [Old, New]). A subclass is compared by the fields it declares itself, so a field added to a
base is reported once.

    python -m codegen.spec_diff OLD.yaml|OLD.json NEW.yaml [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import attrs

from codegen.ir import EnumIR, FieldIR, ModelIR, OperationIR, QueryParamIR, SpecIR, _Builder, load_yaml

BREAKING_RULES: dict[str, str] = {
    "operation-removed": "operation removed",
    "sdk-method-removed": "SDK method removed or renamed",
    "parameter-removed": "parameter removed",
    "parameter-required": "optional parameter made required",
    "new-required-parameter": "new required parameter",
    "parameter-moved": "parameter moved in the signature",
    "request-field-removed": "request field removed",
    "request-field-required": "optional request field made required",
    "new-required-request-field": "new required request field",
    "request-body-required": "optional request body made required",
    "response-field-removed": "response field removed",
    "response-field-optional": "response field made optional",
    "response-field-nullable": "response field made nullable",
    "request-enum-value-removed": "enum value removed from a request",
    "type-changed": "type changed",
    "success-status-changed": "success status changed",
    "auth-changed": "auth kind changed",
    "pagination-removed": "pagination removed",
    "model-removed": "model removed",
}

NON_BREAKING_RULES: dict[str, str] = {
    "operation-added": "operation added",
    "parameter-added": "optional parameter added",
    "parameter-optional": "parameter made optional",
    "request-field-added": "optional request field added",
    "request-field-optional": "request field made optional",
    "request-body-optional": "request body made optional",
    "response-field-added": "response field added",
    "response-field-required": "response field made required",
    "response-field-non-null": "response field made non-nullable",
    "enum-value-added": "enum value added",
    "response-enum-value-removed": "enum value removed from a response-only enum",
    "model-added": "model added",
    "pagination-added": "pagination added",
    "sdk-method-added": "SDK method added",
    "error-codes-changed": "documented error codes changed",
    "return-narrowed": "returns a subclass of the old type",
    "request-body-widened": "request body takes another variant",
}


@attrs.frozen(order=True)
class Change:
    breaking: bool = attrs.field(order=lambda b: not b)  # breaking rows first
    rule: str
    where: str
    detail: str

    @property
    def title(self) -> str:
        return BREAKING_RULES.get(self.rule) or NON_BREAKING_RULES[self.rule]


def load_spec(path: Path) -> tuple[dict[str, Any], SpecIR]:
    """Load a spec from YAML or JSON (the wheel bundles it as JSON)."""
    text = path.read_text(encoding="utf-8")
    raw = json.loads(text) if path.suffix == ".json" else load_yaml(text)
    return raw, spec_ir(raw)


def spec_ir(raw: dict[str, Any]) -> SpecIR:
    return _Builder(raw).build()


# -- helpers ------------------------------------------------------------------------------------
def _parts(annotation: str) -> list[str]:
    """Top-level union members of an annotation string."""
    out, depth, cur = [], 0, ""
    for ch in annotation:
        if ch in "[(":
            depth += 1
        elif ch in "])":
            depth -= 1
        if ch == "|" and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    out.append(cur.strip())
    return [p for p in out if p]


def _base(annotation: str) -> str:
    """An annotation without its None member; request/response container spellings unified."""
    parts = [p for p in _parts(annotation) if p != "None"]
    return " | ".join(parts).replace("Sequence[", "tuple[").replace("tuple[", "seq[").replace(", ...]", "]")


def _nullable(annotation: str) -> bool:
    return "None" in _parts(annotation)


def _literal_values(annotation: str) -> tuple[Any, ...] | None:
    base = _base(annotation)
    m = re.fullmatch(r"Literal\[(.*)\]", base)
    if not m:
        return None
    try:
        value = eval(f"({m.group(1)},)", {"__builtins__": {}})  # literal reprs rendered by codegen.ir
    except Exception:
        return None
    return tuple(value)


def _op_label(op: OperationIR) -> str:
    return f"{op.method} {op.path}" + (f" ({op.sdk_name})" if op.sdk_name else "")


def _closure(roots: Iterable[str], ir: SpecIR) -> set[str]:
    deps: dict[str, frozenset[str]] = {m.name: m.deps for m in ir.models}
    for u in ir.unions:
        deps[u.name] = frozenset(u.members)
    seen: set[str] = set()
    todo = [r for r in roots if r]
    while todo:
        n = todo.pop()
        if n in seen:
            continue
        seen.add(n)
        todo.extend(deps.get(n, ()))
    return seen


def _contexts(ir: SpecIR) -> tuple[set[str], set[str]]:
    """(request models, response models) reachable from the operations."""
    req = _closure((op.body_model for op in ir.operations if op.body_model), ir)
    resp = _closure((op.response_model for op in ir.operations if op.response_model), ir)
    return req, resp


def _request_enums(ir: SpecIR, request_models: set[str]) -> set[str]:
    names = {e.name for e in ir.enums}
    used: set[str] = set()
    annotations = [f.annotation for m in ir.models if m.name in request_models for f in m.fields]
    annotations += [q.annotation for op in ir.operations for q in op.query_params]
    for ann in annotations:
        used.update(t for t in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", ann) if t in names)
    return used


# -- diff ---------------------------------------------------------------------------------------
class _Differ:
    def __init__(self, old: SpecIR, new: SpecIR) -> None:
        self.old, self.new = old, new
        self.old_req, self.old_resp = _contexts(old)
        self.new_req, self.new_resp = _contexts(new)
        self.changes: list[Change] = []

    def add(self, rule: str, where: str, detail: str) -> None:
        breaking = rule in BREAKING_RULES
        assert breaking or rule in NON_BREAKING_RULES, rule
        self.changes.append(Change(breaking=breaking, rule=rule, where=where, detail=detail))

    def run(self) -> list[Change]:
        self.operations()
        self.models()
        self.enums()
        return sorted(set(self.changes))

    # operations
    def operations(self) -> None:
        old = {op.operation_id: op for op in self.old.operations}
        new = {op.operation_id: op for op in self.new.operations}
        for oid, op in old.items():
            if oid not in new:
                self.add("operation-removed", _op_label(op), f"operationId {oid} is gone")
        for oid, op in new.items():
            if oid not in old:
                self.add("operation-added", _op_label(op), f"operationId {oid}")
        for oid in old.keys() & new.keys():
            self.operation(old[oid], new[oid])

    def operation(self, a: OperationIR, b: OperationIR) -> None:
        where = _op_label(a)
        if (a.method, a.path) != (b.method, b.path):
            self.add("operation-removed", where, f"{a.operation_id} moved to {b.method} {b.path}")
            return
        if a.sdk_name and a.sdk_name != b.sdk_name:
            self.add("sdk-method-removed", where, f"{a.sdk_name} -> {b.sdk_name or '(not bound)'}")
        elif b.sdk_name and not a.sdk_name:
            self.add("sdk-method-added", where, f"{b.sdk_name}")
        if a.auth != b.auth:
            self.add("auth-changed", where, f"x-auth {a.auth} -> {b.auth}")
        if a.success_statuses != b.success_statuses:
            self.add(
                "success-status-changed",
                where,
                f"{'/'.join(map(str, a.success_statuses))} -> {'/'.join(map(str, b.success_statuses))}",
            )
        if a.return_annotation != b.return_annotation:
            rule = "return-narrowed" if self._narrowed(a.return_annotation, b.return_annotation) else "type-changed"
            self.add(rule, where, f"returns {a.return_annotation} -> {b.return_annotation}")
        if a.iterator and not b.iterator:
            self.add("pagination-removed", where, f"{a.iterator} is gone")
        elif b.iterator and not a.iterator:
            self.add("pagination-added", where, f"{b.iterator}")
        if set(a.error_codes) != set(b.error_codes):
            added = sorted(set(b.error_codes) - set(a.error_codes))
            removed = sorted(set(a.error_codes) - set(b.error_codes))
            detail = "; ".join(
                x
                for x in (
                    f"added {', '.join(added)}" if added else "",
                    f"removed {', '.join(removed)}" if removed else "",
                )
                if x
            )
            self.add("error-codes-changed", where, detail)
        self.body(a, b, where)
        self.params(a, b, where)

    def _narrowed(self, old: str, new: str) -> bool:
        """``new`` is ``old`` with one model replaced by a subclass of it (the same envelope)."""
        ot, nt = re.findall(r"\w+", old), re.findall(r"\w+", new)
        if len(ot) != len(nt):
            return False
        bases = {m.name: m.base for m in self.new.models}
        changed = [(o, n) for o, n in zip(ot, nt, strict=True) if o != n]
        for o, n in changed:
            cur: str | None = n
            while cur is not None and cur != o:
                cur = bases.get(cur)
            if cur != o:
                return False
        return bool(changed)

    def body(self, a: OperationIR, b: OperationIR, where: str) -> None:
        if a.body_model != b.body_model:
            if a.body_model and a.body_models and set(a.body_models) < set(b.body_models):
                self.add("request-body-widened", where, f"request body {a.body_model} -> {b.body_model}")
                return
            if a.body_model is None:
                rule = "request-body-optional" if b.body_optional else "new-required-parameter"
                self.add(rule, where, f"request body {b.body_model} added")
            else:
                self.add("type-changed", where, f"request body {a.body_model} -> {b.body_model or '(none)'}")
            return
        if a.body_model and a.body_optional and not b.body_optional:
            self.add("request-body-required", where, f"{a.body_model} body no longer optional")
        elif a.body_model and b.body_optional and not a.body_optional:
            self.add("request-body-optional", where, f"{a.body_model} body may be omitted")

    def params(self, a: OperationIR, b: OperationIR, where: str) -> None:
        old_path = dict((w, p) for p, w in a.path_params)
        new_path = dict((w, p) for p, w in b.path_params)
        for w in old_path.keys() - new_path.keys():
            self.add("parameter-removed", f"{where} path `{w}`", "path parameter removed")
        for w in new_path.keys() - old_path.keys():
            self.add("new-required-parameter", f"{where} path `{w}`", "path parameter added")
        oq = {q.wire: q for q in a.query_params}
        nq = {q.wire: q for q in b.query_params}
        for w, q in oq.items():
            if w not in nq:
                self.add("parameter-removed", f"{where} query `{w}`", f"{q.name} removed")
        for w, q in nq.items():
            if w not in oq:
                rule = "new-required-parameter" if q.required else "parameter-added"
                self.add(rule, f"{where} query `{w}`", f"{q.name}: {q.annotation}")
        for w in oq.keys() & nq.keys():
            self.query_param(oq[w], nq[w], f"{where} query `{w}`")

    def query_param(self, a: QueryParamIR, b: QueryParamIR, where: str) -> None:
        if not a.required and b.required:
            self.add("parameter-required", where, "now required")
        elif a.required and not b.required:
            self.add("parameter-optional", where, "now optional")
        if a.group != b.group:
            self.add("parameter-moved", where, f"{a.group} -> {b.group}")
        self.values(a.annotation, b.annotation, a.rules, b.rules, where, request=True)

    # models
    def models(self) -> None:
        old = {m.name: m for m in self.old.models}
        new = {m.name: m for m in self.new.models}
        old_unions = {u.name for u in self.old.unions}
        new_unions = {u.name for u in self.new.unions}
        for name in sorted((old.keys() | old_unions) - (new.keys() | new_unions)):
            self.add("model-removed", name, "class no longer generated")
        for name in sorted((new.keys() | new_unions) - (old.keys() | old_unions)):
            self.add("model-added", name, "new class")
        for name in sorted(old.keys() & new.keys()):
            self.model(old[name], new[name])

    def model(self, a: ModelIR, b: ModelIR) -> None:
        request = a.name in self.old_req or b.name in self.new_req
        response = a.name in self.old_resp or b.name in self.new_resp or not request
        af = {f.wire: f for f in (a.own if a.base else a.fields)}  # a subclass: the fields it declares
        bf = {f.wire: f for f in (b.own if b.base else b.fields)}
        for w, f in af.items():
            where = f"{a.name}.{f.name}"
            if w not in bf:
                if request:
                    self.add("request-field-removed", where, f"`{w}` removed")
                if response:
                    self.add("response-field-removed", where, f"`{w}` removed")
        for w, f in bf.items():
            where = f"{b.name}.{f.name}"
            if w in af:
                continue
            if request:
                rule = "new-required-request-field" if not f.has_default else "request-field-added"
                self.add(rule, where, f"`{w}`: {f.annotation}")
            if response:
                self.add("response-field-added", where, f"`{w}`: {f.annotation}")
        for w in af.keys() & bf.keys():
            self.field(af[w], bf[w], f"{a.name}.{af[w].name}", request=request, response=response)

    def field(self, a: FieldIR, b: FieldIR, where: str, *, request: bool, response: bool) -> None:
        if request:
            if a.has_default and not b.has_default:
                self.add("request-field-required", where, "now required")
            elif b.has_default and not a.has_default:
                self.add("request-field-optional", where, "now optional")
        if response:
            if not a.has_default and b.has_default:
                self.add("response-field-optional", where, "may now be absent")
            elif a.has_default and not b.has_default:
                self.add("response-field-required", where, "now always present")
            elif not _nullable(a.annotation) and _nullable(b.annotation):
                self.add("response-field-nullable", where, "may now be null")
            elif _nullable(a.annotation) and not _nullable(b.annotation) and not b.has_default:
                self.add("response-field-non-null", where, "never null any more")
        self.values(
            a.annotation, b.annotation, a.metadata.get("rules", {}), b.metadata.get("rules", {}), where, request=request
        )

    def values(
        self, a_ann: str, b_ann: str, a_rules: dict[str, Any], b_rules: dict[str, Any], where: str, *, request: bool
    ) -> None:
        """Type and inline-enum changes of one field or parameter."""
        a_lit, b_lit = _literal_values(a_ann), _literal_values(b_ann)
        if a_lit is None and request and "enum" in a_rules and "enum" in b_rules:
            a_lit, b_lit = tuple(a_rules["enum"]), tuple(b_rules["enum"])
        if a_lit is not None and b_lit is not None:
            removed = [v for v in a_lit if v not in b_lit]
            added = [v for v in b_lit if v not in a_lit]
            if removed:
                rule = "request-enum-value-removed" if request else "response-enum-value-removed"
                self.add(rule, where, "removed " + ", ".join(map(repr, removed)))
            if added:
                self.add("enum-value-added", where, "added " + ", ".join(map(repr, added)))
            if _literal_values(a_ann) is not None and _literal_values(b_ann) is not None:
                return
        if _base(a_ann) != _base(b_ann):
            self.add("type-changed", where, f"{_base(a_ann)} -> {_base(b_ann)}")

    # named enums
    def enums(self) -> None:
        old: dict[str, EnumIR] = {e.name: e for e in self.old.enums}
        new: dict[str, EnumIR] = {e.name: e for e in self.new.enums}
        used_in_requests = _request_enums(self.old, self.old_req) | _request_enums(self.new, self.new_req)
        for name in old.keys() - new.keys():
            self.add("model-removed", name, "enum type no longer generated")
        for name in new.keys() - old.keys():
            self.add("model-added", name, "new enum type")
        for name in old.keys() & new.keys():
            removed = [v for v in old[name].values if v not in new[name].values]
            added = [v for v in new[name].values if v not in old[name].values]
            if removed:
                rule = "request-enum-value-removed" if name in used_in_requests else "response-enum-value-removed"
                self.add(rule, name, "removed " + ", ".join(map(repr, removed)))
            if added:
                self.add("enum-value-added", name, "added " + ", ".join(map(repr, added)))


def diff(old: SpecIR, new: SpecIR) -> list[Change]:
    """Every contract change from ``old`` to ``new``, breaking ones first."""
    return _Differ(old, new).run()


def table(changes: list[Change]) -> str:
    """The markdown table used in release notes and pull requests."""
    if not changes:
        return "No contract changes.\n"
    rows = ["| | change | where | detail |", "|---|---|---|---|"]
    for c in changes:
        mark = "**breaking**" if c.breaking else "compatible"
        detail = c.detail.replace("|", "\\|")
        rows.append(f"| {mark} | {c.title} (`{c.rule}`) | `{c.where}` | {detail} |")
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Contract diff of two spec files (breaking rules in the module doc).")
    ap.add_argument("old", type=Path)
    ap.add_argument("new", type=Path)
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    changes = diff(load_spec(args.old)[1], load_spec(args.new)[1])
    if args.json:
        print(json.dumps([attrs.asdict(c) for c in changes], indent=1))
    else:
        sys.stdout.write(table(changes))
    return 1 if any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
