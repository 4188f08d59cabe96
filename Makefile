# Watchfloor — the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install lint format typecheck openapi check-openapi pytest clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Serve the API on http://127.0.0.1:8000 (docs at /docs); embedded PostgreSQL unless DATABASE_URL.
run: $(STAMP)
	$(BIN)/watchfloor serve

## Lint, type checks, spec drift check and the whole test suite against real PostgreSQL.
test: lint typecheck check-openapi pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: $(STAMP)
	$(BIN)/mypy --strict server/watchfloor tests

## Write openapi/openapi.json from the app.
openapi: $(STAMP)
	$(BIN)/watchfloor openapi

check-openapi: $(STAMP)
	@$(BIN)/watchfloor openapi $(VENV)/openapi.check.json >/dev/null
	@cmp -s $(VENV)/openapi.check.json openapi/openapi.json || { \
	  echo "openapi/openapi.json differs from the app: run 'make openapi' and commit it."; \
	  diff -u openapi/openapi.json $(VENV)/openapi.check.json | head -40; exit 1; }
	@echo "openapi/openapi.json matches the app"

pytest: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
