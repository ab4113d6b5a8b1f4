"""Drives the released reference SDK's policies, health, readiness and audit-event calls against a base URL.

Run in a subprocess whose sys.path starts with a directory holding that release (``pip install --no-deps
--target``). Its top-level package imports optional chains (web3, ...) these calls never use, so the two parent
packages are registered as bare namespaces pointing at the release's files; every module the calls use is the
release's own, unmodified. Prints one JSON object describing what came back.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path


def _bare_package(name: str, path: Path) -> None:
    module = types.ModuleType(name)
    module.__path__ = [str(path)]
    sys.modules[name] = module


def main(target: str, base_url: str) -> None:
    root = Path(target) / "peaq_os_sdk"
    _bare_package("peaq_os_sdk", root)
    _bare_package("peaq_os_sdk.orchestration", root / "orchestration")
    _bare_package("peaq_os_sdk.stream", root / "stream")  # types reach one dataclass module of it

    import requests
    from peaq_os_sdk.orchestration.observability import check_health, get_readiness, list_audit_events
    from peaq_os_sdk.orchestration.policies import create_policy, list_policies, update_policy
    from peaq_os_sdk.orchestration.types.policy import CreatePolicyRequest, PolicyBudgetCap, UpdatePolicyRequest

    client = types.SimpleNamespace(orchestration_url=base_url, api_key=None, session=requests.Session())
    created = create_policy(
        client,  # type: ignore[arg-type]
        CreatePolicyRequest(
            name="reference",
            denied_skill_keys=("oracle.price-feed",),
            budget_cap=PolicyBudgetCap(currency="USD", amount=5.0),
            native_only=True,
            required_capabilities=("realtime",),
        ),
    ).item
    updated = update_policy(client, created.id, UpdatePolicyRequest(name="reference v2", handoff_allowed=False)).item  # type: ignore[arg-type]
    listed = list_policies(client).items  # type: ignore[arg-type]
    health = check_health(client)  # type: ignore[arg-type]
    readiness = get_readiness(client)  # type: ignore[arg-type]
    events = list_audit_events(client, resource_type="policy", limit=10).items  # type: ignore[arg-type]
    out = {
        "created": {"id": created.id, "name": created.name, "nativeOnly": created.native_only,
                    "budgetCap": [created.budget_cap.currency, created.budget_cap.amount] if created.budget_cap else None,
                    "deniedSkillKeys": list(created.denied_skill_keys), "createdAt": created.created_at},
        "updated": {"id": updated.id, "name": updated.name, "handoffAllowed": updated.handoff_allowed,
                    "updatedAt": updated.updated_at},
        "listed": [p.id for p in listed],
        "health": health.ok,
        "readiness": {"status": readiness.status, "checks": [[c.name, c.status] for c in readiness.checks]},
        "events": [[e.type, e.resource_type, e.resource_id] for e in events],
    }
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
