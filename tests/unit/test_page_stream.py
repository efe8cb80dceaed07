"""The pages stage writes each page as it is made: a build never holds every page at once.

At 10,000 records the list of every page, Markdown and HTML, was a large part of the build's
peak memory; these tests fail if the pages come as a list again, or if a record's links stay
held once its page is written.
"""

from __future__ import annotations

import types
from dataclasses import replace

from kennisbank.core.project import load_project
from kennisbank.site.pages.export import write_each
from kennisbank.site.pages.listing import render_site
from kennisbank.site.records.entries import build_entries
from kennisbank.site.records.view import RecordViews
from tests.constants import FIXTURE, SCHEMA, TODAY

PROJECT = load_project(FIXTURE, schema_folder=SCHEMA, today=TODAY)


def test_pages_come_one_at_a_time_and_each_is_on_disk_when_its_path_comes_back(tmp_path):
    pages = render_site(PROJECT.model)
    assert isinstance(pages, types.GeneratorType)
    for src, has_html, written in write_each(pages, tmp_path):
        assert (tmp_path / src).is_file() and written == 1 and not has_html


def test_a_records_links_are_let_go_once_its_page_is_made():
    entries = build_entries(PROJECT.model, True)
    views = RecordViews(PROJECT.model, entries)
    pages = render_site(PROJECT.model, entries=entries, views=views)
    first = next(pages)
    assert first.src == next(iter(entries.values())).src
    assert not views._links, "the first record's links went with its page"
    rest = list(pages)
    assert len(rest) > len(entries) - 1 and not views._links


def test_a_page_made_as_html_gets_a_stub_that_keeps_its_front_matter_and_one_file_with_its_html(tmp_path):
    from kennisbank.site.pages.contributed import ContributedMarkdown

    contributed = ContributedMarkdown(["toc", "attr_list"], {"toc": {}})
    entries = build_entries(PROJECT.model, True)
    first = next(iter(entries.values()))
    as_html = next(render_site(PROJECT.model, entries=entries, contributed=contributed))
    as_markdown = next(render_site(PROJECT.model, entries=entries))
    assert as_html.src == as_markdown.src == first.src and as_html.html
    front = as_markdown.markdown.split("\n---\n", 1)[0]
    assert as_html.markdown.startswith(front + "\n---\n"), "the stub keeps the page's front matter"
    assert f"# {first.title}" in as_markdown.markdown and f"# {first.title}" not in as_html.markdown
    assert list(write_each([as_html], tmp_path)) == [(first.src, True, 1)]
    kept = replace(as_html, html="")
    assert list(write_each([kept], tmp_path)) == [(first.src, True, 0)], "a page kept unchanged is not written again"
    written = (tmp_path / first.src).read_text(encoding="utf-8")
    assert written == as_html.markdown + as_html.html, "one file: the front matter, then the HTML"


def test_a_page_known_to_be_written_is_neither_read_nor_written_again(tmp_path):
    from kennisbank.site.pages.rendering import GeneratedPage

    known: dict[str, int] = {}
    page = GeneratedPage("a/b.md", "# Titel\n")
    assert [written for _, _, written in write_each([page], tmp_path, known=known)] == [1]
    (tmp_path / "a/b.md").write_text("overschreven")  # a read-back would see this and write again
    assert [written for _, _, written in write_each([page], tmp_path, known=known)] == [0]
    assert (tmp_path / "a/b.md").read_text() == "overschreven"
    changed = GeneratedPage("a/b.md", "# Nieuw\n")
    assert [written for _, _, written in write_each([changed], tmp_path, known=known)] == [1]
    assert (tmp_path / "a/b.md").read_text() == "# Nieuw\n"


def test_kind_and_term_pages_come_as_html_with_a_stub_where_record_pages_do():
    from kennisbank.site.pages.contributed import ContributedMarkdown

    contributed = ContributedMarkdown(["toc", "attr_list"], {"toc": {}})
    as_html = {page.src: page for page in render_site(PROJECT.model, contributed=contributed)}
    as_markdown = {page.src: page for page in render_site(PROJECT.model)}
    for src in ("interventies/index.md", "domeinen/sport.md", "domeinen/onderwijs.md"):
        html, markdown = as_html[src].html, as_markdown[src].markdown
        assert html and html.startswith("<h1>") and as_markdown[src].html is None, src
        assert as_html[src].markdown == '---\n{"search": {"exclude": true}}\n---\n', src
        assert markdown.startswith("---\nsearch:\n  exclude: true\n---\n# "), "the Markdown path stays as it was"
    assert as_html["domeinen/index.md"].html is None, "a vocabulary's own page stays Markdown"
