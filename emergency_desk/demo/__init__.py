"""Realistic sample data for a township emergency office (pure Python, through the Store)."""

from .fill import DEFAULT_SEED, DemoResult, demo_today, fill_demo, is_empty

__all__ = ["DEFAULT_SEED", "DemoResult", "demo_today", "fill_demo", "is_empty"]
