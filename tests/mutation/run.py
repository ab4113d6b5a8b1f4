"""``make mutation``: mutmut over three areas, each with the fastest test subset that guards it.

Every area runs in its own staging copy under ``build/mutation/<area>/`` laid out as the package is
installed (``generated/`` becomes ``peaq_os_sdk/_generated``), so mutant names are the import
names. The kill rate per area counts killed and timed-out mutants over all mutants that were
tested, minus the equivalent mutants listed in ``tests/mutation/equivalent.txt``. The report goes
to ``build/mutation/report.md``, and per area (with its survivors and equivalents) to
``build/mutation/<area>/report.md``.

An area too big to test whole on a small machine (the simulator: 5,000+ mutants) is tested on a
seeded random sample: every mutant is generated, the names are sorted and ``random.Random(seed)``
draws ``--sample N`` of them; the same code, seed and N always give the same sample. The report
then gives the sample's kill rate with its 95% Wilson interval, an estimate of the whole area's
rate. ``--sample 0`` tests every mutant.

Equivalent mutants, one per line of ``equivalent.txt``, either by name (``<mutant name>  #
<reason>``, a glob) or, robust to renumbering and to functions moving between modules, by what
the mutant changes: ``~ <function> :: <original line> => <mutated line>  # <reason>`` (``function``
is the bare function or method name, the lines are compared stripped of indentation, a statement over
several lines joined by single spaces; ``*`` as the mutated line: every mutant of that line, for code
no request can reach).

    python tests/mutation/run.py                   # every area
    python tests/mutation/run.py runtime decode    # some areas
    python tests/mutation/run.py simulator --sample 200 --seed 7
    python tests/mutation/run.py simulator --resume --sample 250   # go on with a smaller random subset
    python tests/mutation/run.py --report          # re-read the results of earlier runs
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import math
import os
import random
import re
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
            "src/peaq_os_sdk/orchestration/_shards.py",
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
            "tests/test_retries.py",  # the transport's retry loop, against scripted faults
            "tests/test_shards.py",  # the connection pool of a client the SDK creates
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
        # the simulator's rule modules, by glob, so a module split keeps them all; the HTTP app, server, CLI,
        # config, spec loading, scripted faults and contract breaks are plumbing, tested elsewhere
        "mutate": ["src/peaq_os_sdk/mock/*.py"],
        "exclude": [
            "src/peaq_os_sdk/mock/__init__.py",
            "src/peaq_os_sdk/mock/__main__.py",
            "src/peaq_os_sdk/mock/_require.py",
            "src/peaq_os_sdk/mock/app.py",
            "src/peaq_os_sdk/mock/server.py",
            "src/peaq_os_sdk/mock/config.py",
            "src/peaq_os_sdk/mock/spec.py",
            "src/peaq_os_sdk/mock/faults.py",
            "src/peaq_os_sdk/mock/breaks.py",
        ],
        "names": [],
        "tests": [
            "tests/test_rules*.py",  # test_rules_observability's reference-SDK install is marked slow: not per mutant
            "tests/test_boundaries.py",
            "tests/test_heartbeat.py",
            "tests/test_wire.py",
            "tests/test_audit_tracking.py",  # the store's change log, behind the audit trail
        ],
        # 5,000+ mutants: a seeded random sample by default (``--sample 0`` tests every one)
        "sample": ["400"],
    },
}
_TREES = ("src", "tests", "spec", "generated", "codegen", "examples", "docs")
KILLED = {"killed", "timeout", "segfault", "caught by type check"}
DEFAULT_SEED = 20260101


def _tests(spec: dict[str, list[str]]) -> list[str]:
    """The area's test selection, globs expanded (sorted) and missing files left out."""
    out: list[str] = []
    for t in spec["tests"]:
        path, sep, rest = t.partition("::")
        for match in sorted(ROOT.glob(path)):
            name = match.relative_to(ROOT).as_posix() + sep + rest
            if name not in out:
                out.append(name)
    return out


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
    pyproject += (
        "\n[tool.mutmut]\n"
        'source_paths = ["src"]\n'
        f"only_mutate = {json.dumps(spec['mutate'])}\n"
        f"do_not_mutate = {json.dumps(spec.get('exclude', []))}\n"
        'also_copy = ["spec", "generated", "codegen", "examples", "docs", "README.md"]\n'
        f"pytest_add_cli_args_test_selection = {json.dumps(_tests(spec))}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-p", "no:benchmark", "-p", "no:typeguard", "-m", "not slow"]\n'
        "mutate_only_covered_lines = false\n"
        "use_git_change_detection = false\n"
    )
    (d / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    return d


def _mutmut() -> list[str]:
    exe = Path(sys.executable).with_name("mutmut")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "mutmut"]


