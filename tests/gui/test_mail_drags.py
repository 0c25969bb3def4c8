"""Messages dragged straight out of a mail program onto the window (the formats, byte for byte, and
their sources: tests/support/mail_drags.py): Thunderbird's local folders are read from the folder
file, a message offered as memory is read, and for every drag npmdesk cannot read the window says
which program it seems to come from and what to do instead, and stores nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from npmdesk.records.query import ListQuery
from tests.support import mail_drags
from tests.support import mail_samples as samples
from tests.support.drag_helpers import drop
from tests.support.window_helpers import WAIT_MS, open_window

SUBJECT = 2


@pytest.fixture
def window(qtbot, new_vault):
    return open_window(qtbot, new_vault[0])


def _preview(qtbot, window):
    qtbot.waitUntil(lambda: bool(window.mail.dialogs), timeout=WAIT_MS)
    dialog = window.mail.dialogs[-1]
    qtbot.waitUntil(lambda: dialog.job is None and dialog.plan is not None, timeout=WAIT_MS)
    return dialog


def _subjects(dialog) -> list[str]:
    view = dialog.messages_view
    return [view.topLevelItem(row).text(SUBJECT) for row in range(view.topLevelItemCount())]


def _refusal(qtbot, window) -> str:
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "mailDropRefusal") is not None, timeout=WAIT_MS)
    box = window.findChild(QMessageBox, "mailDropRefusal")
    text = box.text()
    box.done(QMessageBox.StandardButton.Ok)
    return text


def _communications(window) -> int:
    return len(window.workspace.store.list(ListQuery(kinds=("communication",), limit=10)))


def test_messages_dragged_from_a_thunderbird_local_folder_are_read_from_its_mbox_file(qtbot, window,
                                                                                      tmp_path) -> None:
    first, second = samples.thunderbird_utf8(), samples.koi8r_reply()
    folder = tmp_path / "Local Folders" / "Inbox"
    folder.parent.mkdir()
    data = samples.mbox(samples.iso2022jp(), first, second)
    folder.write_bytes(data)
    at_first = data.index(b"From sender1@")
    at_second = data.index(b"From sender2@")
    assert drop(window, mail_drags.thunderbird_local(folder, at_first, at_second))
    dialog = _preview(qtbot, window)
    assert _subjects(dialog) == ["Rapport de visite — centre de détention", "\u21b3 Подтверждение"]
    assert [str(source.label) for source in dialog.sources] == ["Inbox (Thunderbird)"] * 2
    assert dialog.sources[0].message is not None and dialog.sources[0].message.original_name == f"Inbox {at_first}.eml"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog not in window.mail.dialogs, timeout=WAIT_MS)
    assert _communications(window) == 2


def test_a_thunderbird_key_that_is_not_where_a_message_starts_is_not_read(qtbot, window, tmp_path) -> None:
    folder = tmp_path / "Inbox"
    folder.write_bytes(samples.mbox(samples.thunderbird_utf8()))
    assert drop(window, mail_drags.thunderbird_local(folder, 7))  # a newer Thunderbird's key, not an offset
    dialog = _preview(qtbot, window)
    assert _subjects(dialog) == [] and not dialog.import_button.isEnabled()
    assert dialog.failures_list.item(0).text().endswith(
        "drag the message to the desktop first, then drop the file here; nothing was imported from it.")


def test_a_single_message_offered_as_memory_is_read(qtbot, window) -> None:
    assert drop(window, mail_drags.one_file_as_memory("Confirmation.eml", samples.koi8r_reply()))
    dialog = _preview(qtbot, window)
    assert _subjects(dialog) == ["\u21b3 Подтверждение"]
    assert dialog.sources[0].message is not None and dialog.sources[0].message.original_name == "Confirmation.eml"


@pytest.mark.parametrize(("mime", "said"), [
    (lambda: mail_drags.outlook("Visit report.msg", "RE Visit report.msg"),
     "Outlook offers dragged messages in a form npmdesk cannot read: drag them to a folder first (or File → Save "
     "As, Outlook Message Format), then drop the .msg files here. Nothing was imported."),
    (mail_drags.thunderbird_imap,
     "Thunderbird offered these messages from a server folder (IMAP, news or Exchange), which npmdesk cannot read "
     "without the network: drag them to the desktop or a folder first, then drop the files here. Nothing was "
     "imported."),
    (mail_drags.apple_mail,
     "Apple Mail offers dragged messages in a form npmdesk cannot read: drag them to a folder first (they become "
     ".eml files), then drop the files here. Nothing was imported."),
])
def test_a_drag_npmdesk_cannot_read_says_what_to_do_and_stores_nothing(qtbot, window, mime, said) -> None:
    assert drop(window, mime())
    assert _refusal(qtbot, window) == said
    assert not window.mail.dialogs and _communications(window) == 0
