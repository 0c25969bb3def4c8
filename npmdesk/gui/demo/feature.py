"""Help → Fill with Demo Data… in the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from npmdesk.gui.demo.dialog import DemoDataDialog
from npmdesk.vault import Vault


class DemoFeature(QObject):
    def __init__(self, window: QWidget, help_menu: QMenu, vault: Vault, refresh: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._vault: Vault | None = vault
        self._refresh = refresh
        self.dialog: DemoDataDialog | None = None
        self.action = QAction(self.tr("Fill with &Demo Data…"), window)
        self.action.setObjectName("demoDataAction")
        self.action.setStatusTip(self.tr("Add fictitious records to try npmdesk out or to train colleagues"))
        self.action.triggered.connect(self.show_dialog)
        if help_menu.actions():  # first in the Help menu
            help_menu.insertAction(help_menu.actions()[0], self.action)
        else:
            help_menu.addAction(self.action)

    def show_dialog(self) -> None:
        if self._vault is None or not self._vault.is_open:
            return
        if self.dialog is None:
            self.dialog = DemoDataDialog(self._vault, self._window)
            self.dialog.added.connect(self._refresh)
            self.dialog.finished.connect(self._closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _closed(self) -> None:
        if self.dialog is not None and self.dialog.job is None:
            dialog, self.dialog = self.dialog, None
            dialog.deleteLater()

    def discard(self) -> None:
        self._vault = None
        if self.dialog is not None:
            dialog, self.dialog = self.dialog, None
            dialog.discard()
