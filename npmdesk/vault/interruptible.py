"""Key derivations that Ctrl-C interrupts at once: `derive_key`.

Defined in the age package (npmdesk/exchange/age/interruptible.py, whose scrypt stanzas need it),
which imports nothing else from npmdesk; the vault's KDF uses it from here.
"""

from npmdesk.exchange.age.interruptible import derive_key

__all__ = ["derive_key"]
