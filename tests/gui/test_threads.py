"""Threads of correspondence through the real window: the thread in the detail pane, Reply
and Follow up opening a pre-filled form, and the saved record linked into the thread."""

from __future__ import annotations

from PySide6.QtCore import Qt

from npmdesk.records import Link, Record
from tests.support.form_helpers import CTRL, choose, open_form, save, select_row_of
from tests.support.window_helpers import activate, open_window


def correspondence(store) -> tuple[Record, Record]:
    """A rapporteur and a letter received from her (Mexico, by email, confidential)."""
    rapporteur = store.add(Record(kind="contact", title="Rapporteur Ortiz", status="active",
                                  fields={"role": "country_rapporteur"}))
    letter = store.add(Record(
        kind="communication", title="Questions on places of detention", date="2026-03-02", status="awaiting_reply",
        counterpart=rapporteur.id, country="MX", sensitivity="confidential", tags=["interaction-with-the-spt"],
        fields={"direction": "received", "channel": "email"},
    ))
    return rapporteur, letter


def test_reply_opens_a_prefilled_form_and_links_the_saved_record_into_the_thread(qtbot, store) -> None:
    rapporteur, letter = correspondence(store)
    window = open_window(qtbot, store.vault)
    select_row_of(window, letter)
    panel = window.workspace.detail.thread_panel
    assert panel.isVisible() and panel.thread_ids() == [letter.id]
    assert panel.heading.text() == "&Thread: 1 message(s)" and panel.reply_button.isEnabled()

    form = open_form(qtbot, window, Qt.Key.Key_R)
    assert form.windowTitle() == "New communication"
    assert form.envelope.inputs["title"].text() == "Re: Questions on places of detention"
    assert form.envelope.inputs["counterpart"].currentData() == rapporteur.id
    assert form.envelope.inputs["country"].currentText() == "Mexico (MX)"
    assert form.envelope.inputs["sensitivity"].currentData() == "confidential"
    assert form.envelope.inputs["status"].currentData() == "draft"
    assert form.fields.inputs["direction"].currentData() == "sent"
    assert form.fields.inputs["channel"].currentData() == "email"
    assert form.fields.inputs["in_reply_to"].currentText() == letter.title
    assert form.fields.inputs["thread"].currentData() == letter.id
    form.envelope.inputs["body"].insertPlainText("Here are the answers.")
    save(qtbot, form)

    reply = store.get(window.workspace.detail.record.id)
    assert reply.id != letter.id and reply.title == "Re: Questions on places of detention"
    assert reply.links == [Link(letter.id, "reply_to")]
    assert reply.fields == {"direction": "sent", "channel": "email", "thread": letter.id, "in_reply_to": letter.id}
    assert (reply.counterpart, reply.country, reply.tags) == (rapporteur.id, "MX", ["interaction-with-the-spt"])
    assert [s.id for s in store.thread(letter.id)] == [letter.id, reply.id]
    assert panel.thread_ids() == [letter.id, reply.id]
    assert panel.messages.currentItem().text().startswith("▸ ") and "Sent" in panel.messages.currentItem().text()
    # The message it answers is shown as its "In reply to" field, not again as a link.
    rows = window.workspace.detail.rows()
    assert ("In reply to", "Questions on places of detention") in rows
    assert not any(label == "Reply" for label, _text in rows)


def test_a_reply_to_a_reply_stays_in_the_first_messages_thread(qtbot, store) -> None:
    _rapporteur, letter = correspondence(store)
    answer = store.reply_to(letter.id, date="2026-03-10")
    window = open_window(qtbot, store.vault)
    window.workspace.show_record(answer.id)
    form = open_form(qtbot, window, Qt.Key.Key_R)
    assert form.envelope.inputs["title"].text() == answer.title  # no "Re: Re:"
    assert form.fields.inputs["direction"].currentData() == "received"  # the answer was sent: this comes back
    save(qtbot, form)
    third = store.get(window.workspace.detail.record.id)
    assert third.fields["thread"] == letter.id and third.fields["in_reply_to"] == answer.id
    assert third.links == sorted([Link(answer.id, "reply_to"), Link(letter.id, "thread")], key=lambda k: k.to)
    assert window.workspace.detail.thread_panel.thread_ids() == [letter.id, answer.id, third.id]


