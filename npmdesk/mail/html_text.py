"""HTML mail bodies as clean text: paragraphs, line breaks, list items and links kept;
scripts, styles, forms and remote content dropped. Nothing is ever fetched: an image becomes
its alternative text, a link its text followed by its address when they differ."""

from __future__ import annotations

import html.parser
import re
import time

from npmdesk.mail.errors import MessageTooSlow

_BLOCKS = {
    "p", "div", "section", "article", "header", "footer", "table", "tr", "ul", "ol", "dl", "dt",
    "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "blockquote", "address", "center", "form", "fieldset",
}
_SKIPPED = {"script", "style", "head", "title", "template", "noscript", "object", "embed",
            "iframe", "svg", "math", "select", "button"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "area", "base", "col", "wbr", "source", "track"}
_SHOWN_SCHEMES = ("http://", "https://", "mailto:", "ftp://")
FEED = 64 * 1024


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip: list[str] = []
        self._links: list[tuple[str, int]] = []
        self._pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip:
            if tag == self._skip[-1] and tag not in _VOID:
                self._skip.append(tag)
            return
        if tag in _SKIPPED:
            self._skip.append(tag)
            return
        values = {name: value or "" for name, value in attrs}
        if tag == "br":
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n• ")
        elif tag in ("td", "th"):
            self.out.append("\t")
        elif tag == "img":
            alt = " ".join(values.get("alt", "").split())
            if alt:
                self.out.append(f"[{alt}]")
        elif tag == "a":
            self._links.append((values.get("href", "").strip(), len(self.out)))
        elif tag in _BLOCKS:
            self.out.append("\n\n" if tag not in ("tr", "dt", "dd") else "\n")
        if tag == "pre":
            self._pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip:
            if tag == self._skip[-1]:
                self._skip.pop()
            return
        if tag == "a" and self._links:
            href, start = self._links.pop()
            text = " ".join("".join(self.out[start:]).split())
            shown = href.removeprefix("mailto:")
            if href.lower().startswith(_SHOWN_SCHEMES) and shown and shown != text:
                self.out.append(f" ({href})")
        elif tag in _BLOCKS:
            self.out.append("\n\n" if tag not in ("tr", "dt", "dd") else "\n")
        if tag == "pre" and self._pre:
            self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._pre:
            data = re.sub(r"\s+", " ", data)
        self.out.append(data)


def html_to_text(markup: str, *, deadline: float | None = None) -> str:
    """The readable text of an HTML body. Raises MessageTooSlow past `deadline`
    (time.monotonic())."""
    parser = _Text()
    for start in range(0, len(markup), FEED):
        if deadline is not None and time.monotonic() > deadline:
            raise MessageTooSlow
        parser.feed(markup[start:start + FEED])
    parser.close()
    return tidy("".join(parser.out))


def tidy(text: str) -> str:
    """Trailing spaces removed, at most one empty line between paragraphs."""
    lines = [line.rstrip(" \t").lstrip(" ") for line in text.replace("\r\n", "\n").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
