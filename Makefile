# Verksted: the two commands a newcomer needs are `make serve` and `make test`.
# Both create the virtual environment .venv/ (with python3) when it is missing
# and install what they need; nothing else has to be on the machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8866
# Test processes (pytest-xdist): one file per worker at a time, so a module's
# server or browser stays within one process. TEST_WORKERS=0 runs in one process.
TEST_WORKERS ?= 2
# The static edition's build tools (make static); see below.
STATIC_TOOLS := $(VENV)/static/tools

.PHONY: serve test check lint bench static bench-static clean help
.DEFAULT_GOAL := help

help:
	@echo "make serve   run the course at http://localhost:$(PORT) (installs on first run)"
	@echo "make test    run every test (installs test tools, chromium and PostgreSQL if it can)"
	@echo "make check   validate the course content (verksted check)"
	@echo "make lint    ruff over the code"
	@echo "make bench   measure page speed, kernel memory and 40 openings at once (verksted bench)"
	@echo "make static  build the static edition (no server, Python in the browser) into dist/static/"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the packaging file changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# The course template and the Python part of Voilà's configuration from this
# checkout first (the copies `pip install` put in .venv may be older).
JUPYTER_ENV := JUPYTER_PATH=$(CURDIR)/share/jupyter JUPYTER_CONFIG_PATH=$(CURDIR)/etc/jupyter

serve: $(VENV)/.installed
	$(BIN)/verksted check
	$(JUPYTER_ENV) $(BIN)/voila course/ --port=$(PORT)

check: $(VENV)/.installed
	$(BIN)/verksted check

test: $(VENV)/.installed-test $(STATIC_TOOLS)/.installed
	bash scripts/test-setup.sh
	$(BIN)/verksted check
	$(BIN)/ruff check widgets tests
	$(BIN)/python -m pytest -n $(TEST_WORKERS) --dist loadfile

bench: $(VENV)/.installed-test
	$(JUPYTER_ENV) $(BIN)/verksted bench

# The static edition's build tools live in their own environment: the Pyodide
# kernel's JupyterLab extension must not be loaded by the served pages. Its
# downloads (npm's pyodide, the browser's wheels) are cached beside it.
$(STATIC_TOOLS)/.installed: widgets/staticbuild/requirements-build.txt | $(BIN)/python
	$(PYTHON) -m venv $(STATIC_TOOLS)
	$(STATIC_TOOLS)/bin/python -m pip install --quiet -r $<
	touch $@

STATIC_OUT ?= dist/static
static: $(VENV)/.installed $(STATIC_TOOLS)/.installed
	$(BIN)/verksted static --out $(STATIC_OUT) --tools $(STATIC_TOOLS)

bench-static: $(VENV)/.installed-test $(STATIC_TOOLS)/.installed
	$(JUPYTER_ENV) $(BIN)/verksted bench --static --runs 3

lint: $(VENV)/.installed-test
	$(BIN)/ruff check widgets tests
	$(BIN)/ruff format --check widgets tests

clean:
	rm -rf $(VENV) var test-artifacts .pytest_cache
