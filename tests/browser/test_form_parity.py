"""The form refuses what the validator refuses: one record per kind of problem, given to both.

Each record is an intervention that is valid but for one flaw. ``kennisbank validate`` must
report the problem's code; the same record, loaded into the form as a kept draft, must show a
problem at the field. Schema rules are shared by construction (the form reads the published
schema); the rest are mirrored in ``regels.js``. What is not mirrored is listed in
``NOT_MIRRORED`` (codes) and ``PARTLY_MIRRORED`` (a part of a rule), and said in
``docs/bijdragen.md``, not in the form page's intro, which speaks to contributors.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kennisbank.core.codes import CODES
from tests.browser.formfill import READY, error_at, problems, validate_file
from tests.constants import ROOT

BASE = {
    "title": "Samen sterk in de wijk",
    "summary": "Een beweegprogramma voor ouderen in de wijk, met koffie na afloop.",
    "problem": "Ouderen in de wijk bewegen weinig.\n",
    "goals": {"main": "Meer bewegen.\n"},
    "target_groups": ["ouderen"],
    "domains": ["sport"],
    "themes": ["eenzaamheid"],
    "approach": {"components": "Wekelijks samen bewegen.\n"},
    "owner": "movisie",
    "contact": {"url": "https://www.movisie.nl"},
    "sources": [{"title": "Handreiking", "publisher": "Movisie", "year": 2024}],
    "last_reviewed": "2026-01-01",
}
RECOGNITION = {"level": "goed-beschreven", "decided": "2024-01-01", "assessed_by": "movisie", "checked": "2026-01-01"}
# code: (what to change, the id, the field the form must name)
CASES = {
    "missing-field": ({"title": None}, "geval", "/title"),
    "unknown-term": ({"domains": ["sprot"]}, "geval", "/domains"),
    "invalid-date": ({"last_reviewed": "2026-02-30"}, "geval", "/last_reviewed"),
    "invalid-url": ({"contact": {"url": "www.movisie.nl"}}, "geval", "/contact/url"),
    "too-short": ({"summary": "Te kort."}, "geval", "/summary"),
    "not-one-line": ({"title": "Twee\nregels"}, "geval", "/title"),
    "invalid-file-name": ({}, "Geen_Id", "@id"),
    "duplicate-id": ({}, "movisie", "@id"),
    "unknown-reference": ({"owner": "bestaat-niet"}, "geval", "/owner"),
    "wrong-kind-reference": ({"owner": "beweegochtend"}, "geval", "/owner"),
    "decision-in-future": ({"recognition": {**RECOGNITION, "decided": "2099-01-01"}}, "geval", "/recognition/decided"),
    "end-before-decision": (
        {"recognition": {**RECOGNITION, "valid_until": "2023-01-01", "valid_until_reason": "besluit"}},
        "geval",
        "/recognition/valid_until",
    ),
    "needs-field": ({"recognition": {**RECOGNITION, "valid_until": "2027-01-01"}}, "geval", "/recognition/valid_until"),
    "source-without-year": ({"sources": [{"title": "Handreiking", "publisher": "Movisie"}]}, "geval", "/sources/0"),
    "raw-html": ({"problem": "Ouderen <b>bewegen</b> weinig.\n"}, "geval", "/problem"),
    "unsafe-link": ({"problem": "Zie [dit](javascript:alert(1)).\n"}, "geval", "/problem"),
    "image": ({"problem": "![foto](https://example.org/a.png)\n"}, "geval", "/problem"),
    "attribute-list": ({"problem": "Ouderen bewegen weinig. {: .groot}\n"}, "geval", "/problem"),
}
# Error codes the form does not check, and why: none of them can arise in a file the form writes,
# or the pull request's check says it where the form cannot.
NOT_MIRRORED = {
    "symlink": "the form writes a plain file",
    "not-regular-file": "the form writes a plain file",
    "too-large": "the form writes a plain file; GitHub and the pull request's check limit its size",
    "unreadable": "the form writes a plain file",
    "byte-order-mark": "the form writes no byte-order mark",
    "not-utf8": "the form writes UTF-8",
    "misplaced": "the form names the kind's folder itself",
    "yaml-syntax": "the form writes the YAML (core/record_yaml.py's algorithm)",
    "yaml-multiple-documents": "the form writes one document",
    "yaml-repeated-key": "the form writes each field once",
    "yaml-anchor": "the form writes no anchors",
    "yaml-alias": "the form writes no aliases",
    "yaml-too-deep": "the schema's depth is the form's depth",
    "not-a-mapping": "the form writes fields",
    "more-findings": "a summary of Markdown findings; the form shows the first ten and the same summary",
    "schema": "jsonschema's own words for a schema rule no other code covers: the form has cfworker's",
}
# A rule the form checks all but a part of: the code, and how docs/bijdragen.md names that part.
PARTLY_MIRRORED = {
    "unsafe-link": "een link die zijn begin verstopt achter een HTML-entiteit met een naam die het formulier niet kent",
}
# How docs/bijdragen.md sums up the codes of NOT_MIRRORED: checks of the file itself.
FILE_CHECKS = "De overige controles van de pull request gaan over het bestand zelf"


def flawed(change: dict) -> dict:
    data = copy.deepcopy(BASE)
    for key, value in change.items():
        if value is None:
            data.pop(key)
        else:
            data[key] = value
    return data


def test_every_error_code_is_tested_here_or_listed_as_not_mirrored():
    warnings = {"recognition-expired", "recognition-unchecked", "recognition-check-stale"}
    warnings |= {"link-dead", "link-moved", "link-timeout"}  # kennisbank links, weekly; warnings
    error_codes = {code for code, text in CODES.items() if "(waarschuwing)" not in text} - warnings
    covered = set(CASES) | set(NOT_MIRRORED)
    schema_codes = {"unknown-field", "wrong-type", "invalid-email", "wrong-form", "empty", "too-long", "too-few"}
    schema_codes |= {"too-many", "out-of-range", "repeated-value"}
    assert error_codes - covered - schema_codes == set()


def test_what_only_the_pull_request_checks_is_said_in_the_docs_not_in_the_page_intro():
    docs = " ".join((ROOT / "docs" / "bijdragen.md").read_text(encoding="utf-8").split())
    intro = (ROOT / "plugins" / "kennisbank" / "site" / "templates" / "form.md.j2").read_text(encoding="utf-8")
    assert set(PARTLY_MIRRORED) <= set(CASES)  # the rest of the rule is held against both above
    for words in PARTLY_MIRRORED.values():
        assert words in docs
    assert FILE_CHECKS in docs
    assert "entiteit" not in intro and "pull request" not in intro


@pytest.mark.parametrize("code", list(CASES))
def test_the_form_refuses_what_the_validator_refuses(page, fixture_url, code, tmp_path: Path):
    change, record_id, field = CASES[code]
    data = flawed(change)
    text = json.dumps(data, ensure_ascii=False)  # JSON is YAML: the validator reads it as the form's data
    done = validate_file(tmp_path, f"interventions/interventies/{record_id}.yaml", text)
    assert code in {problem["code"] for problem in problems(done)}, done.stdout

    page.goto(f"{fixture_url}/bijdragen/formulier/")
    draft = {"kind": "intervention", "id": record_id, "drafts": {"intervention": data}, "editing": None}
    page.evaluate("(draft) => localStorage.setItem('kennisbank-formulier', JSON.stringify(draft))", draft)
    page.reload()
    page.wait_for_function(READY)
    page.wait_for_selector('[data-path="/title"]')
    assert error_at(page, field) != "", f"the form names no problem at {field} for {code}"
