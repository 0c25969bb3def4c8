"""Saved email messages as mail programs write them, built byte for byte (so each encoding is
exactly the one a real client uses): Thunderbird, Outlook, Apple Mail, webmail, and broken ones.
"""

from __future__ import annotations

import base64
import quopri
import struct

CRLF = b"\r\n"


def _qp(text: str, charset: str) -> bytes:
    return quopri.encodestring(text.encode(charset))


def _b64(data: bytes) -> bytes:
    encoded = base64.b64encode(data)
    return b"\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def _lines(*lines: bytes | str) -> bytes:
    return CRLF.join(line.encode("ascii") if isinstance(line, str) else line for line in lines) + CRLF


PDF = b"%PDF-1.4\n% a tiny attachment\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")


def thunderbird_utf8() -> bytes:
    """Thunderbird 128: multipart/mixed > alternative (plain, html) + a PDF with an RFC 2231
    file name; subject in UTF-8 quoted-printable encoded words; +0100."""
    plain = "Chère Mme Okafor,\n\nVeuillez trouver le rapport de visite. Torture prévention.\n"
    html = ("<html><body><p>Chère Mme Okafor,</p><p>Veuillez trouver le <b>rapport</b> "
            "de visite.</p><script>steal()</script><img src=\"https://tracker.example/p.gif\"></body></html>")
    return _lines(
        "Message-ID: <a1b2c3@npm.example.org>",
        "Date: Tue, 3 Nov 2026 09:15:00 +0100",
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "From: =?UTF-8?Q?Jos=C3=A9_Mart=C3=ADnez?= <Jose.Martinez@npm.example.org>",
        "To: SPT Secretariat <opcat@ohchr.example>, =?UTF-8?B?w4lsb2lzZSBEdXBvbnQ=?= <eloise@ohchr.example>",
        "Cc: \"Okafor, Ngozi\" <ngozi@ohchr.example>",
        "Subject: =?UTF-8?Q?Rapport_de_visite_=E2=80=94_centre_de_d=C3=A9tention?=",
        "Content-Type: multipart/mixed; boundary=\"------------mixed01\"",
        "",
        "This is a multi-part message in MIME format.",
        "--------------mixed01",
        "Content-Type: multipart/alternative; boundary=\"------------alt01\"",
        "",
        "--------------alt01",
        "Content-Type: text/plain; charset=UTF-8; format=flowed",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        _qp(plain, "utf-8"),
        "--------------alt01",
        "Content-Type: text/html; charset=UTF-8",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        _qp(html, "utf-8"),
        "--------------alt01--",
        "",
        "--------------mixed01",
        "Content-Type: application/pdf; name*=UTF-8''r%C3%A9sum%C3%A9%20visite.pdf",
        "Content-Disposition: attachment; filename*=UTF-8''r%C3%A9sum%C3%A9%20visite.pdf",
        "Content-Transfer-Encoding: base64",
        "",
        _b64(PDF),
        "--------------mixed01--",
    )


def outlook_cp1252_html() -> bytes:
    """Outlook 365: HTML only, windows-1252 text labelled iso-8859-1, an inline image
    (multipart/related, cid:), a reply (In-Reply-To, References), Thread-Topic."""
    html = ("<html><head><style>p {margin:0}</style></head><body><p>Dear José,</p>"
            "<p>Thank you \u2013 we \u201creceived\u201d it.</p>"
            "<img src=\"cid:image001.png@01DA\" alt=\"SPT logo\"></body></html>")
    return _lines(
        "Received: from mail.ohchr.example by mx.npm.example.org; Wed, 4 Nov 2026 10:02:11 +0000",
        "From: Ngozi Okafor <ngozi@ohchr.example>",
        "To: =?iso-8859-1?Q?Jos=E9_Mart=EDnez?= <jose.martinez@npm.example.org>",
        "Subject: =?windows-1252?Q?RE:_Rapport_de_visite_=97_centre?=",
        "Thread-Topic: Rapport de visite",
        "Date: Wed, 4 Nov 2026 10:02:09 +0000",
        "Message-ID: <DB9PR01MB1234@eurprd01.prod.outlook.example>",
        "In-Reply-To: <a1b2c3@npm.example.org>",
        "References: <a1b2c3@npm.example.org>",
        "Content-Language: en-GB",
        "MIME-Version: 1.0",
        "Content-Type: multipart/related; boundary=\"_rel_\"; type=\"text/html\"",
        "",
        "--_rel_",
        "Content-Type: text/html; charset=\"iso-8859-1\"",
        "Content-Transfer-Encoding: quoted-printable",
        "",
        _qp(html, "cp1252"),
        "--_rel_",
        "Content-Type: image/png; name=\"image001.png\"",
        "Content-Description: image001.png",
        "Content-Disposition: inline; filename=\"image001.png\"",
        "Content-ID: <image001.png@01DA>",
        "Content-Transfer-Encoding: base64",
        "",
        _b64(PNG),
        "--_rel_--",
    )


