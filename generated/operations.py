# generated from spec/openapi.yaml by codegen/ — do not edit
"""Wire facts of every operation (defined per group in ``groups/<group>_operations.py``, loaded on first use)."""

from typing import TYPE_CHECKING

from peaq_os_sdk._generated.error_codes import ERROR_STATUSES

from peaq_os_sdk._lazy import lazy_attributes

if TYPE_CHECKING:
    from peaq_os_sdk._generated.groups.agent_pairings_operations import (
        CREATE_AGENT_PAIRING,
        CREATE_AGENT_PAIRING_CHALLENGE,
        CREATE_AGENT_PAIRING_SESSION,
        LIST_AGENT_PAIRINGS,
        REVOKE_AGENT_PAIRING,
        UPDATE_AGENT_PAIRING,
    )
    from peaq_os_sdk._generated.groups.graph_operations import (
        CREATE_GRAPH_EDGE,
        CREATE_GRAPH_NODE,
        DELETE_GRAPH_EDGE,
        DELETE_GRAPH_NODE,
        GET_MACHINE_GRAPH,
        UPDATE_GRAPH_EDGE,
        UPDATE_GRAPH_NODE,
    )
    from peaq_os_sdk._generated.groups.health_operations import (
        GET_HEALTH,
    )
    from peaq_os_sdk._generated.groups.identity_operations import (
        CREATE_MACHINE_IDENTITY_CHALLENGE,
    )
    from peaq_os_sdk._generated.groups.machine_agents_operations import (
        ENROLL_MACHINE_AGENT,
        LIST_MACHINE_AGENTS,
        MACHINE_AGENT_HEARTBEAT,
        REVOKE_MACHINE_AGENT,
    )
    from peaq_os_sdk._generated.groups.machines_operations import (
        ARCHIVE_MACHINE,
        CREATE_MACHINE,
        GET_MACHINE,
        LIST_MACHINES,
        UPDATE_MACHINE,
    )
    from peaq_os_sdk._generated.groups.market_operations import (
        CANCEL_MARKET_ORDER,
        CONFIRM_MARKET_ORDER,
        CREATE_MARKET_ORDER,
        DISPUTE_MARKET_ORDER,
        EXECUTE_MARKET_ORDER,
        GET_MARKET_ORDER,
        GET_MARKET_SEARCH,
        GET_MARKET_SERVICE,
        LIST_MARKET_ORDER_EVENTS,
        LIST_MARKET_ORDERS,
        LIST_MARKET_SERVICES,
        RETRY_MARKET_ORDER,
        SEARCH_MARKET,
    )
    from peaq_os_sdk._generated.groups.observability_operations import (
        GET_READINESS,
        GET_RUN,
        LIST_AUDIT_EVENTS,
        LIST_RUNS,
    )
    from peaq_os_sdk._generated.groups.payments_operations import (
        CREATE_PAYMENT_INTENT,
        GET_MARKET_PAYMENT,
        LOCK_ESCROW_PAYMENT,
        REFUND_PAYMENT,
        RELEASE_PAYMENT,
        SUBMIT_PAYMENT_PROOF,
    )
    from peaq_os_sdk._generated.groups.policies_operations import (
        CREATE_POLICY,
        GET_POLICY,
        LIST_POLICIES,
        UPDATE_POLICY,
    )
    from peaq_os_sdk._generated.groups.runtime_endpoints_operations import (
        DELETE_RUNTIME_ENDPOINT,
        GET_RUNTIME_ENDPOINT,
        LIST_RUNTIME_ENDPOINTS,
        UPSERT_RUNTIME_ENDPOINT,
    )
    from peaq_os_sdk._generated.groups.skills_operations import (
        GET_SKILL,
        GET_SKILL_MANIFEST,
        LIST_SKILLS,
        UPDATE_SKILL_CONFIG,
    )
    from peaq_os_sdk._generated.groups.tasks_operations import (
        CREATE_TASK,
        DISCOVER_TASK,
        EXECUTE_TASK,
        GET_TASK,
        LIST_TASKS,
        RESOLVE_TASK,
    )

    from peaq_os_sdk._operation import Operation

    ALL: tuple[Operation, ...]
    """Every operation, in spec order."""

