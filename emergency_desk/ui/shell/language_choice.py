"""The interface-language choice in Settings: follow the system, Chinese or English.

Kept per user on this PC (QSettings ``ui/language``), not in the office's database: two
people may share the file and read it in different languages. The choice applies from the
next start, so no screen is ever half in one language and half in the other.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QMessageBox, QWidget

from .lang import LANGS, save_lang, saved_lang, system_lang, ui_lang

# Each language is named in itself, as language menus do, so it can be found whatever
# language the screen is in.
NATIVE_NAMES = {"zh": "中文（简体）", "en": "English"}


class LanguageBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageBox")
        self.setTitle(self.tr("Interface language"))
        form = QFormLayout(self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("uiLanguage")
        self.combo.addItem(
            self.tr("Follow the system ({language})").format(language=self.name(system_lang())),
            None,
        )
        for lang in LANGS:
            self.combo.addItem(NATIVE_NAMES[lang], lang)
        self.combo.setCurrentIndex(max(self.combo.findData(saved_lang()), 0))
        form.addRow(self.tr("Language:"), self.combo)
        note = QLabel(self.tr("Takes effect the next time Emergency Desk starts."), self)
        note.setStyleSheet("color: #666;")
        note.setWordWrap(True)
        form.addRow(note)

    def name(self, lang: str) -> str:
        """A language named in the language of the screen (the list names each in itself)."""
        return self.tr("Chinese") if lang == "zh" else self.tr("English")

    def chosen(self) -> str | None:
        data = self.combo.currentData()
        return str(data) if data else None

    def apply(self) -> bool:
        """Save the choice; ``True`` (after telling the user) if it changes the language."""
        chosen = self.chosen()
        if chosen == saved_lang():
            return False
        save_lang(chosen)
        next_lang = chosen or system_lang()
        if next_lang == ui_lang():
            return False
        QMessageBox.information(
            self,
            self.tr("Interface language"),
            self.tr(
                "The interface will be in {language} the next time Emergency Desk starts. "
                "Close and reopen the program to switch now."
            ).format(language=self.name(next_lang)),
        )
        return True
