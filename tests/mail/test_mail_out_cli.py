"""Mail out from the command line: a password-protected PDF export (`npmdesk export --format pdf`)
under the package's consent and sensitivity rules, and a mail draft carrying what was exported
(`npmdesk mail draft`), each opened with independent tools (qpdf, pypdf, Python's email parser)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import time
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from pypdf import PdfReader

from npmdesk.records import RecordStore, disclosures
from npmdesk.records.consent import Consent, PersonConsent
from npmdesk.vault import Credential, Vault
from npmdesk.vault.kdf import TEST_PARAMS
from npmdesk.vault.secret import Secret
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE, FakeClock
from tests.support.doubles import MemoryKeyring
from tests.support.package_helpers import communication

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}
REAL = "Ahmed Benali"
BODY = "Minutes of the meeting with the regional team about the women's prison."
PASSWORD_LINE = re.compile(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){5})$", re.MULTILINE)


def run(vault: Path, *args: object, ok: bool = True):  # type: ignore[no-untyped-def]
    result = npmdesk(*args, "--vault", vault, env=ENV)
    if ok:
        assert result.status == 0, result.err
    return result


@pytest.fixture
def field(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A vault with a confidential letter naming a person by pseudonym, a draft reply, a strictly
    confidential record, and a record whose person refused transmission to the SPT."""
    folder = tmp_path / "field"
    vault, _code = Vault.create(folder, Secret.from_passphrase(PASSPHRASE), npm_name="MNP Pérou", user_name="Ana",
                                argon2=TEST_PARAMS, device_keyring=MemoryKeyring())
    try:
        store = RecordStore(vault, clock=FakeClock())
        ids = {
            "letter": store.add(communication(f"Letter about {REAL}", body=f"{BODY} {REAL} asked to be heard.",
                                              sensitivity="confidential", pseudonyms={REAL: "person A"})).id,
            "draft": store.add(communication("Reply to the SPT", status="draft", body="Our reply.",
                                             sensitivity="confidential")).id,
            "strict": store.add(communication("Strictly between us", sensitivity="strictly_confidential")).id,
            "refused": store.add(communication(
                "Return visit to prison X", personal_data=True, sensitivity="confidential", body="Refused text.",
                pseudonyms={REAL: "person B"},
                consents=[PersonConsent(REAL, (Consent("spt_transmission", "refused"),))])).id,
        }
    finally:
        vault.close()
    return folder, ids


def pdf_text(data: bytes, password: str) -> str:
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    reader.decrypt(password)
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def logged(vault: Path, record_id: str) -> list[disclosures.Disclosure]:
    with Vault.unlock(vault, Credential.passphrase(PASSPHRASE), device_keyring=MemoryKeyring()) as opened:
        return disclosures.disclosures(RecordStore(opened), record_id)


def test_a_protected_pdf_opens_only_with_the_password_it_printed_once(field, tmp_path: Path) -> None:
    vault, ids = field
    out = tmp_path / "dossier.pdf"
    done = run(vault, "export", "--record", ids["letter"], ids["draft"], ids["refused"], "--format", "pdf",
               "--passphrase", "--confirm-sensitive", "--language", "fr", "-o", out)
    [password] = PASSWORD_LINE.findall(done.err)
    assert password not in done.out and "by phone" in done.err
    assert "Exported 2 records" in done.out and "Left out of the PDF (1)" in done.out
    data = out.read_bytes()
    assert data.startswith(b"%PDF-2.0") and BODY.encode() not in data
    shown = subprocess.run(["qpdf", f"--password={password}", "--show-encryption", str(out)],
                           capture_output=True, text=True, check=True).stdout
    assert "R = 6" in shown and "AESv3" in shown
    wrong = subprocess.run(["qpdf", "--password=WRONG-PASSWORD", "--check", str(out)],
                           capture_output=True, text=True, check=False)
    assert wrong.returncode != 0 and "invalid password" in (wrong.stdout + wrong.stderr).lower()
    text = pdf_text(data, password)
    assert BODY in text.replace("’", "'") and "Our reply." in text and "Letter about person A" in text
    assert "CONFIDENTIEL" in text  # the marking, in the PDF's language
    assert REAL not in text and "Return visit to prison X" not in text and "Refused text." not in text
    [left] = logged(vault, ids["letter"])
    assert left.package == "dossier.pdf" and [r.kind for r in left.recipients] == [disclosures.PASSPHRASE]
    assert logged(vault, ids["refused"]) == []


