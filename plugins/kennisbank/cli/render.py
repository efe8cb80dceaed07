"""``kennisbank render --out MAP``: the site as a project that builds without our plugin.

The plugin stays the one-command path (``mkdocs build``); this is the way out, for the day
MkDocs 1.x or Material is gone: a folder that plain MkDocs, ProperDocs or another generator
that reads ``mkdocs.yml`` builds as it is (``site/standalone.py``). Like ``validate``: exit 1
when a record has an error (the report is printed and nothing is written), 2 when the
command cannot run, such as a target folder that is not empty or that lies inside the project's
records, schemas or pages. Each stage says on stderr that it is done, since at 10,000 records
the whole takes minutes.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..core.problems import UsageError
from ..core.project import load_project
from .report import as_text, summary_line

SUMMARY = "schrijf de site als project dat elke MkDocs-achtige generator zonder de kennisbank-plugin bouwt"


def add_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="MAP",
        help="de map voor het project: docs/, overrides/ en mkdocs.yml",
    )
    command.add_argument(
        "--force",
        action="store_true",
        help="schrijf ook in een map die niet leeg is (docs/, overrides/ en mkdocs.yml daarin "
        "worden vervangen, de rest blijft staan)",
    )
    command.add_argument(
        "-f",
        "--config-file",
        type=Path,
        default=Path("mkdocs.yml"),
        metavar="BESTAND",
        help="de MkDocs-configuratie van het project (standaard: mkdocs.yml)",
    )
    command.add_argument("--today", type=date.fromisoformat, help=argparse.SUPPRESS)


def say(message: str) -> None:
    print(f"kennisbank render: {message}", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    try:
        from ..site.standalone.project import read_source, render_project
    except ImportError as exc:  # MkDocs and Pagefind come with the [site] extra
        raise UsageError(f"render heeft de extra 'site' nodig: pip install -e '.[site]' ({exc})") from None
    source = read_source(args.config_file)
    out = args.out.resolve()
    check_target(out, args.force, project=source.root, inside=[source.records, source.schema, source.docs])
    project = load_project(source.root, source.schema, source.records, today=args.today)
    say(summary_line(list(project.problems), len(project.records)))
    if project.has_errors:
        print(as_text(list(project.problems), len(project.records)))
        print("kennisbank: niets geschreven: los eerst de fouten hierboven op", file=sys.stderr)
        return 1
    pages = render_project(source, project, out, say)
    print(
        f"{out}: {pages} gegenereerde pagina's en alles wat de plugin bouwt; bouw de site met 'mkdocs build' in die map"
    )
    return 0


def check_target(out: Path, force: bool, project: Path, inside: list[Path]) -> None:
    """Refuse a folder whose writing would damage the project or mix two sites."""
    for folder in inside:
        if out.is_relative_to(folder):
            raise UsageError(f"{out}: ligt in {folder}; kies een map buiten de records, schema's en pagina's")
    if project.is_relative_to(out):
        raise UsageError(f"{out}: bevat het project zelf; kies een eigen map, bijvoorbeeld {project / 'gerenderd'}")
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out}: is een bestand, geen map")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise UsageError(
            f"{out}: de map is niet leeg; kies een lege map of geef --force om te vervangen "
            "wat render er eerder schreef"
        )
