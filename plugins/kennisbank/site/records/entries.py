"""One catalogue entry per record: everything a list, a search result or a data file shows of it.

Computed once per build from the model, then read by every output: the search index, the
facet counts, the catalogue's first page, the overview and term pages, the home page, and the
open data. So a title, a URL or a recognition is worded in one place, and a page, a search result
and a CSV row of the same record can never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from types import MappingProxyType
from typing import TYPE_CHECKING

from ...core.history import Change
from ...core.model import Model
from ...core.paths import iter_values
from ...core.recognition import CURRENT, Recognition
from ...core.records import Record
from .. import urls
from .recognition import RecognitionView, recognition_view

if TYPE_CHECKING:
    from .kept import KeptEntries

KIND = "kind"
GUIDE_STEPS = "guide-steps"  # records named by a field that refers to guide steps, and the steps themselves
GUIDE_STEP_KIND = "guide-step"
VALID = "valid"  # only currently valid recognitions
VALID_VALUE = "ja"
PLACE_VOCABULARY = "municipalities"
DOMAINS = "domains"


@dataclass(frozen=True, eq=False)
class Entry:
    """``src`` is the page's source path (for Markdown links); ``url`` its address from the site root."""

    id: str
    kind: str
    kind_label: str
    src: str
    url: str
    title: str
    summary: str
    recognition: RecognitionView | None
    place: str
    domains: tuple[str, ...]
    terms: Mapping[str, tuple[str, ...]]  # vocabulary key -> term ids, in record order
    labels: Mapping[str, Mapping[str, str]]  # vocabulary key -> term id -> its label, for the record's terms
    filters: Mapping[str, tuple[str, ...]]
    reviewed: str
    record: Record
    changes: tuple[Change, ...] = ()  # the last commits to the record's file, newest first

    @property
    def updated(self) -> str:
        """The day of the last change: the last commit where there is a history, else the review date."""
        return self.changes[0].day.isoformat() if self.changes else self.reviewed

    @property
    def note(self) -> str:
        """The one fact a card shows beside the title: the rating where there is one, else the place."""
        return self.recognition.headline if self.recognition else self.place

    @property
    def facts(self) -> str:
        """The card's line under the title."""
        return " · ".join(part for part in (self.kind_label, self.note, ", ".join(self.domains)) if part)


def build_entries(
    model: Model,
    directory_urls: bool = True,
    history: Mapping[str, tuple[Change, ...]] | None = None,
    kept: KeptEntries | None = None,
) -> Mapping[str, Entry]:
    """Every record's entry, by id, in title order; ``history`` as ``core.history`` reads it;
    ``kept``, under ``mkdocs serve``, gives an unchanged record the entry it had (``kept``)."""
    records = sorted(model.records.values(), key=lambda record: record.data["title"].lower())
    history = history or {}
    if kept is not None:
        kept.start(model)
    found = {}
    for record in records:
        changes = history.get(record.path, ())
        make = partial(entry, model, record, directory_urls, changes)
        key = (record, model.recognitions.get(record.id), changes, directory_urls)
        found[record.id] = make() if kept is None else kept.entry(key, make)
    return MappingProxyType(found)


def entry(model: Model, record: Record, directory_urls: bool = True, changes: tuple[Change, ...] = ()) -> Entry:
    kind = model.schemas.kinds[record.kind]
    src = urls.record_page(kind, record.id)
    terms = record_terms(model, record)
    recognition = model.recognitions.get(record.id)
    vocabularies = model.schemas.vocabularies
    place = terms.get(PLACE_VOCABULARY, ())
    return Entry(
        id=record.id,
        kind=record.kind,
        kind_label=kind.label,
        src=src,
        url=urls.page_url(src, directory_urls),
        title=record.data["title"],
        summary=record.data.get("summary", ""),
        recognition=recognition_view(recognition) if recognition else None,
        place=vocabularies[PLACE_VOCABULARY].label(place[0]) if place else "",
        domains=tuple(vocabularies[DOMAINS].label(term) for term in terms.get(DOMAINS, ())),
        terms=MappingProxyType(terms),
        labels=MappingProxyType(
            {key: {term: vocabularies[key].label(term) for term in found} for key, found in terms.items()}
        ),
        filters=MappingProxyType(filters(model, record, terms, recognition)),
        reviewed=str(record.data.get("last_reviewed", "")),
        record=record,
        changes=changes,
    )


def record_terms(model: Model, record: Record) -> dict[str, tuple[str, ...]]:
    """The record's terms per vocabulary, from every field of that vocabulary, each term once."""
    found: dict[str, list[str]] = {}
    for field in model.schemas.kinds[record.kind].vocabulary_fields:
        values = found.setdefault(field.vocabulary or "", [])
        values += [
            term
            for _, term in iter_values(record.data, field.value_path)
            if isinstance(term, str) and term not in values
        ]
    return {key: tuple(values) for key, values in found.items() if values}


def filters(model: Model, record: Record, terms: dict[str, tuple[str, ...]], recognition: Recognition | None) -> dict:
    """The facet values of a record: its kind, its terms, its guide steps and whether it is valid."""
    found: dict[str, tuple[str, ...]] = {KIND: (record.kind,), **terms}
    steps = [record.id] if record.kind == GUIDE_STEP_KIND else []
    for field in model.schemas.kinds[record.kind].references:
        if field.references == (GUIDE_STEP_KIND,):
            steps += [step for _, step in iter_values(record.data, field.value_path) if step not in steps]
    if steps:
        found[GUIDE_STEPS] = tuple(steps)
    if recognition and recognition.status == CURRENT:
        found[VALID] = (VALID_VALUE,)
    return found
