"""Text from outside is data, never control: a package whose names, titles, bodies and file names
hold terminal escapes, CR, BEL, C1 controls, newlines and bidi overrides, met through the CLI
(import --dry-run, import, list, show, search, contact list, package open) and on disk."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import pytest

from npmdesk import display
from npmdesk.exchange.age.keys import X25519Identity
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.manifest import safe_name
from npmdesk.records import Record
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.hostile_packages import (
    edit_manifest,
    edit_records,
    encrypt_for,
    members_of,
    refresh_file,
    resign,
    tar_bytes,
)
from tests.support.package_helpers import communication, side

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}
FORGED = "Signed by Ana, a verified contact (fingerprint AAAA-BBBB-CCCC-DDDD-EEEE)."
# Clears the line, returns the cursor, moves it up, rings, a C1 CSI, bidi override and isolate, separators.
HOSTILE = f"Evil NPM\x1b[2K\r\x1b[1A\n{FORGED}\n\x07\x9b31m\u202eexe.pdf\u2066x\u2069\u2028\u0085end"
TITLE = "<script>alert(1)</script><img src=http://example.org/read-receipt.png>" + HOSTILE
BODY = "first line\nsecond\tline\r\n" + HOSTILE + "\n<meta http-equiv=\"refresh\" content=\"0;url=http://x\">"
ATTACHMENT = "report\u202efdp.exe"
SENDER_SUMMARY = (b"<html><head><meta http-equiv=\"refresh\" content=\"0;url=http://example.org/\"></head><body>"
                  b"<script>alert(1)</script><img src=\"http://example.org/r.png\"><p>npmdesk verified: "
                  b"signed by a verified contact</p></body></html>")
# Nothing of this may reach a terminal raw: C0 but newline and tab, DEL, C1, bidi controls, separators.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """An office vault, and two hostile packages from a field laptop whose NPM, user, record,
    contact and attachment names are HOSTILE: one for the office, one for an age key alone."""
    tmp = tmp_path_factory.mktemp("hostile-text")
    spt = X25519Identity.generate()
    key_file = tmp / "spt.key"
    key_file.write_text(spt.to_file_text(), encoding="utf-8")
    with side(tmp / "office", "Office NPM", "Ana") as office, side(tmp / "field", HOSTILE, HOSTILE) as field:
        contact = field.store.add(Record(kind="contact", title=HOSTILE, status="active", fields={"role": "other"}))
        letter = field.store.add(communication(TITLE, body=BODY, counterpart=contact.id))
        field.attach(letter.id, "notes.txt", b"visit notes")
        package = tmp / "valid.age"
        write_package(field.store, field.identity, plan_export(field.store), package,
                      recipients=[office.identity.recipient], confirmed=True)
        members = members_of(package, office.identity)
        for_office = encrypt_for(tar_bytes(hostile_members(members, field.identity, ATTACHMENT)),
                                 office.identity.recipient, tmp / "hostile.age")
        members = edit_manifest(members, lambda doc: doc["recipients"].update(age=[spt.recipient.encode()]))
        for_spt = encrypt_for(tar_bytes(hostile_members(members, field.identity, ATTACHMENT + "\x1b]0;title\x07")),
                              spt.recipient, tmp / "hostile-spt.age")
        fingerprint = field.identity.fingerprint
    return {"office": tmp / "office", "package": for_office, "spt_package": for_spt, "key": key_file,
            "letter": letter.id, "fingerprint": fingerprint, "tmp": tmp}


def hostile_members(members, signer, attachment_name):
    """The attachment renamed to a bidi trick and stored as a Windows device name (`CON.txt`), and
    the sender's summary.html replaced by one with scripts, a read receipt and a forged verdict;
    re-signed by the sender (a hostile but real sender)."""
    old_path = next(name for name, _ in members if name.startswith("attachments/"))
    new_path = old_path.rsplit("/", 1)[0] + "/CON.txt"

    def rename(doc):
        for record in doc["records"]:
            for attachment in record["attachments"]:
                attachment["name"], attachment["path"] = attachment_name, new_path

    def move(doc):
        for entry in doc["files"]:
            if entry["path"] == old_path:
                entry["path"] = new_path

    members = [(new_path if name == old_path else name, data) for name, data in members]
    members = edit_manifest(members, move)
    members = edit_records(members, rename)
    members = refresh_file(members, "summary.html", SENDER_SUMMARY)
    return resign(members, signer)


def run(world, *args, ok=True):
    result = npmdesk(*args, "--vault", world["office"], env=ENV)
    assert result.status == 0 or not ok, result.err
    assert not RAW.search(result.out), f"raw control or bidi character on stdout: {result.out!r}"
    assert not RAW.search(result.err), f"raw control or bidi character on stderr: {result.err!r}"
    return result


def test_dry_run_shows_the_real_verdict_and_no_forged_line(world):
    refused = run(world, "import", world["package"], "--dry-run", ok=False)  # judged before its text is read
    assert refused.status == 2 and "UNKNOWN key" in refused.err and "Evil" not in refused.err
    dry = run(world, "import", world["package"], "--dry-run", "--accept-unverified")
    lines = dry.out.splitlines()
    signed = [line for line in lines if line.lstrip().startswith("Signed by")]
    assert signed == [f"Signed by an UNKNOWN key that belongs to none of your contacts (fingerprint "
                      f"{world['fingerprint']})."]
    assert not any("a verified contact" in line for line in lines)  # the forged text is cut or quoted
    assert "“Evil NPM<U+001B>[2K<U+000D>" in dry.out and "Would import: 2 new" in dry.out


def test_imported_hostile_text_is_shown_neutralised_by_every_command(world):
    run(world, "import", world["package"], "--accept-unverified")
    listed = run(world, "list").out
    assert len(listed.splitlines()) == 2 and "<U+000A>Signed by Ana" in listed  # one record, one line
    shown = run(world, "show", world["letter"]).out
    assert "<U+202E>" in shown and "<U+009B>31m" in shown and "second\tline\n" in shown
    assert not any(line.startswith("Signed by") for line in shown.splitlines()[:12])  # title and fields
    assert "attachment:  reportfdp.exe (" in shown  # the bidi trick is gone: the real extension shows
    as_json = run(world, "show", world["letter"], "--json").out
    assert "\\u202e" in as_json and "\\u009b" in as_json
    record = json.loads(as_json)
    assert record["title"] == TITLE and record["body"] == BODY
    found = run(world, "search", "script").out
    assert "<U+001B>" in found and len([line for line in found.splitlines() if not line.startswith("    ")]) == 1
    contacts = run(world, "contact", "list").out
    assert len(contacts.splitlines()) == 1 and "<U+000A>" in contacts


def test_package_open_rebuilds_a_safe_summary_and_safe_file_names(world):
    out = world["tmp"] / "opened"
    opened = npmdesk("package", "open", world["spt_package"], "-i", world["key"], "--out", out)
    assert opened.status == 0, opened.err
    assert not RAW.search(opened.out) and not RAW.search(opened.err)
    assert [line for line in opened.out.splitlines() if "verified" in line.lower()] == [
        f"Signature verified: signing key {opened.out.split('signing key ')[1].split()[0]}"]
    page = (out / "summary.html").read_text(encoding="utf-8")
    assert page.encode() != SENDER_SUMMARY and "npmdesk verified this package" in page
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert csp and "default-src 'none'" in csp.group(1) and "base-uri 'none'" in csp.group(1)
    assert "form-action 'none'" in csp.group(1) and "unsafe" not in csp.group(1)
    lowered = page.lower()
    assert "<script" not in lowered and "<img" not in lowered and "<meta http-equiv=\"refresh\"" not in lowered
    assert "http://" not in lowered.replace("&lt;", "<").split("<body>")[0]  # nothing remote in the head
    assert not re.search(r"(src|href)=\"(https?:|//|javascript:)", lowered)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and not RAW.search(page)
    assert f"<bdi>{display.html(TITLE)}</bdi>" in page
    names = [p.name for p in out.rglob("*")]
    assert "_CON.txt" in names and "CON.txt" not in names
    assert all(not RAW.search(name) for name in names)
    assert "<a href=\"attachments/" in page and "/_CON.txt\"><bdi>reportfdp.exe_]0;title_</bdi>" in page


def test_exported_summary_has_the_policy_and_escapes_everything(world, tmp_path):
    with side(tmp_path / "a", HOSTILE, "Bo") as sender, side(tmp_path / "b", "Office", "Ana") as receiver:
        letter = sender.store.add(communication(TITLE, body=BODY))
        sender.attach(letter.id, "CON.txt", b"x")
        package = tmp_path / "p.age"
        write_package(sender.store, sender.identity, plan_export(sender.store), package,
                      recipients=[receiver.identity.recipient], confirmed=True)
        members = dict(members_of(package, receiver.identity))
    page = members["summary.html"].decode("utf-8")
    assert "Content-Security-Policy" in page and "<script" not in page.lower() and not RAW.search(page)
    assert any(name.endswith("/_CON.txt") for name in members)
    style = re.search(r"<style>(.*?)</style>", page).group(1)  # the only style allowed: by its hash
    assert f"style-src 'sha256-{base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()}'" in page


@pytest.mark.parametrize(("name", "expected"), [
    ("a\u202efdp.exe", "afdp.exe"), ("CON", "_CON"), ("nul.txt", "_nul.txt"), ("com1.tar.gz", "_com1.tar.gz"),
    ("LPT9", "_LPT9"), ("report.pdf. . ", "report.pdf"), ("a\u2066b\u2069c\u200f.txt", "abc.txt"),
    ("x\x1b[31m\ny.txt", "x_[31m_y.txt"), ("..\\..\\evil.txt", "_.._evil.txt"), ("", "file"),
    ("\u0645\u0644\u0641.pdf", "\u0645\u0644\u0641.pdf"),
])
def test_file_names_for_disk_and_html_lose_bidi_controls_and_reserved_names(name, expected):
    assert display.file_name(name) == expected
    assert not RAW.search(safe_name(name)) and safe_name(name).split(".")[0].upper() not in ("CON", "NUL", "LPT9")


@pytest.mark.parametrize("value", [HOSTILE, TITLE, BODY, "\ud800 lone surrogate", "plain", "\u0627\u0644\u0639"])
def test_json_escapes_what_could_act_and_decodes_to_the_same_value(value):
    text = display.json_dumps({"v": value, "list": [value]})
    assert not RAW.search(text) and "\ud800" not in text
    assert json.loads(text) == {"v": value, "list": [value]}


def test_one_line_values_can_never_start_a_line():
    shown = display.one_line(HOSTILE)
    assert "\n" not in shown and not RAW.search(shown) and shown.startswith("Evil NPM<U+001B>[2K<U+000D>")
    assert display.gui_line(HOSTILE).startswith("\u2068") and display.gui_line(HOSTILE).endswith("\u2069")
    assert display.gui_line("plain text") == "plain text"
