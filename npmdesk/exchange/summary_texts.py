# ruff: noqa: RUF001 - Russian text: Cyrillic letters that look like Latin ones are meant
"""The words of summary.html in the sender's language (en, fr, es, ar, ru, pt), and the steps a
recipient without npmdesk follows to open and check a package with `age` and OpenSSH.

The names of kinds, statuses, fields, choices and sensitivities are not here: they come from the
glossary (npmdesk/glossary.py) through the reports' Strings (npmdesk/reports/strings.py), as in
the PDF reports; countries from reference.country_name, tags from the taxonomy. Every language
has the same keys (a test checks); a key missing from one falls back to English. Commands,
product names and what ssh-keygen prints (`good_signature`) stay as they are in every language.
"""

from __future__ import annotations

from npmdesk.exchange.sshsig import NAMESPACE
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
    "verified": "npmdesk verified this package's signature: it was signed with the key whose fingerprint is "
                "{fingerprint}. npmdesk cannot tell who holds that key: compare the fingerprint with the sender (by "
                "phone, for example). The names below are what the package states.",
    "verified_expected": "npmdesk verified this package's signature, and it is the signing key you expected: it was "
                         "signed with the key whose fingerprint is {fingerprint}. npmdesk cannot tell who holds that "
                         "key: compare the fingerprint with the sender (by phone, for example). The names below are "
                         "what the package states.",
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
                "{answer}. Any other answer: do not trust the "
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
    "verified": "npmdesk a vérifié la signature de ce paquet : il a été signé avec la clé dont l'empreinte est "
                "{fingerprint}. npmdesk ne peut pas savoir qui détient cette clé : comparez l'empreinte avec "
                "l'expéditeur (par téléphone, par exemple). Les noms ci-dessous sont ceux qu'indique le paquet.",
    "verified_expected": "npmdesk a vérifié la signature de ce paquet, et c'est la clé de signature que vous attendiez"
                         " : il a été signé avec la clé dont l'empreinte est {fingerprint}. npmdesk ne peut pas savoir"
                         " qui détient cette clé : comparez l'empreinte avec l'expéditeur (par téléphone, par "
                         "exemple). Les noms ci-dessous sont ceux qu'indique le paquet.",
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
                "{answer}. Toute autre réponse : ne faites pas "
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
    "verified": "npmdesk verificó la firma de este paquete: se firmó con la clave cuya huella es {fingerprint}. "
                "npmdesk no puede saber quién tiene esa clave: compare la huella con el remitente (por teléfono, por "
                "ejemplo). Los nombres que siguen son los que indica el paquete.",
    "verified_expected": "npmdesk verificó la firma de este paquete, y es la clave de firma que esperaba: se firmó con"
                         " la clave cuya huella es {fingerprint}. npmdesk no puede saber quién tiene esa clave: "
                         "compare la huella con el remitente (por teléfono, por ejemplo). Los nombres que siguen son "
                         "los que indica el paquete.",
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
                "{answer}. Cualquier otra respuesta: no confíe en "
                "el paquete y avise al remitente.",
    "how.files": "El archivo firmado manifest.json enumera cada archivo del paquete con su tamaño y su "
                 "SHA-256. Para verificar un archivo: certutil -hashfile ARCHIVO SHA256 (Windows), "
                 "shasum -a 256 ARCHIVO (macOS), sha256sum ARCHIVO (Linux).",
}

