"""Help → User Guide (F1) in the main window: one guide window, raised when asked again.

The menu opens the guide where it was left (the start page the first time); the F1 key opens it at
the page about the part of the window, or of an exchange dialog, that has the focus (gui/help/context.py),
or like the menu where no page is about it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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
        self.action.installEventFilter(self)  # F1 (a shortcut event) opens the page about the focus
        self._topic: tuple[str, str] | None = None
        if help_menu.actions():  # first in the Help menu
            help_menu.insertAction(help_menu.actions()[0], self.action)
        else:
            help_menu.addAction(self.action)
        window.addAction(self.action)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.action and event.type() == QEvent.Type.Shortcut:
            self._topic = context.topic(QApplication.focusWidget())  # triggered follows at once
        return super().eventFilter(watched, event)

    def show_guide(self) -> None:
        topic, self._topic = self._topic, None
        if self.guide is None:
            self.guide = UserGuideWindow(self._window)
            self.guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.guide.destroyed.connect(self._closed)
        if topic is not None:
            self.guide.show_page(*topic)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def _closed(self) -> None:
        self.guide = None
