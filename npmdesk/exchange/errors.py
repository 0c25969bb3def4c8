"""Every way exporting, opening or importing a package can fail, each with the one message the user
sees. Messages never contain key material, passphrases or record text; a record id or a member
name of the package is the only variable part, and it is shown on one line with its control and
bidi characters made visible (npmdesk.display.one_line): a package cannot write to the terminal
through an error message."""

from __future__ import annotations

from typing import Any

from npmdesk.display import one_line
from npmdesk.errors import NpmdeskError
from npmdesk.exchange.age.errors import NoMatchingIdentity
from npmdesk.phrase import Count, Phrase


class PackageError(NpmdeskError):
    """Base class: the package was refused and nothing was changed."""

    message = "This package cannot be read. Nothing was changed."


class NotAPackage(PackageError):
    message = (
        "This age file is not an npmdesk package (its contents are not in the package format). "
        "Nothing was changed."
    )


class UnsupportedPackageVersion(PackageError):
    message = (
        "This package was made by a newer version of npmdesk (unknown format version). "
        "Update npmdesk to open it. Nothing was changed."
    )


def _detail(template: str | Phrase, values: dict[str, object]) -> Phrase:
    """What exactly is wrong, as a phrase translated where it is shown (npmdesk/phrase.py); each
    value (a member name, a record id: the package's own text) on one line, made visible; a
    number as a phrase.Count, written as the user's language writes it."""
    if isinstance(template, Phrase):
        return template
    return Phrase.with_values(template, {name: value if isinstance(value, Count | Phrase) else one_line(value)
                                         for name, value in values.items()})


class DamagedPackage(PackageError):
    """Truncated, corrupted, or with contents that do not match its signed manifest. `detail`
    says what, as a lowercase template with its values: `DamagedPackage("{name} does not match
    its manifest", name=path)` (translated, like the sentence around it)."""

    def __init__(self, detail: str, /, **values: object) -> None:
        super().__init__("This package is damaged or was tampered with ({detail}). Nothing was changed.",
                         detail=_detail(detail, values))


class BadSignature(PackageError):
    message = (
        "This package's signature does not verify: it was altered after it was signed, or it is "
        "forged. Nothing was changed."
    )


class UnexpectedSigner(BadSignature):
    """`unpack --expect-signer`: the package was signed, but by another key than the one named."""

    message = "This package was not signed by the key you expected. Nothing was written."


class ReAddressed(PackageError):
    message = (
        "This package was re-addressed: it opens with your key, but its signed list of recipients "
        "does not name you. Ask the sender to export it for you again. Nothing was changed."
    )


class PackageTooLarge(PackageError):
    """`detail` names the limit, as DamagedPackage's: `PackageTooLarge("a manifest over {size} MiB", size=1)`."""

    def __init__(self, detail: str | Phrase, /, **values: object) -> None:
        super().__init__("This package exceeds a safety limit ({detail}). Nothing was changed.",
                         detail=_detail(detail, values))


class InvalidPackageRecord(PackageError):
    """`detail`: what is wrong with the record, a template with its values as DamagedPackage's."""

    def __init__(self, record_id: str, detail: str | Phrase, /, **values: object) -> None:
        super().__init__(
            "Record {record_id} in this package is not valid: {detail} Nothing was changed.",
            record_id=one_line(record_id), detail=_detail(detail, values))


class SignerNotTrusted(PackageError):
    def __init__(self, description: str) -> None:
        super().__init__(
            "This package was signed by {signer}. Compare the fingerprint with the sender "
            "(by phone, for example), then import again confirming it. Nothing was changed.", signer=description
        )


class ConfirmationNeeded(NpmdeskError):
    """Records that must not leave without an explicit confirmation (see ExportPlan.sensitive)."""

    def __init__(self, count: int) -> None:
        super().__init__(
            "%n of the records to export are strictly confidential, internal to the NPM or hold personal "
            "data without recorded consent. Review them and confirm before anything is written.", count=count
        )
        self.count = count


class TooLargeToExport(NpmdeskError):
    """An export that would make a package beyond what an import accepts (docs/package-format.md,
    "Limits"): refused before anything is written, in one sentence saying what to do."""

    def __init__(self, template: str, /, **values: Any) -> None:
        super().__init__(template, **values)  # the caller's template ends "Nothing was written."


class NothingToExport(NpmdeskError):
    message = "There is nothing to export: choose at least one record."


class InvalidSigningKey(NpmdeskError):
    message = "This is not a valid npmdesk signing key (it starts with npmsig1 and has 65 characters)."


class UnpackFolderNotEmpty(NpmdeskError):
    def __init__(self, folder: str) -> None:
        super().__init__("The folder {folder} is not empty: choose a new or empty folder to unpack into.",
                         folder=folder)


class NotAddressedToYou(PackageError, NoMatchingIdentity):
    """None of the keys given opens it (also an age NoMatchingIdentity, for callers that catch that)."""

    message = (
        "This package is not addressed to you: it was encrypted for other recipients, and none of "
        "your keys opens it. Ask the sender to export it for your key. Nothing was changed."
    )


class EverythingLeftOut(NpmdeskError):
    """Every record chosen is left out of a package for anyone beyond the NPM's own devices."""

    def __init__(self, count: int) -> None:
        super().__init__(
            "Nothing was written: the %n record(s) chosen are all left out, because consent to their "
            "transmission to the SPT was refused.", count=count)
        self.count = count


class ExportPlanOutdated(NpmdeskError):
    message = (
        "A record's consent changed while the package was being made (someone refused its transmission): "
        "start the export again to see what is left out. Nothing was written."
    )


class RealNamesRefused(PackageError):
    message = (
        "This package was refused: it carries real names, and only a package from one of your NPM's own "
        "devices (a verified contact marked as such) may. Nothing was changed."
    )
