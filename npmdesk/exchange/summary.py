"""`summary.html`: the package in a form anyone can read after `age -d` and `tar x`, without npmdesk.

Plain HTML with inline CSS, no scripts and no external resources; every value is escaped.
"""

from __future__ import annotations

import html
from typing import Any

from npmdesk.records.model import Record

_STYLE = (
    "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}"
    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}"
    "section{border-top:2px solid #333;margin-top:2em}.body{white-space:pre-wrap}"
    ".mark{color:#a00;font-weight:bold}"
)


def _e(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def build(about: dict[str, str], records: list[Record], attachments: dict[str, list[dict[str, Any]]]) -> bytes:
    """`about`: exporter, fingerprint, created_at, recipients. `attachments`: record id -> entries."""
    names = {r.id: r.title for r in records if r.kind == "contact"}
    parts = [
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">",
        f"<title>npmdesk package from {_e(about['exporter'])}</title><style>{_STYLE}</style></head><body>",
        "<p class=\"mark\">Confidential. Shared by an NPM with the UN Subcommittee on Prevention of Torture.</p>",
        f"<h1>Package from {_e(about['exporter'])}</h1><table>",
        f"<tr><th>Created</th><td>{_e(about['created_at'])}</td></tr>",
        f"<tr><th>Signing-key fingerprint</th><td><code>{_e(about['fingerprint'])}</code></td></tr>",
        f"<tr><th>Encrypted for</th><td>{_e(about['recipients'])}</td></tr>",
        f"<tr><th>Records</th><td>{len(records)}</td></tr></table>",
        "<h2>Contents</h2><ol>",
    ]
    parts += [f"<li><a href=\"#r-{_e(r.id)}\">{_e(r.title)}</a> ({_e(r.kind.replace('_', ' '))}"
              f"{', ' + _e(r.date) if r.date else ''})</li>" for r in records]
    parts.append("</ol>")
    for record in records:
        rows = [("Kind", record.kind.replace("_", " ")), ("Date", record.date), ("Status", record.status),
                ("Counterpart", names.get(record.counterpart or "", record.counterpart)),
                ("Country", record.country), ("Due", record.due_date),
                ("Sensitivity", record.sensitivity.replace("_", " ")),
                ("Tags", ", ".join(record.tags)), ("OPCAT articles", ", ".join(map(str, record.articles)))]
        rows += [(key.replace("_", " ").capitalize(), ", ".join(map(str, value)) if isinstance(value, list) else value)
                 for key, value in sorted(record.fields.items())]
        parts.append(f"<section id=\"r-{_e(record.id)}\"><h2>{_e(record.title)}</h2><table>")
        parts += [f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows if v not in (None, "")]
        parts.append(f"<tr><th>Id</th><td><code>{_e(record.id)}</code></td></tr></table>")
        if record.body:
            parts.append(f"<div class=\"body\">{_e(record.body)}</div>")
        files = attachments.get(record.id, [])
        if files:
            parts.append("<h3>Attachments</h3><ul>")
            parts += [f"<li><a href=\"{_e(f['path'])}\">{_e(f['name'])}</a> ({f['size']:,} bytes)</li>"
                      for f in files]
            parts.append("</ul>")
        parts.append("</section>")
    parts.append("</body></html>\n")
    return "".join(parts).encode("utf-8")
