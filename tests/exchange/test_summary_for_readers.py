"""summary.html as a recipient without npmdesk reads it after the real `age -d | tar -x`: the marking
first, names and labels in the sender's language instead of ids, communications as threads in
date order, attachments linked to the extracted files, and the steps to check the package."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from npmdesk.exchange import age, sshsig
from npmdesk.exchange.export import plan_export, write_package
from npmdesk.exchange.summary_texts import TEXTS
from npmdesk.records import Record
from npmdesk.records.model import Link
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.hostile_packages import members_of
from tests.support.package_helpers import communication, side

HOSTILE = "Evil\x1b[2K\r\n\x07\x9b31m\u202eexe.pdf\u2066x\u2069\u2028end"
TITLE = "<script>alert(1)</script><img src=http://example.org/receipt.png>" + HOSTILE
BODY = "first line\n" + HOSTILE + "\n<meta http-equiv=\"refresh\" content=\"0;url=http://x\">"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


class Page(HTMLParser):
    """The page as a reader sees it: its text in order, its table rows, its links and anchors."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.rows: list[tuple[str, str]] = []
        self.links: list[str] = []
        self.anchors: set[str] = set()
        self.classes: list[tuple[str, int]] = []  # (class, position in texts) of each element that has one
        self.headings: list[str] = []  # each record's title, in the page's order
        self._heading = False
        self._cell: list[str] | None = None
        self._row: list[str] = []
        self._skip = 0
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        found = dict(attrs)
        if tag in ("style", "title"):
            self._skip += 1
        if found.get("id"):
            self.anchors.add(found["id"])
        if found.get("class"):
            self.classes.append((found["class"], len(self.texts)))
        if tag == "a" and found.get("href"):
            self.links.append(found["href"])
        if tag == "h3" and found.get("dir") == "auto":
            self._heading = True
        if tag in ("th", "td"):
            self._cell = []
        if tag == "tr":
            self._row = []

    def handle_endtag(self, tag):
        if tag == "h3":
            self._heading = False
        if tag in ("style", "title"):
            self._skip -= 1
        if tag in ("th", "td") and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        if tag == "tr" and len(self._row) == 2:
            self.rows.append((self._row[0], self._row[1]))

    def handle_data(self, data):
        if self._skip or not data.strip():
            return
        self.texts.append(data.strip())
        if self._heading:
            self.headings.append(data.strip())
        if self._cell is not None:
            self._cell.append(data)

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    def values(self, label: str) -> list[str]:
        return [value for name, value in self.rows if name == label]


@pytest.fixture
def age_key(tmp_path) -> tuple[Path, str]:
    key = tmp_path / "key.txt"
    subprocess.run(["age-keygen", "-o", str(key)], check=True, capture_output=True, timeout=60)
    [identity] = age.parse_identities(key.read_text())
    return key, identity.recipient.encode()


def _correspondence(field) -> dict[str, Record]:
    """A contact, a thread of three messages (a mail reply, then a linked answer), an unrelated
    letter dated in between, and a visit."""
    store = field.store
    rapporteur = store.add(Record(kind="contact", title="Rapporteur Ortiz", status="active", country="KZ",
                                  fields={"role": "country_rapporteur", "keys_verified": True,
                                          "own_device": False}))
    first = store.add(communication(
        "Request for information", date="2026-03-01", counterpart=rapporteur.id, country="KZ",
        sensitivity="confidential", tags=["interaction-with-the-spt"], status="awaiting_reply",
        fields={"direction": "sent", "channel": "email", "message_id": "<one@npm.example>"}))
    other = store.add(communication("Unrelated letter", date="2026-03-03", counterpart=rapporteur.id))
    reply = store.add(communication(
        "Re: Request for information", date="2026-03-05", counterpart=rapporteur.id, status="answered",
        fields={"direction": "received", "channel": "email", "message_id": "<two@spt.example>",
                "mail_parent": "<one@npm.example>"}))
    answer = store.add(communication("Our answer", date="2026-03-09", links=[Link(reply.id, "reply_to")]))
    visit = store.add(Record(kind="visit", title="Visit to Astana", date="2026-05-10", status="announced",
                             country="KZ", fields={"visit_type": "follow_up_visit"}))
    return {"contact": rapporteur, "first": first, "other": other, "reply": reply, "answer": answer,
            "visit": visit}


