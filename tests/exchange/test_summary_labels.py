"""summary.html escapes npmdesk's labels once per page, and keeps none of them after the page:
a label can be a record's own value (a choice npmdesk does not know), which must not stay in
memory after the export (the vault may be locked while npmdesk runs on)."""

from __future__ import annotations

from npmdesk.exchange import summary, summary_html
from npmdesk.records.model import Record


def test_no_label_is_kept_after_the_page() -> None:
    record = Record(kind="communication", title="Letter", status="sent", id="1" * 32,
                    fields={"direction": "sent", "channel": "a channel npmdesk does not know"})
    about = {"exporter": "NPM", "fingerprint": "ABCD-EFGH", "created_at": "2026-12-01T12:00:00+00:00",
             "recipients": ""}
    page = summary.build(about, [record], {})
    assert b"Letter" in page
    assert summary_html._own.cache_info().currsize == 0
