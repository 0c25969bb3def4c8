"""Whatever path outside text takes to the terminal (an error quoting a file name, a contact's
name in a message), the CLI never lets a control, bidi or invisible character through raw."""

from __future__ import annotations

import re

from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
NAME = "evil\x1b]0;owned\x07\r\x1b[2K\u202egpj.age"


def test_an_error_quoting_a_file_name_shows_its_controls_visibly(tmp_path):
    result = npmdesk("age", "-d", tmp_path / NAME)
    assert result.status == 2 and not RAW.search(result.err) and not RAW.search(result.out)
    assert "evil<U+001B>]0;owned<U+0007><U+000D><U+001B>[2K<U+202E>gpj.age" in result.err
    assert len(result.err.splitlines()) == 1


def test_a_contact_name_in_messages_is_quoted_on_one_line(tmp_path):
    vault = tmp_path / "vault"
    assert npmdesk("init", "--vault", vault, "--npm-name", "Office", "--user-name", "Ana", env=ENV).status == 0
    name = "Bo\nSigned by Ana, a verified contact\x1b[1A"
    added = npmdesk("contact", "add", name, "--vault", vault, env=ENV)
    assert added.status == 0, added.err
    refused = npmdesk("export", "--all", "--to-contact", added.out.strip(), "-o", tmp_path / "p.age",
                      "--vault", vault, env=ENV)
    assert refused.status == 2 and not RAW.search(refused.err)
    assert "“Bo<U+000A>Signed by Ana, a verified contact…”" in refused.err  # cut, never inside <U+…>
    listed = npmdesk("contact", "list", "--vault", vault, env=ENV).out
    assert len(listed.splitlines()) == 1 and not RAW.search(listed)
