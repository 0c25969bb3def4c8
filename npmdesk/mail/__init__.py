"""Saved email messages (.eml, mbox, Outlook .msg) read into plain data, ready to become records.

Nothing here touches the vault or the network: `read_eml` and friends turn the bytes of one
message into a `MailMessage` (decoded headers, the body as clean text, the attachments, the
untouched original), within a budget of size, parts and time. `npmdesk.mail.importer` turns
those into communications.
"""
