<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add Contact from Card</source>
        <translation>Ajouter un contact depuis sa carte</translation>
    </message>
    <message>
        <source>Paste the contact card the person copied from npmdesk (File → Share My Keys…), or type their name and keys. Keys are public; what proves they are theirs is the fingerprint, which you compare with them afterwards by phone.</source>
        <translation>Collez la carte de contact que la personne a copiée depuis npmdesk (Fichier → Partager mes clés…), ou saisissez son nom et ses clés. Les clés sont publiques ; ce qui prouve qu&apos;elles sont les siennes, c&apos;est l&apos;empreinte, que vous comparez ensuite avec elle par téléphone.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Carte de contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>Destinataire age</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Contact &amp;card:</source>
        <translation>&amp;Carte de contact :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Age recipient:</source>
        <translation>&amp;Destinataire age :</translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation>Clé de &amp;signature :</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation>Problème avec le contact</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>A&amp;jouter le contact</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>These keys already belong to your contact “{name}”. Nothing was added.</source>
        <translation>Ces clés appartiennent déjà à votre contact « {name} ». Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Add a Recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>Paste the recipient&apos;s age key (age1…), or the contact card they copied from npmdesk (File → Share My Keys…), and give their name. They become a contact whose keys are NOT verified: compare the fingerprint with them by phone (Verify keys… on the contact) before sending anything sensitive.</source>
        <translation>Collez le destinataire age (age1…) de la personne, ou la carte de contact qu&apos;elle a copiée depuis npmdesk (Fichier → Partager mes clés…), et indiquez son nom. Elle devient un contact dont les clés ne sont PAS vérifiées : comparez l&apos;empreinte avec elle par téléphone (Vérifier les clés… sur le contact) avant d&apos;envoyer quoi que ce soit de sensible.</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Add a Member Device</source>
        <translation>Ajouter un appareil membre</translation>
    </message>
    <message>
        <source>&amp;Devices that can join (verified contacts marked as your NPM&apos;s own devices):</source>
        <translation>&amp;Appareils pouvant rejoindre l&apos;équipe (contacts vérifiés marqués comme appareils de votre MNP) :</translation>
    </message>
    <message>
        <source>Devices that can join the team</source>
        <translation>Appareils pouvant rejoindre l&apos;équipe</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint})</source>
        <translation>{name} (empreinte {fingerprint})</translation>
    </message>
    <message>
        <source>The next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>La prochaine synchronisation crée pour lui un instantané de ce coffre-fort, puis lui envoie chaque modification.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the chosen device to the team</source>
        <translation>Ajouter l&apos;appareil choisi à l&apos;équipe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>{path} is a folder or not an ordinary file; only files can be attached. Nothing was added.</source>
        <translation>{path} est un dossier ou n&apos;est pas un fichier ordinaire ; seuls des fichiers peuvent être joints. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>npmdesk could not read {path}: {reason}. Nothing was added.</source>
        <translation>npmdesk n&apos;a pas pu lire {path} : {reason}. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}: {reason}. No copy was left there.</source>
        <translation>npmdesk n&apos;a pas pu écrire {path} : {reason}. Aucune copie n&apos;y a été laissée.</translation>
    </message>
</context>
<context>
    <name>AttachmentKinds</name>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Image JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Image GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Image WebP</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texte Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tableau CSV</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Page web (HTML)</translation>
    </message>
    <message>
        <source>Web page (XHTML)</source>
        <translation>Page web (XHTML)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>AttachmentQuestions</name>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Enregistrer une copie déchiffrée</translation>
    </message>
    <message>
        <source>The copy of “{name}” will NOT be encrypted.</source>
        <translation>La copie de « {name} » ne sera PAS chiffrée.</translation>
    </message>
    <message>
        <source>Anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>Quiconque peut ouvrir le dossier que vous choisissez, ou qui obtient cet ordinateur ou le disque, peut la lire. npmdesk ne la supprimera pas pour vous plus tard. Enregistrez-la uniquement là où c&apos;est indispensable, et supprimez-la dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted Copy…</source>
        <translation>&amp;Enregistrer une copie non chiffrée…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Enregistrer une copie non chiffrée</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment only in the vault</source>
        <translation>Annuler : garder la pièce jointe uniquement dans le coffre-fort</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>Supprimer « {name} » de cette fiche ?</translation>
    </message>
    <message>
        <source>Its content is erased from the vault. This cannot be undone.</source>
        <translation>Son contenu est effacé du coffre-fort. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Supprimer la pièce jointe</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment</source>
        <translation>Annuler : garder la pièce jointe</translation>
    </message>
    <message>
        <source>Save a decrypted copy of {name}</source>
        <translation>Enregistrer une copie déchiffrée de {name}</translation>
    </message>
    <message>
        <source>Add files to “{title}”</source>
        <translation>Ajouter des fichiers à « {title} »</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>{name} — npmdesk</source>
        <translation>{name} — npmdesk</translation>
    </message>
    <message>
        <source>Attachment {name}</source>
        <translation>Pièce jointe {name}</translation>
    </message>
    <message>
        <source>Save a &amp;decrypted copy…</source>
        <translation>Enregistrer une copie &amp;déchiffrée…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of this attachment</source>
        <translation>Enregistrer une copie déchiffrée de cette pièce jointe</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Fermer la visionneuse</translation>
    </message>
    <message>
        <source>npmdesk cannot show this kind of file ({type}) inside the app. To open it in another program, save a decrypted copy.</source>
        <translation>npmdesk ne peut pas afficher ce type de fichier ({type}) dans l&apos;application. Pour l&apos;ouvrir dans un autre programme, enregistrez une copie déchiffrée.</translation>
    </message>
    <message>
        <source>This file is too large to preview here ({size}; the limit for this kind of file is {cap}). To open it in another program, save a decrypted copy.</source>
        <translation>Ce fichier est trop volumineux pour être prévisualisé ici ({size} ; la limite pour ce type de fichier est de {cap}). Pour l&apos;ouvrir dans un autre programme, enregistrez une copie déchiffrée.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so npmdesk cannot show it.</source>
        <translation>Ce PDF est protégé par un mot de passe : npmdesk ne peut donc pas l&apos;afficher.</translation>
    </message>
    <message>
        <source>npmdesk cannot show this PDF: it is damaged or not a PDF document.</source>
        <translation>npmdesk ne peut pas afficher ce PDF : il est endommagé ou ce n&apos;est pas un document PDF.</translation>
    </message>
    <message>
        <source>PDF document {name}</source>
        <translation>Document PDF {name}</translation>
    </message>
    <message>
        <source>This image is too large to preview here ({width} by {height} pixels).</source>
        <translation>Cette image est trop grande pour être prévisualisée ici ({width} × {height} pixels).</translation>
    </message>
    <message>
        <source>npmdesk cannot show this image: it is damaged, too large, or in a format npmdesk does not read.</source>
        <translation>npmdesk ne peut pas afficher cette image : elle est endommagée, trop grande ou dans un format que npmdesk ne lit pas.</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Image {name}</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texte de {name}</translation>
    </message>
    <message>
        <source>A web page shown as its source text; nothing in it is loaded.</source>
        <translation>Une page web affichée sous forme de texte source ; rien de ce qu&apos;elle contient n&apos;est chargé.</translation>
    </message>
    <message>
        <source>This installation of npmdesk cannot show PDFs (Qt&apos;s PDF module is missing). To open it in another program, save a decrypted copy.</source>
        <translation>Cette installation de npmdesk ne peut pas afficher les PDF (le module PDF de Qt est absent). Pour l&apos;ouvrir dans un autre programme, enregistrez une copie déchiffrée.</translation>
    </message>
</context>
<context>
    <name>AttachmentsForm</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>A&amp;jouter des fichiers…</translation>
    </message>
    <message>
        <source>Add files to this record (Insert or Ctrl+Shift+A), or drop them on the record</source>
        <translation>Ajouter des fichiers à cette fiche (Inser ou Ctrl+Maj+A), ou les déposer sur la fiche</translation>
    </message>
    <message>
        <source>Add files to this record</source>
        <translation>Ajouter des fichiers à cette fiche</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>View the selected attachment inside npmdesk (Enter)</source>
        <translation>Afficher la pièce jointe sélectionnée dans npmdesk (Entrée)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Ouvrir la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Sa&amp;ve a decrypted copy…</source>
        <translation>Enregistrer une copie déchiffr&amp;ée…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy of the selected attachment to a file (you are warned first)</source>
        <translation>Écrire une copie non chiffrée de la pièce jointe sélectionnée dans un fichier (vous êtes d&apos;abord averti)</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>Enregistrer une copie déchiffrée de la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>Remove the selected attachment from the vault (Delete)</source>
        <translation>Supprimer du coffre-fort la pièce jointe sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Supprimer la pièce jointe sélectionnée</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>État des pièces jointes</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files to this record…</source>
        <translation>Ajouter des fichiers à cette fiche…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Added on {date} by {user}</source>
        <translation>Ajoutée le {date} par {user}</translation>
    </message>
    <message>
        <source>No attachments. Add files, or drop them on this record.</source>
        <translation>Aucune pièce jointe. Ajoutez des fichiers, ou déposez-les sur cette fiche.</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>État des pièces jointes</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Ajout des fichiers</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>Chiffrement des fichiers dans le coffre-fort…</translation>
    </message>
    <message>
        <source>Cancel adding the files</source>
        <translation>Annuler l&apos;ajout des fichiers</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added.</source>
        <translation>Annulé. Rien n&apos;a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n fichier ajouté.</numerusform>
            <numerusform>%n fichiers ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a decrypted copy</source>
        <translation>Enregistrement d&apos;une copie déchiffrée</translation>
    </message>
    <message>
        <source>Writing the decrypted copy…</source>
        <translation>Écriture de la copie déchiffrée…</translation>
    </message>
    <message>
        <source>Cancel saving the copy</source>
        <translation>Annuler l&apos;enregistrement de la copie</translation>
    </message>
    <message>
        <source>Cancelled. No copy was left.</source>
        <translation>Annulé. Aucune copie n&apos;a été laissée.</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Une copie déchiffrée a été enregistrée dans {path}. Elle n&apos;est pas chiffrée : supprimez-la dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>« {name} » a été supprimé.</translation>
    </message>
    <message>
        <source>{item} — not fully indexed</source>
        <translation>{item} — pas entièrement indexé</translation>
    </message>
    <message>
        <source>Search finds only part of this file&apos;s text, or none: it took too long or too much memory to read in full, or it is damaged or encrypted.</source>
        <translation>La recherche ne trouve qu&apos;une partie du texte de ce fichier, ou rien : sa lecture complète demandait trop de temps ou de mémoire, ou il est endommagé ou chiffré.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>While the vault is open, npmdesk can back it up by itself to a folder, for example on a USB stick. Each backup is encrypted like the vault and opens only with its passphrase or recovery code. If the folder is not there, npmdesk waits until it is.</source>
        <translation>Tant que le coffre-fort est ouvert, npmdesk peut le sauvegarder tout seul dans un dossier, par exemple sur une clé USB. Chaque sauvegarde est chiffrée comme le coffre-fort et ne s&apos;ouvre qu&apos;avec sa phrase secrète ou son code de récupération. Si le dossier n&apos;est pas là, npmdesk attend qu&apos;il le soit.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Choisir le dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>How often to back up</source>
        <translation>Fréquence des sauvegardes</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivées</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>Nombre de sauvegardes automatiques à conserver</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Conserver les plus récentes :</translation>
    </message>
    <message>
        <source>Last backup: {date}</source>
        <translation>Dernière sauvegarde : {date}</translation>
    </message>
    <message>
        <source>No backup of this vault has been made yet.</source>
        <translation>Aucune sauvegarde de ce coffre-fort n&apos;a encore été faite.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Enregistrer ces réglages</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, or choose it.</source>
        <translation>Indiquez le chemin complet du dossier, ou choisissez-le.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Choisissez un dossier pour les sauvegardes automatiques.</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the vault to a new file</source>
        <translation>Écrire une sauvegarde chiffrée et vérifiée du coffre-fort dans un nouveau fichier</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>Sauvegardes &amp;automatiques…</translation>
    </message>
    <message>
        <source>Back up by itself to a folder, for example on a USB stick</source>
        <translation>Sauvegarder tout seul dans un dossier, par exemple sur une clé USB</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Back up the vault to a new file</source>
        <translation>Sauvegarder le coffre-fort dans un nouveau fichier</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>Sauvegardes npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>The backup was saved to {path} ({size}) and checked: it opens with this vault&apos;s passphrase or recovery code. Keep it on a drive away from this computer.</source>
        <translation>La sauvegarde a été enregistrée dans {path} ({size}) et vérifiée : elle s&apos;ouvre avec la phrase secrète ou le code de récupération de ce coffre-fort. Conservez-la sur un disque éloigné de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre-fort</translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation>Écriture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>La sauvegarde a été annulée. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>Sauvegarder le coffre-fort maintenant</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {error}</source>
        <translation>La dernière sauvegarde automatique a échoué : {error}</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Make a backup on a drive that you keep away from this computer.</source>
        <translation>Ce coffre-fort n&apos;a jamais été sauvegardé. Faites une sauvegarde sur un disque que vous conservez loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>The last backup is dated after today: check this computer&apos;s clock, and make a new backup.</source>
        <translation>La dernière sauvegarde est datée d&apos;après aujourd&apos;hui : vérifiez l&apos;horloge de cet ordinateur et faites une nouvelle sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago ({date}). Make a new one on a drive that you keep away from this computer.</source>
        <translation>
            <numerusform>La dernière sauvegarde date d&apos;il y a %n jour ({date}). Faites-en une nouvelle sur un disque que vous conservez loin de cet ordinateur.</numerusform>
            <numerusform>La dernière sauvegarde date d&apos;il y a %n jours ({date}). Faites-en une nouvelle sur un disque que vous conservez loin de cet ordinateur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Use the current passphrase &amp;instead</source>
        <translation>&amp;Utiliser la phrase secrète actuelle à la place</translation>
    </message>
    <message>
        <source>Use the current passphrase instead</source>
        <translation>Utiliser la phrase secrète actuelle à la place</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Utiliser le code de récupération à la &amp;place</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Utiliser le code de récupération à la place</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Tapez votre phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation>Changement de la phrase secrète. Cela prend quelques secondes…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseForm</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>First show that you know the current passphrase (or hold the recovery code), then choose the new one. The old passphrase stops working at once; nothing else in the vault changes.</source>
        <translation>Montrez d&apos;abord que vous connaissez la phrase secrète actuelle (ou que vous détenez le code de récupération), puis choisissez la nouvelle. L&apos;ancienne phrase secrète cesse aussitôt de fonctionner ; rien d&apos;autre ne change dans le coffre-fort.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>Current passphrase problem</source>
        <translation>Problème de phrase secrète actuelle</translation>
    </message>
    <message>
        <source>A recovery code opens the vault once: after the change npmdesk shows you a new recovery code to write down, and the code you type here stops working once you confirm the new one.</source>
        <translation>Un code de récupération n&apos;ouvre le coffre-fort qu&apos;une fois : après le changement, npmdesk vous montre un nouveau code de récupération à noter, et le code que vous tapez ici cesse de fonctionner dès que vous confirmez le nouveau.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Code de &amp;récupération :</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>Problème de code de récupération</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Utiliser le code de récupération à la &amp;place</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Utiliser le code de récupération à la place</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Au moins 10 caractères ; plusieurs mots sont plus faciles à retenir</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Con&amp;firmer la phrase secrète :</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problème de confirmation</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>Problème lors du changement de phrase secrète</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel without changing the passphrase</source>
        <translation>Annuler sans changer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>The vault will be created in {folder}</source>
        <translation>Le coffre-fort sera créé dans {folder}</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Création du coffre-fort. Cela prend quelques secondes…</translation>
    </message>
    <message>
        <source>Choose later</source>
        <translation>Choisir plus tard</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it), or “Choose later”.</source>
        <translation>Choisissez votre État dans la liste (tapez une partie de son nom pour le trouver), ou « Choisir plus tard ».</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <source>Create your npmdesk vault</source>
        <translation>Créez votre coffre-fort npmdesk</translation>
    </message>
    <message>
        <source>Welcome to npmdesk</source>
        <translation>Bienvenue dans npmdesk</translation>
    </message>
    <message>
        <source>npmdesk keeps your correspondence with the SPT in an encrypted vault on this computer. Choose a passphrase you will remember: without it, only the recovery code shown next can open the vault.</source>
        <translation>npmdesk conserve votre correspondance avec le SPT dans un coffre-fort chiffré sur cet ordinateur. Choisissez une phrase secrète dont vous vous souviendrez : sans elle, seul le code de récupération affiché ensuite peut ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;NPM name:</source>
        <translation>Nom du &amp;MNP :</translation>
    </message>
    <message>
        <source>NPM name</source>
        <translation>Nom du MNP</translation>
    </message>
    <message>
        <source>The name of your national preventive mechanism</source>
        <translation>Le nom de votre mécanisme national de prévention</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Au moins 10 caractères ; plusieurs mots sont plus faciles à retenir</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Con&amp;firmer la phrase secrète :</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmer la phrase secrète</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problème de confirmation</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>Se &amp;souvenir sur cet appareil</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Se souvenir sur cet appareil</translation>
    </message>
    <message>
        <source>Open the vault without typing the passphrase on this computer, using the system keyring. Anyone who can sign in to your account here can then open the vault.</source>
        <translation>Ouvrir le coffre-fort sans taper la phrase secrète sur cet ordinateur, grâce au trousseau de clés du système. Toute personne pouvant se connecter à votre compte ici pourra alors ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Problem creating the vault</source>
        <translation>Problème lors de la création du coffre-fort</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit without creating a vault</source>
        <translation>Quitter sans créer de coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Créer le coffre-fort</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre-fort</translation>
    </message>
    <message>
        <source>&amp;State party:</source>
        <translation>É&amp;tat partie :</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>État partie de votre MNP</translation>
    </message>
    <message>
        <source>The State whose NPM you are. New visits, reports, recommendations and places start with this country. Type part of its name to find it; you can change it later in Preferences.</source>
        <translation>L&apos;État dont vous êtes le MNP. Ce pays est prérempli pour les nouvelles visites, rapports, recommandations et lieux. Tapez une partie de son nom pour le trouver ; vous pourrez le modifier plus tard dans Préférences.</translation>
    </message>
    <message>
        <source>State party problem</source>
        <translation>Problème d&apos;État partie</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(no name given)</source>
        <translation>(aucun nom indiqué)</translation>
    </message>
    <message>
        <source>Signed in as {user}</source>
        <translation>Connecté en tant que {user}</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Coffre-fort : {folder}</translation>
    </message>
    <message>
        <source>Lock the vault ({shortcut}) whenever you leave this computer.</source>
        <translation>Verrouillez le coffre-fort ({shortcut}) chaque fois que vous quittez cet ordinateur.</translation>
    </message>
    <message>
        <source>Nothing at the moment.</source>
        <translation>Rien pour le moment.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Échéance aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Échéance dans %n jour</numerusform>
            <numerusform>Échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} (reply)</source>
        <translation>{when} (réponse)</translation>
    </message>
    <message>
        <source>SPT session in Geneva</source>
        <translation>Session du SPT à Genève</translation>
    </message>
    <message>
        <source>SPT announces its visiting programme for {year}</source>
        <translation>Le SPT annonce son programme de visites pour {year}</translation>
    </message>
    <message>
        <source>Special Fund: call for applications</source>
        <translation>Fonds spécial : appel à candidatures</translation>
    </message>
    <message>
        <source>Your annual report for {year} is due</source>
        <translation>Votre rapport annuel pour {year} est attendu</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>{when} (approximate)</source>
        <translation>{when} (approximatif)</translation>
    </message>
    <message>
        <source>{when} · {kind}: {title}</source>
        <translation>{when} · {kind} : {title}</translation>
    </message>
    <message>
        <source>Due for review (re&amp;tention):</source>
        <translation>À réexaminer (&amp;conservation) :</translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation>Fiches à réexaminer</translation>
    </message>
    <message numerus="yes">
        <source>Review overdue by %n day(s)</source>
        <translation>
            <numerusform>Réexamen en retard de %n jour</numerusform>
            <numerusform>Réexamen en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>Réexamen aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>Review in %n day(s)</source>
        <translation>
            <numerusform>Réexamen dans %n jour</numerusform>
            <numerusform>Réexamen dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Due and overdue:</source>
        <translation>À &amp;échéance et en retard :</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>Éléments à échéance et en retard</translation>
    </message>
    <message>
        <source>Awaiting a re&amp;ply:</source>
        <translation>En attente de &amp;réponse :</translation>
    </message>
    <message>
        <source>Communications awaiting a reply</source>
        <translation>Communications en attente de réponse</translation>
    </message>
    <message>
        <source>Open &amp;interpretation requests:</source>
        <translation>Demandes d&apos;&amp;interprétation ouvertes :</translation>
    </message>
    <message>
        <source>Open interpretation requests</source>
        <translation>Demandes d&apos;interprétation ouvertes</translation>
    </message>
    <message>
        <source>SPT &amp;calendar:</source>
        <translation>&amp;Calendrier du SPT :</translation>
    </message>
    <message>
        <source>SPT calendar: sessions, visiting programme and deadlines</source>
        <translation>Calendrier du SPT : sessions, programme de visites et échéances</translation>
    </message>
    <message>
        <source>Recent &amp;security events:</source>
        <translation>Événements de &amp;sécurité récents :</translation>
    </message>
    <message>
        <source>Recent security events</source>
        <translation>Événements de sécurité récents</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter picks the date, Escape closes the calendar.</source>
        <translation>Les flèches avancent d&apos;un jour ou d&apos;une semaine, Page préc. et Page suiv. d&apos;un mois ; Entrée choisit la date, Échap ferme le calendrier.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD, or choose it from the calendar (Alt+Down)</source>
        <translation>Tapez la date au format AAAA-MM-JJ, ou choisissez-la dans le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Choisir dans le calendrier (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Fill with Demo Data</source>
        <translation>Remplir avec des données de démonstration</translation>
    </message>
    <message>
        <source>Demo data is fictitious: letters, visits, recommendations and contacts made up to try npmdesk out or to train colleagues. It goes into &lt;b&gt;this vault&lt;/b&gt;, next to your own records, and stays until you move it to the bin. Use a practice vault for it.</source>
        <translation>Les données de démonstration sont fictives : courriers, visites, recommandations et contacts inventés pour essayer npmdesk ou former des collègues. Elles vont dans &lt;b&gt;ce coffre-fort&lt;/b&gt;, à côté de vos propres fiches, et y restent jusqu&apos;à ce que vous les mettiez à la corbeille. Utilisez pour cela un coffre-fort d&apos;entraînement.</translation>
    </message>
    <message>
        <source>Number of demo records</source>
        <translation>Nombre de fiches de démonstration</translation>
    </message>
    <message>
        <source>Number of demo attachments</source>
        <translation>Nombre de pièces jointes de démonstration</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>Fi&amp;ches :</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Pièces jointes :</translation>
    </message>
    <message>
        <source>Progress of the demo data</source>
        <translation>Progression des données de démonstration</translation>
    </message>
    <message>
        <source>&amp;Add Demo Data</source>
        <translation>A&amp;jouter les données de démonstration</translation>
    </message>
    <message>
        <source>Add the demo data to this vault</source>
        <translation>Ajouter les données de démonstration à ce coffre-fort</translation>
    </message>
    <message>
        <source>Close, or cancel while demo data is being added</source>
        <translation>Fermer, ou annuler pendant l&apos;ajout des données de démonstration</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Ajout des données de démonstration…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Added {records} demo records and {attachments} attachments.</source>
        <translation>{records} fiches de démonstration et {attachments} pièces jointes ajoutées.</translation>
    </message>
    <message>
        <source>Cancelled. Demo records added before you cancelled stay in the vault; move them to the bin if you do not want them.</source>
        <translation>Annulé. Les fiches de démonstration ajoutées avant l&apos;annulation restent dans le coffre-fort ; mettez-les à la corbeille si vous n&apos;en voulez pas.</translation>
    </message>
</context>
<context>
    <name>DemoFeature</name>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>Remplir avec des &amp;données de démonstration…</translation>
    </message>
    <message>
        <source>Add fictitious records to try npmdesk out or to train colleagues</source>
        <translation>Ajouter des fiches fictives pour essayer npmdesk ou former des collègues</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy this vault on this device</source>
        <translation>Détruire ce coffre-fort sur cet appareil</translation>
    </message>
    <message>
        <source>&lt;b&gt;This erases the vault on this computer at once and for good.&lt;/b&gt;&lt;br&gt;Its keys are overwritten first, so nobody can open it again: not with the passphrase, not with the recovery code. Backups elsewhere are not touched.&lt;br&gt;&lt;br&gt;To confirm, type the vault&apos;s name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cette action efface le coffre-fort de cet ordinateur, immédiatement et définitivement.&lt;/b&gt;&lt;br&gt;Ses clés sont écrasées en premier, si bien que personne ne pourra plus l&apos;ouvrir : ni avec la phrase secrète, ni avec le code de récupération. Les sauvegardes conservées ailleurs ne sont pas touchées.&lt;br&gt;&lt;br&gt;Pour confirmer, tapez le nom du coffre-fort : &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vault name to confirm the erase</source>
        <translation>Nom du coffre-fort pour confirmer l&apos;effacement</translation>
    </message>
    <message>
        <source>&amp;Vault name:</source>
        <translation>Nom du &amp;coffre-fort :</translation>
    </message>
    <message>
        <source>&amp;Destroy the vault</source>
        <translation>&amp;Détruire le coffre-fort</translation>
    </message>
    <message>
        <source>Destroy the vault</source>
        <translation>Détruire le coffre-fort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>{kind}, {marking}: {title}</source>
        <translation>{kind}, {marking} : {title}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label} :</translation>
    </message>
    <message>
        <source>Sensitivity: {name}</source>
        <translation>Sensibilité : {name}</translation>
    </message>
    <message>
        <source>Refused or withdrawn consent</source>
        <translation>Consentement refusé ou retiré</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>No return visit check yet</source>
        <translation>Pas encore de vérification lors d&apos;une nouvelle visite</translation>
    </message>
    <message>
        <source>Add a return &amp;visit check…</source>
        <translation>Ajouter une &amp;vérification lors d&apos;une nouvelle visite…</translation>
    </message>
    <message>
        <source>Add a return visit check to this case</source>
        <translation>Ajouter à ce cas une vérification lors d&apos;une nouvelle visite</translation>
    </message>
    <message>
        <source>Return visit check: {person}</source>
        <translation>Vérification lors d&apos;une nouvelle visite : {person}</translation>
    </message>
</context>
<context>
    <name>DialoguePanel</name>
    <message>
        <source>The State&apos;s reports and the NPM&apos;s assessment</source>
        <translation>La situation selon l&apos;État et l&apos;évaluation du MNP</translation>
    </message>
    <message>
        <source>Note about the report</source>
        <translation>Remarque sur le rapport</translation>
    </message>
    <message>
        <source>History of both statuses</source>
        <translation>Historique des deux statuts</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it</source>
        <translation>Projets du Fonds spécial qui la mettent en œuvre</translation>
    </message>
    <message>
        <source>Dialogue on this recommendation</source>
        <translation>Dialogue sur cette recommandation</translation>
    </message>
    <message>
        <source>Its report is the SPT&apos;s annual report or guidance, which recommendations do not come from: when you next edit it, choose a visit report, the NPM&apos;s own report, or none.</source>
        <translation>Son rapport est le rapport annuel ou des orientations du SPT, dont ne proviennent pas les recommandations : la prochaine fois que vous la modifierez, choisissez un rapport de visite, le propre rapport du MNP, ou aucun.</translation>
    </message>
    <message>
        <source>The State reports</source>
        <translation>Selon l&apos;État</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment</source>
        <translation>L&apos;évaluation du MNP</translation>
    </message>
    <message>
        <source>The State has not reported a status.</source>
        <translation>L&apos;État n&apos;a pas communiqué de situation.</translation>
    </message>
    <message>
        <source>The State reports: {text}</source>
        <translation>Selon l&apos;État : {text}</translation>
    </message>
    <message>
        <source>The NPM has not assessed it yet.</source>
        <translation>Le MNP ne l&apos;a pas encore évaluée.</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment: {text}</source>
        <translation>Évaluation du MNP : {text}</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>Historique (du plus ancien au plus récent) :</translation>
    </message>
    <message>
        <source>State: {change}</source>
        <translation>État : {change}</translation>
    </message>
    <message>
        <source>NPM: {change}</source>
        <translation>MNP : {change}</translation>
    </message>
    <message>
        <source>Dated: {date}</source>
        <translation>Date : {date}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Preuves : {text}</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sans statut</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>source non indiquée</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>non daté</translation>
    </message>
    <message>
        <source>{when}: {status} ({source}), recorded {recorded}</source>
        <translation>{when} : {status} ({source}), enregistré le {recorded}</translation>
    </message>
    <message>
        <source>No Special Fund project implements it.</source>
        <translation>Aucun projet du Fonds spécial ne la met en œuvre.</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it:</source>
        <translation>Projets du Fonds spécial qui la mettent en œuvre :</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>a new {kind}</source>
        <translation>une nouvelle fiche ({kind})</translation>
    </message>
    <message>
        <source>“{title}” ({kind})</source>
        <translation>« {title} » ({kind})</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>You have an unsaved draft of {what}, kept {when}.</source>
        <translation>Vous avez un brouillon non enregistré de {what}, conservé le {when}.</translation>
    </message>
    <message>
        <source>Continue with it, or discard it?</source>
        <translation>Le reprendre ou l&apos;abandonner ?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Continue the draft in its form</source>
        <translation>Reprendre le brouillon dans son formulaire</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Abandonner le brouillon</translation>
    </message>
    <message>
        <source>Keep the draft and ask again next time</source>
        <translation>Garder le brouillon et redemander la prochaine fois</translation>
    </message>
