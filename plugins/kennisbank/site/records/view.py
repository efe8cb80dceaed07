"""What a record page shows, as plain data: facts at a glance, sections, links and badge.

The labels are the schema's own Dutch titles and the layout follows the schema's field order,
so a field added to a schema appears on the site without template work. Values stay plain
text; links are page paths (``urls``) the template makes relative.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as default

from ...core import wording
from ...core.fields import Field
from ...core.history import Change
from ...core.model import Model
from ...core.schemas import Kind
from .. import urls
from .entries import Entry
from .related import RecordLinks, RelatedGroup, Value, record_links, record_value, related_groups

OWN_PLACE = {"title", "summary", "recognition", "databank", "related", "sources", "links", "last_reviewed"}


@dataclass(frozen=True)
class Fact:
    label: str
    values: list[Value]


@dataclass
class Section:
    title: str
    body: str = ""
    items: list[str] = default(default_factory=list)
    markdown: bool = False  # body and items are contributor Markdown (x-markdown), not plain text
    links: list[tuple[Value, str]] = default(default_factory=list)
    facts: list[Fact] = default(default_factory=list)
    subsections: list[Section] = default(default_factory=list)


@dataclass
class RecordView:
    entry: Entry
    facts: list[Fact]
    sections: list[Section]
    related: list[RelatedGroup]
    sources: list[dict]
    links: list[dict]
    databank: dict  # the record's entry in a national databank, the source of truth for its recognition
    recognition_note: str  # what the sources say of the recognition where they differ
    changes: list[tuple[str, str]]  # (Dutch date, what changed that day), newest first


class RecordViews:
    """Each record's links, computed once per build and read by its page and its JSON alike."""

    def __init__(self, model: Model, entries: Mapping[str, Entry]):
        self.model, self.entries = model, entries
        self._links: dict[str, RecordLinks] = {}

    def links(self, entry: Entry) -> RecordLinks:
        found = self._links.get(entry.id)
        if found is None:
            found = self._links[entry.id] = record_links(self.model, self.entries, entry.id)
        return found

    def page(self, entry: Entry) -> RecordView:
        return record_view(self.model, entry, self.links(entry))

    def release(self, entry: Entry) -> None:
        """Forget the record's links once its last reader in this process is done with them: kept
        for every record, they were a large part of the build's memory at 10,000 records."""
        self._links.pop(entry.id, None)


def record_view(model: Model, entry: Entry, links: RecordLinks) -> RecordView:
    """The page of the record behind ``entry``: its title, summary and badge as every list shows them."""
    record = entry.record
    kind = model.schemas.kinds[record.kind]
    facts, sections = [], []
    for field in kind.fields:
        if field.name in OWN_PLACE or field.name not in record.data:
            continue
        shown = _show(model, field, record.data[field.name])
        if shown:
            (facts if isinstance(shown, Fact) else sections).append(shown)
    return RecordView(
        entry=entry,
        facts=facts,
        sections=sections,
        related=related_groups(model, entry, links),
        sources=record.data.get("sources", []),
        links=record.data.get("links", []),
        databank=record.data.get("databank", {}),
        recognition_note=record.data.get("recognition", {}).get("note", ""),
        changes=[(wording.dutch_date(change.day), changed(kind, change)) for change in entry.changes],
    )


def changed(kind: Kind, change: Change) -> str:
    """'Erkenning en Bronnen gewijzigd', in the schema's own field titles; 'toegevoegd' for a new record."""
    if change.added:
        return "toegevoegd"
    known = [field.title for field in kind.fields if field.name in change.fields]  # in the schema's order
    titles = known + [key for key in change.fields if kind.field_named(key) is None]  # a field since removed
    return f"{wording.enumeration(titles)} gewijzigd" if titles else "gewijzigd"


def _show(model: Model, field: Field, value) -> Fact | Section | None:
    """A fact for short values, a section for text, lists and groups of fields."""
    values = fact_values(model, field, value)
    if values is not None:
        return Fact(field.title, values)
    if field.is_list:
        return _list_section(model, field, value)
    if field.is_group:
        return _group_section(model, field, value)
    if field.schema.get("type") == "string":
        return Section(field.title, body=value, markdown=field.markdown)
    return None


def fact_values(model: Model, field: Field, value) -> list[Value] | None:
    """The values of a short field, or None when the field is text or a list worth a section."""
    values = value if field.is_list else [value]
    if field.vocabulary:
        return [term_value(model, field.vocabulary, term) for term in values]
    if field.references:
        return [record_value(model, target) for target in values]
    if field.is_list:
        return None
    if field.is_group and all(child.short and not child.children for child in field.children):
        return _sub_values(field, value)
    return [_scalar_value(field, value)] if field.short else None


def _sub_values(field: Field, value: dict) -> list[Value]:
    """One value per filled sub-field: links as they are, the rest named ("vanaf 65")."""
    values = []
    for child in field.children:
        if child.name in value:
            shown = _scalar_value(child, value[child.name])
            values.append(shown if shown.href else Value(f"{child.title.lower()} {shown.text}"))
    return values


def _scalar_value(field: Field, value) -> Value:
    if isinstance(value, bool):
        return Value("ja" if value else "nee")
    if field.link == "email":
        return Value(value, f"mailto:{value}")
    if field.link == "url":
        return Value(value, value)
    return Value(str(value))


def _list_section(model: Model, field: Field, value: list) -> Section:
    if field.is_group:
        return Section(field.title, links=[_row(model, field, entry) for entry in value])
    return Section(field.title, items=[str(entry) for entry in value], markdown=field.markdown)


def _row(model: Model, field: Field, entry: dict) -> tuple[Value, str]:
    """A list entry such as a partner: the record it names, and the rest as text."""
    link, rest = Value(""), []
    for child in field.children:
        if child.name in entry and child.references:
            link = record_value(model, entry[child.name])
        elif child.name in entry:
            rest.append(str(entry[child.name]))
    return link, "; ".join(rest)


def _group_section(model: Model, field: Field, value: dict) -> Section:
    section = Section(field.title)
    for child in field.children:
        if child.name in value:
            shown = _show(model, child, value[child.name])
            if shown:
                (section.facts if isinstance(shown, Fact) else section.subsections).append(shown)
    return section


def term_value(model: Model, vocabulary_key: str, term: str) -> Value:
    vocabulary = model.schemas.vocabularies[vocabulary_key]
    href = urls.term_page(vocabulary, term) if vocabulary.slug else ""
    return Value(vocabulary.label(term), href)
