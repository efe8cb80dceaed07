"""Golden cases: each folder under tests/cases holds records and the exact output expected.

A case is ``interventions/`` (the records), ``expected.txt`` (the exact output) and optionally
``case.yaml`` with ``args`` (extra command-line arguments) and ``exit`` (default 1). Adding a
case needs no new code.
"""

from __future__ import annotations

import pytest
import yaml

from kennisbank.cli import main
from tests.constants import CASES, SCHEMA, TODAY


def case_names() -> list[str]:
    return sorted(path.name for path in CASES.iterdir() if (path / "expected.txt").exists())


@pytest.mark.parametrize("name", case_names())
def test_case(name, monkeypatch, capsys):
    case = CASES / name
    settings = yaml.safe_load((case / "case.yaml").read_text()) if (case / "case.yaml").exists() else {}
    monkeypatch.chdir(case)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    argv = ["validate", "--schema", str(SCHEMA), "--today", TODAY.isoformat(), *settings.get("args", [])]
    code = main(argv)
    output = capsys.readouterr()
    assert output.out == (case / "expected.txt").read_text(encoding="utf-8")
    assert output.err == ""
    assert code == settings.get("exit", 1)
