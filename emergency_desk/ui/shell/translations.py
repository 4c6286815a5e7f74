"""Loading the interface translations (``resources/translations/*.qm``) and Qt's own.

Source strings are English; Chinese comes from ``emergency_desk_zh_CN.qm``, compiled from
the ``.ts`` next to it (``make translations``). Qt's ``qtbase_zh_CN.qm`` translates what Qt
itself draws — standard buttons (OK/Cancel/Yes/No), file dialogs, the line edit's context
menu — so a Chinese screen has no English left in Qt's own widgets either. Where Qt's
catalogue lags behind Qt's own source (``QT_GAPS``), the app's catalogue fills in.

English has a catalogue too, ``emergency_desk_en.qm``, holding only the ``%n`` messages
(``lupdate -pluralonly``): it gives them their singular and plural forms, "1 record was
imported" beside "3 records were imported", as Qt's own English catalogues do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ...paths import resource

TRANSLATIONS_DIR = ("translations",)
APP_CATALOGUE = "emergency_desk"
# The interface language -> the catalogue suffix of the app's and Qt's .qm files.
CATALOGUE_LOCALE = {"zh": "zh_CN", "en": "en"}

# Qt's own texts that its qtbase_zh_CN.qm (as shipped with Qt 6) lacks: the non-native file
# dialog's labels gained keyboard accelerators, and the catalogue still holds them without.
# lupdate files these under Qt's context, so the app's catalogue translates them for Qt.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []


def app_qm(lang: str) -> Path | None:
    """The app's compiled catalogue for ``lang`` (``None`` for a language without one)."""
    suffix = CATALOGUE_LOCALE.get(lang)
    if suffix is None:
        return None
    return resource(*TRANSLATIONS_DIR, f"{APP_CATALOGUE}_{suffix}.qm")


def locale_for(lang: str) -> QLocale:
    """The QLocale that dates, numbers and Qt's own texts follow in ``lang``."""
    if lang == "zh":
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China
        )
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Install the translators for ``lang``; ``True`` if the app's own catalogue loaded.

    Calling it again with another language swaps them (tests switch back and forth).
    English needs only its plural forms: every other source string is English already.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(locale_for(lang))
    qm = app_qm(lang)
    if qm is None:
        return False
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale_for(lang), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    own = QTranslator(app)
    if own.load(str(qm)):
        app.installTranslator(own)
        _installed.append(own)
        return True
    return False