_AR = {
    "title": "حزمة npmdesk من {name}",
    "heading": "حزمة من {name}",
    "unnamed": "آلية وقائية وطنية",
    "created": "تاريخ الإنشاء",
    "encrypted_for": "مشفَّرة من أجل",
    "a_passphrase": "من يملك عبارة المرور",
    "records": "السجلات",
    "contents": "المحتويات",
    "fingerprint": "بصمة مفتاح التوقيع:",
    "verdict": "كتب npmdesk لدى المرسل هذه الصفحة عند إنشاء الحزمة. لا شيء فيها دليل على أي شيء: اتبع "
               "الخطوات الواردة تحت «كيفية فتح هذه الحزمة والتحقق منها» للتحقق من توقيع الحزمة باستخدام "
               "OpenSSH، أو افتحها باستخدام npmdesk.",
    "verified": "تحقَّق npmdesk من توقيع هذه الحزمة: وُقِّعت بالمفتاح الذي بصمته {fingerprint}. لا يستطيع npmdesk أن "
                "يعرف من يحوز هذا المفتاح: قارن البصمة مع المرسل (بالهاتف مثلاً). الأسماء أدناه هي ما تذكره الحزمة.",
    "verified_expected": "تحقَّق npmdesk من توقيع هذه الحزمة، وهو مفتاح التوقيع الذي كنت تتوقعه: وُقِّعت بالمفتاح الذي"
                         " بصمته {fingerprint}. لا يستطيع npmdesk أن يعرف من يحوز هذا المفتاح: قارن البصمة مع المرسل "
                         "(بالهاتف مثلاً). الأسماء أدناه هي ما تذكره الحزمة.",
    "outside": "كل ما يلي هو نص الحزمة نفسها.",
    "shown_only": "يعرض هذا الملخص السجلات الأولى فقط ({shown} من أصل {total})؛ وجميع السجلات موجودة في {where}.",
    "thread": "سلسلة الرسائل: {title}",
    "in_reply_to": "ردّاً على",
    "kind": "النوع",
    "status": "الحالة",
    "counterpart": "الجهة المقابلة",
    "country": "البلد",
    "due_date": "تاريخ الاستحقاق",
    "sensitivity": "درجة السرية",
    "tags": "الوسوم",
    "articles": "مواد البروتوكول الاختياري",
    "article": "المادة {number}",
    "linked": "السجلات المرتبطة",
    "not_included": "سجل غير موجود في هذه الحزمة",
    "attachments": "المرفقات",
    "bytes": "{size} بايت",
    "yes": "نعم",
    "no": "لا",
    "how.title": "كيفية فتح هذه الحزمة والتحقق منها",
    "how.intro": "تحتاج إلى ثلاثة أشياء: ملف مفتاح age الذي شُفِّرت الحزمة من أجله (key.txt أدناه؛ وللحزمة "
                 "المشفَّرة بعبارة مرور، عبارة المرور بدلاً منه)، والأداة المجانية age (age-encryption.org)، "
                 "وأداة ssh-keygen من OpenSSH، الإصدار 8.1 أو أحدث (يعرضه الأمر ssh -V). لا حاجة إلى npmdesk.",
    "how.line": "يعطيك المرسل، بشكل منفصل وليس داخل الحزمة أبداً، سطراً لملف اسمه allowed_signers (في npmdesk: "
                "ملف، مشاركة مفاتيحي، نسخ لـ OpenSSH؛ أو `npmdesk identity --ssh`). اطلبه عبر وسيلة تثق بها، "
                "وتأكَّد منه مع المرسل، عبر الهاتف مثلاً. هذه الصفحة موجودة داخل الحزمة: فلا يمكنها أن تثبت "
                "من أنشأها.",
    "how.windows": "Windows 10 و11",
    "how.windows.get": "OpenSSH وtar جزء من Windows (إذا لم يكن ssh-keygen موجوداً: الإعدادات، التطبيقات، "
                       "الميزات الاختيارية، أضف «OpenSSH Client»)؛ في Windows 10، إذا أظهر ssh -V إصداراً أقدم "
                       "من 8.1، فاستخدم OpenSSH for Windows (github.com/PowerShell/Win32-OpenSSH/releases) أو "
                       "ssh-keygen.exe المرفق مع Git for Windows. للحصول على age، نزِّل "
                       "age-vX.Y.Z-windows-amd64.zip من github.com/FiloSottile/age/releases وفُكَّ ضغطه (دون "
                       "تثبيت)، أو شغِّل winget install --id FiloSottile.age. اكتب الأوامر في موجه الأوامر "
                       "(cmd.exe)، لا في PowerShell، في المجلد الذي يحتوي الحزمة:",
    "how.macos": "macOS",
    "how.macos.get": "OpenSSH وtar جزء من macOS. ثبِّت age باستخدام Homebrew (brew install age) أو MacPorts "
                     "(sudo port install age)، أو نزِّل age-vX.Y.Z-darwin-arm64.tar.gz (darwin-amd64 لجهاز Mac "
                     "بمعالج Intel) من github.com/FiloSottile/age/releases. في تطبيق Terminal، في المجلد الذي "
                     "يحتوي الحزمة:",
    "how.linux": "Linux",
    "how.linux.get": "ثبِّت age وOpenSSH من توزيعتك: sudo apt install age openssh-client (Debian 12، Ubuntu 22.04 "
                     "أو أحدث)، sudo dnf install age openssh-clients (Fedora)، sudo pacman -S age openssh (Arch). "
                     "في نافذة طرفية، في المجلد الذي يحتوي الحزمة:",
    "how.step.decrypt": "فكّ التشفير ثم فكّ الحزمة (مع عبارة مرور، احذف -i key.txt: سيطلبها age):",
    "how.step.signers": "احفظ سطر المرسل في ملف نصي اسمه allowed_signers، في المجلد نفسه.",
    "how.step.verify": "تحقَّق من التوقيع:",
    "how.good": "لا تكون الحزمة سليمة وصادرة عن صاحب ذلك المفتاح إلا إذا أجاب ssh-keygen بما يلي: {answer}. "
                "أي إجابة أخرى: لا تثق بالحزمة، وأبلغ المرسل.",
    "how.files": "يسرد الملف الموقَّع manifest.json كل ملف في الحزمة مع حجمه وبصمة SHA-256 الخاصة به. للتحقق "
                 "من ملف بمقارنته به: certutil -hashfile FILE SHA256 (Windows)، shasum -a 256 FILE (macOS)، "
                 "sha256sum FILE (Linux).",
}

