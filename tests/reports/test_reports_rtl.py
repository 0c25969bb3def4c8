"""Reports in Arabic and Russian, read back with poppler's `pdftotext` (as a reader or a search tool
would): the words in the report's language and no English label left, an Arabic page laid out from
right to left, counts in the language's digits, and the bundled fonts that keep Arabic and Cyrillic
from printing as empty boxes."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from babel.dates import format_date
from PySide6.QtGui import QFontInfo, QFontMetrics, QRawFont

from npmdesk.glossary import glossary
from npmdesk.paths import data_root
from npmdesk.pdf import fonts
from npmdesk.pdf.render import render_pdf
from npmdesk.records import Record
from npmdesk.records.reference import country_name
from npmdesk.reports import compose, make_request
from npmdesk.reports.strings import reports_dir
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.report_helpers import (
    ARABIC_NAME,
    CYRILLIC_NAME,
    FROM,
    INSIDE,
    REC_INSIDE,
    TO,
    normalised,
    pdftotext,
    report_store_fixture,
    report_vault_path_fixture,
)

_ = (report_store_fixture, report_vault_path_fixture)
pytestmark = pytest.mark.usefixtures("qapp")  # pytest-qt's QApplication, not the CLI's QGuiApplication
TODAY = dt.date(2026, 1, 20)
KINDS = ("correspondence-log", "visit-dossier", "recommendations")
_rendered: dict[tuple[str, str], bytes] = {}


def rendered(store, kind: str, language: str, visit: str) -> bytes:
    if (kind, language) not in _rendered:
        request = make_request(kind, FROM if kind != "visit-dossier" else None, TO if kind != "visit-dossier" else None,
                               visit_id=visit, language=language)
        _rendered[(kind, language)] = render_pdf(store, request, today=TODAY)
    return _rendered[(kind, language)]


def labels(language: str) -> dict[str, str]:
    with (reports_dir() / "strings" / f"{language}.json").open(encoding="utf-8") as handle:
        return {k: v for k, v in json.load(handle).items() if not k.startswith("_")}


@pytest.mark.parametrize("language", ["ar", "ru", "pt"])
@pytest.mark.parametrize("kind", KINDS)
def test_each_report_speaks_the_language_of_the_request(report_store, report_vault, kind, language):
    text = normalised(pdftotext(rendered(report_store, kind, language, report_vault[1])))
    own = labels(language)
    words = glossary(language)
    expected = [own[f"report.{kind}"], own["col.date"] if kind != "recommendations" else own["col.recommendation"],
                words.status("in_progress", kind="recommendation") if kind == "recommendations" else own["col.status"]]
    # The title page's date written out: "20 января 2026 г.", "20 يناير 2026".
    expected.append(next(w for w in format_date(TODAY, "long", locale=language).split() if w.isalpha()))
    if kind == "visit-dossier":
        country = report_store.get(report_vault[1]).country
        expected += [own["dossier.overview"], country_name(country, language)]
    if kind == "correspondence-log":
        expected += [ARABIC_NAME, CYRILLIC_NAME]
    for word in expected:
        assert normalised(word) in text, word
    # No English label left: every label whose translation differs from English is absent (from
    # what the report prints apart from the English titles of the test's own records).
    titles = " ".join({row.title for row in report_store.list()} | {*INSIDE, REC_INSIDE})
    english = labels("en")
    left = [english[k] for k in english if "{" not in english[k] and len(english[k]) > 3 and english[k] != own[k]
            and re.search(rf"\b{re.escape(english[k])}\b", text)
            and not re.search(rf"\b{re.escape(english[k])}\b", titles)]  # "Report on the visit to ..."
    assert left == []


def words_at(pdf: bytes) -> tuple[float, float, list[tuple[float, float, str]]]:
    """The page's width and height, and each word's left edge, top and text (pdftotext -bbox)."""
    found = pdftotext(pdf, "-bbox")
    width, height = (float(v) for v in re.search(r'<page width="([\d.]+)" height="([\d.]+)"', found).groups())
    word = r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<'
    return width, height, [(float(x), float(y), w) for x, y, w in re.findall(word, found)]


def assert_footer_runs_right_to_left(pdf: bytes) -> None:
    """The NPM's name at the right of the footer, the page number at the left."""
    width, height, words = words_at(pdf)
    footer = [(x, w) for x, y, w in words if y > height - 60]
    assert min(x for x, w in footer if w == "Mecanismo") > width / 2
    assert max(x for x, w in footer if w.isdigit()) < width / 4


