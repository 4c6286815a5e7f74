"""Importing a register from a spreadsheet: check every row first, then write all or nothing.

``prepare_import`` reads and checks the whole file without touching the database and
returns an ``ImportPlan``: the cleaned rows, every problem (row, column, value, reason in
both languages), the duplicates of records already kept, and warnings for ignored columns.
Only a plan without problems can be applied; ``apply_import`` writes it in one
transaction through the store's own ``insert`` (validation, audit, opening stock), so a
cancel or a failure half-way leaves the database exactly as it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..schema import (
    SHEETS,
    TABLES,
    FieldError,
    FieldType,
    clean_value,
    cross_checks,
    sheet_table,
    validate,
)
from ..store import Store
from ..store.import_queries import existing_keys
from .cells import lenient, unescape_csv_text
from .columns import Column, header_index, normalise_header, register_columns
from .display import value_text
from .errors import PROBLEM_MESSAGES, Cancelled, IoError
from .formulas import UncomputedFormula
from .problems import Problem, shown_value
from .reading import OLE_MAGIC, ZIP_MAGIC, Row, read_rows
from .sheet_hooks import sheet_hooks_for

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]
HEADER_SCAN_ROWS = 10


@dataclass
class PreparedRow:
    row: int
    values: dict[str, Any]  # cleaned values of the register's table, REF fields as ids
    refs: dict[str, str] = field(default_factory=dict)  # REF field -> the title in the file
    carried: dict[str, Any] = field(default_factory=dict)  # the sheet hooks' own, for the write
    duplicate: bool = False


@dataclass
class ImportPlan:
    register: str
    path: Path
    rows: list[PreparedRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    duplicates: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def table(self) -> str:
        return sheet_table(self.register).name

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_write(self, skip_duplicates: bool = False) -> list[PreparedRow]:
        return [r for r in self.rows if not (skip_duplicates and r.duplicate)]

    def opening_dates(self) -> tuple[str | None, int]:
        """Which date imported stock will be entered on (the preview says so)."""
        t = sheet_table(self.register)
        return sheet_hooks_for(t).opening_dates(t, self.rows)


def _problem(
    row: int | None, header: str, value: Any, err: FieldError | tuple[str, dict[str, Any]]
) -> Problem:
    if isinstance(err, FieldError):
        return Problem(
            row, header, shown_value(value), err.message("zh"), err.message("en"), err.field
        )
    code, params = err
    zh, en = PROBLEM_MESSAGES[code]
    return Problem(row, header, shown_value(value), zh.format(**params), en.format(**params))


# Form rules an old ledger may break through no fault of the user's: such rows are imported,
# listed as warnings, and left for the Overview to ask about (the form still enforces them).
WARNED_ON_IMPORT = {"closed_needs_verifier": "closed_unverified"}


@dataclass
class _Layout:
    """Which spreadsheet column (0-based) holds which of our columns."""

    header_row: int
    by_key: dict[str, tuple[int, str]]  # column key -> (index, header as written)
    problems: list[Problem]
    warnings: list[Problem]


def _score(values: list[Any], index: dict[str, Column]) -> int:
    return sum(1 for v in values if normalise_header(v) in index)


def _layout(rows: list[Row], columns: list[Column]) -> _Layout:
    index = header_index(columns)
    # Offices often put a title line ("2021年隐患排查台账") above the header row.
    candidates = rows[:HEADER_SCAN_ROWS]
    best = max(candidates, key=lambda r: _score(r[1], index))
    if _score(best[1], index) == 0:
        best = rows[0]
    number, headers = best
    by_key: dict[str, tuple[int, str]] = {}
    problems: list[Problem] = []
    warnings: list[Problem] = []
    for i, raw in enumerate(headers):
        text = shown_value(raw).strip()
        if not text:
            continue
        col = index.get(normalise_header(text))
        if col is None:
            warnings.append(_problem(number, text, "", ("extra_column", {"column": text})))
        elif col.key in by_key:
            first = by_key[col.key][0] + 1
            params = {"column": text, "other": first}
            problems.append(_problem(number, text, "", ("duplicate_column", params)))
        else:
            by_key[col.key] = (i, text)
    for col in columns:
        if col.required and col.key not in by_key:
            zh, en = col.field.zh, col.field.en
            problems.append(
                Problem(
                    number,
                    zh,
                    "",
                    PROBLEM_MESSAGES["missing_column"][0].format(column=zh),
                    PROBLEM_MESSAGES["missing_column"][1].format(column=en),
                    col.key,
                    column_en=en,
                )
            )
    return _Layout(number, by_key, problems, warnings)


class _RowChecker:
    """Checks one data row at a time against the register's columns."""

    def __init__(self, store: Store, register: str, layout: _Layout, from_csv: bool):
        self.register = register
        self.table = sheet_table(register)
        self.columns = {c.key: c for c in register_columns(register)}
        self.layout = layout
        self.from_csv = from_csv
        self.hooks = sheet_hooks_for(self.table)
        self.warnings: list[Problem] = []  # rows taken all the same, with a word
        self.ids = {  # for each table a column names records of: title -> id
            c.ref_table: {t.strip(): i for i, t in store.titles(c.ref_table)}
            for c in self.columns.values()
            if c.target == "ref"
        }

    def problem(self, number: int, key: str, raw: Any, err: FieldError) -> Problem:
        """A problem named by the file's header, or by the field's labels if it has none."""
        if key in self.layout.by_key:
            return _problem(number, self.layout.by_key[key][1], raw, err)
        col = self.columns.get(key)
        f = col.field if col is not None else self.table.field(key)
        p = _problem(number, f.zh, raw, err)
        return Problem(p.row, f.zh, p.value, p.zh, p.en, p.field, column_en=f.en)

    def raw(self, cells: list[Any], key: str) -> Any:
        i = self.layout.by_key[key][0]
        value = cells[i] if i < len(cells) else None
        return unescape_csv_text(value) if self.from_csv else value

    def check(self, number: int, cells: list[Any]) -> tuple[PreparedRow | None, list[Problem]]:
        problems: list[Problem] = []
        raws: dict[str, Any] = {}
        values: dict[str, Any] = {}
        extras: dict[str, Any] = {}
        reported_formulas: set[str] = set()
        for key in self.layout.by_key:
            col = self.columns[key]
            raw = self.raw(cells, key)
            raws[key] = raw
            if isinstance(raw, UncomputedFormula):  # not "required": the cell is not empty
                header = self.layout.by_key[key][1]
                params = {"formula": str(raw)}
                problems.append(_problem(number, header, raw, ("formula_uncomputed", params)))
                reported_formulas.add(key)
                continue
            value = lenient(col.field, raw)
            if col.target == "field":
                if value is None and col.field.default is not None:
                    continue  # a blank cell takes the field's default, as in the form
                values[key] = value
                continue
            clean, err = clean_value(col.field, value)
            if err is None and clean is None and col.field.required:
                err = FieldError(key, "required", {"value": ""}, (col.field.zh, col.field.en))
            if err:
                problems.append(self.problem(number, key, raw, err))
            else:
                extras[key] = clean
        unknown: list[Problem] = []  # reported after the row's own fields, as they read
        refs = self.resolve(number, extras, values, unknown)
        reported = {p.field for p in problems + unknown} | reported_formulas
        clean, errors = validate(self.table, values)
        missing_cols = {k for k in self.table.keys if k not in self.layout.by_key}
        errors = [
            e
            for e in errors
            # already reported once: as a missing column, or at the record a REF names
            if not (e.code == "required" and (e.field in missing_cols or e.field in reported))
        ]
        for err in errors:
            problems.append(self.problem(number, err.field or "", raws.get(err.field or ""), err))
        if not errors:
            for err in cross_checks(self.table, clean):
                if err.code in WARNED_ON_IMPORT:  # last year's ledger is not the user's fault
                    raw = raws.get(err.field or "")
                    header = self.layout.by_key.get(err.field or "", (0, ""))[1]
                    self.warnings.append(
                        _problem(number, header, raw, (WARNED_ON_IMPORT[err.code], {}))
                    )
                    continue
                problems.append(
                    self.problem(number, err.field or "", raws.get(err.field or ""), err)
                )
        problems.extend(unknown)
        prepared = PreparedRow(number, clean, refs)
        self.hooks.take(self.table, prepared, extras)
        return (None if problems else prepared), problems

    def resolve(
        self, number: int, extras: dict[str, Any], values: dict[str, Any], problems: list[Problem]
    ) -> dict[str, str]:
        """Each REF column's title -> the id of the record it names, into ``values``.

        A number that is the id of such a record is taken too (a file exported by an older
        version wrote ids). Returns the titles by REF field, for the duplicate check.
        """
        refs: dict[str, str] = {}
        for key, col in self.columns.items():
            if col.target != "ref" or not extras.get(key):
                continue
            title = str(extras[key]).strip()
            ids = self.ids[col.ref_table]
            ref_id = ids.get(title)
            if ref_id is None and title.isdigit() and int(title) in ids.values():
                ref_id = int(title)
            if ref_id is None:
                ref = TABLES[col.ref_table]
                params = {"value": title, "what_zh": ref.zh, "what_en": col.field.en.lower()}
                p = _problem(number, self.layout.by_key[key][1], title, ("unknown_ref", params))
                problems.append(dataclasses.replace(p, field=col.source))
            values[col.source] = ref_id
            refs[col.source] = title
        return refs

    def key_of(self, row: PreparedRow) -> tuple[Any, ...] | None:
        keys = self.table.unique_key
        if not keys:
            return None
        out = []
        for k in keys:
            v = row.refs[k] if k in row.refs else row.values.get(k)
            out.append(None if v == "" else v)
        return tuple(out)

    def key_text(self, key: tuple[Any, ...], lang: str) -> str:
        """``排查日期：2026年11月22日，隐患名称：河堤冲刷`` — the values as the reader writes them."""
        colon = "：" if lang == "zh" else ": "
        labels = []
        for k, v in zip(self.table.unique_key, key, strict=True):
            f = self.table.field(k)
            shown = v if f.type is FieldType.REF else value_text(f, v, lang)  # titles, as typed
            labels.append(f"{f.label(lang)}{colon}{'' if shown is None else shown}")
        return "，".join(labels) if lang == "zh" else ", ".join(labels)


