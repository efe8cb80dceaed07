"""Measure the catalogue in headless Chromium: time to results, and bytes and requests per step.

The budget (issue 4, issue 12): first results under 0.5 s, a broad query's results under 1 s, and
under 300 KB gzip transferred for the scenario: the first view, then one facet, then one query.
Each round starts a fresh browser profile (nothing cached) and walks through:

- ``first_view``: the unfiltered catalogue; ``first_results_s`` is when its first page is in the
  DOM (it is in the HTML), from navigation start;
- ``facet``: one facet checked; ``facet_s`` from the click to the results (the script's
  ``kb:results`` mark);
- ``query``: a word typed and submitted with that facet on; ``query_s`` likewise;
- ``broad``: on a fresh page, a word in most records (``--broad``); ``broad_query_s`` from the
  submit to the results, Pagefind's first load included;
- ``deep_link``: a shared URL with the facet and the query; ``deep_link_results_s`` from
  navigation start to the results.

Bytes are counted per step once the network is quiet. Python's http.server sends files
uncompressed, so every response body is gzipped here to count what a gzip-serving host would
transfer. With ``--rounds N`` the figures are medians over N rounds, with the load average.

    python -m benchmarks browser SITE_DIR [--facet kind=intervention] [--query wijk] [--broad bewegen] [--rounds 3]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import re
import statistics
import threading
import time
from pathlib import Path
from urllib.parse import quote

from .machine import describe

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
COUNT = "[data-result-count]"
WORD_INDEX = re.compile(r"/pagefind(-[0-9]+)?/")  # the word index's bundles (search.bundle_folders)
TIMEOUT_MS = 120_000  # a loaded machine is slow; a catalogue that never answers still fails
STEPS = ("first_view", "facet", "query")  # the scenario; "broad" and "deep_link" are measured beside it
READY = "document.querySelector('.kb-catalogue').dataset.searchState === 'ready'"
MARKS = "performance.getEntriesByName('kb:results').length"
LAST_MARK = "performance.getEntriesByName('kb:results').at(-1).startTime"
PARSED_AT = "performance.getEntriesByType('navigation')[0].domInteractive"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Transfer:
    """Adds up raw and gzip-compressed response sizes and requests, per step, and knows when the
    network is quiet (no request under way)."""

    def __init__(self):
        self.step = STEPS[0]
        self.raw: dict[str, int] = {}
        self.gzip: dict[str, int] = {}
        self.requests: dict[str, int] = {}
        self.pagefind: dict[str, int] = {}  # requests for the word index: filter-only browsing needs none
        self.open = 0

    def watch(self, page) -> None:
        page.on("request", self.started)
        page.on("requestfinished", self.finished)
        page.on("requestfailed", self.failed)

    def started(self, request) -> None:
        self.open += 1

    def failed(self, request) -> None:
        self.open -= 1

    def finished(self, request) -> None:
        self.open -= 1
        try:
            body = request.response().body()
        except Exception:  # noqa: BLE001 - redirects and aborted requests have no body
            return
        self.raw[self.step] = self.raw.get(self.step, 0) + len(body)
        self.gzip[self.step] = self.gzip.get(self.step, 0) + len(gzip.compress(body, 6))
        self.requests[self.step] = self.requests.get(self.step, 0) + 1
        if WORD_INDEX.search(request.url):
            self.pagefind[self.step] = self.pagefind.get(self.step, 0) + 1

    def settle(self, page, quiet_ms: int = 500) -> None:
        """Wait until no request has been under way for ``quiet_ms``."""
        quiet, deadline = 0, time.monotonic() + TIMEOUT_MS / 1000
        while quiet < quiet_ms and time.monotonic() < deadline:
            page.wait_for_timeout(100)
            quiet = quiet + 100 if self.open <= 0 else 0


def act(page, action) -> float:
    """Run ``action`` and wait for the search it starts; seconds from the action to the results."""
    marks, started = page.evaluate(MARKS), page.evaluate("performance.now()")
    action()
    page.wait_for_function(f"{MARKS} > {marks} && {READY}", timeout=TIMEOUT_MS)
    return (page.evaluate(LAST_MARK) - started) / 1000


def search_for(page, word: str) -> None:
    page.fill("#kb-q", word)
    page.keyboard.press("Enter")


def scenario(browser, url: str, facet: str, query: str) -> dict:
    """The first view, one facet, one query, in one fresh profile: times and bytes per step."""
    key, value = facet.split("=", 1)
    context = browser.new_context(bypass_csp=True)  # the probes are strings the CSP would refuse to eval
    page = context.new_page()
    transfer = Transfer()
    transfer.watch(page)
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_function(READY, timeout=TIMEOUT_MS)
    first = page.evaluate(PARSED_AT) / 1000
    transfer.settle(page)
    transfer.step = "facet"
    facet_s = act(page, lambda: page.check(f"#kb-{key}-{value}"))
    transfer.settle(page)
    transfer.step = "query"
    query_s = act(page, lambda: search_for(page, query))
    transfer.settle(page)
    found = {
        "first_results_s": first,
        "facet_s": facet_s,
        "query_s": query_s,
        "query_results": int(page.get_attribute(COUNT, "data-result-count")),
    }
    context.close()
    for step in STEPS:
        found[f"{step}_gzip_kb"] = transfer.gzip.get(step, 0) / 1024
        found[f"{step}_requests"] = transfer.requests.get(step, 0)
        found[f"{step}_pagefind_requests"] = transfer.pagefind.get(step, 0)
    found["catalogue_gzip_kb"] = sum(transfer.gzip.values()) / 1024
    found["catalogue_raw_kb"] = sum(transfer.raw.values()) / 1024
    found["catalogue_requests"] = sum(transfer.requests.values())
    return found


def broad(browser, url: str, word: str) -> dict:
    """A word in most records, typed into a fresh catalogue: Pagefind loads, then thousands of results."""
    context = browser.new_context(bypass_csp=True)  # the probes are strings the CSP would refuse to eval
    page = context.new_page()
    transfer = Transfer()
    transfer.watch(page)
    page.goto(url, timeout=TIMEOUT_MS)
    page.wait_for_function(READY, timeout=TIMEOUT_MS)
    transfer.settle(page)
    transfer.step = "broad"
    seconds = act(page, lambda: search_for(page, word))
    transfer.settle(page)
    found = {
        "broad_query_s": seconds,
        "broad_results": int(page.get_attribute(COUNT, "data-result-count")),
        "broad_gzip_kb": transfer.gzip.get("broad", 0) / 1024,
        "broad_requests": transfer.requests.get("broad", 0),
    }
    context.close()
    return found


def deep_link(browser, url: str, facet: str, query: str) -> dict:
    context = browser.new_context(bypass_csp=True)  # the probes are strings the CSP would refuse to eval
    page = context.new_page()
    page.goto(f"{url}?{facet}&zoek={quote(query)}", timeout=TIMEOUT_MS)
    page.wait_for_function(f"{MARKS} > 0 && {READY}", timeout=TIMEOUT_MS)
    found = {"deep_link_results_s": page.evaluate(LAST_MARK) / 1000}
    context.close()
    return found


def measure_once(browser, url: str, facet: str, query: str, word: str) -> dict:
    return {
        **scenario(browser, url, facet, query),
        **broad(browser, url, word),
        **deep_link(browser, url, facet, query),
    }


def median(rounds: list[dict], key: str) -> float:
    value = statistics.median(found[key] for found in rounds)
    return round(value, 3) if key.endswith("_s") else round(value, 1)


def measure(
    site: Path,
    facet: str = "kind=intervention",
    query: str = "wijk",
    word: str = "bewegen",
    rounds: int = 1,
    chromium: str = "/usr/bin/chromium",
    browser=None,
) -> dict:
    """The medians over ``rounds`` rounds, the load average before and after, and every round's figures.

    ``browser``: a Playwright browser to use (the tests have one); else Chromium is started here.
    """
    load_before = describe()["load_average"]
    server = serve(site)
    url = f"http://127.0.0.1:{server.server_address[1]}/catalogus/"
    try:
        if browser is not None:
            found = [measure_once(browser, url, facet, query, word) for _ in range(rounds)]
        else:
            from playwright.sync_api import sync_playwright

            with sync_playwright() as playwright:
                started = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
                found = [measure_once(started, url, facet, query, word) for _ in range(rounds)]
                started.close()
    finally:
        server.shutdown()
    keys = list(found[0])
    return {
        **{key: median(found, key) for key in keys},
        "rounds": rounds,
        "facet": facet,
        "query": query,
        "broad_word": word,
        "load_average_start": load_before,
        "load_average_end": describe()["load_average"],
        "per_round": {key: [median([one], key) for one in found] for key in keys},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument(
        "--facet", default="kind=intervention", help="facet=value to check (default: kind=intervention)"
    )
    parser.add_argument("--query", default="wijk", help="a word to search for with the facet (default: wijk)")
    parser.add_argument(
        "--broad", default="bewegen", help="a word in most generated records, searched alone (default: bewegen)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="rounds, each in a fresh profile (default: 3)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.site, args.facet, args.query, args.broad, args.rounds, args.chromium)))
    return 0
