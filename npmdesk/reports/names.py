"""The names of the reports and languages (kept apart so the CLI's parser loads nothing else)."""

from __future__ import annotations

CORRESPONDENCE_LOG = "correspondence-log"
VISIT_DOSSIER = "visit-dossier"
RECOMMENDATIONS = "recommendations"
REPORT_KINDS = (CORRESPONDENCE_LOG, VISIT_DOSSIER, RECOMMENDATIONS)
# Short names, as PRODUCT.md first wrote the command (`npmdesk report log|visit|recommendations`).
KIND_ALIASES = {"log": CORRESPONDENCE_LOG, "visit": VISIT_DOSSIER, "tracker": RECOMMENDATIONS}
LANGUAGES = ("en", "fr", "es", "ar", "ru", "pt")
