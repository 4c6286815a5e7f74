"""The only code that speaks SQL. Everything else uses the ``Store`` facade."""

from .audit_log import now_stamp
from .connection import preload_writes
from .errors import NotFoundError, OpenError, ReadOnlyError, StoreError
from .facade import Store
from .listing import ListQuery

__all__ = [
    "ListQuery",
    "NotFoundError",
    "OpenError",
    "ReadOnlyError",
    "Store",
    "StoreError",
    "now_stamp",
    "preload_writes",
]
