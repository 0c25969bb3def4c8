<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AddContactDialog</name>
    <message>
        <source>These keys already belong to your contact “{name}”. Nothing was added.</source>
        <translation>Estas chaves já pertencem ao seu contacto “{name}”. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>Add a Recipient</source>
        <translation>Adicionar um destinatário</translation>
    </message>
    <message>
        <source>Add Contact from Card</source>
        <translation>Adicionar contacto a partir do cartão</translation>
    </message>
    <message>
        <source>Paste the contact card the person copied from npmdesk (File → Share My Keys…), or type their name and keys. Keys are public; what proves they are theirs is the fingerprint, which you compare with them afterwards by phone.</source>
        <translation>Cole o cartão de contacto que a pessoa copiou do npmdesk (Ficheiro → Partilhar as minhas chaves…), ou escreva o nome e as chaves. As chaves são públicas; o que prova que são dessa pessoa é a impressão digital, que depois confere com ela por telefone.</translation>
    </message>
    <message>
        <source>Paste the recipient&apos;s age key (age1…), or the contact card they copied from npmdesk (File → Share My Keys…), and give their name. They become a contact whose keys are NOT verified: compare the fingerprint with them by phone (Verify keys… on the contact) before sending anything sensitive.</source>
        <translation>Cole a chave age do destinatário (age1…), ou o cartão de contacto que ele copiou do npmdesk (Ficheiro → Partilhar as minhas chaves…), e indique o nome. Passa a ser um contacto cujas chaves NÃO estão verificadas: confira a impressão digital com ele por telefone (Verificar chaves… no contacto) antes de enviar algo sensível.</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contacto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Age recipient</source>
        <translation>Destinatário age</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Chave de assinatura</translation>
    </message>
    <message>
        <source>Contact &amp;card:</source>
        <translation>&amp;Cartão de contacto:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Age recipient:</source>
        <translation>Destinatário &amp;age:</translation>
    </message>
    <message>
        <source>&amp;Signing key:</source>
        <translation>Chave de a&amp;ssinatura:</translation>
    </message>
    <message>
        <source>Problem with the contact</source>
        <translation>Problema com o contacto</translation>
    </message>
    <message>
        <source>A&amp;dd contact</source>
        <translation>A&amp;dicionar contacto</translation>
    </message>
    <message>
        <source>Add the contact</source>
        <translation>Adicionar o contacto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AddDeviceDialog</name>
    <message>
        <source>Add a Member Device</source>
        <translation>Adicionar um dispositivo membro</translation>
    </message>
    <message>
        <source>&amp;Devices that can join (verified contacts marked as your NPM&apos;s own devices):</source>
        <translation>&amp;Dispositivos que podem aderir (contactos verificados marcados como dispositivos do seu MNP):</translation>
    </message>
    <message>
        <source>Devices that can join the team</source>
        <translation>Dispositivos que podem aderir à equipa</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint})</source>
        <translation>{name} (impressão digital {fingerprint})</translation>
    </message>
    <message>
        <source>The next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>A próxima sincronização cria para ele um instantâneo deste cofre e depois envia-lhe cada alteração.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Add the chosen device to the team</source>
        <translation>Adicionar o dispositivo escolhido à equipa</translation>
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
        <translation>{path} é uma pasta ou não é um ficheiro comum; só se podem anexar ficheiros. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>npmdesk could not read {path}: {reason}. Nothing was added.</source>
        <translation>O npmdesk não conseguiu ler {path}: {reason}. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}: {reason}. No copy was left there.</source>
        <translation>O npmdesk não conseguiu escrever {path}: {reason}. Nenhuma cópia ficou lá.</translation>
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
        <translation>Imagem PNG</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>Imagem JPEG</translation>
    </message>
    <message>
        <source>GIF image</source>
        <translation>Imagem GIF</translation>
    </message>
    <message>
        <source>WebP image</source>
        <translation>Imagem WebP</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto simples</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Texto Markdown</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Tabela CSV</translation>
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
        <translation>Documento Word</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>Texto OpenDocument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
</context>
<context>
    <name>AttachmentQuestions</name>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Guardar uma cópia decifrada</translation>
    </message>
    <message>
        <source>The copy of “{name}” will NOT be encrypted.</source>
        <translation>A cópia de “{name}” NÃO será cifrada.</translation>
    </message>
    <message>
        <source>Anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>Qualquer pessoa que possa abrir a pasta que escolher, ou que fique com este computador ou a unidade, pode lê-la. O npmdesk não a apagará por si mais tarde. Guarde-a só onde tiver de estar e apague-a quando terminar.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted Copy…</source>
        <translation>&amp;Guardar cópia não cifrada…</translation>
    </message>
    <message>
        <source>Save an unencrypted copy</source>
        <translation>Guardar uma cópia não cifrada</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment only in the vault</source>
        <translation>Cancelar: manter o anexo só no cofre</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
    </message>
    <message>
        <source>Remove “{name}” from this record?</source>
        <translation>Remover “{name}” deste registo?</translation>
    </message>
    <message>
        <source>Its content is erased from the vault. This cannot be undone.</source>
        <translation>O conteúdo é apagado do cofre. Não é possível desfazer.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Remover o anexo</translation>
    </message>
    <message>
        <source>Cancel: keep the attachment</source>
        <translation>Cancelar: manter o anexo</translation>
    </message>
    <message>
        <source>Save a decrypted copy of {name}</source>
        <translation>Guardar uma cópia decifrada de {name}</translation>
    </message>
    <message>
        <source>Add files to “{title}”</source>
        <translation>Adicionar ficheiros a “{title}”</translation>
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
        <translation>Anexo {name}</translation>
    </message>
    <message>
        <source>Save a &amp;decrypted copy…</source>
        <translation>Guardar uma cópia &amp;decifrada…</translation>
    </message>
    <message>
        <source>Save a decrypted copy of this attachment</source>
        <translation>Guardar uma cópia decifrada deste anexo</translation>
    </message>
    <message>
        <source>Close the viewer</source>
        <translation>Fechar o visualizador</translation>
    </message>
    <message>
        <source>npmdesk cannot show this kind of file ({type}) inside the app. To open it in another program, save a decrypted copy.</source>
        <translation>O npmdesk não consegue mostrar este tipo de ficheiro ({type}) dentro da aplicação. Para o abrir noutro programa, guarde uma cópia decifrada.</translation>
    </message>
    <message>
        <source>This file is too large to preview here ({size}; the limit for this kind of file is {cap}). To open it in another program, save a decrypted copy.</source>
        <translation>Este ficheiro é demasiado grande para pré-visualizar aqui ({size}; o limite para este tipo de ficheiro é {cap}). Para o abrir noutro programa, guarde uma cópia decifrada.</translation>
    </message>
    <message>
        <source>This installation of npmdesk cannot show PDFs (Qt&apos;s PDF module is missing). To open it in another program, save a decrypted copy.</source>
        <translation>Esta instalação do npmdesk não consegue mostrar PDF (falta o módulo PDF do Qt). Para o abrir noutro programa, guarde uma cópia decifrada.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so npmdesk cannot show it.</source>
        <translation>Este PDF está protegido por uma senha, por isso o npmdesk não o consegue mostrar.</translation>
    </message>
    <message>
        <source>npmdesk cannot show this PDF: it is damaged or not a PDF document.</source>
        <translation>O npmdesk não consegue mostrar este PDF: está danificado ou não é um documento PDF.</translation>
    </message>
    <message>
        <source>PDF document {name}</source>
        <translation>Documento PDF {name}</translation>
    </message>
    <message>
        <source>This image is too large to preview here ({width} by {height} pixels).</source>
        <translation>Esta imagem é demasiado grande para pré-visualizar aqui ({width} por {height} píxeis).</translation>
    </message>
    <message>
        <source>npmdesk cannot show this image: it is damaged, too large, or in a format npmdesk does not read.</source>
        <translation>O npmdesk não consegue mostrar esta imagem: está danificada, é demasiado grande ou está num formato que o npmdesk não lê.</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Imagem {name}</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texto de {name}</translation>
    </message>
    <message>
        <source>A web page shown as its source text; nothing in it is loaded.</source>
        <translation>Uma página web mostrada como texto-fonte; nada nela é carregado.</translation>
    </message>
</context>
<context>
    <name>AttachmentsForm</name>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>A&amp;dd files…</source>
        <translation>A&amp;dicionar ficheiros…</translation>
    </message>
    <message>
        <source>Add files to this record (Insert or Ctrl+Shift+A), or drop them on the record</source>
        <translation>Adicionar ficheiros a este registo (Insert ou Ctrl+Shift+A), ou largá-los sobre o registo</translation>
    </message>
    <message>
        <source>Add files to this record</source>
        <translation>Adicionar ficheiros a este registo</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>View the selected attachment inside npmdesk (Enter)</source>
        <translation>Ver o anexo selecionado dentro do npmdesk (Enter)</translation>
    </message>
    <message>
        <source>Open the selected attachment</source>
        <translation>Abrir o anexo selecionado</translation>
    </message>
    <message>
        <source>Sa&amp;ve a decrypted copy…</source>
        <translation>&amp;Guardar uma cópia decifrada…</translation>
    </message>
    <message>
        <source>Write an unencrypted copy of the selected attachment to a file (you are warned first)</source>
        <translation>Escrever uma cópia não cifrada do anexo selecionado num ficheiro (é avisado antes)</translation>
    </message>
    <message>
        <source>Save a decrypted copy of the selected attachment</source>
        <translation>Guardar uma cópia decifrada do anexo selecionado</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Remove the selected attachment from the vault (Delete)</source>
        <translation>Remover o anexo selecionado do cofre (Delete)</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Remover o anexo selecionado</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>Estado dos anexos</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Add files to this record…</source>
        <translation>Adicionar ficheiros a este registo…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>Added on {date} by {user}</source>
        <translation>Adicionado em {date} por {user}</translation>
    </message>
    <message>
        <source>{item} — not fully indexed</source>
        <translation>{item} — não totalmente indexado</translation>
    </message>
    <message>
        <source>Search finds only part of this file&apos;s text, or none: it took too long or too much memory to read in full, or it is damaged or encrypted.</source>
        <translation>A pesquisa só encontra parte do texto deste ficheiro, ou nada: lê-lo por inteiro levou demasiado tempo ou memória, ou está danificado ou cifrado.</translation>
    </message>
    <message>
        <source>No attachments. Add files, or drop them on this record.</source>
        <translation>Sem anexos. Adicione ficheiros, ou largue-os sobre este registo.</translation>
    </message>
    <message>
        <source>Attachments status</source>
        <translation>Estado dos anexos</translation>
    </message>
    <message>
        <source>Adding files</source>
        <translation>A adicionar ficheiros</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>A cifrar os ficheiros no cofre…</translation>
    </message>
    <message>
        <source>Cancel adding the files</source>
        <translation>Cancelar a adição dos ficheiros</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added.</source>
        <translation>Cancelado. Nada foi adicionado.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n ficheiro adicionado.</numerusform>
            <numerusform>%n ficheiros adicionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving a decrypted copy</source>
        <translation>A guardar uma cópia decifrada</translation>
    </message>
    <message>
        <source>Writing the decrypted copy…</source>
        <translation>A escrever a cópia decifrada…</translation>
    </message>
    <message>
        <source>Cancel saving the copy</source>
        <translation>Cancelar a gravação da cópia</translation>
    </message>
    <message>
        <source>Cancelled. No copy was left.</source>
        <translation>Cancelado. Nenhuma cópia ficou.</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Foi guardada uma cópia decifrada em {path}. Não está cifrada: apague-a quando já não precisar dela.</translation>
    </message>
    <message>
        <source>“{name}” was removed.</source>
        <translation>“{name}” foi removido.</translation>
    </message>
</context>
<context>
    <name>AutomaticBackupsDialog</name>
    <message>
        <source>Automatic backups</source>
        <translation>Cópias de segurança automáticas</translation>
    </message>
    <message>
        <source>While the vault is open, npmdesk can back it up by itself to a folder, for example on a USB stick. Each backup is encrypted like the vault and opens only with its passphrase or recovery code. If the folder is not there, npmdesk waits until it is.</source>
        <translation>Enquanto o cofre está aberto, o npmdesk pode fazer sozinho cópias de segurança para uma pasta, por exemplo numa unidade USB. Cada cópia é cifrada como o cofre e só abre com a frase secreta ou o código de recuperação. Se a pasta não estiver presente, o npmdesk espera até que esteja.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Pasta para as cópias de segurança automáticas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose the folder for automatic backups</source>
        <translation>Escolher a pasta para as cópias de segurança automáticas</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Pasta:</translation>
    </message>
    <message>
        <source>How often to back up</source>
        <translation>Com que frequência fazer cópias</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desligado</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Todos os dias</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Todas as semanas</translation>
    </message>
    <message>
        <source>How &amp;often:</source>
        <translation>&amp;Frequência:</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>Quantas cópias de segurança automáticas manter</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Manter as mais recentes:</translation>
    </message>
    <message>
        <source>Last backup: {date}</source>
        <translation>Última cópia de segurança: {date}</translation>
    </message>
    <message>
        <source>No backup of this vault has been made yet.</source>
        <translation>Ainda não foi feita nenhuma cópia de segurança deste cofre.</translation>
    </message>
    <message>
        <source>Save these settings</source>
        <translation>Guardar estas definições</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fechar sem guardar</translation>
    </message>
    <message>
        <source>Give the folder&apos;s full path, or choose it.</source>
        <translation>Indique o caminho completo da pasta, ou escolha-a.</translation>
    </message>
    <message>
        <source>Choose a folder for the automatic backups.</source>
        <translation>Escolha uma pasta para as cópias de segurança automáticas.</translation>
    </message>
</context>
<context>
    <name>BackupFeature</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fazer cópia de seg&amp;urança agora…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified backup of the vault to a new file</source>
        <translation>Escrever uma cópia de segurança cifrada e verificada do cofre num novo ficheiro</translation>
    </message>
    <message>
        <source>&amp;Automatic backups…</source>
        <translation>Cópias &amp;automáticas…</translation>
    </message>
    <message>
        <source>Back up by itself to a folder, for example on a USB stick</source>
        <translation>Fazer cópias sozinho para uma pasta, por exemplo numa unidade USB</translation>
    </message>
</context>
<context>
    <name>BackupNow</name>
    <message>
        <source>Back up the vault to a new file</source>
        <translation>Fazer cópia de segurança do cofre num novo ficheiro</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>Cópias de segurança do npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>The backup was saved to {path} ({size}) and checked: it opens with this vault&apos;s passphrase or recovery code. Keep it on a drive away from this computer.</source>
        <translation>A cópia de segurança foi guardada em {path} ({size}) e verificada: abre com a frase secreta ou o código de recuperação deste cofre. Guarde-a numa unidade longe deste computador.</translation>
    </message>
</context>
<context>
    <name>BackupProgressDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Cópia de segurança do cofre</translation>
    </message>
    <message>
        <source>Writing the backup and checking it…</source>
        <translation>A escrever a cópia de segurança e a verificá-la…</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Cancelar a cópia de segurança</translation>
    </message>
    <message>
        <source>The backup was cancelled. Nothing was written.</source>
        <translation>A cópia de segurança foi cancelada. Nada foi escrito.</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progresso da cópia de segurança</translation>
    </message>
</context>
<context>
    <name>BackupReminder</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Fazer cópia de seg&amp;urança agora…</translation>
    </message>
    <message>
        <source>Back up the vault now</source>
        <translation>Fazer agora uma cópia de segurança do cofre</translation>
    </message>
    <message>
        <source>The last automatic backup failed: {error}</source>
        <translation>A última cópia de segurança automática falhou: {error}</translation>
    </message>
    <message>
        <source>This vault has never been backed up. Make a backup on a drive that you keep away from this computer.</source>
        <translation>Nunca foi feita uma cópia de segurança deste cofre. Faça uma numa unidade que guarde longe deste computador.</translation>
    </message>
    <message>
        <source>The last backup is dated after today: check this computer&apos;s clock, and make a new backup.</source>
        <translation>A última cópia de segurança tem data posterior a hoje: verifique o relógio deste computador e faça uma nova cópia.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago ({date}). Make a new one on a drive that you keep away from this computer.</source>
        <translation>
            <numerusform>A última cópia de segurança foi feita há %n dia ({date}). Faça uma nova numa unidade que guarde longe deste computador.</numerusform>
            <numerusform>A última cópia de segurança foi feita há %n dias ({date}). Faça uma nova numa unidade que guarde longe deste computador.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Use the current passphrase &amp;instead</source>
        <translation>Usar a frase secreta atual em &amp;vez disso</translation>
    </message>
    <message>
        <source>Use the current passphrase instead</source>
        <translation>Usar antes a frase secreta atual</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar o código de recuperação em &amp;vez disso</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar antes o código de recuperação</translation>
    </message>
    <message>
        <source>Type your current passphrase.</source>
        <translation>Escreva a sua frase secreta atual.</translation>
    </message>
    <message>
        <source>Changing the passphrase. This takes a few seconds…</source>
        <translation>A mudar a frase secreta. Demora alguns segundos…</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseForm</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Mudar a frase secreta</translation>
    </message>
    <message>
        <source>First show that you know the current passphrase (or hold the recovery code), then choose the new one. The old passphrase stops working at once; nothing else in the vault changes.</source>
        <translation>Primeiro mostre que conhece a frase secreta atual (ou que tem o código de recuperação) e depois escolha a nova. A frase antiga deixa de funcionar de imediato; nada mais muda no cofre.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase secreta a&amp;tual:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase secreta atual</translation>
    </message>
    <message>
        <source>Current passphrase problem</source>
        <translation>Problema com a frase secreta atual</translation>
    </message>
    <message>
        <source>A recovery code opens the vault once: after the change npmdesk shows you a new recovery code to write down, and the code you type here stops working once you confirm the new one.</source>
        <translation>Um código de recuperação abre o cofre uma vez: depois da mudança o npmdesk mostra-lhe um novo código de recuperação para anotar, e o código que escrever aqui deixa de funcionar quando confirmar o novo.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperação:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>Problema com o código de recuperação</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar o código de recuperação em &amp;vez disso</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar antes o código de recuperação</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase secreta:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Pelo menos 10 caracteres; várias palavras são mais fáceis de lembrar</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez da frase secreta</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema com a frase secreta</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>&amp;Confirmar a frase secreta:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar a nova frase secreta</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema com a confirmação</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>Problema ao mudar a frase secreta</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel without changing the passphrase</source>
        <translation>Cancelar sem mudar a frase secreta</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Mudar a frase secreta</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>Choose later</source>
        <translation>Escolher mais tarde</translation>
    </message>
    <message>
        <source>The vault will be created in {folder}</source>
        <translation>O cofre será criado em {folder}</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it), or “Choose later”.</source>
        <translation>Escolha o seu Estado na lista (escreva parte do nome para o encontrar), ou “Escolher mais tarde”.</translation>
    </message>
    <message>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>A criar o cofre. Demora alguns segundos…</translation>
    </message>
