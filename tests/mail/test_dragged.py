"""What a drag out of a mail program carries, read by the core (the formats: tests/support/mail_drags.py)."""

from __future__ import annotations

import struct

import pytest

from npmdesk.mail.dragged import (
    MAX_DESCRIBED,
    DescribedFile,
    Refusal,
    UnreadableDescriptor,
    file_group_descriptor,
    format_name,
    local_message,
    read_drag,
)
from tests.support import mail_drags


def test_a_file_group_descriptor_gives_names_and_sizes_within_its_budget() -> None:
    data = mail_drags.file_group_descriptor_w(("Visit report.msg", 24_576), ("Объяснение.msg", 5 << 32))
    assert len(data) == 1188  # what Qt reports for two messages dragged out of Outlook
    assert file_group_descriptor(data) == [DescribedFile("Visit report.msg", 24_576),
                                           DescribedFile("Объяснение.msg", 5 << 32)]
    with pytest.raises(UnreadableDescriptor):
        file_group_descriptor(data[:-1])  # shorter than its count says
    with pytest.raises(UnreadableDescriptor):
        file_group_descriptor(struct.pack("<I", MAX_DESCRIBED + 1) + data[4:] * 1000)
    with pytest.raises(UnreadableDescriptor):
        file_group_descriptor(b"\x01")


def test_thunderbird_urls_name_a_local_folder_file_and_offset_or_nothing() -> None:
    located = local_message("mailbox:///home/ana/.thunderbird/p/Mail/Local%20Folders/Inbox?number=1234?fileName=V.eml")
    assert located is not None and located.offset == 1234 and str(located.label) == "Inbox (Thunderbird)"
    assert located.mbox.as_posix() == "/home/ana/.thunderbird/p/Mail/Local Folders/Inbox"
    assert local_message("mailbox:///home/ana/Inbox?number=-1") is None
    assert local_message("mailbox://server/home/ana/Inbox?number=1") is None
    assert local_message("imap://ana@imap.example.org:993/fetch%3EUID%3E/INBOX%3E1") is None
    assert format_name('application/x-qt-windows-mime;value="FileContents"') == "FileContents"


def test_drags_of_other_things_are_left_alone() -> None:
    picture = mail_drags.file_group_descriptor_w(("photo.jpg", 10))
    assert read_drag(["FileGroupDescriptorW"], lambda name: picture, []) is None
    assert read_drag(["text/plain"], lambda name: b"hello", ["https://example.org"]) is None
    firefox_link = ["text/x-moz-url", "application/x-moz-file-promise-url", "application/x-moz-file-promise"]
    assert read_drag(firefox_link, lambda name: "https://example.org/a.png\nA".encode("utf-16-le"),
                     ["https://example.org/a.png"]) is None
    drag = read_drag(["FileGroupDescriptorW", "FileContents"], lambda name: picture if name != "FileContents" else b"",
                     [])
    assert drag is None
    outlook = read_drag(["RenPrivateMessages", "FileGroupDescriptorW", "FileContents"],
                        lambda name: mail_drags.file_group_descriptor_w(("a.msg", 1)) if name.startswith("File")
                        and name != "FileContents" else b"", [])
    assert outlook is not None and outlook.refusal is Refusal.OUTLOOK
