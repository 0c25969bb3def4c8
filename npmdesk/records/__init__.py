"""Records of every kind exchanged between an NPM and the SPT: store, history, bin, search."""

from npmdesk.records.model import EditConflict, InvalidRecord, Link, Record, RecordNotFound
from npmdesk.records.query import ListQuery, Summary
from npmdesk.records.search_index import SearchHit
from npmdesk.records.store import RecordStore

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
