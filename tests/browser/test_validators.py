"""Independent validators on one built page of each type of the fixture knowledge base: the W3C
Nu HTML Checker (npm ``vnu-jar``, on Java) finds no error in the HTML as written, and Lighthouse
(npm ``lighthouse``, on Debian's Chromium) scores accessibility, best practices and SEO 100.

The checker reads every page in one run (about 3 s); Lighthouse runs once per page type, two at a
time (about 6 s a page), against the one server of the fixture site.
"""

from __future__ import annotations

import json
import re
import subprocess
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.constants import FIXTURE_PAGES

CATEGORIES = ("accessibility", "best-practices", "seo")
NOT_FOUND = "404.html"  # the page a host serves for a missing address
GNU_LINE = re.compile(r'^"file:(?P<file>[^"]+)":(?P<where>[\d.\-]+): (?P<kind>[\w ]+): (?P<message>.*)$')


def html_file(site: Path, path: str) -> Path:
    path = path.split("?")[0]
    return site / path if path.endswith(".html") else site / path / "index.html"


@pytest.fixture(scope="module")
def nu_errors(fixture_site, vnu_command) -> dict[Path, list[str]]:
    """The checker's errors by file, from one run over one page of each type."""
    files = [html_file(fixture_site, path) for path in [*FIXTURE_PAGES.values(), NOT_FOUND]]
    result = subprocess.run([*vnu_command, *map(str, files)], capture_output=True, text=True, timeout=300)
    errors: dict[Path, list[str]] = {file: [] for file in files}
    for line in (result.stdout + result.stderr).splitlines():
        found = GNU_LINE.match(line)
        assert found, f"the checker said something unexpected: {line}"
        errors[Path(found["file"])].append(f"{found['where']}: {found['message']}")
    assert result.returncode in (0, 1), result.stderr
    return errors


@pytest.mark.parametrize("path", [*FIXTURE_PAGES.values(), NOT_FOUND], ids=[*FIXTURE_PAGES, "not-found"])
def test_the_nu_html_checker_finds_no_error(fixture_site, nu_errors, path):
    assert nu_errors[html_file(fixture_site, path)] == []


@pytest.fixture(scope="module")
def lighthouse(fixture_url, run_lighthouse, tmp_path_factory):
    """``lighthouse(path)``: Lighthouse's report on the page. The page asked for first starts
    first; the other page types follow, two at a time, while the tests look at the results."""
    out = tmp_path_factory.mktemp("lighthouse")

    def run(name: str, path: str) -> dict:
        report = out / f"{name}.json"
        result = run_lighthouse(f"{fixture_url}/{path}", report)
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(report.read_text(encoding="utf-8"))

    pool = ThreadPoolExecutor(max_workers=2)
    started: dict[str, Future] = {}

    def report(name: str) -> dict:
        for other in [name, *FIXTURE_PAGES]:
            if other not in started:
                started[other] = pool.submit(run, other, FIXTURE_PAGES[other])
        return started[name].result()

    yield report
    pool.shutdown(cancel_futures=True)


def failing_audits(report: dict, category: str) -> list[str]:
    """The audits that cost the category points, with what Lighthouse says about them."""
    failing = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
            items = audit.get("details", {}).get("items", [])[:3]
            failing.append(f"{ref['id']}: {audit.get('explanation') or audit.get('displayValue') or ''} {items}")
    return failing


@pytest.mark.parametrize("name", FIXTURE_PAGES)
def test_lighthouse_scores_accessibility_best_practices_and_seo_100(lighthouse, name):
    report = lighthouse(name)
    assert report.get("runtimeError") is None, report["runtimeError"]
    scores = {category: report["categories"][category]["score"] for category in CATEGORIES}
    failing = [audit for category in CATEGORIES for audit in failing_audits(report, category)]
    assert scores == dict.fromkeys(CATEGORIES, 1), failing
