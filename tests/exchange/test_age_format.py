"""The age format on its own: Bech32, keys, header strictness, streaming with flat memory,
damaged files, decrypting to a file, the scrypt work-factor cap, and a property-based round trip."""

from __future__ import annotations

import hashlib
import io
import os
import stat
import threading
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from npmdesk.errors import NpmdeskError
from npmdesk.exchange import age
from npmdesk.exchange.age import bech32, header, pipeline, stanzas, stream
from npmdesk.exchange.age.armor import ArmorWriter
from npmdesk.exchange.age.encoding import b64decode, b64encode
from npmdesk.exchange.age.source import Source
from npmdesk.plain_output import plain_output
from npmdesk.vault.secret import Secret

CHUNK = 64 * 1024
SPEC_IDENTITY = "AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX"
SPEC_RECIPIENT = "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"
LOW_LOG_N = 10


@pytest.fixture(scope="module")
def identity() -> age.X25519Identity:
    return age.generate_identity()


def encrypt_bytes(data: bytes, *, armor: bool = False, **kwargs: object) -> bytes:
    out = io.BytesIO()
    age.encrypt(io.BytesIO(data), out, armor=armor, **kwargs)  # type: ignore[arg-type]
    return out.getvalue()


def decrypt_bytes(data: bytes, **kwargs: object) -> bytes:
    out = io.BytesIO()
    age.decrypt(io.BytesIO(data), out, **kwargs)  # type: ignore[arg-type]
    return out.getvalue()


def payload_start(sealed: bytes) -> int:
    return sealed.index(b"\n--- ") + len(b"\n--- ") + 43 + 1


def passphrase(text: str = "correct horse battery staple") -> Secret:
    return Secret.from_passphrase(text)


# --- Bech32 ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A12UEL5L",
    "a12uel5l",
    "an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs",
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
    "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
])
def test_bech32_accepts_the_bip173_valid_strings(text):
    hrp, _ = bech32.decode(text)
    assert hrp == text[: text.lower().rfind("1")].lower()


@pytest.mark.parametrize("text", [
    "pzry9x0s0muk",  # no separator
    "1pzry9x0s0muk",  # empty human-readable part
    "x1b4n0q5v",  # invalid data character
    "li1dgmt3",  # checksum too short
    "A1G7SGD8",  # checksum computed over the uppercase string
    "A12uEL5L",  # mixed case
    "a12uel5m",  # wrong checksum
    "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxx",
])
def test_bech32_rejects_invalid_strings(text):
    with pytest.raises(ValueError):
        bech32.decode(text)


def test_bech32_has_no_length_limit_and_round_trips():
    data = bytes(range(256)) * 8
    text = bech32.encode("age1pq", data)
    assert len(text) > 90
    assert bech32.decode(text) == ("age1pq", bytearray(data))
    assert bech32.decode(text.upper()) == ("age1pq", bytearray(data))


def test_bech32_rejects_non_zero_padding_bits():
    # 1 byte = 8 bits -> 2 five-bit groups; the last 2 bits are padding and must be zero.
    good = bech32.encode("x", b"\xff")
    assert bech32.decode(good)[1] == b"\xff"
    values = [bech32.CHARSET.index(c) for c in good[2:-6]]
    values[-1] |= 1
    hrp_values = [ord("x") >> 5, 0, ord("x") & 31]
    polymod = bech32._polymod([*hrp_values, *values, 0, 0, 0, 0, 0, 0]) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    bad = "x1" + "".join(bech32.CHARSET[v] for v in values + checksum)
    with pytest.raises(ValueError):
        bech32.decode(bad)


# --- keys ------------------------------------------------------------------------------------


def test_the_specification_example_keys():
    identity = age.X25519Identity.parse(SPEC_IDENTITY)
    assert str(identity.recipient) == SPEC_RECIPIENT
    assert identity.encode() == SPEC_IDENTITY
    assert age.parse_recipient(SPEC_RECIPIENT) == identity.recipient
    assert age.X25519Identity.parse(SPEC_IDENTITY.lower()).recipient == identity.recipient


def test_generated_identities_round_trip_and_differ():
    a, b = age.generate_identity(), age.generate_identity()
    assert a.recipient != b.recipient
    again = age.X25519Identity.parse(a.encode())
    assert again.recipient == a.recipient
    assert a.encode().startswith("AGE-SECRET-KEY-1") and a.encode().isupper()
    assert str(a.recipient).startswith("age1") and str(a.recipient).islower()
    assert a.encode() not in repr(a)


