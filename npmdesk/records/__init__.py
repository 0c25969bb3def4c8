"""Records of every kind exchanged between an NPM and the SPT: store, history, bin, search.

Names are imported on first use (PEP 562), so reading `npmdesk.records.kinds` does not load
the database layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from npmdesk import lazy

if TYPE_CHECKING:
    from npmdesk.records.model import EditConflict, InvalidRecord, Link, Record, RecordNotFound
    from npmdesk.records.query import ListQuery, Summary
    from npmdesk.records.search_index import SearchHit
    from npmdesk.records.store import RecordStore

_EXPORTS = {
    "EditConflict": "npmdesk.records.model",
    "InvalidRecord": "npmdesk.records.model",
    "Link": "npmdesk.records.model",
    "Record": "npmdesk.records.model",
    "RecordNotFound": "npmdesk.records.model",
    "ListQuery": "npmdesk.records.query",
    "Summary": "npmdesk.records.query",
    "SearchHit": "npmdesk.records.search_index",
    "RecordStore": "npmdesk.records.store",
}

__all__ = [
    "EditConflict",
    "InvalidRecord",
    "Link",
    "ListQuery",
    "Record",
    "RecordNotFound",
    "RecordStore",
    "SearchHit",
    "Summary",
]


__getattr__ = lazy.exports(__name__, _EXPORTS)