_RU = {
    "title": "Пакет npmdesk от {name}",
    "heading": "Пакет от {name}",
    "unnamed": "НПМ",
    "created": "Создан",
    "encrypted_for": "Зашифрован для",
    "a_passphrase": "владельца парольной фразы",
    "records": "Записи",
    "contents": "Содержание",
    "fingerprint": "Отпечаток ключа подписи:",
    "verdict": "Эту страницу написал npmdesk отправителя при создании пакета. Ничто на ней ничего не "
               "доказывает: чтобы проверить подпись пакета с помощью OpenSSH, выполните шаги из раздела "
               "«Как открыть и проверить этот пакет» или откройте пакет в npmdesk.",
    "verified": "npmdesk проверил подпись этого пакета: он подписан ключом с отпечатком {fingerprint}. npmdesk не "
                "может знать, кто владеет этим ключом: сверьте отпечаток с отправителем (например, по телефону). Имена"
                " ниже — это то, что указано в пакете.",
    "verified_expected": "npmdesk проверил подпись этого пакета, и это ожидаемый вами ключ подписи: он подписан ключом"
                         " с отпечатком {fingerprint}. npmdesk не может знать, кто владеет этим ключом: сверьте "
                         "отпечаток с отправителем (например, по телефону). Имена ниже — это то, что указано в пакете.",
    "outside": "Всё, что ниже, — собственный текст пакета.",
    "shown_only": "В этой сводке показаны только первые записи ({shown} из {total}); все записи есть в файле {where}.",
    "thread": "Переписка: {title}",
    "in_reply_to": "В ответ на",
    "kind": "Вид",
    "status": "Статус",
    "counterpart": "Собеседник",
    "country": "Страна",
    "due_date": "Срок",
    "sensitivity": "Гриф конфиденциальности",
    "tags": "Метки",
    "articles": "Статьи Факультативного протокола",
    "article": "Статья {number}",
    "linked": "Связанные записи",
    "not_included": "запись, которой нет в этом пакете",
    "attachments": "Вложения",
    "bytes": "{size} байт",
    "yes": "да",
    "no": "нет",
    "how.title": "Как открыть и проверить этот пакет",
    "how.intro": "Нужны три вещи: файл ключа age, для которого зашифрован пакет (key.txt ниже; для пакета, "
                 "зашифрованного парольной фразой, — сама эта фраза), свободная программа age "
                 "(age-encryption.org) и ssh-keygen из OpenSSH версии 8.1 или новее (версию показывает ssh -V). "
                 "npmdesk не нужен.",
    "how.line": "Отправитель передаёт вам отдельно, никогда не внутри пакета, строку для файла с именем "
                "allowed_signers (в npmdesk: Файл, Поделиться моими ключами, Копировать для OpenSSH; или "
                "`npmdesk identity --ssh`). Запросите её надёжным способом и сверьте с отправителем, например "
                "по телефону. Эта страница находится внутри пакета: она не может доказать, кто его создал.",
    "how.windows": "Windows 10 и 11",
    "how.windows.get": "OpenSSH и tar входят в состав Windows (если ssh-keygen нет: Параметры, Приложения, "
                       "Дополнительные компоненты, добавить «Клиент OpenSSH»); в Windows 10, если ssh -V "
                       "показывает версию ниже 8.1, используйте OpenSSH for Windows "
                       "(github.com/PowerShell/Win32-OpenSSH/releases) или ssh-keygen.exe из Git for Windows. "
                       "Для age скачайте age-vX.Y.Z-windows-amd64.zip с github.com/FiloSottile/age/releases и "
                       "распакуйте его (установка не нужна) или выполните winget install --id FiloSottile.age. "
                       "Вводите команды в командной строке (cmd.exe), а не в PowerShell, в папке, где лежит пакет:",
    "how.macos": "macOS",
    "how.macos.get": "OpenSSH и tar входят в состав macOS. Установите age через Homebrew (brew install age) или "
                     "MacPorts (sudo port install age) либо скачайте age-vX.Y.Z-darwin-arm64.tar.gz "
                     "(darwin-amd64 для Mac с процессором Intel) с github.com/FiloSottile/age/releases. В "
                     "программе «Терминал», в папке, где лежит пакет:",
    "how.linux": "Linux",
    "how.linux.get": "Установите age и OpenSSH из вашего дистрибутива: sudo apt install age openssh-client "
                     "(Debian 12, Ubuntu 22.04 или новее), sudo dnf install age openssh-clients (Fedora), "
                     "sudo pacman -S age openssh (Arch). В терминале, в папке, где лежит пакет:",
    "how.step.decrypt": "Расшифруйте и распакуйте (с парольной фразой уберите -i key.txt: age её запросит):",
    "how.step.signers": "Сохраните строку отправителя в текстовый файл с именем allowed_signers в той же папке.",
    "how.step.verify": "Проверьте подпись:",
    "how.good": "Пакет цел и получен от владельца этого ключа, только если ssh-keygen отвечает {answer}. "
                "При любом другом ответе не доверяйте пакету и сообщите отправителю.",
    "how.files": "Подписанный файл manifest.json перечисляет все файлы пакета с их размером и SHA-256. Чтобы "
                 "сверить с ним файл: certutil -hashfile ФАЙЛ SHA256 (Windows), shasum -a 256 ФАЙЛ (macOS), "
                 "sha256sum ФАЙЛ (Linux).",
}

