"""The catalogue's own index in headless Chromium: filter-only views never touch Pagefind, every
count equals the count computed here from the entries, a text query with a facet is the query's
results filtered by hand, sorting by review date, paging, deep links and a site under a sub-path."""

from __future__ import annotations

import functools
import re
from collections import Counter
from urllib.parse import urlencode

import pytest

from kennisbank.core.project import load_project
from kennisbank.site.records.entries import build_entries
from tests.constants import ROOT

READY = "document.querySelector('.kb-catalogue').dataset.searchState === 'ready'"
PAGE_SIZE = 20


@functools.cache
def entries() -> list:
    return list(build_entries(load_project(ROOT).model).values())  # title order, as the site numbers them


def passes(entry, filters: dict[str, list[str]], without: str = "") -> bool:
    return all(
        any(value in entry.filters.get(key, ()) for value in values)
        for key, values in filters.items()
        if key != without
    )


def expected(filters: dict[str, list[str]], among: list | None = None) -> tuple[list[str], dict[str, int]]:
    """The ids that pass the filters, in the order of ``among``, and each facet option's count:
    values in a facet OR, facets AND, a facet's own options counted under the other facets only."""
    among = entries() if among is None else among
    found = [entry.id for entry in among if passes(entry, filters)]
    counts: Counter = Counter()
    for entry in among:
        for key, values in entry.filters.items():
            if passes(entry, filters, without=key):
                counts.update(f"{key}:{value}" for value in values)
    return found, counts


def url(base_url: str, params: list[tuple[str, str]]) -> str:
    return f"{base_url}/catalogus/" + (f"?{urlencode(params)}" if params else "")


def open_view(page, base_url, params: list[tuple[str, str]]):
    page.goto(url(base_url, params))
    page.wait_for_function(READY)


def shown_ids(page) -> list[str]:
    return page.eval_on_selector_all(".kb-results [data-record-id]", "els => els.map(e => e.dataset.recordId)")


def result_count(page) -> int:
    return int(page.get_attribute("[data-result-count]", "data-result-count"))


def shown_counts(page) -> dict[str, int]:
    return page.eval_on_selector_all(
        "[data-count-for]",
        "els => Object.fromEntries(els.map(e => [e.dataset.countFor, Number(e.textContent.replace(/[()]/g, ''))]))",
    )


