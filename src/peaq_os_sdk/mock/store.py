"""In-memory state of the simulated orchestrator: one lock, a movable clock, ordered collections."""

from __future__ import annotations

import base64
import threading
import uuid
from collections import deque
from datetime import datetime, timedelta, timezone
from typing import Any

from peaq_os_sdk.mock.errors import MockError


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class Collection:
    """Records in creation order with a stable, opaque cursor (the last sequence number seen)."""

    def __init__(self) -> None:
        self.by_id: dict[str, dict[str, Any]] = {}
        self._seq: dict[str, int] = {}
        self._next = 0

    def add(self, record: dict[str, Any]) -> dict[str, Any]:
        self._next += 1
        self.by_id[record["id"]] = record
        self._seq[record["id"]] = self._next
        return record

    def get(self, record_id: str) -> dict[str, Any] | None:
        return self.by_id.get(record_id)

    def remove(self, record_id: str) -> None:
        self.by_id.pop(record_id, None)
        self._seq.pop(record_id, None)

    def values(self) -> list[dict[str, Any]]:
        return list(self.by_id.values())

    def __len__(self) -> int:
        return len(self.by_id)

    def page(self, records: list[dict[str, Any]], limit: int | None, cursor: str | None) -> dict[str, Any]:
        """One page of ``records`` (a filtered view of this collection, in creation order)."""
        size = limit or 100
        after = decode_cursor(cursor) if cursor else 0
        out: list[dict[str, Any]] = []
        last = 0
        for r in records:
            s = self._seq.get(r["id"], 0)
            if s <= after:
                continue
            if len(out) == size:
                return {"items": out, "nextCursor": encode_cursor(last)}
            out.append(r)
            last = s
        return {"items": out}


def encode_cursor(seq: int) -> str:
    return base64.urlsafe_b64encode(f"v1:{seq}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _, num = raw.partition(":")
        if prefix != "v1" or not num.isdigit():
            raise ValueError
        return int(num)
    except (ValueError, UnicodeDecodeError):
        raise MockError("VALIDATION_ERROR", "cursor is not one this server issued", {"field": "cursor"}) from None


class Store:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.clock_offset = timedelta(0)
        self.requests: deque[dict[str, Any]] = deque(maxlen=10_000)
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.clock_offset = timedelta(0)
            self.identities: dict[str, dict[str, Any]] = {}  # token id (decimal) -> identity
            self.identity_challenges: dict[str, dict[str, Any]] = {}
            self.pairing_challenges: dict[str, dict[str, Any]] = {}
            self.machines = Collection()
            self.agents = Collection()
            self.pairings = Collection()
            self.endpoints = Collection()
            self.searches = Collection()
            self.quotes: dict[str, dict[str, Any]] = {}
            self.orders = Collection()
            self.payments: dict[str, dict[str, Any]] = {}  # order id -> payment
            self.disputes: dict[str, dict[str, Any]] = {}
            self.skills = Collection()
            self.manifests: dict[str, dict[str, Any]] = {}
            self.skill_configs: dict[str, dict[str, Any]] = {}
            self.services = Collection()
            self.policies = Collection()
            self.runs = Collection()
            self.audit_events = Collection()
            self.graph_nodes = Collection()
            self.graph_edges = Collection()
            self.tasks = Collection()
            self.transactions: dict[str, dict[str, Any]] = {}  # simulated chain receipts for rpc proofs
            self.faults: dict[str, bool] = {"mcrUnavailable": False, "rpcError": False}
            self.requests.clear()

    def now(self) -> datetime:
        return datetime.now(timezone.utc) + self.clock_offset

    def now_iso(self) -> str:
        return iso(self.now())

    def later_iso(self, seconds: float) -> str:
        return iso(self.now() + timedelta(seconds=seconds))

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.clock_offset += timedelta(seconds=seconds)


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:20]}"
