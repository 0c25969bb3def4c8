"""The exchange commands of the CLI contract: identity, export, import, package open, contact."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


def run(vault, *args, env=None, ok=True):
    result = npmdesk(*args, "--vault", vault, env={**ENV, **(env or {})})
    if ok:
        assert result.status == 0, result.err
    return result


def identity(vault):
    lines = [line.strip() for line in run(vault, "identity").out.splitlines()]
    return {"recipient": lines[1], "signing_key": lines[3], "fingerprint": lines[5]}


@pytest.fixture
def vaults(tmp_path):
    office, field = tmp_path / "office", tmp_path / "field"
    for path, name in ((office, "Office NPM"), (field, "Field laptop")):
        assert npmdesk("init", "--vault", path, "--npm-name", name, "--user-name", "Ana", env=ENV).status == 0
    return office, field


def test_identity_prints_recipient_signing_key_and_fingerprint(vaults):
    office, _field = vaults
    first = identity(office)
    assert first["recipient"].startswith("age1") and first["signing_key"].startswith("npmsig1")
    assert len(first["fingerprint"].split("-")) == 5
    assert identity(office) == first  # made once, at creation


def test_field_laptop_hands_its_records_to_the_office(vaults, tmp_path):
    office, field = vaults
    office_id, field_id = identity(office), identity(field)
    body = tmp_path / "body.txt"
    body.write_text("Notes of the visit to the women's prison", encoding="utf-8")
    record_id = run(field, "add", "communication", "--subject", "Visit notes", "--body-file", body,
                    "--attach", body, "--date", "2026-11-20").out.strip()
    package = tmp_path / "field.age"
    exported = run(field, "export", "--all", "--confirm-sensitive", "-r", office_id["recipient"], "-o", package)
    assert "Exported 1 record and 1 attachment" in exported.out and field_id["fingerprint"] in exported.out

    # Unknown signer: refused, with the fingerprint to compare and the flag to use; nothing changes.
    refused = run(office, "import", package, ok=False)
    assert refused.status == 2 and field_id["fingerprint"] in refused.err and "--accept-unverified" in refused.err
    assert run(office, "list").out.strip() == ""

    contact = run(office, "contact", "add", "Field laptop", "--role", "npm_colleague", "--age-recipient",
                  field_id["recipient"], "--signing-key", field_id["signing_key"]).out.splitlines()[0]
    # A dry run judges the signer as the import does: not verified yet, so no record is read...
    judged = run(office, "import", package, "--dry-run", ok=False)
    assert judged.status == 2 and "NOT verified" in judged.err and "--accept-unverified" in judged.err
    # ...unless the user accepts it for this preview.
    dry = run(office, "import", package, "--dry-run", "--accept-unverified")
    assert "NOT verified" in dry.out and "Would import: 1 new" in dry.out
    wrong = run(office, "contact", "verify", "Field laptop", "--fingerprint", "AAAA-BBBB-CCCC-DDDD-EEEE", ok=False)
    assert wrong.status == 2 and "NOT marked as verified" in wrong.err
    run(office, "contact", "verify", contact, "--fingerprint", field_id["fingerprint"].lower())
    listed = run(office, "contact", "list").out
    assert "verified" in listed and field_id["fingerprint"] in listed

    imported = run(office, "import", package)
    assert "a verified contact" in imported.out and "Imported: 1 new" in imported.out
    shown = json.loads(run(office, "show", record_id, "--json").out)
    assert shown["title"] == "Visit notes" and [a["name"] for a in shown["attachments"]] == ["body.txt"]
    again = run(office, "import", package)
    assert "0 new, 0 updated, 1 unchanged" in again.out


def test_export_of_sensitive_records_needs_the_flag_and_writes_nothing(vaults, tmp_path):
    office, field = vaults
    record_id = run(field, "add", "communication", "--subject", "Names of detainees", "--sensitivity",
                    "strictly_confidential").out.strip()
    package = tmp_path / "p.age"
    refused = run(field, "export", "--record", record_id, "-r", identity(office)["recipient"], "-o", package, ok=False)
    assert refused.status == 2 and record_id in refused.err and "--confirm-sensitive" in refused.err
    assert not package.exists()
    run(field, "export", "--record", record_id, "-r", identity(office)["recipient"], "-o", package,
        "--confirm-sensitive")
    assert package.exists()


def test_recipients_without_npmdesk_open_packages_with_package_open_and_age(vaults, tmp_path):
    _office, field = vaults
    key = tmp_path / "spt.key"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True).stdout
    run(field, "add", "communication", "--subject", "Annual report submission", "--date", "2026-03-01")
    package = tmp_path / "for-spt.age"
    run(field, "export", "--all", "--confirm-sensitive", "-r", recipient.strip(), "-a", "-o", package)
    assert package.read_text().startswith("-----BEGIN AGE ENCRYPTED FILE-----")
    out = tmp_path / "opened"
    opened = npmdesk("package", "open", package, "-i", key, "--out", out,
                     "--expect-signer", identity(field)["signing_key"])
    assert opened.status == 0, opened.err
    assert "Annual report submission" in opened.out and identity(field)["fingerprint"] in opened.out
    assert "Annual report submission" in (out / "summary.html").read_text(encoding="utf-8")
    records = json.loads((out / "records.json").read_text(encoding="utf-8"))
    assert records["schema"] == "npmdesk-records" and records["schema_version"] == 1
    again = npmdesk("package", "open", package, "-i", key, "--out", out)
    assert again.status == 2 and "not empty" in again.err

    other = tmp_path / "other"
    wrong_signer = npmdesk("package", "open", package, "-i", key, "--out", other,
                           "--expect-signer", identity(_office)["signing_key"])
    assert wrong_signer.status == 2 and not other.exists()


def test_passphrase_packages_from_the_cli(vaults, tmp_path):
    office, field = vaults
    run(field, "add", "communication", "--subject", "For the secretariat")
    package = tmp_path / "p.age"
    secret = {"NPMDESK_PACKAGE_PASSPHRASE": "package passphrase 2026"}
    run(field, "export", "--all", "--confirm-sensitive", "--passphrase", "-o", package, env=secret)
    no_phrase = run(office, "import", package, ok=False)
    assert no_phrase.status == 2 and "passphrase" in no_phrase.err
    phrase_file = tmp_path / "phrase.txt"
    phrase_file.write_text("package passphrase 2026\n")
    done = run(office, "import", package, "--package-passphrase-file", phrase_file, "--accept-unverified")
    assert "Imported: 1 new" in done.out and "UNKNOWN" in done.out


def test_damaged_package_gives_one_line_and_exit_2(vaults, tmp_path):
    office, field = vaults
    run(field, "add", "communication", "--subject", "Letter")
    package = tmp_path / "p.age"
    run(field, "export", "--all", "--confirm-sensitive", "-r", identity(office)["recipient"], "-o", package)
    data = bytearray(package.read_bytes())
    data[-30] ^= 1
    package.write_bytes(bytes(data))
    result = run(office, "import", package, "--accept-unverified", ok=False)
    assert result.status == 2 and len(result.errors) == 1 and "Traceback" not in result.err


def test_a_package_written_to_standard_output_goes_alone_and_the_messages_to_standard_error(vaults, tmp_path):
    """`-o /dev/stdout | …`: the package is whole on standard output (the age tool opens it) and
    what the command says goes to standard error."""
    _office, field = vaults
    key = tmp_path / "spt.key"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True)
    recipient = subprocess.run(["age-keygen", "-y", str(key)], check=True, capture_output=True, text=True).stdout
    run(field, "add", "communication", "--subject", "Piped letter", "--date", "2026-03-01")
    env = {k: v for k, v in os.environ.items() if k != "NPMDESK_PASSPHRASE"}
    exported = subprocess.run(
        [sys.executable, "-m", "npmdesk", "export", "--vault", str(field), "--all", "--confirm-sensitive",
         "-r", recipient.strip(), "-o", "/dev/stdout"],
        capture_output=True, env={**env, **ENV, "NPMDESK_LANG": "en"}, timeout=120, check=False,
        start_new_session=True)
    assert exported.returncode == 0, exported.stderr
    size = len(exported.stdout)
    assert f"to /dev/stdout ({size:,} bytes)" in exported.stderr.decode()
    opened = subprocess.run(["age", "-d", "-i", str(key)], input=exported.stdout, capture_output=True, check=True)
    members = subprocess.run(["tar", "-t"], input=opened.stdout, capture_output=True, check=True).stdout.decode()
    assert members.splitlines()[:2] == ["manifest.json", "manifest.sig"]
