"""The body of summary.html: the records a person reads and prints, grouped by kind, the
communications as threads in date order, and the steps to open and check a package without npmdesk.

What is shown is what a reader understands: the glossary's names of kinds, statuses, fields and
choices in the sender's language, tag labels, country names, the names of the contacts and the
titles of the records a value refers to (never a record id), and no internal field (keys, the
verification and own-device marks, mail header ids). Every value from the records is neutralised
(npmdesk.display), HTML-escaped and bidi-isolated; npmdesk's own words are escaped only.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from npmdesk import display
from npmdesk.exchange.summary_texts import Texts, commands, good_signature
from npmdesk.records import kinds, reference
from npmdesk.records.model import Record, article_number, is_uuid
from npmdesk.reports.strings import Strings

# Fields that mean something to npmdesk, not to a reader: keys, marks that never travel, mail ids.
HIDDEN_FIELDS = frozenset({"age_recipient", "signing_key", "keys_verified", "own_device", "message_id",
                           "mail_parent", "in_reply_to"})
COMMUNICATION = "communication"
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_PLAIN_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,99}")  # a file name a command shows as it is


def e(value: object) -> str:
    """An inline value from the records: neutralised, escaped and isolated."""
    return f"<bdi>{display.html(value)}</bdi>"


def own(value: object) -> str:
    """npmdesk's own text (a label, a count, a verdict): escaped only."""
    return _own(value) if type(value) is str else display.html(value)


# The same labels come back for every record (thousands of times in a summary): escaped once each,
# for one page (`forget_labels` after it: a label may be a record's own value, such as an unknown choice).
_own = functools.lru_cache(maxsize=4096)(display.html)


def forget_labels() -> None:
    _own.cache_clear()


@dataclass
class Words:
    """Everything the body needs to name things in one language."""

    s: Strings
    t: Texts
    anchors: dict[str, str]  # record id -> the anchor of its section on this page
    titles: dict[str, str]  # record id -> title, for every record shown
    # What the page writes again and again (dates, countries, tags, articles), made once each.
    _made: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return self.t.language

    def record_link(self, record_id: str) -> str:
        """A record named by its title (a link to it on the page), never by its id."""
        if record_id in self.anchors:
            return f"<a href=\"#{self.anchors[record_id]}\">{e(self.titles[record_id])}</a>"
        return own(self.t("not_included"))

    def _once(self, what: str, value: str, make: Callable[[str], str]) -> str:
        made = self._made.get((what, value))
        if made is None:
            made = self._made[what, value] = make(value)
        return made

    def date(self, value: str) -> str:
        """A date as the page writes it (Strings.date)."""
        return self._once("date", value, self.s.date)

    def country(self, code: str) -> str:
        return self._once("country", code, self._country)

    def _country(self, code: str) -> str:
        return reference.country_name(code, self.language) if _COUNTRY_CODE.fullmatch(code) else code

    def tag(self, slug: str) -> str:
        return self._once("tag", slug, self._tag)

    def _tag(self, slug: str) -> str:
        tag = reference.tag_by_slug(slug)
        return tag.label.get(self.language) if tag is not None else slug

    def article(self, ref: str) -> str:
        return self._once("article", ref, self._article)

    def _article(self, ref: str) -> str:
        try:
            found = reference.article(article_number(ref))
        except ValueError:
            found = None
        label = self.t("article", number=ref)
        return f"{label} ({found.topic.get(self.language)})" if found is not None else label


def kind_order(kind: str) -> tuple[int, int]:
    """Communications first, then the kinds in kinds.py's order, contacts last."""
    names = list(kinds.KINDS)
    return (0 if kind == COMMUNICATION else 2 if kind == "contact" else 1,
            names.index(kind) if kind in names else len(names))


def threads(communications: Sequence[Record]) -> list[list[Record]]:
    """The communications as threads: a reply (its mail_parent or in_reply_to naming another's
    message_id, or a `reply_to`/`thread` link to another) joins what it answers; each thread in
    date order, the threads in the order of their first message."""
    by_message = {str(r.fields["message_id"]): r.id for r in communications if r.fields.get("message_id")}
    ids = {r.id for r in communications}
    root = {r.id: r.id for r in communications}

    def find(rid: str) -> str:
        while root[rid] != rid:
            root[rid] = root[root[rid]]
            rid = root[rid]
        return rid

    for record in communications:
        for other in parents(record, by_message, ids):
            root[find(record.id)] = find(other)
    groups: dict[str, list[Record]] = {}
    for record in communications:
        groups.setdefault(find(record.id), []).append(record)
    ordered = [sorted(group, key=_when) for group in groups.values()]
    return sorted(ordered, key=lambda group: _when(group[0]))


def parents(record: Record, by_message: dict[str, str], ids: set[str]) -> list[str]:
    """The communications on the page that `record` answers or continues."""
    found = [by_message[str(record.fields[key])] for key in ("mail_parent", "in_reply_to")
             if record.fields.get(key) and str(record.fields[key]) in by_message]
    found += [link.to for link in record.links if link.relation in ("reply_to", "thread") and link.to in ids]
    return [rid for rid in dict.fromkeys(found) if rid != record.id]


def _when(record: Record) -> tuple[str, str, str]:
    return (record.date or "", str(record.fields.get("sent_at") or ""), record.title)


