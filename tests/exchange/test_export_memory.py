"""Exporting a large vault: the memory of `npmdesk export --all` does not grow with the records.

The real command runs in a child process and its peak resident memory (ru_maxrss) is measured
for N and 2N records with long bodies. Holding the records, their JSON and the gzip in memory
(as export used to) costs several times the vault's text, so doubling the records would add tens
of MB; streaming them through an encrypted spool adds only each record's id and hash.
benchmarks/export_memory.py measures the same at 100,000 records.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import subprocess
import sys

import pytest

from npmdesk.exchange.identity import VaultIdentity
from npmdesk.exchange.importer import preview_package
from npmdesk.exchange.merge import UNCHANGED
from npmdesk.records import Record, RecordStore
from npmdesk.vault import Credential, Secret, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from tests.support.common import PASSPHRASE
from tests.support.doubles import MemoryKeyring

BODY_CHARS = 40_000  # ~40 KB of text per record: N records = N x 40 KB of content
N = 250
WORDS = ("visita", "prisión", "recomendación", "informe", "detención", "seguimiento", "artículo",
         "mecanismo", "entrevista", "condiciones", "celda", "salud", "abogado", "familia")


def fill(path, start, count, seed=7):
    """Add communications number start… to start+count-1, with long, hardly compressible bodies,
    to the vault at `path` (made if missing); returns its age recipient."""
    rng = random.Random(seed + start)  # noqa: S311 - test data
    if not path.exists():
        Vault.create(path, Secret.from_passphrase(PASSPHRASE), npm_name="NPM", user_name="Ana",
                     argon2=TEST_PARAMS, device_keyring=MemoryKeyring())[0].close()
    with Vault.unlock(path, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as vault:
        store = RecordStore(vault)
        for first in range(start, start + count, 100):
            batch = []
            for n in range(first, min(start + count, first + 100)):
                body = " ".join(f"{rng.choice(WORDS)}{rng.randrange(10**6)}" for _ in range(BODY_CHARS // 14))
                batch.append(Record(kind="communication", title=f"Carta {n}", body=body[:BODY_CHARS],
                                    date="2026-03-02", status="sent",
                                    fields={"direction": "sent", "channel": "letter"}))
            store.add_many(batch)
        return VaultIdentity.of(vault).recipient.encode()


def peak_rss_of_export(vault, out, recipient) -> int:
    """Peak resident memory, in bytes, of `npmdesk export --all` run in a child process."""
    env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    env["NPMDESK_PASSPHRASE"] = PASSPHRASE
    proc = subprocess.Popen([sys.executable, "-m", "npmdesk", "export", "--all", "-r", recipient, "-o", str(out),
                             "--vault", str(vault)], env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stdout, stderr = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    assert proc.returncode == 0, stderr.decode()
    assert stdout.decode().startswith("Exported "), stdout
    return usage.ru_maxrss * 1024


@pytest.fixture(scope="module")
def vaults(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export-memory")
    small, large = folder / "vault-n", folder / "vault-2n"
    recipient = fill(small, 0, N)
    shutil.copytree(small, large)
    fill(large, N, N)
    return folder, {N: (small, recipient), 2 * N: (large, recipient)}


def test_export_memory_does_not_grow_with_the_number_of_records(vaults):
    """Twice the records (N x 40 KB more text) adds well under a quarter of that text to peak memory."""
    folder, made = vaults
    peaks = {}
    for count, (vault, recipient) in made.items():
        peaks[count] = peak_rss_of_export(vault, folder / f"out-{count}.age", recipient)
    added_text = N * BODY_CHARS
    growth = peaks[2 * N] - peaks[N]
    assert growth < added_text / 4, (peaks, added_text)  # holding it all costs several times added_text


def test_streamed_export_is_a_complete_package(vaults):
    """The package written through the spool holds every record, each unchanged against the vault
    that wrote it (the hashes the manifest signs match), and nothing is left beside it."""
    folder, made = vaults
    vault, recipient = made[N]
    out = folder / "check.age"
    peak_rss_of_export(vault, out, recipient)
    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as opened, \
            VaultIdentity.of(opened) as identity:
        preview = preview_package(RecordStore(opened), identity, out)
    assert len(preview.manifest.records) == N
    assert preview.plan.count(UNCHANGED) == N
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == sorted(
        f.name for f in folder.iterdir() if f.suffix == ".age")


def test_the_manifest_written_for_many_records_is_the_manifest_format_byte_for_byte():
    """Manifest.to_bytes writes the record list of a large manifest straight into a buffer (not a
    dict per record and the indented JSON encoder); the bytes it gives (and export signs) are the
    manifest document as indented JSON, even when a name holds the text that marks the list."""
    from npmdesk.exchange.manifest import FileEntry, Manifest

    rng = random.Random(3)  # noqa: S311 - test data
    records = {f"{rng.getrandbits(128):032x}": f"{rng.getrandbits(256):064x}" for _ in range(50)}
    manifest = Manifest(
        created_at="2026-11-20T10:00:00+00:00", npm_name='Mécanisme "records": [] national', user_name="Zoë",
        signing_key="npmsig1fdz6wkku20tekfxtp84dpx0fwxq36rmdpq7ax734cxrhzv2z7xtqjfeqyw", age_recipient="age1x",
        recipients=["age1y"], passphrase=False, records=records,
        files=[FileEntry("records.json.gz", 10, "ab" * 32)],
    )
    expected = json.dumps(manifest.document(), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    assert manifest.to_bytes() == expected
    assert manifest.records == records


def test_the_spool_beside_the_package_holds_no_readable_record(tmp_path, monkeypatch):
    """What export writes to its temporary spool (beside the package) is ciphertext: no record text,
    not even compressed, and no spool file is left in the folder."""
    import zlib

    from npmdesk.exchange import spool as spool_module
    from npmdesk.exchange.export import plan_export, write_package
    from tests.support.package_helpers import communication, side

    marker = "QXSPOOL-Заключённый-" * 200
    on_disk: list[bytes] = []
    real_close = spool_module.EncryptedSpool.close

    def close_after_reading(self):
        self._file.seek(0)
        on_disk.append(self._file.read())
        real_close(self)

    monkeypatch.setattr(spool_module.EncryptedSpool, "close", close_after_reading)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with side(tmp_path / "office", "Office NPM", "Ana") as office:
        office.store.add_many([communication(f"Carta {n}", body=marker) for n in range(40)])
        write_package(office.store, office.identity, plan_export(office.store), out_dir / "p.age",
                      recipients=[office.identity.recipient], confirmed=True)
    [data] = on_disk
    assert len(data) > 1000
    assert b"QXSPOOL" not in data and marker.encode() not in data
    for offset in range(0, min(len(data), 4096)):
        with contextlib.suppress(zlib.error):
            assert b"QXSPOOL" not in zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[offset:], 1 << 20)
    assert sorted(p.name for p in out_dir.iterdir()) == ["p.age"]
