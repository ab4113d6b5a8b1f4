"""In-memory state of the simulated orchestrator: one lock, a movable clock, ordered collections, and the change
log of the audited ones (what the audit trail is derived from)."""

from __future__ import annotations

import base64
import copy
import threading
import uuid
from collections import deque
from datetime import datetime, timedelta, timezone
from typing import Any, NamedTuple

from peaq_os_sdk.mock.errors import MockError


def iso(dt: datetime) -> str:
    return dt.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def view(record: dict[str, Any]) -> dict[str, Any]:
    """The public view of a stored record: private ``_`` keys dropped."""
    return {k: v for k, v in record.items() if not k.startswith("_")}


Fingerprint = dict[str, str]


def fingerprint(record: dict[str, Any]) -> Fingerprint:
    """The repr of each public field: what tells a changed record from an unchanged one."""
    return {k: repr(v) for k, v in record.items() if not k.startswith("_")}


class Change(NamedTuple):
    """One record added, changed or removed in an audited collection since the last take."""

    resource_type: str
    resource_id: str
    record: dict[str, Any]
    before: Fingerprint | None  # None: added
    after: Fingerprint | None  # None: removed


class Collection:
    """Records in creation order with a stable, opaque cursor (the last sequence number seen).

    ``Collection(audit="<resourceType>")`` makes it audited: it logs the keys of the records added, written or
    removed (records change in place: a stored record becomes a :class:`Record`, which reports writes) and, at each
    :meth:`take_changes`, compares only those against their fingerprints from the previous take. The cost of a
    take follows what changed, not how much is stored.
    """

    def __init__(self, audit: str | None = None) -> None:
        self.audit = audit
        self.by_id: dict[str, dict[str, Any]] = {}
        self._seq: dict[str, int] = {}
        self._next = 0
        self._dirty: set[str] = set()  # keys added or written since the last take
        self._removed: dict[str, tuple[int, dict[str, Any]]] = {}  # key -> (sequence, record) as of the last take
        self._prints: dict[str, tuple[str, Fingerprint]] = {}  # key -> (resource id, fingerprint) at the last take

    def add(self, record: dict[str, Any]) -> dict[str, Any]:
        self[record["id"]] = record
        return record

    def __setitem__(self, key: str, record: dict[str, Any]) -> None:
        old = self.by_id.get(key)
        if old is None:
            self._next += 1
            self._seq[key] = self._next
        if self.audit is not None:
            if old is not None and old is not record:
                self._removed.setdefault(key, (self._seq[key], old))
            self._dirty.add(key)
        self.by_id[key] = record

    def setdefault(self, key: str, record: dict[str, Any]) -> dict[str, Any]:
        existing = self.by_id.get(key)
        if existing is not None:
            return existing
        self[key] = record
        return record

    def get(self, record_id: str) -> dict[str, Any] | None:
        return self.by_id.get(record_id)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.by_id

    def remove(self, record_id: str) -> None:
        record = self.by_id.pop(record_id, None)
        seq = self._seq.pop(record_id, None)
        if self.audit is not None and record is not None and seq is not None:
            self._removed.setdefault(record_id, (seq, record))

    def values(self) -> list[dict[str, Any]]:
        return list(self.by_id.values())

    def __len__(self) -> int:
        return len(self.by_id)

    # ---- change tracking (audited collections) -----------------------------------------------------
    def take_changes(self) -> list[Change]:
        """Records added, changed or removed since the last take, in creation order; then a fresh log.

        A record written without a change in its public fields, or added and removed in between, is no change.
        """
        if self.audit is None:
            return []
        dirty, self._dirty = self._dirty, set()
        removed, self._removed = self._removed, {}
        order = {k: self._seq[k] if k in self.by_id else removed[k][0] for k in dirty | removed.keys()}
        changes: list[Change] = []
        for key in sorted(order, key=order.__getitem__):
            old = self._prints.pop(key, None)
            gone = removed.get(key)
            stored = self.by_id.get(key)
            if stored is None:
                if old is not None and gone is not None:
                    changes.append(Change(self.audit, old[0], gone[1], old[1], None))
                continue
            record = self._adopt(key, stored)
            new = self._prints[key] = (str(dict.get(record, "id", key)), fingerprint(record))
            if old is not None and old[0] == new[0]:
                if old[1] != new[1]:
                    changes.append(Change(self.audit, new[0], record, old[1], new[1]))
                continue
            changes.append(Change(self.audit, new[0], record, None, new[1]))
            if old is not None and gone is not None:  # replaced by a record with another id
                changes.append(Change(self.audit, old[0], gone[1], old[1], None))
        return changes

    def forget_reads(self) -> None:
        """Drop the marks a read left (reading a dict or list out of a record marks it): a read changes nothing."""
        self._dirty = {k for k in self._dirty if not isinstance(self.by_id.get(k), Record)}

    def _adopt(self, key: str, record: dict[str, Any]) -> Record:
        if isinstance(record, Record) and record._owner is self:
            return record
        adopted = Record(record)
        adopted._owner, adopted._key = self, key
        self.by_id[key] = adopted
        return adopted

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