def record_section(record: Record, anchor: str, files: list[dict[str, Any]], words: Words,
                   replies_to: Sequence[str] = ()) -> str:
    """One record: its title, a table of what it says in words, its text, its attachments."""
    rows = _envelope(record, words)
    if replies_to:
        rows.append((words.t("in_reply_to"), ", ".join(words.record_link(rid) for rid in replies_to)))
    rows += _fields(record, words)
    if record.links:
        linked = [f"{own(words.s.glossary.relation(link.relation))}: {words.record_link(link.to)}"
                  for link in record.links if link.to not in replies_to]
        if linked:
            rows.append((words.t("linked"), "<br>".join(linked)))
    parts = [f"<article id=\"{anchor}\"><h3 dir=\"auto\">{e(record.title)}</h3><table>"]
    parts += [f"<tr><th>{own(label)}</th><td>{value}</td></tr>" for label, value in rows if value]
    parts.append("</table>")
    if record.body:
        parts.append(f"<div class=\"body\" dir=\"auto\">{display.html(record.body, multiline=True)}</div>")
    if files:
        parts.append(f"<h4>{own(words.t('attachments'))}</h4><ul>")
        parts += [f"<li><a href=\"{display.html(f['path'])}\">{e(display.file_name(str(f['name'])))}</a> "
                  f"({own(words.t('bytes', size=words.s.number(int(f['size']))))})</li>" for f in files]
        parts.append("</ul>")
    parts.append("</article>")
    return "".join(parts)


def _envelope(record: Record, words: Words) -> list[tuple[str, str]]:
    s, t = words.s, words.t
    spec = kinds.KINDS.get(record.kind)
    subtype = str(record.fields.get(spec.status_field) or "") if spec and spec.status_field else None
    date_label = s.glossary.date_meaning(spec.date_meaning) if spec else t("created")
    return [
        (t("kind"), own(s.kind(record.kind))),
        (date_label, e(words.date(record.date)) if record.date else ""),
        (t("status"), own(s.status(record.status, record.kind, subtype or None)) if record.status else ""),
        (t("counterpart"), words.record_link(record.counterpart) if record.counterpart else ""),
        (t("country"), e(words.country(record.country)) if record.country else ""),
        (t("due_date"), e(words.date(record.due_date)) if record.due_date else ""),
        (t("sensitivity"), own(s.sensitivity(record.sensitivity))),
        (t("tags"), ", ".join(e(words.tag(tag)) for tag in record.tags)),
        (t("articles"), "; ".join(own(words.article(ref)) for ref in record.articles)),
    ]


def _fields(record: Record, words: Words) -> list[tuple[str, str]]:
    spec = kinds.KINDS.get(record.kind)
    rows = []
    for fs in spec.fields if spec else ():
        value = record.fields.get(fs.name)
        if fs.name in HIDDEN_FIELDS or value in (None, "", []):
            continue
        rows.append((words.s.field(fs.name, record.kind), _value(fs, value, words)))
    return rows


def _value(fs: kinds.FieldSpec, value: Any, words: Words) -> str:
    """A field's value in words: a choice by its name, yes/no, a record by its title, a country
    by its name; anything else as text."""
    if fs.type == kinds.CHOICE:
        return own(words.s.glossary.choice(fs.name, str(value)))
    if fs.type == kinds.CHOICE_LIST:
        return ", ".join(own(words.s.glossary.choice(fs.name, str(v))) for v in value)
    if fs.type == kinds.BOOL:
        return own(words.t("yes" if value else "no"))
    items = value if isinstance(value, list) else [value]
    shown = []
    for item in items:
        text = str(item)
        if is_uuid(text):
            shown.append(words.record_link(text))
        elif fs.name == "countries":
            shown.append(e(words.country(text)))
        else:
            shown.append(f"<bdi>{display.html(text, multiline=fs.type == kinds.LONG_TEXT)}</bdi>")
    return ", ".join(shown)


def how_to_check(principal: str, words: Words, package: str = "") -> str:
    """The section that tells a recipient without npmdesk how to decrypt, unpack and verify
    (`package`: the package's file name, when it is safe to show in a command)."""
    t = words.t
    steps = commands(principal, package if _PLAIN_NAME.fullmatch(package) else "package.age")
    parts = [f"<section id=\"how\" class=\"how\"><h2>{own(t('how.title'))}</h2>",
             f"<p>{own(t('how.intro'))}</p><p>{own(t('how.line'))}</p>"]
    for system in ("windows", "macos", "linux"):
        lines = steps[system]
        decrypt, verify = lines[:-1], lines[-1]
        parts.append(f"<h3>{own(t(f'how.{system}'))}</h3><p>{own(t(f'how.{system}.get'))}</p><ol>"
                     f"<li>{own(t('how.step.decrypt'))}<pre dir=\"ltr\">{chr(10).join(map(own, decrypt))}</pre></li>"
                     f"<li>{own(t('how.step.signers'))}</li>"
                     f"<li>{own(t('how.step.verify'))}<pre dir=\"ltr\">{own(verify)}</pre></li></ol>")
    answer = f"<code dir=\"ltr\">{own(good_signature(principal))}</code>"
    parts.append(f"<p><strong>{own(t.template('how.good')).replace('{answer}', answer)}</strong></p>"
                 f"<p>{own(t('how.files'))}</p></section>")
    return "".join(parts)
