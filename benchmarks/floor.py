"""BENCHMARK HELPER, NOT A TEST. The floors that bench_exchange.py compares npmdesk's export and
import with: what the same work costs with nothing of npmdesk in the way.

- bytes' floor of an import: `age -d | tar -x` of the package; of an export: `tar -c | age -r` of
  the same files (the package's members, extracted);
- rows' floor of an import: the bytes' floor plus raw `sqlcipher3` inserting the very rows the
  import wrote (read beforehand from the imported vault: records, tags, articles, links,
  pseudonyms, versions, tombstones, the FTS5 search index's text, attachments and their chunks
  of bytes) into a database with the
  vault's schema and settings (raw key, so no key derivation; WAL, synchronous=FULL,
  secure_delete, …), table by table with `executemany`, in one transaction;
- rows' floor of an export: reading those rows back (raw sqlcipher3), serialising each row but the
  attachments' chunks as a line of JSON and gzipping them (level 6, as the export does) to a
  file, plus the bytes' floor.
Only the insert, read, serialise and compress steps are timed, never the reading of the source
rows or the making of the empty database. For a package that is mostly attachments, the rows'
floor shows what storing the bytes in SQLCipher costs beyond the bytes' floor (the WAL, page
encryption and authentication): no import that keeps attachments in the vault can go below it.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

# The tables an import writes for its records, and the columns in the order they are inserted.
ROW_TABLES: dict[str, str] = {
    "record": "seq, id, kind, title, body, date, status, counterpart, country, due_date, sensitivity, personal_data,"
              " consent, fields, version, created_at, created_by, updated_at, updated_by, deleted_at, conflict,"
              " consents, review_date",
    "record_tag": "seq, tag",
    "record_article": "seq, ref, article",
    "record_link": "seq, target, relation",
    "record_pseudonym": "seq, real_name, alias",
    "record_version": "seq, version, saved_at, saved_by, snapshot",
    "record_tombstone": "id, kind, deleted_at, purged_at, hashes",
    "search_index": "rowid, title, body, extra, attachments",
    "attachment": "seq, id, record_seq, name, media_type, size, sha256, added_at, added_by, text",
    "attachment_chunk": "attachment_seq, n, data",
}
EXPORTED_TABLES = ("record", "record_tag", "record_article", "record_link", "record_pseudonym", "record_version",
                   "attachment")
BATCH = 2_000
BLOB_BATCH = 8  # attachment chunks (1 MiB each) read at a time


def children_cpu() -> float:
    """CPU seconds (user + system) of every child process this one has waited for."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def shell(command: str) -> tuple[float, float]:
    """(seconds, CPU seconds of every process in it) of `bash -c command` (pipefail: any stage
    failing fails it)."""
    start, cpu = time.perf_counter(), children_cpu()
    subprocess.run(["bash", "-c", "set -o pipefail; " + command], check=True)
    return time.perf_counter() - start, children_cpu() - cpu


def untar(package: Path, key: Path, folder: Path) -> tuple[float, float]:
    """The import's bytes' floor: `age -d | tar -x` of `package` into `folder` (made empty)."""
    folder.mkdir(parents=True, exist_ok=True)
    return shell(f"age -d -i '{key}' '{package}' | tar -x -C '{folder}'")


def tar(folder: Path, recipient: str, out: Path) -> tuple[float, float]:
    """The export's bytes' floor: `tar -c | age -r` of `folder`'s files into `out`."""
    out.unlink(missing_ok=True)
    return shell(f"tar -c -C '{folder}' . | age -r '{recipient}' -o '{out}'")


def _batches(source: Any, table: str) -> Iterator[list[tuple[Any, ...]]]:
    cursor = source.execute(f"SELECT {ROW_TABLES[table]} FROM {table}")  # noqa: S608 - fixed names
    while rows := cursor.fetchmany(BLOB_BATCH if table == "attachment_chunk" else BATCH):
        yield rows


def empty_database(path: Path) -> Any:
    """A new database with the vault's schema and settings, keyed with a random raw key."""
    from npmdesk.vault import database, migrations
    from npmdesk.vault.secret import Secret

    db = database.connect(path, Secret.random(32), create=True)
    migrations.migrate(db)
    return db


def insert_rows(source: Any, target: Any) -> tuple[float, float]:
    """(seconds, CPU seconds) raw sqlcipher3 takes to insert `source`'s record rows into `target`,
    in one transaction (only the inserts and the commit are timed)."""
    spent, cpu = 0.0, 0.0
    start, used = time.perf_counter(), time.process_time()
    target.execute("BEGIN IMMEDIATE")
    spent, cpu = spent + time.perf_counter() - start, cpu + time.process_time() - used
    for table, columns in ROW_TABLES.items():
        marks = ", ".join("?" * len(columns.split(",")))
        sql = f"INSERT INTO {table}({columns}) VALUES ({marks})"  # noqa: S608 - fixed names
        for rows in _batches(source, table):
            start, used = time.perf_counter(), time.process_time()
            target.executemany(sql, rows)
            spent, cpu = spent + time.perf_counter() - start, cpu + time.process_time() - used
    start, used = time.perf_counter(), time.process_time()
    target.execute("COMMIT")
    return spent + time.perf_counter() - start, cpu + time.process_time() - used


def read_rows(db: Any, out: Path) -> tuple[float, float]:
    """(Seconds, CPU seconds) to read the exported tables back, serialise each row as JSON and gzip them to `out`,
    and read the attachments' chunks back (a package holds their bytes as they are: tar -c reads
    them from files, so they are only read here)."""
    start, used = time.perf_counter(), time.process_time()
    for _rows in _batches(db, "attachment_chunk"):
        pass
    with gzip.open(out, "wb", compresslevel=6) as sink:
        for table in EXPORTED_TABLES:
            names = [c.strip() for c in ROW_TABLES[table].split(",")]
            for rows in _batches(db, table):
                sink.write("".join(json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False) + "\n"
                                   for row in rows).encode("utf-8"))
    return time.perf_counter() - start, time.process_time() - used


def rows_count(db: Any) -> int:
    return int(db.execute("SELECT count(*) FROM record").fetchone()[0])


def load() -> float:
    """The 1-minute load average."""
    return os.getloadavg()[0]


class Repeating:
    """`size` bytes read from `block` over and over (a source that costs nothing to produce)."""

    def __init__(self, block: bytes, size: int) -> None:
        self._block = memoryview(block)
        self._left = size
        self._at = 0

    def read(self, size: int = -1, /) -> bytes:
        n = min(self._left, len(self._block) - self._at, size if size >= 0 else self._left)
        out = self._block[self._at : self._at + n]
        self._at = (self._at + n) % len(self._block)
        self._left -= n
        return bytes(out)


def write_blobs(db: Any, block: bytes, size: int, chunk: int) -> float:
    """Seconds raw sqlcipher3 takes to store `size` bytes as one attachment row and its chunks of
    `chunk` bytes (the vault's tables), in one transaction, committed."""
    source = Repeating(block, size)
    start = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    seq = db.execute("INSERT INTO attachment(id, record_seq, name, media_type, added_at, added_by)"
                     " VALUES (lower(hex(randomblob(16))), (SELECT min(seq) FROM record), 'raw.bin', '', '', '')"
                     ).lastrowid
    n = 0
    while data := source.read(chunk):
        db.execute("INSERT INTO attachment_chunk(attachment_seq, n, data) VALUES (?, ?, ?)", (seq, n, data))
        n += 1
    db.execute("UPDATE attachment SET size=? WHERE seq=?", (size, seq))
    db.execute("COMMIT")
    return time.perf_counter() - start
