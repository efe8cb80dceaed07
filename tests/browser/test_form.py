"""The contribution form in Chromium, used as a contributor uses it, for every kind of record.

Fill the required fields by typing and choosing; the YAML the form writes passes ``kennisbank
validate`` in a copy of the fixture knowledge base; the GitHub link carries that file's path
and content; a reload keeps the draft; a missing or wrong value is named at its field; and a
record page's "Bewerk in het formulier" loads that record unchanged.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from kennisbank.core.bundles import bundle
from kennisbank.core.project import load_project
from kennisbank.core.record_yaml import record_yaml
from tests.browser.conftest import missing
from tests.browser.formfill import (
    FILLS,
    READY,
    choose_kind,
    error_at,
    field_id,
    fill,
    open_form,
    problems,
    validate_file,
    written_yaml,
)
from tests.constants import FIXTURE, KIND_FOLDERS, ROOT


@pytest.mark.parametrize("kind", list(FILLS))
def test_a_record_filled_in_through_the_form_passes_the_validator(page, fixture_url, kind, tmp_path: Path):
    open_form(page, fixture_url)
    choose_kind(page, kind)
    page.locator("#kb-form-id").press_sequentially(f"nieuw-{kind}")
    fill(page, FILLS[kind])
    assert page.locator("[data-count]").text_content() == "Het record is in orde: u kunt het voorstellen."
    text = written_yaml(page)
    assert text.startswith(f"# yaml-language-server: $schema=../../schema/generated/{kind}.schema.json\n")
    relative = f"interventions/{KIND_FOLDERS[kind]}/nieuw-{kind}.yaml"
    done = validate_file(tmp_path, relative, text)
    assert done.returncode == 0, done.stdout
    assert problems(done) == []

    link = urlsplit(page.get_attribute("[data-github]", "href"))
    assert (link.scheme, link.netloc, link.path) == ("https", "github.com", "/kennisbank/kennisbank/new/main")
    assert parse_qs(link.query) == {"filename": [relative], "value": [text]}
    assert page.locator("[data-github]").is_visible()

    page.reload()
    page.wait_for_function(READY)
    page.wait_for_selector('[data-path="/title"]')
    assert written_yaml(page) == text
    assert page.input_value("#kb-form-id") == f"nieuw-{kind}"


@pytest.mark.parametrize("kind", list(FILLS))
def test_a_required_field_left_out_is_named_at_the_field(page, fixture_url, kind):
    open_form(page, fixture_url)
    choose_kind(page, kind)
    page.locator("#kb-form-id").press_sequentially("nog-een-record")
    fill(page, [step for step in FILLS[kind] if step[1] != "/title"])
    assert page.locator("[data-count]").text_content() == "Nog 1 probleem:"
    assert error_at(page, "/title") == ""  # untouched: named in the summary, not yet at the field
    page.get_by_role("button", name="Controleer het record").click()
    assert error_at(page, "/title") == "Fout: Dit veld is verplicht: vul het in."
    assert page.evaluate("document.activeElement.id") == field_id("/title")  # taken to the field
    assert page.get_attribute(f"#{field_id('/title')}", "aria-invalid") == "true"
    assert "fout" in page.get_attribute(f"#{field_id('/title')}", "aria-describedby")
    assert page.locator("[data-count]").text_content() == "Nog 1 probleem:"
    assert not page.locator("[data-github]").is_visible()
    page.locator(f"#{field_id('/title')}").press_sequentially("Alsnog een titel")
    assert error_at(page, "/title") == ""


def test_choosing_a_kind_shows_no_error_yet_but_the_summary_counts_what_is_missing(page, fixture_url):
    open_form(page, fixture_url)
    choose_kind(page, "intervention")
    required = json.loads((ROOT / "schema" / "generated" / "intervention.schema.json").read_text())["required"]
    assert page.locator("[data-count]").text_content() == f"Nog {len(required) + 1} problemen:"  # and the id
    assert page.locator("[data-problems] a").count() == len(required) + 1
    assert page.locator(".kb-form [data-error-path]:not([hidden])").count() == 0
    assert page.locator(".kb-form [aria-invalid]").count() == 0
    assert page.locator('.kb-form [aria-describedby*="-fout"]').count() == 0
    page.focus(f"#{field_id('/title')}")
    page.keyboard.press("Tab")  # left without typing: now this field, and only it, says what is wrong
    assert error_at(page, "/title") == "Fout: Dit veld is verplicht: vul het in."
    assert page.get_attribute(f"#{field_id('/title')}", "aria-describedby").endswith("-fout")
    border = f"getComputedStyle(document.getElementById('{field_id('/title')}')).borderTopColor"
    assert page.evaluate(border) == "rgb(176, 0, 32)"  # the field itself is marked, not only its message
    assert page.locator(".kb-form [data-error-path]:not([hidden])").count() == 1
    page.locator("[data-problems] a", has_text="Samenvatting").click()  # a summary link shows its field's error
    assert error_at(page, "/summary") != ""
    assert page.locator(".kb-form [data-error-path]:not([hidden])").count() == 2
    page.get_by_role("button", name="Kopieer de YAML").click()  # asking for the result shows them all
    assert page.locator(".kb-form [data-error-path]:not([hidden])").count() == len(required) + 1


def test_wrong_values_are_named_at_their_fields(page, fixture_url):
    open_form(page, fixture_url)
    choose_kind(page, "intervention")
    page.locator("#kb-form-id").press_sequentially("Hoofdletters Mogen Niet")
    fill(page, FILLS["intervention"])
    page.locator(f"#{field_id('/last_reviewed')}").fill("2026-02-30")
    page.locator(f"#{field_id('/owner')}").fill("bestaat-niet")
    page.locator(f"#{field_id('/sources/0/year')}").fill("twintig")
    assert "geen geldig id" in error_at(page, "@id")
    assert "geen geldige datum" in error_at(page, "/last_reviewed")
    assert "Er is geen record met het id 'bestaat-niet'" in error_at(page, "/owner")
    assert "heel getal" in error_at(page, "/sources/0/year")
    page.locator("#kb-form-id").fill("beweegochtend")  # an id the fixture already uses, in another kind too
    assert "wordt al gebruikt" in error_at(page, "@id")


def test_the_edit_link_loads_the_record_and_proposes_an_edit_of_its_file(page, fixture_url, tmp_path: Path):
    page.goto(f"{fixture_url}/interventies/beweegochtend/")
    page.get_by_role("link", name="Bewerk in het formulier").click()
    page.wait_for_function(READY)
    page.wait_for_selector('[data-path="/title"]')
    project = load_project(FIXTURE, ROOT / "schema", FIXTURE / "interventions")
    record = project.by_id["beweegochtend"]
    kind = project.schemas.kinds[record.kind]
    canonical = record_yaml(record.data, bundle(project.schemas, kind), f"../../schema/generated/{kind.schema_file}")
    text = written_yaml(page)
    assert text == canonical
    assert page.input_value("#kb-form-id") == "beweegochtend"
    assert page.get_attribute("#kb-form-id", "readonly") is not None
    assert page.get_attribute("[data-github]", "href") == (
        "https://github.com/kennisbank/kennisbank/edit/main/interventions/interventies/beweegochtend.yaml"
    )
    assert "selecteer daar alle tekst" in page.locator("[data-github-note]").text_content()
    done = validate_file(tmp_path, "interventions/interventies/beweegochtend.yaml", text)
    assert problems(done) == []


def test_a_record_too_long_for_an_address_is_copied_and_the_empty_file_opened(page, fixture_url):
    open_form(page, fixture_url)
    choose_kind(page, "intervention")
    page.locator("#kb-form-id").press_sequentially("lang-record")
    fill(page, FILLS["intervention"])
    page.locator(f"#{field_id('/problem')}").fill("Een lange zin over bewegen in de wijk. " * 250)
    link = urlsplit(page.get_attribute("[data-github]", "href"))
    assert parse_qs(link.query) == {"filename": ["interventions/interventies/lang-record.yaml"]}
    assert "te lang om in één keer" in page.locator("[data-github-note]").text_content()


def test_the_vendored_validator_is_the_one_package_json_pins():
    vendored = ROOT / "plugins" / "kennisbank" / "site" / "static" / "formulier" / "vendor" / "cfworker-json-schema"
    installed = ROOT / "node_modules" / "@cfworker" / "json-schema"
    if not installed.exists():
        missing("@cfworker/json-schema (run: npm ci)")
    assert '"version": "4.1.6"' in (installed / "package.json").read_text(encoding="utf-8")
    shipped = sorted(path.name for path in vendored.glob("*.js"))
    assert shipped == sorted(path.name for path in (installed / "dist" / "esm").glob("*.js"))
    for name in shipped:
        assert (vendored / name).read_bytes() == (installed / "dist" / "esm" / name).read_bytes(), name
