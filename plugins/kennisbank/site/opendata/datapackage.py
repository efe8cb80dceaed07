"""The CSV files described as a Frictionless Data Package (v2): ``data/datapackage.json``.

Each kind's table is a resource with its columns as typed fields (titles and descriptions are
the schema's own), ``id`` as primary key, and the dialect and encoding the files are written in.
"""

from __future__ import annotations

from ...core.schemas import Kind
from .publication import Publication
from .tables import Column, columns

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLE_SCHEMA = "https://datapackage.org/profiles/2.0/tableschema.json"
DIALECT = "https://datapackage.org/profiles/2.0/tabledialect.json"
NAME = "kennisbank-sport-en-sociaal-domein"


def datapackage(kinds: list[Kind], publication: Publication) -> dict:
    descriptor = {
        "$schema": PROFILE,
        "name": NAME,
        "title": publication.title,
        "description": publication.description,
        "licenses": [{"path": publication.licence, "title": publication.licence_title}],
        "contributors": [
            {
                "title": publication.publisher_name,
                "roles": ["publisher"],
                **({"path": publication.publisher_url} if publication.publisher_url else {}),
            }
        ],
        "resources": [_resource(kind) for kind in kinds],
    }
    if publication.issued:
        descriptor["created"] = f"{publication.issued.isoformat()}T00:00:00Z"
    if publication.site_url:
        descriptor["homepage"] = publication.site_url
    return descriptor


def _resource(kind: Kind) -> dict:
    return {
        "name": kind.folder,
        "type": "table",
        "path": f"{kind.folder}.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8-sig",
        "title": kind.plural,
        "description": kind.description,
        "dialect": {"$schema": DIALECT, "header": True, "delimiter": ",", "quoteChar": '"'},
        "schema": {
            "$schema": TABLE_SCHEMA,
            "fields": [_field(column) for column in columns(kind)],
            "primaryKey": ["id"],
            "missingValues": [""],
        },
    }


def _field(column: Column) -> dict:
    found = {"name": column.name, "type": column.type, "title": column.title, "description": column.description}
    if column.type == "boolean":
        found.update(trueValues=["true"], falseValues=["false"])
    if column.name == "id":
        found["constraints"] = {"required": True, "unique": True}
    return found
