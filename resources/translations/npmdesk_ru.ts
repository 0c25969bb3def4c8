<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>These keys already belong to your contact “{name}”. Nothing was added.</source>
        <translation>Эти ключи уже принадлежат вашему контакту «{name}». Ничего не добавлено.</translation>
    </message>
    <message>
        <source>Add a Recipient</source>
        <translation>Добавить получателя</translation>
    </message>
    <message>
        <source>Add Contact from Card</source>
        <translation>Добавить контакт из карточки</translation>
    </message>
    <message>
        <source>Paste the contact card the person copied from npmdesk (File → Share My Keys…), or type their name and keys. Keys are public; what proves they are theirs is the fingerprint, which you compare with them afterwards by phone.</source>
        <translation>Вставьте карточку контакта, которую человек скопировал из npmdesk (Файл → Поделиться моими ключами…), или введите его имя и ключи. Ключи открыты; их принадлежность этому человеку доказывает отпечаток, который вы затем сверяете с ним по телефону.</translation>
    </message>
    <message>
        <source>Paste the recipient&apos;s age key (age1…), or the contact card they copied from npmdesk (File → Share My Keys…), and give their name. They become a contact whose keys are NOT verified: compare the fingerprint with them by phone (Verify keys… on the contact) before sending anything sensitive.</source>
        <translation>Вставьте ключ age получателя (age1…) или карточку контакта, которую он скопировал из npmdesk (Файл → Поделиться моими ключами…), и укажите его имя. Он станет контактом, ключи которого НЕ проверены: сверьте с ним отпечаток по телефону («Проверить ключи…» у контакта), прежде чем отправлять что-либо важное.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Карточка контакта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>Получатель age</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Contact &amp;card:</source>
        <translation>&amp;Карточка контакта:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Age recipient:</source>
        <translation>Получатель &amp;age:</translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation>Ключ &amp;подписи:</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation>Проблема с контактом</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>&amp;Добавить контакт</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Add a Member Device</source>
        <translation>Добавить устройство-участника</translation>
    </message>
    <message>
        <source>&amp;Devices that can join (verified contacts marked as your NPM&apos;s own devices):</source>
        <translation>&amp;Устройства, которые могут присоединиться (проверенные контакты, отмеченные как устройства вашего НПМ):</translation>
    </message>
    <message>
        <source>Devices that can join the team</source>
        <translation>Устройства, которые могут присоединиться к команде</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint})</source>
        <translation>{name} (отпечаток {fingerprint})</translation>
    </message>
    <message>
        <source>The next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>Следующая синхронизация создаст для него снимок этого хранилища, а затем будет отправлять ему каждое изменение.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add the chosen device to the team</source>
        <translation>Добавить выбранное устройство в команду</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>{path} is a folder or not an ordinary file; only files can be attached. Nothing was added.</source>
        <translation>{path} — папка или не обычный файл; прикреплять можно только файлы. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>npmdesk could not read {path}: {reason}. Nothing was added.</source>
        <translation>npmdesk не удалось прочитать {path}: {reason}. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}: {reason}. No copy was left there.</source>
        <translation>npmdesk не удалось записать {path}: {reason}. Копия там не оставлена.</translation>
    </message>
</context>
<context>
    <name>AttachmentKinds</name>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Изображение PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Изображение JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Изображение GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Изображение WebP</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Текст Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Веб-страница (HTML)</translation>
    </message>
    <message>
        <source>Web page (XHTML)</source>
        <translation>Веб-страница (XHTML)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Текст OpenDocument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
</context>
<context>
    <name>AttachmentQuestions</name>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Сохранить расшифрованную копию</translation>
    </message>
    <message>
        <source>The copy of “{name}” will NOT be encrypted.</source>
        <translation>Копия «{name}» НЕ будет зашифрована.</translation>
    </message>
    <message>
        <source>Anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>Её сможет прочитать любой, кто может открыть выбранную вами папку или получит этот компьютер или диск. npmdesk не удалит её за вас позже. Сохраняйте её только там, где это необходимо, и удалите, когда закончите.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted Copy…</source>
        <translation>&amp;Сохранить незашифрованную копию…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Сохранить незашифрованную копию</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment only in the vault</source>
        <translation>Отмена: оставить вложение только в хранилище</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>Удалить «{name}» из этой записи?</translation>
    </message>
    <message>
        <source>Its content is erased from the vault. This cannot be undone.</source>
        <translation>Его содержимое будет стёрто из хранилища. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment</source>
        <translation>Отмена: оставить вложение</translation>
    </message>
    <message>
        <source>Save a decrypted copy of {name}</source>
        <translation>Сохранить расшифрованную копию {name}</translation>
    </message>
    <message>
        <source>Add files to “{title}”</source>
        <translation>Добавить файлы к «{title}»</translation>
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
        <translation>Вложение {name}</translation>
    </message>
    <message>
        <source>Save a &amp;decrypted copy…</source>
        <translation>Сохранить &amp;расшифрованную копию…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of this attachment</source>
        <translation>Сохранить расшифрованную копию этого вложения</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Закрыть просмотр</translation>
    </message>
    <message>
        <source>npmdesk cannot show this kind of file ({type}) inside the app. To open it in another program, save a decrypted copy.</source>
        <translation>npmdesk не может показать файл этого вида ({type}) внутри приложения. Чтобы открыть его в другой программе, сохраните расшифрованную копию.</translation>
    </message>
    <message>
        <source>This file is too large to preview here ({size}; the limit for this kind of file is {cap}). To open it in another program, save a decrypted copy.</source>
        <translation>Этот файл слишком велик для просмотра здесь ({size}; предел для файлов этого вида — {cap}). Чтобы открыть его в другой программе, сохраните расшифрованную копию.</translation>
    </message>
    <message>
        <source>This installation of npmdesk cannot show PDFs (Qt&apos;s PDF module is missing). To open it in another program, save a decrypted copy.</source>
        <translation>Эта установка npmdesk не может показывать PDF (нет модуля PDF из Qt). Чтобы открыть файл в другой программе, сохраните расшифрованную копию.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so npmdesk cannot show it.</source>
        <translation>Этот PDF защищён паролем, поэтому npmdesk не может его показать.</translation>
    </message>
    <message>
        <source>npmdesk cannot show this PDF: it is damaged or not a PDF document.</source>
        <translation>npmdesk не может показать этот PDF: он повреждён или не является документом PDF.</translation>
    </message>
    <message>
        <source>PDF document {name}</source>
        <translation>Документ PDF {name}</translation>
    </message>
    <message>
        <source>This image is too large to preview here ({width} by {height} pixels).</source>
        <translation>Это изображение слишком велико для просмотра здесь ({width} на {height} пикселей).</translation>
    </message>
    <message>
        <source>npmdesk cannot show this image: it is damaged, too large, or in a format npmdesk does not read.</source>
        <translation>npmdesk не может показать это изображение: оно повреждено, слишком велико или в формате, который npmdesk не читает.</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Изображение {name}</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Текст {name}</translation>
    </message>
    <message>
        <source>A web page shown as its source text; nothing in it is loaded.</source>
        <translation>Веб-страница, показанная в виде исходного текста; ничего из неё не загружается.</translation>
    </message>
