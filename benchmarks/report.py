"""Write docs/benchmarks.md from run.py's results: tables, a chart, the machine, the 100,000 plan.

    python -m benchmarks report benchmarks/out/bench-1000.json benchmarks/out/bench-10000.json \
        --out docs/benchmarks.md

Each input holds run.py's JSON line. The page is Dutch, like the rest of the site; every
figure in it comes from those files (the 100,000-record column is marked as extrapolated).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .budgets import budgets_list
from .chart import bar_chart
from .numbers_nl import amount, kb, nl, records_label, share
from .plan import plan_section


def load_results(paths: list[Path]) -> list[dict]:
    results = [json.loads(path.read_text(encoding="utf-8").strip().splitlines()[-1]) for path in paths]
    return sorted(results, key=lambda result: result["records"])


def _payload(result: dict, prefix: str) -> str:
    if f"{prefix}_bytes" not in result:
        return "–"
    return f"{kb(result[prefix + '_bytes'])} / {kb(result[prefix + '_gzip_bytes'])}"


def _browser(result: dict, key: str, unit: str) -> str:
    value = result.get("browser_" + key)
    return amount(value, unit) if value is not None else "niet gemeten"


def _browser_steps(result: dict, suffix: str, unit: str) -> str:
    """One figure per step of the scenario: first view / facet / query."""
    values = [result.get(f"browser_{step}_{suffix}") for step in ("first_view", "facet", "query")]
    if None in values:
        return "niet gemeten"
    return " / ".join(amount(value, unit) if unit else nl(value, 0) for value in values)


def _seconds(result: dict, key: str) -> str:
    return amount(result[key], "s") if result.get(key) is not None else "niet gemeten"


def _ratio(result: dict, key: str) -> str:
    return nl(result[key], 2) if result.get(key) is not None else "niet gemeten"


def _stages(result: dict) -> str:
    """The build's own 'tijden:' line, as medians: where the time goes."""
    found = result.get("stages") or {}
    return " · ".join(f"{name} {nl(seconds, 2)} s" for name, seconds in found.items()) or "–"


def _program(result: dict, name: str, key: str = "peak_by_program_mb") -> str:
    found = result.get(key, {}).get(name)
    return f"{nl(found, 0)} MB" if found is not None else "–"


def _mb(result: dict, key: str) -> str:
    return f"{nl(result[key], 0)} MB" if result.get(key) is not None else "niet gemeten"


def _ablation(result: dict, option: str) -> str:
    """The build without one output (``run --ablations``): seconds, and its ratio to the baseline."""
    if result.get(f"ablation_{option}_s") is None:
        return "niet gemeten"
    return f"{nl(result[f'ablation_{option}_s'])} s / {nl(result[f'ablation_{option}_ratio'], 2)}"


