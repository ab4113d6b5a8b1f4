"""The release gate's rules on a small fixture spec: one test per breaking rule, additive changes pass.

The spec diff runs over codegen's IR (codegen/spec_diff.py); the verdict (semver bump, spec
info.version, changelog entry, tag) is release/check.py's ``evaluate`` — the same code
``make release-check`` runs after building the wheel (tests/test_release_e2e.py runs the make target).
"""

from __future__ import annotations

import copy
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.version import Version

from codegen import spec_diff
from codegen.spec_diff import BREAKING_RULES, NON_BREAKING_RULES, Change, diff, spec_ir, table
from release import publish
from release.check import bump_level, evaluate, required_level

ROOT = Path(__file__).resolve().parent.parent
Spec = dict[str, Any]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _item(name: str, description: str = "ok") -> dict[str, Any]:
    schema = {"type": "object", "required": ["item"], "properties": {"item": _ref(name)}}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def fixture_spec() -> Spec:
    """Three widget operations plus an optional-body update: enough to exercise every rule."""
    page = {
        "type": "object",
        "required": ["items"],
        "properties": {"items": {"type": "array", "items": _ref("Widget")}, "nextCursor": {"type": ["string", "null"]}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "fixture", "version": "0.1.0"},
        "paths": {
            "/widgets": {
                "get": {
                    "operationId": "listWidgets",
                    "x-sdk-name": "list_widgets",
                    "x-sdk-iterator": "list_widgets_all",
                    "x-auth": "platform",
                    "x-envelope": "list",
                    "x-pagination": "cursor",
                    "x-error-codes": ["VALIDATION_ERROR"],
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                        {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                        {"name": "shade", "in": "query", "schema": {"type": "string", "enum": ["light", "dark"]}},
                    ],
                    "responses": {"200": {"description": "page", "content": {"application/json": {"schema": page}}}},
                },
                "post": {
                    "operationId": "createWidget",
                    "x-sdk-name": "create_widget",
                    "x-auth": "platform",
                    "x-envelope": "item",
                    "x-sdk-body": {"param": "params"},
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": _ref("CreateWidgetRequest")}},
                    },
                    "responses": {"201": _item("Widget", "created")},
                },
            },
            "/widgets/{widgetId}": {
                "parameters": [{"name": "widgetId", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getWidget",
                    "x-sdk-name": "get_widget",
                    "x-auth": "platform",
                    "x-envelope": "item",
                    "responses": {"200": _item("Widget")},
                },
                "patch": {
                    "operationId": "updateWidget",
                    "x-sdk-name": "update_widget",
                    "x-auth": "platform",
                    "x-envelope": "item",
                    "x-sdk-body": {"param": "params", "optional": True, "default": True},
                    "requestBody": {"content": {"application/json": {"schema": _ref("UpdateWidgetRequest")}}},
                    "responses": {"200": _item("Widget")},
                },
            },
        },
        "components": {
            "schemas": {
                "Color": {"type": "string", "enum": ["red", "green", "blue"]},
                "Widget": {
                    "type": "object",
                    "required": ["id", "name", "color"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "color": _ref("Color"),
                        "note": {"type": "string"},
                        "size": {"type": "integer"},
                    },
                },
                "CreateWidgetRequest": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "minLength": 1},
                        "color": _ref("Color"),
                        "size": {"type": "integer"},
                        "finish": {"type": "string", "enum": ["matte", "gloss"]},
                    },
                },
                "UpdateWidgetRequest": {"type": "object", "properties": {"note": {"type": "string"}}},
            }
        },
    }


def _op(s: Spec, path: str, method: str) -> dict[str, Any]:
    op: dict[str, Any] = s["paths"][path][method]
    return op


def _schema(s: Spec, name: str) -> dict[str, Any]:
    schema: dict[str, Any] = s["components"]["schemas"][name]
    return schema


def _params(s: Spec) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = _op(s, "/widgets", "get")["parameters"]
    return params


def _shade(s: Spec) -> dict[str, Any]:
    return next(p for p in _params(s) if p["name"] == "shade")


def _del_param(s: Spec) -> None:
    _params(s).remove(_shade(s))


def _moved(s: Spec) -> None:
    _op(s, "/widgets", "get")["x-sdk-options"] = "ListWidgetsOptions"
    _shade(s)["x-sdk-in"] = "options"


