"""The catalogue's own index: bitsets that decode to exactly the records with a term, cards equal
to the entries, the review order, and a Pagefind mapping that covers every fragment."""

from __future__ import annotations

import base64
import gzip
import json
from pathlib import Path

import pytest

from kennisbank.core.project import load_project
from kennisbank.site.catalogue import facet_index as facetindex
from kennisbank.site.catalogue import word_index as search
from kennisbank.site.catalogue.facets import FACET_KEYS
from kennisbank.site.records.entries import build_entries
from tests.constants import FIXTURE, ROOT, SCHEMA


@pytest.fixture(scope="module")
def entries():
    return build_entries(load_project(ROOT).model)  # 105 records: bitsets span several 32-bit words


@pytest.fixture(scope="module")
def site(entries, tmp_path_factory) -> Path:
    """The facet index, the cards and a real Pagefind bundle with its mapping, as the plugin writes them."""
    folder = tmp_path_factory.mktemp("site")
    facetindex.write_facet_index(folder, entries)
    records = search.search_records(entries)
    search.IndexWriter(
        records, folder / "pagefind", then=lambda bundles: facetindex.write_mapping(folder, ["pagefind/"], entries)
    ).start().wait()
    return folder


def read(site: Path, name: str) -> dict:
    return json.loads((site / facetindex.FOLDER / name).read_text(encoding="utf-8"))


def decode(text: str) -> set[int]:
    """As catalogus-index.js reads a bitset: little-endian 32-bit words, bit n of word n // 32."""
    data = base64.b64decode(text)
    assert len(data) % 4 == 0
    words = [int.from_bytes(data[at : at + 4], "little") for at in range(0, len(data), 4)]
    return {index * 32 + bit for index, word in enumerate(words) for bit in range(32) if word >> bit & 1}


def lookup(mapping: dict, found: str) -> int | None:
    """As catalogus-index.js finds a Pagefind id's record: the shortest start that is in the mapping."""
    starts = {start: number for number, start in enumerate(mapping["ids"].split(" ")) if start}
    if not found.startswith(mapping["common"]):
        return None
    rest = found[len(mapping["common"]) :]
    for length in range(1, len(rest) + 1):
        if rest[:length] in starts:
            return starts[rest[:length]]
    return starts.get(rest + mapping["end"])


