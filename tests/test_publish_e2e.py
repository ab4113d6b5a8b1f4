"""Publish, install and run, end to end: what a user without a clone gets.

A real package index (pypiserver) runs on loopback with upload authentication. ``make publish``
uploads the built wheel and sdist to it (a wrong password is refused first). A clean venv then
installs ``peaq-os-sdk[mock]`` from that index only (no other index, no find-links, no pip config;
the dependencies' wheels are placed in the same index), and the installed package runs the demo
(console script and ``python -m``) and the mock server, driven by the installed SDK.

Bounded: one build, one install from loopback, two demo runs (~1 minute). Skipped, with the reason,
only where the index server cannot start or the dependency wheels cannot be collected.
"""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import attrs
import httpx
import pytest
from tests import _oneshot as oneshot

pytestmark = pytest.mark.heavy  # tens of seconds: started first (conftest), never the run's tail

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
WHEELHOUSE = ROOT / "build" / "wheelhouse"  # dependency wheels, kept between runs (build/ is ignored by git)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _clean_env(**extra: str) -> dict[str, str]:
    """No pip configuration, no project paths, no PEAQOS_* settings: what a fresh user shell has."""
    drop = ("PIP_", "PEAQOS_", "PYTHON", "VIRTUAL_ENV", "RELEASE_", "TWINE_", "MAKE", "MFLAGS")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    return {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_DISABLE_PIP_VERSION_CHECK": "1", **extra}


@attrs.frozen
class Index:
    url: str
    packages: Path
    user: str
    password: str = attrs.field(repr=False)
    log: Path


def _wait_ready(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.skip(f"the package index server cannot start here: {log.read_text()[-1500:]}")
        try:
            if oneshot.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    pytest.skip(f"the package index server did not answer within 30 s: {log.read_text()[-1500:]}")


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Index]:
    server = VENV_BIN / "pypi-server"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # passlib imports the deprecated crypt module
            from passlib.apache import HtpasswdFile
    except ImportError:
        pytest.skip("pypiserver[passlib] is not installed (it is in the dev extra)")
    if not server.exists():
        pytest.skip("pypiserver is not installed (it is in the dev extra)")
    root = tmp_path_factory.mktemp("index")
    packages = root / "packages"
    packages.mkdir()
    user, password = "publisher", secrets.token_urlsafe(18)
    htpasswd = HtpasswdFile(str(root / "htpasswd"), new=True, default_scheme="apr_md5_crypt")
    htpasswd.set_password(user, password)
    htpasswd.save()
    port = _free_port()
    log = root / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(server), "run", "--host", "127.0.0.1", "--port", str(port), "--passwords", str(root / "htpasswd")]
            + ["--authenticate", "update", "--disable-fallback", str(packages)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_ready(f"http://127.0.0.1:{port}/simple/", proc, log)
        yield Index(f"http://127.0.0.1:{port}", packages, user, password, log)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _run(cmd: list[str], *, timeout: float = 300, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False, **kw)  # type: ignore[call-overload,no-any-return]


def _dependency_wheels(wheel: Path, dest: Path) -> None:
    """Wheels of everything ``peaq-os-sdk[mock]`` needs, collected with the machine's own pip setup."""
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    proc = _run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--wheel-dir", str(WHEELHOUSE), f"{wheel}[mock]"],
        timeout=400,
    )
    if proc.returncode:
        pytest.skip(f"cannot collect the dependency wheels (no package index reachable?): {proc.stderr[-1500:]}")
    for w in WHEELHOUSE.glob("*.whl"):
        if not w.name.startswith("peaq_os_sdk-"):
            shutil.copy2(w, dest / w.name)


