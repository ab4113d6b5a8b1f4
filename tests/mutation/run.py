"""``make mutation``: mutmut over three areas, each with the fastest test subset that guards it.

Every area runs in its own staging copy under ``build/mutation/<area>/`` laid out as the package is
installed (``generated/`` becomes ``peaq_os_sdk/_generated``), so mutant names are the import
names. The kill rate per area counts killed and timed-out mutants over all mutants that were
tested, minus the equivalent mutants listed in ``tests/mutation/equivalent.txt`` (one per line:
``<mutant name>  # <reason>``). The report goes to ``build/mutation/report.md``.

    python tests/mutation/run.py                   # every area
    python tests/mutation/run.py runtime decode    # some areas
    python tests/mutation/run.py --report          # re-read the results of earlier runs
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "build" / "mutation"
TARGET = 0.90

# area -> (files to mutate, mutant-name patterns (empty: all), pytest arguments selecting the tests)
AREAS: dict[str, dict[str, list[str]]] = {
    "runtime": {
        "mutate": [
            "src/peaq_os_sdk/_model_support.py",
            "src/peaq_os_sdk/_rules.py",
            "src/peaq_os_sdk/orchestration/_redact.py",
            "src/peaq_os_sdk/orchestration/_validate.py",
            "src/peaq_os_sdk/orchestration/_runtime.py",
            "src/peaq_os_sdk/orchestration/errors.py",
            "src/peaq_os_sdk/orchestration/flows.py",
            "src/peaq_os_sdk/orchestration/pagination.py",
            "src/peaq_os_sdk/orchestration/signing.py",
            "src/peaq_os_sdk/orchestration/_transport.py",
            "src/peaq_os_sdk/client.py",
        ],
        "names": [],
        "tests": [
            "tests/test_runtime_units.py",
            "tests/test_validation.py",
            "tests/test_secrets.py",
            "tests/test_secret_marking.py",
            "tests/test_conformance.py",
            "tests/test_client.py",
            "tests/test_decoding_oracle.py",
            "tests/test_roundtrip.py",
            "tests/test_demo_and_flows.py",
            "tests/test_network.py",
            "tests/test_hostile.py",
            "tests/test_pay_order.py",
            "tests/test_cross_field_rules.py",
            "tests/test_first_hour.py",
        ],
    },
    "decode": {
        "mutate": [
            "src/peaq_os_sdk/_decode_support.py",
            "src/peaq_os_sdk/orchestration/_convert.py",
            "src/peaq_os_sdk/_generated/groups/machines_decoders.py",
            "src/peaq_os_sdk/_generated/groups/agent_pairings_decoders.py",
            "src/peaq_os_sdk/_generated/groups/market_decoders.py",
        ],
        # the support modules whole, and a representative set of generated decoders: a resource with
        # nested models, lists and maps (Machine), numbers and string lists (DelegationPolicy) and the
        # discriminated union (ExecuteMarketOrderResponse)
        "names": [
            "peaq_os_sdk._decode_support.*",
            "peaq_os_sdk.orchestration._convert.*",
            "peaq_os_sdk._generated.groups.machines_decoders.x_decode_Machine__*",
            "peaq_os_sdk._generated.groups.agent_pairings_decoders.x_decode_DelegationPolicy__*",
            "peaq_os_sdk._generated.groups.market_decoders.x_decode_ExecuteMarketOrderResponse__*",
        ],
        "tests": [
            "tests/test_decoding_oracle.py",
            "tests/test_roundtrip.py",
            "tests/test_hostile.py::test_converter_round_trip_keeps_values_and_unknown_fields",
            "tests/test_hostile.py::test_one_time_secret_survives_lenient_decoding",
        ],
    },
    "simulator": {
        "mutate": [
            "src/peaq_os_sdk/mock/simulator.py",
            "src/peaq_os_sdk/mock/base.py",
            "src/peaq_os_sdk/mock/identity.py",
            "src/peaq_os_sdk/mock/machines.py",
            "src/peaq_os_sdk/mock/pairing.py",
            "src/peaq_os_sdk/mock/catalogue.py",
            "src/peaq_os_sdk/mock/orders.py",
            "src/peaq_os_sdk/mock/payments.py",
            "src/peaq_os_sdk/mock/policies.py",
            "src/peaq_os_sdk/mock/observability.py",
            "src/peaq_os_sdk/mock/graph.py",
            "src/peaq_os_sdk/mock/tasks.py",
        ],
        "names": [],
        "tests": [
            "tests/test_rules.py",
            "tests/test_rules_orders.py",
            "tests/test_rules_observability.py",  # its reference-SDK install is marked slow: not per mutant
            "tests/test_rules_graph_tasks.py",
            "tests/test_boundaries.py",
            "tests/test_heartbeat.py",
            "tests/test_wire.py",
        ],
    },
}
_TREES = ("src", "tests", "spec", "generated", "codegen", "examples")
KILLED = {"killed", "timeout", "segfault", "caught by type check"}


def _stage(area: str, tests_override: list[str] | None = None, names: tuple[str, ...] = _TREES) -> Path:
    """A copy of the project laid out as installed, with a [tool.mutmut] section for the area."""
    spec = {**AREAS[area], **({"tests": tests_override} if tests_override else {})}
    d = BUILD / area
    d.mkdir(parents=True, exist_ok=True)
    for name in names:
        if (d / name).exists():
            shutil.rmtree(d / name)
        shutil.copytree(ROOT / name, d / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "generated", d / "src" / "peaq_os_sdk" / "_generated")
    shutil.copy2(ROOT / "README.md", d / "README.md")
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    tests = [t for t in spec["tests"] if (ROOT / t.split("::")[0]).exists()]
    pyproject += (
        "\n[tool.mutmut]\n"
        'source_paths = ["src"]\n'
        f"only_mutate = {json.dumps(spec['mutate'])}\n"
        'also_copy = ["spec", "generated", "codegen", "examples", "README.md"]\n'
        f"pytest_add_cli_args_test_selection = {json.dumps(tests)}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-p", "no:benchmark", "-p", "no:typeguard", "-m", "not slow"]\n'
        "mutate_only_covered_lines = false\n"
        "use_git_change_detection = false\n"
    )
    (d / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    return d


def _mutmut() -> list[str]:
    exe = Path(sys.executable).with_name("mutmut")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "mutmut"]


def run_area(
    area: str, children: int, resume: bool = False, only: list[str] | None = None, tests: list[str] | None = None
) -> int:
    """``resume`` keeps the staging copy and mutmut's results (an interrupted run goes on where it stopped)."""
    d = BUILD / area
    if not (resume and (d / "mutants").exists()):
        d = _stage(area, tests)
        if (d / "mutants").exists():
            shutil.rmtree(d / "mutants")
    env = {**os.environ, "HYPOTHESIS_PROFILE": "mutation", "PYTHONHASHSEED": "0"}
    cmd = [*_mutmut(), "run", "--max-children", str(children), *(only or AREAS[area]["names"])]
    print(f"== {area}: {' '.join(cmd[1:])} (in {d.relative_to(ROOT)})", flush=True)
    return subprocess.call(cmd, cwd=d, env=env)


