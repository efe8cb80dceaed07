"""One canonical YAML for a record, written the same by Python (core) and by the form (JavaScript).

Every record of the knowledge base, plus texts chosen to trip a YAML writer up, goes through
both serialisers; the bytes must be equal, and what Python writes must read back as the same
data with the records' own loader and pass the validator.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kennisbank.core.bundles import bundle
from kennisbank.core.parsing import parse_yaml
from kennisbank.core.project import load_project
from kennisbank.core.record_yaml import record_yaml
from kennisbank.core.records import load_records
from kennisbank.core.schemas import load_schemas
from tests.constants import ROOT, SCHEMA

SCRIPT = ROOT / "plugins" / "kennisbank" / "site" / "static" / "formulier" / "recordyaml.js"
NODE_DRIVER = """
import { recordYaml } from %s;
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  const cases = JSON.parse(input);
  process.stdout.write(JSON.stringify(cases.map((c) => recordYaml(c.data, c.schema, c.link))));
});
"""
TRICKY = [
    "yes",
    "No",
    "123",
    "1.5",
    "0x1F",
    "12:30",
    "~",
    "null",
    "2024-05-01",
    "a: b",
    "# not a comment",
    "  leading spaces",
    "trailing spaces  ",
    "tab\there",
    "line\nbreak",
    "ends with one\n",
    "ends with two\n\n",
    "\nstarts with a break",
    "  indented\nfirst line",
    "space only line\n   \nafter",
    'quote " and backslash \\',
    "control \x01 \x7f \x85 \u2028 \ufeff",
    "émoji 🙂 and ü",
    "http://x.nl/a?b=c&d#e",
    "ends with colon:",
    "'single'",
    "- dash",
    "",
    # long prose, folded when a folded block reads back exactly, double-quoted when not
    "Een zin van gewone woorden die niet op de regel van zijn sleutel past, " * 3 + "en dus wordt gevouwen.",
    ("Blij 🙂🙂🙂 en ü: Python en JavaScript tellen kolommen in tekens, niet in UTF-16-eenheden. " * 3).strip(),
    "Twee  spaties midden in een lange zin kunnen niet in een gevouwen blok, want vouwen maakt er één van. " * 2,
    " Een spatie vooraan in een lange zin zou het blok dieper inspringen en de regelovergang behouden. " * 2,
    "Een spatie achteraan in een lange zin valt weg in een gevouwen blok en mag dus niet gevouwen worden. ",
    "Een tab\tin een lange zin hoort niet in een gevouwen blok: schrijf hem dan als tekst tussen aanhalingstekens.",
    "Eenwoordzonderspatiesdatlangerisdandebreedtevaneenregelenduszijneigenregelkrijgtinhetgevouwenblok " * 2,
    "# Een hekje vooraan en - een streepje en: een dubbele punt zijn in een gevouwen blok gewoon tekst, " * 2,
]


def node_yaml(cases: list[dict]) -> list[str]:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node is required in CI", pytrace=False)
        pytest.skip("node not available")
    driver = NODE_DRIVER % json.dumps(SCRIPT.as_uri())
    done = subprocess.run(
        [node, "--input-type=module", "-e", driver],
        input=json.dumps(cases, ensure_ascii=False),
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return json.loads(done.stdout)


def every_record() -> list[dict]:
    schemas = load_schemas(SCHEMA)
    records, _ = load_records(ROOT, ROOT / "interventions", schemas)
    return [
        {
            "path": record.path,
            "data": record.data,
            "schema": bundle(schemas, schemas.kinds[record.kind]),
            "link": f"../../schema/generated/{schemas.kinds[record.kind].schema_file}",
        }
        for record in records
    ]


def tricky_cases() -> list[dict]:
    schema = bundle(load_schemas(SCHEMA), load_schemas(SCHEMA).kinds["intervention"])
    cases = []
    for text in TRICKY:
        data = {"title": text, "summary": text, "problem": text, "owner": text, "goals": {"main": text, "sub": [text]}}
        cases.append({"path": repr(text), "data": data, "schema": schema, "link": "x.json"})
    return cases


def test_python_and_the_form_write_every_record_byte_for_byte_alike():
    cases = every_record() + tricky_cases()
    assert len(cases) > 250
    from_node = node_yaml(cases)
    for case, written in zip(cases, from_node, strict=True):
        assert written == record_yaml(case["data"], case["schema"], case["link"]), case["path"]


@pytest.mark.parametrize("case", tricky_cases(), ids=lambda case: case["path"])
def test_tricky_text_reads_back_unchanged(case):
    written = record_yaml(case["data"], case["schema"], case["link"])
    parsed = parse_yaml(written)
    assert parsed.faults == []
    assert parsed.data == case["data"]


def test_every_record_written_canonically_reads_back_and_validates(tmp_path: Path):
    shutil.copytree(ROOT / "schema", tmp_path / "schema")
    for case in every_record():
        written = record_yaml(case["data"], case["schema"], case["link"])
        assert written.startswith(f"# yaml-language-server: $schema={case['link']}\n")
        assert parse_yaml(written).data == case["data"], case["path"]
        target = tmp_path / case["path"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(written, encoding="utf-8")
    project = load_project(tmp_path, today=date(2026, 12, 1))
    assert len(project.records) == len(every_record())
    assert [problem for problem in project.problems if problem.severity == "error"] == []


def test_fields_come_in_schema_order_and_text_is_written_as_records_are():
    schemas = load_schemas(SCHEMA)
    schema = bundle(schemas, schemas.kinds["collaboration-tip"])
    data = {
        "last_reviewed": "2026-01-02",
        "why": "Omdat het werkt.\nEcht.\n",
        "title": "Samen: sterker",
        "domains": ["sport"],
        "related": ["yes"],
    }
    assert record_yaml(data, schema, "s.json") == (
        "# yaml-language-server: $schema=s.json\n"
        'title: "Samen: sterker"\n'
        "why: |\n  Omdat het werkt.\n  Echt.\n"
        "domains:\n  - sport\n"
        'related:\n  - "yes"\n'
        "last_reviewed: 2026-01-02\n"
    )


def test_long_prose_is_folded_at_the_records_width_and_one_line_fields_stay_quoted():
    schemas = load_schemas(SCHEMA)
    schema = bundle(schemas, schemas.kinds["organisation"])
    words = "Landelijke sportbond voor judo, jiujitsu en aikido, met leraren in het hele land en " * 2
    data = {"title": words.strip(), "summary": words.strip()}
    written = record_yaml(data, schema, "s.json").split("\n")
    assert written[1] == f"title: {json.dumps(words.strip(), ensure_ascii=False)}"  # a title is one line
    assert written[2] == "summary: >-"
    assert written[3:-1] == [
        "  Landelijke sportbond voor judo, jiujitsu en aikido, met leraren in het hele land en Landelijke",
        "  sportbond voor judo, jiujitsu en aikido, met leraren in het hele land en",
    ]
    assert all(len(line) <= 98 for line in written[2:])
    assert parse_yaml("\n".join(written)).data == data


def test_most_records_written_by_hand_come_back_byte_for_byte():
    """What an edit in the form changes is what the person changed: the canonical text is the
    file's own text for most records (118 of 275 when the folded style came in; the rest differ in
    the order of fields, prose written plain, or a summary wrapped by hand at another width)."""
    cases = every_record()
    same = [
        case
        for case in cases
        if record_yaml(case["data"], case["schema"], case["link"]) == (ROOT / case["path"]).read_text(encoding="utf-8")
    ]
    assert len(same) >= 0.4 * len(cases)
