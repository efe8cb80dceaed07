"""What a record page shows, as plain data: facts at a glance, sections, links and badge.

The labels are the schema's own Dutch titles and the layout follows the schema's field order,
so a field added to a schema appears on the site without template work. Values stay plain
text; links are page paths (``urls``) the template makes relative.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.model import Model
from ..core.records import Record
from ..core.recognition import CURRENT, EXPIRED, Recognition
from . import urls

OWN_PLACE = {"title", "summary", "recognition", "related", "sources", "links", "last_reviewed"}


@dataclass(frozen=True)
class Value:
    text: str
    href: str = ""


@dataclass(frozen=True)
class Fact:
    label: str
    values: list[Value]


@dataclass
class Section:
    title: str
    body: str = ""
    items: list[str] = field(default_factory=list)
    markdown_items: bool = False  # items are contributor Markdown (x-markdown), not plain text
    links: list[tuple[Value, str]] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    subsections: list["Section"] = field(default_factory=list)


@dataclass
class RecordView:
    record: Record
    kind_label: str
    title: str
    summary: str
    recognition: Recognition | None
    facts: list[Fact]
    sections: list[Section]
    related: list["RelatedGroup"]
    sources: list[dict]
    links: list[dict]
    last_reviewed: str


def record_view(model: Model, record: Record) -> RecordView:
    kind = model.schemas.kinds[record.kind]
    schema = model.schemas.validators[record.kind].schema  # dereferenced: no $ref to follow
    facts, sections = [], []
    for name, prop in schema["properties"].items():
        if name in OWN_PLACE or name not in record.data:
            continue
        shown = _show(model, prop, record.data[name])
        if shown:
            (facts if isinstance(shown, Fact) else sections).append(shown)
    return RecordView(
        record=record, kind_label=kind.label, title=record.data["title"], summary=record.data.get("summary", ""),
        recognition=model.recognitions.get(record.id), facts=facts, sections=sections,
        related=related_groups(model, record), sources=record.data.get("sources", []),
        links=record.data.get("links", []), last_reviewed=record.data.get("last_reviewed", ""),
    )


def _show(model: Model, schema: dict, value) -> Fact | Section | None:
    """A fact for short values, a section for text, lists and groups of fields."""
    title = schema.get("title", "")
    values = fact_values(model, schema, value)
    if values is not None:
        return Fact(title, values)
    if schema.get("type") == "string":
        return Section(title, body=value)
    if schema.get("type") == "array":
        return _list_section(model, title, schema["items"], value)
    if schema.get("type") == "object":
        return _group_section(model, schema, value)
    return None


def fact_values(model: Model, schema: dict, value) -> list[Value] | None:
    """The values of a short field, or None when the field is text or a list worth a section."""
    items = schema.get("items", {}) if schema.get("type") == "array" else None
    element = items if items is not None else schema
    values = value if items is not None else [value]
    if "x-vocabulary" in element:
        return [term_value(model, element["x-vocabulary"], term) for term in values]
    if "x-references" in element:
        return [record_value(model, target) for target in values]
    if items is None and schema.get("type") == "object" and _all_short(model, schema):
        return _sub_values(model, schema, value)
    if items is None and _is_short(schema):
        return [_scalar_value(schema, value)]
    return None


def _is_short(schema: dict) -> bool:
    if "enum" in schema or schema.get("type") in ("integer", "number", "boolean"):
        return True
    return schema.get("type") == "string" and ("pattern" in schema or "format" in schema)


def _all_short(model: Model, schema: dict) -> bool:
    return all(_is_short(sub) for sub in schema.get("properties", {}).values())


def _sub_values(model: Model, schema: dict, value: dict) -> list[Value]:
    """One value per filled sub-field: links as they are, the rest named ("vanaf 65")."""
    values = []
    for name, sub in schema["properties"].items():
        if name in value:
            shown = _scalar_value(sub, value[name])
            values.append(shown if shown.href else Value(f"{sub['title'].lower()} {shown.text}"))
    return values


def _scalar_value(schema: dict, value) -> Value:
    if isinstance(value, bool):
        return Value("ja" if value else "nee")
    if schema.get("format") == "email":
        return Value(value, f"mailto:{value}")
    if str(schema.get("pattern", "")).startswith("^https?"):
        return Value(value, value)
    return Value(str(value))


def _list_section(model: Model, title: str, items: dict, value: list) -> Section:
    if items.get("type") == "object":
        return Section(title, links=[_row(model, items, entry) for entry in value])
    return Section(title, items=[str(entry) for entry in value], markdown_items=bool(items.get("x-markdown")))


def _row(model: Model, schema: dict, entry: dict) -> tuple[Value, str]:
    """A list entry such as a partner: the record it names, and the rest as text."""
    link, rest = Value(""), []
    for name, sub in schema["properties"].items():
        if name in entry and "x-references" in sub:
            link = record_value(model, entry[name])
        elif name in entry:
            rest.append(str(entry[name]))
    return link, "; ".join(rest)


def _group_section(model: Model, schema: dict, value: dict) -> Section:
    section = Section(schema.get("title", ""))
    for name, sub in schema.get("properties", {}).items():
        if name in value:
            shown = _show(model, sub, value[name])
            if shown:
                (section.facts if isinstance(shown, Fact) else section.subsections).append(shown)
    return section


def term_value(model: Model, vocabulary_key: str, term: str) -> Value:
    vocabulary = model.schemas.vocabularies[vocabulary_key]
    href = urls.term_page(vocabulary, term) if vocabulary.slug else ""
    return Value(vocabulary.label(term), href)


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


RELATED_SHOWN = 25


def related_groups(model: Model, record: Record) -> list[RelatedGroup]:
    """Every related record, forward and reverse, grouped under its kind's plural label."""
    linked = model.linked(record.id)
    groups = []
    for kind in model.schemas.kinds.values():
        if kind.name in linked:
            shown = [record_value(model, other.id) for other in linked[kind.name][:RELATED_SHOWN]]
            more = (f"catalogus/?guide-steps={record.id}&kind={kind.name}"
                    if record.kind == "guide-step" and len(linked[kind.name]) > RELATED_SHOWN else "")
            groups.append(RelatedGroup(kind.plural, shown, len(linked[kind.name]), more))
    return groups


def card_badge(model: Model, record: Record) -> str:
    """The one fact a list shows beside a title: rating for interventions, place for examples."""
    recognition = model.recognitions.get(record.id)
    if recognition and recognition.status == CURRENT:
        return f"Erkend: {recognition.label}"
    if recognition and recognition.status == EXPIRED:
        return "Erkenning verlopen"
    if recognition:
        return "Niet beoordeeld"
    municipality = record.data.get("municipality")
    if municipality and record.kind == "practice-example":
        return model.schemas.vocabularies["municipalities"].label(municipality)
    return ""
