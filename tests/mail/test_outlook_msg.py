"""Outlook .msg files saved by Outlook itself, and damaged ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from npmdesk.mail.errors import UnreadableMessage
from npmdesk.mail.msg import read_msg

FIXTURES = Path(__file__).parent / "fixtures"


def test_unicode_message_with_recipients_attachments_and_inline_images() -> None:
    data = (FIXTURES / "outlook-unicode-attachments.msg").read_bytes()
    message = read_msg(data, name="sample.msg")
    assert message.subject == "Testing Manuel Lemos' MIME E-mail composing and sending PHP class: HTML message"
    assert message.sender is not None and message.sender.email == "mlemos@acm.org"
    assert [(a.name, a.email) for a in message.to] == [("Manuel Lemos", "mlemos@linux.local")]
    assert message.message_id == "20050430192829.0489.mlemos@acm.org"
    assert message.date == dt.datetime(2005, 4, 30, 22, 28, 29, tzinfo=dt.UTC)
    assert "Hello Manuel," in message.body
    assert [(a.filename, a.media_type, a.inline) for a in message.attachments] == [
        ("attachment.txt", "text/plain", False), ("logo.gif", "image/gif", True),
        ("background.gif", "image/gif", True),
    ]
    assert message.attachments[1].data.startswith(b"GIF8")
    assert message.original == data and message.original_name == "sample.msg"


def test_ansi_message_in_its_code_page() -> None:
    message = read_msg((FIXTURES / "outlook-ansi.msg").read_bytes())
    assert message.subject == "BlammoBlammo"
    assert message.sender is not None
    assert (message.sender.name, message.sender.email) == ("TripleNickel", "triplenickel@mapi32.net")
    assert message.body == "Blam"
    assert message.attachments == ()
    assert message.key.startswith("sha256:")  # no Message-ID: the bytes identify it


@pytest.mark.parametrize("cut", [512, 4096, 9000])
def test_truncated_msg_is_refused_in_one_sentence(cut: int) -> None:
    data = (FIXTURES / "outlook-unicode-attachments.msg").read_bytes()[:cut]
    with pytest.raises(UnreadableMessage):
        read_msg(data)


def test_a_compound_file_header_alone_is_not_a_message() -> None:
    with pytest.raises(UnreadableMessage):
        read_msg(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
