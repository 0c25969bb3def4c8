"""The NPM's State kept in the vault (records/npm_state.py): read, set, refused, kept across a lock."""

from __future__ import annotations

import pytest

from npmdesk.records.npm_state import UnknownState, default_country, npm_state, set_npm_state
from npmdesk.vault import Credential, Vault
from tests.support.common import PASSPHRASE


def test_the_state_is_set_read_back_and_kept_after_locking(new_vault, vault_path, keyring_double) -> None:
    vault, _code = new_vault
    assert npm_state(vault) is None and default_country(vault, "visit") is None
    assert set_npm_state(vault, " cr ") == "CR"
    assert npm_state(vault) == "CR"
    assert set_npm_state(vault, "GT") == "GT"  # changed: one value, replaced
    vault.close()
    with Vault.unlock(vault_path, Credential.passphrase(PASSPHRASE), device_keyring=keyring_double) as again:
        assert npm_state(again) == "GT"
        assert default_country(again, "visit") == default_country(again, "recommendation") == "GT"
        assert default_country(again, "contact") is None and default_country(again, "communication") is None


@pytest.mark.parametrize("code", ["XX", "US", "Costa Rica", "", "C\u0301R"])
def test_a_code_that_is_no_state_party_is_refused_and_changes_nothing(new_vault, code) -> None:
    vault, _code = new_vault
    set_npm_state(vault, "MX")
    with pytest.raises(UnknownState, match="not the two-letter code of a State party to the OPCAT"):
        set_npm_state(vault, code)
    assert npm_state(vault) == "MX"


def test_a_stored_value_that_is_no_state_party_reads_as_none(new_vault) -> None:
    vault, _code = new_vault
    vault.set_meta("npm_state", "ZZ")  # an older list, or a hand-edited vault
    assert npm_state(vault) is None
