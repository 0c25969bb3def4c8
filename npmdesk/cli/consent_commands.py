"""`npmdesk consent ID --person NAME …`: the people of a record and their consent per purpose.

Parse, call the store, print. The person is named by their real name (it stays in the vault);
a new person gets the next free alias ("person A") unless `--alias` gives one. Each call
records at most one purpose; the person's flags (child, lacks capacity) are set when given.
"""

from __future__ import annotations

import argparse
from dataclasses import replace

from npmdesk.cli.errors import AliasTaken, PurposeNeedsState
from npmdesk.cli.unlocking import unlock
from npmdesk.records import RecordStore
from npmdesk.records.consent import Consent, PersonConsent
from npmdesk.records.pseudonyms import next_alias

EXIT_OK = 0


def cmd_consent(args: argparse.Namespace) -> int:
    if (args.purpose is None) != (args.state is None):
        raise PurposeNeedsState()
    with unlock(args) as vault:
        store = RecordStore(vault)
        record = store.get(args.id)
        name = args.person.strip()
        pseudonyms = dict(record.pseudonyms)
        alias = args.alias.strip() if args.alias else pseudonyms.get(name) or next_alias(pseudonyms)
        if any(a == alias for real, a in pseudonyms.items() if real != name):
            raise AliasTaken()
        pseudonyms[name] = alias
        people = {p.person: p for p in record.consents}
        person = people.get(name, PersonConsent(name))
        if args.child is not None:
            person = replace(person, child=args.child)
        if args.lacks_capacity is not None:
            person = replace(person, lacks_capacity=args.lacks_capacity)
        if args.purpose is not None:
            answer = Consent(args.purpose, args.state, args.date, args.how, args.by, args.withdrawn_on)
            person = replace(person, consents=tuple(
                [c for c in person.consents if c.purpose != args.purpose] + [answer]))
        people[name] = person
        stored = store.update(replace(record, pseudonyms=pseudonyms, personal_data=True,
                                      consents=list(people.values())))
    print(stored.id)
    return EXIT_OK
