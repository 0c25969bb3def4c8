"""The one dialog of a menu action (Reports…, Fill with Demo Data…, Restore a Backup…, Automatic
Backups…, Check Integrity…): made on first use, shown and raised again while it is open, dropped
when it closes, unless its job still runs (the job must deliver its outcome: the dialog is dropped
once it closes after that).

`OneDialog(make)` is that lifecycle for any window (the unlock window's Restore a Backup… has no
vault); `SingleDialog(vault, …)` is the main window's: nothing is shown once the vault is locked,
and `discard()` (on lock) forgets the vault, wipes the dialog and drops it.

`ManyDialogs` is the same lifecycle for features whose dialogs can be open several at once (an
export and an import, two mail previews): each dropped when it closes unless its job still runs,
all wiped and dropped on lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from PySide6.QtWidgets import QDialog

from npmdesk.vault import Vault

Dialog = TypeVar("Dialog", bound=QDialog)


def never(_dialog: QDialog) -> bool:
    """For a dialog that no job keeps after it closes."""
    return False


class OneDialog(Generic[Dialog]):
    """`make()` builds the dialog; `busy(dialog)` says whether its job runs (kept after closing)."""

    def __init__(self, make: Callable[[], Dialog], busy: Callable[[Dialog], bool] = never) -> None:
        self._make_dialog = make
        self._busy = busy
        self.dialog: Dialog | None = None

    def show(self) -> None:
        """Show the dialog, made now if there is none, and bring it to the front."""
        if self.dialog is None:
            self.dialog = self._make_dialog()
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _closed(self) -> None:
        if self.dialog is not None and not self._busy(self.dialog):
            dialog, self.dialog = self.dialog, None
            dialog.deleteLater()

    def drop(self, wipe: Callable[[Dialog], object]) -> None:
        """`wipe(dialog)` (its own discard: a job cancelled, its text dropped), then drop it."""
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            wipe(dialog)
            dialog.deleteLater()


class SingleDialog(OneDialog[Dialog]):
    """`make(vault)` builds the dialog; `busy(dialog)` says whether its job runs; `wipe(dialog)` is
    its own discard (a job cancelled, its text dropped)."""

    def __init__(self, vault: Vault, make: Callable[[Vault], Dialog], busy: Callable[[Dialog], bool],
                 wipe: Callable[[Dialog], object]) -> None:
        super().__init__(lambda: make(vault), busy)
        self._vault: Vault | None = vault
        self._wipe = wipe

    def show(self) -> None:
        """Show the dialog (made now if there is none); nothing once the vault is locked."""
        if self._vault is None or not self._vault.is_open:
            return
        super().show()

    def discard(self) -> None:
        self._vault = None
        self.drop(self._wipe)


class ManyDialogs(Generic[Dialog]):
    """The open dialogs of one feature; `busy(dialog)` says whether its job runs (kept after closing)."""

    def __init__(self, busy: Callable[[Dialog], bool] = never) -> None:
        self._busy = busy
        self.open: list[Dialog] = []

    def __iter__(self) -> Iterator[Dialog]:
        return iter(list(self.open))

    def show(self, dialog: Dialog) -> Dialog:
        """Keep `dialog` until it closes (or its job ends after that), show it and bring it to the front."""
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        self.open.append(dialog)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _closed(self, dialog: Dialog) -> None:
        if dialog in self.open and not self._busy(dialog):
            self.open.remove(dialog)
            dialog.deleteLater()

    def discard(self, wipe: Callable[[Dialog], object]) -> None:
        """On lock: `wipe(dialog)` each (its job abandoned, its text dropped), then drop them all."""
        dialogs, self.open = self.open, []
        for dialog in dialogs:
            wipe(dialog)
            dialog.deleteLater()
