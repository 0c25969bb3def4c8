"""Text from outside is data in the window too: hostile titles, names and file names are shown with
their controls and bidi overrides visible and isolated (FSI … PDI) in the list, the detail pane,
the attachment list and the import preview."""

from __future__ import annotations

import io
import re

from npmdesk.gui.records.list_model import ID_ROLE
from npmdesk.records import Record, attachments
from tests.support.exchange_helpers import package_from, side, wait_idle
from tests.support.window_helpers import WAIT_MS, open_window

HOSTILE = "Evil\x1b[2K\r\nSigned by Ana, a verified contact\x07\x9b31m \u202eexe.pdf\u2066x\u2069\u2028"
ARABIC = "\u0645\u0644\u0641 \u0627\u0644\u0632\u064a\u0627\u0631\u0629"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
FSI, PDI = "\u2068", "\u2069"


def isolated(text: str) -> bool:
    """One bidi isolate around text that holds no raw control, newline or bidi character."""
    return text.startswith(FSI) and text.endswith(PDI) and not RAW.search(text[1:-1]) and "\n" not in text


def test_hostile_titles_and_names_are_neutralised_and_isolated_in_list_and_detail_pane(qtbot, store) -> None:
    contact = store.add(Record(kind="contact", title=HOSTILE, status="active", fields={"role": "other"}))
    record = store.add(Record(kind="communication", title=HOSTILE, body=f"line one\n{HOSTILE}\n{ARABIC}",
                              date="2026-03-02", status="sent", counterpart=contact.id,
                              fields={"direction": "sent", "channel": "letter"}))
    store.add(Record(kind="communication", title=ARABIC, date="2026-03-01", status="sent",
                     fields={"direction": "sent", "channel": "letter"}))
    attachments.add(store, record.id, "report\u202efdp.exe", io.BytesIO(b"x"))
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    model = workspace.list_model
    cells = {model.index(row, 0).data(ID_ROLE): model.index(row, 2).data() for row in range(model.rowCount())}
    assert isolated(cells[record.id]) and "<U+000A>Signed by" in cells[record.id]
    assert f"{FSI}{ARABIC}{PDI}" in cells.values()  # right-to-left text cannot reorder its row
    row = next(row for row in range(model.rowCount()) if model.index(row, 0).data(ID_ROLE) == record.id)
    workspace.list_view.setCurrentIndex(model.index(row, 0))
    detail = workspace.detail
    qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == record.id, timeout=WAIT_MS)
    assert isolated(detail.title_label.text())
    assert isolated(dict(detail.rows())["Counterpart"])
    body = detail.body_view.toPlainText()
    assert body.startswith("line one\nEvil<U+001B>[2K") and ARABIC in body and not RAW.search(body)
    names = [detail.attachments_list.item(i).text() for i in range(detail.attachments_list.count())]
    assert len(names) == 1 and names[0].startswith("reportfdp.exe — ")  # the real extension shows
    assert not RAW.search(detail.accessibleDescription().replace(FSI, "").replace(PDI, ""))


def test_the_import_preview_isolates_what_the_package_says_about_its_sender(qtbot, tmp_path) -> None:
    with side(tmp_path / "office", "Office NPM", "Ana") as office, side(tmp_path / "field", HOSTILE,
                                                                        HOSTILE) as field:
        office.contact_for(field, name=HOSTILE)  # a contact whose name is hostile too
        field.store.add(Record(kind="communication", title="Note", date="2026-03-02", status="sent",
                               fields={"direction": "sent", "channel": "letter"}))
        package = package_from(field, office.identity.recipient.encode(), tmp_path / "hostile.age")
        window = open_window(qtbot, office.vault)
        dialog = window.exchange.open_import(package)
        qtbot.waitExposed(dialog)
        wait_idle(qtbot, dialog)
        assert dialog.preview is not None, dialog.error_label.text()
        origin = dialog.from_label.text()
        assert not RAW.search(origin.replace(FSI, "").replace(PDI, "")) and "\n" not in origin
        assert origin.count(FSI) == origin.count(PDI) == 2  # the NPM and the user: each isolated
        signer = dialog.signer_label.text()
        assert signer.startswith(FSI) and "<U+000A>" in signer and signer.endswith(
            "a contact whose keys you verified.")
        dialog.close()
