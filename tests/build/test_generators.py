"""The site built by other generators than MkDocs with our plugin: the way out must work before it is needed.

Two paths: ProperDocs (a fork of MkDocs 1.6 that loads our plugin) builds the project as it
is; ``kennisbank render`` writes a project that plain MkDocs builds without our plugin, whose
record pages must say what the plugin's say. HTML is compared as parsed (tags, attributes,
text), since the plugin's sanitiser writes ``hidden`` as ``hidden=""`` and ``'`` as itself:
the same document in other bytes.
"""

from __future__ import annotations

import html.parser
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kennisbank.core.project import load_project
from kennisbank.site.records.entries import build_entries
from tests.constants import ROOT

pytestmark = pytest.mark.slow
VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
BIN = Path(sys.executable).parent
SAMPLE = 12  # project records compared, spread over the title order
BUILT_FILES = [
    "zoekindex/facetten.json",
    "zoekindex/kaarten/0.json",
    "zoekindex/pagefind.json",
    "zoekindex/titels.json",
    "data/ids.json",
    "data/records.json",
    "pagefind/pagefind-entry.json",
    "javascripts/catalogus.js",
    "javascripts/zoektitels.js",
    "stylesheets/kennisbank.css",
]


class Tokens(html.parser.HTMLParser):
    """A document as start tags with sorted attributes, end tags and whitespace-normalised text."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.tokens: list[tuple] = []
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tokens.append(("<", tag, tuple(sorted((name, value or "") for name, value in attrs))))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag not in VOID:
            self.tokens.append((">", tag))

    def handle_data(self, data):
        if data.strip():
            self.tokens.append(("text", " ".join(data.split())))


def record_pages(project: Path) -> list[str]:
    """Each record's page in the built site, from the model: none may be missing."""
    model = load_project(project).model
    return [f"{entry.url}index.html" for entry in build_entries(model).values()]


def render_and_build(project: Path, out: Path) -> Path:
    """``kennisbank render`` into ``out``, then plain ``mkdocs build --strict`` there; returns the site."""
    rendered = subprocess.run(
        [BIN / "kennisbank", "render", "--out", str(out)], cwd=project, capture_output=True, text=True
    )
    assert rendered.returncode == 0, rendered.stderr
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"], cwd=out, capture_output=True, text=True
    )
    assert built.returncode == 0, built.stderr
    assert "kennisbank: " not in built.stderr, "the rendered project must build without our plugin"
    return out / "site"


@pytest.fixture(scope="module")
def assert_same_record_pages(article):
    """Compare record pages of two sites: the same article, parsed, and the alternate link and JSON-LD."""

    def compare(plugin_site: Path, rendered_site: Path, pages: list[str]) -> None:
        for page in pages:
            ours, theirs = ((site / page).read_text(encoding="utf-8") for site in (plugin_site, rendered_site))
            assert Tokens(article(theirs)).tokens == Tokens(article(ours)).tokens, page
            head = theirs[: theirs.index("</head>")]
            assert '<link rel="alternate describedby" type="application/json"' in head, page
            jsonld = head.split('<script type="application/ld+json">', 1)[1].split("</script>", 1)[0]
            assert json.loads(jsonld)["@context"] == "https://schema.org", page

    return compare


@pytest.fixture(scope="module")
def fixture_project(tmp_path_factory, make_project, build) -> Path:
    project = make_project(tmp_path_factory.mktemp("kb"))
    result = build(project, "--strict")
    assert result.returncode == 0, result.stderr
    return project


def test_the_rendered_fixture_builds_with_plain_mkdocs_to_the_same_record_pages(
    fixture_project, tmp_path, assert_same_record_pages
):
    site = render_and_build(fixture_project, tmp_path / "rendered")
    pages = record_pages(fixture_project)
    assert len(pages) == 10
    assert_same_record_pages(fixture_project / "site", site, pages)
    assert 'id="kb-card-template"' in (site / "catalogus" / "index.html").read_text(encoding="utf-8")
    for built in BUILT_FILES:
        assert (site / built).read_bytes() == (fixture_project / "site" / built).read_bytes(), built


def test_the_rendered_project_builds_with_plain_mkdocs_to_the_same_record_pages(tmp_path, assert_same_record_pages):
    plugin_site = tmp_path / "plugin-site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(plugin_site)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    pages = record_pages(ROOT)
    sample = pages[:: max(1, len(pages) // SAMPLE)]
    assert_same_record_pages(plugin_site, render_and_build(ROOT, tmp_path / "rendered"), sample)


def test_properdocs_builds_the_project_strictly_as_mkdocs_does(fixture_project):
    result = subprocess.run(
        [BIN / "properdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", "site-properdocs"],
        cwd=fixture_project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    site, mkdocs_site = fixture_project / "site-properdocs", fixture_project / "site"
    for page in [
        *record_pages(fixture_project),
        "catalogus/index.html",
        "zoekindex/facetten.json",
        "zoekindex/pagefind.json",
        "zoekindex/titels.json",
        "pagefind/pagefind-entry.json",
    ]:
        assert (site / page).is_file(), page
    assert sorted(path.relative_to(site) for path in site.rglob("*")) == sorted(
        path.relative_to(mkdocs_site) for path in mkdocs_site.rglob("*")
    )
