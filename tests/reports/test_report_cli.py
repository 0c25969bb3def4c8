"""`npmdesk report`: the PDF from the command line, its checks, and never a silent overwrite."""

from __future__ import annotations

import pytest

from tests.support.cli_helpers import npmdesk
from tests.support.common import PASSPHRASE
from tests.support.report_helpers import FROM, INSIDE, NPM_NAME, OUTSIDE, TO, pages_text, report_vault_path_fixture

_ = report_vault_path_fixture
ENV = {"NPMDESK_PASSPHRASE": PASSPHRASE}


def report(vault, *args):
    return npmdesk("report", *args, "--vault", vault, env=ENV)


def test_each_report_is_written_to_a_new_pdf_file(report_vault, tmp_path):
    vault, visit = report_vault
    log = tmp_path / "log.pdf"
    result = report(vault, "correspondence-log", "--from", FROM, "--to", TO, "-o", log)
    assert result.status == 0, result.err
    assert f"Wrote the correspondence log to {log}" in result.out and "not encrypted" in result.out
    pages = pages_text(log.read_bytes())
    assert NPM_NAME in pages[0] and all("CONFIDENTIAL" in page for page in pages)
    text = " ".join(pages)
    assert all(t in text for t in INSIDE) and not any(t in text for t in OUTSIDE)

    dossier = tmp_path / "dossier.pdf"
    result = report(vault, "visit", "--visit", visit, "--language", "fr", "--no-confidential-mark", "-o", dossier)
    assert result.status == 0, result.err
    pages = pages_text(dossier.read_bytes())
    assert "Dossier de visite" in pages[0] and "1. Préparation" in " ".join(pages)
    assert not any("CONFIDENTIEL" in page for page in pages)

    tracker = tmp_path / "tracker.pdf"
    assert report(vault, "recommendations", "--language", "es", "-o", tracker).status == 0
    assert "Seguimiento de las recomendaciones" in pages_text(tracker.read_bytes())[0]


@pytest.mark.parametrize(("args", "message"), [
    (["log", "--from", "2024-13-01"], "The start date is not a valid date: write it YYYY-MM-DD"),
    (["log", "--to", "31/12/2024"], "The end date is not a valid date"),
    (["log", "--from", "2025-01-01", "--to", "2024-01-01"], "The period ends before it starts"),
    (["visit-dossier"], "A visit dossier is about one visit"),
    (["visit-dossier", "--visit", "00000000-0000-4000-8000-000000000000"], "There is no record"),
])
def test_a_mistake_gives_one_clear_line_and_writes_nothing(report_vault, tmp_path, args, message):
    target = tmp_path / "report.pdf"
    result = report(report_vault[0], *args, "-o", target)
    assert result.status == 2
    assert result.errors == [result.errors[0]] and message in result.errors[0]
    assert "Traceback" not in result.err and not target.exists()


def test_an_existing_file_is_kept_unless_force_is_given(report_vault, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"an older report")
    result = report(report_vault[0], "tracker", "-o", target)
    assert result.status == 2 and "already exists" in result.errors[0] and "--force" in result.errors[0]
    assert target.read_bytes() == b"an older report"
    result = report(report_vault[0], "tracker", "--force", "-o", target)
    assert result.status == 0, result.err
    assert target.read_bytes().startswith(b"%PDF")
    missing = tmp_path / "no-such-folder" / "report.pdf"
    result = report(report_vault[0], "tracker", "-o", missing)
    assert result.status == 2 and "There is no folder" in result.errors[0]