</context>
<context>
    <name>CreateVaultForm</name>
    <message>
        <source>Create your npmdesk vault</source>
        <translation>Crie o seu cofre npmdesk</translation>
    </message>
    <message>
        <source>Welcome to npmdesk</source>
        <translation>Bem-vindo ao npmdesk</translation>
    </message>
    <message>
        <source>npmdesk keeps your correspondence with the SPT in an encrypted vault on this computer. Choose a passphrase you will remember: without it, only the recovery code shown next can open the vault.</source>
        <translation>O npmdesk guarda a sua correspondência com o SPT num cofre cifrado neste computador. Escolha uma frase secreta de que se lembre: sem ela, só o código de recuperação mostrado a seguir pode abrir o cofre.</translation>
    </message>
    <message>
        <source>&amp;NPM name:</source>
        <translation>&amp;Nome do MNP:</translation>
    </message>
    <message>
        <source>NPM name</source>
        <translation>Nome do MNP</translation>
    </message>
    <message>
        <source>The name of your national preventive mechanism</source>
        <translation>O nome do seu Mecanismo Nacional de Prevenção</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>O se&amp;u nome:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>O seu nome</translation>
    </message>
    <message>
        <source>&amp;State party:</source>
        <translation>&amp;Estado Parte:</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>Estado Parte do seu MNP</translation>
    </message>
    <message>
        <source>The State whose NPM you are. New visits, reports, recommendations and places start with this country. Type part of its name to find it; you can change it later in Preferences.</source>
        <translation>O Estado de que é o MNP. Novas visitas, relatórios, recomendações e locais começam com este país. Escreva parte do nome para o encontrar; pode alterá-lo mais tarde nas Preferências.</translation>
    </message>
    <message>
        <source>State party problem</source>
        <translation>Problema com o Estado Parte</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Pelo menos 10 caracteres; várias palavras são mais fáceis de lembrar</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez da frase secreta</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema com a frase secreta</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>&amp;Confirmar a frase secreta:</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar a frase secreta</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema com a confirmação</translation>
    </message>
    <message>
        <source>&amp;Remember on this device</source>
        <translation>Le&amp;mbrar neste dispositivo</translation>
    </message>
    <message>
        <source>Remember on this device</source>
        <translation>Lembrar neste dispositivo</translation>
    </message>
    <message>
        <source>Open the vault without typing the passphrase on this computer, using the system keyring. Anyone who can sign in to your account here can then open the vault.</source>
        <translation>Abrir o cofre sem escrever a frase secreta neste computador, usando o porta-chaves do sistema. Qualquer pessoa que possa entrar na sua conta aqui pode então abrir o cofre.</translation>
    </message>
    <message>
        <source>Problem creating the vault</source>
        <translation>Problema ao criar o cofre</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit without creating a vault</source>
        <translation>Sair sem criar um cofre</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Criar c&amp;ofre</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Criar cofre</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Due for review (re&amp;tention):</source>
        <translation>A rever (conser&amp;vação):</translation>
    </message>
    <message>
        <source>Records due for review</source>
        <translation>Registos a rever</translation>
    </message>
    <message>
        <source>(no name given)</source>
        <translation>(sem nome indicado)</translation>
    </message>
    <message>
        <source>Signed in as {user}</source>
        <translation>Sessão iniciada como {user}</translation>
    </message>
    <message>
        <source>Vault: {folder}</source>
        <translation>Cofre: {folder}</translation>
    </message>
    <message>
        <source>Lock the vault ({shortcut}) whenever you leave this computer.</source>
        <translation>Bloqueie o cofre ({shortcut}) sempre que se afastar deste computador.</translation>
    </message>
    <message>
        <source>Nothing at the moment.</source>
        <translation>Nada de momento.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… e mais {count}</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Em atraso há %n dia</numerusform>
            <numerusform>Em atraso há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Prazo hoje</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Prazo dentro de %n dia</numerusform>
            <numerusform>Prazo dentro de %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>{when} (reply)</source>
        <translation>{when} (resposta)</translation>
    </message>
    <message>
        <source>{when} · {kind}: {title}</source>
        <translation>{when} · {kind}: {title}</translation>
    </message>
    <message numerus="yes">
        <source>Review overdue by %n day(s)</source>
        <translation>
            <numerusform>Revisão em atraso há %n dia</numerusform>
            <numerusform>Revisão em atraso há %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>Revisão hoje</translation>
    </message>
    <message numerus="yes">
        <source>Review in %n day(s)</source>
        <translation>
            <numerusform>Revisão dentro de %n dia</numerusform>
            <numerusform>Revisão dentro de %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>SPT session in Geneva</source>
        <translation>Sessão do SPT em Genebra</translation>
    </message>
    <message>
        <source>SPT announces its visiting programme for {year}</source>
        <translation>O SPT anuncia o seu programa de visitas para {year}</translation>
    </message>
    <message>
        <source>Special Fund: call for applications</source>
        <translation>Fundo Especial: convite à apresentação de candidaturas</translation>
    </message>
    <message>
        <source>Your annual report for {year} is due</source>
        <translation>O seu relatório anual de {year} está a vencer</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>{when} (approximate)</source>
        <translation>{when} (aproximadamente)</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <source>&amp;Due and overdue:</source>
        <translation>&amp;Prazos a vencer e vencidos:</translation>
    </message>
    <message>
        <source>Due and overdue items</source>
        <translation>Prazos a vencer e vencidos</translation>
    </message>
    <message>
        <source>Awaiting a re&amp;ply:</source>
        <translation>A&amp;guardam resposta:</translation>
    </message>
    <message>
        <source>Communications awaiting a reply</source>
        <translation>Comunicações que aguardam resposta</translation>
    </message>
    <message>
        <source>Open &amp;interpretation requests:</source>
        <translation>Pedidos de parecer em &amp;aberto:</translation>
    </message>
    <message>
        <source>Open interpretation requests</source>
        <translation>Pedidos de parecer em aberto</translation>
    </message>
    <message>
        <source>SPT &amp;calendar:</source>
        <translation>&amp;Calendário do SPT:</translation>
    </message>
    <message>
        <source>SPT calendar: sessions, visiting programme and deadlines</source>
        <translation>Calendário do SPT: sessões, programa de visitas e prazos</translation>
    </message>
    <message>
        <source>Recent &amp;security events:</source>
        <translation>Eventos de &amp;segurança recentes:</translation>
    </message>
    <message>
        <source>Recent security events</source>
        <translation>Eventos de segurança recentes</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Arrow keys move by day and week, Page Up and Page Down by month; Enter picks the date, Escape closes the calendar.</source>
        <translation>As setas avançam um dia ou uma semana, Page Up e Page Down um mês; Enter escolhe a data, Escape fecha o calendário.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Type the date as YYYY-MM-DD, or choose it from the calendar (Alt+Down)</source>
        <translation>Escreva a data como AAAA-MM-DD, ou escolha-a no calendário (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose from the calendar</source>
        <translation>Escolher no calendário</translation>
    </message>
    <message>
        <source>Choose from the calendar (Alt+Down)</source>
        <translation>Escolher no calendário (Alt+Down)</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Fill with Demo Data</source>
        <translation>Preencher com dados de demonstração</translation>
    </message>
    <message>
        <source>Demo data is fictitious: letters, visits, recommendations and contacts made up to try npmdesk out or to train colleagues. It goes into &lt;b&gt;this vault&lt;/b&gt;, next to your own records, and stays until you move it to the bin. Use a practice vault for it.</source>
        <translation>Os dados de demonstração são fictícios: cartas, visitas, recomendações e contactos inventados para experimentar o npmdesk ou formar colegas. Entram &lt;b&gt;neste cofre&lt;/b&gt;, ao lado dos seus próprios registos, e ficam até os mover para o lixo. Use um cofre de treino para isso.</translation>
    </message>
    <message>
        <source>Number of demo records</source>
        <translation>Número de registos de demonstração</translation>
    </message>
    <message>
        <source>Number of demo attachments</source>
        <translation>Número de anexos de demonstração</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Registos:</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anexos:</translation>
    </message>
    <message>
        <source>Progress of the demo data</source>
        <translation>Progresso dos dados de demonstração</translation>
    </message>
    <message>
        <source>&amp;Add Demo Data</source>
        <translation>A&amp;dicionar dados de demonstração</translation>
    </message>
    <message>
        <source>Add the demo data to this vault</source>
        <translation>Adicionar os dados de demonstração a este cofre</translation>
    </message>
    <message>
        <source>Close, or cancel while demo data is being added</source>
        <translation>Fechar, ou cancelar enquanto os dados de demonstração são adicionados</translation>
    </message>
    <message>
        <source>Adding demo data…</source>
        <translation>A adicionar dados de demonstração…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Added {records} demo records and {attachments} attachments.</source>
        <translation>Foram adicionados {records} registos de demonstração e {attachments} anexos.</translation>
    </message>
    <message>
        <source>Cancelled. Demo records added before you cancelled stay in the vault; move them to the bin if you do not want them.</source>
        <translation>Cancelado. Os registos de demonstração adicionados antes de cancelar ficam no cofre; mova-os para o lixo se não os quiser.</translation>
    </message>
</context>
<context>
    <name>DemoFeature</name>
    <message>
        <source>Fill with &amp;Demo Data…</source>
        <translation>Preencher com dados de &amp;demonstração…</translation>
    </message>
    <message>
        <source>Add fictitious records to try npmdesk out or to train colleagues</source>
        <translation>Adicionar registos fictícios para experimentar o npmdesk ou formar colegas</translation>
    </message>
</context>
<context>
    <name>DestroyDialog</name>
    <message>
        <source>Destroy this vault on this device</source>
        <translation>Destruir este cofre neste dispositivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;This erases the vault on this computer at once and for good.&lt;/b&gt;&lt;br&gt;Its keys are overwritten first, so nobody can open it again: not with the passphrase, not with the recovery code. Backups elsewhere are not touched.&lt;br&gt;&lt;br&gt;To confirm, type the vault&apos;s name: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Isto apaga o cofre neste computador de imediato e para sempre.&lt;/b&gt;&lt;br&gt;As chaves são primeiro sobrescritas, para que ninguém o possa voltar a abrir: nem com a frase secreta, nem com o código de recuperação. As cópias de segurança noutros locais não são tocadas.&lt;br&gt;&lt;br&gt;Para confirmar, escreva o nome do cofre: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Vault name to confirm the erase</source>
        <translation>Nome do cofre para confirmar o apagamento</translation>
    </message>
    <message>
        <source>&amp;Vault name:</source>
        <translation>Nome do &amp;cofre:</translation>
    </message>
    <message>
        <source>&amp;Destroy the vault</source>
        <translation>&amp;Destruir o cofre</translation>
    </message>
    <message>
        <source>Destroy the vault</source>
        <translation>Destruir o cofre</translation>
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
        <source>Refused or withdrawn consent</source>
        <translation>Consentimento recusado ou retirado</translation>
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
        <translation>Ainda sem verificação na visita de regresso</translation>
    </message>
    <message>
        <source>Add a return &amp;visit check…</source>
        <translation>A&amp;dicionar verificação na visita de regresso…</translation>
    </message>
    <message>
        <source>Add a return visit check to this case</source>
        <translation>Adicionar a este caso uma verificação na visita de regresso</translation>
    </message>
    <message>
        <source>Return visit check: {person}</source>
        <translation>Verificação na visita de regresso: {person}</translation>
    </message>
    <message>
        <source>Sensitivity: {name}</source>
        <translation>Sensibilidade: {name}</translation>
    </message>
</context>
<context>
    <name>DialoguePanel</name>
    <message>
        <source>The State&apos;s reports and the NPM&apos;s assessment</source>
        <translation>O que o Estado indica e a avaliação do MNP</translation>
    </message>
    <message>
        <source>Note about the report</source>
        <translation>Nota sobre o relatório</translation>
    </message>
    <message>
        <source>History of both statuses</source>
        <translation>Histórico das duas situações</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it</source>
        <translation>Projetos do Fundo Especial que a implementam</translation>
    </message>
    <message>
        <source>Dialogue on this recommendation</source>
        <translation>Diálogo sobre esta recomendação</translation>
    </message>
    <message>
        <source>Its report is the SPT&apos;s annual report or guidance, which recommendations do not come from: when you next edit it, choose a visit report, the NPM&apos;s own report, or none.</source>
        <translation>O seu relatório é o relatório anual do SPT ou orientações, de onde não vêm recomendações: na próxima edição, escolha um relatório de visita, o relatório próprio do MNP, ou nenhum.</translation>
    </message>
    <message>
        <source>The State reports</source>
        <translation>O Estado indica</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment</source>
        <translation>A avaliação do MNP</translation>
    </message>
    <message>
        <source>The State has not reported a status.</source>
        <translation>O Estado não indicou uma situação.</translation>
    </message>
    <message>
        <source>The State reports: {text}</source>
        <translation>O Estado indica: {text}</translation>
    </message>
    <message>
        <source>The NPM has not assessed it yet.</source>
        <translation>O MNP ainda não a avaliou.</translation>
    </message>
    <message>
        <source>The NPM&apos;s assessment: {text}</source>
        <translation>Avaliação do MNP: {text}</translation>
    </message>
    <message>
        <source>History (oldest first):</source>
        <translation>Histórico (mais antigos primeiro):</translation>
    </message>
    <message>
        <source>State: {change}</source>
        <translation>Estado: {change}</translation>
    </message>
    <message>
        <source>NPM: {change}</source>
        <translation>MNP: {change}</translation>
    </message>
    <message>
        <source>Dated: {date}</source>
        <translation>Data: {date}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não indicado</translation>
    </message>
    <message>
        <source>Evidence: {text}</source>
        <translation>Comprovativo: {text}</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>sem situação</translation>
    </message>
    <message>
        <source>source not given</source>
        <translation>fonte não indicada</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>{when}: {status} ({source}), recorded {recorded}</source>
        <translation>{when}: {status} ({source}), registado em {recorded}</translation>
    </message>
    <message>
        <source>No Special Fund project implements it.</source>
        <translation>Nenhum projeto do Fundo Especial a implementa.</translation>
    </message>
    <message>
        <source>Special Fund projects that implement it:</source>
        <translation>Projetos do Fundo Especial que a implementam:</translation>
    </message>
</context>
<context>
    <name>DraftOffer</name>
    <message>
        <source>a new {kind}</source>
        <translation>um novo registo “{kind}”</translation>
    </message>
    <message>
        <source>“{title}” ({kind})</source>
        <translation>“{title}” ({kind})</translation>
    </message>
    <message>
        <source>Unsaved draft</source>
        <translation>Rascunho não guardado</translation>
    </message>
    <message>
        <source>You have an unsaved draft of {what}, kept {when}.</source>
        <translation>Tem um rascunho não guardado de {what}, mantido em {when}.</translation>
    </message>
    <message>
        <source>Continue with it, or discard it?</source>
        <translation>Continuar com ele, ou descartá-lo?</translation>
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
        <translation>Mais &amp;tarde</translation>
    </message>
    <message>
        <source>Continue the draft in its form</source>
        <translation>Continuar o rascunho no seu formulário</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Descartar o rascunho</translation>
    </message>
    <message>
        <source>Keep the draft and ask again next time</source>
        <translation>Manter o rascunho e perguntar de novo na próxima vez</translation>
    </message>
</context>
<context>
    <name>ExchangeFeature</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the selected records (or the record shown) as an encrypted, signed package; everything in the vault is a choice in the dialog</source>
        <translation>Exportar os registos selecionados (ou o registo mostrado) como um pacote cifrado e assinado; tudo o que está no cofre pode ser escolhido na caixa de diálogo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Export &amp;Selected…</source>
        <translation>Exportar &amp;selecionados…</translation>
    </message>
    <message>
        <source>Export the records selected in the list</source>
        <translation>Exportar os registos selecionados na lista</translation>
    </message>
    <message>
        <source>Export &amp;with Linked Records…</source>
        <translation>Exportar com registos &amp;ligados…</translation>
    </message>
    <message>
        <source>Export the record shown with its thread and linked records (a visit dossier, an annual-report submission)</source>
        <translation>Exportar o registo mostrado com a sua conversa e os registos ligados (um dossiê de visita, uma apresentação de relatório anual)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Preview and import a package from the SPT or a colleague</source>
        <translation>Pré-visualizar e importar um pacote do SPT ou de um colega</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Share My &amp;Keys…</source>
        <translation>Partilhar as &amp;minhas chaves…</translation>
    </message>
    <message>
        <source>Show this vault&apos;s public keys, fingerprint and QR code</source>
        <translation>Mostrar as chaves públicas, a impressão digital e o código QR deste cofre</translation>
    </message>
    <message>
        <source>Add &amp;Contact from Card…</source>
        <translation>Adicionar &amp;contacto a partir do cartão…</translation>
    </message>
    <message>
        <source>Add a contact with the keys from their contact card</source>
        <translation>Adicionar um contacto com as chaves do seu cartão de contacto</translation>
    </message>
    <message>
        <source>Export with linked records</source>
        <translation>Exportar com registos ligados</translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>npmdesk could not write the package: {reason}. Nothing was written.</source>
        <translation>O npmdesk não conseguiu escrever o pacote: {reason}. Nada foi escrito.</translation>
    </message>
</context>
<context>
    <name>ExchangeNote</name>
    <message>
        <source>Conflict: edited on both sides. This record was changed here and, differently, in a package you imported. Your version is shown; the other one is in its history. Compare them, edit the record if something should change, then mark it as settled.</source>
        <translation>Conflito: editado dos dois lados. Este registo foi alterado aqui e, de outra forma, num pacote que importou. É mostrada a sua versão; a outra está no histórico. Compare-as, edite o registo se algo tiver de mudar e depois marque-o como resolvido.</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <source>Compare versio&amp;ns…</source>
        <translation>Comparar &amp;versões…</translation>
    </message>
    <message>
        <source>Compare the two versions in the record&apos;s history</source>
        <translation>Comparar as duas versões no histórico do registo</translation>
    </message>
    <message>
        <source>Mark as &amp;settled</source>
        <translation>Marcar como re&amp;solvido</translation>
    </message>
    <message>
        <source>Mark the conflict as settled</source>
        <translation>Marcar o conflito como resolvido</translation>
    </message>
    <message>
        <source>Keys of this contact</source>
        <translation>Chaves deste contacto</translation>
    </message>
    <message>
        <source>Verify &amp;keys…</source>
        <translation>Verificar &amp;chaves…</translation>
    </message>
    <message>
        <source>Verify this contact&apos;s keys by comparing the fingerprint</source>
        <translation>Verificar as chaves deste contacto comparando a impressão digital</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s devices (packages to it carry real names)</source>
        <translation>Um dos dispositivos do nosso MNP (os pacotes para ele levam nomes reais)</translation>
    </message>
    <message>
        <source>Only for a colleague&apos;s laptop whose keys you verified. Packages for it carry real names and records nobody may send to the SPT.</source>
        <translation>Só para o computador portátil de um colega cujas chaves verificou. Os pacotes para ele levam nomes reais e registos que ninguém pode enviar ao SPT.</translation>
    </message>
    <message>
        <source>When this record left the vault</source>
        <translation>Quando este registo saiu do cofre</translation>
    </message>
    <message numerus="yes">
        <source>Left the vault %n time(s): last on {when} to {who} ({file}).</source>
        <translation>
            <numerusform>Saiu do cofre %n vez: a última em {when} para {who} ({file}).</numerusform>
            <numerusform>Saiu do cofre %n vezes: a última em {when} para {who} ({file}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Malformed key: a key stored for this contact is not a valid key. Edit the contact and clear it (or paste the right one).</source>
        <translation>Chave malformada: uma chave guardada para este contacto não é válida. Edite o contacto e apague-a (ou cole a correta).</translation>
    </message>
    <message>
        <source>No keys yet: add them from this contact&apos;s card (File → Add Contact from Card…).</source>
        <translation>Ainda sem chaves: adicione-as a partir do cartão deste contacto (Ficheiro → Adicionar contacto a partir do cartão…).</translation>
    </message>
    <message>
        <source>Age recipient only: packages can be exported for this contact, but none they send can be checked (no signing key).</source>
        <translation>Só destinatário age: podem exportar-se pacotes para este contacto, mas nenhum que ele envie pode ser verificado (sem chave de assinatura).</translation>
    </message>
    <message>
        <source>Keys verified. Fingerprint {fingerprint}</source>
        <translation>Chaves verificadas. Impressão digital {fingerprint}</translation>
    </message>
    <message>
        <source>Keys NOT verified yet. Fingerprint {fingerprint}: compare it with them by phone.</source>
        <translation>Chaves AINDA NÃO verificadas. Impressão digital {fingerprint}: confira-a com a pessoa por telefone.</translation>
    </message>
    <message>
        <source>whoever has the passphrase</source>
        <translation>quem tiver a frase secreta</translation>
    </message>
    <message>
        <source>a PDF report</source>
        <translation>um relatório PDF</translation>
    </message>
    <message>
        <source>this vault</source>
        <translation>este cofre</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Reading the records to export…</source>
        <translation>A ler os registos a exportar…</translation>
    </message>
    <message>
        <source>Encrypting and signing the package…</source>
        <translation>A cifrar e assinar o pacote…</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>estritamente confidencial</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>dados pessoais sem consentimento registado</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>interno ao MNP</translation>
    </message>
    <message>
        <source>They are strictly confidential, internal to the NPM, or they hold personal data without recorded consent. Names stay pseudonymised in the package (each record&apos;s aliases are set under People and consent in its form).</source>
        <translation>São estritamente confidenciais, internos ao MNP, ou contêm dados pessoais sem consentimento registado. Os nomes ficam pseudonimizados no pacote (os pseudónimos de cada registo definem-se em Pessoas e consentimento, no seu formulário).</translation>
    </message>
    <message>
        <source>Left out of the package</source>
        <translation>Deixados fora do pacote</translation>
    </message>
    <message>
        <source>A person named in these records refused (or withdrew) consent to their transmission to the SPT. They stay in the vault: no confirmation can send them, and their attachments stay too. Records that link to them still go.</source>
        <translation>Uma pessoa mencionada nestes registos recusou (ou retirou) o consentimento à sua transmissão ao SPT. Ficam no cofre: nenhuma confirmação os pode enviar, e os anexos também ficam. Os registos que os referem seguem na mesma.</translation>
    </message>
    <message>
        <source>{title}: {people} refused transmission to the SPT</source>
        <translation>{title}: {people} recusou a transmissão ao SPT</translation>
    </message>
    <message>
        <source>{title}: consent to transmission was refused</source>
        <translation>{title}: o consentimento à transmissão foi recusado</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>O que exportar</translation>
    </message>
    <message>
        <source>The record &amp;shown</source>
        <translation>O registo &amp;mostrado</translation>
    </message>
    <message numerus="yes">
        <source>The record with its &amp;linked records (%n)</source>
        <translation>
            <numerusform>O registo com os registos &amp;ligados (%n)</numerusform>
            <numerusform>O registo com os registos &amp;ligados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;document(s) only</source>
        <translation>Só o(s) &amp;documento(s)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected records (%n)</source>
        <translation>
            <numerusform>Os registos &amp;selecionados (%n)</numerusform>
            <numerusform>Os registos &amp;selecionados (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything in the &amp;vault</source>
        <translation>Tudo o que está no c&amp;ofre</translation>
    </message>
    <message>
        <source>Nothing is chosen yet. Select records in the list (Ctrl+click or Shift+click for several) and export again, or choose “Everything in the vault” above.</source>
        <translation>Ainda nada foi escolhido. Selecione registos na lista (Ctrl+clique ou Shift+clique para vários) e exporte de novo, ou escolha acima “Tudo o que está no cofre”.</translation>
    </message>
    <message>
        <source>Add a &amp;recipient…</source>
        <translation>Adicionar um &amp;destinatário…</translation>
    </message>
    <message>
        <source>“{name}” was added to your contacts and ticked. Their keys are NOT verified: before sending anything sensitive, open the contact and use Verify keys… to compare the fingerprint with them by phone.</source>
        <translation>“{name}” foi adicionado aos seus contactos e assinalado. As chaves NÃO estão verificadas: antes de enviar algo sensível, abra o contacto e use Verificar chaves… para conferir a impressão digital com ele por telefone.</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised), and nothing is left out.</source>
        <translation>Só para os dispositivos do seu MNP: os registos levam nomes reais (não pseudonimizados) e nada fica de fora.</translation>
    </message>
    <message>
        <source>&amp;Mark the draft communications in the package as sent</source>
        <translation>&amp;Marcar como enviadas as comunicações em rascunho do pacote</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will leave the vault, encrypted and signed,</source>
        <translation>
            <numerusform>%n registo sairá do cofre, cifrado e assinado,</numerusform>
            <numerusform>%n registos sairão do cofre, cifrados e assinados,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %n attachment(s)</source>
        <translation>
            <numerusform>com %n anexo</numerusform>
            <numerusform>com %n anexos</numerusform>
        </translation>
    </message>
    <message>
        <source>({size}).</source>
        <translation>({size}).</translation>
    </message>
    <message numerus="yes">
        <source>The package also holds %n document(s).</source>
        <translation>
            <numerusform>O pacote contém também %n documento.</numerusform>
            <numerusform>O pacote contém também %n documentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The contacts the records name travel with them (%n contact(s)).</source>
        <translation>
            <numerusform>Os contactos que os registos mencionam seguem com eles (%n contacto).</numerusform>
            <numerusform>Os contactos que os registos mencionam seguem com eles (%n contactos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Document · {name} ({size})</source>
        <translation>Documento · {name} ({size})</translation>
    </message>
    <message>
        <source>keys verified</source>
        <translation>chaves verificadas</translation>
    </message>
    <message>
        <source>keys NOT verified</source>
        <translation>chaves NÃO verificadas</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one with “Add a recipient…” below, or choose a passphrase.</source>
        <translation>Nenhum contacto tem ainda um destinatário age. Adicione um com “Adicionar um destinatário…” abaixo, ou escolha uma frase secreta.</translation>
    </message>
    <message>
        <source>Not verified yet: {names}. If a key is not really theirs, someone else could read the package. Compare the fingerprint with them first (Verify keys… on the contact).</source>
        <translation>Ainda não verificados: {names}. Se uma chave não for realmente da pessoa, outra pessoa poderá ler o pacote. Confira primeiro a impressão digital com ela (Verificar chaves… no contacto).</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>uma frase secreta</translation>
    </message>
    <message>
        <source>Exported {records} records and {attachments} attachments to {path} ({size}), encrypted for {who}. Signed by this vault: fingerprint {fingerprint}. The recipient can compare it with yours.</source>
        <translation>Foram exportados {records} registos e {attachments} anexos para {path} ({size}), cifrados para {who}. Assinado por este cofre: impressão digital {fingerprint}. O destinatário pode compará-la com a sua.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were left out: consent to their transmission was refused.</source>
        <translation>
            <numerusform>%n registo ficou de fora: o consentimento à sua transmissão foi recusado.</numerusform>
            <numerusform>%n registos ficaram de fora: o consentimento à sua transmissão foi recusado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) marked as sent.</source>
        <translation>
            <numerusform>%n rascunho marcado como enviado.</numerusform>
            <numerusform>%n rascunhos marcados como enviados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>A exportação foi cancelada. Nenhum ficheiro foi escrito.</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Cancelado antes de se escrever o que quer que fosse.</translation>
    </message>
    <message>
        <source>Save the encrypted package</source>
        <translation>Guardar o pacote cifrado</translation>
    </message>
    <message>
        <source>npmdesk packages (*{suffix})</source>
        <translation>Pacotes npmdesk (*{suffix})</translation>
    </message>
    <message numerus="yes">
        <source>Everything in this &amp;list (%n)</source>
        <translation>
            <numerusform>Tudo nesta &amp;lista (%n)</numerusform>
            <numerusform>Tudo nesta &amp;lista (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export an encrypted package</source>
        <translation>Exportar um pacote cifrado</translation>
    </message>
    <message>
        <source>What leaves the vault</source>
        <translation>O que sai do cofre</translation>
    </message>
    <message>
        <source>Records in the package</source>
        <translation>Registos no pacote</translation>
    </message>
    <message>
        <source>These records need your confirmation</source>
        <translation>Estes registos precisam da sua confirmação</translation>
    </message>
    <message>
        <source>Records that need your confirmation</source>
        <translation>Registos que precisam da sua confirmação</translation>
    </message>
    <message>
        <source>They are strictly confidential, or they hold personal data without recorded consent. Names stay pseudonymised in the package.</source>
        <translation>São estritamente confidenciais, ou contêm dados pessoais sem consentimento registado. Os nomes ficam pseudonimizados no pacote.</translation>
    </message>
    <message>
        <source>I &amp;confirm these may leave the vault</source>
        <translation>&amp;Confirmo que podem sair do cofre</translation>
    </message>
    <message>
        <source>I confirm these records may leave the vault</source>
        <translation>Confirmo que estes registos podem sair do cofre</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema com a confirmação</translation>
    </message>
    <message>
        <source>Who can open the package</source>
        <translation>Quem pode abrir o pacote</translation>
    </message>
    <message>
        <source>&amp;Contacts (their age keys)</source>
        <translation>Con&amp;tactos (as suas chaves age)</translation>
    </message>
    <message>
        <source>Encrypt for contacts</source>
        <translation>Cifrar para contactos</translation>
    </message>
    <message>
        <source>Recipients: tick each contact who may open the package</source>
        <translation>Destinatários: assinale cada contacto que pode abrir o pacote</translation>
    </message>
    <message>
        <source>About the recipients</source>
        <translation>Sobre os destinatários</translation>
    </message>
    <message>
        <source>Recipients problem</source>
        <translation>Problema com os destinatários</translation>
    </message>
    <message>
        <source>A &amp;passphrase (tell it to the recipient by phone)</source>
        <translation>Uma &amp;frase secreta (diga-a ao destinatário por telefone)</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Cifrar com uma frase secreta</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Frase s&amp;ecreta:</translation>
    </message>
    <message>
        <source>Package passphrase</source>
        <translation>Frase secreta do pacote</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez da frase secreta</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema com a frase secreta</translation>
    </message>
    <message>
        <source>Type it a&amp;gain:</source>
        <translation>Escreva-a de &amp;novo:</translation>
    </message>
    <message>
        <source>Package passphrase again</source>
        <translation>Frase secreta do pacote de novo</translation>
    </message>
    <message>
        <source>Passphrase confirmation problem</source>
        <translation>Problema com a confirmação da frase secreta</translation>
    </message>
    <message>
        <source>&amp;Armored text (to paste into an e-mail) instead of a binary file</source>
        <translation>&amp;Texto blindado (para colar num e-mail) em vez de um ficheiro binário</translation>
    </message>
    <message>
        <source>Write armored text</source>
        <translation>Escrever texto blindado</translation>
    </message>
    <message>
        <source>Export problem</source>
        <translation>Problema na exportação</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado da exportação</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progresso da exportação</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Fec&amp;har</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export: choose where to save the package</source>
        <translation>Exportar: escolha onde guardar o pacote</translation>
    </message>
</context>
<context>
    <name>Fields_annual_report</name>
    <message>
        <source>Annual report details</source>
        <translation>Dados do relatório anual</translation>
    </message>
    <message>
        <source>Ye&amp;ar *:</source>
        <translation>&amp;Ano *:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Year problem</source>
        <translation>Ano: problema</translation>
    </message>
    <message>
        <source>National dead&amp;line:</source>
        <translation>Prazo &amp;nacional:</translation>
    </message>
    <message>
        <source>National deadline</source>
        <translation>Prazo nacional</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>National deadline problem</source>
        <translation>Prazo nacional: problema</translation>
    </message>
    <message>
        <source>Published nat&amp;ionally on:</source>
        <translation>Publicado no &amp;país em:</translation>
    </message>
    <message>
        <source>Published nationally on</source>
        <translation>Publicado no país em</translation>
    </message>
    <message>
        <source>Published nationally on problem</source>
        <translation>Publicado no país em: problema</translation>
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
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>National web page problem</source>
        <translation>Página web nacional: problema</translation>
    </message>
    <message>
        <source>Tabled in parlia&amp;ment on:</source>
        <translation>Apresentado ao parla&amp;mento em:</translation>
    </message>
    <message>
        <source>Tabled in parliament on</source>
        <translation>Apresentado ao parlamento em</translation>
    </message>
    <message>
        <source>Tabled in parliament on problem</source>
        <translation>Apresentado ao parlamento em: problema</translation>
    </message>
    <message>
        <source>Date sent:</source>
        <translation>Data de envio:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Data de envio</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Data de envio: problema</translation>
    </message>
    <message>
        <source>Languages sent (&amp;one per line):</source>
        <translation>Línguas de envio (&amp;uma por linha):</translation>
    </message>
    <message>
        <source>Languages sent</source>
        <translation>Línguas de envio</translation>
    </message>
    <message>
        <source>Languages sent problem</source>
        <translation>Línguas de envio: problema</translation>
    </message>
    <message>
        <source>Ac&amp;knowledged on:</source>
        <translation>Receção &amp;confirmada em:</translation>
    </message>
    <message>
        <source>Acknowledged on</source>
        <translation>Receção confirmada em</translation>
    </message>
    <message>
        <source>Acknowledged on problem</source>
        <translation>Receção confirmada em: problema</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on:</source>
        <translation>Publicado no sítio do ACNUDH em:</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on</source>
        <translation>Publicado no sítio do ACNUDH em</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site on problem</source>
        <translation>Publicado no sítio do ACNUDH em: problema</translation>
    </message>
    <message>
        <source>Pu&amp;blished at:</source>
        <translation>Pu&amp;blicado em:</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicado em</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>Publicado em: problema</translation>
    </message>
</context>
<context>
    <name>Fields_communication</name>
    <message>
        <source>Communication details</source>
        <translation>Dados da comunicação</translation>
    </message>
    <message>
        <source>D&amp;irection *:</source>
        <translation>&amp;Sentido *:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Direction problem</source>
        <translation>Sentido: problema</translation>
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
        <translation>Canal: problema</translation>
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
        <translation>Um por linha</translation>
    </message>
    <message>
        <source>Participants problem</source>
        <translation>Participantes: problema</translation>
    </message>
    <message>
        <source>Rep&amp;ly by:</source>
        <translation>Responder a&amp;té:</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Responder até</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Reply by problem</source>
        <translation>Responder até: problema</translation>
    </message>
    <message>
        <source>Thread:</source>
        <translation>Conversa:</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Thread problem</source>
        <translation>Conversa: problema</translation>
    </message>
    <message>
        <source>In reply t&amp;o:</source>
        <translation>Em res&amp;posta a:</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Em resposta a</translation>
    </message>
    <message>
        <source>In reply to problem</source>
        <translation>Em resposta a: problema</translation>
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
        <translation>Resultado: problema</translation>
    </message>
    <message>
        <source>Step o&amp;f the visit:</source>
        <translation>Etapa da &amp;visita:</translation>
    </message>
    <message>
        <source>Step of the visit</source>
        <translation>Etapa da visita</translation>
    </message>
    <message>
        <source>Step of the visit problem</source>
        <translation>Etapa da visita: problema</translation>
    </message>
</context>
<context>
    <name>Fields_contact</name>
    <message>
        <source>Contact details</source>
        <translation>Dados do contacto</translation>
    </message>
    <message>
        <source>R&amp;ole *:</source>
        <translation>Fun&amp;ção *:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Role problem</source>
        <translation>Função: problema</translation>
    </message>
    <message>
        <source>SPT reg&amp;ional team:</source>
        <translation>Equipa re&amp;gional do SPT:</translation>
    </message>
    <message>
        <source>SPT regional team</source>
        <translation>Equipa regional do SPT</translation>
    </message>
    <message>
        <source>SPT regional team problem</source>
        <translation>Equipa regional do SPT: problema</translation>
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
        <translation>Um por linha</translation>
    </message>
    <message>
        <source>Countries problem</source>
        <translation>Países: problema</translation>
    </message>
    <message>
        <source>Org&amp;anisation:</source>
        <translation>Org&amp;anização:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Organisation problem</source>
        <translation>Organização: problema</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>Correio ele&amp;trónico:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Email problem</source>
        <translation>Correio eletrónico: problema</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefone:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <source>Phone problem</source>
        <translation>Telefone: problema</translation>
    </message>
    <message>
        <source>Term start:</source>
        <translation>Início do mandato:</translation>
    </message>
    <message>
        <source>Term start</source>
        <translation>Início do mandato</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Term start problem</source>
        <translation>Início do mandato: problema</translation>
    </message>
    <message>
        <source>Term end:</source>
        <translation>Fim do mandato:</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Fim do mandato</translation>
    </message>
    <message>
        <source>Term end problem</source>
        <translation>Fim do mandato: problema</translation>
    </message>
    <message>
        <source>age recipient:</source>
        <translation>Destinatário age:</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>Destinatário age</translation>
    </message>
    <message>
        <source>age recipient problem</source>
        <translation>Destinatário age: problema</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Chave de assinat&amp;ura:</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Chave de assinatura</translation>
    </message>
    <message>
        <source>Signing key problem</source>
        <translation>Chave de assinatura: problema</translation>
    </message>
    <message>
        <source>Keys verified</source>
        <translation>Chaves verificadas</translation>
    </message>
    <message>
        <source>Keys veri&amp;fied</source>
        <translation>Chaves veri&amp;ficadas</translation>
    </message>
    <message>
        <source>Keys verified problem</source>
        <translation>Chaves verificadas: problema</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own devices</source>
        <translation>Um dos dispositivos do nosso MNP</translation>
    </message>
    <message>
        <source>Packages for a verified contact marked as one of your NPM&apos;s devices carry real names. The mark counts only while its keys are verified.</source>
        <translation>Os pacotes para um contacto verificado marcado como dispositivo do seu MNP levam nomes reais. A marca só conta enquanto as chaves estiverem verificadas.</translation>
    </message>
    <message>
        <source>One of our NPM&apos;s own de&amp;vices (packages to it carry real names)</source>
        <translation>Um dos &amp;dispositivos do nosso MNP (os pacotes para ele levam nomes reais)</translation>
    </message>
    <message>
        <source>Own device problem</source>
        <translation>Dispositivo próprio: problema</translation>
    </message>
</context>
<context>
    <name>Fields_interpretation_request</name>
    <message>
        <source>Request for advice: details</source>
        <translation>Pedido de parecer: dados</translation>
    </message>
    <message>
        <source>Type of re&amp;quest:</source>
        <translation>Tipo de &amp;pedido:</translation>
    </message>
    <message>
        <source>Type of request</source>
        <translation>Tipo de pedido</translation>
    </message>
    <message>
        <source>Type of request problem</source>
        <translation>Tipo de pedido: problema</translation>
    </message>
    <message>
        <source>&amp;Question *:</source>
        <translation>Per&amp;gunta *:</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Question problem</source>
        <translation>Pergunta: problema</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>Data de e&amp;nvio:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Data de envio</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Data de envio: problema</translation>
    </message>
    <message>
        <source>Ans&amp;wer:</source>
        <translation>Res&amp;posta:</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Answer problem</source>
        <translation>Resposta: problema</translation>
    </message>
    <message>
        <source>Answered &amp;on:</source>
        <translation>Respondido &amp;em:</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Respondido em</translation>
    </message>
    <message>
        <source>Answered on problem</source>
        <translation>Respondido em: problema</translation>
    </message>
    <message>
        <source>Pu&amp;blished in:</source>
        <translation>Pu&amp;blicada em:</translation>
    </message>
    <message>
        <source>Answer published in</source>
        <translation>Resposta publicada em</translation>
    </message>
    <message>
        <source>Where the answer was published, if it was: document symbol, annex</source>
        <translation>Onde a resposta foi publicada, se o foi: cota do documento, anexo</translation>
    </message>
    <message>
        <source>CAT/OP/12/6, annex</source>
        <translation>CAT/OP/12/6, anexo</translation>
    </message>
    <message>
        <source>Answer published in problem</source>
        <translation>Resposta publicada em: problema</translation>
    </message>
</context>
<context>
    <name>Fields_place</name>
    <message>
        <source>Place details</source>
        <translation>Dados do local</translation>
    </message>
    <message>
        <source>Type &amp;of place *:</source>
        <translation>Tipo de &amp;local *:</translation>
    </message>
    <message>
        <source>Type of place</source>
        <translation>Tipo de local</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Type of place problem</source>
        <translation>Tipo de local: problema</translation>
    </message>
    <message>
        <source>Reg&amp;ion:</source>
        <translation>Re&amp;gião:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Region problem</source>
        <translation>Região: problema</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Endereço: problema</translation>
    </message>
</context>
<context>
    <name>Fields_recommendation</name>
    <message>
        <source>Recommendation details</source>
        <translation>Dados da recomendação</translation>
    </message>
    <message>
        <source>Rep&amp;ort:</source>
        <translation>Relat&amp;ório:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Report problem</source>
        <translation>Relatório: problema</translation>
    </message>
    <message>
        <source>P&amp;aragraph:</source>
        <translation>P&amp;arágrafo:</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <source>Paragraph problem</source>
        <translation>Parágrafo: problema</translation>
    </message>
    <message>
        <source>Addressee *:</source>
        <translation>Destinatário *:</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Addressee problem</source>
        <translation>Destinatário: problema</translation>
    </message>
    <message>
        <source>Responsi&amp;ble authority:</source>
        <translation>Autoridade responsá&amp;vel:</translation>
    </message>
    <message>
        <source>Responsible authority</source>
        <translation>Autoridade responsável</translation>
    </message>
    <message>
        <source>Ministry or body</source>
        <translation>Ministério ou organismo</translation>
    </message>
    <message>
        <source>Responsible authority problem</source>
        <translation>Autoridade responsável: problema</translation>
    </message>
    <message>
        <source>Priority or ti&amp;meframe:</source>
        <translation>Prioridade ou pra&amp;zo:</translation>
    </message>
    <message>
        <source>Priority or timeframe</source>
        <translation>Prioridade ou prazo</translation>
    </message>
    <message>
        <source>Priority or timeframe problem</source>
        <translation>Prioridade ou prazo: problema</translation>
    </message>
    <message>
        <source>State&apos;s reported status:</source>
        <translation>Situação indicada pelo Estado:</translation>
    </message>
    <message>
        <source>State&apos;s reported status</source>
        <translation>Situação indicada pelo Estado</translation>
    </message>
    <message>
        <source>State&apos;s reported status problem</source>
        <translation>Situação indicada pelo Estado: problema</translation>
    </message>
    <message>
        <source>State&apos;s status dated:</source>
        <translation>Data da situação indicada pelo Estado:</translation>
    </message>
    <message>
        <source>State&apos;s status dated</source>
        <translation>Data da situação indicada pelo Estado</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>State&apos;s status dated problem</source>
        <translation>Data da situação indicada pelo Estado: problema</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status:</source>
        <translation>Fonte da situação indicada pelo Estado:</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status</source>
        <translation>Fonte da situação indicada pelo Estado</translation>
    </message>
    <message>
        <source>Source of the State&apos;s status problem</source>
        <translation>Fonte da situação indicada pelo Estado: problema</translation>
    </message>
    <message>
        <source>Ev&amp;idence:</source>
        <translation>Compro&amp;vativo:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Comprovativo</translation>
    </message>
    <message>
        <source>Evidence problem</source>
        <translation>Comprovativo: problema</translation>
    </message>
    <message>
        <source>Date o&amp;f evidence:</source>
        <translation>Data do compro&amp;vativo:</translation>
    </message>
    <message>
        <source>Date of evidence</source>
        <translation>Data do comprovativo</translation>
    </message>
    <message>
        <source>Date of evidence problem</source>
        <translation>Data do comprovativo: problema</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment:</source>
        <translation>Fonte da avaliação do MNP:</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment</source>
        <translation>Fonte da avaliação do MNP</translation>
    </message>
    <message>
        <source>Source of the NPM&apos;s assessment problem</source>
        <translation>Fonte da avaliação do MNP: problema</translation>
    </message>
</context>
<context>
    <name>Fields_reminder</name>
    <message>
        <source>Reminder details</source>
        <translation>Dados do lembrete</translation>
    </message>
    <message>
        <source>A&amp;bout:</source>
        <translation>So&amp;bre:</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>About problem</source>
        <translation>Sobre: problema</translation>
    </message>
    <message>
        <source>Repeats every year</source>
        <translation>Repete-se todos os anos</translation>
    </message>
    <message>
        <source>Repe&amp;ats every year</source>
        <translation>Repete-se todos os &amp;anos</translation>
    </message>
    <message>
        <source>Repeats every year problem</source>
        <translation>Repete-se todos os anos: problema</translation>
    </message>
</context>
<context>
    <name>Fields_report</name>
    <message>
        <source>Report details</source>
        <translation>Dados do relatório</translation>
    </message>
    <message>
        <source>Type &amp;of report *:</source>
        <translation>Tipo de &amp;relatório *:</translation>
    </message>
    <message>
        <source>Type of report</source>
        <translation>Tipo de relatório</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Type of report problem</source>
        <translation>Tipo de relatório: problema</translation>
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
        <translation>Visita: problema</translation>
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
        <translation>Confidencial: problema</translation>
    </message>
    <message>
        <source>Pu&amp;blished on:</source>
        <translation>Pu&amp;blicado em:</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Publicado em</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Published on problem</source>
        <translation>Publicado em: problema</translation>
    </message>
    <message>
        <source>Pub&amp;lished at:</source>
        <translation>Pub&amp;licado no endereço:</translation>
    </message>
    <message>
        <source>Published at</source>
        <translation>Publicado em</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published at problem</source>
        <translation>Publicado em: problema</translation>
    </message>
    <message>
        <source>Trans&amp;mitted on:</source>
        <translation>Trans&amp;mitido em:</translation>
    </message>
    <message>
        <source>Transmitted on</source>
        <translation>Transmitido em</translation>
    </message>
    <message>
        <source>Transmitted on problem</source>
        <translation>Transmitido em: problema</translation>
    </message>
    <message>
        <source>Ho&amp;w obtained:</source>
        <translation>Como foi o&amp;btido:</translation>
    </message>
    <message>
        <source>How the NPM obtained it</source>
        <translation>Como o MNP o obteve</translation>
    </message>
    <message>
        <source>How the NPM obtained it problem</source>
        <translation>Como o MNP o obteve: problema</translation>
    </message>
    <message>
        <source>Reply re&amp;quested by:</source>
        <translation>Resposta pedida a&amp;té:</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Prazo de resposta</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (empty: transmission + the reply period)</source>
        <translation>AAAA-MM-DD (vazio: transmissão + o prazo de resposta)</translation>
    </message>
    <message>
        <source>Reply due problem</source>
        <translation>Prazo de resposta: problema</translation>
    </message>
    <message>
        <source>Reply received (d&amp;ate):</source>
        <translation>Resposta recebida (d&amp;ata):</translation>
    </message>
    <message>
        <source>Reply received on</source>
        <translation>Resposta recebida em</translation>
    </message>
    <message>
        <source>Reply received on problem</source>
        <translation>Resposta recebida em: problema</translation>
    </message>
    <message>
        <source>Publication decision:</source>
        <translation>Decisão de publicação:</translation>
    </message>
    <message>
        <source>Publication decision</source>
        <translation>Decisão de publicação</translation>
    </message>
    <message>
        <source>Publication decision problem</source>
        <translation>Decisão de publicação: problema</translation>
    </message>
</context>
<context>
    <name>Fields_reprisal_check</name>
    <message>
        <source>Reprisal check details</source>
        <translation>Dados da verificação de represálias</translation>
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
        <translation>Visita: problema</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Place problem</source>
        <translation>Local: problema</translation>
    </message>
    <message>
        <source>Pe&amp;ople met:</source>
        <translation>Pess&amp;oas encontradas:</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Pessoas encontradas</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Um por linha</translation>
    </message>
    <message>
        <source>People met problem</source>
        <translation>Pessoas encontradas: problema</translation>
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
        <translation>Resultado: problema</translation>
    </message>
</context>
<context>
    <name>Fields_special_fund</name>
    <message>
        <source>Special Fund application details</source>
        <translation>Dados da candidatura ao Fundo Especial</translation>
    </message>
    <message>
        <source>C&amp;all year:</source>
        <translation>&amp;Ano do concurso:</translation>
    </message>
    <message>
        <source>Call year</source>
        <translation>Ano do concurso</translation>
    </message>
    <message>
        <source>Call year problem</source>
        <translation>Ano do concurso: problema</translation>
    </message>
    <message>
        <source>Purp&amp;ose *:</source>
        <translation>Finali&amp;dade *:</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Purpose problem</source>
        <translation>Finalidade: problema</translation>
    </message>
    <message>
        <source>A&amp;mount:</source>
        <translation>&amp;Montante:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montante</translation>
    </message>
    <message>
        <source>Amount problem</source>
        <translation>Montante: problema</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moeda:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Currency problem</source>
        <translation>Moeda: problema</translation>
    </message>
    <message>
        <source>Implements the pu&amp;blished report:</source>
        <translation>Aplica o relatório pu&amp;blicado:</translation>
    </message>
    <message>
        <source>Implements the published report</source>
        <translation>Aplica o relatório publicado</translation>
    </message>
    <message>
        <source>Implements the published report problem</source>
        <translation>Aplica o relatório publicado: problema</translation>
    </message>
    <message>
        <source>Recommendat&amp;ions:</source>
        <translation>Recomendaç&amp;ões:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Recommendations problem</source>
        <translation>Recomendações: problema</translation>
    </message>
    <message>
        <source>Pro&amp;ject starts:</source>
        <translation>Início do pro&amp;jeto:</translation>
    </message>
    <message>
        <source>Project starts</source>
        <translation>Início do projeto</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Project starts problem</source>
        <translation>Início do projeto: problema</translation>
    </message>
    <message>
        <source>Project ends:</source>
        <translation>Fim do projeto:</translation>
    </message>
    <message>
        <source>Project ends</source>
        <translation>Fim do projeto</translation>
    </message>
    <message>
        <source>Project ends problem</source>
        <translation>Fim do projeto: problema</translation>
    </message>
    <message>
        <source>&amp;Fund report due:</source>
        <translation>Prazo do relatório ao &amp;Fundo:</translation>
    </message>
    <message>
        <source>Fund report due</source>
        <translation>Prazo do relatório ao Fundo</translation>
    </message>
    <message>
        <source>Fund report due problem</source>
        <translation>Prazo do relatório ao Fundo: problema</translation>
    </message>
    <message>
        <source>Permanent Mission informed on:</source>
        <translation>Missão Permanente informada em:</translation>
    </message>
    <message>
        <source>Permanent Mission informed on</source>
        <translation>Missão Permanente informada em</translation>
    </message>
    <message>
        <source>Permanent Mission informed on problem</source>
        <translation>Missão Permanente informada em: problema</translation>
    </message>
</context>
<context>
    <name>Fields_update</name>
    <message>
        <source>Update details</source>
        <translation>Dados da atualização</translation>
    </message>
    <message>
        <source>Type &amp;of update *:</source>
        <translation>Tipo de &amp;atualização *:</translation>
    </message>
    <message>
        <source>Type of update</source>
        <translation>Tipo de atualização</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Type of update problem</source>
        <translation>Tipo de atualização: problema</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Questão:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Questão</translation>
    </message>
    <message>
        <source>Issue problem</source>
        <translation>Questão: problema</translation>
    </message>
    <message>
        <source>D&amp;ate sent:</source>
        <translation>Data de e&amp;nvio:</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Data de envio</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date sent problem</source>
        <translation>Data de envio: problema</translation>
    </message>
</context>
<context>
    <name>Fields_visit</name>
    <message>
        <source>Visit details</source>
        <translation>Dados da visita</translation>
    </message>
    <message>
        <source>St&amp;art date:</source>
        <translation>Data de iní&amp;cio:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Start date problem</source>
        <translation>Data de início: problema</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>Data de fim:</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data de fim</translation>
    </message>
    <message>
        <source>End date problem</source>
        <translation>Data de fim: problema</translation>
    </message>
    <message>
        <source>Ann&amp;ounced on:</source>
        <translation>Anunciada &amp;em:</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Anunciada em</translation>
    </message>
    <message>
        <source>Announced on problem</source>
        <translation>Anunciada em: problema</translation>
    </message>
    <message>
        <source>Chec&amp;klist items done:</source>
        <translation>Itens con&amp;cluídos:</translation>
    </message>
    <message>
        <source>Checklist items done</source>
        <translation>Itens concluídos</translation>
    </message>
    <message>
        <source>Checklist items done problem</source>
        <translation>Itens concluídos: problema</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>&amp;Locais:</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Places problem</source>
        <translation>Locais: problema</translation>
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
        <translation>Um por linha</translation>
    </message>
    <message>
        <source>Themes problem</source>
        <translation>Temas: problema</translation>
    </message>
    <message>
        <source>Type of v&amp;isit:</source>
        <translation>Tipo de v&amp;isita:</translation>
    </message>
    <message>
        <source>Type of visit</source>
        <translation>Tipo de visita</translation>
    </message>
    <message>
        <source>Type of visit problem</source>
        <translation>Tipo de visita: problema</translation>
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
        <translation>{date} não é uma data real: os meses vão de 01 a 12.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} não é uma data real: {month} tem {days} dias.</translation>
    </message>
</context>
<context>
    <name>FundCallDialog</name>
    <message>
        <source>Special Fund call for {year}</source>
        <translation>Concurso do Fundo Especial de {year}</translation>
    </message>
    <message>
        <source>Use the dates and largest grant OHCHR announced for this year&apos;s call.</source>
        <translation>Use as datas e a subvenção máxima que o ACNUDH anunciou para o concurso deste ano.</translation>
    </message>
    <message>
        <source>Call opens</source>
        <translation>Abertura do concurso</translation>
    </message>
    <message>
        <source>Call closes</source>
        <translation>Encerramento do concurso</translation>
    </message>
    <message>
        <source>Largest grant in US dollars</source>
        <translation>Subvenção máxima em dólares dos EUA</translation>
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
        <translation>Usar as datas de referência</translation>
    </message>
    <message>
        <source>Save these dates</source>
        <translation>Guardar estas datas</translation>
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
        <translation>Concurso do Fundo Especial</translation>
    </message>
    <message>
        <source>Warning about the amount</source>
        <translation>Aviso sobre o montante</translation>
    </message>
    <message>
        <source>Change the call&apos;s dates…</source>
        <translation>Alterar as datas do concurso…</translation>
    </message>
    <message>
        <source>Change the dates and largest grant of this call</source>
        <translation>Alterar as datas e a subvenção máxima deste concurso</translation>
    </message>
    <message>
        <source>Call for applications {year}: {opens} to {closes}; grants up to USD {grant}.</source>
        <translation>Concurso {year}: de {opens} a {closes}; subvenções até {grant} USD.</translation>
    </message>
    <message>
        <source>(usual dates: confirm them against this year&apos;s call)</source>
        <translation>(datas habituais: confirme-as com o concurso deste ano)</translation>
    </message>
    <message>
        <source>The amount is more than the largest grant of this call; you can still save it.</source>
        <translation>O montante é superior à subvenção máxima deste concurso; pode guardá-lo na mesma.</translation>
    </message>
</context>
<context>
    <name>HelpFeature</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia de utilização</translation>
    </message>
    <message>
        <source>Read the guide that comes with npmdesk (no network needed)</source>
        <translation>Ler o guia que acompanha o npmdesk (não precisa de rede)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of “{title}”</source>
        <translation>Histórico de “{title}”</translation>
    </message>
    <message numerus="yes">
        <source>Now at version %n.</source>
        <translation>
            <numerusform>Agora na versão %n.</numerusform>
            <numerusform>Agora na versão %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Earlier versions, newest first:</source>
        <translation>Versões anteriores, mais recentes primeiro:</translation>
    </message>
    <message>
        <source>There are no earlier versions.</source>
        <translation>Não há versões anteriores.</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versões anteriores</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>Left the vault</source>
        <translation>Saiu do cofre</translation>
    </message>
    <message>
        <source>&amp;Text of this version:</source>
        <translation>&amp;Texto desta versão:</translation>
    </message>
    <message>
        <source>Text of the selected version</source>
        <translation>Texto da versão selecionada</translation>
    </message>
    <message>
        <source>Close the history</source>
        <translation>Fechar o histórico</translation>
    </message>
    <message>
        <source>Left the vault on {when}, in {file}, for: {who}. Saved by {by}.</source>
        <translation>Saiu do cofre em {when}, em {file}, para: {who}. Guardado por {by}.</translation>
    </message>
    <message>
        <source>Fingerprints: {fingerprints}</source>
        <translation>Impressões digitais: {fingerprints}</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Your keys: {name}</source>
        <translation>As suas chaves: {name}</translation>
    </message>
    <message>
        <source>Your keys</source>
        <translation>As suas chaves</translation>
    </message>
    <message>
        <source>Scanning it gives the text of your contact card.</source>
        <translation>Ao digitalizá-lo obtém-se o texto do seu cartão de contacto.</translation>
    </message>
    <message>
        <source>Your contact card</source>
        <translation>O seu cartão de contacto</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>O seu destinatário age</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>A sua chave de assinatura</translation>
    </message>
    <message>
        <source>{what} was copied. Paste it into your message; the clipboard is cleared after a while.</source>
        <translation>{what} foi copiado. Cole-o na sua mensagem; a área de transferência é limpa passado algum tempo.</translation>
    </message>
    <message>
        <source>For recipients without npmdesk (OpenSSH allowed_signers line):</source>
        <translation>Para destinatários sem o npmdesk (linha allowed_signers do OpenSSH):</translation>
    </message>
    <message>
        <source>Your OpenSSH allowed_signers line</source>
        <translation>A sua linha allowed_signers do OpenSSH</translation>
    </message>
    <message>
        <source>Copy for &amp;OpenSSH</source>
        <translation>Copiar para &amp;OpenSSH</translation>
    </message>
    <message>
        <source>Copy your OpenSSH allowed_signers line</source>
        <translation>Copiar a sua linha allowed_signers do OpenSSH</translation>
    </message>
</context>
<context>
    <name>IdentityForm</name>
    <message>
        <source>Share my keys</source>
        <translation>Partilhar as minhas chaves</translation>
    </message>
    <message>
        <source>What to give to whom</source>
        <translation>O que dar a quem</translation>
    </message>
    <message>
        <source>Give your contact card (the QR code, or the text copied with Copy card) to the SPT members, the Secretariat and colleagues who exchange packages with you. It holds two public keys: your age recipient, with which they encrypt packages for you, and your signing key, with which they check that packages really come from you. Both may travel by e-mail.&lt;br&gt;&lt;br&gt;Then read them your &lt;b&gt;fingerprint&lt;/b&gt; by phone or in person, never in the same e-mail: when it matches what their npmdesk shows, they mark your keys as verified. Never give anyone your vault passphrase or recovery code.</source>
        <translation>Dê o seu cartão de contacto (o código QR, ou o texto copiado com Copiar cartão) aos membros do SPT, ao Secretariado e aos colegas que trocam pacotes consigo. Contém duas chaves públicas: o seu destinatário age, com o qual cifram pacotes para si, e a sua chave de assinatura, com a qual verificam que os pacotes vêm mesmo de si. Ambas podem seguir por correio eletrónico.&lt;br&gt;&lt;br&gt;Depois leia-lhes a sua &lt;b&gt;impressão digital&lt;/b&gt; por telefone ou pessoalmente, nunca no mesmo e-mail: quando coincidir com o que o npmdesk deles mostra, marcam as suas chaves como verificadas. Nunca dê a ninguém a frase secreta nem o código de recuperação do seu cofre.</translation>
    </message>
    <message>
        <source>QR code of your contact card</source>
        <translation>Código QR do seu cartão de contacto</translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for you with it):</source>
        <translation>Destinatário age (os outros cifram pacotes para si com ele):</translation>
    </message>
    <message>
        <source>Your age recipient</source>
        <translation>O seu destinatário age</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages you export):</source>
        <translation>Chave de assinatura (assina os pacotes que exporta):</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>A sua chave de assinatura</translation>
    </message>
    <message>
        <source>Fingerprint (read it to the other person by phone):</source>
        <translation>Impressão digital (leia-a à outra pessoa por telefone):</translation>
    </message>
    <message>
        <source>Your fingerprint</source>
        <translation>A sua impressão digital</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado da cópia</translation>
    </message>
    <message>
        <source>Copy &amp;card</source>
        <translation>Copiar &amp;cartão</translation>
    </message>
    <message>
        <source>Copy your whole contact card</source>
        <translation>Copiar todo o seu cartão de contacto</translation>
    </message>
    <message>
        <source>Copy &amp;recipient</source>
        <translation>Copiar &amp;destinatário</translation>
    </message>
    <message>
        <source>Copy your age recipient</source>
        <translation>Copiar o seu destinatário age</translation>
    </message>
    <message>
        <source>Copy &amp;signing key</source>
        <translation>Copiar chave de &amp;assinatura</translation>
    </message>
    <message>
        <source>Copy your signing key</source>
        <translation>Copiar a sua chave de assinatura</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>F&amp;echar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>File: {path}</source>
        <translation>Ficheiro: {path}</translation>
    </message>
    <message>
        <source>Opening the package and checking its signature…</source>
        <translation>A abrir o pacote e a verificar a assinatura…</translation>
    </message>
    <message>
        <source>Fingerprint: {fingerprint}</source>
        <translation>Impressão digital: {fingerprint}</translation>
    </message>
    <message>
        <source>Importing: checking every record and file, then saving them all at once…</source>
        <translation>A importar: a verificar cada registo e ficheiro, e depois a guardar tudo de uma vez…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sem alterações</translation>
    </message>
    <message>
        <source>Already newer here</source>
        <translation>Já mais recente aqui</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Editado dos dois lados</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Apagado aqui</translation>
    </message>
    <message>
        <source>Deleted here, changed by the sender</source>
        <translation>Apagado aqui, alterado pelo remetente</translation>
    </message>
    <message>
        <source>Real names filled in (from one of your NPM&apos;s own devices)</source>
        <translation>Nomes reais preenchidos (de um dos dispositivos do seu MNP)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) deleted in this vault are not brought back.</source>
        <translation>
            <numerusform>%n registo apagado neste cofre não é reposto.</numerusform>
            <numerusform>%n registos apagados neste cofre não são repostos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s) arrive without their keys: another contact (or this vault) already has those keys.</source>
        <translation>
            <numerusform>%n contacto novo chega sem as chaves: outro contacto (ou este cofre) já tem essas chaves.</numerusform>
            <numerusform>%n contactos novos chegam sem as chaves: outro contacto (ou este cofre) já tem essas chaves.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted in this vault: tick to bring it back from this package</source>
        <translation>Apagado neste cofre: assinale para o repor a partir deste pacote</translation>
    </message>
    <message>
        <source>Package from {npm} ({user}), made {when}.</source>
        <translation>Pacote de {npm} ({user}), feito em {when}.</translation>
    </message>
    <message>
        <source>an unnamed NPM</source>
        <translation>um MNP sem nome</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>pessoa desconhecida</translation>
    </message>
    <message>
        <source>It carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>Leva nomes reais: vem de um dos dispositivos do seu MNP.</translation>
    </message>
    <message>
        <source>This vault (a package you exported yourself).</source>
        <translation>Este cofre (um pacote que exportou você mesmo).</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys you verified.</source>
        <translation>{name}, um contacto cujas chaves verificou.</translation>
    </message>
    <message>
        <source>{name}, a contact whose keys are NOT verified yet.</source>
        <translation>{name}, um contacto cujas chaves AINDA NÃO foram verificadas.</translation>
    </message>
    <message>
        <source>An UNKNOWN key: it belongs to none of your contacts.</source>
        <translation>Uma chave DESCONHECIDA: não pertence a nenhum dos seus contactos.</translation>
    </message>
    <message>
        <source>Before importing, call the sender on a number you already know and ask them to read their fingerprint (File → Share My Keys… in their npmdesk). Import only if it is exactly the one above.</source>
        <translation>Antes de importar, telefone ao remetente para um número que já conhece e peça-lhe que leia a impressão digital (Ficheiro → Partilhar as minhas chaves… no npmdesk dele). Importe só se for exatamente a de cima.</translation>
    </message>
    <message>
        <source>What will change — {counts}.</source>
        <translation>O que vai mudar — {counts}.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>sem registos</translation>
    </message>
    <message numerus="yes">
        <source>%n new attachment(s)</source>
        <translation>
            <numerusform>%n anexo novo</numerusform>
            <numerusform>%n anexos novos</numerusform>
        </translation>
    </message>
    <message>
        <source>(package: {size}).</source>
        <translation>(pacote: {size}).</translation>
    </message>
    <message>
        <source>Records edited on both sides keep your version; the other one joins their history, and they are marked for you to compare.</source>
        <translation>Os registos editados dos dois lados mantêm a sua versão; a outra junta-se ao histórico, e ficam marcados para os comparar.</translation>
    </message>
    <message>
        <source>To bring one back from this package, tick it in the list.</source>
        <translation>Para repor um registo a partir deste pacote, assinale-o na lista.</translation>
    </message>
    <message>
        <source>Nothing to import: your vault already has all of it.</source>
        <translation>Nada a importar: o seu cofre já tem tudo.</translation>
    </message>
    <message numerus="yes">
        <source>Imported — {counts}; %n new attachment(s).</source>
        <translation>
            <numerusform>Importado — {counts}; %n anexo novo.</numerusform>
            <numerusform>Importado — {counts}; %n anexos novos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: each is marked “Edited on both sides”. Open it (double-click it below), compare the versions in its History, then mark it as settled.</source>
        <translation>
            <numerusform>%n registo foi editado dos dois lados: está marcado “Editado dos dois lados”. Abra-o (duplo clique abaixo), compare as versões no Histórico e depois marque-o como resolvido.</numerusform>
            <numerusform>%n registos foram editados dos dois lados: cada um está marcado “Editado dos dois lados”. Abra-o (duplo clique abaixo), compare as versões no Histórico e depois marque-o como resolvido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a package</source>
        <translation>Importar um pacote</translation>
    </message>
    <message>
        <source>npmdesk packages (*.age);;All files (*)</source>
        <translation>Pacotes npmdesk (*.age);;Todos os ficheiros (*)</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <source>Import a package</source>
        <translation>Importar um pacote</translation>
    </message>
    <message>
        <source>Package file</source>
        <translation>Ficheiro do pacote</translation>
    </message>
    <message>
        <source>Who made the package</source>
        <translation>Quem fez o pacote</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Assinado por</translation>
    </message>
    <message>
        <source>Who signed the package</source>
        <translation>Quem assinou o pacote</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signatário</translation>
    </message>
    <message>
        <source>Signer&apos;s fingerprint</source>
        <translation>Impressão digital do signatário</translation>
    </message>
    <message>
        <source>What to do about the signer</source>
        <translation>O que fazer quanto ao signatário</translation>
    </message>
    <message>
        <source>I have &amp;compared the fingerprint with the sender</source>
        <translation>&amp;Conferi a impressão digital com o remetente</translation>
    </message>
    <message>
        <source>I have compared the fingerprint with the sender</source>
        <translation>Conferi a impressão digital com o remetente</translation>
    </message>
    <message>
        <source>What will change</source>
        <translation>O que vai mudar</translation>
    </message>
    <message>
        <source>Records in the package and what happens to each</source>
        <translation>Registos no pacote e o que acontece a cada um</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problema na importação</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado da importação</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Enter the pass&amp;phrase…</source>
        <translation>Introduzir a &amp;frase secreta…</translation>
    </message>
    <message>
        <source>Enter the package passphrase</source>
        <translation>Introduzir a frase secreta do pacote</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Fec&amp;har</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the package into the vault</source>
        <translation>Importar o pacote para o cofre</translation>
    </message>
