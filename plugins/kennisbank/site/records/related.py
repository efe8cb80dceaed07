"""The related records a page lists: forward and reverse links, grouped by kind and capped."""

from __future__ import annotations

from dataclasses import dataclass

from ...core.model import Model
from ...core.records import Record
from .. import urls
from .entries import GUIDE_STEP_KIND, GUIDE_STEPS, KIND

CATALOGUE = urls.CATALOGUE
RELATED_SHOWN = 25


@dataclass(frozen=True)
class Value:
    """A value as a page shows it: its text, and the page or address it links to, if any."""

    text: str
    href: str = ""


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


def related_groups(model: Model, record: Record) -> list[RelatedGroup]:
    """Every related record, forward and reverse, grouped under its kind's plural label."""
    linked = model.linked(record.id)
    groups = []
    for kind in model.schemas.kinds.values():
        if kind.name in linked:
            shown = [record_value(model, other.id) for other in linked[kind.name][:RELATED_SHOWN]]
            more = (
                f"{CATALOGUE}?{GUIDE_STEPS}={record.id}&{KIND}={kind.name}"
                if record.kind == GUIDE_STEP_KIND and len(linked[kind.name]) > RELATED_SHOWN
                else ""
            )
            groups.append(RelatedGroup(kind.plural, shown, len(linked[kind.name]), more))
    return groups
