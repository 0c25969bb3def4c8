"""The words of summary.html in English, French and Spanish (the sender's language), and the
steps a recipient without npmdesk follows to open and check a package with `age` and OpenSSH.

The names of kinds, statuses, fields, choices and sensitivities are not here: they come from the
glossary (npmdesk/glossary.py) through the reports' Strings (npmdesk/reports/strings.py), as in
the PDF reports; countries from reference.country_name, tags from the taxonomy. Every language
has the same keys (a test checks); a key missing from one falls back to English.
"""

from __future__ import annotations

from npmdesk.glossary import language_code

_EN = {
    "title": "npmdesk package from {name}",
    "heading": "Package from {name}",
    "unnamed": "an NPM",
    "created": "Created",
    "encrypted_for": "Encrypted for",
    "a_passphrase": "a passphrase",
    "records": "Records",
    "contents": "Contents",
    "fingerprint": "Signing-key fingerprint:",
    "verdict": "This page was written by the sender's npmdesk when the package was made. Nothing on it "
               "is proof of anything: follow the steps under “How to open and check this package” to "
               "check the package's signature with OpenSSH, or open it with npmdesk.",
    "outside": "Everything below is the package's own text.",
    "shown_only": "This summary shows the first {shown} of {total} records; every record is in {where}.",
    "thread": "Thread: {title}",
    "in_reply_to": "In reply to",
    "kind": "Type",
    "status": "Status",
    "counterpart": "Counterpart",
    "country": "Country",
    "due_date": "Due date",
    "sensitivity": "Sensitivity",
    "tags": "Tags",
    "articles": "OPCAT articles",
    "article": "Article {number}",
    "linked": "Linked records",
    "not_included": "a record not in this package",
    "attachments": "Attachments",
    "bytes": "{size} bytes",
    "yes": "yes",
    "no": "no",
    "how.title": "How to open and check this package",
    "how.intro": "You need three things: the age key file the package was encrypted for (key.txt below; "
                 "for a package made for a passphrase, the passphrase instead), the free tool age "
                 "(age-encryption.org), and OpenSSH's ssh-keygen, version 8.1 or later (ssh -V shows it). "
                 "npmdesk is not needed.",
    "how.line": "The sender gives you, separately and never inside the package, one line for a file named "
                "allowed_signers (in npmdesk: File, Share My Keys, Copy for OpenSSH; or `npmdesk identity --ssh`). "
                "Ask for it by a way you trust, and confirm it with the sender, by phone for example. "
                "This page is inside the package: it cannot prove who made it.",
    "how.windows": "Windows 10 and 11",
    "how.windows.get": "OpenSSH and tar are part of Windows (if ssh-keygen is missing: Settings, Apps, "
                       "Optional features, add “OpenSSH Client”); on Windows 10, if ssh -V shows a version before "
                       "8.1, use OpenSSH for Windows (github.com/PowerShell/Win32-OpenSSH/releases) or the "
                       "ssh-keygen.exe of Git for Windows. For age, download "
                       "age-vX.Y.Z-windows-amd64.zip from github.com/FiloSottile/age/releases and unzip it "
                       "(no installation needed), or run winget install --id FiloSottile.age. Type the "
                       "commands in the Command Prompt (cmd.exe), not in PowerShell, in the folder that holds "
                       "the package:",
    "how.macos": "macOS",
    "how.macos.get": "OpenSSH and tar are part of macOS. Install age with Homebrew (brew install age) or "
                     "MacPorts (sudo port install age), or download age-vX.Y.Z-darwin-arm64.tar.gz "
                     "(darwin-amd64 for an Intel Mac) from github.com/FiloSottile/age/releases. In Terminal, "
                     "in the folder that holds the package:",
    "how.linux": "Linux",
    "how.linux.get": "Install age and OpenSSH from your distribution: sudo apt install age openssh-client "
                     "(Debian 12, Ubuntu 22.04 or later), sudo dnf install age openssh-clients (Fedora), "
                     "sudo pacman -S age openssh (Arch). In a terminal, in the folder that holds the package:",
    "how.step.decrypt": "Decrypt and unpack (with a passphrase, leave out -i key.txt: age asks for it):",
    "how.step.signers": "Save the sender's line in a text file named allowed_signers, in the same folder.",
    "how.step.verify": "Check the signature:",
    "how.good": "The package is intact and comes from the holder of that key only if ssh-keygen answers "
                "Good \"npmdesk-package\" signature for {principal}. Any other answer: do not trust the "
                "package, and tell the sender.",
    "how.files": "The signed manifest.json lists every file of the package with its size and SHA-256. To "
                 "check a file against it: certutil -hashfile FILE SHA256 (Windows), shasum -a 256 FILE "
                 "(macOS), sha256sum FILE (Linux).",
}