</context>
<context>
    <name>AttachmentsForm</name>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>Add files to this record (Insert or Ctrl+Shift+A), or drop them on the record</source>
        <translation>Добавить файлы к этой записи (Insert или Ctrl+Shift+A) или перетащить их на запись</translation>
    </message>
    <message>
        <source>Add files to this record</source>
        <translation>Добавить файлы к этой записи</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>View the selected attachment inside npmdesk (Enter)</source>
        <translation>Просмотреть выбранное вложение в npmdesk (Enter)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Открыть выбранное вложение</translation>
    </message>
    <message>
        <source>Sa&amp;ve a decrypted copy…</source>
        <translation>Сохранить рас&amp;шифрованную копию…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy of the selected attachment to a file (you are warned first)</source>
        <translation>Записать незашифрованную копию выбранного вложения в файл (сначала вас предупредят)</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>Сохранить расшифрованную копию выбранного вложения</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected attachment from the vault (Delete)</source>
        <translation>Удалить выбранное вложение из хранилища (Delete)</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Удалить выбранное вложение</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>Состояние вложений</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files to this record…</source>
        <translation>Добавить файлы к этой записи…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Added on {date} by {user}</source>
        <translation>Добавлено {date}, автор: {user}</translation>
    </message>
    <message>
        <source>{item} — not fully indexed</source>
        <translation>{item} — проиндексировано не полностью</translation>
    </message>
    <message>
        <source>Search finds only part of this file&apos;s text, or none: it took too long or too much memory to read in full, or it is damaged or encrypted.</source>
        <translation>Поиск находит лишь часть текста этого файла или ничего: его полное чтение заняло слишком много времени или памяти, либо файл повреждён или зашифрован.</translation>
    </message>
    <message>
        <source>No attachments. Add files, or drop them on this record.</source>
        <translation>Вложений нет. Добавьте файлы или перетащите их на эту запись.</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>Состояние вложений</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>Добавление файлов</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>Шифрование файлов в хранилище…</translation>
    </message>
    <message>
        <source>Cancel adding the files</source>
        <translation>Отменить добавление файлов</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added.</source>
        <translation>Отменено. Ничего не добавлено.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>Добавлен %n файл.</numerusform>
            <numerusform>Добавлено %n файла.</numerusform>
            <numerusform>Добавлено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a decrypted copy</source>
        <translation>Сохранение расшифрованной копии</translation>
    </message>
    <message>
        <source>Writing the decrypted copy…</source>
        <translation>Запись расшифрованной копии…</translation>
    </message>
    <message>
        <source>Cancel saving the copy</source>
        <translation>Отменить сохранение копии</translation>
    </message>
    <message>
        <source>Cancelled. No copy was left.</source>
        <translation>Отменено. Копия не оставлена.</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Расшифрованная копия сохранена в {path}. Она не зашифрована: удалите её, когда она больше не нужна.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>«{name}» удалено.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>While the vault is open, npmdesk can back it up by itself to a folder, for example on a USB stick. Each backup is encrypted like the vault and opens only with its passphrase or recovery code. If the folder is not there, npmdesk waits until it is.</source>
        <translation>Пока хранилище открыто, npmdesk может сам создавать его резервные копии в папке, например на USB-накопителе. Каждая копия зашифрована, как хранилище, и открывается только его парольной фразой или кодом восстановления. Если папки нет, npmdesk ждёт, пока она появится.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для автоматических резервных копий</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Выбрать папку для автоматических резервных копий</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>How often to back up</source>
        <translation>Как часто создавать резервную копию</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Каждую неделю</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Как часто:</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>Сколько автоматических резервных копий хранить</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Хранить последних:</translation>
    </message>
    <message>
        <source>Last backup: {date}</source>
        <translation>Последняя резервная копия: {date}</translation>
    </message>
    <message>
        <source>No backup of this vault has been made yet.</source>
        <translation>Резервная копия этого хранилища ещё не создавалась.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Сохранить эти настройки</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, or choose it.</source>
        <translation>Укажите полный путь к папке или выберите её.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Выберите папку для автоматических резервных копий.</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the vault to a new file</source>
        <translation>Записать зашифрованную, проверенную резервную копию хранилища в новый файл</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Автоматические резервные копии…</translation>
    </message>
    <message>
        <source>Back up by itself to a folder, for example on a USB stick</source>
        <translation>Создавать резервные копии самостоятельно в папке, например на USB-накопителе</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Back up the vault to a new file</source>
        <translation>Сохранить резервную копию хранилища в новый файл</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>Резервные копии npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>The backup was saved to {path} ({size}) and checked: it opens with this vault&apos;s passphrase or recovery code. Keep it on a drive away from this computer.</source>
        <translation>Резервная копия сохранена в {path} ({size}) и проверена: она открывается парольной фразой или кодом восстановления этого хранилища. Храните её на диске вдали от этого компьютера.</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Резервная копия хранилища</translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation>Запись резервной копии и её проверка…</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Отменить резервное копирование</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>Резервное копирование отменено. Ничего не записано.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Ход резервного копирования</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>Создать резервную копию хранилища сейчас</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {error}</source>
        <translation>Последнее автоматическое резервное копирование не удалось: {error}</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Make a backup on a drive that you keep away from this computer.</source>
        <translation>Резервная копия этого хранилища никогда не создавалась. Создайте её на диске, который вы храните вдали от этого компьютера.</translation>
    </message>
    <message>
        <source>The last backup is dated after today: check this computer&apos;s clock, and make a new backup.</source>
        <translation>Последняя резервная копия датирована будущим числом: проверьте часы этого компьютера и создайте новую копию.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago ({date}). Make a new one on a drive that you keep away from this computer.</source>
        <translation>
            <numerusform>Последняя резервная копия создана %n день назад ({date}). Создайте новую на диске, который вы храните вдали от этого компьютера.</numerusform>
            <numerusform>Последняя резервная копия создана %n дня назад ({date}). Создайте новую на диске, который вы храните вдали от этого компьютера.</numerusform>
            <numerusform>Последняя резервная копия создана %n дней назад ({date}). Создайте новую на диске, который вы храните вдали от этого компьютера.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Use the current passphrase &amp;instead</source>
        <translation>&amp;Использовать текущую парольную фразу</translation>
    </message>
    <message>
        <source>Use the current passphrase instead</source>
        <translation>Использовать текущую парольную фразу</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>&amp;Использовать код восстановления</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
    <message>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation>Смена парольной фразы. Это займёт несколько секунд…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseForm</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>First show that you know the current passphrase (or hold the recovery code), then choose the new one. The old passphrase stops working at once; nothing else in the vault changes.</source>
        <translation>Сначала подтвердите, что знаете текущую парольную фразу (или имеете код восстановления), затем выберите новую. Старая парольная фраза сразу перестаёт действовать; больше в хранилище ничего не меняется.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <source>Current passphrase problem</source>
        <translation>Проблема с текущей парольной фразой</translation>
    </message>
    <message>
        <source>A recovery code opens the vault once: after the change npmdesk shows you a new recovery code to write down, and the code you type here stops working once you confirm the new one.</source>
        <translation>Код восстановления открывает хранилище один раз: после смены npmdesk покажет новый код восстановления, который нужно записать, а введённый здесь код перестанет действовать, как только вы подтвердите новый.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>Проблема с кодом восстановления</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>&amp;Использовать код восстановления</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Не менее 10 символов; легче всего запомнить несколько слов</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Проблема с парольной фразой</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>По&amp;дтверждение парольной фразы:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Подтверждение новой парольной фразы</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Проблема с подтверждением</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>Проблема при смене парольной фразы</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel without changing the passphrase</source>
        <translation>Отмена без смены парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Choose later</source>
        <translation>Выбрать позже</translation>
    </message>
    <message>
        <source>The vault will be created in {folder}</source>
        <translation>Хранилище будет создано в {folder}</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it), or “Choose later”.</source>
        <translation>Выберите своё государство из списка (введите часть названия, чтобы найти его) или «Выбрать позже».</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>Создание хранилища. Это займёт несколько секунд…</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <source>Create your npmdesk vault</source>
        <translation>Создайте хранилище npmdesk</translation>
    </message>
    <message>
        <source>Welcome to npmdesk</source>
        <translation>Добро пожаловать в npmdesk</translation>
    </message>
    <message>
        <source>npmdesk keeps your correspondence with the SPT in an encrypted vault on this computer. Choose a passphrase you will remember: without it, only the recovery code shown next can open the vault.</source>
        <translation>npmdesk хранит вашу переписку с Подкомитетом в зашифрованном хранилище на этом компьютере. Выберите парольную фразу, которую вы запомните: без неё открыть хранилище сможет только код восстановления, который будет показан далее.</translation>
    </message>
    <message>
        <source>&amp;NPM name:</source>
        <translation>&amp;Название НПМ:</translation>
    </message>
    <message>
        <source>NPM name</source>
        <translation>Название НПМ</translation>
    </message>
    <message>
        <source>The name of your national preventive mechanism</source>
        <translation>Название вашего национального превентивного механизма</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>&amp;State party:</source>
        <translation>&amp;Государство-участник:</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>Государство-участник вашего НПМ</translation>
    </message>
    <message>
        <source>The State whose NPM you are. New visits, reports, recommendations and places start with this country. Type part of its name to find it; you can change it later in Preferences.</source>
        <translation>Государство, чьим НПМ вы являетесь. Новые посещения, доклады, рекомендации и места по умолчанию относятся к этой стране. Введите часть названия, чтобы найти его; позже его можно изменить в настройках.</translation>
    </message>
    <message>
        <source>State party problem</source>
        <translation>Проблема с государством-участником</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Не менее 10 символов; легче всего запомнить несколько слов</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Проблема с парольной фразой</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>По&amp;дтверждение парольной фразы:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Подтверждение парольной фразы</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Проблема с подтверждением</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>&amp;Запомнить на этом устройстве</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Запомнить на этом устройстве</translation>
    </message>
    <message>
        <source>Open the vault without typing the passphrase on this computer, using the system keyring. Anyone who can sign in to your account here can then open the vault.</source>
        <translation>Открывать хранилище на этом компьютере без ввода парольной фразы, с помощью системного хранилища ключей. Тогда открыть хранилище сможет любой, кто может войти здесь в вашу учётную запись.</translation>
    </message>
    <message>
        <source>Problem creating the vault</source>
        <translation>Проблема при создании хранилища</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit without creating a vault</source>
        <translation>Выйти, не создавая хранилище</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Due for review (re&amp;tention):</source>
        <translation>Пересмотр (срок хр&amp;анения):</translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation>Записи, подлежащие пересмотру</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(имя не указано)</translation>
    </message>
    <message>
        <source>Signed in as {user}</source>
        <translation>Вы вошли как {user}</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Хранилище: {folder}</translation>
    </message>
    <message>
        <source>Lock the vault ({shortcut}) whenever you leave this computer.</source>
        <translation>Блокируйте хранилище ({shortcut}) каждый раз, когда отходите от компьютера.</translation>
    </message>
    <message>
        <source>Nothing at the moment.</source>
        <translation>Пока ничего.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Просрочено на %n день</numerusform>
            <numerusform>Просрочено на %n дня</numerusform>
            <numerusform>Просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Срок через %n день</numerusform>
            <numerusform>Срок через %n дня</numerusform>
            <numerusform>Срок через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} (reply)</source>
        <translation>{when} (ответ)</translation>
    </message>
    <message>
        <source>{when} · {kind}: {title}</source>
        <translation>{when} · {kind}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Review overdue by %n day(s)</source>
        <translation>
            <numerusform>Пересмотр просрочен на %n день</numerusform>
            <numerusform>Пересмотр просрочен на %n дня</numerusform>
            <numerusform>Пересмотр просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>Пересмотр сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Review in %n day(s)</source>
        <translation>
            <numerusform>Пересмотр через %n день</numerusform>
            <numerusform>Пересмотр через %n дня</numerusform>
            <numerusform>Пересмотр через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>SPT session in Geneva</source>
        <translation>Сессия Подкомитета в Женеве</translation>
    </message>
    <message>
        <source>SPT announces its visiting programme for {year}</source>
        <translation>Подкомитет объявляет программу посещений на {year} год</translation>
    </message>
    <message>
        <source>Special Fund: call for applications</source>
        <translation>Специальный фонд: приём заявок</translation>
    </message>
    <message>
        <source>Your annual report for {year} is due</source>
        <translation>Срок представления вашего ежегодного доклада за {year} год</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>{when} (approximate)</source>
        <translation>{when} (примерно)</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Due and overdue:</source>
        <translation>&amp;Наступившие и просроченные сроки:</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>Наступившие и просроченные сроки</translation>
    </message>
    <message>
        <source>Awaiting a re&amp;ply:</source>
        <translation>&amp;Ожидают ответа:</translation>
    </message>
    <message>
        <source>Communications awaiting a reply</source>
        <translation>Сообщения, ожидающие ответа</translation>
    </message>
    <message>
        <source>Open &amp;interpretation requests:</source>
        <translation>Открытые запросы о &amp;консультации:</translation>
    </message>
    <message>
        <source>Open interpretation requests</source>
        <translation>Открытые запросы о консультации</translation>
    </message>
    <message>
        <source>SPT &amp;calendar:</source>
        <translation>Кален&amp;дарь Подкомитета:</translation>
    </message>
    <message>
        <source>SPT calendar: sessions, visiting programme and deadlines</source>
        <translation>Календарь Подкомитета: сессии, программа посещений и сроки</translation>
    </message>
    <message>
        <source>Recent &amp;security events:</source>
        <translation>Последние события &amp;безопасности:</translation>
    </message>
    <message>
        <source>Recent security events</source>
        <translation>Последние события безопасности</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter picks the date, Escape closes the calendar.</source>
        <translation>Клавиши со стрелками перемещают на день и неделю, Page Up и Page Down — на месяц; Enter выбирает дату, Escape закрывает календарь.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD, or choose it from the calendar (Alt+Down)</source>
        <translation>Введите дату в виде ГГГГ-ММ-ДД или выберите её в календаре (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Fill with Demo Data</source>
        <translation>Заполнить демонстрационными данными</translation>
    </message>
    <message>
        <source>Demo data is fictitious: letters, visits, recommendations and contacts made up to try npmdesk out or to train colleagues. It goes into &lt;b&gt;this vault&lt;/b&gt;, next to your own records, and stays until you move it to the bin. Use a practice vault for it.</source>
        <translation>Демонстрационные данные вымышлены: письма, посещения, рекомендации и контакты, придуманные, чтобы опробовать npmdesk или обучить коллег. Они попадают в &lt;b&gt;это хранилище&lt;/b&gt;, рядом с вашими собственными записями, и остаются там, пока вы не переместите их в корзину. Используйте для них учебное хранилище.</translation>
    </message>
    <message>
        <source>Number of demo records</source>
        <translation>Число демонстрационных записей</translation>
    </message>
    <message>
        <source>Number of demo attachments</source>
        <translation>Число демонстрационных вложений</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Число записей:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Число &amp;вложений:</translation>
    </message>
    <message>
        <source>Progress of the demo data</source>
        <translation>Ход добавления демонстрационных данных</translation>
    </message>
    <message>
        <source>&amp;Add Demo Data</source>
        <translation>&amp;Добавить демонстрационные данные</translation>
    </message>
    <message>
        <source>Add the demo data to this vault</source>
        <translation>Добавить демонстрационные данные в это хранилище</translation>
    </message>
    <message>
        <source>Close, or cancel while demo data is being added</source>
        <translation>Закрыть или отменить добавление демонстрационных данных</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>Добавление демонстрационных данных…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Added {records} demo records and {attachments} attachments.</source>
        <translation>Добавлено демонстрационных записей: {records}, вложений: {attachments}.</translation>
    </message>
    <message>
        <source>Cancelled. Demo records added before you cancelled stay in the vault; move them to the bin if you do not want them.</source>
        <translation>Отменено. Демонстрационные записи, добавленные до отмены, остаются в хранилище; переместите их в корзину, если они вам не нужны.</translation>
    </message>
</context>
<context>
    <name>DemoFeature</name>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>Заполнить &amp;демонстрационными данными…</translation>
    </message>
    <message>
        <source>Add fictitious records to try npmdesk out or to train colleagues</source>
        <translation>Добавить вымышленные записи, чтобы опробовать npmdesk или обучить коллег</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy this vault on this device</source>
        <translation>Уничтожить это хранилище на этом устройстве</translation>
    </message>
    <message>
        <source>&lt;b&gt;This erases the vault on this computer at once and for good.&lt;/b&gt;&lt;br&gt;Its keys are overwritten first, so nobody can open it again: not with the passphrase, not with the recovery code. Backups elsewhere are not touched.&lt;br&gt;&lt;br&gt;To confirm, type the vault&apos;s name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Это сразу и навсегда стирает хранилище на этом компьютере.&lt;/b&gt;&lt;br&gt;Сначала перезаписываются его ключи, так что открыть его больше не сможет никто: ни парольной фразой, ни кодом восстановления. Резервные копии в других местах не затрагиваются.&lt;br&gt;&lt;br&gt;Для подтверждения введите название хранилища: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vault name to confirm the erase</source>
        <translation>Название хранилища для подтверждения стирания</translation>
    </message>
    <message>
        <source>&amp;Vault name:</source>
        <translation>&amp;Название хранилища:</translation>
    </message>
    <message>
        <source>&amp;Destroy the vault</source>
        <translation>&amp;Уничтожить хранилище</translation>
    </message>
    <message>
        <source>Destroy the vault</source>
        <translation>Уничтожить хранилище</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <source>Refused or withdrawn consent</source>
        <translation>Согласие не дано или отозвано</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>No return visit check yet</source>
        <translation>Проверки при повторном посещении пока нет</translation>
    </message>
    <message>
        <source>Add a return &amp;visit check…</source>
        <translation>&amp;Добавить проверку при повторном посещении…</translation>
    </message>
    <message>
        <source>Add a return visit check to this case</source>
        <translation>Добавить к этому случаю проверку при повторном посещении</translation>
    </message>
    <message>
        <source>Return visit check: {person}</source>
        <translation>Проверка при повторном посещении: {person}</translation>
    </message>
    <message>
        <source>Sensitivity: {name}</source>
        <translation>Степень конфиденциальности: {name}</translation>
    </message>
</context>
<context>
    <name>DialoguePanel</name>
    <message>
        <source>The State&apos;s reports and the NPM&apos;s assessment</source>
        <translation>Данные государства и оценка НПМ</translation>
    </message>
    <message>
        <source>Note about the report</source>
        <translation>Примечание о докладе</translation>
    </message>
    <message>
        <source>History of both statuses</source>
        <translation>История обоих статусов</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it</source>
        <translation>Проекты Специального фонда, которые её выполняют</translation>
    </message>
    <message>
        <source>Dialogue on this recommendation</source>
        <translation>Диалог по этой рекомендации</translation>
    </message>
    <message>
        <source>Its report is the SPT&apos;s annual report or guidance, which recommendations do not come from: when you next edit it, choose a visit report, the NPM&apos;s own report, or none.</source>
        <translation>Её доклад — ежегодный доклад Подкомитета или руководящие указания, а они не являются источником рекомендаций: при следующем редактировании выберите доклад о посещении, собственный доклад НПМ или ничего.</translation>
    </message>
    <message>
        <source>The State reports</source>
        <translation>По данным государства</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment</source>
        <translation>Оценка НПМ</translation>
    </message>
    <message>
        <source>The State has not reported a status.</source>
        <translation>Государство не сообщило статус.</translation>
    </message>
    <message>
        <source>The State reports: {text}</source>
        <translation>По данным государства: {text}</translation>
    </message>
    <message>
        <source>The NPM has not assessed it yet.</source>
        <translation>НПМ её ещё не оценил.</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment: {text}</source>
        <translation>Оценка НПМ: {text}</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>История (сначала старые):</translation>
    </message>
    <message>
        <source>State: {change}</source>
        <translation>Государство: {change}</translation>
    </message>
    <message>
        <source>NPM: {change}</source>
        <translation>НПМ: {change}</translation>
    </message>
    <message>
        <source>Dated: {date}</source>
        <translation>Дата: {date}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Подтверждение: {text}</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>без статуса</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>источник не указан</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>{when}: {status} ({source}), recorded {recorded}</source>
        <translation>{when}: {status} ({source}), зарегистрировано {recorded}</translation>
    </message>
    <message>
        <source>No Special Fund project implements it.</source>
        <translation>Её не выполняет ни один проект Специального фонда.</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it:</source>
        <translation>Проекты Специального фонда, которые её выполняют:</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>a new {kind}</source>
        <translation>новая запись «{kind}»</translation>
    </message>
    <message>
        <source>“{title}” ({kind})</source>
        <translation>«{title}» ({kind})</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Несохранённый черновик</translation>
    </message>
    <message>
        <source>You have an unsaved draft of {what}, kept {when}.</source>
        <translation>У вас есть несохранённый черновик: {what}, сохранён {when}.</translation>
    </message>
    <message>
        <source>Continue with it, or discard it?</source>
        <translation>Продолжить работу с ним или отбросить его?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>По&amp;зже</translation>
    </message>
    <message>
        <source>Continue the draft in its form</source>
        <translation>Продолжить черновик в его форме</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Отбросить черновик</translation>
    </message>
    <message>
        <source>Keep the draft and ask again next time</source>
        <translation>Сохранить черновик и спросить снова в следующий раз</translation>
    </message>
</context>
<context>
    <name>ExchangeFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export the selected records (or the record shown) as an encrypted, signed package; everything in the vault is a choice in the dialog</source>
        <translation>Экспортировать выбранные записи (или показанную запись) в виде зашифрованного подписанного пакета; любую запись хранилища можно выбрать в диалоге</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Selected…</source>
        <translation>Экспорт &amp;выбранного…</translation>
    </message>
    <message>
        <source>Export the records selected in the list</source>
        <translation>Экспортировать записи, выбранные в списке</translation>
    </message>
    <message>
        <source>Export &amp;with Linked Records…</source>
        <translation>Экспорт со &amp;связанными записями…</translation>
    </message>
    <message>
        <source>Export the record shown with its thread and linked records (a visit dossier, an annual-report submission)</source>
        <translation>Экспортировать показанную запись вместе с перепиской и связанными записями (досье посещения, представление ежегодного доклада)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Preview and import a package from the SPT or a colleague</source>
        <translation>Просмотреть и импортировать пакет от Подкомитета или коллеги</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Share My &amp;Keys…</source>
        <translation>Поделиться &amp;моими ключами…</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys, fingerprint and QR code</source>
        <translation>Показать открытые ключи, отпечаток и QR-код этого хранилища</translation>
    </message>
    <message>
        <source>Add &amp;Contact from Card…</source>
        <translation>Добавить &amp;контакт из карточки…</translation>
    </message>
    <message>
        <source>Add a contact with the keys from their contact card</source>
        <translation>Добавить контакт с ключами из его карточки контакта</translation>
    </message>
    <message>
        <source>Export with linked records</source>
        <translation>Экспорт со связанными записями</translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>npmdesk could not write the package: {reason}. Nothing was written.</source>
        <translation>npmdesk не удалось записать пакет: {reason}. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ExchangeNote</name>
    <message>
        <source>Conflict: edited on both sides. This record was changed here and, differently, in a package you imported. Your version is shown; the other one is in its history. Compare them, edit the record if something should change, then mark it as settled.</source>
        <translation>Конфликт: изменено с обеих сторон. Эта запись была изменена здесь и, по-другому, в импортированном вами пакете. Показана ваша версия; другая находится в её истории. Сравните их, отредактируйте запись, если что-то нужно изменить, и отметьте конфликт как урегулированный.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Compare versio&amp;ns…</source>
        <translation>Сравнить &amp;версии…</translation>
    </message>
    <message>
        <source>Compare the two versions in the record&apos;s history</source>
        <translation>Сравнить две версии в истории записи</translation>
    </message>
    <message>
        <source>Mark as &amp;settled</source>
        <translation>Отметить как &amp;урегулированный</translation>
    </message>
    <message>
        <source>Mark the conflict as settled</source>
        <translation>Отметить конфликт как урегулированный</translation>
    </message>
    <message>
        <source>Keys of this contact</source>
        <translation>Ключи этого контакта</translation>
    </message>
    <message>
        <source>Verify &amp;keys…</source>
        <translation>Проверить &amp;ключи…</translation>
    </message>
    <message>
        <source>Verify this contact&apos;s keys by comparing the fingerprint</source>
        <translation>Проверить ключи этого контакта, сверив отпечаток</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s devices (packages to it carry real names)</source>
        <translation>Одно из устройств нашего НПМ (пакеты для него содержат настоящие имена)</translation>
    </message>
    <message>
        <source>Only for a colleague&apos;s laptop whose keys you verified. Packages for it carry real names and records nobody may send to the SPT.</source>
        <translation>Только для ноутбука коллеги, ключи которого вы проверили. Пакеты для него содержат настоящие имена и записи, которые никому нельзя отправлять в Подкомитет.</translation>
    </message>
    <message>
        <source>When this record left the vault</source>
        <translation>Когда эта запись покидала хранилище</translation>
    </message>
    <message numerus="yes">
        <source>Left the vault %n time(s): last on {when} to {who} ({file}).</source>
        <translation>
            <numerusform>Покидала хранилище %n раз: последний раз {when}, получатель: {who} ({file}).</numerusform>
            <numerusform>Покидала хранилище %n раза: последний раз {when}, получатель: {who} ({file}).</numerusform>
            <numerusform>Покидала хранилище %n раз: последний раз {when}, получатель: {who} ({file}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Malformed key: a key stored for this contact is not a valid key. Edit the contact and clear it (or paste the right one).</source>
        <translation>Неверный ключ: сохранённый для этого контакта ключ недействителен. Отредактируйте контакт и очистите ключ (или вставьте правильный).</translation>
    </message>
    <message>
        <source>No keys yet: add them from this contact&apos;s card (File → Add Contact from Card…).</source>
        <translation>Ключей пока нет: добавьте их из карточки этого контакта (Файл → Добавить контакт из карточки…).</translation>
    </message>
    <message>
        <source>Age recipient only: packages can be exported for this contact, but none they send can be checked (no signing key).</source>
        <translation>Только получатель age: для этого контакта можно экспортировать пакеты, но ни один присланный им пакет нельзя проверить (нет ключа подписи).</translation>
    </message>
    <message>
        <source>Keys verified. Fingerprint {fingerprint}</source>
        <translation>Ключи проверены. Отпечаток {fingerprint}</translation>
    </message>
    <message>
        <source>Keys NOT verified yet. Fingerprint {fingerprint}: compare it with them by phone.</source>
        <translation>Ключи ещё НЕ проверены. Отпечаток {fingerprint}: сверьте его с владельцем по телефону.</translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>любой, у кого есть парольная фраза</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>PDF-отчёт</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>это хранилище</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading the records to export…</source>
        <translation>Чтение записей для экспорта…</translation>
    </message>
    <message>
        <source>Encrypting and signing the package…</source>
        <translation>Шифрование и подписание пакета…</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>строго конфиденциально</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>персональные данные без зарегистрированного согласия</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>для внутреннего пользования НПМ</translation>
    </message>
    <message>
        <source>They are strictly confidential, internal to the NPM, or they hold personal data without recorded consent. Names stay pseudonymised in the package (each record&apos;s aliases are set under People and consent in its form).</source>
        <translation>Они строго конфиденциальны, предназначены для внутреннего пользования НПМ или содержат персональные данные без зарегистрированного согласия. Имена в пакете остаются под псевдонимами (псевдонимы каждой записи задаются в разделе «Лица и согласие» её формы).</translation>
    </message>
    <message>
        <source>Left out of the package</source>
        <translation>Не включено в пакет</translation>
    </message>
    <message>
        <source>A person named in these records refused (or withdrew) consent to their transmission to the SPT. They stay in the vault: no confirmation can send them, and their attachments stay too. Records that link to them still go.</source>
        <translation>Лицо, упомянутое в этих записях, отказалось дать (или отозвало) согласие на их передачу в Подкомитет. Они остаются в хранилище: никакое подтверждение не позволит их отправить, и их вложения тоже остаются. Записи, ссылающиеся на них, всё же отправляются.</translation>
    </message>
    <message>
        <source>{title}: {people} refused transmission to the SPT</source>
        <translation>{title}: {people} — отказ от передачи в Подкомитет</translation>
    </message>
    <message>
        <source>{title}: consent to transmission was refused</source>
        <translation>{title}: в согласии на передачу отказано</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <source>The record &amp;shown</source>
        <translation>&amp;Показанная запись</translation>
    </message>
    <message numerus="yes">
        <source>The record with its &amp;linked records (%n)</source>
        <translation>
            <numerusform>Запись со &amp;связанными записями (%n)</numerusform>
            <numerusform>Запись со &amp;связанными записями (%n)</numerusform>
            <numerusform>Запись со &amp;связанными записями (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;document(s) only</source>
        <translation>Только &amp;документы</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected records (%n)</source>
        <translation>
            <numerusform>&amp;Выбранные записи (%n)</numerusform>
            <numerusform>&amp;Выбранные записи (%n)</numerusform>
            <numerusform>&amp;Выбранные записи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in the &amp;vault</source>
        <translation>&amp;Всё хранилище</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Select records in the list (Ctrl+click or Shift+click for several) and export again, or choose “Everything in the vault” above.</source>
        <translation>Пока ничего не выбрано. Выберите записи в списке (Ctrl+щелчок или Shift+щелчок для нескольких) и экспортируйте снова или выберите выше «Всё хранилище».</translation>
    </message>
    <message>
        <source>Add a &amp;recipient…</source>
        <translation>Добавить &amp;получателя…</translation>
    </message>
    <message>
        <source>“{name}” was added to your contacts and ticked. Their keys are NOT verified: before sending anything sensitive, open the contact and use Verify keys… to compare the fingerprint with them by phone.</source>
        <translation>«{name}» добавлен в ваши контакты и отмечен. Его ключи НЕ проверены: прежде чем отправлять что-либо важное, откройте контакт и с помощью «Проверить ключи…» сверьте с ним отпечаток по телефону.</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised), and nothing is left out.</source>
        <translation>Только для собственных устройств вашего НПМ: записи содержат настоящие имена (без псевдонимов), и ничего не исключается.</translation>
    </message>
    <message>
        <source>&amp;Mark the draft communications in the package as sent</source>
        <translation>&amp;Отметить черновики сообщений в пакете как отправленные</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will leave the vault, encrypted and signed,</source>
        <translation>
            <numerusform>%n запись покинет хранилище, зашифрованная и подписанная,</numerusform>
            <numerusform>%n записи покинут хранилище, зашифрованные и подписанные,</numerusform>
            <numerusform>%n записей покинут хранилище, зашифрованные и подписанные,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n attachment(s)</source>
        <translation>
            <numerusform>с %n вложением</numerusform>
            <numerusform>с %n вложениями</numerusform>
            <numerusform>с %n вложениями</numerusform>
        </translation>
    </message>
    <message>
        <source>({size}).</source>
        <translation>({size}).</translation>
    </message>
    <message numerus="yes">
        <source>The package also holds %n document(s).</source>
        <translation>
            <numerusform>Пакет также содержит %n документ.</numerusform>
            <numerusform>Пакет также содержит %n документа.</numerusform>
            <numerusform>Пакет также содержит %n документов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contacts the records name travel with them (%n contact(s)).</source>
        <translation>
            <numerusform>Контакты, упомянутые в записях, передаются вместе с ними (%n контакт).</numerusform>
            <numerusform>Контакты, упомянутые в записях, передаются вместе с ними (%n контакта).</numerusform>
            <numerusform>Контакты, упомянутые в записях, передаются вместе с ними (%n контактов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Document · {name} ({size})</source>
        <translation>Документ · {name} ({size})</translation>
    </message>
    <message>
        <source>keys verified</source>
        <translation>ключи проверены</translation>
    </message>
    <message>
        <source>keys NOT verified</source>
        <translation>ключи НЕ проверены</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one with “Add a recipient…” below, or choose a passphrase.</source>
        <translation>Ни у одного контакта ещё нет получателя age. Добавьте его кнопкой «Добавить получателя…» ниже или выберите парольную фразу.</translation>
    </message>
    <message>
        <source>Not verified yet: {names}. If a key is not really theirs, someone else could read the package. Compare the fingerprint with them first (Verify keys… on the contact).</source>
        <translation>Ещё не проверены: {names}. Если ключ на самом деле не принадлежит им, пакет сможет прочитать кто-то другой. Сначала сверьте с ними отпечаток («Проверить ключи…» у контакта).</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>парольная фраза</translation>
    </message>
    <message>
        <source>Exported {records} records and {attachments} attachments to {path} ({size}), encrypted for {who}. Signed by this vault: fingerprint {fingerprint}. The recipient can compare it with yours.</source>
        <translation>Экспортировано записей: {records}, вложений: {attachments} в {path} ({size}), зашифровано для: {who}. Подписано этим хранилищем: отпечаток {fingerprint}. Получатель может сверить его с вашим.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left out: consent to their transmission was refused.</source>
        <translation>
            <numerusform>Не включена %n запись: в согласии на её передачу отказано.</numerusform>
            <numerusform>Не включены %n записи: в согласии на их передачу отказано.</numerusform>
            <numerusform>Не включено %n записей: в согласии на их передачу отказано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) marked as sent.</source>
        <translation>
            <numerusform>%n черновик отмечен как отправленный.</numerusform>
            <numerusform>%n черновика отмечены как отправленные.</numerusform>
            <numerusform>%n черновиков отмечены как отправленные.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Экспорт отменён. Файл не записан.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Отменено до того, как что-либо было записано.</translation>
    </message>
    <message>
        <source>Save the encrypted package</source>
        <translation>Сохранить зашифрованный пакет</translation>
    </message>
    <message>
        <source>npmdesk packages (*{suffix})</source>
        <translation>Пакеты npmdesk (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <source>Everything in this &amp;list (%n)</source>
        <translation>
            <numerusform>Всё в этом &amp;списке (%n)</numerusform>
            <numerusform>Всё в этом &amp;списке (%n)</numerusform>
            <numerusform>Всё в этом &amp;списке (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export an encrypted package</source>
        <translation>Экспорт зашифрованного пакета</translation>
    </message>
    <message>
        <source>What leaves the vault</source>
        <translation>Что покидает хранилище</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>Записи в пакете</translation>
    </message>
    <message>
        <source>These records need your confirmation</source>
        <translation>Эти записи требуют вашего подтверждения</translation>
    </message>
    <message>
        <source>Records that need your confirmation</source>
        <translation>Записи, требующие вашего подтверждения</translation>
    </message>
    <message>
        <source>They are strictly confidential, or they hold personal data without recorded consent. Names stay pseudonymised in the package.</source>
        <translation>Они строго конфиденциальны или содержат персональные данные без зарегистрированного согласия. Имена в пакете остаются под псевдонимами.</translation>
    </message>
    <message>
        <source>I &amp;confirm these may leave the vault</source>
        <translation>&amp;Я подтверждаю, что они могут покинуть хранилище</translation>
    </message>
    <message>
        <source>I confirm these records may leave the vault</source>
        <translation>Я подтверждаю, что эти записи могут покинуть хранилище</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Проблема с подтверждением</translation>
    </message>
    <message>
        <source>Who can open the package</source>
        <translation>Кто может открыть пакет</translation>
    </message>
    <message>
        <source>&amp;Contacts (their age keys)</source>
        <translation>&amp;Контакты (их ключи age)</translation>
    </message>
    <message>
        <source>Encrypt for contacts</source>
        <translation>Зашифровать для контактов</translation>
    </message>
    <message>
        <source>Recipients: tick each contact who may open the package</source>
        <translation>Получатели: отметьте каждый контакт, который может открыть пакет</translation>
    </message>
    <message>
        <source>About the recipients</source>
        <translation>О получателях</translation>
    </message>
    <message>
        <source>Recipients problem</source>
        <translation>Проблема с получателями</translation>
    </message>
    <message>
        <source>A &amp;passphrase (tell it to the recipient by phone)</source>
        <translation>П&amp;арольная фраза (сообщите её получателю по телефону)</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Паро&amp;льная фраза:</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Проблема с парольной фразой</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Введите е&amp;щё раз:</translation>
    </message>
    <message>
        <source>Package passphrase again</source>
        <translation>Парольная фраза пакета ещё раз</translation>
    </message>
    <message>
        <source>Passphrase confirmation problem</source>
        <translation>Проблема с подтверждением парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Armored text (to paste into an e-mail) instead of a binary file</source>
        <translation>&amp;Текст в кодировке ASCII (для вставки в письмо) вместо двоичного файла</translation>
    </message>
    <message>
        <source>Write armored text</source>
        <translation>Записать текст в кодировке ASCII</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Проблема экспорта</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Состояние экспорта</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export: choose where to save the package</source>
        <translation>Экспорт: выберите, куда сохранить пакет</translation>
    </message>
</context>
<context>
    <name>Fields_annual_report</name>
    <message>
        <source>Annual report details</source>
        <translation>Сведения о ежегодном докладе</translation>
    </message>
    <message>
        <source>Ye&amp;ar *:</source>
        <translation>&amp;Год *:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Year problem</source>
        <translation>Год: проблема</translation>
    </message>
    <message>
        <source>National dead&amp;line:</source>
        <translation>Национальный &amp;срок:</translation>
    </message>
    <message>
        <source>National deadline</source>
        <translation>Национальный срок</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>National deadline problem</source>
        <translation>Национальный срок: проблема</translation>
    </message>
    <message>
        <source>Published nat&amp;ionally on:</source>
        <translation>Дата публикации в с&amp;тране:</translation>
    </message>
    <message>
        <source>Published nationally on</source>
        <translation>Дата публикации в стране</translation>
    </message>
    <message>
        <source>Published nationally on problem</source>
        <translation>Дата публикации в стране: проблема</translation>
    </message>
    <message>
        <source>National &amp;web page:</source>
        <translation>Национальная &amp;веб-страница:</translation>
    </message>
    <message>
        <source>National web page</source>
        <translation>Национальная веб-страница</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>National web page problem</source>
        <translation>Национальная веб-страница: проблема</translation>
    </message>
    <message>
        <source>Tabled in parlia&amp;ment on:</source>
        <translation>Дата внесения в &amp;парламент:</translation>
    </message>
    <message>
        <source>Tabled in parliament on</source>
        <translation>Дата внесения в парламент</translation>
    </message>
    <message>
        <source>Tabled in parliament on problem</source>
        <translation>Дата внесения в парламент: проблема</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Дата отправки:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Дата отправки: проблема</translation>
    </message>
    <message>
        <source>Languages sent (&amp;one per line):</source>
        <translation>Языки отправки (&amp;по одному в строке):</translation>
    </message>
    <message>
        <source>Languages sent</source>
        <translation>Языки отправки</translation>
    </message>
    <message>
        <source>Languages sent problem</source>
        <translation>Языки отправки: проблема</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged on:</source>
        <translation>Дата подтверждения &amp;получения:</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Дата подтверждения получения</translation>
    </message>
    <message>
        <source>Acknowledged on problem</source>
        <translation>Дата подтверждения получения: проблема</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on:</source>
        <translation>Дата размещения на сайте УВКПЧ:</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on</source>
        <translation>Дата размещения на сайте УВКПЧ</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on problem</source>
        <translation>Дата размещения на сайте УВКПЧ: проблема</translation>
    </message>
    <message>
        <source>Pu&amp;blished at:</source>
        <translation>Опу&amp;бликовано по адресу:</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Опубликовано по адресу</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>Опубликовано по адресу: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_communication</name>
    <message>
        <source>Communication details</source>
        <translation>Сведения о сообщении</translation>
    </message>
    <message>
        <source>D&amp;irection *:</source>
        <translation>&amp;Направление *:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Direction problem</source>
        <translation>Направление: проблема</translation>
    </message>
    <message>
        <source>Ch&amp;annel *:</source>
        <translation>&amp;Канал *:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>Канал: проблема</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>Participants problem</source>
        <translation>Участники: проблема</translation>
    </message>
    <message>
        <source>Rep&amp;ly by:</source>
        <translation>Ответить &amp;до:</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Reply by problem</source>
        <translation>Ответить до: проблема</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Переписка:</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Thread problem</source>
        <translation>Переписка: проблема</translation>
    </message>
    <message>
        <source>In reply t&amp;o:</source>
        <translation>В &amp;ответ на:</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>В ответ на</translation>
    </message>
    <message>
        <source>In reply to problem</source>
        <translation>В ответ на: проблема</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>Ре&amp;зультат:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Результат: проблема</translation>
    </message>
    <message>
        <source>Step o&amp;f the visit:</source>
        <translation>Этап по&amp;сещения:</translation>
    </message>
    <message>
        <source>Step of the visit</source>
        <translation>Этап посещения</translation>
    </message>
    <message>
        <source>Step of the visit problem</source>
        <translation>Этап посещения: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_contact</name>
    <message>
        <source>Contact details</source>
        <translation>Сведения о контакте</translation>
    </message>
    <message>
        <source>R&amp;ole *:</source>
        <translation>Р&amp;оль *:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Role problem</source>
        <translation>Роль: проблема</translation>
    </message>
    <message>
        <source>SPT reg&amp;ional team:</source>
        <translation>Региональная &amp;группа Подкомитета:</translation>
    </message>
    <message>
        <source>SPT regional team</source>
        <translation>Региональная группа Подкомитета</translation>
    </message>
    <message>
        <source>SPT regional team problem</source>
        <translation>Региональная группа Подкомитета: проблема</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>Страны:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>Countries problem</source>
        <translation>Страны: проблема</translation>
    </message>
    <message>
        <source>Org&amp;anisation:</source>
        <translation>Органи&amp;зация:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Organisation problem</source>
        <translation>Организация: проблема</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>&amp;Электронная почта:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Электронная почта: проблема</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>Телефон: проблема</translation>
    </message>
    <message>
        <source>Term start:</source>
        <translation>Начало срока полномочий:</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Начало срока полномочий</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Term start problem</source>
        <translation>Начало срока полномочий: проблема</translation>
    </message>
    <message>
        <source>Term end:</source>
        <translation>Окончание срока полномочий:</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Окончание срока полномочий</translation>
    </message>
    <message>
        <source>Term end problem</source>
        <translation>Окончание срока полномочий: проблема</translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation>Получатель age:</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>Получатель age</translation>
    </message>
    <message>
        <source>age recipient problem</source>
        <translation>Получатель age: проблема</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Ключ подпис&amp;и:</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ключ подписи</translation>
    </message>
    <message>
        <source>Signing key problem</source>
        <translation>Ключ подписи: проблема</translation>
    </message>
    <message>
        <source>Keys verified</source>
        <translation>Ключи проверены</translation>
    </message>
    <message>
        <source>Keys veri&amp;fied</source>
        <translation>Ключи провер&amp;ены</translation>
    </message>
    <message>
        <source>Keys verified problem</source>
        <translation>Ключи проверены: проблема</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own devices</source>
        <translation>Одно из устройств нашего НПМ</translation>
    </message>
    <message>
        <source>Packages for a verified contact marked as one of your NPM&apos;s devices carry real names. The mark counts only while its keys are verified.</source>
        <translation>Пакеты для проверенного контакта, отмеченного как устройство вашего НПМ, содержат настоящие имена. Отметка действует, только пока его ключи проверены.</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own de&amp;vices (packages to it carry real names)</source>
        <translation>Одно из &amp;устройств нашего НПМ (пакеты для него содержат настоящие имена)</translation>
    </message>
    <message>
        <source>Own device problem</source>
        <translation>Собственное устройство: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_interpretation_request</name>
    <message>
        <source>Request for advice: details</source>
        <translation>Запрос о консультации: сведения</translation>
    </message>
    <message>
        <source>Type of re&amp;quest:</source>
        <translation>Вид &amp;запроса:</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Вид запроса</translation>
    </message>
    <message>
        <source>Type of request problem</source>
        <translation>Вид запроса: проблема</translation>
    </message>
    <message>
        <source>&amp;Question *:</source>
        <translation>&amp;Вопрос *:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Question problem</source>
        <translation>Вопрос: проблема</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>Дата о&amp;тправки:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Дата отправки: проблема</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>О&amp;твет:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Answer problem</source>
        <translation>Ответ: проблема</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Дата от&amp;вета:</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Answered on problem</source>
        <translation>Дата ответа: проблема</translation>
    </message>
    <message>
        <source>Pu&amp;blished in:</source>
        <translation>Опу&amp;бликован в:</translation>
    </message>
    <message>
        <source>Answer published in</source>
        <translation>Ответ опубликован в</translation>
    </message>
    <message>
        <source>Where the answer was published, if it was: document symbol, annex</source>
        <translation>Где опубликован ответ, если он опубликован: условное обозначение документа, приложение</translation>
    </message>
    <message>
        <source>CAT/OP/12/6, annex</source>
        <translation>CAT/OP/12/6, приложение</translation>
    </message>
    <message>
        <source>Answer published in problem</source>
        <translation>Ответ опубликован в: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_place</name>
    <message>
        <source>Place details</source>
        <translation>Сведения о месте</translation>
    </message>
    <message>
        <source>Type &amp;of place *:</source>
        <translation>&amp;Вид места *:</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Вид места</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Type of place problem</source>
        <translation>Вид места: проблема</translation>
    </message>
    <message>
        <source>Reg&amp;ion:</source>
        <translation>Ре&amp;гион:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Region problem</source>
        <translation>Регион: проблема</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Адрес: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_recommendation</name>
    <message>
        <source>Recommendation details</source>
        <translation>Сведения о рекомендации</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>&amp;Доклад:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation>Доклад: проблема</translation>
    </message>
    <message>
        <source>P&amp;aragraph:</source>
        <translation>П&amp;ункт:</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Paragraph problem</source>
        <translation>Пункт: проблема</translation>
    </message>
    <message>
        <source>Addressee *:</source>
        <translation>Адресат *:</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Addressee problem</source>
        <translation>Адресат: проблема</translation>
    </message>
    <message>
        <source>Responsi&amp;ble authority:</source>
        <translation>Ответственный &amp;орган:</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Ответственный орган</translation>
    </message>
    <message>
        <source>Ministry or body</source>
        <translation>Министерство или ведомство</translation>
    </message>
    <message>
        <source>Responsible authority problem</source>
        <translation>Ответственный орган: проблема</translation>
    </message>
    <message>
        <source>Priority or ti&amp;meframe:</source>
        <translation>Приоритет или с&amp;рок:</translation>
    </message>
    <message>
        <source>Priority or timeframe</source>
        <translation>Приоритет или срок</translation>
    </message>
    <message>
        <source>Priority or timeframe problem</source>
        <translation>Приоритет или срок: проблема</translation>
    </message>
    <message>
        <source>State&apos;s reported status:</source>
        <translation>Статус по данным государства:</translation>
    </message>
    <message>
        <source>State&apos;s reported status</source>
        <translation>Статус по данным государства</translation>
    </message>
    <message>
        <source>State&apos;s reported status problem</source>
        <translation>Статус по данным государства: проблема</translation>
    </message>
    <message>
        <source>State&apos;s status dated:</source>
        <translation>Дата статуса по данным государства:</translation>
    </message>
    <message>
        <source>State&apos;s status dated</source>
        <translation>Дата статуса по данным государства</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>State&apos;s status dated problem</source>
        <translation>Дата статуса по данным государства: проблема</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status:</source>
        <translation>Источник статуса по данным государства:</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status</source>
        <translation>Источник статуса по данным государства</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status problem</source>
        <translation>Источник статуса по данным государства: проблема</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Подт&amp;верждение:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation>Подтверждение: проблема</translation>
    </message>
    <message>
        <source>Date o&amp;f evidence:</source>
        <translation>Дата подт&amp;верждения:</translation>
    </message>
    <message>
        <source>Date of evidence</source>
        <translation>Дата подтверждения</translation>
    </message>
    <message>
        <source>Date of evidence problem</source>
        <translation>Дата подтверждения: проблема</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment:</source>
        <translation>Источник оценки НПМ:</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment</source>
        <translation>Источник оценки НПМ</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment problem</source>
        <translation>Источник оценки НПМ: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_reminder</name>
    <message>
        <source>Reminder details</source>
        <translation>Сведения о напоминании</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>&amp;Касается:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Касается</translation>
    </message>
    <message>
        <source>About problem</source>
        <translation>Касается: проблема</translation>
    </message>
    <message>
        <source>Repeats every year</source>
        <translation>Повторять ежегодно</translation>
    </message>
    <message>
        <source>Repe&amp;ats every year</source>
        <translation>Повторять е&amp;жегодно</translation>
    </message>
    <message>
        <source>Repeats every year problem</source>
        <translation>Повторять ежегодно: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_report</name>
    <message>
        <source>Report details</source>
        <translation>Сведения о докладе</translation>
    </message>
    <message>
        <source>Type &amp;of report *:</source>
        <translation>&amp;Вид доклада *:</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Вид доклада</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Type of report problem</source>
        <translation>Вид доклада: проблема</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>По&amp;сещение:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Visit problem</source>
        <translation>Посещение: проблема</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <source>Con&amp;fidential</source>
        <translation>Кон&amp;фиденциально</translation>
    </message>
    <message>
        <source>Confidential problem</source>
        <translation>Конфиденциально: проблема</translation>
    </message>
    <message>
        <source>Pu&amp;blished on:</source>
        <translation>Дата пу&amp;бликации:</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Дата публикации</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Published on problem</source>
        <translation>Дата публикации: проблема</translation>
    </message>
    <message>
        <source>Pub&amp;lished at:</source>
        <translation>Опубликовано по адре&amp;су:</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Опубликовано по адресу</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>Опубликовано по адресу: проблема</translation>
    </message>
    <message>
        <source>Trans&amp;mitted on:</source>
        <translation>Дата пре&amp;провождения:</translation>
    </message>
    <message>
        <source>Transmitted on</source>
        <translation>Дата препровождения</translation>
    </message>
    <message>
        <source>Transmitted on problem</source>
        <translation>Дата препровождения: проблема</translation>
    </message>
    <message>
        <source>Ho&amp;w obtained:</source>
        <translation>Как по&amp;лучен:</translation>
    </message>
    <message>
        <source>How the NPM obtained it</source>
        <translation>Как НПМ его получил</translation>
    </message>
    <message>
        <source>How the NPM obtained it problem</source>
        <translation>Как НПМ его получил: проблема</translation>
    </message>
    <message>
        <source>Reply re&amp;quested by:</source>
        <translation>Срок о&amp;твета:</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: transmission + the reply period)</source>
        <translation>ГГГГ-ММ-ДД (пусто: препровождение + срок ответа)</translation>
    </message>
    <message>
        <source>Reply due problem</source>
        <translation>Срок ответа: проблема</translation>
    </message>
    <message>
        <source>Reply received (d&amp;ate):</source>
        <translation>Ответ получен (д&amp;ата):</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Дата получения ответа</translation>
    </message>
    <message>
        <source>Reply received on problem</source>
        <translation>Дата получения ответа: проблема</translation>
    </message>
    <message>
        <source>Publication decision:</source>
        <translation>Решение о публикации:</translation>
    </message>
    <message>
        <source>Publication decision</source>
        <translation>Решение о публикации</translation>
    </message>
    <message>
        <source>Publication decision problem</source>
        <translation>Решение о публикации: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_reprisal_check</name>
    <message>
        <source>Reprisal check details</source>
        <translation>Сведения о проверке на репрессалии</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>По&amp;сещение:</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Visit problem</source>
        <translation>Посещение: проблема</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Place problem</source>
        <translation>Место: проблема</translation>
    </message>
    <message>
        <source>Pe&amp;ople met:</source>
        <translation>С кем вст&amp;речались:</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>С кем встречались</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>People met problem</source>
        <translation>С кем встречались: проблема</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>Ре&amp;зультат:</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>Результат: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_special_fund</name>
    <message>
        <source>Special Fund application details</source>
        <translation>Сведения о заявке в Специальный фонд</translation>
    </message>
    <message>
        <source>C&amp;all year:</source>
        <translation>Год ко&amp;нкурса:</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Год конкурса</translation>
    </message>
    <message>
        <source>Call year problem</source>
        <translation>Год конкурса: проблема</translation>
    </message>
    <message>
        <source>Purp&amp;ose *:</source>
        <translation>&amp;Цель *:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Purpose problem</source>
        <translation>Цель: проблема</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>С&amp;умма:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Сумма: проблема</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation>Валюта: проблема</translation>
    </message>
    <message>
        <source>Implements the pu&amp;blished report:</source>
        <translation>Выполняет опу&amp;бликованный доклад:</translation>
    </message>
    <message>
        <source>Implements the published report</source>
        <translation>Выполняет опубликованный доклад</translation>
    </message>
    <message>
        <source>Implements the published report problem</source>
        <translation>Выполняет опубликованный доклад: проблема</translation>
    </message>
    <message>
        <source>Recommendat&amp;ions:</source>
        <translation>Реко&amp;мендации:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Recommendations problem</source>
        <translation>Рекомендации: проблема</translation>
    </message>
    <message>
        <source>Pro&amp;ject starts:</source>
        <translation>Начало про&amp;екта:</translation>
    </message>
    <message>
        <source>Project starts</source>
        <translation>Начало проекта</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Project starts problem</source>
        <translation>Начало проекта: проблема</translation>
    </message>
    <message>
        <source>Project ends:</source>
        <translation>Окончание проекта:</translation>
    </message>
    <message>
        <source>Project ends</source>
        <translation>Окончание проекта</translation>
    </message>
    <message>
        <source>Project ends problem</source>
        <translation>Окончание проекта: проблема</translation>
    </message>
    <message>
        <source>&amp;Fund report due:</source>
        <translation>Срок отчёта для &amp;фонда:</translation>
    </message>
    <message>
        <source>Fund report due</source>
        <translation>Срок отчёта для фонда</translation>
    </message>
    <message>
        <source>Fund report due problem</source>
        <translation>Срок отчёта для фонда: проблема</translation>
    </message>
    <message>
        <source>Permanent Mission informed on:</source>
        <translation>Дата уведомления постоянного представительства:</translation>
    </message>
    <message>
        <source>Permanent Mission informed on</source>
        <translation>Дата уведомления постоянного представительства</translation>
    </message>
    <message>
        <source>Permanent Mission informed on problem</source>
        <translation>Дата уведомления постоянного представительства: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_update</name>
    <message>
        <source>Update details</source>
        <translation>Сведения о новой информации</translation>
    </message>
    <message>
        <source>Type &amp;of update *:</source>
        <translation>&amp;Вид информации *:</translation>
    </message>
    <message>
        <source>Type of update</source>
        <translation>Вид информации</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Type of update problem</source>
        <translation>Вид информации: проблема</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>П&amp;роблема:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Issue problem</source>
        <translation>Проблема: проблема</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>Дата о&amp;тправки:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Дата отправки</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Дата отправки: проблема</translation>
    </message>
</context>
<context>
    <name>Fields_visit</name>
    <message>
        <source>Visit details</source>
        <translation>Сведения о посещении</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>Дата на&amp;чала:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Start date problem</source>
        <translation>Дата начала: проблема</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Дата окончания:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>End date problem</source>
        <translation>Дата окончания: проблема</translation>
    </message>
    <message>
        <source>Ann&amp;ounced on:</source>
        <translation>Дата объ&amp;явления:</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Дата объявления</translation>
    </message>
    <message>
        <source>Announced on problem</source>
        <translation>Дата объявления: проблема</translation>
    </message>
    <message>
        <source>Chec&amp;klist items done:</source>
        <translation>Выполненные п&amp;ункты:</translation>
    </message>
    <message>
        <source>Checklist items done</source>
        <translation>Выполненные пункты</translation>
    </message>
    <message>
        <source>Checklist items done problem</source>
        <translation>Выполненные пункты: проблема</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>Мес&amp;та:</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Places problem</source>
        <translation>Места: проблема</translation>
    </message>
    <message>
        <source>The&amp;mes:</source>
        <translation>Те&amp;мы:</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>Themes problem</source>
        <translation>Темы: проблема</translation>
    </message>
    <message>
        <source>Type of v&amp;isit:</source>
        <translation>&amp;Вид посещения:</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Вид посещения</translation>
    </message>
    <message>
        <source>Type of visit problem</source>
        <translation>Вид посещения: проблема</translation>
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
        <translation>{date} — несуществующая дата: месяцы нумеруются от 01 до 12.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} — несуществующая дата: в месяце {month} всего {days} дн.</translation>
    </message>
</context>
<context>
    <name>FundCallDialog</name>
    <message>
        <source>Special Fund call for {year}</source>
        <translation>Конкурс Специального фонда на {year} год</translation>
    </message>
    <message>
        <source>Use the dates and largest grant OHCHR announced for this year&apos;s call.</source>
        <translation>Используйте даты и максимальный размер гранта, объявленные УВКПЧ для конкурса этого года.</translation>
    </message>
    <message>
        <source>Call opens</source>
        <translation>Начало приёма заявок</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>Окончание приёма заявок</translation>
    </message>
    <message>
        <source>Largest grant in US dollars</source>
        <translation>Максимальный грант в долларах США</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Use the reference dates</source>
        <translation>Использовать справочные даты</translation>
    </message>
    <message>
        <source>Save these dates</source>
        <translation>Сохранить эти даты</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FundCallNote</name>
    <message>
        <source>Special Fund call for applications</source>
        <translation>Конкурс заявок Специального фонда</translation>
    </message>
    <message>
        <source>Warning about the amount</source>
        <translation>Предупреждение о сумме</translation>
    </message>
    <message>
        <source>Change the call&apos;s dates…</source>
        <translation>Изменить даты конкурса…</translation>
    </message>
    <message>
        <source>Change the dates and largest grant of this call</source>
        <translation>Изменить даты и максимальный грант этого конкурса</translation>
    </message>
    <message>
        <source>Call for applications {year}: {opens} to {closes}; grants up to USD {grant}.</source>
        <translation>Конкурс заявок {year}: с {opens} по {closes}; гранты до {grant} долл. США.</translation>
    </message>
    <message>
        <source>(usual dates: confirm them against this year&apos;s call)</source>
        <translation>(обычные даты: сверьте их с конкурсом этого года)</translation>
    </message>
    <message>
        <source>The amount is more than the largest grant of this call; you can still save it.</source>
        <translation>Сумма превышает максимальный грант этого конкурса; сохранить её всё равно можно.</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>Read the guide that comes with npmdesk (no network needed)</source>
        <translation>Прочитать руководство, прилагаемое к npmdesk (сеть не нужна)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>История «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Now at version %n.</source>
        <translation>
            <numerusform>Сейчас версия %n.</numerusform>
            <numerusform>Сейчас версия %n.</numerusform>
            <numerusform>Сейчас версия %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions, newest first:</source>
        <translation>Прежние версии, сначала новые:</translation>
    </message>
    <message>
        <source>There are no earlier versions.</source>
        <translation>Прежних версий нет.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Left the vault</source>
        <translation>Покидала хранилище</translation>
    </message>
    <message>
        <source>&amp;Text of this version:</source>
        <translation>&amp;Текст этой версии:</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Текст выбранной версии</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Закрыть историю</translation>
    </message>
    <message>
        <source>Left the vault on {when}, in {file}, for: {who}. Saved by {by}.</source>
        <translation>Покинула хранилище {when}, в файле {file}, для: {who}. Сохранено: {by}.</translation>
    </message>
    <message>
        <source>Fingerprints: {fingerprints}</source>
        <translation>Отпечатки: {fingerprints}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your keys: {name}</source>
        <translation>Ваши ключи: {name}</translation>
    </message>
    <message>
        <source>Your keys</source>
        <translation>Ваши ключи</translation>
    </message>
    <message>
        <source>Scanning it gives the text of your contact card.</source>
        <translation>При сканировании получается текст вашей карточки контакта.</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>Ваша карточка контакта</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>Ваш получатель age</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <source>{what} was copied. Paste it into your message; the clipboard is cleared after a while.</source>
        <translation>{what}: скопировано. Вставьте в своё сообщение; буфер обмена через некоторое время очищается.</translation>
    </message>
    <message>
        <source>For recipients without npmdesk (OpenSSH allowed_signers line):</source>
        <translation>Для получателей без npmdesk (строка allowed_signers для OpenSSH):</translation>
    </message>
    <message>
        <source>Your OpenSSH allowed_signers line</source>
        <translation>Ваша строка allowed_signers для OpenSSH</translation>
    </message>
    <message>
        <source>Copy for &amp;OpenSSH</source>
        <translation>Копировать &amp;для OpenSSH</translation>
    </message>
    <message>
        <source>Copy your OpenSSH allowed_signers line</source>
        <translation>Скопировать вашу строку allowed_signers для OpenSSH</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Share my keys</source>
        <translation>Поделиться моими ключами</translation>
    </message>
    <message>
        <source>What to give to whom</source>
        <translation>Что и кому передавать</translation>
    </message>
    <message>
        <source>Give your contact card (the QR code, or the text copied with Copy card) to the SPT members, the Secretariat and colleagues who exchange packages with you. It holds two public keys: your age recipient, with which they encrypt packages for you, and your signing key, with which they check that packages really come from you. Both may travel by e-mail.&lt;br&gt;&lt;br&gt;Then read them your &lt;b&gt;fingerprint&lt;/b&gt; by phone or in person, never in the same e-mail: when it matches what their npmdesk shows, they mark your keys as verified. Never give anyone your vault passphrase or recovery code.</source>
        <translation>Передайте свою карточку контакта (QR-код или текст, скопированный кнопкой «Копировать карточку») членам Подкомитета, секретариату и коллегам, которые обмениваются с вами пакетами. Она содержит два открытых ключа: ваш получатель age, которым они шифруют для вас пакеты, и ваш ключ подписи, которым они проверяют, что пакеты действительно от вас. Оба можно пересылать по электронной почте.&lt;br&gt;&lt;br&gt;Затем прочитайте им свой &lt;b&gt;отпечаток&lt;/b&gt; по телефону или лично, но никогда не в том же письме: если он совпадает с тем, что показывает их npmdesk, они отмечают ваши ключи как проверенные. Никогда никому не сообщайте парольную фразу или код восстановления своего хранилища.</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>QR-код вашей карточки контакта</translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for you with it):</source>
        <translation>Получатель age (им другие шифруют для вас пакеты):</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>Ваш получатель age</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages you export):</source>
        <translation>Ключ подписи (им подписываются экспортируемые вами пакеты):</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Ваш ключ подписи</translation>
    </message>
    <message>
        <source>Fingerprint (read it to the other person by phone):</source>
        <translation>Отпечаток (прочитайте его собеседнику по телефону):</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>Ваш отпечаток</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Состояние копирования</translation>
    </message>
    <message>
        <source>Copy &amp;card</source>
        <translation>Копировать &amp;карточку</translation>
    </message>
    <message>
        <source>Copy your whole contact card</source>
        <translation>Копировать всю карточку контакта</translation>
    </message>
    <message>
        <source>Copy &amp;recipient</source>
        <translation>Копировать &amp;получателя</translation>
    </message>
    <message>
        <source>Copy your age recipient</source>
        <translation>Копировать ваш получатель age</translation>
    </message>
    <message>
        <source>Copy &amp;signing key</source>
        <translation>Копировать ключ &amp;подписи</translation>
    </message>
    <message>
        <source>Copy your signing key</source>
        <translation>Копировать ваш ключ подписи</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Opening the package and checking its signature…</source>
        <translation>Открытие пакета и проверка его подписи…</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Отпечаток: {fingerprint}</translation>
    </message>
    <message>
        <source>Importing: checking every record and file, then saving them all at once…</source>
        <translation>Импорт: проверка каждой записи и каждого файла, затем сохранение всего сразу…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлена</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <source>Already newer here</source>
        <translation>Здесь уже новее</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Удалена здесь</translation>
    </message>
    <message>
        <source>Deleted here, changed by the sender</source>
        <translation>Удалена здесь, изменена отправителем</translation>
    </message>
    <message>
        <source>Real names filled in (from one of your NPM&apos;s own devices)</source>
        <translation>Подставлены настоящие имена (с одного из устройств вашего НПМ)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted in this vault are not brought back.</source>
        <translation>
            <numerusform>%n запись, удалённая в этом хранилище, не восстанавливается.</numerusform>
            <numerusform>%n записи, удалённые в этом хранилище, не восстанавливаются.</numerusform>
            <numerusform>%n записей, удалённых в этом хранилище, не восстанавливаются.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) arrive without their keys: another contact (or this vault) already has those keys.</source>
        <translation>
            <numerusform>%n новый контакт поступает без ключей: эти ключи уже есть у другого контакта (или у этого хранилища).</numerusform>
            <numerusform>%n новых контакта поступают без ключей: эти ключи уже есть у другого контакта (или у этого хранилища).</numerusform>
            <numerusform>%n новых контактов поступают без ключей: эти ключи уже есть у другого контакта (или у этого хранилища).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in this vault: tick to bring it back from this package</source>
        <translation>Удалена в этом хранилище: отметьте, чтобы восстановить её из этого пакета</translation>
    </message>
    <message>
        <source>Package from {npm} ({user}), made {when}.</source>
        <translation>Пакет от {npm} ({user}), создан {when}.</translation>
    </message>
    <message>
        <source>an unnamed NPM</source>
        <translation>НПМ без названия</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>неизвестный пользователь</translation>
    </message>
    <message>
        <source>It carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>Он содержит настоящие имена: он получен с одного из устройств вашего НПМ.</translation>
    </message>
    <message>
        <source>This vault (a package you exported yourself).</source>
        <translation>Это хранилище (пакет, который вы экспортировали сами).</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys you verified.</source>
        <translation>{name}, контакт, ключи которого вы проверили.</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys are NOT verified yet.</source>
        <translation>{name}, контакт, ключи которого ещё НЕ проверены.</translation>
    </message>
    <message>
        <source>An UNKNOWN key: it belongs to none of your contacts.</source>
        <translation>НЕИЗВЕСТНЫЙ ключ: он не принадлежит ни одному из ваших контактов.</translation>
    </message>
    <message>
        <source>Before importing, call the sender on a number you already know and ask them to read their fingerprint (File → Share My Keys… in their npmdesk). Import only if it is exactly the one above.</source>
        <translation>Перед импортом позвоните отправителю по уже известному вам номеру и попросите прочитать его отпечаток (Файл → Поделиться моими ключами… в его npmdesk). Импортируйте, только если он точно совпадает с указанным выше.</translation>
    </message>
    <message>
        <source>What will change — {counts}.</source>
        <translation>Что изменится — {counts}.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>нет записей</translation>
    </message>
    <message numerus="yes">
        <source>%n new attachment(s)</source>
        <translation>
            <numerusform>%n новое вложение</numerusform>
            <numerusform>%n новых вложения</numerusform>
            <numerusform>%n новых вложений</numerusform>
        </translation>
    </message>
    <message>
        <source>(package: {size}).</source>
        <translation>(пакет: {size}).</translation>
    </message>
    <message>
        <source>Records edited on both sides keep your version; the other one joins their history, and they are marked for you to compare.</source>
        <translation>Для записей, изменённых с обеих сторон, сохраняется ваша версия; другая добавляется в их историю, и они помечаются, чтобы вы их сравнили.</translation>
    </message>
    <message>
        <source>To bring one back from this package, tick it in the list.</source>
        <translation>Чтобы восстановить запись из этого пакета, отметьте её в списке.</translation>
    </message>
    <message>
        <source>Nothing to import: your vault already has all of it.</source>
        <translation>Импортировать нечего: в вашем хранилище всё это уже есть.</translation>
    </message>
    <message numerus="yes">
        <source>Imported — {counts}; %n new attachment(s).</source>
        <translation>
            <numerusform>Импортировано — {counts}; %n новое вложение.</numerusform>
            <numerusform>Импортировано — {counts}; %n новых вложения.</numerusform>
            <numerusform>Импортировано — {counts}; %n новых вложений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: each is marked “Edited on both sides”. Open it (double-click it below), compare the versions in its History, then mark it as settled.</source>
        <translation>
            <numerusform>%n запись изменена с обеих сторон: она помечена «Изменено с обеих сторон». Откройте её (двойной щелчок ниже), сравните версии в её истории, затем отметьте конфликт как урегулированный.</numerusform>
            <numerusform>%n записи изменены с обеих сторон: каждая помечена «Изменено с обеих сторон». Откройте её (двойной щелчок ниже), сравните версии в её истории, затем отметьте конфликт как урегулированный.</numerusform>
            <numerusform>%n записей изменены с обеих сторон: каждая помечена «Изменено с обеих сторон». Откройте её (двойной щелчок ниже), сравните версии в её истории, затем отметьте конфликт как урегулированный.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>npmdesk packages (*.age);;All files (*)</source>
        <translation>Пакеты npmdesk (*.age);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import a package</source>
        <translation>Импорт пакета</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Файл пакета</translation>
    </message>
    <message>
        <source>Who made the package</source>
        <translation>Кто создал пакет</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Who signed the package</source>
        <translation>Кто подписал пакет</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписавший</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Отпечаток подписавшего</translation>
    </message>
    <message>
        <source>What to do about the signer</source>
        <translation>Что делать с подписавшим</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint with the sender</source>
        <translation>Я &amp;сверил отпечаток с отправителем</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the sender</source>
        <translation>Я сверил отпечаток с отправителем</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>Что изменится</translation>
    </message>
    <message>
        <source>Records in the package and what happens to each</source>
        <translation>Записи в пакете и что будет с каждой</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Проблема импорта</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Состояние импорта</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>Enter the pass&amp;phrase…</source>
        <translation>Ввести &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>Enter the package passphrase</source>
        <translation>Ввести парольную фразу пакета</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import the package into the vault</source>
        <translation>Импортировать пакет в хранилище</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Восстановить резервную копию в новую папку</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>Хранилище в порядке: обе проверки целостности пройдены.</translation>
    </message>
    <message>
        <source>The vault is damaged: {count} problem(s) found. Some records or files may be unreadable. Restore your latest backup into a new folder (Vault → Restore a Backup…), then work in the restored vault; this vault is not changed.</source>
        <translation>Хранилище повреждено: найдено проблем — {count}. Некоторые записи или файлы могут не читаться. Восстановите последнюю резервную копию в новую папку (Хранилище → Восстановить из резервной копии…) и работайте в восстановленном хранилище; это хранилище не изменяется.</translation>
    </message>
    <message>
        <source>Check the vault&apos;s integrity</source>
        <translation>Проверить целостность хранилища</translation>
    </message>
    <message>
        <source>Checking every page of the vault. This can take a while for a large vault…</source>
        <translation>Проверка каждой страницы хранилища. Для большого хранилища это может занять время…</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Отменить проверку</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>Проверка отменена. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Integrity check in progress</source>
        <translation>Идёт проверка целостности</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source>time zone not given</source>
        <translation>часовой пояс не указан</translation>
    </message>
    <message>
        <source>{date}, {time} {zone}</source>
        <translation>{date}, {time} {zone}</translation>
    </message>
    <message>
        <source>No sender</source>
        <translation>Без отправителя</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(без темы)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Уже в хранилище</translation>
    </message>
    <message>
        <source>Reply to a message in the vault</source>
        <translation>Ответ на сообщение из хранилища</translation>
    </message>
    <message>
        <source>Reply to a message in these files</source>
        <translation>Ответ на сообщение из этих файлов</translation>
    </message>
    <message>
        <source>Reply to a message not in the vault</source>
        <translation>Ответ на сообщение, которого нет в хранилище</translation>
    </message>
    <message>
        <source>New: {new}. Already in the vault: {duplicates}. Cannot be read: {failures}.</source>
        <translation>Новых: {new}. Уже в хранилище: {duplicates}. Не удалось прочитать: {failures}.</translation>
    </message>
    <message numerus="yes">
        <source>%n email message(s) imported.</source>
        <translation>
            <numerusform>Импортировано %n письмо.</numerusform>
            <numerusform>Импортировано %n письма.</numerusform>
            <numerusform>Импортировано %n писем.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped message</source>
        <translation>Перетащенное сообщение</translation>
    </message>
    <message>
        <source>A message not in this vault: {message_id}</source>
        <translation>Сообщение, которого нет в этом хранилище: {message_id}</translation>
    </message>
    <message>
        <source>{item} — the original message</source>
        <translation>{item} — исходное сообщение</translation>
    </message>
    <message>
        <source>The message exactly as it was saved from the mail program, byte for byte.
