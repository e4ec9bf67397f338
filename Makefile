# Onestop: `make run` for the demo city, `make test` for the whole suite.
SHELL := /bin/bash
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
PORT ?= 8000
TEST_POSTGRES_URL ?= postgresql://postgres@127.0.0.1:5432/onestop
CHROMIUM ?= /usr/bin/chromium
# The non-browser suites run in parallel, one worker per core (pytest-xdist); PYTEST_WORKERS= runs them serially.
PYTEST_WORKERS ?= -n auto
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: install run demo-code test test-sqlite test-postgres test-browser lint typecheck checks translations messages bench clean

$(STAMP):
	@test -n "$(PY)" || { echo "Python 3.11 is needed: apt-get install python3.11 python3.11-venv"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	@echo ""
	@echo "Serving the demo city on http://localhost:$(PORT)/  (Ctrl-C stops it)"
	@$(BIN)/python manage.py db_worker --queue-name default >/dev/null 2>&1 & worker=$$!; \
	  trap "kill $$worker 2>/dev/null" EXIT; \
	  $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

demo-code: install
	@$(BIN)/python manage.py demo_code

# The whole suite: static checks, tests on SQLite and PostgreSQL, browser tests.
test: install checks test-sqlite test-postgres test-browser

checks: lint typecheck translations
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/python manage.py spectacular --fail-on-warn --file /dev/null
	DEBUG=0 ONESTOP_ENV=production SECRET_KEY=$$(head -c 48 /dev/urandom | base64) ALLOWED_HOSTS=onestop.example \
	  $(BIN)/python manage.py check --deploy --fail-level WARNING

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

translations: install
	$(BIN)/python -m onestop.core.i18n_tools check

messages: install
	$(BIN)/python -m onestop.core.i18n_tools update

test-sqlite: install
	$(BIN)/pytest -m "not browser" -p no:cacheprovider $(PYTEST_WORKERS)

test-postgres: install
	@if $(BIN)/python -m onestop.core.dbcheck "$(TEST_POSTGRES_URL)"; then \
	  DATABASE_URL="$(TEST_POSTGRES_URL)" $(BIN)/pytest -m "not browser" -p no:cacheprovider $(PYTEST_WORKERS); \
	elif [ -n "$$REQUIRE_POSTGRES" ]; then \
	  echo "PostgreSQL is required (REQUIRE_POSTGRES) but not reachable at $(TEST_POSTGRES_URL)"; exit 1; \
	else \
	  echo "SKIPPED: PostgreSQL not reachable at $(TEST_POSTGRES_URL); start it or set TEST_POSTGRES_URL"; \
	fi

test-browser: install
	@if [ -x "$(CHROMIUM)" ]; then \
	  CHROMIUM=$(CHROMIUM) $(BIN)/pytest -m browser -p no:cacheprovider; \
	elif [ -n "$$REQUIRE_BROWSER" ]; then \
	  echo "Chromium is required (REQUIRE_BROWSER) but $(CHROMIUM) is missing: apt-get install chromium"; exit 1; \
	else \
	  echo "SKIPPED: browser tests need Debian's Chromium: sudo apt-get install chromium"; \
	fi

bench: install
	$(BIN)/python bench/run.py
	$(BIN)/python bench/directory.py
	$(BIN)/python bench/reception.py
	$(BIN)/python bench/appointments.py

clean:
	rm -rf $(VENV) staticfiles .mypy_cache .ruff_cache
