"""The search index keeps no words a record no longer holds once it is erased, and a save that
leaves the indexed text unchanged does not rewrite the index."""

from __future__ import annotations

from dataclasses import replace

from npmdesk.records import RecordStore
from tests.support.record_helpers import communication

# Words no other term shares a prefix with, so each is stored whole in FTS5's pages after its
# first letters (leaf pages store a term as the part it does not share with the term before it).
OLD_WORDS = ("qjalphazx", "vkbravozx", "wxcharliezx")


def _raw_bytes(store: RecordStore) -> bytes:
    """Every value of every table of the vault (decrypted), the FTS5 shadow tables included."""
    db = store.db
    tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    out = bytearray()
    for table in tables:
        if table == "search_index":  # the FTS5 table itself: its shadow tables hold what it stores
            continue
        for row in db.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - names from sqlite_master
            for value in row:
                if isinstance(value, str):
                    out += value.encode()
                elif isinstance(value, bytes):
                    out += value
    return bytes(out)


def _index_pages(store: RecordStore) -> list[tuple[int, bytes]]:
    return [(int(row[0]), bytes(row[1])) for row in store.db.execute("SELECT id, block FROM search_index_data")]


def test_an_erased_record_leaves_none_of_the_words_of_any_of_its_versions(store):
    record = store.add(communication("Visit follow-up", body=f"The first draft mentions {OLD_WORDS[0]}."))
    record = store.update(replace(record, body=f"The second draft mentions {OLD_WORDS[1]} instead."))
    record = store.update(replace(record, status="answered"))  # the indexed text stays as it was
    record = store.update(replace(record, body=f"The third draft mentions {OLD_WORDS[2]} at last."))
    kept = store.add(communication("Another record", body="It stays in the vault."))
    assert [h.record.id for h in store.search(OLD_WORDS[2])] == [record.id]
    assert OLD_WORDS[0].encode() in _raw_bytes(store)  # the history holds the old versions

    store.delete(record.id)
    store.empty_bin()

    raw = _raw_bytes(store)
    for word in OLD_WORDS:
        assert word[2:].encode() not in raw, word
        for length in range(2, len(word) + 1):
            assert store.search(word[:length]) == [], word[:length]
    assert [h.record.id for h in store.search("stays")] == [kept.id]


def test_a_save_that_leaves_the_indexed_text_unchanged_leaves_the_index_untouched(store):
    record = store.add(communication("Visit follow-up", body=f"The draft mentions {OLD_WORDS[0]}."))
    store.add(communication("Another record", body="Something else."))
    before = _index_pages(store)

    record = store.update(replace(record, status="answered", date="2026-03-04"))

    assert _index_pages(store) == before
    assert [h.record.id for h in store.search(OLD_WORDS[0])] == [record.id]
    record = store.update(replace(record, title="Visit follow-up, second part"))
    assert _index_pages(store) != before
    assert [h.record.id for h in store.search("second part")] == [record.id]
