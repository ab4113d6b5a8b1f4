"""``make bench`` at tiny sizes: the bench code runs and yields every figure (times are never asserted).

Also the property the cold-start figure rests on, checked without a clock: creating a client and touching
``client.orchestration`` loads none of the per-group generated modules, and one operation loads only its
own group's (plus the types several groups share).
"""

from __future__ import annotations

import importlib.util
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.ir import COMMON, load

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_list", ROOT / "tests" / "bench" / "bench_list.py")
assert _spec is not None and _spec.loader is not None
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_list"] = bench
_spec.loader.exec_module(bench)

FIGURES = {
    "cold": {"sdk_ms", "sdk_rss_mb", "httpx_ms", "httpx_rss_mb", "groups", "groups_loaded"},
    "fixed": {"sdk_ms", "raw_ms", "sdk_cpu_ms", "raw_cpu_ms"},
    "mock": {"sdk_ms", "raw_ms"},
    "decode": {"sdk_ms", "raw_ms", "items"},
    "iteration": {"sdk_items_s", "raw_items_s", "rss_growth_mb", "items"},
    "fanout": {"sequential_ms", "concurrent_ms", "raw_concurrent_ms", "calls", "cpu_per_call_ms",
               "raw_cpu_per_call_ms"},
    "fresh": {"sdk_ms", "raw_ms"},
}


def test_bench_smoke_produces_every_figure_with_its_raw_httpx_reference():
    sizes = bench.SMOKE
    results = bench.run(sizes)
    assert {k: set(v) for k, v in results.items()} == FIGURES
    for group, figures in results.items():
        for name, value in figures.items():
            assert math.isfinite(value) and value >= 0, (group, name, value)
            if name != "rss_growth_mb" and name != "groups_loaded":
                assert value > 0, (group, name, value)
    _raw, ir = load(ROOT / "spec" / "openapi.yaml")
    assert results["cold"]["groups"] == len(ir.groups)  # every group of the spec is in the package
    assert results["cold"]["groups_loaded"] == 0
    assert results["iteration"]["items"] >= sizes.iter_items
    lines = bench.report(results, sizes)
    text = "\n".join(lines)
    for label in ("cold start", "import httpx", f"list_machines(limit={sizes.page})", "raw httpx", "stateful mock",
                  "decode only", "list_machines_all", "items/s", "peak RSS growth", "async fan-out", "sequential",
                  "concurrent", "speed-up", "client CPU per call", "a new client's first call"):
        assert label in text, label
    assert all("nan" not in line and "inf" not in line for line in lines), text
    json.dumps(results)  # what --json writes


_PROBE = """
import json, sys
import peaq_os_sdk
from peaq_os_sdk._generated.operations import GROUP_OF
c = peaq_os_sdk.PeaqosClient(orchestration_url="http://127.0.0.1:1")
c.orchestration
prefix = "peaq_os_sdk._generated.groups."
first = sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix))
getattr(peaq_os_sdk._generated.operations, sys.argv[1])
after = sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix))
print(json.dumps({"first": first, "after": after, "group": GROUP_OF[sys.argv[1]],
                  "cattrs": "cattrs" in sys.modules, "attrs": "attrs" in sys.modules}))
"""


@pytest.mark.parametrize("const", ["LIST_MACHINES", "LIST_MARKET_SERVICES", "GET_HEALTH"])
def test_the_first_client_loads_no_group_and_an_operation_only_its_own(const):
    out = subprocess.run([sys.executable, "-c", _PROBE, const], capture_output=True, text=True, check=True)
    seen = json.loads(out.stdout)
    assert seen["first"] == [], "creating a client and touching .orchestration built generated classes"
    group = seen["group"]
    loaded = {m.rsplit("_", 1)[0] for m in seen["after"]}
    assert group in loaded and loaded <= {group, COMMON}, seen["after"]
    assert not seen["cattrs"], "cattrs is needed only to write request bodies"


def test_the_page_breakdown_bench_runs_and_its_digit_guard_finds_long_integers(capsys: pytest.CaptureFixture[str]):
    """``tests/bench/bench_parse.py`` (the figures behind docs/performance.md's weighing of orjson) runs; its guard
    flags a 19-digit run and nothing shorter. No time is asserted."""
    spec = importlib.util.spec_from_file_location("bench_parse", ROOT / "tests" / "bench" / "bench_parse.py")
    assert spec is not None and spec.loader is not None
    parse = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(parse)
    assert parse.long_digit_run(b'{"a": 1234567890123456789}') and parse.long_digit_run(b'"x9999999999999999999"')
    assert not parse.long_digit_run(b'{"a": 123456789012345678, "b": "1-2"}')
    assert parse.main(["--rounds", "2"]) == 0
    out = capsys.readouterr().out
    for label in ("json.loads", "orjson.loads", "19-digit-run scan", "decoding, GC on", "decoding, GC off"):
        assert label in out, label


def test_the_instruction_count_bench_walks_the_same_items_both_ways():
    """``tests/bench/bench_instructions.py`` counts instructions of one walk per interpreter; the walks it counts
    must see every item (SDK and raw alike, across page boundaries) and the baseline none. No count is asserted:
    valgrind is optional, and the suite runs the walks directly, as valgrind would."""
    spec = importlib.util.spec_from_file_location("bench_instructions", ROOT / "tests" / "bench" / "bench_instructions.py")
    assert spec is not None and spec.loader is not None
    instr = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(instr)
    assert instr.walk("sdk", 1500) == instr.walk("raw", 1500) == 1500  # three pages
    assert instr.walk("none", 1500) == 0
