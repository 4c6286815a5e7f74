"""The Qt user interface: widgets and models over the store facade; it never writes SQL."""

# The store (sqlite-utils and its click, dateutil and pluggy: ~60 modules) is imported
# before any PySide6 module. Once PySide6 is loaded its ``__feature__`` import hook reads
# the source of every module imported after it (to see whether it uses PySide6), which
# made importing the store ~35 ms slower at start-up.
from .. import store as _store  # noqa: F401
