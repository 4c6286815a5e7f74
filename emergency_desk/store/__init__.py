"""The only code that speaks SQL. Everything else uses the ``Store`` facade."""

from .connection import preload_writes
from .errors import NotFoundError, OpenError, ReadOnlyError, StoreError
from .facade import Store, now_stamp
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
