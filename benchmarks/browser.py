"""Measure the catalogue in headless Chromium: time to first results and bytes transferred.

The budget (issue 4): first results under 0.5 s, and under 300 KB gzip transferred for the
first view plus one facet plus one query. Times come from the page's own clock (navigation
start): ``first_results_s`` when the first result is in the DOM (the unfiltered first page is
in the HTML), ``search_ready_s`` when the live search has rendered (the script's
``kb:results`` mark), and ``deep_link_results_s`` for a shared filtered URL, which needs the
search before anything shows. Python's http.server sends files uncompressed, so
every response body is gzipped here to count what a gzip-serving host would transfer.

    python -m benchmarks browser SITE_DIR [--facet kind=intervention] [--query wijk]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import threading
import time
from pathlib import Path

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
COUNT = "[data-result-count]"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the stdlib's signature
        pass


def serve(folder: Path) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Transfer:
    """Adds up raw and gzip-compressed response sizes, per step."""

    def __init__(self):
        self.raw = self.gzip = self.requests = 0

    def count(self, response) -> None:
        try:
            body = response.body()
        except Exception:  # noqa: BLE001 - redirects and aborted requests have no body
            return
        self.raw += len(body)
        self.gzip += len(gzip.compress(body, 6))
        self.requests += 1


MARK = "performance.getEntriesByName('kb:results').length > 0"
READY = "document.querySelector('.kb-catalogue').dataset.searchState === 'ready'"
RESULTS_AT = "performance.getEntriesByName('kb:results')[0].startTime / 1000"
PARSED_AT = "performance.getEntriesByType('navigation')[0].domInteractive / 1000"


def wait_for_new_count(page, before: str) -> None:
    page.wait_for_function(f"document.querySelector('{COUNT}').dataset.resultCount !== '{before}'")


def measure(site: Path, facet: str, query: str, chromium: str = "/usr/bin/chromium") -> dict:
    from playwright.sync_api import sync_playwright

    server = serve(site)
    url = f"http://127.0.0.1:{server.server_address[1]}/catalogus/"
    key, value = facet.split("=", 1)
    transfer = Transfer()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        page = browser.new_page()
        page.on("response", transfer.count)
        page.goto(url)
        page.wait_for_function(READY, timeout=60_000)
        first = page.evaluate(PARSED_AT)
        page.wait_for_load_state("networkidle")
        first_view = transfer.gzip
        before = page.get_attribute(COUNT, "data-result-count")
        started = time.perf_counter()
        page.check(f"#kb-{key}-{value}")
        wait_for_new_count(page, before)
        facet_s = time.perf_counter() - started
        before = page.get_attribute(COUNT, "data-result-count")
        started = time.perf_counter()
        page.fill("#kb-q", query)
        page.keyboard.press("Enter")
        wait_for_new_count(page, before)
        query_s = time.perf_counter() - started
        page.wait_for_load_state("networkidle")
        deep_link = browser.new_page()
        deep_link.goto(f"{url}?{key}={value}&zoek={query}")
        deep_link.wait_for_function(MARK, timeout=60_000)
        deep = deep_link.evaluate(RESULTS_AT)
        browser.close()
    server.shutdown()
    return {
        "first_results_s": round(first, 3), "deep_link_results_s": round(deep, 3), "facet_s": round(facet_s, 3),
        "query_s": round(query_s, 3),
        "first_view_gzip_kb": round(first_view / 1024, 1), "catalogue_gzip_kb": round(transfer.gzip / 1024, 1),
        "catalogue_raw_kb": round(transfer.raw / 1024, 1), "catalogue_requests": transfer.requests,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--facet", default="kind=intervention",
                        help="facet=value to check (default: kind=intervention)")
    parser.add_argument("--query", default="wijk", help="a word to search for (default: wijk)")
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.site, args.facet, args.query, args.chromium)))
    return 0

