"""`npmdesk kinds [KIND] [--json]` and `npmdesk states [--json]`: what a script or a user needs
to know to add records, read from kinds.py and the reference data. Neither opens a vault.

`kinds --json` prints an array, one object per kind (a documented contract: the README):

    {"kind": "report", "date_meaning": "date", "statuses": [...],
     "status_field": "report_type" | null, "statuses_by": {"<value>": [...]},
     "fields": [{"name": "report_type", "type": "choice", "choices": [...], "required": true}]}

`states --json` prints an array of {"code", "name", "region", "ratification_year"} (region and
year null where the reference data leaves them unverified).
"""

from __future__ import annotations

import argparse
from typing import Any

from npmdesk.cli import output
from npmdesk.cli.field_values import UnknownKind
from npmdesk.records import kinds, reference
from npmdesk.records.kinds import KindSpec
from npmdesk.translation import translate

EXIT_OK = 0


def kind_json(spec: KindSpec) -> dict[str, Any]:
    by_field: dict[str, tuple[str, ...]] = getattr(spec, "statuses_by", None) or {}
    return {
        "kind": spec.name,
        "date_meaning": spec.date_meaning,
        "statuses": list(spec.statuses),
        "status_field": getattr(spec, "status_field", None),
        "statuses_by": {value: list(statuses) for value, statuses in by_field.items()},
        "fields": [
            {"name": f.name, "type": f.type, "choices": list(f.choices), "required": f.required}
            for f in spec.fields
        ],
    }


def kind_text(spec: KindSpec) -> str:
    date_label, statuses_label = translate("cli", "date means:"), translate("cli", "statuses:")
    label_width = max(13, len(date_label) + 2, len(statuses_label) + 2)
    lines = [spec.name, f"  {date_label:<{label_width}}{spec.date_meaning}",
             f"  {statuses_label:<{label_width}}{', '.join(spec.statuses)}"]
    doc = kind_json(spec)
    for value, statuses in doc["statuses_by"].items():
        lines.append("    " + translate("cli", "when {field} is {value}: {statuses}").format(
            field=doc["status_field"], value=value, statuses=", ".join(statuses)))
    lines.append("  " + translate("cli", "fields:"))
    width = max((len(f.name) for f in spec.fields), default=0)
    required = " " + translate("cli", "(required)")
    for f in spec.fields:
        note = required if f.required else ""
        values = f": {' | '.join(f.choices)}" if f.choices else ""
        lines.append(f"    {f.name:<{width}}  {f.type}{note}{values}")
    return "\n".join(lines)


def cmd_kinds(args: argparse.Namespace) -> int:
    if args.kind is not None and args.kind not in kinds.KINDS:
        raise UnknownKind(args.kind)
    specs = [kinds.KINDS[args.kind]] if args.kind is not None else list(kinds.KINDS.values())
    if args.json:
        output.print_json([kind_json(spec) for spec in specs])
    else:
        print("\n\n".join(kind_text(spec) for spec in specs))
    return EXIT_OK


def state_json(state: reference.StateParty) -> dict[str, Any]:
    return {"code": state.iso2, "name": state.country, "region": state.spt_region,
            "ratification_year": state.ratification_year}


def state_line(state: reference.StateParty) -> str:
    year = str(state.ratification_year) if state.ratification_year is not None else "?"
    return f"{state.iso2}  {state.country:<40}  {state.spt_region or '?':<13}  {year}"


def cmd_states(args: argparse.Namespace) -> int:
    states = sorted(reference.states_parties(), key=lambda s: s.country)
    if args.json:
        output.print_json([state_json(s) for s in states])
    else:
        for state in states:
            print(state_line(state))
    return EXIT_OK
