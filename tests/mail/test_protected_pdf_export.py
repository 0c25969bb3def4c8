"""The core of a protected PDF export: what changed since the plan is judged again before anything
is written, and a PDF has a size limit (it is laid out in memory)."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfWriter

from npmdesk.exchange import pdf_export
from npmdesk.exchange.errors import ConfirmationNeeded, ExportPlanOutdated
from npmdesk.exchange.export import plan_export
from npmdesk.records import RecordStore, disclosures
from npmdesk.records.consent import Consent, PersonConsent
from tests.support.package_helpers import communication

REAL = "Ahmed Benali"


def blank_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_record_refused_or_made_sensitive_after_the_plan_writes_nothing(store: RecordStore, tmp_path: Path) -> None:
    letter = store.add(communication("Visit notes", sensitivity="confidential", pseudonyms={REAL: "person A"}))
    other = store.add(communication("Agenda", sensitivity="confidential"))
    plan = plan_export(store, [letter.id, other.id])
    store.update(replace(store.get(letter.id), personal_data=True,
                         consents=[PersonConsent(REAL, (Consent("spt_transmission", "refused"),))]))
    with pytest.raises(ExportPlanOutdated):
        pdf_export.write_protected_pdf(store, plan, blank_pdf(), tmp_path / "a.pdf", "pass-word-long")
    plan = plan_export(store, [other.id])
    store.update(replace(store.get(other.id), sensitivity="strictly_confidential"))
    with pytest.raises(ConfirmationNeeded):
        pdf_export.write_protected_pdf(store, plan, blank_pdf(), tmp_path / "b.pdf", "pass-word-long")
    assert list(tmp_path.glob("*.pdf")) == []
    assert disclosures.disclosures(store, letter.id) == disclosures.disclosures(store, other.id) == []


def test_a_pdf_has_a_limit_and_never_replaces_a_file(store: RecordStore, tmp_path: Path, monkeypatch) -> None:
    ids = [store.add(communication(f"Letter {n}", sensitivity="confidential")).id for n in range(3)]
    monkeypatch.setattr(pdf_export, "MAX_PDF_RECORDS", 2)
    with pytest.raises(pdf_export.TooManyForPdf):
        pdf_export.check_pdf_plan(plan_export(store, ids), confirmed=True)
    existing = tmp_path / "kept.pdf"
    existing.write_bytes(b"the user's own file")
    with pytest.raises(pdf_export.OutputExists):
        pdf_export.write_protected_pdf(store, plan_export(store, ids[:1]), blank_pdf(), existing, "pass-word-long")
    assert existing.read_bytes() == b"the user's own file"
