# generated from spec/openapi.yaml by codegen/ — do not edit
"""Typed models of the peaq OS Machine Markets (orchestration) API (0.2.0): the types only the ``skills`` operations use.

Frozen, slotted attrs classes with snake_case attributes. Each field keeps its camelCase wire
name in ``metadata["wire"]``; unknown response fields are kept in ``extra``; fields marked
secret never show in ``repr``.
"""

from collections.abc import Mapping
from typing import Any

import attrs
from peaq_os_sdk._generated.groups.common_models import (
    ExecutionMode,
    ExternalHandoff,
    IntegrationStatus,
    ServiceType,
    SkillAccessMode,
    SkillAuthState,
    SkillAuthType,
    SkillDirection,
    SkillDistribution,
    SkillKind,
    SkillMaturity,
    SkillScope,
    SkillSource,
)

from peaq_os_sdk._model_support import redacted_repr

__all__ = [
    "SkillSummary",
    "SkillManifestInput",
    "SkillManifestOutput",
    "SkillManifest",
    "UpdateSkillConfigRequest",
    "SkillConfigResponse",
    "ListSkillsOptions",
]


# ---- models ----------------------------------------------------------------------------------


class _SkillSummarySlots:
    """The storage of :class:`SkillSummary`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``SkillSummary`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "key",
        "provider_key",
        "label",
        "description",
        "direction",
        "scope",
        "source",
        "listed_by",
        "kind",
        "auth_type",
        "auth_state",
        "access_mode",
        "distribution",
        "maturity",
        "execution_mode",
        "integration_status",
        "requires_human_enablement",
        "service_types",
        "operations",
        "required_env",
        "last_verified_at",
        "reference_url",
        "artifact_url",
        "handoff",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class SkillSummary(_SkillSummarySlots):
    """A skill in the registry: a provider integration the machine can offer or consume.

    Attributes:
        key: Skill key (e.g. oracle.price-feed), used in skill paths (wire ``key``).
        provider_key: Key of the provider adapter (wire ``providerKey``).
        label: Human-readable name (wire ``label``).
        description: What the skill does (wire ``description``).
        direction: Whether the machine offers or consumes the skill (wire ``direction``).
        scope: Registry scope: core-product, bootstrap-reference or ecosystem (wire ``scope``).
        source: Where the skill comes from (wire ``source``).
        listed_by: Who listed the skill in the registry (wire ``listedBy``).
        kind: runtime integration or reference entry (wire ``kind``).
        auth_type: What the provider needs to authenticate a call (wire ``authType``).
        auth_state: Whether the skill's credentials are set up (wire ``authState``).
        access_mode: Who may use the skill (wire ``accessMode``).
        distribution: How the integration is distributed (wire ``distribution``).
        maturity: Maturity of the integration (wire ``maturity``).
        execution_mode: native or external-handoff (wire ``executionMode``).
        integration_status: How ready the integration is (wire ``integrationStatus``).
        requires_human_enablement: Whether a person must enable the skill before it can be used (wire
            ``requiresHumanEnablement``).
        service_types: Service types the skill serves (empty when absent) (wire ``serviceTypes``).
        operations: Operation names the skill supports (empty when absent) (wire ``operations``).
        required_env: Environment variables the integration needs (empty when absent) (wire
            ``requiredEnv``).
        last_verified_at: ISO 8601 timestamp the integration was last verified, or null (wire
            ``lastVerifiedAt``).
        reference_url: Documentation URL, or null (wire ``referenceUrl``).
        artifact_url: URL of the integration artifact, or null (wire ``artifactUrl``).
        handoff: Outside destination for a handoff skill, or null (wire ``handoff``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    label: str = attrs.field(metadata={"wire": "label"})
    description: str = attrs.field(metadata={"wire": "description"})
    direction: SkillDirection = attrs.field(metadata={"wire": "direction"})
    scope: SkillScope = attrs.field(metadata={"wire": "scope"})
    source: SkillSource = attrs.field(metadata={"wire": "source"})
    listed_by: str = attrs.field(metadata={"wire": "listedBy"})
    kind: SkillKind = attrs.field(metadata={"wire": "kind"})
    auth_type: SkillAuthType = attrs.field(metadata={"wire": "authType"})
    auth_state: SkillAuthState = attrs.field(metadata={"wire": "authState"})
    access_mode: SkillAccessMode = attrs.field(metadata={"wire": "accessMode"})
    distribution: SkillDistribution = attrs.field(metadata={"wire": "distribution"})
    maturity: SkillMaturity = attrs.field(metadata={"wire": "maturity"})
    execution_mode: ExecutionMode = attrs.field(metadata={"wire": "executionMode"})
    integration_status: IntegrationStatus = attrs.field(metadata={"wire": "integrationStatus"})
    requires_human_enablement: bool = attrs.field(metadata={"wire": "requiresHumanEnablement"})
    service_types: tuple[ServiceType, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "serviceTypes"}
    )
    operations: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "operations"}
    )
    required_env: tuple[str, ...] = attrs.field(
        default=attrs.Factory(tuple), kw_only=True, metadata={"wire": "requiredEnv"}
    )
    last_verified_at: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "lastVerifiedAt"})
    reference_url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "referenceUrl"})
    artifact_url: str | None = attrs.field(default=None, kw_only=True, metadata={"wire": "artifactUrl"})
    handoff: ExternalHandoff | None = attrs.field(default=None, kw_only=True, metadata={"wire": "handoff"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _SkillManifestInputSlots:
    """The storage of :class:`SkillManifestInput`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``SkillManifestInput`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("key", "type", "required", "description", "extra", "__weakref__")


@attrs.frozen
class SkillManifestInput(_SkillManifestInputSlots):
    """One input a skill takes.

    Attributes:
        key: Input name (wire ``key``).
        type: Type name of the input (wire ``type``).
        required: Whether the input must be given (wire ``required``).
        description: What the input means (wire ``description``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    type: str = attrs.field(metadata={"wire": "type"})
    required: bool = attrs.field(metadata={"wire": "required"})
    description: str = attrs.field(metadata={"wire": "description"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _SkillManifestOutputSlots:
    """The storage of :class:`SkillManifestOutput`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``SkillManifestOutput`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("key", "type", "description", "extra", "__weakref__")


@attrs.frozen
class SkillManifestOutput(_SkillManifestOutputSlots):
    """One output a skill returns.

    Attributes:
        key: Output name (wire ``key``).
        type: Type name of the output (wire ``type``).
        description: What the output means (wire ``description``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    type: str = attrs.field(metadata={"wire": "type"})
    description: str = attrs.field(metadata={"wire": "description"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _SkillManifestSlots:
    """The storage of :class:`SkillManifest`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``SkillManifest`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = ("key", "provider_key", "label", "summary", "inputs", "outputs", "extra", "__weakref__")


@attrs.frozen
class SkillManifest(_SkillManifestSlots):
    """The input and output contract of a skill.

    Attributes:
        key: Skill key (wire ``key``).
        provider_key: Key of the provider adapter (wire ``providerKey``).
        label: Human-readable name (wire ``label``).
        summary: Short summary of the skill (wire ``summary``).
        inputs: Inputs the skill takes (wire ``inputs``).
        outputs: Outputs the skill returns (wire ``outputs``).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    key: str = attrs.field(metadata={"wire": "key"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    label: str = attrs.field(metadata={"wire": "label"})
    summary: str = attrs.field(metadata={"wire": "summary"})
    inputs: tuple[SkillManifestInput, ...] = attrs.field(metadata={"wire": "inputs"})
    outputs: tuple[SkillManifestOutput, ...] = attrs.field(metadata={"wire": "outputs"})
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class UpdateSkillConfigRequest:
    """A partial update of a skill's configuration; only the fields sent change.

    Attributes:
        enabled: Turns the skill on or off (wire ``enabled``).
        credentials: Credentials for the provider (name to value); stored but never echoed (the view shows
            hasCredentials) (wire ``credentials``; secret: never shown in repr, errors or logs; keys kept
            exactly as written).
        settings: Non-secret settings (name to string, number or boolean) (wire ``settings``).
        extra: Additional wire fields sent as given (for fields newer than this SDK); declared fields win.
    """

    enabled: bool | None = attrs.field(
        default=None, kw_only=True, metadata={"wire": "enabled", "rules": {"type": "bool"}}
    )
    credentials: Mapping[str, str] | None = attrs.field(
        default=None,
        kw_only=True,
        repr=redacted_repr,
        metadata={
            "wire": "credentials",
            "secret": True,
            "opaque": True,
            "rules": {"type": "map", "values": {"type": "str"}},
        },
    )
    settings: Mapping[str, str | float | bool] | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "settings", "rules": {"type": "map", "values": {"type": ("string", "number", "boolean")}}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


class _SkillConfigResponseSlots:
    """The storage of :class:`SkillConfigResponse`: the response decoder fills a bare instance of this plain class and
    then turns it into a ``SkillConfigResponse`` (same layout), several times faster than storing each attribute
    past the frozen class's guard."""

    __slots__ = (
        "skill_key",
        "provider_key",
        "enabled",
        "has_credentials",
        "updated_at",
        "settings",
        "extra",
        "__weakref__",
    )


@attrs.frozen
class SkillConfigResponse(_SkillConfigResponseSlots):
    """A skill's configuration as stored (credentials are never echoed).

    Attributes:
        skill_key: The configured skill (wire ``skillKey``).
        provider_key: Key of the provider adapter (wire ``providerKey``).
        enabled: Whether the skill is on (wire ``enabled``).
        has_credentials: Whether credentials are stored (wire ``hasCredentials``).
        updated_at: ISO 8601 timestamp of the last change (wire ``updatedAt``).
        settings: Non-secret settings, kept exactly as written (empty when absent) (wire ``settings``;
            keys kept exactly as written).
        extra: Fields the server sent that this SDK version does not model, kept verbatim.
    """

    skill_key: str = attrs.field(metadata={"wire": "skillKey"})
    provider_key: str = attrs.field(metadata={"wire": "providerKey"})
    enabled: bool = attrs.field(metadata={"wire": "enabled"})
    has_credentials: bool = attrs.field(metadata={"wire": "hasCredentials"})
    updated_at: str = attrs.field(metadata={"wire": "updatedAt"})
    settings: Mapping[str, Any] = attrs.field(
        default=attrs.Factory(dict), kw_only=True, metadata={"wire": "settings", "opaque": True}
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


@attrs.frozen
class ListSkillsOptions:
    """Query filters of list_skills.

    Attributes:
        scope: Only skills of this registry scope (wire ``scope``).
        direction: Only skills of this direction (wire ``direction``).
        source: Only skills from this source (wire ``source``).
        extra: Not sent: only the filters above become query parameters.
    """

    scope: SkillScope | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "scope", "rules": {"enum": ("core-product", "bootstrap-reference", "ecosystem")}},
    )
    direction: SkillDirection | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "direction", "rules": {"enum": ("machine-offers", "machine-consumes")}},
    )
    source: SkillSource | None = attrs.field(
        default=None,
        kw_only=True,
        metadata={"wire": "source", "rules": {"enum": ("peaq", "partner", "clawhub", "external-marketplace")}},
    )
    extra: Mapping[str, Any] = attrs.field(factory=dict, kw_only=True, eq=False, repr=False, metadata={"extra": True})


# ---- unions ----------------------------------------------------------------------------------

WRAPPED: dict[type, str] = {}
"""Classes whose wire value is the value of their single field."""

DISCRIMINATED: dict[Any, tuple[tuple[str, ...], dict[str, type]]] = {}
"""Unions told apart by the value found at a path inside the body."""

CROSS_FIELD: dict[type, tuple[dict[str, Any], ...]] = {}
"""Rules a request model checks across its fields before sending (Python field names; see the spec header)."""