</context>
<context>
    <name>IntegrityDialog</name>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Restaurar uma cópia de segurança numa pasta nova</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>O cofre está em bom estado: as duas verificações de integridade passaram.</translation>
    </message>
    <message>
        <source>The vault is damaged: {count} problem(s) found. Some records or files may be unreadable. Restore your latest backup into a new folder (Vault → Restore a Backup…), then work in the restored vault; this vault is not changed.</source>
        <translation>O cofre está danificado: {count} problema(s) encontrado(s). Alguns registos ou ficheiros podem estar ilegíveis. Restaure a sua última cópia de segurança numa pasta nova (Cofre → Restaurar uma cópia de segurança…) e trabalhe no cofre restaurado; este cofre não é alterado.</translation>
    </message>
    <message>
        <source>Check the vault&apos;s integrity</source>
        <translation>Verificar a integridade do cofre</translation>
    </message>
    <message>
        <source>Checking every page of the vault. This can take a while for a large vault…</source>
        <translation>A verificar cada página do cofre. Pode demorar num cofre grande…</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar a verificação</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>A verificação foi cancelada. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Integrity check in progress</source>
        <translation>Verificação de integridade em curso</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>Fec&amp;har</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>JobProgressDialog</name>
    <message>
        <source>Cancelling…</source>
        <translation>A cancelar…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>MailImport</name>
    <message>
        <source>No date</source>
        <translation>Sem data</translation>
    </message>
    <message>
        <source>time zone not given</source>
        <translation>fuso horário não indicado</translation>
    </message>
    <message>
        <source>{date}, {time} {zone}</source>
        <translation>{date}, {time} {zone}</translation>
    </message>
    <message>
        <source>No sender</source>
        <translation>Sem remetente</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Já no cofre</translation>
    </message>
    <message>
        <source>Reply to a message in the vault</source>
        <translation>Resposta a uma mensagem do cofre</translation>
    </message>
    <message>
        <source>Reply to a message in these files</source>
        <translation>Resposta a uma mensagem destes ficheiros</translation>
    </message>
    <message>
        <source>Reply to a message not in the vault</source>
        <translation>Resposta a uma mensagem que não está no cofre</translation>
    </message>
    <message>
        <source>New: {new}. Already in the vault: {duplicates}. Cannot be read: {failures}.</source>
        <translation>Novas: {new}. Já no cofre: {duplicates}. Ilegíveis: {failures}.</translation>
    </message>
    <message numerus="yes">
        <source>%n email message(s) imported.</source>
        <translation>
            <numerusform>%n mensagem de e-mail importada.</numerusform>
            <numerusform>%n mensagens de e-mail importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropped message</source>
        <translation>Mensagem arrastada</translation>
    </message>
    <message>
        <source>A message not in this vault: {message_id}</source>
        <translation>Uma mensagem que não está neste cofre: {message_id}</translation>
    </message>
    <message>
        <source>{item} — the original message</source>
        <translation>{item} — a mensagem original</translation>
    </message>
    <message>
        <source>The message exactly as it was saved from the mail program, byte for byte.
SHA-256: {sha256}</source>
        <translation>A mensagem exatamente como foi guardada a partir do programa de e-mail, byte a byte.
SHA-256: {sha256}</translation>
    </message>
    <message>
        <source>Import Email</source>
        <translation>Importar e-mail</translation>
    </message>
    <message>
        <source>Thunderbird offered these messages from a server folder (IMAP, news or Exchange), which npmdesk cannot read without the network: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>O Thunderbird ofereceu estas mensagens a partir de uma pasta num servidor (IMAP, news ou Exchange), que o npmdesk não consegue ler sem a rede: arraste-as primeiro para a área de trabalho ou para uma pasta e depois largue os ficheiros aqui. Nada foi importado.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where these messages are stored: drag them to the desktop or a folder first, then drop the files here. Nothing was imported.</source>
        <translation>O Thunderbird não indicou onde estas mensagens estão guardadas: arraste-as primeiro para a área de trabalho ou para uma pasta e depois largue os ficheiros aqui. Nada foi importado.</translation>
    </message>
    <message>
        <source>Outlook offers dragged messages in a form npmdesk cannot read: drag them to a folder first (or File → Save As, Outlook Message Format), then drop the .msg files here. Nothing was imported.</source>
        <translation>O Outlook entrega as mensagens arrastadas numa forma que o npmdesk não consegue ler: arraste-as primeiro para uma pasta (ou Ficheiro → Guardar como, formato de mensagem do Outlook) e depois largue aqui os ficheiros .msg. Nada foi importado.</translation>
    </message>
    <message>
        <source>Apple Mail offers dragged messages in a form npmdesk cannot read: drag them to a folder first (they become .eml files), then drop the files here. Nothing was imported.</source>
        <translation>O Apple Mail entrega as mensagens arrastadas numa forma que o npmdesk não consegue ler: arraste-as primeiro para uma pasta (tornam-se ficheiros .eml) e depois largue os ficheiros aqui. Nada foi importado.</translation>
    </message>
    <message>
        <source>The mail program offered these messages only as files it would write itself: drag them to a folder first, then drop the files here. Nothing was imported.</source>
        <translation>O programa de correio só ofereceu estas mensagens como ficheiros que ele próprio escreveria: arraste-as primeiro para uma pasta e depois largue os ficheiros aqui. Nada foi importado.</translation>
    </message>
</context>
<context>
    <name>MailImportDialog</name>
    <message>
        <source>Import Email</source>
        <translation>Importar e-mail</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Importar e-mail</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>A ler as mensagens…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>npmdesk cannot tell which of these messages your organisation sent: its email addresses are not set, so every message counts as received.</source>
        <translation>O npmdesk não consegue saber quais destas mensagens a sua organização enviou: os endereços de e-mail dela não estão definidos, por isso todas as mensagens contam como recebidas.</translation>
    </message>
    <message>
        <source>Set Your Organisation&apos;s &amp;Addresses…</source>
        <translation>Definir os &amp;endereços da sua organização…</translation>
    </message>
    <message>
        <source>Set your organisation&apos;s email addresses</source>
        <translation>Definir os endereços de e-mail da sua organização</translation>
    </message>
    <message>
        <source>Messages in these files</source>
        <translation>Mensagens destes ficheiros</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Assunto</translation>
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
        <translation>Conversa</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>&amp;Mensagens:</translation>
    </message>
    <message>
        <source>Files that cannot &amp;be read:</source>
        <translation>Ficheiros que não podem ser &amp;lidos:</translation>
    </message>
    <message>
        <source>Files that cannot be read</source>
        <translation>Ficheiros que não podem ser lidos</translation>
    </message>
    <message>
        <source>&amp;People not among your contacts (tick those to add as contacts):</source>
        <translation>&amp;Pessoas que não estão entre os seus contactos (assinale as que quer adicionar como contactos):</translation>
    </message>
    <message>
        <source>People not among your contacts</source>
        <translation>Pessoas que não estão entre os seus contactos</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import the new messages</source>
        <translation>Importar as mensagens novas</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Checking the messages again…</source>
        <translation>A verificar novamente as mensagens…</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>Add as a contact: {person}</source>
        <translation>Adicionar como contacto: {person}</translation>
    </message>
    <message>
        <source>Importing the messages and their attachments…</source>
        <translation>A importar as mensagens e os respetivos anexos…</translation>
    </message>
    <message numerus="yes">
        <source>Import stopped. %n message(s) imported before you cancelled stay in the vault; importing the same files again adds only the others.</source>
        <translation>
            <numerusform>Importação interrompida. %n mensagem importada antes de cancelar fica no cofre; importar novamente os mesmos ficheiros só adiciona as restantes.</numerusform>
            <numerusform>Importação interrompida. %n mensagens importadas antes de cancelar ficam no cofre; importar novamente os mesmos ficheiros só adiciona as restantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Cancelado. Nada foi importado.</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>MailImportFeature</name>
    <message>
        <source>Import E&amp;mail…</source>
        <translation>Importar &amp;e-mail…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Import saved email (.eml, Outlook .msg, mbox) as communications, with a preview first</source>
        <translation>Importar e-mail guardado (.eml, .msg do Outlook, mbox) como comunicações, com uma pré-visualização antes</translation>
    </message>
    <message>
        <source>Import Email &amp;Folder…</source>
        <translation>Importar &amp;pasta de e-mail…</translation>
    </message>
    <message>
        <source>Import every saved message in a folder and its subfolders</source>
        <translation>Importar todas as mensagens guardadas numa pasta e nas respetivas subpastas</translation>
    </message>
    <message>
        <source>Import email</source>
        <translation>Importar e-mail</translation>
    </message>
    <message>
        <source>Saved email (*.eml *.msg *.mbox *.mbx);;All files, for mbox files without a suffix (*)</source>
        <translation>E-mail guardado (*.eml *.msg *.mbox *.mbx);;Todos os ficheiros, para ficheiros mbox sem extensão (*)</translation>
    </message>
    <message>
        <source>Import a folder of email</source>
        <translation>Importar uma pasta de e-mail</translation>
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
        <translation>Bloquear o cofre: fechá-lo e esquecer a chave</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About npmdesk</source>
        <translation>&amp;Sobre o npmdesk</translation>
    </message>
    <message>
        <source>&amp;Destroy This Vault on This Device…</source>
        <translation>&amp;Destruir este cofre neste dispositivo…</translation>
    </message>
    <message>
        <source>Emergency erase: the keys go first, then every vault file</source>
        <translation>Apagamento de emergência: primeiro as chaves, depois todos os ficheiros do cofre</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Idle lock, clipboard, language and default export recipients</source>
        <translation>Bloqueio por inatividade, área de transferência, língua e destinatários predefinidos da exportação</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear o cofre</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Pesquisar em tudo</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Search all records and attachments</source>
        <translation>Pesquisar em todos os registos e anexos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>Show what is due, awaited and coming up</source>
        <translation>Mostrar o que está a vencer, o que se aguarda e o que vem aí</translation>
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
        <translation>Lista &amp;seguinte</translation>
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
        <translation>Mostrar o painel</translation>
    </message>
    <message>
        <source>About npmdesk</source>
        <translation>Sobre o npmdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;An encrypted vault for a national preventive mechanism&apos;s confidential correspondence with the UN Subcommittee on Prevention of Torture.&lt;/p&gt;&lt;p&gt;Works offline; nothing leaves this computer unencrypted.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;npmdesk {version}&lt;/h3&gt;&lt;p&gt;Um cofre cifrado para a correspondência confidencial de um Mecanismo Nacional de Prevenção com o Subcomité das Nações Unidas para a Prevenção da Tortura.&lt;/p&gt;&lt;p&gt;Funciona sem rede; nada sai deste computador sem estar cifrado.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembersTable</name>
    <message>
        <source>Member devices</source>
        <translation>Dispositivos membros</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <source>Applied here up to</source>
        <translation>Aplicado aqui até</translation>
    </message>
    <message>
        <source>Has applied ours</source>
        <translation>Aplicou os nossos</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto pela última vez</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>Relatórios anuais</translation>
    </message>
    <message>
        <source>Requests for advice</source>
        <translation>Pedidos de parecer</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fundo Especial</translation>
    </message>
    <message>
        <source>Reprisals</source>
        <translation>Represálias</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Declarações</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Lembretes</translation>
    </message>
    <message>
        <source>With the regional team</source>
        <translation>Com a equipa regional</translation>
    </message>
    <message>
        <source>With the country rapporteur</source>
        <translation>Com o relator para o país</translation>
    </message>
    <message>
        <source>With the Secretariat</source>
        <translation>Com o Secretariado</translation>
    </message>
    <message>
        <source>Edited on both sides</source>
        <translation>Editado dos dois lados</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Lixo</translation>
    </message>
    <message>
        <source>Lists of records</source>
        <translation>Listas de registos</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n record(s)</source>
        <translation>
            <numerusform>{name}: %n registo</numerusform>
            <numerusform>{name}: %n registos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Setting the new passphrase. This takes a few seconds…</source>
        <translation>A definir a nova frase secreta. Demora alguns segundos…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Escolha uma nova frase secreta</translation>
    </message>
    <message>
        <source>You opened the vault with your recovery code. Choose the passphrase you will use from now on; the old one stops working. A recovery code opens the vault only once: next, npmdesk shows you a new recovery code to write down, and the code you used stops working as soon as you confirm that you have written down the new one.</source>
        <translation>Abriu o cofre com o código de recuperação. Escolha a frase secreta que vai usar a partir de agora; a antiga deixa de funcionar. Um código de recuperação abre o cofre só uma vez: a seguir, o npmdesk mostra-lhe um novo código de recuperação para anotar, e o código que usou deixa de funcionar assim que confirmar que anotou o novo.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase secreta:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>At least 10 characters; several words are easiest to remember</source>
        <translation>Pelo menos 10 caracteres; várias palavras são mais fáceis de lembrar</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustez da frase secreta</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema com a frase secreta</translation>
    </message>
    <message>
        <source>Con&amp;firm passphrase:</source>
        <translation>&amp;Confirmar a frase secreta:</translation>
    </message>
    <message>
        <source>Confirm new passphrase</source>
        <translation>Confirmar a nova frase secreta</translation>
    </message>
    <message>
        <source>Confirmation problem</source>
        <translation>Problema com a confirmação</translation>
    </message>
    <message>
        <source>Problem changing the passphrase</source>
        <translation>Problema ao mudar a frase secreta</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>&amp;Lock without changing</source>
        <translation>&amp;Bloquear sem mudar</translation>
    </message>
    <message>
        <source>Lock the vault without changing the passphrase</source>
        <translation>Bloquear o cofre sem mudar a frase secreta</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Definir a frase secreta</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Definir a nova frase secreta</translation>
    </message>
