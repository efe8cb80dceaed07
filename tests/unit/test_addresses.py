"""Which fields hold web addresses: read from the schemas' field tree, not from a list of names."""

from __future__ import annotations

import copy

from kennisbank.core.addresses import url_fields
from kennisbank.core.fields import field_tree
from kennisbank.core.schemas import load_schemas
from tests.constants import SCHEMA

SCHEMAS = load_schemas(SCHEMA)


def named(kind_schema: dict) -> list[tuple[str, str]]:
    return [(found.field.dotted, found.former) for found in url_fields(field_tree(kind_schema))]


def test_every_address_field_of_an_intervention_is_found_with_its_list_of_former_addresses():
    assert named(SCHEMAS.kinds["intervention"].schema) == [
        ("databank.url", "databank.former_urls"),
        ("databank.former_urls", ""),
        ("contact.url", ""),
        ("links.url", ""),
        ("sources.url", ""),
    ]
    assert named(SCHEMAS.kinds["organisation"].schema) == [("website", ""), ("sources.url", "")]


def test_an_address_field_added_to_a_schema_is_found_without_a_change_in_the_code():
    schema = copy.deepcopy(SCHEMAS.kinds["guide-step"].schema)
    schema["properties"]["video"] = {"type": "string", "format": "uri", "pattern": "^https?://[^\\s]+$"}
    assert ("video", "") in named(schema)