ROWS = [
    ("Build met de plugin (mediaan)", lambda r: f"{nl(r['build_s'])} s"),
    ("Baseline: MkDocs + Material, dezelfde pagina's (mediaan)", lambda r: f"{nl(r['baseline_s'])} s"),
    ("Verhouding build / baseline", lambda r: nl(r["build_ratio"], 2)),
    ("Build zonder woordindex (ablatie) / verhouding tot de baseline", lambda r: _ablation(r, "word_index")),
    ("Build zonder open data (ablatie) / verhouding tot de baseline", lambda r: _ablation(r, "open_data")),
    ("Validatie, `kennisbank validate` (mediaan)", lambda r: f"{nl(r['validate_s'], 2)} s"),
    ("Dezelfde bestanden één keer laden met CSafeLoader (mediaan)", lambda r: _seconds(r, "yaml_load_s")),
    ("Verhouding validatie / laden", lambda r: _ratio(r, "validate_ratio")),
    ("Bewerken onder `make serve`: opslaan tot gewijzigde pagina (mediaan)", lambda r: _seconds(r, "edit_s")),
    ("Verhouding bewerken / volledige build", lambda r: _ratio(r, "edit_loop_ratio")),
    ("Nieuw record onder `make serve`: opslaan tot zijn pagina er is", lambda r: _seconds(r, "add_s")),
    ("Verwijderd record onder `make serve`: tot zijn pagina weg is", lambda r: _seconds(r, "remove_s")),
    (
        "Open data schrijven (in een eigen proces naast de build) / aandeel in de build",
        lambda r: f"{_seconds(r, 'open_data_s')} / {share(r.get('open_data_share'))}",
    ),
    ("Tijd per stap van de build (mediaan; 'ernaast' loopt naast MkDocs)", lambda r: _stages(r)),
    ("`data/records.json`, raw / gzip", lambda r: _payload(r, "records_json")),
    ("Facetindex van de catalogus, raw / gzip", lambda r: _payload(r, "facet_index")),
    ("Piekgeheugen build, grootste proces", lambda r: f"{nl(r['peak_rss_mb'], 0)} MB"),
    ("… waarvan Python (MkDocs en plugin)", lambda r: _program(r, "python")),
    ("… waarvan Pagefind", lambda r: _program(r, "pagefind")),
    ("Piekgeheugen build, alle processen samen (PSS)", lambda r: _mb(r, "peak_tree_pss_mb")),
    ("… waarvan Python (PSS)", lambda r: _program(r, "python", "peak_by_program_pss_mb")),
    (
        "Piekgeheugen build, alle processen samen (RSS, gedeeld geheugen dubbel geteld)",
        lambda r: f"{nl(r.get('peak_tree_mb', 0), 0)} MB",
    ),
    ("Piekgeheugen baseline", lambda r: f"{nl(r['baseline_peak_rss_mb'], 0)} MB"),
    ("Site (plugin / baseline)", lambda r: f"{nl(r['site_mb'], 0)} / {nl(r['baseline_site_mb'], 0)} MB"),
    ("Grootste recordpagina", lambda r: f"{nl(r['max_page_kb'])} KB (`{r['max_page']}`)"),
    ("Grootste pagina van de site", lambda r: f"{nl(r['largest_page_kb'])} KB (`{r['largest_page']}`)"),
    ("Material-zoekindex plugin, raw / gzip", lambda r: _payload(r, "search_index")),
    ("Material-zoekindex baseline, raw / gzip", lambda r: _payload(r, "baseline_search_index")),
    ("Pagefind, eerste bundel (de eerste 1.000 records), raw / gzip", lambda r: _payload(r, "pagefind")),
    ("HTML-pagina's", lambda r: nl(r["html_pages"], 0)),
    ("Browser: eerste resultaten in de catalogus", lambda r: _browser(r, "first_results_s", "s")),
    ("Catalogus op een telefoon: Lighthouse-prestaties (0-100)", lambda r: _browser(r, "lighthouse_performance", "")),
    ("Catalogus op een telefoon: verschuiving van de opmaak (CLS)", lambda r: _browser(r, "lighthouse_cls", "")),
    (
        "Browser: resultaten via een gedeelde link (filter en zoekwoord)",
        lambda r: _browser(r, "deep_link_results_s", "s"),
    ),
    ("Browser: filter kiezen, tot de resultaten", lambda r: _browser(r, "facet_s", "s")),
    ("Browser: zoekvraag met filter, tot de resultaten", lambda r: _browser(r, "query_s", "s")),
    (
        "Browser: brede zoekvraag (een woord in de meeste records), tot de eerste resultaten",
        lambda r: _browser(r, "broad_query_s", "s"),
    ),
    (
        "Browser: overdracht eerste weergave + filter + zoekvraag, gzip",
        lambda r: _browser(r, "catalogue_gzip_kb", "KB"),
    ),
    ("… per stap: eerste weergave / filter / zoekvraag", lambda r: _browser_steps(r, "gzip_kb", "KB")),
    ("… verzoeken per stap", lambda r: _browser_steps(r, "requests", "")),
    ("… waarvan aan de woordindex (Pagefind)", lambda r: _browser_steps(r, "pagefind_requests", "")),
    ("Build per ronde (s)", lambda r: " · ".join(nl(s) for s in r["build_s_rounds"])),
    (
        "Verhouding per ronde",
        lambda r: " · ".join(nl(b / p, 2) for b, p in zip(r["build_s_rounds"], r["baseline_s_rounds"], strict=False)),
    ),
    ("Baseline per ronde (s)", lambda r: " · ".join(nl(s) for s in r["baseline_s_rounds"])),
    (
        "Verhouding validatie / laden per ronde",
        lambda r: " · ".join(nl(v, 2) for v in r.get("validate_ratio_rounds", [])),
    ),
    ("Bewerken per keer (s)", lambda r: " · ".join(nl(s, 2) for s in r.get("edit_s_rounds", [])) or "niet gemeten"),
]


