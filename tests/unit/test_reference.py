"""The schema reference pages: every field of every kind, built by the render functions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kennisbank.core.fields import walk
from kennisbank.core.project import load_project
from kennisbank.site.pages.reference import render_reference
from tests.constants import FIXTURE, ROOT, SCHEMA, TODAY

MODEL = load_project(FIXTURE, schema_folder=SCHEMA, today=TODAY).model
PAGES = {page.src: page.markdown for page in render_reference(MODEL)}


def _property_names(node):
    """Every property name anywhere in a schema file, at any depth."""
    if isinstance(node, dict):
        for name, sub in node.get("properties", {}).items():
            yield name
            yield from _property_names(sub)
        for key, sub in node.items():
            if key != "properties":
                yield from _property_names(sub)
    elif isinstance(node, list):
        for sub in node:
            yield from _property_names(sub)


def _field_headings(markdown: str) -> list[str]:
    return re.findall(r"^### `([a-z_.]+)` \{: #[a-z_-]+ \}$", markdown, flags=re.MULTILINE)


@pytest.mark.parametrize("kind", list(MODEL.schemas.kinds.values()), ids=lambda kind: kind.name)
def test_every_field_of_the_kind_has_its_own_section(kind):
    page = PAGES[f"referentie/{kind.folder}.md"]
    headings = _field_headings(page)
    assert headings == [field.dotted for field in walk(kind.fields)]
    own = set(_property_names(json.loads((SCHEMA / kind.schema_file).read_text())))
    assert own <= {heading.split(".")[-1] for heading in headings}


def test_every_property_in_every_schema_file_appears_in_the_reference():
    """Read from the JSON files themselves, shared definitions included, not from our own field walk."""
    shown = {heading.split(".")[-1] for page in PAGES.values() for heading in _field_headings(page)}
    for path in sorted(SCHEMA.glob("*.schema.json")):
        missing = set(_property_names(json.loads(path.read_text()))) - shown
        assert missing == set(), path.name


def test_the_shared_fields_from_defs_appear_under_the_kinds_that_use_them():
    page = PAGES["referentie/interventies.md"]
    for dotted in ("sources.title", "sources.publisher", "sources.year", "sources.url", "links.title", "links.url"):
        assert f"### `{dotted}` {{: #{dotted.replace('.', '-')} }}" in page


def test_a_field_shows_type_requirement_description_allowed_values_and_a_real_example():
    page = PAGES["referentie/samenwerkingstips.md"]
    section = page[page.index("### `level`") : page.index("### `domains`")]
    assert section.splitlines() == [
        "### `level` {: #level }",
        "",
        "**Niveau**: verplicht; een niveau uit de vaste lijst.",
        "",
        "Het niveau waarop de tip geldt; waarden uit schema/vocabularies/collaboration-levels.yaml.",
        "",
        "Toegestane waarden (met de records per waarde op [Per niveau](../samenwerkingsniveaus/index.md)):",
        "",
        "- `casus`: Casusniveau. Samenwerking rond één inwoner of gezin.",
        "- `groep`: Groepsniveau. Samenwerking rond een groep inwoners of een wijk.",
        "- `beleid`: Beleidsniveau. Samenwerking tussen organisaties en gemeente over koers, geld en afspraken.",
        "",
        "Voorbeeld, uit [Koppel terug hoe het gaat](../samenwerkingstips/koppel-terug.md):",
        "",
        "```yaml",
        "level: casus",
        "```",
        "",
    ]


def test_nested_fields_say_when_they_are_required_and_examples_keep_their_nesting():
    page = PAGES["referentie/interventies.md"]
    assert "| [`recognition.level`](#recognition-level) | Niveau | verplicht als er een `recognition` is |" in page
    assert "| [`goals.sub`](#goals-sub) | Subdoelen | optioneel | lijst met per item één regel tekst" in page
    section = page[page.index("### `sources.year`") : page.index("### `sources.url`")]
    assert "```yaml\nsources:\n  - year: 2022\n```" in section


def test_a_field_no_record_fills_takes_its_example_from_the_schema_if_it_has_one():
    page = PAGES["referentie/samenwerkingstips.md"]
    section = page[page.index("### `themes`") : page.index("### `professions`")]
    assert (
        "Voorbeeld (uit het schema; nog geen record vult dit veld):\n\n```yaml\nthemes:\n  - eenzaamheid\n```"
    ) in section
    section = page[page.index("### `links.url`") : page.index("### `sources`")]
    assert "Nog geen voorbeeld: geen record in de kennisbank vult dit veld." in section


def test_the_seed_records_give_the_reference_its_examples():
    seeds = load_project(ROOT, today=TODAY).model
    page = {p.src: p.markdown for p in render_reference(seeds)}["referentie/interventies.md"]
    section = page[page.index("### `problem`") : page.index("### `goals`")]
    assert "Voorbeeld, uit [" in section and "```yaml\nproblem: |\n  " in section and " …\n```" in section
    examples = "".join(re.findall(r"```yaml\n.*?```", page, flags=re.DOTALL))
    assert "'" in examples and "&#39;" not in examples and "&amp;" not in examples  # code shows text as is


def test_the_index_links_every_kind_and_names_the_kind_for_kennisbank_new():
    index = PAGES["referentie/index.md"]
    for kind in MODEL.schemas.kinds.values():
        assert f"[{kind.label}](../referentie/{kind.folder}.md) | `interventions/{kind.folder}/`" in index
        assert f"`{kind.name}`" in index


def test_every_field_the_reference_and_scaffold_show_has_a_title_and_description():
    """The guarantee both generated texts rely on, checked on the fields as they show them."""
    fields = [field for kind in MODEL.schemas.kinds.values() for field in walk(kind.fields)]
    assert len(fields) > 50
    assert [
        field.dotted for field in fields if not field.title or field.title == field.name or not field.description
    ] == []


def test_the_reference_pages_are_part_of_the_site():
    from kennisbank.site.pages.listing import render_site

    sources = {page.src for page in render_site(MODEL)}
    assert {"referentie/index.md", "referentie/interventies.md", "erkenningen/verloopt.md"} <= sources
    assert Path(ROOT / "plugins/kennisbank/site/templates/reference.md.j2").exists()
