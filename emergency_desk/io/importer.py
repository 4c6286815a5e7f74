"""Importing a register from a spreadsheet: check every row first, then write all or nothing.

``prepare_import`` reads and checks the whole file without touching the database and
returns an ``ImportPlan``: the cleaned rows, every problem (row, column, value, reason in
both languages), the duplicates of records already kept, and warnings for ignored columns.
Only a plan without problems can be applied; ``apply_import`` writes it in one
transaction through the store's own ``insert`` (validation, audit, opening stock), so a
cancel or a failure half-way leaves the database exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..schema import SHEETS, FieldError, clean_value, cross_checks, sheet_table, validate
from ..store import Store
from ..store.import_queries import existing_keys
from .cells import lenient, unescape_csv_text
from .columns import Column, header_index, normalise_header, register_columns
from .display import value_text
from .errors import PROBLEM_MESSAGES, Cancelled, IoError
from .problems import Problem, shown_value
from .reading import ZIP_MAGIC, Row, read_rows

Progress = Callable[[int, int], None]
CancelFlag = Callable[[], bool]
HEADER_SCAN_ROWS = 10


@dataclass
class PreparedRow:
    row: int
    values: dict[str, Any]  # cleaned values of the register's table (no point_id yet)
    point: dict[str, Any] | None = None  # materials: the reserve point by name
    quantity: int | None = None  # materials: opening stock
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
        """Materials: the earliest stocktake date the opening stock will be entered on, and
        how many rows with a quantity have none (those are entered today) — so the preview
        can say which date the summary will count the stock from."""
        dated = [
            str(r.values["checked_on"])
            for r in self.rows
            if r.quantity and r.values.get("checked_on")
        ]
        undated = sum(1 for r in self.rows if r.quantity and not r.values.get("checked_on"))
        return (min(dated) if dated else None), undated


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
        self.plans = (
            {t.strip(): i for i, t in store.titles("plans")} if register == "drills" else {}
        )

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
        for key in self.layout.by_key:
            col = self.columns[key]
            raw = self.raw(cells, key)
            raws[key] = raw
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
        clean, errors = validate(self.table, values)
        missing_cols = {k for k in self.table.keys if k not in self.layout.by_key}
        for err in errors:
            if err.code == "required" and err.field in missing_cols:
                continue  # already reported once as a missing column
            problems.append(self.problem(number, err.field or "", raws.get(err.field or ""), err))
        if not errors:
            for err in cross_checks(self.table, clean):
                problems.append(
                    self.problem(number, err.field or "", raws.get(err.field or ""), err)
                )
        prepared = PreparedRow(number, clean)
        if self.register == "drills" and extras.get("plan_id"):
            title = extras["plan_id"]
            plan_id = self.plans.get(title.strip())
            if plan_id is None and title.isdigit() and int(title) in self.plans.values():
                plan_id = int(title)
            if plan_id is None:
                header = self.layout.by_key["plan_id"][1]
                params = {"value": title}
                problems.append(_problem(number, header, title, ("unknown_plan", params)))
            clean["plan_id"] = plan_id
        if self.register == "materials":
            point = {"name": extras.get("point")}
            for key, col in self.columns.items():
                if col.target == "point_attr" and extras.get(key) is not None:
                    point[col.attr] = extras[key]
            prepared.point = point
            prepared.quantity = extras.get("quantity")
        return (None if problems else prepared), problems

    def key_of(self, row: PreparedRow) -> tuple[Any, ...] | None:
        keys = self.table.unique_key
        if not keys:
            return None
        out = []
        for k in keys:
            v = row.point["name"] if k == "point_id" and row.point else row.values.get(k)
            out.append(None if v == "" else v)
        return tuple(out)

    def key_text(self, key: tuple[Any, ...], lang: str) -> str:
        """``排查日期：2026年11月22日，隐患名称：河堤冲刷`` — the values as the reader writes them."""
        colon = "：" if lang == "zh" else ": "
        labels = []
        for k, v in zip(self.table.unique_key, key, strict=True):
            f = self.table.field(k)
            shown = v if k == "point_id" else value_text(f, v, lang)  # points go by name here
            labels.append(f"{f.label(lang)}{colon}{'' if shown is None else shown}")
        return "，".join(labels) if lang == "zh" else ", ".join(labels)


def _existing(store: Store, checker: _RowChecker) -> set[tuple[Any, ...]]:
    t = checker.table
    if not t.unique_key:
        return set()
    keys = existing_keys(store, t.name, t.unique_key)
    if "point_id" in t.unique_key:
        names = dict(store.titles("reserve_points"))
        pos = t.unique_key.index("point_id")
        keys = {(*k[:pos], names.get(k[pos]), *k[pos + 1 :]) for k in keys}
    return keys


def prepare_import(
    store: Store,
    register: str,
    path: str | Path,
    *,
    progress: Progress | None = None,
    cancel: CancelFlag | None = None,
) -> ImportPlan:
    """Read and check ``path``; nothing is written. Raises ``IoError`` for an unusable file."""
    if register not in SHEETS:
        raise KeyError(register)
    path = Path(path)
    rows = read_rows(path, cancel)
    columns = register_columns(register)
    layout = _layout(rows, columns)
    data = [r for r in rows if r[0] > layout.header_row]
    if not data:
        raise IoError("no_rows", path=str(path))
    plan = ImportPlan(register, path, problems=list(layout.problems), warnings=layout.warnings)
    with path.open("rb") as fh:
        from_csv = not fh.read(4).startswith(ZIP_MAGIC)
    checker = _RowChecker(store, register, layout, from_csv)
    existing = _existing(store, checker)
    seen: dict[tuple[Any, ...], int] = {}
    total = len(data)
    for done, (number, cells) in enumerate(data, start=1):
        if cancel and cancel():
            raise Cancelled()
        prepared, problems = checker.check(number, cells)
        plan.problems.extend(problems)
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
    table = plan.table
    total = len(rows)
    with store.bulk_insert() as insert:
        points = {name.strip(): pid for pid, name in store.titles("reserve_points")}
        for done, row in enumerate(rows, start=1):
            if cancel and cancel():
                raise Cancelled()  # rolls the whole transaction back
            values = dict(row.values)
            if row.point is not None:
                name = row.point["name"]
                if name not in points:
                    points[name] = insert("reserve_points", row.point)
                values["point_id"] = points[name]
                values["quantity"] = row.quantity
            insert(table, values)
            if progress:
                progress(done, total)
    return total
