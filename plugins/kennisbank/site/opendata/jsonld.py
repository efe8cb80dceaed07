"""schema.org descriptions for search engines and other machines, as JSON-LD in each page.

A record describes itself with its kind's type (``x-kind.schema_org``): an intervention as a
``PhysicalActivity`` with the organisation that recognised it, an organisation as an
``Organization``, a practice example as a ``CreativeWork`` set in its municipality. The home
page describes the site as a ``DataCatalog`` with its downloads. ``script_json`` writes the
JSON so that no value can close the ``<script>`` element it sits in.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from ...core.model import Model
from ..records.entries import PLACE_VOCABULARY, Entry
from .addresses import MEDIA_TYPES, PAGE, Addresses

CONTEXT = "https://schema.org"
AUTHORITY_TYPES = {"PhysicalActivity", "MedicalTherapy", "MedicalEntity"}  # types with recognizingAuthority
ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)  # one pass in C: a character at a time in Python was a tenth of rendering a record page


def script_json(document: Mapping) -> str:
    """JSON safe inside ``<script type="application/ld+json">``: no ``<``, ``>`` or ``&`` left."""
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return text.translate(ESCAPES)


def record_jsonld(model: Model, entries: Mapping[str, Entry], entry: Entry, addresses: Addresses) -> dict:
    kind = model.schemas.kinds[entry.kind]
    data = entry.record.data
    found: dict = {
        "@context": CONTEXT,
        "@type": kind.schema_org,
        "@id": addresses.of(entry.url),
        "url": addresses.of(entry.url),
        "name": entry.title,
        "identifier": entry.id,
        "inLanguage": "nl",
    }
    if entry.summary:
        found["description"] = entry.summary
    if entry.reviewed:
        found["dateModified"] = entry.reviewed
    if entry.domains:
        found["about"] = [{"@type": "Thing", "name": name} for name in entry.domains]
    found.update(_audience(model, entry))
    found.update(_place(model, entry, kind.schema_org))
    found.update(_authority(entries, entry, kind.schema_org, addresses))
    if kind.schema_org == "Organization" and data.get("website"):
        found["sameAs"] = data["website"]
    elif isinstance(data.get("databank"), dict):
        found["sameAs"] = data["databank"]["url"]
    sources = [source for source in data.get("sources", []) if isinstance(source, dict)]
    if sources:
        found["citation"] = [_citation(source) for source in sources]
    return found


def _audience(model: Model, entry: Entry) -> dict:
    groups = entry.labels.get("target-groups", {})
    if not groups:
        return {}
    return {"audience": {"@type": "Audience", "audienceType": ", ".join(groups.values())}}


def _place(model: Model, entry: Entry, kind_type: str) -> dict:
    places = entry.terms.get(PLACE_VOCABULARY, ())
    if not places:
        return {}
    place = {"@type": "AdministrativeArea", "name": entry.place, "identifier": places[0]}
    return {"location" if kind_type == "Organization" else "contentLocation": place}


def _authority(entries: Mapping[str, Entry], entry: Entry, kind_type: str, addresses: Addresses) -> dict:
    if kind_type not in AUTHORITY_TYPES or entry.recognition is None:
        return {}
    authority = entries.get(entry.recognition.assessed_by)
    if authority is None:
        return {}
    return {
        "recognizingAuthority": {"@type": "Organization", "name": authority.title, "url": addresses.of(authority.url)}
    }


def _citation(source: dict) -> dict:
    found = {"@type": "CreativeWork", "name": source.get("title", ""), "publisher": source.get("publisher", "")}
    if source.get("url"):
        found["url"] = source["url"]
    if source.get("year"):
        found["datePublished"] = str(source["year"])
    return found


def catalogue_jsonld(
    title: str, description: str, addresses: Addresses, licence: str, downloads: list[tuple[str, str, str]]
) -> dict:
    """The site as a ``DataCatalog``: one dataset, the whole knowledge base, in every format.

    ``downloads`` are (title, site path, format) as ``addresses.downloads`` lists them.
    """
    return {
        "@context": CONTEXT,
        "@type": "DataCatalog",
        "@id": addresses.of(""),
        "name": title,
        "description": description,
        "url": addresses.of(""),
        "inLanguage": "nl",
        "license": licence,
        "dataset": [
            {
                "@type": "Dataset",
                "name": title,
                "description": description,
                "license": licence,
                "url": addresses.of(PAGE),
                "isAccessibleForFree": True,
                "distribution": [
                    {
                        "@type": "DataDownload",
                        "name": name,
                        "contentUrl": addresses.of(path),
                        "encodingFormat": MEDIA_TYPES[form],
                    }
                    for name, path, form in downloads
                ],
            }
        ],
    }