SHA-256: {sha256}</source>
        <translation>Сообщение точно в том виде, в каком оно было сохранено из почтовой программы, байт в байт.
SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Import Email</source>
        <translation>Импорт электронной почты</translation>
    </message>
    <message>
        <source>Thunderbird offered these messages from a server folder (IMAP, news or Exchange), which npmdesk cannot read without the network: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>Thunderbird предложил эти сообщения из папки на сервере (IMAP, новости или Exchange), которую npmdesk не может прочитать без сети: сначала перетащите их на рабочий стол или в папку, затем перетащите файлы сюда. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where these messages are stored: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>Thunderbird не сообщил, где хранятся эти сообщения: сначала перетащите их на рабочий стол или в папку, затем перетащите файлы сюда. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Outlook offers dragged messages in a form npmdesk cannot read: drag them to a folder first (or File → Save As, Outlook Message Format), then drop the .msg files here. Nothing was imported.</source>
        <translation>Outlook передаёт перетаскиваемые сообщения в виде, который npmdesk не может прочитать: сначала перетащите их в папку (или Файл → Сохранить как, формат сообщения Outlook), затем перетащите сюда файлы .msg. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Apple Mail offers dragged messages in a form npmdesk cannot read: drag them to a folder first (they become .eml files), then drop the files here. Nothing was imported.</source>
        <translation>Apple Mail передаёт перетаскиваемые сообщения в виде, который npmdesk не может прочитать: сначала перетащите их в папку (они станут файлами .eml), затем перетащите файлы сюда. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The mail program offered these messages only as files it would write itself: drag them to a folder first, then drop the files here. Nothing was imported.</source>
        <translation>Почтовая программа предложила эти сообщения только как файлы, которые она записала бы сама: сначала перетащите их в папку, затем перетащите файлы сюда. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>MailImportDialog</name>
    <message>
        <source>Import Email</source>
        <translation>Импорт электронной почты</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Импорт электронной почты</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Чтение сообщений…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <source>npmdesk cannot tell which of these messages your organisation sent: its email addresses are not set, so every message counts as received.</source>
        <translation>npmdesk не может определить, какие из этих сообщений отправила ваша организация: её адреса электронной почты не заданы, поэтому все сообщения считаются полученными.</translation>
    </message>
    <message>
        <source>Set Your Organisation&apos;s &amp;Addresses…</source>
        <translation>Указать &amp;адреса вашей организации…</translation>
    </message>
    <message>
        <source>Set your organisation&apos;s email addresses</source>
        <translation>Указать адреса электронной почты вашей организации</translation>
    </message>
    <message>
        <source>Messages in these files</source>
        <translation>Сообщения в этих файлах</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Цепочка</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Сообщения:</translation>
    </message>
    <message>
        <source>Files that cannot &amp;be read:</source>
        <translation>Файлы, которые не удаётся &amp;прочитать:</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Файлы, которые не удаётся прочитать</translation>
    </message>
    <message>
        <source>&amp;People not among your contacts (tick those to add as contacts):</source>
        <translation>&amp;Люди, которых нет среди ваших контактов (отметьте тех, кого нужно добавить в контакты):</translation>
    </message>
    <message>
        <source>People not among your contacts</source>
        <translation>Люди, которых нет среди ваших контактов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import the new messages</source>
        <translation>Импортировать новые сообщения</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Отмена</translation>
    </message>
    <message>
        <source>Checking the messages again…</source>
        <translation>Повторная проверка сообщений…</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Add as a contact: {person}</source>
        <translation>Добавить в контакты: {person}</translation>
    </message>
    <message>
        <source>Importing the messages and their attachments…</source>
        <translation>Импорт сообщений и их вложений…</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped. %n message(s) imported before you cancelled stay in the vault; importing the same files again adds only the others.</source>
        <translation>
            <numerusform>Импорт остановлен. %n сообщение, импортированное до отмены, остаётся в хранилище; при повторном импорте тех же файлов добавятся только остальные.</numerusform>
            <numerusform>Импорт остановлен. %n сообщения, импортированные до отмены, остаются в хранилище; при повторном импорте тех же файлов добавятся только остальные.</numerusform>
            <numerusform>Импорт остановлен. %n сообщений, импортированных до отмены, остаются в хранилище; при повторном импорте тех же файлов добавятся только остальные.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Отменено. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>MailImportFeature</name>
    <message>
        <source>Import E&amp;mail…</source>
        <translation>Импортировать &amp;электронную почту…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Import saved email (.eml, Outlook .msg, mbox) as communications, with a preview first</source>
        <translation>Импортировать сохранённые письма (.eml, .msg Outlook, mbox) как корреспонденцию, с предварительным просмотром</translation>
    </message>
    <message>
        <source>Import Email &amp;Folder…</source>
        <translation>Импортировать &amp;папку с почтой…</translation>
    </message>
    <message>
        <source>Import every saved message in a folder and its subfolders</source>
        <translation>Импортировать все сохранённые сообщения из папки и её подпапок</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Импорт электронной почты</translation>
    </message>
    <message>
        <source>Saved email (*.eml *.msg *.mbox *.mbx);;All files, for mbox files without a suffix (*)</source>
        <translation>Сохранённые письма (*.eml *.msg *.mbox *.mbx);;Все файлы, для файлов mbox без расширения (*)</translation>
    </message>
    <message>
        <source>Import a folder of email</source>
        <translation>Импорт папки с почтой</translation>
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
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the vault: close it and forget its key</source>
        <translation>Заблокировать хранилище: закрыть его и забыть ключ</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About npmdesk</source>
        <translation>&amp;О программе npmdesk</translation>
    </message>
    <message>
        <source>&amp;Destroy This Vault on This Device…</source>
        <translation>&amp;Уничтожить это хранилище на этом устройстве…</translation>
    </message>
    <message>
        <source>Emergency erase: the keys go first, then every vault file</source>
        <translation>Экстренное стирание: сначала ключи, затем все файлы хранилища</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Idle lock, clipboard, language and default export recipients</source>
        <translation>Автоблокировка, буфер обмена, язык и получатели экспорта по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Заблокировать хранилище</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Искать везде</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search all records and attachments</source>
        <translation>Искать во всех записях и вложениях</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Show what is due, awaited and coming up</source>
        <translation>Показать, что к сроку, чего ожидаем и что предстоит</translation>
    </message>
    <message>
        <source>&amp;Previous list</source>
        <translation>&amp;Предыдущий список</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Next list</source>
        <translation>&amp;Следующий список</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерейти</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>Показать сводку</translation>
    </message>
    <message>
        <source>About npmdesk</source>
        <translation>О программе npmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;An encrypted vault for a national preventive mechanism&apos;s confidential correspondence with the UN Subcommittee on Prevention of Torture.&lt;/p&gt;&lt;p&gt;Works offline; nothing leaves this computer unencrypted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;Зашифрованное хранилище для конфиденциальной переписки национального превентивного механизма с Подкомитетом ООН по предупреждению пыток.&lt;/p&gt;&lt;p&gt;Работает без сети; ничто не покидает этот компьютер в незашифрованном виде.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Member devices</source>
        <translation>Устройства-участники</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>Applied here up to</source>
        <translation>Применено здесь до</translation>
    </message>
    <message>
        <source>Has applied ours</source>
        <translation>Применило наши</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>Ежегодные доклады</translation>
    </message>
    <message>
        <source>Requests for advice</source>
        <translation>Запросы о консультации</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Новая информация</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Доклады</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Специальный фонд</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Репрессалии</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>With the regional team</source>
        <translation>С региональной группой</translation>
    </message>
    <message>
        <source>With the country rapporteur</source>
        <translation>С докладчиком по стране</translation>
    </message>
    <message>
        <source>With the Secretariat</source>
        <translation>С секретариатом</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Изменено с обеих сторон</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Lists of records</source>
        <translation>Списки записей</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n record(s)</source>
        <translation>
            <numerusform>{name}: %n запись</numerusform>
            <numerusform>{name}: %n записи</numerusform>
            <numerusform>{name}: %n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Setting the new passphrase. This takes a few seconds…</source>
        <translation>Установка новой парольной фразы. Это займёт несколько секунд…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Выберите новую парольную фразу</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery code. Choose the passphrase you will use from now on; the old one stops working. A recovery code opens the vault only once: next, npmdesk shows you a new recovery code to write down, and the code you used stops working as soon as you confirm that you have written down the new one.</source>
        <translation>Вы открыли хранилище кодом восстановления. Выберите парольную фразу, которой будете пользоваться с этого момента; старая перестаёт действовать. Код восстановления открывает хранилище только один раз: далее npmdesk покажет новый код восстановления, который нужно записать, а использованный код перестанет действовать, как только вы подтвердите, что записали новый.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Не менее 10 символов; легче всего запомнить несколько слов</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Проблема с парольной фразой</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>По&amp;дтверждение парольной фразы:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Подтверждение новой парольной фразы</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Проблема с подтверждением</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>Проблема при смене парольной фразы</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>&amp;Lock without changing</source>
        <translation>&amp;Заблокировать без изменений</translation>
    </message>
    <message>
        <source>Lock the vault without changing the passphrase</source>
        <translation>Заблокировать хранилище, не меняя парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Установить парольную фразу</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Установить новую парольную фразу</translation>
    </message>
