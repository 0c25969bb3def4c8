<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>Add Contact from Card</source>
        <translation>Añadir contacto desde su tarjeta</translation>
    </message>
    <message>
        <source>Paste the contact card the person copied from npmdesk (File → Share My Keys…), or type their name and keys. Keys are public; what proves they are theirs is the fingerprint, which you compare with them afterwards by phone.</source>
        <translation>Pegue la tarjeta de contacto que la persona copió desde npmdesk (Archivo → Compartir mis claves…), o escriba su nombre y sus claves. Las claves son públicas; lo que prueba que son suyas es la huella, que usted compara después con ella por teléfono.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>Destinatario age</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Contact &amp;card:</source>
        <translation>&amp;Tarjeta de contacto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Age recipient:</source>
        <translation>&amp;Destinatario age:</translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation>C&amp;lave de firma:</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation>Problema con el contacto</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>&amp;Añadir el contacto</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>Añadir el contacto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>These keys already belong to your contact “{name}”. Nothing was added.</source>
        <translation>Estas claves ya pertenecen a su contacto «{name}». No se añadió nada.</translation>
    </message>
    <message>
        <source>Add a Recipient</source>
        <translation>Añadir un destinatario</translation>
    </message>
    <message>
        <source>Paste the recipient&apos;s age key (age1…), or the contact card they copied from npmdesk (File → Share My Keys…), and give their name. They become a contact whose keys are NOT verified: compare the fingerprint with them by phone (Verify keys… on the contact) before sending anything sensitive.</source>
        <translation>Pegue el destinatario age (age1…) de la persona, o la tarjeta de contacto que copió desde npmdesk (Archivo → Compartir mis claves…), e indique su nombre. Pasa a ser un contacto cuyas claves NO están verificadas: compare la huella con ella por teléfono (Verificar las claves… en el contacto) antes de enviar nada delicado.</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Add a Member Device</source>
        <translation>Añadir un dispositivo miembro</translation>
    </message>
    <message>
        <source>&amp;Devices that can join (verified contacts marked as your NPM&apos;s own devices):</source>
        <translation>&amp;Dispositivos que pueden unirse (contactos verificados marcados como dispositivos de su MNP):</translation>
    </message>
    <message>
        <source>Devices that can join the team</source>
        <translation>Dispositivos que pueden unirse al equipo</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint})</source>
        <translation>{name} (huella {fingerprint})</translation>
    </message>
    <message>
        <source>The next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>La próxima sincronización crea para él una instantánea de esta caja fuerte y luego le envía cada cambio.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the chosen device to the team</source>
        <translation>Añadir el dispositivo elegido al equipo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>{path} is a folder or not an ordinary file; only files can be attached. Nothing was added.</source>
        <translation>{path} es una carpeta o no es un archivo normal; solo se pueden adjuntar archivos. No se añadió nada.</translation>
    </message>
    <message>
        <source>npmdesk could not read {path}: {reason}. Nothing was added.</source>
        <translation>npmdesk no pudo leer {path}: {reason}. No se añadió nada.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}: {reason}. No copy was left there.</source>
        <translation>npmdesk no pudo escribir {path}: {reason}. No quedó ninguna copia allí.</translation>
    </message>
</context>
<context>
    <name>AttachmentKinds</name>
    <message>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagen JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Imagen GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Imagen WebP</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texto Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Página web (HTML)</translation>
    </message>
    <message>
        <source>Web page (XHTML)</source>
        <translation>Página web (XHTML)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Documento de Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>AttachmentQuestions</name>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Guardar una copia descifrada</translation>
    </message>
    <message>
        <source>The copy of “{name}” will NOT be encrypted.</source>
        <translation>La copia de «{name}» NO estará cifrada.</translation>
    </message>
    <message>
        <source>Anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>Cualquiera que pueda abrir la carpeta que elija, o que se haga con este ordenador o con el disco, podrá leerla. npmdesk no la borrará por usted más adelante. Guárdela solo donde sea imprescindible y bórrela cuando termine.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted Copy…</source>
        <translation>&amp;Guardar copia sin cifrar…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Guardar una copia sin cifrar</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment only in the vault</source>
        <translation>Cancelar: conservar el adjunto solo en la caja fuerte</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar el adjunto</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>¿Quitar «{name}» de este registro?</translation>
    </message>
    <message>
        <source>Its content is erased from the vault. This cannot be undone.</source>
        <translation>Su contenido se borra de la caja fuerte. No se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Quitar el adjunto</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment</source>
        <translation>Cancelar: conservar el adjunto</translation>
    </message>
    <message>
        <source>Save a decrypted copy of {name}</source>
        <translation>Guardar una copia descifrada de {name}</translation>
    </message>
    <message>
        <source>Add files to “{title}”</source>
        <translation>Añadir archivos a «{title}»</translation>
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
        <translation>Adjunto {name}</translation>
    </message>
    <message>
        <source>Save a &amp;decrypted copy…</source>
        <translation>Guardar una copia &amp;descifrada…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of this attachment</source>
        <translation>Guardar una copia descifrada de este adjunto</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Cerrar el visor</translation>
    </message>
    <message>
        <source>npmdesk cannot show this kind of file ({type}) inside the app. To open it in another program, save a decrypted copy.</source>
        <translation>npmdesk no puede mostrar este tipo de archivo ({type}) dentro de la aplicación. Para abrirlo con otro programa, guarde una copia descifrada.</translation>
    </message>
    <message>
        <source>This file is too large to preview here ({size}; the limit for this kind of file is {cap}). To open it in another program, save a decrypted copy.</source>
        <translation>Este archivo es demasiado grande para la vista previa ({size}; el límite para este tipo de archivo es {cap}). Para abrirlo con otro programa, guarde una copia descifrada.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so npmdesk cannot show it.</source>
        <translation>Este PDF está protegido con contraseña, por lo que npmdesk no puede mostrarlo.</translation>
    </message>
    <message>
        <source>npmdesk cannot show this PDF: it is damaged or not a PDF document.</source>
        <translation>npmdesk no puede mostrar este PDF: está dañado o no es un documento PDF.</translation>
    </message>
    <message>
        <source>PDF document {name}</source>
        <translation>Documento PDF {name}</translation>
    </message>
    <message>
        <source>This image is too large to preview here ({width} by {height} pixels).</source>
        <translation>Esta imagen es demasiado grande para la vista previa ({width} × {height} píxeles).</translation>
    </message>
    <message>
        <source>npmdesk cannot show this image: it is damaged, too large, or in a format npmdesk does not read.</source>
        <translation>npmdesk no puede mostrar esta imagen: está dañada, es demasiado grande o tiene un formato que npmdesk no lee.</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Imagen {name}</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texto de {name}</translation>
    </message>
    <message>
        <source>A web page shown as its source text; nothing in it is loaded.</source>
        <translation>Una página web mostrada como texto fuente; no se carga nada de lo que contiene.</translation>
    </message>
    <message>
        <source>This installation of npmdesk cannot show PDFs (Qt&apos;s PDF module is missing). To open it in another program, save a decrypted copy.</source>
        <translation>Esta instalación de npmdesk no puede mostrar archivos PDF (falta el módulo PDF de Qt). Para abrirlo con otro programa, guarde una copia descifrada.</translation>
    </message>
</context>
<context>
    <name>AttachmentsForm</name>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>Aña&amp;dir archivos…</translation>
    </message>
    <message>
        <source>Add files to this record (Insert or Ctrl+Shift+A), or drop them on the record</source>
        <translation>Añadir archivos a este registro (Insert o Ctrl+Mayús+A), o soltarlos sobre el registro</translation>
    </message>
    <message>
        <source>Add files to this record</source>
        <translation>Añadir archivos a este registro</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>View the selected attachment inside npmdesk (Enter)</source>
        <translation>Ver el adjunto seleccionado dentro de npmdesk (Intro)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Abrir el adjunto seleccionado</translation>
    </message>
    <message>
        <source>Sa&amp;ve a decrypted copy…</source>
        <translation>&amp;Guardar una copia descifrada…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy of the selected attachment to a file (you are warned first)</source>
        <translation>Escribir en un archivo una copia sin cifrar del adjunto seleccionado (antes se le advierte)</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>Guardar una copia descifrada del adjunto seleccionado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected attachment from the vault (Delete)</source>
        <translation>Quitar de la caja fuerte el adjunto seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Quitar el adjunto seleccionado</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>Estado de los adjuntos</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files to this record…</source>
        <translation>Añadir archivos a este registro…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Added on {date} by {user}</source>
        <translation>Añadido el {date} por {user}</translation>
    </message>
    <message>
        <source>No attachments. Add files, or drop them on this record.</source>
        <translation>No hay adjuntos. Añada archivos o suéltelos sobre este registro.</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>Estado de los adjuntos</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Añadiendo archivos</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>Cifrando los archivos en la caja fuerte…</translation>
    </message>
    <message>
        <source>Cancel adding the files</source>
        <translation>Cancelar la adición de los archivos</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added.</source>
        <translation>Cancelado. No se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n archivo añadido.</numerusform>
            <numerusform>%n archivos añadidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a decrypted copy</source>
        <translation>Guardando una copia descifrada</translation>
    </message>
    <message>
        <source>Writing the decrypted copy…</source>
        <translation>Escribiendo la copia descifrada…</translation>
    </message>
    <message>
        <source>Cancel saving the copy</source>
        <translation>Cancelar el guardado de la copia</translation>
    </message>
    <message>
        <source>Cancelled. No copy was left.</source>
        <translation>Cancelado. No quedó ninguna copia.</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Se guardó una copia descifrada en {path}. No está cifrada: bórrela cuando ya no la necesite.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>Se quitó «{name}».</translation>
    </message>
    <message>
        <source>{item} — not fully indexed</source>
        <translation>{item} — no indexado por completo</translation>
    </message>
    <message>
        <source>Search finds only part of this file&apos;s text, or none: it took too long or too much memory to read in full, or it is damaged or encrypted.</source>
        <translation>La búsqueda solo encuentra parte del texto de este archivo, o nada: leerlo entero exigía demasiado tiempo o memoria, o está dañado o cifrado.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>While the vault is open, npmdesk can back it up by itself to a folder, for example on a USB stick. Each backup is encrypted like the vault and opens only with its passphrase or recovery code. If the folder is not there, npmdesk waits until it is.</source>
        <translation>Mientras la caja fuerte está abierta, npmdesk puede hacer copias de seguridad por sí solo en una carpeta, por ejemplo en una memoria USB. Cada copia está cifrada como la caja fuerte y solo se abre con su frase de contraseña o su código de recuperación. Si la carpeta no está disponible, npmdesk espera a que lo esté.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Carpeta de las copias automáticas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Elegir la carpeta de las copias automáticas</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>How often to back up</source>
        <translation>Frecuencia de las copias</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivadas</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Frecuencia:</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>Cuántas copias automáticas conservar</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>C&amp;onservar las más recientes:</translation>
    </message>
    <message>
        <source>Last backup: {date}</source>
        <translation>Última copia: {date}</translation>
    </message>
    <message>
        <source>No backup of this vault has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de esta caja fuerte.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Guardar esta configuración</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, or choose it.</source>
        <translation>Indique la ruta completa de la carpeta o elíjala.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Elija una carpeta para las copias automáticas.</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the vault to a new file</source>
        <translation>Escribir una copia cifrada y verificada de la caja fuerte en un archivo nuevo</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>Copias &amp;automáticas…</translation>
    </message>
    <message>
        <source>Back up by itself to a folder, for example on a USB stick</source>
        <translation>Hacer copias por sí solo en una carpeta, por ejemplo en una memoria USB</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Back up the vault to a new file</source>
        <translation>Copiar la caja fuerte en un archivo nuevo</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>Copias de npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>The backup was saved to {path} ({size}) and checked: it opens with this vault&apos;s passphrase or recovery code. Keep it on a drive away from this computer.</source>
        <translation>La copia se guardó en {path} ({size}) y se comprobó: se abre con la frase de contraseña o el código de recuperación de esta caja fuerte. Guárdela en un disco lejos de este ordenador.</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Hacer una copia de la caja fuerte</translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation>Escribiendo y comprobando la copia…</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progreso de la copia</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancelar la copia</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>Se canceló la copia. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia ahora…</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>Hacer ahora una copia de la caja fuerte</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {error}</source>
        <translation>Falló la última copia automática: {error}</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Make a backup on a drive that you keep away from this computer.</source>
        <translation>Nunca se ha hecho una copia de esta caja fuerte. Haga una en un disco que guarde lejos de este ordenador.</translation>
    </message>
    <message>
        <source>The last backup is dated after today: check this computer&apos;s clock, and make a new backup.</source>
        <translation>La última copia tiene una fecha posterior a hoy: compruebe el reloj de este ordenador y haga una copia nueva.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago ({date}). Make a new one on a drive that you keep away from this computer.</source>
        <translation>
            <numerusform>La última copia se hizo hace %n día ({date}). Haga una nueva en un disco que guarde lejos de este ordenador.</numerusform>
            <numerusform>La última copia se hizo hace %n días ({date}). Haga una nueva en un disco que guarde lejos de este ordenador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Use the current passphrase &amp;instead</source>
        <translation>&amp;Usar la frase de contraseña actual en su lugar</translation>
    </message>
    <message>
        <source>Use the current passphrase instead</source>
        <translation>Usar la frase de contraseña actual en su lugar</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar el código de recuperación en su &amp;lugar</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar el código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Escriba su frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation>Cambiando la frase de contraseña. Tarda unos segundos…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseForm</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>First show that you know the current passphrase (or hold the recovery code), then choose the new one. The old passphrase stops working at once; nothing else in the vault changes.</source>
        <translation>Demuestre primero que conoce la frase de contraseña actual (o que tiene el código de recuperación) y luego elija la nueva. La frase de contraseña anterior deja de funcionar de inmediato; nada más cambia en la caja fuerte.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Current passphrase problem</source>
        <translation>Problema con la frase de contraseña actual</translation>
    </message>
    <message>
        <source>A recovery code opens the vault once: after the change npmdesk shows you a new recovery code to write down, and the code you type here stops working once you confirm the new one.</source>
        <translation>Un código de recuperación abre la caja fuerte una sola vez: después del cambio, npmdesk le muestra un nuevo código de recuperación para anotar, y el código que escribe aquí deja de funcionar en cuanto confirma el nuevo.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>Problema con el código de recuperación</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar el código de recuperación en su &amp;lugar</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar el código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Al menos 10 caracteres; varias palabras son más fáciles de recordar</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>C&amp;onfirmar la frase de contraseña:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema con la confirmación</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>Problema al cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without changing the passphrase</source>
        <translation>Cancelar sin cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Cambiar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>The vault will be created in {folder}</source>
        <translation>La caja fuerte se creará en {folder}</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Creando la caja fuerte. Tarda unos segundos…</translation>
    </message>
    <message>
        <source>Choose later</source>
        <translation>Elegir más tarde</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it), or “Choose later”.</source>
        <translation>Elija su Estado parte en la lista (escriba parte de su nombre para encontrarlo), o «Elegir más tarde».</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <source>Create your npmdesk vault</source>
        <translation>Cree su caja fuerte de npmdesk</translation>
    </message>
    <message>
        <source>Welcome to npmdesk</source>
        <translation>Bienvenido a npmdesk</translation>
    </message>
    <message>
        <source>npmdesk keeps your correspondence with the SPT in an encrypted vault on this computer. Choose a passphrase you will remember: without it, only the recovery code shown next can open the vault.</source>
        <translation>npmdesk guarda su correspondencia con el SPT en una caja fuerte cifrada en este ordenador. Elija una frase de contraseña que vaya a recordar: sin ella, solo el código de recuperación que se muestra a continuación puede abrir la caja fuerte.</translation>
    </message>
    <message>
        <source>&amp;NPM name:</source>
        <translation>Nombre del &amp;MNP:</translation>
    </message>
    <message>
        <source>NPM name</source>
        <translation>Nombre del MNP</translation>
    </message>
    <message>
        <source>The name of your national preventive mechanism</source>
        <translation>El nombre de su mecanismo nacional de prevención</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Al menos 10 caracteres; varias palabras son más fáciles de recordar</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>C&amp;onfirmar la frase de contraseña:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar la frase de contraseña</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema con la confirmación</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Recordar en este dispositivo</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Recordar en este dispositivo</translation>
    </message>
    <message>
        <source>Open the vault without typing the passphrase on this computer, using the system keyring. Anyone who can sign in to your account here can then open the vault.</source>
        <translation>Abrir la caja fuerte sin escribir la frase de contraseña en este ordenador, con el llavero del sistema. Entonces cualquiera que pueda iniciar sesión en su cuenta aquí podrá abrir la caja fuerte.</translation>
    </message>
    <message>
        <source>Problem creating the vault</source>
        <translation>Problema al crear la caja fuerte</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit without creating a vault</source>
        <translation>Salir sin crear una caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Crear la caja fuerte</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;State party:</source>
        <translation>&amp;Estado parte:</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>Estado parte de su MNP</translation>
    </message>
    <message>
        <source>The State whose NPM you are. New visits, reports, recommendations and places start with this country. Type part of its name to find it; you can change it later in Preferences.</source>
        <translation>El Estado parte del que usted es el MNP. Este país se rellena de antemano en las nuevas visitas, informes, recomendaciones y lugares. Escriba parte de su nombre para encontrarlo; podrá cambiarlo más adelante en Preferencias.</translation>
    </message>
    <message>
        <source>State party problem</source>
        <translation>Problema con el Estado parte</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>(no name given)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Signed in as {user}</source>
        <translation>Sesión iniciada como {user}</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Caja fuerte: {folder}</translation>
    </message>
    <message>
        <source>Lock the vault ({shortcut}) whenever you leave this computer.</source>
        <translation>Bloquee la caja fuerte ({shortcut}) cada vez que se aleje de este ordenador.</translation>
    </message>
    <message>
        <source>Nothing at the moment.</source>
        <translation>Nada por el momento.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… y {count} más</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Con %n día de retraso</numerusform>
            <numerusform>Con %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Vence en %n día</numerusform>
            <numerusform>Vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} (reply)</source>
        <translation>{when} (respuesta)</translation>
    </message>
    <message>
        <source>SPT session in Geneva</source>
        <translation>Período de sesiones del SPT en Ginebra</translation>
    </message>
    <message>
        <source>SPT announces its visiting programme for {year}</source>
        <translation>El SPT anuncia su programa de visitas para {year}</translation>
    </message>
    <message>
        <source>Special Fund: call for applications</source>
        <translation>Fondo Especial: convocatoria de solicitudes</translation>
    </message>
    <message>
        <source>Your annual report for {year} is due</source>
        <translation>Debe presentarse su informe anual de {year}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <source>{when} (approximate)</source>
        <translation>{when} (aproximado)</translation>
    </message>
    <message>
        <source>{when} · {kind}: {title}</source>
        <translation>{when} · {kind}: {title}</translation>
    </message>
    <message>
        <source>Due for review (re&amp;tention):</source>
        <translation>Por revisar (&amp;conservación):</translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation>Registros por revisar</translation>
    </message>
    <message numerus="yes">
        <source>Review overdue by %n day(s)</source>
        <translation>
            <numerusform>Revisión con %n día de retraso</numerusform>
            <numerusform>Revisión con %n días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>Revisión hoy</translation>
    </message>
    <message numerus="yes">
        <source>Review in %n day(s)</source>
        <translation>
            <numerusform>Revisión en %n día</numerusform>
            <numerusform>Revisión en %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>&amp;Due and overdue:</source>
        <translation>&amp;Vencidos y por vencer:</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>Elementos vencidos y por vencer</translation>
    </message>
    <message>
        <source>Awaiting a re&amp;ply:</source>
        <translation>A la es&amp;pera de respuesta:</translation>
    </message>
    <message>
        <source>Communications awaiting a reply</source>
        <translation>Comunicaciones a la espera de respuesta</translation>
    </message>
    <message>
        <source>Open &amp;interpretation requests:</source>
        <translation>Solicitudes de interpretación abier&amp;tas:</translation>
    </message>
    <message>
        <source>Open interpretation requests</source>
        <translation>Solicitudes de interpretación abiertas</translation>
    </message>
    <message>
        <source>SPT &amp;calendar:</source>
        <translation>&amp;Calendario del SPT:</translation>
    </message>
    <message>
        <source>SPT calendar: sessions, visiting programme and deadlines</source>
        <translation>Calendario del SPT: períodos de sesiones, programa de visitas y plazos</translation>
    </message>
    <message>
        <source>Recent &amp;security events:</source>
        <translation>Eventos de &amp;seguridad recientes:</translation>
    </message>
    <message>
        <source>Recent security events</source>
        <translation>Eventos de seguridad recientes</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter picks the date, Escape closes the calendar.</source>
        <translation>Las flechas avanzan por días y semanas, RePág y AvPág por meses; Intro elige la fecha, Esc cierra el calendario.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD, or choose it from the calendar (Alt+Down)</source>
        <translation>Escriba la fecha como AAAA-MM-DD o elíjala en el calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Elegir en el calendario</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Elegir en el calendario (Alt+Abajo)</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Fill with Demo Data</source>
        <translation>Rellenar con datos de demostración</translation>
    </message>
    <message>
        <source>Demo data is fictitious: letters, visits, recommendations and contacts made up to try npmdesk out or to train colleagues. It goes into &lt;b&gt;this vault&lt;/b&gt;, next to your own records, and stays until you move it to the bin. Use a practice vault for it.</source>
        <translation>Los datos de demostración son ficticios: cartas, visitas, recomendaciones y contactos inventados para probar npmdesk o formar a colegas. Se guardan en &lt;b&gt;esta caja fuerte&lt;/b&gt;, junto a sus propios registros, y permanecen hasta que los mueva a la papelera. Use para ello una caja fuerte de práctica.</translation>
    </message>
    <message>
        <source>Number of demo records</source>
        <translation>Número de registros de demostración</translation>
    </message>
    <message>
        <source>Number of demo attachments</source>
        <translation>Número de adjuntos de demostración</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Registros:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>A&amp;djuntos:</translation>
    </message>
    <message>
        <source>Progress of the demo data</source>
        <translation>Progreso de los datos de demostración</translation>
    </message>
    <message>
        <source>&amp;Add Demo Data</source>
        <translation>&amp;Añadir datos de demostración</translation>
    </message>
    <message>
        <source>Add the demo data to this vault</source>
        <translation>Añadir los datos de demostración a esta caja fuerte</translation>
    </message>
    <message>
        <source>Close, or cancel while demo data is being added</source>
        <translation>Cerrar, o cancelar mientras se añaden los datos de demostración</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Añadiendo datos de demostración…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Added {records} demo records and {attachments} attachments.</source>
        <translation>Se añadieron {records} registros de demostración y {attachments} adjuntos.</translation>
    </message>
    <message>
        <source>Cancelled. Demo records added before you cancelled stay in the vault; move them to the bin if you do not want them.</source>
        <translation>Cancelado. Los registros de demostración añadidos antes de cancelar siguen en la caja fuerte; muévalos a la papelera si no los quiere.</translation>
    </message>
</context>
<context>
    <name>DemoFeature</name>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>Rellenar con datos de &amp;demostración…</translation>
    </message>
    <message>
        <source>Add fictitious records to try npmdesk out or to train colleagues</source>
        <translation>Añadir registros ficticios para probar npmdesk o formar a colegas</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy this vault on this device</source>
        <translation>Destruir esta caja fuerte en este dispositivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;This erases the vault on this computer at once and for good.&lt;/b&gt;&lt;br&gt;Its keys are overwritten first, so nobody can open it again: not with the passphrase, not with the recovery code. Backups elsewhere are not touched.&lt;br&gt;&lt;br&gt;To confirm, type the vault&apos;s name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Esto borra la caja fuerte de este ordenador, de inmediato y para siempre.&lt;/b&gt;&lt;br&gt;Primero se sobrescriben sus claves, así que nadie podrá volver a abrirla: ni con la frase de contraseña ni con el código de recuperación. Las copias de seguridad guardadas en otro lugar no se tocan.&lt;br&gt;&lt;br&gt;Para confirmar, escriba el nombre de la caja fuerte: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vault name to confirm the erase</source>
        <translation>Nombre de la caja fuerte para confirmar el borrado</translation>
    </message>
    <message>
        <source>&amp;Vault name:</source>
        <translation>Nombre de la &amp;caja fuerte:</translation>
    </message>
    <message>
        <source>&amp;Destroy the vault</source>
        <translation>&amp;Destruir la caja fuerte</translation>
    </message>
    <message>
        <source>Destroy the vault</source>
        <translation>Destruir la caja fuerte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>{kind}, {marking}: {title}</source>
        <translation>{kind}, {marking}: {title}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Sensitivity: {name}</source>
        <translation>Sensibilidad: {name}</translation>
    </message>
    <message>
        <source>Refused or withdrawn consent</source>
        <translation>Consentimiento denegado o retirado</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>No return visit check yet</source>
        <translation>Aún no hay ninguna verificación en una nueva visita</translation>
    </message>
    <message>
        <source>Add a return &amp;visit check…</source>
        <translation>Añadir una &amp;verificación en una nueva visita…</translation>
    </message>
    <message>
        <source>Add a return visit check to this case</source>
        <translation>Añadir a este caso una verificación en una nueva visita</translation>
    </message>
    <message>
        <source>Return visit check: {person}</source>
        <translation>Verificación en una nueva visita: {person}</translation>
    </message>
</context>
<context>
    <name>DialoguePanel</name>
    <message>
        <source>The State&apos;s reports and the NPM&apos;s assessment</source>
        <translation>La situación según el Estado parte y la evaluación del MNP</translation>
    </message>
    <message>
        <source>Note about the report</source>
        <translation>Nota sobre el informe</translation>
    </message>
    <message>
        <source>History of both statuses</source>
        <translation>Historial de ambos estados</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it</source>
        <translation>Proyectos del Fondo Especial que la aplican</translation>
    </message>
    <message>
        <source>Dialogue on this recommendation</source>
        <translation>Diálogo sobre esta recomendación</translation>
    </message>
    <message>
        <source>Its report is the SPT&apos;s annual report or guidance, which recommendations do not come from: when you next edit it, choose a visit report, the NPM&apos;s own report, or none.</source>
        <translation>Su informe es el informe anual o unas orientaciones del SPT, de los que no proceden las recomendaciones: la próxima vez que la edite, elija un informe de visita, el propio informe del MNP o ninguno.</translation>
    </message>
    <message>
        <source>The State reports</source>
        <translation>Según el Estado parte</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment</source>
        <translation>La evaluación del MNP</translation>
    </message>
    <message>
        <source>The State has not reported a status.</source>
        <translation>El Estado parte no ha comunicado ninguna situación.</translation>
    </message>
    <message>
        <source>The State reports: {text}</source>
        <translation>Según el Estado parte: {text}</translation>
    </message>
    <message>
        <source>The NPM has not assessed it yet.</source>
        <translation>El MNP aún no la ha evaluado.</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment: {text}</source>
        <translation>Evaluación del MNP: {text}</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>Historial (de lo más antiguo a lo más reciente):</translation>
    </message>
    <message>
        <source>State: {change}</source>
        <translation>Estado parte: {change}</translation>
    </message>
    <message>
        <source>NPM: {change}</source>
        <translation>MNP: {change}</translation>
    </message>
    <message>
        <source>Dated: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Pruebas: {text}</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sin estado</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>fuente no indicada</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>{when}: {status} ({source}), recorded {recorded}</source>
        <translation>{when}: {status} ({source}), registrado el {recorded}</translation>
    </message>
    <message>
        <source>No Special Fund project implements it.</source>
        <translation>Ningún proyecto del Fondo Especial la aplica.</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it:</source>
        <translation>Proyectos del Fondo Especial que la aplican:</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>a new {kind}</source>
        <translation>un nuevo registro ({kind})</translation>
    </message>
    <message>
        <source>“{title}” ({kind})</source>
        <translation>«{title}» ({kind})</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Borrador sin guardar</translation>
    </message>
    <message>
        <source>You have an unsaved draft of {what}, kept {when}.</source>
        <translation>Tiene un borrador sin guardar de {what}, conservado el {when}.</translation>
    </message>
    <message>
        <source>Continue with it, or discard it?</source>
        <translation>¿Continuar con él o descartarlo?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Más &amp;tarde</translation>
    </message>
    <message>
        <source>Continue the draft in its form</source>
        <translation>Continuar el borrador en su formulario</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Descartar el borrador</translation>
    </message>
    <message>
        <source>Keep the draft and ask again next time</source>
        <translation>Conservar el borrador y volver a preguntar la próxima vez</translation>
    </message>
