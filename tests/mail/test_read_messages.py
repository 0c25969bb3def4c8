"""Saved messages of every kind read into subject, people, date, body and attachments."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest

from npmdesk.mail import eml, mbox
from npmdesk.mail.eml import read_eml, safe_filename
from npmdesk.mail.errors import MessageTooComplex, MessageTooLarge, UnreadableMessage
from tests.support import mail_samples as samples


def test_thunderbird_message_with_encoded_headers_alternative_body_and_rfc2231_file() -> None:
    message = read_eml(samples.thunderbird_utf8())
    assert message.subject == "Rapport de visite — centre de détention"
    assert message.sender is not None
    assert message.sender.name == "José Martínez"
    assert message.sender.email == "jose.martinez@npm.example.org"
    assert [a.email for a in message.to] == ["opcat@ohchr.example", "eloise@ohchr.example"]
    assert message.to[1].name == "Éloise Dupont"
    assert message.cc[0].name == "Okafor, Ngozi"
    assert message.date == dt.datetime(2026, 11, 3, 8, 15, tzinfo=dt.UTC)
    assert message.date is not None and message.date.utcoffset() == dt.timedelta(hours=1)
    assert message.message_id == "a1b2c3@npm.example.org"
    assert "Veuillez trouver le rapport de visite" in message.body
    assert "steal" not in message.body and "tracker" not in message.body  # the plain part wins
    [pdf] = message.attachments
    assert (pdf.filename, pdf.media_type, pdf.data) == ("résumé visite.pdf", "application/pdf", samples.PDF)
    assert message.sha256 == hashlib.sha256(samples.thunderbird_utf8()).hexdigest()
    assert message.original == samples.thunderbird_utf8()


def test_outlook_html_only_in_windows_1252_with_an_inline_image() -> None:
    message = read_eml(samples.outlook_cp1252_html())
    assert message.subject == "RE: Rapport de visite — centre"
    assert message.to[0].name == "José Martínez"
    assert "Thank you – we “received” it." in message.body
    assert "margin" not in message.body  # the style sheet is not text
    assert "[SPT logo]" in message.body  # an image is its alternative text, never fetched
    [image] = message.attachments
    assert image.inline and image.content_id == "image001.png@01DA"
    assert image.filename == "image001.png" and image.data == samples.PNG
    assert message.in_reply_to == "a1b2c3@npm.example.org"
    assert message.references == ("a1b2c3@npm.example.org",)


@pytest.mark.parametrize(
    ("sample", "subject", "words"),
    [
        (samples.koi8r_reply, "Подтверждение", "подтверждаем получение доклада"),
        (samples.iso2022jp, "報告書の送付", "拷問防止小委員会への報告書"),
        (samples.gb2312_gbk, "访问报告", "关于朱镕基访问的报告"),
    ],
)
def test_every_charset_real_mail_uses(sample, subject: str, words: str) -> None:  # type: ignore[no-untyped-def]
    message = read_eml(sample())
    assert message.subject == subject
    assert words in message.body


def test_reply_chain_keeps_references_in_order() -> None:
    message = read_eml(samples.koi8r_reply())
    assert message.sender is not None and message.sender.name == "Лидия Петрова"
    assert message.in_reply_to == "DB9PR01MB1234@eurprd01.prod.outlook.example"
    assert message.references == ("a1b2c3@npm.example.org", "DB9PR01MB1234@eurprd01.prod.outlook.example")
    assert message.date is not None and message.date.utcoffset() == dt.timedelta(hours=6)


def test_broken_message_is_still_read_with_what_it_has() -> None:
    message = read_eml(samples.broken())
    assert message.subject == "Réunion — ordre du jour"
    assert message.sender is not None and message.sender.name == "Équipe régionale"
    assert message.to == ()
    assert message.message_id == "" and message.key.startswith("sha256:")
    assert message.date is None and "no readable date" in " ".join(map(str, message.notes))
    assert "Ordre du jour de la réunion régionale." in message.body
    [docx] = message.attachments
    assert docx.filename == "agenda.docx"


def test_date_without_time_zone_is_taken_as_utc_and_said() -> None:
    data = samples.iso2022jp().replace(b"+0900", b"-0000")
    message = read_eml(data)
    assert message.date == dt.datetime(2026, 11, 6, 8, 30, tzinfo=dt.UTC)
    assert not message.zone_known
    assert any("time zone" in str(note) for note in message.notes)


def test_received_date_stands_in_for_a_missing_date() -> None:
    data = samples.outlook_cp1252_html().replace(b"Date: Wed, 4 Nov 2026 10:02:09 +0000\r\n", b"")
    message = read_eml(data)
    assert message.date == dt.datetime(2026, 11, 4, 10, 2, 11, tzinfo=dt.UTC)


def test_forwarded_message_is_kept_whole_as_an_attachment() -> None:
    message = read_eml(samples.forwarded())
    assert message.body == "See below."
    [inner] = message.attachments
    assert inner.media_type == "message/rfc822" and inner.filename == "forwarded message.eml"
    assert read_eml(inner.data).subject == "報告書の送付"


def test_winmail_dat_is_unpacked_with_long_names() -> None:
    message = read_eml(samples.outlook_tnef())
    assert [(a.filename, a.data) for a in message.attachments] == [
        ("Informe anual 2026.docx", b"PK\x03\x04 annual"), ("carta.txt", b"hola"),
    ]
    assert message.body == "Texto del mensaje."


def test_damaged_winmail_dat_is_kept_as_it_came() -> None:
    data = samples.outlook_tnef()
    message = read_eml(data.replace(b"Content-Transfer-Encoding: base64\r\n\r\n",
                                    b"Content-Transfer-Encoding: base64\r\n\r\neJ8+IjQS", 1))
    assert [a.filename for a in message.attachments] == ["winmail.dat"]
    assert any("winmail.dat" in str(note) for note in message.notes)


@pytest.mark.parametrize("data", [b"", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", samples.PNG, b"\x00\x01From: x"])
def test_what_is_not_a_message_is_refused_in_one_sentence(data: bytes) -> None:
    with pytest.raises(UnreadableMessage) as caught:
        read_eml(data)
    assert str(caught.value).endswith("nothing was imported from it.")
    assert "\n" not in str(caught.value)


def test_budgets_refuse_bombs(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(MessageTooComplex):
        read_eml(samples.nested(eml.MAX_DEPTH + 5))
    with pytest.raises(MessageTooComplex):
        read_eml(samples.many_parts(eml.MAX_PARTS + 1))
    monkeypatch.setattr(eml, "MAX_MESSAGE_BYTES", 1000)
    with pytest.raises(MessageTooLarge):
        read_eml(samples.thunderbird_utf8())


def test_file_names_from_outside_cannot_escape_or_deceive() -> None:
    assert safe_filename("../../etc/passwd") == "passwd"
    assert safe_filename("C:\\Users\\x\\report.pdf") == "report.pdf"
    assert safe_filename("invoice\u202eexe.pdf") == "invoiceexe.pdf"
    assert safe_filename(".hidden") == "hidden"
    long = safe_filename("a" * 300 + ".pdf")
    assert len(long) == 200 and long.endswith(".pdf")


def test_mbox_messages_come_one_at_a_time_and_unquoted() -> None:
    body_with_from = samples.iso2022jp().replace(b"\r\n\r\n", b"\r\n\r\nFrom here we go\r\n", 1)
    data = samples.mbox(samples.thunderbird_utf8(), body_with_from, samples.koi8r_reply())
    entries = list(mbox.messages(io.BytesIO(data), max_bytes=10**6))
    assert [entry.number for entry in entries] == [1, 2, 3]
    assert [read_eml(entry.data).subject for entry in entries] == [
        "Rapport de visite — centre de détention", "報告書の送付", "Подтверждение",
    ]
    assert b"\nFrom here we go\n" in entries[1].data


def test_mbox_message_over_the_limit_is_skipped_not_read() -> None:
    data = samples.mbox(samples.koi8r_reply(), samples.thunderbird_utf8())
    entries = list(mbox.messages(io.BytesIO(data), max_bytes=len(samples.koi8r_reply()) + 10))
    assert [(entry.number, entry.too_large) for entry in entries] == [(1, False), (2, True)]


def test_mbox_line_without_end_is_not_read_into_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mbox, "LINE_LIMIT", 200)
    data = samples.mbox(samples.koi8r_reply()) + b"From x@y Mon Nov  9 10:00:00 2026\n" + b"A" * 10_000
    entries = list(mbox.messages(io.BytesIO(data), max_bytes=10**6))
    assert [(entry.number, entry.too_large) for entry in entries] == [(1, False), (2, True)]