def test_identity_file_text_is_age_keygen_format():
    identity = age.X25519Identity.parse(SPEC_IDENTITY)
    text = identity.to_file_text()
    lines = text.splitlines()
    assert lines[0].startswith("# created: ") and lines[0].endswith("Z")
    assert lines[1] == f"# public key: {SPEC_RECIPIENT}"
    assert lines[2] == SPEC_IDENTITY
    [parsed] = age.parse_identities(text)
    assert parsed.recipient == identity.recipient


def test_identity_files_allow_comments_blank_lines_and_crlf():
    a, b = age.generate_identity(), age.generate_identity()
    text = f"# a comment\r\n\r\n{a.encode()}\r\n\n# another\n{b.encode()}"
    assert [i.recipient for i in age.parse_identities(text)] == [a.recipient, b.recipient]


def test_identity_file_errors_name_the_line_but_never_its_content():
    secret_line = SPEC_IDENTITY[:-1] + "Y"  # bad checksum: could still be someone's secret
    with pytest.raises(age.InvalidIdentity) as caught:
        age.parse_identities(f"# comment\n{SPEC_IDENTITY}\n{secret_line}\n")
    assert "Line 3" in str(caught.value)
    assert secret_line not in str(caught.value) and SPEC_IDENTITY not in str(caught.value)
    with pytest.raises(age.InvalidIdentity):
        age.parse_identities("# only comments\n\n")


@pytest.mark.parametrize(("text", "error"), [
    (SPEC_RECIPIENT, age.InvalidIdentity),  # a public key is not a secret key
    ("AGE-SECRET-KEY-PQ-1XX76JRALNLXDMEW0CRK45QMCCH4X06SE84UN3VPM33W6HWDX0H3SK3ZQFR",
     age.UnsupportedIdentity),
    ("AGE-PLUGIN-YUBIKEY-1QQQQQQ", age.UnsupportedIdentity),
    ("-----BEGIN OPENSSH PRIVATE KEY-----", age.UnsupportedIdentity),
    (SPEC_IDENTITY[:20] + SPEC_IDENTITY[20:].lower(), age.InvalidIdentity),  # mixed case
    ("AGE-SECRET-KEY-1", age.InvalidIdentity),
])
def test_bad_identities(text, error):
    with pytest.raises(error):
        age.X25519Identity.parse(text)


@pytest.mark.parametrize(("text", "error"), [
    (SPEC_IDENTITY, age.InvalidRecipient),
    (SPEC_RECIPIENT[:-1] + "q", age.InvalidRecipient),
    (SPEC_RECIPIENT.upper()[:10] + SPEC_RECIPIENT[10:], age.InvalidRecipient),
    ("age1pq1" + "q" * 60, age.UnsupportedRecipient),
    (bech32.encode("age1yubikey", bytes(33)), age.UnsupportedRecipient),
    (bech32.encode("age1tag", bytes(33)), age.UnsupportedRecipient),
    ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN", age.UnsupportedRecipient),
    (bech32.encode("age", bytes(31)), age.InvalidRecipient),
    ("", age.InvalidRecipient),
])
def test_bad_recipients(text, error):
    with pytest.raises(error):
        age.parse_recipient(text)


def test_recipients_files():
    a, b = age.generate_identity(), age.generate_identity()
    text = f"# team\n{a.recipient}\n\n  {b.recipient}  \n"
    assert age.parse_recipients(text) == [a.recipient, b.recipient]
    with pytest.raises(age.InvalidRecipient, match="Line 2"):
        age.parse_recipients(f"{a.recipient}\nnonsense\n")


def test_errors_are_npmdesk_errors_with_one_line_messages():
    classes = [age.HeaderError, age.HmacFailure, age.NoMatchingIdentity, age.WrongAgePassphrase,
               age.PayloadError, age.ArmorError, age.ScryptTooExpensive, age.InvalidRecipient]
    for cls in classes:
        assert issubclass(cls, NpmdeskError)
        assert "\n" not in str(cls()) and str(cls()).endswith(".")
    assert issubclass(age.ScryptTooExpensive, age.HeaderError)
    assert issubclass(age.WrongAgePassphrase, age.NoMatchingIdentity)
    assert not issubclass(age.HmacFailure, age.HeaderError)