</context>
<context>
    <name>ExchangeFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Selected…</source>
        <translation>Exportar la &amp;selección…</translation>
    </message>
    <message>
        <source>Export the records selected in the list</source>
        <translation>Exportar los registros seleccionados en la lista</translation>
    </message>
    <message>
        <source>Export &amp;with Linked Records…</source>
        <translation>Exportar con los registros &amp;vinculados…</translation>
    </message>
    <message>
        <source>Export the record shown with its thread and linked records (a visit dossier, an annual-report submission)</source>
        <translation>Exportar el registro mostrado con su hilo y sus registros vinculados (un expediente de visita, la presentación de un informe anual)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Preview and import a package from the SPT or a colleague</source>
        <translation>Previsualizar e importar un paquete del SPT o de un colega</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Share My &amp;Keys…</source>
        <translation>Compartir mis &amp;claves…</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys, fingerprint and QR code</source>
        <translation>Mostrar las claves públicas, la huella y el código QR de esta caja fuerte</translation>
    </message>
    <message>
        <source>Add &amp;Contact from Card…</source>
        <translation>Añadir c&amp;ontacto desde su tarjeta…</translation>
    </message>
    <message>
        <source>Add a contact with the keys from their contact card</source>
        <translation>Añadir un contacto con las claves de su tarjeta de contacto</translation>
    </message>
    <message>
        <source>Export with linked records</source>
        <translation>Exportar con los registros vinculados</translation>
    </message>
    <message>
        <source>Export the selected records (or the record shown) as an encrypted, signed package; everything in the vault is a choice in the dialog</source>
        <translation>Exportar los registros seleccionados (o el registro mostrado) en un paquete cifrado y firmado; toda la caja fuerte se puede elegir en la ventana</translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>npmdesk could not write the package: {reason}. Nothing was written.</source>
        <translation>npmdesk no pudo escribir el paquete: {reason}. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ExchangeNote</name>
    <message>
        <source>Conflict: edited on both sides. This record was changed here and, differently, in a package you imported. Your version is shown; the other one is in its history. Compare them, edit the record if something should change, then mark it as settled.</source>
        <translation>Conflicto: editado en ambos lados. Este registro se cambió aquí y, de otra manera, en un paquete que usted importó. Se muestra su versión; la otra está en su historial. Compárelas, edite el registro si algo debe cambiar y luego márquelo como resuelto.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Compare versio&amp;ns…</source>
        <translation>Comparar las versio&amp;nes…</translation>
    </message>
    <message>
        <source>Compare the two versions in the record&apos;s history</source>
        <translation>Comparar las dos versiones en el historial del registro</translation>
    </message>
    <message>
        <source>Mark as &amp;settled</source>
        <translation>Marcar como res&amp;uelto</translation>
    </message>
    <message>
        <source>Mark the conflict as settled</source>
        <translation>Marcar el conflicto como resuelto</translation>
    </message>
    <message>
        <source>Keys of this contact</source>
        <translation>Claves de este contacto</translation>
    </message>
    <message>
        <source>Verify &amp;keys…</source>
        <translation>Verificar las &amp;claves…</translation>
    </message>
    <message>
        <source>Verify this contact&apos;s keys by comparing the fingerprint</source>
        <translation>Verificar las claves de este contacto comparando la huella</translation>
    </message>
    <message>
        <source>No keys yet: add them from this contact&apos;s card (File → Add Contact from Card…).</source>
        <translation>Aún no hay claves: añádalas desde la tarjeta de este contacto (Archivo → Añadir contacto desde su tarjeta…).</translation>
    </message>
    <message>
        <source>Age recipient only: packages can be exported for this contact, but none they send can be checked (no signing key).</source>
        <translation>Solo destinatario age: se pueden exportar paquetes para este contacto, pero ninguno de los que envíe se puede comprobar (no hay clave de firma).</translation>
    </message>
    <message>
        <source>Keys verified. Fingerprint {fingerprint}</source>
        <translation>Claves verificadas. Huella {fingerprint}</translation>
    </message>
    <message>
        <source>Keys NOT verified yet. Fingerprint {fingerprint}: compare it with them by phone.</source>
        <translation>Claves AÚN NO verificadas. Huella {fingerprint}: compárela con esa persona por teléfono.</translation>
    </message>
    <message>
        <source>Malformed key: a key stored for this contact is not a valid key. Edit the contact and clear it (or paste the right one).</source>
        <translation>Clave mal formada: una clave guardada para este contacto no es una clave válida. Edite el contacto y bórrela (o pegue la correcta).</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s devices (packages to it carry real names)</source>
        <translation>Dispositivo de nuestro MNP (los paquetes dirigidos a él llevan los nombres reales)</translation>
    </message>
    <message>
        <source>Only for a colleague&apos;s laptop whose keys you verified. Packages for it carry real names and records nobody may send to the SPT.</source>
        <translation>Solo para el portátil de un colega cuyas claves verificó. Los paquetes dirigidos a él llevan los nombres reales y registros que nadie puede enviar al SPT.</translation>
    </message>
    <message>
        <source>When this record left the vault</source>
        <translation>Cuándo salió este registro de la caja fuerte</translation>
    </message>
    <message numerus="yes">
        <source>Left the vault %n time(s): last on {when} to {who} ({file}).</source>
        <translation>
            <numerusform>Salió de la caja fuerte %n vez: la última el {when}, para {who} ({file}).</numerusform>
            <numerusform>Salió de la caja fuerte %n veces: la última el {when}, para {who} ({file}).</numerusform>
        </translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>quien tenga la frase de contraseña</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>un informe PDF</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>esta caja fuerte</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading the records to export…</source>
        <translation>Leyendo los registros que se exportarán…</translation>
    </message>
    <message>
        <source>Encrypting and signing the package…</source>
        <translation>Cifrando y firmando el paquete…</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>estrictamente confidencial</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>datos personales sin consentimiento registrado</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will leave the vault, encrypted and signed,</source>
        <translation>
            <numerusform>%n registro saldrá de la caja fuerte, cifrado y firmado,</numerusform>
            <numerusform>%n registros saldrán de la caja fuerte, cifrados y firmados,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n attachment(s)</source>
        <translation>
            <numerusform>con %n adjunto</numerusform>
            <numerusform>con %n adjuntos</numerusform>
        </translation>
    </message>
    <message>
        <source>({size}).</source>
        <translation>({size}).</translation>
    </message>
    <message numerus="yes">
        <source>The package also holds %n document(s).</source>
        <translation>
            <numerusform>El paquete también contiene %n documento.</numerusform>
            <numerusform>El paquete también contiene %n documentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contacts the records name travel with them (%n contact(s)).</source>
        <translation>
            <numerusform>Los contactos que nombran los registros viajan con ellos (%n contacto).</numerusform>
            <numerusform>Los contactos que nombran los registros viajan con ellos (%n contactos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Document · {name} ({size})</source>
        <translation>Documento · {name} ({size})</translation>
    </message>
    <message>
        <source>keys verified</source>
        <translation>claves verificadas</translation>
    </message>
    <message>
        <source>keys NOT verified</source>
        <translation>claves NO verificadas</translation>
    </message>
    <message>
        <source>Not verified yet: {names}. If a key is not really theirs, someone else could read the package. Compare the fingerprint with them first (Verify keys… on the contact).</source>
        <translation>Aún no verificados: {names}. Si una clave no es realmente suya, otra persona podría leer el paquete. Compare antes la huella con ellos (Verificar las claves… en el contacto).</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>una frase de contraseña</translation>
    </message>
    <message>
        <source>Exported {records} records and {attachments} attachments to {path} ({size}), encrypted for {who}. Signed by this vault: fingerprint {fingerprint}. The recipient can compare it with yours.</source>
        <translation>Se exportaron {records} registros y {attachments} adjuntos a {path} ({size}), cifrados para {who}. Firmado por esta caja fuerte: huella {fingerprint}. El destinatario puede compararla con la suya.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Se canceló la exportación. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Cancelado antes de escribir nada.</translation>
    </message>
    <message>
        <source>Save the encrypted package</source>
        <translation>Guardar el paquete cifrado</translation>
    </message>
    <message>
        <source>npmdesk packages (*{suffix})</source>
        <translation>Paquetes de npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>interno del MNP</translation>
    </message>
    <message>
        <source>Left out of the package</source>
        <translation>Excluidos del paquete</translation>
    </message>
    <message>
        <source>A person named in these records refused (or withdrew) consent to their transmission to the SPT. They stay in the vault: no confirmation can send them, and their attachments stay too. Records that link to them still go.</source>
        <translation>Una persona nombrada en estos registros denegó (o retiró) su consentimiento a que se transmitan al SPT. Se quedan en la caja fuerte: ninguna confirmación puede enviarlos, y sus adjuntos también se quedan. Los registros que los enlazan sí se envían.</translation>
    </message>
    <message>
        <source>{title}: {people} refused transmission to the SPT</source>
        <translation>{title}: transmisión al SPT denegada por {people}</translation>
    </message>
    <message>
        <source>{title}: consent to transmission was refused</source>
        <translation>{title}: se denegó el consentimiento a la transmisión</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised), and nothing is left out.</source>
        <translation>Solo para los dispositivos de su MNP: los registros llevan los nombres reales (no seudonimizados) y no se excluye nada.</translation>
    </message>
    <message>
        <source>&amp;Mark the draft communications in the package as sent</source>
        <translation>&amp;Marcar como enviadas las comunicaciones en borrador del paquete</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left out: consent to their transmission was refused.</source>
        <translation>
            <numerusform>%n registro quedó excluido: se denegó el consentimiento a su transmisión.</numerusform>
            <numerusform>%n registros quedaron excluidos: se denegó el consentimiento a su transmisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) marked as sent.</source>
        <translation>
            <numerusform>%n borrador marcado como enviado.</numerusform>
            <numerusform>%n borradores marcados como enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are strictly confidential, internal to the NPM, or they hold personal data without recorded consent. Names stay pseudonymised in the package (each record&apos;s aliases are set under People and consent in its form).</source>
        <translation>Son estrictamente confidenciales, internos del MNP o contienen datos personales sin consentimiento registrado. Los nombres siguen seudonimizados en el paquete (los alias de cada registro se definen en Personas y consentimiento, en su formulario).</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <source>The record &amp;shown</source>
        <translation>El registro m&amp;ostrado</translation>
    </message>
    <message numerus="yes">
        <source>The record with its &amp;linked records (%n)</source>
        <translation>
            <numerusform>El registro con sus registros &amp;vinculados (%n)</numerusform>
            <numerusform>El registro con sus registros &amp;vinculados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;document(s) only</source>
        <translation>Solo el/los &amp;documento(s)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected records (%n)</source>
        <translation>
            <numerusform>El registro &amp;seleccionado (%n)</numerusform>
            <numerusform>Los registros &amp;seleccionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in the &amp;vault</source>
        <translation>Todo el contenido de la ca&amp;ja fuerte</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Select records in the list (Ctrl+click or Shift+click for several) and export again, or choose “Everything in the vault” above.</source>
        <translation>Aún no hay nada elegido. Seleccione registros en la lista (Ctrl+clic o Mayús+clic para varios) y vuelva a exportar, o elija «Todo el contenido de la caja fuerte» arriba.</translation>
    </message>
    <message>
        <source>Add a &amp;recipient…</source>
        <translation>&amp;Añadir un destinatario…</translation>
    </message>
    <message>
        <source>“{name}” was added to your contacts and ticked. Their keys are NOT verified: before sending anything sensitive, open the contact and use Verify keys… to compare the fingerprint with them by phone.</source>
        <translation>«{name}» se añadió a sus contactos y quedó marcado. Sus claves NO están verificadas: antes de enviar nada delicado, abra el contacto y use Verificar las claves… para comparar la huella con esa persona por teléfono.</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one with “Add a recipient…” below, or choose a passphrase.</source>
        <translation>Ningún contacto tiene aún un destinatario age. Añada uno con «Añadir un destinatario…» abajo, o elija una frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>Everything in this &amp;list (%n)</source>
        <translation>
            <numerusform>Todo lo de esta &amp;lista (%n)</numerusform>
            <numerusform>Todo lo de esta &amp;lista (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export an encrypted package</source>
        <translation>Exportar un paquete cifrado</translation>
    </message>
    <message>
        <source>What leaves the vault</source>
        <translation>Lo que sale de la caja fuerte</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>Registros del paquete</translation>
    </message>
    <message>
        <source>These records need your confirmation</source>
        <translation>Estos registros necesitan su confirmación</translation>
    </message>
    <message>
        <source>Records that need your confirmation</source>
        <translation>Registros que necesitan su confirmación</translation>
    </message>
    <message>
        <source>They are strictly confidential, or they hold personal data without recorded consent. Names stay pseudonymised in the package.</source>
        <translation>Son estrictamente confidenciales o contienen datos personales sin consentimiento registrado. Los nombres siguen seudonimizados en el paquete.</translation>
    </message>
    <message>
        <source>I &amp;confirm these may leave the vault</source>
        <translation>&amp;Confirmo que pueden salir de la caja fuerte</translation>
    </message>
    <message>
        <source>I confirm these records may leave the vault</source>
        <translation>Confirmo que estos registros pueden salir de la caja fuerte</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema con la confirmación</translation>
    </message>
    <message>
        <source>Who can open the package</source>
        <translation>Quién puede abrir el paquete</translation>
    </message>
    <message>
        <source>&amp;Contacts (their age keys)</source>
        <translation>&amp;Contactos (sus claves age)</translation>
    </message>
    <message>
        <source>Encrypt for contacts</source>
        <translation>Cifrar para contactos</translation>
    </message>
    <message>
        <source>Recipients: tick each contact who may open the package</source>
        <translation>Destinatarios: marque cada contacto que puede abrir el paquete</translation>
    </message>
    <message>
        <source>About the recipients</source>
        <translation>Acerca de los destinatarios</translation>
    </message>
    <message>
        <source>Recipients problem</source>
        <translation>Problema con los destinatarios</translation>
    </message>
    <message>
        <source>A &amp;passphrase (tell it to the recipient by phone)</source>
        <translation>Una &amp;frase de contraseña (comuníquesela al destinatario por teléfono)</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Cifrar con una frase de contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Frase de con&amp;traseña:</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Escríbala de &amp;nuevo:</translation>
    </message>
    <message>
        <source>Package passphrase again</source>
        <translation>Frase de contraseña del paquete, otra vez</translation>
    </message>
    <message>
        <source>Passphrase confirmation problem</source>
        <translation>Problema con la confirmación de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Armored text (to paste into an e-mail) instead of a binary file</source>
        <translation>Texto &amp;blindado (para pegar en un correo) en lugar de un archivo binario</translation>
    </message>
    <message>
        <source>Write armored text</source>
        <translation>Escribir texto blindado</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problema con la exportación</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export: choose where to save the package</source>
        <translation>Exportación: elegir dónde guardar el paquete</translation>
    </message>
</context>
<context>
    <name>Fields_annual_report</name>
    <message>
        <source>Annual report details</source>
        <translation>Detalles del informe anual</translation>
    </message>
    <message>
        <source>Ye&amp;ar *:</source>
        <translation>&amp;Año *:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Year problem</source>
        <translation>Problema con el año</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Fecha de envío:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Problema con la fecha de envío</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged on:</source>
        <translation>Acuse de re&amp;cibo el:</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Acuse de recibo el</translation>
    </message>
    <message>
        <source>Acknowledged on problem</source>
        <translation>Problema con la fecha de acuse de recibo</translation>
    </message>
    <message>
        <source>Pu&amp;blished at:</source>
        <translation>Pu&amp;blicado en:</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicado en</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>Problema con la dirección de publicación</translation>
    </message>
    <message>
        <source>National dead&amp;line:</source>
        <translation>&amp;Plazo nacional:</translation>
    </message>
    <message>
        <source>National deadline</source>
        <translation>Plazo nacional</translation>
    </message>
    <message>
        <source>National deadline problem</source>
        <translation>Problema con el plazo nacional</translation>
    </message>
    <message>
        <source>Published nat&amp;ionally on:</source>
        <translation>Publicado a nivel nac&amp;ional el:</translation>
    </message>
    <message>
        <source>Published nationally on</source>
        <translation>Publicado a nivel nacional el</translation>
    </message>
    <message>
        <source>Published nationally on problem</source>
        <translation>Problema con la fecha de publicación nacional</translation>
    </message>
    <message>
        <source>National &amp;web page:</source>
        <translation>Página &amp;web nacional:</translation>
    </message>
    <message>
        <source>National web page</source>
        <translation>Página web nacional</translation>
    </message>
    <message>
        <source>National web page problem</source>
        <translation>Problema con la página web nacional</translation>
    </message>
    <message>
        <source>Tabled in parlia&amp;ment on:</source>
        <translation>Presentado al parla&amp;mento el:</translation>
    </message>
    <message>
        <source>Tabled in parliament on</source>
        <translation>Presentado al parlamento el</translation>
    </message>
    <message>
        <source>Tabled in parliament on problem</source>
        <translation>Problema con la fecha de presentación al parlamento</translation>
    </message>
    <message>
        <source>Languages sent (&amp;one per line):</source>
        <translation>Idiomas enviados (&amp;uno por línea):</translation>
    </message>
    <message>
        <source>Languages sent</source>
        <translation>Idiomas enviados</translation>
    </message>
    <message>
        <source>Languages sent problem</source>
        <translation>Problema con los idiomas enviados</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on:</source>
        <translation>Publicado en el sitio del ACNUDH el:</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on</source>
        <translation>Publicado en el sitio del ACNUDH el</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on problem</source>
        <translation>Problema con la fecha de publicación en el sitio del ACNUDH</translation>
    </message>
</context>
<context>
    <name>Fields_communication</name>
    <message>
        <source>Communication details</source>
        <translation>Detalles de la comunicación</translation>
    </message>
    <message>
        <source>D&amp;irection *:</source>
        <translation>D&amp;irección *:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Direction problem</source>
        <translation>Problema con la dirección</translation>
    </message>
    <message>
        <source>Ch&amp;annel *:</source>
        <translation>C&amp;anal *:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>Problema con el canal</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Participants problem</source>
        <translation>Problema con los participantes</translation>
    </message>
    <message>
        <source>Rep&amp;ly by:</source>
        <translation>Respo&amp;nder antes del:</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Responder antes del</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Reply by problem</source>
        <translation>Problema con la fecha de respuesta</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Hilo:</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>Thread problem</source>
        <translation>Problema con el hilo</translation>
    </message>
    <message>
        <source>In reply t&amp;o:</source>
        <translation>En res&amp;puesta a:</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>In reply to problem</source>
        <translation>Problema con «En respuesta a»</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problema con el resultado</translation>
    </message>
    <message>
        <source>Step o&amp;f the visit:</source>
        <translation>Etapa &amp;de la visita:</translation>
    </message>
    <message>
        <source>Step of the visit</source>
        <translation>Etapa de la visita</translation>
    </message>
    <message>
        <source>Step of the visit problem</source>
        <translation>Problema con la etapa de la visita</translation>
    </message>
</context>
<context>
    <name>Fields_contact</name>
    <message>
        <source>Contact details</source>
        <translation>Detalles del contacto</translation>
    </message>
    <message>
        <source>R&amp;ole *:</source>
        <translation>Fun&amp;ción *:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Role problem</source>
        <translation>Problema con la función</translation>
    </message>
    <message>
        <source>SPT reg&amp;ional team:</source>
        <translation>Equipo reg&amp;ional del SPT:</translation>
    </message>
    <message>
        <source>SPT regional team</source>
        <translation>Equipo regional del SPT</translation>
    </message>
    <message>
        <source>SPT regional team problem</source>
        <translation>Problema con el equipo regional del SPT</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Países:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Countries problem</source>
        <translation>Problema con los países</translation>
    </message>
    <message>
        <source>Org&amp;anisation:</source>
        <translation>Org&amp;anización:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Organisation problem</source>
        <translation>Problema con la organización</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Problema con el correo electrónico</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>Problema con el teléfono</translation>
    </message>
    <message>
        <source>Term start:</source>
        <translation>Inicio del mandato:</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Inicio del mandato</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Term start problem</source>
        <translation>Problema con el inicio del mandato</translation>
    </message>
    <message>
        <source>Term end:</source>
        <translation>Fin del mandato:</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fin del mandato</translation>
    </message>
    <message>
        <source>Term end problem</source>
        <translation>Problema con el fin del mandato</translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation>Destinatario age:</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>Destinatario age</translation>
    </message>
    <message>
        <source>age recipient problem</source>
        <translation>Problema con el destinatario age</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>C&amp;lave de firma:</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Signing key problem</source>
        <translation>Problema con la clave de firma</translation>
    </message>
    <message>
        <source>Keys verified</source>
        <translation>Claves verificadas</translation>
    </message>
    <message>
        <source>Keys veri&amp;fied</source>
        <translation>Claves veri&amp;ficadas</translation>
    </message>
    <message>
        <source>Keys verified problem</source>
        <translation>Problema con la verificación de las claves</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own devices</source>
        <translation>Dispositivo de nuestro MNP</translation>
    </message>
    <message>
        <source>Packages for a verified contact marked as one of your NPM&apos;s devices carry real names. The mark counts only while its keys are verified.</source>
        <translation>Los paquetes dirigidos a un contacto verificado marcado como dispositivo de su MNP llevan los nombres reales. La marca solo cuenta mientras sus claves estén verificadas.</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own de&amp;vices (packages to it carry real names)</source>
        <translation>&amp;Dispositivo de nuestro MNP (los paquetes dirigidos a él llevan los nombres reales)</translation>
    </message>
    <message>
        <source>Own device problem</source>
        <translation>Problema con el dispositivo del MNP</translation>
    </message>
</context>
<context>
    <name>Fields_interpretation_request</name>
    <message>
        <source>&amp;Question *:</source>
        <translation>&amp;Pregunta *:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Question problem</source>
        <translation>Problema con la pregunta</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>Fech&amp;a de envío:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Problema con la fecha de envío</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>Resp&amp;uesta:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Answer problem</source>
        <translation>Problema con la respuesta</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Respondida &amp;el:</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondida el</translation>
    </message>
    <message>
        <source>Answered on problem</source>
        <translation>Problema con la fecha de respuesta</translation>
    </message>
    <message>
        <source>Request for advice: details</source>
        <translation>Solicitud de asesoramiento: detalles</translation>
    </message>
    <message>
        <source>Type of re&amp;quest:</source>
        <translation>&amp;Tipo de solicitud:</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Tipo de solicitud</translation>
    </message>
    <message>
        <source>Type of request problem</source>
        <translation>Problema con el tipo de solicitud</translation>
    </message>
    <message>
        <source>Pu&amp;blished in:</source>
        <translation>Pu&amp;blicada en:</translation>
    </message>
    <message>
        <source>Answer published in</source>
        <translation>Respuesta publicada en</translation>
    </message>
    <message>
        <source>Where the answer was published, if it was: document symbol, annex</source>
        <translation>Dónde se publicó la respuesta, si se publicó: signatura del documento, anexo</translation>
    </message>
    <message>
        <source>CAT/OP/12/6, annex</source>
        <translation>CAT/OP/12/6, anexo</translation>
    </message>
    <message>
        <source>Answer published in problem</source>
        <translation>Problema con la publicación de la respuesta</translation>
    </message>
</context>
<context>
    <name>Fields_place</name>
    <message>
        <source>Place details</source>
        <translation>Detalles del lugar</translation>
    </message>
    <message>
        <source>Type &amp;of place *:</source>
        <translation>Tipo &amp;de lugar *:</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Tipo de lugar</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Type of place problem</source>
        <translation>Problema con el tipo de lugar</translation>
    </message>
    <message>
        <source>Reg&amp;ion:</source>
        <translation>Reg&amp;ión:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Region problem</source>
        <translation>Problema con la región</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Dir&amp;ección:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Problema con la dirección</translation>
    </message>
</context>
<context>
    <name>Fields_recommendation</name>
    <message>
        <source>Recommendation details</source>
        <translation>Detalles de la recomendación</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>Inf&amp;orme:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation>Problema con el informe</translation>
    </message>
    <message>
        <source>P&amp;aragraph:</source>
        <translation>P&amp;árrafo:</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Paragraph problem</source>
        <translation>Problema con el párrafo</translation>
    </message>
    <message>
        <source>Addressee *:</source>
        <translation>Destinatario *:</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Addressee problem</source>
        <translation>Problema con el destinatario</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Pru&amp;ebas:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation>Problema con las pruebas</translation>
    </message>
    <message>
        <source>Date o&amp;f evidence:</source>
        <translation>Fecha &amp;de las pruebas:</translation>
    </message>
    <message>
        <source>Date of evidence</source>
        <translation>Fecha de las pruebas</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date of evidence problem</source>
        <translation>Problema con la fecha de las pruebas</translation>
    </message>
    <message>
        <source>Responsi&amp;ble authority:</source>
        <translation>Autoridad &amp;responsable:</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autoridad responsable</translation>
    </message>
    <message>
        <source>Ministry or body</source>
        <translation>Ministerio u organismo</translation>
    </message>
    <message>
        <source>Responsible authority problem</source>
        <translation>Problema con la autoridad responsable</translation>
    </message>
    <message>
        <source>Priority or ti&amp;meframe:</source>
        <translation>&amp;Prioridad o plazo:</translation>
    </message>
    <message>
        <source>Priority or timeframe</source>
        <translation>Prioridad o plazo</translation>
    </message>
    <message>
        <source>Priority or timeframe problem</source>
        <translation>Problema con la prioridad o el plazo</translation>
    </message>
    <message>
        <source>State&apos;s reported status:</source>
        <translation>Situación según el Estado parte:</translation>
    </message>
    <message>
        <source>State&apos;s reported status</source>
        <translation>Situación según el Estado parte</translation>
    </message>
    <message>
        <source>State&apos;s reported status problem</source>
        <translation>Problema con la situación según el Estado parte</translation>
    </message>
    <message>
        <source>State&apos;s status dated:</source>
        <translation>Situación según el Estado parte al:</translation>
    </message>
    <message>
        <source>State&apos;s status dated</source>
        <translation>Situación según el Estado parte al</translation>
    </message>
    <message>
        <source>State&apos;s status dated problem</source>
        <translation>Problema con la fecha de la situación según el Estado parte</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status:</source>
        <translation>Fuente de la situación según el Estado parte:</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status</source>
        <translation>Fuente de la situación según el Estado parte</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status problem</source>
        <translation>Problema con la fuente de la situación según el Estado parte</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment:</source>
        <translation>Fuente de la evaluación del MNP:</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment</source>
        <translation>Fuente de la evaluación del MNP</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment problem</source>
        <translation>Problema con la fuente de la evaluación del MNP</translation>
    </message>
</context>
<context>
    <name>Fields_reminder</name>
    <message>
        <source>Reminder details</source>
        <translation>Detalles del recordatorio</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>About problem</source>
        <translation>Problema con el asunto</translation>
    </message>
    <message>
        <source>Repeats every year</source>
        <translation>Se repite cada año</translation>
    </message>
    <message>
        <source>Repe&amp;ats every year</source>
        <translation>Se re&amp;pite cada año</translation>
    </message>
    <message>
        <source>Repeats every year problem</source>
        <translation>Problema con la repetición anual</translation>
    </message>
</context>
<context>
    <name>Fields_report</name>
    <message>
        <source>Report details</source>
        <translation>Detalles del informe</translation>
    </message>
    <message>
        <source>Type &amp;of report *:</source>
        <translation>Tipo &amp;de informe *:</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Tipo de informe</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Type of report problem</source>
        <translation>Problema con el tipo de informe</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>V&amp;isita:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Visit problem</source>
        <translation>Problema con la visita</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Con&amp;fidential</source>
        <translation>Con&amp;fidencial</translation>
    </message>
    <message>
        <source>Confidential problem</source>
        <translation>Problema con la confidencialidad</translation>
    </message>
    <message>
        <source>Pu&amp;blished on:</source>
        <translation>Pu&amp;blicado el:</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicado el</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Published on problem</source>
        <translation>Problema con la fecha de publicación</translation>
    </message>
    <message>
        <source>Pub&amp;lished at:</source>
        <translation>Pub&amp;licado en:</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicado en</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>Problema con la dirección de publicación</translation>
    </message>
    <message>
        <source>Trans&amp;mitted on:</source>
        <translation>Trans&amp;mitido el:</translation>
    </message>
    <message>
        <source>Transmitted on</source>
        <translation>Transmitido el</translation>
    </message>
    <message>
        <source>Transmitted on problem</source>
        <translation>Problema con la fecha de transmisión</translation>
    </message>
    <message>
        <source>Ho&amp;w obtained:</source>
        <translation>&amp;Cómo se obtuvo:</translation>
    </message>
    <message>
        <source>How the NPM obtained it</source>
        <translation>Cómo lo obtuvo el MNP</translation>
    </message>
    <message>
        <source>How the NPM obtained it problem</source>
        <translation>Problema con el modo de obtención</translation>
    </message>
    <message>
        <source>Reply re&amp;quested by:</source>
        <translation>Respuesta &amp;prevista para el:</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta prevista para el</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: transmission + the reply period)</source>
        <translation>AAAA-MM-DD (vacío: transmisión + el plazo de respuesta)</translation>
    </message>
    <message>
        <source>Reply due problem</source>
        <translation>Problema con la fecha prevista de respuesta</translation>
    </message>
    <message>
        <source>Reply received (d&amp;ate):</source>
        <translation>Respuesta &amp;recibida el:</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Respuesta recibida el</translation>
    </message>
    <message>
        <source>Reply received on problem</source>
        <translation>Problema con la fecha de recepción de la respuesta</translation>
    </message>
    <message>
        <source>Publication decision:</source>
        <translation>Decisión sobre la publicación:</translation>
    </message>
    <message>
        <source>Publication decision</source>
        <translation>Decisión sobre la publicación</translation>
    </message>
    <message>
        <source>Publication decision problem</source>
        <translation>Problema con la decisión sobre la publicación</translation>
    </message>
</context>
<context>
    <name>Fields_reprisal_check</name>
    <message>
        <source>Reprisal check details</source>
        <translation>Detalles de la verificación de represalias</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>V&amp;isita:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Visit problem</source>
        <translation>Problema con la visita</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Place problem</source>
        <translation>Problema con el lugar</translation>
    </message>
    <message>
        <source>Pe&amp;ople met:</source>
        <translation>Pe&amp;rsonas entrevistadas:</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personas entrevistadas</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>People met problem</source>
        <translation>Problema con las personas entrevistadas</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Problema con el resultado</translation>
    </message>
</context>
<context>
    <name>Fields_special_fund</name>
    <message>
        <source>Special Fund application details</source>
        <translation>Detalles de la solicitud al Fondo Especial</translation>
    </message>
    <message>
        <source>C&amp;all year:</source>
        <translation>Convocatoria del &amp;año:</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Año de la convocatoria</translation>
    </message>
    <message>
        <source>Call year problem</source>
        <translation>Problema con el año de la convocatoria</translation>
    </message>
    <message>
        <source>Purp&amp;ose *:</source>
        <translation>&amp;Finalidad *:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Purpose problem</source>
        <translation>Problema con la finalidad</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Importe:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Problema con el importe</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation>Problema con la moneda</translation>
    </message>
    <message>
        <source>Recommendat&amp;ions:</source>
        <translation>Recomenda&amp;ciones:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Recommendations problem</source>
        <translation>Problema con las recomendaciones</translation>
    </message>
    <message>
        <source>Implements the pu&amp;blished report:</source>
        <translation>Aplica el informe pu&amp;blicado:</translation>
    </message>
    <message>
        <source>Implements the published report</source>
        <translation>Aplica el informe publicado</translation>
    </message>
    <message>
        <source>Implements the published report problem</source>
        <translation>Problema con el informe publicado que se aplica</translation>
    </message>
    <message>
        <source>Pro&amp;ject starts:</source>
        <translation>Inicio del &amp;proyecto:</translation>
    </message>
    <message>
        <source>Project starts</source>
        <translation>Inicio del proyecto</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Project starts problem</source>
        <translation>Problema con el inicio del proyecto</translation>
    </message>
    <message>
        <source>Project ends:</source>
        <translation>Fin del proyecto:</translation>
    </message>
    <message>
        <source>Project ends</source>
        <translation>Fin del proyecto</translation>
    </message>
    <message>
        <source>Project ends problem</source>
        <translation>Problema con el fin del proyecto</translation>
    </message>
    <message>
        <source>&amp;Fund report due:</source>
        <translation>Informe al Fondo &amp;debido el:</translation>
    </message>
    <message>
        <source>Fund report due</source>
        <translation>Informe al Fondo debido el</translation>
    </message>
    <message>
        <source>Fund report due problem</source>
        <translation>Problema con la fecha del informe al Fondo</translation>
    </message>
    <message>
        <source>Permanent Mission informed on:</source>
        <translation>Misión Permanente informada el:</translation>
    </message>
    <message>
        <source>Permanent Mission informed on</source>
        <translation>Misión Permanente informada el</translation>
    </message>
    <message>
        <source>Permanent Mission informed on problem</source>
        <translation>Problema con la fecha en que se informó a la Misión Permanente</translation>
    </message>
</context>
<context>
    <name>Fields_update</name>
    <message>
        <source>Update details</source>
        <translation>Detalles de la actualización</translation>
    </message>
    <message>
        <source>Type &amp;of update *:</source>
        <translation>Tipo &amp;de actualización *:</translation>
    </message>
    <message>
        <source>Type of update</source>
        <translation>Tipo de actualización</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Type of update problem</source>
        <translation>Problema con el tipo de actualización</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Issue problem</source>
        <translation>Problema con el tema</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>Fech&amp;a de envío:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Problema con la fecha de envío</translation>
    </message>
</context>
<context>
    <name>Fields_visit</name>
    <message>
        <source>Visit details</source>
        <translation>Detalles de la visita</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Start date problem</source>
        <translation>Problema con la fecha de inicio</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Fecha de fin:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>End date problem</source>
        <translation>Problema con la fecha de fin</translation>
    </message>
    <message>
        <source>Ann&amp;ounced on:</source>
        <translation>Anunci&amp;ada el:</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Anunciada el</translation>
    </message>
    <message>
        <source>Announced on problem</source>
        <translation>Problema con la fecha de anuncio</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>&amp;Lugares:</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Places problem</source>
        <translation>Problema con los lugares</translation>
    </message>
    <message>
        <source>The&amp;mes:</source>
        <translation>Te&amp;mas:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>Themes problem</source>
        <translation>Problema con los temas</translation>
    </message>
    <message>
        <source>Chec&amp;klist items done:</source>
        <translation>Pasos de la lista &amp;realizados:</translation>
    </message>
    <message>
        <source>Checklist items done</source>
        <translation>Pasos de la lista realizados</translation>
    </message>
    <message>
        <source>Checklist items done problem</source>
        <translation>Problema con los pasos de la lista realizados</translation>
    </message>
    <message>
        <source>Type of v&amp;isit:</source>
        <translation>&amp;Tipo de visita:</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Type of visit problem</source>
        <translation>Problema con el tipo de visita</translation>
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
        <translation>{date} no es una fecha válida: los meses se numeran del 01 al 12.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} no es una fecha válida: {month} tiene {days} días.</translation>
    </message>
