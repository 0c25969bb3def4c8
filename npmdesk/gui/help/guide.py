"""The user guide's files: which pages exist, in which language, and their headings (no Qt widgets).

The guide is Markdown in `docs/guide/<language>/<page>.md`, shipped in the wheel and the bundle
(setup.py, packaging/npmdesk.spec) and found through `npmdesk.paths.data_root()`. English
(`en/`) is complete; a page missing in another language is shown in English. The order of the
pages is the order of the list of links in the English start page, `en/index.md` (lines
"- [Title](page.md)"). Images come from
`docs/screenshots/` and nowhere else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from npmdesk.paths import data_root

START_PAGE = "index.md"
FALLBACK_LANGUAGE = "en"
_PAGE_LINK = re.compile(r"^[-*] \[[^\]]*\]\(([a-z0-9-]+\.md)(?:#[^)]*)?\)", re.MULTILINE)
_HEADING = re.compile(r"^(#{1,2})\s+(.+?)\s*#*\s*$")
_ANY_HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$")


def guide_root() -> Path:
    """The folder with one sub-folder per language (`docs/guide/`)."""
    return data_root() / "docs" / "guide"


def image_roots() -> tuple[Path, ...]:
    """The only folders the guide window loads images from."""
    return (guide_root(), data_root() / "docs" / "screenshots")


@dataclass(frozen=True)
class Page:
    name: str  # "index.md"
    path: Path  # the file shown
    language: str  # the language of that file ("en" when it fell back)

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def title(self) -> str:
        return next((title for level, title in headings(self.text) if level == 1), self.name)

    @property
    def sections(self) -> list[str]:
        """The page's second-level headings, in order (the contents under the page's title)."""
        return [title for level, title in headings(self.text) if level == 2]


def headings(markdown: str) -> list[tuple[int, str]]:
    """(level, text) of the `#` and `##` headings outside code blocks."""
    found: list[tuple[int, str]] = []
    in_code = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and (match := _HEADING.match(line)):
            found.append((len(match.group(1)), match.group(2)))
    return found


def anchors(markdown: str) -> list[str]:
    """The anchors of every heading (any level) outside code blocks, in order."""
    found: list[str] = []
    in_code = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        elif not in_code and (match := _ANY_HEADING.match(line)):
            found.append(slug(match.group(1)))
    return found


def local_anchor(shown: Page, section: str) -> str:
    """`section`, an anchor of the English page, as the anchor of the same heading in the translation
    `shown` (a translation keeps the English headings, in their order); `section` unchanged when
    `shown` has that anchor, is English, or its headings do not line up with the English ones."""
    mine = anchors(shown.text)
    english = page(shown.name, FALLBACK_LANGUAGE)
    if not section or section in mine or english is None or english.language == shown.language:
        return section
    theirs = anchors(english.text)
    return mine[theirs.index(section)] if section in theirs and len(theirs) == len(mine) else section


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: "The vault in plain words" → "the-vault-in-plain-words"."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def page(name: str, language: str) -> Page | None:
    """The page `name` in `language`, else in English; None if the guide has no such page."""
    if "/" in name or "\\" in name or not name.endswith(".md"):
        return None
    for lang in (language, FALLBACK_LANGUAGE):
        path = guide_root() / lang / name
        if path.is_file():
            return Page(name, path, lang)
    return None


def page_names() -> list[str]:
    """The start page, then every page its list of links names, in that order."""
    start = guide_root() / FALLBACK_LANGUAGE / START_PAGE
    names = [START_PAGE]
    for name in _PAGE_LINK.findall(start.read_text(encoding="utf-8")):
        if name not in names and (guide_root() / FALLBACK_LANGUAGE / name).is_file():
            names.append(name)
    return names


def languages() -> list[str]:
    """Every language with at least a start page."""
    return sorted(p.parent.name for p in guide_root().glob(f"*/{START_PAGE}"))
