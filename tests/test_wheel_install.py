"""A user's view: the built wheel, installed with ``[mock]`` into a clean venv, gives pytest the simulator fixtures.

The wheel is built without network (``--no-isolation``, from a copy of the sources, so the worktree gets no build
output); pip then installs it with its dependencies into a fresh venv, and a three-line test written the way the
contract-testing guide (docs/contract-testing.md) shows runs there with the ``peaqos`` plugin from the installed wheel (and, before the extra is added,
skips with the install hint).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

USER_TEST = """\
def test_my_agent_lists_machines(peaqos_client, peaqos_mock):
    assert peaqos_client.orchestration.list_machines().items == ()
    assert [r["operationId"] for r in peaqos_mock.requests] == ["listMachines"]
"""


def _run(*args: str | Path, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args[:4]} exited {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.mark.contract
@pytest.mark.contract_slow  # pip installs from the index: make contract runs it, make test does not
def test_wheel_with_mock_extra_serves_the_fixtures_in_a_clean_venv(tmp_path: Path) -> None:
    pytest.importorskip("build", reason="the build frontend is a dev dependency")
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("src", "generated"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    dist = tmp_path / "dist"
    _run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--skip-dependency-check", "--outdir", dist, src)
    (wheel,) = dist.glob("peaq_os_sdk-*.whl")

    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    pip = (python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
    project = tmp_path / "user-project"
    project.mkdir()
    (project / "test_agent.py").write_text(USER_TEST)
    pytest_cmd = (python, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider")

    # without the extra: the plugin is there, its fixtures skip with the install hint
    _run(*pip, wheel, "pytest")
    done = _run(*pytest_cmd, cwd=project)
    assert "1 skipped" in done.stdout and "pip install 'peaq-os-sdk[mock]'" in done.stdout, done.stdout

    _run(*pip, f"{wheel}[mock]")
    done = _run(*pytest_cmd, cwd=project)
    assert "1 passed" in done.stdout, done.stdout
    # the contract runner ships too; its heavy dependencies wait for the contract extra
    runner = subprocess.run(
        [str(venv / "bin" / "peaqos-contract"), "--base-url", "http://127.0.0.1:9"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert runner.returncode != 0 and "pip install 'peaq-os-sdk[contract]'" in runner.stderr, runner.stderr
    # the fixtures came from the installed wheel, not from this checkout
    where = _run(python, "-c", "import peaq_os_sdk.testing.pytest_plugin as m; print(m.__file__)", cwd=project)
    assert str(venv) in where.stdout and str(ROOT) not in where.stdout
