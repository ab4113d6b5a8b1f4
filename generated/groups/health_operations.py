# generated from spec/openapi.yaml by codegen/ — do not edit
"""Wire facts of the ``health`` operations: method, path, auth kind, envelope, statuses, body and result types."""

from peaq_os_sdk._generated.groups import health_decoders as d
from peaq_os_sdk._generated.groups import health_models as m

from peaq_os_sdk._operation import Operation

GET_HEALTH = Operation(
    operation_id="getHealth",
    sdk_name="get_health",
    method="GET",
    path="/health",
    auth="none",
    idempotent=True,
    envelope="raw",
    success_statuses=(200,),
    path_params=(),
    query_params=(),
    options_model=None,
    body_model=None,
    body_param=None,
    body_optional=False,
    body_when_none="omit",
    response_model=m.Health,
    nullable_item=False,
    paginated=False,
    error_codes=(),
    decode=d.decode_Health,
)

__all__ = [
    "GET_HEALTH",
]