def results_table(results: list[dict]) -> str:
    head = "| Meting | " + " | ".join(records_label(r["records"]) for r in results) + " |"
    rule = "| --- |" + " --- |" * len(results)
    rows = [f"| {label} | " + " | ".join(show(r) for r in results) + " |" for label, show in ROWS]
    return "\n".join([head, rule, *rows])


def charts(results: list[dict]) -> str:
    times = [
        (
            records_label(r["records"]),
            [
                ("build met plugin", r["build_s"]),
                ("baseline MkDocs + Material", r["baseline_s"]),
                ("validatie", r["validate_s"]),
            ],
        )
        for r in results
    ]
    memory = [
        (
            records_label(r["records"]),
            [
                ("build, grootste proces", r["peak_rss_mb"]),
                ("build, alle processen", r.get("peak_tree_mb", 0)),
                ("baseline", r["baseline_peak_rss_mb"]),
            ],
        )
        for r in results
    ]
    return "\n\n".join(
        [
            _figure(
                bar_chart("kb-chart-tijd", "Buildtijd en validatietijd", _describe(times, "s"), times, "s"),
                "Buildtijd en validatietijd (mediaan, seconden); dezelfde cijfers staan in de tabel.",
            ),
            _figure(
                bar_chart("kb-chart-geheugen", "Piekgeheugen", _describe(memory, "MB"), memory, "MB"),
                "Piekgeheugen (MB); dezelfde cijfers staan in de tabel.",
            ),
        ]
    )


def _describe(groups: list[tuple[str, list[tuple[str, float]]]], unit: str) -> str:
    """The chart's data in words, for its <desc>: what a screen reader reads instead of the bars."""
    return (
        "; ".join(
            f"{group}: " + ", ".join(f"{name} {amount(value, unit)}" for name, value in bars) for group, bars in groups
        )
        + "."
    )


def _figure(svg: str, caption: str) -> str:
    return f'<figure class="kb-chart">\n{svg}\n<figcaption>{caption}</figcaption>\n</figure>'


def run_line(result: dict) -> str:
    """When and on which commit one run was measured, and how busy the shared machine was."""
    machine = result["machine"]
    start = ", ".join(nl(value, 2) for value in machine.get("load_average", []))
    end = ", ".join(nl(value, 2) for value in result.get("load_average_end", [])) or "–"
    return (
        f"- {records_label(result['records'])}: gemeten op {machine['date']}, code "
        f"`{machine.get('source', 'onbekend')}`; load average (1/5/15 min) bij de start {start}, "
        f"aan het eind {end}"
    )


def machine_section(results: list[dict]) -> str:
    machine = results[-1]["machine"]
    versions = machine["versions"]
    return "\n".join(
        [
            *(run_line(result) for result in results),
            f"- {machine['nproc']} cores (`nproc`), {nl(machine['memory_gb'])} GB geheugen, CPU: {machine['cpu']}; "
            f"{machine['system']}, een machine die met ander werk wordt gedeeld",
            f"- Python {machine['python']}, MkDocs {versions['mkdocs']}, "
            f"Material for MkDocs {versions['mkdocs-material']}, "
            f"Pagefind {versions['pagefind']}, Markdown {versions['Markdown']}, Jinja2 {versions['Jinja2']}",
        ]
    )


def render_page(results: list[dict]) -> str:
    intro = Path(__file__).with_name("report_intro.md").read_text(encoding="utf-8").strip()
    return (
        "\n\n".join(
            [
                intro,
                "## Resultaten",
                results_table(results),
                "## Doelen",
                budgets_list(results),
                "## Grafieken",
                charts(results),
                "## Machine en versies",
                machine_section(results),
                plan_section(results),
            ]
        )
        + "\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the benchmark page from run.py's results.")
    parser.add_argument("results", nargs="+", type=Path, help="files with run.py's JSON line")
    parser.add_argument("--out", type=Path, default=Path("docs/benchmarks.md"))
    args = parser.parse_args(argv)
    args.out.write_text(render_page(load_results(args.results)), encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0
