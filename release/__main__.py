"""python -m release check | spec-diff | changelog | baseline | regenerate-pr | publish  (docs/releasing.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path.cwd()
WORK = ROOT / "build" / "release"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m release", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="the breaking-change, version, changelog and package gate")
    c.add_argument("--dist", type=Path, default=Path("dist"))
    s = sub.add_parser("spec-diff", help="print the contract diff table against the baseline")
    s.add_argument("--output", type=Path)
    g = sub.add_parser("changelog", help="write the CHANGELOG.md section for the current version")
    g.add_argument("--draft", action="store_true", help="print it instead, keeping the fragments")
    b = sub.add_parser("baseline", help="record the built wheel as the baseline of the next release")
    b.add_argument("--dist", type=Path, default=Path("dist"))
    r = sub.add_parser("regenerate-pr", help="open a pull request with the regenerated generated/")
    r.add_argument("--dry-run", action="store_true", help="only write build/release/pr-body.md")
    p = sub.add_parser("publish", help="upload dist/ to PEAQOS_PUBLISH_URL (staging index by default)")
    p.add_argument("--dist", type=Path, default=Path("dist"))
    args = ap.parse_args(argv)

    if args.command == "check":
        from release import check

        verdict = check.run(ROOT, args.dist, WORK)
        sys.stdout.write(check.report(verdict, WORK))
        return 0 if verdict.ok else 1
    if args.command == "spec-diff":
        from codegen.spec_diff import table
        from release.baseline import resolve
        from release.check import VERSION_FILE, current_spec, read_version, spec_changes

        version = read_version(ROOT / VERSION_FILE)
        assert version is not None
        baseline = resolve(ROOT, version, WORK)
        text = f"Contract changes against {baseline.label}:\n\n" + table(spec_changes(baseline, current_spec(ROOT)))
        if args.output:
            args.output.parent.mkdir(parents=True, exist_ok=True)
            args.output.write_text(text, encoding="utf-8")
        sys.stdout.write(text)
        return 0
    if args.command == "changelog":
        from release import changelog

        return changelog.main(ROOT, WORK, draft=args.draft)
    if args.command == "baseline":
        from release.baseline import record

        print(f"recorded {record(ROOT, args.dist).relative_to(ROOT)}")
        return 0
    if args.command == "regenerate-pr":
        from release import regenerate

        return regenerate.main(ROOT, WORK, dry_run=args.dry_run)
    from release import publish

    return publish.main(args.dist)


if __name__ == "__main__":
    raise SystemExit(main())
