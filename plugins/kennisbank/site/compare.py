"""The comparison page: two to four records of one kind side by side, a row per field."""

from __future__ import annotations

PAGE = "vergelijken/index.md"
