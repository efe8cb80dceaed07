"""The benchmark page judges each budget at the size it is set for, and says by how much."""

from __future__ import annotations

from benchmarks.budgets import budgets_list


def run(records: int, **figures) -> dict:
    return {"records": records, **figures}


def test_a_missed_budget_says_by_how_much_and_a_missing_size_is_not_judged():
    page = budgets_list([run(1_000, build_ratio=0.9, edit_loop_ratio=0.03), run(10_000, validate_ratio=0.8)])
    lines = {line.split("**")[1] + line.split("**")[2].split(":")[0]: line for line in page.splitlines()}
    assert "0,030 tegen een doel van ten hoogste 0,050: gehaald (40 % eronder)" in page
    assert "0,90 tegen een doel van ten hoogste 0,70: niet gehaald (29 % erboven)" in page
    assert "0,80 tegen een doel van ten hoogste 1,00: gehaald (20 % eronder)" in page
    assert (
        "bij 30.000 records: niet gemeten"
        in lines[
            "groei van het piekgeheugen van 10.000 naar 30.000 records, "
            "per record (1,00 = evenredig) bij 30.000 records"
        ]
    )


def test_memory_growth_is_measured_between_ten_and_thirty_thousand():
    page = budgets_list([run(10_000, peak_tree_mb=600.0), run(30_000, peak_tree_mb=1_500.0)])
    assert "bij 30.000 records: 0,83 tegen een doel van ten hoogste 1,00: gehaald" in page


def test_a_budget_of_zero_requests_is_met_only_by_none():
    met = budgets_list([run(10_000, browser_facet_pagefind_requests=0)])
    assert "0 tegen een doel van ten hoogste 0: gehaald" in met
    assert "niet gehaald" in budgets_list([run(10_000, browser_facet_pagefind_requests=2)])


def test_a_score_is_a_floor_met_at_or_above_it():
    met = budgets_list([run(10_000, browser_lighthouse_performance=92)])
    assert "92 tegen een doel van ten minste 90: gehaald (2 % erboven)" in met
    missed = budgets_list([run(10_000, browser_lighthouse_performance=81)])
    assert "81 tegen een doel van ten minste 90: niet gehaald (10 % eronder)" in missed
    assert "Lighthouse-prestatiescore** bij 10.000 records: niet gemeten (doel: ten minste 90)" in budgets_list([])


def test_memory_is_judged_by_pss_where_it_was_sampled_and_by_the_rss_sum_before():
    both = budgets_list([run(10_000, peak_tree_mb=1_500.0, peak_tree_pss_mb=650.0)])
    assert (
        "alle processen samen, PSS (MB)** bij 10.000 records: 650 tegen een doel van ten hoogste 700: gehaald" in both
    )
    older = budgets_list([run(10_000, peak_tree_mb=1_500.0)])
    assert "bij 10.000 records: 1.500 tegen een doel van ten hoogste 700: niet gehaald" in older


def test_the_ablations_show_in_the_table_or_say_they_were_not_measured():
    from benchmarks.report import ROWS

    rows = dict(ROWS)
    label = "Build zonder woordindex (ablatie) / verhouding tot de baseline"
    assert rows[label]({"ablation_word_index_s": 7.31, "ablation_word_index_ratio": 0.81}) == "7,3 s / 0,81"
    assert rows["Build zonder open data (ablatie) / verhouding tot de baseline"]({}) == "niet gemeten"


def test_adding_and_removing_a_record_under_serve_are_judged_like_an_edit():
    page = budgets_list([run(1_000, add_ratio=0.12, remove_ratio=0.04), run(10_000, add_ratio=0.02)])
    added = [line for line in page.splitlines() if "nieuw record onder" in line]
    removed = [line for line in page.splitlines() if "verwijderd record onder" in line]
    assert "bij 1.000 records: 0,120 tegen een doel van ten hoogste 0,050: niet gehaald" in added[0]
    assert "bij 10.000 records: 0,020 tegen een doel van ten hoogste 0,010: niet gehaald" in added[1]
    assert "bij 1.000 records: 0,040 tegen een doel van ten hoogste 0,050: gehaald" in removed[0]
    assert "bij 10.000 records: niet gemeten" in removed[1]
