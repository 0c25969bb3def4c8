"""The fixed search queries of the benchmarks (bench_search.py, bench_records.py): 27, in one place.

Words in six scripts, prefixes of 1 to 8 letters (a single letter matches the one-letter word only;
2 to 6 letters are read from the prefix indexes), phrases, several words, field values and a
document reference. Figures are compared across runs: change the set only with a note in
docs/developers.md.
"""

QUERIES = (
    "détention", "detention", "prison", "recomend", "indépend", "Ольга", "Смирнова", "ليلى", "الاحتجاز",
    "拘留", "防范酷刑", '"joint visit"', '"visite conjointe"', '"interviewed in private"', "Geneva session",
    "budget NPM", "art11", "person A", "NPMDOC000001", "Informe anual 2023",
    "visit", "v", "vi", "vis", "Посещ", "زيار", "follow-up report",
)