def _no_pagination(s: Spec) -> None:
    op = _op(s, "/widgets", "get")
    del op["x-sdk-iterator"], op["x-pagination"]


def _drop_update(s: Spec) -> None:
    del s["paths"]["/widgets/{widgetId}"]["patch"]
    del s["components"]["schemas"]["UpdateWidgetRequest"]


def _status(s: Spec) -> None:
    responses = _op(s, "/widgets", "post")["responses"]
    responses["200"] = responses.pop("201")


Mutation = Callable[[Spec], Any]

# (rule that must fire, what the maintainer did)
BREAKING: list[tuple[str, str, Mutation]] = [
    ("operation-removed", "GET /widgets/{id} removed", lambda s: s["paths"]["/widgets/{widgetId}"].pop("get")),
    (
        "operation-removed",
        "operation moved path",
        lambda s: s["paths"].__setitem__("/items", s["paths"].pop("/widgets")),
    ),
    (
        "sdk-method-removed",
        "get_widget renamed",
        lambda s: _op(s, "/widgets/{widgetId}", "get").update({"x-sdk-name": "fetch_widget"}),
    ),
    ("parameter-removed", "query shade removed", _del_param),
    ("parameter-required", "query shade required", lambda s: _shade(s).update(required=True)),
    (
        "new-required-parameter",
        "required query owner added",
        lambda s: _params(s).append({"name": "owner", "in": "query", "required": True, "schema": {"type": "string"}}),
    ),
    ("parameter-moved", "shade moved into an options class", _moved),
    (
        "request-field-removed",
        "CreateWidgetRequest.size removed",
        lambda s: _schema(s, "CreateWidgetRequest")["properties"].pop("size"),
    ),
    (
        "request-field-required",
        "CreateWidgetRequest.size required",
        lambda s: _schema(s, "CreateWidgetRequest")["required"].append("size"),
    ),
    (
        "new-required-request-field",
        "CreateWidgetRequest.weight added, required",
        lambda s: (
            _schema(s, "CreateWidgetRequest")["properties"].update(weight={"type": "integer"}),
            _schema(s, "CreateWidgetRequest")["required"].append("weight"),
        ),
    ),
    (
        "request-body-required",
        "update body no longer optional",
        lambda s: _op(s, "/widgets/{widgetId}", "patch")["x-sdk-body"].update(optional=False, default=False),
    ),
    ("response-field-removed", "Widget.note removed", lambda s: _schema(s, "Widget")["properties"].pop("note")),
    ("response-field-optional", "Widget.name optional", lambda s: _schema(s, "Widget")["required"].remove("name")),
    (
        "response-field-nullable",
        "Widget.name nullable",
        lambda s: _schema(s, "Widget")["properties"]["name"].update(type=["string", "null"]),
    ),
    ("request-enum-value-removed", "Color loses blue", lambda s: _schema(s, "Color")["enum"].remove("blue")),
    (
        "request-enum-value-removed",
        "inline finish loses gloss",
        lambda s: _schema(s, "CreateWidgetRequest")["properties"]["finish"]["enum"].remove("gloss"),
    ),
    ("request-enum-value-removed", "query shade loses dark", lambda s: _shade(s)["schema"]["enum"].remove("dark")),
    (
        "type-changed",
        "Widget.size integer -> string",
        lambda s: _schema(s, "Widget")["properties"]["size"].update(type="string"),
    ),
    (
        "type-changed",
        "query limit integer -> string",
        lambda s: next(p for p in _params(s) if p["name"] == "limit")["schema"].update(type="string"),
    ),
    ("success-status-changed", "create returns 200 instead of 201", _status),
    (
        "auth-changed",
        "get_widget needs no auth",
        lambda s: _op(s, "/widgets/{widgetId}", "get").update({"x-auth": "none"}),
    ),
    ("pagination-removed", "list_widgets no longer paginated", _no_pagination),
    ("model-removed", "UpdateWidgetRequest dropped with its operation", _drop_update),
]

def _narrowed_return(s: Spec) -> None:
    """A response where an optional field is always present: a documented subclass (allOf [Base, {...}])."""
    _schema(s, "Widget")  # the base stays as it was
    s["components"]["schemas"]["CreatedWidget"] = {
        "allOf": [_ref("Widget"), {"required": ["note"], "properties": {"note": {"type": "string"}}}]
    }
    _op(s, "/widgets", "post")["responses"]["201"] = _item("CreatedWidget", "created")


