"""Full-text search over records and the text of their attachments (SQLite FTS5).

The index lives inside the encrypted vault. It is written in the same transaction as the
record, and a record leaves it the moment it goes to the bin (FTS5's secure-delete mode
removes its terms from the index, not just marks them). Ranking is FTS5's bm25 with title
matches weighing most, then the body, then tags and fields, then attachments (set once, as
the index's `rank`, in migration 3). A record's country is indexed by its code and its name in
every language npmdesk speaks, so "Cambodge", "Camboya" and "Cambodia" all find a record of KH;
a record indexed before names were added gets them when it is next saved, or at once through
`add_country_names` (a migration step). The vault notes the languages its index names countries
in (COUNTRY_NAMES_META); when npmdesk speaks a language more, RecordStore adds that language's
names to every record once, so whichever language the user works in finds older records too.

Queries are written by people, not programmers: words match as prefixes ("detent" finds
"detention"), "quoted words" match as a phrase, accents and case are ignored, and any FTS5
syntax typed by the user is taken literally, so no query can fail or reach other columns.
Prefixes of 2 to 6 letters are read from FTS5's prefix indexes (PREFIX_INDEXES, migration 8);
longer ones merge the few words they start; a single letter matches the one-letter word only.

Two orders (ORDERS), each a promise the window and the command line state:
- "best": best match first, by bm25 over every matching record, when at most RANKED_LIMIT
  records match the words (the filters left aside). When more match, ranking them all would take
  too long at 300,000 records, so they come newest first instead, and each hit says so
  (`SearchHit.ranked` is False): the window and the command line tell the user to add words.
- "newest": the records added to the vault most recently first (a record keeps its place when
  edited), whatever the number of matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from npmdesk.records.extract import searchable_text
from npmdesk.records.model import article_number
from npmdesk.records.query import SUMMARY_COLUMNS, ListQuery, Summary, where_clause
from npmdesk.records.reference import LANGUAGES, country_names
from npmdesk.records.text import display_form, has_cjk, index_form
from npmdesk.vault.database import Connection

if TYPE_CHECKING:
    from npmdesk.records.model import Record

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
MAX_QUERY_CHARS = 500
MIN_PREFIX = 2
PREFIX_INDEXES = "2 3 4 5 6"  # FTS5's prefix indexes (characters), as migration 8 made them
RANKED_LIMIT = 10_000  # ranking costs 1 to 2 µs of CPU per match: at most about 20 ms
ORDERS = ("best", "newest")
SNIPPET_COLUMNS = (1, 3, 0)  # body, attachments, title (columns of search_index)
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
COUNTRY_NAMES_META = "country_name_languages"  # vault_meta: the languages the index names countries in
COUNTRY_NAME_LANGUAGES = " ".join(LANGUAGES)


@dataclass(frozen=True)
class SearchHit:
    """A matching record, its snippet (matches between HIGHLIGHT_START and HIGHLIGHT_END), its bm25
    rank (lower is better) and whether its place in the results comes from that rank (`ranked`)
    or from newest-first order (asked for, or more than RANKED_LIMIT records match)."""

    record: Summary
    snippet: str
    rank: float
    ranked: bool = True


def _field_text(fields: dict[str, Any]) -> str:
    parts: list[str] = []
    for value in fields.values():
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, list):
            parts += [v for v in value if isinstance(v, str)]
    return " ".join(parts)


def put(db: Connection, seq: int, record: Record, *, fresh: bool = False) -> None:
    """(Re)index one record with its attachments' text (`fresh`: a new record, nothing to replace).

    A record whose indexed words are unchanged (a new status, date, sensitivity, link...) keeps its
    entry as it is (see `_same_entry`): replacing it would cost a secure delete of every term
    (about 160 ms in a 100,000-record vault) to write back the very same terms, and the entry then
    holds nothing the record does not.
    """
    if record.deleted_at is not None:
        if not fresh:
            remove(db, seq)
        return
    if fresh:
        db.execute(_INSERT, _row(seq, record))
        return
    attachments = " ".join(
        row[0] + " " + searchable_text(row[1])
        for row in db.execute("SELECT name, text FROM attachment WHERE record_seq=?", (seq,))
    )
    row = _row(seq, record, attachments)
    current = db.execute(_CURRENT, (seq,)).fetchone()
    if current is not None and _same_entry(tuple(current), row[1:]):
        return
    remove(db, seq)
    db.execute(_INSERT, row)


_INSERT = "INSERT INTO search_index(rowid, title, body, extra, attachments) VALUES (?, ?, ?, ?, ?)"
_CURRENT = "SELECT title, body, extra, attachments FROM search_index WHERE rowid=?"


def _same_entry(stored: tuple[Any, ...], new: tuple[str, ...]) -> bool:
    """Whether the stored entry (title, body, extra, attachments) holds what `new` would: the same
    text, and in `extra` (tags, field values, names, country) the same words in any order, since
    that order follows the order the fields happened to be in (a record read back from the vault
    has them in another order than the one it was first indexed with). Same words, same terms:
    FTS5's bm25 uses counts, not positions."""
    title, body, extra, attachments = stored
    return (title, body, attachments) == (new[0], new[1], new[3]) and sorted(
        str(extra or "").split()) == sorted(new[2].split())