_FR = {
    "title": "Paquet npmdesk de {name}",
    "heading": "Paquet de {name}",
    "unnamed": "un MNP",
    "created": "Créé le",
    "encrypted_for": "Chiffré pour",
    "a_passphrase": "une phrase de passe",
    "records": "Fiches",
    "contents": "Sommaire",
    "fingerprint": "Empreinte de la clé de signature :",
    "verdict": "Cette page a été écrite par le npmdesk de l'expéditeur lors de la création du paquet. "
               "Rien de ce qu'elle contient ne prouve quoi que ce soit : suivez les étapes de « Ouvrir et "
               "vérifier ce paquet » pour vérifier la signature du paquet avec OpenSSH, ou ouvrez-le avec npmdesk.",
    "outside": "Tout ce qui suit est le texte du paquet lui-même.",
    "shown_only": "Ce résumé montre les {shown} premières fiches sur {total} ; toutes les fiches sont dans {where}.",
    "thread": "Fil : {title}",
    "in_reply_to": "En réponse à",
    "kind": "Type",
    "status": "Statut",
    "counterpart": "Interlocuteur",
    "country": "Pays",
    "due_date": "Échéance",
    "sensitivity": "Sensibilité",
    "tags": "Mots-clés",
    "articles": "Articles du Protocole facultatif",
    "article": "Article {number}",
    "linked": "Fiches liées",
    "not_included": "une fiche absente de ce paquet",
    "attachments": "Pièces jointes",
    "bytes": "{size} octets",
    "yes": "oui",
    "no": "non",
    "how.title": "Ouvrir et vérifier ce paquet",
    "how.intro": "Il vous faut trois choses : le fichier de clé age pour lequel le paquet a été chiffré "
                 "(key.txt ci-dessous ; pour un paquet chiffré avec une phrase de passe, cette phrase), "
                 "l'outil libre age (age-encryption.org), et ssh-keygen d'OpenSSH, version 8.1 ou "
                 "ultérieure (ssh -V l'affiche). npmdesk n'est pas nécessaire.",
    "how.line": "L'expéditeur vous remet, séparément et jamais dans le paquet, une ligne pour un fichier nommé "
                "allowed_signers (dans npmdesk : Fichier, Partager mes clés, Copier pour OpenSSH ; ou "
                "`npmdesk identity --ssh`). Demandez-la par un moyen sûr et confirmez-la avec l'expéditeur, "
                "par téléphone par exemple. Cette page est dans le paquet : elle ne peut pas prouver qui l'a fait.",
    "how.windows": "Windows 10 et 11",
    "how.windows.get": "OpenSSH et tar font partie de Windows (si ssh-keygen manque : Paramètres, Applications, "
                       "Fonctionnalités facultatives, ajouter « Client OpenSSH ») ; sous Windows 10, si ssh -V "
                       "affiche une version antérieure à 8.1, utilisez OpenSSH for Windows "
                       "(github.com/PowerShell/Win32-OpenSSH/releases) ou le ssh-keygen.exe de Git for Windows. "
                       "Pour age, téléchargez "
                       "age-vX.Y.Z-windows-amd64.zip sur github.com/FiloSottile/age/releases et décompressez-le "
                       "(sans installation), ou lancez winget install --id FiloSottile.age. Tapez les commandes "
                       "dans l'invite de commandes (cmd.exe), pas dans PowerShell, dans le dossier du paquet :",
    "how.macos": "macOS",
    "how.macos.get": "OpenSSH et tar font partie de macOS. Installez age avec Homebrew (brew install age) ou "
                     "MacPorts (sudo port install age), ou téléchargez age-vX.Y.Z-darwin-arm64.tar.gz "
                     "(darwin-amd64 pour un Mac Intel) sur github.com/FiloSottile/age/releases. Dans le "
                     "Terminal, dans le dossier du paquet :",
    "how.linux": "Linux",
    "how.linux.get": "Installez age et OpenSSH depuis votre distribution : sudo apt install age openssh-client "
                     "(Debian 12, Ubuntu 22.04 ou ultérieure), sudo dnf install age openssh-clients (Fedora), "
                     "sudo pacman -S age openssh (Arch). Dans un terminal, dans le dossier du paquet :",
    "how.step.decrypt": "Déchiffrer et décompresser (avec une phrase de passe, omettez -i key.txt : age la demande) :",
    "how.step.signers": "Enregistrez la ligne de l'expéditeur dans un fichier texte nommé allowed_signers, dans "
                        "le même dossier.",
    "how.step.verify": "Vérifier la signature :",
    "how.good": "Le paquet est intact et vient du détenteur de cette clé seulement si ssh-keygen répond "
                "Good \"npmdesk-package\" signature for {principal}. Toute autre réponse : ne faites pas "
                "confiance au paquet et prévenez l'expéditeur.",
    "how.files": "Le fichier signé manifest.json liste chaque fichier du paquet avec sa taille et son SHA-256. "
                 "Pour vérifier un fichier : certutil -hashfile FICHIER SHA256 (Windows), shasum -a 256 "
                 "FICHIER (macOS), sha256sum FICHIER (Linux).",
}

