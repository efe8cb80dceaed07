"""An Atom feed of the newest and most recently changed records: ``feed.xml``.

Ordered by each record's last change (its last commit, else its review date), so a feed
reader sees a record again when it is updated. Built with ElementTree, which escapes every
value, so a title can never break the XML.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from xml.etree import ElementTree

from ..records.entries import Entry
from .addresses import FEED, Addresses
from .publication import Publication

ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50


def feed(entries: Mapping[str, Entry], publication: Publication, addresses: Addresses) -> bytes:
    newest = sorted(
        (entry for entry in entries.values() if entry.updated),
        key=lambda entry: (entry.updated, entry.id),
        reverse=True,
    )[:LIMIT]
    ElementTree.register_namespace("", ATOM)
    root = ElementTree.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "nl"})
    _add(root, "id", _identifier(addresses, FEED))
    _add(root, "title", publication.title)
    _add(root, "subtitle", "Nieuwe en bijgewerkte records")
    _add(root, "updated", _stamp(newest[0].updated if newest else (publication.issued or date.today()).isoformat()))
    ElementTree.SubElement(root, f"{{{ATOM}}}link", {"rel": "self", "href": addresses.of(FEED)})
    ElementTree.SubElement(root, f"{{{ATOM}}}link", {"rel": "alternate", "href": addresses.of("")})
    author = ElementTree.SubElement(root, f"{{{ATOM}}}author")
    _add(author, "name", publication.publisher_name)
    for entry in newest:
        root.append(_entry(entry, addresses))
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True)


def _entry(entry: Entry, addresses: Addresses) -> ElementTree.Element:
    element = ElementTree.Element(f"{{{ATOM}}}entry")
    _add(element, "id", _identifier(addresses, entry.url))
    _add(element, "title", entry.title)
    _add(element, "updated", _stamp(entry.updated))
    ElementTree.SubElement(element, f"{{{ATOM}}}link", {"rel": "alternate", "href": addresses.of(entry.url)})
    _add(element, "summary", entry.summary or entry.facts)
    if entry.recognition is not None:  # in the record page's words, so a reader of the feed is told the same
        _add(element, "content", entry.recognition.text)
    ElementTree.SubElement(element, f"{{{ATOM}}}category", {"term": entry.kind, "label": entry.kind_label})
    return element


def _identifier(addresses: Addresses, path: str) -> str:
    """An absolute IRI, as Atom requires: the address where the site's address is known."""
    address = addresses.of(path)
    return address if "://" in address else f"urn:kennisbank:{path or 'site'}"


def _stamp(day: str) -> str:
    return datetime.combine(date.fromisoformat(day), datetime.min.time(), UTC).isoformat().replace("+00:00", "Z")


def _add(parent: ElementTree.Element, tag: str, text: str) -> None:
    ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}").text = text