def _extract(tmp_path: Path, key: Path, package: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    subprocess.run(f"age -d -i {key} {package} | tar -x", shell=True, cwd=out, check=True,  # noqa: S602
                   timeout=60)
    return out


@pytest.mark.parametrize("package_format", [1, 2])
def test_a_recipient_reads_names_labels_and_threads_not_ids(tmp_path, age_key, package_format):
    key, recipient = age_key
    with side(tmp_path / "field", "Mecanismo Nacional", "Bo") as field:
        records = _correspondence(field)
        field.attach(records["reply"].id, "annex report.pdf", b"%PDF annex")
        write_package(field.store, field.identity, plan_export(field.store), tmp_path / "p.age",
                      recipients=[recipient], confirmed=True, package_format=package_format)
        principal = sshsig.principal_for(field.identity.fingerprint)
    out = _extract(tmp_path, key, tmp_path / "p.age")
    html = (out / "summary.html").read_text(encoding="utf-8")
    page = Page(html)

    assert page.texts[0] == "CONFIDENTIAL"  # the marking, before anything else
    assert page.classes[0] == ("marking", 0)
    assert "Communication" in page.values("Type") and "Visit" in page.values("Type")
    assert "Awaiting reply" in page.values("Status") and "Answered" in page.values("Status")
    assert page.values("Country") == ["Kazakhstan"] * 3 and "KZ" not in page.values("Country")
    assert "Interaction with the SPT" in page.values("Tags")
    assert set(page.values("Counterpart")) == {"Rapporteur Ortiz"}
    assert "Country rapporteur" in page.values("Role") and "Follow-up visit" in page.values("Type of visit")
    for internal in ("interaction-with-the-spt", "Keys verified", "keys_verified", "country_rapporteur",
                     "awaiting_reply", "one@npm.example", "Own device"):
        assert internal not in page.text, internal
    for record in records.values():
        assert record.id not in html  # no record id anywhere, not even in an anchor

    # Communications first, as threads: the thread together in date order, then the unrelated
    # letter dated in between; then the other kinds, contacts last.
    assert page.headings == ["Request for information", "Re: Request for information", "Our answer",
                             "Unrelated letter", "Visit to Astana", "Rapporteur Ortiz"]
    assert "Thread:" in page.texts
    assert page.values("In reply to") == ["Request for information", "Re: Request for information"]

    files = [link for link in page.links if not link.startswith("#")]
    assert files and all((out / link).is_file() for link in files)
    assert (out / files[0]).read_bytes() == b"%PDF annex" and "annex report.pdf" in page.text
    assert all(link[1:] in page.anchors for link in page.links if link.startswith("#"))

    assert "How to open and check this package" in page.texts
    for command in ("age -d -i key.txt p.age | tar -x", "age -d -i key.txt -o package.tar p.age",
                    f"ssh-keygen -Y verify -f allowed_signers -I {principal} -n npmdesk-package "
                    "-s manifest.json.sshsig < manifest.json"):
        assert command in page.text
    assert all(name in page.text for name in ("Windows 10 and 11", "macOS", "Linux"))


def test_the_summary_is_in_the_senders_language(tmp_path, age_key):
    key, recipient = age_key
    with side(tmp_path / "field", "Mécanisme national", "Bo") as field:
        _correspondence(field)
        write_package(field.store, field.identity, plan_export(field.store), tmp_path / "p.age",
                      recipients=[recipient], confirmed=True, language="fr")
    page = Page((_extract(tmp_path, key, tmp_path / "p.age") / "summary.html").read_text(encoding="utf-8"))
    assert page.texts[0] == "CONFIDENTIEL"
    assert "En attente de réponse" in page.values("Statut") and "Rapporteur de pays" in page.values("Rôle")
    assert "Interaction avec le SPT" in page.values("Mots-clés") and page.values("Pays")[0] == "Kazakhstan"
    assert "Ouvrir et vérifier ce paquet" in page.texts
    assert "Awaiting reply" not in page.text and "Status" not in page.text


# language: (marking, heading, "How to open…", Status label and value, Country label and value)
OWN_LANGUAGES = {
    "ar": ("سري", "حزمة من", "كيفية فتح هذه الحزمة والتحقق منها", "الحالة", "في انتظار الرد", "البلد", "كازاخستان"),
    "ru": ("КОНФИДЕНЦИАЛЬНО", "Пакет от", "Как открыть и проверить этот пакет", "Статус", "Ожидает ответа",
           "Страна", "Казахстан"),
    "pt": ("CONFIDENCIAL", "Pacote de", "Como abrir e verificar este pacote", "Situação", "Aguarda resposta",
           "País", "Cazaquistão"),
}


@pytest.mark.parametrize("language", sorted(OWN_LANGUAGES))
def test_a_package_made_in_arabic_russian_or_portuguese_has_its_summary_in_that_language(tmp_path, age_key,
                                                                                          language):
    key, recipient = age_key
    marking, heading, how, status, awaiting, country, kazakhstan = OWN_LANGUAGES[language]
    with side(tmp_path / "field", "NPM", "Bo") as field:
        _correspondence(field)
        write_package(field.store, field.identity, plan_export(field.store), tmp_path / "p.age",
                      recipients=[recipient], confirmed=True, language=language)
        principal = sshsig.principal_for(field.identity.fingerprint)
    html = (_extract(tmp_path, key, tmp_path / "p.age") / "summary.html").read_text(encoding="utf-8")
    page = Page(html)
    assert page.texts[0] == marking and heading in page.texts and how in page.texts
    assert awaiting in page.values(status) and page.values(country)[0] == kazakhstan
    for english in ("How to open and check this package", "Awaiting reply", "Status", "Kazakhstan"):
        assert english not in page.text, english
    # What the reader types and what ssh-keygen answers stay as they are, left to right.
    assert f'Good "npmdesk-package" signature for {principal}' in page.texts
    assert (f"ssh-keygen -Y verify -f allowed_signers -I {principal} -n npmdesk-package "
            "-s manifest.json.sshsig < manifest.json") in page.texts
    assert re.search(r"<html [^>]*\bdir=\"(\w+)\"", html)[1] == ("rtl" if language == "ar" else "ltr")
    assert set(re.findall(r"<(?:pre|code)\b[^>]*>", html)) == {'<pre dir="ltr">', '<code dir="ltr">'}


def test_export_on_the_command_line_writes_the_summary_in_the_language_asked(tmp_path, age_key):
    key, recipient = age_key
    with side(tmp_path / "field", "Mecanismo Nacional", "Bo") as field:
        _correspondence(field)
    done = npmdesk("export", "--all", "-r", recipient, "--confirm-sensitive", "--language", "es", "-o",
                   tmp_path / "carta.age", "--vault", tmp_path / "field", env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert done.status == 0, done.err
    page = Page((_extract(tmp_path, key, tmp_path / "carta.age") / "summary.html").read_text(encoding="utf-8"))
    assert page.texts[0] == "CONFIDENCIAL" and "Cómo abrir y verificar este paquete" in page.texts
    assert "A la espera de respuesta" in page.values("Estado") and page.values("País")[0] == "Kazajistán"
    assert "age -d -i key.txt carta.age | tar -x" in page.text  # the commands name the package's file


def test_every_language_has_every_text_of_the_summary_with_the_same_placeholders():
    assert set(TEXTS) == {"en", "fr", "es", "ar", "ru", "pt"}
    for language, texts in TEXTS.items():
        assert set(texts) == set(TEXTS["en"]), language
        for name, text in texts.items():
            assert set(re.findall(r"\{\w+\}", text)) == set(re.findall(r"\{\w+\}", TEXTS["en"][name])), (language, name)


def test_record_text_in_names_tags_fields_and_threads_is_shown_neutralised(tmp_path):
    with side(tmp_path / "a", HOSTILE, "Bo") as sender, side(tmp_path / "b", "Office", "Ana") as receiver:
        contact = sender.store.add(Record(kind="contact", title=TITLE, status="active",
                                          fields={"role": "member", "organisation": HOSTILE}))
        first = sender.store.add(communication(TITLE, counterpart=contact.id, tags=[HOSTILE],
                                               fields={"direction": "sent", "channel": "email",
                                                       "message_id": "<a@x>", "outcome": BODY}))
        sender.store.add(communication("Reply", date="2026-03-04", links=[Link(first.id, "reply_to")],
                                       fields={"direction": "received", "channel": "email", "mail_parent": "<a@x>"}))
        write_package(sender.store, sender.identity, plan_export(sender.store), tmp_path / "p.age",
                      recipients=[receiver.identity.recipient], confirmed=True)
        page = dict(members_of(tmp_path / "p.age", receiver.identity))["summary.html"].decode("utf-8")
    assert not RAW.search(page) and "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;U+202E&gt;" in page
    parsed = Page(page)
    assert parsed.values("Counterpart")[0].startswith("<script>alert(1)</script>")  # the name, as text
    assert parsed.values("In reply to")[0].startswith("<script>alert(1)</script>")


def test_package_open_writes_the_summary_in_the_readers_language(tmp_path, age_key):
    """The sender wrote in English; `package open` rebuilds summary.html in the language the
    command line speaks (NPMDESK_LANG=ru): its words, npmdesk's verdict, dates and counts."""
    key, recipient = age_key
    with side(tmp_path / "field", "NPM", "Bo") as field:
        _correspondence(field)
        write_package(field.store, field.identity, plan_export(field.store), tmp_path / "p.age",
                      recipients=[recipient], confirmed=True, language="en")
        fingerprint = field.identity.fingerprint
    opened = npmdesk("package", "open", tmp_path / "p.age", "-i", key, "--out", tmp_path / "opened",
                     env={"NPMDESK_LANG": "ru"})
    assert opened.status == 0, opened.err
    page = Page((tmp_path / "opened" / "summary.html").read_text(encoding="utf-8"))
    assert page.texts[0] == "КОНФИДЕНЦИАЛЬНО" and "Как открыть и проверить этот пакет" in page.texts
    assert f"npmdesk проверил подпись этого пакета: он подписан ключом с отпечатком {fingerprint}." in page.text
    assert "1 марта 2026\u202fг." in page.text  # the first message's date, written out (CLDR)
    assert "Ожидает ответа" in page.values("Статус") and page.values("Страна")[0] == "Казахстан"
    for english in ("How to open and check this package", "npmdesk verified", "Awaiting reply", "2026-03-01"):
        assert english not in page.text, english