# --- base64 and header -----------------------------------------------------------------------


@pytest.mark.parametrize("size", range(0, 10))
def test_unpadded_base64_round_trips(size):
    data = os.urandom(size)
    assert b64decode(b64encode(data)) == data
    assert "=" not in b64encode(data)


@pytest.mark.parametrize("text", ["AA==", "AB", "A", "AAA\n", "AA\r", "A A", "AA-_", "Zm9vYg="])
def test_base64_rejects_padding_noncanonical_and_stray_characters(text):
    with pytest.raises(ValueError):
        b64decode(text)


def parse_header(data: bytes) -> header.Header:
    return header.parse(Source(io.BytesIO(data)))


@pytest.mark.parametrize("body_size", [0, 1, 31, 32, 47, 48, 49, 95, 96, 97, 200])
def test_stanzas_round_trip_and_end_with_a_short_line(body_size):
    body = os.urandom(body_size)
    stanza = header.Stanza("example.org/test", ("a", "+b/"), body)
    with Secret.random(16) as key:
        raw = header.serialize([stanza], key)
        parsed = parse_header(raw + b"payload")
        parsed.verify_mac(key)
    assert parsed.stanzas == (stanza,)
    lines = raw.split(b"\n")
    assert all(len(line) <= 64 for line in lines[1:-2])
    body_lines = lines[2:-2]
    assert len(body_lines[-1]) < 64
    assert all(len(line) == 64 for line in body_lines[:-1])


def _header_with(stanza_text: bytes) -> bytes:
    return b"age-encryption.org/v1\n" + stanza_text + b"--- " + b"A" * 42 + b"E\n"


@pytest.mark.parametrize("stanza_text", [
    b"",  # no stanza at all
    b"-> X25519\n\n",  # fine so far, but...
])
def test_headers_need_at_least_one_well_formed_stanza(stanza_text):
    data = _header_with(stanza_text)
    if stanza_text:
        parse_header(data)  # well formed (the MAC is checked later)
    else:
        with pytest.raises(age.HeaderError):
            parse_header(data)


@pytest.mark.parametrize("stanza_text", [
    b"-> X25519 \xc3\xa9\n\n",  # non-ASCII argument
    b"-> X25519  two-spaces\n\n",  # empty argument
    b"->X25519\n\n",  # no space after the arrow
    b"-> X25519\n" + b"A" * 64 + b"\n",  # a full line must be followed by a short one
    b"-> X25519\n" + b"A" * 68 + b"\n\n",  # over 64 columns
    b"-> X25519\nAAA=\n",  # padding
    b"-> X25519\nAB\n",  # non-canonical
    b"-> X25519\nAAAA\r\n",  # CR
    b"-> " + b"x" * 70000 + b"\n\n",  # absurdly long argument line
])
def test_malformed_stanzas_are_header_errors(stanza_text):
    with pytest.raises(age.HeaderError):
        parse_header(_header_with(stanza_text))


def test_header_size_is_limited():
    stanza = b"-> grease " + b"x" * 60000 + b"\n\n"
    with pytest.raises(age.HeaderError):
        parse_header(_header_with(stanza * 80))


@pytest.mark.parametrize("data", [
    b"", b"age-encryption.org/v1", b"age-encryption.org/v2\n", b"age-encryption.org/v1\r\n",
    b"\x00" * 100, b"age-encryption.org/v1\n-> X25519\n\n",  # no MAC line
])
def test_not_age_files(data):
    with pytest.raises(age.HeaderError):
        parse_header(data)


def test_the_parser_stops_at_the_payload():
    with Secret.random(16) as key:
        raw = header.serialize([header.Stanza("t", (), b"")], key)
    src = Source(io.BytesIO(raw + b"\n--- payload"))
    parse_header(raw)
    header.parse(src)
    assert src.read(100) == b"\n--- payload"


# --- streaming -------------------------------------------------------------------------------


