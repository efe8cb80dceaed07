"""The budgets the issues set, each read off the run of the size it is set at.

A budget names the record count it holds at; where a run of that size is missing, the page
says "niet gemeten" rather than judging another size. Every verdict says by how much a budget
is met or missed, so a miss is as visible as a pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .numbers_nl import nl, records_label

MB = 1024 * 1024


@dataclass(frozen=True)
class Budget:
    label: str
    records: int
    limit: float
    read: Callable[[dict, dict[int, dict]], float | None]  # (that run, all runs by size) -> value
    decimals: int = 2
    at_least: bool = False  # a floor (a score), not a ceiling


def key(name: str, scale: float = 1.0) -> Callable[[dict, dict[int, dict]], float | None]:
    return lambda run, _: run[name] * scale if run.get(name) is not None else None


def memory(run: dict, _: dict[int, dict] | None = None) -> float | None:
    """All processes' peak with shared pages counted once (PSS); runs from before PSS was
    sampled have only the sum of resident memory, which counts a forked child's shared pages twice."""
    return run.get("peak_tree_pss_mb") or run.get("peak_tree_mb")


def memory_growth(run: dict, runs: dict[int, dict]) -> float | None:
    """Peak memory at 30,000 over the peak at 10,000, divided by the 3x more records: 1.0 is linear."""
    small = runs.get(10_000)
    large, base = memory(run), memory(small) if small is not None else None
    if small is None or not large or not base:
        return None
    return (large / base) / (run["records"] / small["records"])


EDIT = "bewerken onder `make serve`: opgeslagen record tot gewijzigde pagina / volledige build"
ADD = "nieuw record onder `make serve`: opgeslagen tot zijn pagina er is / volledige build"
REMOVE = "verwijderd record onder `make serve`: bestand weg tot zijn pagina weg is / volledige build"
BUILD = "build / baseline (MkDocs + Material, dezelfde pagina's)"
# The speed issue's budgets (issue 20) and the phone catalogue's score (issue 21).
BUDGETS = [
    Budget(EDIT, 1_000, 0.05, key("edit_loop_ratio"), 3),
    Budget(EDIT, 10_000, 0.01, key("edit_loop_ratio"), 3),
    Budget(ADD, 1_000, 0.05, key("add_ratio"), 3),
    Budget(ADD, 10_000, 0.01, key("add_ratio"), 3),
    Budget(REMOVE, 1_000, 0.05, key("remove_ratio"), 3),
    Budget(REMOVE, 10_000, 0.01, key("remove_ratio"), 3),
    Budget(BUILD, 1_000, 0.70, key("build_ratio")),
    Budget(BUILD, 10_000, 0.70, key("build_ratio")),
    Budget("piekgeheugen van de build, alle processen samen, PSS (MB)", 10_000, 700.0, memory, 0),
    Budget("piekgeheugen van de build, alle processen samen, PSS (MB)", 30_000, 1_500.0, memory, 0),
    Budget(
        "groei van het piekgeheugen van 10.000 naar 30.000 records, per record (1,00 = evenredig)",
        30_000,
        1.00,
        memory_growth,
    ),
    Budget(
        "`kennisbank validate` / dezelfde bestanden één keer laden met CSafeLoader", 10_000, 1.00, key("validate_ratio")
    ),
    Budget(
        "catalogus: overdracht eerste weergave + filter + zoekvraag, gzip (KB)",
        10_000,
        300.0,
        key("browser_catalogue_gzip_kb"),
        0,
    ),
    Budget(
        "catalogus: verzoeken aan de woordindex (Pagefind) bij alleen filteren",
        10_000,
        0.0,
        key("browser_facet_pagefind_requests"),
        0,
    ),
    Budget("catalogus: brede zoekvraag, tot de eerste resultaten (s)", 10_000, 1.00, key("browser_broad_query_s")),
    Budget("open data: aandeel in de buildtijd", 10_000, 0.15, key("open_data_share")),
    Budget("open data: `data/records.json`, gzip (MB)", 10_000, 3.0, key("records_json_gzip_bytes", 1 / MB), 1),
    Budget("grootste recordpagina (KB)", 10_000, 50.0, key("max_page_kb"), 1),
    Budget(
        "catalogus op een telefoon: Lighthouse-prestatiescore",
        10_000,
        90.0,
        key("browser_lighthouse_performance"),
        0,
        at_least=True,
    ),
]


def verdict(value: float, limit: float, decimals: int, at_least: bool = False) -> str:
    met = value >= limit if at_least else value <= limit
    shown = f"{nl(value, decimals)} tegen een doel van {_bound(at_least)} {nl(limit, decimals)}: "
    if limit == 0:
        return shown + ("gehaald" if met else "niet gehaald")
    margin = abs(value - limit) / limit * 100
    side = "eronder" if value < limit else "erboven"
    return shown + f"{'gehaald' if met else 'niet gehaald'} ({nl(margin, 0)} % {side})"


def _bound(at_least: bool) -> str:
    return "ten minste" if at_least else "ten hoogste"


def budgets_list(results: list[dict]) -> str:
    runs = {result["records"]: result for result in results}
    lines = []
    for budget in BUDGETS:
        run = runs.get(budget.records)
        value = budget.read(run, runs) if run is not None else None
        where = f"bij {records_label(budget.records)}"
        if value is None:
            lines.append(
                f"- **{budget.label}** {where}: niet gemeten "
                f"(doel: {_bound(budget.at_least)} {nl(budget.limit, budget.decimals)})."
            )
        else:
            shown = verdict(value, budget.limit, budget.decimals, budget.at_least)
            lines.append(f"- **{budget.label}** {where}: {shown}.")
    return "\n".join(lines)