def _widened_body(s: Spec) -> None:
    s["components"]["schemas"]["CloneWidgetRequest"] = {
        "type": "object", "required": ["sourceId"], "properties": {"sourceId": {"type": "string"}}}
    _op(s, "/widgets", "post")["requestBody"]["content"]["application/json"]["schema"] = {
        "oneOf": [_ref("CreateWidgetRequest"), _ref("CloneWidgetRequest")]}


ADDITIVE: list[tuple[str, Mutation]] = [
    (
        "optional response field Widget.colorHex",
        lambda s: _schema(s, "Widget")["properties"].update(colorHex={"type": "string"}),
    ),
    (
        "new operation DELETE /widgets/{id}",
        lambda s: s["paths"]["/widgets/{widgetId}"].update(
            delete={
                "operationId": "deleteWidget",
                "x-sdk-name": "delete_widget",
                "x-auth": "platform",
                "x-envelope": "empty",
                "responses": {"204": {"description": "gone"}},
            }
        ),
    ),
    ("enum value added to Color", lambda s: _schema(s, "Color")["enum"].append("black")),
    (
        "optional request field",
        lambda s: _schema(s, "CreateWidgetRequest")["properties"].update(label={"type": "string"}),
    ),
    (
        "optional query parameter",
        lambda s: _params(s).append({"name": "q", "in": "query", "schema": {"type": "string"}}),
    ),
    ("request field made optional", lambda s: _schema(s, "CreateWidgetRequest")["required"].remove("name")),
    ("response field made required", lambda s: _schema(s, "Widget")["required"].append("note")),
    ("error code documented", lambda s: _op(s, "/widgets", "get")["x-error-codes"].append("AUTH_REQUIRED")),
    ("create returns a subclass of Widget", _narrowed_return),
    ("create takes another body variant", _widened_body),
]


def _changes(mutate: Mutation) -> list[Change]:
    old = fixture_spec()
    new = copy.deepcopy(old)
    mutate(new)
    return diff(spec_ir(old), spec_ir(new))


def _verdict(changes: list[Change], version: str, *, entry: bool = True, spec_version: str | None = None) -> Any:
    return evaluate(
        version=Version(version),
        baseline_version=Version("0.1.0"),
        changes=changes,
        spec_version=spec_version or (version if changes else "0.1.0"),
        baseline_spec_version="0.1.0",
        changelog_entry=entry,
    )


def test_the_fixture_spec_diffs_clean_against_itself():
    assert diff(spec_ir(fixture_spec()), spec_ir(fixture_spec())) == []


def test_every_breaking_rule_has_a_test_and_is_documented():
    assert {rule for rule, _, _ in BREAKING} == set(BREAKING_RULES)
    documented = set(re.findall(r"^([a-z-]+)\s{2,}", spec_diff.__doc__ or "", re.M)) - {"rule"}
    assert documented == set(BREAKING_RULES)


@pytest.mark.parametrize(("rule", "what", "mutate"), BREAKING, ids=[f"{r}: {w}" for r, w, _ in BREAKING])
def test_breaking_rule_fails_a_patch_release_naming_the_break(rule: str, what: str, mutate: Mutation):
    changes = _changes(mutate)
    fired = {c.rule for c in changes if c.breaking}
    assert rule in fired, f"{what}: expected {rule}, got {[(c.rule, c.where) for c in changes]}"
    verdict = _verdict(changes, "0.1.1")
    assert not verdict.ok
    failure = next(f for f in verdict.failures if "need a minor bump" in f)
    assert BREAKING_RULES[rule] in failure and "at least 0.2.0" in failure
    assert "**breaking**" in table(changes) and f"`{rule}`" in table(changes)
    # the bump the rule asks for is accepted (below 1.0 a break is a minor bump)
    assert _verdict(changes, "0.2.0").ok


