"""The evidence and gap map: where recognised approaches exist, and where they are missing.

Themes against target groups, and domains against target groups: each cell counts the
interventions and practice examples that carry both terms, names the highest level on the
recognition ladder that one of those interventions holds today (status ``current`` only: an
expired recognition is no evidence now), and links to the catalogue filtered on exactly that
cell, so the catalogue shows the same number. Counted from the catalogue entries, the very
terms the catalogue's facets filter on. The page's size depends on the vocabularies only, never
on the number of records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from ...core.model import Model
from ...core.recognition import CURRENT, EXPIRED, LEVELS
from ...core.vocabularies import Term, Vocabulary
from .. import urls
from ..catalogue.page import PAGE as CATALOGUE
from ..records.entries import KIND, Entry
from .rendering import GeneratedPage, render

PAGE = urls.GAP_MAP
INTERVENTION = "intervention"
EXAMPLE = "practice-example"
COLUMNS = "target-groups"
ROWS = ("themes", "domains")


@dataclass(frozen=True)
class Cell:
    interventions: int = 0
    examples: int = 0
    level: Term | None = None  # the highest level a counted intervention holds today
    href: str = ""  # the catalogue, filtered on this cell
    expired: bool = False  # a counted intervention's last decision found has run out

    @property
    def empty(self) -> bool:
        return not (self.interventions or self.examples)


@dataclass(frozen=True)
class GapTable:
    rows: Vocabulary
    columns: Vocabulary
    title: str  # "Thema's en doelgroepen"
    cells: Mapping[tuple[str, str], Cell]

    def cell(self, row: str, column: str) -> Cell:
        return self.cells[(row, column)]


def ladder(model: Model) -> dict[str, int]:
    """Level id -> its rank on the ladder: the levels that have a code, in vocabulary order, lowest first."""
    terms = model.schemas.vocabularies[LEVELS].terms.values()
    return {term.id: rank for rank, term in enumerate(term for term in terms if term.code)}


def current_rank(entry: Entry, ranks: Mapping[str, int]) -> int | None:
    recognition = entry.recognition
    if entry.kind != INTERVENTION or recognition is None or recognition.status != CURRENT:
        return None
    return ranks.get(recognition.level_id)


def gap_table(model: Model, entries: Mapping[str, Entry], row_key: str, catalogue_href: str = "") -> GapTable:
    """Every pair of a ``row_key`` term and a target group, the empty pairs included: they are the gaps."""
    counts: Counter = Counter()
    best: dict[tuple[str, str], int] = {}
    expired: set[tuple[str, str]] = set()
    ranks = ladder(model)
    for entry in entries.values():
        if entry.kind not in (INTERVENTION, EXAMPLE):
            continue
        rank = current_rank(entry, ranks)
        lapsed = entry.recognition is not None and entry.recognition.status == EXPIRED
        for pair in ((row, column) for row in entry.terms.get(row_key, ()) for column in entry.terms.get(COLUMNS, ())):
            counts[(*pair, entry.kind)] += 1
            if lapsed:
                expired.add(pair)
            if rank is not None and rank > best.get(pair, -1):
                best[pair] = rank
    vocabularies = model.schemas.vocabularies
    rows, columns = vocabularies[row_key], vocabularies[COLUMNS]
    levels = [term for term in vocabularies[LEVELS].terms.values() if term.code]
    cells = {
        (row, column): Cell(
            counts[(row, column, INTERVENTION)],
            counts[(row, column, EXAMPLE)],
            levels[best[(row, column)]] if (row, column) in best else None,
            cell_href(catalogue_href, row_key, row, column),
            (row, column) in expired,
        )
        for row in rows.terms
        for column in columns.terms
    }
    return GapTable(rows, columns, f"{field_title(model, row_key)} en {field_title(model, COLUMNS).lower()}", cells)


def cell_href(catalogue_href: str, row_key: str, row: str, column: str) -> str:
    """The catalogue on exactly this cell: both kinds (OR), the row term and the column term (AND)."""
    query = [(KIND, INTERVENTION), (KIND, EXAMPLE), (row_key, row), (COLUMNS, column)]
    return f"{catalogue_href}?{urlencode(query)}"


def field_title(model: Model, vocabulary_key: str) -> str:
    """The plural the schemas give the vocabulary's field ("Thema's"), else the vocabulary's own title."""
    fields = model.schemas.kinds[INTERVENTION].vocabulary_fields if INTERVENTION in model.schemas.kinds else []
    return next(
        (field.title for field in fields if field.vocabulary == vocabulary_key),
        model.schemas.vocabularies[vocabulary_key].title,
    )


def render_gap_map(model: Model, entries: Mapping[str, Entry], directory_urls: bool = True) -> GeneratedPage:
    """``directory_urls`` as MkDocs' ``use_directory_urls``: the tables are raw HTML, their links final URLs."""
    catalogue = "../" + urls.page_url(CATALOGUE, directory_urls)
    tables = [gap_table(model, entries, key, catalogue) for key in ROWS]
    levels = [term for term in model.schemas.vocabularies[LEVELS].terms.values() if term.code]
    markdown = render("gapmap.md.j2", tables=tables, levels=levels, catalogue=CATALOGUE, root="../")
    return GeneratedPage(PAGE, markdown)
