"""The published schemas: each kind's record schema, and the schema of the published JSON.

``schema/<kind>.schema.json`` is the self-contained schema the validator checks records
against (the editor bundle); ``schema/record.schema.json`` describes what the site publishes
for every record: the record's own fields plus the ones the site adds.
"""

from __future__ import annotations

from ...core.recognition import CURRENT, ENDED, EXPIRED, NOT_ASSESSED, NOT_RECOGNISED, UNKNOWN
from ...core.schemas import Kind
from .addresses import RECORD_SCHEMA, SCHEMAS, Addresses

DRAFT = "https://json-schema.org/draft/2020-12/schema"
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}


def kind_schema_path(kind: Kind) -> str:
    return f"{SCHEMAS}{kind.schema_file}"


def published_record_schema(kinds: list[Kind], addresses: Addresses) -> dict:
    related = {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "kind", "title", "url", "field"],
        "properties": {
            "id": {"type": "string"},
            "kind": {"enum": [kind.name for kind in kinds]},
            "title": {"type": "string"},
            "url": {"type": "string"},
            "field": {"type": "string", "description": "Het veld waarin de relatie staat."},
        },
    }
    return {
        "$schema": DRAFT,
        "$id": addresses.of(RECORD_SCHEMA),
        "title": "Gepubliceerd record",
        "description": (
            "Wat de kennisbank van elk record publiceert: de velden zoals in het record (zie het schema "
            "van de soort), plus id, soort, adressen, labels, berekende erkenning en relaties."
        ),
        "type": "object",
        "required": ["id", "kind", "url", "json", "title", "labels", "relations"],
        "properties": {
            "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
            "kind": {"enum": [kind.name for kind in kinds]},
            "url": {"type": "string", "description": "De pagina van het record."},
            "json": {"type": "string", "description": "Dit document."},
            "title": {"type": "string"},
            "labels": {
                "type": "object",
                "description": "Per vocabulaire de labels van de gebruikte termen.",
                "additionalProperties": {"type": "object", "additionalProperties": {"type": "string"}},
            },
            "recognition": {
                "type": "object",
                "required": ["status", "valid_until", "ends_by", "headline", "reason"],
                "properties": {
                    "status": {"enum": [CURRENT, EXPIRED, ENDED, UNKNOWN, NOT_RECOGNISED, NOT_ASSESSED]},
                    "valid_until": NULLABLE_DATE,
                    "ends_by": NULLABLE_DATE,
                    "level_text": {"type": "string", "description": "Het niveau in woorden, met zijn code."},
                    "headline": {"type": "string", "description": "De erkenning in een paar woorden, als op de site."},
                    "reason": {
                        "type": "string",
                        "description": "Waarom de erkenning deze status heeft, als op de site.",
                    },
                },
            },
            "record_file": {
                "type": "object",
                "description": (
                    "Alleen in het JSON-bestand van één record: het YAML-bestand van het record in de repository "
                    "en zijn velden precies zoals ze daar staan, zonder wat de site berekent."
                ),
                "required": ["path", "data"],
                "properties": {"path": {"type": "string"}, "data": {"type": "object"}},
            },
            "relations": {
                "type": "object",
                "additionalProperties": False,
                "required": ["written", "derived"],
                "properties": {
                    "written": {"type": "array", "items": related},
                    "derived": {"type": "array", "items": related},
                },
            },
        },
    }