@pytest.mark.parametrize(("what", "mutate"), ADDITIVE, ids=[w for w, _ in ADDITIVE])
def test_additive_change_passes_as_a_patch_release_with_a_changelog_entry(what: str, mutate: Mutation):
    changes = _changes(mutate)
    assert changes, f"{what}: the diff saw nothing"
    assert not [c for c in changes if c.breaking], [(c.rule, c.where) for c in changes]
    assert all(c.rule in NON_BREAKING_RULES for c in changes)
    assert _verdict(changes, "0.1.1").ok
    no_entry = _verdict(changes, "0.1.1", entry=False)
    assert not no_entry.ok and "no changelog entry" in no_entry.failures[0]
    assert not _verdict(changes, "0.1.0").ok, "a change without a version bump must fail"


def test_a_field_added_to_a_base_is_reported_once_and_a_subclass_by_its_own_fields():
    def both(s: Spec) -> None:
        _narrowed_return(s)
        _schema(s, "Widget")["properties"]["colorHex"] = {"type": "string"}

    changes = _changes(both)
    assert [c.where for c in changes if c.rule == "response-field-added"] == ["Widget.color_hex"]
    assert {c.rule for c in changes} == {"response-field-added", "model-added", "return-narrowed"}
    # narrowing to a class that is not a subclass stays a type change (breaking)
    def unrelated(s: Spec) -> None:
        s["components"]["schemas"]["Gadget"] = {"type": "object", "properties": {"id": {"type": "string"}}}
        _op(s, "/widgets", "post")["responses"]["201"] = _item("Gadget", "created")

    assert any(c.rule == "type-changed" and c.breaking for c in _changes(unrelated))
    # a body variant that drops the old class is a type change too
    def replaced(s: Spec) -> None:
        _widened_body(s)
        _op(s, "/widgets", "post")["requestBody"]["content"]["application/json"]["schema"] = _ref("CloneWidgetRequest")

    assert any(c.rule == "type-changed" and c.breaking for c in _changes(replaced))


def test_optional_response_field_is_reported_in_the_table():
    text = table(_changes(ADDITIVE[0][1]))
    assert "| compatible | response field added (`response-field-added`) | `Widget.color_hex` |" in text


def test_semver_levels():
    v = Version
    assert bump_level(v("0.2.0"), v("0.2.1")) == "patch"
    assert bump_level(v("0.2.0"), v("0.3.0")) == "minor"
    assert bump_level(v("0.2.0"), v("1.0.0")) == "major"
    assert bump_level(v("1.2.3"), v("1.3.0")) == "minor"
    assert bump_level(v("1.2.3"), v("1.2.3")) is None
    assert bump_level(v("1.2.3"), v("1.2.2")) == "backwards"
    assert required_level(v("0.2.0"), breaking=True, additive=True) == "minor"
    assert required_level(v("1.2.0"), breaking=True, additive=False) == "major"
    assert required_level(v("1.2.0"), breaking=False, additive=True) == "minor"
    assert required_level(v("0.2.0"), breaking=False, additive=True) == "patch"
    assert required_level(v("1.2.0"), breaking=False, additive=False) == "patch"


def test_above_one_a_break_needs_a_major_bump_and_an_addition_a_minor_one():
    breaking = _changes(BREAKING[0][2])
    additive = _changes(ADDITIVE[0][1])

    def at(version: str, changes: list[Change]) -> Any:
        return evaluate(
            version=Version(version),
            baseline_version=Version("1.4.2"),
            changes=changes,
            spec_version=version,
            baseline_spec_version="1.4.2",
            changelog_entry=True,
        )

    assert not at("1.5.0", breaking).ok and at("2.0.0", breaking).ok
    assert not at("1.4.3", additive).ok and at("1.5.0", additive).ok


def test_python_api_breaks_count_as_breaking_without_a_contract_change():
    verdict = evaluate(
        version=Version("0.1.1"),
        baseline_version=Version("0.1.0"),
        changes=[],
        api_breaks=["peaq_os_sdk/x.py:1: f(a): Parameter was removed"],
        spec_version="0.1.0",
        baseline_spec_version="0.1.0",
        changelog_entry=True,
    )
    assert not verdict.ok and "Python API: peaq_os_sdk/x.py:1: f(a): Parameter was removed" in verdict.failures[0]


