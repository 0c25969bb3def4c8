"""The fields of the Reports dialog: which report, which visit, the period, the language and
the "Confidential" marking; and the request they describe."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QLabel, QWidget

from npmdesk.gui.i18n import QT_TRANSLATE_NOOP
from npmdesk.gui.records import formatting
from npmdesk.records.query import ListQuery
from npmdesk.records.store import RecordStore
from npmdesk.reports import ReportRequest, make_request
from npmdesk.reports.names import LANGUAGES, REPORT_KINDS, VISIT_DOSSIER

CONTEXT = "ReportForm"
KIND_NAMES = {
    "correspondence-log": QT_TRANSLATE_NOOP("ReportForm", "Correspondence log"),
    "visit-dossier": QT_TRANSLATE_NOOP("ReportForm", "Visit dossier"),
    "recommendations": QT_TRANSLATE_NOOP("ReportForm", "Recommendations tracker"),
}
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية", "ru": "Русский",
                  "pt": "Português"}  # each in its own language
MAX_VISITS = 1000


class ReportForm(QWidget):
    changed = Signal()  # the kind or the visit list changed

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("reportKind")
        self.kind_combo.setAccessibleName(self.tr("Report"))
        for kind in REPORT_KINDS:
            self.kind_combo.addItem(QCoreApplication.translate(CONTEXT, KIND_NAMES[kind]), kind)
        self._row(form, self.tr("&Report:"), self.kind_combo)
        self.visit_combo = QComboBox(self)
        self.visit_combo.setObjectName("reportVisit")
        self.visit_combo.setAccessibleName(self.tr("Visit of the dossier"))
        self.visit_label = self._row(form, self.tr("&Visit:"), self.visit_combo)
        self.from_check, self.from_edit = self._date_row(form, self.tr("&From:"), self.tr("Start of the period"),
                                                         dt.date(today.year, 1, 1), "reportFrom")
        self.to_check, self.to_edit = self._date_row(form, self.tr("&To:"), self.tr("End of the period"), today,
                                                     "reportTo")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("reportLanguage")
        self.language_combo.setAccessibleName(self.tr("Language of the report"))
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        system = QLocale.system().name()[:2]
        self.language_combo.setCurrentIndex(LANGUAGES.index(system) if system in LANGUAGES else 0)
        self._row(form, self.tr("&Language:"), self.language_combo)
        self.confidential_check = QCheckBox(self.tr("Mark every page \u201c&Confidential\u201d"), self)
        self.confidential_check.setObjectName("reportConfidential")
        self.confidential_check.setAccessibleName(self.tr("Mark every page Confidential"))
        self.confidential_check.setChecked(True)
        form.addRow(self.confidential_check)
        self.disclosures_check = QCheckBox(self.tr("List when each record left the vault, and to &whom"), self)
        self.disclosures_check.setObjectName("reportDisclosures")
        self.disclosures_check.setAccessibleName(self.tr("List when each record left the vault, and to whom"))
        form.addRow(self.disclosures_check)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _row(self, form: QFormLayout, text: str, field: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _date_row(self, form: QFormLayout, text: str, name: str, day: dt.date,
                  object_name: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(text, self)
        check.setObjectName(object_name + "Limit")
        check.setChecked(True)
        check.setAccessibleName(self.tr("Limit the period: {what}").format(what=name))
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setObjectName(object_name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        check.toggled.connect(edit.setEnabled)
        form.addRow(check, edit)
        return check, edit

    def fill_visits(self, store: RecordStore) -> None:
        """The vault's visits, newest first (read through the store's indexed list)."""
        self.visit_combo.clear()
        for visit in store.list(ListQuery(kinds=("visit",), order_by="date", limit=MAX_VISITS)):
            self.visit_combo.addItem(f"{visit.title} ({formatting.date_text(visit.date) or '…'})", visit.id)
        self.changed.emit()

    @property
    def is_dossier(self) -> bool:
        return bool(self.kind_combo.currentData() == VISIT_DOSSIER)

    @property
    def ready(self) -> bool:
        return not self.is_dossier or self.visit_combo.count() > 0

    def _kind_changed(self) -> None:
        self.visit_combo.setEnabled(self.is_dossier)
        self.visit_label.setEnabled(self.is_dossier)
        self.disclosures_check.setEnabled(self.kind_combo.currentData() == "correspondence-log")
        if self.is_dossier:  # a dossier covers the whole visit unless a period is asked for
            self.from_check.setChecked(False)
            self.to_check.setChecked(False)
        self.changed.emit()

    def request(self) -> ReportRequest:
        """The report the fields describe; NpmdeskError if it is not valid."""
        def day(check: QCheckBox, edit: QDateEdit) -> str | None:
            return edit.date().toString("yyyy-MM-dd") if check.isChecked() else None

        return make_request(
            str(self.kind_combo.currentData()), day(self.from_check, self.from_edit), day(self.to_check, self.to_edit),
            visit_id=self.visit_combo.currentData(), language=str(self.language_combo.currentData()),
            confidential_mark=self.confidential_check.isChecked(),
            with_disclosures=self.disclosures_check.isChecked() and self.disclosures_check.isEnabled())
