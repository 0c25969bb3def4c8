"""Edit → Preferences… (`ui/settings.ui`): idle-lock delay, clipboard delay, language, the
State party of the vault's NPM and the default export recipients. Save writes them (the State
into the vault, records/npm_state.py; the rest on this device, preferences.py) and emits
`saved`; the session applies the two delays at once. The colours (follow the system, light, dark)
and the language apply at once too, on Save: the palette changes in every window, and a new
language makes the main window rebuild itself in it (MainWindow.language_changed; the session
reopens it where the user was, open forms keeping their drafts).

Not modal, so that Lock (Ctrl+L) and the idle lock keep working while it is open; the window
closes it when the vault locks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from npmdesk.errors import NpmdeskError
from npmdesk.gui.fit import scroll_above
from npmdesk.gui.form_dialog import FormDialog
from npmdesk.gui.form_parts import layout_of
from npmdesk.gui.i18n import apply_language
from npmdesk.gui.inline_error import error_text, prepare, show_error
from npmdesk.gui.mail.own_addresses import OwnAddressesSetting
from npmdesk.gui.records import field_labels
from npmdesk.gui.settings.preferences import LANGUAGES, THEMES, Preferences
from npmdesk.gui.settings.recipients import recipient_contacts
from npmdesk.gui.settings.reply_months import ReplyMonthsSetting
from npmdesk.gui.settings.state_choice import StateChoice
from npmdesk.gui.team.settings_group import TeamSettingsGroup
from npmdesk.gui.theme import apply_theme
from npmdesk.records.npm_state import npm_state, set_npm_state
from npmdesk.records.store import RecordStore

ID_ROLE = Qt.ItemDataRole.UserRole

# Each language in its own name, so that whoever cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية", "ru": "Русский",
                  "pt": "Português"}


class StateNotChosen(NpmdeskError):
    """The State field holds text that names no State of the list: nothing is saved."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate(
            "SettingsDialog", "Choose your State from the list (type part of its name to find it)."))


