"""Render generated/ from spec/openapi.yaml.

python -m codegen.generate            write generated/
python -m codegen.generate --check    exit 1 when generated/ differs from a fresh render

Both exit 1 while any operation, parameter, schema or property of the spec lacks a description
(codegen/describe.py lists them).
"""

from __future__ import annotations

import argparse
import difflib
import json
import pprint
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

import jinja2

from codegen.describe import missing_descriptions
from codegen.ir import COMMON, SpecIR, load, load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
OUT = ROOT / "generated"
TEMPLATES = Path(__file__).resolve().parent / "templates"


def _rule_text(rule: dict[str, Any]) -> str:
    """A cross-field rule as a docstring line."""
    f = rule["fields"]
    text = {
        "exactly-one": lambda: "exactly one of " + ", ".join(f) + " is set",
        "at-most": lambda: f"{f[0]} <= {f[1]} when both are set",
        "scaled": lambda: f"{f[2]} = {f[0]} x 10^{f[1]} when all three are set",
        "did-of": lambda: f"{f[0]} ends with {f[1]} (any case) when both are set",
    }[rule["rule"]]()
    return text + (f": {rule['why']}." if rule["why"] else ".")


def _pyrepr(value: object) -> str:
    if isinstance(value, dict | list | tuple):
        return pprint.pformat(value, width=10_000, sort_dicts=False)
    return repr(value)


# a term holding a <placeholder> (did:peaq:<decimal>): Markdown renderers read <...> as an HTML tag and drop it
_PLACEHOLDER = re.compile(r"[^\s`(\"']*<[A-Za-z][^<>`]*>(?:[^\s`<>.,;:)\"']|[.:](?=[^\s.,;:)\"']))*")


def _docwrap(text: str, indent: int, first: int = 0) -> str:
    """Text for a docstring: whitespace normalised, wrapped at 110 columns, continuation lines indented.

    Terms holding a ``<placeholder>`` become inline literals, so the docs site shows them as written.
    """
    words = " ".join(str(text).split())
    parts = words.split("``")  # odd parts are literals already
    words = "``".join(_PLACEHOLDER.sub(lambda m: f"``{m[0]}``", t) if i % 2 == 0 else t for i, t in enumerate(parts))
    words = words.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    # ``first``: columns the first line already uses after the indent (e.g. the opening quotes)
    lines = textwrap.wrap(
        words, width=110 - indent, initial_indent=" " * first, break_long_words=False, break_on_hyphens=False
    )
    if lines:
        lines[0] = lines[0][first:]
    return ("\n" + " " * indent).join(lines)


def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    env.filters["pyrepr"] = _pyrepr
    env.filters["rule_text"] = _rule_text
    env.filters["docwrap"] = _docwrap
    env.filters["codestatus"] = lambda code, statuses: f"{code} ({statuses[code]})" if code in statuses else code
    return env


def render(spec_path: Path = SPEC) -> dict[str, str]:
    raw, ir = load(spec_path)
    env = _env()
    all_models = list(ir.models) + list(ir.options)
    sdk_ops = [op for op in ir.operations if op.sdk_name]
    names: list[str] = [e.name for e in ir.enums]  # every public type name, in the facade's order
    group_of: dict[str, str] = {e.name: COMMON for e in ir.enums}
    for m in all_models:
        for name in (m.name, *m.aliases):
            names.append(name)
            group_of[name] = m.group
    for u in ir.unions:
        names.append(u.name)
        group_of[u.name] = u.group
    by_group = [(g, [n for n in names if group_of[n] == g]) for g in ir.groups]
    op_groups = [(g, [o.const for o in ir.operations if o.group == g]) for g in ir.groups]
    files: dict[str, str] = {
        "__init__.py": env.get_template("__init__.py.jinja").render(spec=ir),
        "models.py": env.get_template("facade_models.py.jinja").render(
            spec=ir, names=names, group_of=list(group_of.items()), by_group=[x for x in by_group if x[1]]
        ),
        "operations.py": env.get_template("facade_operations.py.jinja").render(
            ops=ir.operations, by_group=[x for x in op_groups if x[1]]
        ),
        "decoders.py": env.get_template("facade_decoders.py.jinja").render(groups=ir.groups),
        "error_codes.py": env.get_template("error_codes.py.jinja").render(error_statuses=dict(ir.error_statuses)),
        "openapi.json": json.dumps(raw, indent=1, ensure_ascii=False) + "\n",
        "groups/__init__.py": _GROUPS_DOC,
    }
    common = [n for n in names if group_of[n] == COMMON]
    decodable = {m.name for m in ir.models if m.response and not m.wrap} | {u.name for u in ir.unions}
    common_decoders = [f"decode_{n}" for n in common if n in decodable]
    mod = {n: "c" if g == COMMON else "m" for n, g in group_of.items()}
    for g in ir.groups:
        models = [m for m in all_models if m.group == g]
        unions = [u for u in ir.unions if u.group == g]
        ops = [o for o in ir.operations if o.group == g]
        files[f"groups/{g}_models.py"] = env.get_template("models.py.jinja").render(
            spec=ir,
            group=g,
            enums=ir.enums if g == COMMON else (),
            all_models=models,
            unions=unions,
            common_imports=common if g != COMMON else [],
        )
        files[f"groups/{g}_decoders.py"] = env.get_template("decoders.py.jinja").render(
            group=g,
            models=[m for m in models if m.response and not m.wrap],
            unions=unions,
            common_imports=common_decoders if g != COMMON else [],
        )
        if ops:
            files[f"groups/{g}_operations.py"] = env.get_template("operations.py.jinja").render(
                group=g, ops=ops, mod=mod, error_statuses=dict(ir.error_statuses)
            )
    used = _model_imports(ir, sdk_ops)
    for is_async, name, client_type, namespace in (
        (False, "endpoints.py", "PeaqosClient", "Orchestration"),
        (True, "endpoints_async.py", "AsyncPeaqosClient", "AsyncOrchestration"),
    ):
        files[name] = env.get_template("endpoints.py.jinja").render(
            spec=ir,
            ops=sdk_ops,
            is_async=is_async,
            client_type=client_type,
            namespace=namespace,
            model_imports=used,
            error_statuses=dict(ir.error_statuses),
        )
    return _format(files)


