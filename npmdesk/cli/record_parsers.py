"""The grammar of `add`, `update`, `state`, `kinds` and `states` (the work is in record_commands.py,
state_commands.py and reference_commands.py, imported only when a command runs).

Kinds, fields and values are checked by the commands, not by argparse, so that each mistake
is one sentence naming what is allowed (field_values.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from npmdesk import lazy
from npmdesk.records import consent as consent_data
from npmdesk.records.kinds import CHANNELS, KINDS, SENSITIVITIES
from npmdesk.translation import translate

FIELD_HELP = ("a field of the kind (repeatable; lists: repeat it, or separate items with commas); "
              "see 'npmdesk kinds KIND'")


def _fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--field", action="append", default=[], metavar="NAME=VALUE", help=FIELD_HELP)


def register_add(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    add = sub.add_parser("add", parents=[common, unlocking], help="add a record of any kind; prints its id")
    add.add_argument("kind", metavar="KIND", help=translate("cli", "the kind of record: {kinds}").format(
        kinds=", ".join(KINDS)))
    add.add_argument("--subject", "--title", dest="subject", required=True, help="the record's title")
    add.add_argument("--body-file", type=Path, metavar="FILE", help="the text, from a UTF-8 file (- for stdin)")
    _fields(add)
    add.add_argument("--status", help="the status (default: the kind's first; see 'npmdesk kinds KIND')")
    counterpart = add.add_mutually_exclusive_group()
    counterpart.add_argument("--counterpart", metavar="NAME",
                             help="the SPT contact, an existing contact's name or id (an unknown name is refused)")
    counterpart.add_argument("--new-counterpart", metavar="NAME",
                             help="a new contact with this name, added as the counterpart")
    add.add_argument("--country", metavar="CC",
                     help="the country concerned (two letters; default for visits, reports and the like: "
                     "the NPM's State, see 'npmdesk state')")
    add.add_argument("--date", metavar="YYYY-MM-DD")
    add.add_argument("--due", metavar="YYYY-MM-DD", help="the due date")
    add.add_argument("--sensitivity", choices=SENSITIVITIES, default="internal")
    add.add_argument("--tag", action="append", help="a tag (repeatable)")
    add.add_argument("--attach", action="append", type=Path, metavar="FILE", help="attach a file (repeatable)")
    add.add_argument("--article", action="append", metavar="REF",
                     help="an OPCAT reference such as 11 or 11(1)(b)(ii) (repeatable)")
    add.add_argument("--review-date", metavar="YYYY-MM-DD", help="when the record is due for review (retention)")
    add.add_argument("--person-name", metavar="NAME",
                     help="a person the record is about, by real name (it gets the next alias, 'person A'; "
                     "a reprisal case names them by that alias); record consent with 'npmdesk consent'")
    communication = add.add_argument_group("communications", "shorthands for --field direction=, channel=, reply_by=")
    communication.add_argument("--direction", choices=["sent", "received"], help="(default: sent)")
    communication.add_argument("--channel", choices=CHANNELS, help="(default: email)")
    communication.add_argument("--reply-by", metavar="YYYY-MM-DD")
    add.set_defaults(func=lazy.function("npmdesk.cli.record_commands", "cmd_add"))


def register_update(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    update = sub.add_parser("update", parents=[common, unlocking],
                            help="change a record (a new version; the old one stays in its history); prints its id")
    update.add_argument("id", help="the record's id")
    _fields(update)
    update.add_argument("--clear-field", action="append", default=[], metavar="NAME",
                        help="remove a field's value (repeatable)")
    update.add_argument("--title", help="a new title")
    update.add_argument("--status", help="a new status")
    update.add_argument("--date", metavar="YYYY-MM-DD", help="a new date")
    update.add_argument("--due", metavar="YYYY-MM-DD", help="a new due date")
    update.add_argument("--country", metavar="CC", help="a new country (two letters)")
    update.add_argument("--article", action="append", metavar="REF",
                        help="OPCAT references, replacing the record's (repeatable)")
    update.add_argument("--review-date", metavar="YYYY-MM-DD", help="a new review date")
    update.set_defaults(func=lazy.function("npmdesk.cli.record_commands", "cmd_update"))


def register_state(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    state = sub.add_parser("state", parents=[common, unlocking],
                           help="print the State party of this vault's NPM, or set it (npmdesk state CC)")
    state.add_argument("code", nargs="?", metavar="CC", help="the State party's two-letter code (see 'npmdesk states')")
    state.add_argument("--json", action="store_true", help='print {"code": ..., "name": ...} (null when not set)')
    state.set_defaults(func=lazy.function("npmdesk.cli.state_commands", "cmd_state"))


def register_reference(sub: Any, common: argparse.ArgumentParser) -> None:
    """`kinds` and `states` open no vault; they take --vault (ignored) like every subcommand."""
    listing = sub.add_parser("kinds", parents=[common], help="list the kinds of record with their fields and statuses")
    listing.add_argument("kind", nargs="?", metavar="KIND", help="only this kind")
    listing.add_argument("--json", action="store_true",
                         help="print JSON: one object per kind (kind, date_meaning, statuses, status_field, "
                         "statuses_by, fields)")
    listing.set_defaults(func=lazy.function("npmdesk.cli.reference_commands", "cmd_kinds"))
    states = sub.add_parser("states", parents=[common], help="list the States parties to the OPCAT and their codes")
    states.add_argument("--json", action="store_true", help="print JSON")
    states.set_defaults(func=lazy.function("npmdesk.cli.reference_commands", "cmd_states"))


def register_consent(sub: Any, common: argparse.ArgumentParser, unlocking: argparse.ArgumentParser) -> None:
    parser = sub.add_parser(
        "consent", parents=[common, unlocking],
        help="record a person named in a record, their alias and their consent to one purpose; prints the id")
    parser.add_argument("id", help="the record's id")
    parser.add_argument("--person", required=True, metavar="NAME",
                        help="the person's real name (it stays in the vault; packages for others carry the alias)")
    parser.add_argument("--alias", metavar="ALIAS", help="the pseudonym (default: the next free one, 'person A'…)")
    parser.add_argument("--purpose", choices=consent_data.PURPOSES, help="what the consent is for")
    parser.add_argument("--state", choices=consent_data.STATES, help="given, refused, pending or withdrawn")
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="when it was given, refused or asked")
    parser.add_argument("--how", choices=consent_data.HOW, help="oral or written")
    parser.add_argument("--by", default="", metavar="NAME",
                        help="who obtained it (for a child or a person lacking capacity: who gave it)")
    parser.add_argument("--withdrawn-on", metavar="YYYY-MM-DD", help="when it was withdrawn")
    parser.add_argument("--child", action=argparse.BooleanOptionalAction, default=None,
                        help="the person is a child (consent comes from a parent or guardian)")
    parser.add_argument("--lacks-capacity", action=argparse.BooleanOptionalAction, default=None,
                        help="the person lacks capacity to consent (consent comes from a legal representative)")
    parser.set_defaults(func=lazy.function("npmdesk.cli.consent_commands", "cmd_consent"))
