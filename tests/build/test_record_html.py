"""Record pages rendered straight to HTML say exactly what the Markdown path said.

The same knowledge base is built twice, once with ``record_html: false`` (Jinja → Markdown →
Python-Markdown, as MkDocs does for any page) and once as the plugin builds by default (Jinja →
HTML, only contributors' text through Markdown), with and without directory URLs; every record
page's ``<article>`` must be the same, once the whitespace between tags is set aside. The
records are the fixture's, the recognition cases' and one written here with what the HTML path
must get right: contributors' headings (one with the name of a section), links with a query,
lists, emphasis, quotes and ampersands, a databank, a note, links and sources; in a git
checkout with two commits, so the pages list their changes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.constants import CASES

KINDS = ("interventies", "praktijkvoorbeelden", "samenwerkingstips", "stappenplan", "organisaties")
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


def _git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=project,
        check=True,
        capture_output=True,
    )


def _articles(site: Path) -> dict[str, str]:
    """Every record page's article, with the whitespace between tags taken out."""
    found = {}
    for kind in KINDS:
        for page in sorted((site / kind).rglob("*.html")):
            within = page.relative_to(site / kind)
            if within.parts[0] == "index.html" or within.parts[0].startswith("pagina-"):
                continue  # the kind's overview
            html = page.read_text(encoding="utf-8")
            article = html[html.index("<article") : html.index("</article>")]
            found[str(page.relative_to(site))] = re.sub(r">\s+<", "><", article)
    return found


@pytest.fixture(scope="module")
def project(tmp_path_factory, make_project):
    """The fixture with the recognition cases and the rich record, in a git checkout of two commits."""
    project = make_project(tmp_path_factory.mktemp("record-html"))
    records = project / "interventions" / "interventies"
    for path in (CASES / "pages" / "recognitions" / "interventions" / "interventies").glob("*.yaml"):
        shutil.copy(path, records / path.name)
    (records / "samen-sterk.yaml").write_text(RICH.replace("vitaal ", ""), encoding="utf-8")
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-qm", "first")
    (records / "samen-sterk.yaml").write_text(RICH, encoding="utf-8")
    _git(project, "commit", "-qam", "second")
    return project


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "file-urls"])
def test_record_pages_as_html_match_their_markdown(project, build, directory_urls):
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config += f"\nuse_directory_urls: {str(directory_urls).lower()}\n"
    for name, record_html in (("markdown", "false"), ("html", "true")):
        own = config.replace("  - kennisbank:\n", f"  - kennisbank:\n      record_html: {record_html}\n")
        (project / f"{name}.yml").write_text(own, encoding="utf-8")
        done = build(project, "-f", f"{name}.yml", "-d", f"site-{name}")
        assert done.returncode == 0, done.stderr
    markdown, html = _articles(project / "site-markdown"), _articles(project / "site-html")
    rich = next(page for page in markdown if "samen-sterk" in page)
    assert len(markdown) == 17 and 'id="onderdelen_1"' in markdown[rich] and "kb-changes" in markdown[rich]
    assert html.keys() == markdown.keys()
    for page, article in markdown.items():
        assert html[page] == article, page
