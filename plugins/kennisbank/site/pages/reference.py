"""The schema reference on the site: every field of every kind, generated from the schemas.

One page per kind (``referentie/<kind folder>.md``) and an index (``referentie/index.md``).
Each field shows its type, whether it is required, its description, the allowed values (from
the vocabularies) and an example: the value of a real record when one has the field, else one
from the schema. Generated, so the reference always says what ``kennisbank validate`` checks.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml
from markupsafe import Markup

from ...core.field_labels import LARGE_VOCABULARY, value_label
from ...core.fields import Field
from ...core.model import Model
from ...core.parsing import without_timestamps
from ...core.paths import iter_values
from ...core.records import Record
from ...core.schemas import Kind
from ...core.vocabularies import Term, Vocabulary
from .. import urls
from .rendering import GeneratedPage, render

FOLDER = urls.REFERENCE_FOLDER
EXAMPLE_CHARACTERS = 240
EXAMPLE_ITEMS = 2


@dataclass(frozen=True)
class FieldDoc:
    """What the reference shows of one field."""

    field: Field
    anchor: str
    needed: str
    value: str
    terms: list[Term]
    options: list[str]
    vocabulary: Vocabulary | None
    vocabulary_href: str
    example: Markup | str
    example_record: Record | None


def page_path(kind: Kind) -> str:
    return f"{FOLDER}/{kind.folder}.md"


def render_reference(model: Model) -> list[GeneratedPage]:
    pages = [render_kind_reference(model, kind) for kind in model.schemas.kinds.values()]
    kinds = [(kind, kind.fields) for kind in model.schemas.kinds.values()]
    index = render("reference-index.md.j2", kinds=kinds, page_href=page_path, root="../")
    return [*pages, GeneratedPage(f"{FOLDER}/index.md", index)]


def render_kind_reference(model: Model, kind: Kind) -> GeneratedPage:
    docs = [field_doc(model, kind, field, parent) for field, parent in _with_parents(kind.fields)]
    markdown = render(
        "reference.md.j2",
        kind=kind,
        description=kind.description,
        fields=docs,
        record_href=lambda record: urls.record_page(kind, record.id),
        root="../",
    )
    return GeneratedPage(page_path(kind), markdown)


def _with_parents(fields, parent: Field | None = None):
    for field in fields:
        yield field, parent
        yield from _with_parents(field.children, field)


def field_doc(model: Model, kind: Kind, field: Field, parent: Field | None) -> FieldDoc:
    vocabulary = model.schemas.vocabularies.get(field.vocabulary) if field.vocabulary else None
    terms = list(vocabulary.terms.values()) if vocabulary and len(vocabulary.terms) <= LARGE_VOCABULARY else []
    record, value = real_example(model, kind, field)
    if record is None:
        value = schema_example(field)
    return FieldDoc(
        field=field,
        anchor=field.dotted.replace(".", "-"),
        needed=_needed(field, parent),
        value=value_label(field, model.schemas),
        terms=terms,
        options=[] if vocabulary else field.allowed,
        vocabulary=vocabulary,
        vocabulary_href=urls.vocabulary_page(vocabulary) if vocabulary and vocabulary.slug else "",
        example=example_yaml(field, value) if value is not None else "",
        example_record=record,
    )


def _needed(field: Field, parent: Field | None) -> str:
    if not field.required:
        return "optioneel"
    if parent is not None and not parent.required:
        return f"verplicht als er een `{parent.dotted}` is"
    return "verplicht"


def real_example(model: Model, kind: Kind, field: Field) -> tuple[Record | None, object]:
    """The field's value in the first record of the kind (in list order) that has it."""
    for record in model.of_kind(kind.name):
        for _, value in iter_values(record.data, field.data_path):
            if value not in (None, "", [], {}):
                return record, value
    return None, None


def schema_example(field: Field) -> object:
    """An example from the schema itself (``examples``, ``default``, the first allowed value), or None."""
    own = _first_example(field.schema)
    if own is not None or not field.is_list:
        return own
    item = _first_example(field.value_schema)
    return None if item is None else [item]


def _first_example(schema: dict) -> object:
    candidates = [*schema.get("examples", [])[:1], schema.get("default"), *(schema.get("enum") or [])[:1]]
    return next((candidate for candidate in candidates if candidate is not None), None)


def example_yaml(field: Field, value: object) -> Markup:
    """The value written as it sits in a record file, nested under its parent fields.

    Marked safe because it goes inside a fenced code block, which Markdown escapes itself
    (HTML-escaping it first would show ``&#39;`` for every apostrophe). The fence cannot be
    closed early: every line is a field name at the start or indented YAML, never backticks.
    """
    for step in reversed(field.data_path):
        value = [value] if step == "*" else {step: value}
    return Markup(
        yaml.dump(
            _shortened(value),
            Dumper=ExampleDumper,
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=88,
        ).rstrip("\n")
    )


def _shortened(value: object) -> object:
    """Long texts and lists cut down: an example shows the form, not the whole record."""
    if isinstance(value, str) and len(value) > EXAMPLE_CHARACTERS:
        return value[:EXAMPLE_CHARACTERS].rsplit(" ", 1)[0] + " …" + ("\n" if "\n" in value else "")
    if isinstance(value, list):
        return [_shortened(item) for item in value[:EXAMPLE_ITEMS]]
    if isinstance(value, dict):
        return {key: _shortened(item) for key, item in value.items()}
    return value


class ExampleDumper(yaml.SafeDumper):
    """Writes examples the way records are written: dates unquoted, long texts with ``|``,
    list items indented under their field."""

    def increase_indent(self, flow: bool = False, indentless: bool = False):
        return super().increase_indent(flow, False)


def _text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|" if "\n" in text else None)


ExampleDumper.yaml_implicit_resolvers = without_timestamps(yaml.SafeDumper.yaml_implicit_resolvers)
ExampleDumper.add_representer(str, _text)
