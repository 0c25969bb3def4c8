"""`summary.html`: the package as a document a person reads and prints after `age -d` and `tar x`,
without npmdesk, in the sender's language (en, fr, es, ar, ru, pt; Arabic right to left, its
commands left to right).

Written at export (inside the package) and rebuilt by `npmdesk package open` from the validated
records (the sender's own summary.html is never written to disk). At the top, the package's
sensitivity marking (the highest of the records it shows); then npmdesk's own statement about
the signer (the banner, the only verdict shown as such); then the package's text under a heading
that says so: the records grouped by kind, communications as threads (summary_html.py), their
attachments linked to the files as `tar -x` writes them; and last the steps to open and check
the package with `age` and OpenSSH alone (summary_texts.py).

Plain HTML under a strict Content-Security-Policy: no scripts, no images, no fonts, no frames, no
forms, no base, nothing loaded from anywhere (so no read receipt); the one style sheet is allowed
by its hash. Every value from the records is neutralised (npmdesk.display: controls and bidi
overrides made visible), HTML-escaped and bidi-isolated (`<bdi>`, `dir="auto"`).
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from typing import Any

from npmdesk import display
from npmdesk.exchange import sshsig
from npmdesk.exchange.summary_html import (
    COMMUNICATION,
    Words,
    e,
    forget_labels,
    how_to_check,
    kind_order,
    own,
    parents,
    record_section,
    threads,
)
from npmdesk.exchange.summary_texts import Texts
from npmdesk.records.kinds import SENSITIVITIES
from npmdesk.records.model import Record
from npmdesk.reports.strings import Strings, number

_STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:start;vertical-align:top}"
    "section{border-top:2px solid #333;margin-top:2em}article{margin-top:1.5em}.body{white-space:pre-wrap}"
    ".thread{border-inline-start:4px solid #999;padding-inline-start:1em;margin-top:1.5em}"
    ".marking{color:#a00;font-weight:bold;font-size:1.3em;letter-spacing:.1em}.mark{color:#a00;font-weight:bold}"
    ".verdict{border:3px solid #036;background:#eef4fb;color:#000;padding:.6em 1em;margin-bottom:1.5em}"
    ".verdict h1{font-size:1.1em;margin:0 0 .3em 0}.outside{color:#555;font-style:italic}"
    "pre{background:#f4f4f4;padding:.4em;white-space:pre-wrap;word-break:break-all}"
    "@media print{.how{page-break-before:always}a{color:inherit;text-decoration:none}}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode("utf-8")).digest()).decode("ascii")
CSP = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; img-src 'none'; font-src 'none'; "
    "script-src 'none'; object-src 'none'; frame-src 'none'; media-src 'none'; connect-src 'none'; "
    "form-action 'none'; base-uri 'none'"
)
SUMMARY_RECORDS = 2_000  # a summary shows at most this many records…
SUMMARY_BYTES = 8_000_000  # …and about this much of their text; records.json(.gz) has them all


def marking_level(records: Iterable[Record]) -> str:
    """The highest sensitivity among `records` (`internal` for none: even an empty package says
    what the vault holds)."""
    found = {r.sensitivity for r in records}
    ranked = [level for level in SENSITIVITIES if level in found]
    return ranked[-1] if ranked else "internal"


def build(about: dict[str, str], records: Iterable[Record], attachments: dict[str, list[dict[str, Any]]], *,
          verdict: str | None = None, language: str = "en", note: str = "") -> bytes:
    """`about`: exporter, fingerprint, created_at, recipients ("" for a passphrase), and
    optionally package (the package's file name, for the commands that open it).
    `attachments`: record id -> entries (name, path relative to the page, size). `verdict`:
    npmdesk's statement about the signer, shown in the banner (callers pass only npmdesk's own
    words; by default, that nothing on the page is proof and how to check). `note`: npmdesk's
    own line after the records (that the page shows only some)."""
    try:
        return _build(about, records, attachments, verdict=verdict, language=language, note=note)
    finally:
        forget_labels()  # no text from the records stays in memory after the page (a choice's own value)


def _build(about: dict[str, str], records: Iterable[Record], attachments: dict[str, list[dict[str, Any]]], *,
           verdict: str | None, language: str, note: str) -> bytes:
    records = list(records)
    t = Texts(language)  # a language npmdesk does not ship reads English
    s = Strings(t.language)
    words = Words(s, t, {r.id: f"r{n}" for n, r in enumerate(records, 1)}, {r.id: r.title for r in records})
    level = marking_level(records)
    exporter = about["exporter"] or t("unnamed")
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(record.kind, []).append(record)
    order = sorted(groups, key=kind_order)
    parts = [
        f"<!DOCTYPE html>\n<html lang=\"{t.language}\" dir=\"{t.direction}\"><head><meta charset=\"utf-8\">",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">",
        "<meta name=\"referrer\" content=\"no-referrer\">",
        f"<title>{own(t('title', name=display.quoted(exporter, 60)))}</title><style>{_STYLE}</style></head><body>",
        f"<p class=\"marking\">{own(s.sensitivity(level).upper())}</p>",
        f"<p class=\"mark\">{own(s(f'marking.note.{level}'))}</p>",
        f"<div class=\"verdict\" role=\"note\"><h1>npmdesk</h1><p>{own(verdict or t('verdict'))}</p>"
        f"<p>{own(t('fingerprint'))} <code dir=\"ltr\">{own(about['fingerprint'])}</code></p>"
        f"<p><a href=\"#how\">{own(t('how.title'))}</a></p></div>",
        f"<p class=\"outside\">{own(t('outside'))}</p>",
        f"<h1>{own(t.template('heading')).replace('{name}', e(exporter))}</h1><table>",
        f"<tr><th>{own(t('created'))}</th><td>{e(s.moment(about['created_at']))}</td></tr>",
        f"<tr><th>{own(t('encrypted_for'))}</th><td>{e(about['recipients'] or t('a_passphrase'))}</td></tr>",
        f"<tr><th>{own(t('records'))}</th><td>{s.number(len(records))}</td></tr></table>",
        f"<h2>{own(t('contents'))}</h2><ul>",
    ]
    parts += [f"<li><a href=\"#k-{kind}\">{own(s.kind(kind))}</a> ({s.number(len(groups[kind]))})</li>"
              for kind in order]
    parts.append(f"<li><a href=\"#how\">{own(t('how.title'))}</a></li></ul>")
    for kind in order:
        parts.append(f"<section id=\"k-{kind}\"><h2>{own(s.kind(kind))} ({s.number(len(groups[kind]))})</h2>")
        parts += _kind_body(kind, groups[kind], attachments, words)
        parts.append("</section>")
    if note:
        parts.append(f"<p class=\"mark\">{own(note)}</p>")
    parts.append(how_to_check(sshsig.principal_for(about["fingerprint"]), words, about.get("package", "")))
    parts.append("</body></html>\n")
    return "".join(parts).encode("utf-8")


def _kind_body(kind: str, records: list[Record], attachments: dict[str, list[dict[str, Any]]],
               words: Words) -> list[str]:
    if kind != COMMUNICATION:
        return [record_section(r, words.anchors[r.id], attachments.get(r.id, []), words) for r in records]
    by_message = {str(r.fields["message_id"]): r.id for r in records if r.fields.get("message_id")}
    ids = {r.id for r in records}
    parts = []
    for thread in threads(records):
        if len(thread) > 1:
            heading = own(words.t.template("thread")).replace("{title}", e(thread[0].title))
            parts.append(f"<div class=\"thread\"><p class=\"outside\">{heading}</p>")
        parts += [record_section(r, words.anchors[r.id], attachments.get(r.id, []), words,
                                 parents(r, by_message, ids)) for r in thread]
        if len(thread) > 1:
            parts.append("</div>")
    return parts


class FirstRecords:
    """The records a summary shows, offered one at a time: the first SUMMARY_RECORDS of them,
    within about SUMMARY_BYTES of text, so a summary costs bounded memory whatever the package
    holds. `total` counts every record offered; `build` says when the page shows only some."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.attachments: dict[str, list[dict[str, Any]]] = {}
        self.total = 0
        self._bytes = 0

    def offer(self, record: Record, attachments: list[dict[str, Any]]) -> None:
        self.total += 1
        weight = len(record.body) + len(record.title) + 200
        if len(self.records) < SUMMARY_RECORDS and self._bytes + weight <= SUMMARY_BYTES:
            self.records.append(record)
            self.attachments[record.id] = attachments
            self._bytes += weight

    def build(self, about: dict[str, str], *, verdict: str | None = None, total: int | None = None,
              where: str = "records.json.gz", max_bytes: int | None = None, language: str = "en") -> bytes:
        """The page (see `build`), with a line saying so if it shows fewer than `total` records
        (by default, all those offered); `where` names the file that holds them all. With
        `max_bytes`, fewer records are shown if the page would be longer (text that escaping
        makes several times longer, like control characters shown as <U+0001>)."""
        shown = self.records
        total = self.total if total is None else total
        while True:
            note = "" if total <= len(shown) else Texts(language)(
                "shown_only", shown=number(len(shown), language), total=number(total, language), where=where)
            html = build(about, shown, self.attachments, verdict=verdict, language=language, note=note)
            if max_bytes is None or len(html) <= max_bytes or not shown:
                return html
            shown = shown[: len(shown) // 2]
