# Samenspel: `make run` starts the platform, `make test` runs every test and check.
# Needs only Python 3.11+, Node 20 and make; everything else is installed into the project.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := .tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
ADR_LINT := ../shared/standards/nl-api-design-rules/lint

export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy

.PHONY: help install run test openapi check-openapi lint typecheck pytest site frontend-test clean bench bench-faults

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11+ is needed"; exit 1; }
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	npm ci --prefix frontend --no-audit --no-fund
	touch $@

install: $(VENV)/.installed frontend/node_modules/.installed ## install Python and Node dependencies (locked)

site: install ## build the Svelte site into frontend/build
	npm --prefix frontend run build

run: install site ## run the platform: API + site + demo data on http://localhost:8000
	$(PY) -m api run

openapi: $(VENV)/.installed ## regenerate openapi/openapi.json and the site's client from the code
	$(PY) -m api openapi
	@if [ -d frontend/node_modules ]; then npm --prefix frontend run generate:api; fi

check-openapi: $(VENV)/.installed ## fail when the committed contract differs from the code, breaks the last release or the NL API rules
	$(PY) -m api openapi --check
	$(PY) -m tests.contract.openapi_diff
	@if [ -x $(ADR_LINT) ]; then $(ADR_LINT) openapi/openapi.json; else echo "skipping NL API Design Rules lint: $(ADR_LINT) not found"; fi

lint: $(VENV)/.installed ## ruff (lint and format)
	$(VENV)/bin/ruff check api tests bench migrations
	$(VENV)/bin/ruff format --check api tests bench migrations

typecheck: $(VENV)/.installed ## mypy strict on api/
	$(VENV)/bin/mypy

pytest: $(VENV)/.installed ## the Python tests against a real PostgreSQL, on every core (at most four)
	scripts/ensure-nginx.sh
	$(VENV)/bin/pytest --numprocesses=auto --maxprocesses=4

frontend-test: install ## svelte-check, eslint, prettier, vitest, build size, Playwright + axe in Chromium
	npm --prefix frontend run check:all
	scripts/ensure-chromium.sh
	# check:all has just built the site the journeys are served; test:e2e would build it again.
	cd frontend && npx playwright test

test: install lint typecheck check-openapi pytest frontend-test ## every test and check

SCALE ?= 0.05
DURATION ?= 20
bench: $(VENV)/.installed ## the load benchmark against its floor (SCALE=0.05 DURATION=20): bench/results/latest.md
	bench/ensure-wrk.sh
	$(PY) -m bench run --scale $(SCALE) --duration $(DURATION) --workers 2 --pool 16 --orm-pool 8

bench-faults: $(VENV)/.installed ## the fault runs: database restart, SIGTERM during writes, pool exhaustion
	$(PY) -m bench fault restart --duration 15
	$(PY) -m bench fault sigterm --duration 10
	$(PY) -m bench fault exhaust --duration 6

clean: ## remove installed dependencies and build output (keeps .data)
	rm -rf $(VENV) $(TOOLS) frontend/node_modules frontend/build frontend/.svelte-kit