</context>
<context>
    <name>NpmdeskError</name>
    <message>
        <source>No passphrase given: run in a terminal, or use --passphrase-file FILE or the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>Парольная фраза не задана: запустите в терминале или используйте --passphrase-file FILE или переменную окружения NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No passphrase given: run in a terminal to be asked for it, or set the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>Парольная фраза не задана: запустите в терминале, чтобы её запросили, или задайте переменную окружения NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>This needs the package&apos;s passphrase: use --package-passphrase-file FILE, the NPMDESK_PACKAGE_PASSPHRASE environment variable, or run it in a terminal.</source>
        <translation>Нужна парольная фраза пакета: используйте --package-passphrase-file FILE, переменную окружения NPMDESK_PACKAGE_PASSPHRASE или запустите в терминале.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>Две парольные фразы различаются. Ничего не записано.</translation>
    </message>
    <message>
        <source>Nothing was typed: type the passphrase or code (npmdesk does not make one up).</source>
        <translation>Ничего не введено: введите парольную фразу или код (npmdesk не придумывает их сам).</translation>
    </message>
    <message>
        <source>Invalid use of &apos;npmdesk age&apos;: see &apos;npmdesk age --help&apos;.</source>
        <translation>Неверное использование &apos;npmdesk age&apos;: см. &apos;npmdesk age --help&apos;.</translation>
    </message>
    <message>
        <source>Refusing to write binary encrypted data to the terminal: use -a (armor), -o FILE, or redirect the output.</source>
        <translation>Отказ выводить двоичные зашифрованные данные в терминал: используйте -a (ASCII), -o FILE или перенаправьте вывод.</translation>
    </message>
    <message>
        <source>Nothing to change: give --field, --clear-field, --title, --status, --date, --due, --country, --article or --review-date.</source>
        <translation>Нечего менять: укажите --field, --clear-field, --title, --status, --date, --due, --country, --article или --review-date.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this contact&apos;s signing key. The contact was NOT marked as verified: compare again with the person, by phone for example.</source>
        <translation>Введённый отпечаток не совпадает с отпечатком ключа подписи этого контакта. Контакт НЕ отмечен как проверенный: сверьте ещё раз с этим человеком, например по телефону.</translation>
    </message>
    <message>
        <source>Give --purpose and --state together (for example --purpose spt_transmission --state refused).</source>
        <translation>Укажите --purpose и --state вместе (например, --purpose spt_transmission --state refused).</translation>
    </message>
    <message>
        <source>Another person of this record has that alias: choose another with --alias.</source>
        <translation>У другого лица в этой записи уже есть такой псевдоним: выберите другой с помощью --alias.</translation>
    </message>
    <message>
        <source>Give each field as --field NAME=VALUE, for example --field year=2025.</source>
        <translation>Указывайте каждое поле в виде --field NAME=VALUE, например --field year=2025.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте Caps Lock и раскладку клавиатуры и попробуйте снова.</translation>
    </message>
    <message>
        <source>This recovery code does not open this vault.</source>
        <translation>Этот код восстановления не открывает это хранилище.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake: check each group of four characters against your written copy.</source>
        <translation>В этом коде восстановления опечатка: сверьте каждую группу из четырёх символов с записанной копией.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened safely. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>Хранилище повреждено и не может быть безопасно открыто. Ничего не изменено. Восстановите последнюю резервную копию (&apos;npmdesk restore&apos;).</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file asks for far more unlocking work than npmdesk ever sets, so it was not tried: the file is damaged or was tampered with. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>Файл слотов ключей хранилища требует гораздо больше работы для разблокировки, чем когда-либо задаёт npmdesk, поэтому попытка не предпринималась: файл повреждён или подделан. Ничего не изменено. Восстановите последнюю резервную копию (&apos;npmdesk restore&apos;).</translation>
    </message>
    <message>
        <source>This vault is already open in another npmdesk window or command. Close it there first.</source>
        <translation>Это хранилище уже открыто в другом окне или команде npmdesk. Сначала закройте его там.</translation>
    </message>
    <message>
        <source>This device has no working keyring, so npmdesk cannot remember the vault here. Use your passphrase.</source>
        <translation>На этом устройстве нет работающего хранилища ключей, поэтому npmdesk не может запомнить здесь хранилище. Используйте парольную фразу.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this device. Use your passphrase.</source>
        <translation>Это хранилище не запомнено на этом устройстве. Используйте парольную фразу.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npmdesk. Install the latest version to open it; nothing was changed.</source>
        <translation>Это хранилище создано более новой версией npmdesk. Установите последнюю версию, чтобы открыть его; ничего не изменено.</translation>
    </message>
    <message>
        <source>npmdesk could not update this vault to its new format, so it was left as it was. Keep using your backup and report the problem.</source>
        <translation>npmdesk не удалось обновить это хранилище до нового формата, поэтому оно оставлено как было. Продолжайте пользоваться резервной копией и сообщите о проблеме.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>Парольная фраза должна содержать не менее 10 символов.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>Хранилище заблокировано. Сначала разблокируйте его.</translation>
    </message>
    <message>
        <source>npmdesk could not write to the disk (is it full?). This change was not saved; everything saved before is safe. Free some space and try again.</source>
        <translation>npmdesk не удалось записать на диск (он переполнен?). Это изменение не сохранено; всё сохранённое ранее в безопасности. Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The vault is busy with another task (an import or an attachment being added), so nothing was changed: try again when it has finished.</source>
        <translation>Хранилище занято другой задачей (импортом или добавлением вложения), поэтому ничего не изменено: попробуйте снова, когда она завершится.</translation>
    </message>
    <message>
        <source>The disk is full (or was when this vault was unlocked), so this task cannot run and nothing was changed: free some space, then lock and unlock the vault.</source>
        <translation>Диск переполнен (или был переполнен, когда хранилище разблокировали), поэтому эта задача не может выполняться и ничего не изменено: освободите место, затем заблокируйте и разблокируйте хранилище.</translation>
    </message>
    <message>
        <source>This backup is damaged (cut short or altered) and cannot be restored. Nothing was changed. Try another copy of the backup.</source>
        <translation>Эта резервная копия повреждена (обрезана или изменена) и не может быть восстановлена. Ничего не изменено. Попробуйте другую копию.</translation>
    </message>
    <message>
        <source>This backup&apos;s key slots ask for far more unlocking work than npmdesk ever sets, so it was not tried: the backup is damaged or was tampered with. Nothing was changed. Try another copy of the backup.</source>
        <translation>Слоты ключей этой резервной копии требуют гораздо больше работы для разблокировки, чем когда-либо задаёт npmdesk, поэтому попытка не предпринималась: копия повреждена или подделана. Ничего не изменено. Попробуйте другую копию.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of npmdesk. Install the latest version to restore it; nothing was changed.</source>
        <translation>Эта резервная копия создана более новой версией npmdesk. Установите последнюю версию, чтобы восстановить её; ничего не изменено.</translation>
    </message>
    <message>
        <source>A backup cannot be written inside the vault folder (an emergency erase would leave it behind); choose a place outside it.</source>
        <translation>Резервную копию нельзя записать внутри папки хранилища (экстренное стирание оставило бы её); выберите место вне её.</translation>
    </message>
    <message>
        <source>The backup was written but did not pass verification, so it was deleted. Check the disk you are writing to and try again.</source>
        <translation>Резервная копия записана, но не прошла проверку, поэтому удалена. Проверьте диск, на который идёт запись, и попробуйте снова.</translation>
    </message>
    <message>
        <source>This package cannot be read. Nothing was changed.</source>
        <translation>Этот пакет невозможно прочитать. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This age file is not an npmdesk package (its contents are not in the package format). Nothing was changed.</source>
        <translation>Этот файл age не является пакетом npmdesk (его содержимое не в формате пакета). Ничего не изменено.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of npmdesk (unknown format version). Update npmdesk to open it. Nothing was changed.</source>
        <translation>Этот пакет создан более новой версией npmdesk (неизвестная версия формата). Обновите npmdesk, чтобы открыть его. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This package&apos;s signature does not verify: it was altered after it was signed, or it is forged. Nothing was changed.</source>
        <translation>Подпись этого пакета не проходит проверку: он был изменён после подписания или подделан. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This package was re-addressed: it opens with your key, but its signed list of recipients does not name you. Ask the sender to export it for you again. Nothing was changed.</source>
        <translation>Этот пакет был переадресован: он открывается вашим ключом, но его подписанный список получателей не называет вас. Попросите отправителя экспортировать его для вас заново. Ничего не изменено.</translation>
    </message>
    <message>
        <source>There is nothing to export: choose at least one record.</source>
        <translation>Экспортировать нечего: выберите хотя бы одну запись.</translation>
    </message>
    <message>
        <source>This is not a valid npmdesk signing key (it starts with npmsig1 and has 65 characters).</source>
        <translation>Это недействительный ключ подписи npmdesk (он начинается с npmsig1 и содержит 65 символов).</translation>
    </message>
    <message>
        <source>This package is not addressed to you: it was encrypted for other recipients, and none of your keys opens it. Ask the sender to export it for your key. Nothing was changed.</source>
        <translation>Этот пакет адресован не вам: он зашифрован для других получателей, и ни один из ваших ключей его не открывает. Попросите отправителя экспортировать его для вашего ключа. Ничего не изменено.</translation>
    </message>
    <message>
        <source>A record&apos;s consent changed while the package was being made (someone refused its transmission): start the export again to see what is left out. Nothing was written.</source>
        <translation>Пока создавался пакет, согласие по одной из записей изменилось (кто-то отказался от её передачи): начните экспорт заново, чтобы увидеть, что не включается. Ничего не записано.</translation>
    </message>
    <message>
        <source>This package was refused: it carries real names, and only a package from one of your NPM&apos;s own devices (a verified contact marked as such) may. Nothing was changed.</source>
        <translation>Этот пакет отклонён: он содержит настоящие имена, а это допустимо только для пакета с одного из устройств вашего НПМ (проверенного контакта, отмеченного как такое устройство). Ничего не изменено.</translation>
    </message>
    <message>
        <source>A temporary file of this export was changed while it was being written, so nothing was exported. Check the disk and try again.</source>
        <translation>Временный файл этого экспорта изменился во время записи, поэтому ничего не экспортировано. Проверьте диск и попробуйте снова.</translation>
    </message>
    <message>
        <source>This record is in the bin. Restore it before changing its attachments.</source>
        <translation>Эта запись в корзине. Восстановите её, прежде чем менять её вложения.</translation>
    </message>
    <message>
        <source>npmdesk is still working on attachments. Wait for it to finish, or cancel it first.</source>
        <translation>npmdesk ещё работает с вложениями. Дождитесь завершения или сначала отмените.</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name (the card may not carry one).</source>
        <translation>Введите имя контакта (в карточке его может не быть).</translation>
    </message>
    <message>
        <source>Paste a contact card, or type at least the age recipient (age1…) or the signing key (npmsig1…).</source>
        <translation>Вставьте карточку контакта или введите хотя бы получателя age (age1…) или ключ подписи (npmsig1…).</translation>
    </message>
    <message>
        <source>Paste the age recipient (age1…) or the contact card: a package is encrypted to the age recipient.</source>
        <translation>Вставьте получателя age (age1…) или карточку контакта: пакет шифруется для получателя age.</translation>
    </message>
    <message>
        <source>This is not an npmdesk contact card. A card starts with npmdesk-contact:1; copy it whole from the other person&apos;s Share my keys window.</source>
        <translation>Это не карточка контакта npmdesk. Карточка начинается с npmdesk-contact:1; скопируйте её целиком из окна «Поделиться моими ключами» у другого человека.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer version of npmdesk. Update npmdesk to read it.</source>
        <translation>Эта карточка контакта создана более новой версией npmdesk. Обновите npmdesk, чтобы прочитать её.</translation>
    </message>
    <message>
        <source>The age recipient in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>Получатель age в этой карточке контакта повреждён (символ неверен или отсутствует). Попросите карточку снова.</translation>
    </message>
    <message>
        <source>The signing key in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>Ключ подписи в этой карточке контакта повреждён (символ неверен или отсутствует). Попросите карточку снова.</translation>
    </message>
    <message>
        <source>Tick at least one contact who may open the package, or choose a passphrase instead.</source>
        <translation>Отметьте хотя бы один контакт, который может открыть пакет, или выберите вместо этого парольную фразу.</translation>
    </message>
    <message>
        <source>Tick “I confirm these may leave the vault” after reviewing the records listed above.</source>
        <translation>Отметьте «Я подтверждаю, что они могут покинуть хранилище», проверив перечисленные выше записи.</translation>
    </message>
    <message>
        <source>There is no screen to show the npmdesk window on (started over SSH or without a desktop); use the npmdesk command line instead (npmdesk --help).</source>
        <translation>Нет экрана, на котором можно показать окно npmdesk (запуск через SSH или без рабочего стола); используйте командную строку npmdesk (npmdesk --help).</translation>
    </message>
    <message>
        <source>The npmdesk window cannot open because a system library Qt needs is missing (on Debian or Ubuntu: sudo apt-get install libxcb-cursor0); the npmdesk command line works meanwhile (npmdesk --help).</source>
        <translation>Окно npmdesk не может открыться, потому что отсутствует нужная Qt системная библиотека (в Debian или Ubuntu: sudo apt-get install libxcb-cursor0); командная строка npmdesk тем временем работает (npmdesk --help).</translation>
    </message>
    <message>
        <source>npmdesk could not lay out the report.</source>
        <translation>npmdesk не удалось сверстать отчёт.</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Выберите файл резервной копии для восстановления.</translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Выберите новую папку для восстановленного хранилища.</translation>
    </message>
    <message>
        <source>A backup cannot be restored into this vault&apos;s folder or inside it; choose a new folder outside it. This vault was not changed.</source>
        <translation>Резервную копию нельзя восстановить в папку этого хранилища или внутрь неё; выберите новую папку вне её. Это хранилище не изменено.</translation>
    </message>
    <message>
        <source>Type the passphrase the vault had when the backup was made, or use its recovery code.</source>
        <translation>Введите парольную фразу, которая была у хранилища при создании резервной копии, или используйте её код восстановления.</translation>
    </message>
    <message>
        <source>This file is not an email message npmdesk can read (saved .eml, mbox or Outlook .msg); nothing was imported from it.</source>
        <translation>Этот файл не является сообщением электронной почты, которое npmdesk может прочитать (сохранённый .eml, mbox или .msg Outlook); из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>This message has too many parts, or parts nested too deeply, to be a real email; nothing was imported from it.</source>
        <translation>В этом сообщении слишком много частей или слишком глубокая вложенность частей для настоящего письма; из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>Reading this message took too long; nothing was imported from it.</source>
        <translation>Чтение этого сообщения заняло слишком много времени; из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>This attachment is no longer in the vault.</source>
        <translation>Этого вложения больше нет в хранилище.</translation>
    </message>
    <message>
        <source>This attachment&apos;s content does not match its checksum; restore it from a backup.</source>
        <translation>Содержимое этого вложения не совпадает с его контрольной суммой; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>An attachment needs a file name of at most 255 characters, without control characters.</source>
        <translation>Имя файла вложения должно содержать не более 255 символов и не содержать управляющих символов.</translation>
    </message>
    <message>
        <source>This draft cannot be kept: it is not form content npmdesk can store.</source>
        <translation>Этот черновик нельзя сохранить: это не содержимое формы, которое npmdesk может хранить.</translation>
    </message>
    <message>
        <source>This draft is too large to keep. Shorten the text or save the record.</source>
        <translation>Этот черновик слишком велик для сохранения. Сократите текст или сохраните запись.</translation>
    </message>
    <message>
        <source>This draft is no longer in the vault.</source>
        <translation>Этого черновика больше нет в хранилище.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. Reopen it to see the latest version (yours is kept in its history).</source>
        <translation>Эта запись была изменена в другом месте после того, как вы её открыли. Откройте её заново, чтобы увидеть последнюю версию (ваша сохранена в её истории).</translation>
    </message>
    <message>
        <source>Recommendations come from a visit report or the NPM&apos;s own report, not from the SPT&apos;s annual report or guidance: choose another report or none.</source>
        <translation>Рекомендации исходят из доклада о посещении или собственного доклада НПМ, а не из ежегодного доклада Подкомитета или руководящих указаний: выберите другой доклад или ничего.</translation>
    </message>
    <message>
        <source>The reply period must be a whole number of months from 1 to 36.</source>
        <translation>Срок ответа должен быть целым числом месяцев от 1 до 36.</translation>
    </message>
    <message>
        <source>Name the person by a pseudonym from this record&apos;s people (for example person A), never by a real name.</source>
        <translation>Называйте человека псевдонимом из списка лиц этой записи (например, лицо A), никогда не настоящим именем.</translation>
    </message>
    <message>
        <source>The call for applications must close on or after the day it opens, in the same year.</source>
        <translation>Приём заявок должен закрываться в день открытия или позже, в том же году.</translation>
    </message>
    <message>
        <source>The largest grant must be a positive amount in US dollars.</source>
        <translation>Максимальный грант должен быть положительной суммой в долларах США.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2027-01-01.</source>
        <translation>Даты записываются в виде ГГГГ-ММ-ДД, например 2027-01-01.</translation>
    </message>
    <message>
        <source>A record cannot change its kind (a contact stays a contact). Nothing was changed.</source>
        <translation>Запись не может сменить свой вид (контакт остаётся контактом). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Unknown report: choose correspondence-log, visit-dossier or recommendations.</source>
        <translation>Неизвестный отчёт: выберите correspondence-log, visit-dossier или recommendations.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the start and end dates.</source>
        <translation>Период заканчивается раньше, чем начинается: проверьте даты начала и окончания.</translation>
    </message>
    <message>
        <source>A visit dossier is about one visit: choose the visit (on the command line, --visit ID).</source>
        <translation>Досье посещения относится к одному посещению: выберите посещение (в командной строке --visit ID).</translation>
    </message>
    <message>
        <source>A change of recovery code did not finish last time: your previous code still opens the vault. Here is a new recovery code; the previous one stops working when you continue.</source>
        <translation>Смена кода восстановления в прошлый раз не завершилась: ваш прежний код всё ещё открывает хранилище. Вот новый код восстановления; прежний перестанет действовать, когда вы продолжите.</translation>
    </message>
    <message>
        <source>Standard input can be used only once: give INPUT, -R and -i files as paths when one of them is &apos;-&apos;.</source>
        <translation>Стандартный ввод можно использовать только один раз: если один из файлов INPUT, -R или -i задан как &apos;-&apos;, остальные укажите путями.</translation>
    </message>
    <message>
        <source>Missing recipients: give -r RECIPIENT, -R FILE, -i FILE or -p.</source>
        <translation>Не указаны получатели: задайте -r RECIPIENT, -R FILE, -i FILE или -p.</translation>
    </message>
    <message>
        <source>This package was not signed by the key you expected. Nothing was written.</source>
        <translation>Этот пакет подписан не тем ключом, который вы ожидали. Ничего не записано.</translation>
    </message>
    <message>
        <source>A protected PDF is opened with a password, not an age key: use --passphrase (npmdesk generates the password) or --passphrase --package-passphrase-file F.</source>
        <translation>Защищённый PDF открывается паролем, а не ключом age: используйте --passphrase (npmdesk создаёт пароль) или --passphrase --package-passphrase-file F.</translation>
    </message>
    <message>
        <source>You stopped waiting for this write, so it was not made.</source>
        <translation>Вы прекратили ожидание этого сохранения, поэтому оно не было выполнено.</translation>
    </message>
    <message>
        <source>npmdesk could not remember the vault on this device. Use your passphrase.</source>
        <translation>npmdesk не удалось запомнить хранилище на этом устройстве. Используйте свою парольную фразу.</translation>
    </message>
    <message>
        <source>This file is neither an encrypted npmdesk package nor a password-protected PDF: npmdesk never attaches an unencrypted file to an email. Export it as a package or a protected PDF first.</source>
        <translation>Этот файл не является ни зашифрованным пакетом npmdesk, ни защищённым паролем PDF: npmdesk никогда не прикрепляет к письму незашифрованный файл. Сначала экспортируйте его как пакет или защищённый PDF.</translation>
    </message>
    <message>
        <source>This vault has no record of exporting a file of this name: choose the package or protected PDF as npmdesk exported it (under the name it was given), or export it again.</source>
        <translation>Это хранилище не экспортировало файл с таким именем: выберите пакет или защищённый PDF в том виде, в каком его экспортировал npmdesk (под именем, которое ему было дано), или экспортируйте его заново.</translation>
    </message>
    <message>
        <source>npmdesk could not read this file: check that it is still there and readable.</source>
        <translation>npmdesk не удалось прочитать этот файл: проверьте, что он всё ещё на месте и доступен для чтения.</translation>
    </message>
    <message>
        <source>Give at least one recipient&apos;s email address.</source>
        <translation>Укажите адрес электронной почты хотя бы одного получателя.</translation>
    </message>
    <message>
        <source>A recipient&apos;s address is not an email address (name@example.org): check the addresses.</source>
        <translation>Адрес одного из получателей не является адресом электронной почты (name@example.org): проверьте адреса.</translation>
    </message>
    <message>
        <source>Reports are written in English (en), French (fr), Spanish (es), Arabic (ar), Russian (ru) or Portuguese (pt).</source>
        <translation>Отчёты составляются на английском (en), французском (fr), испанском (es), арабском (ar), русском (ru) или португальском (pt) языке.</translation>
    </message>
    <message>
        <source>This vault has no team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>У этого хранилища ещё нет папки команды: выберите её командой &apos;npmdesk team folder DIR&apos;.</translation>
    </message>
    <message>
        <source>The team folder cannot be inside the vault&apos;s folder: choose another one. Nothing was changed.</source>
        <translation>Папка команды не может находиться внутри папки хранилища: выберите другую. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Another member already has this signing key (or it is this vault&apos;s own): a device joins the team once. Nothing was changed.</source>
        <translation>У другого участника уже есть этот ключ подписи (или это ключ самого хранилища): устройство вступает в команду только один раз. Ничего не изменено.</translation>
    </message>
    <message>
        <source>-e/--encrypt and -d/--decrypt cannot be used together.</source>
        <translation>-e/--encrypt и -d/--decrypt нельзя использовать вместе.</translation>
    </message>
    <message>
        <source>-i/--identity can be used when encrypting only with an explicit -e/--encrypt (to encrypt to the keys&apos; public keys); to decrypt, add -d.</source>
        <translation>-i/--identity при шифровании используется только с явным -e/--encrypt (шифрование для открытых ключей этих ключей); для расшифровки добавьте -d.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be combined with -r, -R or -i.</source>
        <translation>-p/--passphrase нельзя сочетать с -r, -R или -i.</translation>
    </message>
    <message>
        <source>-r/-R cannot be used with -d/--decrypt.</source>
        <translation>-r/-R нельзя использовать с -d/--decrypt.</translation>
    </message>
    <message>
        <source>-a/--armor cannot be used with -d/--decrypt: armor is detected.</source>
        <translation>-a/--armor нельзя использовать с -d/--decrypt: формат armor определяется сам.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be used with -d/--decrypt: passphrase-protected files are detected (you will be asked for the passphrase).</source>
        <translation>-p/--passphrase нельзя использовать с -d/--decrypt: файлы, защищённые парольной фразой, определяются сами (вас попросят её ввести).</translation>
    </message>
    <message>
        <source>--visit, --from and --to choose a report&apos;s records: give --report KIND with them (a contact is --to-contact NAME).</source>
        <translation>--visit, --from и --to выбирают записи отчёта: укажите вместе с ними --report ВИД (контакт — --to-contact ИМЯ).</translation>
    </message>
    <message>
        <source>--armor is for packages; a protected PDF is written as a PDF.</source>
        <translation>--armor — для пакетов; защищённый PDF записывается как PDF.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it must be a small text file (its first line is used).</source>
        <translation>Не удаётся прочитать {path}: это должен быть небольшой текстовый файл (используется его первая строка).</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}.</source>
        <translation>Не удаётся прочитать файл ({what}) {path}.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>Не удаётся прочитать {path}.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name, or add --force to replace it.</source>
        <translation>{path} уже существует: выберите другое имя файла или добавьте --force, чтобы заменить его.</translation>
    </message>
    <message>
        <source>There is no folder {path} to write the report in.</source>
        <translation>Папки {path} для записи отчёта нет.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is damaged (%n problem(s) found). Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>
            <numerusform>Хранилище повреждено (найдена %n проблема). Восстановите последнюю резервную копию (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>Хранилище повреждено (найдено %n проблемы). Восстановите последнюю резервную копию (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>Хранилище повреждено (найдено %n проблем). Восстановите последнюю резервную копию (&apos;npmdesk restore&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Several contacts are named {name}; give the contact&apos;s id instead.</source>
        <translation>Несколько контактов называются {name}; укажите идентификатор контакта.</translation>
    </message>
    <message>
        <source>There is no contact named {name} (closest existing names: {closest}); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>Контакта с именем {name} нет (ближайшие имена: {closest}); ничего не добавлено: укажите имя или идентификатор существующего контакта или намеренно создайте новый с --new-counterpart ИМЯ (или &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>There is no contact named {name} (no contact has a similar name); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>Контакта с именем {name} нет (похожих имён тоже нет); ничего не добавлено: укажите имя или идентификатор существующего контакта или намеренно создайте новый с --new-counterpart ИМЯ (или &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>A contact named {name} already exists; nothing was added: use --counterpart to name them.</source>
        <translation>Контакт с именем {name} уже существует; ничего не добавлено: укажите его через --counterpart.</translation>
    </message>
    <message>
        <source>There is no contact {name} (give the contact&apos;s name or id).</source>
        <translation>Контакта {name} нет (укажите имя или идентификатор контакта).</translation>
    </message>
    <message>
        <source>The signing key stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>Ключ подписи, сохранённый для контакта {name}, искажён: удалите его командой &apos;npmdesk contact remove-key&apos;, затем добавьте правильный.</translation>
    </message>
    <message>
        <source>The age recipient stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>Получатель age, сохранённый для контакта {name}, искажён: удалите его командой &apos;npmdesk contact remove-key&apos;, затем добавьте правильный.</translation>
    </message>
    <message>
        <source>Verify the keys of {name} first (&apos;npmdesk contact verify&apos;): only a verified contact can be marked as one of your NPM&apos;s own devices. Nothing was changed.</source>
        <translation>Сначала проверьте ключи {name} (&apos;npmdesk contact verify&apos;): отметить как устройство вашего НПМ можно только проверенный контакт. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The contact {name} has no age recipient yet: add it first.</source>
        <translation>У контакта {name} ещё нет получателя age: сначала добавьте его.</translation>
    </message>
    <message>
        <source>The contact {name} has no signing key to verify.</source>
        <translation>У контакта {name} нет ключа подписи для проверки.</translation>
    </message>
    <message>
        <source>{refusal} To preview or import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} Чтобы просмотреть или импортировать его после сравнения, добавьте --accept-unverified.</translation>
    </message>
    <message>
        <source>{refusal} To import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} Чтобы импортировать его после сравнения, добавьте --accept-unverified.</translation>
    </message>
    <message>
        <source>There is no kind of record {kind}; the kinds are: {kinds} (&apos;npmdesk kinds&apos; shows their fields).</source>
        <translation>Вида записи {kind} нет; виды: {kinds} (&apos;npmdesk kinds&apos; показывает их поля).</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no field {name}; its fields are: {fields}.</source>
        <translation>У записи вида {kind} нет поля {name}; её поля: {fields}.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact verify&apos;, after comparing fingerprints.</source>
        <translation>Поле {name} не задаётся через --field: его задаёт &apos;npmdesk contact verify&apos; после сравнения отпечатков.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact own-device&apos;, for a contact whose keys are verified.</source>
        <translation>Поле {name} не задаётся через --field: его задаёт &apos;npmdesk contact own-device&apos; для контакта с проверенными ключами.</translation>
    </message>
    <message>
        <source>The field {name} takes one value: give it once (with --field or --clear-field).</source>
        <translation>Поле {name} принимает одно значение: укажите его один раз (через --field или --clear-field).</translation>
    </message>
    <message>
        <source>The field {name} takes {allowed}.</source>
        <translation>Поле {name} принимает: {allowed}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} needs the field {name}: add --field {field}=VALUE, where VALUE is {allowed}.</source>
        <translation>Записи вида {kind} нужно поле {name}: добавьте --field {field}=ЗНАЧЕНИЕ, где ЗНАЧЕНИЕ — {allowed}.</translation>
    </message>
    <message>
        <source>The field {name} is required for a record of kind {kind}, so it cannot be cleared.</source>
        <translation>Поле {name} обязательно для записи вида {kind}, поэтому его нельзя очистить.</translation>
    </message>
    <message>
        <source>The field {name} lists records of this vault, and there is no record {record_id} in it.</source>
        <translation>Поле {name} перечисляет записи этого хранилища, а записи {record_id} в нём нет.</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no status {status}; its statuses are: {statuses}.</source>
        <translation>У записи вида {kind} нет статуса {status}; её статусы: {statuses}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} whose {field} is {value} has no status {status}; its statuses are: {statuses}.</source>
        <translation>У записи вида {kind}, у которой {field} = {value}, нет статуса {status}; её статусы: {statuses}.</translation>
    </message>
    <message>
        <source>{address} is not the address of anyone in these messages; give an address that &apos;mail import --dry-run&apos; lists as not among your contacts.</source>
        <translation>{address} — не адрес кого-либо в этих письмах; укажите адрес, который &apos;mail import --dry-run&apos; показывает как отсутствующий в ваших контактах.</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Create one with &apos;npmdesk init&apos;.</source>
        <translation>По пути {path} хранилища нет. Создайте его командой &apos;npmdesk init&apos;.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another place for the new vault.</source>
        <translation>{path} уже существует; выберите другое место для нового хранилища.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk vault.</source>
        <translation>{path} — не хранилище npmdesk.</translation>
    </message>
    <message>
        <source>The vault folder {path} was moved or deleted while it was open. This change was not saved; lock the vault and open it where it is now.</source>
        <translation>Папка хранилища {path} была перемещена или удалена, пока оно было открыто. Это изменение не сохранено; заблокируйте хранилище и откройте его там, где оно теперь находится.</translation>
    </message>
    <message>
        <source>npmdesk cannot write to {path}: check that the folder exists and is writable.</source>
        <translation>npmdesk не может записывать в {path}: проверьте, что папка существует и доступна для записи.</translation>
    </message>
    <message>
        <source>The disk is full ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Диск заполнен ({path}), поэтому ничего не записано и не изменено: освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Диск заполнен, поэтому ничего не записано и не изменено: освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>Your disk quota is used up ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Ваша дисковая квота исчерпана ({path}), поэтому ничего не записано и не изменено: освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>Your disk quota is used up, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>Ваша дисковая квота исчерпана, поэтому ничего не записано и не изменено: освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>The disk is read-only ({path}), so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>Диск доступен только для чтения ({path}), поэтому ничего не записано и не изменено: выберите место с правом записи или разрешите запись на диск.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>Диск доступен только для чтения, поэтому ничего не записано и не изменено: выберите место с правом записи или разрешите запись на диск.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use {path}, so nothing was changed: check its permissions.</source>
        <translation>npmdesk не разрешено использовать {path}, поэтому ничего не изменено: проверьте права доступа.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use this file, so nothing was changed: check its permissions.</source>
        <translation>npmdesk не разрешено использовать этот файл, поэтому ничего не изменено: проверьте права доступа.</translation>
    </message>
    <message>
        <source>The file is too large for this disk ({path}) (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>Файл слишком велик для этого диска ({path}) (на диске FAT32 файл не больше 4 ГБ), поэтому ничего не записано и не изменено: выберите другой диск.</translation>
    </message>
    <message>
        <source>The file is too large for this disk (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>Файл слишком велик для этого диска (на диске FAT32 файл не больше 4 ГБ), поэтому ничего не записано и не изменено: выберите другой диск.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk backup.</source>
        <translation>{path} — не резервная копия npmdesk.</translation>
    </message>
    <message>
        <source>{path} already exists; npmdesk never overwrites a file: choose another name.</source>
        <translation>{path} уже существует; npmdesk никогда не перезаписывает файлы: выберите другое имя.</translation>
    </message>
    <message>
        <source>Nothing was erased. To erase the vault at {path}, confirm with its folder name: --yes-destroy {expected}</source>
        <translation>Ничего не стёрто. Чтобы стереть хранилище в {path}, подтвердите именем его папки: --yes-destroy {expected}</translation>
    </message>
    <message>
        <source>Cannot read {path}: check that the file exists and that you may read it.</source>
        <translation>Не удаётся прочитать {path}: проверьте, что файл существует и что у вас есть право его читать.</translation>
    </message>
    <message>
        <source>npmdesk could not erase the keys of the vault at {path}: check that you may write to that folder, then run the erase again.</source>
        <translation>npmdesk не удалось стереть ключи хранилища в {path}: проверьте, что можете записывать в эту папку, и запустите стирание снова.</translation>
    </message>
    <message>
        <source>This package is damaged or was tampered with ({detail}). Nothing was changed.</source>
        <translation>Этот пакет повреждён или подделан ({detail}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>This package exceeds a safety limit ({detail}). Nothing was changed.</source>
        <translation>Этот пакет превышает предел безопасности ({detail}). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Record {record_id} in this package is not valid: {detail} Nothing was changed.</source>
        <translation>Запись {record_id} в этом пакете недействительна: {detail} Ничего не изменено.</translation>
    </message>
    <message>
        <source>This package was signed by {signer}. Compare the fingerprint with the sender (by phone, for example), then import again confirming it. Nothing was changed.</source>
        <translation>Этот пакет подписан: {signer}. Сравните отпечаток с отправителем (например, по телефону), затем импортируйте снова с подтверждением. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the records to export are strictly confidential, internal to the NPM or hold personal data without recorded consent. Review them and confirm before anything is written.</source>
        <translation>
            <numerusform>%n из экспортируемых записей строго конфиденциальна, внутренняя для НПМ или содержит персональные данные без записанного согласия. Просмотрите их и подтвердите, прежде чем что-либо будет записано.</numerusform>
            <numerusform>%n из экспортируемых записей строго конфиденциальны, внутренние для НПМ или содержат персональные данные без записанного согласия. Просмотрите их и подтвердите, прежде чем что-либо будет записано.</numerusform>
            <numerusform>%n из экспортируемых записей строго конфиденциальны, внутренние для НПМ или содержат персональные данные без записанного согласия. Просмотрите их и подтвердите, прежде чем что-либо будет записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} is not empty: choose a new or empty folder to unpack into.</source>
        <translation>Папка {folder} не пуста: выберите новую или пустую папку для распаковки.</translation>
    </message>
    <message>
        <source>npmdesk could not write the backup: {reason}.</source>
        <translation>npmdesk не удалось записать резервную копию: {reason}.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}. Nothing was saved.</source>
        <translation>npmdesk не удалось записать {path}. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>npmdesk could not restore the backup: {reason}. Nothing was created.</source>
        <translation>npmdesk не удалось восстановить резервную копию: {reason}. Ничего не создано.</translation>
    </message>
    <message>
        <source>{path} could not be read (it is missing, a folder npmdesk cannot open, or not readable by you); nothing was imported from it.</source>
        <translation>Не удалось прочитать {path} (его нет, это папка, которую npmdesk не может открыть, или у вас нет права его читать); из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>There is no record {record_id} in this vault.</source>
        <translation>Записи {record_id} в этом хранилище нет.</translation>
    </message>
    <message>
        <source>{code} is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>{code} — не двухбуквенный код государства — участника ФПКПП; их список выводит &apos;npmdesk states&apos;.</translation>
    </message>
    <message>
        <source>That is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>Это не двухбуквенный код государства — участника ФПКПП; их список выводит &apos;npmdesk states&apos;.</translation>
    </message>
    <message>
        <source>The end date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>Дата окончания недействительна: запишите её как ГГГГ-ММ-ДД, например 2026-01-31.</translation>
    </message>
    <message>
        <source>The start date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>Дата начала недействительна: запишите её как ГГГГ-ММ-ДД, например 2026-01-31.</translation>
    </message>
    <message>
        <source>Record {record_id} is not a visit: a visit dossier needs a visit&apos;s id.</source>
        <translation>Запись {record_id} — не посещение: для досье посещения нужен идентификатор посещения.</translation>
    </message>
    <message>
        <source>The report would list more than {limit} records: choose a shorter period.</source>
        <translation>В отчёт попало бы больше {limit} записей: выберите более короткий период.</translation>
    </message>
    <message>
        <source>The team folder {path} is not there (is the disk or the share connected?). Nothing was changed.</source>
        <translation>Папки команды {path} нет (подключён ли диск или общий ресурс?). Ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} is not a folder: choose an existing folder that your sync engine keeps in step. Nothing was changed.</source>
        <translation>{path} — не папка: выберите существующую папку, которую синхронизирует ваша программа синхронизации. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} is not a verified contact marked as one of your NPM&apos;s own devices (&apos;npmdesk contact verify&apos;, then &apos;npmdesk contact own-device&apos;), so it cannot join the team. Nothing was changed.</source>
        <translation>{name} — не проверенный контакт, отмеченный как устройство вашего НПМ (&apos;npmdesk contact verify&apos;, затем &apos;npmdesk contact own-device&apos;), поэтому он не может войти в команду. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} has no age recipient to encrypt changesets for: add its age1… key first. Nothing was changed.</source>
        <translation>У {name} нет получателя age для шифрования наборов изменений: сначала добавьте его ключ age1…. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} is already a member of the team.</source>
        <translation>{name} уже участник команды.</translation>
    </message>
    <message>
        <source>{name} is not a member of the team. Nothing was changed.</source>
        <translation>{name} не участник команды. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This team file was refused ({detail}). Nothing was changed.</source>
        <translation>Этот файл команды отклонён ({detail}). Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>The keys are erased, so nobody can open this vault any more, but %n file(s) in it could not be deleted. Close npmdesk everywhere and run the erase again.</source>
        <translation>
            <numerusform>Ключи стёрты, и никто больше не откроет это хранилище, но %n файл в нём не удалось удалить. Закройте npmdesk везде и запустите стирание снова.</numerusform>
            <numerusform>Ключи стёрты, и никто больше не откроет это хранилище, но %n файла в нём не удалось удалить. Закройте npmdesk везде и запустите стирание снова.</numerusform>
            <numerusform>Ключи стёрты, и никто больше не откроет это хранилище, но %n файлов в нём не удалось удалить. Закройте npmdesk везде и запустите стирание снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid signing key: clear the field, or paste the whole key (npmsig1…, 65 characters).</source>
        <translation>Это недействительный ключ подписи: очистите поле или вставьте ключ целиком (npmsig1…, 65 символов).</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: clear the field, or paste the whole key (age1…, 62 characters).</source>
        <translation>Это недействительный получатель age: очистите поле или вставьте ключ целиком (age1…, 62 символа).</translation>
    </message>
    <message>
        <source>This export holds {documents} documents; a package holds at most {limit}: export them in several packages. Nothing was written.</source>
        <translation>В этом экспорте {documents} документов; пакет вмещает не больше {limit}: экспортируйте их несколькими пакетами. Ничего не записано.</translation>
    </message>
    <message>
        <source>This export is for {recipients} recipients; a package can be for at most {limit}: export it in several packages. Nothing was written.</source>
        <translation>Этот экспорт для {recipients} получателей; пакет может быть не более чем для {limit}: экспортируйте его несколькими пакетами. Ничего не записано.</translation>
    </message>
    <message>
        <source>Record {record_id} is too large to travel in a package (over {size} MiB of package text, or over {items} values): shorten its text or move it into an attachment, then export again. Nothing was written.</source>
        <translation>Запись {record_id} слишком велика для пакета (больше {size} МиБ текста пакета или больше {items} значений): сократите её текст или перенесите его во вложение, затем экспортируйте снова. Ничего не записано.</translation>
    </message>
    <message>
        <source>This export is beyond what a version 1 package holds ({records} records, {files} files): export a smaller selection (by dates or types). Nothing was written.</source>
        <translation>Этот экспорт больше, чем вмещает пакет версии 1 ({records} записей, {files} файлов): экспортируйте меньшую выборку (по датам или видам). Ничего не записано.</translation>
    </message>
    <message>
        <source>Record {record_id} has {count} attachments; a record travels with at most {limit}: move some of them to another record. Nothing was written.</source>
        <translation>У записи {record_id} {count} вложений; запись может нести не больше {limit}: перенесите часть из них в другую запись. Ничего не записано.</translation>
    </message>
    <message>
        <source>This draft cannot be read back into a form.</source>
        <translation>Этот черновик нельзя снова открыть в форме.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>Даты записываются как ГГГГ-ММ-ДД, например 2026-11-29.</translation>
    </message>
    <message>
        <source>The counterpart must be a contact in this vault.</source>
        <translation>Контрагент должен быть контактом этого хранилища.</translation>
    </message>
    <message>
        <source>Countries are two-letter codes such as FR or MX.</source>
        <translation>Страны обозначаются двухбуквенными кодами, например FR или MX.</translation>
    </message>
    <message>
        <source>Personal data is yes or no.</source>
        <translation>Персональные данные: да или нет.</translation>
    </message>
    <message>
        <source>Too many tags.</source>
        <translation>Слишком много меток.</translation>
    </message>
    <message>
        <source>Too many people in one record.</source>
        <translation>Слишком много людей в одной записи.</translation>
    </message>
    <message>
        <source>OPCAT articles are numbered 1 to 37, with sub-paragraphs such as 11(1)(b)(ii) or 19(b).</source>
        <translation>Статьи ФПКПП пронумерованы от 1 до 37, с подпунктами вроде 11(1)(b)(ii) или 19(b).</translation>
    </message>
    <message>
        <source>A link must name another record and a known relation.</source>
        <translation>Ссылка должна указывать на другую запись и известную связь.</translation>
    </message>
    <message>
        <source>Consent is recorded per person.</source>
        <translation>Согласие записывается для каждого человека.</translation>
    </message>
    <message>
        <source>Give each person a pseudonym before recording their consent.</source>
        <translation>Присвойте каждому человеку псевдоним, прежде чем записывать его согласие.</translation>
    </message>
    <message>
        <source>Each person&apos;s consent is recorded once.</source>
        <translation>Согласие каждого человека записывается один раз.</translation>
    </message>
    <message>
        <source>Child and capacity are yes or no.</source>
        <translation>Ребёнок и дееспособность: да или нет.</translation>
    </message>
    <message>
        <source>Each purpose is recorded once per person.</source>
        <translation>Каждая цель записывается один раз для каждого человека.</translation>
    </message>
    <message>
        <source>Consent names a known purpose and state.</source>
        <translation>Согласие указывает известные цель и состояние.</translation>
    </message>
    <message>
        <source>Consent is obtained orally or in writing.</source>
        <translation>Согласие получают устно или письменно.</translation>
    </message>
    <message>
        <source>This record is not a visit.</source>
        <translation>Эта запись — не посещение.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} — несуществующая дата: в месяце {month} всего {days} дн.</translation>
    </message>
    <message>
        <source>{date} is not a real date: months are numbered 01 to 12.</source>
        <translation>{date} — несуществующая дата: месяцы нумеруются от 01 до 12.</translation>
    </message>
    <message>
        <source>The list of files this program offered is damaged; nothing was imported from it.</source>
        <translation>Список файлов, предложенный этой программой, повреждён; из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where this message is in its folder file (not every version does, and compacting a folder moves messages): drag the message to the desktop first, then drop the file here; nothing was imported from it.</source>
        <translation>Thunderbird не сообщил, где это сообщение находится в файле папки (не все версии это делают, а сжатие папки перемещает сообщения): сначала перетащите сообщение на рабочий стол, затем перетащите файл сюда; из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>--open needs a desktop session with a mail program, and none was found here: leave out --open and open the draft in your mail program yourself.</source>
        <translation>Для --open нужен сеанс рабочего стола с почтовой программой, а здесь он не найден: уберите --open и откройте черновик в почтовой программе сами.</translation>
    </message>
    <message>
        <source>The system could not open the draft: open it in your mail program yourself.</source>
        <translation>Системе не удалось открыть черновик: откройте его в почтовой программе сами.</translation>
    </message>
    <message>
        <source>npmdesk cannot write in {path}: choose a folder you can write to (each device writes its own subfolder there). Nothing was changed.</source>
        <translation>npmdesk не может записывать в {path}: выберите папку, в которую вы можете записывать (каждое устройство пишет туда свою подпапку). Ничего не изменено.</translation>
    </message>
    <message>
        <source>This message is larger than {limit} MiB, the most npmdesk imports from one message; nothing was imported from it.</source>
        <translation>Это сообщение больше {limit} МиБ — это максимум, который npmdesk импортирует из одного сообщения; из него ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} is longer than its manifest says</source>
        <translation>{name} длиннее, чем указано в его манифесте</translation>
    </message>
    <message>
        <source>{name} does not match its manifest</source>
        <translation>{name} не совпадает с манифестом</translation>
    </message>
    <message>
        <source>{name} is not the file its manifest lists next</source>
        <translation>{name} — не тот файл, который манифест называет следующим</translation>
    </message>
    <message>
        <source>an attachment has the id of a different attachment in your vault</source>
        <translation>вложение имеет идентификатор другого вложения в вашем хранилище</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>он обрезан</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment wrongly</source>
        <translation>его индекс неверно описывает запись или вложение</translation>
    </message>
    <message>
        <source>its index does not end with a line end</source>
        <translation>его индекс не заканчивается концом строки</translation>
    </message>
    <message>
        <source>its index is not valid JSON Lines</source>
        <translation>его индекс — не корректный JSON Lines</translation>
    </message>
    <message>
        <source>its index has a line too long</source>
        <translation>в его индексе слишком длинная строка</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment twice</source>
        <translation>его индекс дважды перечисляет запись или вложение</translation>
    </message>
    <message>
        <source>its index lists an attachment before any record</source>
        <translation>его индекс перечисляет вложение раньше любой записи</translation>
    </message>
    <message>
        <source>its index does not match its manifest</source>
        <translation>его индекс не совпадает с манифестом</translation>
    </message>
    <message>
        <source>its manifest is malformed</source>
        <translation>его манифест имеет неверную структуру</translation>
    </message>
    <message>
        <source>its format version is not a version number</source>
        <translation>его версия формата — не номер версии</translation>
    </message>
    <message>
        <source>a manifest over {size} MiB</source>
        <translation>манифест больше {size} МиБ</translation>
    </message>
    <message>
        <source>more than {limit} files</source>
        <translation>более {limit} файлов</translation>
    </message>
    <message>
        <source>its manifest&apos;s creation time is not a real date and time</source>
        <translation>время создания в его манифесте — не настоящие дата и время</translation>
    </message>
    <message>
        <source>its manifest shows a fingerprint that is not its signing key&apos;s</source>
        <translation>его манифест показывает отпечаток, не принадлежащий его ключу подписи</translation>
    </message>
    <message>
        <source>its manifest names a file twice</source>
        <translation>его манифест дважды называет один файл</translation>
    </message>
    <message>
        <source>more than {limit} records</source>
        <translation>более {limit} записей</translation>
    </message>
    <message>
        <source>its manifest names a file with an unsafe path</source>
        <translation>его манифест называет файл с небезопасным путём</translation>
    </message>
    <message>
        <source>its manifest lists a file wrongly</source>
        <translation>его манифест неверно описывает файл</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON: {error}</source>
        <translation>его манифест — не корректный JSON: {error}</translation>
    </message>
    <message>
        <source>its manifest does not list the index, the records and the summary first</source>
        <translation>его манифест не перечисляет первыми индекс, записи и сводку</translation>
    </message>
    <message>
        <source>its manifest does not list the records and the summary first</source>
        <translation>его манифест не перечисляет первыми записи и сводку</translation>
    </message>
    <message>
        <source>its manifest lists a record wrongly</source>
        <translation>его манифест неверно описывает запись</translation>
    </message>
    <message>
        <source>its records do not match its manifest</source>
        <translation>его записи не совпадают с манифестом</translation>
    </message>
    <message>
        <source>its attachments do not match its manifest</source>
        <translation>его вложения не совпадают с манифестом</translation>
    </message>
    <message>
        <source>the records file is truncated</source>
        <translation>файл записей обрезан</translation>
    </message>
    <message>
        <source>a signature over 4 KiB</source>
        <translation>подпись больше 4 КиБ</translation>
    </message>
    <message>
        <source>an OpenSSH signature over 4 KiB</source>
        <translation>подпись OpenSSH больше 4 КиБ</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list ({name})</source>
        <translation>он содержит файл, которого нет в манифесте ({name})</translation>
    </message>
    <message>
        <source>its OpenSSH signature (manifest.json.sshsig) does not verify</source>
        <translation>его подпись OpenSSH (manifest.json.sshsig) не проходит проверку</translation>
    </message>
    <message>
        <source>an attachment does not match its manifest</source>
        <translation>вложение не совпадает с манифестом</translation>
    </message>
    <message>
        <source>the records file has data after its end</source>
        <translation>в файле записей есть данные после его конца</translation>
    </message>
    <message>
        <source>the records file is not valid gzip</source>
        <translation>файл записей — не корректный gzip</translation>
    </message>
    <message>
        <source>a record carries real names that its manifest does not announce</source>
        <translation>запись содержит настоящие имена, которые не заявлены в манифесте</translation>
    </message>
    <message>
        <source>its signature is missing</source>
        <translation>его подпись отсутствует</translation>
    </message>
    <message>
        <source>a summary over {size} MiB</source>
        <translation>сводка больше {size} МиБ</translation>
    </message>
    <message>
        <source>the records file decompresses too much: a decompression bomb</source>
        <translation>файл записей распаковывается в слишком большой объём: это бомба распаковки</translation>
    </message>
    <message>
        <source>its records are not in the npmdesk format</source>
        <translation>его записи не в формате npmdesk</translation>
    </message>
    <message>
        <source>its records&apos; schema version is not a version number</source>
        <translation>версия схемы его записей — не номер версии</translation>
    </message>
    <message>
        <source>a record over {size} MiB of JSON</source>
        <translation>запись больше {size} МиБ JSON</translation>
    </message>
    <message>
        <source>its records are truncated</source>
        <translation>его записи обрезаны</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>запись — не объект JSON</translation>
    </message>
    <message>
        <source>a record has no valid id</source>
        <translation>у записи нет корректного идентификатора</translation>
    </message>
    <message>
        <source>its records are truncated or not valid JSON</source>
        <translation>его записи обрезаны или не являются корректным JSON</translation>
    </message>
    <message>
        <source>record {record_id} appears twice</source>
        <translation>запись {record_id} встречается дважды</translation>
    </message>
    <message>
        <source>a record is not valid JSON: {error}</source>
        <translation>запись — не корректный JSON: {error}</translation>
    </message>
    <message>
        <source>its records are not valid JSON</source>
        <translation>его записи — не корректный JSON</translation>
    </message>
    <message>
        <source>a record is nested too deeply</source>
        <translation>запись имеет слишком глубокую вложенность</translation>
    </message>
    <message>
        <source>a member&apos;s size is not a number</source>
        <translation>размер элемента — не число</translation>
    </message>
    <message>
        <source>a member header is damaged</source>
        <translation>заголовок элемента повреждён</translation>
    </message>
    <message>
        <source>it contains a link, a folder or another special entry</source>
        <translation>он содержит ссылку, папку или другой особый элемент</translation>
    </message>
    <message>
        <source>a member name is too long</source>
        <translation>имя элемента слишком длинное</translation>
    </message>
    <message>
        <source>a member name is not plain ASCII</source>
        <translation>имя элемента — не простой ASCII</translation>
    </message>
    <message>
        <source>a member header is missing</source>
        <translation>заголовок элемента отсутствует</translation>
    </message>
    <message>
        <source>there is data after its end</source>
        <translation>после его конца есть данные</translation>
    </message>
    <message>
        <source>a member&apos;s padding is not empty</source>
        <translation>заполнение элемента не пустое</translation>
    </message>
    <message>
        <source>The message has no readable date.</source>
        <translation>У сообщения нет читаемой даты.</translation>
    </message>
    <message>
        <source>The message&apos;s date has no time zone; it is taken as UTC.</source>
        <translation>В дате сообщения нет часового пояса; она считается датой в UTC.</translation>
    </message>
    <message>
        <source>The message has no date; the date it was received is used.</source>
        <translation>У сообщения нет даты; используется дата его получения.</translation>
    </message>
    <message>
        <source>The message is encrypted; its text is only in the original file.</source>
        <translation>Сообщение зашифровано; его текст есть только в исходном файле.</translation>
    </message>
    <message>
        <source>The message&apos;s text is very long; the rest is in the original file.</source>
        <translation>Текст сообщения очень длинный; остальное — в исходном файле.</translation>
    </message>
    <message>
        <source>An Outlook winmail.dat part could not be unpacked; it is kept as it came.</source>
        <translation>Часть winmail.dat из Outlook не удалось распаковать; она сохранена как есть.</translation>
    </message>
    <message>
        <source>The message&apos;s text is kept only in Outlook&apos;s RTF form; it is in the original file.</source>
        <translation>Текст сообщения сохранён только в формате RTF Outlook; он в исходном файле.</translation>
    </message>
    <message>
        <source>An attached Outlook item is kept only in the original file.</source>
        <translation>Вложенный элемент Outlook сохранён только в исходном файле.</translation>
    </message>
    <message>
        <source>it holds {name}, which is not a JSON number</source>
        <translation>он содержит {name}, а это не число JSON</translation>
    </message>
    <message>
        <source>it is larger than allowed</source>
        <translation>он больше допустимого</translation>
    </message>
    <message>
        <source>it starts with a byte-order mark</source>
        <translation>он начинается с метки порядка байтов</translation>
    </message>
    <message>
        <source>it holds more values than allowed</source>
        <translation>он содержит больше значений, чем допустимо</translation>
    </message>
    <message>
        <source>it holds a number out of range</source>
        <translation>он содержит число вне допустимого диапазона</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>у него слишком глубокая вложенность</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>это не корректный JSON</translation>
    </message>
    <message>
        <source>an object has the same key twice</source>
        <translation>в объекте один и тот же ключ встречается дважды</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>это не текст UTF-8</translation>
    </message>
    <message>
        <source>it holds text with a lone surrogate</source>
        <translation>он содержит текст с одиночным суррогатом</translation>
    </message>
    <message>
        <source>{file} was set aside, not applied: {reason}</source>
        <translation>{file} отложен, не применён: {reason}</translation>
    </message>
    <message>
        <source>it holds no team document</source>
        <translation>в нём нет документа команды</translation>
    </message>
    <message>
        <source>its signed device or number is not the one its name says</source>
        <translation>подписанные в нём устройство или номер не совпадают с его именем</translation>
    </message>
    <message>
        <source>it is not a changeset</source>
        <translation>это не набор изменений</translation>
    </message>
    <message>
        <source>waiting for the new snapshot it makes for this device (this vault was restored from a backup)</source>
        <translation>ожидается новый снимок, который он делает для этого устройства (это хранилище восстановлено из резервной копии)</translation>
    </message>
    <message>
        <source>waiting for the snapshot it makes for this device</source>
        <translation>ожидается снимок, который он делает для этого устройства</translation>
    </message>
    <message>
        <source>it was made for another device</source>
        <translation>он сделан для другого устройства</translation>
    </message>
    <message>
        <source>waiting for its changeset {number} (later ones are already here)</source>
        <translation>ожидается его набор изменений {number} (следующие уже здесь)</translation>
    </message>
    <message>
        <source>its changeset {number} is not addressed to this device: waiting for a snapshot (is this device still a member there?)</source>
        <translation>его набор изменений {number} не адресован этому устройству: ожидается снимок (это устройство всё ещё участник там?)</translation>
    </message>
    <message>
        <source>it is not a team changeset</source>
        <translation>это не набор изменений команды</translation>
    </message>
    <message>
        <source>it was made by a newer version of npmdesk</source>
        <translation>он сделан более новой версией npmdesk</translation>
    </message>
    <message>
        <source>its device is malformed</source>
        <translation>его устройство указано в неверном виде</translation>
    </message>
    <message>
        <source>its sequence number is malformed</source>
        <translation>его порядковый номер указан в неверном виде</translation>
    </message>
    <message>
        <source>its snapshot is for a malformed device</source>
        <translation>его снимок предназначен для неверно указанного устройства</translation>
    </message>
    <message>
        <source>its lists are malformed</source>
        <translation>его списки имеют неверную структуру</translation>
    </message>
    <message>
        <source>a restored or conflicting record is malformed</source>
        <translation>восстановленная или конфликтующая запись имеет неверную структуру</translation>
    </message>
    <message>
        <source>a removed attachment is malformed</source>
        <translation>удалённое вложение имеет неверную структуру</translation>
    </message>
    <message>
        <source>a deleted record is malformed</source>
        <translation>удалённая запись имеет неверную структуру</translation>
    </message>
    <message>
        <source>its team document is not valid JSON</source>
        <translation>его документ команды — не корректный JSON</translation>
    </message>
    <message>
        <source>its team document is too large</source>
        <translation>его документ команды слишком велик</translation>
    </message>
    <message>
        <source>it has not written to the team folder yet</source>
        <translation>он ещё ничего не записал в папку команды</translation>
    </message>
    <message>
        <source>HMAC verification failed for page {page}</source>
        <translation>проверка HMAC не пройдена для страницы {page}</translation>
    </message>
    <message>
        <source>page {page} has an invalid size of {size} bytes (expected {expected} bytes)</source>
        <translation>страница {page} имеет неверный размер {size} байт (ожидалось {expected} байт)</translation>
    </message>
    <message>
        <source>*** in database {name} ***</source>
        <translation>*** в базе данных {name} ***</translation>
    </message>
    <message>
        <source>Page {page}: never used</source>
        <translation>Страница {page}: не используется</translation>
    </message>
    <message>
        <source>row {row} missing from index {index}</source>
        <translation>строка {row} отсутствует в индексе {index}</translation>
    </message>
    <message>
        <source>wrong # of entries in index {index}</source>
        <translation>неверное число записей в индексе {index}</translation>
    </message>
    <message>
        <source>cipher check stopped: {error}</source>
        <translation>проверка шифрования остановилась: {error}</translation>
    </message>
    <message>
        <source>integrity check stopped: {error}</source>
        <translation>проверка целостности остановилась: {error}</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>файл базы данных повреждён</translation>
    </message>
    <message>
        <source>the file is not a database npmdesk can read</source>
        <translation>этот файл — не база данных, которую npmdesk может прочитать</translation>
    </message>
    <message>
        <source>This package was refused: its contact {record_id} carries a malformed signing key or age recipient. Nothing was changed.</source>
        <translation>Этот пакет отклонён: его контакт {record_id} содержит неверно сформированный ключ подписи или получателя age. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: the %n record(s) chosen are all left out, because consent to their transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Ничего не записано: все выбранные записи (%n) исключены, потому что в согласии на их передачу ППП отказано.</numerusform>
            <numerusform>Ничего не записано: все %n выбранные записи исключены, потому что в согласии на их передачу ППП отказано.</numerusform>
            <numerusform>Ничего не записано: все %n выбранных записей исключены, потому что в согласии на их передачу ППП отказано.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package was refused: its record {record_id} has the id of a different kind of record in your vault (a package cannot turn one kind of record into another). Nothing was changed.</source>
        <translation>Этот пакет отклонён: его запись {record_id} имеет идентификатор записи другого вида в вашем хранилище (пакет не может превратить запись одного вида в другой). Ничего не изменено.</translation>
    </message>
    <message>
        <source>unexpected or missing keys ({keys}).</source>
        <translation>неожиданные или отсутствующие ключи ({keys}).</translation>
    </message>
    <message>
        <source>its version is not a positive whole number.</source>
        <translation>её версия — не целое положительное число.</translation>
    </message>
    <message>
        <source>fields is not an object.</source>
        <translation>fields — не объект.</translation>
    </message>
    <message>
        <source>consents are malformed.</source>
        <translation>согласия имеют неверную структуру.</translation>
    </message>
    <message>
        <source>a link is malformed.</source>
        <translation>ссылка имеет неверную структуру.</translation>
    </message>
    <message>
        <source>lineage is malformed.</source>
        <translation>lineage имеет неверную структуру.</translation>
    </message>
    <message>
        <source>content_sha256 is malformed.</source>
        <translation>content_sha256 имеет неверную структуру.</translation>
    </message>
    <message>
        <source>attachments is not a list.</source>
        <translation>attachments — не список.</translation>
    </message>
    <message>
        <source>pseudonyms are malformed.</source>
        <translation>псевдонимы имеют неверную структуру.</translation>
    </message>
    <message>
        <source>an OPCAT article is malformed.</source>
        <translation>статья ФП-КПП указана в неверном виде.</translation>
    </message>
    <message>
        <source>an attachment is malformed.</source>
        <translation>вложение имеет неверную структуру.</translation>
    </message>
    <message>
        <source>an attachment id is not valid.</source>
        <translation>идентификатор вложения неверен.</translation>
    </message>
    <message>
        <source>an attachment name is not valid.</source>
        <translation>имя вложения неверно.</translation>
    </message>
    <message>
        <source>an attachment type is not valid.</source>
        <translation>тип вложения неверен.</translation>
    </message>
    <message>
        <source>an attachment size is not valid.</source>
        <translation>размер вложения неверен.</translation>
    </message>
    <message>
        <source>an attachment hash is not valid.</source>
        <translation>хеш вложения неверен.</translation>
    </message>
    <message>
        <source>an attachment path is not valid.</source>
        <translation>путь вложения неверен.</translation>
    </message>
    <message>
        <source>{key} is not a real date and time.</source>
        <translation>{key} — не настоящие дата и время.</translation>
    </message>
    <message>
        <source>{key} is not a name.</source>
        <translation>{key} — не имя.</translation>
    </message>
    <message>
        <source>{key} is not a list.</source>
        <translation>{key} — не список.</translation>
    </message>
    <message>
        <source>its content does not match its hash.</source>
        <translation>её содержимое не совпадает с хешем.</translation>
    </message>
    <message>
        <source>a contact&apos;s verification cannot be imported.</source>
        <translation>проверку контакта нельзя импортировать.</translation>
    </message>
    <message>
        <source>a value has the wrong type.</source>
        <translation>значение имеет неверный тип.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: give your key file with -i.</source>
        <translation>Этот файл зашифрован для ключей age, а не парольной фразой: укажите файл ключа с -i.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: run without -i to be asked for it.</source>
        <translation>Этот файл защищён парольной фразой, а не ключом: запустите без -i, чтобы её запросили.</translation>
    </message>
    <message>
        <source>The protected key file is too large to be a key file.</source>
        <translation>Защищённый файл ключа слишком велик для файла ключа.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>This age file cannot be processed.</source>
        <translation>Этот файл age невозможно обработать.</translation>
    </message>
    <message>
        <source>This is not a valid age file or its header is damaged.</source>
        <translation>Это не корректный файл age, или его заголовок повреждён.</translation>
    </message>
    <message>
        <source>This file&apos;s passphrase protection asks for more work and memory than npmdesk allows on this computer (its scrypt work factor needs more than 1 GiB, or more than a quarter of this computer&apos;s memory), so it was not opened.</source>
        <translation>Защита этого файла парольной фразой требует больше работы и памяти, чем npmdesk допускает на этом компьютере (его коэффициент работы scrypt требует более 1 ГиБ или более четверти памяти этого компьютера), поэтому он не открыт.</translation>
    </message>
    <message>
        <source>The age file&apos;s header does not match its key: the file was tampered with or damaged.</source>
        <translation>Заголовок файла age не соответствует его ключу: файл подделан или повреждён.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any of your keys.</source>
        <translation>Этот файл не зашифрован ни для одного из ваших ключей.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this file.</source>
        <translation>Неверная парольная фраза: она не открывает этот файл.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: open it with its passphrase.</source>
        <translation>Этот файл защищён парольной фразой, а не ключом: откройте его с его парольной фразой.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: open it with your key file.</source>
        <translation>Этот файл зашифрован для ключей age, а не парольной фразой: откройте его своим файлом ключа.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with; nothing was kept.</source>
        <translation>Зашифрованное содержимое повреждено или подделано; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with: the output written so far is incomplete and must not be trusted.</source>
        <translation>Зашифрованное содержимое повреждено или подделано: записанный до сих пор вывод неполон, ему нельзя доверять.</translation>
    </message>
    <message>
        <source>This armored age file (-----BEGIN AGE ENCRYPTED FILE-----) is damaged or not in the strict armor format.</source>
        <translation>Этот файл age в текстовой оболочке (-----BEGIN AGE ENCRYPTED FILE-----) повреждён или не в строгом формате оболочки.</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: it must be an age public key (age1…).</source>
        <translation>Это не корректный получатель age: это должен быть открытый ключ age (age1…).</translation>
    </message>
    <message>
        <source>The recipients file holds no age recipient (age1…).</source>
        <translation>В файле получателей нет ни одного получателя age (age1…).</translation>
    </message>
    <message>
        <source>This kind of recipient is not supported: npmdesk encrypts to X25519 age public keys (age1…) only, not to post-quantum, plugin or SSH keys.</source>
        <translation>Этот вид получателя не поддерживается: npmdesk шифрует только для открытых ключей age X25519 (age1…), а не для постквантовых ключей, ключей плагинов или SSH.</translation>
    </message>
    <message>
        <source>This is not a valid age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>Это не корректный секретный ключ age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The key file holds no age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>В файле ключа нет секретного ключа age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This kind of secret key is not supported: npmdesk reads X25519 age secret keys (AGE-SECRET-KEY-1…) only, not post-quantum, plugin or SSH keys.</source>
        <translation>Этот вид секретного ключа не поддерживается: npmdesk читает только секретные ключи age X25519 (AGE-SECRET-KEY-1…), а не постквантовые ключи, ключи плагинов или SSH.</translation>
    </message>
    <message>
        <source>The key file {path} is not a text file.</source>
        <translation>Файл ключа {path} — не текстовый файл.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name.</source>
        <translation>{path} уже существует: выберите другое имя файла.</translation>
    </message>
    <message>
        <source>the system refused it ({code})</source>
        <translation>система отказала ({code})</translation>
    </message>
    <message>
        <source>the file or folder is not there (was the drive unplugged or the folder moved?)</source>
        <translation>файла или папки нет на месте (не отключён ли диск, не перемещена ли папка?)</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>часть пути — файл, а не папка</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <translation>файл с таким именем уже существует</translation>
    </message>
    <message>
        <source>the file name or path is too long</source>
        <translation>имя файла или путь слишком длинные</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>файл используется другой программой</translation>
    </message>
    <message>
        <source>the drive could not be read or written (is it still connected?)</source>
        <translation>не удалось прочитать диск или записать на него (он всё ещё подключён?)</translation>
    </message>
    <message>
        <source>the name is not allowed on this drive</source>
        <translation>такое имя недопустимо на этом диске</translation>
    </message>
    <message>
        <source>This vault already holds the demo data of seed {seed}: choose another seed. Nothing was added.</source>
        <translation>В этом хранилище уже есть демонстрационные данные с начальным числом {seed}: выберите другое. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: должен быть текст.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}: обязательное поле.</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>{field}: слишком длинное значение.</translation>
    </message>
    <message>
        <source>{field} contains a NUL character.</source>
        <translation>{field}: содержит символ NUL.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}.</source>
        <translation>Неизвестный вид записи: {kind}.</translation>
    </message>
    <message>
        <source>Status must be one of: {choices}.</source>
        <translation>Статус должен быть одним из: {choices}.</translation>
    </message>
    <message>
        <source>Sensitivity must be one of: {choices}.</source>
        <translation>Уровень конфиденциальности должен быть одним из: {choices}.</translation>
    </message>
    <message>
        <source>Consent must be one of: {choices}.</source>
        <translation>Согласие должно быть одним из: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field}: значение должно быть одним из: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field}: значение должно быть целым числом.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field}: значение должно быть числом.</translation>
    </message>
    <message>
        <source>{field} is yes or no.</source>
        <translation>{field}: да или нет.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field}: значение должно быть списком.</translation>
    </message>
    <message>
        <source>{field} must list records of this vault.</source>
        <translation>{field}: должны быть перечислены записи этого хранилища.</translation>
    </message>
    <message>
        <source>{field} must be among: {choices}.</source>
        <translation>{field}: значения должны быть из списка: {choices}.</translation>
    </message>
    <message>
        <source>A record of kind “{kind}” has no field {name}.</source>
        <translation>У записи вида «{kind}» нет поля {name}.</translation>
    </message>
    <message>
        <source>{file} (Thunderbird)</source>
        <translation>{file} (Thunderbird)</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <translation>{file}, сообщение {number}</translation>
    </message>
    <message>
        <source>The integrity check found a problem npmdesk cannot describe in words (detail for support: {detail}).</source>
        <translation>Проверка целостности обнаружила проблему, которую npmdesk не может описать словами (подробности для службы поддержки: {detail}).</translation>
    </message>
    <message>
        <source>an error npmdesk cannot describe in words (detail for support: {detail})</source>
        <translation>ошибка, которую npmdesk не может описать словами (подробности для службы поддержки: {detail})</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>An attachment changed while the backup was being written (it was removed, or its file in the vault is missing or damaged), so no backup was written. Try again; if this happens again, check the vault (npmdesk check).</source>
        <translation>Вложение изменилось во время записи резервной копии (его удалили, или его файл в хранилище отсутствует или повреждён), поэтому резервная копия не записана. Попробуйте снова; если это повторится, проверьте хранилище (npmdesk check).</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is missing</source>
        <translation>вложение {attachment} записи {record}: его файл отсутствует</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is damaged (altered, cut short or replaced)</source>
        <translation>вложение {attachment} записи {record}: его файл повреждён (изменён, обрезан или подменён)</translation>
    </message>
    <message>
        <source>No backup was written: attachment {attachment} of record {record} is damaged in the vault (its file is missing, cut short or altered), so it can no longer be opened. Remove that attachment from the record (attach the document again if you still have it), then back up again; npmdesk check lists every damaged attachment.</source>
        <translation>Резервная копия не записана: вложение {attachment} записи {record} повреждено в хранилище (его файл отсутствует, обрезан или изменён) и больше не может быть открыто. Удалите это вложение из записи (приложите документ снова, если он у вас ещё есть), затем повторите резервное копирование; npmdesk check перечисляет все повреждённые вложения.</translation>
    </message>