def retest(area: str, children: int, tests: list[str] | None = None, only: list[str] | None = None) -> int:
    """Re-stage the current code and tests, keep every kill, and test again only what was not killed.

    mutmut regenerates the mutants of functions whose code changed; the stats (which test covers which
    function) are collected anew, so new tests count. Mutants outside the area's patterns are dropped.
    """
    d = BUILD / area
    meta_dir = d / "mutants"
    if not meta_dir.exists():
        return run_area(area, children)
    _stage(area, tests, names=("src", "tests"))
    (meta_dir / "mutmut-stats.json").unlink(missing_ok=True)
    patterns = only or AREAS[area]["names"]
    for meta in meta_dir.rglob("*.meta"):
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes = data["exit_code_by_key"]
        for k in list(codes):
            if patterns and not any(fnmatch.fnmatch(k, p) for p in patterns):
                del codes[k]
            elif codes[k] in (0, 5, 33, 34, 35, None):  # survived / no tests / skipped / suspicious: again
                codes[k] = None
        meta.write_text(json.dumps(data), encoding="utf-8")
    env = {**os.environ, "HYPOTHESIS_PROFILE": "mutation", "PYTHONHASHSEED": "0"}
    cmd = [*_mutmut(), "run", "--max-children", str(children)]
    print(f"== {area} (retest): {' '.join(cmd[1:])}", flush=True)
    return subprocess.call(cmd, cwd=d, env=env)


