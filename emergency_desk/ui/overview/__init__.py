"""The Overview tab: figures, charts and the alerts a click away from their records."""