SIZES = [0, 1, 16, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 1, 3 * CHUNK - 17]


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
@pytest.mark.parametrize("size", SIZES)
def test_round_trip_sizes(identity, size, armor):
    data = os.urandom(size)
    sealed = encrypt_bytes(data, recipients=[identity.recipient], armor=armor)
    assert decrypt_bytes(sealed, identities=[identity]) == data
    if not armor:
        chunks = max(1, -(-size // CHUNK))
        head = payload_start(sealed)
        assert len(sealed) - head == 16 + size + 16 * chunks


BATCH = stream.BATCH  # above one batch, writes go to a thread of their own


@pytest.mark.parametrize("threads", [True, False], ids=["threads", "one-thread"])
@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
@pytest.mark.parametrize("size", [BATCH - 1, BATCH, BATCH + 1, 2 * BATCH, 2 * BATCH + CHUNK, 3 * BATCH + 7])
def test_round_trip_across_batches(identity, size, armor, threads, monkeypatch):
    monkeypatch.setattr(pipeline, "THREADS", threads)
    threads_before = threading.active_count()
    data = os.urandom(size)
    sealed = encrypt_bytes(data, recipients=[identity.recipient], armor=armor)
    assert decrypt_bytes(sealed, identities=[identity]) == data
    assert threading.active_count() == threads_before  # the writer thread is gone


class ThreadLog:
    """A sink that notes which thread made each write, and keeps the bytes."""

    def __init__(self) -> None:
        self.data = bytearray()
        self.threads: list[str] = []

    def write(self, data) -> int:  # type: ignore[no-untyped-def]
        self.threads.append(threading.current_thread().name)
        self.data += data
        return len(data)


@pytest.mark.parametrize(("size", "cpus", "behind"), [
    (BATCH, 2, False),  # one batch: no thread to start
    (3 * BATCH + 1, 2, True),
    (3 * BATCH + 1, 1, False),  # a process allowed on one CPU: the thread would only cost
], ids=["one-batch", "several-batches", "one-cpu"])
def test_writes_go_behind_the_cipher_only_when_it_pays(identity, size, cpus, behind, monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cpus)), raising=False)
    data = os.urandom(size)
    sealed = ThreadLog()
    age.encrypt(io.BytesIO(data), sealed, recipients=[identity.recipient])
    plain = ThreadLog()
    age.decrypt(io.BytesIO(bytes(sealed.data)), plain, identities=[identity])
    assert plain.data == data
    caller = threading.current_thread().name
    for log in (sealed, plain):
        others = {name for name in log.threads if name != caller}
        assert len(others) == (1 if behind else 0), log.threads
        if behind:  # the first batch is written at once, the rest behind, all in order
            assert log.threads[-1] != caller


@pytest.mark.parametrize("threads", [True, False], ids=["threads", "one-thread"])
def test_output_goes_out_in_writes_of_at_most_max_write_bytes(identity, threads, monkeypatch):
    """1 MiB writes at 1 MiB-aligned offsets cost Linux far more than 512 KiB ones (pipeline's
    docstring): whatever the batch size, no write is larger than MAX_WRITE."""
    monkeypatch.setattr(pipeline, "THREADS", threads)
    data = os.urandom(3 * BATCH + 7)
    sizes: list[int] = []

    class Sizes(ThreadLog):
        def write(self, chunk) -> int:  # type: ignore[no-untyped-def]
            sizes.append(len(chunk))
            return super().write(chunk)

    sealed = Sizes()
    age.encrypt(io.BytesIO(data), sealed, recipients=[identity.recipient])
    plain = Sizes()
    age.decrypt(io.BytesIO(bytes(sealed.data)), plain, identities=[identity])
    assert plain.data == data
    assert max(sizes) <= pipeline.MAX_WRITE < BATCH


@pytest.mark.parametrize("threads", [True, False], ids=["threads", "one-thread"])
def test_damage_in_a_later_batch_releases_exactly_the_chunks_before(identity, threads, monkeypatch):
    monkeypatch.setattr(pipeline, "THREADS", threads)
    data = os.urandom(3 * BATCH)
    sealed = encrypt_bytes(data, recipients=[identity.recipient])
    start = payload_start(sealed) + 16
    for chunk in (0, 7, 8, 9, 17, 23):
        damaged = bytearray(sealed)
        damaged[start + chunk * (CHUNK + 16) + 5] ^= 1
        out = io.BytesIO()
        with pytest.raises(age.PayloadError):
            age.decrypt(io.BytesIO(bytes(damaged)), out, identities=[identity])
        assert out.getvalue() == data[: chunk * CHUNK]
    # Cut at a batch boundary: everything before is released, then the missing end is found.
    cut = start + 2 * stream.BATCH_CHUNKS * (CHUNK + 16)
    out = io.BytesIO()
    with pytest.raises(age.PayloadError):
        age.decrypt(io.BytesIO(sealed[:cut]), out, identities=[identity])
    assert out.getvalue() == data[: 2 * BATCH]


