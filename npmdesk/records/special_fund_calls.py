"""The OPCAT Special Fund's call for applications of each year: when it opens and closes, and
the largest grant (in US dollars). Dated, editable data, not constants.

- `resources/data/special_fund_calls.json` lists the calls of recent years and a default rule
  for years it does not list (recent calls ran 1 January to 1 March, grants up to USD 30,000);
- a vault can override any year (vault_meta key `special_fund_calls`, a JSON object by year),
  for example when OHCHR announces this year's dates: `set_call`, `clear_call`;
- `call_for(vault, year)` is the call the vault uses: its own, else the listed one, else the
  default rule; `source` says which (a call from the default rule is approximate).

An application asking for more than the largest grant is only warned about (`over_max_grant`):
the amount stays the user's decision.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from npmdesk.errors import NpmdeskError
from npmdesk.paths import data_root
from npmdesk.vault.database import DatabaseError, user_error
from npmdesk.vault.session import VaultSession

META_KEY = "special_fund_calls"
FROM_VAULT, LISTED, DEFAULT_RULE = "vault", "reference", "default"


class FundCallDatesReversed(NpmdeskError):
    message = "The call for applications must close on or after the day it opens, in the same year."


class FundGrantNotPositive(NpmdeskError):
    message = "The largest grant must be a positive amount in US dollars."


class FundCallDateUnreadable(NpmdeskError):
    message = "Dates are written YYYY-MM-DD, for example 2027-01-01."


@dataclass(frozen=True)
class FundCall:
    year: int
    opens: dt.date
    closes: dt.date
    max_grant_usd: float
    source: str  # FROM_VAULT, LISTED or DEFAULT_RULE

    @property
    def approximate(self) -> bool:
        """True when the dates come from the default rule, not from a known call."""
        return self.source == DEFAULT_RULE

    def is_open(self, day: dt.date) -> bool:
        return self.opens <= day <= self.closes


@cache
def _reference() -> dict[str, Any]:
    path = data_root() / "resources" / "data" / "special_fund_calls.json"
    with path.open(encoding="utf-8") as handle:
        doc: dict[str, Any] = json.load(handle)
    return doc


def _month_day(year: int, text: str) -> dt.date:
    month, day = (int(part) for part in text.split("-"))
    return dt.date(year, month, day)


def _from_json(year: int, item: dict[str, Any], source: str) -> FundCall:
    return FundCall(year, dt.date.fromisoformat(item["opens"]), dt.date.fromisoformat(item["closes"]),
                    item["max_grant_usd"], source)


def reference_call(year: int) -> FundCall:
    """The call of `year` from the shipped reference data (listed, else the default rule)."""
    doc = _reference()
    listed = doc["calls"].get(str(year))
    if listed is not None:
        return _from_json(year, listed, LISTED)
    rule = doc["default"]
    return FundCall(year, _month_day(year, rule["opens"]), _month_day(year, rule["closes"]),
                    rule["max_grant_usd"], DEFAULT_RULE)


def _overrides(vault: VaultSession) -> dict[str, Any]:
    try:
        doc = json.loads(vault.meta(META_KEY) or "{}")
    except ValueError:
        return {}
    return doc if isinstance(doc, dict) else {}


def call_for(vault: VaultSession, year: int) -> FundCall:
    """The call of `year` this vault uses: its own override, else the reference data's."""
    item = _overrides(vault).get(str(year))
    if isinstance(item, dict):
        try:
            return _from_json(year, item, FROM_VAULT)
        except (KeyError, TypeError, ValueError):
            pass  # a damaged override reads as none
    return reference_call(year)


def _write(vault: VaultSession, overrides: dict[str, Any]) -> None:
    """One vault_meta write; a failed one raises the user's error (a full disk, a busy vault)."""
    vault.ensure_in_place()
    try:
        vault.db.execute(
            "INSERT INTO vault_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (META_KEY, json.dumps(overrides, sort_keys=True)),
        )
    except DatabaseError as exc:
        mapped = user_error(exc, vault.folder)
        if mapped is None:
            raise
        raise mapped from None


def set_call(vault: VaultSession, year: int, opens: dt.date, closes: dt.date, max_grant_usd: float) -> FundCall:
    """Make this vault use these dates and largest grant for the call of `year`; returns the call.
    FundCallDatesReversed or FundGrantNotPositive (and nothing changes) for impossible values."""
    if not (opens.year == closes.year == year and opens <= closes):
        raise FundCallDatesReversed()
    if isinstance(max_grant_usd, bool) or not isinstance(max_grant_usd, int | float) or not 0 < max_grant_usd < 1e12:
        raise FundGrantNotPositive()
    overrides = _overrides(vault)
    overrides[str(year)] = {"opens": opens.isoformat(), "closes": closes.isoformat(), "max_grant_usd": max_grant_usd}
    _write(vault, overrides)
    return call_for(vault, year)


def set_call_text(vault: VaultSession, year: int, opens: str, closes: str, max_grant_usd: str) -> FundCall:
    """`set_call` from text as typed ("2027-01-01", "30000" or "30,000"); FundCallDateUnreadable or
    FundGrantNotPositive (and nothing changes) for text that is not a date or an amount."""
    try:
        days = dt.date.fromisoformat(opens.strip()), dt.date.fromisoformat(closes.strip())
    except ValueError:
        raise FundCallDateUnreadable() from None
    amount_text = max_grant_usd.strip().replace(",", "").replace("\u00a0", "").replace(" ", "")
    try:
        amount = float(amount_text)
    except ValueError:
        raise FundGrantNotPositive() from None
    return set_call(vault, year, *days, int(amount) if amount.is_integer() else amount)


def clear_call(vault: VaultSession, year: int) -> FundCall:
    """Forget this vault's own call of `year`; returns the reference call it now uses."""
    overrides = _overrides(vault)
    if overrides.pop(str(year), None) is not None:
        _write(vault, overrides)
    return call_for(vault, year)


def over_max_grant(call: FundCall, amount: object, currency: object) -> bool:
    """True if an application for `amount` (in `currency`; none means US dollars) asks for more
    than the call's largest grant. Amounts in other currencies are not judged."""
    if isinstance(amount, bool) or not isinstance(amount, int | float):
        return False
    in_dollars = currency is None or (isinstance(currency, str) and currency.strip().upper() in ("", "USD", "US$"))
    return in_dollars and amount > call.max_grant_usd
