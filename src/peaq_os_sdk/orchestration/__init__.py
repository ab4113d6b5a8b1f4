"""The Machine Markets (orchestration) API.

``client.orchestration.<method>(...)`` and the functional forms
``from peaq_os_sdk.orchestration import list_machines; list_machines(client, limit=20)`` are the
same generated code. Async functional forms live in :mod:`peaq_os_sdk.orchestration.aio`.

Types (``Machine``, ``CreateMachineRequest``, ...) are importable from here as well; each group of
them is built the first time one of its names is used, so a program that lists machines never builds
the market or payment classes. ``AsyncOrchestration`` and :mod:`flows` load on first use too.
"""

from importlib import import_module
from typing import TYPE_CHECKING

# Order matters: the runtime modules first, then the generated endpoints that use them.
from peaq_os_sdk._generated import endpoints as _ep  # noqa: E402
from peaq_os_sdk._generated.endpoints import *  # noqa: F403, E402, I001
from peaq_os_sdk._generated.endpoints import Orchestration  # noqa: E402
from peaq_os_sdk._logs import RedactingFilter
from peaq_os_sdk._options import OnRetry
from peaq_os_sdk.orchestration._transport import RawResponse, RedactedHeaders
from peaq_os_sdk.orchestration import constants as _c  # noqa: E402
from peaq_os_sdk.orchestration import errors as _e
from peaq_os_sdk.orchestration.constants import *  # noqa: F403
from peaq_os_sdk.orchestration.errors import *  # noqa: F403
from peaq_os_sdk.orchestration.pagination import (
    LIST_QUERY_DEFAULT_LIMIT,
    LIST_QUERY_MAX_LIMIT,
    ItemResponse,
    ListQuery,
    ListResponse,
    validate_list_limit,
)
from peaq_os_sdk._generated import models as _models  # noqa: E402

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time these load on first use (below)
    from peaq_os_sdk._generated.endpoints_async import AsyncOrchestration
    from peaq_os_sdk._generated.models import *  # noqa: F403
    from peaq_os_sdk.orchestration import flows

# Static re-exports in the forms mypy and pyright understand, so documented imports type-check.
__all__ = [
    "AsyncOrchestration",
    "ItemResponse",
    "OnRetry",
    "Orchestration",
    "RawResponse",
    "RedactedHeaders",
    "RedactingFilter",
    "LIST_QUERY_DEFAULT_LIMIT",
    "LIST_QUERY_MAX_LIMIT",
    "ListQuery",
    "ListResponse",
    "flows",
    "validate_list_limit",
]
__all__ += _c.__all__
__all__ += _e.__all__
__all__ += _models.__all__
__all__ += _ep.__all__

if not TYPE_CHECKING:
    _MODEL_NAMES = frozenset(_models.__all__)

    def __getattr__(name: str) -> object:
        if name in _MODEL_NAMES:
            value = getattr(_models, name)
        elif name == "AsyncOrchestration":
            from peaq_os_sdk._generated.endpoints_async import AsyncOrchestration as value
        elif name == "flows":  # the submodule (importing it also binds it here)
            value = import_module(f"{__name__}.flows")
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
