"""Public Python API diff of two package trees (built wheels unpacked, or a tag laid out the same way).

griffe reads both trees statically and reports what breaks callers: removed or renamed public
objects, removed or reordered parameters, parameters made required, changed defaults, changed
kinds. Generated code is included because the trees are the installed layout (``_generated`` inside
the package), which is why the diff runs on the wheels and not on ``src/``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import griffe

from release.baseline import PACKAGE


def load(root: Path) -> griffe.Module:
    module = griffe.load(PACKAGE, search_paths=[str(root)], allow_inspection=False, resolve_aliases=True)
    assert isinstance(module, griffe.Module)
    return module


def breaking_changes(old_root: Path, new_root: Path) -> list[str]:
    logging.getLogger("griffe").setLevel(logging.ERROR)
    old, new = load(old_root), load(new_root)
    out = []
    for breakage in griffe.find_breaking_changes(old, new):
        name = breakage.obj.name
        if (
            breakage.kind is griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE
            and name.startswith("__")
            and name.endswith("__")
        ):
            continue  # __version__ and friends change on purpose (older griffe reports them)
        out.append(_ANSI.sub("", breakage.explain(style=griffe.ExplanationStyle.ONE_LINE)).strip())
    return sorted(set(out))


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