def test_trailing_data_after_a_batch_aligned_last_chunk(identity):
    data = os.urandom(2 * BATCH)  # the last chunk is full and ends the second batch exactly
    sealed = encrypt_bytes(data, recipients=[identity.recipient])
    out = io.BytesIO()
    with pytest.raises(age.PayloadError):
        age.decrypt(io.BytesIO(sealed + b"x"), out, identities=[identity])
    assert out.getvalue() == data


class FailingWriter:
    def __init__(self, limit: int) -> None:
        self.written = 0
        self.limit = limit

    def write(self, data) -> int:  # type: ignore[no-untyped-def]
        if self.written + len(data) > self.limit:
            raise OSError(28, "No space left on device")
        self.written += len(data)
        return len(data)


class FailingReader(io.RawIOBase):
    def __init__(self, limit: int) -> None:
        self.left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        if self.left <= 0:
            raise OSError(5, "Input/output error")
        n = min(len(buf), self.left)
        buf[:n] = bytes(n)
        self.left -= n
        return n


@pytest.mark.parametrize("limit", [100, BATCH + 10, 3 * BATCH])
def test_write_errors_stop_the_work_and_surface(identity, limit):
    threads = threading.active_count()
    with pytest.raises(OSError, match="No space"):
        age.encrypt(Pattern(5 * BATCH), FailingWriter(limit), recipients=[identity.recipient])
    sealed = encrypt_bytes(os.urandom(5 * BATCH), recipients=[identity.recipient])
    with pytest.raises(OSError, match="No space"):
        age.decrypt(io.BytesIO(sealed), FailingWriter(limit), identities=[identity])
    assert threading.active_count() == threads


@pytest.mark.parametrize("limit", [10, BATCH + 10, 3 * BATCH])
def test_read_errors_surface(identity, limit):
    threads = threading.active_count()
    with pytest.raises(OSError, match="Input/output"):
        age.encrypt(FailingReader(limit), io.BytesIO(), recipients=[identity.recipient])
    assert threading.active_count() == threads


def test_armor_layout(identity):
    for size in (0, 1, 100, 3 * CHUNK):
        text = encrypt_bytes(os.urandom(size), recipients=[identity.recipient], armor=True)
        lines = text.split(b"\n")
        assert lines[0] == b"-----BEGIN AGE ENCRYPTED FILE-----"
        assert lines[-2:] == [b"-----END AGE ENCRYPTED FILE-----", b""]
        body = lines[1:-2]
        assert all(len(line) == 64 for line in body[:-1])
        assert 0 < len(body[-1]) <= 64


@pytest.mark.parametrize("bad", [b"*", b"-", b" ", b"\x00", b"=", b"\xc3", b"\n"])
def test_a_bad_character_deep_inside_long_armor_is_refused(identity, bad):
    """Lines in the middle of a large armored file are decoded many at a time: still strictly."""
    text = bytearray(encrypt_bytes(os.urandom(5 * CHUNK), recipients=[identity.recipient], armor=True))
    middle = len(text) // 2
    middle += 3 if text[middle] != ord("\n") else 4
    text[middle : middle + 1] = bad
    with pytest.raises(age.ArmorError):
        age.decrypt(io.BytesIO(bytes(text)), io.BytesIO(), identities=[identity])


@given(st.lists(st.integers(min_value=0, max_value=200), max_size=20))
@settings(max_examples=50, deadline=None)
def test_armor_writer_output_does_not_depend_on_write_sizes(sizes):
    data = bytes(range(256)) * 20
    one = io.BytesIO()
    writer = ArmorWriter(one)
    writer.write(data)
    writer.close()
    pieces = io.BytesIO()
    writer = ArmorWriter(pieces)
    pos = 0
    for size in sizes:
        writer.write(data[pos : pos + size])
        pos += size
    writer.write(data[pos:])
    writer.close()
    assert pieces.getvalue() == one.getvalue()


