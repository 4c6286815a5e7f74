"""Data safety in the GUI: backup and restore, recycle bin, audit log, record history."""
