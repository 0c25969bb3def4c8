"""New records' rows, written a batch at a time: for a transaction that adds many records (an import).

`RecordStore.import_new(db, record, rows)` validates the record (once) and hands its rows here
instead of inserting them: the record's row (its `seq` given here, the one SQLite would give:
one more than the highest), its tags, articles, links and pseudonyms, the removal of its
tombstone, and its search entry (search_index.Deferred). `flush()` writes each table's rows with
one `executemany`, the search entries last (one FTS5 segment per batch, see Deferred): a
statement per table and batch instead of four or five per record.

Contract (as for Deferred): `flush()` before anything in the same transaction reads or changes
these tables for a record added here (its attachments, its search entry, an update), and before
the commit; a rollback simply drops what is pending. The records added must be new to the vault
(no two with the same id: the package reader refuses a record twice; a clash would fail the
transaction at the flush, changing nothing). Memory: at most BATCH records or BATCH_CHARS
characters of their text are held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from npmdesk.records import search_index
from npmdesk.records.kinds import KINDS
from npmdesk.records.model import article_number
from npmdesk.vault.database import Connection

if TYPE_CHECKING:
    from npmdesk.records.model import Record

_ROW_COLUMNS = 21  # RecordStore._row: the record table's columns but `seq`
_KINDS_MADE = frozenset(KINDS) - {"contact"}  # made_from_json: the kinds whose rows it takes
_SCALARS = frozenset({str, int, type(None)})
_TEXT = frozenset({str})


class Made(NamedTuple):
    """A new record's rows, as `NewRows.add_made` writes them: its row (RecordStore._row), its
    tags, articles (reference, article number), links (to, relation), pseudonyms (real name,
    alias), and its search entry (search_index.entry; None: not indexed now)."""

    row: tuple[Any, ...]
    tags: list[str]
    articles: list[tuple[str, int]]
    links: list[tuple[str, str]]
    pseudonyms: list[tuple[str, str]]
    entry: tuple[str, str, str, str] | None


def made(row: tuple[Any, ...], record: Record, *, indexed: bool = True) -> Made:
    """The rows of `record` (validated, as the store writes it), `row` being RecordStore._row's."""
    return Made(row, list(record.tags), [(a, article_number(a)) for a in record.articles],
                [(link.to, link.relation) for link in record.links], list(record.pseudonyms.items()),
                search_index.entry(record) if indexed else None)


def made_from_json(value: object, record_id: str) -> Made | None:
    """The JSON of a new record's rows (exchange/parse_worker.py's `made_for_import`), checked
    for shape (the child is this program, but its answers are read as data); None for None.
    ValueError if it is something else."""
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 6):
        raise ValueError("not a new record's rows")
    row, tags, articles, links, pseudonyms, entry = value
    # Never a contact: a contact's keys and this vault's trust in them are decided here, on the
    # record itself (merge.Merge.plan_one), so a child that lied could not plant a verified key.
    if not (type(row) is list and len(row) == _ROW_COLUMNS and row[0] == record_id and row[1] in _KINDS_MADE
            and _SCALARS.issuperset(map(type, row)) and type(tags) is list and _TEXT.issuperset(map(type, tags))
            and type(entry) is list and len(entry) == 4 and _TEXT.issuperset(map(type, entry))):
        raise ValueError("not a new record's rows")
    return Made(tuple(row), tags, _pairs(articles, int), _pairs(links, str), _pairs(pseudonyms, str),
                (entry[0], entry[1], entry[2], entry[3]))


def _pairs(value: object, second: type) -> list[Any]:
    """`value`, a list of [text, `second`] pairs, as tuples (ValueError if it is not one)."""
    if type(value) is not list:
        raise ValueError("not a new record's rows")
    pairs = [tuple(pair) for pair in value if type(pair) is list and len(pair) == 2]
    if len(pairs) != len(value) or not all(type(a) is str and type(b) is second for a, b in pairs):
        raise ValueError("not a new record's rows")
    return pairs


