"""What every rule mixin shares: the simulator's state and config, and the lookups all domains use.

A domain calls another domain's helpers through ``self`` (the composed :class:`~peaq_os_sdk.mock.simulator.Simulator`).
Those helpers are declared below for the type checker only, with the module that defines them; mypy checks each
definition against its declaration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.store import view

if TYPE_CHECKING:
    from datetime import datetime

    from peaq_os_sdk.mock.config import MockConfig
    from peaq_os_sdk.mock.simulator import Call
    from peaq_os_sdk.mock.spec import Spec
    from peaq_os_sdk.mock.store import Store


class Rules:
    config: MockConfig
    store: Store
    spec: Spec

    @staticmethod
    def _find(collection: Any, record_id: str, what: str, key: str) -> dict[str, Any]:
        record: dict[str, Any] | None = collection.get(record_id)
        if record is None:
            raise MockError("NOT_FOUND", f"{what} not found", {key: record_id})
        return record

    @staticmethod
    def _matching(collection: Any, query: dict[str, Any], fields: tuple[str, ...]) -> list[dict[str, Any]]:
        """Records whose ``fields`` equal the query's value wherever the query gives one."""
        return [r for r in collection.values() if all(query.get(f) is None or r.get(f) == query[f] for f in fields)]

    def _page(self, collection: Any, records: list[dict[str, Any]], query: dict[str, Any]) -> dict[str, Any]:
        page: dict[str, Any] = collection.page(records, query.get("limit"), query.get("cursor"))
        page["items"] = [view(r) for r in page["items"]]
        return page

    def _touch(self, *records: dict[str, Any] | None) -> None:
        now = self.store.now_iso()
        for r in records:
            if r is not None:
                r["updatedAt"] = now

    if TYPE_CHECKING:
        # ---- identity.py
        def _identity(self, did: str | None) -> dict[str, Any] | None: ...
        def _write_ref(self, ref: str) -> str: ...
        def _verify_identity_proof(self, did: str, proof: dict[str, Any]) -> dict[str, Any]: ...

        # ---- machines.py
        def _machine(self, machine_id: str) -> dict[str, Any]: ...
        def _operational(self, machine_id: str) -> dict[str, Any]: ...
        def _find_endpoint(self, machine_id: str, key: str) -> dict[str, Any]: ...
        def _endpoint_view(self, e: dict[str, Any]) -> dict[str, Any]: ...

        # ---- pairing.py
        def enforce_delegation_policy(self, p: dict[str, Any], svc: dict[str, Any]) -> None: ...
        def charge_spend_limits(self, p: dict[str, Any], price: float, now: datetime) -> None: ...

        # ---- policies.py
        def check_policy_ids(self, policy_ids: list[str]) -> None: ...
        def policy_refusal(self, machine: dict[str, Any], svc: dict[str, Any]) -> dict[str, Any] | None: ...
        def enforce_machine_policies(self, machine: dict[str, Any], svc: dict[str, Any]) -> None: ...

        # ---- catalogue.py
        def _service(self, service_id: str) -> dict[str, Any]: ...

        # ---- orders.py
        def _order_for(self, call: Call) -> dict[str, Any]: ...

        # ---- payments.py
        def _payment_view(self, pay: dict[str, Any] | None) -> dict[str, Any] | None: ...
        def _x402_execute(self, o: dict[str, Any], pay: dict[str, Any] | None, body: dict[str, Any]) -> None: ...
        def _x402_settle(self, pay: dict[str, Any]) -> None: ...

        # ---- observability.py
        def record_run(self, order: dict[str, Any], run: dict[str, Any]) -> None: ...
        def audit_checkpoint(self, call: Call) -> None: ...
