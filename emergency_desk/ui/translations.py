"""Loading the interface translations (``resources/i18n/*.qm``) and Qt's own.

Source strings are English; Chinese comes from ``emergency_desk_zh_CN.qm``. Qt's
``qtbase_zh_CN.qm`` translates the standard buttons and dialogs (Yes/No, file dialogs).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str) -> bool:
    """Install the translators for ``lang``; ``True`` if the app's own file was found."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if lang != "zh":
        return False
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    own = QTranslator(app)
    if own.load(str(resource("i18n", "emergency_desk_zh_CN.qm"))):
        app.installTranslator(own)
        _installed.append(own)
        return True
    return False
