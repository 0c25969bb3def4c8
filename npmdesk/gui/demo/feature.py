"""Help → Fill with Demo Data… in the main window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from npmdesk.gui.demo.dialog import DemoDataDialog
from npmdesk.gui.single_dialog import SingleDialog
from npmdesk.gui.teardown import LockTeardown, Stage
from npmdesk.vault import Vault


class DemoFeature(QObject):
    def __init__(self, window: QWidget, help_menu: QMenu, vault: Vault, refresh: Callable[[], None]) -> None:
        super().__init__(window)
        # On lock: demo data being added cancelled.
        LockTeardown.of(window).on_lock(self.discard, Stage.JOBS)
        self._window = window
        self._refresh = refresh
        self._single = SingleDialog(vault, self._make, lambda dialog: dialog.job is not None, DemoDataDialog.discard)
        self.action = QAction(self.tr("Fill with &Demo Data…"), window)
        self.action.setObjectName("demoDataAction")
        self.action.setStatusTip(self.tr("Add fictitious records to try npmdesk out or to train colleagues"))
        self.action.triggered.connect(self.show_dialog)
        if help_menu.actions():
            help_menu.insertAction(help_menu.actions()[0], self.action)
        else:
            help_menu.addAction(self.action)

    @property
    def dialog(self) -> DemoDataDialog | None:
        return self._single.dialog

    def show_dialog(self) -> None:
        self._single.show()

    def _make(self, vault: Vault) -> DemoDataDialog:
        dialog = DemoDataDialog(vault, self._window)
        dialog.added.connect(self._refresh)
        return dialog

    def discard(self) -> None:
        self._single.discard()
