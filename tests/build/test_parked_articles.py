"""Record pages' articles wait on disk between MkDocs' two passes, not in memory.

MkDocs converts every page before it writes any; held in memory, every record page's article
was most of a build's peak. The test looks at the pages as MkDocs starts writing them: no record
page may hold its article then, and each written page must still carry it.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands import build as mkdocs_build
from mkdocs.config import load_config

from kennisbank.htmlpage import HtmlPage


def test_no_record_page_holds_its_article_between_the_passes_and_each_is_written(tmp_path, make_project, monkeypatch):
    project = make_project(tmp_path / "kb")
    monkeypatch.chdir(project)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    seen: dict[str, list] = {"held": [], "parked": [], "pages": []}
    original = mkdocs_build._build_page

    def build_page(page, config, doc_files, *args, **kwargs):
        if not seen["held"]:  # the first page written: every page has been converted
            record_pages = [file.page for file in doc_files if isinstance(file.page, HtmlPage)]
            seen["held"] = [page._held is not None for page in record_pages]
            seen["parked"] = [page._parked is not None for page in record_pages]
            seen["pages"] = record_pages
        return original(page, config, doc_files, *args, **kwargs)

    monkeypatch.setattr(mkdocs_build, "_build_page", build_page)
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(project / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    try:
        mkdocs_build.build(config)
    finally:
        config.plugins.on_shutdown()
    assert seen["held"] and not any(seen["held"]), "no record page's article in memory between the passes"
    assert all(seen["parked"])
    written = seen["pages"]
    assert not any("kennisbank" in page.meta or page.toc.items for page in written), "head and sidebar let go"
    html = Path(project / "site/interventies/beweegochtend/index.html").read_text(encoding="utf-8")
    assert "<article" in html and "Beweegochtend in de wijk" in html.split("<article", 1)[1]
