# generated from spec/openapi.yaml by codegen/ — do not edit
# mypy: disable-error-code="arg-type"
# (reading is lenient on purpose: an enum value the spec does not list yet arrives as a plain str)
"""Wire-dict -> model decoders, one per response model, registered as the converter's structure hooks.

Each checks JSON types inline (no call per field on the happy path), keeps unknown keys in
``extra``, accepts unknown enum values as plain strings, and raises ShapeError (never KeyError or
TypeError) on anything else.
"""

from typing import Any

from peaq_os_sdk._generated import models as m

from peaq_os_sdk._decode_support import (
    ShapeError,
    _bad,
    _dispatch,
    _float,
    _int,
    _map_any,
    _map_str,
    _not_object,
    _set_extra,
    _tuple_of,
    _tuple_str,
)

_KNOWN_Health = frozenset(["ok"])


def decode_Health(o: Any) -> "m.Health":
    if type(o) is not dict:
        _not_object("Health", o)
    try:
        obj = m.Health(
            v if type(v := o["ok"]) is bool else _bad("Health.ok", "bool", v),
        )
    except KeyError as e:
        raise ShapeError(f"Health: missing required field {e.args[0]!r}") from None
    if not _KNOWN_Health.issuperset(o):
        _set_extra(obj, o, _KNOWN_Health)
    return obj


_KNOWN_ExternalHandoff = frozenset(["label", "url", "notes"])


def decode_ExternalHandoff(o: Any) -> "m.ExternalHandoff":
    if type(o) is not dict:
        _not_object("ExternalHandoff", o)
    try:
        obj = m.ExternalHandoff(
            v if type(v := o["label"]) is str else _bad("ExternalHandoff.label", "str", v),
            v if type(v := o["url"]) is str else _bad("ExternalHandoff.url", "str", v),
            notes=_tuple_str(o.get("notes"), "ExternalHandoff.notes"),
        )
    except KeyError as e:
        raise ShapeError(f"ExternalHandoff: missing required field {e.args[0]!r}") from None
    if not _KNOWN_ExternalHandoff.issuperset(o):
        _set_extra(obj, o, _KNOWN_ExternalHandoff)
    return obj


_KNOWN_MarketPaymentRailRecommendation = frozenset(
    [
        "defaultRail",
        "required",
        "supportedRails",
        "notes",
        "provider",
        "chain",
        "token",
        "tokenAddress",
        "tokenMint",
        "walletAddress",
        "externalUrl",
        "payerAddress",
        "payeeAddress",
    ]
)


