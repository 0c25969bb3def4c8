"""Driving the Vault menu's modal dialogs in GUI tests: act on a dialog once it is up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from npmdesk.gui.session import Session
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring

WAIT_MS = 10_000


def when_up(find: Callable[[], QWidget | None], act: Callable[[QWidget], None]) -> None:
    """Once `find()` returns a visible widget (a dialog in its own exec()), call `act` on it."""

    def poll() -> None:
        widget = find()
        if widget is None or not widget.isVisible():
            QTimer.singleShot(20, poll)
            return
        act(widget)

    QTimer.singleShot(0, poll)


def modal(name: str) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        widget = QApplication.activeModalWidget()
        return widget if widget is not None and widget.objectName() == name else None

    return find


def start_session(qtbot, vault_path: Path, keyring: MemoryKeyring, sessions: list[Session]) -> Session:
    session = Session(vault_path, keyring)
    session.start()
    sessions.append(session)
    return session


def unlock_with(qtbot, session: Session, text: str, *, recovery: bool = False) -> None:
    from PySide6.QtCore import Qt

    from npmdesk.gui.unlock.unlock_dialog import UnlockDialog

    dialog = session.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    if recovery != dialog.using_recovery_code:
        dialog.switch_method()
    edit = dialog.recovery_edit if recovery else dialog.passphrase_edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


__all__ = ["PASSPHRASE", "WAIT_MS", "modal", "start_session", "unlock_with", "when_up"]
