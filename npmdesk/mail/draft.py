"""A mail draft that carries an encrypted file: the cover note says nothing confidential.

`draft_message` builds an RFC 5322 message with `X-Unsent: 1` (Thunderbird, Outlook and Apple
Mail open such a file as a draft to complete and send), addressed to the recipients' email
addresses, with a neutral subject and cover note in the user's language, and the encrypted file
(a package, or a password-protected PDF) attached. The cover note names the file's kind, how to
open it and how to check who made it, never what it holds: it travels in clear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from npmdesk.mail.message import Address

PACKAGE, PROTECTED_PDF = "package", "protected_pdf"

_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Encrypted file from {sender}",
        "greeting": "Hello,",
        PACKAGE: (
            "Attached is an encrypted file ({name}) from {sender}. It can be opened only with "
            "your age key: in npmdesk (Import), or with the age tool: age -d -i your-key.txt "
            "{name} | tar -x, then open summary.html."
        ),
        PROTECTED_PDF: (
            "Attached is a password-protected PDF ({name}) from {sender}. We will give you its "
            "password by another way (by telephone, for example); any PDF reader opens it."
        ),
        "verify": "To check that it comes from us, compare this fingerprint with the one we gave you: {fingerprint}.",
        "closing": "This message itself holds nothing confidential.",
    },
    "fr": {
        "subject": "Fichier chiffré de la part de {sender}",
        "greeting": "Bonjour,",
        PACKAGE: (
            "Vous trouverez ci-joint un fichier chiffré ({name}) de la part de {sender}. Il ne "
            "s'ouvre qu'avec votre clé age : dans npmdesk (Importer), ou avec l'outil age : "
            "age -d -i votre-cle.txt {name} | tar -x, puis ouvrez summary.html."
        ),
        PROTECTED_PDF: (
            "Vous trouverez ci-joint un PDF protégé par mot de passe ({name}) de la part de "
            "{sender}. Nous vous donnerons son mot de passe par un autre moyen (par téléphone, par "
            "exemple) ; tout lecteur de PDF l'ouvre."
        ),
        "verify": (
            "Pour vérifier qu'il vient de nous, comparez cette empreinte avec celle que nous vous "
            "avons donnée : {fingerprint}."
        ),
        "closing": "Ce message ne contient lui-même rien de confidentiel.",
    },
    "es": {
        "subject": "Archivo cifrado de {sender}",
        "greeting": "Buenos días:",
        PACKAGE: (
            "Adjuntamos un archivo cifrado ({name}) de {sender}. Solo se abre con su clave age: "
            "en npmdesk (Importar) o con la herramienta age: age -d -i su-clave.txt {name} | "
            "tar -x, y luego abra summary.html."
        ),
        PROTECTED_PDF: (
            "Adjuntamos un PDF protegido con contraseña ({name}) de {sender}. Le daremos la "
            "contraseña por otro medio (por teléfono, por ejemplo); cualquier lector de PDF lo abre."
        ),
        "verify": "Para comprobar que viene de nosotros, compare esta huella con la que le dimos: {fingerprint}.",
        "closing": "Este mensaje no contiene nada confidencial.",
    },
}


@dataclass(frozen=True)
class Draft:
    data: bytes  # the .eml file's bytes
    subject: str
    body: str


def cover_languages() -> tuple[str, ...]:
    return tuple(_TEXT)


def draft_message(*, file_name: str, file_data: bytes, kind: str, sender_name: str,
                  recipients: Sequence[Address], sender: Address | None = None,
                  fingerprint: str = "", language: str = "en", now: dt.datetime | None = None) -> Draft:
    """The draft's bytes. `kind` is PACKAGE or PROTECTED_PDF; `sender_name` is the NPM's name
    (not confidential: the message comes from it anyway); `fingerprint` the signing key's."""
    text = _TEXT.get(language[:2].lower(), _TEXT["en"])
    sender_name = " ".join(sender_name.split()) or "npmdesk"
    subject = text["subject"].format(sender=sender_name)
    paragraphs = [text["greeting"], text[kind].format(name=file_name, sender=sender_name)]
    if fingerprint and kind == PACKAGE:
        paragraphs.append(text["verify"].format(fingerprint=fingerprint))
    paragraphs.append(text["closing"])
    body = "\n\n".join(paragraphs) + "\n"
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    message["Subject"] = subject
    if sender is not None and sender.email:
        message["From"] = _address(sender)
    if recipients:
        message["To"] = ", ".join(_address(person) for person in recipients if person.email)
    message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain="npmdesk.invalid")
    message.set_content(body, charset="utf-8")
    main, sub = ("application", "pdf") if kind == PROTECTED_PDF else ("application", "octet-stream")
    message.add_attachment(file_data, maintype=main, subtype=sub, filename=file_name)
    return Draft(message.as_bytes(), subject, body)


def _address(person: Address) -> str:
    local, _, domain = person.email.partition("@")
    return str(HeaderAddress(display_name=" ".join(person.name.split()), username=local, domain=domain))
