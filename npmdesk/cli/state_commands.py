"""`npmdesk state [CC] [--json]`: print, or set, the State party whose NPM keeps this vault
(records/npm_state.py). `init --state CC` sets it at creation (commands.cmd_init)."""

from __future__ import annotations

import argparse

from npmdesk.cli import output
from npmdesk.cli.unlocking import unlock
from npmdesk.records.npm_state import npm_state, require_state, set_npm_state
from npmdesk.records.reference import state_by_iso2
from npmdesk.translation import QT_TRANSLATE_NOOP, translate

EXIT_OK = 0
NOT_SET = QT_TRANSLATE_NOOP("cli", "No State party is chosen for this vault yet: set it with 'npmdesk state CC' "
           "('npmdesk states' lists the codes).")


def described(code: str) -> str:
    state = state_by_iso2(code)
    return f"{state.country} ({state.iso2})" if state is not None else code


def cmd_state(args: argparse.Namespace) -> int:
    if args.code is not None:
        require_state(args.code)  # a typo is said before the vault is opened
    with unlock(args) as vault:
        code = set_npm_state(vault, args.code) if args.code is not None else npm_state(vault)
    if args.json:
        state = state_by_iso2(code) if code else None
        output.print_json({"code": code, "name": state.country if state is not None else None})
    elif args.code is not None:
        print(translate("cli", "This vault's NPM is now that of {state}.").format(state=described(str(code))))
    elif code is None:
        print(translate("cli", NOT_SET))
    else:
        print(described(code))
    return EXIT_OK
