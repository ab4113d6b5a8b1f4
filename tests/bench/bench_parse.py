"""Where a 500-machine page's client time goes, for the options weighed in docs/performance.md.

Medians of batch means, in one run (ratios compare across machines, absolute times do not):

- ``json.loads`` of the page, and orjson's ``loads`` when orjson is installed (it is not a dependency: the
  figure is printed only to show what it would save);
- the cheapest guard orjson would need first: a scan for a run of 19 or more digits (orjson turns integers
  beyond 64 bits into floats without an error), done with C-speed byte passes;
- the SDK's decoding of the parsed page with the garbage collector on, and with it off (how much of the
  decoding is collector time).

``python tests/bench/bench_parse.py`` (``--rounds N``, default 200).
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_list import page_bytes  # noqa: E402

_DIGITS_TO_ZERO = bytes(48 if 48 <= b <= 57 else 32 for b in range(256))  # every digit -> "0", the rest -> " "
_LONG_RUN = b"0" * 19


def long_digit_run(content: bytes) -> bool:
    """True when the body holds 19 or more digits in a row (inside a string or not: an upper bound)."""
    return _LONG_RUN in content.translate(_DIGITS_TO_ZERO)


def _median_ms(fn: Callable[[], Any], rounds: int, batches: int = 5) -> float:
    """Median over ``batches`` of the mean time per call in a batch of ``rounds`` calls: a batch mean includes
    the collector's occasional runs, which a median of single calls would leave out."""
    samples = []
    for _ in range(batches):
        t0 = time.perf_counter()
        for _ in range(rounds):
            fn()
        samples.append((time.perf_counter() - t0) / rounds)
    return statistics.median(samples) * 1000


def measure(rounds: int) -> dict[str, float]:
    from peaq_os_sdk._generated import operations
    from peaq_os_sdk.orchestration._transport import _TransportBase

    body = page_bytes(500)
    transport = _TransportBase("http://127.0.0.1:1", api_key=None, verbose=False)
    op = operations.LIST_MACHINES
    transport._decode(op, json.loads(body))  # loads the machines group
    out = {
        "json_loads_ms": _median_ms(lambda: json.loads(body), rounds),
        "digit_scan_ms": _median_ms(lambda: long_digit_run(body), rounds),
        "parse_and_decode_ms": _median_ms(lambda: transport._decode(op, json.loads(body)), rounds),
    }
    gc.disable()
    try:
        out["parse_and_decode_gc_off_ms"] = _median_ms(lambda: transport._decode(op, json.loads(body)), rounds)
        out["json_loads_gc_off_ms"] = _median_ms(lambda: json.loads(body), rounds)
    finally:
        gc.enable()
    try:
        import orjson
    except ImportError:
        return out
    out["orjson_loads_ms"] = _median_ms(lambda: orjson.loads(body), rounds)
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=200)
    r = measure(p.parse_args(argv).rounds)
    decode_on = r["parse_and_decode_ms"] - r["json_loads_ms"]
    decode_off = r["parse_and_decode_gc_off_ms"] - r["json_loads_gc_off_ms"]
    print(f"500-machine page ({len(page_bytes(500)):,} bytes), medians:")
    print(f"  json.loads          {r['json_loads_ms']:.3f} ms")
    if "orjson_loads_ms" in r:
        print(f"  orjson.loads        {r['orjson_loads_ms']:.3f} ms   ({r['orjson_loads_ms'] / r['json_loads_ms']:.2f}x)")
    else:
        print("  orjson.loads        (orjson not installed)")
    print(f"  19-digit-run scan   {r['digit_scan_ms']:.3f} ms   (the guard orjson would need first)")
    print(f"  decoding, GC on     {decode_on:.3f} ms")
    print(f"  decoding, GC off    {decode_off:.3f} ms   (collector share: {1 - decode_off / decode_on:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