def years_beside(words: list[tuple[float, float, str]], marker: str) -> list[tuple[float, float, list[float]]]:
    """Each `marker` word's left edge and top, and the left edges of the years 2024/2025 on its line
    (its record's date, written out: pdftotext splits Arabic words into letters, never the year)."""
    return [(x, y, [ox for ox, oy, w in words if abs(oy - y) < 6 and w in ("2024", "2025")])
            for x, y, w in words if w == marker]


def test_the_arabic_log_reads_from_right_to_left(report_store, report_vault):
    """The first column (the date, written out in Arabic) is at the right of each table and the
    subject to its left."""
    pdf = rendered(report_store, "correspondence-log", "ar", report_vault[1])
    width, _height, words = words_at(pdf)
    markers = years_beside(words, "Marker")  # the marker messages' titles ("Marker inside the period…")
    assert markers
    for x, _y, years in markers:
        assert years and max(years) > width / 2 and max(years) > x
    assert_footer_runs_right_to_left(pdf)


@pytest.mark.parametrize(("language", "first", "last"), [
    ("ar", r"1\s?يناير\s?2024", r"30\s?يونيو\s?2025"),
    ("ru", "1 янв. 2024 г.", "30 июн. 2025 г."),
])
def test_the_tables_dates_are_in_the_reports_language(report_store, report_vault, language, first, last):
    """The marker messages' dates (the first and last day of the period) in the table cells, as
    CLDR writes them in the language, never ISO; the record's short reference stays Latin."""
    text = normalised(pdftotext(rendered(report_store, "correspondence-log", language, report_vault[1])))
    assert re.search(first, text) and re.search(last, text)
    assert FROM not in text and TO not in text
    assert re.search(r"\b[0-9a-f]{8}\b", text)  # a record's short reference under its date


@pytest.mark.parametrize(("system", "first"), [
    ("ar_LB.UTF-8", r"١\s?كانون الثاني\s?٢٠٢٤"),  # Lebanon: Levantine months, Arabic-Indic digits
    ("ar_MA.UTF-8", r"1\s?يناير\s?2024"),  # Morocco: Latin digits
])
def test_an_arabic_report_writes_the_digits_of_the_users_country(report_store, report_vault, monkeypatch,
                                                                   system, first):
    """The same digits as the window and the command line for that locale (numerals.locale_for)."""
    monkeypatch.setenv("LANG", system)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_NUMERIC", raising=False)
    request = make_request("log", FROM, TO, language="ar")
    text = normalised(pdftotext(render_pdf(report_store, request, today=TODAY)))
    assert re.search(first, text)
    assert re.search(r"\b[0-9a-f]{8}\b", text)  # record references stay Latin


def test_counts_and_dates_are_written_in_the_reports_language(report_store, report_vault):
    text = normalised(pdftotext(rendered(report_store, "correspondence-log", "ru", report_vault[1])))
    assert "Период: 1 января 2024 г. – 30 июня 2025 г." in text
    assert "Подготовлено 20 января 2026 г." in text or "20 января 2026 г." in text
    assert re.search(r"Страница 1 из \d+", text)
    document = compose(report_store, make_request("log", FROM, TO, language="ru"), TODAY)
    assert document.page_text(1, 12345) == "Страница 1 из 12\xa0345"  # CLDR's Russian group separator


