"""Lists by counterpart (regional team, country rapporteur, Secretariat): the ListQuery filter
in the core, and the navigator's entries through the real window."""

from __future__ import annotations

from npmdesk.gui.navigator import ENTRIES
from npmdesk.records import ListQuery, Record
from tests.support.window_helpers import open_window

ENTRY_ROWS = {entry.key: row for row, entry in enumerate(ENTRIES)}


def counterpart_vault(store) -> dict[str, Record]:
    """SPT contacts of each role, and records exchanged with them."""
    made: dict[str, Record] = {}
    for name, role in (("head", "regional_head"), ("member", "member"), ("rapporteur", "country_rapporteur"),
                       ("secretariat", "secretariat"), ("colleague", "npm_colleague")):
        made[name] = store.add(Record(kind="contact", title=f"Contact {name}", status="active",
                                      fields={"role": role}))

    def letter(key: str, contact: str, direction: str = "sent") -> None:
        made[key] = store.add(Record(kind="communication", title=f"Letter {key}", date="2026-03-02", status="sent",
                                     counterpart=made[contact].id,
                                     fields={"direction": direction, "channel": "email"}))

    letter("to_head", "head")
    letter("from_member", "member", "received")
    letter("to_rapporteur", "rapporteur")
    letter("to_secretariat", "secretariat")
    letter("to_colleague", "colleague")
    made["update_member"] = store.add(Record(
        kind="update", title="Budget cut", date="2026-04-01", status="sent", counterpart=made["member"].id,
        fields={"update_type": "compliance", "issue": "budget"}))
    made["no_counterpart"] = store.add(Record(kind="communication", title="Note", status="draft",
                                              fields={"direction": "sent", "channel": "letter"}))
    return made


def ids(summaries) -> set[str]:
    return {s.id for s in summaries}


def test_the_counterpart_role_filter_lists_counts_and_searches_in_sql(store) -> None:
    made = counterpart_vault(store)
    team = ListQuery(counterpart_roles=("regional_head", "member"))
    assert ids(store.list(team)) == {made["to_head"].id, made["from_member"].id, made["update_member"].id}
    assert store.count(team) == 3
    rapporteur = ListQuery(counterpart_roles=("country_rapporteur",))
    assert ids(store.list(rapporteur)) == {made["to_rapporteur"].id} and store.count(rapporteur) == 1
    secretariat = ListQuery(counterpart_roles=("secretariat",))
    assert ids(store.list(secretariat)) == {made["to_secretariat"].id} and store.count(secretariat) == 1
    only_letters = ListQuery(kinds=("communication",), counterpart_roles=("regional_head", "member"))
    assert store.count(only_letters) == 2 and made["update_member"].id not in ids(store.list(only_letters))
    assert {hit.record.id for hit in store.search("budget", team)} == {made["update_member"].id}
    store.delete(made["to_head"].id)  # the bin leaves the list and the count
    assert store.count(team) == 2 and made["to_head"].id not in ids(store.list(team))
    assert store.count(ListQuery(counterpart_roles=("regional_head",), in_bin=True)) == 1
    store.delete(made["rapporteur"].id)  # a contact in the bin no longer brings its records
    assert store.count(rapporteur) == 0 and store.list(rapporteur) == []
    assert store.count(ListQuery(counterpart_roles=("nobody",))) == 0


def test_the_navigator_lists_records_by_counterpart(qtbot, store) -> None:
    made = counterpart_vault(store)
    window = open_window(qtbot, store.vault)
    workspace = window.workspace
    expected = {
        "regional_team": {made["to_head"].id, made["from_member"].id, made["update_member"].id},
        "country_rapporteur": {made["to_rapporteur"].id},
        "secretariat": {made["to_secretariat"].id},
    }
    for key, wanted in expected.items():
        row = ENTRY_ROWS[key]
        window.entry_actions[row].trigger()
        assert workspace.navigator.current_entry().key == key
        model = workspace.list_model
        shown = {model.summary(n).id for n in range(model.rowCount())}
        assert shown == wanted, key
        assert workspace.navigator.item(row).text().endswith(f"({len(wanted)})")
        assert workspace.list_title.text() == ENTRIES[row].name
    assert [ENTRIES[ENTRY_ROWS[k]].name for k in expected] == [
        "With the regional team", "With the country rapporteur", "With the Secretariat"]
    assert ENTRIES[-1].key == "bin"
