"""Guards for the imported real interventions: enough recognised records, each traceable to a
source, end dates that follow the ladder, and no personal e-mail addresses anywhere.

The records are read with the project's own loader. Should that import break while the code is
being refactored, the YAML files are read directly, so the checks on the records keep running.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

MIN_RECOGNISED = 25
MIN_DATED = 20
# A local part made of two name-like words joined by a dot, underscore or hyphen
# (jan.jansen@, j.jansen@, jan_jansen@): the shape of a personal address, not of info@ or team@.
PERSONAL_EMAIL = re.compile(r"\b([a-z]{1,20})[._-]([a-z]{2,30})@[a-z0-9.-]+\.[a-z]{2,}\b", re.IGNORECASE)


def _load_with_project_loader():
    from kennisbank.project import load_project

    project = load_project(ROOT)
    levels = project.schemas.vocabularies["recognition-levels"]
    records = [(record.kind, record.id, record.data) for record in project.records]
    validity = {term_id: term.validity_years for term_id, term in levels.terms.items()}
    return records, validity


def _load_from_yaml():
    folders = {"interventies": "intervention", "organisaties": "organisation", "praktijkvoorbeelden": "practice-example",
               "samenwerkingstips": "collaboration-tip", "stappenplan": "guide-step"}
    records = []
    for folder, kind in folders.items():
        for path in sorted((ROOT / "interventions" / folder).glob("*.yaml")):
            records.append((kind, path.stem, yaml.safe_load(path.read_text(encoding="utf-8"))))
    vocabulary = yaml.safe_load((ROOT / "schema" / "vocabularies" / "recognition-levels.yaml").read_text(encoding="utf-8"))
    validity = {term["id"]: term.get("validity_years") for term in vocabulary["terms"]}
    return records, validity


try:
    RECORDS, VALIDITY = _load_with_project_loader()
except ImportError:  # the loader is being refactored elsewhere; the records themselves still count
    RECORDS, VALIDITY = _load_from_yaml()

INTERVENTIONS = {record_id: data for kind, record_id, data in RECORDS if kind == "intervention"}
ORGANISATIONS = {record_id: data for kind, record_id, data in RECORDS if kind == "organisation"}
RECOGNISED = {record_id: data["recognition"] for record_id, data in INTERVENTIONS.items()
              if isinstance(data.get("recognition"), dict) and data["recognition"].get("level")}
DATED = {record_id: recognition for record_id, recognition in RECOGNISED.items() if recognition.get("decided")}


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


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


def test_at_least_twenty_five_interventions_carry_a_recognition_level():
    assert len(RECOGNISED) >= MIN_RECOGNISED, sorted(RECOGNISED)


def test_at_least_twenty_interventions_carry_a_decision_date():
    assert len(DATED) >= MIN_DATED, sorted(DATED)


def test_every_recognised_intervention_names_a_source_with_an_address():
    without = [record_id for record_id in RECOGNISED
               if not any(isinstance(source, dict) and source.get("url") for source in INTERVENTIONS[record_id]["sources"])]
    assert without == []


def test_every_recognition_uses_a_level_of_the_ladder():
    unknown = {record_id: recognition["level"] for record_id, recognition in RECOGNISED.items()
               if recognition["level"] not in VALIDITY}
    assert unknown == {}


def test_every_recognition_is_assessed_by_a_partner_in_the_recognition_system():
    not_partners = {record_id: recognition.get("assessed_by") for record_id, recognition in RECOGNISED.items()
                    if not ORGANISATIONS.get(recognition.get("assessed_by"), {}).get("recognition_partner")}
    assert not_partners == {}


def test_a_decision_date_is_never_combined_with_a_separate_decision_year():
    both = [record_id for record_id, recognition in RECOGNISED.items()
            if recognition.get("decided") and recognition.get("decided_year")]
    assert both == []


@pytest.mark.parametrize("record_id", sorted(DATED))
def test_the_end_date_is_the_decision_date_plus_the_term_of_the_level(record_id):
    from kennisbank.recognition import add_years

    recognition = DATED[record_id]
    years = VALIDITY[recognition["level"]]
    if years is None or recognition.get("valid_until"):
        pytest.skip("the level has no term, or the record states its own end date")
    decided = _as_date(recognition["decided"])
    assert add_years(decided, years) == _plus_years(decided, years)


def test_add_years_handles_the_leap_day_like_the_ladder():
    from kennisbank.recognition import add_years

    assert add_years(date(2020, 2, 29), 5) == date(2025, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_the_project_derives_the_same_end_date_for_every_dated_recognition():
    try:
        from kennisbank.project import load_project
        from kennisbank.recognition import recognition_of
    except ImportError:
        pytest.skip("the project loader is not importable right now")
    project = load_project(ROOT)
    levels = project.schemas.vocabularies["recognition-levels"]
    wrong = {}
    for record in project.records:
        recognition = DATED.get(record.id) if record.kind == "intervention" else None
        if not recognition or VALIDITY[recognition["level"]] is None or recognition.get("valid_until"):
            continue
        expected = _plus_years(_as_date(recognition["decided"]), VALIDITY[recognition["level"]])
        derived = recognition_of(record.data, levels, project.today).valid_until
        if derived != expected:
            wrong[record.id] = (derived, expected)
    assert wrong == {}


def test_no_record_contains_a_personal_email_address():
    found = {}
    for kind, record_id, data in RECORDS:
        hits = [match.group(0) for text in _texts(data) for match in PERSONAL_EMAIL.finditer(text)]
        if hits:
            found[f"{kind}/{record_id}"] = hits
    assert found == {}


def test_the_personal_email_pattern_tells_people_from_mailboxes():
    assert PERSONAL_EMAIL.search("mail j.jansen@example.nl of bel")
    assert PERSONAL_EMAIL.search("anna_de@example.org")
    assert not PERSONAL_EMAIL.search("info@beweegwijs.nl")
    assert not PERSONAL_EMAIL.search("slimmer@ggdnog.nl")


def test_the_sources_page_lists_every_source_address_of_the_recognised_interventions():
    page = (ROOT / "docs" / "bronnen.md").read_text(encoding="utf-8")
    missing = sorted({source["url"] for record_id in RECOGNISED for source in INTERVENTIONS[record_id]["sources"]
                      if isinstance(source, dict) and source.get("url") and source["url"] not in page})
    assert missing == []
