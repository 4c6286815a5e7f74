"""The Settings dialog and its menu action."""
