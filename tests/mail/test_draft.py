"""Drafts that carry an encrypted file: open as drafts, hold the file, say nothing confidential."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes
from email.policy import default

from npmdesk.mail.draft import PACKAGE, PROTECTED_PDF, draft_message
from npmdesk.mail.message import Address

PACKAGE_BYTES = b"age-encryption.org/v1\n-> X25519 abc\n" + bytes(range(256))


def test_a_package_draft_opens_as_a_draft_with_the_file_attached() -> None:
    draft = draft_message(
        file_name="npm-peru-2026-12-07.age", file_data=PACKAGE_BYTES, kind=PACKAGE,
        sender_name="Defensoría del Pueblo — MNPT", sender=Address("Ana Quispe", "ana@mnpt.example.pe"),
        recipients=[Address("Ngozi Okafor", "ngozi@ohchr.example"), Address("Équipe", "team@ohchr.example")],
        fingerprint="SHA256:abcd1234", language="es", now=dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC),
    )
    parsed = message_from_bytes(draft.data, policy=default)
    assert parsed["X-Unsent"] == "1"
    assert parsed["Subject"] == "Archivo cifrado de Defensoría del Pueblo — MNPT"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["ngozi@ohchr.example", "team@ohchr.example"]
    assert parsed["To"].addresses[1].display_name == "Équipe"
    assert parsed["From"].addresses[0].addr_spec == "ana@mnpt.example.pe"
    body = parsed.get_body(("plain",)).get_content()
    assert "age -d -i su-clave.txt npm-peru-2026-12-07.age | tar -x" in body
    assert "SHA256:abcd1234" in body
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == "npm-peru-2026-12-07.age"
    assert attachment.get_content() == PACKAGE_BYTES


def test_a_protected_pdf_draft_says_the_password_comes_another_way() -> None:
    draft = draft_message(file_name="dossier.pdf", file_data=b"%PDF-2.0 encrypted", kind=PROTECTED_PDF,
                          sender_name="NPM", recipients=[], language="fr")
    parsed = message_from_bytes(draft.data, policy=default)
    assert parsed["To"] is None and parsed["From"] is None
    body = parsed.get_body(("plain",)).get_content()
    assert "par un autre moyen" in body and "dossier.pdf" in body
    assert next(parsed.iter_attachments()).get_content_type() == "application/pdf"


def test_unknown_languages_write_english() -> None:
    draft = draft_message(file_name="p.age", file_data=b"x", kind=PACKAGE, sender_name="NPM",
                          recipients=[], language="de_DE")
    assert draft.subject == "Encrypted file from NPM"
