"""The one progress window of a background job: its status, a progress bar and one button that reads
Cancel while the job runs and Close once it has ended.

Used for a backup made by hand, the integrity check and attachments being added or saved. It does
not block the window: the user may go on working meanwhile. While the job runs, Escape, the Cancel
button and the window's close button ask to cancel (`cancel_requested`): the button greys out and
the status reads "Cancelling…" until the job has undone its work and delivered its outcome (QDialog
closes a window only if `reject()` hides it). The outcome is shown in the window itself and given
to screen readers as the status text (`show_done`, `show_failed`, `show_cancelled`), or the window
closes itself (`finish()`, where the caller says the outcome elsewhere).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout, QWidget

from npmdesk.gui import inline_error
from npmdesk.gui.background_job import STEPS
from npmdesk.gui.fit import grow_to_fit


def cancel_while_running(cancel: Callable[[], None] | None, button: QAbstractButton,
                         say: Callable[[str], None]) -> bool:
    """The first step of `reject()` in every window that runs a job (Escape, its Cancel button, the
    window's close button). `cancel` is the running job's, or None when nothing runs: then False
    (the window may close). Else grey out `button`, say "Cancelling…", ask the job to cancel, and
    True: the window stays open until the job has undone its work and delivered its outcome."""
    if cancel is None:
        return False
    button.setEnabled(False)
    say(QCoreApplication.translate("JobProgressDialog", "Cancelling…"))
    cancel()
    return True


@dataclass(frozen=True)
class ProgressTexts:
    """The words of one kind of job's progress window (already translated)."""

    title: str  # the window's title
    running: str  # what is being done
    cancel_name: str  # the Cancel button's accessible name
    cancelled: str  # the outcome after Cancel
    progress_name: str = ""  # the progress bar's accessible name ("Progress" if empty)


class JobProgressDialog(QDialog):
    """`name` prefixes the widgets' object names (`<name>ProgressDialog`, `<name>Status`,
    `<name>Progress`, `<name>DialogButton`). `show_after_ms`: appear only if the job is still
    running by then (a small file added does not flash a window); None: the caller shows it.
    `steps` False: a busy bar for a job that reports no progress."""

    cancel_requested = Signal()

    def __init__(self, texts: ProgressTexts, name: str, parent: QWidget | None = None, *,
                 show_after_ms: int | None = None, steps: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}ProgressDialog")
        self.setWindowTitle(texts.title)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.running = True
        self.texts = texts
        layout = QVBoxLayout(self)
        self.status_label = QLabel(texts.running, self)
        self.status_label.setObjectName(f"{name}Status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.bar = QProgressBar(self)
        self.bar.setObjectName(f"{name}Progress")
        self.bar.setAccessibleName(texts.progress_name or self.tr("Progress"))
        self.bar.setRange(0, STEPS if steps else 0)
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.button.setObjectName(f"{name}DialogButton")
        self.button.setAccessibleName(texts.cancel_name)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_status(texts.running)
        self.resize(460, 140)
        grow_to_fit(self)  # an outcome (a path, a size, advice) is longer than the progress text
        if show_after_ms is not None:
            QTimer.singleShot(show_after_ms, self, self._show_if_running)

    def _show_if_running(self) -> None:
        if self.running:
            self.show()
            self.raise_()

    # ------------------------------------------------------------------------- states

    def show_progress(self, thousandths: int) -> None:
        if self.running:
            self.bar.setValue(min(thousandths, STEPS))

    def show_done(self, text: str) -> None:
        if self.bar.maximum():
            self.bar.setValue(STEPS)
        else:
            self.bar.hide()
        self._finish(text)

    def show_failed(self, text: str) -> None:
        self.status_label.setStyleSheet(inline_error.error_style())
        self.bar.hide()
        self._finish(text)

    def show_cancelled(self) -> None:
        self.bar.hide()
        self._finish(self.texts.cancelled)

    def finish(self) -> None:
        """The job ended and its outcome is said elsewhere: close for good."""
        self.running = False
        self.close()

    def _finish(self, text: str) -> None:
        self.running = False
        self._set_status(text)
        self.button.setText(self.tr("Close"))
        self.button.setAccessibleName(self.tr("Close"))
        self.button.setEnabled(True)
        self.button.setFocus()

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        self.bar.setAccessibleDescription(text)
        self.setAccessibleDescription(text)

    # ------------------------------------------------------------------------ closing

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: ask to cancel while running, else close."""
        if not cancel_while_running(self.cancel_requested.emit if self.running else None, self.button,
                                    self._set_status):
            super().reject()
