"""YAML reading: libyaml speed without YAML 1.1 surprises, and line numbers on demand."""

from kennisbank.core.parsing import compose, locate, parse_yaml, scalar_text
from kennisbank.core.problems import Fault


def test_dates_stay_text_so_the_schema_can_check_them():
    assert parse_yaml("decided: 2024-05-01\n").data == {"decided": "2024-05-01"}


def test_repeated_keys_are_reported_with_their_line():
    parsed = parse_yaml("title: a\nlevel: casus\nlevel: groep\n")
    assert parsed.faults == [Fault(3, 1, "yaml-repeated-key", "the field 'level' appears twice")]


def test_nested_repeated_keys_are_reported_too():
    parsed = parse_yaml("goals:\n  main: a\n  main: b\n")
    assert parsed.faults == [Fault(3, 3, "yaml-repeated-key", "the field 'main' appears twice")]


def test_syntax_errors_become_faults_not_exceptions():
    parsed = parse_yaml("title: [a, b\nx: 1\n")
    assert parsed.data is None
    assert parsed.faults[0][:2] == (2, 2)


def test_locate_points_at_values_keys_and_missing_fields():
    root = compose("title: x\npartners:\n  - organisation: movisie\n    role: a\n")
    assert locate(root, ["partners", 0, "organisation"]) == (3, 19)
    assert locate(root, ["partners", 0, "role"], key=True) == (4, 5)
    assert locate(root, ["partners", 0, "missing"]) == (3, 5)


def test_scalar_text_gives_the_value_as_written():
    root = compose("why: yes\n")
    assert parse_yaml("why: yes\n").data == {"why": True}
    assert scalar_text(root, ["why"]) == "yes"