def test_the_command_line_writes_an_arabic_report(report_vault, tmp_path):
    out = tmp_path / "log.pdf"
    result = npmdesk("report", "log", "--from", FROM, "--to", TO, "--language", "ar", "-o", out,
                     "--vault", report_vault[0], env={"NPMDESK_PASSPHRASE": PASSPHRASE})
    assert result.status == 0, result.err
    text = normalised(pdftotext(out.read_bytes()))
    assert normalised(labels("ar")["report.correspondence-log"]) in text and ARABIC_NAME in text
    assert_footer_runs_right_to_left(out.read_bytes())


def test_a_report_without_language_speaks_the_command_lines_language(report_vault, tmp_path):
    out = tmp_path / "log.pdf"
    result = npmdesk("report", "log", "--from", FROM, "--to", TO, "-o", out, "--vault", report_vault[0],
                     env={"NPMDESK_PASSPHRASE": PASSPHRASE, "NPMDESK_LANG": "ru"})
    assert result.status == 0, result.err
    text = normalised(pdftotext(out.read_bytes()))
    assert normalised(labels("ru")["report.correspondence-log"]) in text
    assert normalised(labels("en")["report.correspondence-log"]) not in text


def test_the_bundled_fonts_draw_arabic_and_cyrillic():
    assert {fonts.LATIN, fonts.ARABIC} <= set(fonts.register())
    folder = data_root() / "resources" / "fonts"
    assert (folder / "OFL.txt").is_file()
    arabic = QRawFont(str(folder / "NotoSansArabic-Regular.ttf"), 12)
    cyrillic = QRawFont(str(folder / "NotoSans-Regular.ttf"), 12)
    assert all(arabic.supportsCharacter(ord(c)) for c in ARABIC_NAME.replace(" ", ""))
    assert all(cyrillic.supportsCharacter(ord(c)) for c in CYRILLIC_NAME.replace(" ", ""))
    assert QFontInfo(fonts.report_font("ar")).family() == fonts.ARABIC
    metrics = QFontMetrics(fonts.report_font("ru"))
    assert all(metrics.inFontUcs4(ord(c)) for c in ARABIC_NAME + CYRILLIC_NAME if c != " ")
    assert fonts.uncovered(ARABIC_NAME + CYRILLIC_NAME + "Ação", "pt") == []


def test_a_name_no_font_can_draw_is_named_on_the_title_page(store):
    """Instead of empty boxes with no word of warning (as CJK names without a CJK font would)."""
    store.add(Record(kind="communication", title="Letter from \U000f0000\U000f0001", date="2024-03-01",
                     status="sent", fields={"direction": "sent", "channel": "email"}))
    pdf = render_pdf(store, make_request("log", FROM, TO, language="en"), today=TODAY)
    first_page = normalised(pdftotext(pdf, "-f", "1", "-l", "1"))
    assert "Some characters cannot be printed" in first_page and "U+F0000 U+F0001" in first_page
    assert "fonts-noto-cjk" in first_page


def test_an_arabic_protected_pdf_selection_reads_from_right_to_left(report_store):
    """A password-protected PDF's records (reports/selection.py) are laid out as the reports are:
    each record's facts with the label at the right of its value, the footer swapped."""
    from npmdesk.pdf.render import pdf_bytes
    from npmdesk.reports.selection import selection_document

    ids = [row.id for row in report_store.list() if row.title in INSIDE]
    document = selection_document(report_store, ids, language="ar", today=TODAY)
    pdf = pdf_bytes(document)
    text = normalised(pdftotext(pdf))
    assert normalised(labels("ar")["report.selection"]) in text
    assert re.search(r"20\s?يناير\s?2026", text)  # "prepared on", written out (pdftotext may eat a space)
    width, _height, words = words_at(pdf)
    dates = [(x, y) for x, y, w in words if w in ("2024", "2025")]  # each record's date: a value of its facts
    assert dates
    for x, y in dates:  # in the value column at the left, its Arabic label ("التاريخ") at the right
        line = [other_x for other_x, other_y, _w in words if abs(other_y - y) < 4]
        assert x < width * 0.72 < max(line)
    assert_footer_runs_right_to_left(pdf)
