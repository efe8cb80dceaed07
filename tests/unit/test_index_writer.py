"""The catalogue index written beside the build: every record indexed, and failures not lost."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from kennisbank.core.project import load_project
from kennisbank.site.catalogue import word_index as search
from kennisbank.site.records.entries import build_entries
from tests.constants import FIXTURE, SCHEMA


@pytest.fixture(scope="module")
def records():
    return search.search_records(build_entries(load_project(FIXTURE, schema_folder=SCHEMA).model))


def test_the_writer_indexes_every_record_without_a_pause_per_record(records, tmp_path, monkeypatch):
    """Counted, not timed: the wrapper's reply loop slept 0.1 s before every reply (Pagefind issue 976)."""
    pauses = []
    sleep = asyncio.sleep

    async def counted(delay, *args, **kwargs):
        if delay >= 0.1:
            pauses.append(delay)
        return await sleep(delay, *args, **kwargs)

    monkeypatch.setattr(asyncio, "sleep", counted)
    assert search.IndexWriter(records, tmp_path / "pagefind").start().wait() == len(records)
    entry = json.loads((tmp_path / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["nl"]["page_count"] == len(records)
    assert pauses == [], "the wrapper's 0.1 s pause per reply is back"


def test_wait_raises_what_writing_raised(records, tmp_path, monkeypatch):
    def broken(*args):
        raise RuntimeError("pagefind is missing")

    monkeypatch.setattr(search, "write_index", broken)
    with pytest.raises(RuntimeError, match="pagefind is missing"):
        search.IndexWriter(records, tmp_path / "pagefind").start().wait()


def test_records_are_indexed_in_bundles_cut_by_a_stable_hash_each_by_one_process(records, tmp_path):
    bundles = []
    writer = search.IndexWriter(records, tmp_path / "pagefind", partition=4, then=bundles.extend)
    assert writer.start().wait() == len(records)
    assert [path.name for path in bundles] == ["pagefind", "pagefind-2", "pagefind-3"]
    counts = [
        json.loads((path / "pagefind-entry.json").read_text())["languages"]["nl"]["page_count"] for path in bundles
    ]
    parts = search.bundle_parts(records, 3)
    assert counts == [len(part) for part in parts] and sum(counts) == len(records)
    assert all(search.bundle_of(record.url, 3) == number for number, part in enumerate(parts) for record in part)


def test_a_record_keeps_its_bundle_when_others_change_their_title_or_are_added(records):
    """Cut in title order, a renamed or added record shifted every bundle after it; cut by hash, none."""
    renamed = [
        search.SearchRecord(record.url, record.content, {"title": "Z " + record.meta["title"]}) for record in records
    ]
    added = [search.SearchRecord("/interventies/nieuw/", "nieuw", {"title": "A nieuw"}), *renamed]
    before, after = search.bundle_parts(records, 3), search.bundle_parts(added, 3)
    for old, new in zip(before, after, strict=True):
        assert {record.url for record in old} <= {record.url for record in new}


def test_a_rebuild_indexes_again_only_the_bundle_whose_records_changed(records, tmp_path):
    folder, written = tmp_path / "pagefind", {}
    first = search.bundle_folders(folder, len(records), partition=3)
    search.IndexWriter(records, folder, partition=3, written=written).start().wait()
    assert len(first) >= 2
    stamps = {bundle: (bundle / "pagefind-entry.json").stat().st_mtime_ns for bundle in first if bundle.exists()}
    edited = [search.SearchRecord(records[0].url, records[0].content + " nieuwwoord", records[0].meta), *records[1:]]
    time.sleep(0.01)
    search.IndexWriter(edited, folder, partition=3, written=written).start().wait()
    changed = [bundle for bundle in stamps if (bundle / "pagefind-entry.json").stat().st_mtime_ns != stamps[bundle]]
    assert changed == [first[search.bundle_of(records[0].url, len(first))]], "only the edited record's bundle"
    # without the digests, as a full build: every bundle
    search.IndexWriter(edited, folder, partition=3).start().wait()
    assert all((bundle / "pagefind-entry.json").stat().st_mtime_ns != stamps[bundle] for bundle in stamps)


def test_under_serve_an_unchanged_entry_keeps_its_search_record_and_a_new_one_is_made():
    from kennisbank.core.project import load_project
    from kennisbank.site.catalogue.word_index import search_records
    from kennisbank.site.records.entries import build_entries
    from tests.constants import FIXTURE, SCHEMA, TODAY

    model = load_project(FIXTURE, schema_folder=SCHEMA, today=TODAY).model
    entries = build_entries(model)
    kept: dict = {}
    first = search_records(entries, kept)
    assert all(a is b for a, b in zip(first, search_records(entries, kept), strict=True))
    remade = build_entries(model)  # new entry objects: as after an edit, for every record
    again = search_records(remade, kept)
    assert not any(a is b for a, b in zip(first, again, strict=True)) and first == again