</context>
<context>
    <name>NpmdeskError</name>
    <message>
        <source>No passphrase given: run in a terminal, or use --passphrase-file FILE or the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>Nenhuma frase secreta indicada: execute num terminal, ou use --passphrase-file FILE ou a variável de ambiente NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No passphrase given: run in a terminal to be asked for it, or set the NPMDESK_PASSPHRASE environment variable.</source>
        <translation>Nenhuma frase secreta indicada: execute num terminal para que seja pedida, ou defina a variável de ambiente NPMDESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>This needs the package&apos;s passphrase: use --package-passphrase-file FILE, the NPMDESK_PACKAGE_PASSPHRASE environment variable, or run it in a terminal.</source>
        <translation>É precisa a frase secreta do pacote: use --package-passphrase-file FILE, a variável de ambiente NPMDESK_PACKAGE_PASSPHRASE, ou execute num terminal.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was written.</source>
        <translation>As duas frases secretas são diferentes. Nada foi escrito.</translation>
    </message>
    <message>
        <source>Nothing was typed: type the passphrase or code (npmdesk does not make one up).</source>
        <translation>Nada foi escrito: escreva a frase secreta ou o código (o npmdesk não inventa um).</translation>
    </message>
    <message>
        <source>Invalid use of &apos;npmdesk age&apos;: see &apos;npmdesk age --help&apos;.</source>
        <translation>Utilização inválida de &apos;npmdesk age&apos;: veja &apos;npmdesk age --help&apos;.</translation>
    </message>
    <message>
        <source>Refusing to write binary encrypted data to the terminal: use -a (armor), -o FILE, or redirect the output.</source>
        <translation>Recusa de escrever dados cifrados binários no terminal: use -a (blindado), -o FILE, ou redirecione a saída.</translation>
    </message>
    <message>
        <source>Nothing to change: give --field, --clear-field, --title, --status, --date, --due, --country, --article or --review-date.</source>
        <translation>Nada a alterar: indique --field, --clear-field, --title, --status, --date, --due, --country, --article ou --review-date.</translation>
    </message>
    <message>
        <source>The fingerprint you typed is not the fingerprint of this contact&apos;s signing key. The contact was NOT marked as verified: compare again with the person, by phone for example.</source>
        <translation>A impressão digital que escreveu não é a da chave de assinatura deste contacto. O contacto NÃO foi marcado como verificado: confira de novo com a pessoa, por telefone, por exemplo.</translation>
    </message>
    <message>
        <source>Give --purpose and --state together (for example --purpose spt_transmission --state refused).</source>
        <translation>Indique --purpose e --state em conjunto (por exemplo --purpose spt_transmission --state refused).</translation>
    </message>
    <message>
        <source>Another person of this record has that alias: choose another with --alias.</source>
        <translation>Outra pessoa deste registo tem esse pseudónimo: escolha outro com --alias.</translation>
    </message>
    <message>
        <source>Give each field as --field NAME=VALUE, for example --field year=2025.</source>
        <translation>Indique cada campo como --field NAME=VALUE, por exemplo --field year=2025.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Frase secreta errada. Verifique o Caps Lock e a disposição do teclado e tente de novo.</translation>
    </message>
    <message>
        <source>This recovery code does not open this vault.</source>
        <translation>Este código de recuperação não abre este cofre.</translation>
    </message>
    <message>
        <source>This recovery code has a typing mistake: check each group of four characters against your written copy.</source>
        <translation>Este código de recuperação tem um erro de escrita: confira cada grupo de quatro caracteres com a sua cópia escrita.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened safely. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>O cofre está danificado e não pode ser aberto em segurança. Nada foi alterado. Restaure a sua última cópia de segurança (&apos;npmdesk restore&apos;).</translation>
    </message>
    <message>
        <source>The vault&apos;s key-slot file asks for far more unlocking work than npmdesk ever sets, so it was not tried: the file is damaged or was tampered with. Nothing was changed. Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>O ficheiro de ranhuras de chave do cofre pede muito mais trabalho de desbloqueio do que o npmdesk alguma vez define, por isso não foi tentado: o ficheiro está danificado ou foi adulterado. Nada foi alterado. Restaure a sua última cópia de segurança (&apos;npmdesk restore&apos;).</translation>
    </message>
    <message>
        <source>This vault is already open in another npmdesk window or command. Close it there first.</source>
        <translation>Este cofre já está aberto noutra janela ou comando do npmdesk. Feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>This device has no working keyring, so npmdesk cannot remember the vault here. Use your passphrase.</source>
        <translation>Este dispositivo não tem um porta-chaves funcional, por isso o npmdesk não pode lembrar o cofre aqui. Use a sua frase secreta.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this device. Use your passphrase.</source>
        <translation>Este cofre não está memorizado neste dispositivo. Use a sua frase secreta.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of npmdesk. Install the latest version to open it; nothing was changed.</source>
        <translation>Este cofre foi feito por uma versão mais recente do npmdesk. Instale a última versão para o abrir; nada foi alterado.</translation>
    </message>
    <message>
        <source>npmdesk could not update this vault to its new format, so it was left as it was. Keep using your backup and report the problem.</source>
        <translation>O npmdesk não conseguiu atualizar este cofre para o novo formato, por isso ficou como estava. Continue a usar a sua cópia de segurança e comunique o problema.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 10 characters long.</source>
        <translation>A frase secreta tem de ter pelo menos 10 caracteres.</translation>
    </message>
    <message>
        <source>The two passphrases do not match.</source>
        <translation>As duas frases secretas não coincidem.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it first.</source>
        <translation>O cofre está bloqueado. Desbloqueie-o primeiro.</translation>
    </message>
    <message>
        <source>npmdesk could not write to the disk (is it full?). This change was not saved; everything saved before is safe. Free some space and try again.</source>
        <translation>O npmdesk não conseguiu escrever no disco (está cheio?). Esta alteração não foi guardada; tudo o que foi guardado antes está seguro. Liberte algum espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The vault is busy with another task (an import or an attachment being added), so nothing was changed: try again when it has finished.</source>
        <translation>O cofre está ocupado com outra tarefa (uma importação ou um anexo a ser adicionado), por isso nada foi alterado: tente de novo quando tiver terminado.</translation>
    </message>
    <message>
        <source>The disk is full (or was when this vault was unlocked), so this task cannot run and nothing was changed: free some space, then lock and unlock the vault.</source>
        <translation>O disco está cheio (ou estava quando este cofre foi desbloqueado), por isso esta tarefa não pode ser feita e nada foi alterado: liberte algum espaço e depois bloqueie e desbloqueie o cofre.</translation>
    </message>
    <message>
        <source>This backup is damaged (cut short or altered) and cannot be restored. Nothing was changed. Try another copy of the backup.</source>
        <translation>Esta cópia de segurança está danificada (cortada ou alterada) e não pode ser restaurada. Nada foi alterado. Experimente outra cópia da cópia de segurança.</translation>
    </message>
    <message>
        <source>This backup&apos;s key slots ask for far more unlocking work than npmdesk ever sets, so it was not tried: the backup is damaged or was tampered with. Nothing was changed. Try another copy of the backup.</source>
        <translation>As ranhuras de chave desta cópia de segurança pedem muito mais trabalho de desbloqueio do que o npmdesk alguma vez define, por isso não foi tentada: a cópia está danificada ou foi adulterada. Nada foi alterado. Experimente outra cópia da cópia de segurança.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of npmdesk. Install the latest version to restore it; nothing was changed.</source>
        <translation>Esta cópia de segurança foi feita por uma versão mais recente do npmdesk. Instale a última versão para a restaurar; nada foi alterado.</translation>
    </message>
    <message>
        <source>A backup cannot be written inside the vault folder (an emergency erase would leave it behind); choose a place outside it.</source>
        <translation>Não se pode escrever uma cópia de segurança dentro da pasta do cofre (um apagamento de emergência deixá-la-ia para trás); escolha um local fora dela.</translation>
    </message>
    <message>
        <source>The backup was written but did not pass verification, so it was deleted. Check the disk you are writing to and try again.</source>
        <translation>A cópia de segurança foi escrita mas não passou a verificação, por isso foi apagada. Verifique o disco onde está a escrever e tente de novo.</translation>
    </message>
    <message>
        <source>This package cannot be read. Nothing was changed.</source>
        <translation>Este pacote não pode ser lido. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This age file is not an npmdesk package (its contents are not in the package format). Nothing was changed.</source>
        <translation>Este ficheiro age não é um pacote npmdesk (o conteúdo não está no formato de pacote). Nada foi alterado.</translation>
    </message>
    <message>
        <source>This package was made by a newer version of npmdesk (unknown format version). Update npmdesk to open it. Nothing was changed.</source>
        <translation>Este pacote foi feito por uma versão mais recente do npmdesk (versão de formato desconhecida). Atualize o npmdesk para o abrir. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This package&apos;s signature does not verify: it was altered after it was signed, or it is forged. Nothing was changed.</source>
        <translation>A assinatura deste pacote não é válida: foi alterado depois de assinado, ou é falso. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This package was re-addressed: it opens with your key, but its signed list of recipients does not name you. Ask the sender to export it for you again. Nothing was changed.</source>
        <translation>Este pacote foi reendereçado: abre com a sua chave, mas a lista assinada de destinatários não o inclui. Peça ao remetente que o exporte de novo para si. Nada foi alterado.</translation>
    </message>
    <message>
        <source>There is nothing to export: choose at least one record.</source>
        <translation>Não há nada a exportar: escolha pelo menos um registo.</translation>
    </message>
    <message>
        <source>This is not a valid npmdesk signing key (it starts with npmsig1 and has 65 characters).</source>
        <translation>Esta não é uma chave de assinatura npmdesk válida (começa por npmsig1 e tem 65 caracteres).</translation>
    </message>
    <message>
        <source>This package is not addressed to you: it was encrypted for other recipients, and none of your keys opens it. Ask the sender to export it for your key. Nothing was changed.</source>
        <translation>Este pacote não lhe é dirigido: foi cifrado para outros destinatários e nenhuma das suas chaves o abre. Peça ao remetente que o exporte para a sua chave. Nada foi alterado.</translation>
    </message>
    <message>
        <source>A record&apos;s consent changed while the package was being made (someone refused its transmission): start the export again to see what is left out. Nothing was written.</source>
        <translation>O consentimento de um registo mudou enquanto o pacote era feito (alguém recusou a sua transmissão): recomece a exportação para ver o que fica de fora. Nada foi escrito.</translation>
    </message>
    <message>
        <source>This package was refused: it carries real names, and only a package from one of your NPM&apos;s own devices (a verified contact marked as such) may. Nothing was changed.</source>
        <translation>Este pacote foi recusado: leva nomes reais, e só um pacote de um dos dispositivos do seu MNP (um contacto verificado marcado como tal) o pode fazer. Nada foi alterado.</translation>
    </message>
    <message>
        <source>A temporary file of this export was changed while it was being written, so nothing was exported. Check the disk and try again.</source>
        <translation>Um ficheiro temporário desta exportação foi alterado enquanto era escrito, por isso nada foi exportado. Verifique o disco e tente de novo.</translation>
    </message>
    <message>
        <source>This record is in the bin. Restore it before changing its attachments.</source>
        <translation>Este registo está no lixo. Reponha-o antes de alterar os anexos.</translation>
    </message>
    <message>
        <source>npmdesk is still working on attachments. Wait for it to finish, or cancel it first.</source>
        <translation>O npmdesk ainda está a trabalhar nos anexos. Espere que termine, ou cancele primeiro.</translation>
    </message>
    <message>
        <source>Type the contact&apos;s name (the card may not carry one).</source>
        <translation>Escreva o nome do contacto (o cartão pode não o ter).</translation>
    </message>
    <message>
        <source>Paste a contact card, or type at least the age recipient (age1…) or the signing key (npmsig1…).</source>
        <translation>Cole um cartão de contacto, ou escreva pelo menos o destinatário age (age1…) ou a chave de assinatura (npmsig1…).</translation>
    </message>
    <message>
        <source>Paste the age recipient (age1…) or the contact card: a package is encrypted to the age recipient.</source>
        <translation>Cole o destinatário age (age1…) ou o cartão de contacto: um pacote é cifrado para o destinatário age.</translation>
    </message>
    <message>
        <source>This is not an npmdesk contact card. A card starts with npmdesk-contact:1; copy it whole from the other person&apos;s Share my keys window.</source>
        <translation>Este não é um cartão de contacto npmdesk. Um cartão começa por npmdesk-contact:1; copie-o inteiro da janela Partilhar as minhas chaves da outra pessoa.</translation>
    </message>
    <message>
        <source>This contact card was made by a newer version of npmdesk. Update npmdesk to read it.</source>
        <translation>Este cartão de contacto foi feito por uma versão mais recente do npmdesk. Atualize o npmdesk para o ler.</translation>
    </message>
    <message>
        <source>The age recipient in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>O destinatário age deste cartão de contacto está danificado (um carácter está errado ou em falta). Peça o cartão de novo.</translation>
    </message>
    <message>
        <source>The signing key in this contact card is damaged (a character is wrong or missing). Ask for the card again.</source>
        <translation>A chave de assinatura deste cartão de contacto está danificada (um carácter está errado ou em falta). Peça o cartão de novo.</translation>
    </message>
    <message>
        <source>Tick at least one contact who may open the package, or choose a passphrase instead.</source>
        <translation>Assinale pelo menos um contacto que possa abrir o pacote, ou escolha antes uma frase secreta.</translation>
    </message>
    <message>
        <source>Tick “I confirm these may leave the vault” after reviewing the records listed above.</source>
        <translation>Assinale “Confirmo que podem sair do cofre” depois de rever os registos listados acima.</translation>
    </message>
    <message>
        <source>There is no screen to show the npmdesk window on (started over SSH or without a desktop); use the npmdesk command line instead (npmdesk --help).</source>
        <translation>Não há nenhum monitor onde mostrar a janela do npmdesk (iniciado por SSH ou sem ambiente de trabalho); use a linha de comandos do npmdesk (npmdesk --help).</translation>
    </message>
    <message>
        <source>The npmdesk window cannot open because a system library Qt needs is missing (on Debian or Ubuntu: sudo apt-get install libxcb-cursor0); the npmdesk command line works meanwhile (npmdesk --help).</source>
        <translation>A janela do npmdesk não abre porque falta uma biblioteca de sistema de que o Qt precisa (em Debian ou Ubuntu: sudo apt-get install libxcb-cursor0); entretanto, a linha de comandos do npmdesk funciona (npmdesk --help).</translation>
    </message>
    <message>
        <source>npmdesk could not lay out the report.</source>
        <translation>O npmdesk não conseguiu paginar o relatório.</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Escolha o ficheiro da cópia de segurança a restaurar.</translation>
    </message>
    <message>
        <source>Choose a new folder for the restored vault.</source>
        <translation>Escolha uma pasta nova para o cofre restaurado.</translation>
    </message>
    <message>
        <source>A backup cannot be restored into this vault&apos;s folder or inside it; choose a new folder outside it. This vault was not changed.</source>
        <translation>Uma cópia de segurança não pode ser restaurada na pasta deste cofre nem dentro dela; escolha uma pasta nova fora dela. Este cofre não foi alterado.</translation>
    </message>
    <message>
        <source>Type the passphrase the vault had when the backup was made, or use its recovery code.</source>
        <translation>Escreva a frase secreta que o cofre tinha quando a cópia foi feita, ou use o seu código de recuperação.</translation>
    </message>
    <message>
        <source>This file is not an email message npmdesk can read (saved .eml, mbox or Outlook .msg); nothing was imported from it.</source>
        <translation>Este ficheiro não é uma mensagem de correio eletrónico que o npmdesk consiga ler (.eml guardado, mbox ou .msg do Outlook); nada foi importado dele.</translation>
    </message>
    <message>
        <source>This message has too many parts, or parts nested too deeply, to be a real email; nothing was imported from it.</source>
        <translation>Esta mensagem tem demasiadas partes, ou partes aninhadas demasiado fundo, para ser um e-mail real; nada foi importado dela.</translation>
    </message>
    <message>
        <source>Reading this message took too long; nothing was imported from it.</source>
        <translation>A leitura desta mensagem demorou demasiado; nada foi importado dela.</translation>
    </message>
    <message>
        <source>This attachment is no longer in the vault.</source>
        <translation>Este anexo já não está no cofre.</translation>
    </message>
    <message>
        <source>This attachment&apos;s content does not match its checksum; restore it from a backup.</source>
        <translation>O conteúdo deste anexo não corresponde à sua soma de verificação; restaure-o a partir de uma cópia de segurança.</translation>
    </message>
    <message>
        <source>An attachment needs a file name of at most 255 characters, without control characters.</source>
        <translation>Um anexo precisa de um nome de ficheiro com 255 caracteres no máximo, sem caracteres de controlo.</translation>
    </message>
    <message>
        <source>This draft cannot be kept: it is not form content npmdesk can store.</source>
        <translation>Este rascunho não pode ser mantido: não é conteúdo de formulário que o npmdesk possa guardar.</translation>
    </message>
    <message>
        <source>This draft is too large to keep. Shorten the text or save the record.</source>
        <translation>Este rascunho é demasiado grande para manter. Encurte o texto ou guarde o registo.</translation>
    </message>
    <message>
        <source>This draft is no longer in the vault.</source>
        <translation>Este rascunho já não está no cofre.</translation>
    </message>
    <message>
        <source>This record was changed elsewhere since you opened it. Reopen it to see the latest version (yours is kept in its history).</source>
        <translation>Este registo foi alterado noutro lado desde que o abriu. Reabra-o para ver a versão mais recente (a sua fica no histórico).</translation>
    </message>
    <message>
        <source>Recommendations come from a visit report or the NPM&apos;s own report, not from the SPT&apos;s annual report or guidance: choose another report or none.</source>
        <translation>As recomendações vêm de um relatório de visita ou do relatório próprio do MNP, não do relatório anual do SPT nem de orientações: escolha outro relatório, ou nenhum.</translation>
    </message>
    <message>
        <source>The reply period must be a whole number of months from 1 to 36.</source>
        <translation>O prazo de resposta tem de ser um número inteiro de meses de 1 a 36.</translation>
    </message>
    <message>
        <source>Name the person by a pseudonym from this record&apos;s people (for example person A), never by a real name.</source>
        <translation>Designe a pessoa por um pseudónimo das pessoas deste registo (por exemplo pessoa A), nunca por um nome real.</translation>
    </message>
    <message>
        <source>The call for applications must close on or after the day it opens, in the same year.</source>
        <translation>O concurso tem de encerrar no dia em que abre ou depois, no mesmo ano.</translation>
    </message>
    <message>
        <source>The largest grant must be a positive amount in US dollars.</source>
        <translation>A subvenção máxima tem de ser um montante positivo em dólares dos EUA.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2027-01-01.</source>
        <translation>As datas escrevem-se AAAA-MM-DD, por exemplo 2027-01-01.</translation>
    </message>
    <message>
        <source>A record cannot change its kind (a contact stays a contact). Nothing was changed.</source>
        <translation>Um registo não pode mudar de tipo (um contacto continua a ser um contacto). Nada foi alterado.</translation>
    </message>
    <message>
        <source>Unknown report: choose correspondence-log, visit-dossier or recommendations.</source>
        <translation>Relatório desconhecido: escolha correspondence-log, visit-dossier ou recommendations.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the start and end dates.</source>
        <translation>O período termina antes de começar: verifique as datas de início e de fim.</translation>
    </message>
    <message>
        <source>A visit dossier is about one visit: choose the visit (on the command line, --visit ID).</source>
        <translation>Um dossiê de visita trata de uma visita: escolha a visita (na linha de comandos, --visit ID).</translation>
    </message>
    <message>
        <source>A change of recovery code did not finish last time: your previous code still opens the vault. Here is a new recovery code; the previous one stops working when you continue.</source>
        <translation>Uma mudança de código de recuperação não terminou da última vez: o código anterior ainda abre o cofre. Eis um novo código de recuperação; o anterior deixa de funcionar quando continuar.</translation>
    </message>
    <message>
        <source>Standard input can be used only once: give INPUT, -R and -i files as paths when one of them is &apos;-&apos;.</source>
        <translation>A entrada padrão só pode ser usada uma vez: indique os ficheiros INPUT, -R e -i como caminhos quando um deles for &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Missing recipients: give -r RECIPIENT, -R FILE, -i FILE or -p.</source>
        <translation>Faltam destinatários: indique -r RECIPIENT, -R FILE, -i FILE ou -p.</translation>
    </message>
    <message>
        <source>This package was not signed by the key you expected. Nothing was written.</source>
        <translation>Este pacote não foi assinado pela chave que esperava. Nada foi escrito.</translation>
    </message>
    <message>
        <source>A protected PDF is opened with a password, not an age key: use --passphrase (npmdesk generates the password) or --passphrase --package-passphrase-file F.</source>
        <translation>Um PDF protegido abre-se com uma senha, não com uma chave age: use --passphrase (o npmdesk gera a senha) ou --passphrase --package-passphrase-file F.</translation>
    </message>
    <message>
        <source>You stopped waiting for this write, so it was not made.</source>
        <translation>Deixou de esperar por esta escrita, por isso não foi feita.</translation>
    </message>
    <message>
        <source>npmdesk could not remember the vault on this device. Use your passphrase.</source>
        <translation>O npmdesk não conseguiu memorizar o cofre neste dispositivo. Use a sua frase secreta.</translation>
    </message>
    <message>
        <source>This file is neither an encrypted npmdesk package nor a password-protected PDF: npmdesk never attaches an unencrypted file to an email. Export it as a package or a protected PDF first.</source>
        <translation>Este ficheiro não é um pacote npmdesk encriptado nem um PDF protegido por senha: o npmdesk nunca anexa um ficheiro não encriptado a um e-mail. Exporte-o primeiro como pacote ou como PDF protegido.</translation>
    </message>
    <message>
        <source>This vault has no record of exporting a file of this name: choose the package or protected PDF as npmdesk exported it (under the name it was given), or export it again.</source>
        <translation>Este cofre não exportou nenhum ficheiro com este nome: escolha o pacote ou o PDF protegido tal como o npmdesk o exportou (com o nome que lhe foi dado), ou exporte-o novamente.</translation>
    </message>
    <message>
        <source>npmdesk could not read this file: check that it is still there and readable.</source>
        <translation>O npmdesk não conseguiu ler este ficheiro: verifique se ainda existe e se pode ser lido.</translation>
    </message>
    <message>
        <source>Give at least one recipient&apos;s email address.</source>
        <translation>Indique o endereço de e-mail de pelo menos um destinatário.</translation>
    </message>
    <message>
        <source>A recipient&apos;s address is not an email address (name@example.org): check the addresses.</source>
        <translation>O endereço de um destinatário não é um endereço de e-mail (nome@example.org): verifique os endereços.</translation>
    </message>
    <message>
        <source>Reports are written in English (en), French (fr), Spanish (es), Arabic (ar), Russian (ru) or Portuguese (pt).</source>
        <translation>Os relatórios são redigidos em inglês (en), francês (fr), espanhol (es), árabe (ar), russo (ru) ou português (pt).</translation>
    </message>
    <message>
        <source>This vault has no team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>Este cofre ainda não tem pasta de equipa: escolha uma com &apos;npmdesk team folder DIR&apos;.</translation>
    </message>
    <message>
        <source>The team folder cannot be inside the vault&apos;s folder: choose another one. Nothing was changed.</source>
        <translation>A pasta de equipa não pode estar dentro da pasta do cofre: escolha outra. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Another member already has this signing key (or it is this vault&apos;s own): a device joins the team once. Nothing was changed.</source>
        <translation>Outro membro já tem esta chave de assinatura (ou é a deste próprio cofre): um dispositivo junta-se à equipa uma única vez. Nada foi alterado.</translation>
    </message>
    <message>
        <source>-e/--encrypt and -d/--decrypt cannot be used together.</source>
        <translation>-e/--encrypt e -d/--decrypt não podem ser usados em conjunto.</translation>
    </message>
    <message>
        <source>-i/--identity can be used when encrypting only with an explicit -e/--encrypt (to encrypt to the keys&apos; public keys); to decrypt, add -d.</source>
        <translation>-i/--identity só serve para cifrar com um -e/--encrypt explícito (para cifrar para as chaves públicas das chaves); para decifrar, acrescente -d.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be combined with -r, -R or -i.</source>
        <translation>-p/--passphrase não pode ser combinado com -r, -R ou -i.</translation>
    </message>
    <message>
        <source>-r/-R cannot be used with -d/--decrypt.</source>
        <translation>-r/-R não podem ser usados com -d/--decrypt.</translation>
    </message>
    <message>
        <source>-a/--armor cannot be used with -d/--decrypt: armor is detected.</source>
        <translation>-a/--armor não pode ser usado com -d/--decrypt: a blindagem é detetada.</translation>
    </message>
    <message>
        <source>-p/--passphrase cannot be used with -d/--decrypt: passphrase-protected files are detected (you will be asked for the passphrase).</source>
        <translation>-p/--passphrase não pode ser usado com -d/--decrypt: os ficheiros protegidos por frase secreta são detetados (ser-lhe-á pedida a frase).</translation>
    </message>
    <message>
        <source>--visit, --from and --to choose a report&apos;s records: give --report KIND with them (a contact is --to-contact NAME).</source>
        <translation>--visit, --from e --to escolhem os registos de um relatório: indique --report TIPO com eles (um contacto é --to-contact NOME).</translation>
    </message>
    <message>
        <source>--armor is for packages; a protected PDF is written as a PDF.</source>
        <translation>--armor é para pacotes; um PDF protegido é escrito como PDF.</translation>
    </message>
    <message>
        <source>Cannot read {path}: it must be a small text file (its first line is used).</source>
        <translation>Não é possível ler {path}: deve ser um pequeno ficheiro de texto (é usada a primeira linha).</translation>
    </message>
    <message>
        <source>Cannot read the {what} {path}.</source>
        <translation>Não é possível ler o ficheiro ({what}) {path}.</translation>
    </message>
    <message>
        <source>Cannot read {path}.</source>
        <translation>Não é possível ler {path}.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name, or add --force to replace it.</source>
        <translation>{path} já existe: escolha outro nome de ficheiro ou acrescente --force para o substituir.</translation>
    </message>
    <message>
        <source>There is no folder {path} to write the report in.</source>
        <translation>Não existe a pasta {path} onde escrever o relatório.</translation>
    </message>
    <message numerus="yes">
        <source>The vault is damaged (%n problem(s) found). Restore your latest backup (&apos;npmdesk restore&apos;).</source>
        <translation>
            <numerusform>O cofre está danificado (%n problema encontrado). Restaure a sua última cópia de segurança (&apos;npmdesk restore&apos;).</numerusform>
            <numerusform>O cofre está danificado (%n problemas encontrados). Restaure a sua última cópia de segurança (&apos;npmdesk restore&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>Several contacts are named {name}; give the contact&apos;s id instead.</source>
        <translation>Vários contactos chamam-se {name}; indique o identificador do contacto.</translation>
    </message>
    <message>
        <source>There is no contact named {name} (closest existing names: {closest}); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>Não existe nenhum contacto chamado {name} (nomes existentes mais próximos: {closest}); nada foi acrescentado: indique o nome ou o identificador de um contacto existente, ou crie um de propósito com --new-counterpart NOME (ou &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>There is no contact named {name} (no contact has a similar name); nothing was added: give an existing contact&apos;s name or id, or create one on purpose with --new-counterpart NAME (or &apos;npmdesk contact add&apos;).</source>
        <translation>Não existe nenhum contacto chamado {name} (nenhum contacto tem um nome parecido); nada foi acrescentado: indique o nome ou o identificador de um contacto existente, ou crie um de propósito com --new-counterpart NOME (ou &apos;npmdesk contact add&apos;).</translation>
    </message>
    <message>
        <source>A contact named {name} already exists; nothing was added: use --counterpart to name them.</source>
        <translation>Já existe um contacto chamado {name}; nada foi acrescentado: use --counterpart para o indicar.</translation>
    </message>
    <message>
        <source>There is no contact {name} (give the contact&apos;s name or id).</source>
        <translation>Não existe o contacto {name} (indique o nome ou o identificador do contacto).</translation>
    </message>
    <message>
        <source>The signing key stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>A chave de assinatura guardada para o contacto {name} está mal formada: remova-a com &apos;npmdesk contact remove-key&apos; e acrescente a correta.</translation>
    </message>
    <message>
        <source>The age recipient stored for the contact {name} is malformed: remove it with &apos;npmdesk contact remove-key&apos;, then add the right one.</source>
        <translation>O destinatário age guardado para o contacto {name} está mal formado: remova-o com &apos;npmdesk contact remove-key&apos; e acrescente o correto.</translation>
    </message>
    <message>
        <source>Verify the keys of {name} first (&apos;npmdesk contact verify&apos;): only a verified contact can be marked as one of your NPM&apos;s own devices. Nothing was changed.</source>
        <translation>Verifique primeiro as chaves de {name} (&apos;npmdesk contact verify&apos;): só um contacto verificado pode ser marcado como um dos dispositivos do seu MNP. Nada foi alterado.</translation>
    </message>
    <message>
        <source>The contact {name} has no age recipient yet: add it first.</source>
        <translation>O contacto {name} ainda não tem destinatário age: acrescente-o primeiro.</translation>
    </message>
    <message>
        <source>The contact {name} has no signing key to verify.</source>
        <translation>O contacto {name} não tem chave de assinatura para verificar.</translation>
    </message>
    <message>
        <source>{refusal} To preview or import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} Para o pré-visualizar ou importar depois de comparar, acrescente --accept-unverified.</translation>
    </message>
    <message>
        <source>{refusal} To import it after comparing, add --accept-unverified.</source>
        <translation>{refusal} Para o importar depois de comparar, acrescente --accept-unverified.</translation>
    </message>
    <message>
        <source>There is no kind of record {kind}; the kinds are: {kinds} (&apos;npmdesk kinds&apos; shows their fields).</source>
        <translation>Não existe o tipo de registo {kind}; os tipos são: {kinds} (&apos;npmdesk kinds&apos; mostra os seus campos).</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no field {name}; its fields are: {fields}.</source>
        <translation>Um registo do tipo {kind} não tem o campo {name}; os seus campos são: {fields}.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact verify&apos;, after comparing fingerprints.</source>
        <translation>O campo {name} não se define com --field: é definido por &apos;npmdesk contact verify&apos;, depois de comparar as impressões digitais.</translation>
    </message>
    <message>
        <source>The field {name} is not set with --field: it is set by &apos;npmdesk contact own-device&apos;, for a contact whose keys are verified.</source>
        <translation>O campo {name} não se define com --field: é definido por &apos;npmdesk contact own-device&apos;, para um contacto cujas chaves estão verificadas.</translation>
    </message>
    <message>
        <source>The field {name} takes one value: give it once (with --field or --clear-field).</source>
        <translation>O campo {name} aceita um só valor: indique-o uma vez (com --field ou --clear-field).</translation>
    </message>
    <message>
        <source>The field {name} takes {allowed}.</source>
        <translation>O campo {name} aceita {allowed}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} needs the field {name}: add --field {field}=VALUE, where VALUE is {allowed}.</source>
        <translation>Um registo do tipo {kind} precisa do campo {name}: acrescente --field {field}=VALOR, em que VALOR é {allowed}.</translation>
    </message>
    <message>
        <source>The field {name} is required for a record of kind {kind}, so it cannot be cleared.</source>
        <translation>O campo {name} é obrigatório para um registo do tipo {kind}, por isso não pode ser limpo.</translation>
    </message>
    <message>
        <source>The field {name} lists records of this vault, and there is no record {record_id} in it.</source>
        <translation>O campo {name} enumera registos deste cofre, e não existe nele o registo {record_id}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} has no status {status}; its statuses are: {statuses}.</source>
        <translation>Um registo do tipo {kind} não tem a situação {status}; as suas situações são: {statuses}.</translation>
    </message>
    <message>
        <source>A record of kind {kind} whose {field} is {value} has no status {status}; its statuses are: {statuses}.</source>
        <translation>Um registo do tipo {kind} cujo {field} é {value} não tem a situação {status}; as suas situações são: {statuses}.</translation>
    </message>
    <message>
        <source>{address} is not the address of anyone in these messages; give an address that &apos;mail import --dry-run&apos; lists as not among your contacts.</source>
        <translation>{address} não é o endereço de ninguém nestas mensagens; indique um endereço que &apos;mail import --dry-run&apos; mostre como não estando entre os seus contactos.</translation>
    </message>
    <message>
        <source>There is no vault at {path}. Create one with &apos;npmdesk init&apos;.</source>
        <translation>Não existe nenhum cofre em {path}. Crie um com &apos;npmdesk init&apos;.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another place for the new vault.</source>
        <translation>{path} já existe; escolha outro local para o novo cofre.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk vault.</source>
        <translation>{path} não é um cofre do npmdesk.</translation>
    </message>
    <message>
        <source>The vault folder {path} was moved or deleted while it was open. This change was not saved; lock the vault and open it where it is now.</source>
        <translation>A pasta do cofre {path} foi movida ou apagada enquanto estava aberto. Esta alteração não foi guardada; bloqueie o cofre e abra-o onde está agora.</translation>
    </message>
    <message>
        <source>npmdesk cannot write to {path}: check that the folder exists and is writable.</source>
        <translation>O npmdesk não consegue escrever em {path}: verifique se a pasta existe e permite escrita.</translation>
    </message>
    <message>
        <source>The disk is full ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>O disco está cheio ({path}), por isso nada foi escrito nem alterado: liberte espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>O disco está cheio, por isso nada foi escrito nem alterado: liberte espaço e tente de novo.</translation>
    </message>
    <message>
        <source>Your disk quota is used up ({path}), so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>A sua quota de disco esgotou-se ({path}), por isso nada foi escrito nem alterado: liberte espaço e tente de novo.</translation>
    </message>
    <message>
        <source>Your disk quota is used up, so nothing was written and nothing was changed: free some space and try again.</source>
        <translation>A sua quota de disco esgotou-se, por isso nada foi escrito nem alterado: liberte espaço e tente de novo.</translation>
    </message>
    <message>
        <source>The disk is read-only ({path}), so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>O disco é só de leitura ({path}), por isso nada foi escrito nem alterado: escolha um local com escrita ou torne o disco gravável.</translation>
    </message>
    <message>
        <source>The disk is read-only, so nothing was written and nothing was changed: choose a writable place or make the disk writable.</source>
        <translation>O disco é só de leitura, por isso nada foi escrito nem alterado: escolha um local com escrita ou torne o disco gravável.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use {path}, so nothing was changed: check its permissions.</source>
        <translation>O npmdesk não tem permissão para usar {path}, por isso nada foi alterado: verifique as permissões.</translation>
    </message>
    <message>
        <source>npmdesk is not allowed to use this file, so nothing was changed: check its permissions.</source>
        <translation>O npmdesk não tem permissão para usar este ficheiro, por isso nada foi alterado: verifique as permissões.</translation>
    </message>
    <message>
        <source>The file is too large for this disk ({path}) (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>O ficheiro é demasiado grande para este disco ({path}) (um disco FAT32 aceita no máximo 4 GB por ficheiro), por isso nada foi escrito nem alterado: escolha outro disco.</translation>
    </message>
    <message>
        <source>The file is too large for this disk (FAT32 disks hold at most 4 GB per file), so nothing was written and nothing was changed: choose another disk.</source>
        <translation>O ficheiro é demasiado grande para este disco (um disco FAT32 aceita no máximo 4 GB por ficheiro), por isso nada foi escrito nem alterado: escolha outro disco.</translation>
    </message>
    <message>
        <source>{path} is not an npmdesk backup.</source>
        <translation>{path} não é uma cópia de segurança do npmdesk.</translation>
    </message>
    <message>
        <source>{path} already exists; npmdesk never overwrites a file: choose another name.</source>
        <translation>{path} já existe; o npmdesk nunca substitui um ficheiro: escolha outro nome.</translation>
    </message>
    <message>
        <source>Nothing was erased. To erase the vault at {path}, confirm with its folder name: --yes-destroy {expected}</source>
        <translation>Nada foi apagado. Para apagar o cofre em {path}, confirme com o nome da sua pasta: --yes-destroy {expected}</translation>
    </message>
    <message>
        <source>Cannot read {path}: check that the file exists and that you may read it.</source>
        <translation>Não é possível ler {path}: verifique se o ficheiro existe e se o pode ler.</translation>
    </message>
    <message>
        <source>npmdesk could not erase the keys of the vault at {path}: check that you may write to that folder, then run the erase again.</source>
        <translation>O npmdesk não conseguiu apagar as chaves do cofre em {path}: verifique se pode escrever nessa pasta e volte a executar o apagamento.</translation>
    </message>
    <message>
        <source>This package is damaged or was tampered with ({detail}). Nothing was changed.</source>
        <translation>Este pacote está danificado ou foi adulterado ({detail}). Nada foi alterado.</translation>
    </message>
    <message>
        <source>This package exceeds a safety limit ({detail}). Nothing was changed.</source>
        <translation>Este pacote excede um limite de segurança ({detail}). Nada foi alterado.</translation>
    </message>
    <message>
        <source>Record {record_id} in this package is not valid: {detail} Nothing was changed.</source>
        <translation>O registo {record_id} deste pacote não é válido: {detail} Nada foi alterado.</translation>
    </message>
    <message>
        <source>This package was signed by {signer}. Compare the fingerprint with the sender (by phone, for example), then import again confirming it. Nothing was changed.</source>
        <translation>Este pacote foi assinado por {signer}. Compare a impressão digital com o remetente (por telefone, por exemplo) e importe de novo confirmando-a. Nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>%n of the records to export are strictly confidential, internal to the NPM or hold personal data without recorded consent. Review them and confirm before anything is written.</source>
        <translation>
            <numerusform>%n dos registos a exportar é estritamente confidencial, interno ao MNP ou contém dados pessoais sem consentimento registado. Reveja-os e confirme antes de qualquer escrita.</numerusform>
            <numerusform>%n dos registos a exportar são estritamente confidenciais, internos ao MNP ou contêm dados pessoais sem consentimento registado. Reveja-os e confirme antes de qualquer escrita.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder {folder} is not empty: choose a new or empty folder to unpack into.</source>
        <translation>A pasta {folder} não está vazia: escolha uma pasta nova ou vazia onde desempacotar.</translation>
    </message>
    <message>
        <source>npmdesk could not write the backup: {reason}.</source>
        <translation>O npmdesk não conseguiu escrever a cópia de segurança: {reason}.</translation>
    </message>
    <message>
        <source>npmdesk could not write {path}. Nothing was saved.</source>
        <translation>O npmdesk não conseguiu escrever {path}. Nada foi guardado.</translation>
    </message>
    <message>
        <source>npmdesk could not restore the backup: {reason}. Nothing was created.</source>
        <translation>O npmdesk não conseguiu restaurar a cópia de segurança: {reason}. Nada foi criado.</translation>
    </message>
    <message>
        <source>{path} could not be read (it is missing, a folder npmdesk cannot open, or not readable by you); nothing was imported from it.</source>
        <translation>Não foi possível ler {path} (falta, é uma pasta que o npmdesk não consegue abrir ou não o pode ler); nada foi importado dele.</translation>
    </message>
    <message>
        <source>There is no record {record_id} in this vault.</source>
        <translation>Não existe o registo {record_id} neste cofre.</translation>
    </message>
    <message>
        <source>{code} is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>{code} não é o código de duas letras de um Estado Parte no OPCAT; &apos;npmdesk states&apos; enumera-os.</translation>
    </message>
    <message>
        <source>That is not the two-letter code of a State party to the OPCAT; &apos;npmdesk states&apos; lists them.</source>
        <translation>Isso não é o código de duas letras de um Estado Parte no OPCAT; &apos;npmdesk states&apos; enumera-os.</translation>
    </message>
    <message>
        <source>The end date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>A data de fim não é válida: escreva-a AAAA-MM-DD, por exemplo 2026-01-31.</translation>
    </message>
    <message>
        <source>The start date is not a valid date: write it YYYY-MM-DD, for example 2026-01-31.</source>
        <translation>A data de início não é válida: escreva-a AAAA-MM-DD, por exemplo 2026-01-31.</translation>
    </message>
    <message>
        <source>Record {record_id} is not a visit: a visit dossier needs a visit&apos;s id.</source>
        <translation>O registo {record_id} não é uma visita: um dossiê de visita precisa do identificador de uma visita.</translation>
    </message>
    <message>
        <source>The report would list more than {limit} records: choose a shorter period.</source>
        <translation>O relatório enumeraria mais de {limit} registos: escolha um período mais curto.</translation>
    </message>
    <message>
        <source>The team folder {path} is not there (is the disk or the share connected?). Nothing was changed.</source>
        <translation>A pasta da equipa {path} não está lá (o disco ou a partilha está ligado?). Nada foi alterado.</translation>
    </message>
    <message>
        <source>{path} is not a folder: choose an existing folder that your sync engine keeps in step. Nothing was changed.</source>
        <translation>{path} não é uma pasta: escolha uma pasta existente que o seu programa de sincronização mantenha atualizada. Nada foi alterado.</translation>
    </message>
    <message>
        <source>{name} is not a verified contact marked as one of your NPM&apos;s own devices (&apos;npmdesk contact verify&apos;, then &apos;npmdesk contact own-device&apos;), so it cannot join the team. Nothing was changed.</source>
        <translation>{name} não é um contacto verificado marcado como um dos dispositivos do seu MNP (&apos;npmdesk contact verify&apos; e depois &apos;npmdesk contact own-device&apos;), por isso não pode juntar-se à equipa. Nada foi alterado.</translation>
    </message>
    <message>
        <source>{name} has no age recipient to encrypt changesets for: add its age1… key first. Nothing was changed.</source>
        <translation>{name} não tem destinatário age para cifrar os conjuntos de alterações: acrescente primeiro a sua chave age1…. Nada foi alterado.</translation>
    </message>
    <message>
        <source>{name} is already a member of the team.</source>
        <translation>{name} já é membro da equipa.</translation>
    </message>
    <message>
        <source>{name} is not a member of the team. Nothing was changed.</source>
        <translation>{name} não é membro da equipa. Nada foi alterado.</translation>
    </message>
    <message>
        <source>This team file was refused ({detail}). Nothing was changed.</source>
        <translation>Este ficheiro da equipa foi recusado ({detail}). Nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>The keys are erased, so nobody can open this vault any more, but %n file(s) in it could not be deleted. Close npmdesk everywhere and run the erase again.</source>
        <translation>
            <numerusform>As chaves foram apagadas, pelo que ninguém pode voltar a abrir este cofre, mas %n ficheiro nele não pôde ser eliminado. Feche o npmdesk em todo o lado e volte a executar o apagamento.</numerusform>
            <numerusform>As chaves foram apagadas, pelo que ninguém pode voltar a abrir este cofre, mas %n ficheiros nele não puderam ser eliminados. Feche o npmdesk em todo o lado e volte a executar o apagamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a valid signing key: clear the field, or paste the whole key (npmsig1…, 65 characters).</source>
        <translation>Não é uma chave de assinatura válida: limpe o campo ou cole a chave inteira (npmsig1…, 65 caracteres).</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: clear the field, or paste the whole key (age1…, 62 characters).</source>
        <translation>Não é um destinatário age válido: limpe o campo ou cole a chave inteira (age1…, 62 caracteres).</translation>
    </message>
    <message>
        <source>This export holds {documents} documents; a package holds at most {limit}: export them in several packages. Nothing was written.</source>
        <translation>Esta exportação contém {documents} documentos; um pacote contém no máximo {limit}: exporte-os em vários pacotes. Nada foi escrito.</translation>
    </message>
    <message>
        <source>This export is for {recipients} recipients; a package can be for at most {limit}: export it in several packages. Nothing was written.</source>
        <translation>Esta exportação é para {recipients} destinatários; um pacote pode ser no máximo para {limit}: exporte-a em vários pacotes. Nada foi escrito.</translation>
    </message>
    <message>
        <source>Record {record_id} is too large to travel in a package (over {size} MiB of package text, or over {items} values): shorten its text or move it into an attachment, then export again. Nothing was written.</source>
        <translation>O registo {record_id} é demasiado grande para viajar num pacote (mais de {size} MiB de texto do pacote, ou mais de {items} valores): encurte o seu texto ou passe-o para um anexo e exporte de novo. Nada foi escrito.</translation>
    </message>
    <message>
        <source>This export is beyond what a version 1 package holds ({records} records, {files} files): export a smaller selection (by dates or types). Nothing was written.</source>
        <translation>Esta exportação excede o que um pacote da versão 1 contém ({records} registos, {files} ficheiros): exporte uma seleção menor (por datas ou tipos). Nada foi escrito.</translation>
    </message>
    <message>
        <source>Record {record_id} has {count} attachments; a record travels with at most {limit}: move some of them to another record. Nothing was written.</source>
        <translation>O registo {record_id} tem {count} anexos; um registo viaja com no máximo {limit}: passe alguns para outro registo. Nada foi escrito.</translation>
    </message>
    <message>
        <source>This draft cannot be read back into a form.</source>
        <translation>Este rascunho não pode ser lido de novo num formulário.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>As datas escrevem-se AAAA-MM-DD, por exemplo 2026-11-29.</translation>
    </message>
    <message>
        <source>The counterpart must be a contact in this vault.</source>
        <translation>O interlocutor tem de ser um contacto deste cofre.</translation>
    </message>
    <message>
        <source>Countries are two-letter codes such as FR or MX.</source>
        <translation>Os países são códigos de duas letras como FR ou MX.</translation>
    </message>
    <message>
        <source>Personal data is yes or no.</source>
        <translation>Dados pessoais é sim ou não.</translation>
    </message>
    <message>
        <source>Too many tags.</source>
        <translation>Demasiadas etiquetas.</translation>
    </message>
    <message>
        <source>Too many people in one record.</source>
        <translation>Demasiadas pessoas num registo.</translation>
    </message>
    <message>
        <source>OPCAT articles are numbered 1 to 37, with sub-paragraphs such as 11(1)(b)(ii) or 19(b).</source>
        <translation>Os artigos do OPCAT são numerados de 1 a 37, com alíneas como 11(1)(b)(ii) ou 19(b).</translation>
    </message>
    <message>
        <source>A link must name another record and a known relation.</source>
        <translation>Uma ligação tem de indicar outro registo e uma relação conhecida.</translation>
    </message>
    <message>
        <source>Consent is recorded per person.</source>
        <translation>O consentimento é registado por pessoa.</translation>
    </message>
    <message>
        <source>Give each person a pseudonym before recording their consent.</source>
        <translation>Dê um pseudónimo a cada pessoa antes de registar o seu consentimento.</translation>
    </message>
    <message>
        <source>Each person&apos;s consent is recorded once.</source>
        <translation>O consentimento de cada pessoa é registado uma vez.</translation>
    </message>
    <message>
        <source>Child and capacity are yes or no.</source>
        <translation>Criança e capacidade são sim ou não.</translation>
    </message>
    <message>
        <source>Each purpose is recorded once per person.</source>
        <translation>Cada finalidade é registada uma vez por pessoa.</translation>
    </message>
    <message>
        <source>Consent names a known purpose and state.</source>
        <translation>O consentimento indica uma finalidade e um estado conhecidos.</translation>
    </message>
    <message>
        <source>Consent is obtained orally or in writing.</source>
        <translation>O consentimento é obtido oralmente ou por escrito.</translation>
    </message>
    <message>
        <source>This record is not a visit.</source>
        <translation>Este registo não é uma visita.</translation>
    </message>
    <message>
        <source>{date} is not a real date: {month} has {days} days.</source>
        <translation>{date} não é uma data real: {month} tem {days} dias.</translation>
    </message>
    <message>
        <source>{date} is not a real date: months are numbered 01 to 12.</source>
        <translation>{date} não é uma data real: os meses vão de 01 a 12.</translation>
    </message>
    <message>
        <source>The list of files this program offered is damaged; nothing was imported from it.</source>
        <translation>A lista de ficheiros oferecida por este programa está danificada; nada foi importado dela.</translation>
    </message>
    <message>
        <source>Thunderbird did not say where this message is in its folder file (not every version does, and compacting a folder moves messages): drag the message to the desktop first, then drop the file here; nothing was imported from it.</source>
        <translation>O Thunderbird não indicou onde esta mensagem está no ficheiro da pasta (nem todas as versões o fazem, e compactar uma pasta move as mensagens): arraste primeiro a mensagem para o ambiente de trabalho e depois largue o ficheiro aqui; nada foi importado dela.</translation>
    </message>
    <message>
        <source>--open needs a desktop session with a mail program, and none was found here: leave out --open and open the draft in your mail program yourself.</source>
        <translation>--open precisa de uma sessão de ambiente de trabalho com um programa de correio, e não foi encontrada nenhuma aqui: retire --open e abra o rascunho no seu programa de correio.</translation>
    </message>
    <message>
        <source>The system could not open the draft: open it in your mail program yourself.</source>
        <translation>O sistema não conseguiu abrir o rascunho: abra-o no seu programa de correio.</translation>
    </message>
    <message>
        <source>npmdesk cannot write in {path}: choose a folder you can write to (each device writes its own subfolder there). Nothing was changed.</source>
        <translation>O npmdesk não consegue escrever em {path}: escolha uma pasta onde possa escrever (cada dispositivo escreve lá a sua própria subpasta). Nada foi alterado.</translation>
    </message>
    <message>
        <source>This message is larger than {limit} MiB, the most npmdesk imports from one message; nothing was imported from it.</source>
        <translation>Esta mensagem excede {limit} MiB, o máximo que o npmdesk importa de uma mensagem; nada foi importado dela.</translation>
    </message>
    <message>
        <source>{name} is longer than its manifest says</source>
        <translation>{name} é mais longo do que o seu manifesto indica</translation>
    </message>
    <message>
        <source>{name} does not match its manifest</source>
        <translation>{name} não corresponde ao seu manifesto</translation>
    </message>
    <message>
        <source>{name} is not the file its manifest lists next</source>
        <translation>{name} não é o ficheiro que o seu manifesto indica a seguir</translation>
    </message>
    <message>
        <source>an attachment has the id of a different attachment in your vault</source>
        <translation>um anexo tem o id de outro anexo do seu cofre</translation>
    </message>
    <message>
        <source>it is truncated</source>
        <translation>está truncado</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment wrongly</source>
        <translation>o seu índice lista mal um registo ou um anexo</translation>
    </message>
    <message>
        <source>its index does not end with a line end</source>
        <translation>o seu índice não termina com uma quebra de linha</translation>
    </message>
    <message>
        <source>its index is not valid JSON Lines</source>
        <translation>o seu índice não é JSON Lines válido</translation>
    </message>
    <message>
        <source>its index has a line too long</source>
        <translation>o seu índice tem uma linha demasiado longa</translation>
    </message>
    <message>
        <source>its index lists a record or an attachment twice</source>
        <translation>o seu índice lista duas vezes um registo ou um anexo</translation>
    </message>
    <message>
        <source>its index lists an attachment before any record</source>
        <translation>o seu índice lista um anexo antes de qualquer registo</translation>
    </message>
    <message>
        <source>its index does not match its manifest</source>
        <translation>o seu índice não corresponde ao seu manifesto</translation>
    </message>
    <message>
        <source>its manifest is malformed</source>
        <translation>o seu manifesto está mal formado</translation>
    </message>
    <message>
        <source>its format version is not a version number</source>
        <translation>a sua versão de formato não é um número de versão</translation>
    </message>
    <message>
        <source>a manifest over {size} MiB</source>
        <translation>um manifesto com mais de {size} MiB</translation>
    </message>
    <message>
        <source>more than {limit} files</source>
        <translation>mais de {limit} ficheiros</translation>
    </message>
    <message>
        <source>its manifest&apos;s creation time is not a real date and time</source>
        <translation>a hora de criação do seu manifesto não é uma data e hora reais</translation>
    </message>
    <message>
        <source>its manifest shows a fingerprint that is not its signing key&apos;s</source>
        <translation>o seu manifesto mostra uma impressão digital que não é a da sua chave de assinatura</translation>
    </message>
    <message>
        <source>its manifest names a file twice</source>
        <translation>o seu manifesto nomeia um ficheiro duas vezes</translation>
    </message>
    <message>
        <source>more than {limit} records</source>
        <translation>mais de {limit} registos</translation>
    </message>
    <message>
        <source>its manifest names a file with an unsafe path</source>
        <translation>o seu manifesto nomeia um ficheiro com um caminho inseguro</translation>
    </message>
    <message>
        <source>its manifest lists a file wrongly</source>
        <translation>o seu manifesto lista mal um ficheiro</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON: {error}</source>
        <translation>o seu manifesto não é JSON válido: {error}</translation>
    </message>
    <message>
        <source>its manifest does not list the index, the records and the summary first</source>
        <translation>o seu manifesto não lista primeiro o índice, os registos e o resumo</translation>
    </message>
    <message>
        <source>its manifest does not list the records and the summary first</source>
        <translation>o seu manifesto não lista primeiro os registos e o resumo</translation>
    </message>
    <message>
        <source>its manifest lists a record wrongly</source>
        <translation>o seu manifesto lista mal um registo</translation>
    </message>
    <message>
        <source>its records do not match its manifest</source>
        <translation>os seus registos não correspondem ao seu manifesto</translation>
    </message>
    <message>
        <source>its attachments do not match its manifest</source>
        <translation>os seus anexos não correspondem ao seu manifesto</translation>
    </message>
    <message>
        <source>the records file is truncated</source>
        <translation>o ficheiro dos registos está truncado</translation>
    </message>
    <message>
        <source>a signature over 4 KiB</source>
        <translation>uma assinatura com mais de 4 KiB</translation>
    </message>
    <message>
        <source>an OpenSSH signature over 4 KiB</source>
        <translation>uma assinatura OpenSSH com mais de 4 KiB</translation>
    </message>
    <message>
        <source>it holds a file its manifest does not list ({name})</source>
        <translation>contém um ficheiro que o seu manifesto não lista ({name})</translation>
    </message>
    <message>
        <source>its OpenSSH signature (manifest.json.sshsig) does not verify</source>
        <translation>a sua assinatura OpenSSH (manifest.json.sshsig) não é verificada</translation>
    </message>
    <message>
        <source>an attachment does not match its manifest</source>
        <translation>um anexo não corresponde ao seu manifesto</translation>
    </message>
    <message>
        <source>the records file has data after its end</source>
        <translation>o ficheiro dos registos tem dados depois do seu fim</translation>
    </message>
    <message>
        <source>the records file is not valid gzip</source>
        <translation>o ficheiro dos registos não é gzip válido</translation>
    </message>
    <message>
        <source>a record carries real names that its manifest does not announce</source>
        <translation>um registo tem nomes reais que o seu manifesto não anuncia</translation>
    </message>
    <message>
        <source>its signature is missing</source>
        <translation>falta a sua assinatura</translation>
    </message>
    <message>
        <source>a summary over {size} MiB</source>
        <translation>um resumo com mais de {size} MiB</translation>
    </message>
    <message>
        <source>the records file decompresses too much: a decompression bomb</source>
        <translation>o ficheiro dos registos descomprime-se em demasiados dados: uma bomba de descompressão</translation>
    </message>
    <message>
        <source>its records are not in the npmdesk format</source>
        <translation>os seus registos não estão no formato do npmdesk</translation>
    </message>
    <message>
        <source>its records&apos; schema version is not a version number</source>
        <translation>a versão de esquema dos seus registos não é um número de versão</translation>
    </message>
    <message>
        <source>a record over {size} MiB of JSON</source>
        <translation>um registo com mais de {size} MiB de JSON</translation>
    </message>
    <message>
        <source>its records are truncated</source>
        <translation>os seus registos estão truncados</translation>
    </message>
    <message>
        <source>a record is not a JSON object</source>
        <translation>um registo não é um objeto JSON</translation>
    </message>
    <message>
        <source>a record has no valid id</source>
        <translation>um registo não tem um id válido</translation>
    </message>
    <message>
        <source>its records are truncated or not valid JSON</source>
        <translation>os seus registos estão truncados ou não são JSON válido</translation>
    </message>
    <message>
        <source>record {record_id} appears twice</source>
        <translation>o registo {record_id} aparece duas vezes</translation>
    </message>
    <message>
        <source>a record is not valid JSON: {error}</source>
        <translation>um registo não é JSON válido: {error}</translation>
    </message>
    <message>
        <source>its records are not valid JSON</source>
        <translation>os seus registos não são JSON válido</translation>
    </message>
    <message>
        <source>a record is nested too deeply</source>
        <translation>um registo está aninhado demasiado fundo</translation>
    </message>
    <message>
        <source>a member&apos;s size is not a number</source>
        <translation>o tamanho de um elemento não é um número</translation>
    </message>
    <message>
        <source>a member header is damaged</source>
        <translation>o cabeçalho de um elemento está danificado</translation>
    </message>
    <message>
        <source>it contains a link, a folder or another special entry</source>
        <translation>contém uma ligação, uma pasta ou outra entrada especial</translation>
    </message>
    <message>
        <source>a member name is too long</source>
        <translation>o nome de um elemento é demasiado longo</translation>
    </message>
    <message>
        <source>a member name is not plain ASCII</source>
        <translation>o nome de um elemento não é ASCII simples</translation>
    </message>
    <message>
        <source>a member header is missing</source>
        <translation>falta o cabeçalho de um elemento</translation>
    </message>
    <message>
        <source>there is data after its end</source>
        <translation>há dados depois do seu fim</translation>
    </message>
    <message>
        <source>a member&apos;s padding is not empty</source>
        <translation>o preenchimento de um elemento não está vazio</translation>
    </message>
    <message>
        <source>The message has no readable date.</source>
        <translation>A mensagem não tem uma data legível.</translation>
    </message>
    <message>
        <source>The message&apos;s date has no time zone; it is taken as UTC.</source>
        <translation>A data da mensagem não tem fuso horário; é considerada em UTC.</translation>
    </message>
    <message>
        <source>The message has no date; the date it was received is used.</source>
        <translation>A mensagem não tem data; é usada a data em que foi recebida.</translation>
    </message>
    <message>
        <source>The message is encrypted; its text is only in the original file.</source>
        <translation>A mensagem está cifrada; o seu texto só está no ficheiro original.</translation>
    </message>
    <message>
        <source>The message&apos;s text is very long; the rest is in the original file.</source>
        <translation>O texto da mensagem é muito longo; o resto está no ficheiro original.</translation>
    </message>
    <message>
        <source>An Outlook winmail.dat part could not be unpacked; it is kept as it came.</source>
        <translation>Não foi possível desempacotar uma parte winmail.dat do Outlook; é mantida tal como chegou.</translation>
    </message>
    <message>
        <source>The message&apos;s text is kept only in Outlook&apos;s RTF form; it is in the original file.</source>
        <translation>O texto da mensagem só existe no formato RTF do Outlook; está no ficheiro original.</translation>
    </message>
    <message>
        <source>An attached Outlook item is kept only in the original file.</source>
        <translation>Um item do Outlook anexado só é mantido no ficheiro original.</translation>
    </message>
    <message>
        <source>it holds {name}, which is not a JSON number</source>
        <translation>contém {name}, que não é um número JSON</translation>
    </message>
    <message>
        <source>it is larger than allowed</source>
        <translation>é maior do que o permitido</translation>
    </message>
    <message>
        <source>it starts with a byte-order mark</source>
        <translation>começa com uma marca de ordem de bytes</translation>
    </message>
    <message>
        <source>it holds more values than allowed</source>
        <translation>contém mais valores do que o permitido</translation>
    </message>
    <message>
        <source>it holds a number out of range</source>
        <translation>contém um número fora do intervalo</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>está aninhado demasiado fundo</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>não é JSON válido</translation>
    </message>
    <message>
        <source>an object has the same key twice</source>
        <translation>um objeto tem a mesma chave duas vezes</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>não é texto UTF-8</translation>
    </message>
    <message>
        <source>it holds text with a lone surrogate</source>
        <translation>contém texto com um substituto isolado</translation>
    </message>
    <message>
        <source>{file} was set aside, not applied: {reason}</source>
        <translation>{file} foi posto de parte, não aplicado: {reason}</translation>
    </message>
    <message>
        <source>it holds no team document</source>
        <translation>não contém nenhum documento da equipa</translation>
    </message>
    <message>
        <source>its signed device or number is not the one its name says</source>
        <translation>o dispositivo ou o número assinados não são os que o seu nome indica</translation>
    </message>
    <message>
        <source>it is not a changeset</source>
        <translation>não é um conjunto de alterações</translation>
    </message>
    <message>
        <source>waiting for the new snapshot it makes for this device (this vault was restored from a backup)</source>
        <translation>à espera do novo instantâneo que faz para este dispositivo (este cofre foi restaurado a partir de uma cópia de segurança)</translation>
    </message>
    <message>
        <source>waiting for the snapshot it makes for this device</source>
        <translation>à espera do instantâneo que faz para este dispositivo</translation>
    </message>
    <message>
        <source>it was made for another device</source>
        <translation>foi feito para outro dispositivo</translation>
    </message>
    <message>
        <source>waiting for its changeset {number} (later ones are already here)</source>
        <translation>à espera do seu conjunto de alterações {number} (os seguintes já estão aqui)</translation>
    </message>
    <message>
        <source>its changeset {number} is not addressed to this device: waiting for a snapshot (is this device still a member there?)</source>
        <translation>o seu conjunto de alterações {number} não está endereçado a este dispositivo: à espera de um instantâneo (este dispositivo ainda é membro lá?)</translation>
    </message>
    <message>
        <source>it is not a team changeset</source>
        <translation>não é um conjunto de alterações da equipa</translation>
    </message>
    <message>
        <source>it was made by a newer version of npmdesk</source>
        <translation>foi feito por uma versão mais recente do npmdesk</translation>
    </message>
    <message>
        <source>its device is malformed</source>
        <translation>o seu dispositivo está mal formado</translation>
    </message>
    <message>
        <source>its sequence number is malformed</source>
        <translation>o seu número de sequência está mal formado</translation>
    </message>
    <message>
        <source>its snapshot is for a malformed device</source>
        <translation>o seu instantâneo é para um dispositivo mal formado</translation>
    </message>
    <message>
        <source>its lists are malformed</source>
        <translation>as suas listas estão mal formadas</translation>
    </message>
    <message>
        <source>a restored or conflicting record is malformed</source>
        <translation>um registo restaurado ou em conflito está mal formado</translation>
    </message>
    <message>
        <source>a removed attachment is malformed</source>
        <translation>um anexo removido está mal formado</translation>
    </message>
    <message>
        <source>a deleted record is malformed</source>
        <translation>um registo eliminado está mal formado</translation>
    </message>
    <message>
        <source>its team document is not valid JSON</source>
        <translation>o seu documento da equipa não é JSON válido</translation>
    </message>
    <message>
        <source>its team document is too large</source>
        <translation>o seu documento da equipa é demasiado grande</translation>
    </message>
    <message>
        <source>it has not written to the team folder yet</source>
        <translation>ainda não escreveu na pasta da equipa</translation>
    </message>
    <message>
        <source>HMAC verification failed for page {page}</source>
        <translation>a verificação HMAC falhou na página {page}</translation>
    </message>
    <message>
        <source>page {page} has an invalid size of {size} bytes (expected {expected} bytes)</source>
        <translation>a página {page} tem um tamanho inválido de {size} bytes (esperados {expected} bytes)</translation>
    </message>
    <message>
        <source>*** in database {name} ***</source>
        <translation>*** na base de dados {name} ***</translation>
    </message>
    <message>
        <source>Page {page}: never used</source>
        <translation>Página {page}: nunca usada</translation>
    </message>
    <message>
        <source>row {row} missing from index {index}</source>
        <translation>falta a linha {row} no índice {index}</translation>
    </message>
    <message>
        <source>wrong # of entries in index {index}</source>
        <translation>número de entradas errado no índice {index}</translation>
    </message>
    <message>
        <source>cipher check stopped: {error}</source>
        <translation>a verificação da cifra parou: {error}</translation>
    </message>
    <message>
        <source>integrity check stopped: {error}</source>
        <translation>a verificação de integridade parou: {error}</translation>
    </message>
    <message>
        <source>the database file is damaged</source>
        <translation>o ficheiro da base de dados está danificado</translation>
    </message>
    <message>
        <source>the file is not a database npmdesk can read</source>
        <translation>o ficheiro não é uma base de dados que o npmdesk consiga ler</translation>
    </message>
    <message>
        <source>This package was refused: its contact {record_id} carries a malformed signing key or age recipient. Nothing was changed.</source>
        <translation>Este pacote foi recusado: o seu contacto {record_id} tem uma chave de assinatura ou um destinatário age mal formados. Nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: the %n record(s) chosen are all left out, because consent to their transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Nada foi escrito: o registo escolhido (%n) fica de fora, porque o consentimento para a sua transmissão ao SPT foi recusado.</numerusform>
            <numerusform>Nada foi escrito: os %n registos escolhidos ficam todos de fora, porque o consentimento para a sua transmissão ao SPT foi recusado.</numerusform>
        </translation>
    </message>
    <message>
        <source>This package was refused: its record {record_id} has the id of a different kind of record in your vault (a package cannot turn one kind of record into another). Nothing was changed.</source>
        <translation>Este pacote foi recusado: o seu registo {record_id} tem o id de um registo de outro tipo no seu cofre (um pacote não pode transformar um tipo de registo noutro). Nada foi alterado.</translation>
    </message>
    <message>
        <source>unexpected or missing keys ({keys}).</source>
        <translation>chaves inesperadas ou em falta ({keys}).</translation>
    </message>
    <message>
        <source>its version is not a positive whole number.</source>
        <translation>a sua versão não é um número inteiro positivo.</translation>
    </message>
    <message>
        <source>fields is not an object.</source>
        <translation>fields não é um objeto.</translation>
    </message>
    <message>
        <source>consents are malformed.</source>
        <translation>os consentimentos estão mal formados.</translation>
    </message>
    <message>
        <source>a link is malformed.</source>
        <translation>uma ligação está mal formada.</translation>
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
        <translation>attachments não é uma lista.</translation>
    </message>
    <message>
        <source>pseudonyms are malformed.</source>
        <translation>os pseudónimos estão mal formados.</translation>
    </message>
    <message>
        <source>an OPCAT article is malformed.</source>
        <translation>um artigo do OPCAT está mal formado.</translation>
    </message>
    <message>
        <source>an attachment is malformed.</source>
        <translation>um anexo está mal formado.</translation>
    </message>
    <message>
        <source>an attachment id is not valid.</source>
        <translation>o id de um anexo não é válido.</translation>
    </message>
    <message>
        <source>an attachment name is not valid.</source>
        <translation>o nome de um anexo não é válido.</translation>
    </message>
    <message>
        <source>an attachment type is not valid.</source>
        <translation>o tipo de um anexo não é válido.</translation>
    </message>
    <message>
        <source>an attachment size is not valid.</source>
        <translation>o tamanho de um anexo não é válido.</translation>
    </message>
    <message>
        <source>an attachment hash is not valid.</source>
        <translation>o hash de um anexo não é válido.</translation>
    </message>
    <message>
        <source>an attachment path is not valid.</source>
        <translation>o caminho de um anexo não é válido.</translation>
    </message>
    <message>
        <source>{key} is not a real date and time.</source>
        <translation>{key} não é uma data e hora reais.</translation>
    </message>
    <message>
        <source>{key} is not a name.</source>
        <translation>{key} não é um nome.</translation>
    </message>
    <message>
        <source>{key} is not a list.</source>
        <translation>{key} não é uma lista.</translation>
    </message>
    <message>
        <source>its content does not match its hash.</source>
        <translation>o seu conteúdo não corresponde ao seu hash.</translation>
    </message>
    <message>
        <source>a contact&apos;s verification cannot be imported.</source>
        <translation>a verificação de um contacto não pode ser importada.</translation>
    </message>
    <message>
        <source>a value has the wrong type.</source>
        <translation>um valor tem o tipo errado.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: give your key file with -i.</source>
        <translation>Este ficheiro está cifrado para chaves age, não com uma frase-passe: indique o seu ficheiro de chave com -i.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: run without -i to be asked for it.</source>
        <translation>Este ficheiro está protegido por uma frase-passe, não por uma chave: execute sem -i para que lhe seja pedida.</translation>
    </message>
    <message>
        <source>The protected key file is too large to be a key file.</source>
        <translation>O ficheiro de chave protegido é demasiado grande para ser um ficheiro de chave.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo correu mal.</translation>
    </message>
    <message>
        <source>This age file cannot be processed.</source>
        <translation>Este ficheiro age não pode ser processado.</translation>
    </message>
    <message>
        <source>This is not a valid age file or its header is damaged.</source>
        <translation>Não é um ficheiro age válido ou o seu cabeçalho está danificado.</translation>
    </message>
    <message>
        <source>This file&apos;s passphrase protection asks for more work and memory than npmdesk allows on this computer (its scrypt work factor needs more than 1 GiB, or more than a quarter of this computer&apos;s memory), so it was not opened.</source>
        <translation>A proteção por frase-passe deste ficheiro pede mais trabalho e memória do que o npmdesk permite neste computador (o seu fator de trabalho scrypt precisa de mais de 1 GiB, ou de mais de um quarto da memória deste computador), por isso não foi aberto.</translation>
    </message>
    <message>
        <source>The age file&apos;s header does not match its key: the file was tampered with or damaged.</source>
        <translation>O cabeçalho do ficheiro age não corresponde à sua chave: o ficheiro foi adulterado ou danificado.</translation>
    </message>
    <message>
        <source>This file is not encrypted to any of your keys.</source>
        <translation>Este ficheiro não está cifrado para nenhuma das suas chaves.</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not open this file.</source>
        <translation>Frase-passe errada: não abre este ficheiro.</translation>
    </message>
    <message>
        <source>This file is protected by a passphrase, not by a key: open it with its passphrase.</source>
        <translation>Este ficheiro está protegido por uma frase-passe, não por uma chave: abra-o com a sua frase-passe.</translation>
    </message>
    <message>
        <source>This file is encrypted to age keys, not with a passphrase: open it with your key file.</source>
        <translation>Este ficheiro está cifrado para chaves age, não com uma frase-passe: abra-o com o seu ficheiro de chave.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with; nothing was kept.</source>
        <translation>O conteúdo cifrado está danificado ou foi adulterado; nada foi guardado.</translation>
    </message>
    <message>
        <source>The encrypted content is damaged or was tampered with: the output written so far is incomplete and must not be trusted.</source>
        <translation>O conteúdo cifrado está danificado ou foi adulterado: a saída escrita até agora está incompleta e não é de confiança.</translation>
    </message>
    <message>
        <source>This armored age file (-----BEGIN AGE ENCRYPTED FILE-----) is damaged or not in the strict armor format.</source>
        <translation>Este ficheiro age blindado (-----BEGIN AGE ENCRYPTED FILE-----) está danificado ou não está no formato de blindagem estrito.</translation>
    </message>
    <message>
        <source>This is not a valid age recipient: it must be an age public key (age1…).</source>
        <translation>Não é um destinatário age válido: tem de ser uma chave pública age (age1…).</translation>
    </message>
    <message>
        <source>The recipients file holds no age recipient (age1…).</source>
        <translation>O ficheiro de destinatários não contém nenhum destinatário age (age1…).</translation>
    </message>
    <message>
        <source>This kind of recipient is not supported: npmdesk encrypts to X25519 age public keys (age1…) only, not to post-quantum, plugin or SSH keys.</source>
        <translation>Este tipo de destinatário não é suportado: o npmdesk cifra apenas para chaves públicas age X25519 (age1…), não para chaves pós-quânticas, de plugin ou SSH.</translation>
    </message>
    <message>
        <source>This is not a valid age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>Não é uma chave secreta age válida (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>The key file holds no age secret key (AGE-SECRET-KEY-1…).</source>
        <translation>O ficheiro de chave não contém nenhuma chave secreta age (AGE-SECRET-KEY-1…).</translation>
    </message>
    <message>
        <source>This kind of secret key is not supported: npmdesk reads X25519 age secret keys (AGE-SECRET-KEY-1…) only, not post-quantum, plugin or SSH keys.</source>
        <translation>Este tipo de chave secreta não é suportado: o npmdesk lê apenas chaves secretas age X25519 (AGE-SECRET-KEY-1…), não chaves pós-quânticas, de plugin ou SSH.</translation>
    </message>
    <message>
        <source>The key file {path} is not a text file.</source>
        <translation>O ficheiro de chave {path} não é um ficheiro de texto.</translation>
    </message>
    <message>
        <source>{path} already exists: choose another file name.</source>
        <translation>{path} já existe: escolha outro nome de ficheiro.</translation>
    </message>
    <message>
        <source>the system refused it ({code})</source>
        <translation>o sistema recusou ({code})</translation>
    </message>
    <message>
        <source>the file or folder is not there (was the drive unplugged or the folder moved?)</source>
        <translation>o ficheiro ou a pasta não existe (a unidade foi desligada ou a pasta foi movida?)</translation>
    </message>
    <message>
        <source>a part of the path is a file, not a folder</source>
        <translation>uma parte do caminho é um ficheiro, não uma pasta</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>é uma pasta, não um ficheiro</translation>
    </message>
    <message>
        <source>a file of that name is already there</source>
        <translation>já existe um ficheiro com esse nome</translation>
    </message>
    <message>
        <source>the file name or path is too long</source>
        <translation>o nome do ficheiro ou o caminho é demasiado longo</translation>
    </message>
    <message>
        <source>the file is in use by another program</source>
        <translation>o ficheiro está a ser usado por outro programa</translation>
    </message>
    <message>
        <source>the drive could not be read or written (is it still connected?)</source>
        <translation>não foi possível ler ou escrever na unidade (ainda está ligada?)</translation>
    </message>
    <message>
        <source>the name is not allowed on this drive</source>
        <translation>esse nome não é permitido nesta unidade</translation>
    </message>
    <message>
        <source>This vault already holds the demo data of seed {seed}: choose another seed. Nothing was added.</source>
        <translation>Este cofre já contém os dados de demonstração da semente {seed}: escolha outra semente. Nada foi adicionado.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: este campo tem de conter texto.</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}: este campo é obrigatório.</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>{field}: este texto é demasiado longo.</translation>
    </message>
    <message>
        <source>{field} contains a NUL character.</source>
        <translation>{field}: este campo contém um carácter NUL.</translation>
    </message>
    <message>
        <source>Unknown kind of record: {kind}.</source>
        <translation>Tipo de registo desconhecido: {kind}.</translation>
    </message>
    <message>
        <source>Status must be one of: {choices}.</source>
        <translation>O estado tem de ser um de: {choices}.</translation>
    </message>
    <message>
        <source>Sensitivity must be one of: {choices}.</source>
        <translation>A sensibilidade tem de ser uma de: {choices}.</translation>
    </message>
    <message>
        <source>Consent must be one of: {choices}.</source>
        <translation>O consentimento tem de ser um de: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field}: o valor tem de ser um de: {choices}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number.</source>
        <translation>{field}: o valor tem de ser um número inteiro.</translation>
    </message>
    <message>
        <source>{field} must be a number.</source>
        <translation>{field}: o valor tem de ser um número.</translation>
    </message>
    <message>
        <source>{field} is yes or no.</source>
        <translation>{field}: sim ou não.</translation>
    </message>
    <message>
        <source>{field} must be a list.</source>
        <translation>{field}: o valor tem de ser uma lista.</translation>
    </message>
    <message>
        <source>{field} must list records of this vault.</source>
        <translation>{field}: a lista tem de indicar registos deste cofre.</translation>
    </message>
    <message>
        <source>{field} must be among: {choices}.</source>
        <translation>{field}: cada valor tem de estar entre: {choices}.</translation>
    </message>
    <message>
        <source>A record of kind “{kind}” has no field {name}.</source>
        <translation>Um registo do tipo «{kind}» não tem o campo {name}.</translation>
    </message>
    <message>
        <source>{file} (Thunderbird)</source>
        <translation>{file} (Thunderbird)</translation>
    </message>
    <message>
        <source>{file}, message {number}</source>
        <translation>{file}, mensagem {number}</translation>
    </message>
    <message>
        <source>The integrity check found a problem npmdesk cannot describe in words (detail for support: {detail}).</source>
        <translation>A verificação de integridade encontrou um problema que o npmdesk não consegue descrever (detalhe para o suporte: {detail}).</translation>
    </message>
    <message>
        <source>an error npmdesk cannot describe in words (detail for support: {detail})</source>
        <translation>um erro que o npmdesk não consegue descrever (detalhe para o suporte: {detail})</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>An attachment changed while the backup was being written (it was removed, or its file in the vault is missing or damaged), so no backup was written. Try again; if this happens again, check the vault (npmdesk check).</source>
        <translation>Um anexo mudou enquanto a cópia de segurança era escrita (foi removido, ou o seu ficheiro no cofre falta ou está danificado), por isso nenhuma cópia foi escrita. Tente de novo; se voltar a acontecer, verifique o cofre (npmdesk check).</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is missing</source>
        <translation>anexo {attachment} do registo {record}: o seu ficheiro falta</translation>
    </message>
    <message>
        <source>attachment {attachment} of record {record}: its file is damaged (altered, cut short or replaced)</source>
        <translation>anexo {attachment} do registo {record}: o seu ficheiro está danificado (alterado, cortado ou substituído)</translation>
    </message>
    <message>
        <source>No backup was written: attachment {attachment} of record {record} is damaged in the vault (its file is missing, cut short or altered), so it can no longer be opened. Remove that attachment from the record (attach the document again if you still have it), then back up again; npmdesk check lists every damaged attachment.</source>
        <translation>Nenhuma cópia de segurança foi escrita: o anexo {attachment} do registo {record} está danificado no cofre (o seu ficheiro falta, está cortado ou foi alterado) e já não pode ser aberto. Remova esse anexo do registo (anexe de novo o documento se ainda o tiver) e volte a fazer a cópia de segurança; npmdesk check lista todos os anexos danificados.</translation>
    </message>
