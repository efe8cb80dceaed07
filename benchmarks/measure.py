"""Measuring one step: wall clock and peak memory of a child process, and what a build wrote.

Peak memory is the child's maximum resident set size: the largest single process among the
child and the processes it waited for (its worker processes, the Pagefind binary). It is read
by GNU time, because a child forked from this Python process starts with this process's
memory high-water mark, which ``wait4`` would report for small children; ``wait4`` is the
fallback where /usr/bin/time is missing.
"""

from __future__ import annotations

import gzip
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from .sampling import TreeSampler

MB = 1024 * 1024
KB = 1024
GNU_TIME = Path("/usr/bin/time")


@dataclass(frozen=True)
class Timed:
    seconds: float
    peak_mb: float
    returncode: int
    log: Path
    tree_peak_mb: float = 0.0
    peak_by_program_mb: dict[str, float] | None = None
    tree_pss_peak_mb: float = 0.0  # the same sum with shared pages counted once (``sampling``)
    pss_by_program_mb: dict[str, float] | None = None

    def failed(self) -> str:
        tail = self.log.read_text(encoding="utf-8", errors="replace")[-3000:]
        return f"exit {self.returncode}; last output in {self.log}:\n{tail}"


def run_timed(command: list[str], cwd: Path, log: Path, env: dict[str, str] | None = None) -> Timed:
    """Run ``command`` in ``cwd`` with its output in ``log``; time it and read its peak memory."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    rss_file = log.with_suffix(".rss")
    if GNU_TIME.exists():
        command = [str(GNU_TIME), "-f", "%M", "-o", str(rss_file), *command]
    with log.open("wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, env=env)
        sampler = TreeSampler(process.pid)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        sampler.stop()
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, so Popen must not wait again
    peak_kb = int(rss_file.read_text().split()[-1]) if GNU_TIME.exists() else usage.ru_maxrss
    by_program, pss_by_program = _by_name(sampler.peak_by_name_kb), _by_name(sampler.peak_pss_by_name_kb)
    tree_mb, pss_mb = sampler.peak_total_kb * KB / MB, sampler.peak_pss_total_kb * KB / MB
    return Timed(seconds, peak_kb * KB / MB, process.returncode, log, tree_mb, by_program, pss_mb, pss_by_program)


def _by_name(peaks_kb: dict[str, int]) -> dict[str, float]:
    return {name: round(kb * KB / MB, 1) for name, kb in sorted(peaks_kb.items()) if name != "time"}


def files_under(folder: Path) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()] if folder.is_dir() else []


def folder_mb(folder: Path) -> float:
    return sum(path.stat().st_size for path in files_under(folder)) / MB


def gzip_size(data: bytes) -> int:
    """Bytes after gzip at level 6, what web servers typically send."""
    return len(gzip.compress(data, compresslevel=6))


def search_payload(site: Path) -> dict:
    """Material's search index and, if present, the Pagefind bundle: raw and gzipped bytes."""
    found = {}
    index = site / "search" / "search_index.json"
    if index.is_file():
        data = index.read_bytes()
        found |= {"search_index_bytes": len(data), "search_index_gzip_bytes": gzip_size(data)}
    bundle = files_under(site / "pagefind")
    if bundle:
        found |= {
            "pagefind_files": len(bundle),
            "pagefind_bytes": sum(path.stat().st_size for path in bundle),
            "pagefind_gzip_bytes": sum(gzip_size(path.read_bytes()) for path in bundle),
        }
    return found


def gzip_sizes(site: Path, files: dict[str, str]) -> dict:
    """Raw and gzipped bytes of named files of the site (``name`` -> path from the site root)."""
    found = {}
    for name, path in files.items():
        if (site / path).is_file():
            data = (site / path).read_bytes()
            found |= {f"{name}_bytes": len(data), f"{name}_gzip_bytes": gzip_size(data)}
    return found


def largest_page(site: Path, folders: list[str], records_only: bool) -> tuple[float, str]:
    """(KB, path) of the largest HTML page in the given site folders.

    Record pages are ``<kind folder>/<id>/index.html``; the rest there are overview pages
    (``index.html``, ``pagina-N``).
    """
    best = (0.0, "")
    for folder in folders:
        for page in (site / folder).glob("*/index.html"):
            if records_only and page.parent.name.startswith("pagina-"):
                continue
            best = max(best, (page.stat().st_size / KB, page.relative_to(site).as_posix()))
    return best


def largest_html(site: Path) -> tuple[float, str]:
    """(KB, path) of the largest HTML page anywhere in the site: overview and term pages too."""
    return max(
        ((page.stat().st_size / KB, page.relative_to(site).as_posix()) for page in site.rglob("*.html")),
        default=(0.0, ""),
    )


def count_warnings(log: Path) -> int:
    return sum(
        1 for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.startswith("WARNING")
    )
