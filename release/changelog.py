"""``make changelog``: turn the fragments in changes/ and the spec-diff table into a CHANGELOG.md section.

The table is written as the ``contract`` fragment (rendered verbatim by
``release/changelog_template.md``), then towncrier builds the section for the package version and
removes the fragments it used.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from codegen.spec_diff import table
from release.baseline import resolve
from release.check import FRAGMENTS, VERSION_FILE, current_spec, read_version, spec_changes

CONTRACT_FRAGMENT = "+contract.contract.md"


def main(root: Path, workdir: Path, *, draft: bool = False) -> int:
    version = read_version(root / VERSION_FILE)
    if version is None:
        raise SystemExit(f"{VERSION_FILE}: no valid __version__")
    baseline = resolve(root, version, workdir)
    changes = spec_changes(baseline, current_spec(root))
    fragment = root / FRAGMENTS / CONTRACT_FRAGMENT
    if changes:
        fragment.write_text(f"Compared with {baseline.label}:\n\n" + table(changes), encoding="utf-8")
    towncrier = Path(sys.executable).parent / "towncrier"
    cmd = [str(towncrier), "build", "--version", str(version)]
    cmd += ["--draft"] if draft else ["--yes"]
    code = subprocess.run(cmd, cwd=root, check=False).returncode
    if draft and fragment.exists():
        fragment.unlink()
    return code
