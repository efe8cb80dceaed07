"""The professional's tools in headless Chromium: the factsheet in print, the comparison and
the evidence and gap map, each used with the keyboard."""

from __future__ import annotations

import io
import re

import pytest
import yaml
from pypdf import PdfReader

from tests.constants import ROOT

# The interventions without a recognition (the seed articles state none): each shows "Niet beoordeeld".
SEED_INTERVENTIONS = sorted(
    path.stem
    for path in (ROOT / "interventions" / "interventies").glob("*.yaml")
    if "recognition:" not in path.read_text(encoding="utf-8")
)
CHROME = ".md-header, .md-tabs, .md-sidebar, .md-footer"
SITE_NAME = "Kennisbank Sport en Sociaal Domein"  # the sheet names where it comes from


def tab_to(page, selector: str, presses: int = 400) -> None:
    """Press Tab until the element matching ``selector`` has the focus (once its script has shown it)."""
    page.wait_for_selector(selector, state="visible")
    for _ in range(presses):
        if page.evaluate("(selector) => document.activeElement.matches(selector)", selector):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"{selector} is not reachable with Tab")


def settle(page) -> None:
    """Let the page finish loading before leaving it: leaving cancels Material's search worker mid-request."""
    page.wait_for_load_state("networkidle")


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
    assert "Erkend: Goed onderbouwd. Niveau I, geldig tot 1 maart 2029 volgens het besluit van 1 maart 2024." in text
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


# The comparison.

COMPARED = "document.querySelector('.kb-compare').dataset.compareState"
SHOWN = ".kb-compare-table:not([hidden])"


def seed(record_id: str, folder: str = "interventies") -> dict:
    return yaml.safe_load((ROOT / "interventions" / folder / f"{record_id}.yaml").read_text())


def labels(vocabulary: str) -> dict[str, str]:
    terms = yaml.safe_load((ROOT / "schema" / "vocabularies" / f"{vocabulary}.yaml").read_text())["terms"]
    return {term["id"]: term["label"] for term in terms}


def open_comparison(page, url: str, state: str = "ready") -> None:
    page.goto(url)
    page.wait_for_function(f"{COMPARED} !== undefined")
    assert page.evaluate(COMPARED) == state, page.text_content("[data-compare-message]")


def row_cells(page, label: str) -> list[str]:
    """The cells of the visible comparison's row whose header starts with ``label``."""
    return page.evaluate(
        """(label) => {
        const table = document.querySelector('.kb-compare-table:not([hidden])');
        const row = [...table.tBodies[0].rows].find(r => r.cells[0].textContent.trim().startsWith(label));
        return row ? [...row.cells].slice(1).map(c => c.innerText.replace(/\\s+/g, ' ').trim()) : null;
    }""",
        label,
    )


@pytest.mark.parametrize("ids", [SEED_INTERVENTIONS[:2], SEED_INTERVENTIONS[1:4]])
def test_two_or_three_interventions_side_by_side_with_a_value_per_row_restored_on_reload(page, base_url, ids):
    url = f"{base_url}/vergelijken/?ids={','.join(ids)}"
    open_comparison(page, url)
    for attempt in ("first", "reload"):
        heads = page.eval_on_selector_all(f"{SHOWN} thead th", "els => els.map(e => e.innerText)")
        assert heads[1:] == [seed(record_id)["title"] for record_id in ids], attempt
        target_groups, domains = labels("target-groups"), labels("domains")
        for record_id, groups, fields in zip(
            ids, row_cells(page, "Doelgroepen"), row_cells(page, "Domeinen"), strict=True
        ):
            assert all(target_groups[term] in groups for term in seed(record_id)["target_groups"]), record_id
            assert all(domains[term] in fields for term in seed(record_id)["domains"]), record_id
        assert row_cells(page, "Erkenning") == ["Niet beoordeeld"] * len(ids)
        widths = page.eval_on_selector_all(
            ".kb-compare-table:not([hidden]) tbody tr:not([hidden])", "rows => rows.map(r => r.cells.length)"
        )
        assert widths and set(widths) == {len(ids) + 1}, "every row has a cell per record"
        settle(page)
        page.reload()
        page.wait_for_function(f"{COMPARED} === 'ready'")
    assert page.url == url


