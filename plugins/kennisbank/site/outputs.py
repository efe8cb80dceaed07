"""The outputs a build writes beside its pages, and the work that runs on while MkDocs builds.

The word index starts when the pages are planned and runs in Pagefind's own processes, the open
data in a forked process started at the same time (under ``mkdocs serve``, once the pages are
written); the facet index and the security files follow once MkDocs has written the pages.
Under ``mkdocs serve`` the open data and the index finish while the browser reloads the changed
page; ``finish`` waits for them before the next rebuild and says what they wrote.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from ..core import wording
from . import urls
from .build import SiteBuild
from .catalogue.word_index import IndexWriter
from .opendata.writer import Written
from .security.policies import Policies
from .timings import Stages
from .worker import Worker


class Outputs:
    def __init__(self, say: Callable[[str], None], bundles: dict[Path, str] | None = None):
        self.say = say
        self.bundles = bundles  # under ``mkdocs serve --dirty``: what each word-index bundle holds
        self.cards: dict[int, int] | None = None if bundles is None else {}  # and each catalogue card
        self.searched: dict | None = None if bundles is None else {}  # and each record's indexed text
        self.indexing: IndexWriter | None = None
        self.writing: Worker[Written] | None = None
        self.stages = Stages()  # the build's stages, said on one line when its outputs are done
        self.pages: set[str] = set()  # the generated pages of the last build, by source path
        self.gone: set[str] = set()  # pages the last build had and this one has not

    def plan_pages(self, sources: set[str]) -> None:
        """Note which generated pages went since the last build (a record removed under serve)."""
        self.gone = self.pages - sources if self.pages else set()
        self.pages = sources

    def remove_gone(self, site: Path, directory_urls: bool) -> None:
        """MkDocs never deletes a removed page's output, even with ``--dirty``: delete it, and its JSON."""
        for src in sorted(self.gone):
            stem = src[: -len(".md")]
            built = site / (urls.page_url(src, directory_urls) + ("index.html" if directory_urls else ""))
            for path in (built, site / f"{stem}.json"):
                path.unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # a folder that holds something else stays
                built.parent.rmdir()
        if self.gone:
            pages = wording.plural(len(self.gone), "pagina", "pagina's")
            self.say(f"{pages} van verwijderde records weggehaald")
        self.gone = set()

    def start_word_index(self, build: SiteBuild, site: Path) -> None:
        self.indexing = build.start_word_index(site, self.bundles, self.searched)

    def start_open_data(self, build: SiteBuild, site: Path) -> None:
        """Fork the open data's writer. A build forks it before the pages are made: the child then
        shares only the project and its entries, not every page MkDocs holds by the end, and runs
        beside MkDocs. ``mkdocs serve`` forks it once the pages are written, so that the second
        core goes to the rebuild of the edited page first."""
        self.writing = build.start_open_data(site)

    def write(self, build: SiteBuild, site: Path, policies: Policies, site_url: str) -> None:
        with self.stages.stage("facetindex"):
            self.say(f"catalogus: {build.write_facet_index(site, self.cards)} kaarten en de facetindex geschreven")
        build.write_host_files(site, policies, site_url)

    def finish(self, stale: bool = False) -> None:
        """Wait for the open data and the word index of the last build, and say what they wrote.

        ``stale``: a newer save is about to be built (``mkdocs serve``), so open data still being
        written is stopped rather than waited for; at 10,000 records it took longer than the
        pause between two saves, and each save then waited for the one before.
        """
        writing, indexing = self.writing, self.indexing
        self.writing = self.indexing = None
        if writing is not None and stale and not writing.done():
            writing.cancel()
            self.say("open data: gestopt voor de nieuwe rebuild, die ze opnieuw schrijft")
        elif writing is not None:
            written = writing.wait()
            seconds = f"{writing.seconds:.2f}".replace(".", ",")
            self.stages.add("open data (ernaast)", writing.seconds)
            self.say(
                f"open data: {wording.plural(written.records, 'record', 'records')}, {written.changed} van "
                f"{written.files} bestanden geschreven in {seconds} s"
            )
        if indexing is not None:
            self.say(f"catalogus: {wording.plural(indexing.wait(), 'record', 'records')} in de zoekindex")
            self.stages.add("zoekindex (ernaast)", indexing.seconds)
        if self.stages.seconds:
            self.say(self.stages.line())
        self.stages = Stages()

    def abandon(self) -> None:
        """After a failed build: let a started index and open data end, so no process outlives it."""
        running = (self.indexing, self.writing)
        self.indexing = self.writing = None
        for work in running:
            if work is not None:
                with contextlib.suppress(Exception):  # the build's own error is the one to report
                    work.wait()
