"""Packages a recipient checks with OpenSSH alone: `age -d | tar -x`, then `ssh-keygen -Y verify` on
manifest.json.sshsig with the line `npmdesk identity --ssh` prints; npmdesk's own reading refuses
a package whose OpenSSH signature is false, and still reads packages that have none."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from npmdesk.exchange import age, sshsig
from npmdesk.exchange.errors import DamagedPackage, PackageTooLarge
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.importer import import_package, preview_package
from npmdesk.exchange.manifest import SSH_SIGNATURE
from npmdesk.exchange.unpack import open_package
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.hostile_packages import encrypt_for, tar_bytes, verified_sides
from tests.support.package_helpers import communication, side


def ssh_verify(folder: Path, allowed_line: str, manifest: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """`ssh-keygen -Y verify` as the recipient runs it in the extracted folder."""
    (folder / "allowed_signers").write_text(allowed_line + "\n")
    principal = allowed_line.split()[0]
    data = manifest if manifest is not None else (folder / "manifest.json").read_bytes()
    return subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", "allowed_signers", "-I", principal, "-n", "npmdesk-package",
         "-s", SSH_SIGNATURE], input=data, cwd=folder, capture_output=True, timeout=60, check=False)


@pytest.fixture
def age_key(tmp_path) -> tuple[Path, str]:
    key = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True, timeout=60)
    [identity] = age.parse_identities(key.read_text())
    return key, identity.recipient.encode()


@pytest.mark.parametrize("package_format", [1, 2])
def test_a_package_verifies_with_age_tar_and_ssh_keygen_alone(tmp_path, age_key, package_format):
    key, recipient = age_key
    with side(tmp_path / "field", "Field laptop", "Bo") as field:
        letter = field.store.add(communication("Letter to the SPT", body="text"))
        field.attach(letter.id, "annex.txt", b"annex\n")
        write_package(field.store, field.identity, plan_export(field.store), tmp_path / "p.age",
                      recipients=[recipient], confirmed=True, package_format=package_format)
    line = npmdesk("identity", "--ssh", "--vault", tmp_path / "field", env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert line.status == 0, line.err
    [allowed] = line.out.splitlines()
    assert allowed.startswith("npmdesk-") and ' namespaces="npmdesk-package" ssh-ed25519 AAAA' in allowed
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(f"age -d -i {key} {tmp_path / 'p.age'} | tar -x", shell=True, cwd=out, check=True,  # noqa: S602
                   timeout=60)
    checked = ssh_verify(out, allowed)
    assert checked.returncode == 0, checked.stderr
    assert b'Good "npmdesk-package" signature for npmdesk-' in checked.stdout + checked.stderr
    changed = (out / "manifest.json").read_bytes().replace(b'"records"', b'"records" ', 1)
    assert ssh_verify(out, allowed, changed).returncode != 0  # a changed manifest fails
    stranger = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    assert ssh_verify(out, sshsig.allowed_signers_line(stranger, "AAAA-BBBB-CCCC-DDDD-EEEE").replace(
        "npmdesk-aaaa-bbbb-cccc-dddd-eeee", allowed.split()[0])).returncode != 0  # another key fails


def _with_ssh_signature(members, data: bytes | None):
    if data is None:
        return [(n, d) for n, d in members if n != SSH_SIGNATURE]
    return [(n, data if n == SSH_SIGNATURE else d) for n, d in members]


def test_import_refuses_a_package_whose_openssh_signature_is_false(tmp_path):
    with verified_sides(tmp_path) as (office, field, members):
        manifest = dict(members)["manifest.json"]
        raw = field.identity.signing_key.raw
        other = Ed25519PrivateKey.generate()
        forgeries = {
            "another key claiming the sender's": sshsig.sign(manifest, raw, other.sign).encode(),
            "another message": sshsig.sign(manifest + b" ", raw, field.identity.sign).encode(),
            "another namespace": sshsig.sign(manifest, raw, field.identity.sign, namespace="file").encode(),
            "not a signature": b"-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n",
        }
        before = office.snapshot()
        for what, forged in forgeries.items():
            package = encrypt_for(tar_bytes(_with_ssh_signature(members, forged)), office.identity.recipient,
                                  tmp_path / "forged.age")
            with pytest.raises(DamagedPackage, match="OpenSSH signature"):
                import_package(office.store, office.identity, package)
            assert office.snapshot() == before, what
        huge = encrypt_for(tar_bytes(_with_ssh_signature(members, b"x" * 5000)), office.identity.recipient,
                           tmp_path / "huge.age")
        with pytest.raises(PackageTooLarge):
            preview_package(office.store, office.identity, huge)
        assert office.snapshot() == before


def test_a_package_without_an_openssh_signature_still_imports(tmp_path):
    with verified_sides(tmp_path) as (office, _field, members):
        assert [n for n, _ in members][2] == SSH_SIGNATURE  # packages carry it now…
        package = encrypt_for(tar_bytes(_with_ssh_signature(members, None)), office.identity.recipient,
                              tmp_path / "older.age")
        done = import_package(office.store, office.identity, package)  # …and those made before still import
        assert [r[0] for r in office.vault.db.execute("SELECT title FROM record WHERE kind = 'communication'")] == [
            "Field letter"]
        assert done.signer.trusted


def test_package_open_keeps_the_openssh_signature_for_the_recipient(tmp_path):
    with verified_sides(tmp_path) as (office, field, members):
        package = encrypt_for(tar_bytes(members), office.identity.recipient, tmp_path / "p.age")
        open_package(package, tmp_path / "out", [office.identity.age])
        allowed = sshsig.allowed_signers_line(field.identity.signing_key.raw, field.identity.fingerprint)
        checked = ssh_verify(tmp_path / "out", allowed)
        assert checked.returncode == 0, checked.stderr
