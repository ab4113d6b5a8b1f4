"""Payments: the payment state machine of an order — intents on a rail, proofs (recorded, RPC-verified against the
simulated chain receipts, x402 signatures), escrow locks, release and refund.

A mixin of :class:`peaq_os_sdk.mock.simulator.Simulator`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import TYPE_CHECKING, Any

from peaq_os_sdk.mock.base import Rules
from peaq_os_sdk.mock.errors import MockError
from peaq_os_sdk.mock.identity import _ADDRESS
from peaq_os_sdk.mock.orders import PAST_READY
from peaq_os_sdk.mock.store import new_id, view

if TYPE_CHECKING:
    from peaq_os_sdk.mock.simulator import Call


class PaymentRules(Rules):
    # ---- payment records -------------------------------------------------------------------------
    def _new_payment(self, o: dict[str, Any], rail: dict[str, Any], amount: Any, currency: Any) -> dict[str, Any]:
        now = self.store.now_iso()
        base_rail = o["payment"]
        details = {"type": rail.get("type") or base_rail["defaultRail"]}
        for key in (
            "chain",
            "token",
            "tokenAddress",
            "tokenMint",
            "walletAddress",
            "payerAddress",
            "payeeAddress",
            "externalUrl",
            "provider",
        ):
            value = rail.get(key, base_rail.get(key))
            if value is not None:
                details[key] = value
        for key in ("escrowAddress", "accountId", "paymentIntentId"):
            if rail.get(key) is not None:
                details[key] = rail[key]
        details["metadata"] = dict(rail.get("metadata", {}))
        if details["type"] == "x402":
            challenge = {
                "x402Version": 2,
                "accepts": [
                    {
                        "scheme": "exact",
                        "network": details.get("chain", "base"),
                        "maxAmountRequired": str(amount or 0),
                        "payTo": details.get("walletAddress"),
                        "asset": details.get("tokenAddress"),
                    }
                ],
            }
            import base64

            details["metadata"]["paymentRequest"] = {
                "paymentRequired": base64.b64encode(json.dumps(challenge).encode()).decode()
            }
        not_required = details["type"] == "not-required"
        return {
            "id": new_id("pay"),
            "orderId": o["id"],
            "machineId": o["machineId"],
            "status": "not_required" if not_required else "intent_created",
            "rail": details,
            "createdAt": now,
            "updatedAt": now,
            "amount": amount,
            "currency": currency,
            "notes": [],
            "proof": None,
        }

    def _payment_view(self, pay: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if pay is None else view(pay)

    def createPaymentIntent(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        if o["status"] in PAST_READY:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        existing = self.store.payments.get(o["id"])
        if existing is not None:
            return 200, {"item": view(existing)}  # idempotent
        b = call.body
        rail = b.get("rail") or {}
        rail_type = rail.get("type") or o["payment"]["defaultRail"]
        supported = set(o["payment"].get("supportedRails", [])) | {o["payment"]["defaultRail"]}
        if self.config.enforce_service_payment_rails and rail_type not in supported:
            raise MockError("VALIDATION_ERROR", "rail is not supported by this service", {"field": "rail.type"})
        if rail_type == "not-required" and o["payment"]["required"]:
            raise MockError("PAYMENT_REQUIRED", "this service requires payment")
        for key in ("payerAddress", "payeeAddress", "walletAddress", "tokenAddress"):
            value = rail.get(key)
            if value is not None and (rail.get("chain") or "").lower() != "solana" and not _ADDRESS.match(value):
                raise MockError("VALIDATION_ERROR", f"{key} is not a valid address", {"field": f"rail.{key}"})
        amount = b.get("amount", (o.get("budget") or {}).get("amount"))
        currency = b.get("currency", (o.get("budget") or {}).get("currency"))
        pay = self._new_payment(o, rail, amount, currency)
        self.store.payments[o["id"]] = pay
        o["status"] = "ready" if pay["status"] == "not_required" else "payment_pending"
        self._touch(o)
        return 201, {"item": view(pay)}

    def getMarketPayment(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        return 200, {"item": self._payment_view(self.store.payments.get(o["id"]))}

    # ---- proofs ----------------------------------------------------------------------------------
    def _order_to_hold(self, call: Call) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The order and its payment (None before an intent) for a step that makes the payment held (a proof,
        an escrow lock): ``ORDER_CLOSED`` once the order is past ready or the payment is beyond held."""
        o = self._order_for(call)
        if o["status"] in PAST_READY:
            raise MockError("ORDER_CLOSED", f"order is {o['status']}")
        pay: dict[str, Any] | None = self.store.payments.get(o["id"])
        if pay is not None and pay["status"] not in ("intent_created", "held"):
            raise MockError("ORDER_CLOSED", f"payment is {pay['status']}")
        return o, pay

    def submitPaymentProof(self, call: Call) -> tuple[int, Any]:
        o, pay = self._order_to_hold(call)
        if pay is not None and pay["status"] == "held":
            return 200, {"item": view(pay)}
        b = call.body
        if "payment" in b:
            return self._x402_proof(o, pay, b)
        solana = "transactionSignature" in b
        mode = "recorded" if solana else b["verificationMode"]
        if mode == "rpc":
            self._verify_rpc(b)
        if pay is None:
            pay = self._new_payment(o, {"chain": b["chain"], "token": b["token"]}, float(b["amount"]), b["token"])
            self.store.payments[o["id"]] = pay
        pay["status"] = "held"
        if pay["rail"]["type"] == "wallet" and b["token"].upper() == "USDT":
            pay["rail"]["type"] = "wdk-usdt-transfer"
        pay["rail"].update(
            {k: b[k] for k in ("chain", "token", "payerAddress", "payeeAddress", "tokenAddress", "tokenMint") if k in b}
        )
        pay["proof"] = {
            "chain": b["chain"],
            "token": b["token"],
            "transactionHash": b.get("transactionHash"),
            "transactionSignature": b.get("transactionSignature"),
            "payerAddress": b["payerAddress"],
            "verifiedAt": self.store.now_iso(),
            "verificationMode": mode,
            "metadata": dict(b.get("metadata", {})),
        }
        o["status"] = "ready"
        self._touch(o, pay)
        return 200, {"item": view(pay)}

    def _x402_proof(self, o: dict[str, Any], pay: dict[str, Any] | None, b: dict[str, Any]) -> tuple[int, Any]:
        """The x402 variant: record the signed PAYMENT-SIGNATURE value for execute to replay (never echoed)."""
        rail = o["payment"]
        x402_ok = rail["defaultRail"] == "x402" or "x402" in rail.get("supportedRails", [])
        if (pay is not None and pay["rail"]["type"] != "x402") or (pay is None and not x402_ok):
            raise MockError(
                "VALIDATION_ERROR", "an x402 payment proof needs an order paid over the x402 rail", {"field": "payment"}
            )
        if pay is None:
            budget = o.get("budget") or {}
            pay = self._new_payment(o, {"type": "x402"}, budget.get("amount"), budget.get("currency"))
            self.store.payments[o["id"]] = pay
        signature = b["payment"]["paymentSignature"]
        pay["_paymentSignature"] = signature
        metadata = dict(b.get("metadata", {}))
        metadata.update(
            {
                "headerName": "PAYMENT-SIGNATURE",
                "network": pay["rail"].get("chain") or "base",
                "paymentSettlement": {"status": "recorded"},
            }
        )
        if b.get("paymentReference"):
            metadata["paymentReference"] = b["paymentReference"]
        pay["proof"] = {
            "chain": pay["rail"].get("chain"),
            "token": pay["rail"].get("token"),
            "transactionHash": None,
            "payerAddress": None,
            "verifiedAt": self.store.now_iso(),
            "verificationMode": "recorded",
            "metadata": metadata,
        }
        pay["status"] = "held"
        o["status"] = "ready"
        self._touch(o, pay)
        return 200, {"item": view(pay)}

    def _x402_execute(self, o: dict[str, Any], pay: dict[str, Any] | None, body: dict[str, Any]) -> None:
        """Execute on an x402 rail: the presented signature, or else the recorded one, is replayed."""
        presented = (body.get("payment") or {}).get("paymentSignature")
        recorded = (pay or {}).get("_paymentSignature")
        if recorded and presented and not hmac.compare_digest(presented, recorded):
            raise MockError("PAYMENT_REQUIRED", "payment.paymentSignature differs from the recorded x402 proof")
        if not (presented or recorded):
            raise MockError("PAYMENT_REQUIRED", "x402 execution needs payment.paymentSignature")
        if pay is not None:
            pay["_paymentSignature"] = recorded or presented
            pay["_x402Replayed"] = True
            if pay.get("proof"):
                settlement = pay["proof"]["metadata"].setdefault("paymentSettlement", {})
                settlement["status"] = "executed"
            self._touch(pay)

    def _x402_settle(self, pay: dict[str, Any]) -> None:
        """Confirm settles a replayed x402 payment: the facilitator's answer lands in paymentSettlement."""
        if not pay.get("_x402Replayed") or not pay.get("proof") or not pay.get("_paymentSignature"):
            return
        digest = hashlib.sha256(pay["_paymentSignature"].encode()).hexdigest()
        payer = pay["rail"].get("payerAddress")
        pay["proof"]["metadata"]["paymentSettlement"] = {
            "status": "settled",
            "response": {
                "success": True,
                "transaction": "0x" + digest,
                "network": pay["proof"]["metadata"].get("network"),
            },
            **({"payerAddress": payer} if payer else {}),
        }
        pay["proof"]["transactionHash"] = "0x" + digest
        pay["proof"]["payerAddress"] = payer

    def _verify_rpc(self, b: dict[str, Any]) -> None:
        if not self.config.payment_rpc_url:
            raise MockError("PAYMENT_RPC_REQUIRED", "rpc verification needs a configured payment RPC URL")
        if self.store.faults["rpcError"]:
            raise MockError("PAYMENT_RPC_ERROR", "payment RPC call failed")
        tx = self.store.transactions.get(b["transactionHash"].lower())
        if tx is None or tx["status"] == "pending":
            raise MockError("PAYMENT_NOT_MINED", "transaction receipt not available yet")
        if tx["status"] != "success":
            raise MockError("PAYMENT_TX_FAILED", "transaction receipt status is not success")
        expected = {
            "token": b.get("tokenAddress") or b["token"],
            "from": b["payerAddress"],
            "to": b["payeeAddress"],
            "rawAmount": b.get("rawAmount"),
        }
        for key, want in expected.items():
            got = tx.get(key)
            if want is not None and got is not None and str(got).lower() != str(want).lower():
                raise MockError("PAYMENT_TRANSFER_NOT_FOUND", "no matching ERC-20 Transfer log", {"mismatch": key})

    def register_transaction(self, body: dict[str, Any]) -> dict[str, Any]:
        tx = body.get("transactionHash")
        if not isinstance(tx, str) or not tx:
            raise MockError("VALIDATION_ERROR", "transactionHash is required")
        record = {
            "transactionHash": tx,
            "status": body.get("status", "success"),
            "token": body.get("token"),
            "from": body.get("from"),
            "to": body.get("to"),
            "rawAmount": body.get("rawAmount"),
        }
        self.store.transactions[tx.lower()] = record
        return record

    # ---- escrow, release, refund -----------------------------------------------------------------
    def lockEscrowPayment(self, call: Call) -> tuple[int, Any]:
        o, pay = self._order_to_hold(call)
        if pay is not None and pay["status"] == "held":
            return 200, {"item": view(pay)}  # repeat while held is a no-op
        b = call.body
        if pay is None:
            pay = self._new_payment(
                o, {"type": "escrow"}, (o.get("budget") or {}).get("amount"), (o.get("budget") or {}).get("currency")
            )
            self.store.payments[o["id"]] = pay
        pay["rail"].update({"chain": b["chain"], "escrowAddress": b["escrowAddress"]})
        pay["proof"] = {
            "chain": b["chain"],
            "transactionHash": b["transactionHash"],
            "verifiedAt": self.store.now_iso(),
            "verificationMode": "recorded",
            "metadata": {},
        }
        pay["status"] = "held"
        o["status"] = "ready"
        self._touch(o, pay)
        return 200, {"item": view(pay)}

    def releasePayment(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        pay = self.store.payments.get(o["id"])
        if pay is None:
            raise MockError("NOT_FOUND", "order has no payment")
        if pay["status"] != "release_pending":
            raise MockError("ORDER_CLOSED", f"payment is {pay['status']}; release needs release_pending")
        body = call.body or {}
        pay["status"] = "released"
        if body.get("notes"):
            pay["notes"].append(body["notes"])
        if body.get("transactionHash"):
            pay["notes"].append(f"release tx {body['transactionHash']}")
        self._touch(pay)
        return 200, {"item": view(pay)}

    def refundPayment(self, call: Call) -> tuple[int, Any]:
        o = self._order_for(call)
        pay = self.store.payments.get(o["id"])
        if pay is None:
            raise MockError("NOT_FOUND", "order has no payment")
        if pay["status"] not in ("intent_created", "held", "release_pending", "frozen"):
            raise MockError("ORDER_CLOSED", f"payment is {pay['status']}; it cannot be refunded")
        body = call.body or {}
        pay["status"] = "refunded"
        if body.get("reason"):
            pay["notes"].append(body["reason"])
        if o["status"] in ("created", "payment_pending", "ready"):
            o["status"] = "cancelled"
        dispute = self.store.disputes.get(o["id"])
        if dispute is not None:
            dispute.update({"status": "resolved", "updatedAt": self.store.now_iso()})
        self._touch(o, pay)
        return 200, {"item": view(pay)}
