"""YAML reading: libyaml speed without YAML 1.1 surprises, and line numbers on demand."""

import pytest

from kennisbank.core.parsing import compose, locate, parse_yaml, scalar_text
from kennisbank.core.problems import Fault
from kennisbank.core.yaml_messages import syntax_message

REPEATED = "een veld mag maar één keer voorkomen; houd er één over"


def test_dates_stay_text_so_the_schema_can_check_them():
    assert parse_yaml("decided: 2024-05-01\n").data == {"decided": "2024-05-01"}


def test_repeated_keys_are_reported_with_their_line():
    parsed = parse_yaml("title: a\nlevel: casus\nlevel: groep\n")
    assert parsed.faults == [Fault(3, 1, "yaml-repeated-key", "het veld 'level' komt al eerder voor", REPEATED)]


def test_nested_repeated_keys_are_reported_too():
    parsed = parse_yaml("goals:\n  main: a\n  main: b\n")
    assert parsed.faults == [Fault(3, 3, "yaml-repeated-key", "het veld 'main' komt al eerder voor", REPEATED)]


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


@pytest.mark.parametrize(
    "text, fault",
    [
        ("title: Sport: voor iedereen\n", (1, 13, "yaml-syntax", "ongeldige YAML: hier mag geen ': ' staan")),
        (
            "a: b\nc\nd: e\n",
            (3, 1, "yaml-syntax", "ongeldige YAML bij de veldnaam vanaf regel 2: hier hoort een ':' na de veldnaam"),
        ),
        (
            "a: 1\n\tb: 2\n",
            (2, 1, "yaml-syntax", "ongeldige YAML in de tekst vanaf regel 1: hier staat een tab in de inspringing"),
        ),
        ("a: x\x01y\n", (1, 5, "yaml-syntax", "ongeldige YAML: het teken #x0001 mag niet in YAML staan")),
        ("a: b\n---\nc: d\n", (2, 1, "yaml-multiple-documents", "het bestand bevat meer dan één YAML-document")),
    ],
)
def test_yaml_syntax_errors_are_told_in_dutch_where_they_are(text, fault):
    assert parse_yaml(text).faults[0][:4] == fault


def test_a_libyaml_phrase_without_a_translation_is_shown_as_libyaml_wrote_it():
    assert syntax_message("found something new", "while reading something new", 3) == (
        "ongeldige YAML: libyaml meldt: found something new (libyaml: while reading something new vanaf regel 3)",
        "",
    )
