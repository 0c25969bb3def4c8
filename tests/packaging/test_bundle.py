"""The frozen Linux bundle, as a user gets it: the CLI, the window under Xvfb, the tarball's installer.

The first test builds the bundle (about a minute on 2 cores) unless the cached one in
build/bundle-test/ was built from the same sources.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

import npmdesk
from tests.support.bundle_helpers import (
    ROOT,
    Bundle,
    Sandbox,
    built_bundle,
    network_sockets,
    run,
    snapshot,
    traced,
    visible_windows,
    wait_for_window,
    xvfb,
)
from tests.support.bundle_helpers import xdotool as xdo
from tests.support.common import PASSPHRASE
from tests.support.plaintext import files_containing

pytestmark = pytest.mark.timeout(1500)  # the first test may build the bundle

SUBJECT = "Zebrafinch consultation on detention monitoring"
BODY_MARKER = "okapi-body-7f3e"


@pytest.fixture(scope="module")
def bundle() -> Bundle:
    return built_bundle()


@pytest.fixture
def sandbox(tmp_path: Path) -> Sandbox:
    box = Sandbox(tmp_path)
    (box.root / "inputs" / "pw").write_text(PASSPHRASE + "\n")
    return box


def init_vault(bundle: Bundle, box: Sandbox) -> Path:
    vault = box.root / "out" / "vault"
    result = run(bundle, box, "init", "--vault", str(vault), "--passphrase-file", str(box.root / "inputs" / "pw"))
    assert result.status == 0, result.err
    return vault


def test_bundle_is_one_folder_with_qt_plugins_sqlcipher_and_data(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
                   "imageformats/libqsvg.so", "iconengines/libqsvgicon.so"):
        assert (plugins / plugin).is_file(), plugin
    assert not (plugins / "platforms" / "libqvnc.so").exists()  # would open a TCP server
    assert list((internal / "sqlcipher3").glob("_sqlite3*.so"))
    for module in ("QtPdf", "QtPdfWidgets", "QtSvg", "QtUiTools"):  # attachment previews, icons, forms
        assert list((internal / "PySide6").glob(f"{module}.*.so")), module
    assert (internal / "ui" / "unlock.ui").is_file()
    assert (internal / "resources" / "icons" / "npmdesk.svg").is_file()
    assert (internal / "resources" / "data" / "tags.json").is_file()
    assert (internal / "resources" / "glossary" / "fr.json").is_file()
    assert (internal / "resources" / "fonts" / "NotoSansArabic-Regular.ttf").is_file()  # reports in Arabic
    for page in (ROOT / "docs" / "guide").rglob("*.md"):  # Help → User Guide, offline
        assert (internal / page.relative_to(ROOT)).is_file(), page
    assert (internal / "docs" / "screenshots" / "dashboard.png").is_file()
    for locale in ("root", "en", "fr", "es", "ar", "ru", "pt"):  # CLDR's country names, through Babel
        assert (internal / "babel" / "locale-data" / f"{locale}.dat").is_file(), locale


def test_bundled_version(bundle: Bundle, sandbox: Sandbox) -> None:
    result = run(bundle, sandbox, "--version")
    assert (result.status, result.out.strip()) == (0, f"npmdesk {npmdesk.__version__}")
    assert result.sockets == []


def test_bundled_program_is_its_own_records_parser(bundle: Bundle, sandbox: Sandbox) -> None:
    """A frozen build starts an import's parse worker as itself with --npmdesk-parse-worker
    (exchange/parse_worker.py): it says it is ready, and ends when it is given no records."""
    result = run(bundle, sandbox, "--npmdesk-parse-worker", str(1 << 30))
    assert result.status == 0 and result.out.endswith('{"ready":true}'), (result.out, result.err)
    assert result.sockets == []


def test_bundled_cli_round_trip_leaves_no_plaintext_and_opens_no_socket(bundle: Bundle, sandbox: Sandbox) -> None:
    before = snapshot(bundle.folder)
    inputs = sandbox.root / "inputs"
    vault = init_vault(bundle, sandbox)
    (inputs / "body.txt").write_text(f"Agenda for the meeting. {BODY_MARKER}\n")
    unlock = ["--vault", str(vault), "--passphrase-file", str(inputs / "pw")]

    added = run(bundle, sandbox, "add", "communication", *unlock, "--subject", SUBJECT,
                "--body-file", str(inputs / "body.txt"), "--new-counterpart", "SPT Secretariat", "--country", "KH")
    assert added.status == 0, added.err
    record_id = added.out.strip()

    found = run(bundle, sandbox, "search", BODY_MARKER, *unlock, "--json")
    assert found.status == 0, found.err
    assert [(r["id"], r["title"]) for r in json.loads(found.out)] == [(record_id, SUBJECT)]
    in_spanish = run(bundle, sandbox, "search", "Camboya", *unlock, "--json")  # the country's name from CLDR
    assert [r["id"] for r in json.loads(in_spanish.out)] == [record_id], in_spanish.err

    keygen = subprocess.run(["age-keygen", "-o", str(inputs / "spt.key")], capture_output=True, text=True,
                            check=True, timeout=30)
    recipient = keygen.stderr.split("Public key:")[1].strip()
    package = sandbox.root / "out" / "package.age"
    exported = run(bundle, sandbox, "export", "--all", "--confirm-sensitive", "-r", recipient, "-o", str(package),
                   *unlock)
    assert exported.status == 0, exported.err
    assert package.read_bytes().startswith(b"age-encryption.org/v1\n")
    opened = subprocess.run(["age", "-d", "-i", str(inputs / "spt.key"), str(package)],
                            capture_output=True, check=False, timeout=60)
    assert opened.returncode == 0 and opened.stdout, opened.stderr

    for result in (added, found, exported):
        assert result.sockets == []
    assert files_containing(sandbox.written, [SUBJECT, BODY_MARKER, "Zebrafinch"]) == []
    assert list((sandbox.root / "tmp").iterdir()) == []
    assert snapshot(bundle.folder) == before


def test_bundled_keyring_remembers_the_vault(bundle: Bundle, sandbox: Sandbox) -> None:
    assert os.environ.get("DBUS_SESSION_BUS_ADDRESS"), "run the tests under scripts/with-keyring (a D-Bus session)"
    vault = sandbox.root / "out" / "vault"
    created = run(bundle, sandbox, "init", "--vault", str(vault), "--remember",
                  "--passphrase-file", str(sandbox.root / "inputs" / "pw"))
    assert created.status == 0, created.err
    listed = run(bundle, sandbox, "list", "--vault", str(vault), "--json")  # no passphrase, no terminal
    assert (listed.status, listed.out.strip()) == (0, "[]"), listed.err
    forgotten = run(bundle, sandbox, "forget", "--vault", str(vault))
    assert forgotten.status == 0, forgotten.err


def type_passphrase_until_unlocked(display: str, unlock: str) -> str:
    """Type the passphrase into the unlock window until the main window shows; its id.

    The window first tries the OS keyring with its fields disabled, and keys typed then are
    lost, so a few tries are allowed.
    """
    main_window = "^npmdesk( — .*)?$"
    for _attempt in range(5):
        xdo(display, "windowfocus", "--sync", unlock)
        xdo(display, "key", "ctrl+a")
        xdo(display, "type", "--delay", "5", PASSPHRASE)
        xdo(display, "key", "Return")
        try:
            return wait_for_window(display, main_window, timeout=10)
        except AssertionError:
            if unlock not in visible_windows(display, "^Unlock npmdesk$"):  # accepted, just slow
                return wait_for_window(display, main_window)
    raise AssertionError("the unlock window did not open the vault with the passphrase")


@pytest.mark.xdist_group("gui")  # its window listens on the tests' D-Bus session, as the GUI tests' do
def test_bundled_window_unlocks_under_xvfb(bundle: Bundle, sandbox: Sandbox) -> None:
    before = snapshot(bundle.folder)
    vault = init_vault(bundle, sandbox)
    trace = sandbox.root / "inputs" / "gui-strace.log"
    with xvfb() as display:
        env = sandbox.env(DISPLAY=display, QT_QPA_PLATFORM="xcb")
        proc = subprocess.Popen(
            traced([str(bundle.program), "--vault", str(vault)], trace), cwd=sandbox.root, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            start_new_session=True,
        )
        try:
            unlock = wait_for_window(display, "^Unlock npmdesk$")
            main = type_passphrase_until_unlocked(display, unlock)
            xdo(display, "windowfocus", "--sync", main)
            xdo(display, "key", "ctrl+q")
            _out, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, 9)
                proc.wait()
    assert proc.returncode == 0, err
    assert network_sockets(trace.read_text()) == []
    assert snapshot(bundle.folder) == before


def test_tarball_installs_a_menu_entry_icons_and_the_command(bundle: Bundle, tmp_path: Path) -> None:
    with tarfile.open(bundle.tarball) as archive:
        archive.extractall(tmp_path / "unpacked", filter="tar")
    (unpacked,) = (tmp_path / "unpacked").iterdir()
    prefix = tmp_path / "prefix"
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path)}

    subprocess.run([str(unpacked / "install.sh"), str(prefix)], env=env, check=True, capture_output=True, timeout=120)
    installed_version = subprocess.run([str(prefix / "bin" / "npmdesk"), "--version"], capture_output=True, text=True,
                                       check=True, timeout=60)
    assert installed_version.stdout.strip() == f"npmdesk {npmdesk.__version__}"
    desktop = prefix / "share" / "applications" / "org.npmdesk.npmdesk.desktop"
    assert f"Exec={prefix}/lib/npmdesk/npmdesk\n" in desktop.read_text()
    assert subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, check=False,
                          timeout=30).returncode == 0
    hicolor = prefix / "share" / "icons" / "hicolor"
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (hicolor / f"{size}x{size}" / "apps" / "org.npmdesk.npmdesk.png").is_file()
    assert (prefix / "share" / "metainfo" / "org.npmdesk.npmdesk.metainfo.xml").is_file()

    subprocess.run([str(unpacked / "uninstall.sh"), str(prefix)], env=env, check=True, capture_output=True, timeout=60)
    assert [p for p in prefix.rglob("*") if p.is_file() or p.is_symlink()] == []
    shutil.rmtree(prefix)


def test_socket_watch_reports_network_sockets_only() -> None:
    trace = (
        '101 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3\n'
        '101 socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP) = 4\n'
        '102 socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 5\n'
    )
    assert network_sockets(trace) == [
        "101 socket(AF_INET6, SOCK_STREAM, IPPROTO_TCP) = 4",
        "102 socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 5",
    ]