def decode_MarketPaymentRailRecommendation(o: Any) -> "m.MarketPaymentRailRecommendation":
    if type(o) is not dict:
        _not_object("MarketPaymentRailRecommendation", o)
    try:
        obj = m.MarketPaymentRailRecommendation(
            v if type(v := o["defaultRail"]) is str else _bad("MarketPaymentRailRecommendation.default_rail", "str", v),
            v if type(v := o["required"]) is bool else _bad("MarketPaymentRailRecommendation.required", "bool", v),
            supported_rails=_tuple_str(o.get("supportedRails"), "MarketPaymentRailRecommendation.supported_rails"),
            notes=_tuple_str(o.get("notes"), "MarketPaymentRailRecommendation.notes"),
            provider=v
            if type(v := o.get("provider")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.provider", "str", v),
            chain=v
            if type(v := o.get("chain")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.chain", "str", v),
            token=v
            if type(v := o.get("token")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token", "str", v),
            token_address=v
            if type(v := o.get("tokenAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token_address", "str", v),
            token_mint=v
            if type(v := o.get("tokenMint")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.token_mint", "str", v),
            wallet_address=v
            if type(v := o.get("walletAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.wallet_address", "str", v),
            external_url=v
            if type(v := o.get("externalUrl")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.external_url", "str", v),
            payer_address=v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.payer_address", "str", v),
            payee_address=v
            if type(v := o.get("payeeAddress")) is str or v is None
            else _bad("MarketPaymentRailRecommendation.payee_address", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketPaymentRailRecommendation: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MarketPaymentRailRecommendation.issuperset(o):
        _set_extra(obj, o, _KNOWN_MarketPaymentRailRecommendation)
    return obj


_KNOWN_MachineIdentityChallengeResponse = frozenset(
    ["challengeId", "identityRef", "message", "expiresAt", "verificationMethod", "controllerAddresses"]
)


def decode_MachineIdentityChallengeResponse(o: Any) -> "m.MachineIdentityChallengeResponse":
    if type(o) is not dict:
        _not_object("MachineIdentityChallengeResponse", o)
    try:
        obj = m.MachineIdentityChallengeResponse(
            v
            if type(v := o["challengeId"]) is str
            else _bad("MachineIdentityChallengeResponse.challenge_id", "str", v),
            v
            if type(v := o["identityRef"]) is str
            else _bad("MachineIdentityChallengeResponse.identity_ref", "str", v),
            v if type(v := o["message"]) is str else _bad("MachineIdentityChallengeResponse.message", "str", v),
            v if type(v := o["expiresAt"]) is str else _bad("MachineIdentityChallengeResponse.expires_at", "str", v),
            v
            if type(v := o["verificationMethod"]) is str
            else _bad("MachineIdentityChallengeResponse.verification_method", "str", v),
            _tuple_str(o["controllerAddresses"], "MachineIdentityChallengeResponse.controller_addresses"),
        )
    except KeyError as e:
        raise ShapeError(f"MachineIdentityChallengeResponse: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MachineIdentityChallengeResponse.issuperset(o):
        _set_extra(obj, o, _KNOWN_MachineIdentityChallengeResponse)
    return obj


_KNOWN_MachineIdentityProof = frozenset(
    [
        "method",
        "identityRef",
        "signerAddress",
        "challengeId",
        "verifiedAt",
        "challengeExpiresAt",
        "resolutionSource",
        "controllerAddresses",
    ]
)


def decode_MachineIdentityProof(o: Any) -> "m.MachineIdentityProof":
    if type(o) is not dict:
        _not_object("MachineIdentityProof", o)
    try:
        obj = m.MachineIdentityProof(
            v if type(v := o["method"]) is str else _bad("MachineIdentityProof.method", "str", v),
            v if type(v := o["identityRef"]) is str else _bad("MachineIdentityProof.identity_ref", "str", v),
            v if type(v := o["signerAddress"]) is str else _bad("MachineIdentityProof.signer_address", "str", v),
            v if type(v := o["challengeId"]) is str else _bad("MachineIdentityProof.challenge_id", "str", v),
            v if type(v := o["verifiedAt"]) is str else _bad("MachineIdentityProof.verified_at", "str", v),
            v
            if type(v := o["challengeExpiresAt"]) is str
            else _bad("MachineIdentityProof.challenge_expires_at", "str", v),
            v if type(v := o["resolutionSource"]) is str else _bad("MachineIdentityProof.resolution_source", "str", v),
            controller_addresses=_tuple_str(o.get("controllerAddresses"), "MachineIdentityProof.controller_addresses"),
        )
    except KeyError as e:
        raise ShapeError(f"MachineIdentityProof: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MachineIdentityProof.issuperset(o):
        _set_extra(obj, o, _KNOWN_MachineIdentityProof)
    return obj


_KNOWN_Machine = frozenset(
    [
        "id",
        "displayName",
        "status",
        "ownerId",
        "machineType",
        "runtimeProfile",
        "capabilities",
        "labels",
        "policyIds",
        "skillKeys",
        "createdAt",
        "updatedAt",
        "identityRef",
        "identityProof",
    ]
)


def decode_Machine(o: Any) -> "m.Machine":
    if type(o) is not dict:
        _not_object("Machine", o)
    try:
        obj = m.Machine(
            v if type(v := o["id"]) is str else _bad("Machine.id", "str", v),
            v if type(v := o["displayName"]) is str else _bad("Machine.display_name", "str", v),
            v if type(v := o["status"]) is str else _bad("Machine.status", "str", v),
            v if type(v := o["ownerId"]) is str else _bad("Machine.owner_id", "str", v),
            v if type(v := o["machineType"]) is str else _bad("Machine.machine_type", "str", v),
            v if type(v := o["runtimeProfile"]) is str else _bad("Machine.runtime_profile", "str", v),
            v if type(v := o["createdAt"]) is str else _bad("Machine.created_at", "str", v),
            v if type(v := o["updatedAt"]) is str else _bad("Machine.updated_at", "str", v),
            capabilities=_tuple_str(o.get("capabilities"), "Machine.capabilities"),
            labels=_map_str(o.get("labels"), "Machine.labels"),
            policy_ids=_tuple_str(o.get("policyIds"), "Machine.policy_ids"),
            skill_keys=_tuple_str(o.get("skillKeys"), "Machine.skill_keys"),
            identity_ref=v
            if type(v := o.get("identityRef")) is str or v is None
            else _bad("Machine.identity_ref", "str", v),
            identity_proof=None if (v := o.get("identityProof")) is None else decode_MachineIdentityProof(v),
        )
    except KeyError as e:
        raise ShapeError(f"Machine: missing required field {e.args[0]!r}") from None
    if not _KNOWN_Machine.issuperset(o):
        _set_extra(obj, o, _KNOWN_Machine)
    return obj


_KNOWN_MachineAgent = frozenset(
    [
        "id",
        "machineId",
        "label",
        "status",
        "createdAt",
        "updatedAt",
        "allowedProviderKeys",
        "lastSeenAt",
        "provisioningToken",
    ]
)


def decode_MachineAgent(o: Any) -> "m.MachineAgent":
    if type(o) is not dict:
        _not_object("MachineAgent", o)
    try:
        obj = m.MachineAgent(
            v if type(v := o["id"]) is str else _bad("MachineAgent.id", "str", v),
            v if type(v := o["machineId"]) is str else _bad("MachineAgent.machine_id", "str", v),
            v if type(v := o["label"]) is str else _bad("MachineAgent.label", "str", v),
            v if type(v := o["status"]) is str else _bad("MachineAgent.status", "str", v),
            v if type(v := o["createdAt"]) is str else _bad("MachineAgent.created_at", "str", v),
            v if type(v := o["updatedAt"]) is str else _bad("MachineAgent.updated_at", "str", v),
            allowed_provider_keys=_tuple_str(o.get("allowedProviderKeys"), "MachineAgent.allowed_provider_keys"),
            last_seen_at=v
            if type(v := o.get("lastSeenAt")) is str or v is None
            else _bad("MachineAgent.last_seen_at", "str", v),
            provisioning_token=v
            if type(v := o.get("provisioningToken")) is str or v is None
            else _bad("MachineAgent.provisioning_token", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MachineAgent: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MachineAgent.issuperset(o):
        _set_extra(obj, o, _KNOWN_MachineAgent)
    return obj


_KNOWN_HeartbeatEndpointResult = frozenset(
    ["providerKey", "endpointBaseUrl", "status", "leaseExpiresAt", "healthError"]
)


def decode_HeartbeatEndpointResult(o: Any) -> "m.HeartbeatEndpointResult":
    if type(o) is not dict:
        _not_object("HeartbeatEndpointResult", o)
    try:
        obj = m.HeartbeatEndpointResult(
            v if type(v := o["providerKey"]) is str else _bad("HeartbeatEndpointResult.provider_key", "str", v),
            v
            if type(v := o["endpointBaseUrl"]) is str
            else _bad("HeartbeatEndpointResult.endpoint_base_url", "str", v),
            v if type(v := o["status"]) is str else _bad("HeartbeatEndpointResult.status", "str", v),
            v if type(v := o["leaseExpiresAt"]) is str else _bad("HeartbeatEndpointResult.lease_expires_at", "str", v),
            health_error=v
            if type(v := o.get("healthError")) is str or v is None
            else _bad("HeartbeatEndpointResult.health_error", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"HeartbeatEndpointResult: missing required field {e.args[0]!r}") from None
    if not _KNOWN_HeartbeatEndpointResult.issuperset(o):
        _set_extra(obj, o, _KNOWN_HeartbeatEndpointResult)
    return obj


_KNOWN_MachineAgentHeartbeatResponse = frozenset(["machineId", "agentId", "leaseTtlSeconds", "observedAt", "endpoints"])


def decode_MachineAgentHeartbeatResponse(o: Any) -> "m.MachineAgentHeartbeatResponse":
    if type(o) is not dict:
        _not_object("MachineAgentHeartbeatResponse", o)
    try:
        obj = m.MachineAgentHeartbeatResponse(
            v if type(v := o["machineId"]) is str else _bad("MachineAgentHeartbeatResponse.machine_id", "str", v),
            v if type(v := o["agentId"]) is str else _bad("MachineAgentHeartbeatResponse.agent_id", "str", v),
            v if type(v := o["leaseTtlSeconds"]) is int else _int(v, "MachineAgentHeartbeatResponse.lease_ttl_seconds"),
            v if type(v := o["observedAt"]) is str else _bad("MachineAgentHeartbeatResponse.observed_at", "str", v),
            _tuple_of(o["endpoints"], decode_HeartbeatEndpointResult, "MachineAgentHeartbeatResponse.endpoints"),
        )
    except KeyError as e:
        raise ShapeError(f"MachineAgentHeartbeatResponse: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MachineAgentHeartbeatResponse.issuperset(o):
        _set_extra(obj, o, _KNOWN_MachineAgentHeartbeatResponse)
    return obj


_KNOWN_AgentPairingChallengeResponse = frozenset(
    [
        "challengeId",
        "agentAddress",
        "message",
        "expiresAt",
        "verificationMethod",
        "machineId",
        "machineIdentityRef",
        "agentDid",
        "agentProvider",
        "agentRole",
    ]
)


def decode_AgentPairingChallengeResponse(o: Any) -> "m.AgentPairingChallengeResponse":
    if type(o) is not dict:
        _not_object("AgentPairingChallengeResponse", o)
    try:
        obj = m.AgentPairingChallengeResponse(
            v if type(v := o["challengeId"]) is str else _bad("AgentPairingChallengeResponse.challenge_id", "str", v),
            v if type(v := o["agentAddress"]) is str else _bad("AgentPairingChallengeResponse.agent_address", "str", v),
            v if type(v := o["message"]) is str else _bad("AgentPairingChallengeResponse.message", "str", v),
            v if type(v := o["expiresAt"]) is str else _bad("AgentPairingChallengeResponse.expires_at", "str", v),
            v
            if type(v := o["verificationMethod"]) is str
            else _bad("AgentPairingChallengeResponse.verification_method", "str", v),
            machine_id=v
            if type(v := o.get("machineId")) is str or v is None
            else _bad("AgentPairingChallengeResponse.machine_id", "str", v),
            machine_identity_ref=v
            if type(v := o.get("machineIdentityRef")) is str or v is None
            else _bad("AgentPairingChallengeResponse.machine_identity_ref", "str", v),
            agent_did=v
            if type(v := o.get("agentDid")) is str or v is None
            else _bad("AgentPairingChallengeResponse.agent_did", "str", v),
            agent_provider=v
            if type(v := o.get("agentProvider")) is str or v is None
            else _bad("AgentPairingChallengeResponse.agent_provider", "str", v),
            agent_role=v
            if type(v := o.get("agentRole")) is str or v is None
            else _bad("AgentPairingChallengeResponse.agent_role", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairingChallengeResponse: missing required field {e.args[0]!r}") from None
    if not _KNOWN_AgentPairingChallengeResponse.issuperset(o):
        _set_extra(obj, o, _KNOWN_AgentPairingChallengeResponse)
    return obj


_KNOWN_DelegationPolicy = frozenset(
    [
        "allowedSkillKeys",
        "deniedSkillKeys",
        "allowedServiceIds",
        "deniedServiceIds",
        "perTransactionLimit",
        "dailySpendLimit",
        "currency",
    ]
)


def decode_DelegationPolicy(o: Any) -> "m.DelegationPolicy":
    if type(o) is not dict:
        _not_object("DelegationPolicy", o)
    try:
        obj = m.DelegationPolicy(
            allowed_skill_keys=_tuple_str(o.get("allowedSkillKeys"), "DelegationPolicy.allowed_skill_keys"),
            denied_skill_keys=_tuple_str(o.get("deniedSkillKeys"), "DelegationPolicy.denied_skill_keys"),
            allowed_service_ids=_tuple_str(o.get("allowedServiceIds"), "DelegationPolicy.allowed_service_ids"),
            denied_service_ids=_tuple_str(o.get("deniedServiceIds"), "DelegationPolicy.denied_service_ids"),
            per_transaction_limit=v
            if type(v := o.get("perTransactionLimit")) is float
            else _float(v, "DelegationPolicy.per_transaction_limit", True),
            daily_spend_limit=v
            if type(v := o.get("dailySpendLimit")) is float
            else _float(v, "DelegationPolicy.daily_spend_limit", True),
            currency=v
            if type(v := o.get("currency")) is str or v is None
            else _bad("DelegationPolicy.currency", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"DelegationPolicy: missing required field {e.args[0]!r}") from None
    if not _KNOWN_DelegationPolicy.issuperset(o):
        _set_extra(obj, o, _KNOWN_DelegationPolicy)
    return obj


_KNOWN_AgentPairingVerification = frozenset(["method", "signerAddress", "verifiedAt", "challengeExpiresAt"])


def decode_AgentPairingVerification(o: Any) -> "m.AgentPairingVerification":
    if type(o) is not dict:
        _not_object("AgentPairingVerification", o)
    try:
        obj = m.AgentPairingVerification(
            v if type(v := o["method"]) is str else _bad("AgentPairingVerification.method", "str", v),
            v if type(v := o["signerAddress"]) is str else _bad("AgentPairingVerification.signer_address", "str", v),
            v if type(v := o["verifiedAt"]) is str else _bad("AgentPairingVerification.verified_at", "str", v),
            v
            if type(v := o["challengeExpiresAt"]) is str
            else _bad("AgentPairingVerification.challenge_expires_at", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairingVerification: missing required field {e.args[0]!r}") from None
    if not _KNOWN_AgentPairingVerification.issuperset(o):
        _set_extra(obj, o, _KNOWN_AgentPairingVerification)
    return obj


_KNOWN_AgentPairing = frozenset(
    [
        "id",
        "machineId",
        "status",
        "agentAddress",
        "agentProvider",
        "agentRole",
        "delegationPolicy",
        "hasAuthToken",
        "createdAt",
        "updatedAt",
        "agentDid",
        "description",
        "verification",
        "tokenLastFour",
        "sessionId",
        "sessionTokenId",
        "sessionIssuedAt",
        "sessionExpiresAt",
        "pairingToken",
    ]
)


def decode_AgentPairing(o: Any) -> "m.AgentPairing":
    if type(o) is not dict:
        _not_object("AgentPairing", o)
    try:
        obj = m.AgentPairing(
            v if type(v := o["id"]) is str else _bad("AgentPairing.id", "str", v),
            v if type(v := o["machineId"]) is str else _bad("AgentPairing.machine_id", "str", v),
            v if type(v := o["status"]) is str else _bad("AgentPairing.status", "str", v),
            v if type(v := o["agentAddress"]) is str else _bad("AgentPairing.agent_address", "str", v),
            v if type(v := o["agentProvider"]) is str else _bad("AgentPairing.agent_provider", "str", v),
            v if type(v := o["agentRole"]) is str else _bad("AgentPairing.agent_role", "str", v),
            decode_DelegationPolicy(o["delegationPolicy"]),
            v if type(v := o["hasAuthToken"]) is bool else _bad("AgentPairing.has_auth_token", "bool", v),
            v if type(v := o["createdAt"]) is str else _bad("AgentPairing.created_at", "str", v),
            v if type(v := o["updatedAt"]) is str else _bad("AgentPairing.updated_at", "str", v),
            agent_did=v
            if type(v := o.get("agentDid")) is str or v is None
            else _bad("AgentPairing.agent_did", "str", v),
            description=v
            if type(v := o.get("description")) is str or v is None
            else _bad("AgentPairing.description", "str", v),
            verification=None if (v := o.get("verification")) is None else decode_AgentPairingVerification(v),
            token_last_four=v
            if type(v := o.get("tokenLastFour")) is str or v is None
            else _bad("AgentPairing.token_last_four", "str", v),
            session_id=v
            if type(v := o.get("sessionId")) is str or v is None
            else _bad("AgentPairing.session_id", "str", v),
            session_token_id=v
            if type(v := o.get("sessionTokenId")) is str or v is None
            else _bad("AgentPairing.session_token_id", "str", v),
            session_issued_at=v
            if type(v := o.get("sessionIssuedAt")) is str or v is None
            else _bad("AgentPairing.session_issued_at", "str", v),
            session_expires_at=v
            if type(v := o.get("sessionExpiresAt")) is str or v is None
            else _bad("AgentPairing.session_expires_at", "str", v),
            pairing_token=v
            if type(v := o.get("pairingToken")) is str or v is None
            else _bad("AgentPairing.pairing_token", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"AgentPairing: missing required field {e.args[0]!r}") from None
    if not _KNOWN_AgentPairing.issuperset(o):
        _set_extra(obj, o, _KNOWN_AgentPairing)
    return obj


_KNOWN_RuntimeEndpoint = frozenset(
    [
        "id",
        "machineId",
        "providerKey",
        "source",
        "label",
        "endpointBaseUrl",
        "authType",
        "hasAuthToken",
        "networkScope",
        "status",
        "createdAt",
        "updatedAt",
        "probePath",
        "agentId",
        "modelAlias",
        "leaseExpiresAt",
        "lastCheckedAt",
        "lastHealthyAt",
    ]
)


def decode_RuntimeEndpoint(o: Any) -> "m.RuntimeEndpoint":
    if type(o) is not dict:
        _not_object("RuntimeEndpoint", o)
    try:
        obj = m.RuntimeEndpoint(
            v if type(v := o["id"]) is str else _bad("RuntimeEndpoint.id", "str", v),
            v if type(v := o["machineId"]) is str else _bad("RuntimeEndpoint.machine_id", "str", v),
            v if type(v := o["providerKey"]) is str else _bad("RuntimeEndpoint.provider_key", "str", v),
            v if type(v := o["source"]) is str else _bad("RuntimeEndpoint.source", "str", v),
            v if type(v := o["label"]) is str else _bad("RuntimeEndpoint.label", "str", v),
            v if type(v := o["endpointBaseUrl"]) is str else _bad("RuntimeEndpoint.endpoint_base_url", "str", v),
            v if type(v := o["authType"]) is str else _bad("RuntimeEndpoint.auth_type", "str", v),
            v if type(v := o["hasAuthToken"]) is bool else _bad("RuntimeEndpoint.has_auth_token", "bool", v),
            v if type(v := o["networkScope"]) is str else _bad("RuntimeEndpoint.network_scope", "str", v),
            v if type(v := o["status"]) is str else _bad("RuntimeEndpoint.status", "str", v),
            v if type(v := o["createdAt"]) is str else _bad("RuntimeEndpoint.created_at", "str", v),
            v if type(v := o["updatedAt"]) is str else _bad("RuntimeEndpoint.updated_at", "str", v),
            probe_path=v
            if type(v := o.get("probePath", "")) is str or v is None
            else _bad("RuntimeEndpoint.probe_path", "str", v),
            agent_id=v
            if type(v := o.get("agentId")) is str or v is None
            else _bad("RuntimeEndpoint.agent_id", "str", v),
            model_alias=v
            if type(v := o.get("modelAlias")) is str or v is None
            else _bad("RuntimeEndpoint.model_alias", "str", v),
            lease_expires_at=v
            if type(v := o.get("leaseExpiresAt")) is str or v is None
            else _bad("RuntimeEndpoint.lease_expires_at", "str", v),
            last_checked_at=v
            if type(v := o.get("lastCheckedAt")) is str or v is None
            else _bad("RuntimeEndpoint.last_checked_at", "str", v),
            last_healthy_at=v
            if type(v := o.get("lastHealthyAt")) is str or v is None
            else _bad("RuntimeEndpoint.last_healthy_at", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"RuntimeEndpoint: missing required field {e.args[0]!r}") from None
    if not _KNOWN_RuntimeEndpoint.issuperset(o):
        _set_extra(obj, o, _KNOWN_RuntimeEndpoint)
    return obj


_KNOWN_SkillSummary = frozenset(
    [
        "key",
        "providerKey",
        "label",
        "description",
        "direction",
        "scope",
        "source",
        "listedBy",
        "kind",
        "authType",
        "authState",
        "accessMode",
        "distribution",
        "maturity",
        "executionMode",
        "integrationStatus",
        "requiresHumanEnablement",
        "serviceTypes",
        "operations",
        "requiredEnv",
        "lastVerifiedAt",
        "referenceUrl",
        "artifactUrl",
        "handoff",
    ]
)


def decode_SkillSummary(o: Any) -> "m.SkillSummary":
    if type(o) is not dict:
        _not_object("SkillSummary", o)
    try:
        obj = m.SkillSummary(
            v if type(v := o["key"]) is str else _bad("SkillSummary.key", "str", v),
            v if type(v := o["providerKey"]) is str else _bad("SkillSummary.provider_key", "str", v),
            v if type(v := o["label"]) is str else _bad("SkillSummary.label", "str", v),
            v if type(v := o["description"]) is str else _bad("SkillSummary.description", "str", v),
            v if type(v := o["direction"]) is str else _bad("SkillSummary.direction", "str", v),
            v if type(v := o["scope"]) is str else _bad("SkillSummary.scope", "str", v),
            v if type(v := o["source"]) is str else _bad("SkillSummary.source", "str", v),
            v if type(v := o["listedBy"]) is str else _bad("SkillSummary.listed_by", "str", v),
            v if type(v := o["kind"]) is str else _bad("SkillSummary.kind", "str", v),
            v if type(v := o["authType"]) is str else _bad("SkillSummary.auth_type", "str", v),
            v if type(v := o["authState"]) is str else _bad("SkillSummary.auth_state", "str", v),
            v if type(v := o["accessMode"]) is str else _bad("SkillSummary.access_mode", "str", v),
            v if type(v := o["distribution"]) is str else _bad("SkillSummary.distribution", "str", v),
            v if type(v := o["maturity"]) is str else _bad("SkillSummary.maturity", "str", v),
            v if type(v := o["executionMode"]) is str else _bad("SkillSummary.execution_mode", "str", v),
            v if type(v := o["integrationStatus"]) is str else _bad("SkillSummary.integration_status", "str", v),
            v
            if type(v := o["requiresHumanEnablement"]) is bool
            else _bad("SkillSummary.requires_human_enablement", "bool", v),
            service_types=_tuple_str(o.get("serviceTypes"), "SkillSummary.service_types"),
            operations=_tuple_str(o.get("operations"), "SkillSummary.operations"),
            required_env=_tuple_str(o.get("requiredEnv"), "SkillSummary.required_env"),
            last_verified_at=v
            if type(v := o.get("lastVerifiedAt")) is str or v is None
            else _bad("SkillSummary.last_verified_at", "str", v),
            reference_url=v
            if type(v := o.get("referenceUrl")) is str or v is None
            else _bad("SkillSummary.reference_url", "str", v),
            artifact_url=v
            if type(v := o.get("artifactUrl")) is str or v is None
            else _bad("SkillSummary.artifact_url", "str", v),
            handoff=None if (v := o.get("handoff")) is None else decode_ExternalHandoff(v),
        )
    except KeyError as e:
        raise ShapeError(f"SkillSummary: missing required field {e.args[0]!r}") from None
    if not _KNOWN_SkillSummary.issuperset(o):
        _set_extra(obj, o, _KNOWN_SkillSummary)
    return obj


_KNOWN_SkillManifestInput = frozenset(["key", "type", "required", "description"])


def decode_SkillManifestInput(o: Any) -> "m.SkillManifestInput":
    if type(o) is not dict:
        _not_object("SkillManifestInput", o)
    try:
        obj = m.SkillManifestInput(
            v if type(v := o["key"]) is str else _bad("SkillManifestInput.key", "str", v),
            v if type(v := o["type"]) is str else _bad("SkillManifestInput.type", "str", v),
            v if type(v := o["required"]) is bool else _bad("SkillManifestInput.required", "bool", v),
            v if type(v := o["description"]) is str else _bad("SkillManifestInput.description", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"SkillManifestInput: missing required field {e.args[0]!r}") from None
    if not _KNOWN_SkillManifestInput.issuperset(o):
        _set_extra(obj, o, _KNOWN_SkillManifestInput)
    return obj


_KNOWN_SkillManifestOutput = frozenset(["key", "type", "description"])


def decode_SkillManifestOutput(o: Any) -> "m.SkillManifestOutput":
    if type(o) is not dict:
        _not_object("SkillManifestOutput", o)
    try:
        obj = m.SkillManifestOutput(
            v if type(v := o["key"]) is str else _bad("SkillManifestOutput.key", "str", v),
            v if type(v := o["type"]) is str else _bad("SkillManifestOutput.type", "str", v),
            v if type(v := o["description"]) is str else _bad("SkillManifestOutput.description", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"SkillManifestOutput: missing required field {e.args[0]!r}") from None
    if not _KNOWN_SkillManifestOutput.issuperset(o):
        _set_extra(obj, o, _KNOWN_SkillManifestOutput)
    return obj


_KNOWN_SkillManifest = frozenset(["key", "providerKey", "label", "summary", "inputs", "outputs"])


def decode_SkillManifest(o: Any) -> "m.SkillManifest":
    if type(o) is not dict:
        _not_object("SkillManifest", o)
    try:
        obj = m.SkillManifest(
            v if type(v := o["key"]) is str else _bad("SkillManifest.key", "str", v),
            v if type(v := o["providerKey"]) is str else _bad("SkillManifest.provider_key", "str", v),
            v if type(v := o["label"]) is str else _bad("SkillManifest.label", "str", v),
            v if type(v := o["summary"]) is str else _bad("SkillManifest.summary", "str", v),
            _tuple_of(o["inputs"], decode_SkillManifestInput, "SkillManifest.inputs"),
            _tuple_of(o["outputs"], decode_SkillManifestOutput, "SkillManifest.outputs"),
        )
    except KeyError as e:
        raise ShapeError(f"SkillManifest: missing required field {e.args[0]!r}") from None
    if not _KNOWN_SkillManifest.issuperset(o):
        _set_extra(obj, o, _KNOWN_SkillManifest)
    return obj


_KNOWN_SkillConfigResponse = frozenset(
    ["skillKey", "providerKey", "enabled", "hasCredentials", "updatedAt", "settings"]
)


def decode_SkillConfigResponse(o: Any) -> "m.SkillConfigResponse":
    if type(o) is not dict:
        _not_object("SkillConfigResponse", o)
    try:
        obj = m.SkillConfigResponse(
            v if type(v := o["skillKey"]) is str else _bad("SkillConfigResponse.skill_key", "str", v),
            v if type(v := o["providerKey"]) is str else _bad("SkillConfigResponse.provider_key", "str", v),
            v if type(v := o["enabled"]) is bool else _bad("SkillConfigResponse.enabled", "bool", v),
            v if type(v := o["hasCredentials"]) is bool else _bad("SkillConfigResponse.has_credentials", "bool", v),
            v if type(v := o["updatedAt"]) is str else _bad("SkillConfigResponse.updated_at", "str", v),
            settings=v if type(v := o.get("settings")) is dict else _map_any(v, "SkillConfigResponse.settings"),
        )
    except KeyError as e:
        raise ShapeError(f"SkillConfigResponse: missing required field {e.args[0]!r}") from None
    if not _KNOWN_SkillConfigResponse.issuperset(o):
        _set_extra(obj, o, _KNOWN_SkillConfigResponse)
    return obj


_KNOWN_FieldSpec = frozenset(["key", "type", "description", "default", "example"])


def decode_FieldSpec(o: Any) -> "m.FieldSpec":
    if type(o) is not dict:
        _not_object("FieldSpec", o)
    try:
        obj = m.FieldSpec(
            v if type(v := o["key"]) is str else _bad("FieldSpec.key", "str", v),
            v if type(v := o["type"]) is str else _bad("FieldSpec.type", "str", v),
            description=v
            if type(v := o.get("description")) is str or v is None
            else _bad("FieldSpec.description", "str", v),
            default=o.get("default"),
            example=o.get("example"),
        )
    except KeyError as e:
        raise ShapeError(f"FieldSpec: missing required field {e.args[0]!r}") from None
    if not _KNOWN_FieldSpec.issuperset(o):
        _set_extra(obj, o, _KNOWN_FieldSpec)
    return obj


_KNOWN_OperationContract = frozenset(
    ["operation", "inputFields", "outputFields", "exampleInput", "exampleOutput", "providerRequest", "summary", "notes"]
)


def decode_OperationContract(o: Any) -> "m.OperationContract":
    if type(o) is not dict:
        _not_object("OperationContract", o)
    try:
        obj = m.OperationContract(
            v if type(v := o["operation"]) is str else _bad("OperationContract.operation", "str", v),
            input_fields=_tuple_of(o.get("inputFields"), decode_FieldSpec, "OperationContract.input_fields"),
            output_fields=_tuple_of(o.get("outputFields"), decode_FieldSpec, "OperationContract.output_fields"),
            example_input=v
            if type(v := o.get("exampleInput")) is dict
            else _map_any(v, "OperationContract.example_input"),
            example_output=o.get("exampleOutput"),
            provider_request=v
            if type(v := o.get("providerRequest")) is dict or v is None
            else _map_any(v, "OperationContract.provider_request"),
            summary=v
            if type(v := o.get("summary")) is str or v is None
            else _bad("OperationContract.summary", "str", v),
            notes=_tuple_str(o.get("notes"), "OperationContract.notes"),
        )
    except KeyError as e:
        raise ShapeError(f"OperationContract: missing required field {e.args[0]!r}") from None
    if not _KNOWN_OperationContract.issuperset(o):
        _set_extra(obj, o, _KNOWN_OperationContract)
    return obj


_KNOWN_MarketPricing = frozenset(["mode", "amount", "currency", "rate", "notes"])


def decode_MarketPricing(o: Any) -> "m.MarketPricing":
    if type(o) is not dict:
        _not_object("MarketPricing", o)
    try:
        obj = m.MarketPricing(
            v if type(v := o["mode"]) is str else _bad("MarketPricing.mode", "str", v),
            amount=v if type(v := o.get("amount")) is float else _float(v, "MarketPricing.amount", True),
            currency=v
            if type(v := o.get("currency")) is str or v is None
            else _bad("MarketPricing.currency", "str", v),
            rate=v if type(v := o.get("rate")) is str or v is None else _bad("MarketPricing.rate", "str", v),
            notes=_tuple_str(o.get("notes"), "MarketPricing.notes"),
        )
    except KeyError as e:
        raise ShapeError(f"MarketPricing: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MarketPricing.issuperset(o):
        _set_extra(obj, o, _KNOWN_MarketPricing)
    return obj


_KNOWN_MarketService = frozenset(
    [
        "id",
        "skillKey",
        "providerKey",
        "providerId",
        "providerLabel",
        "serviceType",
        "name",
        "description",
        "authType",
        "accessMode",
        "executionMode",
        "integrationStatus",
        "distribution",
        "maturity",
        "kind",
        "region",
        "freshnessSeconds",
        "requiresHumanEnablement",
        "updatedAt",
        "operations",
        "capabilities",
        "metadata",
        "companyName",
        "referenceUrl",
        "artifactUrl",
        "handoff",
        "operationContracts",
        "pricing",
        "payment",
    ]
)


def decode_MarketService(o: Any) -> "m.MarketService":
    if type(o) is not dict:
        _not_object("MarketService", o)
    try:
        obj = m.MarketService(
            v if type(v := o["id"]) is str else _bad("MarketService.id", "str", v),
            v if type(v := o["skillKey"]) is str else _bad("MarketService.skill_key", "str", v),
            v if type(v := o["providerKey"]) is str else _bad("MarketService.provider_key", "str", v),
            v if type(v := o["providerId"]) is str else _bad("MarketService.provider_id", "str", v),
            v if type(v := o["providerLabel"]) is str else _bad("MarketService.provider_label", "str", v),
            v if type(v := o["serviceType"]) is str else _bad("MarketService.service_type", "str", v),
            v if type(v := o["name"]) is str else _bad("MarketService.name", "str", v),
            v if type(v := o["description"]) is str else _bad("MarketService.description", "str", v),
            v if type(v := o["authType"]) is str else _bad("MarketService.auth_type", "str", v),
            v if type(v := o["accessMode"]) is str else _bad("MarketService.access_mode", "str", v),
            v if type(v := o["executionMode"]) is str else _bad("MarketService.execution_mode", "str", v),
            v if type(v := o["integrationStatus"]) is str else _bad("MarketService.integration_status", "str", v),
            v if type(v := o["distribution"]) is str else _bad("MarketService.distribution", "str", v),
            v if type(v := o["maturity"]) is str else _bad("MarketService.maturity", "str", v),
            v if type(v := o["kind"]) is str else _bad("MarketService.kind", "str", v),
            v if type(v := o["region"]) is str else _bad("MarketService.region", "str", v),
            v if type(v := o["freshnessSeconds"]) is int else _int(v, "MarketService.freshness_seconds"),
            v
            if type(v := o["requiresHumanEnablement"]) is bool
            else _bad("MarketService.requires_human_enablement", "bool", v),
            v if type(v := o["updatedAt"]) is str else _bad("MarketService.updated_at", "str", v),
            operations=_tuple_str(o.get("operations"), "MarketService.operations"),
            capabilities=_tuple_str(o.get("capabilities"), "MarketService.capabilities"),
            metadata=v if type(v := o.get("metadata")) is dict else _map_any(v, "MarketService.metadata"),
            company_name=v
            if type(v := o.get("companyName")) is str or v is None
            else _bad("MarketService.company_name", "str", v),
            reference_url=v
            if type(v := o.get("referenceUrl")) is str or v is None
            else _bad("MarketService.reference_url", "str", v),
            artifact_url=v
            if type(v := o.get("artifactUrl")) is str or v is None
            else _bad("MarketService.artifact_url", "str", v),
            handoff=None if (v := o.get("handoff")) is None else decode_ExternalHandoff(v),
            operation_contracts=_tuple_of(
                o.get("operationContracts"), decode_OperationContract, "MarketService.operation_contracts"
            ),
            pricing=None if (v := o.get("pricing")) is None else decode_MarketPricing(v),
            payment=None if (v := o.get("payment")) is None else decode_MarketPaymentRailRecommendation(v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketService: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MarketService.issuperset(o):
        _set_extra(obj, o, _KNOWN_MarketService)
    return obj


_KNOWN_NormalizedTask = frozenset(
    ["serviceType", "allowExternalHandoff", "requireNativeExecution", "requiredCapabilities", "operation", "region"]
)


def decode_NormalizedTask(o: Any) -> "m.NormalizedTask":
    if type(o) is not dict:
        _not_object("NormalizedTask", o)
    try:
        obj = m.NormalizedTask(
            v if type(v := o["serviceType"]) is str else _bad("NormalizedTask.service_type", "str", v),
            v
            if type(v := o["allowExternalHandoff"]) is bool
            else _bad("NormalizedTask.allow_external_handoff", "bool", v),
            v
            if type(v := o["requireNativeExecution"]) is bool
            else _bad("NormalizedTask.require_native_execution", "bool", v),
            required_capabilities=_tuple_str(o.get("requiredCapabilities"), "NormalizedTask.required_capabilities"),
            operation=v
            if type(v := o.get("operation")) is str or v is None
            else _bad("NormalizedTask.operation", "str", v),
            region=v if type(v := o.get("region")) is str or v is None else _bad("NormalizedTask.region", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"NormalizedTask: missing required field {e.args[0]!r}") from None
    if not _KNOWN_NormalizedTask.issuperset(o):
        _set_extra(obj, o, _KNOWN_NormalizedTask)
    return obj


_KNOWN_MarketQuote = frozenset(
    [
        "id",
        "serviceId",
        "skillKey",
        "providerKey",
        "executionMode",
        "integrationStatus",
        "operation",
        "score",
        "pricing",
        "payment",
        "expiresAt",
        "reasons",
        "handoff",
    ]
)


def decode_MarketQuote(o: Any) -> "m.MarketQuote":
    if type(o) is not dict:
        _not_object("MarketQuote", o)
    try:
        obj = m.MarketQuote(
            v if type(v := o["id"]) is str else _bad("MarketQuote.id", "str", v),
            v if type(v := o["serviceId"]) is str else _bad("MarketQuote.service_id", "str", v),
            v if type(v := o["skillKey"]) is str else _bad("MarketQuote.skill_key", "str", v),
            v if type(v := o["providerKey"]) is str else _bad("MarketQuote.provider_key", "str", v),
            v if type(v := o["executionMode"]) is str else _bad("MarketQuote.execution_mode", "str", v),
            v if type(v := o["integrationStatus"]) is str else _bad("MarketQuote.integration_status", "str", v),
            v if type(v := o["operation"]) is str else _bad("MarketQuote.operation", "str", v),
            v if type(v := o["score"]) is float else _float(v, "MarketQuote.score", False),
            decode_MarketPricing(o["pricing"]),
            decode_MarketPaymentRailRecommendation(o["payment"]),
            v if type(v := o["expiresAt"]) is str else _bad("MarketQuote.expires_at", "str", v),
            reasons=_tuple_str(o.get("reasons"), "MarketQuote.reasons"),
            handoff=None if (v := o.get("handoff")) is None else decode_ExternalHandoff(v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketQuote: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MarketQuote.issuperset(o):
        _set_extra(obj, o, _KNOWN_MarketQuote)
    return obj


_KNOWN_MarketSearch = frozenset(
    ["id", "machineId", "requestPayload", "normalizedTask", "status", "quotes", "createdAt", "agentPairingId"]
)


def decode_MarketSearch(o: Any) -> "m.MarketSearch":
    if type(o) is not dict:
        _not_object("MarketSearch", o)
    try:
        obj = m.MarketSearch(
            v if type(v := o["id"]) is str else _bad("MarketSearch.id", "str", v),
            v if type(v := o["machineId"]) is str else _bad("MarketSearch.machine_id", "str", v),
            decode_NormalizedTask(o["normalizedTask"]),
            v if type(v := o["status"]) is str else _bad("MarketSearch.status", "str", v),
            _tuple_of(o["quotes"], decode_MarketQuote, "MarketSearch.quotes"),
            v if type(v := o["createdAt"]) is str else _bad("MarketSearch.created_at", "str", v),
            request_payload=v
            if type(v := o.get("requestPayload")) is dict
            else _map_any(v, "MarketSearch.request_payload"),
            agent_pairing_id=v
            if type(v := o.get("agentPairingId")) is str or v is None
            else _bad("MarketSearch.agent_pairing_id", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketSearch: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MarketSearch.issuperset(o):
        _set_extra(obj, o, _KNOWN_MarketSearch)
    return obj


_KNOWN_MarketOrderBudget = frozenset(["amount", "currency"])


def decode_MarketOrderBudget(o: Any) -> "m.MarketOrderBudget":
    if type(o) is not dict:
        _not_object("MarketOrderBudget", o)
    try:
        obj = m.MarketOrderBudget(
            amount=v if type(v := o.get("amount")) is float else _float(v, "MarketOrderBudget.amount", True),
            currency=v
            if type(v := o.get("currency")) is str or v is None
            else _bad("MarketOrderBudget.currency", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrderBudget: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MarketOrderBudget.issuperset(o):
        _set_extra(obj, o, _KNOWN_MarketOrderBudget)
    return obj


_KNOWN_MarketOrder = frozenset(
    [
        "id",
        "machineId",
        "agentPairingId",
        "serviceId",
        "skillKey",
        "providerKey",
        "serviceType",
        "operation",
        "executionMode",
        "integrationStatus",
        "status",
        "payment",
        "createdAt",
        "updatedAt",
        "searchId",
        "quoteId",
        "input",
        "budget",
        "handoff",
        "errorMessage",
    ]
)


def decode_MarketOrder(o: Any) -> "m.MarketOrder":
    if type(o) is not dict:
        _not_object("MarketOrder", o)
    try:
        obj = m.MarketOrder(
            v if type(v := o["id"]) is str else _bad("MarketOrder.id", "str", v),
            v if type(v := o["machineId"]) is str else _bad("MarketOrder.machine_id", "str", v),
            v if type(v := o["agentPairingId"]) is str else _bad("MarketOrder.agent_pairing_id", "str", v),
            v if type(v := o["serviceId"]) is str else _bad("MarketOrder.service_id", "str", v),
            v if type(v := o["skillKey"]) is str else _bad("MarketOrder.skill_key", "str", v),
            v if type(v := o["providerKey"]) is str else _bad("MarketOrder.provider_key", "str", v),
            v if type(v := o["serviceType"]) is str else _bad("MarketOrder.service_type", "str", v),
            v if type(v := o["operation"]) is str else _bad("MarketOrder.operation", "str", v),
            v if type(v := o["executionMode"]) is str else _bad("MarketOrder.execution_mode", "str", v),
            v if type(v := o["integrationStatus"]) is str else _bad("MarketOrder.integration_status", "str", v),
            v if type(v := o["status"]) is str else _bad("MarketOrder.status", "str", v),
            decode_MarketPaymentRailRecommendation(o["payment"]),
            v if type(v := o["createdAt"]) is str else _bad("MarketOrder.created_at", "str", v),
            v if type(v := o["updatedAt"]) is str else _bad("MarketOrder.updated_at", "str", v),
            search_id=v
            if type(v := o.get("searchId")) is str or v is None
            else _bad("MarketOrder.search_id", "str", v),
            quote_id=v if type(v := o.get("quoteId")) is str or v is None else _bad("MarketOrder.quote_id", "str", v),
            input=v if type(v := o.get("input")) is dict else _map_any(v, "MarketOrder.input"),
            budget=None if (v := o.get("budget")) is None else decode_MarketOrderBudget(v),
            handoff=None if (v := o.get("handoff")) is None else decode_ExternalHandoff(v),
            error_message=v
            if type(v := o.get("errorMessage")) is str or v is None
            else _bad("MarketOrder.error_message", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketOrder: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MarketOrder.issuperset(o):
        _set_extra(obj, o, _KNOWN_MarketOrder)
    return obj


_KNOWN_ExecutionRun = frozenset(["id", "status", "executionMode", "skillKey", "serviceId", "outcomeId"])


def decode_ExecutionRun(o: Any) -> "m.ExecutionRun":
    if type(o) is not dict:
        _not_object("ExecutionRun", o)
    try:
        obj = m.ExecutionRun(
            v if type(v := o["id"]) is str else _bad("ExecutionRun.id", "str", v),
            v if type(v := o["status"]) is str else _bad("ExecutionRun.status", "str", v),
            execution_mode=v
            if type(v := o.get("executionMode")) is str or v is None
            else _bad("ExecutionRun.execution_mode", "str", v),
            skill_key=v
            if type(v := o.get("skillKey")) is str or v is None
            else _bad("ExecutionRun.skill_key", "str", v),
            service_id=v
            if type(v := o.get("serviceId")) is str or v is None
            else _bad("ExecutionRun.service_id", "str", v),
            outcome_id=v
            if type(v := o.get("outcomeId")) is str or v is None
            else _bad("ExecutionRun.outcome_id", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionRun: missing required field {e.args[0]!r}") from None
    if not _KNOWN_ExecutionRun.issuperset(o):
        _set_extra(obj, o, _KNOWN_ExecutionRun)
    return obj


_KNOWN_ExecutionOutcome = frozenset(
    ["id", "status", "skillKey", "serviceId", "executionMode", "result", "errorMessage", "externalRef"]
)


def decode_ExecutionOutcome(o: Any) -> "m.ExecutionOutcome":
    if type(o) is not dict:
        _not_object("ExecutionOutcome", o)
    try:
        obj = m.ExecutionOutcome(
            v if type(v := o["id"]) is str else _bad("ExecutionOutcome.id", "str", v),
            v if type(v := o["status"]) is str else _bad("ExecutionOutcome.status", "str", v),
            v if type(v := o["skillKey"]) is str else _bad("ExecutionOutcome.skill_key", "str", v),
            v if type(v := o["serviceId"]) is str else _bad("ExecutionOutcome.service_id", "str", v),
            v if type(v := o["executionMode"]) is str else _bad("ExecutionOutcome.execution_mode", "str", v),
            result=o.get("result"),
            error_message=v
            if type(v := o.get("errorMessage")) is str or v is None
            else _bad("ExecutionOutcome.error_message", "str", v),
            external_ref=v
            if type(v := o.get("externalRef")) is str or v is None
            else _bad("ExecutionOutcome.external_ref", "str", v),
        )
    except KeyError as e:
        raise ShapeError(f"ExecutionOutcome: missing required field {e.args[0]!r}") from None
    if not _KNOWN_ExecutionOutcome.issuperset(o):
        _set_extra(obj, o, _KNOWN_ExecutionOutcome)
    return obj


_KNOWN_NativeExecution = frozenset(["statusCode", "run", "outcome"])


def decode_NativeExecution(o: Any) -> "m.NativeExecution":
    if type(o) is not dict:
        _not_object("NativeExecution", o)
    try:
        obj = m.NativeExecution(
            v if type(v := o["statusCode"]) is int else _int(v, "NativeExecution.status_code"),
            decode_ExecutionRun(o["run"]),
            decode_ExecutionOutcome(o["outcome"]),
        )
    except KeyError as e:
        raise ShapeError(f"NativeExecution: missing required field {e.args[0]!r}") from None
    if not _KNOWN_NativeExecution.issuperset(o):
        _set_extra(obj, o, _KNOWN_NativeExecution)
    return obj


_KNOWN_HandoffExecution = frozenset(["statusCode", "handoff"])


def decode_HandoffExecution(o: Any) -> "m.HandoffExecution":
    if type(o) is not dict:
        _not_object("HandoffExecution", o)
    try:
        obj = m.HandoffExecution(
            v if type(v := o["statusCode"]) is int else _int(v, "HandoffExecution.status_code"),
            decode_ExternalHandoff(o["handoff"]),
        )
    except KeyError as e:
        raise ShapeError(f"HandoffExecution: missing required field {e.args[0]!r}") from None
    if not _KNOWN_HandoffExecution.issuperset(o):
        _set_extra(obj, o, _KNOWN_HandoffExecution)
    return obj


_KNOWN_ExecuteMarketOrderNativeResponse = frozenset(["order", "execution"])


def decode_ExecuteMarketOrderNativeResponse(o: Any) -> "m.ExecuteMarketOrderNativeResponse":
    if type(o) is not dict:
        _not_object("ExecuteMarketOrderNativeResponse", o)
    try:
        obj = m.ExecuteMarketOrderNativeResponse(
            decode_MarketOrder(o["order"]),
            decode_NativeExecution(o["execution"]),
        )
    except KeyError as e:
        raise ShapeError(f"ExecuteMarketOrderNativeResponse: missing required field {e.args[0]!r}") from None
    if not _KNOWN_ExecuteMarketOrderNativeResponse.issuperset(o):
        _set_extra(obj, o, _KNOWN_ExecuteMarketOrderNativeResponse)
    return obj


_KNOWN_ExecuteMarketOrderHandoffResponse = frozenset(["order", "execution"])


def decode_ExecuteMarketOrderHandoffResponse(o: Any) -> "m.ExecuteMarketOrderHandoffResponse":
    if type(o) is not dict:
        _not_object("ExecuteMarketOrderHandoffResponse", o)
    try:
        obj = m.ExecuteMarketOrderHandoffResponse(
            decode_MarketOrder(o["order"]),
            decode_HandoffExecution(o["execution"]),
        )
    except KeyError as e:
        raise ShapeError(f"ExecuteMarketOrderHandoffResponse: missing required field {e.args[0]!r}") from None
    if not _KNOWN_ExecuteMarketOrderHandoffResponse.issuperset(o):
        _set_extra(obj, o, _KNOWN_ExecuteMarketOrderHandoffResponse)
    return obj


_KNOWN_PaymentProof = frozenset(
    [
        "chain",
        "token",
        "transactionHash",
        "transactionSignature",
        "payerAddress",
        "verifiedAt",
        "verificationMode",
        "metadata",
    ]
)


def decode_PaymentProof(o: Any) -> "m.PaymentProof":
    if type(o) is not dict:
        _not_object("PaymentProof", o)
    try:
        obj = m.PaymentProof(
            chain=v if type(v := o.get("chain")) is str or v is None else _bad("PaymentProof.chain", "str", v),
            token=v if type(v := o.get("token")) is str or v is None else _bad("PaymentProof.token", "str", v),
            transaction_hash=v
            if type(v := o.get("transactionHash")) is str or v is None
            else _bad("PaymentProof.transaction_hash", "str", v),
            transaction_signature=v
            if type(v := o.get("transactionSignature")) is str or v is None
            else _bad("PaymentProof.transaction_signature", "str", v),
            payer_address=v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("PaymentProof.payer_address", "str", v),
            verified_at=v
            if type(v := o.get("verifiedAt")) is str or v is None
            else _bad("PaymentProof.verified_at", "str", v),
            verification_mode=v
            if type(v := o.get("verificationMode")) is str or v is None
            else _bad("PaymentProof.verification_mode", "str", v),
            metadata=v if type(v := o.get("metadata")) is dict else _map_any(v, "PaymentProof.metadata"),
        )
    except KeyError as e:
        raise ShapeError(f"PaymentProof: missing required field {e.args[0]!r}") from None
    if not _KNOWN_PaymentProof.issuperset(o):
        _set_extra(obj, o, _KNOWN_PaymentProof)
    return obj


_KNOWN_PaymentRailDetails = frozenset(
    [
        "type",
        "chain",
        "token",
        "tokenAddress",
        "tokenMint",
        "escrowAddress",
        "externalUrl",
        "provider",
        "accountId",
        "walletAddress",
        "payerAddress",
        "payeeAddress",
        "paymentIntentId",
        "metadata",
    ]
)


def decode_PaymentRailDetails(o: Any) -> "m.PaymentRailDetails":
    if type(o) is not dict:
        _not_object("PaymentRailDetails", o)
    try:
        obj = m.PaymentRailDetails(
            v if type(v := o["type"]) is str else _bad("PaymentRailDetails.type", "str", v),
            chain=v if type(v := o.get("chain")) is str or v is None else _bad("PaymentRailDetails.chain", "str", v),
            token=v if type(v := o.get("token")) is str or v is None else _bad("PaymentRailDetails.token", "str", v),
            token_address=v
            if type(v := o.get("tokenAddress")) is str or v is None
            else _bad("PaymentRailDetails.token_address", "str", v),
            token_mint=v
            if type(v := o.get("tokenMint")) is str or v is None
            else _bad("PaymentRailDetails.token_mint", "str", v),
            escrow_address=v
            if type(v := o.get("escrowAddress")) is str or v is None
            else _bad("PaymentRailDetails.escrow_address", "str", v),
            external_url=v
            if type(v := o.get("externalUrl")) is str or v is None
            else _bad("PaymentRailDetails.external_url", "str", v),
            provider=v
            if type(v := o.get("provider")) is str or v is None
            else _bad("PaymentRailDetails.provider", "str", v),
            account_id=v
            if type(v := o.get("accountId")) is str or v is None
            else _bad("PaymentRailDetails.account_id", "str", v),
            wallet_address=v
            if type(v := o.get("walletAddress")) is str or v is None
            else _bad("PaymentRailDetails.wallet_address", "str", v),
            payer_address=v
            if type(v := o.get("payerAddress")) is str or v is None
            else _bad("PaymentRailDetails.payer_address", "str", v),
            payee_address=v
            if type(v := o.get("payeeAddress")) is str or v is None
            else _bad("PaymentRailDetails.payee_address", "str", v),
            payment_intent_id=v
            if type(v := o.get("paymentIntentId")) is str or v is None
            else _bad("PaymentRailDetails.payment_intent_id", "str", v),
            metadata=v if type(v := o.get("metadata")) is dict else _map_any(v, "PaymentRailDetails.metadata"),
        )
    except KeyError as e:
        raise ShapeError(f"PaymentRailDetails: missing required field {e.args[0]!r}") from None
    if not _KNOWN_PaymentRailDetails.issuperset(o):
        _set_extra(obj, o, _KNOWN_PaymentRailDetails)
    return obj


_KNOWN_MarketPayment = frozenset(
    ["id", "orderId", "machineId", "status", "rail", "createdAt", "updatedAt", "amount", "currency", "notes", "proof"]
)


def decode_MarketPayment(o: Any) -> "m.MarketPayment":
    if type(o) is not dict:
        _not_object("MarketPayment", o)
    try:
        obj = m.MarketPayment(
            v if type(v := o["id"]) is str else _bad("MarketPayment.id", "str", v),
            v if type(v := o["orderId"]) is str else _bad("MarketPayment.order_id", "str", v),
            v if type(v := o["machineId"]) is str else _bad("MarketPayment.machine_id", "str", v),
            v if type(v := o["status"]) is str else _bad("MarketPayment.status", "str", v),
            decode_PaymentRailDetails(o["rail"]),
            v if type(v := o["createdAt"]) is str else _bad("MarketPayment.created_at", "str", v),
            v if type(v := o["updatedAt"]) is str else _bad("MarketPayment.updated_at", "str", v),
            amount=v if type(v := o.get("amount")) is float else _float(v, "MarketPayment.amount", True),
            currency=v
            if type(v := o.get("currency")) is str or v is None
            else _bad("MarketPayment.currency", "str", v),
            notes=_tuple_str(o.get("notes"), "MarketPayment.notes"),
            proof=None if (v := o.get("proof")) is None else decode_PaymentProof(v),
        )
    except KeyError as e:
        raise ShapeError(f"MarketPayment: missing required field {e.args[0]!r}") from None
    if not _KNOWN_MarketPayment.issuperset(o):
        _set_extra(obj, o, _KNOWN_MarketPayment)
    return obj


_KNOWN_ConfirmMarketOrderResponse = frozenset(["order", "payment"])


def decode_ConfirmMarketOrderResponse(o: Any) -> "m.ConfirmMarketOrderResponse":
    if type(o) is not dict:
        _not_object("ConfirmMarketOrderResponse", o)
    try:
        obj = m.ConfirmMarketOrderResponse(
            decode_MarketOrder(o["order"]),
            None if (v := o["payment"]) is None else decode_MarketPayment(v),
        )
    except KeyError as e:
        raise ShapeError(f"ConfirmMarketOrderResponse: missing required field {e.args[0]!r}") from None
    if not _KNOWN_ConfirmMarketOrderResponse.issuperset(o):
        _set_extra(obj, o, _KNOWN_ConfirmMarketOrderResponse)
    return obj


_KNOWN_OrderDispute = frozenset(
    ["id", "orderId", "machineId", "status", "reason", "createdAt", "updatedAt", "evidence"]
)


def decode_OrderDispute(o: Any) -> "m.OrderDispute":
    if type(o) is not dict:
        _not_object("OrderDispute", o)
    try:
        obj = m.OrderDispute(
            v if type(v := o["id"]) is str else _bad("OrderDispute.id", "str", v),
            v if type(v := o["orderId"]) is str else _bad("OrderDispute.order_id", "str", v),
            v if type(v := o["machineId"]) is str else _bad("OrderDispute.machine_id", "str", v),
            v if type(v := o["status"]) is str else _bad("OrderDispute.status", "str", v),
            v if type(v := o["reason"]) is str else _bad("OrderDispute.reason", "str", v),
            v if type(v := o["createdAt"]) is str else _bad("OrderDispute.created_at", "str", v),
            v if type(v := o["updatedAt"]) is str else _bad("OrderDispute.updated_at", "str", v),
            evidence=v if type(v := o.get("evidence")) is dict else _map_any(v, "OrderDispute.evidence"),
        )
    except KeyError as e:
        raise ShapeError(f"OrderDispute: missing required field {e.args[0]!r}") from None
    if not _KNOWN_OrderDispute.issuperset(o):
        _set_extra(obj, o, _KNOWN_OrderDispute)
    return obj


_KNOWN_DisputeMarketOrderResponse = frozenset(["order", "payment", "dispute"])


def decode_DisputeMarketOrderResponse(o: Any) -> "m.DisputeMarketOrderResponse":
    if type(o) is not dict:
        _not_object("DisputeMarketOrderResponse", o)
    try:
        obj = m.DisputeMarketOrderResponse(
            decode_MarketOrder(o["order"]),
            None if (v := o["payment"]) is None else decode_MarketPayment(v),
            decode_OrderDispute(o["dispute"]),
        )
    except KeyError as e:
        raise ShapeError(f"DisputeMarketOrderResponse: missing required field {e.args[0]!r}") from None
    if not _KNOWN_DisputeMarketOrderResponse.issuperset(o):
        _set_extra(obj, o, _KNOWN_DisputeMarketOrderResponse)
    return obj


def decode_ExecuteMarketOrderResponse(o: Any) -> Any:
    return _dispatch(
        o,
        ("execution", "statusCode"),
        {"200": decode_ExecuteMarketOrderNativeResponse, "202": decode_ExecuteMarketOrderHandoffResponse},
        "ExecuteMarketOrderResponse",
    )


DECODERS: dict[Any, Any] = {
    m.Health: decode_Health,
    m.ExternalHandoff: decode_ExternalHandoff,
    m.MarketPaymentRailRecommendation: decode_MarketPaymentRailRecommendation,
    m.MachineIdentityChallengeResponse: decode_MachineIdentityChallengeResponse,
    m.MachineIdentityProof: decode_MachineIdentityProof,
    m.Machine: decode_Machine,
    m.MachineAgent: decode_MachineAgent,
    m.HeartbeatEndpointResult: decode_HeartbeatEndpointResult,
    m.MachineAgentHeartbeatResponse: decode_MachineAgentHeartbeatResponse,
    m.AgentPairingChallengeResponse: decode_AgentPairingChallengeResponse,
    m.DelegationPolicy: decode_DelegationPolicy,
    m.AgentPairingVerification: decode_AgentPairingVerification,
    m.AgentPairing: decode_AgentPairing,
    m.RuntimeEndpoint: decode_RuntimeEndpoint,
    m.SkillSummary: decode_SkillSummary,
    m.SkillManifestInput: decode_SkillManifestInput,
    m.SkillManifestOutput: decode_SkillManifestOutput,
    m.SkillManifest: decode_SkillManifest,
    m.SkillConfigResponse: decode_SkillConfigResponse,
    m.FieldSpec: decode_FieldSpec,
    m.OperationContract: decode_OperationContract,
    m.MarketPricing: decode_MarketPricing,
    m.MarketService: decode_MarketService,
    m.NormalizedTask: decode_NormalizedTask,
    m.MarketQuote: decode_MarketQuote,
    m.MarketSearch: decode_MarketSearch,
    m.MarketOrderBudget: decode_MarketOrderBudget,
    m.MarketOrder: decode_MarketOrder,
    m.ExecutionRun: decode_ExecutionRun,
    m.ExecutionOutcome: decode_ExecutionOutcome,
    m.NativeExecution: decode_NativeExecution,
    m.HandoffExecution: decode_HandoffExecution,
    m.ExecuteMarketOrderNativeResponse: decode_ExecuteMarketOrderNativeResponse,
    m.ExecuteMarketOrderHandoffResponse: decode_ExecuteMarketOrderHandoffResponse,
    m.PaymentProof: decode_PaymentProof,
    m.PaymentRailDetails: decode_PaymentRailDetails,
    m.MarketPayment: decode_MarketPayment,
    m.ConfirmMarketOrderResponse: decode_ConfirmMarketOrderResponse,
    m.OrderDispute: decode_OrderDispute,
    m.DisputeMarketOrderResponse: decode_DisputeMarketOrderResponse,
    m.ExecuteMarketOrderResponse: decode_ExecuteMarketOrderResponse,
}