def _existing(store: Store, checker: _RowChecker) -> set[tuple[Any, ...]]:
    t = checker.table
    if not t.unique_key:
        return set()
    keys = existing_keys(store, t.name, t.unique_key)
    for pos, k in enumerate(t.unique_key):  # a linked record is compared by its title
        f = t.field(k)
        if f.type is FieldType.REF and f.ref_table:
            names = {i: name.strip() for i, name in store.titles(f.ref_table)}
            keys = {(*key[:pos], names.get(key[pos]), *key[pos + 1 :]) for key in keys}
    return keys


def prepare_import(
    store: Store,
    register: str,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
    sheet: str | None = None,
) -> ImportPlan:
    """Read and check ``path`` (its sheet ``sheet``, if named); nothing is written. Raises
    ``IoError`` for an unusable file."""
    if register not in SHEETS:
        raise KeyError(register)
    path = Path(path)
    rows = read_rows(path, cancel, sheet)
    columns = register_columns(register)
    layout = _layout(rows, columns)
    data = [r for r in rows if r[0] > layout.header_row]
    if not data:
        raise IoError("no_rows", path=str(path))
    plan = ImportPlan(register, path, problems=list(layout.problems), warnings=layout.warnings)
    with path.open("rb") as fh:
        from_csv = not fh.read(8).startswith((ZIP_MAGIC, OLE_MAGIC))
    checker = _RowChecker(store, register, layout, from_csv)
    existing = _existing(store, checker)
    seen: dict[tuple[Any, ...], int] = {}
    total = len(data)
    for done, (number, cells) in enumerate(data, start=1):
        if cancel and cancel():
            raise Cancelled()
        prepared, problems = checker.check(number, cells)
        plan.problems.extend(problems)
        plan.warnings.extend(checker.warnings)
        checker.warnings.clear()
        if prepared is not None:
            key = checker.key_of(prepared)
            if key is not None and key in existing:
                prepared.duplicate = True
                params = {"key": checker.key_text(key, "zh")}
                p = _problem(number, "", "", ("duplicate_existing", params))
                en = PROBLEM_MESSAGES["duplicate_existing"][1].format(
                    key=checker.key_text(key, "en")
                )
                plan.duplicates.append(Problem(p.row, "", "", p.zh, en))
            elif key is not None and key in seen:
                prepared.duplicate = True
                zh_msg, en_msg = PROBLEM_MESSAGES["duplicate_in_file"]
                plan.duplicates.append(
                    Problem(
                        number,
                        "",
                        "",
                        zh_msg.format(other=seen[key], key=checker.key_text(key, "zh")),
                        en_msg.format(other=seen[key], key=checker.key_text(key, "en")),
                    )
                )
            elif key is not None:
                seen[key] = number
            plan.rows.append(prepared)
        if progress:
            progress(done, total)
    return plan


def apply_import(
    store: Store,
    plan: ImportPlan,
    *,
    skip_duplicates: bool = False,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> int:
    """Write a checked plan in one transaction; returns the number of records added."""
    if not plan.ok:
        raise ValueError("an import plan with problems cannot be applied")
    rows = plan.to_write(skip_duplicates)
    t = sheet_table(plan.register)
    total = len(rows)
    with store.bulk_insert(tolerate=frozenset(WARNED_ON_IMPORT)) as insert:
        complete = sheet_hooks_for(t).writer(t, store, insert)
        for done, row in enumerate(rows, start=1):
            if cancel and cancel():
                raise Cancelled()  # rolls the whole transaction back
            values = dict(row.values)
            complete(row, values)
            insert(t.name, values)
            if progress:
                progress(done, total)
    return total
