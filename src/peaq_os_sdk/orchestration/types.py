"""Every public orchestration type (generated from spec/openapi.yaml) plus the envelopes.

Each group of types is built the first time one of its names is used.
"""

from typing import TYPE_CHECKING

from peaq_os_sdk._generated import models as _models
from peaq_os_sdk.orchestration.pagination import ItemResponse, ListQuery, ListResponse

if TYPE_CHECKING or _models.EAGER:  # type checkers and the docs read every name; at run time they load on use
    from peaq_os_sdk._generated.models import *  # noqa: F403

# Static re-exports in the forms mypy and pyright understand (``__all__ +=`` of a module's ``__all__``).
__all__ = ["ItemResponse", "ListQuery", "ListResponse"]
__all__ += _models.__all__

if not TYPE_CHECKING:
    _NAMES = frozenset(_models.__all__)

    def __getattr__(name: str) -> object:
        if name not in _NAMES:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
