"""The comparison page: two to four records of one kind side by side, a row per field.

The page holds no record: ``vergelijken.js`` reads the ids from the address (``?ids=a,b``),
finds their JSON through ``data/ids.json`` and fills the table of their kind, so the page's
size grows with the schemas, never with the knowledge base. What the page does carry is one
empty table per kind, with a row per field labelled with the schema's own Dutch titles; each
record's JSON carries the text of every row (``opendata/display.py``), worded as its page
words it, so the script only lays it out and a field added to a schema appears in the
comparison without touching the script.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core.fields import Field
from ...core.model import Model
from ...core.recognition import FIELD as RECOGNITION
from ...core.schemas import Kind
from .. import urls
from ..opendata.addresses import IDS
from .rendering import GeneratedPage, render

PAGE = urls.COMPARE
CATALOGUE = urls.CATALOGUE
LEFT_OUT = {"title", "related", "links", "sources"}  # the column header, and what the record page lists in full
RELATIONS = "Verbanden"  # the record page's heading over related records


@dataclass(frozen=True)
class Row:
    """One field of the comparison: ``show`` is how ``vergelijken.js`` turns the value into text.

    ``text``, ``terms`` (labels of ``vocabulary``), ``records`` (titles of named records),
    ``recognition``, ``parts`` (a group of short fields, or a list of such groups: ``parts``
    names each sub-field) and ``derived`` (the records of kind ``derived`` that name this one).
    """

    label: str
    show: str
    path: str = ""
    group: str = ""
    vocabulary: str = ""
    parts: tuple[Field, ...] = ()  # for ``parts``: the sub-fields, in schema order
    derived: str = ""
    date: bool = False  # a date field: shown as a Dutch date

    @property
    def key(self) -> str:
        """The row's name in a record document's ``display``, and on the page's ``<tr>``."""
        return self.path or f"derived:{self.derived}"


@dataclass(frozen=True)
class Table:
    kind: Kind
    rows: tuple[Row, ...]


def compare_tables(model: Model) -> list[Table]:
    kinds = model.schemas.kinds
    return [Table(kind, (*field_rows(kind.fields), *derived_rows(model, kind))) for kind in kinds.values()]


def field_rows(fields: tuple[Field, ...], group: str = "") -> list[Row]:
    """A row per field in schema order; a group of longer fields becomes a row per sub-field."""
    rows = []
    for field in fields:
        if field.name in LEFT_OUT and not group:
            continue
        if field.name == RECOGNITION and not group:
            rows.append(Row(field.title, "recognition", field.name))
        elif field.is_group and not all(child.short and not child.children for child in field.children):
            rows += field_rows(field.children, field.title) if not field.is_list else [_row(field, group)]
        else:
            rows.append(_row(field, group))
    return rows


def _row(field: Field, group: str) -> Row:
    path = ".".join(field.path)
    if field.is_group:
        return Row(field.title, "parts", path, group, parts=field.children)
    date = field.value_schema.get("format") == "date"
    return Row(field.title, show_of(field), path, group, vocabulary=field.vocabulary or "", date=date)


def show_of(field: Field) -> str:
    if field.vocabulary:
        return "terms"
    return "records" if field.references else "text"


def derived_rows(model: Model, kind: Kind) -> list[Row]:
    """A row per kind whose records name records of this kind in a field of their own (not ``related``)."""
    naming = [
        other
        for other in model.schemas.kinds.values()
        if any(kind.name in field.references for field in other.references if field.path[0] != "related")
    ]
    return [Row(other.plural, "derived", group=RELATIONS, derived=other.name) for other in naming]


def render_compare(model: Model, directory_urls: bool = True) -> GeneratedPage:
    """``directory_urls`` as MkDocs' ``use_directory_urls``: the page's raw HTML links need final URLs."""
    overviews = [
        (kind.plural, urls.page_url(urls.kind_page(kind), directory_urls)) for kind in model.schemas.kinds.values()
    ]
    markdown = render(
        "compare.md.j2",
        tables=compare_tables(model),
        overviews=overviews,
        ids=IDS,
        root="../",
        catalogue=CATALOGUE,
        catalogue_href=urls.page_url(CATALOGUE, directory_urls),
    )
    return GeneratedPage(PAGE, markdown)
