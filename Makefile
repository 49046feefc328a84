# Two commands for a new user: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint typecheck pytest bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# setuptools warns on every editable install that a folder named like the
# package could shadow it: a warning in the build backend, which pip's
# --quiet does not hide. Only that warning is ignored; errors still show.
$(VENV)/.installed $(VENV)/.installed-dev: export PYTHONWARNINGS = ignore:Editable installation

# Stamps make re-installs happen only when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

# Bytecode is compiled up front: Python would write it on the first run anyway,
# unless PYTHONDONTWRITEBYTECODE is set, and then every start would compile
# the whole package again before the first frame.
run: $(VENV)/.installed
	@$(BIN)/python -m compileall -q tui
	$(BIN)/briefing $(ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check tui tests benchmarks

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy

# Tests run in parallel (pytest-xdist; worksteal, since a few tests take
# seconds); each test owns its files, cache, settings, tmux socket and
# ports, so none has to run alone. Two workers a core: much of a test's
# time is waiting (for the app to go idle, a subprocess, a server).
PYTEST_WORKERS ?= $(shell $(PYTHON) -c 'import os; print(2 * (os.cpu_count() or 1))')
pytest: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q -n $(PYTEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

test: lint typecheck pytest

# Every benchmark runs, even after one misses its target; a summary at the
# end names those that did, and the target fails if any did.
bench: $(VENV)/.installed-dev
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