class Record(dict[str, Any]):
    """A record of an audited :class:`Collection`. Writing to it, or taking a dict or list out of it (which the
    caller may then change in place), marks it in the collection's change log."""

    __slots__ = ("_key", "_owner")
    _owner: Collection
    _key: str

    def _mark(self) -> None:
        self._owner._dirty.add(self._key)

    def __getitem__(self, key: str) -> Any:
        value = dict.__getitem__(self, key)
        if isinstance(value, dict | list):
            self._mark()
        return value

    def get(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        if key not in self:
            return default
        return self[key]  # through __getitem__, which marks a dict or list read out

    def __setitem__(self, key: str, value: Any) -> None:
        self._mark()
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: str) -> None:
        self._mark()
        dict.__delitem__(self, key)

    def update(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        self._mark()
        dict.update(self, *args, **kwargs)

    def setdefault(self, key: str, default: Any = None) -> Any:  # type: ignore[override]
        self._mark()
        return dict.setdefault(self, key, default)

    def pop(self, key: str, *default: Any) -> Any:  # type: ignore[override]
        self._mark()
        return dict.pop(self, key, *default)

    def popitem(self) -> tuple[str, Any]:
        self._mark()
        return dict.popitem(self)

    def clear(self) -> None:
        self._mark()
        dict.clear(self)

    def __ior__(self, other: Any) -> Record:  # type: ignore[override,misc]
        self._mark()
        dict.update(self, other)
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> Record:
        """A copy owned by the copy of its collection (a copied store keeps tracking its records)."""
        copied = Record()
        memo[id(self)] = copied
        copied._owner, copied._key = copy.deepcopy(self._owner, memo), self._key
        for k, v in dict.items(self):
            dict.__setitem__(copied, k, copy.deepcopy(v, memo))
        return copied


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
        self.generation = 0  # counts resets: a request that waited across one belongs to what came before
        self.reset()

    def reset(self) -> None:
        with self.lock:
            self.generation += 1
            self.clock_offset = timedelta(0)
            self.identities: dict[str, dict[str, Any]] = {}  # token id (decimal) -> identity
            self.identity_challenges: dict[str, dict[str, Any]] = {}
            self.pairing_challenges: dict[str, dict[str, Any]] = {}
            # audited: every change to their records is an audit event (in this order within one write)
            self.machines = Collection(audit="machine")
            self.agents = Collection(audit="machine_agent")
            self.pairings = Collection(audit="agent_pairing")
            self.endpoints = Collection(audit="runtime_endpoint")
            self.policies = Collection(audit="policy")
            self.searches = Collection(audit="market_search")
            self.orders = Collection(audit="market_order")
            self.payments = Collection(audit="payment")  # order id -> payment
            self.disputes = Collection(audit="dispute")  # order id -> dispute
            self.runs = Collection(audit="run")
            self.graph_nodes = Collection(audit="graph_node")
            self.graph_edges = Collection(audit="graph_edge")
            self.tasks = Collection(audit="task")
            self.skill_configs = Collection(audit="skill_config")  # skill key -> config
            # not audited
            self.quotes: dict[str, dict[str, Any]] = {}
            self.skills = Collection()
            self.manifests: dict[str, dict[str, Any]] = {}
            self.services = Collection()
            self.audit_events = Collection()
            self.order_events = Collection()  # derived from the market_order changes, as the audit trail
            self.transactions: dict[str, dict[str, Any]] = {}  # simulated chain receipts for rpc proofs
            self.faults: dict[str, bool] = {"mcrUnavailable": False, "rpcError": False, "providerFailure": False}
            self.requests.clear()

    def audited(self) -> list[Collection]:
        """The audited collections, in the order their changes are reported."""
        return [c for c in vars(self).values() if isinstance(c, Collection) and c.audit is not None]

    def take_changes(self) -> list[Change]:
        """Every audited record added, changed or removed since the last take (see :meth:`Collection.take_changes`)."""
        return [change for c in self.audited() for change in c.take_changes()]

    def forget_reads(self) -> None:
        for c in self.audited():
            c.forget_reads()

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
