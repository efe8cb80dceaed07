"""Benchmark the plugin build against plain MkDocs + Material on the same pages.

    python -m benchmarks run --records 1000 [--rounds 3] [--keep DIR] [--code PACKAGE] [--browser] [--edit-loop]
        [--ablations]

Generates a project of N records, writes the baseline (the same pages as Markdown files,
built without our plugin), then, alternating, builds both and validates the records, at
least ``--rounds`` times each, and loads the same files once with CSafeLoader as validation's
yardstick, all with one frozen copy of the code (see steps.py). Progress goes to stderr;
stdout gets one JSON line with the medians (``build_ratio`` = ``build_s`` / ``baseline_s``,
``validate_ratio`` = ``validate_s`` / ``yaml_load_s``), the sizes of what was built and, with
``--edit-loop``, the time from saving a record under ``mkdocs serve --dirty`` to its page; with
``--ablations``, the build without the word index and without the open data
(``ablation_<option>_s`` and ``_ratio`` to the baseline).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from kennisbank.core.schemas import load_schemas
from kennisbank.site.catalogue.facet_index import FACETS, FOLDER
from kennisbank.site.opendata.addresses import RECORDS_JSON

from .edit_loop import measure as measure_edit_loop
from .generate import generate
from .machine import describe
from .measure import Timed, count_warnings, folder_mb, gzip_sizes, largest_html, largest_page, search_payload
from .steps import ABLATIONS, PACKAGE, Steps, progress, run_rounds, snapshot

FACET_INDEX = f"{FOLDER}/{FACETS}"
OUT = Path(__file__).resolve().parent / "out"

# Search in the browser (time to first results, a broad query, gzip bytes and requests per step)
# is measured with Chromium by benchmarks.browser, on the plugin's site, when --browser is given:
# medians over --rounds rounds, each in a fresh profile. Its figures go in under "browser_<key>"
# (e.g. browser_first_results_s, browser_catalogue_gzip_kb); without --browser, or when Chromium
# is missing, they are absent, never estimated.
BROWSER_PREFIX = "browser_"


def phone(site: Path) -> dict:
    """The catalogue on a phone as Lighthouse judges it, or nothing when Lighthouse cannot run."""
    try:
        from .lighthouse import mobile_performance

        return mobile_performance(site)
    except Exception as exc:  # noqa: BLE001 - a missing Lighthouse must not lose the other figures
        print(f"phone performance not measured: {exc!r}", file=sys.stderr)
        return {}


def browser_search(site: Path, enabled: bool, rounds: int = 3) -> dict:
    """The catalogue measured in headless Chromium, or nothing."""
    if not enabled:
        return {}
    try:
        from .browser import measure

        found = measure(site, "kind=intervention", "wijk", "bewegen", rounds=rounds)
        found |= phone(site)
        return {BROWSER_PREFIX + key: value for key, value in found.items()}
    except Exception as exc:  # noqa: BLE001 - a missing browser must not lose the build figures
        print(f"browser search not measured: {exc!r}", file=sys.stderr)
        return {}


OPEN_DATA_LINE = re.compile(r"open data: .* geschreven in ([0-9]+(?:,[0-9]+)?) s")


STAGE_LINE = re.compile(r"tijden: (.*)$", re.M)


def stage_seconds(log: Path) -> dict[str, float]:
    """The build's stages as its last 'tijden:' line says them (site/timings.py): name -> seconds."""
    found = STAGE_LINE.findall(log.read_text(encoding="utf-8", errors="replace"))
    if not found:
        return {}
    stages = (part.rsplit(" ", 2) for part in found[-1].split(" · "))
    return {name: float(seconds.replace(",", ".")) for name, seconds, _ in stages}


