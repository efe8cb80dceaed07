"""Self-contained schemas for editors: ``schema/generated/<kind>.schema.json``.

A record's first line names a schema for yaml-language-server (VS Code's YAML extension and
other editors). The schemas in ``schema/`` cannot serve as they are: the vocabulary terms are
folded in only when the validator loads them, and their fields borrow from
``defs.schema.json`` through ``$ref`` with their own titles beside it, which draft-07 editors
ignore. A bundle is exactly the schema the validator checks against (dereferenced, every
vocabulary as an ``enum``, with each term's label as ``enumDescriptions`` for completion
lists), so the editor suggests the same terms and flags the same mistakes. Bundles are
generated (``kennisbank schema --write``) and committed; ``kennisbank schema`` and a test
fail when one is stale, so they cannot drift from the schemas and vocabularies.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

from .fields import vocabulary_fields
from .schemas import Kind, SchemaSet
from .vocabularies import Vocabulary

GENERATED = "generated"
NOTICE = (
    "Gegenereerd met 'kennisbank schema --write' uit {source} en vocabularies/; niet met de hand "
    "bewerken. Editors gebruiken dit schema via de eerste regel van elk record."
)


def bundle_path(schema_folder: Path, kind: Kind) -> Path:
    return schema_folder / GENERATED / kind.schema_file


def bundle(schemas: SchemaSet, kind: Kind) -> dict:
    flat = copy.deepcopy(kind.schema)
    _describe_terms(flat, kind, schemas.vocabularies)
    return {"$schema": flat.get("$schema"), "$comment": NOTICE.format(source=kind.schema_file), **flat}


def bundle_text(schemas: SchemaSet, kind: Kind) -> str:
    return json.dumps(bundle(schemas, kind), ensure_ascii=False, indent=2) + "\n"


def stale_bundles(schemas: SchemaSet) -> list[Path]:
    """Bundles that are missing, differ from what the schemas give now, or belong to no kind."""
    stale = [
        bundle_path(schemas.folder, kind)
        for kind in schemas.kinds.values()
        if _read(bundle_path(schemas.folder, kind)) != bundle_text(schemas, kind)
    ]
    return stale + _orphans(schemas)


def write_bundles(schemas: SchemaSet) -> list[Path]:
    """Bring every bundle up to date; returns the files written or removed."""
    changed = stale_bundles(schemas)
    by_path = {bundle_path(schemas.folder, kind): kind for kind in schemas.kinds.values()}
    for path in changed:
        if path in by_path:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(bundle_text(schemas, by_path[path]), encoding="utf-8")
        else:
            path.unlink()
    return changed


def _orphans(schemas: SchemaSet) -> list[Path]:
    expected = {kind.schema_file for kind in schemas.kinds.values()}
    folder = schemas.folder / GENERATED
    return sorted(path for path in folder.glob("*.schema.json") if path.name not in expected)


def _describe_terms(schema: dict, kind: Kind, vocabularies: dict[str, Vocabulary]) -> None:
    """Add each term's label (and description) beside every vocabulary ``enum``, for editors."""
    for field in vocabulary_fields(kind.fields):
        if field.vocabulary is None:
            continue
        node = schema
        for step in field.pointer + (("items",) if field.is_list else ()):
            node = node[step]
        node["enumDescriptions"] = [
            f"{term.label}: {term.description}" if term.description else term.label
            for term in vocabularies[field.vocabulary].terms.values()
        ]


def _read(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return None
