"""Saved email imported into the vault: records, threads, duplicates, contacts, files, search."""

from __future__ import annotations

import hashlib
from pathlib import Path

from npmdesk.mail import importer
from npmdesk.mail.message import Address
from npmdesk.mail.sources import read_paths
from npmdesk.records import RecordStore, attachments
from npmdesk.records.model import Record
from tests.support import mail_samples as samples


def _files(tmp_path: Path, **messages: bytes) -> list[Path]:
    paths = []
    for name, data in messages.items():
        path = tmp_path / name.replace("_", "-")
        path.write_bytes(data)
        paths.append(path)
    return paths


def _import(store: RecordStore, paths: list[Path], **options: object) -> list[str]:
    return importer.apply(store, importer.plan(store, read_paths(paths)), **options)  # type: ignore[arg-type]


def test_a_saved_message_becomes_a_communication_with_its_files(store: RecordStore, tmp_path: Path) -> None:
    [path] = _files(tmp_path, visit_eml=samples.thunderbird_utf8())
    [record_id] = _import(store, [path])
    record = store.get(record_id)
    assert record.kind == "communication" and record.title == "Rapport de visite — centre de détention"
    assert record.date == "2026-11-03" and record.fields["sent_at"] == "2026-11-03T09:15:00+01:00"
    assert record.fields["direction"] == "received" and record.fields["channel"] == "email"
    assert record.fields["message_id"] == "a1b2c3@npm.example.org"
    assert "José Martínez <jose.martinez@npm.example.org>" in record.fields["participants"]
    assert "Veuillez trouver le rapport" in record.body
    files = attachments.list_for(store, record_id)
    assert [f.name for f in files] == ["visit-eml", "résumé visite.pdf"]
    assert files[0].sha256 == hashlib.sha256(samples.thunderbird_utf8()).hexdigest()
    with attachments.open_attachment(store, files[0].id) as original:
        assert original.read() == samples.thunderbird_utf8()  # the untouched original, byte for byte


def test_the_same_message_twice_changes_nothing(store: RecordStore, tmp_path: Path) -> None:
    paths = _files(tmp_path, a_eml=samples.koi8r_reply(), b_eml=samples.koi8r_reply())
    plan = importer.plan(store, read_paths(paths))
    assert len(plan.new) == 1 and len(plan.duplicates) == 1
    first = importer.apply(store, plan)
    again = importer.plan(store, read_paths(paths))
    assert again.new == [] and {item.duplicate_of for item in again.duplicates} == set(first)
    assert importer.apply(store, again) == []
    assert store.count() == 1


def test_messages_without_message_id_are_told_apart_by_their_bytes(store: RecordStore, tmp_path: Path) -> None:
    paths = _files(tmp_path, one_eml=samples.broken(), two_eml=samples.broken().replace(b"Ordre", b"Order"))
    assert len(_import(store, paths)) == 2
    assert _import(store, paths) == []


def test_replies_join_the_thread_in_either_order(store: RecordStore, tmp_path: Path) -> None:
    # The Russian reply (3rd) comes first, the Outlook answer (2nd) next, the original last.
    reply = _import(store, _files(tmp_path, c_eml=samples.koi8r_reply()))[0]
    answer = _import(store, _files(tmp_path, b_eml=samples.outlook_cp1252_html()))[0]
    original = _import(store, _files(tmp_path, a_eml=samples.thunderbird_utf8()))[0]
    assert store.get(answer).fields["in_reply_to"] == original
    assert store.get(reply).fields["in_reply_to"] == answer
    assert [s.id for s in store.thread(original)] == [original, answer, reply]


def test_one_batch_links_replies_whatever_the_file_order(store: RecordStore, tmp_path: Path) -> None:
    paths = _files(tmp_path, z_eml=samples.thunderbird_utf8(), a_eml=samples.outlook_cp1252_html())
    answer, original = (store.get(i) for i in _import(store, paths)[::-1])
    assert answer.fields["in_reply_to"] == original.id


