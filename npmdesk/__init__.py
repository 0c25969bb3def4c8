"""npmdesk: an encrypted vault for an NPM's confidential correspondence with the UN SPT."""

__version__ = "0.1.0"
