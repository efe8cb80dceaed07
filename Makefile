# Everything runs inside .venv, created on first use, so a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: install validate build serve test clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[site,test]"
	touch $@

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

serve: $(INSTALLED)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

test: $(INSTALLED)
	$(BIN)/python -m pytest

clean:
	rm -rf site $(VENV)