</context>
<context>
    <name>ExchangeFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Selected…</source>
        <translation>Exporter la &amp;sélection…</translation>
    </message>
    <message>
        <source>Export the records selected in the list</source>
        <translation>Exporter les fiches sélectionnées dans la liste</translation>
    </message>
    <message>
        <source>Export &amp;with Linked Records…</source>
        <translation>Exporter &amp;avec les fiches liées…</translation>
    </message>
    <message>
        <source>Export the record shown with its thread and linked records (a visit dossier, an annual-report submission)</source>
        <translation>Exporter la fiche affichée avec son fil et ses fiches liées (un dossier de visite, la soumission d&apos;un rapport annuel)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Preview and import a package from the SPT or a colleague</source>
        <translation>Prévisualiser et importer un paquet du SPT ou d&apos;un collègue</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Share My &amp;Keys…</source>
        <translation>Partager mes &amp;clés…</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys, fingerprint and QR code</source>
        <translation>Afficher les clés publiques, l&apos;empreinte et le code QR de ce coffre-fort</translation>
    </message>
    <message>
        <source>Add &amp;Contact from Card…</source>
        <translation>Ajouter un c&amp;ontact depuis sa carte…</translation>
    </message>
    <message>
        <source>Add a contact with the keys from their contact card</source>
        <translation>Ajouter un contact avec les clés de sa carte de contact</translation>
    </message>
    <message>
        <source>Export with linked records</source>
        <translation>Exporter avec les fiches liées</translation>
    </message>
    <message>
        <source>Export the selected records (or the record shown) as an encrypted, signed package; everything in the vault is a choice in the dialog</source>
        <translation>Exporter les fiches sélectionnées (ou la fiche affichée) dans un paquet chiffré et signé ; tout le coffre-fort peut être choisi dans la fenêtre</translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>npmdesk could not write the package: {reason}. Nothing was written.</source>
        <translation>npmdesk n&apos;a pas pu écrire le paquet : {reason}. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExchangeNote</name>
    <message>
        <source>Conflict: edited on both sides. This record was changed here and, differently, in a package you imported. Your version is shown; the other one is in its history. Compare them, edit the record if something should change, then mark it as settled.</source>
        <translation>Conflit : modifiée des deux côtés. Cette fiche a été modifiée ici et, autrement, dans un paquet que vous avez importé. Votre version est affichée ; l&apos;autre se trouve dans son historique. Comparez-les, modifiez la fiche si quelque chose doit changer, puis marquez le conflit comme réglé.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Compare versio&amp;ns…</source>
        <translation>Comparer les versio&amp;ns…</translation>
    </message>
    <message>
        <source>Compare the two versions in the record&apos;s history</source>
        <translation>Comparer les deux versions dans l&apos;historique de la fiche</translation>
    </message>
    <message>
        <source>Mark as &amp;settled</source>
        <translation>Marquer comme &amp;réglé</translation>
    </message>
    <message>
        <source>Mark the conflict as settled</source>
        <translation>Marquer le conflit comme réglé</translation>
    </message>
    <message>
        <source>Keys of this contact</source>
        <translation>Clés de ce contact</translation>
    </message>
    <message>
        <source>Verify &amp;keys…</source>
        <translation>Vérifier les &amp;clés…</translation>
    </message>
    <message>
        <source>Verify this contact&apos;s keys by comparing the fingerprint</source>
        <translation>Vérifier les clés de ce contact en comparant l&apos;empreinte</translation>
    </message>
    <message>
        <source>No keys yet: add them from this contact&apos;s card (File → Add Contact from Card…).</source>
        <translation>Pas encore de clés : ajoutez-les depuis la carte de ce contact (Fichier → Ajouter un contact depuis sa carte…).</translation>
    </message>
    <message>
        <source>Age recipient only: packages can be exported for this contact, but none they send can be checked (no signing key).</source>
        <translation>Destinataire age seulement : des paquets peuvent être exportés pour ce contact, mais aucun de ceux qu&apos;il envoie ne peut être vérifié (pas de clé de signature).</translation>
    </message>
    <message>
        <source>Keys verified. Fingerprint {fingerprint}</source>
        <translation>Clés vérifiées. Empreinte {fingerprint}</translation>
    </message>
    <message>
        <source>Keys NOT verified yet. Fingerprint {fingerprint}: compare it with them by phone.</source>
        <translation>Clés PAS encore vérifiées. Empreinte {fingerprint} : comparez-la avec cette personne par téléphone.</translation>
    </message>
    <message>
        <source>Malformed key: a key stored for this contact is not a valid key. Edit the contact and clear it (or paste the right one).</source>
        <translation>Clé mal formée : une clé enregistrée pour ce contact n’est pas une clé valide. Modifiez le contact et effacez-la (ou collez la bonne).</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s devices (packages to it carry real names)</source>
        <translation>Appareil de notre MNP (les paquets qui lui sont destinés portent les vrais noms)</translation>
    </message>
    <message>
        <source>Only for a colleague&apos;s laptop whose keys you verified. Packages for it carry real names and records nobody may send to the SPT.</source>
        <translation>Uniquement pour l&apos;ordinateur portable d&apos;un collègue dont vous avez vérifié les clés. Les paquets qui lui sont destinés portent les vrais noms et des fiches que personne ne peut envoyer au SPT.</translation>
    </message>
    <message>
        <source>When this record left the vault</source>
        <translation>Quand cette fiche a quitté le coffre-fort</translation>
    </message>
    <message numerus="yes">
        <source>Left the vault %n time(s): last on {when} to {who} ({file}).</source>
        <translation>
            <numerusform>A quitté le coffre-fort %n fois : la dernière fois le {when}, pour {who} ({file}).</numerusform>
            <numerusform>A quitté le coffre-fort %n fois : la dernière fois le {when}, pour {who} ({file}).</numerusform>
        </translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>quiconque a la phrase secrète</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>un rapport PDF</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>ce coffre-fort</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading the records to export…</source>
        <translation>Lecture des fiches à exporter…</translation>
    </message>
    <message>
        <source>Encrypting and signing the package…</source>
        <translation>Chiffrement et signature du paquet…</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>strictement confidentielle</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>données personnelles sans consentement enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will leave the vault, encrypted and signed,</source>
        <translation>
            <numerusform>%n fiche quittera le coffre-fort, chiffrée et signée,</numerusform>
            <numerusform>%n fiches quitteront le coffre-fort, chiffrées et signées,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n attachment(s)</source>
        <translation>
            <numerusform>avec %n pièce jointe</numerusform>
            <numerusform>avec %n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>({size}).</source>
        <translation>({size}).</translation>
    </message>
    <message numerus="yes">
        <source>The package also holds %n document(s).</source>
        <translation>
            <numerusform>Le paquet contient aussi %n document.</numerusform>
            <numerusform>Le paquet contient aussi %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contacts the records name travel with them (%n contact(s)).</source>
        <translation>
            <numerusform>Les contacts que nomment les fiches voyagent avec elles (%n contact).</numerusform>
            <numerusform>Les contacts que nomment les fiches voyagent avec elles (%n contacts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Document · {name} ({size})</source>
        <translation>Document · {name} ({size})</translation>
    </message>
    <message>
        <source>keys verified</source>
        <translation>clés vérifiées</translation>
    </message>
    <message>
        <source>keys NOT verified</source>
        <translation>clés PAS vérifiées</translation>
    </message>
    <message>
        <source>Not verified yet: {names}. If a key is not really theirs, someone else could read the package. Compare the fingerprint with them first (Verify keys… on the contact).</source>
        <translation>Pas encore vérifiés : {names}. Si une clé n&apos;est pas vraiment la leur, quelqu&apos;un d&apos;autre pourrait lire le paquet. Comparez d&apos;abord l&apos;empreinte avec eux (Vérifier les clés… sur le contact).</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>une phrase secrète</translation>
    </message>
    <message>
        <source>Exported {records} records and {attachments} attachments to {path} ({size}), encrypted for {who}. Signed by this vault: fingerprint {fingerprint}. The recipient can compare it with yours.</source>
        <translation>{records} fiches et {attachments} pièces jointes exportées dans {path} ({size}), chiffrées pour {who}. Signé par ce coffre-fort : empreinte {fingerprint}. Le destinataire peut la comparer avec la vôtre.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>L&apos;exportation a été annulée. Aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Annulé avant que quoi que ce soit soit écrit.</translation>
    </message>
    <message>
        <source>Save the encrypted package</source>
        <translation>Enregistrer le paquet chiffré</translation>
    </message>
    <message>
        <source>npmdesk packages (*{suffix})</source>
        <translation>Paquets npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>interne au MNP</translation>
    </message>
    <message>
        <source>Left out of the package</source>
        <translation>Exclues du paquet</translation>
    </message>
    <message>
        <source>A person named in these records refused (or withdrew) consent to their transmission to the SPT. They stay in the vault: no confirmation can send them, and their attachments stay too. Records that link to them still go.</source>
        <translation>Une personne nommée dans ces fiches a refusé (ou retiré) son consentement à leur transmission au SPT. Elles restent dans le coffre-fort : aucune confirmation ne peut les envoyer, et leurs pièces jointes restent aussi. Les fiches qui y renvoient partent quand même.</translation>
    </message>
    <message>
        <source>{title}: {people} refused transmission to the SPT</source>
        <translation>{title} : transmission au SPT refusée par {people}</translation>
    </message>
    <message>
        <source>{title}: consent to transmission was refused</source>
        <translation>{title} : le consentement à la transmission a été refusé</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised), and nothing is left out.</source>
        <translation>Uniquement pour les appareils de votre MNP : les fiches portent les vrais noms (non pseudonymisés), et rien n&apos;est exclu.</translation>
    </message>
    <message>
        <source>&amp;Mark the draft communications in the package as sent</source>
        <translation>&amp;Marquer comme envoyées les communications en brouillon du paquet</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left out: consent to their transmission was refused.</source>
        <translation>
            <numerusform>%n fiche a été exclue : le consentement à sa transmission a été refusé.</numerusform>
            <numerusform>%n fiches ont été exclues : le consentement à leur transmission a été refusé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) marked as sent.</source>
        <translation>
            <numerusform>%n brouillon marqué comme envoyé.</numerusform>
            <numerusform>%n brouillons marqués comme envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are strictly confidential, internal to the NPM, or they hold personal data without recorded consent. Names stay pseudonymised in the package (each record&apos;s aliases are set under People and consent in its form).</source>
        <translation>Elles sont strictement confidentielles, internes au MNP, ou contiennent des données personnelles sans consentement enregistré. Les noms restent pseudonymisés dans le paquet (les alias de chaque fiche se définissent sous Personnes et consentement dans son formulaire).</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Quoi exporter</translation>
    </message>
    <message>
        <source>The record &amp;shown</source>
        <translation>La fic&amp;he affichée</translation>
    </message>
    <message numerus="yes">
        <source>The record with its &amp;linked records (%n)</source>
        <translation>
            <numerusform>La fiche a&amp;vec ses fiches liées (%n)</numerusform>
            <numerusform>La fiche a&amp;vec ses fiches liées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;document(s) only</source>
        <translation>Le(s) &amp;document(s) uniquement</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected records (%n)</source>
        <translation>
            <numerusform>La fiche sélectio&amp;nnée (%n)</numerusform>
            <numerusform>Les fiches sélectio&amp;nnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in the &amp;vault</source>
        <translation>&amp;Tout le contenu du coffre-fort</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Select records in the list (Ctrl+click or Shift+click for several) and export again, or choose “Everything in the vault” above.</source>
        <translation>Rien n&apos;est encore choisi. Sélectionnez des fiches dans la liste (Ctrl+clic ou Maj+clic pour en choisir plusieurs) et exportez de nouveau, ou choisissez « Tout le contenu du coffre-fort » ci-dessus.</translation>
    </message>
    <message>
        <source>Add a &amp;recipient…</source>
        <translation>Ajouter un dest&amp;inataire…</translation>
    </message>
    <message>
        <source>“{name}” was added to your contacts and ticked. Their keys are NOT verified: before sending anything sensitive, open the contact and use Verify keys… to compare the fingerprint with them by phone.</source>
        <translation>« {name} » a été ajouté à vos contacts et coché. Ses clés ne sont PAS vérifiées : avant d&apos;envoyer quoi que ce soit de sensible, ouvrez le contact et utilisez Vérifier les clés… pour comparer l&apos;empreinte avec cette personne par téléphone.</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one with “Add a recipient…” below, or choose a passphrase.</source>
        <translation>Aucun contact n&apos;a encore de destinataire age. Ajoutez-en un avec « Ajouter un destinataire… » ci-dessous, ou choisissez une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>Everything in this &amp;list (%n)</source>
        <translation>
            <numerusform>Tout ce qui est dans cette &amp;liste (%n)</numerusform>
            <numerusform>Tout ce qui est dans cette &amp;liste (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export an encrypted package</source>
        <translation>Exporter un paquet chiffré</translation>
    </message>
    <message>
        <source>What leaves the vault</source>
        <translation>Ce qui quitte le coffre-fort</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>Fiches du paquet</translation>
    </message>
    <message>
        <source>These records need your confirmation</source>
        <translation>Ces fiches demandent votre confirmation</translation>
    </message>
    <message>
        <source>Records that need your confirmation</source>
        <translation>Fiches qui demandent votre confirmation</translation>
    </message>
    <message>
        <source>They are strictly confidential, or they hold personal data without recorded consent. Names stay pseudonymised in the package.</source>
        <translation>Elles sont strictement confidentielles, ou contiennent des données personnelles sans consentement enregistré. Les noms restent pseudonymisés dans le paquet.</translation>
    </message>
    <message>
        <source>I &amp;confirm these may leave the vault</source>
        <translation>Je &amp;confirme qu&apos;elles peuvent quitter le coffre-fort</translation>
    </message>
    <message>
        <source>I confirm these records may leave the vault</source>
        <translation>Je confirme que ces fiches peuvent quitter le coffre-fort</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problème de confirmation</translation>
    </message>
    <message>
        <source>Who can open the package</source>
        <translation>Qui peut ouvrir le paquet</translation>
    </message>
    <message>
        <source>&amp;Contacts (their age keys)</source>
        <translation>Des &amp;contacts (leurs clés age)</translation>
    </message>
    <message>
        <source>Encrypt for contacts</source>
        <translation>Chiffrer pour des contacts</translation>
    </message>
    <message>
        <source>Recipients: tick each contact who may open the package</source>
        <translation>Destinataires : cochez chaque contact qui peut ouvrir le paquet</translation>
    </message>
    <message>
        <source>About the recipients</source>
        <translation>À propos des destinataires</translation>
    </message>
    <message>
        <source>Recipients problem</source>
        <translation>Problème de destinataires</translation>
    </message>
    <message>
        <source>A &amp;passphrase (tell it to the recipient by phone)</source>
        <translation>Une &amp;phrase secrète (à communiquer au destinataire par téléphone)</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>Phrase secrète du paquet</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Retapez-&amp;la :</translation>
    </message>
    <message>
        <source>Package passphrase again</source>
        <translation>Phrase secrète du paquet, à nouveau</translation>
    </message>
    <message>
        <source>Passphrase confirmation problem</source>
        <translation>Problème de confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Armored text (to paste into an e-mail) instead of a binary file</source>
        <translation>Texte &amp;armuré (à coller dans un e-mail) au lieu d&apos;un fichier binaire</translation>
    </message>
    <message>
        <source>Write armored text</source>
        <translation>Écrire du texte armuré</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problème d&apos;exportation</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>État de l&apos;exportation</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export: choose where to save the package</source>
        <translation>Exportation : choisir où enregistrer le paquet</translation>
    </message>
</context>
<context>
    <name>Fields_annual_report</name>
    <message>
        <source>Annual report details</source>
        <translation>Détails du rapport annuel</translation>
    </message>
    <message>
        <source>Ye&amp;ar *:</source>
        <translation>An&amp;née * :</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Year problem</source>
        <translation>Problème d&apos;année</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Date d&apos;envoi :</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Problème de date d&apos;envoi</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged on:</source>
        <translation>Accusé de ré&amp;ception le :</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Accusé de réception le</translation>
    </message>
    <message>
        <source>Acknowledged on problem</source>
        <translation>Problème de date d&apos;accusé de réception</translation>
    </message>
    <message>
        <source>Pu&amp;blished at:</source>
        <translation>Pu&amp;blié à l&apos;adresse :</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publié à l&apos;adresse</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>Problème d&apos;adresse de publication</translation>
    </message>
    <message>
        <source>National dead&amp;line:</source>
        <translation>Échéance nationa&amp;le :</translation>
    </message>
    <message>
        <source>National deadline</source>
        <translation>Échéance nationale</translation>
    </message>
    <message>
        <source>National deadline problem</source>
        <translation>Problème d&apos;échéance nationale</translation>
    </message>
    <message>
        <source>Published nat&amp;ionally on:</source>
        <translation>Publié au niveau nat&amp;ional le :</translation>
    </message>
    <message>
        <source>Published nationally on</source>
        <translation>Publié au niveau national le</translation>
    </message>
    <message>
        <source>Published nationally on problem</source>
        <translation>Problème de date de publication nationale</translation>
    </message>
    <message>
        <source>National &amp;web page:</source>
        <translation>Page &amp;web nationale :</translation>
    </message>
    <message>
        <source>National web page</source>
        <translation>Page web nationale</translation>
    </message>
    <message>
        <source>National web page problem</source>
        <translation>Problème de page web nationale</translation>
    </message>
    <message>
        <source>Tabled in parlia&amp;ment on:</source>
        <translation>Déposé au parle&amp;ment le :</translation>
    </message>
    <message>
        <source>Tabled in parliament on</source>
        <translation>Déposé au parlement le</translation>
    </message>
    <message>
        <source>Tabled in parliament on problem</source>
        <translation>Problème de date de dépôt au parlement</translation>
    </message>
    <message>
        <source>Languages sent (&amp;one per line):</source>
        <translation>Langues envoyées (&amp;une par ligne) :</translation>
    </message>
    <message>
        <source>Languages sent</source>
        <translation>Langues envoyées</translation>
    </message>
    <message>
        <source>Languages sent problem</source>
        <translation>Problème de langues envoyées</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on:</source>
        <translation>Publié sur le site du HCDH le :</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on</source>
        <translation>Publié sur le site du HCDH le</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on problem</source>
        <translation>Problème de date de publication sur le site du HCDH</translation>
    </message>
</context>
<context>
    <name>Fields_communication</name>
    <message>
        <source>Communication details</source>
        <translation>Détails de la communication</translation>
    </message>
    <message>
        <source>D&amp;irection *:</source>
        <translation>D&amp;irection * :</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Direction problem</source>
        <translation>Problème de direction</translation>
    </message>
    <message>
        <source>Ch&amp;annel *:</source>
        <translation>C&amp;anal * :</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>Problème de canal</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Participants problem</source>
        <translation>Problème de participants</translation>
    </message>
    <message>
        <source>Rep&amp;ly by:</source>
        <translation>Répo&amp;ndre avant le :</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Répondre avant le</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Reply by problem</source>
        <translation>Problème de date de réponse</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Fil :</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Thread problem</source>
        <translation>Problème de fil</translation>
    </message>
    <message>
        <source>In reply t&amp;o:</source>
        <translation>En ré&amp;ponse à :</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>In reply to problem</source>
        <translation>Problème de « En réponse à »</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problème de résultat</translation>
    </message>
    <message>
        <source>Step o&amp;f the visit:</source>
        <translation>Étape &amp;de la visite :</translation>
    </message>
    <message>
        <source>Step of the visit</source>
        <translation>Étape de la visite</translation>
    </message>
    <message>
        <source>Step of the visit problem</source>
        <translation>Problème d&apos;étape de la visite</translation>
    </message>
</context>
<context>
    <name>Fields_contact</name>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>R&amp;ole *:</source>
        <translation>R&amp;ôle * :</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Role problem</source>
        <translation>Problème de rôle</translation>
    </message>
    <message>
        <source>SPT reg&amp;ional team:</source>
        <translation>Équipe rég&amp;ionale du SPT :</translation>
    </message>
    <message>
        <source>SPT regional team</source>
        <translation>Équipe régionale du SPT</translation>
    </message>
    <message>
        <source>SPT regional team problem</source>
        <translation>Problème d&apos;équipe régionale du SPT</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Pays :</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Countries problem</source>
        <translation>Problème de pays</translation>
    </message>
    <message>
        <source>Org&amp;anisation:</source>
        <translation>Org&amp;anisation :</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation problem</source>
        <translation>Problème d&apos;organisation</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Co&amp;urriel :</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problème de courriel</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>Problème de téléphone</translation>
    </message>
    <message>
        <source>Term start:</source>
        <translation>Début du mandat :</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Début du mandat</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Term start problem</source>
        <translation>Problème de début du mandat</translation>
    </message>
    <message>
        <source>Term end:</source>
        <translation>Fin du mandat :</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin du mandat</translation>
    </message>
    <message>
        <source>Term end problem</source>
        <translation>Problème de fin du mandat</translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation>Destinataire age :</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>Destinataire age</translation>
    </message>
    <message>
        <source>age recipient problem</source>
        <translation>Problème de destinataire age</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>&amp;Clé de signature :</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Signing key problem</source>
        <translation>Problème de clé de signature</translation>
    </message>
    <message>
        <source>Keys verified</source>
        <translation>Clés vérifiées</translation>
    </message>
    <message>
        <source>Keys veri&amp;fied</source>
        <translation>Clés véri&amp;fiées</translation>
    </message>
    <message>
        <source>Keys verified problem</source>
        <translation>Problème de vérification des clés</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own devices</source>
        <translation>Appareil de notre MNP</translation>
    </message>
    <message>
        <source>Packages for a verified contact marked as one of your NPM&apos;s devices carry real names. The mark counts only while its keys are verified.</source>
        <translation>Les paquets destinés à un contact vérifié marqué comme appareil de votre MNP portent les vrais noms. Cette marque ne vaut que tant que ses clés sont vérifiées.</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own de&amp;vices (packages to it carry real names)</source>
        <translation>A&amp;ppareil de notre MNP (les paquets qui lui sont destinés portent les vrais noms)</translation>
    </message>
    <message>
        <source>Own device problem</source>
        <translation>Problème d&apos;appareil du MNP</translation>
    </message>
</context>
<context>
    <name>Fields_interpretation_request</name>
    <message>
        <source>&amp;Question *:</source>
        <translation>&amp;Question * :</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Question problem</source>
        <translation>Problème de question</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>D&amp;ate d&apos;envoi :</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Problème de date d&apos;envoi</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>Ré&amp;ponse :</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answer problem</source>
        <translation>Problème de réponse</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Répondu &amp;le :</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Answered on problem</source>
        <translation>Problème de date de réponse</translation>
    </message>
    <message>
        <source>Request for advice: details</source>
        <translation>Demande d&apos;avis : détails</translation>
    </message>
    <message>
        <source>Type of re&amp;quest:</source>
        <translation>Type de &amp;demande :</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>Type of request problem</source>
        <translation>Problème de type de demande</translation>
    </message>
    <message>
        <source>Pu&amp;blished in:</source>
        <translation>Pu&amp;bliée dans :</translation>
    </message>
    <message>
        <source>Answer published in</source>
        <translation>Réponse publiée dans</translation>
    </message>
    <message>
        <source>Where the answer was published, if it was: document symbol, annex</source>
        <translation>Où la réponse a été publiée, le cas échéant : cote du document, annexe</translation>
    </message>
    <message>
        <source>CAT/OP/12/6, annex</source>
        <translation>CAT/OP/12/6, annexe</translation>
    </message>
    <message>
        <source>Answer published in problem</source>
        <translation>Problème de publication de la réponse</translation>
    </message>
</context>
<context>
    <name>Fields_place</name>
    <message>
        <source>Place details</source>
        <translation>Détails du lieu</translation>
    </message>
    <message>
        <source>Type &amp;of place *:</source>
        <translation>Type &amp;de lieu * :</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Type de lieu</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Type of place problem</source>
        <translation>Problème de type de lieu</translation>
    </message>
    <message>
        <source>Reg&amp;ion:</source>
        <translation>Rég&amp;ion :</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Region problem</source>
        <translation>Problème de région</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problème d&apos;adresse</translation>
    </message>
</context>
<context>
    <name>Fields_recommendation</name>
    <message>
        <source>Recommendation details</source>
        <translation>Détails de la recommandation</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>Rapp&amp;ort :</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation>Problème de rapport</translation>
    </message>
    <message>
        <source>P&amp;aragraph:</source>
        <translation>P&amp;aragraphe :</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Paragraph problem</source>
        <translation>Problème de paragraphe</translation>
    </message>
    <message>
        <source>Addressee *:</source>
        <translation>Destinataire * :</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Addressee problem</source>
        <translation>Problème de destinataire</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Pr&amp;euves :</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation>Problème de preuves</translation>
    </message>
    <message>
        <source>Date o&amp;f evidence:</source>
        <translation>Date &amp;des preuves :</translation>
    </message>
    <message>
        <source>Date of evidence</source>
        <translation>Date des preuves</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date of evidence problem</source>
        <translation>Problème de date des preuves</translation>
    </message>
    <message>
        <source>Responsi&amp;ble authority:</source>
        <translation>Autorité &amp;responsable :</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autorité responsable</translation>
    </message>
    <message>
        <source>Ministry or body</source>
        <translation>Ministère ou organisme</translation>
    </message>
    <message>
        <source>Responsible authority problem</source>
        <translation>Problème d&apos;autorité responsable</translation>
    </message>
    <message>
        <source>Priority or ti&amp;meframe:</source>
        <translation>&amp;Priorité ou délai :</translation>
    </message>
    <message>
        <source>Priority or timeframe</source>
        <translation>Priorité ou délai</translation>
    </message>
    <message>
        <source>Priority or timeframe problem</source>
        <translation>Problème de priorité ou de délai</translation>
    </message>
    <message>
        <source>State&apos;s reported status:</source>
        <translation>Situation selon l&apos;État :</translation>
    </message>
    <message>
        <source>State&apos;s reported status</source>
        <translation>Situation selon l&apos;État</translation>
    </message>
    <message>
        <source>State&apos;s reported status problem</source>
        <translation>Problème de situation selon l&apos;État</translation>
    </message>
    <message>
        <source>State&apos;s status dated:</source>
        <translation>Situation selon l&apos;État au :</translation>
    </message>
    <message>
        <source>State&apos;s status dated</source>
        <translation>Situation selon l&apos;État au</translation>
    </message>
    <message>
        <source>State&apos;s status dated problem</source>
        <translation>Problème de date de la situation selon l&apos;État</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status:</source>
        <translation>Source de la situation selon l&apos;État :</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status</source>
        <translation>Source de la situation selon l&apos;État</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status problem</source>
        <translation>Problème de source de la situation selon l&apos;État</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment:</source>
        <translation>Source de l&apos;évaluation du MNP :</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment</source>
        <translation>Source de l&apos;évaluation du MNP</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment problem</source>
        <translation>Problème de source de l&apos;évaluation du MNP</translation>
    </message>
</context>
<context>
    <name>Fields_reminder</name>
    <message>
        <source>Reminder details</source>
        <translation>Détails du rappel</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>About problem</source>
        <translation>Problème d&apos;objet</translation>
    </message>
    <message>
        <source>Repeats every year</source>
        <translation>Se répète chaque année</translation>
    </message>
    <message>
        <source>Repe&amp;ats every year</source>
        <translation>Se ré&amp;pète chaque année</translation>
    </message>
    <message>
        <source>Repeats every year problem</source>
        <translation>Problème de répétition annuelle</translation>
    </message>
</context>
<context>
    <name>Fields_report</name>
    <message>
        <source>Report details</source>
        <translation>Détails du rapport</translation>
    </message>
    <message>
        <source>Type &amp;of report *:</source>
        <translation>Type &amp;de rapport * :</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Type de rapport</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Type of report problem</source>
        <translation>Problème de type de rapport</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>V&amp;isite :</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Visit problem</source>
        <translation>Problème de visite</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Con&amp;fidential</source>
        <translation>Con&amp;fidentiel</translation>
    </message>
    <message>
        <source>Confidential problem</source>
        <translation>Problème de confidentialité</translation>
    </message>
    <message>
        <source>Pu&amp;blished on:</source>
        <translation>Pu&amp;blié le :</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Published on problem</source>
        <translation>Problème de date de publication</translation>
    </message>
    <message>
        <source>Pub&amp;lished at:</source>
        <translation>Pub&amp;lié à l&apos;adresse :</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publié à l&apos;adresse</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>Problème d&apos;adresse de publication</translation>
    </message>
    <message>
        <source>Trans&amp;mitted on:</source>
        <translation>Trans&amp;mis le :</translation>
    </message>
    <message>
        <source>Transmitted on</source>
        <translation>Transmis le</translation>
    </message>
    <message>
        <source>Transmitted on problem</source>
        <translation>Problème de date de transmission</translation>
    </message>
    <message>
        <source>Ho&amp;w obtained:</source>
        <translation>&amp;Comment obtenu :</translation>
    </message>
    <message>
        <source>How the NPM obtained it</source>
        <translation>Comment le MNP l&apos;a obtenu</translation>
    </message>
    <message>
        <source>How the NPM obtained it problem</source>
        <translation>Problème de mode d&apos;obtention</translation>
    </message>
    <message>
        <source>Reply re&amp;quested by:</source>
        <translation>Réponse &amp;attendue le :</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: transmission + the reply period)</source>
        <translation>AAAA-MM-JJ (vide : transmission + le délai de réponse)</translation>
    </message>
    <message>
        <source>Reply due problem</source>
        <translation>Problème de date de réponse attendue</translation>
    </message>
    <message>
        <source>Reply received (d&amp;ate):</source>
        <translation>&amp;Réponse reçue le :</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Réponse reçue le</translation>
    </message>
    <message>
        <source>Reply received on problem</source>
        <translation>Problème de date de réception de la réponse</translation>
    </message>
    <message>
        <source>Publication decision:</source>
        <translation>Décision de publication :</translation>
    </message>
    <message>
        <source>Publication decision</source>
        <translation>Décision de publication</translation>
    </message>
    <message>
        <source>Publication decision problem</source>
        <translation>Problème de décision de publication</translation>
    </message>
</context>
<context>
    <name>Fields_reprisal_check</name>
    <message>
        <source>Reprisal check details</source>
        <translation>Détails de la vérification de représailles</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>V&amp;isite :</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Visit problem</source>
        <translation>Problème de visite</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Place problem</source>
        <translation>Problème de lieu</translation>
    </message>
    <message>
        <source>Pe&amp;ople met:</source>
        <translation>Pe&amp;rsonnes rencontrées :</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>People met problem</source>
        <translation>Problème de personnes rencontrées</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problème de résultat</translation>
    </message>
</context>
<context>
    <name>Fields_special_fund</name>
    <message>
        <source>Special Fund application details</source>
        <translation>Détails de la demande au Fonds spécial</translation>
    </message>
    <message>
        <source>C&amp;all year:</source>
        <translation>A&amp;ppel de l&apos;année :</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Année de l&apos;appel</translation>
    </message>
    <message>
        <source>Call year problem</source>
        <translation>Problème d&apos;année de l&apos;appel</translation>
    </message>
    <message>
        <source>Purp&amp;ose *:</source>
        <translation>&amp;Objet * :</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet de la demande</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Purpose problem</source>
        <translation>Problème d&apos;objet de la demande</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problème de montant</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Devise :</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation>Problème de devise</translation>
    </message>
    <message>
        <source>Recommendat&amp;ions:</source>
        <translation>Recommandat&amp;ions :</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Recommendations problem</source>
        <translation>Problème de recommandations</translation>
    </message>
    <message>
        <source>Implements the pu&amp;blished report:</source>
        <translation>Met en œuvre le rapport pu&amp;blié :</translation>
    </message>
    <message>
        <source>Implements the published report</source>
        <translation>Met en œuvre le rapport publié</translation>
    </message>
    <message>
        <source>Implements the published report problem</source>
        <translation>Problème de rapport publié mis en œuvre</translation>
    </message>
    <message>
        <source>Pro&amp;ject starts:</source>
        <translation>&amp;Début du projet :</translation>
    </message>
    <message>
        <source>Project starts</source>
        <translation>Début du projet</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Project starts problem</source>
        <translation>Problème de début du projet</translation>
    </message>
    <message>
        <source>Project ends:</source>
        <translation>Fin du projet :</translation>
    </message>
    <message>
        <source>Project ends</source>
        <translation>Fin du projet</translation>
    </message>
    <message>
        <source>Project ends problem</source>
        <translation>Problème de fin du projet</translation>
    </message>
    <message>
        <source>&amp;Fund report due:</source>
        <translation>Rapport au &amp;Fonds dû le :</translation>
    </message>
    <message>
        <source>Fund report due</source>
        <translation>Rapport au Fonds dû le</translation>
    </message>
    <message>
        <source>Fund report due problem</source>
        <translation>Problème de date du rapport au Fonds</translation>
    </message>
    <message>
        <source>Permanent Mission informed on:</source>
        <translation>Mission permanente informée le :</translation>
    </message>
    <message>
        <source>Permanent Mission informed on</source>
        <translation>Mission permanente informée le</translation>
    </message>
    <message>
        <source>Permanent Mission informed on problem</source>
        <translation>Problème de date d&apos;information de la Mission permanente</translation>
    </message>
</context>
<context>
    <name>Fields_update</name>
    <message>
        <source>Update details</source>
        <translation>Détails de la mise à jour</translation>
    </message>
    <message>
        <source>Type &amp;of update *:</source>
        <translation>Type &amp;de mise à jour * :</translation>
    </message>
    <message>
        <source>Type of update</source>
        <translation>Type de mise à jour</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Type of update problem</source>
        <translation>Problème de type de mise à jour</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Sujet :</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issue problem</source>
        <translation>Problème de sujet</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>D&amp;ate d&apos;envoi :</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Problème de date d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>Fields_visit</name>
    <message>
        <source>Visit details</source>
        <translation>Détails de la visite</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>Date de dé&amp;but :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Start date problem</source>
        <translation>Problème de date de début</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Date de fin :</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>End date problem</source>
        <translation>Problème de date de fin</translation>
    </message>
    <message>
        <source>Ann&amp;ounced on:</source>
        <translation>Ann&amp;oncée le :</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Annoncée le</translation>
    </message>
    <message>
        <source>Announced on problem</source>
        <translation>Problème de date d&apos;annonce</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>&amp;Lieux :</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Places problem</source>
        <translation>Problème de lieux</translation>
    </message>
    <message>
        <source>The&amp;mes:</source>
        <translation>Thè&amp;mes :</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Themes problem</source>
        <translation>Problème de thèmes</translation>
    </message>
    <message>
        <source>Chec&amp;klist items done:</source>
        <translation>Étapes de la liste a&amp;ccomplies :</translation>
    </message>
    <message>
        <source>Checklist items done</source>
        <translation>Étapes de la liste accomplies</translation>
    </message>
    <message>
        <source>Checklist items done problem</source>
        <translation>Problème d&apos;étapes de la liste accomplies</translation>
    </message>
    <message>
        <source>Type of v&amp;isit:</source>
        <translation>Type de v&amp;isite :</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>Type of visit problem</source>
        <translation>Problème de type de visite</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
    <message>
        <source>{date} is not a real date: months are numbered 01 to 12.</source>
        <translation>{date} n&apos;est pas une date valide : les mois sont numérotés de 01 à 12.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} n&apos;est pas une date valide : {month} compte {days} jours.</translation>
    </message>
