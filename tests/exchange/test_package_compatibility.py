"""Packages made before format version 2 still import and open.

tests/fixtures/package-v1.age was written by npmdesk before format 2 existed (commit bce33b9,
through tests/fixtures/make_fixture_package.py): a passphrase package with a contact, two letters
(one with an attachment) and a document. It is never regenerated.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from npmdesk.exchange.importer import import_package
from npmdesk.exchange.merge import ADDED, UNCHANGED
from npmdesk.exchange.unpack import open_package
from npmdesk.vault.secret import Secret
from tests.fixtures.make_fixture_package import FIXTURE_PACKAGE_PASSPHRASE
from tests.support.package_helpers import side

# Every package here is read both ways: its records parsed here, and by the parse worker's child.
pytestmark = pytest.mark.usefixtures("records_parsed")

FIXTURE = Path(__file__).parent.parent / "fixtures" / "package-v1.age"
SIGNER = "Q3YF-K81X-70ZW-CWD4-9JWM"


def _passphrase() -> Secret:
    return Secret.from_passphrase(FIXTURE_PACKAGE_PASSPHRASE)


def test_a_format_1_package_made_by_an_earlier_version_imports_whole(tmp_path):
    with side(tmp_path / "office", "Office NPM", "Ana") as office:
        done = import_package(office.store, office.identity, FIXTURE, passphrase=_passphrase(),
                              accept_signer=lambda signer: signer.fingerprint == SIGNER)
        assert done.manifest.version == 1 and done.plan.count(ADDED) == 3
        assert (done.attachments, done.signer.fingerprint) == (2, SIGNER)  # the annex and the report
        titles = sorted(row[0] for row in office.vault.db.execute("SELECT title FROM record"))
        assert titles == ["Fixture letter to the SPT", "SPT Secretariat", "Second fixture letter"]
        [(name, size)] = office.vault.db.execute("SELECT name, size FROM attachment").fetchall()
        assert (name, size) == ("annex.txt", 19)
        again = import_package(office.store, office.identity, FIXTURE, passphrase=_passphrase(),
                               accept_signer=lambda signer: True)
        assert again.plan.count(UNCHANGED) == 3


def test_a_format_1_package_made_by_an_earlier_version_opens(tmp_path):
    unpacked = open_package(FIXTURE, tmp_path / "out", [], passphrase=_passphrase())
    assert (unpacked.contents.records, unpacked.contents.files) == (3, 2)
    records = json.loads((tmp_path / "out" / "records.json").read_text())["records"]
    letter = next(r for r in records if r["title"] == "Fixture letter to the SPT")
    assert letter["body"] == "Body of the fixture letter,\nin two lines." and letter["articles"] == [20]
    assert (tmp_path / "out" / letter["attachments"][0]["path"]).read_bytes() == b"The fixture annex.\n"
    assert (tmp_path / "out" / "documents" / "fixture_report.pdf").read_bytes().startswith(b"%PDF-1.4")
