"""Loading again under ``mkdocs serve``: only files that changed are parsed and checked.

The cache counts its work (``parsed``, ``checked``), so these tests fail if an unchanged file is
read again, or if a changed file, a new one, a removed one or another day is missed.
"""

from __future__ import annotations

import os
import shutil
from datetime import timedelta

import pytest

from kennisbank.core.project import load_project
from kennisbank.core.record_cache import RecordCache
from tests.constants import FIXTURE, SCHEMA, TODAY

TILBURG = "interventions/praktijkvoorbeelden/beweegochtend-tilburg.yaml"


@pytest.fixture
def project(tmp_path):
    shutil.copytree(FIXTURE / "interventions", tmp_path / "interventions")
    return tmp_path


def load(root, cache, today=TODAY):
    return load_project(root, schema_folder=SCHEMA, today=today, cache=cache)


def test_an_unchanged_project_is_not_parsed_or_checked_again(project):
    cache = RecordCache()
    first = load(project, cache)
    assert cache.parsed == len(first.records) and cache.checked == len(first.records)
    again = load(project, cache)
    assert (cache.parsed, cache.checked) == (0, 0)
    assert again.problems == first.problems and again.by_id.keys() == first.by_id.keys()


def test_one_saved_file_is_parsed_and_checked_again_and_the_rest_is_kept(project):
    cache = RecordCache()
    first = load(project, cache)
    path = project / TILBURG
    path.write_text(path.read_text().replace("neighbourhood: Noord", "neighbourhood: Zuid"))
    again = load(project, cache)
    assert (cache.parsed, cache.checked) == (1, 1)
    changed = next(record for record in again.records if record.path == TILBURG)
    assert changed.data["neighbourhood"] == "Zuid"
    kept = [record for record in again.records if record.path != TILBURG]
    assert all(record is first.by_id[record.id] for record in kept), "unchanged records are the same objects"


def test_a_touched_file_with_the_same_bytes_is_not_parsed(project):
    cache = RecordCache()
    load(project, cache)
    path = project / TILBURG
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    load(project, cache)
    assert cache.parsed == 0


def test_an_invalid_save_is_reported_like_a_full_load_and_a_new_file_is_read(project):
    cache = RecordCache()
    load(project, cache)
    path = project / TILBURG
    path.write_text(path.read_text().replace("title:", "titel:", 1))
    (project / "interventions/praktijkvoorbeelden/nieuw-voorbeeld.yaml").write_text("title: [\n")
    cached, full = load(project, cache), load(project, None)
    assert cache.parsed == 2 and cached.has_errors
    assert cached.problems == full.problems


def test_a_new_day_checks_every_record_again(project):
    cache = RecordCache()
    first = load(project, cache)
    later = load(project, cache, today=TODAY + timedelta(days=3650))
    assert cache.checked == len(first.records)
    assert later.problems == load(project, None, today=TODAY + timedelta(days=3650)).problems


def test_references_are_checked_again_when_their_target_goes(project):
    cache = RecordCache()
    assert not any(problem.code == "unknown-reference" for problem in load(project, cache).problems)
    target = next(path for path in (project / "interventions/organisaties").glob("*.yaml"))
    target.unlink()
    assert any(problem.code == "unknown-reference" for problem in load(project, cache).problems)
    assert cache.parsed == 0, "nothing was saved, one file went"