def stage_medians(timings: list[Timed]) -> dict[str, float]:
    """``stages``: the median seconds of each stage over the rounds, in the order the build ran them."""
    rounds = [stage_seconds(timed.log) for timed in timings]
    names = list(dict.fromkeys(name for found in rounds for name in found))
    return {name: round(statistics.median(found.get(name, 0.0) for found in rounds), 2) for name in names}


def open_data_seconds(log: Path) -> float | None:
    """How long the build's open data took, as the plugin logged it."""
    found = OPEN_DATA_LINE.search(log.read_text(encoding="utf-8", errors="replace"))
    return float(found.group(1).replace(",", ".")) if found else None


def edit_loop(steps: Steps, enabled: bool, build_s: float) -> dict:
    if not enabled:
        return {}
    found = measure_edit_loop(steps.project, steps.env, steps.log("serve"))
    ratios = {f"{name}_ratio": round(found[f"{name}_s"] / build_s, 3) for name in ("add", "remove")}
    return found | ratios | {"edit_loop_ratio": round(found["edit_s"] / build_s, 3)}


def ablations(timings: dict[str, list[Timed]], baseline_s: float) -> dict:
    """``ablation_<option>_s`` (median), its ratio to the baseline and its rounds, per ablation run."""
    found = {}
    for option in ABLATIONS:
        rounds = [round(t.seconds, 3) for t in timings.get(f"without-{option}", [])]
        if rounds:
            median = statistics.median(rounds)
            found |= {
                f"ablation_{option}_s": round(median, 2),
                f"ablation_{option}_ratio": round(median / baseline_s, 3),
                f"ablation_{option}_s_rounds": rounds,
            }
    return found


def _median(timings: list[Timed], read) -> float:
    return round(statistics.median(read(timed) for timed in timings), 1)


def _by_program(timings: list[Timed], field: str = "peak_by_program_mb") -> dict[str, float]:
    """The median over the rounds of each program's peak (programs absent in a round count as 0)."""
    names = sorted({name for timed in timings for name in (getattr(timed, field) or {})})
    return {name: _median(timings, lambda t, n=name: (getattr(t, field) or {}).get(n, 0.0)) for name in names}


def medians(timings: dict[str, list[Timed]]) -> dict:
    seconds = {step: [round(t.seconds, 3) for t in found] for step, found in timings.items()}
    build, base = statistics.median(seconds["plugin"]), statistics.median(seconds["baseline"])
    plugin = timings["plugin"]
    validate, load = statistics.median(seconds["validate"]), statistics.median(seconds["yaml-load"])
    open_data = [found for found in (open_data_seconds(t.log) for t in plugin) if found is not None]
    return {
        "build_s": round(build, 2),
        "baseline_s": round(base, 2),
        "build_ratio": round(build / base, 3),
        "validate_s": round(validate, 2),
        "validate_best_s": min(seconds["validate"]),
        "yaml_load_s": round(load, 2),
        "validate_ratio": round(validate / load, 3),
        "validate_ratio_rounds": [
            round(v / y, 3) for v, y in zip(seconds["validate"], seconds["yaml-load"], strict=True)
        ],
        "yaml_load_s_rounds": seconds["yaml-load"],
        **(
            {
                "open_data_s": round(statistics.median(open_data), 2),
                "open_data_share": round(statistics.median(open_data) / build, 3),
            }
            if open_data
            else {}
        ),
        "peak_rss_mb": _median(plugin, lambda t: t.peak_mb),
        "peak_rss_max_mb": round(max(t.peak_mb for t in plugin), 1),
        "peak_tree_mb": _median(plugin, lambda t: t.tree_peak_mb),
        "peak_by_program_mb": _by_program(plugin),
        "peak_tree_pss_mb": _median(plugin, lambda t: t.tree_pss_peak_mb),
        "peak_by_program_pss_mb": _by_program(plugin, "pss_by_program_mb"),
        "baseline_peak_tree_pss_mb": _median(timings["baseline"], lambda t: t.tree_pss_peak_mb),
        "baseline_peak_rss_mb": _median(timings["baseline"], lambda t: t.peak_mb),
        "baseline_peak_tree_mb": _median(timings["baseline"], lambda t: t.tree_peak_mb),
        "validate_peak_rss_mb": _median(timings["validate"], lambda t: t.peak_mb),
        "build_s_rounds": seconds["plugin"],
        "baseline_s_rounds": seconds["baseline"],
        "validate_s_rounds": seconds["validate"],
        "build_warnings": count_warnings(plugin[-1].log),
        "stages": stage_medians(plugin),
        **ablations(timings, base),
    }


