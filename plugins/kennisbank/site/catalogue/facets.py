"""The catalogue's facets as plain data, counted from the catalogue entries.

As in Datasette, each facet is a list of options (value, label, count), shared by the page
and, through the entries' filters, by the search index: the static counts and the live search
never disagree. Values within a facet combine with OR, facets with AND.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ...core.model import Model
from ..records.entries import GUIDE_STEP_KIND, GUIDE_STEPS, KIND, VALID, Entry

FACET_VOCABULARIES = (
    "domains",
    "themes",
    "target-groups",
    "settings",
    "professions",
    "recognition-levels",
    "municipalities",
    "funding-routes",
)
FACET_KEYS = (KIND, *FACET_VOCABULARIES, GUIDE_STEPS, VALID)
GUIDE_STEPS_TITLE = "Stap uit het stappenplan"


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int


@dataclass(frozen=True)
class Facet:
    key: str
    title: str
    options: tuple[Option, ...]


def facet_counts(entries: Iterable[Entry]) -> dict[str, Counter]:
    counts: dict[str, Counter] = {key: Counter() for key in FACET_KEYS}
    for entry in entries:
        for key, values in entry.filters.items():
            if key in counts:
                counts[key].update(values)
    return counts


def facets(model: Model, entries: Mapping[str, Entry]) -> tuple[Facet, ...]:
    """Every facet with its options in vocabulary order, counted over the whole catalogue."""
    counts = facet_counts(entries.values())
    kinds = model.schemas.kinds.values()
    found = [Facet(KIND, "Soort", tuple(Option(kind.name, kind.label, counts[KIND][kind.name]) for kind in kinds))]
    for key in FACET_VOCABULARIES:
        vocabulary = model.schemas.vocabularies[key]
        found.append(
            Facet(
                key,
                vocabulary.title,
                tuple(Option(term.id, term.label, counts[key][term.id]) for term in vocabulary.terms.values()),
            )
        )
    steps = tuple(
        Option(step.id, step.data["title"], counts[GUIDE_STEPS][step.id]) for step in model.of_kind(GUIDE_STEP_KIND)
    )
    return (*found, Facet(GUIDE_STEPS, GUIDE_STEPS_TITLE, steps))


def valid_count(entries: Mapping[str, Entry]) -> int:
    return sum(1 for entry in entries.values() if VALID in entry.filters)
