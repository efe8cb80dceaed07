"""Pages rendered straight to HTML (records, kinds, terms) say exactly what the Markdown path said.

The same knowledge base is built twice, once with ``record_html: false`` (Jinja → Markdown →
Python-Markdown, as MkDocs does for any page) and once as the plugin builds by default (Jinja →
HTML, only contributors' text through Markdown), with and without directory URLs; every record,
kind and term page must have the same ``<title>``, table of contents and ``<article>``, once the
whitespace between tags is set aside. The records are the fixture's, the recognition cases' and
one written here with what the HTML path must get right: contributors' headings (one with the
name of a section), links with a query, lists, emphasis, quotes and ampersands, a databank, a
note, links and sources; in a git checkout with two commits, so the pages list their changes.
Beside them enough tips, with titles and summaries full of Markdown's characters, that a kind
and a term take more than one page; and the nav names the interventions' page otherwise than
its heading, as a site may.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kennisbank.core.schemas import load_schemas
from kennisbank.site.pages.overviews import PAGE_SIZE
from tests.constants import CASES, KIND_FOLDERS, SCHEMA

KINDS = tuple(KIND_FOLDERS.values())
TERM_FOLDERS = tuple(vocabulary.slug for vocabulary in load_schemas(SCHEMA).vocabularies.values() if vocabulary.slug)
TIPS = PAGE_SIZE + 5  # with the fixture's one: two pages of tips, and two of the domain sport
TOC = re.compile(r'<nav class="md-nav md-nav--secondary".*?</nav>', re.S)
NAV = ("  - Interventies: interventies/index.md\n", "  - Alle interventies: interventies/index.md\n")
RICH = """\
title: Samen 'sterk' & vitaal bewegen
summary: Een aanpak met "aanhalingstekens", een ampersand & meer.
problem: |
  Ouderen bewegen **weinig**; zie [de site](https://www.movisie.nl/a?b=1&c=2) of mail [ons](mailto:info@movisie.nl).

  ### Doelen

  Een kop met de naam van een sectie, en een met een accent: café.

  - eerste punt
  - tweede _punt_
goals:
  main: Het doel, met `code`.
  sub: ["Meer 'bewegen' & contact", "A_b*c"]
target_groups: [ouderen]
domains: [sport]
themes: [gezondheid]
approach:
  components: |
    ### Onderdelen

    1. een
    2. twee
rationale: |
  ### Onderdelen

  Nog eens dezelfde kop.
recognition:
  level: goed-onderbouwd
  decided: 2024-03-01
  note: bron & bron
  assessed_by: movisie
databank:
  name: Interventiedatabase Gezond en Actief Leven
  url: https://www.loketgezondleven.nl/x?y=1&z=2
owner: movisie
contact:
  url: https://www.movisie.nl
links:
  - title: Meer [info] & zo
    url: https://www.movisie.nl/meer?a=1&b=2
sources:
  - title: Een bron
    publisher: Movisie & co
    year: 2020
    url: https://www.movisie.nl/bron
    accessed: 2026-11-01
last_reviewed: 2026-11-01
"""


TIP = """\
title: {title}
summary: {summary}
why: Omdat het helpt.
level: casus
domains: [sport]
sources:
  - title: Een bron
    publisher: Movisie
    year: 2020
last_reviewed: 2025-06-01
"""


def _tip(number: int) -> str:
    """A tip whose title and summary hold what Markdown would read as syntax, were it not escaped;
    every tenth summary runs over two lines, as a folded summary may."""
    title = f'Tip {number:02}: samen & *sterk*, _met_ [haken] en "aanhalingstekens" (\'s avonds)'
    summary = f"Een samenvatting met & en * en _ en [ ] en <b>, nummer {number}."
    if number % 10 == 0:
        summary += "\nEen tweede regel: * _ & [x](y)."
    return TIP.format(title=json.dumps(title, ensure_ascii=False), summary=json.dumps(summary, ensure_ascii=False))


def _git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=project,
        check=True,
        capture_output=True,
    )


def _parts(html: str) -> tuple[str, str, str]:
    """A built page's ``<title>``, table of contents and article, whitespace between tags taken out."""
    title = html[html.index("<title>") : html.index("</title>")]
    toc = TOC.search(html)
    article = html[html.index("<article") : html.index("</article>") + len("</article>")]
    return title, re.sub(r">\s+<", "><", toc.group() if toc else ""), re.sub(r">\s+<", "><", article)


def _listing(within: Path) -> bool:
    """A kind's overview (``index``, ``pagina-N``) rather than a record page, within its folder."""
    return within.parts[0] == "index.html" or within.parts[0].startswith("pagina-")


def _pages(site: Path) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """Every record page's parts, and every kind and term page's (each vocabulary's index too)."""
    records, listings = {}, {}
    for folder in KINDS + TERM_FOLDERS:
        for page in sorted((site / folder).rglob("*.html")):
            listing = folder in TERM_FOLDERS or _listing(page.relative_to(site / folder))
            found = listings if listing else records
            found[str(page.relative_to(site))] = _parts(page.read_text(encoding="utf-8"))
    return records, listings


@pytest.fixture(scope="module")
def project(tmp_path_factory, make_project):
    """The fixture with the recognition cases, the rich record and the tips, in a git checkout of two
    commits, with the interventions' page named otherwise in the nav."""
    project = make_project(tmp_path_factory.mktemp("record-html"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(*NAV), encoding="utf-8")
    records = project / "interventions" / "interventies"
    for path in (CASES / "pages" / "recognitions" / "interventions" / "interventies").glob("*.yaml"):
        shutil.copy(path, records / path.name)
    tips = project / "interventions" / "samenwerkingstips"
    for number in range(1, TIPS + 1):
        (tips / f"tip-{number:02}.yaml").write_text(_tip(number), encoding="utf-8")
    (records / "samen-sterk.yaml").write_text(RICH.replace("vitaal ", ""), encoding="utf-8")
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "first")
    (records / "samen-sterk.yaml").write_text(RICH, encoding="utf-8")
    _git(project, "commit", "-qam", "second")
    return project


@pytest.fixture(scope="module", params=[True, False], ids=["directory-urls", "file-urls"])
def sites(request, project, build) -> tuple[Path, Path]:
    """The project built through Markdown (``record_html: false``) and as the plugin builds by default."""
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    directory_urls = str(request.param).lower()
    config += f"\nuse_directory_urls: {directory_urls}\n"
    for name, record_html in (("markdown", "false"), ("html", "true")):
        own = config.replace("  - kennisbank:\n", f"  - kennisbank:\n      record_html: {record_html}\n")
        (project / f"{name}.yml").write_text(own, encoding="utf-8")
        done = build(project, "-f", f"{name}.yml", "-d", f"site-{name}-{directory_urls}")
        assert done.returncode == 0, done.stderr
    return project / f"site-markdown-{directory_urls}", project / f"site-html-{directory_urls}"


def test_record_pages_as_html_match_their_markdown(sites):
    (markdown, _), (html, _) = _pages(sites[0]), _pages(sites[1])
    rich = next(page for page in markdown if "samen-sterk" in page)
    assert len(markdown) == 17 + TIPS and 'id="onderdelen_1"' in markdown[rich][2] and "kb-changes" in markdown[rich][2]
    assert html.keys() == markdown.keys()
    for page, parts in markdown.items():
        assert html[page] == parts, page


def test_kind_and_term_pages_as_html_match_their_markdown(sites):
    (_, markdown), (_, html) = _pages(sites[0]), _pages(sites[1])
    shown = "".join(toc + article for _, toc, article in markdown.values())
    parts = ("kb-note", "<br", 'aria-current="page"', "Er zijn nog geen records", "&amp; *sterk*", 'href="#praktijk')
    assert all(part in shown for part in parts), "the pages show every part the HTML must get right"
    paged = [page for page in markdown if "pagina-2" in page]
    assert any(page.startswith("samenwerkingstips/") for page in paged) and any("sport-pagina-2" in p for p in paged)
    assert "Alle interventies" in markdown["interventies/index.html"][0], "the nav's name of the page is its title"
    assert html.keys() == markdown.keys()
    for page, parts in markdown.items():
        assert html[page] == parts, page
