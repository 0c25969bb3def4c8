"""Messages handed over as bytes (dragged out of a mail program): one message, or an mbox of them."""

from __future__ import annotations

from npmdesk.mail.sources import read_data
from tests.support import mail_samples as samples


def test_dropped_bytes_are_read_as_one_message_or_as_an_mbox() -> None:
    [one] = read_data(samples.koi8r_reply(), "Dropped message")
    assert one.label == "Dropped message" and one.message is not None and one.message.subject == "Подтверждение"
    first, second = read_data(samples.mbox(samples.thunderbird_utf8(), samples.koi8r_reply()), "Dropped message")
    assert [str(first.label), str(second.label)] == ["Dropped message, message 1", "Dropped message, message 2"]
    assert first.message is not None and first.message.original_name == "message 1.eml"
    [broken] = read_data(b"not mail at all", "Dropped message")
    assert broken.message is None and str(broken.error).startswith("This file is not an email message")


def test_a_message_inside_an_mbox_is_named_in_the_language_it_is_shown_in(monkeypatch) -> None:
    """The label of a message inside an mbox is a phrase: the command line and the window say it
    in their language, its number as the language writes numbers."""
    from npmdesk import translation

    first, _second = read_data(samples.mbox(samples.thunderbird_utf8(), samples.koi8r_reply()), "Inbox.mbox")
    monkeypatch.setenv("NPMDESK_LANG", "ar_LB")  # Lebanon writes Arabic-Indic digits (CLDR)
    translation.language.cache_clear()
    arabic = {"NpmdeskError": {"{file}, message {number}": "{file}، الرسالة {number}"}}
    monkeypatch.setattr(translation, "catalog", lambda language: arabic)
    try:
        assert translation.error_message(first.label) == "Inbox.mbox، الرسالة ١"
    finally:
        translation.language.cache_clear()