</context>
<context>
    <name>FundCallDialog</name>
    <message>
        <source>Special Fund call for {year}</source>
        <translation>Appel du Fonds spécial pour {year}</translation>
    </message>
    <message>
        <source>Use the dates and largest grant OHCHR announced for this year&apos;s call.</source>
        <translation>Utilisez les dates et la subvention maximale annoncées par le HCDH pour l&apos;appel de cette année.</translation>
    </message>
    <message>
        <source>Call opens</source>
        <translation>Ouverture de l&apos;appel</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>Clôture de l&apos;appel</translation>
    </message>
    <message>
        <source>Largest grant in US dollars</source>
        <translation>Subvention maximale en dollars des États-Unis</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name} :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Use the reference dates</source>
        <translation>Utiliser les dates de référence</translation>
    </message>
    <message>
        <source>Save these dates</source>
        <translation>Enregistrer ces dates</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FundCallNote</name>
    <message>
        <source>Special Fund call for applications</source>
        <translation>Appel à candidatures du Fonds spécial</translation>
    </message>
    <message>
        <source>Warning about the amount</source>
        <translation>Avertissement sur le montant</translation>
    </message>
    <message>
        <source>Change the call&apos;s dates…</source>
        <translation>Modifier les dates de l&apos;appel…</translation>
    </message>
    <message>
        <source>Change the dates and largest grant of this call</source>
        <translation>Modifier les dates et la subvention maximale de cet appel</translation>
    </message>
    <message>
        <source>Call for applications {year}: {opens} to {closes}; grants up to USD {grant}.</source>
        <translation>Appel à candidatures {year} : du {opens} au {closes} ; subventions jusqu&apos;à {grant} USD.</translation>
    </message>
    <message>
        <source>(usual dates: confirm them against this year&apos;s call)</source>
        <translation>(dates habituelles : vérifiez-les par rapport à l&apos;appel de cette année)</translation>
    </message>
    <message>
        <source>The amount is more than the largest grant of this call; you can still save it.</source>
        <translation>Le montant dépasse la subvention maximale de cet appel ; vous pouvez quand même l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Read the guide that comes with npmdesk (no network needed)</source>
        <translation>Lire le guide fourni avec npmdesk (sans connexion réseau)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>Historique de « {title} »</translation>
    </message>
    <message numerus="yes">
        <source>Now at version %n.</source>
        <translation>
            <numerusform>Version actuelle : %n.</numerusform>
            <numerusform>Version actuelle : %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions, newest first:</source>
        <translation>Versions précédentes, de la plus récente à la plus ancienne :</translation>
    </message>
    <message>
        <source>There are no earlier versions.</source>
        <translation>Il n&apos;y a pas de version précédente.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versions précédentes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Text of this version:</source>
        <translation>&amp;Texte de cette version :</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texte de la version sélectionnée</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Fermer l&apos;historique</translation>
    </message>
    <message>
        <source>Left the vault</source>
        <translation>A quitté le coffre-fort</translation>
    </message>
    <message>
        <source>Left the vault on {when}, in {file}, for: {who}. Saved by {by}.</source>
        <translation>A quitté le coffre-fort le {when}, dans {file}, pour : {who}. Enregistré par {by}.</translation>
    </message>
    <message>
        <source>Fingerprints: {fingerprints}</source>
        <translation>Empreintes : {fingerprints}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your keys: {name}</source>
        <translation>Vos clés : {name}</translation>
    </message>
    <message>
        <source>Your keys</source>
        <translation>Vos clés</translation>
    </message>
    <message>
        <source>Scanning it gives the text of your contact card.</source>
        <translation>Le scanner donne le texte de votre carte de contact.</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Votre carte de contact</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>Votre destinataire age</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Votre clé de signature</translation>
    </message>
    <message>
        <source>{what} was copied. Paste it into your message; the clipboard is cleared after a while.</source>
        <translation>{what} a été copié. Collez-le dans votre message ; le presse-papiers est vidé au bout d&apos;un moment.</translation>
    </message>
    <message>
        <source>For recipients without npmdesk (OpenSSH allowed_signers line):</source>
        <translation>Pour les destinataires sans npmdesk (ligne allowed_signers d&apos;OpenSSH) :</translation>
    </message>
    <message>
        <source>Your OpenSSH allowed_signers line</source>
        <translation>Votre ligne allowed_signers d&apos;OpenSSH</translation>
    </message>
    <message>
        <source>Copy for &amp;OpenSSH</source>
        <translation>Copier pour &amp;OpenSSH</translation>
    </message>
    <message>
        <source>Copy your OpenSSH allowed_signers line</source>
        <translation>Copier votre ligne allowed_signers d&apos;OpenSSH</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Share my keys</source>
        <translation>Partager mes clés</translation>
    </message>
    <message>
        <source>What to give to whom</source>
        <translation>Quoi donner à qui</translation>
    </message>
    <message>
        <source>Give your contact card (the QR code, or the text copied with Copy card) to the SPT members, the Secretariat and colleagues who exchange packages with you. It holds two public keys: your age recipient, with which they encrypt packages for you, and your signing key, with which they check that packages really come from you. Both may travel by e-mail.&lt;br&gt;&lt;br&gt;Then read them your &lt;b&gt;fingerprint&lt;/b&gt; by phone or in person, never in the same e-mail: when it matches what their npmdesk shows, they mark your keys as verified. Never give anyone your vault passphrase or recovery code.</source>
        <translation>Donnez votre carte de contact (le code QR, ou le texte copié avec Copier la carte) aux membres du SPT, au Secrétariat et aux collègues qui échangent des paquets avec vous. Elle contient deux clés publiques : votre destinataire age, avec lequel ils chiffrent des paquets pour vous, et votre clé de signature, avec laquelle ils vérifient que les paquets viennent bien de vous. Les deux peuvent circuler par e-mail.&lt;br&gt;&lt;br&gt;Lisez-leur ensuite votre &lt;b&gt;empreinte&lt;/b&gt; par téléphone ou en personne, jamais dans le même e-mail : quand elle correspond à ce qu&apos;affiche leur npmdesk, ils marquent vos clés comme vérifiées. Ne donnez jamais à personne la phrase secrète ni le code de récupération de votre coffre-fort.</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>Code QR de votre carte de contact</translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for you with it):</source>
        <translation>Destinataire age (les autres chiffrent des paquets pour vous avec) :</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>Votre destinataire age</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages you export):</source>
        <translation>Clé de signature (elle signe les paquets que vous exportez) :</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Votre clé de signature</translation>
    </message>
    <message>
        <source>Fingerprint (read it to the other person by phone):</source>
        <translation>Empreinte (lisez-la à l&apos;autre personne par téléphone) :</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Votre empreinte</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <source>Copy &amp;card</source>
        <translation>Copier la &amp;carte</translation>
    </message>
    <message>
        <source>Copy your whole contact card</source>
        <translation>Copier toute votre carte de contact</translation>
    </message>
    <message>
        <source>Copy &amp;recipient</source>
        <translation>Copier le &amp;destinataire</translation>
    </message>
    <message>
        <source>Copy your age recipient</source>
        <translation>Copier votre destinataire age</translation>
    </message>
    <message>
        <source>Copy &amp;signing key</source>
        <translation>Copier la clé de &amp;signature</translation>
    </message>
    <message>
        <source>Copy your signing key</source>
        <translation>Copier votre clé de signature</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
    <message>
        <source>Opening the package and checking its signature…</source>
        <translation>Ouverture du paquet et vérification de sa signature…</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Empreinte : {fingerprint}</translation>
    </message>
    <message>
        <source>Importing: checking every record and file, then saving them all at once…</source>
        <translation>Importation : vérification de chaque fiche et de chaque fichier, puis enregistrement de tout en une fois…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Already newer here</source>
        <translation>Déjà plus récente ici</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Modifiée des deux côtés</translation>
    </message>
    <message>
        <source>Package from {npm} ({user}), made {when}.</source>
        <translation>Paquet de {npm} ({user}), créé le {when}.</translation>
    </message>
    <message>
        <source>an unnamed NPM</source>
        <translation>un MNP sans nom</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
    <message>
        <source>This vault (a package you exported yourself).</source>
        <translation>Ce coffre-fort (un paquet que vous avez exporté vous-même).</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys you verified.</source>
        <translation>{name}, un contact dont vous avez vérifié les clés.</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys are NOT verified yet.</source>
        <translation>{name}, un contact dont les clés ne sont PAS encore vérifiées.</translation>
    </message>
    <message>
        <source>An UNKNOWN key: it belongs to none of your contacts.</source>
        <translation>Une clé INCONNUE : elle n&apos;appartient à aucun de vos contacts.</translation>
    </message>
    <message>
        <source>Before importing, call the sender on a number you already know and ask them to read their fingerprint (File → Share My Keys… in their npmdesk). Import only if it is exactly the one above.</source>
        <translation>Avant d&apos;importer, appelez l&apos;expéditeur à un numéro que vous connaissez déjà et demandez-lui de lire son empreinte (Fichier → Partager mes clés… dans son npmdesk). N&apos;importez que si elle est exactement celle ci-dessus.</translation>
    </message>
    <message>
        <source>What will change — {counts}.</source>
        <translation>Ce qui va changer — {counts}.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucune fiche</translation>
    </message>
    <message numerus="yes">
        <source>%n new attachment(s)</source>
        <translation>
            <numerusform>%n nouvelle pièce jointe</numerusform>
            <numerusform>%n nouvelles pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>(package: {size}).</source>
        <translation>(paquet : {size}).</translation>
    </message>
    <message>
        <source>Records edited on both sides keep your version; the other one joins their history, and they are marked for you to compare.</source>
        <translation>Les fiches modifiées des deux côtés gardent votre version ; l&apos;autre rejoint leur historique, et elles sont marquées pour que vous les compariez.</translation>
    </message>
    <message>
        <source>Nothing to import: your vault already has all of it.</source>
        <translation>Rien à importer : votre coffre-fort contient déjà tout.</translation>
    </message>
    <message numerus="yes">
        <source>Imported — {counts}; %n new attachment(s).</source>
        <translation>
            <numerusform>Importé — {counts} ; %n nouvelle pièce jointe.</numerusform>
            <numerusform>Importé — {counts} ; %n nouvelles pièces jointes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: each is marked “Edited on both sides”. Open it (double-click it below), compare the versions in its History, then mark it as settled.</source>
        <translation>
            <numerusform>%n fiche a été modifiée des deux côtés : elle est marquée « Modifiée des deux côtés ». Ouvrez-la (double-clic ci-dessous), comparez les versions dans son historique, puis marquez-la comme réglée.</numerusform>
            <numerusform>%n fiches ont été modifiées des deux côtés : chacune est marquée « Modifiée des deux côtés ». Ouvrez-la (double-clic ci-dessous), comparez les versions dans son historique, puis marquez-la comme réglée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>npmdesk packages (*.age);;All files (*)</source>
        <translation>Paquets npmdesk (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Supprimée ici</translation>
    </message>
    <message>
        <source>Deleted here, changed by the sender</source>
        <translation>Supprimée ici, modifiée par l’expéditeur</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted in this vault are not brought back.</source>
        <translation>
            <numerusform>%n fiche supprimée dans ce coffre-fort n’est pas rétablie.</numerusform>
            <numerusform>%n fiches supprimées dans ce coffre-fort ne sont pas rétablies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) arrive without their keys: another contact (or this vault) already has those keys.</source>
        <translation>
            <numerusform>%n nouveau contact arrive sans ses clés : un autre contact (ou ce coffre-fort) possède déjà ces clés.</numerusform>
            <numerusform>%n nouveaux contacts arrivent sans leurs clés : un autre contact (ou ce coffre-fort) possède déjà ces clés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in this vault: tick to bring it back from this package</source>
        <translation>Supprimée dans ce coffre-fort : cochez pour la rétablir depuis ce paquet</translation>
    </message>
    <message>
        <source>To bring one back from this package, tick it in the list.</source>
        <translation>Pour en rétablir une depuis ce paquet, cochez-la dans la liste.</translation>
    </message>
    <message>
        <source>Real names filled in (from one of your NPM&apos;s own devices)</source>
        <translation>Vrais noms renseignés (depuis un appareil de votre MNP)</translation>
    </message>
    <message>
        <source>It carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>Il porte les vrais noms : il provient d&apos;un appareil de votre MNP.</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import a package</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <source>Who made the package</source>
        <translation>Qui a fait le paquet</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Who signed the package</source>
        <translation>Qui a signé le paquet</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Empreinte du signataire</translation>
    </message>
    <message>
        <source>What to do about the signer</source>
        <translation>Que faire au sujet du signataire</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint with the sender</source>
        <translation>J&apos;ai &amp;comparé l&apos;empreinte avec l&apos;expéditeur</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the sender</source>
        <translation>J&apos;ai comparé l&apos;empreinte avec l&apos;expéditeur</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <source>Records in the package and what happens to each</source>
        <translation>Fiches du paquet et ce qu&apos;il advient de chacune</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problème d&apos;importation</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>État de l&apos;importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Enter the pass&amp;phrase…</source>
        <translation>Saisir la phrase &amp;secrète…</translation>
    </message>
    <message>
        <source>Enter the package passphrase</source>
        <translation>Saisir la phrase secrète du paquet</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the package into the vault</source>
        <translation>Importer le paquet dans le coffre-fort</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Check the vault&apos;s integrity</source>
        <translation>Vérifier l&apos;intégrité du coffre-fort</translation>
    </message>
    <message>
        <source>Checking every page of the vault. This can take a while for a large vault…</source>
        <translation>Vérification de chaque page du coffre-fort. Cela peut prendre un moment pour un grand coffre-fort…</translation>
    </message>
    <message>
        <source>Integrity check in progress</source>
        <translation>Vérification de l&apos;intégrité en cours</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Restaurer une sauvegarde dans un nouveau dossier</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>La vérification a été annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>Le coffre-fort est intact : les deux vérifications d&apos;intégrité ont réussi.</translation>
    </message>
    <message>
        <source>The vault is damaged: {count} problem(s) found. Some records or files may be unreadable. Restore your latest backup into a new folder (Vault → Restore a Backup…), then work in the restored vault; this vault is not changed.</source>
        <translation>Le coffre-fort est endommagé : {count} problème(s) trouvé(s). Certaines fiches ou certains fichiers peuvent être illisibles. Restaurez votre dernière sauvegarde dans un nouveau dossier (Coffre-fort → Restaurer une sauvegarde…), puis travaillez dans le coffre-fort restauré ; ce coffre-fort-ci n&apos;est pas modifié.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>time zone not given</source>
        <translation>fuseau horaire non indiqué</translation>
    </message>
    <message>
        <source>{date}, {time} {zone}</source>
        <translation>{date}, {time} {zone}</translation>
    </message>
    <message>
        <source>No sender</source>
        <translation>Sans expéditeur</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Déjà dans le coffre-fort</translation>
    </message>
    <message>
        <source>Reply to a message in the vault</source>
        <translation>Réponse à un message du coffre-fort</translation>
    </message>
    <message>
        <source>Reply to a message in these files</source>
        <translation>Réponse à un message de ces fichiers</translation>
    </message>
    <message>
        <source>Reply to a message not in the vault</source>
        <translation>Réponse à un message absent du coffre-fort</translation>
    </message>
    <message>
        <source>New: {new}. Already in the vault: {duplicates}. Cannot be read: {failures}.</source>
        <translation>Nouveaux : {new}. Déjà dans le coffre-fort : {duplicates}. Illisibles : {failures}.</translation>
    </message>
    <message numerus="yes">
        <source>%n email message(s) imported.</source>
        <translation>
            <numerusform>%n courriel importé.</numerusform>
            <numerusform>%n courriels importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped message</source>
        <translation>Message déposé</translation>
    </message>
    <message>
        <source>A message not in this vault: {message_id}</source>
        <translation>Un message absent de ce coffre-fort : {message_id}</translation>
    </message>
    <message>
        <source>{item} — the original message</source>
        <translation>{item} — le message d&apos;origine</translation>
    </message>
    <message>
        <source>The message exactly as it was saved from the mail program, byte for byte.
SHA-256: {sha256}</source>
        <translation>Le message exactement tel qu&apos;il a été enregistré depuis la messagerie, octet pour octet.
SHA-256 : {sha256}</translation>
    </message>
    <message>
        <source>Import Email</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <source>Thunderbird offered these messages from a server folder (IMAP, news or Exchange), which npmdesk cannot read without the network: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>Thunderbird a proposé ces messages depuis un dossier sur un serveur (IMAP, news ou Exchange), que npmdesk ne peut pas lire sans le réseau : faites-les d’abord glisser sur le bureau ou dans un dossier, puis déposez les fichiers ici. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where these messages are stored: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>Thunderbird n’a pas indiqué où ces messages sont enregistrés : faites-les d’abord glisser sur le bureau ou dans un dossier, puis déposez les fichiers ici. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Outlook offers dragged messages in a form npmdesk cannot read: drag them to a folder first (or File → Save As, Outlook Message Format), then drop the .msg files here. Nothing was imported.</source>
        <translation>Outlook fournit les messages glissés sous une forme que npmdesk ne peut pas lire : faites-les d’abord glisser dans un dossier (ou Fichier → Enregistrer sous, format Message Outlook), puis déposez les fichiers .msg ici. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Apple Mail offers dragged messages in a form npmdesk cannot read: drag them to a folder first (they become .eml files), then drop the files here. Nothing was imported.</source>
        <translation>Apple Mail fournit les messages glissés sous une forme que npmdesk ne peut pas lire : faites-les d’abord glisser dans un dossier (ils deviennent des fichiers .eml), puis déposez les fichiers ici. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>The mail program offered these messages only as files it would write itself: drag them to a folder first, then drop the files here. Nothing was imported.</source>
        <translation>Le programme de messagerie n’a proposé ces messages que sous forme de fichiers qu’il écrirait lui-même : faites-les d’abord glisser dans un dossier, puis déposez les fichiers ici. Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>MailImportDialog</name>
    <message>
        <source>Import Email</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Lecture des messages…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>npmdesk cannot tell which of these messages your organisation sent: its email addresses are not set, so every message counts as received.</source>
        <translation>npmdesk ne peut pas savoir lesquels de ces messages votre organisation a envoyés : ses adresses électroniques ne sont pas définies, donc chaque message compte comme reçu.</translation>
    </message>
    <message>
        <source>Set Your Organisation&apos;s &amp;Addresses…</source>
        <translation>&amp;Définir les adresses de votre organisation…</translation>
    </message>
    <message>
        <source>Set your organisation&apos;s email addresses</source>
        <translation>Définir les adresses électroniques de votre organisation</translation>
    </message>
    <message>
        <source>Messages in these files</source>
        <translation>Messages de ces fichiers</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Messages :</translation>
    </message>
    <message>
        <source>Files that cannot &amp;be read:</source>
        <translation>Fichiers qui ne peuvent pas être &amp;lus :</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <source>&amp;People not among your contacts (tick those to add as contacts):</source>
        <translation>&amp;Personnes absentes de vos contacts (cochez celles à ajouter comme contacts) :</translation>
    </message>
    <message>
        <source>People not among your contacts</source>
        <translation>Personnes absentes de vos contacts</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import the new messages</source>
        <translation>Importer les nouveaux messages</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Checking the messages again…</source>
        <translation>Nouvelle vérification des messages…</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>Add as a contact: {person}</source>
        <translation>Ajouter comme contact : {person}</translation>
    </message>
    <message>
        <source>Importing the messages and their attachments…</source>
        <translation>Importation des messages et de leurs pièces jointes…</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped. %n message(s) imported before you cancelled stay in the vault; importing the same files again adds only the others.</source>
        <translation>
            <numerusform>Importation arrêtée. %n message importé avant votre annulation reste dans le coffre-fort ; importer à nouveau les mêmes fichiers n&apos;ajoute que les autres.</numerusform>
            <numerusform>Importation arrêtée. %n messages importés avant votre annulation restent dans le coffre-fort ; importer à nouveau les mêmes fichiers n&apos;ajoute que les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Annulé. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>MailImportFeature</name>
    <message>
        <source>Import E&amp;mail…</source>
        <translation>Importer des &amp;courriels…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Import saved email (.eml, Outlook .msg, mbox) as communications, with a preview first</source>
        <translation>Importer des courriels enregistrés (.eml, .msg d&apos;Outlook, mbox) comme communications, avec un aperçu préalable</translation>
    </message>
    <message>
        <source>Import Email &amp;Folder…</source>
        <translation>Importer un &amp;dossier de courriels…</translation>
    </message>
    <message>
        <source>Import every saved message in a folder and its subfolders</source>
        <translation>Importer tous les messages enregistrés d&apos;un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <source>Saved email (*.eml *.msg *.mbox *.mbx);;All files, for mbox files without a suffix (*)</source>
        <translation>Courriels enregistrés (*.eml *.msg *.mbox *.mbx);;Tous les fichiers, pour les fichiers mbox sans extension (*)</translation>
    </message>
    <message>
        <source>Import a folder of email</source>
        <translation>Importer un dossier de courriels</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>npmdesk — {npm}</source>
        <translation>npmdesk — {npm}</translation>
    </message>
    <message>
        <source>npmdesk</source>
        <translation>npmdesk</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the vault: close it and forget its key</source>
        <translation>Verrouiller le coffre-fort : le fermer et oublier sa clé</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About npmdesk</source>
        <translation>À &amp;propos de npmdesk</translation>
    </message>
    <message>
        <source>&amp;Destroy This Vault on This Device…</source>
        <translation>&amp;Détruire ce coffre-fort sur cet appareil…</translation>
    </message>
    <message>
        <source>Emergency erase: the keys go first, then every vault file</source>
        <translation>Effacement d&apos;urgence : les clés d&apos;abord, puis chaque fichier du coffre-fort</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Idle lock, clipboard, language and default export recipients</source>
        <translation>Verrouillage automatique, presse-papiers, langue et destinataires d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Rechercher partout</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search all records and attachments</source>
        <translation>Rechercher dans toutes les fiches et pièces jointes</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Show what is due, awaited and coming up</source>
        <translation>Afficher ce qui est à échéance, attendu et à venir</translation>
    </message>
    <message>
        <source>&amp;Previous list</source>
        <translation>Liste &amp;précédente</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Next list</source>
        <translation>Liste &amp;suivante</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>Afficher le tableau de bord</translation>
    </message>
    <message>
        <source>About npmdesk</source>
        <translation>À propos de npmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;An encrypted vault for a national preventive mechanism&apos;s confidential correspondence with the UN Subcommittee on Prevention of Torture.&lt;/p&gt;&lt;p&gt;Works offline; nothing leaves this computer unencrypted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;Un coffre-fort chiffré pour la correspondance confidentielle d&apos;un mécanisme national de prévention avec le Sous-comité des Nations Unies pour la prévention de la torture.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne ; rien ne quitte cet ordinateur sans être chiffré.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Member devices</source>
        <translation>Appareils membres</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Applied here up to</source>
        <translation>Appliqué ici jusqu&apos;à</translation>
    </message>
    <message>
        <source>Has applied ours</source>
        <translation>A appliqué les nôtres</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>Rapports annuels</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fonds spécial</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>With the regional team</source>
        <translation>Avec l&apos;équipe régionale</translation>
    </message>
    <message>
        <source>With the country rapporteur</source>
        <translation>Avec le rapporteur de pays</translation>
    </message>
    <message>
        <source>With the Secretariat</source>
        <translation>Avec le Secrétariat</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Lists of records</source>
        <translation>Listes de fiches</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n record(s)</source>
        <translation>
            <numerusform>{name} : %n fiche</numerusform>
            <numerusform>{name} : %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Modifiées des deux côtés</translation>
    </message>
    <message>
        <source>Requests for advice</source>
        <translation>Demandes d&apos;avis</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Représailles</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Déclarations publiques</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Setting the new passphrase. This takes a few seconds…</source>
        <translation>Définition de la nouvelle phrase secrète. Cela prend quelques secondes…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisissez une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Au moins 10 caractères ; plusieurs mots sont plus faciles à retenir</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>Con&amp;firmer la phrase secrète :</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problème de confirmation</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>Problème lors du changement de phrase secrète</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Lock without changing</source>
        <translation>&amp;Verrouiller sans changer</translation>
    </message>
    <message>
        <source>Lock the vault without changing the passphrase</source>
        <translation>Verrouiller le coffre-fort sans changer la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Définir la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery code. Choose the passphrase you will use from now on; the old one stops working. A recovery code opens the vault only once: next, npmdesk shows you a new recovery code to write down, and the code you used stops working as soon as you confirm that you have written down the new one.</source>
        <translation>Vous avez ouvert le coffre-fort avec votre code de récupération. Choisissez la phrase secrète que vous utiliserez désormais ; l&apos;ancienne cessera de fonctionner. Un code de récupération n&apos;ouvre le coffre-fort qu&apos;une fois : npmdesk vous montre ensuite un nouveau code de récupération à noter, et le code que vous avez utilisé cesse de fonctionner dès que vous confirmez avoir noté le nouveau.</translation>
    </message>