def _env() -> dict[str, str]:
    return {**os.environ, "HYPOTHESIS_PROFILE": "mutation", "PYTHONHASHSEED": "0"}


# mutmut 3.8.1 (pinned) has no "generate only" command: this is the generation step of ``mutmut run``
_GENERATE = """
from os import makedirs
from pathlib import Path
import mutmut.__main__ as m
m.set_mutant_under_test("mutant_generation")
makedirs(Path("mutants"), exist_ok=True)
m.copy_src_dir()
m.copy_also_copy_files()
m.setup_source_paths()
m.create_mutants({children})
"""


def _all_names(d: Path) -> list[str]:
    names: list[str] = []
    for meta in (d / "mutants").rglob("*.meta"):
        names += json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
    return sorted(names)


def _draw(area: str, children: int, size: int, seed: int, generate: bool = True) -> list[str]:
    """Generate the area's mutants and draw the sample (written to ``sample.json`` for the report)."""
    d = BUILD / area
    if generate:
        subprocess.run([sys.executable, "-c", _GENERATE.format(children=children)], cwd=d, env=_env(), check=True)
    population = [n for n in _all_names(d) if _in_area(area, n)]
    chosen = sorted(random.Random(seed).sample(population, min(size, len(population))))
    (d / "sample.json").write_text(
        json.dumps({"seed": seed, "population": len(population), "names": chosen}, indent=0), encoding="utf-8"
    )
    return chosen


def _shrink_or_draw(area: str, children: int, size: int, seed: int) -> list[str]:
    """A smaller sample than the last one is a seeded random subset of it (a random subset of a random
    sample is a random sample, and the results it has are kept); otherwise a fresh draw."""
    f = BUILD / area / "sample.json"
    info = json.loads(f.read_text(encoding="utf-8")) if f.exists() else None
    if info is None or size >= len(info["names"]):
        return _draw(area, children, size, seed, generate=False)
    info["names"] = sorted(random.Random(seed).sample(info["names"], size))
    f.write_text(json.dumps(info, indent=0), encoding="utf-8")
    return list(info["names"])


def _in_area(area: str, name: str) -> bool:
    patterns = AREAS[area]["names"]
    return not patterns or any(fnmatch.fnmatch(name, p) for p in patterns)


def _sample_size(area: str, sample: int | None) -> int:
    if sample is not None:
        return sample
    return int(AREAS[area].get("sample", ["0"])[0])


def run_area(
    area: str,
    children: int,
    resume: bool = False,
    only: list[str] | None = None,
    tests: list[str] | None = None,
    sample: int | None = None,
    seed: int = DEFAULT_SEED,
) -> int:
    """``resume`` keeps the staging copy and mutmut's results (an interrupted run goes on where it stopped)."""
    d = BUILD / area
    size = 0 if only else _sample_size(area, sample)
    if not (resume and (d / "mutants").exists()):
        d = _stage(area, tests)
        if (d / "mutants").exists():
            shutil.rmtree(d / "mutants")
        (d / "sample.json").unlink(missing_ok=True)
        names = _draw(area, children, size, seed) if size else (only or AREAS[area]["names"])
    elif (d / "sample.json").exists():
        chosen = _shrink_or_draw(area, children, sample, seed) if sample else _sample()[area]
        done = {n for n, s in results(area).items() if s != "not checked"}
        names = sorted(n for n in chosen if n not in done)
        if not names:
            return 0
    else:
        names = only or AREAS[area]["names"]
    cmd = [*_mutmut(), "run", "--max-children", str(children), *names]
    what = f"a sample of {len(names)} (seed {seed})" if size else " ".join(cmd[4:]) or "every mutant"
    print(f"== {area}: mutmut run --max-children {children}, {what} (in {d.relative_to(ROOT)})", flush=True)
    return subprocess.call(cmd, cwd=d, env=_env())


