"""The Content Security Policy in Chromium, not lifted: no page of the site violates its policy,
with the catalogue, the comparison and the print control in use; and what the policy must refuse,
it refuses."""

from __future__ import annotations

import re

import pytest

# Collects every violation from the first moment: an init script runs before the page's own.
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(event.violatedDirective + " " + (event.blockedURI || "inline") + " " + event.sourceFile);
});
"""
READY = ".kb-catalogue[data-search-state=ready]"
PAGES = [
    "",
    "interventies/fysio-oefenochtend/",
    "praktijkvoorbeelden/tilburg-zorgcarrousel-en-fysio-oefenochtend/",
    "samenwerkingstips/tel-en-vertel/",
    "organisaties/movisie/",
    "stappenplan/stap-2-sturen-of-loslaten/",
    "interventies/",
    "domeinen/sport/",
    "bewijskaart/",
    "open-data/",
    "referentie/interventies/",
    "erkenningen/verloopt/",
    "toegankelijkheid/",
    "bestaat-niet/",
]


@pytest.fixture
def strict_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.add_init_script(LISTEN)
    page.console = []  # type: ignore[attr-defined]
    page.on("console", lambda message: page.console.append(message.text))
    page.on("pageerror", lambda error: page.console.append(str(error)))
    yield page
    console_violations = [text for text in page.console if "Content Security Policy" in text]
    context.close()
    assert console_violations == [], console_violations


def violations(page) -> list[str]:
    return page.evaluate("window.__violations")


@pytest.mark.parametrize("path", PAGES)
def test_no_page_violates_its_policy(strict_page, base_url, path):
    strict_page.goto(f"{base_url}/{path}")
    strict_page.wait_for_load_state("networkidle")
    assert violations(strict_page) == []


def test_the_catalogue_in_use_runs_pagefind_within_its_policy(strict_page, base_url):
    strict_page.goto(f"{base_url}/catalogus/")
    strict_page.wait_for_selector(READY)
    strict_page.check("#kb-kind-intervention")
    strict_page.fill("#kb-q", "wijk")
    strict_page.keyboard.press("Enter")
    strict_page.wait_for_url("**zoek=wijk**")
    strict_page.wait_for_selector(READY)
    strict_page.wait_for_load_state("networkidle")
    assert strict_page.locator(".kb-results [data-record-id]").count() > 0
    assert violations(strict_page) == []


def test_the_comparison_and_the_choice_work_within_the_policy(strict_page, base_url):
    strict_page.goto(f"{base_url}/vergelijken/?ids=fysio-oefenochtend,zorgcarrousel")
    strict_page.wait_for_selector(".kb-compare-table:not([hidden])")
    strict_page.wait_for_load_state("networkidle")
    strict_page.goto(f"{base_url}/interventies/fysio-oefenochtend/")
    strict_page.wait_for_load_state("networkidle")
    assert violations(strict_page) == []


def test_the_policy_refuses_an_inline_script_and_another_origin(strict_page, base_url):
    strict_page.goto(f"{base_url}/interventies/fysio-oefenochtend/")
    strict_page.wait_for_load_state("networkidle")
    strict_page.evaluate("""() => {
      const inline = document.createElement("script");
      inline.textContent = "window.__ran = true";
      document.body.append(inline);
      const remote = document.createElement("img");
      remote.src = "https://example.org/pixel.png";
      document.body.append(remote);
    }""")
    strict_page.wait_for_timeout(300)
    found = violations(strict_page)
    assert strict_page.evaluate("window.__ran === undefined")
    assert any(item.startswith("script-src") and " inline " in item for item in found), found
    assert any(item.startswith("img-src https://example.org/pixel.png") for item in found), found
    strict_page.console.clear()  # the fixture's console check: these two were meant to be refused


def test_every_page_carries_the_policy_and_only_the_catalogue_allows_wasm(site):
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
        assert policy, page
        assert "'unsafe-inline'" not in policy.group(1) and "object-src 'none'" in policy.group(1)
        assert ("'wasm-unsafe-eval'" in policy.group(1)) == (page == site / "catalogus/index.html"), page
        assert html.index("Content-Security-Policy") < html.index("<script"), "the policy comes before scripts"


def test_security_txt_and_the_host_headers_are_published(site):
    text = (site / ".well-known/security.txt").read_text(encoding="utf-8")
    assert re.search(r"^Contact: (mailto:|https://)\S+$", text, re.M)
    assert re.search(r"^Expires: \d{4}-\d\d-\d\dT00:00:00\.000Z$", text, re.M)
    headers = (site / "_headers").read_text(encoding="utf-8")
    for name in (
        "Strict-Transport-Security",
        "X-Content-Type-Options: nosniff",
        "Referrer-Policy",
        "frame-ancestors 'none'",
        "/catalogus/*",
    ):
        assert name in headers
    assert "frame-ancestors 'none'" in (site / "beveiliging/nginx.conf").read_text(encoding="utf-8")