def test_direction_follows_the_npms_own_addresses(store: RecordStore, tmp_path: Path) -> None:
    importer.set_own_addresses(store, ["Jose.Martinez@npm.example.org"])
    contact = store.add(Record(kind="contact", title="Éloise Dupont", status="active",
                               fields={"role": "secretariat", "email": "x@y.org", "emails": ["eloise@ohchr.example"]}))
    [record_id] = _import(store, _files(tmp_path, sent_eml=samples.thunderbird_utf8()))
    record = store.get(record_id)
    assert record.fields["direction"] == "sent" and record.status == "sent"
    assert record.counterpart == contact.id  # matched on one of the contact's further addresses


def test_unknown_senders_are_offered_not_created(store: RecordStore, tmp_path: Path) -> None:
    paths = _files(tmp_path, a_eml=samples.outlook_cp1252_html(), b_eml=samples.koi8r_reply())
    plan = importer.plan(store, read_paths(paths))
    assert [p.email for p in plan.unknown_people()] == ["ngozi@ohchr.example", "lidia@npm-kg.example"]
    importer.apply(store, plan)
    assert store.count() == 2  # two messages, no contact made silently
    chosen = [Address("Ngozi Okafor", "ngozi@ohchr.example")]
    paths2 = _files(tmp_path, c_eml=samples.thunderbird_utf8().replace(b"a1b2c3@", b"zz@")
                    .replace(b"From: =?UTF-8?Q?Jos=C3=A9_Mart=C3=ADnez?= <Jose.Martinez@npm.example.org>",
                             b"From: Ngozi Okafor <ngozi@ohchr.example>"))
    [record_id] = importer.apply(store, importer.plan(store, read_paths(paths2)), add_contacts=chosen)
    contact = store.get(store.get(record_id).counterpart or "")
    assert contact.kind == "contact" and contact.title == "Ngozi Okafor"
    assert contact.fields["email"] == "ngozi@ohchr.example"


def test_unreadable_files_are_reported_and_the_rest_imported(store: RecordStore, tmp_path: Path) -> None:
    paths = _files(tmp_path, good_eml=samples.iso2022jp(), photo_eml=samples.PNG)
    plan = importer.plan(store, read_paths(paths))
    assert [(f.label, "not an email message" in str(f.error)) for f in plan.failures] == [("photo-eml", True)]
    assert len(importer.apply(store, plan)) == 1


def test_mbox_and_folders_of_messages(store: RecordStore, tmp_path: Path) -> None:
    folder = tmp_path / "Saved mail"
    (folder / "2026").mkdir(parents=True)
    (folder / "2026" / "jp.eml").write_bytes(samples.iso2022jp())
    (folder / "Inbox.mbox").write_bytes(samples.mbox(samples.gb2312_gbk(), samples.outlook_tnef()))
    (folder / "notes.txt").write_text("not mail")
    plan = importer.plan(store, read_paths([folder]))
    assert [str(item.source) for item in plan.messages] == [
        "Saved mail/2026/jp.eml", "Saved mail/Inbox.mbox, message 1", "Saved mail/Inbox.mbox, message 2",
    ]
    ids = importer.apply(store, plan)
    tnef = next(store.get(i) for i in ids if store.get(i).title == "Informe anual")
    names = [f.name for f in attachments.list_for(store, tnef.id)]
    assert names == ["Inbox 2.eml", "Informe anual 2026.docx", "carta.txt"]


def test_search_finds_body_headers_and_attachments(store: RecordStore, tmp_path: Path) -> None:
    paths = _files(tmp_path, a_eml=samples.thunderbird_utf8(), b_eml=samples.outlook_tnef())
    visit, annual = _import(store, paths)
    for words, found in (("prévention", visit), ("Okafor", visit), ("eloise@ohchr.example", visit),
                         ("hola", annual)):  # "hola" is only in carta.txt, inside winmail.dat
        assert [hit.record.id for hit in store.search(words)] == [found], words
