"""Import and export of registers from the GUI."""
