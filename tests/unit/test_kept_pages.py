"""Between the rebuilds of ``mkdocs serve``: entries and overview pages of unchanged records are kept.

Counted, not timed: ``KeptEntries.made`` and ``PageMemo.rendered`` say how much was made again,
and the pages themselves must show the edit where the edited record is listed.
"""

from __future__ import annotations

import shutil

from kennisbank.core.project import load_project
from kennisbank.core.record_cache import RecordCache
from kennisbank.site.pages.listing import render_site
from kennisbank.site.pages.memo import PageMemo
from kennisbank.site.records.entries import build_entries
from kennisbank.site.records.kept import KeptEntries
from tests.constants import FIXTURE, SCHEMA, TODAY

TILBURG = "interventions/praktijkvoorbeelden/beweegochtend-tilburg.yaml"
TITLE = "Beweegochtend in een Tilburgse wijk"
OVERVIEWS = {  # the kind and term pages that list the record
    "praktijkvoorbeelden/index.md",
    "domeinen/sport.md",
    "domeinen/welzijn.md",
    "domeinen/zorg.md",
    "gemeenten/gm0855.md",
    "beroepen/sociaal-werker.md",
    "beroepen/fysiotherapeut.md",
    "doelgroepen/ouderen.md",
}


class Serve:
    """What the plugin keeps between rebuilds, and one rebuild's pages."""

    def __init__(self, root):
        self.root, self.cache, self.kept, self.memo = root, RecordCache(), KeptEntries(), PageMemo()

    def build(self) -> dict[str, str]:
        project = load_project(self.root, schema_folder=SCHEMA, today=TODAY, cache=self.cache)
        entries = build_entries(project.model, True, None, self.kept)
        return {page.src: page.markdown for page in render_site(project.model, entries=entries, memo=self.memo)}


def test_a_rebuild_without_changes_makes_no_entry_and_no_overview_page(tmp_path):
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    serve = Serve(tmp_path)
    first = serve.build()
    assert serve.kept.made > 0 and serve.memo.rendered > 0
    assert serve.build() == first
    assert (serve.kept.made, serve.memo.rendered) == (0, 0)


def test_an_edit_remakes_its_entry_and_the_overview_pages_that_list_it(tmp_path):
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    serve = Serve(tmp_path)
    first = serve.build()
    path = tmp_path / TILBURG
    path.write_text(path.read_text().replace(f"title: {TITLE}", "title: Beweegochtend Bewerkt"))
    again = serve.build()
    assert serve.kept.made == 1
    listing = {src for src, text in first.items() if TITLE in text}
    assert listing >= OVERVIEWS, "the fixture lists the record on its kind's page and on term pages"
    for src in listing:
        assert "Beweegochtend Bewerkt" in again[src] and TITLE not in again[src], src
    assert serve.memo.rendered == len(OVERVIEWS), "only the overview pages that list it are made again"
    assert serve.build() == again and serve.memo.rendered == 0
