"""The contribution form for everyone: axe finds nothing (WCAG 2.2 A and AA) before and after
filling, the keyboard reaches every field and button in order, problems are tied to their
fields and announced, nothing scrolls sideways on a phone, and the built form's HTML passes
the W3C Nu HTML Checker."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.browser.formfill import FILLS, choose_kind, field_id, fill, open_form

PARTS = ("form input", "form select", "form textarea", "form button", ".kb-form__result button")
CONTROLS = ", ".join(f".kb-form {part}" for part in (*PARTS, ".kb-form__result a[href]"))
SHOWN = "(found) => found.filter((node) => node.offsetParent).map((node) => node.id || node.textContent)"


def test_axe_finds_nothing_on_the_form_empty_or_filled(page, fixture_url, all_violations):
    open_form(page, fixture_url)
    assert all_violations(page) == []
    choose_kind(page, "intervention")
    page.locator("#kb-form-id").press_sequentially("toegankelijk")
    fill(page, FILLS["intervention"])
    page.locator(f"#{field_id('/last_reviewed')}").fill("gisteren")  # one problem on show
    assert all_violations(page) == []


def test_the_keyboard_reaches_every_field_and_button_in_order(page, fixture_url):
    open_form(page, fixture_url)
    page.focus("#kb-form-kind")
    page.keyboard.press("ArrowDown")  # a select takes its choice from the arrow keys
    page.wait_for_selector('[data-path="/title"]')
    page.select_option("#kb-form-kind", "organisation")
    page.wait_for_selector('[data-path="/roles"]')
    expected = page.locator(CONTROLS).evaluate_all(SHOWN)
    page.focus("#kb-form-kind")
    reached = []
    for _ in range(len(expected) + 5):
        reached.append(page.evaluate("document.activeElement.id || document.activeElement.textContent"))
        page.keyboard.press("Tab")
    assert [name for name in reached if name in expected][: len(expected)] == expected
    page.focus("#kb-form-id")
    page.keyboard.type("met spatie")
    page.keyboard.press("Tab")
    error = page.locator("#kb-form-id-fout")
    assert "geen geldig id" in error.text_content()
    assert "kb-form-id-fout" in page.get_attribute("#kb-form-id", "aria-describedby")
    assert page.get_attribute("[data-count]", "role") == "status"


def test_nothing_scrolls_sideways_on_a_phone(browser, fixture_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    page = context.new_page()
    open_form(page, fixture_url)
    choose_kind(page, "practice-example")
    fill(page, FILLS["practice-example"])
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_the_built_form_is_valid_html(page, fixture_url, vnu_command, tmp_path: Path):
    open_form(page, fixture_url)
    choose_kind(page, "practice-example")
    fill(page, FILLS["practice-example"])
    snapshot = tmp_path / "formulier.html"
    snapshot.write_text("<!doctype html>\n" + re.sub(r"^<!DOCTYPE html>", "", page.content()), encoding="utf-8")
    done = subprocess.run([*vnu_command, str(snapshot)], capture_output=True, text=True, timeout=300)
    errors = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    # Material's own template errors, which every page has (docs: ENGINEERING.md, test_validators.py)
    material = ("autocomplete", "__toc")
    assert [line for line in errors if not any(word in line for word in material)] == []
