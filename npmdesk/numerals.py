"""Numbers as each language npmdesk speaks writes them, without Qt: a count as Qt writes it for
`%Ln` (its group separator; Arabic-Indic digits in Arabic), a measure with decimals (CLDR's decimal
sign through Babel). The command line (npmdesk/translation.py) and the core's phrases
(npmdesk/phrase.py: `Count`) use them.
"""

from __future__ import annotations

_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_ARABIC_NUMBER = str.maketrans("0123456789.,", "٠١٢٣٤٥٦٧٨٩\u066b\u066c")  # Babel's Latin-digit Arabic, as Qt writes it
# How Qt writes a count with %Ln (QLocale's group separator; Spanish groups from five digits on).
_GROUPING = {"en": ",", "fr": "\u202f", "es": ".", "pt": ".", "ru": "\xa0", "ar": "٬"}


def number(n: int, language: str) -> str:
    """A count as Qt writes it for %Ln in `language`: its digits and group separator."""
    text = str(abs(n))
    if len(text) > (4 if language == "es" else 3):
        groups = [text[max(0, end - 3):end] for end in range(len(text), 0, -3)]
        text = _GROUPING.get(language, ",").join(reversed(groups))
    text = ("-" if n < 0 else "") + text
    return text.translate(_ARABIC_DIGITS) if language == "ar" else text


def decimal(value: float, language: str, places: int = 1) -> str:
    """A measure (megabytes, seconds) with `places` decimals as `language` writes it: its decimal
    sign (CLDR through Babel) and, in Arabic, the Arabic-Indic digits Qt uses for counts."""
    from babel.numbers import format_decimal

    text = str(format_decimal(value, "#,##0." + "0" * places if places else "#,##0", locale=language))
    return text.translate(_ARABIC_NUMBER) if language == "ar" else text