def test_consent_and_sensitivity_block_a_pdf_as_they_block_a_package(field, tmp_path: Path) -> None:
    vault, ids = field
    refused_pdf = run(vault, "export", "--record", ids["refused"], "--format", "pdf", "--passphrase",
                      "--confirm-sensitive", "-o", tmp_path / "r.pdf", ok=False)
    refused_package = run(vault, "export", "--record", ids["refused"], "--passphrase", "--confirm-sensitive",
                          "--package-passphrase-file", _secret_file(tmp_path), "-o", tmp_path / "r.age", ok=False)
    assert refused_pdf.status == refused_package.status == 2
    assert refused_pdf.errors[-1] == refused_package.errors[-1]
    assert "consent to their transmission to the SPT was refused" in refused_pdf.errors[-1]
    unconfirmed = run(vault, "export", "--record", ids["strict"], "--format", "pdf", "--passphrase",
                      "-o", tmp_path / "u.pdf", ok=False)
    assert unconfirmed.status == 2 and "--confirm-sensitive" in unconfirmed.err
    assert not PASSWORD_LINE.search(unconfirmed.err)
    assert not any(p.suffix in (".pdf", ".age") for p in tmp_path.iterdir())
    assert logged(vault, ids["strict"]) == []


def _secret_file(tmp_path: Path, text: str = "correct horse battery staple") -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_the_users_own_password_must_be_strong_and_is_never_printed(field, tmp_path: Path) -> None:
    vault, ids = field
    weak = run(vault, "export", "--record", ids["draft"], "--format", "pdf", "--passphrase",
               "--package-passphrase-file", _secret_file(tmp_path, "short"), "-o", tmp_path / "w.pdf", ok=False)
    assert weak.status == 2 and "at least 10 characters" in weak.err and not (tmp_path / "w.pdf").exists()
    out = tmp_path / "own.pdf"
    done = run(vault, "export", "--record", ids["draft"], "--format", "pdf", "--passphrase",
               "--package-passphrase-file", _secret_file(tmp_path), "-o", out)
    assert "correct horse" not in done.out + done.err and not PASSWORD_LINE.search(done.err)
    assert "Our reply." in pdf_text(out.read_bytes(), "correct horse battery staple")


def test_a_mail_draft_carries_the_protected_pdf_and_says_nothing_confidential(field, tmp_path: Path) -> None:
    vault, ids = field
    out = tmp_path / "for-the-spt.pdf"
    run(vault, "export", "--record", ids["letter"], ids["draft"], "--format", "pdf", "--passphrase",
        "--confirm-sensitive", "-o", out)
    eml = tmp_path / "draft.eml"
    done = run(vault, "mail", "draft", out, "--to", "Ngozi Okafor <Ngozi@OHCHR.example>", "--to", "team@ohchr.example",
               "--language", "fr", "-o", eml)
    assert "travels in clear" in done.out and "Marked as sent: 1 draft." in done.out
    parsed = message_from_bytes(eml.read_bytes(), policy=default)
    assert parsed["X-Unsent"] == "1"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["ngozi@ohchr.example", "team@ohchr.example"]
    [attachment] = list(parsed.iter_attachments())
    assert attachment.get_filename() == "for-the-spt.pdf" and attachment.get_content() == out.read_bytes()
    note = parsed.get_body(("plain",)).get_content()
    assert "par un autre moyen" in note
    for secret in ("Letter about", "person A", REAL, BODY, "Our reply"):
        assert secret not in note and secret not in str(parsed["Subject"])
    assert json.loads(run(vault, "show", ids["draft"], "--json").out)["status"] == "sent"
    emailed = [r.name for d in logged(vault, ids["letter"]) for r in d.recipients if r.kind == disclosures.EMAIL]
    assert emailed == ["ngozi@ohchr.example", "team@ohchr.example"]


def test_a_package_draft_names_the_fingerprint(field, tmp_path: Path) -> None:
    vault, ids = field
    package = tmp_path / "npm.age"
    run(vault, "export", "--record", ids["draft"], "--passphrase", "--package-passphrase-file",
        _secret_file(tmp_path), "-o", package)
    fingerprint = run(vault, "identity").out.split("Fingerprint")[1].splitlines()[1].strip()
    eml = tmp_path / "package.eml"
    run(vault, "mail", "draft", package, "--to", "ngozi@ohchr.example", "--keep-drafts", "-o", eml)
    parsed = message_from_bytes(eml.read_bytes(), policy=default)
    assert next(parsed.iter_attachments()).get_content() == package.read_bytes()
    assert fingerprint in parsed.get_body(("plain",)).get_content()
    assert json.loads(run(vault, "show", ids["draft"], "--json").out)["status"] == "draft"