def test_every_bitset_decodes_to_exactly_the_entries_with_that_term(site, entries):
    index = read(site, facetindex.FACETS)
    assert index["records"] == len(entries) and set(index["facets"]) == set(FACET_KEYS)
    listed = list(entries.values())
    terms = 0
    for key, values in index["facets"].items():
        expected_values = {value for entry in listed for value in entry.filters.get(key, ())}
        assert set(values) == expected_values, key
        for value, term in values.items():
            numbers = decode(term["bits"])
            assert numbers == {n for n, entry in enumerate(listed) if value in entry.filters.get(key, ())}
            assert term["count"] == len(numbers) > 0
            assert len(base64.b64decode(term["bits"])) == 4 * ((len(entries) + 31) // 32)
            terms += 1
    assert terms > 50


def test_records_are_numbered_in_title_order():
    found = facetindex.facet_terms(build_entries(load_project(ROOT).model))
    assert found["kind"]["guide-step"] == sorted(found["kind"]["guide-step"])


def test_every_card_file_is_what_the_card_of_that_entry_shows(site, entries):
    cards = site / facetindex.FOLDER / facetindex.CARDS
    assert len(list(cards.iterdir())) == len(entries)
    for number, entry in enumerate(entries.values()):
        card = json.loads((cards / f"{number}.json").read_text(encoding="utf-8"))
        assert card == {
            "id": entry.id,
            "url": entry.url,
            "title": entry.title,
            "facts": entry.facts,
            "summary": entry.summary,
        }
        assert not card["url"].startswith("/"), "from the site root, so the page can resolve it"


def test_the_review_order_is_newest_first_then_title_order(site, entries):
    order = read(site, facetindex.REVIEWED)["order"]
    listed = list(entries.values())
    assert sorted(order) == list(range(len(listed)))
    keys = [(listed[n].reviewed, -n) for n in order]
    assert keys == sorted(keys, reverse=True)


def test_the_version_changes_with_the_cards(tmp_path, entries):
    facetindex.write_facet_index(tmp_path / "a", entries)
    fewer = dict(list(entries.items())[1:])
    facetindex.write_facet_index(tmp_path / "b", fewer)
    assert read(tmp_path / "a", facetindex.FACETS)["version"] != read(tmp_path / "b", facetindex.FACETS)["version"]


def test_the_mapping_covers_every_pagefind_fragment(site, entries):
    mapping = read(site, facetindex.MAPPING)
    assert mapping["bundles"] == ["pagefind/"]
    numbers = {"/" + entry.url: number for number, entry in enumerate(entries.values())}
    fragments = list((site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert len(fragments) == len(entries)
    for path in fragments:
        url = json.loads(gzip.decompress(path.read_bytes()).removeprefix(b"pagefind_dcd"))["url"]
        assert lookup(mapping, path.name.removesuffix(".pf_fragment")) == numbers[url]
    assert all(mapping["ids"].split(" ")), "every record has a fragment"


def test_pagefind_gets_no_filters_no_sort_keys_and_no_all_records_word(site, entries):
    assert not (site / "pagefind" / "filter").exists()
    record = search.search_record(next(iter(entries.values())))
    assert set(vars(record)) == {"url", "content", "meta"}
    assert "kennisbankrecord" not in record.content


def test_shortest_starts_tell_every_id_apart_even_when_one_id_starts_another():
    ids = ["nl_abc1234", "nl_abc12345", "nl_abd0000", "nl_f", "nl_ff"]
    common, shortest = facetindex.shortest_prefixes(ids)
    assert common == "nl_"
    mapping = {"common": common, "end": facetindex.END, "ids": " ".join(shortest[found] for found in ids)}
    assert [lookup(mapping, found) for found in ids] == list(range(len(ids)))
    assert lookup(mapping, "en_abc1234") is None
    assert len(shortest["nl_abd0000"]) == 3


def test_a_fragment_that_is_no_records_stops_the_build(site, entries, tmp_path):
    bundle = tmp_path / "pagefind" / "fragment"
    bundle.mkdir(parents=True)
    data = b"pagefind_dcd" + json.dumps({"url": "/elders/"}).encode()
    (bundle / "nl_0000000.pf_fragment").write_bytes(gzip.compress(data))
    with pytest.raises(ValueError, match="/elders/"):
        facetindex.write_mapping(tmp_path, ["pagefind/"], entries)


def test_the_word_index_holds_the_names_people_type_not_only_the_ids():
    """Searching a theme by its name found 1 record where its filter held 13: the index had only ids."""
    model = load_project(FIXTURE, schema_folder=SCHEMA).model
    entry = build_entries(model)["beweegochtend"]
    content = search.search_record(entry).content
    vocabularies = model.schemas.vocabularies
    for key, terms in entry.terms.items():
        for term in terms:
            assert vocabularies[key].label(term) in content, (key, term)


def test_under_serve_only_changed_cards_are_written_again(entries, tmp_path):
    known: dict[int, int] = {}
    facetindex.write_facet_index(tmp_path, entries, known)
    cards = tmp_path / facetindex.FOLDER / facetindex.CARDS
    (cards / "0.json").write_text("stale")  # a card written again would overwrite this
    facetindex.write_facet_index(tmp_path, entries, known)
    assert (cards / "0.json").read_text() == "stale"
    known[0] = 0  # as if card 0 had changed since
    facetindex.write_facet_index(tmp_path, entries, known)
    assert json.loads((cards / "0.json").read_text())["id"] == next(iter(entries.values())).id
