"""The catalogue in headless Chromium: filters, full text, sorting, paging and URL state."""

from __future__ import annotations

import math
import re
from urllib.parse import parse_qs, urlparse

import yaml

from tests.constants import ROOT


def record_kinds() -> dict[str, str]:
    return {path.stem: path.parent.name for path in (ROOT / "interventions").glob("*/*.yaml")}


def titles() -> dict[str, str]:
    return {path.stem: yaml.safe_load(path.read_text())["title"] for path in (ROOT / "interventions").glob("*/*.yaml")}


READY = "document.querySelector('.kb-catalogue').dataset.searchState === 'ready'"


def open_catalogue(page, base_url, query=""):
    page.goto(f"{base_url}/catalogus/{query}")
    page.wait_for_function(READY)


def result_count(page) -> int:
    return int(page.get_attribute("[data-result-count]", "data-result-count"))


def shown_ids(page) -> list[str]:
    return page.eval_on_selector_all("[data-record-id]", "els => els.map(e => e.dataset.recordId)")


def wait_for_count(page, expected: int):
    """Wait until the search shows ``expected`` results and has updated every facet count."""
    page.wait_for_function(f"document.querySelector('[data-result-count]').dataset.resultCount === '{expected}'")
    page.wait_for_function(READY)


def test_all_records_are_counted_and_only_one_page_is_rendered(page, base_url):
    open_catalogue(page, base_url)
    assert result_count(page) == len(record_kinds())
    assert len(shown_ids(page)) == 20


def test_the_first_page_is_in_the_html_and_the_search_shows_the_same(browser, page, base_url):
    context = browser.new_context(java_script_enabled=False)
    static = context.new_page()
    static.goto(f"{base_url}/catalogus/")
    in_html = shown_ids(static)
    context.close()
    open_catalogue(page, base_url, "?sort=title")  # the same view, but searched live
    assert page.evaluate("performance.getEntriesByName('kb:results').length") == 1
    assert len(in_html) == 20 and shown_ids(page) == in_html


def test_a_facet_filters_and_the_url_records_it(page, base_url):
    open_catalogue(page, base_url)
    page.check("#kb-kind-intervention")
    interventions = sorted(rid for rid, folder in record_kinds().items() if folder == "interventies")
    wait_for_count(page, len(interventions))
    shown = shown_ids(page)
    assert len(shown) == min(20, len(interventions)) and set(shown) <= set(interventions)
    assert parse_qs(urlparse(page.url).query) == {"kind": ["intervention"]}


def test_values_in_one_facet_combine_with_or_and_facets_with_and(page, base_url):
    kinds = record_kinds()
    interventions = sum(1 for folder in kinds.values() if folder == "interventies")
    examples = sum(1 for folder in kinds.values() if folder == "praktijkvoorbeelden")
    open_catalogue(page, base_url, "?kind=intervention&kind=practice-example")
    wait_for_count(page, interventions + examples)
    page.check("#kb-municipalities-GM0855")
    wait_for_count(page, 1)
    assert shown_ids(page) == ["tilburg-zorgcarrousel-en-fysio-oefenochtend"]


def test_full_text_search_finds_words_in_the_record_text(page, base_url):
    open_catalogue(page, base_url)
    page.fill("#kb-q", "oefenochtend")
    page.wait_for_function("new URLSearchParams(location.search).get('zoek') === 'oefenochtend'")
    page.wait_for_function("document.querySelectorAll('[data-record-id]').length < 20")
    page.wait_for_function(READY)
    assert "fysio-oefenochtend" in shown_ids(page)
    assert len(shown_ids(page)) == result_count(page)


def test_the_state_is_restored_from_the_url_and_survives_a_reload(page, base_url):
    open_catalogue(page, base_url, "?zoek=buurtsportcoach&kind=collaboration-tip&sort=title")
    wait_for_count(page, result_count(page))
    first = shown_ids(page)
    assert page.input_value("#kb-q") == "buurtsportcoach"
    assert page.is_checked("#kb-kind-collaboration-tip")
    assert page.input_value("#kb-sort") == "title"
    assert first and all(record_kinds()[rid] == "samenwerkingstips" for rid in first)
    page.reload()
    page.wait_for_function(READY)
    assert shown_ids(page) == first


def test_sorting_by_title_orders_the_results(page, base_url):
    open_catalogue(page, base_url, "?kind=collaboration-tip&sort=title")
    wait_for_count(page, sum(1 for f in record_kinds().values() if f == "samenwerkingstips"))
    shown = [titles()[rid].lower() for rid in shown_ids(page)]
    assert shown == sorted(shown)


def test_paging_moves_through_the_results_and_back_and_forward_work(page, base_url):
    open_catalogue(page, base_url)
    first = shown_ids(page)
    page.click("[data-page=next]")
    page.wait_for_function("new URLSearchParams(location.search).get('page') === '2'")
    page.wait_for_function(f"document.querySelector('[data-record-id]').dataset.recordId !== '{first[0]}'")
    second = shown_ids(page)
    assert not set(first) & set(second)
    assert page.text_content(".kb-pager__position") == f"Pagina 2 van {math.ceil(len(record_kinds()) / 20)}"
    page.go_back()
    page.wait_for_function(f"document.querySelector('[data-record-id]').dataset.recordId === '{first[0]}'")
    assert shown_ids(page) == first
    page.go_forward()
    page.wait_for_function(f"document.querySelector('[data-record-id]').dataset.recordId === '{second[0]}'")


def test_facet_counts_follow_the_other_filters(page, base_url):
    tilburg = [
        path
        for path in (ROOT / "interventions").glob("*/*.yaml")
        if yaml.safe_load(path.read_text()).get("municipality") == "GM0855"
    ]
    open_catalogue(page, base_url, "?municipalities=GM0855")
    wait_for_count(page, len(tilburg))
    organisations = sum(1 for path in tilburg if path.parent.name == "organisaties")
    assert page.text_content("[data-count-for='kind:practice-example']") == "(1)"
    assert page.text_content("[data-count-for='kind:organisation']") == f"({organisations})"
    assert page.text_content("[data-count-for='kind:guide-step']") == "(0)"


def test_results_link_to_record_pages(page, base_url):
    open_catalogue(page, base_url, "?zoek=zorgcarrousel&kind=intervention")
    page.click("[data-record-id=zorgcarrousel] a")
    page.wait_for_url(re.compile(r".*/interventies/zorgcarrousel/$"))
    assert page.text_content("h1") == "Zorgcarrousel"


def test_without_javascript_the_page_links_to_the_overviews(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/catalogus/")
    assert page.is_hidden("form.kb-search")
    assert len(shown_ids(page)) == 20
    html = page.content()
    assert 'href="../interventies/"' in html and 'href="../overzichten/"' in html
    context.close()