</context>
<context>
    <name>NpmdeskError</name>
    <message>
        <source>Invalid use of &apos;npmdesk age&apos;: see &apos;npmdesk age --help&apos;.</source>
        <translation>Utilisation incorrecte de « npmdesk age » : voir « npmdesk age --help ».</translation>
    </message>
    <message>
        <source>No passphrase given: run in a terminal to be asked for it, or set the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>Aucune phrase secrète fournie : lancez la commande dans un terminal pour qu&apos;elle vous soit demandée, ou définissez la variable d&apos;environnement NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Refusing to write binary encrypted data to the terminal: use -a (armor), -o FILE, or redirect the output.</source>
        <translation>Refus d&apos;écrire des données chiffrées binaires dans le terminal : utilisez -a (armure), -o FICHIER, ou redirigez la sortie.</translation>
    </message>
    <message>
        <source>No passphrase given: run in a terminal, or use --passphrase-file FILE or the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>Aucune phrase secrète fournie : lancez la commande dans un terminal, ou utilisez --passphrase-file FICHIER ou la variable d&apos;environnement NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this contact&apos;s signing key. The contact was NOT marked as verified: compare again with the person, by phone for example.</source>
        <translation>L&apos;empreinte que vous avez tapée n&apos;est pas celle de la clé de signature de ce contact. Le contact n&apos;a PAS été marqué comme vérifié : comparez à nouveau avec la personne, par téléphone par exemple.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Phrase secrète incorrecte. Vérifiez la touche Verr. Maj et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>This recovery code does not open this vault.</source>
        <translation>Ce code de récupération n&apos;ouvre pas ce coffre-fort.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake: check each group of four characters against your written copy.</source>
        <translation>Ce code de récupération contient une faute de frappe : vérifiez chaque groupe de quatre caractères par rapport à votre copie écrite.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened safely. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>Le coffre-fort est endommagé et ne peut pas être ouvert en toute sécurité. Rien n&apos;a été modifié. Restaurez votre dernière sauvegarde (« npmdesk restore »).</translation>
    </message>
    <message>
        <source>This vault is already open in another npmdesk window or command. Close it there first.</source>
        <translation>Ce coffre-fort est déjà ouvert dans une autre fenêtre ou commande npmdesk. Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>This device has no working keyring, so npmdesk cannot remember the vault here. Use your passphrase.</source>
        <translation>Cet appareil n&apos;a pas de trousseau de clés fonctionnel : npmdesk ne peut donc pas y mémoriser le coffre-fort. Utilisez votre phrase secrète.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this device. Use your passphrase.</source>
        <translation>Ce coffre-fort n&apos;est pas mémorisé sur cet appareil. Utilisez votre phrase secrète.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npmdesk. Install the latest version to open it; nothing was changed.</source>
        <translation>Ce coffre-fort a été créé par une version plus récente de npmdesk. Installez la dernière version pour l&apos;ouvrir ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>La phrase secrète doit comporter au moins 10 caractères.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Les deux phrases secrètes ne correspondent pas.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Le coffre-fort est verrouillé. Déverrouillez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>This backup is damaged (cut short or altered) and cannot be restored. Nothing was changed. Try another copy of the backup.</source>
        <translation>Cette sauvegarde est endommagée (tronquée ou modifiée) et ne peut pas être restaurée. Rien n&apos;a été modifié. Essayez une autre copie de la sauvegarde.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of npmdesk. Install the latest version to restore it; nothing was changed.</source>
        <translation>Cette sauvegarde a été faite par une version plus récente de npmdesk. Installez la dernière version pour la restaurer ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A backup cannot be written inside the vault folder (an emergency erase would leave it behind); choose a place outside it.</source>
        <translation>Une sauvegarde ne peut pas être écrite dans le dossier du coffre-fort (un effacement d&apos;urgence la laisserait derrière lui) ; choisissez un emplacement en dehors.</translation>
    </message>
    <message>
        <source>The backup was written but did not pass verification, so it was deleted. Check the disk you are writing to and try again.</source>
        <translation>La sauvegarde a été écrite mais n&apos;a pas passé la vérification : elle a donc été supprimée. Vérifiez le disque sur lequel vous écrivez et réessayez.</translation>
    </message>
    <message>
        <source>This package cannot be read. Nothing was changed.</source>
        <translation>Ce paquet ne peut pas être lu. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This age file is not an npmdesk package (its contents are not in the package format). Nothing was changed.</source>
        <translation>Ce fichier age n&apos;est pas un paquet npmdesk (son contenu n&apos;est pas au format des paquets). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of npmdesk (unknown format version). Update npmdesk to open it. Nothing was changed.</source>
        <translation>Ce paquet a été créé par une version plus récente de npmdesk (version de format inconnue). Mettez npmdesk à jour pour l&apos;ouvrir. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This package&apos;s signature does not verify: it was altered after it was signed, or it is forged. Nothing was changed.</source>
        <translation>La signature de ce paquet ne se vérifie pas : il a été modifié après sa signature, ou il est contrefait. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This package was re-addressed: it opens with your key, but its signed list of recipients does not name you. Ask the sender to export it for you again. Nothing was changed.</source>
        <translation>Ce paquet a été réadressé : il s&apos;ouvre avec votre clé, mais sa liste signée de destinataires ne vous nomme pas. Demandez à l&apos;expéditeur de l&apos;exporter de nouveau pour vous. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is nothing to export: choose at least one record.</source>
        <translation>Il n&apos;y a rien à exporter : choisissez au moins une fiche.</translation>
    </message>
    <message>
        <source>This is not a valid npmdesk signing key (it starts with npmsig1 and has 65 characters).</source>
        <translation>Ce n&apos;est pas une clé de signature npmdesk valide (elle commence par npmsig1 et compte 65 caractères).</translation>
    </message>
    <message>
        <source>This attachment is no longer in the vault.</source>
        <translation>Cette pièce jointe n&apos;est plus dans le coffre-fort.</translation>
    </message>
    <message>
        <source>This attachment&apos;s content does not match its checksum; restore it from a backup.</source>
        <translation>Le contenu de cette pièce jointe ne correspond pas à sa somme de contrôle ; restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>An attachment needs a file name of at most 255 characters, without control characters.</source>
        <translation>Une pièce jointe doit avoir un nom de fichier de 255 caractères au plus, sans caractères de contrôle.</translation>
    </message>
    <message>
        <source>This draft cannot be kept: it is not form content npmdesk can store.</source>
        <translation>Ce brouillon ne peut pas être conservé : ce n&apos;est pas un contenu de formulaire que npmdesk peut stocker.</translation>
    </message>
    <message>
        <source>This draft is too large to keep. Shorten the text or save the record.</source>
        <translation>Ce brouillon est trop volumineux pour être conservé. Raccourcissez le texte ou enregistrez la fiche.</translation>
    </message>
    <message>
        <source>This draft is no longer in the vault.</source>
        <translation>Ce brouillon n&apos;est plus dans le coffre-fort.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. Reopen it to see the latest version (yours is kept in its history).</source>
        <translation>Cette fiche a été modifiée ailleurs depuis que vous l&apos;avez ouverte. Rouvrez-la pour voir la dernière version (la vôtre est conservée dans son historique).</translation>
    </message>
    <message>
        <source>Unknown report: choose correspondence-log, visit-dossier or recommendations.</source>
        <translation>Rapport inconnu : choisissez correspondence-log, visit-dossier ou recommendations.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the start and end dates.</source>
        <translation>La période se termine avant de commencer : vérifiez les dates de début et de fin.</translation>
    </message>
    <message>
        <source>A visit dossier is about one visit: choose the visit (on the command line, --visit ID).</source>
        <translation>Un dossier de visite porte sur une seule visite : choisissez la visite (en ligne de commande, --visit ID).</translation>
    </message>
    <message>
        <source>Standard input can be used only once: give INPUT, -R and -i files as paths when one of them is &apos;-&apos;.</source>
        <translation>L&apos;entrée standard ne peut être utilisée qu&apos;une fois : indiquez les fichiers INPUT, -R et -i par leur chemin quand l&apos;un d&apos;eux est « - ».</translation>
    </message>
    <message>
        <source>Missing recipients: give -r RECIPIENT, -R FILE, -i FILE or -p.</source>
        <translation>Destinataires manquants : indiquez -r DESTINATAIRE, -R FICHIER, -i FICHIER ou -p.</translation>
    </message>
    <message>
        <source>This package was not signed by the key you expected. Nothing was written.</source>
        <translation>Ce paquet n&apos;a pas été signé par la clé attendue. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>npmdesk could not update this vault to its new format, so it was left as it was. Keep using your backup and report the problem.</source>
        <translation>npmdesk n&apos;a pas pu mettre ce coffre-fort à son nouveau format : il a donc été laissé tel quel. Continuez à utiliser votre sauvegarde et signalez le problème.</translation>
    </message>
    <message>
        <source>npmdesk could not write to the disk (is it full?). This change was not saved; everything saved before is safe. Free some space and try again.</source>
        <translation>npmdesk n&apos;a pas pu écrire sur le disque (est-il plein ?). Cette modification n&apos;a pas été enregistrée ; tout ce qui a été enregistré auparavant est en sécurité. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>This record is in the bin. Restore it before changing its attachments.</source>
        <translation>Cette fiche est dans la corbeille. Restaurez-la avant de modifier ses pièces jointes.</translation>
    </message>
    <message>
        <source>npmdesk is still working on attachments. Wait for it to finish, or cancel it first.</source>
        <translation>npmdesk travaille encore sur des pièces jointes. Attendez la fin, ou annulez d&apos;abord.</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name (the card may not carry one).</source>
        <translation>Tapez le nom du contact (la carte n&apos;en contient peut-être pas).</translation>
    </message>
    <message>
        <source>Paste a contact card, or type at least the age recipient (age1…) or the signing key (npmsig1…).</source>
        <translation>Collez une carte de contact, ou tapez au moins le destinataire age (age1…) ou la clé de signature (npmsig1…).</translation>
    </message>
    <message>
        <source>This is not an npmdesk contact card. A card starts with npmdesk-contact:1; copy it whole from the other person&apos;s Share my keys window.</source>
        <translation>Ce n&apos;est pas une carte de contact npmdesk. Une carte commence par npmdesk-contact:1 ; copiez-la en entier depuis la fenêtre Partager mes clés de l&apos;autre personne.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer version of npmdesk. Update npmdesk to read it.</source>
        <translation>Cette carte de contact a été créée par une version plus récente de npmdesk. Mettez npmdesk à jour pour la lire.</translation>
    </message>
    <message>
        <source>The age recipient in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>Le destinataire age de cette carte de contact est endommagé (un caractère est faux ou manquant). Redemandez la carte.</translation>
    </message>
    <message>
        <source>The signing key in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>La clé de signature de cette carte de contact est endommagée (un caractère est faux ou manquant). Redemandez la carte.</translation>
    </message>
    <message>
        <source>Tick at least one contact who may open the package, or choose a passphrase instead.</source>
        <translation>Cochez au moins un contact qui peut ouvrir le paquet, ou choisissez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>Tick “I confirm these may leave the vault” after reviewing the records listed above.</source>
        <translation>Cochez « Je confirme qu&apos;elles peuvent quitter le coffre-fort » après avoir examiné les fiches listées ci-dessus.</translation>
    </message>
    <message>
        <source>npmdesk could not lay out the report.</source>
        <translation>npmdesk n&apos;a pas pu mettre en page le rapport.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file asks for far more unlocking work than npmdesk ever sets, so it was not tried: the file is damaged or was tampered with. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>Le fichier des emplacements de clé du coffre-fort demande bien plus de travail de déverrouillage que npmdesk n&apos;en fixe jamais ; il n&apos;a donc pas été essayé : le fichier est endommagé ou a été falsifié. Rien n&apos;a été modifié. Restaurez votre dernière sauvegarde (« npmdesk restore »).</translation>
    </message>
    <message>
        <source>The vault is busy with another task (an import or an attachment being added), so nothing was changed: try again when it has finished.</source>
        <translation>Le coffre-fort est occupé par une autre tâche (une importation ou l&apos;ajout d&apos;une pièce jointe) : rien n&apos;a été modifié. Réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The disk is full (or was when this vault was unlocked), so this task cannot run and nothing was changed: free some space, then lock and unlock the vault.</source>
        <translation>Le disque est plein (ou l&apos;était au déverrouillage de ce coffre-fort) : cette tâche ne peut pas s&apos;exécuter et rien n&apos;a été modifié. Libérez de l&apos;espace, puis verrouillez et déverrouillez le coffre-fort.</translation>
    </message>
    <message>
        <source>This backup&apos;s key slots ask for far more unlocking work than npmdesk ever sets, so it was not tried: the backup is damaged or was tampered with. Nothing was changed. Try another copy of the backup.</source>
        <translation>Les emplacements de clé de cette sauvegarde demandent bien plus de travail de déverrouillage que npmdesk n&apos;en fixe jamais ; elle n&apos;a donc pas été essayée : la sauvegarde est endommagée ou a été falsifiée. Rien n&apos;a été modifié. Essayez une autre copie de la sauvegarde.</translation>
    </message>
    <message>
        <source>This package is not addressed to you: it was encrypted for other recipients, and none of your keys opens it. Ask the sender to export it for your key. Nothing was changed.</source>
        <translation>Ce paquet ne vous est pas adressé : il a été chiffré pour d&apos;autres destinataires et aucune de vos clés ne l&apos;ouvre. Demandez à l&apos;expéditeur de l&apos;exporter pour votre clé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>A temporary file of this export was changed while it was being written, so nothing was exported. Check the disk and try again.</source>
        <translation>Un fichier temporaire de cet export a été modifié pendant son écriture : rien n&apos;a été exporté. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>A record cannot change its kind (a contact stays a contact). Nothing was changed.</source>
        <translation>Une fiche ne peut pas changer de type (un contact reste un contact). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A change of recovery code did not finish last time: your previous code still opens the vault. Here is a new recovery code; the previous one stops working when you continue.</source>
        <translation>Un changement de code de récupération ne s&apos;est pas terminé la dernière fois : votre code précédent ouvre encore le coffre-fort. Voici un nouveau code de récupération ; le précédent cessera de fonctionner quand vous continuerez.</translation>
    </message>
    <message>
        <source>Give each field as --field NAME=VALUE, for example --field year=2025.</source>
        <translation>Indiquez chaque champ sous la forme --field NOM=VALEUR, par exemple --field year=2025.</translation>
    </message>
    <message>
        <source>A record&apos;s consent changed while the package was being made (someone refused its transmission): start the export again to see what is left out. Nothing was written.</source>
        <translation>Le consentement d&apos;une fiche a changé pendant la création du paquet (quelqu&apos;un a refusé sa transmission) : relancez l&apos;exportation pour voir ce qui est exclu. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This package was refused: it carries real names, and only a package from one of your NPM&apos;s own devices (a verified contact marked as such) may. Nothing was changed.</source>
        <translation>Ce paquet a été refusé : il porte les vrais noms, et seul un paquet provenant d&apos;un appareil de votre MNP (un contact vérifié marqué comme tel) peut le faire. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Recommendations come from a visit report or the NPM&apos;s own report, not from the SPT&apos;s annual report or guidance: choose another report or none.</source>
        <translation>Les recommandations proviennent d&apos;un rapport de visite ou du propre rapport du MNP, et non du rapport annuel ou des orientations du SPT : choisissez un autre rapport ou aucun.</translation>
    </message>
    <message>
        <source>The reply period must be a whole number of months from 1 to 36.</source>
        <translation>Le délai de réponse doit être un nombre entier de mois, de 1 à 36.</translation>
    </message>
    <message>
        <source>Name the person by a pseudonym from this record&apos;s people (for example person A), never by a real name.</source>
        <translation>Désignez la personne par un pseudonyme parmi les personnes de cette fiche (par exemple personne A), jamais par un vrai nom.</translation>
    </message>
    <message>
        <source>The call for applications must close on or after the day it opens, in the same year.</source>
        <translation>L&apos;appel à candidatures doit se clôturer le jour même de son ouverture ou plus tard, la même année.</translation>
    </message>
    <message>
        <source>The largest grant must be a positive amount in US dollars.</source>
        <translation>La subvention maximale doit être un montant positif en dollars des États-Unis.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2027-01-01.</source>
        <translation>Les dates s&apos;écrivent AAAA-MM-JJ, par exemple 2027-01-01.</translation>
    </message>
    <message>
        <source>Give --purpose and --state together (for example --purpose spt_transmission --state refused).</source>
        <translation>Indiquez --purpose et --state ensemble (par exemple --purpose spt_transmission --state refused).</translation>
    </message>
    <message>
        <source>Another person of this record has that alias: choose another with --alias.</source>
        <translation>Une autre personne de cette fiche a cet alias : choisissez-en un autre avec --alias.</translation>
    </message>
    <message>
        <source>Nothing to change: give --field, --clear-field, --title, --status, --date, --due, --country, --article or --review-date.</source>
        <translation>Rien à modifier : indiquez --field, --clear-field, --title, --status, --date, --due, --country, --article ou --review-date.</translation>
    </message>
    <message>
        <source>Paste the age recipient (age1…) or the contact card: a package is encrypted to the age recipient.</source>
        <translation>Collez le destinataire age (age1…) ou la carte de contact : un paquet est chiffré pour le destinataire age.</translation>
    </message>
    <message>
        <source>There is no screen to show the npmdesk window on (started over SSH or without a desktop); use the npmdesk command line instead (npmdesk --help).</source>
        <translation>Il n&apos;y a pas d&apos;écran où afficher la fenêtre de npmdesk (lancé via SSH ou sans bureau) ; utilisez plutôt npmdesk en ligne de commande (npmdesk --help).</translation>
    </message>
    <message>
        <source>The npmdesk window cannot open because a system library Qt needs is missing (on Debian or Ubuntu: sudo apt-get install libxcb-cursor0); the npmdesk command line works meanwhile (npmdesk --help).</source>
        <translation>La fenêtre de npmdesk ne peut pas s&apos;ouvrir car il manque une bibliothèque système dont Qt a besoin (sous Debian ou Ubuntu : sudo apt-get install libxcb-cursor0) ; npmdesk en ligne de commande fonctionne en attendant (npmdesk --help).</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Choisissez le fichier de sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Choisissez un nouveau dossier pour le coffre-fort restauré.</translation>
    </message>
    <message>
        <source>A backup cannot be restored into this vault&apos;s folder or inside it; choose a new folder outside it. This vault was not changed.</source>
        <translation>Une sauvegarde ne peut pas être restaurée dans le dossier de ce coffre-fort ni à l&apos;intérieur ; choisissez un nouveau dossier en dehors. Ce coffre-fort n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Type the passphrase the vault had when the backup was made, or use its recovery code.</source>
        <translation>Tapez la phrase secrète qu&apos;avait le coffre-fort au moment de la sauvegarde, ou utilisez son code de récupération.</translation>
    </message>
    <message>
        <source>This needs the package&apos;s passphrase: use --package-passphrase-file FILE, the NPMDESK_PACKAGE_PASSPHRASE environment variable, or run it in a terminal.</source>
        <translation>Il faut la phrase de passe du paquet : utilisez --package-passphrase-file FICHIER, la variable d&apos;environnement NPMDESK_PACKAGE_PASSPHRASE, ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Nothing was typed: type the passphrase or code (npmdesk does not make one up).</source>
        <translation>Rien n&apos;a été saisi : saisissez la phrase de passe ou le code (npmdesk n&apos;en invente pas).</translation>
    </message>
    <message>
        <source>This file is not an email message npmdesk can read (saved .eml, mbox or Outlook .msg); nothing was imported from it.</source>
        <translation>Ce fichier n&apos;est pas un message électronique que npmdesk sait lire (.eml, mbox ou .msg d&apos;Outlook enregistré) ; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>This message has too many parts, or parts nested too deeply, to be a real email; nothing was imported from it.</source>
        <translation>Ce message a trop de parties, ou des parties trop imbriquées, pour être un vrai courriel ; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>Reading this message took too long; nothing was imported from it.</source>
        <translation>La lecture de ce message a pris trop de temps ; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>A protected PDF is opened with a password, not an age key: use --passphrase (npmdesk generates the password) or --passphrase --package-passphrase-file F.</source>
        <translation>Un PDF protégé s&apos;ouvre avec un mot de passe, pas avec une clé age : utilisez --passphrase (npmdesk crée le mot de passe) ou --passphrase --package-passphrase-file F.</translation>
    </message>
    <message>
        <source>You stopped waiting for this write, so it was not made.</source>
        <translation>Vous avez cessé d&apos;attendre cette écriture : elle n&apos;a donc pas été faite.</translation>
    </message>
    <message>
        <source>npmdesk could not remember the vault on this device. Use your passphrase.</source>
        <translation>npmdesk n&apos;a pas pu mémoriser le coffre-fort sur cet appareil. Utilisez votre phrase secrète.</translation>
    </message>
    <message>
        <source>This file is neither an encrypted npmdesk package nor a password-protected PDF: npmdesk never attaches an unencrypted file to an email. Export it as a package or a protected PDF first.</source>
        <translation>Ce fichier n&apos;est ni un paquet npmdesk chiffré ni un PDF protégé par mot de passe : npmdesk ne joint jamais un fichier non chiffré à un courriel. Exportez-le d&apos;abord en paquet ou en PDF protégé.</translation>
    </message>
    <message>
        <source>This vault has no record of exporting a file of this name: choose the package or protected PDF as npmdesk exported it (under the name it was given), or export it again.</source>
        <translation>Ce coffre-fort n&apos;a exporté aucun fichier de ce nom : choisissez le paquet ou le PDF protégé tel que npmdesk l&apos;a exporté (sous le nom qui lui a été donné), ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>npmdesk could not read this file: check that it is still there and readable.</source>
        <translation>npmdesk n&apos;a pas pu lire ce fichier : vérifiez qu&apos;il existe toujours et qu&apos;il est lisible.</translation>
    </message>
    <message>
        <source>Give at least one recipient&apos;s email address.</source>
        <translation>Indiquez l&apos;adresse électronique d&apos;au moins un destinataire.</translation>
    </message>
    <message>
        <source>A recipient&apos;s address is not an email address (name@example.org): check the addresses.</source>
        <translation>L&apos;adresse d&apos;un destinataire n&apos;est pas une adresse électronique (nom@example.org) : vérifiez les adresses.</translation>
    </message>
    <message>
        <source>Reports are written in English (en), French (fr), Spanish (es), Arabic (ar), Russian (ru) or Portuguese (pt).</source>
        <translation>Les rapports sont rédigés en anglais (en), en français (fr), en espagnol (es), en arabe (ar), en russe (ru) ou en portugais (pt).</translation>
    </message>
    <message>
        <source>This vault has no team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>Ce coffre-fort n&apos;a pas encore de dossier d&apos;équipe : choisissez-en un avec &apos;npmdesk team folder DIR&apos;.</translation>
    </message>
    <message>
        <source>The team folder cannot be inside the vault&apos;s folder: choose another one. Nothing was changed.</source>
        <translation>Le dossier d&apos;équipe ne peut pas se trouver dans le dossier du coffre-fort : choisissez-en un autre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Another member already has this signing key (or it is this vault&apos;s own): a device joins the team once. Nothing was changed.</source>
        <translation>Un autre membre a déjà cette clé de signature (ou c&apos;est celle de ce coffre-fort) : un appareil ne rejoint l&apos;équipe qu&apos;une fois. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>-e/--encrypt and -d/--decrypt cannot be used together.</source>
        <translation>-e/--encrypt et -d/--decrypt ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>-i/--identity can be used when encrypting only with an explicit -e/--encrypt (to encrypt to the keys&apos; public keys); to decrypt, add -d.</source>
        <translation>-i/--identity ne sert au chiffrement qu&apos;avec un -e/--encrypt explicite (pour chiffrer vers les clés publiques des clés) ; pour déchiffrer, ajoutez -d.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be combined with -r, -R or -i.</source>
        <translation>-p/--passphrase ne peut pas être combiné avec -r, -R ou -i.</translation>
    </message>
    <message>
        <source>-r/-R cannot be used with -d/--decrypt.</source>
        <translation>-r/-R ne peuvent pas être utilisés avec -d/--decrypt.</translation>
    </message>
    <message>
        <source>-a/--armor cannot be used with -d/--decrypt: armor is detected.</source>
        <translation>-a/--armor ne peut pas être utilisé avec -d/--decrypt : l&apos;armure est détectée.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be used with -d/--decrypt: passphrase-protected files are detected (you will be asked for the passphrase).</source>
        <translation>-p/--passphrase ne peut pas être utilisé avec -d/--decrypt : les fichiers protégés par phrase secrète sont détectés (la phrase secrète vous sera demandée).</translation>
    </message>
    <message>
        <source>--visit, --from and --to choose a report&apos;s records: give --report KIND with them (a contact is --to-contact NAME).</source>
        <translation>--visit, --from et --to choisissent les fiches d&apos;un rapport : donnez --report TYPE avec eux (un contact est --to-contact NOM).</translation>
    </message>
    <message>
        <source>--armor is for packages; a protected PDF is written as a PDF.</source>
        <translation>--armor concerne les paquets ; un PDF protégé est écrit en PDF.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it must be a small text file (its first line is used).</source>
        <translation>Impossible de lire {path} : ce doit être un petit fichier texte (sa première ligne est utilisée).</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}.</source>
        <translation>Impossible de lire le fichier ({what}) {path}.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>Impossible de lire {path}.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name, or add --force to replace it.</source>
        <translation>{path} existe déjà : choisissez un autre nom de fichier, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>There is no folder {path} to write the report in.</source>
        <translation>Il n&apos;y a pas de dossier {path} où écrire le rapport.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is damaged (%n problem(s) found). Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>
            <numerusform>Le coffre-fort est endommagé (%n problème trouvé). Restaurez votre dernière sauvegarde (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>Le coffre-fort est endommagé (%n problèmes trouvés). Restaurez votre dernière sauvegarde (&apos;npmdesk restore&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Several contacts are named {name}; give the contact&apos;s id instead.</source>
        <translation>Plusieurs contacts s&apos;appellent {name} ; donnez plutôt l&apos;identifiant du contact.</translation>
    </message>
    <message>
        <source>There is no contact named {name} (closest existing names: {closest}); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>Il n&apos;y a pas de contact nommé {name} (noms existants les plus proches : {closest}) ; rien n&apos;a été ajouté : donnez le nom ou l&apos;identifiant d&apos;un contact existant, ou créez-en un exprès avec --new-counterpart NOM (ou &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>There is no contact named {name} (no contact has a similar name); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>Il n&apos;y a pas de contact nommé {name} (aucun contact n&apos;a de nom proche) ; rien n&apos;a été ajouté : donnez le nom ou l&apos;identifiant d&apos;un contact existant, ou créez-en un exprès avec --new-counterpart NOM (ou &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>A contact named {name} already exists; nothing was added: use --counterpart to name them.</source>
        <translation>Un contact nommé {name} existe déjà ; rien n&apos;a été ajouté : utilisez --counterpart pour le désigner.</translation>
    </message>
    <message>
        <source>There is no contact {name} (give the contact&apos;s name or id).</source>
        <translation>Il n&apos;y a pas de contact {name} (donnez le nom ou l&apos;identifiant du contact).</translation>
    </message>
    <message>
        <source>The signing key stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>La clé de signature enregistrée pour le contact {name} est mal formée : retirez-la avec &apos;npmdesk contact remove-key&apos;, puis ajoutez la bonne.</translation>
    </message>
    <message>
        <source>The age recipient stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>Le destinataire age enregistré pour le contact {name} est mal formé : retirez-le avec &apos;npmdesk contact remove-key&apos;, puis ajoutez le bon.</translation>
    </message>
    <message>
        <source>Verify the keys of {name} first (&apos;npmdesk contact verify&apos;): only a verified contact can be marked as one of your NPM&apos;s own devices. Nothing was changed.</source>
        <translation>Vérifiez d&apos;abord les clés de {name} (&apos;npmdesk contact verify&apos;) : seul un contact vérifié peut être marqué comme l&apos;un des appareils de votre MNP. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The contact {name} has no age recipient yet: add it first.</source>
        <translation>Le contact {name} n&apos;a pas encore de destinataire age : ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The contact {name} has no signing key to verify.</source>
        <translation>Le contact {name} n&apos;a pas de clé de signature à vérifier.</translation>
    </message>
    <message>
        <source>{refusal} To preview or import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} Pour le prévisualiser ou l&apos;importer après comparaison, ajoutez --accept-unverified.</translation>
    </message>
    <message>
        <source>{refusal} To import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} Pour l&apos;importer après comparaison, ajoutez --accept-unverified.</translation>
    </message>
    <message>
        <source>There is no kind of record {kind}; the kinds are: {kinds} (&apos;npmdesk kinds&apos; shows their fields).</source>
        <translation>Il n&apos;y a pas de type de fiche {kind} ; les types sont : {kinds} (&apos;npmdesk kinds&apos; montre leurs champs).</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no field {name}; its fields are: {fields}.</source>
        <translation>Une fiche de type {kind} n&apos;a pas de champ {name} ; ses champs sont : {fields}.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact verify&apos;, after comparing fingerprints.</source>
        <translation>Le champ {name} ne se définit pas avec --field : il l&apos;est par &apos;npmdesk contact verify&apos;, après comparaison des empreintes.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact own-device&apos;, for a contact whose keys are verified.</source>
        <translation>Le champ {name} ne se définit pas avec --field : il l&apos;est par &apos;npmdesk contact own-device&apos;, pour un contact dont les clés sont vérifiées.</translation>
    </message>
    <message>
        <source>The field {name} takes one value: give it once (with --field or --clear-field).</source>
        <translation>Le champ {name} prend une seule valeur : donnez-la une fois (avec --field ou --clear-field).</translation>
    </message>
    <message>
        <source>The field {name} takes {allowed}.</source>
        <translation>Le champ {name} prend {allowed}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} needs the field {name}: add --field {field}=VALUE, where VALUE is {allowed}.</source>
        <translation>Une fiche de type {kind} a besoin du champ {name} : ajoutez --field {field}=VALEUR, où VALEUR est {allowed}.</translation>
    </message>
    <message>
        <source>The field {name} is required for a record of kind {kind}, so it cannot be cleared.</source>
        <translation>Le champ {name} est obligatoire pour une fiche de type {kind} : il ne peut pas être vidé.</translation>
    </message>
    <message>
        <source>The field {name} lists records of this vault, and there is no record {record_id} in it.</source>
        <translation>Le champ {name} liste des fiches de ce coffre-fort, et il n&apos;y a pas de fiche {record_id}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no status {status}; its statuses are: {statuses}.</source>
        <translation>Une fiche de type {kind} n&apos;a pas de statut {status} ; ses statuts sont : {statuses}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} whose {field} is {value} has no status {status}; its statuses are: {statuses}.</source>
        <translation>Une fiche de type {kind} dont {field} est {value} n&apos;a pas de statut {status} ; ses statuts sont : {statuses}.</translation>
    </message>
    <message>
        <source>{address} is not the address of anyone in these messages; give an address that &apos;mail import --dry-run&apos; lists as not among your contacts.</source>
        <translation>{address} n&apos;est l&apos;adresse de personne dans ces messages ; donnez une adresse que &apos;mail import --dry-run&apos; liste comme absente de vos contacts.</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Create one with &apos;npmdesk init&apos;.</source>
        <translation>Il n&apos;y a pas de coffre-fort à {path}. Créez-en un avec &apos;npmdesk init&apos;.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another place for the new vault.</source>
        <translation>{path} existe déjà ; choisissez un autre emplacement pour le nouveau coffre-fort.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk vault.</source>
        <translation>{path} n&apos;est pas un coffre-fort npmdesk.</translation>
    </message>
    <message>
        <source>The vault folder {path} was moved or deleted while it was open. This change was not saved; lock the vault and open it where it is now.</source>
        <translation>Le dossier du coffre-fort {path} a été déplacé ou supprimé pendant qu&apos;il était ouvert. Cette modification n&apos;a pas été enregistrée ; verrouillez le coffre-fort et ouvrez-le là où il se trouve maintenant.</translation>
    </message>
    <message>
        <source>npmdesk cannot write to {path}: check that the folder exists and is writable.</source>
        <translation>npmdesk ne peut pas écrire dans {path} : vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The disk is full ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Le disque est plein ({path}) : rien n&apos;a été écrit ni modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Le disque est plein : rien n&apos;a été écrit ni modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Your disk quota is used up ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Votre quota disque est épuisé ({path}) : rien n&apos;a été écrit ni modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Your disk quota is used up, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Votre quota disque est épuisé : rien n&apos;a été écrit ni modifié. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The disk is read-only ({path}), so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>Le disque est en lecture seule ({path}) : rien n&apos;a été écrit ni modifié. Choisissez un emplacement accessible en écriture ou rendez le disque inscriptible.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>Le disque est en lecture seule : rien n&apos;a été écrit ni modifié. Choisissez un emplacement accessible en écriture ou rendez le disque inscriptible.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use {path}, so nothing was changed: check its permissions.</source>
        <translation>npmdesk n&apos;a pas le droit d&apos;utiliser {path} : rien n&apos;a été modifié. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use this file, so nothing was changed: check its permissions.</source>
        <translation>npmdesk n&apos;a pas le droit d&apos;utiliser ce fichier : rien n&apos;a été modifié. Vérifiez ses permissions.</translation>
    </message>
    <message>
        <source>The file is too large for this disk ({path}) (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>Le fichier est trop grand pour ce disque ({path}) (un disque FAT32 contient au plus 4 Go par fichier) : rien n&apos;a été écrit ni modifié. Choisissez un autre disque.</translation>
    </message>
    <message>
        <source>The file is too large for this disk (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>Le fichier est trop grand pour ce disque (un disque FAT32 contient au plus 4 Go par fichier) : rien n&apos;a été écrit ni modifié. Choisissez un autre disque.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk backup.</source>
        <translation>{path} n&apos;est pas une sauvegarde npmdesk.</translation>
    </message>
    <message>
        <source>{path} already exists; npmdesk never overwrites a file: choose another name.</source>
        <translation>{path} existe déjà ; npmdesk n&apos;écrase jamais un fichier : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Nothing was erased. To erase the vault at {path}, confirm with its folder name: --yes-destroy {expected}</source>
        <translation>Rien n&apos;a été effacé. Pour effacer le coffre-fort à {path}, confirmez avec le nom de son dossier : --yes-destroy {expected}</translation>
    </message>
    <message>
        <source>Cannot read {path}: check that the file exists and that you may read it.</source>
        <translation>Impossible de lire {path} : vérifiez que le fichier existe et que vous pouvez le lire.</translation>
    </message>
    <message>
        <source>npmdesk could not erase the keys of the vault at {path}: check that you may write to that folder, then run the erase again.</source>
        <translation>npmdesk n&apos;a pas pu effacer les clés du coffre-fort à {path} : vérifiez que vous pouvez écrire dans ce dossier, puis relancez l&apos;effacement.</translation>
    </message>
    <message>
        <source>This package is damaged or was tampered with ({detail}). Nothing was changed.</source>
        <translation>Ce paquet est endommagé ou a été falsifié ({detail}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This package exceeds a safety limit ({detail}). Nothing was changed.</source>
        <translation>Ce paquet dépasse une limite de sécurité ({detail}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Record {record_id} in this package is not valid: {detail} Nothing was changed.</source>
        <translation>La fiche {record_id} de ce paquet n&apos;est pas valide : {detail} Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This package was signed by {signer}. Compare the fingerprint with the sender (by phone, for example), then import again confirming it. Nothing was changed.</source>
        <translation>Ce paquet a été signé par {signer}. Comparez l&apos;empreinte avec l&apos;expéditeur (par téléphone, par exemple), puis importez à nouveau en la confirmant. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the records to export are strictly confidential, internal to the NPM or hold personal data without recorded consent. Review them and confirm before anything is written.</source>
        <translation>
            <numerusform>%n des fiches à exporter est strictement confidentielle, interne au MNP ou contient des données personnelles sans consentement enregistré. Examinez-les et confirmez avant que quoi que ce soit ne soit écrit.</numerusform>
            <numerusform>%n des fiches à exporter sont strictement confidentielles, internes au MNP ou contiennent des données personnelles sans consentement enregistré. Examinez-les et confirmez avant que quoi que ce soit ne soit écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} is not empty: choose a new or empty folder to unpack into.</source>
        <translation>Le dossier {folder} n&apos;est pas vide : choisissez un dossier nouveau ou vide où décompresser.</translation>
    </message>
    <message>
        <source>npmdesk could not write the backup: {reason}.</source>
        <translation>npmdesk n&apos;a pas pu écrire la sauvegarde : {reason}.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}. Nothing was saved.</source>
        <translation>npmdesk n&apos;a pas pu écrire {path}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>npmdesk could not restore the backup: {reason}. Nothing was created.</source>
        <translation>npmdesk n&apos;a pas pu restaurer la sauvegarde : {reason}. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>{path} could not be read (it is missing, a folder npmdesk cannot open, or not readable by you); nothing was imported from it.</source>
        <translation>{path} n&apos;a pas pu être lu (il manque, c&apos;est un dossier que npmdesk ne peut pas ouvrir, ou vous ne pouvez pas le lire) ; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>There is no record {record_id} in this vault.</source>
        <translation>Il n&apos;y a pas de fiche {record_id} dans ce coffre-fort.</translation>
    </message>
    <message>
        <source>{code} is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>{code} n&apos;est pas le code à deux lettres d&apos;un État partie à l&apos;OPCAT ; &apos;npmdesk states&apos; les liste.</translation>
    </message>
    <message>
        <source>That is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>Ce n&apos;est pas le code à deux lettres d&apos;un État partie à l&apos;OPCAT ; &apos;npmdesk states&apos; les liste.</translation>
    </message>
    <message>
        <source>The end date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>La date de fin n&apos;est pas une date valide : écrivez-la AAAA-MM-JJ, par exemple 2026-01-31.</translation>
    </message>
    <message>
        <source>The start date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>La date de début n&apos;est pas une date valide : écrivez-la AAAA-MM-JJ, par exemple 2026-01-31.</translation>
    </message>
    <message>
        <source>Record {record_id} is not a visit: a visit dossier needs a visit&apos;s id.</source>
        <translation>La fiche {record_id} n&apos;est pas une visite : un dossier de visite a besoin de l&apos;identifiant d&apos;une visite.</translation>
    </message>
    <message>
        <source>The report would list more than {limit} records: choose a shorter period.</source>
        <translation>Le rapport listerait plus de {limit} fiches : choisissez une période plus courte.</translation>
    </message>
    <message>
        <source>The team folder {path} is not there (is the disk or the share connected?). Nothing was changed.</source>
        <translation>Le dossier d&apos;équipe {path} est absent (le disque ou le partage est-il connecté ?). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is not a folder: choose an existing folder that your sync engine keeps in step. Nothing was changed.</source>
        <translation>{path} n&apos;est pas un dossier : choisissez un dossier existant que votre outil de synchronisation tient à jour. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} is not a verified contact marked as one of your NPM&apos;s own devices (&apos;npmdesk contact verify&apos;, then &apos;npmdesk contact own-device&apos;), so it cannot join the team. Nothing was changed.</source>
        <translation>{name} n&apos;est pas un contact vérifié marqué comme l&apos;un des appareils de votre MNP (&apos;npmdesk contact verify&apos;, puis &apos;npmdesk contact own-device&apos;) : il ne peut pas rejoindre l&apos;équipe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} has no age recipient to encrypt changesets for: add its age1… key first. Nothing was changed.</source>
        <translation>{name} n&apos;a pas de destinataire age pour chiffrer les lots de modifications : ajoutez d&apos;abord sa clé age1…. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{name} is already a member of the team.</source>
        <translation>{name} est déjà membre de l&apos;équipe.</translation>
    </message>
    <message>
        <source>{name} is not a member of the team. Nothing was changed.</source>
        <translation>{name} n&apos;est pas membre de l&apos;équipe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This team file was refused ({detail}). Nothing was changed.</source>
        <translation>Ce fichier d&apos;équipe a été refusé ({detail}). Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>The keys are erased, so nobody can open this vault any more, but %n file(s) in it could not be deleted. Close npmdesk everywhere and run the erase again.</source>
        <translation>
            <numerusform>Les clés sont effacées, plus personne ne peut ouvrir ce coffre-fort, mais %n fichier qu&apos;il contient n&apos;a pas pu être supprimé. Fermez npmdesk partout et relancez l&apos;effacement.</numerusform>
            <numerusform>Les clés sont effacées, plus personne ne peut ouvrir ce coffre-fort, mais %n fichiers qu&apos;il contient n&apos;ont pas pu être supprimés. Fermez npmdesk partout et relancez l&apos;effacement.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid signing key: clear the field, or paste the whole key (npmsig1…, 65 characters).</source>
        <translation>Ce n&apos;est pas une clé de signature valide : videz le champ, ou collez la clé entière (npmsig1…, 65 caractères).</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: clear the field, or paste the whole key (age1…, 62 characters).</source>
        <translation>Ce n&apos;est pas un destinataire age valide : videz le champ, ou collez la clé entière (age1…, 62 caractères).</translation>
    </message>
    <message>
        <source>This export holds {documents} documents; a package holds at most {limit}: export them in several packages. Nothing was written.</source>
        <translation>Cet export contient {documents} documents ; un paquet en contient au plus {limit} : exportez-les en plusieurs paquets. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This export is for {recipients} recipients; a package can be for at most {limit}: export it in several packages. Nothing was written.</source>
        <translation>Cet export est destiné à {recipients} destinataires ; un paquet peut l&apos;être à {limit} au plus : exportez-le en plusieurs paquets. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Record {record_id} is too large to travel in a package (over {size} MiB of package text, or over {items} values): shorten its text or move it into an attachment, then export again. Nothing was written.</source>
        <translation>La fiche {record_id} est trop grande pour voyager dans un paquet (plus de {size} Mio de texte de paquet, ou plus de {items} valeurs) : raccourcissez son texte ou placez-le dans une pièce jointe, puis exportez à nouveau. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This export is beyond what a version 1 package holds ({records} records, {files} files): export a smaller selection (by dates or types). Nothing was written.</source>
        <translation>Cet export dépasse ce que contient un paquet de version 1 ({records} fiches, {files} fichiers) : exportez une sélection plus petite (par dates ou par types). Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Record {record_id} has {count} attachments; a record travels with at most {limit}: move some of them to another record. Nothing was written.</source>
        <translation>La fiche {record_id} a {count} pièces jointes ; une fiche voyage avec {limit} au plus : déplacez-en certaines vers une autre fiche. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>This draft cannot be read back into a form.</source>
        <translation>Ce brouillon ne peut pas être relu dans un formulaire.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>Les dates s&apos;écrivent AAAA-MM-JJ, par exemple 2026-11-29.</translation>
    </message>
    <message>
        <source>The counterpart must be a contact in this vault.</source>
        <translation>L&apos;interlocuteur doit être un contact de ce coffre-fort.</translation>
    </message>
    <message>
        <source>Countries are two-letter codes such as FR or MX.</source>
        <translation>Les pays sont des codes à deux lettres comme FR ou MX.</translation>
    </message>
    <message>
        <source>Personal data is yes or no.</source>
        <translation>Données personnelles : oui ou non.</translation>
    </message>
    <message>
        <source>Too many tags.</source>
        <translation>Trop d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Too many people in one record.</source>
        <translation>Trop de personnes dans une fiche.</translation>
    </message>
    <message>
        <source>OPCAT articles are numbered 1 to 37, with sub-paragraphs such as 11(1)(b)(ii) or 19(b).</source>
        <translation>Les articles de l&apos;OPCAT sont numérotés de 1 à 37, avec des sous-paragraphes comme 11(1)(b)(ii) ou 19(b).</translation>
    </message>
    <message>
        <source>A link must name another record and a known relation.</source>
        <translation>Un lien doit désigner une autre fiche et une relation connue.</translation>
    </message>
    <message>
        <source>Consent is recorded per person.</source>
        <translation>Le consentement est enregistré par personne.</translation>
    </message>
    <message>
        <source>Give each person a pseudonym before recording their consent.</source>
        <translation>Donnez un pseudonyme à chaque personne avant d&apos;enregistrer son consentement.</translation>
    </message>
    <message>
        <source>Each person&apos;s consent is recorded once.</source>
        <translation>Le consentement de chaque personne est enregistré une fois.</translation>
    </message>
    <message>
        <source>Child and capacity are yes or no.</source>
        <translation>Enfant et capacité : oui ou non.</translation>
    </message>
    <message>
        <source>Each purpose is recorded once per person.</source>
        <translation>Chaque finalité est enregistrée une fois par personne.</translation>
    </message>
    <message>
        <source>Consent names a known purpose and state.</source>
        <translation>Le consentement désigne une finalité et un état connus.</translation>
    </message>
    <message>
        <source>Consent is obtained orally or in writing.</source>
        <translation>Le consentement est obtenu oralement ou par écrit.</translation>
    </message>
    <message>
        <source>This record is not a visit.</source>
        <translation>Cette fiche n&apos;est pas une visite.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} n&apos;est pas une date valide : {month} compte {days} jours.</translation>
    </message>
    <message>
        <source>{date} is not a real date: months are numbered 01 to 12.</source>
        <translation>{date} n&apos;est pas une date valide : les mois sont numérotés de 01 à 12.</translation>
    </message>
    <message>
        <source>The list of files this program offered is damaged; nothing was imported from it.</source>
        <translation>La liste des fichiers proposée par ce programme est endommagée ; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where this message is in its folder file (not every version does, and compacting a folder moves messages): drag the message to the desktop first, then drop the file here; nothing was imported from it.</source>
        <translation>Thunderbird n&apos;a pas indiqué où se trouve ce message dans son fichier de dossier (toutes les versions ne le font pas, et le compactage d&apos;un dossier déplace les messages) : faites d&apos;abord glisser le message sur le bureau, puis déposez le fichier ici ; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>--open needs a desktop session with a mail program, and none was found here: leave out --open and open the draft in your mail program yourself.</source>
        <translation>--open a besoin d&apos;une session de bureau avec un programme de messagerie, et aucune n&apos;a été trouvée ici : retirez --open et ouvrez vous-même le brouillon dans votre programme de messagerie.</translation>
    </message>
    <message>
        <source>The system could not open the draft: open it in your mail program yourself.</source>
        <translation>Le système n&apos;a pas pu ouvrir le brouillon : ouvrez-le vous-même dans votre programme de messagerie.</translation>
    </message>
    <message>
        <source>npmdesk cannot write in {path}: choose a folder you can write to (each device writes its own subfolder there). Nothing was changed.</source>
        <translation>npmdesk ne peut pas écrire dans {path} : choisissez un dossier où vous pouvez écrire (chaque appareil y écrit son propre sous-dossier). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This message is larger than {limit} MiB, the most npmdesk imports from one message; nothing was imported from it.</source>
        <translation>Ce message dépasse {limit} Mio, le maximum que npmdesk importe d&apos;un message ; rien n&apos;en a été importé.</translation>
    </message>
    <message>
        <source>{name} is longer than its manifest says</source>
        <translation>{name} est plus long que ne l&apos;indique son manifeste</translation>
    </message>
    <message>
        <source>{name} does not match its manifest</source>
        <translation>{name} ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <source>{name} is not the file its manifest lists next</source>
        <translation>{name} n&apos;est pas le fichier que son manifeste annonce ensuite</translation>
    </message>
    <message>
        <source>an attachment has the id of a different attachment in your vault</source>
        <translation>une pièce jointe a l&apos;identifiant d&apos;une autre pièce jointe de votre coffre-fort</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>il est tronqué</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment wrongly</source>
        <translation>son index répertorie mal une fiche ou une pièce jointe</translation>
    </message>
    <message>
        <source>its index does not end with a line end</source>
        <translation>son index ne se termine pas par une fin de ligne</translation>
    </message>
    <message>
        <source>its index is not valid JSON Lines</source>
        <translation>son index n&apos;est pas du JSON Lines valide</translation>
    </message>
    <message>
        <source>its index has a line too long</source>
        <translation>son index a une ligne trop longue</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment twice</source>
        <translation>son index répertorie deux fois une fiche ou une pièce jointe</translation>
    </message>
    <message>
        <source>its index lists an attachment before any record</source>
        <translation>son index répertorie une pièce jointe avant toute fiche</translation>
    </message>
    <message>
        <source>its index does not match its manifest</source>
        <translation>son index ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <source>its manifest is malformed</source>
        <translation>son manifeste est mal formé</translation>
    </message>
    <message>
        <source>its format version is not a version number</source>
        <translation>sa version de format n&apos;est pas un numéro de version</translation>
    </message>
    <message>
        <source>a manifest over {size} MiB</source>
        <translation>un manifeste de plus de {size} Mio</translation>
    </message>
    <message>
        <source>more than {limit} files</source>
        <translation>plus de {limit} fichiers</translation>
    </message>
    <message>
        <source>its manifest&apos;s creation time is not a real date and time</source>
        <translation>l&apos;heure de création de son manifeste n&apos;est pas une vraie date et heure</translation>
    </message>
    <message>
        <source>its manifest shows a fingerprint that is not its signing key&apos;s</source>
        <translation>son manifeste montre une empreinte qui n&apos;est pas celle de sa clé de signature</translation>
    </message>
    <message>
        <source>its manifest names a file twice</source>
        <translation>son manifeste nomme deux fois un fichier</translation>
    </message>
    <message>
        <source>more than {limit} records</source>
        <translation>plus de {limit} fiches</translation>
    </message>
    <message>
        <source>its manifest names a file with an unsafe path</source>
        <translation>son manifeste nomme un fichier avec un chemin dangereux</translation>
    </message>
    <message>
        <source>its manifest lists a file wrongly</source>
        <translation>son manifeste répertorie mal un fichier</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON: {error}</source>
        <translation>son manifeste n&apos;est pas du JSON valide : {error}</translation>
    </message>
    <message>
        <source>its manifest does not list the index, the records and the summary first</source>
        <translation>son manifeste ne répertorie pas d&apos;abord l&apos;index, les fiches et le résumé</translation>
    </message>
    <message>
        <source>its manifest does not list the records and the summary first</source>
        <translation>son manifeste ne répertorie pas d&apos;abord les fiches et le résumé</translation>
    </message>
    <message>
        <source>its manifest lists a record wrongly</source>
        <translation>son manifeste répertorie mal une fiche</translation>
    </message>
    <message>
        <source>its records do not match its manifest</source>
        <translation>ses fiches ne correspondent pas à son manifeste</translation>
    </message>
    <message>
        <source>its attachments do not match its manifest</source>
        <translation>ses pièces jointes ne correspondent pas à son manifeste</translation>
    </message>
    <message>
        <source>the records file is truncated</source>
        <translation>le fichier des fiches est tronqué</translation>
    </message>
    <message>
        <source>a signature over 4 KiB</source>
        <translation>une signature de plus de 4 Kio</translation>
    </message>
    <message>
        <source>an OpenSSH signature over 4 KiB</source>
        <translation>une signature OpenSSH de plus de 4 Kio</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list ({name})</source>
        <translation>il contient un fichier que son manifeste ne répertorie pas ({name})</translation>
    </message>
    <message>
        <source>its OpenSSH signature (manifest.json.sshsig) does not verify</source>
        <translation>sa signature OpenSSH (manifest.json.sshsig) ne se vérifie pas</translation>
    </message>
    <message>
        <source>an attachment does not match its manifest</source>
        <translation>une pièce jointe ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <source>the records file has data after its end</source>
        <translation>le fichier des fiches a des données après sa fin</translation>
    </message>
    <message>
        <source>the records file is not valid gzip</source>
        <translation>le fichier des fiches n&apos;est pas du gzip valide</translation>
    </message>
    <message>
        <source>a record carries real names that its manifest does not announce</source>
        <translation>une fiche porte des noms réels que son manifeste n&apos;annonce pas</translation>
    </message>
    <message>
        <source>its signature is missing</source>
        <translation>sa signature manque</translation>
    </message>
    <message>
        <source>a summary over {size} MiB</source>
        <translation>un résumé de plus de {size} Mio</translation>
    </message>
    <message>
        <source>the records file decompresses too much: a decompression bomb</source>
        <translation>le fichier des fiches se décompresse en beaucoup trop de données : une bombe de décompression</translation>
    </message>
    <message>
        <source>its records are not in the npmdesk format</source>
        <translation>ses fiches ne sont pas au format npmdesk</translation>
    </message>
    <message>
        <source>its records&apos; schema version is not a version number</source>
        <translation>la version de schéma de ses fiches n&apos;est pas un numéro de version</translation>
    </message>
    <message>
        <source>a record over {size} MiB of JSON</source>
        <translation>une fiche de plus de {size} Mio de JSON</translation>
    </message>
    <message>
        <source>its records are truncated</source>
        <translation>ses fiches sont tronquées</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>une fiche n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a record has no valid id</source>
        <translation>une fiche n&apos;a pas d&apos;identifiant valide</translation>
    </message>
    <message>
        <source>its records are truncated or not valid JSON</source>
        <translation>ses fiches sont tronquées ou ne sont pas du JSON valide</translation>
    </message>
    <message>
        <source>record {record_id} appears twice</source>
        <translation>la fiche {record_id} apparaît deux fois</translation>
    </message>
    <message>
        <source>a record is not valid JSON: {error}</source>
        <translation>une fiche n&apos;est pas du JSON valide : {error}</translation>
    </message>
    <message>
        <source>its records are not valid JSON</source>
        <translation>ses fiches ne sont pas du JSON valide</translation>
    </message>
    <message>
        <source>a record is nested too deeply</source>
        <translation>une fiche est imbriquée trop profondément</translation>
    </message>
    <message>
        <source>a member&apos;s size is not a number</source>
        <translation>la taille d&apos;un élément n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>a member header is damaged</source>
        <translation>l&apos;en-tête d&apos;un élément est endommagé</translation>
    </message>
    <message>
        <source>it contains a link, a folder or another special entry</source>
        <translation>il contient un lien, un dossier ou une autre entrée spéciale</translation>
    </message>
    <message>
        <source>a member name is too long</source>
        <translation>le nom d&apos;un élément est trop long</translation>
    </message>
    <message>
        <source>a member name is not plain ASCII</source>
        <translation>le nom d&apos;un élément n&apos;est pas en ASCII simple</translation>
    </message>
    <message>
        <source>a member header is missing</source>
        <translation>l&apos;en-tête d&apos;un élément manque</translation>
    </message>
    <message>
        <source>there is data after its end</source>
        <translation>il y a des données après sa fin</translation>
    </message>
    <message>
        <source>a member&apos;s padding is not empty</source>
        <translation>le remplissage d&apos;un élément n&apos;est pas vide</translation>
    </message>
    <message>
        <source>The message has no readable date.</source>
        <translation>Le message n&apos;a pas de date lisible.</translation>
    </message>
    <message>
        <source>The message&apos;s date has no time zone; it is taken as UTC.</source>
        <translation>La date du message n&apos;a pas de fuseau horaire ; elle est prise en UTC.</translation>
    </message>
    <message>
        <source>The message has no date; the date it was received is used.</source>
        <translation>Le message n&apos;a pas de date ; la date de sa réception est utilisée.</translation>
    </message>
    <message>
        <source>The message is encrypted; its text is only in the original file.</source>
        <translation>Le message est chiffré ; son texte n&apos;est que dans le fichier original.</translation>
    </message>
    <message>
        <source>The message&apos;s text is very long; the rest is in the original file.</source>
        <translation>Le texte du message est très long ; la suite est dans le fichier original.</translation>
    </message>
    <message>
        <source>An Outlook winmail.dat part could not be unpacked; it is kept as it came.</source>
        <translation>Une partie winmail.dat d&apos;Outlook n&apos;a pas pu être décompressée ; elle est conservée telle quelle.</translation>
    </message>
    <message>
        <source>The message&apos;s text is kept only in Outlook&apos;s RTF form; it is in the original file.</source>
        <translation>Le texte du message n&apos;existe que sous la forme RTF d&apos;Outlook ; il est dans le fichier original.</translation>
    </message>
    <message>
        <source>An attached Outlook item is kept only in the original file.</source>
        <translation>Un élément Outlook joint n&apos;est conservé que dans le fichier original.</translation>
    </message>
    <message>
        <source>it holds {name}, which is not a JSON number</source>
        <translation>il contient {name}, qui n&apos;est pas un nombre JSON</translation>
    </message>
    <message>
        <source>it is larger than allowed</source>
        <translation>il est plus grand qu&apos;autorisé</translation>
    </message>
    <message>
        <source>it starts with a byte-order mark</source>
        <translation>il commence par une marque d&apos;ordre des octets</translation>
    </message>
    <message>
        <source>it holds more values than allowed</source>
        <translation>il contient plus de valeurs qu&apos;autorisé</translation>
    </message>
    <message>
        <source>it holds a number out of range</source>
        <translation>il contient un nombre hors limites</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>an object has the same key twice</source>
        <translation>un objet a deux fois la même clé</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>it holds text with a lone surrogate</source>
        <translation>il contient du texte avec un substitut isolé</translation>
    </message>
    <message>
        <source>{file} was set aside, not applied: {reason}</source>
        <translation>{file} a été mis de côté, non appliqué : {reason}</translation>
    </message>
    <message>
        <source>it holds no team document</source>
        <translation>il ne contient aucun document d&apos;équipe</translation>
    </message>
    <message>
        <source>its signed device or number is not the one its name says</source>
        <translation>son appareil ou son numéro signés ne sont pas ceux que dit son nom</translation>
    </message>
    <message>
        <source>it is not a changeset</source>
        <translation>ce n&apos;est pas un lot de modifications</translation>
    </message>
    <message>
        <source>waiting for the new snapshot it makes for this device (this vault was restored from a backup)</source>
        <translation>en attente du nouvel instantané qu&apos;il fait pour cet appareil (ce coffre-fort a été restauré depuis une sauvegarde)</translation>
    </message>
    <message>
        <source>waiting for the snapshot it makes for this device</source>
        <translation>en attente de l&apos;instantané qu&apos;il fait pour cet appareil</translation>
    </message>
    <message>
        <source>it was made for another device</source>
        <translation>il a été fait pour un autre appareil</translation>
    </message>
    <message>
        <source>waiting for its changeset {number} (later ones are already here)</source>
        <translation>en attente de son lot de modifications {number} (les suivants sont déjà là)</translation>
    </message>
    <message>
        <source>its changeset {number} is not addressed to this device: waiting for a snapshot (is this device still a member there?)</source>
        <translation>son lot de modifications {number} n&apos;est pas adressé à cet appareil : en attente d&apos;un instantané (cet appareil en est-il encore membre ?)</translation>
    </message>
    <message>
        <source>it is not a team changeset</source>
        <translation>ce n&apos;est pas un lot de modifications d&apos;équipe</translation>
    </message>
    <message>
        <source>it was made by a newer version of npmdesk</source>
        <translation>il a été fait par une version plus récente de npmdesk</translation>
    </message>
    <message>
        <source>its device is malformed</source>
        <translation>son appareil est mal formé</translation>
    </message>
    <message>
        <source>its sequence number is malformed</source>
        <translation>son numéro de séquence est mal formé</translation>
    </message>
    <message>
        <source>its snapshot is for a malformed device</source>
        <translation>son instantané est pour un appareil mal formé</translation>
    </message>
    <message>
        <source>its lists are malformed</source>
        <translation>ses listes sont mal formées</translation>
    </message>
    <message>
        <source>a restored or conflicting record is malformed</source>
        <translation>une fiche restaurée ou en conflit est mal formée</translation>
    </message>
    <message>
        <source>a removed attachment is malformed</source>
        <translation>une pièce jointe retirée est mal formée</translation>
    </message>
    <message>
        <source>a deleted record is malformed</source>
        <translation>une fiche supprimée est mal formée</translation>
    </message>
    <message>
        <source>its team document is not valid JSON</source>
        <translation>son document d&apos;équipe n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>its team document is too large</source>
        <translation>son document d&apos;équipe est trop grand</translation>
    </message>
    <message>
        <source>it has not written to the team folder yet</source>
        <translation>il n&apos;a pas encore écrit dans le dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>HMAC verification failed for page {page}</source>
        <translation>la vérification HMAC a échoué pour la page {page}</translation>
    </message>
    <message>
        <source>page {page} has an invalid size of {size} bytes (expected {expected} bytes)</source>
        <translation>la page {page} a une taille invalide de {size} octets ({expected} octets attendus)</translation>
    </message>
    <message>
        <source>*** in database {name} ***</source>
        <translation>*** dans la base de données {name} ***</translation>
    </message>
    <message>
        <source>Page {page}: never used</source>
        <translation>Page {page} : jamais utilisée</translation>
    </message>
    <message>
        <source>row {row} missing from index {index}</source>
        <translation>la ligne {row} manque dans l&apos;index {index}</translation>
    </message>
    <message>
        <source>wrong # of entries in index {index}</source>
        <translation>nombre d&apos;entrées erroné dans l&apos;index {index}</translation>
    </message>
    <message>
        <source>cipher check stopped: {error}</source>
        <translation>la vérification du chiffrement s&apos;est arrêtée : {error}</translation>
    </message>
    <message>
        <source>integrity check stopped: {error}</source>
        <translation>la vérification d&apos;intégrité s&apos;est arrêtée : {error}</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <source>the file is not a database npmdesk can read</source>
        <translation>le fichier n&apos;est pas une base de données que npmdesk peut lire</translation>
    </message>
    <message>
        <source>This package was refused: its contact {record_id} carries a malformed signing key or age recipient. Nothing was changed.</source>
        <translation>Ce paquet a été refusé : son contact {record_id} porte une clé de signature ou un destinataire age mal formés. Rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: the %n record(s) chosen are all left out, because consent to their transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Rien n&apos;a été écrit : la fiche choisie (%n) est écartée, car le consentement à sa transmission au SPT a été refusé.</numerusform>
            <numerusform>Rien n&apos;a été écrit : les %n fiches choisies sont toutes écartées, car le consentement à leur transmission au SPT a été refusé.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package was refused: its record {record_id} has the id of a different kind of record in your vault (a package cannot turn one kind of record into another). Nothing was changed.</source>
        <translation>Ce paquet a été refusé : sa fiche {record_id} a l&apos;identifiant d&apos;une fiche d&apos;un autre type dans votre coffre-fort (un paquet ne peut pas changer le type d&apos;une fiche). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>unexpected or missing keys ({keys}).</source>
        <translation>clés inattendues ou manquantes ({keys}).</translation>
    </message>
    <message>
        <source>its version is not a positive whole number.</source>
        <translation>sa version n&apos;est pas un nombre entier positif.</translation>
    </message>
    <message>
        <source>fields is not an object.</source>
        <translation>fields n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>consents are malformed.</source>
        <translation>les consentements sont mal formés.</translation>
    </message>
    <message>
        <source>a link is malformed.</source>
        <translation>un lien est mal formé.</translation>
    </message>
    <message>
        <source>lineage is malformed.</source>
        <translation>lineage est mal formé.</translation>
    </message>
    <message>
        <source>content_sha256 is malformed.</source>
        <translation>content_sha256 est mal formé.</translation>
    </message>
    <message>
        <source>attachments is not a list.</source>
        <translation>attachments n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>pseudonyms are malformed.</source>
        <translation>les pseudonymes sont mal formés.</translation>
    </message>
    <message>
        <source>an OPCAT article is malformed.</source>
        <translation>un article de l&apos;OPCAT est mal formé.</translation>
    </message>
    <message>
        <source>an attachment is malformed.</source>
        <translation>une pièce jointe est mal formée.</translation>
    </message>
    <message>
        <source>an attachment id is not valid.</source>
        <translation>l&apos;identifiant d&apos;une pièce jointe n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>an attachment name is not valid.</source>
        <translation>le nom d&apos;une pièce jointe n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>an attachment type is not valid.</source>
        <translation>le type d&apos;une pièce jointe n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>an attachment size is not valid.</source>
        <translation>la taille d&apos;une pièce jointe n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>an attachment hash is not valid.</source>
        <translation>l&apos;empreinte d&apos;une pièce jointe n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>an attachment path is not valid.</source>
        <translation>le chemin d&apos;une pièce jointe n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>{key} is not a real date and time.</source>
        <translation>{key} n&apos;est pas une vraie date et heure.</translation>
    </message>
    <message>
        <source>{key} is not a name.</source>
        <translation>{key} n&apos;est pas un nom.</translation>
    </message>
    <message>
        <source>{key} is not a list.</source>
        <translation>{key} n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>its content does not match its hash.</source>
        <translation>son contenu ne correspond pas à son empreinte.</translation>
    </message>
    <message>
        <source>a contact&apos;s verification cannot be imported.</source>
        <translation>la vérification d&apos;un contact ne peut pas être importée.</translation>
    </message>
    <message>
        <source>a value has the wrong type.</source>
        <translation>une valeur a le mauvais type.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: give your key file with -i.</source>
        <translation>Ce fichier est chiffré pour des clés age, pas avec une phrase secrète : donnez votre fichier de clé avec -i.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: run without -i to be asked for it.</source>
        <translation>Ce fichier est protégé par une phrase secrète, pas par une clé : lancez sans -i pour qu&apos;elle vous soit demandée.</translation>
    </message>
    <message>
        <source>The protected key file is too large to be a key file.</source>
        <translation>Le fichier de clé protégé est trop grand pour être un fichier de clé.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <source>This age file cannot be processed.</source>
        <translation>Ce fichier age ne peut pas être traité.</translation>
    </message>
    <message>
        <source>This is not a valid age file or its header is damaged.</source>
        <translation>Ce n&apos;est pas un fichier age valide, ou son en-tête est endommagé.</translation>
    </message>
    <message>
        <source>This file&apos;s passphrase protection asks for more work and memory than npmdesk allows on this computer (its scrypt work factor needs more than 1 GiB, or more than a quarter of this computer&apos;s memory), so it was not opened.</source>
        <translation>La protection par phrase secrète de ce fichier demande plus de travail et de mémoire que npmdesk n&apos;en autorise sur cet ordinateur (son facteur de travail scrypt demande plus de 1 Gio, ou plus d&apos;un quart de la mémoire de cet ordinateur) ; il n&apos;a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>The age file&apos;s header does not match its key: the file was tampered with or damaged.</source>
        <translation>L&apos;en-tête du fichier age ne correspond pas à sa clé : le fichier a été falsifié ou endommagé.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any of your keys.</source>
        <translation>Ce fichier n&apos;est chiffré pour aucune de vos clés.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this file.</source>
        <translation>Mauvaise phrase secrète : elle n&apos;ouvre pas ce fichier.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: open it with its passphrase.</source>
        <translation>Ce fichier est protégé par une phrase secrète, pas par une clé : ouvrez-le avec sa phrase secrète.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: open it with your key file.</source>
        <translation>Ce fichier est chiffré pour des clés age, pas avec une phrase secrète : ouvrez-le avec votre fichier de clé.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with; nothing was kept.</source>
        <translation>Le contenu chiffré est endommagé ou a été falsifié ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with: the output written so far is incomplete and must not be trusted.</source>
        <translation>Le contenu chiffré est endommagé ou a été falsifié : la sortie écrite jusqu&apos;ici est incomplète et ne doit pas être considérée comme fiable.</translation>
    </message>
    <message>
        <source>This armored age file (-----BEGIN AGE ENCRYPTED FILE-----) is damaged or not in the strict armor format.</source>
        <translation>Ce fichier age en armure (-----BEGIN AGE ENCRYPTED FILE-----) est endommagé ou n&apos;est pas au format d&apos;armure strict.</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: it must be an age public key (age1…).</source>
        <translation>Ce n&apos;est pas un destinataire age valide : ce doit être une clé publique age (age1…).</translation>
    </message>
    <message>
        <source>The recipients file holds no age recipient (age1…).</source>
        <translation>Le fichier des destinataires ne contient aucun destinataire age (age1…).</translation>
    </message>
    <message>
        <source>This kind of recipient is not supported: npmdesk encrypts to X25519 age public keys (age1…) only, not to post-quantum, plugin or SSH keys.</source>
        <translation>Ce type de destinataire n&apos;est pas pris en charge : npmdesk chiffre uniquement pour des clés publiques age X25519 (age1…), pas pour des clés post-quantiques, de plugin ou SSH.</translation>
    </message>
    <message>
        <source>This is not a valid age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>Ce n&apos;est pas une clé secrète age valide (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The key file holds no age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>Le fichier de clé ne contient aucune clé secrète age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This kind of secret key is not supported: npmdesk reads X25519 age secret keys (AGE-SECRET-KEY-1…) only, not post-quantum, plugin or SSH keys.</source>
        <translation>Ce type de clé secrète n&apos;est pas pris en charge : npmdesk lit uniquement des clés secrètes age X25519 (AGE-SECRET-KEY-1…), pas des clés post-quantiques, de plugin ou SSH.</translation>
    </message>
    <message>
        <source>The key file {path} is not a text file.</source>
        <translation>Le fichier de clé {path} n&apos;est pas un fichier texte.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name.</source>
        <translation>{path} existe déjà : choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>the system refused it ({code})</source>
        <translation>le système l&apos;a refusé ({code})</translation>
    </message>
    <message>
        <source>the file or folder is not there (was the drive unplugged or the folder moved?)</source>
        <translation>le fichier ou le dossier n&apos;existe pas (le disque a-t-il été débranché ou le dossier déplacé ?)</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>une partie du chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <translation>un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <source>the file name or path is too long</source>
        <translation>le nom du fichier ou le chemin est trop long</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>le fichier est utilisé par un autre programme</translation>
    </message>
    <message>
        <source>the drive could not be read or written (is it still connected?)</source>
        <translation>le disque n&apos;a pas pu être lu ou écrit (est-il toujours branché ?)</translation>
    </message>
    <message>
        <source>the name is not allowed on this drive</source>
        <translation>ce nom n&apos;est pas permis sur ce disque</translation>
    </message>
    <message>
        <source>This vault already holds the demo data of seed {seed}: choose another seed. Nothing was added.</source>
        <translation>Ce coffre-fort contient déjà les données de démonstration de la graine {seed} : choisissez une autre graine. Rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} : ce champ doit contenir du texte.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} : ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>{field} : ce texte est trop long.</translation>
    </message>
    <message>
        <source>{field} contains a NUL character.</source>
        <translation>{field} : ce champ contient un caractère NUL.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}.</source>
        <translation>Type de fiche inconnu : {kind}.</translation>
    </message>
    <message>
        <source>Status must be one of: {choices}.</source>
        <translation>Le statut doit être l&apos;un de : {choices}.</translation>
    </message>
    <message>
        <source>Sensitivity must be one of: {choices}.</source>
        <translation>La sensibilité doit être l&apos;une de : {choices}.</translation>
    </message>
    <message>
        <source>Consent must be one of: {choices}.</source>
        <translation>Le consentement doit être l&apos;un de : {choices}.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field} : la valeur doit être l&apos;une de : {choices}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field} : la valeur doit être un nombre entier.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field} : la valeur doit être un nombre.</translation>
    </message>
    <message>
        <source>{field} is yes or no.</source>
        <translation>{field} : oui ou non.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field} : la valeur doit être une liste.</translation>
    </message>
    <message>
        <source>{field} must list records of this vault.</source>
        <translation>{field} : la liste doit nommer des fiches de ce coffre-fort.</translation>
    </message>
    <message>
        <source>{field} must be among: {choices}.</source>
        <translation>{field} : chaque valeur doit être parmi : {choices}.</translation>
    </message>
    <message>
        <source>A record of kind “{kind}” has no field {name}.</source>
        <translation>Une fiche de type « {kind} » n&apos;a pas de champ {name}.</translation>
    </message>
    <message>
        <source>{file} (Thunderbird)</source>
        <translation>{file} (Thunderbird)</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <translation>{file}, message {number}</translation>
    </message>
    <message>
        <source>The integrity check found a problem npmdesk cannot describe in words (detail for support: {detail}).</source>
        <translation>La vérification d&apos;intégrité a trouvé un problème que npmdesk ne sait pas décrire (détail pour l&apos;assistance : {detail}).</translation>
    </message>
    <message>
        <source>an error npmdesk cannot describe in words (detail for support: {detail})</source>
        <translation>une erreur que npmdesk ne sait pas décrire (détail pour l&apos;assistance : {detail})</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>An attachment changed while the backup was being written (it was removed, or its file in the vault is missing or damaged), so no backup was written. Try again; if this happens again, check the vault (npmdesk check).</source>
        <translation>Une pièce jointe a changé pendant l&apos;écriture de la sauvegarde (elle a été supprimée, ou son fichier dans le coffre-fort manque ou est endommagé) : aucune sauvegarde n&apos;a donc été écrite. Réessayez ; si cela se reproduit, vérifiez le coffre-fort (npmdesk check).</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is missing</source>
        <translation>pièce jointe {attachment} de la fiche {record} : son fichier manque</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is damaged (altered, cut short or replaced)</source>
        <translation>pièce jointe {attachment} de la fiche {record} : son fichier est endommagé (modifié, tronqué ou remplacé)</translation>
    </message>
    <message>
        <source>No backup was written: attachment {attachment} of record {record} is damaged in the vault (its file is missing, cut short or altered), so it can no longer be opened. Remove that attachment from the record (attach the document again if you still have it), then back up again; npmdesk check lists every damaged attachment.</source>
        <translation>Aucune sauvegarde n&apos;a été écrite : la pièce jointe {attachment} de la fiche {record} est endommagée dans le coffre-fort (son fichier manque, est tronqué ou a été modifié) et ne peut plus être ouverte. Retirez cette pièce jointe de la fiche (joignez de nouveau le document si vous l&apos;avez encore), puis relancez la sauvegarde ; npmdesk check liste toutes les pièces jointes endommagées.</translation>
    </message>
