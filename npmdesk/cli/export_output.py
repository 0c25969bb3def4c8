"""What `npmdesk export` prints about what leaves, for a package and a protected PDF alike."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from npmdesk.cli.terminal import line
from npmdesk.translation import translate


def print_flagged(plan: Any) -> None:
    """On stderr: the records that need --confirm-sensitive, and those left out whatever is confirmed."""
    print(translate("cli", "These records need your confirmation before they leave the vault:"), file=sys.stderr)
    for flagged in plan.flagged:
        print(f"  {flagged.id}  {line(flagged.title)}  ({_reason(flagged.reason)})", file=sys.stderr)
    for left in plan.excluded:
        print("  " + translate("cli", "left out whatever is confirmed: {id}  {title}").format(
            id=left.id, title=line(left.describe())), file=sys.stderr)
    print(translate("cli", "Run the command again with --confirm-sensitive to export them."), file=sys.stderr)


def _reason(reason: str) -> str:
    """Why a record needs a confirmation (npmdesk/exchange/export.py's reasons), in the user's language."""
    from npmdesk.exchange.export import INTERNAL, NO_CONSENT, STRICTLY_CONFIDENTIAL

    return {STRICTLY_CONFIDENTIAL: translate("cli", "strictly confidential"),
            NO_CONSENT: translate("cli", "personal data without recorded consent"),
            INTERNAL: translate("cli", "internal to the NPM")}.get(reason, reason)


def print_outcome(what: str, excluded: Sequence[Any], marked_sent: Sequence[str]) -> None:
    """The records left out of `what` ("the package", "the PDF") and the drafts marked as sent."""
    if excluded:
        count = len(excluded)  # a plain name: lupdate misses a call in a translate() call's arguments
        print(translate("cli", "Left out of the PDF (%n): consent to transmission to the SPT was refused.", None,
                        count) if what == "the PDF" else
              translate("cli", "Left out of the package (%n): consent to transmission to the SPT was refused.", None,
                        count))
        for left in excluded:
            print(f"  {left.id}  {line(left.describe())}")
    if marked_sent:
        sent = len(marked_sent)
        print(translate("cli", "Marked as sent: %n draft(s).", None, sent))
