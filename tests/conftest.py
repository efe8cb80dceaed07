"""Shared fixtures: the project's own schema folder and a fixed 'today' for stable expiry checks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema"
TODAY = date(2026, 1, 1)


@pytest.fixture
def schema_folder() -> Path:
    return SCHEMA


def pytest_addoption(parser):
    parser.addoption("--update-pages", action="store_true",
                     help="write the expected Markdown of the golden page cases (tests/cases/pages) anew")