</context>
<context>
    <name>OwnAddressesSetting</name>
    <message>
        <source>Your organisation&apos;s email addresses: write whole addresses such as info@npm.example.org, separated by commas. Nothing was saved.</source>
        <translation>Adresses électroniques de votre organisation : écrivez des adresses complètes, comme info@npm.example.org, séparées par des virgules. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s email addresses</source>
        <translation>Adresses électroniques de votre organisation</translation>
    </message>
    <message>
        <source>info@npm.example.org, visits@npm.example.org</source>
        <translation>info@npm.example.org, visites@npm.example.org</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;Adresses électroniques :</translation>
    </message>
    <message>
        <source>Your organisation&apos;s addresses, separated by commas: imported email from them counts as sent, the rest as received. Kept in the vault.</source>
        <translation>Adresses de votre organisation, séparées par des virgules : les courriels importés qui en proviennent comptent comme envoyés, les autres comme reçus. Conservées dans le coffre-fort.</translation>
    </message>
</context>
<context>
    <name>PackagePassphraseDialog</name>
    <message>
        <source>Package passphrase</source>
        <translation>Phrase secrète du paquet</translation>
    </message>
    <message>
        <source>This package was encrypted with a passphrase. Type the passphrase the sender gave you (by phone, for example).</source>
        <translation>Ce paquet a été chiffré avec une phrase secrète. Tapez la phrase secrète que l&apos;expéditeur vous a donnée (par téléphone, par exemple).</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Open the package</source>
        <translation>&amp;Ouvrir le paquet</translation>
    </message>
    <message>
        <source>Open the package with this passphrase</source>
        <translation>Ouvrir le paquet avec cette phrase secrète</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type the package&apos;s passphrase.</source>
        <translation>Tapez la phrase secrète du paquet.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Robustesse : {0}</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>Files to attach</source>
        <translation>Fichiers à joindre</translation>
    </message>
    <message>
        <source>Files to attach when the record is saved</source>
        <translation>Fichiers à joindre lors de l&apos;enregistrement de la fiche</translation>
    </message>
    <message>
        <source>Attac&amp;h files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>Joindre des fichiers à cette fiche</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Do not attach the chosen file</source>
        <translation>Ne pas joindre le fichier choisi</translation>
    </message>
    <message>
        <source>Files to attach: status</source>
        <translation>Fichiers à joindre : état</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>cette fiche</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be attached when you save.</source>
        <translation>
            <numerusform>%n fichier sera joint lors de l&apos;enregistrement.</numerusform>
            <numerusform>%n fichiers seront joints lors de l&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” will not be attached.</source>
        <translation>« {name} » ne sera pas joint.</translation>
    </message>
    <message>
        <source>No files yet. Attach files, or drop them on this form.</source>
        <translation>Aucun fichier pour l&apos;instant. Joignez des fichiers, ou déposez-les sur ce formulaire.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>Personnes et consentement</translation>
    </message>
    <message>
        <source>People named in this record and their consent</source>
        <translation>Personnes nommées dans cette fiche et leur consentement</translation>
    </message>
    <message>
        <source>People and their consent per purpose</source>
        <translation>Personnes et leur consentement par finalité</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>No one is named yet. Add each person the record is about: their consent is then recorded per purpose, and an alias replaces their name outside the vault.</source>
        <translation>Personne n&apos;est encore nommé. Ajoutez chaque personne dont traite la fiche : son consentement est alors enregistré par finalité, et un alias remplace son nom hors du coffre-fort.</translation>
    </message>
    <message>
        <source>Add pers&amp;on…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Modifier la personne…</translation>
    </message>
    <message>
        <source>Edit the selected person and their consent</source>
        <translation>Modifier la personne sélectionnée et son consentement</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Supprimer la personne</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Supprimer la personne sélectionnée</translation>
    </message>
    <message>
        <source>{name} — {flags}</source>
        <translation>{name} — {flags}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>{purpose}: consent</source>
        <translation>{purpose} : consentement</translation>
    </message>
    <message>
        <source>{purpose}: date</source>
        <translation>{purpose} : date</translation>
    </message>
    <message>
        <source>{purpose}: how it was obtained</source>
        <translation>{purpose} : comment il a été obtenu</translation>
    </message>
    <message>
        <source>{purpose}: withdrawn on</source>
        <translation>{purpose} : retiré le</translation>
    </message>
    <message>
        <source>{purpose}: given by (parent, guardian or legal representative)</source>
        <translation>{purpose} : donné par (parent, tuteur ou représentant légal)</translation>
    </message>
    <message>
        <source>{purpose}: obtained by</source>
        <translation>{purpose} : obtenu par</translation>
    </message>
    <message>
        <source>Person and consent</source>
        <translation>Personne et consentement</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Real name (kept in this vault only)</source>
        <translation>Vrai nom (conservé uniquement dans ce coffre-fort)</translation>
    </message>
    <message>
        <source>Alias (the pseudonym used outside the vault)</source>
        <translation>Alias (le pseudonyme utilisé hors du coffre-fort)</translation>
    </message>
    <message>
        <source>Real &amp;name:</source>
        <translation>Vrai &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Enfant</translation>
    </message>
    <message>
        <source>The person is a child</source>
        <translation>La personne est un enfant</translation>
    </message>
    <message>
        <source>&amp;Lacks capacity to consent</source>
        <translation>Sans &amp;capacité de consentir</translation>
    </message>
    <message>
        <source>The person lacks capacity to consent</source>
        <translation>La personne n&apos;a pas la capacité de consentir</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>Qui donne son consentement</translation>
    </message>
    <message>
        <source>Consent per purpose</source>
        <translation>Consentement par finalité</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retiré le</translation>
    </message>
    <message>
        <source>Why the person was not kept</source>
        <translation>Pourquoi la personne n&apos;a pas été conservée</translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation>Conserver cette personne</translation>
    </message>
    <message>
        <source>Close without keeping</source>
        <translation>Fermer sans conserver</translation>
    </message>
    <message>
        <source>Not known in this vault (received under an alias)</source>
        <translation>Inconnu dans ce coffre-fort (reçu sous un alias)</translation>
    </message>
    <message>
        <source>Given by (parent, guardian or legal representative)</source>
        <translation>Donné par (parent, tuteur ou représentant légal)</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtenu par</translation>
    </message>
    <message>
        <source>Consent for this person comes from a parent, guardian or legal representative: record who gave it.</source>
        <translation>Le consentement de cette personne est donné par un parent, un tuteur ou un représentant légal : indiquez qui l&apos;a donné.</translation>
    </message>
    <message>
        <source>Consent comes from the person themselves.</source>
        <translation>Le consentement est donné par la personne elle-même.</translation>
    </message>
    <message>
        <source>Write the person&apos;s real name (it stays in this vault).</source>
        <translation>Écrivez le vrai nom de la personne (il reste dans ce coffre-fort).</translation>
    </message>
    <message>
        <source>Give the person an alias: it replaces the real name outside the vault.</source>
        <translation>Donnez un alias à la personne : il remplace le vrai nom hors du coffre-fort.</translation>
    </message>
    <message>
        <source>This person is already listed.</source>
        <translation>Cette personne figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Another person has this alias: choose another.</source>
        <translation>Une autre personne a cet alias : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The alias must differ from the real name.</source>
        <translation>L&apos;alias doit être différent du vrai nom.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>Les dates s&apos;écrivent AAAA-MM-JJ, par exemple 2026-11-29.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add a person to this record and choose their alias</source>
        <translation>Ajouter une personne à cette fiche et choisir son alias</translation>
    </message>
    <message>
        <source>Consent to report</source>
        <translation>Consentement au signalement</translation>
    </message>
    <message>
        <source>Choose the person to see their consent to report.</source>
        <translation>Choisissez la personne pour voir son consentement au signalement.</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose} : {state}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>Consent to report — {states}</source>
        <translation>Consentement au signalement — {states}</translation>
    </message>
</context>
<context>
    <name>ProtectedPdf</name>
    <message>
        <source>Password-protected PD&amp;F (for recipients with only a PDF reader)</source>
        <translation>PD&amp;F protégé par mot de passe (pour les destinataires qui n&apos;ont qu&apos;un lecteur PDF)</translation>
    </message>
    <message>
        <source>A PDF of the records, locked with a long password that npmdesk makes and shows you once. Give the password by phone.</source>
        <translation>Un PDF des fiches, verrouillé par un long mot de passe que npmdesk crée et vous montre une seule fois. Donnez le mot de passe par téléphone.</translation>
    </message>
    <message>
        <source>Save the password-protected PDF</source>
        <translation>Enregistrer le PDF protégé par mot de passe</translation>
    </message>
    <message>
        <source>PDF documents (*{suffix})</source>
        <translation>Documents PDF (*{suffix})</translation>
    </message>
    <message>
        <source>Exported {records} records to {path} ({size}), as a PDF locked with a password (AES-256).</source>
        <translation>{records} fiches exportées dans {path} ({size}), en PDF verrouillé par un mot de passe (AES-256).</translation>
    </message>
    <message>
        <source>Making the password-protected PDF…</source>
        <translation>Création du PDF protégé par mot de passe…</translation>
    </message>
    <message>
        <source>The PDF&apos;s password</source>
        <translation>Le mot de passe du PDF</translation>
    </message>
    <message>
        <source>The PDF opens with this password. Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Le PDF s&apos;ouvre avec ce mot de passe. Donnez-le au destinataire par téléphone, jamais dans le même courriel que le PDF.</translation>
    </message>
    <message>
        <source>It will not be shown again: npmdesk does not keep it.</source>
        <translation>Il ne sera plus affiché : npmdesk ne le conserve pas.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation>Je l&apos;ai &amp;noté</translation>
    </message>
    <message>
        <source>I have noted the password</source>
        <translation>J&apos;ai noté le mot de passe</translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraphe</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation>(aucun rapport)</translation>
    </message>
    <message>
        <source>NPM&apos;s assessment</source>
        <translation>Évaluation du MNP</translation>
    </message>
    <message>
        <source>State reports</source>
        <translation>Selon l&apos;État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>RecommendationsTracker</name>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Colonnes : choisissez-en une pour trier</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Tous les rapports</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Without a report</source>
        <translation>Sans rapport</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) shown.</source>
        <translation>
            <numerusform>%n recommandation affichée.</numerusform>
            <numerusform>%n recommandations affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Non communiquée</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message>
        <source>No priority given</source>
        <translation>Aucune priorité indiquée</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Toutes les autorités</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>Aucune indiquée</translation>
    </message>
</context>
<context>
    <name>RecommendationsTrackerForm</name>
    <message>
        <source>Recommendations tracker</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>Ra&amp;pport :</translation>
    </message>
    <message>
        <source>Show the recommendations of this report</source>
        <translation>Afficher les recommandations de ce rapport</translation>
    </message>
    <message>
        <source>Show the recommendations to this addressee</source>
        <translation>Afficher les recommandations adressées à ce destinataire</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>État de mise en œuvre</translation>
    </message>
    <message>
        <source>Implementation status in words</source>
        <translation>État de mise en œuvre, en mots</translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation>Desti&amp;nataire :</translation>
    </message>
    <message>
        <source>NPM&apos;s assessmen&amp;t:</source>
        <translation>Évalua&amp;tion du MNP :</translation>
    </message>
    <message>
        <source>Show the recommendations the NPM assesses at this status</source>
        <translation>Afficher les recommandations ayant ce statut selon l&apos;évaluation du MNP</translation>
    </message>
    <message>
        <source>State&apos;s stat&amp;us:</source>
        <translation>&amp;Situation selon l&apos;État :</translation>
    </message>
    <message>
        <source>Show the recommendations the State reports at this status</source>
        <translation>Afficher les recommandations ayant ce statut selon l&apos;État</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;iorité :</translation>
    </message>
    <message>
        <source>Show the recommendations of this priority or timeframe</source>
        <translation>Afficher les recommandations de cette priorité ou de ce délai</translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation>Responsa&amp;ble :</translation>
    </message>
    <message>
        <source>Show the recommendations for this responsible authority</source>
        <translation>Afficher les recommandations relevant de cette autorité responsable</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>A new record of the list&apos;s kind</source>
        <translation>Une nouvelle fiche du type de la liste</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the selected record</source>
        <translation>Modifier la fiche sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Answer the selected communication</source>
        <translation>Répondre à la communication sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Donner suite…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add to the selected communication&apos;s thread</source>
        <translation>Ajouter au fil de la communication sélectionnée</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Move the selected record to the bin</source>
        <translation>Mettre la fiche sélectionnée à la corbeille</translation>
    </message>
    <message>
        <source>Re&amp;store from the bin</source>
        <translation>R&amp;estaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Take the selected record out of the bin</source>
        <translation>Sortir la fiche sélectionnée de la corbeille</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Fic&amp;he</translation>
    </message>
    <message>
        <source>New of &amp;kind</source>
        <translation>Nouvelle fiche par &amp;type</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nouvelle fiche</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Modifier la fiche sélectionnée</translation>
    </message>
    <message>
        <source>Reply to the selected communication</source>
        <translation>Répondre à la communication sélectionnée</translation>
    </message>
    <message>
        <source>&amp;New {kind}…</source>
        <translation>&amp;Nouveau : {kind}…</translation>
    </message>
