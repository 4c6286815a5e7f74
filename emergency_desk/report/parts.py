"""The names of the summary's parts the office writes itself and of its appendix tables.

Kept apart from the figures and the writer so the Annual Summary tab can lay out its
editors and check boxes at start-up without importing the report's queries.
"""

from __future__ import annotations

PARTS = ("opening", "problems", "plan")
APPENDIX_KEYS = ("hazards", "drills", "materials")
PART_LABELS = {
    "opening": ("开头", "opening"),
    "problems": ("存在的问题", "problems"),
    "plan": ("下一步工作打算", "plans for next year"),
}
