# generated from spec/openapi.yaml by codegen/ — do not edit
"""Wire facts of the ``skills`` operations: method, path, auth kind, envelope, statuses, body and result types."""

from peaq_os_sdk._generated.groups import skills_decoders as d
from peaq_os_sdk._generated.groups import skills_models as m

from peaq_os_sdk._operation import Operation, QueryParam

LIST_SKILLS = Operation(
    operation_id="listSkills",
    sdk_name="list_skills",
    method="GET",
    path="/skills",
    auth="platform",
    idempotent=True,
    envelope="list",
    success_statuses=(200,),
    path_params=(),
    query_params=(
        QueryParam(
            "scope", "scope", required=False, rules={"enum": ("core-product", "bootstrap-reference", "ecosystem")}
        ),
        QueryParam("direction", "direction", required=False, rules={"enum": ("machine-offers", "machine-consumes")}),
        QueryParam(
            "source", "source", required=False, rules={"enum": ("peaq", "partner", "clawhub", "external-marketplace")}
        ),
        QueryParam("limit", "limit", required=False, rules={"type": "int", "minimum": 1, "maximum": 500}),
        QueryParam("cursor", "cursor", required=False, rules={"type": "str", "min_length": 1}),
    ),
    options_model=m.ListSkillsOptions,
    body_model=None,
    body_param=None,
    body_optional=False,
    body_when_none="omit",
    response_model=m.SkillSummary,
    nullable_item=False,
    paginated=True,
    error_codes=("VALIDATION_ERROR", "AUTH_REQUIRED", "AUTH_INVALID"),
    decode=d.decode_SkillSummary,
)
GET_SKILL = Operation(
    operation_id="getSkill",
    sdk_name="get_skill",
    method="GET",
    path="/skills/{skillKey}",
    auth="platform",
    idempotent=True,
    envelope="item",
    success_statuses=(200,),
    path_params=(("skill_key", "skillKey"),),
    query_params=(),
    options_model=None,
    body_model=None,
    body_param=None,
    body_optional=False,
    body_when_none="omit",
    response_model=m.SkillSummary,
    nullable_item=False,
    paginated=False,
    error_codes=("NOT_FOUND", "AUTH_REQUIRED", "AUTH_INVALID"),
    decode=d.decode_SkillSummary,
)
GET_SKILL_MANIFEST = Operation(
    operation_id="getSkillManifest",
    sdk_name="get_skill_manifest",
    method="GET",
    path="/skills/{skillKey}/manifest",
    auth="platform",
    idempotent=True,
    envelope="item",
    success_statuses=(200,),
    path_params=(("skill_key", "skillKey"),),
    query_params=(),
    options_model=None,
    body_model=None,
    body_param=None,
    body_optional=False,
    body_when_none="omit",
    response_model=m.SkillManifest,
    nullable_item=False,
    paginated=False,
    error_codes=("NOT_FOUND", "AUTH_REQUIRED", "AUTH_INVALID"),
    decode=d.decode_SkillManifest,
)
UPDATE_SKILL_CONFIG = Operation(
    operation_id="updateSkillConfig",
    sdk_name="update_skill_config",
    method="PATCH",
    path="/skills/{skillKey}/config",
    auth="platform",
    idempotent=False,
    envelope="item",
    success_statuses=(200,),
    path_params=(("skill_key", "skillKey"),),
    query_params=(),
    options_model=None,
    body_model=m.UpdateSkillConfigRequest,
    body_param="params",
    body_optional=False,
    body_when_none="omit",
    response_model=m.SkillConfigResponse,
    nullable_item=False,
    paginated=False,
    error_codes=("VALIDATION_ERROR", "NOT_FOUND", "AUTH_REQUIRED", "AUTH_INVALID"),
    decode=d.decode_SkillConfigResponse,
)

__all__ = [
    "LIST_SKILLS",
    "GET_SKILL",
    "GET_SKILL_MANIFEST",
    "UPDATE_SKILL_CONFIG",
]
