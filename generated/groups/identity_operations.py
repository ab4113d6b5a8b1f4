# generated from spec/openapi.yaml by codegen/ — do not edit
"""Wire facts of the ``identity`` operations: method, path, auth kind, envelope, statuses, body and result types."""

from peaq_os_sdk._generated.groups import identity_decoders as d
from peaq_os_sdk._generated.groups import identity_models as m

from peaq_os_sdk._operation import Operation

CREATE_MACHINE_IDENTITY_CHALLENGE = Operation(
    operation_id="createMachineIdentityChallenge",
    sdk_name="create_machine_identity_challenge",
    method="POST",
    path="/machine-identity/challenges",
    auth="platform",
    idempotent=False,
    envelope="item",
    success_statuses=(201,),
    path_params=(),
    query_params=(),
    options_model=None,
    body_model=m.CreateMachineIdentityChallengeRequest,
    body_param="params",
    body_optional=False,
    body_when_none="omit",
    response_model=m.MachineIdentityChallengeResponse,
    nullable_item=False,
    paginated=False,
    error_codes=("VALIDATION_ERROR", "NOT_FOUND", "PEAQOS_IDENTITY_UNAVAILABLE", "AUTH_REQUIRED", "AUTH_INVALID"),
    decode=d.decode_MachineIdentityChallengeResponse,
)

__all__ = [
    "CREATE_MACHINE_IDENTITY_CHALLENGE",
]
