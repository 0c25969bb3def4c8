"""Demo vaults: realistic synthetic records of every kind, about the vault's own State, for
`npmdesk demo`, the window's "Fill with demo data" and the benchmarks. Not part of the record
store: it writes through RecordStore like any other user of the vault.

- fill.py: `generate(store, records, attachments=…, seed=…)`, the whole demo vault.
- base.py, kinds.py, people.py, reports.py, visits.py: the makers of each kind of record.
- text.py, phrases.py, places.py: the phrase banks and the places, per language and State.
- files.py: attachment files (small valid PDFs, text, Markdown).
"""
