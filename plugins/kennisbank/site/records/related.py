"""A record's links to other records, both ways, computed once and read by every output.

The record page groups them by kind (capped, with the catalogue for the rest), the record's
JSON lists them as written and derived relations, and the comparison shows the derived ones:
all from the same ``RecordLinks``, so a page and its JSON can never disagree on what a record
is linked with. Relations are written once, on one side; ``derived`` are the other side's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ...core.model import Model
from .. import urls
from .entries import GUIDE_STEP_KIND, GUIDE_STEPS, KIND, Entry

CATALOGUE = urls.CATALOGUE
RELATED_SHOWN = 25


@dataclass(frozen=True)
class Value:
    """A value as a page shows it: its text, and the page or address it links to, if any."""

    text: str
    href: str = ""


@dataclass(frozen=True)
class RelatedLink:
    """Another record, as a link: ``src`` for page links, ``url`` from the site root; ``field`` names the relation."""

    id: str
    kind: str
    title: str
    src: str
    url: str
    field: str


@dataclass(frozen=True)
class RecordLinks:
    written: tuple[RelatedLink, ...]  # the records this one names, in the order it names them
    derived: tuple[RelatedLink, ...]  # the records that name this one


def record_links(model: Model, entries: Mapping[str, Entry], record_id: str) -> RecordLinks:
    def link(other: str, field: str) -> RelatedLink:
        found = entries[other]
        return RelatedLink(found.id, found.kind, found.title, found.src, found.url, field)

    return RecordLinks(
        tuple(link(found.target, found.field) for found in model.outgoing.get(record_id, ())),
        tuple(link(found.source, found.field) for found in model.incoming.get(record_id, ())),
    )


def record_value(model: Model, record_id: str) -> Value:
    target = model.records.get(record_id)
    if target is None:
        return Value(record_id)
    return Value(target.data["title"], urls.record_page(model.schemas.kinds[target.kind], target.id))


@dataclass(frozen=True)
class RelatedGroup:
    """Related records of one kind: the first RELATED_SHOWN, and how many there are in all.

    A guide step can be named by thousands of tips and examples; listing them all would make
    its page grow with the knowledge base. ``more_href`` is the catalogue, filtered, when a
    facet can show the rest.
    """

    label: str
    values: list[Value]
    total: int
    more_href: str = ""


def related_groups(model: Model, entry: Entry, links: RecordLinks) -> list[RelatedGroup]:
    """Every related record, either way and each once, grouped under its kind's plural label, by title."""
    by_kind: dict[str, dict[str, RelatedLink]] = {}
    for link in (*links.written, *links.derived):
        by_kind.setdefault(link.kind, {}).setdefault(link.id, link)
    groups = []
    for kind in model.schemas.kinds.values():
        found = sorted(by_kind.get(kind.name, {}).values(), key=lambda link: link.title.lower())
        if not found:
            continue
        shown = [Value(link.title, link.src) for link in found[:RELATED_SHOWN]]
        more = (
            f"{CATALOGUE}?{GUIDE_STEPS}={entry.id}&{KIND}={kind.name}"
            if entry.kind == GUIDE_STEP_KIND and len(found) > RELATED_SHOWN
            else ""
        )
        groups.append(RelatedGroup(kind.plural, shown, len(found), more))
    return groups
