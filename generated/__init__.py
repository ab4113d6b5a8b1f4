# generated from spec/openapi.yaml by codegen/ — do not edit
"""Code rendered from spec/openapi.yaml: models, operation facts, sync and async endpoints."""

SPEC_VERSION = "0.2.0"
