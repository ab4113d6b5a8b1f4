"""Business rules of the simulated orchestrator: the :class:`Simulator`, composed of one mixin per domain.

Every route of the spec is served by the method named after its operationId (``app.py`` routes from the spec and
looks the method up by that name); a method runs under the store's lock and returns ``(status, body)`` or raises
:class:`~peaq_os_sdk.mock.errors.MockError`. Where to find the rule for a route:

=====================================================================  ========================================
Routes                                                                 Module (``peaq_os_sdk.mock.``)
=====================================================================  ========================================
machine identity challenges; the identity registry (``/_mock``)       ``identity``
machines, machine agents and heartbeat, runtime endpoints              ``machines``
agent pairings, pairing sessions, delegation-policy rules and limits   ``pairing``
policies (and the machine-policy checks search and orders apply)       ``policies``
skills, skill config, market services, market search and quotes        ``catalogue``
orders: create, execute, cancel, retry, confirm, dispute, events       ``orders``
payments: intents, proofs, escrow, release, refund; chain receipts     ``payments``
machine graph: nodes and edges                                         ``graph``
tasks: create, discover, resolve, execute (on the market rules)        ``tasks``
audit events (and, with them, order events), runs, health, readiness   ``observability``
=====================================================================  ========================================

Shared by every domain: ``base.Rules`` (state, lookups, and the cross-domain helpers each domain offers),
``store`` (records, pagination, the clock, change tracking for the audit trail) and, here, authentication and
the admin entry points.
"""

from __future__ import annotations

import hmac
from typing import Any

import attrs

from peaq_os_sdk.mock.catalogue import SERVICE_TYPE_ALIASES, CatalogueRules, redact
from peaq_os_sdk.mock.config import MockConfig
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.graph import GraphRules
from peaq_os_sdk.mock.identity import ADDRESS_PREFIX, IdentityRules, canonical_identity
from peaq_os_sdk.mock.machines import MAX_LEASE_SECONDS, OPERATIONAL, MachineRules
from peaq_os_sdk.mock.observability import ObservabilityRules
from peaq_os_sdk.mock.orders import PAST_READY, OrderRules
from peaq_os_sdk.mock.pairing import PairingRules, policy_hash
from peaq_os_sdk.mock.payments import PaymentRules
from peaq_os_sdk.mock.policies import PolicyRules
from peaq_os_sdk.mock.spec import Spec, SpecOperation
from peaq_os_sdk.mock.store import Store, view
from peaq_os_sdk.mock.tasks import TaskRules

__all__ = [
    "ADDRESS_PREFIX",
    "MAX_LEASE_SECONDS",
    "OPERATIONAL",
    "PAST_READY",
    "SERVICE_TYPE_ALIASES",
    "Call",
    "Simulator",
    "canonical_identity",
    "policy_hash",
    "redact",
    "view",
]


@attrs.define
class Call:
    op: SpecOperation
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    headers: dict[str, str]
    pairing: dict[str, Any] | None = None


class Simulator(
    IdentityRules,
    MachineRules,
    PairingRules,
    PolicyRules,
    CatalogueRules,
    OrderRules,
    PaymentRules,
    GraphRules,
    TaskRules,
    ObservabilityRules,
):
    def __init__(self, config: MockConfig, store: Store, spec: Spec) -> None:
        self.config = config
        self.store = store
        self.spec = spec
        self.load_catalogue()

    # ---- admin ---------------------------------------------------------------------------------
    def reset(self) -> None:
        self.store.reset()
        self.load_catalogue()

    # ---- auth ----------------------------------------------------------------------------------
    def authenticate(self, call: Call) -> None:
        auth = call.op.auth
        token = call.headers.get("x-agent-pairing-token")
        if auth == "agent-pairing":
            if call.op.operation_id == "searchMarket" and not self.config.require_agent_pairing_auth and not token:
                return
            if not token:
                raise MockError("AGENT_AUTH_REQUIRED", "x-agent-pairing-token is required")
            call.pairing = self.pairing_from_token(token)
            return
        if auth != "platform":
            return
        security = call.op.raw.get("security", [])
        if token and any("agentPairingToken" in s for s in security):
            # routes that also take a pairing token give the owner-scoped view; a bad token is refused
            call.pairing = self.pairing_from_token(token)
        if not self.config.require_api_auth:
            return
        key = call.headers.get("x-api-key")
        if key:
            if not any(hmac.compare_digest(key, k) for k in self.config.api_keys):
                raise MockError("AUTH_INVALID", "API key not accepted")
            return
        if call.pairing is not None:
            return
        raise MockError("AUTH_REQUIRED", "x-api-key is required")