_ES = {
    "title": "Paquete npmdesk de {name}",
    "heading": "Paquete de {name}",
    "unnamed": "un MNP",
    "created": "Creado el",
    "encrypted_for": "Cifrado para",
    "a_passphrase": "una frase de contraseña",
    "records": "Registros",
    "contents": "Índice",
    "fingerprint": "Huella de la clave de firma:",
    "verdict": "Esta página la escribió el npmdesk del remitente al crear el paquete. Nada de lo que "
               "contiene prueba nada: siga los pasos de «Cómo abrir y verificar este paquete» para "
               "verificar la firma del paquete con OpenSSH, o ábralo con npmdesk.",
    "outside": "Todo lo que sigue es el texto del propio paquete.",
    "shown_only": "Este resumen muestra los primeros {shown} de {total} registros; todos están en {where}.",
    "thread": "Hilo: {title}",
    "in_reply_to": "En respuesta a",
    "kind": "Tipo",
    "status": "Estado",
    "counterpart": "Interlocutor",
    "country": "País",
    "due_date": "Vencimiento",
    "sensitivity": "Sensibilidad",
    "tags": "Etiquetas",
    "articles": "Artículos del Protocolo Facultativo",
    "article": "Artículo {number}",
    "linked": "Registros vinculados",
    "not_included": "un registro que no está en este paquete",
    "attachments": "Adjuntos",
    "bytes": "{size} bytes",
    "yes": "sí",
    "no": "no",
    "how.title": "Cómo abrir y verificar este paquete",
    "how.intro": "Necesita tres cosas: el archivo de clave age para el que se cifró el paquete (key.txt más "
                 "abajo; para un paquete cifrado con una frase de contraseña, esa frase), la herramienta "
                 "libre age (age-encryption.org) y ssh-keygen de OpenSSH, versión 8.1 o posterior "
                 "(ssh -V la muestra). "
                 "No hace falta npmdesk.",
    "how.line": "El remitente le entrega, por separado y nunca dentro del paquete, una línea para un archivo "
                "llamado allowed_signers (en npmdesk: Archivo, Compartir mis claves, Copiar para OpenSSH; o "
                "`npmdesk identity --ssh`). Pídala por una vía de confianza y confírmela con el remitente, "
                "por teléfono por ejemplo. Esta página está dentro del paquete: no puede probar quién lo hizo.",
    "how.windows": "Windows 10 y 11",
    "how.windows.get": "OpenSSH y tar forman parte de Windows (si falta ssh-keygen: Configuración, "
                       "Aplicaciones, Características opcionales, agregar «Cliente OpenSSH»); en Windows 10, si "
                       "ssh -V muestra una versión anterior a 8.1, use OpenSSH for Windows "
                       "(github.com/PowerShell/Win32-OpenSSH/releases) o el ssh-keygen.exe de Git for Windows. "
                       "Para age, "
                       "descargue age-vX.Y.Z-windows-amd64.zip de github.com/FiloSottile/age/releases y "
                       "descomprímalo (sin instalación), o ejecute winget install --id FiloSottile.age. Escriba "
                       "los comandos en el Símbolo del sistema (cmd.exe), no en PowerShell, en la carpeta del paquete:",
    "how.macos": "macOS",
    "how.macos.get": "OpenSSH y tar forman parte de macOS. Instale age con Homebrew (brew install age) o "
                     "MacPorts (sudo port install age), o descargue age-vX.Y.Z-darwin-arm64.tar.gz "
                     "(darwin-amd64 para un Mac Intel) de github.com/FiloSottile/age/releases. En Terminal, "
                     "en la carpeta del paquete:",
    "how.linux": "Linux",
    "how.linux.get": "Instale age y OpenSSH desde su distribución: sudo apt install age openssh-client "
                     "(Debian 12, Ubuntu 22.04 o posterior), sudo dnf install age openssh-clients (Fedora), "
                     "sudo pacman -S age openssh (Arch). En una terminal, en la carpeta del paquete:",
    "how.step.decrypt": "Descifrar y desempaquetar (con una frase de contraseña, omita -i key.txt: age la pide):",
    "how.step.signers": "Guarde la línea del remitente en un archivo de texto llamado allowed_signers, en la "
                        "misma carpeta.",
    "how.step.verify": "Verificar la firma:",
    "how.good": "El paquete está intacto y viene del titular de esa clave solo si ssh-keygen responde "
                "Good \"npmdesk-package\" signature for {principal}. Cualquier otra respuesta: no confíe en "
                "el paquete y avise al remitente.",
    "how.files": "El archivo firmado manifest.json enumera cada archivo del paquete con su tamaño y su "
                 "SHA-256. Para verificar un archivo: certutil -hashfile ARCHIVO SHA256 (Windows), "
                 "shasum -a 256 ARCHIVO (macOS), sha256sum ARCHIVO (Linux).",
}

