"""Switches of the simulated orchestrator (the real server's env vars, plus mock-only knobs)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping

import attrs

from peaq_os_sdk.mock.breaks import check_names
from peaq_os_sdk.mock.faults import parse_specs


def _flag(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in ("1", "true", "yes", "on", "required")


@attrs.define
class MockConfig:
    require_api_auth: bool = False
    """PEAQOS_REQUIRE_API_AUTH: enforce x-api-key on platform routes."""
    api_keys: tuple[str, ...] = ()
    """PEAQOS_API_KEYS (comma separated): keys accepted when API auth is on."""
    machine_identity_verification: bool = True
    """PEAQOS_MACHINE_IDENTITY_VERIFICATION=required|off: signed controller challenge on machine writes."""
    require_agent_pairing_auth: bool = True
    """PEAQOS_REQUIRE_AGENT_PAIRING_AUTH: market search needs x-agent-pairing-token."""
    agent_pairing_verification: bool = True
    """PEAQOS_AGENT_PAIRING_VERIFICATION: agentProof required on pairing create."""
    enforce_service_payment_rails: bool = False
    """PEAQOS_ENFORCE_SERVICE_PAYMENT_RAILS: payment-intent rail must be one the service supports."""
    payment_rpc_url: str | None = None
    """PEAQOS_PAYMENT_RPC_URL: enables verificationMode=rpc (simulated receipts from /_mock/transactions)."""
    jwt_secret: str = attrs.field(factory=lambda: secrets.token_hex(32), repr=False)
    challenge_ttl_seconds: int = 300
    session_ttl_seconds: int = 3600
    quote_ttl_seconds: int = 300
    default_lease_seconds: int = 60
    catalogue_path: str | None = None
    """PEAQOS_MOCK_CATALOGUE: JSON file with skills and services (default: the bundled catalogue)."""
    record_requests: int = 10_000
    contract_breaks: tuple[str, ...] = attrs.field(default=(), converter=check_names)
    """PEAQOS_MOCK_CONTRACT_BREAKS (comma separated): deliberate contract breaks, see ``mock/breaks.py``."""
    faults: tuple[str, ...] = ()
    """PEAQOS_MOCK_FAULTS ("SPEC;SPEC") or --fault SPEC: scripted transport faults (see mock/faults.py)."""
    check_responses: bool = False
    """PEAQOS_MOCK_CHECK_RESPONSES: check every 2xx JSON answer against the spec, closed (no undeclared key);
    a violation answers 500 MOCK_RESPONSE_INVALID naming the operation and the paths at fault."""

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> MockConfig:
        e = os.environ if env is None else env
        keys = tuple(k.strip() for k in e.get("PEAQOS_API_KEYS", e.get("PEAQOS_API_KEY", "")).split(",") if k.strip())
        verification = e.get("PEAQOS_MACHINE_IDENTITY_VERIFICATION", "required").strip().lower()
        cfg = cls(
            require_api_auth=_flag(e.get("PEAQOS_REQUIRE_API_AUTH"), False),
            api_keys=keys,
            machine_identity_verification=verification not in ("off", "false", "0", "disabled", "optional"),
            require_agent_pairing_auth=_flag(e.get("PEAQOS_REQUIRE_AGENT_PAIRING_AUTH"), True),
            agent_pairing_verification=_flag(e.get("PEAQOS_AGENT_PAIRING_VERIFICATION"), True),
            enforce_service_payment_rails=_flag(e.get("PEAQOS_ENFORCE_SERVICE_PAYMENT_RAILS"), False),
            payment_rpc_url=e.get("PEAQOS_PAYMENT_RPC_URL") or None,
            catalogue_path=e.get("PEAQOS_MOCK_CATALOGUE") or None,
            contract_breaks=tuple(b.strip() for b in e.get("PEAQOS_MOCK_CONTRACT_BREAKS", "").split(",") if b.strip()),
            faults=parse_specs(e.get("PEAQOS_MOCK_FAULTS")),
            check_responses=_flag(e.get("PEAQOS_MOCK_CHECK_RESPONSES"), False),
        )
        if e.get("PEAQOS_AGENT_PAIRING_JWT_SECRET"):
            cfg.jwt_secret = e["PEAQOS_AGENT_PAIRING_JWT_SECRET"]
        return cfg
