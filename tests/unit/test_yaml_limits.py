"""Hostile YAML: anchors, aliases and deep nesting are refused, and no input ever raises or crashes."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kennisbank.core.parsing import parse_yaml
from kennisbank.core.problems import Fault, Problem
from kennisbank.core.project import load_project
from kennisbank.core.records import load_record
from kennisbank.core.schemas import load_schemas
from kennisbank.core.yaml_limits import refused_feature
from tests.constants import SCHEMA, TODAY

SCHEMAS = load_schemas(SCHEMA)

BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=False)
)


@pytest.mark.parametrize(
    "text, fault",
    [
        ("a: &x 1\nb: 2\n", (1, 4, "yaml-anchor", "YAML-ankers zijn niet toegestaan: '&x'")),
        ("a: 1\nb: *x\n", (2, 4, "yaml-alias", "YAML-aliassen zijn niet toegestaan: '*x'")),
        ("a: [1, *x]\n", (1, 8, "yaml-alias", "YAML-aliassen zijn niet toegestaan: '*x'")),
        ("a: !!str &x b\n", (1, 4, "yaml-anchor", "YAML-ankers zijn niet toegestaan: '&x'")),
        ("a:\n  - &x {b: 1}\n", (2, 5, "yaml-anchor", "YAML-ankers zijn niet toegestaan: '&x'")),
        (
            "a: " + "[" * 20 + "]" * 20 + "\n",
            (1, 23, "yaml-too-deep", "de velden zijn meer dan 20 niveaus diep genest"),
        ),
        ("- " * 21 + "x\n", (1, 41, "yaml-too-deep", "de velden zijn meer dan 20 niveaus diep genest")),
    ],
)
def test_anchors_aliases_and_deep_nesting_are_refused_where_they_are(text, fault):
    assert parse_yaml(text).faults[0][:4] == fault


@pytest.mark.parametrize(
    "text",
    [
        "title: Sport & Bewegen\nwhy: Dit is *echt* zo, en 5 * 3 = 15.\n",
        "why: |\n  *Let op*: een lijst\n  - *een*\n  - &twee\n",
        "a: " + "[" * 19 + "]" * 19 + "\n",
        "links: [[a], [b], [c], [d], [e], [f], [g], [h], [i], [j], [k], [l]]\n",
    ],
)
def test_ordinary_text_with_ampersands_stars_and_brackets_passes(text):
    assert parse_yaml(text).faults == []


def test_an_alias_bomb_is_refused_at_once():
    start = time.perf_counter()
    parsed = parse_yaml(BOMB)
    assert parsed.data is None
    assert parsed.faults[0][:4] == (1, 4, "yaml-anchor", "YAML-ankers zijn niet toegestaan: '&a'")
    assert time.perf_counter() - start < 0.1


def test_nesting_that_would_crash_libyaml_is_refused_without_a_crash(tmp_path):
    """A hundred thousand brackets overflow the C stack of libyaml's composer: a segfault, not an error."""
    folder = tmp_path / "interventions" / "samenwerkingstips"
    folder.mkdir(parents=True)
    (folder / "diep.yaml").write_text("title: " + "[" * 200_000 + "]" * 200_000 + "\n")
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.cli", "validate", "--schema", str(SCHEMA)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[0] == (
        "interventions/samenwerkingstips/diep.yaml:1:27: fout: de velden zijn "
        "meer dan 20 niveaus diep genest (een record heeft hoogstens een paar "
        "niveaus nodig; controleer de inspringing)"
    )


@pytest.mark.parametrize(
    "text", ["a: b" + " *x" * 300_000, "a: b" + " &" * 400_000, "- " * 400_000, ("\n" + " " * 30 + "a") * 30_000]
)
def test_a_megabyte_of_hostile_yaml_is_handled_in_linear_time(text):
    start = time.perf_counter()
    parse_yaml(text)
    assert time.perf_counter() - start < 3


def test_the_check_is_skipped_only_where_no_feature_can_be():
    assert refused_feature("title: Sport & Bewegen, *nadruk*\n") is None
    assert refused_feature("&a title: x\n").message == "YAML-ankers zijn niet toegestaan: '&a'"


YAMLISH = st.lists(
    st.sampled_from(
        [
            "a",
            "b: ",
            "- ",
            "  ",
            "\n",
            "[",
            "]",
            "{",
            "}",
            ",",
            ":",
            "&x ",
            "*x",
            "!!str ",
            "!!python/object ",
            "|",
            ">",
            "'",
            '"',
            "#",
            "---\n",
            "? ",
            "\t",
            "2024-01-01",
            "yes",
            "~",
            "%YAML 1.1\n",
            "\\",
            "é",
            "\ufeff",
        ]
    )
    | st.text(max_size=4),
    max_size=60,
).map("".join)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(YAMLISH | st.text(max_size=200))
def test_parsing_any_text_gives_data_or_faults_never_an_exception(text):
    parsed = parse_yaml(text)
    assert parsed.data is None or not parsed.faults or all(isinstance(fault, Fault) for fault in parsed.faults)


@FAST
@given(st.binary(max_size=300) | YAMLISH.map(str.encode))
def test_loading_any_file_gives_a_record_or_problems_never_an_exception(tmp_path_factory, raw):
    folder = tmp_path_factory.mktemp("kb") / "interventions"
    path = folder / "samenwerkingstips" / "tip.yaml"
    path.parent.mkdir(parents=True)
    path.write_bytes(raw)
    record, problems = load_record(path, folder.parent, folder, {"samenwerkingstips": "collaboration-tip"})
    assert record is not None or problems
    assert all(isinstance(problem, Problem) for problem in problems)


TIP_FIELDS = [
    "title",
    "summary",
    "why",
    "how",
    "level",
    "domains",
    "themes",
    "professions",
    "guide_steps",
    "related",
    "links",
    "sources",
    "last_reviewed",
]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.dates()
    | st.binary(max_size=8)
    | st.text(max_size=40)
    | st.sampled_from(
        ["<script>alert(1)</script>", "[x](javascript:alert(1))", "*a*{: onclick=x}", "sport", "casus", "https://x.nl"]
    )
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from([*TIP_FIELDS, "url", "title", "x"]), inner, max_size=4)
    ),
    max_leaves=12,
)
RECORDS = st.dictionaries(st.sampled_from(TIP_FIELDS) | st.text(max_size=5), VALUES, max_size=10)


@FAST
@given(RECORDS)
def test_validating_any_record_gives_problems_never_an_exception(tmp_path_factory, data):
    """Any mix of fields and YAML types, written out and read back, is checked end to end."""
    root = tmp_path_factory.mktemp("kb")
    path = root / "interventions" / "samenwerkingstips" / "tip.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    project = load_project(root, schema_folder=SCHEMA, today=TODAY)
    assert all(isinstance(problem, Problem) for problem in project.problems)


def test_a_non_breaking_space_before_an_anchor_is_no_crash():
    """Found by hypothesis: whitespace other than space and tab before '&' made the pre-scan fail."""
    from kennisbank.core.parsing import parse_yaml

    parsed = parse_yaml("\u00a0&: x\n")
    assert (parsed.data, parsed.faults) == ({"\u00a0&": "x"}, [])  # U+00A0 is no YAML space: a plain key
