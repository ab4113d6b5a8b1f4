"""``peaqos-contract``: run the spec's contract checks against any orchestrator deployment.

    peaqos-contract --base-url https://orchestrator.example --mode positive --mode negative \\
        --time-budget 300 --junit-xml contract.xml

Schemathesis generates requests from the bundled ``openapi.json`` (or ``--spec``) in three modes: ``positive``
(schema-valid requests; every response must match the spec), ``negative`` (schema-invalid requests must be
rejected with a documented 4xx, never a 5xx) and ``stateful`` (sequences that follow the spec's links). Besides
schemathesis' own checks it runs the spec's checks in :mod:`peaq_os_sdk.contract.checks`. The result is a table
per operation on stdout and, with ``--junit-xml``, one JUnit test case per mode and operation.

Safety: against a host that is not loopback only read-only operations run (GET and HEAD, and no write-method
probes), unless ``--allow-writes`` is given; the stateful mode needs writes.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit
from xml.etree import ElementTree

MODES = ("positive", "negative", "stateful")
READ_METHODS = ("get", "head")
REDACTED = "[REDACTED]"
INSTALL_HINT = "the contract runner needs the contract extra (Python 3.11+): pip install 'peaq-os-sdk[contract]'"
_SOFT_DELETE = re.compile(r"soft delete|record (?:keeps|stays)", re.I)
_JWT = re.compile(r"eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]+")
_SECRET_FIELD = re.compile(
    r"""(["']?[\w-]*(?:token|secret|password|api[-_]?key|private[-_]?key)["']?\s*[:=]\s*)(["'][^"']*["']|[^\s,}]+)""",
    re.I,
)


@dataclass
class Options:
    base_url: str
    modes: tuple[str, ...] = ("positive", "negative")
    spec_path: str | None = None
    api_key: str | None = None
    pairing_token: str | None = None
    seed: int | None = None
    max_examples: int = 20
    stateful_steps: int = 10
    time_budget: float | None = None
    junit_xml: str | None = None
    allow_writes: bool | None = None
    """None: writes only against a loopback host."""
    operation_ids: tuple[str, ...] = ()
    """Only these operations (default: every operation in the spec)."""
    request_timeout: float = 10.0
    workers: int = 1


@dataclass
class OperationResult:
    mode: str
    operation: str
    operation_id: str
    cases: int = 0
    failed_cases: int = 0
    failures: dict[str, str] = field(default_factory=dict)
    """check name -> first failure message"""
    errors: list[str] = field(default_factory=list)
    skipped: str | None = None
    elapsed: float = 0.0

    @property
    def status(self) -> str:
        if self.failures:
            return "FAILED"
        if self.errors:
            return "ERROR"
        if not self.cases:
            return "SKIPPED"
        return "passed"


@dataclass
class Report:
    base_url: str
    seed: int
    read_only: bool
    results: dict[tuple[str, str], OperationResult] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    stopped: str | None = None
    broken: bool = False
    """The run could not finish (server unavailable, interrupted)."""

    @property
    def ok(self) -> bool:
        """No check failed, nothing errored, and at least one request was checked."""
        results = self.results.values()
        return not self.broken and not any(r.failures or r.errors for r in results) and any(r.cases for r in results)

    def failures(self) -> list[tuple[str, str, str, str]]:
        """(mode, operationId, check, message) for every failing check."""
        return [
            (r.mode, r.operation_id, check, msg)
            for r in self.results.values()
            for check, msg in sorted(r.failures.items())
        ]


# ---- helpers ------------------------------------------------------------------------------------------------------


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_read_only(options: Options) -> bool:
    """Writes run only when allowed explicitly, or by default against a loopback host."""
    if options.allow_writes is not None:
        return not options.allow_writes
    return not is_loopback(options.base_url)


def load_spec(path: str | None) -> dict[str, Any]:
    if path is None:
        from importlib import resources

        text = resources.files("peaq_os_sdk._generated").joinpath("openapi.json").read_text(encoding="utf-8")
        return json.loads(text)  # type: ignore[no-any-return]
    raw = Path(path).read_text(encoding="utf-8")
    if path.endswith((".yaml", ".yml")):
        import yaml

        # libyaml's loader where PyYAML has it (a large spec loads several times faster); the same safe meaning
        return yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # type: ignore[no-any-return]  # noqa: S506
    return json.loads(raw)  # type: ignore[no-any-return]


def api_base(base_url: str, spec: dict[str, Any]) -> str:
    """The deployment root plus the spec's server path (``/api/v1``), unless the URL already has it."""
    base = base_url.rstrip("/")
    servers = spec.get("servers") or [{}]
    prefix = str(servers[0].get("url", "")).rstrip("/")
    if prefix.startswith("/") and not urlsplit(base).path.rstrip("/").endswith(prefix):
        base += prefix
    return base


class Redactor:
    def __init__(self, secrets: Sequence[str | None]) -> None:
        self.secrets = sorted({s for s in secrets if s and len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, REDACTED)
        text = _JWT.sub(REDACTED, text)
        return _SECRET_FIELD.sub(lambda m: m.group(1) + REDACTED, text)


def _scheme_for_header(spec: dict[str, Any], header: str) -> str | None:
    for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
        if scheme.get("type") == "apiKey" and scheme.get("in") == "header" and scheme.get("name", "").lower() == header:
            return str(name)
    return None


def _st_config(
    options: Options,
    spec: dict[str, Any],
    mode: str,
    *,
    read_only: bool,
    seed: int,
    budget: float | None,
    selected: dict[str, str],
) -> Any:
    import schemathesis

    from peaq_os_sdk.contract.checks import CHECKS_CONFIG

    phases: dict[str, Any]
    if mode == "stateful":
        phases = {
            "examples": {"enabled": False},
            "coverage": {"enabled": False},
            "fuzzing": {"enabled": False},
            # the spec's own links only: inferred ones (location headers, dependency analysis) dilute the budget
            "stateful": {"enabled": True, "max-steps": max(2, options.stateful_steps), "inference": {"algorithms": []}},
        }
    else:
        phases = {
            "examples": {"enabled": True},
            "coverage": {"enabled": True},
            "fuzzing": {"enabled": True},
            "stateful": {"enabled": False},
        }
        if read_only:  # probes of undeclared methods would send writes
            phases["coverage"]["unexpected-methods"] = ["options", "trace"]
    auth: dict[str, Any] = {}
    for header, value in (("x-api-key", options.api_key), ("x-agent-pairing-token", options.pairing_token)):
        scheme = _scheme_for_header(spec, header)
        if value and scheme:
            auth[scheme] = {"api_key": value.replace("$", "$$")}
    operations: list[dict[str, Any]] = []
    paths = spec.get("paths", {})
    every = {
        op["operationId"]
        for item in paths.values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    if every - set(selected.values()):  # the whole spec stays loaded; the others generate no requests
        operations.append({"exclude-operation-id": sorted(set(selected.values())), "enabled": False})
    # A DELETE the spec documents as a soft delete (the record stays readable with status archived/revoked) is no
    # leak, but use_after_free would call every later read of that record or anything under it one.
    soft = [p for p, item in paths.items() if "delete" in item and _SOFT_DELETE.search(json.dumps(item["delete"]))]
    under = sorted(
        op["operationId"]
        for p, item in paths.items()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op and any(p.startswith(s) for s in soft)
    )
    if under:
        operations.append({"include-operation-id": under, "checks": {"use_after_free": {"enabled": False}}})
    raw: dict[str, Any] = {
        "seed": seed,
        "base-url": api_base(options.base_url, spec),
        "request-timeout": options.request_timeout,
        "workers": options.workers,
        "checks": dict(CHECKS_CONFIG),
        "generation": {
            "mode": "negative" if mode == "negative" else "positive",
            "max-examples": options.max_examples,
            "deterministic": False,  # the seed (printed, random unless given) makes a run reproducible
            "database": "none",  # no .hypothesis/ in the caller's directory; --seed reproduces a run
        },
        "phases": phases,
        "operations": operations,
        "suppress-health-check": ["all"],
    }
    if budget is not None:
        raw["max-time"] = max(1, int(budget))
    if auth:
        raw["auth"] = {"openapi": auth}
    config = schemathesis.Config.from_dict(raw)
    return config


def _select(spec: dict[str, Any], options: Options, read_only: bool) -> tuple[dict[str, str], list[str]]:
    """label -> operationId of the operations this run calls (read-only: GET/HEAD), and notes on what was left out.

    The whole spec stays loaded (routing checks such as ``Allow`` need every method of a path); only the operations
    that generate requests are narrowed.
    """
    notes = []
    wanted = set(options.operation_ids)
    selected: dict[str, str] = {}
    known = set()
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            known.add(op["operationId"])
            if wanted and op["operationId"] not in wanted:
                continue
            if read_only and method not in READ_METHODS:
                continue
            selected[f"{method.upper()} {path}"] = op["operationId"]
    unknown = sorted(wanted - known)
    if unknown:
        raise SystemExit(f"peaqos-contract: unknown operationId(s) {unknown}")
    if read_only:
        notes.append(
            "read-only run: write operations skipped (against a host that is not loopback they need --allow-writes)"
        )
    return selected, notes


# ---- running ------------------------------------------------------------------------------------------------------


def run(options: Options, out: IO[str] | None = None) -> Report:
    """Run the selected modes; print the summary table to ``out``; write JUnit XML when asked."""
    try:
        import schemathesis  # noqa: F401
    except ImportError as e:  # pragma: no cover - exercised only without the extra
        raise SystemExit(INSTALL_HINT) from e
    from schemathesis.engine import events, from_schema

    from peaq_os_sdk.contract.checks import register

    register()
    out = out if out is not None else sys.stdout
    seed = options.seed if options.seed is not None else int.from_bytes(os.urandom(4), "big")
    read_only = is_read_only(options)
    spec = load_spec(options.spec_path)
    ids, notes = _select(spec, options, read_only)
    report = Report(base_url=options.base_url, seed=seed, read_only=read_only, notes=notes)
    redact = Redactor([options.api_key, options.pairing_token])
    started = time.monotonic()
    print(f"peaqos-contract: {options.base_url}  modes={','.join(options.modes)}  seed={seed}", file=out)
    for mode in options.modes:
        if mode not in MODES:
            raise SystemExit(f"peaqos-contract: unknown mode {mode!r} (choose from {', '.join(MODES)})")
        if mode == "stateful" and read_only:
            report.notes.append("stateful mode skipped: it needs writes (--allow-writes)")
            continue
        budget = None
        if options.time_budget is not None:
            budget = options.time_budget - (time.monotonic() - started)
            if budget < 1:
                report.notes.append(f"{mode} mode not run: time budget spent")
                report.stopped = "time budget"
                continue
        config = _st_config(options, spec, mode, read_only=read_only, seed=seed, budget=budget, selected=ids)
        schema = schemathesis.openapi.from_dict(json.loads(json.dumps(spec)), config=config)
        for event in from_schema(schema).execute():
            if isinstance(event, events.ScenarioFinished) and event.is_test_scenario:
                _record(report, mode, event, ids, redact)
            elif isinstance(event, events.NonFatalError):
                label = event.label
                r = _result(report, mode, label, ids)
                message = redact(event.info.format(base_url_is_set=True)[:2000])
                if message not in r.errors:
                    r.errors.append(message)
            elif isinstance(event, events.FatalError):
                raise RuntimeError(redact(f"schemathesis failed: {event.exception!r}"))
            elif isinstance(event, events.EngineFinished):
                reason = str(event.stop_reason)
                if reason == "max_time":
                    report.stopped = "time budget"
                elif reason == "server_unavailable":
                    report.stopped = "server unavailable"
                    report.broken = True
                elif reason == "interrupted":
                    report.stopped = "interrupted"
                    report.broken = True
    _print_table(report, out)
    if options.junit_xml:
        write_junit(report, options.junit_xml)
    return report


def _result(report: Report, mode: str, label: str, ids: dict[str, str]) -> OperationResult:
    key = (mode, label)
    if key not in report.results:
        report.results[key] = OperationResult(mode=mode, operation=label, operation_id=ids.get(label, label))
    return report.results[key]


def _record(report: Report, mode: str, event: Any, ids: dict[str, str], redact: Redactor) -> None:
    recorder = event.recorder
    if not recorder.cases:
        if event.skip_reason:
            r = _result(report, mode, recorder.label, ids)
            r.skipped = r.skipped or str(event.skip_reason)
        return
    for case_id, node in recorder.cases.items():
        r = _result(report, mode, node.value.operation.label, ids)
        r.cases += 1
        failed = False
        for check in recorder.checks.get(case_id, []):
            if check.failure_info is None:
                continue
            failed = True
            failure = check.failure_info.failure
            title = getattr(failure, "title", "") or ""
            message = getattr(failure, "message", "") or str(failure)
            custom = title.startswith("Custom check failed")  # our checks: the message says it all
            text = message if custom or not title or title in message else f"{title}: {message}"
            r.failures.setdefault(check.name, redact(text.strip())[:1500])
        if failed:
            r.failed_cases += 1
    if event.label and (mode, event.label) in report.results:
        report.results[(mode, event.label)].elapsed += event.elapsed_time


def _print_table(report: Report, out: IO[str]) -> None:
    rows = sorted(report.results.values(), key=lambda r: (MODES.index(r.mode), r.operation_id))
    head = ("mode", "operation", "cases", "result", "failing checks")
    table = [
        (r.mode, r.operation_id, str(r.cases), r.status, ", ".join(sorted(r.failures)) or ("error" if r.errors else ""))
        for r in rows
    ]
    widths = [max(len(h), *(len(t[i]) for t in table)) if table else len(h) for i, h in enumerate(head)]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line, file=out)
    print("  ".join("-" * w for w in widths), file=out)
    for t in table:
        print("  ".join(c.ljust(w) for c, w in zip(t, widths, strict=True)).rstrip(), file=out)
    failing = [r for r in rows if r.failures or r.errors]
    for r in failing:
        print(f"\n{r.status} [{r.mode}] {r.operation_id} ({r.operation})", file=out)
        for check, msg in sorted(r.failures.items()):
            print(f"  - {check}: {_brief(msg)}", file=out)
        for err in r.errors[:3]:
            print(f"  - error: {_brief(err)}", file=out)
    for note in report.notes:
        print(f"note: {note}", file=out)
    total = sum(r.cases for r in rows)
    verdict = "PASSED" if report.ok else "FAILED"
    stopped = f", stopped: {report.stopped}" if report.stopped else ""
    print(
        f"\n{verdict}: {len(failing)} of {len(rows)} operation/mode pairs failing, {total} requests checked, "
        f"seed {report.seed}{stopped}",
        file=out,
    )


def _brief(text: str, lines: int = 2) -> str:
    """The first lines of a failure message (the JUnit report has all of it)."""
    kept = [ln for ln in text.splitlines() if ln.strip()][:lines]
    return "\n      ".join(kept)


def write_junit(report: Report, path: str) -> None:
    rows = sorted(report.results.values(), key=lambda r: (MODES.index(r.mode), r.operation_id))
    suites = ElementTree.Element("testsuites")
    for mode in MODES:
        mine = [r for r in rows if r.mode == mode]
        if not mine:
            continue
        suite = ElementTree.SubElement(
            suites,
            "testsuite",
            {
                "name": f"peaqos-contract.{mode}",
                "tests": str(len(mine)),
                "failures": str(sum(1 for r in mine if r.failures)),
                "errors": str(sum(1 for r in mine if r.errors and not r.failures)),
                "skipped": str(sum(1 for r in mine if r.status == "SKIPPED")),
                "time": f"{sum(r.elapsed for r in mine):.3f}",
            },
        )
        props = ElementTree.SubElement(suite, "properties")
        ElementTree.SubElement(props, "property", {"name": "seed", "value": str(report.seed)})
        ElementTree.SubElement(props, "property", {"name": "read_only", "value": str(report.read_only).lower()})
        for r in mine:
            case = ElementTree.SubElement(
                suite,
                "testcase",
                {"classname": f"{mode}.{r.operation_id}", "name": r.operation, "time": f"{r.elapsed:.3f}"},
            )
            if r.failures:
                el = ElementTree.SubElement(case, "failure", {"message": ", ".join(sorted(r.failures))})
                el.text = "\n\n".join(f"{c}: {m}" for c, m in sorted(r.failures.items()))
            elif r.errors:
                el = ElementTree.SubElement(case, "error", {"message": "error while testing"})
                el.text = "\n\n".join(r.errors)
            elif r.status == "SKIPPED":
                ElementTree.SubElement(case, "skipped", {"message": r.skipped or "no requests generated"})
            ElementTree.SubElement(case, "system-out").text = f"{r.cases} requests, {r.failed_cases} failing"
    ElementTree.indent(suites)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    Path(path).write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n' + ElementTree.tostring(suites, encoding="unicode") + "\n",
        encoding="utf-8",
    )


# ---- command line -------------------------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    env = os.environ
    ap = argparse.ArgumentParser(
        prog="peaqos-contract",
        description="Check an orchestrator deployment against the peaq OS orchestration spec (schemathesis).",
    )
    ap.add_argument(
        "--base-url",
        default=env.get("PEAQOS_ORCHESTRATION_URL"),
        help="deployment root, e.g. https://orchestrator.example (env PEAQOS_ORCHESTRATION_URL); /api/v1 is added",
    )
    ap.add_argument(
        "--mode",
        action="append",
        choices=MODES,
        help="positive, negative, stateful (repeatable; default: positive and negative)",
    )
    ap.add_argument("--spec", help="OpenAPI file (default: the spec bundled with this SDK)")
    ap.add_argument("--api-key", default=env.get("PEAQOS_API_KEY"), help="platform API key (env PEAQOS_API_KEY)")
    ap.add_argument(
        "--pairing-token",
        default=env.get("PEAQOS_AGENT_PAIRING_TOKEN"),
        help="agent pairing session token (env PEAQOS_AGENT_PAIRING_TOKEN)",
    )
    ap.add_argument("--seed", type=int, default=_int_env("PEAQOS_CONTRACT_SEED"), help="reproduce a run")
    ap.add_argument("--max-examples", type=int, default=20, help="generated cases per operation (default 20)")
    ap.add_argument("--stateful-steps", type=int, default=10, help="steps per stateful scenario (default 10)")
    ap.add_argument("--time-budget", type=float, help="stop generating after this many seconds (all modes)")
    ap.add_argument("--junit-xml", help="write a JUnit XML report here")
    ap.add_argument("--operation", action="append", default=[], help="only this operationId (repeatable)")
    ap.add_argument(
        "--allow-writes",
        action="store_true",
        default=None,
        help="also call write operations on a non-loopback host (they create and change records there)",
    )
    ap.add_argument("--read-only", dest="allow_writes", action="store_false", help="only GET/HEAD, even on loopback")
    ap.add_argument("--request-timeout", type=float, default=10.0)
    ap.add_argument("--workers", type=int, default=1)
    return ap


def _int_env(name: str) -> int | None:
    value = os.environ.get(name)
    return int(value) if value else None


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if not args.base_url:
        _parser().error("--base-url (or PEAQOS_ORCHESTRATION_URL) is required")
    options = Options(
        base_url=args.base_url,
        modes=tuple(dict.fromkeys(args.mode or ("positive", "negative"))),
        spec_path=args.spec,
        api_key=args.api_key,
        pairing_token=args.pairing_token,
        seed=args.seed,
        max_examples=args.max_examples,
        stateful_steps=args.stateful_steps,
        time_budget=args.time_budget,
        junit_xml=args.junit_xml,
        allow_writes=args.allow_writes,
        operation_ids=tuple(args.operation),
        request_timeout=args.request_timeout,
        workers=args.workers,
    )
    report = run(options)
    return 0 if report.ok else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
