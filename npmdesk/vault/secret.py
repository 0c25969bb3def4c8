"""Secrets in mutable memory that can be wiped: `Secret` and `wipe`.

They are defined in the age package (npmdesk/exchange/age/secret.py), which imports nothing else
from npmdesk and needs them for its own keys; the vault and everything above it use them from here.
"""

from npmdesk.exchange.age.secret import Secret, wipe

__all__ = ["Secret", "wipe"]