</context>
<context>
    <name>FundCallDialog</name>
    <message>
        <source>Special Fund call for {year}</source>
        <translation>Convocatoria del Fondo Especial para {year}</translation>
    </message>
    <message>
        <source>Use the dates and largest grant OHCHR announced for this year&apos;s call.</source>
        <translation>Use las fechas y la subvención máxima que el ACNUDH anunció para la convocatoria de este año.</translation>
    </message>
    <message>
        <source>Call opens</source>
        <translation>Apertura de la convocatoria</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>Cierre de la convocatoria</translation>
    </message>
    <message>
        <source>Largest grant in US dollars</source>
        <translation>Subvención máxima en dólares de los Estados Unidos</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Use the reference dates</source>
        <translation>Usar las fechas de referencia</translation>
    </message>
    <message>
        <source>Save these dates</source>
        <translation>Guardar estas fechas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>FundCallNote</name>
    <message>
        <source>Special Fund call for applications</source>
        <translation>Convocatoria de solicitudes del Fondo Especial</translation>
    </message>
    <message>
        <source>Warning about the amount</source>
        <translation>Advertencia sobre el importe</translation>
    </message>
    <message>
        <source>Change the call&apos;s dates…</source>
        <translation>Cambiar las fechas de la convocatoria…</translation>
    </message>
    <message>
        <source>Change the dates and largest grant of this call</source>
        <translation>Cambiar las fechas y la subvención máxima de esta convocatoria</translation>
    </message>
    <message>
        <source>Call for applications {year}: {opens} to {closes}; grants up to USD {grant}.</source>
        <translation>Convocatoria de solicitudes {year}: del {opens} al {closes}; subvenciones de hasta {grant} USD.</translation>
    </message>
    <message>
        <source>(usual dates: confirm them against this year&apos;s call)</source>
        <translation>(fechas habituales: compruébelas con la convocatoria de este año)</translation>
    </message>
    <message>
        <source>The amount is more than the largest grant of this call; you can still save it.</source>
        <translation>El importe supera la subvención máxima de esta convocatoria; aun así puede guardarlo.</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>Read the guide that comes with npmdesk (no network needed)</source>
        <translation>Leer la guía que acompaña a npmdesk (sin conexión a la red)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>Historial de «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Now at version %n.</source>
        <translation>
            <numerusform>Versión actual: %n.</numerusform>
            <numerusform>Versión actual: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions, newest first:</source>
        <translation>Versiones anteriores, de la más reciente a la más antigua:</translation>
    </message>
    <message>
        <source>There are no earlier versions.</source>
        <translation>No hay versiones anteriores.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Text of this version:</source>
        <translation>&amp;Texto de esta versión:</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texto de la versión seleccionada</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Cerrar el historial</translation>
    </message>
    <message>
        <source>Left the vault</source>
        <translation>Salió de la caja fuerte</translation>
    </message>
    <message>
        <source>Left the vault on {when}, in {file}, for: {who}. Saved by {by}.</source>
        <translation>Salió de la caja fuerte el {when}, en {file}, para: {who}. Guardado por {by}.</translation>
    </message>
    <message>
        <source>Fingerprints: {fingerprints}</source>
        <translation>Huellas: {fingerprints}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your keys: {name}</source>
        <translation>Sus claves: {name}</translation>
    </message>
    <message>
        <source>Your keys</source>
        <translation>Sus claves</translation>
    </message>
    <message>
        <source>Scanning it gives the text of your contact card.</source>
        <translation>Al escanearlo se obtiene el texto de su tarjeta de contacto.</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Su tarjeta de contacto</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>Su destinatario age</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Su clave de firma</translation>
    </message>
    <message>
        <source>{what} was copied. Paste it into your message; the clipboard is cleared after a while.</source>
        <translation>Se copió {what}. Péguelo en su mensaje; el portapapeles se vacía al cabo de un rato.</translation>
    </message>
    <message>
        <source>For recipients without npmdesk (OpenSSH allowed_signers line):</source>
        <translation>Para destinatarios sin npmdesk (línea allowed_signers de OpenSSH):</translation>
    </message>
    <message>
        <source>Your OpenSSH allowed_signers line</source>
        <translation>Su línea allowed_signers de OpenSSH</translation>
    </message>
    <message>
        <source>Copy for &amp;OpenSSH</source>
        <translation>Copiar para &amp;OpenSSH</translation>
    </message>
    <message>
        <source>Copy your OpenSSH allowed_signers line</source>
        <translation>Copiar su línea allowed_signers de OpenSSH</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Share my keys</source>
        <translation>Compartir mis claves</translation>
    </message>
    <message>
        <source>What to give to whom</source>
        <translation>Qué dar a quién</translation>
    </message>
    <message>
        <source>Give your contact card (the QR code, or the text copied with Copy card) to the SPT members, the Secretariat and colleagues who exchange packages with you. It holds two public keys: your age recipient, with which they encrypt packages for you, and your signing key, with which they check that packages really come from you. Both may travel by e-mail.&lt;br&gt;&lt;br&gt;Then read them your &lt;b&gt;fingerprint&lt;/b&gt; by phone or in person, never in the same e-mail: when it matches what their npmdesk shows, they mark your keys as verified. Never give anyone your vault passphrase or recovery code.</source>
        <translation>Dé su tarjeta de contacto (el código QR, o el texto copiado con Copiar tarjeta) a los miembros del SPT, a la Secretaría y a los colegas que intercambian paquetes con usted. Contiene dos claves públicas: su destinatario age, con el que le cifran paquetes, y su clave de firma, con la que comprueban que los paquetes vienen realmente de usted. Ambas pueden viajar por correo electrónico.&lt;br&gt;&lt;br&gt;Después léales su &lt;b&gt;huella&lt;/b&gt; por teléfono o en persona, nunca en el mismo correo: cuando coincida con lo que muestra su npmdesk, marcarán sus claves como verificadas. No dé nunca a nadie la frase de contraseña ni el código de recuperación de su caja fuerte.</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>Código QR de su tarjeta de contacto</translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for you with it):</source>
        <translation>Destinatario age (con él otros le cifran paquetes):</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>Su destinatario age</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages you export):</source>
        <translation>Clave de firma (firma los paquetes que usted exporta):</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Su clave de firma</translation>
    </message>
    <message>
        <source>Fingerprint (read it to the other person by phone):</source>
        <translation>Huella (léasela a la otra persona por teléfono):</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Su huella</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <source>Copy &amp;card</source>
        <translation>Copiar la &amp;tarjeta</translation>
    </message>
    <message>
        <source>Copy your whole contact card</source>
        <translation>Copiar toda su tarjeta de contacto</translation>
    </message>
    <message>
        <source>Copy &amp;recipient</source>
        <translation>Copiar el &amp;destinatario</translation>
    </message>
    <message>
        <source>Copy your age recipient</source>
        <translation>Copiar su destinatario age</translation>
    </message>
    <message>
        <source>Copy &amp;signing key</source>
        <translation>Copiar la clave de &amp;firma</translation>
    </message>
    <message>
        <source>Copy your signing key</source>
        <translation>Copiar su clave de firma</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <source>Opening the package and checking its signature…</source>
        <translation>Abriendo el paquete y comprobando su firma…</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Huella: {fingerprint}</translation>
    </message>
    <message>
        <source>Importing: checking every record and file, then saving them all at once…</source>
        <translation>Importando: se comprueba cada registro y cada archivo y luego se guarda todo de una vez…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Already newer here</source>
        <translation>Ya es más reciente aquí</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Editado en ambos lados</translation>
    </message>
    <message>
        <source>Package from {npm} ({user}), made {when}.</source>
        <translation>Paquete de {npm} ({user}), creado el {when}.</translation>
    </message>
    <message>
        <source>an unnamed NPM</source>
        <translation>un MNP sin nombre</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
    <message>
        <source>This vault (a package you exported yourself).</source>
        <translation>Esta caja fuerte (un paquete que exportó usted mismo).</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys you verified.</source>
        <translation>{name}, un contacto cuyas claves verificó.</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys are NOT verified yet.</source>
        <translation>{name}, un contacto cuyas claves AÚN NO están verificadas.</translation>
    </message>
    <message>
        <source>An UNKNOWN key: it belongs to none of your contacts.</source>
        <translation>Una clave DESCONOCIDA: no pertenece a ninguno de sus contactos.</translation>
    </message>
    <message>
        <source>Before importing, call the sender on a number you already know and ask them to read their fingerprint (File → Share My Keys… in their npmdesk). Import only if it is exactly the one above.</source>
        <translation>Antes de importar, llame al remitente a un número que ya conozca y pídale que lea su huella (Archivo → Compartir mis claves… en su npmdesk). Importe solo si es exactamente la de arriba.</translation>
    </message>
    <message>
        <source>What will change — {counts}.</source>
        <translation>Lo que cambiará — {counts}.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
    <message numerus="yes">
        <source>%n new attachment(s)</source>
        <translation>
            <numerusform>%n adjunto nuevo</numerusform>
            <numerusform>%n adjuntos nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>(package: {size}).</source>
        <translation>(paquete: {size}).</translation>
    </message>
    <message>
        <source>Records edited on both sides keep your version; the other one joins their history, and they are marked for you to compare.</source>
        <translation>Los registros editados en ambos lados conservan su versión; la otra pasa a su historial y quedan marcados para que usted los compare.</translation>
    </message>
    <message>
        <source>Nothing to import: your vault already has all of it.</source>
        <translation>Nada que importar: su caja fuerte ya lo tiene todo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported — {counts}; %n new attachment(s).</source>
        <translation>
            <numerusform>Importado — {counts}; %n adjunto nuevo.</numerusform>
            <numerusform>Importado — {counts}; %n adjuntos nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: each is marked “Edited on both sides”. Open it (double-click it below), compare the versions in its History, then mark it as settled.</source>
        <translation>
            <numerusform>%n registro se editó en ambos lados: está marcado «Editado en ambos lados». Ábralo (doble clic abajo), compare las versiones en su historial y márquelo como resuelto.</numerusform>
            <numerusform>%n registros se editaron en ambos lados: cada uno está marcado «Editado en ambos lados». Ábralo (doble clic abajo), compare las versiones en su historial y márquelo como resuelto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>npmdesk packages (*.age);;All files (*)</source>
        <translation>Paquetes de npmdesk (*.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Eliminado aquí</translation>
    </message>
    <message>
        <source>Deleted here, changed by the sender</source>
        <translation>Eliminado aquí, modificado por el remitente</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted in this vault are not brought back.</source>
        <translation>
            <numerusform>%n registro eliminado en esta caja fuerte no se recupera.</numerusform>
            <numerusform>%n registros eliminados en esta caja fuerte no se recuperan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) arrive without their keys: another contact (or this vault) already has those keys.</source>
        <translation>
            <numerusform>%n contacto nuevo llega sin sus claves: otro contacto (o esta caja fuerte) ya tiene esas claves.</numerusform>
            <numerusform>%n contactos nuevos llegan sin sus claves: otro contacto (o esta caja fuerte) ya tiene esas claves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in this vault: tick to bring it back from this package</source>
        <translation>Eliminado en esta caja fuerte: márquelo para recuperarlo de este paquete</translation>
    </message>
    <message>
        <source>To bring one back from this package, tick it in the list.</source>
        <translation>Para recuperar uno de este paquete, márquelo en la lista.</translation>
    </message>
    <message>
        <source>Real names filled in (from one of your NPM&apos;s own devices)</source>
        <translation>Nombres reales completados (desde un dispositivo de su MNP)</translation>
    </message>
    <message>
        <source>It carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>Lleva los nombres reales: procede de un dispositivo de su MNP.</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import a package</source>
        <translation>Importar un paquete</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Archivo del paquete</translation>
    </message>
    <message>
        <source>Who made the package</source>
        <translation>Quién hizo el paquete</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Firmado por</translation>
    </message>
    <message>
        <source>Who signed the package</source>
        <translation>Quién firmó el paquete</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Huella del firmante</translation>
    </message>
    <message>
        <source>What to do about the signer</source>
        <translation>Qué hacer respecto al firmante</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint with the sender</source>
        <translation>He &amp;comparado la huella con el remitente</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the sender</source>
        <translation>He comparado la huella con el remitente</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Lo que cambiará</translation>
    </message>
    <message>
        <source>Records in the package and what happens to each</source>
        <translation>Registros del paquete y lo que ocurre con cada uno</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema con la importación</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Enter the pass&amp;phrase…</source>
        <translation>Escribir la frase de con&amp;traseña…</translation>
    </message>
    <message>
        <source>Enter the package passphrase</source>
        <translation>Escribir la frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the package into the vault</source>
        <translation>Importar el paquete en la caja fuerte</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>Check the vault&apos;s integrity</source>
        <translation>Comprobar la integridad de la caja fuerte</translation>
    </message>
    <message>
        <source>Checking every page of the vault. This can take a while for a large vault…</source>
        <translation>Comprobando cada página de la caja fuerte. Puede tardar un rato si la caja fuerte es grande…</translation>
    </message>
    <message>
        <source>Integrity check in progress</source>
        <translation>Comprobación de integridad en curso</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar la comprobación</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Restaurar una copia de seguridad en una carpeta nueva</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>Se canceló la comprobación. No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>La caja fuerte está en buen estado: se superaron las dos comprobaciones de integridad.</translation>
    </message>
    <message>
        <source>The vault is damaged: {count} problem(s) found. Some records or files may be unreadable. Restore your latest backup into a new folder (Vault → Restore a Backup…), then work in the restored vault; this vault is not changed.</source>
        <translation>La caja fuerte está dañada: se encontraron {count} problema(s). Algunos registros o archivos pueden ser ilegibles. Restaure su última copia de seguridad en una carpeta nueva (Caja fuerte → Restaurar una copia de seguridad…) y trabaje después en la caja fuerte restaurada; esta caja fuerte no se modifica.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>time zone not given</source>
        <translation>zona horaria no indicada</translation>
    </message>
    <message>
        <source>{date}, {time} {zone}</source>
        <translation>{date}, {time} {zone}</translation>
    </message>
    <message>
        <source>No sender</source>
        <translation>Sin remitente</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Ya en la caja fuerte</translation>
    </message>
    <message>
        <source>Reply to a message in the vault</source>
        <translation>Respuesta a un mensaje de la caja fuerte</translation>
    </message>
    <message>
        <source>Reply to a message in these files</source>
        <translation>Respuesta a un mensaje de estos archivos</translation>
    </message>
    <message>
        <source>Reply to a message not in the vault</source>
        <translation>Respuesta a un mensaje que no está en la caja fuerte</translation>
    </message>
    <message>
        <source>New: {new}. Already in the vault: {duplicates}. Cannot be read: {failures}.</source>
        <translation>Nuevos: {new}. Ya en la caja fuerte: {duplicates}. No se pueden leer: {failures}.</translation>
    </message>
    <message numerus="yes">
        <source>%n email message(s) imported.</source>
        <translation>
            <numerusform>%n mensaje de correo importado.</numerusform>
            <numerusform>%n mensajes de correo importados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped message</source>
        <translation>Mensaje arrastrado</translation>
    </message>
    <message>
        <source>A message not in this vault: {message_id}</source>
        <translation>Un mensaje que no está en esta caja fuerte: {message_id}</translation>
    </message>
    <message>
        <source>{item} — the original message</source>
        <translation>{item} — el mensaje original</translation>
    </message>
    <message>
        <source>The message exactly as it was saved from the mail program, byte for byte.
SHA-256: {sha256}</source>
        <translation>El mensaje exactamente como se guardó desde el programa de correo, byte a byte.
SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Import Email</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <source>Thunderbird offered these messages from a server folder (IMAP, news or Exchange), which npmdesk cannot read without the network: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>Thunderbird ofreció estos mensajes desde una carpeta de un servidor (IMAP, news o Exchange), que npmdesk no puede leer sin la red: arrástrelos primero al escritorio o a una carpeta y luego suelte los archivos aquí. No se importó nada.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where these messages are stored: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>Thunderbird no indicó dónde están guardados estos mensajes: arrástrelos primero al escritorio o a una carpeta y luego suelte los archivos aquí. No se importó nada.</translation>
    </message>
    <message>
        <source>Outlook offers dragged messages in a form npmdesk cannot read: drag them to a folder first (or File → Save As, Outlook Message Format), then drop the .msg files here. Nothing was imported.</source>
        <translation>Outlook entrega los mensajes arrastrados en una forma que npmdesk no puede leer: arrástrelos primero a una carpeta (o Archivo → Guardar como, formato de mensaje de Outlook) y luego suelte aquí los archivos .msg. No se importó nada.</translation>
    </message>
    <message>
        <source>Apple Mail offers dragged messages in a form npmdesk cannot read: drag them to a folder first (they become .eml files), then drop the files here. Nothing was imported.</source>
        <translation>Apple Mail entrega los mensajes arrastrados en una forma que npmdesk no puede leer: arrástrelos primero a una carpeta (se convierten en archivos .eml) y luego suelte los archivos aquí. No se importó nada.</translation>
    </message>
    <message>
        <source>The mail program offered these messages only as files it would write itself: drag them to a folder first, then drop the files here. Nothing was imported.</source>
        <translation>El programa de correo solo ofreció estos mensajes como archivos que escribiría él mismo: arrástrelos primero a una carpeta y luego suelte los archivos aquí. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>MailImportDialog</name>
    <message>
        <source>Import Email</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Leyendo los mensajes…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>npmdesk cannot tell which of these messages your organisation sent: its email addresses are not set, so every message counts as received.</source>
        <translation>npmdesk no puede saber cuáles de estos mensajes envió su organización: sus direcciones de correo no están configuradas, así que todos los mensajes cuentan como recibidos.</translation>
    </message>
    <message>
        <source>Set Your Organisation&apos;s &amp;Addresses…</source>
        <translation>Configurar las &amp;direcciones de su organización…</translation>
    </message>
    <message>
        <source>Set your organisation&apos;s email addresses</source>
        <translation>Configurar las direcciones de correo de su organización</translation>
    </message>
    <message>
        <source>Messages in these files</source>
        <translation>Mensajes de estos archivos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Hilo</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Mensajes:</translation>
    </message>
    <message>
        <source>Files that cannot &amp;be read:</source>
        <translation>Archivos que no se pueden &amp;leer:</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Archivos que no se pueden leer</translation>
    </message>
    <message>
        <source>&amp;People not among your contacts (tick those to add as contacts):</source>
        <translation>&amp;Personas que no están entre sus contactos (marque las que quiera añadir como contactos):</translation>
    </message>
    <message>
        <source>People not among your contacts</source>
        <translation>Personas que no están entre sus contactos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the new messages</source>
        <translation>Importar los mensajes nuevos</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Checking the messages again…</source>
        <translation>Volviendo a comprobar los mensajes…</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Add as a contact: {person}</source>
        <translation>Añadir como contacto: {person}</translation>
    </message>
    <message>
        <source>Importing the messages and their attachments…</source>
        <translation>Importando los mensajes y sus adjuntos…</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped. %n message(s) imported before you cancelled stay in the vault; importing the same files again adds only the others.</source>
        <translation>
            <numerusform>Importación detenida. %n mensaje importado antes de que cancelara se queda en la caja fuerte; importar de nuevo los mismos archivos solo añade los demás.</numerusform>
            <numerusform>Importación detenida. %n mensajes importados antes de que cancelara se quedan en la caja fuerte; importar de nuevo los mismos archivos solo añade los demás.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelado. No se ha importado nada.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>MailImportFeature</name>
    <message>
        <source>Import E&amp;mail…</source>
        <translation>Importar &amp;correo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Import saved email (.eml, Outlook .msg, mbox) as communications, with a preview first</source>
        <translation>Importar correo guardado (.eml, .msg de Outlook, mbox) como comunicaciones, con una vista previa antes</translation>
    </message>
    <message>
        <source>Import Email &amp;Folder…</source>
        <translation>Importar &amp;una carpeta de correo…</translation>
    </message>
    <message>
        <source>Import every saved message in a folder and its subfolders</source>
        <translation>Importar todos los mensajes guardados de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Importar correo</translation>
    </message>
    <message>
        <source>Saved email (*.eml *.msg *.mbox *.mbx);;All files, for mbox files without a suffix (*)</source>
        <translation>Correo guardado (*.eml *.msg *.mbox *.mbx);;Todos los archivos, para archivos mbox sin extensión (*)</translation>
    </message>
    <message>
        <source>Import a folder of email</source>
        <translation>Importar una carpeta de correo</translation>
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
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the vault: close it and forget its key</source>
        <translation>Bloquear la caja fuerte: cerrarla y olvidar su clave</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About npmdesk</source>
        <translation>&amp;Acerca de npmdesk</translation>
    </message>
    <message>
        <source>&amp;Destroy This Vault on This Device…</source>
        <translation>&amp;Destruir esta caja fuerte en este dispositivo…</translation>
    </message>
    <message>
        <source>Emergency erase: the keys go first, then every vault file</source>
        <translation>Borrado de emergencia: primero las claves, después cada archivo de la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Idle lock, clipboard, language and default export recipients</source>
        <translation>Bloqueo por inactividad, portapapeles, idioma y destinatarios de exportación predeterminados</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear la caja fuerte</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>B&amp;uscar en todo</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search all records and attachments</source>
        <translation>Buscar en todos los registros y adjuntos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Show what is due, awaited and coming up</source>
        <translation>Mostrar lo que vence, lo pendiente y lo próximo</translation>
    </message>
    <message>
        <source>&amp;Previous list</source>
        <translation>Lista &amp;anterior</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Next list</source>
        <translation>Lista si&amp;guiente</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>Mostrar el panel</translation>
    </message>
    <message>
        <source>About npmdesk</source>
        <translation>Acerca de npmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;An encrypted vault for a national preventive mechanism&apos;s confidential correspondence with the UN Subcommittee on Prevention of Torture.&lt;/p&gt;&lt;p&gt;Works offline; nothing leaves this computer unencrypted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;Una caja fuerte cifrada para la correspondencia confidencial de un mecanismo nacional de prevención con el Subcomité para la Prevención de la Tortura de las Naciones Unidas.&lt;/p&gt;&lt;p&gt;Funciona sin conexión; nada sale de este ordenador sin cifrar.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Member devices</source>
        <translation>Dispositivos miembros</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Applied here up to</source>
        <translation>Aplicado aquí hasta</translation>
    </message>
    <message>
        <source>Has applied ours</source>
        <translation>Ha aplicado los nuestros</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>Informes anuales</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fondo Especial</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>With the regional team</source>
        <translation>Con el equipo regional</translation>
    </message>
    <message>
        <source>With the country rapporteur</source>
        <translation>Con el relator para el país</translation>
    </message>
    <message>
        <source>With the Secretariat</source>
        <translation>Con la Secretaría</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Lists of records</source>
        <translation>Listas de registros</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n record(s)</source>
        <translation>
            <numerusform>{name}: %n registro</numerusform>
            <numerusform>{name}: %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Editados en ambos lados</translation>
    </message>
    <message>
        <source>Requests for advice</source>
        <translation>Solicitudes de asesoramiento</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Represalias</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declaraciones públicas</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Setting the new passphrase. This takes a few seconds…</source>
        <translation>Estableciendo la nueva frase de contraseña. Tarda unos segundos…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elija una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Al menos 10 caracteres; varias palabras son más fáciles de recordar</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Solidez de la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>C&amp;onfirmar la frase de contraseña:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema con la confirmación</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>Problema al cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>&amp;Lock without changing</source>
        <translation>&amp;Bloquear sin cambiarla</translation>
    </message>
    <message>
        <source>Lock the vault without changing the passphrase</source>
        <translation>Bloquear la caja fuerte sin cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Establecer la frase de contraseña</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Establecer la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery code. Choose the passphrase you will use from now on; the old one stops working. A recovery code opens the vault only once: next, npmdesk shows you a new recovery code to write down, and the code you used stops working as soon as you confirm that you have written down the new one.</source>
        <translation>Abrió la caja fuerte con su código de recuperación. Elija la frase de contraseña que usará a partir de ahora; la anterior deja de funcionar. Un código de recuperación abre la caja fuerte una sola vez: a continuación, npmdesk le muestra un nuevo código de recuperación para anotar, y el código que usó deja de funcionar en cuanto confirma que anotó el nuevo.</translation>
    </message>
