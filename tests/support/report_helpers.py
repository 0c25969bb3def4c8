"""A demo vault for the report tests (made once per session) and reading a PDF's text (pypdf, and
poppler's `pdftotext`, which gives Arabic in logical order).

The vault holds 600 demo records (seed 7) plus a few records of our own whose titles are
unique: two contacts with Arabic and Cyrillic names and their messages inside the period
2024-01-01 to 2025-06-30, and messages and recommendations on the days just outside it.
A test module imports `report_vault_path_fixture` and `report_store_fixture`.
"""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from npmdesk.demo import fill
from npmdesk.records import ListQuery, Record, RecordStore
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE, FakeClock
from tests.support.doubles import MemoryKeyring

NPM_NAME = "Mecanismo Nacional de Prevención"
FROM, TO = "2024-01-01", "2025-06-30"
ARABIC_NAME = "ليلى حداد"
CYRILLIC_NAME = "Ольга Смирнова"
INSIDE = ("Marker inside the period Alpha", "Marker inside the period Omega")
OUTSIDE = ("Marker before the period", "Marker after the period")
REC_INSIDE = "Recommendation marker inside"
REC_OUTSIDE = ("Recommendation marker before", "Recommendation marker after")

_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_made: dict[str, tuple[Path, str]] = {}


def _add_markers(store: RecordStore) -> None:
    arabic = store.add(Record(kind="contact", title=ARABIC_NAME, status="active",
                              fields={"role": "country_rapporteur"}))
    cyrillic = store.add(Record(kind="contact", title=CYRILLIC_NAME, status="active", fields={"role": "secretariat"}))

    def message(title: str, day: str, contact: str) -> None:
        store.add(Record(kind="communication", title=title, date=day, status="sent", counterpart=contact,
                         fields={"direction": "sent", "channel": "email"}))

    message(INSIDE[0], FROM, arabic.id)
    message(INSIDE[1], TO, cyrillic.id)
    message(OUTSIDE[0], "2023-12-31", arabic.id)
    message(OUTSIDE[1], "2025-07-01", cyrillic.id)
    for title, day in ((REC_INSIDE, "2024-06-01"), (REC_OUTSIDE[0], "2023-12-31"), (REC_OUTSIDE[1], "2025-07-01")):
        store.add(Record(kind="recommendation", title=title, date=day, status="in_progress",
                         fields={"addressee": "npm", "evidence": "Evidence text", "evidence_date": day}))


def busiest_visit(store: RecordStore) -> str:
    visits = store.list(ListQuery(kinds=("visit",), limit=1000))
    return max(visits, key=lambda v: (len(store.linked(v.id)), v.id)).id


@pytest.fixture(scope="session", name="report_vault")
def report_vault_path_fixture(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """(the locked vault's path, the id of its visit with the most linked records)."""
    if "vault" not in _made:
        path = tmp_path_factory.mktemp("reports") / "vault"
        vault, _code = Vault.create(path, Secret.from_passphrase(PASSPHRASE), npm_name=NPM_NAME, user_name="Ana",
                                    argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
        try:
            store = RecordStore(vault, clock=FakeClock())
            fill.generate(store, records=600, seed=7)
            _add_markers(store)
            visit = busiest_visit(store)
        finally:
            vault.close()
        _made["vault"] = (path, visit)
    return _made["vault"]


@pytest.fixture(name="report_store")
def report_store_fixture(report_vault: tuple[Path, str]) -> Iterator[RecordStore]:
    vault = Vault.unlock(report_vault[0], Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring())
    yield RecordStore(vault)
    vault.close()


def pages_text(pdf: bytes) -> list[str]:
    """Each page's text, NFKC-normalised (Arabic presentation forms become letters), spaces collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", page.extract_text())) for page in reader.pages]


def embedded_fonts(pdf: bytes) -> set[str]:
    """Names of the fonts embedded in the PDF (with a FontFile stream)."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            for descendant in font.get_object().get("/DescendantFonts", []):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                if any(key.startswith("/FontFile") for key in descriptor):
                    names.add(str(descriptor["/FontName"]).split("+")[-1])
    return names


def normalised(text: str) -> str:
    """pdftotext's output as letters: Arabic presentation forms folded (NFKC), the bidi embedding
    marks it adds dropped, spaces collapsed."""
    return re.sub(r"\s+", " ", _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))).strip()


def pdftotext(pdf: bytes, *options: str) -> str:
    """The PDF's text in logical order, from poppler-utils (the PDF goes through a pipe)."""
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", *options, "-", "-"], input=pdf, capture_output=True,
                          check=True, timeout=60)
    return done.stdout.decode("utf-8")
