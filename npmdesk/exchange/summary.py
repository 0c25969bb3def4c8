"""`summary.html`: the package in a form anyone can read after `age -d` and `tar x`, without npmdesk.

Written at export (inside the package) and rebuilt by `npmdesk package open` from the validated
records (the sender's own summary.html is never written to disk). Plain HTML under a strict
Content-Security-Policy: no scripts, no images, no fonts, no frames, no forms, no base, nothing
loaded from anywhere (so no read receipt); the one style sheet is allowed by its hash. Every
value from the records is neutralised (npmdesk.display: controls and bidi overrides made
visible), HTML-escaped and bidi-isolated (`<bdi>`, `dir="auto"`). The banner at the top is
npmdesk's own statement about the signer, the only verdict shown as such; package text sits
below it, under a heading that says it is the package's text.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable
from typing import Any

from npmdesk import display
from npmdesk.records.model import Record

_STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}"
    "section{border-top:2px solid #333;margin-top:2em}.body{white-space:pre-wrap}"
    ".mark{color:#a00;font-weight:bold}"
    ".verdict{border:3px solid #036;background:#eef4fb;color:#000;padding:.6em 1em;margin-bottom:1.5em}"
    ".verdict h1{font-size:1.1em;margin:0 0 .3em 0}.outside{color:#555;font-style:italic}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode("utf-8")).digest()).decode("ascii")
CSP = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; img-src 'none'; font-src 'none'; "
    "script-src 'none'; object-src 'none'; frame-src 'none'; media-src 'none'; connect-src 'none'; "
    "form-action 'none'; base-uri 'none'"
)
SUMMARY_RECORDS = 2_000  # a summary shows at most this many records…
SUMMARY_BYTES = 8_000_000  # …and about this much of their text; records.json(.gz) has them all
EXPORT_VERDICT = (
    "This page was written by the sender's npmdesk when the package was made. Read with plain age, "
    "nothing on it is verified: only 'npmdesk import' or 'npmdesk package open' checks the signature."
)


def _e(value: object) -> str:
    """An inline value from the records: neutralised, escaped and isolated."""
    return f"<bdi>{display.html(value)}</bdi>"


def _own(value: object) -> str:
    """npmdesk's own text (a label, a count, a verdict): escaped only."""
    return display.html(value)


def build(about: dict[str, str], records: Iterable[Record], attachments: dict[str, list[dict[str, Any]]], *,
          verdict: str = EXPORT_VERDICT) -> bytes:
    """`about`: exporter, fingerprint, created_at, recipients. `attachments`: record id -> entries
    (name, path relative to the page, size). `verdict`: npmdesk's statement about the signer,
    shown in the banner; callers pass only npmdesk's own words there."""
    records = list(records)
    names = {r.id: r.title for r in records if r.kind == "contact"}
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">",
        "<meta name=\"referrer\" content=\"no-referrer\">",
        f"<title>npmdesk package from {display.html(display.quoted(about['exporter'], 60))}</title>"
        f"<style>{_STYLE}</style></head><body>",
        f"<div class=\"verdict\" role=\"note\"><h1>npmdesk</h1><p>{_own(verdict)}</p>"
        f"<p>Signing-key fingerprint: <code>{_own(about['fingerprint'])}</code></p></div>",
        "<p class=\"mark\">Confidential. Shared by an NPM with the UN Subcommittee on Prevention of Torture.</p>",
        "<p class=\"outside\">Everything below is the package's own text.</p>",
        f"<h1>Package from {_e(about['exporter'])}</h1><table>",
        f"<tr><th>Created</th><td>{_e(about['created_at'])}</td></tr>",
        f"<tr><th>Encrypted for</th><td>{_e(about['recipients'])}</td></tr>",
        f"<tr><th>Records</th><td>{len(records)}</td></tr></table>",
        "<h2>Contents</h2><ol>",
    ]
    parts += [f"<li><a href=\"#r-{display.html(r.id)}\">{_e(r.title)}</a> ({_e(r.kind.replace('_', ' '))}"
              f"{', ' + _e(r.date) if r.date else ''})</li>" for r in records]
    parts.append("</ol>")
    for record in records:
        parts.append(_section(record, names, attachments.get(record.id, [])))
    parts.append("</body></html>\n")
    return "".join(parts).encode("utf-8")


def _section(record: Record, names: dict[str, str], files: list[dict[str, Any]]) -> str:
    rows = [("Kind", record.kind.replace("_", " ")), ("Date", record.date), ("Status", record.status),
            ("Counterpart", names.get(record.counterpart or "", record.counterpart)),
            ("Country", record.country), ("Due", record.due_date),
            ("Sensitivity", record.sensitivity.replace("_", " ")),
            ("Tags", ", ".join(record.tags)), ("OPCAT articles", ", ".join(map(str, record.articles)))]
    rows += [(key.replace("_", " ").capitalize(), ", ".join(map(str, value)) if isinstance(value, list) else value)
             for key, value in sorted(record.fields.items())]
    parts = [f"<section id=\"r-{display.html(record.id)}\"><h2 dir=\"auto\">{_e(record.title)}</h2><table>"]
    parts += [f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows if v not in (None, "")]
    parts.append(f"<tr><th>Id</th><td><code>{_e(record.id)}</code></td></tr></table>")
    if record.body:
        parts.append(f"<div class=\"body\" dir=\"auto\">{display.html(record.body, multiline=True)}</div>")
    if files:
        parts.append("<h3>Attachments</h3><ul>")
        parts += [f"<li><a href=\"{display.html(f['path'])}\">{_e(display.file_name(str(f['name'])))}</a> "
                  f"({int(f['size']):,} bytes)</li>" for f in files]
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)


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

    def build(self, about: dict[str, str], *, verdict: str = EXPORT_VERDICT, total: int | None = None,
              where: str = "records.json.gz", max_bytes: int | None = None) -> bytes:
        """The page (see `build`), with a line saying so if it shows fewer than `total` records
        (by default, all those offered); `where` names the file that holds them all. With
        `max_bytes`, fewer records are shown if the page would be longer (text that escaping
        makes several times longer, like control characters shown as <U+0001>)."""
        shown = self.records
        total = self.total if total is None else total
        while True:
            html = build(about, shown, self.attachments, verdict=verdict)
            if max_bytes is None or len(html) <= max_bytes or not shown:
                break
            shown = shown[: len(shown) // 2]
        if total <= len(shown):
            return html
        note = (f"<p class=\"mark\">This summary shows the first {len(shown):,} of {total:,} records; "
                f"every record is in {_own(where)}.</p>").encode()
        cut = html.rfind(b"</body>")
        return html[:cut] + note + html[cut:] if cut >= 0 else html + note
