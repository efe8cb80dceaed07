"""The parts of record pages rendered without Markdown agree with what they stand in for:
links with MkDocs' own ``File.url`` and ``get_relative_url``, heading ids and tokens with
Python-Markdown's ``toc``, contributors' text with the converter MkDocs would have used."""

from __future__ import annotations

import markdown
import pytest
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from kennisbank.site.pages.contributed import ContributedMarkdown
from kennisbank.site.pages.headings import HeadingRules, anchor
from kennisbank.site.pages.hrefs import file_url, page_href

SOURCES = ["organisaties/movisie.md", "catalogus/index.md", "index.md", "doelgroepen/ouderen-65.md"]


@pytest.mark.parametrize("directory_urls", [True, False])
@pytest.mark.parametrize("src", SOURCES)
def test_links_are_the_ones_mkdocs_writes(src, directory_urls):
    page = File("interventies/x.md", "docs", "site", directory_urls)
    target = File(src, "docs", "site", directory_urls)
    assert file_url(src, directory_urls) == target.url
    assert page_href(page.url, src, directory_urls) == get_relative_url(target.url, page.url)
    assert page_href(page.url, f"{src}?kind=a&b=c", directory_urls).endswith("?kind=a&b=c")


def test_addresses_stay_as_they_are():
    assert page_href("interventies/x/", "https://example.org/a b?c=1&d", True) == "https://example.org/a%20b?c=1&d"
    assert page_href("interventies/x/", "mailto:info@example.org", True) == "mailto:info@example.org"


def test_heading_ids_and_tokens_are_the_toc_extensions():
    text = "# Caf\u00e9 &amp; zo\n\n## Doelen\n\n### Doelen\n\n## Met *nadruk*\n\n## Doelen_1\n\n## Doelen\n"
    md = markdown.Markdown(extensions=["toc"])
    expected = md.convert(text)
    plain = markdown.Markdown().convert(text)
    anchored = anchor(plain, HeadingRules())
    assert anchored.html == expected
    assert anchored.tokens == md.toc_tokens  # type: ignore[attr-defined]
    assert anchored.title == "Caf\u00e9 &amp; zo"


def test_contributed_markdown_is_converted_once_and_without_ids():
    contributed = ContributedMarkdown(["toc", "attr_list"], {"toc": {}})
    first = contributed.block("### Kop\n\nTekst met **nadruk**.")
    assert first == "<h3>Kop</h3>\n<p>Tekst met <strong>nadruk</strong>.</p>"
    assert contributed.block("### Kop\n\nTekst met **nadruk**.") is first
    assert contributed.inline("Een *punt*") == "Een <em>punt</em>"
    assert contributed.rules is not None


def test_toc_settings_that_change_headings_go_through_markdown():
    assert ContributedMarkdown(["toc"], {"toc": {"permalink": True}}).rules is None
    assert ContributedMarkdown([]).rules is None


PLAIN_LINES = [
    'Gewoon een zin, met komma\'s en "aanhalingstekens": ook (haakjes) en 50% - zo.',
    "Eén regel met accenten: café, enquête; http://example.org zonder haken = tekst + meer!",
    "Zin met  twee spaties en een vraag?",
]
NOT_PLAIN = ["1. een lijst", "- een punt", "# kop", "Tekst met *nadruk*", "Een & teken", "a\tb", "Regel\n===", ": term"]


@pytest.mark.parametrize("text", PLAIN_LINES + NOT_PLAIN)
def test_plain_lines_skip_markdown_and_say_the_same(text):
    """The shortcut for plain lines gives exactly what Python-Markdown gives, and anything else goes to it."""
    extensions = ["attr_list", "def_list", "md_in_html", "tables", "toc"]
    expected = markdown.Markdown(extensions=extensions[:-1]).convert(text)  # ids come from the page, not here
    assert ContributedMarkdown(extensions).block(text) == expected
    assert ContributedMarkdown(["smarty"]).block(text) == markdown.Markdown(extensions=["smarty"]).convert(text)
