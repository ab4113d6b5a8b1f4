"""`make release-check` and `make changelog` end to end, on a copy of this project in a throwaway git repository.

The copy is tagged as the current release; then an additive spec change (an optional response field)
passes as a patch release with a changelog entry, and removing a response field fails, naming the
break. Bounded: two builds (~10 s each on 2 cores).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from codegen.ir import dump_yaml, load_yaml

pytestmark = pytest.mark.heavy  # tens of seconds: started first (conftest), never the run's tail

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(sys.executable).parent.parent  # the venv running the tests (make test: .venv)


def _git(cwd: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", "-c", "user.name=release-test", "-c", "user.email=release-test@localhost", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
    )
    return proc.stdout


def copy_project(dest: Path) -> Path:
    """The tracked and untracked-but-not-ignored files of this work tree (what a commit would hold)."""
    listing = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout
    for name in filter(None, listing.decode().split("\0")):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    # the copy shares this checkout's venv and make must never reinstall into it (an editable install from the
    # copy would repoint the venv at it): make() names an existing file as the install stamp, and the copy's
    # pyproject is made older than it
    os.utime(dest / "pyproject.toml", (1_000_000_000, 1_000_000_000))
    return dest


def make(project: Path, *targets: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("RELEASE_", "PEAQOS_", "MAKE", "MFLAGS"))}
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(project), f"VENV={VENV}", f"STAMP={VENV / 'pyvenv.cfg'}"]
        + ["BUILD_FLAGS=--no-isolation", *targets],
        capture_output=True,
        text=True,
        env={**base, **env},
        timeout=300,
    )


def version_of(project: Path) -> tuple[int, int, int]:
    text = (project / "src" / "peaq_os_sdk" / "_version.py").read_text()
    m = re.search(r'__version__ = "(\d+)\.(\d+)\.(\d+)"', text)
    assert m, text
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def set_version(project: Path, version: str) -> None:
    (project / "src" / "peaq_os_sdk" / "_version.py").write_text(f'__version__ = "{version}"\n')
    edit_spec(project, lambda s: s["info"].update(version=version))


def edit_spec(project: Path, change: Any) -> None:
    path = project / "spec" / "openapi.yaml"
    spec = load_yaml(path.read_text())
    change(spec)
    path.write_text(dump_yaml(spec, sort_keys=False, allow_unicode=True, width=120))


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not list(VENV.glob(".installed*")) or shutil.which("git") is None or shutil.which("make") is None:
        pytest.skip("needs a venv set up by make (its .installed stamp), git and make")
    dest = copy_project(tmp_path_factory.mktemp("project"))
    major, minor, patch = version_of(dest)
    for stale in (dest / "changes").glob("*.*.md"):
        stale.unlink()  # start the copy with no pending fragments, as right after a release
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "release")
    _git(dest, "tag", f"v{major}.{minor}.{patch}")
    return dest


def test_additive_release_passes_and_a_removed_field_fails(project: Path):
    major, minor, patch = version_of(project)
    released = f"{major}.{minor}.{patch}"

    # -- an optional response field, a patch bump and a changelog fragment: a compatible release -----
    nxt = f"{major}.{minor}.{patch + 1}"
    set_version(project, nxt)
    edit_spec(
        project,
        lambda s: s["components"]["schemas"]["Machine"]["properties"].update(
            nickname={"type": ["string", "null"], "description": "Display nickname chosen by the owner."}
        ),
    )
    assert make(project, "generate").returncode == 0
    # what the regenerate workflow puts in its pull request (dry run: no push)
    pr = make(project, "regenerate-pr", "DRY_RUN=1")
    assert pr.returncode == 0, pr.stdout + pr.stderr
    pr_body = (project / "build" / "release" / "pr-body.md").read_text()
    assert "| compatible | response field added (`response-field-added`) | `Machine.nickname` |" in pr_body
    assert "generated/groups/machines_models.py" in pr_body and f"against git tag v{released}" in pr_body
    no_entry = make(project, "release-check")
    assert no_entry.returncode != 0 and "no changelog entry" in no_entry.stdout, no_entry.stdout[-3000:]
    (project / "changes" / "+nickname.added.md").write_text("Machines carry an optional `nickname`.\n")
    ok = make(project, "release-check")
    out = ok.stdout + ok.stderr
    assert ok.returncode == 0, out[-4000:]
    assert f"against baseline: git tag v{released}" in out
    assert "| compatible | response field added (`response-field-added`) | `Machine.nickname` |" in out
    assert f"patch release {released} -> {nxt}" in out and "release-check: OK" in out
    assert (project / "build" / "release" / "spec-diff.md").read_text().count("Machine.nickname") == 1

    changelog = make(project, "changelog")
    assert changelog.returncode == 0, changelog.stdout + changelog.stderr
    text = (project / "CHANGELOG.md").read_text()
    section = text.split(f"## {nxt} (", 1)[1].split(f"\n## {released}", 1)[0]
    assert "### API contract changes" in section and "`Machine.nickname`" in section
    assert "- Machines carry an optional `nickname`." in section
    assert not list((project / "changes").glob("*.*.md")), "towncrier consumes the fragments"
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", f"release {nxt}")
    _git(project, "tag", f"v{nxt}")

    # -- a response field removed, released as a patch: refused, naming the break ----------------------
    broken = f"{major}.{minor}.{patch + 2}"
    set_version(project, broken)

    def drop(s: dict[str, Any]) -> None:
        machine = s["components"]["schemas"]["Machine"]
        del machine["properties"]["runtimeProfile"]
        machine["required"].remove("runtimeProfile")

    edit_spec(project, drop)
    (project / "changes" / "+runtime-profile.removed.md").write_text("`Machine.runtime_profile` is gone.\n")
    assert make(project, "generate").returncode == 0
    bad = make(project, "release-check")
    out = bad.stdout + bad.stderr
    assert bad.returncode != 0, out[-4000:]
    assert f"against baseline: git tag v{nxt}" in out
    assert "| **breaking** | response field removed (`response-field-removed`) | `Machine.runtime_profile` |" in out
    assert f"need a minor bump over {nxt} (at least {major}.{minor + 1}.0)" in out
    assert "response field removed: Machine.runtime_profile" in out
    assert "Python API:" in out and "runtime_profile" in out.split("Python API:", 1)[1], "griffe sees the break too"

    # the same change as a minor release passes
    set_version(project, f"{major}.{minor + 1}.0")
    assert make(project, "generate").returncode == 0
    good = make(project, "release-check")
    assert good.returncode == 0, (good.stdout + good.stderr)[-4000:]
