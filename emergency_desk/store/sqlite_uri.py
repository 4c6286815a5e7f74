"""SQLite ``file:`` URIs that work for every path an office has, mapped drives included.

``Path.resolve().as_uri()`` is not fit for SQLite on Windows: ``resolve()`` turns a
mapped drive ``Z:\\…`` into its UNC form ``\\\\server\\share\\…``, and ``as_uri()`` then
writes ``file://server/share/…``, which SQLite refuses ("invalid uri authority"). SQLite
takes a UNC path as an empty authority followed by the path itself,
``file:////server/share/…``, and every path must be percent-encoded so that ``?``,
``#`` or ``%`` in a folder name is not read as part of the query. One helper builds
these URIs by hand, so every read-only or recovery open in the store agrees.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path, PurePath, PureWindowsPath
from urllib.parse import quote

__all__ = ["connect_uri", "file_uri"]


def file_uri(path: str | PurePath, **params: str) -> str:
    """The ``file:`` URI SQLite reads ``path`` through, with ``params`` as its query.

    ``path`` is used as given (resolve it first if it may be relative); a Windows path is
    recognised by its type, or by being the host's path on Windows.
    """
    if isinstance(path, str):
        path = PureWindowsPath(path) if os.name == "nt" else Path(path)
    text = str(path)
    if isinstance(path, PureWindowsPath):
        text = text.replace("\\", "/")
        if not text.startswith("/"):
            text = "/" + text  # C:/x -> /C:/x, giving file:///C:/x
    # A UNC path now starts with "//server": after "file://" (the empty authority) it
    # gives file:////server/share/..., the form SQLite accepts.
    uri = "file://" + quote(text, safe="/:")
    if params:
        uri += "?" + "&".join(f"{key}={quote(value, safe='')}" for key, value in params.items())
    return uri


def connect_uri(
    path: str | Path, *, check_same_thread: bool = True, **params: str
) -> sqlite3.Connection:
    """``sqlite3.connect`` on ``path`` (made absolute) through :func:`file_uri`."""
    return sqlite3.connect(
        file_uri(Path(path).resolve(), **params), uri=True, check_same_thread=check_same_thread
    )
