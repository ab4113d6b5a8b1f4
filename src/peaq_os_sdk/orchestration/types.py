"""Every public orchestration type (generated from spec/openapi.yaml) plus the envelopes."""

from peaq_os_sdk._generated.models import *  # noqa: F403
from peaq_os_sdk._generated.models import __all__ as _models_all
from peaq_os_sdk.orchestration.pagination import ItemResponse, ListQuery, ListResponse

__all__ = [*_models_all, "ItemResponse", "ListQuery", "ListResponse"]
