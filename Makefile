# `make run` starts npmdesk; `make test` runs every check CI runs. Both set everything up.
# `make run` installs only what running needs; `make test` adds the `test` and `packaging` extras
# (pytest, ruff, mypy, PyInstaller…) to the same virtual environment.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run test lint pytest system-deps bench clean

run: $(VENV)/.installed-run
	$(BIN)/npmdesk

test: system-deps $(VENV)/.installed lint pytest

system-deps:
	scripts/install-system-deps

# What running needs: npmdesk and its dependencies, nothing for tests or packaging.
$(VENV)/.installed-run: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

# What the checks need on top: the test tools and PyInstaller (the bundle is built and tested).
$(VENV)/.installed: $(VENV)/.installed-run
	$(BIN)/pip install --quiet -e '.[test,packaging]'
	touch $@

lint: $(VENV)/.installed
	$(BIN)/ruff check npmdesk tests scripts packaging benchmarks
	$(BIN)/mypy

# In parallel: PYTEST_WORKERS processes (pytest-xdist); the tests that open windows share one of them
# (tests/conftest.py). PYTEST_WORKERS=0 runs everything in this process. A worker that crashes ends
# the run at once, naming the test it ran (--max-worker-restart 0): pytest-xdist 3.8 can hang for
# good when it replaces a crashed worker under --dist loadgroup (pytest-xdist issues 1323, 1378).
PYTEST_WORKERS ?= 2
pytest: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen scripts/with-keyring $(BIN)/pytest -q -n $(PYTEST_WORKERS) --dist loadgroup --max-worker-restart 0 $(PYTEST_ARGS)

# The speed table (issue 17): every benchmark at the issue's sizes (more than an hour on 2 cores),
# results in benchmarks/speed.json, the Markdown in docs/speed.md. BENCH_ARGS="--quick" checks the scripts.
bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run_all.py $(BENCH_ARGS)
	$(BIN)/python benchmarks/speed_table.py

clean:
	rm -rf $(VENV) build dist *.egg-info
