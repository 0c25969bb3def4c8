"""What leaves the vault, through the real window: a refused record is left out of the package
whatever the user ticks, internal records are confirmed for others but not between own devices,
a contact is marked as one of the NPM's own devices only once verified, exports show in the
record's history, drafts can be marked sent, and the dashboard lists records due for review."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import tarfile
from dataclasses import replace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from npmdesk.exchange import age
from npmdesk.exchange.age.keys import X25519Identity
from npmdesk.exchange.importer import import_package
from npmdesk.gui.exchange.export_dialog import ExportDialog
from npmdesk.gui.exchange.import_dialog import ImportDialog
from npmdesk.gui.reports import questions
from npmdesk.gui.reports.dialog import ReportDialog
from npmdesk.records import Record, disclosures
from npmdesk.records.consent import Consent, PersonConsent
from npmdesk.records.model import RecordNotFound
from tests.support.exchange_helpers import answer_save_dialog, communication, package_from, side, wait_idle
from tests.support.form_helpers import select_row_of
from tests.support.window_helpers import TODAY, WAIT_MS, open_window

REAL = "Ahmed Benali"


@pytest.fixture
def pair(tmp_path):
    with side(tmp_path / "office", "Office NPM", "Ana") as office, side(tmp_path / "field", "Field laptop",
                                                                        "Bo") as field:
        office.field_contact = office.contact_for(field)
        office.spt = office.store.add(Record(kind="contact", title="SPT secretariat", status="active", fields={
            "role": "secretariat", "age_recipient": X25519Identity.generate().recipient.encode()}))
        field.contact_for(office)
        yield office, field


def refused(store, title="Return visit to prison X"):
    return store.add(communication(
        title, body=f"{REAL} described the cell.", personal_data=True, sensitivity="confidential",
        pseudonyms={REAL: "person A"}, consents=[PersonConsent(REAL, (Consent("spt_transmission", "refused"),))]))


def planned(qtbot, dialog: ExportDialog) -> ExportDialog:
    qtbot.waitExposed(dialog)
    wait_idle(qtbot, dialog)
    assert dialog.plan is not None
    return dialog


def tick(dialog: ExportDialog, name: str, on: bool = True) -> None:
    for row in range(dialog.recipients_list.count()):
        item = dialog.recipients_list.item(row)
        if item.text().startswith(name):
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return
    raise AssertionError(f"{name} is not offered")


def texts(widget) -> list[str]:
    if hasattr(widget, "item"):
        return [widget.item(row).text() for row in range(widget.count())]
    return widget.model().lines()  # a list view over the plan (export dialog)


def package_ids(path, side_) -> set[str]:
    """The ids of the records in the package at `path`, decrypted for `side_` (test inspection)."""
    plain = io.BytesIO()
    with open(path, "rb") as src:
        age.decrypt(src, plain, identities=[side_.identity.age])
    plain.seek(0)
    with tarfile.open(fileobj=plain) as tar:
        data = tar.extractfile("records.json.gz").read()
    return {r["id"] for r in json.loads(gzip.decompress(data))["records"]}


def test_a_refused_record_is_left_out_whatever_the_user_ticks(qtbot, monkeypatch, pair, tmp_path) -> None:
    office, field = pair
    left_out = refused(office.store)
    letter = office.store.add(communication("Reply to the SPT", status="draft"))  # internal, a draft
    window = open_window(qtbot, office.vault)
    dialog = planned(qtbot, window.exchange.export_all())
    tick(dialog, "Field laptop")
    assert dialog.excluded_group.isVisible()
    assert texts(dialog.excluded_list) == ["Return visit to prison X: person A refused transmission to the SPT"]
    assert "Reply to the SPT — internal to the NPM" in texts(dialog.flagged_list)
    assert REAL not in " ".join(texts(dialog.excluded_list))
    dialog.confirm_check.setChecked(True)  # every tick there is
    dialog.mark_sent_check.setChecked(True)
    dialog.armor_check.setChecked(True)
    answer_save_dialog(monkeypatch, tmp_path / "all.age")
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert (tmp_path / "all.age").is_file(), dialog.error_label.text()
    assert "1 record(s) were left out" in dialog.status_label.text()
    assert "1 draft(s) marked as sent" in dialog.status_label.text()
    sent = package_ids(tmp_path / "all.age", field)
    assert letter.id in sent and left_out.id not in sent
    assert office.store.get(letter.id).status == "sent"
    import_package(field.store, field.identity, tmp_path / "all.age")
    with pytest.raises(RecordNotFound):
        field.store.get(left_out.id)


def test_between_own_devices_nothing_is_flagged_or_left_out_and_real_names_travel(qtbot, monkeypatch, pair,
                                                                                  tmp_path) -> None:
    office, field = pair
    left_out = refused(office.store, f"Interview with {REAL}")
    office.store.add(communication("Staff rota"))  # internal
    window = open_window(qtbot, office.vault)

    # The contact card: "One of our NPM's devices", only for a verified contact.
    window.workspace.show_record(office.spt.id)
    note = window.workspace.detail.exchange_note
    assert note.own_device_check.isVisible() and not note.own_device_check.isEnabled()
    window.workspace.show_record(office.field_contact.id)
    note = window.workspace.detail.exchange_note
    assert note.own_device_check.isEnabled() and not note.own_device_check.isChecked()
    note.own_device_check.setChecked(True)
    assert office.store.get(office.field_contact.id).fields["own_device"] is True
    assert window.workspace.detail.exchange_note.own_device_check.isChecked()

    dialog = planned(qtbot, window.exchange.export_all())
    tick(dialog, "Field laptop")
    assert dialog.own_note.isVisible() and "real names" in dialog.own_note.text()
    assert dialog.flagged_group.isHidden() and dialog.excluded_group.isHidden()
    tick(dialog, "SPT secretariat")  # one recipient beyond the NPM's own devices: everything is judged again
    assert dialog.own_note.isHidden() and dialog.flagged_group.isVisible() and dialog.excluded_group.isVisible()
    tick(dialog, "SPT secretariat", on=False)
    answer_save_dialog(monkeypatch, tmp_path / "own.age")
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    assert left_out.id in package_ids(tmp_path / "own.age", field), dialog.error_label.text()

    # The field laptop has not marked the office as one of its devices: the package is refused.
    with pytest.raises(Exception, match="carries real names"):
        import_package(field.store, field.identity, tmp_path / "own.age")


def test_an_import_of_real_names_from_a_device_not_marked_as_ours_is_refused(qtbot, pair, tmp_path) -> None:
    office, field = pair
    refused(field.store, f"Interview with {REAL}")
    mark = field.store.get(next(r.id for r in field.store.list() if r.kind == "contact"))
    field.store.update(replace(mark, fields={**mark.fields, "own_device": True}))
    package_from(field, office.identity.recipient.encode(), tmp_path / "own.age")
    window = open_window(qtbot, office.vault)
    dialog = window.exchange.open_import(tmp_path / "own.age")
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=WAIT_MS)
    assert "carries real names" in dialog.error_label.text() and dialog.preview is None
    assert not dialog.import_button.isEnabled()


def test_the_history_shows_when_a_record_left_and_the_detail_pane_says_it(qtbot, monkeypatch, pair,
                                                                          tmp_path) -> None:
    office, _field = pair
    letter = office.store.add(communication("Letter to the SPT", sensitivity="confidential"))
    window = open_window(qtbot, office.vault)
    select_row_of(window, letter)
    dialog = planned(qtbot, window.exchange.export_selected())
    tick(dialog, "Field laptop")
    answer_save_dialog(monkeypatch, tmp_path / "letter.age")
    dialog.export_button.click()
    wait_idle(qtbot, dialog)
    window.workspace.show_record(letter.id)
    note = window.workspace.detail.exchange_note
    assert note.disclosure_label.isVisible()
    assert "Left the vault 1 time(s)" in note.disclosure_label.text()
    assert "Field laptop" in note.disclosure_label.text() and "letter.age" in note.disclosure_label.text()
    window.workspace.detail.show_history()
    history = window.workspace.detail.history_dialog
    first = history.version_list.topLevelItem(0)
    assert [first.text(c) for c in (0, 3, 4)] == ["Left the vault", "letter.age", "Field laptop"]
    history.version_list.setCurrentItem(first)
    assert office.field_contact.fields["signing_key"] not in history.text_view.toPlainText()
    assert "Field laptop" in history.text_view.toPlainText() and "Fingerprints:" in history.text_view.toPlainText()


def test_the_dashboard_lists_records_due_for_review(qtbot, pair) -> None:
    office, _field = pair
    late = office.store.add(communication("Interview notes", review_date=(TODAY - dt.timedelta(days=3)).isoformat()))
    office.store.add(communication("Kept for years", review_date=(TODAY + dt.timedelta(days=400)).isoformat()))
    soon = office.store.add(communication("Visit file", review_date=(TODAY + dt.timedelta(days=20)).isoformat()))
    window = open_window(qtbot, office.vault)
    widget = window.workspace.dashboard.lists["review"]
    shown = texts(widget)
    assert shown == ["Review overdue by 3 day(s) · Communication: Interview notes",
                     "Review in 20 day(s) · Communication: Visit file"]
    assert [widget.item(row).data(Qt.ItemDataRole.UserRole) for row in range(2)] == [late.id, soon.id]
    widget.setCurrentRow(1)
    widget.itemActivated.emit(widget.item(1))
    qtbot.waitUntil(lambda: window.workspace.detail.record is not None
                    and window.workspace.detail.record.id == soon.id, timeout=WAIT_MS)


def test_a_report_saved_as_pdf_can_list_disclosures_and_is_logged(qtbot, monkeypatch, pair, tmp_path) -> None:
    office, _field = pair
    letter = office.store.add(communication("Letter to the SPT", sensitivity="confidential"))
    package_from(office, office.field_contact.fields["age_recipient"], tmp_path / "letter.age", [letter.id])
    dialog = ReportDialog(office.store, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.disclosures_check.isEnabled() and not form.disclosures_check.isChecked()
    form.disclosures_check.setChecked(True)
    form.from_check.setChecked(False)
    monkeypatch.setattr(questions, "confirm_plaintext_pdf", lambda *args: True)
    monkeypatch.setattr(questions, "choose_target", lambda *args: tmp_path / "log.pdf")
    dialog.save_as_pdf()
    qtbot.waitUntil(lambda: dialog.job is None and (tmp_path / "log.pdf").exists(), timeout=WAIT_MS)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO((tmp_path / "log.pdf").read_bytes())).pages)
    assert "letter.age" in text
    assert [(d.package, d.recipients[0].kind) for d in disclosures.disclosures(office.store, letter.id)] == [
        ("letter.age", "age"), ("log.pdf", "pdf")]
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("recommendations"))
    assert not form.disclosures_check.isEnabled() and not form.request().with_disclosures
