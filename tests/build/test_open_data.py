"""Open data, built from the fixture knowledge base with a few hostile values added: every file
is read back and checked against what the records say."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
from pathlib import Path

import feedparser
import frictionless
import jsonschema
import openpyxl
import pytest

from kennisbank.core.project import load_project
from kennisbank.site.opendata.addresses import Addresses
from kennisbank.site.opendata.documents import ADDED, record_document
from kennisbank.site.opendata.tables import columns, csv_cell, row
from kennisbank.site.records.entries import build_entries
from kennisbank.site.records.view import RecordViews

HOSTILE_TIP = """\
title: "Tip </script><script>alert(1)</script> met \\"quotes\\""
summary: "=HYPERLINK(\\"https://x.nl\\";\\"klik\\") een samenvatting; met puntkomma's"
why: |
  -1+1 als eerste regel,
  en een tweede regel met "aanhalingstekens".
how: "@SUM(A1:A2)"
level: casus
domains: [sport, welzijn]
related: [beweegochtend]
sources:
  - title: "+31 bron"
    publisher: Movisie
    year: 2020
last_reviewed: 2025-06-02
"""
EVERY_KIND = {
    "interventies": "beweegochtend",
    "praktijkvoorbeelden": "beweegochtend-tilburg",
    "samenwerkingstips": "koppel-terug",
    "organisaties": "movisie",
    "stappenplan": "stap-1-startfoto",
}
TYPES = {"interventies": "PhysicalActivity", "organisaties": "Organization", "praktijkvoorbeelden": "CreativeWork"}


def commit(project: Path, day: str, subject: str, *flags: str) -> None:
    """A commit on ``day``, by a named person: the history must show neither name nor subject."""
    stamp = f"{day}T10:00:00+01:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp}
    git = ["git", "-c", "user.name=Redactie", "-c", "user.email=redactie@example.org"]
    subprocess.run([*git, "commit", "-q", *flags, "-m", subject], cwd=project, check=True, env=env)


@pytest.fixture(scope="module")
def project(tmp_path_factory, make_project, build) -> Path:
    project = make_project(tmp_path_factory.mktemp("open-data") / "kb")
    (project / "interventions/samenwerkingstips/vijandig.yaml").write_text(HOSTILE_TIP, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    subprocess.run(["git", "add", "."], cwd=project, check=True)
    commit(project, "2026-01-10", "Voeg de records toe <b>vet</b>")
    record = project / "interventions/interventies/beweegochtend.yaml"
    text = record.read_text(encoding="utf-8").replace("summary: ", "summary: Bijgewerkt. ", 1)
    record.write_text(text.replace("last_reviewed: 2025-06-01", "last_reviewed: 2026-02-01"), encoding="utf-8")
    commit(project, "2026-02-01", "wip: internal note, fix later", "-a")
    # Without a site_url, as a build for a host whose address is not known: the addresses are
    # root-relative (test_findable.py builds with one, and checks the absolute addresses).
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KENNISBANK_SITE_URL", "")
        result = build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.fixture(scope="module")
def site(project) -> Path:
    return project / "site"


@pytest.fixture(scope="module")
def documents(project) -> dict[str, dict]:
    model = load_project(project).model
    entries = build_entries(model)
    views = RecordViews(model, entries)
    return {entry_id: record_document(views, entry, Addresses()) for entry_id, entry in entries.items()}


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_every_record_has_its_json_linked_from_its_page(site, documents):
    assert len(documents) == 11
    for entry_id, document in documents.items():
        folder = document["url"].strip("/").split("/")[0]
        published = json.loads(read(site, f"{folder}/{entry_id}.json"))
        assert published.pop("display"), "only the record's own file carries the comparison's text"
        written = published.pop("record_file")  # and the record's fields as written, for the form's edits
        assert written["path"] == f"interventions/{folder}/{entry_id}.yaml"
        assert all(written["data"][key] == document[key] for key in written["data"] if key != "recognition")
        assert published == document
        page = read(site, f"{folder}/{entry_id}/index.html")
        assert f'<link rel="alternate describedby" type="application/json" href="../{entry_id}.json"' in page


def test_the_record_json_carries_the_comparison_text_worded_as_the_record_page(site):
    display = json.loads(read(site, "interventies/beweegochtend.json"))["display"]
    level, status = display["recognition"]
    assert level == {"text": "Goed onderbouwd, niveau I"}
    assert status["text"].startswith("Erkend: Goed onderbouwd. Niveau I, geldig tot 1 maart 2029 volgens het besluit")
    page = read(site, "interventies/beweegochtend/index.html")
    assert "Niveau I, geldig tot 1 maart 2029 volgens het besluit van 1 maart 2024." in page
    assert {"text": "Sport en bewegen"} in display["domains"], "terms by their labels, not their ids"
    example = json.loads(read(site, "praktijkvoorbeelden/beweegochtend-tilburg.json"))["display"]
    assert example["interventions"] == [{"text": "Beweegochtend in de wijk", "href": "interventies/beweegochtend/"}]


def test_the_json_carries_computed_recognition_labels_and_relations_both_ways(documents):
    intervention = documents["beweegochtend"]
    assert intervention["recognition"]["status"] == "current"
    assert intervention["recognition"]["valid_until"] == "2029-03-01"
    assert intervention["labels"]["domains"] == {"sport": "Sport en bewegen", "zorg": "Zorg"}
    derived = {(link["id"], link["kind"], link["field"]) for link in intervention["relations"]["derived"]}
    assert ("beweegochtend-tilburg", "practice-example", "interventions") in derived
    assert ("koppel-terug", "collaboration-tip", "related") in derived
    urls = {link["url"] for link in intervention["relations"]["derived"]}
    assert "/praktijkvoorbeelden/beweegochtend-tilburg/" in urls
    example = documents["beweegochtend-tilburg"]
    assert {
        "id": "beweegochtend",
        "kind": "intervention",
        "title": "Beweegochtend in de wijk",
        "url": "/interventies/beweegochtend/",
        "field": "interventions",
    } in example["relations"]["written"]
    assert documents["oude-aanpak"]["recognition"]["status"] == "expired"


def test_every_document_meets_the_published_schema_and_keeps_every_field_as_written(project, site, documents):
    published = json.loads(read(site, "schema/record.schema.json"))
    jsonschema.Draft202012Validator.check_schema(published)
    records = {record.id: record for record in load_project(project).records}
    computed = ("status", "level_text", "valid_until", "ends_by", "headline", "reason")
    for entry_id, document in documents.items():
        jsonschema.validate(document, published)
        written = records[entry_id].data
        fields = {key: value for key, value in document.items() if key not in ADDED}
        if "recognition" in written:
            assert {key: fields["recognition"][key] for key in written["recognition"]} == written["recognition"]
            fields["recognition"] = {
                key: value
                for key, value in fields["recognition"].items()
                if key in written["recognition"] or key not in computed
            }
        assert fields == written
        kind_schema = json.loads(read(site, f"schema/{document['kind']}.schema.json"))
        jsonschema.validate(fields, kind_schema)


def test_the_collections_list_every_record(site, documents):
    collection = json.loads(read(site, "data/records.json"))
    assert collection["count"] == len(documents) == len(collection["records"])
    assert {record["id"] for record in collection["records"]} == set(documents)
    lines = read(site, "data/records.ndjson").splitlines()
    assert [json.loads(line) for line in lines] == collection["records"]


def test_the_id_lookup_names_every_record_s_json_from_the_site_root(site, documents):
    lookup = json.loads(read(site, "data/ids.json"))
    assert lookup == {entry_id: document["json"].lstrip("/").split("/")[0] for entry_id, document in documents.items()}
    assert lookup["beweegochtend"] == "interventies"
    assert all((site / folder / f"{entry_id}.json").is_file() for entry_id, folder in lookup.items())


def test_each_csv_reads_back_row_for_row(project, site, documents):
    kinds = load_project(project).schemas.kinds
    for kind in kinds.values():
        with (site / f"data/{kind.folder}.csv").open(encoding="utf-8-sig", newline="") as stream:
            read_back = list(csv.reader(stream))
        table = columns(kind)
        assert read_back[0] == [column.name for column in table]
        expected = [
            [csv_cell(value) for value in row(document, table)]
            for document in documents.values()
            if document["kind"] == kind.name
        ]
        assert read_back[1:] == expected


def test_the_workbook_reads_back_sheet_for_sheet(project, site, documents):
    kinds = load_project(project).schemas.kinds
    workbook = openpyxl.load_workbook(site / "data/kennisbank.xlsx", read_only=True)
    assert workbook.sheetnames == [kind.plural for kind in kinds.values()]
    for kind in kinds.values():
        values = [list(line) for line in workbook[kind.plural].iter_rows(values_only=True)]
        table = columns(kind)
        expected = [
            [None if value == "" else value for value in row(document, table)]
            for document in documents.values()
            if document["kind"] == kind.name
        ]
        assert values[0] == [column.name for column in table]
        assert values[1:] == expected


def test_cells_a_spreadsheet_would_run_are_text(site):
    with (site / "data/samenwerkingstips.csv").open(encoding="utf-8-sig", newline="") as stream:
        hostile = next(line for line in csv.DictReader(stream) if line["id"] == "vijandig")
    assert hostile["summary"] == '\'=HYPERLINK("https://x.nl";"klik") een samenvatting; met puntkomma\'s'
    assert hostile["why"].startswith('\'-1+1 als eerste regel,\nen een tweede regel met "aanhalingstekens".')
    assert hostile["how"] == "'@SUM(A1:A2)" and hostile["sources.title"] == "'+31 bron"
    sheet = openpyxl.load_workbook(site / "data/kennisbank.xlsx")["Samenwerkingstips"]
    header = [cell.value for cell in sheet[1]]
    line = next(cells for cells in sheet.iter_rows(min_row=2) if cells[0].value == "vijandig")
    summary = line[header.index("summary")]
    expected = '=HYPERLINK("https://x.nl";"klik") een samenvatting; met puntkomma\'s'
    assert (summary.data_type, summary.value) == ("s", expected)


def test_the_data_package_validates_with_frictionless(site):
    report = frictionless.validate(str(site / "data/datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads(read(site, "data/datapackage.json"))
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert {resource["path"] for resource in descriptor["resources"]} == {f"{folder}.csv" for folder in EVERY_KIND}


def test_the_dcat_catalogue_has_every_mandatory_field(site):
    catalog = json.loads(read(site, "data/catalog.jsonld"))
    assert catalog["@type"] == "dcat:Catalog" and len(catalog["dcat:dataset"]) == 1 + len(EVERY_KIND)
    for dataset in catalog["dcat:dataset"]:
        for key in (
            "dct:title",
            "dct:description",
            "dct:identifier",
            "dct:publisher",
            "dct:creator",
            "dcat:contactPoint",
            "dcat:theme",
            "dct:accessRights",
        ):
            assert dataset.get(key), (dataset["@id"], key)
        for distribution in dataset["dcat:distribution"]:
            for key in ("dcat:accessURL", "dct:license", "dct:format", "dcat:mediaType"):
                assert distribution.get(key), (dataset["@id"], key)
            assert (site / distribution["dcat:accessURL"]["@id"].lstrip("/")).exists()
    assert catalog["dct:license"] == {"@id": "https://creativecommons.org/publicdomain/zero/1.0/"}


def jsonld(page: str) -> list[dict]:
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return [json.loads(found) for found in scripts]


def test_every_record_page_carries_json_ld_of_its_kind_that_parses(site):
    for folder, entry_id in EVERY_KIND.items():
        (found,) = jsonld(read(site, f"{folder}/{entry_id}/index.html"))
        assert found["@context"] == "https://schema.org" and found["identifier"] == entry_id
        assert found["@type"] == TYPES.get(folder, "CreativeWork")
    intervention = jsonld(read(site, "interventies/beweegochtend/index.html"))[0]
    assert intervention["recognizingAuthority"] == {
        "@type": "Organization",
        "name": "Movisie",
        "url": "/organisaties/movisie/",
    }
    example = jsonld(read(site, "praktijkvoorbeelden/beweegochtend-tilburg/index.html"))[0]
    assert example["contentLocation"] == {"@type": "AdministrativeArea", "name": "Tilburg", "identifier": "GM0855"}
    (home,) = jsonld(read(site, "index.html"))
    assert home["@type"] == "DataCatalog"
    assert "/data/records.json" in {download["contentUrl"] for download in home["dataset"][0]["distribution"]}


def test_a_title_cannot_close_the_json_ld_script(site):
    page = read(site, "samenwerkingstips/vijandig/index.html")
    script = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1)
    assert "<" not in script and ">" not in script
    assert json.loads(script)["name"] == 'Tip </script><script>alert(1)</script> met "quotes"'
    assert "<script>alert(1)" not in page


def test_the_feed_parses_as_atom_newest_first(site):
    parsed = feedparser.parse(read(site, "feed.xml"))
    assert parsed.version == "atom10" and not parsed.bozo
    assert len(parsed.entries) == 11
    titles = [entry.title for entry in parsed.entries]
    assert 'Tip </script><script>alert(1)</script> met "quotes"' in titles
    assert parsed.entries[0].link.startswith("/")


def test_record_pages_say_per_day_which_fields_changed_never_the_commit_subject(site):
    page = read(site, "interventies/beweegochtend/index.html")
    history = page.split('id="wijzigingen"')[1]
    assert "<li>1 februari 2026: Samenvatting en Laatst bijgewerkt gewijzigd</li>" in history
    assert "<li>10 januari 2026: toegevoegd</li>" in history
    assert "Voeg de records toe" not in page and "wip" not in page, "commit subjects are developers' notes"
    assert "Redactie" not in history, "commits name private persons: never shown"
    assert "<li>10 januari 2026: toegevoegd</li>" in read(site, "interventies/oude-aanpak/index.html")


def test_outside_a_git_checkout_the_build_says_so_once_and_leaves_history_out(tmp_path, make_project, build):
    project = make_project(tmp_path / "kb")
    result = build(project)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("geen git-checkout") == 1
    assert 'id="wijzigingen"' not in (project / "site/interventies/beweegochtend/index.html").read_text()


def test_the_open_data_page_is_in_the_nav_and_links_every_file(site):
    page = read(site, "open-data/index.html")
    for path in (
        "data/records.json",
        "data/records.ndjson",
        "data/kennisbank.xlsx",
        "data/catalog.jsonld",
        "data/datapackage.json",
        "data/ids.json",
        "feed.xml",
        "schema/record.schema.json",
        *(f"data/{folder}.csv" for folder in EVERY_KIND),
    ):
        assert f'href="../{path}"' in page, path
        assert (site / path).exists(), path
    assert 'href="open-data/"' in read(site, "index.html")
