"""Every page type as a phone user sees it and as the browser loads it: nothing scrolls sideways
at 320 CSS pixels (WCAG 1.4.10, reflow), the recognition note wraps, no page asks for something
that is not there, and axe finds no WCAG 2.2 A or AA violation of any impact."""

from __future__ import annotations

import pytest
import yaml

from tests.constants import FIXTURE_PAGES, ROOT

NARROW = {"width": 320, "height": 640}
# The project's interventions whose recognition has a note (the fixture's have none).
NOTED = sorted(
    path.stem
    for path in (ROOT / "interventions" / "interventies").glob("*.yaml")
    if (yaml.safe_load(path.read_text(encoding="utf-8")).get("recognition") or {}).get("note")
)


@pytest.fixture
def narrow_page(browser):
    context = browser.new_context(viewport=NARROW, bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("path", FIXTURE_PAGES.values(), ids=FIXTURE_PAGES)
def test_no_page_scrolls_sideways_at_320_px(narrow_page, fixture_url, open_ready, path):
    open_ready(narrow_page, f"{fixture_url}/{path}")
    wider = narrow_page.evaluate(
        """() => [...document.querySelectorAll('article *')]
            .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .filter(e => !e.closest('[hidden], .kb-visually-hidden, .md-typeset__scrollwrap'))
            .slice(0, 5).map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 40))"""
    )
    width = narrow_page.evaluate("document.documentElement.scrollWidth")
    assert width <= NARROW["width"], f"{width} px wide; too wide: {wider}"


def test_the_recognition_note_wraps_within_a_phone_screen(narrow_page, base_url):
    assert NOTED, "some intervention has a recognition note"
    narrow_page.goto(f"{base_url}/interventies/{NOTED[0]}/")
    box = narrow_page.locator("p.kb-note").bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= NARROW["width"], box
    assert narrow_page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]


@pytest.mark.parametrize("path", FIXTURE_PAGES.values(), ids=FIXTURE_PAGES)
def test_no_page_requests_anything_that_is_missing(page, fixture_url, open_ready, path):
    missing: list[str] = []
    page.on("response", lambda response: missing.append(response.url) if response.status >= 400 else None)
    open_ready(page, f"{fixture_url}/{path}")
    assert missing == []


@pytest.mark.parametrize("path", FIXTURE_PAGES.values(), ids=FIXTURE_PAGES)
def test_axe_finds_no_wcag_2_2_violation_of_any_impact(page, fixture_url, open_ready, all_violations, path):
    open_ready(page, f"{fixture_url}/{path}")
    assert all_violations(page) == []


@pytest.mark.parametrize("width", [320, 390])
def test_the_gap_map_s_cell_links_are_24_px_targets_on_a_phone(browser, base_url, all_violations, width):
    """Squeezed into a phone's width the project's map (many cells with a link) failed axe's
    target-size rule on over a hundred links; on a desktop it never showed."""
    context = browser.new_context(viewport={"width": width, "height": 800}, bypass_csp=True)
    page = context.new_page()
    page.goto(f"{base_url}/bewijskaart/")
    try:
        assert page.locator(".kb-gap-table td a").count() > 20
        assert all_violations(page) == []
    finally:
        context.close()
