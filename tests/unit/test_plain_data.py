"""The plain walk builds exactly what PyYAML's constructor builds, or hands the text back to it."""

from __future__ import annotations

import pytest
import yaml

from kennisbank.core.parsing import RecordLoader, parse_yaml
from kennisbank.core.plain_data import Unusual, plain_data
from tests.constants import ROOT


def by_pyyaml(text: str) -> object:
    loader = RecordLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def by_walk(text: str) -> object:
    loader = RecordLoader(text)
    try:
        return plain_data(loader, loader.get_single_node(), [])
    finally:
        loader.dispose()


SCALARS = """\
text: gewoon
quoted: '12'
number: 12
negative: -3
octal: 0o17
float: 1.5
exponent: 1e3
infinite: .inf
yes_word: yes
no_word: Nee
true_word: true
empty:
tilde: ~
date: 2024-05-01
list: [a, 1, null, 2.5]
nested:
  - title: x
    parts: {a: 1, b: [c]}
1: a number as key
folded: >
  twee
  regels
explicit: !!str 12
literal: |
  blijft
  staan
"""


def test_every_kind_of_scalar_comes_out_as_pyyaml_builds_it():
    assert by_walk(SCALARS) == by_pyyaml(SCALARS)
    assert by_walk(SCALARS)["date"] == "2024-05-01"


@pytest.mark.parametrize("path", sorted((ROOT / "interventions").rglob("*.yaml")), ids=lambda path: path.stem)
def test_every_real_record_comes_out_as_pyyaml_builds_it(path):
    text = path.read_text(encoding="utf-8")
    assert by_walk(text) == by_pyyaml(text)


@pytest.mark.parametrize("text", ["<<: {a: 1}\nb: 2\n", "a: !!binary aGk=\n", "a: !!set {b, c}\n"])
def test_what_the_walk_does_not_know_goes_back_to_pyyaml(text):
    with pytest.raises(Unusual):
        by_walk(text)
    assert parse_yaml(text).data == yaml.load(text, Loader=yaml.CSafeLoader)


def test_a_list_as_key_is_the_syntax_error_pyyaml_reports():
    with pytest.raises(Unusual):
        by_walk("? [a, b]\n: c\n")
    assert [fault[:3] for fault in parse_yaml("? [a, b]\n: c\n").faults] == [(1, 3, "yaml-syntax")]


def test_a_merge_key_is_merged_as_pyyaml_merges_it():
    assert parse_yaml("<<: {a: 1}\nb: 2\n").data == {"a": 1, "b": 2}


def test_a_repeated_key_is_noted_once_with_its_line_on_either_path():
    walked = parse_yaml("a: 1\nb:\n  c: 1\n  c: 2\n")
    assert walked.data == {"a": 1, "b": {"c": 2}}
    assert [fault[:3] for fault in walked.faults] == [(4, 3, "yaml-repeated-key")]
    fallen_back = parse_yaml("a: !!str 1\na: 2\n")
    assert [fault[:3] for fault in fallen_back.faults] == [(2, 1, "yaml-repeated-key")]


def test_an_empty_file_has_no_data():
    assert parse_yaml("").data is None
    assert parse_yaml("# alleen commentaar\n").data is None
