"""A form's list item cut short by a narrow list shows its whole text as its tooltip and as its
accessible description, and stops once the list is wide enough; the form does not take that for
an edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from tests.support.event_loop import run_pending
from tests.support.form_helpers import open_form
from tests.support.window_helpers import open_window

TIP, DESCRIPTION = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole


def _longest(items: QListWidget) -> int:
    return max(range(items.count()), key=lambda row: len(items.item(row).text()))


def test_items_cut_short_show_their_whole_text(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = open_form(qtbot, window, Qt.Key.Key_N)
    for items in (form.envelope.articles_list, form.findChild(QListWidget, "tagsList")):
        item = items.item(_longest(items))
        items.setFixedWidth(120)
        qtbot.waitUntil(lambda item=item: item.data(TIP) == item.text())
        assert item.data(DESCRIPTION) == item.text()
        items.setFixedWidth(items.fontMetrics().horizontalAdvance(item.text()) + 200)
        qtbot.waitUntil(lambda item=item: not item.data(TIP))
        assert not item.data(DESCRIPTION)
    run_pending(qtbot)
    assert not form.dirty  # a tooltip is not an edit: no draft, no "discard your changes?"
    form.discard()