</context>
<context>
    <name>OwnAddressesSetting</name>
    <message>
        <source>Your organisation&apos;s email addresses: write whole addresses such as info@npm.example.org, separated by commas. Nothing was saved.</source>
        <translation>Endereços de e-mail da sua organização: escreva endereços completos, como info@npm.example.org, separados por vírgulas. Nada foi guardado.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s email addresses</source>
        <translation>Endereços de e-mail da sua organização</translation>
    </message>
    <message>
        <source>info@npm.example.org, visits@npm.example.org</source>
        <translation>info@npm.example.org, visitas@npm.example.org</translation>
    </message>
    <message>
        <source>&amp;Email addresses:</source>
        <translation>&amp;Endereços de e-mail:</translation>
    </message>
    <message>
        <source>Your organisation&apos;s addresses, separated by commas: imported email from them counts as sent, the rest as received. Kept in the vault.</source>
        <translation>Endereços da sua organização, separados por vírgulas: o e-mail importado que vem deles conta como enviado e o restante como recebido. Guardados no cofre.</translation>
    </message>
</context>
<context>
    <name>PackagePassphraseDialog</name>
    <message>
        <source>Package passphrase</source>
        <translation>Frase secreta do pacote</translation>
    </message>
    <message>
        <source>This package was encrypted with a passphrase. Type the passphrase the sender gave you (by phone, for example).</source>
        <translation>Este pacote foi cifrado com uma frase secreta. Escreva a frase secreta que o remetente lhe deu (por telefone, por exemplo).</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Frase s&amp;ecreta:</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema com a frase secreta</translation>
    </message>
    <message>
        <source>&amp;Open the package</source>
        <translation>&amp;Abrir o pacote</translation>
    </message>
    <message>
        <source>Open the package with this passphrase</source>
        <translation>Abrir o pacote com esta frase secreta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Type the package&apos;s passphrase.</source>
        <translation>Escreva a frase secreta do pacote.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short</source>
        <translation>Demasiado curta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Strength: {0}</source>
        <translation>Robustez: {0}</translation>
    </message>
</context>
<context>
    <name>PendingFiles</name>
    <message>
        <source>Files to attach</source>
        <translation>Ficheiros a anexar</translation>
    </message>
    <message>
        <source>Files to attach when the record is saved</source>
        <translation>Ficheiros a anexar quando o registo for guardado</translation>
    </message>
    <message>
        <source>Attac&amp;h files…</source>
        <translation>A&amp;nexar ficheiros…</translation>
    </message>
    <message>
        <source>Attach files to this record</source>
        <translation>Anexar ficheiros a este registo</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Retirar da lista</translation>
    </message>
    <message>
        <source>Do not attach the chosen file</source>
        <translation>Não anexar o ficheiro escolhido</translation>
    </message>
    <message>
        <source>Files to attach: status</source>
        <translation>Ficheiros a anexar: estado</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>this record</source>
        <translation>este registo</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be attached when you save.</source>
        <translation>
            <numerusform>%n ficheiro será anexado quando guardar.</numerusform>
            <numerusform>%n ficheiros serão anexados quando guardar.</numerusform>
        </translation>
    </message>
    <message>
        <source>“{name}” will not be attached.</source>
        <translation>“{name}” não será anexado.</translation>
    </message>
    <message>
        <source>No files yet. Attach files, or drop them on this form.</source>
        <translation>Ainda sem ficheiros. Anexe ficheiros, ou largue-os sobre este formulário.</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>not recorded</source>
        <translation>não registado</translation>
    </message>
    <message>
        <source>People and consent</source>
        <translation>Pessoas e consentimento</translation>
    </message>
    <message>
        <source>People named in this record and their consent</source>
        <translation>Pessoas mencionadas neste registo e o seu consentimento</translation>
    </message>
    <message>
        <source>People and their consent per purpose</source>
        <translation>Pessoas e o seu consentimento por finalidade</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Pessoa</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <source>No one is named yet. Add each person the record is about: their consent is then recorded per purpose, and an alias replaces their name outside the vault.</source>
        <translation>Ainda ninguém foi indicado. Adicione cada pessoa de que o registo trata: o consentimento é então registado por finalidade, e um pseudónimo substitui o nome fora do cofre.</translation>
    </message>
    <message>
        <source>Add pers&amp;on…</source>
        <translation>Adicionar &amp;pessoa…</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>Edit person…</source>
        <translation>Editar pessoa…</translation>
    </message>
    <message>
        <source>Edit the selected person and their consent</source>
        <translation>Editar a pessoa selecionada e o seu consentimento</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remover pessoa</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Remover a pessoa selecionada</translation>
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
        <translation>{purpose}: consentimento</translation>
    </message>
    <message>
        <source>{purpose}: date</source>
        <translation>{purpose}: data</translation>
    </message>
    <message>
        <source>{purpose}: how it was obtained</source>
        <translation>{purpose}: como foi obtido</translation>
    </message>
    <message>
        <source>{purpose}: withdrawn on</source>
        <translation>{purpose}: retirado em</translation>
    </message>
    <message>
        <source>{purpose}: given by (parent, guardian or legal representative)</source>
        <translation>{purpose}: dado por (pai ou mãe, tutor ou representante legal)</translation>
    </message>
    <message>
        <source>{purpose}: obtained by</source>
        <translation>{purpose}: obtido por</translation>
    </message>
    <message>
        <source>Person and consent</source>
        <translation>Pessoa e consentimento</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nova pessoa</translation>
    </message>
    <message>
        <source>Real name (kept in this vault only)</source>
        <translation>Nome real (guardado só neste cofre)</translation>
    </message>
    <message>
        <source>Alias (the pseudonym used outside the vault)</source>
        <translation>Pseudónimo (usado fora do cofre)</translation>
    </message>
    <message>
        <source>Real &amp;name:</source>
        <translation>&amp;Nome real:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Pseudónimo:</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Criança</translation>
    </message>
    <message>
        <source>The person is a child</source>
        <translation>A pessoa é uma criança</translation>
    </message>
    <message>
        <source>&amp;Lacks capacity to consent</source>
        <translation>Sem capacidade para &amp;consentir</translation>
    </message>
    <message>
        <source>The person lacks capacity to consent</source>
        <translation>A pessoa não tem capacidade para consentir</translation>
    </message>
    <message>
        <source>Who gives consent</source>
        <translation>Quem dá o consentimento</translation>
    </message>
    <message>
        <source>Consent per purpose</source>
        <translation>Consentimento por finalidade</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>Retirado em</translation>
    </message>
    <message>
        <source>Why the person was not kept</source>
        <translation>Porque é que a pessoa não foi mantida</translation>
    </message>
    <message>
        <source>Keep this person</source>
        <translation>Manter esta pessoa</translation>
    </message>
    <message>
        <source>Close without keeping</source>
        <translation>Fechar sem manter</translation>
    </message>
    <message>
        <source>Not known in this vault (received under an alias)</source>
        <translation>Desconhecido neste cofre (recebido sob pseudónimo)</translation>
    </message>
    <message>
        <source>Given by (parent, guardian or legal representative)</source>
        <translation>Dado por (pai ou mãe, tutor ou representante legal)</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtido por</translation>
    </message>
    <message>
        <source>Consent for this person comes from a parent, guardian or legal representative: record who gave it.</source>
        <translation>O consentimento desta pessoa vem de um dos pais, de um tutor ou de um representante legal: registe quem o deu.</translation>
    </message>
    <message>
        <source>Consent comes from the person themselves.</source>
        <translation>O consentimento vem da própria pessoa.</translation>
    </message>
    <message>
        <source>Write the person&apos;s real name (it stays in this vault).</source>
        <translation>Escreva o nome real da pessoa (fica neste cofre).</translation>
    </message>
    <message>
        <source>Give the person an alias: it replaces the real name outside the vault.</source>
        <translation>Dê um pseudónimo à pessoa: substitui o nome real fora do cofre.</translation>
    </message>
    <message>
        <source>This person is already listed.</source>
        <translation>Esta pessoa já está na lista.</translation>
    </message>
    <message>
        <source>Another person has this alias: choose another.</source>
        <translation>Outra pessoa tem este pseudónimo: escolha outro.</translation>
    </message>
    <message>
        <source>The alias must differ from the real name.</source>
        <translation>O pseudónimo tem de ser diferente do nome real.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD, for example 2026-11-29.</source>
        <translation>As datas escrevem-se AAAA-MM-DD, por exemplo 2026-11-29.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>New person…</source>
        <translation>Nova pessoa…</translation>
    </message>
    <message>
        <source>Add a person to this record and choose their alias</source>
        <translation>Adicionar uma pessoa a este registo e escolher o seu pseudónimo</translation>
    </message>
    <message>
        <source>Consent to report</source>
        <translation>Consentimento para comunicar</translation>
    </message>
    <message>
        <source>Choose the person to see their consent to report.</source>
        <translation>Escolha a pessoa para ver o seu consentimento para comunicar.</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose}: {state}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registado</translation>
    </message>
    <message>
        <source>Consent to report — {states}</source>
        <translation>Consentimento para comunicar — {states}</translation>
    </message>
</context>
<context>
    <name>ProtectedPdf</name>
    <message>
        <source>Password-protected PD&amp;F (for recipients with only a PDF reader)</source>
        <translation>PD&amp;F protegido por senha (para destinatários que só têm um leitor de PDF)</translation>
    </message>
    <message>
        <source>A PDF of the records, locked with a long password that npmdesk makes and shows you once. Give the password by phone.</source>
        <translation>Um PDF dos registos, bloqueado com uma senha longa que o npmdesk cria e lhe mostra uma única vez. Comunique a senha por telefone.</translation>
    </message>
    <message>
        <source>Save the password-protected PDF</source>
        <translation>Guardar o PDF protegido por senha</translation>
    </message>
    <message>
        <source>PDF documents (*{suffix})</source>
        <translation>Documentos PDF (*{suffix})</translation>
    </message>
    <message>
        <source>Exported {records} records to {path} ({size}), as a PDF locked with a password (AES-256).</source>
        <translation>{records} registos exportados para {path} ({size}), como PDF bloqueado com senha (AES-256).</translation>
    </message>
    <message>
        <source>Making the password-protected PDF…</source>
        <translation>A criar o PDF protegido por senha…</translation>
    </message>
    <message>
        <source>The PDF&apos;s password</source>
        <translation>A senha do PDF</translation>
    </message>
    <message>
        <source>The PDF opens with this password. Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>O PDF abre-se com esta senha. Dê-a ao destinatário por telefone, nunca no mesmo e-mail que o PDF.</translation>
    </message>
    <message>
        <source>It will not be shown again: npmdesk does not keep it.</source>
        <translation>Não voltará a ser mostrada: o npmdesk não a guarda.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar a senha</translation>
    </message>
    <message>
        <source>I have &amp;noted it</source>
        <translation>Já a &amp;anotei</translation>
    </message>
    <message>
        <source>I have noted the password</source>
        <translation>Anotei a senha</translation>
    </message>
</context>
<context>
    <name>RecommendationTable</name>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Parágrafo</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Destinatário</translation>
    </message>
    <message>
        <source>NPM&apos;s assessment</source>
        <translation>Avaliação do MNP</translation>
    </message>
    <message>
        <source>State reports</source>
        <translation>O Estado indica</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation>(sem relatório)</translation>
    </message>
</context>
<context>
    <name>RecommendationsTracker</name>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Colunas: escolha uma para ordenar por ela</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>Todos os relatórios</translation>
    </message>
    <message>
        <source>Without a report</source>
        <translation>Sem relatório</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer um</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualquer situação</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Não indicado</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Qualquer prioridade</translation>
    </message>
    <message>
        <source>No priority given</source>
        <translation>Sem prioridade indicada</translation>
    </message>
    <message>
        <source>Any authority</source>
        <translation>Qualquer autoridade</translation>
    </message>
    <message>
        <source>None named</source>
        <translation>Nenhuma indicada</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) shown.</source>
        <translation>
            <numerusform>%n recomendação mostrada.</numerusform>
            <numerusform>%n recomendações mostradas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsTrackerForm</name>
    <message>
        <source>Recommendations tracker</source>
        <translation>Seguimento das recomendações</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>Re&amp;latório:</translation>
    </message>
    <message>
        <source>Show the recommendations of this report</source>
        <translation>Mostrar as recomendações deste relatório</translation>
    </message>
    <message>
        <source>A&amp;ddressee:</source>
        <translation>&amp;Destinatário:</translation>
    </message>
    <message>
        <source>Show the recommendations to this addressee</source>
        <translation>Mostrar as recomendações a este destinatário</translation>
    </message>
    <message>
        <source>NPM&apos;s assessmen&amp;t:</source>
        <translation>&amp;Avaliação do MNP:</translation>
    </message>
    <message>
        <source>Show the recommendations the NPM assesses at this status</source>
        <translation>Mostrar as recomendações que o MNP avalia com esta situação</translation>
    </message>
    <message>
        <source>State&apos;s stat&amp;us:</source>
        <translation>Situação indicada pelo Es&amp;tado:</translation>
    </message>
    <message>
        <source>Show the recommendations the State reports at this status</source>
        <translation>Mostrar as recomendações que o Estado indica com esta situação</translation>
    </message>
    <message>
        <source>Pr&amp;iority:</source>
        <translation>&amp;Prioridade:</translation>
    </message>
    <message>
        <source>Show the recommendations of this priority or timeframe</source>
        <translation>Mostrar as recomendações com esta prioridade ou prazo</translation>
    </message>
    <message>
        <source>Responsi&amp;ble:</source>
        <translation>Re&amp;sponsável:</translation>
    </message>
    <message>
        <source>Show the recommendations for this responsible authority</source>
        <translation>Mostrar as recomendações desta autoridade responsável</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Implementation status</source>
        <translation>Situação da implementação</translation>
    </message>
    <message>
        <source>Implementation status in words</source>
        <translation>Situação da implementação por extenso</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>A new record of the list&apos;s kind</source>
        <translation>Um novo registo do tipo da lista</translation>
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
        <translation>Alterar o registo selecionado</translation>
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
        <translation>Responder à comunicação selecionada</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>&amp;Dar seguimento…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Add to the selected communication&apos;s thread</source>
        <translation>Acrescentar à conversa da comunicação selecionada</translation>
    </message>
    <message>
        <source>Move to &amp;bin</source>
        <translation>Mover para o &amp;lixo</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Move the selected record to the bin</source>
        <translation>Mover o registo selecionado para o lixo</translation>
    </message>
    <message>
        <source>Re&amp;store from the bin</source>
        <translation>Re&amp;por do lixo</translation>
    </message>
    <message>
        <source>Take the selected record out of the bin</source>
        <translation>Tirar o registo selecionado do lixo</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registo</translation>
    </message>
    <message>
        <source>New of &amp;kind</source>
        <translation>Novo do &amp;tipo</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Novo registo</translation>
    </message>
    <message>
        <source>Edit the selected record</source>
        <translation>Editar o registo selecionado</translation>
    </message>
    <message>
        <source>Reply to the selected communication</source>
        <translation>Responder à comunicação selecionada</translation>
    </message>
    <message>
        <source>&amp;New {kind}…</source>
        <translation>&amp;Novo: {kind}…</translation>
    </message>
