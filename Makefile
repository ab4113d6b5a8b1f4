# Every target bootstraps .venv from nothing (only python3 and make are needed) and is idempotent.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The editable install is "strict" (a tree of links under build/) so type checkers see the package with
# generated/ mapped in as peaq_os_sdk._generated; the stamp names the package's file list, so adding or
# removing a module reinstalls it on the next make run.
FILES_ID := $(shell find src generated -type f \( -name '*.py' -o -name '*.json' -o -name 'py.typed' \) 2>/dev/null | LC_ALL=C sort | cksum | cut -d' ' -f1)
STAMP  := $(VENV)/.installed-$(FILES_ID)
PORT   ?= 8080
DIST   ?= dist
# the suite runs on every core (pytest-xdist; each test file stays on one worker, as its module-level state and
# file order expect), the modules marked heavy first (tests/conftest.py; xdist would otherwise hand out the files
# with fewest tests last, and those are the long single-test builds); PYTEST_PARALLEL= runs it in one process
PYTEST_PARALLEL ?= -n auto --dist loadfile --no-loadscope-reorder
# extra `python -m build` flags, e.g. --no-isolation (the tests use it to reuse the venv's setuptools)
BUILD_FLAGS ?=

.PHONY: help demo test generate check-generated lint contract mutation bench build mock docs clean
.PHONY: release-check spec-diff changelog release-baseline publish regenerate-pr

help:
	@echo "make demo             end-to-end market demo against the embedded mock (the main job)"
	@echo "make test             everything CI runs: generated-code check + the whole pytest suite"
	@echo "make generate         render generated/ from spec/openapi.yaml"
	@echo "make check-generated  fail when generated/ differs from a fresh render"
	@echo "make lint             ruff + mypy"
	@echo "make contract         schemathesis contract tests only"
	@echo "make mutation         mutmut over the runtime, decoding and simulator (slow; AREAS=\"decode\" for one area)"
	@echo "make bench            SDK vs raw httpx: cold start, 500-item page, 100k iteration, async fan-out"
	@echo "make build            sdist + wheel + metadata check"
	@echo "make docs             build the documentation site (strict) into build/site"
	@echo "make mock             run the mock orchestrator on 127.0.0.1:$(PORT)"
	@echo "make release-check    breaking-change, version, changelog and package gate (docs/releasing.md)"
	@echo "make spec-diff        contract diff table against the last release"
	@echo "make changelog        write the CHANGELOG.md section for the current version"
	@echo "make publish          upload $(DIST)/ to PEAQOS_PUBLISH_URL (default: the staging index)"
	@echo "make release-baseline record the built wheel as the next release's baseline"

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[dev]' --config-settings editable_mode=strict
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

demo: $(STAMP)
	@$(BIN)/python -m peaq_os_sdk.demo

test: $(STAMP) check-generated lint
	@$(BIN)/python -m pytest -q $(PYTEST_PARALLEL)

generate: $(STAMP)
	@$(BIN)/python -m codegen.generate

check-generated: $(STAMP)
	@$(BIN)/python -m codegen.generate --check

lint: $(STAMP)
	@$(BIN)/python -m ruff check src codegen examples release
	@$(BIN)/python -m ruff format --check src codegen examples release
	@$(BIN)/validate-pyproject pyproject.toml
	@$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	@$(BIN)/zizmor --offline --quiet .github/workflows
	@rm -rf build/typecheck && mkdir -p build/typecheck
	@cp -r src/peaq_os_sdk build/typecheck/ && cp -r generated build/typecheck/peaq_os_sdk/_generated
	@cd build/typecheck && ../../$(BIN)/python -m mypy --config-file ../../pyproject.toml -p peaq_os_sdk

contract: $(STAMP)
	@$(BIN)/python -m pytest -q -m contract

# kill rate per area in build/mutation/report.md; fails when an area is under 90% (see tests/mutation/run.py);
# the simulator is tested on a seeded random sample (MUTATION_ARGS="--sample N --seed S"; --sample 0: all)
mutation: $(STAMP)
	@$(BIN)/python -m pip install --quiet -e '.[mutation]' --config-settings editable_mode=strict
	@$(BIN)/python tests/mutation/run.py $(AREAS) $(MUTATION_ARGS)

bench: $(STAMP)
	@$(BIN)/python tests/bench/bench_list.py

build: $(STAMP)
	@rm -rf $(DIST)
	@$(BIN)/python -m build --quiet $(BUILD_FLAGS) --outdir $(DIST) .
	@$(BIN)/python tests/bench/check_dist.py $(DIST)

release-check: $(STAMP) check-generated build
	@$(BIN)/python -m release check --dist $(DIST)

spec-diff: $(STAMP)
	@$(BIN)/python -m release spec-diff --output build/release/spec-diff.md

changelog: $(STAMP)
	@$(BIN)/python -m release changelog

release-baseline: $(STAMP)
	@$(BIN)/python -m release baseline --dist $(DIST)

regenerate-pr: $(STAMP)
	@$(BIN)/python -m release regenerate-pr $(if $(DRY_RUN),--dry-run)

publish: $(STAMP)
	@test -n "$$(ls $(DIST)/*.whl 2>/dev/null)" || $(MAKE) --no-print-directory build
	@$(BIN)/python -m release publish --dist $(DIST)

docs: $(STAMP)
	@NO_MKDOCS_2_WARNING=1 $(BIN)/python -m mkdocs build --strict --quiet
	@echo "documentation built in build/site (open build/site/index.html)"

mock: $(STAMP)
	@$(BIN)/python -m peaq_os_sdk.mock --host 127.0.0.1 --port $(PORT)

clean:
	rm -rf $(VENV) dist build .pytest_cache .mypy_cache .ruff_cache .hypothesis .benchmarks