</context>
<context>
    <name>NpmdeskError</name>
    <message>
        <source>Invalid use of &apos;npmdesk age&apos;: see &apos;npmdesk age --help&apos;.</source>
        <translation>Uso incorrecto de «npmdesk age»: consulte «npmdesk age --help».</translation>
    </message>
    <message>
        <source>No passphrase given: run in a terminal to be asked for it, or set the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>No se indicó ninguna frase de contraseña: ejecute el comando en un terminal para que se le pida, o defina la variable de entorno NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Refusing to write binary encrypted data to the terminal: use -a (armor), -o FILE, or redirect the output.</source>
        <translation>No se escriben datos cifrados binarios en el terminal: use -a (blindaje), -o ARCHIVO o redirija la salida.</translation>
    </message>
    <message>
        <source>No passphrase given: run in a terminal, or use --passphrase-file FILE or the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>No se indicó ninguna frase de contraseña: ejecute el comando en un terminal, o use --passphrase-file ARCHIVO o la variable de entorno NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Las dos frases de contraseña son diferentes. No se escribió nada.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this contact&apos;s signing key. The contact was NOT marked as verified: compare again with the person, by phone for example.</source>
        <translation>La huella que escribió no es la de la clave de firma de este contacto. El contacto NO se marcó como verificado: vuelva a compararla con la persona, por teléfono por ejemplo.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Frase de contraseña incorrecta. Compruebe Bloq Mayús y la distribución del teclado e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This recovery code does not open this vault.</source>
        <translation>Este código de recuperación no abre esta caja fuerte.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake: check each group of four characters against your written copy.</source>
        <translation>Este código de recuperación tiene un error de escritura: compruebe cada grupo de cuatro caracteres con su copia escrita.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened safely. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>La caja fuerte está dañada y no se puede abrir con seguridad. No se cambió nada. Restaure su última copia de seguridad («npmdesk restore»).</translation>
    </message>
    <message>
        <source>This vault is already open in another npmdesk window or command. Close it there first.</source>
        <translation>Esta caja fuerte ya está abierta en otra ventana u otro comando de npmdesk. Ciérrela allí primero.</translation>
    </message>
    <message>
        <source>This device has no working keyring, so npmdesk cannot remember the vault here. Use your passphrase.</source>
        <translation>Este dispositivo no tiene un llavero que funcione, así que npmdesk no puede recordar aquí la caja fuerte. Use su frase de contraseña.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this device. Use your passphrase.</source>
        <translation>Esta caja fuerte no se recuerda en este dispositivo. Use su frase de contraseña.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npmdesk. Install the latest version to open it; nothing was changed.</source>
        <translation>Esta caja fuerte se creó con una versión más reciente de npmdesk. Instale la última versión para abrirla; no se cambió nada.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>La frase de contraseña debe tener al menos 10 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>La caja fuerte está bloqueada. Desbloquéela primero.</translation>
    </message>
    <message>
        <source>This backup is damaged (cut short or altered) and cannot be restored. Nothing was changed. Try another copy of the backup.</source>
        <translation>Esta copia de seguridad está dañada (cortada o alterada) y no se puede restaurar. No se cambió nada. Pruebe con otra copia.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of npmdesk. Install the latest version to restore it; nothing was changed.</source>
        <translation>Esta copia de seguridad se hizo con una versión más reciente de npmdesk. Instale la última versión para restaurarla; no se cambió nada.</translation>
    </message>
    <message>
        <source>A backup cannot be written inside the vault folder (an emergency erase would leave it behind); choose a place outside it.</source>
        <translation>No se puede escribir una copia de seguridad dentro de la carpeta de la caja fuerte (un borrado de emergencia la dejaría atrás); elija un lugar fuera de ella.</translation>
    </message>
    <message>
        <source>The backup was written but did not pass verification, so it was deleted. Check the disk you are writing to and try again.</source>
        <translation>La copia se escribió pero no superó la comprobación, así que se borró. Compruebe el disco en el que escribe e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This package cannot be read. Nothing was changed.</source>
        <translation>Este paquete no se puede leer. No se cambió nada.</translation>
    </message>
    <message>
        <source>This age file is not an npmdesk package (its contents are not in the package format). Nothing was changed.</source>
        <translation>Este archivo age no es un paquete de npmdesk (su contenido no tiene el formato de los paquetes). No se cambió nada.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of npmdesk (unknown format version). Update npmdesk to open it. Nothing was changed.</source>
        <translation>Este paquete se creó con una versión más reciente de npmdesk (versión de formato desconocida). Actualice npmdesk para abrirlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This package&apos;s signature does not verify: it was altered after it was signed, or it is forged. Nothing was changed.</source>
        <translation>La firma de este paquete no se verifica: se alteró después de firmarse o es falso. No se cambió nada.</translation>
    </message>
    <message>
        <source>This package was re-addressed: it opens with your key, but its signed list of recipients does not name you. Ask the sender to export it for you again. Nothing was changed.</source>
        <translation>Este paquete se redirigió: se abre con su clave, pero su lista firmada de destinatarios no lo nombra a usted. Pida al remitente que se lo vuelva a exportar. No se cambió nada.</translation>
    </message>
    <message>
        <source>There is nothing to export: choose at least one record.</source>
        <translation>No hay nada que exportar: elija al menos un registro.</translation>
    </message>
    <message>
        <source>This is not a valid npmdesk signing key (it starts with npmsig1 and has 65 characters).</source>
        <translation>No es una clave de firma de npmdesk válida (empieza por npmsig1 y tiene 65 caracteres).</translation>
    </message>
    <message>
        <source>This attachment is no longer in the vault.</source>
        <translation>Este adjunto ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This attachment&apos;s content does not match its checksum; restore it from a backup.</source>
        <translation>El contenido de este adjunto no coincide con su suma de comprobación; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>An attachment needs a file name of at most 255 characters, without control characters.</source>
        <translation>Un adjunto necesita un nombre de archivo de 255 caracteres como máximo, sin caracteres de control.</translation>
    </message>
    <message>
        <source>This draft cannot be kept: it is not form content npmdesk can store.</source>
        <translation>Este borrador no se puede conservar: no es contenido de formulario que npmdesk pueda guardar.</translation>
    </message>
    <message>
        <source>This draft is too large to keep. Shorten the text or save the record.</source>
        <translation>Este borrador es demasiado grande para conservarlo. Acorte el texto o guarde el registro.</translation>
    </message>
    <message>
        <source>This draft is no longer in the vault.</source>
        <translation>Este borrador ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. Reopen it to see the latest version (yours is kept in its history).</source>
        <translation>Este registro se cambió en otro lugar desde que lo abrió. Vuelva a abrirlo para ver la última versión (la suya se conserva en su historial).</translation>
    </message>
    <message>
        <source>Unknown report: choose correspondence-log, visit-dossier or recommendations.</source>
        <translation>Informe desconocido: elija correspondence-log, visit-dossier o recommendations.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the start and end dates.</source>
        <translation>El período termina antes de empezar: compruebe las fechas de inicio y de fin.</translation>
    </message>
    <message>
        <source>A visit dossier is about one visit: choose the visit (on the command line, --visit ID).</source>
        <translation>Un expediente de visita trata de una sola visita: elija la visita (en la línea de comandos, --visit ID).</translation>
    </message>
    <message>
        <source>Standard input can be used only once: give INPUT, -R and -i files as paths when one of them is &apos;-&apos;.</source>
        <translation>La entrada estándar solo se puede usar una vez: indique los archivos INPUT, -R e -i por su ruta cuando uno de ellos sea «-».</translation>
    </message>
    <message>
        <source>Missing recipients: give -r RECIPIENT, -R FILE, -i FILE or -p.</source>
        <translation>Faltan destinatarios: indique -r DESTINATARIO, -R ARCHIVO, -i ARCHIVO o -p.</translation>
    </message>
    <message>
        <source>This package was not signed by the key you expected. Nothing was written.</source>
        <translation>Este paquete no lo firmó la clave esperada. No se escribió nada.</translation>
    </message>
    <message>
        <source>npmdesk could not update this vault to its new format, so it was left as it was. Keep using your backup and report the problem.</source>
        <translation>npmdesk no pudo actualizar esta caja fuerte a su nuevo formato, así que se dejó como estaba. Siga usando su copia de seguridad e informe del problema.</translation>
    </message>
    <message>
        <source>npmdesk could not write to the disk (is it full?). This change was not saved; everything saved before is safe. Free some space and try again.</source>
        <translation>npmdesk no pudo escribir en el disco (¿está lleno?). Este cambio no se guardó; todo lo guardado antes está a salvo. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This record is in the bin. Restore it before changing its attachments.</source>
        <translation>Este registro está en la papelera. Restáurelo antes de cambiar sus adjuntos.</translation>
    </message>
    <message>
        <source>npmdesk is still working on attachments. Wait for it to finish, or cancel it first.</source>
        <translation>npmdesk aún está trabajando con los adjuntos. Espere a que termine o cancele antes.</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name (the card may not carry one).</source>
        <translation>Escriba el nombre del contacto (puede que la tarjeta no lo incluya).</translation>
    </message>
    <message>
        <source>Paste a contact card, or type at least the age recipient (age1…) or the signing key (npmsig1…).</source>
        <translation>Pegue una tarjeta de contacto o escriba al menos el destinatario age (age1…) o la clave de firma (npmsig1…).</translation>
    </message>
    <message>
        <source>This is not an npmdesk contact card. A card starts with npmdesk-contact:1; copy it whole from the other person&apos;s Share my keys window.</source>
        <translation>Esto no es una tarjeta de contacto de npmdesk. Una tarjeta empieza por npmdesk-contact:1; cópiela entera desde la ventana Compartir mis claves de la otra persona.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer version of npmdesk. Update npmdesk to read it.</source>
        <translation>Esta tarjeta de contacto se creó con una versión más reciente de npmdesk. Actualice npmdesk para leerla.</translation>
    </message>
    <message>
        <source>The age recipient in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>El destinatario age de esta tarjeta de contacto está dañado (falta un carácter o hay uno incorrecto). Vuelva a pedir la tarjeta.</translation>
    </message>
    <message>
        <source>The signing key in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>La clave de firma de esta tarjeta de contacto está dañada (falta un carácter o hay uno incorrecto). Vuelva a pedir la tarjeta.</translation>
    </message>
    <message>
        <source>Tick at least one contact who may open the package, or choose a passphrase instead.</source>
        <translation>Marque al menos un contacto que pueda abrir el paquete, o elija en su lugar una frase de contraseña.</translation>
    </message>
    <message>
        <source>Tick “I confirm these may leave the vault” after reviewing the records listed above.</source>
        <translation>Marque «Confirmo que pueden salir de la caja fuerte» después de revisar los registros de la lista de arriba.</translation>
    </message>
    <message>
        <source>npmdesk could not lay out the report.</source>
        <translation>npmdesk no pudo maquetar el informe.</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file asks for far more unlocking work than npmdesk ever sets, so it was not tried: the file is damaged or was tampered with. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>El archivo de ranuras de clave de la caja fuerte pide mucho más trabajo de desbloqueo del que npmdesk fija nunca, así que no se intentó: el archivo está dañado o fue manipulado. No se cambió nada. Restaure su última copia de seguridad («npmdesk restore»).</translation>
    </message>
    <message>
        <source>The vault is busy with another task (an import or an attachment being added), so nothing was changed: try again when it has finished.</source>
        <translation>La caja fuerte está ocupada con otra tarea (una importación o un adjunto que se está añadiendo), así que no se cambió nada: inténtelo de nuevo cuando termine.</translation>
    </message>
    <message>
        <source>The disk is full (or was when this vault was unlocked), so this task cannot run and nothing was changed: free some space, then lock and unlock the vault.</source>
        <translation>El disco está lleno (o lo estaba al desbloquear esta caja fuerte), así que esta tarea no puede ejecutarse y no se cambió nada: libere espacio y luego bloquee y desbloquee la caja fuerte.</translation>
    </message>
    <message>
        <source>This backup&apos;s key slots ask for far more unlocking work than npmdesk ever sets, so it was not tried: the backup is damaged or was tampered with. Nothing was changed. Try another copy of the backup.</source>
        <translation>Las ranuras de clave de esta copia de seguridad piden mucho más trabajo de desbloqueo del que npmdesk fija nunca, así que no se intentó: la copia está dañada o fue manipulada. No se cambió nada. Pruebe con otra copia.</translation>
    </message>
    <message>
        <source>This package is not addressed to you: it was encrypted for other recipients, and none of your keys opens it. Ask the sender to export it for your key. Nothing was changed.</source>
        <translation>Este paquete no está dirigido a usted: se cifró para otros destinatarios y ninguna de sus claves lo abre. Pida al remitente que lo exporte para su clave. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>A temporary file of this export was changed while it was being written, so nothing was exported. Check the disk and try again.</source>
        <translation>Un archivo temporal de esta exportación cambió mientras se escribía, así que no se exportó nada. Compruebe el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A record cannot change its kind (a contact stays a contact). Nothing was changed.</source>
        <translation>Un registro no puede cambiar de tipo (un contacto sigue siendo un contacto). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A change of recovery code did not finish last time: your previous code still opens the vault. Here is a new recovery code; the previous one stops working when you continue.</source>
        <translation>Un cambio de código de recuperación no terminó la última vez: su código anterior todavía abre la caja fuerte. Aquí tiene un nuevo código de recuperación; el anterior dejará de funcionar cuando continúe.</translation>
    </message>
    <message>
        <source>Give each field as --field NAME=VALUE, for example --field year=2025.</source>
        <translation>Indique cada campo como --field NOMBRE=VALOR, por ejemplo --field year=2025.</translation>
    </message>
    <message>
        <source>A record&apos;s consent changed while the package was being made (someone refused its transmission): start the export again to see what is left out. Nothing was written.</source>
        <translation>El consentimiento de un registro cambió mientras se creaba el paquete (alguien denegó su transmisión): vuelva a iniciar la exportación para ver qué queda excluido. No se escribió nada.</translation>
    </message>
    <message>
        <source>This package was refused: it carries real names, and only a package from one of your NPM&apos;s own devices (a verified contact marked as such) may. Nothing was changed.</source>
        <translation>Este paquete se rechazó: lleva los nombres reales, y solo puede hacerlo un paquete procedente de un dispositivo de su MNP (un contacto verificado marcado como tal). No se cambió nada.</translation>
    </message>
    <message>
        <source>Recommendations come from a visit report or the NPM&apos;s own report, not from the SPT&apos;s annual report or guidance: choose another report or none.</source>
        <translation>Las recomendaciones proceden de un informe de visita o del propio informe del MNP, no del informe anual ni de las orientaciones del SPT: elija otro informe o ninguno.</translation>
    </message>
    <message>
        <source>The reply period must be a whole number of months from 1 to 36.</source>
        <translation>El plazo de respuesta debe ser un número entero de meses entre 1 y 36.</translation>
    </message>
    <message>
        <source>Name the person by a pseudonym from this record&apos;s people (for example person A), never by a real name.</source>
        <translation>Designe a la persona con un seudónimo de entre las personas de este registro (por ejemplo, persona A), nunca con un nombre real.</translation>
    </message>
    <message>
        <source>The call for applications must close on or after the day it opens, in the same year.</source>
        <translation>La convocatoria de solicitudes debe cerrarse el mismo día de su apertura o después, en el mismo año.</translation>
    </message>
    <message>
        <source>The largest grant must be a positive amount in US dollars.</source>
        <translation>La subvención máxima debe ser un importe positivo en dólares de los Estados Unidos.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2027-01-01.</source>
        <translation>Las fechas se escriben AAAA-MM-DD, por ejemplo 2027-01-01.</translation>
    </message>
    <message>
        <source>Give --purpose and --state together (for example --purpose spt_transmission --state refused).</source>
        <translation>Indique --purpose y --state juntos (por ejemplo --purpose spt_transmission --state refused).</translation>
    </message>
    <message>
        <source>Another person of this record has that alias: choose another with --alias.</source>
        <translation>Otra persona de este registro tiene ese alias: elija otro con --alias.</translation>
    </message>
    <message>
        <source>Nothing to change: give --field, --clear-field, --title, --status, --date, --due, --country, --article or --review-date.</source>
        <translation>Nada que cambiar: indique --field, --clear-field, --title, --status, --date, --due, --country, --article o --review-date.</translation>
    </message>
    <message>
        <source>Paste the age recipient (age1…) or the contact card: a package is encrypted to the age recipient.</source>
        <translation>Pegue el destinatario age (age1…) o la tarjeta de contacto: un paquete se cifra para el destinatario age.</translation>
    </message>
    <message>
        <source>There is no screen to show the npmdesk window on (started over SSH or without a desktop); use the npmdesk command line instead (npmdesk --help).</source>
        <translation>No hay ninguna pantalla donde mostrar la ventana de npmdesk (iniciado por SSH o sin escritorio); use en su lugar npmdesk en la línea de comandos (npmdesk --help).</translation>
    </message>
    <message>
        <source>The npmdesk window cannot open because a system library Qt needs is missing (on Debian or Ubuntu: sudo apt-get install libxcb-cursor0); the npmdesk command line works meanwhile (npmdesk --help).</source>
        <translation>La ventana de npmdesk no puede abrirse porque falta una biblioteca del sistema que Qt necesita (en Debian o Ubuntu: sudo apt-get install libxcb-cursor0); mientras tanto, npmdesk funciona en la línea de comandos (npmdesk --help).</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Elija el archivo de copia de seguridad que desea restaurar.</translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Elija una carpeta nueva para la caja fuerte restaurada.</translation>
    </message>
    <message>
        <source>A backup cannot be restored into this vault&apos;s folder or inside it; choose a new folder outside it. This vault was not changed.</source>
        <translation>Una copia de seguridad no se puede restaurar en la carpeta de esta caja fuerte ni dentro de ella; elija una carpeta nueva fuera de ella. Esta caja fuerte no se modificó.</translation>
    </message>
    <message>
        <source>Type the passphrase the vault had when the backup was made, or use its recovery code.</source>
        <translation>Escriba la frase de contraseña que tenía la caja fuerte cuando se hizo la copia, o use su código de recuperación.</translation>
    </message>
    <message>
        <source>This needs the package&apos;s passphrase: use --package-passphrase-file FILE, the NPMDESK_PACKAGE_PASSPHRASE environment variable, or run it in a terminal.</source>
        <translation>Se necesita la frase de contraseña del paquete: use --package-passphrase-file ARCHIVO, la variable de entorno NPMDESK_PACKAGE_PASSPHRASE, o ejecútelo en un terminal.</translation>
    </message>
    <message>
        <source>Nothing was typed: type the passphrase or code (npmdesk does not make one up).</source>
        <translation>No se escribió nada: escriba la frase de contraseña o el código (npmdesk no inventa uno).</translation>
    </message>
    <message>
        <source>This file is not an email message npmdesk can read (saved .eml, mbox or Outlook .msg); nothing was imported from it.</source>
        <translation>Este archivo no es un mensaje de correo que npmdesk pueda leer (.eml, mbox o .msg de Outlook guardado); no se importó nada de él.</translation>
    </message>
    <message>
        <source>This message has too many parts, or parts nested too deeply, to be a real email; nothing was imported from it.</source>
        <translation>Este mensaje tiene demasiadas partes, o partes anidadas demasiado, para ser un correo real; no se importó nada de él.</translation>
    </message>
    <message>
        <source>Reading this message took too long; nothing was imported from it.</source>
        <translation>La lectura de este mensaje tardó demasiado; no se importó nada de él.</translation>
    </message>
    <message>
        <source>A protected PDF is opened with a password, not an age key: use --passphrase (npmdesk generates the password) or --passphrase --package-passphrase-file F.</source>
        <translation>Un PDF protegido se abre con una contraseña, no con una clave age: use --passphrase (npmdesk genera la contraseña) o --passphrase --package-passphrase-file F.</translation>
    </message>
    <message>
        <source>You stopped waiting for this write, so it was not made.</source>
        <translation>Dejó de esperar esta escritura, así que no se hizo.</translation>
    </message>
    <message>
        <source>npmdesk could not remember the vault on this device. Use your passphrase.</source>
        <translation>npmdesk no pudo recordar la caja fuerte en este dispositivo. Use su frase de contraseña.</translation>
    </message>
    <message>
        <source>This file is neither an encrypted npmdesk package nor a password-protected PDF: npmdesk never attaches an unencrypted file to an email. Export it as a package or a protected PDF first.</source>
        <translation>Este archivo no es un paquete cifrado de npmdesk ni un PDF protegido con contraseña: npmdesk nunca adjunta un archivo sin cifrar a un correo. Expórtelo primero como paquete o como PDF protegido.</translation>
    </message>
    <message>
        <source>This vault has no record of exporting a file of this name: choose the package or protected PDF as npmdesk exported it (under the name it was given), or export it again.</source>
        <translation>Esta caja fuerte no ha exportado ningún archivo con este nombre: elija el paquete o el PDF protegido tal como npmdesk lo exportó (con el nombre que se le dio), o expórtelo de nuevo.</translation>
    </message>
    <message>
        <source>npmdesk could not read this file: check that it is still there and readable.</source>
        <translation>npmdesk no pudo leer este archivo: compruebe que sigue ahí y que se puede leer.</translation>
    </message>
    <message>
        <source>Give at least one recipient&apos;s email address.</source>
        <translation>Indique la dirección de correo de al menos un destinatario.</translation>
    </message>
    <message>
        <source>A recipient&apos;s address is not an email address (name@example.org): check the addresses.</source>
        <translation>La dirección de un destinatario no es una dirección de correo (nombre@example.org): compruebe las direcciones.</translation>
    </message>
    <message>
        <source>Reports are written in English (en), French (fr), Spanish (es), Arabic (ar), Russian (ru) or Portuguese (pt).</source>
        <translation>Los informes se redactan en inglés (en), francés (fr), español (es), árabe (ar), ruso (ru) o portugués (pt).</translation>
    </message>
    <message>
        <source>This vault has no team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>Esta caja fuerte aún no tiene carpeta de equipo: elija una con &apos;npmdesk team folder DIR&apos;.</translation>
    </message>
    <message>
        <source>The team folder cannot be inside the vault&apos;s folder: choose another one. Nothing was changed.</source>
        <translation>La carpeta de equipo no puede estar dentro de la carpeta de la caja fuerte: elija otra. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Another member already has this signing key (or it is this vault&apos;s own): a device joins the team once. Nothing was changed.</source>
        <translation>Otro miembro ya tiene esta clave de firma (o es la de esta caja fuerte): un dispositivo se une al equipo una sola vez. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>-e/--encrypt and -d/--decrypt cannot be used together.</source>
        <translation>-e/--encrypt y -d/--decrypt no pueden usarse juntos.</translation>
    </message>
    <message>
        <source>-i/--identity can be used when encrypting only with an explicit -e/--encrypt (to encrypt to the keys&apos; public keys); to decrypt, add -d.</source>
        <translation>-i/--identity solo sirve para cifrar con un -e/--encrypt explícito (para cifrar a las claves públicas de las claves); para descifrar, añada -d.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be combined with -r, -R or -i.</source>
        <translation>-p/--passphrase no puede combinarse con -r, -R o -i.</translation>
    </message>
    <message>
        <source>-r/-R cannot be used with -d/--decrypt.</source>
        <translation>-r/-R no pueden usarse con -d/--decrypt.</translation>
    </message>
    <message>
        <source>-a/--armor cannot be used with -d/--decrypt: armor is detected.</source>
        <translation>-a/--armor no puede usarse con -d/--decrypt: el blindaje se detecta.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be used with -d/--decrypt: passphrase-protected files are detected (you will be asked for the passphrase).</source>
        <translation>-p/--passphrase no puede usarse con -d/--decrypt: los archivos protegidos por frase de contraseña se detectan (se le pedirá la frase).</translation>
    </message>
    <message>
        <source>--visit, --from and --to choose a report&apos;s records: give --report KIND with them (a contact is --to-contact NAME).</source>
        <translation>--visit, --from y --to eligen los registros de un informe: indique --report TIPO con ellos (un contacto es --to-contact NOMBRE).</translation>
    </message>
    <message>
        <source>--armor is for packages; a protected PDF is written as a PDF.</source>
        <translation>--armor es para paquetes; un PDF protegido se escribe como PDF.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it must be a small text file (its first line is used).</source>
        <translation>No se puede leer {path}: debe ser un archivo de texto pequeño (se usa su primera línea).</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}.</source>
        <translation>No se puede leer el archivo ({what}) {path}.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>No se puede leer {path}.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name, or add --force to replace it.</source>
        <translation>{path} ya existe: elija otro nombre de archivo o añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>There is no folder {path} to write the report in.</source>
        <translation>No existe la carpeta {path} donde escribir el informe.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is damaged (%n problem(s) found). Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>
            <numerusform>La caja fuerte está dañada (%n problema encontrado). Restaure su última copia de seguridad (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>La caja fuerte está dañada (%n problemas encontrados). Restaure su última copia de seguridad (&apos;npmdesk restore&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Several contacts are named {name}; give the contact&apos;s id instead.</source>
        <translation>Varios contactos se llaman {name}; indique el identificador del contacto.</translation>
    </message>
    <message>
        <source>There is no contact named {name} (closest existing names: {closest}); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>No hay ningún contacto llamado {name} (nombres existentes más cercanos: {closest}); no se añadió nada: indique el nombre o el identificador de un contacto existente, o cree uno a propósito con --new-counterpart NOMBRE (o &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>There is no contact named {name} (no contact has a similar name); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>No hay ningún contacto llamado {name} (ningún contacto tiene un nombre parecido); no se añadió nada: indique el nombre o el identificador de un contacto existente, o cree uno a propósito con --new-counterpart NOMBRE (o &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>A contact named {name} already exists; nothing was added: use --counterpart to name them.</source>
        <translation>Ya existe un contacto llamado {name}; no se añadió nada: use --counterpart para indicarlo.</translation>
    </message>
    <message>
        <source>There is no contact {name} (give the contact&apos;s name or id).</source>
        <translation>No hay ningún contacto {name} (indique el nombre o el identificador del contacto).</translation>
    </message>
    <message>
        <source>The signing key stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>La clave de firma guardada para el contacto {name} está mal formada: quítela con &apos;npmdesk contact remove-key&apos; y añada la correcta.</translation>
    </message>
    <message>
        <source>The age recipient stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>El destinatario age guardado para el contacto {name} está mal formado: quítelo con &apos;npmdesk contact remove-key&apos; y añada el correcto.</translation>
    </message>
    <message>
        <source>Verify the keys of {name} first (&apos;npmdesk contact verify&apos;): only a verified contact can be marked as one of your NPM&apos;s own devices. Nothing was changed.</source>
        <translation>Verifique primero las claves de {name} (&apos;npmdesk contact verify&apos;): solo un contacto verificado puede marcarse como uno de los dispositivos de su MNP. No se cambió nada.</translation>
    </message>
    <message>
        <source>The contact {name} has no age recipient yet: add it first.</source>
        <translation>El contacto {name} aún no tiene destinatario age: añádalo primero.</translation>
    </message>
    <message>
        <source>The contact {name} has no signing key to verify.</source>
        <translation>El contacto {name} no tiene clave de firma que verificar.</translation>
    </message>
    <message>
        <source>{refusal} To preview or import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} Para previsualizarlo o importarlo tras comparar, añada --accept-unverified.</translation>
    </message>
    <message>
        <source>{refusal} To import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} Para importarlo tras comparar, añada --accept-unverified.</translation>
    </message>
    <message>
        <source>There is no kind of record {kind}; the kinds are: {kinds} (&apos;npmdesk kinds&apos; shows their fields).</source>
        <translation>No existe el tipo de registro {kind}; los tipos son: {kinds} (&apos;npmdesk kinds&apos; muestra sus campos).</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no field {name}; its fields are: {fields}.</source>
        <translation>Un registro de tipo {kind} no tiene el campo {name}; sus campos son: {fields}.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact verify&apos;, after comparing fingerprints.</source>
        <translation>El campo {name} no se fija con --field: lo fija &apos;npmdesk contact verify&apos;, tras comparar las huellas.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact own-device&apos;, for a contact whose keys are verified.</source>
        <translation>El campo {name} no se fija con --field: lo fija &apos;npmdesk contact own-device&apos;, para un contacto cuyas claves están verificadas.</translation>
    </message>
    <message>
        <source>The field {name} takes one value: give it once (with --field or --clear-field).</source>
        <translation>El campo {name} admite un solo valor: indíquelo una vez (con --field o --clear-field).</translation>
    </message>
    <message>
        <source>The field {name} takes {allowed}.</source>
        <translation>El campo {name} admite {allowed}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} needs the field {name}: add --field {field}=VALUE, where VALUE is {allowed}.</source>
        <translation>Un registro de tipo {kind} necesita el campo {name}: añada --field {field}=VALOR, donde VALOR es {allowed}.</translation>
    </message>
    <message>
        <source>The field {name} is required for a record of kind {kind}, so it cannot be cleared.</source>
        <translation>El campo {name} es obligatorio para un registro de tipo {kind}, así que no puede vaciarse.</translation>
    </message>
    <message>
        <source>The field {name} lists records of this vault, and there is no record {record_id} in it.</source>
        <translation>El campo {name} enumera registros de esta caja fuerte, y no hay ningún registro {record_id} en ella.</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no status {status}; its statuses are: {statuses}.</source>
        <translation>Un registro de tipo {kind} no tiene el estado {status}; sus estados son: {statuses}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} whose {field} is {value} has no status {status}; its statuses are: {statuses}.</source>
        <translation>Un registro de tipo {kind} cuyo {field} es {value} no tiene el estado {status}; sus estados son: {statuses}.</translation>
    </message>
    <message>
        <source>{address} is not the address of anyone in these messages; give an address that &apos;mail import --dry-run&apos; lists as not among your contacts.</source>
        <translation>{address} no es la dirección de nadie en estos mensajes; indique una dirección que &apos;mail import --dry-run&apos; muestre como ausente de sus contactos.</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Create one with &apos;npmdesk init&apos;.</source>
        <translation>No hay ninguna caja fuerte en {path}. Cree una con &apos;npmdesk init&apos;.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another place for the new vault.</source>
        <translation>{path} ya existe; elija otro lugar para la nueva caja fuerte.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk vault.</source>
        <translation>{path} no es una caja fuerte de npmdesk.</translation>
    </message>
    <message>
        <source>The vault folder {path} was moved or deleted while it was open. This change was not saved; lock the vault and open it where it is now.</source>
        <translation>La carpeta de la caja fuerte {path} se movió o eliminó mientras estaba abierta. Este cambio no se guardó; bloquee la caja fuerte y ábrala donde está ahora.</translation>
    </message>
    <message>
        <source>npmdesk cannot write to {path}: check that the folder exists and is writable.</source>
        <translation>npmdesk no puede escribir en {path}: compruebe que la carpeta existe y admite escritura.</translation>
    </message>
    <message>
        <source>The disk is full ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>El disco está lleno ({path}): no se escribió ni se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>El disco está lleno: no se escribió ni se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your disk quota is used up ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Su cuota de disco está agotada ({path}): no se escribió ni se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Your disk quota is used up, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Su cuota de disco está agotada: no se escribió ni se cambió nada. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is read-only ({path}), so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>El disco es de solo lectura ({path}): no se escribió ni se cambió nada. Elija un lugar con escritura o haga que el disco admita escritura.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>El disco es de solo lectura: no se escribió ni se cambió nada. Elija un lugar con escritura o haga que el disco admita escritura.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use {path}, so nothing was changed: check its permissions.</source>
        <translation>npmdesk no tiene permiso para usar {path}, así que no se cambió nada: compruebe sus permisos.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use this file, so nothing was changed: check its permissions.</source>
        <translation>npmdesk no tiene permiso para usar este archivo, así que no se cambió nada: compruebe sus permisos.</translation>
    </message>
    <message>
        <source>The file is too large for this disk ({path}) (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>El archivo es demasiado grande para este disco ({path}) (un disco FAT32 admite como máximo 4 GB por archivo): no se escribió ni se cambió nada. Elija otro disco.</translation>
    </message>
    <message>
        <source>The file is too large for this disk (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>El archivo es demasiado grande para este disco (un disco FAT32 admite como máximo 4 GB por archivo): no se escribió ni se cambió nada. Elija otro disco.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk backup.</source>
        <translation>{path} no es una copia de seguridad de npmdesk.</translation>
    </message>
    <message>
        <source>{path} already exists; npmdesk never overwrites a file: choose another name.</source>
        <translation>{path} ya existe; npmdesk nunca sobrescribe un archivo: elija otro nombre.</translation>
    </message>
    <message>
        <source>Nothing was erased. To erase the vault at {path}, confirm with its folder name: --yes-destroy {expected}</source>
        <translation>No se borró nada. Para borrar la caja fuerte de {path}, confirme con el nombre de su carpeta: --yes-destroy {expected}</translation>
    </message>
    <message>
        <source>Cannot read {path}: check that the file exists and that you may read it.</source>
        <translation>No se puede leer {path}: compruebe que el archivo existe y que puede leerlo.</translation>
    </message>
    <message>
        <source>npmdesk could not erase the keys of the vault at {path}: check that you may write to that folder, then run the erase again.</source>
        <translation>npmdesk no pudo borrar las claves de la caja fuerte de {path}: compruebe que puede escribir en esa carpeta y vuelva a ejecutar el borrado.</translation>
    </message>
    <message>
        <source>This package is damaged or was tampered with ({detail}). Nothing was changed.</source>
        <translation>Este paquete está dañado o fue manipulado ({detail}). No se cambió nada.</translation>
    </message>
    <message>
        <source>This package exceeds a safety limit ({detail}). Nothing was changed.</source>
        <translation>Este paquete supera un límite de seguridad ({detail}). No se cambió nada.</translation>
    </message>
    <message>
        <source>Record {record_id} in this package is not valid: {detail} Nothing was changed.</source>
        <translation>El registro {record_id} de este paquete no es válido: {detail} No se cambió nada.</translation>
    </message>
    <message>
        <source>This package was signed by {signer}. Compare the fingerprint with the sender (by phone, for example), then import again confirming it. Nothing was changed.</source>
        <translation>Este paquete lo firmó {signer}. Compare la huella con el remitente (por teléfono, por ejemplo) y vuelva a importarlo confirmándola. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the records to export are strictly confidential, internal to the NPM or hold personal data without recorded consent. Review them and confirm before anything is written.</source>
        <translation>
            <numerusform>%n de los registros que exportar es estrictamente confidencial, interno del MNP o contiene datos personales sin consentimiento registrado. Revíselos y confirme antes de que se escriba nada.</numerusform>
            <numerusform>%n de los registros que exportar son estrictamente confidenciales, internos del MNP o contienen datos personales sin consentimiento registrado. Revíselos y confirme antes de que se escriba nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} is not empty: choose a new or empty folder to unpack into.</source>
        <translation>La carpeta {folder} no está vacía: elija una carpeta nueva o vacía donde desempaquetar.</translation>
    </message>
    <message>
        <source>npmdesk could not write the backup: {reason}.</source>
        <translation>npmdesk no pudo escribir la copia de seguridad: {reason}.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}. Nothing was saved.</source>
        <translation>npmdesk no pudo escribir {path}. No se guardó nada.</translation>
    </message>
    <message>
        <source>npmdesk could not restore the backup: {reason}. Nothing was created.</source>
        <translation>npmdesk no pudo restaurar la copia de seguridad: {reason}. No se creó nada.</translation>
    </message>
    <message>
        <source>{path} could not be read (it is missing, a folder npmdesk cannot open, or not readable by you); nothing was imported from it.</source>
        <translation>No se pudo leer {path} (falta, es una carpeta que npmdesk no puede abrir o usted no puede leerlo); no se importó nada de él.</translation>
    </message>
    <message>
        <source>There is no record {record_id} in this vault.</source>
        <translation>No hay ningún registro {record_id} en esta caja fuerte.</translation>
    </message>
    <message>
        <source>{code} is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>{code} no es el código de dos letras de un Estado parte en el OPCAT; &apos;npmdesk states&apos; los enumera.</translation>
    </message>
    <message>
        <source>That is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>Eso no es el código de dos letras de un Estado parte en el OPCAT; &apos;npmdesk states&apos; los enumera.</translation>
    </message>
    <message>
        <source>The end date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>La fecha de fin no es válida: escríbala AAAA-MM-DD, por ejemplo 2026-01-31.</translation>
    </message>
    <message>
        <source>The start date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>La fecha de inicio no es válida: escríbala AAAA-MM-DD, por ejemplo 2026-01-31.</translation>
    </message>
    <message>
        <source>Record {record_id} is not a visit: a visit dossier needs a visit&apos;s id.</source>
        <translation>El registro {record_id} no es una visita: un expediente de visita necesita el identificador de una visita.</translation>
    </message>
    <message>
        <source>The report would list more than {limit} records: choose a shorter period.</source>
        <translation>El informe enumeraría más de {limit} registros: elija un periodo más corto.</translation>
    </message>
    <message>
        <source>The team folder {path} is not there (is the disk or the share connected?). Nothing was changed.</source>
        <translation>La carpeta del equipo {path} no está (¿está conectado el disco o el recurso compartido?). No se cambió nada.</translation>
    </message>
    <message>
        <source>{path} is not a folder: choose an existing folder that your sync engine keeps in step. Nothing was changed.</source>
        <translation>{path} no es una carpeta: elija una carpeta existente que su programa de sincronización mantenga al día. No se cambió nada.</translation>
    </message>
    <message>
        <source>{name} is not a verified contact marked as one of your NPM&apos;s own devices (&apos;npmdesk contact verify&apos;, then &apos;npmdesk contact own-device&apos;), so it cannot join the team. Nothing was changed.</source>
        <translation>{name} no es un contacto verificado marcado como uno de los dispositivos de su MNP (&apos;npmdesk contact verify&apos; y luego &apos;npmdesk contact own-device&apos;), así que no puede unirse al equipo. No se cambió nada.</translation>
    </message>
    <message>
        <source>{name} has no age recipient to encrypt changesets for: add its age1… key first. Nothing was changed.</source>
        <translation>{name} no tiene destinatario age al que cifrar los conjuntos de cambios: añada primero su clave age1…. No se cambió nada.</translation>
    </message>
    <message>
        <source>{name} is already a member of the team.</source>
        <translation>{name} ya es miembro del equipo.</translation>
    </message>
    <message>
        <source>{name} is not a member of the team. Nothing was changed.</source>
        <translation>{name} no es miembro del equipo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This team file was refused ({detail}). Nothing was changed.</source>
        <translation>Este archivo del equipo se rechazó ({detail}). No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The keys are erased, so nobody can open this vault any more, but %n file(s) in it could not be deleted. Close npmdesk everywhere and run the erase again.</source>
        <translation>
            <numerusform>Las claves están borradas, así que nadie puede abrir ya esta caja fuerte, pero %n archivo que contiene no pudo eliminarse. Cierre npmdesk en todas partes y vuelva a ejecutar el borrado.</numerusform>
            <numerusform>Las claves están borradas, así que nadie puede abrir ya esta caja fuerte, pero %n archivos que contiene no pudieron eliminarse. Cierre npmdesk en todas partes y vuelva a ejecutar el borrado.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid signing key: clear the field, or paste the whole key (npmsig1…, 65 characters).</source>
        <translation>No es una clave de firma válida: vacíe el campo o pegue la clave completa (npmsig1…, 65 caracteres).</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: clear the field, or paste the whole key (age1…, 62 characters).</source>
        <translation>No es un destinatario age válido: vacíe el campo o pegue la clave completa (age1…, 62 caracteres).</translation>
    </message>
    <message>
        <source>This export holds {documents} documents; a package holds at most {limit}: export them in several packages. Nothing was written.</source>
        <translation>Esta exportación contiene {documents} documentos; un paquete contiene como máximo {limit}: expórtelos en varios paquetes. No se escribió nada.</translation>
    </message>
    <message>
        <source>This export is for {recipients} recipients; a package can be for at most {limit}: export it in several packages. Nothing was written.</source>
        <translation>Esta exportación es para {recipients} destinatarios; un paquete puede ser como máximo para {limit}: expórtela en varios paquetes. No se escribió nada.</translation>
    </message>
    <message>
        <source>Record {record_id} is too large to travel in a package (over {size} MiB of package text, or over {items} values): shorten its text or move it into an attachment, then export again. Nothing was written.</source>
        <translation>El registro {record_id} es demasiado grande para viajar en un paquete (más de {size} MiB de texto de paquete o más de {items} valores): acorte su texto o páselo a un archivo adjunto y vuelva a exportar. No se escribió nada.</translation>
    </message>
    <message>
        <source>This export is beyond what a version 1 package holds ({records} records, {files} files): export a smaller selection (by dates or types). Nothing was written.</source>
        <translation>Esta exportación supera lo que contiene un paquete de versión 1 ({records} registros, {files} archivos): exporte una selección más pequeña (por fechas o tipos). No se escribió nada.</translation>
    </message>
    <message>
        <source>Record {record_id} has {count} attachments; a record travels with at most {limit}: move some of them to another record. Nothing was written.</source>
        <translation>El registro {record_id} tiene {count} archivos adjuntos; un registro viaja con {limit} como máximo: pase algunos a otro registro. No se escribió nada.</translation>
    </message>
    <message>
        <source>This draft cannot be read back into a form.</source>
        <translation>Este borrador no puede volver a leerse en un formulario.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>Las fechas se escriben AAAA-MM-DD, por ejemplo 2026-11-29.</translation>
    </message>
    <message>
        <source>The counterpart must be a contact in this vault.</source>
        <translation>El interlocutor debe ser un contacto de esta caja fuerte.</translation>
    </message>
    <message>
        <source>Countries are two-letter codes such as FR or MX.</source>
        <translation>Los países son códigos de dos letras como FR o MX.</translation>
    </message>
    <message>
        <source>Personal data is yes or no.</source>
        <translation>Datos personales es sí o no.</translation>
    </message>
    <message>
        <source>Too many tags.</source>
        <translation>Demasiadas etiquetas.</translation>
    </message>
    <message>
        <source>Too many people in one record.</source>
        <translation>Demasiadas personas en un registro.</translation>
    </message>
    <message>
        <source>OPCAT articles are numbered 1 to 37, with sub-paragraphs such as 11(1)(b)(ii) or 19(b).</source>
        <translation>Los artículos del OPCAT se numeran del 1 al 37, con subapartados como 11(1)(b)(ii) o 19(b).</translation>
    </message>
    <message>
        <source>A link must name another record and a known relation.</source>
        <translation>Un vínculo debe indicar otro registro y una relación conocida.</translation>
    </message>
    <message>
        <source>Consent is recorded per person.</source>
        <translation>El consentimiento se registra por persona.</translation>
    </message>
    <message>
        <source>Give each person a pseudonym before recording their consent.</source>
        <translation>Dé un seudónimo a cada persona antes de registrar su consentimiento.</translation>
    </message>
    <message>
        <source>Each person&apos;s consent is recorded once.</source>
        <translation>El consentimiento de cada persona se registra una vez.</translation>
    </message>
    <message>
        <source>Child and capacity are yes or no.</source>
        <translation>Menor y capacidad son sí o no.</translation>
    </message>
    <message>
        <source>Each purpose is recorded once per person.</source>
        <translation>Cada finalidad se registra una vez por persona.</translation>
    </message>
    <message>
        <source>Consent names a known purpose and state.</source>
        <translation>El consentimiento indica una finalidad y un estado conocidos.</translation>
    </message>
    <message>
        <source>Consent is obtained orally or in writing.</source>
        <translation>El consentimiento se obtiene oralmente o por escrito.</translation>
    </message>
    <message>
        <source>This record is not a visit.</source>
        <translation>Este registro no es una visita.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} no es una fecha válida: {month} tiene {days} días.</translation>
    </message>
    <message>
        <source>{date} is not a real date: months are numbered 01 to 12.</source>
        <translation>{date} no es una fecha válida: los meses se numeran del 01 al 12.</translation>
    </message>
    <message>
        <source>The list of files this program offered is damaged; nothing was imported from it.</source>
        <translation>La lista de archivos que ofreció este programa está dañada; no se importó nada de ella.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where this message is in its folder file (not every version does, and compacting a folder moves messages): drag the message to the desktop first, then drop the file here; nothing was imported from it.</source>
        <translation>Thunderbird no indicó dónde está este mensaje en su archivo de carpeta (no todas las versiones lo hacen, y compactar una carpeta mueve los mensajes): arrastre primero el mensaje al escritorio y luego suelte el archivo aquí; no se importó nada de él.</translation>
    </message>
    <message>
        <source>--open needs a desktop session with a mail program, and none was found here: leave out --open and open the draft in your mail program yourself.</source>
        <translation>--open necesita una sesión de escritorio con un programa de correo, y no se encontró ninguna aquí: quite --open y abra usted mismo el borrador en su programa de correo.</translation>
    </message>
    <message>
        <source>The system could not open the draft: open it in your mail program yourself.</source>
        <translation>El sistema no pudo abrir el borrador: ábralo usted mismo en su programa de correo.</translation>
    </message>
    <message>
        <source>npmdesk cannot write in {path}: choose a folder you can write to (each device writes its own subfolder there). Nothing was changed.</source>
        <translation>npmdesk no puede escribir en {path}: elija una carpeta en la que pueda escribir (cada dispositivo escribe allí su propia subcarpeta). No se cambió nada.</translation>
    </message>
    <message>
        <source>This message is larger than {limit} MiB, the most npmdesk imports from one message; nothing was imported from it.</source>
        <translation>Este mensaje supera los {limit} MiB, lo máximo que npmdesk importa de un mensaje; no se importó nada de él.</translation>
    </message>
    <message>
        <source>{name} is longer than its manifest says</source>
        <translation>{name} es más largo de lo que indica su manifiesto</translation>
    </message>
    <message>
        <source>{name} does not match its manifest</source>
        <translation>{name} no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>{name} is not the file its manifest lists next</source>
        <translation>{name} no es el archivo que su manifiesto indica a continuación</translation>
    </message>
    <message>
        <source>an attachment has the id of a different attachment in your vault</source>
        <translation>un adjunto tiene el id de otro adjunto de su caja fuerte</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>está truncado</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment wrongly</source>
        <translation>su índice registra mal un registro o un adjunto</translation>
    </message>
    <message>
        <source>its index does not end with a line end</source>
        <translation>su índice no termina con un salto de línea</translation>
    </message>
    <message>
        <source>its index is not valid JSON Lines</source>
        <translation>su índice no es JSON Lines válido</translation>
    </message>
    <message>
        <source>its index has a line too long</source>
        <translation>su índice tiene una línea demasiado larga</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment twice</source>
        <translation>su índice registra dos veces un registro o un adjunto</translation>
    </message>
    <message>
        <source>its index lists an attachment before any record</source>
        <translation>su índice registra un adjunto antes que cualquier registro</translation>
    </message>
    <message>
        <source>its index does not match its manifest</source>
        <translation>su índice no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>its manifest is malformed</source>
        <translation>su manifiesto está mal formado</translation>
    </message>
    <message>
        <source>its format version is not a version number</source>
        <translation>su versión de formato no es un número de versión</translation>
    </message>
    <message>
        <source>a manifest over {size} MiB</source>
        <translation>un manifiesto de más de {size} MiB</translation>
    </message>
    <message>
        <source>more than {limit} files</source>
        <translation>más de {limit} archivos</translation>
    </message>
    <message>
        <source>its manifest&apos;s creation time is not a real date and time</source>
        <translation>la hora de creación de su manifiesto no es una fecha y hora reales</translation>
    </message>
    <message>
        <source>its manifest shows a fingerprint that is not its signing key&apos;s</source>
        <translation>su manifiesto muestra una huella que no es la de su clave de firma</translation>
    </message>
    <message>
        <source>its manifest names a file twice</source>
        <translation>su manifiesto nombra dos veces un archivo</translation>
    </message>
    <message>
        <source>more than {limit} records</source>
        <translation>más de {limit} registros</translation>
    </message>
    <message>
        <source>its manifest names a file with an unsafe path</source>
        <translation>su manifiesto nombra un archivo con una ruta peligrosa</translation>
    </message>
    <message>
        <source>its manifest lists a file wrongly</source>
        <translation>su manifiesto registra mal un archivo</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON: {error}</source>
        <translation>su manifiesto no es JSON válido: {error}</translation>
    </message>
    <message>
        <source>its manifest does not list the index, the records and the summary first</source>
        <translation>su manifiesto no registra primero el índice, los registros y el resumen</translation>
    </message>
    <message>
        <source>its manifest does not list the records and the summary first</source>
        <translation>su manifiesto no registra primero los registros y el resumen</translation>
    </message>
    <message>
        <source>its manifest lists a record wrongly</source>
        <translation>su manifiesto registra mal un registro</translation>
    </message>
    <message>
        <source>its records do not match its manifest</source>
        <translation>sus registros no coinciden con su manifiesto</translation>
    </message>
    <message>
        <source>its attachments do not match its manifest</source>
        <translation>sus adjuntos no coinciden con su manifiesto</translation>
    </message>
    <message>
        <source>the records file is truncated</source>
        <translation>el archivo de registros está truncado</translation>
    </message>
    <message>
        <source>a signature over 4 KiB</source>
        <translation>una firma de más de 4 KiB</translation>
    </message>
    <message>
        <source>an OpenSSH signature over 4 KiB</source>
        <translation>una firma OpenSSH de más de 4 KiB</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list ({name})</source>
        <translation>contiene un archivo que su manifiesto no registra ({name})</translation>
    </message>
    <message>
        <source>its OpenSSH signature (manifest.json.sshsig) does not verify</source>
        <translation>su firma OpenSSH (manifest.json.sshsig) no se verifica</translation>
    </message>
    <message>
        <source>an attachment does not match its manifest</source>
        <translation>un adjunto no coincide con su manifiesto</translation>
    </message>
    <message>
        <source>the records file has data after its end</source>
        <translation>el archivo de registros tiene datos después de su final</translation>
    </message>
    <message>
        <source>the records file is not valid gzip</source>
        <translation>el archivo de registros no es gzip válido</translation>
    </message>
    <message>
        <source>a record carries real names that its manifest does not announce</source>
        <translation>un registro lleva nombres reales que su manifiesto no anuncia</translation>
    </message>
    <message>
        <source>its signature is missing</source>
        <translation>falta su firma</translation>
    </message>
    <message>
        <source>a summary over {size} MiB</source>
        <translation>un resumen de más de {size} MiB</translation>
    </message>
    <message>
        <source>the records file decompresses too much: a decompression bomb</source>
        <translation>el archivo de registros se descomprime en demasiados datos: una bomba de descompresión</translation>
    </message>
    <message>
        <source>its records are not in the npmdesk format</source>
        <translation>sus registros no están en el formato de npmdesk</translation>
    </message>
    <message>
        <source>its records&apos; schema version is not a version number</source>
        <translation>la versión de esquema de sus registros no es un número de versión</translation>
    </message>
    <message>
        <source>a record over {size} MiB of JSON</source>
        <translation>un registro de más de {size} MiB de JSON</translation>
    </message>
    <message>
        <source>its records are truncated</source>
        <translation>sus registros están truncados</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>un registro no es un objeto JSON</translation>
    </message>
    <message>
        <source>a record has no valid id</source>
        <translation>un registro no tiene un id válido</translation>
    </message>
    <message>
        <source>its records are truncated or not valid JSON</source>
        <translation>sus registros están truncados o no son JSON válido</translation>
    </message>
    <message>
        <source>record {record_id} appears twice</source>
        <translation>el registro {record_id} aparece dos veces</translation>
    </message>
    <message>
        <source>a record is not valid JSON: {error}</source>
        <translation>un registro no es JSON válido: {error}</translation>
    </message>
    <message>
        <source>its records are not valid JSON</source>
        <translation>sus registros no son JSON válido</translation>
    </message>
    <message>
        <source>a record is nested too deeply</source>
        <translation>un registro está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>a member&apos;s size is not a number</source>
        <translation>el tamaño de un elemento no es un número</translation>
    </message>
    <message>
        <source>a member header is damaged</source>
        <translation>la cabecera de un elemento está dañada</translation>
    </message>
    <message>
        <source>it contains a link, a folder or another special entry</source>
        <translation>contiene un enlace, una carpeta u otra entrada especial</translation>
    </message>
    <message>
        <source>a member name is too long</source>
        <translation>el nombre de un elemento es demasiado largo</translation>
    </message>
    <message>
        <source>a member name is not plain ASCII</source>
        <translation>el nombre de un elemento no es ASCII simple</translation>
    </message>
    <message>
        <source>a member header is missing</source>
        <translation>falta la cabecera de un elemento</translation>
    </message>
    <message>
        <source>there is data after its end</source>
        <translation>hay datos después de su final</translation>
    </message>
    <message>
        <source>a member&apos;s padding is not empty</source>
        <translation>el relleno de un elemento no está vacío</translation>
    </message>
    <message>
        <source>The message has no readable date.</source>
        <translation>El mensaje no tiene una fecha legible.</translation>
    </message>
    <message>
        <source>The message&apos;s date has no time zone; it is taken as UTC.</source>
        <translation>La fecha del mensaje no tiene zona horaria; se toma como UTC.</translation>
    </message>
    <message>
        <source>The message has no date; the date it was received is used.</source>
        <translation>El mensaje no tiene fecha; se usa la fecha en que se recibió.</translation>
    </message>
    <message>
        <source>The message is encrypted; its text is only in the original file.</source>
        <translation>El mensaje está cifrado; su texto solo está en el archivo original.</translation>
    </message>
    <message>
        <source>The message&apos;s text is very long; the rest is in the original file.</source>
        <translation>El texto del mensaje es muy largo; el resto está en el archivo original.</translation>
    </message>
    <message>
        <source>An Outlook winmail.dat part could not be unpacked; it is kept as it came.</source>
        <translation>No se pudo desempaquetar una parte winmail.dat de Outlook; se conserva tal como llegó.</translation>
    </message>
    <message>
        <source>The message&apos;s text is kept only in Outlook&apos;s RTF form; it is in the original file.</source>
        <translation>El texto del mensaje solo se conserva en el formato RTF de Outlook; está en el archivo original.</translation>
    </message>
    <message>
        <source>An attached Outlook item is kept only in the original file.</source>
        <translation>Un elemento de Outlook adjunto solo se conserva en el archivo original.</translation>
    </message>
    <message>
        <source>it holds {name}, which is not a JSON number</source>
        <translation>contiene {name}, que no es un número JSON</translation>
    </message>
    <message>
        <source>it is larger than allowed</source>
        <translation>es más grande de lo permitido</translation>
    </message>
    <message>
        <source>it starts with a byte-order mark</source>
        <translation>empieza con una marca de orden de bytes</translation>
    </message>
    <message>
        <source>it holds more values than allowed</source>
        <translation>contiene más valores de los permitidos</translation>
    </message>
    <message>
        <source>it holds a number out of range</source>
        <translation>contiene un número fuera de rango</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>está anidado a demasiada profundidad</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>no es JSON válido</translation>
    </message>
    <message>
        <source>an object has the same key twice</source>
        <translation>un objeto tiene dos veces la misma clave</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>no es texto UTF-8</translation>
    </message>
    <message>
        <source>it holds text with a lone surrogate</source>
        <translation>contiene texto con un sustituto suelto</translation>
    </message>
    <message>
        <source>{file} was set aside, not applied: {reason}</source>
        <translation>{file} se dejó aparte, no se aplicó: {reason}</translation>
    </message>
    <message>
        <source>it holds no team document</source>
        <translation>no contiene ningún documento del equipo</translation>
    </message>
    <message>
        <source>its signed device or number is not the one its name says</source>
        <translation>su dispositivo o su número firmados no son los que dice su nombre</translation>
    </message>
    <message>
        <source>it is not a changeset</source>
        <translation>no es un conjunto de cambios</translation>
    </message>
    <message>
        <source>waiting for the new snapshot it makes for this device (this vault was restored from a backup)</source>
        <translation>esperando la nueva instantánea que hace para este dispositivo (esta caja fuerte se restauró desde una copia de seguridad)</translation>
    </message>
    <message>
        <source>waiting for the snapshot it makes for this device</source>
        <translation>esperando la instantánea que hace para este dispositivo</translation>
    </message>
    <message>
        <source>it was made for another device</source>
        <translation>se hizo para otro dispositivo</translation>
    </message>
    <message>
        <source>waiting for its changeset {number} (later ones are already here)</source>
        <translation>esperando su conjunto de cambios {number} (los siguientes ya están aquí)</translation>
    </message>
    <message>
        <source>its changeset {number} is not addressed to this device: waiting for a snapshot (is this device still a member there?)</source>
        <translation>su conjunto de cambios {number} no está dirigido a este dispositivo: esperando una instantánea (¿sigue este dispositivo siendo miembro allí?)</translation>
    </message>
    <message>
        <source>it is not a team changeset</source>
        <translation>no es un conjunto de cambios del equipo</translation>
    </message>
    <message>
        <source>it was made by a newer version of npmdesk</source>
        <translation>lo hizo una versión más reciente de npmdesk</translation>
    </message>
    <message>
        <source>its device is malformed</source>
        <translation>su dispositivo está mal formado</translation>
    </message>
    <message>
        <source>its sequence number is malformed</source>
        <translation>su número de secuencia está mal formado</translation>
    </message>
    <message>
        <source>its snapshot is for a malformed device</source>
        <translation>su instantánea es para un dispositivo mal formado</translation>
    </message>
    <message>
        <source>its lists are malformed</source>
        <translation>sus listas están mal formadas</translation>
    </message>
    <message>
        <source>a restored or conflicting record is malformed</source>
        <translation>un registro restaurado o en conflicto está mal formado</translation>
    </message>
    <message>
        <source>a removed attachment is malformed</source>
        <translation>un adjunto quitado está mal formado</translation>
    </message>
    <message>
        <source>a deleted record is malformed</source>
        <translation>un registro eliminado está mal formado</translation>
    </message>
    <message>
        <source>its team document is not valid JSON</source>
        <translation>su documento del equipo no es JSON válido</translation>
    </message>
    <message>
        <source>its team document is too large</source>
        <translation>su documento del equipo es demasiado grande</translation>
    </message>
    <message>
        <source>it has not written to the team folder yet</source>
        <translation>todavía no ha escrito en la carpeta del equipo</translation>
    </message>
    <message>
        <source>HMAC verification failed for page {page}</source>
        <translation>la verificación HMAC falló en la página {page}</translation>
    </message>
    <message>
        <source>page {page} has an invalid size of {size} bytes (expected {expected} bytes)</source>
        <translation>la página {page} tiene un tamaño no válido de {size} bytes (se esperaban {expected} bytes)</translation>
    </message>
    <message>
        <source>*** in database {name} ***</source>
        <translation>*** en la base de datos {name} ***</translation>
    </message>
    <message>
        <source>Page {page}: never used</source>
        <translation>Página {page}: nunca usada</translation>
    </message>
    <message>
        <source>row {row} missing from index {index}</source>
        <translation>falta la fila {row} en el índice {index}</translation>
    </message>
    <message>
        <source>wrong # of entries in index {index}</source>
        <translation>número de entradas incorrecto en el índice {index}</translation>
    </message>
    <message>
        <source>cipher check stopped: {error}</source>
        <translation>la comprobación del cifrado se detuvo: {error}</translation>
    </message>
    <message>
        <source>integrity check stopped: {error}</source>
        <translation>la comprobación de integridad se detuvo: {error}</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>el archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <source>the file is not a database npmdesk can read</source>
        <translation>el archivo no es una base de datos que npmdesk pueda leer</translation>
    </message>
    <message>
        <source>This package was refused: its contact {record_id} carries a malformed signing key or age recipient. Nothing was changed.</source>
        <translation>Este paquete se rechazó: su contacto {record_id} lleva una clave de firma o un destinatario age mal formados. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: the %n record(s) chosen are all left out, because consent to their transmission to the SPT was refused.</source>
        <translation>
            <numerusform>No se escribió nada: el registro elegido (%n) queda fuera, porque se denegó el consentimiento a su transmisión al SPT.</numerusform>
            <numerusform>No se escribió nada: los %n registros elegidos quedan todos fuera, porque se denegó el consentimiento a su transmisión al SPT.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package was refused: its record {record_id} has the id of a different kind of record in your vault (a package cannot turn one kind of record into another). Nothing was changed.</source>
        <translation>Este paquete se rechazó: su registro {record_id} tiene el id de un registro de otro tipo en su caja fuerte (un paquete no puede cambiar el tipo de un registro). No se cambió nada.</translation>
    </message>
    <message>
        <source>unexpected or missing keys ({keys}).</source>
        <translation>claves inesperadas o ausentes ({keys}).</translation>
    </message>
    <message>
        <source>its version is not a positive whole number.</source>
        <translation>su versión no es un número entero positivo.</translation>
    </message>
    <message>
        <source>fields is not an object.</source>
        <translation>fields no es un objeto.</translation>
    </message>
    <message>
        <source>consents are malformed.</source>
        <translation>los consentimientos están mal formados.</translation>
    </message>
    <message>
        <source>a link is malformed.</source>
        <translation>un vínculo está mal formado.</translation>
    </message>
    <message>
        <source>lineage is malformed.</source>
        <translation>lineage está mal formado.</translation>
    </message>
    <message>
        <source>content_sha256 is malformed.</source>
        <translation>content_sha256 está mal formado.</translation>
    </message>
    <message>
        <source>attachments is not a list.</source>
        <translation>attachments no es una lista.</translation>
    </message>
    <message>
        <source>pseudonyms are malformed.</source>
        <translation>los seudónimos están mal formados.</translation>
    </message>
    <message>
        <source>an OPCAT article is malformed.</source>
        <translation>un artículo del OPCAT está mal formado.</translation>
    </message>
    <message>
        <source>an attachment is malformed.</source>
        <translation>un adjunto está mal formado.</translation>
    </message>
    <message>
        <source>an attachment id is not valid.</source>
        <translation>el id de un adjunto no es válido.</translation>
    </message>
    <message>
        <source>an attachment name is not valid.</source>
        <translation>el nombre de un adjunto no es válido.</translation>
    </message>
    <message>
        <source>an attachment type is not valid.</source>
        <translation>el tipo de un adjunto no es válido.</translation>
    </message>
    <message>
        <source>an attachment size is not valid.</source>
        <translation>el tamaño de un adjunto no es válido.</translation>
    </message>
    <message>
        <source>an attachment hash is not valid.</source>
        <translation>el hash de un adjunto no es válido.</translation>
    </message>
    <message>
        <source>an attachment path is not valid.</source>
        <translation>la ruta de un adjunto no es válida.</translation>
    </message>
    <message>
        <source>{key} is not a real date and time.</source>
        <translation>{key} no es una fecha y hora reales.</translation>
    </message>
    <message>
        <source>{key} is not a name.</source>
        <translation>{key} no es un nombre.</translation>
    </message>
    <message>
        <source>{key} is not a list.</source>
        <translation>{key} no es una lista.</translation>
    </message>
    <message>
        <source>its content does not match its hash.</source>
        <translation>su contenido no coincide con su hash.</translation>
    </message>
    <message>
        <source>a contact&apos;s verification cannot be imported.</source>
        <translation>la verificación de un contacto no se puede importar.</translation>
    </message>
    <message>
        <source>a value has the wrong type.</source>
        <translation>un valor tiene el tipo incorrecto.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: give your key file with -i.</source>
        <translation>Este archivo está cifrado para claves age, no con una frase de contraseña: indique su archivo de clave con -i.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: run without -i to be asked for it.</source>
        <translation>Este archivo está protegido con una frase de contraseña, no con una clave: ejecute sin -i para que se le pida.</translation>
    </message>
    <message>
        <source>The protected key file is too large to be a key file.</source>
        <translation>El archivo de clave protegido es demasiado grande para ser un archivo de clave.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
    <message>
        <source>This age file cannot be processed.</source>
        <translation>Este archivo age no se puede procesar.</translation>
    </message>
    <message>
        <source>This is not a valid age file or its header is damaged.</source>
        <translation>No es un archivo age válido o su cabecera está dañada.</translation>
    </message>
    <message>
        <source>This file&apos;s passphrase protection asks for more work and memory than npmdesk allows on this computer (its scrypt work factor needs more than 1 GiB, or more than a quarter of this computer&apos;s memory), so it was not opened.</source>
        <translation>La protección con frase de contraseña de este archivo pide más trabajo y memoria de los que npmdesk permite en este equipo (su factor de trabajo scrypt necesita más de 1 GiB, o más de una cuarta parte de la memoria de este equipo), así que no se abrió.</translation>
    </message>
    <message>
        <source>The age file&apos;s header does not match its key: the file was tampered with or damaged.</source>
        <translation>La cabecera del archivo age no coincide con su clave: el archivo fue manipulado o está dañado.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any of your keys.</source>
        <translation>Este archivo no está cifrado para ninguna de sus claves.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this file.</source>
        <translation>Frase de contraseña incorrecta: no abre este archivo.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: open it with its passphrase.</source>
        <translation>Este archivo está protegido con una frase de contraseña, no con una clave: ábralo con su frase de contraseña.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: open it with your key file.</source>
        <translation>Este archivo está cifrado para claves age, no con una frase de contraseña: ábralo con su archivo de clave.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with; nothing was kept.</source>
        <translation>El contenido cifrado está dañado o fue manipulado; no se conservó nada.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with: the output written so far is incomplete and must not be trusted.</source>
        <translation>El contenido cifrado está dañado o fue manipulado: la salida escrita hasta ahora está incompleta y no es de fiar.</translation>
    </message>
    <message>
        <source>This armored age file (-----BEGIN AGE ENCRYPTED FILE-----) is damaged or not in the strict armor format.</source>
        <translation>Este archivo age con armadura (-----BEGIN AGE ENCRYPTED FILE-----) está dañado o no tiene el formato de armadura estricto.</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: it must be an age public key (age1…).</source>
        <translation>No es un destinatario age válido: debe ser una clave pública age (age1…).</translation>
    </message>
    <message>
        <source>The recipients file holds no age recipient (age1…).</source>
        <translation>El archivo de destinatarios no contiene ningún destinatario age (age1…).</translation>
    </message>
    <message>
        <source>This kind of recipient is not supported: npmdesk encrypts to X25519 age public keys (age1…) only, not to post-quantum, plugin or SSH keys.</source>
        <translation>Este tipo de destinatario no es compatible: npmdesk cifra solo para claves públicas age X25519 (age1…), no para claves poscuánticas, de complemento ni SSH.</translation>
    </message>
    <message>
        <source>This is not a valid age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>No es una clave secreta age válida (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The key file holds no age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>El archivo de clave no contiene ninguna clave secreta age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This kind of secret key is not supported: npmdesk reads X25519 age secret keys (AGE-SECRET-KEY-1…) only, not post-quantum, plugin or SSH keys.</source>
        <translation>Este tipo de clave secreta no es compatible: npmdesk lee solo claves secretas age X25519 (AGE-SECRET-KEY-1…), no claves poscuánticas, de complemento ni SSH.</translation>
    </message>
    <message>
        <source>The key file {path} is not a text file.</source>
        <translation>El archivo de clave {path} no es un archivo de texto.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name.</source>
        <translation>{path} ya existe: elija otro nombre de archivo.</translation>
    </message>
    <message>
        <source>the system refused it ({code})</source>
        <translation>el sistema lo rechazó ({code})</translation>
    </message>
    <message>
        <source>the file or folder is not there (was the drive unplugged or the folder moved?)</source>
        <translation>el archivo o la carpeta no existe (¿se desconectó la unidad o se movió la carpeta?)</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>una parte de la ruta es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <translation>ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <source>the file name or path is too long</source>
        <translation>el nombre del archivo o la ruta es demasiado largo</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>el archivo está en uso por otro programa</translation>
    </message>
    <message>
        <source>the drive could not be read or written (is it still connected?)</source>
        <translation>no se pudo leer ni escribir en la unidad (¿sigue conectada?)</translation>
    </message>
    <message>
        <source>the name is not allowed on this drive</source>
        <translation>ese nombre no está permitido en esta unidad</translation>
    </message>
    <message>
        <source>This vault already holds the demo data of seed {seed}: choose another seed. Nothing was added.</source>
        <translation>Esta caja fuerte ya contiene los datos de demostración de la semilla {seed}: elija otra semilla. No se añadió nada.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: este campo debe contener texto.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}: este campo es obligatorio.</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>{field}: este texto es demasiado largo.</translation>
    </message>
    <message>
        <source>{field} contains a NUL character.</source>
        <translation>{field}: este campo contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}.</source>
        <translation>Tipo de registro desconocido: {kind}.</translation>
    </message>
    <message>
        <source>Status must be one of: {choices}.</source>
        <translation>El estado debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>Sensitivity must be one of: {choices}.</source>
        <translation>La sensibilidad debe ser una de: {choices}.</translation>
    </message>
    <message>
        <source>Consent must be one of: {choices}.</source>
        <translation>El consentimiento debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field}: el valor debe ser uno de: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field}: el valor debe ser un número entero.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field}: el valor debe ser un número.</translation>
    </message>
    <message>
        <source>{field} is yes or no.</source>
        <translation>{field}: sí o no.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field}: el valor debe ser una lista.</translation>
    </message>
    <message>
        <source>{field} must list records of this vault.</source>
        <translation>{field}: la lista debe nombrar registros de esta caja fuerte.</translation>
    </message>
    <message>
        <source>{field} must be among: {choices}.</source>
        <translation>{field}: cada valor debe estar entre: {choices}.</translation>
    </message>
    <message>
        <source>A record of kind “{kind}” has no field {name}.</source>
        <translation>Un registro de tipo «{kind}» no tiene el campo {name}.</translation>
    </message>
    <message>
        <source>{file} (Thunderbird)</source>
        <translation>{file} (Thunderbird)</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <translation>{file}, mensaje {number}</translation>
    </message>
    <message>
        <source>The integrity check found a problem npmdesk cannot describe in words (detail for support: {detail}).</source>
        <translation>La comprobación de integridad encontró un problema que npmdesk no sabe describir (detalle para el soporte técnico: {detail}).</translation>
    </message>
    <message>
        <source>an error npmdesk cannot describe in words (detail for support: {detail})</source>
        <translation>un error que npmdesk no sabe describir (detalle para el soporte técnico: {detail})</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>An attachment changed while the backup was being written (it was removed, or its file in the vault is missing or damaged), so no backup was written. Try again; if this happens again, check the vault (npmdesk check).</source>
        <translation>Un adjunto cambió mientras se escribía la copia de seguridad (se eliminó, o su archivo en la caja fuerte falta o está dañado), así que no se escribió ninguna copia. Inténtelo de nuevo; si vuelve a ocurrir, compruebe la caja fuerte (npmdesk check).</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is missing</source>
        <translation>adjunto {attachment} del registro {record}: falta su archivo</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is damaged (altered, cut short or replaced)</source>
        <translation>adjunto {attachment} del registro {record}: su archivo está dañado (alterado, cortado o sustituido)</translation>
    </message>
    <message>
        <source>No backup was written: attachment {attachment} of record {record} is damaged in the vault (its file is missing, cut short or altered), so it can no longer be opened. Remove that attachment from the record (attach the document again if you still have it), then back up again; npmdesk check lists every damaged attachment.</source>
        <translation>No se escribió ninguna copia de seguridad: el adjunto {attachment} del registro {record} está dañado en la caja fuerte (su archivo falta, está cortado o fue alterado), así que ya no se puede abrir. Quite ese adjunto del registro (vuelva a adjuntar el documento si aún lo tiene) y haga de nuevo la copia de seguridad; npmdesk check enumera todos los adjuntos dañados.</translation>
    </message>
