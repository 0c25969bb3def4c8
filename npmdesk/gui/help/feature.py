"""Help → User Guide (F1) in the main window: one guide window, raised when asked again, open at
the page about the part of the window that has the focus (gui/help/context.py) if there is one."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from npmdesk.gui.help import context
from npmdesk.gui.help.window import UserGuideWindow


class HelpFeature(QObject):
    def __init__(self, window: QWidget, help_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.guide: UserGuideWindow | None = None
        self.action = QAction(self.tr("&User Guide"), window)
        self.action.setObjectName("userGuideAction")
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.setStatusTip(self.tr("Read the guide that comes with npmdesk (no network needed)"))
        self.action.triggered.connect(self.show_guide)
        if help_menu.actions():  # first in the Help menu
            help_menu.insertAction(help_menu.actions()[0], self.action)
        else:
            help_menu.addAction(self.action)
        window.addAction(self.action)

    def show_guide(self) -> None:
        page = context.page_for(QApplication.focusWidget())
        if self.guide is None:
            self.guide = UserGuideWindow(self._window)
            self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide.destroyed.connect(self._closed)
        if page is not None:
            self.guide.show_page(page)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def _closed(self) -> None:
        self.guide = None
