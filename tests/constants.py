"""Where the test suite finds the project and its test data, and the fixed 'today' of stable
expiry checks. A plain module, imported as ``tests.constants`` (the project root is on pytest's
``pythonpath``), since test modules use these at import time, in parameter lists, where a
fixture cannot reach."""

from __future__ import annotations

from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema"
TESTS = ROOT / "tests"
CASES = TESTS / "cases"  # the golden cases: validator output, and generated pages under pages/
FIXTURES = TESTS / "fixtures"  # kb/ (a small knowledge base of every kind) and publication/ (a sixth kind)
FIXTURE = FIXTURES / "kb"
TODAY = date(2026, 1, 1)