def test_rows_that_differ_say_so_in_words_and_recognition_shows_status_and_end_date(page, fixture_url):
    open_comparison(page, f"{fixture_url}/vergelijken/?ids=beweegochtend,oude-aanpak")
    current, expired = row_cells(page, "Erkenning")
    assert current.startswith(
        "Goed onderbouwd, niveau I Erkend: Goed onderbouwd. Niveau I, geldig tot 1 maart 2029 volgens het besluit "
        "van 1 maart 2024. De erkenning geldt voor het verminderen van eenzaamheid."
    ), "the record page's words, from the record's JSON"
    assert expired.startswith(
        "Goed beschreven, niveau 0 Erkenning verlopen volgens het laatst gevonden besluit. Het besluit van "
        "15 januari 2020 (Goed beschreven, niveau 0) gold tot 15 januari 2023."
    )
    assert row_cells(page, "Eigenaar") == ["Movisie", "Movisie"]
    assert row_cells(page, "Verbanden") == ["Beweegochtend in een Tilburgse wijk", "niet ingevuld"]
    marks = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        '.kb-compare-table:not([hidden]) tbody tr:not([hidden])')].map(r => [r.cells[0].firstChild.textContent.trim(),
        r.querySelector('.kb-compare__mark').textContent]))""")
    assert marks["Eigenaar"] == "gelijk" and marks["Erkenning"] == "verschilt" and marks["Doelgroepen"] == "verschilt"
    assert re.fullmatch(
        r"2 interventies naast elkaar: \d+ van de \d+ onderdelen verschillen\.",
        page.text_content("[data-compare-message]"),
    )


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        ("", "U hebt nog geen records gekozen."),
        ("fysio-oefenochtend", "U hebt één record gekozen (fysio-oefenochtend). Kies er nog minstens één bij"),
        ("a,b,c,d,e", "U hebt 5 records gekozen; er passen er hoogstens 4 naast elkaar. Haal er 1 weg."),
        ("fysio-oefenochtend,bestaat-niet", "Deze records bestaan niet (meer) in de kennisbank: bestaat-niet."),
        (
            "fysio-oefenochtend,roermond-buurtsportcoach-in-wijkteam",
            "Deze records zijn van verschillende soorten (Interventie, Praktijkvoorbeeld). "
            "Vergelijk records van één soort",
        ),
    ],
)
def test_each_wrong_choice_is_answered_in_dutch(page, base_url, ids, message):
    open_comparison(page, f"{base_url}/vergelijken/?ids={ids}", state="message")
    assert page.text_content("[data-compare-message]").startswith(message)
    assert page.locator(".kb-compare-table:visible").count() == 0


def test_cards_and_record_pages_build_the_choice_by_keyboard_and_it_survives_browsing(page, base_url):
    page.goto(f"{base_url}/catalogus/?kind=intervention")
    page.wait_for_function("document.querySelector('.kb-catalogue').dataset.searchState === 'ready'")
    first, second = page.eval_on_selector_all(".kb-card", "cards => cards.slice(0, 2).map(c => c.dataset.recordId)")
    for record_id in (first, second):
        tab_to(page, f'[data-record-id="{record_id}"] .kb-card__compare')
        page.keyboard.press("Space")
    assert page.text_content("[data-compare-link]") == "Vergelijk 2 records"
    assert "Toegevoegd aan de vergelijking" in page.text_content("[data-compare-status]")
    settle(page)
    page.goto(f"{base_url}/catalogus/?kind=intervention&page=1")  # browsing on: the choice is kept
    page.wait_for_function("document.querySelector('.kb-catalogue').dataset.searchState === 'ready'")
    pressed = page.eval_on_selector_all('.kb-card__compare[aria-pressed="true"]', "els => els.length")
    assert pressed == 2
    third = SEED_INTERVENTIONS[-1] if SEED_INTERVENTIONS[-1] not in (first, second) else SEED_INTERVENTIONS[0]
    settle(page)
    page.goto(f"{base_url}/interventies/{third}/")
    tab_to(page, "button[data-compare-id]")
    page.keyboard.press("Enter")
    assert page.get_attribute("button[data-compare-id]", "aria-pressed") == "true"
    tab_to(page, "[data-compare-link]")
    assert page.text_content("[data-compare-link]") == "Vergelijk 3 records"
    settle(page)
    page.keyboard.press("Enter")
    page.wait_for_function(f"{COMPARED} === 'ready'")
    assert page.url.endswith(f"/vergelijken/?ids={first},{second},{third}")


def test_a_fifth_record_is_refused_and_the_choice_can_be_cleared(page, base_url):
    page.goto(f"{base_url}/interventies/{SEED_INTERVENTIONS[0]}/")
    page.evaluate("() => localStorage.setItem('kennisbank:vergelijken', JSON.stringify(['a', 'b', 'c', 'd']))")
    settle(page)
    page.reload()
    page.click("button[data-compare-id]")
    assert page.get_attribute("button[data-compare-id]", "aria-pressed") == "false"
    assert "hoogstens 4 records" in page.text_content("[data-compare-status]")
    tab_to(page, "[data-compare-clear]")
    page.keyboard.press("Enter")
    assert page.evaluate("localStorage.getItem('kennisbank:vergelijken')") == "[]"
    assert page.locator("[data-compare-link]").is_hidden()


def test_the_comparison_is_used_by_keyboard_and_prints_on_a4_landscape(page, base_url):
    open_comparison(page, f"{base_url}/vergelijken/?ids={','.join(SEED_INTERVENTIONS[:3])}")
    same = page.locator(".kb-compare-table:not([hidden]) tr[data-same]:not([hidden])").count()
    tab_to(page, "#kb-compare-differences")
    page.keyboard.press("Space")
    assert page.is_checked("#kb-compare-differences")
    assert same == 0 or page.locator(".kb-compare-table:not([hidden]) tr[data-same]:visible").count() == 0
    tab_to(page, ".kb-compare-table thead a")  # the records' own pages, from the column headers
    reader = PdfReader(io.BytesIO(page.pdf(prefer_css_page_size=True)))
    box = reader.pages[0].mediabox
    assert round(float(box.width)) == 842 and round(float(box.height)) == 595, "A4 landscape, in points"
    _, text = pdf_text(page.pdf(prefer_css_page_size=True))
    assert seed(SEED_INTERVENTIONS[0])["title"] in text and "Toegankelijkheid" not in text


# The evidence and gap map.


def test_a_gap_map_cell_followed_by_keyboard_shows_its_count_in_the_catalogue(page, base_url):
    page.goto(f"{base_url}/bewijskaart/")
    cells = page.eval_on_selector_all(
        ".kb-gap-table td a",
        """links => links.map(a => ({href: a.getAttribute('href'),
        count: (a.textContent.match(/\\d+/g) || []).map(Number).reduce((x, y) => x + y, 0)}))""",
    )
    assert cells, "the map has cells with records"
    assert page.locator(".kb-gap-table td", has_text="geen").count() > 0, "gaps are written out"
    biggest = max(cells, key=lambda cell: cell["count"])
    tab_to(page, f'.kb-gap-table a[href="{biggest["href"]}"]', presses=400)
    settle(page)
    page.keyboard.press("Enter")
    page.wait_for_function(
        "document.querySelector('.kb-catalogue') && "
        "document.querySelector('.kb-catalogue').dataset.searchState === 'ready'"
    )
    assert int(page.get_attribute("[data-result-count]", "data-result-count")) == biggest["count"]
    for cell in cells[:: max(1, len(cells) // 4)]:
        settle(page)
        page.goto(f"{base_url}/bewijskaart/{cell['href']}")
        page.wait_for_function("document.querySelector('.kb-catalogue').dataset.searchState === 'ready'")
        assert int(page.get_attribute("[data-result-count]", "data-result-count")) == cell["count"], cell["href"]


# Accessibility, with JavaScript: axe-core finds no serious or critical violation.


@pytest.mark.parametrize(
    "path",
    [
        "bewijskaart/",
        "vergelijken/",
        f"vergelijken/?ids={SEED_INTERVENTIONS[0]}",
        f"vergelijken/?ids={','.join(SEED_INTERVENTIONS[:2])}",
        f"interventies/{SEED_INTERVENTIONS[0]}/",
        "catalogus/?kind=intervention",
    ],
)
def test_the_tools_pass_axe_in_use(page, base_url, serious_violations, path):
    page.goto(f"{base_url}/{path}")
    page.evaluate(
        "(ids) => localStorage.setItem('kennisbank:vergelijken', JSON.stringify(ids))", SEED_INTERVENTIONS[:2]
    )
    settle(page)
    page.reload()  # with a choice made: pressed buttons and the "Vergelijk 2 records" link on show
    if path.startswith("vergelijken"):
        page.wait_for_function(f"{COMPARED} !== undefined")
    if path.startswith("catalogus"):
        page.wait_for_function("document.querySelector('.kb-catalogue').dataset.searchState === 'ready'")
    if path.startswith(("interventies", "catalogus")):
        assert page.locator("[data-compare-link]:visible").first.text_content() == "Vergelijk 2 records"
    assert serious_violations(page) == []
