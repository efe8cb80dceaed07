"""Pages filled into their frame are the pages Material's ``main.html`` makes, byte for byte.

The same project is built with frames (the default) and with ``page_frames: false``, which
renders every page through ``main.html``; every HTML file of the two sites must be identical.
The project has the fixture's records, the recognition cases and a record whose title needs
escaping, in both URL styles, with and without a ``site_url``. A theme override that prints
something of each page outside the frame's parts (the page's address in the footer) must make
the plugin notice the frame is wrong and render those pages the ordinary way: the sites are
again identical.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.build.test_record_html import RICH
from tests.constants import CASES

COUNTS = re.compile(r"pagina's buiten de navigatie: ([\d.]+) in hun kader gezet, ([\d.]+) met main.html gemaakt")
FOOTER = '<div class="md-copyright">{{ page.url }}</div>\n'


@pytest.fixture(scope="module")
def project(tmp_path_factory, make_project):
    project = make_project(tmp_path_factory.mktemp("frames"))
    records = project / "interventions" / "interventies"
    for path in (CASES / "pages" / "recognitions" / "interventions" / "interventies").glob("*.yaml"):
        shutil.copy(path, records / path.name)
    (records / "samen-sterk.yaml").write_text(RICH, encoding="utf-8")
    (project / "overrides" / "partials").mkdir(parents=True)
    (project / "overrides" / "partials" / "copyright.html").write_text(FOOTER, encoding="utf-8")
    return project


def _site(project: Path, build, name: str, config: str, frames: bool) -> tuple[dict[str, bytes], tuple[int, int]]:
    """Every HTML file of the site built with ``config``, and the log's counts."""
    setting = "" if frames else "      page_frames: false\n"
    config = config.replace("  - kennisbank:\n", f"  - kennisbank:\n{setting}")
    (project / f"{name}.yml").write_text(config, encoding="utf-8")
    done = build(project, "-f", f"{name}.yml", "-d", f"site-{name}")
    assert done.returncode == 0, done.stderr
    site = project / f"site-{name}"
    pages = {str(path.relative_to(site)): path.read_bytes() for path in sorted(site.rglob("*.html"))}
    found = COUNTS.search(done.stderr)
    if not frames:
        assert found is None, "without frames the plugin fills none"
        return pages, (0, 0)
    assert found, done.stderr
    framed, ordinary = (int(count.replace(".", "")) for count in found.groups())
    return pages, (framed, ordinary)


@pytest.mark.parametrize("urls", ["true", "false"], ids=["directory-urls", "file-urls-without-site-url"])
def test_every_page_filled_into_a_frame_is_the_page_main_html_makes(project, build, urls):
    config = (project / "mkdocs.yml").read_text(encoding="utf-8") + f"\nuse_directory_urls: {urls}\n"
    if urls == "false":  # and no canonical addresses either
        config = re.sub(r"^site_url: .*$", "", config, flags=re.MULTILINE)
    framed_site, (framed, ordinary) = _site(project, build, f"frames-{urls}", config, frames=True)
    plain_site, _ = _site(project, build, f"plain-{urls}", config, frames=False)
    assert framed_site.keys() == plain_site.keys()
    differing = [page for page in framed_site if framed_site[page] != plain_site[page]]
    assert not differing
    record_pages = [page for page in framed_site if page.startswith("interventies/") and "samen-sterk" in page]
    assert record_pages and b"Samen &#39;sterk&#39; &amp; vitaal bewegen - " in framed_site[record_pages[0]]
    assert framed > 2 * ordinary, "most pages outside the navigation come from their frame"


def test_a_theme_that_shows_each_page_outside_the_frame_is_noticed_and_rendered_the_ordinary_way(project, build):
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\ntheme:\n  name: material\n" in config
    config = config.replace("\ntheme:\n  name: material\n", "\ntheme:\n  name: material\n  custom_dir: overrides\n")
    framed_site, (framed, _) = _site(project, build, "override-frames", config, frames=True)
    plain_site, _ = _site(project, build, "override-plain", config, frames=False)
    page = next(page for page in framed_site if page.startswith("interventies/beweegochtend"))
    assert b'<div class="md-copyright">interventies/beweegochtend/</div>' in framed_site[page]
    assert framed == 0
    assert [page for page in framed_site if framed_site[page] != plain_site[page]] == []