</context>
<context>
    <name>OwnAddressesSetting</name>
    <message>
        <source>Your organisation&apos;s email addresses: write whole addresses such as info@npm.example.org, separated by commas. Nothing was saved.</source>
        <translation>Адреса электронной почты вашей организации: введите полные адреса, например info@npm.example.org, через запятую. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s email addresses</source>
        <translation>Адреса электронной почты вашей организации</translation>
    </message>
    <message>
        <source>info@npm.example.org, visits@npm.example.org</source>
        <translation>info@npm.example.org, visits@npm.example.org</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;Адреса электронной почты:</translation>
    </message>
    <message>
        <source>Your organisation&apos;s addresses, separated by commas: imported email from them counts as sent, the rest as received. Kept in the vault.</source>
        <translation>Адреса вашей организации через запятую: импортированные письма с этих адресов считаются отправленными, остальные — полученными. Сохраняются в хранилище.</translation>
    </message>
</context>
<context>
    <name>PackagePassphraseDialog</name>
    <message>
        <source>Package passphrase</source>
        <translation>Парольная фраза пакета</translation>
    </message>
    <message>
        <source>This package was encrypted with a passphrase. Type the passphrase the sender gave you (by phone, for example).</source>
        <translation>Этот пакет зашифрован парольной фразой. Введите парольную фразу, которую вам сообщил отправитель (например, по телефону).</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Паро&amp;льная фраза:</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Проблема с парольной фразой</translation>
    </message>
    <message>
        <source>&amp;Open the package</source>
        <translation>&amp;Открыть пакет</translation>
    </message>
    <message>
        <source>Open the package with this passphrase</source>
        <translation>Открыть пакет этой парольной фразой</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type the package&apos;s passphrase.</source>
        <translation>Введите парольную фразу пакета.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Слишком короткая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Надёжность: {0}</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>Files to attach</source>
        <translation>Файлы для прикрепления</translation>
    </message>
    <message>
        <source>Files to attach when the record is saved</source>
        <translation>Файлы, которые будут прикреплены при сохранении записи</translation>
    </message>
    <message>
        <source>Attac&amp;h files…</source>
        <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>Прикрепить файлы к этой записи</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Убрать из списка</translation>
    </message>
    <message>
        <source>Do not attach the chosen file</source>
        <translation>Не прикреплять выбранный файл</translation>
    </message>
    <message>
        <source>Files to attach: status</source>
        <translation>Файлы для прикрепления: состояние</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>эта запись</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be attached when you save.</source>
        <translation>
            <numerusform>При сохранении будет прикреплён %n файл.</numerusform>
            <numerusform>При сохранении будут прикреплены %n файла.</numerusform>
            <numerusform>При сохранении будет прикреплено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” will not be attached.</source>
        <translation>«{name}» не будет прикреплён.</translation>
    </message>
    <message>
        <source>No files yet. Attach files, or drop them on this form.</source>
        <translation>Файлов пока нет. Прикрепите файлы или перетащите их на эту форму.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>not recorded</source>
        <translation>не зарегистрировано</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>Лица и согласие</translation>
    </message>
    <message>
        <source>People named in this record and their consent</source>
        <translation>Лица, упомянутые в этой записи, и их согласие</translation>
    </message>
    <message>
        <source>People and their consent per purpose</source>
        <translation>Лица и их согласие по каждой цели</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>No one is named yet. Add each person the record is about: their consent is then recorded per purpose, and an alias replaces their name outside the vault.</source>
        <translation>Пока никто не указан. Добавьте каждого человека, которого касается запись: затем его согласие регистрируется по каждой цели, а за пределами хранилища его имя заменяется псевдонимом.</translation>
    </message>
    <message>
        <source>Add pers&amp;on…</source>
        <translation>Добавить &amp;лицо…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Изменить лицо…</translation>
    </message>
    <message>
        <source>Edit the selected person and their consent</source>
        <translation>Изменить выбранное лицо и его согласие</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Удалить лицо</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Удалить выбранное лицо</translation>
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
        <translation>{purpose}: согласие</translation>
    </message>
    <message>
        <source>{purpose}: date</source>
        <translation>{purpose}: дата</translation>
    </message>
    <message>
        <source>{purpose}: how it was obtained</source>
        <translation>{purpose}: как получено</translation>
    </message>
    <message>
        <source>{purpose}: withdrawn on</source>
        <translation>{purpose}: дата отзыва</translation>
    </message>
    <message>
        <source>{purpose}: given by (parent, guardian or legal representative)</source>
        <translation>{purpose}: кем дано (родитель, опекун или законный представитель)</translation>
    </message>
    <message>
        <source>{purpose}: obtained by</source>
        <translation>{purpose}: кем получено</translation>
    </message>
    <message>
        <source>Person and consent</source>
        <translation>Лицо и согласие</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <source>Real name (kept in this vault only)</source>
        <translation>Настоящее имя (хранится только в этом хранилище)</translation>
    </message>
    <message>
        <source>Alias (the pseudonym used outside the vault)</source>
        <translation>Псевдоним (используется за пределами хранилища)</translation>
    </message>
    <message>
        <source>Real &amp;name:</source>
        <translation>&amp;Настоящее имя:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Псевдоним:</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Ребёнок</translation>
    </message>
    <message>
        <source>The person is a child</source>
        <translation>Этот человек — ребёнок</translation>
    </message>
    <message>
        <source>&amp;Lacks capacity to consent</source>
        <translation>Не &amp;способен дать согласие</translation>
    </message>
    <message>
        <source>The person lacks capacity to consent</source>
        <translation>Этот человек не способен дать согласие</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>Кто даёт согласие</translation>
    </message>
    <message>
        <source>Consent per purpose</source>
        <translation>Согласие по каждой цели</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Дата отзыва</translation>
    </message>
    <message>
        <source>Why the person was not kept</source>
        <translation>Почему лицо не сохранено</translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation>Сохранить это лицо</translation>
    </message>
    <message>
        <source>Close without keeping</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>Not known in this vault (received under an alias)</source>
        <translation>Неизвестно в этом хранилище (получено под псевдонимом)</translation>
    </message>
    <message>
        <source>Given by (parent, guardian or legal representative)</source>
        <translation>Кем дано (родитель, опекун или законный представитель)</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Кем получено</translation>
    </message>
    <message>
        <source>Consent for this person comes from a parent, guardian or legal representative: record who gave it.</source>
        <translation>Согласие за этого человека даёт родитель, опекун или законный представитель: укажите, кто его дал.</translation>
    </message>
    <message>
        <source>Consent comes from the person themselves.</source>
        <translation>Согласие даёт сам человек.</translation>
    </message>
    <message>
        <source>Write the person&apos;s real name (it stays in this vault).</source>
        <translation>Напишите настоящее имя человека (оно остаётся в этом хранилище).</translation>
    </message>
    <message>
        <source>Give the person an alias: it replaces the real name outside the vault.</source>
        <translation>Дайте человеку псевдоним: он заменяет настоящее имя за пределами хранилища.</translation>
    </message>
    <message>
        <source>This person is already listed.</source>
        <translation>Этот человек уже есть в списке.</translation>
    </message>
    <message>
        <source>Another person has this alias: choose another.</source>
        <translation>У другого лица уже есть такой псевдоним: выберите другой.</translation>
    </message>
    <message>
        <source>The alias must differ from the real name.</source>
        <translation>Псевдоним должен отличаться от настоящего имени.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>Даты записываются в виде ГГГГ-ММ-ДД, например 2026-11-29.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>New person…</source>
        <translation>Новое лицо…</translation>
    </message>
    <message>
        <source>Add a person to this record and choose their alias</source>
        <translation>Добавить лицо к этой записи и выбрать его псевдоним</translation>
    </message>
    <message>
        <source>Consent to report</source>
        <translation>Согласие для сообщения</translation>
    </message>
    <message>
        <source>Choose the person to see their consent to report.</source>
        <translation>Выберите лицо, чтобы увидеть его согласие для сообщения.</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose}: {state}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не зарегистрировано</translation>
    </message>
    <message>
        <source>Consent to report — {states}</source>
        <translation>Согласие для сообщения — {states}</translation>
    </message>
</context>
<context>
    <name>ProtectedPdf</name>
    <message>
        <source>Password-protected PD&amp;F (for recipients with only a PDF reader)</source>
        <translation>PDF, &amp;защищённый паролем (для получателей, у которых есть только программа для чтения PDF)</translation>
    </message>
    <message>
        <source>A PDF of the records, locked with a long password that npmdesk makes and shows you once. Give the password by phone.</source>
        <translation>PDF-файл с записями, заблокированный длинным паролем, который npmdesk создаёт и показывает вам один раз. Сообщите пароль по телефону.</translation>
    </message>
    <message>
        <source>Save the password-protected PDF</source>
        <translation>Сохранить PDF, защищённый паролем</translation>
    </message>
    <message>
        <source>PDF documents (*{suffix})</source>
        <translation>Документы PDF (*{suffix})</translation>
    </message>
    <message>
        <source>Exported {records} records to {path} ({size}), as a PDF locked with a password (AES-256).</source>
        <translation>Экспортировано записей: {records}; файл {path} ({size}) — PDF, защищённый паролем (AES-256).</translation>
    </message>
    <message>
        <source>Making the password-protected PDF…</source>
        <translation>Создание PDF, защищённого паролем…</translation>
    </message>
    <message>
        <source>The PDF&apos;s password</source>
        <translation>Пароль PDF-файла</translation>
    </message>
    <message>
        <source>The PDF opens with this password. Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>PDF открывается этим паролем. Сообщите его получателю по телефону, но никогда — в том же письме, что и PDF.</translation>
    </message>
    <message>
        <source>It will not be shown again: npmdesk does not keep it.</source>
        <translation>Он больше не будет показан: npmdesk его не хранит.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Скопировать пароль</translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation>Пароль &amp;записан</translation>
    </message>
    <message>
        <source>I have noted the password</source>
        <translation>Пароль записан</translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Пункт</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>NPM&apos;s assessment</source>
        <translation>Оценка НПМ</translation>
    </message>
    <message>
        <source>State reports</source>
        <translation>По данным государства</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation>(без доклада)</translation>
    </message>
</context>
<context>
    <name>RecommendationsTracker</name>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Столбцы: выберите один, чтобы сортировать по нему</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Все доклады</translation>
    </message>
    <message>
        <source>Without a report</source>
        <translation>Без доклада</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Не сообщено</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <source>No priority given</source>
        <translation>Приоритет не указан</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Любой орган</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>Не указан</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) shown.</source>
        <translation>
            <numerusform>Показана %n рекомендация.</numerusform>
            <numerusform>Показаны %n рекомендации.</numerusform>
            <numerusform>Показано %n рекомендаций.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsTrackerForm</name>
    <message>
        <source>Recommendations tracker</source>
        <translation>Контроль выполнения рекомендаций</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>&amp;Доклад:</translation>
    </message>
    <message>
        <source>Show the recommendations of this report</source>
        <translation>Показать рекомендации этого доклада</translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <source>Show the recommendations to this addressee</source>
        <translation>Показать рекомендации этому адресату</translation>
    </message>
    <message>
        <source>NPM&apos;s assessmen&amp;t:</source>
        <translation>Оценка &amp;НПМ:</translation>
    </message>
    <message>
        <source>Show the recommendations the NPM assesses at this status</source>
        <translation>Показать рекомендации, которые НПМ оценивает этим статусом</translation>
    </message>
    <message>
        <source>State&apos;s stat&amp;us:</source>
        <translation>Статус по данным &amp;государства:</translation>
    </message>
    <message>
        <source>Show the recommendations the State reports at this status</source>
        <translation>Показать рекомендации, которым государство присвоило этот статус</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <source>Show the recommendations of this priority or timeframe</source>
        <translation>Показать рекомендации с этим приоритетом или сроком</translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Show the recommendations for this responsible authority</source>
        <translation>Показать рекомендации для этого ответственного органа</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Статус выполнения</translation>
    </message>
    <message>
        <source>Implementation status in words</source>
        <translation>Статус выполнения словами</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>A new record of the list&apos;s kind</source>
        <translation>Новая запись того же вида, что и список</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the selected record</source>
        <translation>Изменить выбранную запись</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Answer the selected communication</source>
        <translation>Ответить на выбранное сообщение</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Продолжить переписку…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add to the selected communication&apos;s thread</source>
        <translation>Добавить к переписке выбранного сообщения</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>В &amp;корзину</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Move the selected record to the bin</source>
        <translation>Переместить выбранную запись в корзину</translation>
    </message>
    <message>
        <source>Re&amp;store from the bin</source>
        <translation>&amp;Восстановить из корзины</translation>
    </message>
    <message>
        <source>Take the selected record out of the bin</source>
        <translation>Извлечь выбранную запись из корзины</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <source>New of &amp;kind</source>
        <translation>&amp;Новая запись вида</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Изменить выбранную запись</translation>
    </message>
    <message>
        <source>Reply to the selected communication</source>
        <translation>Ответить на выбранное сообщение</translation>
    </message>
    <message>
        <source>&amp;New {kind}…</source>
        <translation>&amp;Новая запись: {kind}…</translation>
    </message>