</context>
<context>
    <name>OwnAddressesSetting</name>
    <message>
        <source>Your organisation&apos;s email addresses: write whole addresses such as info@npm.example.org, separated by commas. Nothing was saved.</source>
        <translation>Direcciones de correo de su organización: escriba direcciones completas, como info@npm.example.org, separadas por comas. No se ha guardado nada.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s email addresses</source>
        <translation>Direcciones de correo de su organización</translation>
    </message>
    <message>
        <source>info@npm.example.org, visits@npm.example.org</source>
        <translation>info@npm.example.org, visitas@npm.example.org</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;Direcciones de correo:</translation>
    </message>
    <message>
        <source>Your organisation&apos;s addresses, separated by commas: imported email from them counts as sent, the rest as received. Kept in the vault.</source>
        <translation>Direcciones de su organización, separadas por comas: el correo importado que procede de ellas cuenta como enviado y el resto, como recibido. Se guardan en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>PackagePassphraseDialog</name>
    <message>
        <source>Package passphrase</source>
        <translation>Frase de contraseña del paquete</translation>
    </message>
    <message>
        <source>This package was encrypted with a passphrase. Type the passphrase the sender gave you (by phone, for example).</source>
        <translation>Este paquete se cifró con una frase de contraseña. Escriba la frase de contraseña que le dio el remitente (por teléfono, por ejemplo).</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Frase de con&amp;traseña:</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Open the package</source>
        <translation>&amp;Abrir el paquete</translation>
    </message>
    <message>
        <source>Open the package with this passphrase</source>
        <translation>Abrir el paquete con esta frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type the package&apos;s passphrase.</source>
        <translation>Escriba la frase de contraseña del paquete.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Solidez: {0}</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>Files to attach</source>
        <translation>Archivos para adjuntar</translation>
    </message>
    <message>
        <source>Files to attach when the record is saved</source>
        <translation>Archivos que se adjuntarán al guardar el registro</translation>
    </message>
    <message>
        <source>Attac&amp;h files…</source>
        <translation>Ad&amp;juntar archivos…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>Adjuntar archivos a este registro</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Do not attach the chosen file</source>
        <translation>No adjuntar el archivo elegido</translation>
    </message>
    <message>
        <source>Files to attach: status</source>
        <translation>Archivos para adjuntar: estado</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>este registro</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be attached when you save.</source>
        <translation>
            <numerusform>Se adjuntará %n archivo al guardar.</numerusform>
            <numerusform>Se adjuntarán %n archivos al guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” will not be attached.</source>
        <translation>«{name}» no se adjuntará.</translation>
    </message>
    <message>
        <source>No files yet. Attach files, or drop them on this form.</source>
        <translation>Aún no hay archivos. Adjunte archivos o suéltelos sobre este formulario.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>Personas y consentimiento</translation>
    </message>
    <message>
        <source>People named in this record and their consent</source>
        <translation>Personas nombradas en este registro y su consentimiento</translation>
    </message>
    <message>
        <source>People and their consent per purpose</source>
        <translation>Personas y su consentimiento por finalidad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <source>No one is named yet. Add each person the record is about: their consent is then recorded per purpose, and an alias replaces their name outside the vault.</source>
        <translation>Aún no se nombra a nadie. Añada a cada persona de la que trata el registro: su consentimiento se registra entonces por finalidad, y un alias sustituye su nombre fuera de la caja fuerte.</translation>
    </message>
    <message>
        <source>Add pers&amp;on…</source>
        <translation>Añadir una &amp;persona…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Editar la persona…</translation>
    </message>
    <message>
        <source>Edit the selected person and their consent</source>
        <translation>Editar la persona seleccionada y su consentimiento</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Quitar la persona</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Quitar la persona seleccionada</translation>
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
        <translation>{purpose}: consentimiento</translation>
    </message>
    <message>
        <source>{purpose}: date</source>
        <translation>{purpose}: fecha</translation>
    </message>
    <message>
        <source>{purpose}: how it was obtained</source>
        <translation>{purpose}: cómo se obtuvo</translation>
    </message>
    <message>
        <source>{purpose}: withdrawn on</source>
        <translation>{purpose}: retirado el</translation>
    </message>
    <message>
        <source>{purpose}: given by (parent, guardian or legal representative)</source>
        <translation>{purpose}: otorgado por (progenitor, tutor o representante legal)</translation>
    </message>
    <message>
        <source>{purpose}: obtained by</source>
        <translation>{purpose}: obtenido por</translation>
    </message>
    <message>
        <source>Person and consent</source>
        <translation>Persona y consentimiento</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Real name (kept in this vault only)</source>
        <translation>Nombre real (se guarda solo en esta caja fuerte)</translation>
    </message>
    <message>
        <source>Alias (the pseudonym used outside the vault)</source>
        <translation>Alias (el seudónimo usado fuera de la caja fuerte)</translation>
    </message>
    <message>
        <source>Real &amp;name:</source>
        <translation>Nombre &amp;real:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Niño</translation>
    </message>
    <message>
        <source>The person is a child</source>
        <translation>La persona es un niño</translation>
    </message>
    <message>
        <source>&amp;Lacks capacity to consent</source>
        <translation>&amp;Sin capacidad para consentir</translation>
    </message>
    <message>
        <source>The person lacks capacity to consent</source>
        <translation>La persona carece de capacidad para consentir</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>Quién otorga el consentimiento</translation>
    </message>
    <message>
        <source>Consent per purpose</source>
        <translation>Consentimiento por finalidad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Why the person was not kept</source>
        <translation>Por qué no se conservó la persona</translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation>Conservar esta persona</translation>
    </message>
    <message>
        <source>Close without keeping</source>
        <translation>Cerrar sin conservar</translation>
    </message>
    <message>
        <source>Not known in this vault (received under an alias)</source>
        <translation>Desconocido en esta caja fuerte (recibido con un alias)</translation>
    </message>
    <message>
        <source>Given by (parent, guardian or legal representative)</source>
        <translation>Otorgado por (progenitor, tutor o representante legal)</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtenido por</translation>
    </message>
    <message>
        <source>Consent for this person comes from a parent, guardian or legal representative: record who gave it.</source>
        <translation>El consentimiento de esta persona lo otorga un progenitor, tutor o representante legal: indique quién lo otorgó.</translation>
    </message>
    <message>
        <source>Consent comes from the person themselves.</source>
        <translation>El consentimiento lo otorga la propia persona.</translation>
    </message>
    <message>
        <source>Write the person&apos;s real name (it stays in this vault).</source>
        <translation>Escriba el nombre real de la persona (se queda en esta caja fuerte).</translation>
    </message>
    <message>
        <source>Give the person an alias: it replaces the real name outside the vault.</source>
        <translation>Dé un alias a la persona: sustituye el nombre real fuera de la caja fuerte.</translation>
    </message>
    <message>
        <source>This person is already listed.</source>
        <translation>Esta persona ya figura en la lista.</translation>
    </message>
    <message>
        <source>Another person has this alias: choose another.</source>
        <translation>Otra persona tiene este alias: elija otro.</translation>
    </message>
    <message>
        <source>The alias must differ from the real name.</source>
        <translation>El alias debe ser distinto del nombre real.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>Las fechas se escriben AAAA-MM-DD, por ejemplo 2026-11-29.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
    </message>
    <message>
        <source>Add a person to this record and choose their alias</source>
        <translation>Añadir una persona a este registro y elegir su alias</translation>
    </message>
    <message>
        <source>Consent to report</source>
        <translation>Consentimiento para informar</translation>
    </message>
    <message>
        <source>Choose the person to see their consent to report.</source>
        <translation>Elija la persona para ver su consentimiento para informar.</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose}: {state}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Consent to report — {states}</source>
        <translation>Consentimiento para informar — {states}</translation>
    </message>
</context>
<context>
    <name>ProtectedPdf</name>
    <message>
        <source>Password-protected PD&amp;F (for recipients with only a PDF reader)</source>
        <translation>PD&amp;F protegido con contraseña (para destinatarios que solo tienen un lector de PDF)</translation>
    </message>
    <message>
        <source>A PDF of the records, locked with a long password that npmdesk makes and shows you once. Give the password by phone.</source>
        <translation>Un PDF de los registros, bloqueado con una contraseña larga que npmdesk genera y le muestra una sola vez. Dé la contraseña por teléfono.</translation>
    </message>
    <message>
        <source>Save the password-protected PDF</source>
        <translation>Guardar el PDF protegido con contraseña</translation>
    </message>
    <message>
        <source>PDF documents (*{suffix})</source>
        <translation>Documentos PDF (*{suffix})</translation>
    </message>
    <message>
        <source>Exported {records} records to {path} ({size}), as a PDF locked with a password (AES-256).</source>
        <translation>{records} registros exportados a {path} ({size}), como PDF bloqueado con contraseña (AES-256).</translation>
    </message>
    <message>
        <source>Making the password-protected PDF…</source>
        <translation>Creando el PDF protegido con contraseña…</translation>
    </message>
    <message>
        <source>The PDF&apos;s password</source>
        <translation>La contraseña del PDF</translation>
    </message>
    <message>
        <source>The PDF opens with this password. Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>El PDF se abre con esta contraseña. Désela al destinatario por teléfono, nunca en el mismo correo que el PDF.</translation>
    </message>
    <message>
        <source>It will not be shown again: npmdesk does not keep it.</source>
        <translation>No se volverá a mostrar: npmdesk no la guarda.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar la contraseña</translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation>Ya la he a&amp;notado</translation>
    </message>
    <message>
        <source>I have noted the password</source>
        <translation>He anotado la contraseña</translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Párrafo</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation>(sin informe)</translation>
    </message>
    <message>
        <source>NPM&apos;s assessment</source>
        <translation>Evaluación del MNP</translation>
    </message>
    <message>
        <source>State reports</source>
        <translation>Según el Estado parte</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
</context>
<context>
    <name>RecommendationsTracker</name>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Columnas: elija una para ordenar por ella</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Todos los informes</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>Without a report</source>
        <translation>Sin informe</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) shown.</source>
        <translation>
            <numerusform>Se muestra %n recomendación.</numerusform>
            <numerusform>Se muestran %n recomendaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>No comunicada</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Cualquier prioridad</translation>
    </message>
    <message>
        <source>No priority given</source>
        <translation>Sin prioridad indicada</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Cualquier autoridad</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>Ninguna indicada</translation>
    </message>
</context>
<context>
    <name>RecommendationsTrackerForm</name>
    <message>
        <source>Recommendations tracker</source>
        <translation>Seguimiento de recomendaciones</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>In&amp;forme:</translation>
    </message>
    <message>
        <source>Show the recommendations of this report</source>
        <translation>Mostrar las recomendaciones de este informe</translation>
    </message>
    <message>
        <source>Show the recommendations to this addressee</source>
        <translation>Mostrar las recomendaciones dirigidas a este destinatario</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Estado de aplicación</translation>
    </message>
    <message>
        <source>Implementation status in words</source>
        <translation>Estado de aplicación, en palabras</translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation>Desti&amp;natario:</translation>
    </message>
    <message>
        <source>NPM&apos;s assessmen&amp;t:</source>
        <translation>&amp;Evaluación del MNP:</translation>
    </message>
    <message>
        <source>Show the recommendations the NPM assesses at this status</source>
        <translation>Mostrar las recomendaciones con este estado según la evaluación del MNP</translation>
    </message>
    <message>
        <source>State&apos;s stat&amp;us:</source>
        <translation>&amp;Situación según el Estado parte:</translation>
    </message>
    <message>
        <source>Show the recommendations the State reports at this status</source>
        <translation>Mostrar las recomendaciones con este estado según el Estado parte</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>Pr&amp;ioridad:</translation>
    </message>
    <message>
        <source>Show the recommendations of this priority or timeframe</source>
        <translation>Mostrar las recomendaciones de esta prioridad o plazo</translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation>Responsa&amp;ble:</translation>
    </message>
    <message>
        <source>Show the recommendations for this responsible authority</source>
        <translation>Mostrar las recomendaciones de esta autoridad responsable</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>A new record of the list&apos;s kind</source>
        <translation>Un nuevo registro del tipo de la lista</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the selected record</source>
        <translation>Cambiar el registro seleccionado</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Responder…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Answer the selected communication</source>
        <translation>Responder a la comunicación seleccionada</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Dar seguimiento…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add to the selected communication&apos;s thread</source>
        <translation>Añadir al hilo de la comunicación seleccionada</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Move the selected record to the bin</source>
        <translation>Mover el registro seleccionado a la papelera</translation>
    </message>
    <message>
        <source>Re&amp;store from the bin</source>
        <translation>Resta&amp;urar desde la papelera</translation>
    </message>
    <message>
        <source>Take the selected record out of the bin</source>
        <translation>Sacar el registro seleccionado de la papelera</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>New of &amp;kind</source>
        <translation>Nuevo por &amp;tipo</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuevo registro</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar el registro seleccionado</translation>
    </message>
    <message>
        <source>Reply to the selected communication</source>
        <translation>Responder a la comunicación seleccionada</translation>
    </message>
    <message>
        <source>&amp;New {kind}…</source>
        <translation>&amp;Nuevo: {kind}…</translation>
    </message>
