"""The content hash's canonical encoding never changes: vaults and packages hold these hashes.

The hashes below were computed by the encoding as it was before it was made cheaper (issue 17):
the same records must give the very same bytes, and so the very same hashes, for ever.
"""

from __future__ import annotations

import hashlib
import json

import pytest

from npmdesk.records.consent import Consent, PersonConsent
from npmdesk.records.content import content_sha256, version_hash
from npmdesk.records.model import Link, Record

UUID_A = "00000000-0000-4000-8000-00000000000a"
UUID_B = "00000000-0000-4000-8000-00000000000b"

CASES: dict[str, Record] = {
    "plain": Record(kind="note", title="Visit notes", body="Short."),
    "odd unicode": Record(
        kind="note", title="Ne\u0301e \u05e9\u05dc\u05d5\u05dd \u202e\u2066 \U0001f600 \u4e2d\u6587",
        body="line\u2028sep\u2029para \x01\x1f \"quoted\" back\\slash \ufeff \u00a0 \U0010fffd",
        tags=["\u00e9t\u00e9", "Zeta", "alpha", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629"],
    ),
    "nested fields": Record(
        kind="visit", title="Place", date="2026-03-01",
        articles=["20(f)", "11(1)(b)(ii)", "4", "19(b)", "11"],
        links=[Link(UUID_B, "replies_to"), Link(UUID_A, "related"), Link(UUID_A, "follows_up")],
        fields={"zeta": ["b", "a", "\u00e9"], "alpha": {"inner": [1, 2.5, None, True]}, "mid": ""},
    ),
    "numbers": Record(
        kind="note", title="Numbers",
        fields={"int": 2**53, "neg": -7, "float": 1.0, "small": 1e-7, "big": 1e300, "negzero": -0.0,
                "third": 1 / 3, "bool": False, "none": None},
    ),
    "one of each": Record(kind="note", title="x", articles=["11(1)(b)(ii)"], links=[Link(UUID_A, "related")],
                          tags=["only"]),
    "contact": Record(
        kind="contact", title="Person", fields={"email": "a@b.example", "signing_key": "k",
                                                "age_recipient": "r", "keys_verified": True},
    ),
    "consents": Record(
        kind="note", title="Talk with Ana", body="Ana said", pseudonyms={"Ana": "person A"},
        consents=[PersonConsent("Ana", (Consent("npm_use", "given", "2026-01-02", "oral", "Me"),))],
        review_date="2030-01-01", personal_data=True,
    ),
}

# (content_sha256, version_hash): the second differs only for a record with real names (pseudonymised first).
EXPECTED = {
    "plain": ("aa059a4df8405366eb889aadb66d3b3c5943f0d035e42b22495a2999861346fb",
              "aa059a4df8405366eb889aadb66d3b3c5943f0d035e42b22495a2999861346fb"),
    "odd unicode": ("3275d8d3d973e4a8384d9b1e04951b4feda63748cf978d9e0ee0ea64c5f95124",
                    "3275d8d3d973e4a8384d9b1e04951b4feda63748cf978d9e0ee0ea64c5f95124"),
    "nested fields": ("7581426d9ed46e52be5d2972da919855121c64d685ecc9426c57d272d29a0f08",
                      "7581426d9ed46e52be5d2972da919855121c64d685ecc9426c57d272d29a0f08"),
    "numbers": ("0ab52049386139083dc632df7061d5b58588fe91ea4c4d925b79155df8d138c4",
                "0ab52049386139083dc632df7061d5b58588fe91ea4c4d925b79155df8d138c4"),
    "one of each": ("782b8faecbfe763aa8f7c114cbdc73ec210154d55a79a0a43fc375d2cfd4d785",
                    "782b8faecbfe763aa8f7c114cbdc73ec210154d55a79a0a43fc375d2cfd4d785"),
    "contact": ("8994cdffb91e41a551f1b2dbcfb80c28851fcc1f7241743ed5492501925d2711",
                "8994cdffb91e41a551f1b2dbcfb80c28851fcc1f7241743ed5492501925d2711"),
    "consents": ("85ecb9699f3e63288451bb5784bf01c4ab05aeb0302c8f60010188053e629f94",
                 "f1ae1ce8d699a4935b74fc4992fc351908e5045d72a25e7c2d9f09c8b027f0dc"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_content_hash_is_the_one_every_vault_and_package_holds(name: str) -> None:
    record = CASES[name]
    assert (content_sha256(record), version_hash(record)) == EXPECTED[name]


def test_the_hash_is_of_sorted_compact_json_with_unicode_as_it_is() -> None:
    record = CASES["odd unicode"]
    content = {
        "kind": "note", "title": record.title, "body": record.body, "date": None, "status": None,
        "counterpart": None, "country": None, "due_date": None, "sensitivity": "internal", "personal_data": False,
        "consent": "not_applicable", "tags": sorted(record.tags), "articles": [], "links": [], "fields": {},
    }
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert content_sha256(record) == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_order_of_tags_articles_and_links_does_not_change_the_hash() -> None:
    record = CASES["nested fields"]
    shuffled = Record(kind=record.kind, title=record.title, date=record.date, fields=record.fields,
                      articles=list(reversed(record.articles)), links=list(reversed(record.links)))
    assert content_sha256(shuffled) == content_sha256(record)