def sizes(project: Path, baseline: Path) -> dict:
    """What the last builds wrote: site size, the largest pages, the search payloads."""
    folders = [kind.folder for kind in load_schemas(project / "schema").kinds.values()]
    site, base_site = project / "site", baseline / "site"
    record_kb, record_page = largest_page(site, folders, records_only=True)
    any_kb, any_page = largest_html(site)
    found = {
        "site_mb": round(folder_mb(site), 1),
        "baseline_site_mb": round(folder_mb(base_site), 1),
        "max_page_kb": round(record_kb, 1),
        "max_page": record_page,
        "largest_page_kb": round(any_kb, 1),
        "largest_page": any_page,
        "html_pages": sum(1 for _ in site.rglob("*.html")),
        "baseline_html_pages": sum(1 for _ in base_site.rglob("*.html")),
    }
    found |= search_payload(site) | gzip_sizes(site, {"records_json": RECORDS_JSON, "facet_index": FACET_INDEX})
    return found | {f"baseline_{key}": value for key, value in search_payload(base_site).items()}


def benchmark(records: int, rounds: int, project: Path, args: argparse.Namespace) -> dict:
    progress(records, f"generating the project in {project}")
    mix = generate(project, records, **({"seed": args.seed} if args.seed is not None else {}))
    words = mix.pop("words")
    machine = describe()
    steps = Steps(project, project / "baseline", snapshot(args.code, project / "code"))
    pages = steps.write_baseline()
    progress(records, f"{pages} pages written for the baseline in {steps.baseline}")
    timings = run_rounds(records, steps, rounds, args.ablations)
    browser = browser_search(project / "site", args.browser, rounds)
    found = medians(timings)
    loop = edit_loop(steps, args.edit_loop, found["build_s"])
    return {
        "records": records,
        "rounds": rounds,
        **found,
        **sizes(project, steps.baseline),
        **browser,
        **loop,
        "kinds": mix,
        "words_per_record": round(words / records),
        "generated_pages": pages,
        "code": str(args.code),
        "machine": machine,
        "load_average_end": describe()["load_average"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the plugin build against plain MkDocs + Material.")
    parser.add_argument("--records", type=int, required=True, help="number of synthetic records")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of each step (default: 3)")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it (default: a temporary one)")
    parser.add_argument("--seed", type=int, help="random seed for the generated records")
    parser.add_argument(
        "--code", type=Path, default=PACKAGE, help="the kennisbank package to measure (default: %(default)s)"
    )
    parser.add_argument("--browser", action="store_true", help="also measure the catalogue in headless Chromium")
    parser.add_argument(
        "--edit-loop",
        action="store_true",
        help="also time saving a record under mkdocs serve --dirty until its page changes",
    )
    parser.add_argument(
        "--ablations",
        action="store_true",
        help="also build without the word index and without the open data (the plugin's word_index and "
        "open_data options), each round, to show what each costs",
    )
    args = parser.parse_args(argv)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    OUT.mkdir(exist_ok=True)
    project = args.keep or Path(tempfile.mkdtemp(prefix=f"run-{args.records}-", dir=OUT))
    try:
        result = benchmark(args.records, args.rounds, project.resolve(), args)
    finally:
        if args.keep is None:
            shutil.rmtree(project, ignore_errors=True)
    print(json.dumps(result, ensure_ascii=False))
    return 0
