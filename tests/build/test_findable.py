"""Published like a site that wants to be found: ``site_url`` comes from the environment, with a
placeholder by default; the sitemap lists every page, record pages included; ``robots.txt``
allows everything and names the sitemap; every page's head leads to the Atom feed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
import yaml

from kennisbank.site.robots import robots_txt
from tests.constants import ROOT

SITE_URL = "https://kennisbank.test/sub/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture(scope="module")
def site(tmp_path_factory, make_project) -> Path:
    project = make_project(tmp_path_factory.mktemp("kb"))
    env = {**os.environ, "KENNISBANK_SITE_URL": SITE_URL}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", "site"], cwd=project, capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stderr
    return project / "site"


def pages(site: Path) -> list[Path]:
    return sorted(path for path in site.rglob("index.html") if "assets" not in path.parts)


def test_mkdocs_yml_takes_site_url_from_the_environment_with_a_placeholder_at_a_host_s_root():
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r'^site_url: !ENV \[KENNISBANK_SITE_URL, "https://[^"/]+/"\]$', text, re.MULTILINE)


def test_the_sitemap_lists_every_page_record_pages_included(site):
    listed = {loc.text for loc in ElementTree.parse(site / "sitemap.xml").iter(f"{SITEMAP}loc")}
    expected = {SITE_URL + path.parent.relative_to(site).as_posix() + "/" for path in pages(site)}
    expected = {url.replace(f"{SITE_URL}./", SITE_URL) for url in expected}
    assert expected <= listed, sorted(expected - listed)[:5]
    assert f"{SITE_URL}interventies/beweegochtend/" in listed
    assert f"{SITE_URL}praktijkvoorbeelden/beweegochtend-tilburg/" in listed


def test_robots_txt_allows_every_crawler_and_names_the_sitemap(site):
    assert (site / "robots.txt").read_text(encoding="utf-8") == (
        f"User-agent: *\nAllow: /\n\nSitemap: {SITE_URL}sitemap.xml\n"
    )


def test_without_a_site_url_robots_txt_names_no_sitemap():
    assert robots_txt("") == "User-agent: *\nAllow: /\n"


def test_every_page_leads_to_the_atom_feed_in_its_head(site):
    assert (site / "feed.xml").exists()
    for path in [*pages(site), site / "404.html"]:
        head = path.read_text(encoding="utf-8").split("</head>", 1)[0]
        links = re.findall(r'<link rel="alternate feed" type="application/atom\+xml" href="([^"]+)"', head)
        assert len(links) == 1, path
        href = links[0]
        target = (path.parent / href).resolve() if not href.startswith("/") else None
        assert target is None or target == (site / "feed.xml").resolve(), (path, href)


def test_no_head_link_has_rel_exactly_alternate_which_material_reads_as_a_language_version(site):
    """Material fetches ``sitemap.xml`` beside every ``link[rel=alternate]``: a 404 in the folder
    of a record's JSON. A second keyword keeps the links out of its way, and in HTML's."""
    for path in pages(site):
        head = path.read_text(encoding="utf-8").split("</head>", 1)[0]
        assert 'rel="alternate"' not in head, path


def test_the_publish_workflow_builds_with_the_address_github_pages_serves():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    build = next(step for step in workflow["jobs"]["build"]["steps"] if step.get("name") == "Build the site")
    assert build["env"]["KENNISBANK_SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
