"""The Machine Markets (orchestration) API.

``client.orchestration.<method>(...)`` and the functional forms
``from peaq_os_sdk.orchestration import list_machines; list_machines(client, limit=20)`` are the
same generated code. Async functional forms live in :mod:`peaq_os_sdk.orchestration.aio`.
"""

# Order matters: the runtime modules first, then the generated endpoints that use them.
from peaq_os_sdk._generated import endpoints as _ep  # noqa: E402
from peaq_os_sdk._generated.endpoints import *  # noqa: F403, E402, I001
from peaq_os_sdk._generated.endpoints import Orchestration  # noqa: E402
from peaq_os_sdk._generated.endpoints_async import AsyncOrchestration  # noqa: E402
from peaq_os_sdk._logs import RedactingFilter
from peaq_os_sdk._options import OnRetry
from peaq_os_sdk.orchestration._transport import RawResponse, RedactedHeaders
from peaq_os_sdk.orchestration import constants as _c  # noqa: E402
from peaq_os_sdk.orchestration import errors as _e
from peaq_os_sdk.orchestration import flows  # noqa: E402
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
from peaq_os_sdk._generated.models import *  # noqa: F403, E402

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
