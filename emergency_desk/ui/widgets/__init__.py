"""Reusable widgets and models: the lazy table model, field editors, record forms."""