def _row(seq: int, record: Record, attachments: str = "") -> tuple[int, str, str, str, str]:
    return (seq, *entry(record, attachments))


def entry(record: Record, attachments: str = "") -> tuple[str, str, str, str]:
    """The record's search entry: the text of its title, body, extra (tags, field values, names,
    country, articles) and attachments columns, as the index keeps it."""
    country = record.country
    extra = " ".join(
        [" ".join(record.tags), _field_text(record.fields), " ".join(record.pseudonyms),
         country or "", _country_words(country) if country else "",
         " ".join(_article_word(a) for a in record.articles) if record.articles else ""]
    )
    return index_form(record.title), index_form(record.body), index_form(extra), index_form(attachments)


# What _row adds for a country, and for an article reference (an import asks them of every record).
_COUNTRY_WORDS: dict[str, str] = {}
_ARTICLE_WORDS: dict[str, str] = {}


def _country_words(country: str) -> str:
    words = _COUNTRY_WORDS.get(country)
    if words is None:
        words = " ".join(country_names(country))
        if len(country) == 2:  # (country_names keeps those too: at most 26 x 26)
            _COUNTRY_WORDS[country] = words
    return words


def _article_word(ref: str) -> str:
    word = _ARTICLE_WORDS.get(ref)
    if word is None:
        word = f"art{article_number(ref)}"
        if len(_ARTICLE_WORDS) < 10_000:  # valid references are a few hundred; anything else is not kept
            _ARTICLE_WORDS[ref] = word
    return word


class Deferred:
    """Index entries of new records (no attachments yet), written a batch at a time, for a
    transaction that adds many records (an import).

    Why: once FTS5 holds terms not yet written, the next statement on any other table that opens
    a savepoint (an INSERT into `record`, with its indexes and triggers) makes FTS5 write them
    first, as a segment of one record; written record by record, the index then costs about four
    times the records' own rows. Batched, it costs one segment per batch.

    Contract: `flush()` before anything in the same transaction reads or changes the index (or
    the rows of a record added here), and before the commit; a rollback simply drops what is
    pending. Memory: at most BATCH entries or BATCH_CHARS characters are held."""

    BATCH = 1_000
    BATCH_CHARS = 8 * 1024 * 1024

    def __init__(self, db: Connection) -> None:
        self._db = db
        self._rows: list[tuple[int, str, str, str, str]] = []
        self._chars = 0
        self._left_out: set[str] = set()

    def leave_out(self, record_id: str) -> None:
        """Do not index this record when it is added: the caller indexes it once it is complete
        (RecordStore.reindex, after its attachments), so its entry is written once, not deleted
        and written again (a delete costs FTS5 far more than an insert)."""
        self._left_out.add(record_id)

    def leaves_out(self, record_id: str) -> bool:
        return record_id in self._left_out

    def add(self, seq: int, record: Record) -> None:
        """Index a record just inserted (not in the bin), with no attachments."""
        if record.deleted_at is not None or record.id in self._left_out:
            return
        self.add_entry(seq, entry(record))

    def add_entry(self, seq: int, texts: tuple[str, str, str, str]) -> None:
        """Index a record just inserted by its `entry` (made already: exchange/parse_worker.py)."""
        self._rows.append((seq, *texts))
        self._chars += len(texts[0]) + len(texts[1]) + len(texts[2])
        if len(self._rows) >= self.BATCH or self._chars >= self.BATCH_CHARS:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            self._db.executemany(_INSERT, self._rows)
            self._rows = []
            self._chars = 0