def equivalents() -> dict[str, str]:
    out: dict[str, str] = {}
    path = Path(__file__).with_name("equivalent.txt")
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        name, _, reason = line.partition("#")
        if name.strip():
            out[name.strip()] = reason.strip()
    return out


def results(area: str) -> dict[str, str]:
    """mutant name -> status, for the area's mutants."""
    sys.path.insert(0, str(Path(sys.executable).parent))
    from mutmut.stats import status_by_exit_code

    d = BUILD / area / "mutants"
    out: dict[str, str] = {}
    patterns = AREAS[area]["names"]
    for meta in d.rglob("*.meta") if d.exists() else []:
        data = json.loads(meta.read_text(encoding="utf-8"))
        for name, code in data["exit_code_by_key"].items():
            if not patterns or any(fnmatch.fnmatch(name, p) for p in patterns):
                out[name] = status_by_exit_code[code]
    return out


def report(areas: list[str]) -> int:
    eq = equivalents()
    lines = [
        "# Mutation testing (mutmut)",
        "",
        "| area | mutants | killed | survived | equivalent | not run | kill rate (non-equivalent) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    survivors: list[str] = []
    failed = False
    for area in areas:
        res = results(area)
        if not res:
            lines.append(f"| {area} | - | - | - | - | - | not run |")
            failed = True
            continue
        c = Counter(res.values())
        killed = sum(c[s] for s in KILLED)
        equivalent = [n for n, s in res.items() if s == "survived" and n in eq]
        surv = [n for n, s in res.items() if s == "survived" and n not in eq]
        not_run = len(res) - killed - len(equivalent) - len(surv)
        tested = killed + len(surv)
        rate = killed / tested if tested else 0.0
        failed |= rate < TARGET
        lines.append(f"| {area} | {len(res)} | {killed} | {len(surv)} | {len(equivalent)} | {not_run} | {rate:.1%} |")
        survivors += [f"- {area}: `{n}`" for n in sorted(surv)]
    lines += ["", f"Target: at least {TARGET:.0%} of the non-equivalent mutants killed in each area.", ""]
    if survivors:
        lines += ["## Surviving mutants", "", *survivors, ""]
    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / "report.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("areas", nargs="*", help=f"some of: {', '.join(AREAS)} (default: all)")
    p.add_argument("--report", action="store_true", help="only summarise earlier runs")
    p.add_argument("--resume", action="store_true", help="go on with an interrupted run")
    p.add_argument("--retest", action="store_true", help="test the survivors again against the current code")
    p.add_argument("--only", action="append", metavar="PATTERN", help="only the mutants matching (a partial run)")
    p.add_argument("--tests", action="append", metavar="PATH", help="these tests instead of the area's (a quick run)")
    p.add_argument("--max-children", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    a = p.parse_args(argv)
    areas = a.areas or list(AREAS)
    unknown = set(areas) - set(AREAS)
    if unknown:
        p.error(f"unknown area(s): {', '.join(sorted(unknown))}")
    if not a.report:
        for area in areas:
            if a.retest:
                retest(area, a.max_children, a.tests, a.only)
            else:
                run_area(area, a.max_children, a.resume, a.only, a.tests)
    return report(areas)


if __name__ == "__main__":
    sys.exit(main())