</context>
<context>
    <name>RecordDetailForm</name>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Sensitivity marking</source>
        <translation>Marca de sensibilidade</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>Versões anteriores deste registo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Dados do registo</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Texto do registo</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anexos:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>“{item}” is not an OPCAT reference: write an article from 1 to 37 with its sub-paragraphs, for example 11(1)(b)(ii) or 19(b).</source>
        <translation>“{item}” não é uma referência do OPCAT: escreva um artigo de 1 a 37 com as suas alíneas, por exemplo 11(1)(b)(ii) ou 19(b).</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Descartar as alterações?</translation>
    </message>
    <message>
        <source>Throw away what you typed in this form?</source>
        <translation>Deitar fora o que escreveu neste formulário?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuar a editar</translation>
    </message>
    <message>
        <source>Discard the changes and close the form</source>
        <translation>Descartar as alterações e fechar o formulário</translation>
    </message>
    <message>
        <source>Go back to the form</source>
        <translation>Voltar ao formulário</translation>
    </message>
    <message>
        <source>People and consent problem</source>
        <translation>Pessoas e consentimento: problema</translation>
    </message>
    <message>
        <source>&amp;{label} *:</source>
        <translation>&amp;{label} *:</translation>
    </message>
    <message>
        <source>Recorded per person and purpose under People and consent</source>
        <translation>Registado por pessoa e finalidade em Pessoas e consentimento</translation>
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
        <translation>(um registo que não está neste cofre)</translation>
    </message>
    <message>
        <source>{kind}: details</source>
        <translation>{kind}: dados</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Um por linha</translation>
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
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>Draft status</source>
        <translation>Estado do rascunho</translation>
    </message>
    <message>
        <source>Hi&amp;story…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Earlier versions of this record</source>
        <translation>Versões anteriores deste registo</translation>
    </message>
    <message>
        <source>Record form</source>
        <translation>Formulário do registo</translation>
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
        <translation>Obrigatório</translation>
    </message>
    <message>
        <source>Title problem</source>
        <translation>Título: problema</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Date problem</source>
        <translation>Data: problema</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Situ&amp;ação:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Status problem</source>
        <translation>Situação: problema</translation>
    </message>
    <message>
        <source>&amp;Counterpart:</source>
        <translation>&amp;Interlocutor:</translation>
    </message>
    <message>
        <source>Counterpart (an SPT contact)</source>
        <translation>Interlocutor (um contacto do SPT)</translation>
    </message>
    <message>
        <source>Counterpart problem</source>
        <translation>Interlocutor: problema</translation>
    </message>
    <message>
        <source>Countr&amp;y:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Country problem</source>
        <translation>País: problema</translation>
    </message>
    <message>
        <source>Due dat&amp;e:</source>
        <translation>Pra&amp;zo:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Due date problem</source>
        <translation>Prazo: problema</translation>
    </message>
    <message>
        <source>Revie&amp;w on:</source>
        <translation>Re&amp;ver em:</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Rever em</translation>
    </message>
    <message>
        <source>When the record is due for review (retention)</source>
        <translation>Quando o registo deve ser revisto (conservação)</translation>
    </message>
    <message>
        <source>Review on problem</source>
        <translation>Rever em: problema</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity:</source>
        <translation>&amp;Sensibilidade:</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <source>Sensitivity problem</source>
        <translation>Sensibilidade: problema</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Contém dados pessoais</translation>
    </message>
    <message>
        <source>&amp;Personal data about people (OPCAT art. 16 and 21)</source>
        <translation>Dados p&amp;essoais sobre pessoas (OPCAT art. 16 e 21)</translation>
    </message>
    <message>
        <source>Contains personal data problem</source>
        <translation>Contém dados pessoais: problema</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>&amp;Consentimento:</translation>
    </message>
    <message>
        <source>Consent of the people concerned</source>
        <translation>Consentimento das pessoas em causa</translation>
    </message>
    <message>
        <source>Consent of the people concerned problem</source>
        <translation>Consentimento das pessoas em causa: problema</translation>
    </message>
    <message>
        <source>Details of this kind of record</source>
        <translation>Dados deste tipo de registo</translation>
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
        <translation>Etiquetas: problema</translation>
    </message>
    <message>
        <source>OPCAT a&amp;rticles:</source>
        <translation>A&amp;rtigos do OPCAT:</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>Artigos do OPCAT</translation>
    </message>
    <message>
        <source>Precise re&amp;ferences:</source>
        <translation>Re&amp;ferências precisas:</translation>
    </message>
    <message>
        <source>Precise OPCAT references</source>
        <translation>Referências precisas ao OPCAT</translation>
    </message>
    <message>
        <source>Sub-paragraphs, separated by commas, for example 11(1)(b)(ii), 19(b)</source>
        <translation>Alíneas, separadas por vírgulas, por exemplo 11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>11(1)(b)(ii), 19(b)</source>
        <translation>11(1)(b)(ii), 19(b)</translation>
    </message>
    <message>
        <source>OPCAT articles problem</source>
        <translation>Artigos do OPCAT: problema</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Text of the record</source>
        <translation>Texto do registo</translation>
    </message>
    <message>
        <source>Text problem</source>
        <translation>Texto: problema</translation>
    </message>
    <message>
        <source>Why the record was not saved</source>
        <translation>Porque é que o registo não foi guardado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the record</source>
        <translation>Guardar o registo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close the form without saving</source>
        <translation>Fechar o formulário sem guardar</translation>
    </message>
</context>
<context>
    <name>RecordFormDialog</name>
    <message>
        <source>Saving status</source>
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>Continuing your unsaved draft</source>
        <translation>A continuar o seu rascunho não guardado</translation>
    </message>
    <message>
        <source>New {kind}</source>
        <translation>Novo: {kind}</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Saved. Attaching the files…</source>
        <translation>Guardado. A anexar os ficheiros…</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>A anexar ficheiros</translation>
    </message>
    <message>
        <source>Encrypting the files into the vault…</source>
        <translation>A cifrar os ficheiros no cofre…</translation>
    </message>
    <message>
        <source>Cancel attaching the files</source>
        <translation>Cancelar a anexação dos ficheiros</translation>
    </message>
    <message>
        <source>you cancelled attaching them.</source>
        <translation>cancelou a anexação.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n ficheiro anexado.</numerusform>
            <numerusform>%n ficheiros anexados.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record is saved, but its files are not attached: {problem} Save again to attach them, or Cancel to close without them.</source>
        <translation>O registo está guardado, mas os ficheiros não estão anexados: {problem} Guarde de novo para os anexar, ou Cancelar para fechar sem eles.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Não guardado: {problem}</translation>
    </message>
    <message>
        <source>Saving… waiting for the import or the attachment being added to finish. Cancel stops waiting; your text stays here.</source>
        <translation>A guardar… à espera que termine a importação ou o anexo a ser adicionado. Cancelar deixa de esperar; o seu texto fica aqui.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>Not saved: you stopped waiting. Your text is still here; save again when the vault is free.</source>
        <translation>Não guardado: deixou de esperar. O seu texto continua aqui; guarde de novo quando o cofre estiver livre.</translation>
    </message>
    <message>
        <source>Draft kept in the vault at {time}</source>
        <translation>Rascunho mantido no cofre às {time}</translation>
    </message>
    <message>
        <source>Draft not kept: {problem} Trying again shortly.</source>
        <translation>Rascunho não mantido: {problem} Nova tentativa em breve.</translation>
    </message>
    <message>
        <source>Keeping the draft… waiting for the import or the attachment being added to finish</source>
        <translation>A manter o rascunho… à espera que termine a importação ou o anexo a ser adicionado</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>Saved “{title}”.</source>
        <translation>“{title}” guardado.</translation>
    </message>
    <message>
        <source>“{title}” is in the bin (Record → Restore from the bin brings it back).</source>
        <translation>“{title}” está no lixo (Registo → Repor do lixo trá-lo de volta).</translation>
    </message>
    <message>
        <source>“{title}” is back from the bin.</source>
        <translation>“{title}” voltou do lixo.</translation>
    </message>
    <message>
        <source>Waiting for the import or the attachment being added to finish…</source>
        <translation>À espera que termine a importação ou o anexo a ser adicionado…</translation>
    </message>
</context>
<context>
    <name>RecordLabels</name>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Situação</translation>
    </message>
</context>
<context>
    <name>RecordRows</name>
    <message>
        <source>Art. {number}</source>
        <translation>Art. {number}</translation>
    </message>
    <message>
        <source>{real} ({alias})</source>
        <translation>{real} ({alias})</translation>
    </message>
    <message>
        <source>child</source>
        <translation>criança</translation>
    </message>
    <message>
        <source>lacks capacity</source>
        <translation>sem capacidade</translation>
    </message>
    <message>
        <source>No consent recorded</source>
        <translation>Nenhum consentimento registado</translation>
    </message>
    <message>
        <source>consent from a parent, guardian or legal representative</source>
        <translation>consentimento de um dos pais, de um tutor ou de um representante legal</translation>
    </message>
    <message>
        <source>(a record not in this vault)</source>
        <translation>(um registo que não está neste cofre)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registado</translation>
    </message>
    <message>
        <source>{purpose}: {state}</source>
        <translation>{purpose}: {state}</translation>
    </message>
    <message>
        <source>withdrawn {date}</source>
        <translation>retirado em {date}</translation>
    </message>
    <message>
        <source>(a contact not in this vault)</source>
        <translation>(um contacto que não está neste cofre)</translation>
    </message>
    <message>
        <source>{version}, changed {when} by {who}</source>
        <translation>{version}, alterado em {when} por {who}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Prazo</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Rever em</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>OPCAT articles</source>
        <translation>Artigos do OPCAT</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Dados pessoais</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>In the bin</source>
        <translation>No lixo</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Columns: choose one to sort by it</source>
        <translation>Colunas: escolha uma para ordenar por ela</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>Text actions</source>
        <translation>Ações sobre o texto</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>O seu novo código de recuperação</translation>
    </message>
    <message>
        <source>Write down your new recovery code now</source>
        <translation>Anote agora o seu novo código de recuperação</translation>
    </message>
    <message>
        <source>This new code replaces the recovery code you wrote down before: once you confirm below, the old code stops working and only this one opens the vault if you forget your passphrase. Write it on paper, or print it, and keep it somewhere safe away from this computer.</source>
        <translation>Este novo código substitui o código de recuperação que anotou antes: quando confirmar abaixo, o código antigo deixa de funcionar e só este abre o cofre se esquecer a frase secreta. Escreva-o em papel, ou imprima-o, e guarde-o num local seguro longe deste computador.</translation>
    </message>
    <message>
        <source>I have &amp;written down the new code</source>
        <translation>&amp;Anotei o novo código</translation>
    </message>
    <message>
        <source>I have written down the new recovery code</source>
        <translation>Anotei o novo código de recuperação</translation>
    </message>
    <message>
        <source>You have not confirmed that you wrote down the new recovery code. If you close now, the code you wrote down before keeps working, and npmdesk shows a new code at the next unlock. Close anyway?</source>
        <translation>Não confirmou que anotou o novo código de recuperação. Se fechar agora, o código que anotou antes continua a funcionar, e o npmdesk mostra um novo código no próximo desbloqueio. Fechar na mesma?</translation>
    </message>
    <message>
        <source>This recovery code will not be shown again. Without it, a forgotten passphrase means the vault is lost. Close anyway?</source>
        <translation>Este código de recuperação não voltará a ser mostrado. Sem ele, uma frase secreta esquecida significa que o cofre se perde. Fechar na mesma?</translation>
    </message>
    <message>
        <source>Recovery code not written down</source>
        <translation>Código de recuperação não anotado</translation>
    </message>
    <message>
        <source>npmdesk recovery code</source>
        <translation>Código de recuperação do npmdesk</translation>
    </message>
    <message>
        <source>Keep this page somewhere safe, away from the computer. Anyone holding it and the vault&apos;s files can open the vault.</source>
        <translation>Guarde esta página num local seguro, longe do computador. Quem a tiver, juntamente com os ficheiros do cofre, pode abrir o cofre.</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir o código de recuperação</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeForm</name>
    <message>
        <source>Your recovery code</source>
        <translation>O seu código de recuperação</translation>
    </message>
    <message>
        <source>Write down your recovery code now</source>
        <translation>Anote agora o seu código de recuperação</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way into the vault. Write it on paper, or print it, and keep it somewhere safe away from this computer. It is shown only this once.</source>
        <translation>Se esquecer a frase secreta, este código é a única forma de entrar no cofre. Escreva-o em papel, ou imprima-o, e guarde-o num local seguro longe deste computador. Só é mostrado esta vez.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>I have &amp;written it down</source>
        <translation>&amp;Anotei-o</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>Anotei o código de recuperação</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir o código de recuperação</translation>
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
        <translation>Relatórios após uma visita</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Months after transmission a reply is due</source>
        <translation>Meses após a transmissão em que a resposta é devida</translation>
    </message>
    <message>
        <source>Reply due a&amp;fter:</source>
        <translation>Resposta devida a&amp;pós:</translation>
    </message>
    <message>
        <source>When a report&apos;s own reply date is empty, the reply is due this long after the report&apos;s transmission (customarily six months). Kept in the vault.</source>
        <translation>Quando a data de resposta própria de um relatório está vazia, a resposta é devida este tempo após a transmissão do relatório (habitualmente seis meses). Guardado no cofre.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Progresso do relatório</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir o relatório</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Guardar o relatório como PDF</translation>
    </message>
    <message>
        <source>Put into an encrypted pac&amp;kage…</source>
        <translation>Colocar num &amp;pacote cifrado…</translation>
    </message>
    <message>
        <source>Put the report&apos;s PDF into an encrypted, signed package</source>
        <translation>Colocar o PDF do relatório num pacote cifrado e assinado</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Cancelar o relatório</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Laying out the report…</source>
        <translation>A paginar o relatório…</translation>
    </message>
    <message>
        <source>Saved the report to {path}. This PDF is not encrypted: keep it safe and delete it when you no longer need it.</source>
        <translation>O relatório foi guardado em {path}. Este PDF não está cifrado: guarde-o em segurança e apague-o quando já não precisar dele.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Foram enviadas {pages} páginas para a impressora.</translation>
    </message>
    <message>
        <source>The report was cancelled. Nothing was written.</source>
        <translation>O relatório foi cancelado. Nada foi escrito.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>Correspondence log</source>
        <translation>Registo da correspondência</translation>
    </message>
    <message>
        <source>Visit dossier</source>
        <translation>Dossiê da visita</translation>
    </message>
    <message>
        <source>Recommendations tracker</source>
        <translation>Seguimento das recomendações</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Relatório:</translation>
    </message>
    <message>
        <source>Visit of the dossier</source>
        <translation>Visita do dossiê</translation>
    </message>
    <message>
        <source>&amp;Visit:</source>
        <translation>&amp;Visita:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De:</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Início do período</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;té:</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fim do período</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Língua do relatório</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>Mark every page “&amp;Confidential”</source>
        <translation>Marcar cada página “&amp;Confidencial”</translation>
    </message>
    <message>
        <source>Mark every page Confidential</source>
        <translation>Marcar cada página como Confidencial</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to &amp;whom</source>
        <translation>Indicar quando cada registo saiu do cofre e para &amp;quem</translation>
    </message>
    <message>
        <source>List when each record left the vault, and to whom</source>
        <translation>Indicar quando cada registo saiu do cofre e para quem</translation>
    </message>
    <message>
        <source>Limit the period: {what}</source>
        <translation>Limitar o período: {what}</translation>
    </message>
</context>
<context>
    <name>ReportQuestions</name>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Guardar o relatório como PDF</translation>
    </message>
    <message>
        <source>The PDF of the {report} will NOT be encrypted.</source>
        <translation>O PDF de “{report}” NÃO será cifrado.</translation>
    </message>
    <message>
        <source>It leaves the vault: anyone who can open the folder you choose, or who gets this computer or the drive, can read it. npmdesk will not delete it for you later. Save it only where it must be, and delete it when you are done.</source>
        <translation>Sai do cofre: qualquer pessoa que possa abrir a pasta que escolher, ou que fique com este computador ou a unidade, pode lê-lo. O npmdesk não o apagará por si mais tarde. Guarde-o só onde tiver de estar e apague-o quando terminar.</translation>
    </message>
    <message>
        <source>&amp;Save Unencrypted PDF…</source>
        <translation>&amp;Guardar PDF não cifrado…</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF</source>
        <translation>Guardar um PDF não cifrado</translation>
    </message>
    <message>
        <source>Cancel: keep the report in the vault</source>
        <translation>Cancelar: manter o relatório no cofre</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimir o relatório</translation>
    </message>
    <message>
        <source>The {report} will be sent to the printer unencrypted.</source>
        <translation>“{report}” será enviado para a impressora sem cifra.</translation>
    </message>
    <message>
        <source>The print queue, a network printer or a “print to file” may keep a readable copy. Collect the pages at once.</source>
        <translation>A fila de impressão, uma impressora de rede ou uma “impressão para ficheiro” podem guardar uma cópia legível. Recolha as páginas de imediato.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Cancel: do not print</source>
        <translation>Cancelar: não imprimir</translation>
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
        <translation>Resposta recebida em {date}</translation>
    </message>
    <message>
        <source>Reply made (no date recorded)</source>
        <translation>Resposta dada (sem data registada)</translation>
    </message>
    <message>
        <source>Reply due: not known (no transmission date)</source>
        <translation>Prazo de resposta: desconhecido (sem data de transmissão)</translation>
    </message>
    <message>
        <source>Reply due by {date}</source>
        <translation>Resposta devida até {date}</translation>
    </message>
    <message>
        <source>(transmission + 1 month)</source>
        <translation>(transmissão + 1 mês)</translation>
    </message>
    <message>
        <source>(transmission + {months} months)</source>
        <translation>(transmissão + {months} meses)</translation>
    </message>
    <message>
        <source>Overdue: {text}</source>
        <translation>Em atraso: {text}</translation>
    </message>
    <message>
        <source>Published: {state} can apply to the OPCAT Special Fund (art. 26)</source>
        <translation>Publicado: {state} pode candidatar-se ao Fundo Especial do OPCAT (art. 26)</translation>
    </message>
    <message>
        <source>Special Fund (art. 26): {state} can apply once a report to it is published</source>
        <translation>Fundo Especial (art. 26): {state} pode candidatar-se quando um relatório que lhe foi dirigido for publicado</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Recebido em {date}</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fundo Especial</translation>
    </message>
</context>
<context>
    <name>ReportTracksPanel</name>
    <message>
        <source>Report to the State</source>
        <translation>Relatório ao Estado</translation>
    </message>
    <message>
        <source>Report to the NPM</source>
        <translation>Relatório ao MNP</translation>
    </message>
    <message>
        <source>Open the report to the State</source>
        <translation>Abrir o relatório ao Estado</translation>
    </message>
    <message>
        <source>Open the report to the NPM</source>
        <translation>Abrir o relatório ao MNP</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir relatório</translation>
    </message>
    <message>
        <source>Special Fund</source>
        <translation>Fundo Especial</translation>
    </message>
    <message>
        <source>No report recorded yet.</source>
        <translation>Ainda nenhum relatório registado.</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Próximo passo: {step}</translation>
    </message>
    <message>
        <source>{title} — {status}</source>
        <translation>{title} — {status}</translation>
    </message>
    <message>
        <source>Transmitted on {date}</source>
        <translation>Transmitido em {date}</translation>
    </message>
    <message>
        <source>Transmission date not recorded</source>
        <translation>Data de transmissão não registada</translation>
    </message>
    <message>
        <source>Publication: {decision}</source>
        <translation>Publicação: {decision}</translation>
    </message>
    <message>
        <source>not decided</source>
        <translation>não decidida</translation>
    </message>
    <message>
        <source>Published on {date}</source>
        <translation>Publicado em {date}</translation>
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
        <translation>&amp;Relatórios…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Print or save a PDF of the correspondence log, a visit dossier or the recommendations tracker</source>
        <translation>Imprimir ou guardar em PDF o registo da correspondência, um dossiê de visita ou o seguimento das recomendações</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar uma cópia de segurança</translation>
    </message>
    <message>
        <source>The backup is restored into a new folder, as a vault of its own. The open vault is not changed.</source>
        <translation>A cópia de segurança é restaurada numa pasta nova, como um cofre próprio. O cofre aberto não é alterado.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Ficheiro da cópia de segurança</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Escolher…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Escolher o ficheiro da cópia de segurança</translation>
    </message>
    <message>
        <source>New folder for the restored vault</source>
        <translation>Pasta nova para o cofre restaurado</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>Escol&amp;her…</translation>
    </message>
    <message>
        <source>Choose the new folder</source>
        <translation>Escolher a pasta nova</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Ficheiro da cópia de segurança:</translation>
    </message>
    <message>
        <source>&amp;New folder:</source>
        <translation>Pasta &amp;nova:</translation>
    </message>
    <message>
        <source>Problem restoring the backup</source>
        <translation>Problema ao restaurar a cópia de segurança</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progresso do restauro</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar a cópia de segurança</translation>
    </message>
    <message>
        <source>&amp;Open the Restored Vault</source>
        <translation>&amp;Abrir o cofre restaurado</translation>
    </message>
    <message>
        <source>Lock this vault and open the restored one</source>
        <translation>Bloquear este cofre e abrir o restaurado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Código de recuperação:</translation>
    </message>
    <message>
        <source>The backup&apos;s recovery code</source>
        <translation>O código de recuperação da cópia de segurança</translation>
    </message>
    <message>
        <source>The recovery code the vault had when the backup was made.</source>
        <translation>O código de recuperação que o cofre tinha quando a cópia foi feita.</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>Usar a frase secreta em &amp;vez disso</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Usar antes a frase secreta</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Frase s&amp;ecreta:</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made</source>
        <translation>A frase secreta que o cofre tinha quando a cópia foi feita</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>A frase secreta que o cofre tinha quando a cópia foi feita.</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar o código de recuperação em &amp;vez disso</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar antes o código de recuperação</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Escolha a cópia de segurança a restaurar</translation>
    </message>
    <message>
        <source>npmdesk backups (*{suffix})</source>
        <translation>Cópias de segurança do npmdesk (*{suffix})</translation>
    </message>
    <message>
        <source>Name the new folder for the restored vault</source>
        <translation>Dê nome à pasta nova para o cofre restaurado</translation>
    </message>
    <message>
        <source>Restored vault</source>
        <translation>Cofre restaurado</translation>
    </message>
    <message>
        <source>Checking the backup, restoring it and checking the restored vault…</source>
        <translation>A verificar a cópia de segurança, a restaurá-la e a verificar o cofre restaurado…</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Cancelar o restauro</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. Open it with the recovery code you typed; npmdesk then asks for a new passphrase and shows a new recovery code. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>A cópia de segurança foi restaurada em {folder}: abre e passou as duas verificações de integridade. Abra-a com o código de recuperação que escreveu; o npmdesk pede então uma nova frase secreta e mostra um novo código de recuperação. Para a abrir mais tarde, inicie o npmdesk com --vault e esta pasta.</translation>
    </message>
    <message>
        <source>The backup was restored into {folder}: it opens and passed both integrity checks. It opens with the passphrase the vault had when the backup was made. To open it later, start npmdesk with --vault and this folder.</source>
        <translation>A cópia de segurança foi restaurada em {folder}: abre e passou as duas verificações de integridade. Abre com a frase secreta que o cofre tinha quando a cópia foi feita. Para a abrir mais tarde, inicie o npmdesk com --vault e esta pasta.</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was created.</source>
        <translation>O restauro foi cancelado. Nada foi criado.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search everywhere</source>
        <translation>Pesquisar em tudo</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Limpar a pesquisa</translation>
    </message>
    <message>
        <source>Search everywhere ({shortcut})</source>
        <translation>Pesquisar em tudo ({shortcut})</translation>
    </message>
    <message>
        <source>Results appear as you type. Escape clears the search. Shortcut: {shortcut}</source>
        <translation>Os resultados aparecem à medida que escreve. Escape limpa a pesquisa. Atalho: {shortcut}</translation>
    </message>
</context>
<context>
    <name>SearchFilters</name>
    <message>
        <source>Search filters</source>
        <translation>Filtros de pesquisa</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
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
        <translation>Datado de</translation>
    </message>
    <message>
        <source>Dated until</source>
        <translation>Datado até</translation>
    </message>
    <message>
        <source>{name}: choices</source>
        <translation>{name}: opções</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Limpar os filtros</translation>
    </message>
    <message>
        <source>{name}:</source>
        <translation>{name}:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Qualquer</translation>
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
        <translation>Melhor correspondência: os registos que melhor correspondem aparecem primeiro, quando correspondem no máximo {limit} registos. Adicionados recentemente: os registos adicionados ao cofre mais recentemente aparecem primeiro.</translation>
    </message>
    <message>
        <source>Best match</source>
        <translation>Melhor correspondência</translation>
    </message>
    <message>
        <source>Recently added</source>
        <translation>Adicionados recentemente</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Date</source>
        <translation>Data</translation>
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
        <translation>Desbloqueado com o porta-chaves deste dispositivo</translation>
    </message>
    <message>
        <source>Unlocked with the passphrase</source>
        <translation>Desbloqueado com a frase secreta</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Cofre criado</translation>
    </message>
    <message>
        <source>Unlocked with the recovery code</source>
        <translation>Desbloqueado com o código de recuperação</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase secreta alterada</translation>
    </message>
    <message>
        <source>Remembered on this device</source>
        <translation>Memorizado neste dispositivo</translation>
    </message>
    <message>
        <source>No longer remembered on this device</source>
        <translation>Deixou de estar memorizado neste dispositivo</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Código de recuperação substituído</translation>
    </message>
    <message>
        <source>Vault key replaced</source>
        <translation>Chave do cofre substituída</translation>
    </message>
    <message>
        <source>{when} — {what}</source>
        <translation>{when} — {what}</translation>
    </message>
    <message>
        <source>This vault is new: it has not been unlocked before.</source>
        <translation>Este cofre é novo: ainda não foi desbloqueado.</translation>
    </message>
    <message>
        <source>This is the first time this vault has been unlocked.</source>
        <translation>É a primeira vez que este cofre é desbloqueado.</translation>
    </message>
    <message>
        <source>Last unlock before this session: {when} — {what}.</source>
        <translation>Último desbloqueio antes desta sessão: {when} — {what}.</translation>
    </message>
</context>
<context>
    <name>SendMail</name>
    <message>
        <source>Se&amp;nd by Email…</source>
        <translation>E&amp;nviar por e-mail…</translation>
    </message>
    <message>
        <source>Send by Email</source>
        <translation>Enviar por e-mail</translation>
    </message>
    <message>
        <source>npmdesk writes a mail draft that carries {file}, encrypted, and opens it in your mail program.</source>
        <translation>O npmdesk escreve um rascunho de e-mail que leva {file}, encriptado, e abre-o no seu programa de e-mail.</translation>
    </message>
    <message>
        <source>Recipients&apos; email addresses</source>
        <translation>Endereços de e-mail dos destinatários</translation>
    </message>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation>nome@example.org, outro@example.org</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Language of the cover note</source>
        <translation>Idioma da nota de acompanhamento</translation>
    </message>
    <message>
        <source>Cover note in &amp;language:</source>
        <translation>&amp;Idioma da nota de acompanhamento:</translation>
    </message>
    <message>
        <source>Problem with the addresses</source>
        <translation>Problema com os endereços</translation>
    </message>
    <message>
        <source>The cover note travels in clear: it says what the file is and how to open it, nothing confidential. The file itself stays encrypted.</source>
        <translation>A nota de acompanhamento segue sem encriptação: diz o que é o ficheiro e como abri-lo, nada de confidencial. O próprio ficheiro continua encriptado.</translation>
    </message>
    <message>
        <source>&amp;Save the Draft and Open It…</source>
        <translation>&amp;Guardar o rascunho e abri-lo…</translation>
    </message>
    <message>
        <source>Save the draft and open it</source>
        <translation>Guardar o rascunho e abri-lo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save the mail draft</source>
        <translation>Guardar o rascunho de e-mail</translation>
    </message>
    <message>
        <source>Mail drafts (*{suffix})</source>
        <translation>Rascunhos de e-mail (*{suffix})</translation>
    </message>
    <message>
        <source>The mail draft is saved as {path} and opens in your mail program: check it and send it. Its cover note travels in clear; it says nothing confidential.</source>
        <translation>O rascunho de e-mail foi guardado como {path} e abre-se no seu programa de e-mail: verifique-o e envie-o. A nota de acompanhamento segue sem encriptação; não diz nada de confidencial.</translation>
    </message>
    <message>
        <source>Writing the mail draft…</source>
        <translation>A escrever o rascunho de e-mail…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Emergency erase</source>
        <translation>Apagamento de emergência</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Not chosen yet</source>
        <translation>Ainda não escolhido</translation>
    </message>
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
        <translation>A língua do sistema</translation>
    </message>
    <message>
        <source>npmdesk speaks this language as soon as you save. Open record forms close and keep their drafts.</source>
        <translation>O npmdesk passa a falar esta língua assim que guardar. Os formulários de registo abertos fecham e mantêm os rascunhos.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspeto</translation>
    </message>
    <message>
        <source>Colours of npmdesk</source>
        <translation>Cores do npmdesk</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Cores:</translation>
    </message>
    <message>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <source>No contact has an age recipient yet. Add one to a contact to choose it here.</source>
        <translation>Nenhum contacto tem ainda um destinatário age. Adicione um a um contacto para o escolher aqui.</translation>
    </message>
    <message>
        <source>Choose your State from the list (type part of its name to find it).</source>
        <translation>Escolha o seu Estado na lista (escreva parte do nome para o encontrar).</translation>
    </message>
    <message>
        <source>Why the settings were not saved</source>
        <translation>Porque é que as definições não foram guardadas</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>Locking and the clipboard</source>
        <translation>Bloqueio e área de transferência</translation>
    </message>
    <message>
        <source>&amp;Lock after this long without use:</source>
        <translation>&amp;Bloquear após este tempo sem uso:</translation>
    </message>
    <message>
        <source>Minutes without use before the vault locks</source>
        <translation>Minutos sem uso até o cofre bloquear</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after:</source>
        <translation>&amp;Limpar o texto copiado após:</translation>
    </message>
    <message>
        <source>Seconds before copied record text is cleared from the clipboard</source>
        <translation>Segundos até o texto copiado de um registo ser limpo da área de transferência</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The vault also locks when you lock the screen or the computer goes to sleep.</source>
        <translation>O cofre também bloqueia quando bloqueia a sessão ou o computador entra em suspensão.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Lí&amp;ngua:</translation>
    </message>
    <message>
        <source>Language of npmdesk</source>
        <translation>Língua do npmdesk</translation>
    </message>
    <message>
        <source>The new language is used the next time you start npmdesk.</source>
        <translation>A nova língua é usada da próxima vez que iniciar o npmdesk.</translation>
    </message>
    <message>
        <source>Your NPM</source>
        <translation>O seu MNP</translation>
    </message>
    <message>
        <source>S&amp;tate party:</source>
        <translation>Es&amp;tado Parte:</translation>
    </message>
    <message>
        <source>State party of your NPM</source>
        <translation>Estado Parte do seu MNP</translation>
    </message>
    <message>
        <source>New visits, reports, recommendations and places start with this country. It is kept in the vault, for everyone who opens it.</source>
        <translation>Novas visitas, relatórios, recomendações e locais começam com este país. Fica guardado no cofre, para todos os que o abrem.</translation>
    </message>
    <message>
        <source>Default export recipients</source>
        <translation>Destinatários predefinidos da exportação</translation>
    </message>
    <message>
        <source>Contacts chosen &amp;here are ticked when you export. Only contacts with an age recipient are listed.</source>
        <translation>Os contactos escolhidos &amp;aqui ficam assinalados quando exporta. Só são listados contactos com um destinatário age.</translation>
    </message>
    <message>
        <source>Contacts to export to by default</source>
        <translation>Contactos para onde exportar por predefinição</translation>
    </message>
</context>
<context>
    <name>SettingsNotSaved</name>
    <message>
        <source>npmdesk could not save its settings in {path} (is the disk full or read-only?), so they last only until npmdesk closes: free some space, then save them again.</source>
        <translation>O npmdesk não conseguiu guardar as definições em {path} (o disco está cheio ou só de leitura?), por isso só duram até o npmdesk fechar: liberte algum espaço e guarde-as de novo.</translation>
    </message>
</context>
<context>
    <name>StatusChart</name>
    <message>
        <source>Chart of implementation status</source>
        <translation>Gráfico da situação da implementação</translation>
    </message>
    <message>
        <source>NPM</source>
        <translation>MNP</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
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
        <translation>Avaliação do MNP: {npm}; o Estado indica: {state}</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <source>Deadline of the annual report</source>
        <translation>Prazo do relatório anual</translation>
    </message>
    <message>
        <source>Steps of the annual report</source>
        <translation>Etapas do relatório anual</translation>
    </message>
    <message>
        <source>Steps of this annual report</source>
        <translation>Etapas deste relatório anual</translation>
    </message>
    <message>
        <source>Deadline: none yet — set the year or the national deadline</source>
        <translation>Prazo: ainda nenhum — indique o ano ou o prazo nacional</translation>
    </message>
    <message>
        <source>Deadline: about {date} — set the national deadline</source>
        <translation>Prazo: cerca de {date} — indique o prazo nacional</translation>
    </message>
    <message>
        <source>Deadline: {date} (national deadline)</source>
        <translation>Prazo: {date} (prazo nacional)</translation>
    </message>
    <message>
        <source>Published nationally</source>
        <translation>Publicado no país</translation>
    </message>
    <message>
        <source>Tabled in parliament</source>
        <translation>Apresentado ao parlamento</translation>
    </message>
    <message>
        <source>Sent to the SPT</source>
        <translation>Enviado ao SPT</translation>
    </message>
    <message>
        <source>Acknowledged by the SPT</source>
        <translation>Receção confirmada pelo SPT</translation>
    </message>
    <message>
        <source>Posted on the OHCHR site</source>
        <translation>Publicado no sítio do ACNUDH</translation>
    </message>
    <message>
        <source>{step}: pending</source>
        <translation>{step}: pendente</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>data não registada</translation>
    </message>
    <message>
        <source>{step}: done, {date}</source>
        <translation>{step}: concluído, {date}</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>A team folder is a folder that a sync tool (Syncthing, a shared folder, a USB stick) keeps the same on each of your NPM&apos;s laptops. npmdesk writes only encrypted, signed files there.</source>
        <translation>Uma pasta da equipa é uma pasta que uma ferramenta de sincronização (Syncthing, uma pasta partilhada, uma pen USB) mantém igual em cada portátil do seu MNP. O npmdesk só escreve lá ficheiros cifrados e assinados.</translation>
    </message>
    <message>
        <source>Close the Team dialog</source>
        <translation>Fechar a janela Equipa</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Pasta da equipa</translation>
    </message>
    <message>
        <source>The team folder</source>
        <translation>A pasta da equipa</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>Escolher a &amp;pasta…</translation>
    </message>
    <message>
        <source>Choose the team folder</source>
        <translation>Escolher a pasta da equipa</translation>
    </message>
    <message>
        <source>Why the team folder was not changed</source>
        <translation>Porque é que a pasta da equipa não foi alterada</translation>
    </message>
    <message>
        <source>Member devices</source>
        <translation>Dispositivos membros</translation>
    </message>
    <message>
        <source>&amp;Member devices (the NPM&apos;s own laptops that receive this vault&apos;s changes):</source>
        <translation>Dispositivos &amp;membros (os portáteis do MNP que recebem as alterações deste cofre):</translation>
    </message>
    <message>
        <source>About the member devices</source>
        <translation>Sobre os dispositivos membros</translation>
    </message>
    <message>
        <source>&amp;Add Device…</source>
        <translation>&amp;Adicionar dispositivo…</translation>
    </message>
    <message>
        <source>Add a member device</source>
        <translation>Adicionar um dispositivo membro</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Remove the chosen member device</source>
        <translation>Remover o dispositivo membro escolhido</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Sincronizar agora</translation>
    </message>
    <message>
        <source>Sync with the team folder now</source>
        <translation>Sincronizar agora com a pasta da equipa</translation>
    </message>
    <message>
        <source>What the last sync did</source>
        <translation>O que fez a última sincronização</translation>
    </message>
    <message>
        <source>No team folder chosen yet.</source>
        <translation>Ainda não foi escolhida nenhuma pasta da equipa.</translation>
    </message>
    <message>
        <source>{folder} — not there now (is the disk or the share connected?)</source>
        <translation>{folder} — não está disponível agora (o disco ou a partilha está ligado?)</translation>
    </message>
    <message>
        <source>Choose the Team Folder</source>
        <translation>Escolher a pasta da equipa</translation>
    </message>
    <message>
        <source>No device can join yet: a member device is a verified contact marked as one of your NPM&apos;s own devices. On the colleague&apos;s laptop choose File → Share My Keys…; here, add its card with File → Add Contact from Card…, compare the fingerprint with the colleague by phone (Verify keys… on the contact), then tick “One of our NPM&apos;s own devices” in the contact&apos;s form.</source>
        <translation>Ainda nenhum dispositivo pode aderir: um dispositivo membro é um contacto verificado marcado como um dos dispositivos do seu MNP. No portátil do colega, escolha Ficheiro → Partilhar as minhas chaves…; aqui, adicione o cartão dele com Ficheiro → Adicionar contacto a partir do cartão…, compare a impressão digital com o colega por telefone (Verificar chaves… no contacto) e depois marque «Um dos dispositivos do nosso MNP» no formulário do contacto.</translation>
    </message>
    <message>
        <source>{name} is now a member device: the next sync makes a snapshot of this vault for it.</source>
        <translation>{name} é agora um dispositivo membro: a próxima sincronização cria para ele um instantâneo deste cofre.</translation>
    </message>
    <message>
        <source>&amp;Remove from the Team</source>
        <translation>&amp;Remover da equipa</translation>
    </message>
    <message>
        <source>Remove the device from the team</source>
        <translation>Remover o dispositivo da equipa</translation>
    </message>
    <message>
        <source>Remove {name} from the team?</source>
        <translation>Remover {name} da equipa?</translation>
    </message>
    <message>
        <source>Remove this device from the team?</source>
        <translation>Remover este dispositivo da equipa?</translation>
    </message>
    <message>
        <source>Remove a Member Device</source>
        <translation>Remover um dispositivo membro</translation>
    </message>
    <message>
        <source>New changes are no longer sent to it. What it already received stays with it: npmdesk cannot take back what a device holds.</source>
        <translation>As novas alterações deixam de lhe ser enviadas. O que já recebeu fica com ele: o npmdesk não pode retirar o que um dispositivo guarda.</translation>
    </message>
    <message>
        <source>Keep the device in the team</source>
        <translation>Manter o dispositivo na equipa</translation>
    </message>
    <message>
        <source>Syncing with the team folder…</source>
        <translation>A sincronizar com a pasta da equipa…</translation>
    </message>
    <message>
        <source>The sync was stopped. Nothing was half-applied.</source>
        <translation>A sincronização foi interrompida. Nada foi aplicado pela metade.</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(um contacto eliminado)</translation>
    </message>
    <message>
        <source>no keys usable: it is no longer a verified own device with keys</source>
        <translation>nenhuma chave utilizável: já não é um dispositivo próprio verificado com chaves</translation>
    </message>
    <message>
        <source>a file was set aside: {why}</source>
        <translation>um ficheiro foi posto de parte: {why}</translation>
    </message>
    <message>
        <source>waiting for its first snapshot</source>
        <translation>à espera do seu primeiro instantâneo</translation>
    </message>
    <message>
        <source>waiting for changeset {number}</source>
        <translation>à espera do conjunto de alterações {number}</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>its snapshot</source>
        <translation>o seu instantâneo</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nenhum ainda</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada ainda</translation>
    </message>
    <message>
        <source>up to {number}</source>
        <translation>até {number}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>há %n minuto</numerusform>
            <numerusform>há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>há %n hora</numerusform>
            <numerusform>há %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n changeset(s) from the other devices.</source>
        <translation>
            <numerusform>Foi aplicado %n conjunto de alterações dos outros dispositivos.</numerusform>
            <numerusform>Foram aplicados %n conjuntos de alterações dos outros dispositivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent this device&apos;s changes as changeset {number}.</source>
        <translation>As alterações deste dispositivo foram enviadas como conjunto {number}.</translation>
    </message>
    <message numerus="yes">
        <source>Made a snapshot of this vault for %n new member device(s).</source>
        <translation>
            <numerusform>Foi criado um instantâneo deste cofre para %n novo dispositivo membro.</numerusform>
            <numerusform>Foram criados instantâneos deste cofre para %n novos dispositivos membros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were edited on both sides: see “Edited on both sides”.</source>
        <translation>
            <numerusform>%n registo foi editado dos dois lados: veja «Editado dos dois lados».</numerusform>
            <numerusform>%n registos foram editados dos dois lados: veja «Editado dos dois lados».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were set aside: see the table.</source>
        <translation>
            <numerusform>%n ficheiro foi posto de parte: veja a tabela.</numerusform>
            <numerusform>%n ficheiros foram postos de parte: veja a tabela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) wait for a changeset that is not in the folder yet.</source>
        <translation>
            <numerusform>%n dispositivo espera um conjunto de alterações que ainda não está na pasta.</numerusform>
            <numerusform>%n dispositivos esperam um conjunto de alterações que ainda não está na pasta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member device(s) left out: no keys usable.</source>
        <translation>
            <numerusform>%n dispositivo membro deixado de fora: nenhuma chave utilizável.</numerusform>
            <numerusform>%n dispositivos membros deixados de fora: nenhuma chave utilizável.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ignored %n subfolder(s) of devices that are not members.</source>
        <translation>
            <numerusform>Foi ignorada %n subpasta de dispositivos que não são membros.</numerusform>
            <numerusform>Foram ignoradas %n subpastas de dispositivos que não são membros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new: up to date with %n device(s).</source>
        <translation>
            <numerusform>Nada de novo: atualizado com %n dispositivo.</numerusform>
            <numerusform>Nada de novo: atualizado com %n dispositivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No team folder chosen yet; %n member device(s).</source>
        <translation>
            <numerusform>Ainda não foi escolhida a pasta da equipa; %n dispositivo membro.</numerusform>
            <numerusform>Ainda não foi escolhida a pasta da equipa; %n dispositivos membros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Folder {folder}; %n member device(s).</source>
        <translation>
            <numerusform>Pasta {folder}; %n dispositivo membro.</numerusform>
            <numerusform>Pasta {folder}; %n dispositivos membros.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamFeature</name>
    <message>
        <source>&amp;Team…</source>
        <translation>E&amp;quipa…</translation>
    </message>
    <message>
        <source>The team folder, the member devices and how far each one is; sync now</source>
        <translation>A pasta da equipa, os dispositivos membros e em que ponto está cada um; sincronizar agora</translation>
    </message>