def add_country_names(db: Connection) -> int:
    """Give records indexed before country names were indexed (vaults of schema 6 and older) their
    country's names, without rebuilding the whole index: a step for a migration. Names a record's
    index already holds are not added twice, so running it again changes nothing. Returns how many
    records it changed."""
    rows = db.execute(
        "SELECT r.seq, r.country, search_index.extra FROM record r JOIN search_index ON search_index.rowid = r.seq"
        " WHERE r.deleted_at IS NULL AND r.country IS NOT NULL AND r.country != ''"
    ).fetchall()
    changed = 0
    for seq, country, extra in rows:
        words = set(str(extra or "").split())
        missing = [name for name in (index_form(n) for n in country_names(str(country)))
                   if not set(name.split()) <= words]
        if missing:
            db.execute("UPDATE search_index SET extra = ? WHERE rowid = ?",
                       (" ".join([str(extra or ""), *missing]), seq))
            changed += 1
    return changed


def remove(db: Connection, seq: int) -> None:
    db.execute("DELETE FROM search_index WHERE rowid=?", (seq,))


def fts_query(text: str) -> str | None:
    """The FTS5 query for what a user typed; None if nothing searchable is left."""
    terms: list[str] = []
    for phrase, word in _TOKEN.findall(text[:MAX_QUERY_CHARS]):
        raw = phrase or word
        cleaned = index_form(raw).replace('"', " ").strip()
        if not any(ch.isalnum() for ch in cleaned):
            continue
        quoted = '"' + cleaned + '"'
        # Prefix matching for plain words of two letters or more (FTS5 keeps prefix indexes
        # for 2 and 3 letters); single letters, CJK runs and phrases match exactly.
        exact = phrase or has_cjk(raw) or len(cleaned) < MIN_PREFIX
        terms.append(quoted if exact else quoted + " *")
    return " AND ".join(terms) if terms else None


def search(db: Connection, text: str, query: ListQuery | None = None, order: str = "best") -> list[SearchHit]:
    """One page of the records matching `text`, with the same filters and paging as lists, in
    `order` (ORDERS; see the module's docstring): best match first when at most RANKED_LIMIT
    records match, else newest first (then every hit has `ranked` False).

    The search index is the outer loop either way: FTS5 sorts its matches by rank, or walks its
    index backwards, and the filters are checked row by row, so snippets are made only for the
    rows of the page.
    """
    match = fts_query(text)
    if match is None:
        return []
    query = query or ListQuery()
    ranked = order != "newest" and match_count(db, match, RANKED_LIMIT + 1) <= RANKED_LIMIT
    where, params = where_clause(query)
    # Snippets come from what the user wrote (body, then attachments' text, then title), never from
    # the `extra` column, which holds field values as stored: identifiers and other records' ids.
    snippets = ", ".join(f"snippet(search_index, {column}, ?, ?, '…', 12)" for column in SNIPPET_COLUMNS)
    sql = (
        f"SELECT {SUMMARY_COLUMNS}, {snippets}, search_index.rank"  # noqa: S608 - fixed fragments, values bound
        " FROM search_index CROSS JOIN record r ON r.seq = search_index.rowid"
        f" WHERE search_index MATCH ? AND {where}"
        f" ORDER BY {'search_index.rank' if ranked else 'search_index.rowid DESC'} LIMIT ? OFFSET ?"
    )
    rows = db.execute(
        sql,
        ((HIGHLIGHT_START, HIGHLIGHT_END) * len(SNIPPET_COLUMNS)
         + (match, *params, max(0, query.limit), max(0, query.offset))),
    ).fetchall()
    count = len(SNIPPET_COLUMNS)
    return [SearchHit(Summary(*row[:10]), display_form(_best_snippet(row[10:10 + count])), float(row[10 + count]),
                      ranked) for row in rows]


def match_count(db: Connection, match: str, cap: int) -> int:
    """How many records the FTS5 query `match` finds, counting no further than `cap` (cheap: the
    index alone, no record read)."""
    row = db.execute("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)",
                     (match, cap)).fetchone()
    return int(row[0])


def _best_snippet(snippets: tuple[str | None, ...]) -> str:
    """The first snippet with a match in it; else the body's opening words (the match was in a
    field value, a tag or the country: shown in the record, not as stored in the index)."""
    for snippet in snippets:
        if snippet and HIGHLIGHT_START in snippet:
            return snippet
    return snippets[0] or ""
