"""Shared test set-up: no network, headless Qt, cheap KDF, sandboxed home folders."""

from __future__ import annotations

import datetime as dt
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS / "fixtures"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["NPMDESK_KDF_PROFILE"] = "test"
# Child processes (CLI tests) load tests/guard/sitecustomize.py, which blocks sockets there.
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(TESTS / "guard"), os.environ.get("PYTHONPATH", "")) if p
)

from doubles import MemoryKeyring  # noqa: E402

from npmdesk.records import RecordStore  # noqa: E402
from npmdesk.vault import Secret, Vault  # noqa: E402
from npmdesk.vault.kdf import TEST_PARAMS  # noqa: E402

PASSPHRASE = "correct horse battery staple"

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


class FakeClock:
    """A controllable clock: each reading advances one second."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


@pytest.fixture
def store(new_vault: tuple[Vault, str]) -> RecordStore:
    """The record store of a new vault, with a fake clock."""
    return RecordStore(new_vault[0], clock=FakeClock())