</context>
<context>
    <name>RecordDetailForm</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Sensitivity marking</source>
        <translation>Marca de sensibilidad</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>Versiones anteriores de este registro</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Texto del registro</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>A&amp;djuntos:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>¿Tirar lo que escribió en este formulario?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Discard the changes and close the form</source>
        <translation>Descartar los cambios y cerrar el formulario</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Volver al formulario</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(a record not in this vault)</source>
        <translation>(un registro que no está en esta caja fuerte)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Estado del borrador</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>Versiones anteriores de este registro</translation>
    </message>
    <message>
        <source>Record form</source>
        <translation>Formulario del registro</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>&amp;Título *:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <source>Title problem</source>
        <translation>Problema con el título</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Problema con la fecha</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Est&amp;ado:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status problem</source>
        <translation>Problema con el estado</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>&amp;Interlocutor:</translation>
    </message>
    <message>
        <source>Counterpart (an SPT contact)</source>
        <translation>Interlocutor (un contacto del SPT)</translation>
    </message>
    <message>
        <source>Counterpart problem</source>
        <translation>Problema con el interlocutor</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Pa&amp;ís:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country problem</source>
        <translation>Problema con el país</translation>
    </message>
    <message>
        <source>Due dat&amp;e:</source>
        <translation>Fecha de &amp;vencimiento:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Due date problem</source>
        <translation>Problema con la fecha de vencimiento</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity:</source>
        <translation>Sensi&amp;bilidad:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Sensitivity problem</source>
        <translation>Problema con la sensibilidad</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Contiene datos personales</translation>
    </message>
    <message>
        <source>&amp;Personal data about people (OPCAT art. 16 and 21)</source>
        <translation>Datos &amp;personales sobre personas (OPCAT, arts. 16 y 21)</translation>
    </message>
    <message>
        <source>Contains personal data problem</source>
        <translation>Problema con los datos personales</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Co&amp;nsentimiento:</translation>
    </message>
    <message>
        <source>Consent of the people concerned</source>
        <translation>Consentimiento de las personas afectadas</translation>
    </message>
    <message>
        <source>Consent of the people concerned problem</source>
        <translation>Problema con el consentimiento de las personas afectadas</translation>
    </message>
    <message>
        <source>Details of this kind of record</source>
        <translation>Detalles de este tipo de registro</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>Problema con las etiquetas</translation>
    </message>
    <message>
        <source>OPCAT a&amp;rticles:</source>
        <translation>A&amp;rtículos del OPCAT:</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>Artículos del OPCAT</translation>
    </message>
    <message>
        <source>OPCAT articles problem</source>
        <translation>Problema con los artículos del OPCAT</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Texto del registro</translation>
    </message>
    <message>
        <source>Text problem</source>
        <translation>Problema con el texto</translation>
    </message>
    <message>
        <source>Why the record was not saved</source>
        <translation>Por qué no se guardó el registro</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Guardar el registro</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>Cerrar el formulario sin guardar</translation>
    </message>
    <message>
        <source>“{item}” is not an OPCAT reference: write an article from 1 to 37 with its sub-paragraphs, for example 11(1)(b)(ii) or 19(b).</source>
        <translation>«{item}» no es una referencia al OPCAT: escriba un artículo del 1 al 37 con sus apartados, por ejemplo 11(1)(b)(ii) o 19(b).</translation>
    </message>
    <message>
        <source>People and consent problem</source>
        <translation>Problema con las personas y el consentimiento</translation>
    </message>
    <message>
        <source>Recorded per person and purpose under People and consent</source>
        <translation>Se registra por persona y finalidad en Personas y consentimiento</translation>
    </message>
    <message>
        <source>{kind}: details</source>
        <translation>{kind}: detalles</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>{field}: problema</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Revie&amp;w on:</source>
        <translation>R&amp;evisar el:</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revisar el</translation>
    </message>
    <message>
        <source>When the record is due for review (retention)</source>
        <translation>Cuándo debe revisarse el registro (conservación)</translation>
    </message>
    <message>
        <source>Review on problem</source>
        <translation>Problema con la fecha de revisión</translation>
    </message>
    <message>
        <source>Precise re&amp;ferences:</source>
        <translation>Referencias pre&amp;cisas:</translation>
    </message>
    <message>
        <source>Precise OPCAT references</source>
        <translation>Referencias precisas al OPCAT</translation>
    </message>
    <message>
        <source>Sub-paragraphs, separated by commas, for example 11(1)(b)(ii), 19(b)</source>
        <translation>Apartados, separados por comas, por ejemplo 11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>11(1)(b)(ii), 19(b)</source>
        <translation>11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>&amp;{label} *:</source>
        <translation>&amp;{label} *:</translation>
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
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Continuing your unsaved draft</source>
        <translation>Continuando su borrador sin guardar</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Nuevo registro: {kind}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>No se guardó: {problem}</translation>
    </message>
    <message>
        <source>Draft kept in the vault at {time}</source>
        <translation>Borrador conservado en la caja fuerte a las {time}</translation>
    </message>
    <message>
        <source>Saving status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Saving… waiting for the import or the attachment being added to finish. Cancel stops waiting; your text stays here.</source>
        <translation>Guardando… esperando a que termine la importación o el adjunto que se está añadiendo. Cancelar deja de esperar; su texto se queda aquí.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved: you stopped waiting. Your text is still here; save again when the vault is free.</source>
        <translation>No guardado: dejó de esperar. Su texto sigue aquí; guarde de nuevo cuando la caja fuerte esté libre.</translation>
    </message>
    <message>
        <source>Draft not kept: {problem} Trying again shortly.</source>
        <translation>Borrador no conservado: {problem} Se volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>Keeping the draft… waiting for the import or the attachment being added to finish</source>
        <translation>Guardando el borrador… esperando a que termine la importación o el adjunto que se está añadiendo</translation>
    </message>
    <message>
        <source>Saved. Attaching the files…</source>
        <translation>Guardado. Adjuntando los archivos…</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Adjuntando archivos</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>Cifrando los archivos en la caja fuerte…</translation>
    </message>
    <message>
        <source>Cancel attaching the files</source>
        <translation>Cancelar la adición de los archivos</translation>
    </message>
    <message>
        <source>you cancelled attaching them.</source>
        <translation>usted canceló la operación de adjuntarlos.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n archivo adjuntado.</numerusform>
            <numerusform>%n archivos adjuntados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is saved, but its files are not attached: {problem} Save again to attach them, or Cancel to close without them.</source>
        <translation>El registro está guardado, pero sus archivos no se adjuntaron: {problem} Guarde de nuevo para adjuntarlos, o pulse Cancelar para cerrar sin ellos.</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Saved “{title}”.</source>
        <translation>Se guardó «{title}».</translation>
    </message>
    <message>
        <source>“{title}” is in the bin (Record → Restore from the bin brings it back).</source>
        <translation>«{title}» está en la papelera (Registro → Restaurar desde la papelera lo recupera).</translation>
    </message>
    <message>
        <source>“{title}” is back from the bin.</source>
        <translation>«{title}» salió de la papelera.</translation>
    </message>
    <message>
        <source>Waiting for the import or the attachment being added to finish…</source>
        <translation>Esperando a que termine la importación o el adjunto que se está añadiendo…</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
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
        <translation>(un registro que no está en esta caja fuerte)</translation>
    </message>
    <message>
        <source>(a contact not in this vault)</source>
        <translation>(un contacto que no está en esta caja fuerte)</translation>
    </message>
    <message>
        <source>{version}, changed {when} by {who}</source>
        <translation>{version}, cambiada el {when} por {who}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>Artículos del OPCAT</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <source>{real} ({alias})</source>
        <translation>{real} ({alias})</translation>
    </message>
    <message>
        <source>child</source>
        <translation>niño</translation>
    </message>
    <message>
        <source>lacks capacity</source>
        <translation>sin capacidad para consentir</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Ningún consentimiento registrado</translation>
    </message>
    <message>
        <source>consent from a parent, guardian or legal representative</source>
        <translation>consentimiento otorgado por un progenitor, tutor o representante legal</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose}: {state}</translation>
    </message>
    <message>
        <source>withdrawn {date}</source>
        <translation>retirado el {date}</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revisar el</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Columnas: elija una para ordenar por ella</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Text actions</source>
        <translation>Acciones sobre el texto</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code not written down</source>
        <translation>Código de recuperación no anotado</translation>
    </message>
    <message>
        <source>This recovery code will not be shown again. Without it, a forgotten passphrase means the vault is lost. Close anyway?</source>
        <translation>Este código de recuperación no volverá a mostrarse. Sin él, olvidar la frase de contraseña significa perder la caja fuerte. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>npmdesk recovery code</source>
        <translation>Código de recuperación de npmdesk</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and the vault&apos;s files can open the vault.</source>
        <translation>Guarde esta página en un lugar seguro, lejos del ordenador. Quien la tenga junto con los archivos de la caja fuerte puede abrir la caja fuerte.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Write down your new recovery code now</source>
        <translation>Anote ahora su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>This new code replaces the recovery code you wrote down before: once you confirm below, the old code stops working and only this one opens the vault if you forget your passphrase. Write it on paper, or print it, and keep it somewhere safe away from this computer.</source>
        <translation>Este nuevo código sustituye al código de recuperación que anotó antes: en cuanto confirme abajo, el código anterior deja de funcionar y solo este abre la caja fuerte si olvida su frase de contraseña. Escríbalo en papel, o imprímalo, y guárdelo en un lugar seguro lejos de este ordenador.</translation>
    </message>
    <message>
        <source>I have &amp;written down the new code</source>
        <translation>He &amp;anotado el nuevo código</translation>
    </message>
    <message>
        <source>I have written down the new recovery code</source>
        <translation>He anotado el nuevo código de recuperación</translation>
    </message>
    <message>
        <source>You have not confirmed that you wrote down the new recovery code. If you close now, the code you wrote down before keeps working, and npmdesk shows a new code at the next unlock. Close anyway?</source>
        <translation>No ha confirmado que anotó el nuevo código de recuperación. Si cierra ahora, el código que anotó antes sigue funcionando, y npmdesk mostrará un nuevo código en el próximo desbloqueo. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeForm</name>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>Write down your recovery code now</source>
        <translation>Anote ahora su código de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into the vault. Write it on paper, or print it, and keep it somewhere safe away from this computer. It is shown only this once.</source>
        <translation>Si olvida su frase de contraseña, este código es la única forma de entrar en la caja fuerte. Escríbalo en papel, o imprímalo, y guárdelo en un lugar seguro lejos de este ordenador. Solo se muestra esta vez.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Lo he &amp;anotado</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>He anotado el código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ReplyMonthsSetting</name>
    <message>
        <source>Reports after a visit</source>
        <translation>Informes tras una visita</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Months after transmission a reply is due</source>
        <translation>Meses entre la transmisión y la respuesta prevista</translation>
    </message>
    <message>
        <source>Reply due a&amp;fter:</source>
        <translation>Respuesta prevista &amp;tras:</translation>
    </message>
    <message>
        <source>When a report&apos;s own reply date is empty, the reply is due this long after the report&apos;s transmission (customarily six months). Kept in the vault.</source>
        <translation>Cuando la fecha de respuesta de un informe está vacía, la respuesta se espera este tiempo después de la transmisión del informe (habitualmente seis meses). Se guarda en la caja fuerte.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progreso del informe</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Cancelar el informe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Maquetando el informe…</translation>
    </message>
    <message>
        <source>Saved the report to {path}. This PDF is not encrypted: keep it safe and delete it when you no longer need it.</source>
        <translation>Informe guardado en {path}. Este PDF no está cifrado: guárdelo de forma segura y bórrelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Se enviaron {pages} páginas a la impresora.</translation>
    </message>
    <message>
        <source>The report was cancelled. Nothing was written.</source>
        <translation>Se canceló el informe. No se escribió nada.</translation>
    </message>
    <message>
        <source>Put into an encrypted pac&amp;kage…</source>
        <translation>Poner en un pa&amp;quete cifrado…</translation>
    </message>
    <message>
        <source>Put the report&apos;s PDF into an encrypted, signed package</source>
        <translation>Poner el PDF del informe en un paquete cifrado y firmado</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Correspondence log</source>
        <translation>Registro de correspondencia</translation>
    </message>
    <message>
        <source>Visit dossier</source>
        <translation>Expediente de visita</translation>
    </message>
    <message>
        <source>Recommendations tracker</source>
        <translation>Seguimiento de recomendaciones</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Visit of the dossier</source>
        <translation>Visita del expediente</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Inicio del período</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin del período</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Mark every page “&amp;Confidential”</source>
        <translation>Marcar cada página como «&amp;Confidencial»</translation>
    </message>
    <message>
        <source>Mark every page Confidential</source>
        <translation>Marcar cada página como Confidencial</translation>
    </message>
    <message>
        <source>Limit the period: {what}</source>
        <translation>Limitar el período: {what}</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to &amp;whom</source>
        <translation>Indicar cuándo salió cada registro de la caja fuerte y para &amp;quién</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to whom</source>
        <translation>Indicar cuándo salió cada registro de la caja fuerte y para quién</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>The PDF of the {report} will NOT be encrypted.</source>
        <translation>El PDF del {report} NO estará cifrado.</translation>
    </message>
    <message>
        <source>It leaves the vault: anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>Sale de la caja fuerte: cualquiera que pueda abrir la carpeta que elija, o que se haga con este ordenador o con el disco, podrá leerlo. npmdesk no lo borrará por usted más adelante. Guárdelo solo donde sea imprescindible y bórrelo cuando termine.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted PDF…</source>
        <translation>&amp;Guardar un PDF sin cifrar…</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF</source>
        <translation>Guardar un PDF sin cifrar</translation>
    </message>
    <message>
        <source>Cancel: keep the report in the vault</source>
        <translation>Cancelar: conservar el informe en la caja fuerte</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir el informe</translation>
    </message>
    <message>
        <source>The {report} will be sent to the printer unencrypted.</source>
        <translation>El {report} se enviará a la impresora sin cifrar.</translation>
    </message>
    <message>
        <source>The print queue, a network printer or a “print to file” may keep a readable copy. Collect the pages at once.</source>
        <translation>La cola de impresión, una impresora de red o una «impresión a archivo» pueden guardar una copia legible. Recoja las páginas enseguida.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Cancel: do not print</source>
        <translation>Cancelar: no imprimir</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTracks</name>
    <message>
        <source>Reply received on {date}</source>
        <translation>Respuesta recibida el {date}</translation>
    </message>
    <message>
        <source>Reply made (no date recorded)</source>
        <translation>Respuesta dada (sin fecha registrada)</translation>
    </message>
    <message>
        <source>Reply due: not known (no transmission date)</source>
        <translation>Respuesta prevista: desconocida (sin fecha de transmisión)</translation>
    </message>
    <message>
        <source>Reply due by {date}</source>
        <translation>Respuesta prevista a más tardar el {date}</translation>
    </message>
    <message>
        <source>(transmission + 1 month)</source>
        <translation>(transmisión + 1 mes)</translation>
    </message>
    <message>
        <source>(transmission + {months} months)</source>
        <translation>(transmisión + {months} meses)</translation>
    </message>
    <message>
        <source>Overdue: {text}</source>
        <translation>Atrasado: {text}</translation>
    </message>
    <message>
        <source>Published: {state} can apply to the OPCAT Special Fund (art. 26)</source>
        <translation>Publicado: {state} puede presentar una solicitud al Fondo Especial del OPCAT (art. 26)</translation>
    </message>
    <message>
        <source>Special Fund (art. 26): {state} can apply once a report to it is published</source>
        <translation>Fondo Especial (art. 26): {state} podrá presentar una solicitud cuando se publique un informe dirigido a ese Estado parte</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Recibido el {date}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fondo Especial</translation>
    </message>
</context>
<context>
    <name>ReportTracksPanel</name>
    <message>
        <source>Report to the State</source>
        <translation>Informe al Estado parte</translation>
    </message>
    <message>
        <source>Report to the NPM</source>
        <translation>Informe al MNP</translation>
    </message>
    <message>
        <source>Open the report to the State</source>
        <translation>Abrir el informe al Estado parte</translation>
    </message>
    <message>
        <source>Open the report to the NPM</source>
        <translation>Abrir el informe al MNP</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fondo Especial</translation>
    </message>
    <message>
        <source>No report recorded yet.</source>
        <translation>Aún no hay ningún informe registrado.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Siguiente paso: {step}</translation>
    </message>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>Transmitted on {date}</source>
        <translation>Transmitido el {date}</translation>
    </message>
    <message>
        <source>Transmission date not recorded</source>
        <translation>Fecha de transmisión no registrada</translation>
    </message>
    <message>
        <source>Publication: {decision}</source>
        <translation>Publicación: {decision}</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>sin decidir</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Publicado el {date}</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Informes…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print or save a PDF of the correspondence log, a visit dossier or the recommendations tracker</source>
        <translation>Imprimir o guardar en PDF el registro de correspondencia, un expediente de visita o el seguimiento de recomendaciones</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>The backup is restored into a new folder, as a vault of its own. The open vault is not changed.</source>
        <translation>La copia de seguridad se restaura en una carpeta nueva, como una caja fuerte independiente. La caja fuerte abierta no se modifica.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elegir el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>New folder for the restored vault</source>
        <translation>Carpeta nueva para la caja fuerte restaurada</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the new folder</source>
        <translation>Elegir la carpeta nueva</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Archivo de copia de seguridad:</translation>
    </message>
    <message>
        <source>&amp;New folder:</source>
        <translation>Carpeta &amp;nueva:</translation>
    </message>
    <message>
        <source>Problem restoring the backup</source>
        <translation>Problema al restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Open the Restored Vault</source>
        <translation>A&amp;brir la caja fuerte restaurada</translation>
    </message>
    <message>
        <source>Lock this vault and open the restored one</source>
        <translation>Bloquear esta caja fuerte y abrir la restaurada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperación:</translation>
    </message>
    <message>
        <source>The backup&apos;s recovery code</source>
        <translation>El código de recuperación de la copia de seguridad</translation>
    </message>
    <message>
        <source>The recovery code the vault had when the backup was made.</source>
        <translation>El código de recuperación que tenía la caja fuerte cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>Usar la frase de contraseña en su &amp;lugar</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Usar la frase de contraseña en su lugar</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>La frase de contraseña que tenía la caja fuerte cuando se hizo la copia</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>La frase de contraseña que tenía la caja fuerte cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>&amp;Usar el código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar el código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Elegir la copia de seguridad que desea restaurar</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>Copias de npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>Name the new folder for the restored vault</source>
        <translation>Dar nombre a la carpeta nueva de la caja fuerte restaurada</translation>
    </message>
    <message>
        <source>Restored vault</source>
        <translation>Caja fuerte restaurada</translation>
    </message>
    <message>
        <source>Checking the backup, restoring it and checking the restored vault…</source>
        <translation>Comprobando la copia de seguridad, restaurándola y comprobando la caja fuerte restaurada…</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Cancelar la restauración</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. Open it with the recovery code you typed; npmdesk then asks for a new passphrase and shows a new recovery code. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>La copia de seguridad se restauró en {folder}: se abre y superó las dos comprobaciones de integridad. Ábrala con el código de recuperación que escribió; npmdesk le pedirá entonces una nueva frase de contraseña y le mostrará un nuevo código de recuperación. Para abrirla más adelante, inicie npmdesk con --vault y esta carpeta.</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. It opens with the passphrase the vault had when the backup was made. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>La copia de seguridad se restauró en {folder}: se abre y superó las dos comprobaciones de integridad. Se abre con la frase de contraseña que tenía la caja fuerte cuando se hizo la copia. Para abrirla más adelante, inicie npmdesk con --vault y esta carpeta.</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>Se canceló la restauración. No se creó nada.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everywhere</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Search everywhere ({shortcut})</source>
        <translation>Buscar en todo ({shortcut})</translation>
    </message>
    <message>
        <source>Results appear as you type. Escape clears the search. Shortcut: {shortcut}</source>
        <translation>Los resultados aparecen mientras escribe. Esc borra la búsqueda. Atajo: {shortcut}</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <source>Search filters</source>
        <translation>Filtros de búsqueda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Con fecha desde</translation>
    </message>
    <message>
        <source>Dated until</source>
        <translation>Con fecha hasta</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar los filtros</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <translation>{name}: opciones</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>SearchOrder</name>
    <message>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <source>Best match: the records that match best come first, when at most {limit} records match. Recently added: the records added to the vault most recently come first.</source>
        <translation>Mejor coincidencia: primero los registros que mejor coinciden, cuando coinciden como máximo {limit} registros. Añadidos recientemente: primero los registros añadidos a la caja fuerte más recientemente.</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Mejor coincidencia</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Añadidos recientemente</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
</context>
<context>
    <name>SecurityEvent</name>
    <message>
        <source>Unlocked with this device&apos;s keyring</source>
        <translation>Desbloqueada con el llavero de este dispositivo</translation>
    </message>
    <message>
        <source>Unlocked with the passphrase</source>
        <translation>Desbloqueada con la frase de contraseña</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Caja fuerte creada</translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation>Desbloqueada con el código de recuperación</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>Remembered on this device</source>
        <translation>Recordada en este dispositivo</translation>
    </message>
    <message>
        <source>No longer remembered on this device</source>
        <translation>Ya no se recuerda en este dispositivo</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Código de recuperación sustituido</translation>
    </message>
    <message>
        <source>Vault key replaced</source>
        <translation>Clave de la caja fuerte sustituida</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message>
        <source>This vault is new: it has not been unlocked before.</source>
        <translation>Esta caja fuerte es nueva: nunca se ha desbloqueado.</translation>
    </message>
    <message>
        <source>This is the first time this vault has been unlocked.</source>
        <translation>Es la primera vez que se desbloquea esta caja fuerte.</translation>
    </message>
    <message>
        <source>Last unlock before this session: {when} — {what}.</source>
        <translation>Último desbloqueo antes de esta sesión: {when} — {what}.</translation>
    </message>
</context>
<context>
    <name>SendMail</name>
    <message>
        <source>Se&amp;nd by Email…</source>
        <translation>Enviar por co&amp;rreo…</translation>
    </message>
    <message>
        <source>Send by Email</source>
        <translation>Enviar por correo</translation>
    </message>
    <message>
        <source>npmdesk writes a mail draft that carries {file}, encrypted, and opens it in your mail program.</source>
        <translation>npmdesk escribe un borrador de correo que lleva {file}, cifrado, y lo abre en su programa de correo.</translation>
    </message>
    <message>
        <source>Recipients&apos; email addresses</source>
        <translation>Direcciones de correo de los destinatarios</translation>
    </message>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation>nombre@example.org, otro@example.org</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Language of the cover note</source>
        <translation>Idioma de la nota de presentación</translation>
    </message>
    <message>
        <source>Cover note in &amp;language:</source>
        <translation>&amp;Idioma de la nota de presentación:</translation>
    </message>
    <message>
        <source>Problem with the addresses</source>
        <translation>Problema con las direcciones</translation>
    </message>
    <message>
        <source>The cover note travels in clear: it says what the file is and how to open it, nothing confidential. The file itself stays encrypted.</source>
        <translation>La nota de presentación viaja sin cifrar: dice qué es el archivo y cómo abrirlo, nada confidencial. El archivo en sí sigue cifrado.</translation>
    </message>
    <message>
        <source>&amp;Save the Draft and Open It…</source>
        <translation>&amp;Guardar el borrador y abrirlo…</translation>
    </message>
    <message>
        <source>Save the draft and open it</source>
        <translation>Guardar el borrador y abrirlo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save the mail draft</source>
        <translation>Guardar el borrador de correo</translation>
    </message>
    <message>
        <source>Mail drafts (*{suffix})</source>
        <translation>Borradores de correo (*{suffix})</translation>
    </message>
    <message>
        <source>The mail draft is saved as {path} and opens in your mail program: check it and send it. Its cover note travels in clear; it says nothing confidential.</source>
        <translation>El borrador se ha guardado como {path} y se abre en su programa de correo: revíselo y envíelo. Su nota de presentación viaja sin cifrar; no dice nada confidencial.</translation>
    </message>
    <message>
        <source>Writing the mail draft…</source>
        <translation>Escribiendo el borrador de correo…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Emergency erase</source>
        <translation>Borrado de emergencia</translation>
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
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one to a contact to choose it here.</source>
        <translation>Ningún contacto tiene aún un destinatario age. Añada uno a un contacto para poder elegirlo aquí.</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Por qué no se guardaron los ajustes</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Aún no elegido</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it).</source>
        <translation>Elija su Estado parte en la lista (escriba parte de su nombre para encontrarlo).</translation>
    </message>
    <message>
        <source>npmdesk speaks this language as soon as you save. Open record forms close and keep their drafts.</source>
        <translation>npmdesk habla este idioma en cuanto guarda. Los formularios de registro abiertos se cierran y conservan sus borradores.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Colours of npmdesk</source>
        <translation>Colores de npmdesk</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Bloqueo y portapapeles</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Bloquear tras este tiempo sin uso:</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Minutos sin uso antes de que se bloquee la caja fuerte</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation>Borrar el texto &amp;copiado tras:</translation>
    </message>
    <message>
        <source>Seconds before copied record text is cleared from the clipboard</source>
        <translation>Segundos antes de que el texto copiado de un registro se borre del portapapeles</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The vault also locks when you lock the screen or the computer goes to sleep.</source>
        <translation>La caja fuerte también se bloquea cuando usted bloquea la pantalla o el ordenador entra en suspensión.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Language of npmdesk</source>
        <translation>Idioma de npmdesk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start npmdesk.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie npmdesk.</translation>
    </message>
    <message>
        <source>Default export recipients</source>
        <translation>Destinatarios de exportación predeterminados</translation>
    </message>
    <message>
        <source>Contacts chosen &amp;here are ticked when you export. Only contacts with an age recipient are listed.</source>
        <translation>Los contactos elegidos &amp;aquí se marcan cuando exporta. Solo se muestran los contactos con un destinatario age.</translation>
    </message>
    <message>
        <source>Contacts to export to by default</source>
        <translation>Contactos a los que exportar por defecto</translation>
    </message>
    <message>
        <source>Your NPM</source>
        <translation>Su MNP</translation>
    </message>
    <message>
        <source>S&amp;tate party:</source>
        <translation>&amp;Estado parte:</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>Estado parte de su MNP</translation>
    </message>
    <message>
        <source>New visits, reports, recommendations and places start with this country. It is kept in the vault, for everyone who opens it.</source>
        <translation>Este país se rellena de antemano en las nuevas visitas, informes, recomendaciones y lugares. Se guarda en la caja fuerte, para todos los que la abran.</translation>
    </message>
</context>
<context>
    <name>SettingsNotSaved</name>
    <message>
        <source>npmdesk could not save its settings in {path} (is the disk full or read-only?), so they last only until npmdesk closes: free some space, then save them again.</source>
        <translation>npmdesk no pudo guardar sus ajustes en {path} (¿el disco está lleno o es de solo lectura?), así que solo durarán hasta que se cierre npmdesk: libere espacio y vuelva a guardarlos.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Chart of implementation status</source>
        <translation>Gráfico del estado de aplicación</translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>NPM</source>
        <translation>MNP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado parte</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>NPM&apos;s assessment: {npm}; State&apos;s reports: {state}</source>
        <translation>Evaluación del MNP: {npm}; según el Estado parte: {state}</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Deadline of the annual report</source>
        <translation>Plazo del informe anual</translation>
    </message>
    <message>
        <source>Steps of the annual report</source>
        <translation>Etapas del informe anual</translation>
    </message>
    <message>
        <source>Steps of this annual report</source>
        <translation>Etapas de este informe anual</translation>
    </message>
    <message>
        <source>Deadline: none yet — set the year or the national deadline</source>
        <translation>Plazo: ninguno por ahora — indique el año o el plazo nacional</translation>
    </message>
    <message>
        <source>Deadline: about {date} — set the national deadline</source>
        <translation>Plazo: alrededor del {date} — indique el plazo nacional</translation>
    </message>
    <message>
        <source>Deadline: {date} (national deadline)</source>
        <translation>Plazo: {date} (plazo nacional)</translation>
    </message>
    <message>
        <source>Published nationally</source>
        <translation>Publicado a nivel nacional</translation>
    </message>
    <message>
        <source>Tabled in parliament</source>
        <translation>Presentado al parlamento</translation>
    </message>
    <message>
        <source>Sent to the SPT</source>
        <translation>Enviado al SPT</translation>
    </message>
    <message>
        <source>Acknowledged by the SPT</source>
        <translation>Acuse de recibo del SPT</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site</source>
        <translation>Publicado en el sitio del ACNUDH</translation>
    </message>
    <message>
        <source>{step}: pending</source>
        <translation>{step}: pendiente</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>fecha no registrada</translation>
    </message>
    <message>
        <source>{step}: done, {date}</source>
        <translation>{step}: hecho, el {date}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>A team folder is a folder that a sync tool (Syncthing, a shared folder, a USB stick) keeps the same on each of your NPM&apos;s laptops. npmdesk writes only encrypted, signed files there.</source>
        <translation>Una carpeta del equipo es una carpeta que una herramienta de sincronización (Syncthing, una carpeta compartida, una memoria USB) mantiene igual en cada portátil de su MNP. npmdesk solo escribe allí archivos cifrados y firmados.</translation>
    </message>
    <message>
        <source>Close the Team dialog</source>
        <translation>Cerrar el diálogo Equipo</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Carpeta del equipo</translation>
    </message>
    <message>
        <source>The team folder</source>
        <translation>La carpeta del equipo</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Elegir la &amp;carpeta…</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Elegir la carpeta del equipo</translation>
    </message>
    <message>
        <source>Why the team folder was not changed</source>
        <translation>Por qué no se cambió la carpeta del equipo</translation>
    </message>
    <message>
        <source>Member devices</source>
        <translation>Dispositivos miembros</translation>
    </message>
    <message>
        <source>&amp;Member devices (the NPM&apos;s own laptops that receive this vault&apos;s changes):</source>
        <translation>Dispositivos &amp;miembros (los portátiles del MNP que reciben los cambios de esta caja fuerte):</translation>
    </message>
    <message>
        <source>About the member devices</source>
        <translation>Sobre los dispositivos miembros</translation>
    </message>
    <message>
        <source>&amp;Add Device…</source>
        <translation>&amp;Añadir dispositivo…</translation>
    </message>
    <message>
        <source>Add a member device</source>
        <translation>Añadir un dispositivo miembro</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen member device</source>
        <translation>Quitar el dispositivo miembro elegido</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sync with the team folder now</source>
        <translation>Sincronizar ahora con la carpeta del equipo</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Lo que hizo la última sincronización</translation>
    </message>
    <message>
        <source>No team folder chosen yet.</source>
        <translation>Aún no se ha elegido ninguna carpeta del equipo.</translation>
    </message>
    <message>
        <source>{folder} — not there now (is the disk or the share connected?)</source>
        <translation>{folder} — no está ahora (¿está conectado el disco o el recurso compartido?)</translation>
    </message>
    <message>
        <source>Choose the Team Folder</source>
        <translation>Elegir la carpeta del equipo</translation>
    </message>
    <message>
        <source>No device can join yet: a member device is a verified contact marked as one of your NPM&apos;s own devices. On the colleague&apos;s laptop choose File → Share My Keys…; here, add its card with File → Add Contact from Card…, compare the fingerprint with the colleague by phone (Verify keys… on the contact), then tick “One of our NPM&apos;s own devices” in the contact&apos;s form.</source>
        <translation>Todavía no puede unirse ningún dispositivo: un dispositivo miembro es un contacto verificado marcado como dispositivo de su MNP. En el portátil del colega, elija Archivo → Compartir mis claves…; aquí, añada su tarjeta con Archivo → Añadir contacto desde su tarjeta…, compare la huella con el colega por teléfono (Verificar las claves… en el contacto) y marque «Dispositivo de nuestro MNP» en el formulario del contacto.</translation>
    </message>
    <message>
        <source>{name} is now a member device: the next sync makes a snapshot of this vault for it.</source>
        <translation>{name} es ahora un dispositivo miembro: la próxima sincronización crea para él una instantánea de esta caja fuerte.</translation>
    </message>
    <message>
        <source>&amp;Remove from the Team</source>
        <translation>&amp;Quitar del equipo</translation>
    </message>
    <message>
        <source>Remove the device from the team</source>
        <translation>Quitar el dispositivo del equipo</translation>
    </message>
    <message>
        <source>Remove {name} from the team?</source>
        <translation>¿Quitar {name} del equipo?</translation>
    </message>
    <message>
        <source>Remove this device from the team?</source>
        <translation>¿Quitar este dispositivo del equipo?</translation>
    </message>
    <message>
        <source>Remove a Member Device</source>
        <translation>Quitar un dispositivo miembro</translation>
    </message>
    <message>
        <source>New changes are no longer sent to it. What it already received stays with it: npmdesk cannot take back what a device holds.</source>
        <translation>Ya no se le envían los cambios nuevos. Lo que ya recibió se queda en él: npmdesk no puede recuperar lo que tiene un dispositivo.</translation>
    </message>
    <message>
        <source>Keep the device in the team</source>
        <translation>Mantener el dispositivo en el equipo</translation>
    </message>
    <message>
        <source>Syncing with the team folder…</source>
        <translation>Sincronizando con la carpeta del equipo…</translation>
    </message>
    <message>
        <source>The sync was stopped. Nothing was half-applied.</source>
        <translation>La sincronización se detuvo. No se aplicó nada a medias.</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(un contacto eliminado)</translation>
    </message>
    <message>
        <source>no keys usable: it is no longer a verified own device with keys</source>
        <translation>ninguna clave utilizable: ya no es un dispositivo propio verificado con claves</translation>
    </message>
    <message>
        <source>a file was set aside: {why}</source>
        <translation>se apartó un archivo: {why}</translation>
    </message>
    <message>
        <source>waiting for its first snapshot</source>
        <translation>esperando su primera instantánea</translation>
    </message>
    <message>
        <source>waiting for changeset {number}</source>
        <translation>esperando el conjunto de cambios {number}</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>its snapshot</source>
        <translation>su instantánea</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
    <message>
        <source>up to {number}</source>
        <translation>hasta {number}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changeset(s) from the other devices.</source>
        <translation>
            <numerusform>Se aplicó %n conjunto de cambios de los otros dispositivos.</numerusform>
            <numerusform>Se aplicaron %n conjuntos de cambios de los otros dispositivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent this device&apos;s changes as changeset {number}.</source>
        <translation>Cambios de este dispositivo enviados como conjunto {number}.</translation>
    </message>
    <message numerus="yes">
        <source>Made a snapshot of this vault for %n new member device(s).</source>
        <translation>
            <numerusform>Se creó una instantánea de esta caja fuerte para %n dispositivo miembro nuevo.</numerusform>
            <numerusform>Se crearon instantáneas de esta caja fuerte para %n dispositivos miembros nuevos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: see “Edited on both sides”.</source>
        <translation>
            <numerusform>%n registro se editó en ambos lados: vea «Editado en ambos lados».</numerusform>
            <numerusform>%n registros se editaron en ambos lados: vea «Editado en ambos lados».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were set aside: see the table.</source>
        <translation>
            <numerusform>Se apartó %n archivo: vea la tabla.</numerusform>
            <numerusform>Se apartaron %n archivos: vea la tabla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) wait for a changeset that is not in the folder yet.</source>
        <translation>
            <numerusform>%n dispositivo espera un conjunto de cambios que aún no está en la carpeta.</numerusform>
            <numerusform>%n dispositivos esperan un conjunto de cambios que aún no está en la carpeta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member device(s) left out: no keys usable.</source>
        <translation>
            <numerusform>%n dispositivo miembro excluido: ninguna clave utilizable.</numerusform>
            <numerusform>%n dispositivos miembros excluidos: ninguna clave utilizable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n subfolder(s) of devices that are not members.</source>
        <translation>
            <numerusform>Se ignoró %n subcarpeta de dispositivos que no son miembros.</numerusform>
            <numerusform>Se ignoraron %n subcarpetas de dispositivos que no son miembros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: up to date with %n device(s).</source>
        <translation>
            <numerusform>Nada nuevo: al día con %n dispositivo.</numerusform>
            <numerusform>Nada nuevo: al día con %n dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No team folder chosen yet; %n member device(s).</source>
        <translation>
            <numerusform>Aún no se ha elegido la carpeta del equipo; %n dispositivo miembro.</numerusform>
            <numerusform>Aún no se ha elegido la carpeta del equipo; %n dispositivos miembros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder {folder}; %n member device(s).</source>
        <translation>
            <numerusform>Carpeta {folder}; %n dispositivo miembro.</numerusform>
            <numerusform>Carpeta {folder}; %n dispositivos miembros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>&amp;Team…</source>
        <translation>E&amp;quipo…</translation>
    </message>
    <message>
        <source>The team folder, the member devices and how far each one is; sync now</source>
        <translation>La carpeta del equipo, los dispositivos miembros y en qué punto está cada uno; sincronizar ahora</translation>
    </message>
