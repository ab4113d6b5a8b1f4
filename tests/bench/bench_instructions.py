"""CPU instructions per item of a paged walk, SDK vs raw httpx: a noise-free figure for comparing changes.

Wall-clock figures on a shared machine move by 10% or more between runs (``make bench`` therefore compares
ratios within one run, and even those drift by a few percent). This script counts instructions instead, with
valgrind's callgrind, so a change worth 2% shows as 2% every time:

- both walks run in-process over ``httpx.MockTransport`` serving the bench's pre-encoded 500-machine page with a
  cursor chain (no sockets, no second process: nothing whose timing changes what the client executes);
- each walk runs in its own interpreter with ``PYTHONHASHSEED=0``; a third interpreter does everything but the
  walk, and its count is subtracted, so start-up and imports cancel out;
- the figure is instructions per item, SDK and raw, and their ratio.

Instructions are not time (a cache miss costs many of them), so this is for telling whether a change to the
decoders or the iterator makes the client do less work; the time figures stay ``make bench``'s. Needs
``valgrind`` on PATH (a Debian/Ubuntu package); without it the script says so and exits 0.

``python tests/bench/bench_instructions.py`` (``--items N``, default 20,000; about a minute).
``--walk sdk|raw|none`` runs one walk without valgrind (what the test suite's smoke does, and what valgrind runs).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_list import page_bytes  # noqa: E402

PAGE = 500
URL = "http://127.0.0.1:9"  # never connected to: the mock transport answers


def _transport(total: int) -> httpx.MockTransport:
    """``/machines`` answering the pre-encoded page with cursors ``v1:<offset>`` until ``total`` items were served."""
    body = page_bytes(PAGE)  # its cursor is "v1:500"
    last = body.replace(b'"v1:500"', b"null")

    def handler(request: httpx.Request) -> httpx.Response:
        cursor = request.url.params.get("cursor")
        offset = int(cursor.split(":")[1]) if cursor else 0
        if offset + PAGE >= total:
            return httpx.Response(200, content=last, headers={"content-type": "application/json"})
        content = body.replace(b'"v1:500"', f'"v1:{offset + PAGE}"'.encode())
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    return httpx.MockTransport(handler)


def walk(which: str, total: int) -> int:
    """One walk over ``total`` items (``none``: the same set-up and first page, no walk); the items seen."""
    from peaq_os_sdk import PeaqosClient

    with (
        PeaqosClient(orchestration_url=URL, http_client=httpx.Client(transport=_transport(total))) as client,
        httpx.Client(transport=_transport(total)) as raw,
    ):
        # both warmed the same way in every run, the walk not taken included: they cancel out
        client.orchestration.list_machines(limit=PAGE)
        raw.get(URL + "/api/v1/machines", params={"limit": PAGE}).json()
        n = 0
        if which == "sdk":
            for _item in client.orchestration.list_machines_all(limit=PAGE):
                n += 1
        elif which == "raw":
            cursor = None
            while True:
                params: dict[str, object] = {"limit": PAGE}
                if cursor:
                    params["cursor"] = cursor
                data = raw.get(URL + "/api/v1/machines", params=params).json()
                for _item in data["items"]:
                    n += 1
                cursor = data.get("nextCursor")
                if not cursor:
                    break
        return n


def _count(which: str, total: int) -> int:
    env = dict(os.environ, PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={Path(tmp) / 'out'}",
                sys.executable,
                __file__,
                "--walk",
                which,
                "--items",
                str(total),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    found = re.search(r"Collected : (\d+)", out.stderr)
    if not found:
        raise RuntimeError("callgrind printed no instruction count")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--walk", choices=["sdk", "raw", "none"])
    args = parser.parse_args(argv)
    if args.walk:
        print(walk(args.walk, args.items))
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not on PATH: no instruction counts (install the valgrind package)")
        return 0
    base = _count("none", args.items)
    sdk = (_count("sdk", args.items) - base) / args.items
    raw = (_count("raw", args.items) - base) / args.items
    print(f"instructions per item, list_machines_all(limit={PAGE}) over {args.items:,} machines (callgrind):")
    print(f"  SDK        {sdk:9,.0f}")
    print(f"  raw httpx  {raw:9,.0f}   (get + json + follow nextCursor)")
    print(f"  ratio      {sdk / raw:9.3f}x   (SDK - raw: {sdk - raw:,.0f} per item)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
