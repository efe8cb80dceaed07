"""Guards for the imported real interventions: enough recognised records, each traceable to a
source, end dates that follow the ladder, undated ones never shown as current, and no personal
e-mail addresses anywhere."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kennisbank.core.project import load_project
from kennisbank.core.recognition import CURRENT, UNKNOWN
from kennisbank.site.records.entries import VALID, build_entries
from kennisbank.site.records.recognition import recognition_view
from tests.constants import ROOT

# What the catalogue holds today; issue 22 asks 55 recognised, 40 of them sport and 40 dated.
MIN_RECOGNISED = 56
MIN_SPORT = 43
MIN_DATED = 44
MIN_EXAMPLES = 40
MIN_MUNICIPALITIES = 30
# A local part made of two name-like words joined by a dot, underscore or hyphen
# (jan.jansen@, j.jansen@, jan_jansen@): the shape of a personal address, not of info@ or team@.
PERSONAL_EMAIL = re.compile(r"\b([a-z]{1,20})[._-]([a-z]{2,30})@[a-z0-9.-]+\.[a-z]{2,}\b", re.IGNORECASE)
PROJECT = load_project(ROOT)
MODEL = PROJECT.model
LEVELS = MODEL.schemas.vocabularies["recognition-levels"]
INTERVENTIONS = {record.id: record.data for record in MODEL.of_kind("intervention")}
RECOGNISED = {record_id: data["recognition"] for record_id, data in INTERVENTIONS.items() if "recognition" in data}
DATED = {record_id: recognition for record_id, recognition in RECOGNISED.items() if "decided" in recognition}
DATED_OR_YEAR = {record_id for record_id, found in RECOGNISED.items() if {"decided", "decided_year"} & set(found)}
SPORT = {record_id for record_id in RECOGNISED if "sport" in INTERVENTIONS[record_id]["domains"]}
EXAMPLES = {record.id: record.data for record in MODEL.of_kind("practice-example")}
SEEDS = ("s-hertogenbosch-", "almere-", "roermond-", "tilburg-")  # the first four, from the seed articles (no address)
UNDATED = sorted(set(RECOGNISED) - set(DATED))


def _plus_years(day: date, years: int) -> date:
    """The end date as the ladder defines it, worked out here without the code under test."""
    try:
        return date(day.year + years, day.month, day.day)
    except ValueError:  # 29 February, and the end year has none
        return date(day.year + years, day.month, 28)


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def test_enough_interventions_carry_a_level_and_a_decision_date():
    assert len(RECOGNISED) >= MIN_RECOGNISED, sorted(RECOGNISED)
    assert len(DATED_OR_YEAR) >= MIN_DATED, sorted(DATED_OR_YEAR)


def test_enough_recognised_interventions_are_about_sport_and_exercise():
    assert len(SPORT) >= MIN_SPORT, sorted(SPORT)


def test_every_recognition_says_when_it_was_checked_in_its_source():
    assert {record_id for record_id, found in RECOGNISED.items() if "checked" not in found} == set()


def test_enough_practice_examples_in_enough_municipalities_each_citing_the_page_read():
    assert len(EXAMPLES) >= MIN_EXAMPLES
    assert len({data["municipality"] for data in EXAMPLES.values()}) >= MIN_MUNICIPALITIES
    unaddressed = {
        record_id
        for record_id, data in EXAMPLES.items()
        if not any(source.get("url") for source in data["sources"]) and not record_id.startswith(SEEDS)
    }
    assert unaddressed == set()


def test_every_recognised_intervention_names_a_source_with_an_address_and_the_sources_page_lists_it():
    page = (ROOT / "docs" / "bronnen.md").read_text(encoding="utf-8")
    for record_id in RECOGNISED:
        addresses = [source["url"] for source in INTERVENTIONS[record_id]["sources"] if source.get("url")]
        assert addresses, record_id
        assert all(address in page for address in addresses), record_id


def test_every_recognition_is_assessed_by_a_partner_in_the_recognition_system():
    partners = {record.id for record in MODEL.of_kind("organisation") if record.data.get("recognition_partner")}
    assert {record_id for record_id, found in RECOGNISED.items() if found["assessed_by"] not in partners} == set()


@pytest.mark.parametrize("record_id", sorted(DATED))
def test_a_dated_recognition_ends_after_the_term_of_its_level(record_id):
    recognition = DATED[record_id]
    years = LEVELS.terms[recognition["level"]].validity_years
    decided = date.fromisoformat(recognition["decided"])
    derived = MODEL.recognitions[record_id]
    assert derived.valid_until == _plus_years(decided, years)
    assert derived.status == (CURRENT if derived.valid_until >= MODEL.today else "expired")


@pytest.mark.parametrize("record_id", UNDATED)
def test_an_undated_recognition_is_never_shown_as_current(record_id):
    entry = build_entries(MODEL)[record_id]
    assert MODEL.recognitions[record_id].status == UNKNOWN
    assert VALID not in entry.filters, "the 'only currently valid' facet would count it"
    view = recognition_view(MODEL.recognitions[record_id])
    assert view.headline.endswith("datum onbekend") and not view.headline.startswith("Erkend")


def test_real_figures_reach_the_valid_facet_and_the_expiring_report():
    statuses = [MODEL.recognitions[record_id].status for record_id in RECOGNISED]
    assert statuses.count(CURRENT) >= 5 and statuses.count("expired") >= 5
    valid = sum(1 for entry in build_entries(MODEL).values() if VALID in entry.filters)
    assert valid == statuses.count(CURRENT)


def test_no_record_contains_a_personal_email_address():
    found = {
        record.path: hits
        for record in PROJECT.records
        if (hits := [match.group(0) for text in _texts(record.data) for match in PERSONAL_EMAIL.finditer(text)])
    }
    assert found == {}


def test_the_personal_email_pattern_tells_people_from_mailboxes():
    assert PERSONAL_EMAIL.search("mail j.jansen@example.nl of bel")
    assert PERSONAL_EMAIL.search("anna_de@example.org")
    assert not PERSONAL_EMAIL.search("info@beweegwijs.nl")
    assert not PERSONAL_EMAIL.search("slimmer@ggdnog.nl")
