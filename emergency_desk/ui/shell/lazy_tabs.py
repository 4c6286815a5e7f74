"""Register lists built the first time they are shown or asked for.

Building a list runs its first page's count and rows, its header, and its rule colours
(the flagger's queries): 20–60 ms apiece on a million-row file, ~0.3 s for all nine lists,
while at start only the Overview is on screen. So the window starts with an empty
placeholder per register tab; the real list replaces it when its tab is first shown or
when code asks for it (``window.register_tabs["hazards"]``), and the features that
decorate lists (import/export, rule colours, History) are applied to each as it is built.
The Annual Summary tab waits the same way (``LazyTab``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

BuiltHook = Callable[[str, QWidget], None]


class RegisterPlaceholder(QWidget):
    """Holds a register's place in the tab bar until its list is built."""

    def __init__(self, register: str) -> None:
        super().__init__()
        self.register = register
        self.setObjectName(f"{register}Placeholder")


class LazyTab(QWidget):
    """Holds another tab's place (the Annual Summary) until it is first shown."""

    def __init__(self, factory: Callable[[Any], QWidget]) -> None:
        super().__init__()
        self.factory = factory
        self.setObjectName("lazyTabPlaceholder")


class RegisterTabs(Mapping[str, QWidget]):
    """Register name → its list widget; reading an entry builds that list if need be.

    Iterating gives the names without building anything; ``built()`` gives only the
    lists that exist so far (for code that must not build every list).
    """

    def __init__(self, names: tuple[str, ...], build: Callable[[str], QWidget]) -> None:
        self._names = names
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        if name not in self._names:
            raise KeyError(name)
        widget = self._built.get(name)
        if widget is None:
            widget = self._build(name)
        return widget

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def remember(self, name: str, widget: QWidget) -> None:
        self._built[name] = widget

    def built(self) -> dict[str, QWidget]:
        return {n: self._built[n] for n in self._names if n in self._built}

    def forget_all(self) -> None:
        self._built.clear()


class PerRegister(Mapping[str, Any]):
    """A per-register value that exists once the register's list is built (its Import…
    controller, say): reading an entry builds the list; listing the names does not."""

    def __init__(self, names: tuple[str, ...], get: Callable[[str], Any]) -> None:
        self._names = names
        self._get = get

    def __getitem__(self, name: str) -> Any:
        if name not in self._names:
            raise KeyError(name)
        return self._get(name)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
