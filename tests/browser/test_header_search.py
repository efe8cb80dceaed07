"""The header search finds records by title (zoektitels.js and zoekindex/titels.json) above
Material's results: first, with kind and recognition, as you type; Enter opens the catalogue;
hand-written pages are still found; keys and axe; the title index only after typing."""

from __future__ import annotations

import re

import pytest

from tests.browser.test_security import LISTEN

PAGE = "toegankelijkheid/"  # a hand-written page: the box is on every page
TITLE = "Beweegochtend in de wijk"  # tests/fixtures/kb/interventions/interventies/beweegochtend.yaml
RECORDS = ".kb-zoektitels__link"
TITLES = "zoekindex/titels.json"


def open_search(page, url: str, text: str, wait: bool = True) -> None:
    """Type ``text`` into the header search as a person does, and wait for the records."""
    page.goto(url)
    page.wait_for_load_state("networkidle")
    if page.viewport_size["width"] < 960:  # Material's phone layout: the box opens from the header
        page.click("label.md-header__button[for=__search]")
    else:
        page.click(".md-search__input")
    page.keyboard.type(text, delay=20)
    if wait:
        page.wait_for_selector(f"{RECORDS} >> nth=0")


def records(page) -> list[dict]:
    return page.eval_on_selector_all(
        RECORDS,
        "links => links.map(link => ({text: link.innerText, href: link.getAttribute('href')}))",
    )


def test_a_records_title_finds_it_first_with_kind_and_recognition(page, fixture_url):
    open_search(page, f"{fixture_url}/{PAGE}", TITLE)
    first = records(page)[0]
    assert first["href"].endswith("/interventies/beweegochtend/")
    assert TITLE in first["text"]
    assert "Interventie" in first["text"] and "Erkend: Goed onderbouwd" in first["text"]
    assert page.is_visible(f"{RECORDS} >> nth=0")


def test_matches_ignore_case_and_accents_and_put_title_starts_first(page, fixture_url):
    open_search(page, f"{fixture_url}/{PAGE}", "wélzijn TILB")
    assert records(page)[0]["text"].startswith("Welzijn Tilburg")
    page.fill(".md-search__input", "")
    page.keyboard.type("tilburg")  # a word start in three titles: the one that starts with it is not here
    page.wait_for_function("document.querySelectorAll('.kb-zoektitels__link').length === 3")
    titles = [found["text"].splitlines()[0] for found in records(page)]
    assert titles == ["Beweegochtend in een Tilburgse wijk", "Gemeente Tilburg", "Welzijn Tilburg"]  # title order


def test_enter_opens_the_catalogue_with_the_query(page, fixture_url):
    open_search(page, f"{fixture_url}/{PAGE}", "beweeg wijk")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/catalogus/\?zoek=beweeg(\+|%20)wijk$"))
    page.wait_for_function("document.querySelector('.kb-catalogue').dataset.searchState === 'ready'")


def test_hand_written_pages_are_still_found_below_the_records(page, fixture_url):
    open_search(page, f"{fixture_url}/{PAGE}", "beweeg")
    page.wait_for_selector(".md-search-result__list a[href*='bronnen/']", state="visible")
    page.fill(".md-search__input", "")
    page.keyboard.type("dreigingsmodel")  # no record's title: Material's results alone
    # Material redraws its list as each key comes in: wait until the page's link is shown, not just there
    page.wait_for_selector(".md-search-result__list a[href*='dreigingsmodel/']", state="visible")
    assert page.eval_on_selector_all(RECORDS, "links => links.length") == 0


def test_arrows_and_tab_reach_the_record_links(page, fixture_url):
    open_search(page, f"{fixture_url}/{PAGE}", "beweeg")
    page.wait_for_selector(".md-search-result__list a")  # Material's results below ours
    focused = "document.activeElement.getAttribute('href') || document.activeElement.className"
    page.keyboard.press("ArrowDown")  # Material's own keys: its links and ours, in document order
    assert page.evaluate(focused).endswith("/interventies/beweegochtend/")
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused).endswith("/praktijkvoorbeelden/beweegochtend-tilburg/")
    page.keyboard.press("ArrowUp")
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.press("Tab")  # Tab from the box: the first record, not out of the search
    assert page.evaluate(focused).endswith("/interventies/beweegochtend/")
    page.keyboard.press("Tab")
    assert page.evaluate(focused).endswith("/praktijkvoorbeelden/beweegochtend-tilburg/")
    page.keyboard.press("Tab")
    assert "catalogus/?zoek=beweeg" in page.evaluate(focused)
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    assert page.evaluate("document.getElementById('__search').checked")  # the search stayed open
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # on a focused record: its page
    assert page.url.endswith("/interventies/beweegochtend/")


def test_the_records_are_a_labelled_list_and_their_count_is_announced(page, fixture_url):
    open_search(page, f"{fixture_url}/{PAGE}", "beweeg")
    label = page.eval_on_selector(".kb-zoektitels__lijst", "list => list.getAttribute('aria-labelledby')")
    assert page.inner_text(f"#{label}") == "In de catalogus"
    assert page.eval_on_selector_all(".kb-zoektitels__lijst > li > a", "links => links.length") == 2
    page.wait_for_function("document.querySelector('.kb-zoektitels [role=status]').textContent !== ''")
    assert page.inner_text(".kb-zoektitels [role=status]").startswith("2 records met deze titel")


@pytest.mark.parametrize("width", [1280, 390])
def test_the_open_search_passes_axe(page, fixture_url, all_violations, width):
    page.set_viewport_size({"width": width, "height": 800})
    open_search(page, f"{fixture_url}/{PAGE}", "beweeg")
    page.wait_for_selector(".md-search-result__list a", state="visible")
    # Material fades its results in: judge the colours once no transition is running
    page.wait_for_function("document.getAnimations().every(animation => animation.playState !== 'running')")
    assert all_violations(page) == []


def test_the_title_index_is_requested_only_after_typing(page, fixture_url):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{fixture_url}/{PAGE}")
    page.wait_for_load_state("networkidle")
    page.click(".md-search__input")  # opening the search is not yet typing
    page.wait_for_timeout(300)
    assert [url for url in requested if TITLES in url] == []
    page.keyboard.type("beweegochtend", delay=20)  # many keys, one request
    page.wait_for_selector(f"{RECORDS} >> nth=0")
    assert [url for url in requested if TITLES in url] == [f"{fixture_url}/{TITLES}"]


def test_the_header_search_works_within_the_policy(browser, fixture_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})  # the CSP not lifted
    page = context.new_page()
    page.add_init_script(LISTEN)
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    try:
        open_search(page, f"{fixture_url}/interventies/oude-aanpak/", TITLE)
        assert records(page)[0]["href"].endswith("/interventies/beweegochtend/")
        assert page.evaluate("window.__violations") == []
        assert [text for text in console if "Content Security Policy" in text] == []
    finally:
        context.close()
