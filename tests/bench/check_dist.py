"""``make build`` check: the wheel carries the generated code (every group module), the spec JSON, the mock data, py.typed and the demo.

Also: its version is the one in src/peaq_os_sdk/_version.py, the console scripts point at modules it carries,
nothing but the package is installed (no tests, codegen or release tooling), and the bundled spec is the
spec/openapi.yaml of this tree.
"""

from __future__ import annotations

import json
import sys
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import yaml

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
    "peaq_os_sdk/demo.py",
    "peaq_os_sdk/mock/__main__.py",
]
SCRIPTS = {"peaqos-demo": "peaq_os_sdk.demo:cli", "peaqos-mock": "peaq_os_sdk.mock.__main__:main"}
ROOT = Path(__file__).resolve().parents[2]


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
        entry_points = z.read(meta_name.replace("METADATA", "entry_points.txt")).decode()
        bundled_spec = json.loads(z.read("peaq_os_sdk/_generated/openapi.json"))
    # every generated module, the per-group ones included (their list is codegen's output, read from generated/)
    missing += [
        f"peaq_os_sdk/_generated/{p.relative_to(ROOT / 'generated').as_posix()}"
        for p in sorted((ROOT / "generated").rglob("*.py"))
        if f"peaq_os_sdk/_generated/{p.relative_to(ROOT / 'generated').as_posix()}" not in names
    ]
    if missing:
        print(f"wheel lacks: {missing}", file=sys.stderr)
        return 1
    assert meta["Name"] == "peaq-os-sdk", meta["Name"]
    assert meta["Requires-Python"] == ">=3.10", meta["Requires-Python"]
    requires = meta.get_all("Requires-Dist") or []
    for dep in ("httpx", "attrs", "cattrs", "eth-account"):
        assert any(r.startswith(dep) and "extra ==" not in r for r in requires), dep
    assert any(r.startswith("starlette") and 'extra == "mock"' in r for r in requires), "mock extra"
    version: dict[str, str] = {}
    exec((ROOT / "src" / "peaq_os_sdk" / "_version.py").read_text(), version)
    assert meta["Version"] == version["__version__"], (meta["Version"], version["__version__"])
    top = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert top == {"peaq_os_sdk"}, f"unexpected top-level entries in the wheel: {sorted(top - {'peaq_os_sdk'})}"
    for script, target in SCRIPTS.items():
        assert f"{script} = {target}" in entry_points, f"console script {script} -> {target} missing"
        module = target.split(":")[0].replace(".", "/")
        assert f"{module}.py" in names or f"{module}/__init__.py" in names, f"{script}: {module} not in the wheel"
    spec = yaml.safe_load((ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
    assert bundled_spec == spec, "the wheel's _generated/openapi.json is not spec/openapi.yaml (run make generate)"
    with tarfile.open(sdists[0]) as tar:
        sdist_names = {n.split("/", 1)[1] for n in tar.getnames() if "/" in n}
    for needed in ("pyproject.toml", "README.md", "generated/openapi.json", "src/peaq_os_sdk/_version.py"):
        assert needed in sdist_names, f"sdist lacks {needed}"
    print(f"ok: {wheels[0].name} ({len(names)} files) and {sdists[0].name}; metadata {meta['Name']} {meta['Version']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "dist"))
