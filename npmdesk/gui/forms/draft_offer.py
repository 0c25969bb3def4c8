"""After unlocking: "You have an unsaved draft of …: Continue / Discard", one draft at a time.

The question is a window that does not block (Lock still works, and tests answer it by
clicking). Continue emits `continue_requested(draft)`; Discard deletes the draft from the
vault; Later (Escape) keeps it to be offered at the next unlock. `clear()` closes it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from npmdesk import display
from npmdesk.errors import NpmdeskError
from npmdesk.gui.inline_error import error_text
from npmdesk.gui.records import formatting, labels
from npmdesk.records.drafts import Draft, Drafts
from npmdesk.records.model import InvalidRecord, Record

translate = QCoreApplication.translate


def draft_content(record: Record) -> dict[str, Any]:
    """What a draft keeps of a form: the record as typed (unchecked)."""
    return {"record": record.to_json()}


def record_from_draft(draft: Draft) -> Record:
    """The record a draft was made from; InvalidRecord if the draft holds no record."""
    try:
        return Record.from_json(dict(draft.content["record"]))
    except (KeyError, TypeError, ValueError):
        raise InvalidRecord("draft", "This draft cannot be read back into a form.") from None


def describe(draft: Draft) -> str:
    """"“Re: Budget cuts” (communication)" or "a new communication"."""
    record = draft.content.get("record")
    title = str(record.get("title") or "").strip() if isinstance(record, dict) else ""
    kind = labels.kind_name(draft.kind).lower()
    if not title:
        return translate("DraftOffer", "a new {kind}").format(kind=kind) if draft.record_id is None else kind
    return translate("DraftOffer", "“{title}” ({kind})").format(title=display.gui_line(title), kind=kind)


class DraftOffer(QObject):
    continue_requested = Signal(object)  # Draft

    def __init__(self, parent_window: QWidget, drafts: Drafts, pending: list[Draft]) -> None:
        super().__init__(parent_window)
        self.window = parent_window
        self.drafts: Drafts | None = drafts
        self.pending = list(pending)
        self.box: QMessageBox | None = None
        self.current: Draft | None = None

    def start(self) -> None:
        self._next()

    def _next(self) -> None:
        self._close_box()
        if not self.pending or self.drafts is None:
            return
        self.current = draft = self.pending.pop(0)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved draft"), "", parent=self.window)
        box.setObjectName("draftOfferBox")
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setText(self.tr("You have an unsaved draft of {what}, kept {when}.").format(
            what=describe(draft), when=formatting.date_text(draft.saved_at)))
        box.setInformativeText(self.tr("Continue with it, or discard it?"))
        self.continue_button = box.addButton(self.tr("&Continue"), QMessageBox.ButtonRole.AcceptRole)
        self.discard_button = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        self.later_button = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        self.continue_button.setAccessibleName(self.tr("Continue the draft in its form"))
        self.discard_button.setAccessibleName(self.tr("Discard the draft"))
        self.later_button.setAccessibleName(self.tr("Keep the draft and ask again next time"))
        box.setDefaultButton(self.continue_button)
        box.setEscapeButton(self.later_button)
        box.buttonClicked.connect(self._answered)
        self.box = box
        box.show()

    def _answered(self, button: QAbstractButton) -> None:
        draft, self.current = self.current, None
        if draft is not None and button is self.continue_button:
            self.continue_requested.emit(draft)
        elif draft is not None and button is self.discard_button and self.drafts is not None:
            try:
                self.drafts.discard(draft.id)
            except NpmdeskError as error:
                if self.box is not None:
                    self.box.setInformativeText(error_text(error))
                return
        QTimer.singleShot(0, self, self._next)

    def _close_box(self) -> None:
        if self.box is not None:
            box, self.box = self.box, None
            box.blockSignals(True)
            box.close()
            box.deleteLater()

    def clear(self) -> None:
        self.pending = []
        self.current = None
        self.drafts = None
        self._close_box()
