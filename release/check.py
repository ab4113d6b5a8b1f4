"""``make release-check``: the gate a release passes before it is built for publishing.

It fails, naming each problem, when

* the version is not read from one place (``src/peaq_os_sdk/_version.py``; pyproject declares it
  dynamic) or the built wheel carries another;
* the spec's ``info.version`` breaks its written relationship with the package version: it names
  the package release that last changed the contract, so it is never above the package version,
  equals the package version when this release changes the contract, and otherwise stays as it was;
* the contract changed in a breaking way (rules in ``codegen/spec_diff.py``) or the public Python
  API of the wheel broke (griffe), and the version bump is too small for it (semantic versioning;
  below 1.0 a break needs a minor bump, at 1.0 and above a major one, and additions a minor one);
* something changed but the version did not, or the version went backwards;
* something changed and there is no changelog entry (a fragment in ``changes/`` or a section for
  this version in CHANGELOG.md);
* ``RELEASE_TAG`` is set (the release workflow sets it) and is not ``v<version>``;
* a package check fails: ``twine check --strict``, ``check-wheel-contents``, ``validate-pyproject``,
  ``openapi-spec-validator`` (``make build`` already ran ``tests/bench/check_dist.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from email.parser import Parser
from pathlib import Path
from typing import Any

import attrs
from packaging.version import InvalidVersion, Version

from codegen.ir import load_yaml
from codegen.spec_diff import Change, diff, spec_ir, table
from release import apidiff
from release.baseline import PACKAGE, Baseline, read_version, resolve

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

VERSION_FILE = Path("src") / PACKAGE / "_version.py"
FRAGMENTS = Path("changes")
CHANGELOG = Path("CHANGELOG.md")
EMPTY_SPEC: dict[str, Any] = {"info": {"title": "", "version": "0"}, "paths": {}, "components": {"schemas": {}}}
LEVELS = ("patch", "minor", "major")


@attrs.frozen
class Verdict:
    failures: tuple[str, ...]
    notes: tuple[str, ...]
    changes: tuple[Change, ...]
    api_breaks: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.failures


def bump_level(old: Version, new: Version) -> str | None:
    """patch | minor | major | None (same release) | "backwards"."""
    o, n = (old.release + (0, 0, 0))[:3], (new.release + (0, 0, 0))[:3]
    if n < o or (n == o and new < old):
        return "backwards"
    if n[0] > o[0]:
        return "major"
    if n[1] > o[1]:
        return "minor" if o[0] >= 1 or n[0] == 0 else "major"
    if n[2] > o[2] or new > old:
        return "patch"
    return None


def required_level(old: Version, *, breaking: bool, additive: bool) -> str:
    if breaking:
        return "major" if old.major >= 1 else "minor"
    if additive and old.major >= 1:
        return "minor"
    return "patch"


def _next(old: Version, level: str) -> str:
    major, minor, micro = (old.release + (0, 0, 0))[:3]
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{micro + 1}"


def evaluate(
    *,
    version: Version,
    baseline_version: Version | None,
    changes: Sequence[Change],
    api_breaks: Sequence[str] = (),
    spec_version: str,
    baseline_spec_version: str | None,
    changelog_entry: bool,
    tag: str | None = None,
    runtime_changed: bool = False,
) -> Verdict:
    """The version, spec-version, semver and changelog rules (pure: every input is given)."""
    failures: list[str] = []
    notes: list[str] = []
    breaks = [c for c in changes if c.breaking]
    contract_changed = bool(changes)
    changed = contract_changed or bool(api_breaks) or runtime_changed
    if tag is not None and tag != f"v{version}":
        failures.append(f"tag {tag!r} does not match the package version {version} (expected 'v{version}')")
    # spec info.version
    try:
        sv = Version(spec_version)
    except InvalidVersion:
        failures.append(f"spec info.version {spec_version!r} is not a version")
        sv = None
    if sv is not None:
        if sv > version:
            failures.append(f"spec info.version {sv} is above the package version {version}")
        elif contract_changed and sv != version:
            failures.append(
                f"the contract changed, so spec info.version must be the package version {version} (it is {sv})"
            )
        elif (
            not contract_changed and baseline_spec_version and spec_version not in (baseline_spec_version, str(version))
        ):
            failures.append(
                f"spec info.version {sv} changed without a contract change (baseline has {baseline_spec_version})"
            )
    # semver
    if baseline_version is None:
        notes.append(f"first release {version}: no baseline to compare against")
    else:
        level = bump_level(baseline_version, version)
        if level == "backwards":
            failures.append(f"version {version} is below the baseline {baseline_version}")
        elif level is None:
            if changed:
                failures.append(
                    f"version {version} is the baseline's, but things changed: bump it "
                    f"(at least {_next(baseline_version, required_level(baseline_version, breaking=bool(breaks or api_breaks), additive=contract_changed))})"
                )
            else:
                notes.append(f"{version} is identical to the baseline")
        else:
            need = required_level(baseline_version, breaking=bool(breaks or api_breaks), additive=contract_changed)
            if LEVELS.index(level) < LEVELS.index(need):
                lines = [f"{c.title}: {c.where}: {c.detail}" for c in breaks] + [f"Python API: {b}" for b in api_breaks]
                why = "breaking changes" if (breaks or api_breaks) else "additions"
                failures.append(
                    f"{why} need a {need} bump over {baseline_version} (at least {_next(baseline_version, need)}), "
                    f"but {version} is a {level} bump:\n"
                    + "\n".join(f"    - {line}" for line in lines or ["contract additions (see the table)"])
                )
            else:
                notes.append(f"{level} release {baseline_version} -> {version} (needs at least {need})")
    if (changed or (baseline_version is not None and version != baseline_version)) and not changelog_entry:
        failures.append(
            f"no changelog entry: add a fragment to {FRAGMENTS}/ (towncrier create) or a '## {version}' section "
            f"to {CHANGELOG}"
        )
    return Verdict(tuple(failures), tuple(notes), tuple(changes), tuple(api_breaks))


def fragments(root: Path) -> list[Path]:
    folder = root / FRAGMENTS
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name.count(".") >= 2 and p.suffix == ".md")


def changelog_has(root: Path, version: Version) -> bool:
    path = root / CHANGELOG
    if not path.exists():
        return False
    return any(
        line.startswith(f"## {version} ") or line.strip() == f"## {version}" for line in path.read_text().splitlines()
    )


def current_spec(root: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = load_yaml((root / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    return loaded


def spec_changes(baseline: Baseline, spec: dict[str, Any]) -> list[Change]:
    return diff(spec_ir(baseline.spec or EMPTY_SPEC), spec_ir(spec))


def _single_wheel(dist: Path) -> Path:
    wheels = sorted(dist.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"expected one wheel in {dist} (run `make build`), found {[w.name for w in wheels]}")
    return wheels[0]


def _run_all(cmds: list[list[str]], root: Path) -> list[str]:
    """Run the commands side by side (each is a separate tool reading the same files); one message per failure,
    in the order given."""
    procs = [subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for cmd in cmds]
    failures = []
    for cmd, proc in zip(cmds, procs, strict=True):
        out, err = proc.communicate()
        if proc.returncode:
            shown = " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))
            failures.append(f"`{shown}` failed:\n{out}{err}".rstrip())
    return failures


def package_checks(root: Path, dist: Path) -> list[str]:
    bindir = Path(sys.executable).parent
    files = sorted(str(p) for p in dist.iterdir() if p.suffix in (".whl", ".gz"))
    checks = [
        [str(bindir / "twine"), "check", "--strict", *files],
        [str(bindir / "check-wheel-contents"), "--toplevel", PACKAGE, *[f for f in files if f.endswith(".whl")]],
        [str(bindir / "validate-pyproject"), "pyproject.toml"],
        [sys.executable, "-m", "openapi_spec_validator", "spec/openapi.yaml"],
    ]
    return _run_all(checks, root)


def version_source(root: Path, wheel: Path, version: Version) -> list[str]:
    problems = []
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    if "version" in project or "version" not in project.get("dynamic", []):
        problems.append("pyproject.toml must not carry a version: it is dynamic, read from " + str(VERSION_FILE))
    with zipfile.ZipFile(wheel) as z:
        meta = Parser().parsestr(z.read(next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))).decode())
    if Version(meta["Version"]) != version:
        problems.append(f"the wheel {wheel.name} says {meta['Version']}, {VERSION_FILE} says {version}: rebuild")
    return problems


def unpack(wheel: Path, target: Path) -> Path:
    import shutil

    shutil.rmtree(target, ignore_errors=True)
    with zipfile.ZipFile(wheel) as z:
        z.extractall(target)
    return target


def run(root: Path, dist: Path, workdir: Path) -> Verdict:
    workdir.mkdir(parents=True, exist_ok=True)
    version = read_version(root / VERSION_FILE)
    if version is None:
        raise SystemExit(f"{VERSION_FILE}: no valid __version__")
    wheel = _single_wheel(dist)
    failures = version_source(root, wheel, version) + package_checks(root, dist)
    baseline = resolve(root, version, workdir)
    print(f"release-check: {version} against baseline: {baseline.label}", flush=True)
    spec = current_spec(root)
    changes = spec_changes(baseline, spec)
    current_tree = unpack(wheel, workdir / "current-wheel")
    api_breaks = apidiff.breaking_changes(baseline.package_root, current_tree) if baseline.package_root else []
    changed_files = _changed_files(baseline.package_root, current_tree) if baseline.package_root else []
    base_spec_version = str(baseline.spec["info"]["version"]) if baseline.spec else None
    tag = os.environ.get("RELEASE_TAG") or None
    verdict = evaluate(
        version=version,
        baseline_version=baseline.version,
        changes=changes,
        api_breaks=api_breaks,
        spec_version=str(spec["info"]["version"]),
        baseline_spec_version=base_spec_version,
        changelog_entry=bool(fragments(root)) or changelog_has(root, version),
        tag=tag,
        runtime_changed=bool(changed_files),
    )
    notes = verdict.notes
    if changed_files:
        shown = ", ".join(changed_files[:8]) + (f" and {len(changed_files) - 8} more" if len(changed_files) > 8 else "")
        notes += (f"package files changed since the baseline: {shown}",)
    return attrs.evolve(verdict, failures=tuple(failures) + verdict.failures, notes=notes)


def _changed_files(old: Path, new: Path) -> list[str]:
    """The package's own files that differ (metadata directories, bytecode and _version.py ignored)."""

    def files(root: Path) -> dict[str, bytes]:
        base = root / PACKAGE
        return {
            str(p.relative_to(base)): p.read_bytes()
            for p in sorted(base.rglob("*"))
            if p.is_file() and p.suffix != ".pyc" and p.name != "_version.py"
        }

    a, b = files(old), files(new)
    return [
        name + (" (added)" if name not in a else " (removed)" if name not in b else "")
        for name in sorted(a.keys() | b.keys())
        if a.get(name) != b.get(name)
    ]


def report(verdict: Verdict, out: Path) -> str:
    out.mkdir(parents=True, exist_ok=True)
    spec_table = table(list(verdict.changes))
    (out / "spec-diff.md").write_text(spec_table, encoding="utf-8")
    (out / "api-diff.txt").write_text("".join(f"{b}\n" for b in verdict.api_breaks), encoding="utf-8")
    lines = ["", "Contract changes (spec diff):", "", spec_table]
    if verdict.api_breaks:
        lines += ["Python API breaks (griffe, built wheels):", *[f"  - {b}" for b in verdict.api_breaks], ""]
    lines += [f"note: {n}" for n in verdict.notes]
    if verdict.failures:
        lines += ["", "release-check FAILED:", *[f"  - {f}" for f in verdict.failures]]
    else:
        lines += ["", "release-check: OK"]
    text = "\n".join(lines) + "\n"
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:  # the workflow run's summary page shows the same report
        with open(summary, "a", encoding="utf-8") as f:
            f.write(f"## release-check\n\n{text.replace('release-check FAILED:', '**release-check FAILED:**')}\n")
    return text
