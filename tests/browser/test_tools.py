"""The professional's tools in headless Chromium: the factsheet in print, the comparison and
the evidence and gap map, each used with the keyboard."""

from __future__ import annotations

import io
import re

import pytest
import yaml
from pypdf import PdfReader

from .conftest import ROOT

SEED_INTERVENTIONS = sorted(path.stem for path in (ROOT / "interventions" / "interventies").glob("*.yaml"))
CHROME = ".md-header, .md-tabs, .md-sidebar, .md-footer"
SITE_NAME = "Kennisbank Sport en Sociaal Domein"  # the sheet names where it comes from


def tab_to(page, selector: str, presses: int = 120) -> None:
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(presses):
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} is not reachable with Tab")


def pdf_text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def chrome_texts(page) -> set[str]:
    """The texts of the site's header, navigation and footer that the record itself does not contain."""
    texts = page.eval_on_selector_all(f":is({CHROME}) :is(a, label, span)", "els => els.map(e => e.textContent.trim())")
    article = " ".join(page.inner_text("article").split())
    return {text for text in texts if len(text) > 3 and text not in article and text != SITE_NAME}


@pytest.mark.parametrize("record_id", SEED_INTERVENTIONS)
def test_a_seed_intervention_prints_as_a_factsheet_of_at_most_two_a4_pages(page, base_url, record_id):
    page.goto(f"{base_url}/interventies/{record_id}/")
    chrome = chrome_texts(page)
    assert {"Catalogus", "Toegankelijkheid", "Open data"} <= chrome
    pages, text = pdf_text(page.pdf(format="A4"))
    assert pages <= 2, f"{record_id} takes {pages} A4 pages"
    assert [found for found in chrome if found in text] == []
    assert "Print / PDF" not in text and "Bewerk dit record" not in text and "Wijzigingen" not in text
    title = yaml.safe_load((ROOT / "interventions" / "interventies" / f"{record_id}.yaml").read_text())["title"]
    assert title in text and "INTERVENTIE" in text.upper() and "Bronnen" in text
    assert f"{base_url}/interventies/{record_id}/" in re.sub(r"\s", "", text), "the sheet names its address"
    assert re.search(r"afgedrukt op \d{1,2} [a-z]+ \d{4}", text), "and the day it was printed"


def test_the_factsheet_shows_the_recognition_with_its_status_and_end_date(page, fixture_url):
    page.goto(f"{fixture_url}/interventies/beweegochtend/")
    _, text = pdf_text(page.pdf(format="A4"))
    assert "Erkend: Goed onderbouwd (niveau I), geldig tot 1 maart 2029" in text
    assert "Verbanden Praktijkvoorbeelden: Beweegochtend in een Tilburgse wijk" in text, "related as a short list"


def test_the_print_button_is_a_real_button_reached_and_used_with_the_keyboard(page, base_url):
    page.goto(f"{base_url}/interventies/{SEED_INTERVENTIONS[0]}/")
    page.evaluate("() => { window.print = () => { window.kbPrinted = (window.kbPrinted || 0) + 1; }; }")
    tab_to(page, "[data-kb-print]")
    assert page.evaluate("document.activeElement.tagName") == "BUTTON"
    assert page.evaluate("document.activeElement.textContent") == "Print / PDF"
    page.keyboard.press("Enter")
    assert page.evaluate("window.kbPrinted") == 1


def test_without_javascript_the_sheet_names_the_build_date_and_shows_no_dead_buttons(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{base_url}/interventies/{SEED_INTERVENTIONS[0]}/")
    assert re.fullmatch(r"stand van \d{1,2} [a-z]+ \d{4}", page.text_content("[data-kb-print-date]"))
    assert page.locator(".kb-tools button:visible").count() == 0
    pages, text = pdf_text(page.pdf(format="A4"))
    assert pages <= 2 and "stand van" in text
    context.close()
