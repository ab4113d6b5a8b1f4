"""``make build`` check: the wheel carries the generated code, the spec JSON, the mock data and py.typed."""

from __future__ import annotations

import sys
import zipfile
from email.parser import Parser
from pathlib import Path

REQUIRED = [
    "peaq_os_sdk/__init__.py",
    "peaq_os_sdk/py.typed",
    "peaq_os_sdk/_generated/models.py",
    "peaq_os_sdk/_generated/endpoints.py",
    "peaq_os_sdk/_generated/endpoints_async.py",
    "peaq_os_sdk/_generated/operations.py",
    "peaq_os_sdk/_generated/openapi.json",
    "peaq_os_sdk/mock/catalogue.json",
    "peaq_os_sdk/orchestration/_transport.py",
]


def main(dist: str) -> int:
    wheels = sorted(Path(dist).glob("*.whl"))
    sdists = sorted(Path(dist).glob("*.tar.gz"))
    if not wheels or not sdists:
        print("missing wheel or sdist", file=sys.stderr)
        return 1
    with zipfile.ZipFile(wheels[0]) as z:
        names = set(z.namelist())
        missing = [n for n in REQUIRED if n not in names]
        meta_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        meta = Parser().parsestr(z.read(meta_name).decode())
    if missing:
        print(f"wheel lacks: {missing}", file=sys.stderr)
        return 1
    assert meta["Name"] == "peaq-os-sdk", meta["Name"]
    assert meta["Requires-Python"] == ">=3.10", meta["Requires-Python"]
    requires = meta.get_all("Requires-Dist") or []
    for dep in ("httpx", "attrs", "cattrs", "eth-account"):
        assert any(r.startswith(dep) and "extra ==" not in r for r in requires), dep
    assert any(r.startswith("starlette") and 'extra == "mock"' in r for r in requires), "mock extra"
    print(f"ok: {wheels[0].name} ({len(names)} files) and {sdists[0].name}; metadata {meta['Name']} {meta['Version']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
