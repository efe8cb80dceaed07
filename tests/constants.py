"""Where the test suite finds the project and its test data, and the fixed 'today' of stable
expiry checks. A plain module, imported as ``tests.constants`` (the project root is on pytest's
``pythonpath``), since test modules use these at import time, in parameter lists, where a
fixture cannot reach."""

from __future__ import annotations

from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema"
TESTS = ROOT / "tests"
CASES = TESTS / "cases"  # the golden cases: validator output, and generated pages under pages/
FIXTURES = TESTS / "fixtures"  # kb/ (a small knowledge base of every kind) and publication/ (a sixth kind)
FIXTURE = FIXTURES / "kb"
TODAY = date(2026, 1, 1)

# One page of each type in the fixture knowledge base's site, for the checks that run on every
# type (Nu HTML Checker, Lighthouse, axe at WCAG 2.2 AA, no sideways scrolling at 320 px).
# A query string is what the browser opens; the HTML checker reads the file without it.
FIXTURE_PAGES = {
    "home": "",
    "catalogue": "catalogus/?kind=intervention",
    "intervention": "interventies/beweegochtend/",
    "practice-example": "praktijkvoorbeelden/beweegochtend-tilburg/",
    "collaboration-tip": "samenwerkingstips/koppel-terug/",
    "organisation": "organisaties/movisie/",
    "guide-step": "stappenplan/stap-1-startfoto/",
    "kind-overview": "interventies/",
    "overviews": "overzichten/",
    "term": "domeinen/sport/",
    "step-plan": "stappenplan/",
    "ratings": "over-de-beoordelingen/",
    "expiring": "erkenningen/verloopt/",
    "comparison": "vergelijken/?ids=beweegochtend,oude-aanpak",
    "gap-map": "bewijskaart/",
    "open-data": "open-data/",
    "reference": "referentie/interventies/",
    "accessibility-statement": "toegankelijkheid/",
    "hand-written": "bijdragen/",
    "contribution-form": "bijdragen/formulier/",
}
# Each kind's records folder, as the schemas' x-kind.folder names it.
KIND_FOLDERS = {
    "intervention": "interventies",
    "practice-example": "praktijkvoorbeelden",
    "collaboration-tip": "samenwerkingstips",
    "organisation": "organisaties",
    "guide-step": "stappenplan",
}
