"""The county roll-up: a township's data package, and a county database taking them in.

No Qt here and no SQL: the store's ``package`` and ``county`` modules hold the database
side; this package adds the file format (a zip of ``manifest.json`` and the snapshot),
the checks a package must pass, and the messages, in both languages.
"""

from .errors import CountyError
from .intake import ImportResult, import_packages
from .packaging import make_package

__all__ = ["CountyError", "ImportResult", "import_packages", "make_package"]