</context>
<context>
    <name>TeamSettingsGroup</name>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>The team folder and the member devices</source>
        <translation>La carpeta del equipo y los dispositivos miembros</translation>
    </message>
    <message>
        <source>Te&amp;am…</source>
        <translation>E&amp;quipo…</translation>
    </message>
    <message>
        <source>Open the Team dialog</source>
        <translation>Abrir el diálogo Equipo</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <source>the team folder is missing ({path})</source>
        <translation>falta la carpeta del equipo ({path})</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) can no longer be reached by changesets (keys)</source>
        <translation>
            <numerusform>%n dispositivo ya no puede recibir lotes de cambios (claves)</numerusform>
            <numerusform>%n dispositivos ya no pueden recibir lotes de cambios (claves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to date with %n device(s)</source>
        <translation>
            <numerusform>al día con %n dispositivo</numerusform>
            <numerusform>al día con %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>sincronizando…</translation>
    </message>
    <message>
        <source>the last sync failed ({reason})</source>
        <translation>la última sincronización falló ({reason})</translation>
    </message>
    <message>
        <source>{device} is left out: it is no longer a verified own device with keys</source>
        <translation>{device} queda excluido: ya no es un dispositivo verificado de su MNP con sus claves</translation>
    </message>
    <message>
        <source>a file from {device} was set aside ({reason})</source>
        <translation>un archivo de {device} se dejó aparte ({reason})</translation>
    </message>
    <message>
        <source>waiting for the first snapshot from {device}</source>
        <translation>esperando la primera instantánea de {device}</translation>
    </message>
    <message>
        <source>waiting for changeset {number} from {device}</source>
        <translation>esperando el lote de cambios {number} de {device}</translation>
    </message>
    <message>
        <source>{device}: up to date</source>
        <translation>{device}: al día</translation>
    </message>
    <message>
        <source>Team: {state}</source>
        <translation>Equipo: {state}</translation>
    </message>
    <message>
        <source>Click, or press Space, to open the team settings.</source>
        <translation>Haga clic, o pulse Espacio, para abrir la configuración del equipo.</translation>
    </message>
    <message>
        <source>Team status</source>
        <translation>Estado del equipo</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Messages of this thread, oldest first</source>
        <translation>Mensajes de este hilo, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>Responder a este mensaje</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Dar seguimiento</translation>
    </message>
    <message>
        <source>Follow up on this message</source>
        <translation>Dar seguimiento a este mensaje</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Thread: %n message(s)</source>
        <translation>
            <numerusform>&amp;Hilo: %n mensaje</numerusform>
            <numerusform>&amp;Hilo: %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} (this message)</source>
        <translation>{message} (este mensaje)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vault: {folder}</source>
        <translation>Caja fuerte: {folder}</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>Usar la frase de contraseña en su &amp;lugar</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Usar la frase de contraseña en su lugar</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar el código de recuperación en su &amp;lugar</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar el código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Opening the vault with this device&apos;s keyring…</source>
        <translation>Abriendo la caja fuerte con el llavero de este dispositivo…</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Comprobando el código de recuperación…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlocking. This takes about a second…</source>
        <translation>Desbloqueando. Tarda alrededor de un segundo…</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Restaurar una copia de seguridad en una carpeta nueva</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Unlock npmdesk</source>
        <translation>Desbloquear npmdesk</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>La caja fuerte está bloqueada</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema con la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>Problema con el código de recuperación</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar el código de recuperación en su &amp;lugar</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar el código de recuperación en su lugar</translation>
    </message>
    <message>
        <source>Problem unlocking the vault</source>
        <translation>Problema al desbloquear la caja fuerte</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down: eight groups of four letters and digits. Dashes, spaces and capitals do not matter. A recovery code opens the vault only once: you then choose a new passphrase and get a new recovery code to write down, and the code you type here stops working.</source>
        <translation>Escriba el código de recuperación que anotó: ocho grupos de cuatro letras y cifras. Los guiones, los espacios y las mayúsculas no importan. Un código de recuperación abre la caja fuerte una sola vez: después elige una nueva frase de contraseña y recibe un nuevo código de recuperación para anotar, y el código que escribe aquí deja de funcionar.</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>npmdesk User Guide</source>
        <translation>Guía del usuario de npmdesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Página de inicio</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Buscar en la página</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Buscar anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar siguiente</translation>
    </message>
    <message>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>Esta página aún no está traducida: se muestra en inglés.</translation>
    </message>
    <message>
        <source>A link outside the guide</source>
        <translation>Un enlace fuera de la guía</translation>
    </message>
    <message>
        <source>npmdesk does not open web pages or other programs. To read this page, copy its address into a web browser:</source>
        <translation>npmdesk no abre páginas web ni otros programas. Para leer esta página, copie su dirección en un navegador web:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Va&amp;ult</source>
        <translation>Ca&amp;ja fuerte</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Set a new passphrase after typing the current one (or the recovery code)</source>
        <translation>Establecer una nueva frase de contraseña después de escribir la actual (o el código de recuperación)</translation>
    </message>
    <message>
        <source>&amp;Check Integrity…</source>
        <translation>&amp;Comprobar la integridad…</translation>
    </message>
    <message>
        <source>Check that every page of the vault is intact</source>
        <translation>Comprobar que cada página de la caja fuerte está intacta</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder; this vault is not changed</source>
        <translation>Restaurar una copia de seguridad en una carpeta nueva; esta caja fuerte no se modifica</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>La frase de contraseña se cambió. La anterior ya no abre la caja fuerte.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>The recovery code you used still works: npmdesk offers a new one at the next unlock.</source>
        <translation>El código de recuperación que usó sigue funcionando: npmdesk le ofrecerá uno nuevo en el próximo desbloqueo.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works; the new one you wrote down does.</source>
        <translation>El código de recuperación que usó ya no funciona; ahora funciona el nuevo que anotó.</translation>
    </message>
</context>
<context>
    <name>VerifyKeysDialog</name>
    <message>
        <source>Verify Keys</source>
        <translation>Verificar las claves</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>Huella que comparar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The fingerprints &amp;match</source>
        <translation>Las huellas &amp;coinciden</translation>
    </message>
    <message>
        <source>The fingerprints match: mark the keys as verified</source>
        <translation>Las huellas coinciden: marcar las claves como verificadas</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>Son &amp;diferentes</translation>
    </message>
    <message>
        <source>The fingerprints differ: do not trust these keys</source>
        <translation>Las huellas son diferentes: no confiar en estas claves</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{name} has no valid signing key in this vault, so there is nothing to verify. Add their keys from their contact card first.</source>
        <translation>{name} no tiene una clave de firma válida en esta caja fuerte, así que no hay nada que verificar. Añada primero sus claves desde su tarjeta de contacto.</translation>
    </message>
    <message>
        <source>Call {name} on a number you already know (not one given with the keys). Ask them to open File → Share My Keys… in their npmdesk and read their fingerprint aloud. Compare it with this one, group by group:</source>
        <translation>Llame a {name} a un número que ya conozca (no uno recibido con las claves). Pídale que abra Archivo → Compartir mis claves… en su npmdesk y que lea su huella en voz alta. Compárela con esta, grupo por grupo:</translation>
    </message>
    <message>
        <source>{name}&apos;s keys are now marked as verified. Packages they sign will show as coming from a verified contact.</source>
        <translation>Las claves de {name} están ahora marcadas como verificadas. Los paquetes que firme aparecerán como procedentes de un contacto verificado.</translation>
    </message>
    <message>
        <source>Do not trust these keys: someone may have replaced them. Do not import packages signed with them and do not export for them. Ask {name} for their contact card again through another channel (in person, for example) and replace the keys on the contact.</source>
        <translation>No confíe en estas claves: puede que alguien las haya sustituido. No importe paquetes firmados con ellas ni exporte para ellas. Pida de nuevo a {name} su tarjeta de contacto por otra vía (en persona, por ejemplo) y sustituya las claves del contacto.</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Preparation</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Durante la visita</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Fase actual</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Concern raised</source>
        <translation>Preocupación señalada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por hacer</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>No tuvo lugar</translation>
    </message>
    <message>
        <source>waiting for the SPT&apos;s report</source>
        <translation>a la espera del informe del SPT</translation>
    </message>
    <message>
        <source>the State&apos;s reply to the SPT</source>
        <translation>la respuesta del Estado parte al SPT</translation>
    </message>
    <message>
        <source>the NPM&apos;s reply to the SPT</source>
        <translation>la respuesta del MNP al SPT</translation>
    </message>
    <message>
        <source>urge the State to request publication (art. 16(2))</source>
        <translation>instar al Estado parte a solicitar la publicación (art. 16(2))</translation>
    </message>
    <message>
        <source>publication by the SPT (the State requested it)</source>
        <translation>publicación por el SPT (el Estado parte la solicitó)</translation>
    </message>
    <message>
        <source>the NPM decides whether to publish it</source>
        <translation>el MNP decide si lo publica</translation>
    </message>
    <message>
        <source>publish it (the NPM decided to)</source>
        <translation>publicarlo (el MNP lo decidió)</translation>
    </message>
    <message>
        <source>nothing: this track is complete</source>
        <translation>nada: este seguimiento ha terminado</translation>
    </message>
