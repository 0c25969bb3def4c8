"""A version 1 package's records are found whatever the pieces its text arrives in.

The reader decompresses `records.json.gz` a step at a time and pushes each step into
schema.RecordStream, which looks for each record's end (strings skipped whole, brackets counted)
before parsing it. Strings full of brackets, quotes, backslashes and non-ASCII text, cut at every
byte, give the same records as the text given at once.
"""

from __future__ import annotations

import gzip

from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.schema import RecordStream
from tests.support.hostile_packages import members_of
from tests.support.package_helpers import communication, side

TRICKY = ['Letter "[to]" the {SPT}', "path C:\\\\ends\\\\", "ends with a backslash \\", "}]}]", "Смирнова «»",
          "\\\"{[", "emoji 🙂 and \u2028 line"]


def records_text(folder) -> bytes:
    with side(folder / "field", "Field laptop", "Bo") as field, side(folder / "office", "Office NPM", "Ana") as office:
        office.contact_for(field)
        field.store.add_many([communication(title, body=title * 3, tags=[title[:20]]) for title in TRICKY])
        package = folder / "p.age"
        write_package(field.store, field.identity, plan_export(field.store), package,
                      recipients=[office.identity.recipient], confirmed=True, package_format=1)
        return gzip.decompress(dict(members_of(package, office.identity))["records.json.gz"])


def parse(text: bytes, piece: int) -> list[str]:
    stream = RecordStream()
    found = []
    for at in range(0, len(text), piece):
        found += [incoming.record.title for incoming, _size in stream.feed(text[at : at + piece])]
    return found + [incoming.record.title for incoming, _size in stream.end()]


def test_records_are_found_whatever_the_pieces_their_text_comes_in(tmp_path):
    text = records_text(tmp_path)
    whole = parse(text, len(text))
    assert sorted(whole) == sorted(TRICKY)
    for piece in (1, 2, 3, 5, 7, 64):
        assert parse(text, piece) == whole, piece


def test_a_record_nested_deeper_than_allowed_is_refused_whatever_the_pieces(tmp_path):
    """The stream proves each record's nesting as it finds its end (strict_json then does not walk
    it again: `depth_checked`): one level too deep is refused, whole or cut at every byte."""
    import pytest

    from npmdesk.exchange.errors import DamagedPackage
    from npmdesk.exchange.schema import MAX_RECORD_DEPTH

    text = records_text(tmp_path)
    head, _, rest = text.partition(b'"fields":')
    deep = b"[" * (MAX_RECORD_DEPTH - 1) + b"]" * (MAX_RECORD_DEPTH - 1)  # with the record and fields: one too deep
    nested = head + b'"fields":{"x":' + deep + b"," + rest[1:]
    for piece in (len(nested), 1, 7, 64):
        with pytest.raises(DamagedPackage, match="nested too deeply"):
            parse(nested, piece)