def retest(
    area: str,
    children: int,
    tests: list[str] | None = None,
    only: list[str] | None = None,
    sample: int | None = None,
    seed: int = DEFAULT_SEED,
) -> int:
    """Re-stage the current code and tests, keep every kill, and test again only what was not killed.

    mutmut regenerates the mutants of functions whose code changed; the stats (which test covers which
    function) are collected anew, so new tests count. Mutants outside the area's patterns (or, for a
    sampled area, outside the sample) are dropped. ``sample`` draws a sample from the mutants of the
    earlier run (an interrupted whole run becomes a sample; the results it has are kept).
    """
    d = BUILD / area
    meta_dir = d / "mutants"
    if not meta_dir.exists():
        return run_area(area, children, sample=sample, seed=seed)
    if sample:
        _shrink_or_draw(area, children, sample, seed)
    _stage(area, tests, names=("src", "tests", "docs"))
    (meta_dir / "mutmut-stats.json").unlink(missing_ok=True)
    patterns = only or AREAS[area]["names"]
    sampled = _sample()
    again: list[str] = []
    for meta in meta_dir.rglob("*.meta"):
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes = data["exit_code_by_key"]
        for k in list(codes):
            if (patterns and not any(fnmatch.fnmatch(k, p) for p in patterns)) or (
                area in sampled and k not in sampled[area]
            ):
                del codes[k]
            elif codes[k] in (0, 5, 33, 34, 35, None):  # survived / no tests / skipped / suspicious: again
                codes[k] = None
                again.append(k)
        meta.write_text(json.dumps(data), encoding="utf-8")
    if not again:
        return 0
    cmd = [*_mutmut(), "run", "--max-children", str(children), *(sorted(again) if area in sampled else [])]
    print(f"== {area} (retest): {len(again)} mutants", flush=True)
    return subprocess.call(cmd, cwd=d, env=_env())


def _sample() -> dict[str, set[str]]:
    """area -> the names of its sampled mutants, for the areas whose last run was a sample."""
    out: dict[str, set[str]] = {}
    for area in AREAS:
        f = BUILD / area / "sample.json"
        if f.exists():
            out[area] = set(json.loads(f.read_text(encoding="utf-8"))["names"])
    return out


_DIFF_KEY = re.compile(r"^~\s*(?P<func>[\w.]+)\s*::\s*(?P<old>.*?)\s*=>\s*(?P<new>.*?)\s*$")


def equivalents() -> tuple[dict[str, str], list[tuple[str, str, str, str]]]:
    """(name glob -> reason, [(function, original line, mutated line, reason)])."""
    by_name: dict[str, str] = {}
    by_change: list[tuple[str, str, str, str]] = []
    path = Path(__file__).with_name("equivalent.txt")
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.lstrip().startswith("#") or not line.strip():
            continue
        key, _, reason = line.rpartition("  # ")
        key, reason = (key, reason) if key else (line, "")
        m = _DIFF_KEY.match(key.strip())
        if m:
            by_change.append((m["func"], m["old"], m["new"], reason.strip()))
        else:
            by_name[key.strip()] = reason.strip()
    return by_name, by_change


def _function(name: str) -> str:
    """The bare function or method name of a mutant (``...xǁClassǁmethod__mutmut_3`` -> ``method``)."""
    stem = name.rpartition("__mutmut_")[0].rpartition(".")[2]
    stem = stem.rpartition("ǁ")[2] if "ǁ" in stem else stem
    return stem[2:] if stem.startswith("x_") else stem


def change(area: str, name: str) -> tuple[str, str]:
    """(original line, mutated line) of a mutant, from ``mutmut show`` in the area's staging copy."""
    out = subprocess.run([*_mutmut(), "show", name], cwd=BUILD / area, capture_output=True, text=True).stdout
    old = [ln[1:].strip() for ln in out.splitlines() if ln.startswith("-") and not ln.startswith("---")]
    new = [ln[1:].strip() for ln in out.splitlines() if ln.startswith("+") and not ln.startswith("+++")]
    return " ".join(old), " ".join(new)


def _is_equivalent(area: str, name: str, eq: tuple[dict[str, str], list[tuple[str, str, str, str]]]) -> bool:
    by_name, by_change = eq
    if name in by_name or any(fnmatch.fnmatch(name, p) for p in by_name):
        return True
    func = _function(name)
    candidates = [(o, n) for f, o, n, _ in by_change if f == func]
    if not candidates:
        return False
    old, new = change(area, name)
    return any(o == old and n in (new, "*") for o, n in candidates)