</context>
<context>
    <name>RecordDetailForm</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Sensitivity marking</source>
        <translation>Гриф конфиденциальности</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>Прежние версии этой записи</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Сведения о записи</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Текст записи</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>Число &amp;вложений:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>“{item}” is not an OPCAT reference: write an article from 1 to 37 with its sub-paragraphs, for example 11(1)(b)(ii) or 19(b).</source>
        <translation>«{item}» — не ссылка на Факультативный протокол: укажите статью от 1 до 37 с её подпунктами, например 11(1)(b)(ii) или 19(b).</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>Отбросить то, что вы ввели в этой форме?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Отбросить</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Продолжить редактирование</translation>
    </message>
    <message>
        <source>Discard the changes and close the form</source>
        <translation>Отменить изменения и закрыть форму</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Вернуться к форме</translation>
    </message>
    <message>
        <source>People and consent problem</source>
        <translation>Лица и согласие: проблема</translation>
    </message>
    <message>
        <source>&amp;{label} *:</source>
        <translation>&amp;{label} *:</translation>
    </message>
    <message>
        <source>Recorded per person and purpose under People and consent</source>
        <translation>Регистрируется для каждого лица и цели в разделе «Лица и согласие»</translation>
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
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(a record not in this vault)</source>
        <translation>(запись не из этого хранилища)</translation>
    </message>
    <message>
        <source>{kind}: details</source>
        <translation>{kind}: сведения</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>По одному в строке</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>{field}: проблема</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Состояние черновика</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>Прежние версии этой записи</translation>
    </message>
    <message>
        <source>Record form</source>
        <translation>Форма записи</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>&amp;Заголовок *:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательно</translation>
    </message>
    <message>
        <source>Title problem</source>
        <translation>Заголовок: проблема</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Дата: проблема</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Status problem</source>
        <translation>Статус: проблема</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>Со&amp;беседник:</translation>
    </message>
    <message>
        <source>Counterpart (an SPT contact)</source>
        <translation>Собеседник (контакт в Подкомитете)</translation>
    </message>
    <message>
        <source>Counterpart problem</source>
        <translation>Собеседник: проблема</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>Стра&amp;на:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Country problem</source>
        <translation>Страна: проблема</translation>
    </message>
    <message>
        <source>Due dat&amp;e:</source>
        <translation>Сро&amp;к:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Due date problem</source>
        <translation>Срок: проблема</translation>
    </message>
    <message>
        <source>Revie&amp;w on:</source>
        <translation>Дата пе&amp;ресмотра:</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <source>When the record is due for review (retention)</source>
        <translation>Когда запись подлежит пересмотру (срок хранения)</translation>
    </message>
    <message>
        <source>Review on problem</source>
        <translation>Дата пересмотра: проблема</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity:</source>
        <translation>&amp;Гриф конфиденциальности:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Гриф конфиденциальности</translation>
    </message>
    <message>
        <source>Sensitivity problem</source>
        <translation>Гриф конфиденциальности: проблема</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Содержит персональные данные</translation>
    </message>
    <message>
        <source>&amp;Personal data about people (OPCAT art. 16 and 21)</source>
        <translation>Перс&amp;ональные данные о людях (ст. 16 и 21 Факультативного протокола)</translation>
    </message>
    <message>
        <source>Contains personal data problem</source>
        <translation>Содержит персональные данные: проблема</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Соглас&amp;ие:</translation>
    </message>
    <message>
        <source>Consent of the people concerned</source>
        <translation>Согласие затронутых лиц</translation>
    </message>
    <message>
        <source>Consent of the people concerned problem</source>
        <translation>Согласие затронутых лиц: проблема</translation>
    </message>
    <message>
        <source>Details of this kind of record</source>
        <translation>Сведения о записи этого вида</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>Метки: проблема</translation>
    </message>
    <message>
        <source>OPCAT a&amp;rticles:</source>
        <translation>Ст&amp;атьи Факультативного протокола:</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>Статьи Факультативного протокола</translation>
    </message>
    <message>
        <source>Precise re&amp;ferences:</source>
        <translation>&amp;Точные ссылки:</translation>
    </message>
    <message>
        <source>Precise OPCAT references</source>
        <translation>Точные ссылки на Факультативный протокол</translation>
    </message>
    <message>
        <source>Sub-paragraphs, separated by commas, for example 11(1)(b)(ii), 19(b)</source>
        <translation>Подпункты через запятую, например 11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>11(1)(b)(ii), 19(b)</source>
        <translation>11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>OPCAT articles problem</source>
        <translation>Статьи Факультативного протокола: проблема</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Текст записи</translation>
    </message>
    <message>
        <source>Text problem</source>
        <translation>Текст: проблема</translation>
    </message>
    <message>
        <source>Why the record was not saved</source>
        <translation>Почему запись не сохранена</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Сохранить запись</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>Закрыть форму без сохранения</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Saving status</source>
        <translation>Состояние сохранения</translation>
    </message>
    <message>
        <source>Continuing your unsaved draft</source>
        <translation>Продолжение вашего несохранённого черновика</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Новая запись: {kind}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без заголовка</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Saved. Attaching the files…</source>
        <translation>Сохранено. Прикрепление файлов…</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Прикрепление файлов</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>Шифрование файлов в хранилище…</translation>
    </message>
    <message>
        <source>Cancel attaching the files</source>
        <translation>Отменить прикрепление файлов</translation>
    </message>
    <message>
        <source>you cancelled attaching them.</source>
        <translation>вы отменили их прикрепление.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>Прикреплён %n файл.</numerusform>
            <numerusform>Прикреплено %n файла.</numerusform>
            <numerusform>Прикреплено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is saved, but its files are not attached: {problem} Save again to attach them, or Cancel to close without them.</source>
        <translation>Запись сохранена, но её файлы не прикреплены: {problem} Сохраните снова, чтобы прикрепить их, или нажмите «Отмена», чтобы закрыть без них.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Не сохранено: {problem}</translation>
    </message>
    <message>
        <source>Saving… waiting for the import or the attachment being added to finish. Cancel stops waiting; your text stays here.</source>
        <translation>Сохранение… ожидание завершения импорта или добавления вложения. «Отмена» прекращает ожидание; ваш текст остаётся здесь.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: you stopped waiting. Your text is still here; save again when the vault is free.</source>
        <translation>Не сохранено: вы прекратили ожидание. Ваш текст всё ещё здесь; сохраните снова, когда хранилище освободится.</translation>
    </message>
    <message>
        <source>Draft kept in the vault at {time}</source>
        <translation>Черновик сохранён в хранилище в {time}</translation>
    </message>
    <message>
        <source>Draft not kept: {problem} Trying again shortly.</source>
        <translation>Черновик не сохранён: {problem} Скоро будет повторная попытка.</translation>
    </message>
    <message>
        <source>Keeping the draft… waiting for the import or the attachment being added to finish</source>
        <translation>Сохранение черновика… ожидание завершения импорта или добавления вложения</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Saved “{title}”.</source>
        <translation>«{title}» сохранено.</translation>
    </message>
    <message>
        <source>“{title}” is in the bin (Record → Restore from the bin brings it back).</source>
        <translation>«{title}» в корзине (Запись → Восстановить из корзины возвращает её).</translation>
    </message>
    <message>
        <source>“{title}” is back from the bin.</source>
        <translation>«{title}» возвращено из корзины.</translation>
    </message>
    <message>
        <source>Waiting for the import or the attachment being added to finish…</source>
        <translation>Ожидание завершения импорта или добавления вложения…</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>RecordRows</name>
    <message>
        <source>Art. {number}</source>
        <translation>Ст. {number}</translation>
    </message>
    <message>
        <source>{real} ({alias})</source>
        <translation>{real} ({alias})</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <source>lacks capacity</source>
        <translation>не способен дать согласие</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Согласие не зарегистрировано</translation>
    </message>
    <message>
        <source>consent from a parent, guardian or legal representative</source>
        <translation>согласие родителя, опекуна или законного представителя</translation>
    </message>
    <message>
        <source>(a record not in this vault)</source>
        <translation>(запись не из этого хранилища)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не зарегистрировано</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose}: {state}</translation>
    </message>
    <message>
        <source>withdrawn {date}</source>
        <translation>отозвано {date}</translation>
    </message>
    <message>
        <source>(a contact not in this vault)</source>
        <translation>(контакт не из этого хранилища)</translation>
    </message>
    <message>
        <source>{version}, changed {when} by {who}</source>
        <translation>{version}, изменено {when}, автор: {who}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Дата пересмотра</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>Статьи Факультативного протокола</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Персональные данные</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>В корзине</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Столбцы: выберите один, чтобы сортировать по нему</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Выбрать все</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Text actions</source>
        <translation>Действия с текстом</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Ваш новый код восстановления</translation>
    </message>
    <message>
        <source>Write down your new recovery code now</source>
        <translation>Запишите новый код восстановления прямо сейчас</translation>
    </message>
    <message>
        <source>This new code replaces the recovery code you wrote down before: once you confirm below, the old code stops working and only this one opens the vault if you forget your passphrase. Write it on paper, or print it, and keep it somewhere safe away from this computer.</source>
        <translation>Этот новый код заменяет код восстановления, записанный вами ранее: как только вы подтвердите ниже, старый код перестанет действовать, и если вы забудете парольную фразу, хранилище откроет только этот код. Запишите его на бумаге или распечатайте и храните в надёжном месте вдали от этого компьютера.</translation>
    </message>
    <message>
        <source>I have &amp;written down the new code</source>
        <translation>Я &amp;записал новый код</translation>
    </message>
    <message>
        <source>I have written down the new recovery code</source>
        <translation>Я записал новый код восстановления</translation>
    </message>
    <message>
        <source>You have not confirmed that you wrote down the new recovery code. If you close now, the code you wrote down before keeps working, and npmdesk shows a new code at the next unlock. Close anyway?</source>
        <translation>Вы не подтвердили, что записали новый код восстановления. Если закрыть сейчас, записанный ранее код продолжит действовать, а npmdesk покажет новый код при следующей разблокировке. Всё равно закрыть?</translation>
    </message>
    <message>
        <source>This recovery code will not be shown again. Without it, a forgotten passphrase means the vault is lost. Close anyway?</source>
        <translation>Этот код восстановления больше не будет показан. Без него забытая парольная фраза означает потерю хранилища. Всё равно закрыть?</translation>
    </message>
    <message>
        <source>Recovery code not written down</source>
        <translation>Код восстановления не записан</translation>
    </message>
    <message>
        <source>npmdesk recovery code</source>
        <translation>Код восстановления npmdesk</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and the vault&apos;s files can open the vault.</source>
        <translation>Храните эту страницу в надёжном месте вдали от компьютера. Любой, у кого есть она и файлы хранилища, может открыть хранилище.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Распечатать код восстановления</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeForm</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ваш код восстановления</translation>
    </message>
    <message>
        <source>Write down your recovery code now</source>
        <translation>Запишите код восстановления прямо сейчас</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into the vault. Write it on paper, or print it, and keep it somewhere safe away from this computer. It is shown only this once.</source>
        <translation>Если вы забудете парольную фразу, этот код — единственный способ попасть в хранилище. Запишите его на бумаге или распечатайте и храните в надёжном месте вдали от этого компьютера. Он показывается только один раз.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>Я &amp;записал его</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Я записал код восстановления</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Распечатать код восстановления</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ReplyMonthsSetting</name>
    <message>
        <source>Reports after a visit</source>
        <translation>Доклады после посещения</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Months after transmission a reply is due</source>
        <translation>Через сколько месяцев после препровождения наступает срок ответа</translation>
    </message>
    <message>
        <source>Reply due a&amp;fter:</source>
        <translation>Срок ответа &amp;через:</translation>
    </message>
    <message>
        <source>When a report&apos;s own reply date is empty, the reply is due this long after the report&apos;s transmission (customarily six months). Kept in the vault.</source>
        <translation>Если у доклада не указана собственная дата ответа, срок ответа наступает через это время после препровождения доклада (обычно шесть месяцев). Хранится в хранилище.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Ход подготовки отчёта</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Напечатать отчёт</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Сохранить отчёт как PDF</translation>
    </message>
    <message>
        <source>Put into an encrypted pac&amp;kage…</source>
        <translation>Поместить в за&amp;шифрованный пакет…</translation>
    </message>
    <message>
        <source>Put the report&apos;s PDF into an encrypted, signed package</source>
        <translation>Поместить PDF отчёта в зашифрованный подписанный пакет</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>О&amp;тмена</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Отменить отчёт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>Вёрстка отчёта…</translation>
    </message>
    <message>
        <source>Saved the report to {path}. This PDF is not encrypted: keep it safe and delete it when you no longer need it.</source>
        <translation>Отчёт сохранён в {path}. Этот PDF не зашифрован: храните его надёжно и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>На принтер отправлено страниц: {pages}.</translation>
    </message>
    <message>
        <source>The report was cancelled. Nothing was written.</source>
        <translation>Отчёт отменён. Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Correspondence log</source>
        <translation>Журнал переписки</translation>
    </message>
    <message>
        <source>Visit dossier</source>
        <translation>Досье посещения</translation>
    </message>
    <message>
        <source>Recommendations tracker</source>
        <translation>Контроль выполнения рекомендаций</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Доклад</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Отчёт:</translation>
    </message>
    <message>
        <source>Visit of the dossier</source>
        <translation>Посещение для досье</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Посещение:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Язык отчёта</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Mark every page “&amp;Confidential”</source>
        <translation>Пометить каждую страницу «&amp;Конфиденциально»</translation>
    </message>
    <message>
        <source>Mark every page Confidential</source>
        <translation>Пометить каждую страницу «Конфиденциально»</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to &amp;whom</source>
        <translation>Указать, когда каждая запись покидала хранилище и ко&amp;му</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to whom</source>
        <translation>Указать, когда каждая запись покидала хранилище и кому</translation>
    </message>
    <message>
        <source>Limit the period: {what}</source>
        <translation>Ограничить период: {what}</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Сохранить отчёт как PDF</translation>
    </message>
    <message>
        <source>The PDF of the {report} will NOT be encrypted.</source>
        <translation>PDF отчёта «{report}» НЕ будет зашифрован.</translation>
    </message>
    <message>
        <source>It leaves the vault: anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>Он покидает хранилище: его сможет прочитать любой, кто может открыть выбранную вами папку или получит этот компьютер или диск. npmdesk не удалит его за вас позже. Сохраняйте его только там, где это необходимо, и удалите, когда закончите.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted PDF…</source>
        <translation>&amp;Сохранить незашифрованный PDF…</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF</source>
        <translation>Сохранить незашифрованный PDF</translation>
    </message>
    <message>
        <source>Cancel: keep the report in the vault</source>
        <translation>Отмена: оставить отчёт в хранилище</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Напечатать отчёт</translation>
    </message>
    <message>
        <source>The {report} will be sent to the printer unencrypted.</source>
        <translation>Отчёт «{report}» будет отправлен на принтер в незашифрованном виде.</translation>
    </message>
    <message>
        <source>The print queue, a network printer or a “print to file” may keep a readable copy. Collect the pages at once.</source>
        <translation>Очередь печати, сетевой принтер или «печать в файл» могут сохранить читаемую копию. Сразу заберите страницы.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>Cancel: do not print</source>
        <translation>Отмена: не печатать</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTracks</name>
    <message>
        <source>Reply received on {date}</source>
        <translation>Ответ получен {date}</translation>
    </message>
    <message>
        <source>Reply made (no date recorded)</source>
        <translation>Ответ дан (дата не указана)</translation>
    </message>
    <message>
        <source>Reply due: not known (no transmission date)</source>
        <translation>Срок ответа: неизвестен (нет даты препровождения)</translation>
    </message>
    <message>
        <source>Reply due by {date}</source>
        <translation>Срок ответа — до {date}</translation>
    </message>
    <message>
        <source>(transmission + 1 month)</source>
        <translation>(препровождение + 1 месяц)</translation>
    </message>
    <message>
        <source>(transmission + {months} months)</source>
        <translation>(препровождение + {months} мес.)</translation>
    </message>
    <message>
        <source>Overdue: {text}</source>
        <translation>Просрочено: {text}</translation>
    </message>
    <message>
        <source>Published: {state} can apply to the OPCAT Special Fund (art. 26)</source>
        <translation>Опубликован: {state} может подать заявку в Специальный фонд Факультативного протокола (ст. 26)</translation>
    </message>
    <message>
        <source>Special Fund (art. 26): {state} can apply once a report to it is published</source>
        <translation>Специальный фонд (ст. 26): {state} может подать заявку после публикации адресованного ему доклада</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Получено {date}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Специальный фонд</translation>
    </message>
</context>
<context>
    <name>ReportTracksPanel</name>
    <message>
        <source>Report to the State</source>
        <translation>Доклад государству</translation>
    </message>
    <message>
        <source>Report to the NPM</source>
        <translation>Доклад НПМ</translation>
    </message>
    <message>
        <source>Open the report to the State</source>
        <translation>Открыть доклад государству</translation>
    </message>
    <message>
        <source>Open the report to the NPM</source>
        <translation>Открыть доклад НПМ</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Открыть доклад</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Специальный фонд</translation>
    </message>
    <message>
        <source>No report recorded yet.</source>
        <translation>Доклад ещё не зарегистрирован.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Далее: {step}</translation>
    </message>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>Transmitted on {date}</source>
        <translation>Препровождён {date}</translation>
    </message>
    <message>
        <source>Transmission date not recorded</source>
        <translation>Дата препровождения не указана</translation>
    </message>
    <message>
        <source>Publication: {decision}</source>
        <translation>Публикация: {decision}</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>не решено</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Опубликован {date}</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print or save a PDF of the correspondence log, a visit dossier or the recommendations tracker</source>
        <translation>Напечатать или сохранить в PDF журнал переписки, досье посещения или контроль выполнения рекомендаций</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <source>The backup is restored into a new folder, as a vault of its own. The open vault is not changed.</source>
        <translation>Резервная копия восстанавливается в новую папку как отдельное хранилище. Открытое хранилище не изменяется.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Выберите файл резервной копии</translation>
    </message>
    <message>
        <source>New folder for the restored vault</source>
        <translation>Новая папка для восстановленного хранилища</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the new folder</source>
        <translation>Выбрать новую папку</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервной копии:</translation>
    </message>
    <message>
        <source>&amp;New folder:</source>
        <translation>&amp;Новая папка:</translation>
    </message>
    <message>
        <source>Problem restoring the backup</source>
        <translation>Проблема при восстановлении резервной копии</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Ход восстановления</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Восст&amp;ановить</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <source>&amp;Open the Restored Vault</source>
        <translation>&amp;Открыть восстановленное хранилище</translation>
    </message>
    <message>
        <source>Lock this vault and open the restored one</source>
        <translation>Заблокировать это хранилище и открыть восстановленное</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <source>The backup&apos;s recovery code</source>
        <translation>Код восстановления резервной копии</translation>
    </message>
    <message>
        <source>The recovery code the vault had when the backup was made.</source>
        <translation>Код восстановления, который был у хранилища при создании резервной копии.</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>&amp;Использовать парольную фразу</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Использовать парольную фразу</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Паро&amp;льная фраза:</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>Парольная фраза, которая была у хранилища при создании резервной копии</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>Парольная фраза, которая была у хранилища при создании резервной копии.</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>&amp;Использовать код восстановления</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Выберите резервную копию для восстановления</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>Резервные копии npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>Name the new folder for the restored vault</source>
        <translation>Назовите новую папку для восстановленного хранилища</translation>
    </message>
    <message>
        <source>Restored vault</source>
        <translation>Восстановленное хранилище</translation>
    </message>
    <message>
        <source>Checking the backup, restoring it and checking the restored vault…</source>
        <translation>Проверка резервной копии, её восстановление и проверка восстановленного хранилища…</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Отменить восстановление</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. Open it with the recovery code you typed; npmdesk then asks for a new passphrase and shows a new recovery code. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>Резервная копия восстановлена в {folder}: хранилище открывается и прошло обе проверки целостности. Откройте его введённым кодом восстановления; затем npmdesk запросит новую парольную фразу и покажет новый код восстановления. Чтобы открыть его позже, запустите npmdesk с --vault и этой папкой.</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. It opens with the passphrase the vault had when the backup was made. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>Резервная копия восстановлена в {folder}: хранилище открывается и прошло обе проверки целостности. Оно открывается парольной фразой, которая была у хранилища при создании резервной копии. Чтобы открыть его позже, запустите npmdesk с --vault и этой папкой.</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>Восстановление отменено. Ничего не создано.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everywhere</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Очистить поиск</translation>
    </message>
    <message>
        <source>Search everywhere ({shortcut})</source>
        <translation>Искать везде ({shortcut})</translation>
    </message>
    <message>
        <source>Results appear as you type. Escape clears the search. Shortcut: {shortcut}</source>
        <translation>Результаты появляются по мере ввода. Escape очищает поиск. Сочетание клавиш: {shortcut}</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <source>Search filters</source>
        <translation>Фильтры поиска</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Гриф конфиденциальности</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Собеседник</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>Дата с</translation>
    </message>
    <message>
        <source>Dated until</source>
        <translation>Дата по</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <translation>{name}: варианты</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
</context>
<context>
    <name>SearchOrder</name>
    <message>
        <source>Sort by</source>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Best match: the records that match best come first, when at most {limit} records match. Recently added: the records added to the vault most recently come first.</source>
        <translation>Лучшее совпадение: первыми идут записи, которые совпадают лучше всего, если совпадений не более {limit}. Недавно добавленные: первыми идут записи, добавленные в хранилище последними.</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Лучшее совпадение</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Недавно добавленные</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
</context>
<context>
    <name>SecurityEvent</name>
    <message>
        <source>Unlocked with this device&apos;s keyring</source>
        <translation>Разблокировано с помощью хранилища ключей этого устройства</translation>
    </message>
    <message>
        <source>Unlocked with the passphrase</source>
        <translation>Разблокировано парольной фразой</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Хранилище создано</translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation>Разблокировано кодом восстановления</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>Remembered on this device</source>
        <translation>Запомнено на этом устройстве</translation>
    </message>
    <message>
        <source>No longer remembered on this device</source>
        <translation>Больше не запомнено на этом устройстве</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Код восстановления заменён</translation>
    </message>
    <message>
        <source>Vault key replaced</source>
        <translation>Ключ хранилища заменён</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message>
        <source>This vault is new: it has not been unlocked before.</source>
        <translation>Это хранилище новое: оно ещё не разблокировалось.</translation>
    </message>
    <message>
        <source>This is the first time this vault has been unlocked.</source>
        <translation>Это хранилище разблокировано впервые.</translation>
    </message>
    <message>
        <source>Last unlock before this session: {when} — {what}.</source>
        <translation>Последняя разблокировка перед этим сеансом: {when} — {what}.</translation>
    </message>
</context>
<context>
    <name>SendMail</name>
    <message>
        <source>Se&amp;nd by Email…</source>
        <translation>&amp;Отправить по электронной почте…</translation>
    </message>
    <message>
        <source>Send by Email</source>
        <translation>Отправить по электронной почте</translation>
    </message>
    <message>
        <source>npmdesk writes a mail draft that carries {file}, encrypted, and opens it in your mail program.</source>
        <translation>npmdesk составляет черновик письма с файлом {file} в зашифрованном виде и открывает его в вашей почтовой программе.</translation>
    </message>
    <message>
        <source>Recipients&apos; email addresses</source>
        <translation>Адреса электронной почты получателей</translation>
    </message>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation>name@example.org, another@example.org</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Кому:</translation>
    </message>
    <message>
        <source>Language of the cover note</source>
        <translation>Язык сопроводительного текста</translation>
    </message>
    <message>
        <source>Cover note in &amp;language:</source>
        <translation>&amp;Язык сопроводительного текста:</translation>
    </message>
    <message>
        <source>Problem with the addresses</source>
        <translation>Проблема с адресами</translation>
    </message>
    <message>
        <source>The cover note travels in clear: it says what the file is and how to open it, nothing confidential. The file itself stays encrypted.</source>
        <translation>Сопроводительный текст передаётся в открытом виде: в нём сказано, что это за файл и как его открыть, и ничего конфиденциального. Сам файл остаётся зашифрованным.</translation>
    </message>
    <message>
        <source>&amp;Save the Draft and Open It…</source>
        <translation>&amp;Сохранить черновик и открыть его…</translation>
    </message>
    <message>
        <source>Save the draft and open it</source>
        <translation>Сохранить черновик и открыть его</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the mail draft</source>
        <translation>Сохранить черновик письма</translation>
    </message>
    <message>
        <source>Mail drafts (*{suffix})</source>
        <translation>Черновики писем (*{suffix})</translation>
    </message>
    <message>
        <source>The mail draft is saved as {path} and opens in your mail program: check it and send it. Its cover note travels in clear; it says nothing confidential.</source>
        <translation>Черновик письма сохранён как {path} и откроется в вашей почтовой программе: проверьте и отправьте его. Сопроводительный текст передаётся в открытом виде; в нём нет ничего конфиденциального.</translation>
    </message>
    <message>
        <source>Writing the mail draft…</source>
        <translation>Составление черновика письма…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Emergency erase</source>
        <translation>Экстренное стирание</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not chosen yet</source>
        <translation>Ещё не выбрано</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>npmdesk speaks this language as soon as you save. Open record forms close and keep their drafts.</source>
        <translation>npmdesk переходит на этот язык сразу после сохранения. Открытые формы записей закрываются, сохраняя черновики.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Colours of npmdesk</source>
        <translation>Цвета npmdesk</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Цвета:</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one to a contact to choose it here.</source>
        <translation>Ни у одного контакта ещё нет получателя age. Добавьте его контакту, чтобы выбрать здесь.</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it).</source>
        <translation>Выберите своё государство из списка (введите часть названия, чтобы найти его).</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Почему настройки не сохранены</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Блокировка и буфер обмена</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Блокировать после простоя:</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Минуты простоя до блокировки хранилища</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation>&amp;Очищать скопированный текст через:</translation>
    </message>
    <message>
        <source>Seconds before copied record text is cleared from the clipboard</source>
        <translation>Секунды до удаления скопированного текста записи из буфера обмена</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The vault also locks when you lock the screen or the computer goes to sleep.</source>
        <translation>Хранилище также блокируется, когда вы блокируете экран или компьютер переходит в спящий режим.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language of npmdesk</source>
        <translation>Язык npmdesk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start npmdesk.</source>
        <translation>Новый язык будет использован при следующем запуске npmdesk.</translation>
    </message>
    <message>
        <source>Your NPM</source>
        <translation>Ваш НПМ</translation>
    </message>
    <message>
        <source>S&amp;tate party:</source>
        <translation>Государство-&amp;участник:</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>Государство-участник вашего НПМ</translation>
    </message>
    <message>
        <source>New visits, reports, recommendations and places start with this country. It is kept in the vault, for everyone who opens it.</source>
        <translation>Новые посещения, доклады, рекомендации и места по умолчанию относятся к этой стране. Хранится в хранилище для всех, кто его открывает.</translation>
    </message>
    <message>
        <source>Default export recipients</source>
        <translation>Получатели экспорта по умолчанию</translation>
    </message>
    <message>
        <source>Contacts chosen &amp;here are ticked when you export. Only contacts with an age recipient are listed.</source>
        <translation>Контакты, выбранные з&amp;десь, отмечаются при экспорте. Перечислены только контакты с получателем age.</translation>
    </message>
    <message>
        <source>Contacts to export to by default</source>
        <translation>Контакты для экспорта по умолчанию</translation>
    </message>
</context>
<context>
    <name>SettingsNotSaved</name>
    <message>
        <source>npmdesk could not save its settings in {path} (is the disk full or read-only?), so they last only until npmdesk closes: free some space, then save them again.</source>
        <translation>npmdesk не удалось сохранить настройки в {path} (диск переполнен или доступен только для чтения?), поэтому они действуют только до закрытия npmdesk: освободите место и сохраните их снова.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Chart of implementation status</source>
        <translation>Диаграмма статуса выполнения</translation>
    </message>
    <message>
        <source>NPM</source>
        <translation>НПМ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>NPM&apos;s assessment: {npm}; State&apos;s reports: {state}</source>
        <translation>Оценка НПМ: {npm}; данные государства: {state}</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Deadline of the annual report</source>
        <translation>Срок ежегодного доклада</translation>
    </message>
    <message>
        <source>Steps of the annual report</source>
        <translation>Этапы ежегодного доклада</translation>
    </message>
    <message>
        <source>Steps of this annual report</source>
        <translation>Этапы этого ежегодного доклада</translation>
    </message>
    <message>
        <source>Deadline: none yet — set the year or the national deadline</source>
        <translation>Срок: пока нет — укажите год или национальный срок</translation>
    </message>
    <message>
        <source>Deadline: about {date} — set the national deadline</source>
        <translation>Срок: около {date} — укажите национальный срок</translation>
    </message>
    <message>
        <source>Deadline: {date} (national deadline)</source>
        <translation>Срок: {date} (национальный срок)</translation>
    </message>
    <message>
        <source>Published nationally</source>
        <translation>Опубликован в стране</translation>
    </message>
    <message>
        <source>Tabled in parliament</source>
        <translation>Внесён в парламент</translation>
    </message>
    <message>
        <source>Sent to the SPT</source>
        <translation>Отправлен в Подкомитет</translation>
    </message>
    <message>
        <source>Acknowledged by the SPT</source>
        <translation>Получение подтверждено Подкомитетом</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site</source>
        <translation>Размещён на сайте УВКПЧ</translation>
    </message>
    <message>
        <source>{step}: pending</source>
        <translation>{step}: ожидается</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>{step}: done, {date}</source>
        <translation>{step}: выполнено, {date}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>A team folder is a folder that a sync tool (Syncthing, a shared folder, a USB stick) keeps the same on each of your NPM&apos;s laptops. npmdesk writes only encrypted, signed files there.</source>
        <translation>Папка команды — это папка, которую средство синхронизации (Syncthing, общая папка, USB-накопитель) поддерживает одинаковой на каждом ноутбуке вашего НПМ. npmdesk записывает туда только зашифрованные и подписанные файлы.</translation>
    </message>
    <message>
        <source>Close the Team dialog</source>
        <translation>Закрыть окно «Команда»</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Папка команды</translation>
    </message>
    <message>
        <source>The team folder</source>
        <translation>Папка команды</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Выбрать &amp;папку…</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Выбрать папку команды</translation>
    </message>
    <message>
        <source>Why the team folder was not changed</source>
        <translation>Почему папка команды не изменена</translation>
    </message>
    <message>
        <source>Member devices</source>
        <translation>Устройства-участники</translation>
    </message>
    <message>
        <source>&amp;Member devices (the NPM&apos;s own laptops that receive this vault&apos;s changes):</source>
        <translation>&amp;Устройства-участники (ноутбуки НПМ, получающие изменения этого хранилища):</translation>
    </message>
    <message>
        <source>About the member devices</source>
        <translation>Об устройствах-участниках</translation>
    </message>
    <message>
        <source>&amp;Add Device…</source>
        <translation>&amp;Добавить устройство…</translation>
    </message>
    <message>
        <source>Add a member device</source>
        <translation>Добавить устройство-участника</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen member device</source>
        <translation>Удалить выбранное устройство-участника</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Sync with the team folder now</source>
        <translation>Синхронизировать с папкой команды сейчас</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>Что сделала последняя синхронизация</translation>
    </message>
    <message>
        <source>No team folder chosen yet.</source>
        <translation>Папка команды ещё не выбрана.</translation>
    </message>
    <message>
        <source>{folder} — not there now (is the disk or the share connected?)</source>
        <translation>{folder} — сейчас недоступна (подключён ли диск или общий ресурс?)</translation>
    </message>
    <message>
        <source>Choose the Team Folder</source>
        <translation>Выбор папки команды</translation>
    </message>
    <message>
        <source>No device can join yet: a member device is a verified contact marked as one of your NPM&apos;s own devices. On the colleague&apos;s laptop choose File → Share My Keys…; here, add its card with File → Add Contact from Card…, compare the fingerprint with the colleague by phone (Verify keys… on the contact), then tick “One of our NPM&apos;s own devices” in the contact&apos;s form.</source>
        <translation>Пока ни одно устройство не может присоединиться: устройство-участник — это проверенный контакт, отмеченный как одно из устройств вашего НПМ. На ноутбуке коллеги выберите Файл → Поделиться моими ключами…; здесь добавьте его карточку через Файл → Добавить контакт из карточки…, сверьте отпечаток с коллегой по телефону (Проверить ключи… у контакта), затем отметьте «Одно из устройств нашего НПМ» в форме контакта.</translation>
    </message>
    <message>
        <source>{name} is now a member device: the next sync makes a snapshot of this vault for it.</source>
        <translation>{name} теперь устройство-участник: следующая синхронизация создаст для него снимок этого хранилища.</translation>
    </message>
    <message>
        <source>&amp;Remove from the Team</source>
        <translation>&amp;Удалить из команды</translation>
    </message>
    <message>
        <source>Remove the device from the team</source>
        <translation>Удалить устройство из команды</translation>
    </message>
    <message>
        <source>Remove {name} from the team?</source>
        <translation>Удалить {name} из команды?</translation>
    </message>
    <message>
        <source>Remove this device from the team?</source>
        <translation>Удалить это устройство из команды?</translation>
    </message>
    <message>
        <source>Remove a Member Device</source>
        <translation>Удаление устройства-участника</translation>
    </message>
    <message>
        <source>New changes are no longer sent to it. What it already received stays with it: npmdesk cannot take back what a device holds.</source>
        <translation>Новые изменения ему больше не отправляются. То, что оно уже получило, остаётся у него: npmdesk не может забрать то, что хранится на устройстве.</translation>
    </message>
    <message>
        <source>Keep the device in the team</source>
        <translation>Оставить устройство в команде</translation>
    </message>
    <message>
        <source>Syncing with the team folder…</source>
        <translation>Синхронизация с папкой команды…</translation>
    </message>
    <message>
        <source>The sync was stopped. Nothing was half-applied.</source>
        <translation>Синхронизация остановлена. Ничего не применено наполовину.</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(удалённый контакт)</translation>
    </message>
    <message>
        <source>no keys usable: it is no longer a verified own device with keys</source>
        <translation>нет пригодных ключей: это больше не проверенное собственное устройство с ключами</translation>
    </message>
    <message>
        <source>a file was set aside: {why}</source>
        <translation>файл отложен: {why}</translation>
    </message>
    <message>
        <source>waiting for its first snapshot</source>
        <translation>ожидает свой первый снимок</translation>
    </message>
    <message>
        <source>waiting for changeset {number}</source>
        <translation>ожидает пакет изменений {number}</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>актуально</translation>
    </message>
    <message>
        <source>its snapshot</source>
        <translation>его снимок</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>пока ничего</translation>
    </message>
    <message>
        <source>up to {number}</source>
        <translation>до {number}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changeset(s) from the other devices.</source>
        <translation>
            <numerusform>Применён %n пакет изменений с других устройств.</numerusform>
            <numerusform>Применено %n пакета изменений с других устройств.</numerusform>
            <numerusform>Применено %n пакетов изменений с других устройств.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent this device&apos;s changes as changeset {number}.</source>
        <translation>Изменения этого устройства отправлены как пакет изменений {number}.</translation>
    </message>
    <message numerus="yes">
        <source>Made a snapshot of this vault for %n new member device(s).</source>
        <translation>
            <numerusform>Создан снимок этого хранилища для %n нового устройства-участника.</numerusform>
            <numerusform>Создан снимок этого хранилища для %n новых устройств-участников.</numerusform>
            <numerusform>Создан снимок этого хранилища для %n новых устройств-участников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: see “Edited on both sides”.</source>
        <translation>
            <numerusform>%n запись изменена с обеих сторон: см. «Изменено с обеих сторон».</numerusform>
            <numerusform>%n записи изменены с обеих сторон: см. «Изменено с обеих сторон».</numerusform>
            <numerusform>%n записей изменены с обеих сторон: см. «Изменено с обеих сторон».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were set aside: see the table.</source>
        <translation>
            <numerusform>%n файл отложен: см. таблицу.</numerusform>
            <numerusform>%n файла отложены: см. таблицу.</numerusform>
            <numerusform>%n файлов отложены: см. таблицу.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) wait for a changeset that is not in the folder yet.</source>
        <translation>
            <numerusform>%n устройство ожидает пакет изменений, которого ещё нет в папке.</numerusform>
            <numerusform>%n устройства ожидают пакет изменений, которого ещё нет в папке.</numerusform>
            <numerusform>%n устройств ожидают пакет изменений, которого ещё нет в папке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member device(s) left out: no keys usable.</source>
        <translation>
            <numerusform>%n устройство-участник пропущено: нет пригодных ключей.</numerusform>
            <numerusform>%n устройства-участника пропущены: нет пригодных ключей.</numerusform>
            <numerusform>%n устройств-участников пропущены: нет пригодных ключей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n subfolder(s) of devices that are not members.</source>
        <translation>
            <numerusform>Пропущена %n вложенная папка устройств, не являющихся участниками.</numerusform>
            <numerusform>Пропущены %n вложенные папки устройств, не являющихся участниками.</numerusform>
            <numerusform>Пропущено %n вложенных папок устройств, не являющихся участниками.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: up to date with %n device(s).</source>
        <translation>
            <numerusform>Ничего нового: синхронизировано с %n устройством.</numerusform>
            <numerusform>Ничего нового: синхронизировано с %n устройствами.</numerusform>
            <numerusform>Ничего нового: синхронизировано с %n устройствами.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No team folder chosen yet; %n member device(s).</source>
        <translation>
            <numerusform>Папка команды ещё не выбрана; %n устройство-участник.</numerusform>
            <numerusform>Папка команды ещё не выбрана; %n устройства-участника.</numerusform>
            <numerusform>Папка команды ещё не выбрана; %n устройств-участников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder {folder}; %n member device(s).</source>
        <translation>
            <numerusform>Папка {folder}; %n устройство-участник.</numerusform>
            <numerusform>Папка {folder}; %n устройства-участника.</numerusform>
            <numerusform>Папка {folder}; %n устройств-участников.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>&amp;Team…</source>
        <translation>&amp;Команда…</translation>
    </message>
    <message>
        <source>The team folder, the member devices and how far each one is; sync now</source>
        <translation>Папка команды, устройства-участники и состояние каждого; синхронизировать сейчас</translation>
    </message>