</context>
<context>
    <name>RecordDetailForm</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Sensitivity marking</source>
        <translation>Marquage de sensibilité</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>Versions précédentes de cette fiche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Détails de la fiche</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Texte de la fiche</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Pièces jointes :</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>Jeter ce que vous avez tapé dans ce formulaire ?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Discard the changes and close the form</source>
        <translation>Abandonner les modifications et fermer le formulaire</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Revenir au formulaire</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(a record not in this vault)</source>
        <translation>(une fiche absente de ce coffre-fort)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>État du brouillon</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>Versions précédentes de cette fiche</translation>
    </message>
    <message>
        <source>Record form</source>
        <translation>Formulaire de fiche</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>&amp;Titre * :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Title problem</source>
        <translation>Problème de titre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Problème de date</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status problem</source>
        <translation>Problème de statut</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>&amp;Interlocuteur :</translation>
    </message>
    <message>
        <source>Counterpart (an SPT contact)</source>
        <translation>Interlocuteur (un contact du SPT)</translation>
    </message>
    <message>
        <source>Counterpart problem</source>
        <translation>Problème d&apos;interlocuteur</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Country problem</source>
        <translation>Problème de pays</translation>
    </message>
    <message>
        <source>Due dat&amp;e:</source>
        <translation>Date d&apos;&amp;échéance :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Due date problem</source>
        <translation>Problème de date d&apos;échéance</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity:</source>
        <translation>Sensi&amp;bilité :</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Sensitivity problem</source>
        <translation>Problème de sensibilité</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Contient des données personnelles</translation>
    </message>
    <message>
        <source>&amp;Personal data about people (OPCAT art. 16 and 21)</source>
        <translation>Données &amp;personnelles sur des personnes (OPCAT, art. 16 et 21)</translation>
    </message>
    <message>
        <source>Contains personal data problem</source>
        <translation>Problème de données personnelles</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Co&amp;nsentement :</translation>
    </message>
    <message>
        <source>Consent of the people concerned</source>
        <translation>Consentement des personnes concernées</translation>
    </message>
    <message>
        <source>Consent of the people concerned problem</source>
        <translation>Problème de consentement des personnes concernées</translation>
    </message>
    <message>
        <source>Details of this kind of record</source>
        <translation>Détails de ce type de fiche</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Étiquette&amp;s :</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>Problème d&apos;étiquettes</translation>
    </message>
    <message>
        <source>OPCAT a&amp;rticles:</source>
        <translation>A&amp;rticles de l&apos;OPCAT :</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>Articles de l&apos;OPCAT</translation>
    </message>
    <message>
        <source>OPCAT articles problem</source>
        <translation>Problème d&apos;articles de l&apos;OPCAT</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Texte de la fiche</translation>
    </message>
    <message>
        <source>Text problem</source>
        <translation>Problème de texte</translation>
    </message>
    <message>
        <source>Why the record was not saved</source>
        <translation>Pourquoi la fiche n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>Fermer le formulaire sans enregistrer</translation>
    </message>
    <message>
        <source>“{item}” is not an OPCAT reference: write an article from 1 to 37 with its sub-paragraphs, for example 11(1)(b)(ii) or 19(b).</source>
        <translation>« {item} » n&apos;est pas une référence à l&apos;OPCAT : écrivez un article de 1 à 37 avec ses alinéas, par exemple 11(1)(b)(ii) ou 19(b).</translation>
    </message>
    <message>
        <source>People and consent problem</source>
        <translation>Problème de personnes et consentement</translation>
    </message>
    <message>
        <source>Recorded per person and purpose under People and consent</source>
        <translation>Enregistré par personne et par finalité sous Personnes et consentement</translation>
    </message>
    <message>
        <source>{kind}: details</source>
        <translation>{kind} : détails</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>{field} : problème</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <source>Revie&amp;w on:</source>
        <translation>À réexa&amp;miner le :</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>À réexaminer le</translation>
    </message>
    <message>
        <source>When the record is due for review (retention)</source>
        <translation>Date à laquelle la fiche doit être réexaminée (conservation)</translation>
    </message>
    <message>
        <source>Review on problem</source>
        <translation>Problème de date de réexamen</translation>
    </message>
    <message>
        <source>Precise re&amp;ferences:</source>
        <translation>Ré&amp;férences précises :</translation>
    </message>
    <message>
        <source>Precise OPCAT references</source>
        <translation>Références précises à l&apos;OPCAT</translation>
    </message>
    <message>
        <source>Sub-paragraphs, separated by commas, for example 11(1)(b)(ii), 19(b)</source>
        <translation>Alinéas, séparés par des virgules, par exemple 11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>11(1)(b)(ii), 19(b)</source>
        <translation>11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>&amp;{label} *:</source>
        <translation>&amp;{label} * :</translation>
    </message>
    <message>
        <source>{name} — {role} ({team})</source>
        <translation>{name} — {role} ({team})</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Continuing your unsaved draft</source>
        <translation>Reprise de votre brouillon non enregistré</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nouvelle fiche : {kind}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Non enregistrée : {problem}</translation>
    </message>
    <message>
        <source>Draft kept in the vault at {time}</source>
        <translation>Brouillon conservé dans le coffre-fort à {time}</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Saving… waiting for the import or the attachment being added to finish. Cancel stops waiting; your text stays here.</source>
        <translation>Enregistrement… en attente de la fin de l&apos;importation ou de l&apos;ajout de la pièce jointe. Annuler arrête d&apos;attendre ; votre texte reste ici.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved: you stopped waiting. Your text is still here; save again when the vault is free.</source>
        <translation>Non enregistrée : vous avez cessé d&apos;attendre. Votre texte est toujours là ; enregistrez de nouveau quand le coffre-fort sera libre.</translation>
    </message>
    <message>
        <source>Draft not kept: {problem} Trying again shortly.</source>
        <translation>Brouillon non conservé : {problem} Nouvel essai dans un instant.</translation>
    </message>
    <message>
        <source>Keeping the draft… waiting for the import or the attachment being added to finish</source>
        <translation>Conservation du brouillon… en attente de la fin de l&apos;importation ou de l&apos;ajout de la pièce jointe</translation>
    </message>
    <message>
        <source>Saved. Attaching the files…</source>
        <translation>Enregistrée. Ajout des fichiers en cours…</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Ajout des fichiers</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>Chiffrement des fichiers dans le coffre-fort…</translation>
    </message>
    <message>
        <source>Cancel attaching the files</source>
        <translation>Annuler l&apos;ajout des fichiers</translation>
    </message>
    <message>
        <source>you cancelled attaching them.</source>
        <translation>vous avez annulé leur ajout.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n fichier joint.</numerusform>
            <numerusform>%n fichiers joints.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is saved, but its files are not attached: {problem} Save again to attach them, or Cancel to close without them.</source>
        <translation>La fiche est enregistrée, mais ses fichiers ne sont pas joints : {problem} Enregistrez de nouveau pour les joindre, ou cliquez sur Annuler pour fermer sans eux.</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Saved “{title}”.</source>
        <translation>« {title} » enregistrée.</translation>
    </message>
    <message>
        <source>“{title}” is in the bin (Record → Restore from the bin brings it back).</source>
        <translation>« {title} » est dans la corbeille (Fiche → Restaurer depuis la corbeille la fait revenir).</translation>
    </message>
    <message>
        <source>“{title}” is back from the bin.</source>
        <translation>« {title} » est revenue de la corbeille.</translation>
    </message>
    <message>
        <source>Waiting for the import or the attachment being added to finish…</source>
        <translation>En attente de la fin de l&apos;importation ou de l&apos;ajout de la pièce jointe…</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>RecordRows</name>
    <message>
        <source>Art. {number}</source>
        <translation>Art. {number}</translation>
    </message>
    <message>
        <source>(a record not in this vault)</source>
        <translation>(une fiche absente de ce coffre-fort)</translation>
    </message>
    <message>
        <source>(a contact not in this vault)</source>
        <translation>(un contact absent de ce coffre-fort)</translation>
    </message>
    <message>
        <source>{version}, changed {when} by {who}</source>
        <translation>{version}, modifiée le {when} par {who}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d&apos;échéance</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>Articles de l&apos;OPCAT</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>{real} ({alias})</source>
        <translation>{real} ({alias})</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>lacks capacity</source>
        <translation>sans capacité de consentir</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Aucun consentement enregistré</translation>
    </message>
    <message>
        <source>consent from a parent, guardian or legal representative</source>
        <translation>consentement donné par un parent, un tuteur ou un représentant légal</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose} : {state}</translation>
    </message>
    <message>
        <source>withdrawn {date}</source>
        <translation>retiré le {date}</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>À réexaminer le</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Colonnes : choisissez-en une pour trier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Text actions</source>
        <translation>Actions sur le texte</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code not written down</source>
        <translation>Code de récupération non noté</translation>
    </message>
    <message>
        <source>This recovery code will not be shown again. Without it, a forgotten passphrase means the vault is lost. Close anyway?</source>
        <translation>Ce code de récupération ne sera plus affiché. Sans lui, une phrase secrète oubliée signifie que le coffre-fort est perdu. Fermer quand même ?</translation>
    </message>
    <message>
        <source>npmdesk recovery code</source>
        <translation>Code de récupération npmdesk</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and the vault&apos;s files can open the vault.</source>
        <translation>Conservez cette page en lieu sûr, loin de l&apos;ordinateur. Quiconque la détient avec les fichiers du coffre-fort peut ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>Write down your new recovery code now</source>
        <translation>Notez maintenant votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>This new code replaces the recovery code you wrote down before: once you confirm below, the old code stops working and only this one opens the vault if you forget your passphrase. Write it on paper, or print it, and keep it somewhere safe away from this computer.</source>
        <translation>Ce nouveau code remplace le code de récupération que vous aviez noté : dès que vous confirmez ci-dessous, l&apos;ancien code cesse de fonctionner et seul celui-ci ouvre le coffre-fort si vous oubliez votre phrase secrète. Écrivez-le sur papier, ou imprimez-le, et conservez-le en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>I have &amp;written down the new code</source>
        <translation>J&apos;ai &amp;noté le nouveau code</translation>
    </message>
    <message>
        <source>I have written down the new recovery code</source>
        <translation>J&apos;ai noté le nouveau code de récupération</translation>
    </message>
    <message>
        <source>You have not confirmed that you wrote down the new recovery code. If you close now, the code you wrote down before keeps working, and npmdesk shows a new code at the next unlock. Close anyway?</source>
        <translation>Vous n&apos;avez pas confirmé avoir noté le nouveau code de récupération. Si vous fermez maintenant, le code que vous aviez noté continue de fonctionner, et npmdesk affichera un nouveau code au prochain déverrouillage. Fermer quand même ?</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeForm</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Write down your recovery code now</source>
        <translation>Notez maintenant votre code de récupération</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into the vault. Write it on paper, or print it, and keep it somewhere safe away from this computer. It is shown only this once.</source>
        <translation>Si vous oubliez votre phrase secrète, ce code est le seul moyen d&apos;entrer dans le coffre-fort. Écrivez-le sur papier, ou imprimez-le, et conservez-le en lieu sûr, loin de cet ordinateur. Il n&apos;est affiché que cette fois.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Je l&apos;ai &amp;noté</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>J&apos;ai noté le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimer le code de récupération</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>ReplyMonthsSetting</name>
    <message>
        <source>Reports after a visit</source>
        <translation>Rapports après une visite</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Months after transmission a reply is due</source>
        <translation>Mois entre la transmission et la réponse attendue</translation>
    </message>
    <message>
        <source>Reply due a&amp;fter:</source>
        <translation>Réponse attendue a&amp;près :</translation>
    </message>
    <message>
        <source>When a report&apos;s own reply date is empty, the reply is due this long after the report&apos;s transmission (customarily six months). Kept in the vault.</source>
        <translation>Lorsque la date de réponse d&apos;un rapport est vide, la réponse est attendue ce délai après la transmission du rapport (habituellement six mois). Conservé dans le coffre-fort.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Annuler le rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Mise en page du rapport…</translation>
    </message>
    <message>
        <source>Saved the report to {path}. This PDF is not encrypted: keep it safe and delete it when you no longer need it.</source>
        <translation>Rapport enregistré dans {path}. Ce PDF n&apos;est pas chiffré : conservez-le en sécurité et supprimez-le dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} pages envoyées à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The report was cancelled. Nothing was written.</source>
        <translation>Le rapport a été annulé. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Put into an encrypted pac&amp;kage…</source>
        <translation>Mettre dans un pa&amp;quet chiffré…</translation>
    </message>
    <message>
        <source>Put the report&apos;s PDF into an encrypted, signed package</source>
        <translation>Mettre le PDF du rapport dans un paquet chiffré et signé</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Correspondence log</source>
        <translation>Journal de correspondance</translation>
    </message>
    <message>
        <source>Visit dossier</source>
        <translation>Dossier de visite</translation>
    </message>
    <message>
        <source>Recommendations tracker</source>
        <translation>Suivi des recommandations</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>Visit of the dossier</source>
        <translation>Visite du dossier</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visite :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Mark every page “&amp;Confidential”</source>
        <translation>Marquer chaque page « &amp;Confidentiel »</translation>
    </message>
    <message>
        <source>Mark every page Confidential</source>
        <translation>Marquer chaque page Confidentiel</translation>
    </message>
    <message>
        <source>Limit the period: {what}</source>
        <translation>Limiter la période : {what}</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to &amp;whom</source>
        <translation>Indiquer quand chaque fiche a quitté le coffre-fort, et pour &amp;qui</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to whom</source>
        <translation>Indiquer quand chaque fiche a quitté le coffre-fort, et pour qui</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>The PDF of the {report} will NOT be encrypted.</source>
        <translation>Le PDF du {report} ne sera PAS chiffré.</translation>
    </message>
    <message>
        <source>It leaves the vault: anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>Il quitte le coffre-fort : quiconque peut ouvrir le dossier que vous choisissez, ou qui obtient cet ordinateur ou le disque, peut le lire. npmdesk ne le supprimera pas pour vous plus tard. Enregistrez-le uniquement là où c&apos;est indispensable, et supprimez-le dès que vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted PDF…</source>
        <translation>&amp;Enregistrer un PDF non chiffré…</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF</source>
        <translation>Enregistrer un PDF non chiffré</translation>
    </message>
    <message>
        <source>Cancel: keep the report in the vault</source>
        <translation>Annuler : garder le rapport dans le coffre-fort</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>The {report} will be sent to the printer unencrypted.</source>
        <translation>Le {report} sera envoyé à l&apos;imprimante sans chiffrement.</translation>
    </message>
    <message>
        <source>The print queue, a network printer or a “print to file” may keep a readable copy. Collect the pages at once.</source>
        <translation>La file d&apos;impression, une imprimante réseau ou une « impression dans un fichier » peuvent garder une copie lisible. Récupérez les pages immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Cancel: do not print</source>
        <translation>Annuler : ne pas imprimer</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTracks</name>
    <message>
        <source>Reply received on {date}</source>
        <translation>Réponse reçue le {date}</translation>
    </message>
    <message>
        <source>Reply made (no date recorded)</source>
        <translation>Réponse faite (aucune date enregistrée)</translation>
    </message>
    <message>
        <source>Reply due: not known (no transmission date)</source>
        <translation>Réponse attendue : inconnue (aucune date de transmission)</translation>
    </message>
    <message>
        <source>Reply due by {date}</source>
        <translation>Réponse attendue au plus tard le {date}</translation>
    </message>
    <message>
        <source>(transmission + 1 month)</source>
        <translation>(transmission + 1 mois)</translation>
    </message>
    <message>
        <source>(transmission + {months} months)</source>
        <translation>(transmission + {months} mois)</translation>
    </message>
    <message>
        <source>Overdue: {text}</source>
        <translation>En retard : {text}</translation>
    </message>
    <message>
        <source>Published: {state} can apply to the OPCAT Special Fund (art. 26)</source>
        <translation>Publié : {state} peut présenter une demande au Fonds spécial de l&apos;OPCAT (art. 26)</translation>
    </message>
    <message>
        <source>Special Fund (art. 26): {state} can apply once a report to it is published</source>
        <translation>Fonds spécial (art. 26) : {state} pourra présenter une demande une fois publié un rapport qui lui est adressé</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Reçu le {date}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fonds spécial</translation>
    </message>
</context>
<context>
    <name>ReportTracksPanel</name>
    <message>
        <source>Report to the State</source>
        <translation>Rapport à l&apos;État</translation>
    </message>
    <message>
        <source>Report to the NPM</source>
        <translation>Rapport au MNP</translation>
    </message>
    <message>
        <source>Open the report to the State</source>
        <translation>Ouvrir le rapport à l&apos;État</translation>
    </message>
    <message>
        <source>Open the report to the NPM</source>
        <translation>Ouvrir le rapport au MNP</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fonds spécial</translation>
    </message>
    <message>
        <source>No report recorded yet.</source>
        <translation>Aucun rapport enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Prochaine étape : {step}</translation>
    </message>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>Transmitted on {date}</source>
        <translation>Transmis le {date}</translation>
    </message>
    <message>
        <source>Transmission date not recorded</source>
        <translation>Date de transmission non enregistrée</translation>
    </message>
    <message>
        <source>Publication: {decision}</source>
        <translation>Publication : {decision}</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>non décidée</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Publié le {date}</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapports…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print or save a PDF of the correspondence log, a visit dossier or the recommendations tracker</source>
        <translation>Imprimer ou enregistrer en PDF le journal de correspondance, un dossier de visite ou le suivi des recommandations</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup is restored into a new folder, as a vault of its own. The open vault is not changed.</source>
        <translation>La sauvegarde est restaurée dans un nouveau dossier, comme un coffre-fort à part entière. Le coffre-fort ouvert n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>New folder for the restored vault</source>
        <translation>Nouveau dossier pour le coffre-fort restauré</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Choi&amp;sir…</translation>
    </message>
    <message>
        <source>Choose the new folder</source>
        <translation>Choisir le nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;New folder:</source>
        <translation>&amp;Nouveau dossier :</translation>
    </message>
    <message>
        <source>Problem restoring the backup</source>
        <translation>Problème lors de la restauration de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Open the Restored Vault</source>
        <translation>&amp;Ouvrir le coffre-fort restauré</translation>
    </message>
    <message>
        <source>Lock this vault and open the restored one</source>
        <translation>Verrouiller ce coffre-fort et ouvrir le coffre-fort restauré</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération :</translation>
    </message>
    <message>
        <source>The backup&apos;s recovery code</source>
        <translation>Le code de récupération de la sauvegarde</translation>
    </message>
    <message>
        <source>The recovery code the vault had when the backup was made.</source>
        <translation>Le code de récupération qu&apos;avait le coffre-fort au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>&amp;Utiliser la phrase secrète à la place</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Utiliser la phrase secrète à la place</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>La phrase secrète qu&apos;avait le coffre-fort au moment de la sauvegarde</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>La phrase secrète qu&apos;avait le coffre-fort au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Utiliser le code de récupération à &amp;la place</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Utiliser le code de récupération à la place</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>Sauvegardes npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>Name the new folder for the restored vault</source>
        <translation>Nommer le nouveau dossier du coffre-fort restauré</translation>
    </message>
    <message>
        <source>Restored vault</source>
        <translation>Coffre-fort restauré</translation>
    </message>
    <message>
        <source>Checking the backup, restoring it and checking the restored vault…</source>
        <translation>Vérification de la sauvegarde, restauration, puis vérification du coffre-fort restauré…</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. Open it with the recovery code you typed; npmdesk then asks for a new passphrase and shows a new recovery code. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>La sauvegarde a été restaurée dans {folder} : elle s&apos;ouvre et a réussi les deux vérifications d&apos;intégrité. Ouvrez-la avec le code de récupération que vous avez tapé ; npmdesk vous demande alors une nouvelle phrase secrète et affiche un nouveau code de récupération. Pour l&apos;ouvrir plus tard, lancez npmdesk avec --vault et ce dossier.</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. It opens with the passphrase the vault had when the backup was made. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>La sauvegarde a été restaurée dans {folder} : elle s&apos;ouvre et a réussi les deux vérifications d&apos;intégrité. Elle s&apos;ouvre avec la phrase secrète qu&apos;avait le coffre-fort au moment de la sauvegarde. Pour l&apos;ouvrir plus tard, lancez npmdesk avec --vault et ce dossier.</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>La restauration a été annulée. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search everywhere ({shortcut})</source>
        <translation>Rechercher partout ({shortcut})</translation>
    </message>
    <message>
        <source>Results appear as you type. Escape clears the search. Shortcut: {shortcut}</source>
        <translation>Les résultats s&apos;affichent pendant la saisie. Échap efface la recherche. Raccourci : {shortcut}</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <source>Search filters</source>
        <translation>Filtres de recherche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Datée à partir du</translation>
    </message>
    <message>
        <source>Dated until</source>
        <translation>Datée jusqu&apos;au</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name} :</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <translation>{name} : choix</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
</context>
<context>
    <name>SearchOrder</name>
    <message>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <source>Best match: the records that match best come first, when at most {limit} records match. Recently added: the records added to the vault most recently come first.</source>
        <translation>Meilleure correspondance : les fiches qui correspondent le mieux d&apos;abord, quand {limit} fiches au plus correspondent. Ajoutées récemment : les fiches ajoutées au coffre-fort le plus récemment d&apos;abord.</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Meilleure correspondance</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Ajoutées récemment</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé</translation>
    </message>
</context>
<context>
    <name>SecurityEvent</name>
    <message>
        <source>Unlocked with this device&apos;s keyring</source>
        <translation>Déverrouillé avec le trousseau de clés de cet appareil</translation>
    </message>
    <message>
        <source>Unlocked with the passphrase</source>
        <translation>Déverrouillé avec la phrase secrète</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Coffre-fort créé</translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation>Déverrouillé avec le code de récupération</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>Remembered on this device</source>
        <translation>Mémorisé sur cet appareil</translation>
    </message>
    <message>
        <source>No longer remembered on this device</source>
        <translation>N&apos;est plus mémorisé sur cet appareil</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Code de récupération remplacé</translation>
    </message>
    <message>
        <source>Vault key replaced</source>
        <translation>Clé du coffre-fort remplacée</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message>
        <source>This vault is new: it has not been unlocked before.</source>
        <translation>Ce coffre-fort est nouveau : il n&apos;a encore jamais été déverrouillé.</translation>
    </message>
    <message>
        <source>This is the first time this vault has been unlocked.</source>
        <translation>C&apos;est la première fois que ce coffre-fort est déverrouillé.</translation>
    </message>
    <message>
        <source>Last unlock before this session: {when} — {what}.</source>
        <translation>Dernier déverrouillage avant cette session : {when} — {what}.</translation>
    </message>
</context>
<context>
    <name>SendMail</name>
    <message>
        <source>Se&amp;nd by Email…</source>
        <translation>Envoyer par co&amp;urriel…</translation>
    </message>
    <message>
        <source>Send by Email</source>
        <translation>Envoyer par courriel</translation>
    </message>
    <message>
        <source>npmdesk writes a mail draft that carries {file}, encrypted, and opens it in your mail program.</source>
        <translation>npmdesk rédige un brouillon de courriel qui porte {file}, chiffré, et l&apos;ouvre dans votre messagerie.</translation>
    </message>
    <message>
        <source>Recipients&apos; email addresses</source>
        <translation>Adresses électroniques des destinataires</translation>
    </message>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation>nom@example.org, autre@example.org</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>Language of the cover note</source>
        <translation>Langue du message d&apos;accompagnement</translation>
    </message>
    <message>
        <source>Cover note in &amp;language:</source>
        <translation>&amp;Langue du message d&apos;accompagnement :</translation>
    </message>
    <message>
        <source>Problem with the addresses</source>
        <translation>Problème avec les adresses</translation>
    </message>
    <message>
        <source>The cover note travels in clear: it says what the file is and how to open it, nothing confidential. The file itself stays encrypted.</source>
        <translation>Le message d&apos;accompagnement voyage en clair : il dit ce qu&apos;est le fichier et comment l&apos;ouvrir, rien de confidentiel. Le fichier lui-même reste chiffré.</translation>
    </message>
    <message>
        <source>&amp;Save the Draft and Open It…</source>
        <translation>&amp;Enregistrer le brouillon et l&apos;ouvrir…</translation>
    </message>
    <message>
        <source>Save the draft and open it</source>
        <translation>Enregistrer le brouillon et l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the mail draft</source>
        <translation>Enregistrer le brouillon de courriel</translation>
    </message>
    <message>
        <source>Mail drafts (*{suffix})</source>
        <translation>Brouillons de courriel (*{suffix})</translation>
    </message>
    <message>
        <source>The mail draft is saved as {path} and opens in your mail program: check it and send it. Its cover note travels in clear; it says nothing confidential.</source>
        <translation>Le brouillon est enregistré sous {path} et s&apos;ouvre dans votre messagerie : vérifiez-le et envoyez-le. Son message d&apos;accompagnement voyage en clair ; il ne dit rien de confidentiel.</translation>
    </message>
    <message>
        <source>Writing the mail draft…</source>
        <translation>Rédaction du brouillon de courriel…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Emergency erase</source>
        <translation>Effacement d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one to a contact to choose it here.</source>
        <translation>Aucun contact n&apos;a encore de destinataire age. Ajoutez-en un à un contact pour pouvoir le choisir ici.</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Pourquoi les paramètres n&apos;ont pas été enregistrés</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Pas encore choisi</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it).</source>
        <translation>Choisissez votre État dans la liste (tapez une partie de son nom pour le trouver).</translation>
    </message>
    <message>
        <source>npmdesk speaks this language as soon as you save. Open record forms close and keep their drafts.</source>
        <translation>npmdesk parle cette langue dès que vous enregistrez. Les formulaires de fiche ouverts se ferment et gardent leurs brouillons.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Colours of npmdesk</source>
        <translation>Couleurs de npmdesk</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Verrouillage et presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Verrouiller après cette durée d&apos;inactivité :</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Minutes d&apos;inactivité avant le verrouillage du coffre-fort</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation>&amp;Effacer le texte copié après :</translation>
    </message>
    <message>
        <source>Seconds before copied record text is cleared from the clipboard</source>
        <translation>Secondes avant que le texte copié d&apos;une fiche soit effacé du presse-papiers</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The vault also locks when you lock the screen or the computer goes to sleep.</source>
        <translation>Le coffre-fort se verrouille aussi quand vous verrouillez l&apos;écran ou que l&apos;ordinateur se met en veille.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Language of npmdesk</source>
        <translation>Langue de npmdesk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start npmdesk.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de npmdesk.</translation>
    </message>
    <message>
        <source>Default export recipients</source>
        <translation>Destinataires d&apos;exportation par défaut</translation>
    </message>
    <message>
        <source>Contacts chosen &amp;here are ticked when you export. Only contacts with an age recipient are listed.</source>
        <translation>Les contacts choisis &amp;ici sont cochés lorsque vous exportez. Seuls les contacts ayant un destinataire age sont listés.</translation>
    </message>
    <message>
        <source>Contacts to export to by default</source>
        <translation>Contacts vers lesquels exporter par défaut</translation>
    </message>
    <message>
        <source>Your NPM</source>
        <translation>Votre MNP</translation>
    </message>
    <message>
        <source>S&amp;tate party:</source>
        <translation>É&amp;tat partie :</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>État partie de votre MNP</translation>
    </message>
    <message>
        <source>New visits, reports, recommendations and places start with this country. It is kept in the vault, for everyone who opens it.</source>
        <translation>Ce pays est prérempli pour les nouvelles visites, rapports, recommandations et lieux. Il est conservé dans le coffre-fort, pour toute personne qui l&apos;ouvre.</translation>
    </message>
</context>
<context>
    <name>SettingsNotSaved</name>
    <message>
        <source>npmdesk could not save its settings in {path} (is the disk full or read-only?), so they last only until npmdesk closes: free some space, then save them again.</source>
        <translation>npmdesk n&apos;a pas pu enregistrer ses paramètres dans {path} (le disque est-il plein ou en lecture seule ?) : ils ne dureront que jusqu&apos;à la fermeture de npmdesk. Libérez de l&apos;espace, puis enregistrez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Chart of implementation status</source>
        <translation>Graphique de l&apos;état de mise en œuvre</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status} : {count}</translation>
    </message>
    <message>
        <source>NPM</source>
        <translation>MNP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>NPM&apos;s assessment: {npm}; State&apos;s reports: {state}</source>
        <translation>Évaluation du MNP : {npm} ; selon l&apos;État : {state}</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Deadline of the annual report</source>
        <translation>Échéance du rapport annuel</translation>
    </message>
    <message>
        <source>Steps of the annual report</source>
        <translation>Étapes du rapport annuel</translation>
    </message>
    <message>
        <source>Steps of this annual report</source>
        <translation>Étapes de ce rapport annuel</translation>
    </message>
    <message>
        <source>Deadline: none yet — set the year or the national deadline</source>
        <translation>Échéance : aucune pour l&apos;instant — indiquez l&apos;année ou l&apos;échéance nationale</translation>
    </message>
    <message>
        <source>Deadline: about {date} — set the national deadline</source>
        <translation>Échéance : vers le {date} — indiquez l&apos;échéance nationale</translation>
    </message>
    <message>
        <source>Deadline: {date} (national deadline)</source>
        <translation>Échéance : {date} (échéance nationale)</translation>
    </message>
    <message>
        <source>Published nationally</source>
        <translation>Publié au niveau national</translation>
    </message>
    <message>
        <source>Tabled in parliament</source>
        <translation>Déposé au parlement</translation>
    </message>
    <message>
        <source>Sent to the SPT</source>
        <translation>Envoyé au SPT</translation>
    </message>
    <message>
        <source>Acknowledged by the SPT</source>
        <translation>Réception accusée par le SPT</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site</source>
        <translation>Publié sur le site du HCDH</translation>
    </message>
    <message>
        <source>{step}: pending</source>
        <translation>{step} : en attente</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>date non enregistrée</translation>
    </message>
    <message>
        <source>{step}: done, {date}</source>
        <translation>{step} : fait, le {date}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>A team folder is a folder that a sync tool (Syncthing, a shared folder, a USB stick) keeps the same on each of your NPM&apos;s laptops. npmdesk writes only encrypted, signed files there.</source>
        <translation>Un dossier d&apos;équipe est un dossier qu&apos;un outil de synchronisation (Syncthing, un dossier partagé, une clé USB) garde identique sur chaque ordinateur portable de votre MNP. npmdesk n&apos;y écrit que des fichiers chiffrés et signés.</translation>
    </message>
    <message>
        <source>Close the Team dialog</source>
        <translation>Fermer la fenêtre Équipe</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>The team folder</source>
        <translation>Le dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Choisir le &amp;dossier…</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Choisir le dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>Why the team folder was not changed</source>
        <translation>Pourquoi le dossier d&apos;équipe n&apos;a pas été changé</translation>
    </message>
    <message>
        <source>Member devices</source>
        <translation>Appareils membres</translation>
    </message>
    <message>
        <source>&amp;Member devices (the NPM&apos;s own laptops that receive this vault&apos;s changes):</source>
        <translation>Appareils &amp;membres (les ordinateurs portables du MNP qui reçoivent les modifications de ce coffre-fort) :</translation>
    </message>
    <message>
        <source>About the member devices</source>
        <translation>À propos des appareils membres</translation>
    </message>
    <message>
        <source>&amp;Add Device…</source>
        <translation>&amp;Ajouter un appareil…</translation>
    </message>
    <message>
        <source>Add a member device</source>
        <translation>Ajouter un appareil membre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the chosen member device</source>
        <translation>Retirer l&apos;appareil membre choisi</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync with the team folder now</source>
        <translation>Synchroniser maintenant avec le dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Ce qu&apos;a fait la dernière synchronisation</translation>
    </message>
    <message>
        <source>No team folder chosen yet.</source>
        <translation>Aucun dossier d&apos;équipe n&apos;est encore choisi.</translation>
    </message>
    <message>
        <source>{folder} — not there now (is the disk or the share connected?)</source>
        <translation>{folder} — absent pour l&apos;instant (le disque ou le partage est-il connecté ?)</translation>
    </message>
    <message>
        <source>Choose the Team Folder</source>
        <translation>Choisir le dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>No device can join yet: a member device is a verified contact marked as one of your NPM&apos;s own devices. On the colleague&apos;s laptop choose File → Share My Keys…; here, add its card with File → Add Contact from Card…, compare the fingerprint with the colleague by phone (Verify keys… on the contact), then tick “One of our NPM&apos;s own devices” in the contact&apos;s form.</source>
        <translation>Aucun appareil ne peut encore rejoindre l&apos;équipe : un appareil membre est un contact vérifié marqué comme appareil de votre MNP. Sur l&apos;ordinateur portable du collègue, choisissez Fichier → Partager mes clés… ; ici, ajoutez sa carte avec Fichier → Ajouter un contact depuis sa carte…, comparez l&apos;empreinte avec le collègue par téléphone (Vérifier les clés… sur le contact), puis cochez « Appareil de notre MNP » dans la fiche du contact.</translation>
    </message>
    <message>
        <source>{name} is now a member device: the next sync makes a snapshot of this vault for it.</source>
        <translation>{name} est maintenant un appareil membre : la prochaine synchronisation crée pour lui un instantané de ce coffre-fort.</translation>
    </message>
    <message>
        <source>&amp;Remove from the Team</source>
        <translation>&amp;Retirer de l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove the device from the team</source>
        <translation>Retirer l&apos;appareil de l&apos;équipe</translation>
    </message>
    <message>
        <source>Remove {name} from the team?</source>
        <translation>Retirer {name} de l&apos;équipe ?</translation>
    </message>
    <message>
        <source>Remove this device from the team?</source>
        <translation>Retirer cet appareil de l&apos;équipe ?</translation>
    </message>
    <message>
        <source>Remove a Member Device</source>
        <translation>Retirer un appareil membre</translation>
    </message>
    <message>
        <source>New changes are no longer sent to it. What it already received stays with it: npmdesk cannot take back what a device holds.</source>
        <translation>Les nouvelles modifications ne lui sont plus envoyées. Ce qu&apos;il a déjà reçu lui reste : npmdesk ne peut pas reprendre ce qu&apos;un appareil détient.</translation>
    </message>
    <message>
        <source>Keep the device in the team</source>
        <translation>Garder l&apos;appareil dans l&apos;équipe</translation>
    </message>
    <message>
        <source>Syncing with the team folder…</source>
        <translation>Synchronisation avec le dossier d&apos;équipe…</translation>
    </message>
    <message>
        <source>The sync was stopped. Nothing was half-applied.</source>
        <translation>La synchronisation a été arrêtée. Rien n&apos;a été appliqué à moitié.</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(un contact supprimé)</translation>
    </message>
    <message>
        <source>no keys usable: it is no longer a verified own device with keys</source>
        <translation>aucune clé utilisable : ce n&apos;est plus un appareil du MNP vérifié avec des clés</translation>
    </message>
    <message>
        <source>a file was set aside: {why}</source>
        <translation>un fichier a été mis de côté : {why}</translation>
    </message>
    <message>
        <source>waiting for its first snapshot</source>
        <translation>en attente de son premier instantané</translation>
    </message>
    <message>
        <source>waiting for changeset {number}</source>
        <translation>en attente du lot de modifications {number}</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>its snapshot</source>
        <translation>son instantané</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <source>up to {number}</source>
        <translation>jusqu&apos;à {number}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changeset(s) from the other devices.</source>
        <translation>
            <numerusform>%n lot de modifications des autres appareils appliqué.</numerusform>
            <numerusform>%n lots de modifications des autres appareils appliqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent this device&apos;s changes as changeset {number}.</source>
        <translation>Modifications de cet appareil envoyées dans le lot {number}.</translation>
    </message>
    <message numerus="yes">
        <source>Made a snapshot of this vault for %n new member device(s).</source>
        <translation>
            <numerusform>Instantané de ce coffre-fort créé pour %n nouvel appareil membre.</numerusform>
            <numerusform>Instantanés de ce coffre-fort créés pour %n nouveaux appareils membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: see “Edited on both sides”.</source>
        <translation>
            <numerusform>%n fiche a été modifiée des deux côtés : voir « Modifiée des deux côtés ».</numerusform>
            <numerusform>%n fiches ont été modifiées des deux côtés : voir « Modifiée des deux côtés ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were set aside: see the table.</source>
        <translation>
            <numerusform>%n fichier a été mis de côté : voir le tableau.</numerusform>
            <numerusform>%n fichiers ont été mis de côté : voir le tableau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) wait for a changeset that is not in the folder yet.</source>
        <translation>
            <numerusform>%n appareil attend un lot de modifications qui n&apos;est pas encore dans le dossier.</numerusform>
            <numerusform>%n appareils attendent un lot de modifications qui n&apos;est pas encore dans le dossier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member device(s) left out: no keys usable.</source>
        <translation>
            <numerusform>%n appareil membre laissé de côté : aucune clé utilisable.</numerusform>
            <numerusform>%n appareils membres laissés de côté : aucune clé utilisable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n subfolder(s) of devices that are not members.</source>
        <translation>
            <numerusform>%n sous-dossier d&apos;un appareil non membre ignoré.</numerusform>
            <numerusform>%n sous-dossiers d&apos;appareils non membres ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: up to date with %n device(s).</source>
        <translation>
            <numerusform>Rien de nouveau : à jour avec %n appareil.</numerusform>
            <numerusform>Rien de nouveau : à jour avec %n appareils.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No team folder chosen yet; %n member device(s).</source>
        <translation>
            <numerusform>Aucun dossier d&apos;équipe choisi pour l&apos;instant ; %n appareil membre.</numerusform>
            <numerusform>Aucun dossier d&apos;équipe choisi pour l&apos;instant ; %n appareils membres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder {folder}; %n member device(s).</source>
        <translation>
            <numerusform>Dossier {folder} ; %n appareil membre.</numerusform>
            <numerusform>Dossier {folder} ; %n appareils membres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>&amp;Team…</source>
        <translation>É&amp;quipe…</translation>
    </message>
    <message>
        <source>The team folder, the member devices and how far each one is; sync now</source>
        <translation>Le dossier d&apos;équipe, les appareils membres et où en est chacun ; synchroniser maintenant</translation>
    </message>
