"""The spec is valid, generation is deterministic, and generated/ is what the spec renders to."""

from __future__ import annotations

from pathlib import Path

from openapi_spec_validator import validate

from codegen import generate
from codegen.describe import missing_descriptions
from codegen.ir import dump_yaml, load, load_yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"


def test_spec_is_valid_openapi_31():
    raw = load_yaml(SPEC.read_text())
    assert raw["openapi"].startswith("3.1")
    validate(raw)


def test_spec_conventions_hold():
    raw, ir = load(SPEC)
    statuses = dict(ir.error_statuses)
    names = [op.sdk_name for op in ir.operations if op.sdk_name]
    assert len(names) == len(set(names)) == 40 + 25  # the documented 40 and the bound "Coming next" methods
    assert sorted(op.iterator for op in ir.operations if op.iterator) == sorted(
        ["list_machines_all", "list_skills_all", "list_market_services_all", "list_market_orders_all",
         "list_agent_pairings_all", "list_runtime_endpoints_all", "list_audit_events_all", "list_runs_all",
         "list_tasks_all", "list_market_order_events_all"])
    for op in ir.operations:
        assert op.auth in ("platform", "agent-pairing", "none"), op.operation_id
        assert op.envelope in ("item", "list", "raw", "empty", "item-unwrapped"), op.operation_id
        assert set(op.error_codes) <= set(statuses), op.operation_id
        assert op.success_statuses, op.operation_id
        if op.envelope == "empty":
            assert op.success_statuses == (204,)
        if op.pagination:
            assert {q.wire for q in op.query_params} >= {"limit", "cursor"}
    for status in statuses.values():
        assert 400 <= status < 600


def test_generation_is_deterministic_and_committed_output_is_current():
    first = generate.render()
    second = generate.render()
    assert first == second
    problems = generate.check(first)
    assert not problems, "\n".join(problems)


def test_check_detects_drift(tmp_path):
    files = generate.render()
    generate.write(files, tmp_path)
    assert generate.check(files, tmp_path) == []
    (tmp_path / "models.py").write_text(files["models.py"] + "\n# hand edit\n")
    (tmp_path / "stray.py").write_text("x = 1\n")
    problems = generate.check(files, tmp_path)
    assert any("models.py" in p for p in problems) and any("stray.py" in p for p in problems)


def test_ir_agrees_with_datamodel_code_generator():
    """An independent parser (datamodel-code-generator) must see the same classes, snake names and wire names."""
    from datamodel_code_generator import DataModelType, PythonVersion
    from datamodel_code_generator.model import get_data_model_types
    from datamodel_code_generator.parser.openapi import OpenAPIParser

    types = get_data_model_types(DataModelType.DataclassesDataclass, target_python_version=PythonVersion.PY_311)
    parser = OpenAPIParser(
        SPEC.read_text(),
        data_model_type=types.data_model,
        data_model_root_type=types.root_model,
        data_model_field_type=types.field_model,
        data_type_manager_type=types.data_type_manager,
        dump_resolve_reference_action=types.dump_resolve_reference_action,
        snake_case_field=True,
    )
    parser.parse_raw()
    theirs = {m.class_name: m for m in parser.results}
    _, ir = load(SPEC)
    compared = 0
    for model in ir.models:
        if model.wrap:
            continue
        other = theirs[model.name]
        their_fields = {f.original_name or f.name: f for f in other.fields}
        if None in their_fields:  # dcg renders a oneOf-constrained object as a root union; nothing to compare
            continue
        ours = {f.wire: f for f in (model.own if model.base else model.fields)}  # a subclass declares what it narrows
        assert set(ours) == set(their_fields), model.name
        if model.base:
            assert model.base in {b.reference.name for b in other.base_classes if b.reference}, model.name
        for wire, f in ours.items():
            assert f.name == their_fields[wire].name, (model.name, wire)
            sdk_only_required = f.metadata.get("required") and not their_fields[wire].required  # x-sdk-required
            if not sdk_only_required:
                assert (not f.has_default) == their_fields[wire].required, (model.name, wire)
            compared += 1
    assert compared > 300


