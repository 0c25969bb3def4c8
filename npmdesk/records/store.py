"""The record store: add, read, change, bin and purge records, keeping every version.

Promises:
- every change is one transaction; a change keeps the previous version in the history with
  who (the vault's user name) and when;
- `update` refuses a record edited since it was read (EditConflict), unless forced;
- deleting moves to the bin (hidden from lists and search); `empty_bin` purges the rows,
  their versions, search entries and attachment bytes (secure_delete overwrites them), and
  leaves a tombstone (id, kind, times, content hashes: nothing a person wrote) so that an old
  package cannot bring the record back unnoticed;
- a record never changes its kind, and merges never change a contact's keys or their
  verification (TRUST_FIELDS): only the user does, through `update` (a changed signing key
  loses its verification: it was of the old key);
- the search index is kept in step with the records in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from npmdesk.errors import NpmdeskError
from npmdesk.records import consent as consent_data
from npmdesk.records import recommendation_sources, replies, search_index
from npmdesk.records.content import LOCAL_TRUST_FIELDS, TRUST_FIELDS, version_hash
from npmdesk.records.model import (
    EditConflict,
    Link,
    Record,
    RecordNotFound,
    article_number,
    article_sort_key,
    new_id,
    validate,
)
from npmdesk.records.new_rows import NewRows
from npmdesk.records.pseudonyms import next_alias
from npmdesk.records.query import ListQuery, Summary, count_records, list_records
from npmdesk.records.validated import Validated, ensure_valid
from npmdesk.vault import attachment_files
from npmdesk.vault.database import Connection, DatabaseError, user_error
from npmdesk.vault.session import VaultSession

Clock = Callable[[], dt.datetime]
# Aliases: inside RecordStore, `list` names its method, not the built-in.
Summaries = list[Summary]
Records = list[Record]
SearchHits = list[search_index.SearchHit]
Ids = list[str]
Linked = list[tuple[str, Summary]]
_LOCAL_TRUST = frozenset(LOCAL_TRUST_FIELDS)

_COLUMNS = (
    "id, kind, title, body, date, status, counterpart, country, due_date, sensitivity, "
    "personal_data, consent, fields, version, created_at, created_by, updated_at, updated_by, deleted_at, "
    "consents, review_date"
)


# Rows' JSON (fields, consents, history snapshots): one encoder, not one per json.dumps call.
_ROW_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True)
# A record with its tags, articles, links and pseudonyms, in one statement (exports and merges
# read every record): each list as JSON, in the order it is kept in (articles are sorted after).
_LOAD = (
    f"SELECT {_COLUMNS}, seq,"  # noqa: S608 - fixed texts
    " (SELECT json_group_array(tag ORDER BY tag) FROM record_tag t WHERE t.seq = r.seq),"
    " (SELECT json_group_array(ref) FROM record_article a WHERE a.seq = r.seq),"
    " (SELECT json_group_array(json_array(target, relation) ORDER BY target, relation)"
    "  FROM record_link l WHERE l.seq = r.seq),"
    " (SELECT json_group_object(real_name, alias ORDER BY alias) FROM record_pseudonym p WHERE p.seq = r.seq)"
    " FROM record r WHERE id=?"
)
# The same by row numbers (get_page_at).
_LOAD_AT = _LOAD.replace(" WHERE id=?", " WHERE seq IN (SELECT value FROM json_each(?)) ORDER BY seq")
# A record's pseudonym table alone, as _LOAD reads it (the same order: the same dict).
_PSEUDONYMS = (
    "SELECT (SELECT json_group_object(real_name, alias ORDER BY alias) FROM record_pseudonym p WHERE p.seq = r.seq)"
    " FROM record r WHERE id=? AND deleted_at IS NULL"
)
# A page of records in one statement (their ids as a JSON array), in the table's order: fewer pages read.
_LOAD_PAGE = _LOAD.replace(" WHERE id=?", " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY seq")


_DECODE = json.JSONDecoder().raw_decode


def _json_of(text: str) -> Any:
    """A JSON column's value (a new list or dict each time: callers own what they get). The
    columns are written by this store (no surrounding space), so the decoder is called directly."""
    if text == "[]":
        return []
    if text == "{}":
        return {}
    return _DECODE(text)[0]


def _consent_view(row: Sequence[Any], record_id: str) -> Record:
    """RecordStore.consent_view's record from its row (kind … consents, id)."""
    kind, title, date, counterpart, sensitivity, personal_data, consent, consents = row[:8]
    return Record(kind=kind, title=title, date=date, counterpart=counterpart, sensitivity=sensitivity,
                  personal_data=bool(personal_data), consent=consent, id=record_id,
                  consents=consent_data.people_from_json(_json_of(consents)))


