"""``make regenerate-pr``: after ``make generate``, open a pull request with the regenerated code.

The body carries the contract diff table (against the last release) and the diffstat of
``generated/``. Run by the regenerate workflow with ``GH_TOKEN`` set; ``--dry-run`` only writes the
body to ``build/release/pr-body.md``.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from codegen.spec_diff import table
from release.baseline import resolve
from release.check import VERSION_FILE, current_spec, read_version, spec_changes

BOT = ("github-actions[bot]", "41898282+github-actions[bot]@users.noreply.github.com")


def _git(root: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout


def body(root: Path, workdir: Path) -> str:
    version = read_version(root / VERSION_FILE)
    assert version is not None
    baseline = resolve(root, version, workdir)
    stat = _git(root, "diff", "--stat", "--", "generated")
    return (
        "`make generate` output for the current `spec/openapi.yaml` (this pull request was opened by the "
        "regenerate workflow).\n\n"
        f"### Contract changes against {baseline.label}\n\n{table(spec_changes(baseline, current_spec(root)))}\n"
        f"### generated/\n\n```\n{stat}```\n"
    )


def main(root: Path, workdir: Path, *, dry_run: bool) -> int:
    if not _git(root, "status", "--porcelain", "--", "generated").strip():
        print("generated/ is up to date with spec/openapi.yaml: no pull request needed")
        return 0
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / "pr-body.md"
    path.write_text(body(root, workdir), encoding="utf-8")
    print(f"pull request body: {path}")
    if dry_run:
        return 0
    base = os.environ.get("GITHUB_REF_NAME") or _git(root, "rev-parse", "--abbrev-ref", "HEAD").strip()
    branch = f"regenerate/{base}-{_git(root, 'rev-parse', '--short', 'HEAD').strip()}"
    ident = ["-c", f"user.name={BOT[0]}", "-c", f"user.email={BOT[1]}"]
    _git(root, "switch", "-c", branch)
    _git(root, "add", "--", "generated")
    _git(root, *ident, "commit", "-q", "-m", "Regenerate generated/ from spec/openapi.yaml")
    subprocess.run(["gh", "auth", "setup-git"], cwd=root, check=True)
    _git(root, "push", "origin", f"HEAD:refs/heads/{branch}")
    cmd = ["gh", "pr", "create", "--base", base, "--head", branch]
    cmd += ["--title", f"Regenerate from spec/openapi.yaml ({base})", "--body-file", str(path)]
    return subprocess.run(cmd, cwd=root, check=False).returncode
