"""The validator's problems in the MkDocs log, and when they stop a build.

Every problem is logged as ``kennisbank validate`` prints it. Errors stop every build; warnings
stop a strict one, except an expired recognition, which describes the day the site is built,
not a mistake in a pull request: it is logged, and shown on the site as expired. So is a
recognition check that has grown older than a year overnight.
"""

from __future__ import annotations

from mkdocs.exceptions import Abort, PluginError
from mkdocs.plugins import get_plugin_logger

from .core.problems import ERROR
from .core.project import Project
from .core.wording import plural

log = get_plugin_logger("kennisbank")
STATE_OF_THE_WORLD = {"recognition-expired", "recognition-check-stale"}


def report(project: Project, strict: bool, stop: bool = True) -> None:
    """Log every problem; stop on errors (unless ``stop`` is off), and on counted warnings when strict.

    Without an exception for expired recognitions, every pull request would fail the day a
    recognition runs out.
    """
    counted = []
    for problem in project.problems:
        if problem.severity == ERROR:
            log.error(problem.as_text())
        elif problem.code in STATE_OF_THE_WORLD:
            log.info(problem.as_text())
        else:
            log.warning(problem.as_text())
            counted.append(problem)
    if project.has_errors and stop:
        raise PluginError(
            "ongeldige records; los de problemen hierboven op (met 'kennisbank validate' ziet u ze opnieuw)"
        )
    if strict and counted:
        raise Abort(f"afgebroken: {plural(len(counted), 'waarschuwing', 'waarschuwingen')} over records in strict mode")