def consent_view_of(row: Sequence[Any]) -> Record:
    """The record `RecordStore.consent_view` reads, from a row of `every_consent_row`."""
    return _consent_view(row, row[8])


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class KindChangeRefused(NpmdeskError):
    message = "A record cannot change its kind (a contact stays a contact). Nothing was changed."


@dataclass(frozen=True)
class Tombstone:
    """What is left of a purged record: its id, kind, when, and the content hash of every
    version it had (newest first), to recognise them in a package."""

    id: str
    kind: str
    deleted_at: str
    purged_at: str
    hashes: tuple[str, ...]


def _same_kind(current: Record, record: Record) -> None:
    if current.kind != record.kind:
        raise KindChangeRefused()


def _key_text(value: object) -> object:
    return value.strip().lower() if isinstance(value, str) else value


def _verification_follows_key(current: Record, record: Record) -> Record:
    """A contact whose signing key changes loses its verification and its mark as one of our own
    devices: both were of the old key."""
    if record.kind != "contact" or _key_text(current.fields.get("signing_key")) == _key_text(
            record.fields.get("signing_key")):
        return record
    return replace(record, fields={k: v for k, v in record.fields.items() if k not in LOCAL_TRUST_FIELDS})


def _local_consents(record: Record, pseudonyms: dict[str, str]) -> Record:
    """An incoming record's consents named as this vault names the people: by the real name
    behind each alias we know, and the alias itself (as its own pseudonym) for one we do not."""
    if not record.consents and pseudonyms == record.pseudonyms:
        return record  # nobody to rename: the record as it is
    real_of = {alias: real for real, alias in pseudonyms.items()}
    people = [replace(person, person=real_of.get(person.person, person.person)) for person in record.consents]
    known = {**pseudonyms, **{p.person: p.person for p in people if p.person not in pseudonyms}}
    return replace(record, consents=people, pseudonyms=known)


def _with_names(ours: dict[str, str], theirs: dict[str, str]) -> dict[str, str]:
    """Our pseudonym table with the real names of `theirs` that we lack (under a fresh alias if
    theirs is already one of ours: no real name is ever left without an alias). A person we knew
    only by their alias (an alias standing for itself) takes the real name behind it."""
    named = {alias for real, alias in theirs.items() if real != alias}
    merged = {real: alias for real, alias in ours.items() if not (real == alias and alias in named)}
    for real, alias in theirs.items():
        if real not in merged:
            merged[real] = alias if alias not in merged.values() else next_alias(merged)
    return merged


def _keep_local_trust(current: Record, record: Record) -> Record:
    """`record` with the contact keys and verification that `current` has (none if it has none)."""
    if current.kind != "contact":
        return record
    fields = {k: v for k, v in record.fields.items() if k not in TRUST_FIELDS}
    fields.update({k: current.fields[k] for k in TRUST_FIELDS if k in current.fields})
    return replace(record, fields=fields)


class _Hooks:
    """What runs around one transaction's end (RecordStore.transaction)."""

    def __init__(self) -> None:
        self.before: list[Callable[[], None]] = []
        self.commit: list[Callable[[], None]] = []
        self.rollback: list[Callable[[], None]] = []
        self.unknown: list[Callable[[], None]] = []  # the COMMIT failed: committed or not, nobody knows yet
        self.once: set[str] = set()

    @staticmethod
    def run(actions: list[Callable[[], None]]) -> None:
        """Each action once, in order (an import registers one per file: no quadratic pops)."""
        done = 0
        try:
            while done < len(actions):
                done += 1
                actions[done - 1]()
        finally:
            del actions[:done]