def test_publish_to_a_loopback_index_then_install_and_run_from_it(index: Index, tmp_path: Path):
    dist = tmp_path / "dist"
    built = _run(
        ["make", "--no-print-directory", "-C", str(ROOT), "build", f"DIST={dist}", "BUILD_FLAGS=--no-isolation"]
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    wheel = next(dist.glob("*.whl"))
    version = wheel.name.split("-")[1]
    _dependency_wheels(wheel, index.packages)

    publish = ["make", "--no-print-directory", "-C", str(ROOT), "publish", f"DIST={dist}"]
    env = _clean_env(PEAQOS_PUBLISH_URL=f"{index.url}/", TWINE_USERNAME=index.user)
    refused = _run(publish, env={**env, "TWINE_PASSWORD": "not-the-password"})
    assert refused.returncode != 0, "the index must refuse an upload with a wrong password"
    assert not list(index.packages.glob("peaq_os_sdk-*"))
    uploaded = _run(publish, env={**env, "TWINE_PASSWORD": index.password})
    assert uploaded.returncode == 0, uploaded.stdout[-2000:] + uploaded.stderr[-2000:]
    assert index.password not in uploaded.stdout + uploaded.stderr
    assert {p.name for p in index.packages.glob("peaq_os_sdk-*")} == {wheel.name, f"peaq_os_sdk-{version}.tar.gz"}

    # a clean venv, our index only
    venv = tmp_path / "venv"
    assert _run([sys.executable, "-m", "venv", str(venv)]).returncode == 0
    py, home = venv / "bin" / "python", tmp_path / "home"
    home.mkdir()
    user_env = _clean_env(HOME=str(home))
    install = _run(
        [str(py), "-m", "pip", "install", "--no-cache-dir", "--index-url", f"{index.url}/simple/"]
        + [f"peaq-os-sdk[mock]=={version}"],
        env=user_env,
        cwd=tmp_path,
        timeout=400,
    )
    assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
    fetched = [line for line in install.stdout.splitlines() if "Downloading" in line]
    assert any(f"{index.url}/packages/{wheel.name}" in line for line in fetched), install.stdout[-3000:]
    assert all(index.url in line for line in fetched), [line for line in fetched if index.url not in line]
    site = _run(
        [str(py), "-c", "import peaq_os_sdk, sys; print(peaq_os_sdk.__file__, peaq_os_sdk.__version__)"],
        env=user_env,
        cwd=tmp_path,
    )
    location, installed_version = site.stdout.split()
    assert Path(location).is_relative_to(venv) and installed_version == version, site.stdout + site.stderr
    record = next(Path(location).parent.parent.glob(f"peaq_os_sdk-{version}.dist-info")) / "RECORD"
    with zipfile.ZipFile(wheel) as z:
        ours = {line for line in z.read(f"peaq_os_sdk-{version}.dist-info/RECORD").decode().splitlines()}
    package_files = {line for line in ours if line.startswith("peaq_os_sdk/")}
    assert len(package_files) > 30 and package_files <= set(record.read_text().splitlines()), "not our wheel's files"

    # the demo, from the installed package, as a console script and as python -m
    for cmd in ([str(venv / "bin" / "peaqos-demo")], [str(py), "-m", "peaq_os_sdk.demo"]):
        demo = _run(cmd, env=user_env, cwd=tmp_path, timeout=180)
        assert demo.returncode == 0, demo.stdout[-2000:] + demo.stderr[-2000:]
        assert "Demo finished: every step succeeded." in demo.stdout

    # the mock server from the installed package, driven by the installed SDK
    port = _free_port()
    mock = subprocess.Popen(
        [str(venv / "bin" / "peaqos-mock"), "--host", "127.0.0.1", "--port", str(port)],
        env=user_env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            assert mock.poll() is None, "peaqos-mock exited"
            try:
                if oneshot.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "peaqos-mock did not answer within 30 s"
            time.sleep(0.2)
        script = (
            "import sys\nfrom peaq_os_sdk import PeaqosClient\n"
            "page = PeaqosClient(orchestration_url=sys.argv[1]).orchestration.list_market_services()\n"
            "print(len(page.items), 'services')\n"
        )
        call = _run([str(py), "-c", script, url], env=user_env, cwd=tmp_path, timeout=60)
        assert call.returncode == 0, call.stdout + call.stderr
        assert int(call.stdout.split()[0]) > 0, call.stdout
    finally:
        mock.terminate()
        mock.wait(10)
