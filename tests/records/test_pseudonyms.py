"""Pseudonymised names never leave the vault."""

from __future__ import annotations

from npmdesk.records import Record
from npmdesk.records.pseudonyms import next_alias, pseudonymised


def test_every_real_name_is_replaced_everywhere():
    record = Record(
        kind="reprisal_check", title="Follow-up with Ahmed Benali", status="done",
        body="AHMED BENALI and Olga Ivanova said the guards threatened them. Benali alone is not a full name.",
        pseudonyms={"Ahmed Benali": "person A", "Olga Ivanova": "person B"},
        fields={"people_met": ["Ahmed Benali", "Olga Ivanova"], "outcome": "Olga Ivanova: no reprisals"},
    )
    out = pseudonymised(record)
    text = " ".join([out.title, out.body, *out.fields["people_met"], out.fields["outcome"]])
    assert "Benali" not in text.replace("Benali alone", "") and "Ivanova" not in text
    assert out.title == "Follow-up with person A"
    assert out.fields["people_met"] == ["person A", "person B"]
    assert out.pseudonyms == {}
    assert record.title == "Follow-up with Ahmed Benali"  # the vault's copy is untouched


def test_names_inside_other_words_are_left_alone():
    record = Record(kind="place", title="Annex", body="Anna went to Annapolis", pseudonyms={"Anna": "person A"},
                    fields={"place_type": "prison"})
    assert pseudonymised(record).body == "person A went to Annapolis"


def test_aliases_are_allocated_in_order():
    assert next_alias({}) == "person A"
    assert next_alias({"x": "person A", "y": "person C"}) == "person B"
    many = {str(i): f"person {chr(65 + i)}" for i in range(26)}
    assert next_alias(many) == "person AA"