class SettingsDialog(FormDialog):
    saved = Signal()

    def __init__(self, preferences: Preferences, store: RecordStore | None, parent: QWidget | None = None) -> None:
        super().__init__("settings", parent)
        self.setObjectName("settingsDialog")
        self._preferences = preferences
        self._store = store
        self._state_now: str | None = None
        self.idle_spin = self.child(QSpinBox, "idleSpin")
        self.clipboard_spin = self.child(QSpinBox, "clipboardSpin")
        self.language_combo = self.child(QComboBox, "languageCombo")
        self.language_notice = self.child(QLabel, "languageNotice")
        self.recipients_list = self.child(QListWidget, "recipientsList")
        self.state = StateChoice(self.child(QComboBox, "stateCombo"), self.tr("Not chosen yet"))
        self.buttons = self.child(QDialogButtonBox, "buttonBox")
        self.error_label: QLabel | None = None
        self.idle_spin.setSuffix(self.tr(" min"))
        self.clipboard_spin.setSuffix(self.tr(" s"))
        for code in LANGUAGES:
            name = LANGUAGE_NAMES.get(code) or self.tr("The system's language")
            self.language_combo.addItem(name, code)
        self.language_notice.setText(self.tr(
            "npmdesk speaks this language as soon as you save. Open record forms close and keep their drafts."))
        self.theme_combo = self._add_theme_choice()
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.language_combo.currentIndexChanged.connect(self._language_changed)
        self._load(store)
        self.reply_months = ReplyMonthsSetting(self)  # a vault setting (reply_months.py)
        self.reply_months.attach(self.buttons, store)
        # A vault setting, in "Your NPM": which imported mail was sent (gui/mail/own_addresses.py).
        self.own_addresses = OwnAddressesSetting(layout_of(self.child(QGroupBox, "vaultGroup"), QFormLayout), self)
        self.own_addresses.load(store)
        # Team: the folder and the member devices in one line, and Team… (gui/team/settings_group.py).
        self.team = TeamSettingsGroup(self, self.child(QGroupBox, "appearanceGroup"), store)
        # Its groups can be taller than a small laptop's screen (a long translation, many contacts):
        # they scroll, Save and Cancel stay in view.
        self.content_area = scroll_above(self.form, self.buttons)
        self.resize(max(self.width(), 580), self.height())  # wide enough that no hint wraps past the screen

    def _add_theme_choice(self) -> QComboBox:
        """Appearance: follow the system's colours, light or dark (below the language)."""
        group = QGroupBox(self.tr("Appearance"), self.form)
        group.setObjectName("appearanceGroup")
        group.setAccessibleName(self.tr("Appearance"))
        layout = QFormLayout(group)
        combo = QComboBox(group)
        combo.setObjectName("themeCombo")
        combo.setAccessibleName(self.tr("Colours of npmdesk"))
        names = {"": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for code in THEMES:
            combo.addItem(names[code], code)
        label = QLabel(self.tr("&Colours:"), group)
        label.setBuddy(combo)
        layout.addRow(label, combo)
        language_group = self.child(QGroupBox, "languageGroup")
        outer = layout_of(language_group.parentWidget(), QBoxLayout)
        outer.insertWidget(outer.indexOf(language_group) + 1, group)
        return combo

    def _load(self, store: RecordStore | None) -> None:
        p = self._preferences
        self.idle_spin.setValue(p.idle_minutes())
        self.clipboard_spin.setValue(p.clipboard_seconds())
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(p.language())))
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(p.theme())))
        self.language_notice.hide()
        self._load_state(store)
        chosen = set(p.default_recipients())
        try:
            choices = recipient_contacts(store) if store is not None else []
        except NpmdeskError as error:
            self._add_note(error_text(error))
            return
        for choice in choices:
            role = field_labels.choice_name(choice.role) if choice.role else ""
            text = self.tr("{name} — {role}").format(name=choice.name, role=role) if role else choice.name
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, choice.record_id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if choice.record_id in chosen else Qt.CheckState.Unchecked)
            self.recipients_list.addItem(item)
        if not choices:
            self._add_note(self.tr("No contact has an age recipient yet. Add one to a contact to choose it here."))

    def _load_state(self, store: RecordStore | None) -> None:
        try:
            self._state_now = npm_state(store.vault) if store is not None else None
        except NpmdeskError:
            store = None
        self.state.set_code(self._state_now)
        self.state.combo.setEnabled(store is not None)

    def _save_state(self) -> None:
        """The chosen State into the vault, if it changed (NpmdeskError: nothing changed)."""
        if not self.state.valid():
            raise StateNotChosen()
        code = self.state.code()
        if self._store is not None and code is not None and code != self._state_now:
            set_npm_state(self._store.vault, code)
            self._state_now = code

    def _show_error(self, error: NpmdeskError) -> None:
        if self.error_label is None:
            self.error_label = QLabel(self)
            self.error_label.setObjectName("settingsError")
            self.error_label.setAccessibleName(self.tr("Why the settings were not saved"))
            prepare(self.error_label)
            layout = layout_of(self.buttons.parentWidget(), QBoxLayout)
            layout.insertWidget(layout.indexOf(self.buttons), self.error_label)
        show_error(self.error_label, error)

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.recipients_list.addItem(item)

    def _language_changed(self) -> None:
        self.language_notice.setVisible(self.language() != self._preferences.language())

    # ----------------------------------------------------------------------------- values

    def language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def theme(self) -> str:
        return str(self.theme_combo.currentData() or "")

    def chosen_recipients(self) -> list[str]:
        chosen = []
        for row in range(self.recipients_list.count()):
            item = self.recipients_list.item(row)
            record_id = item.data(ID_ROLE)
            if record_id and item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(record_id))
        return chosen

    def save(self) -> None:
        """Write the preferences, emit `saved` and close."""
        p = self._preferences
        new_language = self.language() != p.language()
        try:
            self.own_addresses.check()  # a mistyped address: nothing saved
            self._save_state()  # first: the vault may be busy, and then nothing is saved
            p.set_idle_minutes(self.idle_spin.value())
            p.set_clipboard_seconds(self.clipboard_spin.value())
            p.set_language(self.language())
            p.set_theme(self.theme())
            p.set_default_recipients(self.chosen_recipients())
            self.reply_months.save()
            self.own_addresses.save()
        except NpmdeskError as error:  # a full or read-only disk: said, the dialog stays open
            self._show_error(error)
            return
        self.saved.emit()
        self.accept()
        self._apply_look(new_language)

    def _apply_look(self, new_language: bool) -> None:
        """The colours now; the language now if it changed (windows get QEvent.LanguageChange)."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.theme() or None)
            if new_language:
                apply_language(app, self.language())

    def discard(self) -> None:
        """On lock: forget the contact names shown and close."""
        self.recipients_list.clear()
        self.close()
