"""`npmdesk mail import` and `npmdesk mail addresses`, as a script or a person at a terminal runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support import mail_samples as samples
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    path = tmp_path / "vault"
    assert npmdesk("init", "--vault", path, "--user-name", "Ana", env=ENV).status == 0
    return path


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_import_prints_new_ids_and_a_second_run_prints_none(vault: Path, tmp_path: Path) -> None:
    one = _write(tmp_path, "visit.eml", samples.thunderbird_utf8())
    two = _write(tmp_path, "reply.eml", samples.outlook_cp1252_html())
    first = npmdesk("mail", "import", one, two, "--vault", vault, env=ENV)
    assert first.status == 0, first.err
    ids = first.out.split()
    assert len(ids) == 2
    shown = json.loads(npmdesk("show", ids[1], "--json", "--vault", vault, env=ENV).out)
    assert shown["title"] == "RE: Rapport de visite — centre" and shown["fields"]["in_reply_to"] == ids[0]
    assert any("ngozi@ohchr.example" in line and "--add-contact" in line for line in first.errors)
    again = npmdesk("mail", "import", one, two, "--vault", vault, env=ENV)
    assert again.status == 0 and again.out == ""
    assert any("2 messages already in the vault" in line for line in again.errors)


def test_dry_run_previews_and_changes_nothing(vault: Path, tmp_path: Path) -> None:
    path = _write(tmp_path, "inbox.mbox", samples.mbox(samples.koi8r_reply(), samples.iso2022jp()))
    bad = _write(tmp_path, "scan.eml", samples.PDF)
    result = npmdesk("mail", "import", path, bad, "--dry-run", "--vault", vault, env=ENV)
    assert result.status == 1  # one file could not be read
    lines = result.out.splitlines()
    assert lines[0].startswith("new: 2026-11-05 14:00:00+06:00, received, from ")
    assert "Подтверждение" in lines[0] and "inbox.mbox, message 1" in lines[0]
    assert any(line.startswith("cannot read “scan.eml”: This file is not an email message") for line in lines)
    listed = json.loads(npmdesk("list", "--json", "--vault", vault, env=ENV).out)
    assert listed == []


def test_own_addresses_make_mail_sent_and_add_contact_adds_the_recipient(vault: Path, tmp_path: Path) -> None:
    set_ = npmdesk("mail", "addresses", "Jose.Martinez@NPM.example.org", "--vault", vault, env=ENV)
    assert set_.status == 0 and set_.out.split() == ["jose.martinez@npm.example.org"]
    path = _write(tmp_path, "sent.eml", samples.thunderbird_utf8())
    result = npmdesk("mail", "import", path, "--add-contact", "opcat@ohchr.example", "--vault", vault, env=ENV)
    assert result.status == 0, result.err
    record = json.loads(npmdesk("show", result.out.split()[0], "--json", "--vault", vault, env=ENV).out)
    assert record["fields"]["direction"] == "sent"
    contact = json.loads(npmdesk("show", record["counterpart"], "--json", "--vault", vault, env=ENV).out)
    assert contact["title"] == "SPT Secretariat" and contact["fields"]["email"] == "opcat@ohchr.example"


def test_add_contact_must_name_someone_in_the_messages(vault: Path, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.eml", samples.iso2022jp())
    result = npmdesk("mail", "import", path, "--add-contact", "nobody@example.org", "--vault", vault, env=ENV)
    assert result.status != 0 and result.out == ""
    assert result.errors == [
        "npmdesk: nobody@example.org is not the address of anyone in these messages; give an address "
        "that 'mail import --dry-run' lists as not among your contacts."
    ]


def test_hostile_subject_cannot_act_on_the_terminal(vault: Path, tmp_path: Path) -> None:
    data = samples.iso2022jp().replace(b"Subject: =?ISO-2022-JP?B?",
                                       b"Subject: =?utf-8?q?=1B]0;pwned=07=E2=80=AEevil?= =?ISO-2022-JP?B?")
    path = _write(tmp_path, "evil.eml", data)
    result = npmdesk("mail", "import", path, "--dry-run", "--vault", vault, env=ENV)
    assert "\x1b" not in result.out and "\u202e" not in result.out and "\x07" not in result.out
