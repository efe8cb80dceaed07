"""Browser fixtures: the project's site built once, served on a free loopback port, and
Debian's Chromium driven by Playwright (Playwright's own browser download does not work here).

On a laptop without Chromium, axe-core, Java, the Nu HTML Checker or Lighthouse these tests
skip; with ``CI=true`` they fail instead, so CI can never pass without having run them.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from benchmarks.browser import CHROMIUM_FLAGS  # one set of flags for Chromium on this closed network
from tests.constants import FIXTURE, ROOT

CHROMIUM = os.environ.get("KENNISBANK_CHROMIUM", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
# What shows that a page that fills itself in the browser is ready, by a part of its address.
READY = {
    "catalogus/": "document.querySelector('.kb-catalogue').dataset.searchState === 'ready'",
    "vergelijken/": "document.querySelector('.kb-compare').dataset.compareState === 'ready'",
    "bijdragen/formulier/": "document.querySelector('[data-kb-form]').dataset.formState === 'ready'",
}


def missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is required in CI", pytrace=False)
    pytest.skip(f"{what} not available")


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The project's own site, built once into a temporary folder."""
    target = tmp_path_factory.mktemp("site") / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(target)], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The fixture knowledge base (every kind, a current and an expired recognition), built."""
    project = tmp_path_factory.mktemp("fixture-kb")
    for name in ("schema", "docs"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(FIXTURE / "interventions", project / "interventions")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", "site"], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return project / "site"


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    """The folder served on a free loopback port, until ``shutdown()``; also used by screenshots.py."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="session")
def serve_folder():
    """``serve_folder(folder)``: a server on a free loopback port; the caller shuts it down."""
    return serve


@pytest.fixture(scope="session")
def base_url(site) -> str:
    server = serve(site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def fixture_url(fixture_site) -> str:
    server = serve(fixture_site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


@pytest.fixture(scope="session")
def browser():
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing(f"Chromium ({CHROMIUM})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing("the playwright package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def _failed(request, errors: list[str]) -> None:
    """A request that failed, except one the browser dropped because the page went elsewhere
    (Material's search worker still loading its language file when a test navigates on)."""
    if request.failure != "net::ERR_ABORTED":
        errors.append(f"request failed: {request.url} ({request.failure})")


@pytest.fixture
def page(browser):
    # Playwright evaluates waits and probes as strings, which the site's CSP (no 'unsafe-eval')
    # refuses; tests of behaviour lift it, tests of the policy itself (test_security) do not.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: _failed(request, errors))
    yield page
    context.close()
    assert errors == [], "the page raised errors or requested something that failed"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        missing("axe-core (run: npm install)")
    return AXE.read_text(encoding="utf-8")


WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]  # wcag22aa: target size (2.5.8)


def axe_violations(page, axe_source: str) -> list[dict]:
    page.add_script_tag(content=axe_source)
    return page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
        ".map(v => ({id: v.id, impact: v.impact, target: v.nodes.map(n => n.target.join(' '))}))",
        WCAG,
    )


@pytest.fixture(scope="session")
def serious_violations(axe_source):
    """``serious_violations(page)``: what axe-core finds serious or critical on the page (WCAG 2.2 A and AA)."""

    def check(page) -> list[str]:
        return [
            f"{v['id']} ({v['impact']}): {v['target'][:3]}"
            for v in axe_violations(page, axe_source)
            if v["impact"] in ("serious", "critical")
        ]

    return check


@pytest.fixture(scope="session")
def all_violations(axe_source):
    """``all_violations(page)``: everything axe-core finds on the page (WCAG 2.2 A and AA), at any impact."""

    def check(page) -> list[str]:
        return [f"{v['id']} ({v['impact']}): {v['target'][:3]}" for v in axe_violations(page, axe_source)]

    return check


@pytest.fixture(scope="session")
def open_ready():
    """``open_ready(page, url)``: the page opened and, where it fills itself in, filled in."""

    def open_page(page, url: str) -> None:
        page.goto(url)
        for part, ready in READY.items():
            if f"/{part}" in url:
                page.wait_for_function(ready)
        page.wait_for_load_state("networkidle")

    return open_page


@pytest.fixture(scope="session")
def vnu_command() -> list[str]:
    """The W3C Nu HTML Checker (npm ``vnu-jar``) as a command that takes file names."""
    java = shutil.which("java")
    if java is None:
        missing("Java (apt-get install default-jre-headless)")
    if not VNU.exists():
        missing("the Nu HTML Checker (run: npm ci)")
    return [java, "-jar", str(VNU), "--errors-only", "--format", "gnu"]


@pytest.fixture(scope="session")
def run_lighthouse():
    """``run_lighthouse(url, report)``: Lighthouse (npm ``lighthouse``) on Debian's Chromium, its
    JSON report written to ``report``; accessibility, best practices and SEO, desktop."""
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        missing(f"Chromium ({CHROMIUM})")
    if not LIGHTHOUSE.exists():
        missing("Lighthouse (run: npm ci)")
    flags = " ".join(["--headless=new", *CHROMIUM_FLAGS])
    env = {**os.environ, "CHROME_PATH": shutil.which(CHROMIUM) or CHROMIUM}

    def run(url: str, report: Path) -> subprocess.CompletedProcess:
        command = [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--preset=desktop",
            "--only-categories=accessibility,best-practices,seo",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={flags}",
        ]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)

    return run
