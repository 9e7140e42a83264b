# The two commands of the README: `make demo` and `make test`. Each does all its own set-up.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup sysdeps demo test fuzz bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

# Debian packages (Chromium for the browser tests, a CJK font for charts) and the npm Cypher parser.
sysdeps:
	bash scripts/install-system-deps.sh

demo: setup
	bash scripts/demo.sh

test: setup sysdeps
	HYPOTHESIS_PROFILE=ci $(BIN)/python -m pytest -q

# Random fuzzing with new inputs each run (the test command above uses a fixed seed).
fuzz: setup
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -q tests/test_fuzz.py

bench: setup
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf out .pytest_cache
