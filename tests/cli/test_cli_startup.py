"""What a command loads when it starts: `npmdesk --version` loads nothing heavy, and commands that
open no vault load no SQLCipher and no Qt. Read from `python -X importtime` in a child, never
timed (benchmarks/bench_startup.py measures the time)."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys

import pytest

from npmdesk import __version__
from npmdesk.cli.parser import build_parser

HEAVY = ("cryptography", "sqlcipher3", "PySide6", "shiboken6", "babel", "platformdirs", "argparse")
NPMDESK_LAYERS = ("npmdesk.vault", "npmdesk.records", "npmdesk.exchange", "npmdesk.reports", "npmdesk.gui",
                  "npmdesk.pdf", "npmdesk.demo", "npmdesk.cli.parser")


def modules_loaded_by(*args: str, stdin: bytes = b"") -> tuple[str, set[str]]:
    env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    env["NPMDESK_PASSPHRASE"] = "correct horse battery staple"
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "npmdesk", *args], input=stdin,
                          capture_output=True, env=env, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    loaded = {line.rsplit("|", 1)[-1].strip() for line in proc.stderr.decode().splitlines()
              if line.startswith("import time:")}
    return proc.stdout.decode(), loaded


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def test_version_loads_nothing_heavy():
    out, loaded = modules_loaded_by("--version")
    assert out == f"npmdesk {__version__}\n"
    assert "npmdesk.cli" in loaded  # the walk sees the command line itself
    assert sorted(m for m in loaded if _within(m, HEAVY + NPMDESK_LAYERS)) == []


@pytest.mark.parametrize("args", [["kinds", "--json"], ["age", "-p", "-a"]], ids=["kinds", "age"])
def test_commands_without_a_vault_load_no_sqlcipher_and_no_qt(args):
    _out, loaded = modules_loaded_by(*args, stdin=b"Informe confidencial\n")
    assert "npmdesk.cli.parser" in loaded
    assert sorted(m for m in loaded if _within(m, ("sqlcipher3", "PySide6", "shiboken6", "npmdesk.gui"))) == []


def _parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    yield path, parser
    for action in parser._actions:  # argparse keeps its subcommands here
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, (*path, name))


def test_every_command_names_a_function_that_exists():
    """The parser names each command's function without importing it: a misspelt name would
    only show when a user runs that command."""
    seen = []
    for path, parser in _parsers(build_parser()):
        func = parser.get_default("func")
        if func is None:
            continue
        target = getattr(importlib.import_module(func.__module__), func.__qualname__, None)
        assert callable(target), f"npmdesk {' '.join(path)}: no {func.__module__}.{func.__qualname__}"
        seen.append(" ".join(path))
    assert {"", "init", "list", "age", "report", "package", "contact", "kinds", "destroy"} <= set(seen)
