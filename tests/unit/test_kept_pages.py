"""Between the rebuilds of ``mkdocs serve``: entries and overview pages of unchanged records are kept.

Counted, not timed: ``KeptEntries.made`` and ``PageMemo.rendered`` say how much was made again,
and the pages themselves must show the edit where the edited record is listed.
"""

from __future__ import annotations

import shutil

from kennisbank.core.project import load_project
from kennisbank.core.record_cache import RecordCache
from kennisbank.site.pages.contributed import ContributedMarkdown
from kennisbank.site.pages.listing import render_site
from kennisbank.site.pages.memo import PageMemo
from kennisbank.site.pages.rendering import GeneratedPage
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
    """What the plugin keeps between rebuilds, and one rebuild's pages (as HTML too with ``contributed``)."""

    def __init__(self, root, contributed: ContributedMarkdown | None = None):
        self.root, self.cache, self.kept, self.memo = root, RecordCache(), KeptEntries(), PageMemo()
        self.contributed = contributed

    def pages(self) -> dict[str, GeneratedPage]:
        project = load_project(self.root, schema_folder=SCHEMA, today=TODAY, cache=self.cache)
        entries = build_entries(project.model, True, None, self.kept)
        pages = render_site(project.model, entries=entries, memo=self.memo, contributed=self.contributed)
        return {page.src: page for page in pages}

    def build(self) -> dict[str, str]:
        return {src: page.markdown for src, page in self.pages().items()}


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


def test_an_overview_page_made_as_html_is_kept_with_its_html_in_its_side_file(tmp_path):
    """A kept page with ``html=None`` would reach MkDocs as its stub Markdown; ``""`` says its HTML is
    unchanged on disk, so ``write_each`` leaves the file and the plugin still makes it an ``HtmlPage``."""
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    serve = Serve(tmp_path, ContributedMarkdown(["toc"], {"toc": {}}))
    first = serve.pages()
    again = serve.pages()
    assert serve.memo.rendered == 0
    for src in OVERVIEWS:
        assert first[src].html and TITLE in first[src].html and TITLE not in first[src].markdown, src
        assert again[src].html == "" and again[src].markdown == first[src].markdown, src