_COLUMNS = (
    "seq, id, kind, title, body, date, status, counterpart, country, due_date, sensitivity, "
    "personal_data, consent, fields, version, created_at, created_by, updated_at, updated_by, deleted_at, "
    "consents, review_date"
)
_INSERT_RECORD = f"INSERT INTO record ({_COLUMNS}) VALUES ({', '.join('?' * 22)})"  # noqa: S608 - fixed text
_INSERT_TAG = "INSERT OR IGNORE INTO record_tag VALUES (?, ?)"
_INSERT_ARTICLE = "INSERT OR IGNORE INTO record_article(seq, ref, article) VALUES (?, ?, ?)"
_INSERT_LINK = "INSERT OR IGNORE INTO record_link VALUES (?, ?, ?)"
_INSERT_PSEUDONYM = "INSERT OR REPLACE INTO record_pseudonym VALUES (?, ?, ?)"
_DELETE_TOMBSTONE = "DELETE FROM record_tombstone WHERE id=?"


class NewRows:
    """Rows of new records waiting for `flush()` (see the module's docstring)."""

    BATCH = search_index.Deferred.BATCH
    BATCH_CHARS = search_index.Deferred.BATCH_CHARS

    def __init__(self, db: Connection) -> None:
        self._db = db
        self._index = search_index.Deferred(db)
        self._index.BATCH = self._index.BATCH_CHARS = 1 << 62  # written by flush() below, after the rows
        self._next_seq: int | None = None
        self._records: list[tuple[Any, ...]] = []
        self._tags: list[tuple[int, str]] = []
        self._articles: list[tuple[int, str, int]] = []
        self._links: list[tuple[int, str, str]] = []
        self._pseudonyms: list[tuple[int, str, str]] = []
        self._tombstones: list[tuple[str]] = []
        self._chars = 0

    def leave_out(self, record_id: str) -> None:
        """Add this record without its search entry (search_index.Deferred.leave_out)."""
        self._index.leave_out(record_id)

    def add(self, row: tuple[Any, ...], record: Record) -> None:
        """A new record (validated, as the store writes it), its `row` as RecordStore._row makes it."""
        indexed = record.deleted_at is None and not self._index.leaves_out(record.id)
        self.add_made(made(row, record, indexed=indexed))

    def add_made(self, rows: Made) -> None:
        """A new record by the rows `made` made of it (here, or in exchange/parse_worker.py's child)."""
        if self._next_seq is None:
            self._next_seq = int(self._db.execute("SELECT coalesce(max(seq), 0) + 1 FROM record").fetchone()[0])
        seq = self._next_seq
        self._next_seq += 1
        row = rows.row
        self._records.append((seq, *row))
        if rows.tags:
            self._tags += [(seq, t) for t in rows.tags]
        if rows.articles:
            self._articles += [(seq, ref, number) for ref, number in rows.articles]
        if rows.links:
            self._links += [(seq, to, relation) for to, relation in rows.links]
        if rows.pseudonyms:
            self._pseudonyms += [(seq, real, alias) for real, alias in rows.pseudonyms]
        self._tombstones.append((row[0],))
        self._chars += len(row[2]) + len(row[3]) + len(row[12])
        if rows.entry is not None:
            self._index.add_entry(seq, rows.entry)
        if len(self._records) >= self.BATCH or self._chars >= self.BATCH_CHARS:
            self.flush()

    def flush(self) -> None:
        """Write every pending row: the records' own, then their search entries."""
        db = self._db
        if self._records:
            db.executemany(_INSERT_RECORD, self._records)
            for sql, rows in ((_INSERT_TAG, self._tags), (_INSERT_ARTICLE, self._articles),
                              (_INSERT_LINK, self._links), (_INSERT_PSEUDONYM, self._pseudonyms),
                              (_DELETE_TOMBSTONE, self._tombstones)):
                if rows:
                    db.executemany(sql, rows)
            self._records, self._tags, self._articles, self._links = [], [], [], []
            self._pseudonyms, self._tombstones = [], []
            self._chars = 0
        self._next_seq = None  # other statements may add records before the next one comes
        self._index.flush()