def koi8r_reply() -> bytes:
    """A Russian webmail reply in KOI8-R, base64 body, B-encoded subject, References chain."""
    body = "Уважаемые коллеги,\nподтверждаем получение доклада.\n"
    return _lines(
        "From: =?koi8-r?B?" + base64.b64encode("Лидия Петрова".encode("koi8-r")).decode() + "?= <lidia@npm-kg.example>",
        "To: jose.martinez@npm.example.org",
        "Subject: =?koi8-r?B?" + base64.b64encode("Подтверждение".encode("koi8-r")).decode() + "?=",
        "Date: Thu, 5 Nov 2026 14:00:00 +0600",
        "Message-ID: <ru-77@npm-kg.example>",
        "In-Reply-To: <DB9PR01MB1234@eurprd01.prod.outlook.example>",
        "References: <a1b2c3@npm.example.org>\r\n <DB9PR01MB1234@eurprd01.prod.outlook.example>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=koi8-r",
        "Content-Transfer-Encoding: base64",
        "",
        _b64(body.encode("koi8-r")),
    )


def iso2022jp() -> bytes:
    body = "拷問防止小委員会への報告書を送付します。\n"
    subject = base64.b64encode("報告書の送付".encode("iso-2022-jp")).decode()
    return _lines(
        "From: Tanaka <tanaka@example.jp>",
        "To: opcat@ohchr.example",
        f"Subject: =?ISO-2022-JP?B?{subject}?=",
        "Date: Fri, 6 Nov 2026 08:30:00 +0900",
        "Message-ID: <jp-1@example.jp>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=ISO-2022-JP",
        "Content-Transfer-Encoding: 7bit",
        "",
        body.encode("iso-2022-jp"),
    )


def gb2312_gbk() -> bytes:
    """Labelled gb2312 but holding a GBK-only character (镕), as Chinese clients do."""
    body = "关于朱镕基访问的报告。\n"
    return _lines(
        "From: li@example.cn",
        "To: opcat@ohchr.example",
        "Subject: =?gb2312?B?" + base64.b64encode("访问报告".encode("gb2312")).decode() + "?=",
        "Date: Sat, 7 Nov 2026 08:30:00 +0800",
        "Message-ID: <cn-1@example.cn>",
        "Content-Type: text/plain; charset=gb2312",
        "Content-Transfer-Encoding: base64",
        "",
        _b64(body.encode("gbk")),
    )


def broken() -> bytes:
    """What careless software writes: no Date, no Message-ID, no MIME-Version, raw UTF-8 in
    a header, an unknown charset label, a truncated base64 attachment, LF line ends."""
    return (
        "From: Équipe régionale <regional@ohchr.example>\n"
        "To: undisclosed-recipients:;\n"
        "Subject: Réunion — ordre du jour\n"
        "Content-Type: multipart/mixed; boundary=XX\n"
        "\n"
        "--XX\n"
        "Content-Type: text/plain; charset=x-unknown-charset\n"
        "\n"
        "Ordre du jour de la réunion régionale.\n"
        "--XX\n"
        "Content-Type: application/octet-stream; name=\"agenda.docx\"\n"
        "Content-Transfer-Encoding: base64\n"
        "\n"
        "UEsDBBQAAAAIAAAAIQ\n"
        "--XX"
    ).encode()


