"""Root of every exception the SDK raises."""

from __future__ import annotations

from typing import Any


def _restore(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    err = cls.__new__(cls, *args)
    err.args = args
    err.__dict__.update(state)
    return err


class PeaqosError(Exception):
    """Base class of every peaq OS SDK error.

    Errors pickle with every attribute (code, status, details, request id, field, ...), so they cross process
    boundaries (``multiprocessing``, ``concurrent.futures.ProcessPoolExecutor``) whole: the constructors take
    keyword-only arguments, which the default exception pickling (calling the class with ``args``) cannot pass.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class PeaqosConfigError(PeaqosError, ValueError):
    """A client setting (URL, key, address) is missing or malformed."""
