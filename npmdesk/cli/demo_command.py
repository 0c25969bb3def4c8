"""`npmdesk demo`: fill an open vault with synthetic demo records (the parser is wired elsewhere)."""

from __future__ import annotations

import argparse

from npmdesk.demo.fill import DemoSummary, generate
from npmdesk.records.store import RecordStore
from npmdesk.translation import decimal, language, translate

DEFAULT_RECORDS = 1000


def _int(args: argparse.Namespace, name: str, default: int) -> int:
    value = getattr(args, name, None)
    return default if value is None else int(value)


def demo_command(args: argparse.Namespace, store: RecordStore) -> int:
    """Add `args.records` records and `args.attachments` attachments made from `args.seed`;
    print a one-line summary. Missing arguments take their defaults (1000, 0, 0)."""
    records = _int(args, "records", DEFAULT_RECORDS)
    attachments = _int(args, "attachments", 0)
    seed = _int(args, "seed", 0)
    summary = generate(store, records, attachments=attachments, seed=seed)
    print(summary_line(summary))
    return 0


def summary_line(summary: DemoSummary) -> str:
    """The one-line summary in the user's language: the State's name and the decimals as the
    language writes them; the kinds stay identifiers (as `npmdesk add KIND` takes them)."""
    from npmdesk.records.reference import country_name

    lang = language()
    kinds = ", ".join(f"{n} {kind}" for kind, n in summary.by_kind.items() if n)
    records, attachments = summary.records, summary.attachments
    if not summary.state:
        text = translate("cli", "Demo data (seed {seed}): {records} ({kinds}) and {attachments} ({size} MB) in "
                         "{seconds} s.")
    elif summary.state_is_default:
        text = translate("cli", "Demo data (seed {seed}) about {country} (the vault has no State set; picked from "
                         "the seed): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.")
    else:
        text = translate("cli", "Demo data (seed {seed}) about {country}: {records} ({kinds}) and {attachments} "
                         "({size} MB) in {seconds} s.")
    return text.format(
        seed=summary.seed, country=country_name(summary.state, lang) if summary.state else "", kinds=kinds,
        records=translate("cli", "%n record(s)", None, records),
        attachments=translate("cli", "%n attachment(s)", None, attachments),
        size=decimal(summary.attachment_bytes / 1e6, lang), seconds=decimal(summary.seconds, lang))
