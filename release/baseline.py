"""The release a new version is compared against.

Resolution order (the first that applies wins; the choice is printed):

1. ``RELEASE_BASELINE`` in the environment: ``none`` (first release), ``git:<ref>`` (a tag, branch or
   commit), or the path of a wheel (e.g. the last published one, fetched with
   ``pip download --no-deps --index-url URL peaq-os-sdk==X``).
2. The highest ``vX.Y.Z`` git tag reachable from HEAD, except a tag of the version being checked that
   points at HEAD with a clean work tree (that tag is the release itself, not its baseline).
3. The wheel recorded in ``release/baseline/`` by ``make release-baseline`` after the last release: a
   fresh clone without tags (shallow CI checkouts, squash merges) still has a baseline.
4. None: a first release, where every operation and model counts as an addition.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path
from typing import Any

import attrs
from packaging.version import InvalidVersion, Version

from codegen.ir import load_yaml

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

PACKAGE = "peaq_os_sdk"
BUNDLED_SPEC = f"{PACKAGE}/_generated/openapi.json"
RECORDED = Path("release") / "baseline"


@attrs.frozen
class Baseline:
    label: str
    version: Version | None
    spec: dict[str, Any] | None
    package_root: Path | None  # a directory holding the released peaq_os_sdk package


def _git(root: Path, *args: str) -> str:
    proc = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, check=False)
    return proc.stdout.strip() if proc.returncode == 0 else ""


def _version(text: str) -> Version | None:
    try:
        return Version(text.removeprefix("v"))
    except InvalidVersion:
        return None


def from_wheel(wheel: Path, workdir: Path, label: str | None = None) -> Baseline:
    """Unpack a wheel: its bundled spec, its version and its package tree."""
    target = workdir / "baseline-wheel"
    shutil.rmtree(target, ignore_errors=True)
    with zipfile.ZipFile(wheel) as z:
        z.extractall(target)
        meta_name = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(z.read(meta_name).decode())
        spec = json.loads(z.read(BUNDLED_SPEC)) if BUNDLED_SPEC in z.namelist() else None
    return Baseline(label or f"wheel {wheel.name}", Version(meta["Version"]), spec, target)


def from_git(root: Path, ref: str, workdir: Path, label: str | None = None) -> Baseline:
    """Export a commit and lay its package out as the wheel would (setuptools package-dir mapping)."""
    archive = subprocess.run(["git", "-C", str(root), "archive", ref], capture_output=True, check=True).stdout
    src = workdir / "baseline-git"
    shutil.rmtree(src, ignore_errors=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(src, filter="data")
        else:  # pragma: no cover - Python without the extraction filters
            tar.extractall(src)  # noqa: S202 - our own git archive
    pyproject = tomllib.loads((src / "pyproject.toml").read_text(encoding="utf-8"))
    dirs: dict[str, str] = pyproject.get("tool", {}).get("setuptools", {}).get("package-dir", {})
    stage = workdir / "baseline-stage"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(src / dirs.get("", ".") / PACKAGE, stage / PACKAGE)
    for dotted, folder in dirs.items():
        if dotted and dotted.startswith(PACKAGE + "."):
            dest = stage / Path(*dotted.split("."))
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(src / folder, dest)
    spec_path = src / "spec" / "openapi.yaml"
    spec = load_yaml(spec_path.read_text(encoding="utf-8")) if spec_path.exists() else None
    version = _version(ref) or read_version(stage / PACKAGE / "_version.py")
    return Baseline(label or f"git {ref}", version, spec, stage)


def read_version(path: Path) -> Version | None:
    namespace: dict[str, Any] = {}
    if not path.exists():
        return None
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return _version(str(namespace.get("__version__", "")))


def _tags(root: Path, current: Version) -> tuple[str, Version] | None:
    head = _git(root, "rev-parse", "HEAD")
    if not head:
        return None
    clean = not _git(root, "status", "--porcelain", "--untracked-files=no")
    best: tuple[str, Version] | None = None
    for tag in _git(root, "tag", "--merged", "HEAD", "--list", "v*").splitlines():
        v = _version(tag)
        if v is None:
            continue
        if v == current and clean and _git(root, "rev-list", "-n", "1", tag) == head:
            continue  # the tag of this very release
        if best is None or v > best[1]:
            best = (tag, v)
    return best


def resolve(root: Path, current: Version, workdir: Path) -> Baseline:
    choice = os.environ.get("RELEASE_BASELINE", "").strip()
    if choice == "none":
        return Baseline("none (RELEASE_BASELINE=none: first release)", None, None, None)
    if choice.startswith("git:"):
        return from_git(root, choice[4:], workdir)
    if choice:
        return from_wheel(Path(choice), workdir)
    tag = _tags(root, current)
    if tag:
        return from_git(root, tag[0], workdir, f"git tag {tag[0]}")
    recorded = sorted((root / RECORDED).glob("*.whl"))
    if len(recorded) > 1:
        raise SystemExit(f"{RECORDED}: more than one recorded wheel: {[p.name for p in recorded]}")
    if recorded:
        return from_wheel(recorded[0], workdir, f"recorded wheel {RECORDED / recorded[0].name}")
    return Baseline("none (no release tag and no recorded baseline: first release)", None, None, None)


def record(root: Path, dist: Path) -> Path:
    """Keep the just-released wheel as the recorded baseline (``make release-baseline``)."""
    wheels = sorted(dist.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one wheel in {dist}, found {[w.name for w in wheels]}")
    folder = root / RECORDED
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.whl"):
        old.unlink()
    target = folder / wheels[0].name
    shutil.copy2(wheels[0], target)
    return target
