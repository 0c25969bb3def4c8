"""Whose NPM this vault belongs to: the State party, kept in the vault (vault_meta `npm_state`).

It is one of the States parties in the reference data (records/reference.py), by its ISO
3166 alpha-2 code, chosen when the vault is created (`npmdesk init --state CC`, the first-run
window) or later (`npmdesk state CC`, Preferences). New records of the kinds that are about
the NPM's own State start with it as their country (`default_country`); the user can change it.
A vault made before this existed, or whose user chose later, has none (None).
"""

from __future__ import annotations

from npmdesk.errors import NpmdeskError
from npmdesk.records.reference import StateParty, state_by_iso2
from npmdesk.vault.session import VaultSession

META_KEY = "npm_state"
# The kinds whose new records start with the NPM's State as their country. Not contacts (SPT
# members come from elsewhere), communications and reminders (as before), nor statements
# (often joint, from a regional network). Names a merge has not brought yet simply never match.
DEFAULTS_TO_STATE = (
    "visit", "report", "recommendation", "place", "special_fund", "annual_report", "update",
    "interpretation_request", "reprisal_check", "reprisal_case",
)


class UnknownState(NpmdeskError):
    """A code that is not one of the States parties to the OPCAT in the reference data."""

    def __init__(self, code: str = "") -> None:
        if _looks_like_code(code):
            super().__init__("{code} is not the two-letter code of a State party to the OPCAT; 'npmdesk states' "
                             "lists them.", code=code.strip().upper())
        else:
            super().__init__("That is not the two-letter code of a State party to the OPCAT; 'npmdesk states' "
                             "lists them.")


def _looks_like_code(code: str) -> bool:
    text = code.strip()
    return len(text) == 2 and text.isascii() and text.isalpha()


def require_state(code: str) -> StateParty:
    """The State party with this code (any case, spaces around ignored); UnknownState if none."""
    state = state_by_iso2(code) if _looks_like_code(code) else None
    if state is None:
        raise UnknownState(code)
    return state


def npm_state(vault: VaultSession) -> str | None:
    """The code of the NPM's State (upper case), or None if none was chosen (or the stored
    value is no longer a State party in the reference data)."""
    state = state_by_iso2(vault.meta(META_KEY))
    return state.iso2 if state is not None else None


def set_npm_state(vault: VaultSession, iso2: str) -> str:
    """Record the NPM's State; returns its code in upper case. UnknownState (and nothing
    changes) if `iso2` is not a State party; a failed write raises the user's error."""
    state = require_state(iso2)
    vault.set_meta(META_KEY, state.iso2)
    return state.iso2


def default_country(vault: VaultSession, kind: str) -> str | None:
    """The country a new record of `kind` starts with: the NPM's State for the kinds about it
    (DEFAULTS_TO_STATE), otherwise None."""
    return npm_state(vault) if kind in DEFAULTS_TO_STATE else None
