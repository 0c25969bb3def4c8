<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>These keys already belong to your contact “{name}”. Nothing was added.</source>
        <translation>هذه المفاتيح تخص بالفعل جهة الاتصال «{name}». لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Add a Recipient</source>
        <translation>إضافة مستلم</translation>
    </message>
    <message>
        <source>Add Contact from Card</source>
        <translation>إضافة جهة اتصال من بطاقة</translation>
    </message>
    <message>
        <source>Paste the contact card the person copied from npmdesk (File → Share My Keys…), or type their name and keys. Keys are public; what proves they are theirs is the fingerprint, which you compare with them afterwards by phone.</source>
        <translation>الصق بطاقة جهة الاتصال التي نسخها الشخص من npmdesk (ملف ← مشاركة مفاتيحي…)، أو اكتب اسمه ومفاتيحه. المفاتيح علنية؛ وما يثبت أنها تخصه هو البصمة، التي تقارنها معه لاحقاً عبر الهاتف.</translation>
    </message>
    <message>
        <source>Paste the recipient&apos;s age key (age1…), or the contact card they copied from npmdesk (File → Share My Keys…), and give their name. They become a contact whose keys are NOT verified: compare the fingerprint with them by phone (Verify keys… on the contact) before sending anything sensitive.</source>
        <translation>الصق مفتاح age الخاص بالمستلم (age1…)، أو بطاقة جهة الاتصال التي نسخها من npmdesk (ملف ← مشاركة مفاتيحي…)، واكتب اسمه. يصبح جهة اتصال مفاتيحها غير متحقَّق منها: قارن البصمة معه عبر الهاتف (التحقق من المفاتيح… في جهة الاتصال) قبل إرسال أي شيء حساس.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>بطاقة جهة الاتصال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>مستلم age</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Contact &amp;card:</source>
        <translation>بطاقة جهة الاتصال(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الاسم(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Age recipient:</source>
        <translation>مستلم age(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation>مفتاح التوقيع(&amp;S):</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation>مشكلة في جهة الاتصال</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>إضافة جهة الاتصال(&amp;D)</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>إضافة جهة الاتصال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Add a Member Device</source>
        <translation>إضافة جهاز عضو</translation>
    </message>
    <message>
        <source>&amp;Devices that can join (verified contacts marked as your NPM&apos;s own devices):</source>
        <translation>الأجهزة التي يمكنها الانضمام (جهات اتصال متحقق منها ومعلَّمة كأجهزة آليتكم الوقائية الوطنية)(&amp;D):</translation>
    </message>
    <message>
        <source>Devices that can join the team</source>
        <translation>الأجهزة التي يمكنها الانضمام إلى الفريق</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint})</source>
        <translation>{name} (البصمة {fingerprint})</translation>
    </message>
    <message>
        <source>The next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>تُنشئ المزامنة التالية له لقطة من هذه الخزنة، ثم ترسل إليه كل تغيير.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة(&amp;A)</translation>
    </message>
    <message>
        <source>Add the chosen device to the team</source>
        <translation>إضافة الجهاز المختار إلى الفريق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>AttachmentErrors</name>
    <message>
        <source>{path} is a folder or not an ordinary file; only files can be attached. Nothing was added.</source>
        <translation>{path} مجلد أو ليس ملفاً عادياً؛ لا يمكن إرفاق غير الملفات. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>npmdesk could not read {path}: {reason}. Nothing was added.</source>
        <translation>تعذّر على npmdesk قراءة {path}: {reason}. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}: {reason}. No copy was left there.</source>
        <translation>تعذّر على npmdesk الكتابة في {path}: {reason}. لم تُترك أي نسخة هناك.</translation>
    </message>
</context>
<context>
    <name>AttachmentKinds</name>
    <message>
        <source>PDF document</source>
        <translation>مستند PDF</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>صورة PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>صورة JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>صورة GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>صورة WebP</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>نص عادي</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>نص Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>جدول CSV</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>صفحة ويب (HTML)</translation>
    </message>
    <message>
        <source>Web page (XHTML)</source>
        <translation>صفحة ويب (XHTML)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>مستند Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>نص OpenDocument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
</context>
<context>
    <name>AttachmentQuestions</name>
    <message>
        <source>Save a decrypted copy</source>
        <translation>حفظ نسخة غير مشفّرة</translation>
    </message>
    <message>
        <source>The copy of “{name}” will NOT be encrypted.</source>
        <translation>نسخة «{name}» لن تكون مشفّرة.</translation>
    </message>
    <message>
        <source>Anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>يستطيع قراءتها كل من يمكنه فتح المجلد الذي تختاره، أو من يحصل على هذا الحاسوب أو القرص. لن يحذفها npmdesk نيابةً عنك لاحقاً. احفظها فقط حيث يجب، واحذفها عند الانتهاء.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted Copy…</source>
        <translation>حفظ نسخة غير مشفّرة(&amp;S)…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>حفظ نسخة غير مشفّرة</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment only in the vault</source>
        <translation>إلغاء: إبقاء المرفق في الخزنة فقط</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>إزالة «{name}» من هذا السجل؟</translation>
    </message>
    <message>
        <source>Its content is erased from the vault. This cannot be undone.</source>
        <translation>يُمحى محتواه من الخزنة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>إزالة المرفق</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment</source>
        <translation>إلغاء: الإبقاء على المرفق</translation>
    </message>
    <message>
        <source>Save a decrypted copy of {name}</source>
        <translation>حفظ نسخة غير مشفّرة من {name}</translation>
    </message>
    <message>
        <source>Add files to “{title}”</source>
        <translation>إضافة ملفات إلى «{title}»</translation>
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
        <translation>المرفق {name}</translation>
    </message>
    <message>
        <source>Save a &amp;decrypted copy…</source>
        <translation>حفظ نسخة غير مشفّرة(&amp;D)…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of this attachment</source>
        <translation>حفظ نسخة غير مشفّرة من هذا المرفق</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>إغلاق العارض</translation>
    </message>
    <message>
        <source>npmdesk cannot show this kind of file ({type}) inside the app. To open it in another program, save a decrypted copy.</source>
        <translation>لا يستطيع npmdesk عرض هذا النوع من الملفات ({type}) داخل التطبيق. لفتحه في برنامج آخر، احفظ نسخة غير مشفّرة.</translation>
    </message>
    <message>
        <source>This file is too large to preview here ({size}; the limit for this kind of file is {cap}). To open it in another program, save a decrypted copy.</source>
        <translation>هذا الملف أكبر من أن يُعاين هنا ({size}؛ والحد لهذا النوع من الملفات هو {cap}). لفتحه في برنامج آخر، احفظ نسخة غير مشفّرة.</translation>
    </message>
    <message>
        <source>This installation of npmdesk cannot show PDFs (Qt&apos;s PDF module is missing). To open it in another program, save a decrypted copy.</source>
        <translation>لا يستطيع هذا التثبيت من npmdesk عرض ملفات PDF (وحدة PDF في Qt غير موجودة). لفتحه في برنامج آخر، احفظ نسخة غير مشفّرة.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so npmdesk cannot show it.</source>
        <translation>ملف PDF هذا محمي بكلمة مرور، لذا لا يستطيع npmdesk عرضه.</translation>
    </message>
    <message>
        <source>npmdesk cannot show this PDF: it is damaged or not a PDF document.</source>
        <translation>لا يستطيع npmdesk عرض ملف PDF هذا: إنه تالف أو ليس مستند PDF.</translation>
    </message>
    <message>
        <source>PDF document {name}</source>
        <translation>مستند PDF {name}</translation>
    </message>
    <message>
        <source>This image is too large to preview here ({width} by {height} pixels).</source>
        <translation>هذه الصورة أكبر من أن تُعاين هنا ({width} × {height} بكسل).</translation>
    </message>
    <message>
        <source>npmdesk cannot show this image: it is damaged, too large, or in a format npmdesk does not read.</source>
        <translation>لا يستطيع npmdesk عرض هذه الصورة: إنها تالفة، أو كبيرة جداً، أو بتنسيق لا يقرؤه npmdesk.</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>الصورة {name}</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>نص {name}</translation>
    </message>
    <message>
        <source>A web page shown as its source text; nothing in it is loaded.</source>
        <translation>صفحة ويب معروضة كنصها المصدري؛ لا يُحمَّل أي شيء منها.</translation>
    </message>
</context>
<context>
    <name>AttachmentsForm</name>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>إضافة ملفات(&amp;D)…</translation>
    </message>
    <message>
        <source>Add files to this record (Insert or Ctrl+Shift+A), or drop them on the record</source>
        <translation>إضافة ملفات إلى هذا السجل (Insert أو Ctrl+Shift+A)، أو أفلتها على السجل</translation>
    </message>
    <message>
        <source>Add files to this record</source>
        <translation>إضافة ملفات إلى هذا السجل</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>فتح(&amp;O)</translation>
    </message>
    <message>
        <source>View the selected attachment inside npmdesk (Enter)</source>
        <translation>عرض المرفق المحدد داخل npmdesk (Enter)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>فتح المرفق المحدد</translation>
    </message>
    <message>
        <source>Sa&amp;ve a decrypted copy…</source>
        <translation>حفظ نسخة غير مشفّرة(&amp;V)…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy of the selected attachment to a file (you are warned first)</source>
        <translation>كتابة نسخة غير مشفّرة من المرفق المحدد في ملف (مع تحذيرك أولاً)</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>حفظ نسخة غير مشفّرة من المرفق المحدد</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>إزالة(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected attachment from the vault (Delete)</source>
        <translation>إزالة المرفق المحدد من الخزنة (Delete)</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>إزالة المرفق المحدد</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>حالة المرفقات</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files to this record…</source>
        <translation>إضافة ملفات إلى هذا السجل…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Added on {date} by {user}</source>
        <translation>أُضيف في {date} بواسطة {user}</translation>
    </message>
    <message>
        <source>{item} — not fully indexed</source>
        <translation>{item} — غير مفهرس بالكامل</translation>
    </message>
    <message>
        <source>Search finds only part of this file&apos;s text, or none: it took too long or too much memory to read in full, or it is damaged or encrypted.</source>
        <translation>لا يجد البحث إلا جزءاً من نص هذا الملف، أو لا شيء منه: استغرقت قراءته كاملاً وقتاً أو ذاكرة أكثر من اللازم، أو أنه تالف أو مشفّر.</translation>
    </message>
    <message>
        <source>No attachments. Add files, or drop them on this record.</source>
        <translation>لا توجد مرفقات. أضف ملفات، أو أفلتها على هذا السجل.</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>حالة المرفقات</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>إضافة الملفات</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>جارٍ تشفير الملفات في الخزنة…</translation>
    </message>
    <message>
        <source>Cancel adding the files</source>
        <translation>إلغاء إضافة الملفات</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added.</source>
        <translation>أُلغي. لم يُضف شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>أُضيف %Ln ملف.</numerusform>
            <numerusform>أُضيف %Ln ملف.</numerusform>
            <numerusform>أُضيف %Ln ملفان.</numerusform>
            <numerusform>أُضيفت %Ln ملفات.</numerusform>
            <numerusform>أُضيف %Ln ملفاً.</numerusform>
            <numerusform>أُضيف %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a decrypted copy</source>
        <translation>حفظ نسخة غير مشفّرة</translation>
    </message>
    <message>
        <source>Writing the decrypted copy…</source>
        <translation>جارٍ كتابة النسخة غير المشفّرة…</translation>
    </message>
    <message>
        <source>Cancel saving the copy</source>
        <translation>إلغاء حفظ النسخة</translation>
    </message>
    <message>
        <source>Cancelled. No copy was left.</source>
        <translation>أُلغي. لم تُترك أي نسخة.</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>حُفظت نسخة غير مشفّرة في {path}. إنها غير مشفّرة: احذفها عندما لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>أُزيل «{name}».</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>While the vault is open, npmdesk can back it up by itself to a folder, for example on a USB stick. Each backup is encrypted like the vault and opens only with its passphrase or recovery code. If the folder is not there, npmdesk waits until it is.</source>
        <translation>ما دامت الخزنة مفتوحة، يستطيع npmdesk أن ينسخها احتياطياً من تلقاء نفسه في مجلد، على ذاكرة USB مثلاً. كل نسخة احتياطية مشفّرة مثل الخزنة ولا تُفتح إلا بعبارة مرورها أو رمز الاسترداد. وإذا لم يكن المجلد موجوداً، ينتظر npmdesk حتى يتوفر.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>مجلد النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>اختيار مجلد النسخ الاحتياطية التلقائية</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>المجلد(&amp;F):</translation>
    </message>
    <message>
        <source>How often to back up</source>
        <translation>عدد مرات النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>كم مرة(&amp;O):</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>عدد النسخ الاحتياطية التلقائية المحتفظ بها</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>الاحتفاظ بأحدث(&amp;K):</translation>
    </message>
    <message>
        <source>Last backup: {date}</source>
        <translation>آخر نسخة احتياطية: {date}</translation>
    </message>
    <message>
        <source>No backup of this vault has been made yet.</source>
        <translation>لم تُنشأ أي نسخة احتياطية لهذه الخزنة بعد.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>حفظ هذه الإعدادات</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>إغلاق دون حفظ</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, or choose it.</source>
        <translation>اكتب المسار الكامل للمجلد، أو اختره.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>اختر مجلداً للنسخ الاحتياطية التلقائية.</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>النسخ الاحتياطي الآن(&amp;B)…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the vault to a new file</source>
        <translation>كتابة نسخة احتياطية مشفّرة ومتحقَّق منها من الخزنة في ملف جديد</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>النسخ الاحتياطية التلقائية(&amp;A)…</translation>
    </message>
    <message>
        <source>Back up by itself to a folder, for example on a USB stick</source>
        <translation>النسخ الاحتياطي تلقائياً في مجلد، على ذاكرة USB مثلاً</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Back up the vault to a new file</source>
        <translation>نسخ الخزنة احتياطياً في ملف جديد</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>نسخ npmdesk الاحتياطية (*{suffix})</translation>
    </message>
    <message>
        <source>The backup was saved to {path} ({size}) and checked: it opens with this vault&apos;s passphrase or recovery code. Keep it on a drive away from this computer.</source>
        <translation>حُفظت النسخة الاحتياطية في {path} ({size}) وتم التحقق منها: تُفتح بعبارة مرور هذه الخزنة أو رمز الاسترداد. احفظها على قرص بعيداً عن هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>نسخ الخزنة احتياطياً</translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية والتحقق منها…</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>إلغاء النسخ الاحتياطي</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>أُلغي النسخ الاحتياطي. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>تقدّم النسخ الاحتياطي</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>النسخ الاحتياطي الآن(&amp;B)…</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>نسخ الخزنة احتياطياً الآن</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {error}</source>
        <translation>فشل آخر نسخ احتياطي تلقائي: {error}</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Make a backup on a drive that you keep away from this computer.</source>
        <translation>لم تُنسخ هذه الخزنة احتياطياً قط. أنشئ نسخة احتياطية على قرص تحفظه بعيداً عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The last backup is dated after today: check this computer&apos;s clock, and make a new backup.</source>
        <translation>تاريخ آخر نسخة احتياطية بعد اليوم: تحقق من ساعة هذا الحاسوب، وأنشئ نسخة احتياطية جديدة.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago ({date}). Make a new one on a drive that you keep away from this computer.</source>
        <translation>
            <numerusform>أُنشئت آخر نسخة احتياطية منذ %Ln يوم ({date}). أنشئ نسخة جديدة على قرص تحفظه بعيداً عن هذا الحاسوب.</numerusform>
            <numerusform>أُنشئت آخر نسخة احتياطية منذ %Ln يوم ({date}). أنشئ نسخة جديدة على قرص تحفظه بعيداً عن هذا الحاسوب.</numerusform>
            <numerusform>أُنشئت آخر نسخة احتياطية منذ %Ln يومين ({date}). أنشئ نسخة جديدة على قرص تحفظه بعيداً عن هذا الحاسوب.</numerusform>
            <numerusform>أُنشئت آخر نسخة احتياطية منذ %Ln أيام ({date}). أنشئ نسخة جديدة على قرص تحفظه بعيداً عن هذا الحاسوب.</numerusform>
            <numerusform>أُنشئت آخر نسخة احتياطية منذ %Ln يوماً ({date}). أنشئ نسخة جديدة على قرص تحفظه بعيداً عن هذا الحاسوب.</numerusform>
            <numerusform>أُنشئت آخر نسخة احتياطية منذ %Ln يوم ({date}). أنشئ نسخة جديدة على قرص تحفظه بعيداً عن هذا الحاسوب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Use the current passphrase &amp;instead</source>
        <translation>استخدام عبارة المرور الحالية بدلاً من ذلك(&amp;I)</translation>
    </message>
    <message>
        <source>Use the current passphrase instead</source>
        <translation>استخدام عبارة المرور الحالية بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك(&amp;I)</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>اكتب عبارة المرور الحالية.</translation>
    </message>
    <message>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation>جارٍ تغيير عبارة المرور. يستغرق ذلك بضع ثوانٍ…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseForm</name>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>First show that you know the current passphrase (or hold the recovery code), then choose the new one. The old passphrase stops working at once; nothing else in the vault changes.</source>
        <translation>أثبت أولاً أنك تعرف عبارة المرور الحالية (أو أنك تملك رمز الاسترداد)، ثم اختر العبارة الجديدة. تتوقف العبارة القديمة عن العمل فوراً؛ ولا يتغير شيء آخر في الخزنة.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>عبارة المرور الحالية(&amp;U):</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>Current passphrase problem</source>
        <translation>مشكلة في عبارة المرور الحالية</translation>
    </message>
    <message>
        <source>A recovery code opens the vault once: after the change npmdesk shows you a new recovery code to write down, and the code you type here stops working once you confirm the new one.</source>
        <translation>يفتح رمز الاسترداد الخزنة مرة واحدة: بعد التغيير يعرض لك npmdesk رمز استرداد جديداً لتدوّنه، ويتوقف الرمز الذي تكتبه هنا عن العمل بمجرد تأكيدك الرمز الجديد.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>رمز الاسترداد(&amp;R):</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>مشكلة في رمز الاسترداد</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك(&amp;I)</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور الجديدة(&amp;N):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>10 أحرف على الأقل؛ تذكّر عدة كلمات هو الأسهل</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>مشكلة في عبارة المرور</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>تأكيد عبارة المرور(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>مشكلة في التأكيد</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>مشكلة في تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel without changing the passphrase</source>
        <translation>إلغاء دون تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>تغيير عبارة المرور(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Choose later</source>
        <translation>الاختيار لاحقاً</translation>
    </message>
    <message>
        <source>The vault will be created in {folder}</source>
        <translation>ستُنشأ الخزنة في {folder}</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it), or “Choose later”.</source>
        <translation>اختر دولتك من القائمة (اكتب جزءاً من اسمها للعثور عليها)، أو «الاختيار لاحقاً».</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>جارٍ إنشاء الخزنة. يستغرق ذلك بضع ثوانٍ…</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <source>Create your npmdesk vault</source>
        <translation>أنشئ خزنة npmdesk الخاصة بك</translation>
    </message>
    <message>
        <source>Welcome to npmdesk</source>
        <translation>مرحباً بك في npmdesk</translation>
    </message>
    <message>
        <source>npmdesk keeps your correspondence with the SPT in an encrypted vault on this computer. Choose a passphrase you will remember: without it, only the recovery code shown next can open the vault.</source>
        <translation>يحفظ npmdesk مراسلاتك مع اللجنة الفرعية لمنع التعذيب في خزنة مشفّرة على هذا الحاسوب. اختر عبارة مرور ستتذكرها: من دونها، لا يفتح الخزنة إلا رمز الاسترداد الذي سيُعرض بعد ذلك.</translation>
    </message>
    <message>
        <source>&amp;NPM name:</source>
        <translation>اسم الآلية الوقائية الوطنية(&amp;N):</translation>
    </message>
    <message>
        <source>NPM name</source>
        <translation>اسم الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>The name of your national preventive mechanism</source>
        <translation>اسم آليتك الوقائية الوطنية</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>اسمك(&amp;Y):</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>&amp;State party:</source>
        <translation>الدولة الطرف(&amp;S):</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>الدولة الطرف التي تتبع لها آليتك الوقائية الوطنية</translation>
    </message>
    <message>
        <source>The State whose NPM you are. New visits, reports, recommendations and places start with this country. Type part of its name to find it; you can change it later in Preferences.</source>
        <translation>الدولة التي تتبع لها آليتك الوقائية الوطنية. تبدأ الزيارات والتقارير والتوصيات والأماكن الجديدة بهذا البلد. اكتب جزءاً من اسمها للعثور عليها؛ ويمكنك تغييرها لاحقاً في التفضيلات.</translation>
    </message>
    <message>
        <source>State party problem</source>
        <translation>مشكلة في الدولة الطرف</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور(&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>10 أحرف على الأقل؛ تذكّر عدة كلمات هو الأسهل</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>مشكلة في عبارة المرور</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>تأكيد عبارة المرور(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>مشكلة في التأكيد</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>التذكّر على هذا الجهاز(&amp;R)</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>التذكّر على هذا الجهاز</translation>
    </message>
    <message>
        <source>Open the vault without typing the passphrase on this computer, using the system keyring. Anyone who can sign in to your account here can then open the vault.</source>
        <translation>فتح الخزنة دون كتابة عبارة المرور على هذا الحاسوب، باستخدام حلقة مفاتيح النظام. عندئذٍ يستطيع كل من يمكنه تسجيل الدخول إلى حسابك هنا أن يفتح الخزنة.</translation>
    </message>
    <message>
        <source>Problem creating the vault</source>
        <translation>مشكلة في إنشاء الخزنة</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit without creating a vault</source>
        <translation>الإنهاء دون إنشاء خزنة</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>إنشاء الخزنة(&amp;C)</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>إنشاء الخزنة</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Due for review (re&amp;tention):</source>
        <translation>مستحقة للمراجعة (الاحتفاظ)(&amp;T):</translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation>سجلات مستحقة للمراجعة</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(لم يُذكر اسم)</translation>
    </message>
    <message>
        <source>Signed in as {user}</source>
        <translation>مسجَّل الدخول باسم {user}</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Lock the vault ({shortcut}) whenever you leave this computer.</source>
        <translation>أقفل الخزنة ({shortcut}) كلما ابتعدت عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Nothing at the moment.</source>
        <translation>لا شيء في الوقت الحالي.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… و{count} أخرى</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>متأخر %Ln يوم</numerusform>
            <numerusform>متأخر يوماً واحداً (%Ln)</numerusform>
            <numerusform>متأخر يومين (%Ln)</numerusform>
            <numerusform>متأخر %Ln أيام</numerusform>
            <numerusform>متأخر %Ln يوماً</numerusform>
            <numerusform>متأخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>مستحق خلال %Ln يوم</numerusform>
            <numerusform>مستحق خلال يوم واحد (%Ln)</numerusform>
            <numerusform>مستحق خلال يومين (%Ln)</numerusform>
            <numerusform>مستحق خلال %Ln أيام</numerusform>
            <numerusform>مستحق خلال %Ln يوماً</numerusform>
            <numerusform>مستحق خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} (reply)</source>
        <translation>{when} (رد)</translation>
    </message>
    <message>
        <source>{when} · {kind}: {title}</source>
        <translation>{when} · {kind}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Review overdue by %n day(s)</source>
        <translation>
            <numerusform>المراجعة متأخرة %Ln يوم</numerusform>
            <numerusform>المراجعة متأخرة يوماً واحداً (%Ln)</numerusform>
            <numerusform>المراجعة متأخرة يومين (%Ln)</numerusform>
            <numerusform>المراجعة متأخرة %Ln أيام</numerusform>
            <numerusform>المراجعة متأخرة %Ln يوماً</numerusform>
            <numerusform>المراجعة متأخرة %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>المراجعة اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Review in %n day(s)</source>
        <translation>
            <numerusform>المراجعة خلال %Ln يوم</numerusform>
            <numerusform>المراجعة خلال يوم واحد (%Ln)</numerusform>
            <numerusform>المراجعة خلال يومين (%Ln)</numerusform>
            <numerusform>المراجعة خلال %Ln أيام</numerusform>
            <numerusform>المراجعة خلال %Ln يوماً</numerusform>
            <numerusform>المراجعة خلال %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>SPT session in Geneva</source>
        <translation>دورة اللجنة الفرعية لمنع التعذيب في جنيف</translation>
    </message>
    <message>
        <source>SPT announces its visiting programme for {year}</source>
        <translation>تعلن اللجنة الفرعية برنامج زياراتها لعام {year}</translation>
    </message>
    <message>
        <source>Special Fund: call for applications</source>
        <translation>الصندوق الخاص: الدعوة لتقديم الطلبات</translation>
    </message>
    <message>
        <source>Your annual report for {year} is due</source>
        <translation>حان موعد تقريرك السنوي لعام {year}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>{when} (approximate)</source>
        <translation>{when} (تقريبي)</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>&amp;Due and overdue:</source>
        <translation>المستحق والمتأخر(&amp;D):</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>البنود المستحقة والمتأخرة</translation>
    </message>
    <message>
        <source>Awaiting a re&amp;ply:</source>
        <translation>في انتظار الرد(&amp;P):</translation>
    </message>
    <message>
        <source>Communications awaiting a reply</source>
        <translation>مراسلات في انتظار الرد</translation>
    </message>
    <message>
        <source>Open &amp;interpretation requests:</source>
        <translation>طلبات المشورة المفتوحة(&amp;I):</translation>
    </message>
    <message>
        <source>Open interpretation requests</source>
        <translation>طلبات المشورة المفتوحة</translation>
    </message>
    <message>
        <source>SPT &amp;calendar:</source>
        <translation>تقويم اللجنة الفرعية(&amp;C):</translation>
    </message>
    <message>
        <source>SPT calendar: sessions, visiting programme and deadlines</source>
        <translation>تقويم اللجنة الفرعية: الدورات وبرنامج الزيارات والمواعيد النهائية</translation>
    </message>
    <message>
        <source>Recent &amp;security events:</source>
        <translation>الأحداث الأمنية الأخيرة(&amp;S):</translation>
    </message>
    <message>
        <source>Recent security events</source>
        <translation>الأحداث الأمنية الأخيرة</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter picks the date, Escape closes the calendar.</source>
        <translation>تنقل مفاتيح الأسهم يوماً وأسبوعاً، وPage Up وPage Down شهراً؛ يختار Enter التاريخ، ويغلق Escape التقويم.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD, or choose it from the calendar (Alt+Down)</source>
        <translation>اكتب التاريخ بالشكل YYYY-MM-DD، أو اختره من التقويم (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>الاختيار من التقويم</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>الاختيار من التقويم (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Fill with Demo Data</source>
        <translation>الملء ببيانات تجريبية</translation>
    </message>
    <message>
        <source>Demo data is fictitious: letters, visits, recommendations and contacts made up to try npmdesk out or to train colleagues. It goes into &lt;b&gt;this vault&lt;/b&gt;, next to your own records, and stays until you move it to the bin. Use a practice vault for it.</source>
        <translation>البيانات التجريبية وهمية: رسائل وزيارات وتوصيات وجهات اتصال مختلَقة لتجربة npmdesk أو لتدريب الزملاء. تُضاف إلى &lt;b&gt;هذه الخزنة&lt;/b&gt;، بجانب سجلاتك، وتبقى حتى تنقلها إلى سلة المحذوفات. استخدم لها خزنة للتدريب.</translation>
    </message>
    <message>
        <source>Number of demo records</source>
        <translation>عدد السجلات التجريبية</translation>
    </message>
    <message>
        <source>Number of demo attachments</source>
        <translation>عدد المرفقات التجريبية</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>السجلات(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>المرفقات(&amp;A):</translation>
    </message>
    <message>
        <source>Progress of the demo data</source>
        <translation>تقدّم البيانات التجريبية</translation>
    </message>
    <message>
        <source>&amp;Add Demo Data</source>
        <translation>إضافة البيانات التجريبية(&amp;A)</translation>
    </message>
    <message>
        <source>Add the demo data to this vault</source>
        <translation>إضافة البيانات التجريبية إلى هذه الخزنة</translation>
    </message>
    <message>
        <source>Close, or cancel while demo data is being added</source>
        <translation>إغلاق، أو إلغاء أثناء إضافة البيانات التجريبية</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>جارٍ إضافة البيانات التجريبية…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إغلاق(&amp;C)</translation>
    </message>
    <message>
        <source>Added {records} demo records and {attachments} attachments.</source>
        <translation>أُضيف {records} سجلاً تجريبياً و{attachments} مرفقاً.</translation>
    </message>
    <message>
        <source>Cancelled. Demo records added before you cancelled stay in the vault; move them to the bin if you do not want them.</source>
        <translation>أُلغي. تبقى في الخزنة السجلات التجريبية التي أُضيفت قبل الإلغاء؛ انقلها إلى سلة المحذوفات إن لم تكن تريدها.</translation>
    </message>
</context>
<context>
    <name>DemoFeature</name>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>الملء ببيانات تجريبية(&amp;D)…</translation>
    </message>
    <message>
        <source>Add fictitious records to try npmdesk out or to train colleagues</source>
        <translation>إضافة سجلات وهمية لتجربة npmdesk أو لتدريب الزملاء</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy this vault on this device</source>
        <translation>إتلاف هذه الخزنة على هذا الجهاز</translation>
    </message>
    <message>
        <source>&lt;b&gt;This erases the vault on this computer at once and for good.&lt;/b&gt;&lt;br&gt;Its keys are overwritten first, so nobody can open it again: not with the passphrase, not with the recovery code. Backups elsewhere are not touched.&lt;br&gt;&lt;br&gt;To confirm, type the vault&apos;s name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;يمحو هذا الخزنة على هذا الحاسوب فوراً وإلى الأبد.&lt;/b&gt;&lt;br&gt;تُكتب مفاتيحها فوقها أولاً، فلا يستطيع أحد فتحها مجدداً: لا بعبارة المرور ولا برمز الاسترداد. لا تتأثر النسخ الاحتياطية الموجودة في أماكن أخرى.&lt;br&gt;&lt;br&gt;للتأكيد، اكتب اسم الخزنة: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vault name to confirm the erase</source>
        <translation>اسم الخزنة لتأكيد المحو</translation>
    </message>
    <message>
        <source>&amp;Vault name:</source>
        <translation>اسم الخزنة(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Destroy the vault</source>
        <translation>إتلاف الخزنة(&amp;D)</translation>
    </message>
    <message>
        <source>Destroy the vault</source>
        <translation>إتلاف الخزنة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>{kind}, {marking}: {title}</source>
        <translation>{kind}، {marking}: {title}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Refused or withdrawn consent</source>
        <translation>موافقة مرفوضة أو مسحوبة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>No return visit check yet</source>
        <translation>لا يوجد تحقق من زيارة لاحقة بعد</translation>
    </message>
    <message>
        <source>Add a return &amp;visit check…</source>
        <translation>إضافة تحقق من زيارة لاحقة(&amp;V)…</translation>
    </message>
    <message>
        <source>Add a return visit check to this case</source>
        <translation>إضافة تحقق من زيارة لاحقة إلى هذه الحالة</translation>
    </message>
    <message>
        <source>Return visit check: {person}</source>
        <translation>التحقق من زيارة لاحقة: {person}</translation>
    </message>
    <message>
        <source>Sensitivity: {name}</source>
        <translation>درجة السرية: {name}</translation>
    </message>
</context>
<context>
    <name>DialoguePanel</name>
    <message>
        <source>The State&apos;s reports and the NPM&apos;s assessment</source>
        <translation>ما تبلغ عنه الدولة وتقييم الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>Note about the report</source>
        <translation>ملاحظة بشأن التقرير</translation>
    </message>
    <message>
        <source>History of both statuses</source>
        <translation>تاريخ الحالتين</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it</source>
        <translation>مشاريع الصندوق الخاص التي تنفّذها</translation>
    </message>
    <message>
        <source>Dialogue on this recommendation</source>
        <translation>الحوار بشأن هذه التوصية</translation>
    </message>
    <message>
        <source>Its report is the SPT&apos;s annual report or guidance, which recommendations do not come from: when you next edit it, choose a visit report, the NPM&apos;s own report, or none.</source>
        <translation>تقريرها هو التقرير السنوي للجنة الفرعية أو توجيهاتها، ولا تصدر التوصيات عنهما: عند تعديلها في المرة القادمة، اختر تقرير زيارة، أو تقرير الآلية الوقائية الوطنية نفسها، أو لا شيء.</translation>
    </message>
    <message>
        <source>The State reports</source>
        <translation>ما تبلغ عنه الدولة</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment</source>
        <translation>تقييم الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>The State has not reported a status.</source>
        <translation>لم تبلغ الدولة عن أي حالة.</translation>
    </message>
    <message>
        <source>The State reports: {text}</source>
        <translation>تبلغ الدولة: {text}</translation>
    </message>
    <message>
        <source>The NPM has not assessed it yet.</source>
        <translation>لم تقيّمها الآلية الوقائية الوطنية بعد.</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment: {text}</source>
        <translation>تقييم الآلية الوقائية الوطنية: {text}</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>التاريخ (الأقدم أولاً):</translation>
    </message>
    <message>
        <source>State: {change}</source>
        <translation>الدولة: {change}</translation>
    </message>
    <message>
        <source>NPM: {change}</source>
        <translation>الآلية الوقائية الوطنية: {change}</translation>
    </message>
    <message>
        <source>Dated: {date}</source>
        <translation>بتاريخ: {date}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>غير مذكور</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>الأدلة: {text}</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>بلا حالة</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>المصدر غير مذكور</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>غير مؤرخ</translation>
    </message>
    <message>
        <source>{when}: {status} ({source}), recorded {recorded}</source>
        <translation>{when}: {status} ({source})، سُجِّل في {recorded}</translation>
    </message>
    <message>
        <source>No Special Fund project implements it.</source>
        <translation>لا ينفّذها أي مشروع من مشاريع الصندوق الخاص.</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it:</source>
        <translation>مشاريع الصندوق الخاص التي تنفّذها:</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>a new {kind}</source>
        <translation>{kind} جديد</translation>
    </message>
    <message>
        <source>“{title}” ({kind})</source>
        <translation>«{title}» ({kind})</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>مسودة غير محفوظة</translation>
    </message>
    <message>
        <source>You have an unsaved draft of {what}, kept {when}.</source>
        <translation>لديك مسودة غير محفوظة لـ {what}، محفوظة منذ {when}.</translation>
    </message>
    <message>
        <source>Continue with it, or discard it?</source>
        <translation>هل تتابعها أم تتجاهلها؟</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>متابعة(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>تجاهل(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>لاحقاً(&amp;L)</translation>
    </message>
    <message>
        <source>Continue the draft in its form</source>
        <translation>متابعة المسودة في نموذجها</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>تجاهل المسودة</translation>
    </message>
    <message>
        <source>Keep the draft and ask again next time</source>
        <translation>الاحتفاظ بالمسودة والسؤال مجدداً في المرة القادمة</translation>
    </message>
</context>
<context>
    <name>ExchangeFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected records (or the record shown) as an encrypted, signed package; everything in the vault is a choice in the dialog</source>
        <translation>تصدير السجلات المحددة (أو السجل المعروض) في حزمة مشفّرة وموقّعة؛ كل ما في الخزنة يمكن اختياره في مربع الحوار</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Selected…</source>
        <translation>تصدير المحدد(&amp;S)…</translation>
    </message>
    <message>
        <source>Export the records selected in the list</source>
        <translation>تصدير السجلات المحددة في القائمة</translation>
    </message>
    <message>
        <source>Export &amp;with Linked Records…</source>
        <translation>تصدير مع السجلات المرتبطة(&amp;W)…</translation>
    </message>
    <message>
        <source>Export the record shown with its thread and linked records (a visit dossier, an annual-report submission)</source>
        <translation>تصدير السجل المعروض مع سلسلته والسجلات المرتبطة به (ملف زيارة، تقديم تقرير سنوي)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>استيراد(&amp;I)…</translation>
    </message>
    <message>
        <source>Preview and import a package from the SPT or a colleague</source>
        <translation>معاينة حزمة من اللجنة الفرعية أو من زميل واستيرادها</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Share My &amp;Keys…</source>
        <translation>مشاركة مفاتيحي(&amp;K)…</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys, fingerprint and QR code</source>
        <translation>عرض المفاتيح العلنية لهذه الخزنة وبصمتها ورمز QR الخاص بها</translation>
    </message>
    <message>
        <source>Add &amp;Contact from Card…</source>
        <translation>إضافة جهة اتصال من بطاقة(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a contact with the keys from their contact card</source>
        <translation>إضافة جهة اتصال بالمفاتيح الواردة في بطاقتها</translation>
    </message>
    <message>
        <source>Export with linked records</source>
        <translation>تصدير مع السجلات المرتبطة</translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>npmdesk could not write the package: {reason}. Nothing was written.</source>
        <translation>تعذّر على npmdesk كتابة الحزمة: {reason}. لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>ExchangeNote</name>
    <message>
        <source>Conflict: edited on both sides. This record was changed here and, differently, in a package you imported. Your version is shown; the other one is in its history. Compare them, edit the record if something should change, then mark it as settled.</source>
        <translation>تعارض: عُدِّل في الجانبين. تغيّر هذا السجل هنا، وتغيّر بشكل مختلف في حزمة استوردتها. تُعرض نسختك؛ والنسخة الأخرى في تاريخه. قارن بينهما، وعدّل السجل إن كان ينبغي تغيير شيء، ثم ضع عليه علامة «تمت التسوية».</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Compare versio&amp;ns…</source>
        <translation>مقارنة النسختين(&amp;N)…</translation>
    </message>
    <message>
        <source>Compare the two versions in the record&apos;s history</source>
        <translation>مقارنة النسختين في تاريخ السجل</translation>
    </message>
    <message>
        <source>Mark as &amp;settled</source>
        <translation>وضع علامة «تمت التسوية»(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the conflict as settled</source>
        <translation>وضع علامة «تمت التسوية» على التعارض</translation>
    </message>
    <message>
        <source>Keys of this contact</source>
        <translation>مفاتيح جهة الاتصال هذه</translation>
    </message>
    <message>
        <source>Verify &amp;keys…</source>
        <translation>التحقق من المفاتيح(&amp;K)…</translation>
    </message>
    <message>
        <source>Verify this contact&apos;s keys by comparing the fingerprint</source>
        <translation>التحقق من مفاتيح جهة الاتصال هذه بمقارنة البصمة</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s devices (packages to it carry real names)</source>
        <translation>أحد أجهزة آليتنا الوقائية الوطنية (الحزم الموجهة إليه تحمل الأسماء الحقيقية)</translation>
    </message>
    <message>
        <source>Only for a colleague&apos;s laptop whose keys you verified. Packages for it carry real names and records nobody may send to the SPT.</source>
        <translation>فقط لحاسوب زميل تحققت من مفاتيحه. الحزم الموجهة إليه تحمل الأسماء الحقيقية وسجلات لا يجوز لأحد إرسالها إلى اللجنة الفرعية.</translation>
    </message>
    <message>
        <source>When this record left the vault</source>
        <translation>متى خرج هذا السجل من الخزنة</translation>
    </message>
    <message numerus="yes">
        <source>Left the vault %n time(s): last on {when} to {who} ({file}).</source>
        <translation>
            <numerusform>خرج من الخزنة %Ln مرة: آخرها في {when} إلى {who} ({file}).</numerusform>
            <numerusform>خرج من الخزنة مرة واحدة (%Ln): في {when} إلى {who} ({file}).</numerusform>
            <numerusform>خرج من الخزنة مرتين (%Ln): آخرها في {when} إلى {who} ({file}).</numerusform>
            <numerusform>خرج من الخزنة %Ln مرات: آخرها في {when} إلى {who} ({file}).</numerusform>
            <numerusform>خرج من الخزنة %Ln مرة: آخرها في {when} إلى {who} ({file}).</numerusform>
            <numerusform>خرج من الخزنة %Ln مرة: آخرها في {when} إلى {who} ({file}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Malformed key: a key stored for this contact is not a valid key. Edit the contact and clear it (or paste the right one).</source>
        <translation>مفتاح معطوب: أحد المفاتيح المحفوظة لجهة الاتصال هذه ليس مفتاحاً صالحاً. عدّل جهة الاتصال وامسحه (أو الصق المفتاح الصحيح).</translation>
    </message>
    <message>
        <source>No keys yet: add them from this contact&apos;s card (File → Add Contact from Card…).</source>
        <translation>لا توجد مفاتيح بعد: أضفها من بطاقة جهة الاتصال هذه (ملف ← إضافة جهة اتصال من بطاقة…).</translation>
    </message>
    <message>
        <source>Age recipient only: packages can be exported for this contact, but none they send can be checked (no signing key).</source>
        <translation>مستلم age فقط: يمكن تصدير حزم لجهة الاتصال هذه، لكن لا يمكن التحقق من أي حزمة ترسلها (لا يوجد مفتاح توقيع).</translation>
    </message>
    <message>
        <source>Keys verified. Fingerprint {fingerprint}</source>
        <translation>المفاتيح متحقَّق منها. البصمة {fingerprint}</translation>
    </message>
    <message>
        <source>Keys NOT verified yet. Fingerprint {fingerprint}: compare it with them by phone.</source>
        <translation>المفاتيح غير متحقَّق منها بعد. البصمة {fingerprint}: قارنها معه عبر الهاتف.</translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>كل من لديه عبارة المرور</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>تقرير PDF</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>هذه الخزنة</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading the records to export…</source>
        <translation>جارٍ قراءة السجلات المراد تصديرها…</translation>
    </message>
    <message>
        <source>Encrypting and signing the package…</source>
        <translation>جارٍ تشفير الحزمة وتوقيعها…</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>سري للغاية</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>بيانات شخصية دون موافقة مسجَّلة</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>داخلي للآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>They are strictly confidential, internal to the NPM, or they hold personal data without recorded consent. Names stay pseudonymised in the package (each record&apos;s aliases are set under People and consent in its form).</source>
        <translation>إنها سرية للغاية، أو داخلية للآلية الوقائية الوطنية، أو تتضمن بيانات شخصية دون موافقة مسجَّلة. تبقى الأسماء مستعارة في الحزمة (تُحدَّد الأسماء المستعارة لكل سجل تحت «الأشخاص والموافقة» في نموذجه).</translation>
    </message>
    <message>
        <source>Left out of the package</source>
        <translation>مستبعد من الحزمة</translation>
    </message>
    <message>
        <source>A person named in these records refused (or withdrew) consent to their transmission to the SPT. They stay in the vault: no confirmation can send them, and their attachments stay too. Records that link to them still go.</source>
        <translation>رفض شخص مذكور في هذه السجلات (أو سحب) موافقته على إحالتها إلى اللجنة الفرعية. تبقى في الخزنة: لا يمكن لأي تأكيد إرسالها، وتبقى مرفقاتها كذلك. أما السجلات المرتبطة بها فتُرسَل.</translation>
    </message>
    <message>
        <source>{title}: {people} refused transmission to the SPT</source>
        <translation>{title}: رفض {people} الإحالة إلى اللجنة الفرعية</translation>
    </message>
    <message>
        <source>{title}: consent to transmission was refused</source>
        <translation>{title}: رُفضت الموافقة على الإحالة</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>ما يُصدَّر</translation>
    </message>
    <message>
        <source>The record &amp;shown</source>
        <translation>السجل المعروض(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>The record with its &amp;linked records (%n)</source>
        <translation>
            <numerusform>السجل مع السجلات المرتبطة به (%Ln)(&amp;L)</numerusform>
            <numerusform>السجل مع السجلات المرتبطة به (%Ln)(&amp;L)</numerusform>
            <numerusform>السجل مع السجلات المرتبطة به (%Ln)(&amp;L)</numerusform>
            <numerusform>السجل مع السجلات المرتبطة به (%Ln)(&amp;L)</numerusform>
            <numerusform>السجل مع السجلات المرتبطة به (%Ln)(&amp;L)</numerusform>
            <numerusform>السجل مع السجلات المرتبطة به (%Ln)(&amp;L)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;document(s) only</source>
        <translation>المستند (المستندات) فقط(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected records (%n)</source>
        <translation>
            <numerusform>السجلات المحددة (%Ln)(&amp;S)</numerusform>
            <numerusform>السجلات المحددة (%Ln)(&amp;S)</numerusform>
            <numerusform>السجلات المحددة (%Ln)(&amp;S)</numerusform>
            <numerusform>السجلات المحددة (%Ln)(&amp;S)</numerusform>
            <numerusform>السجلات المحددة (%Ln)(&amp;S)</numerusform>
            <numerusform>السجلات المحددة (%Ln)(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in the &amp;vault</source>
        <translation>كل ما في الخزنة(&amp;V)</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Select records in the list (Ctrl+click or Shift+click for several) and export again, or choose “Everything in the vault” above.</source>
        <translation>لم يُختر شيء بعد. حدّد سجلات في القائمة (Ctrl+نقر أو Shift+نقر لتحديد عدة سجلات) وصدّر مجدداً، أو اختر «كل ما في الخزنة» أعلاه.</translation>
    </message>
    <message>
        <source>Add a &amp;recipient…</source>
        <translation>إضافة مستلم(&amp;R)…</translation>
    </message>
    <message>
        <source>“{name}” was added to your contacts and ticked. Their keys are NOT verified: before sending anything sensitive, open the contact and use Verify keys… to compare the fingerprint with them by phone.</source>
        <translation>أُضيف «{name}» إلى جهات اتصالك وحُدِّد. مفاتيحه غير متحقَّق منها: قبل إرسال أي شيء حساس، افتح جهة الاتصال واستخدم «التحقق من المفاتيح…» لمقارنة البصمة معه عبر الهاتف.</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised), and nothing is left out.</source>
        <translation>لأجهزة آليتك الوقائية الوطنية فقط: تحمل السجلات الأسماء الحقيقية (غير مستعارة)، ولا يُستبعد شيء.</translation>
    </message>
    <message>
        <source>&amp;Mark the draft communications in the package as sent</source>
        <translation>وضع علامة «مُرسَل» على مسودات المراسلات في الحزمة(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will leave the vault, encrypted and signed,</source>
        <translation>
            <numerusform>سيخرج %Ln سجل من الخزنة، مشفّراً وموقّعاً،</numerusform>
            <numerusform>سيخرج سجل واحد (%Ln) من الخزنة، مشفّراً وموقّعاً،</numerusform>
            <numerusform>سيخرج سجلان (%Ln) من الخزنة، مشفّرين وموقّعين،</numerusform>
            <numerusform>ستخرج %Ln سجلات من الخزنة، مشفّرة وموقّعة،</numerusform>
            <numerusform>سيخرج %Ln سجلاً من الخزنة، مشفّرة وموقّعة،</numerusform>
            <numerusform>سيخرج %Ln سجل من الخزنة، مشفّرة وموقّعة،</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n attachment(s)</source>
        <translation>
            <numerusform>مع %Ln مرفق</numerusform>
            <numerusform>مع مرفق واحد (%Ln)</numerusform>
            <numerusform>مع مرفقين (%Ln)</numerusform>
            <numerusform>مع %Ln مرفقات</numerusform>
            <numerusform>مع %Ln مرفقاً</numerusform>
            <numerusform>مع %Ln مرفق</numerusform>
        </translation>
    </message>
    <message>
        <source>({size}).</source>
        <translation>({size}).</translation>
    </message>
    <message numerus="yes">
        <source>The package also holds %n document(s).</source>
        <translation>
            <numerusform>تتضمن الحزمة أيضاً %Ln مستند.</numerusform>
            <numerusform>تتضمن الحزمة أيضاً مستنداً واحداً (%Ln).</numerusform>
            <numerusform>تتضمن الحزمة أيضاً مستندين (%Ln).</numerusform>
            <numerusform>تتضمن الحزمة أيضاً %Ln مستندات.</numerusform>
            <numerusform>تتضمن الحزمة أيضاً %Ln مستنداً.</numerusform>
            <numerusform>تتضمن الحزمة أيضاً %Ln مستند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contacts the records name travel with them (%n contact(s)).</source>
        <translation>
            <numerusform>ترافقها جهات الاتصال التي تذكرها السجلات (%Ln جهة اتصال).</numerusform>
            <numerusform>ترافقها جهات الاتصال التي تذكرها السجلات (جهة اتصال واحدة، %Ln).</numerusform>
            <numerusform>ترافقها جهات الاتصال التي تذكرها السجلات (جهتا اتصال، %Ln).</numerusform>
            <numerusform>ترافقها جهات الاتصال التي تذكرها السجلات (%Ln جهات اتصال).</numerusform>
            <numerusform>ترافقها جهات الاتصال التي تذكرها السجلات (%Ln جهة اتصال).</numerusform>
            <numerusform>ترافقها جهات الاتصال التي تذكرها السجلات (%Ln جهة اتصال).</numerusform>
        </translation>
    </message>
    <message>
        <source>Document · {name} ({size})</source>
        <translation>مستند · {name} ({size})</translation>
    </message>
    <message>
        <source>keys verified</source>
        <translation>المفاتيح متحقَّق منها</translation>
    </message>
    <message>
        <source>keys NOT verified</source>
        <translation>المفاتيح غير متحقَّق منها</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one with “Add a recipient…” below, or choose a passphrase.</source>
        <translation>لا توجد بعد جهة اتصال لديها مستلم age. أضف واحدة عبر «إضافة مستلم…» أدناه، أو اختر عبارة مرور.</translation>
    </message>
    <message>
        <source>Not verified yet: {names}. If a key is not really theirs, someone else could read the package. Compare the fingerprint with them first (Verify keys… on the contact).</source>
        <translation>غير متحقَّق منها بعد: {names}. إذا لم يكن مفتاح ما يخص صاحبه حقاً، فقد يقرأ شخص آخر الحزمة. قارن البصمة معه أولاً («التحقق من المفاتيح…» في جهة الاتصال).</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>عبارة مرور</translation>
    </message>
    <message>
        <source>Exported {records} records and {attachments} attachments to {path} ({size}), encrypted for {who}. Signed by this vault: fingerprint {fingerprint}. The recipient can compare it with yours.</source>
        <translation>صُدِّر {records} سجلاً و{attachments} مرفقاً إلى {path} ({size})، مشفّرة لـ {who}. موقّعة من هذه الخزنة: البصمة {fingerprint}. يستطيع المستلم مقارنتها ببصمتك.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left out: consent to their transmission was refused.</source>
        <translation>
            <numerusform>استُبعد %Ln سجل: رُفضت الموافقة على إحالته.</numerusform>
            <numerusform>استُبعد سجل واحد (%Ln): رُفضت الموافقة على إحالته.</numerusform>
            <numerusform>استُبعد سجلان (%Ln): رُفضت الموافقة على إحالتهما.</numerusform>
            <numerusform>استُبعدت %Ln سجلات: رُفضت الموافقة على إحالتها.</numerusform>
            <numerusform>استُبعد %Ln سجلاً: رُفضت الموافقة على إحالتها.</numerusform>
            <numerusform>استُبعد %Ln سجل: رُفضت الموافقة على إحالتها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) marked as sent.</source>
        <translation>
            <numerusform>وُضعت علامة «مُرسَل» على %Ln مسودة.</numerusform>
            <numerusform>وُضعت علامة «مُرسَل» على مسودة واحدة (%Ln).</numerusform>
            <numerusform>وُضعت علامة «مُرسَل» على مسودتين (%Ln).</numerusform>
            <numerusform>وُضعت علامة «مُرسَل» على %Ln مسودات.</numerusform>
            <numerusform>وُضعت علامة «مُرسَل» على %Ln مسودة.</numerusform>
            <numerusform>وُضعت علامة «مُرسَل» على %Ln مسودة.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>أُلغي التصدير. لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>أُلغي قبل كتابة أي شيء.</translation>
    </message>
    <message>
        <source>Save the encrypted package</source>
        <translation>حفظ الحزمة المشفّرة</translation>
    </message>
    <message>
        <source>npmdesk packages (*{suffix})</source>
        <translation>حزم npmdesk (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <source>Everything in this &amp;list (%n)</source>
        <translation>
            <numerusform>كل ما في هذه القائمة (%Ln) (&amp;L)</numerusform>
            <numerusform>كل ما في هذه القائمة (%Ln) (&amp;L)</numerusform>
            <numerusform>كل ما في هذه القائمة (%Ln) (&amp;L)</numerusform>
            <numerusform>كل ما في هذه القائمة (%Ln) (&amp;L)</numerusform>
            <numerusform>كل ما في هذه القائمة (%Ln) (&amp;L)</numerusform>
            <numerusform>كل ما في هذه القائمة (%Ln) (&amp;L)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export an encrypted package</source>
        <translation>تصدير حزمة مشفّرة</translation>
    </message>
    <message>
        <source>What leaves the vault</source>
        <translation>ما يخرج من الخزنة</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>السجلات في الحزمة</translation>
    </message>
    <message>
        <source>These records need your confirmation</source>
        <translation>هذه السجلات تحتاج إلى تأكيدك</translation>
    </message>
    <message>
        <source>Records that need your confirmation</source>
        <translation>سجلات تحتاج إلى تأكيدك</translation>
    </message>
    <message>
        <source>They are strictly confidential, or they hold personal data without recorded consent. Names stay pseudonymised in the package.</source>
        <translation>إنها سرية للغاية، أو تتضمن بيانات شخصية دون موافقة مسجَّلة. تبقى الأسماء مستعارة في الحزمة.</translation>
    </message>
    <message>
        <source>I &amp;confirm these may leave the vault</source>
        <translation>أؤكد أنه يجوز لهذه السجلات الخروج من الخزنة(&amp;C)</translation>
    </message>
    <message>
        <source>I confirm these records may leave the vault</source>
        <translation>أؤكد أنه يجوز لهذه السجلات الخروج من الخزنة</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>مشكلة في التأكيد</translation>
    </message>
    <message>
        <source>Who can open the package</source>
        <translation>من يستطيع فتح الحزمة</translation>
    </message>
    <message>
        <source>&amp;Contacts (their age keys)</source>
        <translation>جهات الاتصال (مفاتيح age الخاصة بها)(&amp;C)</translation>
    </message>
    <message>
        <source>Encrypt for contacts</source>
        <translation>التشفير لجهات الاتصال</translation>
    </message>
    <message>
        <source>Recipients: tick each contact who may open the package</source>
        <translation>المستلمون: حدّد كل جهة اتصال يجوز لها فتح الحزمة</translation>
    </message>
    <message>
        <source>About the recipients</source>
        <translation>بشأن المستلمين</translation>
    </message>
    <message>
        <source>Recipients problem</source>
        <translation>مشكلة في المستلمين</translation>
    </message>
    <message>
        <source>A &amp;passphrase (tell it to the recipient by phone)</source>
        <translation>عبارة مرور (أبلغها للمستلم عبر الهاتف)(&amp;P)</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>التشفير بعبارة مرور</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>عبارة المرور(&amp;P):</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>مشكلة في عبارة المرور</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>اكتبها مرة أخرى(&amp;G):</translation>
    </message>
    <message>
        <source>Package passphrase again</source>
        <translation>عبارة مرور الحزمة مرة أخرى</translation>
    </message>
    <message>
        <source>Passphrase confirmation problem</source>
        <translation>مشكلة في تأكيد عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Armored text (to paste into an e-mail) instead of a binary file</source>
        <translation>نص مدرّع (للصقه في بريد إلكتروني) بدلاً من ملف ثنائي(&amp;A)</translation>
    </message>
    <message>
        <source>Write armored text</source>
        <translation>كتابة نص مدرّع</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>مشكلة في التصدير</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>حالة التصدير</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>إغلاق(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>تصدير(&amp;E)…</translation>
    </message>
    <message>
        <source>Export: choose where to save the package</source>
        <translation>التصدير: اختر مكان حفظ الحزمة</translation>
    </message>
</context>
<context>
    <name>Fields_annual_report</name>
    <message>
        <source>Annual report details</source>
        <translation>تفاصيل التقرير السنوي</translation>
    </message>
    <message>
        <source>Ye&amp;ar *:</source>
        <translation>السنة(&amp;A) *:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Year problem</source>
        <translation>مشكلة في السنة</translation>
    </message>
    <message>
        <source>National dead&amp;line:</source>
        <translation>الموعد النهائي الوطني(&amp;L):</translation>
    </message>
    <message>
        <source>National deadline</source>
        <translation>الموعد النهائي الوطني</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>National deadline problem</source>
        <translation>مشكلة في الموعد النهائي الوطني</translation>
    </message>
    <message>
        <source>Published nat&amp;ionally on:</source>
        <translation>تاريخ النشر على الصعيد الوطني(&amp;I):</translation>
    </message>
    <message>
        <source>Published nationally on</source>
        <translation>تاريخ النشر على الصعيد الوطني</translation>
    </message>
    <message>
        <source>Published nationally on problem</source>
        <translation>مشكلة في تاريخ النشر على الصعيد الوطني</translation>
    </message>
    <message>
        <source>National &amp;web page:</source>
        <translation>الصفحة الوطنية على الإنترنت(&amp;W):</translation>
    </message>
    <message>
        <source>National web page</source>
        <translation>الصفحة الوطنية على الإنترنت</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>National web page problem</source>
        <translation>مشكلة في الصفحة الوطنية على الإنترنت</translation>
    </message>
    <message>
        <source>Tabled in parlia&amp;ment on:</source>
        <translation>تاريخ تقديمه إلى البرلمان(&amp;M):</translation>
    </message>
    <message>
        <source>Tabled in parliament on</source>
        <translation>تاريخ تقديمه إلى البرلمان</translation>
    </message>
    <message>
        <source>Tabled in parliament on problem</source>
        <translation>مشكلة في تاريخ تقديمه إلى البرلمان</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>تاريخ الإرسال:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>مشكلة في تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Languages sent (&amp;one per line):</source>
        <translation>لغات الإرسال (لغة في كل سطر)(&amp;O):</translation>
    </message>
    <message>
        <source>Languages sent</source>
        <translation>لغات الإرسال</translation>
    </message>
    <message>
        <source>Languages sent problem</source>
        <translation>مشكلة في لغات الإرسال</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged on:</source>
        <translation>تاريخ الإقرار بالاستلام(&amp;K):</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>تاريخ الإقرار بالاستلام</translation>
    </message>
    <message>
        <source>Acknowledged on problem</source>
        <translation>مشكلة في تاريخ الإقرار بالاستلام</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on:</source>
        <translation>تاريخ النشر على موقع المفوضية السامية:</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on</source>
        <translation>تاريخ النشر على موقع المفوضية السامية</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on problem</source>
        <translation>مشكلة في تاريخ النشر على موقع المفوضية السامية</translation>
    </message>
    <message>
        <source>Pu&amp;blished at:</source>
        <translation>منشور في(&amp;B):</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>منشور في</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>مشكلة في «منشور في»</translation>
    </message>
</context>
<context>
    <name>Fields_communication</name>
    <message>
        <source>Communication details</source>
        <translation>تفاصيل المراسلة</translation>
    </message>
    <message>
        <source>D&amp;irection *:</source>
        <translation>الاتجاه(&amp;I) *:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Direction problem</source>
        <translation>مشكلة في الاتجاه</translation>
    </message>
    <message>
        <source>Ch&amp;annel *:</source>
        <translation>القناة(&amp;A) *:</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Channel problem</source>
        <translation>مشكلة في القناة</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>المشاركون:</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <source>Participants problem</source>
        <translation>مشكلة في المشاركين</translation>
    </message>
    <message>
        <source>Rep&amp;ly by:</source>
        <translation>الرد قبل(&amp;L):</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>الرد قبل</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Reply by problem</source>
        <translation>مشكلة في «الرد قبل»</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>السلسلة:</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>Thread problem</source>
        <translation>مشكلة في السلسلة</translation>
    </message>
    <message>
        <source>In reply t&amp;o:</source>
        <translation>ردّاً على(&amp;O):</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>ردّاً على</translation>
    </message>
    <message>
        <source>In reply to problem</source>
        <translation>مشكلة في «ردّاً على»</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>النتيجة(&amp;M):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>مشكلة في النتيجة</translation>
    </message>
    <message>
        <source>Step o&amp;f the visit:</source>
        <translation>مرحلة الزيارة(&amp;F):</translation>
    </message>
    <message>
        <source>Step of the visit</source>
        <translation>مرحلة الزيارة</translation>
    </message>
    <message>
        <source>Step of the visit problem</source>
        <translation>مشكلة في مرحلة الزيارة</translation>
    </message>
</context>
<context>
    <name>Fields_contact</name>
    <message>
        <source>Contact details</source>
        <translation>تفاصيل جهة الاتصال</translation>
    </message>
    <message>
        <source>R&amp;ole *:</source>
        <translation>الدور(&amp;O) *:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Role problem</source>
        <translation>مشكلة في الدور</translation>
    </message>
    <message>
        <source>SPT reg&amp;ional team:</source>
        <translation>الفريق الإقليمي للجنة الفرعية(&amp;I):</translation>
    </message>
    <message>
        <source>SPT regional team</source>
        <translation>الفريق الإقليمي للجنة الفرعية</translation>
    </message>
    <message>
        <source>SPT regional team problem</source>
        <translation>مشكلة في الفريق الإقليمي للجنة الفرعية</translation>
    </message>
    <message>
        <source>Countries:</source>
        <translation>البلدان:</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>البلدان</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <source>Countries problem</source>
        <translation>مشكلة في البلدان</translation>
    </message>
    <message>
        <source>Org&amp;anisation:</source>
        <translation>المنظمة(&amp;A):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Organisation problem</source>
        <translation>مشكلة في المنظمة</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>البريد الإلكتروني(&amp;M):</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>مشكلة في البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>الهاتف:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>مشكلة في الهاتف</translation>
    </message>
    <message>
        <source>Term start:</source>
        <translation>بداية الولاية:</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>بداية الولاية</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Term start problem</source>
        <translation>مشكلة في بداية الولاية</translation>
    </message>
    <message>
        <source>Term end:</source>
        <translation>نهاية الولاية:</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>نهاية الولاية</translation>
    </message>
    <message>
        <source>Term end problem</source>
        <translation>مشكلة في نهاية الولاية</translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation>مستلم age:</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>مستلم age</translation>
    </message>
    <message>
        <source>age recipient problem</source>
        <translation>مشكلة في مستلم age</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>مفتاح التوقيع(&amp;K):</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Signing key problem</source>
        <translation>مشكلة في مفتاح التوقيع</translation>
    </message>
    <message>
        <source>Keys verified</source>
        <translation>المفاتيح متحقَّق منها</translation>
    </message>
    <message>
        <source>Keys veri&amp;fied</source>
        <translation>المفاتيح متحقَّق منها(&amp;F)</translation>
    </message>
    <message>
        <source>Keys verified problem</source>
        <translation>مشكلة في «المفاتيح متحقَّق منها»</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own devices</source>
        <translation>أحد أجهزة آليتنا الوقائية الوطنية</translation>
    </message>
    <message>
        <source>Packages for a verified contact marked as one of your NPM&apos;s devices carry real names. The mark counts only while its keys are verified.</source>
        <translation>الحزم الموجهة إلى جهة اتصال متحقَّق منها وموسومة بأنها أحد أجهزة آليتك الوقائية الوطنية تحمل الأسماء الحقيقية. لا تُحتسب هذه العلامة إلا ما دامت مفاتيحها متحقَّقاً منها.</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own de&amp;vices (packages to it carry real names)</source>
        <translation>أحد أجهزة آليتنا الوقائية الوطنية (الحزم الموجهة إليه تحمل الأسماء الحقيقية)(&amp;V)</translation>
    </message>
    <message>
        <source>Own device problem</source>
        <translation>مشكلة في «جهاز خاص بنا»</translation>
    </message>
</context>
<context>
    <name>Fields_interpretation_request</name>
    <message>
        <source>Request for advice: details</source>
        <translation>طلب مشورة: التفاصيل</translation>
    </message>
    <message>
        <source>Type of re&amp;quest:</source>
        <translation>نوع الطلب(&amp;Q):</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>نوع الطلب</translation>
    </message>
    <message>
        <source>Type of request problem</source>
        <translation>مشكلة في نوع الطلب</translation>
    </message>
    <message>
        <source>&amp;Question *:</source>
        <translation>السؤال(&amp;Q) *:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Question problem</source>
        <translation>مشكلة في السؤال</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>تاريخ الإرسال(&amp;A):</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>مشكلة في تاريخ الإرسال</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>الجواب(&amp;W):</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الجواب</translation>
    </message>
    <message>
        <source>Answer problem</source>
        <translation>مشكلة في الجواب</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>تاريخ الرد(&amp;O):</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>Answered on problem</source>
        <translation>مشكلة في تاريخ الرد</translation>
    </message>
    <message>
        <source>Pu&amp;blished in:</source>
        <translation>منشور في(&amp;B):</translation>
    </message>
    <message>
        <source>Answer published in</source>
        <translation>الجواب منشور في</translation>
    </message>
    <message>
        <source>Where the answer was published, if it was: document symbol, annex</source>
        <translation>أين نُشر الجواب، إن كان قد نُشر: رمز الوثيقة، المرفق</translation>
    </message>
    <message>
        <source>CAT/OP/12/6, annex</source>
        <translation>CAT/OP/12/6، المرفق</translation>
    </message>
    <message>
        <source>Answer published in problem</source>
        <translation>مشكلة في «الجواب منشور في»</translation>
    </message>
</context>
<context>
    <name>Fields_place</name>
    <message>
        <source>Place details</source>
        <translation>تفاصيل المكان</translation>
    </message>
    <message>
        <source>Type &amp;of place *:</source>
        <translation>نوع المكان(&amp;O) *:</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>نوع المكان</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Type of place problem</source>
        <translation>مشكلة في نوع المكان</translation>
    </message>
    <message>
        <source>Reg&amp;ion:</source>
        <translation>المنطقة(&amp;I):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Region problem</source>
        <translation>مشكلة في المنطقة</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان(&amp;A):</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>مشكلة في العنوان</translation>
    </message>
</context>
<context>
    <name>Fields_recommendation</name>
    <message>
        <source>Recommendation details</source>
        <translation>تفاصيل التوصية</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>التقرير(&amp;O):</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation>مشكلة في التقرير</translation>
    </message>
    <message>
        <source>P&amp;aragraph:</source>
        <translation>الفقرة(&amp;A):</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Paragraph problem</source>
        <translation>مشكلة في الفقرة</translation>
    </message>
    <message>
        <source>Addressee *:</source>
        <translation>الجهة المخاطَبة *:</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>الجهة المخاطَبة</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Addressee problem</source>
        <translation>مشكلة في الجهة المخاطَبة</translation>
    </message>
    <message>
        <source>Responsi&amp;ble authority:</source>
        <translation>السلطة المسؤولة(&amp;B):</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>السلطة المسؤولة</translation>
    </message>
    <message>
        <source>Ministry or body</source>
        <translation>الوزارة أو الهيئة</translation>
    </message>
    <message>
        <source>Responsible authority problem</source>
        <translation>مشكلة في السلطة المسؤولة</translation>
    </message>
    <message>
        <source>Priority or ti&amp;meframe:</source>
        <translation>الأولوية أو الإطار الزمني(&amp;M):</translation>
    </message>
    <message>
        <source>Priority or timeframe</source>
        <translation>الأولوية أو الإطار الزمني</translation>
    </message>
    <message>
        <source>Priority or timeframe problem</source>
        <translation>مشكلة في الأولوية أو الإطار الزمني</translation>
    </message>
    <message>
        <source>State&apos;s reported status:</source>
        <translation>الحالة كما أبلغت عنها الدولة:</translation>
    </message>
    <message>
        <source>State&apos;s reported status</source>
        <translation>الحالة كما أبلغت عنها الدولة</translation>
    </message>
    <message>
        <source>State&apos;s reported status problem</source>
        <translation>مشكلة في الحالة كما أبلغت عنها الدولة</translation>
    </message>
    <message>
        <source>State&apos;s status dated:</source>
        <translation>تاريخ حالة الدولة:</translation>
    </message>
    <message>
        <source>State&apos;s status dated</source>
        <translation>تاريخ حالة الدولة</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>State&apos;s status dated problem</source>
        <translation>مشكلة في تاريخ حالة الدولة</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status:</source>
        <translation>مصدر حالة الدولة:</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status</source>
        <translation>مصدر حالة الدولة</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status problem</source>
        <translation>مشكلة في مصدر حالة الدولة</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>الأدلة(&amp;I):</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة</translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation>مشكلة في الأدلة</translation>
    </message>
    <message>
        <source>Date o&amp;f evidence:</source>
        <translation>تاريخ الأدلة(&amp;F):</translation>
    </message>
    <message>
        <source>Date of evidence</source>
        <translation>تاريخ الأدلة</translation>
    </message>
    <message>
        <source>Date of evidence problem</source>
        <translation>مشكلة في تاريخ الأدلة</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment:</source>
        <translation>مصدر تقييم الآلية الوقائية الوطنية:</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment</source>
        <translation>مصدر تقييم الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment problem</source>
        <translation>مشكلة في مصدر تقييم الآلية الوقائية الوطنية</translation>
    </message>
</context>
<context>
    <name>Fields_reminder</name>
    <message>
        <source>Reminder details</source>
        <translation>تفاصيل التذكير</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>بشأن(&amp;B):</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بشأن</translation>
    </message>
    <message>
        <source>About problem</source>
        <translation>مشكلة في «بشأن»</translation>
    </message>
    <message>
        <source>Repeats every year</source>
        <translation>يتكرر كل سنة</translation>
    </message>
    <message>
        <source>Repe&amp;ats every year</source>
        <translation>يتكرر كل سنة(&amp;A)</translation>
    </message>
    <message>
        <source>Repeats every year problem</source>
        <translation>مشكلة في «يتكرر كل سنة»</translation>
    </message>
</context>
<context>
    <name>Fields_report</name>
    <message>
        <source>Report details</source>
        <translation>تفاصيل التقرير</translation>
    </message>
    <message>
        <source>Type &amp;of report *:</source>
        <translation>نوع التقرير(&amp;O) *:</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>نوع التقرير</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Type of report problem</source>
        <translation>مشكلة في نوع التقرير</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>الزيارة(&amp;I):</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Visit problem</source>
        <translation>مشكلة في الزيارة</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Con&amp;fidential</source>
        <translation>سري(&amp;F)</translation>
    </message>
    <message>
        <source>Confidential problem</source>
        <translation>مشكلة في «سري»</translation>
    </message>
    <message>
        <source>Pu&amp;blished on:</source>
        <translation>تاريخ النشر(&amp;B):</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Published on problem</source>
        <translation>مشكلة في تاريخ النشر</translation>
    </message>
    <message>
        <source>Pub&amp;lished at:</source>
        <translation>منشور في(&amp;L):</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>منشور في</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>مشكلة في «منشور في»</translation>
    </message>
    <message>
        <source>Trans&amp;mitted on:</source>
        <translation>تاريخ الإحالة(&amp;M):</translation>
    </message>
    <message>
        <source>Transmitted on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Transmitted on problem</source>
        <translation>مشكلة في تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Ho&amp;w obtained:</source>
        <translation>كيفية الحصول عليه(&amp;W):</translation>
    </message>
    <message>
        <source>How the NPM obtained it</source>
        <translation>كيف حصلت عليه الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>How the NPM obtained it problem</source>
        <translation>مشكلة في كيفية حصول الآلية الوقائية الوطنية عليه</translation>
    </message>
    <message>
        <source>Reply re&amp;quested by:</source>
        <translation>الرد مطلوب قبل(&amp;Q):</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: transmission + the reply period)</source>
        <translation>YYYY-MM-DD (فارغ: الإحالة + مهلة الرد)</translation>
    </message>
    <message>
        <source>Reply due problem</source>
        <translation>مشكلة في موعد الرد</translation>
    </message>
    <message>
        <source>Reply received (d&amp;ate):</source>
        <translation>استلام الرد (التاريخ)(&amp;A):</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>تاريخ استلام الرد</translation>
    </message>
    <message>
        <source>Reply received on problem</source>
        <translation>مشكلة في تاريخ استلام الرد</translation>
    </message>
    <message>
        <source>Publication decision:</source>
        <translation>قرار النشر:</translation>
    </message>
    <message>
        <source>Publication decision</source>
        <translation>قرار النشر</translation>
    </message>
    <message>
        <source>Publication decision problem</source>
        <translation>مشكلة في قرار النشر</translation>
    </message>
</context>
<context>
    <name>Fields_reprisal_check</name>
    <message>
        <source>Reprisal check details</source>
        <translation>تفاصيل التحقق من الأعمال الانتقامية</translation>
    </message>
    <message>
        <source>V&amp;isit:</source>
        <translation>الزيارة(&amp;I):</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Visit problem</source>
        <translation>مشكلة في الزيارة</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>المكان(&amp;L):</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Place problem</source>
        <translation>مشكلة في المكان</translation>
    </message>
    <message>
        <source>Pe&amp;ople met:</source>
        <translation>الأشخاص الذين تمت مقابلتهم(&amp;O):</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>الأشخاص الذين تمت مقابلتهم</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <source>People met problem</source>
        <translation>مشكلة في «الأشخاص الذين تمت مقابلتهم»</translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation>النتيجة(&amp;M):</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Outcome problem</source>
        <translation>مشكلة في النتيجة</translation>
    </message>
</context>
<context>
    <name>Fields_special_fund</name>
    <message>
        <source>Special Fund application details</source>
        <translation>تفاصيل الطلب إلى الصندوق الخاص</translation>
    </message>
    <message>
        <source>C&amp;all year:</source>
        <translation>سنة الدعوة(&amp;A):</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>سنة الدعوة</translation>
    </message>
    <message>
        <source>Call year problem</source>
        <translation>مشكلة في سنة الدعوة</translation>
    </message>
    <message>
        <source>Purp&amp;ose *:</source>
        <translation>الغرض(&amp;O) *:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Purpose problem</source>
        <translation>مشكلة في الغرض</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>المبلغ(&amp;M):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>مشكلة في المبلغ</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>العملة:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation>مشكلة في العملة</translation>
    </message>
    <message>
        <source>Implements the pu&amp;blished report:</source>
        <translation>ينفّذ التقرير المنشور(&amp;B):</translation>
    </message>
    <message>
        <source>Implements the published report</source>
        <translation>ينفّذ التقرير المنشور</translation>
    </message>
    <message>
        <source>Implements the published report problem</source>
        <translation>مشكلة في «ينفّذ التقرير المنشور»</translation>
    </message>
    <message>
        <source>Recommendat&amp;ions:</source>
        <translation>التوصيات(&amp;I):</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Recommendations problem</source>
        <translation>مشكلة في التوصيات</translation>
    </message>
    <message>
        <source>Pro&amp;ject starts:</source>
        <translation>بداية المشروع(&amp;J):</translation>
    </message>
    <message>
        <source>Project starts</source>
        <translation>بداية المشروع</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Project starts problem</source>
        <translation>مشكلة في بداية المشروع</translation>
    </message>
    <message>
        <source>Project ends:</source>
        <translation>نهاية المشروع:</translation>
    </message>
    <message>
        <source>Project ends</source>
        <translation>نهاية المشروع</translation>
    </message>
    <message>
        <source>Project ends problem</source>
        <translation>مشكلة في نهاية المشروع</translation>
    </message>
    <message>
        <source>&amp;Fund report due:</source>
        <translation>موعد تقرير الصندوق(&amp;F):</translation>
    </message>
    <message>
        <source>Fund report due</source>
        <translation>موعد تقرير الصندوق</translation>
    </message>
    <message>
        <source>Fund report due problem</source>
        <translation>مشكلة في موعد تقرير الصندوق</translation>
    </message>
    <message>
        <source>Permanent Mission informed on:</source>
        <translation>تاريخ إبلاغ البعثة الدائمة:</translation>
    </message>
    <message>
        <source>Permanent Mission informed on</source>
        <translation>تاريخ إبلاغ البعثة الدائمة</translation>
    </message>
    <message>
        <source>Permanent Mission informed on problem</source>
        <translation>مشكلة في تاريخ إبلاغ البعثة الدائمة</translation>
    </message>
</context>
<context>
    <name>Fields_update</name>
    <message>
        <source>Update details</source>
        <translation>تفاصيل المعلومات المحدَّثة</translation>
    </message>
    <message>
        <source>Type &amp;of update *:</source>
        <translation>نوع المعلومات المحدَّثة(&amp;O) *:</translation>
    </message>
    <message>
        <source>Type of update</source>
        <translation>نوع المعلومات المحدَّثة</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Type of update problem</source>
        <translation>مشكلة في نوع المعلومات المحدَّثة</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>المسألة(&amp;I):</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>المسألة</translation>
    </message>
    <message>
        <source>Issue problem</source>
        <translation>مشكلة في المسألة</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>تاريخ الإرسال(&amp;A):</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>مشكلة في تاريخ الإرسال</translation>
    </message>
</context>
<context>
    <name>Fields_visit</name>
    <message>
        <source>Visit details</source>
        <translation>تفاصيل الزيارة</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>تاريخ البدء(&amp;A):</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Start date problem</source>
        <translation>مشكلة في تاريخ البدء</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>تاريخ الانتهاء:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>End date problem</source>
        <translation>مشكلة في تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Ann&amp;ounced on:</source>
        <translation>تاريخ الإعلان(&amp;O):</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>تاريخ الإعلان</translation>
    </message>
    <message>
        <source>Announced on problem</source>
        <translation>مشكلة في تاريخ الإعلان</translation>
    </message>
    <message>
        <source>Chec&amp;klist items done:</source>
        <translation>بنود قائمة المراجعة المنجزة(&amp;K):</translation>
    </message>
    <message>
        <source>Checklist items done</source>
        <translation>بنود قائمة المراجعة المنجزة</translation>
    </message>
    <message>
        <source>Checklist items done problem</source>
        <translation>مشكلة في بنود قائمة المراجعة المنجزة</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>الأماكن(&amp;L):</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Places problem</source>
        <translation>مشكلة في الأماكن</translation>
    </message>
    <message>
        <source>The&amp;mes:</source>
        <translation>المواضيع(&amp;M):</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <source>Themes problem</source>
        <translation>مشكلة في المواضيع</translation>
    </message>
    <message>
        <source>Type of v&amp;isit:</source>
        <translation>نوع الزيارة(&amp;I):</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>نوع الزيارة</translation>
    </message>
    <message>
        <source>Type of visit problem</source>
        <translation>مشكلة في نوع الزيارة</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}، {time}</translation>
    </message>
    <message>
        <source>{date} is not a real date: months are numbered 01 to 12.</source>
        <translation>{date} ليس تاريخاً حقيقياً: تُرقَّم الأشهر من 01 إلى 12.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} ليس تاريخاً حقيقياً: عدد أيام {month} هو {days}.</translation>
    </message>
</context>
<context>
    <name>FundCallDialog</name>
    <message>
        <source>Special Fund call for {year}</source>
        <translation>دعوة الصندوق الخاص لعام {year}</translation>
    </message>
    <message>
        <source>Use the dates and largest grant OHCHR announced for this year&apos;s call.</source>
        <translation>استخدم التواريخ وأكبر منحة أعلنتها المفوضية السامية لحقوق الإنسان في دعوة هذه السنة.</translation>
    </message>
    <message>
        <source>Call opens</source>
        <translation>فتح باب الدعوة</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>إغلاق باب الدعوة</translation>
    </message>
    <message>
        <source>Largest grant in US dollars</source>
        <translation>أكبر منحة بالدولار الأمريكي</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Use the reference dates</source>
        <translation>استخدام التواريخ المرجعية</translation>
    </message>
    <message>
        <source>Save these dates</source>
        <translation>حفظ هذه التواريخ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>FundCallNote</name>
    <message>
        <source>Special Fund call for applications</source>
        <translation>دعوة الصندوق الخاص لتقديم الطلبات</translation>
    </message>
    <message>
        <source>Warning about the amount</source>
        <translation>تحذير بشأن المبلغ</translation>
    </message>
    <message>
        <source>Change the call&apos;s dates…</source>
        <translation>تغيير تواريخ الدعوة…</translation>
    </message>
    <message>
        <source>Change the dates and largest grant of this call</source>
        <translation>تغيير تواريخ هذه الدعوة وأكبر منحة فيها</translation>
    </message>
    <message>
        <source>Call for applications {year}: {opens} to {closes}; grants up to USD {grant}.</source>
        <translation>الدعوة لتقديم الطلبات {year}: من {opens} إلى {closes}؛ منح تصل إلى {grant} دولار أمريكي.</translation>
    </message>
    <message>
        <source>(usual dates: confirm them against this year&apos;s call)</source>
        <translation>(التواريخ المعتادة: تحقق منها مقابل دعوة هذه السنة)</translation>
    </message>
    <message>
        <source>The amount is more than the largest grant of this call; you can still save it.</source>
        <translation>المبلغ أكبر من أكبر منحة في هذه الدعوة؛ ولا يزال بإمكانك حفظه.</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>دليل المستخدم(&amp;U)</translation>
    </message>
    <message>
        <source>Read the guide that comes with npmdesk (no network needed)</source>
        <translation>قراءة الدليل المرفق مع npmdesk (لا حاجة إلى شبكة)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>تاريخ «{title}»</translation>
    </message>
    <message numerus="yes">
        <source>Now at version %n.</source>
        <translation>
            <numerusform>الإصدار الحالي %Ln.</numerusform>
            <numerusform>الإصدار الحالي %Ln.</numerusform>
            <numerusform>الإصدار الحالي %Ln.</numerusform>
            <numerusform>الإصدار الحالي %Ln.</numerusform>
            <numerusform>الإصدار الحالي %Ln.</numerusform>
            <numerusform>الإصدار الحالي %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions, newest first:</source>
        <translation>الإصدارات السابقة، الأحدث أولاً:</translation>
    </message>
    <message>
        <source>There are no earlier versions.</source>
        <translation>لا توجد إصدارات سابقة.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>الإصدارات السابقة</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Left the vault</source>
        <translation>خرج من الخزنة</translation>
    </message>
    <message>
        <source>&amp;Text of this version:</source>
        <translation>نص هذا الإصدار(&amp;T):</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>نص الإصدار المحدد</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>إغلاق التاريخ</translation>
    </message>
    <message>
        <source>Left the vault on {when}, in {file}, for: {who}. Saved by {by}.</source>
        <translation>خرج من الخزنة في {when}، في {file}، لـ: {who}. حفظه {by}.</translation>
    </message>
    <message>
        <source>Fingerprints: {fingerprints}</source>
        <translation>البصمات: {fingerprints}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your keys: {name}</source>
        <translation>مفاتيحك: {name}</translation>
    </message>
    <message>
        <source>Your keys</source>
        <translation>مفاتيحك</translation>
    </message>
    <message>
        <source>Scanning it gives the text of your contact card.</source>
        <translation>يعطي مسحه ضوئياً نص بطاقة جهة الاتصال الخاصة بك.</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>بطاقة جهة الاتصال الخاصة بك</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>مستلم age الخاص بك</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>مفتاح التوقيع الخاص بك</translation>
    </message>
    <message>
        <source>{what} was copied. Paste it into your message; the clipboard is cleared after a while.</source>
        <translation>نُسخ {what}. الصقه في رسالتك؛ تُمسح الحافظة بعد فترة.</translation>
    </message>
    <message>
        <source>For recipients without npmdesk (OpenSSH allowed_signers line):</source>
        <translation>للمستلمين الذين لا يستخدمون npmdesk (سطر allowed_signers لـ OpenSSH):</translation>
    </message>
    <message>
        <source>Your OpenSSH allowed_signers line</source>
        <translation>سطر allowed_signers الخاص بك لـ OpenSSH</translation>
    </message>
    <message>
        <source>Copy for &amp;OpenSSH</source>
        <translation>نسخ لـ OpenSSH (&amp;O)</translation>
    </message>
    <message>
        <source>Copy your OpenSSH allowed_signers line</source>
        <translation>نسخ سطر allowed_signers الخاص بك لـ OpenSSH</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Share my keys</source>
        <translation>مشاركة مفاتيحي</translation>
    </message>
    <message>
        <source>What to give to whom</source>
        <translation>ما تعطيه ولمن</translation>
    </message>
    <message>
        <source>Give your contact card (the QR code, or the text copied with Copy card) to the SPT members, the Secretariat and colleagues who exchange packages with you. It holds two public keys: your age recipient, with which they encrypt packages for you, and your signing key, with which they check that packages really come from you. Both may travel by e-mail.&lt;br&gt;&lt;br&gt;Then read them your &lt;b&gt;fingerprint&lt;/b&gt; by phone or in person, never in the same e-mail: when it matches what their npmdesk shows, they mark your keys as verified. Never give anyone your vault passphrase or recovery code.</source>
        <translation>أعطِ بطاقة جهة الاتصال الخاصة بك (رمز QR، أو النص المنسوخ بـ «نسخ البطاقة») لأعضاء اللجنة الفرعية والأمانة والزملاء الذين يتبادلون الحزم معك. تتضمن مفتاحين علنيين: مستلم age، الذي يشفّرون به الحزم لك، ومفتاح التوقيع، الذي يتحققون به من أن الحزم صادرة عنك حقاً. يمكن إرسال كليهما بالبريد الإلكتروني.&lt;br&gt;&lt;br&gt;ثم اقرأ لهم &lt;b&gt;بصمتك&lt;/b&gt; عبر الهاتف أو شخصياً، وليس أبداً في البريد الإلكتروني نفسه: عندما تطابق ما يعرضه npmdesk لديهم، يضعون علامة على مفاتيحك بأنها متحقَّق منها. لا تعطِ أحداً أبداً عبارة مرور خزنتك أو رمز الاسترداد.</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>رمز QR لبطاقة جهة الاتصال الخاصة بك</translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for you with it):</source>
        <translation>مستلم age (يشفّر به الآخرون الحزم لك):</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>مستلم age الخاص بك</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages you export):</source>
        <translation>مفتاح التوقيع (يوقّع الحزم التي تصدّرها):</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>مفتاح التوقيع الخاص بك</translation>
    </message>
    <message>
        <source>Fingerprint (read it to the other person by phone):</source>
        <translation>البصمة (اقرأها للشخص الآخر عبر الهاتف):</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>بصمتك</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>حالة النسخ</translation>
    </message>
    <message>
        <source>Copy &amp;card</source>
        <translation>نسخ البطاقة(&amp;C)</translation>
    </message>
    <message>
        <source>Copy your whole contact card</source>
        <translation>نسخ بطاقة جهة الاتصال كاملة</translation>
    </message>
    <message>
        <source>Copy &amp;recipient</source>
        <translation>نسخ المستلم(&amp;R)</translation>
    </message>
    <message>
        <source>Copy your age recipient</source>
        <translation>نسخ مستلم age الخاص بك</translation>
    </message>
    <message>
        <source>Copy &amp;signing key</source>
        <translation>نسخ مفتاح التوقيع(&amp;S)</translation>
    </message>
    <message>
        <source>Copy your signing key</source>
        <translation>نسخ مفتاح التوقيع الخاص بك</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إغلاق(&amp;L)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File: {path}</source>
        <translation>الملف: {path}</translation>
    </message>
    <message>
        <source>Opening the package and checking its signature…</source>
        <translation>جارٍ فتح الحزمة والتحقق من توقيعها…</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>البصمة: {fingerprint}</translation>
    </message>
    <message>
        <source>Importing: checking every record and file, then saving them all at once…</source>
        <translation>جارٍ الاستيراد: التحقق من كل سجل وملف، ثم حفظها جميعاً دفعة واحدة…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Already newer here</source>
        <translation>أحدث هنا بالفعل</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>عُدِّل في الجانبين</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>محذوف هنا</translation>
    </message>
    <message>
        <source>Deleted here, changed by the sender</source>
        <translation>محذوف هنا، وغيّره المرسل</translation>
    </message>
    <message>
        <source>Real names filled in (from one of your NPM&apos;s own devices)</source>
        <translation>مُلئت الأسماء الحقيقية (من أحد أجهزة آليتك الوقائية الوطنية)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted in this vault are not brought back.</source>
        <translation>
            <numerusform>لن يُستعاد %Ln سجل محذوف في هذه الخزنة.</numerusform>
            <numerusform>لن يُستعاد سجل واحد (%Ln) محذوف في هذه الخزنة.</numerusform>
            <numerusform>لن يُستعاد سجلان (%Ln) محذوفان في هذه الخزنة.</numerusform>
            <numerusform>لن تُستعاد %Ln سجلات محذوفة في هذه الخزنة.</numerusform>
            <numerusform>لن يُستعاد %Ln سجلاً محذوفاً في هذه الخزنة.</numerusform>
            <numerusform>لن يُستعاد %Ln سجل محذوف في هذه الخزنة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) arrive without their keys: another contact (or this vault) already has those keys.</source>
        <translation>
            <numerusform>تصل %Ln جهة اتصال جديدة دون مفاتيحها: جهة اتصال أخرى (أو هذه الخزنة) تملك هذه المفاتيح بالفعل.</numerusform>
            <numerusform>تصل جهة اتصال جديدة واحدة (%Ln) دون مفاتيحها: جهة اتصال أخرى (أو هذه الخزنة) تملك هذه المفاتيح بالفعل.</numerusform>
            <numerusform>تصل جهتا اتصال جديدتان (%Ln) دون مفاتيحهما: جهة اتصال أخرى (أو هذه الخزنة) تملك هذه المفاتيح بالفعل.</numerusform>
            <numerusform>تصل %Ln جهات اتصال جديدة دون مفاتيحها: جهة اتصال أخرى (أو هذه الخزنة) تملك هذه المفاتيح بالفعل.</numerusform>
            <numerusform>تصل %Ln جهة اتصال جديدة دون مفاتيحها: جهة اتصال أخرى (أو هذه الخزنة) تملك هذه المفاتيح بالفعل.</numerusform>
            <numerusform>تصل %Ln جهة اتصال جديدة دون مفاتيحها: جهة اتصال أخرى (أو هذه الخزنة) تملك هذه المفاتيح بالفعل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in this vault: tick to bring it back from this package</source>
        <translation>محذوف في هذه الخزنة: حدّده لاستعادته من هذه الحزمة</translation>
    </message>
    <message>
        <source>Package from {npm} ({user}), made {when}.</source>
        <translation>حزمة من {npm} ({user})، أُنشئت في {when}.</translation>
    </message>
    <message>
        <source>an unnamed NPM</source>
        <translation>آلية وقائية وطنية غير مسمّاة</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>مستخدم غير معروف</translation>
    </message>
    <message>
        <source>It carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>تحمل الأسماء الحقيقية: إنها صادرة عن أحد أجهزة آليتك الوقائية الوطنية.</translation>
    </message>
    <message>
        <source>This vault (a package you exported yourself).</source>
        <translation>هذه الخزنة (حزمة صدّرتها بنفسك).</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys you verified.</source>
        <translation>{name}، جهة اتصال تحققت من مفاتيحها.</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys are NOT verified yet.</source>
        <translation>{name}، جهة اتصال لم تتحقق من مفاتيحها بعد.</translation>
    </message>
    <message>
        <source>An UNKNOWN key: it belongs to none of your contacts.</source>
        <translation>مفتاح غير معروف: لا يخص أياً من جهات اتصالك.</translation>
    </message>
    <message>
        <source>Before importing, call the sender on a number you already know and ask them to read their fingerprint (File → Share My Keys… in their npmdesk). Import only if it is exactly the one above.</source>
        <translation>قبل الاستيراد، اتصل بالمرسل على رقم تعرفه مسبقاً واطلب منه أن يقرأ بصمته (ملف ← مشاركة مفاتيحي… في npmdesk لديه). لا تستورد إلا إذا كانت مطابقة تماماً للبصمة أعلاه.</translation>
    </message>
    <message>
        <source>What will change — {counts}.</source>
        <translation>ما سيتغير — {counts}.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>لا سجلات</translation>
    </message>
    <message numerus="yes">
        <source>%n new attachment(s)</source>
        <translation>
            <numerusform>%Ln مرفق جديد</numerusform>
            <numerusform>مرفق جديد واحد (%Ln)</numerusform>
            <numerusform>مرفقان جديدان (%Ln)</numerusform>
            <numerusform>%Ln مرفقات جديدة</numerusform>
            <numerusform>%Ln مرفقاً جديداً</numerusform>
            <numerusform>%Ln مرفق جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>(package: {size}).</source>
        <translation>(الحزمة: {size}).</translation>
    </message>
    <message>
        <source>Records edited on both sides keep your version; the other one joins their history, and they are marked for you to compare.</source>
        <translation>السجلات المعدَّلة في الجانبين تحتفظ بنسختك؛ وتنضم النسخة الأخرى إلى تاريخها، وتُوسم لكي تقارن بينهما.</translation>
    </message>
    <message>
        <source>To bring one back from this package, tick it in the list.</source>
        <translation>لاستعادة أحدها من هذه الحزمة، حدّده في القائمة.</translation>
    </message>
    <message>
        <source>Nothing to import: your vault already has all of it.</source>
        <translation>لا شيء للاستيراد: خزنتك تتضمن كل ذلك بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source>Imported — {counts}; %n new attachment(s).</source>
        <translation>
            <numerusform>تم الاستيراد — {counts}؛ %Ln مرفق جديد.</numerusform>
            <numerusform>تم الاستيراد — {counts}؛ مرفق جديد واحد (%Ln).</numerusform>
            <numerusform>تم الاستيراد — {counts}؛ مرفقان جديدان (%Ln).</numerusform>
            <numerusform>تم الاستيراد — {counts}؛ %Ln مرفقات جديدة.</numerusform>
            <numerusform>تم الاستيراد — {counts}؛ %Ln مرفقاً جديداً.</numerusform>
            <numerusform>تم الاستيراد — {counts}؛ %Ln مرفق جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: each is marked “Edited on both sides”. Open it (double-click it below), compare the versions in its History, then mark it as settled.</source>
        <translation>
            <numerusform>عُدِّل %Ln سجل في الجانبين: كل منها موسوم بـ «عُدِّل في الجانبين». افتحه (انقر عليه نقراً مزدوجاً أدناه)، وقارن الإصدارات في تاريخه، ثم ضع عليه علامة «تمت التسوية».</numerusform>
            <numerusform>عُدِّل سجل واحد (%Ln) في الجانبين: إنه موسوم بـ «عُدِّل في الجانبين». افتحه (انقر عليه نقراً مزدوجاً أدناه)، وقارن الإصدارات في تاريخه، ثم ضع عليه علامة «تمت التسوية».</numerusform>
            <numerusform>عُدِّل سجلان (%Ln) في الجانبين: كل منهما موسوم بـ «عُدِّل في الجانبين». افتحه (انقر عليه نقراً مزدوجاً أدناه)، وقارن الإصدارات في تاريخه، ثم ضع عليه علامة «تمت التسوية».</numerusform>
            <numerusform>عُدِّلت %Ln سجلات في الجانبين: كل منها موسوم بـ «عُدِّل في الجانبين». افتحه (انقر عليه نقراً مزدوجاً أدناه)، وقارن الإصدارات في تاريخه، ثم ضع عليه علامة «تمت التسوية».</numerusform>
            <numerusform>عُدِّل %Ln سجلاً في الجانبين: كل منها موسوم بـ «عُدِّل في الجانبين». افتحه (انقر عليه نقراً مزدوجاً أدناه)، وقارن الإصدارات في تاريخه، ثم ضع عليه علامة «تمت التسوية».</numerusform>
            <numerusform>عُدِّل %Ln سجل في الجانبين: كل منها موسوم بـ «عُدِّل في الجانبين». افتحه (انقر عليه نقراً مزدوجاً أدناه)، وقارن الإصدارات في تاريخه، ثم ضع عليه علامة «تمت التسوية».</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>npmdesk packages (*.age);;All files (*)</source>
        <translation>حزم npmdesk (*.age);;جميع الملفات (*)</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import a package</source>
        <translation>استيراد حزمة</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>ملف الحزمة</translation>
    </message>
    <message>
        <source>Who made the package</source>
        <translation>من أنشأ الحزمة</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>موقّعة من</translation>
    </message>
    <message>
        <source>Who signed the package</source>
        <translation>من وقّع الحزمة</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>الموقّع</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>بصمة الموقّع</translation>
    </message>
    <message>
        <source>What to do about the signer</source>
        <translation>ما يجب فعله بشأن الموقّع</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint with the sender</source>
        <translation>قارنتُ البصمة مع المرسل(&amp;C)</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the sender</source>
        <translation>قارنتُ البصمة مع المرسل</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>ما سيتغير</translation>
    </message>
    <message>
        <source>Records in the package and what happens to each</source>
        <translation>السجلات في الحزمة وما يحدث لكل منها</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>مشكلة في الاستيراد</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>حالة الاستيراد</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>Enter the pass&amp;phrase…</source>
        <translation>إدخال عبارة المرور(&amp;P)…</translation>
    </message>
    <message>
        <source>Enter the package passphrase</source>
        <translation>إدخال عبارة مرور الحزمة</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>إغلاق(&amp;O)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد(&amp;I)</translation>
    </message>
    <message>
        <source>Import the package into the vault</source>
        <translation>استيراد الحزمة إلى الخزنة</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>استعادة نسخة احتياطية(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>استعادة نسخة احتياطية في مجلد جديد</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>الخزنة سليمة: نجح فحصا السلامة كلاهما.</translation>
    </message>
    <message>
        <source>The vault is damaged: {count} problem(s) found. Some records or files may be unreadable. Restore your latest backup into a new folder (Vault → Restore a Backup…), then work in the restored vault; this vault is not changed.</source>
        <translation>الخزنة تالفة: عُثر على {count} من المشكلات. قد تتعذر قراءة بعض السجلات أو الملفات. استعد أحدث نسخة احتياطية في مجلد جديد (الخزنة ← استعادة نسخة احتياطية…)، ثم اعمل في الخزنة المستعادة؛ لا تتغير هذه الخزنة.</translation>
    </message>
    <message>
        <source>Check the vault&apos;s integrity</source>
        <translation>فحص سلامة الخزنة</translation>
    </message>
    <message>
        <source>Checking every page of the vault. This can take a while for a large vault…</source>
        <translation>جارٍ فحص كل صفحة من الخزنة. قد يستغرق ذلك بعض الوقت لخزنة كبيرة…</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>إلغاء الفحص</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>أُلغي الفحص. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Integrity check in progress</source>
        <translation>فحص السلامة جارٍ</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>أُلغي. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء(&amp;C)</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>إغلاق(&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>No date</source>
        <translation>بلا تاريخ</translation>
    </message>
    <message>
        <source>time zone not given</source>
        <translation>المنطقة الزمنية غير محددة</translation>
    </message>
    <message>
        <source>{date}, {time} {zone}</source>
        <translation>{date}، {time} {zone}</translation>
    </message>
    <message>
        <source>No sender</source>
        <translation>بلا مُرسِل</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(بلا موضوع)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>صادرة</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>واردة</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>موجودة في الخزنة مسبقًا</translation>
    </message>
    <message>
        <source>Reply to a message in the vault</source>
        <translation>رد على رسالة موجودة في الخزنة</translation>
    </message>
    <message>
        <source>Reply to a message in these files</source>
        <translation>رد على رسالة موجودة في هذه الملفات</translation>
    </message>
    <message>
        <source>Reply to a message not in the vault</source>
        <translation>رد على رسالة غير موجودة في الخزنة</translation>
    </message>
    <message>
        <source>New: {new}. Already in the vault: {duplicates}. Cannot be read: {failures}.</source>
        <translation>جديدة: {new}. موجودة في الخزنة مسبقًا: {duplicates}. تتعذّر قراءتها: {failures}.</translation>
    </message>
    <message numerus="yes">
        <source>%n email message(s) imported.</source>
        <translation>
            <numerusform>تم استيراد %n رسالة بريد إلكتروني.</numerusform>
            <numerusform>تم استيراد %n رسالة بريد إلكتروني.</numerusform>
            <numerusform>تم استيراد %n رسالتَي بريد إلكتروني.</numerusform>
            <numerusform>تم استيراد %n رسائل بريد إلكتروني.</numerusform>
            <numerusform>تم استيراد %n رسالة بريد إلكتروني.</numerusform>
            <numerusform>تم استيراد %n رسالة بريد إلكتروني.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped message</source>
        <translation>رسالة مسحوبة</translation>
    </message>
    <message>
        <source>A message not in this vault: {message_id}</source>
        <translation>رسالة غير موجودة في هذه الخزنة: {message_id}</translation>
    </message>
    <message>
        <source>{item} — the original message</source>
        <translation>{item} — الرسالة الأصلية</translation>
    </message>
    <message>
        <source>The message exactly as it was saved from the mail program, byte for byte.
SHA-256: {sha256}</source>
        <translation>الرسالة تمامًا كما حُفظت من برنامج البريد، بايتًا ببايت.
SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Import Email</source>
        <translation>استيراد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Thunderbird offered these messages from a server folder (IMAP, news or Exchange), which npmdesk cannot read without the network: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>قدّم Thunderbird هذه الرسائل من مجلد على خادم (IMAP أو الأخبار أو Exchange)، ولا يستطيع npmdesk قراءته دون الشبكة: اسحبها أولاً إلى سطح المكتب أو إلى مجلد، ثم أفلت الملفات هنا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where these messages are stored: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>لم يذكر Thunderbird أين تُحفظ هذه الرسائل: اسحبها أولاً إلى سطح المكتب أو إلى مجلد، ثم أفلت الملفات هنا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Outlook offers dragged messages in a form npmdesk cannot read: drag them to a folder first (or File → Save As, Outlook Message Format), then drop the .msg files here. Nothing was imported.</source>
        <translation>يقدّم Outlook الرسائل المسحوبة بصيغة لا يستطيع npmdesk قراءتها: اسحبها أولاً إلى مجلد (أو ملف ← حفظ باسم، تنسيق رسالة Outlook)، ثم أفلت ملفات .msg هنا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Apple Mail offers dragged messages in a form npmdesk cannot read: drag them to a folder first (they become .eml files), then drop the files here. Nothing was imported.</source>
        <translation>يقدّم Apple Mail الرسائل المسحوبة بصيغة لا يستطيع npmdesk قراءتها: اسحبها أولاً إلى مجلد (فتصبح ملفات .eml)، ثم أفلت الملفات هنا. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The mail program offered these messages only as files it would write itself: drag them to a folder first, then drop the files here. Nothing was imported.</source>
        <translation>لم يقدّم برنامج البريد هذه الرسائل إلا كملفات يكتبها بنفسه: اسحبها أولاً إلى مجلد، ثم أفلت الملفات هنا. لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>MailImportDialog</name>
    <message>
        <source>Import Email</source>
        <translation>استيراد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>استيراد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>جارٍ قراءة الرسائل…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدّم</translation>
    </message>
    <message>
        <source>npmdesk cannot tell which of these messages your organisation sent: its email addresses are not set, so every message counts as received.</source>
        <translation>لا يستطيع npmdesk معرفة أيّ هذه الرسائل أرسلتها مؤسستك: لم تُحدَّد عناوين بريدها الإلكتروني، لذا تُعدّ كل رسالة واردة.</translation>
    </message>
    <message>
        <source>Set Your Organisation&apos;s &amp;Addresses…</source>
        <translation>تحديد عناوين مؤسستك… (&amp;A)</translation>
    </message>
    <message>
        <source>Set your organisation&apos;s email addresses</source>
        <translation>تحديد عناوين البريد الإلكتروني لمؤسستك</translation>
    </message>
    <message>
        <source>Messages in these files</source>
        <translation>الرسائل الموجودة في هذه الملفات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>الاتجاه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>سلسلة الرسائل</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>الرسائل (&amp;M):</translation>
    </message>
    <message>
        <source>Files that cannot &amp;be read:</source>
        <translation>الملفات التي تتعذّر قراءتها (&amp;B):</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>الملفات التي تتعذّر قراءتها</translation>
    </message>
    <message>
        <source>&amp;People not among your contacts (tick those to add as contacts):</source>
        <translation>الأشخاص غير الموجودين في جهات اتصالك (حدِّد من تريد إضافتهم كجهات اتصال) (&amp;P):</translation>
    </message>
    <message>
        <source>People not among your contacts</source>
        <translation>الأشخاص غير الموجودين في جهات اتصالك</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>استيراد (&amp;I)</translation>
    </message>
    <message>
        <source>Import the new messages</source>
        <translation>استيراد الرسائل الجديدة</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>إلغاء (&amp;C)</translation>
    </message>
    <message>
        <source>Checking the messages again…</source>
        <translation>جارٍ التحقق من الرسائل مجددًا…</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Add as a contact: {person}</source>
        <translation>إضافة كجهة اتصال: {person}</translation>
    </message>
    <message>
        <source>Importing the messages and their attachments…</source>
        <translation>جارٍ استيراد الرسائل ومرفقاتها…</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped. %n message(s) imported before you cancelled stay in the vault; importing the same files again adds only the others.</source>
        <translation>
            <numerusform>توقّف الاستيراد. تبقى في الخزنة %n رسالة استُوردت قبل الإلغاء؛ وإعادة استيراد الملفات نفسها لا تضيف إلا الرسائل الأخرى.</numerusform>
            <numerusform>توقّف الاستيراد. تبقى في الخزنة %n رسالة استُوردت قبل الإلغاء؛ وإعادة استيراد الملفات نفسها لا تضيف إلا الرسائل الأخرى.</numerusform>
            <numerusform>توقّف الاستيراد. تبقى في الخزنة %n رسالتان استُوردتا قبل الإلغاء؛ وإعادة استيراد الملفات نفسها لا تضيف إلا الرسائل الأخرى.</numerusform>
            <numerusform>توقّف الاستيراد. تبقى في الخزنة %n رسائل استُوردت قبل الإلغاء؛ وإعادة استيراد الملفات نفسها لا تضيف إلا الرسائل الأخرى.</numerusform>
            <numerusform>توقّف الاستيراد. تبقى في الخزنة %n رسالة استُوردت قبل الإلغاء؛ وإعادة استيراد الملفات نفسها لا تضيف إلا الرسائل الأخرى.</numerusform>
            <numerusform>توقّف الاستيراد. تبقى في الخزنة %n رسالة استُوردت قبل الإلغاء؛ وإعادة استيراد الملفات نفسها لا تضيف إلا الرسائل الأخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>أُلغيت العملية. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>إغلاق (&amp;O)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>MailImportFeature</name>
    <message>
        <source>Import E&amp;mail…</source>
        <translation>استيراد البريد الإلكتروني… (&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Import saved email (.eml, Outlook .msg, mbox) as communications, with a preview first</source>
        <translation>استيراد رسائل البريد الإلكتروني المحفوظة (.eml و.msg من Outlook وmbox) كمراسلات، مع معاينتها أولًا</translation>
    </message>
    <message>
        <source>Import Email &amp;Folder…</source>
        <translation>استيراد مجلد بريد إلكتروني… (&amp;F)</translation>
    </message>
    <message>
        <source>Import every saved message in a folder and its subfolders</source>
        <translation>استيراد كل الرسائل المحفوظة في مجلد ومجلداته الفرعية</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>استيراد البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Saved email (*.eml *.msg *.mbox *.mbx);;All files, for mbox files without a suffix (*)</source>
        <translation>البريد الإلكتروني المحفوظ (*.eml *.msg *.mbox *.mbx);;كل الملفات، لملفات mbox التي بلا امتداد (*)</translation>
    </message>
    <message>
        <source>Import a folder of email</source>
        <translation>استيراد مجلد بريد إلكتروني</translation>
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
        <translation>قفل(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Lock the vault: close it and forget its key</source>
        <translation>قفل الخزنة: إغلاقها ونسيان مفتاحها</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About npmdesk</source>
        <translation>حول npmdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Destroy This Vault on This Device…</source>
        <translation>إتلاف هذه الخزنة على هذا الجهاز(&amp;D)…</translation>
    </message>
    <message>
        <source>Emergency erase: the keys go first, then every vault file</source>
        <translation>محو طارئ: تُمحى المفاتيح أولاً، ثم كل ملفات الخزنة</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>التفضيلات(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Idle lock, clipboard, language and default export recipients</source>
        <translation>القفل عند الخمول، والحافظة، واللغة، ومستلمو التصدير الافتراضيون</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>تحرير(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>قفل الخزنة</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>البحث في كل مكان(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search all records and attachments</source>
        <translation>البحث في جميع السجلات والمرفقات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تحديث(&amp;R)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>لوحة المعلومات(&amp;D)</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Show what is due, awaited and coming up</source>
        <translation>عرض المستحق والمنتظر والقادم</translation>
    </message>
    <message>
        <source>&amp;Previous list</source>
        <translation>القائمة السابقة(&amp;P)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>&amp;Next list</source>
        <translation>القائمة التالية(&amp;N)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال(&amp;G)</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>عرض لوحة المعلومات</translation>
    </message>
    <message>
        <source>About npmdesk</source>
        <translation>حول npmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;An encrypted vault for a national preventive mechanism&apos;s confidential correspondence with the UN Subcommittee on Prevention of Torture.&lt;/p&gt;&lt;p&gt;Works offline; nothing leaves this computer unencrypted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;خزنة مشفّرة للمراسلات السرية بين آلية وقائية وطنية واللجنة الفرعية لمنع التعذيب التابعة للأمم المتحدة.&lt;/p&gt;&lt;p&gt;يعمل دون اتصال بالشبكة؛ لا يخرج شيء من هذا الحاسوب دون تشفير.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Member devices</source>
        <translation>الأجهزة الأعضاء</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Applied here up to</source>
        <translation>طُبِّق هنا حتى</translation>
    </message>
    <message>
        <source>Has applied ours</source>
        <translation>طبّق ما لدينا</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر ظهور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Inbox</source>
        <translation>الوارد</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>التقارير السنوية</translation>
    </message>
    <message>
        <source>Requests for advice</source>
        <translation>طلبات المشورة</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>المعلومات المحدَّثة</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>الصندوق الخاص</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>الأعمال الانتقامية</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>With the regional team</source>
        <translation>مع الفريق الإقليمي</translation>
    </message>
    <message>
        <source>With the country rapporteur</source>
        <translation>مع المقرر القطري</translation>
    </message>
    <message>
        <source>With the Secretariat</source>
        <translation>مع الأمانة</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>عُدِّل في الجانبين</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>Lists of records</source>
        <translation>قوائم السجلات</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n record(s)</source>
        <translation>
            <numerusform>{name}: %Ln سجل</numerusform>
            <numerusform>{name}: سجل واحد (%Ln)</numerusform>
            <numerusform>{name}: سجلان (%Ln)</numerusform>
            <numerusform>{name}: %Ln سجلات</numerusform>
            <numerusform>{name}: %Ln سجلاً</numerusform>
            <numerusform>{name}: %Ln سجل</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Setting the new passphrase. This takes a few seconds…</source>
        <translation>جارٍ تعيين عبارة المرور الجديدة. يستغرق ذلك بضع ثوانٍ…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>اختر عبارة مرور جديدة</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery code. Choose the passphrase you will use from now on; the old one stops working. A recovery code opens the vault only once: next, npmdesk shows you a new recovery code to write down, and the code you used stops working as soon as you confirm that you have written down the new one.</source>
        <translation>فتحت الخزنة برمز الاسترداد. اختر عبارة المرور التي ستستخدمها من الآن فصاعداً؛ تتوقف العبارة القديمة عن العمل. يفتح رمز الاسترداد الخزنة مرة واحدة فقط: بعد ذلك يعرض لك npmdesk رمز استرداد جديداً لتدوّنه، ويتوقف الرمز الذي استخدمته عن العمل بمجرد تأكيدك أنك دوّنت الرمز الجديد.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور الجديدة(&amp;N):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>10 أحرف على الأقل؛ تذكّر عدة كلمات هو الأسهل</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>مشكلة في عبارة المرور</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>تأكيد عبارة المرور(&amp;F):</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>تأكيد عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>مشكلة في التأكيد</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>مشكلة في تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>&amp;Lock without changing</source>
        <translation>القفل دون تغيير(&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault without changing the passphrase</source>
        <translation>قفل الخزنة دون تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>تعيين عبارة المرور(&amp;S)</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>تعيين عبارة المرور الجديدة</translation>
    </message>
</context>
<context>
    <name>NpmdeskError</name>
    <message>
        <source>No passphrase given: run in a terminal, or use --passphrase-file FILE or the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>لم تُعطَ عبارة مرور: شغّل الأمر في طرفية، أو استخدم --passphrase-file FILE أو متغير البيئة NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No passphrase given: run in a terminal to be asked for it, or set the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>لم تُعطَ عبارة مرور: شغّل الأمر في طرفية ليُطلب منك إدخالها، أو عيّن متغير البيئة NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>This needs the package&apos;s passphrase: use --package-passphrase-file FILE, the NPMDESK_PACKAGE_PASSPHRASE environment variable, or run it in a terminal.</source>
        <translation>يتطلب هذا عبارة مرور الحزمة: استخدم --package-passphrase-file FILE، أو متغير البيئة NPMDESK_PACKAGE_PASSPHRASE، أو شغّل الأمر في طرفية.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>عبارتا المرور مختلفتان. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Nothing was typed: type the passphrase or code (npmdesk does not make one up).</source>
        <translation>لم يُكتب شيء: اكتب عبارة المرور أو الرمز (لا يختلق npmdesk واحدة).</translation>
    </message>
    <message>
        <source>Invalid use of &apos;npmdesk age&apos;: see &apos;npmdesk age --help&apos;.</source>
        <translation>استخدام غير صالح لـ &apos;npmdesk age&apos;: انظر &apos;npmdesk age --help&apos;.</translation>
    </message>
    <message>
        <source>Refusing to write binary encrypted data to the terminal: use -a (armor), -o FILE, or redirect the output.</source>
        <translation>رُفضت كتابة بيانات مشفّرة ثنائية في الطرفية: استخدم -a (مدرّع)، أو -o FILE، أو أعد توجيه المخرجات.</translation>
    </message>
    <message>
        <source>Nothing to change: give --field, --clear-field, --title, --status, --date, --due, --country, --article or --review-date.</source>
        <translation>لا شيء لتغييره: أعطِ --field أو --clear-field أو --title أو --status أو --date أو --due أو --country أو --article أو --review-date.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this contact&apos;s signing key. The contact was NOT marked as verified: compare again with the person, by phone for example.</source>
        <translation>البصمة التي كتبتها ليست بصمة مفتاح التوقيع لجهة الاتصال هذه. لم توسم جهة الاتصال بأنها متحقَّق منها: قارن مرة أخرى مع الشخص، عبر الهاتف مثلاً.</translation>
    </message>
    <message>
        <source>Give --purpose and --state together (for example --purpose spt_transmission --state refused).</source>
        <translation>أعطِ --purpose و--state معاً (مثلاً --purpose spt_transmission --state refused).</translation>
    </message>
    <message>
        <source>Another person of this record has that alias: choose another with --alias.</source>
        <translation>لشخص آخر في هذا السجل هذا الاسم المستعار: اختر اسماً آخر بـ --alias.</translation>
    </message>
    <message>
        <source>Give each field as --field NAME=VALUE, for example --field year=2025.</source>
        <translation>أعطِ كل حقل بالشكل --field NAME=VALUE، مثلاً --field year=2025.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>عبارة مرور خاطئة. تحقق من مفتاح Caps Lock ومن تخطيط لوحة المفاتيح، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This recovery code does not open this vault.</source>
        <translation>رمز الاسترداد هذا لا يفتح هذه الخزنة.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake: check each group of four characters against your written copy.</source>
        <translation>في رمز الاسترداد هذا خطأ في الكتابة: قارن كل مجموعة من أربعة أحرف بنسختك المكتوبة.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened safely. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>الخزنة تالفة ولا يمكن فتحها بأمان. لم يتغير شيء. استعد أحدث نسخة احتياطية (&apos;npmdesk restore&apos;).</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file asks for far more unlocking work than npmdesk ever sets, so it was not tried: the file is damaged or was tampered with. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>يطلب ملف خانات المفاتيح في الخزنة عملاً لفك القفل أكبر بكثير مما يعيّنه npmdesk على الإطلاق، لذا لم تُجرَّب: الملف تالف أو عُبث به. لم يتغير شيء. استعد أحدث نسخة احتياطية (&apos;npmdesk restore&apos;).</translation>
    </message>
    <message>
        <source>This vault is already open in another npmdesk window or command. Close it there first.</source>
        <translation>هذه الخزنة مفتوحة بالفعل في نافذة أو أمر آخر من npmdesk. أغلقها هناك أولاً.</translation>
    </message>
    <message>
        <source>This device has no working keyring, so npmdesk cannot remember the vault here. Use your passphrase.</source>
        <translation>لا توجد في هذا الجهاز حلقة مفاتيح عاملة، لذا لا يستطيع npmdesk تذكّر الخزنة هنا. استخدم عبارة المرور.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this device. Use your passphrase.</source>
        <translation>هذه الخزنة غير متذكَّرة على هذا الجهاز. استخدم عبارة المرور.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npmdesk. Install the latest version to open it; nothing was changed.</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من npmdesk. ثبّت أحدث إصدار لفتحها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>npmdesk could not update this vault to its new format, so it was left as it was. Keep using your backup and report the problem.</source>
        <translation>تعذّر على npmdesk تحديث هذه الخزنة إلى تنسيقها الجديد، لذا تُركت كما كانت. واصل استخدام نسختك الاحتياطية وأبلغ عن المشكلة.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>يجب ألا يقل طول عبارة المرور عن 10 أحرف.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>الخزنة مقفلة. افتح قفلها أولاً.</translation>
    </message>
    <message>
        <source>npmdesk could not write to the disk (is it full?). This change was not saved; everything saved before is safe. Free some space and try again.</source>
        <translation>تعذّر على npmdesk الكتابة على القرص (هل هو ممتلئ؟). لم يُحفظ هذا التغيير؛ وكل ما حُفظ من قبل آمن. حرّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The vault is busy with another task (an import or an attachment being added), so nothing was changed: try again when it has finished.</source>
        <translation>الخزنة مشغولة بمهمة أخرى (استيراد أو إضافة مرفق)، لذا لم يتغير شيء: حاول مرة أخرى عند انتهائها.</translation>
    </message>
    <message>
        <source>The disk is full (or was when this vault was unlocked), so this task cannot run and nothing was changed: free some space, then lock and unlock the vault.</source>
        <translation>القرص ممتلئ (أو كان كذلك عند فتح قفل هذه الخزنة)، لذا لا يمكن تشغيل هذه المهمة ولم يتغير شيء: حرّر بعض المساحة، ثم أقفل الخزنة وافتح قفلها.</translation>
    </message>
    <message>
        <source>This backup is damaged (cut short or altered) and cannot be restored. Nothing was changed. Try another copy of the backup.</source>
        <translation>هذه النسخة الاحتياطية تالفة (مبتورة أو معدَّلة) ولا يمكن استعادتها. لم يتغير شيء. جرّب نسخة أخرى من النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This backup&apos;s key slots ask for far more unlocking work than npmdesk ever sets, so it was not tried: the backup is damaged or was tampered with. Nothing was changed. Try another copy of the backup.</source>
        <translation>تطلب خانات المفاتيح في هذه النسخة الاحتياطية عملاً لفك القفل أكبر بكثير مما يعيّنه npmdesk على الإطلاق، لذا لم تُجرَّب: النسخة الاحتياطية تالفة أو عُبث بها. لم يتغير شيء. جرّب نسخة أخرى من النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of npmdesk. Install the latest version to restore it; nothing was changed.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من npmdesk. ثبّت أحدث إصدار لاستعادتها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A backup cannot be written inside the vault folder (an emergency erase would leave it behind); choose a place outside it.</source>
        <translation>لا يمكن كتابة نسخة احتياطية داخل مجلد الخزنة (سيتركها المحو الطارئ خلفه)؛ اختر مكاناً خارجه.</translation>
    </message>
    <message>
        <source>The backup was written but did not pass verification, so it was deleted. Check the disk you are writing to and try again.</source>
        <translation>كُتبت النسخة الاحتياطية لكنها لم تجتز التحقق، لذا حُذفت. تحقق من القرص الذي تكتب عليه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This package cannot be read. Nothing was changed.</source>
        <translation>لا يمكن قراءة هذه الحزمة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This age file is not an npmdesk package (its contents are not in the package format). Nothing was changed.</source>
        <translation>ملف age هذا ليس حزمة npmdesk (محتواه ليس بتنسيق الحزم). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of npmdesk (unknown format version). Update npmdesk to open it. Nothing was changed.</source>
        <translation>أُنشئت هذه الحزمة بإصدار أحدث من npmdesk (إصدار تنسيق غير معروف). حدّث npmdesk لفتحها. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This package&apos;s signature does not verify: it was altered after it was signed, or it is forged. Nothing was changed.</source>
        <translation>توقيع هذه الحزمة لا يتحقق: عُدِّلت بعد توقيعها، أو أنها مزوَّرة. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This package was re-addressed: it opens with your key, but its signed list of recipients does not name you. Ask the sender to export it for you again. Nothing was changed.</source>
        <translation>أُعيدت توجيه هذه الحزمة: تُفتح بمفتاحك، لكن قائمة مستلميها الموقّعة لا تذكرك. اطلب من المرسل أن يصدّرها لك من جديد. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>There is nothing to export: choose at least one record.</source>
        <translation>لا يوجد ما يُصدَّر: اختر سجلاً واحداً على الأقل.</translation>
    </message>
    <message>
        <source>This is not a valid npmdesk signing key (it starts with npmsig1 and has 65 characters).</source>
        <translation>هذا ليس مفتاح توقيع صالحاً لـ npmdesk (يبدأ بـ npmsig1 ويتكون من 65 حرفاً).</translation>
    </message>
    <message>
        <source>This package is not addressed to you: it was encrypted for other recipients, and none of your keys opens it. Ask the sender to export it for your key. Nothing was changed.</source>
        <translation>هذه الحزمة ليست موجهة إليك: شُفِّرت لمستلمين آخرين، ولا يفتحها أي من مفاتيحك. اطلب من المرسل أن يصدّرها لمفتاحك. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A record&apos;s consent changed while the package was being made (someone refused its transmission): start the export again to see what is left out. Nothing was written.</source>
        <translation>تغيّرت الموافقة على أحد السجلات أثناء إعداد الحزمة (رفض أحدهم إحالته): ابدأ التصدير من جديد لترى ما يُستبعد. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>This package was refused: it carries real names, and only a package from one of your NPM&apos;s own devices (a verified contact marked as such) may. Nothing was changed.</source>
        <translation>رُفضت هذه الحزمة: تحمل أسماءً حقيقية، ولا يجوز ذلك إلا لحزمة صادرة عن أحد أجهزة آليتك الوقائية الوطنية (جهة اتصال متحقَّق منها وموسومة بذلك). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A temporary file of this export was changed while it was being written, so nothing was exported. Check the disk and try again.</source>
        <translation>تغيّر ملف مؤقت لهذا التصدير أثناء كتابته، لذا لم يُصدَّر شيء. تحقق من القرص وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This record is in the bin. Restore it before changing its attachments.</source>
        <translation>هذا السجل في سلة المحذوفات. استعده قبل تغيير مرفقاته.</translation>
    </message>
    <message>
        <source>npmdesk is still working on attachments. Wait for it to finish, or cancel it first.</source>
        <translation>لا يزال npmdesk يعمل على المرفقات. انتظر حتى ينتهي، أو ألغِ العملية أولاً.</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name (the card may not carry one).</source>
        <translation>اكتب اسم جهة الاتصال (قد لا تحمل البطاقة اسماً).</translation>
    </message>
    <message>
        <source>Paste a contact card, or type at least the age recipient (age1…) or the signing key (npmsig1…).</source>
        <translation>الصق بطاقة جهة اتصال، أو اكتب على الأقل مستلم age (age1…) أو مفتاح التوقيع (npmsig1…).</translation>
    </message>
    <message>
        <source>Paste the age recipient (age1…) or the contact card: a package is encrypted to the age recipient.</source>
        <translation>الصق مستلم age (age1…) أو بطاقة جهة الاتصال: تُشفَّر الحزمة لمستلم age.</translation>
    </message>
    <message>
        <source>This is not an npmdesk contact card. A card starts with npmdesk-contact:1; copy it whole from the other person&apos;s Share my keys window.</source>
        <translation>هذه ليست بطاقة جهة اتصال من npmdesk. تبدأ البطاقة بـ npmdesk-contact:1؛ انسخها كاملة من نافذة «مشاركة مفاتيحي» لدى الشخص الآخر.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer version of npmdesk. Update npmdesk to read it.</source>
        <translation>أُنشئت بطاقة جهة الاتصال هذه بإصدار أحدث من npmdesk. حدّث npmdesk لقراءتها.</translation>
    </message>
    <message>
        <source>The age recipient in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>مستلم age في بطاقة جهة الاتصال هذه تالف (حرف خاطئ أو ناقص). اطلب البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <source>The signing key in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>مفتاح التوقيع في بطاقة جهة الاتصال هذه تالف (حرف خاطئ أو ناقص). اطلب البطاقة مرة أخرى.</translation>
    </message>
    <message>
        <source>Tick at least one contact who may open the package, or choose a passphrase instead.</source>
        <translation>حدّد جهة اتصال واحدة على الأقل يجوز لها فتح الحزمة، أو اختر عبارة مرور بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>Tick “I confirm these may leave the vault” after reviewing the records listed above.</source>
        <translation>حدّد «أؤكد أنه يجوز لهذه السجلات الخروج من الخزنة» بعد مراجعة السجلات المدرجة أعلاه.</translation>
    </message>
    <message>
        <source>There is no screen to show the npmdesk window on (started over SSH or without a desktop); use the npmdesk command line instead (npmdesk --help).</source>
        <translation>لا توجد شاشة لعرض نافذة npmdesk (شُغِّل عبر SSH أو دون سطح مكتب)؛ استخدم سطر أوامر npmdesk بدلاً من ذلك (npmdesk --help).</translation>
    </message>
    <message>
        <source>The npmdesk window cannot open because a system library Qt needs is missing (on Debian or Ubuntu: sudo apt-get install libxcb-cursor0); the npmdesk command line works meanwhile (npmdesk --help).</source>
        <translation>لا يمكن فتح نافذة npmdesk لأن مكتبة نظام يحتاجها Qt غير موجودة (في Debian أو Ubuntu: sudo apt-get install libxcb-cursor0)؛ ويعمل سطر أوامر npmdesk في هذه الأثناء (npmdesk --help).</translation>
    </message>
    <message>
        <source>npmdesk could not lay out the report.</source>
        <translation>تعذّر على npmdesk تنسيق التقرير.</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>اختر ملف النسخة الاحتياطية المراد استعادته.</translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation>اختر مجلداً جديداً للخزنة المستعادة.</translation>
    </message>
    <message>
        <source>A backup cannot be restored into this vault&apos;s folder or inside it; choose a new folder outside it. This vault was not changed.</source>
        <translation>لا يمكن استعادة نسخة احتياطية في مجلد هذه الخزنة أو داخله؛ اختر مجلداً جديداً خارجه. لم تتغير هذه الخزنة.</translation>
    </message>
    <message>
        <source>Type the passphrase the vault had when the backup was made, or use its recovery code.</source>
        <translation>اكتب عبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية، أو استخدم رمز الاسترداد الخاص بها.</translation>
    </message>
    <message>
        <source>This file is not an email message npmdesk can read (saved .eml, mbox or Outlook .msg); nothing was imported from it.</source>
        <translation>هذا الملف ليس رسالة بريد إلكتروني يستطيع npmdesk قراءتها (ملف .eml أو mbox أو Outlook .msg محفوظ)؛ لم يُستورد منه شيء.</translation>
    </message>
    <message>
        <source>This message has too many parts, or parts nested too deeply, to be a real email; nothing was imported from it.</source>
        <translation>لهذه الرسالة أجزاء كثيرة جداً، أو أجزاء متداخلة بعمق كبير، بحيث لا يمكن أن تكون رسالة بريد حقيقية؛ لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <source>Reading this message took too long; nothing was imported from it.</source>
        <translation>استغرقت قراءة هذه الرسالة وقتاً طويلاً جداً؛ لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <source>This attachment is no longer in the vault.</source>
        <translation>هذا المرفق لم يعد في الخزنة.</translation>
    </message>
    <message>
        <source>This attachment&apos;s content does not match its checksum; restore it from a backup.</source>
        <translation>محتوى هذا المرفق لا يطابق مجموعه الاختباري؛ استعده من نسخة احتياطية.</translation>
    </message>
    <message>
        <source>An attachment needs a file name of at most 255 characters, without control characters.</source>
        <translation>يحتاج المرفق إلى اسم ملف لا يزيد على 255 حرفاً، دون أحرف تحكم.</translation>
    </message>
    <message>
        <source>This draft cannot be kept: it is not form content npmdesk can store.</source>
        <translation>لا يمكن الاحتفاظ بهذه المسودة: ليست محتوى نموذج يستطيع npmdesk تخزينه.</translation>
    </message>
    <message>
        <source>This draft is too large to keep. Shorten the text or save the record.</source>
        <translation>هذه المسودة أكبر من أن يُحتفظ بها. اختصر النص أو احفظ السجل.</translation>
    </message>
    <message>
        <source>This draft is no longer in the vault.</source>
        <translation>هذه المسودة لم تعد في الخزنة.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. Reopen it to see the latest version (yours is kept in its history).</source>
        <translation>تغيّر هذا السجل في مكان آخر منذ أن فتحته. أعد فتحه لترى أحدث إصدار (تُحفظ نسختك في تاريخه).</translation>
    </message>
    <message>
        <source>Recommendations come from a visit report or the NPM&apos;s own report, not from the SPT&apos;s annual report or guidance: choose another report or none.</source>
        <translation>تصدر التوصيات عن تقرير زيارة أو عن تقرير الآلية الوقائية الوطنية نفسها، لا عن التقرير السنوي للجنة الفرعية أو توجيهاتها: اختر تقريراً آخر أو لا شيء.</translation>
    </message>
    <message>
        <source>The reply period must be a whole number of months from 1 to 36.</source>
        <translation>يجب أن تكون مهلة الرد عدداً صحيحاً من الأشهر من 1 إلى 36.</translation>
    </message>
    <message>
        <source>Name the person by a pseudonym from this record&apos;s people (for example person A), never by a real name.</source>
        <translation>سمِّ الشخص باسم مستعار من أشخاص هذا السجل (مثلاً person A)، وليس أبداً باسم حقيقي.</translation>
    </message>
    <message>
        <source>The call for applications must close on or after the day it opens, in the same year.</source>
        <translation>يجب أن يُغلق باب الدعوة لتقديم الطلبات في يوم فتحه أو بعده، في السنة نفسها.</translation>
    </message>
    <message>
        <source>The largest grant must be a positive amount in US dollars.</source>
        <translation>يجب أن تكون أكبر منحة مبلغاً موجباً بالدولار الأمريكي.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2027-01-01.</source>
        <translation>تُكتب التواريخ بالشكل YYYY-MM-DD، مثلاً 2027-01-01.</translation>
    </message>
    <message>
        <source>A record cannot change its kind (a contact stays a contact). Nothing was changed.</source>
        <translation>لا يمكن للسجل أن يغيّر نوعه (تبقى جهة الاتصال جهة اتصال). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Unknown report: choose correspondence-log, visit-dossier or recommendations.</source>
        <translation>تقرير غير معروف: اختر correspondence-log أو visit-dossier أو recommendations.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the start and end dates.</source>
        <translation>تنتهي الفترة قبل أن تبدأ: تحقق من تاريخي البدء والانتهاء.</translation>
    </message>
    <message>
        <source>A visit dossier is about one visit: choose the visit (on the command line, --visit ID).</source>
        <translation>يخص ملف الزيارة زيارة واحدة: اختر الزيارة (في سطر الأوامر، --visit ID).</translation>
    </message>
    <message>
        <source>A change of recovery code did not finish last time: your previous code still opens the vault. Here is a new recovery code; the previous one stops working when you continue.</source>
        <translation>لم يكتمل تغيير رمز الاسترداد في المرة السابقة: لا يزال رمزك السابق يفتح الخزنة. إليك رمز استرداد جديداً؛ ويتوقف الرمز السابق عن العمل عندما تتابع.</translation>
    </message>
    <message>
        <source>Standard input can be used only once: give INPUT, -R and -i files as paths when one of them is &apos;-&apos;.</source>
        <translation>لا يمكن استخدام الدخل القياسي إلا مرة واحدة: أعطِ ملفات INPUT و-R و-i كمسارات عندما يكون أحدها &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Missing recipients: give -r RECIPIENT, -R FILE, -i FILE or -p.</source>
        <translation>مستلمون مفقودون: أعطِ -r RECIPIENT أو -R FILE أو -i FILE أو -p.</translation>
    </message>
    <message>
        <source>This package was not signed by the key you expected. Nothing was written.</source>
        <translation>لم تُوقَّع هذه الحزمة بالمفتاح الذي توقعته. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Reports are written in English (en), French (fr), Spanish (es), Arabic (ar), Russian (ru) or Portuguese (pt).</source>
        <translation>تُكتب التقارير بالإنجليزية (en) أو الفرنسية (fr) أو الإسبانية (es) أو العربية (ar) أو الروسية (ru) أو البرتغالية (pt).</translation>
    </message>
    <message>
        <source>A protected PDF is opened with a password, not an age key: use --passphrase (npmdesk generates the password) or --passphrase --package-passphrase-file F.</source>
        <translation>يُفتح ملف PDF المحمي بكلمة مرور، لا بمفتاح age: استخدم --passphrase (يُنشئ npmdesk كلمة المرور) أو --passphrase --package-passphrase-file F.</translation>
    </message>
    <message>
        <source>You stopped waiting for this write, so it was not made.</source>
        <translation>توقّفتَ عن انتظار عملية الكتابة هذه، لذا لم تُنفَّذ.</translation>
    </message>
    <message>
        <source>npmdesk could not remember the vault on this device. Use your passphrase.</source>
        <translation>تعذّر على npmdesk تذكّر الخزنة على هذا الجهاز. استخدم عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>This file is neither an encrypted npmdesk package nor a password-protected PDF: npmdesk never attaches an unencrypted file to an email. Export it as a package or a protected PDF first.</source>
        <translation>هذا الملف ليس حزمة npmdesk مشفّرة ولا ملف PDF محميًا بكلمة مرور: لا يُرفق npmdesk أبدًا ملفًا غير مشفّر برسالة بريد إلكتروني. صدِّره أولًا كحزمة أو كملف PDF محمي.</translation>
    </message>
    <message>
        <source>This vault has no record of exporting a file of this name: choose the package or protected PDF as npmdesk exported it (under the name it was given), or export it again.</source>
        <translation>لم تُصدِّر هذه الخزنة أي ملف بهذا الاسم: اختر الحزمة أو ملف PDF المحمي كما صدّره npmdesk (بالاسم الذي أُعطي له)، أو صدِّره مجددًا.</translation>
    </message>
    <message>
        <source>npmdesk could not read this file: check that it is still there and readable.</source>
        <translation>تعذّر على npmdesk قراءة هذا الملف: تحقّق من أنه لا يزال موجودًا وقابلًا للقراءة.</translation>
    </message>
    <message>
        <source>Give at least one recipient&apos;s email address.</source>
        <translation>أدخِل عنوان البريد الإلكتروني لمستلم واحد على الأقل.</translation>
    </message>
    <message>
        <source>A recipient&apos;s address is not an email address (name@example.org): check the addresses.</source>
        <translation>عنوان أحد المستلمين ليس عنوان بريد إلكتروني (name@example.org): تحقّق من العناوين.</translation>
    </message>
    <message>
        <source>This vault has no team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>ليس لهذه الخزنة مجلد فريق بعد: اختر مجلدًا بالأمر &apos;npmdesk team folder DIR&apos;.</translation>
    </message>
    <message>
        <source>The team folder cannot be inside the vault&apos;s folder: choose another one. Nothing was changed.</source>
        <translation>لا يمكن أن يكون مجلد الفريق داخل مجلد الخزنة: اختر مجلدًا آخر. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Another member already has this signing key (or it is this vault&apos;s own): a device joins the team once. Nothing was changed.</source>
        <translation>لدى عضو آخر مفتاح التوقيع هذا بالفعل (أو هو مفتاح هذه الخزنة نفسها): ينضم الجهاز إلى الفريق مرة واحدة فقط. لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>-e/--encrypt and -d/--decrypt cannot be used together.</source>
        <translation>لا يمكن استخدام -e/--encrypt و-d/--decrypt معًا.</translation>
    </message>
    <message>
        <source>-i/--identity can be used when encrypting only with an explicit -e/--encrypt (to encrypt to the keys&apos; public keys); to decrypt, add -d.</source>
        <translation>لا يُستخدم -i/--identity في التشفير إلا مع -e/--encrypt صريح (للتشفير إلى المفاتيح العامة لتلك المفاتيح)؛ لفك التشفير أضف -d.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be combined with -r, -R or -i.</source>
        <translation>لا يمكن الجمع بين -p/--passphrase و-r أو -R أو -i.</translation>
    </message>
    <message>
        <source>-r/-R cannot be used with -d/--decrypt.</source>
        <translation>لا يمكن استخدام -r/-R مع -d/--decrypt.</translation>
    </message>
    <message>
        <source>-a/--armor cannot be used with -d/--decrypt: armor is detected.</source>
        <translation>لا يمكن استخدام -a/--armor مع -d/--decrypt: يُكتشف التدريع تلقائيًا.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be used with -d/--decrypt: passphrase-protected files are detected (you will be asked for the passphrase).</source>
        <translation>لا يمكن استخدام -p/--passphrase مع -d/--decrypt: تُكتشف الملفات المحمية بعبارة مرور (وستُطلب منك العبارة).</translation>
    </message>
    <message>
        <source>--visit, --from and --to choose a report&apos;s records: give --report KIND with them (a contact is --to-contact NAME).</source>
        <translation>تختار --visit و--from و--to سجلات التقرير: أعطِ معها --report KIND (وجهة الاتصال هي --to-contact NAME).</translation>
    </message>
    <message>
        <source>--armor is for packages; a protected PDF is written as a PDF.</source>
        <translation>--armor للحزم؛ أما ملف PDF المحمي فيُكتب بصيغة PDF.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it must be a small text file (its first line is used).</source>
        <translation>تتعذر قراءة {path}: يجب أن يكون ملفًا نصيًا صغيرًا (يُستخدم سطره الأول).</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}.</source>
        <translation>تتعذر قراءة الملف ({what}) {path}.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>تتعذر قراءة {path}.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name, or add --force to replace it.</source>
        <translation>{path} موجود بالفعل: اختر اسم ملف آخر، أو أضف --force لاستبداله.</translation>
    </message>
    <message>
        <source>There is no folder {path} to write the report in.</source>
        <translation>لا يوجد مجلد {path} لكتابة التقرير فيه.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is damaged (%n problem(s) found). Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>
            <numerusform>الخزنة تالفة (عُثر على %Ln مشكلة). استعد أحدث نسخة احتياطية (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>الخزنة تالفة (عُثر على مشكلة واحدة: %Ln). استعد أحدث نسخة احتياطية (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>الخزنة تالفة (عُثر على مشكلتين: %Ln). استعد أحدث نسخة احتياطية (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>الخزنة تالفة (عُثر على %Ln مشكلات). استعد أحدث نسخة احتياطية (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>الخزنة تالفة (عُثر على %Ln مشكلةً). استعد أحدث نسخة احتياطية (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>الخزنة تالفة (عُثر على %Ln مشكلة). استعد أحدث نسخة احتياطية (&apos;npmdesk restore&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Several contacts are named {name}; give the contact&apos;s id instead.</source>
        <translation>هناك عدة جهات اتصال باسم {name}؛ أعطِ معرّف جهة الاتصال بدلًا منه.</translation>
    </message>
    <message>
        <source>There is no contact named {name} (closest existing names: {closest}); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>لا توجد جهة اتصال باسم {name} (أقرب الأسماء الموجودة: {closest})؛ لم يُضف شيء: أعطِ اسم جهة اتصال موجودة أو معرّفها، أو أنشئ واحدة عمدًا بـ --new-counterpart NAME (أو &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>There is no contact named {name} (no contact has a similar name); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>لا توجد جهة اتصال باسم {name} (لا توجد جهة اتصال باسم مشابه)؛ لم يُضف شيء: أعطِ اسم جهة اتصال موجودة أو معرّفها، أو أنشئ واحدة عمدًا بـ --new-counterpart NAME (أو &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>A contact named {name} already exists; nothing was added: use --counterpart to name them.</source>
        <translation>توجد بالفعل جهة اتصال باسم {name}؛ لم يُضف شيء: استخدم --counterpart لتسميتها.</translation>
    </message>
    <message>
        <source>There is no contact {name} (give the contact&apos;s name or id).</source>
        <translation>لا توجد جهة اتصال {name} (أعطِ اسم جهة الاتصال أو معرّفها).</translation>
    </message>
    <message>
        <source>The signing key stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>مفتاح التوقيع المحفوظ لجهة الاتصال {name} مشوَّه: أزله بـ &apos;npmdesk contact remove-key&apos;، ثم أضف المفتاح الصحيح.</translation>
    </message>
    <message>
        <source>The age recipient stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>مستلم age المحفوظ لجهة الاتصال {name} مشوَّه: أزله بـ &apos;npmdesk contact remove-key&apos;، ثم أضف الصحيح.</translation>
    </message>
    <message>
        <source>Verify the keys of {name} first (&apos;npmdesk contact verify&apos;): only a verified contact can be marked as one of your NPM&apos;s own devices. Nothing was changed.</source>
        <translation>تحقق أولًا من مفاتيح {name} (&apos;npmdesk contact verify&apos;): لا يمكن وسم جهة اتصال بأنها أحد أجهزة آليتك الوقائية الوطنية إلا إذا تُحقق منها. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The contact {name} has no age recipient yet: add it first.</source>
        <translation>ليس لجهة الاتصال {name} مستلم age بعد: أضفه أولًا.</translation>
    </message>
    <message>
        <source>The contact {name} has no signing key to verify.</source>
        <translation>ليس لجهة الاتصال {name} مفتاح توقيع للتحقق منه.</translation>
    </message>
    <message>
        <source>{refusal} To preview or import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} لمعاينتها أو استيرادها بعد المقارنة، أضف --accept-unverified.</translation>
    </message>
    <message>
        <source>{refusal} To import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} لاستيرادها بعد المقارنة، أضف --accept-unverified.</translation>
    </message>
    <message>
        <source>There is no kind of record {kind}; the kinds are: {kinds} (&apos;npmdesk kinds&apos; shows their fields).</source>
        <translation>لا يوجد نوع سجل {kind}؛ الأنواع هي: {kinds} (يعرض &apos;npmdesk kinds&apos; حقولها).</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no field {name}; its fields are: {fields}.</source>
        <translation>ليس لسجل من النوع {kind} حقل {name}؛ حقوله هي: {fields}.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact verify&apos;, after comparing fingerprints.</source>
        <translation>لا يُضبط الحقل {name} بـ --field: يضبطه &apos;npmdesk contact verify&apos; بعد مقارنة البصمات.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact own-device&apos;, for a contact whose keys are verified.</source>
        <translation>لا يُضبط الحقل {name} بـ --field: يضبطه &apos;npmdesk contact own-device&apos; لجهة اتصال تُحقق من مفاتيحها.</translation>
    </message>
    <message>
        <source>The field {name} takes one value: give it once (with --field or --clear-field).</source>
        <translation>يقبل الحقل {name} قيمة واحدة: أعطها مرة واحدة (بـ --field أو --clear-field).</translation>
    </message>
    <message>
        <source>The field {name} takes {allowed}.</source>
        <translation>يقبل الحقل {name}: {allowed}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} needs the field {name}: add --field {field}=VALUE, where VALUE is {allowed}.</source>
        <translation>يحتاج سجل من النوع {kind} إلى الحقل {name}: أضف --field {field}=VALUE حيث VALUE: {allowed}.</translation>
    </message>
    <message>
        <source>The field {name} is required for a record of kind {kind}, so it cannot be cleared.</source>
        <translation>الحقل {name} إلزامي لسجل من النوع {kind}، لذا لا يمكن إفراغه.</translation>
    </message>
    <message>
        <source>The field {name} lists records of this vault, and there is no record {record_id} in it.</source>
        <translation>يسرد الحقل {name} سجلات هذه الخزنة، ولا يوجد فيها سجل {record_id}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no status {status}; its statuses are: {statuses}.</source>
        <translation>ليس لسجل من النوع {kind} الحالة {status}؛ حالاته هي: {statuses}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} whose {field} is {value} has no status {status}; its statuses are: {statuses}.</source>
        <translation>ليس لسجل من النوع {kind} قيمة {field} فيه {value} الحالة {status}؛ حالاته هي: {statuses}.</translation>
    </message>
    <message>
        <source>{address} is not the address of anyone in these messages; give an address that &apos;mail import --dry-run&apos; lists as not among your contacts.</source>
        <translation>{address} ليس عنوان أي شخص في هذه الرسائل؛ أعطِ عنوانًا يسرده &apos;mail import --dry-run&apos; على أنه ليس من جهات اتصالك.</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Create one with &apos;npmdesk init&apos;.</source>
        <translation>لا توجد خزنة في {path}. أنشئ واحدة بـ &apos;npmdesk init&apos;.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another place for the new vault.</source>
        <translation>{path} موجود بالفعل؛ اختر مكانًا آخر للخزنة الجديدة.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk vault.</source>
        <translation>{path} ليس خزنة npmdesk.</translation>
    </message>
    <message>
        <source>The vault folder {path} was moved or deleted while it was open. This change was not saved; lock the vault and open it where it is now.</source>
        <translation>نُقل مجلد الخزنة {path} أو حُذف وهو مفتوح. لم يُحفظ هذا التغيير؛ أقفل الخزنة وافتحها في مكانها الحالي.</translation>
    </message>
    <message>
        <source>npmdesk cannot write to {path}: check that the folder exists and is writable.</source>
        <translation>لا يستطيع npmdesk الكتابة في {path}: تحقق من أن المجلد موجود وقابل للكتابة.</translation>
    </message>
    <message>
        <source>The disk is full ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>القرص ممتلئ ({path})، فلم يُكتب شيء ولم يتغير شيء: حرّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>القرص ممتلئ، فلم يُكتب شيء ولم يتغير شيء: حرّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your disk quota is used up ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>استُنفدت حصتك من القرص ({path})، فلم يُكتب شيء ولم يتغير شيء: حرّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your disk quota is used up, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>استُنفدت حصتك من القرص، فلم يُكتب شيء ولم يتغير شيء: حرّر بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The disk is read-only ({path}), so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>القرص للقراءة فقط ({path})، فلم يُكتب شيء ولم يتغير شيء: اختر مكانًا قابلًا للكتابة أو اجعل القرص قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>القرص للقراءة فقط، فلم يُكتب شيء ولم يتغير شيء: اختر مكانًا قابلًا للكتابة أو اجعل القرص قابلًا للكتابة.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use {path}, so nothing was changed: check its permissions.</source>
        <translation>لا يُسمح لـ npmdesk باستخدام {path}، فلم يتغير شيء: تحقق من أذوناته.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use this file, so nothing was changed: check its permissions.</source>
        <translation>لا يُسمح لـ npmdesk باستخدام هذا الملف، فلم يتغير شيء: تحقق من أذوناته.</translation>
    </message>
    <message>
        <source>The file is too large for this disk ({path}) (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>الملف أكبر من أن يتسع له هذا القرص ({path}) (تتسع أقراص FAT32 لـ 4 غيغابايت كحد أقصى لكل ملف)، فلم يُكتب شيء ولم يتغير شيء: اختر قرصًا آخر.</translation>
    </message>
    <message>
        <source>The file is too large for this disk (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>الملف أكبر من أن يتسع له هذا القرص (تتسع أقراص FAT32 لـ 4 غيغابايت كحد أقصى لكل ملف)، فلم يُكتب شيء ولم يتغير شيء: اختر قرصًا آخر.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk backup.</source>
        <translation>{path} ليس نسخة احتياطية من npmdesk.</translation>
    </message>
    <message>
        <source>{path} already exists; npmdesk never overwrites a file: choose another name.</source>
        <translation>{path} موجود بالفعل؛ لا يستبدل npmdesk أي ملف أبدًا: اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Nothing was erased. To erase the vault at {path}, confirm with its folder name: --yes-destroy {expected}</source>
        <translation>لم يُمحَ شيء. لمحو الخزنة في {path}، أكّد باسم مجلدها: --yes-destroy {expected}</translation>
    </message>
    <message>
        <source>Cannot read {path}: check that the file exists and that you may read it.</source>
        <translation>تتعذر قراءة {path}: تحقق من أن الملف موجود ومن أنك تستطيع قراءته.</translation>
    </message>
    <message>
        <source>npmdesk could not erase the keys of the vault at {path}: check that you may write to that folder, then run the erase again.</source>
        <translation>تعذّر على npmdesk محو مفاتيح الخزنة في {path}: تحقق من أنك تستطيع الكتابة في ذلك المجلد، ثم أعد تشغيل المحو.</translation>
    </message>
    <message>
        <source>This package is damaged or was tampered with ({detail}). Nothing was changed.</source>
        <translation>هذه الحزمة تالفة أو عُبث بها ({detail}). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This package exceeds a safety limit ({detail}). Nothing was changed.</source>
        <translation>تتجاوز هذه الحزمة حدًا من حدود الأمان ({detail}). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Record {record_id} in this package is not valid: {detail} Nothing was changed.</source>
        <translation>السجل {record_id} في هذه الحزمة غير صالح: {detail} لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This package was signed by {signer}. Compare the fingerprint with the sender (by phone, for example), then import again confirming it. Nothing was changed.</source>
        <translation>وقّع هذه الحزمة {signer}. قارن البصمة مع المرسِل (بالهاتف مثلًا)، ثم استورد مرة أخرى مع تأكيدها. لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the records to export are strictly confidential, internal to the NPM or hold personal data without recorded consent. Review them and confirm before anything is written.</source>
        <translation>
            <numerusform>عدد السجلات المراد تصديرها التي هي سرية للغاية أو داخلية للآلية الوقائية الوطنية أو تحوي بيانات شخصية دون موافقة مسجلة: %Ln. راجعها وأكّد قبل كتابة أي شيء.</numerusform>
            <numerusform>عدد السجلات المراد تصديرها التي هي سرية للغاية أو داخلية للآلية الوقائية الوطنية أو تحوي بيانات شخصية دون موافقة مسجلة: %Ln. راجعها وأكّد قبل كتابة أي شيء.</numerusform>
            <numerusform>عدد السجلات المراد تصديرها التي هي سرية للغاية أو داخلية للآلية الوقائية الوطنية أو تحوي بيانات شخصية دون موافقة مسجلة: %Ln. راجعها وأكّد قبل كتابة أي شيء.</numerusform>
            <numerusform>عدد السجلات المراد تصديرها التي هي سرية للغاية أو داخلية للآلية الوقائية الوطنية أو تحوي بيانات شخصية دون موافقة مسجلة: %Ln. راجعها وأكّد قبل كتابة أي شيء.</numerusform>
            <numerusform>عدد السجلات المراد تصديرها التي هي سرية للغاية أو داخلية للآلية الوقائية الوطنية أو تحوي بيانات شخصية دون موافقة مسجلة: %Ln. راجعها وأكّد قبل كتابة أي شيء.</numerusform>
            <numerusform>عدد السجلات المراد تصديرها التي هي سرية للغاية أو داخلية للآلية الوقائية الوطنية أو تحوي بيانات شخصية دون موافقة مسجلة: %Ln. راجعها وأكّد قبل كتابة أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} is not empty: choose a new or empty folder to unpack into.</source>
        <translation>المجلد {folder} ليس فارغًا: اختر مجلدًا جديدًا أو فارغًا لفك الحزمة فيه.</translation>
    </message>
    <message>
        <source>npmdesk could not write the backup: {reason}.</source>
        <translation>تعذّر على npmdesk كتابة النسخة الاحتياطية: {reason}.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}. Nothing was saved.</source>
        <translation>تعذّر على npmdesk كتابة {path}. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>npmdesk could not restore the backup: {reason}. Nothing was created.</source>
        <translation>تعذّر على npmdesk استعادة النسخة الاحتياطية: {reason}. لم يُنشأ شيء.</translation>
    </message>
    <message>
        <source>{path} could not be read (it is missing, a folder npmdesk cannot open, or not readable by you); nothing was imported from it.</source>
        <translation>تعذّرت قراءة {path} (مفقود، أو مجلد لا يستطيع npmdesk فتحه، أو لا تستطيع قراءته)؛ لم يُستورد منه شيء.</translation>
    </message>
    <message>
        <source>There is no record {record_id} in this vault.</source>
        <translation>لا يوجد سجل {record_id} في هذه الخزنة.</translation>
    </message>
    <message>
        <source>{code} is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>{code} ليس الرمز المكوّن من حرفين لدولة طرف في البروتوكول الاختياري؛ يسردها &apos;npmdesk states&apos;.</translation>
    </message>
    <message>
        <source>That is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>هذا ليس الرمز المكوّن من حرفين لدولة طرف في البروتوكول الاختياري؛ يسردها &apos;npmdesk states&apos;.</translation>
    </message>
    <message>
        <source>The end date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>تاريخ النهاية ليس تاريخًا صالحًا: اكتبه YYYY-MM-DD، مثل 2026-01-31.</translation>
    </message>
    <message>
        <source>The start date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>تاريخ البداية ليس تاريخًا صالحًا: اكتبه YYYY-MM-DD، مثل 2026-01-31.</translation>
    </message>
    <message>
        <source>Record {record_id} is not a visit: a visit dossier needs a visit&apos;s id.</source>
        <translation>السجل {record_id} ليس زيارة: يحتاج ملف الزيارة إلى معرّف زيارة.</translation>
    </message>
    <message>
        <source>The report would list more than {limit} records: choose a shorter period.</source>
        <translation>سيسرد التقرير أكثر من {limit} سجل: اختر فترة أقصر.</translation>
    </message>
    <message>
        <source>The team folder {path} is not there (is the disk or the share connected?). Nothing was changed.</source>
        <translation>مجلد الفريق {path} غير موجود (هل القرص أو المشاركة متصلة؟). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{path} is not a folder: choose an existing folder that your sync engine keeps in step. Nothing was changed.</source>
        <translation>{path} ليس مجلدًا: اختر مجلدًا موجودًا يبقيه محرك المزامنة لديك متطابقًا. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} is not a verified contact marked as one of your NPM&apos;s own devices (&apos;npmdesk contact verify&apos;, then &apos;npmdesk contact own-device&apos;), so it cannot join the team. Nothing was changed.</source>
        <translation>{name} ليس جهة اتصال مُتحققًا منها موسومة بأنها أحد أجهزة آليتك الوقائية الوطنية (&apos;npmdesk contact verify&apos; ثم &apos;npmdesk contact own-device&apos;)، لذا لا يمكنها الانضمام إلى الفريق. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} has no age recipient to encrypt changesets for: add its age1… key first. Nothing was changed.</source>
        <translation>ليس لـ {name} مستلم age لتشفير مجموعات التغييرات له: أضف مفتاحه age1… أولًا. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} is already a member of the team.</source>
        <translation>{name} عضو في الفريق بالفعل.</translation>
    </message>
    <message>
        <source>{name} is not a member of the team. Nothing was changed.</source>
        <translation>{name} ليس عضوًا في الفريق. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>This team file was refused ({detail}). Nothing was changed.</source>
        <translation>رُفض ملف الفريق هذا ({detail}). لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>The keys are erased, so nobody can open this vault any more, but %n file(s) in it could not be deleted. Close npmdesk everywhere and run the erase again.</source>
        <translation>
            <numerusform>مُحيت المفاتيح، فلم يعد أحد يستطيع فتح هذه الخزنة، لكن تعذّر حذف ملفات فيها (عددها %Ln). أغلق npmdesk في كل مكان وأعد تشغيل المحو.</numerusform>
            <numerusform>مُحيت المفاتيح، فلم يعد أحد يستطيع فتح هذه الخزنة، لكن تعذّر حذف ملفات فيها (عددها %Ln). أغلق npmdesk في كل مكان وأعد تشغيل المحو.</numerusform>
            <numerusform>مُحيت المفاتيح، فلم يعد أحد يستطيع فتح هذه الخزنة، لكن تعذّر حذف ملفات فيها (عددها %Ln). أغلق npmdesk في كل مكان وأعد تشغيل المحو.</numerusform>
            <numerusform>مُحيت المفاتيح، فلم يعد أحد يستطيع فتح هذه الخزنة، لكن تعذّر حذف ملفات فيها (عددها %Ln). أغلق npmdesk في كل مكان وأعد تشغيل المحو.</numerusform>
            <numerusform>مُحيت المفاتيح، فلم يعد أحد يستطيع فتح هذه الخزنة، لكن تعذّر حذف ملفات فيها (عددها %Ln). أغلق npmdesk في كل مكان وأعد تشغيل المحو.</numerusform>
            <numerusform>مُحيت المفاتيح، فلم يعد أحد يستطيع فتح هذه الخزنة، لكن تعذّر حذف ملفات فيها (عددها %Ln). أغلق npmdesk في كل مكان وأعد تشغيل المحو.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid signing key: clear the field, or paste the whole key (npmsig1…, 65 characters).</source>
        <translation>هذا ليس مفتاح توقيع صالحًا: أفرغ الحقل، أو الصق المفتاح كاملًا (npmsig1…، 65 حرفًا).</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: clear the field, or paste the whole key (age1…, 62 characters).</source>
        <translation>هذا ليس مستلم age صالحًا: أفرغ الحقل، أو الصق المفتاح كاملًا (age1…، 62 حرفًا).</translation>
    </message>
    <message>
        <source>This export holds {documents} documents; a package holds at most {limit}: export them in several packages. Nothing was written.</source>
        <translation>يضم هذا التصدير {documents} مستندًا؛ وتضم الحزمة {limit} كحد أقصى: صدّرها في عدة حزم. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>This export is for {recipients} recipients; a package can be for at most {limit}: export it in several packages. Nothing was written.</source>
        <translation>هذا التصدير لـ {recipients} مستلمًا؛ ويمكن أن تكون الحزمة لـ {limit} كحد أقصى: صدّره في عدة حزم. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Record {record_id} is too large to travel in a package (over {size} MiB of package text, or over {items} values): shorten its text or move it into an attachment, then export again. Nothing was written.</source>
        <translation>السجل {record_id} أكبر من أن ينتقل في حزمة (أكثر من {size} ميبيبايت من نص الحزمة، أو أكثر من {items} قيمة): اختصر نصه أو انقله إلى مرفق، ثم صدّر مرة أخرى. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>This export is beyond what a version 1 package holds ({records} records, {files} files): export a smaller selection (by dates or types). Nothing was written.</source>
        <translation>يتجاوز هذا التصدير ما تتسع له حزمة الإصدار 1 ({records} سجل، {files} ملف): صدّر مجموعة أصغر (حسب التواريخ أو الأنواع). لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Record {record_id} has {count} attachments; a record travels with at most {limit}: move some of them to another record. Nothing was written.</source>
        <translation>للسجل {record_id} {count} مرفقًا؛ وينتقل السجل مع {limit} كحد أقصى: انقل بعضها إلى سجل آخر. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>This draft cannot be read back into a form.</source>
        <translation>لا يمكن قراءة هذه المسودة في نموذج.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>تُكتب التواريخ YYYY-MM-DD، مثل 2026-11-29.</translation>
    </message>
    <message>
        <source>The counterpart must be a contact in this vault.</source>
        <translation>يجب أن يكون الطرف المقابل جهة اتصال في هذه الخزنة.</translation>
    </message>
    <message>
        <source>Countries are two-letter codes such as FR or MX.</source>
        <translation>البلدان رموز من حرفين مثل FR أو MX.</translation>
    </message>
    <message>
        <source>Personal data is yes or no.</source>
        <translation>البيانات الشخصية: نعم أو لا.</translation>
    </message>
    <message>
        <source>Too many tags.</source>
        <translation>وسوم كثيرة جدًا.</translation>
    </message>
    <message>
        <source>Too many people in one record.</source>
        <translation>أشخاص كثيرون جدًا في سجل واحد.</translation>
    </message>
    <message>
        <source>OPCAT articles are numbered 1 to 37, with sub-paragraphs such as 11(1)(b)(ii) or 19(b).</source>
        <translation>مواد البروتوكول الاختياري مرقمة من 1 إلى 37، مع فقرات فرعية مثل 11(1)(b)(ii) أو 19(b).</translation>
    </message>
    <message>
        <source>A link must name another record and a known relation.</source>
        <translation>يجب أن يسمّي الرابط سجلًا آخر وعلاقة معروفة.</translation>
    </message>
    <message>
        <source>Consent is recorded per person.</source>
        <translation>تُسجَّل الموافقة لكل شخص.</translation>
    </message>
    <message>
        <source>Give each person a pseudonym before recording their consent.</source>
        <translation>أعطِ كل شخص اسمًا مستعارًا قبل تسجيل موافقته.</translation>
    </message>
    <message>
        <source>Each person&apos;s consent is recorded once.</source>
        <translation>تُسجَّل موافقة كل شخص مرة واحدة.</translation>
    </message>
    <message>
        <source>Child and capacity are yes or no.</source>
        <translation>الطفل والأهلية: نعم أو لا.</translation>
    </message>
    <message>
        <source>Each purpose is recorded once per person.</source>
        <translation>يُسجَّل كل غرض مرة واحدة لكل شخص.</translation>
    </message>
    <message>
        <source>Consent names a known purpose and state.</source>
        <translation>تسمّي الموافقة غرضًا وحالة معروفين.</translation>
    </message>
    <message>
        <source>Consent is obtained orally or in writing.</source>
        <translation>تُؤخذ الموافقة شفهيًا أو كتابيًا.</translation>
    </message>
    <message>
        <source>This record is not a visit.</source>
        <translation>هذا السجل ليس زيارة.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} ليس تاريخاً حقيقياً: عدد أيام {month} هو {days}.</translation>
    </message>
    <message>
        <source>{date} is not a real date: months are numbered 01 to 12.</source>
        <translation>{date} ليس تاريخاً حقيقياً: تُرقَّم الأشهر من 01 إلى 12.</translation>
    </message>
    <message>
        <source>The list of files this program offered is damaged; nothing was imported from it.</source>
        <translation>قائمة الملفات التي قدّمها هذا البرنامج تالفة؛ لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where this message is in its folder file (not every version does, and compacting a folder moves messages): drag the message to the desktop first, then drop the file here; nothing was imported from it.</source>
        <translation>لم يحدّد Thunderbird موضع هذه الرسالة في ملف المجلد (لا تفعل ذلك كل الإصدارات، وضغط المجلد ينقل الرسائل): اسحب الرسالة أولاً إلى سطح المكتب، ثم أفلت الملف هنا؛ لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <source>--open needs a desktop session with a mail program, and none was found here: leave out --open and open the draft in your mail program yourself.</source>
        <translation>يحتاج --open إلى جلسة سطح مكتب فيها برنامج بريد، ولم يُعثر على أيٍّ منها هنا: احذف --open وافتح المسودة بنفسك في برنامج البريد.</translation>
    </message>
    <message>
        <source>The system could not open the draft: open it in your mail program yourself.</source>
        <translation>تعذّر على النظام فتح المسودة: افتحها بنفسك في برنامج البريد.</translation>
    </message>
    <message>
        <source>npmdesk cannot write in {path}: choose a folder you can write to (each device writes its own subfolder there). Nothing was changed.</source>
        <translation>لا يستطيع npmdesk الكتابة في {path}: اختر مجلداً يمكنك الكتابة فيه (يكتب كل جهاز مجلده الفرعي الخاص فيه). لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>This message is larger than {limit} MiB, the most npmdesk imports from one message; nothing was imported from it.</source>
        <translation>هذه الرسالة أكبر من {limit} ميبيبايت، وهو أقصى ما يستورده npmdesk من رسالة واحدة؛ لم يُستورد منها شيء.</translation>
    </message>
    <message>
        <source>{name} is longer than its manifest says</source>
        <translation>{name} أطول مما يذكره بيانها</translation>
    </message>
    <message>
        <source>{name} does not match its manifest</source>
        <translation>{name} لا يطابق بيانها</translation>
    </message>
    <message>
        <source>{name} is not the file its manifest lists next</source>
        <translation>{name} ليس الملف الذي يذكره بيانها تاليًا</translation>
    </message>
    <message>
        <source>an attachment has the id of a different attachment in your vault</source>
        <translation>يحمل أحد مرفقاتها معرّف مرفق آخر في خزنتك</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>إنها مبتورة</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment wrongly</source>
        <translation>فهرسها يسرد سجلًا أو مرفقًا على نحو خاطئ</translation>
    </message>
    <message>
        <source>its index does not end with a line end</source>
        <translation>فهرسها لا ينتهي بنهاية سطر</translation>
    </message>
    <message>
        <source>its index is not valid JSON Lines</source>
        <translation>فهرسها ليس بصيغة JSON Lines صالحة</translation>
    </message>
    <message>
        <source>its index has a line too long</source>
        <translation>في فهرسها سطر طويل جدًا</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment twice</source>
        <translation>فهرسها يسرد سجلًا أو مرفقًا مرتين</translation>
    </message>
    <message>
        <source>its index lists an attachment before any record</source>
        <translation>فهرسها يسرد مرفقًا قبل أي سجل</translation>
    </message>
    <message>
        <source>its index does not match its manifest</source>
        <translation>فهرسها لا يطابق بيانها</translation>
    </message>
    <message>
        <source>its manifest is malformed</source>
        <translation>بيانها مشوّه البنية</translation>
    </message>
    <message>
        <source>its format version is not a version number</source>
        <translation>إصدار صيغتها ليس رقم إصدار</translation>
    </message>
    <message>
        <source>a manifest over {size} MiB</source>
        <translation>بيان يزيد على {size} ميبيبايت</translation>
    </message>
    <message>
        <source>more than {limit} files</source>
        <translation>أكثر من {limit} ملف</translation>
    </message>
    <message>
        <source>its manifest&apos;s creation time is not a real date and time</source>
        <translation>وقت إنشاء بيانها ليس تاريخًا ووقتًا حقيقيين</translation>
    </message>
    <message>
        <source>its manifest shows a fingerprint that is not its signing key&apos;s</source>
        <translation>يُظهر بيانها بصمة ليست بصمة مفتاح توقيعها</translation>
    </message>
    <message>
        <source>its manifest names a file twice</source>
        <translation>يذكر بيانها ملفًا مرتين</translation>
    </message>
    <message>
        <source>more than {limit} records</source>
        <translation>أكثر من {limit} سجل</translation>
    </message>
    <message>
        <source>its manifest names a file with an unsafe path</source>
        <translation>يذكر بيانها ملفًا بمسار غير آمن</translation>
    </message>
    <message>
        <source>its manifest lists a file wrongly</source>
        <translation>يسرد بيانها ملفًا على نحو خاطئ</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON: {error}</source>
        <translation>بيانها ليس JSON صالحًا: {error}</translation>
    </message>
    <message>
        <source>its manifest does not list the index, the records and the summary first</source>
        <translation>لا يسرد بيانها الفهرس والسجلات والملخص أولًا</translation>
    </message>
    <message>
        <source>its manifest does not list the records and the summary first</source>
        <translation>لا يسرد بيانها السجلات والملخص أولًا</translation>
    </message>
    <message>
        <source>its manifest lists a record wrongly</source>
        <translation>يسرد بيانها سجلًا على نحو خاطئ</translation>
    </message>
    <message>
        <source>its records do not match its manifest</source>
        <translation>سجلاتها لا تطابق بيانها</translation>
    </message>
    <message>
        <source>its attachments do not match its manifest</source>
        <translation>مرفقاتها لا تطابق بيانها</translation>
    </message>
    <message>
        <source>the records file is truncated</source>
        <translation>ملف السجلات مبتور</translation>
    </message>
    <message>
        <source>a signature over 4 KiB</source>
        <translation>توقيع يزيد على 4 كيبيبايت</translation>
    </message>
    <message>
        <source>an OpenSSH signature over 4 KiB</source>
        <translation>توقيع OpenSSH يزيد على 4 كيبيبايت</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list ({name})</source>
        <translation>تحتوي على ملف لا يسرده بيانها ({name})</translation>
    </message>
    <message>
        <source>its OpenSSH signature (manifest.json.sshsig) does not verify</source>
        <translation>توقيع OpenSSH الخاص بها (manifest.json.sshsig) لا يجتاز التحقق</translation>
    </message>
    <message>
        <source>an attachment does not match its manifest</source>
        <translation>أحد مرفقاتها لا يطابق بيانها</translation>
    </message>
    <message>
        <source>the records file has data after its end</source>
        <translation>في ملف السجلات بيانات بعد نهايته</translation>
    </message>
    <message>
        <source>the records file is not valid gzip</source>
        <translation>ملف السجلات ليس gzip صالحًا</translation>
    </message>
    <message>
        <source>a record carries real names that its manifest does not announce</source>
        <translation>يحمل أحد السجلات أسماء حقيقية لا يعلن عنها بيانها</translation>
    </message>
    <message>
        <source>its signature is missing</source>
        <translation>توقيعها مفقود</translation>
    </message>
    <message>
        <source>a summary over {size} MiB</source>
        <translation>ملخص يزيد على {size} ميبيبايت</translation>
    </message>
    <message>
        <source>the records file decompresses too much: a decompression bomb</source>
        <translation>ملف السجلات ينفك إلى بيانات أكثر من اللازم: قنبلة فك ضغط</translation>
    </message>
    <message>
        <source>its records are not in the npmdesk format</source>
        <translation>سجلاتها ليست بصيغة npmdesk</translation>
    </message>
    <message>
        <source>its records&apos; schema version is not a version number</source>
        <translation>إصدار مخطط سجلاتها ليس رقم إصدار</translation>
    </message>
    <message>
        <source>a record over {size} MiB of JSON</source>
        <translation>سجل يزيد على {size} ميبيبايت من JSON</translation>
    </message>
    <message>
        <source>its records are truncated</source>
        <translation>سجلاتها مبتورة</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>أحد السجلات ليس كائن JSON</translation>
    </message>
    <message>
        <source>a record has no valid id</source>
        <translation>أحد السجلات بلا معرّف صالح</translation>
    </message>
    <message>
        <source>its records are truncated or not valid JSON</source>
        <translation>سجلاتها مبتورة أو ليست JSON صالحًا</translation>
    </message>
    <message>
        <source>record {record_id} appears twice</source>
        <translation>السجل {record_id} يظهر مرتين</translation>
    </message>
    <message>
        <source>a record is not valid JSON: {error}</source>
        <translation>أحد السجلات ليس JSON صالحًا: {error}</translation>
    </message>
    <message>
        <source>its records are not valid JSON</source>
        <translation>سجلاتها ليست JSON صالحًا</translation>
    </message>
    <message>
        <source>a record is nested too deeply</source>
        <translation>أحد السجلات متداخل بعمق زائد</translation>
    </message>
    <message>
        <source>a member&apos;s size is not a number</source>
        <translation>حجم أحد العناصر ليس رقمًا</translation>
    </message>
    <message>
        <source>a member header is damaged</source>
        <translation>ترويسة أحد العناصر تالفة</translation>
    </message>
    <message>
        <source>it contains a link, a folder or another special entry</source>
        <translation>تحتوي على رابط أو مجلد أو مدخل خاص آخر</translation>
    </message>
    <message>
        <source>a member name is too long</source>
        <translation>اسم أحد العناصر طويل جدًا</translation>
    </message>
    <message>
        <source>a member name is not plain ASCII</source>
        <translation>اسم أحد العناصر ليس بترميز ASCII بسيط</translation>
    </message>
    <message>
        <source>a member header is missing</source>
        <translation>ترويسة أحد العناصر مفقودة</translation>
    </message>
    <message>
        <source>there is data after its end</source>
        <translation>توجد بيانات بعد نهايتها</translation>
    </message>
    <message>
        <source>a member&apos;s padding is not empty</source>
        <translation>حشو أحد العناصر ليس فارغًا</translation>
    </message>
    <message>
        <source>The message has no readable date.</source>
        <translation>ليس للرسالة تاريخ مقروء.</translation>
    </message>
    <message>
        <source>The message&apos;s date has no time zone; it is taken as UTC.</source>
        <translation>تاريخ الرسالة بلا منطقة زمنية؛ يُعتبر بتوقيت UTC.</translation>
    </message>
    <message>
        <source>The message has no date; the date it was received is used.</source>
        <translation>ليس للرسالة تاريخ؛ يُستخدم تاريخ استلامها.</translation>
    </message>
    <message>
        <source>The message is encrypted; its text is only in the original file.</source>
        <translation>الرسالة مشفرة؛ نصها موجود في الملف الأصلي فقط.</translation>
    </message>
    <message>
        <source>The message&apos;s text is very long; the rest is in the original file.</source>
        <translation>نص الرسالة طويل جدًا؛ بقيته في الملف الأصلي.</translation>
    </message>
    <message>
        <source>An Outlook winmail.dat part could not be unpacked; it is kept as it came.</source>
        <translation>تعذّر فك جزء winmail.dat من Outlook؛ احتُفظ به كما وصل.</translation>
    </message>
    <message>
        <source>The message&apos;s text is kept only in Outlook&apos;s RTF form; it is in the original file.</source>
        <translation>نص الرسالة محفوظ بصيغة RTF الخاصة بـ Outlook فقط؛ وهو في الملف الأصلي.</translation>
    </message>
    <message>
        <source>An attached Outlook item is kept only in the original file.</source>
        <translation>عنصر Outlook المرفق محفوظ في الملف الأصلي فقط.</translation>
    </message>
    <message>
        <source>it holds {name}, which is not a JSON number</source>
        <translation>يحتوي على {name}، وهو ليس رقم JSON</translation>
    </message>
    <message>
        <source>it is larger than allowed</source>
        <translation>إنه أكبر من المسموح</translation>
    </message>
    <message>
        <source>it starts with a byte-order mark</source>
        <translation>يبدأ بعلامة ترتيب البايتات</translation>
    </message>
    <message>
        <source>it holds more values than allowed</source>
        <translation>يحتوي على قيم أكثر من المسموح</translation>
    </message>
    <message>
        <source>it holds a number out of range</source>
        <translation>يحتوي على رقم خارج النطاق</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>إنه متداخل بعمق زائد</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>إنه ليس JSON صالحًا</translation>
    </message>
    <message>
        <source>an object has the same key twice</source>
        <translation>لأحد الكائنات المفتاح نفسه مرتين</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>إنه ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
        <source>it holds text with a lone surrogate</source>
        <translation>يحتوي على نص فيه بديل منفرد</translation>
    </message>
    <message>
        <source>{file} was set aside, not applied: {reason}</source>
        <translation>وُضع {file} جانبًا ولم يُطبَّق: {reason}</translation>
    </message>
    <message>
        <source>it holds no team document</source>
        <translation>لا يحتوي على أي مستند للفريق</translation>
    </message>
    <message>
        <source>its signed device or number is not the one its name says</source>
        <translation>الجهاز أو الرقم الموقَّعان فيه ليسا ما يقوله اسمه</translation>
    </message>
    <message>
        <source>it is not a changeset</source>
        <translation>إنه ليس مجموعة تغييرات</translation>
    </message>
    <message>
        <source>waiting for the new snapshot it makes for this device (this vault was restored from a backup)</source>
        <translation>بانتظار اللقطة الجديدة التي يصنعها لهذا الجهاز (استُعيدت هذه الخزنة من نسخة احتياطية)</translation>
    </message>
    <message>
        <source>waiting for the snapshot it makes for this device</source>
        <translation>بانتظار اللقطة التي يصنعها لهذا الجهاز</translation>
    </message>
    <message>
        <source>it was made for another device</source>
        <translation>صُنع لجهاز آخر</translation>
    </message>
    <message>
        <source>waiting for its changeset {number} (later ones are already here)</source>
        <translation>بانتظار مجموعة تغييراته {number} (اللاحقة موجودة هنا بالفعل)</translation>
    </message>
    <message>
        <source>its changeset {number} is not addressed to this device: waiting for a snapshot (is this device still a member there?)</source>
        <translation>مجموعة تغييراته {number} ليست موجهة إلى هذا الجهاز: بانتظار لقطة (هل ما زال هذا الجهاز عضوًا هناك؟)</translation>
    </message>
    <message>
        <source>it is not a team changeset</source>
        <translation>إنه ليس مجموعة تغييرات للفريق</translation>
    </message>
    <message>
        <source>it was made by a newer version of npmdesk</source>
        <translation>صنعه إصدار أحدث من npmdesk</translation>
    </message>
    <message>
        <source>its device is malformed</source>
        <translation>جهازه مشوّه البنية</translation>
    </message>
    <message>
        <source>its sequence number is malformed</source>
        <translation>رقمه التسلسلي مشوّه البنية</translation>
    </message>
    <message>
        <source>its snapshot is for a malformed device</source>
        <translation>لقطته لجهاز مشوّه البنية</translation>
    </message>
    <message>
        <source>its lists are malformed</source>
        <translation>قوائمه مشوّهة البنية</translation>
    </message>
    <message>
        <source>a restored or conflicting record is malformed</source>
        <translation>سجل مستعاد أو متعارض مشوّه البنية</translation>
    </message>
    <message>
        <source>a removed attachment is malformed</source>
        <translation>مرفق مُزال مشوّه البنية</translation>
    </message>
    <message>
        <source>a deleted record is malformed</source>
        <translation>سجل محذوف مشوّه البنية</translation>
    </message>
    <message>
        <source>its team document is not valid JSON</source>
        <translation>مستند الفريق فيه ليس JSON صالحًا</translation>
    </message>
    <message>
        <source>its team document is too large</source>
        <translation>مستند الفريق فيه كبير جدًا</translation>
    </message>
    <message>
        <source>it has not written to the team folder yet</source>
        <translation>لم يكتب في مجلد الفريق بعد</translation>
    </message>
    <message>
        <source>HMAC verification failed for page {page}</source>
        <translation>فشل التحقق من HMAC للصفحة {page}</translation>
    </message>
    <message>
        <source>page {page} has an invalid size of {size} bytes (expected {expected} bytes)</source>
        <translation>حجم الصفحة {page} غير صالح: {size} بايت (المتوقع {expected} بايت)</translation>
    </message>
    <message>
        <source>*** in database {name} ***</source>
        <translation>*** في قاعدة البيانات {name} ***</translation>
    </message>
    <message>
        <source>Page {page}: never used</source>
        <translation>الصفحة {page}: غير مستخدمة أبدًا</translation>
    </message>
    <message>
        <source>row {row} missing from index {index}</source>
        <translation>الصف {row} مفقود من الفهرس {index}</translation>
    </message>
    <message>
        <source>wrong # of entries in index {index}</source>
        <translation>عدد المدخلات خاطئ في الفهرس {index}</translation>
    </message>
    <message>
        <source>cipher check stopped: {error}</source>
        <translation>توقف فحص التشفير: {error}</translation>
    </message>
    <message>
        <source>integrity check stopped: {error}</source>
        <translation>توقف فحص السلامة: {error}</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>ملف قاعدة البيانات تالف</translation>
    </message>
    <message>
        <source>the file is not a database npmdesk can read</source>
        <translation>الملف ليس قاعدة بيانات يستطيع npmdesk قراءتها</translation>
    </message>
    <message>
        <source>This package was refused: its contact {record_id} carries a malformed signing key or age recipient. Nothing was changed.</source>
        <translation>رُفضت هذه الحزمة: جهة الاتصال {record_id} فيها تحمل مفتاح توقيع أو مستلم age مشوّه البنية. لم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: the %n record(s) chosen are all left out, because consent to their transmission to the SPT was refused.</source>
        <translation>
            <numerusform>لم يُكتب شيء: لم يُختر أي سجل (%Ln).</numerusform>
            <numerusform>لم يُكتب شيء: السجل المختار (%Ln) مستبعد، لأن الموافقة على إحالته إلى اللجنة الفرعية رُفضت.</numerusform>
            <numerusform>لم يُكتب شيء: السجلان المختاران (%Ln) مستبعدان، لأن الموافقة على إحالتهما إلى اللجنة الفرعية رُفضت.</numerusform>
            <numerusform>لم يُكتب شيء: السجلات المختارة وعددها %Ln مستبعدة كلها، لأن الموافقة على إحالتها إلى اللجنة الفرعية رُفضت.</numerusform>
            <numerusform>لم يُكتب شيء: السجلات المختارة وعددها %Ln مستبعدة كلها، لأن الموافقة على إحالتها إلى اللجنة الفرعية رُفضت.</numerusform>
            <numerusform>لم يُكتب شيء: السجلات المختارة وعددها %Ln مستبعدة كلها، لأن الموافقة على إحالتها إلى اللجنة الفرعية رُفضت.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package was refused: its record {record_id} has the id of a different kind of record in your vault (a package cannot turn one kind of record into another). Nothing was changed.</source>
        <translation>رُفضت هذه الحزمة: السجل {record_id} فيها يحمل معرّف سجل من نوع آخر في خزنتك (لا يمكن لحزمة أن تحوّل نوعًا من السجلات إلى نوع آخر). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>unexpected or missing keys ({keys}).</source>
        <translation>مفاتيح غير متوقعة أو ناقصة ({keys}).</translation>
    </message>
    <message>
        <source>its version is not a positive whole number.</source>
        <translation>إصداره ليس عددًا صحيحًا موجبًا.</translation>
    </message>
    <message>
        <source>fields is not an object.</source>
        <translation>الحقل fields ليس كائنًا.</translation>
    </message>
    <message>
        <source>consents are malformed.</source>
        <translation>الموافقات مشوّهة البنية.</translation>
    </message>
    <message>
        <source>a link is malformed.</source>
        <translation>أحد الروابط مشوّه البنية.</translation>
    </message>
    <message>
        <source>lineage is malformed.</source>
        <translation>الحقل lineage مشوّه البنية.</translation>
    </message>
    <message>
        <source>content_sha256 is malformed.</source>
        <translation>الحقل content_sha256 مشوّه البنية.</translation>
    </message>
    <message>
        <source>attachments is not a list.</source>
        <translation>الحقل attachments ليس قائمة.</translation>
    </message>
    <message>
        <source>pseudonyms are malformed.</source>
        <translation>الأسماء المستعارة مشوّهة البنية.</translation>
    </message>
    <message>
        <source>an OPCAT article is malformed.</source>
        <translation>إحدى مواد البروتوكول الاختياري مشوّهة البنية.</translation>
    </message>
    <message>
        <source>an attachment is malformed.</source>
        <translation>أحد المرفقات مشوّه البنية.</translation>
    </message>
    <message>
        <source>an attachment id is not valid.</source>
        <translation>معرّف أحد المرفقات غير صالح.</translation>
    </message>
    <message>
        <source>an attachment name is not valid.</source>
        <translation>اسم أحد المرفقات غير صالح.</translation>
    </message>
    <message>
        <source>an attachment type is not valid.</source>
        <translation>نوع أحد المرفقات غير صالح.</translation>
    </message>
    <message>
        <source>an attachment size is not valid.</source>
        <translation>حجم أحد المرفقات غير صالح.</translation>
    </message>
    <message>
        <source>an attachment hash is not valid.</source>
        <translation>بصمة أحد المرفقات غير صالحة.</translation>
    </message>
    <message>
        <source>an attachment path is not valid.</source>
        <translation>مسار أحد المرفقات غير صالح.</translation>
    </message>
    <message>
        <source>{key} is not a real date and time.</source>
        <translation>{key} ليس تاريخًا ووقتًا حقيقيين.</translation>
    </message>
    <message>
        <source>{key} is not a name.</source>
        <translation>{key} ليس اسمًا.</translation>
    </message>
    <message>
        <source>{key} is not a list.</source>
        <translation>{key} ليس قائمة.</translation>
    </message>
    <message>
        <source>its content does not match its hash.</source>
        <translation>محتواه لا يطابق بصمته.</translation>
    </message>
    <message>
        <source>a contact&apos;s verification cannot be imported.</source>
        <translation>لا يمكن استيراد التحقق من جهة اتصال.</translation>
    </message>
    <message>
        <source>a value has the wrong type.</source>
        <translation>إحدى القيم من نوع خاطئ.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: give your key file with -i.</source>
        <translation>هذا الملف مشفر لمفاتيح age، لا بعبارة مرور: أعطِ ملف مفتاحك مع -i.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: run without -i to be asked for it.</source>
        <translation>هذا الملف محمي بعبارة مرور، لا بمفتاح: شغّل الأمر دون -i لتُطلب منك.</translation>
    </message>
    <message>
        <source>The protected key file is too large to be a key file.</source>
        <translation>ملف المفتاح المحمي أكبر من أن يكون ملف مفتاح.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>حدث خطأ ما.</translation>
    </message>
    <message>
        <source>This age file cannot be processed.</source>
        <translation>لا يمكن معالجة ملف age هذا.</translation>
    </message>
    <message>
        <source>This is not a valid age file or its header is damaged.</source>
        <translation>هذا ليس ملف age صالحًا أو أن ترويسته تالفة.</translation>
    </message>
    <message>
        <source>This file&apos;s passphrase protection asks for more work and memory than npmdesk allows on this computer (its scrypt work factor needs more than 1 GiB, or more than a quarter of this computer&apos;s memory), so it was not opened.</source>
        <translation>تتطلب حماية هذا الملف بعبارة المرور عملًا وذاكرة أكثر مما يسمح به npmdesk على هذا الحاسوب (يحتاج عامل عمل scrypt فيه إلى أكثر من 1 جيبيبايت، أو إلى أكثر من ربع ذاكرة هذا الحاسوب)، لذا لم يُفتح.</translation>
    </message>
    <message>
        <source>The age file&apos;s header does not match its key: the file was tampered with or damaged.</source>
        <translation>ترويسة ملف age لا تطابق مفتاحه: عُبث بالملف أو تلف.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any of your keys.</source>
        <translation>هذا الملف غير مشفر لأي من مفاتيحك.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this file.</source>
        <translation>عبارة مرور خاطئة: لا تفتح هذا الملف.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: open it with its passphrase.</source>
        <translation>هذا الملف محمي بعبارة مرور، لا بمفتاح: افتحه بعبارة مروره.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: open it with your key file.</source>
        <translation>هذا الملف مشفر لمفاتيح age، لا بعبارة مرور: افتحه بملف مفتاحك.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with; nothing was kept.</source>
        <translation>المحتوى المشفر تالف أو عُبث به؛ لم يُحتفظ بشيء.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with: the output written so far is incomplete and must not be trusted.</source>
        <translation>المحتوى المشفر تالف أو عُبث به: المخرجات المكتوبة حتى الآن ناقصة ولا يجوز الوثوق بها.</translation>
    </message>
    <message>
        <source>This armored age file (-----BEGIN AGE ENCRYPTED FILE-----) is damaged or not in the strict armor format.</source>
        <translation>ملف age المدرّع هذا (-----BEGIN AGE ENCRYPTED FILE-----) تالف أو ليس بصيغة التدريع الصارمة.</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: it must be an age public key (age1…).</source>
        <translation>هذا ليس مستلم age صالحًا: يجب أن يكون مفتاح age عامًا (age1…).</translation>
    </message>
    <message>
        <source>The recipients file holds no age recipient (age1…).</source>
        <translation>ملف المستلمين لا يحتوي على أي مستلم age (age1…).</translation>
    </message>
    <message>
        <source>This kind of recipient is not supported: npmdesk encrypts to X25519 age public keys (age1…) only, not to post-quantum, plugin or SSH keys.</source>
        <translation>هذا النوع من المستلمين غير مدعوم: يشفّر npmdesk لمفاتيح age العامة من نوع X25519 (age1…) فقط، لا لمفاتيح ما بعد الكم أو الإضافات أو SSH.</translation>
    </message>
    <message>
        <source>This is not a valid age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>هذا ليس مفتاح age سريًا صالحًا (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The key file holds no age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>ملف المفتاح لا يحتوي على أي مفتاح age سري (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This kind of secret key is not supported: npmdesk reads X25519 age secret keys (AGE-SECRET-KEY-1…) only, not post-quantum, plugin or SSH keys.</source>
        <translation>هذا النوع من المفاتيح السرية غير مدعوم: يقرأ npmdesk مفاتيح age السرية من نوع X25519 (AGE-SECRET-KEY-1…) فقط، لا مفاتيح ما بعد الكم أو الإضافات أو SSH.</translation>
    </message>
    <message>
        <source>The key file {path} is not a text file.</source>
        <translation>ملف المفتاح {path} ليس ملفًا نصيًا.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name.</source>
        <translation>{path} موجود بالفعل: اختر اسم ملف آخر.</translation>
    </message>
    <message>
        <source>the system refused it ({code})</source>
        <translation>رفض النظام ذلك ({code})</translation>
    </message>
    <message>
        <source>the file or folder is not there (was the drive unplugged or the folder moved?)</source>
        <translation>الملف أو المجلد غير موجود (هل فُصل القرص أو نُقل المجلد؟)</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>جزء من المسار ملف وليس مجلدًا</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>إنه مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <translation>يوجد ملف بهذا الاسم بالفعل</translation>
    </message>
    <message>
        <source>the file name or path is too long</source>
        <translation>اسم الملف أو المسار طويل جدًا</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>الملف قيد الاستخدام من برنامج آخر</translation>
    </message>
    <message>
        <source>the drive could not be read or written (is it still connected?)</source>
        <translation>تعذّرت القراءة من القرص أو الكتابة عليه (هل ما زال موصولًا؟)</translation>
    </message>
    <message>
        <source>the name is not allowed on this drive</source>
        <translation>هذا الاسم غير مسموح به على هذا القرص</translation>
    </message>
    <message>
        <source>This vault already holds the demo data of seed {seed}: choose another seed. Nothing was added.</source>
        <translation>تحتوي هذه الخزنة بالفعل على بيانات العرض التجريبي للبذرة {seed}: اختر بذرة أخرى. لم يُضَف شيء.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>يجب أن يكون {field} نصًا.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} مطلوب.</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>{field} طويل جدًا.</translation>
    </message>
    <message>
        <source>{field} contains a NUL character.</source>
        <translation>يحتوي {field} على محرف NUL.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}.</source>
        <translation>نوع سجل غير معروف: {kind}.</translation>
    </message>
    <message>
        <source>Status must be one of: {choices}.</source>
        <translation>يجب أن تكون الحالة إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <source>Sensitivity must be one of: {choices}.</source>
        <translation>يجب أن تكون درجة الحساسية إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <source>Consent must be one of: {choices}.</source>
        <translation>يجب أن تكون الموافقة إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>يجب أن يكون {field} إحدى القيم: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>يجب أن يكون {field} عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>يجب أن يكون {field} رقمًا.</translation>
    </message>
    <message>
        <source>{field} is yes or no.</source>
        <translation>{field}: نعم أو لا.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>يجب أن يكون {field} قائمة.</translation>
    </message>
    <message>
        <source>{field} must list records of this vault.</source>
        <translation>يجب أن يسرد {field} سجلات من هذه الخزنة.</translation>
    </message>
    <message>
        <source>{field} must be among: {choices}.</source>
        <translation>يجب أن يكون {field} من بين: {choices}.</translation>
    </message>
    <message>
        <source>A record of kind “{kind}” has no field {name}.</source>
        <translation>لا يحتوي سجل من نوع «{kind}» على الحقل {name}.</translation>
    </message>
    <message>
        <source>{file} (Thunderbird)</source>
        <translation>{file} (Thunderbird)</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <translation>{file}، الرسالة {number}</translation>
    </message>
    <message>
        <source>The integrity check found a problem npmdesk cannot describe in words (detail for support: {detail}).</source>
        <translation>وجد فحص السلامة مشكلة لا يستطيع npmdesk وصفها بالكلمات (تفصيل لفريق الدعم: {detail}).</translation>
    </message>
    <message>
        <source>an error npmdesk cannot describe in words (detail for support: {detail})</source>
        <translation>خطأ لا يستطيع npmdesk وصفه بالكلمات (تفصيل لفريق الدعم: {detail})</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>An attachment changed while the backup was being written (it was removed, or its file in the vault is missing or damaged), so no backup was written. Try again; if this happens again, check the vault (npmdesk check).</source>
        <translation>تغيّر مرفق أثناء كتابة النسخة الاحتياطية (حُذف، أو أن ملفه في الخزنة مفقود أو تالف)، لذا لم تُكتب أي نسخة احتياطية. حاول مرة أخرى؛ وإن تكرر ذلك، فافحص الخزنة (npmdesk check).</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is missing</source>
        <translation>المرفق {attachment} من السجل {record}: ملفه مفقود</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is damaged (altered, cut short or replaced)</source>
        <translation>المرفق {attachment} من السجل {record}: ملفه تالف (عُدّل أو قُطع أو استُبدل)</translation>
    </message>
    <message>
        <source>No backup was written: attachment {attachment} of record {record} is damaged in the vault (its file is missing, cut short or altered), so it can no longer be opened. Remove that attachment from the record (attach the document again if you still have it), then back up again; npmdesk check lists every damaged attachment.</source>
        <translation>لم تُكتب أي نسخة احتياطية: المرفق {attachment} من السجل {record} تالف في الخزنة (ملفه مفقود أو مقطوع أو معدَّل)، فلم يعد من الممكن فتحه. أزل هذا المرفق من السجل (وأرفق المستند من جديد إن كان لا يزال لديك)، ثم أعد النسخ الاحتياطي؛ ويسرد الأمر npmdesk check كل المرفقات التالفة.</translation>
    </message>
</context>
<context>
    <name>OwnAddressesSetting</name>
    <message>
        <source>Your organisation&apos;s email addresses: write whole addresses such as info@npm.example.org, separated by commas. Nothing was saved.</source>
        <translation>عناوين البريد الإلكتروني لمؤسستك: اكتب عناوين كاملة مثل info@npm.example.org، مفصولة بفواصل. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s email addresses</source>
        <translation>عناوين البريد الإلكتروني لمؤسستك</translation>
    </message>
    <message>
        <source>info@npm.example.org, visits@npm.example.org</source>
        <translation>info@npm.example.org, visits@npm.example.org</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>عناوين البريد الإلكتروني (&amp;E):</translation>
    </message>
    <message>
        <source>Your organisation&apos;s addresses, separated by commas: imported email from them counts as sent, the rest as received. Kept in the vault.</source>
        <translation>عناوين مؤسستك، مفصولة بفواصل: يُعدّ البريد المستورد الآتي منها صادرًا، والباقي واردًا. تُحفظ في الخزنة.</translation>
    </message>
</context>
<context>
    <name>PackagePassphraseDialog</name>
    <message>
        <source>Package passphrase</source>
        <translation>عبارة مرور الحزمة</translation>
    </message>
    <message>
        <source>This package was encrypted with a passphrase. Type the passphrase the sender gave you (by phone, for example).</source>
        <translation>شُفِّرت هذه الحزمة بعبارة مرور. اكتب عبارة المرور التي أعطاك إياها المرسل (عبر الهاتف مثلاً).</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>عبارة المرور(&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>مشكلة في عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Open the package</source>
        <translation>فتح الحزمة(&amp;O)</translation>
    </message>
    <message>
        <source>Open the package with this passphrase</source>
        <translation>فتح الحزمة بعبارة المرور هذه</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Type the package&apos;s passphrase.</source>
        <translation>اكتب عبارة مرور الحزمة.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>قصيرة جداً</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>القوة: {0}</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>Files to attach</source>
        <translation>ملفات للإرفاق</translation>
    </message>
    <message>
        <source>Files to attach when the record is saved</source>
        <translation>ملفات تُرفق عند حفظ السجل</translation>
    </message>
    <message>
        <source>Attac&amp;h files…</source>
        <translation>إرفاق ملفات(&amp;H)…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>إرفاق ملفات بهذا السجل</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Do not attach the chosen file</source>
        <translation>عدم إرفاق الملف المختار</translation>
    </message>
    <message>
        <source>Files to attach: status</source>
        <translation>الملفات المراد إرفاقها: الحالة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>هذا السجل</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be attached when you save.</source>
        <translation>
            <numerusform>سيُرفق %Ln ملف عند الحفظ.</numerusform>
            <numerusform>سيُرفق ملف واحد (%Ln) عند الحفظ.</numerusform>
            <numerusform>سيُرفق ملفان (%Ln) عند الحفظ.</numerusform>
            <numerusform>ستُرفق %Ln ملفات عند الحفظ.</numerusform>
            <numerusform>سيُرفق %Ln ملفاً عند الحفظ.</numerusform>
            <numerusform>سيُرفق %Ln ملف عند الحفظ.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” will not be attached.</source>
        <translation>لن يُرفق «{name}».</translation>
    </message>
    <message>
        <source>No files yet. Attach files, or drop them on this form.</source>
        <translation>لا توجد ملفات بعد. أرفق ملفات، أو أفلتها على هذا النموذج.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>الأشخاص والموافقة</translation>
    </message>
    <message>
        <source>People named in this record and their consent</source>
        <translation>الأشخاص المذكورون في هذا السجل وموافقتهم</translation>
    </message>
    <message>
        <source>People and their consent per purpose</source>
        <translation>الأشخاص وموافقتهم حسب الغرض</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>الأغراض</translation>
    </message>
    <message>
        <source>No one is named yet. Add each person the record is about: their consent is then recorded per purpose, and an alias replaces their name outside the vault.</source>
        <translation>لم يُذكر أحد بعد. أضف كل شخص يتعلق به السجل: تُسجَّل موافقته بعد ذلك حسب الغرض، ويحل اسم مستعار محل اسمه خارج الخزنة.</translation>
    </message>
    <message>
        <source>Add pers&amp;on…</source>
        <translation>إضافة شخص(&amp;O)…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>تعديل الشخص…</translation>
    </message>
    <message>
        <source>Edit the selected person and their consent</source>
        <translation>تعديل الشخص المحدد وموافقته</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>إزالة الشخص</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>إزالة الشخص المحدد</translation>
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
        <translation>{purpose}: الموافقة</translation>
    </message>
    <message>
        <source>{purpose}: date</source>
        <translation>{purpose}: التاريخ</translation>
    </message>
    <message>
        <source>{purpose}: how it was obtained</source>
        <translation>{purpose}: كيفية الحصول عليها</translation>
    </message>
    <message>
        <source>{purpose}: withdrawn on</source>
        <translation>{purpose}: تاريخ السحب</translation>
    </message>
    <message>
        <source>{purpose}: given by (parent, guardian or legal representative)</source>
        <translation>{purpose}: مُنحت من (أحد الوالدين أو الوصي أو الممثل القانوني)</translation>
    </message>
    <message>
        <source>{purpose}: obtained by</source>
        <translation>{purpose}: حصل عليها</translation>
    </message>
    <message>
        <source>Person and consent</source>
        <translation>الشخص والموافقة</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>شخص جديد</translation>
    </message>
    <message>
        <source>Real name (kept in this vault only)</source>
        <translation>الاسم الحقيقي (يُحفظ في هذه الخزنة فقط)</translation>
    </message>
    <message>
        <source>Alias (the pseudonym used outside the vault)</source>
        <translation>الاسم المستعار (المستخدم خارج الخزنة)</translation>
    </message>
    <message>
        <source>Real &amp;name:</source>
        <translation>الاسم الحقيقي(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>الاسم المستعار(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>طفل(&amp;C)</translation>
    </message>
    <message>
        <source>The person is a child</source>
        <translation>الشخص طفل</translation>
    </message>
    <message>
        <source>&amp;Lacks capacity to consent</source>
        <translation>يفتقر إلى الأهلية للموافقة(&amp;L)</translation>
    </message>
    <message>
        <source>The person lacks capacity to consent</source>
        <translation>الشخص يفتقر إلى الأهلية للموافقة</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>من يمنح الموافقة</translation>
    </message>
    <message>
        <source>Consent per purpose</source>
        <translation>الموافقة حسب الغرض</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>How</source>
        <translation>الكيفية</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>تاريخ السحب</translation>
    </message>
    <message>
        <source>Why the person was not kept</source>
        <translation>لماذا لم يُحتفظ بالشخص</translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation>الاحتفاظ بهذا الشخص</translation>
    </message>
    <message>
        <source>Close without keeping</source>
        <translation>إغلاق دون الاحتفاظ</translation>
    </message>
    <message>
        <source>Not known in this vault (received under an alias)</source>
        <translation>غير معروف في هذه الخزنة (ورد باسم مستعار)</translation>
    </message>
    <message>
        <source>Given by (parent, guardian or legal representative)</source>
        <translation>مُنحت من (أحد الوالدين أو الوصي أو الممثل القانوني)</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>حصل عليها</translation>
    </message>
    <message>
        <source>Consent for this person comes from a parent, guardian or legal representative: record who gave it.</source>
        <translation>موافقة هذا الشخص صادرة عن أحد الوالدين أو الوصي أو الممثل القانوني: سجّل من منحها.</translation>
    </message>
    <message>
        <source>Consent comes from the person themselves.</source>
        <translation>الموافقة صادرة عن الشخص نفسه.</translation>
    </message>
    <message>
        <source>Write the person&apos;s real name (it stays in this vault).</source>
        <translation>اكتب الاسم الحقيقي للشخص (يبقى في هذه الخزنة).</translation>
    </message>
    <message>
        <source>Give the person an alias: it replaces the real name outside the vault.</source>
        <translation>أعطِ الشخص اسماً مستعاراً: يحل محل الاسم الحقيقي خارج الخزنة.</translation>
    </message>
    <message>
        <source>This person is already listed.</source>
        <translation>هذا الشخص مدرج بالفعل.</translation>
    </message>
    <message>
        <source>Another person has this alias: choose another.</source>
        <translation>لشخص آخر هذا الاسم المستعار: اختر اسماً آخر.</translation>
    </message>
    <message>
        <source>The alias must differ from the real name.</source>
        <translation>يجب أن يختلف الاسم المستعار عن الاسم الحقيقي.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>تُكتب التواريخ بالشكل YYYY-MM-DD، مثلاً 2026-11-29.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>New person…</source>
        <translation>شخص جديد…</translation>
    </message>
    <message>
        <source>Add a person to this record and choose their alias</source>
        <translation>إضافة شخص إلى هذا السجل واختيار اسمه المستعار</translation>
    </message>
    <message>
        <source>Consent to report</source>
        <translation>الموافقة على الإبلاغ</translation>
    </message>
    <message>
        <source>Choose the person to see their consent to report.</source>
        <translation>اختر الشخص لترى موافقته على الإبلاغ.</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose}: {state}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>Consent to report — {states}</source>
        <translation>الموافقة على الإبلاغ — {states}</translation>
    </message>
</context>
<context>
    <name>ProtectedPdf</name>
    <message>
        <source>Password-protected PD&amp;F (for recipients with only a PDF reader)</source>
        <translation>ملف PDF محمي بكلمة مرور (للمستلمين الذين لا يملكون سوى قارئ PDF) (&amp;F)</translation>
    </message>
    <message>
        <source>A PDF of the records, locked with a long password that npmdesk makes and shows you once. Give the password by phone.</source>
        <translation>ملف PDF للسجلات، مقفل بكلمة مرور طويلة يُنشئها npmdesk ويعرضها عليك مرة واحدة. أبلِغ كلمة المرور عبر الهاتف.</translation>
    </message>
    <message>
        <source>Save the password-protected PDF</source>
        <translation>حفظ ملف PDF المحمي بكلمة مرور</translation>
    </message>
    <message>
        <source>PDF documents (*{suffix})</source>
        <translation>مستندات PDF (*{suffix})</translation>
    </message>
    <message>
        <source>Exported {records} records to {path} ({size}), as a PDF locked with a password (AES-256).</source>
        <translation>صُدِّر {records} من السجلات إلى {path} ({size})، كملف PDF مقفل بكلمة مرور (AES-256).</translation>
    </message>
    <message>
        <source>Making the password-protected PDF…</source>
        <translation>جارٍ إنشاء ملف PDF المحمي بكلمة مرور…</translation>
    </message>
    <message>
        <source>The PDF&apos;s password</source>
        <translation>كلمة مرور ملف PDF</translation>
    </message>
    <message>
        <source>The PDF opens with this password. Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>يُفتح ملف PDF بكلمة المرور هذه. أعطِها للمستلم عبر الهاتف، ولا تضعها أبدًا في رسالة البريد الإلكتروني نفسها التي تحمل ملف PDF.</translation>
    </message>
    <message>
        <source>It will not be shown again: npmdesk does not keep it.</source>
        <translation>لن تُعرض مجددًا: لا يحتفظ npmdesk بها.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>نسخ كلمة المرور</translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation>دوّنتُها (&amp;N)</translation>
    </message>
    <message>
        <source>I have noted the password</source>
        <translation>دوّنتُ كلمة المرور</translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>الفقرة</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>الجهة المخاطَبة</translation>
    </message>
    <message>
        <source>NPM&apos;s assessment</source>
        <translation>تقييم الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>State reports</source>
        <translation>ما تبلغ عنه الدولة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation>(بلا تقرير)</translation>
    </message>
</context>
<context>
    <name>RecommendationsTracker</name>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>الأعمدة: اختر عموداً للترتيب حسبه</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>جميع التقارير</translation>
    </message>
    <message>
        <source>Without a report</source>
        <translation>دون تقرير</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أيّ جهة</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أيّ حالة</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>لم يُبلَّغ عنها</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>أيّ أولوية</translation>
    </message>
    <message>
        <source>No priority given</source>
        <translation>لم تُحدَّد أولوية</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>أيّ سلطة</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>لم تُسمَّ أي سلطة</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) shown.</source>
        <translation>
            <numerusform>تُعرض %Ln توصية.</numerusform>
            <numerusform>تُعرض توصية واحدة (%Ln).</numerusform>
            <numerusform>تُعرض توصيتان (%Ln).</numerusform>
            <numerusform>تُعرض %Ln توصيات.</numerusform>
            <numerusform>تُعرض %Ln توصية.</numerusform>
            <numerusform>تُعرض %Ln توصية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsTrackerForm</name>
    <message>
        <source>Recommendations tracker</source>
        <translation>متابعة التوصيات</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>التقرير(&amp;P):</translation>
    </message>
    <message>
        <source>Show the recommendations of this report</source>
        <translation>عرض توصيات هذا التقرير</translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation>الجهة المخاطَبة(&amp;D):</translation>
    </message>
    <message>
        <source>Show the recommendations to this addressee</source>
        <translation>عرض التوصيات الموجهة إلى هذه الجهة</translation>
    </message>
    <message>
        <source>NPM&apos;s assessmen&amp;t:</source>
        <translation>تقييم الآلية الوقائية الوطنية(&amp;T):</translation>
    </message>
    <message>
        <source>Show the recommendations the NPM assesses at this status</source>
        <translation>عرض التوصيات التي تقيّمها الآلية الوقائية الوطنية بهذه الحالة</translation>
    </message>
    <message>
        <source>State&apos;s stat&amp;us:</source>
        <translation>حالة الدولة(&amp;U):</translation>
    </message>
    <message>
        <source>Show the recommendations the State reports at this status</source>
        <translation>عرض التوصيات التي تبلغ عنها الدولة بهذه الحالة</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>الأولوية(&amp;I):</translation>
    </message>
    <message>
        <source>Show the recommendations of this priority or timeframe</source>
        <translation>عرض التوصيات ذات هذه الأولوية أو الإطار الزمني</translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation>المسؤول(&amp;B):</translation>
    </message>
    <message>
        <source>Show the recommendations for this responsible authority</source>
        <translation>عرض التوصيات الخاصة بهذه السلطة المسؤولة</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>حالة التنفيذ</translation>
    </message>
    <message>
        <source>Implementation status in words</source>
        <translation>حالة التنفيذ بالكلمات</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>جديد(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>A new record of the list&apos;s kind</source>
        <translation>سجل جديد من نوع القائمة</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Change the selected record</source>
        <translation>تغيير السجل المحدد</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>رد(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Answer the selected communication</source>
        <translation>الرد على المراسلة المحددة</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>متابعة(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add to the selected communication&apos;s thread</source>
        <translation>إضافة إلى سلسلة المراسلة المحددة</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>نقل إلى سلة المحذوفات(&amp;B)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Move the selected record to the bin</source>
        <translation>نقل السجل المحدد إلى سلة المحذوفات</translation>
    </message>
    <message>
        <source>Re&amp;store from the bin</source>
        <translation>استعادة من سلة المحذوفات(&amp;S)</translation>
    </message>
    <message>
        <source>Take the selected record out of the bin</source>
        <translation>إخراج السجل المحدد من سلة المحذوفات</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>سجل(&amp;R)</translation>
    </message>
    <message>
        <source>New of &amp;kind</source>
        <translation>جديد من نوع(&amp;K)</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>سجل جديد</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>تعديل السجل المحدد</translation>
    </message>
    <message>
        <source>Reply to the selected communication</source>
        <translation>الرد على المراسلة المحددة</translation>
    </message>
    <message>
        <source>&amp;New {kind}…</source>
        <translation>{kind} جديد(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>RecordDetailForm</name>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Sensitivity marking</source>
        <translation>علامة درجة السرية</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>التاريخ(&amp;S)…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>الإصدارات السابقة لهذا السجل</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>تفاصيل السجل</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>النص(&amp;T):</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>نص السجل</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>المرفقات(&amp;A):</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>“{item}” is not an OPCAT reference: write an article from 1 to 37 with its sub-paragraphs, for example 11(1)(b)(ii) or 19(b).</source>
        <translation>«{item}» ليس مرجعاً في البروتوكول الاختياري: اكتب مادة من 1 إلى 37 مع فقراتها الفرعية، مثلاً 11(1)(b)(ii) أو 19(b).</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>تجاهل التغييرات؟</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>هل تريد التخلص مما كتبته في هذا النموذج؟</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>تجاهل(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>مواصلة التعديل(&amp;K)</translation>
    </message>
    <message>
        <source>Discard the changes and close the form</source>
        <translation>تجاهل التغييرات وإغلاق النموذج</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>العودة إلى النموذج</translation>
    </message>
    <message>
        <source>People and consent problem</source>
        <translation>مشكلة في الأشخاص والموافقة</translation>
    </message>
    <message>
        <source>&amp;{label} *:</source>
        <translation>&amp;{label} *:</translation>
    </message>
    <message>
        <source>Recorded per person and purpose under People and consent</source>
        <translation>تُسجَّل حسب الشخص والغرض تحت «الأشخاص والموافقة»</translation>
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
        <translation>(سجل ليس في هذه الخزنة)</translation>
    </message>
    <message>
        <source>{kind}: details</source>
        <translation>{kind}: التفاصيل</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>واحد في كل سطر</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>مشكلة في {field}</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>حالة المسودة</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>التاريخ(&amp;S)…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>الإصدارات السابقة لهذا السجل</translation>
    </message>
    <message>
        <source>Record form</source>
        <translation>نموذج السجل</translation>
    </message>
    <message>
        <source>&amp;Title *:</source>
        <translation>العنوان(&amp;T) *:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Title problem</source>
        <translation>مشكلة في العنوان</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>التاريخ(&amp;D):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>مشكلة في التاريخ</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>الحالة(&amp;U):</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Status problem</source>
        <translation>مشكلة في الحالة</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>الجهة المقابلة(&amp;C):</translation>
    </message>
    <message>
        <source>Counterpart (an SPT contact)</source>
        <translation>الجهة المقابلة (جهة اتصال في اللجنة الفرعية)</translation>
    </message>
    <message>
        <source>Counterpart problem</source>
        <translation>مشكلة في الجهة المقابلة</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>البلد(&amp;Y):</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Country problem</source>
        <translation>مشكلة في البلد</translation>
    </message>
    <message>
        <source>Due dat&amp;e:</source>
        <translation>تاريخ الاستحقاق(&amp;E):</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Due date problem</source>
        <translation>مشكلة في تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Revie&amp;w on:</source>
        <translation>المراجعة في(&amp;W):</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>المراجعة في</translation>
    </message>
    <message>
        <source>When the record is due for review (retention)</source>
        <translation>متى يحين موعد مراجعة السجل (الاحتفاظ)</translation>
    </message>
    <message>
        <source>Review on problem</source>
        <translation>مشكلة في «المراجعة في»</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity:</source>
        <translation>درجة السرية(&amp;V):</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <source>Sensitivity problem</source>
        <translation>مشكلة في درجة السرية</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>يتضمن بيانات شخصية</translation>
    </message>
    <message>
        <source>&amp;Personal data about people (OPCAT art. 16 and 21)</source>
        <translation>بيانات شخصية عن أشخاص (المادتان 16 و21 من البروتوكول الاختياري)(&amp;P)</translation>
    </message>
    <message>
        <source>Contains personal data problem</source>
        <translation>مشكلة في «يتضمن بيانات شخصية»</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>الموافقة(&amp;N):</translation>
    </message>
    <message>
        <source>Consent of the people concerned</source>
        <translation>موافقة الأشخاص المعنيين</translation>
    </message>
    <message>
        <source>Consent of the people concerned problem</source>
        <translation>مشكلة في موافقة الأشخاص المعنيين</translation>
    </message>
    <message>
        <source>Details of this kind of record</source>
        <translation>تفاصيل هذا النوع من السجلات</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>الوسوم(&amp;G):</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Tags problem</source>
        <translation>مشكلة في الوسوم</translation>
    </message>
    <message>
        <source>OPCAT a&amp;rticles:</source>
        <translation>مواد البروتوكول الاختياري(&amp;R):</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>مواد البروتوكول الاختياري</translation>
    </message>
    <message>
        <source>Precise re&amp;ferences:</source>
        <translation>مراجع دقيقة(&amp;F):</translation>
    </message>
    <message>
        <source>Precise OPCAT references</source>
        <translation>مراجع دقيقة في البروتوكول الاختياري</translation>
    </message>
    <message>
        <source>Sub-paragraphs, separated by commas, for example 11(1)(b)(ii), 19(b)</source>
        <translation>فقرات فرعية، مفصولة بفواصل، مثلاً 11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>11(1)(b)(ii), 19(b)</source>
        <translation>11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>OPCAT articles problem</source>
        <translation>مشكلة في مواد البروتوكول الاختياري</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>النص(&amp;X):</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>نص السجل</translation>
    </message>
    <message>
        <source>Text problem</source>
        <translation>مشكلة في النص</translation>
    </message>
    <message>
        <source>Why the record was not saved</source>
        <translation>لماذا لم يُحفظ السجل</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ(&amp;S)</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>حفظ السجل</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>إغلاق النموذج دون حفظ</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Saving status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>Continuing your unsaved draft</source>
        <translation>متابعة مسودتك غير المحفوظة</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>{kind} جديد</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Saved. Attaching the files…</source>
        <translation>حُفظ. جارٍ إرفاق الملفات…</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>إرفاق الملفات</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>جارٍ تشفير الملفات في الخزنة…</translation>
    </message>
    <message>
        <source>Cancel attaching the files</source>
        <translation>إلغاء إرفاق الملفات</translation>
    </message>
    <message>
        <source>you cancelled attaching them.</source>
        <translation>ألغيت إرفاقها.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>أُرفق %Ln ملف.</numerusform>
            <numerusform>أُرفق ملف واحد (%Ln).</numerusform>
            <numerusform>أُرفق ملفان (%Ln).</numerusform>
            <numerusform>أُرفقت %Ln ملفات.</numerusform>
            <numerusform>أُرفق %Ln ملفاً.</numerusform>
            <numerusform>أُرفق %Ln ملف.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is saved, but its files are not attached: {problem} Save again to attach them, or Cancel to close without them.</source>
        <translation>حُفظ السجل، لكن ملفاته لم تُرفق: {problem} احفظ مرة أخرى لإرفاقها، أو «إلغاء» للإغلاق من دونها.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>لم يُحفظ: {problem}</translation>
    </message>
    <message>
        <source>Saving… waiting for the import or the attachment being added to finish. Cancel stops waiting; your text stays here.</source>
        <translation>جارٍ الحفظ… في انتظار انتهاء الاستيراد أو إضافة المرفق. يوقف «إلغاء» الانتظار؛ ويبقى نصك هنا.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved: you stopped waiting. Your text is still here; save again when the vault is free.</source>
        <translation>لم يُحفظ: أوقفت الانتظار. لا يزال نصك هنا؛ احفظ مرة أخرى عندما تصبح الخزنة متاحة.</translation>
    </message>
    <message>
        <source>Draft kept in the vault at {time}</source>
        <translation>حُفظت المسودة في الخزنة في {time}</translation>
    </message>
    <message>
        <source>Draft not kept: {problem} Trying again shortly.</source>
        <translation>لم تُحفظ المسودة: {problem} ستُعاد المحاولة بعد قليل.</translation>
    </message>
    <message>
        <source>Keeping the draft… waiting for the import or the attachment being added to finish</source>
        <translation>جارٍ حفظ المسودة… في انتظار انتهاء الاستيراد أو إضافة المرفق</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Saved “{title}”.</source>
        <translation>حُفظ «{title}».</translation>
    </message>
    <message>
        <source>“{title}” is in the bin (Record → Restore from the bin brings it back).</source>
        <translation>«{title}» في سلة المحذوفات (سجل ← استعادة من سلة المحذوفات يعيده).</translation>
    </message>
    <message>
        <source>“{title}” is back from the bin.</source>
        <translation>عاد «{title}» من سلة المحذوفات.</translation>
    </message>
    <message>
        <source>Waiting for the import or the attachment being added to finish…</source>
        <translation>في انتظار انتهاء الاستيراد أو إضافة المرفق…</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>RecordRows</name>
    <message>
        <source>Art. {number}</source>
        <translation>المادة {number}</translation>
    </message>
    <message>
        <source>{real} ({alias})</source>
        <translation>{real} ({alias})</translation>
    </message>
    <message>
        <source>child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>lacks capacity</source>
        <translation>يفتقر إلى الأهلية</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>لم تُسجَّل موافقة</translation>
    </message>
    <message>
        <source>consent from a parent, guardian or legal representative</source>
        <translation>موافقة من أحد الوالدين أو الوصي أو الممثل القانوني</translation>
    </message>
    <message>
        <source>(a record not in this vault)</source>
        <translation>(سجل ليس في هذه الخزنة)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose}: {state}</translation>
    </message>
    <message>
        <source>withdrawn {date}</source>
        <translation>سُحبت في {date}</translation>
    </message>
    <message>
        <source>(a contact not in this vault)</source>
        <translation>(جهة اتصال ليست في هذه الخزنة)</translation>
    </message>
    <message>
        <source>{version}, changed {when} by {who}</source>
        <translation>{version}، غُيّر في {when} بواسطة {who}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>الجهة المقابلة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>المراجعة في</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>مواد البروتوكول الاختياري</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>بيانات شخصية</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>في سلة المحذوفات</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>الأعمدة: اختر عموداً للترتيب حسبه</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Text actions</source>
        <translation>إجراءات النص</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>نسخ(&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>تحديد الكل(&amp;A)</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <source>Write down your new recovery code now</source>
        <translation>دوّن رمز الاسترداد الجديد الآن</translation>
    </message>
    <message>
        <source>This new code replaces the recovery code you wrote down before: once you confirm below, the old code stops working and only this one opens the vault if you forget your passphrase. Write it on paper, or print it, and keep it somewhere safe away from this computer.</source>
        <translation>يحل هذا الرمز الجديد محل رمز الاسترداد الذي دوّنته من قبل: بمجرد تأكيدك أدناه، يتوقف الرمز القديم عن العمل ولا يفتح الخزنة إلا هذا الرمز إذا نسيت عبارة المرور. اكتبه على ورقة، أو اطبعه، واحفظه في مكان آمن بعيداً عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>I have &amp;written down the new code</source>
        <translation>دوّنت الرمز الجديد(&amp;W)</translation>
    </message>
    <message>
        <source>I have written down the new recovery code</source>
        <translation>دوّنت رمز الاسترداد الجديد</translation>
    </message>
    <message>
        <source>You have not confirmed that you wrote down the new recovery code. If you close now, the code you wrote down before keeps working, and npmdesk shows a new code at the next unlock. Close anyway?</source>
        <translation>لم تؤكد أنك دوّنت رمز الاسترداد الجديد. إذا أغلقت الآن، يظل الرمز الذي دوّنته من قبل صالحاً، ويعرض npmdesk رمزاً جديداً عند فتح القفل في المرة القادمة. هل تغلق على أي حال؟</translation>
    </message>
    <message>
        <source>This recovery code will not be shown again. Without it, a forgotten passphrase means the vault is lost. Close anyway?</source>
        <translation>لن يُعرض رمز الاسترداد هذا مرة أخرى. من دونه، تعني عبارة المرور المنسية أن الخزنة ضاعت. هل تغلق على أي حال؟</translation>
    </message>
    <message>
        <source>Recovery code not written down</source>
        <translation>لم يُدوَّن رمز الاسترداد</translation>
    </message>
    <message>
        <source>npmdesk recovery code</source>
        <translation>رمز استرداد npmdesk</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and the vault&apos;s files can open the vault.</source>
        <translation>احفظ هذه الصفحة في مكان آمن، بعيداً عن الحاسوب. يستطيع كل من يحملها ويملك ملفات الخزنة أن يفتح الخزنة.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>طباعة رمز الاسترداد</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeForm</name>
    <message>
        <source>Your recovery code</source>
        <translation>رمز الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>Write down your recovery code now</source>
        <translation>دوّن رمز الاسترداد الآن</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into the vault. Write it on paper, or print it, and keep it somewhere safe away from this computer. It is shown only this once.</source>
        <translation>إذا نسيت عبارة المرور، فهذا الرمز هو السبيل الوحيد إلى الخزنة. اكتبه على ورقة، أو اطبعه، واحفظه في مكان آمن بعيداً عن هذا الحاسوب. لا يُعرض إلا هذه المرة.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>دوّنته(&amp;W)</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>دوّنت رمز الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>طباعة رمز الاسترداد</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>متابعة(&amp;O)</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>ReplyMonthsSetting</name>
    <message>
        <source>Reports after a visit</source>
        <translation>التقارير بعد الزيارة</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهر</translation>
    </message>
    <message>
        <source>Months after transmission a reply is due</source>
        <translation>عدد الأشهر بعد الإحالة التي يُستحق فيها الرد</translation>
    </message>
    <message>
        <source>Reply due a&amp;fter:</source>
        <translation>الرد مستحق بعد(&amp;F):</translation>
    </message>
    <message>
        <source>When a report&apos;s own reply date is empty, the reply is due this long after the report&apos;s transmission (customarily six months). Kept in the vault.</source>
        <translation>عندما يكون تاريخ الرد الخاص بالتقرير فارغاً، يُستحق الرد بعد هذه المدة من إحالة التقرير (ستة أشهر عادةً). يُحفظ في الخزنة.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>تقدّم التقرير</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>حفظ بصيغة PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>Put into an encrypted pac&amp;kage…</source>
        <translation>وضعه في حزمة مشفّرة(&amp;K)…</translation>
    </message>
    <message>
        <source>Put the report&apos;s PDF into an encrypted, signed package</source>
        <translation>وضع ملف PDF الخاص بالتقرير في حزمة مشفّرة وموقّعة</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>إلغاء(&amp;N)</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>إلغاء التقرير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>جارٍ تنسيق التقرير…</translation>
    </message>
    <message>
        <source>Saved the report to {path}. This PDF is not encrypted: keep it safe and delete it when you no longer need it.</source>
        <translation>حُفظ التقرير في {path}. ملف PDF هذا غير مشفّر: احفظه في مكان آمن واحذفه عندما لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>أُرسلت {pages} صفحات إلى الطابعة.</translation>
    </message>
    <message>
        <source>The report was cancelled. Nothing was written.</source>
        <translation>أُلغي التقرير. لم يُكتب شيء.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Correspondence log</source>
        <translation>سجل المراسلات</translation>
    </message>
    <message>
        <source>Visit dossier</source>
        <translation>ملف الزيارة</translation>
    </message>
    <message>
        <source>Recommendations tracker</source>
        <translation>متابعة التوصيات</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>التقرير(&amp;R):</translation>
    </message>
    <message>
        <source>Visit of the dossier</source>
        <translation>زيارة الملف</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>الزيارة(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من(&amp;F):</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>بداية الفترة</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى(&amp;T):</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>نهاية الفترة</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>لغة التقرير</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>اللغة(&amp;L):</translation>
    </message>
    <message>
        <source>Mark every page “&amp;Confidential”</source>
        <translation>وضع علامة «سري» على كل صفحة(&amp;C)</translation>
    </message>
    <message>
        <source>Mark every page Confidential</source>
        <translation>وضع علامة «سري» على كل صفحة</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to &amp;whom</source>
        <translation>إدراج متى خرج كل سجل من الخزنة، وإلى من(&amp;W)</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to whom</source>
        <translation>إدراج متى خرج كل سجل من الخزنة، وإلى من</translation>
    </message>
    <message>
        <source>Limit the period: {what}</source>
        <translation>تحديد الفترة: {what}</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Save the report as a PDF</source>
        <translation>حفظ التقرير بصيغة PDF</translation>
    </message>
    <message>
        <source>The PDF of the {report} will NOT be encrypted.</source>
        <translation>ملف PDF الخاص بـ {report} لن يكون مشفّراً.</translation>
    </message>
    <message>
        <source>It leaves the vault: anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>يخرج من الخزنة: يستطيع قراءته كل من يمكنه فتح المجلد الذي تختاره، أو من يحصل على هذا الحاسوب أو القرص. لن يحذفه npmdesk نيابةً عنك لاحقاً. احفظه فقط حيث يجب، واحذفه عند الانتهاء.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted PDF…</source>
        <translation>حفظ ملف PDF غير مشفّر(&amp;S)…</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF</source>
        <translation>حفظ ملف PDF غير مشفّر</translation>
    </message>
    <message>
        <source>Cancel: keep the report in the vault</source>
        <translation>إلغاء: إبقاء التقرير في الخزنة</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>طباعة التقرير</translation>
    </message>
    <message>
        <source>The {report} will be sent to the printer unencrypted.</source>
        <translation>سيُرسل {report} إلى الطابعة دون تشفير.</translation>
    </message>
    <message>
        <source>The print queue, a network printer or a “print to file” may keep a readable copy. Collect the pages at once.</source>
        <translation>قد تحتفظ قائمة انتظار الطباعة أو طابعة الشبكة أو «الطباعة إلى ملف» بنسخة مقروءة. اجمع الصفحات فوراً.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>طباعة(&amp;P)…</translation>
    </message>
    <message>
        <source>Cancel: do not print</source>
        <translation>إلغاء: عدم الطباعة</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReportTracks</name>
    <message>
        <source>Reply received on {date}</source>
        <translation>استُلم الرد في {date}</translation>
    </message>
    <message>
        <source>Reply made (no date recorded)</source>
        <translation>تم الرد (لم يُسجَّل تاريخ)</translation>
    </message>
    <message>
        <source>Reply due: not known (no transmission date)</source>
        <translation>موعد الرد: غير معروف (لا يوجد تاريخ إحالة)</translation>
    </message>
    <message>
        <source>Reply due by {date}</source>
        <translation>الرد مستحق بحلول {date}</translation>
    </message>
    <message>
        <source>(transmission + 1 month)</source>
        <translation>(الإحالة + شهر واحد)</translation>
    </message>
    <message>
        <source>(transmission + {months} months)</source>
        <translation>(الإحالة + {months} أشهر)</translation>
    </message>
    <message>
        <source>Overdue: {text}</source>
        <translation>متأخر: {text}</translation>
    </message>
    <message>
        <source>Published: {state} can apply to the OPCAT Special Fund (art. 26)</source>
        <translation>منشور: يمكن لـ {state} التقدم بطلب إلى الصندوق الخاص للبروتوكول الاختياري (المادة 26)</translation>
    </message>
    <message>
        <source>Special Fund (art. 26): {state} can apply once a report to it is published</source>
        <translation>الصندوق الخاص (المادة 26): يمكن لـ {state} التقدم بطلب بعد نشر تقرير موجّه إليها</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>استُلم في {date}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>الصندوق الخاص</translation>
    </message>
</context>
<context>
    <name>ReportTracksPanel</name>
    <message>
        <source>Report to the State</source>
        <translation>تقرير إلى الدولة</translation>
    </message>
    <message>
        <source>Report to the NPM</source>
        <translation>تقرير إلى الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>Open the report to the State</source>
        <translation>فتح التقرير إلى الدولة</translation>
    </message>
    <message>
        <source>Open the report to the NPM</source>
        <translation>فتح التقرير إلى الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>فتح التقرير</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>الصندوق الخاص</translation>
    </message>
    <message>
        <source>No report recorded yet.</source>
        <translation>لم يُسجَّل أي تقرير بعد.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>التالي: {step}</translation>
    </message>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>Transmitted on {date}</source>
        <translation>أُحيل في {date}</translation>
    </message>
    <message>
        <source>Transmission date not recorded</source>
        <translation>لم يُسجَّل تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Publication: {decision}</source>
        <translation>النشر: {decision}</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>لم يُبتّ فيه</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>نُشر في {date}</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
</context>
<context>
    <name>ReportsFeature</name>
    <message>
        <source>&amp;Reports…</source>
        <translation>التقارير(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print or save a PDF of the correspondence log, a visit dossier or the recommendations tracker</source>
        <translation>طباعة سجل المراسلات أو ملف زيارة أو متابعة التوصيات، أو حفظها بصيغة PDF</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup is restored into a new folder, as a vault of its own. The open vault is not changed.</source>
        <translation>تُستعاد النسخة الاحتياطية في مجلد جديد، كخزنة مستقلة. لا تتغير الخزنة المفتوحة.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>اختيار(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>اختيار ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>New folder for the restored vault</source>
        <translation>مجلد جديد للخزنة المستعادة</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>اختيار(&amp;S)…</translation>
    </message>
    <message>
        <source>Choose the new folder</source>
        <translation>اختيار المجلد الجديد</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>ملف النسخة الاحتياطية(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;New folder:</source>
        <translation>المجلد الجديد(&amp;N):</translation>
    </message>
    <message>
        <source>Problem restoring the backup</source>
        <translation>مشكلة في استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>تقدّم الاستعادة</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>استعادة(&amp;R)</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>&amp;Open the Restored Vault</source>
        <translation>فتح الخزنة المستعادة(&amp;O)</translation>
    </message>
    <message>
        <source>Lock this vault and open the restored one</source>
        <translation>قفل هذه الخزنة وفتح الخزنة المستعادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>رمز الاسترداد(&amp;C):</translation>
    </message>
    <message>
        <source>The backup&apos;s recovery code</source>
        <translation>رمز الاسترداد الخاص بالنسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The recovery code the vault had when the backup was made.</source>
        <translation>رمز الاسترداد الذي كان للخزنة عند إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>استخدام عبارة المرور بدلاً من ذلك(&amp;I)</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>استخدام عبارة المرور بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>عبارة المرور(&amp;P):</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>عبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>عبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك(&amp;I)</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>اختر النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>نسخ npmdesk الاحتياطية (*{suffix})</translation>
    </message>
    <message>
        <source>Name the new folder for the restored vault</source>
        <translation>سمِّ المجلد الجديد للخزنة المستعادة</translation>
    </message>
    <message>
        <source>Restored vault</source>
        <translation>الخزنة المستعادة</translation>
    </message>
    <message>
        <source>Checking the backup, restoring it and checking the restored vault…</source>
        <translation>جارٍ التحقق من النسخة الاحتياطية واستعادتها والتحقق من الخزنة المستعادة…</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>إلغاء الاستعادة</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. Open it with the recovery code you typed; npmdesk then asks for a new passphrase and shows a new recovery code. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>استُعيدت النسخة الاحتياطية في {folder}: تُفتح واجتازت فحصي السلامة كليهما. افتحها برمز الاسترداد الذي كتبته؛ يطلب npmdesk بعد ذلك عبارة مرور جديدة ويعرض رمز استرداد جديداً. لفتحها لاحقاً، شغّل npmdesk مع --vault وهذا المجلد.</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. It opens with the passphrase the vault had when the backup was made. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>استُعيدت النسخة الاحتياطية في {folder}: تُفتح واجتازت فحصي السلامة كليهما. تُفتح بعبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية. لفتحها لاحقاً، شغّل npmdesk مع --vault وهذا المجلد.</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>أُلغيت الاستعادة. لم يُنشأ شيء.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everywhere</source>
        <translation>البحث في كل مكان</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>Search everywhere ({shortcut})</source>
        <translation>البحث في كل مكان ({shortcut})</translation>
    </message>
    <message>
        <source>Results appear as you type. Escape clears the search. Shortcut: {shortcut}</source>
        <translation>تظهر النتائج أثناء الكتابة. يمسح Escape البحث. الاختصار: {shortcut}</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <source>Search filters</source>
        <translation>عوامل تصفية البحث</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>درجة السرية</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>الجهة المقابلة</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Dated from</source>
        <translation>بتاريخ من</translation>
    </message>
    <message>
        <source>Dated until</source>
        <translation>بتاريخ حتى</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <translation>{name}: الخيارات</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>أيّ</translation>
    </message>
</context>
<context>
    <name>SearchOrder</name>
    <message>
        <source>Sort by</source>
        <translation>الترتيب حسب</translation>
    </message>
    <message>
        <source>Best match: the records that match best come first, when at most {limit} records match. Recently added: the records added to the vault most recently come first.</source>
        <translation>الأفضل تطابقاً: تأتي السجلات الأكثر تطابقاً أولاً، عندما لا يتجاوز عدد السجلات المطابقة {limit}. المضافة حديثاً: تأتي السجلات التي أُضيفت إلى الخزنة مؤخراً أولاً.</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>الأفضل تطابقاً</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>المضافة حديثاً</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>النتائج</translation>
    </message>
</context>
<context>
    <name>SecurityEvent</name>
    <message>
        <source>Unlocked with this device&apos;s keyring</source>
        <translation>فُتح القفل بحلقة مفاتيح هذا الجهاز</translation>
    </message>
    <message>
        <source>Unlocked with the passphrase</source>
        <translation>فُتح القفل بعبارة المرور</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>أُنشئت الخزنة</translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation>فُتح القفل برمز الاسترداد</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>غُيّرت عبارة المرور</translation>
    </message>
    <message>
        <source>Remembered on this device</source>
        <translation>متذكَّرة على هذا الجهاز</translation>
    </message>
    <message>
        <source>No longer remembered on this device</source>
        <translation>لم تعد متذكَّرة على هذا الجهاز</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>استُبدل رمز الاسترداد</translation>
    </message>
    <message>
        <source>Vault key replaced</source>
        <translation>استُبدل مفتاح الخزنة</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message>
        <source>This vault is new: it has not been unlocked before.</source>
        <translation>هذه الخزنة جديدة: لم يُفتح قفلها من قبل.</translation>
    </message>
    <message>
        <source>This is the first time this vault has been unlocked.</source>
        <translation>هذه أول مرة يُفتح فيها قفل هذه الخزنة.</translation>
    </message>
    <message>
        <source>Last unlock before this session: {when} — {what}.</source>
        <translation>آخر فتح للقفل قبل هذه الجلسة: {when} — {what}.</translation>
    </message>
</context>
<context>
    <name>SendMail</name>
    <message>
        <source>Se&amp;nd by Email…</source>
        <translation>إرسال بالبريد الإلكتروني… (&amp;N)</translation>
    </message>
    <message>
        <source>Send by Email</source>
        <translation>إرسال بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>npmdesk writes a mail draft that carries {file}, encrypted, and opens it in your mail program.</source>
        <translation>يكتب npmdesk مسودة رسالة تحمل {file} مشفّرًا، ويفتحها في برنامج البريد لديك.</translation>
    </message>
    <message>
        <source>Recipients&apos; email addresses</source>
        <translation>عناوين البريد الإلكتروني للمستلمين</translation>
    </message>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation>name@example.org, another@example.org</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى (&amp;T):</translation>
    </message>
    <message>
        <source>Language of the cover note</source>
        <translation>لغة الرسالة المرافقة</translation>
    </message>
    <message>
        <source>Cover note in &amp;language:</source>
        <translation>لغة الرسالة المرافقة (&amp;L):</translation>
    </message>
    <message>
        <source>Problem with the addresses</source>
        <translation>مشكلة في العناوين</translation>
    </message>
    <message>
        <source>The cover note travels in clear: it says what the file is and how to open it, nothing confidential. The file itself stays encrypted.</source>
        <translation>تنتقل الرسالة المرافقة دون تشفير: تذكر ماهية الملف وكيفية فتحه، ولا شيء سريًّا. أما الملف نفسه فيبقى مشفّرًا.</translation>
    </message>
    <message>
        <source>&amp;Save the Draft and Open It…</source>
        <translation>حفظ المسودة وفتحها… (&amp;S)</translation>
    </message>
    <message>
        <source>Save the draft and open it</source>
        <translation>حفظ المسودة وفتحها</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save the mail draft</source>
        <translation>حفظ مسودة الرسالة</translation>
    </message>
    <message>
        <source>Mail drafts (*{suffix})</source>
        <translation>مسودات البريد (*{suffix})</translation>
    </message>
    <message>
        <source>The mail draft is saved as {path} and opens in your mail program: check it and send it. Its cover note travels in clear; it says nothing confidential.</source>
        <translation>حُفظت مسودة الرسالة باسم {path} وستُفتح في برنامج البريد لديك: راجِعها وأرسِلها. تنتقل رسالتها المرافقة دون تشفير، ولا تذكر شيئًا سريًّا.</translation>
    </message>
    <message>
        <source>Writing the mail draft…</source>
        <translation>جارٍ كتابة مسودة الرسالة…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Emergency erase</source>
        <translation>محو طارئ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not chosen yet</source>
        <translation>لم يُختر بعد</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>npmdesk speaks this language as soon as you save. Open record forms close and keep their drafts.</source>
        <translation>يتحدث npmdesk هذه اللغة فور الحفظ. تُغلق نماذج السجلات المفتوحة وتحتفظ بمسوداتها.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <source>Colours of npmdesk</source>
        <translation>ألوان npmdesk</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>الألوان(&amp;C):</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one to a contact to choose it here.</source>
        <translation>لا توجد بعد جهة اتصال لديها مستلم age. أضف واحداً إلى جهة اتصال لتختارها هنا.</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it).</source>
        <translation>اختر دولتك من القائمة (اكتب جزءاً من اسمها للعثور عليها).</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>لماذا لم تُحفظ الإعدادات</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>القفل والحافظة</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>القفل بعد هذه المدة دون استخدام(&amp;L):</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>الدقائق دون استخدام قبل قفل الخزنة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation>مسح النص المنسوخ بعد(&amp;C):</translation>
    </message>
    <message>
        <source>Seconds before copied record text is cleared from the clipboard</source>
        <translation>الثواني قبل مسح نص السجل المنسوخ من الحافظة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>The vault also locks when you lock the screen or the computer goes to sleep.</source>
        <translation>تُقفل الخزنة أيضاً عندما تقفل الشاشة أو يدخل الحاسوب في وضع السكون.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>اللغة(&amp;N):</translation>
    </message>
    <message>
        <source>Language of npmdesk</source>
        <translation>لغة npmdesk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start npmdesk.</source>
        <translation>تُستخدم اللغة الجديدة في المرة القادمة التي تشغّل فيها npmdesk.</translation>
    </message>
    <message>
        <source>Your NPM</source>
        <translation>آليتك الوقائية الوطنية</translation>
    </message>
    <message>
        <source>S&amp;tate party:</source>
        <translation>الدولة الطرف(&amp;T):</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>الدولة الطرف التي تتبع لها آليتك الوقائية الوطنية</translation>
    </message>
    <message>
        <source>New visits, reports, recommendations and places start with this country. It is kept in the vault, for everyone who opens it.</source>
        <translation>تبدأ الزيارات والتقارير والتوصيات والأماكن الجديدة بهذا البلد. يُحفظ في الخزنة، لكل من يفتحها.</translation>
    </message>
    <message>
        <source>Default export recipients</source>
        <translation>مستلمو التصدير الافتراضيون</translation>
    </message>
    <message>
        <source>Contacts chosen &amp;here are ticked when you export. Only contacts with an age recipient are listed.</source>
        <translation>جهات الاتصال المختارة هنا تُحدَّد عند التصدير. لا تُدرج إلا جهات الاتصال التي لديها مستلم age.(&amp;H)</translation>
    </message>
    <message>
        <source>Contacts to export to by default</source>
        <translation>جهات الاتصال التي يُصدَّر إليها افتراضياً</translation>
    </message>
</context>
<context>
    <name>SettingsNotSaved</name>
    <message>
        <source>npmdesk could not save its settings in {path} (is the disk full or read-only?), so they last only until npmdesk closes: free some space, then save them again.</source>
        <translation>تعذّر على npmdesk حفظ إعداداته في {path} (هل القرص ممتلئ أو للقراءة فقط؟)، لذا لا تدوم إلا حتى إغلاق npmdesk: حرّر بعض المساحة، ثم احفظها مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Chart of implementation status</source>
        <translation>رسم بياني لحالة التنفيذ</translation>
    </message>
    <message>
        <source>NPM</source>
        <translation>الآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الدولة</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>{status}: {count}</source>
        <translation>{status}: {count}</translation>
    </message>
    <message>
        <source>NPM&apos;s assessment: {npm}; State&apos;s reports: {state}</source>
        <translation>تقييم الآلية الوقائية الوطنية: {npm}؛ ما تبلغ عنه الدولة: {state}</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Deadline of the annual report</source>
        <translation>الموعد النهائي للتقرير السنوي</translation>
    </message>
    <message>
        <source>Steps of the annual report</source>
        <translation>مراحل التقرير السنوي</translation>
    </message>
    <message>
        <source>Steps of this annual report</source>
        <translation>مراحل هذا التقرير السنوي</translation>
    </message>
    <message>
        <source>Deadline: none yet — set the year or the national deadline</source>
        <translation>الموعد النهائي: لا يوجد بعد — حدّد السنة أو الموعد النهائي الوطني</translation>
    </message>
    <message>
        <source>Deadline: about {date} — set the national deadline</source>
        <translation>الموعد النهائي: نحو {date} — حدّد الموعد النهائي الوطني</translation>
    </message>
    <message>
        <source>Deadline: {date} (national deadline)</source>
        <translation>الموعد النهائي: {date} (الموعد النهائي الوطني)</translation>
    </message>
    <message>
        <source>Published nationally</source>
        <translation>نُشر على الصعيد الوطني</translation>
    </message>
    <message>
        <source>Tabled in parliament</source>
        <translation>قُدّم إلى البرلمان</translation>
    </message>
    <message>
        <source>Sent to the SPT</source>
        <translation>أُرسل إلى اللجنة الفرعية</translation>
    </message>
    <message>
        <source>Acknowledged by the SPT</source>
        <translation>أقرّت اللجنة الفرعية باستلامه</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site</source>
        <translation>نُشر على موقع المفوضية السامية</translation>
    </message>
    <message>
        <source>{step}: pending</source>
        <translation>{step}: قيد الانتظار</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>لم يُسجَّل التاريخ</translation>
    </message>
    <message>
        <source>{step}: done, {date}</source>
        <translation>{step}: منجز، {date}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>A team folder is a folder that a sync tool (Syncthing, a shared folder, a USB stick) keeps the same on each of your NPM&apos;s laptops. npmdesk writes only encrypted, signed files there.</source>
        <translation>مجلد الفريق هو مجلد تُبقيه أداة مزامنة (Syncthing أو مجلد مشترك أو ذاكرة USB) متطابقاً على كل حاسوب محمول لآليتكم الوقائية الوطنية. لا يكتب npmdesk فيه إلا ملفات مشفّرة وموقّعة.</translation>
    </message>
    <message>
        <source>Close the Team dialog</source>
        <translation>إغلاق نافذة الفريق</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>مجلد الفريق</translation>
    </message>
    <message>
        <source>The team folder</source>
        <translation>مجلد الفريق</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>اختيار المجلد(&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>اختيار مجلد الفريق</translation>
    </message>
    <message>
        <source>Why the team folder was not changed</source>
        <translation>لماذا لم يُغيَّر مجلد الفريق</translation>
    </message>
    <message>
        <source>Member devices</source>
        <translation>الأجهزة الأعضاء</translation>
    </message>
    <message>
        <source>&amp;Member devices (the NPM&apos;s own laptops that receive this vault&apos;s changes):</source>
        <translation>الأجهزة الأعضاء (الحواسيب المحمولة للآلية الوقائية الوطنية التي تتلقى تغييرات هذه الخزنة)(&amp;M):</translation>
    </message>
    <message>
        <source>About the member devices</source>
        <translation>حول الأجهزة الأعضاء</translation>
    </message>
    <message>
        <source>&amp;Add Device…</source>
        <translation>إضافة جهاز(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a member device</source>
        <translation>إضافة جهاز عضو</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the chosen member device</source>
        <translation>إزالة الجهاز العضو المختار</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>المزامنة الآن(&amp;S)</translation>
    </message>
    <message>
        <source>Sync with the team folder now</source>
        <translation>المزامنة مع مجلد الفريق الآن</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>ما قامت به آخر مزامنة</translation>
    </message>
    <message>
        <source>No team folder chosen yet.</source>
        <translation>لم يُختر مجلد للفريق بعد.</translation>
    </message>
    <message>
        <source>{folder} — not there now (is the disk or the share connected?)</source>
        <translation>{folder} — غير موجود الآن (هل القرص أو المجلد المشترك متصل؟)</translation>
    </message>
    <message>
        <source>Choose the Team Folder</source>
        <translation>اختيار مجلد الفريق</translation>
    </message>
    <message>
        <source>No device can join yet: a member device is a verified contact marked as one of your NPM&apos;s own devices. On the colleague&apos;s laptop choose File → Share My Keys…; here, add its card with File → Add Contact from Card…, compare the fingerprint with the colleague by phone (Verify keys… on the contact), then tick “One of our NPM&apos;s own devices” in the contact&apos;s form.</source>
        <translation>لا يمكن لأي جهاز الانضمام بعد: الجهاز العضو جهة اتصال متحقق منها ومعلَّمة كأحد أجهزة آليتكم الوقائية الوطنية. على الحاسوب المحمول للزميل اختر ملف ← مشاركة مفاتيحي…؛ وهنا أضف بطاقته عبر ملف ← إضافة جهة اتصال من بطاقة…، وقارن البصمة مع الزميل عبر الهاتف (التحقق من المفاتيح… في جهة الاتصال)، ثم حدّد «أحد أجهزة آليتنا الوقائية الوطنية» في نموذج جهة الاتصال.</translation>
    </message>
    <message>
        <source>{name} is now a member device: the next sync makes a snapshot of this vault for it.</source>
        <translation>أصبح {name} الآن جهازاً عضواً: تُنشئ المزامنة التالية له لقطة من هذه الخزنة.</translation>
    </message>
    <message>
        <source>&amp;Remove from the Team</source>
        <translation>الإزالة من الفريق(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the device from the team</source>
        <translation>إزالة الجهاز من الفريق</translation>
    </message>
    <message>
        <source>Remove {name} from the team?</source>
        <translation>هل تريد إزالة {name} من الفريق؟</translation>
    </message>
    <message>
        <source>Remove this device from the team?</source>
        <translation>هل تريد إزالة هذا الجهاز من الفريق؟</translation>
    </message>
    <message>
        <source>Remove a Member Device</source>
        <translation>إزالة جهاز عضو</translation>
    </message>
    <message>
        <source>New changes are no longer sent to it. What it already received stays with it: npmdesk cannot take back what a device holds.</source>
        <translation>لن تُرسَل إليه التغييرات الجديدة بعد الآن. ما تلقّاه من قبل يبقى لديه: لا يستطيع npmdesk استرجاع ما يحتفظ به جهاز.</translation>
    </message>
    <message>
        <source>Keep the device in the team</source>
        <translation>إبقاء الجهاز في الفريق</translation>
    </message>
    <message>
        <source>Syncing with the team folder…</source>
        <translation>جارٍ المزامنة مع مجلد الفريق…</translation>
    </message>
    <message>
        <source>The sync was stopped. Nothing was half-applied.</source>
        <translation>أُوقفت المزامنة. لم يُطبَّق شيء جزئياً.</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(جهة اتصال محذوفة)</translation>
    </message>
    <message>
        <source>no keys usable: it is no longer a verified own device with keys</source>
        <translation>لا مفاتيح صالحة للاستخدام: لم يعد جهازاً خاصاً متحققاً منه وله مفاتيح</translation>
    </message>
    <message>
        <source>a file was set aside: {why}</source>
        <translation>وُضع ملف جانباً: {why}</translation>
    </message>
    <message>
        <source>waiting for its first snapshot</source>
        <translation>بانتظار لقطته الأولى</translation>
    </message>
    <message>
        <source>waiting for changeset {number}</source>
        <translation>بانتظار مجموعة التغييرات {number}</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>its snapshot</source>
        <translation>لقطته</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>لا شيء بعد</translation>
    </message>
    <message>
        <source>up to {number}</source>
        <translation>حتى {number}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبداً</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>الآن</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقتين</numerusform>
            <numerusform>منذ %Ln دقائق</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
            <numerusform>منذ %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعتين</numerusform>
            <numerusform>منذ %Ln ساعات</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
            <numerusform>منذ %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
            <numerusform>منذ %Ln يومين</numerusform>
            <numerusform>منذ %Ln أيام</numerusform>
            <numerusform>منذ %Ln يوماً</numerusform>
            <numerusform>منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changeset(s) from the other devices.</source>
        <translation>
            <numerusform>طُبِّقت %Ln مجموعة تغييرات من الأجهزة الأخرى.</numerusform>
            <numerusform>طُبِّقت %Ln مجموعة تغييرات من الأجهزة الأخرى.</numerusform>
            <numerusform>طُبِّقت %Ln مجموعتا تغييرات من الأجهزة الأخرى.</numerusform>
            <numerusform>طُبِّقت %Ln مجموعات تغييرات من الأجهزة الأخرى.</numerusform>
            <numerusform>طُبِّقت %Ln مجموعة تغييرات من الأجهزة الأخرى.</numerusform>
            <numerusform>طُبِّقت %Ln مجموعة تغييرات من الأجهزة الأخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent this device&apos;s changes as changeset {number}.</source>
        <translation>أُرسلت تغييرات هذا الجهاز كمجموعة التغييرات {number}.</translation>
    </message>
    <message numerus="yes">
        <source>Made a snapshot of this vault for %n new member device(s).</source>
        <translation>
            <numerusform>أُنشئت لقطة من هذه الخزنة لـ %Ln جهاز عضو جديد.</numerusform>
            <numerusform>أُنشئت لقطة من هذه الخزنة لـ%Ln جهاز عضو جديد.</numerusform>
            <numerusform>أُنشئت لقطة من هذه الخزنة لـ%Ln جهازين عضوين جديدين.</numerusform>
            <numerusform>أُنشئت لقطة من هذه الخزنة لـ %Ln أجهزة أعضاء جديدة.</numerusform>
            <numerusform>أُنشئت لقطة من هذه الخزنة لـ %Ln جهازاً عضواً جديداً.</numerusform>
            <numerusform>أُنشئت لقطة من هذه الخزنة لـ %Ln جهاز عضو جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: see “Edited on both sides”.</source>
        <translation>
            <numerusform>عُدِّل %Ln سجل في الجانبين: انظر «عُدِّل في الجانبين».</numerusform>
            <numerusform>عُدِّل %Ln سجل في الجانبين: انظر «عُدِّل في الجانبين».</numerusform>
            <numerusform>عُدِّل %Ln سجلان في الجانبين: انظر «عُدِّل في الجانبين».</numerusform>
            <numerusform>عُدِّلت %Ln سجلات في الجانبين: انظر «عُدِّل في الجانبين».</numerusform>
            <numerusform>عُدِّل %Ln سجلاً في الجانبين: انظر «عُدِّل في الجانبين».</numerusform>
            <numerusform>عُدِّل %Ln سجل في الجانبين: انظر «عُدِّل في الجانبين».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were set aside: see the table.</source>
        <translation>
            <numerusform>وُضع %Ln ملف جانباً: انظر الجدول.</numerusform>
            <numerusform>وُضع %Ln ملف جانباً: انظر الجدول.</numerusform>
            <numerusform>وُضع %Ln ملفان جانباً: انظر الجدول.</numerusform>
            <numerusform>وُضعت %Ln ملفات جانباً: انظر الجدول.</numerusform>
            <numerusform>وُضع %Ln ملفاً جانباً: انظر الجدول.</numerusform>
            <numerusform>وُضع %Ln ملف جانباً: انظر الجدول.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) wait for a changeset that is not in the folder yet.</source>
        <translation>
            <numerusform>ينتظر %Ln جهاز مجموعة تغييرات ليست في المجلد بعد.</numerusform>
            <numerusform>ينتظر %Ln جهاز مجموعة تغييرات ليست في المجلد بعد.</numerusform>
            <numerusform>ينتظر %Ln جهازان مجموعة تغييرات ليست في المجلد بعد.</numerusform>
            <numerusform>تنتظر %Ln أجهزة مجموعة تغييرات ليست في المجلد بعد.</numerusform>
            <numerusform>ينتظر %Ln جهازاً مجموعة تغييرات ليست في المجلد بعد.</numerusform>
            <numerusform>ينتظر %Ln جهاز مجموعة تغييرات ليست في المجلد بعد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member device(s) left out: no keys usable.</source>
        <translation>
            <numerusform>استُبعد %Ln جهاز عضو: لا مفاتيح صالحة للاستخدام.</numerusform>
            <numerusform>استُبعد %Ln جهاز عضو: لا مفاتيح صالحة للاستخدام.</numerusform>
            <numerusform>استُبعد %Ln جهازان عضوان: لا مفاتيح صالحة للاستخدام.</numerusform>
            <numerusform>استُبعدت %Ln أجهزة أعضاء: لا مفاتيح صالحة للاستخدام.</numerusform>
            <numerusform>استُبعد %Ln جهازاً عضواً: لا مفاتيح صالحة للاستخدام.</numerusform>
            <numerusform>استُبعد %Ln جهاز عضو: لا مفاتيح صالحة للاستخدام.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n subfolder(s) of devices that are not members.</source>
        <translation>
            <numerusform>تُجوهل %Ln مجلد فرعي لأجهزة ليست أعضاء.</numerusform>
            <numerusform>تُجوهل %Ln مجلد فرعي لجهاز ليس عضواً.</numerusform>
            <numerusform>تُجوهل %Ln مجلدان فرعيان لأجهزة ليست أعضاء.</numerusform>
            <numerusform>تُجوهلت %Ln مجلدات فرعية لأجهزة ليست أعضاء.</numerusform>
            <numerusform>تُجوهل %Ln مجلداً فرعياً لأجهزة ليست أعضاء.</numerusform>
            <numerusform>تُجوهل %Ln مجلد فرعي لأجهزة ليست أعضاء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: up to date with %n device(s).</source>
        <translation>
            <numerusform>لا جديد: محدَّث مع %Ln جهاز.</numerusform>
            <numerusform>لا جديد: محدَّث مع %Ln جهاز.</numerusform>
            <numerusform>لا جديد: محدَّث مع %Ln جهازين.</numerusform>
            <numerusform>لا جديد: محدَّث مع %Ln أجهزة.</numerusform>
            <numerusform>لا جديد: محدَّث مع %Ln جهازاً.</numerusform>
            <numerusform>لا جديد: محدَّث مع %Ln جهاز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No team folder chosen yet; %n member device(s).</source>
        <translation>
            <numerusform>لم يُختر مجلد للفريق بعد؛ %Ln جهاز عضو.</numerusform>
            <numerusform>لم يُختر مجلد للفريق بعد؛ %Ln جهاز عضو.</numerusform>
            <numerusform>لم يُختر مجلد للفريق بعد؛ %Ln جهازان عضوان.</numerusform>
            <numerusform>لم يُختر مجلد للفريق بعد؛ %Ln أجهزة أعضاء.</numerusform>
            <numerusform>لم يُختر مجلد للفريق بعد؛ %Ln جهازاً عضواً.</numerusform>
            <numerusform>لم يُختر مجلد للفريق بعد؛ %Ln جهاز عضو.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder {folder}; %n member device(s).</source>
        <translation>
            <numerusform>المجلد {folder}؛ %Ln جهاز عضو.</numerusform>
            <numerusform>المجلد {folder}؛ %Ln جهاز عضو.</numerusform>
            <numerusform>المجلد {folder}؛ %Ln جهازان عضوان.</numerusform>
            <numerusform>المجلد {folder}؛ %Ln أجهزة أعضاء.</numerusform>
            <numerusform>المجلد {folder}؛ %Ln جهازاً عضواً.</numerusform>
            <numerusform>المجلد {folder}؛ %Ln جهاز عضو.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>&amp;Team…</source>
        <translation>الفريق(&amp;T)…</translation>
    </message>
    <message>
        <source>The team folder, the member devices and how far each one is; sync now</source>
        <translation>مجلد الفريق والأجهزة الأعضاء وإلى أين وصل كل منها؛ المزامنة الآن</translation>
    </message>
</context>
<context>
    <name>TeamSettingsGroup</name>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>The team folder and the member devices</source>
        <translation>مجلد الفريق والأجهزة الأعضاء</translation>
    </message>
    <message>
        <source>Te&amp;am…</source>
        <translation>الفريق(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the Team dialog</source>
        <translation>فتح نافذة الفريق</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <source>the team folder is missing ({path})</source>
        <translation>مجلد الفريق غير موجود ({path})</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) can no longer be reached by changesets (keys)</source>
        <translation>
            <numerusform>لم يعد بالإمكان إيصال حزم التغييرات إلى %Ln جهاز (المفاتيح)</numerusform>
            <numerusform>لم يعد بالإمكان إيصال حزم التغييرات إلى %Ln جهاز (المفاتيح)</numerusform>
            <numerusform>لم يعد بالإمكان إيصال حزم التغييرات إلى %Ln جهازين (المفاتيح)</numerusform>
            <numerusform>لم يعد بالإمكان إيصال حزم التغييرات إلى %Ln أجهزة (المفاتيح)</numerusform>
            <numerusform>لم يعد بالإمكان إيصال حزم التغييرات إلى %Ln جهازاً (المفاتيح)</numerusform>
            <numerusform>لم يعد بالإمكان إيصال حزم التغييرات إلى %Ln جهاز (المفاتيح)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to date with %n device(s)</source>
        <translation>
            <numerusform>متزامن مع %Ln جهاز</numerusform>
            <numerusform>متزامن مع %Ln جهاز</numerusform>
            <numerusform>متزامن مع %Ln جهازين</numerusform>
            <numerusform>متزامن مع %Ln أجهزة</numerusform>
            <numerusform>متزامن مع %Ln جهازاً</numerusform>
            <numerusform>متزامن مع %Ln جهاز</numerusform>
        </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>جارٍ التزامن…</translation>
    </message>
    <message>
        <source>the last sync failed ({reason})</source>
        <translation>فشل التزامن الأخير ({reason})</translation>
    </message>
    <message>
        <source>{device} is left out: it is no longer a verified own device with keys</source>
        <translation>{device} مستبعد: لم يعد جهازاً موثَّقاً من أجهزة آليتكم الوقائية الوطنية له مفاتيحه</translation>
    </message>
    <message>
        <source>a file from {device} was set aside ({reason})</source>
        <translation>وُضع ملف من {device} جانباً ({reason})</translation>
    </message>
    <message>
        <source>waiting for the first snapshot from {device}</source>
        <translation>في انتظار اللقطة الأولى من {device}</translation>
    </message>
    <message>
        <source>waiting for changeset {number} from {device}</source>
        <translation>في انتظار مجموعة التغييرات {number} من {device}</translation>
    </message>
    <message>
        <source>{device}: up to date</source>
        <translation>{device}: متزامن</translation>
    </message>
    <message>
        <source>Team: {state}</source>
        <translation>الفريق: {state}</translation>
    </message>
    <message>
        <source>Click, or press Space, to open the team settings.</source>
        <translation>انقر، أو اضغط مفتاح المسافة، لفتح إعدادات الفريق.</translation>
    </message>
    <message>
        <source>Team status</source>
        <translation>حالة الفريق</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Messages of this thread, oldest first</source>
        <translation>رسائل هذه السلسلة، الأقدم أولاً</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>الرد على هذه الرسالة</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Follow up on this message</source>
        <translation>متابعة هذه الرسالة</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Thread: %n message(s)</source>
        <translation>
            <numerusform>السلسلة: %Ln رسالة(&amp;J)</numerusform>
            <numerusform>السلسلة: رسالة واحدة (%Ln)(&amp;J)</numerusform>
            <numerusform>السلسلة: رسالتان (%Ln)(&amp;J)</numerusform>
            <numerusform>السلسلة: %Ln رسائل(&amp;J)</numerusform>
            <numerusform>السلسلة: %Ln رسالة(&amp;J)</numerusform>
            <numerusform>السلسلة: %Ln رسالة(&amp;J)</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} (this message)</source>
        <translation>{message} (هذه الرسالة)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vault: {folder}</source>
        <translation>الخزنة: {folder}</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>استعادة نسخة احتياطية(&amp;B)…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>استعادة نسخة احتياطية في مجلد جديد</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>استخدام عبارة المرور بدلاً من ذلك(&amp;I)</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>استخدام عبارة المرور بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك(&amp;I)</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Opening the vault with this device&apos;s keyring…</source>
        <translation>جارٍ فتح الخزنة بحلقة مفاتيح هذا الجهاز…</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>جارٍ التحقق من رمز الاسترداد…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>اكتب عبارة المرور.</translation>
    </message>
    <message>
        <source>Unlocking. This takes about a second…</source>
        <translation>جارٍ فتح القفل. يستغرق ذلك نحو ثانية…</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Unlock npmdesk</source>
        <translation>فتح قفل npmdesk</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>الخزنة مقفلة</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>عبارة المرور(&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>مشكلة في عبارة المرور</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down: eight groups of four letters and digits. Dashes, spaces and capitals do not matter. A recovery code opens the vault only once: you then choose a new passphrase and get a new recovery code to write down, and the code you type here stops working.</source>
        <translation>اكتب رمز الاسترداد الذي دوّنته: ثماني مجموعات من أربعة أحرف وأرقام. لا تهم الشرطات والمسافات والأحرف الكبيرة. يفتح رمز الاسترداد الخزنة مرة واحدة فقط: تختار بعد ذلك عبارة مرور جديدة وتحصل على رمز استرداد جديد لتدوّنه، ويتوقف الرمز الذي تكتبه هنا عن العمل.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>رمز الاسترداد(&amp;R):</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>رمز الاسترداد</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>مشكلة في رمز الاسترداد</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك(&amp;I)</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>استخدام رمز الاسترداد بدلاً من ذلك</translation>
    </message>
    <message>
        <source>Problem unlocking the vault</source>
        <translation>مشكلة في فتح قفل الخزنة</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>فتح القفل(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>npmdesk User Guide</source>
        <translation>دليل مستخدم npmdesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>المحتويات</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>صفحة الدليل</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>رجوع(&amp;B)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>تقدّم(&amp;W)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>صفحة البداية(&amp;S)</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>صفحة البداية</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>البحث في الصفحة</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>بحث(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>السابق(&amp;P)</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>البحث عن السابق</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>التالي(&amp;N)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>البحث عن التالي</translation>
    </message>
    <message>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>هذه الصفحة غير مترجمة بعد: تُعرض بالإنجليزية.</translation>
    </message>
    <message>
        <source>A link outside the guide</source>
        <translation>رابط خارج الدليل</translation>
    </message>
    <message>
        <source>npmdesk does not open web pages or other programs. To read this page, copy its address into a web browser:</source>
        <translation>لا يفتح npmdesk صفحات الويب أو البرامج الأخرى. لقراءة هذه الصفحة، انسخ عنوانها في متصفح ويب:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>غير موجود</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Va&amp;ult</source>
        <translation>الخزنة(&amp;U)</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>تغيير عبارة المرور(&amp;P)…</translation>
    </message>
    <message>
        <source>Set a new passphrase after typing the current one (or the recovery code)</source>
        <translation>تعيين عبارة مرور جديدة بعد كتابة العبارة الحالية (أو رمز الاسترداد)</translation>
    </message>
    <message>
        <source>&amp;Check Integrity…</source>
        <translation>فحص السلامة(&amp;C)…</translation>
    </message>
    <message>
        <source>Check that every page of the vault is intact</source>
        <translation>التحقق من أن كل صفحة من الخزنة سليمة</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>استعادة نسخة احتياطية(&amp;R)…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder; this vault is not changed</source>
        <translation>استعادة نسخة احتياطية في مجلد جديد؛ لا تتغير هذه الخزنة</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>تغيّرت عبارة المرور. لم تعد العبارة القديمة تفتح الخزنة.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>غُيّرت عبارة المرور</translation>
    </message>
    <message>
        <source>The recovery code you used still works: npmdesk offers a new one at the next unlock.</source>
        <translation>لا يزال رمز الاسترداد الذي استخدمته صالحاً: يعرض npmdesk رمزاً جديداً عند فتح القفل في المرة القادمة.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works; the new one you wrote down does.</source>
        <translation>لم يعد رمز الاسترداد الذي استخدمته صالحاً؛ والرمز الجديد الذي دوّنته هو الصالح.</translation>
    </message>
</context>
<context>
    <name>VerifyKeysDialog</name>
    <message>
        <source>Verify Keys</source>
        <translation>التحقق من المفاتيح</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>البصمة المراد مقارنتها</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>The fingerprints &amp;match</source>
        <translation>البصمتان متطابقتان(&amp;M)</translation>
    </message>
    <message>
        <source>The fingerprints match: mark the keys as verified</source>
        <translation>البصمتان متطابقتان: وضع علامة على المفاتيح بأنها متحقَّق منها</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>إنهما مختلفتان(&amp;D)</translation>
    </message>
    <message>
        <source>The fingerprints differ: do not trust these keys</source>
        <translation>البصمتان مختلفتان: لا تثق بهذه المفاتيح</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>{name} has no valid signing key in this vault, so there is nothing to verify. Add their keys from their contact card first.</source>
        <translation>ليس لدى {name} مفتاح توقيع صالح في هذه الخزنة، لذا لا يوجد ما يُتحقق منه. أضف مفاتيحه من بطاقة جهة الاتصال الخاصة به أولاً.</translation>
    </message>
    <message>
        <source>Call {name} on a number you already know (not one given with the keys). Ask them to open File → Share My Keys… in their npmdesk and read their fingerprint aloud. Compare it with this one, group by group:</source>
        <translation>اتصل بـ {name} على رقم تعرفه مسبقاً (وليس رقماً أُعطي مع المفاتيح). اطلب منه أن يفتح ملف ← مشاركة مفاتيحي… في npmdesk لديه وأن يقرأ بصمته بصوت عالٍ. قارنها بهذه البصمة، مجموعة تلو الأخرى:</translation>
    </message>
    <message>
        <source>{name}&apos;s keys are now marked as verified. Packages they sign will show as coming from a verified contact.</source>
        <translation>وُضعت علامة على مفاتيح {name} بأنها متحقَّق منها. ستظهر الحزم التي يوقّعها على أنها صادرة عن جهة اتصال متحقَّق منها.</translation>
    </message>
    <message>
        <source>Do not trust these keys: someone may have replaced them. Do not import packages signed with them and do not export for them. Ask {name} for their contact card again through another channel (in person, for example) and replace the keys on the contact.</source>
        <translation>لا تثق بهذه المفاتيح: ربما استبدلها أحدهم. لا تستورد حزماً موقّعة بها ولا تصدّر لها. اطلب من {name} بطاقة جهة الاتصال مرة أخرى عبر قناة أخرى (شخصياً مثلاً) واستبدل المفاتيح في جهة الاتصال.</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Preparation</source>
        <translation>التحضير</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>أثناء الزيارة</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>انتهت</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>المرحلة الحالية</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>قادمة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>Concern raised</source>
        <translation>أُثير القلق</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>للإنجاز</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>لم يُعقد</translation>
    </message>
    <message>
        <source>waiting for the SPT&apos;s report</source>
        <translation>انتظار تقرير اللجنة الفرعية</translation>
    </message>
    <message>
        <source>the State&apos;s reply to the SPT</source>
        <translation>رد الدولة على اللجنة الفرعية</translation>
    </message>
    <message>
        <source>the NPM&apos;s reply to the SPT</source>
        <translation>رد الآلية الوقائية الوطنية على اللجنة الفرعية</translation>
    </message>
    <message>
        <source>urge the State to request publication (art. 16(2))</source>
        <translation>حثّ الدولة على طلب النشر (المادة 16(2))</translation>
    </message>
    <message>
        <source>publication by the SPT (the State requested it)</source>
        <translation>النشر من جانب اللجنة الفرعية (طلبته الدولة)</translation>
    </message>
    <message>
        <source>the NPM decides whether to publish it</source>
        <translation>تقرر الآلية الوقائية الوطنية ما إذا كانت ستنشره</translation>
    </message>
    <message>
        <source>publish it (the NPM decided to)</source>
        <translation>نشره (قررت الآلية الوقائية الوطنية ذلك)</translation>
    </message>
    <message>
        <source>nothing: this track is complete</source>
        <translation>لا شيء: اكتمل هذا المسار</translation>
    </message>
</context>
<context>
    <name>VisitWorkspace</name>
    <message>
        <source>Columns</source>
        <translation>الأعمدة</translation>
    </message>
    <message>
        <source>nothing is overdue while the visit is on hold</source>
        <translation>لا شيء متأخر ما دامت الزيارة معلَّقة</translation>
    </message>
    <message>
        <source>Counterpart: {name}</source>
        <translation>الجهة المقابلة: {name}</translation>
    </message>
    <message>
        <source>Visit workspace: {title}</source>
        <translation>مساحة عمل الزيارة: {title}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>من {start} إلى {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>من {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>حتى {end}</translation>
    </message>
    <message>
        <source>dates not known</source>
        <translation>التواريخ غير معروفة</translation>
    </message>
    <message>
        <source>{phase}: {span}, {state}</source>
        <translation>{phase}: {span}، {state}</translation>
    </message>
    <message>
        <source>{phase} — {span} · {state}</source>
        <translation>{phase} — {span} · {state}</translation>
    </message>
    <message>
        <source>Other linked records</source>
        <translation>سجلات مرتبطة أخرى</translation>
    </message>
    <message>
        <source>{state} (ticked)</source>
        <translation>{state} (مؤشَّر عليه)</translation>
    </message>
    <message>
        <source>{item} (optional)</source>
        <translation>{item} (اختياري)</translation>
    </message>
    <message numerus="yes">
        <source>{item}: {state}, %n record(s)</source>
        <translation>
            <numerusform>{item}: {state}، %Ln سجل</numerusform>
            <numerusform>{item}: {state}، سجل واحد (%Ln)</numerusform>
            <numerusform>{item}: {state}، سجلان (%Ln)</numerusform>
            <numerusform>{item}: {state}، %Ln سجلات</numerusform>
            <numerusform>{item}: {state}، %Ln سجلاً</numerusform>
            <numerusform>{item}: {state}، %Ln سجل</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>No recommendations recorded from this visit&apos;s reports.</source>
        <translation>لم تُسجَّل توصيات من تقارير هذه الزيارة.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) from this visit&apos;s reports — {parts}</source>
        <translation>
            <numerusform>%Ln توصية من تقارير هذه الزيارة — {parts}</numerusform>
            <numerusform>توصية واحدة (%Ln) من تقارير هذه الزيارة — {parts}</numerusform>
            <numerusform>توصيتان (%Ln) من تقارير هذه الزيارة — {parts}</numerusform>
            <numerusform>%Ln توصيات من تقارير هذه الزيارة — {parts}</numerusform>
            <numerusform>%Ln توصية من تقارير هذه الزيارة — {parts}</numerusform>
            <numerusform>%Ln توصية من تقارير هذه الزيارة — {parts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitWorkspaceForm</name>
    <message>
        <source>Visit workspace</source>
        <translation>مساحة عمل الزيارة</translation>
    </message>
    <message>
        <source>Visit recor&amp;d…</source>
        <translation>سجل الزيارة(&amp;D)…</translation>
    </message>
    <message>
        <source>Show the visit&apos;s own record</source>
        <translation>عرض سجل الزيارة نفسه</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <source>Country, dates and status of the visit</source>
        <translation>بلد الزيارة وتواريخها وحالتها</translation>
    </message>
    <message>
        <source>&amp;Checklist and records (Enter or a click opens a record):</source>
        <translation>قائمة المراجعة والسجلات (يفتح Enter أو النقر سجلاً)(&amp;C):</translation>
    </message>
    <message>
        <source>Phases of the visit, their checklist and records</source>
        <translation>مراحل الزيارة وقائمة مراجعتها وسجلاتها</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>State or date</source>
        <translation>الحالة أو التاريخ</translation>
    </message>
    <message>
        <source>Recommendations of this visit</source>
        <translation>توصيات هذه الزيارة</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Search: more than {limit} results, the most recently added first. Add words to rank them by best match.</source>
        <translation>البحث: أكثر من {limit} نتيجة، المضافة حديثاً أولاً. أضف كلمات لترتيبها حسب الأفضل تطابقاً.</translation>
    </message>
    <message numerus="yes">
        <source>Search: %n result(s)</source>
        <translation>
            <numerusform>البحث: %Ln نتيجة</numerusform>
            <numerusform>البحث: نتيجة واحدة (%Ln)</numerusform>
            <numerusform>البحث: نتيجتان (%Ln)</numerusform>
            <numerusform>البحث: %Ln نتائج</numerusform>
            <numerusform>البحث: %Ln نتيجة</numerusform>
            <numerusform>البحث: %Ln نتيجة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: the %n most recently added results</source>
        <translation>
            <numerusform>البحث: أحدث %Ln نتيجة مضافة</numerusform>
            <numerusform>البحث: أحدث نتيجة مضافة (%Ln)</numerusform>
            <numerusform>البحث: أحدث نتيجتين مضافتين (%Ln)</numerusform>
            <numerusform>البحث: أحدث %Ln نتائج مضافة</numerusform>
            <numerusform>البحث: أحدث %Ln نتيجة مضافة</numerusform>
            <numerusform>البحث: أحدث %Ln نتيجة مضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: the best %n results</source>
        <translation>
            <numerusform>البحث: أفضل %Ln نتيجة</numerusform>
            <numerusform>البحث: أفضل نتيجة (%Ln)</numerusform>
            <numerusform>البحث: أفضل نتيجتين (%Ln)</numerusform>
            <numerusform>البحث: أفضل %Ln نتائج</numerusform>
            <numerusform>البحث: أفضل %Ln نتيجة</numerusform>
            <numerusform>البحث: أفضل %Ln نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسائط الموضعية</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>عرض رسالة المساعدة هذه والخروج</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: خطأ: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>الوسائط التالية مطلوبة: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسائط غير معروفة: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>خيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيط %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>يُتوقع وسيط واحد</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>يُتوقع وسيط واحد على الأقل</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>يُتوقع وسيط واحد على الأكثر</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار ملتبس: قد يطابق %(option)s %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح مع الوسيط %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد الوسائط %s مطلوب</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>تتعذر فتح &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>قُوطع.</translation>
    </message>
    <message>
        <source>Unexpected internal error ({name}). Please report it; run with NPMDESK_DEBUG=1 for details.</source>
        <translation>خطأ داخلي غير متوقع ({name}). يُرجى الإبلاغ عنه؛ شغّل مع NPMDESK_DEBUG=1 للتفاصيل.</translation>
    </message>
    <message>
        <source>Wrote the backup to {path} ({size}) and verified it: it restores with this vault&apos;s passphrase or recovery code.</source>
        <translation>كُتبت النسخة الاحتياطية في {path} ({size}) وتُحقق منها: تُستعاد بعبارة مرور هذه الخزنة أو برمز الاسترداد.</translation>
    </message>
    <message>
        <source>Keep it away from this computer (an emergency erase does not touch backups).</source>
        <translation>احفظها بعيدًا عن هذا الحاسوب (المحو الطارئ لا يمس النسخ الاحتياطية).</translation>
    </message>
    <message>
        <source>Restored the backup into {path}: it opens and passed both integrity checks.</source>
        <translation>استُعيدت النسخة الاحتياطية في {path}: تُفتح واجتازت فحصي السلامة كليهما.</translation>
    </message>
    <message>
        <source>It opens with the passphrase the vault had when the backup was made.</source>
        <translation>تُفتح بعبارة المرور التي كانت للخزنة عند إنشاء النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>To set a new one: npmdesk passwd --vault {path} --recovery-code-file FILE</source>
        <translation>لتعيين عبارة جديدة: npmdesk passwd --vault {path} --recovery-code-file FILE</translation>
    </message>
    <message>
        <source>The vault at {path} is erased: its keys were destroyed first, then its files.</source>
        <translation>مُحيت الخزنة في {path}: أُتلفت مفاتيحها أولًا، ثم ملفاتها.</translation>
    </message>
    <message>
        <source>The folder itself was kept: it holds files that are not part of the vault.</source>
        <translation>أُبقي على المجلد نفسه: فيه ملفات ليست جزءًا من الخزنة.</translation>
    </message>
    <message>
        <source>Backups are not affected: destroy them separately if they must go too.</source>
        <translation>لا تتأثر النسخ الاحتياطية: أتلفها على حدة إن كان يجب أن تزول هي أيضًا.</translation>
    </message>
    <message>
        <source>These records need your confirmation before they leave the vault:</source>
        <translation>تحتاج هذه السجلات إلى تأكيدك قبل أن تغادر الخزنة:</translation>
    </message>
    <message>
        <source>left out whatever is confirmed: {id}  {title}</source>
        <translation>مستبعد مهما أُكّد: {id}  {title}</translation>
    </message>
    <message>
        <source>Run the command again with --confirm-sensitive to export them.</source>
        <translation>أعد تشغيل الأمر مع --confirm-sensitive لتصديرها.</translation>
    </message>
    <message>
        <source>Wrote the draft to {path}, for {recipients}.</source>
        <translation>كُتبت المسودة في {path}، إلى {recipients}.</translation>
    </message>
    <message>
        <source>Its cover note travels in clear: it says what the file is and how to open it, nothing confidential. Open the draft in your mail program (Thunderbird and Outlook open it as a draft), check it and send it.</source>
        <translation>تنتقل المذكرة المرافقة دون تشفير: تقول ما هو الملف وكيف يُفتح، ولا شيء سري. افتح المسودة في برنامج البريد (يفتحها Thunderbird وOutlook كمسودة)، وتحقق منها وأرسلها.</translation>
    </message>
    <message>
        <source>Give the PDF&apos;s password by phone, never in the same email.</source>
        <translation>أعطِ كلمة مرور ملف PDF بالهاتف، لا في البريد نفسه أبدًا.</translation>
    </message>
    <message>
        <source>The PDF&apos;s password (shown only now: npmdesk does not keep it):</source>
        <translation>كلمة مرور ملف PDF (تُعرض الآن فقط: لا يحتفظ بها npmdesk):</translation>
    </message>
    <message>
        <source>Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>أعطها للمستلم بالهاتف، لا في البريد نفسه الذي فيه ملف PDF أبدًا.</translation>
    </message>
    <message>
        <source>Give the password to the recipient by phone, never in the same email as the PDF.</source>
        <translation>أعطِ كلمة المرور للمستلم بالهاتف، لا في البريد نفسه الذي فيه ملف PDF أبدًا.</translation>
    </message>
    <message>
        <source>Wrote the correspondence log to {path} ({size} KB).</source>
        <translation>كُتب سجل المراسلات في {path} ({size} كيلوبايت).</translation>
    </message>
    <message>
        <source>Wrote the visit dossier to {path} ({size} KB).</source>
        <translation>كُتب ملف الزيارة في {path} ({size} كيلوبايت).</translation>
    </message>
    <message>
        <source>Wrote the recommendations tracker to {path} ({size} KB).</source>
        <translation>كُتب متتبع التوصيات في {path} ({size} كيلوبايت).</translation>
    </message>
    <message>
        <source>This PDF is not encrypted: keep it safe, and delete it when you no longer need it.</source>
        <translation>ملف PDF هذا غير مشفَّر: احفظه في مكان آمن، واحذفه حين لا تعود بحاجة إليه.</translation>
    </message>
    <message>
        <source>npmdesk: warning: {text}</source>
        <translation>npmdesk: تحذير: {text}</translation>
    </message>
    <message>
        <source>It is shown only this once. Write it down and keep it apart from this computer:</source>
        <translation>يُعرض هذه المرة فقط. دوّنه واحفظه بعيدًا عن هذا الحاسوب:</translation>
    </message>
    <message>
        <source>With it you can open the vault and set a new passphrase if you forget yours.</source>
        <translation>به تستطيع فتح الخزنة وتعيين عبارة مرور جديدة إن نسيت عبارتك.</translation>
    </message>
    <message>
        <source>Created the vault at {path}.

Recovery code:</source>
        <translation>أُنشئت الخزنة في {path}.

رمز الاسترداد:</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is that of {country} ({code}).</source>
        <translation>الآلية الوقائية الوطنية لهذه الخزنة هي آلية {country} ({code}).</translation>
    </message>
    <message>
        <source>The vault is remembered on this device.</source>
        <translation>الخزنة محفوظة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>الخزنة سليمة: اجتازت فحصي السلامة كليهما.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>تغيّرت عبارة المرور. لم تعد العبارة القديمة تفتح الخزنة.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works. New recovery code:</source>
        <translation>لم يعد رمز الاسترداد الذي استخدمته يعمل. رمز الاسترداد الجديد:</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key.

New recovery code:</source>
        <translation>أُعيد تشفير الخزنة بمفتاح جديد.

رمز الاسترداد الجديد:</translation>
    </message>
    <message>
        <source>The old recovery code no longer works.</source>
        <translation>لم يعد رمز الاسترداد القديم يعمل.</translation>
    </message>
    <message>
        <source>New recovery code:</source>
        <translation>رمز الاسترداد الجديد:</translation>
    </message>
    <message>
        <source>The vault is remembered on this device: it opens without the passphrase here.</source>
        <translation>الخزنة محفوظة على هذا الجهاز: تُفتح هنا دون عبارة المرور.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>لم يعد هذا الجهاز يحفظ الخزنة.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the PDF (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>مستبعدة من ملف PDF (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من ملف PDF (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من ملف PDF (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من ملف PDF (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من ملف PDF (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من ملف PDF (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out of the package (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>مستبعدة من الحزمة (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من الحزمة (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من الحزمة (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من الحزمة (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من الحزمة (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
            <numerusform>مستبعدة من الحزمة (%Ln): رُفضت الموافقة على الإحالة إلى اللجنة الفرعية.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as sent: %n draft(s).</source>
        <translation>
            <numerusform>وُسمت كمرسلة: %Ln مسودة.</numerusform>
            <numerusform>وُسمت كمرسلة: مسودة واحدة (%Ln).</numerusform>
            <numerusform>وُسمت كمرسلة: مسودتان (%Ln).</numerusform>
            <numerusform>وُسمت كمرسلة: %Ln مسودات.</numerusform>
            <numerusform>وُسمت كمرسلة: %Ln مسودة.</numerusform>
            <numerusform>وُسمت كمرسلة: %Ln مسودة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npmdesk: %n message(s) already in the vault were left as they are.</source>
        <translation>
            <numerusform>npmdesk: %Ln رسالة موجودة في الخزنة تُركت كما هي.</numerusform>
            <numerusform>npmdesk: رسالة واحدة (%Ln) موجودة في الخزنة تُركت كما هي.</numerusform>
            <numerusform>npmdesk: رسالتان (%Ln) موجودتان في الخزنة تُركتا كما هما.</numerusform>
            <numerusform>npmdesk: %Ln رسائل موجودة في الخزنة تُركت كما هي.</numerusform>
            <numerusform>npmdesk: %Ln رسالة موجودة في الخزنة تُركت كما هي.</numerusform>
            <numerusform>npmdesk: %Ln رسالة موجودة في الخزنة تُركت كما هي.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path} ({size} bytes), as a PDF protected with a password (AES-256).</source>
        <translation>
            <numerusform>صُدّر %Ln سجل إلى {path} ({size} بايت) كملف PDF محمي بكلمة مرور (AES-256).</numerusform>
            <numerusform>صُدّر سجل واحد (%Ln) إلى {path} ({size} بايت) كملف PDF محمي بكلمة مرور (AES-256).</numerusform>
            <numerusform>صُدّر سجلان (%Ln) إلى {path} ({size} بايت) كملف PDF محمي بكلمة مرور (AES-256).</numerusform>
            <numerusform>صُدّرت %Ln سجلات إلى {path} ({size} بايت) كملف PDF محمي بكلمة مرور (AES-256).</numerusform>
            <numerusform>صُدّر %Ln سجلًا إلى {path} ({size} بايت) كملف PDF محمي بكلمة مرور (AES-256).</numerusform>
            <numerusform>صُدّر %Ln سجل إلى {path} ({size} بايت) كملف PDF محمي بكلمة مرور (AES-256).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter passphrase for {path}: </source>
        <translation>عبارة المرور لـ {path}: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>اكتبها مرة أخرى: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>رمز الاسترداد: </translation>
    </message>
    <message>
        <source>Package passphrase: </source>
        <translation>عبارة مرور الحزمة: </translation>
    </message>
    <message>
        <source>Enter passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>Confirm passphrase: </source>
        <translation>أكّد عبارة المرور: </translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for this vault with it):</source>
        <translation>مستلم age (يشفّر به الآخرون الحزم لهذه الخزنة):</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages this vault exports):</source>
        <translation>مفتاح التوقيع (يوقّع الحزم التي تصدّرها هذه الخزنة):</translation>
    </message>
    <message>
        <source>Fingerprint (compare it by phone before trusting packages):</source>
        <translation>البصمة (قارنها بالهاتف قبل الوثوق بالحزم):</translation>
    </message>
    <message>
        <source>For recipients without npmdesk, who check packages with OpenSSH: npmdesk identity --ssh</source>
        <translation>للمستلمين الذين ليس لديهم npmdesk ويتحققون من الحزم بـ OpenSSH: npmdesk identity --ssh</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%Ln مرفق</numerusform>
            <numerusform>مرفق واحد (%Ln)</numerusform>
            <numerusform>مرفقان (%Ln)</numerusform>
            <numerusform>%Ln مرفقات</numerusform>
            <numerusform>%Ln مرفقًا</numerusform>
            <numerusform>%Ln مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted with a passphrase.</source>
        <translation>
            <numerusform>صُدّر %Ln سجل و{attachments} إلى {path} ({size} بايت)، مشفّرة بعبارة مرور.</numerusform>
            <numerusform>صُدّر سجل واحد (%Ln) و{attachments} إلى {path} ({size} بايت)، مشفّرة بعبارة مرور.</numerusform>
            <numerusform>صُدّر سجلان (%Ln) و{attachments} إلى {path} ({size} بايت)، مشفّرة بعبارة مرور.</numerusform>
            <numerusform>صُدّر %Ln سجلات و{attachments} إلى {path} ({size} بايت)، مشفّرة بعبارة مرور.</numerusform>
            <numerusform>صُدّر %Ln سجلًا و{attachments} إلى {path} ({size} بايت)، مشفّرة بعبارة مرور.</numerusform>
            <numerusform>صُدّر %Ln سجل و{attachments} إلى {path} ({size} بايت)، مشفّرة بعبارة مرور.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted for {recipients}.</source>
        <translation>
            <numerusform>صُدّر %Ln سجل و{attachments} إلى {path} ({size} بايت)، مشفّرة لـ {recipients}.</numerusform>
            <numerusform>صُدّر سجل واحد (%Ln) و{attachments} إلى {path} ({size} بايت)، مشفّرة لـ {recipients}.</numerusform>
            <numerusform>صُدّر سجلان (%Ln) و{attachments} إلى {path} ({size} بايت)، مشفّرة لـ {recipients}.</numerusform>
            <numerusform>صُدّر %Ln سجلات و{attachments} إلى {path} ({size} بايت)، مشفّرة لـ {recipients}.</numerusform>
            <numerusform>صُدّر %Ln سجلًا و{attachments} إلى {path} ({size} بايت)، مشفّرة لـ {recipients}.</numerusform>
            <numerusform>صُدّر %Ln سجل و{attachments} إلى {path} ({size} بايت)، مشفّرة لـ {recipients}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by this vault, fingerprint {fingerprint}.</source>
        <translation>موقَّع من هذه الخزنة، البصمة {fingerprint}.</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised).</source>
        <translation>لأجهزة آليتك الوقائية الوطنية فقط: تحمل السجلات الأسماء الحقيقية (دون أسماء مستعارة).</translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation>وقّعها {signer}.</translation>
    </message>
    <message>
        <source>This package carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>تحمل هذه الحزمة الأسماء الحقيقية: إنها من أحد أجهزة آليتك الوقائية الوطنية.</translation>
    </message>
    <message>
        <source>Would import: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>سيُستورد: جديدة {new}، محدَّثة {updated}، دون تغيير {unchanged}، أحدث هنا بالفعل {ahead}، عُدّلت في الجانبين {conflicts}، محذوفة هنا (لم تُستعد) {deleted}؛ مرفقات جديدة {attachments}.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>استُورد: جديدة {new}، محدَّثة {updated}، دون تغيير {unchanged}، أحدث هنا بالفعل {ahead}، عُدّلت في الجانبين {conflicts}، محذوفة هنا (لم تُستعد) {deleted}؛ مرفقات جديدة {attachments}.</translation>
    </message>
    <message>
        <source>conflict: {id}  {title}  (both versions are in its history)</source>
        <translation>تعارض: {id}  {title}  (النسختان كلتاهما في سجله)</translation>
    </message>
    <message>
        <source>deleted here: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>محذوف هنا: {id}  {title}  (لاستعادته: --restore-deleted {id})</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>محذوف هنا وعدّله المرسِل: {id}  {title}  (لاستعادته: --restore-deleted {id})</translation>
    </message>
    <message>
        <source>real names filled in: {id}  {title}  (from one of your NPM&apos;s own devices)</source>
        <translation>أُكملت الأسماء الحقيقية: {id}  {title}  (من أحد أجهزة آليتك الوقائية الوطنية)</translation>
    </message>
    <message>
        <source>would be brought back: {id}  {title}</source>
        <translation>ستُستعاد: {id}  {title}</translation>
    </message>
    <message>
        <source>brought back: {id}  {title}</source>
        <translation>استُعيد: {id}  {title}</translation>
    </message>
    <message>
        <source>keys not taken: {id}  {title}  (another contact or this vault already has them)</source>
        <translation>مفاتيح لم تُؤخذ: {id}  {title}  (لدى جهة اتصال أخرى أو هذه الخزنة بالفعل)</translation>
    </message>
    <message>
        <source>Signature verified: signing key {key}</source>
        <translation>تُحقق من التوقيع: مفتاح التوقيع {key}</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint} (compare it with the sender)</source>
        <translation>البصمة {fingerprint} (قارنها مع المرسِل)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) and {files} unpacked into {folder}:</source>
        <translation>
            <numerusform>فُكّ %Ln سجل و{files} في {folder}:</numerusform>
            <numerusform>فُكّ سجل واحد (%Ln) و{files} في {folder}:</numerusform>
            <numerusform>فُكّ سجلان (%Ln) و{files} في {folder}:</numerusform>
            <numerusform>فُكّ %Ln سجلات و{files} في {folder}:</numerusform>
            <numerusform>فُكّ %Ln سجلًا و{files} في {folder}:</numerusform>
            <numerusform>فُكّ %Ln سجل و{files} في {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%Ln ملف</numerusform>
            <numerusform>ملف واحد (%Ln)</numerusform>
            <numerusform>ملفان (%Ln)</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {count} more (every record is in records.json)</source>
        <translation>... و{count} أخرى (كل السجلات في records.json)</translation>
    </message>
    <message>
        <source>Open {path} to read them. These files are NOT encrypted.</source>
        <translation>افتح {path} لقراءتها. هذه الملفات غير مشفّرة.</translation>
    </message>
    <message>
        <source>sender&apos;s NPM, as the package states it: {name}</source>
        <translation>الآلية الوقائية الوطنية للمرسِل، كما تذكرها الحزمة: {name}</translation>
    </message>
    <message>
        <source>sender&apos;s user, as the package states it: {name}</source>
        <translation>مستخدم المرسِل، كما تذكره الحزمة: {name}</translation>
    </message>
    <message>
        <source>made: {date}</source>
        <translation>أُنشئت: {date}</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}: compare it with {name}, then run &apos;npmdesk contact verify&apos;.</source>
        <translation>البصمة {fingerprint}: قارنها مع {name}، ثم شغّل &apos;npmdesk contact verify&apos;.</translation>
    </message>
    <message>
        <source>own device</source>
        <translation>جهاز تابع</translation>
    </message>
    <message>
        <source>{name} is no longer one of your NPM&apos;s own devices: packages for it carry pseudonyms.</source>
        <translation>لم يعد {name} أحد أجهزة آليتك الوقائية الوطنية: تحمل الحزم المرسلة إليه أسماء مستعارة.</translation>
    </message>
    <message>
        <source>{name} is now one of your NPM&apos;s own devices: packages for it carry real names.</source>
        <translation>أصبح {name} أحد أجهزة آليتك الوقائية الوطنية: تحمل الحزم المرسلة إليه الأسماء الحقيقية.</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>مستلم age</translation>
    </message>
    <message>
        <source>Removed from {name}: {keys}.</source>
        <translation>أُزيل من {name}: {keys}.</translation>
    </message>
    <message>
        <source>The keys of {name} are now marked as verified.</source>
        <translation>وُسمت مفاتيح {name} الآن بأنها مُتحقق منها.</translation>
    </message>
    <message>
        <source>note: more than {limit} records match, so they are listed newest first, not by best match; add words to narrow the search</source>
        <translation>ملاحظة: تطابق أكثر من {limit} سجل، لذا تُسرد من الأحدث، لا حسب الأفضل تطابقًا؛ أضف كلمات لتضييق البحث</translation>
    </message>
    <message>
        <source>No State party is chosen for this vault yet: set it with &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; lists the codes).</source>
        <translation>لم تُختر دولة طرف لهذه الخزنة بعد: عيّنها بـ &apos;npmdesk state CC&apos; (يسرد &apos;npmdesk states&apos; الرموز).</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is now that of {state}.</source>
        <translation>أصبحت الآلية الوقائية الوطنية لهذه الخزنة آلية {state}.</translation>
    </message>
    <message>
        <source>The team folder is now {path}. This device writes only into its subfolder {fingerprint}; run &apos;npmdesk sync&apos; for a round.</source>
        <translation>أصبح مجلد الفريق {path}. لا يكتب هذا الجهاز إلا في مجلده الفرعي {fingerprint}؛ شغّل &apos;npmdesk sync&apos; لجولة.</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}) is now a team member: the next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>أصبح {name} (البصمة {fingerprint}) عضوًا في الفريق: تصنع المزامنة التالية لقطة من هذه الخزنة له، ثم ترسل إليه كل تغيير.</translation>
    </message>
    <message>
        <source>{name} is no longer a team member: new changesets are not addressed to it. What it already received stays on it (npmdesk cannot take back what a device holds).</source>
        <translation>لم يعد {name} عضوًا في الفريق: لا تُوجَّه إليه مجموعات التغييرات الجديدة. يبقى ما تلقاه لديه (لا يستطيع npmdesk استرجاع ما يحمله جهاز).</translation>
    </message>
    <message>
        <source>No team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>لا يوجد مجلد فريق بعد: اختر واحدًا بـ &apos;npmdesk team folder DIR&apos;.</translation>
    </message>
    <message>
        <source>No member devices yet: add one with &apos;npmdesk team add CONTACT&apos;.</source>
        <translation>لا توجد أجهزة أعضاء بعد: أضف واحدًا بـ &apos;npmdesk team add CONTACT&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n edited on both sides: see &quot;Edited on both sides&quot;.</source>
        <translation>
            <numerusform>%Ln عُدّل في الجانبين: انظر «عُدّلت في الجانبين».</numerusform>
            <numerusform>%Ln عُدّل في الجانبين: انظر «عُدّلت في الجانبين».</numerusform>
            <numerusform>%Ln عُدّل في الجانبين: انظر «عُدّلت في الجانبين».</numerusform>
            <numerusform>%Ln عُدّل في الجانبين: انظر «عُدّلت في الجانبين».</numerusform>
            <numerusform>%Ln عُدّل في الجانبين: انظر «عُدّلت في الجانبين».</numerusform>
            <numerusform>%Ln عُدّل في الجانبين: انظر «عُدّلت في الجانبين».</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a member but no longer a verified own device with keys: left out.</source>
        <translation>{name} عضو لكنه لم يعد جهازًا تابعًا مُتحققًا منه ذا مفاتيح: استُبعد.</translation>
    </message>
    <message>
        <source>Ignored the subfolder {folder}: it is not a member device&apos;s.</source>
        <translation>تُجوهل المجلد الفرعي {folder}: ليس لجهاز عضو.</translation>
    </message>
    <message>
        <source>a change of recovery code did not finish (npmdesk was interrupted): your previous recovery code still opens the vault. Run &apos;npmdesk new-recovery-code&apos; to make a new one.</source>
        <translation>لم يكتمل تغيير رمز الاسترداد (قُوطع npmdesk): ما زال رمز الاسترداد السابق يفتح الخزنة. شغّل &apos;npmdesk new-recovery-code&apos; لإنشاء رمز جديد.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <source>no sender</source>
        <translation>دون مرسِل</translation>
    </message>
    <message>
        <source>new: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>جديدة: {when}، {direction}، من {sender}: {subject} ({source}، {attachments})</translation>
    </message>
    <message>
        <source>already in the vault: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>موجودة في الخزنة بالفعل: {when}، {direction}، من {sender}: {subject} ({source}، {attachments})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>تتعذر قراءة {name}: {error}</translation>
    </message>
    <message>
        <source>not among your contacts: {person} (add with --add-contact {email})</source>
        <translation>ليس من جهات اتصالك: {person} (أضفه بـ --add-contact {email})</translation>
    </message>
    <message>
        <source>review {date}  {record}</source>
        <translation>مراجعة {date}  {record}</translation>
    </message>
    <message>
        <source>team folder: {folder}</source>
        <translation>مجلد الفريق: {folder}</translation>
    </message>
    <message>
        <source>team folder: {folder}  (NOT there now)</source>
        <translation>مجلد الفريق: {folder}  (غير موجود الآن)</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}, changes waiting for the next sync</source>
        <translation>هذا الجهاز: {fingerprint}، آخر مجموعة تغييرات {sequence}، وتغييرات تنتظر المزامنة التالية</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}</source>
        <translation>هذا الجهاز: {fingerprint}، آخر مجموعة تغييرات {sequence}</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(جهة اتصال محذوفة)</translation>
    </message>
    <message>
        <source>LEFT OUT: no longer a verified own device with keys; changesets are not addressed to it</source>
        <translation>مُستبعد: لم يعد جهازًا تابعًا مُتحققًا منه ذا مفاتيح؛ لا تُوجَّه إليه مجموعات التغييرات</translation>
    </message>
    <message>
        <source>not started: waiting for the snapshot it makes for this device</source>
        <translation>لم يبدأ: بانتظار اللقطة التي يصنعها لهذا الجهاز</translation>
    </message>
    <message>
        <source>its changesets applied here up to {sequence}</source>
        <translation>طُبّقت مجموعات تغييراته هنا حتى {sequence}</translation>
    </message>
    <message>
        <source>its snapshot applied here</source>
        <translation>طُبّقت لقطته هنا</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the folder)</source>
        <translation>
            <numerusform>(%Ln أخرى في المجلد)</numerusform>
            <numerusform>(%Ln أخرى في المجلد)</numerusform>
            <numerusform>(%Ln أخرى في المجلد)</numerusform>
            <numerusform>(%Ln أخرى في المجلد)</numerusform>
            <numerusform>(%Ln أخرى في المجلد)</numerusform>
            <numerusform>(%Ln أخرى في المجلد)</numerusform>
        </translation>
    </message>
    <message>
        <source>it applied this device&apos;s up to {sequence}</source>
        <translation>طبّق ما لهذا الجهاز حتى {sequence}</translation>
    </message>
    <message>
        <source>it has not applied anything of this device yet</source>
        <translation>لم يطبّق شيئًا من هذا الجهاز بعد</translation>
    </message>
    <message>
        <source>last seen {date}</source>
        <translation>آخر ظهور {date}</translation>
    </message>
    <message>
        <source>never seen in the team folder</source>
        <translation>لم يظهر قط في مجلد الفريق</translation>
    </message>
    <message>
        <source>set aside: {reason}</source>
        <translation>نُحّي جانبًا: {reason}</translation>
    </message>
    <message>
        <source>{count} moved to the bin</source>
        <translation>{count} نُقلت إلى سلة المحذوفات</translation>
    </message>
    <message>
        <source>{count} kept (deleted there, edited here)</source>
        <translation>{count} أُبقي عليها (حُذفت هناك وعُدّلت هنا)</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>لا سجلات</translation>
    </message>
    <message>
        <source>Applied snapshot {sequence} of {device}: {counts}.</source>
        <translation>طُبّقت اللقطة {sequence} من {device}: {counts}.</translation>
    </message>
    <message>
        <source>Applied changeset {sequence} of {device}: {counts}.</source>
        <translation>طُبّقت مجموعة التغييرات {sequence} من {device}: {counts}.</translation>
    </message>
    <message>
        <source>Wrote changeset {sequence}: {records}, {deletions}, {attachments}.</source>
        <translation>كُتبت مجموعة التغييرات {sequence}: {records}، {deletions}، {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%Ln سجل</numerusform>
            <numerusform>سجل واحد (%Ln)</numerusform>
            <numerusform>سجلان (%Ln)</numerusform>
            <numerusform>%Ln سجلات</numerusform>
            <numerusform>%Ln سجلًا</numerusform>
            <numerusform>%Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%Ln حذف</numerusform>
            <numerusform>حذف واحد (%Ln)</numerusform>
            <numerusform>حذفان (%Ln)</numerusform>
            <numerusform>%Ln عمليات حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
            <numerusform>%Ln عملية حذف</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote a snapshot for {name} ({records}).</source>
        <translation>كُتبت لقطة لـ {name} ({records}).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) every member has applied.</source>
        <translation>
            <numerusform>أُزيل %Ln ملف طبّقه كل الأعضاء.</numerusform>
            <numerusform>أُزيل ملف واحد (%Ln) طبّقه كل الأعضاء.</numerusform>
            <numerusform>أُزيل ملفان (%Ln) طبّقه كل الأعضاء.</numerusform>
            <numerusform>أُزيل %Ln ملفات طبّقه كل الأعضاء.</numerusform>
            <numerusform>أُزيل %Ln ملفًا طبّقه كل الأعضاء.</numerusform>
            <numerusform>أُزيل %Ln ملف طبّقه كل الأعضاء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date with %n device(s).</source>
        <translation>
            <numerusform>محدَّث مع %Ln جهاز.</numerusform>
            <numerusform>محدَّث مع جهاز واحد (%Ln).</numerusform>
            <numerusform>محدَّث مع جهازين (%Ln).</numerusform>
            <numerusform>محدَّث مع %Ln أجهزة.</numerusform>
            <numerusform>محدَّث مع %Ln جهازًا.</numerusform>
            <numerusform>محدَّث مع %Ln جهاز.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضافة</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>محدَّثة</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>أحدث هنا بالفعل</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>محذوفة هنا</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender</source>
        <translation>محذوفة هنا وعدّلها المرسِل</translation>
    </message>
    <message>
        <source>real names filled in</source>
        <translation>أُكملت الأسماء الحقيقية</translation>
    </message>
    <message>
        <source>malformed key</source>
        <translation>مفتاح مشوَّه</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>لا مفاتيح</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>مُتحقق منها</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>غير مُتحقق منها</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>سري للغاية</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>بيانات شخصية دون موافقة مسجلة</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>داخلي للآلية الوقائية الوطنية</translation>
    </message>
    <message>
        <source>id:</source>
        <translation>المعرّف:</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>الحساسية:</translation>
    </message>
    <message>
        <source>counterpart:</source>
        <translation>الطرف المقابل:</translation>
    </message>
    <message>
        <source>country:</source>
        <translation>البلد:</translation>
    </message>
    <message>
        <source>due:</source>
        <translation>الاستحقاق:</translation>
    </message>
    <message>
        <source>tags:</source>
        <translation>الوسوم:</translation>
    </message>
    <message>
        <source>OPCAT:</source>
        <translation>البروتوكول:</translation>
    </message>
    <message>
        <source>changed:</source>
        <translation>عُدّل:</translation>
    </message>
    <message>
        <source>attachment:</source>
        <translation>مرفق:</translation>
    </message>
    <message>
        <source>(personal data, consent: {consent})</source>
        <translation>(بيانات شخصية، الموافقة: {consent})</translation>
    </message>
    <message>
        <source>{date} by {user} (version {version})</source>
        <translation>{date} بواسطة {user} (الإصدار {version})</translation>
    </message>
    <message>
        <source>{name} ({size} bytes, {type})</source>
        <translation>{name} ({size} بايت، {type})</translation>
    </message>
    <message>
        <source>not fully indexed: search finds only part of its text, or none</source>
        <translation>غير مفهرس بالكامل: لا يجد البحث إلا جزءًا من نصه، أو لا شيء</translation>
    </message>
    <message>
        <source>(malformed key: remove it with &apos;npmdesk contact remove-key&apos;)</source>
        <translation>(مفتاح مشوَّه: أزله بـ &apos;npmdesk contact remove-key&apos;)</translation>
    </message>
    <message>
        <source>date means:</source>
        <translation>يعني التاريخ:</translation>
    </message>
    <message>
        <source>statuses:</source>
        <translation>الحالات:</translation>
    </message>
    <message>
        <source>when {field} is {value}: {statuses}</source>
        <translation>حين يكون {field} هو {value}: {statuses}</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>الحقول:</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(إلزامي)</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(و{count} أخرى)</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, for example 2026-11-29</source>
        <translation>تاريخًا مكتوبًا YYYY-MM-DD، مثل 2026-11-29</translation>
    </message>
    <message>
        <source>a whole number, for example 2025</source>
        <translation>عددًا صحيحًا، مثل 2025</translation>
    </message>
    <message>
        <source>a number, for example 1250.50</source>
        <translation>عددًا، مثل 1250.50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>نعم أو لا (yes أو no)</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>إحدى هذه القيم: {values}</translation>
    </message>
    <message>
        <source>values among: {values} (repeat --field or separate them with commas)</source>
        <translation>قيمًا من بين: {values} (كرّر --field أو افصل بينها بفواصل)</translation>
    </message>
    <message>
        <source>ids of records in this vault (repeat --field or separate them with commas)</source>
        <translation>معرّفات سجلات في هذه الخزنة (كرّر --field أو افصل بينها بفواصل)</translation>
    </message>
    <message>
        <source>text items (repeat --field or separate them with commas)</source>
        <translation>عناصر نصية (كرّر --field أو افصل بينها بفواصل)</translation>
    </message>
    <message>
        <source>text that is not empty</source>
        <translation>نصًا غير فارغ</translation>
    </message>
    <message>
        <source>unlock and verify integrity (exit 0 healthy, 1 damaged)</source>
        <translation>فتح الخزنة والتحقق من سلامتها (الخروج 0 سليمة، 1 تالفة)</translation>
    </message>
    <message>
        <source>re-encrypt the vault with a new key (prints a new recovery code)</source>
        <translation>إعادة تشفير الخزنة بمفتاح جديد (يطبع رمز استرداد جديدًا)</translation>
    </message>
    <message>
        <source>replace the recovery code (the old one stops working)</source>
        <translation>استبدال رمز الاسترداد (يتوقف القديم عن العمل)</translation>
    </message>
    <message>
        <source>remember the vault on this device (OS keyring)</source>
        <translation>حفظ الخزنة على هذا الجهاز (حلقة مفاتيح النظام)</translation>
    </message>
    <message>
        <source>stop remembering the vault on this device</source>
        <translation>التوقف عن حفظ الخزنة على هذا الجهاز</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>نوع السجل: {kinds}</translation>
    </message>
    <message>
        <source>age-compatible encrypt/decrypt with the same flags as the age tool</source>
        <translation>تشفير وفك تشفير متوافق مع age، بخيارات أداة age نفسها</translation>
    </message>
    <message>
        <source>Encrypt or decrypt age files (age-encryption.org/v1), like the age tool. INPUT and OUTPUT default to standard input and output; armor is detected when decrypting. A passphrase is read from NPMDESK_PASSPHRASE or asked at the terminal.</source>
        <translation>يشفّر ملفات age ويفك تشفيرها (age-encryption.org/v1)، كأداة age. الافتراضي لـ INPUT وOUTPUT هو الدخل والخرج القياسيان؛ ويُكتشف التدريع عند فك التشفير. تُقرأ عبارة المرور من NPMDESK_PASSPHRASE أو تُطلب في الطرفية.</translation>
    </message>
    <message>
        <source>accepted like every subcommand; age needs no vault</source>
        <translation>مقبول كما في كل أمر فرعي؛ لا يحتاج age إلى خزنة</translation>
    </message>
    <message>
        <source>encrypt (the default)</source>
        <translation>تشفير (الافتراضي)</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>فك التشفير</translation>
    </message>
    <message>
        <source>encrypt to this age public key, age1… (repeatable)</source>
        <translation>التشفير إلى هذا المفتاح العام age1… (قابل للتكرار)</translation>
    </message>
    <message>
        <source>encrypt to the recipients listed in PATH (repeatable)</source>
        <translation>التشفير إلى المستلمين المدرجين في PATH (قابل للتكرار)</translation>
    </message>
    <message>
        <source>decrypt with the secret keys in PATH; when encrypting, encrypt to their public keys (repeatable)</source>
        <translation>فك التشفير بالمفاتيح السرية في PATH؛ وعند التشفير، التشفير إلى مفاتيحها العامة (قابل للتكرار)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase</source>
        <translation>التشفير بعبارة مرور</translation>
    </message>
    <message>
        <source>encrypt to a PEM-encoded (ASCII) format</source>
        <translation>التشفير بصيغة مرمّزة PEM (ASCII)</translation>
    </message>
    <message>
        <source>write the result to OUTPUT (default: standard output)</source>
        <translation>كتابة النتيجة في OUTPUT (الافتراضي: الخرج القياسي)</translation>
    </message>
    <message>
        <source>the file to read (default: standard input)</source>
        <translation>الملف المراد قراءته (الافتراضي: الدخل القياسي)</translation>
    </message>
    <message>
        <source>print this vault&apos;s age recipient and signing-key fingerprint</source>
        <translation>طباعة مستلم age لهذه الخزنة وبصمة مفتاح توقيعها</translation>
    </message>
    <message>
        <source>print only the allowed_signers line with which a recipient checks this vault&apos;s packages using OpenSSH (ssh-keygen -Y verify)</source>
        <translation>طباعة سطر allowed_signers فقط الذي يتحقق به المستلم من حزم هذه الخزنة بـ OpenSSH (ssh-keygen -Y verify)</translation>
    </message>
    <message>
        <source>write an encrypted, signed package</source>
        <translation>كتابة حزمة مشفّرة وموقّعة</translation>
    </message>
    <message>
        <source>every record (not the bin)</source>
        <translation>كل السجلات (لا سلة المحذوفات)</translation>
    </message>
    <message>
        <source>these records (and their contacts)</source>
        <translation>هذه السجلات (وجهات اتصالها)</translation>
    </message>
    <message>
        <source>the records of a report: correspondence-log, visit-dossier (with --visit) or recommendations, within --from/--to</source>
        <translation>سجلات تقرير: correspondence-log أو visit-dossier (مع --visit) أو recommendations، ضمن --from/--to</translation>
    </message>
    <message>
        <source>with --report visit-dossier: the visit</source>
        <translation>مع --report visit-dossier: الزيارة</translation>
    </message>
    <message>
        <source>with --report: records dated on or after DATE</source>
        <translation>مع --report: السجلات المؤرخة في DATE أو بعده</translation>
    </message>
    <message>
        <source>with --report: records dated on or before DATE</source>
        <translation>مع --report: السجلات المؤرخة في DATE أو قبله</translation>
    </message>
    <message>
        <source>package (default), or pdf: a PDF protected with a password (AES-256), for recipients with only a PDF reader (with --passphrase: npmdesk makes the password)</source>
        <translation>package (الافتراضي)، أو pdf: ملف PDF محمي بكلمة مرور (AES-256)، للمستلمين الذين ليس لديهم إلا قارئ PDF (مع --passphrase: ينشئ npmdesk كلمة المرور)</translation>
    </message>
    <message>
        <source>encrypt for this age public key, age1… (repeatable)</source>
        <translation>التشفير لهذا المفتاح العام age1… (قابل للتكرار)</translation>
    </message>
    <message>
        <source>encrypt for this contact&apos;s age recipient (repeatable)</source>
        <translation>التشفير لمستلم age لجهة الاتصال هذه (قابل للتكرار)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase instead</source>
        <translation>التشفير بعبارة مرور بدلًا من ذلك</translation>
    </message>
    <message>
        <source>write ASCII armor (PEM) instead of binary</source>
        <translation>الكتابة بتدريع ASCII (PEM) بدلًا من الثنائي</translation>
    </message>
    <message>
        <source>the package to write</source>
        <translation>الحزمة المراد كتابتها</translation>
    </message>
    <message>
        <source>confirm that the strictly confidential and internal records and personal data without recorded consent that are listed may leave the vault (records whose people refused transmission are always left out)</source>
        <translation>تأكيد أن السجلات السرية للغاية والداخلية والبيانات الشخصية دون موافقة مسجلة المدرجة يمكنها مغادرة الخزنة (تُستبعد دائمًا السجلات التي رفض أصحابها الإحالة)</translation>
    </message>
    <message>
        <source>mark the draft communications in the package as sent</source>
        <translation>وسم مسودات المراسلات في الحزمة كمرسلة</translation>
    </message>
    <message>
        <source>with --passphrase: read the package passphrase from FILE</source>
        <translation>مع --passphrase: قراءة عبارة مرور الحزمة من FILE</translation>
    </message>
    <message>
        <source>verify, decrypt and merge a package</source>
        <translation>التحقق من حزمة وفك تشفيرها ودمجها</translation>
    </message>
    <message>
        <source>show what would change and who signed it; change nothing</source>
        <translation>عرض ما سيتغير ومن وقّع؛ دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>import even though the signer is not a verified contact (after comparing the fingerprint)</source>
        <translation>الاستيراد حتى لو لم يكن الموقّع جهة اتصال مُتحققًا منها (بعد مقارنة البصمة)</translation>
    </message>
    <message>
        <source>read the package passphrase from FILE (for packages made with --passphrase)</source>
        <translation>قراءة عبارة مرور الحزمة من FILE (للحزم المصنوعة بـ --passphrase)</translation>
    </message>
    <message>
        <source>bring back these records, deleted here, from the package (see &apos;deleted here&apos; in --dry-run)</source>
        <translation>استعادة هذه السجلات المحذوفة هنا من الحزمة (انظر &apos;deleted here&apos; في --dry-run)</translation>
    </message>
    <message>
        <source>work with packages without a vault</source>
        <translation>العمل على الحزم دون خزنة</translation>
    </message>
    <message>
        <source>verify and unpack a package with an age key file</source>
        <translation>التحقق من حزمة وفكها بملف مفتاح age</translation>
    </message>
    <message>
        <source>an age identity file (as age-keygen writes it); repeatable</source>
        <translation>ملف هوية age (كما يكتبه age-keygen)؛ قابل للتكرار</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>مجلد جديد أو فارغ</translation>
    </message>
    <message>
        <source>refuse unless signed by this signing key</source>
        <translation>الرفض ما لم تكن موقّعة بمفتاح التوقيع هذا</translation>
    </message>
    <message>
        <source>for packages made with a passphrase (instead of -i)</source>
        <translation>للحزم المصنوعة بعبارة مرور (بدلًا من -i)</translation>
    </message>
    <message>
        <source>contacts&apos; keys: add, list, verify, own-device, remove-key</source>
        <translation>مفاتيح جهات الاتصال: add وlist وverify وown-device وremove-key</translation>
    </message>
    <message>
        <source>add a contact with their keys</source>
        <translation>إضافة جهة اتصال بمفاتيحها</translation>
    </message>
    <message>
        <source>contacts with keys, and whether verified</source>
        <translation>جهات الاتصال ذات المفاتيح، وهل تُحقق منها</translation>
    </message>
    <message>
        <source>mark a contact&apos;s keys as verified after comparing the fingerprint</source>
        <translation>وسم مفاتيح جهة اتصال بأنها مُتحقق منها بعد مقارنة البصمة</translation>
    </message>
    <message>
        <source>the contact&apos;s name or id</source>
        <translation>اسم جهة الاتصال أو معرّفها</translation>
    </message>
    <message>
        <source>the fingerprint the person read to you</source>
        <translation>البصمة التي قرأها لك الشخص</translation>
    </message>
    <message>
        <source>remove a contact&apos;s signing key and/or age recipient (and the verification)</source>
        <translation>إزالة مفتاح التوقيع و/أو مستلم age من جهة اتصال (والتحقق)</translation>
    </message>
    <message>
        <source>only the signing key</source>
        <translation>مفتاح التوقيع فقط</translation>
    </message>
    <message>
        <source>only the age recipient</source>
        <translation>مستلم age فقط</translation>
    </message>
    <message>
        <source>mark a verified contact as one of your NPM&apos;s own devices (packages to it carry real names)</source>
        <translation>وسم جهة اتصال مُتحقق منها بأنها أحد أجهزة آليتك الوقائية الوطنية (تحمل الحزم المرسلة إليها الأسماء الحقيقية)</translation>
    </message>
    <message>
        <source>no longer one of your NPM&apos;s own devices</source>
        <translation>لم يعد أحد أجهزة آليتك الوقائية الوطنية</translation>
    </message>
    <message>
        <source>import saved email (.eml, .msg, mbox); draft one carrying an exported file</source>
        <translation>استيراد رسائل بريد محفوظة (.eml و.msg وmbox)؛ وصياغة رسالة تحمل ملفًا مُصدَّرًا</translation>
    </message>
    <message>
        <source>import saved messages as communications; print the new records&apos; ids</source>
        <translation>استيراد الرسائل المحفوظة كمراسلات؛ وطباعة معرّفات السجلات الجديدة</translation>
    </message>
    <message>
        <source>.eml, .msg or mbox files, or folders holding them</source>
        <translation>ملفات .eml أو .msg أو mbox، أو مجلدات تحويها</translation>
    </message>
    <message>
        <source>show what would be imported; change nothing</source>
        <translation>عرض ما سيُستورد؛ دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>add this unknown sender or recipient as a contact (repeatable)</source>
        <translation>إضافة هذا المرسِل أو المستلم المجهول كجهة اتصال (قابل للتكرار)</translation>
    </message>
    <message>
        <source>show or set the NPM&apos;s own email addresses (mail from them is &apos;sent&apos;)</source>
        <translation>عرض عناوين البريد الإلكتروني للآلية الوقائية الوطنية أو تعيينها (البريد الصادر منها &apos;مُرسل&apos;)</translation>
    </message>
    <message>
        <source>forget every address</source>
        <translation>نسيان كل العناوين</translation>
    </message>
    <message>
        <source>write a mail draft (.eml) carrying an exported package or protected PDF, to open and send</source>
        <translation>كتابة مسودة بريد (.eml) تحمل حزمة مُصدَّرة أو ملف PDF محميًا، لفتحها وإرسالها</translation>
    </message>
    <message>
        <source>the package or protected PDF, as exported</source>
        <translation>الحزمة أو ملف PDF المحمي كما صُدّر</translation>
    </message>
    <message>
        <source>a recipient, &quot;Name &lt;name@example.org&gt;&quot; or name@example.org (repeatable)</source>
        <translation>مستلم، &quot;Name &lt;name@example.org&gt;&quot; أو name@example.org (قابل للتكرار)</translation>
    </message>
    <message>
        <source>the cover note&apos;s language (en)</source>
        <translation>لغة المذكرة المرافقة (en)</translation>
    </message>
    <message>
        <source>the draft to write</source>
        <translation>المسودة المراد كتابتها</translation>
    </message>
    <message>
        <source>do not mark the draft communications in the file as sent</source>
        <translation>عدم وسم مسودات المراسلات في الملف كمرسلة</translation>
    </message>
    <message>
        <source>the vault folder (default: the vault in your user-data folder)</source>
        <translation>مجلد الخزنة (الافتراضي: الخزنة في مجلد بيانات المستخدم)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE</source>
        <translation>قراءة عبارة المرور من السطر الأول في FILE</translation>
    </message>
    <message>
        <source>unlock with the recovery code in FILE instead of the passphrase</source>
        <translation>الفتح برمز الاسترداد في FILE بدلًا من عبارة المرور</translation>
    </message>
    <message>
        <source>Encrypted vault for an NPM&apos;s correspondence with the UN SPT. Without a command, opens the application window.</source>
        <translation>خزنة مشفّرة لمراسلات الآلية الوقائية الوطنية مع اللجنة الفرعية لمنع التعذيب التابعة للأمم المتحدة. دون أمر، تفتح نافذة التطبيق.</translation>
    </message>
    <message>
        <source>create a vault and print its recovery code</source>
        <translation>إنشاء خزنة وطباعة رمز استردادها</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>قراءة عبارة المرور الجديدة من السطر الأول في FILE</translation>
    </message>
    <message>
        <source>the name of your NPM</source>
        <translation>اسم آليتك الوقائية الوطنية</translation>
    </message>
    <message>
        <source>your name, recorded with every change you make (default: your login name)</source>
        <translation>اسمك، يُسجَّل مع كل تغيير تجريه (الافتراضي: اسم دخولك)</translation>
    </message>
    <message>
        <source>the State party of your NPM, by its two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>الدولة الطرف لآليتك الوقائية الوطنية برمزها المكوّن من حرفين (انظر &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>only records of this kind (repeatable): %(choices)s</source>
        <translation>السجلات من هذا النوع فقط (قابل للتكرار): %(choices)s</translation>
    </message>
    <message>
        <source>only records with this status</source>
        <translation>السجلات ذات هذه الحالة فقط</translation>
    </message>
    <message>
        <source>only records about this country (two letters)</source>
        <translation>السجلات عن هذا البلد فقط (حرفان)</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>السجلات ذات هذا الوسم فقط</translation>
    </message>
    <message>
        <source>only records dated on or after DATE</source>
        <translation>السجلات المؤرخة في DATE أو بعده فقط</translation>
    </message>
    <message>
        <source>only records dated on or before DATE</source>
        <translation>السجلات المؤرخة في DATE أو قبله فقط</translation>
    </message>
    <message>
        <source>at most N records (%(default)s)</source>
        <translation>N سجل كحد أقصى (%(default)s)</translation>
    </message>
    <message>
        <source>print JSON (see the README for the fields)</source>
        <translation>طباعة JSON (انظر README للحقول)</translation>
    </message>
    <message>
        <source>list records, newest first</source>
        <translation>سرد السجلات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>list the records in the bin</source>
        <translation>سرد السجلات في سلة المحذوفات</translation>
    </message>
    <message>
        <source>only records due for review within 30 days (or overdue), the earliest first</source>
        <translation>السجلات المستحقة للمراجعة خلال 30 يومًا (أو المتأخرة) فقط، الأقرب أولًا</translation>
    </message>
    <message>
        <source>show one record</source>
        <translation>عرض سجل واحد</translation>
    </message>
    <message>
        <source>the record&apos;s id</source>
        <translation>معرّف السجل</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>طباعة JSON</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>بحث في النص الكامل</translation>
    </message>
    <message>
        <source>words (prefixes match), &quot;a phrase&quot; in quotes</source>
        <translation>كلمات (تُطابَق البادئات)، &quot;عبارة&quot; بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>best: best match first (newest first, with a note on stderr, when too many records match to rank them all); newest: the records added most recently first (default: best)</source>
        <translation>best: الأفضل تطابقًا أولًا (الأحدث أولًا مع ملاحظة على stderr حين تطابق سجلات أكثر من أن تُرتَّب كلها)؛ newest: السجلات المضافة مؤخرًا أولًا (الافتراضي: best)</translation>
    </message>
    <message>
        <source>fill the vault with synthetic demo data</source>
        <translation>ملء الخزنة ببيانات عرض اصطناعية</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup of the vault to a new file</source>
        <translation>كتابة نسخة احتياطية مشفّرة ومُتحقق منها من الخزنة في ملف جديد</translation>
    </message>
    <message>
        <source>the backup file to write (it must not exist yet)</source>
        <translation>ملف النسخة الاحتياطية المراد كتابته (يجب ألا يكون موجودًا بعد)</translation>
    </message>
    <message>
        <source>restore a backup into a new vault folder (--vault NEWPATH)</source>
        <translation>استعادة نسخة احتياطية في مجلد خزنة جديد (--vault NEWPATH)</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>emergency erase: the keys first, then every vault file</source>
        <translation>محو طارئ: المفاتيح أولًا، ثم كل ملفات الخزنة</translation>
    </message>
    <message>
        <source>confirm with the vault folder&apos;s name (the last part of its path)</source>
        <translation>التأكيد باسم مجلد الخزنة (الجزء الأخير من مساره)</translation>
    </message>
    <message>
        <source>add a record of any kind; prints its id</source>
        <translation>إضافة سجل من أي نوع؛ يطبع معرّفه</translation>
    </message>
    <message>
        <source>the record&apos;s title</source>
        <translation>عنوان السجل</translation>
    </message>
    <message>
        <source>the text, from a UTF-8 file (- for stdin)</source>
        <translation>النص، من ملف UTF-8 (- للدخل القياسي)</translation>
    </message>
    <message>
        <source>the status (default: the kind&apos;s first; see &apos;npmdesk kinds KIND&apos;)</source>
        <translation>الحالة (الافتراضي: أول حالات النوع؛ انظر &apos;npmdesk kinds KIND&apos;)</translation>
    </message>
    <message>
        <source>the SPT contact, an existing contact&apos;s name or id (an unknown name is refused)</source>
        <translation>جهة الاتصال في اللجنة الفرعية، اسم جهة اتصال موجودة أو معرّفها (يُرفض الاسم المجهول)</translation>
    </message>
    <message>
        <source>a new contact with this name, added as the counterpart</source>
        <translation>جهة اتصال جديدة بهذا الاسم، تُضاف كطرف مقابل</translation>
    </message>
    <message>
        <source>the country concerned (two letters; default for visits, reports and the like: the NPM&apos;s State, see &apos;npmdesk state&apos;)</source>
        <translation>البلد المعني (حرفان؛ الافتراضي للزيارات والتقارير ونحوها: دولة الآلية الوقائية الوطنية، انظر &apos;npmdesk state&apos;)</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>a tag (repeatable)</source>
        <translation>وسم (قابل للتكرار)</translation>
    </message>
    <message>
        <source>attach a file (repeatable)</source>
        <translation>إرفاق ملف (قابل للتكرار)</translation>
    </message>
    <message>
        <source>an OPCAT reference such as 11 or 11(1)(b)(ii) (repeatable)</source>
        <translation>مرجع في البروتوكول الاختياري مثل 11 أو 11(1)(b)(ii) (قابل للتكرار)</translation>
    </message>
    <message>
        <source>when the record is due for review (retention)</source>
        <translation>متى تجب مراجعة السجل (الاحتفاظ)</translation>
    </message>
    <message>
        <source>a person the record is about, by real name (it gets the next alias, &apos;person A&apos;; a reprisal case names them by that alias); record consent with &apos;npmdesk consent&apos;</source>
        <translation>شخص يتناوله السجل، باسمه الحقيقي (يحصل على الاسم المستعار التالي &apos;person A&apos;؛ وتسمّيه قضية الانتقام بذلك الاسم)؛ سجّل الموافقة بـ &apos;npmdesk consent&apos;</translation>
    </message>
    <message>
        <source>(default: sent)</source>
        <translation>(الافتراضي: sent)</translation>
    </message>
    <message>
        <source>(default: email)</source>
        <translation>(الافتراضي: email)</translation>
    </message>
    <message>
        <source>change a record (a new version; the old one stays in its history); prints its id</source>
        <translation>تغيير سجل (إصدار جديد؛ يبقى القديم في سجله)؛ يطبع معرّفه</translation>
    </message>
    <message>
        <source>remove a field&apos;s value (repeatable)</source>
        <translation>إزالة قيمة حقل (قابل للتكرار)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>عنوان جديد</translation>
    </message>
    <message>
        <source>a new status</source>
        <translation>حالة جديدة</translation>
    </message>
    <message>
        <source>a new date</source>
        <translation>تاريخ جديد</translation>
    </message>
    <message>
        <source>a new due date</source>
        <translation>تاريخ استحقاق جديد</translation>
    </message>
    <message>
        <source>a new country (two letters)</source>
        <translation>بلد جديد (حرفان)</translation>
    </message>
    <message>
        <source>OPCAT references, replacing the record&apos;s (repeatable)</source>
        <translation>مراجع البروتوكول الاختياري، تحل محل مراجع السجل (قابل للتكرار)</translation>
    </message>
    <message>
        <source>a new review date</source>
        <translation>تاريخ مراجعة جديد</translation>
    </message>
    <message>
        <source>print the State party of this vault&apos;s NPM, or set it (npmdesk state CC)</source>
        <translation>طباعة الدولة الطرف للآلية الوقائية الوطنية لهذه الخزنة أو تعيينها (npmdesk state CC)</translation>
    </message>
    <message>
        <source>the State party&apos;s two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>رمز الدولة الطرف المكوّن من حرفين (انظر &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>print {&quot;code&quot;: ..., &quot;name&quot;: ...} (null when not set)</source>
        <translation>طباعة {&quot;code&quot;: ..., &quot;name&quot;: ...} (null إن لم تُعيَّن)</translation>
    </message>
    <message>
        <source>list the kinds of record with their fields and statuses</source>
        <translation>سرد أنواع السجلات بحقولها وحالاتها</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>هذا النوع فقط</translation>
    </message>
    <message>
        <source>print JSON: one object per kind (kind, date_meaning, statuses, status_field, statuses_by, fields)</source>
        <translation>طباعة JSON: كائن لكل نوع (kind وdate_meaning وstatuses وstatus_field وstatuses_by وfields)</translation>
    </message>
    <message>
        <source>list the States parties to the OPCAT and their codes</source>
        <translation>سرد الدول الأطراف في البروتوكول الاختياري ورموزها</translation>
    </message>
    <message>
        <source>record a person named in a record, their alias and their consent to one purpose; prints the id</source>
        <translation>تسجيل شخص مذكور في سجل واسمه المستعار وموافقته على غرض ما؛ يطبع المعرّف</translation>
    </message>
    <message>
        <source>the person&apos;s real name (it stays in the vault; packages for others carry the alias)</source>
        <translation>الاسم الحقيقي للشخص (يبقى في الخزنة؛ وتحمل الحزم المرسلة للآخرين الاسم المستعار)</translation>
    </message>
    <message>
        <source>the pseudonym (default: the next free one, &apos;person A&apos;…)</source>
        <translation>الاسم المستعار (الافتراضي: التالي المتاح &apos;person A&apos;…)</translation>
    </message>
    <message>
        <source>what the consent is for</source>
        <translation>الغرض من الموافقة</translation>
    </message>
    <message>
        <source>given, refused, pending or withdrawn</source>
        <translation>given أو refused أو pending أو withdrawn</translation>
    </message>
    <message>
        <source>when it was given, refused or asked</source>
        <translation>متى أُعطيت أو رُفضت أو طُلبت</translation>
    </message>
    <message>
        <source>oral or written</source>
        <translation>شفهي أو مكتوب</translation>
    </message>
    <message>
        <source>who obtained it (for a child or a person lacking capacity: who gave it)</source>
        <translation>من حصل عليها (للطفل أو لفاقد الأهلية: من أعطاها)</translation>
    </message>
    <message>
        <source>when it was withdrawn</source>
        <translation>متى سُحبت</translation>
    </message>
    <message>
        <source>the person is a child (consent comes from a parent or guardian)</source>
        <translation>الشخص طفل (تأتي الموافقة من أحد الوالدين أو الوصي)</translation>
    </message>
    <message>
        <source>the person lacks capacity to consent (consent comes from a legal representative)</source>
        <translation>الشخص فاقد لأهلية الموافقة (تأتي الموافقة من ممثل قانوني)</translation>
    </message>
    <message>
        <source>write a PDF report: correspondence-log, visit-dossier or recommendations (the PDF is NOT encrypted)</source>
        <translation>كتابة تقرير PDF: correspondence-log أو visit-dossier أو recommendations (ملف PDF غير مشفّر)</translation>
    </message>
    <message>
        <source>correspondence-log (log), visit-dossier (visit) or recommendations (tracker)</source>
        <translation>correspondence-log (log) أو visit-dossier (visit) أو recommendations (tracker)</translation>
    </message>
    <message>
        <source>the visit of a visit dossier (see &apos;npmdesk list --type visit&apos;)</source>
        <translation>زيارة ملف الزيارة (انظر &apos;npmdesk list --type visit&apos;)</translation>
    </message>
    <message>
        <source>leave out the &quot;Confidential&quot; marking printed on every page</source>
        <translation>حذف علامة &quot;سري&quot; المطبوعة على كل صفحة</translation>
    </message>
    <message>
        <source>correspondence log: also list when each record left the vault, and to whom</source>
        <translation>سجل المراسلات: يسرد أيضًا متى غادر كل سجل الخزنة وإلى من</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>ملف PDF المراد كتابته</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>استبدال FILE إن كان موجودًا</translation>
    </message>
    <message>
        <source>the team folder and its member devices (the NPM&apos;s own laptops)</source>
        <translation>مجلد الفريق وأجهزته الأعضاء (حواسيب الآلية الوقائية الوطنية)</translation>
    </message>
    <message>
        <source>choose the team folder (a folder your sync engine keeps in step)</source>
        <translation>اختيار مجلد الفريق (مجلد يبقيه محرك المزامنة لديك متطابقًا)</translation>
    </message>
    <message>
        <source>make a verified contact marked as one of your NPM&apos;s own devices a member</source>
        <translation>جعل جهة اتصال مُتحقق منها موسومة كأحد أجهزة آليتك الوقائية الوطنية عضوًا</translation>
    </message>
    <message>
        <source>stop sending changesets to a member device</source>
        <translation>التوقف عن إرسال مجموعات التغييرات إلى جهاز عضو</translation>
    </message>
    <message>
        <source>the team folder, and how far each member device is</source>
        <translation>مجلد الفريق، وإلى أين وصل كل جهاز عضو</translation>
    </message>
    <message>
        <source>print it as JSON (a stable contract)</source>
        <translation>طباعته بصيغة JSON (عقد ثابت)</translation>
    </message>
    <message>
        <source>one team sync round: write this device&apos;s changes, apply the others&apos;</source>
        <translation>جولة مزامنة فريق واحدة: كتابة تغييرات هذا الجهاز وتطبيق تغييرات الآخرين</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>عرض رقم إصدار البرنامج والخروج</translation>
    </message>
    <message>
        <source>Handed the draft to your mail program: check it there and send it.</source>
        <translation>سُلِّمت المسودة إلى برنامج البريد: راجعها هناك وأرسلها.</translation>
    </message>
    <message>
        <source>this vault was restored from a backup: waiting for the new snapshot it makes for this device</source>
        <translation>استُعيدت هذه الخزنة من نسخة احتياطية: بانتظار اللقطة الجديدة التي ينشئها ذلك الجهاز لهذا الجهاز</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>لم يُزل أي مرفق (%Ln)</numerusform>
            <numerusform>أُزيل %Ln مرفق</numerusform>
            <numerusform>أُزيل %Ln مرفقان</numerusform>
            <numerusform>أُزيلت %Ln مرفقات</numerusform>
            <numerusform>أُزيل %Ln مرفقاً</numerusform>
            <numerusform>أُزيل %Ln مرفق</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault was restored from an older backup: it remembered its changesets up to {remembered}, but the team folder shows it had written up to {published}.</source>
        <translation>استُعيدت هذه الخزنة من نسخة احتياطية أقدم: كانت تتذكر حزم تغييراتها حتى {remembered}، لكن مجلد الفريق يُظهر أنها كتبت حتى {published}.</translation>
    </message>
    <message>
        <source>Applied again from the team folder: its changeset(s) {numbers}.</source>
        <translation>طُبِّقت من جديد من مجلد الفريق: حزم تغييراته {numbers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) no longer in the team folder (every member had applied them): their changes come back with the snapshots the other devices make for this vault.</source>
        <translation>
            <numerusform>لا حزم تغييرات (%Ln) غائبة عن مجلد الفريق.</numerusform>
            <numerusform>%Ln حزمة تغييرات لم تعد في مجلد الفريق (طبّقها كل الأعضاء): تعود تغييراتها مع اللقطات التي تنشئها الأجهزة الأخرى لهذه الخزنة.</numerusform>
            <numerusform>%Ln حزمتا تغييرات لم تعودا في مجلد الفريق (طبّقهما كل الأعضاء): تعود تغييراتهما مع اللقطات التي تنشئها الأجهزة الأخرى لهذه الخزنة.</numerusform>
            <numerusform>%Ln حزم تغييرات لم تعد في مجلد الفريق (طبّقها كل الأعضاء): تعود تغييراتها مع اللقطات التي تنشئها الأجهزة الأخرى لهذه الخزنة.</numerusform>
            <numerusform>%Ln حزمة تغييرات لم تعد في مجلد الفريق (طبّقها كل الأعضاء): تعود تغييراتها مع اللقطات التي تنشئها الأجهزة الأخرى لهذه الخزنة.</numerusform>
            <numerusform>%Ln حزمة تغييرات لم تعد في مجلد الفريق (طبّقها كل الأعضاء): تعود تغييراتها مع اللقطات التي تنشئها الأجهزة الأخرى لهذه الخزنة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside, not applied: {reason}</source>
        <translation>وُضع جانباً ولم يُطبَّق: {reason}</translation>
    </message>
    <message>
        <source>It continues with changeset {sequence}, so no member skips its new changes.</source>
        <translation>يتابع بمجموعة التغييرات {sequence}، كي لا يتخطى أي عضو تغييراته الجديدة.</translation>
    </message>
    <message>
        <source>open the written draft in the system&apos;s mail program (needs a desktop session)</source>
        <translation>فتح المسودة المكتوبة في برنامج البريد في النظام (يحتاج إلى جلسة سطح مكتب)</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>بيانات تجريبية (البذرة {seed}): {records} ({kinds}) و{attachments} ({size} ميغابايت) في {seconds} ث.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country} (the vault has no State set; picked from the seed): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>بيانات تجريبية (البذرة {seed}) عن {country} (لم تُحدَّد دولة للخزنة؛ اختيرت من البذرة): {records} ({kinds}) و{attachments} ({size} ميغابايت) في {seconds} ث.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country}: {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>بيانات تجريبية (البذرة {seed}) عن {country}: {records} ({kinds}) و{attachments} ({size} ميغابايت) في {seconds} ث.</translation>
    </message>
    <message>
        <source>the language of the PDF (--format pdf) or of the package&apos;s summary.html (default: the command line&apos;s own, else en)</source>
        <translation>لغة ملف PDF (--format pdf) أو ملف summary.html في الحزمة (افتراضيًا: لغة سطر الأوامر، وإلا en)</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the command line&apos;s own, else en)</source>
        <translation>لغة التقرير (الافتراضي: لغة سطر الأوامر، وإلا en)</translation>
    </message>
</context>
</TS>
