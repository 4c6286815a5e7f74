"""The Qt user interface: widgets and models over the store facade; it never writes SQL."""
