"""An attachment's bytes in memory for a viewer: read from the vault, checked, wipeable.

Nothing is written to disk: the bytes go from the vault's chunks into one preallocated
buffer, are checked against the SHA-256 recorded when the file was added, and end up in a
QByteArray that the viewer zeroes when it closes (`wipe`). Python may still hold short-lived
copies of single chunks; those are never on disk.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QByteArray

from npmdesk.records import attachments
from npmdesk.records.attachments import AttachmentDamaged, AttachmentInfo
from npmdesk.records.store import RecordStore
from npmdesk.vault.secret import wipe


def read_into_memory(store: RecordStore, info: AttachmentInfo) -> QByteArray:
    """The whole attachment; AttachmentDamaged if its bytes do not match, AttachmentNotFound if gone."""
    buffer = bytearray(info.size)
    view = memoryview(buffer)
    try:
        reader = attachments.open_attachment(store, info.id)
        got = 0
        while got < info.size:
            n = reader.readinto(view[got:])
            if not n:
                break
            got += n
        if got != info.size or hashlib.sha256(view).hexdigest() != info.sha256:
            raise AttachmentDamaged()
        return QByteArray(buffer)
    finally:
        view.release()
        wipe(buffer)


def wipe_bytes(data: QByteArray) -> None:
    """Zero a QByteArray's memory (in place: it must be its data's only holder) and empty it."""
    if data.size():
        data.fill(0)
    data.clear()
