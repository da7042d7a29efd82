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
# Runs a step and says how long it took (wall clock and CPU); `make test` lists them all at the end.
TIMED := scripts/timed.sh
# How `make test` runs the steps beside the journeys: at a lower priority, so that they take the CPU
# the journeys leave idle and never make a journey wait (its timeouts are for the page, not the load).
BESIDE ?=

export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_PYTHON_DOWNLOADS := never
export UV_LINK_MODE := copy
# Python keeps the bytecode it compiles (in __pycache__, git-ignored), even where the environment
# says not to: every process of `make test` (pytest and its workers, the servers and command lines
# the tests start, the journeys' API) would otherwise compile the app and its libraries again, about
# 3 s of CPU each.
export PYTHONDONTWRITEBYTECODE :=

.PHONY: help install install-python install-node run test test-steps checks site-checks chromium e2e journeys openapi check-openapi lint typecheck pytest site frontend-test clean bench bench-faults

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

install: install-python install-node ## install Python and Node dependencies (locked)

install-python:
	@$(TIMED) install-python $(MAKE) --no-print-directory -s $(VENV)/.installed

install-node:
	@$(TIMED) install-node $(MAKE) --no-print-directory -s frontend/node_modules/.installed

site: frontend/node_modules/.installed ## build the Svelte site into frontend/build
	@$(TIMED) site npm --prefix frontend run build

run: install site ## run the platform: API + site + demo data on http://localhost:8000
	$(PY) -m api run

openapi: $(VENV)/.installed ## regenerate openapi/openapi.json and the site's client from the code
	$(PY) -m api openapi
	@if [ -d frontend/node_modules ]; then npm --prefix frontend run generate:api; fi

check-openapi: $(VENV)/.installed ## fail when the committed contract differs from the code, breaks the last release or the NL API rules
	@$(TIMED) check-openapi $(BESIDE) bash -c '$(PY) -m api openapi --check && $(PY) -m tests.contract.openapi_diff && \
	  if [ -x $(ADR_LINT) ]; then $(ADR_LINT) openapi/openapi.json; else echo "skipping NL API Design Rules lint: $(ADR_LINT) not found"; fi'

lint: $(VENV)/.installed ## ruff (lint and format)
	@$(TIMED) lint $(BESIDE) bash -c '$(VENV)/bin/ruff check api tests bench migrations && $(VENV)/bin/ruff format --check api tests bench migrations'

typecheck: $(VENV)/.installed ## mypy strict on api/
	@$(TIMED) typecheck $(BESIDE) $(VENV)/bin/mypy

pytest: $(VENV)/.installed ## the Python tests against a real PostgreSQL, on every core (at most four)
	@scripts/ensure-nginx.sh
	@$(TIMED) pytest $(BESIDE) $(VENV)/bin/pytest --numprocesses=auto --maxprocesses=4 --dist=worksteal

frontend-test: install ## svelte-check, eslint, prettier, vitest, build size, Playwright + axe in Chromium
	$(MAKE) --no-print-directory site-checks journeys

# Everything check:all does but the build (`make site`), so that the journeys need not wait for it.
site-checks: frontend/node_modules/.installed
	@$(TIMED) site-checks $(BESIDE) npm --prefix frontend run check

chromium:
	@$(TIMED) chromium scripts/ensure-chromium.sh

e2e: $(VENV)/.installed frontend/node_modules/.installed ## the Playwright journeys against the built site (make site)
	@cd frontend && ../$(TIMED) e2e npx playwright test

# The site, once, then the journeys against it.
journeys: site chromium
	@$(MAKE) --no-print-directory e2e

# The steps of `make test` after the installs and the site's build, three at a time (`--jobs=3`),
# in this order: the journeys, the longest step, which mostly waits on the browser; pytest, which
# keeps both cores busy and soaks up what the journeys leave idle; and in the third place, one after
# the other, the checks that use one core each (svelte-check, eslint, vitest; ruff, mypy, the contract).
# All but the journeys run niced (BESIDE): the journeys keep the priority they would have alone.
checks: lint typecheck check-openapi
test-steps: e2e pytest site-checks checks

TIMINGS ?= $(CURDIR)/.timings
export TIMINGS

test: ## every test and check, each step saying how long it took (listed again at the end)
	@rm -f $(TIMINGS)
	@start=$${EPOCHREALTIME/[.,]/}; status=0; \
	{ $(MAKE) --no-print-directory --jobs=2 --output-sync=target install && \
	  $(MAKE) --no-print-directory --jobs=2 --output-sync=target site chromium && \
	  $(MAKE) --no-print-directory --jobs=3 --output-sync=target test-steps BESIDE='nice -n 10'; } || status=$$?; \
	end=$${EPOCHREALTIME/[.,]/}; \
	echo; echo "Time per step (wall clock; CPU of the step's own processes):"; cat $(TIMINGS); \
	awk -v us=$$((end - start)) 'BEGIN { printf "make test: %.0f s in all\n", us / 1e6 }'; \
	exit $$status

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
