# Everything runs inside .venv, created on first use, so a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
AXE := node_modules/axe-core/axe.min.js

.PHONY: install validate build build-properdocs render serve lint test bench screenshots clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[site,test,generators]"
	touch $@

# axe-core (npm) is injected into pages by the accessibility tests, and the Nu HTML Checker
# (vnu-jar, needs Java) and Lighthouse check the built pages; without npm or Java they skip.
$(AXE): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility tests will be skipped"; fi

install: $(INSTALLED)

validate: $(INSTALLED)
	$(BIN)/kennisbank validate

# Build aside and swap: a failed or strict-aborted build never replaces the published site/.
build: $(INSTALLED)
	rm -rf .site-new .site-old
	$(BIN)/mkdocs build --strict --site-dir .site-new
	if [ -d site ]; then mv site .site-old; fi
	mv .site-new site
	rm -rf .site-old

# The same project built by ProperDocs, a fork of MkDocs 1.6 that loads our plugin, into its own
# folder. -f, since ProperDocs reads properdocs.yml before mkdocs.yml; strict and without -q.
build-properdocs: $(INSTALLED)
	rm -rf site-properdocs
	$(BIN)/properdocs build --strict -f mkdocs.yml --site-dir site-properdocs

# The way out: the site as a project that any generator reading mkdocs.yml builds without our
# plugin (cd rendered && mkdocs build). See "Leaving MkDocs" in the README.
render: $(INSTALLED)
	$(BIN)/kennisbank render --out rendered --force

serve: $(INSTALLED)
	$(BIN)/mkdocs serve --dirty --dev-addr 127.0.0.1:8000

# ruff (lint and format) on everything, mypy on core/ (pyproject.toml says what and how).
lint: $(INSTALLED)
	$(BIN)/ruff check plugins tests benchmarks
	$(BIN)/ruff format --check plugins tests benchmarks
	$(BIN)/mypy

test: lint $(AXE)
	$(BIN)/python -m pytest

# Build, validation, the edit loop, memory and the catalogue in Chromium, measured against plain
# MkDocs at 1,000, 10,000 and 30,000 records (about 50 minutes on 2 cores); results go to
# docs/benchmarks.md, generated projects to benchmarks/out/. 30,000 gets one round: it shows growth.
BENCH := benchmarks/out
bench: $(INSTALLED)
	mkdir -p $(BENCH)
	$(BIN)/python -m benchmarks run --records 1000 --browser --edit-loop --ablations > $(BENCH)/bench-1000.json
	$(BIN)/python -m benchmarks run --records 10000 --browser --edit-loop > $(BENCH)/bench-10000.json
	$(BIN)/python -m benchmarks run --records 30000 --rounds 1 > $(BENCH)/bench-30000.json
	$(BIN)/python -m benchmarks report $(BENCH)/bench-1000.json $(BENCH)/bench-10000.json \
		$(BENCH)/bench-30000.json --out docs/benchmarks.md

# The README's pictures of the comparison and the gap map, from a fresh build (needs Chromium).
screenshots: $(INSTALLED)
	$(BIN)/python -m tests.browser.screenshots

clean:
	rm -rf site site-properdocs rendered $(VENV)
