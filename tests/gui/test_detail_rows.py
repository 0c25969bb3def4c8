"""The detail pane shows each thing once: a kind's own date field instead of the envelope's date,
and a linked record that is already one of the record's fields is not listed again."""

from __future__ import annotations

from npmdesk.records import Link, Record
from tests.support.window_helpers import open_window


def labels_of(detail) -> list[str]:
    return [label for label, _text in detail.rows()]


def test_a_recommendation_names_its_report_once_and_a_contact_its_term_start_once(qtbot, store) -> None:
    report = store.add(Record(kind="report", title="Visit report to the State", status="received",
                              fields={"report_type": "visit_report_to_state"}))
    recommendation = store.add(Record(kind="recommendation", title="Close cell block C", status="not_started",
                                      fields={"addressee": "state", "report": report.id},
                                      links=[Link(report.id, "report")]))
    contact = store.add(Record(kind="contact", title="Ana Ortiz", status="active", date="2025-01-01",
                               fields={"role": "country_rapporteur", "term_start": "2025-01-01"}))
    window = open_window(qtbot, store.vault)
    detail = window.workspace.detail
    window.workspace.show_record(recommendation.id)
    shown = [text for _label, text in detail.rows()]
    assert sum("Visit report to the State" in text for text in shown) == 1
    window.workspace.show_record(contact.id)
    assert labels_of(detail).count("Term start") == 1
