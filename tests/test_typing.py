"""What users write type-checks against the built wheel, with mypy --strict and pyright (strict).

The wheel is built from this checkout and installed into a fresh virtual environment (its dependencies are
borrowed from the project's environment through a .pth line, so nothing is downloaded). The checked files
are the new-user buyer agent (examples/buyer_agent.py), every guide page (its Python blocks, joined in
order), and the README's snippets with their placeholders declared. A file with a deliberate type error
must fail both checkers, so a checker that silently sees ``Any`` cannot pass this test.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.heavy  # tens of seconds: started first (conftest), never the run's tail

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```python\n(.*?)^```", flags=re.S | re.M)
README_PRELUDES = [
    "",
    'machine_id: str = "mch_1"\nAGENT_PRIVATE_KEY: str = "0x" + "a7" * 32\n'
    'def send_usdt(to: str | None, amount: float | None) -> str:\n    return "0x" + "ab" * 32\n',
]
NEGATIVE = "from peaq_os_sdk import AsyncPeaqosClient, PeaqosClient\nfrom peaq_os_sdk.orchestration import Machine, " \
    "flows\nfrom peaq_os_sdk.orchestration import NoSuchModel\n\n" \
    "client: int = PeaqosClient.from_env()\nname: int = Machine.display_name\n" \
    "flows.pay_order(AsyncPeaqosClient(), 'ord_1', pairing_token='t')\n"  # the sync flow: a sync client, an order
# the names load on first use at run time (module __getattr__), which type checkers must not see: an unknown
# name is an error, not Any


def _user_files(out: Path) -> dict[str, Path]:
    files = {"examples/buyer_agent.py": ROOT / "examples" / "buyer_agent.py"}
    for page in sorted((ROOT / "docs").rglob("*.md")):
        blocks = FENCE.findall(page.read_text(encoding="utf-8"))
        if blocks:
            target = out / f"docs_{page.stem}.py"
            target.write_text("\n".join(blocks), encoding="utf-8")
            files[str(page.relative_to(ROOT))] = target
    readme = FENCE.findall((ROOT / "README.md").read_text(encoding="utf-8"))
    for i, block in enumerate(readme):
        target = out / f"readme_{i}.py"
        prelude = README_PRELUDES[i] if i < len(README_PRELUDES) else ""
        target.write_text(prelude + block, encoding="utf-8")
        files[f"README.md block {i + 1}"] = target
    return files


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv whose only peaq_os_sdk is the wheel built from this checkout; returns its python."""
    tmp = tmp_path_factory.mktemp("typing")
    built = subprocess.run(
        # the venv's own setuptools (no isolated build environment to create and fill: seconds saved)
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(tmp / "wheel"),
         str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    wheel = next((tmp / "wheel").glob("peaq_os_sdk-*.whl"))
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", purelib, str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    Path(purelib, "zz_project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    where = subprocess.run(
        [str(python), "-c", "import peaq_os_sdk; print(peaq_os_sdk.__file__)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    assert where.startswith(purelib), f"peaq_os_sdk resolved to {where}, not the wheel"
    return python


def _mypy(python: Path, files: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-executable", str(python),
         "--python-version", "3.10", "--config-file", str(cwd / "mypy.ini"), *map(str, files)],
        capture_output=True, text=True, timeout=600, cwd=cwd,
    )


def _pyright(python: Path, files: list[Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("pyright", path=str(Path(sys.executable).parent))
    assert exe, "pyright is part of the dev extra"
    (cwd / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.10", "reportMissingModuleSource": False}),
        encoding="utf-8",
    )
    return subprocess.run(
        [exe, "--pythonpath", str(python), *map(str, files)], capture_output=True, text=True, timeout=600, cwd=cwd
    )


_SUMMARY = re.compile(r"^(?:Found (\d+) errors? in \d+ files?|(\d+) errors?, \d+ warnings?)", re.M)


def _split(proc: subprocess.CompletedProcess[str], negative: Path) -> tuple[subprocess.CompletedProcess[str], str]:
    """One checker run over the user files and the negative file together (each run analyses the whole package
    once, the costly part): (the run as the user files alone would have ended, the negative file's diagnostics).

    The user files' run fails when any error names another file than the negative one (a user file or the
    package), when the checker's own error count is not the negative file's, or when it printed to stderr."""
    lines = proc.stdout.splitlines()
    # mypy names a file under its working directory relatively (negative.py:3: error: ...), pyright absolutely
    mine = [line for line in lines if str(negative) in line or line.lstrip().startswith(negative.name + ":")]
    errors = [line for line in lines if " error:" in line and line not in mine]
    summary = _SUMMARY.search(proc.stdout)
    counted = int(summary.group(1) or summary.group(2)) if summary else -1
    clean = not errors and counted == sum(" error:" in line for line in mine) and not proc.stderr.strip()
    user_run = subprocess.CompletedProcess(proc.args, 0 if clean else 1, proc.stdout, proc.stderr)
    return user_run, "\n".join(mine)


@pytest.fixture(scope="module")
def checked(wheel_env: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    work = tmp_path_factory.mktemp("user")
    (work / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")  # the user's own, empty config
    files = _user_files(work)
    negative = work / "negative.py"
    negative.write_text(NEGATIVE, encoding="utf-8")
    everything = [*files.values(), negative]
    mypy_run, pyright_run = _mypy(wheel_env, everything, work), _pyright(wheel_env, everything, work)
    mypy, mypy_negative = _split(mypy_run, negative)
    pyright, pyright_negative = _split(pyright_run, negative)
    return {
        "files": files,
        "mypy": mypy,
        "pyright": pyright,
        "mypy_negative": (mypy_run.returncode, mypy_negative),
        "pyright_negative": (pyright_run.returncode, pyright_negative),
    }


def test_user_code_passes_mypy_strict_against_the_wheel(checked: dict[str, object]) -> None:
    proc = checked["mypy"]
    assert isinstance(proc, subprocess.CompletedProcess)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    assert len(checked["files"]) >= 6  # type: ignore[arg-type]


def test_user_code_passes_pyright_strict_against_the_wheel(checked: dict[str, object]) -> None:
    proc = checked["pyright"]
    assert isinstance(proc, subprocess.CompletedProcess)
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]
    # every error pyright counted is the negative file's: the user files alone would say "0 errors"
    assert re.search(r"^\d+ errors?, ", proc.stdout, re.M), proc.stdout[-2000:]


def test_both_checkers_see_real_types_not_any(checked: dict[str, object]) -> None:
    for key in ("mypy_negative", "pyright_negative"):
        returncode, out = checked[key]  # type: ignore[misc]
        assert returncode != 0, f"{key}: a deliberate type error passed — the checker sees Any"
        assert " error" in out, f"{key}: no error named the negative file"
        assert "PeaqosClient" in out and out.count("error") >= 5, out[-3000:]
        assert "AsyncPeaqosClient" in out and "MarketOrder" in out, out[-3000:]  # flows are typed, not Any
        assert "NoSuchModel" in out, out[-3000:]


def test_the_buyer_agent_runs_against_the_simulator() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "buyer_agent.py")], capture_output=True,
                          text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "payment: released" in proc.stdout and "AGENT_SPEND_LIMIT_EXCEEDED" in proc.stdout
    assert "paid: held on wdk-usdt-transfer" in proc.stdout and "x402: held -> delivered -> confirmed" in proc.stdout
    assert "refused before sending: delegation_policy.per_transaction_limit, delegation_policy.currency" in proc.stdout


def test_the_editable_install_is_visible_to_type_checkers(tmp_path: Path) -> None:
    """Contributors' editable checkout: mypy (run by the project's venv) resolves real types, not Any."""
    probe = tmp_path / "probe.py"
    probe.write_text("from peaq_os_sdk import PeaqosClient\nx: int = PeaqosClient.from_env()\n", encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", str(tmp_path / "mypy.ini"),
         str(probe)], capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )
    assert proc.returncode == 1 and 'has type "PeaqosClient"' in proc.stdout, proc.stdout + proc.stderr
