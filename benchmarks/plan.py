"""The 100,000-record plan on the benchmark page: the measured growth drawn on, and the limits.

Every estimate is a straight line through the two largest runs (10,000 and 30,000 records in
``make bench``: per-record cost times the records added), so it is only as good as the
assumption that costs keep growing as they grew between those two; the page says so. Which
limit is reached first is computed, not written by hand, so the plan follows the figures
when they change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .numbers_nl import amount, nl, records_label

TARGET = 100_000
FAR = 10  # a limit reached only beyond ten times the target is shown as not reached
MB_PER_GB = 1024


def _program(name: str):
    return lambda result: result.get("peak_by_program_mb", {}).get(name)


def _key(name: str, scale: float = 1.0):
    return lambda result: result[name] * scale if result.get(name) is not None else None


def metrics(memory_mb: float) -> list[tuple]:
    """(label, read a value, unit, limit or None, what the limit is)."""
    return [
        ("Build met plugin", _key("build_s"), "s", None, ""),
        ("Baseline MkDocs + Material", _key("baseline_s"), "s", None, ""),
        ("Validatie", _key("validate_s"), "s", None, ""),
        ("Laden met CSafeLoader", _key("yaml_load_s"), "s", None, ""),
        ("Open data schrijven", _key("open_data_s"), "s", None, ""),
        ("Geheugen Python (MkDocs en plugin)", _program("python"), "MB", memory_mb, "geheugen van deze machine"),
        ("Geheugen Pagefind (één deel van 1.000 records)", _program("pagefind"), "MB", None, ""),
        ("Geheugen alle processen samen", _key("peak_tree_mb"), "MB", memory_mb, "geheugen van deze machine"),
        ("Grootste recordpagina", _key("max_page_kb"), "KB", 50.0, "doel"),
        ("Site", _key("site_mb"), "MB", 1024.0, "grens van GitHub Pages, 1 GB"),
        ("Pagefind, eerste bundel", _key("pagefind_bytes", 1 / 1024 / 1024), "MB", None, ""),
        ("`data/records.json` (gzip)", _key("records_json_gzip_bytes", 1 / 1024 / 1024), "MB", None, ""),
        (
            "Material-zoekindex baseline (gzip)",
            _key("baseline_search_index_gzip_bytes", 1 / 1024 / 1024),
            "MB",
            None,
            "",
        ),
    ]


def line_through(results: list[dict], read) -> tuple[float, float] | None:
    """(value at 0 records, value per record) through the two largest runs, or None."""
    points = [(r["records"], read(r)) for r in results if read(r) is not None]
    if len(points) < 2:
        return None
    (n1, v1), (n2, v2) = points[-2], points[-1]
    slope = (v2 - v1) / (n2 - n1)
    return v2 - slope * n2, slope


def reached_at(line: tuple[float, float] | None, limit: float | None) -> int | None:
    """Records at which the line reaches ``limit`` (0 when it already has at zero records)."""
    if line is None or limit is None:
        return None
    start, slope = line
    if start >= limit:
        return 0
    at = round((limit - start) / slope) if slope > 0 else None
    return at if at is not None and at <= FAR * TARGET else None


@dataclass(frozen=True)
class Row:
    label: str
    measured: str
    estimate: str
    limit: str
    what: str
    at: int | None

    def cells(self) -> list[str]:
        limit = f"{self.limit} ({self.what})" if self.limit else "–"
        at = "–" if self.at is None else "al overschreden" if self.at == 0 else f"± {nl(round(self.at, -2), 0)}"
        return [self.label, self.measured, self.estimate, limit, at]


def plan_rows(results: list[dict]) -> list[Row]:
    memory_mb = results[-1]["machine"]["memory_gb"] * MB_PER_GB
    rows = []
    for label, read, unit, limit, what in metrics(memory_mb):
        line = line_through(results, read)
        if line is None:
            continue
        rows.append(
            Row(
                label,
                amount(read(results[-1]), unit),
                amount(line[0] + line[1] * TARGET, unit),
                amount(limit, unit) if limit else "",
                what,
                reached_at(line, limit),
            )
        )
    return rows


def first_limits(rows: list[Row]) -> str:
    reached = sorted((row for row in rows if row.at is not None), key=lambda row: row.at)
    if not reached:
        return "Geen van de gemeten grenzen wordt volgens deze lijnen bereikt."
    return (
        "Volgens deze lijnen worden de grenzen in deze volgorde bereikt: "
        + "; ".join(
            f"{row.label} {'al bij de metingen' if row.at == 0 else 'bij ± ' + nl(round(row.at, -2), 0) + ' records'} "
            f"({row.what}: {row.limit})"
            for row in reached
        )
        + "."
    )


def plan_section(results: list[dict]) -> str:
    if len(results) < 2:
        return "## Plan voor 100.000 records\n\nVoor een schatting zijn minstens twee metingen nodig."
    rows = plan_rows(results)
    runs = " en ".join(records_label(r["records"]) for r in results[-2:])
    table = [
        "| Meting | Gemeten bij " + records_label(results[-1]["records"]) + " | Geschat bij 100.000 | Grens "
        "| Grens bereikt bij (records) |",
        "| --- | --- | --- | --- | --- |",
    ]
    table += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    prose = Path(__file__).with_name("plan_nl.md").read_text(encoding="utf-8").strip()
    start, per_record = line_through(results, _key("build_s"))
    small, large = results[-2], results[-1]
    return prose.format(
        runs=runs,
        table="\n".join(table),
        first=first_limits(rows),
        build_minutes=nl((start + per_record * TARGET) / 60, 0),
        small=records_label(small["records"]),
        large=records_label(large["records"]),
        max_page_small=amount(small["max_page_kb"], "KB"),
        max_page_large=amount(large["max_page_kb"], "KB"),
    )
