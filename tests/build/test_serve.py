"""The edit loop: under ``mkdocs serve --dirty`` a saved record shows in its page, and a record
saved halfway through editing keeps the last good pages served."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from benchmarks.edit_loop import free_port

TIP = "interventions/samenwerkingstips/koppel-terug.yaml"
PAGE = "samenwerkingstips/koppel-terug/"
RELATED = "interventies/beweegochtend/"  # lists the tip by its title


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(check, what: str, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"gave up waiting for {what}")


@pytest.fixture
def served(tmp_path, make_project):
    project = make_project(tmp_path / "kb")
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: "Koppel terug" in fetch(base + PAGE), "the first build")
        yield project, base, tmp_path / "serve.log"
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def edit(project: Path, old: str, new: str) -> None:
    path = project / TIP
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_an_edited_record_shows_in_its_page_and_in_the_pages_that_list_it(served):
    project, base, _ = served
    edit(project, "title: Koppel terug hoe het gaat", "title: Vertel terug hoe het ging")
    wait_for(lambda: "Vertel terug hoe het ging" in fetch(base + PAGE), "the edited page")
    assert "Vertel terug hoe het ging" in fetch(base + RELATED), "a page that lists the record went stale"
    assert "Koppel terug hoe het gaat" not in fetch(base + RELATED)


def test_an_invalid_save_keeps_the_last_good_page_served_and_the_next_good_save_rebuilds(served):
    project, base, log = served
    edit(project, "domains: [", "domains: [sprot, ")
    wait_for(lambda: "onbekende waarde 'sprot' voor domein" in log.read_text(), "the validator's report")
    wait_for(lambda: "de site blijft de laatste goede versie tonen" in log.read_text(), "the keep-serving notice")
    assert "Koppel terug hoe het gaat" in fetch(base + PAGE)
    assert "Traceback" not in log.read_text()
    edit(project, "domains: [sprot, ", "domains: [")
    edit(project, "title: Koppel terug hoe het gaat", "title: Weer goed opgeslagen")
    wait_for(lambda: "Weer goed opgeslagen" in fetch(base + PAGE), "the rebuild after a good save")


def test_a_new_record_appears_and_a_removed_record_goes(served):
    """MkDocs leaves a deleted page's output behind, even with --dirty: the page must go, and its JSON."""
    project, base, log = served
    new = project / "interventions" / "samenwerkingstips" / "nieuwe-tip.yaml"
    new.write_text((project / TIP).read_text(encoding="utf-8").replace("Koppel terug hoe het gaat", "Een nieuwe tip"))
    wait_for(lambda: "Een nieuwe tip" in fetch(base + "samenwerkingstips/nieuwe-tip/"), "the new record's page")
    # the open data follows the page: serve writes it while the browser reloads
    wait_for(lambda: "Een nieuwe tip" in fetch(base + "samenwerkingstips/nieuwe-tip.json"), "the new record's JSON")
    new.unlink()

    def gone() -> bool:
        try:
            fetch(base + "samenwerkingstips/nieuwe-tip/")
        except urllib.error.HTTPError as error:
            return error.code == 404
        return False

    wait_for(gone, "the removed record's page to go")
    with pytest.raises(urllib.error.HTTPError):
        fetch(base + "samenwerkingstips/nieuwe-tip.json")
    assert "Een nieuwe tip" not in fetch(base + "samenwerkingstips/"), "the overview no longer lists it"
    assert "1 pagina van verwijderde records weggehaald" in log.read_text()
