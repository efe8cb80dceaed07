"""The header search's title index: one row per record in title order, with its kind, its
recognition's headline and an id that gives back exactly the record's page."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kennisbank.core.project import load_project
from kennisbank.site import urls
from kennisbank.site.catalogue import title_index as titles
from kennisbank.site.records.entries import build_entries
from tests.constants import FIXTURE, ROOT, SCHEMA

TODAY = date(2026, 6, 1)  # the fixture's recognitions as they stand on a fixed day


def url_of(index: dict, row: list) -> str:
    """As zoektitels.js makes a record's URL: a number is how much of the title's slug is the id."""
    _label, before, after = index["kinds"][row[1]]
    record_id = titles.slug(row[0])[: row[3]] if isinstance(row[3], int) else row[3]
    return before + record_id + after


@pytest.mark.parametrize("root", [FIXTURE, ROOT], ids=["fixture", "project"])
@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_record_has_its_row_and_its_page(root, directory_urls, tmp_path):
    entries = build_entries(load_project(root, schema_folder=SCHEMA, today=TODAY).model, directory_urls)
    catalogue = urls.page_url(urls.CATALOGUE, directory_urls)
    path = titles.write_title_index(tmp_path, entries, catalogue)
    assert path == tmp_path / "zoekindex" / "titels.json"
    index = json.loads(path.read_text(encoding="utf-8"))
    assert index["catalogue"] == catalogue
    assert len(index["records"]) == len(entries)
    for entry, row in zip(entries.values(), index["records"], strict=True):  # title order, as the catalogue
        assert row[0] == entry.title
        assert index["kinds"][row[1]][0] == entry.kind_label
        assert row[2] == entry.note
        assert url_of(index, row) == entry.url


def test_a_fixture_record_carries_its_kind_and_recognition(tmp_path):
    entries = build_entries(load_project(FIXTURE, schema_folder=SCHEMA, today=TODAY).model)
    index = titles.title_index(entries, "catalogus/")
    rows = {row[0]: row for row in index["records"]}
    row = rows["Beweegochtend in de wijk"]
    assert index["kinds"][row[1]] == ["Interventie", "interventies/", "/"]
    assert row[2] == "Erkend: Goed onderbouwd"
    assert row[3] == len("beweegochtend")  # the id spelled by the title's slug: a number, not the id again
    assert rows["Aanpak zonder erkenning"][3] == "zonder-erkenning"  # an id the title does not start


def test_the_slug_folds_case_accents_and_punctuation_as_the_script_does():
    assert titles.slug("'s-Hertogenbosch: één plan") == "s-hertogenbosch-een-plan"
    assert titles.slug("Coach2Move!") == "coach2move"
    assert titles.slug("Œuvre – ß") == "uvre"  # letters without an ASCII base become hyphens