def results(area: str) -> dict[str, str]:
    """mutant name -> status, for the area's mutants (for a sampled area: the sample's)."""
    sys.path.insert(0, str(Path(sys.executable).parent))
    from mutmut.stats import status_by_exit_code

    d = BUILD / area / "mutants"
    sampled = _sample().get(area)
    out: dict[str, str] = {}
    for meta in d.rglob("*.meta") if d.exists() else []:
        data = json.loads(meta.read_text(encoding="utf-8"))
        for name, code in data["exit_code_by_key"].items():
            if _in_area(area, name) and (sampled is None or name in sampled):
                out[name] = status_by_exit_code[code]
    return out


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n."""
    if not n:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def _reason(area: str, name: str, eq: tuple[dict[str, str], list[tuple[str, str, str, str]]]) -> str:
    by_name, by_change = eq
    for pattern, reason in by_name.items():
        if name == pattern or fnmatch.fnmatch(name, pattern):
            return reason
    old, new = change(area, name)
    return next((r for f, o, n, r in by_change if f == _function(name) and o == old and n in (new, "*")), "")


def report(areas: list[str]) -> int:
    eq = equivalents()
    head = [
        "| area | mutants | tested | killed | survived | equivalent | not run | kill rate (non-equivalent) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines = ["# Mutation testing (mutmut)", "", *head]
    notes: list[str] = []
    survivors: list[str] = []
    failed = False
    for area in areas:
        res = results(area)
        if not res:
            lines.append(f"| {area} | - | - | - | - | - | - | not run |")
            failed = True
            continue
        c = Counter(res.values())
        killed = sum(c[s] for s in KILLED)
        # a mutant no selected test reaches survives as surely as one the tests run and miss
        surviving = [n for n, s in res.items() if s in ("survived", "no tests")]
        equivalent = [n for n in surviving if _is_equivalent(area, n, eq)]
        surv = [n for n in surviving if n not in equivalent]
        not_run = len(res) - killed - len(surviving)
        tested = killed + len(surv)
        rate = killed / tested if tested else 0.0
        failed |= rate < TARGET or not_run > 0
        sample_file = BUILD / area / "sample.json"
        area_notes: list[str] = []
        if sample_file.exists():
            info = json.loads(sample_file.read_text(encoding="utf-8"))
            low, high = wilson(killed, tested)
            population = f"{info['population']:,} (sample {len(res)}, seed {info['seed']})"
            if not_run:
                area_notes.append(
                    f"- {area}: a random sample of {len(res)} of {info['population']:,} mutants (seed {info['seed']}), "
                    f"INCOMPLETE: {not_run} not run yet (mutmut runs the mutants with the shortest test runs first), "
                    f"so the rate is over those run only; at worst (every unrun mutant surviving) "
                    f"{killed / (len(res) - len(equivalent)):.1%}. `--resume` goes on."
                )
            else:
                area_notes.append(
                    f"- {area}: a random sample of {len(res)} of {info['population']:,} mutants (seed {info['seed']}); "
                    f"the whole area's kill rate lies in [{low:.1%}, {high:.1%}] with 95% confidence (Wilson)."
                )
        else:
            population = f"{len(res):,}"
        row = (
            f"| {area} | {population} | {len(res):,} | {killed:,} | {len(surv)} | {len(equivalent)} | {not_run} "
            f"| {rate:.1%} |"
        )
        lines.append(row)
        area_surv = []
        for n in sorted(surv):
            old, new = change(area, n)
            area_surv.append(f"- `{n}`: `{old}` -> `{new}`")
        area_eq = [f"- `{n}`: {_reason(area, n, eq)}" for n in sorted(equivalent)]
        notes += area_notes
        survivors += [f"- {area}: {s[2:]}" for s in area_surv]
        tests = json.dumps(_tests(AREAS[area]))
        per_area = [f"# Mutation testing: {area}", "", *head, row, "", f"Mutated: {json.dumps(AREAS[area]['mutate'])}"]
        per_area += [f"minus {json.dumps(AREAS[area]['exclude'])}" if AREAS[area].get("exclude") else ""]
        per_area += [f"Tests: {tests}", "", *area_notes, ""]
        per_area += ["## Surviving mutants", "", *(area_surv or ["none"]), ""]
        per_area += ["## Equivalent mutants (tests/mutation/equivalent.txt)", "", *(area_eq or ["none"]), ""]
        (BUILD / area / "report.md").write_text("\n".join(per_area) + "\n", encoding="utf-8")
    lines += ["", f"Target: at least {TARGET:.0%} of the non-equivalent mutants killed in each area.", ""]
    if notes:
        lines += ["Sampled areas:", "", *notes, ""]
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
    p.add_argument(
        "--sample", type=int, metavar="N", help="test a random sample of N mutants (0: all; default per area)"
    )
    p.add_argument("--seed", type=int, default=int(os.environ.get("MUTATION_SEED") or DEFAULT_SEED))
    p.add_argument("--max-children", type=int, default=max(1, (os.cpu_count() or 2) - 1))
    a = p.parse_args(argv)
    areas = a.areas or list(AREAS)
    unknown = set(areas) - set(AREAS)
    if unknown:
        p.error(f"unknown area(s): {', '.join(sorted(unknown))}")
    if not a.report:
        for area in areas:
            if a.retest:
                retest(area, a.max_children, a.tests, a.only, a.sample, a.seed)
            else:
                run_area(area, a.max_children, a.resume, a.only, a.tests, a.sample, a.seed)
    return report(areas)


if __name__ == "__main__":
    sys.exit(main())
