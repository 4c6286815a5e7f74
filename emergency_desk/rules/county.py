"""The rules' alerts of a county database counted and labelled per township.

A county's registers hold its townships' rows beside its own (``store.county``), so the
rules run over all of them at once; here each alert row is traced back to the township it
came from: ``check --json`` reports ``by_township`` and the Overview labels each row with
its township's name.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..store import Store
from ..store.county import township_of, townships
from ..store.county_figures import short_name
from .alert_rows import AlertRow
from .alerts import AlertGroup


def _owners(store: Store, table: str, ids: list[object]) -> dict[int, str | None]:
    numbers = [i for i in ids if isinstance(i, int)]  # a day without a roster is a date
    return township_of(store, table, numbers) if numbers else {}


def by_township(store: Store, groups: Mapping[str, AlertGroup]) -> dict[str, dict[str, int]]:
    """``{township code: {rule key: rows}}``, every township taken in, rules with rows only."""
    out: dict[str, dict[str, int]] = {t.code: {} for t in townships(store, with_counts=False)}
    for key, group in groups.items():
        for code in _owners(store, group.spec.table, list(group.ids)).values():
            if code is not None:
                counts = out.setdefault(code, {})
                counts[key] = counts.get(key, 0) + 1
    return out


def label_rows(
    store: Store, rows: Mapping[str, list[AlertRow]], lang: str
) -> dict[str, list[AlertRow]]:
    """Each row's text led by its township's name (【青石镇】…); the county's own unmarked."""
    names = {t.code: short_name(t.name) for t in townships(store, with_counts=False)}
    out = {}
    for key, shown in rows.items():
        owners: dict[int, str | None] = {}
        for table in {r.table for r in shown}:
            ids = [r.record_id for r in shown if r.table == table and r.record_id is not None]
            owners.update(_owners(store, table, list(ids)))
        labelled = []
        for row in shown:
            code = owners.get(row.record_id) if row.record_id is not None else None
            name = names.get(code, code) if code else None
            mark = (f"【{name}】" if lang == "zh" else f"[{name}] ") if name else ""
            labelled.append(replace(row, text=mark + row.text) if mark else row)
        out[key] = labelled
    return out