def test_import_stays_light():
    import subprocess
    import sys

    code = (
        "import peaq_os_sdk, sys; "
        "assert 'eth_account' not in sys.modules and 'starlette' not in sys.modules, 'heavy import'; "
        "c = peaq_os_sdk.PeaqosClient(orchestration_url='http://127.0.0.1:1'); c.orchestration; "
        "assert 'eth_account' not in sys.modules and 'starlette' not in sys.modules, 'heavy on first use'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_operation_parameter_schema_and_property_is_described():
    raw = load_yaml(SPEC.read_text())
    assert missing_descriptions(raw) == []


def _plant_holes(raw: dict) -> dict[str, str]:
    """Remove one description of each kind the check covers; returns the line the check must print for each."""
    schemas = raw["components"]["schemas"]
    del schemas["MarketOrder"]["description"]
    del schemas["MarketOrder"]["properties"]["status"]["description"]
    del schemas["RegisteredMachine"]["allOf"][1]["properties"]["identityRef"]["description"]
    del schemas["PaymentProof"]["properties"]["metadata"]["properties"]["paymentSettlement"]["properties"]["status"][
        "description"
    ]
    del schemas["ProviderCredentials"]["properties"]["aethir"]["properties"]["sk"]["description"]
    del schemas["MarketOrderStatus"]["description"]
    op = raw["paths"]["/market/orders"]["post"]
    del op["summary"]
    get = raw["paths"]["/market/orders"]["get"]
    del get["description"]
    del next(p for p in get["parameters"] if p.get("name") == "machineId")["description"]
    del raw["paths"]["/machines/{machineId}/agents/{agentId}"]["parameters"][1]["description"]
    del raw["components"]["parameters"]["Limit"]["description"]
    del raw["tags"][0]["description"]
    raw["components"]["schemas"]["Health"]["properties"]["ok"]["description"] = "  "
    return {
        "schema MarketOrder": "",
        "property MarketOrder.status": "",
        "property RegisteredMachine.identityRef": "",
        "property PaymentProof.metadata.paymentSettlement.status": "",
        "property ProviderCredentials.aethir.sk": "",
        "schema MarketOrderStatus": "",
        "operation createMarketOrder: summary": "",
        "operation listMarketOrders: description": "",
        "parameter query machineId of listMarketOrders": "",
        "parameter path agentId of /machines/{machineId}/agents/{agentId}": "",
        "parameter Limit": "",
        "tag machines": "",
        "property Health.ok": "",
    }


def test_missing_descriptions_lists_each_hole():
    raw = load_yaml(SPEC.read_text())
    expected = _plant_holes(raw)
    assert sorted(missing_descriptions(raw)) == sorted(expected)


def test_generate_refuses_a_spec_with_a_missing_description(tmp_path, monkeypatch, capsys):
    raw = load_yaml(SPEC.read_text())
    del raw["components"]["schemas"]["MarketOrder"]["properties"]["quoteId"]["description"]
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(raw, sort_keys=False))
    monkeypatch.setattr(generate, "SPEC", spec)
    out = tmp_path / "out"
    monkeypatch.setattr(generate, "OUT", out)
    assert generate.main(["--check"]) == 1
    assert generate.main([]) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert "1 missing descriptions" in err and "property MarketOrder.quoteId" in err


def test_descriptions_reach_the_generated_docstrings():
    from peaq_os_sdk._generated import models

    raw = load_yaml(SPEC.read_text())
    order = raw["components"]["schemas"]["MarketOrder"]
    doc = " ".join((models.MarketOrder.__doc__ or "").split())
    assert " ".join(order["description"].split()) in doc
    for wire, prop in order["properties"].items():
        text = " ".join(prop["description"].split()).removesuffix(".")
        assert f"{text} (wire ``{wire}``" in doc, wire
    # query parameters grouped in an options class carry their parameter's description
    skills = raw["paths"]["/skills"]["get"]["parameters"]
    opts = " ".join((models.ListSkillsOptions.__doc__ or "").split())
    for p in skills:
        if p.get("x-sdk-in") == "options":
            assert " ".join(p["description"].split()).removesuffix(".") in opts, p["name"]


def test_nested_keys_and_placeholders_reach_the_docstrings():
    from peaq_os_sdk._generated import models

    raw = load_yaml(SPEC.read_text())
    schemas = raw["components"]["schemas"]
    # keys of open maps (no class of their own) are documented on the field that holds them
    proof = " ".join((models.PaymentProof.__doc__ or "").split())
    settlement = schemas["PaymentProof"]["properties"]["metadata"]["properties"]["paymentSettlement"]
    assert " ".join(settlement["properties"]["status"]["description"].split()).removesuffix(".") in proof
    creds = " ".join((models.ProviderCredentials.__doc__ or "").split())
    for adapter, spec in schemas["ProviderCredentials"]["properties"].items():
        assert f"``{adapter}``: {spec['description'].removesuffix('.')}" in creds
        for key, prop in spec["properties"].items():
            assert f"``{key}``: {prop['description'].removesuffix('.')}" in creds
    # a <placeholder> is an inline literal (Markdown would read it as an HTML tag and drop it)
    machine = " ".join((models.Machine.__doc__ or "").split())
    assert "``did:peaq:<decimal>``" in machine


