"""Help → User Guide: the guide that ships with npmdesk (docs/guide/), read offline in a window."""
