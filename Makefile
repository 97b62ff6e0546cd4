# followup: `make run` to try it, `make test` to check it. See README.md.
VENV   ?= .venv
PYTHON ?= python3
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip -q --disable-pip-version-check

.PHONY: install test-deps lint test run bench clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed pyproject.toml
	$(PIP) install -e '.[test]'
	touch $@

# System packages the suite runs for real: Dovecot, PostgreSQL, Chromium, mbsync, wrk; Node for axe-core.
test-deps: $(VENV)/.test-installed
	bash scripts/install-system-deps.sh
	$(MAKE) --no-print-directory $(AXE)

# axe-core (accessibility rules) from the npm registry, injected into pages by tests/test_browser.py.
AXE := node_modules/axe-core/axe.min.js
AXE_VERSION ?= 4.10
$(AXE):
	npm install --no-save --no-package-lock --no-audit --no-fund axe-core@$(AXE_VERSION)

# The same tests of everything that stores data, run a second time on a real PostgreSQL.
PG_TESTS ?= tests/test_cli.py tests/test_secrets.py tests/test_notes.py tests/test_prepare.py tests/test_approval.py \
            tests/test_outbox.py tests/test_sync.py tests/test_jobs.py tests/test_serve.py \
            tests/test_web_drafts.py tests/test_web_customers.py tests/test_threads.py tests/test_gate.py

# ruff's rules are in pyproject.toml ([tool.ruff]).
LINT_PATHS ?= app.py followup followup_testing tests benchmarks migrations

lint: test-deps
	$(VENV)/bin/ruff check $(LINT_PATHS)

test: lint
	$(PY) -m pytest $(PYTEST_ARGS)
	$(PY) -m pytest --db=postgres -m "not sqlite_only and not browser" $(PG_TESTS)

run: install
	$(VENV)/bin/followup init
	$(VENV)/bin/followup serve

$(VENV)/.bench-installed: $(VENV)/.test-installed pyproject.toml
	$(PIP) install -e '.[test,bench]'
	touch $@

bench: test-deps $(VENV)/.bench-installed
	$(PY) -m benchmarks $(BENCH_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache node_modules
