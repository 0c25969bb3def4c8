"""What the user asks for is checked before the vault is read; the three languages say the same."""

from __future__ import annotations

import datetime as dt

import pytest

from npmdesk.records import Record
from npmdesk.reports import compose, make_request
from npmdesk.reports.errors import (
    InvalidReportDate,
    NotAVisit,
    ReversedPeriod,
    UnknownReportKind,
    UnsupportedLanguage,
    VisitRequired,
)
from npmdesk.reports.html import esc
from npmdesk.reports.strings import keys


def test_every_language_has_the_same_texts():
    from npmdesk.reports.names import LANGUAGES
    from npmdesk.reports.strings import reports_dir

    present = [lang for lang in LANGUAGES if (reports_dir() / "strings" / f"{lang}.json").is_file()]
    assert {"en", "fr", "es", "ar"} <= set(present)
    assert [lang for lang in present if keys(lang) != keys("en")] == []


def test_a_request_is_checked_and_short_names_are_accepted():
    request = make_request("log", "2024-01-01", "2024-12-31", language="fr", confidential_mark=False)
    assert request.kind == "correspondence-log" and request.language == "fr" and not request.confidential_mark
    assert request.period.start == dt.date(2024, 1, 1) and request.period.contains("2024-12-31")
    assert not request.period.contains("2025-01-01") and not request.period.contains(None)
    assert make_request("tracker").period.is_open and make_request("tracker").period.contains(None)
    assert make_request("visit", visit_id=" abc ").visit_id == "abc"
    assert make_request("recommendations", visit_id="abc").visit_id is None


@pytest.mark.parametrize(("args", "kwargs", "error"), [
    (("annual",), {}, UnknownReportKind),
    (("log", "2024-02-30"), {}, InvalidReportDate),
    (("log", "2024-1-1"), {}, InvalidReportDate),
    (("log", None, "tomorrow"), {}, InvalidReportDate),
    (("log", "2024-06-01", "2024-05-31"), {}, ReversedPeriod),
    (("visit-dossier",), {}, VisitRequired),
    (("log",), {"language": "de"}, UnsupportedLanguage),
])
def test_each_mistake_has_its_own_message(args, kwargs, error):
    with pytest.raises(error) as raised:
        make_request(*args, **kwargs)
    assert str(raised.value) and "\n" not in str(raised.value)


def test_a_dossier_of_something_that_is_not_a_visit_is_refused(store):
    letter = store.add(Record(kind="communication", title="A letter", fields={"direction": "sent",
                                                                              "channel": "letter"}))
    with pytest.raises(NotAVisit):
        compose(store, make_request("visit-dossier", visit_id=letter.id))


def test_record_text_never_becomes_markup(store):
    store.add(Record(kind="communication", title='<img src="file:///etc/passwd"><b>bold</b>', date="2024-03-01",
                     fields={"direction": "sent", "channel": "email"}))
    document = compose(store, make_request("log"))
    assert "<img" not in document.body_html and esc("<img") in document.body_html
    assert "Mecanismo Nacional" in document.title_html  # the vault's NPM name (conftest)
