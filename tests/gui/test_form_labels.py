"""Each kind's form shows its own fields once, with the labels a user would use: a contact has a
name, no counterpart and no due date; a date a kind's own field holds (a term start, the date an
annual report was sent, a visit's start, a reminder's due date) is asked once and still sorts the
lists; the counterpart list says who each contact is."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel

from npmdesk.records import ListQuery, Record, kinds
from tests.support.form_helpers import choose, save, type_into
from tests.support.window_helpers import WAIT_MS, open_window


def visible_labels(form) -> list[str]:
    """The text of every field label, tick box and box title the user sees in `form` ("&", ":" and "*" aside)."""
    texts = [w.text() for w in form.findChildren(QLabel) if w.isVisibleTo(form) and w.buddy() is not None]
    texts += [w.text() for w in form.findChildren(QCheckBox) if w.isVisibleTo(form)]
    texts += [w.title() for w in form.findChildren(QGroupBox) if w.isVisibleTo(form) and w.title()]
    return [t.replace("&", "").rstrip(": *").strip() for t in texts if t.strip()]


@pytest.mark.parametrize("kind", list(kinds.KINDS))
def test_every_label_of_a_kinds_form_is_shown_once(qtbot, store, kind) -> None:
    window = open_window(qtbot, store.vault)
    form = window.forms.new(kind)
    shown = visible_labels(form)
    assert len(shown) == len(set(shown)), sorted(label for label in shown if shown.count(label) > 1)


def test_a_contact_has_a_name_and_no_counterpart_nor_due_date(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = window.forms.new("contact")
    shown = visible_labels(form)
    assert "Name" in shown and "Title" not in shown
    assert form.envelope.inputs["title"].accessibleName() == "Name"
    assert {"Counterpart", "Due date"}.isdisjoint(shown) and shown.count("Term start") == 1
    assert not form.envelope.inputs["counterpart"].isVisibleTo(form)


def test_a_contacts_term_start_is_its_date(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = window.forms.new("contact")
    type_into(qtbot, form, "title", "Rapporteur Ortiz")
    choose(form, "role", "country_rapporteur")
    type_into(qtbot, form, "term_start", "2023-01-01")
    save(qtbot, form)
    qtbot.waitUntil(lambda: store.count(ListQuery(kinds=("contact",))) == 1, timeout=WAIT_MS)
    contact = store.get(store.list(ListQuery(kinds=("contact",)))[0].id)
    assert contact.fields["term_start"] == contact.date == "2023-01-01"


def test_an_annual_report_dated_before_shows_its_date_sent_once_and_keeps_it(qtbot, store) -> None:
    report = store.add(Record(kind="annual_report", title="Annual report 2025", date="2026-03-31",
                              status="sent", fields={"year": 2025}))
    window = open_window(qtbot, store.vault)
    window.workspace.show_record(report.id)
    form = window.forms.edit()
    assert visible_labels(form).count("Date sent") == 1
    assert form.fields.inputs["date_sent"].value() == "2026-03-31"  # typed under "Date sent" before
    type_into(qtbot, form, "date_sent", "2026-04-02")
    save(qtbot, form)
    qtbot.waitUntil(lambda: store.get(report.id).version == 2, timeout=WAIT_MS)
    stored = store.get(report.id)
    assert stored.date == stored.fields["date_sent"] == "2026-04-02"  # the list still sorts by it


def test_a_reminders_due_date_is_asked_once_and_dates_it(qtbot, store) -> None:
    window = open_window(qtbot, store.vault)
    form = window.forms.new("reminder")
    assert visible_labels(form).count("Due date") == 1
    type_into(qtbot, form, "title", "Send the annual report")
    type_into(qtbot, form, "due_date", "2026-05-01")
    save(qtbot, form)
    qtbot.waitUntil(lambda: store.count(ListQuery(kinds=("reminder",))) == 1, timeout=WAIT_MS)
    reminder = store.list(ListQuery(kinds=("reminder",)))[0]
    assert reminder.date == reminder.due_date == "2026-05-01"


def test_the_counterpart_list_says_each_contacts_role_and_regional_team(qtbot, store) -> None:
    store.add(Record(kind="contact", title="Ana Ortiz", status="active",
                     fields={"role": "country_rapporteur", "regional_team": "Americas"}))
    store.add(Record(kind="contact", title="Secretariat", status="active", fields={"role": "secretariat"}))
    window = open_window(qtbot, store.vault)
    form = window.forms.new("communication")
    combo = form.envelope.inputs["counterpart"]
    entries = [combo.itemText(i) for i in range(combo.count())]
    assert "Ana Ortiz — Country rapporteur (Americas)" in entries
    assert "Secretariat — Secretariat" in entries