</context>
<context>
    <name>TeamSettingsGroup</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>The team folder and the member devices</source>
        <translation>Папка команды и устройства-участники</translation>
    </message>
    <message>
        <source>Te&amp;am…</source>
        <translation>К&amp;оманда…</translation>
    </message>
    <message>
        <source>Open the Team dialog</source>
        <translation>Открыть окно «Команда»</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <source>the team folder is missing ({path})</source>
        <translation>папка команды отсутствует ({path})</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) can no longer be reached by changesets (keys)</source>
        <translation>
            <numerusform>%n устройство больше не получает пакеты изменений (ключи)</numerusform>
            <numerusform>%n устройства больше не получают пакеты изменений (ключи)</numerusform>
            <numerusform>%n устройств больше не получают пакеты изменений (ключи)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to date with %n device(s)</source>
        <translation>
            <numerusform>синхронизировано с %n устройством</numerusform>
            <numerusform>синхронизировано с %n устройствами</numerusform>
            <numerusform>синхронизировано с %n устройствами</numerusform>
        </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>синхронизация…</translation>
    </message>
    <message>
        <source>the last sync failed ({reason})</source>
        <translation>последняя синхронизация не удалась ({reason})</translation>
    </message>
    <message>
        <source>{device} is left out: it is no longer a verified own device with keys</source>
        <translation>{device} исключено: это больше не проверенное устройство вашего НПМ с ключами</translation>
    </message>
    <message>
        <source>a file from {device} was set aside ({reason})</source>
        <translation>файл от {device} отложен ({reason})</translation>
    </message>
    <message>
        <source>waiting for the first snapshot from {device}</source>
        <translation>ожидание первого снимка от {device}</translation>
    </message>
    <message>
        <source>waiting for changeset {number} from {device}</source>
        <translation>ожидание пакета изменений {number} от {device}</translation>
    </message>
    <message>
        <source>{device}: up to date</source>
        <translation>{device}: синхронизировано</translation>
    </message>
    <message>
        <source>Team: {state}</source>
        <translation>Команда: {state}</translation>
    </message>
    <message>
        <source>Click, or press Space, to open the team settings.</source>
        <translation>Щёлкните или нажмите Пробел, чтобы открыть настройки команды.</translation>
    </message>
    <message>
        <source>Team status</source>
        <translation>Состояние команды</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Messages of this thread, oldest first</source>
        <translation>Сообщения этой переписки, сначала старые</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>Ответить на это сообщение</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Продолжить переписку</translation>
    </message>
    <message>
        <source>Follow up on this message</source>
        <translation>Продолжить переписку по этому сообщению</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Thread: %n message(s)</source>
        <translation>
            <numerusform>Переписк&amp;а: %n сообщение</numerusform>
            <numerusform>Переписк&amp;а: %n сообщения</numerusform>
            <numerusform>Переписк&amp;а: %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} (this message)</source>
        <translation>{message} (это сообщение)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vault: {folder}</source>
        <translation>Хранилище: {folder}</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Восстановить из резервной &amp;копии…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Восстановить резервную копию в новую папку</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>&amp;Использовать парольную фразу</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Использовать парольную фразу</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>&amp;Использовать код восстановления</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <source>Opening the vault with this device&apos;s keyring…</source>
        <translation>Открытие хранилища с помощью хранилища ключей этого устройства…</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>Проверка кода восстановления…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Unlocking. This takes about a second…</source>
        <translation>Разблокировка. Это займёт около секунды…</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Unlock npmdesk</source>
        <translation>Разблокировать npmdesk</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>Хранилище заблокировано</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Проблема с парольной фразой</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down: eight groups of four letters and digits. Dashes, spaces and capitals do not matter. A recovery code opens the vault only once: you then choose a new passphrase and get a new recovery code to write down, and the code you type here stops working.</source>
        <translation>Введите записанный код восстановления: восемь групп из четырёх букв и цифр. Дефисы, пробелы и регистр букв значения не имеют. Код восстановления открывает хранилище только один раз: затем вы выбираете новую парольную фразу и получаете новый код восстановления, который нужно записать, а введённый здесь код перестаёт действовать.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>Проблема с кодом восстановления</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>&amp;Использовать код восстановления</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <source>Problem unlocking the vault</source>
        <translation>Проблема при разблокировке хранилища</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>npmdesk User Guide</source>
        <translation>Руководство пользователя npmdesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Страница руководства</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Начальная &amp;страница</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Начальная страница</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Найти на странице</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Н&amp;айти:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Предыдущее</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Найти предыдущее</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Сл&amp;едующее</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Найти следующее</translation>
    </message>
    <message>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>Эта страница ещё не переведена: она показана на английском.</translation>
    </message>
    <message>
        <source>A link outside the guide</source>
        <translation>Ссылка за пределы руководства</translation>
    </message>
    <message>
        <source>npmdesk does not open web pages or other programs. To read this page, copy its address into a web browser:</source>
        <translation>npmdesk не открывает веб-страницы и другие программы. Чтобы прочитать эту страницу, скопируйте её адрес в веб-браузер:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не найдено</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Va&amp;ult</source>
        <translation>&amp;Хранилище</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>Set a new passphrase after typing the current one (or the recovery code)</source>
        <translation>Задать новую парольную фразу, введя текущую (или код восстановления)</translation>
    </message>
    <message>
        <source>&amp;Check Integrity…</source>
        <translation>Проверить &amp;целостность…</translation>
    </message>
    <message>
        <source>Check that every page of the vault is intact</source>
        <translation>Проверить, что все страницы хранилища целы</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder; this vault is not changed</source>
        <translation>Восстановить резервную копию в новую папку; это хранилище не изменяется</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>Парольная фраза изменена. Старая больше не открывает хранилище.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>The recovery code you used still works: npmdesk offers a new one at the next unlock.</source>
        <translation>Использованный вами код восстановления всё ещё действует: npmdesk предложит новый при следующей разблокировке.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works; the new one you wrote down does.</source>
        <translation>Использованный вами код восстановления больше не действует; действует новый, который вы записали.</translation>
    </message>
</context>
<context>
    <name>VerifyKeysDialog</name>
    <message>
        <source>Verify Keys</source>
        <translation>Проверка ключей</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>Отпечаток для сверки</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The fingerprints &amp;match</source>
        <translation>Отпечатки &amp;совпадают</translation>
    </message>
    <message>
        <source>The fingerprints match: mark the keys as verified</source>
        <translation>Отпечатки совпадают: отметить ключи как проверенные</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>Они &amp;различаются</translation>
    </message>
    <message>
        <source>The fingerprints differ: do not trust these keys</source>
        <translation>Отпечатки различаются: не доверять этим ключам</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{name} has no valid signing key in this vault, so there is nothing to verify. Add their keys from their contact card first.</source>
        <translation>У контакта {name} нет в этом хранилище действительного ключа подписи, поэтому проверять нечего. Сначала добавьте его ключи из его карточки контакта.</translation>
    </message>
    <message>
        <source>Call {name} on a number you already know (not one given with the keys). Ask them to open File → Share My Keys… in their npmdesk and read their fingerprint aloud. Compare it with this one, group by group:</source>
        <translation>Позвоните контакту {name} по уже известному вам номеру (не по номеру, присланному вместе с ключами). Попросите открыть в своём npmdesk Файл → Поделиться моими ключами… и прочитать вслух свой отпечаток. Сверьте его с этим, группа за группой:</translation>
    </message>
    <message>
        <source>{name}&apos;s keys are now marked as verified. Packages they sign will show as coming from a verified contact.</source>
        <translation>Ключи контакта {name} теперь отмечены как проверенные. Подписанные им пакеты будут показаны как пришедшие от проверенного контакта.</translation>
    </message>
    <message>
        <source>Do not trust these keys: someone may have replaced them. Do not import packages signed with them and do not export for them. Ask {name} for their contact card again through another channel (in person, for example) and replace the keys on the contact.</source>
        <translation>Не доверяйте этим ключам: их могли подменить. Не импортируйте подписанные ими пакеты и не экспортируйте для них. Попросите {name} снова передать карточку контакта по другому каналу (например, лично) и замените ключи у контакта.</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Preparation</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Во время посещения</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Последующие действия</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Текущий этап</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Предстоит</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Concern raised</source>
        <translation>Выражена обеспокоенность</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Предстоит сделать</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Не состоялось</translation>
    </message>
    <message>
        <source>waiting for the SPT&apos;s report</source>
        <translation>ожидается доклад Подкомитета</translation>
    </message>
    <message>
        <source>the State&apos;s reply to the SPT</source>
        <translation>ответ государства Подкомитету</translation>
    </message>
    <message>
        <source>the NPM&apos;s reply to the SPT</source>
        <translation>ответ НПМ Подкомитету</translation>
    </message>
    <message>
        <source>urge the State to request publication (art. 16(2))</source>
        <translation>побудить государство просить о публикации (ст. 16(2))</translation>
    </message>
    <message>
        <source>publication by the SPT (the State requested it)</source>
        <translation>публикация Подкомитетом (государство просило о ней)</translation>
    </message>
    <message>
        <source>the NPM decides whether to publish it</source>
        <translation>НПМ решает, публиковать ли доклад</translation>
    </message>
    <message>
        <source>publish it (the NPM decided to)</source>
        <translation>опубликовать доклад (НПМ так решил)</translation>
    </message>
    <message>
        <source>nothing: this track is complete</source>
        <translation>ничего: это направление завершено</translation>
    </message>
