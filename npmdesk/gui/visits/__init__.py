"""The visit workspace: an SPT country visit as a timeline of its three phases with its checklist."""