</context>
<context>
    <name>TeamSettingsGroup</name>
    <message>
        <source>Team</source>
        <translation>Equipa</translation>
    </message>
    <message>
        <source>The team folder and the member devices</source>
        <translation>A pasta da equipa e os dispositivos membros</translation>
    </message>
    <message>
        <source>Te&amp;am…</source>
        <translation>E&amp;quipa…</translation>
    </message>
    <message>
        <source>Open the Team dialog</source>
        <translation>Abrir a janela Equipa</translation>
    </message>
</context>
<context>
    <name>TeamStatusLine</name>
    <message>
        <source>the team folder is missing ({path})</source>
        <translation>a pasta da equipa está em falta ({path})</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) can no longer be reached by changesets (keys)</source>
        <translation>
            <numerusform>%n dispositivo deixou de poder receber lotes de alterações (chaves)</numerusform>
            <numerusform>%n dispositivos deixaram de poder receber lotes de alterações (chaves)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>up to date with %n device(s)</source>
        <translation>
            <numerusform>atualizada com %n dispositivo</numerusform>
            <numerusform>atualizada com %n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>a sincronizar…</translation>
    </message>
    <message>
        <source>the last sync failed ({reason})</source>
        <translation>a última sincronização falhou ({reason})</translation>
    </message>
    <message>
        <source>{device} is left out: it is no longer a verified own device with keys</source>
        <translation>{device} ficou de fora: deixou de ser um dispositivo verificado do seu MNP com chaves</translation>
    </message>
    <message>
        <source>a file from {device} was set aside ({reason})</source>
        <translation>um ficheiro de {device} foi posto de parte ({reason})</translation>
    </message>
    <message>
        <source>waiting for the first snapshot from {device}</source>
        <translation>à espera do primeiro instantâneo de {device}</translation>
    </message>
    <message>
        <source>waiting for changeset {number} from {device}</source>
        <translation>à espera do lote de alterações {number} de {device}</translation>
    </message>
    <message>
        <source>{device}: up to date</source>
        <translation>{device}: atualizado</translation>
    </message>
    <message>
        <source>Team: {state}</source>
        <translation>Equipa: {state}</translation>
    </message>
    <message>
        <source>Click, or press Space, to open the team settings.</source>
        <translation>Clique, ou prima Espaço, para abrir as definições da equipa.</translation>
    </message>
    <message>
        <source>Team status</source>
        <translation>Situação da equipa</translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <source>Messages of this thread, oldest first</source>
        <translation>Mensagens desta conversa, mais antigas primeiro</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Reply to this message</source>
        <translation>Responder a esta mensagem</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Dar seguimento</translation>
    </message>
    <message>
        <source>Follow up on this message</source>
        <translation>Dar seguimento a esta mensagem</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Thread: %n message(s)</source>
        <translation>
            <numerusform>&amp;Conversa: %n mensagem</numerusform>
            <numerusform>&amp;Conversa: %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>{message} (this message)</source>
        <translation>{message} (esta mensagem)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Vault: {folder}</source>
        <translation>Cofre: {folder}</translation>
    </message>
    <message>
        <source>Restore a &amp;Backup…</source>
        <translation>Restaurar uma &amp;cópia de segurança…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder</source>
        <translation>Restaurar uma cópia de segurança numa pasta nova</translation>
    </message>
    <message>
        <source>Use the passphrase &amp;instead</source>
        <translation>Usar a frase secreta em &amp;vez disso</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Usar antes a frase secreta</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar o código de recuperação em &amp;vez disso</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar antes o código de recuperação</translation>
    </message>
    <message>
        <source>Opening the vault with this device&apos;s keyring…</source>
        <translation>A abrir o cofre com o porta-chaves deste dispositivo…</translation>
    </message>
    <message>
        <source>Checking the recovery code…</source>
        <translation>A verificar o código de recuperação…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escreva a sua frase secreta.</translation>
    </message>
    <message>
        <source>Unlocking. This takes about a second…</source>
        <translation>A desbloquear. Demora cerca de um segundo…</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <source>Unlock npmdesk</source>
        <translation>Desbloquear o npmdesk</translation>
    </message>
    <message>
        <source>The vault is locked</source>
        <translation>O cofre está bloqueado</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Problema com a frase secreta</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down: eight groups of four letters and digits. Dashes, spaces and capitals do not matter. A recovery code opens the vault only once: you then choose a new passphrase and get a new recovery code to write down, and the code you type here stops working.</source>
        <translation>Escreva o código de recuperação que anotou: oito grupos de quatro letras e algarismos. Hífenes, espaços e maiúsculas não importam. Um código de recuperação abre o cofre só uma vez: depois escolhe uma nova frase secreta e recebe um novo código de recuperação para anotar, e o código que escrever aqui deixa de funcionar.</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperação:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperação</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Recovery code problem</source>
        <translation>Problema com o código de recuperação</translation>
    </message>
    <message>
        <source>Use the recovery code &amp;instead</source>
        <translation>Usar o código de recuperação em &amp;vez disso</translation>
    </message>
    <message>
        <source>Use the recovery code instead</source>
        <translation>Usar antes o código de recuperação</translation>
    </message>
    <message>
        <source>Problem unlocking the vault</source>
        <translation>Problema ao desbloquear o cofre</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>UserGuideWindow</name>
    <message>
        <source>npmdesk User Guide</source>
        <translation>Guia de utilização do npmdesk</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página do guia</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>Página &amp;inicial</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Página inicial</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Procurar na página</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Procurar:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>A&amp;nterior</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Procurar anterior</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seguinte</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Procurar seguinte</translation>
    </message>
    <message>
        <source>This page is not translated yet: it is shown in English.</source>
        <translation>Esta página ainda não está traduzida: é mostrada em inglês.</translation>
    </message>
    <message>
        <source>A link outside the guide</source>
        <translation>Uma ligação para fora do guia</translation>
    </message>
    <message>
        <source>npmdesk does not open web pages or other programs. To read this page, copy its address into a web browser:</source>
        <translation>O npmdesk não abre páginas web nem outros programas. Para ler esta página, copie o endereço para um navegador web:</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>VaultMenu</name>
    <message>
        <source>Va&amp;ult</source>
        <translation>C&amp;ofre</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Mudar a &amp;frase secreta…</translation>
    </message>
    <message>
        <source>Set a new passphrase after typing the current one (or the recovery code)</source>
        <translation>Definir uma nova frase secreta depois de escrever a atual (ou o código de recuperação)</translation>
    </message>
    <message>
        <source>&amp;Check Integrity…</source>
        <translation>&amp;Verificar a integridade…</translation>
    </message>
    <message>
        <source>Check that every page of the vault is intact</source>
        <translation>Verificar que todas as páginas do cofre estão intactas</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>&amp;Restaurar uma cópia de segurança…</translation>
    </message>
    <message>
        <source>Restore a backup into a new folder; this vault is not changed</source>
        <translation>Restaurar uma cópia de segurança numa pasta nova; este cofre não é alterado</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>A frase secreta foi alterada. A antiga já não abre o cofre.</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Frase secreta alterada</translation>
    </message>
    <message>
        <source>The recovery code you used still works: npmdesk offers a new one at the next unlock.</source>
        <translation>O código de recuperação que usou ainda funciona: o npmdesk oferece um novo no próximo desbloqueio.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works; the new one you wrote down does.</source>
        <translation>O código de recuperação que usou já não funciona; o novo que anotou funciona.</translation>
    </message>
</context>
<context>
    <name>VerifyKeysDialog</name>
    <message>
        <source>Verify Keys</source>
        <translation>Verificar chaves</translation>
    </message>
    <message>
        <source>Fingerprint to compare</source>
        <translation>Impressão digital a comparar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>The fingerprints &amp;match</source>
        <translation>As impressões digitais &amp;coincidem</translation>
    </message>
    <message>
        <source>The fingerprints match: mark the keys as verified</source>
        <translation>As impressões digitais coincidem: marcar as chaves como verificadas</translation>
    </message>
    <message>
        <source>They &amp;differ</source>
        <translation>São &amp;diferentes</translation>
    </message>
    <message>
        <source>The fingerprints differ: do not trust these keys</source>
        <translation>As impressões digitais são diferentes: não confiar nestas chaves</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>{name} has no valid signing key in this vault, so there is nothing to verify. Add their keys from their contact card first.</source>
        <translation>{name} não tem uma chave de assinatura válida neste cofre, por isso não há nada a verificar. Adicione primeiro as chaves a partir do cartão de contacto.</translation>
    </message>
    <message>
        <source>Call {name} on a number you already know (not one given with the keys). Ask them to open File → Share My Keys… in their npmdesk and read their fingerprint aloud. Compare it with this one, group by group:</source>
        <translation>Telefone a {name} para um número que já conhece (não um dado com as chaves). Peça-lhe que abra Ficheiro → Partilhar as minhas chaves… no seu npmdesk e leia em voz alta a impressão digital. Compare-a com esta, grupo a grupo:</translation>
    </message>
    <message>
        <source>{name}&apos;s keys are now marked as verified. Packages they sign will show as coming from a verified contact.</source>
        <translation>As chaves de {name} estão agora marcadas como verificadas. Os pacotes que assinar aparecerão como vindos de um contacto verificado.</translation>
    </message>
    <message>
        <source>Do not trust these keys: someone may have replaced them. Do not import packages signed with them and do not export for them. Ask {name} for their contact card again through another channel (in person, for example) and replace the keys on the contact.</source>
        <translation>Não confie nestas chaves: alguém pode tê-las substituído. Não importe pacotes assinados com elas nem exporte para elas. Peça de novo o cartão de contacto a {name} por outro canal (pessoalmente, por exemplo) e substitua as chaves no contacto.</translation>
    </message>
</context>
<context>
    <name>VisitLabels</name>
    <message>
        <source>Preparation</source>
        <translation>Preparação</translation>
    </message>
    <message>
        <source>During the visit</source>
        <translation>Durante a visita</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimento</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Fase atual</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Por vir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Concern raised</source>
        <translation>Preocupação assinalada</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Em atraso</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Por fazer</translation>
    </message>
    <message>
        <source>Did not take place</source>
        <translation>Não se realizou</translation>
    </message>
    <message>
        <source>waiting for the SPT&apos;s report</source>
        <translation>aguarda o relatório do SPT</translation>
    </message>
    <message>
        <source>the State&apos;s reply to the SPT</source>
        <translation>a resposta do Estado ao SPT</translation>
    </message>
    <message>
        <source>the NPM&apos;s reply to the SPT</source>
        <translation>a resposta do MNP ao SPT</translation>
    </message>
    <message>
        <source>urge the State to request publication (art. 16(2))</source>
        <translation>instar o Estado a pedir a publicação (art. 16(2))</translation>
    </message>
    <message>
        <source>publication by the SPT (the State requested it)</source>
        <translation>publicação pelo SPT (o Estado pediu-a)</translation>
    </message>
    <message>
        <source>the NPM decides whether to publish it</source>
        <translation>o MNP decide se o publica</translation>
    </message>
    <message>
        <source>publish it (the NPM decided to)</source>
        <translation>publicá-lo (o MNP assim decidiu)</translation>
    </message>
    <message>
        <source>nothing: this track is complete</source>
        <translation>nada: este percurso está concluído</translation>
    </message>
</context>
<context>
    <name>VisitWorkspace</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>nothing is overdue while the visit is on hold</source>
        <translation>nada está em atraso enquanto a visita estiver em suspenso</translation>
    </message>
    <message>
        <source>Counterpart: {name}</source>
        <translation>Interlocutor: {name}</translation>
    </message>
    <message>
        <source>Visit workspace: {title}</source>
        <translation>Área de trabalho da visita: {title}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>desde {start}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>até {end}</translation>
    </message>
    <message>
        <source>dates not known</source>
        <translation>datas desconhecidas</translation>
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
        <translation>Outros registos ligados</translation>
    </message>
    <message>
        <source>{state} (ticked)</source>
        <translation>{state} (assinalado)</translation>
    </message>
    <message>
        <source>{item} (optional)</source>
        <translation>{item} (facultativo)</translation>
    </message>
    <message numerus="yes">
        <source>{item}: {state}, %n record(s)</source>
        <translation>
            <numerusform>{item}: {state}, %n registo</numerusform>
            <numerusform>{item}: {state}, %n registos</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>No recommendations recorded from this visit&apos;s reports.</source>
        <translation>Nenhuma recomendação registada a partir dos relatórios desta visita.</translation>
    </message>
    <message numerus="yes">
        <source>%n recommendation(s) from this visit&apos;s reports — {parts}</source>
        <translation>
            <numerusform>%n recomendação dos relatórios desta visita — {parts}</numerusform>
            <numerusform>%n recomendações dos relatórios desta visita — {parts}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitWorkspaceForm</name>
    <message>
        <source>Visit workspace</source>
        <translation>Área de trabalho da visita</translation>
    </message>
    <message>
        <source>Visit recor&amp;d…</source>
        <translation>Registo &amp;da visita…</translation>
    </message>
    <message>
        <source>Show the visit&apos;s own record</source>
        <translation>Mostrar o registo próprio da visita</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Country, dates and status of the visit</source>
        <translation>País, datas e situação da visita</translation>
    </message>
    <message>
        <source>&amp;Checklist and records (Enter or a click opens a record):</source>
        <translation>&amp;Lista de verificação e registos (Enter ou um clique abre um registo):</translation>
    </message>
    <message>
        <source>Phases of the visit, their checklist and records</source>
        <translation>Fases da visita, as suas listas de verificação e registos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>State or date</source>
        <translation>Situação ou data</translation>
    </message>
    <message>
        <source>Recommendations of this visit</source>
        <translation>Recomendações desta visita</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Records</source>
        <translation>Registos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Search: more than {limit} results, the most recently added first. Add words to rank them by best match.</source>
        <translation>Pesquisa: mais de {limit} resultados, os adicionados mais recentemente primeiro. Acrescente palavras para os ordenar por melhor correspondência.</translation>
    </message>
    <message numerus="yes">
        <source>Search: %n result(s)</source>
        <translation>
            <numerusform>Pesquisa: %n resultado</numerusform>
            <numerusform>Pesquisa: %n resultados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: the %n most recently added results</source>
        <translation>
            <numerusform>Pesquisa: o %n resultado adicionado mais recentemente</numerusform>
            <numerusform>Pesquisa: os %n resultados adicionados mais recentemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Search: the best %n results</source>
        <translation>
            <numerusform>Pesquisa: o melhor %n resultado</numerusform>
            <numerusform>Pesquisa: os %n melhores resultados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilização: </translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta mensagem de ajuda e sair</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>são obrigatórios os seguintes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>escolha inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperava-se um argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>esperava-se pelo menos um argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>esperava-se no máximo um argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opção ambígua: %(option)s pode corresponder a %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>não permitido com o argumento %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>é obrigatório um dos argumentos %s</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>não é possível abrir &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>Unexpected internal error ({name}). Please report it; run with NPMDESK_DEBUG=1 for details.</source>
        <translation>Erro interno inesperado ({name}). Comunique-o; execute com NPMDESK_DEBUG=1 para ver os detalhes.</translation>
    </message>
    <message>
        <source>Wrote the backup to {path} ({size}) and verified it: it restores with this vault&apos;s passphrase or recovery code.</source>
        <translation>Cópia de segurança escrita em {path} ({size}) e verificada: restaura-se com a frase secreta ou o código de recuperação deste cofre.</translation>
    </message>
    <message>
        <source>Keep it away from this computer (an emergency erase does not touch backups).</source>
        <translation>Guarde-a longe deste computador (um apagamento de emergência não afeta as cópias).</translation>
    </message>
    <message>
        <source>Restored the backup into {path}: it opens and passed both integrity checks.</source>
        <translation>Cópia de segurança restaurada em {path}: abre e passou as duas verificações de integridade.</translation>
    </message>
    <message>
        <source>It opens with the passphrase the vault had when the backup was made.</source>
        <translation>Abre com a frase secreta que o cofre tinha quando a cópia foi feita.</translation>
    </message>
    <message>
        <source>To set a new one: npmdesk passwd --vault {path} --recovery-code-file FILE</source>
        <translation>Para definir uma nova: npmdesk passwd --vault {path} --recovery-code-file FICHEIRO</translation>
    </message>
    <message>
        <source>The vault at {path} is erased: its keys were destroyed first, then its files.</source>
        <translation>O cofre em {path} foi apagado: primeiro as chaves foram destruídas, depois os ficheiros.</translation>
    </message>
    <message>
        <source>The folder itself was kept: it holds files that are not part of the vault.</source>
        <translation>A pasta em si foi mantida: contém ficheiros que não fazem parte do cofre.</translation>
    </message>
    <message>
        <source>Backups are not affected: destroy them separately if they must go too.</source>
        <translation>As cópias de segurança não são afetadas: destrua-as à parte se também tiverem de desaparecer.</translation>
    </message>
    <message>
        <source>These records need your confirmation before they leave the vault:</source>
        <translation>Estes registos precisam da sua confirmação antes de saírem do cofre:</translation>
    </message>
    <message>
        <source>left out whatever is confirmed: {id}  {title}</source>
        <translation>excluído mesmo confirmando: {id}  {title}</translation>
    </message>
    <message>
        <source>Run the command again with --confirm-sensitive to export them.</source>
        <translation>Execute o comando de novo com --confirm-sensitive para os exportar.</translation>
    </message>
    <message>
        <source>Wrote the draft to {path}, for {recipients}.</source>
        <translation>Rascunho escrito em {path}, para {recipients}.</translation>
    </message>
    <message>
        <source>Its cover note travels in clear: it says what the file is and how to open it, nothing confidential. Open the draft in your mail program (Thunderbird and Outlook open it as a draft), check it and send it.</source>
        <translation>A nota de apresentação viaja em claro: diz o que é o ficheiro e como o abrir, nada confidencial. Abra o rascunho no seu programa de correio (o Thunderbird e o Outlook abrem-no como rascunho), verifique-o e envie-o.</translation>
    </message>
    <message>
        <source>Give the PDF&apos;s password by phone, never in the same email.</source>
        <translation>Dê a palavra-passe do PDF por telefone, nunca no mesmo email.</translation>
    </message>
    <message>
        <source>The PDF&apos;s password (shown only now: npmdesk does not keep it):</source>
        <translation>A palavra-passe do PDF (mostrada só agora: o npmdesk não a guarda):</translation>
    </message>
    <message>
        <source>Give it to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Dê-a ao destinatário por telefone, nunca no mesmo email que o PDF.</translation>
    </message>
    <message>
        <source>Give the password to the recipient by phone, never in the same email as the PDF.</source>
        <translation>Dê a palavra-passe ao destinatário por telefone, nunca no mesmo email que o PDF.</translation>
    </message>
    <message>
        <source>Wrote the correspondence log to {path} ({size} KB).</source>
        <translation>Registo de correspondência escrito em {path} ({size} KB).</translation>
    </message>
    <message>
        <source>Wrote the visit dossier to {path} ({size} KB).</source>
        <translation>Dossiê de visita escrito em {path} ({size} KB).</translation>
    </message>
    <message>
        <source>Wrote the recommendations tracker to {path} ({size} KB).</source>
        <translation>Acompanhamento das recomendações escrito em {path} ({size} KB).</translation>
    </message>
    <message>
        <source>This PDF is not encrypted: keep it safe, and delete it when you no longer need it.</source>
        <translation>Este PDF não está cifrado: guarde-o em segurança e apague-o quando já não precisar dele.</translation>
    </message>
    <message>
        <source>npmdesk: warning: {text}</source>
        <translation>npmdesk: aviso: {text}</translation>
    </message>
    <message>
        <source>It is shown only this once. Write it down and keep it apart from this computer:</source>
        <translation>Só é mostrado desta vez. Anote-o e guarde-o longe deste computador:</translation>
    </message>
    <message>
        <source>With it you can open the vault and set a new passphrase if you forget yours.</source>
        <translation>Com ele pode abrir o cofre e definir uma nova frase secreta se esquecer a sua.</translation>
    </message>
    <message>
        <source>Created the vault at {path}.

Recovery code:</source>
        <translation>Cofre criado em {path}.

Código de recuperação:</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is that of {country} ({code}).</source>
        <translation>O MNP deste cofre é o de {country} ({code}).</translation>
    </message>
    <message>
        <source>The vault is remembered on this device.</source>
        <translation>O cofre fica memorizado neste dispositivo.</translation>
    </message>
    <message>
        <source>The vault is healthy: both integrity checks passed.</source>
        <translation>O cofre está em bom estado: passou as duas verificações de integridade.</translation>
    </message>
    <message>
        <source>The passphrase is changed. The old one no longer opens the vault.</source>
        <translation>A frase secreta foi alterada. A antiga já não abre o cofre.</translation>
    </message>
    <message>
        <source>The recovery code you used no longer works. New recovery code:</source>
        <translation>O código de recuperação usado já não funciona. Novo código de recuperação:</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key.

New recovery code:</source>
        <translation>O cofre foi recifrado com uma chave nova.