class RecordStore:
    """Records of an open vault. The GUI and the CLI use this; neither writes SQL."""

    _hooks: _Hooks | None = None

    def __init__(self, vault: VaultSession, clock: Clock = utc_now) -> None:
        self.vault = vault
        self._clock = clock
        self._user = vault.meta("user_name") or "unknown"
        if vault.meta("pending_country_names") or (
                vault.meta(search_index.COUNTRY_NAMES_META) != search_index.COUNTRY_NAME_LANGUAGES):
            self._add_country_names()

    @property
    def db(self) -> Connection:
        return self.vault.db

    def _add_country_names(self) -> None:
        """Once, after the migration to schema 7 and whenever npmdesk speaks more languages than
        the index names countries in: every language's country names into the search index of
        records indexed before (search_index.add_country_names), in one transaction."""
        with self.transaction() as db:
            search_index.add_country_names(db)
            db.execute("DELETE FROM vault_meta WHERE key = 'pending_country_names'")
            db.execute("INSERT OR REPLACE INTO vault_meta(key, value) VALUES (?, ?)",
                       (search_index.COUNTRY_NAMES_META, search_index.COUNTRY_NAME_LANGUAGES))

    def now(self) -> str:
        return self._clock().isoformat(timespec="seconds")

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction; rolled back whole on any error.

        Work outside the database that must go with the transaction registers here while it is
        open (the attachment files, records/attachments.py): `before_commit` actions run just
        before the COMMIT (an exception there rolls back), `on_commit` ones after it has committed,
        `on_rollback` ones after a rollback that happened before any COMMIT was tried, and
        `if_commit_fails` ones when the COMMIT itself failed: then nobody knows whether it is on
        the disk (SQLite may have written the commit to the WAL before failing, and the next open
        recovers it), so nothing may be undone outside the database. After-actions must not
        raise. A transaction inside another on the same store fails at BEGIN and leaves the outer
        one's actions as they are."""
        db = self.db
        hooks = _Hooks()
        try:
            db.execute("BEGIN IMMEDIATE")
            self._hooks = hooks
            committing = False
            try:
                yield db
                self.vault.ensure_in_place()
                hooks.run(hooks.before)
                committing = True
                db.execute("COMMIT")
            except BaseException:
                try:
                    if db.in_transaction:
                        db.execute("ROLLBACK")
                finally:
                    self._hooks = None
                    hooks.run(hooks.unknown if committing else hooks.rollback)
                raise
            self._hooks = None
            hooks.run(hooks.commit)
        except DatabaseError as exc:
            mapped = user_error(exc, self.vault.folder)
            if mapped is None:
                raise
            raise mapped from None
        finally:
            if self._hooks is hooks:
                self._hooks = None

    def before_commit(self, action: Callable[[], None], *, once: str = "") -> None:
        """Run `action` just before this store's open transaction commits (see `transaction`);
        with `once`, only the first action registered under that name in this transaction."""
        hooks = self._open_hooks()
        if once:
            if once in hooks.once:
                return
            hooks.once.add(once)
        hooks.before.append(action)

    def on_commit(self, action: Callable[[], None]) -> None:
        """Run `action` once this store's open transaction has committed."""
        self._open_hooks().commit.append(action)

    def on_rollback(self, action: Callable[[], None]) -> None:
        """Run `action` if this store's open transaction rolls back before its COMMIT."""
        self._open_hooks().rollback.append(action)

    def if_commit_fails(self, action: Callable[[], None]) -> None:
        """Run `action` if this store's open transaction's COMMIT fails (see `transaction`)."""
        self._open_hooks().unknown.append(action)

    def _open_hooks(self) -> _Hooks:
        hooks = self._hooks
        if hooks is None:
            raise RuntimeError("only inside RecordStore.transaction()")
        return hooks

    # ------------------------------------------------------------------------- writing

    def add(self, record: Record) -> Record:
        """Store a new record (a UUID is given if it has none); returns the stored record."""
        stored = self.stamped(record)
        with self.transaction() as db:
            self.add_in(db, stored)
        return stored

    def stamped(self, record: Record) -> Record:
        """`record` as `add` would store it (id, version 1, author and times), validated."""
        now = self.now()
        stored = replace(
            record, id=record.id or new_id(), version=1, created_at=now, created_by=self._user,
            updated_at=now, updated_by=self._user, deleted_at=None,
        )
        validate(stored)
        return stored

    def add_in(self, db: Connection, stored: Record) -> None:
        """Insert a `stamped` record inside the caller's transaction (a record and its files
        stored together: the mail import)."""
        recommendation_sources.check(db, stored)
        self._insert(db, stored)
        self._close_loop(db, stored)

    def add_many(self, records: Records) -> Records:
        """Store many records in one transaction (imports, demo data)."""
        now = self.now()
        stored = [
            replace(r, id=r.id or new_id(), version=1, created_at=now, created_by=self._user,
                    updated_at=now, updated_by=self._user, deleted_at=None)
            for r in records
        ]
        for record in stored:
            validate(record)
        with self.transaction() as db:
            for record in stored:
                self._insert(db, record)
        return stored

    def update(self, record: Record, *, force: bool = False) -> Record:
        """Save a changed record; the previous version goes to its history.

        EditConflict if the stored version is not the one `record` was read at (unless
        `force`, used by merges, which also keep both versions).
        """
        validate(record)
        with self.transaction() as db:
            recommendation_sources.check(db, record)
            seq, current = self._load_seq(db, record.id)
            if current.deleted_at is not None:
                raise RecordNotFound(record.id)
            if current.version != record.version and not force:
                raise EditConflict()
            _same_kind(current, record)
            record = _verification_follows_key(current, record)
            self._save_version(db, seq, current)
            updated = replace(
                record, version=current.version + 1, created_at=current.created_at,
                created_by=current.created_by, updated_at=self.now(), updated_by=self._user,
                deleted_at=None,
            )
            self._rewrite(db, seq, updated)
            self._close_loop(db, updated)
        return updated

    def _close_loop(self, db: Connection, reply: Record) -> None:
        """The message `reply` answers becomes answered, in this transaction (records/replies.py)."""
        target = replies.answered_id(reply)
        if target is None:
            return
        try:
            seq, original = self._load_seq(db, target)
        except RecordNotFound:  # answers a message not in this vault: nothing to close
            return
        answered = replies.answered(reply, original)
        if answered is None:
            return
        self._save_version(db, seq, original)
        self._rewrite(db, seq, replace(answered, version=original.version + 1, updated_at=self.now(),
                                       updated_by=self._user))

    def _rewrite(self, db: Connection, seq: int, record: Record) -> None:
        db.execute(
            "UPDATE record SET kind=?, title=?, body=?, date=?, status=?, counterpart=?, country=?,"
            " due_date=?, sensitivity=?, personal_data=?, consent=?, fields=?, version=?,"
            " updated_at=?, updated_by=?, consents=?, review_date=? WHERE seq=?",
            (*self._row(record)[1:13], record.version, record.updated_at, record.updated_by,
             *self._row(record)[19:21], seq),
        )
        self._write_children(db, seq, record)
        if record.deleted_at is None:
            search_index.put(db, seq, record)

    # ------------------------------------------------------------------------- merging (imports)
    # These run inside the caller's transaction (see npmdesk/exchange/merge.py).

    def import_new(self, db: Connection, record: Record | Validated,
                   index: search_index.Deferred | NewRows | None = None) -> None:
        """Insert a record from another vault as it is: its id, version, authors and times (a
        contact's verification never comes with it). Its tombstone, if any, goes: the caller
        decided to bring it back. With `index`, its search entry waits there (see Deferred); with
        NewRows, its rows too (records/new_rows.py).

        A `Validated` record (the package reader validated it) is not validated again if it
        is written as it was validated (validated.py); otherwise it is, whatever it came as."""
        record = self.imported_form(record)
        if isinstance(index, NewRows):
            index.add(self._row(record), record)  # its tombstone goes with its rows
            return
        self._insert(db, record, index)
        db.execute("DELETE FROM record_tombstone WHERE id=?", (record.id,))

    @staticmethod
    def imported_form(record: Record | Validated) -> Record:
        """`record` as `import_new` writes it (a contact's verification left out, out of the bin,
        its consents named as this vault names the people), validated (InvalidRecord)."""
        checked, record = (record, record.record) if isinstance(record, Validated) else (None, record)
        trust = record.kind == "contact" and not _LOCAL_TRUST.isdisjoint(record.fields)
        if trust or record.deleted_at is not None:  # else nothing to take out: no copy
            fields = {k: v for k, v in record.fields.items() if not (trust and k in LOCAL_TRUST_FIELDS)}
            record = replace(record, fields=fields, deleted_at=None)
        record = _local_consents(record, record.pseudonyms)
        ensure_valid(record, checked)
        return record

    def import_newer(self, db: Connection, record: Record | Validated) -> None:
        """Make `record`, a later version from another vault, the current one; ours goes to history.

        The local pseudonym table is kept (the incoming text already carries the aliases), with the
        real names a record from one of the NPM's own devices brings filled in, and so are a place
        in the bin, the kind (KindChangeRefused) and a contact's keys and verification."""
        checked, record = (record, record.record) if isinstance(record, Validated) else (None, record)
        ensure_valid(record, checked, local=False)
        seq, current = self._load_seq(db, record.id)
        _same_kind(current, record)
        record = _local_consents(_keep_local_trust(current, record), _with_names(current.pseudonyms, record.pseudonyms))
        validate(record)
        self._save_version(db, seq, current)
        self._rewrite(db, seq, replace(
            record, version=current.version + 1, created_at=current.created_at, created_by=current.created_by,
            deleted_at=current.deleted_at,
        ))

    def import_restore(self, db: Connection, record_id: str) -> None:
        """Take a record out of the bin inside the caller's transaction (an import the user asked
        to bring it back)."""
        seq = self._seq(db, record_id)
        db.execute("UPDATE record SET deleted_at=NULL WHERE seq=?", (seq,))
        search_index.put(db, seq, self._load(db, record_id))

    def import_delete(self, db: Connection, record_id: str) -> None:
        """Move a live record to the bin inside the caller's transaction (another of the NPM's own
        devices deleted it: npmdesk/team/)."""
        seq = self._seq(db, record_id)
        db.execute("UPDATE record SET deleted_at=? WHERE seq=? AND deleted_at IS NULL", (self.now(), seq))
        search_index.remove(db, seq)

    def import_conflict(self, db: Connection, record: Record) -> None:
        """Both sides edited the record: ours stays current, theirs joins the history, and the
        record is marked as a conflict for the user to settle (`conflicts`, `settle_conflict`)."""
        validate(record, local=False)
        seq, current = self._load_seq(db, record.id)
        _same_kind(current, record)
        record = _keep_local_trust(current, record)
        self._save_version(db, seq, replace(record, version=current.version, pseudonyms={}, deleted_at=None))
        db.execute("UPDATE record SET version=?, conflict=1 WHERE seq=?", (current.version + 1, seq))

    def conflicts(self) -> Ids:
        """Ids of records edited on two sides that the user has not settled yet."""
        return [row[0] for row in self.db.execute(
            "SELECT id FROM record WHERE conflict=1 AND deleted_at IS NULL ORDER BY updated_at DESC")]

    def is_conflicted(self, record_id: str) -> bool:
        row = self.db.execute("SELECT conflict FROM record WHERE id=?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(record_id)
        return bool(row[0])

    def settle_conflict(self, record_id: str) -> None:
        """The user has compared the versions (History) and kept what is right."""
        with self.transaction() as db:
            db.execute("UPDATE record SET conflict=0 WHERE seq=?", (self._seq(db, record_id),))

    def contacts_with_signing_key(self, signing_key: str, *, include_deleted: bool = False) -> Records:
        """Contacts (live ones, unless `include_deleted`) that carry this signing key (`npmsig1…`,
        compared without case or surrounding spaces)."""
        return self._contacts_with("signing_key", signing_key, include_deleted)

    def contacts_with_age_recipient(self, recipient: str, *, include_deleted: bool = False) -> Records:
        """Contacts (live ones, unless `include_deleted`) that carry this age recipient (`age1…`)."""
        return self._contacts_with("age_recipient", recipient, include_deleted)

    def _contacts_with(self, name: str, key: str, include_deleted: bool) -> Records:
        live = "" if include_deleted else " AND deleted_at IS NULL"
        rows = self.db.execute(
            f"SELECT id FROM record WHERE kind='contact'{live}"  # noqa: S608 - fixed texts
            f" AND lower(trim(json_extract(fields, '$.{name}'))) = ?", (key.strip().lower(),),
        ).fetchall()
        return [self._load(self.db, row[0]) for row in rows]

    def delete(self, record_id: str) -> None:
        """Move a record to the bin (it leaves lists and search at once)."""
        with self.transaction() as db:
            seq = self._seq(db, record_id)
            db.execute("UPDATE record SET deleted_at=? WHERE seq=? AND deleted_at IS NULL", (self.now(), seq))
            search_index.remove(db, seq)

    def restore(self, record_id: str) -> Record:
        """Take a record out of the bin."""
        with self.transaction() as db:
            seq = self._seq(db, record_id)
            db.execute("UPDATE record SET deleted_at=NULL WHERE seq=?", (seq,))
            record = self._load(db, record_id)
            search_index.put(db, seq, record)
        return record

    def empty_bin(self) -> int:
        """Purge every record in the bin, with its versions and attachments. Returns how many."""
        with self.transaction() as db:
            ids = [row[0] for row in db.execute("SELECT id FROM record WHERE deleted_at IS NOT NULL")]
            for record_id in ids:
                self._purge(db, record_id)
        return len(ids)

    def purge(self, record_id: str) -> None:
        """Purge one record now, whether or not it is in the bin (undoing a failed add)."""
        with self.transaction() as db:
            self._purge(db, record_id)

    def _purge(self, db: Connection, record_id: str) -> None:
        seq, record = self._load_seq(db, record_id)
        hashes = [version_hash(record), *(version_hash(old) for old in self._history(db, seq))]
        db.execute(
            "INSERT OR REPLACE INTO record_tombstone(id, kind, deleted_at, purged_at, hashes) VALUES (?, ?, ?, ?, ?)",
            (record.id, record.kind, record.deleted_at or self.now(), self.now(), json.dumps(hashes)),
        )
        search_index.remove(db, seq)
        db.execute(
            "DELETE FROM attachment_chunk WHERE attachment_seq IN (SELECT seq FROM attachment WHERE record_seq=?)",
            (seq,),
        )
        files = [row[0] for row in db.execute(
            "SELECT blob FROM attachment WHERE record_seq=? AND blob IS NOT NULL", (seq,))]
        db.execute("DELETE FROM record WHERE seq=?", (seq,))  # its attachment rows and their keys go with it
        if files:  # the files once that has committed (unreadable already: their keys are gone)
            folder = self.vault.folder
            self.on_commit(lambda: attachment_files.delete(folder, files))

    def reindex(self, db: Connection, record_id: str) -> None:
        """Re-index a record inside the caller's transaction (after its attachments changed)."""
        search_index.put(db, *self._load_seq(db, record_id))

    # ------------------------------------------------------------------------- reading

    def get(self, record_id: str, *, include_deleted: bool = False) -> Record:
        record = self._load(self.db, record_id)
        if record.deleted_at is not None and not include_deleted:
            raise RecordNotFound(record_id)
        return record

    def consent_view(self, record_id: str) -> Record:
        """The live record with only its kind, title, date, counterpart, sensitivity and consent
        (personal_data, consent, consents) filled in, the rest left empty: what deciding whether it
        may leave the vault needs, read in one cheap statement (RecordNotFound)."""
        row = self.db.execute(
            "SELECT kind, title, date, counterpart, sensitivity, personal_data, consent, consents, id FROM record"
            " WHERE id=? AND deleted_at IS NULL", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(record_id)
        return _consent_view(row, record_id)

    def consent_views(self, record_ids: Sequence[str]) -> dict[str, Record]:
        """`consent_view` of each live record among `record_ids`, by id, in one statement (a page
        of a few hundred at a time); ids not found, or of records in the bin, are missing."""
        rows = self.db.execute(
            "SELECT kind, title, date, counterpart, sensitivity, personal_data, consent, consents, id, deleted_at"
            " FROM record WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(list(record_ids)),)).fetchall()
        return {row[8]: _consent_view(row, row[8]) for row in rows if row[9] is None}

    def pseudonyms_of(self, record_id: str) -> dict[str, str]:
        """The live record's pseudonym table (real name -> alias), as `get` reads it, without the
        rest of the record (RecordNotFound)."""
        row = self.db.execute(_PSEUDONYMS, (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(record_id)
        pseudonyms: dict[str, str] = _json_of(row[0])
        return pseudonyms

    def every_consent_row(self, page: int = 2_000) -> Iterator[Sequence[Any]]:
        """Every live record's consent columns, contacts first: (kind, title, date,
        counterpart, sensitivity, personal_data, consent, consents as JSON text, id, seq). A pass
        over every record that needs the record only now and then makes it with `consent_view_of`;
        `get_page_at` reads records again by their `seq`.

        In row-number order, not by date: the export reads every record a second time in this
        order, and the table's own order reads each page of the database once, where date order
        jumps about it (measured at 100,000 demo records, a 450 MB database: 0.9 s against 2.1 s
        to read them all back). Two statements (contacts, the others), each in the table's order,
        fetched `page` rows at a time: the contacts through their index (whose entries
        are in row-number order for one kind), the others by reading the table itself (NOT
        INDEXED: through an index, SQLite would sort every row in memory to put them back in
        row-number order, about 50 MB at 300,000 records)."""
        columns = ("SELECT kind, title, date, counterpart, sensitivity, personal_data, consent, consents, id, seq"
                   " FROM record")
        for which in (" WHERE kind = 'contact'", " NOT INDEXED WHERE kind <> 'contact'"):
            cursor = self.db.execute(f"{columns}{which} AND deleted_at IS NULL ORDER BY seq")
            while rows := cursor.fetchmany(page):
                yield from rows

    def history(self, record_id: str) -> Records:
        """Earlier versions of a record, newest first (the current one is not included). One
        statement: exports and merges ask it of every record."""
        rows = self.db.execute(
            "SELECT v.snapshot FROM record r LEFT JOIN record_version v ON v.seq = r.seq WHERE r.id=?"
            " ORDER BY v.version DESC", (record_id,)).fetchall()
        if not rows:
            raise RecordNotFound(record_id)
        return [Record.from_json(json.loads(row[0])) for row in rows if row[0] is not None]

    @staticmethod
    def _history(db: Connection, seq: int) -> Records:
        rows = db.execute("SELECT snapshot FROM record_version WHERE seq=? ORDER BY version DESC", (seq,)).fetchall()
        return [Record.from_json(json.loads(row[0])) for row in rows]

    def knows(self, record_id: str) -> bool:
        """True if this vault has, or had, a record with this id: live, in the bin, or purged
        (its tombstone). One indexed look-up: an import asks it of every record it brings."""
        row = self.db.execute(
            "SELECT EXISTS (SELECT 1 FROM record WHERE id=?) OR EXISTS (SELECT 1 FROM record_tombstone WHERE id=?)",
            (record_id, record_id)).fetchone()
        return bool(row[0])

    def tombstone(self, record_id: str) -> Tombstone | None:
        """What is left of a purged record with this id, None if there is none."""
        row = self.db.execute(
            "SELECT id, kind, deleted_at, purged_at, hashes FROM record_tombstone WHERE id=?", (record_id,)
        ).fetchone()
        return None if row is None else Tombstone(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])))

    def list(self, query: ListQuery | None = None) -> Summaries:
        return list_records(self.db, query or ListQuery())

    def each(self, query: ListQuery, page: int = 500) -> Iterator[Summary]:
        """Every row of `query` (its own offset and limit are ignored), in its order, read `page`
        rows at a time."""
        offset = 0
        while True:
            rows = self.list(replace(query, offset=offset, limit=page))
            yield from rows
            if len(rows) < page:
                return
            offset += page

    def count(self, query: ListQuery | None = None) -> int:
        return count_records(self.db, query or ListQuery())

    def search(self, text: str, query: ListQuery | None = None, order: str = "best") -> SearchHits:
        """Full-text search, in `order` ("best" or "newest"); see search_index.py for the query
        language and what each order promises."""
        return search_index.search(self.db, text, query, order)

    def contacts_named(self, name: str) -> Ids:
        """Ids of live contacts whose name is `name` (ignoring case)."""
        rows = self.db.execute(
            "SELECT id FROM record WHERE kind='contact' AND deleted_at IS NULL AND title = ? COLLATE NOCASE",
            (name.strip(),),
        ).fetchall()
        return [row[0] for row in rows]

    def linked(self, record_id: str) -> Linked:
        """(relation, record) for every live record that links to this one or is linked from it."""
        db = self.db
        seq = self._seq(db, record_id)
        rows = db.execute(
            "SELECT l.relation, r.id FROM record_link l JOIN record r ON r.id = l.target"
            " WHERE l.seq = ? AND r.deleted_at IS NULL"
            " UNION SELECT l.relation, r.id FROM record_link l JOIN record r ON r.seq = l.seq"
            " WHERE l.target = ? AND r.deleted_at IS NULL",
            (seq, record_id),
        ).fetchall()
        found = {rid: rel for rel, rid in rows}
        summaries = {s.id: s for s in self.list(ListQuery(ids=tuple(found), limit=len(found) or 1))}
        return [(found[rid], summaries[rid]) for rid in found if rid in summaries]

    def thread(self, record_id: str) -> Summaries:
        """Every live communication in the same thread, oldest first."""
        record = self.get(record_id)
        root = str(record.fields.get("thread") or record.id)
        rows = self.db.execute(
            "SELECT id FROM record WHERE deleted_at IS NULL AND kind='communication'"
            " AND (id = ? OR json_extract(fields, '$.thread') = ?)",
            (root, root),
        ).fetchall()
        ids = tuple(row[0] for row in rows)
        return self.list(ListQuery(ids=ids, order_by="date", descending=False, limit=max(len(ids), 1)))

    def reply_to(self, record_id: str, **changes: Any) -> Record:
        """A new communication answering `record_id`, linked to it and in its thread: a draft when the
        NPM sends it, closed when it is the counterpart's answer, which then makes the original
        answered (records/replies.py); `changes` override any of it."""
        original = self.get(record_id)
        thread = str(original.fields.get("thread") or original.id)
        direction = replies.reply_direction(original)
        fields = {
            "direction": direction,
            "channel": original.fields.get("channel", "email"),
            "thread": thread,
            "in_reply_to": original.id,
        }
        title = original.title if original.title.lower().startswith("re:") else f"Re: {original.title}"
        draft = Record(
            kind="communication", title=title, status=replies.reply_status(direction),
            counterpart=original.counterpart,
            country=original.country, sensitivity=original.sensitivity, fields=fields,
            links=[Link(original.id, "reply_to")], tags=list(original.tags),
        )
        return self.add(replace(draft, **changes))

    # ------------------------------------------------------------------------- helpers

    def _seq(self, db: Connection, record_id: str) -> int:
        row = db.execute("SELECT seq FROM record WHERE id=?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(record_id)
        return int(row[0])

    @staticmethod
    def _row(record: Record) -> tuple[Any, ...]:
        return (
            record.id, record.kind, record.title, record.body, record.date, record.status,
            record.counterpart, record.country, record.due_date, record.sensitivity,
            int(record.personal_data), record.consent,
            _ROW_JSON.encode(record.fields),
            record.version, record.created_at, record.created_by, record.updated_at,
            record.updated_by, record.deleted_at,
            _ROW_JSON.encode(consent_data.people_json(record.consents)) if record.consents else "[]",
            record.review_date,
        )

    def _insert(self, db: Connection, record: Record, index: search_index.Deferred | None = None) -> None:
        cursor = db.execute(
            f"INSERT INTO record ({_COLUMNS}) VALUES ({', '.join('?' * 21)})",  # noqa: S608
            self._row(record),
        )
        seq = int(cursor.lastrowid)
        self._write_children(db, seq, record, fresh=True)
        if index is not None:
            index.add(seq, record)
        else:
            search_index.put(db, seq, record, fresh=True)

    @staticmethod
    def _write_children(db: Connection, seq: int, record: Record, *, fresh: bool = False) -> None:
        if not fresh:
            for table in ("record_tag", "record_article", "record_link", "record_pseudonym"):
                db.execute(f"DELETE FROM {table} WHERE seq=?", (seq,))  # noqa: S608 - fixed names
        if record.tags:  # (an empty executemany still costs a statement: most records have no links…)
            db.executemany("INSERT OR IGNORE INTO record_tag VALUES (?, ?)", [(seq, t) for t in record.tags])
        if record.articles:
            db.executemany(
                "INSERT OR IGNORE INTO record_article(seq, ref, article) VALUES (?, ?, ?)",
                [(seq, a, article_number(a)) for a in record.articles],
            )
        if record.links:
            db.executemany(
                "INSERT OR IGNORE INTO record_link VALUES (?, ?, ?)",
                [(seq, link.to, link.relation) for link in record.links],
            )
        if record.pseudonyms:
            db.executemany(
                "INSERT OR REPLACE INTO record_pseudonym VALUES (?, ?, ?)",
                [(seq, real, alias) for real, alias in record.pseudonyms.items()],
            )

    @staticmethod
    def _save_version(db: Connection, seq: int, current: Record) -> None:
        db.execute(
            "INSERT INTO record_version VALUES (?, ?, ?, ?, ?)",
            (seq, current.version, current.updated_at, current.updated_by,
             _ROW_JSON.encode(current.to_json())),
        )

    def _load(self, db: Connection, record_id: str) -> Record:
        return self._load_seq(db, record_id)[1]

    def _load_seq(self, db: Connection, record_id: str) -> tuple[int, Record]:
        """The record's row number and the record (RecordNotFound)."""
        row = db.execute(_LOAD, (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(record_id)
        return self._from_row(row)

    def get_page(self, record_ids: Sequence[str]) -> dict[str, Record]:
        """The live records among `record_ids`, by id, read in one statement (for passes over
        many records, such as an export: a page of a few hundred at a time). Ids not found, or of
        records in the bin, are missing from the result."""
        rows = self.db.execute(_LOAD_PAGE, (json.dumps(list(record_ids)),)).fetchall()
        records = (self._from_row(row)[1] for row in rows)
        return {record.id: record for record in records if record.deleted_at is None}

    def get_page_at(self, places: Sequence[tuple[int, str]]) -> dict[str, Record]:
        """`get_page` of the live records among `places` (row number, id: RecordStore.every_consent_row's
        `seq` and `id`), by id, each found by its row number directly, not through the ids'
        index. A record no longer at that row number (purged, another one there since) is missing."""
        expected = dict(places)
        rows = self.db.execute(_LOAD_AT, (json.dumps(list(expected)),)).fetchall()
        found = {}
        for row in rows:
            seq, record = self._from_row(row)
            if expected.get(seq) == record.id and record.deleted_at is None:
                found[record.id] = record
        return found

    def with_history_at(self, seqs: Sequence[int]) -> set[int]:
        """Those of these row numbers (`get_page_at`) whose records have earlier versions."""
        return {row[0] for row in self.db.execute(
            "SELECT DISTINCT seq FROM record_version WHERE seq IN (SELECT value FROM json_each(?))",
            (json.dumps(list(seqs)),))}

    def with_history(self, record_ids: Sequence[str]) -> set[str]:
        """Those of `record_ids` that have earlier versions (`history` is empty for the others),
        in one statement."""
        return {row[0] for row in self.db.execute(
            "SELECT DISTINCT r.id FROM record r JOIN record_version v ON v.seq = r.seq"
            " WHERE r.id IN (SELECT value FROM json_each(?))", (json.dumps(list(record_ids)),))}

    @staticmethod
    def _from_row(row: Sequence[Any]) -> tuple[int, Record]:
        """A row of _LOAD: the record's row number and the record."""
        values = row[:21]
        seq = int(row[21])
        # Most records have no tags, articles, links, pseudonyms or consents: "[]" and "{}" need no parser.
        tags = _json_of(row[22])
        articles = sorted(_json_of(row[23]), key=article_sort_key)
        links = [Link(to, relation) for to, relation in _json_of(row[24])]
        pseudonyms = _json_of(row[25])
        (id_, kind, title, body, date, status, counterpart, country, due_date, sensitivity,
         personal_data, consent, fields, version, created_at, created_by, updated_at, updated_by,
         deleted_at, consents, review_date) = values
        return seq, Record(
            kind=kind, title=title, body=body, date=date, status=status, counterpart=counterpart,
            country=country, due_date=due_date, sensitivity=sensitivity,
            personal_data=bool(personal_data), consent=consent, tags=tags, articles=articles,
            links=links, pseudonyms=pseudonyms, fields=_json_of(fields), id=id_, version=version,
            created_at=created_at, created_by=created_by, updated_at=updated_at,
            updated_by=updated_by, deleted_at=deleted_at,
            consents=consent_data.people_from_json(_json_of(consents)), review_date=review_date,
        )