_GROUPS_DOC = (
    '"""Per group of operations (the spec\'s tags): ``<group>_models``, ``<group>_decoders`` and ``<group>_operations``;\n'
    "``common_models`` and ``common_decoders`` hold the types several groups use. Each module is imported the\n"
    'first time one of its names is used (see the facades ``models``, ``operations`` and ``decoders`` one level up).\n"""\n'
)


def _model_imports(ir: SpecIR, ops: list) -> list[str]:
    names: set[str] = set()
    for op in ops:
        for s in (op.return_annotation, *op.signature):
            for token in s.replace("[", " ").replace("]", " ").replace("|", " ").replace(":", " ").split():
                names.add(token.strip(",=*"))
    known = {m.name for m in ir.models} | {m.name for m in ir.options} | {u.name for u in ir.unions}
    return sorted(names & known)


def _format(files: dict[str, str]) -> dict[str, str]:
    """Format the Python files with ruff (pinned in the dev extra) so output is stable."""
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        for name, text in files.items():
            (d / name).parent.mkdir(parents=True, exist_ok=True)
            (d / name).write_text(text, encoding="utf-8")
        py = [str(d / n) for n in files if n.endswith(".py")]
        ruff = [sys.executable, "-m", "ruff"]
        cfg = ["--config", str(ROOT / "pyproject.toml")]
        subprocess.run([*ruff, "check", "--fix-only", "--quiet", "--select", "I,F401,UP", *cfg, *py], check=False)
        subprocess.run([*ruff, "format", "--quiet", *cfg, *py], check=True)
        return {name: (d / name).read_text(encoding="utf-8") for name in files}


def write(files: dict[str, str], out: Path = OUT) -> None:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for name, text in sorted(files.items()):
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(text, encoding="utf-8")


def check(files: dict[str, str], out: Path = OUT) -> list[str]:
    problems = []
    present = (
        {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
        if out.exists()
        else set()
    )
    for name in sorted(present - set(files)):
        problems.append(f"generated/{name}: not produced by the spec any more")
    for name, text in sorted(files.items()):
        path = out / name
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            diff = difflib.unified_diff(
                current.splitlines(), text.splitlines(), f"generated/{name}", "fresh", lineterm="", n=1
            )
            problems.append("\n".join(list(diff)[:40]))
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args(argv)
    missing = missing_descriptions(load_spec(SPEC.read_text(encoding="utf-8")))
    if missing:
        print(f"spec/openapi.yaml: {len(missing)} missing descriptions (they become the SDK's docs):", file=sys.stderr)
        for m in missing:
            print(f"  {m}", file=sys.stderr)
        return 1
    files = render()
    if args.check:
        problems = check(files)
        if problems:
            print("generated/ is out of date with spec/openapi.yaml; run `make generate`:", file=sys.stderr)
            for p in problems:
                print(p, file=sys.stderr)
            return 1
        print(f"generated/ matches spec/openapi.yaml ({len(files)} files)")
        return 0
    write(files)
    print(f"wrote {len(files)} files to generated/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