def test_spec_info_version_relationship():
    additive = _changes(ADDITIVE[0][1])
    # the contract changed: info.version must name this release
    assert (
        "spec info.version must be the package version 0.1.1"
        in _verdict(additive, "0.1.1", spec_version="0.1.0").failures[0]
    )
    assert "above the package version" in _verdict(additive, "0.1.1", spec_version="0.2.0").failures[0]
    assert "not a version" in _verdict(additive, "0.1.1", spec_version="latest").failures[0]
    # no contract change: info.version stays (a runtime-only release)
    runtime_only = evaluate(
        version=Version("0.1.1"),
        baseline_version=Version("0.1.0"),
        changes=[],
        spec_version="0.1.0",
        baseline_spec_version="0.1.0",
        changelog_entry=True,
        runtime_changed=True,
    )
    assert runtime_only.ok


def test_backwards_version_and_wrong_tag_fail():
    assert "below the baseline" in _verdict([], "0.0.9", spec_version="0.0.9").failures[0]
    verdict = evaluate(
        version=Version("0.1.1"),
        baseline_version=Version("0.1.0"),
        changes=[],
        spec_version="0.1.0",
        baseline_spec_version="0.1.0",
        changelog_entry=True,
        tag="v0.1.2",
        runtime_changed=True,
    )
    assert verdict.failures == ("tag 'v0.1.2' does not match the package version 0.1.1 (expected 'v0.1.1')",)


def test_first_release_has_no_baseline_and_counts_everything_as_added():
    verdict = evaluate(
        version=Version("0.1.0"),
        baseline_version=None,
        changes=diff(
            spec_ir({"info": {"title": "", "version": "0"}, "paths": {}, "components": {"schemas": {}}}),
            spec_ir(fixture_spec()),
        ),
        spec_version="0.1.0",
        baseline_spec_version=None,
        changelog_entry=True,
    )
    assert verdict.ok and verdict.changes and not any(c.breaking for c in verdict.changes)


def test_spec_diff_cli_exits_one_on_a_break(tmp_path: Path):
    old, new = fixture_spec(), fixture_spec()
    _schema(new, "Widget")["properties"].pop("note")
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old))
    (tmp_path / "new.json").write_text(__import__("json").dumps(new))
    proc = subprocess.run(
        [sys.executable, "-m", "codegen.spec_diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.json")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 1, proc.stderr
    assert "| **breaking** | response field removed (`response-field-removed`) | `Widget.note` |" in proc.stdout


# -- publish guard ------------------------------------------------------------------------------
def test_publish_defaults_to_the_staging_index():
    assert publish.target_url({}) == "https://test.pypi.org/legacy/"


@pytest.mark.parametrize("url", ["https://upload.pypi.org/legacy/", "https://pypi.org/legacy/", "https://PyPI.org/x"])
def test_publish_refuses_the_public_index_without_the_switch(url: str):
    with pytest.raises(SystemExit, match="refusing to upload to the public index"):
        publish.target_url({"PEAQOS_PUBLISH_URL": url})
    with pytest.raises(SystemExit):
        publish.target_url({"PEAQOS_PUBLISH_URL": url, "PEAQOS_PUBLISH_PUBLIC": "1"})
    assert publish.target_url({"PEAQOS_PUBLISH_URL": url, "PEAQOS_PUBLISH_PUBLIC": "yes"}) == url


def test_publish_refuses_credentials_over_plain_http_off_loopback():
    with pytest.raises(SystemExit, match="plain http"):
        publish.target_url({"PEAQOS_PUBLISH_URL": "http://index.example/legacy/"})
    assert publish.target_url({"PEAQOS_PUBLISH_URL": "http://127.0.0.1:8080/"}) == "http://127.0.0.1:8080/"


# -- baseline resolution ------------------------------------------------------------------------
def _repo(path: Path) -> Path:
    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@localhost", *args],
            cwd=path,
            check=True,
            capture_output=True,
        )

    path.mkdir(parents=True, exist_ok=True)
    git("init", "-q")
    (path / "file.txt").write_text("one\n")
    git("add", "-A")
    git("commit", "-q", "-m", "one")
    git("tag", "v0.1.0")
    (path / "file.txt").write_text("two\n")
    git("commit", "-q", "-am", "two")
    git("tag", "v0.2.0")
    return path


def test_the_tag_of_the_release_being_checked_is_not_its_own_baseline(tmp_path: Path):
    from release.baseline import _tags

    repo = _repo(tmp_path / "repo")
    assert _tags(repo, Version("0.2.0")) == ("v0.1.0", Version("0.1.0"))  # tag at HEAD, clean tree: this release
    assert _tags(repo, Version("0.2.1")) == ("v0.2.0", Version("0.2.0"))
    (repo / "file.txt").write_text("three\n")  # work on top of the tagged release: compare against it
    assert _tags(repo, Version("0.2.0")) == ("v0.2.0", Version("0.2.0"))


