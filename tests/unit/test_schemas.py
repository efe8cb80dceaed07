"""The schemas themselves: valid JSON Schema, self-explaining, and consistent with the vocabularies."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest

from kennisbank.cli import main
from kennisbank.core.fields import walk
from kennisbank.core.problems import UsageError
from kennisbank.core.schemas import load_schemas
from tests.constants import SCHEMA

SCHEMA_FILES = [*sorted(SCHEMA.glob("*.schema.json")), SCHEMA / "vocabularies" / "vocabulary.schema.json"]


@pytest.mark.parametrize("path", SCHEMA_FILES, ids=lambda path: path.name)
def test_schema_is_valid_against_the_metaschema(path):
    jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text()))


def _properties(node, where=""):
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield f"{where}/{name}", sub
        for key, sub in node.items():
            yield from _properties(sub, f"{where}/{key}")
    elif isinstance(node, list):
        for index, sub in enumerate(node):
            yield from _properties(sub, f"{where}/{index}")


def test_every_property_has_a_dutch_title_and_description():
    schemas = load_schemas(SCHEMA)
    missing = [
        f"{kind.name}: {field.dotted}"
        for kind in schemas.kinds.values()
        for field in walk(kind.fields)
        if not field.schema.get("title") or not field.schema.get("description")
    ]
    assert missing == []


def test_unknown_fields_are_errors_everywhere():
    for path in SCHEMA_FILES:
        for where, prop in _properties(json.loads(path.read_text())):
            if prop.get("type") == "object":
                assert prop.get("additionalProperties") is False, f"{path.name}{where}"


def test_kinds_and_vocabularies_are_read_from_the_schema_folder():
    schemas = load_schemas(SCHEMA)
    assert set(schemas.kinds) == {"intervention", "practice-example", "collaboration-tip", "organisation", "guide-step"}
    assert schemas.kinds["practice-example"].folder == "praktijkvoorbeelden"
    levels = schemas.vocabularies["recognition-levels"]
    assert [(t.code, t.validity_years) for t in levels.terms.values()][:5] == [
        ("0", 3),
        ("I", 5),
        ("II", 5),
        ("III", 5),
        ("IV", 5),
    ]
    references = schemas.kinds["practice-example"].references
    assert ("partners", "*", "organisation") in [field.value_path for field in references]


def test_an_unknown_vocabulary_name_is_a_usage_error(tmp_path):
    shutil.copytree(SCHEMA, tmp_path / "schema")
    target = tmp_path / "schema" / "organisation.schema.json"
    target.write_text(target.read_text().replace('"x-vocabulary": "organisation-roles"', '"x-vocabulary": "rollen"'))
    with pytest.raises(UsageError, match="onbekend vocabulaire 'rollen'"):
        load_schemas(tmp_path / "schema")


def test_an_unreadable_schema_exits_2_without_traceback(tmp_path, monkeypatch, capsys):
    shutil.copytree(SCHEMA, tmp_path / "schema")
    (tmp_path / "schema" / "guide-step.schema.json").write_text("{ not json")
    (tmp_path / "interventions").mkdir()
    monkeypatch.chdir(tmp_path)
    assert main(["validate"]) == 2
    err = capsys.readouterr().err
    assert "guide-step.schema.json: schema niet te lezen" in err
    assert "Traceback" not in err


def test_a_kind_declaration_that_kind_cannot_take_is_a_usage_error_naming_the_field(tmp_path):
    shutil.copytree(SCHEMA, tmp_path / "schema")
    target = tmp_path / "schema" / "guide-step.schema.json"
    target.write_text(target.read_text().replace('"folder": "stappenplan"', '"map": "stappenplan"'))
    with pytest.raises(UsageError, match=r"guide-step.schema.json: x-kind klopt niet bij x-kind: .*'map'"):
        load_schemas(tmp_path / "schema")
