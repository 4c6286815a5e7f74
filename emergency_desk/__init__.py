"""Emergency Desk: the registers of a township or county emergency office, and its annual summary."""

__version__ = "0.1.0"
APP_NAME = "EmergencyDesk"
