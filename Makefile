# Watchfloor — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install lint format typecheck openapi check-openapi sdk check-sdk \
	spec-baseline check-breaking pytest browser pango pgbouncer console-deps clean

$(STAMP): pyproject.toml sdk/pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]' -e ./sdk
	touch $(STAMP)

install: $(STAMP) pango

## Debian's Pango (WeasyPrint renders the brief's PDF with it) and poppler-utils (pdftoppm for
## the brief's page image), installed when missing.
pango:
	@{ ls /usr/lib/*/libpango-1.0.so.0 >/dev/null 2>&1 && test -x /usr/bin/pdftoppm; } || { \
	  apt-get update -qq && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 \
	  poppler-utils >/dev/null; }

## Serve the API on http://127.0.0.1:8000 (docs at /docs); embedded PostgreSQL unless DATABASE_URL.
## A developer server: anonymous reads of live are on (production leaves them off; 600 a minute,
## room for the console at /console to replay days), and the
## worker runs in-process (production runs `watchfloor worker` beside it).
run: $(STAMP)
	WATCHFLOOR_ANONYMOUS_READS=$${WATCHFLOOR_ANONYMOUS_READS:-true} \
	WATCHFLOOR_ANONYMOUS_RATE_LIMIT=$${WATCHFLOOR_ANONYMOUS_RATE_LIMIT:-600} \
	WATCHFLOOR_WORKER_IN_PROCESS=$${WATCHFLOOR_WORKER_IN_PROCESS:-true} $(BIN)/watchfloor serve

## Lint, type checks, the contract checks (spec, SDK, breaking changes) and the whole test suite.
test: lint typecheck check-openapi check-sdk check-breaking pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy --strict server/watchfloor sdk/src sdk/codegen tests bench

## Write openapi/openapi.json from the app.
openapi: $(STAMP)
	$(BIN)/watchfloor openapi

check-openapi: $(STAMP)
	@$(BIN)/watchfloor openapi $(VENV)/openapi.check.json >/dev/null
	@cmp -s $(VENV)/openapi.check.json openapi/openapi.json || { \
	  echo "openapi/openapi.json differs from the app: run 'make openapi' and commit it."; \
	  diff -u openapi/openapi.json $(VENV)/openapi.check.json | head -40; exit 1; }
	@echo "openapi/openapi.json matches the app"

## Regenerate the SDK's generated modules (sdk/src/watchfloor_sdk) from openapi/openapi.json.
sdk: $(STAMP)
	$(BIN)/python -m sdk.codegen generate

check-sdk: $(STAMP)
	@$(BIN)/python -m sdk.codegen check

## Take openapi/openapi.json as the landed contract that later changes must not break.
spec-baseline:
	cp openapi/openapi.json openapi/baseline.json

check-breaking: $(STAMP)
	@$(BIN)/python -m sdk.codegen breaking openapi/baseline.json openapi/openapi.json

pytest: $(STAMP) browser pango pgbouncer
	$(BIN)/python -m pytest

## Debian's chromium for the console's browser tests (tests/browser), installed when missing.
browser:
	@test -x /usr/bin/chromium || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

## Debian's PgBouncer for the test that serves through it (tests/integration/test_pgbouncer.py,
## docs/operations.md "Behind PgBouncer"), installed when missing; the test starts its own.
pgbouncer:
	@test -x /usr/sbin/pgbouncer || { apt-get update -qq && apt-get install -y -qq pgbouncer >/dev/null; }

## Refresh the console's and /docs' vendored npm libraries (pinned in scripts/console-deps.sh;
## docs/console.md lists them). Needs npm; running and testing Watchfloor does not.
console-deps:
	bash scripts/console-deps.sh

## Benchmarks as ratios against pgbench, raw COPY and a bare ASGI app, measured in one run.
## Needs a PostgreSQL server: DATABASE_URL (its maintenance db), default the local one.
BENCH_DB ?= $(or $(DATABASE_URL),postgresql://postgres@127.0.0.1:5432/postgres)

.PHONY: bench bench-quick bench-tools bench-console

bench-tools: $(STAMP)
	@command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
	@pgbench --version >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; }
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -r bench/requirements.txt

## Full run (1,000,000 events; 1 and 2 workers; ≤ 30 min): writes bench/RESULTS.md and bench/results.json.
bench: bench-tools
	DATABASE_URL=$(BENCH_DB) $(BIN)/python -m bench

## Smoke run (small data, short rounds; ≤ 2 min): writes bench/data/quick/RESULTS.md.
bench-quick: bench-tools
	DATABASE_URL=$(BENCH_DB) $(BIN)/python -m bench --quick

## The console's first view over the 1M-event data in Chromium (loads it as `make bench` does, or
## reuses it: --reuse-db): writes bench/data/console/RESULTS.md.
bench-console: $(STAMP) browser
	DATABASE_URL=$(BENCH_DB) $(BIN)/python -m bench.console --reuse-db

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