def test_mail_draft_open_hands_the_draft_to_the_systems_opener_or_says_there_is_no_desktop(field,
                                                                                           tmp_path: Path) -> None:
    vault, ids = field
    package = tmp_path / "npm.age"
    run(vault, "export", "--record", ids["draft"], "--passphrase", "--package-passphrase-file",
        _secret_file(tmp_path), "-o", package)
    no_desktop = npmdesk("mail", "draft", package, "--to", "ngozi@ohchr.example", "--open", "-o",
                         tmp_path / "none.eml", "--vault", vault, env={**ENV, "DISPLAY": "", "WAYLAND_DISPLAY": ""})
    assert no_desktop.status != 0 and not (tmp_path / "none.eml").exists()
    assert "--open needs a desktop session with a mail program" in no_desktop.err
    assert json.loads(run(vault, "show", ids["draft"], "--json").out)["status"] == "draft"  # nothing changed

    tools = tmp_path / "bin"  # the recorder stands in for the system's opener (xdg-open on Linux)
    tools.mkdir()
    record = tmp_path / "opened.txt"
    opener = tools / "xdg-open"
    opener.write_text(f"#!/bin/sh\nprintf '%s\\n' \"$1\" > '{record}'\n")
    opener.chmod(0o755)
    eml = tmp_path / "opened.eml"
    done = npmdesk("mail", "draft", package, "--to", "ngozi@ohchr.example", "--open", "-o", eml, "--vault", vault,
                   env={**ENV, "DISPLAY": ":7", "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}"})
    assert done.status == 0, done.err
    assert "Handed the draft to your mail program" in done.out
    deadline = time.monotonic() + 10
    while not (record.exists() and record.read_text()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert record.read_text().strip() == str(eml)
    assert message_from_bytes(eml.read_bytes(), policy=default)["X-Unsent"] == "1"


def test_only_encrypted_files_this_vault_exported_go_into_a_draft(field, tmp_path: Path) -> None:
    vault, _ids = field
    report = tmp_path / "log.pdf"
    run(vault, "report", "log", "-o", report)
    plain = run(vault, "mail", "draft", report, "--to", "a@example.org", "-o", tmp_path / "a.eml", ok=False)
    assert plain.status == 2 and "never attaches an unencrypted file" in plain.err
    stranger = tmp_path / "stranger.age"
    stranger.write_bytes(b"age-encryption.org/v1\n-> X25519 abc\n")
    unknown = run(vault, "mail", "draft", stranger, "--to", "a@example.org", "-o", tmp_path / "b.eml", ok=False)
    assert unknown.status == 2 and "no record of exporting" in unknown.err
    bad = run(vault, "mail", "draft", stranger, "--to", "not an address", "-o", tmp_path / "c.eml", ok=False)
    assert bad.status == 2 and "not an email address" in bad.err
    assert not list(tmp_path.glob("*.eml"))


def test_a_reports_records_as_a_protected_pdf(field, tmp_path: Path) -> None:
    vault, _ids = field
    out = tmp_path / "log.pdf"
    done = run(vault, "export", "--report", "log", "--to", "2026-12-31", "--format", "pdf", "--passphrase",
               "--confirm-sensitive", "-o", out)
    [password] = PASSWORD_LINE.findall(done.err)
    text = pdf_text(out.read_bytes(), password)
    assert "Correspondence log" in text and "Letter about person A" in text and "Strictly between us" in text
    assert "STRICTLY CONFIDENTIAL" in text  # the highest sensitivity shown marks every page
    assert "Return visit to prison X" not in text and "Left out of the PDF (1)" in done.out
    wrong = run(vault, "export", "--report", "visit-dossier", "--format", "pdf", "--passphrase", "-o",
                tmp_path / "v.pdf", ok=False)
    assert wrong.status == 2 and not (tmp_path / "v.pdf").exists()
    stray = run(vault, "export", "--all", "--to", "Ngozi", "--format", "pdf", "--passphrase", "-o",
                tmp_path / "s.pdf", ok=False)
    assert stray.status == 2 and "--to-contact" in stray.err and not (tmp_path / "s.pdf").exists()
    keyed = run(vault, "export", "--all", "--format", "pdf", "-r", "age1" + "q" * 58, "-o", tmp_path / "k.pdf",
                ok=False)
    assert keyed.status == 2 and "opened with a password" in keyed.err and not (tmp_path / "k.pdf").exists()