def test_docwrap_wraps_and_escapes():
    text = 'a "<b>" c\\d """ ' + "word " * 40 + "did:pkh:eip155:1:<agentAddress>."
    out = generate._docwrap(text, 8, first=3)
    lines = out.split("\n")
    assert len(lines[0]) + 8 + 3 <= 110 and all(len(line) <= 110 for line in lines[1:])
    assert all(line.startswith(" " * 8) for line in lines[1:])
    joined = " ".join(line.strip() for line in lines)
    assert '"``<b>``"' in joined and "c\\\\d" in joined and '\\"\\"\\"' in joined
    assert joined.endswith("``did:pkh:eip155:1:<agentAddress>``.")


def test_a_key_given_twice_in_the_spec_is_refused() -> None:
    import pytest

    from codegen.ir import SpecError, load_spec

    assert load_spec("a: 1\nb: {c: 2}\n") == {"a": 1, "b": {"c": 2}}
    with pytest.raises(SpecError, match=r"duplicate key 'description' at line 3"):
        load_spec("op:\n  description: one\n  description: two\n")


def test_groups_are_the_spec_tags_and_a_shared_type_is_common():
    """Each operation's group is its first tag; a type one group uses lives in that group's module, a type two
    groups use (and everything it refers to) in ``common``; the facades name every public type and operation."""
    from codegen.ir import COMMON, snake

    raw, ir = load(SPEC)
    tags = {op["operationId"]: op["tags"][0] for item in raw["paths"].values() for op in item.values()
            if isinstance(op, dict) and "operationId" in op}
    assert {op.operation_id: op.group for op in ir.operations} == {k: snake(v) for k, v in tags.items()}
    assert ir.groups[0] == COMMON and set(ir.groups[1:]) == {op.group for op in ir.operations}
    users: dict[str, set[str]] = {}
    for op in ir.operations:
        for name in (op.response_model, op.options_class, *op.body_models):
            if name:
                users.setdefault(name, set()).add(op.group)
    for name, groups in users.items():
        expected = groups.pop() if len(groups) == 1 else COMMON
        assert ir.group_of(name) in (expected, COMMON), name  # a part of a common type is common as well
        if expected == COMMON:
            assert ir.group_of(name) == COMMON, name

    from peaq_os_sdk._generated import models, operations

    assert set(models.GROUP_OF) == set(models.__all__)
    assert set(operations.GROUP_OF) == {op.const for op in ir.operations}
    assert [op.operation_id for op in operations.ALL] == [op.operation_id for op in ir.operations]
    for name in models.__all__:
        assert getattr(models, name).__module__.endswith(f"groups.{models.GROUP_OF[name]}_models") or \
            not isinstance(getattr(models, name), type), name


def test_a_new_tag_becomes_a_group_module_without_a_hand_kept_list(tmp_path):
    """A spec change alone adds a group: an operation under a new tag gets its own operations, models and
    decoders modules, and a type it shares with another group moves to ``common``."""
    raw = load_yaml(SPEC.read_text())
    raw["tags"].append({"name": "probe-views", "description": "A group added by this test."})
    raw["components"]["schemas"]["ProbeViewNode"] = {
        "type": "object", "description": "A node of a view added by this test.", "required": ["id"],
        "properties": {"id": {"type": "string", "description": "Node id."},
                       "machine": {"$ref": "#/components/schemas/Machine", "description": "The machine."}},
    }
    raw["paths"]["/probe-views/nodes/{nodeId}"] = {"get": {
        "operationId": "getProbeViewNode", "x-sdk-name": "get_probe_view_node", "tags": ["probe-views"],
        "description": "One node of the test's view.", "x-auth": "platform", "x-envelope": "item",
        "x-status": "assumed", "x-assumed": ["Added by a test."],
        "parameters": [{"name": "nodeId", "in": "path", "required": True, "description": "Node id.",
                        "schema": {"type": "string"}}],
        "responses": {"200": {"description": "The node.", "content": {"application/json": {"schema": {
            "type": "object", "required": ["item"], "description": "Envelope.",
            "properties": {"item": {"$ref": "#/components/schemas/ProbeViewNode", "description": "The node."}}}}}}},
    }}
    spec = tmp_path / "openapi.yaml"
    spec.write_text(dump_yaml(raw, sort_keys=False))
    _, ir = load(spec)
    assert "probe_views" in ir.groups
    assert ir.group_of("ProbeViewNode") == "probe_views"
    assert ir.group_of("Machine") == "common"  # used by machines and by probe_views now
    files = generate.render(spec)
    assert {"groups/probe_views_models.py", "groups/probe_views_decoders.py",
            "groups/probe_views_operations.py"} <= set(files)
    assert '"ProbeViewNode": "probe_views"' in files["models.py"] and '"GET_PROBE_VIEW_NODE": "probe_views"' in files[
        "operations.py"]
    assert "class Machine(_MachineSlots):" in files["groups/common_models.py"]
    assert "class Machine(" not in files["groups/machines_models.py"]
