"""The Special Fund's call for applications where applications are made (form and detail pane)."""