class Pattern(io.RawIOBase):
    """`size` pseudo-random bytes, generated as they are read (never held in memory)."""

    BLOCK = hashlib.sha256(b"pattern").digest() * 4096  # 128 KiB: any 64 KiB window

    def __init__(self, size: int) -> None:
        self.left = size
        self.pos = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        start = self.pos % CHUNK
        n = min(len(buf), self.left, CHUNK)
        buf[:n] = self.BLOCK[start : start + n]
        self.left -= n
        self.pos += n
        return n


class HashSink:
    def __init__(self) -> None:
        self.hash = hashlib.sha256()
        self.size = 0

    def write(self, data) -> int:  # type: ignore[no-untyped-def]
        self.hash.update(data)
        self.size += len(data)
        return len(data)


def expected_hash(size: int) -> str:
    h = hashlib.sha256()
    src = Pattern(size)
    buf = bytearray(CHUNK)
    while n := src.readinto(buf):
        h.update(buf[:n])
    return h.hexdigest()


def _peaks(tmp_path: Path, identity: age.X25519Identity, size: int, armor: bool) -> tuple[int, int]:
    """tracemalloc peaks (bytes) while encrypting `size` bytes to a file, then decrypting it."""
    sealed = tmp_path / f"{size}.age"
    tracemalloc.start()
    try:
        with open(sealed, "wb") as out:
            age.encrypt(Pattern(size), out, recipients=[identity.recipient], armor=armor)
        _, encrypt_peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        sink = HashSink()
        with open(sealed, "rb") as src:
            age.decrypt(src, sink, identities=[identity])
        _, decrypt_peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size == size and sink.hash.hexdigest() == expected_hash(size)
    sealed.unlink()
    return encrypt_peak, decrypt_peak


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_memory_stays_flat_on_a_20_mb_stream(tmp_path, identity, armor):
    """A fixed pool of buffers (1 MiB read, 3 x 1 MiB written behind, about 4.2 MB in all):
    20 MB need no more memory than 4 MB do."""
    small = _peaks(tmp_path, identity, 4 * 1024 * 1024, armor)
    large = _peaks(tmp_path, identity, 20 * 1024 * 1024, armor)
    for what, small_peak, large_peak in zip(("encrypting", "decrypting"), small, large, strict=True):
        assert large_peak < 5 * 1024 * 1024, f"{what} 20 MB used {large_peak} bytes"
        assert large_peak - small_peak < 256 * 1024, f"{what}: {small_peak} bytes for 4 MB, {large_peak} for 20"


