"""The editor schemas in schema/generated/: current, self-contained, and as strict as the validator."""

from __future__ import annotations

import json
import shutil

import jsonschema
import pytest

from kennisbank.cli import main
from kennisbank.core.bundles import bundle_path
from kennisbank.core.project import load_project
from kennisbank.core.schemas import load_schemas
from tests.constants import ROOT, SCHEMA

SCHEMAS = load_schemas(SCHEMA)


def test_the_committed_bundles_match_the_schemas_and_vocabularies(monkeypatch, capsys):
    """Fails when a schema or vocabulary changed without 'kennisbank schema --write'."""
    monkeypatch.chdir(ROOT)
    assert main(["schema"]) == 0, capsys.readouterr().out
    assert capsys.readouterr().out == "de gegenereerde schema's zijn bij\n"


def test_a_stale_bundle_is_reported_and_rewritten(tmp_path, monkeypatch, capsys):
    shutil.copytree(SCHEMA, tmp_path / "schema")
    domains = tmp_path / "schema/vocabularies/domains.yaml"
    domains.write_text(domains.read_text() + "  - id: cultuur\n    label: Cultuur\n", encoding="utf-8")
    (tmp_path / "schema/generated/oud.schema.json").write_text("{}")
    monkeypatch.chdir(tmp_path)
    assert main(["schema"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "schema/generated/intervention.schema.json: loopt achter op de schema's en vocabulaires",
        "schema/generated/practice-example.schema.json: loopt achter op de schema's en vocabulaires",
        "schema/generated/collaboration-tip.schema.json: loopt achter op de schema's en vocabulaires",
        "schema/generated/oud.schema.json: loopt achter op de schema's en vocabulaires",
        "draai 'kennisbank schema --write' en commit het resultaat",
    ]
    assert main(["schema", "--write"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "verwijderd: schema/generated/oud.schema.json",
        "4 gegenereerde schema's gewijzigd",
    ]
    assert main(["schema"]) == 0
    bundle = json.loads((tmp_path / "schema/generated/collaboration-tip.schema.json").read_text())
    assert "cultuur" in bundle["properties"]["domains"]["items"]["enum"]


def _vocabulary_nodes(node):
    if isinstance(node, dict):
        if "x-vocabulary" in node:
            yield node
        for value in node.values():
            yield from _vocabulary_nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _vocabulary_nodes(value)


@pytest.mark.parametrize("kind", list(SCHEMAS.kinds.values()), ids=lambda kind: kind.name)
def test_a_bundle_is_self_contained_and_carries_the_vocabularies(kind):
    text = bundle_path(SCHEMA, kind).read_text(encoding="utf-8")
    bundle = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(bundle)
    assert '"$ref"' not in text
    fields = kind.vocabulary_fields
    nodes = list(_vocabulary_nodes(bundle))
    assert len(nodes) == len(fields)
    for node in nodes:
        terms = SCHEMAS.vocabularies[node["x-vocabulary"]].terms
        assert node["enum"] == list(terms)
        assert len(node["enumDescriptions"]) == len(terms)


def test_the_domains_field_offers_every_term_with_its_label():
    bundle = json.loads(bundle_path(SCHEMA, SCHEMAS.kinds["intervention"]).read_text(encoding="utf-8"))
    items = bundle["properties"]["domains"]["items"]
    assert items["enum"][:2] == ["sport", "welzijn"]
    assert items["enumDescriptions"][0] == (
        "Sport en bewegen: Sportaanbieders, sportverenigingen, buurtsportcoaches en beweegaanbod."
    )


RECOGNITION_WARNINGS = {"recognition-expired", "recognition-unchecked", "recognition-check-stale"}


def test_the_bundles_accept_every_seed_record_and_reject_what_the_validator_rejects():
    project = load_project(ROOT)
    validators = {
        name: jsonschema.Draft202012Validator(json.loads(bundle_path(SCHEMA, kind).read_text()))
        for name, kind in SCHEMAS.kinds.items()
    }
    # Warnings about a recognition's dates and checks are the validator's alone: no schema can say them.
    assert not [problem for problem in project.problems if problem.code not in RECOGNITION_WARNINGS]
    for record in project.records:
        assert validators[record.kind].is_valid(record.data), record.path
    tip = next(record for record in project.records if record.kind == "collaboration-tip")
    assert not validators["collaboration-tip"].is_valid({**tip.data, "domains": ["sprot"]})
    assert not validators["collaboration-tip"].is_valid({**tip.data, "titel": "x"})
