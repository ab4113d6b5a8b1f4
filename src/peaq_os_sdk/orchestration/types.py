"""Every public orchestration type (generated from spec/openapi.yaml) plus the envelopes."""

from peaq_os_sdk._generated import models as _models
from peaq_os_sdk._generated.models import *  # noqa: F403
from peaq_os_sdk.orchestration.pagination import ItemResponse, ListQuery, ListResponse

# Static re-exports in the forms mypy and pyright understand (``__all__ +=`` of a module's ``__all__``).
__all__ = ["ItemResponse", "ListQuery", "ListResponse"]
__all__ += _models.__all__
