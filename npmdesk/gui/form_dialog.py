"""A dialog whose content is a Designer form, with the busy state every slow action needs."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from npmdesk.gui.access_keys import manage_access_keys
from npmdesk.gui.fit import grow_to_fit
from npmdesk.gui.form_parts import Part, child
from npmdesk.gui.resources import load_form


class FormDialog(QDialog):
    """Shows `ui/<form_name>.ui`; the form's windowTitle becomes the dialog's title.

    A form may hold a `busyBar` (QProgressBar) and a `busyLabel`: `set_busy(True, text)`
    shows them and disables every field and button until `set_busy(False)`. While busy
    the dialog cannot be closed (a key derivation in flight must deliver its result).
    """

    def __init__(self, form_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form(form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        grow_to_fit(self)  # an error or a longer translation adds lines: none is cut off
        manage_access_keys(self)  # no two controls share an Alt+letter, in any language
        self._busy = False
        self._disabled_while_busy: list[QWidget] = []
        bar = self.form.findChild(QProgressBar, "busyBar")
        if bar is not None:
            bar.setRange(0, 0)
            bar.hide()
        label = self.form.findChild(QLabel, "busyLabel")
        if label is not None:
            label.hide()

    def child(self, cls: type[Part], name: str) -> Part:
        """The form's widget or layout called `name`; FormMismatch (a LookupError) if the form lacks it."""
        return child(self.form, cls, name)

    @property
    def busy(self) -> bool:
        return self._busy

    def set_busy(self, busy: bool, text: str = "") -> None:
        if busy == self._busy:
            return
        self._busy = busy
        bar = self.form.findChild(QProgressBar, "busyBar")
        label = self.form.findChild(QLabel, "busyLabel")
        if bar is not None:
            bar.setVisible(busy)
            bar.setAccessibleDescription(text)
        if label is not None:
            label.setText(text)
            label.setVisible(busy)
        if busy:
            inputs = self.form.findChildren(QLineEdit) + self.form.findChildren(QAbstractButton)
            self._disabled_while_busy = [w for w in inputs if w.isEnabled()]
            for widget in self._disabled_while_busy:
                widget.setEnabled(False)
        else:
            for widget in self._disabled_while_busy:
                widget.setEnabled(True)
            self._disabled_while_busy = []

    def reject(self) -> None:
        if not self._busy:
            super().reject()
