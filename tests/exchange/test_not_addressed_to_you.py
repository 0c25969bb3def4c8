"""A package encrypted for other people says so, through the CLI as the user meets it."""

from __future__ import annotations

from npmdesk.exchange.age.keys import X25519Identity
from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE

ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


def test_importing_a_package_meant_for_someone_else_says_so(tmp_path):
    office, field = tmp_path / "office", tmp_path / "field"
    for path in (office, field):
        assert npmdesk("init", "--vault", path, "--npm-name", path.name, "--user-name", "Ana", env=ENV).status == 0
    assert npmdesk("add", "communication", "--subject", "For the SPT", "--vault", field, env=ENV).status == 0
    someone_else = X25519Identity.generate().recipient.encode()
    package = tmp_path / "for-someone-else.age"
    assert npmdesk("export", "--all", "--confirm-sensitive", "-r", someone_else, "-o", package, "--vault", field,
                   env=ENV).status == 0

    for dry_run in ((), ("--dry-run",)):
        refused = npmdesk("import", package, *dry_run, "--vault", office, env=ENV)
        assert refused.status in (1, 2) and len(refused.errors) == 1, refused.err
        assert "not addressed to you" in refused.err and "encrypted for other recipients" in refused.err
        assert "passphrase" not in refused.err and "Unexpected internal error" not in refused.err
    assert npmdesk("list", "--vault", office, env=ENV).out.strip() == ""