def forwarded() -> bytes:
    inner = iso2022jp()
    return _lines(
        "From: jose.martinez@npm.example.org",
        "To: coordinator@npm.example.org",
        "Subject: Fwd: the Japanese report",
        "Date: Sun, 8 Nov 2026 12:00:00 -0500",
        "Message-ID: <fwd-1@npm.example.org>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=fw",
        "",
        "--fw",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "See below.",
        "--fw",
        "Content-Type: message/rfc822",
        "Content-Disposition: attachment",
        "",
        inner,
        "--fw--",
    )


def tnef_bytes(attachments: list[tuple[str, bytes]], body: str = "") -> bytes:
    """A winmail.dat as Outlook writes it: the 8.3 title, the long name in MAPI properties."""
    def attribute(level: int, attr: int, data: bytes) -> bytes:
        return struct.pack("<BII", level, attr, len(data)) + data + struct.pack("<H", sum(data) & 0xFFFF)

    out = struct.pack("<IH", 0x223E9F78, 0x1234)
    if body:
        out += attribute(1, 0x0002800C, body.encode("cp1252") + b"\x00")
    for name, data in attachments:
        out += attribute(2, 0x00069002, b"\x01\x00\xff\xff\xff\xff" + b"\x00" * 8)
        out += attribute(2, 0x00018010, name[:8].encode("cp1252") + b"\x00")
        out += attribute(2, 0x0006800F, data)
        long_name = name.encode("utf-16-le") + b"\x00\x00"
        props = struct.pack("<I", 2)
        props += struct.pack("<HHI", 0x0003, 0x0E21, 7)  # PR_ATTACH_NUM, a fixed-size value first
        props += struct.pack("<HHII", 0x001F, 0x3707, 1, len(long_name))
        props += long_name + b"\x00" * (-len(long_name) % 4)
        out += attribute(2, 0x00069005, props)
    return out


def outlook_tnef() -> bytes:
    winmail = tnef_bytes([("Informe anual 2026.docx", b"PK\x03\x04 annual"), ("carta.txt", b"hola")],
                         body="Texto del mensaje.")
    return _lines(
        "From: Outlook User <user@npm-pe.example>",
        "To: opcat@ohchr.example",
        "Subject: Informe anual",
        "Date: Mon, 9 Nov 2026 10:00:00 -0500",
        "Message-ID: <tnef-1@npm-pe.example>",
        "MIME-Version: 1.0",
        "Content-Type: multipart/mixed; boundary=tn",
        "",
        "--tn",
        "Content-Type: application/ms-tnef; name=\"winmail.dat\"",
        "Content-Disposition: attachment; filename=\"winmail.dat\"",
        "Content-Transfer-Encoding: base64",
        "",
        _b64(winmail),
        "--tn--",
    )


def nested(depth: int) -> bytes:
    head = _lines("From: a@example.org", "Subject: deep", "MIME-Version: 1.0")
    parts = []
    for level in range(depth):
        parts.append(f"Content-Type: multipart/mixed; boundary=b{level}\r\n\r\n--b{level}\r\n")
    middle = "Content-Type: text/plain\r\n\r\nhello\r\n"
    tail = "".join(f"--b{level}--\r\n" for level in reversed(range(depth)))
    return head + ("".join(parts) + middle + tail).encode("ascii")


def many_parts(count: int) -> bytes:
    head = _lines("From: a@example.org", "Subject: many", "MIME-Version: 1.0",
                  "Content-Type: multipart/mixed; boundary=m", "")
    part = b"--m\r\nContent-Type: text/plain\r\n\r\nx\r\n"
    return head + part * count + b"--m--\r\n"


def mbox(*messages: bytes) -> bytes:
    out = b""
    for number, message in enumerate(messages):
        body = message.replace(b"\r\n", b"\n").replace(b"\nFrom ", b"\n>From ")
        out += f"From sender{number}@example.org Mon Nov  9 10:00:00 2026\n".encode() + body + b"\n"
    return out
