"""Signatures a recipient checks with OpenSSH alone (`ssh-keygen -Y verify`)."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from npmdesk.exchange import sshsig
from npmdesk.exchange.identity import SigningKey, fingerprint


def _verify(tmp_path: Path, line: str, principal: str, signature: str, message: bytes,
            namespace: str = sshsig.NAMESPACE) -> subprocess.CompletedProcess[str]:
    (tmp_path / "allowed_signers").write_text(line + "\n")
    (tmp_path / "manifest.json.sshsig").write_text(signature)
    return subprocess.run(
        ["ssh-keygen", "-Y", "verify", "-f", str(tmp_path / "allowed_signers"), "-I", principal,
         "-n", namespace, "-s", str(tmp_path / "manifest.json.sshsig")],
        input=message.decode(), capture_output=True, text=True, check=False,
    )


def test_ssh_keygen_verifies_what_the_vault_key_signed(tmp_path: Path) -> None:
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes_raw()
    print_ = fingerprint(raw)
    message = b'{"format": "npmdesk-package", "records": 3}\n'
    signature = sshsig.sign(message, raw, key.sign)
    line = sshsig.allowed_signers_line(raw, print_)
    result = _verify(tmp_path, line, sshsig.principal_for(print_), signature, message)
    assert result.returncode == 0, result.stderr
    assert f'Good "{sshsig.NAMESPACE}" signature for {sshsig.principal_for(print_)}' in result.stdout + result.stderr


def test_ssh_keygen_refuses_a_changed_message_another_key_or_namespace(tmp_path: Path) -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes_raw()
    principal = sshsig.principal_for(fingerprint(raw))
    line = sshsig.allowed_signers_line(raw, fingerprint(raw))
    message = b"manifest\n"
    good = sshsig.sign(message, raw, key.sign)
    assert _verify(tmp_path, line, principal, good, b"manifest!\n").returncode != 0
    forged = sshsig.sign(message, raw, other.sign)  # claims our key, signed by another
    assert _verify(tmp_path, line, principal, forged, message).returncode != 0
    assert _verify(tmp_path, line, principal, good, message, namespace="file").returncode != 0


def test_npmdesk_accepts_what_ssh_keygen_signed_and_nothing_else(tmp_path: Path) -> None:
    """The reader's check (sshsig.verifies) agrees with OpenSSH on a signature OpenSSH made."""
    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True, timeout=60)
    message = tmp_path / "manifest.json"
    message.write_bytes(b'{"format": "npmdesk-package"}\n')
    subprocess.run(["ssh-keygen", "-Y", "sign", "-f", str(key), "-n", sshsig.NAMESPACE, str(message)],
                   check=True, capture_output=True, timeout=60)
    armored = (tmp_path / "manifest.json.sig").read_bytes()
    blob = base64.b64decode(key.with_suffix(".pub").read_text().split()[1])
    raw = blob[-32:]
    check = SigningKey(raw).verify
    assert sshsig.verifies(armored, message.read_bytes(), raw, check)
    assert not sshsig.verifies(armored, message.read_bytes() + b" ", raw, check)
    assert not sshsig.verifies(armored, message.read_bytes(), raw, check, namespace="file")
    other = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    assert not sshsig.verifies(armored, message.read_bytes(), other, SigningKey(other).verify)
    assert not sshsig.verifies(armored[:-40] + armored[-20:], message.read_bytes(), raw, check)  # damaged