Novo código de recuperação:</translation>
    </message>
    <message>
        <source>The old recovery code no longer works.</source>
        <translation>O código de recuperação antigo já não funciona.</translation>
    </message>
    <message>
        <source>New recovery code:</source>
        <translation>Novo código de recuperação:</translation>
    </message>
    <message>
        <source>The vault is remembered on this device: it opens without the passphrase here.</source>
        <translation>O cofre fica memorizado neste dispositivo: aqui abre sem a frase secreta.</translation>
    </message>
    <message>
        <source>This device no longer remembers the vault.</source>
        <translation>Este dispositivo já não memoriza o cofre.</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the PDF (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Excluído do PDF (%n): o consentimento para transmissão ao SPT foi recusado.</numerusform>
            <numerusform>Excluídos do PDF (%n): o consentimento para transmissão ao SPT foi recusado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out of the package (%n): consent to transmission to the SPT was refused.</source>
        <translation>
            <numerusform>Excluído do pacote (%n): o consentimento para transmissão ao SPT foi recusado.</numerusform>
            <numerusform>Excluídos do pacote (%n): o consentimento para transmissão ao SPT foi recusado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked as sent: %n draft(s).</source>
        <translation>
            <numerusform>Marcado como enviado: %n rascunho.</numerusform>
            <numerusform>Marcados como enviados: %n rascunhos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npmdesk: %n message(s) already in the vault were left as they are.</source>
        <translation>
            <numerusform>npmdesk: %n mensagem que já estava no cofre foi deixada como estava.</numerusform>
            <numerusform>npmdesk: %n mensagens que já estavam no cofre foram deixadas como estavam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path} ({size} bytes), as a PDF protected with a password (AES-256).</source>
        <translation>
            <numerusform>%n registo exportado para {path} ({size} bytes), como PDF protegido por palavra-passe (AES-256).</numerusform>
            <numerusform>%n registos exportados para {path} ({size} bytes), como PDF protegido por palavra-passe (AES-256).</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter passphrase for {path}: </source>
        <translation>Frase secreta para {path}: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Escreva-a de novo: </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase secreta: </translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nova frase secreta: </translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Código de recuperação: </translation>
    </message>
    <message>
        <source>Package passphrase: </source>
        <translation>Frase secreta do pacote: </translation>
    </message>
    <message>
        <source>Enter passphrase: </source>
        <translation>Frase secreta: </translation>
    </message>
    <message>
        <source>Confirm passphrase: </source>
        <translation>Confirme a frase secreta: </translation>
    </message>
    <message>
        <source>Age recipient (others encrypt packages for this vault with it):</source>
        <translation>Destinatário age (outros cifram com ele os pacotes para este cofre):</translation>
    </message>
    <message>
        <source>Signing key (it signs the packages this vault exports):</source>
        <translation>Chave de assinatura (assina os pacotes que este cofre exporta):</translation>
    </message>
    <message>
        <source>Fingerprint (compare it by phone before trusting packages):</source>
        <translation>Impressão digital (compare-a por telefone antes de confiar nos pacotes):</translation>
    </message>
    <message>
        <source>For recipients without npmdesk, who check packages with OpenSSH: npmdesk identity --ssh</source>
        <translation>Para destinatários sem o npmdesk, que verificam os pacotes com o OpenSSH: npmdesk identity --ssh</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n anexo</numerusform>
            <numerusform>%n anexos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted with a passphrase.</source>
        <translation>
            <numerusform>%n registo e {attachments} exportados para {path} ({size} bytes), cifrados com uma frase secreta.</numerusform>
            <numerusform>%n registos e {attachments} exportados para {path} ({size} bytes), cifrados com uma frase secreta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) and {attachments} to {path} ({size} bytes), encrypted for {recipients}.</source>
        <translation>
            <numerusform>%n registo e {attachments} exportados para {path} ({size} bytes), cifrados para {recipients}.</numerusform>
            <numerusform>%n registos e {attachments} exportados para {path} ({size} bytes), cifrados para {recipients}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by this vault, fingerprint {fingerprint}.</source>
        <translation>Assinado por este cofre, impressão digital {fingerprint}.</translation>
    </message>
    <message>
        <source>For your NPM&apos;s own devices only: the records carry real names (not pseudonymised).</source>
        <translation>Só para os dispositivos do seu MNP: os registos levam os nomes reais (não pseudonimizados).</translation>
    </message>
    <message>
        <source>Signed by {signer}.</source>
        <translation>Assinado por {signer}.</translation>
    </message>
    <message>
        <source>This package carries real names: it comes from one of your NPM&apos;s own devices.</source>
        <translation>Este pacote leva os nomes reais: vem de um dos dispositivos do seu MNP.</translation>
    </message>
    <message>
        <source>Would import: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>Importaria: {new} novos, {updated} atualizados, {unchanged} sem alterações, {ahead} já mais recentes aqui, {conflicts} editados dos dois lados, {deleted} apagados aqui (não repostos); {attachments} anexos novos.</translation>
    </message>
    <message>
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {ahead} already newer here, {conflicts} edited on both sides, {deleted} deleted here (not brought back); {attachments} new attachments.</source>
        <translation>Importado: {new} novos, {updated} atualizados, {unchanged} sem alterações, {ahead} já mais recentes aqui, {conflicts} editados dos dois lados, {deleted} apagados aqui (não repostos); {attachments} anexos novos.</translation>
    </message>
    <message>
        <source>conflict: {id}  {title}  (both versions are in its history)</source>
        <translation>conflito: {id}  {title}  (ambas as versões estão no seu histórico)</translation>
    </message>
    <message>
        <source>deleted here: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>apagado aqui: {id}  {title}  (para o repor: --restore-deleted {id})</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender: {id}  {title}  (to bring it back: --restore-deleted {id})</source>
        <translation>apagado aqui, alterado pelo remetente: {id}  {title}  (para o repor: --restore-deleted {id})</translation>
    </message>
    <message>
        <source>real names filled in: {id}  {title}  (from one of your NPM&apos;s own devices)</source>
        <translation>nomes reais preenchidos: {id}  {title}  (de um dos dispositivos do seu MNP)</translation>
    </message>
    <message>
        <source>would be brought back: {id}  {title}</source>
        <translation>seria reposto: {id}  {title}</translation>
    </message>
    <message>
        <source>brought back: {id}  {title}</source>
        <translation>reposto: {id}  {title}</translation>
    </message>
    <message>
        <source>keys not taken: {id}  {title}  (another contact or this vault already has them)</source>
        <translation>chaves não aceites: {id}  {title}  (outro contacto ou este cofre já as tem)</translation>
    </message>
    <message>
        <source>Signature verified: signing key {key}</source>
        <translation>Assinatura verificada: chave de assinatura {key}</translation>
    </message>
    <message>
        <source>fingerprint {fingerprint} (compare it with the sender)</source>
        <translation>impressão digital {fingerprint} (compare-a com o remetente)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) and {files} unpacked into {folder}:</source>
        <translation>
            <numerusform>%n registo e {files} desempacotados em {folder}:</numerusform>
            <numerusform>%n registos e {files} desempacotados em {folder}:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n ficheiro</numerusform>
            <numerusform>%n ficheiros</numerusform>
        </translation>
    </message>
    <message>
        <source>... and {count} more (every record is in records.json)</source>
        <translation>... e mais {count} (todos os registos estão em records.json)</translation>
    </message>
    <message>
        <source>Open {path} to read them. These files are NOT encrypted.</source>
        <translation>Abra {path} para os ler. Estes ficheiros NÃO estão cifrados.</translation>
    </message>
    <message>
        <source>sender&apos;s NPM, as the package states it: {name}</source>
        <translation>MNP do remetente, segundo o pacote: {name}</translation>
    </message>
    <message>
        <source>sender&apos;s user, as the package states it: {name}</source>
        <translation>utilizador do remetente, segundo o pacote: {name}</translation>
    </message>
    <message>
        <source>made: {date}</source>
        <translation>criado: {date}</translation>
    </message>
    <message>
        <source>Fingerprint {fingerprint}: compare it with {name}, then run &apos;npmdesk contact verify&apos;.</source>
        <translation>Impressão digital {fingerprint}: compare-a com {name} e execute &apos;npmdesk contact verify&apos;.</translation>
    </message>
    <message>
        <source>own device</source>
        <translation>dispositivo próprio</translation>
    </message>
    <message>
        <source>{name} is no longer one of your NPM&apos;s own devices: packages for it carry pseudonyms.</source>
        <translation>{name} já não é um dos dispositivos do seu MNP: os pacotes para ele levam pseudónimos.</translation>
    </message>
    <message>
        <source>{name} is now one of your NPM&apos;s own devices: packages for it carry real names.</source>
        <translation>{name} é agora um dos dispositivos do seu MNP: os pacotes para ele levam os nomes reais.</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>chave de assinatura</translation>
    </message>
    <message>
        <source>age recipient</source>
        <translation>destinatário age</translation>
    </message>
    <message>
        <source>Removed from {name}: {keys}.</source>
        <translation>Removido de {name}: {keys}.</translation>
    </message>
    <message>
        <source>The keys of {name} are now marked as verified.</source>
        <translation>As chaves de {name} estão agora marcadas como verificadas.</translation>
    </message>
    <message>
        <source>note: more than {limit} records match, so they are listed newest first, not by best match; add words to narrow the search</source>
        <translation>nota: mais de {limit} registos correspondem, por isso são listados do mais recente para o mais antigo, não por relevância; acrescente palavras para restringir a pesquisa</translation>
    </message>
    <message>
        <source>No State party is chosen for this vault yet: set it with &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; lists the codes).</source>
        <translation>Ainda não foi escolhido nenhum Estado Parte para este cofre: defina-o com &apos;npmdesk state CC&apos; (&apos;npmdesk states&apos; enumera os códigos).</translation>
    </message>
    <message>
        <source>This vault&apos;s NPM is now that of {state}.</source>
        <translation>O MNP deste cofre é agora o de {state}.</translation>
    </message>
    <message>
        <source>The team folder is now {path}. This device writes only into its subfolder {fingerprint}; run &apos;npmdesk sync&apos; for a round.</source>
        <translation>A pasta da equipa é agora {path}. Este dispositivo só escreve na sua subpasta {fingerprint}; execute &apos;npmdesk sync&apos; para uma ronda.</translation>
    </message>
    <message>
        <source>{name} (fingerprint {fingerprint}) is now a team member: the next sync makes a snapshot of this vault for it, then sends it every change.</source>
        <translation>{name} (impressão digital {fingerprint}) é agora membro da equipa: a próxima sincronização faz para ele um instantâneo deste cofre e depois envia-lhe cada alteração.</translation>
    </message>
    <message>
        <source>{name} is no longer a team member: new changesets are not addressed to it. What it already received stays on it (npmdesk cannot take back what a device holds).</source>
        <translation>{name} já não é membro da equipa: os novos conjuntos de alterações não lhe são dirigidos. O que já recebeu fica nele (o npmdesk não pode retirar o que um dispositivo tem).</translation>
    </message>
    <message>
        <source>No team folder yet: choose one with &apos;npmdesk team folder DIR&apos;.</source>
        <translation>Ainda não há pasta da equipa: escolha uma com &apos;npmdesk team folder PASTA&apos;.</translation>
    </message>
    <message>
        <source>No member devices yet: add one with &apos;npmdesk team add CONTACT&apos;.</source>
        <translation>Ainda não há dispositivos membros: acrescente um com &apos;npmdesk team add CONTACTO&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n edited on both sides: see &quot;Edited on both sides&quot;.</source>
        <translation>
            <numerusform>%n editado dos dois lados: veja «Editados dos dois lados».</numerusform>
            <numerusform>%n editados dos dois lados: veja «Editados dos dois lados».</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is a member but no longer a verified own device with keys: left out.</source>
        <translation>{name} é membro mas já não é um dispositivo próprio verificado com chaves: excluído.</translation>
    </message>
    <message>
        <source>Ignored the subfolder {folder}: it is not a member device&apos;s.</source>
        <translation>A subpasta {folder} foi ignorada: não é de um dispositivo membro.</translation>
    </message>
    <message>
        <source>a change of recovery code did not finish (npmdesk was interrupted): your previous recovery code still opens the vault. Run &apos;npmdesk new-recovery-code&apos; to make a new one.</source>
        <translation>uma mudança do código de recuperação não terminou (o npmdesk foi interrompido): o seu código de recuperação anterior continua a abrir o cofre. Execute &apos;npmdesk new-recovery-code&apos; para criar um novo.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sem data</translation>
    </message>
    <message>
        <source>no sender</source>
        <translation>sem remetente</translation>
    </message>
    <message>
        <source>new: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>novo: {when}, {direction}, de {sender}: {subject} ({source}, {attachments})</translation>
    </message>
    <message>
        <source>already in the vault: {when}, {direction}, from {sender}: {subject} ({source}, {attachments})</source>
        <translation>já no cofre: {when}, {direction}, de {sender}: {subject} ({source}, {attachments})</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>cannot read {name}: {error}</source>
        <translation>não é possível ler {name}: {error}</translation>
    </message>
    <message>
        <source>not among your contacts: {person} (add with --add-contact {email})</source>
        <translation>não está entre os seus contactos: {person} (acrescente com --add-contact {email})</translation>
    </message>
    <message>
        <source>review {date}  {record}</source>
        <translation>rever a {date}  {record}</translation>
    </message>
    <message>
        <source>team folder: {folder}</source>
        <translation>pasta da equipa: {folder}</translation>
    </message>
    <message>
        <source>team folder: {folder}  (NOT there now)</source>
        <translation>pasta da equipa: {folder}  (NÃO está lá agora)</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}, changes waiting for the next sync</source>
        <translation>este dispositivo: {fingerprint}, último conjunto de alterações {sequence}, há alterações à espera da próxima sincronização</translation>
    </message>
    <message>
        <source>this device: {fingerprint}, last changeset {sequence}</source>
        <translation>este dispositivo: {fingerprint}, último conjunto de alterações {sequence}</translation>
    </message>
    <message>
        <source>(a deleted contact)</source>
        <translation>(um contacto apagado)</translation>
    </message>
    <message>
        <source>LEFT OUT: no longer a verified own device with keys; changesets are not addressed to it</source>
        <translation>EXCLUÍDO: já não é um dispositivo próprio verificado com chaves; os conjuntos de alterações não lhe são dirigidos</translation>
    </message>
    <message>
        <source>not started: waiting for the snapshot it makes for this device</source>
        <translation>não iniciado: à espera do instantâneo que faz para este dispositivo</translation>
    </message>
    <message>
        <source>its changesets applied here up to {sequence}</source>
        <translation>os seus conjuntos de alterações aplicados aqui até ao {sequence}</translation>
    </message>
    <message>
        <source>its snapshot applied here</source>
        <translation>o seu instantâneo aplicado aqui</translation>
    </message>
    <message numerus="yes">
        <source>(%n more in the folder)</source>
        <translation>
            <numerusform>(mais %n na pasta)</numerusform>
            <numerusform>(mais %n na pasta)</numerusform>
        </translation>
    </message>
    <message>
        <source>it applied this device&apos;s up to {sequence}</source>
        <translation>aplicou os deste dispositivo até ao {sequence}</translation>
    </message>
    <message>
        <source>it has not applied anything of this device yet</source>
        <translation>ainda não aplicou nada deste dispositivo</translation>
    </message>
    <message>
        <source>last seen {date}</source>
        <translation>visto pela última vez a {date}</translation>
    </message>
    <message>
        <source>never seen in the team folder</source>
        <translation>nunca visto na pasta da equipa</translation>
    </message>
    <message>
        <source>set aside: {reason}</source>
        <translation>posto de parte: {reason}</translation>
    </message>
    <message>
        <source>{count} moved to the bin</source>
        <translation>{count} movidos para o lixo</translation>
    </message>
    <message>
        <source>{count} kept (deleted there, edited here)</source>
        <translation>{count} mantidos (apagados lá, editados aqui)</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>nenhum registo</translation>
    </message>
    <message>
        <source>Applied snapshot {sequence} of {device}: {counts}.</source>
        <translation>Instantâneo {sequence} de {device} aplicado: {counts}.</translation>
    </message>
    <message>
        <source>Applied changeset {sequence} of {device}: {counts}.</source>
        <translation>Conjunto de alterações {sequence} de {device} aplicado: {counts}.</translation>
    </message>
    <message>
        <source>Wrote changeset {sequence}: {records}, {deletions}, {attachments}.</source>
        <translation>Conjunto de alterações {sequence} escrito: {records}, {deletions}, {attachments}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registo</numerusform>
            <numerusform>%n registos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n eliminação</numerusform>
            <numerusform>%n eliminações</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote a snapshot for {name} ({records}).</source>
        <translation>Instantâneo escrito para {name} ({records}).</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s) every member has applied.</source>
        <translation>
            <numerusform>Foi removido %n ficheiro que todos os membros aplicaram.</numerusform>
            <numerusform>Foram removidos %n ficheiros que todos os membros aplicaram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to date with %n device(s).</source>
        <translation>
            <numerusform>Atualizado com %n dispositivo.</numerusform>
            <numerusform>Atualizado com %n dispositivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>acrescentados</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizados</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <source>ahead</source>
        <translation>já mais recentes aqui</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitos</translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation>apagados aqui</translation>
    </message>
    <message>
        <source>deleted here, changed by the sender</source>
        <translation>apagados aqui, alterados pelo remetente</translation>
    </message>
    <message>
        <source>real names filled in</source>
        <translation>nomes reais preenchidos</translation>
    </message>
    <message>
        <source>malformed key</source>
        <translation>chave mal formada</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>sem chaves</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificadas</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NÃO verificadas</translation>
    </message>
    <message>
        <source>strictly confidential</source>
        <translation>estritamente confidencial</translation>
    </message>
    <message>
        <source>personal data without recorded consent</source>
        <translation>dados pessoais sem consentimento registado</translation>
    </message>
    <message>
        <source>internal to the NPM</source>
        <translation>interno ao MNP</translation>
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
        <translation>data:</translation>
    </message>
    <message>
        <source>status:</source>
        <translation>situação:</translation>
    </message>
    <message>
        <source>sensitivity:</source>
        <translation>sensibilidade:</translation>
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
        <translation>prazo:</translation>
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
        <translation>alterado:</translation>
    </message>
    <message>
        <source>attachment:</source>
        <translation>anexo:</translation>
    </message>
    <message>
        <source>(personal data, consent: {consent})</source>
        <translation>(dados pessoais, consentimento: {consent})</translation>
    </message>
    <message>
        <source>{date} by {user} (version {version})</source>
        <translation>{date} por {user} (versão {version})</translation>
    </message>
    <message>
        <source>{name} ({size} bytes, {type})</source>
        <translation>{name} ({size} bytes, {type})</translation>
    </message>
    <message>
        <source>not fully indexed: search finds only part of its text, or none</source>
        <translation>não totalmente indexado: a pesquisa só encontra parte do seu texto, ou nada</translation>
    </message>
    <message>
        <source>(malformed key: remove it with &apos;npmdesk contact remove-key&apos;)</source>
        <translation>(chave mal formada: remova-a com &apos;npmdesk contact remove-key&apos;)</translation>
    </message>
    <message>
        <source>date means:</source>
        <translation>a data é:</translation>
    </message>
    <message>
        <source>statuses:</source>
        <translation>situações:</translation>
    </message>
    <message>
        <source>when {field} is {value}: {statuses}</source>
        <translation>quando {field} é {value}: {statuses}</translation>
    </message>
    <message>
        <source>fields:</source>
        <translation>campos:</translation>
    </message>
    <message>
        <source>(required)</source>
        <translation>(obrigatório)</translation>
    </message>
    <message>
        <source>(and {count} more)</source>
        <translation>(e mais {count})</translation>
    </message>
    <message>
        <source>a date written YYYY-MM-DD, for example 2026-11-29</source>
        <translation>uma data escrita AAAA-MM-DD, por exemplo 2026-11-29</translation>
    </message>
    <message>
        <source>a whole number, for example 2025</source>
        <translation>um número inteiro, por exemplo 2025</translation>
    </message>
    <message>
        <source>a number, for example 1250.50</source>
        <translation>um número, por exemplo 1250.50</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>sim ou não (yes ou no)</translation>
    </message>
    <message>
        <source>one of: {values}</source>
        <translation>um destes valores: {values}</translation>
    </message>
    <message>
        <source>values among: {values} (repeat --field or separate them with commas)</source>
        <translation>valores entre: {values} (repita --field ou separe-os com vírgulas)</translation>
    </message>
    <message>
        <source>ids of records in this vault (repeat --field or separate them with commas)</source>
        <translation>identificadores de registos deste cofre (repita --field ou separe-os com vírgulas)</translation>
    </message>
    <message>
        <source>text items (repeat --field or separate them with commas)</source>
        <translation>elementos de texto (repita --field ou separe-os com vírgulas)</translation>
    </message>
    <message>
        <source>text that is not empty</source>
        <translation>um texto não vazio</translation>
    </message>
    <message>
        <source>unlock and verify integrity (exit 0 healthy, 1 damaged)</source>
        <translation>desbloquear e verificar a integridade (saída 0 em bom estado, 1 danificado)</translation>
    </message>
    <message>
        <source>re-encrypt the vault with a new key (prints a new recovery code)</source>
        <translation>recifrar o cofre com uma chave nova (mostra um novo código de recuperação)</translation>
    </message>
    <message>
        <source>replace the recovery code (the old one stops working)</source>
        <translation>substituir o código de recuperação (o antigo deixa de funcionar)</translation>
    </message>
    <message>
        <source>remember the vault on this device (OS keyring)</source>
        <translation>memorizar o cofre neste dispositivo (porta-chaves do sistema)</translation>
    </message>
    <message>
        <source>stop remembering the vault on this device</source>
        <translation>deixar de memorizar o cofre neste dispositivo</translation>
    </message>
    <message>
        <source>the kind of record: {kinds}</source>
        <translation>o tipo de registo: {kinds}</translation>
    </message>
    <message>
        <source>age-compatible encrypt/decrypt with the same flags as the age tool</source>
        <translation>cifrar/decifrar compatível com age, com as mesmas opções que a ferramenta age</translation>
    </message>
    <message>
        <source>Encrypt or decrypt age files (age-encryption.org/v1), like the age tool. INPUT and OUTPUT default to standard input and output; armor is detected when decrypting. A passphrase is read from NPMDESK_PASSPHRASE or asked at the terminal.</source>
        <translation>Cifra ou decifra ficheiros age (age-encryption.org/v1), como a ferramenta age. INPUT e OUTPUT são por omissão a entrada e a saída padrão; a blindagem é detetada ao decifrar. A frase secreta é lida de NPMDESK_PASSPHRASE ou pedida no terminal.</translation>
    </message>
    <message>
        <source>accepted like every subcommand; age needs no vault</source>
        <translation>aceite como em todos os subcomandos; o age não precisa de cofre</translation>
    </message>
    <message>
        <source>encrypt (the default)</source>
        <translation>cifrar (por omissão)</translation>
    </message>
    <message>
        <source>decrypt</source>
        <translation>decifrar</translation>
    </message>
    <message>
        <source>encrypt to this age public key, age1… (repeatable)</source>
        <translation>cifrar para esta chave pública age, age1… (repetível)</translation>
    </message>
    <message>
        <source>encrypt to the recipients listed in PATH (repeatable)</source>
        <translation>cifrar para os destinatários listados em PATH (repetível)</translation>
    </message>
    <message>
        <source>decrypt with the secret keys in PATH; when encrypting, encrypt to their public keys (repeatable)</source>
        <translation>decifrar com as chaves secretas de PATH; ao cifrar, cifrar para as suas chaves públicas (repetível)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase</source>
        <translation>cifrar com uma frase secreta</translation>
    </message>
    <message>
        <source>encrypt to a PEM-encoded (ASCII) format</source>
        <translation>cifrar num formato codificado PEM (ASCII)</translation>
    </message>
    <message>
        <source>write the result to OUTPUT (default: standard output)</source>
        <translation>escrever o resultado em OUTPUT (por omissão: a saída padrão)</translation>
    </message>
    <message>
        <source>the file to read (default: standard input)</source>
        <translation>o ficheiro a ler (por omissão: a entrada padrão)</translation>
    </message>
    <message>
        <source>print this vault&apos;s age recipient and signing-key fingerprint</source>
        <translation>mostrar o destinatário age deste cofre e a impressão digital da sua chave de assinatura</translation>
    </message>
    <message>
        <source>print only the allowed_signers line with which a recipient checks this vault&apos;s packages using OpenSSH (ssh-keygen -Y verify)</source>
        <translation>mostrar só a linha allowed_signers com a qual um destinatário verifica os pacotes deste cofre com o OpenSSH (ssh-keygen -Y verify)</translation>
    </message>
    <message>
        <source>write an encrypted, signed package</source>
        <translation>escrever um pacote cifrado e assinado</translation>
    </message>
    <message>
        <source>every record (not the bin)</source>
        <translation>todos os registos (não o lixo)</translation>
    </message>
    <message>
        <source>these records (and their contacts)</source>
        <translation>estes registos (e os seus contactos)</translation>
    </message>
    <message>
        <source>the records of a report: correspondence-log, visit-dossier (with --visit) or recommendations, within --from/--to</source>
        <translation>os registos de um relatório: correspondence-log, visit-dossier (com --visit) ou recommendations, entre --from e --to</translation>
    </message>
    <message>
        <source>with --report visit-dossier: the visit</source>
        <translation>com --report visit-dossier: a visita</translation>
    </message>
    <message>
        <source>with --report: records dated on or after DATE</source>
        <translation>com --report: registos com data DATE ou posterior</translation>
    </message>
    <message>
        <source>with --report: records dated on or before DATE</source>
        <translation>com --report: registos com data DATE ou anterior</translation>
    </message>
    <message>
        <source>package (default), or pdf: a PDF protected with a password (AES-256), for recipients with only a PDF reader (with --passphrase: npmdesk makes the password)</source>
        <translation>package (por omissão) ou pdf: um PDF protegido por palavra-passe (AES-256), para destinatários que só têm um leitor de PDF (com --passphrase: o npmdesk cria a palavra-passe)</translation>
    </message>
    <message>
        <source>encrypt for this age public key, age1… (repeatable)</source>
        <translation>cifrar para esta chave pública age, age1… (repetível)</translation>
    </message>
    <message>
        <source>encrypt for this contact&apos;s age recipient (repeatable)</source>
        <translation>cifrar para o destinatário age deste contacto (repetível)</translation>
    </message>
    <message>
        <source>encrypt with a passphrase instead</source>
        <translation>cifrar antes com uma frase secreta</translation>
    </message>
    <message>
        <source>write ASCII armor (PEM) instead of binary</source>
        <translation>escrever em blindagem ASCII (PEM) em vez de binário</translation>
    </message>
    <message>
        <source>the package to write</source>
        <translation>o pacote a escrever</translation>
    </message>
    <message>
        <source>confirm that the strictly confidential and internal records and personal data without recorded consent that are listed may leave the vault (records whose people refused transmission are always left out)</source>
        <translation>confirmar que os registos estritamente confidenciais e internos e os dados pessoais sem consentimento registado que são listados podem sair do cofre (os registos cujas pessoas recusaram a transmissão são sempre excluídos)</translation>
    </message>
    <message>
        <source>mark the draft communications in the package as sent</source>
        <translation>marcar como enviadas as comunicações em rascunho do pacote</translation>
    </message>
    <message>
        <source>with --passphrase: read the package passphrase from FILE</source>
        <translation>com --passphrase: ler a frase secreta do pacote de FILE</translation>
    </message>
    <message>
        <source>verify, decrypt and merge a package</source>
        <translation>verificar, decifrar e fundir um pacote</translation>
    </message>
    <message>
        <source>show what would change and who signed it; change nothing</source>
        <translation>mostrar o que mudaria e quem o assinou; não alterar nada</translation>
    </message>
    <message>
        <source>import even though the signer is not a verified contact (after comparing the fingerprint)</source>
        <translation>importar mesmo que o signatário não seja um contacto verificado (depois de comparar a impressão digital)</translation>
    </message>
    <message>
        <source>read the package passphrase from FILE (for packages made with --passphrase)</source>
        <translation>ler a frase secreta do pacote de FILE (para pacotes feitos com --passphrase)</translation>
    </message>
    <message>
        <source>bring back these records, deleted here, from the package (see &apos;deleted here&apos; in --dry-run)</source>
        <translation>repor estes registos, apagados aqui, a partir do pacote (veja «deleted here» em --dry-run)</translation>
    </message>
    <message>
        <source>work with packages without a vault</source>
        <translation>trabalhar com pacotes sem cofre</translation>
    </message>
    <message>
        <source>verify and unpack a package with an age key file</source>
        <translation>verificar e desempacotar um pacote com um ficheiro de chave age</translation>
    </message>
    <message>
        <source>an age identity file (as age-keygen writes it); repeatable</source>
        <translation>um ficheiro de identidade age (como o age-keygen o escreve); repetível</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>uma pasta nova ou vazia</translation>
    </message>
    <message>
        <source>refuse unless signed by this signing key</source>
        <translation>recusar a menos que esteja assinado por esta chave de assinatura</translation>
    </message>
    <message>
        <source>for packages made with a passphrase (instead of -i)</source>
        <translation>para pacotes feitos com uma frase secreta (em vez de -i)</translation>
    </message>
    <message>
        <source>contacts&apos; keys: add, list, verify, own-device, remove-key</source>
        <translation>chaves dos contactos: add, list, verify, own-device, remove-key</translation>
    </message>
    <message>
        <source>add a contact with their keys</source>
        <translation>acrescentar um contacto com as suas chaves</translation>
    </message>
    <message>
        <source>contacts with keys, and whether verified</source>
        <translation>os contactos com chaves, e se estão verificados</translation>
    </message>
    <message>
        <source>mark a contact&apos;s keys as verified after comparing the fingerprint</source>
        <translation>marcar as chaves de um contacto como verificadas depois de comparar a impressão digital</translation>
    </message>
    <message>
        <source>the contact&apos;s name or id</source>
        <translation>o nome ou o identificador do contacto</translation>
    </message>
    <message>
        <source>the fingerprint the person read to you</source>
        <translation>a impressão digital que a pessoa lhe leu</translation>
    </message>
    <message>
        <source>remove a contact&apos;s signing key and/or age recipient (and the verification)</source>
        <translation>remover a chave de assinatura e/ou o destinatário age de um contacto (e a verificação)</translation>
    </message>
    <message>
        <source>only the signing key</source>
        <translation>só a chave de assinatura</translation>
    </message>
    <message>
        <source>only the age recipient</source>
        <translation>só o destinatário age</translation>
    </message>
    <message>
        <source>mark a verified contact as one of your NPM&apos;s own devices (packages to it carry real names)</source>
        <translation>marcar um contacto verificado como um dos dispositivos do seu MNP (os pacotes para ele levam os nomes reais)</translation>
    </message>
    <message>
        <source>no longer one of your NPM&apos;s own devices</source>
        <translation>já não é um dos dispositivos do seu MNP</translation>
    </message>
    <message>
        <source>import saved email (.eml, .msg, mbox); draft one carrying an exported file</source>
        <translation>importar emails guardados (.eml, .msg, mbox); redigir um que leve um ficheiro exportado</translation>
    </message>
    <message>
        <source>import saved messages as communications; print the new records&apos; ids</source>
        <translation>importar mensagens guardadas como comunicações; mostrar os identificadores dos novos registos</translation>
    </message>
    <message>
        <source>.eml, .msg or mbox files, or folders holding them</source>
        <translation>ficheiros .eml, .msg ou mbox, ou pastas que os contenham</translation>
    </message>
    <message>
        <source>show what would be imported; change nothing</source>
        <translation>mostrar o que seria importado; não alterar nada</translation>
    </message>
    <message>
        <source>add this unknown sender or recipient as a contact (repeatable)</source>
        <translation>acrescentar este remetente ou destinatário desconhecido como contacto (repetível)</translation>
    </message>
    <message>
        <source>show or set the NPM&apos;s own email addresses (mail from them is &apos;sent&apos;)</source>
        <translation>mostrar ou definir os endereços de email do MNP (o correio que sai deles é «enviado»)</translation>
    </message>
    <message>
        <source>forget every address</source>
        <translation>esquecer todos os endereços</translation>
    </message>
    <message>
        <source>write a mail draft (.eml) carrying an exported package or protected PDF, to open and send</source>
        <translation>escrever um rascunho de email (.eml) com um pacote exportado ou um PDF protegido, para abrir e enviar</translation>
    </message>
    <message>
        <source>the package or protected PDF, as exported</source>
        <translation>o pacote ou o PDF protegido, tal como foi exportado</translation>
    </message>
    <message>
        <source>a recipient, &quot;Name &lt;name@example.org&gt;&quot; or name@example.org (repeatable)</source>
        <translation>um destinatário, &quot;Nome &lt;nome@example.org&gt;&quot; ou nome@example.org (repetível)</translation>
    </message>
    <message>
        <source>the cover note&apos;s language (en)</source>
        <translation>a língua da nota de apresentação (en)</translation>
    </message>
    <message>
        <source>the draft to write</source>
        <translation>o rascunho a escrever</translation>
    </message>
    <message>
        <source>do not mark the draft communications in the file as sent</source>
        <translation>não marcar como enviadas as comunicações em rascunho do ficheiro</translation>
    </message>
    <message>
        <source>the vault folder (default: the vault in your user-data folder)</source>
        <translation>a pasta do cofre (por omissão: o cofre na sua pasta de dados de utilizador)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of FILE</source>
        <translation>ler a frase secreta da primeira linha de FILE</translation>
    </message>
    <message>
        <source>unlock with the recovery code in FILE instead of the passphrase</source>
        <translation>desbloquear com o código de recuperação de FILE em vez da frase secreta</translation>
    </message>
    <message>
        <source>Encrypted vault for an NPM&apos;s correspondence with the UN SPT. Without a command, opens the application window.</source>
        <translation>Cofre cifrado para a correspondência de um MNP com o SPT da ONU. Sem comando, abre a janela da aplicação.</translation>
    </message>
    <message>
        <source>create a vault and print its recovery code</source>
        <translation>criar um cofre e mostrar o seu código de recuperação</translation>
    </message>
    <message>
        <source>read the new passphrase from the first line of FILE</source>
        <translation>ler a nova frase secreta da primeira linha de FILE</translation>
    </message>
    <message>
        <source>the name of your NPM</source>
        <translation>o nome do seu MNP</translation>
    </message>
    <message>
        <source>your name, recorded with every change you make (default: your login name)</source>
        <translation>o seu nome, registado com cada alteração que fizer (por omissão: o seu nome de início de sessão)</translation>
    </message>
    <message>
        <source>the State party of your NPM, by its two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>o Estado Parte do seu MNP, pelo código de duas letras (veja &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>change the passphrase</source>
        <translation>alterar a frase secreta</translation>
    </message>
    <message>
        <source>only records of this kind (repeatable): %(choices)s</source>
        <translation>só os registos deste tipo (repetível): %(choices)s</translation>
    </message>
    <message>
        <source>only records with this status</source>
        <translation>só os registos com esta situação</translation>
    </message>
    <message>
        <source>only records about this country (two letters)</source>
        <translation>só os registos sobre este país (duas letras)</translation>
    </message>
    <message>
        <source>only records with this tag</source>
        <translation>só os registos com esta etiqueta</translation>
    </message>
    <message>
        <source>only records dated on or after DATE</source>
        <translation>só os registos com data DATE ou posterior</translation>
    </message>
    <message>
        <source>only records dated on or before DATE</source>
        <translation>só os registos com data DATE ou anterior</translation>
    </message>
    <message>
        <source>at most N records (%(default)s)</source>
        <translation>no máximo N registos (%(default)s)</translation>
    </message>
    <message>
        <source>print JSON (see the README for the fields)</source>
        <translation>mostrar JSON (veja o README para os campos)</translation>
    </message>
    <message>
        <source>list records, newest first</source>
        <translation>listar os registos, os mais recentes primeiro</translation>
    </message>
    <message>
        <source>list the records in the bin</source>
        <translation>listar os registos no lixo</translation>
    </message>
    <message>
        <source>only records due for review within 30 days (or overdue), the earliest first</source>
        <translation>só os registos a rever nos próximos 30 dias (ou em atraso), os mais próximos primeiro</translation>
    </message>
    <message>
        <source>show one record</source>
        <translation>mostrar um registo</translation>
    </message>
    <message>
        <source>the record&apos;s id</source>
        <translation>o identificador do registo</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>mostrar JSON</translation>
    </message>
    <message>
        <source>full-text search</source>
        <translation>pesquisa de texto integral</translation>
    </message>
    <message>
        <source>words (prefixes match), &quot;a phrase&quot; in quotes</source>
        <translation>palavras (os prefixos correspondem), &quot;uma expressão&quot; entre aspas</translation>
    </message>
    <message>
        <source>best: best match first (newest first, with a note on stderr, when too many records match to rank them all); newest: the records added most recently first (default: best)</source>
        <translation>best: a melhor correspondência primeiro (os mais recentes primeiro, com uma nota em stderr, quando correspondem demasiados registos para os ordenar todos); newest: os registos acrescentados mais recentemente primeiro (por omissão: best)</translation>
    </message>
    <message>
        <source>fill the vault with synthetic demo data</source>
        <translation>encher o cofre com dados de demonstração sintéticos</translation>
    </message>
    <message>
        <source>write an encrypted, verified backup of the vault to a new file</source>
        <translation>escrever uma cópia de segurança cifrada e verificada do cofre num ficheiro novo</translation>
    </message>
    <message>
        <source>the backup file to write (it must not exist yet)</source>
        <translation>o ficheiro de cópia de segurança a escrever (ainda não pode existir)</translation>
    </message>
    <message>
        <source>restore a backup into a new vault folder (--vault NEWPATH)</source>
        <translation>restaurar uma cópia de segurança numa nova pasta de cofre (--vault NEWPATH)</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>o ficheiro de cópia de segurança</translation>
    </message>
    <message>
        <source>emergency erase: the keys first, then every vault file</source>
        <translation>apagamento de emergência: primeiro as chaves, depois cada ficheiro do cofre</translation>
    </message>
    <message>
        <source>confirm with the vault folder&apos;s name (the last part of its path)</source>
        <translation>confirmar com o nome da pasta do cofre (a última parte do caminho)</translation>
    </message>
    <message>
        <source>add a record of any kind; prints its id</source>
        <translation>acrescentar um registo de qualquer tipo; mostra o seu identificador</translation>
    </message>
    <message>
        <source>the record&apos;s title</source>
        <translation>o título do registo</translation>
    </message>
    <message>
        <source>the text, from a UTF-8 file (- for stdin)</source>
        <translation>o texto, de um ficheiro UTF-8 (- para a entrada padrão)</translation>
    </message>
    <message>
        <source>the status (default: the kind&apos;s first; see &apos;npmdesk kinds KIND&apos;)</source>
        <translation>a situação (por omissão: a primeira do tipo; veja &apos;npmdesk kinds KIND&apos;)</translation>
    </message>
    <message>
        <source>the SPT contact, an existing contact&apos;s name or id (an unknown name is refused)</source>
        <translation>o contacto do SPT, o nome ou o identificador de um contacto existente (um nome desconhecido é recusado)</translation>
    </message>
    <message>
        <source>a new contact with this name, added as the counterpart</source>
        <translation>um contacto novo com este nome, acrescentado como interlocutor</translation>
    </message>
    <message>
        <source>the country concerned (two letters; default for visits, reports and the like: the NPM&apos;s State, see &apos;npmdesk state&apos;)</source>
        <translation>o país em causa (duas letras; por omissão para visitas, relatórios e afins: o Estado do MNP, veja &apos;npmdesk state&apos;)</translation>
    </message>
    <message>
        <source>the due date</source>
        <translation>o prazo</translation>
    </message>
    <message>
        <source>a tag (repeatable)</source>
        <translation>uma etiqueta (repetível)</translation>
    </message>
    <message>
        <source>attach a file (repeatable)</source>
        <translation>anexar um ficheiro (repetível)</translation>
    </message>
    <message>
        <source>an OPCAT reference such as 11 or 11(1)(b)(ii) (repeatable)</source>
        <translation>uma referência OPCAT como 11 ou 11(1)(b)(ii) (repetível)</translation>
    </message>
    <message>
        <source>when the record is due for review (retention)</source>
        <translation>quando o registo deve ser revisto (conservação)</translation>
    </message>
    <message>
        <source>a person the record is about, by real name (it gets the next alias, &apos;person A&apos;; a reprisal case names them by that alias); record consent with &apos;npmdesk consent&apos;</source>
        <translation>uma pessoa de quem o registo trata, pelo nome real (recebe o pseudónimo seguinte, &apos;person A&apos;; um caso de represálias nomeia-a por esse pseudónimo); registe o consentimento com &apos;npmdesk consent&apos;</translation>
    </message>
    <message>
        <source>(default: sent)</source>
        <translation>(por omissão: sent)</translation>
    </message>
    <message>
        <source>(default: email)</source>
        <translation>(por omissão: email)</translation>
    </message>
    <message>
        <source>change a record (a new version; the old one stays in its history); prints its id</source>
        <translation>alterar um registo (uma versão nova; a antiga fica no histórico); mostra o seu identificador</translation>
    </message>
    <message>
        <source>remove a field&apos;s value (repeatable)</source>
        <translation>limpar o valor de um campo (repetível)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>um título novo</translation>
    </message>
    <message>
        <source>a new status</source>
        <translation>uma situação nova</translation>
    </message>
    <message>
        <source>a new date</source>
        <translation>uma data nova</translation>
    </message>
    <message>
        <source>a new due date</source>
        <translation>um prazo novo</translation>
    </message>
    <message>
        <source>a new country (two letters)</source>
        <translation>um país novo (duas letras)</translation>
    </message>
    <message>
        <source>OPCAT references, replacing the record&apos;s (repeatable)</source>
        <translation>referências OPCAT, que substituem as do registo (repetível)</translation>
    </message>
    <message>
        <source>a new review date</source>
        <translation>uma nova data de revisão</translation>
    </message>
    <message>
        <source>print the State party of this vault&apos;s NPM, or set it (npmdesk state CC)</source>
        <translation>mostrar o Estado Parte do MNP deste cofre, ou defini-lo (npmdesk state CC)</translation>
    </message>
    <message>
        <source>the State party&apos;s two-letter code (see &apos;npmdesk states&apos;)</source>
        <translation>o código de duas letras do Estado Parte (veja &apos;npmdesk states&apos;)</translation>
    </message>
    <message>
        <source>print {&quot;code&quot;: ..., &quot;name&quot;: ...} (null when not set)</source>
        <translation>mostrar {&quot;code&quot;: ..., &quot;name&quot;: ...} (null se não estiver definido)</translation>
    </message>
    <message>
        <source>list the kinds of record with their fields and statuses</source>
        <translation>listar os tipos de registo com os seus campos e situações</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>só este tipo</translation>
    </message>
    <message>
        <source>print JSON: one object per kind (kind, date_meaning, statuses, status_field, statuses_by, fields)</source>
        <translation>mostrar JSON: um objeto por tipo (kind, date_meaning, statuses, status_field, statuses_by, fields)</translation>
    </message>
    <message>
        <source>list the States parties to the OPCAT and their codes</source>
        <translation>listar os Estados Partes no OPCAT e os seus códigos</translation>
    </message>
    <message>
        <source>record a person named in a record, their alias and their consent to one purpose; prints the id</source>
        <translation>registar uma pessoa nomeada num registo, o seu pseudónimo e o seu consentimento para uma finalidade; mostra o identificador</translation>
    </message>
    <message>
        <source>the person&apos;s real name (it stays in the vault; packages for others carry the alias)</source>
        <translation>o nome real da pessoa (fica no cofre; os pacotes para outros levam o pseudónimo)</translation>
    </message>
    <message>
        <source>the pseudonym (default: the next free one, &apos;person A&apos;…)</source>
        <translation>o pseudónimo (por omissão: o próximo livre, &apos;person A&apos;…)</translation>
    </message>
    <message>
        <source>what the consent is for</source>
        <translation>para que é o consentimento</translation>
    </message>
    <message>
        <source>given, refused, pending or withdrawn</source>
        <translation>given, refused, pending ou withdrawn</translation>
    </message>
    <message>
        <source>when it was given, refused or asked</source>
        <translation>quando foi dado, recusado ou pedido</translation>
    </message>
    <message>
        <source>oral or written</source>
        <translation>oral ou escrito</translation>
    </message>
    <message>
        <source>who obtained it (for a child or a person lacking capacity: who gave it)</source>
        <translation>quem o obteve (para uma criança ou uma pessoa sem capacidade: quem o deu)</translation>
    </message>
    <message>
        <source>when it was withdrawn</source>
        <translation>quando foi retirado</translation>
    </message>
    <message>
        <source>the person is a child (consent comes from a parent or guardian)</source>
        <translation>a pessoa é uma criança (o consentimento vem de um progenitor ou tutor)</translation>
    </message>
    <message>
        <source>the person lacks capacity to consent (consent comes from a legal representative)</source>
        <translation>a pessoa não tem capacidade para consentir (o consentimento vem de um representante legal)</translation>
    </message>
    <message>
        <source>write a PDF report: correspondence-log, visit-dossier or recommendations (the PDF is NOT encrypted)</source>
        <translation>escrever um relatório PDF: correspondence-log, visit-dossier ou recommendations (o PDF NÃO está cifrado)</translation>
    </message>
    <message>
        <source>correspondence-log (log), visit-dossier (visit) or recommendations (tracker)</source>
        <translation>correspondence-log (log), visit-dossier (visit) ou recommendations (tracker)</translation>
    </message>
    <message>
        <source>the visit of a visit dossier (see &apos;npmdesk list --type visit&apos;)</source>
        <translation>a visita de um dossiê de visita (veja &apos;npmdesk list --type visit&apos;)</translation>
    </message>
    <message>
        <source>leave out the &quot;Confidential&quot; marking printed on every page</source>
        <translation>omitir a marca «Confidencial» impressa em cada página</translation>
    </message>
    <message>
        <source>correspondence log: also list when each record left the vault, and to whom</source>
        <translation>registo de correspondência: indicar também quando cada registo saiu do cofre, e para quem</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>o PDF a escrever</translation>
    </message>
    <message>
        <source>replace FILE if it exists</source>
        <translation>substituir FILE se existir</translation>
    </message>
    <message>
        <source>the team folder and its member devices (the NPM&apos;s own laptops)</source>
        <translation>a pasta da equipa e os seus dispositivos membros (os portáteis do MNP)</translation>
    </message>
    <message>
        <source>choose the team folder (a folder your sync engine keeps in step)</source>
        <translation>escolher a pasta da equipa (uma pasta que o seu programa de sincronização mantém atualizada)</translation>
    </message>
    <message>
        <source>make a verified contact marked as one of your NPM&apos;s own devices a member</source>
        <translation>tornar membro um contacto verificado marcado como dispositivo do seu MNP</translation>
    </message>
    <message>
        <source>stop sending changesets to a member device</source>
        <translation>deixar de enviar conjuntos de alterações a um dispositivo membro</translation>
    </message>
    <message>
        <source>the team folder, and how far each member device is</source>
        <translation>a pasta da equipa, e em que ponto está cada dispositivo membro</translation>
    </message>
    <message>
        <source>print it as JSON (a stable contract)</source>
        <translation>mostrá-lo em JSON (um contrato estável)</translation>
    </message>
    <message>
        <source>one team sync round: write this device&apos;s changes, apply the others&apos;</source>
        <translation>uma ronda de sincronização da equipa: escrever as alterações deste dispositivo, aplicar as dos outros</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número de versão do programa e sair</translation>
    </message>
    <message>
        <source>Handed the draft to your mail program: check it there and send it.</source>
        <translation>Rascunho entregue ao seu programa de correio: verifique-o lá e envie-o.</translation>
    </message>
    <message>
        <source>this vault was restored from a backup: waiting for the new snapshot it makes for this device</source>
        <translation>este cofre foi restaurado de uma cópia de segurança: à espera do novo instantâneo que esse dispositivo faz para este</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) removed</source>
        <translation>
            <numerusform>%n anexo removido</numerusform>
            <numerusform>%n anexos removidos</numerusform>
        </translation>
    </message>
    <message>
        <source>This vault was restored from an older backup: it remembered its changesets up to {remembered}, but the team folder shows it had written up to {published}.</source>
        <translation>Este cofre foi restaurado de uma cópia de segurança mais antiga: lembrava-se dos seus lotes de alterações até ao {remembered}, mas a pasta da equipa mostra que tinha escrito até ao {published}.</translation>
    </message>
    <message>
        <source>Applied again from the team folder: its changeset(s) {numbers}.</source>
        <translation>Aplicados de novo a partir da pasta da equipa: os seus lotes de alterações {numbers}.</translation>
    </message>
    <message numerus="yes">
        <source>%n changeset(s) no longer in the team folder (every member had applied them): their changes come back with the snapshots the other devices make for this vault.</source>
        <translation>
            <numerusform>%n lote de alterações já não está na pasta da equipa (todos os membros o tinham aplicado): as suas alterações voltam com os instantâneos que os outros dispositivos fazem para este cofre.</numerusform>
            <numerusform>%n lotes de alterações já não estão na pasta da equipa (todos os membros os tinham aplicado): as suas alterações voltam com os instantâneos que os outros dispositivos fazem para este cofre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set aside, not applied: {reason}</source>
        <translation>Posto de parte, não aplicado: {reason}</translation>
    </message>
    <message>
        <source>It continues with changeset {sequence}, so no member skips its new changes.</source>
        <translation>Continua com o lote de alterações {sequence}, para que nenhum membro salte as suas novas alterações.</translation>
    </message>
    <message>
        <source>open the written draft in the system&apos;s mail program (needs a desktop session)</source>
        <translation>abrir o rascunho escrito no programa de correio do sistema (precisa de uma sessão de ambiente de trabalho)</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Dados de demonstração (semente {seed}): {records} ({kinds}) e {attachments} ({size} MB) em {seconds} s.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country} (the vault has no State set; picked from the seed): {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Dados de demonstração (semente {seed}) sobre {country} (o cofre não tem um Estado definido; escolhido a partir da semente): {records} ({kinds}) e {attachments} ({size} MB) em {seconds} s.</translation>
    </message>
    <message>
        <source>Demo data (seed {seed}) about {country}: {records} ({kinds}) and {attachments} ({size} MB) in {seconds} s.</source>
        <translation>Dados de demonstração (semente {seed}) sobre {country}: {records} ({kinds}) e {attachments} ({size} MB) em {seconds} s.</translation>
    </message>
    <message>
        <source>the language of the PDF (--format pdf) or of the package&apos;s summary.html (default: the command line&apos;s own, else en)</source>
        <translation>a língua do PDF (--format pdf) ou do summary.html do pacote (por omissão: a da linha de comandos, senão en)</translation>
    </message>
    <message>
        <source>the report&apos;s language (default: the command line&apos;s own, else en)</source>
        <translation>o idioma do relatório (por omissão: o da linha de comandos, senão en)</translation>
    </message>
</context>
</TS>
