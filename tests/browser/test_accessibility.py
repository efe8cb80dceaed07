"""WCAG 2.2 A and AA: axe-core on every kind of page, plus what axe cannot see (keyboard use,
visible focus, announced result updates, heading order)."""

from __future__ import annotations

import itertools

import pytest

READY = "document.querySelector('.kb-catalogue').dataset.searchState === 'ready'"
PROJECT_PAGES = [
    "",
    "catalogus/?kind=intervention&domains=sport&zoek=wijk",
    "interventies/fysio-oefenochtend/",
    "praktijkvoorbeelden/tilburg-zorgcarrousel-en-fysio-oefenochtend/",
    "samenwerkingstips/tel-en-vertel/",
    "organisaties/movisie/",
    "stappenplan/stap-2-sturen-of-loslaten/",
    "stappenplan/",
    "interventies/",
    "domeinen/sport/",
    "bewijskaart/",  # with the project's records many cells hold a link: WCAG 2.2's 24 px target size
    "overzichten/",
    "over-de-beoordelingen/",
    "toegankelijkheid/",
]
BADGE_PAGES = ["interventies/beweegochtend/", "interventies/oude-aanpak/", "interventies/zonder-erkenning/"]


@pytest.mark.parametrize("path", PROJECT_PAGES)
def test_axe_finds_no_serious_violation(page, base_url, serious_violations, path):
    page.goto(f"{base_url}/{path}")
    if path.startswith("catalogus"):
        page.wait_for_function(READY)
    assert serious_violations(page) == []


@pytest.mark.parametrize("path", BADGE_PAGES)
def test_recognition_badges_pass_axe(page, fixture_url, serious_violations, path):
    page.goto(f"{fixture_url}/{path}")
    assert page.locator(".kb-badge").count() == 1
    assert serious_violations(page) == []


def test_facets_and_search_work_by_keyboard_alone_with_visible_focus(page, base_url):
    page.goto(f"{base_url}/catalogus/")
    page.wait_for_function(READY)
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "kb-q":
            break
    assert page.evaluate("document.activeElement.id") == "kb-q", "the search box is reachable with Tab"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", "focus is visible"
    page.keyboard.type("verbinder")
    page.keyboard.press("Enter")
    page.wait_for_function("new URLSearchParams(location.search).get('zoek') === 'verbinder'")
    while page.evaluate("document.activeElement.id") != "kb-kind-intervention":
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    page.wait_for_function("new URLSearchParams(location.search).get('kind') === 'intervention'")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    # the results follow the address: wait until the query and the facet have both been applied
    page.wait_for_function("document.querySelectorAll('.kb-results [data-record-id]').length < 10")
    ids = page.eval_on_selector_all("[data-record-id]", "els => els.map(e => e.dataset.recordId)")
    assert "buurtsportcoach-als-verbinder" in ids


def test_result_updates_are_announced(page, base_url):
    page.goto(f"{base_url}/catalogus/")
    page.wait_for_function(READY)
    status = page.locator("[data-result-count]")
    assert status.get_attribute("aria-live") == "polite" and status.get_attribute("role") == "status"
    page.check("#kb-kind-guide-step")
    page.wait_for_function("document.querySelector('[data-result-count]').dataset.resultCount === '5'")
    assert status.text_content() == "5 resultaten"


@pytest.mark.parametrize("path", ["interventies/fysio-oefenochtend/", "stappenplan/stap-1-startfoto/", "catalogus/"])
def test_headings_start_at_one_h1_and_never_skip_a_level(page, base_url, path):
    page.goto(f"{base_url}/{path}")
    levels = page.eval_on_selector_all(
        "article h1, article h2, article h3, article h4", "els => els.map(e => Number(e.tagName[1]))"
    )
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(later - earlier <= 1 for earlier, later in itertools.pairwise(levels)), levels
