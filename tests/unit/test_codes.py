"""The problem codes: every code the package writes is registered, and every registered one is used.

``--format json`` users rely on the codes staying put, so a code must not appear in the source
without its line in ``codes.CODES``, nor linger there once nothing reports it, and CONTRIBUTING.md
lists them for the people who write those scripts. Codes are read from the source itself: the
argument that carries the code in each call that makes a problem.
"""

from __future__ import annotations

import ast
import re

import pytest

from kennisbank.core.codes import CODES
from kennisbank.core.problems import error, warning
from tests.constants import CASES, ROOT

PACKAGE = ROOT / "plugins" / "kennisbank"
# The calls that make a problem, or what becomes one, and which positional argument is the code.
CODE_ARGUMENT = {"error": 3, "warning": 3, "problem": 1, "Fault": 2, "Finding": 2, "Description": 0, "_at": 1}
CODE_FORM = r"^[a-z0-9]+(-[a-z0-9]+)*$"


def _callee(call: ast.Call) -> str:
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")


def codes_in_source() -> dict[str, list[str]]:
    """Every code written literally where a problem is made, with the places it is written."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or _callee(node) not in CODE_ARGUMENT:
                continue
            index = CODE_ARGUMENT[_callee(node)]
            if any(isinstance(arg, ast.Starred) for arg in node.args[: index + 1]) or len(node.args) <= index:
                continue  # forwarding what another call made
            argument = node.args[index]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.setdefault(argument.value, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_code_the_package_writes_is_registered():
    unknown = {code: places for code, places in codes_in_source().items() if code not in CODES}
    assert unknown == {}


def test_every_registered_code_is_written_somewhere():
    assert sorted(set(CODES) - set(codes_in_source())) == []


def test_codes_are_stable_kebab_case_words_with_a_dutch_meaning_each():
    assert all(re.match(CODE_FORM, code) for code in CODES)
    meanings = list(CODES.values())
    assert len(set(meanings)) == len(meanings), "two codes with the same meaning: one kind of problem, one code"
    assert all(meaning.endswith(".") and "\n" not in meaning for meaning in meanings)


def test_a_problem_cannot_be_made_with_an_unregistered_code():
    with pytest.raises(ValueError):
        error("interventions/x.yaml", 1, 1, "no-such-code", "bericht")
    with pytest.raises(ValueError):
        warning("interventions/x.yaml", 1, 1, "", "bericht")


def test_contributing_lists_every_code_with_its_meaning_in_the_registry_order():
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (.+) \|$", text, flags=re.MULTILINE)
    assert rows == list(CODES.items())


@pytest.mark.parametrize("document", ["CONTRIBUTING.md", "README.md", "docs/bijdragen.md"])
def test_the_documented_example_message_is_what_the_validator_says(document):
    """The unknown-term golden case holds the example's message, hint and all."""
    golden = (CASES / "unknown-term" / "expected.txt").read_text(encoding="utf-8")
    example = golden.splitlines()[1].split(": fout: ", 1)[1]
    assert f": fout: {example}" in (ROOT / document).read_text(encoding="utf-8")
