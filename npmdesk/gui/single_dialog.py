"""The one dialog of a menu action in the main window (Reports…, Fill with Demo Data…).

Made on first use, shown and raised again while it is open, dropped when it closes, unless its job
still runs (the job must deliver its outcome: the dialog is dropped once it closes after that).
`discard()` (on lock) forgets the vault, wipes the dialog and drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog

from npmdesk.vault import Vault

Dialog = TypeVar("Dialog", bound=QDialog)


class SingleDialog(Generic[Dialog]):
    """`make(vault)` builds the dialog; `busy(dialog)` says whether its job runs; `wipe(dialog)` is
    its own discard (a job cancelled, its text dropped)."""

    def __init__(self, vault: Vault, make: Callable[[Vault], Dialog], busy: Callable[[Dialog], bool],
                 wipe: Callable[[Dialog], None]) -> None:
        self._vault: Vault | None = vault
        self._make = make
        self._busy = busy
        self._wipe = wipe
        self.dialog: Dialog | None = None

    def show(self) -> None:
        """Show the dialog (made now if there is none); nothing once the vault is locked."""
        if self._vault is None or not self._vault.is_open:
            return
        if self.dialog is None:
            self.dialog = self._make(self._vault)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _closed(self) -> None:
        if self.dialog is not None and not self._busy(self.dialog):
            dialog, self.dialog = self.dialog, None
            dialog.deleteLater()

    def discard(self) -> None:
        self._vault = None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            self._wipe(dialog)
            dialog.deleteLater()
