"""Browser fixtures: the project's site built once, served on a free loopback port, and
Debian's Chromium driven by Playwright (Playwright's own browser download does not work here).

On a laptop without Chromium or axe-core these tests skip; with ``CI=true`` they fail instead,
so CI can never pass without having run them.
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


@pytest.fixture
def page(browser):
    # Playwright evaluates waits and probes as strings, which the site's CSP (no 'unsafe-eval')
    # refuses; tests of behaviour lift it, tests of the policy itself (test_security) do not.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, bypass_csp=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("requestfailed", lambda request: errors.append(f"request failed: {request.url}"))
    yield page
    context.close()
    assert errors == [], "the page raised errors or requested something that failed"


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        missing("axe-core (run: npm install)")
    return AXE.read_text(encoding="utf-8")


WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="session")
def serious_violations(axe_source):
    """``serious_violations(page)``: what axe-core finds serious or critical on the page (WCAG 2.1 A and AA)."""

    def check(page) -> list[str]:
        page.add_script_tag(content=axe_source)
        violations = page.evaluate(
            "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}})).violations"
            ".map(v => ({id: v.id, impact: v.impact, target: v.nodes.map(n => n.target.join(' '))}))",
            WCAG,
        )
        return [
            f"{v['id']} ({v['impact']}): {v['target'][:3]}"
            for v in violations
            if v["impact"] in ("serious", "critical")
        ]

    return check
