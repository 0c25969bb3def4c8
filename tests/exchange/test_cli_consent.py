"""The command line's side of what leaves the vault: refused records left out (and said so),
own devices, marking drafts sent, and records due for review."""

from __future__ import annotations

import datetime as dt
import io
import json
import unicodedata

import pytest
from pypdf import PdfReader

from npmdesk.records import RecordStore, disclosures
from npmdesk.records.consent import Consent, PersonConsent
from npmdesk.vault import Credential, Vault
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring
from tests.support.package_helpers import communication, side

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}
REAL = "Ahmed Benali"


def run(vault, *args, ok=True):
    result = npmdesk(*args, "--vault", vault, env=ENV)
    if ok:
        assert result.status == 0, result.err
    return result


@pytest.fixture
def vaults(tmp_path):
    """The office and the field laptop, each a verified contact of the other, and in the field's
    vault a letter, a draft reply, a record whose person refused transmission to the SPT and one
    due for review."""
    ids = {}
    with side(tmp_path / "office", "Office NPM", "Ana") as office, \
            side(tmp_path / "field", "Field laptop", "Bo") as field:
        office.contact_for(field)
        ids["office_contact"] = field.contact_for(office).id
        ids["office_recipient"] = office.identity.recipient.encode()
        ids["letter"] = field.store.add(communication("Letter to the SPT", sensitivity="confidential")).id
        ids["draft"] = field.store.add(communication("Reply to the SPT", status="draft",
                                                     sensitivity="confidential")).id
        ids["refused"] = field.store.add(communication(
            f"Return visit to prison X: {REAL}", personal_data=True, sensitivity="confidential",
            pseudonyms={REAL: "person A"},
            consents=[PersonConsent(REAL, (Consent("spt_transmission", "refused"),))])).id
        review = (dt.date.today() + dt.timedelta(days=10)).isoformat()
        ids["review"] = field.store.add(communication("Keep until reviewed", sensitivity="confidential",
                                                      review_date=review)).id
        ids["review_date"] = review
    return tmp_path / "office", tmp_path / "field", ids


def test_export_leaves_a_refused_record_out_says_so_and_exits_0(vaults, tmp_path):
    office, field, ids = vaults
    package = tmp_path / "p.age"
    done = run(field, "export", "--all", "--confirm-sensitive", "--mark-sent", "-r", ids["office_recipient"],
               "-o", package)
    assert "Exported 4 records" in done.out  # the letter, the draft, the one to review and the office contact
    assert "Left out of the package (1)" in done.out
    assert f"{ids['refused']}  Return visit to prison X: person A: person A refused transmission to the SPT" in done.out
    assert REAL not in done.out and "Marked as sent: 1 draft." in done.out
    assert json.loads(run(field, "show", ids["draft"], "--json").out)["status"] == "sent"
    run(office, "import", package)
    listed = {r["id"] for r in json.loads(run(office, "list", "--json").out)}
    assert ids["letter"] in listed and ids["refused"] not in listed


def test_own_device_needs_a_verified_contact_and_then_real_names_travel(vaults, tmp_path):
    office, field, ids = vaults
    run(office, "contact", "add", "New laptop")
    unverified = run(office, "contact", "own-device", "New laptop", ok=False)
    assert unverified.status == 2 and "Verify the keys of" in unverified.err
    assert "own device" not in run(office, "contact", "list").out
    # The fixture's contacts have verified keys: each side marks the other as one of its own devices.
    assert "now one of your NPM's own devices" in run(office, "contact", "own-device", "Field laptop").out
    run(field, "contact", "own-device", ids["office_contact"])
    assert "own device" in run(field, "contact", "list").out
    package = tmp_path / "own.age"
    done = run(field, "export", "--all", "--to-contact", "Office NPM", "-o", package)  # nothing to confirm
    assert "carry real names" in done.out and "Left out" not in done.out
    imported = run(office, "import", package)
    assert "Imported: 5 new" in imported.out and "carries real names" in imported.out
    assert json.loads(run(office, "show", ids["refused"], "--json").out)["title"].endswith(REAL)

    assert "no longer" in run(office, "contact", "own-device", "Field laptop", "--off").out
    again = run(office, "import", package, ok=False)
    assert again.status == 2 and "carries real names" in again.err


def test_list_review_due(vaults):
    _office, field, ids = vaults
    due = json.loads(run(field, "list", "--review-due", "--json").out)
    assert [(r["id"], r["review_date"]) for r in due] == [(ids["review"], ids["review_date"])]
    assert f"review {ids['review_date']}" in run(field, "list", "--review-due").out


def test_a_saved_pdf_report_is_logged_and_the_log_can_list_disclosures(vaults, tmp_path):
    _office, field, ids = vaults
    run(field, "export", "--record", ids["letter"], "--confirm-sensitive", "-r", ids["office_recipient"],
        "-o", tmp_path / "letter.age")
    run(field, "report", "log", "--with-disclosures", "-o", tmp_path / "log.pdf")
    pages = PdfReader(io.BytesIO((tmp_path / "log.pdf").read_bytes())).pages
    text = " ".join(unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in pages)).split())
    assert "When these records left the vault" in text
    assert "letter.age" in text and "Office NPM" in text
    with Vault.unlock(field, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
        left = disclosures.disclosures(RecordStore(vault), ids["letter"])
    assert [(d.package, d.recipients[0].kind) for d in left] == [("letter.age", "age"), ("log.pdf", "pdf")]
