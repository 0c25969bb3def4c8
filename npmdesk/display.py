"""How text from outside is shown: the one place that decides it (terminal, JSON, GUI, HTML, disk).

Text from a package, an imported record or the vault is data, never control. Whatever reaches a
terminal, a window, an HTML page or a file name goes through one of these functions first:

- `terminal` / `one_line`: control characters (C0 but a body's newline and tab, C1, DEL),
  bidi controls, line and paragraph separators, lone surrogates and invisible format characters
  are shown as `<U+XXXX>`. `one_line` also shows newline and tab that way, so a name or a title
  can never start a line of its own (and so never forge one of npmdesk's lines). `quoted` puts a
  one-line value between quotation marks, for sentences that embed outside text.
- `json_dumps`: stable, valid JSON in which every such character is written as a `\\uXXXX`
  escape: the same value when decoded, nothing active when printed.
- `gui` / `gui_line`: the same neutralisation, wrapped in a bidi isolate (FSI … PDI) when the
  value holds right-to-left text or neutralised characters, so that it never reorders the label
  around it (plain left-to-right text is left as it is, unless the window runs right to left:
  see `isolate_every_value`). `sentence` formats a translated sentence with every value so
  isolated: a path, a fingerprint or a French title inside an Arabic sentence keeps its order
  and leaves the sentence's alone. Only for what a window shows: text for a file or the
  clipboard never carries isolates. `html`: escaped for HTML and rich text.
- `file_name`: a name for the disk or for a link: bidi and format controls removed, control
  characters and path separators replaced, Windows-reserved names (CON, NUL, COM1, …, with any
  extension) and trailing dots or spaces changed.

Zero-width joiner and non-joiner (U+200C, U+200D) are kept: scripts such as Persian and
Devanagari, and emoji, need them, and they cannot reorder or hide text. The soft hyphen (U+00AD)
is kept in text (word processors put it there) and dropped from file names.
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from typing import Any

_INVISIBLE = "\u115f\u1160\u180e\u200b\u2060-\u2064\u206a-\u206f\u3164\ufeff\ufff9-\ufffb"
# Everything shown as <U+XXXX> (newline and tab only in one-line values).
_UNSAFE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
    + _INVISIBLE + "\ud800-\udfff"
)
_MULTI = re.compile(f"[{_UNSAFE}]")
_SINGLE = re.compile(f"[\n\t{_UNSAFE}]")
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069{_INVISIBLE}"
                          "\ud800-\udfff]")
FSI, PDI = "\u2068", "\u2069"
RLM = "\u200f"  # right-to-left mark


def _visible(match: re.Match[str]) -> str:
    return f"<U+{ord(match.group()):04X}>"


def terminal(value: object) -> str:
    """Multi-line text (a record's body) safe for a terminal: newline and tab kept, CR LF read as
    a newline, every other control, bidi or invisible format character shown as <U+XXXX>."""
    text = "" if value is None else str(value)
    return _MULTI.sub(_visible, text.replace("\r\n", "\n"))


def one_line(value: object) -> str:
    """A value that must stay on one line (a name, a title, a file name): as `terminal`, and
    newline and tab shown as <U+000A> and <U+0009>."""
    return _SINGLE.sub(_visible, "" if value is None else str(value))


def quoted(value: object, columns: int | None = None) -> str:
    """A one-line value between quotation marks, for a sentence that embeds outside text. With
    `columns`, cut (with an ellipsis) to that many terminal columns, wide characters counting
    twice, so that a long value cannot wrap into what looks like a line of its own."""
    text = one_line(value)
    if columns is not None:
        used, kept = 0, []
        for char in "" if value is None else str(value):
            shown = one_line(char)  # a <U+XXXX> marker is kept whole or left out
            used += sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in shown)
            if used > columns:
                kept.append("\u2026")
                break
            kept.append(shown)
        text = "".join(kept)
    return f"\u201c{text}\u201d"


def is_clean(value: str, *, multiline: bool = False) -> bool:
    """True if `value` would be shown unchanged."""
    return (_MULTI if multiline else _SINGLE).search(value) is None


def json_dumps(value: Any, *, indent: int | None = 2) -> str:
    """Valid, stable JSON for a terminal or a file: non-ASCII text stays readable, but C1, DEL,
    bidi, separator, invisible and lone-surrogate characters are written as \\uXXXX escapes
    (C0 are escaped by JSON itself). Decoding gives back exactly `value`."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_every_value = False  # the window runs right to left: isolate left-to-right values too


def isolate_every_value(on: bool) -> None:
    """Whether `gui`, `gui_line` and `sentence` isolate every value, left-to-right ones included:
    the GUI turns it on while its layout runs right to left (gui/i18n.apply_language), where a
    left-to-right value ("Visite (suivi)", a path, a record id) would otherwise pull the
    sentence's punctuation and neutral characters to its side. The isolate then starts with a
    right-to-left mark, so that a label showing only a value ("Mecanismo Nacional (demo)")
    still aligns to the right like the rest of the window."""
    global _every_value
    _every_value = on


def _isolated(original: str, shown: str) -> str:
    """`shown` in a bidi isolate (FSI … PDI) if `original` could affect the direction of the text
    around it (right-to-left letters or digits, or characters that were neutralised), or if the
    window runs right to left (`isolate_every_value`); otherwise, and when empty, as it is."""
    if not shown:
        return shown
    if _every_value:
        return f"{RLM}{FSI}{shown}{PDI}"
    if shown != original or any(unicodedata.bidirectional(c) in ("R", "AL", "AN") for c in original):
        return f"{FSI}{shown}{PDI}"
    return shown


def gui(value: object) -> str:
    """Multi-line text for a window (the detail pane's text, a dialog): neutralised as `terminal`
    and isolated (see `_isolated`) so it never reorders the text around it."""
    text = "" if value is None else str(value)
    return _isolated(text, terminal(text))


def gui_line(value: object) -> str:
    """A one-line value for a window (a title, a name, a file name, a list cell): `one_line`,
    isolated (see `_isolated`). Use it for every value formatted into a sentence or a label."""
    text = "" if value is None else str(value)
    return _isolated(text, one_line(text))


def _isolated_part(value: object) -> str:
    """A value for `sentence`: numbers as they are written, text as `gui_line` (a value that is
    already an isolate, from `gui_line` or `gui`, is kept whole)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = str(value)
        return f"{RLM}{FSI}{text}{PDI}" if _every_value else text
    text = "" if value is None else str(value)
    if text.removeprefix(RLM).startswith(FSI) and text.endswith(PDI):
        return text
    return gui_line(text)


def sentence(template: str, /, **values: object) -> str:
    """A translated sentence with its `{name}` parts filled in, each as `gui_line` shows it:
    neutralised and bidi-isolated, so that an inserted path, fingerprint or title cannot reorder
    the sentence around it (in a right-to-left window, every part is isolated). For the window
    only: a sentence for a file, the clipboard or a terminal is formatted without isolates."""
    return template.format(**{name: _isolated_part(value) for name, value in values.items()})


# Any character `html` changes: a value without one (most names, titles, dates) is returned as it is.
_HTML_CHANGED = re.compile(f"[&<>\"'\r\n\t{_UNSAFE}]")


def html(value: object, *, multiline: bool = False) -> str:
    """A value for HTML or a Qt rich-text label: neutralised, then escaped (quotes too)."""
    if type(value) is str and _HTML_CHANGED.search(value) is None:
        return value  # (one search instead of a substitution and five replacements: summary.html's thousands)
    return _html.escape(terminal(value) if multiline else one_line(value), quote=True)


# --------------------------------------------------------------------------- file names

_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3])",
                       re.IGNORECASE)
_DROPPED = re.compile(f"[\u00ad\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069{_INVISIBLE}]")
_REPLACED = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff/\\\\:*?\"<>|]")


def drop_invisible(value: str) -> str:
    """`value` without bidi controls and invisible format characters (for names that are stored
    or written: `a<U+202E>fdp.exe` becomes `afdp.exe`)."""
    return _DROPPED.sub("", value)


def windows_safe(name: str) -> str:
    """`name` changed so that Windows can create it: trailing dots and spaces removed, and a
    reserved device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with any extension) prefixed
    with an underscore."""
    name = name.rstrip(". ")
    if _RESERVED.fullmatch(name.split(".", 1)[0].rstrip(" ")):
        name = "_" + name
    return name


def file_name(name: str, *, fallback: str = "file") -> str:
    """A single file-name component for the disk or for a link: bidi and invisible format
    characters removed (so `a<U+202E>fdp.exe` becomes `afdp.exe`, its real extension visible),
    control characters, separators and characters Windows refuses replaced by `_`, no leading
    dot, and Windows-reserved names changed (`windows_safe`). Never empty."""
    text = drop_invisible(unicodedata.normalize("NFC", name))
    text = _REPLACED.sub("_", text).strip().lstrip(".")
    text = windows_safe(text)
    return text if text not in ("", "_") else fallback