</context>
<context>
    <name>TeamSettingsGroup</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>The team folder and the member devices</source>
        <translation>Le dossier d&apos;équipe et les appareils membres</translation>
    </message>
    <message>
        <source>Te&amp;am…</source>
        <translation>É&amp;quipe…</translation>
    </message>
    <message>
        <source>Open the Team dialog</source>
        <translation>Ouvrir la fenêtre Équipe</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <source>the team folder is missing ({path})</source>
        <translation>le dossier d&apos;équipe est introuvable ({path})</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) can no longer be reached by changesets (keys)</source>
        <translation>
            <numerusform>%n appareil ne peut plus recevoir de lots de modifications (clés)</numerusform>
            <numerusform>%n appareils ne peuvent plus recevoir de lots de modifications (clés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to date with %n device(s)</source>
        <translation>
            <numerusform>à jour avec %n appareil</numerusform>
            <numerusform>à jour avec %n appareils</numerusform>
        </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <source>the last sync failed ({reason})</source>
        <translation>la dernière synchronisation a échoué ({reason})</translation>
    </message>
    <message>
        <source>{device} is left out: it is no longer a verified own device with keys</source>
        <translation>{device} est laissé de côté : ce n&apos;est plus un appareil vérifié de votre MNP avec ses clés</translation>
    </message>
    <message>
        <source>a file from {device} was set aside ({reason})</source>
        <translation>un fichier de {device} a été mis de côté ({reason})</translation>
    </message>
    <message>
        <source>waiting for the first snapshot from {device}</source>
        <translation>en attente du premier instantané de {device}</translation>
    </message>
    <message>
        <source>waiting for changeset {number} from {device}</source>
        <translation>en attente du lot de modifications {number} de {device}</translation>
    </message>
    <message>
        <source>{device}: up to date</source>
        <translation>{device} : à jour</translation>
    </message>
    <message>
        <source>Team: {state}</source>
        <translation>Équipe : {state}</translation>
    </message>
    <message>
        <source>Click, or press Space, to open the team settings.</source>
        <translation>Cliquez, ou appuyez sur Espace, pour ouvrir les réglages de l&apos;équipe.</translation>
    </message>
    <message>
        <source>Team status</source>
        <translation>État de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Messages of this thread, oldest first</source>
        <translation>Messages de ce fil, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>Répondre à ce message</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Donner suite</translation>
    </message>
    <message>
        <source>Follow up on this message</source>
        <translation>Donner suite à ce message</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Thread: %n message(s)</source>
        <translation>
            <numerusform>&amp;Fil : %n message</numerusform>
            <numerusform>&amp;Fil : %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} (this message)</source>
        <translation>{message} (ce message)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vault: {folder}</source>
        <translation>Coffre-fort : {folder}</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>Utiliser la phrase secrète à la &amp;place</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Utiliser la phrase secrète à la place</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Utiliser le &amp;code de récupération à la place</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Utiliser le code de récupération à la place</translation>
    </message>
    <message>
        <source>Opening the vault with this device&apos;s keyring…</source>
        <translation>Ouverture du coffre-fort avec le trousseau de clés de cet appareil…</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Vérification du code de récupération…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Unlocking. This takes about a second…</source>
        <translation>Déverrouillage. Cela prend environ une seconde…</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Restaurer une sauvegarde dans un nouveau dossier</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Unlock npmdesk</source>
        <translation>Déverrouiller npmdesk</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>Le coffre-fort est verrouillé</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problème de phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Code de &amp;récupération :</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>Problème de code de récupération</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Utiliser le &amp;code de récupération à la place</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Utiliser le code de récupération à la place</translation>
    </message>
    <message>
        <source>Problem unlocking the vault</source>
        <translation>Problème lors du déverrouillage du coffre-fort</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down: eight groups of four letters and digits. Dashes, spaces and capitals do not matter. A recovery code opens the vault only once: you then choose a new passphrase and get a new recovery code to write down, and the code you type here stops working.</source>
        <translation>Tapez le code de récupération que vous avez noté : huit groupes de quatre lettres et chiffres. Les tirets, les espaces et les majuscules n&apos;ont pas d&apos;importance. Un code de récupération n&apos;ouvre le coffre-fort qu&apos;une fois : vous choisissez ensuite une nouvelle phrase secrète et recevez un nouveau code de récupération à noter, et le code que vous tapez ici cesse de fonctionner.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>npmdesk User Guide</source>
        <translation>Guide de l&apos;utilisateur de npmdesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Avancer</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Page d&apos;a&amp;ccueil</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Page d&apos;accueil</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>Cette page n&apos;est pas encore traduite : elle est affichée en anglais.</translation>
    </message>
    <message>
        <source>A link outside the guide</source>
        <translation>Un lien hors du guide</translation>
    </message>
    <message>
        <source>npmdesk does not open web pages or other programs. To read this page, copy its address into a web browser:</source>
        <translation>npmdesk n&apos;ouvre ni pages web ni autres programmes. Pour lire cette page, copiez son adresse dans un navigateur web :</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Va&amp;ult</source>
        <translation>Coffr&amp;e-fort</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Set a new passphrase after typing the current one (or the recovery code)</source>
        <translation>Définir une nouvelle phrase secrète après avoir tapé l&apos;actuelle (ou le code de récupération)</translation>
    </message>
    <message>
        <source>&amp;Check Integrity…</source>
        <translation>&amp;Vérifier l&apos;intégrité…</translation>
    </message>
    <message>
        <source>Check that every page of the vault is intact</source>
        <translation>Vérifier que chaque page du coffre-fort est intacte</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder; this vault is not changed</source>
        <translation>Restaurer une sauvegarde dans un nouveau dossier ; ce coffre-fort n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>La phrase secrète a été changée. L&apos;ancienne n&apos;ouvre plus le coffre-fort.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>The recovery code you used still works: npmdesk offers a new one at the next unlock.</source>
        <translation>Le code de récupération que vous avez utilisé fonctionne encore : npmdesk en proposera un nouveau au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works; the new one you wrote down does.</source>
        <translation>Le code de récupération que vous avez utilisé ne fonctionne plus ; c&apos;est désormais le nouveau code que vous avez noté qui fonctionne.</translation>
    </message>
</context>
<context>
    <name>VerifyKeysDialog</name>
    <message>
        <source>Verify Keys</source>
        <translation>Vérifier les clés</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>Empreinte à comparer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>The fingerprints &amp;match</source>
        <translation>Les empreintes &amp;correspondent</translation>
    </message>
    <message>
        <source>The fingerprints match: mark the keys as verified</source>
        <translation>Les empreintes correspondent : marquer les clés comme vérifiées</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>Elles &amp;diffèrent</translation>
    </message>
    <message>
        <source>The fingerprints differ: do not trust these keys</source>
        <translation>Les empreintes diffèrent : ne pas faire confiance à ces clés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{name} has no valid signing key in this vault, so there is nothing to verify. Add their keys from their contact card first.</source>
        <translation>{name} n&apos;a pas de clé de signature valide dans ce coffre-fort : il n&apos;y a donc rien à vérifier. Ajoutez d&apos;abord ses clés depuis sa carte de contact.</translation>
    </message>
    <message>
        <source>Call {name} on a number you already know (not one given with the keys). Ask them to open File → Share My Keys… in their npmdesk and read their fingerprint aloud. Compare it with this one, group by group:</source>
        <translation>Appelez {name} à un numéro que vous connaissez déjà (pas un numéro donné avec les clés). Demandez-lui d&apos;ouvrir Fichier → Partager mes clés… dans son npmdesk et de lire son empreinte à voix haute. Comparez-la avec celle-ci, groupe par groupe :</translation>
    </message>
    <message>
        <source>{name}&apos;s keys are now marked as verified. Packages they sign will show as coming from a verified contact.</source>
        <translation>Les clés de {name} sont maintenant marquées comme vérifiées. Les paquets qu&apos;il ou elle signe apparaîtront comme provenant d&apos;un contact vérifié.</translation>
    </message>
    <message>
        <source>Do not trust these keys: someone may have replaced them. Do not import packages signed with them and do not export for them. Ask {name} for their contact card again through another channel (in person, for example) and replace the keys on the contact.</source>
        <translation>Ne faites pas confiance à ces clés : quelqu&apos;un les a peut-être remplacées. N&apos;importez pas de paquets signés avec elles et n&apos;exportez pas pour elles. Redemandez à {name} sa carte de contact par un autre canal (en personne, par exemple) et remplacez les clés du contact.</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Preparation</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Pendant la visite</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase en cours</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Concern raised</source>
        <translation>Préoccupation signalée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>N&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>waiting for the SPT&apos;s report</source>
        <translation>en attente du rapport du SPT</translation>
    </message>
    <message>
        <source>the State&apos;s reply to the SPT</source>
        <translation>la réponse de l&apos;État au SPT</translation>
    </message>
    <message>
        <source>the NPM&apos;s reply to the SPT</source>
        <translation>la réponse du MNP au SPT</translation>
    </message>
    <message>
        <source>urge the State to request publication (art. 16(2))</source>
        <translation>engager l&apos;État à demander la publication (art. 16(2))</translation>
    </message>
    <message>
        <source>publication by the SPT (the State requested it)</source>
        <translation>publication par le SPT (l&apos;État l&apos;a demandée)</translation>
    </message>
    <message>
        <source>the NPM decides whether to publish it</source>
        <translation>le MNP décide s&apos;il le publie</translation>
    </message>
    <message>
        <source>publish it (the NPM decided to)</source>
        <translation>le publier (le MNP l&apos;a décidé)</translation>
    </message>
    <message>
        <source>nothing: this track is complete</source>
        <translation>rien : ce suivi est terminé</translation>
    </message>
</context>
<context>
    <name>VisitWorkspace</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Counterpart: {name}</source>
        <translation>Interlocuteur : {name}</translation>
    </message>
    <message>
        <source>Visit workspace: {title}</source>
        <translation>Espace de travail de la visite : {title}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>Du {start} au {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir du {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>jusqu&apos;au {end}</translation>
    </message>
    <message>
        <source>dates not known</source>
        <translation>dates inconnues</translation>
    </message>
    <message>
        <source>{phase}: {span}, {state}</source>
        <translation>{phase} : {span}, {state}</translation>
    </message>
    <message>
        <source>{phase} — {span} · {state}</source>
        <translation>{phase} — {span} · {state}</translation>
    </message>
    <message>
        <source>Other linked records</source>
        <translation>Autres fiches liées</translation>
    </message>
    <message>
        <source>{state} (ticked)</source>
        <translation>{state} (coché)</translation>
    </message>
    <message numerus="yes">
        <source>{item}: {state}, %n record(s)</source>
        <translation>
            <numerusform>{item} : {state}, %n fiche</numerusform>
            <numerusform>{item} : {state}, %n fiches</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind} : {title}</translation>
    </message>
    <message>
        <source>No recommendations recorded from this visit&apos;s reports.</source>
        <translation>Aucune recommandation enregistrée à partir des rapports de cette visite.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) from this visit&apos;s reports — {parts}</source>
        <translation>
            <numerusform>%n recommandation issue des rapports de cette visite — {parts}</numerusform>
            <numerusform>%n recommandations issues des rapports de cette visite — {parts}</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing is overdue while the visit is on hold</source>
        <translation>rien n&apos;est en retard tant que la visite est suspendue</translation>
    </message>
    <message>
        <source>{item} (optional)</source>
        <translation>{item} (facultatif)</translation>
    </message>
</context>
<context>
    <name>VisitWorkspaceForm</name>
    <message>
        <source>Visit workspace</source>
        <translation>Espace de travail de la visite</translation>
    </message>
    <message>
        <source>Show the visit&apos;s own record</source>
        <translation>Afficher la fiche propre à la visite</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Country, dates and status of the visit</source>
        <translation>Pays, dates et statut de la visite</translation>
    </message>
    <message>
        <source>&amp;Checklist and records (Enter or a click opens a record):</source>
        <translation>Liste de &amp;contrôle et fiches (Entrée ou un clic ouvre une fiche) :</translation>
    </message>
    <message>
        <source>Phases of the visit, their checklist and records</source>
        <translation>Phases de la visite, leur liste de contrôle et leurs fiches</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State or date</source>
        <translation>État ou date</translation>
    </message>
    <message>
        <source>Recommendations of this visit</source>
        <translation>Recommandations de cette visite</translation>
    </message>
    <message>
        <source>Visit recor&amp;d…</source>
        <translation>Fiche de la &amp;visite…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message numerus="yes">
        <source>Search: %n result(s)</source>
        <translation>
            <numerusform>Recherche : %n résultat</numerusform>
            <numerusform>Recherche : %n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: the best %n results</source>
        <translation>
            <numerusform>Recherche : les %n meilleurs résultats</numerusform>
            <numerusform>Recherche : les %n meilleurs résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: more than {limit} results, the most recently added first. Add words to rank them by best match.</source>
        <translation>Recherche : plus de {limit} résultats, les plus récemment ajoutés d&apos;abord. Ajoutez des mots pour les classer par pertinence.</translation>
    </message>
    <message numerus="yes">
        <source>Search: the %n most recently added results</source>
        <translation>
            <numerusform>Recherche : le %n résultat le plus récemment ajouté</numerusform>
            <numerusform>Recherche : les %n résultats les plus récemment ajoutés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s : erreur : %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires : %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide : %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d&apos;ouvrir &apos;%(filename)s&apos; : %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
    <message>
        <source>Unexpected internal error ({name}). Please report it; run with NPMDESK_DEBUG=1 for details.</source>
        <translation>Erreur interne inattendue ({name}). Merci de la signaler ; lancez avec NPMDESK_DEBUG=1 pour les détails.</translation>
    </message>
    <message>
        <source>Wrote the backup to {path} ({size}) and verified it: it restores with this vault&apos;s passphrase or recovery code.</source>
        <translation>Sauvegarde écrite dans {path} ({size}) et vérifiée : elle se restaure avec la phrase secrète ou le code de récupération de ce coffre-fort.</translation>
    </message>
    <message>
        <source>Keep it away from this computer (an emergency erase does not touch backups).</source>
        <translation>Gardez-la loin de cet ordinateur (un effacement d&apos;urgence ne touche pas aux sauvegardes).</translation>
    </message>
    <message>
        <source>Restored the backup into {path}: it opens and passed both integrity checks.</source>
        <translation>Sauvegarde restaurée dans {path} : il s&apos;ouvre et a passé les deux contrôles d&apos;intégrité.</translation>
    </message>
    <message>
        <source>It opens with the passphrase the vault had when the backup was made.</source>
        <translation>Il s&apos;ouvre avec la phrase secrète qu&apos;avait le coffre-fort lors de la sauvegarde.</translation>
    </message>
    <message>
        <source>To set a new one: npmdesk passwd --vault {path} --recovery-code-file FILE</source>
        <translation>Pour en définir une nouvelle : npmdesk passwd --vault {path} --recovery-code-file FICHIER</translation>
    </message>
    <message>
        <source>The vault at {path} is erased: its keys were destroyed first, then its files.</source>
        <translation>Le coffre-fort à {path} est effacé : ses clés ont été détruites d&apos;abord, puis ses fichiers.</translation>
    </message>
    <message>
        <source>The folder itself was kept: it holds files that are not part of the vault.</source>
        <translation>Le dossier lui-même a été conservé : il contient des fichiers qui ne font pas partie du coffre-fort.</translation>
    </message>
    <message>
        <source>Backups are not affected: destroy them separately if they must go too.</source>
        <translation>Les sauvegardes ne sont pas touchées : détruisez-les séparément si elles doivent disparaître aussi.</translation>
    </message>
    <message>
        <source>These records need your confirmation before they leave the vault:</source>
        <translation>Ces fiches demandent votre confirmation avant de quitter le coffre-fort :</translation>
    </message>
    <message>
        <source>left out whatever is confirmed: {id}  {title}</source>
        <translation>laissée de côté quoi qu&apos;on confirme : {id}  {title}</translation>
    </message>
    <message>
        <source>Run the command again with --confirm-sensitive to export them.</source>
        <translation>Relancez la commande avec --confirm-sensitive pour les exporter.</translation>
    </message>
    <message>
        <source>Wrote the draft to {path}, for {recipients}.</source>
        <translation>Brouillon écrit dans {path}, pour {recipients}.</translation>
    </message>
    <message>
        <source>Its cover note travels in clear: it says what the file is and how to open it, nothing confidential. Open the draft in your mail program (Thunderbird and Outlook open it as a draft), check it and send it.</source>
        <translation>Sa note d&apos;accompagnement circule en clair : elle dit ce qu&apos;est le fichier et comment l&apos;ouvrir, rien de confidentiel. Ouvrez le brouillon dans votre messagerie (Thunderbird et Outlook l&apos;ouvrent comme brouillon), vérifiez-le et envoyez-le.</translation>
    </message>
    <message>
        <source>Give the PDF&apos;s password by phone, never in the same email.</source>
        <translation>Donnez le mot de passe du PDF par téléphone, jamais dans le même courriel.</translation>
    </message>
    <message>
        <source>The PDF&apos;s password (shown only now: npmdesk does not keep it):</source>
        <translation>Le mot de passe du PDF (affiché maintenant seulement : npmdesk ne le garde pas) :</translation>
    </message>
    <message>
        <source>Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Donnez-le au destinataire par téléphone, jamais dans le même courriel que le PDF.</translation>
    </message>
    <message>
        <source>Give the password to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Donnez le mot de passe au destinataire par téléphone, jamais dans le même courriel que le PDF.</translation>
    </message>
    <message>
        <source>Wrote the correspondence log to {path} ({size} KB).</source>
        <translation>Journal de correspondance écrit dans {path} ({size} Ko).</translation>
    </message>
    <message>
        <source>Wrote the visit dossier to {path} ({size} KB).</source>
        <translation>Dossier de visite écrit dans {path} ({size} Ko).</translation>
    </message>
    <message>
        <source>Wrote the recommendations tracker to {path} ({size} KB).</source>
        <translation>Suivi des recommandations écrit dans {path} ({size} Ko).</translation>
    </message>
    <message>
        <source>This PDF is not encrypted: keep it safe, and delete it when you no longer need it.</source>
        <translation>Ce PDF n&apos;est pas chiffré : gardez-le en lieu sûr et supprimez-le quand vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <source>npmdesk: warning: {text}</source>
        <translation>npmdesk : avertissement : {text}</translation>
    </message>
    <message>
        <source>It is shown only this once. Write it down and keep it apart from this computer:</source>
        <translation>Il n&apos;est affiché que cette fois. Notez-le et gardez-le loin de cet ordinateur :</translation>
    </message>
    <message>
        <source>With it you can open the vault and set a new passphrase if you forget yours.</source>
        <translation>Avec lui, vous pouvez ouvrir le coffre-fort et définir une nouvelle phrase secrète si vous oubliez la vôtre.</translation>
    </message>
    <message>
        <source>Created the vault at {path}.

Recovery code:</source>
        <translation>Coffre-fort créé à {path}.

Code de récupération :</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is that of {country} ({code}).</source>
        <translation>Le MNP de ce coffre-fort est celui de {country} ({code}).</translation>
    </message>
    <message>
        <source>The vault is remembered on this device.</source>
        <translation>Le coffre-fort est mémorisé sur cet appareil.</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>Le coffre-fort est sain : les deux contrôles d&apos;intégrité sont passés.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>La phrase secrète est changée. L&apos;ancienne n&apos;ouvre plus le coffre-fort.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works. New recovery code:</source>
        <translation>Le code de récupération utilisé ne fonctionne plus. Nouveau code de récupération :</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key.

New recovery code:</source>
        <translation>Le coffre-fort est rechiffré avec une nouvelle clé.

