"""The open data described in DCAT (DCAT-AP-NL 3.0), as JSON-LD: ``data/catalog.jsonld``.

A catalogue with one dataset for the whole knowledge base (JSON, NDJSON, the workbook) and one
per kind (its CSV file). Every dataset carries what DCAT-AP-NL makes mandatory (title,
description, identifier, publisher, creator, contact point, theme, access rights) and every
distribution its access URL, licence, format and media type.
"""

from __future__ import annotations

from ...core.schemas import Kind
from .addresses import CATALOG, MEDIA_TYPES, PAGE, WHOLE, Addresses, table_path
from .publication import Publication

EU = "http://publications.europa.eu/resource/authority/"
THEMES = [f"{EU}data-theme/SOCI", f"{EU}data-theme/HEAL"]  # population and society; health
PUBLIC = f"{EU}access-right/PUBLIC"
DUTCH = f"{EU}language/NLD"
MEDIA = "https://www.iana.org/assignments/media-types/"
FILE_TYPES = {"json": "JSON", "ndjson": "JSON", "csv": "CSV", "xlsx": "XLSX"}  # the EU's file-type authority
CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


def catalog(kinds: list[Kind], publication: Publication, addresses: Addresses) -> dict:
    agent = _agent(publication)
    datasets = [
        _dataset(
            publication,
            addresses,
            agent,
            addresses.of(f"{PAGE}#alles"),
            publication.title,
            publication.description,
            WHOLE,
        )
    ]
    datasets += [
        _dataset(
            publication,
            addresses,
            agent,
            addresses.of(f"{PAGE}#{kind.folder}"),
            f"{publication.title}: {kind.plural.lower()}",
            kind.description,
            [(f"{kind.plural} (CSV)", table_path(kind.folder), "csv")],
        )
        for kind in kinds
    ]
    return {
        "@context": CONTEXT,
        "@id": addresses.of(CATALOG),
        "@type": "dcat:Catalog",
        "dct:title": _text(publication.title),
        "dct:description": _text(publication.description),
        "dct:publisher": agent,
        "dct:language": {"@id": DUTCH},
        "dct:license": {"@id": publication.licence},
        "foaf:homepage": {"@id": addresses.of("")},
        **_issued(publication),
        "dcat:dataset": datasets,
    }


def _dataset(
    publication: Publication,
    addresses: Addresses,
    agent: dict,
    identifier: str,
    title: str,
    description: str,
    files: list[tuple[str, str, str]],
) -> dict:
    return {
        "@id": identifier,
        "@type": "dcat:Dataset",
        "dct:identifier": identifier,
        "dct:title": _text(title),
        "dct:description": _text(description or title),
        "dct:publisher": agent,
        "dct:creator": agent,
        "dcat:contactPoint": _contact(publication, addresses),
        "dcat:theme": [{"@id": theme} for theme in THEMES],
        "dct:accessRights": {"@id": PUBLIC},
        "dct:language": {"@id": DUTCH},
        "dcat:landingPage": {"@id": addresses.of(PAGE)},
        **_issued(publication),
        "dcat:distribution": [_distribution(publication, addresses, *file) for file in files],
    }


def _distribution(publication: Publication, addresses: Addresses, title: str, path: str, kind: str) -> dict:
    file_type, media = FILE_TYPES[kind], MEDIA_TYPES[kind]
    url = addresses.of(path)
    return {
        "@type": "dcat:Distribution",
        "dct:title": _text(title),
        "dcat:accessURL": {"@id": url},
        "dcat:downloadURL": {"@id": url},
        "dct:license": {"@id": publication.licence},
        "dct:format": {"@id": f"{EU}file-type/{file_type}"},
        "dcat:mediaType": {"@id": MEDIA + media},
    }


def _agent(publication: Publication) -> dict:
    agent: dict = {"@type": "foaf:Agent", "foaf:name": publication.publisher_name}
    if publication.publisher_url:
        agent["foaf:homepage"] = {"@id": publication.publisher_url}
    return agent


def _contact(publication: Publication, addresses: Addresses) -> dict:
    contact: dict = {"@type": "vcard:Organization", "vcard:fn": publication.contact}
    if publication.contact_email:
        contact["vcard:hasEmail"] = {"@id": f"mailto:{publication.contact_email}"}
    contact["vcard:hasURL"] = {"@id": publication.contact_url or addresses.of(f"{PAGE}#vragen")}
    return contact


def _issued(publication: Publication) -> dict:
    if publication.issued is None:
        return {}
    day = {"@value": publication.issued.isoformat(), "@type": "xsd:date"}
    return {"dct:modified": day}


def _text(value: str) -> dict:
    return {"@value": value, "@language": "nl"}
