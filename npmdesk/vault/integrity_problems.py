"""The lines SQLCipher's and SQLite's integrity checks report, as phrases the window and the
command line show in the user's language (npmdesk/phrase.py).

The checks speak English of their own; the lines npmdesk meets on a damaged vault (a page that
fails its authentication, a broken tree page, an index out of step) are recognised and become a
template with their numbers and names as values. Any other line is shown inside a translated
sentence that names its source, its own words kept as they are (a technical detail for support).
The English of a recognised line is the check's own, word for word.
"""

from __future__ import annotations

import re

from npmdesk.phrase import Phrase

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
                values["error"] = _STOPPED.get(str(values["error"]), values["error"])
            return Phrase.with_values(known.template, values)
    return Phrase("SQLite reports: {text}", text=line)
