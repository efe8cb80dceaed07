"""Hostile Markdown: what the validator refuses, what the sanitiser strips, and that the two agree.

The property tests hold the checks against the real renderer: any text the validator accepts,
rendered by Python-Markdown with the site's extensions, has no tag, attribute or link scheme
outside the allowlist; and whatever the sanitiser returns never has one, whatever it was given.
"""

from __future__ import annotations

import time
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils import yaml_load

from kennisbank.core.markup import markdown_findings, unsafe_scheme
from kennisbank.site.pages.sanitising import ATTRIBUTES, TAGS, sanitise_html, sanitise_page
from tests.constants import ROOT

EXTENSIONS = yaml_load((ROOT / "mkdocs.yml").read_text())["markdown_extensions"]  # MkDocs' loader: !ENV
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcset", "poster", "background"}
# What plain Markdown itself emits, beyond what our templates use: a text without raw HTML or
# attribute lists renders to these and nothing else.
MARKDOWN_TAGS = TAGS | {"img"}


class Elements(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer would see them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))

    handle_startendtag = handle_starttag


def outside_allowlist(html: str, tags=TAGS) -> list[str]:
    """Each tag, attribute or URL in ``html`` that the allowlist does not permit."""
    wrong = []
    for tag, attrs in Elements(html).found:
        if tag not in tags:
            wrong.append(f"<{tag}>")
        for name, value in attrs:
            if name not in ATTRIBUTES.get(tag, set()) | ({"src", "alt", "title"} if tag == "img" else set()):
                wrong.append(f"{tag}[{name}]")
            if name in URL_ATTRIBUTES and value and unsafe_scheme(value):
                wrong.append(f"{tag}[{name}={value}]")
    return wrong


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "text, written",
    [
        ("a <script>alert(1)</script> b", "<script>"),
        ("<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"),
        ("x <!-- hidden --> y", "<!-- hidden -->"),
        ("<?php echo 1 ?>", "<?php echo 1 ?>"),
        ("[x](javascript:alert(1))", "javascript:alert(1)"),
        ("[x]( JAVASCRIPT:alert(1) )", "JAVASCRIPT:alert(1)"),
        ("[x](<javascript:alert(1)>)", "javascript:alert(1)"),
        ("[x](jav&#x61;script:alert(1))", "jav&#x61;script:alert(1)"),
        ("[x](java\nscript:alert(1))", "java\nscript:alert(1)"),
        ('[x](javascript:alert(1) "title")', "javascript:alert(1)"),
        ("<vbscript:msgbox(1)>", "vbscript:msgbox(1)"),
        ("[x]: data:text/html,hi", "data:text/html,hi"),
        ("![x](https://example.nl/a.png)", "![x](https://example.nl/a.png)"),
        ("*a*{: onclick=alert(1)}", "{: onclick=alert(1)}"),
        ("par\n{#id .kb-badge}", "{#id .kb-badge}"),
        ("# Kop {hidden}", "{hidden}"),
        ("[a](https://x.nl){download}", "{download}"),
    ],
)
def test_hostile_markdown_is_refused_with_what_was_written(text, written):
    findings = markdown_findings(text)
    assert findings, text
    assert findings[0].written == written
    assert text[findings[0].offset :].startswith(written)


@pytest.mark.parametrize(
    "text",
    [
        "Gewone tekst met *nadruk*, **vet** en een [link](https://www.movisie.nl).",
        "Mail [ons](mailto:info@movisie.nl) of zie <https://www.movisie.nl> en <info@movisie.nl>.",
        "Zie [stap 1](../stappenplan/stap-1/) en [boven](#boven).",
        "Code mag: `<br>` en ``<script>``; kinderen <vier jaar, a < b > c.",
        "Accolades {zoals deze} en een lijst:\n\n- een\n- twee",
    ],
)
def test_ordinary_markdown_passes(text):
    assert markdown_findings(text) == []


def test_a_closing_tag_is_reported_only_without_its_opening_tag():
    assert [f.written for f in markdown_findings("<b>x</b> en </div>")] == ["<b>", "</div>"]


def test_a_text_full_of_problems_lists_ten_and_counts_the_rest():
    findings = markdown_findings("<b>x</b> " * 50)
    assert len(findings) == 11
    assert (findings[-1].code, findings[-1].message) == (
        "more-findings",
        "nog 40 problemen van deze soort in deze tekst",
    )