Nouveau code de récupération :</translation>
    </message>
    <message>
        <source>The old recovery code no longer works.</source>
        <translation>L&apos;ancien code de récupération ne fonctionne plus.</translation>
    </message>
    <message>
        <source>New recovery code:</source>
        <translation>Nouveau code de récupération :</translation>
    </message>
    <message>
        <source>The vault is remembered on this device: it opens without the passphrase here.</source>
        <translation>Le coffre-fort est mémorisé sur cet appareil : il s&apos;y ouvre sans la phrase secrète.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>Cet appareil ne mémorise plus le coffre-fort.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the PDF (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Laissée de côté dans le PDF (%n) : le consentement à la transmission au SPT a été refusé.</numerusform>
            <numerusform>Laissées de côté dans le PDF (%n) : le consentement à la transmission au SPT a été refusé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out of the package (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Laissée de côté dans le paquet (%n) : le consentement à la transmission au SPT a été refusé.</numerusform>
            <numerusform>Laissées de côté dans le paquet (%n) : le consentement à la transmission au SPT a été refusé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as sent: %n draft(s).</source>
        <translation>
            <numerusform>Marqué comme envoyé : %n brouillon.</numerusform>
            <numerusform>Marqués comme envoyés : %n brouillons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npmdesk: %n message(s) already in the vault were left as they are.</source>
        <translation>
            <numerusform>npmdesk : %n message déjà dans le coffre-fort a été laissé tel quel.</numerusform>
            <numerusform>npmdesk : %n messages déjà dans le coffre-fort ont été laissés tels quels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path} ({size} bytes), as a PDF protected with a password (AES-256).</source>
        <translation>
            <numerusform>%n fiche exportée vers {path} ({size} octets), en PDF protégé par mot de passe (AES-256).</numerusform>
            <numerusform>%n fiches exportées vers {path} ({size} octets), en PDF protégé par mot de passe (AES-256).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter passphrase for {path}: </source>
        <translation>Phrase secrète pour {path} : </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Tapez-la à nouveau : </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète : </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Code de récupération : </translation>
    </message>
    <message>
        <source>Package passphrase: </source>
        <translation>Phrase secrète du paquet : </translation>
    </message>
    <message>
        <source>Enter passphrase: </source>
        <translation>Phrase secrète : </translation>
    </message>
    <message>
        <source>Confirm passphrase: </source>
        <translation>Confirmez la phrase secrète : </translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for this vault with it):</source>
        <translation>Destinataire age (d&apos;autres chiffrent avec lui les paquets pour ce coffre-fort) :</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages this vault exports):</source>
        <translation>Clé de signature (elle signe les paquets qu&apos;exporte ce coffre-fort) :</translation>
    </message>
    <message>
        <source>Fingerprint (compare it by phone before trusting packages):</source>
        <translation>Empreinte (comparez-la par téléphone avant de faire confiance aux paquets) :</translation>
    </message>
    <message>
        <source>For recipients without npmdesk, who check packages with OpenSSH: npmdesk identity --ssh</source>
        <translation>Pour les destinataires sans npmdesk, qui vérifient les paquets avec OpenSSH : npmdesk identity --ssh</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted with a passphrase.</source>
        <translation>
            <numerusform>%n fiche et {attachments} exportées vers {path} ({size} octets), chiffrées avec une phrase secrète.</numerusform>
            <numerusform>%n fiches et {attachments} exportées vers {path} ({size} octets), chiffrées avec une phrase secrète.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted for {recipients}.</source>
        <translation>
            <numerusform>%n fiche et {attachments} exportées vers {path} ({size} octets), chiffrées pour {recipients}.</numerusform>
            <numerusform>%n fiches et {attachments} exportées vers {path} ({size} octets), chiffrées pour {recipients}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by this vault, fingerprint {fingerprint}.</source>
        <translation>Signé par ce coffre-fort, empreinte {fingerprint}.</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised).</source>
        <translation>Pour les appareils de votre MNP uniquement : les fiches portent les vrais noms (non pseudonymisées).</translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation>Signé par {signer}.</translation>
    </message>
    <message>
        <source>This package carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>Ce paquet porte les vrais noms : il vient de l&apos;un des appareils de votre MNP.</translation>
    </message>
    <message>
        <source>Would import: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>Importerait : {new} nouvelles, {updated} mises à jour, {unchanged} inchangées, {ahead} déjà plus récentes ici, {conflicts} modifiées des deux côtés, {deleted} supprimées ici (non rétablies) ; {attachments} nouvelles pièces jointes.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>Importé : {new} nouvelles, {updated} mises à jour, {unchanged} inchangées, {ahead} déjà plus récentes ici, {conflicts} modifiées des deux côtés, {deleted} supprimées ici (non rétablies) ; {attachments} nouvelles pièces jointes.</translation>
    </message>
    <message>
        <source>conflict: {id}  {title}  (both versions are in its history)</source>
        <translation>conflit : {id}  {title}  (les deux versions sont dans son historique)</translation>
    </message>
    <message>
        <source>deleted here: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>supprimée ici : {id}  {title}  (pour la rétablir : --restore-deleted {id})</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>supprimée ici, modifiée par l&apos;expéditeur : {id}  {title}  (pour la rétablir : --restore-deleted {id})</translation>
    </message>
    <message>
        <source>real names filled in: {id}  {title}  (from one of your NPM&apos;s own devices)</source>
        <translation>vrais noms complétés : {id}  {title}  (depuis l&apos;un des appareils de votre MNP)</translation>
    </message>
    <message>
        <source>would be brought back: {id}  {title}</source>
        <translation>serait rétablie : {id}  {title}</translation>
    </message>
    <message>
        <source>brought back: {id}  {title}</source>
        <translation>rétablie : {id}  {title}</translation>
    </message>
    <message>
        <source>keys not taken: {id}  {title}  (another contact or this vault already has them)</source>
        <translation>clés non reprises : {id}  {title}  (un autre contact ou ce coffre-fort les a déjà)</translation>
    </message>
    <message>
        <source>Signature verified: signing key {key}</source>
        <translation>Signature vérifiée : clé de signature {key}</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint} (compare it with the sender)</source>
        <translation>empreinte {fingerprint} (comparez-la avec l&apos;expéditeur)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) and {files} unpacked into {folder}:</source>
        <translation>
            <numerusform>%n fiche et {files} décompressés dans {folder} :</numerusform>
            <numerusform>%n fiches et {files} décompressés dans {folder} :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {count} more (every record is in records.json)</source>
        <translation>... et {count} de plus (toutes les fiches sont dans records.json)</translation>
    </message>
    <message>
        <source>Open {path} to read them. These files are NOT encrypted.</source>
        <translation>Ouvrez {path} pour les lire. Ces fichiers ne sont PAS chiffrés.</translation>
    </message>
    <message>
        <source>sender&apos;s NPM, as the package states it: {name}</source>
        <translation>MNP de l&apos;expéditeur, selon le paquet : {name}</translation>
    </message>
    <message>
        <source>sender&apos;s user, as the package states it: {name}</source>
        <translation>utilisateur de l&apos;expéditeur, selon le paquet : {name}</translation>
    </message>
    <message>
        <source>made: {date}</source>
        <translation>créé : {date}</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}: compare it with {name}, then run &apos;npmdesk contact verify&apos;.</source>
        <translation>Empreinte {fingerprint} : comparez-la avec {name}, puis lancez &apos;npmdesk contact verify&apos;.</translation>
    </message>
    <message>
        <source>own device</source>
        <translation>appareil du MNP</translation>
    </message>
    <message>
        <source>{name} is no longer one of your NPM&apos;s own devices: packages for it carry pseudonyms.</source>
        <translation>{name} n&apos;est plus l&apos;un des appareils de votre MNP : les paquets pour lui portent des pseudonymes.</translation>
    </message>
    <message>
        <source>{name} is now one of your NPM&apos;s own devices: packages for it carry real names.</source>
        <translation>{name} est désormais l&apos;un des appareils de votre MNP : les paquets pour lui portent les vrais noms.</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>clé de signature</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>destinataire age</translation>
    </message>
    <message>
        <source>Removed from {name}: {keys}.</source>
        <translation>Retiré de {name} : {keys}.</translation>
    </message>
    <message>
        <source>The keys of {name} are now marked as verified.</source>
        <translation>Les clés de {name} sont désormais marquées comme vérifiées.</translation>
    </message>
    <message>
        <source>note: more than {limit} records match, so they are listed newest first, not by best match; add words to narrow the search</source>
        <translation>note : plus de {limit} fiches correspondent, elles sont donc listées de la plus récente à la plus ancienne, pas par pertinence ; ajoutez des mots pour affiner la recherche</translation>
    </message>
    <message>
        <source>No State party is chosen for this vault yet: set it with &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; lists the codes).</source>
        <translation>Aucun État partie n&apos;est encore choisi pour ce coffre-fort : définissez-le avec &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; liste les codes).</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is now that of {state}.</source>
        <translation>Le MNP de ce coffre-fort est désormais celui de {state}.</translation>
    </message>
    <message>
        <source>The team folder is now {path}. This device writes only into its subfolder {fingerprint}; run &apos;npmdesk sync&apos; for a round.</source>
        <translation>Le dossier d&apos;équipe est désormais {path}. Cet appareil n&apos;écrit que dans son sous-dossier {fingerprint} ; lancez &apos;npmdesk sync&apos; pour un tour.</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}) is now a team member: the next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>{name} (empreinte {fingerprint}) est désormais membre de l&apos;équipe : la prochaine synchronisation fait pour lui un instantané de ce coffre-fort, puis lui envoie chaque modification.</translation>
    </message>
    <message>
        <source>{name} is no longer a team member: new changesets are not addressed to it. What it already received stays on it (npmdesk cannot take back what a device holds).</source>
        <translation>{name} n&apos;est plus membre de l&apos;équipe : les nouveaux lots de modifications ne lui sont pas adressés. Ce qu&apos;il a déjà reçu y reste (npmdesk ne peut pas reprendre ce qu&apos;un appareil détient).</translation>
    </message>
    <message>
        <source>No team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>Pas encore de dossier d&apos;équipe : choisissez-en un avec &apos;npmdesk team folder DOSSIER&apos;.</translation>
    </message>
    <message>
        <source>No member devices yet: add one with &apos;npmdesk team add CONTACT&apos;.</source>
        <translation>Pas encore d&apos;appareil membre : ajoutez-en un avec &apos;npmdesk team add CONTACT&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n edited on both sides: see &quot;Edited on both sides&quot;.</source>
        <translation>
            <numerusform>%n modifiée des deux côtés : voir « Modifiées des deux côtés ».</numerusform>
            <numerusform>%n modifiées des deux côtés : voir « Modifiées des deux côtés ».</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a member but no longer a verified own device with keys: left out.</source>
        <translation>{name} est membre mais n&apos;est plus un appareil du MNP vérifié avec des clés : laissé de côté.</translation>
    </message>
    <message>
        <source>Ignored the subfolder {folder}: it is not a member device&apos;s.</source>
        <translation>Sous-dossier {folder} ignoré : il n&apos;appartient pas à un appareil membre.</translation>
    </message>
    <message>
        <source>a change of recovery code did not finish (npmdesk was interrupted): your previous recovery code still opens the vault. Run &apos;npmdesk new-recovery-code&apos; to make a new one.</source>
        <translation>un changement de code de récupération n&apos;a pas abouti (npmdesk a été interrompu) : votre code de récupération précédent ouvre toujours le coffre-fort. Lancez &apos;npmdesk new-recovery-code&apos; pour en créer un nouveau.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>no sender</source>
        <translation>sans expéditeur</translation>
    </message>
    <message>
        <source>new: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>nouveau : {when}, {direction}, de {sender} : {subject} ({source}, {attachments})</translation>
    </message>
    <message>
        <source>already in the vault: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>déjà dans le coffre-fort : {when}, {direction}, de {sender} : {subject} ({source}, {attachments})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>note : {note}</translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>impossible de lire {name} : {error}</translation>
    </message>
    <message>
        <source>not among your contacts: {person} (add with --add-contact {email})</source>
        <translation>absent de vos contacts : {person} (ajoutez-le avec --add-contact {email})</translation>
    </message>
    <message>
        <source>review {date}  {record}</source>
        <translation>revoir le {date}  {record}</translation>
    </message>
    <message>
        <source>team folder: {folder}</source>
        <translation>dossier d&apos;équipe : {folder}</translation>
    </message>
    <message>
        <source>team folder: {folder}  (NOT there now)</source>
        <translation>dossier d&apos;équipe : {folder}  (ABSENT actuellement)</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}, changes waiting for the next sync</source>
        <translation>cet appareil : {fingerprint}, dernier lot de modifications {sequence}, des modifications attendent la prochaine synchronisation</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}</source>
        <translation>cet appareil : {fingerprint}, dernier lot de modifications {sequence}</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(un contact supprimé)</translation>
    </message>
    <message>
        <source>LEFT OUT: no longer a verified own device with keys; changesets are not addressed to it</source>
        <translation>LAISSÉ DE CÔTÉ : n&apos;est plus un appareil du MNP vérifié avec des clés ; les lots de modifications ne lui sont pas adressés</translation>
    </message>
    <message>
        <source>not started: waiting for the snapshot it makes for this device</source>
        <translation>pas commencé : en attente de l&apos;instantané qu&apos;il fait pour cet appareil</translation>
    </message>
    <message>
        <source>its changesets applied here up to {sequence}</source>
        <translation>ses lots de modifications appliqués ici jusqu&apos;au {sequence}</translation>
    </message>
    <message>
        <source>its snapshot applied here</source>
        <translation>son instantané appliqué ici</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the folder)</source>
        <translation>
            <numerusform>(%n de plus dans le dossier)</numerusform>
            <numerusform>(%n de plus dans le dossier)</numerusform>
        </translation>
    </message>
    <message>
        <source>it applied this device&apos;s up to {sequence}</source>
        <translation>il a appliqué ceux de cet appareil jusqu&apos;au {sequence}</translation>
    </message>
    <message>
        <source>it has not applied anything of this device yet</source>
        <translation>il n&apos;a encore rien appliqué de cet appareil</translation>
    </message>
    <message>
        <source>last seen {date}</source>
        <translation>vu pour la dernière fois le {date}</translation>
    </message>
    <message>
        <source>never seen in the team folder</source>
        <translation>jamais vu dans le dossier d&apos;équipe</translation>
    </message>
    <message>
        <source>set aside: {reason}</source>
        <translation>mis de côté : {reason}</translation>
    </message>
    <message>
        <source>{count} moved to the bin</source>
        <translation>{count} mises à la corbeille</translation>
    </message>
    <message>
        <source>{count} kept (deleted there, edited here)</source>
        <translation>{count} conservées (supprimées là-bas, modifiées ici)</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>aucune fiche</translation>
    </message>
    <message>
        <source>Applied snapshot {sequence} of {device}: {counts}.</source>
        <translation>Instantané {sequence} de {device} appliqué : {counts}.</translation>
    </message>
    <message>
        <source>Applied changeset {sequence} of {device}: {counts}.</source>
        <translation>Lot de modifications {sequence} de {device} appliqué : {counts}.</translation>
    </message>
    <message>
        <source>Wrote changeset {sequence}: {records}, {deletions}, {attachments}.</source>
        <translation>Lot de modifications {sequence} écrit : {records}, {deletions}, {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n fiche</numerusform>
            <numerusform>%n fiches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n suppression</numerusform>
            <numerusform>%n suppressions</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote a snapshot for {name} ({records}).</source>
        <translation>Instantané écrit pour {name} ({records}).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) every member has applied.</source>
        <translation>
            <numerusform>%n fichier que chaque membre a appliqué a été retiré.</numerusform>
            <numerusform>%n fichiers que chaque membre a appliqués ont été retirés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date with %n device(s).</source>
        <translation>
            <numerusform>À jour avec %n appareil.</numerusform>
            <numerusform>À jour avec %n appareils.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutées</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>déjà plus récentes ici</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflits</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>supprimées ici</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender</source>
        <translation>supprimées ici, modifiées par l&apos;expéditeur</translation>
    </message>
    <message>
        <source>real names filled in</source>
        <translation>vrais noms complétés</translation>
    </message>
    <message>
        <source>malformed key</source>
        <translation>clé mal formée</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>pas de clés</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiées</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifiées</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>strictement confidentielle</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>données personnelles sans consentement enregistré</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>interne au MNP</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>id :</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>type :</translation>
    </message>
    <message>
        <source>date:</source>
        <translation>date :</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>statut :</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>sensibilité :</translation>
    </message>
    <message>
        <source>counterpart:</source>
        <translation>interlocuteur :</translation>
    </message>
    <message>
        <source>country:</source>
        <translation>pays :</translation>
    </message>
    <message>
        <source>due:</source>
        <translation>échéance :</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>étiquettes :</translation>
    </message>
    <message>
        <source>OPCAT:</source>
        <translation>OPCAT :</translation>
    </message>
    <message>
        <source>changed:</source>
        <translation>modifiée :</translation>
    </message>
    <message>
        <source>attachment:</source>
        <translation>pièce jointe :</translation>
    </message>
    <message>
        <source>(personal data, consent: {consent})</source>
        <translation>(données personnelles, consentement : {consent})</translation>
    </message>
    <message>
        <source>{date} by {user} (version {version})</source>
        <translation>{date} par {user} (version {version})</translation>
    </message>
    <message>
        <source>{name} ({size} bytes, {type})</source>
        <translation>{name} ({size} octets, {type})</translation>
    </message>
    <message>
        <source>not fully indexed: search finds only part of its text, or none</source>
        <translation>pas entièrement indexée : la recherche ne trouve qu&apos;une partie de son texte, ou rien</translation>
    </message>
    <message>
        <source>(malformed key: remove it with &apos;npmdesk contact remove-key&apos;)</source>
        <translation>(clé mal formée : retirez-la avec &apos;npmdesk contact remove-key&apos;)</translation>
    </message>
    <message>
        <source>date means:</source>
        <translation>la date est :</translation>
    </message>
    <message>
        <source>statuses:</source>
        <translation>statuts :</translation>
    </message>
    <message>
        <source>when {field} is {value}: {statuses}</source>
        <translation>quand {field} vaut {value} : {statuses}</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>champs :</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatoire)</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(et {count} de plus)</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, for example 2026-11-29</source>
        <translation>une date écrite AAAA-MM-JJ, par exemple 2026-11-29</translation>
    </message>
    <message>
        <source>a whole number, for example 2025</source>
        <translation>un nombre entier, par exemple 2025</translation>
    </message>
    <message>
        <source>a number, for example 1250.50</source>
        <translation>un nombre, par exemple 1250.50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>oui ou non (yes ou no)</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>l&apos;une de ces valeurs : {values}</translation>
    </message>
    <message>
        <source>values among: {values} (repeat --field or separate them with commas)</source>
        <translation>des valeurs parmi : {values} (répétez --field ou séparez-les par des virgules)</translation>
    </message>
    <message>
        <source>ids of records in this vault (repeat --field or separate them with commas)</source>
        <translation>des identifiants de fiches de ce coffre-fort (répétez --field ou séparez-les par des virgules)</translation>
    </message>
    <message>
        <source>text items (repeat --field or separate them with commas)</source>
        <translation>des éléments de texte (répétez --field ou séparez-les par des virgules)</translation>
    </message>
    <message>
        <source>text that is not empty</source>
        <translation>un texte non vide</translation>
    </message>
    <message>
        <source>unlock and verify integrity (exit 0 healthy, 1 damaged)</source>
        <translation>déverrouiller et vérifier l&apos;intégrité (sortie 0 sain, 1 endommagé)</translation>
    </message>
    <message>
        <source>re-encrypt the vault with a new key (prints a new recovery code)</source>
        <translation>rechiffrer le coffre-fort avec une nouvelle clé (affiche un nouveau code de récupération)</translation>
    </message>
    <message>
        <source>replace the recovery code (the old one stops working)</source>
        <translation>remplacer le code de récupération (l&apos;ancien cesse de fonctionner)</translation>
    </message>
    <message>
        <source>remember the vault on this device (OS keyring)</source>
        <translation>mémoriser le coffre-fort sur cet appareil (trousseau du système)</translation>
    </message>
    <message>
        <source>stop remembering the vault on this device</source>
        <translation>ne plus mémoriser le coffre-fort sur cet appareil</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>le type de fiche : {kinds}</translation>
    </message>
    <message>
        <source>age-compatible encrypt/decrypt with the same flags as the age tool</source>
        <translation>chiffrer/déchiffrer compatible age, avec les mêmes options que l&apos;outil age</translation>
    </message>
    <message>
        <source>Encrypt or decrypt age files (age-encryption.org/v1), like the age tool. INPUT and OUTPUT default to standard input and output; armor is detected when decrypting. A passphrase is read from NPMDESK_PASSPHRASE or asked at the terminal.</source>
        <translation>Chiffre ou déchiffre des fichiers age (age-encryption.org/v1), comme l&apos;outil age. INPUT et OUTPUT sont par défaut l&apos;entrée et la sortie standard ; l&apos;armure est détectée au déchiffrement. Une phrase secrète est lue dans NPMDESK_PASSPHRASE ou demandée au terminal.</translation>
    </message>
    <message>
        <source>accepted like every subcommand; age needs no vault</source>
        <translation>accepté comme pour toute sous-commande ; age n&apos;a pas besoin de coffre-fort</translation>
    </message>
    <message>
        <source>encrypt (the default)</source>
        <translation>chiffrer (par défaut)</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>déchiffrer</translation>
    </message>
    <message>
        <source>encrypt to this age public key, age1… (repeatable)</source>
        <translation>chiffrer vers cette clé publique age, age1… (répétable)</translation>
    </message>
    <message>
        <source>encrypt to the recipients listed in PATH (repeatable)</source>
        <translation>chiffrer vers les destinataires listés dans PATH (répétable)</translation>
    </message>
    <message>
        <source>decrypt with the secret keys in PATH; when encrypting, encrypt to their public keys (repeatable)</source>
        <translation>déchiffrer avec les clés secrètes de PATH ; au chiffrement, chiffrer vers leurs clés publiques (répétable)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase</source>
        <translation>chiffrer avec une phrase secrète</translation>
    </message>
    <message>
        <source>encrypt to a PEM-encoded (ASCII) format</source>
        <translation>chiffrer dans un format encodé PEM (ASCII)</translation>
    </message>
    <message>
        <source>write the result to OUTPUT (default: standard output)</source>
        <translation>écrire le résultat dans OUTPUT (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>the file to read (default: standard input)</source>
        <translation>le fichier à lire (par défaut : l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>print this vault&apos;s age recipient and signing-key fingerprint</source>
        <translation>afficher le destinataire age de ce coffre-fort et l&apos;empreinte de sa clé de signature</translation>
    </message>
    <message>
        <source>print only the allowed_signers line with which a recipient checks this vault&apos;s packages using OpenSSH (ssh-keygen -Y verify)</source>
        <translation>n&apos;afficher que la ligne allowed_signers avec laquelle un destinataire vérifie les paquets de ce coffre-fort avec OpenSSH (ssh-keygen -Y verify)</translation>
    </message>
    <message>
        <source>write an encrypted, signed package</source>
        <translation>écrire un paquet chiffré et signé</translation>
    </message>
    <message>
        <source>every record (not the bin)</source>
        <translation>toutes les fiches (sauf la corbeille)</translation>
    </message>
    <message>
        <source>these records (and their contacts)</source>
        <translation>ces fiches (et leurs contacts)</translation>
    </message>
    <message>
        <source>the records of a report: correspondence-log, visit-dossier (with --visit) or recommendations, within --from/--to</source>
        <translation>les fiches d&apos;un rapport : correspondence-log, visit-dossier (avec --visit) ou recommendations, entre --from et --to</translation>
    </message>
    <message>
        <source>with --report visit-dossier: the visit</source>
        <translation>avec --report visit-dossier : la visite</translation>
    </message>
    <message>
        <source>with --report: records dated on or after DATE</source>
        <translation>avec --report : fiches datées du DATE ou après</translation>
    </message>
    <message>
        <source>with --report: records dated on or before DATE</source>
        <translation>avec --report : fiches datées du DATE ou avant</translation>
    </message>
    <message>
        <source>package (default), or pdf: a PDF protected with a password (AES-256), for recipients with only a PDF reader (with --passphrase: npmdesk makes the password)</source>
        <translation>package (par défaut), ou pdf : un PDF protégé par mot de passe (AES-256), pour les destinataires qui n&apos;ont qu&apos;un lecteur PDF (avec --passphrase : npmdesk crée le mot de passe)</translation>
    </message>
    <message>
        <source>encrypt for this age public key, age1… (repeatable)</source>
        <translation>chiffrer pour cette clé publique age, age1… (répétable)</translation>
    </message>
    <message>
        <source>encrypt for this contact&apos;s age recipient (repeatable)</source>
        <translation>chiffrer pour le destinataire age de ce contact (répétable)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase instead</source>
        <translation>chiffrer plutôt avec une phrase secrète</translation>
    </message>
    <message>
        <source>write ASCII armor (PEM) instead of binary</source>
        <translation>écrire en armure ASCII (PEM) plutôt qu&apos;en binaire</translation>
    </message>
    <message>
        <source>the package to write</source>
        <translation>le paquet à écrire</translation>
    </message>
    <message>
        <source>confirm that the strictly confidential and internal records and personal data without recorded consent that are listed may leave the vault (records whose people refused transmission are always left out)</source>
        <translation>confirmer que les fiches strictement confidentielles et internes et les données personnelles sans consentement enregistré qui sont listées peuvent quitter le coffre-fort (les fiches dont les personnes ont refusé la transmission sont toujours laissées de côté)</translation>
    </message>
    <message>
        <source>mark the draft communications in the package as sent</source>
        <translation>marquer comme envoyées les communications en brouillon du paquet</translation>
    </message>
    <message>
        <source>with --passphrase: read the package passphrase from FILE</source>
        <translation>avec --passphrase : lire la phrase secrète du paquet dans FILE</translation>
    </message>
    <message>
        <source>verify, decrypt and merge a package</source>
        <translation>vérifier, déchiffrer et fusionner un paquet</translation>
    </message>
    <message>
        <source>show what would change and who signed it; change nothing</source>
        <translation>montrer ce qui changerait et qui l&apos;a signé ; ne rien changer</translation>
    </message>
    <message>
        <source>import even though the signer is not a verified contact (after comparing the fingerprint)</source>
        <translation>importer même si le signataire n&apos;est pas un contact vérifié (après comparaison de l&apos;empreinte)</translation>
    </message>
    <message>
        <source>read the package passphrase from FILE (for packages made with --passphrase)</source>
        <translation>lire la phrase secrète du paquet dans FILE (pour les paquets faits avec --passphrase)</translation>
    </message>
    <message>
        <source>bring back these records, deleted here, from the package (see &apos;deleted here&apos; in --dry-run)</source>
        <translation>rétablir ces fiches, supprimées ici, depuis le paquet (voir « deleted here » dans --dry-run)</translation>
    </message>
    <message>
        <source>work with packages without a vault</source>
        <translation>travailler avec des paquets sans coffre-fort</translation>
    </message>
    <message>
        <source>verify and unpack a package with an age key file</source>
        <translation>vérifier et décompresser un paquet avec un fichier de clé age</translation>
    </message>
    <message>
        <source>an age identity file (as age-keygen writes it); repeatable</source>
        <translation>un fichier d&apos;identité age (tel qu&apos;age-keygen l&apos;écrit) ; répétable</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>refuse unless signed by this signing key</source>
        <translation>refuser sauf s&apos;il est signé par cette clé de signature</translation>
    </message>
    <message>
        <source>for packages made with a passphrase (instead of -i)</source>
        <translation>pour les paquets faits avec une phrase secrète (au lieu de -i)</translation>
    </message>
    <message>
        <source>contacts&apos; keys: add, list, verify, own-device, remove-key</source>
        <translation>clés des contacts : add, list, verify, own-device, remove-key</translation>
    </message>
    <message>
        <source>add a contact with their keys</source>
        <translation>ajouter un contact avec ses clés</translation>
    </message>
    <message>
        <source>contacts with keys, and whether verified</source>
        <translation>les contacts avec des clés, et s&apos;ils sont vérifiés</translation>
    </message>
    <message>
        <source>mark a contact&apos;s keys as verified after comparing the fingerprint</source>
        <translation>marquer les clés d&apos;un contact comme vérifiées après comparaison de l&apos;empreinte</translation>
    </message>
    <message>
        <source>the contact&apos;s name or id</source>
        <translation>le nom ou l&apos;identifiant du contact</translation>
    </message>
    <message>
        <source>the fingerprint the person read to you</source>
        <translation>l&apos;empreinte que la personne vous a lue</translation>
    </message>
    <message>
        <source>remove a contact&apos;s signing key and/or age recipient (and the verification)</source>
        <translation>retirer la clé de signature et/ou le destinataire age d&apos;un contact (et la vérification)</translation>
    </message>
    <message>
        <source>only the signing key</source>
        <translation>seulement la clé de signature</translation>
    </message>
    <message>
        <source>only the age recipient</source>
        <translation>seulement le destinataire age</translation>
    </message>
    <message>
        <source>mark a verified contact as one of your NPM&apos;s own devices (packages to it carry real names)</source>
        <translation>marquer un contact vérifié comme l&apos;un des appareils de votre MNP (les paquets pour lui portent les vrais noms)</translation>
    </message>
    <message>
        <source>no longer one of your NPM&apos;s own devices</source>
        <translation>n&apos;est plus l&apos;un des appareils de votre MNP</translation>
    </message>
    <message>
        <source>import saved email (.eml, .msg, mbox); draft one carrying an exported file</source>
        <translation>importer des courriels enregistrés (.eml, .msg, mbox) ; en préparer un qui porte un fichier exporté</translation>
    </message>
    <message>
        <source>import saved messages as communications; print the new records&apos; ids</source>
        <translation>importer des messages enregistrés comme communications ; afficher les identifiants des nouvelles fiches</translation>
    </message>
    <message>
        <source>.eml, .msg or mbox files, or folders holding them</source>
        <translation>fichiers .eml, .msg ou mbox, ou dossiers qui en contiennent</translation>
    </message>
    <message>
        <source>show what would be imported; change nothing</source>
        <translation>montrer ce qui serait importé ; ne rien changer</translation>
    </message>
    <message>
        <source>add this unknown sender or recipient as a contact (repeatable)</source>
        <translation>ajouter cet expéditeur ou destinataire inconnu comme contact (répétable)</translation>
    </message>
    <message>
        <source>show or set the NPM&apos;s own email addresses (mail from them is &apos;sent&apos;)</source>
        <translation>afficher ou définir les adresses électroniques du MNP (le courrier venant d&apos;elles est « envoyé »)</translation>
    </message>
    <message>
        <source>forget every address</source>
        <translation>oublier toutes les adresses</translation>
    </message>
    <message>
        <source>write a mail draft (.eml) carrying an exported package or protected PDF, to open and send</source>
        <translation>écrire un brouillon de courriel (.eml) portant un paquet exporté ou un PDF protégé, à ouvrir et envoyer</translation>
    </message>
    <message>
        <source>the package or protected PDF, as exported</source>
        <translation>le paquet ou le PDF protégé, tel qu&apos;exporté</translation>
    </message>
    <message>
        <source>a recipient, &quot;Name &lt;name@example.org&gt;&quot; or name@example.org (repeatable)</source>
        <translation>un destinataire, &quot;Nom &lt;nom@example.org&gt;&quot; ou nom@example.org (répétable)</translation>
    </message>
    <message>
        <source>the cover note&apos;s language (en)</source>
        <translation>la langue de la note d&apos;accompagnement (en)</translation>
    </message>
    <message>
        <source>the draft to write</source>
        <translation>le brouillon à écrire</translation>
    </message>
    <message>
        <source>do not mark the draft communications in the file as sent</source>
        <translation>ne pas marquer comme envoyées les communications en brouillon du fichier</translation>
    </message>
    <message>
        <source>the vault folder (default: the vault in your user-data folder)</source>
        <translation>le dossier du coffre-fort (par défaut : le coffre-fort de votre dossier de données utilisateur)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE</source>
        <translation>lire la phrase secrète dans la première ligne de FILE</translation>
    </message>
    <message>
        <source>unlock with the recovery code in FILE instead of the passphrase</source>
        <translation>déverrouiller avec le code de récupération de FILE au lieu de la phrase secrète</translation>
    </message>
    <message>
        <source>Encrypted vault for an NPM&apos;s correspondence with the UN SPT. Without a command, opens the application window.</source>
        <translation>Coffre-fort chiffré pour la correspondance d&apos;un MNP avec le SPT de l&apos;ONU. Sans commande, ouvre la fenêtre de l&apos;application.</translation>
    </message>
    <message>
        <source>create a vault and print its recovery code</source>
        <translation>créer un coffre-fort et afficher son code de récupération</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>lire la nouvelle phrase secrète dans la première ligne de FILE</translation>
    </message>
    <message>
        <source>the name of your NPM</source>
        <translation>le nom de votre MNP</translation>
    </message>
    <message>
        <source>your name, recorded with every change you make (default: your login name)</source>
        <translation>votre nom, enregistré avec chaque modification que vous faites (par défaut : votre nom de connexion)</translation>
    </message>
    <message>
        <source>the State party of your NPM, by its two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>l&apos;État partie de votre MNP, par son code à deux lettres (voir &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>changer la phrase secrète</translation>
    </message>
    <message>
        <source>only records of this kind (repeatable): %(choices)s</source>
        <translation>seulement les fiches de ce type (répétable) : %(choices)s</translation>
    </message>
    <message>
        <source>only records with this status</source>
        <translation>seulement les fiches de ce statut</translation>
    </message>
    <message>
        <source>only records about this country (two letters)</source>
        <translation>seulement les fiches sur ce pays (deux lettres)</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>seulement les fiches avec cette étiquette</translation>
    </message>
    <message>
        <source>only records dated on or after DATE</source>
        <translation>seulement les fiches datées du DATE ou après</translation>
    </message>
    <message>
        <source>only records dated on or before DATE</source>
        <translation>seulement les fiches datées du DATE ou avant</translation>
    </message>
    <message>
        <source>at most N records (%(default)s)</source>
        <translation>au plus N fiches (%(default)s)</translation>
    </message>
    <message>
        <source>print JSON (see the README for the fields)</source>
        <translation>afficher du JSON (voir le README pour les champs)</translation>
    </message>
    <message>
        <source>list records, newest first</source>
        <translation>lister les fiches, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>list the records in the bin</source>
        <translation>lister les fiches de la corbeille</translation>
    </message>
    <message>
        <source>only records due for review within 30 days (or overdue), the earliest first</source>
        <translation>seulement les fiches à revoir dans les 30 jours (ou en retard), les plus proches d&apos;abord</translation>
    </message>
    <message>
        <source>show one record</source>
        <translation>afficher une fiche</translation>
    </message>
    <message>
        <source>the record&apos;s id</source>
        <translation>l&apos;identifiant de la fiche</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher du JSON</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>recherche en texte intégral</translation>
    </message>
    <message>
        <source>words (prefixes match), &quot;a phrase&quot; in quotes</source>
        <translation>des mots (les préfixes correspondent), &quot;une expression&quot; entre guillemets</translation>
    </message>
    <message>
        <source>best: best match first (newest first, with a note on stderr, when too many records match to rank them all); newest: the records added most recently first (default: best)</source>
        <translation>best : la meilleure correspondance d&apos;abord (les plus récentes d&apos;abord, avec une note sur stderr, quand trop de fiches correspondent pour toutes les classer) ; newest : les fiches ajoutées le plus récemment d&apos;abord (par défaut : best)</translation>
    </message>
    <message>
        <source>fill the vault with synthetic demo data</source>
        <translation>remplir le coffre-fort de données de démonstration synthétiques</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup of the vault to a new file</source>
        <translation>écrire une sauvegarde chiffrée et vérifiée du coffre-fort dans un nouveau fichier</translation>
    </message>
    <message>
        <source>the backup file to write (it must not exist yet)</source>
        <translation>le fichier de sauvegarde à écrire (il ne doit pas encore exister)</translation>
    </message>
    <message>
        <source>restore a backup into a new vault folder (--vault NEWPATH)</source>
        <translation>restaurer une sauvegarde dans un nouveau dossier de coffre-fort (--vault NEWPATH)</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>emergency erase: the keys first, then every vault file</source>
        <translation>effacement d&apos;urgence : les clés d&apos;abord, puis chaque fichier du coffre-fort</translation>
    </message>
    <message>
        <source>confirm with the vault folder&apos;s name (the last part of its path)</source>
        <translation>confirmer avec le nom du dossier du coffre-fort (la dernière partie de son chemin)</translation>
    </message>
    <message>
        <source>add a record of any kind; prints its id</source>
        <translation>ajouter une fiche de n&apos;importe quel type ; affiche son identifiant</translation>
    </message>
    <message>
        <source>the record&apos;s title</source>
        <translation>le titre de la fiche</translation>
    </message>
    <message>
        <source>the text, from a UTF-8 file (- for stdin)</source>
        <translation>le texte, depuis un fichier UTF-8 (- pour l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>the status (default: the kind&apos;s first; see &apos;npmdesk kinds KIND&apos;)</source>
        <translation>le statut (par défaut : le premier du type ; voir &apos;npmdesk kinds KIND&apos;)</translation>
    </message>
    <message>
        <source>the SPT contact, an existing contact&apos;s name or id (an unknown name is refused)</source>
        <translation>l&apos;interlocuteur au SPT, le nom ou l&apos;identifiant d&apos;un contact existant (un nom inconnu est refusé)</translation>
    </message>
    <message>
        <source>a new contact with this name, added as the counterpart</source>
        <translation>un nouveau contact de ce nom, ajouté comme interlocuteur</translation>
    </message>
    <message>
        <source>the country concerned (two letters; default for visits, reports and the like: the NPM&apos;s State, see &apos;npmdesk state&apos;)</source>
        <translation>le pays concerné (deux lettres ; par défaut pour les visites, rapports, etc. : l&apos;État du MNP, voir &apos;npmdesk state&apos;)</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>l&apos;échéance</translation>
    </message>
    <message>
        <source>a tag (repeatable)</source>
        <translation>une étiquette (répétable)</translation>
    </message>
    <message>
        <source>attach a file (repeatable)</source>
        <translation>joindre un fichier (répétable)</translation>
    </message>
    <message>
        <source>an OPCAT reference such as 11 or 11(1)(b)(ii) (repeatable)</source>
        <translation>une référence OPCAT comme 11 ou 11(1)(b)(ii) (répétable)</translation>
    </message>
    <message>
        <source>when the record is due for review (retention)</source>
        <translation>quand la fiche doit être revue (conservation)</translation>
    </message>
    <message>
        <source>a person the record is about, by real name (it gets the next alias, &apos;person A&apos;; a reprisal case names them by that alias); record consent with &apos;npmdesk consent&apos;</source>
        <translation>une personne dont parle la fiche, par son vrai nom (elle reçoit l&apos;alias suivant, &apos;person A&apos; ; un cas de représailles la nomme par cet alias) ; enregistrez le consentement avec &apos;npmdesk consent&apos;</translation>
    </message>
    <message>
        <source>(default: sent)</source>
        <translation>(par défaut : sent)</translation>
    </message>
    <message>
        <source>(default: email)</source>
        <translation>(par défaut : email)</translation>
    </message>
    <message>
        <source>change a record (a new version; the old one stays in its history); prints its id</source>
        <translation>modifier une fiche (nouvelle version ; l&apos;ancienne reste dans son historique) ; affiche son identifiant</translation>
    </message>
    <message>
        <source>remove a field&apos;s value (repeatable)</source>
        <translation>effacer la valeur d&apos;un champ (répétable)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>un nouveau titre</translation>
    </message>
    <message>
        <source>a new status</source>
        <translation>un nouveau statut</translation>
    </message>
    <message>
        <source>a new date</source>
        <translation>une nouvelle date</translation>
    </message>
    <message>
        <source>a new due date</source>
        <translation>une nouvelle échéance</translation>
    </message>
    <message>
        <source>a new country (two letters)</source>
        <translation>un nouveau pays (deux lettres)</translation>
    </message>
    <message>
        <source>OPCAT references, replacing the record&apos;s (repeatable)</source>
        <translation>références OPCAT, qui remplacent celles de la fiche (répétable)</translation>
    </message>
    <message>
        <source>a new review date</source>
        <translation>une nouvelle date de révision</translation>
    </message>
    <message>
        <source>print the State party of this vault&apos;s NPM, or set it (npmdesk state CC)</source>
        <translation>afficher l&apos;État partie du MNP de ce coffre-fort, ou le définir (npmdesk state CC)</translation>
    </message>
    <message>
        <source>the State party&apos;s two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>le code à deux lettres de l&apos;État partie (voir &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>print {&quot;code&quot;: ..., &quot;name&quot;: ...} (null when not set)</source>
        <translation>afficher {&quot;code&quot;: ..., &quot;name&quot;: ...} (null s&apos;il n&apos;est pas défini)</translation>
    </message>
    <message>
        <source>list the kinds of record with their fields and statuses</source>
        <translation>lister les types de fiche avec leurs champs et statuts</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>seulement ce type</translation>
    </message>
    <message>
        <source>print JSON: one object per kind (kind, date_meaning, statuses, status_field, statuses_by, fields)</source>
        <translation>afficher du JSON : un objet par type (kind, date_meaning, statuses, status_field, statuses_by, fields)</translation>
    </message>
    <message>
        <source>list the States parties to the OPCAT and their codes</source>
        <translation>lister les États parties à l&apos;OPCAT et leurs codes</translation>
    </message>
    <message>
        <source>record a person named in a record, their alias and their consent to one purpose; prints the id</source>
        <translation>enregistrer une personne nommée dans une fiche, son alias et son consentement à une finalité ; affiche l&apos;identifiant</translation>
    </message>
    <message>
        <source>the person&apos;s real name (it stays in the vault; packages for others carry the alias)</source>
        <translation>le vrai nom de la personne (il reste dans le coffre-fort ; les paquets pour d&apos;autres portent l&apos;alias)</translation>
    </message>
    <message>
        <source>the pseudonym (default: the next free one, &apos;person A&apos;…)</source>
        <translation>le pseudonyme (par défaut : le prochain libre, &apos;person A&apos;…)</translation>
    </message>
    <message>
        <source>what the consent is for</source>
        <translation>à quoi sert le consentement</translation>
    </message>
    <message>
        <source>given, refused, pending or withdrawn</source>
        <translation>given, refused, pending ou withdrawn</translation>
    </message>
    <message>
        <source>when it was given, refused or asked</source>
        <translation>quand il a été donné, refusé ou demandé</translation>
    </message>
    <message>
        <source>oral or written</source>
        <translation>oral ou écrit</translation>
    </message>
    <message>
        <source>who obtained it (for a child or a person lacking capacity: who gave it)</source>
        <translation>qui l&apos;a obtenu (pour un enfant ou une personne sans capacité : qui l&apos;a donné)</translation>
    </message>
    <message>
        <source>when it was withdrawn</source>
        <translation>quand il a été retiré</translation>
    </message>
    <message>
        <source>the person is a child (consent comes from a parent or guardian)</source>
        <translation>la personne est un enfant (le consentement vient d&apos;un parent ou tuteur)</translation>
    </message>
    <message>
        <source>the person lacks capacity to consent (consent comes from a legal representative)</source>
        <translation>la personne n&apos;a pas la capacité de consentir (le consentement vient d&apos;un représentant légal)</translation>
    </message>
    <message>
        <source>write a PDF report: correspondence-log, visit-dossier or recommendations (the PDF is NOT encrypted)</source>
        <translation>écrire un rapport PDF : correspondence-log, visit-dossier ou recommendations (le PDF n&apos;est PAS chiffré)</translation>
    </message>
    <message>
        <source>correspondence-log (log), visit-dossier (visit) or recommendations (tracker)</source>
        <translation>correspondence-log (log), visit-dossier (visit) ou recommendations (tracker)</translation>
    </message>
    <message>
        <source>the visit of a visit dossier (see &apos;npmdesk list --type visit&apos;)</source>
        <translation>la visite d&apos;un dossier de visite (voir &apos;npmdesk list --type visit&apos;)</translation>
    </message>
    <message>
        <source>leave out the &quot;Confidential&quot; marking printed on every page</source>
        <translation>omettre la mention « Confidentiel » imprimée sur chaque page</translation>
    </message>
    <message>
        <source>correspondence log: also list when each record left the vault, and to whom</source>
        <translation>journal de correspondance : indiquer aussi quand chaque fiche a quitté le coffre-fort, et vers qui</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>le PDF à écrire</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>remplacer FILE s&apos;il existe</translation>
    </message>
    <message>
        <source>the team folder and its member devices (the NPM&apos;s own laptops)</source>
        <translation>le dossier d&apos;équipe et ses appareils membres (les ordinateurs du MNP)</translation>
    </message>
    <message>
        <source>choose the team folder (a folder your sync engine keeps in step)</source>
        <translation>choisir le dossier d&apos;équipe (un dossier que votre outil de synchronisation tient à jour)</translation>
    </message>
    <message>
        <source>make a verified contact marked as one of your NPM&apos;s own devices a member</source>
        <translation>faire d&apos;un contact vérifié, marqué comme appareil de votre MNP, un membre</translation>
    </message>
    <message>
        <source>stop sending changesets to a member device</source>
        <translation>cesser d&apos;envoyer des lots de modifications à un appareil membre</translation>
    </message>
    <message>
        <source>the team folder, and how far each member device is</source>
        <translation>le dossier d&apos;équipe, et où en est chaque appareil membre</translation>
    </message>
    <message>
        <source>print it as JSON (a stable contract)</source>
        <translation>l&apos;afficher en JSON (un contrat stable)</translation>
    </message>
    <message>
        <source>one team sync round: write this device&apos;s changes, apply the others&apos;</source>
        <translation>un tour de synchronisation d&apos;équipe : écrire les modifications de cet appareil, appliquer celles des autres</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher le numéro de version du programme et quitter</translation>
    </message>
    <message>
        <source>Handed the draft to your mail program: check it there and send it.</source>
        <translation>Brouillon transmis à votre programme de messagerie : vérifiez-le et envoyez-le depuis celui-ci.</translation>
    </message>
    <message>
        <source>this vault was restored from a backup: waiting for the new snapshot it makes for this device</source>
        <translation>ce coffre-fort a été restauré depuis une sauvegarde : en attente du nouvel instantané que cet appareil crée pour lui</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n pièce jointe retirée</numerusform>
            <numerusform>%n pièces jointes retirées</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault was restored from an older backup: it remembered its changesets up to {remembered}, but the team folder shows it had written up to {published}.</source>
        <translation>Ce coffre-fort a été restauré depuis une sauvegarde plus ancienne : il se souvenait de ses lots de modifications jusqu&apos;au {remembered}, mais le dossier d&apos;équipe montre qu&apos;il en avait écrit jusqu&apos;au {published}.</translation>
    </message>
    <message>
        <source>Applied again from the team folder: its changeset(s) {numbers}.</source>
        <translation>Appliqués de nouveau depuis le dossier d&apos;équipe : ses lots de modifications {numbers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) no longer in the team folder (every member had applied them): their changes come back with the snapshots the other devices make for this vault.</source>
        <translation>
            <numerusform>%n lot de modifications n&apos;est plus dans le dossier d&apos;équipe (tous les membres l&apos;avaient appliqué) : ses modifications reviennent avec les instantanés que les autres appareils créent pour ce coffre-fort.</numerusform>
            <numerusform>%n lots de modifications ne sont plus dans le dossier d&apos;équipe (tous les membres les avaient appliqués) : leurs modifications reviennent avec les instantanés que les autres appareils créent pour ce coffre-fort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside, not applied: {reason}</source>
        <translation>Mis de côté, non appliqué : {reason}</translation>
    </message>
    <message>
        <source>It continues with changeset {sequence}, so no member skips its new changes.</source>
        <translation>Il continue avec le lot de modifications {sequence}, pour qu&apos;aucun membre ne saute ses nouvelles modifications.</translation>
    </message>
    <message>
        <source>open the written draft in the system&apos;s mail program (needs a desktop session)</source>
        <translation>ouvrir le brouillon écrit dans le programme de messagerie du système (nécessite une session de bureau)</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Données de démonstration (graine {seed}) : {records} ({kinds}) et {attachments} ({size} Mo) en {seconds} s.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country} (the vault has no State set; picked from the seed): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Données de démonstration (graine {seed}) sur {country} (le coffre-fort n&apos;a pas d&apos;État défini ; choisi d&apos;après la graine) : {records} ({kinds}) et {attachments} ({size} Mo) en {seconds} s.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country}: {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Données de démonstration (graine {seed}) sur {country} : {records} ({kinds}) et {attachments} ({size} Mo) en {seconds} s.</translation>
    </message>
    <message>
        <source>the language of the PDF (--format pdf) or of the package&apos;s summary.html (default: the command line&apos;s own, else en)</source>
        <translation>la langue du PDF (--format pdf) ou du summary.html du paquet (par défaut : celle de la ligne de commande, sinon en)</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the command line&apos;s own, else en)</source>
        <translation>la langue du rapport (par défaut : celle de la ligne de commande, sinon en)</translation>
    </message>
</context>
</TS>
