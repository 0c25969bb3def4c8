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

from npmdesk.records.model import Record, article_number
from npmdesk.records.pseudonyms import pseudonymised

# A contact's keys and their verification are each vault's own trust decision: they are not part
# of the content that merges (an import never changes them on an existing contact), and
# `keys_verified` never travels.
TRUST_FIELDS = ("age_recipient", "signing_key", "keys_verified", "own_device")
# What never leaves the vault: whether this vault verified a contact's keys, and whether the
# contact is one of the NPM's own devices (packages to it carry real names).
LOCAL_TRUST_FIELDS = ("keys_verified", "own_device")
_CONTENT_KEYS = (
    "kind", "title", "body", "date", "status", "counterpart", "country", "due_date", "sensitivity",
    "personal_data", "consent", "tags", "articles", "links", "fields",
)
# Keys that count only when set (Record.to_json leaves them out otherwise), so that a record
# using none of them hashes as it did before they existed.
_OPTIONAL_CONTENT_KEYS = ("consents", "review_date")


def _article_key(article: int | str) -> tuple[int, str]:
    return (article, "") if isinstance(article, int) else (article_number(article), article)


def content_sha256(record: Record) -> str:
    """The hash of a version's content as it is (callers pseudonymise first: see `version_hash`)."""
    doc = record.to_json()
    content = {key: doc[key] for key in _CONTENT_KEYS}
    content.update({key: doc[key] for key in _OPTIONAL_CONTENT_KEYS if key in doc})
    content["tags"] = sorted(content["tags"])
    content["articles"] = sorted(content["articles"], key=_article_key)
    content["links"] = sorted(content["links"], key=lambda link: (link["to"], link["relation"]))
    if record.kind == "contact":
        content["fields"] = {k: v for k, v in content["fields"].items() if k not in TRUST_FIELDS}
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def version_hash(record: Record) -> str:
    """The hash of a stored version as it travels in a package (real names replaced by aliases)."""
    return content_sha256(pseudonymised(record))