class Trickle(io.RawIOBase):
    """A pipe-like reader that returns at most a few bytes per read."""

    def __init__(self, data: bytes, step: int) -> None:
        self.data = data
        self.pos = 0
        self.step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:  # type: ignore[no-untyped-def]
        n = min(len(buf), self.step, len(self.data) - self.pos)
        buf[:n] = self.data[self.pos : self.pos + n]
        self.pos += n
        return n


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=300),
        st.integers(0, 3 * CHUNK).map(lambda n: (bytes(range(256)) * (n // 256 + 1))[:n]),
    ),
    armor=st.booleans(),
    step=st.integers(min_value=1, max_value=100_000),
)
def test_hypothesis_round_trip(identity, data, armor, step):
    sealed = encrypt_bytes(data, recipients=[identity.recipient], armor=armor)
    out = io.BytesIO()
    age.decrypt(io.BufferedReader(Trickle(sealed, step)), out, identities=[identity])
    assert out.getvalue() == data
    out = io.BytesIO()
    age.encrypt(Trickle(data, step), out, recipients=[identity.recipient], armor=armor)
    assert decrypt_bytes(out.getvalue(), identities=[identity]) == data


# --- damaged files ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def three_chunks(identity) -> tuple[bytes, bytes]:
    data = os.urandom(2 * CHUNK + 1000)
    return data, encrypt_bytes(data, recipients=[identity.recipient])


def test_truncation_anywhere_fails(identity, three_chunks):
    _, sealed = three_chunks
    head = payload_start(sealed)
    cuts = {
        5: age.HeaderError, head - 1: age.HeaderError, head: age.HeaderError,
        head + 15: age.HeaderError, head + 16: age.PayloadError, head + 100: age.PayloadError,
        head + 16 + CHUNK + 16: age.PayloadError, len(sealed) - 1: age.PayloadError,
        len(sealed) - 16: age.PayloadError,
    }
    for cut, error in cuts.items():
        with pytest.raises(error):
            decrypt_bytes(sealed[:cut], identities=[identity])


def test_a_flipped_bit_anywhere_fails(identity, three_chunks):
    _, sealed = three_chunks
    head = payload_start(sealed)
    for pos in [0, 30, 60, 80, head - 5, head + 3, head + 20, head + CHUNK, len(sealed) - 1]:
        damaged = bytearray(sealed)
        damaged[pos] ^= 0x04
        with pytest.raises((age.HeaderError, age.HmacFailure, age.NoMatchingIdentity,
                            age.PayloadError)):
            decrypt_bytes(bytes(damaged), identities=[identity])


def test_only_authenticated_chunks_are_released(identity, three_chunks):
    data, sealed = three_chunks
    head = payload_start(sealed)
    damaged = bytearray(sealed)
    damaged[head + 16 + (CHUNK + 16) + 100] ^= 1  # inside the second chunk
    out = io.BytesIO()
    with pytest.raises(age.PayloadError):
        age.decrypt(io.BytesIO(bytes(damaged)), out, identities=[identity])
    assert out.getvalue() == data[:CHUNK]


def test_trailing_data_after_the_last_chunk_fails(identity, three_chunks):
    _, sealed = three_chunks
    with pytest.raises(age.PayloadError):
        decrypt_bytes(sealed + b"\x00", identities=[identity])


def test_the_header_mac_binds_the_stanzas(identity):
    other = age.generate_identity()
    sealed = encrypt_bytes(b"hello", recipients=[identity.recipient, other.recipient])
    lines = sealed.split(b"\n")
    # Drop the second recipient's stanza: the file key still unwraps, the MAC no longer matches.
    tampered = b"\n".join(lines[:3] + lines[5:])
    with pytest.raises(age.HmacFailure):
        decrypt_bytes(tampered, identities=[identity])


def test_wrong_identity_is_no_match(identity):
    sealed = encrypt_bytes(b"hello", recipients=[identity.recipient])
    with pytest.raises(age.NoMatchingIdentity):
        decrypt_bytes(sealed, identities=[age.generate_identity()])
    assert decrypt_bytes(sealed, identities=[age.generate_identity(), identity]) == b"hello"


def test_encrypting_to_a_low_order_point_is_refused():
    with pytest.raises(age.InvalidRecipient):
        encrypt_bytes(b"x", recipients=[age.X25519Recipient(bytes(32))])


def test_encrypt_needs_exactly_one_kind_of_recipient(identity):
    with pytest.raises(ValueError):
        encrypt_bytes(b"x")
    with pytest.raises(ValueError):
        encrypt_bytes(b"x", recipients=[identity.recipient], passphrase=passphrase())


def test_recipients_may_be_given_as_text(identity):
    sealed = encrypt_bytes(b"text", recipients=[str(identity.recipient)])
    assert decrypt_bytes(sealed, identities=[identity]) == b"text"


# --- decrypting to a file (as `npmdesk age -d -o` does) ---------------------------------------


def decrypt_to_path(src: io.BytesIO, out: Path, **kwargs: object) -> None:
    """Decrypt into a file that appears only once everything verified (npmdesk/plain_output.py)."""
    with plain_output(out, replace=True) as sink:
        age.decrypt(src, sink, **kwargs)  # type: ignore[arg-type]


def test_decrypt_to_path_writes_a_private_file(tmp_path, identity):
    sealed = encrypt_bytes(b"secret report", recipients=[identity.recipient])
    out = tmp_path / "report.txt"
    decrypt_to_path(io.BytesIO(sealed), out, identities=[identity])
    assert out.read_bytes() == b"secret report"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.txt"]


@pytest.mark.parametrize("damage", ["payload", "header", "identity"])
def test_failed_decrypt_to_path_leaves_nothing(tmp_path, identity, three_chunks, damage):
    _, sealed = three_chunks
    damaged = bytearray(sealed)
    keys = [identity]
    if damage == "payload":
        damaged[-100] ^= 1  # the last chunk: two good chunks were written to the temporary file
    elif damage == "header":
        damaged[2] ^= 1
    else:
        keys = [age.generate_identity()]
    out = tmp_path / "out.bin"
    with pytest.raises(age.AgeError):
        decrypt_to_path(io.BytesIO(bytes(damaged)), out, identities=keys)
    assert list(tmp_path.iterdir()) == []


def test_failed_decrypt_to_path_keeps_an_existing_file(tmp_path, identity, three_chunks):
    _, sealed = three_chunks
    out = tmp_path / "out.bin"
    out.write_bytes(b"previous")
    with pytest.raises(age.PayloadError):
        decrypt_to_path(io.BytesIO(sealed[:-1]), out, identities=[identity])
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


# --- passphrases and the scrypt cap ----------------------------------------------------------


def test_passphrase_round_trip_and_wrong_passphrase():
    sealed = encrypt_bytes(b"by passphrase", passphrase=passphrase(), scrypt_log_n=LOW_LOG_N)
    assert f" {LOW_LOG_N}\n".encode() in sealed.split(b"\n--- ")[0]
    assert decrypt_bytes(sealed, passphrase=passphrase()) == b"by passphrase"
    with pytest.raises(age.WrongAgePassphrase):
        decrypt_bytes(sealed, passphrase=passphrase("wrong"))


def test_passphrase_callable_is_asked_only_when_needed(identity):
    asked: list[int] = []

    def ask() -> Secret:
        asked.append(1)
        return passphrase()

    keyed = encrypt_bytes(b"k", recipients=[identity.recipient])
    assert decrypt_bytes(keyed, identities=[identity], passphrase=ask) == b"k"
    assert asked == []
    with pytest.raises(age.NotPassphraseProtected):
        decrypt_bytes(keyed, passphrase=ask)
    assert asked == []
    sealed = encrypt_bytes(b"p", passphrase=passphrase(), scrypt_log_n=LOW_LOG_N)
    assert decrypt_bytes(sealed, passphrase=ask) == b"p"
    assert asked == [1]
    with pytest.raises(age.PassphraseRequired):
        decrypt_bytes(sealed, identities=[identity])


def _scrypt_file(log_n: str) -> bytes:
    """A well-formed scrypt header claiming work factor `log_n` (never derived)."""
    with Secret.random(16) as key:
        stanza = header.Stanza("scrypt", (b64encode(os.urandom(16)), log_n), os.urandom(32))
        return header.serialize([stanza], key) + os.urandom(16 + 16)


@pytest.mark.parametrize("log_n", ["23", "30", "64", "99", "123456789012345678901234567890"])
def test_scrypt_work_factor_above_22_is_refused_at_once(log_n):
    with pytest.raises(age.ScryptTooExpensive):
        decrypt_bytes(_scrypt_file(log_n), passphrase=passphrase())


def test_scrypt_cap_can_be_lowered():
    sealed = encrypt_bytes(b"x", passphrase=passphrase(), scrypt_log_n=12)
    with pytest.raises(age.ScryptTooExpensive):
        decrypt_bytes(sealed, passphrase=passphrase(), max_scrypt_log_n=11)
    assert decrypt_bytes(sealed, passphrase=passphrase(), max_scrypt_log_n=12) == b"x"


@pytest.mark.parametrize("log_n", [0, 23])
def test_encryption_work_factor_must_be_readable(log_n):
    with pytest.raises(ValueError):
        encrypt_bytes(b"x", passphrase=passphrase(), scrypt_log_n=log_n)


def test_scrypt_stanza_must_be_alone(identity):
    with Secret.random(16) as key:
        scrypt = stanzas.wrap_scrypt(passphrase(), key, LOW_LOG_N)
        x25519 = stanzas.wrap_x25519(identity.recipient, key)
        mixed = header.serialize([x25519, scrypt], key) + os.urandom(32)
    with pytest.raises(age.HeaderError):
        decrypt_bytes(mixed, identities=[identity])
    with pytest.raises(age.HeaderError):
        decrypt_bytes(mixed, passphrase=passphrase())


def test_stream_module_constants():
    assert stream.CHUNK_SIZE == CHUNK
    assert stream.ENCRYPTED_CHUNK_SIZE == CHUNK + 16


def test_decrypt_from_a_path_like_file(tmp_path: Path, identity):
    sealed = tmp_path / "f.age"
    sealed.write_bytes(encrypt_bytes(b"on disk", recipients=[identity.recipient], armor=True))
    with open(sealed, "rb") as src:
        assert decrypt_bytes(src.read(), identities=[identity]) == b"on disk"
    with open(sealed, "rb") as src:
        out = io.BytesIO()
        age.decrypt(src, out, identities=[identity])
        assert out.getvalue() == b"on disk"
