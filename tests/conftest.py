"""Shared fixtures: the project's own schema folder, and the option that rewrites the golden pages.

The tests are grouped by stage: ``unit/`` (one module or function, no site built), ``cases/``
(the golden cases, data-driven), ``build/`` (whole sites built, served or rendered) and
``browser/`` (the built site in Chromium). Paths and the fixed 'today' are in
``tests.constants``; helpers that test modules share are fixtures here or in their group's
``conftest.py``, never imported from another test module.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.constants import SCHEMA


@pytest.fixture
def schema_folder() -> Path:
    return SCHEMA


def pytest_addoption(parser):
    parser.addoption(
        "--update-pages",
        action="store_true",
        help="write the expected Markdown of the golden page cases (tests/cases/pages) anew",
    )
