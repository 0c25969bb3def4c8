"""The window names things as the PDF reports do, in the user's language, countries included."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from npmdesk.gui.forms.envelope import Envelope
from npmdesk.gui.records import field_labels, labels, record_rows
from npmdesk.gui.resources import load_form
from npmdesk.records import Record
from npmdesk.reports.strings import Strings


@pytest.mark.parametrize("code", ["fr", "es"])
def test_the_window_and_the_pdf_reports_use_the_same_names(language, code) -> None:
    language(code)
    pdf = Strings(code)
    pairs = [
        (labels.kind_name("update"), pdf.kind("update")),
        (labels.kind_name("reprisal_check"), pdf.kind("reprisal_check")),
        (labels.kind_name("interpretation_request"), pdf.kind("interpretation_request")),
        (labels.status_name("no_longer_relevant"), pdf.status("no_longer_relevant", "recommendation")),
        (labels.status_name("replied", "report", "visit_report_to_state"),
         pdf.status("replied", "report", "visit_report_to_state")),
        (field_labels.field_label("direction"), pdf.field("direction")),
        (field_labels.choice_name("received", "direction"), pdf.choice("direction", "received")),
        (field_labels.choice_name("state", "addressee"), pdf.choice("addressee", "state")),
        (field_labels.choice_name("private_meeting"), pdf.choice("checklist_done", "private_meeting")),
        (labels.sensitivity_name("strictly_confidential"), pdf.sensitivity("strictly_confidential")),
    ]
    for shown, printed in pairs:
        assert shown == printed and shown
    english = Strings("en")
    assert labels.kind_name("update") != english.kind("update")  # really in the user's language


def test_known_wrong_words_are_gone_from_the_window(language) -> None:
    language("es")
    assert field_labels.field_label("direction") == "Sentido"
    assert field_labels.choice_name("state", "addressee") == "Estado parte"  # "Estado" alone reads as a status
    language("fr")
    assert labels.status_name("no_longer_relevant") == "N'est plus pertinente"
    assert labels.kind_name("interpretation_request") == "Demande d'avis"


def test_countries_are_named_in_the_users_language(qtbot, store, language) -> None:
    language("fr")
    record = store.add(Record(kind="communication", title="Lettre", date="2026-01-05", status="sent", country="KH",
                              fields={"direction": "sent", "channel": "letter"}))
    assert dict(record_rows.rows(store, record))["Pays"] == "Cambodge (KH)"
    form = load_form("record_form")
    qtbot.addWidget(form)
    Envelope(form).fill_options(store, record)
    country = form.findChild(QComboBox, "countryCombo")
    items = [country.itemText(i) for i in range(country.count())]
    assert "Cambodge (KH)" in items and "Cambodia (KH)" not in items
    assert items.index("Danemark (DK)") < items.index("Équateur (EC)") < items.index("Espagne (ES)")
