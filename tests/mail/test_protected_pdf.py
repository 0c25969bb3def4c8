"""Password-protected PDFs open in a PDF reader with the password and in no way without it."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject

from npmdesk.reports.protected_pdf import new_password, protect


def _plain_pdf(text: str) -> bytes:
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    stream = f"BT /F1 12 Tf 20 100 Td ({text}) Tj ET".encode("latin-1")
    from pypdf.generic import DecodedStreamObject, DictionaryObject

    content = DecodedStreamObject()
    content.set_data(stream)
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject(
        {NameObject("/F1"): writer._add_object(font)})})
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_password_is_long_and_readable_aloud() -> None:
    password = new_password()
    assert re.fullmatch(r"([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}", password)
    assert new_password() != password


def test_protected_pdf_is_aes_256_and_opens_only_with_the_password(tmp_path: Path) -> None:
    password = new_password()
    locked = protect(_plain_pdf("Rapport confidentiel"), password)
    assert b"Rapport confidentiel" not in locked
    path = tmp_path / "locked.pdf"
    path.write_bytes(locked)
    shown = subprocess.run(["qpdf", f"--password={password}", "--show-encryption", str(path)],
                           capture_output=True, text=True, check=True).stdout
    assert "R = 6" in shown and "AESv3" in shown  # AES-256, PDF 2.0's standard security handler
    wrong = subprocess.run(["qpdf", "--password=wrong", "--check", str(path)],
                           capture_output=True, text=True, check=False)
    assert wrong.returncode != 0 and "invalid password" in (wrong.stderr + wrong.stdout).lower()
    reader = PdfReader(io.BytesIO(locked))
    assert reader.is_encrypted
    with pytest.raises(Exception, match=r"(?i)password|decrypt"):
        reader.pages[0].extract_text()
    reader.decrypt(password)
    assert "Rapport confidentiel" in reader.pages[0].extract_text()
