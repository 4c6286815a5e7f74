"""The main window: one tab per register, the File / Tools / Help menus, database switching.

The other features are installers listed in ``features.FEATURES``; they plug in here
rather than editing the tabs: ``add_tab`` (Overview, Annual summary), ``tools_menu``
(Settings, Recycle bin, Audit log), ``on_register_tab_built`` (buttons and colours on the
lists), ``open_record`` (jump from an alert to its record) and ``store_changed`` (a
different database was opened). What they put on the window is declared on the class.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QWidget,
)

from ... import __version__
from ...paths import default_database
from ...schema import REGISTER_BY_NAME, REGISTERS, TABLES, register_of_table
from ...store import Store, StoreError
from ..registers.registry import make_register_tab, register_title
from ..widgets.screen_fit import fit_to_screen, main_window_size
from .app_settings import (
    KEY_GEOMETRY,
    app_settings,
    forget_recent,
    recent_files,
    remember_database,
)
from .features import FEATURES, Installer
from .first_paint import PaintGate, after_figures
from .lang import ui_lang
from .lazy_tabs import BuiltHook, LazyTab, RegisterPlaceholder, RegisterTabs
from .open_failure import handle_open_failure

if TYPE_CHECKING:
    from ..county.county_install import CountyScreens
    from ..import_export.import_export import RegisterImportExport
    from ..overview.overview_tab import OverviewTab
    from ..registers.register_tab import RegisterTab

TabSource = QWidget | Callable[[Store], QWidget]


@dataclass
class _ExtraTab:
    """A tab added with ``add_tab``: what it was made from, and what is in the tab bar now
    (a ``LazyTab`` until a factory's tab is first shown)."""

    source: TabSource
    title: str
    index: int | None
    widget: QWidget


class _HideWhenEmpty(QObject):
    """Shows a menu in the menu bar only once someone has put an action in it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ActionAdded, QEvent.Type.ActionRemoved):
            menu = watched
            if isinstance(menu, QMenu):
                menu.menuAction().setVisible(bool(menu.actions()))
        return False


# What the features put on the window: None until their installer has run.
FEATURE_ATTRIBUTES = (
    "import_export",
    "overview_tab",
    "settings_action",
    "read_only_banner",
    "read_only_label",
    "county_screens",
)


class MainWindow(QMainWindow):
    store_changed = Signal(object)  # the new Store, after New/Open database

    # The surface the features fill (see ``features``), declared so that reading it is
    # checked; a window built without a feature keeps that feature's attribute None.
    import_export: Mapping[str, RegisterImportExport] | None
    overview_tab: OverviewTab | None
    settings_action: QAction | None
    read_only_banner: QToolBar | None
    read_only_label: QLabel | None
    register_rules_installed: bool
    county_screens: CountyScreens | None

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        work_after_paint: bool = False,
        features: Sequence[Installer] = FEATURES,
    ) -> None:
        """``work_after_paint``: background work (the Overview's figures, and whatever
        the caller queues on ``paint_gate``) waits for the first paint; the real start
        sets it, tests that never show the window do not. ``features``: the installers
        run on the window, in order (all of them unless a test leaves some out)."""
        super().__init__(parent)
        for name in FEATURE_ATTRIBUTES:
            setattr(self, name, None)
        self.register_rules_installed = False
        self.store = store
        self.paint_gate = PaintGate(self, open_now=not work_after_paint)
        self.lang = ui_lang()
        self.setObjectName("mainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("registerTabs")
        self.tabs.setDocumentMode(True)
        # Thirteen and more tabs scroll rather than set the window's narrowest width.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.tabBar().setExpanding(False)
        self.setCentralWidget(self.tabs)
        # Each list is built when its tab is first shown or asked for (``lazy_tabs``).
        self.register_tabs = RegisterTabs(tuple(REGISTERS), self._build_register_tab)
        self._placeholders: dict[str, RegisterPlaceholder] = {}
        self._built_hooks: list[BuiltHook] = []
        self._hold_builds = False
        self._extra_tabs: list[_ExtraTab] = []
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._build_register_tabs()
        self._update_title()
        for install in features:
            install(self)
        # The start's other background work waits for the Overview's figures.
        self.figures_gate = after_figures(self.paint_gate, self.overview_tab)
        geometry = app_settings().value(KEY_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            size = main_window_size(self)
            fit_to_screen(self, size.width(), size.height(), centre=True)
        else:  # saved on a bigger screen than this one
            fit_to_screen(self)
        self.tabs.currentChanged.connect(self._build_shown)
        self._build_shown(self.tabs.currentIndex())

    # -- menus -----------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_db_action = self._action(
            self.file_menu, self.tr("&New database…"), self.new_database
        )
        # ``setShortcuts``, not ``setShortcut``: PySide6 resolves the latter's overloads
        # by building Qt's whole namespace, ~30 ms before the first paint (``first_paint``).
        self.new_db_action.setShortcuts([QKeySequence("Ctrl+Shift+N")])
        self.open_db_action = self._action(
            self.file_menu, self.tr("&Open database…"), self.open_database
        )
        self.open_db_action.setShortcuts(QKeySequence.StandardKey.Open)
        self.recent_menu = self.file_menu.addMenu(self.tr("Recent &files"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.tr("&Quit"), self.close)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self._hide_when_empty = _HideWhenEmpty(self)
        self.tools_menu.installEventFilter(self._hide_when_empty)
        self.tools_menu.menuAction().setVisible(False)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(
            self.help_menu, self.tr("&About Emergency Desk"), self.about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _c=False, p=path: self.switch_database(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)

    def about(self) -> None:
        # Every register the schema declares, by its title in the UI's language.
        titles = [REGISTER_BY_NAME[r].label(self.lang).replace("&", "&amp;") for r in REGISTERS]
        QMessageBox.about(
            self,
            self.tr("About Emergency Desk"),
            self.tr(
                "<h3>Emergency Desk {version}</h3>"
                "<p>The registers of an emergency management office ({registers}), its "
                "printouts and its annual work summary.</p>"
                "<p>Works offline; the data stays in the database file:<br>{path}</p>"
            ).format(
                version=__version__,
                registers=("、" if self.lang == "zh" else ", ").join(titles),
                path=self._db_text(),
            ),
        )

    # -- tabs ------------------------------------------------------------------------
    def _build_register_tabs(self) -> None:
        # The schema's registers in their declared order (``schema.REGISTER_LIST``).
        for register in REGISTERS:
            placeholder = RegisterPlaceholder(register)
            self._placeholders[register] = placeholder
            self.tabs.addTab(placeholder, register_title(REGISTER_BY_NAME[register], self.lang))

    def on_register_tab_built(self, hook: BuiltHook) -> None:
        """Call ``hook(register, widget)`` on every register list: those built already now,
        the others as they are built (also after another database is opened)."""
        self._built_hooks.append(hook)
        for register, widget in self.register_tabs.built().items():
            hook(register, widget)

    def _build_register_tab(self, register: str) -> QWidget:
        widget = make_register_tab(self.store, register)
        self.register_tabs.remember(register, widget)
        try:
            for hook in list(self._built_hooks):
                hook(register, widget)
        finally:
            self._swap_in(register, widget)
        return widget

    def _swap_in(self, register: str, widget: QWidget) -> None:
        placeholder = self._placeholders.pop(register, None)
        if placeholder is not None:
            self._replace_tab(placeholder, widget)

    def _replace_tab(self, placeholder: QWidget, widget: QWidget) -> None:
        """Put a built tab where its placeholder was, without another tab being shown
        for a moment (the Summary tab starts counting when shown)."""
        index = self.tabs.indexOf(placeholder)
        if index < 0:
            return
        was_current = self.tabs.currentIndex() == index
        blocked = self.tabs.blockSignals(True)
        try:
            self.tabs.insertTab(index, widget, self.tabs.tabText(index))
            if was_current:
                self.tabs.setCurrentIndex(index)
            self.tabs.removeTab(index + 1)
        finally:
            self.tabs.blockSignals(blocked)
        placeholder.deleteLater()

    def _build_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if self._hold_builds:
            return
        if isinstance(widget, RegisterPlaceholder):
            self.register_tabs[widget.register]
        elif isinstance(widget, LazyTab):
            self._build_lazy_tab(widget)

    def add_tab(self, widget: TabSource, title: str, index: int | None = None) -> QWidget:
        """Add a tab (Overview at 0, Annual summary at the end…).

        Pass a widget, or a factory ``f(store) -> QWidget``: that tab is built when it is
        first shown, and built again when another database is opened; a widget with
        ``set_store(store)`` is told instead.
        """
        built = widget if isinstance(widget, QWidget) else LazyTab(widget)
        if index is None:
            self.tabs.addTab(built, title)
        else:
            self.tabs.insertTab(index, built, title)
        self._extra_tabs.append(_ExtraTab(widget, title, index, built))
        if self.tabs.currentWidget() is built:
            self._build_shown(self.tabs.currentIndex())
        return built

    def _build_lazy_tab(self, placeholder: LazyTab) -> QWidget:
        widget = placeholder.factory(self.store)
        for extra in self._extra_tabs:
            if extra.widget is placeholder:
                extra.widget = widget
        self._replace_tab(placeholder, widget)
        return widget

    def register_tab_for_table(self, table_name: str) -> RegisterTab | None:
        """The list that shows ``table_name`` (a duty sub-tab, the materials items…);
        builds that register's tab if it was not yet."""
        register = self.register_for_table(table_name)
        if register is None:
            return None
        widget = self.register_tabs[register]
        from ..registers.register_tab import RegisterTab  # loaded with the list just read

        if isinstance(widget, RegisterTab) and widget.table.name == table_name:
            return widget
        tab_for = getattr(widget, "tab_for", None)
        return tab_for(table_name) if tab_for is not None else None

    def register_for_table(self, table_name: str) -> str | None:
        """The register whose tab holds ``table_name``, without building it."""
        reg = register_of_table(table_name)
        return reg.name if reg is not None else None

    def open_record(self, table_name: str, record_id: int) -> None:
        """Show the tab holding ``table_name`` and open the record's edit dialog."""
        reg = register_of_table(table_name)
        assert reg is not None, table_name
        t = TABLES[table_name]
        if not reg.ui_tab and t is not reg.main and t.parent and t.parent_key:
            # The generic list shows only the main table: a record that belongs to one of
            # its records (a drill's corrective action) opens in its parent's form.
            record_id = int(self.store.get(table_name, record_id)[t.parent_key])
            table_name = t.parent
        widget = self.register_tabs[reg.name]
        self.tabs.setCurrentWidget(widget)
        opener = getattr(widget, "open_table_record", None)
        if opener is not None:
            opener(table_name, record_id)
        else:
            widget.open_record(record_id)  # type: ignore[attr-defined]

    # -- the database ----------------------------------------------------------------
    def _db_text(self) -> str:
        return str(self.store.path) if self.store.path else self.tr("(in memory)")

    def _update_title(self) -> None:
        name = self.store.path.name if self.store.path else self.tr("(in memory)")
        self.setWindowTitle(self.tr("Emergency Desk — {db}").format(db=name))
        text = self._db_text()
        if self.store.read_only:
            text = self.tr("{path} (read-only)").format(path=text)
        self.db_label.setText(text)

    def set_store(self, store: Store) -> None:
        """Show another database: every tab is rebuilt on it."""
        self.store = store
        current = self.tabs.currentIndex()
        self._hold_builds = True  # no list is built on the old store while tabs move
        for widget in [*self.register_tabs.built().values(), *self._placeholders.values()]:
            self.tabs.removeTab(self.tabs.indexOf(widget))
            widget.deleteLater()
        self.register_tabs.forget_all()
        self._placeholders.clear()
        extras, self._extra_tabs = self._extra_tabs, []
        for extra in extras:
            self.tabs.removeTab(self.tabs.indexOf(extra.widget))
        self._build_register_tabs()
        for extra in extras:
            if isinstance(extra.source, QWidget):
                setter = getattr(extra.source, "set_store", None)
                if setter is not None:
                    setter(store)
            else:
                extra.widget.deleteLater()
            self.add_tab(extra.source, extra.title, extra.index)
        self.tabs.setCurrentIndex(max(0, min(current, self.tabs.count() - 1)))
        self._hold_builds = False
        self._update_title()
        self.store_changed.emit(store)
        self._build_shown(self.tabs.currentIndex())

    def switch_database(self, path: Path) -> bool:
        """Open ``path`` in place of the current database; on failure keep the current one."""
        path = Path(path)
        try:
            new = Store.open(path)
        except StoreError as exc:
            # A damaged file: the same offer of the newest good backup as at start-up.
            restored = handle_open_failure(self, exc, path)
            if restored is None:
                if not path.exists():
                    forget_recent(path)
                return False
            new = restored
        except Exception as exc:  # any failure: a message, never a traceback
            QMessageBox.critical(
                self,
                self.tr("Cannot open the database"),
                self.tr("“{path}” could not be opened: {reason}").format(path=path, reason=exc),
            )
            return False
        old = self.store
        self.set_store(new)
        if old is not new:
            old.close()
        if new.path is not None:
            remember_database(new.path)
        return True

    def _start_dir(self) -> str:
        if self.store.path is not None:
            return str(self.store.path.parent)
        return str(default_database().parent)

    def new_database(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New database"),
            str(Path(self._start_dir()) / "emergency_desk.db"),
            self.tr("Emergency Desk database (*.db)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".db")
        if path.exists():
            QMessageBox.warning(
                self,
                self.tr("New database"),
                self.tr(
                    "“{path}” already exists. Choose another name, or use "
                    "File › Open database… to open it."
                ).format(path=path),
            )
            return
        self.switch_database(path)

    def open_database(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            self._start_dir(),
            self.tr("Emergency Desk database (*.db);;All files (*)"),
        )
        if name:
            self.switch_database(Path(name))

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = app_settings()
        settings.setValue(KEY_GEOMETRY, self.saveGeometry())
        settings.sync()
        super().closeEvent(event)
