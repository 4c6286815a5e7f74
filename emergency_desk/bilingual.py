"""Errors that say themselves in the user's language, whichever layer raises them.

The core layers have no Qt and so no ``tr()``: an error carries a code and its parameters,
and ``message(lang)`` picks the sentence from the class's ``MESSAGES`` (Chinese, English).
A parameter that differs by language is given as ``{"zh": …, "en": …}`` or ``(zh, en)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar


def _in(lang: str, value: object) -> object:
    if isinstance(value, dict):
        return value.get(lang, value.get("en"))
    if isinstance(value, tuple) and len(value) == 2:
        return value[0] if lang == "zh" else value[1]
    return value


class BilingualError(Exception):
    """``code`` picks the sentence in ``MESSAGES``; ``str()`` is the English one (logs)."""

    MESSAGES: ClassVar[Mapping[str, tuple[str, str]]] = {}

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        zh, en = self.MESSAGES[self.code]
        params = {k: _in(lang, v) for k, v in self.params.items()}
        return (zh if lang == "zh" else en).format(**params)
