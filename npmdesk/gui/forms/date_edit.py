"""A date field that takes a typed date or one picked from a calendar.

The user types an ISO date (2026-12-07) or the date as npmdesk shows it ("7 December 2026",
"7 déc. 2026" in French…), or opens a calendar with the field's calendar button, Alt+Down or
F4 (arrow keys and Page Up/Down move in it, Enter picks, Escape closes). On leaving the field a
date it understands is shown as `formatting.date_text` writes it. `value()` gives what the
record stores: YYYY-MM-DD, or the typed text as is when it is not a date, so that the core's
validation says what is wrong with it (an impossible date, 2026-02-30, stays 2026-02-30).

A pick changes the text and emits `textEdited`, as typing does, so forms see the change.
`replace_line_edit` swaps a QLineEdit of a .ui form for a DateEdit in place (same object
name, accessible texts, layout position, label buddy and tab order).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QFrame, QLabel, QLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from npmdesk.gui import fit
from npmdesk.gui.records import formatting
from npmdesk.gui.resources import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateEdit", text)


class CalendarPopup(QFrame):
    """The calendar under a date field; `picked(QDate)` on Enter, a click or a double click."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("datePopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("datePopupCalendar")
        self.calendar.setAccessibleName(_tr("Calendar"))
        self.calendar.setAccessibleDescription(
            _tr("Arrow keys move by day and week, Page Up and Page Down by month; Enter picks the date, "
                "Escape closes the calendar."))
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self.picked)
        self.calendar.clicked.connect(self.picked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.calendar)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)


class DateEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_tr("YYYY-MM-DD"))
        self.setToolTip(_tr("Type the date as YYYY-MM-DD, or choose it from the calendar (Alt+Down)"))
        self.calendar_action = self.addAction(icon("calendar"), QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setObjectName("dateCalendarAction")
        self.calendar_action.setText(_tr("Choose from the calendar"))
        self.calendar_action.setToolTip(_tr("Choose from the calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        for button in self.findChildren(QToolButton):
            button.setAccessibleName(_tr("Choose from the calendar"))
        self.popup: CalendarPopup | None = None
        self.editingFinished.connect(self.tidy)

    # ------------------------------------------------------------------------------ value

    def value(self) -> str | None:
        """YYYY-MM-DD for a date typed, shown or picked (possibly an impossible one); the
        typed text for anything else; None when empty."""
        text = self.text().strip()
        if not text:
            return None
        return formatting.parse_date_text(text) or text

    def set_value(self, value: str | None) -> None:
        """Show a stored value: a date as date_text writes it, anything else as it is."""
        day = formatting.date_of(value) if value and formatting.ISO_DATE.fullmatch(value) else None
        self.setText(formatting.day_text(day) if day else (value or ""))

    def tidy(self) -> None:
        """A real date typed in any accepted form is shown the way npmdesk shows dates."""
        parsed = formatting.parse_date_text(self.text())
        day = formatting.date_of(parsed) if parsed else None
        if day is not None and self.text() != formatting.day_text(day):
            self.setText(formatting.day_text(day))

    # --------------------------------------------------------------------------- calendar

    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        parsed = formatting.parse_date_text(self.text())
        day = formatting.date_of(parsed) if parsed else None
        chosen = QDate(day.year, day.month, day.day) if day else QDate.currentDate()
        self.popup.calendar.setSelectedDate(chosen)
        self.popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            below.setX(self.mapToGlobal(self.rect().bottomRight()).x() - self.popup.width())
        shown_on = fit.screen_of(self)
        screen = shown_on.availableGeometry() if shown_on is not None else None
        if screen is not None and below.y() + self.popup.height() > screen.bottom():
            below.setY(self.mapToGlobal(self.rect().topLeft()).y() - self.popup.height())
        self.popup.move(below)
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def calendar_open(self) -> bool:
        return self.popup is not None and self.popup.isVisible()

    def _picked(self, date: QDate) -> None:
        if self.popup is not None:
            self.popup.close()
        iso = date.toString("yyyy-MM-dd")
        self.set_value(iso)
        self.textEdited.emit(self.text())
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        if self.popup is not None:
            self.popup.close()
        super().hideEvent(event)


# ----------------------------------------------------------------------------- in a .ui form


def _layout_holding(root: QWidget, widget: QWidget) -> QLayout | None:
    for layout in root.findChildren(QLayout):
        if layout.indexOf(widget) >= 0:
            return layout
    return None


def replace_line_edit(line: QLineEdit) -> DateEdit:
    """Put a DateEdit where `line` is (a .ui form's date field) and delete `line`: the new field
    keeps its object name, accessible name and description, size policy, layout position,
    the label it is the buddy of and its place in the tab order. Its text is read as a value."""
    parent = line.parentWidget()
    edit = DateEdit(parent)
    edit.setObjectName(line.objectName())
    edit.setAccessibleName(line.accessibleName())
    if line.accessibleDescription():
        edit.setAccessibleDescription(line.accessibleDescription())
    if line.toolTip():
        edit.setToolTip(line.toolTip())
    if line.placeholderText():
        edit.setPlaceholderText(line.placeholderText())  # translated with the form
    edit.setSizePolicy(line.sizePolicy())
    edit.setMinimumSize(line.minimumSize())
    edit.setMaximumSize(line.maximumSize())
    edit.setEnabled(line.isEnabled())
    edit.setReadOnly(line.isReadOnly())
    edit.set_value(line.text().strip() or None)
    root = line.window()
    layout = _layout_holding(parent, line) if parent is not None else None
    if layout is not None:
        layout.replaceWidget(line, edit)
    for label in root.findChildren(QLabel):
        if label.buddy() is line:
            label.setBuddy(edit)
    QWidget.setTabOrder(line, edit)  # right after the old field, which then leaves the chain
    line.hide()
    line.setParent(None)
    line.deleteLater()
    return edit
