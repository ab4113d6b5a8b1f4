"""The documentation site: every guide's Python blocks run as pasted, and ``mkdocs build --strict`` passes.

A guide page is one Python session: its ```python blocks run in order in one namespace, exactly as printed
(no placeholders are filled in), so a reader who pastes them in order gets the same result.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import http.server
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDES = sorted(p for p in DOCS.rglob("*.md") if "```python" in p.read_text(encoding="utf-8"))
FENCE = re.compile(r"^```python\n(.*?)^```", flags=re.S | re.M)


def test_there_are_guides_with_code():
    assert {p.name for p in GUIDES} >= {"quickstart.md", "buyer.md"}


@pytest.mark.parametrize("page", GUIDES, ids=lambda p: str(p.relative_to(DOCS)))
def test_guide_blocks_run_in_order_as_pasted(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = page.read_text(encoding="utf-8")
    ns: dict[str, object] = {"__name__": f"docs.{page.stem}"}
    blocks = FENCE.findall(text)
    assert blocks
    try:
        for i, block in enumerate(blocks, 1):
            line = text[: text.index(block)].count("\n") + 1
            code = compile(block, f"{page.relative_to(ROOT)} (block {i}, line {line})", "exec")
            exec(code, ns)
    finally:
        # a page that started a simulator stops it, even when a block failed
        server = ns.get("server")
        if server is not None and hasattr(server, "stop"):
            server.stop()  # type: ignore[union-attr]


# the docs toolchain (the `docs` extra) needs Python 3.11+; the library and its other tests run on 3.10
needs_mkdocs = pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None, reason="mkdocs is not installed (the docs extra needs Python 3.11+)"
)


@needs_mkdocs
def test_mkdocs_build_is_strict_and_clean(tmp_path: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env=env,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "WARNING" not in proc.stderr, proc.stderr[-4000:]
    page = (tmp_path / "site" / "reference" / "orchestration" / "index.html").read_text(encoding="utf-8")
    assert 'id="peaq_os_sdk.orchestration.Orchestration.list_machines"' in page
    # a main-flow method's x-sdk-example is rendered as its Example section, highlighted as Python
    entry = page[page.index('id="peaq_os_sdk.orchestration.Orchestration.create_market_order"') :]
    entry = entry[: entry.index('id="peaq_os_sdk.orchestration.Orchestration.', 10)]
    assert "<summary>Example</summary>" in entry and '<span class="n">CreateMarketOrderRequest</span>' in entry


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


@needs_mkdocs
def test_the_api_reference_renders_in_a_real_browser(tmp_path: Path) -> None:
    """Serve the built site on loopback and load the reference page in headless Chromium."""
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium enables this test)")
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)], cwd=ROOT,
                   check=True, capture_output=True, timeout=300, env=env)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/reference/orchestration/"
    try:
        proc = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom", url],
            capture_output=True, text=True, timeout=120,
        )
    finally:
        httpd.shutdown()
        httpd.server_close()
    dom = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert 'id="peaq_os_sdk.orchestration.Orchestration.list_machines"' in dom
    text = html.unescape(re.sub(r"<[^>]+>", " ", dom))
    assert re.search(r"list_machines\s*\(", text), "the list_machines signature is rendered"
    assert "ListResponse" in text, "the return annotation is rendered"


def test_contract_testing_example_runs_through_the_plugin(pytester: pytest.Pytester) -> None:
    """The contract-testing page's example is a test file: run it as one, through the installed plugin."""
    blocks = FENCE.findall((DOCS / "contract-testing.md").read_text(encoding="utf-8"))
    pytester.makepyfile(test_docs_plugin=blocks[0])
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_spec_status_page_matches_the_spec() -> None:
    from codegen.ir import load_yaml

    from codegen.status_table import PAGE, SPEC, page_table, render

    spec = load_yaml(SPEC.read_text(encoding="utf-8"))
    assert PAGE == DOCS / "spec-status.md"
    assert page_table(PAGE.read_text(encoding="utf-8")) == render(spec), (
        "docs/spec-status.md and the spec disagree: python -m codegen.status_table --write"
    )


def test_status_marks_are_required_and_change_the_table() -> None:
    import copy

    from codegen.ir import load_yaml

    from codegen.status_table import SPEC, StatusError, operations, render

    spec = load_yaml(SPEC.read_text(encoding="utf-8"))
    ops = operations(spec)
    assert ops and all(op["x-status"] in ("confirmed", "assumed") for _m, _p, op in ops)
    unmarked = copy.deepcopy(spec)
    del operations(unmarked)[0][2]["x-status"]
    with pytest.raises(StatusError):
        render(unmarked)
    no_reason = copy.deepcopy(spec)
    op = operations(no_reason)[0][2]
    op["x-status"], op["x-assumed"] = "assumed", []
    with pytest.raises(StatusError):
        render(no_reason)
    op["x-assumed"] = ["a path no public source gives"]
    assert render(no_reason) != render(spec) and "| assumed | a path no public source gives |" in render(no_reason)