_PT = {
    "title": "Pacote npmdesk de {name}",
    "heading": "Pacote de {name}",
    "unnamed": "um MNP",
    "created": "Criado em",
    "encrypted_for": "Cifrado para",
    "a_passphrase": "uma frase secreta",
    "records": "Registos",
    "contents": "Índice",
    "fingerprint": "Impressão digital da chave de assinatura:",
    "verdict": "Esta página foi escrita pelo npmdesk do remetente quando o pacote foi criado. Nada do que "
               "contém prova seja o que for: siga os passos de «Como abrir e verificar este pacote» para "
               "verificar a assinatura do pacote com o OpenSSH, ou abra-o com o npmdesk.",
    "verified": "O npmdesk verificou a assinatura deste pacote: foi assinado com a chave cuja impressão digital é "
                "{fingerprint}. O npmdesk não pode saber quem detém essa chave: compare a impressão digital com o "
                "remetente (por telefone, por exemplo). Os nomes abaixo são os que o pacote indica.",
    "verified_expected": "O npmdesk verificou a assinatura deste pacote, e é a chave de assinatura que esperava: foi "
                         "assinado com a chave cuja impressão digital é {fingerprint}. O npmdesk não pode saber quem "
                         "detém essa chave: compare a impressão digital com o remetente (por telefone, por exemplo). "
                         "Os nomes abaixo são os que o pacote indica.",
    "outside": "Tudo o que se segue é o texto do próprio pacote.",
    "shown_only": "Este resumo mostra os primeiros {shown} de {total} registos; todos os registos estão em {where}.",
    "thread": "Conversa: {title}",
    "in_reply_to": "Em resposta a",
    "kind": "Tipo",
    "status": "Situação",
    "counterpart": "Interlocutor",
    "country": "País",
    "due_date": "Prazo",
    "sensitivity": "Sensibilidade",
    "tags": "Etiquetas",
    "articles": "Artigos do OPCAT",
    "article": "Artigo {number}",
    "linked": "Registos ligados",
    "not_included": "um registo que não está neste pacote",
    "attachments": "Anexos",
    "bytes": "{size} bytes",
    "yes": "sim",
    "no": "não",
    "how.title": "Como abrir e verificar este pacote",
    "how.intro": "Precisa de três coisas: o ficheiro de chave age para o qual o pacote foi cifrado (key.txt "
                 "abaixo; para um pacote cifrado com uma frase secreta, essa frase), a ferramenta livre age "
                 "(age-encryption.org) e o ssh-keygen do OpenSSH, versão 8.1 ou posterior (ssh -V mostra-a). "
                 "O npmdesk não é necessário.",
    "how.line": "O remetente entrega-lhe, em separado e nunca dentro do pacote, uma linha para um ficheiro "
                "chamado allowed_signers (no npmdesk: Ficheiro, Partilhar as minhas chaves, Copiar para OpenSSH; "
                "ou `npmdesk identity --ssh`). Peça-a por um meio de confiança e confirme-a com o remetente, por "
                "telefone, por exemplo. Esta página está dentro do pacote: não pode provar quem o fez.",
    "how.windows": "Windows 10 e 11",
    "how.windows.get": "O OpenSSH e o tar fazem parte do Windows (se faltar o ssh-keygen: Definições, "
                       "Aplicações, Funcionalidades opcionais, adicionar «Cliente OpenSSH»); no Windows 10, se "
                       "ssh -V mostrar uma versão anterior à 8.1, use o OpenSSH for Windows "
                       "(github.com/PowerShell/Win32-OpenSSH/releases) ou o ssh-keygen.exe do Git for Windows. "
                       "Para o age, descarregue age-vX.Y.Z-windows-amd64.zip de github.com/FiloSottile/age/releases "
                       "e descomprima-o (sem instalação), ou execute winget install --id FiloSottile.age. Escreva "
                       "os comandos na Linha de Comandos (cmd.exe), não no PowerShell, na pasta que contém o pacote:",
    "how.macos": "macOS",
    "how.macos.get": "O OpenSSH e o tar fazem parte do macOS. Instale o age com o Homebrew (brew install age) ou "
                     "o MacPorts (sudo port install age), ou descarregue age-vX.Y.Z-darwin-arm64.tar.gz "
                     "(darwin-amd64 para um Mac Intel) de github.com/FiloSottile/age/releases. No Terminal, na "
                     "pasta que contém o pacote:",
    "how.linux": "Linux",
    "how.linux.get": "Instale o age e o OpenSSH a partir da sua distribuição: sudo apt install age openssh-client "
                     "(Debian 12, Ubuntu 22.04 ou posterior), sudo dnf install age openssh-clients (Fedora), "
                     "sudo pacman -S age openssh (Arch). Num terminal, na pasta que contém o pacote:",
    "how.step.decrypt": "Decifrar e desempacotar (com uma frase secreta, omita -i key.txt: o age pede-a):",
    "how.step.signers": "Guarde a linha do remetente num ficheiro de texto chamado allowed_signers, na mesma pasta.",
    "how.step.verify": "Verificar a assinatura:",
    "how.good": "O pacote está intacto e provém do titular dessa chave apenas se o ssh-keygen responder "
                "{answer}. Qualquer outra resposta: não confie no pacote e avise o remetente.",
    "how.files": "O ficheiro assinado manifest.json lista cada ficheiro do pacote com o seu tamanho e SHA-256. "
                 "Para verificar um ficheiro: certutil -hashfile FICHEIRO SHA256 (Windows), shasum -a 256 "
                 "FICHEIRO (macOS), sha256sum FICHEIRO (Linux).",
}

TEXTS = {"en": _EN, "fr": _FR, "es": _ES, "ar": _AR, "ru": _RU, "pt": _PT}
RIGHT_TO_LEFT = frozenset({"ar"})


class Texts:
    """summary.html's words in one language: `t("heading", name=…)`; English for a missing key."""

    def __init__(self, language: str | None) -> None:
        code = language_code(language)
        self.language = code if code in TEXTS else "en"
        self._own = TEXTS[self.language]

    @property
    def direction(self) -> str:
        """The page's writing direction: "rtl" for Arabic, else "ltr"."""
        return "rtl" if self.language in RIGHT_TO_LEFT else "ltr"

    def template(self, key: str) -> str:
        """The text with its `{name}` fields unfilled (to put escaped HTML in them)."""
        return self._own.get(key) or _EN[key]

    def __call__(self, key: str, **values: object) -> str:
        text = self._own.get(key) or _EN[key]
        return text.format(**values) if values else text


def good_signature(principal: str) -> str:
    """What ssh-keygen prints for a good signature (English in every language: it is what the
    reader sees in their terminal)."""
    return f'Good "{NAMESPACE}" signature for {principal}'


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
