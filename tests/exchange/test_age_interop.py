"""Interoperability with the real `age` and `age-keygen` tools, both ways: keys, X25519 files
(binary and armored, sizes around the 64 KiB chunk and a few MB), passphrase files (typed at a
pseudo-terminal, since age reads passphrases only from a terminal), and the `npmdesk age`
command with the age tool's flags."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from npmdesk.exchange import age
from npmdesk.exchange.age import stream
from npmdesk.vault.secret import Secret
from tests.support.terminal import run_in_terminal

CHUNK = 64 * 1024
BATCH = stream.BATCH  # plaintext read and ciphered at once; the write of the next goes to a thread
SIZES = [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, BATCH - 1, BATCH, BATCH + 1, 3 * BATCH - 1, 3 * BATCH,
         3 * BATCH + 1]
PASSPHRASE = "interop passphrase, typed"
TIMEOUT = 60


@pytest.fixture(scope="module")
def tools() -> dict[str, str]:
    found = {name: shutil.which(name) for name in ("age", "age-keygen")}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        pytest.fail(
            f"the {' and '.join(missing)} tool is missing: run `make test`, which installs it "
            "(Debian package 'age')", pytrace=False,
        )
    return {name: str(path) for name, path in found.items()}


@pytest.fixture(scope="module")
def keys(tools, tmp_path_factory) -> tuple[Path, age.X25519Identity]:
    """A key made by age-keygen, as a file and as npmdesk parsed it."""
    key_file = tmp_path_factory.mktemp("keys") / "key.txt"
    subprocess.run([tools["age-keygen"], "-o", str(key_file)], check=True, capture_output=True,
                   timeout=TIMEOUT)
    [identity] = age.parse_identities(key_file.read_text())
    return key_file, identity


def run(cmd: Sequence[str | Path], stdin: bytes | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    full_env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    full_env.update(env or {})
    return subprocess.run([str(c) for c in cmd], input=stdin, capture_output=True, env=full_env,
                          timeout=TIMEOUT, check=False)


def npmdesk_age(*args: str | Path, stdin: bytes | None = None,
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """The real command, `python -m npmdesk age ...`."""
    proc = run([sys.executable, "-m", "npmdesk", "age", *args], stdin=stdin, env=env)
    assert proc.returncode != 97, f"network access attempted: {proc.stderr!r}"
    return proc


def checked(proc: subprocess.CompletedProcess[bytes]) -> bytes:
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    return proc.stdout


def data_of(size: int) -> bytes:
    return os.urandom(size)


# --- a pseudo-terminal for passphrase prompts --------------------------------------------------




# --- keys ------------------------------------------------------------------------------------


def test_age_keygen_keys_parse_to_the_same_recipient(tools, keys):
    key_file, identity = keys
    public = checked(run([tools["age-keygen"], "-y", key_file])).decode().strip()
    assert public == str(identity.recipient)
    assert f"# public key: {public}" in key_file.read_text()


def test_npmdesk_key_files_are_read_by_age_keygen(tools, tmp_path):
    identity = age.generate_identity()
    key_file = tmp_path / "mine.txt"
    key_file.write_text(identity.to_file_text())
    assert checked(run([tools["age-keygen"], "-y", key_file])).decode().strip() == str(identity.recipient)


# --- X25519 files, both ways -----------------------------------------------------------------


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
@pytest.mark.parametrize("size", SIZES)
def test_npmdesk_files_open_with_age(tools, keys, tmp_path, size, armor):
    key_file, identity = keys
    data = data_of(size)
    sealed = tmp_path / "f.age"
    with open(sealed, "wb") as out:
        age.encrypt(io.BytesIO(data), out, recipients=[identity.recipient], armor=armor)
    # (to standard output: with -o, age creates no file at all for an empty plaintext)
    assert checked(run([tools["age"], "-d", "-i", key_file, sealed])) == data


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
@pytest.mark.parametrize("size", SIZES)
def test_age_files_open_with_npmdesk(tools, keys, tmp_path, size, armor):
    _, identity = keys
    data = data_of(size)
    source = tmp_path / "f.bin"
    source.write_bytes(data)
    sealed = tmp_path / "f.age"
    checked(run([tools["age"], "-r", str(identity.recipient), *(["-a"] if armor else []),
                 "-o", sealed, source]))
    assert sealed.read_bytes().startswith(b"-----BEGIN AGE" if armor else b"age-encryption.org/v1\n")
    out = io.BytesIO()
    with open(sealed, "rb") as src:
        age.decrypt(src, out, identities=[identity])
    assert out.getvalue() == data


def test_several_recipients_both_ways(tools, keys, tmp_path):
    key_file, identity = keys
    others = [age.generate_identity() for _ in range(2)]
    data = data_of(CHUNK + 7)
    ours = tmp_path / "ours.age"
    with open(ours, "wb") as out:
        age.encrypt(io.BytesIO(data), out, recipients=[o.recipient for o in others] + [identity.recipient])
    assert checked(run([tools["age"], "-d", "-i", key_file, ours])) == data
    theirs = checked(run([tools["age"], "-r", str(others[0].recipient), "-r", str(identity.recipient)],
                         stdin=data))
    out = io.BytesIO()
    age.decrypt(io.BytesIO(theirs), out, identities=[age.generate_identity(), identity])
    assert out.getvalue() == data


def test_age_rejects_a_damaged_npmdesk_file_and_vice_versa(tools, keys, tmp_path):
    key_file, identity = keys
    data = data_of(3 * CHUNK)
    buf = io.BytesIO()
    age.encrypt(io.BytesIO(data), buf, recipients=[identity.recipient])
    damaged = bytearray(buf.getvalue())
    damaged[-CHUNK] ^= 1
    sealed = tmp_path / "damaged.age"
    sealed.write_bytes(bytes(damaged))
    assert run([tools["age"], "-d", "-i", key_file, "-o", tmp_path / "x", sealed]).returncode != 0
    with pytest.raises(age.PayloadError):
        age.decrypt(io.BytesIO(bytes(damaged)), io.BytesIO(), identities=[identity])


# --- passphrases, both ways (age asks at the terminal) -----------------------------------------


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_npmdesk_passphrase_files_open_with_age(tools, tmp_path, armor):
    data = data_of(CHUNK + 1)
    sealed = tmp_path / "p.age"
    with open(sealed, "wb") as out, Secret.from_passphrase(PASSPHRASE) as secret:
        age.encrypt(io.BytesIO(data), out, passphrase=secret, armor=armor, scrypt_log_n=10)
    plain = tmp_path / "p.out"
    result = run_in_terminal([tools["age"], "-d", "-o", plain, sealed], [PASSPHRASE])
    assert result.status == 0, result.output
    assert plain.read_bytes() == data


@pytest.fixture(scope="module")
def age_passphrase_files(tools, tmp_path_factory) -> dict[bool, tuple[bytes, Path]]:
    """{armored: (plaintext, file)} made by `age -p` (work factor 2^18), typed at a terminal."""
    folder = tmp_path_factory.mktemp("age-p")
    data = data_of(CHUNK + 1)
    source = folder / "p.bin"
    source.write_bytes(data)
    files = {}
    for armor in (False, True):
        sealed = folder / f"p{'-armored' if armor else ''}.age"
        result = run_in_terminal(
            [tools["age"], "-p", *(["-a"] if armor else []), "-o", sealed, source], [PASSPHRASE, PASSPHRASE]
        )
        assert result.status == 0, result.output
        files[armor] = (data, sealed)
    return files


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_age_passphrase_files_open_with_npmdesk(age_passphrase_files, armor):
    data, sealed = age_passphrase_files[armor]
    assert sealed.read_bytes().startswith(b"-----BEGIN AGE" if armor else b"age-encryption.org/v1\n-> scrypt ")
    out = io.BytesIO()
    with open(sealed, "rb") as src, Secret.from_passphrase(PASSPHRASE) as secret:
        age.decrypt(src, out, passphrase=secret)
    assert out.getvalue() == data


# --- the `npmdesk age` command (same flags as age) ---------------------------------------------


def test_cli_encrypts_for_age_and_decrypts_age_files(tools, keys, tmp_path):
    key_file, identity = keys
    data = data_of(2 * CHUNK + 3)
    source = tmp_path / "in.bin"
    source.write_bytes(data)
    ours = tmp_path / "ours.age"
    checked(npmdesk_age("-r", str(identity.recipient), "-o", ours, source))
    assert checked(run([tools["age"], "-d", "-i", key_file, ours])) == data

    theirs = tmp_path / "theirs.age"
    checked(run([tools["age"], "-a", "-r", str(identity.recipient), "-o", theirs, source]))
    plain = tmp_path / "plain.bin"
    checked(npmdesk_age("-d", "-i", key_file, "-o", plain, theirs))
    assert plain.read_bytes() == data
    assert checked(npmdesk_age("--decrypt", "--identity", key_file, theirs)) == data


@pytest.mark.parametrize("size", [BATCH, 2 * BATCH + 1])
def test_cli_files_across_batches_both_ways(tools, keys, tmp_path, size):
    """Files on disk, as the benchmark runs them: several batches, written behind the cipher."""
    key_file, identity = keys
    data = data_of(size)
    source = tmp_path / "in.bin"
    source.write_bytes(data)
    ours, theirs = tmp_path / "ours.age", tmp_path / "theirs.age"
    checked(npmdesk_age("-r", str(identity.recipient), "-o", ours, source))
    checked(run([tools["age"], "-d", "-i", key_file, "-o", tmp_path / "a.out", ours]))
    assert (tmp_path / "a.out").read_bytes() == data
    checked(run([tools["age"], "-r", str(identity.recipient), "-o", theirs, source]))
    checked(npmdesk_age("-d", "-i", key_file, "-o", tmp_path / "n.out", theirs))
    assert (tmp_path / "n.out").read_bytes() == data


def test_cli_pipes_stdin_to_stdout(tools, keys):
    key_file, identity = keys
    data = data_of(CHUNK + 11)
    armored = checked(npmdesk_age("-a", "-r", str(identity.recipient), stdin=data))
    assert armored.startswith(b"-----BEGIN AGE ENCRYPTED FILE-----\n")
    assert checked(run([tools["age"], "-d", "-i", key_file], stdin=armored)) == data
    theirs = checked(run([tools["age"], "-r", str(identity.recipient)], stdin=data))
    assert checked(npmdesk_age("-d", "-i", key_file, "-", stdin=theirs)) == data


def test_cli_recipients_files_and_encrypting_to_identities(tools, keys, tmp_path):
    key_file, identity = keys
    other = age.generate_identity()
    recipients = tmp_path / "recipients.txt"
    recipients.write_text(f"# the office\n{other.recipient}\n\n{identity.recipient}\n")
    sealed = checked(npmdesk_age("-R", recipients, stdin=b"to a list"))
    assert checked(run([tools["age"], "-d", "-i", key_file], stdin=sealed)) == b"to a list"
    sealed = checked(npmdesk_age("-e", "-i", key_file, stdin=b"to my own key"))
    assert checked(run([tools["age"], "-d", "-i", key_file], stdin=sealed)) == b"to my own key"


def test_cli_passphrase_from_the_environment(tools, tmp_path):
    env = {"NPMDESK_PASSPHRASE": PASSPHRASE}
    sealed = tmp_path / "env.age"
    checked(npmdesk_age("-p", "-o", sealed, stdin=b"env secret", env=env))
    assert checked(npmdesk_age("-d", sealed, env=env)) == b"env secret"
    result = run_in_terminal([tools["age"], "-d", "-o", tmp_path / "out", sealed], [PASSPHRASE])
    assert result.status == 0, result.output
    assert (tmp_path / "out").read_bytes() == b"env secret"
    wrong = npmdesk_age("-d", sealed, env={"NPMDESK_PASSPHRASE": "nope"})
    assert wrong.returncode == 2 and b"Wrong passphrase" in wrong.stderr


def test_cli_passphrase_typed_at_the_terminal_both_ways(tools, tmp_path, age_passphrase_files):
    data = data_of(CHUNK + 5)
    source = tmp_path / "in.bin"
    source.write_bytes(data)
    ours = tmp_path / "ours.age"
    typed = run_in_terminal([sys.executable, "-m", "npmdesk", "age", "-p", "-a", "-o", ours, source],
                            [PASSPHRASE, PASSPHRASE])
    assert typed.status == 0, typed.output
    assert typed.output.count("passphrase:") == 2  # asked twice when encrypting
    result = run_in_terminal([tools["age"], "-d", "-o", tmp_path / "a.out", ours], [PASSPHRASE])
    assert result.status == 0, result.output
    assert (tmp_path / "a.out").read_bytes() == data

    data, theirs = age_passphrase_files[False]
    typed = run_in_terminal([sys.executable, "-m", "npmdesk", "age", "-d", "-o", tmp_path / "n.out", theirs],
                            [PASSPHRASE])
    assert typed.status == 0, typed.output
    assert typed.output.count("passphrase:") == 1
    assert (tmp_path / "n.out").read_bytes() == data


def test_cli_passphrases_that_differ_are_refused(tmp_path):
    typed = run_in_terminal([sys.executable, "-m", "npmdesk", "age", "-p", "-o", tmp_path / "x.age",
                             "/dev/null"], [PASSPHRASE, PASSPHRASE + "!"])
    assert typed.status == 2
    assert "do not match" in typed.output
    assert not (tmp_path / "x.age").exists()


def test_cli_refuses_binary_output_to_a_terminal(keys, tmp_path):
    _, identity = keys
    typed = run_in_terminal([sys.executable, "-m", "npmdesk", "age", "-r", str(identity.recipient),
                             "/dev/null"], [])
    assert typed.status == 2
    assert "Refusing to write binary" in typed.output
    typed = run_in_terminal([sys.executable, "-m", "npmdesk", "age", "-a", "-r", str(identity.recipient),
                             "/dev/null"], [])
    assert typed.status == 0, typed.output
    assert "-----BEGIN AGE ENCRYPTED FILE-----" in typed.output


def test_cli_without_a_terminal_or_passphrase_says_so(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "npmdesk", "age", "-p"], input=b"data", capture_output=True,
        env={k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"},
        start_new_session=True, timeout=TIMEOUT, check=False,  # no controlling terminal
    )
    assert proc.returncode == 2
    assert b"NPMDESK_PASSPHRASE" in proc.stderr


def test_cli_failed_decryption_leaves_no_file(tools, keys, tmp_path):
    key_file, identity = keys
    data = data_of(3 * CHUNK)
    sealed = checked(run([tools["age"], "-r", str(identity.recipient)], stdin=data))
    damaged = tmp_path / "damaged.age"
    damaged.write_bytes(sealed[:-1])
    out = tmp_path / "out.bin"
    proc = npmdesk_age("-d", "-i", key_file, "-o", out, damaged)
    assert proc.returncode == 2
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "nothing was kept" in lines[0], proc.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.age"]
    streamed = npmdesk_age("-d", "-i", key_file, damaged)
    assert streamed.returncode == 2 and b"must not be trusted" in streamed.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["-d", "-r", "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"], "-r/-R"),
    (["-d", "-a"], "armor is detected"),
    (["-d", "-p"], "-p/--passphrase"),
    (["-e", "-d"], "cannot be used together"),
    ([], "Missing recipients"),
    (["-p", "-r", "age1zvkyg2lqzraa2lnjvqej32nkuu0ues2s82hzrye869xeexvn73equnujwj"], "cannot be combined"),
    (["-r", "age1nonsense"], "not a valid age recipient"),
    (["-r", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHsKLqeplhpW+uObz5dvMgjz1OxfM/XXUB+VHtZ6isGN"], "not supported"),
    (["-d", "-i", "/nonexistent/key.txt"], "Cannot read the key file /nonexistent/key.txt"),
])
def test_cli_usage_errors_are_one_line(args, message):
    proc = npmdesk_age(*args, "/dev/null", stdin=b"")
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr.decode()


def test_cli_identity_without_encrypt_flag_is_refused_like_age(keys):
    key_file, _ = keys
    proc = npmdesk_age("-i", key_file, stdin=b"data")
    assert proc.returncode == 2 and b"-e/--encrypt" in proc.stderr


def test_cli_wrong_key_is_one_clear_line(tools, keys, tmp_path):
    _, identity = keys
    sealed = checked(run([tools["age"], "-r", str(identity.recipient)], stdin=b"x"))
    other = tmp_path / "other.txt"
    other.write_text(age.generate_identity().to_file_text())
    proc = npmdesk_age("-d", "-i", other, stdin=sealed)
    assert proc.returncode == 2
    assert proc.stderr.decode().strip() == "npmdesk: This file is not encrypted to any of your keys."


def test_cli_reads_passphrase_protected_identity_files(tools, keys, tmp_path):
    key_file, identity = keys
    protected = tmp_path / "key.age"  # an age passphrase file holding the key file, as age -p makes
    with open(key_file, "rb") as src, open(protected, "wb") as out, Secret.from_passphrase(PASSPHRASE) as p:
        age.encrypt(src, out, passphrase=p, armor=True, scrypt_log_n=10)
    result = run_in_terminal([tools["age"], "-d", "-o", tmp_path / "check.txt", protected], [PASSPHRASE])
    assert result.status == 0 and (tmp_path / "check.txt").read_bytes() == key_file.read_bytes()
    sealed = checked(run([tools["age"], "-r", str(identity.recipient)], stdin=b"via protected key"))
    (tmp_path / "sealed.age").write_bytes(sealed)
    opened = npmdesk_age("-d", "-i", protected, tmp_path / "sealed.age", env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert checked(opened) == b"via protected key"
