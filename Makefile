# `make run` starts npmdesk; `make test` runs every check CI runs. Both set everything up.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin

.PHONY: run test lint pytest system-deps bench clean

run: $(VENV)/.installed
	$(BIN)/npmdesk

test: system-deps $(VENV)/.installed lint pytest

system-deps:
	scripts/install-system-deps

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,packaging]'
	touch $@

lint: $(VENV)/.installed
	$(BIN)/ruff check npmdesk tests scripts packaging
	$(BIN)/mypy

pytest: $(VENV)/.installed
	QT_QPA_PLATFORM=offscreen scripts/with-keyring $(BIN)/pytest -q $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) build dist *.egg-info
