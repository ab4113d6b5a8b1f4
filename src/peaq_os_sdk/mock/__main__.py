"""``python -m peaq_os_sdk.mock --host 127.0.0.1 --port 8080``: run the mock orchestrator."""

from __future__ import annotations

import argparse
import os

import uvicorn

from peaq_os_sdk.mock.app import create_app
from peaq_os_sdk.mock.breaks import CONTRACT_BREAKS
from peaq_os_sdk.mock.config import MockConfig
from peaq_os_sdk.mock.faults import FaultSpecError, parse_specs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m peaq_os_sdk.mock", description="peaq OS orchestrator simulator")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=8080)
    ap.add_argument("--require-api-auth", action="store_true", help="same as PEAQOS_REQUIRE_API_AUTH=true")
    ap.add_argument("--api-key", action="append", default=[], help="accepted platform key (repeatable)")
    ap.add_argument("--identity-verification", choices=["required", "off"], help="PEAQOS_MACHINE_IDENTITY_VERIFICATION")
    ap.add_argument("--no-agent-pairing-auth", action="store_true", help="PEAQOS_REQUIRE_AGENT_PAIRING_AUTH=false")
    ap.add_argument("--enforce-service-payment-rails", action="store_true")
    ap.add_argument("--payment-rpc-url", help="enable rpc proof verification (receipts from /_mock/transactions)")
    ap.add_argument("--catalogue", help="JSON file with skills and services")
    ap.add_argument(
        "--break-contract",
        action="append",
        default=[],
        choices=sorted(CONTRACT_BREAKS),
        help="answer against the spec on purpose (repeatable; for testing contract checks)",
    )
    ap.add_argument(
        "--check-responses",
        action="store_true",
        help="PEAQOS_MOCK_CHECK_RESPONSES=true: a success answer with a key the spec does not declare answers 500",
    )
    ap.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="SPEC",
        help="scripted transport fault, repeatable (also PEAQOS_MOCK_FAULTS='SPEC;SPEC'): "
        "'[METHOD ]PATH-GLOB[,status=N][,times=K|always][,retry-after=S][,retry-after-ms=MS][,delay-ms=M]"
        "[,drop][,should-retry=true|false]', e.g. 'POST /market/orders,status=503,times=2,retry-after=1'",
    )
    args = ap.parse_args(argv)
    try:
        cfg = MockConfig.from_env(os.environ)
    except FaultSpecError as e:
        ap.error(f"PEAQOS_MOCK_FAULTS: {e}")
    if args.require_api_auth:
        cfg.require_api_auth = True
    if args.api_key:
        cfg.api_keys = tuple(args.api_key)
    if args.identity_verification:
        cfg.machine_identity_verification = args.identity_verification == "required"
    if args.no_agent_pairing_auth:
        cfg.require_agent_pairing_auth = False
    if args.enforce_service_payment_rails:
        cfg.enforce_service_payment_rails = True
    if args.payment_rpc_url:
        cfg.payment_rpc_url = args.payment_rpc_url
    if args.catalogue:
        cfg.catalogue_path = args.catalogue
    if args.break_contract:
        cfg.contract_breaks = tuple(args.break_contract)
    if args.check_responses:
        cfg.check_responses = True
    if args.fault:
        try:
            cfg.faults = cfg.faults + parse_specs(";".join(args.fault))
        except FaultSpecError as e:
            ap.error(f"--fault: {e}")
    print(f"peaq OS mock orchestrator on http://{args.host}:{args.port}  (API under /api/v1, admin under /_mock)")
    uvicorn.run(create_app(cfg), host=args.host, port=args.port, log_level="info")


if __name__ == "__main__":
    main()
