"""A PDF locked with a password (AES-256, the standard security handler of PDF 2.0, revision 6),
for recipients who have nothing but a PDF reader.

Everything happens in memory: the plain PDF is never written. The password is generated here
(`new_password`: 24 characters of Crockford base32 in six groups, about 120 bits, easy to read
out on the telephone) and shown once to the user; it is never stored.
"""

from __future__ import annotations

import io
import secrets

from pypdf import PdfReader, PdfWriter

from npmdesk.vault.recovery import ALPHABET

GROUPS, GROUP = 6, 4


def new_password() -> str:
    """A new password: six groups of four characters ("7K3Q-M9TX-…")."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(GROUPS * GROUP))
    return "-".join(chars[i:i + GROUP] for i in range(0, len(chars), GROUP))


def protect(pdf: bytes, password: str) -> bytes:
    """`pdf` encrypted with AES-256 under `password` (opening and owner password alike; printing
    and copying stay allowed once opened: the password is the protection)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.pdf_header = b"%PDF-2.0"
    writer.encrypt(user_password=password, owner_password=None, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
