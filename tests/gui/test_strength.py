"""The passphrase-strength estimate behind the meter (pure function, no Qt)."""

from __future__ import annotations

import pytest

from npmdesk.gui.welcome.strength import FAIR, GOOD, STRONG, TOO_SHORT, WEAK, estimate
from tests.support.common import PASSPHRASE


@pytest.mark.parametrize("text", ["", "a", "Tr0ub4&x!", "123456789"])
def test_anything_under_ten_characters_is_too_short(text: str) -> None:
    assert estimate(text).score == TOO_SHORT


def test_repeating_one_character_is_weak_however_long() -> None:
    assert estimate("a" * 40).score == WEAK


def test_ten_lowercase_letters_are_weak() -> None:
    assert estimate("abcdefghij").score == WEAK


def test_more_character_classes_score_higher_at_the_same_length() -> None:
    assert estimate("Password12").bits > estimate("password12").bits
    assert estimate("Password12").score == FAIR


def test_a_mixed_twelve_character_password_is_good() -> None:
    assert estimate("Tr0ub4dor&3x").score == GOOD


def test_a_four_word_passphrase_is_strong() -> None:
    assert estimate(PASSPHRASE).score == STRONG


def test_longer_never_scores_lower() -> None:
    text = "Mecanismo nacional 2024!"
    scores = [estimate(text[:n]).score for n in range(len(text) + 1)]
    assert scores == sorted(scores)


def test_other_scripts_count_as_a_large_alphabet() -> None:
    assert estimate("механизм защиты").score == STRONG
    assert estimate("آلية وقائية وطنية").score == STRONG


def test_decomposed_and_composed_accents_score_the_same() -> None:
    assert estimate("contrase\u00f1a segura") == estimate("contrasen\u0303a segura")
