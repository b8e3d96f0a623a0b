# The Hub: run `make help` for the list of commands.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: help run test lint format demo messages bench install install-dev browser clean

help: ## Show this list of commands
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet .
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed pyproject.toml
	$(BIN)/pip install --quiet ".[dev]"
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the Hub

install-dev: $(VENV)/.installed-dev ## Install the Hub with the tools tests need

browser: ## Install Debian's Chromium for the browser tests, if it is missing
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

messages: install ## Compile the translation catalogues (after editing locale/*/django.po)
	@command -v msgfmt >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null)
	@$(MANAGE) compilemessages --verbosity 0 --ignore '.venv/*'

makemessages: install ## Refresh locale/es/LC_MESSAGES/django.po from the code and templates
	$(MANAGE) makemessages --locale es --no-obsolete --ignore '.venv/*' --ignore 'var/*' --ignore '*/demo/*'

demo: messages ## Migrate and (re)load the demo content; safe to run again
	@$(MANAGE) migrate --no-input --verbosity 0
	@$(MANAGE) load_demo_content

BENCH_ENV = DATABASE_URL=sqlite:///$(CURDIR)/var/bench.sqlite3 DEMO_CREDENTIALS_FILE=$(CURDIR)/var/bench-credentials.txt

bench: messages ## Fill var/bench.sqlite3 at NMF's real scale and print the performance table
	@$(BENCH_ENV) $(MANAGE) migrate --no-input --verbosity 0
	@$(BENCH_ENV) $(MANAGE) load_demo_content --verbosity 0 >/dev/null
	@$(BENCH_ENV) $(MANAGE) bench

run: demo ## Install, migrate, load demo content and serve on 127.0.0.1:8000
	$(MANAGE) runserver $(HOST):$(PORT)

test: install-dev browser messages ## Install what tests need and run the whole suite
	$(BIN)/pytest

lint: install-dev ## Check code style and templates
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/djhtml --check templates */templates

format: install-dev ## Reformat code and templates
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	$(BIN)/djhtml templates */templates

clean: ## Remove the virtual environment and local data (var/)
	rm -rf $(VENV) var