</context>
<context>
    <name>VisitWorkspace</name>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>nothing is overdue while the visit is on hold</source>
        <translation>пока посещение приостановлено, ничего не просрочено</translation>
    </message>
    <message>
        <source>Counterpart: {name}</source>
        <translation>Собеседник: {name}</translation>
    </message>
    <message>
        <source>Visit workspace: {title}</source>
        <translation>Рабочее пространство посещения: {title}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>с {start} по {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>с {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>по {end}</translation>
    </message>
    <message>
        <source>dates not known</source>
        <translation>даты неизвестны</translation>
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
        <translation>Другие связанные записи</translation>
    </message>
    <message>
        <source>{state} (ticked)</source>
        <translation>{state} (отмечено)</translation>
    </message>
    <message>
        <source>{item} (optional)</source>
        <translation>{item} (необязательно)</translation>
    </message>
    <message numerus="yes">
        <source>{item}: {state}, %n record(s)</source>
        <translation>
            <numerusform>{item}: {state}, %n запись</numerusform>
            <numerusform>{item}: {state}, %n записи</numerusform>
            <numerusform>{item}: {state}, %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>No recommendations recorded from this visit&apos;s reports.</source>
        <translation>По докладам этого посещения рекомендаций не зарегистрировано.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) from this visit&apos;s reports — {parts}</source>
        <translation>
            <numerusform>%n рекомендация по докладам этого посещения — {parts}</numerusform>
            <numerusform>%n рекомендации по докладам этого посещения — {parts}</numerusform>
            <numerusform>%n рекомендаций по докладам этого посещения — {parts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitWorkspaceForm</name>
    <message>
        <source>Visit workspace</source>
        <translation>Рабочее пространство посещения</translation>
    </message>
    <message>
        <source>Visit recor&amp;d…</source>
        <translation>&amp;Открыть запись посещения…</translation>
    </message>
    <message>
        <source>Show the visit&apos;s own record</source>
        <translation>Показать собственную запись посещения</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Country, dates and status of the visit</source>
        <translation>Страна, даты и статус посещения</translation>
    </message>
    <message>
        <source>&amp;Checklist and records (Enter or a click opens a record):</source>
        <translation>&amp;Контрольный список и записи (Enter или щелчок открывает запись):</translation>
    </message>
    <message>
        <source>Phases of the visit, their checklist and records</source>
        <translation>Этапы посещения, их контрольные списки и записи</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>State or date</source>
        <translation>Статус или дата</translation>
    </message>
    <message>
        <source>Recommendations of this visit</source>
        <translation>Рекомендации этого посещения</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Search: more than {limit} results, the most recently added first. Add words to rank them by best match.</source>
        <translation>Поиск: более {limit} результатов, сначала недавно добавленные. Добавьте слова, чтобы упорядочить их по лучшему совпадению.</translation>
    </message>
    <message numerus="yes">
        <source>Search: %n result(s)</source>
        <translation>
            <numerusform>Поиск: %n результат</numerusform>
            <numerusform>Поиск: %n результата</numerusform>
            <numerusform>Поиск: %n результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: the %n most recently added results</source>
        <translation>
            <numerusform>Поиск: %n последний добавленный результат</numerusform>
            <numerusform>Поиск: %n последних добавленных результата</numerusform>
            <numerusform>Поиск: %n последних добавленных результатов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: the best %n results</source>
        <translation>
            <numerusform>Поиск: %n лучший результат</numerusform>
            <numerusform>Поиск: %n лучших результата</numerusform>
            <numerusform>Поиск: %n лучших результатов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать это справочное сообщение и выйти</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>требуются следующие аргументы: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ожидается один аргумент</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы один аргумент</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного аргумента</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя использовать вместе с аргументом %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>требуется один из аргументов %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>не удаётся открыть &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>Unexpected internal error ({name}). Please report it; run with NPMDESK_DEBUG=1 for details.</source>
        <translation>Непредвиденная внутренняя ошибка ({name}). Сообщите о ней; запустите с NPMDESK_DEBUG=1, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <source>Wrote the backup to {path} ({size}) and verified it: it restores with this vault&apos;s passphrase or recovery code.</source>
        <translation>Резервная копия записана в {path} ({size}) и проверена: она восстанавливается парольной фразой или кодом восстановления этого хранилища.</translation>
    </message>
    <message>
        <source>Keep it away from this computer (an emergency erase does not touch backups).</source>
        <translation>Храните её вдали от этого компьютера (экстренное стирание не затрагивает резервные копии).</translation>
    </message>
    <message>
        <source>Restored the backup into {path}: it opens and passed both integrity checks.</source>
        <translation>Резервная копия восстановлена в {path}: хранилище открывается и прошло обе проверки целостности.</translation>
    </message>
    <message>
        <source>It opens with the passphrase the vault had when the backup was made.</source>
        <translation>Оно открывается парольной фразой, которая была у хранилища при создании копии.</translation>
    </message>
    <message>
        <source>To set a new one: npmdesk passwd --vault {path} --recovery-code-file FILE</source>
        <translation>Чтобы задать новую: npmdesk passwd --vault {path} --recovery-code-file ФАЙЛ</translation>
    </message>
    <message>
        <source>The vault at {path} is erased: its keys were destroyed first, then its files.</source>
        <translation>Хранилище в {path} стёрто: сначала уничтожены его ключи, затем файлы.</translation>
    </message>
    <message>
        <source>The folder itself was kept: it holds files that are not part of the vault.</source>
        <translation>Сама папка сохранена: в ней есть файлы, не относящиеся к хранилищу.</translation>
    </message>
    <message>
        <source>Backups are not affected: destroy them separately if they must go too.</source>
        <translation>Резервные копии не затронуты: уничтожьте их отдельно, если они тоже должны исчезнуть.</translation>
    </message>
    <message>
        <source>These records need your confirmation before they leave the vault:</source>
        <translation>Эти записи требуют вашего подтверждения, прежде чем покинуть хранилище:</translation>
    </message>
    <message>
        <source>left out whatever is confirmed: {id}  {title}</source>
        <translation>исключено при любом подтверждении: {id}  {title}</translation>
    </message>
    <message>
        <source>Run the command again with --confirm-sensitive to export them.</source>
        <translation>Запустите команду снова с --confirm-sensitive, чтобы экспортировать их.</translation>
    </message>
    <message>
        <source>Wrote the draft to {path}, for {recipients}.</source>
        <translation>Черновик записан в {path} для {recipients}.</translation>
    </message>
    <message>
        <source>Its cover note travels in clear: it says what the file is and how to open it, nothing confidential. Open the draft in your mail program (Thunderbird and Outlook open it as a draft), check it and send it.</source>
        <translation>Сопроводительная записка идёт открытым текстом: в ней сказано, что это за файл и как его открыть, ничего конфиденциального. Откройте черновик в почтовой программе (Thunderbird и Outlook открывают его как черновик), проверьте и отправьте.</translation>
    </message>
    <message>
        <source>Give the PDF&apos;s password by phone, never in the same email.</source>
        <translation>Сообщите пароль PDF по телефону, никогда не в том же письме.</translation>
    </message>
    <message>
        <source>The PDF&apos;s password (shown only now: npmdesk does not keep it):</source>
        <translation>Пароль PDF (показан только сейчас: npmdesk его не хранит):</translation>
    </message>
    <message>
        <source>Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Сообщите его получателю по телефону, никогда не в том же письме, что и PDF.</translation>
    </message>
    <message>
        <source>Give the password to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Сообщите пароль получателю по телефону, никогда не в том же письме, что и PDF.</translation>
    </message>
    <message>
        <source>Wrote the correspondence log to {path} ({size} KB).</source>
        <translation>Журнал переписки записан в {path} ({size} КБ).</translation>
    </message>
    <message>
        <source>Wrote the visit dossier to {path} ({size} KB).</source>
        <translation>Досье посещения записано в {path} ({size} КБ).</translation>
    </message>
    <message>
        <source>Wrote the recommendations tracker to {path} ({size} KB).</source>
        <translation>Отчёт о выполнении рекомендаций записан в {path} ({size} КБ).</translation>
    </message>
    <message>
        <source>This PDF is not encrypted: keep it safe, and delete it when you no longer need it.</source>
        <translation>Этот PDF не зашифрован: храните его надёжно и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <source>npmdesk: warning: {text}</source>
        <translation>npmdesk: предупреждение: {text}</translation>
    </message>
    <message>
        <source>It is shown only this once. Write it down and keep it apart from this computer:</source>
        <translation>Он показан только один раз. Запишите его и храните отдельно от этого компьютера:</translation>
    </message>
    <message>
        <source>With it you can open the vault and set a new passphrase if you forget yours.</source>
        <translation>С ним можно открыть хранилище и задать новую парольную фразу, если вы забудете свою.</translation>
    </message>
    <message>
        <source>Created the vault at {path}.

Recovery code:</source>
        <translation>Хранилище создано в {path}.

Код восстановления:</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is that of {country} ({code}).</source>
        <translation>НПМ этого хранилища — НПМ страны {country} ({code}).</translation>
    </message>
    <message>
        <source>The vault is remembered on this device.</source>
        <translation>Хранилище запомнено на этом устройстве.</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>Хранилище исправно: обе проверки целостности пройдены.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>Парольная фраза изменена. Старая больше не открывает хранилище.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works. New recovery code:</source>
        <translation>Использованный код восстановления больше не действует. Новый код восстановления:</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key.

New recovery code:</source>
        <translation>Хранилище перешифровано новым ключом.

Новый код восстановления:</translation>
    </message>
    <message>
        <source>The old recovery code no longer works.</source>
        <translation>Старый код восстановления больше не действует.</translation>
    </message>
    <message>
        <source>New recovery code:</source>
        <translation>Новый код восстановления:</translation>
    </message>
    <message>
        <source>The vault is remembered on this device: it opens without the passphrase here.</source>
        <translation>Хранилище запомнено на этом устройстве: здесь оно открывается без парольной фразы.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>Это устройство больше не помнит хранилище.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the PDF (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Исключено из PDF (%n): в согласии на передачу ППП отказано.</numerusform>
            <numerusform>Исключено из PDF (%n): в согласии на передачу ППП отказано.</numerusform>
            <numerusform>Исключено из PDF (%n): в согласии на передачу ППП отказано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out of the package (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Исключено из пакета (%n): в согласии на передачу ППП отказано.</numerusform>
            <numerusform>Исключено из пакета (%n): в согласии на передачу ППП отказано.</numerusform>
            <numerusform>Исключено из пакета (%n): в согласии на передачу ППП отказано.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as sent: %n draft(s).</source>
        <translation>
            <numerusform>Отмечен как отправленный: %n черновик.</numerusform>
            <numerusform>Отмечены как отправленные: %n черновика.</numerusform>
            <numerusform>Отмечены как отправленные: %n черновиков.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npmdesk: %n message(s) already in the vault were left as they are.</source>
        <translation>
            <numerusform>npmdesk: %n письмо, уже имеющееся в хранилище, оставлено как есть.</numerusform>
            <numerusform>npmdesk: %n письма, уже имеющиеся в хранилище, оставлены как есть.</numerusform>
            <numerusform>npmdesk: %n писем, уже имеющихся в хранилище, оставлены как есть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path} ({size} bytes), as a PDF protected with a password (AES-256).</source>
        <translation>
            <numerusform>Экспортирована %n запись в {path} ({size} байт) как PDF, защищённый паролем (AES-256).</numerusform>
            <numerusform>Экспортировано %n записи в {path} ({size} байт) как PDF, защищённый паролем (AES-256).</numerusform>
            <numerusform>Экспортировано %n записей в {path} ({size} байт) как PDF, защищённый паролем (AES-256).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter passphrase for {path}: </source>
        <translation>Парольная фраза для {path}: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Введите её ещё раз: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Код восстановления: </translation>
    </message>
    <message>
        <source>Package passphrase: </source>
        <translation>Парольная фраза пакета: </translation>
    </message>
    <message>
        <source>Enter passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>Confirm passphrase: </source>
        <translation>Подтвердите парольную фразу: </translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for this vault with it):</source>
        <translation>Получатель age (им другие шифруют пакеты для этого хранилища):</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages this vault exports):</source>
        <translation>Ключ подписи (им подписываются пакеты, экспортируемые этим хранилищем):</translation>
    </message>
    <message>
        <source>Fingerprint (compare it by phone before trusting packages):</source>
        <translation>Отпечаток (сравните его по телефону, прежде чем доверять пакетам):</translation>
    </message>
    <message>
        <source>For recipients without npmdesk, who check packages with OpenSSH: npmdesk identity --ssh</source>
        <translation>Для получателей без npmdesk, проверяющих пакеты с помощью OpenSSH: npmdesk identity --ssh</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted with a passphrase.</source>
        <translation>
            <numerusform>Экспортирована %n запись и {attachments} в {path} ({size} байт), зашифровано парольной фразой.</numerusform>
            <numerusform>Экспортировано %n записи и {attachments} в {path} ({size} байт), зашифровано парольной фразой.</numerusform>
            <numerusform>Экспортировано %n записей и {attachments} в {path} ({size} байт), зашифровано парольной фразой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted for {recipients}.</source>
        <translation>
            <numerusform>Экспортирована %n запись и {attachments} в {path} ({size} байт), зашифровано для {recipients}.</numerusform>
            <numerusform>Экспортировано %n записи и {attachments} в {path} ({size} байт), зашифровано для {recipients}.</numerusform>
            <numerusform>Экспортировано %n записей и {attachments} в {path} ({size} байт), зашифровано для {recipients}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by this vault, fingerprint {fingerprint}.</source>
        <translation>Подписано этим хранилищем, отпечаток {fingerprint}.</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised).</source>
        <translation>Только для устройств вашего НПМ: записи содержат настоящие имена (без псевдонимов).</translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation>Подписано: {signer}.</translation>
    </message>
    <message>
        <source>This package carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>Этот пакет содержит настоящие имена: он пришёл с одного из устройств вашего НПМ.</translation>
    </message>
    <message>
        <source>Would import: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>Будет импортировано: новых {new}, обновлённых {updated}, без изменений {unchanged}, уже новее здесь {ahead}, изменённых с обеих сторон {conflicts}, удалённых здесь (не возвращены) {deleted}; новых вложений {attachments}.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>Импортировано: новых {new}, обновлённых {updated}, без изменений {unchanged}, уже новее здесь {ahead}, изменённых с обеих сторон {conflicts}, удалённых здесь (не возвращены) {deleted}; новых вложений {attachments}.</translation>
    </message>
    <message>
        <source>conflict: {id}  {title}  (both versions are in its history)</source>
        <translation>конфликт: {id}  {title}  (обе версии есть в его истории)</translation>
    </message>
    <message>
        <source>deleted here: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>удалено здесь: {id}  {title}  (чтобы вернуть: --restore-deleted {id})</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>удалено здесь, изменено отправителем: {id}  {title}  (чтобы вернуть: --restore-deleted {id})</translation>
    </message>
    <message>
        <source>real names filled in: {id}  {title}  (from one of your NPM&apos;s own devices)</source>
        <translation>добавлены настоящие имена: {id}  {title}  (с одного из устройств вашего НПМ)</translation>
    </message>
    <message>
        <source>would be brought back: {id}  {title}</source>
        <translation>будет возвращено: {id}  {title}</translation>
    </message>
    <message>
        <source>brought back: {id}  {title}</source>
        <translation>возвращено: {id}  {title}</translation>
    </message>
    <message>
        <source>keys not taken: {id}  {title}  (another contact or this vault already has them)</source>
        <translation>ключи не приняты: {id}  {title}  (они уже есть у другого контакта или у этого хранилища)</translation>
    </message>
    <message>
        <source>Signature verified: signing key {key}</source>
        <translation>Подпись проверена: ключ подписи {key}</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint} (compare it with the sender)</source>
        <translation>отпечаток {fingerprint} (сравните его с отправителем)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) and {files} unpacked into {folder}:</source>
        <translation>
            <numerusform>%n запись и {files} распакованы в {folder}:</numerusform>
            <numerusform>%n записи и {files} распакованы в {folder}:</numerusform>
            <numerusform>%n записей и {files} распакованы в {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {count} more (every record is in records.json)</source>
        <translation>... и ещё {count} (все записи — в records.json)</translation>
    </message>
    <message>
        <source>Open {path} to read them. These files are NOT encrypted.</source>
        <translation>Откройте {path}, чтобы прочитать их. Эти файлы НЕ зашифрованы.</translation>
    </message>
    <message>
        <source>sender&apos;s NPM, as the package states it: {name}</source>
        <translation>НПМ отправителя, как указано в пакете: {name}</translation>
    </message>
    <message>
        <source>sender&apos;s user, as the package states it: {name}</source>
        <translation>пользователь отправителя, как указано в пакете: {name}</translation>
    </message>
    <message>
        <source>made: {date}</source>
        <translation>создан: {date}</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}: compare it with {name}, then run &apos;npmdesk contact verify&apos;.</source>
        <translation>Отпечаток {fingerprint}: сравните его с {name}, затем выполните &apos;npmdesk contact verify&apos;.</translation>
    </message>
    <message>
        <source>own device</source>
        <translation>своё устройство</translation>
    </message>
    <message>
        <source>{name} is no longer one of your NPM&apos;s own devices: packages for it carry pseudonyms.</source>
        <translation>{name} больше не устройство вашего НПМ: пакеты для него содержат псевдонимы.</translation>
    </message>
    <message>
        <source>{name} is now one of your NPM&apos;s own devices: packages for it carry real names.</source>
        <translation>{name} теперь устройство вашего НПМ: пакеты для него содержат настоящие имена.</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>ключ подписи</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>получатель age</translation>
    </message>
    <message>
        <source>Removed from {name}: {keys}.</source>
        <translation>Удалено у {name}: {keys}.</translation>
    </message>
    <message>
        <source>The keys of {name} are now marked as verified.</source>
        <translation>Ключи {name} теперь отмечены как проверенные.</translation>
    </message>
    <message>
        <source>note: more than {limit} records match, so they are listed newest first, not by best match; add words to narrow the search</source>
        <translation>примечание: совпадает больше {limit} записей, поэтому они перечислены от новых к старым, а не по релевантности; добавьте слова, чтобы сузить поиск</translation>
    </message>
    <message>
        <source>No State party is chosen for this vault yet: set it with &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; lists the codes).</source>
        <translation>Государство-участник для этого хранилища ещё не выбрано: задайте его командой &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; выводит коды).</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is now that of {state}.</source>
        <translation>НПМ этого хранилища теперь — НПМ страны {state}.</translation>
    </message>
    <message>
        <source>The team folder is now {path}. This device writes only into its subfolder {fingerprint}; run &apos;npmdesk sync&apos; for a round.</source>
        <translation>Папка команды теперь {path}. Это устройство пишет только в свою подпапку {fingerprint}; выполните &apos;npmdesk sync&apos; для цикла синхронизации.</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}) is now a team member: the next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>{name} (отпечаток {fingerprint}) теперь участник команды: следующая синхронизация сделает для него снимок этого хранилища, а затем будет отправлять ему каждое изменение.</translation>
    </message>
    <message>
        <source>{name} is no longer a team member: new changesets are not addressed to it. What it already received stays on it (npmdesk cannot take back what a device holds).</source>
        <translation>{name} больше не участник команды: новые наборы изменений ему не адресуются. То, что он уже получил, остаётся у него (npmdesk не может забрать то, что хранится на устройстве).</translation>
    </message>
    <message>
        <source>No team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>Папки команды ещё нет: выберите её командой &apos;npmdesk team folder ПАПКА&apos;.</translation>
    </message>
    <message>
        <source>No member devices yet: add one with &apos;npmdesk team add CONTACT&apos;.</source>
        <translation>Устройств-участников ещё нет: добавьте одно командой &apos;npmdesk team add КОНТАКТ&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n edited on both sides: see &quot;Edited on both sides&quot;.</source>
        <translation>
            <numerusform>%n изменена с обеих сторон: см. «Изменено с обеих сторон».</numerusform>
            <numerusform>%n изменены с обеих сторон: см. «Изменено с обеих сторон».</numerusform>
            <numerusform>%n изменено с обеих сторон: см. «Изменено с обеих сторон».</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a member but no longer a verified own device with keys: left out.</source>
        <translation>{name} — участник, но больше не проверенное своё устройство с ключами: пропущено.</translation>
    </message>
    <message>
        <source>Ignored the subfolder {folder}: it is not a member device&apos;s.</source>
        <translation>Подпапка {folder} пропущена: она не принадлежит устройству-участнику.</translation>
    </message>
    <message>
        <source>a change of recovery code did not finish (npmdesk was interrupted): your previous recovery code still opens the vault. Run &apos;npmdesk new-recovery-code&apos; to make a new one.</source>
        <translation>смена кода восстановления не завершилась (npmdesk был прерван): прежний код восстановления по-прежнему открывает хранилище. Выполните &apos;npmdesk new-recovery-code&apos;, чтобы создать новый.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>no sender</source>
        <translation>без отправителя</translation>
    </message>
    <message>
        <source>new: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>новое: {when}, {direction}, от {sender}: {subject} ({source}, {attachments})</translation>
    </message>
    <message>
        <source>already in the vault: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>уже в хранилище: {when}, {direction}, от {sender}: {subject} ({source}, {attachments})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>не удаётся прочитать {name}: {error}</translation>
    </message>
    <message>
        <source>not among your contacts: {person} (add with --add-contact {email})</source>
        <translation>нет среди ваших контактов: {person} (добавьте через --add-contact {email})</translation>
    </message>
    <message>
        <source>review {date}  {record}</source>
        <translation>пересмотр {date}  {record}</translation>
    </message>
    <message>
        <source>team folder: {folder}</source>
        <translation>папка команды: {folder}</translation>
    </message>
    <message>
        <source>team folder: {folder}  (NOT there now)</source>
        <translation>папка команды: {folder}  (сейчас ОТСУТСТВУЕТ)</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}, changes waiting for the next sync</source>
        <translation>это устройство: {fingerprint}, последний набор изменений {sequence}, изменения ждут следующей синхронизации</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}</source>
        <translation>это устройство: {fingerprint}, последний набор изменений {sequence}</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(удалённый контакт)</translation>
    </message>
    <message>
        <source>LEFT OUT: no longer a verified own device with keys; changesets are not addressed to it</source>
        <translation>ПРОПУЩЕНО: больше не проверенное своё устройство с ключами; наборы изменений ему не адресуются</translation>
    </message>
    <message>
        <source>not started: waiting for the snapshot it makes for this device</source>
        <translation>не начато: ожидается снимок, который он делает для этого устройства</translation>
    </message>
    <message>
        <source>its changesets applied here up to {sequence}</source>
        <translation>его наборы изменений применены здесь до {sequence}</translation>
    </message>
    <message>
        <source>its snapshot applied here</source>
        <translation>его снимок применён здесь</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the folder)</source>
        <translation>
            <numerusform>(ещё %n в папке)</numerusform>
            <numerusform>(ещё %n в папке)</numerusform>
            <numerusform>(ещё %n в папке)</numerusform>
        </translation>
    </message>
    <message>
        <source>it applied this device&apos;s up to {sequence}</source>
        <translation>он применил наборы этого устройства до {sequence}</translation>
    </message>
    <message>
        <source>it has not applied anything of this device yet</source>
        <translation>он ещё ничего не применил от этого устройства</translation>
    </message>
    <message>
        <source>last seen {date}</source>
        <translation>последний раз замечен {date}</translation>
    </message>
    <message>
        <source>never seen in the team folder</source>
        <translation>ни разу не замечен в папке команды</translation>
    </message>
    <message>
        <source>set aside: {reason}</source>
        <translation>отложено: {reason}</translation>
    </message>
    <message>
        <source>{count} moved to the bin</source>
        <translation>{count} перемещено в корзину</translation>
    </message>
    <message>
        <source>{count} kept (deleted there, edited here)</source>
        <translation>{count} сохранено (удалено там, изменено здесь)</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>нет записей</translation>
    </message>
    <message>
        <source>Applied snapshot {sequence} of {device}: {counts}.</source>
        <translation>Применён снимок {sequence} от {device}: {counts}.</translation>
    </message>
    <message>
        <source>Applied changeset {sequence} of {device}: {counts}.</source>
        <translation>Применён набор изменений {sequence} от {device}: {counts}.</translation>
    </message>
    <message>
        <source>Wrote changeset {sequence}: {records}, {deletions}, {attachments}.</source>
        <translation>Записан набор изменений {sequence}: {records}, {deletions}, {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n удаление</numerusform>
            <numerusform>%n удаления</numerusform>
            <numerusform>%n удалений</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote a snapshot for {name} ({records}).</source>
        <translation>Записан снимок для {name} ({records}).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) every member has applied.</source>
        <translation>
            <numerusform>Удалён %n файл, который применили все участники.</numerusform>
            <numerusform>Удалено %n файла, которые применили все участники.</numerusform>
            <numerusform>Удалено %n файлов, которые применили все участники.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date with %n device(s).</source>
        <translation>
            <numerusform>Синхронизировано с %n устройством.</numerusform>
            <numerusform>Синхронизировано с %n устройствами.</numerusform>
            <numerusform>Синхронизировано с %n устройствами.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>добавлено</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>обновлено</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>уже новее здесь</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>конфликтов</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>удалено здесь</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender</source>
        <translation>удалено здесь, изменено отправителем</translation>
    </message>
    <message>
        <source>real names filled in</source>
        <translation>добавлены настоящие имена</translation>
    </message>
    <message>
        <source>malformed key</source>
        <translation>искажённый ключ</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>нет ключей</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверены</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>НЕ проверены</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>строго конфиденциально</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>персональные данные без записанного согласия</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>внутреннее для НПМ</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>id:</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>вид:</translation>
    </message>
    <message>
        <source>date:</source>
        <translation>дата:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>статус:</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>уровень доступа:</translation>
    </message>
    <message>
        <source>counterpart:</source>
        <translation>контрагент:</translation>
    </message>
    <message>
        <source>country:</source>
        <translation>страна:</translation>
    </message>
    <message>
        <source>due:</source>
        <translation>срок:</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>метки:</translation>
    </message>
    <message>
        <source>OPCAT:</source>
        <translation>ФПКПП:</translation>
    </message>
    <message>
        <source>changed:</source>
        <translation>изменено:</translation>
    </message>
    <message>
        <source>attachment:</source>
        <translation>вложение:</translation>
    </message>
    <message>
        <source>(personal data, consent: {consent})</source>
        <translation>(персональные данные, согласие: {consent})</translation>
    </message>
    <message>
        <source>{date} by {user} (version {version})</source>
        <translation>{date}, {user} (версия {version})</translation>
    </message>
    <message>
        <source>{name} ({size} bytes, {type})</source>
        <translation>{name} ({size} байт, {type})</translation>
    </message>
    <message>
        <source>not fully indexed: search finds only part of its text, or none</source>
        <translation>проиндексировано не полностью: поиск находит только часть его текста или ничего</translation>
    </message>
    <message>
        <source>(malformed key: remove it with &apos;npmdesk contact remove-key&apos;)</source>
        <translation>(искажённый ключ: удалите его командой &apos;npmdesk contact remove-key&apos;)</translation>
    </message>
    <message>
        <source>date means:</source>
        <translation>дата означает:</translation>
    </message>
    <message>
        <source>statuses:</source>
        <translation>статусы:</translation>
    </message>
    <message>
        <source>when {field} is {value}: {statuses}</source>
        <translation>когда {field} = {value}: {statuses}</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>поля:</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(обязательное)</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(и ещё {count})</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, for example 2026-11-29</source>
        <translation>дату в виде ГГГГ-ММ-ДД, например 2026-11-29</translation>
    </message>
    <message>
        <source>a whole number, for example 2025</source>
        <translation>целое число, например 2025</translation>
    </message>
    <message>
        <source>a number, for example 1250.50</source>
        <translation>число, например 1250.50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>да или нет (yes или no)</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>одно из значений: {values}</translation>
    </message>
    <message>
        <source>values among: {values} (repeat --field or separate them with commas)</source>
        <translation>значения из: {values} (повторите --field или разделите их запятыми)</translation>
    </message>
    <message>
        <source>ids of records in this vault (repeat --field or separate them with commas)</source>
        <translation>идентификаторы записей этого хранилища (повторите --field или разделите их запятыми)</translation>
    </message>
    <message>
        <source>text items (repeat --field or separate them with commas)</source>
        <translation>текстовые элементы (повторите --field или разделите их запятыми)</translation>
    </message>
    <message>
        <source>text that is not empty</source>
        <translation>непустой текст</translation>
    </message>
    <message>
        <source>unlock and verify integrity (exit 0 healthy, 1 damaged)</source>
        <translation>разблокировать и проверить целостность (код 0 — исправно, 1 — повреждено)</translation>
    </message>
    <message>
        <source>re-encrypt the vault with a new key (prints a new recovery code)</source>
        <translation>перешифровать хранилище новым ключом (выводит новый код восстановления)</translation>
    </message>
    <message>
        <source>replace the recovery code (the old one stops working)</source>
        <translation>заменить код восстановления (старый перестаёт действовать)</translation>
    </message>
    <message>
        <source>remember the vault on this device (OS keyring)</source>
        <translation>запомнить хранилище на этом устройстве (связка ключей ОС)</translation>
    </message>
    <message>
        <source>stop remembering the vault on this device</source>
        <translation>перестать помнить хранилище на этом устройстве</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>вид записи: {kinds}</translation>
    </message>
    <message>
        <source>age-compatible encrypt/decrypt with the same flags as the age tool</source>
        <translation>шифрование и расшифровка, совместимые с age, с теми же параметрами, что у утилиты age</translation>
    </message>
    <message>
        <source>Encrypt or decrypt age files (age-encryption.org/v1), like the age tool. INPUT and OUTPUT default to standard input and output; armor is detected when decrypting. A passphrase is read from NPMDESK_PASSPHRASE or asked at the terminal.</source>
        <translation>Шифрует и расшифровывает файлы age (age-encryption.org/v1), как утилита age. INPUT и OUTPUT по умолчанию — стандартные ввод и вывод; формат armor при расшифровке определяется сам. Парольная фраза берётся из NPMDESK_PASSPHRASE или запрашивается в терминале.</translation>
    </message>
    <message>
        <source>accepted like every subcommand; age needs no vault</source>
        <translation>принимается, как у любой подкоманды; age не нужно хранилище</translation>
    </message>
    <message>
        <source>encrypt (the default)</source>
        <translation>зашифровать (по умолчанию)</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>расшифровать</translation>
    </message>
    <message>
        <source>encrypt to this age public key, age1… (repeatable)</source>
        <translation>зашифровать для этого открытого ключа age, age1… (можно повторять)</translation>
    </message>
    <message>
        <source>encrypt to the recipients listed in PATH (repeatable)</source>
        <translation>зашифровать для получателей, перечисленных в PATH (можно повторять)</translation>
    </message>
    <message>
        <source>decrypt with the secret keys in PATH; when encrypting, encrypt to their public keys (repeatable)</source>
        <translation>расшифровать секретными ключами из PATH; при шифровании — зашифровать для их открытых ключей (можно повторять)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase</source>
        <translation>зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>encrypt to a PEM-encoded (ASCII) format</source>
        <translation>зашифровать в формате PEM (ASCII)</translation>
    </message>
    <message>
        <source>write the result to OUTPUT (default: standard output)</source>
        <translation>записать результат в OUTPUT (по умолчанию — стандартный вывод)</translation>
    </message>
    <message>
        <source>the file to read (default: standard input)</source>
        <translation>файл для чтения (по умолчанию — стандартный ввод)</translation>
    </message>
    <message>
        <source>print this vault&apos;s age recipient and signing-key fingerprint</source>
        <translation>вывести получателя age этого хранилища и отпечаток его ключа подписи</translation>
    </message>
    <message>
        <source>print only the allowed_signers line with which a recipient checks this vault&apos;s packages using OpenSSH (ssh-keygen -Y verify)</source>
        <translation>вывести только строку allowed_signers, по которой получатель проверяет пакеты этого хранилища с помощью OpenSSH (ssh-keygen -Y verify)</translation>
    </message>
    <message>
        <source>write an encrypted, signed package</source>
        <translation>записать зашифрованный подписанный пакет</translation>
    </message>
    <message>
        <source>every record (not the bin)</source>
        <translation>все записи (кроме корзины)</translation>
    </message>
    <message>
        <source>these records (and their contacts)</source>
        <translation>эти записи (и их контакты)</translation>
    </message>
    <message>
        <source>the records of a report: correspondence-log, visit-dossier (with --visit) or recommendations, within --from/--to</source>
        <translation>записи отчёта: correspondence-log, visit-dossier (с --visit) или recommendations, в пределах --from/--to</translation>
    </message>
    <message>
        <source>with --report visit-dossier: the visit</source>
        <translation>с --report visit-dossier: посещение</translation>
    </message>
    <message>
        <source>with --report: records dated on or after DATE</source>
        <translation>с --report: записи с датой DATE или позже</translation>
    </message>
    <message>
        <source>with --report: records dated on or before DATE</source>
        <translation>с --report: записи с датой DATE или раньше</translation>
    </message>
    <message>
        <source>package (default), or pdf: a PDF protected with a password (AES-256), for recipients with only a PDF reader (with --passphrase: npmdesk makes the password)</source>
        <translation>package (по умолчанию) или pdf: PDF, защищённый паролем (AES-256), для получателей, у которых есть только программа просмотра PDF (с --passphrase пароль создаёт npmdesk)</translation>
    </message>
    <message>
        <source>encrypt for this age public key, age1… (repeatable)</source>
        <translation>зашифровать для этого открытого ключа age, age1… (можно повторять)</translation>
    </message>
    <message>
        <source>encrypt for this contact&apos;s age recipient (repeatable)</source>
        <translation>зашифровать для получателя age этого контакта (можно повторять)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase instead</source>
        <translation>вместо этого зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>write ASCII armor (PEM) instead of binary</source>
        <translation>записать в ASCII armor (PEM) вместо двоичного вида</translation>
    </message>
    <message>
        <source>the package to write</source>
        <translation>пакет для записи</translation>
    </message>
    <message>
        <source>confirm that the strictly confidential and internal records and personal data without recorded consent that are listed may leave the vault (records whose people refused transmission are always left out)</source>
        <translation>подтвердить, что перечисленные строго конфиденциальные и внутренние записи и персональные данные без записанного согласия могут покинуть хранилище (записи, чьи люди отказались от передачи, всегда исключаются)</translation>
    </message>
    <message>
        <source>mark the draft communications in the package as sent</source>
        <translation>отметить черновики сообщений в пакете как отправленные</translation>
    </message>
    <message>
        <source>with --passphrase: read the package passphrase from FILE</source>
        <translation>с --passphrase: прочитать парольную фразу пакета из FILE</translation>
    </message>
    <message>
        <source>verify, decrypt and merge a package</source>
        <translation>проверить, расшифровать и слить пакет</translation>
    </message>
    <message>
        <source>show what would change and who signed it; change nothing</source>
        <translation>показать, что изменится и кто подписал; ничего не менять</translation>
    </message>
    <message>
        <source>import even though the signer is not a verified contact (after comparing the fingerprint)</source>
        <translation>импортировать, даже если подписавший не проверенный контакт (после сравнения отпечатка)</translation>
    </message>
    <message>
        <source>read the package passphrase from FILE (for packages made with --passphrase)</source>
        <translation>прочитать парольную фразу пакета из FILE (для пакетов, сделанных с --passphrase)</translation>
    </message>
    <message>
        <source>bring back these records, deleted here, from the package (see &apos;deleted here&apos; in --dry-run)</source>
        <translation>вернуть эти записи, удалённые здесь, из пакета (см. «deleted here» в --dry-run)</translation>
    </message>
    <message>
        <source>work with packages without a vault</source>
        <translation>работа с пакетами без хранилища</translation>
    </message>
    <message>
        <source>verify and unpack a package with an age key file</source>
        <translation>проверить и распаковать пакет с помощью файла ключа age</translation>
    </message>
    <message>
        <source>an age identity file (as age-keygen writes it); repeatable</source>
        <translation>файл идентичности age (как его записывает age-keygen); можно повторять</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>новая или пустая папка</translation>
    </message>
    <message>
        <source>refuse unless signed by this signing key</source>
        <translation>отказать, если пакет не подписан этим ключом подписи</translation>
    </message>
    <message>
        <source>for packages made with a passphrase (instead of -i)</source>
        <translation>для пакетов, сделанных с парольной фразой (вместо -i)</translation>
    </message>
    <message>
        <source>contacts&apos; keys: add, list, verify, own-device, remove-key</source>
        <translation>ключи контактов: add, list, verify, own-device, remove-key</translation>
    </message>
    <message>
        <source>add a contact with their keys</source>
        <translation>добавить контакт с его ключами</translation>
    </message>
    <message>
        <source>contacts with keys, and whether verified</source>
        <translation>контакты с ключами и отметка, проверены ли они</translation>
    </message>
    <message>
        <source>mark a contact&apos;s keys as verified after comparing the fingerprint</source>
        <translation>отметить ключи контакта как проверенные после сравнения отпечатка</translation>
    </message>
    <message>
        <source>the contact&apos;s name or id</source>
        <translation>имя или идентификатор контакта</translation>
    </message>
    <message>
        <source>the fingerprint the person read to you</source>
        <translation>отпечаток, который вам прочитал человек</translation>
    </message>
    <message>
        <source>remove a contact&apos;s signing key and/or age recipient (and the verification)</source>
        <translation>удалить ключ подписи и/или получателя age контакта (и отметку о проверке)</translation>
    </message>
    <message>
        <source>only the signing key</source>
        <translation>только ключ подписи</translation>
    </message>
    <message>
        <source>only the age recipient</source>
        <translation>только получателя age</translation>
    </message>
    <message>
        <source>mark a verified contact as one of your NPM&apos;s own devices (packages to it carry real names)</source>
        <translation>отметить проверенный контакт как устройство вашего НПМ (пакеты для него содержат настоящие имена)</translation>
    </message>
    <message>
        <source>no longer one of your NPM&apos;s own devices</source>
        <translation>больше не устройство вашего НПМ</translation>
    </message>
    <message>
        <source>import saved email (.eml, .msg, mbox); draft one carrying an exported file</source>
        <translation>импортировать сохранённые письма (.eml, .msg, mbox); подготовить письмо с экспортированным файлом</translation>
    </message>
    <message>
        <source>import saved messages as communications; print the new records&apos; ids</source>
        <translation>импортировать сохранённые письма как сообщения; вывести идентификаторы новых записей</translation>
    </message>
    <message>
        <source>.eml, .msg or mbox files, or folders holding them</source>
        <translation>файлы .eml, .msg или mbox либо папки с ними</translation>
    </message>
    <message>
        <source>show what would be imported; change nothing</source>
        <translation>показать, что будет импортировано; ничего не менять</translation>
    </message>
    <message>
        <source>add this unknown sender or recipient as a contact (repeatable)</source>
        <translation>добавить этого неизвестного отправителя или получателя как контакт (можно повторять)</translation>
    </message>
    <message>
        <source>show or set the NPM&apos;s own email addresses (mail from them is &apos;sent&apos;)</source>
        <translation>показать или задать адреса электронной почты НПМ (письма с них считаются «отправленными»)</translation>
    </message>
    <message>
        <source>forget every address</source>
        <translation>забыть все адреса</translation>
    </message>
    <message>
        <source>write a mail draft (.eml) carrying an exported package or protected PDF, to open and send</source>
        <translation>записать черновик письма (.eml) с экспортированным пакетом или защищённым PDF, чтобы открыть и отправить его</translation>
    </message>
    <message>
        <source>the package or protected PDF, as exported</source>
        <translation>пакет или защищённый PDF в том виде, как они экспортированы</translation>
    </message>
    <message>
        <source>a recipient, &quot;Name &lt;name@example.org&gt;&quot; or name@example.org (repeatable)</source>
        <translation>получатель: &quot;Имя &lt;name@example.org&gt;&quot; или name@example.org (можно повторять)</translation>
    </message>
    <message>
        <source>the cover note&apos;s language (en)</source>
        <translation>язык сопроводительной записки (en)</translation>
    </message>
    <message>
        <source>the draft to write</source>
        <translation>черновик для записи</translation>
    </message>
    <message>
        <source>do not mark the draft communications in the file as sent</source>
        <translation>не отмечать черновики сообщений в файле как отправленные</translation>
    </message>
    <message>
        <source>the vault folder (default: the vault in your user-data folder)</source>
        <translation>папка хранилища (по умолчанию — хранилище в папке данных пользователя)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE</source>
        <translation>прочитать парольную фразу из первой строки FILE</translation>
    </message>
    <message>
        <source>unlock with the recovery code in FILE instead of the passphrase</source>
        <translation>разблокировать кодом восстановления из FILE вместо парольной фразы</translation>
    </message>
    <message>
        <source>Encrypted vault for an NPM&apos;s correspondence with the UN SPT. Without a command, opens the application window.</source>
        <translation>Зашифрованное хранилище для переписки НПМ с ППП ООН. Без команды открывает окно приложения.</translation>
    </message>
    <message>
        <source>create a vault and print its recovery code</source>
        <translation>создать хранилище и вывести его код восстановления</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>прочитать новую парольную фразу из первой строки FILE</translation>
    </message>
    <message>
        <source>the name of your NPM</source>
        <translation>название вашего НПМ</translation>
    </message>
    <message>
        <source>your name, recorded with every change you make (default: your login name)</source>
        <translation>ваше имя, записываемое с каждым вашим изменением (по умолчанию — имя входа в систему)</translation>
    </message>
    <message>
        <source>the State party of your NPM, by its two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>государство-участник вашего НПМ, по двухбуквенному коду (см. &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>сменить парольную фразу</translation>
    </message>
    <message>
        <source>only records of this kind (repeatable): %(choices)s</source>
        <translation>только записи этого вида (можно повторять): %(choices)s</translation>
    </message>
    <message>
        <source>only records with this status</source>
        <translation>только записи с этим статусом</translation>
    </message>
    <message>
        <source>only records about this country (two letters)</source>
        <translation>только записи об этой стране (две буквы)</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>только записи с этой меткой</translation>
    </message>
    <message>
        <source>only records dated on or after DATE</source>
        <translation>только записи с датой DATE или позже</translation>
    </message>
    <message>
        <source>only records dated on or before DATE</source>
        <translation>только записи с датой DATE или раньше</translation>
    </message>
    <message>
        <source>at most N records (%(default)s)</source>
        <translation>не более N записей (%(default)s)</translation>
    </message>
    <message>
        <source>print JSON (see the README for the fields)</source>
        <translation>вывести JSON (поля описаны в README)</translation>
    </message>
    <message>
        <source>list records, newest first</source>
        <translation>перечислить записи, сначала новые</translation>
    </message>
    <message>
        <source>list the records in the bin</source>
        <translation>перечислить записи в корзине</translation>
    </message>
    <message>
        <source>only records due for review within 30 days (or overdue), the earliest first</source>
        <translation>только записи, которые нужно пересмотреть в течение 30 дней (или просроченные), сначала ближайшие</translation>
    </message>
    <message>
        <source>show one record</source>
        <translation>показать одну запись</translation>
    </message>
    <message>
        <source>the record&apos;s id</source>
        <translation>идентификатор записи</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>вывести JSON</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>полнотекстовый поиск</translation>
    </message>
    <message>
        <source>words (prefixes match), &quot;a phrase&quot; in quotes</source>
        <translation>слова (совпадают по началу), &quot;фраза&quot; в кавычках</translation>
    </message>
    <message>
        <source>best: best match first (newest first, with a note on stderr, when too many records match to rank them all); newest: the records added most recently first (default: best)</source>
        <translation>best: сначала лучшие совпадения (сначала новые, с примечанием в stderr, если совпадений слишком много, чтобы ранжировать все); newest: сначала недавно добавленные записи (по умолчанию: best)</translation>
    </message>
    <message>
        <source>fill the vault with synthetic demo data</source>
        <translation>заполнить хранилище синтетическими демонстрационными данными</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup of the vault to a new file</source>
        <translation>записать зашифрованную проверенную резервную копию хранилища в новый файл</translation>
    </message>
    <message>
        <source>the backup file to write (it must not exist yet)</source>
        <translation>файл резервной копии для записи (он ещё не должен существовать)</translation>
    </message>
    <message>
        <source>restore a backup into a new vault folder (--vault NEWPATH)</source>
        <translation>восстановить резервную копию в новую папку хранилища (--vault NEWPATH)</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>файл резервной копии</translation>
    </message>
    <message>
        <source>emergency erase: the keys first, then every vault file</source>
        <translation>экстренное стирание: сначала ключи, затем каждый файл хранилища</translation>
    </message>
    <message>
        <source>confirm with the vault folder&apos;s name (the last part of its path)</source>
        <translation>подтвердить именем папки хранилища (последней частью пути)</translation>
    </message>
    <message>
        <source>add a record of any kind; prints its id</source>
        <translation>добавить запись любого вида; выводит её идентификатор</translation>
    </message>
    <message>
        <source>the record&apos;s title</source>
        <translation>заголовок записи</translation>
    </message>
    <message>
        <source>the text, from a UTF-8 file (- for stdin)</source>
        <translation>текст из файла UTF-8 (- для стандартного ввода)</translation>
    </message>
    <message>
        <source>the status (default: the kind&apos;s first; see &apos;npmdesk kinds KIND&apos;)</source>
        <translation>статус (по умолчанию — первый для вида; см. &apos;npmdesk kinds KIND&apos;)</translation>
    </message>
    <message>
        <source>the SPT contact, an existing contact&apos;s name or id (an unknown name is refused)</source>
        <translation>контакт в ППП: имя или идентификатор существующего контакта (неизвестное имя отклоняется)</translation>
    </message>
    <message>
        <source>a new contact with this name, added as the counterpart</source>
        <translation>новый контакт с этим именем, добавленный как контрагент</translation>
    </message>
    <message>
        <source>the country concerned (two letters; default for visits, reports and the like: the NPM&apos;s State, see &apos;npmdesk state&apos;)</source>
        <translation>соответствующая страна (две буквы; по умолчанию для посещений, отчётов и т. п. — государство НПМ, см. &apos;npmdesk state&apos;)</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>a tag (repeatable)</source>
        <translation>метка (можно повторять)</translation>
    </message>
    <message>
        <source>attach a file (repeatable)</source>
        <translation>вложить файл (можно повторять)</translation>
    </message>
    <message>
        <source>an OPCAT reference such as 11 or 11(1)(b)(ii) (repeatable)</source>
        <translation>ссылка на ФПКПП, например 11 или 11(1)(b)(ii) (можно повторять)</translation>
    </message>
    <message>
        <source>when the record is due for review (retention)</source>
        <translation>когда запись нужно пересмотреть (хранение)</translation>
    </message>
    <message>
        <source>a person the record is about, by real name (it gets the next alias, &apos;person A&apos;; a reprisal case names them by that alias); record consent with &apos;npmdesk consent&apos;</source>
        <translation>человек, о котором запись, по настоящему имени (он получает следующий псевдоним, &apos;person A&apos;; дело о репрессиях называет его этим псевдонимом); согласие записывается командой &apos;npmdesk consent&apos;</translation>
    </message>
    <message>
        <source>(default: sent)</source>
        <translation>(по умолчанию: sent)</translation>
    </message>
    <message>
        <source>(default: email)</source>
        <translation>(по умолчанию: email)</translation>
    </message>
    <message>
        <source>change a record (a new version; the old one stays in its history); prints its id</source>
        <translation>изменить запись (новая версия; старая остаётся в истории); выводит её идентификатор</translation>
    </message>
    <message>
        <source>remove a field&apos;s value (repeatable)</source>
        <translation>очистить значение поля (можно повторять)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>новый заголовок</translation>
    </message>
    <message>
        <source>a new status</source>
        <translation>новый статус</translation>
    </message>
    <message>
        <source>a new date</source>
        <translation>новая дата</translation>
    </message>
    <message>
        <source>a new due date</source>
        <translation>новый срок</translation>
    </message>
    <message>
        <source>a new country (two letters)</source>
        <translation>новая страна (две буквы)</translation>
    </message>
    <message>
        <source>OPCAT references, replacing the record&apos;s (repeatable)</source>
        <translation>ссылки на ФПКПП, заменяющие ссылки записи (можно повторять)</translation>
    </message>
    <message>
        <source>a new review date</source>
        <translation>новая дата пересмотра</translation>
    </message>
    <message>
        <source>print the State party of this vault&apos;s NPM, or set it (npmdesk state CC)</source>
        <translation>вывести государство-участник НПМ этого хранилища или задать его (npmdesk state CC)</translation>
    </message>
    <message>
        <source>the State party&apos;s two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>двухбуквенный код государства-участника (см. &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>print {&quot;code&quot;: ..., &quot;name&quot;: ...} (null when not set)</source>
        <translation>вывести {&quot;code&quot;: ..., &quot;name&quot;: ...} (null, если не задано)</translation>
    </message>
    <message>
        <source>list the kinds of record with their fields and statuses</source>
        <translation>перечислить виды записей с их полями и статусами</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>только этот вид</translation>
    </message>
    <message>
        <source>print JSON: one object per kind (kind, date_meaning, statuses, status_field, statuses_by, fields)</source>
        <translation>вывести JSON: объект на каждый вид (kind, date_meaning, statuses, status_field, statuses_by, fields)</translation>
    </message>
    <message>
        <source>list the States parties to the OPCAT and their codes</source>
        <translation>перечислить государства — участники ФПКПП и их коды</translation>
    </message>
    <message>
        <source>record a person named in a record, their alias and their consent to one purpose; prints the id</source>
        <translation>записать человека, упомянутого в записи, его псевдоним и согласие на одну цель; выводит идентификатор</translation>
    </message>
    <message>
        <source>the person&apos;s real name (it stays in the vault; packages for others carry the alias)</source>
        <translation>настоящее имя человека (остаётся в хранилище; пакеты для других содержат псевдоним)</translation>
    </message>
    <message>
        <source>the pseudonym (default: the next free one, &apos;person A&apos;…)</source>
        <translation>псевдоним (по умолчанию — следующий свободный, &apos;person A&apos;…)</translation>
    </message>
    <message>
        <source>what the consent is for</source>
        <translation>для чего согласие</translation>
    </message>
    <message>
        <source>given, refused, pending or withdrawn</source>
        <translation>given, refused, pending или withdrawn</translation>
    </message>
    <message>
        <source>when it was given, refused or asked</source>
        <translation>когда оно дано, отклонено или запрошено</translation>
    </message>
    <message>
        <source>oral or written</source>
        <translation>устное или письменное</translation>
    </message>
    <message>
        <source>who obtained it (for a child or a person lacking capacity: who gave it)</source>
        <translation>кто его получил (для ребёнка или недееспособного — кто его дал)</translation>
    </message>
    <message>
        <source>when it was withdrawn</source>
        <translation>когда оно отозвано</translation>
    </message>
    <message>
        <source>the person is a child (consent comes from a parent or guardian)</source>
        <translation>человек — ребёнок (согласие даёт родитель или опекун)</translation>
    </message>
    <message>
        <source>the person lacks capacity to consent (consent comes from a legal representative)</source>
        <translation>человек не способен дать согласие (согласие даёт законный представитель)</translation>
    </message>
    <message>
        <source>write a PDF report: correspondence-log, visit-dossier or recommendations (the PDF is NOT encrypted)</source>
        <translation>записать отчёт PDF: correspondence-log, visit-dossier или recommendations (PDF НЕ зашифрован)</translation>
    </message>
    <message>
        <source>correspondence-log (log), visit-dossier (visit) or recommendations (tracker)</source>
        <translation>correspondence-log (log), visit-dossier (visit) или recommendations (tracker)</translation>
    </message>
    <message>
        <source>the visit of a visit dossier (see &apos;npmdesk list --type visit&apos;)</source>
        <translation>посещение для досье посещения (см. &apos;npmdesk list --type visit&apos;)</translation>
    </message>
    <message>
        <source>leave out the &quot;Confidential&quot; marking printed on every page</source>
        <translation>не печатать отметку «Конфиденциально» на каждой странице</translation>
    </message>
    <message>
        <source>correspondence log: also list when each record left the vault, and to whom</source>
        <translation>журнал переписки: также указать, когда каждая запись покинула хранилище и кому</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>PDF для записи</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>заменить FILE, если он существует</translation>
    </message>
    <message>
        <source>the team folder and its member devices (the NPM&apos;s own laptops)</source>
        <translation>папка команды и её устройства-участники (ноутбуки НПМ)</translation>
    </message>
    <message>
        <source>choose the team folder (a folder your sync engine keeps in step)</source>
        <translation>выбрать папку команды (папку, которую синхронизирует ваша программа синхронизации)</translation>
    </message>
    <message>
        <source>make a verified contact marked as one of your NPM&apos;s own devices a member</source>
        <translation>сделать участником проверенный контакт, отмеченный как устройство вашего НПМ</translation>
    </message>
    <message>
        <source>stop sending changesets to a member device</source>
        <translation>перестать отправлять наборы изменений устройству-участнику</translation>
    </message>
    <message>
        <source>the team folder, and how far each member device is</source>
        <translation>папка команды и состояние каждого устройства-участника</translation>
    </message>
    <message>
        <source>print it as JSON (a stable contract)</source>
        <translation>вывести в JSON (стабильный формат)</translation>
    </message>
    <message>
        <source>one team sync round: write this device&apos;s changes, apply the others&apos;</source>
        <translation>один цикл синхронизации команды: записать изменения этого устройства, применить изменения других</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
        <source>Handed the draft to your mail program: check it there and send it.</source>
        <translation>Черновик передан почтовой программе: проверьте его там и отправьте.</translation>
    </message>
    <message>
        <source>this vault was restored from a backup: waiting for the new snapshot it makes for this device</source>
        <translation>это хранилище восстановлено из резервной копии: ожидается новый снимок, который то устройство делает для этого</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n вложение удалено</numerusform>
            <numerusform>%n вложения удалены</numerusform>
            <numerusform>%n вложений удалено</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault was restored from an older backup: it remembered its changesets up to {remembered}, but the team folder shows it had written up to {published}.</source>
        <translation>Это хранилище восстановлено из более старой резервной копии: оно помнило свои пакеты изменений до {remembered}, но папка команды показывает, что было записано до {published}.</translation>
    </message>
    <message>
        <source>Applied again from the team folder: its changeset(s) {numbers}.</source>
        <translation>Повторно применены из папки команды: его пакеты изменений {numbers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) no longer in the team folder (every member had applied them): their changes come back with the snapshots the other devices make for this vault.</source>
        <translation>
            <numerusform>%n пакет изменений больше не в папке команды (его применили все участники): его изменения вернутся со снимками, которые другие устройства делают для этого хранилища.</numerusform>
            <numerusform>%n пакета изменений больше нет в папке команды (их применили все участники): их изменения вернутся со снимками, которые другие устройства делают для этого хранилища.</numerusform>
            <numerusform>%n пакетов изменений больше нет в папке команды (их применили все участники): их изменения вернутся со снимками, которые другие устройства делают для этого хранилища.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside, not applied: {reason}</source>
        <translation>Отложено, не применено: {reason}</translation>
    </message>
    <message>
        <source>It continues with changeset {sequence}, so no member skips its new changes.</source>
        <translation>Оно продолжает с пакета изменений {sequence}, чтобы ни один участник не пропустил его новые изменения.</translation>
    </message>
    <message>
        <source>open the written draft in the system&apos;s mail program (needs a desktop session)</source>
        <translation>открыть записанный черновик в почтовой программе системы (нужен сеанс рабочего стола)</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Демонстрационные данные (зерно {seed}): {records} ({kinds}) и {attachments} ({size} МБ) за {seconds} с.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country} (the vault has no State set; picked from the seed): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Демонстрационные данные (зерно {seed}) о стране {country} (у хранилища не задано государство; выбрано по зерну): {records} ({kinds}) и {attachments} ({size} МБ) за {seconds} с.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country}: {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Демонстрационные данные (зерно {seed}) о стране {country}: {records} ({kinds}) и {attachments} ({size} МБ) за {seconds} с.</translation>
    </message>
    <message>
        <source>the language of the PDF (--format pdf) or of the package&apos;s summary.html (default: the command line&apos;s own, else en)</source>
        <translation>язык PDF (--format pdf) или summary.html пакета (по умолчанию — язык командной строки, иначе en)</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the command line&apos;s own, else en)</source>
        <translation>язык отчёта (по умолчанию: язык командной строки, иначе en)</translation>
    </message>
</context>
</TS>