@pytest.mark.parametrize("unit", ["{a", "{a b", "*{a", "![a", "]:a", "](a", "<a", "</a", ' "a', "`a``"])
def test_a_megabyte_of_hostile_text_is_checked_in_linear_time(unit):
    start = time.perf_counter()
    markdown_findings(unit * (1_000_000 // len(unit)))
    assert time.perf_counter() - start < 3


def test_the_sanitiser_keeps_what_the_templates_make_and_drops_the_rest():
    page = (
        '<h2 id="doel">Doel</h2><p class="kb-badge kb-badge--current"><strong>Erkend</strong></p>'
        '<dl class="kb-facts"><dt>a</dt><dd><a href="../../x/" title="t">x</a></dd></dl>'
        '<nav class="kb-pages" aria-label="Pagina\'s"><span aria-current="page">1</span></nav>'
        '<p><a href="mailto:a@b.nl">m</a> <a href="https://movisie.nl">w</a></p>'
    )
    assert sanitise_html(page) == page
    hostile = (
        '<p onclick="x()">a<script>alert(1)</script></p><a href="javascript:alert(1)">j</a>'
        '<img src=x onerror=alert(1)><iframe src="https://x"></iframe><em class="kb-badge">e</em>'
        '<a href="data:text/html,x">d</a><a href=" JaVa&#x09;script:alert(1)">t</a><style>p{}</style>'
    )
    assert sanitise_html(hostile) == "<p>a</p><a>j</a><em>e</em><a>d</a><a>t</a>"


def test_the_catalogue_keeps_its_form_and_card_template_but_loses_what_record_text_could_inject():
    page = (
        '<form class="kb-search" role="search" hidden><input type="checkbox" id="q" name="kind" value="x">'
        '<label for="q">X</label></form>'
        '<template id="kb-card-template"><article class="kb-card" data-record-id="">'
        '<a href="" data-slot="title"></a><img src=x onerror=alert(1)></article></template>'
        '<article class="kb-card" data-record-id="a"><h2><a href="javascript:alert(1)" onclick="x()">T</a></h2>'
        '<script>alert(1)</script></article><script src="x.js"></script>'
    )
    assert sanitise_page("catalogus/index.md", page) == (
        '<form class="kb-search" role="search" hidden=""><input type="checkbox" id="q" name="kind" value="x">'
        '<label for="q">X</label></form>'
        '<template id="kb-card-template"><article class="kb-card" data-record-id="">'
        '<a href="" data-slot="title"></a></article></template>'
        '<article class="kb-card" data-record-id="a"><h2><a>T</a></h2></article>'
    )
    assert sanitise_page("interventies/x.md", page) == "X<h2><a>T</a></h2>"


FRAGMENTS = st.sampled_from(
    [
        "<",
        ">",
        "</",
        "<!--",
        "-->",
        "<?",
        "script",
        "img",
        "a",
        "div",
        "b",
        "src=x",
        " onerror=alert(1)",
        "onclick",
        "=",
        '"',
        "'",
        "javascript:",
        "JaVaScRiPt:",
        "data:",
        "vbscript:",
        "&#106;",
        "&#x09;",
        "&colon;",
        "[",
        "]",
        "(",
        ")",
        "](",
        "]: ",
        "![",
        "{",
        "}",
        "{:",
        ".kb-badge",
        "#id",
        "hidden",
        " {",
        "`",
        "``",
        "\\",
        "*",
        "_",
        "http://x.nl",
        "https://x.nl/a",
        "mailto:a@b.nl",
        "@",
        " ",
        "\t",
        "\n",
        "\n\n",
        "    ",
        "- ",
        "# ",
        "|",
        "tekst",
    ]
)
MARKDOWNISH = st.lists(FRAGMENTS | st.text(max_size=5), max_size=30).map("".join)
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(MARKDOWNISH)
def test_text_the_validator_accepts_renders_to_allowed_html_only(text):
    if not markdown_findings(text):
        assert outside_allowlist(render(text), tags=MARKDOWN_TAGS) == [], text


@PROPERTY
@given(MARKDOWNISH | st.text(max_size=200))
def test_the_sanitiser_never_lets_a_tag_attribute_or_scheme_through(text):
    assert outside_allowlist(sanitise_html(text)) == []
    assert outside_allowlist(sanitise_html(render(text))) == []
