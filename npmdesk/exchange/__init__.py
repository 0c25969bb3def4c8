"""How anything leaves the vault: the age file format (`npmdesk.exchange.age`) and, on top of it,
signed packages."""
