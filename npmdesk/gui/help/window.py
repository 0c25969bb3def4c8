"""The user guide window (Help → User Guide, F1): contents, the page, find in page; offline.

Pages are Markdown files (gui/help/guide.py) rendered by Qt's own Markdown reader. The window
never opens a web page or loads anything remote: links between guide pages open inside it, an
external link only shows its address so that the user can copy it into a browser if they want
(opening a browser is the user's act, not npmdesk's), and images load only from the guide and
screenshot folders that ship with npmdesk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from npmdesk.gui.help import guide

PAGE_ROLE = Qt.ItemDataRole.UserRole
SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_IMAGE_WIDTH = 480  # pixels; wider pictures are scaled down to it


def user_language() -> str:
    """The language npmdesk speaks now ("fr", "es", "en"…), as gui/i18n.py set it."""
    return QLocale.languageToCode(QLocale().language()) or guide.FALLBACK_LANGUAGE


class GuideBrowser(QTextBrowser):
    """A QTextBrowser that loads nothing from outside the guide: no network, no other file."""

    external_link = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setOpenLinks(False)  # every link goes through UserGuideWindow.follow
        self.page_path: Path | None = None

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if kind != QTextDocument.ResourceType.ImageResource.value or self.page_path is None:
            return None
        url = QUrl(name) if isinstance(name, str) else name
        if url.scheme() not in ("", "file"):
            return None  # never remote
        local = Path(url.toLocalFile()) if url.isLocalFile() else self.page_path.parent / url.path()
        try:
            local = local.resolve()
        except OSError:
            return None
        roots = [root.resolve() for root in guide.image_roots()]
        if not local.is_file() or not any(local.is_relative_to(root) for root in roots):
            return None
        image = QImage(str(local))
        if image.isNull():
            return None
        if image.width() > MAX_IMAGE_WIDTH:  # screenshots: readable, not wider than the page
            image = image.scaledToWidth(MAX_IMAGE_WIDTH, Qt.TransformationMode.SmoothTransformation)
        return image


class UserGuideWindow(QWidget):
    """The guide, in the user's language where a page is translated, else in English with a note."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("userGuideWindow")
        self.setWindowTitle(self.tr("npmdesk User Guide"))
        self.language = language or user_language()
        self.current: guide.Page | None = None
        self._history: list[tuple[str, str]] = []
        self._position = -1

        self.contents = QTreeWidget(self)
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderLabel(self.tr("Contents"))
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)

        self.browser = GuideBrowser(self)
        self.browser.setObjectName("guidePage")
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.anchorClicked.connect(self.follow)

        self.note = QLabel(self)
        self.note.setObjectName("guideNote")
        self.note.setWordWrap(True)
        self.note.hide()

        self.back_button = QToolButton(self)
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.back)
        self.forward_button = QToolButton(self)
        self.forward_button.setText(self.tr("For&ward"))
        self.forward_button.setAccessibleName(self.tr("Forward"))
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.forward_button.clicked.connect(self.forward)
        self.home_button = QToolButton(self)
        self.home_button.setText(self.tr("&Start Page"))
        self.home_button.setAccessibleName(self.tr("Start page"))
        self.home_button.clicked.connect(lambda: self.show_page(guide.START_PAGE))

        self.find_bar = QWidget(self)
        self.find_field = QLineEdit(self.find_bar)
        self.find_field.setObjectName("guideFind")
        self.find_field.setAccessibleName(self.tr("Find in page"))
        self.find_field.setPlaceholderText(self.tr("Find in page"))
        self.find_field.installEventFilter(self)  # Enter: next; Shift+Enter: previous
        self.find_field.textEdited.connect(lambda _text: self.find_next(from_start=True))
        find_label = QLabel(self.tr("&Find:"), self.find_bar)
        find_label.setBuddy(self.find_field)
        previous_button = QPushButton(self.tr("&Previous"), self.find_bar)
        previous_button.setAccessibleName(self.tr("Find previous"))
        previous_button.clicked.connect(self.find_previous)
        next_button = QPushButton(self.tr("&Next"), self.find_bar)
        next_button.setAccessibleName(self.tr("Find next"))
        next_button.clicked.connect(lambda: self.find_next())
        self.find_status = QLabel(self.find_bar)
        self.find_status.setObjectName("guideFindStatus")
        find_layout = QHBoxLayout(self.find_bar)
        find_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (find_label, self.find_field, previous_button, next_button, self.find_status):
            find_layout.addWidget(widget)
        self.find_bar.hide()

        navigation = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            navigation.addWidget(button)
        navigation.addStretch(1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(navigation)
        right_layout.addWidget(self.note)
        right_layout.addWidget(self.browser, 1)
        right_layout.addWidget(self.find_bar)
        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.show_find_bar)
        close_find = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.find_bar)
        close_find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close_find.activated.connect(self.hide_find_bar)
        previous = QShortcut(QKeySequence(QKeySequence.StandardKey.FindPrevious), self)
        previous.activated.connect(self.find_previous)

        self._fill_contents()
        self.resize(960, 700)
        self.show_page(guide.START_PAGE)

    # Contents

    def _fill_contents(self) -> None:
        self.contents.clear()
        for name in guide.page_names():
            shown = guide.page(name, self.language)
            if shown is None:
                continue
            item = QTreeWidgetItem(self.contents, [shown.title])
            item.setData(0, PAGE_ROLE, name)
            for section in shown.sections:
                child = QTreeWidgetItem(item, [section])
                child.setData(0, PAGE_ROLE, name)
                child.setData(0, SECTION_ROLE, guide.slug(section))

    def _contents_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.show_page(item.data(0, PAGE_ROLE), item.data(0, SECTION_ROLE) or "")

    # Pages and links

    def show_page(self, name: str, section: str = "", remember: bool = True) -> bool:
        """Show page `name` (scrolled to the heading whose anchor is `section`); False if no such page."""
        shown = guide.page(name, self.language)
        if shown is None:
            return False
        section = guide.local_anchor(shown, section)  # an English anchor finds the translated heading
        if remember:
            del self._history[self._position + 1:]
            self._history.append((name, section))
            self._position = len(self._history) - 1
        self.current = shown
        self.browser.page_path = shown.path
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(shown.path)))
        self.browser.setMarkdown(shown.text)
        untranslated = shown.language != self.language and self.language in guide.languages()
        self.note.setText(self.tr("This page is not translated yet: it is shown in English."))
        self.note.setVisible(untranslated)
        self.scroll_to(section)
        self._update_navigation()
        self._select_in_contents(name, section)
        return True

    def scroll_to(self, section: str) -> None:
        """Put the heading whose anchor is `section` at the top (the page's start if none)."""
        document = self.browser.document()
        block = document.begin()
        while section and block.isValid():
            if block.blockFormat().headingLevel() and guide.slug(block.text()) == section:
                cursor = QTextCursor(block)
                self.browser.setTextCursor(cursor)
                bar = self.browser.verticalScrollBar()
                bar.setValue(int(document.documentLayout().blockBoundingRect(block).top()))
                return
            block = block.next()
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.verticalScrollBar().setValue(0)

    def follow(self, url: QUrl) -> None:
        """A link was clicked: a guide page opens here; any other address is only shown."""
        if url.scheme() not in ("", "file"):
            self.show_external(url)
            return
        if not url.path():  # "#section" on the same page
            self.scroll_to(url.fragment())
            return
        name = Path(url.path()).name
        if not self.show_page(name, url.fragment()):
            self.show_external(url)

    def show_external(self, url: QUrl) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("A link outside the guide"),
                          self.tr("npmdesk does not open web pages or other programs. To read this page, "
                                  "copy its address into a web browser:"),
                          QMessageBox.StandardButton.Close, self)
        box.setInformativeText(url.toDisplayString())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                    | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.external_box = box
        box.open()

    def back(self) -> None:
        if self._position > 0:
            self._position -= 1
            self.show_page(*self._history[self._position], remember=False)

    def forward(self) -> None:
        if self._position < len(self._history) - 1:
            self._position += 1
            self.show_page(*self._history[self._position], remember=False)

    def _update_navigation(self) -> None:
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)

    def _select_in_contents(self, name: str, section: str) -> None:
        for index in range(self.contents.topLevelItemCount()):
            item = self.contents.topLevelItem(index)
            if item is None or item.data(0, PAGE_ROLE) != name:
                continue
            target = item
            for child_index in range(item.childCount()):
                section_item = item.child(child_index)
                if section and section_item is not None and section_item.data(0, SECTION_ROLE) == section:
                    target = section_item
            self.contents.blockSignals(True)
            self.contents.setCurrentItem(target)
            self.contents.blockSignals(False)
            return

    # Find in page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.find_field and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.find_previous()
            else:
                self.find_next()
            return True
        return super().eventFilter(watched, event)

    def show_find_bar(self) -> None:
        self.find_bar.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def hide_find_bar(self) -> None:
        self.find_bar.hide()
        self.browser.setFocus()

    def find_next(self, from_start: bool = False) -> bool:
        return self._find(backward=False, from_start=from_start)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def _find(self, backward: bool, from_start: bool = False) -> bool:
        words = self.find_field.text()
        if not words:
            self.find_status.clear()
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        found = self.browser.find(words, flags)
        if not found:  # wrap around once
            self.browser.moveCursor(QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start)
            found = self.browser.find(words, flags)
        self.find_status.setText("" if found else self.tr("Not found"))
        return found
