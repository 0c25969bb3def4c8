"""An export stops at an attachment whose bytes are not those stored, whichever way they are kept:
a file of the attachment store (authenticated chunk by chunk, not hashed again) or an older vault's
chunk rows (hashed against the row's SHA-256). Nothing is written where the package would go."""

from __future__ import annotations

import os

import pytest

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package
from npmdesk.records import attachments as files
from tests.support.attachment_helpers import file_of, legacy_attachment
from tests.support.package_helpers import communication


def export(source, target, path):
    plan = plan_export(source.store, None)
    return write_package(source.store, source.identity, plan, path, confirmed=True,
                         recipients=[target.identity.recipient])


def test_an_attachment_file_altered_on_disk_stops_the_export(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Letter with a scan"))
    data = os.urandom(3 * files.CHUNK_SIZE + 11)
    field.attach(letter.id, "scan.bin", data)
    attachment = files.list_for(field.store, letter.id)[0]
    path = file_of(field.store, attachment.id)
    damaged = bytearray(path.read_bytes())
    damaged[2 * files.CHUNK_SIZE] ^= 1  # inside the third chunk
    path.write_bytes(bytes(damaged))
    out = tmp_path / "out.age"
    with pytest.raises(files.AttachmentDamaged):
        export(field, office, out)
    assert not out.exists()
    assert list(tmp_path.glob("out.age*")) == []


def test_an_older_vaults_chunk_rows_are_still_checked_against_their_hash(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Letter from an older vault"))
    attachment_id = legacy_attachment(field.store, letter.id, "old.bin", os.urandom(files.CHUNK_SIZE + 5))
    with field.store.transaction() as db:
        db.execute("UPDATE attachment_chunk SET data=zeroblob(length(data))"
                   " WHERE n=1 AND attachment_seq=(SELECT seq FROM attachment WHERE id=?)", (attachment_id,))
    out = tmp_path / "out.age"
    with pytest.raises(files.AttachmentDamaged):
        export(field, office, out)
    assert not out.exists()


def test_whole_attachments_of_both_kinds_export(pair, tmp_path):
    office, field = pair
    letter = field.store.add(communication("Letter with both"))
    new, old = os.urandom(2 * files.CHUNK_SIZE + 1), os.urandom(files.CHUNK_SIZE + 3)
    field.attach(letter.id, "new.bin", new)
    legacy_attachment(field.store, letter.id, "old.bin", old)
    out = tmp_path / "out.age"
    export(field, office, out)
    import_package(office.store, office.identity, out)
    got = {a.name: a for a in files.list_for(office.store, letter.id)}
    for name, data in (("new.bin", new), ("old.bin", old)):
        assert b"".join(files.checked_chunks(office.store, got[name].id)) == data