def every_id(page, base_url, params: list[tuple[str, str]]) -> list[str]:
    """All results of a view, in its order, page by page through deep links."""
    open_view(page, base_url, params)
    found = shown_ids(page)
    pages = -(-result_count(page) // PAGE_SIZE)
    for number in range(2, pages + 1):
        open_view(page, base_url, [*params, ("page", str(number))])
        found += shown_ids(page)
    assert len(found) == result_count(page) == len(set(found))
    return found


@pytest.fixture
def requests(page) -> list[str]:
    found: list[str] = []
    page.on("request", lambda request: found.append(request.url))
    return found


COMBINATIONS = [
    [("kind", "intervention"), ("kind", "practice-example")],
    [("domains", "sport"), ("domains", "zorg"), ("kind", "collaboration-tip")],
    [("kind", "intervention"), ("kind", "organisation"), ("themes", "gezondheid"), ("valid", "ja")],
    [
        ("professions", "buurtsportcoach"),
        ("professions", "fysiotherapeut"),
        ("settings", "wijk"),
        ("settings", "sportvereniging"),
    ],
]


def grouped(params: list[tuple[str, str]]) -> dict[str, list[str]]:
    filters: dict[str, list[str]] = {}
    for key, value in params:
        filters.setdefault(key, []).append(value)
    return filters


@pytest.mark.parametrize("params", COMBINATIONS, ids=lambda params: "&".join(f"{k}={v}" for k, v in params))
def test_every_count_equals_the_count_computed_from_the_entries(page, base_url, params):
    open_view(page, base_url, params)
    ids, counts = expected(grouped(params))
    assert result_count(page) == len(ids)
    assert shown_ids(page) == ids[:PAGE_SIZE], "title order, the first page"
    shown = shown_counts(page)
    assert shown == {option: counts.get(option, 0) for option in shown}
    assert sum(shown.values()) > 0


def test_a_filter_only_view_makes_no_pagefind_request_at_all(page, base_url, requests):
    open_view(page, base_url, [("kind", "intervention")])
    page.check("#kb-domains-sport")
    page.wait_for_function(READY)
    page.click("[data-page=next]")
    page.wait_for_function("new URLSearchParams(location.search).get('page') === '2'")
    page.wait_for_function(READY)
    page.select_option("#kb-sort", "reviewed")
    page.wait_for_function(READY)
    page.go_back()
    page.wait_for_function(READY)
    page.click("form.kb-search button[type=reset]")
    page.wait_for_function(READY)
    assert result_count(page) == len(entries())
    assert [found for found in requests if "/pagefind" in found] == []
    assert sum("/zoekindex/facetten.json" in found for found in requests) == 1
    assert any("/zoekindex/bijgewerkt.json" in found for found in requests)


def test_the_unfiltered_first_view_loads_the_facet_index_but_no_card_and_no_pagefind(page, base_url, requests):
    open_view(page, base_url, [])
    page.wait_for_load_state("networkidle")
    assert any("/zoekindex/facetten.json" in found for found in requests)
    assert not [found for found in requests if "/pagefind" in found or "/kaarten/" in found]


QUERY = "gemeente"


def test_a_text_query_with_a_facet_is_the_querys_results_filtered_by_hand(page, base_url):
    by_id = {entry.id: entry for entry in entries()}
    relevance = every_id(page, base_url, [("zoek", QUERY)])
    assert 20 < len(relevance) < len(by_id), "a query that needs paging and leaves records out"
    filters = {"kind": ["intervention", "collaboration-tip"]}
    params = [("zoek", QUERY), ("kind", "intervention"), ("kind", "collaboration-tip")]
    by_hand = [rid for rid in relevance if passes(by_id[rid], filters)]
    assert every_id(page, base_url, params) == by_hand, "the same records, in Pagefind's order"
    matched = [by_id[rid] for rid in relevance]
    ids, counts = expected(filters, among=sorted(matched, key=entries().index))
    assert every_id(page, base_url, [*params, ("sort", "title")]) == ids
    shown = shown_counts(page)
    assert shown == {option: counts.get(option, 0) for option in shown}


def test_a_query_that_matches_nothing_shows_no_results_and_zero_counts(page, base_url):
    open_view(page, base_url, [("zoek", "xqzzyv")])
    assert result_count(page) == 0 and shown_ids(page) == []
    assert set(shown_counts(page).values()) == {0}
    assert page.is_hidden(".kb-pager")


def test_sorting_by_review_date_puts_the_newest_first_then_title_order(page, base_url):
    listed = entries()
    newest = sorted(range(len(listed)), key=lambda n: listed[n].reviewed, reverse=True)
    order = [listed[n].id for n in newest]
    open_view(page, base_url, [("sort", "reviewed")])
    assert shown_ids(page) == order[:PAGE_SIZE]
    page.click("[data-page=next]")
    page.wait_for_function("new URLSearchParams(location.search).get('page') === '2'")
    page.wait_for_function(READY)
    assert shown_ids(page) == order[PAGE_SIZE : 2 * PAGE_SIZE]
    tips = [rid for rid in order if next(e for e in listed if e.id == rid).kind == "collaboration-tip"]
    open_view(page, base_url, [("kind", "collaboration-tip"), ("sort", "reviewed")])
    assert shown_ids(page) == tips[:PAGE_SIZE]


def test_a_deep_link_to_a_later_page_shows_that_page_and_the_pager_moves_on(page, base_url):
    ids, _ = expected({"domains": ["sport", "welzijn"]})
    pages = -(-len(ids) // PAGE_SIZE)
    assert pages >= 3
    open_view(page, base_url, [("domains", "sport"), ("domains", "welzijn"), ("page", "2")])
    assert shown_ids(page) == ids[PAGE_SIZE : 2 * PAGE_SIZE]
    assert page.text_content(".kb-pager__position") == f"Pagina 2 van {pages}"
    assert page.is_checked("#kb-domains-sport") and page.is_checked("#kb-domains-welzijn")
    page.click("[data-page=next]")
    page.wait_for_function("new URLSearchParams(location.search).get('page') === '3'")
    page.wait_for_function(READY)
    assert shown_ids(page) == ids[2 * PAGE_SIZE : 3 * PAGE_SIZE]
    page.go_back()
    page.wait_for_function(f"document.querySelector('.kb-results [data-record-id]').dataset.recordId === '{ids[20]}'")
    page.wait_for_function(READY)
    assert shown_ids(page) == ids[PAGE_SIZE : 2 * PAGE_SIZE]
    open_view(page, base_url, [("domains", "sport"), ("domains", "welzijn"), ("page", "99")])
    assert shown_ids(page) == ids[(pages - 1) * PAGE_SIZE :], "a page past the end shows the last page"


@pytest.fixture(scope="module")
def sub_path_url(site, tmp_path_factory, serve_folder) -> str:
    """The site served under /kennisbank/, as on a project page of a forge."""
    folder = tmp_path_factory.mktemp("served")
    (folder / "kennisbank").symlink_to(site, target_is_directory=True)
    server = serve_folder(folder)
    yield f"http://127.0.0.1:{server.server_address[1]}/kennisbank"
    server.shutdown()


def test_cards_link_to_their_pages_when_the_site_is_served_under_a_sub_path(page, sub_path_url):
    open_view(page, sub_path_url, [("kind", "intervention"), ("zoek", "zorgcarrousel")])
    hrefs = page.eval_on_selector_all(".kb-results [data-record-id] a", "els => els.map(e => e.href)")
    assert hrefs and all(href.startswith(sub_path_url + "/interventies/") for href in hrefs)
    page.click("[data-record-id=zorgcarrousel] a")
    page.wait_for_url(re.compile(r".*/kennisbank/interventies/zorgcarrousel/$"))
    assert page.text_content("h1") == "Zorgcarrousel"


def test_a_file_that_failed_to_load_is_asked_for_again(page, base_url):
    failures = []

    def unavailable(route):
        failures.append(route.request.url)
        route.fulfill(status=503, content_type="text/plain", body="niet beschikbaar")

    page.route("**/zoekindex/pagefind.json*", unavailable)
    page.goto(url(base_url, [("zoek", QUERY)]))
    page.wait_for_function("document.querySelector('[data-result-count]').textContent.includes('niet beschikbaar')")
    page.unroute("**/zoekindex/pagefind.json*")
    page.fill("#kb-q", QUERY)
    page.keyboard.press("Enter")
    page.wait_for_function(READY)
    assert len(failures) == 1 and 20 < result_count(page) < len(entries())


@pytest.fixture(scope="module")
def partitioned_url(tmp_path_factory, serve_folder) -> str:
    """The project's site with its word index in bundles of 20 records, merged in the browser."""
    import shutil
    import subprocess
    import sys

    project = tmp_path_factory.mktemp("partitioned")
    for name in ("schema", "docs", "interventions"):
        shutil.copytree(ROOT / name, project / name)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    partitioned = config.replace("  - kennisbank:\n", "  - kennisbank:\n      search_partition: 20\n")
    (project / "mkdocs.yml").write_text(partitioned)
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", "site"], cwd=project, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert (project / "site/pagefind-6/pagefind-entry.json").exists()
    server = serve_folder(project / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_query_over_merged_bundles_finds_what_one_bundle_finds(page, base_url, partitioned_url):
    """Every record one bundle finds, in the same title order. A bundle that lacks the word
    itself may add looser matches of Pagefind's own (7 over 13 bundles of 20 at 252 records);
    with the default of 1,000 records a bundle nearly always holds the word."""
    whole = every_id(page, base_url, [("zoek", QUERY), ("sort", "title")])
    merged = every_id(page, partitioned_url, [("zoek", QUERY), ("sort", "title")])
    assert [found for found in merged if found in whole] == whole
    bundles = -(-len(entries()) // 20)
    assert len(merged) - len(whole) <= bundles, "at most a looser match or so per bundle, not a flood"
