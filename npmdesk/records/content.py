"""The content hash of a record version: the same on every device for the same content.

It covers everything a person wrote (kind, title, body, dates, fields…) but not who saved it,
when, the version number, or a contact's keys and their verification (TRUST_FIELDS: each
vault's own trust decision). Packages carry it (`content_sha256`, and `lineage` for the
earlier versions); merges compare with it; tombstones keep it, so that a deleted record is
recognised when an old package brings it back.
"""

from __future__ import annotations

import hashlib
import json

from npmdesk.records.consent import people_json
from npmdesk.records.model import Record, article_json, article_number
from npmdesk.records.pseudonyms import pseudonymised

# A contact's keys and their verification are each vault's own trust decision: they are not part
# of the content that merges (an import never changes them on an existing contact), and
# `keys_verified` never travels.
TRUST_FIELDS = ("age_recipient", "signing_key", "keys_verified", "own_device")
# What never leaves the vault: whether this vault verified a contact's keys, and whether the
# contact is one of the NPM's own devices (packages to it carry real names).
LOCAL_TRUST_FIELDS = ("keys_verified", "own_device")


def _article_key(article: int | str) -> tuple[int, str]:
    return (article, "") if isinstance(article, int) else (article_number(article), article)


def _link_key(link: dict[str, str]) -> tuple[str, str]:
    return (link["to"], link["relation"])


# One encoder for every hash (json.dumps would build a new one per call).
_CANONICAL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_sha256(record: Record) -> str:
    """The hash of a version's content as it is (callers pseudonymise first: see `version_hash`)."""
    return hashlib.sha256(canonical_content(record)).hexdigest()


def canonical_content(record: Record) -> bytes:
    """The bytes `content_sha256` hashes (UTF-8, compact, keys sorted): an export writes them
    into the package as they are, instead of encoding the same content a second time.

    The canonical JSON of what `Record.to_json` writes of kind, title, body, date, status,
    counterpart, country, due_date, sensitivity, personal_data, consent, tags, articles, links and
    fields, and of consents and review_date only when set (so that a record using neither hashes
    as it did before they existed); tags, articles and links sorted, a contact's TRUST_FIELDS left
    out. Built straight from the record, without the rest of `to_json`."""
    fields = record.fields
    if record.kind == "contact":
        fields = {k: v for k, v in fields.items() if k not in TRUST_FIELDS}
    articles: list[int | str] = [article_json(a) for a in record.articles]
    links = [{"to": link.to, "relation": link.relation} for link in record.links]
    if len(articles) > 1:  # (sorting one item, or none, changes nothing: its key is not worth computing)
        articles.sort(key=_article_key)
    if len(links) > 1:
        links.sort(key=_link_key)
    content = {
        "kind": record.kind, "title": record.title, "body": record.body, "date": record.date,
        "status": record.status, "counterpart": record.counterpart, "country": record.country,
        "due_date": record.due_date, "sensitivity": record.sensitivity, "personal_data": record.personal_data,
        "consent": record.consent, "tags": sorted(record.tags), "articles": articles, "links": links,
        "fields": fields,
    }
    if record.consents:
        content["consents"] = people_json(record.consents)
    if record.review_date is not None:
        content["review_date"] = record.review_date
    return _CANONICAL.encode(content).encode("utf-8")


def version_hash(record: Record) -> str:
    """The hash of a stored version as it travels in a package (real names replaced by aliases)."""
    return content_sha256(pseudonymised(record))
