"""`npmdesk demo`: fill an open vault with synthetic demo records (the parser is wired elsewhere)."""

from __future__ import annotations

import argparse

from npmdesk.demo.fill import generate
from npmdesk.records.store import RecordStore

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
    print(summary.line())
    return 0
