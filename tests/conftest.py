"""Shared test set-up: no network, headless Qt, cheap KDF, sandboxed home folders."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.common import PASSPHRASE, ROOT, TESTS, FakeClock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NPMDESK_KDF_PROFILE"] = "test"
# Child processes (CLI tests) load tests/guard/sitecustomize.py, which blocks sockets there, and
# import the test helpers (crash_child.py, the file keyring) from the checkout as tests.support.
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(TESTS / "guard"), str(ROOT), os.environ.get("PYTHONPATH", "")) if p
)

from npmdesk.records import RecordStore
from npmdesk.vault import Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.doubles import MemoryKeyring

# Folders whose tests drive windows: these and any test using qtbot or qapp run on one xdist worker.
WINDOW_FOLDERS = ("gui", "audit")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups (its hook would run first)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Group the tests for `pytest -n N --dist loadgroup` (make test); inert without -n.

    Every npmdesk window listens on the one D-Bus session bus for "the screen locked", and the
    system-lock tests broadcast it there: windows in two workers at once would lock each other.
    So every test that opens a window is in group "gui" (one worker, in collection order), and
    the frozen bundle's tests share group "bundle" (built once, by one worker). A test that names
    its own group keeps it. Everything else is spread over the workers one test at a time.
    """
    for item in items:
        if item.get_closest_marker("xdist_group"):
            continue
        folder = item.path.relative_to(TESTS).parts[0] if item.path.is_relative_to(TESTS) else ""
        if folder in WINDOW_FOLDERS or {"qtbot", "qapp"} & set(item.fixturenames):
            item.add_marker(pytest.mark.xdist_group("gui"))
        elif item.path.name == "test_bundle.py":
            item.add_marker(pytest.mark.xdist_group("bundle"))


def pytest_configure(config: pytest.Config) -> None:
    """Refuse --dist loadgroup where pytest-xdist cannot group (it would spread the window tests)."""
    if config.getoption("dist", default="no") != "loadgroup":
        return
    structured_ids = importlib.util.find_spec("_pytest.nodeid") is not None  # pytest 9.2 and later
    xdist = tuple(int(part) for part in importlib.metadata.version("pytest-xdist").split(".")[:2] if part.isdigit())
    if structured_ids and xdist <= (3, 8):
        raise pytest.UsageError("pytest-xdist 3.8 cannot group tests under this pytest (xdist issue 1386): "
                                "install the test extra's pytest (pip install -e '.[test]')")


_network_attempts: list[str] = []
_RealSocket = socket.socket


class _GuardedSocket(_RealSocket):
    def __init__(self, family: int = -1, *args: object, **kwargs: object) -> None:
        if family not in (-1, getattr(socket, "AF_UNIX", None)):
            _network_attempts.append(f"socket family {family}")
            raise PermissionError("network access is forbidden in npmdesk tests")
        super().__init__(family, *args, **kwargs)  # type: ignore[arg-type]


def _refuse(what: str):  # type: ignore[no-untyped-def]
    def refused(*args: object, **kwargs: object) -> None:
        _network_attempts.append(what)
        raise PermissionError("network access is forbidden in npmdesk tests")

    return refused


socket.socket = _GuardedSocket  # type: ignore[misc]
socket.create_connection = _refuse("create_connection")  # type: ignore[assignment]
socket.getaddrinfo = _refuse("getaddrinfo")  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _no_network() -> Iterator[None]:
    """Fail any test that tried to open a network socket, even if the error was swallowed."""
    _network_attempts.clear()
    yield
    assert not _network_attempts, f"network access attempted: {_network_attempts}"


@pytest.fixture(autouse=True, scope="session")
def _sandbox_home(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Point XDG folders at a sandbox so tests never touch the real user's settings."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / sub).mkdir()
        os.environ[var] = str(home / sub)


@pytest.fixture
def keyring_double() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_path: Path, keyring_double: MemoryKeyring) -> Iterator[tuple[Vault, str]]:
    """A freshly created, open vault and its recovery code; closed after the test."""
    vault, code = Vault.create(
        vault_path,
        Secret.from_passphrase(PASSPHRASE),
        npm_name="Mecanismo Nacional",
        user_name="Ana",
        argon2=TEST_PARAMS,
        device_keyring=keyring_double,
    )
    yield vault, code
    vault.close()


@pytest.fixture
def store(new_vault: tuple[Vault, str]) -> RecordStore:
    """The record store of a new vault, with a fake clock."""
    return RecordStore(new_vault[0], clock=FakeClock())
