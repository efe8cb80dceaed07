"""The browser benchmark itself: it reports every figure, even when a step leaves the count as it was
(the case that made it wait for a change that never came)."""

from __future__ import annotations

import json
import os

import pytest

from benchmarks.browser import STEPS, measure


def test_the_benchmark_reports_each_step_even_when_the_query_keeps_the_count(site, browser):
    found = measure(site, facet="kind=guide-step", query="stap", word="sport", rounds=1, browser=browser)
    assert found["query_results"] == 5, "every guide step has the word: the count does not change"
    for step in STEPS:
        assert found[f"{step}_requests"] > 0 and found[f"{step}_gzip_kb"] > 0
    assert found["catalogue_gzip_kb"] == pytest.approx(sum(found[f"{step}_gzip_kb"] for step in STEPS), abs=0.3)
    records = len(json.loads((site / "data" / "ids.json").read_text(encoding="utf-8")))
    assert 0 < found["broad_results"] < records and found["broad_query_s"] > 0, "a broad word, yet not every record"
    assert found["first_results_s"] > 0 and found["deep_link_results_s"] > 0
    assert found["facet_pagefind_requests"] == 0, "filtering alone must not fetch the word index"
    assert found["query_pagefind_requests"] > 0
    assert found["rounds"] == 1 and len(found["load_average_end"]) == 3


def test_the_phone_score_of_the_catalogue_is_read_from_lighthouse(fixture_site):
    """make bench judges the catalogue on a phone by Lighthouse's mobile score (budget: 90 or more)."""
    from benchmarks.lighthouse import LIGHTHOUSE, mobile_performance

    if not LIGHTHOUSE.exists():
        if os.environ.get("CI"):
            pytest.fail("Lighthouse ontbreekt: .ci/run installeert het met npm ci")
        pytest.skip("Lighthouse ontbreekt (npm ci)")
    found = mobile_performance(fixture_site)
    assert 0 < found["lighthouse_performance"] <= 100
    assert found["lighthouse_cls"] < 0.1, "the catalogue's results must not shift while they load"
    assert found["lighthouse_lcp_s"] > 0