def test_follow_up_is_sent_in_the_same_thread(qtbot, store) -> None:
    _rapporteur, letter = correspondence(store)
    window = open_window(qtbot, store.vault)
    select_row_of(window, letter)
    form = open_form(qtbot, window, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert form.envelope.inputs["title"].text() == "Re: Questions on places of detention"
    assert form.fields.inputs["direction"].currentData() == "sent"
    assert form.fields.inputs["in_reply_to"].currentData() is None
    choose(form, "channel", "letter")
    save(qtbot, form)
    follow_up = store.get(window.workspace.detail.record.id)
    assert follow_up.links == [Link(letter.id, "thread")]
    assert follow_up.fields == {"direction": "sent", "channel": "letter", "thread": letter.id}
    assert [s.id for s in store.thread(letter.id)] == [letter.id, follow_up.id]


def test_a_message_of_the_thread_opens_with_enter(qtbot, store) -> None:
    _rapporteur, letter = correspondence(store)
    answer = store.reply_to(letter.id, date="2026-03-10")
    window = open_window(qtbot, store.vault)
    window.workspace.show_record(answer.id)
    panel = window.workspace.detail.thread_panel
    activate(qtbot, window)
    panel.messages.setFocus()
    panel.messages.setCurrentRow(0)
    qtbot.keyClick(panel.messages, Qt.Key.Key_Return)
    assert window.workspace.detail.record.id == letter.id
    assert panel.thread_ids() == [letter.id, answer.id] and panel.messages.currentRow() == 0


def test_reply_is_only_for_a_communication_outside_the_bin(qtbot, store) -> None:
    rapporteur, letter = correspondence(store)
    window = open_window(qtbot, store.vault)
    forms, panel = window.forms, window.workspace.detail.thread_panel
    window.workspace.show_record(rapporteur.id)
    forms.update_actions()
    assert not forms.reply_action.isEnabled() and not forms.follow_up_action.isEnabled()
    assert panel.isHidden() and forms.reply() is None
    store.delete(letter.id)
    window.workspace.show_record(letter.id)
    forms.update_actions()
    assert not forms.reply_action.isEnabled() and panel.isHidden()
    assert not panel.reply_button.isEnabled()


def awaiting_lines(window) -> list[str]:
    widget = window.workspace.dashboard.lists["awaiting"]
    return [widget.item(row).text() for row in range(widget.count())]


def test_sending_a_reply_makes_the_awaited_message_answered_and_leaves_the_dashboard(qtbot, store) -> None:
    _rapporteur, letter = correspondence(store)
    window = open_window(qtbot, store.vault)
    assert any(letter.title in line for line in awaiting_lines(window))
    select_row_of(window, letter)
    form = open_form(qtbot, window, Qt.Key.Key_R)
    assert form.fields.inputs["direction"].currentData() == "sent"
    save(qtbot, form)  # saved as a draft: not sent yet, the letter still awaits its reply
    qtbot.waitUntil(lambda: window.workspace.detail.record.id != letter.id)
    reply_id = window.workspace.detail.record.id
    assert store.get(letter.id).status == "awaiting_reply"

    activate(qtbot, window)
    select_row_of(window, store.get(reply_id))
    form = open_form(qtbot, window, Qt.Key.Key_E)  # the user marks the reply sent
    choose(form, "status", "sent")
    save(qtbot, form)
    qtbot.waitUntil(lambda: store.get(reply_id).status == "sent")
    original = store.get(letter.id)
    assert original.status == "answered" and original.version == letter.version + 1
    assert [v.status for v in store.history(letter.id)][-1:] == ["awaiting_reply"]
    qtbot.waitUntil(lambda: not any(letter.title in line for line in awaiting_lines(window)))


def test_the_answer_to_a_sent_letter_is_received_and_closes_it(qtbot, store) -> None:
    rapporteur = store.add(Record(kind="contact", title="Rapporteur Ortiz", status="active",
                                  fields={"role": "country_rapporteur"}))
    letter = store.add(Record(kind="communication", title="Access to police cells", date="2026-03-02",
                              status="sent", counterpart=rapporteur.id,
                              fields={"direction": "sent", "channel": "email", "reply_by": "2026-04-01"}))
    window = open_window(qtbot, store.vault)
    select_row_of(window, letter)
    form = open_form(qtbot, window, Qt.Key.Key_R)
    assert form.fields.inputs["direction"].currentData() == "received"
    assert form.envelope.inputs["status"].currentData() == "closed"  # not a draft: it has come in
    save(qtbot, form)
    qtbot.waitUntil(lambda: store.get(letter.id).status == "answered")
