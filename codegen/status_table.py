"""The "confirmed / assumed" table of docs/spec-status.md, rendered from the spec's x-status and x-assumed marks.

python -m codegen.status_table            print the table
python -m codegen.status_table --write    replace the table between the page's markers
python -m codegen.status_table --check    exit 1 when the page's table differs from the spec
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from codegen.ir import load_spec

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openapi.yaml"
PAGE = ROOT / "docs" / "spec-status.md"
BEGIN = "<!-- x-status table: rendered from spec/openapi.yaml by `python -m codegen.status_table --write` -->"
END = "<!-- end of x-status table -->"
METHODS = ("get", "post", "put", "patch", "delete")
STATUSES = ("confirmed", "assumed")


class StatusError(Exception):
    pass


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    out = []
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                out.append((method.upper(), path, item[method]))
    return out


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render(spec: dict[str, Any]) -> str:
    rows = []
    counts = dict.fromkeys(STATUSES, 0)
    details = 0
    for method, path, op in operations(spec):
        status = op.get("x-status")
        if status not in STATUSES:
            raise StatusError(f"{op['operationId']}: x-status must be one of {STATUSES}, not {status!r}")
        assumed = list(op.get("x-assumed", []))
        if status == "assumed" and not assumed:
            raise StatusError(f"{op['operationId']}: an assumed operation needs its reason in x-assumed")
        counts[status] += 1
        details += len(assumed)
        name = op.get("x-sdk-name") or op["operationId"]
        rows.append(f"| `{name}` | `{method} {path}` | {status} | {_cell('<br>'.join(assumed)) or '—'} |")
    head = [
        BEGIN,
        "",
        f"{len(rows)} operations: {counts['confirmed']} confirmed from public facts, {counts['assumed']} assumed; "
        f"{details} details within them are our choices (last column).",
        "",
        "| operation | route | status | chosen where the facts are silent |",
        "| --- | --- | --- | --- |",
    ]
    return "\n".join([*head, *rows, "", END])


def page_table(text: str) -> str:
    if BEGIN not in text or END not in text:
        raise StatusError(f"{PAGE.relative_to(ROOT)} has no x-status table markers")
    return text[text.index(BEGIN) : text.index(END) + len(END)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = ap.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true")
    group.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    table = render(load_spec(SPEC.read_text(encoding="utf-8")))
    if not (args.write or args.check):
        print(table)
        return 0
    text = PAGE.read_text(encoding="utf-8")
    current = page_table(text)
    if args.check:
        if current != table:
            print(
                f"{PAGE.relative_to(ROOT)}: the confirmed/assumed table differs from spec/openapi.yaml; run "
                "`python -m codegen.status_table --write`",
                file=sys.stderr,
            )
            return 1
        return 0
    PAGE.write_text(text.replace(current, table), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