__all__ = [
    "ALL",
    "ERROR_STATUSES",
    "GET_HEALTH",
    "CREATE_MACHINE_IDENTITY_CHALLENGE",
    "LIST_MACHINES",
    "CREATE_MACHINE",
    "GET_MACHINE",
    "UPDATE_MACHINE",
    "ARCHIVE_MACHINE",
    "LIST_MACHINE_AGENTS",
    "ENROLL_MACHINE_AGENT",
    "REVOKE_MACHINE_AGENT",
    "MACHINE_AGENT_HEARTBEAT",
    "LIST_AGENT_PAIRINGS",
    "CREATE_AGENT_PAIRING",
    "CREATE_AGENT_PAIRING_CHALLENGE",
    "UPDATE_AGENT_PAIRING",
    "REVOKE_AGENT_PAIRING",
    "CREATE_AGENT_PAIRING_SESSION",
    "LIST_RUNTIME_ENDPOINTS",
    "GET_RUNTIME_ENDPOINT",
    "UPSERT_RUNTIME_ENDPOINT",
    "DELETE_RUNTIME_ENDPOINT",
    "LIST_SKILLS",
    "GET_SKILL",
    "GET_SKILL_MANIFEST",
    "UPDATE_SKILL_CONFIG",
    "LIST_MARKET_SERVICES",
    "GET_MARKET_SERVICE",
    "SEARCH_MARKET",
    "GET_MARKET_SEARCH",
    "LIST_MARKET_ORDERS",
    "CREATE_MARKET_ORDER",
    "GET_MARKET_ORDER",
    "EXECUTE_MARKET_ORDER",
    "CONFIRM_MARKET_ORDER",
    "DISPUTE_MARKET_ORDER",
    "CANCEL_MARKET_ORDER",
    "RETRY_MARKET_ORDER",
    "LIST_MARKET_ORDER_EVENTS",
    "CREATE_PAYMENT_INTENT",
    "GET_MARKET_PAYMENT",
    "SUBMIT_PAYMENT_PROOF",
    "LOCK_ESCROW_PAYMENT",
    "RELEASE_PAYMENT",
    "REFUND_PAYMENT",
    "LIST_POLICIES",
    "CREATE_POLICY",
    "GET_POLICY",
    "UPDATE_POLICY",
    "LIST_AUDIT_EVENTS",
    "LIST_RUNS",
    "GET_RUN",
    "GET_READINESS",
    "GET_MACHINE_GRAPH",
    "CREATE_GRAPH_NODE",
    "UPDATE_GRAPH_NODE",
    "DELETE_GRAPH_NODE",
    "CREATE_GRAPH_EDGE",
    "UPDATE_GRAPH_EDGE",
    "DELETE_GRAPH_EDGE",
    "LIST_TASKS",
    "CREATE_TASK",
    "GET_TASK",
    "DISCOVER_TASK",
    "RESOLVE_TASK",
    "EXECUTE_TASK",
]

GROUP_OF: dict[str, str] = {
    "GET_HEALTH": "health",
    "CREATE_MACHINE_IDENTITY_CHALLENGE": "identity",
    "LIST_MACHINES": "machines",
    "CREATE_MACHINE": "machines",
    "GET_MACHINE": "machines",
    "UPDATE_MACHINE": "machines",
    "ARCHIVE_MACHINE": "machines",
    "LIST_MACHINE_AGENTS": "machine_agents",
    "ENROLL_MACHINE_AGENT": "machine_agents",
    "REVOKE_MACHINE_AGENT": "machine_agents",
    "MACHINE_AGENT_HEARTBEAT": "machine_agents",
    "LIST_AGENT_PAIRINGS": "agent_pairings",
    "CREATE_AGENT_PAIRING": "agent_pairings",
    "CREATE_AGENT_PAIRING_CHALLENGE": "agent_pairings",
    "UPDATE_AGENT_PAIRING": "agent_pairings",
    "REVOKE_AGENT_PAIRING": "agent_pairings",
    "CREATE_AGENT_PAIRING_SESSION": "agent_pairings",
    "LIST_RUNTIME_ENDPOINTS": "runtime_endpoints",
    "GET_RUNTIME_ENDPOINT": "runtime_endpoints",
    "UPSERT_RUNTIME_ENDPOINT": "runtime_endpoints",
    "DELETE_RUNTIME_ENDPOINT": "runtime_endpoints",
    "LIST_SKILLS": "skills",
    "GET_SKILL": "skills",
    "GET_SKILL_MANIFEST": "skills",
    "UPDATE_SKILL_CONFIG": "skills",
    "LIST_MARKET_SERVICES": "market",
    "GET_MARKET_SERVICE": "market",
    "SEARCH_MARKET": "market",
    "GET_MARKET_SEARCH": "market",
    "LIST_MARKET_ORDERS": "market",
    "CREATE_MARKET_ORDER": "market",
    "GET_MARKET_ORDER": "market",
    "EXECUTE_MARKET_ORDER": "market",
    "CONFIRM_MARKET_ORDER": "market",
    "DISPUTE_MARKET_ORDER": "market",
    "CANCEL_MARKET_ORDER": "market",
    "RETRY_MARKET_ORDER": "market",
    "LIST_MARKET_ORDER_EVENTS": "market",
    "CREATE_PAYMENT_INTENT": "payments",
    "GET_MARKET_PAYMENT": "payments",
    "SUBMIT_PAYMENT_PROOF": "payments",
    "LOCK_ESCROW_PAYMENT": "payments",
    "RELEASE_PAYMENT": "payments",
    "REFUND_PAYMENT": "payments",
    "LIST_POLICIES": "policies",
    "CREATE_POLICY": "policies",
    "GET_POLICY": "policies",
    "UPDATE_POLICY": "policies",
    "LIST_AUDIT_EVENTS": "observability",
    "LIST_RUNS": "observability",
    "GET_RUN": "observability",
    "GET_READINESS": "observability",
    "GET_MACHINE_GRAPH": "graph",
    "CREATE_GRAPH_NODE": "graph",
    "UPDATE_GRAPH_NODE": "graph",
    "DELETE_GRAPH_NODE": "graph",
    "CREATE_GRAPH_EDGE": "graph",
    "UPDATE_GRAPH_EDGE": "graph",
    "DELETE_GRAPH_EDGE": "graph",
    "LIST_TASKS": "tasks",
    "CREATE_TASK": "tasks",
    "GET_TASK": "tasks",
    "DISCOVER_TASK": "tasks",
    "RESOLVE_TASK": "tasks",
    "EXECUTE_TASK": "tasks",
}
"""The group whose ``operations`` module defines each operation."""

if not TYPE_CHECKING:
    __getattr__, __dir__ = lazy_attributes(
        __name__, "peaq_os_sdk._generated.groups.{}_operations", GROUP_OF, ordered={"ALL": tuple(GROUP_OF)}
    )