</context>
<context>
    <name>VisitWorkspace</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Counterpart: {name}</source>
        <translation>Interlocutor: {name}</translation>
    </message>
    <message>
        <source>Visit workspace: {title}</source>
        <translation>Espacio de trabajo de la visita: {title}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>Del {start} al {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>desde el {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>hasta el {end}</translation>
    </message>
    <message>
        <source>dates not known</source>
        <translation>fechas desconocidas</translation>
    </message>
    <message>
        <source>{phase}: {span}, {state}</source>
        <translation>{phase}: {span}, {state}</translation>
    </message>
    <message>
        <source>{phase} — {span} · {state}</source>
        <translation>{phase} — {span} · {state}</translation>
    </message>
    <message>
        <source>Other linked records</source>
        <translation>Otros registros vinculados</translation>
    </message>
    <message>
        <source>{state} (ticked)</source>
        <translation>{state} (marcado)</translation>
    </message>
    <message numerus="yes">
        <source>{item}: {state}, %n record(s)</source>
        <translation>
            <numerusform>{item}: {state}, %n registro</numerusform>
            <numerusform>{item}: {state}, %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>No recommendations recorded from this visit&apos;s reports.</source>
        <translation>No hay recomendaciones registradas de los informes de esta visita.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) from this visit&apos;s reports — {parts}</source>
        <translation>
            <numerusform>%n recomendación de los informes de esta visita — {parts}</numerusform>
            <numerusform>%n recomendaciones de los informes de esta visita — {parts}</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing is overdue while the visit is on hold</source>
        <translation>nada está atrasado mientras la visita está en suspenso</translation>
    </message>
    <message>
        <source>{item} (optional)</source>
        <translation>{item} (opcional)</translation>
    </message>
</context>
<context>
    <name>VisitWorkspaceForm</name>
    <message>
        <source>Visit workspace</source>
        <translation>Espacio de trabajo de la visita</translation>
    </message>
    <message>
        <source>Show the visit&apos;s own record</source>
        <translation>Mostrar el registro propio de la visita</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Country, dates and status of the visit</source>
        <translation>País, fechas y estado de la visita</translation>
    </message>
    <message>
        <source>&amp;Checklist and records (Enter or a click opens a record):</source>
        <translation>&amp;Lista de comprobación y registros (Intro o un clic abre un registro):</translation>
    </message>
    <message>
        <source>Phases of the visit, their checklist and records</source>
        <translation>Fases de la visita, su lista de comprobación y sus registros</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>State or date</source>
        <translation>Estado o fecha</translation>
    </message>
    <message>
        <source>Recommendations of this visit</source>
        <translation>Recomendaciones de esta visita</translation>
    </message>
    <message>
        <source>Visit recor&amp;d…</source>
        <translation>Registro de la &amp;visita…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>Search: %n result(s)</source>
        <translation>
            <numerusform>Búsqueda: %n resultado</numerusform>
            <numerusform>Búsqueda: %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: the best %n results</source>
        <translation>
            <numerusform>Búsqueda: los %n mejores resultados</numerusform>
            <numerusform>Búsqueda: los %n mejores resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: more than {limit} results, the most recently added first. Add words to rank them by best match.</source>
        <translation>Búsqueda: más de {limit} resultados, los añadidos más recientemente primero. Añada palabras para ordenarlos por mejor coincidencia.</translation>
    </message>
    <message numerus="yes">
        <source>Search: the %n most recently added results</source>
        <translation>
            <numerusform>Búsqueda: el %n resultado añadido más recientemente</numerusform>
            <numerusform>Búsqueda: los %n resultados añadidos más recientemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede coincidir con %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>Interrumpido.</translation>
    </message>
    <message>
        <source>Unexpected internal error ({name}). Please report it; run with NPMDESK_DEBUG=1 for details.</source>
        <translation>Error interno inesperado ({name}). Notifíquelo; ejecute con NPMDESK_DEBUG=1 para ver los detalles.</translation>
    </message>
    <message>
        <source>Wrote the backup to {path} ({size}) and verified it: it restores with this vault&apos;s passphrase or recovery code.</source>
        <translation>Copia de seguridad escrita en {path} ({size}) y verificada: se restaura con la frase de contraseña o el código de recuperación de esta caja fuerte.</translation>
    </message>
    <message>
        <source>Keep it away from this computer (an emergency erase does not touch backups).</source>
        <translation>Guárdela lejos de este ordenador (un borrado de emergencia no afecta a las copias).</translation>
    </message>
    <message>
        <source>Restored the backup into {path}: it opens and passed both integrity checks.</source>
        <translation>Copia de seguridad restaurada en {path}: se abre y superó las dos comprobaciones de integridad.</translation>
    </message>
    <message>
        <source>It opens with the passphrase the vault had when the backup was made.</source>
        <translation>Se abre con la frase de contraseña que tenía la caja fuerte cuando se hizo la copia.</translation>
    </message>
    <message>
        <source>To set a new one: npmdesk passwd --vault {path} --recovery-code-file FILE</source>
        <translation>Para fijar una nueva: npmdesk passwd --vault {path} --recovery-code-file ARCHIVO</translation>
    </message>
    <message>
        <source>The vault at {path} is erased: its keys were destroyed first, then its files.</source>
        <translation>La caja fuerte de {path} está borrada: primero se destruyeron sus claves y después sus archivos.</translation>
    </message>
    <message>
        <source>The folder itself was kept: it holds files that are not part of the vault.</source>
        <translation>La carpeta en sí se conservó: contiene archivos que no forman parte de la caja fuerte.</translation>
    </message>
    <message>
        <source>Backups are not affected: destroy them separately if they must go too.</source>
        <translation>Las copias de seguridad no se ven afectadas: destrúyalas por separado si también deben desaparecer.</translation>
    </message>
    <message>
        <source>These records need your confirmation before they leave the vault:</source>
        <translation>Estos registros necesitan su confirmación antes de salir de la caja fuerte:</translation>
    </message>
    <message>
        <source>left out whatever is confirmed: {id}  {title}</source>
        <translation>excluido aunque se confirme: {id}  {title}</translation>
    </message>
    <message>
        <source>Run the command again with --confirm-sensitive to export them.</source>
        <translation>Vuelva a ejecutar la orden con --confirm-sensitive para exportarlos.</translation>
    </message>
    <message>
        <source>Wrote the draft to {path}, for {recipients}.</source>
        <translation>Borrador escrito en {path}, para {recipients}.</translation>
    </message>
    <message>
        <source>Its cover note travels in clear: it says what the file is and how to open it, nothing confidential. Open the draft in your mail program (Thunderbird and Outlook open it as a draft), check it and send it.</source>
        <translation>Su nota de presentación viaja sin cifrar: dice qué es el archivo y cómo abrirlo, nada confidencial. Abra el borrador en su programa de correo (Thunderbird y Outlook lo abren como borrador), revíselo y envíelo.</translation>
    </message>
    <message>
        <source>Give the PDF&apos;s password by phone, never in the same email.</source>
        <translation>Comunique la contraseña del PDF por teléfono, nunca en el mismo correo.</translation>
    </message>
    <message>
        <source>The PDF&apos;s password (shown only now: npmdesk does not keep it):</source>
        <translation>La contraseña del PDF (solo se muestra ahora: npmdesk no la guarda):</translation>
    </message>
    <message>
        <source>Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Comuníquela al destinatario por teléfono, nunca en el mismo correo que el PDF.</translation>
    </message>
    <message>
        <source>Give the password to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Comunique la contraseña al destinatario por teléfono, nunca en el mismo correo que el PDF.</translation>
    </message>
    <message>
        <source>Wrote the correspondence log to {path} ({size} KB).</source>
        <translation>Registro de correspondencia escrito en {path} ({size} KB).</translation>
    </message>
    <message>
        <source>Wrote the visit dossier to {path} ({size} KB).</source>
        <translation>Expediente de visita escrito en {path} ({size} KB).</translation>
    </message>
    <message>
        <source>Wrote the recommendations tracker to {path} ({size} KB).</source>
        <translation>Seguimiento de recomendaciones escrito en {path} ({size} KB).</translation>
    </message>
    <message>
        <source>This PDF is not encrypted: keep it safe, and delete it when you no longer need it.</source>
        <translation>Este PDF no está cifrado: guárdelo en un lugar seguro y elimínelo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>npmdesk: warning: {text}</source>
        <translation>npmdesk: aviso: {text}</translation>
    </message>
    <message>
        <source>It is shown only this once. Write it down and keep it apart from this computer:</source>
        <translation>Solo se muestra esta vez. Anótelo y guárdelo lejos de este ordenador:</translation>
    </message>
    <message>
        <source>With it you can open the vault and set a new passphrase if you forget yours.</source>
        <translation>Con él puede abrir la caja fuerte y fijar una nueva frase de contraseña si olvida la suya.</translation>
    </message>
    <message>
        <source>Created the vault at {path}.

Recovery code:</source>
        <translation>Caja fuerte creada en {path}.

Código de recuperación:</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is that of {country} ({code}).</source>
        <translation>El MNP de esta caja fuerte es el de {country} ({code}).</translation>
    </message>
    <message>
        <source>The vault is remembered on this device.</source>
        <translation>La caja fuerte queda recordada en este dispositivo.</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>La caja fuerte está en buen estado: superó las dos comprobaciones de integridad.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>La frase de contraseña ha cambiado. La anterior ya no abre la caja fuerte.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works. New recovery code:</source>
        <translation>El código de recuperación usado ya no funciona. Nuevo código de recuperación:</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key.

New recovery code:</source>
        <translation>La caja fuerte está recifrada con una clave nueva.

Nuevo código de recuperación:</translation>
    </message>
    <message>
        <source>The old recovery code no longer works.</source>
        <translation>El código de recuperación anterior ya no funciona.</translation>
    </message>
    <message>
        <source>New recovery code:</source>
        <translation>Nuevo código de recuperación:</translation>
    </message>
    <message>
        <source>The vault is remembered on this device: it opens without the passphrase here.</source>
        <translation>La caja fuerte queda recordada en este dispositivo: aquí se abre sin la frase de contraseña.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>Este dispositivo ya no recuerda la caja fuerte.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the PDF (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Excluido del PDF (%n): se denegó el consentimiento para la transmisión al SPT.</numerusform>
            <numerusform>Excluidos del PDF (%n): se denegó el consentimiento para la transmisión al SPT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out of the package (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Excluido del paquete (%n): se denegó el consentimiento para la transmisión al SPT.</numerusform>
            <numerusform>Excluidos del paquete (%n): se denegó el consentimiento para la transmisión al SPT.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as sent: %n draft(s).</source>
        <translation>
            <numerusform>Marcado como enviado: %n borrador.</numerusform>
            <numerusform>Marcados como enviados: %n borradores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npmdesk: %n message(s) already in the vault were left as they are.</source>
        <translation>
            <numerusform>npmdesk: %n mensaje que ya estaba en la caja fuerte se dejó como estaba.</numerusform>
            <numerusform>npmdesk: %n mensajes que ya estaban en la caja fuerte se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path} ({size} bytes), as a PDF protected with a password (AES-256).</source>
        <translation>
            <numerusform>%n registro exportado a {path} ({size} bytes), como PDF protegido con contraseña (AES-256).</numerusform>
            <numerusform>%n registros exportados a {path} ({size} bytes), como PDF protegido con contraseña (AES-256).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter passphrase for {path}: </source>
        <translation>Frase de contraseña para {path}: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escríbala de nuevo: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Código de recuperación: </translation>
    </message>
    <message>
        <source>Package passphrase: </source>
        <translation>Frase de contraseña del paquete: </translation>
    </message>
    <message>
        <source>Enter passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>Confirm passphrase: </source>
        <translation>Confirme la frase de contraseña: </translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for this vault with it):</source>
        <translation>Destinatario age (otros cifran con él los paquetes para esta caja fuerte):</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages this vault exports):</source>
        <translation>Clave de firma (firma los paquetes que exporta esta caja fuerte):</translation>
    </message>
    <message>
        <source>Fingerprint (compare it by phone before trusting packages):</source>
        <translation>Huella (compárela por teléfono antes de confiar en los paquetes):</translation>
    </message>
    <message>
        <source>For recipients without npmdesk, who check packages with OpenSSH: npmdesk identity --ssh</source>
        <translation>Para destinatarios sin npmdesk, que verifican los paquetes con OpenSSH: npmdesk identity --ssh</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n archivo adjunto</numerusform>
            <numerusform>%n archivos adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted with a passphrase.</source>
        <translation>
            <numerusform>Exportado %n registro y {attachments} a {path} ({size} bytes), cifrados con una frase de contraseña.</numerusform>
            <numerusform>Exportados %n registros y {attachments} a {path} ({size} bytes), cifrados con una frase de contraseña.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted for {recipients}.</source>
        <translation>
            <numerusform>Exportado %n registro y {attachments} a {path} ({size} bytes), cifrados para {recipients}.</numerusform>
            <numerusform>Exportados %n registros y {attachments} a {path} ({size} bytes), cifrados para {recipients}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by this vault, fingerprint {fingerprint}.</source>
        <translation>Firmado por esta caja fuerte, huella {fingerprint}.</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised).</source>
        <translation>Solo para los dispositivos de su MNP: los registros llevan los nombres reales (sin seudonimizar).</translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation>Firmado por {signer}.</translation>
    </message>
    <message>
        <source>This package carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>Este paquete lleva los nombres reales: viene de uno de los dispositivos de su MNP.</translation>
    </message>
    <message>
        <source>Would import: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>Importaría: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {ahead} ya más recientes aquí, {conflicts} editados en ambos lados, {deleted} eliminados aquí (no recuperados); {attachments} archivos adjuntos nuevos.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>Importado: {new} nuevos, {updated} actualizados, {unchanged} sin cambios, {ahead} ya más recientes aquí, {conflicts} editados en ambos lados, {deleted} eliminados aquí (no recuperados); {attachments} archivos adjuntos nuevos.</translation>
    </message>
    <message>
        <source>conflict: {id}  {title}  (both versions are in its history)</source>
        <translation>conflicto: {id}  {title}  (ambas versiones están en su historial)</translation>
    </message>
    <message>
        <source>deleted here: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>eliminado aquí: {id}  {title}  (para recuperarlo: --restore-deleted {id})</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>eliminado aquí, modificado por el remitente: {id}  {title}  (para recuperarlo: --restore-deleted {id})</translation>
    </message>
    <message>
        <source>real names filled in: {id}  {title}  (from one of your NPM&apos;s own devices)</source>
        <translation>nombres reales completados: {id}  {title}  (desde uno de los dispositivos de su MNP)</translation>
    </message>
    <message>
        <source>would be brought back: {id}  {title}</source>
        <translation>se recuperaría: {id}  {title}</translation>
    </message>
    <message>
        <source>brought back: {id}  {title}</source>
        <translation>recuperado: {id}  {title}</translation>
    </message>
    <message>
        <source>keys not taken: {id}  {title}  (another contact or this vault already has them)</source>
        <translation>claves no tomadas: {id}  {title}  (otro contacto o esta caja fuerte ya las tiene)</translation>
    </message>
    <message>
        <source>Signature verified: signing key {key}</source>
        <translation>Firma verificada: clave de firma {key}</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint} (compare it with the sender)</source>
        <translation>huella {fingerprint} (compárela con el remitente)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) and {files} unpacked into {folder}:</source>
        <translation>
            <numerusform>%n registro y {files} desempaquetados en {folder}:</numerusform>
            <numerusform>%n registros y {files} desempaquetados en {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n archivo</numerusform>
            <numerusform>%n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {count} more (every record is in records.json)</source>
        <translation>... y {count} más (todos los registros están en records.json)</translation>
    </message>
    <message>
        <source>Open {path} to read them. These files are NOT encrypted.</source>
        <translation>Abra {path} para leerlos. Estos archivos NO están cifrados.</translation>
    </message>
    <message>
        <source>sender&apos;s NPM, as the package states it: {name}</source>
        <translation>MNP del remitente, según el paquete: {name}</translation>
    </message>
    <message>
        <source>sender&apos;s user, as the package states it: {name}</source>
        <translation>usuario del remitente, según el paquete: {name}</translation>
    </message>
    <message>
        <source>made: {date}</source>
        <translation>creado: {date}</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}: compare it with {name}, then run &apos;npmdesk contact verify&apos;.</source>
        <translation>Huella {fingerprint}: compárela con {name} y ejecute &apos;npmdesk contact verify&apos;.</translation>
    </message>
    <message>
        <source>own device</source>
        <translation>dispositivo propio</translation>
    </message>
    <message>
        <source>{name} is no longer one of your NPM&apos;s own devices: packages for it carry pseudonyms.</source>
        <translation>{name} ya no es uno de los dispositivos de su MNP: los paquetes para él llevan seudónimos.</translation>
    </message>
    <message>
        <source>{name} is now one of your NPM&apos;s own devices: packages for it carry real names.</source>
        <translation>{name} es ahora uno de los dispositivos de su MNP: los paquetes para él llevan los nombres reales.</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>clave de firma</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>destinatario age</translation>
    </message>
    <message>
        <source>Removed from {name}: {keys}.</source>
        <translation>Quitado de {name}: {keys}.</translation>
    </message>
    <message>
        <source>The keys of {name} are now marked as verified.</source>
        <translation>Las claves de {name} están ahora marcadas como verificadas.</translation>
    </message>
    <message>
        <source>note: more than {limit} records match, so they are listed newest first, not by best match; add words to narrow the search</source>
        <translation>nota: coinciden más de {limit} registros, así que se enumeran del más reciente al más antiguo, no por relevancia; añada palabras para acotar la búsqueda</translation>
    </message>
    <message>
        <source>No State party is chosen for this vault yet: set it with &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; lists the codes).</source>
        <translation>Aún no se ha elegido ningún Estado parte para esta caja fuerte: fíjelo con &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; enumera los códigos).</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is now that of {state}.</source>
        <translation>El MNP de esta caja fuerte es ahora el de {state}.</translation>
    </message>
    <message>
        <source>The team folder is now {path}. This device writes only into its subfolder {fingerprint}; run &apos;npmdesk sync&apos; for a round.</source>
        <translation>La carpeta del equipo es ahora {path}. Este dispositivo solo escribe en su subcarpeta {fingerprint}; ejecute &apos;npmdesk sync&apos; para una ronda.</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}) is now a team member: the next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>{name} (huella {fingerprint}) es ahora miembro del equipo: la próxima sincronización hace para él una instantánea de esta caja fuerte y después le envía cada cambio.</translation>
    </message>
    <message>
        <source>{name} is no longer a team member: new changesets are not addressed to it. What it already received stays on it (npmdesk cannot take back what a device holds).</source>
        <translation>{name} ya no es miembro del equipo: los nuevos conjuntos de cambios no se le dirigen. Lo que ya recibió se queda en él (npmdesk no puede recuperar lo que un dispositivo tiene).</translation>
    </message>
    <message>
        <source>No team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>Aún no hay carpeta del equipo: elija una con &apos;npmdesk team folder CARPETA&apos;.</translation>
    </message>
    <message>
        <source>No member devices yet: add one with &apos;npmdesk team add CONTACT&apos;.</source>
        <translation>Aún no hay dispositivos miembros: añada uno con &apos;npmdesk team add CONTACTO&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n edited on both sides: see &quot;Edited on both sides&quot;.</source>
        <translation>
            <numerusform>%n editado en ambos lados: vea «Editados en ambos lados».</numerusform>
            <numerusform>%n editados en ambos lados: vea «Editados en ambos lados».</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a member but no longer a verified own device with keys: left out.</source>
        <translation>{name} es miembro pero ya no es un dispositivo propio verificado con claves: excluido.</translation>
    </message>
    <message>
        <source>Ignored the subfolder {folder}: it is not a member device&apos;s.</source>
        <translation>Se ignoró la subcarpeta {folder}: no es de un dispositivo miembro.</translation>
    </message>
    <message>
        <source>a change of recovery code did not finish (npmdesk was interrupted): your previous recovery code still opens the vault. Run &apos;npmdesk new-recovery-code&apos; to make a new one.</source>
        <translation>un cambio de código de recuperación no terminó (npmdesk se interrumpió): su código de recuperación anterior sigue abriendo la caja fuerte. Ejecute &apos;npmdesk new-recovery-code&apos; para crear uno nuevo.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>no sender</source>
        <translation>sin remitente</translation>
    </message>
    <message>
        <source>new: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>nuevo: {when}, {direction}, de {sender}: {subject} ({source}, {attachments})</translation>
    </message>
    <message>
        <source>already in the vault: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>ya en la caja fuerte: {when}, {direction}, de {sender}: {subject} ({source}, {attachments})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>no se puede leer {name}: {error}</translation>
    </message>
    <message>
        <source>not among your contacts: {person} (add with --add-contact {email})</source>
        <translation>no está entre sus contactos: {person} (añádalo con --add-contact {email})</translation>
    </message>
    <message>
        <source>review {date}  {record}</source>
        <translation>revisar el {date}  {record}</translation>
    </message>
    <message>
        <source>team folder: {folder}</source>
        <translation>carpeta del equipo: {folder}</translation>
    </message>
    <message>
        <source>team folder: {folder}  (NOT there now)</source>
        <translation>carpeta del equipo: {folder}  (NO está ahora)</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}, changes waiting for the next sync</source>
        <translation>este dispositivo: {fingerprint}, último conjunto de cambios {sequence}, hay cambios esperando la próxima sincronización</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}</source>
        <translation>este dispositivo: {fingerprint}, último conjunto de cambios {sequence}</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(un contacto eliminado)</translation>
    </message>
    <message>
        <source>LEFT OUT: no longer a verified own device with keys; changesets are not addressed to it</source>
        <translation>EXCLUIDO: ya no es un dispositivo propio verificado con claves; los conjuntos de cambios no se le dirigen</translation>
    </message>
    <message>
        <source>not started: waiting for the snapshot it makes for this device</source>
        <translation>sin empezar: esperando la instantánea que hace para este dispositivo</translation>
    </message>
    <message>
        <source>its changesets applied here up to {sequence}</source>
        <translation>sus conjuntos de cambios aplicados aquí hasta el {sequence}</translation>
    </message>
    <message>
        <source>its snapshot applied here</source>
        <translation>su instantánea aplicada aquí</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the folder)</source>
        <translation>
            <numerusform>(%n más en la carpeta)</numerusform>
            <numerusform>(%n más en la carpeta)</numerusform>
        </translation>
    </message>
    <message>
        <source>it applied this device&apos;s up to {sequence}</source>
        <translation>aplicó los de este dispositivo hasta el {sequence}</translation>
    </message>
    <message>
        <source>it has not applied anything of this device yet</source>
        <translation>aún no ha aplicado nada de este dispositivo</translation>
    </message>
    <message>
        <source>last seen {date}</source>
        <translation>visto por última vez el {date}</translation>
    </message>
    <message>
        <source>never seen in the team folder</source>
        <translation>nunca visto en la carpeta del equipo</translation>
    </message>
    <message>
        <source>set aside: {reason}</source>
        <translation>apartado: {reason}</translation>
    </message>
    <message>
        <source>{count} moved to the bin</source>
        <translation>{count} movidos a la papelera</translation>
    </message>
    <message>
        <source>{count} kept (deleted there, edited here)</source>
        <translation>{count} conservados (eliminados allí, editados aquí)</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
    <message>
        <source>Applied snapshot {sequence} of {device}: {counts}.</source>
        <translation>Instantánea {sequence} de {device} aplicada: {counts}.</translation>
    </message>
    <message>
        <source>Applied changeset {sequence} of {device}: {counts}.</source>
        <translation>Conjunto de cambios {sequence} de {device} aplicado: {counts}.</translation>
    </message>
    <message>
        <source>Wrote changeset {sequence}: {records}, {deletions}, {attachments}.</source>
        <translation>Conjunto de cambios {sequence} escrito: {records}, {deletions}, {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n eliminación</numerusform>
            <numerusform>%n eliminaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote a snapshot for {name} ({records}).</source>
        <translation>Instantánea escrita para {name} ({records}).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) every member has applied.</source>
        <translation>
            <numerusform>Se quitó %n archivo que todos los miembros han aplicado.</numerusform>
            <numerusform>Se quitaron %n archivos que todos los miembros han aplicado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date with %n device(s).</source>
        <translation>
            <numerusform>Al día con %n dispositivo.</numerusform>
            <numerusform>Al día con %n dispositivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadidos</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>ya más recientes aquí</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflictos</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>eliminados aquí</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender</source>
        <translation>eliminados aquí, modificados por el remitente</translation>
    </message>
    <message>
        <source>real names filled in</source>
        <translation>nombres reales completados</translation>
    </message>
    <message>
        <source>malformed key</source>
        <translation>clave mal formada</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>sin claves</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificadas</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NO verificadas</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>estrictamente confidencial</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>datos personales sin consentimiento registrado</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>interno del MNP</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>id:</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>tipo:</translation>
    </message>
    <message>
        <source>date:</source>
        <translation>fecha:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>estado:</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>sensibilidad:</translation>
    </message>
    <message>
        <source>counterpart:</source>
        <translation>interlocutor:</translation>
    </message>
    <message>
        <source>country:</source>
        <translation>país:</translation>
    </message>
    <message>
        <source>due:</source>
        <translation>vencimiento:</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>etiquetas:</translation>
    </message>
    <message>
        <source>OPCAT:</source>
        <translation>OPCAT:</translation>
    </message>
    <message>
        <source>changed:</source>
        <translation>modificado:</translation>
    </message>
    <message>
        <source>attachment:</source>
        <translation>adjunto:</translation>
    </message>
    <message>
        <source>(personal data, consent: {consent})</source>
        <translation>(datos personales, consentimiento: {consent})</translation>
    </message>
    <message>
        <source>{date} by {user} (version {version})</source>
        <translation>{date} por {user} (versión {version})</translation>
    </message>
    <message>
        <source>{name} ({size} bytes, {type})</source>
        <translation>{name} ({size} bytes, {type})</translation>
    </message>
    <message>
        <source>not fully indexed: search finds only part of its text, or none</source>
        <translation>no indexado del todo: la búsqueda solo encuentra parte de su texto, o nada</translation>
    </message>
    <message>
        <source>(malformed key: remove it with &apos;npmdesk contact remove-key&apos;)</source>
        <translation>(clave mal formada: quítela con &apos;npmdesk contact remove-key&apos;)</translation>
    </message>
    <message>
        <source>date means:</source>
        <translation>la fecha es:</translation>
    </message>
    <message>
        <source>statuses:</source>
        <translation>estados:</translation>
    </message>
    <message>
        <source>when {field} is {value}: {statuses}</source>
        <translation>cuando {field} es {value}: {statuses}</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>campos:</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obligatorio)</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(y {count} más)</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, for example 2026-11-29</source>
        <translation>una fecha escrita AAAA-MM-DD, por ejemplo 2026-11-29</translation>
    </message>
    <message>
        <source>a whole number, for example 2025</source>
        <translation>un número entero, por ejemplo 2025</translation>
    </message>
    <message>
        <source>a number, for example 1250.50</source>
        <translation>un número, por ejemplo 1250.50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sí o no (yes o no)</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>uno de estos valores: {values}</translation>
    </message>
    <message>
        <source>values among: {values} (repeat --field or separate them with commas)</source>
        <translation>valores entre: {values} (repita --field o sepárelos con comas)</translation>
    </message>
    <message>
        <source>ids of records in this vault (repeat --field or separate them with commas)</source>
        <translation>identificadores de registros de esta caja fuerte (repita --field o sepárelos con comas)</translation>
    </message>
    <message>
        <source>text items (repeat --field or separate them with commas)</source>
        <translation>elementos de texto (repita --field o sepárelos con comas)</translation>
    </message>
    <message>
        <source>text that is not empty</source>
        <translation>un texto que no esté vacío</translation>
    </message>
    <message>
        <source>unlock and verify integrity (exit 0 healthy, 1 damaged)</source>
        <translation>desbloquear y verificar la integridad (salida 0 sana, 1 dañada)</translation>
    </message>
    <message>
        <source>re-encrypt the vault with a new key (prints a new recovery code)</source>
        <translation>recifrar la caja fuerte con una clave nueva (muestra un nuevo código de recuperación)</translation>
    </message>
    <message>
        <source>replace the recovery code (the old one stops working)</source>
        <translation>reemplazar el código de recuperación (el anterior deja de funcionar)</translation>
    </message>
    <message>
        <source>remember the vault on this device (OS keyring)</source>
        <translation>recordar la caja fuerte en este dispositivo (llavero del sistema)</translation>
    </message>
    <message>
        <source>stop remembering the vault on this device</source>
        <translation>dejar de recordar la caja fuerte en este dispositivo</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>el tipo de registro: {kinds}</translation>
    </message>
    <message>
        <source>age-compatible encrypt/decrypt with the same flags as the age tool</source>
        <translation>cifrar/descifrar compatible con age, con las mismas opciones que la herramienta age</translation>
    </message>
    <message>
        <source>Encrypt or decrypt age files (age-encryption.org/v1), like the age tool. INPUT and OUTPUT default to standard input and output; armor is detected when decrypting. A passphrase is read from NPMDESK_PASSPHRASE or asked at the terminal.</source>
        <translation>Cifra o descifra archivos age (age-encryption.org/v1), como la herramienta age. INPUT y OUTPUT son por defecto la entrada y la salida estándar; el blindaje se detecta al descifrar. La frase de contraseña se lee de NPMDESK_PASSPHRASE o se pide en el terminal.</translation>
    </message>
    <message>
        <source>accepted like every subcommand; age needs no vault</source>
        <translation>se acepta como en todas las subórdenes; age no necesita caja fuerte</translation>
    </message>
    <message>
        <source>encrypt (the default)</source>
        <translation>cifrar (por defecto)</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>descifrar</translation>
    </message>
    <message>
        <source>encrypt to this age public key, age1… (repeatable)</source>
        <translation>cifrar para esta clave pública age, age1… (repetible)</translation>
    </message>
    <message>
        <source>encrypt to the recipients listed in PATH (repeatable)</source>
        <translation>cifrar para los destinatarios enumerados en PATH (repetible)</translation>
    </message>
    <message>
        <source>decrypt with the secret keys in PATH; when encrypting, encrypt to their public keys (repeatable)</source>
        <translation>descifrar con las claves secretas de PATH; al cifrar, cifrar para sus claves públicas (repetible)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase</source>
        <translation>cifrar con una frase de contraseña</translation>
    </message>
    <message>
        <source>encrypt to a PEM-encoded (ASCII) format</source>
        <translation>cifrar en un formato codificado PEM (ASCII)</translation>
    </message>
    <message>
        <source>write the result to OUTPUT (default: standard output)</source>
        <translation>escribir el resultado en OUTPUT (por defecto: la salida estándar)</translation>
    </message>
    <message>
        <source>the file to read (default: standard input)</source>
        <translation>el archivo que leer (por defecto: la entrada estándar)</translation>
    </message>
    <message>
        <source>print this vault&apos;s age recipient and signing-key fingerprint</source>
        <translation>mostrar el destinatario age de esta caja fuerte y la huella de su clave de firma</translation>
    </message>
    <message>
        <source>print only the allowed_signers line with which a recipient checks this vault&apos;s packages using OpenSSH (ssh-keygen -Y verify)</source>
        <translation>mostrar solo la línea allowed_signers con la que un destinatario verifica los paquetes de esta caja fuerte con OpenSSH (ssh-keygen -Y verify)</translation>
    </message>
    <message>
        <source>write an encrypted, signed package</source>
        <translation>escribir un paquete cifrado y firmado</translation>
    </message>
    <message>
        <source>every record (not the bin)</source>
        <translation>todos los registros (no la papelera)</translation>
    </message>
    <message>
        <source>these records (and their contacts)</source>
        <translation>estos registros (y sus contactos)</translation>
    </message>
    <message>
        <source>the records of a report: correspondence-log, visit-dossier (with --visit) or recommendations, within --from/--to</source>
        <translation>los registros de un informe: correspondence-log, visit-dossier (con --visit) o recommendations, entre --from y --to</translation>
    </message>
    <message>
        <source>with --report visit-dossier: the visit</source>
        <translation>con --report visit-dossier: la visita</translation>
    </message>
    <message>
        <source>with --report: records dated on or after DATE</source>
        <translation>con --report: registros con fecha DATE o posterior</translation>
    </message>
    <message>
        <source>with --report: records dated on or before DATE</source>
        <translation>con --report: registros con fecha DATE o anterior</translation>
    </message>
    <message>
        <source>package (default), or pdf: a PDF protected with a password (AES-256), for recipients with only a PDF reader (with --passphrase: npmdesk makes the password)</source>
        <translation>package (por defecto) o pdf: un PDF protegido con contraseña (AES-256), para destinatarios que solo tienen un lector de PDF (con --passphrase: npmdesk crea la contraseña)</translation>
    </message>
    <message>
        <source>encrypt for this age public key, age1… (repeatable)</source>
        <translation>cifrar para esta clave pública age, age1… (repetible)</translation>
    </message>
    <message>
        <source>encrypt for this contact&apos;s age recipient (repeatable)</source>
        <translation>cifrar para el destinatario age de este contacto (repetible)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase instead</source>
        <translation>cifrar en su lugar con una frase de contraseña</translation>
    </message>
    <message>
        <source>write ASCII armor (PEM) instead of binary</source>
        <translation>escribir en blindaje ASCII (PEM) en lugar de binario</translation>
    </message>
    <message>
        <source>the package to write</source>
        <translation>el paquete que escribir</translation>
    </message>
    <message>
        <source>confirm that the strictly confidential and internal records and personal data without recorded consent that are listed may leave the vault (records whose people refused transmission are always left out)</source>
        <translation>confirmar que los registros estrictamente confidenciales e internos y los datos personales sin consentimiento registrado que se enumeran pueden salir de la caja fuerte (los registros cuyas personas rechazaron la transmisión siempre se excluyen)</translation>
    </message>
    <message>
        <source>mark the draft communications in the package as sent</source>
        <translation>marcar como enviadas las comunicaciones en borrador del paquete</translation>
    </message>
    <message>
        <source>with --passphrase: read the package passphrase from FILE</source>
        <translation>con --passphrase: leer la frase de contraseña del paquete de FILE</translation>
    </message>
    <message>
        <source>verify, decrypt and merge a package</source>
        <translation>verificar, descifrar y fusionar un paquete</translation>
    </message>
    <message>
        <source>show what would change and who signed it; change nothing</source>
        <translation>mostrar qué cambiaría y quién lo firmó; no cambiar nada</translation>
    </message>
    <message>
        <source>import even though the signer is not a verified contact (after comparing the fingerprint)</source>
        <translation>importar aunque el firmante no sea un contacto verificado (tras comparar la huella)</translation>
    </message>
    <message>
        <source>read the package passphrase from FILE (for packages made with --passphrase)</source>
        <translation>leer la frase de contraseña del paquete de FILE (para paquetes hechos con --passphrase)</translation>
    </message>
    <message>
        <source>bring back these records, deleted here, from the package (see &apos;deleted here&apos; in --dry-run)</source>
        <translation>recuperar estos registros, eliminados aquí, desde el paquete (vea «deleted here» en --dry-run)</translation>
    </message>
    <message>
        <source>work with packages without a vault</source>
        <translation>trabajar con paquetes sin caja fuerte</translation>
    </message>
    <message>
        <source>verify and unpack a package with an age key file</source>
        <translation>verificar y desempaquetar un paquete con un archivo de clave age</translation>
    </message>
    <message>
        <source>an age identity file (as age-keygen writes it); repeatable</source>
        <translation>un archivo de identidad age (como lo escribe age-keygen); repetible</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>refuse unless signed by this signing key</source>
        <translation>rechazar salvo que esté firmado con esta clave de firma</translation>
    </message>
    <message>
        <source>for packages made with a passphrase (instead of -i)</source>
        <translation>para paquetes hechos con una frase de contraseña (en lugar de -i)</translation>
    </message>
    <message>
        <source>contacts&apos; keys: add, list, verify, own-device, remove-key</source>
        <translation>claves de los contactos: add, list, verify, own-device, remove-key</translation>
    </message>
    <message>
        <source>add a contact with their keys</source>
        <translation>añadir un contacto con sus claves</translation>
    </message>
    <message>
        <source>contacts with keys, and whether verified</source>
        <translation>los contactos con claves, y si están verificados</translation>
    </message>
    <message>
        <source>mark a contact&apos;s keys as verified after comparing the fingerprint</source>
        <translation>marcar las claves de un contacto como verificadas tras comparar la huella</translation>
    </message>
    <message>
        <source>the contact&apos;s name or id</source>
        <translation>el nombre o el identificador del contacto</translation>
    </message>
    <message>
        <source>the fingerprint the person read to you</source>
        <translation>la huella que la persona le leyó</translation>
    </message>
    <message>
        <source>remove a contact&apos;s signing key and/or age recipient (and the verification)</source>
        <translation>quitar la clave de firma y/o el destinatario age de un contacto (y la verificación)</translation>
    </message>
    <message>
        <source>only the signing key</source>
        <translation>solo la clave de firma</translation>
    </message>
    <message>
        <source>only the age recipient</source>
        <translation>solo el destinatario age</translation>
    </message>
    <message>
        <source>mark a verified contact as one of your NPM&apos;s own devices (packages to it carry real names)</source>
        <translation>marcar un contacto verificado como uno de los dispositivos de su MNP (los paquetes para él llevan los nombres reales)</translation>
    </message>
    <message>
        <source>no longer one of your NPM&apos;s own devices</source>
        <translation>ya no es uno de los dispositivos de su MNP</translation>
    </message>
    <message>
        <source>import saved email (.eml, .msg, mbox); draft one carrying an exported file</source>
        <translation>importar correos guardados (.eml, .msg, mbox); redactar uno que lleve un archivo exportado</translation>
    </message>
    <message>
        <source>import saved messages as communications; print the new records&apos; ids</source>
        <translation>importar mensajes guardados como comunicaciones; mostrar los identificadores de los registros nuevos</translation>
    </message>
    <message>
        <source>.eml, .msg or mbox files, or folders holding them</source>
        <translation>archivos .eml, .msg o mbox, o carpetas que los contengan</translation>
    </message>
    <message>
        <source>show what would be imported; change nothing</source>
        <translation>mostrar qué se importaría; no cambiar nada</translation>
    </message>
    <message>
        <source>add this unknown sender or recipient as a contact (repeatable)</source>
        <translation>añadir este remitente o destinatario desconocido como contacto (repetible)</translation>
    </message>
    <message>
        <source>show or set the NPM&apos;s own email addresses (mail from them is &apos;sent&apos;)</source>
        <translation>mostrar o fijar las direcciones de correo del MNP (el correo que sale de ellas es «enviado»)</translation>
    </message>
    <message>
        <source>forget every address</source>
        <translation>olvidar todas las direcciones</translation>
    </message>
    <message>
        <source>write a mail draft (.eml) carrying an exported package or protected PDF, to open and send</source>
        <translation>escribir un borrador de correo (.eml) con un paquete exportado o un PDF protegido, para abrirlo y enviarlo</translation>
    </message>
    <message>
        <source>the package or protected PDF, as exported</source>
        <translation>el paquete o el PDF protegido, tal como se exportó</translation>
    </message>
    <message>
        <source>a recipient, &quot;Name &lt;name@example.org&gt;&quot; or name@example.org (repeatable)</source>
        <translation>un destinatario, &quot;Nombre &lt;nombre@example.org&gt;&quot; o nombre@example.org (repetible)</translation>
    </message>
    <message>
        <source>the cover note&apos;s language (en)</source>
        <translation>el idioma de la nota de presentación (en)</translation>
    </message>
    <message>
        <source>the draft to write</source>
        <translation>el borrador que escribir</translation>
    </message>
    <message>
        <source>do not mark the draft communications in the file as sent</source>
        <translation>no marcar como enviadas las comunicaciones en borrador del archivo</translation>
    </message>
    <message>
        <source>the vault folder (default: the vault in your user-data folder)</source>
        <translation>la carpeta de la caja fuerte (por defecto: la caja fuerte de su carpeta de datos de usuario)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE</source>
        <translation>leer la frase de contraseña de la primera línea de FILE</translation>
    </message>
    <message>
        <source>unlock with the recovery code in FILE instead of the passphrase</source>
        <translation>desbloquear con el código de recuperación de FILE en lugar de la frase de contraseña</translation>
    </message>
    <message>
        <source>Encrypted vault for an NPM&apos;s correspondence with the UN SPT. Without a command, opens the application window.</source>
        <translation>Caja fuerte cifrada para la correspondencia de un MNP con el SPT de la ONU. Sin orden, abre la ventana de la aplicación.</translation>
    </message>
    <message>
        <source>create a vault and print its recovery code</source>
        <translation>crear una caja fuerte y mostrar su código de recuperación</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>leer la nueva frase de contraseña de la primera línea de FILE</translation>
    </message>
    <message>
        <source>the name of your NPM</source>
        <translation>el nombre de su MNP</translation>
    </message>
    <message>
        <source>your name, recorded with every change you make (default: your login name)</source>
        <translation>su nombre, registrado con cada cambio que haga (por defecto: su nombre de inicio de sesión)</translation>
    </message>
    <message>
        <source>the State party of your NPM, by its two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>el Estado parte de su MNP, por su código de dos letras (vea &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>only records of this kind (repeatable): %(choices)s</source>
        <translation>solo los registros de este tipo (repetible): %(choices)s</translation>
    </message>
    <message>
        <source>only records with this status</source>
        <translation>solo los registros con este estado</translation>
    </message>
    <message>
        <source>only records about this country (two letters)</source>
        <translation>solo los registros sobre este país (dos letras)</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>solo los registros con esta etiqueta</translation>
    </message>
    <message>
        <source>only records dated on or after DATE</source>
        <translation>solo los registros con fecha DATE o posterior</translation>
    </message>
    <message>
        <source>only records dated on or before DATE</source>
        <translation>solo los registros con fecha DATE o anterior</translation>
    </message>
    <message>
        <source>at most N records (%(default)s)</source>
        <translation>como máximo N registros (%(default)s)</translation>
    </message>
    <message>
        <source>print JSON (see the README for the fields)</source>
        <translation>mostrar JSON (vea el README para los campos)</translation>
    </message>
    <message>
        <source>list records, newest first</source>
        <translation>enumerar los registros, los más recientes primero</translation>
    </message>
    <message>
        <source>list the records in the bin</source>
        <translation>enumerar los registros de la papelera</translation>
    </message>
    <message>
        <source>only records due for review within 30 days (or overdue), the earliest first</source>
        <translation>solo los registros que revisar en 30 días (o atrasados), los más próximos primero</translation>
    </message>
    <message>
        <source>show one record</source>
        <translation>mostrar un registro</translation>
    </message>
    <message>
        <source>the record&apos;s id</source>
        <translation>el identificador del registro</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>mostrar JSON</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>búsqueda de texto completo</translation>
    </message>
    <message>
        <source>words (prefixes match), &quot;a phrase&quot; in quotes</source>
        <translation>palabras (los prefijos coinciden), &quot;una frase&quot; entre comillas</translation>
    </message>
    <message>
        <source>best: best match first (newest first, with a note on stderr, when too many records match to rank them all); newest: the records added most recently first (default: best)</source>
        <translation>best: la mejor coincidencia primero (los más recientes primero, con una nota en stderr, cuando coinciden demasiados registros para clasificarlos todos); newest: los registros añadidos más recientemente primero (por defecto: best)</translation>
    </message>
    <message>
        <source>fill the vault with synthetic demo data</source>
        <translation>llenar la caja fuerte con datos de demostración sintéticos</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup of the vault to a new file</source>
        <translation>escribir una copia de seguridad cifrada y verificada de la caja fuerte en un archivo nuevo</translation>
    </message>
    <message>
        <source>the backup file to write (it must not exist yet)</source>
        <translation>el archivo de copia de seguridad que escribir (aún no debe existir)</translation>
    </message>
    <message>
        <source>restore a backup into a new vault folder (--vault NEWPATH)</source>
        <translation>restaurar una copia de seguridad en una nueva carpeta de caja fuerte (--vault NEWPATH)</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>emergency erase: the keys first, then every vault file</source>
        <translation>borrado de emergencia: primero las claves, después cada archivo de la caja fuerte</translation>
    </message>
    <message>
        <source>confirm with the vault folder&apos;s name (the last part of its path)</source>
        <translation>confirmar con el nombre de la carpeta de la caja fuerte (la última parte de su ruta)</translation>
    </message>
    <message>
        <source>add a record of any kind; prints its id</source>
        <translation>añadir un registro de cualquier tipo; muestra su identificador</translation>
    </message>
    <message>
        <source>the record&apos;s title</source>
        <translation>el título del registro</translation>
    </message>
    <message>
        <source>the text, from a UTF-8 file (- for stdin)</source>
        <translation>el texto, desde un archivo UTF-8 (- para la entrada estándar)</translation>
    </message>
    <message>
        <source>the status (default: the kind&apos;s first; see &apos;npmdesk kinds KIND&apos;)</source>
        <translation>el estado (por defecto: el primero del tipo; vea &apos;npmdesk kinds KIND&apos;)</translation>
    </message>
    <message>
        <source>the SPT contact, an existing contact&apos;s name or id (an unknown name is refused)</source>
        <translation>el contacto del SPT, el nombre o el identificador de un contacto existente (un nombre desconocido se rechaza)</translation>
    </message>
    <message>
        <source>a new contact with this name, added as the counterpart</source>
        <translation>un contacto nuevo con este nombre, añadido como interlocutor</translation>
    </message>
    <message>
        <source>the country concerned (two letters; default for visits, reports and the like: the NPM&apos;s State, see &apos;npmdesk state&apos;)</source>
        <translation>el país en cuestión (dos letras; por defecto para visitas, informes y similares: el Estado del MNP, vea &apos;npmdesk state&apos;)</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>la fecha de vencimiento</translation>
    </message>
    <message>
        <source>a tag (repeatable)</source>
        <translation>una etiqueta (repetible)</translation>
    </message>
    <message>
        <source>attach a file (repeatable)</source>
        <translation>adjuntar un archivo (repetible)</translation>
    </message>
    <message>
        <source>an OPCAT reference such as 11 or 11(1)(b)(ii) (repeatable)</source>
        <translation>una referencia OPCAT como 11 o 11(1)(b)(ii) (repetible)</translation>
    </message>
    <message>
        <source>when the record is due for review (retention)</source>
        <translation>cuándo debe revisarse el registro (conservación)</translation>
    </message>
    <message>
        <source>a person the record is about, by real name (it gets the next alias, &apos;person A&apos;; a reprisal case names them by that alias); record consent with &apos;npmdesk consent&apos;</source>
        <translation>una persona de la que trata el registro, por su nombre real (recibe el siguiente alias, &apos;person A&apos;; un caso de represalias la nombra con ese alias); registre el consentimiento con &apos;npmdesk consent&apos;</translation>
    </message>
    <message>
        <source>(default: sent)</source>
        <translation>(por defecto: sent)</translation>
    </message>
    <message>
        <source>(default: email)</source>
        <translation>(por defecto: email)</translation>
    </message>
    <message>
        <source>change a record (a new version; the old one stays in its history); prints its id</source>
        <translation>cambiar un registro (una versión nueva; la anterior queda en su historial); muestra su identificador</translation>
    </message>
    <message>
        <source>remove a field&apos;s value (repeatable)</source>
        <translation>borrar el valor de un campo (repetible)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>un título nuevo</translation>
    </message>
    <message>
        <source>a new status</source>
        <translation>un estado nuevo</translation>
    </message>
    <message>
        <source>a new date</source>
        <translation>una fecha nueva</translation>
    </message>
    <message>
        <source>a new due date</source>
        <translation>una nueva fecha de vencimiento</translation>
    </message>
    <message>
        <source>a new country (two letters)</source>
        <translation>un país nuevo (dos letras)</translation>
    </message>
    <message>
        <source>OPCAT references, replacing the record&apos;s (repeatable)</source>
        <translation>referencias OPCAT, que reemplazan las del registro (repetible)</translation>
    </message>
    <message>
        <source>a new review date</source>
        <translation>una nueva fecha de revisión</translation>
    </message>
    <message>
        <source>print the State party of this vault&apos;s NPM, or set it (npmdesk state CC)</source>
        <translation>mostrar el Estado parte del MNP de esta caja fuerte, o fijarlo (npmdesk state CC)</translation>
    </message>
    <message>
        <source>the State party&apos;s two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>el código de dos letras del Estado parte (vea &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>print {&quot;code&quot;: ..., &quot;name&quot;: ...} (null when not set)</source>
        <translation>mostrar {&quot;code&quot;: ..., &quot;name&quot;: ...} (null si no está fijado)</translation>
    </message>
    <message>
        <source>list the kinds of record with their fields and statuses</source>
        <translation>enumerar los tipos de registro con sus campos y estados</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>solo este tipo</translation>
    </message>
    <message>
        <source>print JSON: one object per kind (kind, date_meaning, statuses, status_field, statuses_by, fields)</source>
        <translation>mostrar JSON: un objeto por tipo (kind, date_meaning, statuses, status_field, statuses_by, fields)</translation>
    </message>
    <message>
        <source>list the States parties to the OPCAT and their codes</source>
        <translation>enumerar los Estados partes en el OPCAT y sus códigos</translation>
    </message>
    <message>
        <source>record a person named in a record, their alias and their consent to one purpose; prints the id</source>
        <translation>registrar a una persona nombrada en un registro, su alias y su consentimiento para una finalidad; muestra el identificador</translation>
    </message>
    <message>
        <source>the person&apos;s real name (it stays in the vault; packages for others carry the alias)</source>
        <translation>el nombre real de la persona (se queda en la caja fuerte; los paquetes para otros llevan el alias)</translation>
    </message>
    <message>
        <source>the pseudonym (default: the next free one, &apos;person A&apos;…)</source>
        <translation>el seudónimo (por defecto: el siguiente libre, &apos;person A&apos;…)</translation>
    </message>
    <message>
        <source>what the consent is for</source>
        <translation>para qué es el consentimiento</translation>
    </message>
    <message>
        <source>given, refused, pending or withdrawn</source>
        <translation>given, refused, pending o withdrawn</translation>
    </message>
    <message>
        <source>when it was given, refused or asked</source>
        <translation>cuándo se dio, se rechazó o se pidió</translation>
    </message>
    <message>
        <source>oral or written</source>
        <translation>oral o escrito</translation>
    </message>
    <message>
        <source>who obtained it (for a child or a person lacking capacity: who gave it)</source>
        <translation>quién lo obtuvo (para un menor o una persona sin capacidad: quién lo dio)</translation>
    </message>
    <message>
        <source>when it was withdrawn</source>
        <translation>cuándo se retiró</translation>
    </message>
    <message>
        <source>the person is a child (consent comes from a parent or guardian)</source>
        <translation>la persona es menor (el consentimiento lo da un progenitor o tutor)</translation>
    </message>
    <message>
        <source>the person lacks capacity to consent (consent comes from a legal representative)</source>
        <translation>la persona no tiene capacidad para consentir (el consentimiento lo da un representante legal)</translation>
    </message>
    <message>
        <source>write a PDF report: correspondence-log, visit-dossier or recommendations (the PDF is NOT encrypted)</source>
        <translation>escribir un informe PDF: correspondence-log, visit-dossier o recommendations (el PDF NO está cifrado)</translation>
    </message>
    <message>
        <source>correspondence-log (log), visit-dossier (visit) or recommendations (tracker)</source>
        <translation>correspondence-log (log), visit-dossier (visit) o recommendations (tracker)</translation>
    </message>
    <message>
        <source>the visit of a visit dossier (see &apos;npmdesk list --type visit&apos;)</source>
        <translation>la visita de un expediente de visita (vea &apos;npmdesk list --type visit&apos;)</translation>
    </message>
    <message>
        <source>leave out the &quot;Confidential&quot; marking printed on every page</source>
        <translation>omitir la marca «Confidencial» impresa en cada página</translation>
    </message>
    <message>
        <source>correspondence log: also list when each record left the vault, and to whom</source>
        <translation>registro de correspondencia: indicar también cuándo salió cada registro de la caja fuerte y hacia quién</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que escribir</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>reemplazar FILE si existe</translation>
    </message>
    <message>
        <source>the team folder and its member devices (the NPM&apos;s own laptops)</source>
        <translation>la carpeta del equipo y sus dispositivos miembros (los portátiles del MNP)</translation>
    </message>
    <message>
        <source>choose the team folder (a folder your sync engine keeps in step)</source>
        <translation>elegir la carpeta del equipo (una carpeta que su programa de sincronización mantiene al día)</translation>
    </message>
    <message>
        <source>make a verified contact marked as one of your NPM&apos;s own devices a member</source>
        <translation>hacer miembro a un contacto verificado marcado como dispositivo de su MNP</translation>
    </message>
    <message>
        <source>stop sending changesets to a member device</source>
        <translation>dejar de enviar conjuntos de cambios a un dispositivo miembro</translation>
    </message>
    <message>
        <source>the team folder, and how far each member device is</source>
        <translation>la carpeta del equipo y hasta dónde ha llegado cada dispositivo miembro</translation>
    </message>
    <message>
        <source>print it as JSON (a stable contract)</source>
        <translation>mostrarlo como JSON (un contrato estable)</translation>
    </message>
    <message>
        <source>one team sync round: write this device&apos;s changes, apply the others&apos;</source>
        <translation>una ronda de sincronización del equipo: escribir los cambios de este dispositivo, aplicar los de los demás</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>Handed the draft to your mail program: check it there and send it.</source>
        <translation>Borrador entregado a su programa de correo: revíselo y envíelo desde allí.</translation>
    </message>
    <message>
        <source>this vault was restored from a backup: waiting for the new snapshot it makes for this device</source>
        <translation>esta caja fuerte se restauró desde una copia de seguridad: esperando la nueva instantánea que ese dispositivo crea para este</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n adjunto quitado</numerusform>
            <numerusform>%n adjuntos quitados</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault was restored from an older backup: it remembered its changesets up to {remembered}, but the team folder shows it had written up to {published}.</source>
        <translation>Esta caja fuerte se restauró desde una copia de seguridad más antigua: recordaba sus lotes de cambios hasta el {remembered}, pero la carpeta del equipo muestra que había escrito hasta el {published}.</translation>
    </message>
    <message>
        <source>Applied again from the team folder: its changeset(s) {numbers}.</source>
        <translation>Aplicados de nuevo desde la carpeta del equipo: sus lotes de cambios {numbers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) no longer in the team folder (every member had applied them): their changes come back with the snapshots the other devices make for this vault.</source>
        <translation>
            <numerusform>%n lote de cambios ya no está en la carpeta del equipo (todos los miembros lo habían aplicado): sus cambios vuelven con las instantáneas que los demás dispositivos crean para esta caja fuerte.</numerusform>
            <numerusform>%n lotes de cambios ya no están en la carpeta del equipo (todos los miembros los habían aplicado): sus cambios vuelven con las instantáneas que los demás dispositivos crean para esta caja fuerte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside, not applied: {reason}</source>
        <translation>Dejado aparte, no aplicado: {reason}</translation>
    </message>
    <message>
        <source>It continues with changeset {sequence}, so no member skips its new changes.</source>
        <translation>Continúa con el lote de cambios {sequence}, para que ningún miembro omita sus cambios nuevos.</translation>
    </message>
    <message>
        <source>open the written draft in the system&apos;s mail program (needs a desktop session)</source>
        <translation>abrir el borrador escrito en el programa de correo del sistema (necesita una sesión de escritorio)</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Datos de demostración (semilla {seed}): {records} ({kinds}) y {attachments} ({size} MB) en {seconds} s.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country} (the vault has no State set; picked from the seed): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Datos de demostración (semilla {seed}) sobre {country} (la caja fuerte no tiene un Estado definido; elegido a partir de la semilla): {records} ({kinds}) y {attachments} ({size} MB) en {seconds} s.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country}: {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Datos de demostración (semilla {seed}) sobre {country}: {records} ({kinds}) y {attachments} ({size} MB) en {seconds} s.</translation>
    </message>
    <message>
        <source>the language of the PDF (--format pdf) or of the package&apos;s summary.html (default: the command line&apos;s own, else en)</source>
        <translation>el idioma del PDF (--format pdf) o del summary.html del paquete (por defecto: el de la línea de comandos, si no en)</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the command line&apos;s own, else en)</source>
        <translation>el idioma del informe (por defecto: el de la línea de comandos, si no en)</translation>
    </message>
</context>
</TS>
