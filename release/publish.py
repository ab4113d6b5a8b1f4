"""``make publish``: upload the built distributions to the package index the maintainer names.

Environment:

* ``PEAQOS_PUBLISH_URL``: the index's upload URL. Default: the staging index (TestPyPI,
  https://test.pypi.org/legacy/). Never the public index by default: the distribution name
  ``peaq-os-sdk`` there belongs to the API's owner.
* ``PEAQOS_PUBLISH_PUBLIC=yes``: the explicit switch without which an upload to the public index
  (pypi.org) is refused.
* ``TWINE_USERNAME`` / ``TWINE_PASSWORD``: credentials, read by twine itself. In GitHub Actions with
  ``id-token: write`` and no password, twine uses trusted publishing (OIDC) for PyPI and TestPyPI.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

STAGING_URL = "https://test.pypi.org/legacy/"
PUBLIC_HOSTS = {"pypi.org", "upload.pypi.org", "pypi.python.org", "www.pypi.org"}
SWITCH = "PEAQOS_PUBLISH_PUBLIC"


def target_url(env: dict[str, str]) -> str:
    url = env.get("PEAQOS_PUBLISH_URL", "").strip() or STAGING_URL
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SystemExit(f"PEAQOS_PUBLISH_URL is not an http(s) URL: {url!r}")
    if parts.hostname.lower() in PUBLIC_HOSTS and env.get(SWITCH, "").strip().lower() != "yes":
        raise SystemExit(
            f"refusing to upload to the public index ({parts.hostname}) without {SWITCH}=yes: "
            "the name peaq-os-sdk there belongs to the API's owner"
        )
    if parts.scheme == "http" and parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing to send credentials over plain http to {parts.hostname}")
    return url


def main(dist: Path, env: dict[str, str] | None = None) -> int:
    env = dict(os.environ if env is None else env)
    url = target_url(env)
    files = sorted(str(p) for p in dist.iterdir() if p.suffix == ".whl" or p.name.endswith(".tar.gz"))
    if not files:
        raise SystemExit(f"nothing to publish in {dist}: run `make build` (or `make release-check`) first")
    print(f"publishing {', '.join(Path(f).name for f in files)} to {url}", flush=True)
    twine = Path(sys.executable).parent / "twine"
    cmd = [str(twine), "upload", "--non-interactive", "--disable-progress-bar", "--repository-url", url, *files]
    return subprocess.run(cmd, env=env, check=False).returncode