def test_without_tags_the_recorded_wheel_is_the_baseline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from release.baseline import RECORDED, resolve

    monkeypatch.delenv("RELEASE_BASELINE", raising=False)
    recorded = sorted((ROOT / RECORDED).glob("*.whl"))
    assert len(recorded) == 1, "release/baseline/ holds exactly one wheel"
    repo = tmp_path / "clone"
    (repo / RECORDED).mkdir(parents=True)
    (repo / RECORDED / recorded[0].name).write_bytes(recorded[0].read_bytes())
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    baseline = resolve(repo, Version("9.9.9"), tmp_path / "work")
    assert baseline.label == f"recorded wheel {RECORDED / recorded[0].name}"
    assert baseline.version == Version(recorded[0].name.split("-")[1])
    assert baseline.spec is not None and baseline.spec["info"]["version"]
    assert baseline.package_root is not None and (baseline.package_root / "peaq_os_sdk" / "_generated").is_dir()
    monkeypatch.setenv("RELEASE_BASELINE", "none")
    assert resolve(repo, Version("9.9.9"), tmp_path / "work").version is None


# -- Python API diff (griffe) ------------------------------------------------------------------------
def _installed_layout(dest: Path) -> Path:
    """src/peaq_os_sdk with generated/ as its _generated subpackage: the tree the wheel installs."""
    import shutil

    shutil.copytree(ROOT / "src" / "peaq_os_sdk", dest / "peaq_os_sdk", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(
        ROOT / "generated", dest / "peaq_os_sdk" / "_generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    return dest


def test_the_api_diff_catches_a_break_the_spec_does_not_show(tmp_path: Path):
    """A template change that drops a parameter from generated code: same spec, broken callers."""
    from release.apidiff import breaking_changes

    old, new = _installed_layout(tmp_path / "old"), _installed_layout(tmp_path / "new")
    assert breaking_changes(old, new) == []
    endpoints = new / "peaq_os_sdk" / "_generated" / "endpoints.py"
    text = endpoints.read_text()
    edited = re.sub(
        r"(def list_machines\(\s*client: \"?PeaqosClient\"?, \*, )limit: int \| None = None, ", r"\1", text, count=1
    )
    assert edited != text, "fixture: list_machines(limit=...) not found in generated/endpoints.py"
    endpoints.write_text(edited)
    breaks = breaking_changes(old, new)
    assert any("list_machines(limit)" in b and "Parameter was removed" in b for b in breaks), breaks


def test_package_checks_run_side_by_side_and_report_each_failure_in_order(tmp_path: Path) -> None:
    """release-check's tool runs (twine, check-wheel-contents, validate-pyproject, the spec validator) start
    together; every failing one is reported with its own output, in the order given, and passing ones are not."""
    from release.check import _run_all

    def tool(code: int, text: str) -> list[str]:
        return [sys.executable, "-c", f"import sys; print({text!r}); sys.stderr.write('err-{text}'); sys.exit({code})"]

    failures = _run_all([tool(1, "first"), tool(0, "fine"), tool(3, "third")], tmp_path)
    assert len(failures) == 2
    assert failures[0].startswith(f"`{Path(sys.executable).name} -c ") and "first" in failures[0]
    assert "err-first" in failures[0] and "third" in failures[1] and "err-third" in failures[1]
    assert not any("fine" in f for f in failures)
    assert _run_all([tool(0, "a"), tool(0, "b")], tmp_path) == []

    # side by side: each of these waits for the other's mark, which run one after another would never see
    def meet(mine: str, theirs: str) -> list[str]:
        wait = (f"import pathlib, sys, time; pathlib.Path({mine!r}).touch(); end = time.time() + 20\n"
                f"while not pathlib.Path({theirs!r}).exists():\n"
                "    if time.time() > end: sys.exit('alone')\n"
                "    time.sleep(0.01)")
        return [sys.executable, "-c", wait]

    assert _run_all([meet("a.mark", "b.mark"), meet("b.mark", "a.mark")], tmp_path) == []
