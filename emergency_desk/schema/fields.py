"""Field and table descriptions: the vocabulary every layer reads the registers in.

A register is described once here; the store derives its tables and indexes, the UI its
columns and forms, import/export its headers and the report its labels from the same
objects, so adding a field is one edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .validation import FieldError


class FieldType(str, Enum):
    TEXT = "text"
    LONGTEXT = "longtext"  # text edited in a multi-line box
    DATE = "date"  # ISO YYYY-MM-DD
    DATETIME = "datetime"  # YYYY-MM-DD HH:MM
    INT = "int"  # >= 0
    MONEY = "money"  # >= 0, two decimals
    DECIMAL = "decimal"  # a number with decimals within the field's declared range (degrees)
    CHOICE = "choice"  # one of the choice keys
    REF = "ref"  # id of a record in another table

    @property
    def sql_type(self) -> type:
        if self in (FieldType.INT, FieldType.REF):
            return int
        if self in (FieldType.MONEY, FieldType.DECIMAL):
            return float
        return str


@dataclass(frozen=True)
class Choice:
    key: str
    zh: str
    en: str

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


EARLIEST_DATE = "1949-01-01"
LATEST_DATE = "2100-12-31"
"""No record of a township office falls outside these: a date beyond them is a typing or
pasting mistake (9999-12-31, a serial number read as a year), and refusing it at the
field keeps the rules' date arithmetic within what Python's dates can hold."""

DEFAULT_MAX_COUNT = 10_000_000  # people, items, leaflets: more than any office has
DEFAULT_MAX_MONEY = 10_000_000_000  # 100亿元


@dataclass(frozen=True)
class Field:
    key: str
    zh: str
    en: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    choices: tuple[Choice, ...] = ()
    default: Any = None
    ref_table: str | None = None  # for REF fields
    indexed: bool = False  # the UI sorts or filters by it often
    searchable: bool = False  # part of the full-text search
    signed: bool = False  # INT that may be negative (stock movement deltas)
    max_length: int = 2000
    minimum: float | None = None  # INT/MONEY/DECIMAL; None: 0 (or -maximum if signed)
    maximum: float | None = None  # INT/MONEY; None: DEFAULT_MAX_COUNT / DEFAULT_MAX_MONEY
    decimals: int = 6  # DECIMAL: digits kept after the point (6: about 0.1 m in degrees)
    # TEXT whose value must have a known shape, checked by ``validation.FORMATS`` ("phone").
    format: str = ""
    # TEXT naming a village: the form offers the settings' village list, other text allowed.
    suggest_villages: bool = False
    # Given by the program, never typed (a notice's number, set when first printed): the
    # form shows it read-only once given and leaves it out of what it saves.
    assigned: bool = False
    help_zh: str = ""
    help_en: str = ""
    aliases: tuple[str, ...] = ()  # other headers an office's spreadsheet uses for it

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def help(self, lang: str) -> str:
        return self.help_zh if lang == "zh" else self.help_en

    @property
    def bounds(self) -> tuple[Any, Any] | None:
        """The smallest and largest value the field accepts (ISO text for dates), if any."""
        t = self.type
        if t is FieldType.DATE:
            return EARLIEST_DATE, LATEST_DATE
        if t is FieldType.DATETIME:
            return f"{EARLIEST_DATE} 00:00", f"{LATEST_DATE} 23:59"
        if t is FieldType.DECIMAL:
            low = self.minimum if self.minimum is not None else -DEFAULT_MAX_MONEY
            return low, self.maximum if self.maximum is not None else DEFAULT_MAX_MONEY
        if t in (FieldType.INT, FieldType.MONEY):
            default = DEFAULT_MAX_COUNT if t is FieldType.INT else DEFAULT_MAX_MONEY
            top = self.maximum if self.maximum is not None else default
            bottom = self.minimum if self.minimum is not None else (-top if self.signed else 0)
            return bottom, top
        return None

    def choice(self, key: str | None) -> Choice | None:
        for c in self.choices:
            if c.key == key:
                return c
        return None

    def choice_label(self, key: str | None, lang: str) -> str:
        c = self.choice(key)
        return c.label(lang) if c else (key or "")

    @property
    def choice_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.choices)


@dataclass(frozen=True)
class LatestFigure:
    """A list column read from the newest live sub-record of each row (an incident's
    latest report): shown, sorted and printed with the list, never stored or typed.

    ``field`` says how the column is labelled and shown (its key names the column);
    the value is ``child``'s ``source`` on the sub-record latest by ``child``'s date.
    """

    field: Field
    child: str
    source: str


@dataclass(frozen=True)
class Table:
    """One SQL table: a register or a sub-record list that belongs to one."""

    name: str
    zh: str
    en: str
    fields: tuple[Field, ...]
    parent: str | None = None  # table this one's records belong to
    parent_key: str | None = None  # the REF field pointing at the parent
    date_field: str | None = None  # the date that places a record in a year
    title_field: str | None = None  # what names a record in lists and messages
    default_sort: tuple[str, bool] = ("id", True)  # (field, descending)
    unique_key: tuple[str, ...] = ()  # fields that identify a duplicate on import
    soft_delete: bool = True
    filters: tuple[str, ...] = ()  # choice fields offered as filters in the UI
    # What is special about a table, named here so that no layer keeps a list of tables:
    computed: tuple[str, ...] = ()  # kept by the store (a material's quantity), never typed
    # Computed fields a new record may be given once, as where the store starts counting
    # (a material's opening stock, which its write hook turns into the first movement).
    typed_on_create: tuple[str, ...] = ()
    checks: tuple[CrossCheck, ...] = ()  # rules over several fields of one merged record
    # Rules over a sub-record and the record it belongs to (a report sent before its
    # incident began); the store passes the parent's stored row.
    parent_checks: tuple[ParentCheck, ...] = ()
    write_hooks: str = ""  # the store's extra work on writes (``store/write_hooks.py``)
    # Spreadsheet columns and import steps beyond the fields (``io/sheet_hooks.py``). Empty:
    # every field is a column, and a REF field is written as the title of what it names.
    sheet_hooks: str = ""
    # Rows the rules colour: the tables whose changes can change a row's colour. Empty: no
    # rule looks at this table's rows.
    flags_depend_on: tuple[str, ...] = ()
    # The UI's form and a list's extra buttons, as "module:name" under ``emergency_desk.ui``,
    # imported only when used (``ui/registers/registry.py``). Empty: the generic form.
    ui_dialog: str = ""
    ui_tools: tuple[str, ...] = ()  # installers ``f(tab)`` run on the table's list
    # Installers ``f(form)`` run on a record's form: a list tool that needs only ``store``,
    # ``current_id()``, ``current_changed`` and ``add_tool_button`` can be named in both.
    form_tools: tuple[str, ...] = ()
    # Columns the list adds from each row's newest sub-record (``store/listing.py``).
    latest_figures: tuple[LatestFigure, ...] = ()
    # Multi-line text a list shows all the same: what the record is about where the other
    # columns only say who and when (a handover's matters), not a list of names and times.
    listed_text: tuple[str, ...] = ()
    # The fields a clerk scans a long list for (an incident's grade, response, status): the
    # list puts them right after the title and its latest figures, so they are in view on a
    # 1366 px laptop without scrolling sideways, however many columns follow.
    key_columns: tuple[str, ...] = ()

    def label(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(f"{self.name} has no field {key!r}")

    def list_field(self, key: str) -> Field:
        """A field, or a column the list derives (``latest_figures``)."""
        for lf in self.latest_figures:
            if lf.field.key == key:
                return lf.field
        return self.field(key)

    def latest_figure(self, key: str) -> LatestFigure | None:
        return next((lf for lf in self.latest_figures if lf.field.key == key), None)

    def has_field(self, key: str) -> bool:
        return any(f.key == key for f in self.fields)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    @property
    def list_columns(self) -> tuple[str, ...]:
        """What a list (and its printed ledger) shows by default: every field a table
        column shows well, multi-line text only if it names the row, not the parent; the
        latest figures (``latest_figures``) and then the ``key_columns`` right after the
        title, in view without scrolling."""
        keys = [
            f.key
            for f in self.fields
            if (f.type is not FieldType.LONGTEXT or f.key in (self.title_field, *self.listed_text))
            and f.key != self.parent_key
            and f.key not in self.key_columns
        ]
        at = keys.index(self.title_field) + 1 if self.title_field in keys else len(keys)
        keys[at:at] = [lf.field.key for lf in self.latest_figures] + list(self.key_columns)
        return tuple(keys)

    @property
    def searchable_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.searchable)


CrossCheck = Callable[[Table, Mapping[str, Any]], "list[FieldError]"]
ParentCheck = Callable[[Table, Mapping[str, Any], Mapping[str, Any]], "list[FieldError]"]


@dataclass(frozen=True)
class Register:
    """One register: a tab, a name on the command line, a spreadsheet, demo rows.

    Everything that lists registers (the tabs and their order, the CLI's choices, the
    import/export sheets, the demo's summary, the tests that walk every register) reads
    the declarations in ``registers.REGISTER_LIST``; a register with nothing special needs
    only ``name`` and ``tables``.
    """

    name: str  # the command line's and the spreadsheet's name: "duty"
    tables: tuple[Table, ...]  # the main table first, then the tables that belong to it
    zh: str = ""  # the tab's title when it is not the main table's label
    en: str = ""
    sheets: tuple[str, ...] = ()  # other tables kept in a spreadsheet of their own
    ui_tab: str = ""  # "module:Class" under ``emergency_desk.ui``; empty: the generic list
    demo: str = ""  # "module:function" under ``emergency_desk.demo``; empty: generic rows

    @property
    def main(self) -> Table:
        return self.tables[0]

    @property
    def table_names(self) -> tuple[str, ...]:
        return tuple(t.name for t in self.tables)

    def label(self, lang: str) -> str:
        own = self.zh if lang == "zh" else self.en
        return own or self.main.label(lang)


SYSTEM_COLUMNS = ("id", "created_at", "updated_at", "deleted_at")
