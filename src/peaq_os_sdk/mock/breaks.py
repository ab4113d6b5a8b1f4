"""Deliberate contract breaks (``MockConfig.contract_breaks``): a wrong simulator to prove contract checks bite.

Each break is off by default and changes only what goes on the wire; the simulator's state is never touched.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

#: break name -> what the simulator then does wrong
CONTRACT_BREAKS: dict[str, str] = {
    "renamed-field": "listSkills sends each item's required `label` as `title`",
    "missing-field": "listMarketServices leaves the required `name` out of each item",
    "wrong-status": "listMachines answers 201 instead of the documented 200",
    "server-error-on-bad-input": "every request that fails validation is answered 500 INTERNAL, not 400",
}


def check_names(names: Iterable[str]) -> tuple[str, ...]:
    """The break names as a tuple; ValueError on a name that is not a known break."""
    out = tuple(names)
    unknown = sorted(set(out) - set(CONTRACT_BREAKS))
    if unknown:
        raise ValueError(f"unknown contract break(s) {unknown}; known: {sorted(CONTRACT_BREAKS)}")
    return out


def _map_items(payload: Any, fn: Any) -> Any:
    if not isinstance(payload, dict) or not isinstance(payload.get("items"), list):
        return payload
    return {**payload, "items": [fn(dict(i)) if isinstance(i, dict) else i for i in payload["items"]]}


def _rename(item: dict[str, Any]) -> dict[str, Any]:
    if "label" in item:
        item["title"] = item.pop("label")
    return item


def _drop_name(item: dict[str, Any]) -> dict[str, Any]:
    item.pop("name", None)
    return item


def apply(breaks: tuple[str, ...], op_id: str, status: int, payload: Any) -> tuple[int, Any]:
    """The (status, payload) the broken simulator answers instead of a successful one."""
    if "renamed-field" in breaks and op_id == "listSkills":
        payload = _map_items(payload, _rename)
    if "missing-field" in breaks and op_id == "listMarketServices":
        payload = _map_items(payload, _drop_name)
    if "wrong-status" in breaks and op_id == "listMachines" and status == 200:
        status = 201
    return status, payload


def error_status(breaks: tuple[str, ...], code: str, status: int) -> tuple[str, int]:
    """The (code, status) the broken simulator answers instead of an error."""
    if "server-error-on-bad-input" in breaks and code == "VALIDATION_ERROR":
        return "INTERNAL", 500
    return code, status
