"""A record's package text is written once: its canonical content (the bytes its content hash is
of) goes into the package as it is, after the keys that are not content. It must say exactly what
the package document (schema.encode_record) says, for every shape of record."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace

import pytest

from npmdesk.exchange.record_lines import package_text
from npmdesk.exchange.schema import encode_record
from npmdesk.records import Record
from npmdesk.records.model import Link
from npmdesk.records.pseudonyms import pseudonymised

OTHER = "6f1c1f4e-7d1a-4c55-9a53-0d1e2f3a4b5c"


def _records() -> list[Record]:
    return [
        Record(kind="communication", title="Lettre à l'SPT — «visite»", body="Ligne 1\nLigne 2 \u202e", status="sent",
               date="2026-03-02", tags=["zeta", "alpha"], articles=["20(f)", "11", "4"],
               links=[Link(OTHER, "reply_to"), Link(OTHER, "about")],
               fields={"direction": "sent", "channel": "letter"}),
        Record(kind="communication", title="Interview with Ahmed Benali", body="Ahmed Benali said…", status="sent",
               fields={"direction": "received", "channel": "email"}, pseudonyms={"Ahmed Benali": "person A"},
               personal_data=True, consent="given"),
        Record(kind="contact", title="Office laptop", status="active",
               fields={"role": "other", "age_recipient": "age1xyz", "own_device": True, "keys_verified": True}),
        Record(kind="communication", title="Review", status="draft", review_date="2027-01-01",
               fields={"direction": "sent", "channel": "letter", "own_device": "not a contact's"}),
    ]


def _sorted(doc: dict) -> dict:
    """The document with its lists in a fixed order (a package's readers do not depend on it)."""
    out = dict(doc)
    out["tags"] = sorted(doc["tags"])
    out["articles"] = sorted(doc["articles"], key=str)
    out["links"] = sorted(doc["links"], key=lambda link: (link["to"], link["relation"]))
    return out


@pytest.mark.parametrize("identities", [False, True])
def test_a_records_package_text_is_its_package_document_with_its_content_hash(identities):
    for record in _records():
        sent = record if identities else pseudonymised(record)
        doc = encode_record(sent, ["a" * 64], [{"id": OTHER, "name": "a.pdf"}], identities=identities)
        text, digest = package_text(sent, ["a" * 64], [{"id": OTHER, "name": "a.pdf"}], identities=identities)
        assert b"\n" not in text
        assert _sorted(json.loads(text)) == _sorted(doc), record.title
        assert digest == doc["content_sha256"]


def test_the_content_is_written_as_the_bytes_its_hash_is_of():
    record = _records()[0]
    text, digest = package_text(record, [], [])
    content = {k: v for k, v in json.loads(text).items()
               if k not in {"id", "version", "created_at", "created_by", "updated_at", "updated_by",
                            "content_sha256", "lineage", "attachments"}}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    assert text.endswith(b"," + canonical[1:])  # spliced after the other keys, not encoded again
    assert hashlib.sha256(canonical).hexdigest() == digest


@pytest.mark.parametrize("who", ["Bo", 'Ana "la jefa" \\ Ruiz', "Мария\u202e\x01\n", "سارة", ""])
def test_a_record_without_attachments_is_written_byte_for_byte_as_the_json_encoder_writes_it(who):
    """Its keys before the content are written without building a dictionary first: the very
    bytes json writes of them, whatever the names hold (quotes, backslashes, controls, bidi)."""
    record = replace(_records()[0], created_by=who, updated_by=who[::-1], version=7)
    lineage = ["a" * 64, "b" * 64]
    text, digest = package_text(record, lineage, [])
    head = json.dumps({"id": record.id, "version": 7, "created_at": record.created_at, "created_by": who,
                       "updated_at": record.updated_at, "updated_by": who[::-1], "content_sha256": digest,
                       "lineage": lineage, "attachments": []}, ensure_ascii=False, separators=(",", ":"))
    assert text.startswith(head[:-1].encode("utf-8") + b",")
    assert text == package_text(record, lineage, [])[0]  # (and the same each time)
    assert json.loads(text)["created_by"] == who
