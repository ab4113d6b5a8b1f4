"""Exception roots shared by every part of the SDK."""

from peaq_os_sdk.exceptions.base import PeaqosConfigError, PeaqosError

__all__ = ["PeaqosConfigError", "PeaqosError"]