TEXTS = {"en": _EN, "fr": _FR, "es": _ES}


class Texts:
    """summary.html's words in one language: `t("heading", name=…)`; English for a missing key."""

    def __init__(self, language: str | None) -> None:
        code = language_code(language)
        self.language = code if code in TEXTS else "en"  # Arabic, Russian, Portuguese: English until translated
        self._own = TEXTS[self.language]

    def template(self, key: str) -> str:
        """The text with its `{name}` fields unfilled (to put escaped HTML in them)."""
        return self._own.get(key) or _EN[key]

    def __call__(self, key: str, **values: object) -> str:
        text = self._own.get(key) or _EN[key]
        return text.format(**values) if values else text


def commands(principal: str, package: str = "package.age") -> dict[str, list[str]]:
    """The commands of each system (the same in every language), for a package signed by
    `principal` (sshsig.principal_for)."""
    verify = (f"ssh-keygen -Y verify -f allowed_signers -I {principal} -n npmdesk-package "
              "-s manifest.json.sshsig < manifest.json")
    unix = [f"age -d -i key.txt {package} | tar -x"]
    return {
        "windows": [f"age -d -i key.txt -o package.tar {package}", "tar -xf package.tar", verify],
        "macos": [*unix, verify],
        "linux": [*unix, verify],
    }
