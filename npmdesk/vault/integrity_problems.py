"""The lines SQLCipher's and SQLite's integrity checks report, as phrases the window and the
command line show in the user's language (npmdesk/phrase.py).

The checks speak English of their own; the lines npmdesk meets on a damaged vault (a page that
fails its authentication, a broken tree page, an index out of step) are recognised and become a
template with their numbers and names as values. Any other line (and any other reason a check
stopped) becomes a translated sentence saying in words that the check found a problem npmdesk
cannot describe, with the line itself only as a detail for support to copy: on one line, its
control and bidi characters made visible, cut to DETAIL_CHARS. The checks' lines name pages,
tables and indexes, never a record's content. The English of a recognised line is the check's
own, word for word. The attachment files' check (vault/attachment_files.py) names an attachment
and its record by their ids.
"""

from __future__ import annotations

import re

from npmdesk.display import one_line
from npmdesk.phrase import Phrase

DETAIL_CHARS = 200  # of a line npmdesk does not recognise, kept for support

_KNOWN: tuple[tuple[re.Pattern[str], Phrase], ...] = (
    (re.compile(r"HMAC verification failed for page (?P<page>\d+)"),
     Phrase("HMAC verification failed for page {page}")),
    (re.compile(r"page (?P<page>\d+) has an invalid size of (?P<size>\d+) bytes"
                r" \(expected (?P<expected>\d+) bytes\)"),
     Phrase("page {page} has an invalid size of {size} bytes (expected {expected} bytes)")),
    (re.compile(r"\*\*\* in database (?P<name>\w+) \*\*\*"), Phrase("*** in database {name} ***")),
    (re.compile(r"Page (?P<page>\d+): never used"), Phrase("Page {page}: never used")),
    (re.compile(r"row (?P<row>\d+) missing from index (?P<index>\S+)"), Phrase("row {row} missing from index {index}")),
    (re.compile(r"wrong # of entries in index (?P<index>\S+)"), Phrase("wrong # of entries in index {index}")),
    (re.compile(r"attachment (?P<attachment>[\w-]+) of record (?P<record>[\w-]*): its file is missing"),
     Phrase("attachment {attachment} of record {record}: its file is missing")),
    (re.compile(r"attachment (?P<attachment>[\w-]+) of record (?P<record>[\w-]*): its file is damaged"),
     Phrase("attachment {attachment} of record {record}: its file is damaged (altered, cut short or replaced)")),
    (re.compile(r"cipher check stopped: (?P<error>.*)", re.S), Phrase("cipher check stopped: {error}")),
    (re.compile(r"integrity check stopped: (?P<error>.*)", re.S), Phrase("integrity check stopped: {error}")),
)


# SQLite's own words for why a check stopped, when npmdesk has its own for them.
_STOPPED = {
    "database disk image is malformed": Phrase("the database file is damaged"),
    "file is not a database": Phrase("the file is not a database npmdesk can read"),
}


def problem_phrase(line: str) -> Phrase:
    """One line of an integrity check as a phrase (see the module)."""
    for pattern, known in _KNOWN:
        found = pattern.fullmatch(line.strip())
        if found:
            values: dict[str, object] = dict(found.groupdict())
            if "error" in values:
                error = str(values["error"])
                values["error"] = _STOPPED.get(error) or Phrase(
                    "an error npmdesk cannot describe in words (detail for support: {detail})", detail=_detail(error))
            return Phrase.with_values(known.template, values)
    return Phrase("The integrity check found a problem npmdesk cannot describe in words (detail for support: "
                  "{detail}).", detail=_detail(line))


def _detail(text: str) -> str:
    shown = one_line(text.strip())
    return shown if len(shown) <= DETAIL_CHARS else shown[:DETAIL_CHARS] + "\u2026"
